//! One test per layout quirk of scraped KB text, each asserting the few facts
//! that quirk is about, so a failure names the quirk. The texts are the fixtures
//! under `tests/fixtures` (written for this suite) or short inline snippets.
//!
//! Tests marked `#[ignore = "bug: …"]` state the correct behaviour for a parser
//! bug that is not fixed yet; run them with `cargo test -- --ignored`. Tests
//! named after a wrong behaviour (`…_is_not_a_heading`, `…_keeps_spans`) were
//! such bugs once and stay as regression tests.

mod common;

use kbnorm::{Article, Kind, RestartKind, Section};

use common::{assert_invariants, encode_windows_1252, fixture, fixture_bytes};

fn parsed(name: &str) -> (String, Article) {
    let text = fixture(name);
    let a = kbnorm::parse_bytes(&fixture_bytes(name));
    assert_invariants(&a, &text, name);
    (text, a)
}

fn keys(a: &Article) -> Vec<&str> {
    a.sections.iter().map(|s| s.key.as_str()).collect()
}

fn section<'a>(a: &'a Article, key: &str) -> &'a Section {
    a.sections
        .iter()
        .find(|s| s.key == key)
        .unwrap_or_else(|| panic!("no `{key}` section; sections are {:?}", keys(a)))
}

fn heading_src<'a>(s: &Section, text: &'a str) -> &'a str {
    s.heading_span.expect("a heading span").slice(text)
}

fn kbs(refs: &[kbnorm::KbRef]) -> Vec<u32> {
    refs.iter().map(|r| r.kb).collect()
}

fn chrome_removed<'a>(a: &Article, text: &'a str) -> Vec<&'a str> {
    a.diagnostics
        .iter()
        .filter(|d| d.code == "chrome-removed")
        .map(|d| d.span.expect("chrome diagnostics carry a span").slice(text).trim_end())
        .collect()
}

fn date(a: Option<kbnorm::Date>) -> Option<String> {
    a.map(|d| d.to_string())
}

// ---------------------------------------------------------------- glued headings

#[test]
fn heading_glued_to_following_sentence() {
    // "PrerequisitesThe following list contains …"
    let (text, a) = parsed("en_rollup_full");
    let s = section(&a, "prerequisites");
    assert_eq!(s.heading.as_deref(), Some("Prerequisites"));
    assert_eq!(heading_src(s, &text), "Prerequisites");
    assert!(s.text.starts_with("The following list contains the prerequisites"), "{:?}", s.text);
    assert_eq!(a.sections[s.parent.unwrap()].key, "more_information");
}

#[test]
fn issue_number_glued_to_symptoms_glued_to_text() {
    // "Issue 2SymptomsWhen you start …"
    let (text, a) = parsed("en_rollup_full");
    let items: Vec<(usize, &Section)> = a.sections_with_key("known_issue").collect();
    assert_eq!(items.len(), 2);
    let (i2, issue2) = items[1];
    assert_eq!(issue2.heading.as_deref(), Some("Issue 2"));
    assert_eq!(heading_src(issue2, &text), "Issue 2");
    let child = &a.sections[i2 + 1];
    assert_eq!((child.key.as_str(), child.parent), ("symptoms", Some(i2)));
    assert!(child.text.starts_with("When you start the Microsoft Exchange Transport service"));
    assert_eq!(a.known_issues.len(), 2);
    let k = &a.known_issues[1];
    assert!(k.symptoms.as_deref().unwrap().starts_with("When you start"));
    assert_eq!(
        k.resolution.as_deref(),
        Some("Run the Enable-ExchangeCertificate cmdlet again for the SMTP service.")
    );
    assert_eq!((k.cause.as_deref(), k.workaround.as_deref()), (None, None));
}

#[test]
fn title_glued_to_on_this_page() {
    // "Description of Update Rollup 4 for Exchange Server 2007On This Page"
    let (text, a) = parsed("en_rollup_full");
    assert_eq!(a.title.as_deref(), Some("Description of Update Rollup 4 for Exchange Server 2007"));
    assert_eq!(
        a.field_spans["title"].slice(&text),
        "Description of Update Rollup 4 for Exchange Server 2007"
    );
    assert_eq!(chrome_removed(&a, &text)[0], "On This Page");
    assert_eq!((a.kind, a.rollup), (Kind::UpdateRollup, Some(4)));
    let p = a.product.as_ref().unwrap();
    assert_eq!((p.name.as_str(), p.service_pack), ("Exchange Server 2007", None));
}

