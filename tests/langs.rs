//! One hand-written rollup article per language (`tests/fixtures/lang/<tag>_rollup.txt`,
//! invented KB numbers), each reproducing that language's KB page quirks, parsed
//! twice: with every embedded locale, and with only its own locale plus English
//! (so that its locale file alone carries the facts). Every expected value was
//! checked by hand against the fixture.
//!
//! - de: headings glued to their text ("ZusammenfassungMicrosoft hat"), chrome
//!   ("SPRACHE AUSWÄHLEN", "Alles erweitern | Alles schließen", "Auf dieser Seite",
//!   "(in englischer Sprache)"), dates with a weekday and a day dot ("Dienstag,
//!   14. Oktober 2008", "9. Oktober 2008"), "Hinweise zum Update Rollup N für …".
//! - fr: glued headings, chrome ("Traductions disponibles", "Agrandir tout |
//!   Réduire tout", "Sommaire", "Retour au début"), "mardi 14 octobre 2008", the
//!   "correctif cumulatif" title.
//! - ja: headings glued with no space or case change (`概要マイクロソフトは…`,
//!   `前提条件この…`), chrome ("文書翻訳 文書翻訳", "すべて展開する | すべて折りたたむ",
//!   "目次"), "2008年10月9日" and "2008 年 10 月 14 日", "… 用の更新プログラムのロールアップ N".
//! - zh-Hans: `摘要Microsoft 已发布…`, `先决条件安装此…`, chrome ("全部展开 | 全部折叠",
//!   "返回页首", also glued to a line end), dates with and without spaces, "… 更新汇总 N 的说明".
//! - ar: the sign-in block of topic pages, glued headings (`الملخصأصدرت Microsoft…`),
//!   right-to-left marks before numbers, "9 أكتوبر 2008", "وصف مجموعة التحديثات N لـ …".

use kbnorm::{Article, Kind, Normalizer, RestartKind};

/// What one fixture must give.
struct Expect {
    tag: &'static str,
    text: &'static str,
    locale: &'static str,
    kb: u32,
    title: &'static str,
    rollup: u32,
    revision: Option<&'static str>,
    restart: Option<RestartKind>,
    fixed: [u32; 2],
    replaces: u32,
    mentions: Option<[u32; 4]>,
    update_rollup_information: bool,
    chrome: &'static [&'static str],
}

fn check(e: &Expect, a: &Article) {
    let primary = e.tag.split('-').next();
    assert_eq!(a.language.split('-').next(), primary, "language: {}", a.language);
    assert_eq!(a.kb_id, Some(e.kb));
    assert_eq!(a.title.as_deref(), Some(e.title));
    assert_eq!(a.kind, Kind::UpdateRollup);
    let product = a.product.as_ref().expect("a product");
    assert_eq!(product.name, "Exchange Server 2007");
    assert_eq!(product.service_pack, Some(1));
    assert_eq!(a.rollup, Some(e.rollup));
    assert_eq!(a.release_date.map(|d| d.to_string()).as_deref(), Some("2008-10-09"));
    assert_eq!(a.last_review.map(|d| d.to_string()).as_deref(), Some("2008-10-14"));
    if let Some(r) = e.revision {
        assert_eq!(a.revision.as_deref(), Some(r));
    }
    assert_eq!(a.removal.as_ref().and_then(|r| r.update_id), Some(e.kb));
    if let Some(k) = e.restart {
        assert_eq!(a.restart.as_ref().map(|r| r.kind), Some(k));
    }
    let fixed: Vec<u32> = a.fixed_issues.iter().map(|r| r.kb).collect();
    assert_eq!(fixed, e.fixed);
    let replaces: Vec<u32> = a.replaces.iter().map(|r| r.kb).collect();
    assert_eq!(replaces, [e.replaces]);
    if let Some(m) = e.mentions {
        let mentions: Vec<u32> = a.kb_mentions.iter().map(|r| r.kb).collect();
        assert_eq!(mentions, m);
    }
    assert_eq!(a.known_issues.len(), 2);
    let keys: Vec<&str> = a.sections.iter().map(|s| s.key.as_str()).collect();
    let mut want = vec!["preamble", "summary", "introduction", "issues_fixed", "more_information"];
    if e.update_rollup_information {
        want.push("update_rollup_information");
    }
    want.extend([
        "prerequisites",
        "restart_requirement",
        "removal_information",
        "update_replacement",
        "known_issues",
        "known_issue",
        "known_issue",
        "references",
        "properties",
    ]);
    assert_eq!(keys, want);
    // The language's chrome is gone from every section, and no text is lost.
    for s in &a.sections {
        for chrome in e.chrome {
            assert!(!s.text.contains(chrome), "{chrome:?} left in section {}", s.key);
        }
    }
    assert!(a.unaccounted(e.text).is_empty(), "unaccounted: {:?}", a.unaccounted(e.text));
}

