//! French locale (`locales/fr/kb.ftl`): a hand-written French rollup article
//! (`tests/fixtures/lang/fr_rollup.txt`, invented KB numbers) with the quirks of
//! French KB pages: headings glued to their text, French page chrome ("Traductions
//! disponibles", "Agrandir tout | Réduire tout", "Sommaire", "Retour au début"),
//! dates with a weekday ("mardi 14 octobre 2008"), the "correctif cumulatif" title
//! pattern, an article-ID line and a "supprimez la mise à jour NNN" sentence.
//! Every expected value below was checked by hand against the fixture.

use kbnorm::{Article, Kind, Normalizer, RestartKind};

const TEXT: &str = include_str!("fixtures/lang/fr_rollup.txt");

fn check(a: &Article) {
    assert_eq!(a.language.split('-').next(), Some("fr"), "language: {}", a.language);
    assert_eq!(a.kb_id, Some(953467));
    assert_eq!(
        a.title.as_deref(),
        Some("Description du correctif cumulatif 5 pour Exchange Server 2007 Service Pack 1")
    );
    assert_eq!(a.kind, Kind::UpdateRollup);
    let product = a.product.as_ref().expect("a product");
    assert_eq!(product.name, "Exchange Server 2007");
    assert_eq!(product.service_pack, Some(1));
    assert_eq!(a.rollup, Some(5));
    assert_eq!(a.release_date.map(|d| d.to_string()).as_deref(), Some("2008-10-09"));
    assert_eq!(a.last_review.map(|d| d.to_string()).as_deref(), Some("2008-10-14"));
    assert_eq!(a.revision.as_deref(), Some("2.1"));
    assert_eq!(a.removal.as_ref().and_then(|r| r.update_id), Some(953467));
    assert_eq!(a.restart.as_ref().map(|r| r.kind), Some(RestartKind::ServicesRestarted));
    let fixed: Vec<u32> = a.fixed_issues.iter().map(|r| r.kb).collect();
    assert_eq!(fixed, [953101, 953288]);
    let replaces: Vec<u32> = a.replaces.iter().map(|r| r.kb).collect();
    assert_eq!(replaces, [951302]);
    let mentions: Vec<u32> = a.kb_mentions.iter().map(|r| r.kb).collect();
    assert_eq!(mentions, [953101, 953288, 951302, 824684]);
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
    // French chrome is gone from every section, and no text is lost.
    for s in &a.sections {
        for chrome in ["Traductions disponibles", "Agrandir tout", "Sommaire", "Retour au début"] {
            assert!(!s.text.contains(chrome), "{chrome:?} left in section {}", s.key);
        }
    }
    assert!(a.unaccounted(TEXT).is_empty(), "unaccounted: {:?}", a.unaccounted(TEXT));
}

/// With every embedded locale, as the library parses by default.
#[test]
fn fr_rollup_with_the_embedded_locales() {
    check(&kbnorm::parse(TEXT));
}

/// With only the French and English locales: the French file alone carries the facts.
#[test]
fn fr_rollup_with_french_and_english_only() {
    let n = Normalizer::builder()
        .without_embedded_locales()
        .add_locale("en", include_str!("../locales/en/kb.ftl"))
        .add_locale("fr", include_str!("../locales/fr/kb.ftl"))
        .build()
        .unwrap();
    check(&n.parse(TEXT));
}
