//! Stage 2, **clean**: normalize the decoded text so later stages see one form.
//!
//! Three passes, each recording how offsets move ([`crate::offsets`]):
//! 1. Unicode NFC, only when the quick check says the text is not NFC already;
//! 2. characters: line endings to `\n`, odd spaces to ` `, zero-width and bidi
//!    controls dropped;
//! 3. lines: page chrome removed (each removal a diagnostic with its source span),
//!    bullets (`•`, `| • |` table rows whose closing `|` may sit on a later line,
//!    `- `, a lone `-` line, `| 1. |`) rewritten as `• `/`1. `, stray table pipes
//!    dropped, and hard-wrapped lines re-joined when the next line plainly
//!    continues the sentence (it starts in lower case, or with a digit after a
//!    word).

use unicode_normalization::char::canonical_combining_class;
use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

use crate::model::Span;
use crate::offsets::{MapBuilder, OffsetMap};
use crate::vocab::{PhraseKind, Vocabulary};

/// Text after cleaning, with the way back to the decoded input.
#[derive(Debug)]
pub(crate) struct Cleaned {
    pub(crate) text: String,
    /// Innermost (closest to the source) first.
    maps: Vec<OffsetMap>,
    /// Removed chrome: source span and the text removed.
    pub(crate) chrome: Vec<(Span, String)>,
    /// Offsets in `text` where chrome was cut out: nothing found in the text may span one.
    pub(crate) cuts: Vec<usize>,
    source_len: usize,
}

impl Cleaned {
    /// Map a cleaned range back to a source span.
    pub(crate) fn span(&self, a: usize, b: usize) -> Span {
        if self.text.is_empty() && self.chrome.is_empty() {
            // Only dropped characters (zero-width, controls): they all belong to the one empty range.
            return Span::new(0, self.source_len);
        }
        let (mut s, mut e) = (a, b);
        for m in self.maps.iter().rev() {
            let (ns, ne) = if s == e {
                let x = m.start(s);
                (x, x)
            } else {
                m.range(s, e)
            };
            s = ns;
            e = ne;
        }
        Span::new(s, e)
    }
}

pub(crate) fn clean(source: &str, vocab: &Vocabulary) -> Cleaned {
    let mut maps = Vec::new();
    let nfc_text;
    let mut text: &str = source;
    if !surely_nfc(source) {
        let (t, m) = nfc(source);
        nfc_text = t;
        maps.push(m);
        text = &nfc_text;
    }
    let chars_text;
    if let Some((t, m)) = characters(text) {
        chars_text = t;
        maps.push(m);
        text = &chars_text;
    }
    let (out, map, removed) = lines(text, vocab);
    maps.push(map);
    let cuts = removed.iter().map(|r| r.0).collect();
    let mut cleaned = Cleaned {
        text: out,
        maps,
        chrome: Vec::new(),
        cuts,
        source_len: source.len(),
    };
    // Chrome spans in source coordinates: map the text-level removed ranges through the inner maps.
    let inner = cleaned.maps.len() - 1;
    for (_, a, b, what) in removed {
        let (mut s, mut e) = (a, b);
        for m in cleaned.maps.get(..inner).unwrap_or(&[]).iter().rev() {
            let r = m.range(s, e);
            s = r.0;
            e = r.1;
        }
        cleaned.chrome.push((Span::new(s, e), what));
    }
    cleaned
}

/// Whether `text` is NFC by the quick check run over its characters from
/// U+0300 on (lead bytes from 0xCC) only: the others are all NFC and do not
/// combine, so most Latin-script text is not decoded at all. Leaving them out
/// can only make the check fail where the whole text passes (a combining mark
/// then follows a mark of a higher class across a letter left out), never pass
/// where it fails; a failed check costs the NFC pass, which changes only what
/// NFC changes.
fn surely_nfc(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut at = 0;
    let combining_range = std::iter::from_fn(|| {
        let lead = at + bytes.get(at..)?.iter().position(|&b| b >= 0xCC)?;
        let c = text.get(lead..)?.chars().next()?;
        at = lead + c.len_utf8();
        Some(c)
    });
    is_nfc_quick(combining_range) == IsNormalized::Yes
}

