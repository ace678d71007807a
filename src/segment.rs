//! Stage 3, **segment**: find the headings and build the section tree.
//!
//! Headings come from the locale vocabularies (one automaton scan). A match is a
//! heading only when its *shape* says so, which is what tells "PrerequisitesThe
//! following list" (a heading glued to its text) from "the \"Known issues\"
//! section" (prose):
//! - it is a whole line (a trailing `:` allowed) and starts upper case; or
//! - it is glued to the next word: its last letter is lower case (or a digit) and
//!   the next character upper case (`SymptomsWhen`, `Issue 2Symptoms`); or
//! - it is written in capitals and followed by a space, an end of line or a
//!   capitalised word (`SUMMARYMicrosoft`, `REFERENCES For more`); or
//! - it ends a line right after a sentence (`…contains.Issues that the update rollup fixes`);
//!
//! and its left edge is a line start, a non-letter, a lower-case letter or digit
//! (glued after text: `environmentSYMPTOMS`), or the end of the previous heading.
//! A line that starts with a bullet is never a heading.
//!
//! The tree: top-level keys (`summary`, `more_information`, `symptoms`, …) start
//! a level-1 section; the others (`prerequisites`, `known_issues`, …) nest under
//! the current top-level one; inside `known_issues`, "Issue N" items and the
//! symptoms/cause/workaround/resolution parts nest further. A short stand-alone
//! line between blank lines, after the first heading, is kept as an
//! `unrecognized` heading.

use crate::clean::Cleaned;
use crate::langid::Lang;
use crate::locale::SECTION_KEYS;
use crate::vocab::{PhraseKind, Phrases, Vocabulary};

/// What a candidate heading would be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum CandKey {
    Section(usize),
    IssueItem,
    Unrecognized,
}

/// A vocabulary match in the cleaned text.
#[derive(Debug, Clone)]
pub(crate) struct Candidate {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) key: CandKey,
    pub(crate) locale: usize,
    /// Whether it has a heading's shape (see the module docs).
    pub(crate) shaped: bool,
}

const TOP: [&str; 12] = [
    "summary",
    "introduction",
    "symptoms",
    "cause",
    "resolution",
    "workaround",
    "status",
    "more_information",
    "references",
    "applies_to",
    "keywords",
    "properties",
];
const PARTS: [&str; 4] = ["symptoms", "cause", "workaround", "resolution"];

fn prev_char(t: &str, i: usize) -> Option<char> {
    t.get(..i).and_then(|s| s.chars().next_back())
}
fn next_char(t: &str, i: usize) -> Option<char> {
    t.get(i..).and_then(|s| s.chars().next())
}

/// How far the shape test looks along the line on each side of a match (bytes):
/// a heading's context is short, and a bound keeps the scan linear on a text
/// that is one long line of heading words ("CauseCauseCause…").
const SHAPE_CONTEXT: usize = 256;

/// The text before `s` and after `e` on the same line, each at most
/// [`SHAPE_CONTEXT`] bytes; the flags say whether the line goes on beyond them.
fn line_context(t: &str, s: usize, e: usize) -> (&str, bool, &str, bool) {
    let ws = t.ceil_char_boundary(s.saturating_sub(SHAPE_CONTEXT));
    let window = t.get(ws..s).unwrap_or("");
    let (before, before_cut) = match memchr::memrchr(b'\n', window.as_bytes()) {
        Some(i) => (window.get(i + 1..).unwrap_or(""), false),
        None => (window, ws > 0),
    };
    let we = t.floor_char_boundary(e.saturating_add(SHAPE_CONTEXT));
    let window = t.get(e..we).unwrap_or("");
    let (after, after_cut) = match memchr::memchr(b'\n', window.as_bytes()) {
        Some(i) => (window.get(..i).unwrap_or(""), false),
        None => (window, we < t.len()),
    };
    (before, before_cut, after, after_cut)
}