#[test]
fn on_this_page_glued_to_summary_glued_to_text() {
    // "On This PageSUMMARYMicrosoft has released …"
    let (text, a) = parsed("en_kb_from_removal");
    let s = section(&a, "summary");
    assert_eq!(heading_src(s, &text), "SUMMARY");
    assert!(s.text.starts_with("Microsoft has released Update Rollup 6"));
    assert_eq!(chrome_removed(&a, &text)[0], "On This Page");
    assert_eq!(
        a.sections[0].text,
        "Description of Update Rollup 6 for Exchange Server 2007 Service Pack 1"
    );
}

#[test]
fn all_caps_heading_followed_by_space() {
    // "REFERENCES For more information …"
    let (text, a) = parsed("en_rollup_full");
    let s = section(&a, "references");
    assert_eq!(heading_src(s, &text), "REFERENCES");
    assert_eq!(s.level, 1);
    assert!(s.text.starts_with("For more information about the terms"), "{:?}", s.text);
    assert!(kbs(&a.kb_mentions).contains(&824684));
}

#[test]
fn caps_heading_glued_to_heading_glued_to_text() {
    // "INTRODUCTIONIssues that the update rollup fixesUpdate Rollup 4 …"
    let (text, a) = parsed("en_rollup_full");
    let intro = section(&a, "introduction");
    assert_eq!(heading_src(intro, &text), "INTRODUCTION");
    let fixed = section(&a, "issues_fixed");
    assert_eq!(heading_src(fixed, &text), "Issues that the update rollup fixes");
    assert!(fixed.text.starts_with("Update Rollup 4 for Exchange Server 2007 fixes"));
    assert_eq!(kbs(&a.fixed_issues), [951210, 951322, 950877]);
}

#[test]
fn hard_wrapped_fragment_is_not_a_heading() {
    // "Update Rollup 1 for Exchange Server 2007" alone on a line, continued in lower case.
    let (_, a) = parsed("en_wrapped_fragment");
    assert!(!a.sections.iter().any(|s| s.key == "unrecognized"), "{:?}", keys(&a));
    assert!(
        !a.sections
            .iter()
            .any(|s| s.heading.as_deref().is_some_and(|h| h.contains("Update Rollup 1"))),
        "{:?}",
        a.sections.iter().map(|s| &s.heading).collect::<Vec<_>>()
    );
    let s = section(&a, "update_rollup_information");
    assert!(
        s.text
            .contains("Update Rollup 1 for Exchange Server 2007 has been replaced by this update rollup."),
        "{:?}",
        s.text
    );
    assert!(
        s.text
            .contains("Update Rollup 1 for Exchange Server 2007 before you install Update Rollup 2."),
        "{:?}",
        s.text
    );
    assert_eq!(a.rollup, Some(2));
}

#[test]
fn wrapped_fragment_between_blank_lines_is_not_a_heading() {
    let text = "Fix for the console\nMORE INFORMATION\nThe model is described below. Note that\n\nUpdate Rollup 1 for Exchange Server 2007\n\nhas been replaced by a later update rollup.\n";
    let a = kbnorm::parse(text);
    assert_eq!(keys(&a), ["preamble", "more_information"]);
}

#[test]
fn chained_heading_at_end_of_line() {
    let text = "Description of Update Rollup 2 for Exchange Server 2007\nMORE INFORMATIONUpdate rollup information\nUpdate Rollup 2 has been replaced.\n";
    let a = kbnorm::parse(text);
    assert_eq!(keys(&a), ["preamble", "more_information", "update_rollup_information"]);
}

#[test]
fn keywords_heading_with_words_on_the_same_line() {
    let (_, a) = parsed("en_rollup_full");
    assert_eq!(a.keywords, ["kbexpertiseinter", "kbfix", "kbqfe", "kbupdaterollup", "KB952580"]);
    assert!(!kbs(&a.kb_mentions).contains(&952580), "the article's own number is no mention");
}

// ---------------------------------------------------------------- bullets and tables

