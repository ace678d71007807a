//! Throughput of `kbnorm::parse`, and the cost of building a `Normalizer`.
//!
//! Inputs:
//! - `seeds`: the seed articles (`../shared/corpus/seeds/*.txt`), read at run
//!   time and repeated to about 10 MB, parsed one article at a time;
//! - `dev`: every `../shared/corpus/dev/**/*.txt`;
//! - `demo`: the embedded sample article (`src/demo.txt`), always available.
//!
//! The corpus is read from `../shared` next to the repository (as CI places it;
//! `KBNORM_SHARED=DIR` points elsewhere) and never copied into the repository;
//! without it only `demo` and `init` run.
//!
//! - `floor/seeds`, `floor/dev`: the floor under `parse/seeds` and `parse/dev`,
//!   one bare Aho-Corasick pass of the complete heading vocabulary
//!   ([`kbnorm::Normalizer::heading_phrases`], every locale) over the same
//!   texts, built like the parser's heading scan (standard semantics, ASCII
//!   case-insensitive DFA, overlapping matches counted); building it is not timed;
//! - `render/…`, `summary/…`: rendering one article into a locale;
//!   `reconcile/…`: one article against its Swedish rendering.
//!
//! After the criterion groups, for each of `seeds` and `dev` whose `parse` or
//! `floor` benchmark the filter selected, a table of parse and floor
//! throughput and their ratio, timed here with `Instant` (best of 5 runs of at
//! least 1 s each, one thread, so the figures are per core). It is skipped
//! under `--test` (also `cargo test --benches`), `--list` and `--profile-time`.
//!
//! `cargo bench` runs them all; `cargo bench -- parse/demo` runs one;
//! `cargo bench -- seeds` runs `parse/seeds`, `floor/seeds` and their ratio.

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

#[path = "../tests/common/mod.rs"]
mod common;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};
use common::txt_files_under as txt_files;
use criterion::{Criterion, SamplingMode, Throughput, criterion_group};

const DEMO: &str = include_str!("../src/demo.txt");
const SEED_TARGET_BYTES: usize = 10_000_000;

/// `$KBNORM_SHARED/corpus` when that variable is set, else `../shared/corpus`
/// beside the repository.
fn corpus_dir() -> PathBuf {
    std::env::var_os("KBNORM_SHARED")
        .map_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared"), PathBuf::from)
        .join("corpus")
}

/// The texts of the files, decoded the way `kbnorm parse` decodes them.
fn read_texts(files: &[PathBuf]) -> Vec<String> {
    files
        .iter()
        .filter_map(|f| std::fs::read(f).ok())
        .map(|bytes| kbnorm::decode(&bytes).text.into_owned())
        .collect()
}

/// The corpus texts, read once: the seeds replicated to about
/// [`SEED_TARGET_BYTES`], and the dev articles; `None` when absent.
struct Corpus {
    seeds: Option<Vec<String>>,
    /// The seed articles, once each.
    seed_articles: Vec<String>,
    dev: Option<Vec<String>>,
}

fn corpus() -> &'static Corpus {
    static CORPUS: OnceLock<Corpus> = OnceLock::new();
    CORPUS.get_or_init(|| {
        let dir = corpus_dir();
        if !dir.is_dir() {
            println!(
                "parse/seeds, parse/dev, floor/seeds, floor/dev and the parse/floor ratio: skipped, the shared corpus is absent ({} not found); only parse/demo, init and render run",
                dir.display()
            );
            return Corpus { seeds: None, seed_articles: Vec::new(), dev: None };
        }
        let seed_articles = read_texts(&txt_files(&dir.join("seeds")));
        let seed_bytes: usize = seed_articles.iter().map(String::len).sum();
        let seeds = if seed_bytes > 0 {
            let copies = SEED_TARGET_BYTES.div_ceil(seed_bytes);
            println!(
                "seeds: {} seed articles ({seed_bytes} bytes) x {copies} = {} bytes",
                seed_articles.len(),
                seed_bytes * copies
            );
            Some((0..copies).flat_map(|_| seed_articles.iter().cloned()).collect())
        } else {
            println!("parse/seeds, floor/seeds: skipped, no seed articles in {}", dir.join("seeds").display());
            None
        };
        let dev = read_texts(&txt_files(&dir.join("dev")));
        let dev = if dev.is_empty() {
            println!("parse/dev, floor/dev: skipped, no articles in {}", dir.join("dev").display());
            None
        } else {
            println!("dev: {} articles, {} bytes", dev.len(), dev.iter().map(String::len).sum::<usize>());
            Some(dev)
        };
        Corpus { seeds, seed_articles, dev }
    })
}

