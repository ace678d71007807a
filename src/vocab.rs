//! All loaded locales together: every locale's heading and chrome phrases found
//! through one prefix automaton each ([`Prefixed`]), so the per-article cost
//! barely grows with the number of locales.

use aho_corasick::automaton::Automaton;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, Anchored, MatchKind};

use std::collections::HashMap;
use std::sync::Arc;

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

/// The distinctive-word automaton and, per pattern, its locale and whether it must be a whole word.
type Stopwords = (AhoCorasick, Vec<(Vec<usize>, bool)>);

/// Distinctive words to count in paragraphs.
#[derive(Debug)]
enum WordCounter {
    /// Words that all stand as whole words of letters and digits (every
    /// language in a cased script, with English), looked up one by one.
    Words(Words),
    /// Words of a caseless script, found anywhere: an automaton.
    Automaton(Stopwords),
}

impl WordCounter {
    /// The leftmost-longest automaton over `words`, each with its locales and
    /// whether it must stand as a whole word.
    fn automaton(words: Interned<(Vec<usize>, bool)>) -> Result<WordCounter, Error> {
        let ac = automaton(&words.patterns, MatchKind::LeftmostLongest, "stopword")?;
        Ok(WordCounter::Automaton((ac, words.values)))
    }
}

/// Distinct automaton patterns (ASCII case ignored, as in the automata), the
/// first spelling of each kept, with a value per pattern that every entry
/// using it adds to.
#[derive(Debug)]
struct Interned<T> {
    patterns: Vec<String>,
    values: Vec<T>,
    index: HashMap<String, usize>,
}

impl<T> Interned<T> {
    fn new() -> Interned<T> {
        Interned {
            patterns: Vec::new(),
            values: Vec::new(),
            index: HashMap::new(),
        }
    }

    /// The value of `pattern`, made by `new` if it is the first entry using it.
    fn entry(&mut self, pattern: &str, new: impl FnOnce() -> T) -> &mut T {
        let i = *self.index.entry(pattern.to_ascii_lowercase()).or_insert_with(|| {
            self.patterns.push(pattern.to_string());
            self.values.push(new());
            self.patterns.len() - 1
        });
        // `i` was just found or pushed, so it is in range.
        #[allow(clippy::indexing_slicing)]
        &mut self.values[i]
    }
}

/// An ASCII-case-insensitive NFA over `patterns`, for automata read on
/// bounded samples or over few patterns. A DFA scans faster, but takes long to
/// build and much memory over many patterns (about 70 ms and 36 MB for every
/// locale's headings); an NFA builds in a few ms. Heading and chrome phrases
/// are found with a DFA over their prefixes instead ([`Prefixed`]).
///
/// The NFAs: distinctive words (short and frequent, so a prefix DFA would be
/// as large as a whole one, and slower), every locale's, read on a bounded
/// sample only, and a language's and English's, built per language met;
/// original-text marker prefixes, read on marker lines; the first words of
/// title phrases, read on titles. As DFAs, the 24 languages' distinctive words
/// held 2 MB of the 24-language corpus's peak RSS (31.2 -> 29.5 MB), for 3.4 %
/// fewer instructions per byte.
fn automaton(patterns: &[String], kind: MatchKind, what: &str) -> Result<AhoCorasick, Error> {
    AhoCorasickBuilder::new()
        .match_kind(kind)
        .ascii_case_insensitive(true)
        .kind(Some(AhoCorasickKind::ContiguousNFA))
        .build(patterns)
        .map_err(|e| Error::LocaleData {
            locale: "*".into(),
            message: format!("{what} automaton: {e}"),
        })
}

// How many leading bytes of each phrase the prefix DFAs of [`Phrases`] hold.
// Fewer bytes make a smaller DFA, quicker to build, which finds more places
// whose phrase must then be compared. (Once every automaton used 8 bytes; on
// the seeds 4, 6, 8 and 12 bytes for all of them gave 273, 264, 257 and 248
// instructions per byte at 193 M, 216 M, 239 M and 291 M of CLI start-up.)

/// For the heading automata of an article's own locales (built per language
/// met, so each language's adds to the memory held). Measured on the seeds,
/// the dev openings, and the peak RSS of `kbnorm batch` over the 24-language
/// corpus: 8 bytes 234.7 and 451.2 instructions per byte, 43.8-44.1 MB;
/// 6 bytes 235.2, 450.9, 42.8-43.0 MB; 4 bytes 237.1, 451.4, 41.3-41.6 MB.
/// Measured again once the regexes held less: 6 bytes 229.3, 445.1,
/// 32.8-32.9 MB; 5 bytes 232.6, 449.3, 31.6-31.7 MB; 4 bytes 234.2, 448.9,
/// 31.2-31.4 MB, and `kbnorm parse` of a seed in 87.8 M instructions instead of
/// 93.2 M (the first article builds its language's automaton).
const OWN_PREFIX_BYTES: usize = 4;

/// For every locale's chrome, read over whole texts before their language is
/// known. Measured (seeds and dev instructions per byte, and the instructions
/// of building it): 8 bytes 238.6 and 450.1, 6 bytes 238.7 and 450.6 (7 M
/// fewer), 5 bytes 239.0 and 451.8 (11.4 M fewer), 4 bytes 242.4 and 453.7
/// (13.9 M fewer): chrome phrases are long and distinctive.
const CHROME_PREFIX_BYTES: usize = 5;

/// For every locale's headings, which are read in the identification
/// prefix only (2 KB): a DFA over 4-byte prefixes builds in about 30 M fewer
/// instructions than over 8-byte ones, and verifies more candidates on those 2 KB
/// only (seeds: +8 instructions per byte; dev openings, 2 KB each: +16).
const IDENTIFY_PREFIX_BYTES: usize = 4;

/// Which phrases an automaton holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum PhraseSet {
    Headings,
    Chrome,
}

/// The phrases of some locales, found through their prefixes ([`Prefixed`]:
/// overlapping matches, ASCII-case-insensitive, with upper/lower/title-case
/// variants added for non-ASCII phrases), and per pattern every (kind, locale)
/// that uses it: a pattern text used by several locales ("Status", "Cause") is
/// one pattern.
#[derive(Debug, Default)]
pub(crate) struct Phrases {
    /// `None` when there is no phrase.
    prefixed: Option<Prefixed>,
    /// Per pattern, every (kind, locale) that uses it.
    of: Vec<Vec<Phrase>>,
    /// The locales it holds.
    pub(crate) locales: Vec<usize>,
    /// Their numbered known-issue heading forms, in one regex (headings only).
    pub(crate) issue_items: Option<regex::Regex>,
}

