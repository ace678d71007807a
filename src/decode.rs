//! Stage 1, **decode**: bytes to text.
//!
//! - UTF-8 (with or without BOM) is read as such. Invalid sequences in text that
//!   is otherwise UTF-8 (it has more valid multi-byte characters than invalid
//!   runs) become U+FFFD, one per invalid sequence, with one `invalid-utf8`
//!   diagnostic per run of them whose span is the replacement characters.
//! - UTF-16 LE/BE is read with a byte-order mark, and without one when the zero
//!   bytes of ASCII-range characters show it (most of the high or low bytes zero).
//! - Anything else is read as Windows-1252, the encoding of the KB's own era of
//!   English and Western European pages, with a diagnostic naming it.

use std::borrow::Cow;

use crate::model::{Diagnostic, Severity, Span};

/// At most this many `invalid-utf8` diagnostics are listed one by one; the rest
/// are counted in one more.
pub const MAX_INVALID_RUN_DIAGNOSTICS: usize = 100;

/// Decoded text and how it was decoded.
#[derive(Debug, Clone)]
pub struct Decoded<'a> {
    /// The text. Borrowed when the input was UTF-8 already.
    pub text: Cow<'a, str>,
    /// The encoding used (WHATWG name, e.g. `UTF-8`, `UTF-16LE`, `windows-1252`).
    pub encoding: &'static str,
    /// Diagnostics: encoding fallbacks, invalid sequences replaced (with their
    /// spans in [`Self::text`]).
    pub diagnostics: Vec<Diagnostic>,
}

/// Decode `bytes` into text. Never fails: every byte sequence decodes to something.
///
/// ```
/// let d = kbnorm::decode(b"\xEF\xBB\xBFSymptoms");
/// assert_eq!(d.text, "Symptoms");
/// assert_eq!(d.encoding, "UTF-8");
///
/// let d = kbnorm::decode(b"Caf\xE9");
/// assert_eq!(d.text, "Caf\u{e9}");
/// assert_eq!(d.encoding, "windows-1252");
/// assert_eq!(d.diagnostics[0].code, "decoded-windows-1252");
///
/// // UTF-8 with one broken byte: replaced, and the diagnostic points at it.
/// let mut bytes = "Lösning: å".as_bytes().to_vec();
/// bytes.extend_from_slice(b"\xFF!");
/// let d = kbnorm::decode(&bytes);
/// assert_eq!(d.text, "Lösning: å\u{fffd}!");
/// let span = d.diagnostics[0].span.unwrap();
/// assert_eq!(&d.text[span.start..span.end], "\u{fffd}");
///
/// // UTF-16 without a byte-order mark.
/// let le: Vec<u8> = "Article ID: 935490".encode_utf16().flat_map(u16::to_le_bytes).collect();
/// assert_eq!(kbnorm::decode(&le).text, "Article ID: 935490");
/// ```
pub fn decode(bytes: &[u8]) -> Decoded<'_> {
    if let Some((enc, bom_len)) = encoding_rs::Encoding::for_bom(bytes) {
        let body = bytes.get(bom_len..).unwrap_or(&[]);
        if enc == encoding_rs::UTF_8 {
            return utf8(body);
        }
        return utf16(enc, body, "byte-order mark");
    }
    if let Some(enc) = utf16_without_bom(bytes) {
        return utf16(enc, bytes, "no byte-order mark; zero bytes show it");
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => Decoded {
            text: Cow::Borrowed(s),
            encoding: "UTF-8",
            diagnostics: Vec::new(),
        },
        Err(_) if mostly_utf8(bytes) => utf8_lossy(bytes),
        Err(_) => {
            let (text, _, _) = encoding_rs::WINDOWS_1252.decode(bytes);
            Decoded {
                text: Cow::Owned(text.into_owned()),
                encoding: "windows-1252",
                diagnostics: vec![Diagnostic {
                    code: "decoded-windows-1252".into(),
                    severity: Severity::Warning,
                    message: "the input is not valid UTF-8 and has no byte-order mark; decoded as windows-1252".into(),
                    span: None,
                }],
            }
        }
    }
}

/// UTF-8: borrowed when valid, else [`utf8_lossy`].
fn utf8(bytes: &[u8]) -> Decoded<'_> {
    match std::str::from_utf8(bytes) {
        Ok(s) => Decoded {
            text: Cow::Borrowed(s),
            encoding: "UTF-8",
            diagnostics: Vec::new(),
        },
        Err(_) => utf8_lossy(bytes),
    }
}

