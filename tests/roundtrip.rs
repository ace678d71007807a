//! Round trip through every locale: for each seed, each of our fixtures and each
//! fully labelled file of `../shared/corpus/dev`, and for every loaded locale L,
//! `parse(render(a, L))` has the same facts as `a` and is read as language L.
//!
//! The shared corpus is read when present (CI has it; `KBNORM_REQUIRE_SHARED=1`
//! makes its absence a failure in `accounting.rs`); without it only our own
//! fixtures are checked, and the test says so.

mod common;

use std::path::PathBuf;

use common::{facts, first_difference, fixtures_dir, shared_corpus_dir, txt_files_under};
use kbnorm::{Format, Normalizer, RenderOptions};

/// Seeds, fixtures and fully labelled dev files (a label with more than `language`).
fn inputs() -> Vec<(String, String)> {
    let mut files: Vec<PathBuf> = txt_files_under(&fixtures_dir());
    let corpus = shared_corpus_dir();
    if corpus.is_dir() {
        files.extend(txt_files_under(&corpus.join("seeds")));
        for f in txt_files_under(&corpus.join("dev")) {
            let label = std::fs::read_to_string(f.with_extension("expected.json")).unwrap_or_default();
            let fields: serde_json::Map<String, serde_json::Value> = serde_json::from_str(&label).unwrap_or_default();
            if fields.keys().any(|k| k != "language" && !k.starts_with('_')) {
                files.push(f);
            }
        }
    } else {
        eprintln!("../shared/corpus not found: round trip checked on our fixtures only (fresh clone outside CI)");
    }
    files
        .into_iter()
        .filter_map(|f| {
            let bytes = std::fs::read(&f).ok()?;
            Some((f.display().to_string(), kbnorm::decode(&bytes).text.into_owned()))
        })
        .collect()
}

#[test]
fn parse_render_parse_keeps_the_facts_in_every_locale() {
    let n = Normalizer::new();
    let locales = n.locales();
    assert_eq!(locales.len(), 24, "{locales:?}");
    let inputs = inputs();
    let mut failures = Vec::new();
    let mut checked = 0;
    for (name, text) in &inputs {
        let a = n.parse(text);
        let fa = facts(&a);
        for l in &locales {
            checked += 1;
            let r = match n.render(&a, l, RenderOptions::new().format(Format::Text)) {
                Ok(r) => r,
                Err(e) => {
                    failures.push(format!("{name} → {l}: {e}"));
                    continue;
                }
            };
            let b = n.parse(&r.text);
            if let Some(d) = first_difference(&fa, &facts(&b)) {
                failures.push(format!("{name} → {l}: {d}"));
            } else if !b.language.eq_ignore_ascii_case(l) {
                failures.push(format!("{name} → {l}: read back as {} ({:?})", b.language, b.language_info));
            }
        }
    }
    // Counts per locale and per field, then the first failures.
    let mut by: std::collections::BTreeMap<String, usize> = std::collections::BTreeMap::new();
    for f in &failures {
        if let Some((_, rest)) = f.split_once(" → ") {
            let locale = rest.split(':').next().unwrap_or_default();
            let field = rest.split(": ").nth(1).unwrap_or_default().split(':').next().unwrap_or_default();
            *by.entry(format!("locale {locale}")).or_default() += 1;
            *by.entry(format!("field {}", field.split(' ').next().unwrap_or_default()))
                .or_default() += 1;
        }
    }
    let limit = std::env::var("KBNORM_SHOW").ok().and_then(|v| v.parse().ok()).unwrap_or(40);
    assert!(
        failures.is_empty(),
        "{} of {checked} round trips ({} articles × {} locales) lost facts:\n{by:#?}\n{}",
        failures.len(),
        inputs.len(),
        locales.len(),
        failures.iter().take(limit).map(String::as_str).collect::<Vec<_>>().join("\n")
    );
}
