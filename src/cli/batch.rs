//! `kbnorm batch`: many files parsed in parallel into JSON Lines, in a
//! deterministic order, one bad file reported without stopping the others.

use std::collections::BTreeMap;
use std::io::{IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use rayon::prelude::*;

/// Files parsed per parallel round, per job: large enough to keep every job
/// busy, small enough that the finished records waiting to be written in order
/// stay few.
const ROUND_PER_JOB: usize = 16;

/// Directory nesting followed at most (a guard against symlink loops).
const MAX_WALK_DEPTH: usize = 64;

/// One input: a file to parse, or a path that could not be walked.
enum Input {
    File(PathBuf),
    Unreadable(PathBuf, String),
}

/// The outcome for one input, ready to write.
struct Record {
    line: String,
    bytes: usize,
    language: Option<String>,
    error: bool,
}

/// Walk `paths` into a sorted list of inputs: files given by name are taken as
/// they are; directories give their `*.txt` files, recursively, sorted by path.
fn inputs(paths: &[PathBuf]) -> Vec<Input> {
    let mut out = Vec::new();
    for p in paths {
        if p.is_dir() {
            walk(p, 0, &mut out);
        } else {
            out.push(Input::File(p.clone()));
        }
    }
    out
}

fn walk(dir: &Path, depth: usize, out: &mut Vec<Input>) {
    if depth > MAX_WALK_DEPTH {
        out.push(Input::Unreadable(
            dir.to_path_buf(),
            format!("nested deeper than {MAX_WALK_DEPTH} directories"),
        ));
        return;
    }
    let entries = match std::fs::read_dir(dir) {
        Ok(rd) => rd,
        Err(e) => {
            out.push(Input::Unreadable(dir.to_path_buf(), format!("cannot read the directory: {e}")));
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
    paths.sort();
    for p in paths {
        if p.is_dir() {
            walk(&p, depth + 1, out);
        } else if p.extension().is_some_and(|x| x == "txt") {
            out.push(Input::File(p));
        }
    }
}

/// A JSON string literal.
fn json_str(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| "\"\"".to_string())
}

fn error_record(path: &Path, code: &str, message: &str, bytes: usize) -> Record {
    Record {
        line: format!(
            "{{\"path\":{},\"error\":{{\"code\":{},\"message\":{}}}}}",
            json_str(&path.display().to_string()),
            json_str(code),
            json_str(message)
        ),
        bytes,
        language: None,
        error: true,
    }
}

/// Read and parse one file into its record; a panic is caught and recorded.
fn process(n: &kbnorm::Normalizer, path: &Path, max_bytes: usize) -> Record {
    let mut bytes = Vec::new();
    let limit = u64::try_from(max_bytes).unwrap_or(u64::MAX);
    let read = std::fs::File::open(path).and_then(|f| f.take(limit.saturating_add(1)).read_to_end(&mut bytes));
    if let Err(e) = read {
        return error_record(path, "read", &format!("cannot read the file: {e}"), 0);
    }
    let parsed = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        crate::debug_panic(&bytes);
        n.try_parse_bytes(&bytes)
    }));
    match parsed {
        Ok(Ok(article)) => match serde_json::to_string(&article) {
            Ok(json) => Record {
                line: format!("{{\"path\":{},\"article\":{json}}}", json_str(&path.display().to_string())),
                bytes: bytes.len(),
                language: Some(article.language),
                error: false,
            },
            Err(e) => error_record(path, "serialize", &format!("cannot serialize the article: {e}"), bytes.len()),
        },
        Ok(Err(e)) => error_record(path, e.code(), &e.to_string(), bytes.len()),
        Err(payload) => error_record(
            path,
            "internal",
            &format!(
                "internal error: {}; this is a bug in kbnorm, please report it with the input",
                crate::panic_message(payload.as_ref())
            ),
            bytes.len(),
        ),
    }
}

/// Run the batch: parse every input, write the records in input order, print a
/// summary on standard error. Exit status 1 when any file failed.
pub(crate) fn run(n: &kbnorm::Normalizer, paths: &[PathBuf], output: Option<&Path>, jobs: Option<usize>, max_bytes: usize) -> ExitCode {
    let start = Instant::now();
    let mut pool = rayon::ThreadPoolBuilder::new();
    if let Some(j) = jobs {
        pool = pool.num_threads(j.max(1));
    }
    let pool = match pool.build() {
        Ok(p) => p,
        Err(e) => return crate::fail(format!("cannot start the worker threads: {e}")),
    };
    let inputs = inputs(paths);
    let mut out: Box<dyn Write> = match output {
        Some(p) => match std::fs::File::create(p) {
            Ok(f) => Box::new(std::io::BufWriter::new(f)),
            Err(e) => return crate::fail(format!("cannot write {}: {e}", p.display())),
        },
        None => Box::new(std::io::BufWriter::new(std::io::stdout().lock())),
    };
    let bar = if std::io::stderr().is_terminal() {
        let bar = indicatif::ProgressBar::new(inputs.len() as u64);
        if let Ok(style) = indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} files, {elapsed} {msg}") {
            bar.set_style(style);
        }
        bar
    } else {
        indicatif::ProgressBar::hidden()
    };
    let (mut files, mut bytes, mut errors) = (0usize, 0usize, 0usize);
    let mut languages: BTreeMap<String, usize> = BTreeMap::new();
    let round = pool.current_num_threads() * ROUND_PER_JOB;
    for chunk in inputs.chunks(round.max(1)) {
        let records: Vec<Record> = pool.install(|| {
            chunk
                .par_iter()
                .map(|input| match input {
                    Input::File(p) => process(n, p, max_bytes),
                    Input::Unreadable(p, why) => error_record(p, "read", why, 0),
                })
                .collect()
        });
        for r in records {
            files += 1;
            bytes += r.bytes;
            errors += usize::from(r.error);
            if let Some(l) = r.language {
                *languages.entry(l).or_default() += 1;
            }
            if writeln!(out, "{}", r.line).is_err() {
                bar.finish_and_clear();
                return crate::fail("cannot write the output (closed pipe or full disk)".to_string());
            }
        }
        bar.inc(chunk.len() as u64);
    }
    if out.flush().is_err() {
        bar.finish_and_clear();
        return crate::fail("cannot write the output (closed pipe or full disk)".to_string());
    }
    bar.finish_and_clear();
    let secs = start.elapsed().as_secs_f64();
    let langs: Vec<String> = languages.iter().map(|(l, c)| format!("{l} {c}")).collect();
    let _ = writeln!(
        std::io::stderr(),
        "kbnorm batch: {files} files, {} parsed, {errors} errors; {:.1} MB in {secs:.2} s ({:.1} MB/s, {} jobs); languages: {}",
        files - errors,
        bytes as f64 / 1e6,
        bytes as f64 / 1e6 / secs.max(1e-9),
        pool.current_num_threads(),
        if langs.is_empty() { "none".to_string() } else { langs.join(", ") }
    );
    if errors > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS }
}
