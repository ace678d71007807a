//! Round trip through every locale: for each seed, each of our fixtures and each
//! fully labelled file of `../shared/corpus/dev`, and for every loaded locale L,
//! `parse(render(a, L))` has the same facts as `a` and is read as language L.
//!
//! The shared corpus is read when present (CI has it; `KBNORM_REQUIRE_SHARED=1`
//! makes its absence a failure in `accounting.rs`); without it only our own
//! fixtures are checked, and the test says so.

mod common;

use std::collections::BTreeSet;
use std::path::PathBuf;

use common::{fixtures_dir, shared_corpus_dir, txt_files_under};
use kbnorm::{Article, Format, Normalizer, RenderOptions};

/// The facts the round trip must keep.
#[derive(Debug, PartialEq)]
struct Facts {
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

fn facts(a: &Article) -> Facts {
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
fn first_difference(a: &Facts, b: &Facts) -> Option<String> {
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