/// The shape test of the module docs. `chained` means a heading ends exactly at `s`.
/// `cut` means chrome was removed right after the match: it ends there as at a line end.
/// `continuation`: characters that, right after a heading in a script without
/// spaces, show the words are prose (the locales' `heading-continuation`).
fn shaped(t: &str, s: usize, e: usize, chained: bool, cut: bool, continuation: &[char]) -> bool {
    let Some(m) = t.get(s..e) else { return false };
    let Some(first) = m.chars().next() else { return false };
    let Some(last) = m.chars().next_back() else { return false };
    if first.is_lowercase() {
        return false;
    }
    let (before, before_cut, after, after_cut) = line_context(t, s, e);
    let (after, after_cut) = if cut { ("", false) } else { (after, after_cut) };
    if !before_cut && before.trim_start().starts_with('•') {
        return false;
    }
    let line_start = !before_cut && before.trim().is_empty();
    // A line that goes on beyond the window is not empty after the match.
    let after_t = if after_cut { "…" } else { after.trim_start_matches(':').trim() };
    if line_start && (after_t.is_empty() || after.starts_with([':', '：'])) {
        return true; // "Known issues", "Keywords: kbbug kbfix"
    }
    let prev = prev_char(t, s);
    let next = next_char(t, e);
    if chained && after_t.is_empty() {
        return true; // "MORE INFORMATIONUpdate rollup information" ending its line
    }
    let left_ok = line_start
        || chained
        || prev.is_none_or(|p| !p.is_alphanumeric() || p.is_lowercase() || p.is_ascii_digit() || !p.is_uppercase() && !p.is_lowercase());
    if !left_ok {
        return false;
    }
    let caps =
        m.chars().any(char::is_uppercase) && !m.chars().any(char::is_lowercase) && m.chars().filter(|c| c.is_alphabetic()).count() >= 2;
    let next_upper = next.is_some_and(char::is_uppercase);
    // Glued: "SymptomsWhen", "Issue 2Symptoms", "PrerequisitesThe".
    if (last.is_lowercase() || last.is_ascii_digit()) && next_upper {
        return true;
    }
    if caps {
        let after_next = t.get(e..).and_then(|x| x.chars().nth(1));
        // Not a piece of a longer line in capitals ("PÉLDA A KERÜLŐ MEGOLDÁS ALKALMAZÁSÁRA").
        let all_caps_word = |w: Option<&str>| {
            w.is_some_and(|w| {
                w.chars().filter(|c| c.is_alphabetic()).count() >= 2
                    && !w.chars().any(|c| c.is_lowercase() || c.is_ascii_digit())
                    && w.chars().any(char::is_uppercase)
            })
        };
        let in_caps_line =
            !line_start && all_caps_word(before.split_whitespace().next_back()) || all_caps_word(after.split_whitespace().next());
        // "SUMMARYMicrosoft", "REFERENCES For", "SYMPTOMS\n".
        if !in_caps_line && (next.is_none_or(char::is_whitespace) || (next_upper && after_next.is_some_and(|c| c.is_lowercase()))) {
            return true;
        }
    }
    // At the end of a line right after a sentence: "…this issue.Issues that the update rollup fixes".
    if after_t.is_empty() {
        let p = before.trim_end();
        if p.ends_with(['.', '!', '?', ':', ')']) {
            return true;
        }
    }
    // Script without case (CJK, Arabic, Hebrew): case cannot show a glued heading,
    // so at a line start only what follows can. Where words are not spaced (CJK) a
    // letter means prose ("詳細については…") and anything else a heading ("原因 …");
    // where they are (Arabic, Hebrew) a space and more words mean prose ("الحلول
    // الممكنة…") and a letter right after means the heading is glued to its text.
    if !first.is_uppercase() && !first.is_lowercase() && line_start {
        let spaced = !crate::locale::is_caseless(first);
        let letter_next = next.is_some_and(char::is_alphanumeric);
        // Unspaced scripts: a grammatical particle right after makes it prose
        // ("詳細については…"); other letters are the text glued on ("概要マイクロソフトは…").
        return if spaced {
            letter_next
        } else {
            !next.is_some_and(|c| continuation.contains(&c))
        };
    }
    false
}

