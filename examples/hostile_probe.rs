//! Time `parse` on the hostile-input shapes of `tests/hostile.rs` at three sizes
//! (or `SIZES=a,b,c`), to look for superlinear steps with a profiler:
//! `cargo run --release --example hostile_probe -- line headings cause wrapped`.
use std::time::Instant;
fn make(case: &str, n: usize) -> String {
    let mut s = String::new();
    match case {
        "line" => {
            while s.len() < n {
                s.push_str("Microsoft has released update 935490 for Exchange Server 2007 SP1 on July 12, 2008. ")
            }
        }
        "headings" => {
            let hs = [
                "Cause",
                "Symptoms",
                "Issue 1",
                "Update Rollup 1 for Exchange Server 2007",
                "MORE INFORMATION",
                "Known issues",
                "Sammanfattning",
                "Prerequisites",
            ];
            let mut i = 0;
            while s.len() < n {
                s.push_str(hs[i % hs.len()]);
                s.push('\n');
                i += 1;
            }
        }
        "bullets" => {
            while s.len() < n {
                s.push_str("| • | ");
            }
            s.push_str("text");
        }
        "bulletlines" => {
            let mut k = 1;
            while s.len() < n {
                for _ in 0..k {
                    s.push_str("| • | ");
                }
                s.push_str("item\n");
                k = k % 100 + 1;
            }
        }
        "digits" => {
            while s.len() < n {
                s.push_str("1234567890")
            }
        }
        "cause" => {
            while s.len() < n {
                s.push_str("Cause")
            }
        }
        "causenl" => {
            s.push_str("Symptoms\n");
            while s.len() < n {
                s.push_str("Cause")
            }
        }
        "bidi" => {
            while s.len() < n {
                s.push_str("Ca\u{200B}use\n\u{202E}Symptoms\u{202C}\nKB 93\u{200B}5490 Article ID: \u{2066}935490\u{2069}\n")
            }
        }
        "mixed" => {
            while s.len() < n {
                s.push_str("Symptoms Симптомы 症状 الأعراض Sammanfattning Ερώτηση 935490 日本語テキスト\n")
            }
        }
        "dates" => {
            while s.len() < n {
                s.push_str("July 12, 2008 10 februari 2009 13 feb. 2009 2008年7月8日 ")
            }
        }
        "wrapped" => {
            s.push_str("Symptoms\n");
            while s.len() < n {
                s.push_str("the text goes on\n")
            }
        }
        "kb" => {
            while s.len() < n {
                s.push_str("KB935490 remove update 935490 MS07-026 ")
            }
        }
        _ => panic!(),
    }
    s
}
fn main() {
    let n = kbnorm::Normalizer::new();
    let _ = n.parse("warm");
    let cases: Vec<String> = std::env::args().skip(1).collect();
    for c in &cases {
        let mut prev = 0.0;
        for size in std::env::var("SIZES")
            .ok()
            .map(|s| s.split(",").map(|x| x.parse().unwrap()).collect::<Vec<usize>>())
            .unwrap_or(vec![250_000usize, 1_000_000, 4_000_000])
        {
            let t = make(c, size);
            let st = Instant::now();
            let a = n.parse(&t);
            let el = st.elapsed().as_secs_f64();
            println!(
                "{c:12} {size:>9} {el:8.3}s {:6.1} MB/s sections={} ratio={:.1}",
                size as f64 / el / 1e6,
                a.sections.len(),
                if prev > 0.0 { el / prev } else { 0.0 }
            );
            prev = el;
        }
    }
}