/// The numbered known-issue heading forms of locales `which`, as one regex.
fn issue_items(locales: &[Locale], which: &[usize]) -> Result<Option<regex::Regex>, Error> {
    let items: Vec<String> = which
        .iter()
        .filter_map(|&i| locales.get(i).and_then(|l| l.issue_item_plain.clone()))
        .map(|p| format!("(?:{p})"))
        .collect();
    if items.is_empty() {
        return Ok(None);
    }
    regex::Regex::new(&items.join("|")).map(Some).map_err(|e| Error::LocaleData {
        locale: "*".into(),
        message: format!("known-issue headings: {e}"),
    })
}

impl Phrases {
    /// The phrases of `set` of locales `which` (without the known-issue items:
    /// [`Self::headings`] adds them).
    fn build(locales: &[Locale], which: &[usize], set: PhraseSet, prefix_bytes: usize) -> Result<Phrases, Error> {
        let mut phrases: Interned<Vec<Phrase>> = Interned::new();
        for (li, l) in which.iter().filter_map(|&i| locales.get(i).map(|l| (i, l))) {
            let mut add = |text: &str, kind: PhraseKind| {
                for v in case_variants(text) {
                    let list = phrases.entry(&v, Vec::new);
                    let p = Phrase { kind, locale: li };
                    if !list.iter().any(|q| q.kind == p.kind && q.locale == p.locale) {
                        list.push(p);
                    }
                }
            };
            match set {
                PhraseSet::Headings => {
                    for (k, forms) in &l.headings {
                        for f in forms {
                            add(f, PhraseKind::Heading(*k));
                        }
                    }
                }
                PhraseSet::Chrome => {
                    for c in &l.chrome {
                        add(c, PhraseKind::Chrome);
                    }
                    for c in &l.chrome_lines {
                        add(c, PhraseKind::ChromeLine);
                    }
                }
            }
        }
        if phrases.patterns.is_empty() {
            return Ok(Phrases {
                locales: which.to_vec(),
                ..Phrases::default()
            });
        }
        // Overlapping matches: "Cause" must still be found where another locale's
        // "Causes" matches "CauseSetup…" case-insensitively; the shape test decides.
        Ok(Phrases {
            prefixed: Some(Prefixed::build(phrases.patterns, prefix_bytes)?),
            of: phrases.values,
            locales: which.to_vec(),
            issue_items: None,
        })
    }

    /// The heading phrases of locales `which`, with their known-issue items.
    fn headings(locales: &[Locale], which: &[usize], prefix_bytes: usize) -> Result<Phrases, Error> {
        Ok(Phrases {
            issue_items: issue_items(locales, which)?,
            ..Phrases::build(locales, which, PhraseSet::Headings, prefix_bytes)?
        })
    }

    /// The byte length of the longest phrase (0 when there is none).
    pub(crate) fn longest(&self) -> usize {
        self.prefixed.as_ref().map_or(0, |p| p.longest)
    }

    /// Whether a phrase that `keep` keeps is the whole of `text` (ASCII case ignored).
    pub(crate) fn is_whole(&self, text: &str, keep: impl Fn(&Phrase) -> bool) -> bool {
        let mut found = false;
        if let Some(p) = &self.prefixed {
            p.each_whole(text, |i| found |= self.of.get(i).into_iter().flatten().any(&keep));
        }
        found
    }

    /// Every occurrence in `text`, overlapping ones included, in no set order.
    pub(crate) fn find_all(&self, text: &str) -> Vec<(usize, usize, Phrase)> {
        let mut out = Vec::new();
        if let Some(prefixed) = &self.prefixed {
            prefixed.each_match(text, |s, e, pattern| {
                out.extend(self.of.get(pattern).into_iter().flatten().map(|p| (s, e, *p)));
            });
        }
        out
    }
}

/// Phrases found through their first few bytes ([`OWN_PREFIX_BYTES`],
/// [`CHROME_PREFIX_BYTES`], [`IDENTIFY_PREFIX_BYTES`]): a DFA over the
/// distinct prefixes finds where a phrase may start, at DFA speed, and the
/// phrases with that prefix are compared there (ASCII case ignored, as in the
/// automata). One DFA over whole phrases would scan as fast but hold far more
/// memory (13 MB for every locale's chrome, against under 2 MB); an NFA over
/// them takes about 7 % of all parse instructions.
#[derive(Debug)]
struct Prefixed {
    dfa: aho_corasick::dfa::DFA,
    /// Per prefix pattern of `dfa`: the phrases that start with it, each as
    /// its first 8 bytes' comparison and its index into `phrases`, side by
    /// side so that a place is checked against a group in one tight loop.
    groups: Vec<Vec<(First8, usize)>>,
    phrases: Vec<String>,
    /// The byte length of the longest phrase.
    longest: usize,
    /// The most bytes a prefix pattern has.
    prefix_bytes: usize,
}

impl Prefixed {
    fn build(phrases: Vec<String>, prefix_bytes: usize) -> Result<Prefixed, Error> {
        let heads = Prefixed::heads(&phrases, prefix_bytes);
        let groups = heads
            .values
            .iter()
            .map(|g| {
                g.iter()
                    .filter_map(|&i| Some((First8::of(phrases.get(i)?.as_bytes()), i)))
                    .collect()
            })
            .collect();
        let dfa = aho_corasick::dfa::DFA::builder()
            .match_kind(MatchKind::Standard)
            .ascii_case_insensitive(true)
            .prefilter(false)
            .build(&heads.patterns)
            .map_err(|e| Error::LocaleData {
                locale: "*".into(),
                message: format!("phrase prefix automaton: {e}"),
            })?;
        let longest = phrases.iter().map(String::len).max().unwrap_or(0);
        Ok(Prefixed {
            dfa,
            groups,
            phrases,
            longest,
            prefix_bytes,
        })
    }

    /// The distinct prefixes of `phrases` (their first `prefix_bytes`, cut at
    /// a character boundary), each with the phrases that start with it.
    fn heads(phrases: &[String], prefix_bytes: usize) -> Interned<Vec<usize>> {
        let mut heads: Interned<Vec<usize>> = Interned::new();
        for (i, p) in phrases.iter().enumerate() {
            let head = p.get(..p.floor_char_boundary(prefix_bytes)).unwrap_or(p);
            heads.entry(head, Vec::new).push(i);
        }
        heads
    }

    /// Calls `each` with the index of every phrase that is the whole of
    /// `text`: its prefix pattern matches at the start, within the first
    /// `prefix_bytes`, the only bytes scanned.
    fn each_whole(&self, text: &str, mut each: impl FnMut(usize)) {
        let bytes = text.as_bytes();
        let head = bytes.get(..self.prefix_bytes).unwrap_or(bytes);
        self.each_prefix(head, |start, pattern| {
            if start != 0 {
                return;
            }
            for &(_, i) in self.groups.get(pattern).into_iter().flatten() {
                if self.phrases.get(i).is_some_and(|p| bytes.eq_ignore_ascii_case(p.as_bytes())) {
                    each(i);
                }
            }
        });
    }

