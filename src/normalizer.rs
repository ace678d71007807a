//! [`Normalizer`]: the compiled vocabularies plus options, built once and reused.

use std::sync::{Arc, LazyLock};

use crate::error::Error;
use crate::limits::{self, Limits};
use crate::locale::{Cue, Locale};
use crate::model::{Article, Diagnostic, Severity};
use crate::reconcile::{self, Report};
use crate::render::{self, Bundles, RenderOptions, Rendered};
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
    limits: Limits,
    allow_binary: bool,
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

    /// The limits [`Normalizer::try_parse`] and [`Normalizer::try_parse_bytes`]
    /// enforce (default: [`Limits::new`]).
    pub fn limits(mut self, limits: Limits) -> Self {
        self.limits = limits;
        self
    }

    /// Let [`Normalizer::try_parse`] and [`Normalizer::try_parse_bytes`] parse
    /// input that looks binary (with a `binary-input` diagnostic) instead of
    /// refusing it with [`Error::Binary`].
    pub fn allow_binary(mut self, yes: bool) -> Self {
        self.allow_binary = yes;
        self
    }

    /// Compile the vocabularies. Fails only on broken locale data or an unknown
    /// `language` override. Half of the work runs on a scoped thread of its own,
    /// which has ended when this returns (on the calling thread alone when no
    /// thread can be started).
    pub fn build(self) -> Result<Normalizer, Error> {
        let mut sources: Vec<(String, String)> = Vec::new();
        if !self.embedded {
            for (tag, files) in EMBEDDED {
                let joined: String = files.iter().map(|(_, src)| *src).collect::<Vec<_>>().join("\n");
                sources.push((tag.to_string(), joined));
            }
        }
        let added: Vec<String> = self.extra.iter().map(|(t, _)| t.clone()).collect();
        for (tag, src) in self.extra {
            if let Some(slot) = sources.iter_mut().find(|(t, _)| t.eq_ignore_ascii_case(&tag)) {
                slot.1 = src;
            } else {
                sources.push((tag, src));
            }
        }
        // Embedded locales compile their regexes on first use (a test checks
        // they all compile); locales from outside are checked now.
        let compile = |(tag, src): &(String, String)| -> Result<Locale, Error> {
            let l = Locale::compile(tag, src)?;
            if added.iter().any(|t| t.eq_ignore_ascii_case(tag)) {
                l.check()?;
            }
            Ok(l)
        };
        // Two halves side by side (24 locales' Fluent sources take about 20 M
        // instructions), kept in order.
        let (first, second) = sources.split_at(sources.len() / 2);
        let (mut locales, rest) = crate::vocab::both(
            || first.iter().map(compile).collect::<Result<Vec<_>, _>>(),
            || second.iter().map(compile).collect::<Result<Vec<_>, _>>(),
        )?;
        locales.extend(rest);
        let vocab = Vocabulary::new(locales)?;
        if let Some(lang) = &self.language
            && vocab.locale_index(lang).is_none()
            && langid::primary(lang).is_none()
        {
            return Err(Error::UnknownLocale(lang.clone()));
        }
        let bundles = vocab.locales.iter().map(|_| Bundles::default()).collect();
        Ok(Normalizer {
            inner: Arc::new(Inner {
                vocab,
                language: self.language,
                bundles,
                limits: self.limits,
                allow_binary: self.allow_binary,
            }),
        })
    }
}

/// A `binary-input` warning, spanning the first sign of it, for text that
/// looks binary.
fn binary_diagnostic(text: &str) -> Option<Diagnostic> {
    let (offset, what) = limits::binary_evidence(text)?;
    Some(Diagnostic {
        code: "binary-input".into(),
        severity: Severity::Warning,
        message: format!("the input looks binary ({what})"),
        span: Some(crate::model::Span {
            start: offset,
            end: offset + text.get(offset..).and_then(|r| r.chars().next()).map_or(0, char::len_utf8),
        }),
    })
}

