//! Simplified Chinese locale (`locales/zh-Hans/kb.ftl`): a hand-written zh-CN rollup
//! article (`tests/fixtures/lang/zh-Hans_rollup.txt`, invented KB numbers) with the
//! quirks of Chinese KB pages: headings glued to their text with no space or case
//! change (`摘要Microsoft 已发布…`, `先决条件安装此…`), page chrome ("全部展开 | 全部折叠",
//! "返回页首", also glued to the end of a line), dates with and without spaces
//! ("2008年10月9日", "2008 年 10 月 14 日"), the "… 更新汇总 N 的说明" title pattern, a
//! 文章编号 line and a "删除更新 NNN" sentence.
//! Every expected value below was checked by hand against the fixture.

use kbnorm::{Article, Kind, Normalizer};

const TEXT: &str = include_str!("fixtures/lang/zh-Hans_rollup.txt");

fn check(a: &Article) {
    assert_eq!(a.language.split('-').next(), Some("zh"), "language: {}", a.language);
    assert_eq!(a.kb_id, Some(953467));
    assert_eq!(a.title.as_deref(), Some("Exchange Server 2007 Service Pack 1 更新汇总 5 的说明"));
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
    // The chrome is gone from every section, and no text is lost.
    for s in &a.sections {
        for chrome in ["全部展开", "返回页首"] {
            assert!(!s.text.contains(chrome), "{chrome:?} left in section {}", s.key);
        }
    }
    assert!(a.unaccounted(TEXT).is_empty(), "unaccounted: {:?}", a.unaccounted(TEXT));
}

/// With every embedded locale, as the library parses by default.
#[test]
fn zh_hans_rollup_with_the_embedded_locales() {
    check(&kbnorm::parse(TEXT));
}

/// With only the Simplified Chinese and English locales.
#[test]
fn zh_hans_rollup_with_simplified_chinese_and_english_only() {
    let n = Normalizer::builder()
        .without_embedded_locales()
        .add_locale("en", include_str!("../locales/en/kb.ftl"))
        .add_locale("zh-Hans", include_str!("../locales/zh-Hans/kb.ftl"))
        .build()
        .unwrap();
    check(&n.parse(TEXT));
}
