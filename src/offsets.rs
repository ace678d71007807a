//! Mapping offsets in rewritten text back to the text it was made from.
//!
//! The cleaner rewrites text (line endings, odd spaces, bullets, NFC, removed
//! chrome). [`OffsetMap`] records how: a sequence of pieces, each either copied
//! verbatim, replaced, or removed. A range `a..b` in the new text maps back with
//! [`OffsetMap::range`]; a range that ends where removed text starts ends before
//! it, and one that starts there starts after it — so the removed text falls in
//! neither and can be accounted for separately.

#[derive(Debug, Clone, Copy)]
struct Piece {
    new_start: usize,
    new_end: usize,
    old_start: usize,
    old_end: usize,
    verbatim: bool,
}

/// Maps byte offsets in a rewritten text back to the original text.
#[derive(Debug, Clone, Default)]
pub(crate) struct OffsetMap {
    pieces: Vec<Piece>,
    new_len: usize,
    old_len: usize,
}

/// Builds an [`OffsetMap`] while writing the new text.
#[derive(Debug, Default)]
pub(crate) struct MapBuilder {
    pub(crate) out: String,
    pieces: Vec<Piece>,
    old_pos: usize,
    /// Removed text at the very start that the next piece absorbs.
    pending_absorb: Option<usize>,
}

impl MapBuilder {
    pub(crate) fn with_capacity(n: usize) -> MapBuilder {
        MapBuilder {
            out: String::with_capacity(n),
            ..MapBuilder::default()
        }
    }

    /// The original offset up to which input has been consumed.
    pub(crate) fn old_pos(&self) -> usize {
        self.old_pos
    }

    fn push(&mut self, mut p: Piece) {
        if let Some(start) = self.pending_absorb.take() {
            if p.verbatim && p.new_end > p.new_start {
                // Only the first character takes the absorbed text; the rest stays exact.
                let first = self.out.get(p.new_start..).and_then(|s| s.chars().next()).map_or(1, char::len_utf8);
                let head = Piece {
                    new_start: p.new_start,
                    new_end: p.new_start + first,
                    old_start: start,
                    old_end: p.old_start + first,
                    verbatim: false,
                };
                self.pieces.push(head);
                if p.new_start + first == p.new_end {
                    return;
                }
                p.new_start += first;
                p.old_start += first;
            } else {
                p.old_start = start;
                p.verbatim = false;
            }
        }
        if let Some(last) = self.pieces.last_mut()
            && last.verbatim
            && p.verbatim
            && last.new_end == p.new_start
            && last.old_end == p.old_start
        {
            last.new_end = p.new_end;
            last.old_end = p.old_end;
            return;
        }
        self.pieces.push(p);
    }

    /// Copy `text`, which is the original from the current position on.
    pub(crate) fn copy(&mut self, text: &str) {
        if text.is_empty() {
            return;
        }
        let ns = self.out.len();
        self.out.push_str(text);
        let os = self.old_pos;
        self.old_pos += text.len();
        self.push(Piece {
            new_start: ns,
            new_end: self.out.len(),
            old_start: os,
            old_end: self.old_pos,
            verbatim: true,
        });
    }

    /// Replace the next `old_len` original bytes with `new` (which must not be empty).
    pub(crate) fn replace(&mut self, old_len: usize, new: &str) {
        if new.is_empty() {
            self.absorb(old_len);
            return;
        }
        let ns = self.out.len();
        self.out.push_str(new);
        let os = self.old_pos;
        self.old_pos += old_len;
        self.push(Piece {
            new_start: ns,
            new_end: self.out.len(),
            old_start: os,
            old_end: self.old_pos,
            verbatim: false,
        });
    }

    /// Drop the next `old_len` original bytes *into* the neighbouring text: they
    /// belong to whatever range covers the character before them (insignificant
    /// characters such as a zero-width space or a stray table pipe).
    pub(crate) fn absorb(&mut self, old_len: usize) {
        if old_len == 0 {
            return;
        }
        let os = self.old_pos;
        self.old_pos += old_len;
        match self.pieces.last_mut() {
            Some(last) if last.new_end == self.out.len() && self.pending_absorb.is_none() => {
                if last.verbatim && last.new_end > last.new_start {
                    // Split off the last character so only it becomes approximate.
                    let last_char = self.out[..last.new_end].chars().next_back().map_or(1, char::len_utf8);
                    let mut tail = *last;
                    tail.new_start = last.new_end - last_char;
                    tail.old_start = last.old_end - last_char;
                    last.new_end = tail.new_start;
                    last.old_end = tail.old_start;
                    tail.old_end = self.old_pos;
                    tail.verbatim = false;
                    if last.new_end == last.new_start {
                        *last = tail;
                    } else {
                        self.pieces.push(tail);
                    }
                } else {
                    last.old_end = self.old_pos;
                    last.verbatim = false;
                }
            }
            _ => {
                self.pending_absorb.get_or_insert(os);
            }
        }
    }

