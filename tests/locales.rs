//! Every embedded locale covers every canonical section key, and its unverified
//! entries are reported (printed with `cargo test --test locales -- --nocapture`).

#[test]
fn every_locale_covers_every_canonical_key() {
    let n = kbnorm::Normalizer::new();
    let locales = n.locales();
    assert!(locales.len() >= 24, "expected the 24 KB languages, have {locales:?}");
    let mut gaps = Vec::new();
    for tag in &locales {
        let missing = n.missing_section_keys(tag).unwrap();
        if !missing.is_empty() {
            gaps.push(format!("{tag}: {missing:?}"));
        }
        let unverified = n.unverified_entries(tag).unwrap();
        eprintln!(
            "{tag}: {} unverified entries{}",
            unverified.len(),
            unverified.first().map(|u| format!(", e.g. {u}")).unwrap_or_default()
        );
    }
    assert!(
        gaps.is_empty(),
        "locales without a heading for some canonical keys:\n{}",
        gaps.join("\n")
    );
}

#[test]
fn the_issue_languages_are_all_there() {
    let n = kbnorm::Normalizer::new();
    let have = n.locales();
    for tag in [
        "en", "sv", "de", "fr", "es", "it", "nl", "da", "nb", "fi", "pt-BR", "pt-PT", "pl", "cs", "hu", "ru", "tr", "el", "ja", "zh-Hans",
        "zh-Hant", "ko", "ar", "he",
    ] {
        assert!(have.iter().any(|t| t.eq_ignore_ascii_case(tag)), "no locale {tag}; have {have:?}");
    }
}
