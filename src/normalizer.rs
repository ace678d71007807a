//! [`Normalizer`]: the compiled vocabularies plus options, built once and reused.

use std::sync::{Arc, LazyLock};

use crate::error::Error;
use crate::locale::Locale;
use crate::model::{Article, Diagnostic, Severity};
use crate::vocab::Vocabulary;
use crate::{clean, decode, extract, langid, segment};

include!(concat!(env!("OUT_DIR"), "/embedded_locales.rs"));

/// Builds a [`Normalizer`]: which locales, which options.
///
/// ```
/// let n = kbnorm::Normalizer::builder()
///     .language("sv")
///     .build()?;
/// let a = n.parse("Orsak\nTjänsten stoppas.");
/// assert_eq!(a.language, "sv");
/// assert_eq!(a.sections[1].key, "cause");
/// # Ok::<(), kbnorm::Error>(())
/// ```
#[derive(Debug, Clone, Default)]
pub struct NormalizerBuilder {
    language: Option<String>,
    extra: Vec<(String, String)>,
    embedded: bool,
}

impl NormalizerBuilder {
    /// Treat every input as written in `tag` (BCP 47), skipping identification.
    pub fn language(mut self, tag: &str) -> Self {
        self.language = Some(tag.to_string());
        self
    }

    /// Add a locale from Fluent source, or replace the embedded one with the same tag.
    /// The library reads no files: pass the file's contents.
    pub fn add_locale(mut self, tag: &str, fluent_source: &str) -> Self {
        self.extra.push((tag.to_string(), fluent_source.to_string()));
        self
    }

    /// Leave out the embedded locales (only those added with [`Self::add_locale`] are used).
    pub fn without_embedded_locales(mut self) -> Self {
        self.embedded = true;
        self
    }

    /// Compile the vocabularies. Fails only on broken locale data or an unknown
    /// `language` override.
    pub fn build(self) -> Result<Normalizer, Error> {
        let mut sources: Vec<(String, String)> = Vec::new();
        if !self.embedded {
            for (tag, files) in EMBEDDED {
                let joined: String = files.iter().map(|(_, src)| *src).collect::<Vec<_>>().join("\n");
                sources.push((tag.to_string(), joined));
            }
        }
        for (tag, src) in self.extra {
            if let Some(slot) = sources.iter_mut().find(|(t, _)| t.eq_ignore_ascii_case(&tag)) {
                slot.1 = src;
            } else {
                sources.push((tag, src));
            }
        }
        let mut locales = Vec::with_capacity(sources.len());
        for (tag, src) in &sources {
            locales.push(Locale::compile(tag, src)?);
        }
        let vocab = Vocabulary::new(locales)?;
        if let Some(lang) = &self.language
            && vocab.locale_index(lang).is_none()
            && langid::primary(lang).is_none()
        {
            return Err(Error::UnknownLocale(lang.clone()));
        }
        Ok(Normalizer {
            inner: Arc::new(Inner {
                vocab,
                language: self.language,
            }),
        })
    }
}

#[derive(Debug)]
struct Inner {
    vocab: Vocabulary,
    language: Option<String>,
}

/// The reusable parser: vocabularies of every loaded locale compiled once.
/// Cheap to clone (shared), `Send + Sync`.
///
/// ```
/// let n = kbnorm::Normalizer::new();
/// let a = n.parse("Description of Update Rollup 2 for Exchange 2007\nSUMMARYMicrosoft has released it.");
/// assert_eq!(a.rollup, Some(2));
/// assert_eq!(a.product.unwrap().name, "Exchange Server 2007");
/// ```
#[derive(Debug, Clone)]
pub struct Normalizer {
    inner: Arc<Inner>,
}

static DEFAULT: LazyLock<Result<Normalizer, String>> = LazyLock::new(|| NormalizerBuilder::default().build().map_err(|e| e.to_string()));

impl Default for Normalizer {
    fn default() -> Self {
        Normalizer::new()
    }
}

impl Normalizer {
    /// A builder for options and extra locales.
    pub fn builder() -> NormalizerBuilder {
        NormalizerBuilder::default()
    }

