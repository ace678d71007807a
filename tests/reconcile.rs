//! Reconciliation: a faithful translation (a rendering) has no critical or major
//! finding; each kind of tampering is caught exactly once with the right check;
//! the real pair (seed KB 935490 against our partial Swedish translation) gives
//! the findings listed in `real_pair_935490`.

mod common;

use common::{fixture, fixtures_dir, shared_corpus_dir, txt_files_under};
use kbnorm::{FindingSeverity, Normalizer, RenderOptions, Report};

fn serious(r: &Report) -> Vec<String> {
    r.at_least(FindingSeverity::Major)
        .map(|f| format!("{} {} {:?} → {:?}", f.check, f.location, f.original, f.translation))
        .collect()
}

#[test]
fn faithful_renderings_have_no_serious_finding() {
    let n = Normalizer::new();
    let mut files = vec![fixtures_dir().join("en_rollup_full.txt")];
    let seeds = shared_corpus_dir().join("seeds");
    if seeds.is_dir() {
        files.extend(txt_files_under(&seeds));
    } else {
        eprintln!("../shared/corpus/seeds not found: checked on our fixture only (fresh clone outside CI)");
    }
    for f in files {
        let original = n.parse_bytes(&std::fs::read(&f).expect("readable"));
        for l in ["sv", "de", "fr", "ja"] {
            let text = n.render(&original, l, RenderOptions::new()).expect("loaded").text;
            let translation = n.parse(&text);
            let report = n.reconcile(&original, &translation);
            assert!(serious(&report).is_empty(), "{} → {l}: {:#?}", f.display(), serious(&report));
        }
    }
}

/// The sv rendering of our full fixture, edited by `tamper`, reconciled with the
/// fixture: the check fires exactly once, and nothing else serious appears.
fn caught_once(check: &str, tamper: impl Fn(&str) -> String) {
    let n = Normalizer::new();
    let original = n.parse(&fixture("en_rollup_full"));
    let faithful = n.render(&original, "sv", RenderOptions::new()).expect("sv").text;
    let tampered = tamper(&faithful);
    assert_ne!(tampered, faithful, "the tampering changed nothing");
    let report = n.reconcile(&original, &n.parse(&tampered));
    let hits: Vec<_> = report.findings.iter().filter(|f| f.check == check).collect();
    assert_eq!(hits.len(), 1, "{check}: {:#?}", report.findings);
    let others: Vec<String> = serious(&report).into_iter().filter(|s| !s.starts_with(check)).collect();
    assert!(others.is_empty(), "{check}: other serious findings {others:#?}");
}

/// The text without its first line containing `needle`.
fn drop_line(text: &str, needle: &str) -> String {
    let mut done = false;
    text.lines()
        .filter(|l| {
            let hit = !done && l.contains(needle);
            done |= hit;
            !hit
        })
        .map(|l| format!("{l}\n"))
        .collect()
}

#[test]
fn a_removed_fixed_issue_is_caught() {
    caught_once("fixed_issues.missing", |t| drop_line(t, "951210"));
}

#[test]
fn a_changed_replaced_update_is_caught() {
    caught_once("replaces.changed", |t| t.replace("945684", "945685"));
}

#[test]
fn a_shifted_release_date_is_caught() {
    caught_once("dates.release_date", |t| {
        t.replace("Utgivningsdatum: 8 juli 2008", "Utgivningsdatum: 9 juli 2008")
    });
}

#[test]
fn a_dropped_known_issues_section_is_caught() {
    caught_once("sections.missing", |t| {
        let (Some(a), Some(b)) = (t.find("\nKända problem\n"), t.find("\nReferenser\n")) else {
            panic!("the sv rendering has Kända problem and Referenser: {t}")
        };
        format!("{}{}", &t[..a], &t[b..])
    });
}

#[test]
fn a_paragraph_left_in_english_is_caught() {
    // Drop the marker before the one-line cause of issue 1: that paragraph is
    // English with no declaration.
    caught_once("untranslated.block", |t| {
        let cause = "Setup tries to check the certificate revocation list";
        let at = t.find(cause).expect("the cause paragraph");
        let marker = t[..at].rfind("Ursprunglig text (English):\n").expect("its marker");
        format!("{}{}", &t[..marker], &t[marker + "Ursprunglig text (English):\n".len()..])
    });
}

