//! Golden tests: each `tests/fixtures/NAME.txt` is parsed (as bytes, so the
//! windows-1252 and UTF-16 fixtures go through decoding) and its pretty JSON is
//! compared with `tests/fixtures/NAME.expected.json`.
//!
//! `KBNORM_BLESS=1 cargo test --test golden` rewrites the expected files from the
//! current output. Blessing is not verifying: read every changed expected file
//! against its fixture text before committing it. A value that is wrong stays
//! corrected by hand in the expected file, and its test is `#[ignore]`d as a bug.

mod common;

use std::path::PathBuf;

use common::{fixture_bytes, fixture_names, fixtures_dir};

fn expected_path(name: &str) -> PathBuf {
    fixtures_dir().join(format!("{name}.expected.json"))
}

fn render(name: &str) -> String {
    let article = kbnorm::parse_bytes(&fixture_bytes(name));
    let mut json = serde_json::to_string_pretty(&article).expect("an article serializes");
    json.push('\n');
    json
}

fn check(name: &str) {
    let actual = render(name);
    let path = expected_path(name);
    if std::env::var("KBNORM_BLESS").is_ok_and(|v| v == "1") {
        std::fs::write(&path, &actual).unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
        eprintln!("blessed {} — now read it against the fixture text", path.display());
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "cannot read {}: {e}; run `KBNORM_BLESS=1 cargo test --test golden` to create it, then check it by eye",
            path.display()
        )
    });
    if actual == expected {
        return;
    }
    // Show where they first differ, with a little context.
    let a: Vec<&str> = actual.lines().collect();
    let e: Vec<&str> = expected.lines().collect();
    let first = a.iter().zip(&e).position(|(x, y)| x != y).unwrap_or(a.len().min(e.len()));
    let from = first.saturating_sub(6);
    let ctx = |v: &[&str]| {
        v.iter()
            .enumerate()
            .skip(from)
            .take(14)
            .map(|(i, l)| format!("{:5} {l}", i + 1))
            .collect::<Vec<_>>()
            .join("\n")
    };
    panic!(
        "{name}: output differs from {} at line {}\n--- expected\n{}\n--- actual\n{}\n(if the change is intended, re-bless with KBNORM_BLESS=1 and check the file by eye)",
        path.display(),
        first + 1,
        ctx(&e),
        ctx(&a)
    );
}

/// Every fixture has an expected file and a test below (keep the list in sync).
#[test]
fn every_fixture_has_a_golden_test() {
    let listed: Vec<&str> = GOLDEN.to_vec();
    let mut sorted = listed.clone();
    sorted.sort_unstable();
    let names = fixture_names();
    assert_eq!(sorted, names, "GOLDEN must list exactly the fixtures under tests/fixtures");
    for n in &names {
        assert!(expected_path(n).is_file(), "{n}: missing {}", expected_path(n).display());
    }
}

const GOLDEN: &[&str] = &[
    "en_chrome",
    "en_crlf_nbsp_zwsp",
    "en_hexdump_header_lines",
    "en_kb_from_removal",
    "en_numbered_rows",
    "en_rollup_full",
    "en_self_naming",
    "en_utf16be_bom",
    "en_windows1252",
    "en_wrapped_fragment",
    "sv_nfd",
    "sv_rollup_full",
    "sv_utf16le_bom",
];

macro_rules! golden {
    ($($name:ident),* $(,)?) => {
        $(
            #[test]
            fn $name() {
                check(stringify!($name));
            }
        )*
    };
}

golden!(
    en_chrome,
    en_crlf_nbsp_zwsp,
    en_hexdump_header_lines,
    en_kb_from_removal,
    en_rollup_full,
    en_self_naming,
    en_utf16be_bom,
    en_windows1252,
    en_wrapped_fragment,
    sv_nfd,
    sv_rollup_full,
    sv_utf16le_bom,
);

/// The expected file was corrected by hand when the parser still wrote " 1.  Download …"
/// for `| 1. | Download …`; the fixed parser now writes it.
#[test]
fn en_numbered_rows() {
    check("en_numbered_rows");
}