/// The heading candidates in `t[..to]`, in text order, with their shape judged:
/// heading phrases from `phrases` (every locale's, or the article's locales'
/// once its language is known) and every locale's numbered known-issue items.
pub(crate) fn candidates(t: &str, to: usize, cuts: &[usize], phrases: &Phrases, vocab: &Vocabulary) -> Vec<Candidate> {
    let to = t.floor_char_boundary(to);
    let mut out = phrase_candidates(t, 0, to, phrases);
    out.extend(issue_candidates(t, to, cuts, phrases, vocab));
    shape(t, cuts, vocab, out)
}

/// [`candidates`] over the whole text for the locales of `phrases`, given
/// `early`: the phrase candidates that the identification scan (a superset of
/// those locales) found in `t[..scanned]`. Those are kept, for `phrases`' locales,
/// rather than found again; the text after them is scanned from where a phrase
/// crossing `scanned` could start.
pub(crate) fn candidates_after(
    t: &str,
    early: &[Candidate],
    scanned: usize,
    cuts: &[usize],
    phrases: &Phrases,
    vocab: &Vocabulary,
) -> Vec<Candidate> {
    let mut out: Vec<Candidate> = early
        .iter()
        .filter(|c| matches!(c.key, CandKey::Section(_)) && phrases.locales.contains(&c.locale))
        .cloned()
        .collect();
    // The same phrase in several locales: in `phrases`' order, as its own scan gives them.
    out.sort_by_key(|c| phrases.locales.iter().position(|&l| l == c.locale));
    let from = t.floor_char_boundary(scanned.saturating_sub(phrases.longest()));
    out.extend(
        phrase_candidates(t, from, t.len(), phrases)
            .into_iter()
            .filter(|c| c.start >= scanned || c.end > scanned),
    );
    out.extend(issue_candidates(t, t.len(), cuts, phrases, vocab));
    shape(t, cuts, vocab, out)
}

/// The heading phrases of `phrases` in `t[from..to]` (offsets into `t`), unshaped.
fn phrase_candidates(t: &str, from: usize, to: usize, phrases: &Phrases) -> Vec<Candidate> {
    let Some(scan) = t.get(from..to) else { return Vec::new() };
    phrases
        .find_all(scan)
        .into_iter()
        .filter_map(|(s, e, p)| match p.kind {
            PhraseKind::Heading(k) => Some(Candidate {
                start: from + s,
                end: from + e,
                key: CandKey::Section(k),
                locale: p.locale,
                shaped: false,
            }),
            _ => None,
        })
        .collect()
}

/// The numbered known-issue items of `phrases`' locales in `t[..to]`, unshaped.
fn issue_candidates(t: &str, to: usize, cuts: &[usize], phrases: &Phrases, vocab: &Vocabulary) -> Vec<Candidate> {
    let mut out: Vec<Candidate> = Vec::new();
    // Numbered items, matched piece by piece between chrome cuts.
    let bounds: Vec<usize> = std::iter::once(0)
        .chain(cuts.iter().copied().filter(|&c| c < to))
        .chain(std::iter::once(to))
        .collect();
    // One regex over every locale's form finds them; each locale whose own form
    // matches there gets a candidate (they are rare, so the second step is cheap).
    if let Some(any) = &phrases.issue_items {
        // `any` reads the text as written; each locale's own regex, the text
        // with its ASCII letters lowered (only where `any` matched).
        for w in bounds.windows(2) {
            let [a, b] = *w else { continue };
            let Some(piece) = t.get(a..b) else { continue };
            for m in any.find_iter(piece) {
                // The rest of the line, bounded: a heading is short.
                let line_end = piece
                    .get(m.start()..)
                    .and_then(|r| r.find('\n'))
                    .map_or(piece.len(), |i| m.start() + i);
                let cap = piece.floor_char_boundary(line_end.min(m.end() + 256));
                let Some(rest) = piece.get(m.start()..cap) else { continue };
                let rest = crate::locale::Folded::new(rest);
                for &li in &phrases.locales {
                    let Some(re) = vocab
                        .locales
                        .get(li)
                        .and_then(|l| l.re().issue_item.as_ref().and_then(crate::locale::LazyRegex::get))
                    else {
                        continue;
                    };
                    if let Some(own) = re.find(rest.lower()).filter(|x| x.start() == 0) {
                        out.push(Candidate {
                            start: a + m.start(),
                            end: a + m.start() + own.end(),
                            key: CandKey::IssueItem,
                            locale: li,
                            shaped: false,
                        });
                    }
                }
            }
        }
    }
    out
}