    /// The normalizer with the embedded locales and default options, compiled
    /// once per process and shared.
    pub fn new() -> Normalizer {
        match &*DEFAULT {
            Ok(n) => n.clone(),
            // The embedded locales are checked by the test suite; should one be broken
            // anyway, parse with no locale rather than panic.
            Err(_) => Normalizer {
                inner: Arc::new(Inner {
                    vocab: Vocabulary::empty(),
                    language: None,
                }),
            },
        }
    }

    #[cfg(test)]
    pub(crate) fn vocabulary(&self) -> &Vocabulary {
        &self.inner.vocab
    }

    /// The tags of the loaded locales, sorted.
    pub fn locales(&self) -> Vec<String> {
        let mut v: Vec<String> = self.inner.vocab.locales.iter().map(|l| l.tag.clone()).collect();
        v.sort();
        v
    }

    /// Unverified vocabulary entries of a locale (`message-id: form`).
    pub fn unverified_entries(&self, tag: &str) -> Result<Vec<String>, Error> {
        let i = self
            .inner
            .vocab
            .locale_index(tag)
            .ok_or_else(|| Error::UnknownLocale(tag.to_string()))?;
        Ok(self.inner.vocab.locales.get(i).map(|l| l.unverified.clone()).unwrap_or_default())
    }

    /// The canonical section keys ([`crate::SECTION_KEYS`]) a locale has no heading for.
    ///
    /// ```
    /// let n = kbnorm::Normalizer::new();
    /// assert!(n.missing_section_keys("sv")?.is_empty());
    /// # Ok::<(), kbnorm::Error>(())
    /// ```
    pub fn missing_section_keys(&self, tag: &str) -> Result<Vec<&'static str>, Error> {
        let i = self
            .inner
            .vocab
            .locale_index(tag)
            .ok_or_else(|| Error::UnknownLocale(tag.to_string()))?;
        let l = self
            .inner
            .vocab
            .locales
            .get(i)
            .ok_or_else(|| Error::UnknownLocale(tag.to_string()))?;
        Ok(crate::SECTION_KEYS
            .iter()
            .enumerate()
            .filter(|(k, _)| !l.headings.iter().any(|(h, _)| h == k))
            .map(|(_, key)| *key)
            .collect())
    }

    /// Parse article text. Never fails: unrecognized text is kept in sections and
    /// oddities are reported in [`Article::diagnostics`].
    pub fn parse(&self, text: &str) -> Article {
        let vocab = &self.inner.vocab;
        let cleaned = clean::clean(text, vocab);
        let candidates = segment::candidates(&cleaned.text, &cleaned.cuts, vocab);
        let lang = langid::identify(&cleaned.text, &candidates, vocab, self.inner.language.as_deref());
        let mut article = Article::empty();
        let tree = segment::segment(&cleaned, &candidates, vocab, &lang);
        article.language = lang.tag.clone();
        article.language_info = lang.info.clone();
        for (span, what) in &cleaned.chrome {
            article.diagnostics.push(Diagnostic {
                code: "chrome-removed".into(),
                severity: Severity::Info,
                message: format!("removed page chrome {what:?}"),
                span: Some(*span),
            });
        }
        extract::extract(&mut article, &cleaned, tree, vocab, &lang);
        article
    }

    /// Decode bytes ([`crate::decode()`]) and parse them. Spans refer to the decoded text.
    pub fn parse_bytes(&self, bytes: &[u8]) -> Article {
        let d = decode::decode(bytes);
        let mut a = self.parse(&d.text);
        let mut diags = d.diagnostics;
        diags.append(&mut a.diagnostics);
        a.diagnostics = diags;
        a
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `Normalizer::new()` falls back to no locale at all if the embedded data is
    /// broken; this test is what keeps that fallback unreachable.
    #[test]
    fn embedded_locales_compile() {
        if let Err(e) = NormalizerBuilder::default().build() {
            panic!("the embedded locales do not compile: {e}");
        }
    }
}
