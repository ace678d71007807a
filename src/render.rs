//! Rendering: the canonical [`Article`] back into any loaded locale, through
//! Project Fluent (`fluent-bundle`).
//!
//! Every locale's bundle is built from the same Fluent source the parser compiles
//! (`kb.ftl` and `render.ftl`): headings, cues, restart phrases, title forms, the
//! date pattern and month names are rendered from the very messages the parser
//! recognizes, so `parse(render(a, L))` reads back the facts of `a`. Bundles are
//! built lazily, once per locale and isolation setting, and shared.
//!
//! Free text (paragraphs, fixed-issue titles) is never machine-translated: it
//! stays in its source language behind the locale's `cue-original-text` marker
//! (in Markdown also in a `<div lang="…">`), which the parser reads back as text
//! declared to be in that language.
//!
//! Missing or broken messages fall back to English with a `render-fallback`
//! diagnostic; a message that cannot be rendered at all is left out with a
//! `render-missing` diagnostic. No placeholder such as `{$var}` is ever printed.

use std::borrow::Cow;
use std::fmt::Write as _;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use crate::error::Error;
use crate::locale::{Locale, Part};
use crate::model::{Article, Date, Diagnostic, Kind, RestartKind, Section, Severity};

/// Output format of [`render`](crate::Normalizer::render).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum Format {
    /// Plain text, laid out like a scraped KB page (headings on their own lines).
    #[default]
    Text,
    /// CommonMark: `#` headings, `-` lists, source-language text in `<div lang>`.
    Markdown,
}

impl std::str::FromStr for Format {
    type Err = String;
    fn from_str(s: &str) -> Result<Format, String> {
        match s {
            "text" | "txt" => Ok(Format::Text),
            "md" | "markdown" => Ok(Format::Markdown),
            other => Err(format!("unknown format `{other}` (expected text or md)")),
        }
    }
}

/// How to render.
///
/// ```
/// let opts = kbnorm::RenderOptions::new().format(kbnorm::Format::Markdown).isolate(true);
/// assert_eq!(opts.get_format(), kbnorm::Format::Markdown);
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct RenderOptions {
    format: Format,
    isolate: bool,
}

impl RenderOptions {
    /// Plain text, no bidi isolation marks.
    pub fn new() -> RenderOptions {
        RenderOptions::default()
    }

    /// Set the output format.
    pub fn format(mut self, format: Format) -> RenderOptions {
        self.format = format;
        self
    }

    /// Wrap every interpolated value in Unicode isolation marks (FSI … PDI), as
    /// Fluent does by default: right for right-to-left locales (ar, he) shown in
    /// a bidi-aware view. Off by default, so plain text stays plain.
    pub fn isolate(mut self, on: bool) -> RenderOptions {
        self.isolate = on;
        self
    }

    /// The output format.
    pub fn get_format(&self) -> Format {
        self.format
    }

    /// Whether isolation marks are on.
    pub fn isolate_marks(&self) -> bool {
        self.isolate
    }
}

/// A rendered article or summary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rendered {
    /// The locale rendered into.
    pub locale: String,
    /// The text.
    pub text: String,
    /// Fallbacks and messages left out (`render-fallback`, `render-missing`).
    pub diagnostics: Vec<Diagnostic>,
}

type Bundle = FluentBundle<FluentResource>;

/// The lazily built bundles of one locale: without and with isolation marks.
#[derive(Default)]
pub(crate) struct Bundles {
    slots: [OnceLock<Result<Bundle, String>>; 2],
}

impl std::fmt::Debug for Bundles {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Bundles")
    }
}

impl Bundles {
    pub(crate) fn get(&self, locale: &Locale, isolate: bool) -> Result<&Bundle, Error> {
        let slot = if isolate { &self.slots[1] } else { &self.slots[0] };
        slot.get_or_init(|| build_bundle(locale, isolate))
            .as_ref()
            .map_err(|m| Error::LocaleData {
                locale: locale.tag.clone(),
                message: m.clone(),
            })
    }
}

