//! The public API: thread safety, reuse across threads, options, locale errors,
//! serde round trips and the small helpers of the model.

mod common;

use kbnorm::{Article, Error, Kind, Normalizer, NormalizerBuilder, Section, Span};

use common::{fixture, fixture_bytes, fixture_names};

fn assert_send_sync<T: Send + Sync>() {}

#[test]
fn model_and_normalizer_are_send_and_sync() {
    assert_send_sync::<Article>();
    assert_send_sync::<Section>();
    assert_send_sync::<Normalizer>();
    assert_send_sync::<NormalizerBuilder>();
    assert_send_sync::<Error>();
}

#[test]
fn one_normalizer_shared_by_threads_gives_the_same_results() {
    let n = Normalizer::new();
    let names = fixture_names();
    let expected: Vec<String> = names
        .iter()
        .map(|name| serde_json::to_string(&n.parse_bytes(&fixture_bytes(name))).unwrap())
        .collect();
    // Shared by reference ...
    std::thread::scope(|s| {
        let handles: Vec<_> = (0..4)
            .map(|_| {
                s.spawn(|| {
                    names
                        .iter()
                        .rev()
                        .map(|name| serde_json::to_string(&n.parse_bytes(&fixture_bytes(name))).unwrap())
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        for h in handles {
            let mut got = h.join().expect("no panic in a parsing thread");
            got.reverse();
            assert_eq!(got, expected);
        }
    });
    // ... and as clones moved into threads.
    let handles: Vec<_> = (0..3)
        .map(|i| {
            let n = n.clone();
            let name = names[i % names.len()].clone();
            std::thread::spawn(move || (i, serde_json::to_string(&n.parse_bytes(&fixture_bytes(&name))).unwrap()))
        })
        .collect();
    for h in handles {
        let (i, json) = h.join().unwrap();
        assert_eq!(json, expected[i % names.len()]);
    }
}

#[test]
fn default_normalizer_matches_the_free_functions() {
    let text = fixture("en_rollup_full");
    assert_eq!(Normalizer::default().parse(&text), kbnorm::parse(&text));
    assert_eq!(Normalizer::builder().build().unwrap().parse(&text), kbnorm::parse(&text));
    assert_eq!(Normalizer::new().parse_bytes(text.as_bytes()), kbnorm::parse_bytes(text.as_bytes()));
    let locales = Normalizer::new().locales();
    assert!(
        locales.iter().any(|l| l == "en") && locales.iter().any(|l| l == "sv"),
        "{locales:?}"
    );
}

#[test]
fn language_override() {
    let n = Normalizer::builder().language("sv").build().unwrap();
    let a = n.parse("Orsak\nTjänsten stoppas.");
    assert_eq!(a.language, "sv");
    assert_eq!(a.language_info.method, "override");
    assert_eq!(a.language_info.confidence, 1.0);
    assert_eq!(a.sections[1].key, "cause");

    // Forcing English on a Swedish article: English facts still read, Swedish headings not.
    let text = fixture("sv_rollup_full");
    let auto = kbnorm::parse(&text);
    assert_eq!((auto.language.as_str(), auto.language_info.method.as_str()), ("sv", "vocabulary"));
    let forced = Normalizer::builder().language("en").build().unwrap().parse(&text);
    assert_eq!(forced.language, "en");
    assert_eq!(forced.language_info.method, "override");
    assert!(!forced.sections.iter().any(|s| s.key == "removal_information"));
    assert!(auto.sections.iter().any(|s| s.key == "removal_information"));
}

#[test]
fn unknown_language_override_is_an_error() {
    let e = Normalizer::builder().language("qq").build().unwrap_err();
    assert!(matches!(e, Error::UnknownLocale(ref t) if t == "qq"), "{e:?}");
    let msg = e.to_string();
    assert!(msg.contains("qq"), "{msg}");
}

#[test]
fn broken_fluent_names_the_locale() {
    let e = Normalizer::builder()
        .add_locale("xx-broken", "heading-symptoms = { $kb ")
        .build()
        .unwrap_err();
    assert!(matches!(e, Error::LocaleData { ref locale, .. } if locale == "xx-broken"), "{e:?}");
    let msg = e.to_string();
    assert!(msg.contains("xx-broken"), "{msg}");

    // A well-formed file with an unknown slot is broken too.
    let e = Normalizer::builder()
        .add_locale("yy", "cue-removal = remove { $nope }")
        .build()
        .unwrap_err();
    let msg = e.to_string();
    assert!(msg.contains("yy") && msg.contains("nope"), "{msg}");
}

/// A tiny extra locale (Finnish-like, invented forms), added at run time.
const EXTRA: &str = "
locale-name = Testish
heading-symptoms = Oireet
heading-cause = Syy
chrome = Takaisin alkuun
cue-article-id = Artikkelin tunnus: { $kb }
";

#[test]
fn added_locale_is_used() {
    let n = Normalizer::builder().add_locale("fi", EXTRA).build().unwrap();
    assert!(n.locales().iter().any(|l| l == "fi"));
    let text = "Artikkelin tunnus: 912345\nPalvelu pysähtyy\nOireet\nPalvelu pysähtyy, kun siirrät postilaatikon.\nTakaisin alkuun\nSyy\nVälimuisti on vanhentunut.\n";
    let a = Normalizer::builder()
        .add_locale("fi", EXTRA)
        .language("fi")
        .build()
        .unwrap()
        .parse(text);
    let keys: Vec<&str> = a.sections.iter().map(|s| s.key.as_str()).collect();
    assert_eq!(keys, ["preamble", "symptoms", "cause"]);
    assert_eq!(a.kb_id, Some(912345));
    assert_eq!(a.sections[1].heading_language.as_deref(), Some("fi"));
    assert!(
        a.diagnostics
            .iter()
            .any(|d| d.code == "chrome-removed" && d.span.unwrap().slice(text).starts_with("Takaisin alkuun"))
    );
    assert!(a.unaccounted(text).is_empty());
}

#[test]
fn added_locale_replaces_the_embedded_one_with_the_same_tag() {
    let n = Normalizer::builder().add_locale("en", "heading-cause = Reason\n").build().unwrap();
    let a = n.parse("Title line\nReason\nIt broke.\nCAUSE\nStill part of the reason.\n");
    let keys: Vec<&str> = a.sections.iter().map(|s| s.key.as_str()).collect();
    assert_eq!(keys, ["preamble", "cause"]);
    assert!(a.sections[1].text.contains("CAUSE"));
}

#[test]
fn without_embedded_locales_only_added_ones_count() {
    let n = Normalizer::builder()
        .without_embedded_locales()
        .add_locale("fi", EXTRA)
        .build()
        .unwrap();
    assert_eq!(n.locales(), ["fi"]);
    let a = n.parse("Otsikko\nSYMPTOMS\nThe store stops.\n");
    assert!(!a.sections.iter().any(|s| s.key == "symptoms"));
}

fn round_trip(a: &Article) -> Article {
    let json = serde_json::to_string(a).unwrap();
    serde_json::from_str(&json).unwrap()
}

#[test]
fn serde_round_trip() {
    for name in fixture_names() {
        let a = kbnorm::parse_bytes(&fixture_bytes(&name));
        assert_eq!(round_trip(&a), a, "{name}: serialize → deserialize changed the article");
        // Pretty JSON reads back the same.
        let pretty: Article = serde_json::from_str(&serde_json::to_string_pretty(&a).unwrap()).unwrap();
        assert_eq!(
            serde_json::to_value(&pretty).unwrap()["sections"],
            serde_json::to_value(&a).unwrap()["sections"]
        );
    }
}

/// Regression: serde_json's default float parsing used to change the last bit of
/// some confidences (the crate now enables `float_roundtrip`).
#[test]
fn serde_round_trip_is_exact_for_floats() {
    let mut a = Article::empty();
    a.language_info.confidence = 0.225_277_634_449_937_34;
    assert_eq!(round_trip(&a), a);
}

#[test]
fn json_shape() {
    let a = kbnorm::parse_bytes(&fixture_bytes("en_rollup_full"));
    let v = serde_json::to_value(&a).unwrap();
    assert_eq!(v["schema_version"], kbnorm::SCHEMA_VERSION);
    assert_eq!(v["kind"], "update_rollup");
    assert_eq!(v["last_review"], "2008-07-12");
    assert_eq!(v["product"]["name"], "Exchange Server 2007");
    assert_eq!(v["fixed_issues"][0]["kb"], 951210);
    assert_eq!(v["restart"]["kind"], "services_restarted");
    assert_eq!(v["sections"][1]["key"], "summary");
    assert_eq!(v["diagnostics"][0]["severity"], "info");
    let kinds: Vec<String> = Kind::ALL.iter().map(|k| serde_json::to_string(k).unwrap()).collect();
    assert_eq!(
        kinds,
        [
            "\"update_rollup\"",
            "\"security_bulletin\"",
            "\"security_update\"",
            "\"hotfix\"",
            "\"service_pack\"",
            "\"howto\"",
            "\"other\""
        ]
    );
    // Every section key is one of the canonical keys, `known_issue`, `preamble` or `unrecognized`.
    for s in &a.sections {
        assert!(
            kbnorm::SECTION_KEYS.contains(&s.key.as_str()) || ["known_issue", "preamble", "unrecognized"].contains(&s.key.as_str()),
            "{}",
            s.key
        );
    }
    // A bad date does not deserialize.
    assert!(serde_json::from_str::<kbnorm::Date>("\"2009-02-29\"").is_err());
    assert_eq!(
        serde_json::from_str::<kbnorm::Date>("\"2008-02-29\"").unwrap().to_string(),
        "2008-02-29"
    );
}

#[test]
fn tree_helpers() {
    let a = kbnorm::parse_bytes(&fixture_bytes("en_rollup_full"));
    let (k, _) = a.sections_with_key("known_issues").next().unwrap();
    let sub = a.subtree(k);
    let keys: Vec<&str> = a.sections[sub].iter().map(|s| s.key.as_str()).collect();
    assert_eq!(
        keys,
        [
            "known_issues",
            "known_issue",
            "symptoms",
            "cause",
            "workaround",
            "known_issue",
            "symptoms",
            "resolution"
        ]
    );
    for (i, s) in a.sections.iter().enumerate() {
        if let Some(p) = s.parent {
            assert!(p < i && a.sections[p].level + 1 == s.level, "section {i}: parent {p}");
            assert!(
                a.sections[p].span.start <= s.span.start && s.span.end <= a.sections[p].span.end,
                "section {i} outside its parent"
            );
        } else {
            assert_eq!(s.level, 1);
        }
    }
}

#[test]
fn span_helpers() {
    let s = Span::new(7, 3);
    assert_eq!((s.start, s.end, s.len(), s.is_empty()), (3, 7, 4, false));
    assert_eq!(s.slice("0123456789"), "3456");
    assert_eq!(Span::new(5, 50).slice("short"), "");
    assert_eq!(Span::new(1, 2).slice("é"), "", "not on a char boundary");
    assert!(Span::new(4, 4).is_empty());
}

#[test]
fn decode_reports_how() {
    let d = kbnorm::decode(b"\xEF\xBB\xBFSymptoms");
    assert_eq!((d.text.as_ref(), d.encoding), ("Symptoms", "UTF-8"));
    assert!(d.diagnostics.is_empty());
    let d = kbnorm::decode(b"\xFF\xFEO\x00r\x00s\x00a\x00k\x00");
    assert_eq!((d.text.as_ref(), d.encoding), ("Orsak", "UTF-16LE"));
    assert_eq!(d.diagnostics[0].code, "decoded-utf16");
    let d = kbnorm::decode(b"\xFE\xFF\x00O\x00r\x00s\x00a\x00k");
    assert_eq!((d.text.as_ref(), d.encoding), ("Orsak", "UTF-16BE"));
    let d = kbnorm::decode(b"L\xF6sning \x93quoted\x94");
    assert_eq!((d.text.as_ref(), d.encoding), ("Lösning “quoted”", "windows-1252"));
    assert_eq!(d.diagnostics[0].code, "decoded-windows-1252");
    // An odd UTF-16 tail is replaced, and said so.
    let d = kbnorm::decode(b"\xFF\xFEO\x00r");
    assert!(d.diagnostics.iter().any(|x| x.code == "invalid-sequences"), "{:?}", d.diagnostics);
}

#[test]
fn empty_and_tiny_inputs() {
    for text in ["", "\n", " ", "|", "•", "-", "\r\n\r\n", "SUMMARY", "Article ID: 1"] {
        let a = kbnorm::parse(text);
        assert!(a.unaccounted(text).is_empty(), "{text:?}: {:?}", a.unaccounted(text));
        assert_eq!(a.sections[0].key, "preamble", "{text:?}");
    }
    let a = kbnorm::parse("");
    assert_eq!((a.kb_id, a.title.as_deref(), a.language.as_str()), (None, None, "und"));
    assert!(a.diagnostics.iter().any(|d| d.code == "language-unknown"));
    assert!(kbnorm::parse_bytes(b"").sections.len() == 1);
}