/// Candidates in text order with their shape judged; none may cross a chrome cut.
fn shape(t: &str, cuts: &[usize], vocab: &Vocabulary, mut out: Vec<Candidate>) -> Vec<Candidate> {
    // Nothing may run across removed chrome ("Issue 1On This Page0" is not "Issue 10").
    out.retain(|c| {
        let i = cuts.partition_point(|&x| x <= c.start);
        cuts.get(i).is_none_or(|&x| x >= c.end)
    });
    out.sort_by_key(|c| (c.start, std::cmp::Reverse(c.end)));
    let mut last_end = usize::MAX;
    let mut prev: Option<(usize, usize, bool)> = None; // the previous span and its shape
    for c in &mut out {
        if let Some((s, e, shaped_before)) = prev
            && s == c.start
            && e == c.end
        {
            c.shaped = shaped_before; // the same phrase in another locale
            continue;
        }
        c.shaped = shaped(
            t,
            c.start,
            c.end,
            last_end == c.start,
            cuts.binary_search(&c.end).is_ok(),
            &vocab.continuations,
        );
        prev = Some((c.start, c.end, c.shaped));
        if c.shaped {
            last_end = c.end;
        }
    }
    out
}

/// Where language identification stops looking for headings: the end of the
/// line that crosses `bytes` (the whole text when it is shorter).
pub(crate) fn identification_prefix(t: &str, bytes: usize) -> usize {
    if t.len() <= bytes {
        return t.len();
    }
    let from = t.floor_char_boundary(bytes);
    t.get(from..)
        .and_then(|rest| memchr::memchr(b'\n', rest.as_bytes()))
        .map_or(t.len(), |i| from + i)
}

/// A section in cleaned-text coordinates.
#[derive(Debug, Clone)]
pub(crate) struct Node {
    pub(crate) key: String,
    pub(crate) heading: Option<(usize, usize)>,
    pub(crate) heading_locale: Option<usize>,
    pub(crate) level: u8,
    pub(crate) parent: Option<usize>,
    rank: u8,
    /// Where the body starts (after the heading) and ends (next heading).
    pub(crate) body: (usize, usize),
    /// End of the section with its descendants.
    pub(crate) end: usize,
}

/// The tree, flat in document order; node 0 is the preamble.
#[derive(Debug)]
pub(crate) struct Tree {
    pub(crate) nodes: Vec<Node>,
}

impl Tree {
    /// Text of the node's own body.
    pub(crate) fn body_text<'a>(&self, t: &'a str, i: usize) -> &'a str {
        self.nodes.get(i).and_then(|n| t.get(n.body.0..n.body.1)).unwrap_or("")
    }

    /// Indices of `i` and its descendants.
    pub(crate) fn subtree(&self, i: usize) -> std::ops::Range<usize> {
        let level = self.nodes.get(i).map_or(0, |n| n.level);
        let mut end = i + 1;
        while self.nodes.get(end).is_some_and(|n| n.level > level) {
            end += 1;
        }
        i..end
    }

    /// Text of the node with its descendants (headings included).
    pub(crate) fn subtree_text<'a>(&self, t: &'a str, i: usize) -> &'a str {
        let Some(n) = self.nodes.get(i) else { return "" };
        let start = n.heading.map_or(n.body.0, |h| h.0);
        t.get(start..n.end).unwrap_or("")
    }

    /// Nodes with this key.
    pub(crate) fn find<'a>(&'a self, key: &'a str) -> impl Iterator<Item = usize> + 'a {
        self.nodes.iter().enumerate().filter(move |(_, n)| n.key == key).map(|(i, _)| i)
    }
}

