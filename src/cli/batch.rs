//! `kbnorm batch` and `kbnorm graph`: many files parsed in parallel, handed on
//! in a deterministic order, one bad file reported without stopping the others.

use std::collections::BTreeMap;
use std::io::{IsTerminal, Write};
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

/// What became of one input.
pub(crate) struct Parsed {
    pub(crate) path: PathBuf,
    pub(crate) bytes: usize,
    /// The article, or an error code and message.
    pub(crate) article: Result<kbnorm::Article, (&'static str, String)>,
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

/// Read and parse one file; a panic is caught and reported as an internal error.
fn process(n: &kbnorm::Normalizer, path: &Path, max_bytes: usize) -> Parsed {
    let read = std::fs::File::open(path).and_then(|f| crate::read_at_most(f, max_bytes));
    let bytes = read.as_deref().unwrap_or_default();
    let article = match &read {
        Err(e) => Err(("read", format!("cannot read the file: {e}"))),
        Ok(bytes) => match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            crate::debug_panic(bytes);
            n.try_parse_bytes(bytes)
        })) {
            Ok(Ok(a)) => Ok(a),
            Ok(Err(e)) => Err((e.code(), e.to_string())),
            Err(payload) => Err((
                "internal",
                format!(
                    "internal error: {}; this is a bug in kbnorm, please report it with the input",
                    crate::panic_message(payload.as_ref())
                ),
            )),
        },
    };
    Parsed {
        path: path.to_path_buf(),
        bytes: bytes.len(),
        article,
    }
}

/// Parse every input of `paths` on `jobs` threads, turn each outcome into a `T`
/// with `map` (on the worker threads too: serializing is as costly as parsing),
/// and hand them to `each` in input order (sorted paths), whatever the number of
/// jobs. A progress bar shows on a terminal. `each` returns `false` to stop.
/// Returns the number of threads used.
pub(crate) fn each_parsed<T: Send>(
    n: &kbnorm::Normalizer,
    paths: &[PathBuf],
    jobs: Option<usize>,
    max_bytes: usize,
    map: impl Fn(Parsed) -> T + Sync,
    mut each: impl FnMut(T) -> bool,
) -> Result<usize, String> {
    let mut pool = rayon::ThreadPoolBuilder::new();
    if let Some(j) = jobs {
        pool = pool.num_threads(j.max(1));
    }
    let pool = pool.build().map_err(|e| format!("cannot start the worker threads: {e}"))?;
    let inputs = inputs(paths);
    let bar = if std::io::stderr().is_terminal() {
        let bar = indicatif::ProgressBar::new(inputs.len() as u64);
        if let Ok(style) = indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} files, {elapsed} {msg}") {
            bar.set_style(style);
        }
        bar
    } else {
        indicatif::ProgressBar::hidden()
    };
    let round = pool.current_num_threads() * ROUND_PER_JOB;
    for chunk in inputs.chunks(round.max(1)) {
        let done: Vec<T> = pool.install(|| {
            chunk
                .par_iter()
                .map(|input| match input {
                    Input::File(p) => process(n, p, max_bytes),
                    Input::Unreadable(p, why) => Parsed {
                        path: p.clone(),
                        bytes: 0,
                        article: Err(("read", why.clone())),
                    },
                })
                .map(&map)
                .collect()
        });
        for p in done {
            if !each(p) {
                bar.finish_and_clear();
                return Ok(pool.current_num_threads());
            }
        }
        bar.inc(chunk.len() as u64);
    }
    bar.finish_and_clear();
    Ok(pool.current_num_threads())
}

/// Where output goes: a file, or standard output.
pub(crate) fn output(path: Option<&Path>) -> Result<Box<dyn Write>, String> {
    Ok(match path {
        Some(p) => Box::new(std::io::BufWriter::new(
            std::fs::File::create(p).map_err(|e| format!("cannot write {}: {e}", p.display()))?,
        )),
        None => Box::new(std::io::BufWriter::new(std::io::stdout().lock())),
    })
}

/// Run the batch: parse every input, write the records in input order, print a
/// summary on standard error. Exit status 1 when any file failed.
pub(crate) fn run(
    n: &kbnorm::Normalizer,
    paths: &[PathBuf],
    output_path: Option<&Path>,
    jobs: Option<usize>,
    max_bytes: usize,
) -> ExitCode {
    let start = Instant::now();
    let mut out = match output(output_path) {
        Ok(o) => o,
        Err(e) => return crate::fail(e),
    };
    let (mut files, mut bytes, mut errors, mut write_failed) = (0usize, 0usize, 0usize, false);
    let mut languages: BTreeMap<String, usize> = BTreeMap::new();
    // Each file becomes its line (and its language, unless it failed) on the workers.
    let to_line = |p: Parsed| -> (String, usize, Option<String>) {
        let path = json_str(&p.path.display().to_string());
        match p.article {
            Ok(a) => match serde_json::to_string(&a) {
                Ok(json) => (format!("{{\"path\":{path},\"article\":{json}}}"), p.bytes, Some(a.language)),
                Err(e) => (
                    error_line(&path, "serialize", &format!("cannot serialize the article: {e}")),
                    p.bytes,
                    None,
                ),
            },
            Err((code, message)) => (error_line(&path, code, &message), p.bytes, None),
        }
    };
    let threads = each_parsed(n, paths, jobs, max_bytes, to_line, |(line, size, language)| {
        files += 1;
        bytes += size;
        match language {
            Some(l) => *languages.entry(l).or_default() += 1,
            None => errors += 1,
        }
        write_failed = writeln!(out, "{line}").is_err();
        !write_failed
    });
    let threads = match threads {
        Ok(t) => t,
        Err(e) => return crate::fail(e),
    };
    if write_failed || out.flush().is_err() {
        return crate::fail("cannot write the output (closed pipe or full disk)".to_string());
    }
    let secs = start.elapsed().as_secs_f64();
    let langs: Vec<String> = languages.iter().map(|(l, c)| format!("{l} {c}")).collect();
    let _ = writeln!(
        std::io::stderr(),
        "kbnorm batch: {files} files, {} parsed, {errors} errors; {:.1} MB in {secs:.2} s ({:.1} MB/s, {threads} jobs); languages: {}",
        files - errors,
        bytes as f64 / 1e6,
        bytes as f64 / 1e6 / secs.max(1e-9),
        if langs.is_empty() { "none".to_string() } else { langs.join(", ") }
    );
    if errors > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS }
}

/// An error record: `{"path": …, "error": {"code": …, "message": …}}`.
fn error_line(path_json: &str, code: &str, message: &str) -> String {
    format!(
        "{{\"path\":{path_json},\"error\":{{\"code\":{},\"message\":{}}}}}",
        json_str(code),
        json_str(message)
    )
}
