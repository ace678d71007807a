//! Parse every file given on the command line N times and print the throughput
//! (for profilers and for comparing locale sets):
//! `cargo run --release --example profile_parse -- 50 FILE…`.
//! With `KBNORM_ONLY=en,sv` only those locales are loaded (from `locales/`), to
//! measure what the number of locales costs.
fn main() {
    let mut args = std::env::args().skip(1);
    let n: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(1);
    let texts: Vec<String> = args.filter_map(|p| std::fs::read_to_string(p).ok()).collect();
    let bytes: usize = texts.iter().map(String::len).sum::<usize>() * n;
    let norm = match std::env::var("KBNORM_ONLY") {
        Ok(only) => {
            let mut b = kbnorm::Normalizer::builder().without_embedded_locales();
            for tag in only.split(',') {
                let src = std::fs::read_to_string(format!("{}/locales/{tag}/kb.ftl", env!("CARGO_MANIFEST_DIR"))).unwrap_or_default();
                b = b.add_locale(tag, &src);
            }
            match b.build() {
                Ok(n) => n,
                Err(e) => {
                    eprintln!("{e}");
                    return;
                }
            }
        }
        Err(_) => kbnorm::Normalizer::new(),
    };
    // Warm up: the first parse of a language compiles what it needs lazily.
    for text in &texts {
        norm.parse(text);
    }
    let t = std::time::Instant::now();
    let sections = measured(&norm, &texts, n);
    let secs = t.elapsed().as_secs_f64();
    println!(
        "{} locales, {sections} sections, {:.1} MB/s",
        norm.locales().len(),
        bytes as f64 / secs / 1e6
    );
}

/// The timed loop, apart so that a profiler can count it alone
/// (`valgrind --tool=callgrind --toggle-collect='*measured*'`).
#[inline(never)]
fn measured(norm: &kbnorm::Normalizer, texts: &[String], n: usize) -> usize {
    let mut sections = 0;
    for _ in 0..n {
        for text in texts {
            sections += norm.parse(text).sections.len();
        }
    }
    sections
}
