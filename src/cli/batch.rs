//! `kbnorm batch` and `kbnorm graph`: many files parsed in parallel, handed on
//! in a deterministic order, one bad file reported without stopping the others.

use std::collections::BTreeMap;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Condvar, Mutex, PoisonError, mpsc};
use std::time::Instant;

/// Files a job may run ahead of the oldest record not yet handed on: enough to
/// keep every job busy past a slow file, few enough that the finished records
/// waiting to be handed on in order stay few (memory stays bounded).
const WINDOW_PER_JOB: usize = 16;

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
///
/// The jobs take the next input as soon as they finish one, never more than a
/// window of inputs ahead of the oldest outcome not yet handed on; `each` runs
/// on the calling thread meanwhile, so writing overlaps parsing and no job
/// waits for the others at a round's end.
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
    let threads = pool.current_num_threads();
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
    let work = |input: &Input| {
        map(match input {
            Input::File(p) => process(n, p, max_bytes),
            Input::Unreadable(p, why) => Parsed {
                path: p.clone(),
                bytes: 0,
                article: Err(("read", why.clone())),
            },
        })
    };
    in_order(&pool, &inputs, threads.saturating_mul(WINDOW_PER_JOB), work, |t| {
        bar.inc(1);
        each(t)
    });
    bar.finish_and_clear();
    Ok(threads)
}

/// Run `work` on every item on `pool`'s threads and hand the results to
/// `each` in the items' order, on the calling thread, as they become ready;
/// `each` returns `false` to stop. A job takes the next item as soon as it
/// finishes one, but never `window` or more places ahead of the oldest result
/// not yet handed on, so at most `window` results wait at any time.
/// A panic in `work` stops the other jobs and is raised again here.
fn in_order<I: Sync, T: Send>(
    pool: &rayon::ThreadPool,
    items: &[I],
    window: usize,
    work: impl Fn(&I) -> T + Sync,
    mut each: impl FnMut(T) -> bool,
) {
    let window = Window::new(window.max(1));
    let next = AtomicUsize::new(0);
    let (tx, rx) = mpsc::channel::<(usize, T)>();
    pool.in_place_scope(|scope| {
        for _ in 0..pool.current_num_threads() {
            let tx = tx.clone();
            let (window, next, work) = (&window, &next, &work);
            scope.spawn(move |_| {
                // Should this job unwind, the others stop waiting for it.
                let _stop_on_unwind = StopOnUnwind(window);
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(item) = items.get(i) else { break };
                    if !window.admit(i) || tx.send((i, work(item))).is_err() {
                        break;
                    }
                }
            });
        }
        // Only the jobs hold senders now: the channel ends when they all have.
        drop(tx);
        let mut waiting: BTreeMap<usize, T> = BTreeMap::new();
        let mut handed = 0usize;
        for (i, t) in rx.iter() {
            waiting.insert(i, t);
            while let Some(t) = waiting.remove(&handed) {
                handed += 1;
                if !each(t) {
                    window.stop();
                    return;
                }
            }
            window.advance(handed);
        }
    });
}

/// Stops the window when dropped during a panic, so that no job waits for
/// an outcome that will never come (the scope then re-raises the panic).
struct StopOnUnwind<'a>(&'a Window);

impl Drop for StopOnUnwind<'_> {
    fn drop(&mut self) {
        if std::thread::panicking() {
            self.0.stop();
        }
    }
}

/// How far ahead of the consumer the jobs may run: input `i` may start once
/// fewer than `size` inputs before it are still waiting to be handed on.
struct Window {
    size: usize,
    /// The number of outcomes handed on, or `usize::MAX` once the consumer stopped.
    handed: Mutex<usize>,
    moved: Condvar,
}

impl Window {
    fn new(size: usize) -> Window {
        Window {
            size,
            handed: Mutex::new(0),
            moved: Condvar::new(),
        }
    }

    /// Wait until input `i` may start; `false` when the consumer has stopped.
    fn admit(&self, i: usize) -> bool {
        let mut handed = self.handed.lock().unwrap_or_else(PoisonError::into_inner);
        while *handed != usize::MAX && i >= handed.saturating_add(self.size) {
            handed = self.moved.wait(handed).unwrap_or_else(PoisonError::into_inner);
        }
        *handed != usize::MAX
    }

    /// The consumer has handed on the first `handed` outcomes.
    fn advance(&self, handed: usize) {
        let mut h = self.handed.lock().unwrap_or_else(PoisonError::into_inner);
        if *h != usize::MAX && handed > *h {
            *h = handed;
            self.moved.notify_all();
        }
    }

    /// The consumer wants no more: every waiting job gives up.
    fn stop(&self) {
        *self.handed.lock().unwrap_or_else(PoisonError::into_inner) = usize::MAX;
        self.moved.notify_all();
    }
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

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::AtomicBool;

    fn pool(jobs: usize) -> rayon::ThreadPool {
        rayon::ThreadPoolBuilder::new().num_threads(jobs).build().unwrap()
    }

    /// Later items finish first (they sleep less), yet come out in order, and
    /// no item starts a window or more ahead of the oldest not handed on.
    #[test]
    fn results_come_in_order_within_the_window() {
        let items: Vec<usize> = (0..120).collect();
        let handed = AtomicUsize::new(0);
        let ahead = AtomicBool::new(false);
        let mut seen = Vec::new();
        in_order(
            &pool(3),
            &items,
            4,
            |&i| {
                if i >= handed.load(Ordering::SeqCst) + 4 {
                    ahead.store(true, Ordering::SeqCst);
                }
                std::thread::sleep(std::time::Duration::from_micros(((7 - i % 8) * 150) as u64));
                i * 10
            },
            |t| {
                seen.push(t);
                handed.fetch_add(1, Ordering::SeqCst);
                true
            },
        );
        assert_eq!(seen, items.iter().map(|i| i * 10).collect::<Vec<_>>());
        assert!(!ahead.load(Ordering::SeqCst), "an item started a window ahead");
    }

    #[test]
    fn stopping_ends_the_jobs_soon() {
        let items: Vec<usize> = (0..1000).collect();
        let started = AtomicUsize::new(0);
        let mut seen = 0;
        in_order(
            &pool(2),
            &items,
            8,
            |_| started.fetch_add(1, Ordering::SeqCst),
            |_| {
                seen += 1;
                seen < 10
            },
        );
        assert_eq!(seen, 10);
        // The ten handed on, at most a window more, and one per job in flight.
        assert!(started.load(Ordering::SeqCst) <= 10 + 8 + 2, "{}", started.load(Ordering::SeqCst));
    }

    /// A job that panics stops the others (none waits for its result forever)
    /// and the panic reaches the caller. Run on a thread of its own, so that a
    /// hang fails the test after a while instead of stalling it.
    #[test]
    fn a_panic_in_a_job_reaches_the_caller() {
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            let items: Vec<usize> = (0..200).collect();
            let r = std::panic::catch_unwind(|| {
                in_order(
                    &pool(2),
                    &items,
                    4,
                    |&i| {
                        assert!(i != 5, "item 5 fails");
                        i
                    },
                    |_| true,
                );
            });
            let _ = tx.send(r.is_err());
        });
        let panicked = rx.recv_timeout(std::time::Duration::from_secs(20));
        assert_eq!(panicked, Ok(true), "the panic did not reach the caller (or it hung)");
    }

    #[test]
    fn no_items_no_calls() {
        let mut calls = 0;
        in_order(
            &pool(2),
            &[] as &[u8],
            4,
            |_| 1,
            |_| {
                calls += 1;
                true
            },
        );
        assert_eq!(calls, 0);
    }
}
