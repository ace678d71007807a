//! All loaded locales together: one Aho-Corasick automaton over every locale's
//! heading and chrome phrases, so the per-article cost does not grow with the
//! number of locales.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};

use crate::error::Error;
use crate::locale::Locale;

/// What a vocabulary phrase is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PhraseKind {
    /// A section heading; the index into [`crate::locale::SECTION_KEYS`].
    Heading(usize),
    /// Chrome removed wherever it occurs.
    Chrome,
    /// Chrome removed only when it is a whole line.
    ChromeLine,
}

#[derive(Debug, Clone, Copy)]
pub(crate) struct Phrase {
    pub(crate) kind: PhraseKind,
    pub(crate) locale: usize,
}

/// The compiled vocabulary of a set of locales.
#[derive(Debug)]
pub(crate) struct Vocabulary {
    pub(crate) locales: Vec<Locale>,
    pub(crate) phrases: Vec<Phrase>,
    /// `None` when no locale has any phrase.
    pub(crate) automaton: Option<AhoCorasick>,
}

/// Case variants of a phrase the ASCII-case-insensitive automaton would miss.
fn case_variants(p: &str) -> Vec<String> {
    let mut v = vec![p.to_string()];
    if !p.is_ascii() {
        let upper = p.to_uppercase();
        let lower = p.to_lowercase();
        let mut title = String::new();
        let mut chars = lower.chars();
        if let Some(f) = chars.next() {
            title.extend(f.to_uppercase());
            title.push_str(chars.as_str());
        }
        for s in [upper, lower, title] {
            if !v.contains(&s) {
                v.push(s);
            }
        }
    }
    v
}

impl Vocabulary {
    pub(crate) fn new(locales: Vec<Locale>) -> Result<Vocabulary, Error> {
        let mut patterns: Vec<String> = Vec::new();
        let mut phrases = Vec::new();
        for (li, l) in locales.iter().enumerate() {
            let mut add = |text: &str, kind: PhraseKind| {
                for v in case_variants(text) {
                    patterns.push(v);
                    phrases.push(Phrase { kind, locale: li });
                }
            };
            for (k, forms) in &l.headings {
                for f in forms {
                    add(f, PhraseKind::Heading(*k));
                }
            }
            for c in &l.chrome {
                add(c, PhraseKind::Chrome);
            }
            for c in &l.chrome_lines {
                add(c, PhraseKind::ChromeLine);
            }
        }
        if patterns.is_empty() {
            return Ok(Vocabulary {
                locales,
                phrases,
                automaton: None,
            });
        }
        let automaton = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .ascii_case_insensitive(true)
            .kind(Some(AhoCorasickKind::DFA))
            .build(&patterns)
            .map_err(|e| Error::LocaleData {
                locale: "*".into(),
                message: format!("vocabulary automaton: {e}"),
            })?;
        Ok(Vocabulary {
            locales,
            phrases,
            automaton: Some(automaton),
        })
    }

    /// A vocabulary with no locale at all.
    pub(crate) fn empty() -> Vocabulary {
        Vocabulary {
            locales: Vec::new(),
            phrases: Vec::new(),
            automaton: None,
        }
    }

    /// Every phrase occurrence in `text` (leftmost-longest, non-overlapping).
    pub(crate) fn find_iter<'a>(&'a self, text: &'a str) -> impl Iterator<Item = (usize, usize, Phrase)> + 'a {
        self.automaton.iter().flat_map(move |ac| {
            ac.find_iter(text)
                .filter_map(move |m| self.phrases.get(m.pattern().as_usize()).map(|p| (m.start(), m.end(), *p)))
        })
    }

    pub(crate) fn locale_index(&self, tag: &str) -> Option<usize> {
        self.locales.iter().position(|l| l.tag.eq_ignore_ascii_case(tag))
    }
}