#[test]
fn table_bullets_with_closing_pipe_on_next_line() {
    let (_, a) = parsed("en_rollup_full");
    let summary = section(&a, "summary");
    assert!(!summary.text.contains('|'), "{:?}", summary.text);
    assert!(
        summary
            .text
            .contains("\n• The issues that the update rollup fixes\n• How to obtain the update rollup\n"),
        "{:?}",
        summary.text
    );
    let fixed = &a.fixed_issues;
    assert_eq!(
        fixed[0].title.as_deref(),
        Some("The Information Store service stops when you move a large mailbox")
    );
    assert_eq!(
        fixed[2].title.as_deref(),
        Some("Outlook Web Access shows a blank page for some public folders")
    );
}

#[test]
fn numbered_table_rows() {
    // "| 1. | 950200 Description of …|", and "| 1. | Download …" with its closing pipe on the next line
    let (text, a) = parsed("en_numbered_rows");
    assert_eq!(kbs(&a.replaces), [950200, 951100]);
    assert_eq!(a.replaces[0].span.slice(&text), "950200");
    assert_eq!(
        a.replaces[1].title.as_deref(),
        Some("Description of Update Rollup 4 for Exchange Server 2007 Service Pack 1")
    );
    for (key, rows) in [("update_replacement", 2), ("download_information", 3)] {
        let s = section(&a, key);
        assert!(!s.text.contains('|'), "{key}: {:?}", s.text);
        let numbered: Vec<&str> = s.text.lines().skip(1).map(str::trim_start).collect();
        assert_eq!(numbered.len(), rows, "{key}: {:?}", s.text);
        for (i, l) in numbered.iter().enumerate() {
            assert!(l.starts_with(&format!("{}.", i + 1)), "{key}: {l:?}");
        }
    }
    assert!(
        section(&a, "download_information")
            .text
            .contains("Download the update rollup package to the server.\n")
    );
}

#[test]
fn numbered_table_rows_are_cleaned_to_number_dot_space() {
    let a = kbnorm::parse("Fix title\nRESOLUTION\nInstall these:\n| 1. | 945684 Rollup 2 |\n| 2. | 949758 Rollup 3 |\n");
    assert_eq!(
        section(&a, "resolution").text,
        "Install these:\n1. 945684 Rollup 2\n2. 949758 Rollup 3"
    );
}

#[test]
fn dash_bullets_and_a_lone_dash_line() {
    // "- The .NET Framework …" and "-\nWindows PowerShell …"
    let (_, a) = parsed("en_rollup_full");
    assert_eq!(
        a.prerequisites,
        [
            "The .NET Framework 2.0 must be installed on the server.",
            "Windows PowerShell 1.0 must be installed on the server."
        ]
    );
    let (_, sv) = parsed("sv_rollup_full");
    assert_eq!(sv.prerequisites, ["Exchange Server 2007 Service Pack 1", "Windows PowerShell 1.0"]);
}

#[test]
fn bullet_character_items() {
    let (_, a) = parsed("en_rollup_full");
    assert_eq!(
        a.applies_to,
        [
            "Microsoft Exchange Server 2007 Standard Edition",
            "Microsoft Exchange Server 2007 Enterprise Edition"
        ]
    );
}

// ---------------------------------------------------------------- page chrome

#[test]
fn page_chrome_is_removed_and_recorded() {
    let (text, a) = parsed("en_chrome");
    assert_eq!(
        chrome_removed(&a, &text),
        [
            "Help and Support",
            "| Article Translations\n|",
            "Expand all | Collapse all",
            "On This Page",
            "Back to the top",
            "Collapse this imageExpand this image",
            "Back to the top",
            "Related Support Centers",
            "Help and Support",
            "Feedback",
        ]
    );
    for s in &a.sections {
        for phrase in [
            "On This Page",
            "Back to the top",
            "Expand all",
            "Article Translations",
            "Collapse this image",
            "Related Support",
            "Feedback",
        ] {
            assert!(!s.text.contains(phrase), "{phrase:?} left in {}: {:?}", s.key, s.text);
        }
        assert!(!s.text.lines().any(|l| l.trim() == "|"), "lone pipe left in {}", s.key);
    }
    assert_eq!(keys(&a), ["preamble", "symptoms", "cause", "resolution"]);
    assert_eq!(
        a.title.as_deref(),
        Some("You cannot open a shared calendar in Outlook Web Access after you move the mailbox")
    );
}

#[test]
fn help_and_support_is_chrome_only_alone_on_a_line() {
    let (_, a) = parsed("en_chrome");
    assert!(
        section(&a, "symptoms")
            .text
            .contains("see Help and Support Center at the top of the page.")
    );
}

