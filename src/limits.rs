//! [`Limits`]: how much input [`Normalizer::try_parse`](crate::Normalizer::try_parse)
//! accepts, and the test that refuses binary data.

use crate::error::Error;

/// Bounds on what the checked parsers
/// ([`Normalizer::try_parse`](crate::Normalizer::try_parse),
/// [`Normalizer::try_parse_bytes`](crate::Normalizer::try_parse_bytes)) accept.
/// Exceeding one is an [`Error`], never a silent truncation.
///
/// Parsing is linear in time and memory whatever the text, so the limits are
/// there to bound the cost a caller pays for input it did not choose; the
/// defaults are far above any real KB article (the largest are a few hundred KB
/// with a few hundred sections).
///
/// ```
/// let n = kbnorm::Normalizer::builder()
///     .limits(kbnorm::Limits::new().max_bytes(16))
///     .build()?;
/// let err = n.try_parse("Symptoms\nThe service stops.").unwrap_err();
/// assert!(matches!(err, kbnorm::Error::TooLarge { size: 27, limit: 16 }));
/// # Ok::<(), kbnorm::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    max_bytes: usize,
    max_sections: usize,
    max_depth: u8,
}

impl Default for Limits {
    fn default() -> Self {
        Limits::new()
    }
}

impl Limits {
    /// The default maximum input size: 64 MiB.
    pub const DEFAULT_MAX_BYTES: usize = 64 << 20;
    /// The default maximum number of sections: 100 000.
    pub const DEFAULT_MAX_SECTIONS: usize = 100_000;
    /// The default maximum section depth: 16 (KB articles nest four deep at most:
    /// known issues › issue › symptoms).
    pub const DEFAULT_MAX_DEPTH: u8 = 16;

    /// The default limits.
    pub const fn new() -> Limits {
        Limits {
            max_bytes: Limits::DEFAULT_MAX_BYTES,
            max_sections: Limits::DEFAULT_MAX_SECTIONS,
            max_depth: Limits::DEFAULT_MAX_DEPTH,
        }
    }

    /// No limit at all (what [`Normalizer::parse`](crate::Normalizer::parse) applies).
    pub const fn none() -> Limits {
        Limits {
            max_bytes: usize::MAX,
            max_sections: usize::MAX,
            max_depth: u8::MAX,
        }
    }

    /// The largest input accepted, in bytes (before decoding for byte input).
    pub const fn max_bytes(mut self, n: usize) -> Limits {
        self.max_bytes = n;
        self
    }

    /// The most sections (the preamble included) an article may have.
    pub const fn max_sections(mut self, n: usize) -> Limits {
        self.max_sections = n;
        self
    }

    /// The deepest section nesting accepted (1 = top-level sections only).
    pub const fn max_depth(mut self, n: u8) -> Limits {
        self.max_depth = n;
        self
    }

    /// The maximum input size in bytes.
    pub const fn get_max_bytes(&self) -> usize {
        self.max_bytes
    }

    /// The maximum number of sections.
    pub const fn get_max_sections(&self) -> usize {
        self.max_sections
    }

    /// The maximum section depth.
    pub const fn get_max_depth(&self) -> u8 {
        self.max_depth
    }

    pub(crate) fn check_size(&self, size: usize) -> Result<(), Error> {
        if size > self.max_bytes {
            return Err(Error::TooLarge {
                size,
                limit: self.max_bytes,
            });
        }
        Ok(())
    }

    /// Check the section tree: `levels` gives each section's depth.
    pub(crate) fn check_sections(&self, levels: impl ExactSizeIterator<Item = u8>) -> Result<(), Error> {
        if levels.len() > self.max_sections {
            return Err(Error::TooManySections {
                found: levels.len(),
                limit: self.max_sections,
            });
        }
        match levels.max() {
            Some(depth) if depth > self.max_depth => Err(Error::TooDeep {
                depth,
                limit: self.max_depth,
            }),
            _ => Ok(()),
        }
    }
}

/// How much of the text the binary test reads (bytes, rounded to a char).
const BINARY_SAMPLE: usize = 64 << 10;

