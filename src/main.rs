//! The `kbnorm` command line: a thin shell over the library.
#![forbid(unsafe_code)]

use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

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
        /// Treat the article as written in this language (BCP 47), skipping identification.
        #[arg(long)]
        lang: Option<String>,
        /// Add or override locales from DIR/<tag>/*.ftl.
        #[arg(long, value_name = "DIR")]
        locales: Option<PathBuf>,
    },
    /// List the loaded locales, with how many of their entries are unverified.
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

/// The normalizer the options ask for: a language override, extra locales from a directory.
fn normalizer(lang: Option<&str>, locales: Option<&PathBuf>) -> Result<kbnorm::Normalizer, String> {
    let mut builder = kbnorm::Normalizer::builder();
    if let Some(l) = lang {
        builder = builder.language(l);
    }
    if let Some(dir) = locales {
        builder = read_locales(dir, builder)?;
    }
    builder.build().map_err(|e| e.to_string())
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

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Demo { text } => {
            if text {
                print!("{DEMO}");
                return ExitCode::SUCCESS;
            }
            print_json(&kbnorm::parse(DEMO), true)
        }
        Command::Locales { locales } => {
            let n = match normalizer(None, locales.as_ref()) {
                Ok(n) => n,
                Err(e) => return fail(e),
            };
            let mut out = std::io::stdout().lock();
            for tag in n.locales() {
                let unverified = n.unverified_entries(&tag).map(|v| v.len()).unwrap_or(0);
                if writeln!(out, "{tag}\t{unverified} unverified entries").is_err() {
                    return ExitCode::from(1);
                }
            }
            ExitCode::SUCCESS
        }
        Command::Parse {
            file,
            pretty,
            lang,
            locales,
        } => {
            let normalizer = match normalizer(lang.as_deref(), locales.as_ref()) {
                Ok(n) => n,
                Err(e) => return fail(e),
            };
            let bytes = if file == "-" {
                let mut v = Vec::new();
                if let Err(e) = std::io::stdin().read_to_end(&mut v) {
                    return fail(format!("cannot read standard input: {e}"));
                }
                v
            } else {
                match std::fs::read(&file) {
                    Ok(v) => v,
                    Err(e) => {
                        return fail(format!(
                            "cannot read {file}: {e}; give a path to an article text file, or - for standard input"
                        ));
                    }
                }
            };
            print_json(&normalizer.parse_bytes(&bytes), pretty)
        }
    }
}