/// Remove the parser's provenance marks: a value written `~Text` renders `Text`.
fn strip_unverified_marks(source: &str) -> String {
    let mut out = String::with_capacity(source.len());
    for line in source.split_inclusive('\n') {
        if let Some((head, rest)) = line.split_once('=')
            && !head.starts_with([' ', '#', '.'])
            && let Some(value) = rest.trim_start().strip_prefix('~')
        {
            out.push_str(head);
            out.push_str("= ");
            out.push_str(value);
        } else {
            out.push_str(line);
        }
    }
    out
}

fn build_bundle(locale: &Locale, isolate: bool) -> Result<Bundle, String> {
    let langid = locale
        .tag
        .parse::<unic_langid::LanguageIdentifier>()
        .map_err(|e| format!("`{}` is not a BCP 47 tag: {e}", locale.tag))?;
    let mut bundle = Bundle::new_concurrent(vec![langid]);
    bundle.set_use_isolating(isolate);
    let resource = FluentResource::try_new(strip_unverified_marks(&locale.source))
        .map_err(|(_, errors)| format!("Fluent syntax error: {:?}", errors.first()))?;
    bundle
        .add_resource(resource)
        .map_err(|errors| format!("duplicate message: {:?}", errors.first()))?;
    let dates = DateFormat::of(locale);
    bundle
        .add_function("DATETIME", move |positional, _named| match positional {
            [FluentValue::String(s)] => match Date::parse_iso(s) {
                Some(d) => FluentValue::from(dates.format(d)),
                None => FluentValue::Error,
            },
            _ => FluentValue::Error,
        })
        .map_err(|e| format!("{e:?}"))?;
    Ok(bundle)
}

/// A locale's date form (the value of `date`) and month names (`month-1` …
/// `month-12`): the same data the parser reads dates with.
#[derive(Debug, Clone)]
pub(crate) struct DateFormat {
    parts: Vec<Part>,
    months: Vec<String>,
}

impl DateFormat {
    pub(crate) fn of(locale: &Locale) -> DateFormat {
        DateFormat {
            parts: locale.messages.get("date").first().map(|f| f.parts.clone()).unwrap_or_default(),
            months: (1..=12)
                .map(|m| locale.messages.value(&format!("month-{m}")).unwrap_or_default())
                .collect(),
        }
    }

    /// The date in this locale's form; ISO 8601 when the locale has no date form.
    pub(crate) fn format(&self, d: Date) -> String {
        if self.parts.is_empty() {
            return d.to_string();
        }
        let mut s = String::new();
        for p in &self.parts {
            match p {
                Part::Text(t) => s.push_str(t),
                Part::Var(v) => {
                    let _ = match v.as_str() {
                        "day" => write!(s, "{}", d.day),
                        "month_num" => write!(s, "{}", d.month),
                        "year" => write!(s, "{}", d.year),
                        "month" => {
                            let name = self.months.get(usize::from(d.month).saturating_sub(1)).map_or("", String::as_str);
                            if name.is_empty() {
                                write!(s, "{}", d.month)
                            } else {
                                write!(s, "{name}")
                            }
                        }
                        _ => Ok(()),
                    };
                }
                Part::Message(_) => {}
            }
        }
        s.trim().to_string()
    }
}

/// Message formatting with English fallback and diagnostics.
pub(crate) struct Messages<'a> {
    primary: &'a Bundle,
    fallback: Option<&'a Bundle>,
    pub(crate) dates: DateFormat,
    pub(crate) diagnostics: Vec<Diagnostic>,
}

impl<'a> Messages<'a> {
    pub(crate) fn new(primary: &'a Bundle, fallback: Option<&'a Bundle>, dates: DateFormat) -> Messages<'a> {
        Messages {
            primary,
            fallback,
            dates,
            diagnostics: Vec::new(),
        }
    }

    /// Format message `id`; English when the locale lacks it or cannot format
    /// it; `None` (with a diagnostic) when neither can.
    pub(crate) fn get(&mut self, id: &str, args: &FluentArgs) -> Option<String> {
        let mut problem = format!("no message `{id}`");
        for (bundle, is_fallback) in [(Some(self.primary), false), (self.fallback, true)] {
            let Some(bundle) = bundle else { continue };
            let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
                continue;
            };
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, Some(args), &mut errors);
            if errors.is_empty() {
                if is_fallback {
                    self.diagnostics
                        .push(diag("render-fallback", format!("{problem}; rendered in English")));
                }
                return Some(text.into_owned());
            }
            problem = format!("message `{id}`: {:?}", errors.first());
        }
        self.diagnostics.push(diag("render-missing", format!("{problem}; left out")));
        None
    }
}

