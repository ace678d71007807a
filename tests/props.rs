//! Property tests: parsing never panics, spans stay inside the text on char
//! boundaries, no text is lost, and the output is deterministic — on arbitrary
//! strings and bytes and on text assembled from KB-ish fragments.

mod common;

use kbnorm::Article;
use proptest::prelude::*;

use common::span_problems;

/// Fragments that exercise the cleaner, the segmenter and the extractors.
const FRAGMENTS: &[&str] = &[
    "SUMMARY",
    "Summary",
    "INTRODUCTION",
    "MORE INFORMATION",
    "More information",
    "Symptoms",
    "SYMPTOMS",
    "Cause",
    "Workaround",
    "Resolution",
    "REFERENCES",
    "APPLIES TO",
    "Keywords:",
    "Prerequisites",
    "Restart requirement",
    "Removal information",
    "Known issues",
    "Issue 1",
    "Issue 2",
    "Issues that the update rollup fixes",
    "Update replacement information",
    "Sammanfattning",
    "INLEDNING",
    "Mer information",
    "Förutsättningar",
    "Krav på omstart",
    "Information om borttagning",
    "Ersättningsinformation",
    "Referenser",
    "Egenskaper",
    "Orsak",
    "Lösning",
    "Lo\u{308}sning",
    "On This Page",
    "Back to the top",
    "Expand all | Collapse all",
    "| Article Translations",
    "Collapse this imageExpand this image",
    "Related Support Centers",
    "Help and Support",
    "Feedback",
    "På den här sidan",
    "Visa alla | Dölj alla",
    "(Länken kan leda till en webbplats som är helt eller delvis på engelska)",
    "| • |",
    "| • | ",
    "| 1. |",
    "|",
    "•",
    "• ",
    "- ",
    "-",
    "\n",
    "\n",
    "\n",
    "\r\n",
    "\r",
    " ",
    " ",
    "\u{a0}",
    "\u{200b}",
    "\u{feff}",
    "\u{301}",
    "\u{308}",
    "e\u{301}",
    "a",
    "The server",
    "the following",
    "When you",
    "This issue occurs",
    ".",
    ":",
    "(",
    ")",
    "0",
    "7",
    "12014",
    "930809",
    "9999999",
    "123456789",
    "KB930809",
    "(KB930809)",
    "Q123456",
    "MS09-003",
    "Event ID: ",
    "Data: 0000: 7b 32 30 30 ",
    "Article ID: ",
    "Article ID:930809",
    "Last Review: ",
    "July 12, 2008",
    "February 29, 2009",
    "10 februari 2009",
    "13 feb. 2009",
    "Revision: 3.0",
    "Release Date: ",
    "Utgivningsdatum: ",
    "Artikel-id: 960384 – senaste granskning 13 feb. 2009 – revision: 1",
    "remove update ",
    "tar bort uppdatering ",
    "Update Rollup 4",
    "Description of Update Rollup 4 for Exchange Server 2007",
    "Samlad uppdatering 7",
    " Service Pack 1",
    "http://support.microsoft.com/kb/951210/",
    "http://www.microsoft.com/downloads/details.aspx?FamilyId=1a2b3c4d-0000-4111-8222-abcdef012345",
    "セキュリティ",
    "مرحبا",
    "\u{1F600}",
];

fn kbish() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(FRAGMENTS), 0..60).prop_map(|v| v.concat())
}

fn check(text: &str) -> Result<(), TestCaseError> {
    let a = kbnorm::parse(text);
    let problems = span_problems(&a, text);
    prop_assert!(problems.is_empty(), "bad spans for {:?}: {:?}", text, problems);
    let gaps = a.unaccounted(text);
    prop_assert!(gaps.is_empty(), "unaccounted {:?} in {:?}", gaps, text);
    Ok(())
}

fn check_bytes(bytes: &[u8]) -> Result<(), TestCaseError> {
    let decoded = kbnorm::decode(bytes);
    let a = kbnorm::parse_bytes(bytes);
    let text: &str = &decoded.text;
    let problems = span_problems(&a, text);
    prop_assert!(problems.is_empty(), "bad spans for {:?}: {:?}", bytes, problems);
    let gaps = a.unaccounted(text);
    prop_assert!(gaps.is_empty(), "unaccounted {:?} in {:?}", gaps, text);
    Ok(())
}

fn encode(text: &str, which: u8) -> Vec<u8> {
    match which {
        0 => text.as_bytes().to_vec(),
        1 => std::iter::once([0xFF, 0xFE])
            .chain(text.encode_utf16().map(u16::to_le_bytes))
            .flatten()
            .collect(),
        2 => std::iter::once([0xFE, 0xFF])
            .chain(text.encode_utf16().map(u16::to_be_bytes))
            .flatten()
            .collect(),
        _ => common::encode_windows_1252(text),
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_strings(text in any::<String>()) {
        check(&text)?;
    }

    #[test]
    fn kbish_strings(text in kbish()) {
        check(&text)?;
    }

    #[test]
    fn arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        check_bytes(&bytes)?;
    }

    #[test]
    fn kbish_bytes_in_every_encoding(text in kbish(), which in 0u8..4) {
        check_bytes(&encode(&text, which))?;
    }

    #[test]
    fn deterministic(text in kbish()) {
        let a = serde_json::to_string(&kbnorm::parse(&text)).unwrap();
        let b = serde_json::to_string(&kbnorm::parse(&text)).unwrap();
        prop_assert_eq!(a, b);
        let n = kbnorm::Normalizer::new();
        let c = serde_json::to_string(&n.parse_bytes(text.as_bytes())).unwrap();
        let d = serde_json::to_string(&n.parse_bytes(text.as_bytes())).unwrap();
        prop_assert_eq!(c, d);
    }

    #[test]
    fn never_panics_on_raw_input(text in kbish(), bytes in prop::collection::vec(any::<u8>(), 0..256)) {
        let a = kbnorm::parse(&text);
        prop_assert!(serde_json::to_string(&a).is_ok());
        let b = kbnorm::parse_bytes(&bytes);
        prop_assert!(serde_json::to_string(&b).is_ok());
    }
}

