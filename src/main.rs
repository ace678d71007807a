//! The `kbnorm` command line: a thin shell over the library.
#![forbid(unsafe_code)]

use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

#[path = "cli/batch.rs"]
mod batch;

/// Read scraped Microsoft Knowledge Base articles into one canonical JSON model.
#[derive(Parser)]
#[command(name = "kbnorm", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Parse an article (a file, or - for standard input) and print its JSON.
    Parse {
        /// The article text file, or - to read standard input.
        file: String,
        /// Indent the JSON.
        #[arg(long)]
        pretty: bool,
        #[command(flatten)]
        options: ParseOptions,
    },
    /// Parse many articles (files, and directories walked for *.txt) in parallel
    /// into JSON Lines, in a deterministic order: one record a file, an error
    /// record for a file that cannot be parsed, then a summary on standard error.
    Batch {
        #[command(flatten)]
        many: Many,
        #[command(flatten)]
        options: ParseOptions,
    },
    /// The supersedence graph of many articles (files, and directories walked for
    /// *.txt): which update replaces which, each edge with the articles stating
    /// it, and the latest update rollup per product and service pack.
    Graph {
        /// Output: json (nodes, edges, latest rollups, cycles, skipped) or dot (Graphviz).
        #[arg(long, default_value = "json")]
        format: GraphFormat,
        #[command(flatten)]
        many: Many,
        #[command(flatten)]
        options: ParseOptions,
    },
    /// Render an article (text, or JSON from `kbnorm parse`) into a locale.
    Render {
        /// The article: text or `kbnorm parse` JSON, or - for standard input.
        file: String,
        /// The locale to render into (see `kbnorm locales`).
        #[arg(long)]
        locale: String,
        /// Output format: text or md.
        #[arg(long, default_value = "text")]
        format: kbnorm::Format,
        /// Wrap interpolated values in bidi isolation marks (FSI/PDI).
        #[arg(long)]
        isolate: bool,
        /// Add or override locales from DIR/<tag>/*.ftl.
        #[arg(long, value_name = "DIR")]
        locales: Option<PathBuf>,
    },
    /// Print a short localized summary of an article (text or `kbnorm parse` JSON).
    Summary {
        /// The article: text or `kbnorm parse` JSON, or - for standard input.
        file: String,
        /// The locale to write the summary in.
        #[arg(long)]
        locale: String,
        /// Wrap interpolated values in bidi isolation marks (FSI/PDI).
        #[arg(long)]
        isolate: bool,
        /// Add or override locales from DIR/<tag>/*.ftl.
        #[arg(long, value_name = "DIR")]
        locales: Option<PathBuf>,
    },
    /// Reconcile a translation with its original (text or `kbnorm parse` JSON each):
    /// what it lost, changed or left untranslated, and whether it is stale.
    Reconcile {
        /// The original article.
        original: String,
        /// The translated article.
        translation: String,
        /// Output: json, tsv (one finding a line) or text (worded in --locale).
        #[arg(long, default_value = "json")]
        format: ReportFormat,
        /// The language of the text report.
        #[arg(long, default_value = "en")]
        locale: String,
        /// Exit with status 1 when a finding of this severity or worse is present.
        #[arg(long, value_name = "SEVERITY")]
        fail_on: Option<kbnorm::FindingSeverity>,
        /// Add or override locales from DIR/<tag>/*.ftl.
        #[arg(long, value_name = "DIR")]
        locales: Option<PathBuf>,
    },
    /// List the loaded locales with their completeness: unverified entries,
    /// section keys without a heading, messages English has and they lack.
    Locales {
        /// Add or override locales from DIR/<tag>/*.ftl.
        #[arg(long, value_name = "DIR")]
        locales: Option<PathBuf>,
    },
    /// Parse the embedded sample article and print its JSON.
    Demo {
        /// Print the sample text instead of its JSON.
        #[arg(long)]
        text: bool,
    },
}

/// The inputs and output of the commands that read many articles (batch, graph).
#[derive(clap::Args)]
struct Many {
    /// Files and directories (directories are walked for *.txt files, sorted).
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// Write the output here instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Parallel jobs (default: the number of cores).
    #[arg(long, short = 'j', value_name = "N")]
    jobs: Option<usize>,
}

/// The options of the commands that parse text: language, input limits, locales.
#[derive(clap::Args)]
struct ParseOptions {
    /// Treat the text as written in this language (BCP 47), skipping identification.
    #[arg(long)]
    lang: Option<String>,
    #[command(flatten)]
    input: InputOptions,
    /// Add or override locales from DIR/<tag>/*.ftl.
    #[arg(long, value_name = "DIR")]
    locales: Option<PathBuf>,
}