fn diag(code: &str, message: String) -> Diagnostic {
    Diagnostic {
        code: code.into(),
        severity: Severity::Warning,
        message,
        span: None,
    }
}

/// Arguments from `(name, value)` pairs; numbers select plural forms.
pub(crate) fn args<'a>(pairs: &[(&'a str, FluentValue<'a>)]) -> FluentArgs<'a> {
    let mut a = FluentArgs::with_capacity(pairs.len());
    for (k, v) in pairs {
        a.set(*k, v.clone());
    }
    a
}

fn s<'a>(v: impl Into<Cow<'a, str>>) -> FluentValue<'a> {
    FluentValue::String(v.into())
}

fn n<'a>(v: usize) -> FluentValue<'a> {
    FluentValue::from(v)
}

/// The Fluent message id of a canonical section key's heading.
pub(crate) fn heading_id(key: &str) -> String {
    format!("heading-{}", key.replace('_', "-"))
}

fn restart_key(k: RestartKind) -> &'static str {
    match k {
        RestartKind::RebootRequired => "reboot_required",
        RestartKind::RebootMayBeRequired => "reboot_may_be_required",
        RestartKind::ServicesRestarted => "services_restarted",
        RestartKind::None => "none",
    }
}

/// What the renderer needs to know about the source language.
pub(crate) struct Source<'a> {
    /// The header cues of the source language and English: preamble lines they
    /// match are rendered from the model instead (article ID, review, revision…).
    pub(crate) header_cues: Vec<crate::locale::CueMatcher<'a>>,
    /// The source language's own name (`locale-name`), for the original-text marker.
    pub(crate) name: &'a str,
    /// `true` when the target locale is the article's own language: no markers.
    pub(crate) same: bool,
}

/// The product as the target locale writes it, with its service pack.
fn product_text(m: &mut Messages<'_>, a: &Article) -> Option<String> {
    let p = a.product.as_ref()?;
    match p.service_pack {
        Some(sp) => m
            .get(
                "render-product-service-pack",
                &args(&[("product", s(p.name.as_str())), ("n", n(sp.into()))]),
            )
            .or_else(|| Some(p.name.clone())),
        None => Some(p.name.clone()),
    }
}

/// The title in the target locale: its own pattern where the model has what it
/// needs, else the original title (with the locale's kind label for some kinds).
pub(crate) fn title(m: &mut Messages<'_>, a: &Article, src: &Source<'_>) -> Option<String> {
    let original = a.title.as_deref();
    if src.same && original.is_some() {
        return original.map(str::to_string);
    }
    let product = product_text(m, a);
    let made = match (a.kind, &product, a.rollup) {
        (Kind::UpdateRollup, Some(p), Some(r)) => m.get("title-rollup", &args(&[("product", s(p.as_str())), ("n", n(r as usize))])),
        // No product to name: the rollup's name alone keeps what it is.
        (Kind::UpdateRollup, None, Some(r)) if original.is_none() => m.get("rollup-name", &args(&[("n", n(r as usize))])),
        (Kind::ServicePack, Some(_), _) => match &a.product {
            Some(p) => p
                .service_pack
                .and_then(|sp| m.get("kind-service-pack", &args(&[("product", s(p.name.as_str())), ("n", n(sp.into()))]))),
            None => None,
        },
        _ => None,
    };
    if made.is_some() {
        return made;
    }
    let original = original?;
    let id = match a.kind {
        Kind::SecurityUpdate => "render-title-security-update",
        Kind::Hotfix => "render-title-hotfix",
        Kind::Howto => "render-title-howto",
        _ => return Some(original.to_string()),
    };
    m.get(id, &args(&[("title", s(original))])).or_else(|| Some(original.to_string()))
}

/// The output being written, in either format.
struct Out<'o> {
    text: String,
    format: Format,
    marker: Option<String>,
    lang: &'o str,
}