    /// Calls `each(start, end, phrase index)` for every occurrence of a phrase.
    fn each_match(&self, text: &str, mut each: impl FnMut(usize, usize, usize)) {
        let bytes = text.as_bytes();
        self.each_prefix(bytes, |start, pattern| {
            let Some(at) = bytes.get(start..) else { return };
            let word = First8::word(at);
            for &(first, i) in self.groups.get(pattern).into_iter().flatten() {
                if first.matches_word(word)
                    && let Some(p) = self.phrases.get(i)
                    && rest_matches(at, p.as_bytes())
                {
                    each(start, start + p.len(), i);
                }
            }
        });
    }

    /// Calls `each(start, prefix pattern)` for every occurrence of a prefix
    /// pattern in `bytes`, overlapping ones included, in the order of their
    /// ends (and, at one end, the DFA's order): what `find_overlapping_iter`
    /// gives, in a loop over the DFA's transitions that keeps its state in
    /// registers (`find_overlapping_iter` spent about twice the instructions
    /// per byte).
    fn each_prefix(&self, bytes: &[u8], mut each: impl FnMut(usize, usize)) {
        let dfa = &self.dfa;
        let Ok(mut sid) = dfa.start_state(Anchored::No) else { return };
        let mut report = |sid, end: usize| {
            for k in 0..dfa.match_len(sid) {
                let pid = dfa.match_pattern(sid, k);
                if let Some(start) = end.checked_sub(dfa.pattern_len(pid)) {
                    each(start, pid.as_usize());
                }
            }
        };
        // Only an empty pattern (there is none) makes the start state a match.
        if dfa.is_match(sid) {
            report(sid, 0);
        }
        for (i, &b) in bytes.iter().enumerate() {
            sid = dfa.next_state(Anchored::No, sid, b);
            if dfa.is_special(sid) {
                if dfa.is_dead(sid) {
                    return;
                }
                if dfa.is_match(sid) {
                    report(sid, i + 1);
                }
            }
        }
    }
}

/// Whether `text` is long enough for `phrase` and, after their first 8
/// bytes, starts as it does (ASCII case ignored). Most places where a
/// phrase's prefix matches differ from it within its first 8 bytes, which one
/// comparison ([`First8`]) rules out before this is asked.
fn rest_matches(text: &[u8], phrase: &[u8]) -> bool {
    let cut = phrase.len().min(8);
    match (text.get(cut..phrase.len()), phrase.get(cut..)) {
        (Some(t), Some(rest)) => t.eq_ignore_ascii_case(rest),
        _ => false,
    }
}

/// The first 8 bytes of a phrase (all of a shorter one) as one masked
/// comparison of 8 text bytes, ASCII case ignored as `eq_ignore_ascii_case`
/// ignores it: `fold` sets the case bit (0x20) where the phrase has an ASCII
/// letter, so those text bytes match the letter in either case and every
/// other byte only itself; `care` leaves out the bytes after a short phrase.
#[derive(Debug, Clone, Copy)]
struct First8 {
    key: u64,
    fold: u64,
    care: u64,
}

impl First8 {
    fn of(phrase: &[u8]) -> First8 {
        let (mut key, mut fold, mut care) = ([0u8; 8], [0u8; 8], [0u8; 8]);
        for (((&b, k), f), c) in phrase.iter().zip(&mut key).zip(&mut fold).zip(&mut care) {
            *k = b.to_ascii_lowercase();
            *f = if b.is_ascii_alphabetic() { 0x20 } else { 0 };
            *c = 0xFF;
        }
        First8 {
            key: u64::from_le_bytes(key),
            fold: u64::from_le_bytes(fold),
            care: u64::from_le_bytes(care),
        }
    }

    /// The first 8 bytes of `text` as [`Self::matches_word`] reads them;
    /// bytes past the end of `text` read as 0 (the caller checks that the
    /// text is long enough for the phrase).
    fn word(text: &[u8]) -> u64 {
        let word = match text.first_chunk::<8>() {
            Some(w) => *w,
            None => {
                let mut w = [0u8; 8];
                w.iter_mut().zip(text).for_each(|(d, s)| *d = *s);
                w
            }
        };
        u64::from_le_bytes(word)
    }

    /// Whether a text whose first 8 bytes are `word` ([`Self::word`]) starts
    /// with the phrase's first 8 bytes (or all of them), ASCII case ignored.
    fn matches_word(&self, word: u64) -> bool {
        (word | self.fold) & self.care == self.key
    }
}

/// Words and the locales that list each, looked up ASCII case ignored: a
/// word of up to 8 bytes by those bytes as one integer (ASCII letters lowered),
/// a longer one by its text.
#[derive(Debug, Default)]
struct Words {
    short: HashMap<u64, Vec<usize>, std::hash::BuildHasherDefault<WordKeyHasher>>,
    long: HashMap<String, Vec<usize>>,
    /// The byte length of the longest word.
    longest: usize,
}

impl Words {
    fn new(words: impl IntoIterator<Item = (String, Vec<usize>)>) -> Words {
        let mut out = Words::default();
        for (w, locales) in words {
            out.longest = out.longest.max(w.len());
            match word_key(&w) {
                Some(k) => out.short.insert(k, locales),
                None => out.long.insert(w.to_ascii_lowercase(), locales),
            };
        }
        out
    }

    /// The locales that list the word `text[start..end]`, ASCII case ignored.
    /// A word longer than 8 bytes is lowered into `scratch` (no allocation
    /// per word once it has grown).
    fn get(&self, text: &str, start: usize, end: usize, scratch: &mut String) -> Option<&Vec<usize>> {
        let len = end.checked_sub(start)?;
        if len > self.longest {
            return None;
        }
        match word_key_at(text.as_bytes(), start, end) {
            Some(k) => self.short.get(&k),
            None => {
                scratch.clear();
                scratch.push_str(text.get(start..end)?);
                scratch.make_ascii_lowercase();
                self.long.get(scratch.as_str())
            }
        }
    }
}

/// A word of 1 to 8 bytes as one integer: its bytes, ASCII letters lowered,
/// little-endian and padded with zero bytes (which no word holds).
fn word_key(word: &str) -> Option<u64> {
    word_key_at(word.as_bytes(), 0, word.len())
}

/// [`word_key`] of `bytes[start..end]`, read as the 8 bytes from `start`
/// with those after `end` masked off (copied when fewer than 8 remain).
fn word_key_at(bytes: &[u8], start: usize, end: usize) -> Option<u64> {
    let len = end.checked_sub(start)?;
    if len == 0 || len > 8 {
        return None;
    }
    let raw = match bytes.get(start..).and_then(|b| b.first_chunk::<8>()) {
        Some(eight) => u64::from_le_bytes(*eight),
        None => {
            let mut key = [0u8; 8];
            key.iter_mut().zip(bytes.get(start..end)?).for_each(|(k, b)| *k = *b);
            u64::from_le_bytes(key)
        }
    };
    Some(ascii_lowercase_u64(raw & (u64::MAX >> (8 * (8 - len)))))
}

