//! The canonical article model: what [`crate::parse`] returns.
//!
//! Every type here is plain data: `Send + Sync`, `Clone`, serde-serializable, and
//! versioned through [`Article::schema_version`]. Field names follow the label
//! contract in `corpus/LABELS.md` (`kb_id`, `product.name`, `fixed_issues[].kb`, …);
//! everything else is additional.
//!
//! Offsets: every [`Span`] is a pair of UTF-8 byte offsets into the *decoded* input
//! text (for [`crate::parse`] the `&str` you passed; for bytes, the text
//! [`crate::decode()`] returns for them). A span always lies on `char` boundaries.

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};

/// Version of the JSON shape of [`Article`]. Bumped on any incompatible change.
pub const SCHEMA_VERSION: u32 = 1;

/// A half-open byte range `start..end` into the decoded input text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (swapped if given in the wrong order).
    pub fn new(start: usize, end: usize) -> Span {
        if start <= end {
            Span { start, end }
        } else {
            Span { start: end, end: start }
        }
    }

    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// `true` when the span covers no byte.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The text this span covers in `source`, or `""` when it does not fit.
    pub fn slice<'a>(&self, source: &'a str) -> &'a str {
        source.get(self.start..self.end).unwrap_or("")
    }
}

/// A calendar date, serialized as ISO 8601 `YYYY-MM-DD`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// Four-digit year.
    pub year: u16,
    /// Month, 1–12.
    pub month: u8,
    /// Day of month, 1–31.
    pub day: u8,
}

impl Date {
    /// A checked date: `None` unless the day exists in that month (leap years included).
    ///
    /// ```
    /// use kbnorm::Date;
    /// assert!(Date::new(2008, 2, 29).is_some());
    /// assert!(Date::new(2009, 2, 29).is_none());
    /// assert_eq!(Date::new(2008, 7, 8).unwrap().to_string(), "2008-07-08");
    /// ```
    pub fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        let leap = (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400);
        let days = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        ((1..=days).contains(&day) && (1900..=2199).contains(&year)).then_some(Date { year, month, day })
    }

    /// Parse `YYYY-MM-DD`.
    pub fn parse_iso(s: &str) -> Option<Date> {
        let mut it = s.split('-');
        let y = it.next()?.parse().ok()?;
        let m = it.next()?.parse().ok()?;
        let d = it.next()?.parse().ok()?;
        if it.next().is_some() {
            return None;
        }
        Date::new(y, m, d)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Date::parse_iso(&s).ok_or_else(|| serde::de::Error::custom(format!("not a YYYY-MM-DD date: {s}")))
    }
}

/// What sort of article this is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// "Description of Update Rollup N for …".
    UpdateRollup,
    /// A security bulletin page ("MS09-003: …").
    SecurityBulletin,
    /// A security update description.
    SecurityUpdate,
    /// A hotfix article (it has "Hotfix information").
    Hotfix,
    /// A service pack description.
    ServicePack,
    /// "How to …".
    Howto,
    /// Anything else.
    #[default]
    Other,
}

impl Kind {
    /// Every kind, in declaration order.
    ///
    /// ```
    /// let names: Vec<String> = kbnorm::Kind::ALL.iter().map(|k| serde_json::to_string(k).unwrap()).collect();
    /// assert_eq!(names.first().map(String::as_str), Some("\"update_rollup\""));
    /// assert_eq!(names.len(), 7);
    /// ```
    pub const ALL: [Kind; 7] = [
        Kind::UpdateRollup,
        Kind::SecurityBulletin,
        Kind::SecurityUpdate,
        Kind::Hotfix,
        Kind::ServicePack,
        Kind::Howto,
        Kind::Other,
    ];
}

/// The product an article is about, in canonical form.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Product {
    /// Canonical name, e.g. `Exchange Server 2007` (also for "Exchange 2007").
    pub name: String,
    /// Service pack number; `None` for the RTM release.
    pub service_pack: Option<u8>,
}

/// A reference to another KB article.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct KbRef {
    /// The KB number.
    pub kb: u32,
    /// The linked article's title as the text gives it, if any.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub title: Option<String>,
    /// Where the number was found.
    pub span: Span,
}

/// What applying the update does to the machine.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RestartKind {
    /// Services are stopped and restarted; no reboot.
    ServicesRestarted,
    /// A reboot may be required (files in use, …).
    RebootMayBeRequired,
    /// A reboot is required.
    RebootRequired,
    /// Nothing needs restarting.
    None,
}

/// The restart requirement section, read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Restart {
    /// The strongest requirement the section states.
    pub kind: RestartKind,
    /// The section text.
    pub text: String,
    /// The section body.
    pub span: Span,
}

/// The removal information section, read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Removal {
    /// The update number to remove ("remove update 935490").
    pub update_id: Option<u32>,
    /// The section text.
    pub text: String,
    /// The section body.
    pub span: Span,
}