/// A char that cannot combine with what precedes it under NFC.
fn stable_starter(c: char) -> bool {
    c.is_ascii() || (canonical_combining_class(c) == 0 && is_nfc_quick(std::iter::once(c)) == IsNormalized::Yes)
}

fn nfc(text: &str) -> (String, OffsetMap) {
    let mut b = MapBuilder::with_capacity(text.len());
    let mut chunk_start = 0;
    let mut copied = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next_is_boundary = chars.peek().is_none_or(|&(_, n)| stable_starter(n));
        if !next_is_boundary {
            continue;
        }
        let end = i + c.len_utf8();
        let chunk = &text[chunk_start..end];
        if !(chunk.len() == 1 || is_nfc_quick(chunk.chars()) == IsNormalized::Yes) {
            let normalized: String = chunk.nfc().collect();
            if normalized != chunk {
                b.copy(&text[copied..chunk_start]);
                b.replace(chunk.len(), &normalized);
                copied = end;
            }
        }
        chunk_start = end;
    }
    b.copy(&text[copied..]);
    b.finish(text.len())
}

enum CharFix {
    Keep,
    Space,
    Newline,
    Drop,
    /// A decimal digit of another script (full-width, Arabic-Indic): its ASCII value.
    Digit(u8),
}

fn char_fix(c: char) -> CharFix {
    match c {
        '\r' => CharFix::Newline,
        '\u{ff10}'..='\u{ff19}' => CharFix::Digit((c as u32 - 0xff10) as u8),
        '\u{660}'..='\u{669}' => CharFix::Digit((c as u32 - 0x660) as u8),
        '\u{6f0}'..='\u{6f9}' => CharFix::Digit((c as u32 - 0x6f0) as u8),
        '\t' | '\u{a0}' | '\u{1680}' | '\u{2000}'..='\u{200a}' | '\u{202f}' | '\u{205f}' | '\u{3000}' | '\u{85}' => CharFix::Space,
        '\u{2028}' | '\u{2029}' | '\u{0b}' | '\u{0c}' => CharFix::Newline,
        '\u{200b}'
        | '\u{200c}'
        | '\u{200d}'
        | '\u{2060}'
        | '\u{feff}'
        | '\u{ad}'
        | '\u{200e}'
        | '\u{200f}'
        | '\u{202a}'..='\u{202e}'
        | '\u{2066}'..='\u{2069}'
        | '\u{61c}' => CharFix::Drop,
        c if c.is_control() && c != '\n' => CharFix::Drop,
        _ => CharFix::Keep,
    }
}

/// A byte that may start a character [`char_fix`] changes: an ASCII control
/// other than `\n`, or the lead byte of U+0080–U+00BF (C1 controls, no-break
/// space, soft hyphen), U+0600–U+06FF (Arabic digits and mark), U+1680 (Ogham
/// space mark, in U+1000–U+1FFF), U+2000–U+206F (spaces, zero-width and bidi
/// controls), U+3000 or U+FEFF–U+FF19. Every other
/// byte starts (or continues) a character that is kept, so the scan looks at
/// characters only where such a byte is.
fn may_need_fix(b: u8) -> bool {
    MAY_NEED_FIX.get(usize::from(b)).copied().unwrap_or(true)
}

/// [`may_need_fix`] as a table: one load per byte instead of a chain of range tests.
#[allow(clippy::indexing_slicing, reason = "b < 256, the table's length")]
static MAY_NEED_FIX: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = lead_of_a_fix(b as u8);
        b += 1;
    }
    t
};

/// The bytes [`may_need_fix`] names, as comparisons: its table is built from
/// them, and [`skip_plain`] tests whole blocks with them.
/// (Written with `&` and `|`, not `matches!`, which the compiler does not
/// vectorize as well: 0.6 more instructions per byte on the seeds.)
const fn lead_of_a_fix(b: u8) -> bool {
    ((b < 0x20) & (b != b'\n')) | (b == 0x7F) | (b == 0xC2) | ((b | 1) == 0xD9) | (b == 0xDB) | ((b >= 0xE1) & (b <= 0xE3)) | (b == 0xEF)
}

