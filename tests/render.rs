//! Rendering: every locale has every message, renders without falling back,
//! plural forms follow each locale's rules, bidi isolation is switchable, and
//! the renderings of our own full fixture match reviewed golden files.
//!
//! Goldens live in `tests/render_golden/` and are made from our own fixture
//! (`tests/fixtures/en_rollup_full.txt`), not from a third-party seed.
//! `KBNORM_BLESS=1 cargo test --test render` rewrites them; read every changed
//! file before committing it.

mod common;

use common::{fixture, fixtures_dir, shared_corpus_dir, txt_files_under};
use kbnorm::{Article, Format, KbRef, Kind, Normalizer, Product, RenderOptions, Span};

#[test]
fn every_locale_has_every_message() {
    let n = Normalizer::new();
    for tag in n.locales() {
        let missing = n.missing_messages(&tag).expect("a loaded locale");
        assert!(missing.is_empty(), "{tag} lacks messages English has: {missing:?}");
    }
}

/// Seeds when `../shared` is there, and our own fixtures always.
fn articles() -> Vec<(String, Article)> {
    let mut files = txt_files_under(&fixtures_dir());
    let seeds = shared_corpus_dir().join("seeds");
    if seeds.is_dir() {
        files.extend(txt_files_under(&seeds));
    } else {
        eprintln!("../shared/corpus/seeds not found: rendering checked on our fixtures only (fresh clone outside CI)");
    }
    files
        .into_iter()
        .map(|f| {
            let bytes = std::fs::read(&f).expect("readable");
            (f.display().to_string(), kbnorm::parse_bytes(&bytes))
        })
        .collect()
}

#[test]
fn every_locale_renders_every_article_without_fallback() {
    let n = Normalizer::new();
    let articles = articles();
    for tag in n.locales() {
        for (name, a) in &articles {
            for format in [Format::Text, Format::Markdown] {
                let r = n.render(a, &tag, RenderOptions::new().format(format)).expect("a loaded locale");
                assert!(r.diagnostics.is_empty(), "{name} in {tag} ({format:?}): {:?}", r.diagnostics);
                assert!(
                    !r.text.contains("{$") && !r.text.contains("{ $"),
                    "{name} in {tag}: a placeholder leaked"
                );
            }
            let s = n.summary(a, &tag, RenderOptions::new()).expect("a loaded locale");
            assert!(s.diagnostics.is_empty(), "{name} summary in {tag}: {:?}", s.diagnostics);
            assert!(!s.text.is_empty(), "{name} summary in {tag} is empty");
        }
    }
}

#[test]
fn unknown_locale_is_an_error() {
    let a = kbnorm::parse("Description of Update Rollup 2 for Exchange 2007\nSUMMARYText.");
    let e = kbnorm::render(&a, "xx-Nowhere", Format::Text).expect_err("not a loaded locale");
    assert!(matches!(e, kbnorm::Error::UnknownLocale(_)), "{e:?}");
    assert!(kbnorm::summary(&a, "tlh").is_err());
}

/// A locale with a message missing falls back to English and says so.
#[test]
fn a_missing_message_falls_back_to_english_with_a_diagnostic() {
    let src = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/locales/sv/kb.ftl")).expect("sv kb.ftl");
    let render = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/locales/sv/render.ftl")).expect("sv render.ftl");
    // sv without its summary-fixes message.
    let cut: String = {
        let mut out = String::new();
        let mut skipping = false;
        for line in render.lines() {
            if line.starts_with("summary-fixes") {
                skipping = true;
                continue;
            }
            if skipping && (line.starts_with(' ') || line.is_empty()) {
                continue;
            }
            skipping = false;
            out.push_str(line);
            out.push('\n');
        }
        out
    };
    let n = Normalizer::builder()
        .add_locale("sv", &format!("{src}\n{cut}"))
        .build()
        .expect("builds");
    let a = article_with_fixes(3);
    let s = n.summary(&a, "sv", RenderOptions::new()).expect("sv is loaded");
    assert!(s.text.contains("It fixes 3 issues."), "{}", s.text);
    assert_eq!(s.diagnostics.len(), 1, "{:?}", s.diagnostics);
    assert_eq!(s.diagnostics[0].code, "render-fallback");
    assert!(s.diagnostics[0].message.contains("summary-fixes"));
}

fn article_with_fixes(count: u32) -> Article {
    let mut a = Article::empty();
    a.kb_id = Some(953469);
    a.language = "en".into();
    a.kind = Kind::UpdateRollup;
    a.rollup = Some(7);
    a.product = Some(Product {
        name: "Exchange Server 2007".into(),
        service_pack: Some(1),
    });
    a.fixed_issues = (0..count)
        .map(|i| KbRef {
            kb: 950000 + i,
            title: None,
            span: Span::new(0, 0),
        })
        .collect();
    a
}

/// The summary sentence about fixed issues, in `locale`, for `count` issues.
fn fixes_sentence(locale: &str, count: u32) -> String {
    let s = kbnorm::summary(&article_with_fixes(count), locale).expect("loaded");
    assert!(s.diagnostics.is_empty(), "{:?}", s.diagnostics);
    s.text
}