/// Eight bytes with their ASCII upper-case letters lowered, all at once: a
/// byte gets 0x20 added where it is at least b'A', at most b'Z' and ASCII.
fn ascii_lowercase_u64(x: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let low7 = x & !HIGH;
    // The high bit of each byte: set where the byte's low 7 bits are >= 'A', and > 'Z'.
    let from_a = low7 + ONES * u64::from(0x80 - b'A');
    let past_z = low7 + ONES * u64::from(0x80 - b'Z' - 1);
    let upper = from_a & !past_z & !x & HIGH;
    x | (upper >> 2)
}

/// Hashes a [`word_key`] with one multiplication: the keys are distinct
/// words, not chosen by an attacker, and SipHash cost more than the lookup.
#[derive(Debug, Default, Clone, Copy)]
struct WordKeyHasher(u64);

impl std::hash::Hasher for WordKeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(8) ^ u64::from(b)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }

    fn write_u64(&mut self, key: u64) {
        self.0 = (self.0 ^ key).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

/// Calls `each(start, end)` with every run of letters and digits
/// (`char::is_alphanumeric`) in `text`, in order, until it returns `false`.
/// ASCII bytes are classified in tight loops; other characters are decoded.
fn each_word(text: &str, mut each: impl FnMut(usize, usize) -> bool) {
    let bytes = text.as_bytes();
    // Whether the character at `i` is a letter or digit, and its length.
    let char_at = |i: usize| match text.get(i..).and_then(|r| r.chars().next()) {
        Some(c) => (c.is_alphanumeric(), c.len_utf8()),
        None => (false, 1),
    };
    let mut i = 0;
    while i < bytes.len() {
        // Up to the next word.
        while bytes.get(i).is_some_and(|b| b.is_ascii() && !b.is_ascii_alphanumeric()) {
            i += 1;
        }
        let Some(&b) = bytes.get(i) else { break };
        if !b.is_ascii() {
            let (alnum, len) = char_at(i);
            if !alnum {
                i += len;
                continue;
            }
        }
        // Through the word.
        let start = i;
        loop {
            match bytes.get(i) {
                Some(b) if b.is_ascii_alphanumeric() => i += 1,
                Some(b) if !b.is_ascii() => match char_at(i) {
                    (true, len) => i += len,
                    (false, _) => break,
                },
                _ => break,
            }
        }
        if !each(start, i) {
            return;
        }
    }
}

/// Runs `a` on a second thread while `b` runs on this one, and returns both
/// results (the first error, `a`'s if both fail); `a` runs here after `b` when
/// no thread can be started. Building a normalizer has two such halves of about
/// equal cost (compiling the locales, then building the every-locale automata):
/// on two cores its wall time nearly halves. A panic in `a` is raised again here.
pub(crate) fn both<A: Send, B>(a: impl FnOnce() -> Result<A, Error> + Send, b: impl FnOnce() -> Result<B, Error>) -> Result<(A, B), Error> {
    let slot = std::sync::Mutex::new(Some(a));
    let take = || slot.lock().ok().and_then(|mut f| f.take());
    let (ra, rb) = std::thread::scope(|scope| {
        let spawned = std::thread::Builder::new()
            .name("kbnorm-build".into())
            .spawn_scoped(scope, || take().map(|f| f()));
        let rb = b();
        let ra = match spawned.map(|h| h.join()) {
            Ok(Ok(ra)) => ra,
            Ok(Err(panic)) => std::panic::resume_unwind(panic),
            Err(_) => None,
        };
        (ra, rb)
    });
    // Not started: run it here. (Taken and not run cannot happen.)
    let ra = ra.or_else(|| take().map(|f| f())).ok_or_else(|| Error::LocaleData {
        locale: "*".into(),
        message: "a build step was lost".into(),
    })?;
    Ok((ra?, rb?))
}

/// The compiled vocabulary of a set of locales.
#[derive(Debug)]
pub(crate) struct Vocabulary {
    pub(crate) locales: Vec<Locale>,
    /// Every locale's section headings.
    headings: Phrases,
    /// Every locale's page chrome (`chrome`, `chrome-line`): a small automaton of
    /// its own, so cleaning does not scan with the large heading one.
    chrome: Phrases,
    /// Heading automata of a few locales (an article's own and English), built
    /// on first use: once the language is known, the text is scanned with one of
    /// these, whose size does not grow with the number of loaded locales.
    by_language: std::sync::RwLock<HashMap<Vec<usize>, Arc<Phrases>>>,
    /// Every locale's distinctive words: (automaton, per pattern: locale and
    /// whether it must stand as a whole word).
    /// Built on first use: most articles' headings decide their language.
    stopwords: std::sync::OnceLock<Option<WordCounter>>,
    /// Per locale L, built when L is first met: the distinctive words of L and
    /// English only ([`WordCounter`]; a block's language is decided between the
    /// article's language and English, at a cost that does not grow with the
    /// number of locales), and how many words of one locale settle a block (2
    /// when L is English, alone in its pair; else every word is counted).
    block_stopwords: Vec<std::sync::OnceLock<(Option<WordCounter>, u32)>>,
    /// whatlang restricted to the languages kbnorm knows (a locale's
    /// `locale-whatlang` code, or `locales/iso639.tsv`), built once.
    pub(crate) detector: whatlang::Detector,
    /// Every locale's `heading-continuation` characters, sorted.
    pub(crate) continuations: Vec<char>,
    /// Every locale's kind phrases and rollup names, for a title written in
    /// another language than the article (a rendered or half-translated one).
    /// Built on first use: only titles no locale of the article classifies need it.
    titles: std::sync::OnceLock<TitleGate>,
    /// Every locale's original-text marker prefix ("Ursprunglig text ("), and
    /// per pattern its locale: a line starting with one is checked with that
    /// locale's own marker regex.
    markers: Option<(AhoCorasick, Vec<usize>)>,
}

/// What a title may name in some locale's words: the first words of every
/// locale's kind phrases and rollup names ([`Locale::form_heads`]) in one
/// ASCII-case-insensitive automaton. A title is checked with the regexes whose
/// first words it holds only, each compiled on first use by its locale. A
/// `RegexSet` over every locale's patterns did the same in one pass, but held
/// 2.8 MB, a third of the heap of a process that parses one article.
#[derive(Debug, Default)]
struct TitleGate {
    /// `None` when no locale has such a phrase with a first word.
    heads: Option<AhoCorasick>,
    /// Per pattern of `heads`: the (locale, phrase) whose forms may start with it.
    of: Vec<Vec<(usize, TitlePhrase)>>,
    /// The (locale, phrase) with a form that starts with no literal word: always checked.
    always: Vec<(usize, TitlePhrase)>,
}

/// A phrase a title is checked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum TitlePhrase {
    /// A kind phrase, by its index in [`crate::locale::KIND_IDS`].
    Kind(usize),
    /// The update-rollup name (`rollup-name`).
    Rollup,
}