#[test]
fn swedish_link_note_is_chrome() {
    let (text, a) = parsed("sv_rollup_full");
    let notes: Vec<&str> = chrome_removed(&a, &text).into_iter().filter(|c| c.contains("Länken")).collect();
    assert_eq!(notes.len(), 3);
    assert!(
        notes
            .iter()
            .all(|n| n.trim() == "(Länken kan leda till en webbplats som är helt eller delvis på engelska)")
    );
    assert_eq!(
        a.fixed_issues[0].title.as_deref(),
        Some("Det går inte att öppna en delad kalender i Outlook Web Access")
    );
    assert!(a.sections.iter().all(|s| !s.text.contains("Länken")));
}

#[test]
fn heading_colon_after_removed_chrome_stays_outside_it() {
    let text = "Title\nINTRODUCTION On This Page:\nText here.";
    let a = kbnorm::parse(text);
    assert!(a.unaccounted(text).is_empty(), "{:?}", a.unaccounted(text));
    assert!(!section(&a, "introduction").heading.as_deref().unwrap().contains(" :"));
}

// ---------------------------------------------------------------- numbers and dates

#[test]
fn hex_dump_inside_symptoms() {
    let (_, a) = parsed("en_hexdump_header_lines");
    let s = section(&a, "symptoms");
    assert!(
        s.text.contains("0000: 7b 32 30 30 31 7d 00 00   {2001}..\n0008: 4f 4b"),
        "{:?}",
        s.text
    );
    assert!(s.text.ends_with("until it logs on again."));
    assert_eq!(kbs(&a.kb_mentions), [929487], "no KB numbers from hex dumps or event IDs");
    assert_eq!(keys(&a), ["preamble", "symptoms", "cause", "resolution", "workaround", "status"]);
}

#[test]
fn header_facts_on_separate_lines() {
    // "Article ID:930809" / "Last Review:January 18, 2008" / "Revision:3.0"
    let (text, a) = parsed("en_hexdump_header_lines");
    assert_eq!(a.kb_id, Some(930809));
    assert_eq!(date(a.last_review).as_deref(), Some("2008-01-18"));
    assert_eq!(a.revision.as_deref(), Some("3.0"));
    assert_eq!(a.field_spans["kb_id"].slice(&text), "930809");
    assert_eq!(a.field_spans["last_review"].slice(&text), "January 18, 2008");
    assert_eq!(a.field_spans["revision"].slice(&text), "3.0");
    assert_eq!(
        a.title.as_deref(),
        Some("The Information Store service logs event 9646 when a client opens many attachments")
    );
}

#[test]
fn english_dates() {
    let (text, a) = parsed("en_rollup_full");
    assert_eq!(date(a.last_review).as_deref(), Some("2008-07-12"));
    assert_eq!(a.field_spans["last_review"].slice(&text), "July 12, 2008");
    assert_eq!(date(a.release_date).as_deref(), Some("2008-07-08"));
    assert_eq!(a.field_spans["release_date"].slice(&text), "July 8, 2008");
}

#[test]
fn swedish_dates_and_header() {
    // "Artikel-id: 960384 – senaste granskning 13 feb. 2009 – revision: 1", "Utgivningsdatum: 10 februari 2009"
    let (text, a) = parsed("sv_rollup_full");
    assert_eq!(a.kb_id, Some(960384));
    assert_eq!(date(a.last_review).as_deref(), Some("2009-02-13"));
    assert_eq!(a.field_spans["last_review"].slice(&text), "13 feb. 2009");
    assert_eq!(date(a.release_date).as_deref(), Some("2009-02-10"));
    assert_eq!(a.field_spans["release_date"].slice(&text), "10 februari 2009");
    assert_eq!(a.revision.as_deref(), Some("1"));
}

#[test]
fn own_number_only_in_remove_update() {
    let (text, a) = parsed("en_kb_from_removal");
    assert_eq!(a.kb_id, Some(959241));
    assert_eq!(a.field_spans["kb_id"].slice(&text), "959241");
    assert_eq!(a.removal.as_ref().and_then(|r| r.update_id), Some(959241));
    assert_eq!(kbs(&a.kb_mentions), [937052]);
}

#[test]
fn own_number_named_after_the_rollup() {
    // "Update Rollup 1 for Exchange Server 2007 (KB930809)"
    let (text, a) = parsed("en_self_naming");
    assert_eq!(a.kb_id, Some(930809));
    assert_eq!(a.field_spans["kb_id"].slice(&text), "930809");
    assert!(!kbs(&a.kb_mentions).contains(&930809));
}