/// Whether criterion ran (the filter selected) a `parse` or `floor` benchmark
/// of `seeds` / of `dev`: the ratio table covers those texts only.
static SEEDS_SELECTED: AtomicBool = AtomicBool::new(false);
static DEV_SELECTED: AtomicBool = AtomicBool::new(false);

fn selected_flag(name: &str) -> Option<&'static AtomicBool> {
    match name {
        "seeds" => Some(&SEEDS_SELECTED),
        "dev" => Some(&DEV_SELECTED),
        _ => None,
    }
}

/// The floor's automaton: every heading phrase of every locale, built the way
/// the parser builds its heading scan. Returns it with the number of phrases.
fn floor_automaton() -> (AhoCorasick, usize) {
    let phrases = kbnorm::Normalizer::new().heading_phrases();
    let ac = AhoCorasickBuilder::new()
        .match_kind(MatchKind::Standard)
        .ascii_case_insensitive(true)
        .kind(Some(AhoCorasickKind::DFA))
        .build(&phrases)
        .expect("the heading vocabulary builds into a DFA");
    (ac, phrases.len())
}

/// One floor pass: every overlapping heading-phrase match in `texts`.
fn floor_pass(ac: &AhoCorasick, texts: &[String]) -> usize {
    texts.iter().map(|t| ac.find_overlapping_iter(t.as_str()).count()).sum()
}

/// One parse pass: `kbnorm::parse` of each text.
fn parse_pass(texts: &[String]) {
    for t in texts {
        black_box(kbnorm::parse(black_box(t)));
    }
}

fn group<'a>(
    c: &'a mut Criterion,
    group: &str,
    texts: &[String],
    measurement: Duration,
) -> criterion::BenchmarkGroup<'a, criterion::measurement::WallTime> {
    let bytes: usize = texts.iter().map(String::len).sum();
    let mut g = c.benchmark_group(group);
    g.throughput(Throughput::Bytes(bytes as u64));
    g.sample_size(10);
    g.sampling_mode(SamplingMode::Flat);
    g.warm_up_time(Duration::from_secs(1));
    g.measurement_time(measurement);
    g
}

fn bench_texts(c: &mut Criterion, name: &str, texts: &[String], measurement: Duration) {
    let mut g = group(c, "parse", texts, measurement);
    g.bench_function(name, |b| {
        if let Some(flag) = selected_flag(name) {
            flag.store(true, Ordering::Relaxed);
        }
        b.iter(|| parse_pass(texts))
    });
    g.finish();
}

fn bench_floor(c: &mut Criterion, name: &str, texts: &[String], ac: &AhoCorasick, measurement: Duration) {
    let mut g = group(c, "floor", texts, measurement);
    g.bench_function(name, |b| {
        if let Some(flag) = selected_flag(name) {
            flag.store(true, Ordering::Relaxed);
        }
        b.iter(|| black_box(floor_pass(ac, black_box(texts))))
    });
    g.finish();
}

fn parse_benches(c: &mut Criterion) {
    let corpus = corpus();
    if let Some(seeds) = &corpus.seeds {
        bench_texts(c, "seeds", seeds, Duration::from_secs(16));
    }
    if let Some(dev) = &corpus.dev {
        bench_texts(c, "dev", dev, Duration::from_secs(5));
    }
    bench_texts(c, "demo", &[DEMO.to_string()], Duration::from_secs(3));
}

fn floor_benches(c: &mut Criterion) {
    let corpus = corpus();
    if corpus.seeds.is_none() && corpus.dev.is_none() {
        return;
    }
    let (ac, phrases) = floor_automaton();
    println!("floor: {phrases} heading phrases (all locales), ASCII-case-insensitive DFA, overlapping matches");
    if let Some(seeds) = &corpus.seeds {
        bench_floor(c, "seeds", seeds, &ac, Duration::from_secs(5));
    }
    if let Some(dev) = &corpus.dev {
        bench_floor(c, "dev", dev, &ac, Duration::from_secs(3));
    }
}

