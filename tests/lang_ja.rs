//! Japanese locale (`locales/ja/kb.ftl`): a hand-written Japanese rollup article
//! (`tests/fixtures/lang/ja_rollup.txt`, invented KB numbers) with the quirks of
//! Japanese KB pages: headings glued to their text with no space or case change
//! (`概要マイクロソフトは…`, `前提条件この…`), Japanese page chrome ("文書翻訳 文書翻訳",
//! "すべて展開する | すべて折りたたむ", "目次"), dates with and without spaces
//! ("2008年10月9日", "2008 年 10 月 14 日"), the "… 用の更新プログラムのロールアップ N"
//! title pattern, a 文書番号 line and a "更新プログラム NNN を削除" sentence.
//! Every expected value below was checked by hand against the fixture.

use kbnorm::{Article, Kind, Normalizer};

const TEXT: &str = include_str!("fixtures/lang/ja_rollup.txt");

fn check(a: &Article) {
    assert_eq!(a.language.split('-').next(), Some("ja"), "language: {}", a.language);
    assert_eq!(a.kb_id, Some(953467));
    assert_eq!(
        a.title.as_deref(),
        Some("Exchange Server 2007 Service Pack 1 用の更新プログラムのロールアップ 5 について")
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
    // Japanese chrome is gone from every section, and no text is lost.
    for s in &a.sections {
        for chrome in ["文書翻訳", "すべて展開する", "目次"] {
            assert!(!s.text.contains(chrome), "{chrome:?} left in section {}", s.key);
        }
    }
    assert!(a.unaccounted(TEXT).is_empty(), "unaccounted: {:?}", a.unaccounted(TEXT));
}

/// With every embedded locale, as the library parses by default.
#[test]
fn ja_rollup_with_the_embedded_locales() {
    check(&kbnorm::parse(TEXT));
}

/// With only the Japanese and English locales: the Japanese file alone carries the facts.
#[test]
fn ja_rollup_with_japanese_and_english_only() {
    let n = Normalizer::builder()
        .without_embedded_locales()
        .add_locale("en", include_str!("../locales/en/kb.ftl"))
        .add_locale("ja", include_str!("../locales/ja/kb.ftl"))
        .build()
        .unwrap();
    check(&n.parse(TEXT));
}