/// UTF-8 known to be invalid somewhere: each invalid sequence replaced with
/// U+FFFD and each run of them reported.
fn utf8_lossy(bytes: &[u8]) -> Decoded<'static> {
    let mut text = String::with_capacity(bytes.len() + 16);
    let mut diagnostics = Vec::new();
    let mut runs = 0usize;
    // The current run: its start in the text and in the input, and its byte length.
    let mut run: Option<(usize, usize, usize)> = None;
    let mut byte_pos = 0usize;
    let mut flush = |run: &mut Option<(usize, usize, usize)>, text_end: usize, diagnostics: &mut Vec<Diagnostic>| {
        if let Some((start, at, len)) = run.take() {
            runs += 1;
            if runs <= MAX_INVALID_RUN_DIAGNOSTICS {
                diagnostics.push(Diagnostic {
                    code: "invalid-utf8".into(),
                    severity: Severity::Warning,
                    message: format!("{len} invalid UTF-8 byte(s) at input offset {at} replaced with U+FFFD"),
                    span: Some(Span { start, end: text_end }),
                });
            }
        }
    };
    for chunk in bytes.utf8_chunks() {
        let valid = chunk.valid();
        if !valid.is_empty() {
            flush(&mut run, text.len(), &mut diagnostics);
            text.push_str(valid);
            byte_pos += valid.len();
        }
        let invalid = chunk.invalid();
        if !invalid.is_empty() {
            let r = run.get_or_insert((text.len(), byte_pos, 0));
            r.2 += invalid.len();
            text.push('\u{fffd}');
            byte_pos += invalid.len();
        }
    }
    flush(&mut run, text.len(), &mut diagnostics);
    if runs > MAX_INVALID_RUN_DIAGNOSTICS {
        diagnostics.push(Diagnostic {
            code: "invalid-utf8".into(),
            severity: Severity::Warning,
            message: format!(
                "{} more runs of invalid UTF-8 replaced with U+FFFD (only the first {MAX_INVALID_RUN_DIAGNOSTICS} are listed)",
                runs - MAX_INVALID_RUN_DIAGNOSTICS
            ),
            span: None,
        });
    }
    Decoded {
        text: Cow::Owned(text),
        encoding: "UTF-8",
        diagnostics,
    }
}

fn utf16(enc: &'static encoding_rs::Encoding, body: &[u8], why: &str) -> Decoded<'static> {
    let (text, had_errors) = enc.decode_without_bom_handling(body);
    let mut diagnostics = Vec::new();
    if had_errors {
        diagnostics.push(Diagnostic {
            code: "invalid-sequences".into(),
            severity: Severity::Warning,
            message: format!(
                "the input is {} but contains invalid sequences; they were replaced with U+FFFD",
                enc.name()
            ),
            span: None,
        });
    }
    diagnostics.push(Diagnostic {
        code: "decoded-utf16".into(),
        severity: Severity::Info,
        message: format!("decoded as {} ({why})", enc.name()),
        span: None,
    });
    Decoded {
        text: Cow::Owned(text.into_owned()),
        encoding: enc.name(),
        diagnostics,
    }
}

/// How many leading bytes the encoding sniffers read.
const SNIFF: usize = 4096;

/// UTF-16 without a byte-order mark: in the first few KB, at least 30 % of the
/// bytes at odd (LE) or even (BE) positions are zero and under 3 % of the others.
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    let head = bytes.get(..bytes.len().min(SNIFF) & !1).unwrap_or(&[]);
    if head.len() < 4 {
        return None;
    }
    let pairs = head.len() / 2;
    let (mut even, mut odd) = (0usize, 0usize);
    for p in head.chunks_exact(2) {
        if let [a, b] = p {
            even += usize::from(*a == 0);
            odd += usize::from(*b == 0);
        }
    }
    let many = |n: usize| n * 10 >= pairs * 3;
    let few = |n: usize| n * 100 < pairs * 3;
    if many(odd) && few(even) {
        Some(encoding_rs::UTF_16LE)
    } else if many(even) && few(odd) {
        Some(encoding_rs::UTF_16BE)
    } else {
        None
    }
}