impl Out<'_> {
    fn line(&mut self, l: &str) {
        self.text.push_str(l);
        self.text.push('\n');
    }

    fn blank(&mut self) {
        if !self.text.is_empty() && !self.text.ends_with("\n\n") {
            self.text.push('\n');
        }
    }

    /// A heading; `alone` puts a blank line after it (a heading the parser knows
    /// only by its shape, an `unrecognized` one, must stand alone).
    fn heading(&mut self, level: u8, h: &str, alone: bool) {
        self.blank();
        match self.format {
            Format::Text => {
                self.line(h);
                if alone {
                    self.text.push('\n');
                }
            }
            Format::Markdown => {
                let hashes = "#".repeat(usize::from(level.clamp(1, 5)) + 1);
                self.line(&format!("{hashes} {h}"));
            }
        }
    }

    fn paragraph(&mut self, p: &str) {
        self.line(p);
        self.blank();
    }

    /// Lines as Markdown; a blank line ends a list before a following paragraph
    /// line (it would otherwise continue the last item).
    fn markdown_lines(&mut self, lines: &[&str]) {
        let mut in_list = false;
        for l in lines {
            let item = l.starts_with("• ");
            if in_list && !item {
                self.blank();
            }
            in_list = item;
            self.line(&md_line(l));
        }
    }

    /// Free text in the source language: marked, lines kept, blank lines dropped
    /// (so the marked block ends at the first blank line).
    fn original(&mut self, text: &str) {
        let lines: Vec<&str> = text.lines().map(str::trim_end).filter(|l| !l.trim().is_empty()).collect();
        if lines.is_empty() {
            return;
        }
        match (&self.marker, self.format) {
            (None, Format::Text) => {
                for l in lines {
                    self.line(l);
                }
            }
            (None, Format::Markdown) => self.markdown_lines(&lines),
            (Some(marker), Format::Text) => {
                let marker = marker.clone();
                self.line(&marker);
                for l in lines {
                    self.line(l);
                }
            }
            (Some(marker), Format::Markdown) => {
                let open = format!("*{marker}*");
                self.line(&open);
                self.blank();
                let div = format!("<div lang=\"{}\">", self.lang);
                self.line(&div);
                self.blank();
                self.markdown_lines(&lines);
                self.blank();
                self.line("</div>");
            }
        }
        self.blank();
    }
}

/// A line of free text as Markdown: bullets as list items, the rest as its own
/// paragraph line (a hard break keeps scraped line structure).
fn md_line(l: &str) -> String {
    match l.strip_prefix("• ") {
        Some(item) => format!("- {item}"),
        None => format!("{l}  "),
    }
}

/// Render the whole article.
pub(crate) fn article(m: &mut Messages<'_>, a: &Article, src: &Source<'_>, format: Format) -> String {
    let marker = if src.same {
        None
    } else {
        m.get("render-original-text", &args(&[("language", s(src.name))]))
    };
    let mut out = Out {
        text: String::new(),
        format,
        marker,
        lang: &a.language,
    };
    let title = title(m, a, src);
    if let Some(t) = &title {
        match format {
            Format::Text => out.line(t),
            Format::Markdown => out.line(&format!("# {t}")),
        }
        out.blank();
    }
    // The header: article ID, last review, revision, as KB pages print them.
    let mut header = Vec::new();
    if let Some(kb) = a.kb_id {
        header.extend(m.get("cue-article-id", &args(&[("kb", s(kb.to_string()))])));
    }
    if let Some(d) = a.last_review {
        let date = m.dates.format(d);
        header.extend(m.get("cue-last-review", &args(&[("date", s(date))])));
    }
    if let Some(r) = &a.revision {
        header.extend(m.get("cue-revision", &args(&[("revision", s(r.as_str()))])));
    }
    if !header.is_empty() {
        out.paragraph(&header.join(" - "));
    }
    if let Some(d) = a.release_date {
        let date = m.dates.format(d);
        if let Some(l) = m.get("cue-release-date", &args(&[("date", s(date))])) {
            out.paragraph(&l);
        }
    }
    if let Some(kb) = a.translation_of
        && let Some(l) = m.get("cue-translation-of", &args(&[("kb", s(kb.to_string()))]))
    {
        out.paragraph(&l);
    }
    if a.machine_translated
        && let Some(l) = m.get("cue-machine-translated", &FluentArgs::new())
    {
        out.paragraph(&l);
    }
    if !a.security_bulletins.is_empty() {
        let sep = m.get("render-list-separator", &FluentArgs::new()).unwrap_or_else(|| ", ".into());
        let list = a.security_bulletins.join(&sep);
        if let Some(l) = m.get(
            "render-security-bulletins",
            &args(&[("count", n(a.security_bulletins.len())), ("bulletins", s(list))]),
        ) {
            out.paragraph(&l);
        }
    }
    let mut issue_no = 0usize;
    for sec in &a.sections {
        if sec.key == "preamble" {
            let rest: Vec<&str> = sec
                .text
                .lines()
                .filter(|l| {
                    let folded = crate::locale::Folded::new(l);
                    Some(l.trim()) != a.title.as_deref() && !src.header_cues.iter().any(|re| re.is_match(&folded))
                })
                .collect();
            out.original(&rest.join("\n"));
            continue;
        }
        let heading = if sec.key == "known_issue" {
            issue_no += 1;
            m.get("heading-known-issue-item", &args(&[("n", n(issue_no))]))
        } else if sec.key == "unrecognized" {
            None
        } else {
            if sec.key == "known_issues" {
                issue_no = 0;
            }
            m.get(&heading_id(&sec.key), &FluentArgs::new())
        };
        match heading.or_else(|| sec.heading.clone()) {
            // A heading stands alone when only its shape makes it one, or when a
            // lower-case line follows (it would read as a wrapped line).
            Some(h) => out.heading(
                sec.level,
                &h,
                sec.key == "unrecognized" || sec.text.trim_start().starts_with(char::is_lowercase),
            ),
            None => out.blank(),
        }
        // In the article's own language the text states these facts already.
        if !src.same
            && let Some(lead) = lead_sentence(m, a, sec)
        {
            out.paragraph(&lead);
        }
        out.original(&sec.text);
    }
    let mut text = out.text;
    while text.ends_with("\n\n") {
        text.pop();
    }
    text
}

