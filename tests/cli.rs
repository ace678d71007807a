//! The `kbnorm` command line, run as a separate process.

mod common;

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

use common::fixtures_dir;

fn kbnorm() -> Command {
    Command::new(env!("CARGO_BIN_EXE_kbnorm"))
}

fn run(args: &[&str]) -> Output {
    kbnorm().args(args).output().expect("the kbnorm binary runs")
}

fn fixture_path(name: &str) -> String {
    fixtures_dir().join(format!("{name}.txt")).display().to_string()
}

fn stdout_json(out: &Output) -> serde_json::Value {
    assert!(
        out.status.success(),
        "exit {:?}, stderr: {}",
        out.status.code(),
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("stdout is not JSON ({e}): {}", String::from_utf8_lossy(&out.stdout)))
}

fn assert_no_panic(out: &Output) {
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        !err.contains("panicked") && !err.contains("RUST_BACKTRACE") && !err.contains("stack backtrace"),
        "{err}"
    );
}

/// A fresh directory under the system temp dir, removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new(tag: &str) -> TempDir {
        let p = std::env::temp_dir().join(format!("kbnorm-cli-{tag}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&p);
        std::fs::create_dir_all(&p).unwrap();
        TempDir(p)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

#[test]
fn parse_file_prints_the_article_json() {
    let out = run(&["parse", &fixture_path("en_rollup_full")]);
    let v = stdout_json(&out);
    assert_eq!(v["kb_id"], 952580);
    assert_eq!(v["rollup"], 4);
    assert_eq!(v["language"], "en");
    // Compact by default: one line.
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim_end().lines().count(), 1);
    // The same as the library says.
    let lib = serde_json::to_value(kbnorm::parse_bytes(&std::fs::read(fixture_path("en_rollup_full")).unwrap())).unwrap();
    assert_eq!(v, lib);
}

#[test]
fn parse_pretty() {
    let out = run(&["parse", &fixture_path("en_kb_from_removal"), "--pretty"]);
    let v = stdout_json(&out);
    assert_eq!(v["kb_id"], 959241);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.lines().count() > 20 && text.contains("\n  \"kb_id\": 959241,"), "{text}");
    // The same bytes the golden file holds.
    let golden = std::fs::read_to_string(fixtures_dir().join("en_kb_from_removal.expected.json")).unwrap();
    assert_eq!(text, golden);
}