/// Text that is UTF-8 with a few broken sequences rather than a legacy
/// encoding: its valid multi-byte characters outnumber its runs of invalid sequences.
fn mostly_utf8(bytes: &[u8]) -> bool {
    let (mut multibyte, mut runs, mut in_run) = (0usize, 0usize, false);
    for chunk in bytes.utf8_chunks() {
        if !chunk.valid().is_empty() {
            multibyte += chunk.valid().bytes().filter(|b| b & 0xC0 == 0xC0).count();
            in_run = false;
        }
        if !chunk.invalid().is_empty() && !in_run {
            runs += 1;
            in_run = true;
        }
    }
    multibyte > runs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_with_bom() {
        let mut le = vec![0xFF, 0xFE];
        for u in "Orsak".encode_utf16() {
            le.extend_from_slice(&u.to_le_bytes());
        }
        let d = decode(&le);
        assert_eq!(d.text, "Orsak");
        assert_eq!(d.encoding, "UTF-16LE");
        let mut be = vec![0xFE, 0xFF];
        for u in "Orsak".encode_utf16() {
            be.extend_from_slice(&u.to_be_bytes());
        }
        assert_eq!(decode(&be).text, "Orsak");
    }

    #[test]
    fn plain_utf8_is_borrowed() {
        let d = decode("Lösning".as_bytes());
        assert!(matches!(d.text, Cow::Borrowed(_)));
        assert!(d.diagnostics.is_empty());
    }

    #[test]
    fn utf16_without_bom_both_orders() {
        let text = "Orsak\nTjänsten stoppas. Artikel-id: 959241";
        let le: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
        let be: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
        for (bytes, enc) in [(le, "UTF-16LE"), (be, "UTF-16BE")] {
            let d = decode(&bytes);
            assert_eq!(d.text, text);
            assert_eq!(d.encoding, enc);
            assert!(d.diagnostics.iter().any(|x| x.code == "decoded-utf16"));
        }
    }

    #[test]
    fn invalid_runs_in_utf8_each_reported_with_span() {
        // Three valid multi-byte letters, then a run of two bad bytes and a lone one.
        let mut bytes = "på väg över ".as_bytes().to_vec();
        bytes.extend_from_slice(b"\xFF\xFE");
        bytes.extend_from_slice(" och ".as_bytes());
        bytes.push(0xC3); // a truncated two-byte sequence
        bytes.extend_from_slice(b" slut");
        let d = decode(&bytes);
        assert_eq!(d.encoding, "UTF-8");
        assert_eq!(d.text, "på väg över \u{fffd}\u{fffd} och \u{fffd} slut");
        let runs: Vec<&str> = d
            .diagnostics
            .iter()
            .filter(|x| x.code == "invalid-utf8")
            .map(|x| x.span.map_or("", |s| &d.text[s.start..s.end]))
            .collect();
        assert_eq!(runs, ["\u{fffd}\u{fffd}", "\u{fffd}"]);
        assert!(
            d.diagnostics[0].message.contains("2 invalid UTF-8 byte(s) at input offset 15"),
            "{}",
            d.diagnostics[0].message
        );
        assert!(d.diagnostics[1].message.contains("offset 22"), "{}", d.diagnostics[1].message);
    }

    #[test]
    fn invalid_run_diagnostics_are_capped() {
        let mut bytes = Vec::new();
        for _ in 0..(MAX_INVALID_RUN_DIAGNOSTICS + 50) {
            bytes.extend_from_slice("ä ö å ".as_bytes());
            bytes.push(0xFF);
        }
        let d = decode(&bytes);
        assert_eq!(d.encoding, "UTF-8");
        assert_eq!(d.diagnostics.len(), MAX_INVALID_RUN_DIAGNOSTICS + 1);
        assert!(
            d.diagnostics
                .last()
                .is_some_and(|x| x.span.is_none() && x.message.starts_with("50 more runs"))
        );
        assert_eq!(d.text.matches('\u{fffd}').count(), MAX_INVALID_RUN_DIAGNOSTICS + 50);
    }

    #[test]
    fn legacy_text_without_multibyte_is_windows_1252() {
        let d = decode(b"Sch\xF6n \x93quoted\x94 caf\xE9");
        assert_eq!(d.encoding, "windows-1252");
        assert_eq!(d.text, "Schön \u{201c}quoted\u{201d} café");
    }
}