/// Parse with every embedded locale, then with only the fixture's locale and English.
fn both_ways(e: &Expect) {
    check(e, &kbnorm::parse(e.text));
    let n = Normalizer::builder()
        .without_embedded_locales()
        .add_locale("en", include_str!("../locales/en/kb.ftl"))
        .add_locale(e.tag, e.locale)
        .build()
        .unwrap();
    check(e, &n.parse(e.text));
}

#[test]
fn de_rollup() {
    both_ways(&Expect {
        tag: "de",
        text: include_str!("fixtures/lang/de_rollup.txt"),
        locale: include_str!("../locales/de/kb.ftl"),
        kb: 953901,
        title: "Hinweise zum Update Rollup 4 für Exchange Server 2007 Service Pack 1",
        rollup: 4,
        revision: Some("2.0"),
        restart: Some(RestartKind::ServicesRestarted),
        fixed: [953402, 953517],
        replaces: 951870,
        mentions: Some([953402, 953517, 951870, 824684]),
        update_rollup_information: true,
        chrome: &[
            "SPRACHE AUSWÄHLEN",
            "Alles erweitern",
            "Auf dieser Seite",
            "in englischer Sprache",
            "Zurück zum Anfang",
        ],
    });
}

#[test]
fn fr_rollup() {
    both_ways(&Expect {
        tag: "fr",
        text: include_str!("fixtures/lang/fr_rollup.txt"),
        locale: include_str!("../locales/fr/kb.ftl"),
        kb: 953467,
        title: "Description du correctif cumulatif 5 pour Exchange Server 2007 Service Pack 1",
        rollup: 5,
        revision: Some("2.1"),
        restart: Some(RestartKind::ServicesRestarted),
        fixed: [953101, 953288],
        replaces: 951302,
        mentions: Some([953101, 953288, 951302, 824684]),
        update_rollup_information: false,
        chrome: &["Traductions disponibles", "Agrandir tout", "Sommaire", "Retour au début"],
    });
}

#[test]
fn ja_rollup() {
    both_ways(&Expect {
        tag: "ja",
        text: include_str!("fixtures/lang/ja_rollup.txt"),
        locale: include_str!("../locales/ja/kb.ftl"),
        kb: 953467,
        title: "Exchange Server 2007 Service Pack 1 用の更新プログラムのロールアップ 5 について",
        rollup: 5,
        revision: None,
        restart: None,
        fixed: [953101, 953288],
        replaces: 951302,
        mentions: None,
        update_rollup_information: false,
        chrome: &["文書翻訳", "すべて展開する", "目次"],
    });
}

#[test]
fn zh_hans_rollup() {
    both_ways(&Expect {
        tag: "zh-Hans",
        text: include_str!("fixtures/lang/zh-Hans_rollup.txt"),
        locale: include_str!("../locales/zh-Hans/kb.ftl"),
        kb: 953467,
        title: "Exchange Server 2007 Service Pack 1 更新汇总 5 的说明",
        rollup: 5,
        revision: None,
        restart: None,
        fixed: [953101, 953288],
        replaces: 951302,
        mentions: None,
        update_rollup_information: false,
        chrome: &["全部展开", "返回页首"],
    });
}

#[test]
fn ar_rollup() {
    both_ways(&Expect {
        tag: "ar",
        text: include_str!("fixtures/lang/ar_rollup.txt"),
        locale: include_str!("../locales/ar/kb.ftl"),
        kb: 953467,
        title: "وصف مجموعة التحديثات 5 لـ Exchange Server 2007 Service Pack 1",
        rollup: 5,
        revision: None,
        restart: None,
        fixed: [953101, 953288],
        replaces: 951302,
        mentions: None,
        update_rollup_information: false,
        chrome: &["تخطي إلى المحتوى الرئيسي", "تسجيل الدخول", "العودة إلى أعلى"],
    });
}