#[test]
fn event_ids_are_not_kb_mentions() {
    let (_, a) = parsed("en_self_naming");
    assert_eq!(kbs(&a.kb_mentions), [951210]);
    let (_, full) = parsed("en_rollup_full");
    assert!(!kbs(&full.kb_mentions).contains(&12014));
}

#[test]
fn security_bulletins_restart_and_download() {
    let (_, a) = parsed("en_rollup_full");
    assert_eq!(a.security_bulletins, ["MS08-039"]);
    assert_eq!(a.restart.as_ref().map(|r| r.kind), Some(RestartKind::ServicesRestarted));
    assert_eq!(a.download.family_ids, ["1A2B3C4D-0000-4111-8222-ABCDEF012345"]);
}

#[test]
fn swedish_full_article() {
    let (_, a) = parsed("sv_rollup_full");
    assert_eq!(a.language, "sv");
    assert_eq!(
        keys(&a),
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
            "references",
            "properties"
        ]
    );
    assert_eq!((a.kind, a.rollup), (Kind::UpdateRollup, Some(7)));
    let p = a.product.as_ref().unwrap();
    assert_eq!((p.name.as_str(), p.service_pack), ("Exchange Server 2007", Some(1)));
    assert_eq!(kbs(&a.fixed_issues), [961124, 961587]);
    assert_eq!(kbs(&a.replaces), [958412]);
    assert_eq!(a.removal.as_ref().and_then(|r| r.update_id), Some(960384));
    assert_eq!(a.restart.as_ref().map(|r| r.kind), Some(RestartKind::ServicesRestarted));
}

// ---------------------------------------------------------------- characters and encodings

#[test]
fn crlf_nbsp_and_zero_width_spaces() {
    let (text, a) = parsed("en_crlf_nbsp_zwsp");
    assert!(text.contains("\r\n") && text.contains('\u{a0}') && text.contains('\u{200b}'));
    assert_eq!(a.kb_id, Some(948016));
    assert_eq!(date(a.last_review).as_deref(), Some("2008-03-04"));
    assert_eq!(
        a.title.as_deref(),
        Some("The Microsoft Exchange Transport service stops when a message has a long subject line")
    );
    assert_eq!(keys(&a), ["preamble", "symptoms", "cause", "resolution", "applies_to"]);
    let s = section(&a, "symptoms");
    // A dropped zero-width space belongs to the character before it: here the heading.
    assert_eq!(heading_src(s, &text), "SYMPTOMS\u{200b}");
    assert!(
        s.text
            .starts_with("When a message has a subject line that is longer than 255 characters")
    );
    assert_eq!(
        section(&a, "cause").text,
        "This issue occurs because the categorizer does not check the length of the subject."
    );
    for s in &a.sections {
        assert!(!s.text.contains(['\r', '\u{a0}', '\u{200b}']), "{}: {:?}", s.key, s.text);
    }
    // The same article with LF line endings and plain spaces gives the same facts.
    let plain = text.replace("\r\n", "\n").replace('\u{a0}', " ").replace('\u{200b}', "");
    let b = kbnorm::parse(&plain);
    assert_eq!(
        (b.kb_id, &b.title, b.last_review, keys(&b)),
        (a.kb_id, &a.title, a.last_review, keys(&a))
    );
    assert_eq!(
        b.sections.iter().map(|s| &s.text).collect::<Vec<_>>(),
        a.sections.iter().map(|s| &s.text).collect::<Vec<_>>()
    );
}

#[test]
fn decomposed_unicode_is_normalized() {
    let (text, a) = parsed("sv_nfd");
    assert!(text.contains("o\u{308}"), "the fixture is decomposed");
    assert_eq!(a.language, "sv");
    assert_eq!(keys(&a), ["preamble", "symptoms", "cause", "resolution", "more_information"]);
    let s = section(&a, "resolution");
    assert_eq!(s.heading.as_deref(), Some("Lösning"));
    assert_eq!(heading_src(s, &text), "Lo\u{308}sning", "spans point at the decomposed source");
    assert_eq!(
        a.title.as_deref(),
        Some("Det går inte att öppna bilagor i Outlook Web Access efter en uppdatering")
    );
    assert_eq!(date(a.last_review).as_deref(), Some("2009-02-10"));
}

