//! Stage 1, **decode**: bytes to text.
//!
//! UTF-8 (with or without BOM) and UTF-16 LE/BE with a BOM are decoded as such;
//! anything else that is not valid UTF-8 is read as Windows-1252, the encoding
//! of the KB's own era of English and Western European pages, with a diagnostic
//! naming it.

use std::borrow::Cow;

use crate::model::{Diagnostic, Severity};

/// Decoded text and how it was decoded.
#[derive(Debug, Clone)]
pub struct Decoded<'a> {
    /// The text. Borrowed when the input was UTF-8 already.
    pub text: Cow<'a, str>,
    /// The encoding used (WHATWG name, e.g. `UTF-8`, `UTF-16LE`, `windows-1252`).
    pub encoding: &'static str,
    /// Diagnostics: encoding fallbacks, BOMs dropped.
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
/// ```
pub fn decode(bytes: &[u8]) -> Decoded<'_> {
    let mut diagnostics = Vec::new();
    if let Some((enc, bom_len)) = encoding_rs::Encoding::for_bom(bytes) {
        let body = bytes.get(bom_len..).unwrap_or(&[]);
        if enc == encoding_rs::UTF_8
            && let Ok(s) = std::str::from_utf8(body)
        {
            return Decoded {
                text: Cow::Borrowed(s),
                encoding: enc.name(),
                diagnostics,
            };
        }
        let (text, had_errors) = enc.decode_without_bom_handling(body);
        if had_errors {
            diagnostics.push(Diagnostic {
                code: "invalid-sequences".into(),
                severity: Severity::Warning,
                message: format!(
                    "the input has a {} byte-order mark but contains invalid sequences; they were replaced with U+FFFD",
                    enc.name()
                ),
                span: None,
            });
        }
        if enc != encoding_rs::UTF_8 {
            diagnostics.push(Diagnostic {
                code: "decoded-utf16".into(),
                severity: Severity::Info,
                message: format!("decoded as {} (byte-order mark)", enc.name()),
                span: None,
            });
        }
        return Decoded {
            text: Cow::Owned(text.into_owned()),
            encoding: enc.name(),
            diagnostics,
        };
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => Decoded {
            text: Cow::Borrowed(s),
            encoding: "UTF-8",
            diagnostics,
        },
        Err(_) => {
            let (text, _, _) = encoding_rs::WINDOWS_1252.decode(bytes);
            diagnostics.push(Diagnostic {
                code: "decoded-windows-1252".into(),
                severity: Severity::Warning,
                message: "the input is not valid UTF-8 and has no byte-order mark; decoded as windows-1252".into(),
                span: None,
            });
            Decoded {
                text: Cow::Owned(text.into_owned()),
                encoding: "windows-1252",
                diagnostics,
            }
        }
    }
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
}
