//! # kbnorm
//!
//! Read Microsoft Knowledge Base articles, as scraped from the web in any of the
//! KB's languages, into one canonical, serializable [`Article`].
//!
//! Data flows one way — **decode → clean → segment → extract → [`Article`]**:
//!
//! | stage | module | what it does |
//! |---|---|---|
//! | decode | [`decode()`] | bytes → text (UTF-8, UTF-16 with BOM, else windows-1252) |
//! | clean | `clean` | NFC, spaces, bullets, wrapped lines; page chrome cut out and recorded |
//! | segment | `segment` | headings from the locale vocabularies, glued or not → section tree |
//! | extract | `extract` | KB numbers, dates, product, rollup, restart, removal, known issues… |
//! | graph | [`Graph`] | across articles: which update replaces which, latest rollup per product and SP |
//!
//! and from the model onwards: [`Normalizer::render`] and [`Normalizer::summary`]
//! (Fluent, any loaded locale) and [`Normalizer::reconcile`] (a translation against
//! its original, a [`Report`] of [`Finding`]s).
//!
//! Per-language knowledge lives in `locales/<tag>/*.ftl` (Project Fluent), one
//! source for rendering and recognizing; see [`Normalizer`] to add or override a
//! locale at run time.
//!
//! Parsing never fails on text: it returns an [`Article`] with
//! [`diagnostics`](Article::diagnostics); [`Error`] is for broken locale data,
//! unknown locales, and input over the [`Limits`] of the checked parsers
//! ([`Normalizer::try_parse`], [`Normalizer::try_parse_bytes`]).
//!
//! ```
//! let text = "Description of Update Rollup 2 for Exchange 2007\n\
//!             SUMMARYMicrosoft has released Update Rollup 2.\n\
//!             Removal informationTo remove it, remove update 935490.";
//! let article = kbnorm::parse(text);
//! assert_eq!(article.kb_id, Some(935490));
//! assert_eq!(article.kind, kbnorm::Kind::UpdateRollup);
//! assert_eq!(article.rollup, Some(2));
//! let keys: Vec<_> = article.sections.iter().map(|s| s.key.as_str()).collect();
//! assert_eq!(keys, ["preamble", "summary", "removal_information"]);
//! // Every field can be traced back to the text.
//! let span = article.field_spans["kb_id"];
//! assert_eq!(&text[span.start..span.end], "935490");
//! ```
#![forbid(unsafe_code)]
#![warn(missing_docs)]
#![deny(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]
#![cfg_attr(test, allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing))]

mod clean;
mod decode;
mod error;
mod extract;
mod graph;
mod langid;
mod limits;
mod locale;
mod model;
mod normalizer;
mod offsets;
mod reconcile;
mod render;
mod segment;
mod vocab;

pub use decode::{Decoded, decode};
pub use error::Error;
pub use graph::{Edge, GRAPH_VERSION, Graph, GraphReport, LatestRollup, Node};
pub use limits::Limits;
pub use locale::SECTION_KEYS;
pub use model::{
    Article, Block, Date, Diagnostic, Download, KbRef, Kind, KnownIssue, LanguageInfo, Product, Removal, Restart, RestartKind,
    SCHEMA_VERSION, Section, Severity, Span,
};
pub use normalizer::{Normalizer, NormalizerBuilder};
pub use reconcile::{CHECKS, Finding, FindingSeverity, REPORT_VERSION, Report};
pub use render::{Format, RenderOptions, Rendered};

#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;

/// Parse article text with the default [`Normalizer`] (embedded locales, compiled once).
pub fn parse(text: &str) -> Article {
    Normalizer::new().parse(text)
}

/// Render an article into a locale with the default [`Normalizer`]; see
/// [`Normalizer::render`].
///
/// ```
/// let a = kbnorm::parse("Description of Update Rollup 2 for Exchange 2007\nSUMMARYMicrosoft has released it.");
/// let de = kbnorm::render(&a, "de", kbnorm::Format::Text)?;
/// assert!(de.text.contains("Update Rollup 2"));
/// # Ok::<(), kbnorm::Error>(())
/// ```
pub fn render(article: &Article, locale: &str, format: Format) -> Result<Rendered, Error> {
    Normalizer::new().render(article, locale, RenderOptions::new().format(format))
}

/// A short localized summary with the default [`Normalizer`]; see
/// [`Normalizer::summary`].
pub fn summary(article: &Article, locale: &str) -> Result<Rendered, Error> {
    Normalizer::new().summary(article, locale, RenderOptions::new())
}

/// Decode bytes ([`decode()`]) and parse them with the default [`Normalizer`].
///
/// ```
/// let a = kbnorm::parse_bytes(b"\xFF\xFEA\x00r\x00t\x00i\x00c\x00l\x00e\x00 \x00I\x00D\x00:\x00 \x001\x002\x003\x004\x005\x006\x00");
/// assert_eq!(a.kb_id, Some(123456));
/// ```
pub fn parse_bytes(bytes: &[u8]) -> Article {
    Normalizer::new().parse_bytes(bytes)
}
