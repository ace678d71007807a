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
//! - `render/…`, `summary/…`: rendering one article into a locale;
//!   `reconcile/…`: one article against its Swedish rendering.
//!
//! `cargo bench` runs them all; `cargo bench -- parse/demo` runs one.

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::Duration;

#[path = "../tests/common/mod.rs"]
mod common;
use common::txt_files_under as txt_files;
use criterion::{Criterion, SamplingMode, Throughput, criterion_group, criterion_main};

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

fn bench_texts(c: &mut Criterion, name: &str, texts: &[String], measurement: Duration) {
    let bytes: usize = texts.iter().map(String::len).sum();
    let mut g = c.benchmark_group("parse");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.sample_size(10);
    g.sampling_mode(SamplingMode::Flat);
    g.warm_up_time(Duration::from_secs(1));
    g.measurement_time(measurement);
    g.bench_function(name, |b| {
        b.iter(|| {
            for t in texts {
                black_box(kbnorm::parse(black_box(t)));
            }
        })
    });
    g.finish();
}

fn parse_benches(c: &mut Criterion) {
    let corpus = corpus_dir();
    if corpus.is_dir() {
        let seeds = read_texts(&txt_files(&corpus.join("seeds")));
        let seed_bytes: usize = seeds.iter().map(String::len).sum();
        if seed_bytes > 0 {
            let copies = SEED_TARGET_BYTES.div_ceil(seed_bytes);
            let replicated: Vec<String> = (0..copies).flat_map(|_| seeds.iter().cloned()).collect();
            println!(
                "parse/seeds: {} seed articles ({seed_bytes} bytes) x {copies} = {} bytes",
                seeds.len(),
                seed_bytes * copies
            );
            bench_texts(c, "seeds", &replicated, Duration::from_secs(16));
        } else {
            println!("parse/seeds: skipped, no seed articles in {}", corpus.join("seeds").display());
        }
        let dev = read_texts(&txt_files(&corpus.join("dev")));
        if dev.is_empty() {
            println!("parse/dev: skipped, no articles in {}", corpus.join("dev").display());
        } else {
            println!(
                "parse/dev: {} articles, {} bytes",
                dev.len(),
                dev.iter().map(String::len).sum::<usize>()
            );
            bench_texts(c, "dev", &dev, Duration::from_secs(5));
        }
    } else {
        println!(
            "parse/seeds, parse/dev: skipped, the shared corpus is absent ({} not found); only parse/demo and init/normalizer_build run",
            corpus.display()
        );
    }
    bench_texts(c, "demo", &[DEMO.to_string()], Duration::from_secs(3));
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
    let seeds = txt_files(&corpus_dir().join("seeds"));
    if let Some(text) = read_texts(&seeds).into_iter().next() {
        articles.push(("seed0", n.parse(&text)));
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

criterion_group!(benches, parse_benches, init_bench, render_benches);
criterion_main!(benches);