/// Why `text` looks like binary data rather than text, if it does: a NUL
/// character anywhere, or more than 5 % control or replacement characters (at
/// least 8) in its first 64 KiB. Tab, line feed, form feed and carriage return
/// are text.
pub(crate) fn binary_evidence(text: &str) -> Option<(usize, String)> {
    if let Some(i) = memchr::memchr(0, text.as_bytes()) {
        return Some((i, "a NUL character".to_string()));
    }
    // The characters that start in the first 64 KiB, read as bytes: a control
    // character (`char::is_control`, general category Cc) is an ASCII byte
    // below 0x20 or 0x7F, or U+0080..U+009F (0xC2 then 0x80..0x9F); U+FFFD is
    // EF BF BD. Bytes are counted in passes the compiler vectorizes, and only
    // the places of 0xC2 and 0xEF are looked at further.
    let sample = text.get(..text.ceil_char_boundary(BINARY_SAMPLE)).unwrap_or(text).as_bytes();
    // Written with `&`, `|` and no early exit, so that the counts vectorize.
    let ascii_control = |b: u8| (b < 0x20) & (b != b'\t') & (b != b'\n') & (b != b'\r') & (b != 0x0C) | (b == 0x7F);
    // A character starts at every byte but a continuation byte (0b10xx_xxxx).
    let chars = crate::clean::count_bytes(sample, |b| (b as i8) >= -0x40);
    let mut odd = crate::clean::count_bytes(sample, ascii_control);
    let mut first = if odd > 0 {
        sample.iter().position(|&b| ascii_control(b))
    } else {
        None
    };
    for i in memchr::memchr2_iter(0xC2, 0xEF, sample) {
        let next = sample.get(i + 1..).unwrap_or_default();
        let c1_or_fffd = match sample.get(i) {
            Some(0xC2) => next.first().is_some_and(|b| (0x80..0xA0).contains(b)),
            _ => next.starts_with(&[0xBF, 0xBD]),
        };
        if c1_or_fffd {
            odd += 1;
            first = Some(first.map_or(i, |f| f.min(i)));
        }
    }
    match first {
        Some(i) if odd >= 8 && odd * 20 > chars => Some((i, format!("{odd} control or replacement characters in {chars}"))),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The evidence of [`binary_evidence`] read character by character, as
    /// it was before it read bytes.
    fn by_characters(text: &str) -> Option<(usize, String)> {
        if let Some(i) = text.find('\0') {
            return Some((i, "a NUL character".to_string()));
        }
        let (mut chars, mut odd, mut first) = (0usize, 0usize, None);
        for (i, c) in text.char_indices().take_while(|(i, _)| *i < BINARY_SAMPLE) {
            chars += 1;
            if (c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\u{c}')) || c == '\u{fffd}' {
                odd += 1;
                first.get_or_insert(i);
            }
        }
        match first {
            Some(i) if odd >= 8 && odd * 20 > chars => Some((i, format!("{odd} control or replacement characters in {chars}"))),
            _ => None,
        }
    }

    /// Bytes give the evidence characters give: on texts mixing text, every
    /// kind of control character, U+FFFD and characters that share its or the
    /// C1 controls' first byte, in several proportions, and across the end of
    /// the 64 KiB sample.
    #[test]
    fn binary_evidence_read_from_bytes_is_the_evidence_of_characters() {
        let pieces = [
            "a", "é", "\u{1}", "\u{1f}", "\u{7f}", "\u{80}", "\u{9f}", "\u{a0}", "©", "\u{fffd}", "\u{fffc}", "（", "\t", "\r\n", "\u{c}",
            "\u{b}", "概",
        ];
        let mut seen = (0, 0);
        for (i, p) in pieces.iter().enumerate() {
            for q in pieces.iter().skip(i) {
                for (n, m) in [(1, 0), (3, 30), (20, 1), (8, 100), (40, 5)] {
                    let t = format!("{}{}{}", p.repeat(n), q.repeat(m), p.repeat(n));
                    let expected = by_characters(&t);
                    assert_eq!(binary_evidence(&t), expected, "{t:?}");
                    if expected.is_some() { seen.0 += 1 } else { seen.1 += 1 }
                }
            }
        }
        // Around the end of the sample: a character that starts before it counts.
        for lead in BINARY_SAMPLE - 40..BINARY_SAMPLE + 3 {
            for tail in ["\u{fffd}", "\u{80}", "\u{1}", "é"] {
                let t = format!("{}{}", "\u{1}".repeat(lead), tail.repeat(12));
                let expected = by_characters(&t);
                assert_eq!(binary_evidence(&t), expected, "{lead} bytes, then {tail:?}");
                if expected.is_some() { seen.0 += 1 } else { seen.1 += 1 }
            }
        }
        assert!(seen.0 > 100 && seen.1 > 100, "{seen:?}");
    }

    #[test]
    fn text_is_not_binary() {
        assert_eq!(binary_evidence("Symptoms\r\n\tThe service stops.\u{c}"), None);
        assert_eq!(binary_evidence(""), None);
        // A few stray controls in real text are not enough.
        let text = format!("{}\u{1}\u{2}", "Lösning ".repeat(20));
        assert_eq!(binary_evidence(&text), None);
    }

    #[test]
    fn nul_or_many_controls_is_binary() {
        assert_eq!(binary_evidence("PK\u{3}\u{4}\0\0"), Some((4, "a NUL character".to_string())));
        let (at, what) = binary_evidence("ab\u{1}\u{2}\u{3}\u{4}\u{5}\u{6}\u{7}\u{8}cd").unwrap();
        assert_eq!(at, 2);
        assert_eq!(what, "8 control or replacement characters in 12");
    }

    #[test]
    fn limits_check() {
        let l = Limits::new().max_bytes(10).max_sections(2).max_depth(2);
        assert!(l.check_size(10).is_ok());
        assert!(matches!(l.check_size(11), Err(Error::TooLarge { size: 11, limit: 10 })));
        assert!(l.check_sections([1u8, 2].into_iter()).is_ok());
        assert!(matches!(
            l.check_sections([1u8, 1, 1].into_iter()),
            Err(Error::TooManySections { found: 3, limit: 2 })
        ));
        assert!(matches!(
            l.check_sections([1u8, 3].into_iter()),
            Err(Error::TooDeep { depth: 3, limit: 2 })
        ));
        assert_eq!(Limits::default().get_max_bytes(), 64 * 1024 * 1024);
    }
}
