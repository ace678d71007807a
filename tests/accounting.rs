//! No text lost: every byte of the decoded input is in exactly one section heading,
//! section body piece, or removed-chrome diagnostic — for every fixture and for
//! every article of the shared corpus. Also: every span lies inside the text on
//! char boundaries, and every corpus file parses and serializes.

mod common;

use common::{assert_invariants, fixture_bytes, fixture_names, shared_corpus_dir, span_problems, txt_files_under};

const SKIP_MESSAGE: &str = "../shared/corpus not found: skipping corpus accounting (fresh clone outside CI)";

#[test]
fn every_fixture_is_accounted_for() {
    let names = fixture_names();
    assert!(names.len() >= 10, "expected the fixture set under tests/fixtures, found {names:?}");
    for name in names {
        let bytes = fixture_bytes(&name);
        let decoded = kbnorm::decode(&bytes);
        let text: &str = &decoded.text;
        let a = kbnorm::parse_bytes(&bytes);
        assert_invariants(&a, text, &name);
        // parse on the decoded text gives the same article, less the decoding diagnostics.
        let mut b = kbnorm::parse(text);
        let mut expected = a.clone();
        expected.diagnostics.retain(|d| !d.code.starts_with("decoded-"));
        b.diagnostics.retain(|d| !d.code.starts_with("decoded-"));
        assert_eq!(expected, b, "{name}: parse and parse_bytes disagree");
    }
}

#[test]
fn every_shared_corpus_article_is_accounted_for() {
    let dir = shared_corpus_dir();
    if !dir.is_dir() {
        eprintln!("{SKIP_MESSAGE}");
        return;
    }
    let files = txt_files_under(&dir);
    assert!(!files.is_empty(), "{} holds no .txt file", dir.display());
    let mut failures = Vec::new();
    for path in &files {
        let bytes = std::fs::read(path).expect("readable corpus file");
        let decoded = kbnorm::decode(&bytes);
        let a = kbnorm::parse_bytes(&bytes);
        let text: &str = &decoded.text;
        let problems = span_problems(&a, text);
        if !problems.is_empty() {
            failures.push(format!("{}: {}", path.display(), problems.join("; ")));
        }
        let gaps = a.unaccounted(text);
        if !gaps.is_empty() {
            failures.push(format!("{}: unaccounted {:?}", path.display(), gaps));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} corpus files fail:\n{}",
        failures.len(),
        files.len(),
        failures.join("\n")
    );
}

#[test]
fn every_shared_corpus_file_parses_and_serializes() {
    let dir = shared_corpus_dir();
    if !dir.is_dir() {
        eprintln!("{SKIP_MESSAGE}");
        return;
    }
    for path in txt_files_under(&dir) {
        let bytes = std::fs::read(&path).expect("readable corpus file");
        let a = kbnorm::parse_bytes(&bytes);
        let json = serde_json::to_string(&a).unwrap_or_else(|e| panic!("{}: cannot serialize: {e}", path.display()));
        let v: serde_json::Value = serde_json::from_str(&json).unwrap_or_else(|e| panic!("{}: invalid JSON: {e}", path.display()));
        assert!(
            v.get("sections").is_some_and(|s| s.is_array()),
            "{}: no sections array",
            path.display()
        );
        let back: kbnorm::Article = serde_json::from_str(&json).unwrap_or_else(|e| panic!("{}: cannot deserialize: {e}", path.display()));
        assert_eq!(back, a, "{}: JSON round trip changed the article", path.display());
    }
}

/// CI sets KBNORM_REQUIRE_SHARED=1: there the corpus must be present, so the
/// corpus checks above cannot silently pass by skipping.
#[test]
fn shared_corpus_is_present_when_required() {
    let required = std::env::var("KBNORM_REQUIRE_SHARED").is_ok_and(|v| v == "1");
    let dir = shared_corpus_dir();
    if required {
        assert!(
            dir.is_dir(),
            "KBNORM_REQUIRE_SHARED=1 but {} is missing: check out shared/ beside the crate (the corpus checks would otherwise be skipped)",
            dir.display()
        );
        assert!(
            !txt_files_under(&dir).is_empty(),
            "KBNORM_REQUIRE_SHARED=1 but {} holds no .txt file",
            dir.display()
        );
    } else if !dir.is_dir() {
        eprintln!("{SKIP_MESSAGE}");
    }
}
