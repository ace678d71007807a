//! Helpers shared by the integration tests (each test crate uses a subset).
#![allow(dead_code)]

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use kbnorm::{Article, Span};

/// `tests/fixtures` of this crate.
pub fn fixtures_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests").join("fixtures")
}

/// `../shared/corpus`, relative to the crate root.
pub fn shared_corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join("shared").join("corpus")
}

/// The bytes of fixture `NAME.txt`, exactly as stored (most are UTF-8; some are
/// windows-1252 or UTF-16 on purpose).
pub fn fixture_bytes(name: &str) -> Vec<u8> {
    let path = fixtures_dir().join(format!("{name}.txt"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("cannot read fixture {}: {e}", path.display()))
}

/// The decoded text of fixture `NAME.txt` (what spans of `parse_bytes` refer to).
pub fn fixture(name: &str) -> String {
    kbnorm::decode(&fixture_bytes(name)).text.into_owned()
}

/// Every `*.txt` fixture name (without extension), sorted.
pub fn fixture_names() -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(fixtures_dir())
        .expect("tests/fixtures exists")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .filter_map(|p| p.file_stem().map(|s| s.to_string_lossy().into_owned()))
        .collect();
    v.sort();
    v
}

/// Every `*.txt` file under `dir`, recursively, sorted.
pub fn txt_files_under(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(rd) = std::fs::read_dir(&d) else { continue };
        for e in rd.filter_map(Result::ok) {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "txt") {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

/// Every span the article reports, with a label saying where it came from.
pub fn all_spans(a: &Article) -> Vec<(String, Span)> {
    let mut v: Vec<(String, Span)> = Vec::new();
    for (i, s) in a.sections.iter().enumerate() {
        v.push((format!("sections[{i}].span"), s.span));
        if let Some(h) = s.heading_span {
            v.push((format!("sections[{i}].heading_span"), h));
        }
        for (j, b) in s.body.iter().enumerate() {
            v.push((format!("sections[{i}].body[{j}]"), *b));
        }
    }
    for (i, d) in a.diagnostics.iter().enumerate() {
        if let Some(s) = d.span {
            v.push((format!("diagnostics[{i}] ({})", d.code), s));
        }
    }
    for (k, s) in &a.field_spans {
        v.push((format!("field_spans[{k}]"), *s));
    }
    for (name, refs) in [
        ("fixed_issues", &a.fixed_issues),
        ("replaces", &a.replaces),
        ("kb_mentions", &a.kb_mentions),
    ] {
        for (i, r) in refs.iter().enumerate() {
            v.push((format!("{name}[{i}].span"), r.span));
        }
    }
    if let Some(r) = &a.restart {
        v.push(("restart.span".into(), r.span));
    }
    if let Some(r) = &a.removal {
        v.push(("removal.span".into(), r.span));
    }
    for (i, k) in a.known_issues.iter().enumerate() {
        if let Some(s) = k.span {
            v.push((format!("known_issues[{i}].span"), s));
        }
    }
    v
}

/// Problems with the article's spans against `text`: out of range, reversed, or
/// not on char boundaries. Empty when all is well.
pub fn span_problems(a: &Article, text: &str) -> Vec<String> {
    let mut bad = Vec::new();
    for (label, s) in all_spans(a) {
        if s.start > s.end {
            bad.push(format!("{label}: reversed {s:?}"));
        } else if s.end > text.len() {
            bad.push(format!("{label}: {s:?} past the end of the text ({} bytes)", text.len()));
        } else if !text.is_char_boundary(s.start) || !text.is_char_boundary(s.end) {
            bad.push(format!("{label}: {s:?} not on char boundaries"));
        }
    }
    bad
}

/// Assert the no-text-lost and span invariants, naming `what` on failure.
pub fn assert_invariants(a: &Article, text: &str, what: &str) {
    let problems = span_problems(a, text);
    assert!(problems.is_empty(), "{what}: bad spans:\n{}", problems.join("\n"));
    let gaps = a.unaccounted(text);
    assert!(
        gaps.is_empty(),
        "{what}: text not accounted for: {}",
        gaps.iter()
            .map(|s| format!("{s:?} {:?}", text.get(s.start..s.end).unwrap_or("<not on char boundary>")))
            .collect::<Vec<_>>()
            .join(", ")
    );
}

/// Encode `text` as windows-1252; characters it cannot encode become `?`.
pub fn encode_windows_1252(text: &str) -> Vec<u8> {
    const HIGH: [(char, u8); 27] = [
        ('€', 0x80),
        ('‚', 0x82),
        ('ƒ', 0x83),
        ('„', 0x84),
        ('…', 0x85),
        ('†', 0x86),
        ('‡', 0x87),
        ('ˆ', 0x88),
        ('‰', 0x89),
        ('Š', 0x8A),
        ('‹', 0x8B),
        ('Œ', 0x8C),
        ('Ž', 0x8E),
        ('‘', 0x91),
        ('’', 0x92),
        ('“', 0x93),
        ('”', 0x94),
        ('•', 0x95),
        ('–', 0x96),
        ('—', 0x97),
        ('˜', 0x98),
        ('™', 0x99),
        ('š', 0x9A),
        ('›', 0x9B),
        ('œ', 0x9C),
        ('ž', 0x9E),
        ('Ÿ', 0x9F),
    ];
    text.chars()
        .map(|c| match u32::from(c) {
            0..=0x7F | 0xA0..=0xFF => u8::try_from(u32::from(c)).unwrap_or(b'?'),
            _ => HIGH.iter().find(|(h, _)| *h == c).map_or(b'?', |(_, b)| *b),
        })
        .collect()
}

/// The facts a round trip through a rendering must keep.
#[derive(Debug, PartialEq)]
pub struct Facts {
    kb_id: Option<u32>,
    kind: kbnorm::Kind,
    product: Option<(String, Option<u8>)>,
    rollup: Option<u32>,
    release_date: Option<kbnorm::Date>,
    last_review: Option<kbnorm::Date>,
    security_bulletins: Vec<String>,
    fixed_issues: BTreeSet<u32>,
    replaces: BTreeSet<u32>,
    kb_mentions: BTreeSet<u32>,
    removal_update: Option<u32>,
    known_issues: usize,
    section_keys: Vec<String>,
}

pub fn facts(a: &Article) -> Facts {
    Facts {
        kb_id: a.kb_id,
        kind: a.kind,
        product: a.product.as_ref().map(|p| (p.name.clone(), p.service_pack)),
        rollup: a.rollup,
        release_date: a.release_date,
        last_review: a.last_review,
        security_bulletins: a.security_bulletins.clone(),
        fixed_issues: a.fixed_issues.iter().map(|r| r.kb).collect(),
        replaces: a.replaces.iter().map(|r| r.kb).collect(),
        kb_mentions: a.kb_mentions.iter().map(|r| r.kb).collect(),
        removal_update: a.removal.as_ref().and_then(|r| r.update_id),
        known_issues: a.known_issues.len(),
        section_keys: a.sections.iter().map(|s| s.key.clone()).collect(),
    }
}

/// The first field that differs, as "field: before → after".
pub fn first_difference(a: &Facts, b: &Facts) -> Option<String> {
    macro_rules! cmp {
        ($($f:ident),*) => {$(
            if a.$f != b.$f {
                return Some(format!("{}: {:?} → {:?}", stringify!($f), a.$f, b.$f));
            }
        )*};
    }
    cmp!(
        kb_id,
        kind,
        product,
        rollup,
        release_date,
        last_review,
        security_bulletins,
        fixed_issues,
        replaces,
        kb_mentions,
        removal_update,
        known_issues,
        section_keys
    );
    None
}