/// One known issue with its parts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct KnownIssue {
    /// The issue's heading or first sentence.
    pub title: Option<String>,
    /// "Symptoms" text.
    pub symptoms: Option<String>,
    /// "Cause" text.
    pub cause: Option<String>,
    /// "Workaround" text.
    pub workaround: Option<String>,
    /// "Resolution" text.
    pub resolution: Option<String>,
    /// The whole issue.
    pub span: Option<Span>,
}

/// Download locations the article gives.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Download {
    /// Download Center URLs (`…/downloads/…`), in order of appearance, without duplicates.
    pub urls: Vec<String>,
    /// `FamilyId` GUIDs of those URLs, upper case.
    pub family_ids: Vec<String>,
}

/// A heading and the text under it, up to the next heading.
///
/// Sections form a tree stored flat in document order: `parent` indexes into
/// [`Article::sections`], and `level` is the depth (1 = top level). Section 0 is
/// the `preamble` (text before the first heading, holding title and header lines).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Section {
    /// Canonical key (`symptoms`, `more_information`, …), `known_issue` for an
    /// "Issue N" heading, `preamble`, or `unrecognized`.
    pub key: String,
    /// The heading text as written (`None` for the preamble).
    pub heading: Option<String>,
    /// Depth in the tree, 1 for top-level sections.
    pub level: u8,
    /// Index of the enclosing section, if any.
    pub parent: Option<usize>,
    /// From the heading's start to the end of the last descendant.
    pub span: Span,
    /// The heading itself.
    pub heading_span: Option<Span>,
    /// The body pieces: the section's own text, chrome cut out, children excluded.
    pub body: Vec<Span>,
    /// The section's own text after cleaning (bullets as `• `, chrome removed).
    pub text: String,
    /// The language tag the locale vocabulary matched the heading in.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub heading_language: Option<String>,
    /// The body's paragraphs, each with its language (to find untranslated text).
    #[serde(default)]
    pub blocks: Vec<Block>,
}

/// How serious a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// Something was recorded (chrome removed, encoding used).
    Info,
    /// The text was odd; the result may be less certain.
    Warning,
}

/// Something the parser noticed or did, with the text it concerns.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Diagnostic {
    /// Stable machine-readable code, e.g. `chrome-removed`.
    pub code: String,
    /// How serious.
    pub severity: Severity,
    /// Human-readable explanation.
    pub message: String,
    /// The text concerned.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub span: Option<Span>,
}

/// How sure the language identification is.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LanguageInfo {
    /// What decided: `override`, `vocabulary`, `statistical`, or `none`.
    pub method: String,
    /// 0.0–1.0.
    pub confidence: f64,
    /// `true` when the text does not tell close languages apart (pt-BR/pt-PT,
    /// zh-Hans/zh-Hant, da/nb/sv…); `language` then holds what is sure (`pt`).
    #[serde(default)]
    pub uncertain: bool,
    /// The close languages it could be, when uncertain.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub alternatives: Vec<String>,
}

impl LanguageInfo {
    /// A sure decision by `method` with `confidence` (rounded to 3 decimals).
    pub fn new(method: &str, confidence: f64) -> LanguageInfo {
        LanguageInfo {
            method: method.to_string(),
            confidence: (confidence * 1000.0).round() / 1000.0,
            uncertain: false,
            alternatives: Vec::new(),
        }
    }
}

/// A paragraph of a section body with the language it is written in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Block {
    /// The paragraph in the source.
    pub span: Span,
    /// BCP 47 tag from the loaded locales' distinctive words; `None` when the
    /// block is too short, is code/numbers/URLs, or the evidence is split.
    pub language: Option<String>,
    /// `true` when kbnorm's renderer declared the block left in its original
    /// language (after a `cue-original-text` marker); `language` is then the
    /// declared one.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub declared: bool,
}