impl TitleGate {
    fn new(locales: &[Locale]) -> Result<TitleGate, Error> {
        let mut gate = TitleGate::default();
        let mut heads: Interned<Vec<(usize, TitlePhrase)>> = Interned::new();
        let ids = crate::locale::KIND_IDS
            .iter()
            .enumerate()
            .map(|(i, (_, id))| (TitlePhrase::Kind(i), *id))
            .chain([(TitlePhrase::Rollup, "rollup-name")]);
        for (li, l) in locales.iter().enumerate() {
            for (phrase, id) in ids.clone() {
                match l.form_heads(id) {
                    None => gate.always.push((li, phrase)),
                    Some(forms) => {
                        for h in forms {
                            heads.entry(&h, Vec::new).push((li, phrase));
                        }
                    }
                }
            }
        }
        if !heads.patterns.is_empty() {
            gate.heads = Some(automaton(&heads.patterns, MatchKind::Standard, "title phrase")?);
        }
        gate.of = heads.values;
        Ok(gate)
    }

    /// The (locale, phrase) pairs `title` may hold, in locale order.
    fn candidates(&self, title: &str) -> Vec<(usize, TitlePhrase)> {
        let mut out = self.always.clone();
        if let Some(heads) = &self.heads {
            for m in heads.find_overlapping_iter(title) {
                out.extend(self.of.get(m.pattern().as_usize()).into_iter().flatten().copied());
            }
        }
        out.sort_unstable();
        out.dedup();
        out
    }
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
        let all: Vec<usize> = (0..locales.len()).collect();
        // Every locale's headings are read in the identification prefix only.
        // Chrome is cut from the whole text before its language is known: a
        // small DFA over the phrases' first bytes finds where one may start, and
        // the phrases are compared there (as one DFA it would hold 13 MB).
        // The two DFAs and the every-locale known-issue regex take most of the
        // build (measured: headings 22 M instructions with their phrase list,
        // chrome 15 M, the regex 6 M): the headings are built beside the other two.
        let (headings, (chrome, items)) = both(
            || Phrases::build(&locales, &all, PhraseSet::Headings, IDENTIFY_PREFIX_BYTES),
            || {
                Ok((
                    Phrases::build(&locales, &all, PhraseSet::Chrome, CHROME_PREFIX_BYTES)?,
                    issue_items(&locales, &all)?,
                ))
            },
        )?;
        let headings = Phrases {
            issue_items: items,
            ..headings
        };
        let block_stopwords = locales.iter().map(|_| std::sync::OnceLock::new()).collect();
        let prefixes: Vec<(usize, String)> = locales
            .iter()
            .enumerate()
            .flat_map(|(i, l)| l.marker_prefixes.iter().map(move |p| (i, p.clone())))
            .collect();
        let markers = if prefixes.is_empty() {
            None
        } else {
            let pats: Vec<String> = prefixes.iter().map(|(_, p)| p.clone()).collect();
            let ac = automaton(&pats, MatchKind::Standard, "original-text marker")?;
            Some((ac, prefixes.into_iter().map(|(i, _)| i).collect()))
        };
        let mut continuations: Vec<char> = locales.iter().flat_map(|l| l.continuation.iter().copied()).collect();
        continuations.sort_unstable();
        continuations.dedup();
        let detector = Self::detector(&locales);
        Ok(Vocabulary {
            titles: std::sync::OnceLock::new(),
            markers,
            locales,
            headings,
            chrome,
            by_language: Default::default(),
            stopwords: std::sync::OnceLock::new(),
            block_stopwords,
            continuations,
            detector,
        })
    }

    /// A vocabulary with no locale at all.
    fn detector(locales: &[Locale]) -> whatlang::Detector {
        let allow: Vec<whatlang::Lang> = whatlang::Lang::all()
            .iter()
            .copied()
            .filter(|l| locales.iter().any(|x| x.whatlang.iter().any(|w| w == l.code())) || crate::langid::ISO639.contains_key(l.code()))
            .collect();
        whatlang::Detector::with_allowlist(allow)
    }

    pub(crate) fn empty() -> Vocabulary {
        Vocabulary {
            locales: Vec::new(),
            headings: Phrases::default(),
            chrome: Phrases::default(),
            by_language: Default::default(),
            stopwords: std::sync::OnceLock::new(),
            block_stopwords: Vec::new(),
            continuations: Vec::new(),
            detector: Self::detector(&[]),
            titles: std::sync::OnceLock::new(),
            markers: None,
        }
    }

    /// The kind a title names in any locale's words (the first locale in load
    /// order whose kind phrase matches, the first kind of [`crate::locale::KIND_IDS`]
    /// in that locale).
    pub(crate) fn title_kind_any_locale(&self, title: &str) -> Option<crate::model::Kind> {
        let folded = crate::locale::Folded::new(title);
        self.titles().candidates(title).into_iter().find_map(|(li, phrase)| {
            let TitlePhrase::Kind(k) = phrase else { return None };
            let (kind, _) = crate::locale::KIND_IDS.get(k)?;
            let (_, re) = self.locales.get(li)?.re().kinds.iter().find(|(k2, _)| k2 == kind)?;
            re.get()?.is_match(folded.lower()).then_some(*kind)
        })
    }

    /// Locales whose update-rollup name occurs in `title`.
    pub(crate) fn title_rollup_locales(&self, title: &str) -> Vec<usize> {
        let folded = crate::locale::Folded::new(title);
        self.titles()
            .candidates(title)
            .into_iter()
            .filter(|&(li, phrase)| {
                phrase == TitlePhrase::Rollup
                    && self
                        .locales
                        .get(li)
                        .and_then(|l| l.re().rollup.as_ref()?.get())
                        .is_some_and(|re| re.is_match(folded.lower()))
            })
            .map(|(li, _)| li)
            .collect()
    }

    /// If `line` is kbnorm's original-text marker ("Original text (English):",
    /// in any locale): the locales whose marker it is, and the tag of the
    /// language it declares (the locale whose `locale-name` it names, else the
    /// name itself).
    pub(crate) fn original_text_marker(&self, line: &str) -> Option<(Vec<usize>, String)> {
        let line = line.trim();
        if !line.ends_with([':', '：']) || line.len() > 120 {
            return None;
        }
        let (ac, locale_of) = self.markers.as_ref()?;
        let folded = crate::locale::Folded::new(line);
        fn marker<'t>(l: &Locale, line: &crate::locale::Folded<'t>) -> Option<crate::locale::Caps<'t>> {
            let re = l.re();
            re.cues
                .iter()
                .filter(|c| c.cue == crate::locale::Cue::OriginalText)
                .find_map(|c| re.matcher(c)?.find(line).filter(|m| m.start() == 0))
        }
        let marker_of = |l| marker(l, &folded);
        let mut by: Vec<usize> = ac
            .find_overlapping_iter(line)
            .take_while(|m| m.start() == 0)
            .filter_map(|m| locale_of.get(m.pattern().as_usize()).copied())
            .filter(|&i| self.locales.get(i).is_some_and(|l| marker_of(l).is_some()))
            .collect();
        by.sort_unstable();
        by.dedup();
        let name = by
            .iter()
            .filter_map(|&i| self.locales.get(i))
            .find_map(|l| marker_of(l).and_then(|m| m.slot_texts().map(str::trim).find(|s| !s.is_empty()).map(str::to_string)));
        let name = name?;
        let tag = self
            .locales
            .iter()
            .find(|l| l.name.eq_ignore_ascii_case(&name) || l.tag.eq_ignore_ascii_case(&name))
            .map_or(name, |l| l.tag.clone());
        Some((by, tag))
    }

    /// What a title may name, built on first use ([`TitleGate`]). Its one
    /// automaton holds about a hundred short words, far within aho-corasick's
    /// limits; should it still fail to build, titles are read in their
    /// article's own locales only, as when the `RegexSet`s it replaced failed.
    fn titles(&self) -> &TitleGate {
        self.titles.get_or_init(|| TitleGate::new(&self.locales).unwrap_or_default())
    }

    /// Whether `line` is exactly a heading phrase of some locale (`Keywords`,
    /// `Orsak`): such a line is not joined with the next as a wrapped line.
    pub(crate) fn is_heading_line(&self, line: &str) -> bool {
        !line.is_empty() && self.headings.is_whole(line, |p| matches!(p.kind, PhraseKind::Heading(_)))
    }

    /// The heading phrases of every locale.
    pub(crate) fn all_headings(&self) -> &Phrases {
        &self.headings
    }

    /// The heading phrases of `locales` only (built once per set, then shared).
    /// A set that cannot be built (it cannot happen: its phrases are a subset of
    /// ones already built) gets no phrases.
    pub(crate) fn headings_for(&self, locales: &[usize]) -> Arc<Phrases> {
        if let Ok(map) = self.by_language.read()
            && let Some(p) = map.get(locales)
        {
            return Arc::clone(p);
        }
        let built = Arc::new(Phrases::headings(&self.locales, locales, OWN_PREFIX_BYTES).unwrap_or_default());
        if let Ok(mut map) = self.by_language.write() {
            return Arc::clone(map.entry(locales.to_vec()).or_insert(built));
        }
        built
    }

    /// Every page-chrome phrase occurrence in `text`, overlapping ones included.
    pub(crate) fn find_chrome(&self, text: &str) -> Vec<(usize, usize, Phrase)> {
        self.chrome.find_all(text)
    }

    /// The distinctive words of the locales `which` (indices into `locales`)
    /// as a [`WordCounter`]: by word when every one is a whole word of letters
    /// and digits, else an automaton.
    fn word_counter(locales: &[Locale], which: &[usize]) -> Result<Option<WordCounter>, Error> {
        let words = Self::stopword_patterns(locales, which);
        if words.patterns.is_empty() {
            return Ok(None);
        }
        let by_word = words
            .patterns
            .iter()
            .zip(&words.values)
            .all(|(w, (_, whole))| *whole && w.chars().all(char::is_alphanumeric));
        if by_word {
            return Ok(Some(WordCounter::Words(Words::new(
                words.patterns.into_iter().zip(words.values.into_iter().map(|(list, _)| list)),
            ))));
        }
        WordCounter::automaton(words).map(Some)
    }

    /// One pattern per distinct word of the locales `which` (and its case
    /// variants), with every locale that lists it and whether it must stand
    /// as a whole word (a word in a caseless script need not).
    fn stopword_patterns(locales: &[Locale], which: &[usize]) -> Interned<(Vec<usize>, bool)> {
        let mut words: Interned<(Vec<usize>, bool)> = Interned::new();
        for (li, l) in which.iter().filter_map(|&i| locales.get(i).map(|l| (i, l))) {
            for w in &l.stopwords {
                let whole_word = !w.chars().all(crate::locale::is_caseless);
                for v in case_variants(w) {
                    let (list, _) = words.entry(&v, || (Vec::new(), whole_word));
                    if !list.contains(&li) {
                        list.push(li);
                    }
                }
            }
        }
        words
    }

    /// How many distinctive words of each locale occur in `text` (indexed like `locales`).
    pub(crate) fn stopword_counts(&self, text: &str) -> Vec<u32> {
        let words = self.stopwords.get_or_init(|| {
            let all: Vec<usize> = (0..self.locales.len()).collect();
            Self::word_counter(&self.locales, &all).ok().flatten()
        });
        self.count(words.as_ref(), text, u32::MAX)
    }

    /// Like [`Self::stopword_counts`], for locale `l` and English only (all
    /// locales when `l` is `None`).
    pub(crate) fn block_stopword_counts(&self, l: Option<usize>, text: &str) -> Vec<u32> {
        match l {
            Some(l) => {
                let Some(cell) = self.block_stopwords.get(l) else {
                    return vec![0; self.locales.len()];
                };
                let (words, enough) = cell.get_or_init(|| {
                    let en = self.locale_index("en").filter(|&e| e != l);
                    let pair: Vec<usize> = std::iter::once(l).chain(en).collect();
                    // With one locale only (an English article), a block is in it
                    // from its second word on: counting further cannot change that.
                    let enough = if pair.len() == 1 { 2 } else { u32::MAX };
                    (Self::word_counter(&self.locales, &pair).ok().flatten(), enough)
                });
                self.count(words.as_ref(), text, *enough)
            }
            None => self.stopword_counts(text),
        }
    }

    /// Counts each locale's words in `text`; stops once a locale has `enough`.
    fn count(&self, words: Option<&WordCounter>, text: &str, enough: u32) -> Vec<u32> {
        let mut counts = vec![0u32; self.locales.len()];
        // Counts a word for each locale listing it; `false` once one has enough.
        let mut add = |locales: &[usize]| {
            let mut done = false;
            for &li in locales {
                if let Some(c) = counts.get_mut(li) {
                    *c += 1;
                    done |= *c >= enough;
                }
            }
            !done
        };
        match words {
            // A match of a word that stands alone is a whole run of letters and
            // digits: each such run is looked up.
            Some(WordCounter::Words(words)) => {
                let mut scratch = String::new();
                each_word(text, |start, end| words.get(text, start, end, &mut scratch).is_none_or(|l| add(l)));
            }
            Some(WordCounter::Automaton((ac, info))) => {
                for m in ac.find_iter(text) {
                    let Some((locales, whole)) = info.get(m.pattern().as_usize()) else {
                        continue;
                    };
                    if *whole {
                        let before = text.get(..m.start()).and_then(|s| s.chars().next_back());
                        let after = text.get(m.end()..).and_then(|s| s.chars().next());
                        if before.is_some_and(char::is_alphanumeric) || after.is_some_and(char::is_alphanumeric) {
                            continue;
                        }
                    }
                    if !add(locales) {
                        break;
                    }
                }
            }
            None => {}
        }
        counts
    }

    pub(crate) fn locale_index(&self, tag: &str) -> Option<usize> {
        self.locales.iter().position(|l| l.tag.eq_ignore_ascii_case(tag))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn interned_patterns_are_distinct_ignoring_ascii_case() {
        let mut p: Interned<Vec<usize>> = Interned::new();
        for (i, w) in ["Cause", "CAUSE", "Orsak", "cause", "Ö"].iter().enumerate() {
            p.entry(w, Vec::new).push(i);
        }
        assert_eq!(p.patterns, ["Cause", "Orsak", "Ö"], "the first spelling is kept");
        assert_eq!(p.values, [vec![0, 1, 3], vec![2], vec![4]]);
    }

    /// The prefix scan reports what `find_overlapping_iter` of the same
    /// patterns reports, in the same order: on every locale's heading phrases
    /// joined in several ways, in upper and lower case, with 3 to 8 byte prefixes.
    #[test]
    fn the_prefix_scan_finds_what_find_overlapping_iter_finds() {
        let norm = crate::Normalizer::new();
        let phrases = norm.heading_phrases();
        let mut texts = Vec::new();
        for glue in ["", " ", "\n", "x", "é"] {
            let t = phrases.join(glue);
            texts.extend([t.to_uppercase(), t.to_lowercase(), t]);
        }
        let mut found = 0;
        for prefix_bytes in 3..=8 {
            let Ok(prefixed) = Prefixed::build(phrases.clone(), prefix_bytes) else {
                panic!("the prefix automaton builds");
            };
            let heads = Prefixed::heads(&phrases, prefix_bytes).patterns;
            let Ok(reference) = AhoCorasick::builder()
                .ascii_case_insensitive(true)
                .kind(Some(AhoCorasickKind::DFA))
                .build(&heads)
            else {
                panic!("the reference automaton builds");
            };
            for t in &texts {
                let mut scan = Vec::new();
                prefixed.each_prefix(t.as_bytes(), |start, pattern| scan.push((start, pattern)));
                let expected: Vec<(usize, usize)> = reference
                    .find_overlapping_iter(t.as_str())
                    .map(|m| (m.start(), m.pattern().as_usize()))
                    .collect();
                assert_eq!(scan, expected, "prefixes of {prefix_bytes} bytes");
                found += scan.len();
            }
        }
        assert!(found > 100_000, "{found} prefixes found");
    }

    /// Counting paragraph words by word counts what the automaton counts, for
    /// every locale whose words are all whole words (with English), on texts
    /// of its and English's words, in three cases, glued to each other in
    /// several ways, and on the shared corpus's texts when it is there.
    #[test]
    fn words_are_counted_by_word_as_the_automaton_counts_them() {
        let norm = crate::Normalizer::new();
        let vocab = norm.vocabulary();
        let Some(en) = vocab.locale_index("en") else {
            panic!("en is embedded")
        };
        let mut texts: Vec<String> = Vec::new();
        let corpus = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/dev");
        match std::fs::read_dir(&corpus) {
            Ok(dirs) => {
                for f in dirs.flatten().filter_map(|d| std::fs::read_dir(d.path()).ok()).flatten().flatten() {
                    texts.extend(std::fs::read_to_string(f.path()).ok());
                }
            }
            Err(_) => eprintln!("{} is absent: synthetic texts only", corpus.display()),
        }
        let (mut by_word, mut counted) = (0, 0u64);
        for (l, locale) in vocab.locales.iter().enumerate() {
            let pair: Vec<usize> = if l == en { vec![en] } else { vec![l, en] };
            let Ok(Some(by_words @ WordCounter::Words(_))) = Vocabulary::word_counter(&vocab.locales, &pair) else {
                continue;
            };
            let Ok(ac) = WordCounter::automaton(Vocabulary::stopword_patterns(&vocab.locales, &pair)) else {
                panic!("{}: no automaton", locale.tag);
            };
            by_word += 1;
            let mut mine: Vec<String> = Vec::new();
            let list: Vec<&String> = pair
                .iter()
                .filter_map(|&i| vocab.locales.get(i))
                .flat_map(|l| &l.stopwords)
                .collect();
            for glue in [" ", "", "x", "1", "é", "É", ", ", "-", "\u{301}", "\n", "_", "’"] {
                let t = list.iter().map(|w| w.as_str()).collect::<Vec<_>>().join(glue);
                mine.extend([t.to_uppercase(), t.to_lowercase(), t.clone(), format!("{glue}{t}{glue}")]);
            }
            for t in mine.iter().chain(&texts) {
                for enough in [2, u32::MAX] {
                    let expected = vocab.count(Some(&ac), t, enough);
                    assert_eq!(vocab.count(Some(&by_words), t, enough), expected, "{}: {t:?}", locale.tag);
                    counted += u64::from(expected.iter().sum::<u32>());
                }
            }
        }
        assert!(by_word >= 15, "{by_word} locales counted by word");
        assert!(counted > 10_000, "{counted} words counted");
    }

    #[test]
    fn eight_bytes_are_lowered_as_each_byte_is() {
        for b in 0..=255u8 {
            for at in 0..8 {
                let mut x = *b"Ab\xC3\x84z[@\x7F";
                if let Some(slot) = x.get_mut(at) {
                    *slot = b;
                }
                let expected = u64::from_le_bytes(x.map(|c| c.to_ascii_lowercase()));
                assert_eq!(ascii_lowercase_u64(u64::from_le_bytes(x)), expected, "{x:?}");
            }
        }
        assert_eq!(word_key("ÄR"), word_key("Är"), "non-ASCII letters are left as they are");
        assert_ne!(word_key("ÄR"), word_key("är"));
        assert_eq!((word_key(""), word_key("abcdefghi")), (None, None));
    }

    #[test]
    fn each_word_finds_the_runs_of_letters_and_digits() {
        for t in ["", " ", "a", "the cat", "  två-ord, 3x\u{301}y ", "概要は", "l’état", "end."] {
            let mut found = Vec::new();
            each_word(t, |s, e| {
                found.push(t.get(s..e).unwrap_or_default());
                true
            });
            let expected: Vec<&str> = t.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
            assert_eq!(found, expected, "{t:?}");
        }
    }

    /// Whether `text` starts with `phrase`, as [`Prefixed::each_match`] decides
    /// it (`first` is [`First8::of`] `phrase`).
    fn starts_with(text: &[u8], phrase: &[u8], first: &First8) -> bool {
        first.matches_word(First8::word(text)) && rest_matches(text, phrase)
    }

    /// The masked 8-byte comparison decides as `eq_ignore_ascii_case` over
    /// the phrase does: on phrases of 1 to 12 bytes (letters, digits,
    /// punctuation, UTF-8) and, for each, texts with every byte's case changed,
    /// every byte replaced, cut at every length or continued.
    #[test]
    fn a_phrase_start_is_compared_as_eq_ignore_ascii_case_compares() {
        let phrases = [
            "a",
            "Sä",
            "FAQ",
            "Orsak",
            "Cause:",
            "Symptoms",
            "SYMPTOMSx",
            "Översikt",
            "状态 1",
            "More information",
        ];
        let bytes: Vec<u8> = vec![0, b' ', b'@', b'A', b'[', b'`', b'a', b'{', b'0', 0x80, 0xC3, 0xE2, 0xFF];
        let (mut yes, mut no) = (0, 0);
        for p in phrases.map(str::as_bytes) {
            let first = First8::of(p);
            let mut texts: Vec<Vec<u8>> = vec![p.to_vec(), [p, b"tail of it"].concat()];
            for i in 0..p.len() {
                let mut t = p.to_vec();
                if let Some(b) = t.get_mut(i) {
                    *b ^= 0x20;
                }
                texts.push(t);
                for &r in &bytes {
                    let mut t = [p, b"xyz"].concat();
                    if let Some(b) = t.get_mut(i) {
                        *b = r;
                    }
                    texts.push(t);
                }
                texts.push(p.get(..i).unwrap_or_default().to_vec());
            }
            for t in &texts {
                let expected = t.get(..p.len()).is_some_and(|h| h.eq_ignore_ascii_case(p));
                assert_eq!(starts_with(t, p, &first), expected, "{:?} at {:?}", String::from_utf8_lossy(p), t);
                if expected { yes += 1 } else { no += 1 }
            }
        }
        assert!(yes > 80 && no > 900, "{yes} matches, {no} others");
    }

    /// A heading line is found from its first bytes as a whole-text scan finds
    /// it, on every locale's heading phrases, their case variants and near misses.
    #[test]
    fn heading_lines_found_as_a_whole_scan_finds_them() {
        let norm = crate::Normalizer::new();
        let vocab = norm.vocabulary();
        let by_scan = |line: &str| {
            !line.is_empty()
                && vocab
                    .all_headings()
                    .find_all(line)
                    .into_iter()
                    .any(|(s, e, p)| s == 0 && e == line.len() && matches!(p.kind, PhraseKind::Heading(_)))
        };
        let (mut yes, mut no) = (0, 0);
        for p in norm.heading_phrases() {
            let cut = p.floor_char_boundary(p.len().saturating_sub(1));
            for line in [
                p.clone(),
                p.to_uppercase(),
                p.to_lowercase(),
                format!("{p}x"),
                format!("x{p}"),
                p.get(..cut).unwrap_or("").to_string(),
            ] {
                let found = vocab.is_heading_line(&line);
                assert_eq!(found, by_scan(&line), "{line:?}");
                if found { yes += 1 } else { no += 1 }
            }
        }
        assert!(yes > 1000 && no > 1000, "{yes} heading lines, {no} others");
        assert!(vocab.is_heading_line("Keywords") && vocab.is_heading_line("ORSAK"));
        assert!(!vocab.is_heading_line("") && !vocab.is_heading_line("Keywords:"));
    }

    /// The title gate finds what one `RegexSet` over every locale's kind and
    /// rollup patterns finds, on titles made of every locale's forms.
    #[test]
    fn title_gate_finds_what_one_regex_set_finds() {
        let n = crate::Normalizer::new();
        let v = n.vocabulary();
        let kinds: Vec<(crate::model::Kind, &str)> = v
            .locales
            .iter()
            .flat_map(|l| l.sources().kinds.iter().map(|(k, r)| (*k, r.as_str())))
            .collect();
        let rollups: Vec<(usize, &str)> = v
            .locales
            .iter()
            .enumerate()
            .filter_map(|(i, l)| l.sources().rollup.as_ref().map(|r| (i, r.as_str())))
            .collect();
        let kind_set = regex::RegexSet::new(kinds.iter().map(|(_, p)| *p)).unwrap();
        let rollup_set = regex::RegexSet::new(rollups.iter().map(|(_, p)| *p)).unwrap();
        let mut titles = vec![String::new(), "Description of the update".to_string()];
        for l in &v.locales {
            for id in crate::locale::KIND_IDS.iter().map(|(_, id)| *id).chain(["rollup-name"]) {
                for t in l.samples(id) {
                    titles.push(format!("Description of {t} for Windows"));
                    titles.push(t.to_uppercase());
                    titles.push(t);
                }
            }
        }
        let (mut kinds_found, mut rollups_found) = (0, 0);
        for t in &titles {
            let lower = crate::locale::Folded::new(t);
            let want_kind = kind_set.matches(lower.lower()).iter().next().map(|i| kinds[i].0);
            assert_eq!(v.title_kind_any_locale(t), want_kind, "{t}");
            let want_rollups: Vec<usize> = rollup_set.matches(lower.lower()).iter().map(|i| rollups[i].0).collect();
            assert_eq!(v.title_rollup_locales(t), want_rollups, "{t}");
            kinds_found += usize::from(want_kind.is_some());
            rollups_found += usize::from(!want_rollups.is_empty());
        }
        assert!(
            kinds_found > 100 && rollups_found > 40,
            "{kinds_found} {rollups_found} of {}",
            titles.len()
        );
    }

    fn fail(what: &str) -> Error {
        Error::LocaleData {
            locale: what.into(),
            message: String::new(),
        }
    }

    #[test]
    fn both_runs_the_first_on_another_thread_and_keeps_results_and_the_first_error() {
        let here = std::thread::current().id();
        let (a, b) = both(|| Ok(std::thread::current().id()), || Ok("b")).unwrap();
        assert_ne!(a, here, "the first closure runs on a thread of its own");
        assert_eq!(b, "b");
        let err = |r: Result<((), ()), Error>| match r {
            Err(Error::LocaleData { locale, .. }) => locale,
            other => panic!("{other:?}"),
        };
        assert_eq!(err(both(|| Err(fail("a")), || Err(fail("b")))), "a");
        assert_eq!(err(both(|| Ok(()), || Err(fail("b")))), "b");
        assert_eq!(err(both(|| Err(fail("a")), || Ok(()))), "a");
    }
}