#[test]
fn plural_forms_follow_each_locales_rules() {
    // English: one / other.
    assert!(fixes_sentence("en", 1).contains("It fixes one issue."));
    assert!(fixes_sentence("en", 6).contains("It fixes 6 issues."));
    // Polish: one / few (2–4, 22–24…) / many (5–21, 25…).
    assert!(fixes_sentence("pl", 1).contains("Rozwiązuje jeden problem."));
    assert!(fixes_sentence("pl", 3).contains("Rozwiązuje 3 problemy."));
    assert!(fixes_sentence("pl", 5).contains("Rozwiązuje 5 problemów."));
    assert!(fixes_sentence("pl", 12).contains("Rozwiązuje 12 problemów."));
    assert!(fixes_sentence("pl", 22).contains("Rozwiązuje 22 problemy."));
    // Russian: one (1, 21…) / few (2–4, 22–24…) / many (5–20, 25…).
    assert!(fixes_sentence("ru", 21).contains("Устраняет 21 проблему."));
    assert!(fixes_sentence("ru", 3).contains("Устраняет 3 проблемы."));
    assert!(fixes_sentence("ru", 11).contains("Устраняет 11 проблем."));
    // Czech: one / few (2–4) / other (5+).
    let cs5 = fixes_sentence("cs", 5);
    let cs3 = fixes_sentence("cs", 3);
    assert_ne!(
        cs3.replace('3', "#"),
        cs5.replace('5', "#"),
        "cs 3 and 5 must use different forms: {cs3} / {cs5}"
    );
    // Arabic: two has its own form.
    assert!(fixes_sentence("ar", 2).contains("مشكلتين"));
}

#[test]
fn dates_use_the_locales_own_form() {
    let mut a = article_with_fixes(1);
    a.release_date = kbnorm::Date::new(2008, 7, 8);
    let s = |l: &str| kbnorm::summary(&a, l).expect("loaded").text;
    assert!(s("en").contains("July 8, 2008"), "{}", s("en"));
    assert!(s("de").contains("8. Juli 2008"), "{}", s("de"));
    assert!(s("ja").contains("2008年7月8日"), "{}", s("ja"));
    assert!(s("sv").contains("8 juli 2008"), "{}", s("sv"));
}

#[test]
fn isolation_marks_are_off_by_default_and_switchable() {
    let n = Normalizer::new();
    let a = n.parse(&fixture("en_rollup_full"));
    let plain = n.render(&a, "ar", RenderOptions::new()).expect("ar");
    assert!(!plain.text.contains(['\u{2068}', '\u{2069}']), "no isolation marks by default");
    let isolated = n.render(&a, "ar", RenderOptions::new().isolate(true)).expect("ar");
    assert!(isolated.text.contains('\u{2068}') && isolated.text.contains('\u{2069}'));
    // The parser reads the isolated rendering just as well.
    let b = n.parse(&isolated.text);
    assert_eq!(b.language, "ar");
    assert_eq!(b.kb_id, a.kb_id);
    assert_eq!(b.rollup, a.rollup);
    assert_eq!(b.release_date, a.release_date);
}

#[test]
fn free_text_is_marked_with_its_language() {
    let n = Normalizer::new();
    let a = n.parse(&fixture("en_rollup_full"));
    let de = n.render(&a, "de", RenderOptions::new()).expect("de");
    assert!(de.text.contains("Originaltext (English):"));
    let md = n.render(&a, "de", RenderOptions::new().format(Format::Markdown)).expect("de");
    assert!(md.text.contains("<div lang=\"en\">"));
    // Read back, the marked paragraphs carry their declared language.
    let b = n.parse(&de.text);
    let langs: Vec<Option<&str>> = b
        .sections
        .iter()
        .flat_map(|s| s.blocks.iter().map(|x| x.language.as_deref()))
        .collect();
    assert!(langs.contains(&Some("en")), "{langs:?}");
    // In its own language nothing is marked.
    let en = n.render(&a, "en", RenderOptions::new()).expect("en");
    assert!(!en.text.contains("Original text ("));
}

fn golden(name: &str, actual: &str) {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/render_golden")
        .join(name);
    let mut actual = actual.to_string();
    actual.push('\n');
    if std::env::var("KBNORM_BLESS").is_ok_and(|v| v == "1") {
        std::fs::create_dir_all(path.parent().expect("a parent")).expect("mkdir");
        std::fs::write(&path, &actual).expect("write golden");
        eprintln!("blessed {} — now read it", path.display());
        return;
    }
    let expected = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}; bless with KBNORM_BLESS=1 and read it", path.display()));
    if expected != actual {
        let first = expected.lines().zip(actual.lines()).position(|(x, y)| x != y);
        panic!(
            "{name} differs from its golden at line {:?}\n--- expected\n{expected}\n--- actual\n{actual}",
            first.map(|i| i + 1)
        );
    }
}

#[test]
fn goldens_of_our_full_fixture() {
    let n = Normalizer::new();
    let a = n.parse(&fixture("en_rollup_full"));
    for l in ["en", "sv", "de", "ja", "ar"] {
        let r = n.render(&a, l, RenderOptions::new()).expect("loaded");
        golden(&format!("en_rollup_full.{l}.txt"), &r.text);
        let s = n.summary(&a, l, RenderOptions::new()).expect("loaded");
        golden(&format!("en_rollup_full.{l}.summary.txt"), &s.text);
    }
    let md = n.render(&a, "sv", RenderOptions::new().format(Format::Markdown)).expect("sv");
    golden("en_rollup_full.sv.md", &md.text);
}