#[test]
fn parse_standard_input() {
    let mut child = kbnorm()
        .args(["parse", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let bytes = std::fs::read(fixture_path("sv_utf16le_bom")).unwrap();
    child.stdin.take().unwrap().write_all(&bytes).unwrap();
    let out = child.wait_with_output().unwrap();
    let v = stdout_json(&out);
    assert_eq!(v["kb_id"], 959100);
    assert_eq!(v["language"], "sv");
    assert_eq!(v["diagnostics"][0]["code"], "decoded-utf16");
}

#[test]
fn parse_with_language_override() {
    let v = stdout_json(&run(&["parse", &fixture_path("sv_nfd"), "--lang", "sv"]));
    assert_eq!(v["language"], "sv");
    assert_eq!(v["language_info"]["method"], "override");
}

#[test]
fn unknown_language_is_a_clear_error() {
    let out = run(&["parse", &fixture_path("sv_nfd"), "--lang", "qq"]);
    assert!(!out.status.success());
    assert_no_panic(&out);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("qq"), "{err}");
    assert!(out.stdout.is_empty());
}

#[test]
fn missing_file_is_a_clear_error() {
    let missing = std::env::temp_dir().join("kbnorm-no-such-article.txt");
    let out = run(&["parse", &missing.display().to_string()]);
    assert!(!out.status.success(), "a missing file must fail");
    assert_no_panic(&out);
    assert!(out.stdout.is_empty());
    let err = String::from_utf8_lossy(&out.stderr);
    // What was wrong ...
    assert!(err.contains("kbnorm-no-such-article.txt"), "{err}");
    assert!(err.to_lowercase().contains("no such file") || err.contains("cannot read"), "{err}");
    // ... and what to do.
    assert!(err.contains("give a path") || err.contains("standard input"), "{err}");
}

#[test]
fn demo_prints_json() {
    let out = run(&["demo"]);
    let v = stdout_json(&out);
    assert_eq!(v["schema_version"], kbnorm::SCHEMA_VERSION);
    assert!(v["sections"].as_array().is_some_and(|s| s.len() > 3));
    let text = run(&["demo", "--text"]);
    assert!(text.status.success());
    assert!(String::from_utf8_lossy(&text.stdout).contains("SUMMARY"));
}

#[test]
fn extra_locales_directory() {
    let dir = TempDir::new("locales");
    let fi = dir.0.join("uk");
    std::fs::create_dir_all(&fi).unwrap();
    std::fs::write(
        fi.join("kb.ftl"),
        "locale-name = Testish\nheading-symptoms = Oireet\nheading-cause = Syy\ncue-article-id = Artikkelin tunnus: { $kb }\n",
    )
    .unwrap();
    let article = dir.0.join("article.txt");
    std::fs::write(
        &article,
        "Artikkelin tunnus: 912345\nPalvelu pysähtyy\nOireet\nPalvelu pysähtyy.\nSyy\nVälimuisti.\n",
    )
    .unwrap();
    let dir_s = dir.0.display().to_string();
    let art_s = article.display().to_string();

    let v = stdout_json(&run(&["parse", &art_s, "--locales", &dir_s, "--lang", "uk"]));
    let keys: Vec<&str> = v["sections"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["key"].as_str().unwrap())
        .collect();
    assert_eq!(keys, ["preamble", "symptoms", "cause"]);
    assert_eq!(v["kb_id"], 912345);
    assert_eq!(v["language"], "uk");

    // Without the directory the headings mean nothing.
    let v = stdout_json(&run(&["parse", &art_s, "--lang", "uk"]));
    assert_eq!(v["sections"].as_array().unwrap().len(), 1);

    // A broken file in the directory: an error naming the locale, no panic.
    std::fs::write(fi.join("kb.ftl"), "heading-symptoms = { $kb \n").unwrap();
    let out = run(&["parse", &art_s, "--locales", &dir_s]);
    assert!(!out.status.success());
    assert_no_panic(&out);
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("uk"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    // A locale directory that does not exist.
    let out = run(&["parse", &art_s, "--locales", &dir.0.join("nope").display().to_string()]);
    assert!(!out.status.success());
    assert_no_panic(&out);
    assert!(String::from_utf8_lossy(&out.stderr).contains("nope"));
}

#[test]
fn bad_usage_exits_non_zero_without_panicking() {
    let out = run(&["parse"]);
    assert!(!out.status.success());
    assert_no_panic(&out);
    let out = run(&["frobnicate"]);
    assert!(!out.status.success());
    assert_no_panic(&out);
}

fn stdout_text(out: &Output) -> String {
    assert!(
        out.status.success(),
        "exit {:?}, stderr: {}",
        out.status.code(),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout.clone()).expect("UTF-8 output")
}

#[test]
fn render_into_a_locale_from_text_or_json() {
    let path = fixture_path("en_rollup_full");
    let sv = stdout_text(&run(&["render", "--locale", "sv", &path]));
    assert!(
        sv.starts_with("Beskrivning av Samlad uppdatering 4 för Exchange Server 2007\n"),
        "{sv}"
    );
    assert!(sv.contains("Artikel-id: 952580"));
    let md = stdout_text(&run(&["render", "--locale", "sv", "--format", "md", &path]));
    assert!(md.starts_with("# Beskrivning av Samlad uppdatering 4"));
    // The same article given as `kbnorm parse` JSON renders the same.
    let json = run(&["parse", &path]).stdout;
    let mut child = kbnorm()
        .args(["render", "--locale", "sv", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("spawns");
    child.stdin.take().expect("stdin").write_all(&json).expect("writes");
    let out = child.wait_with_output().expect("runs");
    assert_eq!(stdout_text(&out), sv);
}

#[test]
fn summary_in_a_locale() {
    let out = run(&["summary", "--locale", "de", &fixture_path("en_rollup_full")]);
    let text = stdout_text(&out);
    assert!(text.starts_with("KB952580 ist Update Rollup 4 für Exchange Server 2007."), "{text}");
    assert!(text.contains("8. Juli 2008"));
    assert!(out.stderr.is_empty(), "{}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn render_into_an_unknown_locale_fails_cleanly() {
    let out = run(&["render", "--locale", "xx", &fixture_path("en_rollup_full")]);
    assert_eq!(out.status.code(), Some(2));
    assert_no_panic(&out);
    assert!(String::from_utf8_lossy(&out.stderr).contains("unknown locale `xx`"));
}

#[test]
fn locales_lists_completeness() {
    let text = stdout_text(&run(&["locales"]));
    assert_eq!(text.lines().count(), 24, "{text}");
    for line in text.lines() {
        assert!(line.ends_with("0 section keys without a heading\t0 messages missing"), "{line}");
    }
}

#[test]
fn reconcile_reports_and_fails_on_request() {
    let dir = TempDir::new("reconcile");
    let original = fixture_path("en_rollup_full");
    let sv = stdout_text(&run(&["render", "--locale", "sv", &original]));
    let faithful = dir.0.join("sv.txt");
    std::fs::write(&faithful, &sv).unwrap();
    let tampered = dir.0.join("sv-tampered.txt");
    std::fs::write(&tampered, sv.replace("945684", "945685")).unwrap();
    let (f, t) = (faithful.display().to_string(), tampered.display().to_string());

    // A faithful rendering: only minor findings, so --fail-on major passes.
    let out = run(&["reconcile", &original, &f, "--fail-on", "major"]);
    let report = stdout_json(&out);
    assert_eq!(report["report_version"], 1);
    assert!(
        report["findings"].as_array().unwrap().iter().all(|x| x["severity"] == "minor"),
        "{report}"
    );
    // The tampered one fails --fail-on major with exit status 1, and says why.
    let out = run(&["reconcile", &original, &t, "--fail-on", "major", "--format", "tsv"]);
    assert_eq!(out.status.code(), Some(1));
    let tsv = String::from_utf8_lossy(&out.stdout);
    assert!(
        tsv.lines()
            .any(|l| l.starts_with("replaces.changed\tmajor\treplaces\t945684\t945685")),
        "{tsv}"
    );
    // Without --fail-on the exit status is 0.
    assert_eq!(run(&["reconcile", &original, &t]).status.code(), Some(0));
    // The text report, worded in a locale.
    let text = stdout_text(&run(&["reconcile", &original, &t, "--format", "text", "--locale", "en"]));
    assert!(text.contains("A replaced update has another KB number"), "{text}");
    assert_no_panic(&run(&["reconcile", &original, "/nonexistent/file.txt"]));
}

#[test]
fn binary_input_is_refused_unless_forced() {
    let dir = TempDir::new("binary");
    let f = dir.0.join("blob.txt");
    std::fs::write(&f, b"PK\x03\x04\x00\x00\x00junk").unwrap();
    let path = f.display().to_string();
    let out = run(&["parse", &path]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("looks binary") && err.contains("--force"), "{err}");
    assert!(out.stdout.is_empty());
    let v = stdout_json(&run(&["parse", "--force", &path]));
    assert!(v["diagnostics"].as_array().unwrap().iter().any(|d| d["code"] == "binary-input"));
}

#[test]
fn max_bytes_refuses_larger_input_from_file_and_stdin() {
    let path = fixture_path("en_rollup_full");
    let size = std::fs::metadata(&path).unwrap().len();
    let out = run(&["parse", "--max-bytes", "100", &path]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains(&format!("the input is {size} bytes, over the limit of 100")), "{err}");
    assert!(err.contains("--max-bytes"), "says what to do: {err}");
    let mut child = kbnorm()
        .args(["parse", "--max-bytes", "100", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Writing may fail once kbnorm stops reading past the limit: that is the point.
    let _ = child.stdin.take().unwrap().write_all(&vec![b'a'; 100_000]);
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("over the limit of 100"));
    stdout_json(&run(&["parse", "--max-bytes", &size.to_string(), &path]));
}

/// A panic (forced in debug builds by `KBNORM_DEBUG_PANIC`) reaches the user
/// as one line, never as a Rust panic message or backtrace.
#[test]
#[cfg(debug_assertions)]
fn a_panic_is_an_internal_error_line() {
    let out = kbnorm()
        .args(["parse", &fixture_path("en_rollup_full")])
        .env("KBNORM_DEBUG_PANIC", "Exchange")
        .env("RUST_BACKTRACE", "1")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert_no_panic(&out);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.starts_with("kbnorm: internal error:") && err.lines().count() == 1, "{err}");
}

fn batch_dir(tag: &str) -> TempDir {
    let dir = TempDir::new(tag);
    std::fs::create_dir_all(dir.0.join("sub")).unwrap();
    for name in ["en_rollup_full", "sv_rollup_full"] {
        if let Ok(bytes) = std::fs::read(fixture_path(name)) {
            std::fs::write(dir.0.join(format!("{name}.txt")), bytes).unwrap();
        }
    }
    std::fs::write(dir.0.join("sub/a.txt"), "Symptoms\nThe service stops.\n").unwrap();
    std::fs::write(dir.0.join("sub/blob.txt"), b"\x7fELF\x00\x00\x00").unwrap();
    std::fs::write(dir.0.join("sub/panics.txt"), "Cause\nKBNORM-PANIC-HERE\n").unwrap();
    std::fs::write(dir.0.join("notes.md"), "not a .txt file, not read").unwrap();
    dir
}

/// Needs `KBNORM_DEBUG_PANIC` (debug builds) for its panicking file.
#[test]
#[cfg(debug_assertions)]
fn batch_reports_bad_files_and_processes_the_others() {
    let dir = batch_dir("batch");
    let out = kbnorm()
        .args(["batch", &dir.0.display().to_string(), "--jobs", "2"])
        .env("KBNORM_DEBUG_PANIC", "KBNORM-PANIC-HERE")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "errors make the exit status 1");
    assert_no_panic(&out);
    let lines: Vec<serde_json::Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect();
    let names: Vec<String> = lines
        .iter()
        .map(|v| {
            let p = v["path"].as_str().unwrap();
            p.strip_prefix(&dir.0.display().to_string())
                .unwrap()
                .trim_start_matches('/')
                .to_string()
        })
        .collect();
    let mut expected = vec!["en_rollup_full.txt", "sub/a.txt", "sub/blob.txt", "sub/panics.txt"];
    if dir.0.join("sv_rollup_full.txt").exists() {
        expected.push("sv_rollup_full.txt"); // "sub" sorts before "sv_…"
    }
    assert_eq!(names, expected, "sorted paths, *.txt only");
    let by_name = |n: &str| &lines[names.iter().position(|x| x == n).unwrap()];
    assert_eq!(by_name("sub/a.txt")["article"]["sections"][1]["key"], "symptoms");
    assert_eq!(by_name("sub/blob.txt")["error"]["code"], "binary");
    assert_eq!(by_name("sub/panics.txt")["error"]["code"], "internal");
    assert_eq!(by_name("en_rollup_full.txt")["article"]["kb_id"], 952580);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(&format!(
            "kbnorm batch: {} files, {} parsed, 2 errors",
            expected.len(),
            expected.len() - 2
        )),
        "{err}"
    );
    assert!(err.contains("languages: "), "{err}");
}

#[test]
fn batch_output_is_identical_for_any_job_count() {
    let dir = batch_dir("batchjobs");
    let outputs: Vec<Vec<u8>> = ["1", "2", "5"]
        .iter()
        .map(|j| {
            let o = dir.0.join(format!("out{j}.jsonl"));
            let out = run(&["batch", &dir.0.display().to_string(), "--jobs", j, "-o", &o.display().to_string()]);
            assert!(out.stdout.is_empty(), "with -o nothing goes to standard output");
            std::fs::read(&o).unwrap()
        })
        .collect();
    assert!(!outputs[0].is_empty());
    assert!(outputs.iter().all(|o| o == &outputs[0]));
}

/// A reader that goes away (`kbnorm … | head -c1`) ends kbnorm quietly.
#[test]
fn closed_output_pipe_is_not_a_panic() {
    for args in [
        &["demo", "--text"][..],
        &["demo"][..],
        &["parse", &fixture_path("en_rollup_full")][..],
    ] {
        let mut child = kbnorm().args(args).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
        drop(child.stdout.take());
        let out = child.wait_with_output().unwrap();
        assert_no_panic(&out);
        assert_ne!(out.status.code(), Some(101), "{args:?}");
    }
}

#[test]
fn graph_of_the_fixtures_in_json_and_dot() {
    let dir = fixtures_dir();
    let v = stdout_json(&run(&["graph", &dir.display().to_string()]));
    assert_eq!(v["graph_version"], 1);
    let edges: Vec<(u64, u64, Vec<String>)> = v["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            let by = e["stated_by"]
                .as_array()
                .unwrap()
                .iter()
                .map(|s| s.as_str().unwrap().to_string())
                .collect();
            (e["from"].as_u64().unwrap(), e["to"].as_u64().unwrap(), by)
        })
        .collect();
    // en_rollup_full.txt (KB 952580) lists 945684 and 949758 under "Update replacement
    // information"; sv_rollup_full.txt (KB 960384) lists 958412 under "Ersättningsinformation".
    for (from, to, file) in [
        (952580, 945684, "en_rollup_full.txt"),
        (952580, 949758, "en_rollup_full.txt"),
        (960384, 958412, "sv_rollup_full.txt"),
    ] {
        assert!(
            edges
                .iter()
                .any(|(f, t, by)| *f == from && *t == to && by.iter().any(|s| s.ends_with(file))),
            "{from} → {to} stated by {file}: {edges:?}"
        );
    }
    let latest: Vec<(u64, Option<u64>)> = v["latest_rollups"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| (l["kb"].as_u64().unwrap(), l["service_pack"].as_u64()))
        .collect();
    assert!(latest.contains(&(960384, Some(1))), "{latest:?}");
    let dot = stdout_text(&run(&["graph", "--format", "dot", &dir.display().to_string()]));
    assert!(dot.starts_with("digraph"), "{dot}");
    assert!(dot.contains("\"952580\" -> \"945684\""), "{dot}");
}