#[test]
fn a_changed_error_code_is_caught() {
    caught_once("numbers.changed", |t| t.replace("0x80070643", "0x80070642"));
}

#[test]
fn an_older_last_review_is_caught() {
    caught_once("staleness.last_review", |t| {
        t.replace("Senaste granskning: 12 juli 2008", "Senaste granskning: 12 juli 2007")
    });
}

#[test]
fn a_title_with_another_rollup_number_is_caught() {
    let n = Normalizer::new();
    let original = n.parse(&fixture("en_rollup_full"));
    let text = n.render(&original, "de", RenderOptions::new()).expect("de").text;
    let report = n.reconcile(&original, &n.parse(&text.replacen("Update Rollup 4", "Update Rollup 5", 1)));
    let checks: Vec<&str> = report.findings.iter().map(|f| f.check.as_str()).collect();
    assert!(checks.contains(&"title.mismatch"), "{checks:?}");
    assert!(checks.contains(&"identity.rollup"), "{checks:?}");
}

#[test]
fn report_formats() {
    let n = Normalizer::new();
    let original = n.parse(&fixture("en_rollup_full"));
    let text = n.render(&original, "sv", RenderOptions::new()).expect("sv").text;
    let report = n.reconcile(&original, &n.parse(&drop_line(&text, "951210")));
    let tsv = report.to_tsv();
    assert!(tsv.starts_with("check\tseverity\tlocation\t"));
    assert!(
        tsv.lines()
            .any(|l| l.starts_with("fixed_issues.missing\tcritical\tfixed_issues\t951210\t")),
        "{tsv}"
    );
    let json = serde_json::to_string(&report).expect("serializes");
    let back: Report = serde_json::from_str(&json).expect("deserializes");
    assert_eq!(back, report);
    let sv = n.report_text(&report, "en").expect("en");
    assert!(sv.text.contains("A fixed issue is missing"), "{}", sv.text);
    assert!(sv.diagnostics.is_empty());
}

/// Our own partial Swedish translation of the seed KB 935490 (its summary,
/// restart and removal sections, and the first known issue), written for this
/// test; the findings are the ones documented in the closing note.
#[test]
fn real_pair_935490() {
    let seed = shared_corpus_dir().join("seeds").join("000_7b57ab7028f319f4.txt");
    let Ok(bytes) = std::fs::read(&seed) else {
        eprintln!("{} not found: real pair skipped (fresh clone outside CI)", seed.display());
        return;
    };
    let n = Normalizer::new();
    let original = n.parse_bytes(&bytes);
    let translation = n.parse(&fixture("reconcile/sv_935490_part"));
    assert_eq!(translation.language, "sv");
    let report = n.reconcile(&original, &translation);
    let checks: Vec<(&str, &str)> = report.findings.iter().map(|f| (f.check.as_str(), f.location.as_str())).collect();
    eprintln!("{}", report.to_tsv());
    // Same article and rollup; what the partial translation lacks is reported.
    assert!(!checks.iter().any(|(c, _)| c.starts_with("identity.")), "{checks:?}");
    assert!(checks.contains(&("sections.missing", "known_issues/known_issue[2]")), "{checks:?}");
    assert!(checks.contains(&("sections.missing", "owa_customization")), "{checks:?}");
    assert!(
        checks.contains(&("untranslated.block", "known_issues/known_issue/workaround")),
        "{checks:?}"
    );
    assert!(checks.contains(&("security_bulletins.missing", "security_bulletins")), "{checks:?}");
}

#[test]
fn every_locale_words_the_report_without_fallback() {
    let n = Normalizer::new();
    let original = n.parse(&fixture("en_rollup_full"));
    let text = n.render(&original, "de", RenderOptions::new()).expect("de").text;
    let report = n.reconcile(&original, &n.parse(&drop_line(&text, "951210").replace("945684", "945685")));
    assert!(report.findings.len() >= 3, "{:#?}", report.findings);
    for l in n.locales() {
        let r = n.report_text(&report, &l).expect("loaded");
        assert!(r.diagnostics.is_empty(), "{l}: {:?}", r.diagnostics);
        assert_eq!(r.text.lines().count(), 2 + 2 * report.findings.len(), "{l}: {}", r.text);
    }
}
