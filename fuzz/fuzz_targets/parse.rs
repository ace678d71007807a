//! Fuzz the checked parser (`Normalizer::try_parse_bytes`, binary allowed, no
//! limits): it must never panic, every span it reports must lie inside the
//! decoded text on char boundaries, and no byte of the decoded text may be lost
//! (`Article::unaccounted` is empty). The article is then rendered into English
//! and summarized, and the rendering parsed again: none of it may panic.
//!
//! Run from the crate root: `cargo +nightly fuzz run parse` (needs cargo-fuzz).
#![no_main]

use std::sync::LazyLock;

use kbnorm::{Article, Limits, Normalizer, RenderOptions, Span};
use libfuzzer_sys::fuzz_target;

static OPEN: LazyLock<Normalizer> = LazyLock::new(|| {
    Normalizer::builder()
        .limits(Limits::none())
        .allow_binary(true)
        .build()
        .expect("the embedded locales compile")
});

fn spans(a: &Article) -> Vec<(String, Span)> {
    let mut v: Vec<(String, Span)> = Vec::new();
    for (i, s) in a.sections.iter().enumerate() {
        v.push((format!("sections[{i}].span"), s.span));
        v.extend(s.heading_span.map(|h| (format!("sections[{i}].heading_span"), h)));
        v.extend(s.body.iter().map(|b| (format!("sections[{i}].body"), *b)));
    }
    v.extend(
        a.diagnostics
            .iter()
            .filter_map(|d| d.span.map(|s| (format!("diagnostic {}", d.code), s))),
    );
    v.extend(a.field_spans.iter().map(|(k, s)| (format!("field_spans[{k}]"), *s)));
    for (name, refs) in [
        ("fixed_issues", &a.fixed_issues),
        ("replaces", &a.replaces),
        ("kb_mentions", &a.kb_mentions),
    ] {
        v.extend(refs.iter().map(|r| (name.to_string(), r.span)));
    }
    v.extend(a.restart.as_ref().map(|r| ("restart".to_string(), r.span)));
    v.extend(a.removal.as_ref().map(|r| ("removal".to_string(), r.span)));
    v.extend(
        a.known_issues
            .iter()
            .filter_map(|k| k.span.map(|s| ("known_issues".to_string(), s))),
    );
    v
}

fuzz_target!(|data: &[u8]| {
    let decoded = kbnorm::decode(data);
    let text: &str = &decoded.text;
    let article = OPEN.try_parse_bytes(data).expect("no limits, binary allowed: always parses");
    for (label, s) in spans(&article) {
        assert!(s.start <= s.end, "{label}: reversed span {s:?}");
        assert!(s.end <= text.len(), "{label}: span {s:?} past the end ({} bytes)", text.len());
        assert!(
            text.is_char_boundary(s.start) && text.is_char_boundary(s.end),
            "{label}: span {s:?} not on char boundaries"
        );
    }
    let gaps = article.unaccounted(text);
    assert!(gaps.is_empty(), "unaccounted text {gaps:?}");
    let rendered = OPEN.render(&article, "en", RenderOptions::new()).expect("en is loaded");
    let _ = OPEN.parse(&rendered.text);
    let _ = OPEN.summary(&article, "sv", RenderOptions::new()).expect("sv is loaded");
});