/// How many leading bytes of `bytes`, in whole blocks of 32, [`may_need_fix`]
/// passes: tested with [`lead_of_a_fix`]'s comparisons, which the compiler
/// vectorizes over a block (a table lookup per byte it does not).
fn skip_plain(bytes: &[u8]) -> usize {
    let mut n = 0;
    for block in bytes.chunks_exact(32) {
        let odd = block.iter().fold(false, |acc, &b| acc | lead_of_a_fix(b));
        if odd {
            break;
        }
        n += 32;
    }
    n
}

/// The next character to fix at or after byte `from`: its offset, the
/// character and what to do.
fn next_fix(text: &str, from: usize) -> Option<(usize, char, CharFix)> {
    let bytes = text.as_bytes();
    let mut at = from;
    loop {
        at += skip_plain(bytes.get(at..)?);
        at += bytes.get(at..)?.iter().position(|&b| may_need_fix(b))?;
        // A lead or ASCII byte is a character boundary.
        let c = text.get(at..).and_then(|r| r.chars().next())?;
        let fix = char_fix(c);
        if !matches!(fix, CharFix::Keep) {
            return Some((at, c, fix));
        }
        at += c.len_utf8();
    }
}

fn characters(text: &str) -> Option<(String, OffsetMap)> {
    let mut next = next_fix(text, 0);
    next.as_ref()?;
    let mut b = MapBuilder::with_capacity(text.len());
    let mut copied = 0;
    while let Some((i, c, fix)) = next {
        b.copy(&text[copied..i]);
        let mut len = c.len_utf8();
        match fix {
            CharFix::Newline => {
                if c == '\r' && text.as_bytes().get(i + 1) == Some(&b'\n') {
                    len += 1;
                }
                b.replace(len, "\n");
            }
            CharFix::Space => b.replace(len, " "),
            CharFix::Digit(d) => {
                let digit = [b'0' + d];
                b.replace(len, std::str::from_utf8(&digit).unwrap_or("0"));
            }
            CharFix::Drop => b.absorb(len),
            CharFix::Keep => {}
        }
        copied = i + len;
        next = next_fix(text, copied);
    }
    b.copy(&text[copied..]);
    Some(b.finish(text.len()))
}

