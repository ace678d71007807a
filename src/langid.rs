//! Language identification that knows KB text: vocabulary evidence first (the
//! headings found in the text, per locale), then whatlang on a bounded sample of
//! prose (URLs, KB numbers, hex dumps and code-like lines skipped).

use std::collections::HashMap;
use std::sync::LazyLock;

use crate::model::LanguageInfo;
use crate::segment::Candidate;
use crate::vocab::Vocabulary;

/// The outcome: a tag, how it was decided, and the locales to read facts with.
#[derive(Debug, Clone)]
pub(crate) struct Lang {
    pub(crate) tag: String,
    pub(crate) info: LanguageInfo,
    /// Locale indices to use, most specific first (the language's own, then English).
    pub(crate) locales: Vec<usize>,
}

static ISO639: LazyLock<HashMap<&'static str, &'static str>> = LazyLock::new(|| {
    include_str!("../locales/iso639.tsv")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split_once('\t'))
        .map(|(a, b)| (a.trim(), b.trim()))
        .collect()
});

/// The primary subtag of a BCP 47 tag, if it is a language we know of.
pub(crate) fn primary(tag: &str) -> Option<&'static str> {
    let p = tag.split(['-', '_']).next()?.to_ascii_lowercase();
    ISO639.values().copied().find(|v| *v == p)
}

const SAMPLE_BYTES: usize = 2048;

/// A bounded sample of prose: lines without URLs, mostly letters.
fn sample(text: &str) -> String {
    let mut s = String::new();
    for line in text.lines() {
        if s.len() >= SAMPLE_BYTES {
            break;
        }
        let l = line.trim();
        let letters = l.chars().filter(|c| c.is_alphabetic()).count();
        if letters < 8 || letters * 2 < l.chars().count() {
            continue; // hex dumps, numbers, separators
        }
        for w in l.split_whitespace() {
            if w.contains("://") || w.contains('\\') || w.contains('@') {
                continue;
            }
            let word: String = w.chars().filter(|c| !c.is_ascii_digit()).collect();
            if !word.is_empty() {
                s.push_str(&word);
                s.push(' ');
            }
        }
        s.push('\n');
    }
    s
}

fn statistical(text: &str, vocab: &Vocabulary) -> Option<(String, f64)> {
    let sample = sample(text);
    if sample.trim().is_empty() {
        return None;
    }
    // In text mostly in another script, Latin words are product names and code:
    // leave them out, or whatlang's script vote goes to Latin.
    let latin = sample.chars().filter(char::is_ascii_alphabetic).count();
    let other = sample.chars().filter(|c| c.is_alphabetic() && !c.is_ascii()).count();
    let sample = if other * 10 >= (latin + other) * 3 && other > latin / 4 {
        sample.split_whitespace().filter(|w| !w.is_ascii()).collect::<Vec<_>>().join(" ")
    } else {
        sample
    };
    let info = whatlang::detect(&sample)?;
    let code = info.lang().code();
    let tag = vocab
        .locales
        .iter()
        .find(|l| l.whatlang.iter().any(|w| w == code))
        .map(|l| l.tag.clone())
        .or_else(|| ISO639.get(code).map(|t| t.to_string()))?;
    Some((tag, (info.confidence() * 1000.0).round() / 1000.0))
}

pub(crate) fn identify(text: &str, candidates: &[Candidate], vocab: &Vocabulary, forced: Option<&str>) -> Lang {
    let en = vocab.locale_index("en");
    let with_locales = |tag: String, info: LanguageInfo| {
        let mut locales = Vec::new();
        if let Some(p) = primary(&tag).or(Some(tag.as_str()))
            && let Some(i) = vocab.locale_index(&tag).or_else(|| vocab.locale_index(p))
        {
            locales.push(i);
        }
        if let Some(e) = en
            && !locales.contains(&e)
        {
            locales.push(e);
        }
        Lang { tag, info, locales }
    };
    if let Some(tag) = forced {
        return with_locales(
            tag.to_string(),
            LanguageInfo {
                method: "override".into(),
                confidence: 1.0,
            },
        );
    }
    // Vocabulary evidence: headings with a heading's shape, per locale.
    let mut counts: HashMap<usize, usize> = HashMap::new();
    for c in candidates.iter().filter(|c| c.shaped) {
        *counts.entry(c.locale).or_default() += 1;
    }
    let total: usize = counts.values().sum();
    let best_other = counts
        .iter()
        .filter(|(l, _)| Some(**l) != en)
        .max_by_key(|(l, n)| (**n, std::cmp::Reverse(**l)));
    if let Some((&l, &n)) = best_other
        && n >= 2
    {
        let tag = vocab.locales.get(l).map_or_else(|| "und".to_string(), |x| x.tag.clone());
        let confidence = ((n as f64 / total.max(1) as f64).min(1.0) * 1000.0).round() / 1000.0;
        return with_locales(
            tag,
            LanguageInfo {
                method: "vocabulary".into(),
                confidence,
            },
        );
    }
    // English headings alone, several of them: English (translations keep a few
    // English headings, but then their own show up too).
    let en_count = en.and_then(|e| counts.get(&e).copied()).unwrap_or(0);
    if en_count >= 3 && best_other.is_none() {
        return with_locales(
            "en".into(),
            LanguageInfo {
                method: "vocabulary".into(),
                confidence: 0.9,
            },
        );
    }
    if let Some((tag, confidence)) = statistical(text, vocab) {
        return with_locales(
            tag,
            LanguageInfo {
                method: "statistical".into(),
                confidence,
            },
        );
    }
    if let Some(e) = en
        && counts.get(&e).copied().unwrap_or(0) > 0
    {
        return with_locales(
            "en".into(),
            LanguageInfo {
                method: "vocabulary".into(),
                confidence: 0.5,
            },
        );
    }
    with_locales(
        "und".into(),
        LanguageInfo {
            method: "none".into(),
            confidence: 0.0,
        },
    )
}