/// Stand-alone short lines between blank lines after `from`: unrecognized headings.
/// A line with chrome removed from its middle is not one: its pieces are kept as
/// text (a heading span across the removed chrome would cover it twice).
fn unrecognized(t: &str, from: usize, taken: &[Candidate], cuts: &[usize]) -> Vec<Candidate> {
    let mut out = Vec::new();
    let lines: Vec<(usize, &str)> = crate::clean::lines_at(t).collect();
    for (i, w) in lines.windows(3).enumerate() {
        let [(_, a), (s, l), (_, c)] = w else { continue };
        if *s < from || !a.trim().is_empty() || !c.trim().is_empty() {
            continue;
        }
        // A wrapped fragment: the next paragraph continues it in lower case.
        let next_para = lines.iter().skip(i + 3).map(|(_, x)| x.trim()).find(|x| !x.is_empty());
        if next_para.is_some_and(|x| x.starts_with(char::is_lowercase)) {
            continue;
        }
        let lt = l.trim();
        let words = lt.split_whitespace().count();
        if lt.is_empty()
            || lt.len() > 80
            || words > 10
            || lt.ends_with(['.', ':', ';', ',', '!', '?', '。', '：'])
            || lt.contains("://")
            || lt.contains(':')
            || !lt.chars().next().is_some_and(char::is_uppercase)
            || lt.starts_with(['•', '|'])
        {
            continue;
        }
        let start = s + (l.len() - l.trim_start().len());
        let end = start + lt.len();
        if taken.iter().any(|c| c.start < end && start < c.end) {
            continue;
        }
        let i = cuts.partition_point(|&x| x <= start);
        if cuts.get(i).is_some_and(|&x| x < end) {
            continue;
        }
        out.push(Candidate {
            start,
            end,
            key: CandKey::Unrecognized,
            locale: usize::MAX,
            shaped: true,
        });
    }
    out
}

pub(crate) fn segment(cleaned: &Cleaned, cands: &[Candidate], _vocab: &Vocabulary, lang: &Lang) -> Tree {
    let t = cleaned.text.as_str();
    let mut heads: Vec<Candidate> = cands
        .iter()
        .filter(|c| c.shaped && lang.locales.contains(&c.locale))
        .cloned()
        .collect();
    // Drop overlaps (keep the earlier, longer one).
    heads.sort_by_key(|c| (c.start, std::cmp::Reverse(c.end)));
    let mut kept: Vec<Candidate> = Vec::new();
    for c in heads {
        if kept.last().is_some_and(|k| c.start < k.end) {
            continue;
        }
        kept.push(c);
    }
    if let Some(first) = kept.first().map(|c| c.start) {
        let extra = unrecognized(t, first, &kept, &cleaned.cuts);
        kept.extend(extra);
        kept.sort_by_key(|c| c.start);
    }

    let mut nodes = vec![Node {
        key: "preamble".into(),
        heading: None,
        heading_locale: None,
        level: 1,
        parent: None,
        rank: 1,
        body: (0, t.len()),
        end: t.len(),
    }];
    let mut stack: Vec<usize> = Vec::new();
    let top_rank = |stack: &Vec<usize>, nodes: &Vec<Node>| stack.last().and_then(|&i| nodes.get(i)).map(|n| n.rank);
    let in_known = |stack: &Vec<usize>, nodes: &Vec<Node>| stack.iter().any(|&i| nodes.get(i).is_some_and(|n| n.key == "known_issues"));
    for c in kept {
        let (key, rank) = match c.key {
            CandKey::Section(k) => {
                let key = SECTION_KEYS.get(k).copied().unwrap_or("unrecognized");
                if PARTS.contains(&key) && in_known(&stack, &nodes) {
                    while top_rank(&stack, &nodes).is_some_and(|r| r >= 4) {
                        stack.pop();
                    }
                    (key, 4)
                } else if TOP.contains(&key) {
                    stack.clear();
                    (key, 1)
                } else {
                    while top_rank(&stack, &nodes).is_some_and(|r| r > 1) {
                        stack.pop();
                    }
                    (key, 2)
                }
            }
            CandKey::IssueItem => {
                if !in_known(&stack, &nodes) {
                    continue;
                }
                while top_rank(&stack, &nodes).is_some_and(|r| r >= 3) {
                    stack.pop();
                }
                ("known_issue", 3)
            }
            CandKey::Unrecognized => {
                while stack.last().and_then(|&i| nodes.get(i)).is_some_and(|n| n.key == "unrecognized") {
                    stack.pop();
                }
                ("unrecognized", 5)
            }
        };
        let parent = stack.last().copied();
        let level = parent.and_then(|p| nodes.get(p)).map_or(1, |p| p.level.saturating_add(1));
        // The previous node's body ends here.
        if let Some(prev) = nodes.last_mut() {
            prev.body.1 = c.start;
        }
        // Heading with a trailing colon: take the colon into the heading.
        let mut he = c.end;
        let rest = t.get(he..).unwrap_or("");
        let trimmed = rest.trim_start_matches([' ']);
        if trimmed.starts_with(':') || trimmed.starts_with('：') {
            let colon_end = he + rest.len() - trimmed.len() + trimmed.chars().next().map_or(0, char::len_utf8);
            // Not across removed chrome ("INTRODUCTION On This Page:").
            let src = cleaned.span(c.start, colon_end);
            if !cleaned.chrome.iter().any(|(ch, _)| ch.start >= src.start && ch.end <= src.end) {
                he = colon_end;
            }
        }
        nodes.push(Node {
            key: key.to_string(),
            heading: Some((c.start, he)),
            heading_locale: (c.locale != usize::MAX).then_some(c.locale),
            level,
            parent,
            rank,
            body: (he, t.len()),
            end: t.len(),
        });
        stack.push(nodes.len() - 1);
    }
    // Extents: a node ends where the next node at its level or above starts.
    let n = nodes.len();
    for i in 0..n {
        let level = nodes.get(i).map_or(1, |x| x.level);
        let mut end = t.len();
        for j in i + 1..n {
            if let Some(x) = nodes.get(j)
                && x.level <= level
            {
                end = x.heading.map_or(x.body.0, |h| h.0);
                break;
            }
        }
        if let Some(x) = nodes.get_mut(i) {
            x.end = if i == 0 { x.body.1 } else { end };
        }
    }
    Tree { nodes }
}