/// An edit inside one line, relative to the text.
enum Edit {
    Remove(usize, usize, String),
    Absorb(usize, usize),
    Replace(usize, usize, &'static str),
}

/// The last character of the last line of `out` that is not white space, if
/// that line has one. Reads back over trailing white space only, so joining many
/// wrapped lines into one stays linear.
/// How many bytes of `bytes` `keep` keeps, counted so that the compiler
/// vectorizes it: a byte counter per lane, over blocks of 255 bytes so that it
/// cannot overflow (a `usize` count was not vectorized). `keep` should have no
/// early exit (`&`, `|` rather than `&&`, `||`).
pub(crate) fn count_bytes(bytes: &[u8], keep: impl Fn(u8) -> bool) -> usize {
    let block = |b: &[u8]| usize::from(b.iter().fold(0u8, |n, &x| n.wrapping_add(u8::from(keep(x)))));
    bytes.chunks(255).map(block).sum()
}

/// The lines of `text` with their byte offsets: the pieces `text.split('\n')`
/// gives (a text ending in '\n' ends with an empty one). memchr's iterator
/// finds every line break in one pass; `split('\n')` starts a search per line,
/// which costs more than the search itself on short lines.
pub(crate) fn lines_at(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut breaks = memchr::memchr_iter(b'\n', text.as_bytes());
    let mut start = Some(0);
    std::iter::from_fn(move || {
        let s = start?;
        let end = breaks.next();
        start = end.map(|e| e + 1);
        text.get(s..end.unwrap_or(text.len())).map(|line| (s, line))
    })
}

fn last_char_of_line(out: &str) -> Option<char> {
    out.chars().rev().find(|c| *c == '\n' || !c.is_whitespace()).filter(|c| *c != '\n')
}

/// The last line of `out`, trimmed, when it is short enough to be a heading.
fn short_line(out: &str) -> Option<&str> {
    const SHORT: usize = 128;
    let from = out.ceil_char_boundary(out.len().saturating_sub(SHORT));
    let tail = out.get(from..)?;
    match memchr::memrchr(b'\n', tail.as_bytes()) {
        Some(i) => tail.get(i + 1..).map(str::trim),
        None if from == 0 => Some(tail.trim()),
        None => None,
    }
}

fn starts_lower(s: &str) -> bool {
    s.trim_start_matches(' ').chars().next().is_some_and(char::is_lowercase)
}

/// "2007 servicing model": a number followed by a lower-case word.
fn digits_then_word(s: &str) -> bool {
    let d = s.bytes().take_while(u8::is_ascii_digit).count();
    d > 0
        && s.get(d..)
            .and_then(|r| r.strip_prefix(' '))
            .is_some_and(|r| r.chars().next().is_some_and(char::is_lowercase))
}

/// How a table row starts: `| • | x` or `| 1. | x`.
enum RowStart {
    /// Replace the first `len` bytes with "• ".
    Bullet { len: usize },
    /// Absorb `lead` bytes (spaces and the pipe), keep the number, then replace
    /// `gap` bytes (spaces, pipe, spaces) with one space: "1. x".
    Numbered { lead: usize, number: usize, gap: usize },
}

fn table_row(line: &str) -> Option<RowStart> {
    let t = line.trim_start_matches(' ');
    let rest = t.strip_prefix('|')?.trim_start_matches(' ');
    let lead = line.len() - rest.len();
    if let Some(a) = rest.strip_prefix('•').or_else(|| rest.strip_prefix('·')) {
        let after = a.trim_start_matches(' ').strip_prefix('|')?.trim_start_matches(' ');
        return Some(RowStart::Bullet {
            len: line.len() - after.len(),
        });
    }
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let a = rest.get(digits..)?.strip_prefix('.')?;
    if digits == 0 {
        return None;
    }
    let after = a.trim_start_matches(' ').strip_prefix('|')?.trim_start_matches(' ');
    Some(RowStart::Numbered {
        lead,
        number: digits + 1,
        gap: a.len() - after.len(),
    })
}

/// Returns the text, its map, and the removals: (offset in the new text, range in `text`, what).
#[allow(clippy::type_complexity)]
fn lines(text: &str, vocab: &Vocabulary) -> (String, OffsetMap, Vec<(usize, usize, usize, String)>) {
    let mut b = MapBuilder::with_capacity(text.len());
    let mut removed = Vec::new();
    let mut in_row = false;
    // Chrome matches over the whole text, consumed line by line.
    let chrome: Vec<(usize, usize, bool)> = vocab
        .find_chrome(text)
        .into_iter()
        .filter_map(|(s, e, p)| match p.kind {
            PhraseKind::Chrome => Some((s, e, false)),
            PhraseKind::ChromeLine => Some((s, e, true)),
            PhraseKind::Heading(_) => None,
        })
        .collect();
    // The longest chrome at each place first; overlapped ones are skipped below.
    let mut chrome = chrome;
    chrome.sort_by_key(|&(s, e, _)| (s, std::cmp::Reverse(e)));
    let mut ci = 0;
    let mut pos = 0;
    let bytes = text.as_bytes();
    while pos < text.len() || (pos == 0 && text.is_empty()) {
        if text.is_empty() {
            break;
        }
        let nl = bytes.get(pos..).and_then(|rest| memchr::memchr(b'\n', rest)).map(|i| pos + i);
        let line_end = nl.unwrap_or(text.len());
        let line = &text[pos..line_end];
        let mut edits: Vec<Edit> = Vec::new();
        // Chrome inside this line.
        let mut kept_any = false;
        let mut cursor = pos;
        while let Some(&(s, e, whole)) = chrome.get(ci) {
            if s >= line_end {
                break;
            }
            ci += 1;
            if e > line_end || s < cursor {
                continue;
            }
            if whole && !(text[pos..s].trim().is_empty() && text[e..line_end].trim().is_empty()) {
                continue;
            }
            if !text[cursor..s].trim().is_empty() {
                kept_any = true;
            }
            edits.push(Edit::Remove(s, e, text[s..e].to_string()));
            cursor = e;
        }
        if !text[cursor..line_end].trim().is_empty() {
            kept_any = true;
        }
        let had_chrome = !edits.is_empty();
        let only_chrome = had_chrome && !kept_any;
        let trimmed = line.trim();
        let lone_pipe = trimmed == "|" || (trimmed.chars().all(|c| c == '|' || c == ' ') && !trimmed.is_empty());
        let mut join_next = false;
        if only_chrome || (lone_pipe && !had_chrome) {
            // Drop the whole line with its newline: chrome is removed, a stray pipe absorbed.
            if lone_pipe && !had_chrome {
                in_row = false;
                b.copy(&text[b.old_pos()..pos]);
                let len = line_end + usize::from(nl.is_some()) - pos;
                if b.out.is_empty() {
                    // Nothing before to absorb it into: record it as removed table chrome.
                    removed.push((0, 0, text[pos..pos + len].trim().to_string()));
                    b.remove(len);
                } else {
                    b.absorb(len);
                }
                pos = line_end + usize::from(nl.is_some());
                continue;
            }
            // Remove chrome edits; whitespace between them is removed along with them.
            b.copy(&text[b.old_pos()..pos]);
            let end = line_end + usize::from(nl.is_some());
            let what: Vec<String> = edits
                .iter()
                .filter_map(|e| match e {
                    Edit::Remove(_, _, w) => Some(w.clone()),
                    _ => None,
                })
                .collect();
            let before = b.out.len();
            b.remove(end - pos);
            removed.push((before, before, what.join(" ")));
            pos = end;
            continue;
        }
        {
            // Bullets at the start of the line (unless chrome starts it).
            let starts_with_chrome = matches!(edits.first(), Some(Edit::Remove(s, _, _)) if text[pos..*s].trim().is_empty());
            if !starts_with_chrome {
                if let Some(row) = table_row(line) {
                    in_row = true;
                    match row {
                        RowStart::Bullet { len } => edits.insert(0, Edit::Replace(pos, pos + len, "• ")),
                        RowStart::Numbered { lead, number, gap } => {
                            let gap_start = pos + lead + number;
                            edits.insert(0, Edit::Absorb(pos, pos + lead));
                            edits.insert(1, Edit::Replace(gap_start, gap_start + gap, " "));
                        }
                    }
                } else {
                    let t = line.trim_start_matches(' ');
                    let lead = line.len() - t.len();
                    if let Some(rest) = t.strip_prefix('•').or_else(|| t.strip_prefix('·')) {
                        let ws = rest.len() - rest.trim_start_matches(' ').len();
                        edits.insert(0, Edit::Replace(pos, pos + lead + (t.len() - rest.len()) + ws, "• "));
                    } else if let Some(rest) = t.strip_prefix("- ") {
                        let ws = rest.len() - rest.trim_start_matches(' ').len();
                        edits.insert(0, Edit::Replace(pos, pos + lead + 2 + ws, "• "));
                    } else if t.trim_end() == "-" && nl.is_some() && !starts_lower(&text[line_end + 1..]) {
                        // A lone dash: the item text is on the next line.
                        edits.insert(0, Edit::Replace(pos, line_end + 1, "• "));
                        join_next = true;
                    }
                }
                // Closing pipe of a table row.
                if in_row && !join_next {
                    let tt = line.trim_end();
                    if tt.len() > 1
                        && tt.ends_with('|')
                        && edits
                            .iter()
                            .all(|e| !matches!(e, Edit::Replace(_, end, _) if *end > pos + tt.len() - 1))
                    {
                        let pipe = pos + tt.len() - 1;
                        let start = pos + text[pos..pipe].trim_end().len();
                        edits.push(Edit::Absorb(start, line_end));
                        in_row = false;
                    }
                }
            }
        }
        // Apply edits in order.
        edits.sort_by_key(|e| match e {
            Edit::Remove(s, _, _) | Edit::Absorb(s, _) | Edit::Replace(s, _, _) => *s,
        });
        let mut at = pos;
        b.copy(&text[b.old_pos()..pos]);
        for e in edits {
            match e {
                Edit::Remove(s, e, what) if s >= at => {
                    b.copy(&text[at..s]);
                    let before = b.out.len();
                    b.remove(e - s);
                    removed.push((before, before, what));
                    at = e;
                }
                Edit::Absorb(s, e) if s >= at => {
                    b.copy(&text[at..s]);
                    b.absorb(e - s);
                    at = e;
                }
                Edit::Replace(s, e, with) if s >= at => {
                    b.copy(&text[at..s]);
                    b.replace(e - s, with);
                    at = e;
                }
                _ => {}
            }
        }
        if join_next {
            pos = at;
            continue;
        }
        b.copy(&text[at..line_end]);
        if let Some(nl) = nl {
            // Re-join a hard-wrapped line.
            let next = &text[nl + 1..];
            let next_line = memchr::memchr(b'\n', next.as_bytes()).map_or(next, |i| next.get(..i).unwrap_or(next));
            let next_t = next_line.trim_start_matches(' ');
            let continues = last_char_of_line(&b.out).is_some_and(|last| {
                !next_t.is_empty()
                    && last != ':'
                    && (starts_lower(next_line) || ((last.is_lowercase() || last == ',') && digits_then_word(next_t)))
                    && !next_t.starts_with(['•', '|', '-', '·'])
                    && !short_line(&b.out).is_some_and(|l| vocab.is_heading_line(l))
            });
            if continues {
                let lead = next_line.len() - next_t.len();
                b.replace(1 + lead, " ");
                pos = nl + 1 + lead;
            } else {
                b.copy("\n");
                pos = nl + 1;
            }
        } else {
            pos = line_end;
        }
    }
    b.copy(&text[b.old_pos()..]);
    let (out, map) = b.finish(text.len());
    // Removed ranges in `text` coordinates, from the map.
    let mut ranges: Vec<(usize, usize, usize, String)> = Vec::new();
    let mut it = removed.into_iter();
    for (new, s, e) in map.removed() {
        let what = it.next().map(|r| r.2).unwrap_or_default();
        ranges.push((new, s, e, what));
    }
    (out, map, ranges)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_at_gives_what_split_gives_with_offsets() {
        for t in ["", "\n", "a", "a\n", "\n\nb", "ab\ncd\n\nef", "å\n\u{2028}x\n"] {
            let pieces: Vec<&str> = t.split('\n').collect();
            let found: Vec<(usize, &str)> = lines_at(t).collect();
            assert_eq!(found.iter().map(|(_, l)| *l).collect::<Vec<_>>(), pieces, "{t:?}");
            for (at, line) in found {
                assert_eq!(t.get(at..at + line.len()), Some(line), "{t:?}");
            }
        }
    }
    use crate::normalizer::Normalizer;

    fn cleaned(s: &str) -> Cleaned {
        let n = Normalizer::new();
        clean(s, n.vocabulary())
    }

    #[test]
    fn every_character_to_fix_starts_with_a_byte_the_scan_stops_at() {
        let mut buf = [0u8; 4];
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            if !matches!(char_fix(c), CharFix::Keep) {
                let lead = c.encode_utf8(&mut buf).as_bytes()[0];
                assert!(may_need_fix(lead), "{c:?} (U+{:04X}) would be missed", c as u32);
            }
        }
    }