    /// Remove the next `old_len` original bytes so that no new range covers them.
    pub(crate) fn remove(&mut self, old_len: usize) {
        if old_len == 0 {
            return;
        }
        let ns = self.out.len();
        let os = self.old_pos;
        self.old_pos += old_len;
        self.pieces.push(Piece {
            new_start: ns,
            new_end: ns,
            old_start: os,
            old_end: self.old_pos,
            verbatim: false,
        });
    }

    pub(crate) fn finish(mut self, old_len: usize) -> (String, OffsetMap) {
        if let Some(start) = self.pending_absorb.take() {
            // Only removed-into-nothing text: keep it as a zero-length replacement.
            let ns = self.out.len();
            self.pieces.push(Piece {
                new_start: ns,
                new_end: ns,
                old_start: start,
                old_end: self.old_pos,
                verbatim: false,
            });
        }
        let map = OffsetMap {
            pieces: self.pieces,
            new_len: self.out.len(),
            old_len,
        };
        (self.out, map)
    }
}

impl OffsetMap {
    /// Where a range *starting* at new offset `c` starts in the original.
    pub(crate) fn start(&self, c: usize) -> usize {
        if c >= self.new_len {
            return self.old_len;
        }
        let i = self.pieces.partition_point(|p| p.new_end <= c);
        match self.pieces.get(i) {
            Some(p) if p.verbatim => p.old_start + (c - p.new_start),
            Some(p) if c == p.new_start => p.old_start,
            Some(p) => p.old_end,
            None => self.old_len,
        }
    }

    /// Where a range *ending* at new offset `c` ends in the original.
    pub(crate) fn end(&self, c: usize) -> usize {
        if c == 0 {
            return 0;
        }
        let i = self.pieces.partition_point(|p| p.new_start < c);
        // Last piece that contains c-1 (non-empty and new_start < c).
        let mut j = i;
        while j > 0 {
            j -= 1;
            if let Some(p) = self.pieces.get(j)
                && p.new_end > p.new_start
            {
                return if p.verbatim {
                    p.old_start + (c.min(p.new_end) - p.new_start)
                } else if c >= p.new_end {
                    p.old_end
                } else {
                    p.old_start
                };
            }
        }
        0
    }

    /// Map a new range back to the original.
    pub(crate) fn range(&self, a: usize, b: usize) -> (usize, usize) {
        let s = self.start(a);
        let e = if b == a { s } else { self.end(b) };
        (s, e.max(s))
    }

    /// Removed pieces (original ranges no new range covers), in order.
    pub(crate) fn removed(&self) -> impl Iterator<Item = (usize, usize, usize)> + '_ {
        self.pieces
            .iter()
            .filter(|p| p.new_start == p.new_end && p.old_end > p.old_start)
            .map(|p| (p.new_start, p.old_start, p.old_end))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verbatim_and_replace_map_back() {
        let src = "a\r\nb\u{a0}c";
        let mut b = MapBuilder::default();
        b.copy("a");
        b.replace(2, "\n");
        b.copy("b");
        b.replace(2, " ");
        b.copy("c");
        let (out, m) = b.finish(src.len());
        assert_eq!(out, "a\nb c");
        assert_eq!(m.range(0, out.len()), (0, src.len()));
        assert_eq!(m.range(2, 3), (3, 4)); // "b"
        assert_eq!(m.range(1, 2), (1, 3)); // "\n" <- "\r\n"
    }

    #[test]
    fn removed_text_is_in_neither_neighbour() {
        // "xxCHROMEyy" with CHROME removed.
        let mut b = MapBuilder::default();
        b.copy("xx");
        b.remove(6);
        b.copy("yy");
        let (out, m) = b.finish(10);
        assert_eq!(out, "xxyy");
        assert_eq!(m.range(0, 2), (0, 2));
        assert_eq!(m.range(2, 4), (8, 10));
        assert_eq!(m.removed().collect::<Vec<_>>(), vec![(2, 2, 8)]);
    }

    #[test]
    fn absorbed_text_joins_the_previous_character() {
        let mut b = MapBuilder::default();
        b.copy("ab");
        b.absorb(3); // a zero-width space
        b.copy("c");
        let (out, m) = b.finish(6);
        assert_eq!(out, "abc");
        assert_eq!(m.range(0, 2), (0, 5));
        assert_eq!(m.range(2, 3), (5, 6));
        assert_eq!(m.range(0, 1), (0, 1));
    }

    #[test]
    fn absorbed_text_at_the_start_joins_the_next_piece() {
        let mut b = MapBuilder::default();
        b.absorb(3);
        b.copy("ab");
        let (out, m) = b.finish(5);
        assert_eq!(out, "ab");
        assert_eq!(m.range(0, 2), (0, 5));
    }
}