/// The localized sentence that opens a section with structured content.
fn lead_sentence(m: &mut Messages<'_>, a: &Article, sec: &Section) -> Option<String> {
    match sec.key.as_str() {
        "issues_fixed" if !a.fixed_issues.is_empty() => m.get("render-issues-fixed", &args(&[("count", n(a.fixed_issues.len()))])),
        "update_replacement" if !a.replaces.is_empty() => m.get("render-replaces", &args(&[("count", n(a.replaces.len()))])),
        "restart_requirement" => {
            let r = a.restart.as_ref()?;
            let id = format!("restart-{}", restart_key(r.kind).replace('_', "-"));
            let phrase = upper_first(&m.get(&id, &FluentArgs::new())?);
            m.get("render-sentence", &args(&[("text", s(phrase))]))
        }
        "removal_information" => {
            let kb = a.removal.as_ref()?.update_id?;
            m.get("render-removal", &args(&[("kb", s(kb.to_string()))]))
        }
        "known_issues" if !a.known_issues.is_empty() => m.get("render-known-issues", &args(&[("count", n(a.known_issues.len()))])),
        "prerequisites" if !a.prerequisites.is_empty() => m.get("render-prerequisites", &FluentArgs::new()),
        "download_information" if !a.download.urls.is_empty() => m.get("render-download", &FluentArgs::new()),
        _ => None,
    }
}

/// A reconciliation report, one finding per line.
pub(crate) fn report(m: &mut Messages<'_>, r: &crate::reconcile::Report) -> String {
    let kb = r.kb_id.map_or_else(|| "?".to_string(), |k| k.to_string());
    let mut lines: Vec<String> = Vec::new();
    lines.extend(m.get(
        "render-reconcile-title",
        &args(&[
            ("kb", s(kb)),
            ("original", s(r.original_language.as_str())),
            ("translation", s(r.translation_language.as_str())),
        ]),
    ));
    if r.findings.is_empty() {
        lines.extend(m.get("render-reconcile-none", &FluentArgs::new()));
    } else {
        lines.extend(m.get("render-reconcile-count", &args(&[("count", n(r.findings.len()))])));
    }
    for f in &r.findings {
        let severity = m
            .get(&format!("render-reconcile-severity-{}", f.severity.as_str()), &FluentArgs::new())
            .unwrap_or_else(|| f.severity.as_str().to_string());
        let what = m
            .get(
                &format!("render-reconcile-{}", f.check.replace(['.', '_'], "-")),
                &FluentArgs::new(),
            )
            .unwrap_or_else(|| f.check.clone());
        if let Some(l) = m.get(
            "render-reconcile-finding",
            &args(&[("severity", s(severity)), ("what", s(what)), ("location", s(f.location.as_str()))]),
        ) {
            lines.push(format!("- {l} [{}]", f.check));
        }
        let none = "—";
        if let Some(v) = m.get(
            "render-reconcile-values",
            &args(&[
                ("original", s(f.original.as_deref().unwrap_or(none))),
                ("translation", s(f.translation.as_deref().unwrap_or(none))),
            ]),
        ) {
            lines.push(format!("  {v}"));
        }
    }
    lines.join("\n")
}