/// A text cleaned, its language identified and its section tree built.
struct Staged {
    cleaned: clean::Cleaned,
    lang: langid::Lang,
    tree: segment::Tree,
}

/// How much of the text language identification reads headings from (bytes,
/// rounded up to a line end): KB headings that tell a language come early.
const IDENTIFICATION_PREFIX: usize = 2048;

#[derive(Debug)]
struct Inner {
    vocab: Vocabulary,
    language: Option<String>,
    /// Fluent bundles for rendering, one per locale (same order), built lazily.
    bundles: Vec<Bundles>,
    limits: Limits,
    allow_binary: bool,
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
                    bundles: Vec::new(),
                    limits: Limits::new(),
                    allow_binary: false,
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

    /// Every heading phrase of every loaded locale (the forms of the
    /// `heading-*` messages), sorted and deduplicated: the vocabulary the parser
    /// scans for. Handy to check coverage, or to measure a bare scan of it.
    ///
    /// ```
    /// let phrases = kbnorm::Normalizer::new().heading_phrases();
    /// assert!(phrases.iter().any(|p| p == "Symptoms"));
    /// assert!(phrases.iter().any(|p| p == "Orsak"));
    /// ```
    pub fn heading_phrases(&self) -> Vec<String> {
        let mut v: Vec<String> = self
            .inner
            .vocab
            .locales
            .iter()
            .flat_map(|l| l.headings.iter().flat_map(|(_, forms)| forms.iter().cloned()))
            .collect();
        v.sort();
        v.dedup();
        v
    }

