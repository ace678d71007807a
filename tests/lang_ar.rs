//! Arabic locale (`locales/ar/kb.ftl`): a hand-written Arabic rollup article
//! (`tests/fixtures/lang/ar_rollup.txt`, invented KB numbers) with the quirks of
//! Arabic KB pages: the sign-in block of support.microsoft.com topic pages, headings
//! glued to their text (`الملخصأصدرت Microsoft…`, `المتطلبات الأساسيةيجب…`), right-to-left
//! marks before numbers, dates with Arabic month names ("9 أكتوبر 2008"), the
//! "وصف مجموعة التحديثات N لـ …" title pattern, an article-ID line and a
//! "إزالة التحديث NNN" sentence.
//! Every expected value below was checked by hand against the fixture.

use kbnorm::{Article, Kind, Normalizer};

const TEXT: &str = include_str!("fixtures/lang/ar_rollup.txt");

fn check(a: &Article) {
    assert_eq!(a.language.split('-').next(), Some("ar"), "language: {}", a.language);
    assert_eq!(a.kb_id, Some(953467));
    assert_eq!(
        a.title.as_deref(),
        Some("وصف مجموعة التحديثات 5 لـ Exchange Server 2007 Service Pack 1")
    );
    assert_eq!(a.kind, Kind::UpdateRollup);
    let product = a.product.as_ref().expect("a product");
    assert_eq!(product.name, "Exchange Server 2007");
    assert_eq!(product.service_pack, Some(1));
    assert_eq!(a.rollup, Some(5));
    assert_eq!(a.release_date.map(|d| d.to_string()).as_deref(), Some("2008-10-09"));
    assert_eq!(a.last_review.map(|d| d.to_string()).as_deref(), Some("2008-10-14"));
    assert_eq!(a.removal.as_ref().and_then(|r| r.update_id), Some(953467));
    let fixed: Vec<u32> = a.fixed_issues.iter().map(|r| r.kb).collect();
    assert_eq!(fixed, [953101, 953288]);
    let replaces: Vec<u32> = a.replaces.iter().map(|r| r.kb).collect();
    assert_eq!(replaces, [951302]);
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
    // The sign-in block and "back to the top" are gone, and no text is lost.
    for s in &a.sections {
        for chrome in ["تخطي إلى المحتوى الرئيسي", "تسجيل الدخول", "العودة إلى أعلى"] {
            assert!(!s.text.contains(chrome), "{chrome:?} left in section {}", s.key);
        }
    }
    assert!(a.unaccounted(TEXT).is_empty(), "unaccounted: {:?}", a.unaccounted(TEXT));
}

/// With every embedded locale, as the library parses by default.
#[test]
fn ar_rollup_with_the_embedded_locales() {
    check(&kbnorm::parse(TEXT));
}

/// With only the Arabic and English locales: the Arabic file alone carries the facts.
#[test]
fn ar_rollup_with_arabic_and_english_only() {
    let n = Normalizer::builder()
        .without_embedded_locales()
        .add_locale("en", include_str!("../locales/en/kb.ftl"))
        .add_locale("ar", include_str!("../locales/ar/kb.ftl"))
        .build()
        .unwrap();
    check(&n.parse(TEXT));
}