#[cfg(test)]
mod tests {
    use super::{candidates, candidates_after, shaped};

    #[test]
    fn candidates_after_the_identification_scan_equal_one_whole_scan() {
        let norm = crate::Normalizer::new();
        let vocab = norm.vocabulary();
        let (Some(it), Some(en)) = (vocab.locale_index("it"), vocab.locale_index("en")) else {
            panic!("it and en are embedded");
        };
        let own = vocab.headings_for(&[it, en]);
        // "Cause" is a heading in both locales; "Problema 1" is a numbered item.
        let t = "Sommario\nIl testo.\nCauseQuesto problema\nSintomi\nInformazioni\nProblema 1\nSYMPTOMS\nMore informationThe end\n";
        let whole = format!("{:?}", candidates(t, t.len(), &[], &own, vocab));
        assert!(whole.matches("start").count() >= 7, "{whole}");
        // Wherever the identification scan stops, phrases across that point included.
        for scanned in (0..=t.len()).filter(|&i| t.is_char_boundary(i)) {
            let early = candidates(t, scanned, &[], vocab.all_headings(), vocab);
            let after = candidates_after(t, &early, scanned, &[], &own, vocab);
            assert_eq!(format!("{after:?}"), whole, "identification scan up to {scanned}");
        }
    }

    fn at(t: &str, w: &str) -> bool {
        let s = t.find(w).unwrap();
        shaped(t, s, s + w.len(), false, false, &[])
    }

    #[test]
    fn glued_and_whole_line_headings() {
        assert!(at("x.\nPrerequisitesThe following list", "Prerequisites"));
        assert!(at("Error Code: 0x80070643 CauseThis issue", "Cause"));
        assert!(at("2007SUMMARYMicrosoft has", "SUMMARY"));
        assert!(at("REFERENCES For more", "REFERENCES"));
        assert!(at("x\nKnown issues\ny", "Known issues"));
        assert!(at("x\nKeywords: \nkbbug", "Keywords"));
        assert!(at("in an environmentSYMPTOMSIn a", "SYMPTOMS"));
    }

    #[test]
    fn prose_is_not_a_heading() {
        assert!(!at("Review the issues in the \"Known issues\" section", "Known issues"));
        assert!(!at("the status of the server", "status"));
        assert!(!at(
            "• The issues that the update rollup fixes",
            "issues that the update rollup fixes"
        ));
        assert!(!at("Symptoms of the problem are", "Symptoms"));
    }
}