    /// Unverified vocabulary entries of a locale (`message-id: form`).
    pub fn unverified_entries(&self, tag: &str) -> Result<Vec<String>, Error> {
        let i = self
            .inner
            .vocab
            .locale_index(tag)
            .ok_or_else(|| Error::UnknownLocale(tag.to_string()))?;
        Ok(self.inner.vocab.locales.get(i).map(|l| l.unverified()).unwrap_or_default())
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

    /// The messages the renderer uses that English has and `tag` lacks
    /// (rendering falls back to English for these). Parse-only vocabulary
    /// (chrome, stopwords, title stops) is optional and not listed.
    ///
    /// ```
    /// let n = kbnorm::Normalizer::new();
    /// assert!(n.missing_messages("de")?.is_empty());
    /// # Ok::<(), kbnorm::Error>(())
    /// ```
    pub fn missing_messages(&self, tag: &str) -> Result<Vec<String>, Error> {
        let vocab = &self.inner.vocab;
        let l = vocab
            .locale_index(tag)
            .and_then(|i| vocab.locales.get(i))
            .ok_or_else(|| Error::UnknownLocale(tag.to_string()))?;
        let Some(en) = vocab.locale_index("en").and_then(|i| vocab.locales.get(i)) else {
            return Ok(Vec::new());
        };
        let have = crate::locale::message_ids(&l.source);
        Ok(crate::locale::message_ids(&en.source)
            .into_iter()
            .filter(|id| !have.contains(id) && !crate::locale::is_parse_only(id))
            .collect())
    }

    /// Parse article text. Never fails: unrecognized text is kept in sections and
    /// oddities are reported in [`Article::diagnostics`]. Applies no [`Limits`]
    /// (time and memory stay linear in the text's size); use [`Self::try_parse`]
    /// for input you do not control.
    pub fn parse(&self, text: &str) -> Article {
        let staged = self.stage(text);
        self.finish(staged)
    }

    /// Parse article text within the normalizer's [`Limits`]: an input over
    /// `max_bytes`, with more than `max_sections` sections or nested deeper than
    /// `max_depth` is an error, as is text that looks binary (a NUL, or many
    /// control characters) unless [`NormalizerBuilder::allow_binary`] was set.
    ///
    /// ```
    /// let n = kbnorm::Normalizer::new();
    /// let a = n.try_parse("Symptoms\nThe service stops.")?;
    /// assert_eq!(a.sections[1].key, "symptoms");
    /// assert!(matches!(n.try_parse("PK\u{3}\u{4}\0\0"), Err(kbnorm::Error::Binary { offset: 4, .. })));
    ///
    /// let strict = kbnorm::Normalizer::builder().limits(kbnorm::Limits::new().max_sections(2)).build()?;
    /// let err = strict.try_parse("Symptoms\nIt stops.\nCause\nA bug.").unwrap_err();
    /// assert!(matches!(err, kbnorm::Error::TooManySections { found: 3, limit: 2 }));
    /// # Ok::<(), kbnorm::Error>(())
    /// ```
    pub fn try_parse(&self, text: &str) -> Result<Article, Error> {
        self.inner.limits.check_size(text.len())?;
        self.parse_within_limits(text)
    }

    /// [`Self::try_parse`] less the size check: binary data, then the section tree.
    fn parse_within_limits(&self, text: &str) -> Result<Article, Error> {
        let binary = self.check_binary(text)?;
        let staged = self.stage(text);
        self.inner.limits.check_sections(staged.tree.nodes.iter().map(|n| n.level))?;
        let mut article = self.finish(staged);
        article.diagnostics.splice(0..0, binary);
        Ok(article)
    }

    /// Decode bytes ([`crate::decode()`]) and parse them within the normalizer's
    /// [`Limits`] (see [`Self::try_parse`]); `max_bytes` applies to the bytes, before
    /// decoding. Spans refer to the decoded text.
    ///
    /// ```
    /// let n = kbnorm::Normalizer::new();
    /// let a = n.try_parse_bytes(b"Article ID: 935490\nSymptoms\nIt stops \xFF here, \xC3\xA5 \xC3\xA4.")?;
    /// assert_eq!(a.kb_id, Some(935490));
    /// assert!(a.diagnostics.iter().any(|d| d.code == "invalid-utf8"));
    /// assert!(n.try_parse_bytes(b"\x7FELF\x02\x01\x01\0\0\0").is_err());
    /// # Ok::<(), kbnorm::Error>(())
    /// ```
    pub fn try_parse_bytes(&self, bytes: &[u8]) -> Result<Article, Error> {
        self.inner.limits.check_size(bytes.len())?;
        let d = decode::decode(bytes);
        let mut article = self.parse_within_limits(&d.text)?;
        article.diagnostics.splice(0..0, d.diagnostics);
        Ok(article)
    }

    /// [`Error::Binary`] for text that looks binary, unless binary input is
    /// allowed: then a `binary-input` diagnostic.
    fn check_binary(&self, text: &str) -> Result<Option<Diagnostic>, Error> {
        match limits::binary_evidence(text) {
            None => Ok(None),
            Some((offset, what)) if !self.inner.allow_binary => Err(Error::Binary { offset, what }),
            Some(_) => Ok(binary_diagnostic(text)),
        }
    }

    /// Clean, identify the language, and build the section tree.
    fn stage(&self, text: &str) -> Staged {
        let vocab = &self.inner.vocab;
        let cleaned = clean::clean(text, vocab);
        let t = cleaned.text.as_str();
        // Language first, from the headings of every locale in the first few KB
        // (with an override, none are needed) ...
        let forced = self.inner.language.as_deref();
        let (early, scanned) = match forced {
            Some(_) => (Vec::new(), 0),
            None => {
                let prefix = segment::identification_prefix(t, IDENTIFICATION_PREFIX);
                (segment::candidates(t, prefix, &cleaned.cuts, vocab.all_headings(), vocab), prefix)
            }
        };
        let lang = langid::identify(t, &early, vocab, forced);
        // ... then the rest of the text with the headings of its own locales only:
        // the cost of this scan does not grow with the number of loaded locales.
        let own = vocab.headings_for(&lang.locales);
        let candidates = segment::candidates_after(t, &early, scanned, &cleaned.cuts, &own, vocab);
        let tree = segment::segment(&cleaned, &candidates, vocab, &lang);
        Staged { cleaned, lang, tree }
    }

    /// Extract the facts of a staged text into an [`Article`].
    fn finish(&self, staged: Staged) -> Article {
        let Staged { cleaned, lang, tree } = staged;
        let mut article = Article::empty();
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
        extract::extract(&mut article, &cleaned, tree, &self.inner.vocab, &lang);
        article
    }

    /// The message formatter for `locale`, with English as the fallback.
    fn messages(&self, locale: &str, isolate: bool) -> Result<(render::Messages<'_>, usize), Error> {
        let vocab = &self.inner.vocab;
        let i = vocab.locale_index(locale).ok_or_else(|| Error::UnknownLocale(locale.to_string()))?;
        let (Some(l), Some(b)) = (vocab.locales.get(i), self.inner.bundles.get(i)) else {
            return Err(Error::UnknownLocale(locale.to_string()));
        };
        let primary = b.get(l, isolate)?;
        let fallback = match vocab.locale_index("en") {
            Some(e) if e != i => match (vocab.locales.get(e), self.inner.bundles.get(e)) {
                (Some(el), Some(eb)) => eb.get(el, isolate).ok(),
                _ => None,
            },
            _ => None,
        };
        Ok((render::Messages::new(primary, fallback, render::DateFormat::of(l)), i))
    }

    /// Render an article into a loaded locale: the locale's title pattern, every
    /// section under the locale's heading, structured facts as localized
    /// sentences, free text left in its language and marked so.
    ///
    /// Fails only on an unknown locale or broken locale data; a message the
    /// locale lacks is rendered in English with a `render-fallback` diagnostic.
    ///
    /// ```
    /// let n = kbnorm::Normalizer::new();
    /// let a = n.parse("Description of Update Rollup 2 for Exchange 2007\nSUMMARYMicrosoft has released it.");
    /// let sv = n.render(&a, "sv", kbnorm::RenderOptions::new())?;
    /// assert!(sv.text.starts_with("Beskrivning av Samlad uppdatering 2 för Exchange Server 2007"));
    /// assert!(sv.diagnostics.is_empty());
    /// # Ok::<(), kbnorm::Error>(())
    /// ```
    pub fn render(&self, article: &Article, locale: &str, options: RenderOptions) -> Result<Rendered, Error> {
        self.with_messages(locale, options.isolate_marks(), |m, target| {
            render::article(m, article, &self.source(article, target), options.get_format())
        })
    }

    /// Format with `locale`'s messages (English as the fallback); `f` gets the
    /// formatter and the locale's tag.
    fn with_messages(
        &self,
        locale: &str,
        isolate: bool,
        f: impl FnOnce(&mut render::Messages<'_>, &str) -> String,
    ) -> Result<Rendered, Error> {
        let (mut m, i) = self.messages(locale, isolate)?;
        let target = self.inner.vocab.locales.get(i).map_or(locale, |l| l.tag.as_str());
        let text = f(&mut m, target);
        Ok(Rendered {
            locale: target.to_string(),
            text,
            diagnostics: m.diagnostics,
        })
    }

    /// What rendering `article` into locale `target` needs to know of its source.
    fn source<'a>(&'a self, article: &'a Article, target: &str) -> render::Source<'a> {
        let vocab = &self.inner.vocab;
        let source_locale = vocab
            .locale_index(&article.language)
            .or_else(|| langid::primary(&article.language).and_then(|p| vocab.locale_index(p)))
            .and_then(|j| vocab.locales.get(j));
        let same = langid::primary(&article.language).is_some_and(|p| Some(p) == langid::primary(target))
            && (article.language.eq_ignore_ascii_case(target) || !article.language.contains('-'));
        let header_cues = source_locale
            .into_iter()
            .chain(vocab.locale_index("en").and_then(|e| vocab.locales.get(e)))
            .flat_map(|l| {
                let re = l.re();
                re.cues.iter().filter_map(move |c| {
                    matches!(
                        c.cue,
                        Cue::ArticleId | Cue::LastReview | Cue::Revision | Cue::TranslationOf | Cue::MachineTranslated
                    )
                    .then(|| re.matcher(c))
                    .flatten()
                })
            })
            .collect();
        render::Source {
            header_cues,
            name: source_locale.map_or(article.language.as_str(), |l| l.name.as_str()),
            same,
        }
    }

    /// A short localized summary of an article: what the update is, for which
    /// product, when it was released, how many issues it fixes (with the
    /// locale's plural rules), which bulletins, what it replaces, whether a
    /// restart is needed.
    ///
    /// ```
    /// let n = kbnorm::Normalizer::new();
    /// let a = n.parse("Article ID: 935490\nDescription of Update Rollup 2 for Exchange 2007\nSUMMARYMicrosoft has released it.");
    /// let de = n.summary(&a, "de", kbnorm::RenderOptions::new())?;
    /// assert!(de.text.contains("KB935490"));
    /// # Ok::<(), kbnorm::Error>(())
    /// ```
    pub fn summary(&self, article: &Article, locale: &str, options: RenderOptions) -> Result<Rendered, Error> {
        self.with_messages(locale, options.isolate_marks(), |m, _| render::summary(m, article))
    }

    /// Reconcile a translation with its original: what the translation lost,
    /// changed or left untranslated, and whether it is stale. The title check
    /// renders the original's title in the translation's locale (when loaded).
    ///
    /// ```
    /// let n = kbnorm::Normalizer::new();
    /// let en = n.parse("Article ID: 935490\nDescription of Update Rollup 2 for Exchange 2007\nRemoval informationThen, remove update 935490.");
    /// let sv = n.parse("Artikel-id: 935490\nBeskrivning av Samlad uppdatering 3 för Exchange Server 2007\nInformation om borttagningTa bort uppdatering 935490.");
    /// let report = n.reconcile(&en, &sv);
    /// assert!(report.findings.iter().any(|f| f.check == "identity.rollup"));
    /// ```
    pub fn reconcile(&self, original: &Article, translation: &Article) -> Report {
        let expected_title = self
            .with_messages(&translation.language, false, |m, target| {
                render::title(m, original, &self.source(original, target)).unwrap_or_default()
            })
            .ok()
            .filter(|r| r.diagnostics.is_empty() && !r.text.is_empty() && original.title.is_some());
        reconcile::reconcile(original, translation, expected_title.as_ref().map(|r| r.text.as_str()))
    }

    /// A reconciliation report as text, worded in `locale` (English where the
    /// locale lacks a message, with a `render-fallback` diagnostic).
    pub fn report_text(&self, report: &Report, locale: &str) -> Result<Rendered, Error> {
        self.with_messages(locale, false, |m, _| render::report(m, report))
    }

    /// Decode bytes ([`crate::decode()`]) and parse them, with no [`Limits`] (see
    /// [`Self::try_parse_bytes`]). Spans refer to the decoded text.
    pub fn parse_bytes(&self, bytes: &[u8]) -> Article {
        let d = decode::decode(bytes);
        let mut a = self.parse(&d.text);
        let mut diags = d.diagnostics;
        diags.extend(binary_diagnostic(&d.text));
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
        match NormalizerBuilder::default().build() {
            Err(e) => panic!("the embedded locales do not compile: {e}"),
            Ok(n) => {
                // Their regexes too (compiled lazily in use), and the title sets.
                for l in &n.inner.vocab.locales {
                    if let Err(e) = l.check() {
                        panic!("{e}");
                    }
                }
            }
        }
    }
}