#[test]
fn utf16_with_bom() {
    for name in ["sv_utf16le_bom", "en_utf16be_bom"] {
        let bytes = fixture_bytes(name);
        let (text, a) = parsed(name);
        assert!(a.diagnostics.iter().any(|d| d.code == "decoded-utf16"), "{name}");
        let mut b = kbnorm::parse(&text);
        b.diagnostics.insert(0, a.diagnostics[0].clone());
        assert_eq!(a, b, "{name}: bytes and decoded text give different articles");
        assert!(bytes.len() > 2 * text.chars().count());
    }
    let (text, sv) = parsed("sv_utf16le_bom");
    assert_eq!((sv.kb_id, sv.language.as_str()), (Some(959100), "sv"));
    assert_eq!(sv.field_spans["kb_id"].slice(&text), "959100");
    let (_, en) = parsed("en_utf16be_bom");
    assert_eq!(
        (en.kb_id, en.rollup, date(en.release_date).as_deref()),
        (Some(949870), Some(3), Some("2008-07-12"))
    );
}

#[test]
fn windows_1252_bytes() {
    let (text, a) = parsed("en_windows1252");
    assert!(a.diagnostics.iter().any(|d| d.code == "decoded-windows-1252"));
    assert_eq!(
        a.title.as_deref(),
        Some("The “Send As” permission is lost after you move a mailbox – Exchange Server 2007")
    );
    assert!(section(&a, "symptoms").text.contains("José Müller"));
    assert_eq!(
        section(&a, "cause").text,
        "The move operation does not copy the permission entries:\n• Send As\n• Receive As"
    );
    assert_eq!(kbs(&a.kb_mentions), [953468]);
    // Encoding the decoded text again gives the same bytes, and the same article.
    assert_eq!(encode_windows_1252(&text), fixture_bytes("en_windows1252"));
}

#[test]
fn utf8_bom_is_dropped_by_parse_bytes() {
    let text = fixture("en_kb_from_removal");
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend_from_slice(text.as_bytes());
    assert_eq!(kbnorm::parse_bytes(&bytes), kbnorm::parse(&text));
}

#[test]
fn leading_zero_width_character_keeps_spans() {
    for lead in ["\u{feff}", "\u{200b}"] {
        let text = format!("{lead}Description of Update Rollup 4 for Exchange Server 2007\nSUMMARYMicrosoft has released it.");
        let a = kbnorm::parse(&text);
        assert!(a.unaccounted(&text).is_empty(), "{lead:?}: {:?}", a.unaccounted(&text));
        assert_eq!(heading_src(section(&a, "summary"), &text), "SUMMARY");
        assert!(a.field_spans["title"].slice(&text).ends_with("Exchange Server 2007"));
    }
}

#[test]
fn text_of_only_dropped_characters_is_accounted_for() {
    for text in ["\u{200b}", "\u{e}", "\u{feff}\u{200b}"] {
        let a = kbnorm::parse(text);
        assert!(a.unaccounted(text).is_empty(), "{text:?}: {:?}", a.unaccounted(text));
    }
    let a = kbnorm::parse_bytes(b"\x0e");
    assert!(a.unaccounted("\u{e}").is_empty(), "{:?}", a.unaccounted("\u{e}"));
}

#[test]
fn leading_lone_pipe_line_keeps_spans() {
    let text = "|\nSUMMARYText here.";
    let a = kbnorm::parse(text);
    assert!(a.unaccounted(text).is_empty(), "{:?}", a.unaccounted(text));
    assert_eq!(heading_src(section(&a, "summary"), text), "SUMMARY");
}

#[test]
fn issue_number_does_not_run_across_removed_chrome() {
    let text = "Known issuesIssue 1On This Page0SUMMARY";
    let a = kbnorm::parse(text);
    assert!(a.unaccounted(text).is_empty(), "{:?}", a.unaccounted(text));
    assert_eq!(section(&a, "known_issue").heading.as_deref(), Some("Issue 1"));
}

/// Found by the fuzzer: a short line standing alone between blank lines became
/// an `unrecognized` heading whose span covered chrome removed from its middle.
#[test]
fn stand_alone_line_with_chrome_inside() {
    let text = "Description of the console update\nSUMMARY\nThe console changes.\n\nFigure 1Collapse this imageExpand this image The new console\n\nThe figure shows the console.\n";
    let a = kbnorm::parse(text);
    assert!(a.unaccounted(text).is_empty(), "{:?}", a.unaccounted(text));
}