fn init_bench(c: &mut Criterion) {
    let mut g = c.benchmark_group("init");
    g.sample_size(10);
    g.warm_up_time(Duration::from_secs(1));
    g.measurement_time(Duration::from_secs(3));
    g.bench_function("normalizer_build", |b| b.iter(|| black_box(kbnorm::Normalizer::builder().build())));
    g.finish();
}

/// `render` and `summary` of one typical article (the embedded demo, and the
/// first seed when present), into en, sv, de, ja and ar, bundles already built.
fn render_benches(c: &mut Criterion) {
    let n = kbnorm::Normalizer::new();
    let mut articles = vec![("demo", n.parse(DEMO))];
    if let Some(text) = corpus().seed_articles.first() {
        articles.push(("seed0", n.parse(text)));
    }
    let mut g = c.benchmark_group("render");
    g.sample_size(20);
    g.warm_up_time(Duration::from_secs(1));
    g.measurement_time(Duration::from_secs(2));
    for (name, a) in &articles {
        for l in ["en", "sv", "de", "ja", "ar"] {
            let opts = kbnorm::RenderOptions::new();
            g.bench_function(format!("render/{name}/{l}"), |b| {
                b.iter(|| black_box(n.render(black_box(a), l, opts)))
            });
            g.bench_function(format!("summary/{name}/{l}"), |b| {
                b.iter(|| black_box(n.summary(black_box(a), l, opts)))
            });
        }
    }
    // Reconcile one article with its Swedish rendering.
    for (name, a) in &articles {
        let Ok(sv) = n.render(a, "sv", kbnorm::RenderOptions::new()) else {
            continue;
        };
        let b = n.parse(&sv.text);
        g.bench_function(format!("reconcile/{name}/en-sv"), |bn| {
            bn.iter(|| black_box(n.reconcile(black_box(a), black_box(&b))))
        });
    }
    g.finish();
}

/// Seconds per pass of `pass`: the best of 5 runs, each repeating it for at
/// least 1 s (after one untimed pass).
fn best_seconds_per_pass(mut pass: impl FnMut()) -> f64 {
    pass();
    (0..5)
        .map(|_| {
            let start = Instant::now();
            let mut n = 0u32;
            loop {
                pass();
                n += 1;
                let elapsed = start.elapsed();
                if elapsed >= Duration::from_secs(1) {
                    break elapsed.as_secs_f64() / f64::from(n);
                }
            }
        })
        .fold(f64::INFINITY, f64::min)
}

/// Parse and floor throughput of the selected corpus texts, and their ratio.
fn ratio_table() {
    let args: Vec<String> = std::env::args().collect();
    let benchmarking = args.iter().any(|a| a == "--bench")
        && !args
            .iter()
            .any(|a| a == "--test" || a == "--list" || a.starts_with("--profile-time"));
    if !benchmarking {
        return;
    }
    let corpus = corpus();
    let texts: Vec<(&str, &[String])> = [
        ("seeds", corpus.seeds.as_deref(), &SEEDS_SELECTED),
        ("dev", corpus.dev.as_deref(), &DEV_SELECTED),
    ]
    .into_iter()
    .filter(|(_, _, selected)| selected.load(Ordering::Relaxed))
    .filter_map(|(name, texts, _)| Some((name, texts?)))
    .collect();
    if texts.is_empty() {
        if corpus.seeds.is_none() && corpus.dev.is_none() {
            println!("parse/floor ratio: skipped, the shared corpus is absent");
        }
        return;
    }
    let (ac, phrases) = floor_automaton();
    const MIB: f64 = 1024.0 * 1024.0;
    println!();
    println!("parse vs floor ({phrases} heading phrases); one thread, so per core; best of 5 runs of >= 1 s each:");
    for (name, texts) in texts {
        let bytes = texts.iter().map(String::len).sum::<usize>() as f64;
        let parse_secs = best_seconds_per_pass(|| parse_pass(texts));
        let floor_secs = best_seconds_per_pass(|| {
            black_box(floor_pass(&ac, black_box(texts)));
        });
        let (parse, floor) = (bytes / parse_secs / MIB, bytes / floor_secs / MIB);
        println!(
            "{name}: parse {parse:.1} MiB/s, floor {floor:.0} MiB/s, ratio {:.3} ({:.1} MiB)",
            parse / floor,
            bytes / MIB
        );
    }
}

criterion_group!(benches, parse_benches, floor_benches, init_bench, render_benches);

fn main() {
    benches();
    Criterion::default().configure_from_args().final_summary();
    ratio_table();
}