impl ParseOptions {
    fn normalizer(&self) -> Result<&'static kbnorm::Normalizer, String> {
        normalizer(self.lang.as_deref(), self.locales.as_ref(), self.input)
    }
}

/// What input the parsing commands accept.
#[derive(clap::Args, Clone, Copy)]
struct InputOptions {
    /// Refuse inputs larger than this many bytes (default 64 MiB).
    #[arg(long, value_name = "BYTES", default_value_t = kbnorm::Limits::DEFAULT_MAX_BYTES)]
    max_bytes: usize,
    /// Parse input that looks binary (NUL bytes, many control characters) instead of refusing it.
    #[arg(long)]
    force: bool,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum GraphFormat {
    Json,
    Dot,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum ReportFormat {
    Json,
    Tsv,
    Text,
}

const DEMO: &str = include_str!("demo.txt");

fn fail(msg: String) -> ExitCode {
    let _ = writeln!(std::io::stderr(), "kbnorm: {msg}");
    ExitCode::from(2)
}

fn read_locales(dir: &PathBuf, mut b: kbnorm::NormalizerBuilder) -> Result<kbnorm::NormalizerBuilder, String> {
    let rd = std::fs::read_dir(dir).map_err(|e| {
        format!(
            "cannot read locale directory {}: {e}; give a directory holding <tag>/*.ftl",
            dir.display()
        )
    })?;
    let mut dirs: Vec<PathBuf> = rd.filter_map(Result::ok).map(|e| e.path()).filter(|p| p.is_dir()).collect();
    dirs.sort();
    for d in dirs {
        let tag = d.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let mut files: Vec<PathBuf> = std::fs::read_dir(&d)
            .map_err(|e| format!("cannot read {}: {e}", d.display()))?
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
            .collect();
        files.sort();
        let mut src = String::new();
        for f in files {
            src.push_str(&std::fs::read_to_string(&f).map_err(|e| format!("cannot read {}: {e}", f.display()))?);
            src.push('\n');
        }
        if !src.is_empty() {
            b = b.add_locale(&tag, &src);
        }
    }
    Ok(b)
}

/// The normalizer the options ask for: a language override, extra locales from
/// a directory, input limits. It lives until the process exits, and is not torn
/// down then (its automata and compiled locales would take a few ms to free).
fn normalizer(lang: Option<&str>, locales: Option<&PathBuf>, input: InputOptions) -> Result<&'static kbnorm::Normalizer, String> {
    let mut builder = kbnorm::Normalizer::builder()
        .limits(kbnorm::Limits::new().max_bytes(input.max_bytes))
        .allow_binary(input.force);
    if let Some(l) = lang {
        builder = builder.language(l);
    }
    if let Some(dir) = locales {
        builder = read_locales(dir, builder)?;
    }
    builder.build().map(|n| &*Box::leak(Box::new(n))).map_err(|e| e.to_string())
}

/// Read a file, or standard input for `-`, refusing more than `max_bytes`
/// (without reading more than one byte past the limit).
/// Read `r` to its end or to one byte past `max_bytes`, whichever comes first
/// (enough to tell an input over the limit without reading it whole).
fn read_at_most(r: impl Read, max_bytes: usize) -> std::io::Result<Vec<u8>> {
    let mut v = Vec::new();
    r.take(u64::try_from(max_bytes).unwrap_or(u64::MAX).saturating_add(1))
        .read_to_end(&mut v)?;
    Ok(v)
}

fn read_input(file: &str, max_bytes: usize) -> Result<Vec<u8>, String> {
    let too_large = |size: u64| {
        kbnorm::Error::TooLarge {
            size: usize::try_from(size).unwrap_or(usize::MAX),
            limit: max_bytes,
        }
        .to_string()
    };
    let v = if file == "-" {
        read_at_most(std::io::stdin(), max_bytes).map_err(|e| format!("cannot read standard input: {e}"))?
    } else {
        let cannot = |e: std::io::Error| format!("cannot read {file}: {e}; give a path to an article text file, or - for standard input");
        let f = std::fs::File::open(file).map_err(cannot)?;
        if let Ok(m) = f.metadata()
            && m.len() > u64::try_from(max_bytes).unwrap_or(u64::MAX)
        {
            return Err(format!("{file}: {}", too_large(m.len())));
        }
        read_at_most(f, max_bytes).map_err(cannot)?
    };
    if v.len() > max_bytes {
        return Err(too_large(v.len() as u64));
    }
    Ok(v)
}

/// An article from `kbnorm parse` JSON, or parsed from text.
fn read_article(n: &kbnorm::Normalizer, file: &str) -> Result<kbnorm::Article, String> {
    let bytes = read_input(file, kbnorm::Limits::DEFAULT_MAX_BYTES)?;
    if bytes.first() == Some(&b'{')
        && let Ok(a) = serde_json::from_slice::<kbnorm::Article>(&bytes)
    {
        return Ok(a);
    }
    n.try_parse_bytes(&bytes).map_err(|e| format!("{file}: {e}"))
}

/// Diagnostics of a rendering (fallbacks) as warnings on standard error.
fn warn(diagnostics: &[kbnorm::Diagnostic]) {
    let mut err = std::io::stderr().lock();
    for d in diagnostics {
        let _ = writeln!(err, "kbnorm: warning: {}: {}", d.code, d.message);
    }
}

/// Build the normalizer the options ask for, read the article, and run `f`.
fn with_article(locales: Option<&PathBuf>, file: &str, f: impl FnOnce(&kbnorm::Normalizer, &kbnorm::Article) -> ExitCode) -> ExitCode {
    let n = match normalizer(None, locales, InputOptions::default()) {
        Ok(n) => n,
        Err(e) => return fail(e),
    };
    match read_article(n, file) {
        Ok(a) => f(n, &a),
        Err(e) => fail(e),
    }
}

fn print_rendered(r: Result<kbnorm::Rendered, kbnorm::Error>) -> ExitCode {
    match r {
        Ok(r) => {
            warn(&r.diagnostics);
            let mut out = std::io::stdout().lock();
            if writeln!(out, "{}", r.text).is_err() {
                return ExitCode::from(1);
            }
            ExitCode::SUCCESS
        }
        Err(e) => fail(e.to_string()),
    }
}

fn print_json(a: &kbnorm::Article, pretty: bool) -> ExitCode {
    let out = if pretty {
        serde_json::to_string_pretty(a)
    } else {
        serde_json::to_string(a)
    };
    match out {
        Ok(s) => {
            let mut stdout = std::io::stdout().lock();
            if writeln!(stdout, "{s}").is_err() {
                return ExitCode::from(1);
            }
            ExitCode::SUCCESS
        }
        Err(e) => fail(format!("cannot serialize the article: {e}")),
    }
}

impl Default for InputOptions {
    fn default() -> Self {
        InputOptions {
            max_bytes: kbnorm::Limits::DEFAULT_MAX_BYTES,
            force: false,
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    // A bug must not show users a Rust panic and backtrace: the hook keeps quiet,
    // and the panic is reported as an internal error (in batch, per file).
    std::panic::set_hook(Box::new(|_| {}));
    match std::panic::catch_unwind(|| run(cli)) {
        Ok(code) => code,
        Err(payload) => {
            let _ = writeln!(
                std::io::stderr(),
                "kbnorm: internal error: {}; this is a bug in kbnorm, please report it with the input",
                panic_message(payload.as_ref())
            );
            ExitCode::from(3)
        }
    }
}

/// The message a panic carried.
fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| (*s).to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "a panic".to_string())
}

/// In debug builds only, `KBNORM_DEBUG_PANIC=<text>` makes parsing an input that
/// contains `<text>` panic, so the tests can check how panics reach the user.
fn debug_panic(bytes: &[u8]) {
    #[cfg(debug_assertions)]
    if let Some(needle) = std::env::var_os("KBNORM_DEBUG_PANIC")
        && let Some(needle) = needle.to_str()
        && !needle.is_empty()
        && memchr::memmem::find(bytes, needle.as_bytes()).is_some()
    {
        panic!("KBNORM_DEBUG_PANIC matched the input");
    }
    let _ = bytes;
}

fn run(cli: Cli) -> ExitCode {
    match cli.command {
        Command::Demo { text } => {
            if text {
                return match write!(std::io::stdout().lock(), "{DEMO}") {
                    Ok(()) => ExitCode::SUCCESS,
                    Err(_) => ExitCode::from(1),
                };
            }
            print_json(&kbnorm::parse(DEMO), true)
        }
        Command::Batch { many, options } => match options.normalizer() {
            Ok(n) => batch::run(n, &many.paths, many.output.as_deref(), many.jobs, options.input.max_bytes),
            Err(e) => fail(e),
        },
        Command::Graph { format, many, options } => {
            let Many { paths, output, jobs } = many;
            let input = options.input;
            let n = match options.normalizer() {
                Ok(n) => n,
                Err(e) => return fail(e),
            };
            let mut graph = kbnorm::Graph::new();
            let mut errors = 0usize;
            let done = batch::each_parsed(
                n,
                &paths,
                jobs,
                input.max_bytes,
                |p| p,
                |p| {
                    match &p.article {
                        Ok(a) => graph.add(&p.path.display().to_string(), a),
                        Err((code, message)) => {
                            errors += 1;
                            let _ = writeln!(std::io::stderr(), "kbnorm: {}: {code}: {message}", p.path.display());
                        }
                    }
                    true
                },
            );
            if let Err(e) = done {
                return fail(e);
            }
            let text = match format {
                GraphFormat::Dot => graph.to_dot(),
                GraphFormat::Json => match serde_json::to_string_pretty(&graph.report()) {
                    Ok(s) => s + "\n",
                    Err(e) => return fail(format!("cannot serialize the graph: {e}")),
                },
            };
            let mut out = match batch::output(output.as_deref()) {
                Ok(o) => o,
                Err(e) => return fail(e),
            };
            if out.write_all(text.as_bytes()).and_then(|()| out.flush()).is_err() {
                return fail("cannot write the output (closed pipe or full disk)".to_string());
            }
            if errors > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS }
        }
        Command::Locales { locales } => {
            let n = match normalizer(None, locales.as_ref(), InputOptions::default()) {
                Ok(n) => n,
                Err(e) => return fail(e),
            };
            let mut out = std::io::stdout().lock();
            for tag in n.locales() {
                let unverified = n.unverified_entries(&tag).map(|v| v.len()).unwrap_or(0);
                let keys = n.missing_section_keys(&tag).map(|v| v.len()).unwrap_or(0);
                let messages = n.missing_messages(&tag).unwrap_or_default();
                let line = format!(
                    "{tag}\t{unverified} unverified entries\t{keys} section keys without a heading\t{} messages missing{}",
                    messages.len(),
                    if messages.is_empty() {
                        String::new()
                    } else {
                        format!(" ({})", messages.join(", "))
                    }
                );
                if writeln!(out, "{line}").is_err() {
                    return ExitCode::from(1);
                }
            }
            ExitCode::SUCCESS
        }
        Command::Parse { file, pretty, options } => {
            let input = options.input;
            let normalizer = match options.normalizer() {
                Ok(n) => n,
                Err(e) => return fail(e),
            };
            let bytes = match read_input(&file, input.max_bytes) {
                Ok(b) => b,
                Err(e) => return fail(e),
            };
            debug_panic(&bytes);
            match normalizer.try_parse_bytes(&bytes) {
                Ok(a) => print_json(&a, pretty),
                Err(e) => fail(format!("{file}: {e}")),
            }
        }
        Command::Render {
            file,
            locale,
            format,
            isolate,
            locales,
        } => with_article(locales.as_ref(), &file, |n, a| {
            print_rendered(n.render(a, &locale, kbnorm::RenderOptions::new().format(format).isolate(isolate)))
        }),
        Command::Reconcile {
            original,
            translation,
            format,
            locale,
            fail_on,
            locales,
        } => {
            let n = match normalizer(None, locales.as_ref(), InputOptions::default()) {
                Ok(n) => n,
                Err(e) => return fail(e),
            };
            let (a, b) = match (read_article(n, &original), read_article(n, &translation)) {
                (Ok(a), Ok(b)) => (a, b),
                (Err(e), _) | (_, Err(e)) => return fail(e),
            };
            let report = n.reconcile(&a, &b);
            let text = match format {
                ReportFormat::Json => match serde_json::to_string_pretty(&report) {
                    Ok(s) => s,
                    Err(e) => return fail(format!("cannot serialize the report: {e}")),
                },
                ReportFormat::Tsv => report.to_tsv().trim_end().to_string(),
                ReportFormat::Text => match n.report_text(&report, &locale) {
                    Ok(r) => {
                        warn(&r.diagnostics);
                        r.text
                    }
                    Err(e) => return fail(e.to_string()),
                },
            };
            if writeln!(std::io::stdout().lock(), "{text}").is_err() {
                return ExitCode::from(1);
            }
            match fail_on {
                Some(level) if report.at_least(level).next().is_some() => ExitCode::from(1),
                _ => ExitCode::SUCCESS,
            }
        }
        Command::Summary {
            file,
            locale,
            isolate,
            locales,
        } => with_article(locales.as_ref(), &file, |n, a| {
            print_rendered(n.summary(a, &locale, kbnorm::RenderOptions::new().isolate(isolate)))
        }),
    }
}