/// A canonical Knowledge Base article.
///
/// ```
/// let a = kbnorm::parse("Article ID: 123456 - Last Review: July 12, 2008 - Revision: 3.0\nSYMPTOMSThe server stops.\n");
/// assert_eq!(a.kb_id, Some(123456));
/// assert_eq!(a.last_review.map(|d| d.to_string()).as_deref(), Some("2008-07-12"));
/// assert_eq!(a.sections[1].key, "symptoms");
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Article {
    /// [`SCHEMA_VERSION`] at the time of writing.
    pub schema_version: u32,
    /// The article's own KB number, only when the text states it.
    pub kb_id: Option<u32>,
    /// BCP 47 tag of the article's language (`en`, `sv`, …; `und` if unknown).
    pub language: String,
    /// How the language was decided.
    pub language_info: LanguageInfo,
    /// The title as written, whitespace folded.
    pub title: Option<String>,
    /// What sort of article.
    pub kind: Kind,
    /// The product, canonical.
    pub product: Option<Product>,
    /// The update rollup number.
    pub rollup: Option<u32>,
    /// When the update was released.
    pub release_date: Option<Date>,
    /// The article's last review date.
    pub last_review: Option<Date>,
    /// The article's revision ("3.0").
    pub revision: Option<String>,
    /// Security bulletins named (`MS09-003`), upper case, sorted.
    pub security_bulletins: Vec<String>,
    /// KB articles of the issues the update fixes.
    pub fixed_issues: Vec<KbRef>,
    /// KB articles of the updates this one replaces.
    pub replaces: Vec<KbRef>,
    /// Every other KB article the text refers to (not its own number).
    pub kb_mentions: Vec<KbRef>,
    /// The prerequisites, one item each.
    pub prerequisites: Vec<String>,
    /// The restart requirement.
    pub restart: Option<Restart>,
    /// The removal instructions.
    pub removal: Option<Removal>,
    /// Known issues.
    pub known_issues: Vec<KnownIssue>,
    /// "Applies to" products, one per item.
    pub applies_to: Vec<String>,
    /// Keywords from the footer.
    pub keywords: Vec<String>,
    /// Download locations.
    pub download: Download,
    /// The English KB number a translation says it translates.
    pub translation_of: Option<u32>,
    /// `true` when the text carries a machine-translation notice.
    pub machine_translated: bool,
    /// The sections, flat, in document order; see [`Section`].
    pub sections: Vec<Section>,
    /// Where each scalar field above was read from (`kb_id`, `title`, …).
    pub field_spans: BTreeMap<String, Span>,
    /// What the parser noticed or removed.
    pub diagnostics: Vec<Diagnostic>,
}

impl Article {
    /// An article with nothing found, in language `und`.
    pub fn empty() -> Article {
        Article {
            schema_version: SCHEMA_VERSION,
            kb_id: None,
            language: "und".into(),
            language_info: LanguageInfo::new("none", 0.0),
            title: None,
            kind: Kind::Other,
            product: None,
            rollup: None,
            release_date: None,
            last_review: None,
            revision: None,
            security_bulletins: Vec::new(),
            fixed_issues: Vec::new(),
            replaces: Vec::new(),
            kb_mentions: Vec::new(),
            prerequisites: Vec::new(),
            restart: None,
            removal: None,
            known_issues: Vec::new(),
            applies_to: Vec::new(),
            keywords: Vec::new(),
            download: Download::default(),
            translation_of: None,
            machine_translated: false,
            sections: Vec::new(),
            field_spans: BTreeMap::new(),
            diagnostics: Vec::new(),
        }
    }

    /// The sections with this canonical key, in document order.
    pub fn sections_with_key<'a>(&'a self, key: &'a str) -> impl Iterator<Item = (usize, &'a Section)> + 'a {
        self.sections.iter().enumerate().filter(move |(_, s)| s.key == key)
    }

    /// Indices of `index` and all its descendants (they follow it contiguously).
    pub fn subtree(&self, index: usize) -> std::ops::Range<usize> {
        let level = self.sections.get(index).map_or(0, |s| s.level);
        let mut end = index + 1;
        while self.sections.get(end).is_some_and(|s| s.level > level) {
            end += 1;
        }
        index..end.min(self.sections.len().max(index))
    }
}

impl Article {
    /// Check the no-text-lost invariant against the text this article was parsed
    /// from: every byte lies in exactly one section heading, section body piece, or
    /// removed-chrome diagnostic. Returns the offending ranges (gaps and overlaps);
    /// empty when the account is exact.
    ///
    /// ```
    /// let text = "Title\nOn This PageSUMMARYIt fixes 1 issue.\nBack to the top\nCauseA bug.";
    /// let a = kbnorm::parse(text);
    /// assert!(a.unaccounted(text).is_empty());
    /// ```
    pub fn unaccounted(&self, source: &str) -> Vec<Span> {
        let mut spans: Vec<Span> = Vec::new();
        for s in &self.sections {
            spans.extend(s.heading_span);
            spans.extend(s.body.iter().copied());
        }
        spans.extend(
            self.diagnostics
                .iter()
                .filter(|d| d.code == "chrome-removed")
                .filter_map(|d| d.span),
        );
        spans.retain(|s| !s.is_empty());
        spans.sort();
        let mut bad = Vec::new();
        let mut at = 0;
        for s in spans {
            if s.start > at {
                bad.push(Span::new(at, s.start));
            } else if s.start < at {
                bad.push(Span::new(s.start, at.min(s.end)));
            }
            at = at.max(s.end);
        }
        if at < source.len() {
            bad.push(Span::new(at, source.len()));
        }
        if at > source.len() {
            bad.push(Span::new(source.len(), at));
        }
        bad
    }
}
