//! Where start-up time goes: building the default normalizer, then the first
//! parse of an article (which compiles what its language needs), then a second.
//! `cargo run --release --example startup -- FILE`.
fn main() {
    let path = std::env::args().nth(1).unwrap_or_default();
    let bytes = std::fs::read(&path).unwrap_or_else(|_| include_str!("../src/demo.txt").as_bytes().to_vec());
    let t = std::time::Instant::now();
    let n = kbnorm::Normalizer::new();
    let built = t.elapsed();
    let a = n.parse_bytes(&bytes);
    let first = t.elapsed() - built;
    let t2 = std::time::Instant::now();
    let _ = n.parse_bytes(&bytes);
    let second = t2.elapsed();
    let t3 = std::time::Instant::now();
    let json = serde_json::to_string(&a).map(|j| j.len()).unwrap_or(0);
    println!(
        "build {built:?}, first parse {first:?}, second parse {second:?}, JSON {:?} ({json} B, language {})",
        t3.elapsed(),
        a.language
    );
}
