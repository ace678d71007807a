//! Parse every file given on the command line N times (for profilers): `cargo run --release --example profile_parse -- 50 FILE…`.
fn main() {
    let mut args = std::env::args().skip(1);
    let n: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(1);
    let texts: Vec<String> = args.filter_map(|p| std::fs::read_to_string(p).ok()).collect();
    let bytes: usize = texts.iter().map(String::len).sum::<usize>() * n;
    let norm = kbnorm::Normalizer::new();
    let t = std::time::Instant::now();
    let mut sections = 0;
    for _ in 0..n {
        for text in &texts {
            sections += norm.parse(text).sections.len();
        }
    }
    let secs = t.elapsed().as_secs_f64();
    println!("{sections} sections, {:.1} MB/s", bytes as f64 / secs / 1e6);
}