    #[test]
    fn characters_with_lead_bytes_below_0xcc_need_no_nfc_check() {
        let mut buf = [0u8; 4];
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            if c.encode_utf8(&mut buf).as_bytes()[0] < 0xCC {
                assert!(c < '\u{300}', "{c:?}");
                assert_eq!(is_nfc_quick(std::iter::once(c)), IsNormalized::Yes, "{c:?}");
                assert_eq!(canonical_combining_class(c), 0, "{c:?}");
            }
        }
    }

    #[test]
    fn the_quick_check_on_characters_from_u0300_on() {
        assert!(surely_nfc("plain, Länken • “quoted” 概要"));
        assert!(!surely_nfc("e\u{301}"), "a decomposed é");
        assert!(!surely_nfc("\u{212b}"), "the Ångström sign");
        // U+0305 (class 230) and U+0316 (class 220) compose with nothing.
        assert!(!surely_nfc("a\u{305}\u{316}"), "marks out of order");
        assert!(surely_nfc("a\u{316}\u{305}"));
        // Across a letter below U+0300 the order of marks does not matter, and
        // the text is NFC, but the check sees the marks side by side and fails:
        // cleaning then runs the NFC pass, which changes nothing.
        let across = "a\u{305}b\u{316}";
        assert_eq!(is_nfc_quick(across.chars()), IsNormalized::Yes);
        assert!(!surely_nfc(across));
        assert_eq!(nfc(across).0, across);
    }

    /// Every character cleaning changes starts with a byte the scan stops at.
    #[test]
    fn every_character_to_fix_has_a_lead_byte_the_scan_checks() {
        let mut checked = 0;
        for c in (0..=0x10ffff_u32).filter_map(char::from_u32) {
            if !matches!(char_fix(c), CharFix::Keep) {
                let lead = c.encode_utf8(&mut [0; 4]).as_bytes().first().copied().unwrap_or(0);
                assert!(may_need_fix(lead), "{c:?} starts with {lead:#04x}");
                checked += 1;
            }
        }
        assert!(checked > 100, "{checked}");
    }

    /// The vectorized skip passes exactly the bytes the table passes.
    #[test]
    fn skip_plain_stops_at_the_first_block_with_a_byte_to_check() {
        for b in 0..=255u8 {
            let mut block = [b'a'; 64];
            if let Some(x) = block.get_mut(40) {
                *x = b;
            }
            let want = if may_need_fix(b) { 32 } else { 64 };
            assert_eq!(skip_plain(&block), want, "byte {b:#04x}");
        }
        assert_eq!(skip_plain(&[b'a'; 31]), 0, "no whole block");
    }

    #[test]
    fn characters_fixed_between_kept_ones() {
        let c = cleaned("a\r\nB\rC\u{3000}d\u{3042}\u{ff11}\u{200b}e\u{2014}f\u{7f}g");
        assert_eq!(c.text, "a\nB\nC d\u{3042}1e\u{2014}fg");
    }

    /// The locale regexes match white space as ASCII (`(?-u:\s)`) and
    /// extraction folds it byte by byte: cleaned text must have no white space
    /// but spaces and newlines.
    #[test]
    fn every_white_space_character_becomes_a_space_or_a_newline() {
        for c in (0..=0x10ffff_u32).filter_map(char::from_u32).filter(|c| c.is_whitespace()) {
            let text = cleaned(&format!("a{c}b")).text;
            assert!(
                text.chars().all(|t| !t.is_whitespace() || t == ' ' || t == '\n'),
                "{c:?} left {text:?}"
            );
        }
    }

    #[test]
    fn table_bullets_with_closing_pipe_on_next_line() {
        let c = cleaned("fixes:\n| • | 932487 The store stops\n|\n| • | 929756 Backup hangs |\nBack to the top\nNext");
        assert_eq!(c.text, "fixes:\n• 932487 The store stops\n• 929756 Backup hangs\nNext");
        assert_eq!(c.chrome.len(), 1);
    }

    #[test]
    fn glued_chrome_is_cut_out_and_spans_point_at_the_source() {
        let src = "Update 2007On This PageSUMMARYMicrosoft";
        let c = cleaned(src);
        assert_eq!(c.text, "Update 2007SUMMARYMicrosoft");
        assert_eq!(c.chrome[0].0.slice(src), "On This Page");
        let at = c.text.find("SUMMARY").unwrap();
        assert_eq!(c.span(at, at + 7).slice(src), "SUMMARY");
        assert_eq!(c.span(0, at).slice(src), "Update 2007");
    }

    #[test]
    fn wrapped_lines_are_rejoined() {
        let c = cleaned("Update Rollup 1 for Exchange Server 2007\nhas been replaced.\nThe Exchange Server\n2007 servicing model");
        assert_eq!(
            c.text,
            "Update Rollup 1 for Exchange Server 2007 has been replaced.\nThe Exchange Server 2007 servicing model"
        );
    }

    #[test]
    fn odd_spaces_line_endings_and_nfc() {
        let src = "Lo\u{308}sning\r\nA\u{a0}B\u{200b}C";
        let c = cleaned(src);
        assert_eq!(c.text, "Lösning\nA BC");
        assert_eq!(c.span(0, c.text.len()), Span::new(0, src.len()));
    }

    #[test]
    fn dash_bullets_and_lone_dashes() {
        let c = cleaned("scenario:\n-\nYou use VSAPI.\n- Mail builds up.");
        assert_eq!(c.text, "scenario:\n• You use VSAPI.\n• Mail builds up.");
    }

    #[test]
    fn whole_line_chrome_only_when_alone() {
        let c = cleaned("Help and Support\nsee Help and Support Center at x");
        assert_eq!(c.text, "see Help and Support Center at x");
    }
}
