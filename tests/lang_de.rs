//! German locale (`locales/de/kb.ftl`): a hand-written German rollup article
//! (`tests/fixtures/lang/de_rollup.txt`, invented KB numbers) with the quirks of
//! German KB pages: headings glued to their text ("ZusammenfassungMicrosoft hat"),
//! German page chrome ("SPRACHE AUSWÄHLEN SPRACHE AUSWÄHLEN", "Alles erweitern |
//! Alles schließen", "Auf dieser Seite", "(in englischer Sprache)"), dates with a
//! weekday ("Dienstag, 14. Oktober 2008") and with a day dot ("9. Oktober 2008"),
//! the "Hinweise zum Update Rollup N für …" title pattern, an article-ID line and
//! an "entfernen Sie dann das Update NNN" sentence.
//! Every expected value below was checked by hand against the fixture.

use kbnorm::{Article, Kind, Normalizer, RestartKind};

const TEXT: &str = include_str!("fixtures/lang/de_rollup.txt");

fn check(a: &Article) {
    assert_eq!(a.language.split('-').next(), Some("de"), "language: {}", a.language);
    assert_eq!(a.kb_id, Some(953901));
    assert_eq!(
        a.title.as_deref(),
        Some("Hinweise zum Update Rollup 4 für Exchange Server 2007 Service Pack 1")
    );
    assert_eq!(a.kind, Kind::UpdateRollup);
    let product = a.product.as_ref().expect("a product");
    assert_eq!(product.name, "Exchange Server 2007");
    assert_eq!(product.service_pack, Some(1));
    assert_eq!(a.rollup, Some(4));
    assert_eq!(a.release_date.map(|d| d.to_string()).as_deref(), Some("2008-10-09"));
    assert_eq!(a.last_review.map(|d| d.to_string()).as_deref(), Some("2008-10-14"));
    assert_eq!(a.revision.as_deref(), Some("2.0"));
    assert_eq!(a.removal.as_ref().and_then(|r| r.update_id), Some(953901));
    assert_eq!(a.restart.as_ref().map(|r| r.kind), Some(RestartKind::ServicesRestarted));
    let fixed: Vec<u32> = a.fixed_issues.iter().map(|r| r.kb).collect();
    assert_eq!(fixed, [953402, 953517]);
    let replaces: Vec<u32> = a.replaces.iter().map(|r| r.kb).collect();
    assert_eq!(replaces, [951870]);
    let mentions: Vec<u32> = a.kb_mentions.iter().map(|r| r.kb).collect();
    assert_eq!(mentions, [953402, 953517, 951870, 824684]);
    assert_eq!(a.known_issues.len(), 2);
    let keys: Vec<&str> = a.sections.iter().map(|s| s.key.as_str()).collect();
    assert_eq!(
        keys,
        [
            "preamble",
            "summary",
            "introduction",
            "issues_fixed",
            "more_information",
            "update_rollup_information",
            "prerequisites",
            "restart_requirement",
            "removal_information",
            "update_replacement",
            "known_issues",
            "known_issue",
            "known_issue",
            "references",
            "properties",
        ]
    );
    // German chrome is gone from every section, and no text is lost.
    for s in &a.sections {
        for chrome in [
            "SPRACHE AUSWÄHLEN",
            "Alles erweitern",
            "Auf dieser Seite",
            "in englischer Sprache",
            "Zurück zum Anfang",
        ] {
            assert!(!s.text.contains(chrome), "{chrome:?} left in section {}", s.key);
        }
    }
    assert!(a.unaccounted(TEXT).is_empty(), "unaccounted: {:?}", a.unaccounted(TEXT));
}

/// With every embedded locale, as the library parses by default.
#[test]
fn de_rollup_with_the_embedded_locales() {
    check(&kbnorm::parse(TEXT));
}

/// With only the German and English locales: the German file alone carries the facts.
#[test]
fn de_rollup_with_german_and_english_only() {
    let n = Normalizer::builder()
        .without_embedded_locales()
        .add_locale("en", include_str!("../locales/en/kb.ftl"))
        .add_locale("de", include_str!("../locales/de/kb.ftl"))
        .build()
        .unwrap();
    check(&n.parse(TEXT));
}