/// Starts with what the cleaner absorbs: a zero-width space, a BOM, a lone `|` line.
fn absorbed_start() -> impl Strategy<Value = String> {
    (
        prop::sample::select(&["\u{200b}", "\u{feff}", "\u{200e}", "\u{1}", "|\n", " | \r\n", "\u{feff}|\n"][..]),
        kbish(),
    )
        .prop_map(|(lead, rest)| format!("{lead}{rest}"))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    /// Regression: absorbed text at the very start used to collapse the first spans.
    #[test]
    fn absorbed_characters_at_the_start(text in absorbed_start()) {
        check(&text)?;
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 32, ..ProptestConfig::default() })]

    /// Regression: a text made only of dropped characters used to be unaccounted.
    #[test]
    fn only_dropped_characters(text in prop::collection::vec(prop::sample::select(&['\u{200b}', '\u{feff}', '\u{200e}', '\u{1}', '\u{e}'][..]), 1..8).prop_map(|v| v.into_iter().collect::<String>())) {
        let a = kbnorm::parse(&text);
        prop_assert!(a.unaccounted(&text).is_empty(), "{:?}: {:?}", text, a.unaccounted(&text));
    }
}

/// Sentences for article-shaped bodies.
const SENTENCES: &[&str] = &[
    "Microsoft has released Update Rollup 4 for Exchange Server 2007.",
    "This update fixes the issues that are described in KB 951210.",
    "The service stops unexpectedly.",
    "You must restart the computer after you apply this update.",
    "To remove this update, remove update 935490 in Add or Remove Programs.",
    "This issue occurs because of a bug.",
    "Event ID: 1000 Error code 0x80070643",
    "| • | The Microsoft Exchange Information Store service stops.",
    "This update replaces update 930809.",
    "Den här uppdateringen åtgärdar problemet.",
];

const SECTION_HEADINGS: &[&str] = &[
    "SUMMARY",
    "INTRODUCTION",
    "MORE INFORMATION",
    "Symptoms",
    "Cause",
    "Workaround",
    "Resolution",
    "Prerequisites",
    "Restart requirement",
    "Removal information",
    "Update replacement information",
    "Issues that the update rollup fixes",
    "Known issues",
    "REFERENCES",
];

/// An article: a title, an identification line, and sections of one to three
/// sentences, headings on their own lines or glued to their text.
fn article_shaped() -> impl Strategy<Value = String> {
    (
        0u32..8,
        100_000u32..999_999,
        prop::collection::vec(
            (
                prop::sample::select(SECTION_HEADINGS),
                any::<bool>(),
                prop::collection::vec(prop::sample::select(SENTENCES), 1..4),
            ),
            0..8,
        ),
    )
        .prop_map(|(rollup, kb, sections)| {
            let mut s = format!("Description of Update Rollup {rollup} for Exchange Server 2007\nArticle ID: {kb}\n");
            for (h, glued, body) in sections {
                s.push_str(h);
                s.push_str(if glued { "" } else { "\n" });
                s.push_str(&body.join(" "));
                s.push('\n');
            }
            s
        })
}

/// Render into English and parse the rendering.
fn cycle(n: &kbnorm::Normalizer, a: &Article) -> Result<(Article, String), TestCaseError> {
    let r = n.render(a, "en", kbnorm::RenderOptions::new());
    prop_assert!(r.is_ok(), "render failed: {:?}", r.err());
    let rendered = r.map(|r| r.text).unwrap_or_default();
    Ok((n.parse(&rendered), rendered))
}

/// Binary allowed, no limits (built once: building compiles every locale).
static OPEN: std::sync::LazyLock<kbnorm::Normalizer> = std::sync::LazyLock::new(|| {
    kbnorm::Normalizer::builder()
        .limits(kbnorm::Limits::none())
        .allow_binary(true)
        .build()
        .unwrap()
});

/// Parse, render into English, parse again: the facts are those of the first parse.
///
/// Only on article-shaped text: on fragment soup ("Revision: 3.0Workaroundthe
/// following\nSamlad uppdatering 7") a fact read from untranslated prose of
/// another language is rendered as that prose, and not read again in English.
fn idempotent(text: &str) -> Result<(), TestCaseError> {
    let n = kbnorm::Normalizer::new();
    let a = n.parse(text);
    let (b, rendered) = cycle(&n, &a)?;
    let difference = common::first_difference(&common::facts(&a), &common::facts(&b));
    prop_assert!(
        difference.is_none(),
        "{:?}\n-- input:\n{}\n-- rendered:\n{}",
        difference,
        text,
        rendered
    );
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    /// parse → render en → parse gives the same model (its facts and section keys).
    #[test]
    fn parse_render_parse_is_idempotent(text in article_shaped()) {
        idempotent(&text)?;
    }

    /// The checked parser never panics on bytes: it parses them, or refuses them
    /// as binary; with binary allowed and no limits it always parses.
    #[test]
    fn checked_parse_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        match kbnorm::Normalizer::new().try_parse_bytes(&bytes) {
            Ok(a) => prop_assert!(span_problems(&a, &kbnorm::decode(&bytes).text).is_empty()),
            Err(e) => prop_assert_eq!(e.code(), "binary"),
        }
        prop_assert!(OPEN.try_parse_bytes(&bytes).is_ok());
    }
}