/// The text with its first letter upper case (a phrase opening a sentence).
fn upper_first(t: &str) -> String {
    let mut chars = t.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Render the short summary.
pub(crate) fn summary(m: &mut Messages<'_>, a: &Article) -> String {
    let mut sentences: Vec<String> = Vec::new();
    let subject = match a.kb_id {
        Some(kb) => m.get("summary-subject-kb", &args(&[("kb", s(kb.to_string()))])),
        None => m.get("summary-subject-none", &FluentArgs::new()),
    }
    .unwrap_or_default();
    let (kind, number) = match a.kind {
        Kind::UpdateRollup => match a.rollup {
            Some(r) => ("update_rollup", Some(r as usize)),
            None => ("update_rollup_unnumbered", None),
        },
        Kind::Hotfix => ("hotfix", None),
        Kind::SecurityUpdate => ("security_update", None),
        Kind::SecurityBulletin => ("security_bulletin", None),
        Kind::ServicePack => match a.product.as_ref().and_then(|p| p.service_pack) {
            Some(sp) => ("service_pack", Some(usize::from(sp))),
            None => ("other", None),
        },
        Kind::Howto => ("howto", None),
        Kind::Other => ("other", None),
    };
    let product = product_text(m, a);
    let mut pairs = vec![("subject", s(subject)), ("kind", s(kind))];
    if let Some(k) = number {
        pairs.push(("n", n(k)));
    }
    let id = match product {
        Some(p) => {
            pairs.push(("product", s(p)));
            "summary-kind-product"
        }
        None => "summary-kind",
    };
    sentences.extend(m.get(id, &args(&pairs)));
    if let Some(d) = a.release_date {
        sentences.extend(m.get("summary-released", &args(&[("date", s(d.to_string()))])));
    }
    if !a.fixed_issues.is_empty() {
        sentences.extend(m.get("summary-fixes", &args(&[("count", n(a.fixed_issues.len()))])));
    }
    let sep = m.get("render-list-separator", &FluentArgs::new()).unwrap_or_else(|| ", ".into());
    if !a.security_bulletins.is_empty() {
        let list = a.security_bulletins.join(&sep);
        sentences.extend(m.get(
            "summary-bulletins",
            &args(&[("count", n(a.security_bulletins.len())), ("bulletins", s(list))]),
        ));
    }
    if !a.replaces.is_empty() {
        let list = a
            .replaces
            .iter()
            .filter_map(|r| m.get("render-kb-number", &args(&[("kb", s(r.kb.to_string()))])))
            .collect::<Vec<_>>()
            .join(&sep);
        sentences.extend(m.get("summary-replaces", &args(&[("count", n(a.replaces.len())), ("list", s(list))])));
    }
    if let Some(r) = &a.restart {
        sentences.extend(m.get("summary-restart", &args(&[("restart", s(restart_key(r.kind)))])));
    }
    if !a.known_issues.is_empty() {
        sentences.extend(m.get("summary-known-issues", &args(&[("count", n(a.known_issues.len()))])));
    }
    let between = m.get("summary-separator", &FluentArgs::new()).unwrap_or_else(|| " ".into());
    sentences.join(&between)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unverified_marks_are_stripped_from_values_only() {
        let src = "a = ~Tillfällig lösning\n    .match =\n        ~Alt\nb = Plain\n";
        assert_eq!(
            strip_unverified_marks(src),
            "a = Tillfällig lösning\n    .match =\n        ~Alt\nb = Plain\n"
        );
    }
}
