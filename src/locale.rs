//! Per-language knowledge, loaded from Fluent files (`locales/<tag>/*.ftl`).
//!
//! One source serves parsing and rendering: a message's value is the form kbnorm
//! renders, its `.match` attribute lists further forms the parser recognizes. This
//! module turns those patterns into matchers: literal heading and chrome phrases
//! (fed to one Aho-Corasick automaton over all locales, see
//! [`crate::vocab`]), and regexes for the phrases with typed slots
//! (`Article ID: { $kb }`, `{ $month } { $day }, { $year }`).
//!
//! Nothing here knows a particular language: adding one is adding a directory.

use std::collections::HashMap;

use fluent_syntax::ast;
use regex_automata::meta;

use crate::error::Error;
use crate::model::{Date, Kind, RestartKind};

/// The canonical section keys of the label contract (`corpus/LABELS.md`).
pub const SECTION_KEYS: [&str; 24] = [
    "summary",
    "introduction",
    "symptoms",
    "cause",
    "resolution",
    "workaround",
    "status",
    "more_information",
    "issues_fixed",
    "service_pack_information",
    "update_rollup_information",
    "download_information",
    "update_replacement",
    "prerequisites",
    "restart_requirement",
    "removal_information",
    "owa_customization",
    "known_issues",
    "file_information",
    "hotfix_information",
    "references",
    "applies_to",
    "keywords",
    "properties",
];

/// One form of a pattern: literal text and typed slots, in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Part {
    Text(String),
    Var(String),
    Message(String),
}

/// One alternative of a message: its parts and whether it was marked unverified.
#[derive(Debug, Clone)]
pub(crate) struct Form {
    pub(crate) parts: Vec<Part>,
    pub(crate) unverified: bool,
}

impl Form {
    /// The form as plain text when it has no slots.
    pub(crate) fn literal(&self) -> Option<String> {
        let mut s = String::new();
        for p in &self.parts {
            match p {
                Part::Text(t) => s.push_str(t),
                _ => return None,
            }
        }
        let s = s.trim().to_string();
        (!s.is_empty()).then_some(s)
    }
}

/// The raw messages of one locale: id → forms (value first, then `.match` lines).
#[derive(Debug, Clone, Default)]
pub(crate) struct Messages {
    pub(crate) forms: HashMap<String, Vec<Form>>,
}

impl Messages {
    pub(crate) fn parse(tag: &str, source: &str) -> Result<Messages, Error> {
        let resource = match fluent_syntax::parser::parse(source) {
            Ok(r) => r,
            Err((_, errors)) => {
                let first = errors
                    .first()
                    .map(|e| format!("{:?} at bytes {:?}", e.kind, e.pos))
                    .unwrap_or_default();
                return Err(Error::LocaleData {
                    locale: tag.to_string(),
                    message: format!("Fluent syntax error: {first}"),
                });
            }
        };
        let mut forms: HashMap<String, Vec<Form>> = HashMap::with_capacity(resource.body.len());
        for entry in resource.body {
            let ast::Entry::Message(msg) = entry else { continue };
            // Rendering-only messages may use the whole of Fluent (selectors,
            // functions); the parser never reads them.
            if is_render_only(msg.id.name) {
                continue;
            }
            let mut list = Vec::new();
            if let Some(value) = &msg.value {
                list.extend(pattern_forms(tag, msg.id.name, value)?);
            }
            for attr in &msg.attributes {
                if attr.id.name == "match" {
                    list.extend(pattern_forms(tag, msg.id.name, &attr.value)?);
                }
            }
            forms.insert(msg.id.name.to_string(), list);
        }
        Ok(Messages { forms })
    }

    pub(crate) fn get(&self, id: &str) -> &[Form] {
        self.forms.get(id).map_or(&[], Vec::as_slice)
    }

    /// The first literal form (the rendered value) of a message.
    pub(crate) fn value(&self, id: &str) -> Option<String> {
        self.get(id)
            .first()
            .and_then(Form::literal)
            .map(|s| s.trim_start_matches('~').to_string())
    }
}

/// The ids of the messages in a Fluent source, sorted (junk is skipped).
pub(crate) fn message_ids(source: &str) -> std::collections::BTreeSet<String> {
    let resource = match fluent_syntax::parser::parse(source) {
        Ok(r) => r,
        Err((r, _)) => r,
    };
    resource
        .body
        .iter()
        .filter_map(|e| match e {
            ast::Entry::Message(m) => Some(m.id.name.to_string()),
            _ => None,
        })
        .collect()
}

/// Messages only the parser reads (page chrome, distinctive words, title stops,
/// heading particles, whatlang codes): a locale may leave them out.
pub(crate) fn is_parse_only(id: &str) -> bool {
    matches!(
        id,
        "chrome" | "chrome-line" | "stopwords" | "title-stop" | "heading-continuation" | "locale-whatlang"
    )
}

/// `render-*` and `summary-*` messages belong to the renderer alone.
pub(crate) fn is_render_only(id: &str) -> bool {
    id.starts_with("render-") || id.starts_with("summary-")
}

fn pattern_forms(tag: &str, id: &str, pattern: &ast::Pattern<&str>) -> Result<Vec<Form>, Error> {
    let mut out = Vec::new();
    let mut cur: Vec<Part> = Vec::new();
    let flush = |cur: &mut Vec<Part>, out: &mut Vec<Form>| {
        let mut unverified = false;
        if let Some(Part::Text(t)) = cur.first_mut() {
            let trimmed = t.trim_start();
            if let Some(rest) = trimmed.strip_prefix('~') {
                unverified = true;
                *t = rest.to_string();
            }
        }
        let empty = cur.iter().all(|p| matches!(p, Part::Text(t) if t.trim().is_empty()));
        if !empty {
            out.push(Form {
                parts: std::mem::take(cur),
                unverified,
            });
        }
        cur.clear();
    };
    for el in &pattern.elements {
        match el {
            ast::PatternElement::TextElement { value } => {
                let mut lines = value.split('\n');
                if let Some(first) = lines.next()
                    && !first.is_empty()
                {
                    cur.push(Part::Text(first.to_string()));
                }
                for line in lines {
                    flush(&mut cur, &mut out);
                    if !line.is_empty() {
                        cur.push(Part::Text(line.to_string()));
                    }
                }
            }
            ast::PatternElement::Placeable { expression } => match expression {
                ast::Expression::Inline(ast::InlineExpression::VariableReference { id }) => {
                    cur.push(Part::Var(id.name.to_string()));
                }
                ast::Expression::Inline(ast::InlineExpression::MessageReference { id, .. }) => {
                    cur.push(Part::Message(id.name.to_string()));
                }
                ast::Expression::Inline(ast::InlineExpression::StringLiteral { value }) => {
                    cur.push(Part::Text(value.to_string()));
                }
                _ => {
                    return Err(Error::LocaleData {
                        locale: tag.to_string(),
                        message: format!("message `{id}`: only variables, message references and string literals may appear in placeables"),
                    });
                }
            },
        }
    }
    flush(&mut cur, &mut out);
    Ok(out)
}

/// Which fact a cue states.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum Cue {
    ArticleId,
    LastReview,
    Revision,
    ReleaseDate,
    Removal,
    TranslationOf,
    MachineTranslated,
    /// kbnorm's marker before text left in its original language.
    OriginalText,
}

impl Cue {
    /// The cue's place in [`Cue::ALL`].
    pub(crate) fn index(self) -> usize {
        Cue::ALL.iter().position(|(c, _)| *c == self).unwrap_or(0)
    }

    pub(crate) const ALL: [(Cue, &'static str); 8] = [
        (Cue::ArticleId, "cue-article-id"),
        (Cue::LastReview, "cue-last-review"),
        (Cue::Revision, "cue-revision"),
        (Cue::ReleaseDate, "cue-release-date"),
        (Cue::Removal, "cue-removal"),
        (Cue::TranslationOf, "cue-translation-of"),
        (Cue::MachineTranslated, "cue-machine-translated"),
        (Cue::OriginalText, "cue-original-text"),
    ];
}

/// One language's compiled knowledge.
#[derive(Debug)]
pub(crate) struct Locale {
    pub(crate) tag: String,
    /// The locale's own name for itself (`locale-name`).
    pub(crate) name: String,
    pub(crate) whatlang: Vec<String>,
    /// The raw messages (the renderer reads the date pattern and month names).
    pub(crate) messages: Messages,
    /// The Fluent source the locale was compiled from; the renderer builds its
    /// bundle from it.
    pub(crate) source: String,
    /// (section key index, literal heading forms).
    pub(crate) headings: Vec<(usize, Vec<String>)>,
    pub(crate) chrome: Vec<String>,
    pub(crate) chrome_lines: Vec<String>,
    /// `heading-known-issue-item` without capture groups, to combine with other
    /// locales'; for the text as written ([`plain_regex`]).
    pub(crate) issue_item_plain: Option<String>,
    /// The literal text each `cue-original-text` form starts with ("Ursprunglig
    /// text ("), to find a marker line before compiling the locale's regexes.
    pub(crate) marker_prefixes: Vec<String>,
    /// The regular expressions' sources, built on first use ([`Self::sources`]).
    sources: std::sync::OnceLock<Patterns<String>>,
    /// The same, each compiled on first use ([`Locale::re`]): most runs read a
    /// few locales only, and compiling all 24 would cost most of the start-up.
    compiled: std::sync::OnceLock<Patterns<LazyRegex>>,
    /// Which cues a text may contain, built on first use.
    cue_gate: std::sync::OnceLock<CueGate>,
    pub(crate) title_stops: Vec<String>,
    /// Frequent, distinctive words (`stopwords`), for telling languages apart.
    pub(crate) stopwords: Vec<String>,
    /// `heading-continuation`: particles that make a heading word at a line start prose.
    pub(crate) continuation: Vec<char>,
    months: HashMap<String, u8>,
}

/// A locale's regular expressions, as sources (`R = String`) or compiled
/// (`R = Regex`).
#[derive(Debug, Clone)]
pub(crate) struct Patterns<R> {
    /// `heading-known-issue-item`, with capture groups.
    pub(crate) issue_item: Option<R>,
    /// Per cue, one regex for all its forms; but one regex per form for a cue
    /// whose forms end with a date ([`CuePattern::dated`]).
    pub(crate) cues: Vec<CuePattern<R>>,
    /// Any date form at the start of the text, for the cues whose date is read
    /// after their regex matched ([`CuePattern::dated`]).
    pub(crate) date_at: Option<R>,
    pub(crate) rollup: Option<R>,
    /// `title-rollup`: the title of an update rollup article, with a `product` slot.
    pub(crate) title_rollup: Option<R>,
    pub(crate) restart: Vec<(RestartKind, R)>,
    pub(crate) kinds: Vec<(Kind, R)>,
    pub(crate) dates: Vec<R>,
}

impl<R> Default for Patterns<R> {
    fn default() -> Self {
        Patterns {
            issue_item: None,
            cues: Vec::new(),
            date_at: None,
            rollup: None,
            title_rollup: None,
            restart: Vec::new(),
            kinds: Vec::new(),
            dates: Vec::new(),
        }
    }
}

impl<R> Patterns<R> {
    /// Every pattern through `f`; the first error stops it.
    fn map<T, E>(&self, mut f: impl FnMut(&R) -> Result<T, E>) -> Result<Patterns<T>, E> {
        Ok(Patterns {
            issue_item: self.issue_item.as_ref().map(&mut f).transpose()?,
            cues: self
                .cues
                .iter()
                .map(|c| {
                    Ok(CuePattern {
                        cue: c.cue,
                        re: f(&c.re)?,
                        dated: c.dated,
                    })
                })
                .collect::<Result<_, E>>()?,
            date_at: self.date_at.as_ref().map(&mut f).transpose()?,
            rollup: self.rollup.as_ref().map(&mut f).transpose()?,
            title_rollup: self.title_rollup.as_ref().map(&mut f).transpose()?,
            restart: self.restart.iter().map(|(k, p)| Ok((*k, f(p)?))).collect::<Result<_, E>>()?,
            kinds: self.kinds.iter().map(|(k, p)| Ok((*k, f(p)?))).collect::<Result<_, E>>()?,
            dates: self.dates.iter().map(f).collect::<Result<_, E>>()?,
        })
    }
}

/// A compiled locale regex: regex-automata's meta engine, which the `regex`
/// crate wraps, built without its one-pass DFA. That DFA resolves capture
/// groups fast, but it is built eagerly for every regex with groups and holds
/// their states for every byte class: 1.9 MB of the 5.0 MB that the 375
/// regexes compiled over the 24-language corpus held (`memory_usage`). Without
/// it, a match's groups are read by the bounded backtracker over the match
/// only, and matches are rare.
///
/// Its search caches are not the engine's own pool, which keeps one cache per
/// regex and thread for good: a thread that had read every language held a
/// cache for each of the 400 regexes those compile, 3 to 4 MB per thread. They
/// are kept per thread instead, [`CACHES_PER_THREAD`] at most ([`ThreadCaches`]).
#[derive(Debug)]
pub(crate) struct Regex {
    re: meta::Regex,
    /// This regex's key among each thread's caches: distinct for every regex
    /// compiled in the process.
    id: usize,
}

/// The search caches a thread keeps, for the regexes it used last: a text
/// needs its language's regexes and English's (up to about 50), and English's
/// stay among the last used whatever the language. Measured as the peak RSS of
/// `kbnorm batch` over the 24-language corpus with 1 and 2 jobs, and
/// instructions per byte over the seeds (English and Swedish) and the dev
/// openings (24 languages, 2 KB each, one language after another):
///
/// | kept per thread | 1 job | 2 jobs | seeds | dev |
/// |---|---|---|---|---|
/// | all (the engine's pool) | 29.5 MB | 33.4 MB | 171.3 | 405.7 |
/// | 192 | 26.9–27.1 MB | 30.2–30.8 MB | | 500.5 |
/// | 128 | 25.9 MB | 28.8 MB | 172.6 | 503.8 |
/// | **96** | 25.2–25.3 MB | 27.4–27.5 MB | 172.6 | 503.6 |
/// | 64 | 24.3–24.7 MB | 26.3–26.6 MB | 172.7 | 530.6 |
/// | 48 | 24.4–24.5 MB | 26.1–26.3 MB | 248.9 | 1031.8 |
///
/// Below about 50 a Swedish article's own regexes no longer fit. The cost is
/// where languages alternate: a thread that meets a language again makes its
/// caches again (the dev openings, 2 KB each, pay most for it).
const CACHES_PER_THREAD: usize = 96;

/// A thread's regex caches, by regex id, the one used last at the end; the
/// one used longest ago is dropped to make room.
#[derive(Default)]
struct ThreadCaches {
    held: Vec<(usize, Box<meta::Cache>)>,
}

thread_local! {
    static CACHES: std::cell::RefCell<ThreadCaches> = std::cell::RefCell::default();
}

static NEXT_REGEX_ID: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

impl Regex {
    /// Runs `f` with this thread's cache for this regex, made if there is
    /// none (or the thread's caches cannot be reached, while the thread ends).
    /// The cache is taken out while `f` runs and put back last-used after, so
    /// no borrow is held meanwhile (a search of the same regex from within
    /// makes a cache of its own).
    fn with_cache<T>(&self, f: impl FnOnce(&meta::Regex, &mut meta::Cache) -> T) -> T {
        let taken = CACHES
            .try_with(|c| {
                let mut c = c.try_borrow_mut().ok()?;
                let i = c.held.iter().rposition(|(id, _)| *id == self.id)?;
                Some(c.held.remove(i).1)
            })
            .ok()
            .flatten();
        let mut cache = taken.unwrap_or_else(|| Box::new(self.re.create_cache()));
        let out = f(&self.re, &mut cache);
        let _ = CACHES.try_with(|c| {
            if let Ok(mut c) = c.try_borrow_mut() {
                if c.held.len() >= CACHES_PER_THREAD {
                    c.held.remove(0);
                }
                c.held.push((self.id, cache));
            }
        });
        out
    }

    /// A new set of capture slots for [`Self::search_captures`].
    pub(crate) fn create_captures(&self) -> regex_automata::util::captures::Captures {
        self.re.create_captures()
    }

    /// The leftmost match in `input`, its groups into `caps`.
    pub(crate) fn search_captures(&self, input: &regex_automata::Input<'_>, caps: &mut regex_automata::util::captures::Captures) {
        self.with_cache(|re, cache| re.search_captures_with(cache, input, caps));
    }

    /// Whether `hay` holds a match.
    pub(crate) fn is_match(&self, hay: &str) -> bool {
        let input = regex_automata::Input::new(hay).earliest(true);
        self.with_cache(|re, cache| re.search_half_with(cache, &input).is_some())
    }

    /// The leftmost match in `hay`.
    pub(crate) fn find(&self, hay: &str) -> Option<regex_automata::Match> {
        let input = regex_automata::Input::new(hay);
        self.with_cache(|re, cache| re.search_with(cache, &input))
    }

    /// Every match in `hay`, in order, none overlapping the one before (an
    /// empty match is not taken again where the one before ended), as the
    /// engine's own `find_iter` gives them.
    pub(crate) fn find_iter<'h>(&'h self, hay: &'h str) -> impl Iterator<Item = regex_automata::Match> + 'h {
        let mut searcher = regex_automata::util::iter::Searcher::new(regex_automata::Input::new(hay));
        std::iter::from_fn(move || searcher.advance(|input| Ok(self.with_cache(|re, cache| re.search_with(cache, input)))))
    }
}

/// Compile a locale regex ([`Regex`]).
pub(crate) fn compile(source: &str) -> Result<Regex, String> {
    let re = meta::Regex::builder()
        .configure(meta::Regex::config().onepass(false))
        .build(source)
        .map_err(|e| e.to_string())?;
    Ok(Regex {
        re,
        id: NEXT_REGEX_ID.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
    })
}

/// A regular expression compiled on first use: an article needs a few of its
/// locale's regexes only (a cue its text does not contain is never compiled),
/// and compiling one takes 0.1–2 ms.
#[derive(Debug)]
pub(crate) struct LazyRegex {
    source: String,
    re: std::sync::OnceLock<Option<Regex>>,
}

impl LazyRegex {
    fn new(source: &str, compiled: Option<Regex>) -> LazyRegex {
        let re = std::sync::OnceLock::new();
        if let Some(r) = compiled {
            let _ = re.set(Some(r));
        }
        LazyRegex {
            source: source.to_string(),
            re,
        }
    }

    /// The compiled regex. `None` only for a source that does not compile,
    /// which [`Locale::check`] reports for added locales and a test rules out
    /// for the embedded ones.
    pub(crate) fn get(&self) -> Option<&Regex> {
        self.re.get_or_init(|| compile(&self.source).ok()).as_ref()
    }

    /// Whether it has been compiled (by an earlier [`Self::get`]).
    pub(crate) fn is_compiled(&self) -> bool {
        self.re.get().is_some()
    }
}

/// The regex of a cue (all its forms), or of one form of it.
#[derive(Debug, Clone)]
pub(crate) struct CuePattern<R> {
    pub(crate) cue: Cue,
    pub(crate) re: R,
    /// The form ends with its date, and `re` matches the rest of the form: the
    /// date is read where that match ends, with the locale's one date regex
    /// ([`Patterns::date_at`]). Inlined in every such cue, that
    /// alternation of every date form and month name made these regexes the
    /// costliest to compile (about 2 ms each) and to hold.
    pub(crate) dated: bool,
}

impl Patterns<LazyRegex> {
    /// A cue pattern ready to match, compiling what it needs.
    pub(crate) fn matcher<'a>(&'a self, c: &'a CuePattern<LazyRegex>) -> Option<CueMatcher<'a>> {
        let date_at = if c.dated { Some(self.date_at.as_ref()?.get()?) } else { None };
        Some(CueMatcher { re: c.re.get()?, date_at })
    }
}

/// A compiled cue pattern: its regex and, for a dated one, the date regex.
#[derive(Debug, Clone, Copy)]
pub(crate) struct CueMatcher<'a> {
    re: &'a Regex,
    date_at: Option<&'a Regex>,
}

impl<'a> CueMatcher<'a> {
    /// The leftmost match in `hay` starting at or after `at`.
    pub(crate) fn find_at<'t>(&self, hay: &Folded<'t>, mut at: usize) -> Option<Caps<'t>> {
        loop {
            let mut caps = captures_at(self.re, hay, at)?;
            let Some(date_at) = self.date_at else { return Some(caps) };
            let (start, from) = (caps.start(), caps.end());
            // The form's text matched; its date must follow, or this is no match.
            if let Some(d) = hay.lower().get(from..).and_then(|rest| date_at.find(rest)) {
                caps.date = hay.slot(from + d.start(), from + d.end());
                return Some(caps);
            }
            at = start + hay.text().get(start..)?.chars().next()?.len_utf8();
        }
    }

    /// The leftmost match in `hay`.
    pub(crate) fn find<'t>(&self, hay: &Folded<'t>) -> Option<Caps<'t>> {
        self.find_at(hay, 0)
    }

    /// Every match in `hay`, in order, none overlapping the one before.
    pub(crate) fn find_iter<'h, 't>(self, hay: &'h Folded<'t>) -> impl Iterator<Item = Caps<'t>> + use<'a, 'h, 't> {
        let mut at = Some(0);
        std::iter::from_fn(move || {
            let m = self.find_at(hay, at?)?;
            // A match is never empty: each form starts with text or a slot.
            at = (m.end() > m.start()).then_some(m.end());
            Some(m)
        })
    }

    pub(crate) fn is_match(&self, hay: &Folded<'_>) -> bool {
        if self.date_at.is_none() {
            return self.re.is_match(hay.lower());
        }
        self.find(hay).is_some()
    }
}

/// Text as the locale regexes read it: with its ASCII letters in lower case,
/// as the regexes write them ([`push_caseless`]). Every byte stays where it
/// was, so an offset found in the lowered text is one in the text, whose own
/// letters a slot's text keeps.
#[derive(Debug, Clone)]
pub(crate) struct Folded<'t> {
    text: &'t str,
    lower: std::borrow::Cow<'t, str>,
}

impl<'t> Folded<'t> {
    pub(crate) fn new(text: &'t str) -> Folded<'t> {
        let lower = if text.bytes().any(|b| b.is_ascii_uppercase()) {
            std::borrow::Cow::Owned(text.to_ascii_lowercase())
        } else {
            std::borrow::Cow::Borrowed(text)
        };
        Folded { text, lower }
    }

    /// The text itself.
    pub(crate) fn text(&self) -> &'t str {
        self.text
    }

    /// The text with its ASCII letters lowered: what the regexes search.
    pub(crate) fn lower(&self) -> &str {
        &self.lower
    }

    /// A part of the text, lowered already.
    pub(crate) fn get(&self, range: std::ops::Range<usize>) -> Option<Folded<'_>> {
        Some(Folded {
            text: self.text.get(range.clone())?,
            lower: std::borrow::Cow::Borrowed(self.lower.get(range)?),
        })
    }

    fn slot(&self, start: usize, end: usize) -> Option<Slot<'t>> {
        Some(Slot {
            start,
            end,
            text: self.text.get(start..end)?,
        })
    }
}

/// A locale regex's leftmost match in `hay` at or after `at`.
pub(crate) fn captures_at<'t>(re: &Regex, hay: &Folded<'t>, at: usize) -> Option<Caps<'t>> {
    let lower = hay.lower();
    if at > lower.len() {
        return None;
    }
    let mut locs = re.create_captures();
    re.search_captures(&regex_automata::Input::new(lower).range(at..), &mut locs);
    locs.is_match().then(|| Caps {
        locs,
        text: hay.text(),
        date: None,
    })
}

/// A match of a locale regex (a cue's, a date's, a rollup name's…): where it
/// is and its slots, with their text as written.
#[derive(Debug)]
pub(crate) struct Caps<'t> {
    locs: regex_automata::util::captures::Captures,
    text: &'t str,
    /// The date of a dated cue, read after its regex's match.
    date: Option<Slot<'t>>,
}

impl<'t> Caps<'t> {
    pub(crate) fn start(&self) -> usize {
        self.locs.get_match().map_or(0, |m| m.start())
    }

    pub(crate) fn end(&self) -> usize {
        self.date.map_or_else(|| self.locs.get_match().map_or(0, |m| m.end()), |d| d.end)
    }

    fn group(&self, i: usize) -> Option<Slot<'t>> {
        let span = self.locs.get_group(i)?;
        Some(Slot {
            start: span.start,
            end: span.end,
            text: self.text.get(span.range())?,
        })
    }

    /// A slot's text and place, whichever form matched (forms number their
    /// groups `name`, `name__1`, …).
    pub(crate) fn slot(&self, name: &str) -> Option<Slot<'t>> {
        if name == "date"
            && let Some(d) = self.date
        {
            return Some(d);
        }
        self.locs
            .group_info()
            .pattern_names(regex_automata::PatternID::ZERO)
            .enumerate()
            .filter(|(_, n)| n.is_some_and(|n| n == name || n.strip_prefix(name).is_some_and(|r| r.starts_with("__"))))
            .find_map(|(i, _)| self.group(i))
    }

    /// The text of every slot that matched, in the pattern's order.
    pub(crate) fn slot_texts(&self) -> impl Iterator<Item = &'t str> + '_ {
        (1..self.locs.group_len()).filter_map(|i| self.group(i)).map(|s| s.text)
    }
}

/// The text a slot matched, and where (byte offsets into the searched text).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Slot<'t> {
    start: usize,
    end: usize,
    text: &'t str,
}

impl<'t> Slot<'t> {
    pub(crate) fn start(&self) -> usize {
        self.start
    }

    pub(crate) fn end(&self) -> usize {
        self.end
    }

    pub(crate) fn as_str(&self) -> &'t str {
        self.text
    }
}

/// Which of a locale's cues a text may contain: a cue whose every form starts
/// with literal text matches only where the first word of one of its forms
/// occurs. A cue regex not compiled yet is compiled only for a text that holds
/// one of those words ([`Self::may_contain`]); once compiled, its own prefilter
/// does the same work.
#[derive(Debug, Default)]
pub(crate) struct CueGate {
    /// Per cue of [`Cue::ALL`]: its forms' first words, ASCII case ignored;
    /// `None` when a form does not start with literal text (always possible).
    words: Vec<Option<aho_corasick::AhoCorasick>>,
}

impl CueGate {
    fn new(messages: &Messages) -> CueGate {
        let words = Cue::ALL
            .iter()
            .map(|(_, id)| {
                aho_corasick::AhoCorasick::builder()
                    .ascii_case_insensitive(true)
                    .build(form_heads(messages, id)?)
                    .ok()
            })
            .collect();
        CueGate { words }
    }

    /// Whether `text` may contain `cue`.
    pub(crate) fn may_contain(&self, cue: Cue, text: &str) -> bool {
        match self.words.get(cue.index()) {
            Some(Some(words)) => words.is_match(text),
            _ => true,
        }
    }
}

/// The literal start ([`form_head`]) of every form of message `id`; `None`
/// when a form has none.
fn form_heads(messages: &Messages, id: &str) -> Option<Vec<String>> {
    messages.get(id).iter().map(form_head).collect()
}

/// The literal start of a form that every match of it contains: the first word
/// of its leading text, up to the first non-ASCII letter with case (the regex
/// takes such a letter in either case, which ASCII case folding does not
/// cover). `None` when the form starts with a slot, or that start is empty.
fn form_head(f: &Form) -> Option<String> {
    let Some(Part::Text(t)) = f.parts.first() else { return None };
    let word = t.trim_start().split(char::is_whitespace).next()?;
    let end = word
        .char_indices()
        .find(|&(_, c)| !c.is_ascii() && (c.is_lowercase() || c.is_uppercase()))
        .map_or(word.len(), |(i, _)| i);
    let head = word.get(..end)?;
    (!head.is_empty()).then(|| head.to_string())
}

const RESTART_IDS: [(RestartKind, &str); 4] = [
    (RestartKind::RebootRequired, "restart-reboot-required"),
    (RestartKind::RebootMayBeRequired, "restart-reboot-may-be-required"),
    (RestartKind::ServicesRestarted, "restart-services-restarted"),
    (RestartKind::None, "restart-none"),
];

pub(crate) const KIND_IDS: [(Kind, &str); 4] = [
    (Kind::SecurityUpdate, "kind-security-update"),
    (Kind::Hotfix, "kind-hotfix"),
    (Kind::ServicePack, "kind-service-pack"),
    (Kind::Howto, "kind-howto"),
];

/// The message id of a section key's heading (`more_information` → `heading-more-information`).
pub(crate) fn heading_id(key: &str) -> String {
    format!("heading-{}", key.replace('_', "-"))
}

impl Locale {
    /// Compile a locale from its tag and Fluent source.
    pub(crate) fn compile(tag: &str, source: &str) -> Result<Locale, Error> {
        let messages = Messages::parse(tag, source)?;
        let mut months = HashMap::new();
        for m in 1..=12u8 {
            for f in messages.get(&format!("month-{m}")) {
                if let Some(lit) = f.literal() {
                    months.insert(lit.to_lowercase(), m);
                }
            }
        }
        let mut headings = Vec::new();
        for (k, key) in SECTION_KEYS.iter().enumerate() {
            let lits: Vec<String> = messages.get(&heading_id(key)).iter().filter_map(Form::literal).collect();
            if !lits.is_empty() {
                headings.push((k, lits));
            }
        }
        let lits = |id: &str| -> Vec<String> { messages.get(id).iter().filter_map(Form::literal).collect() };
        Ok(Locale {
            tag: tag.to_string(),
            source: source.to_string(),
            name: messages.value("locale-name").unwrap_or_else(|| tag.to_string()),
            whatlang: messages
                .value("locale-whatlang")
                .map(|v| v.split_whitespace().map(str::to_string).collect())
                .unwrap_or_default(),
            headings,
            chrome: lits("chrome"),
            chrome_lines: lits("chrome-line"),
            issue_item_plain: plain_regex(tag, &messages, "heading-known-issue-item")?,
            marker_prefixes: messages
                .get("cue-original-text")
                .iter()
                .filter_map(|f| match f.parts.first() {
                    Some(Part::Text(t)) if !t.trim().is_empty() => Some(t.trim_start().to_string()),
                    _ => None,
                })
                .collect(),
            sources: std::sync::OnceLock::new(),
            compiled: std::sync::OnceLock::new(),
            cue_gate: std::sync::OnceLock::new(),
            title_stops: lits("title-stop"),
            continuation: messages
                .value("heading-continuation")
                .map(|v| v.chars().filter(|c| !c.is_whitespace()).collect())
                .unwrap_or_default(),
            stopwords: messages
                .value("stopwords")
                .map(|v| v.split_whitespace().map(str::to_string).collect())
                .unwrap_or_default(),
            months,
            messages,
        })
    }

    /// Forms marked unverified, as `message-id: form`, sorted.
    pub(crate) fn unverified(&self) -> Vec<String> {
        let mut out: Vec<String> = self
            .messages
            .forms
            .iter()
            .flat_map(|(id, forms)| {
                forms
                    .iter()
                    .filter(|f| f.unverified)
                    .map(move |f| format!("{id}: {}", render_parts(&f.parts)))
            })
            .collect();
        out.sort();
        out
    }

    /// Compile the regular expressions now, reporting the first broken one
    /// (for locales from outside the crate, checked when the normalizer is built).
    pub(crate) fn check(&self) -> Result<(), Error> {
        let sources = pattern_sources(&self.tag, &self.messages)?;
        let compiled = sources.map(|p| match compile(p) {
            Ok(r) => Ok(LazyRegex::new(p, Some(r))),
            Err(e) => Err(Error::LocaleData {
                locale: self.tag.clone(),
                message: format!("regular expression: {e}"),
            }),
        })?;
        // Kept, so that they are not compiled again in use.
        let _ = self.sources.set(sources);
        let _ = self.compiled.set(compiled);
        Ok(())
    }

    /// The regular expressions' sources, built on first use. The embedded
    /// locales' build (a test checks it) and added ones are checked when the
    /// normalizer is built ([`Self::check`]), so the empty fallback is not reached.
    pub(crate) fn sources(&self) -> &Patterns<String> {
        self.sources
            .get_or_init(|| pattern_sources(&self.tag, &self.messages).unwrap_or_default())
    }

    /// The literal start of every form of message `id` ([`form_head`]): every
    /// match of the message's regex contains one. `None` when a form has none.
    pub(crate) fn form_heads(&self, id: &str) -> Option<Vec<String>> {
        form_heads(&self.messages, id)
    }

    /// A text for every form of message `id`, its slots filled with sample
    /// values and a referenced message with its first form (for tests).
    #[cfg(test)]
    pub(crate) fn samples(&self, id: &str) -> Vec<String> {
        self.messages
            .get(id)
            .iter()
            .map(|f| {
                f.parts
                    .iter()
                    .map(|p| match p {
                        Part::Text(t) => t.clone(),
                        Part::Var(v) if v == "product" => "Exchange Server 2007".into(),
                        Part::Var(v) if v == "kb" => "935490".into(),
                        Part::Var(_) => "3".into(),
                        Part::Message(m) => self.samples(m).into_iter().next().unwrap_or_default(),
                    })
                    .collect()
            })
            .collect()
    }

    /// Which cues a text may contain ([`CueGate`]).
    pub(crate) fn cue_gate(&self) -> &CueGate {
        self.cue_gate.get_or_init(|| CueGate::new(&self.messages))
    }

    /// The regular expressions, each compiled on first use ([`LazyRegex`]).
    pub(crate) fn re(&self) -> &Patterns<LazyRegex> {
        self.compiled.get_or_init(|| {
            let Ok(lazy) = self.sources().map(|p| Ok::<_, std::convert::Infallible>(LazyRegex::new(p, None)));
            lazy
        })
    }

    /// Read a date written in one of this locale's forms (or ISO 8601).
    pub(crate) fn parse_date(&self, s: &str) -> Option<Date> {
        let s = s.trim();
        if let Some(d) = Date::parse_iso(s) {
            return Some(d);
        }
        let s = Folded::new(s);
        for re in self.re().dates.iter().filter_map(LazyRegex::get) {
            let Some(c) = captures_at(re, &s, 0) else { continue };
            let year: u16 = c.slot("year")?.as_str().parse().ok()?;
            let day: u8 = c.slot("day")?.as_str().parse().ok()?;
            let month = if let Some(m) = c.slot("month") {
                *self.months.get(&m.as_str().to_lowercase())?
            } else {
                c.slot("month_num")?.as_str().parse().ok()?
            };
            if let Some(d) = Date::new(year, month, day) {
                return Some(d);
            }
        }
        None
    }
}

fn render_parts(parts: &[Part]) -> String {
    parts
        .iter()
        .map(|p| match p {
            Part::Text(t) => t.clone(),
            Part::Var(v) => format!("{{ ${v} }}"),
            Part::Message(m) => format!("{{ {m} }}"),
        })
        .collect()
}

#[derive(Clone)]
struct Ctx<'a> {
    messages: &'a Messages,
    /// The month names as one alternation ([`month_alternation`]), written
    /// when a form first has a month slot.
    month_alt: std::cell::OnceCell<String>,
    date: DateSlot<'a>,
    /// Write an ASCII letter as a class of both cases (`[Ss]`), for a regex
    /// that reads the text as written, not [`Folded`].
    both_cases: bool,
}

/// What a `{ $date }` slot compiles to.
#[derive(Clone, Copy)]
enum DateSlot<'a> {
    /// Not allowed (in the date forms themselves).
    None,
    /// The alternation of every date form.
    Inline(&'a str),
    /// Nothing: the form ends with its date, which starts where the form's
    /// match ends ([`CuePattern::dated`]).
    Mark,
}

/// A message's forms as one regex source without groups that reads the text
/// as written, ASCII letters as classes of both cases (the every-locale regex of
/// numbered known-issue headings): forms are alternatives.
///
/// Written in lower case for [`Folded`] text, that regex had literal prefixes
/// ("issue", "problem", …) for which the regex crate chose a prefilter that
/// stops at every such common word: it scanned 2.5× as many instructions per
/// byte as with the classes, whose case variants are too many for a prefilter.
fn plain_regex(tag: &str, messages: &Messages, id: &str) -> Result<Option<String>, Error> {
    let ctx = Ctx {
        messages,
        month_alt: std::cell::OnceCell::new(),
        date: DateSlot::None,
        both_cases: true,
    };
    alternation(&ctx, messages.get(id), false).map_err(|message| Error::LocaleData {
        locale: tag.to_string(),
        message,
    })
}

/// A message's forms as alternatives of one regex source (`None` without
/// forms). `named` puts slots in named groups, numbered per form: alternatives
/// cannot share group names in one regex.
fn alternation(ctx: &Ctx<'_>, forms: &[Form], named: bool) -> Result<Option<String>, String> {
    if forms.is_empty() {
        return Ok(None);
    }
    let alts = forms
        .iter()
        .enumerate()
        .map(|(i, f)| compile_parts(ctx, &f.parts, named, i).map(|a| format!("(?:{a})")))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Some(alts.join("|")))
}

/// Every month name of the locale as one alternation, longest first.
fn month_alternation(messages: &Messages) -> String {
    let mut month_names: Vec<String> = (1..=12u8)
        .flat_map(|m| messages.get(&format!("month-{m}")).iter().filter_map(Form::literal))
        .collect();
    month_names.sort_by_key(|s| std::cmp::Reverse(s.len()));
    month_names.iter().map(|m| caseless_literal(m)).collect::<Vec<_>>().join("|")
}

/// The regex sources of a locale's cues, dates, restart and kind phrases and
/// rollup names. Built when the locale's regexes are first needed: building
/// them for every loaded locale took about a third of the locales' compile time.
fn pattern_sources(tag: &str, messages: &Messages) -> Result<Patterns<String>, Error> {
    let bad = |message: String| Error::LocaleData {
        locale: tag.to_string(),
        message,
    };
    let ctx = Ctx {
        messages,
        month_alt: std::cell::OnceCell::new(),
        date: DateSlot::None,
        both_cases: false,
    };
    let mut dates = Vec::new();
    let mut date_alts = Vec::new();
    for f in messages.get("date") {
        let named = compile_parts(&ctx, &f.parts, true, 0).map_err(&bad)?;
        dates.push(format!("^{named}$"));
        date_alts.push(compile_parts(&ctx, &f.parts, false, 0).map_err(&bad)?);
    }
    date_alts.push(r"[0-9]{4}-[0-9]{2}-[0-9]{2}".to_string());
    let date_alternation = date_alts.join("|");

    let date_at = format!("^(?:{date_alternation})");
    let ctx = Ctx {
        date: DateSlot::Inline(&date_alternation),
        ..ctx
    };

    // Restart and kind phrases need no slots; cues, items and rollup names do.
    let regex_of = |id: &str| alternation(&ctx, messages.get(id), false).map_err(&bad);
    let cue_regex = |id: &str| alternation(&ctx, messages.get(id), true).map_err(&bad);

    let mut cues = Vec::new();
    let ends_with_date = |f: &Form| {
        matches!(f.parts.last(), Some(Part::Var(v)) if v == "date")
            && f.parts.iter().filter(|p| matches!(p, Part::Var(v) if v == "date")).count() == 1
    };
    let marked = Ctx {
        date: DateSlot::Mark,
        ..ctx.clone()
    };
    for (cue, id) in Cue::ALL {
        let forms = messages.get(id);
        if forms.iter().any(ends_with_date) {
            // One regex per form, whose date is read after it matched: the
            // earliest match of any form, the first form at one place, is
            // the match of the cue as one regex over all forms.
            for f in forms {
                let dated = ends_with_date(f);
                let c = if dated { &marked } else { &ctx };
                let re = compile_parts(c, &f.parts, true, 0).map_err(&bad)?;
                cues.push(CuePattern { cue, re, dated });
            }
        } else if let Some(re) = cue_regex(id)? {
            cues.push(CuePattern { cue, re, dated: false });
        }
    }
    let mut restart = Vec::new();
    for (kind, id) in RESTART_IDS {
        if let Some(r) = regex_of(id)? {
            restart.push((kind, r));
        }
    }
    let mut kinds = Vec::new();
    for (kind, id) in KIND_IDS {
        if let Some(r) = regex_of(id)? {
            kinds.push((kind, r));
        }
    }
    Ok(Patterns {
        issue_item: cue_regex("heading-known-issue-item")?,
        date_at: cues.iter().any(|c| c.dated).then_some(date_at),
        cues,
        rollup: cue_regex("rollup-name")?,
        title_rollup: cue_regex("title-rollup")?,
        restart,
        kinds,
        dates,
    })
}

/// Regex source for a form. `named` puts slots in named groups; `suffix` keeps
/// group names unique when several forms share one regex.
fn compile_parts(ctx: &Ctx<'_>, parts: &[Part], named: bool, suffix: usize) -> Result<String, String> {
    let mut out = String::new();
    let mut prev_word = false; // whether what precedes a whitespace run ends in a word char
    for (i, p) in parts.iter().enumerate() {
        match p {
            Part::Text(t) => {
                let text = if i == 0 { t.trim_start() } else { t.as_str() };
                let text = if i + 1 == parts.len() { text.trim_end() } else { text };
                let mut chars = text.chars().peekable();
                while let Some(c) = chars.next() {
                    if c.is_whitespace() {
                        while chars.peek().is_some_and(|c| c.is_whitespace()) {
                            chars.next();
                        }
                        // Required between two Latin-script words; optional elsewhere
                        // ("2007 年 1 月" and "2007年1月" are the same date). ASCII
                        // white space only: cleaning has made all white space ASCII
                        // (a test there checks every character), and with a Unicode `\s`
                        // the 375 regexes compiled over the 24-language corpus and their
                        // caches held 10.3 MB instead of 6.5 (`memory_usage`).
                        let next_word = chars
                            .peek()
                            .is_none_or(|c| c.is_ascii_alphanumeric() || c.is_alphabetic() && !is_caseless(*c));
                        out.push_str(if prev_word && next_word { r"(?-u:\s)+" } else { r"(?-u:\s)*" });
                    } else {
                        push_caseless(&mut out, c, ctx.both_cases);
                        prev_word = c.is_ascii_alphanumeric() || c.is_alphabetic() && !is_caseless(c);
                    }
                }
            }
            Part::Var(v) => {
                let body = match v.as_str() {
                    "kb" => r"[0-9]{4,8}".to_string(),
                    "n" => r"[0-9]{1,3}".to_string(),
                    "revision" => r"[0-9]+(?:\.[0-9]+)*".to_string(),
                    "product" => r"[^\n]+?".to_string(),
                    "language" => r"[^\n]{2,60}?".to_string(),
                    "day" => r"[0-9]{1,2}".to_string(),
                    "month_num" => r"[0-9]{1,2}".to_string(),
                    "year" => r"[0-9]{4}".to_string(),
                    "month" => format!("(?:{})", ctx.month_alt.get_or_init(|| month_alternation(ctx.messages))),
                    "date" => match ctx.date {
                        DateSlot::Inline(d) => format!("(?:{d})"),
                        // The form ends here: the date starts where its match ends.
                        DateSlot::Mark => continue,
                        DateSlot::None => return Err("a date form cannot contain { $date }".into()),
                    },
                    other => return Err(format!("unknown variable ${other}")),
                };
                if named {
                    let name = if suffix == 0 { v.clone() } else { format!("{v}__{suffix}") };
                    out.push_str(&format!("(?P<{name}>{body})"));
                } else {
                    out.push_str(&format!("(?:{body})"));
                }
                prev_word = true;
            }
            Part::Message(m) => {
                let forms = ctx.messages.get(m);
                if forms.is_empty() {
                    return Err(format!("reference to missing message `{m}`"));
                }
                let mut alts = Vec::new();
                for f in forms {
                    if f.parts.iter().any(|p| matches!(p, Part::Message(_))) {
                        return Err(format!("message `{m}` is referenced and references another message"));
                    }
                    alts.push(compile_parts(ctx, &f.parts, false, 0)?);
                }
                out.push_str(&format!("(?:{})", alts.join("|")));
                prev_word = true;
            }
        }
    }
    Ok(out)
}

/// `c` as a regex matching it in either case in [`Folded`] text: an ASCII
/// letter in lower case (the text's are lowered; `[Ss]` with `both_cases`, for
/// text as written), `(?i:ö)` for another letter with case, the escaped
/// character otherwise.
///
/// Locale regexes are case-insensitive letter by letter rather than with one
/// `(?i)` over the whole pattern: under `(?i)` the regex crate case-folds every
/// class (`\s`, the slots' digits) as well, which made compiling one locale's
/// patterns take about 20 ms. An ASCII letter as a class of both cases (`[Ss]`)
/// cost twice what a lowered one does to compile, and more to hold. Digits are
/// `[0-9]`: cleaning has already turned the other scripts' digits into ASCII.
fn push_caseless(out: &mut String, c: char, both_cases: bool) {
    if c.is_ascii_alphabetic() && both_cases {
        out.extend(['[', c.to_ascii_uppercase(), c.to_ascii_lowercase(), ']']);
    } else if c.is_ascii_alphabetic() {
        out.push(c.to_ascii_lowercase());
    } else if c.is_lowercase() || c.is_uppercase() {
        out.push_str("(?i:");
        out.push_str(&regex::escape(c.encode_utf8(&mut [0; 4])));
        out.push(')');
    } else {
        out.push_str(&regex::escape(c.encode_utf8(&mut [0; 4])));
    }
}

/// A literal phrase as a regex matching it in any case (see [`push_caseless`]).
fn caseless_literal(s: &str) -> String {
    let mut out = String::with_capacity(s.len() * 4);
    for c in s.chars() {
        push_caseless(&mut out, c, false);
    }
    out
}

/// A letter of a script without case and usually without spaces between words
/// (CJK, kana, Hangul, Thai…); Arabic and Hebrew have no case but do use spaces.
pub(crate) fn is_caseless(c: char) -> bool {
    c.is_alphabetic()
        && !c.is_uppercase()
        && !c.is_lowercase()
        && !matches!(c as u32, 0x0590..=0x06FF | 0x0750..=0x077F | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn held_here() -> Vec<usize> {
        CACHES.with_borrow(|c| c.held.iter().map(|(id, _)| *id).collect())
    }

    /// The thread-cached searches find what the engine's own do: leftmost
    /// matches, every match (empty ones too, as its `find_iter` skips them),
    /// groups, and the same regex searched again from within its own matches.
    #[test]
    fn searches_with_thread_caches_find_what_the_engine_finds() {
        let hay = "kb 930809, kb 935490; 2008年7月8日 and Ünder \n x";
        for source in [r"kb ([0-9]+)", r"[0-9]*", r"(?-u:\b)", r"x$", r"ü", r"([0-9]{4})年", r"nothing"] {
            let Ok(ours) = compile(source) else { panic!("{source} compiles") };
            let Ok(engine) = meta::Regex::new(source) else {
                panic!("{source} compiles")
            };
            for h in [hay, "kb 12345", "x", "", "ü"] {
                assert_eq!(ours.is_match(h), engine.is_match(h), "{source} in {h:?}");
                assert_eq!(ours.find(h), engine.find(h), "{source} in {h:?}");
            }
            let all: Vec<regex_automata::Match> = ours.find_iter(hay).collect();
            assert_eq!(all, engine.find_iter(hay).collect::<Vec<_>>(), "{source}");
            // The same regex from within its own iteration.
            let nested: Vec<usize> = ours
                .find_iter(hay)
                .map(|m| ours.find_iter(hay.get(m.start()..).unwrap_or("")).count())
                .collect();
            let expected: Vec<usize> = all
                .iter()
                .map(|m| engine.find_iter(hay.get(m.start()..).unwrap_or("")).count())
                .collect();
            assert_eq!(nested, expected, "{source}");
            let (mut a, mut b) = (ours.create_captures(), engine.create_captures());
            ours.search_captures(&regex_automata::Input::new(hay).range(3..), &mut a);
            engine.search_captures(&regex_automata::Input::new(hay).range(3..), &mut b);
            assert_eq!(format!("{a:?}"), format!("{b:?}"), "{source}");
        }
    }

    /// A thread keeps at most [`CACHES_PER_THREAD`] caches, the last used:
    /// one still in use stays while older ones go.
    #[test]
    fn a_thread_keeps_the_caches_it_used_last() {
        // A thread of its own: no other test's caches.
        let run = std::thread::spawn(|| {
            let Ok(kept) = compile("kept") else { panic!("compiles") };
            let many: Vec<Regex> = (0..2 * CACHES_PER_THREAD).filter_map(|i| compile(&format!("w{i}")).ok()).collect();
            for (i, re) in many.iter().enumerate() {
                assert!(re.is_match(&format!("a w{i} b")));
                assert!(kept.is_match("is kept"));
                let held = held_here();
                assert!(held.len() <= CACHES_PER_THREAD, "{} caches held", held.len());
                assert!(held.contains(&kept.id) && held.contains(&re.id));
            }
            let held = held_here();
            assert_eq!(held.len(), CACHES_PER_THREAD);
            assert!(
                many.iter().take(CACHES_PER_THREAD).all(|re| !held.contains(&re.id)),
                "the oldest went"
            );
        });
        assert!(run.join().is_ok());
    }

    const SRC: &str = "
heading-symptoms = Symptoms
    .match =
        Problem
        ~Trouble
cue-article-id = Article ID: { $kb }
cue-last-review = Last Review: { $date }
date = { $month } { $day }, { $year }
    .match =
        { $day } { $month } { $year }
month-2 = February
    .match = Feb.
rollup-name = Update Rollup { $n }
";

    #[test]
    fn caseless_literals_match_folded_text_in_either_case() {
        let re = regex::Regex::new(&format!("^{}$", caseless_literal("Lösning (KB.1)"))).unwrap();
        for yes in ["Lösning (kb.1)", "LÖSNING (KB.1)", "lÖsNiNg (Kb.1)"] {
            assert!(re.is_match(Folded::new(yes).lower()), "{yes}");
        }
        for no in ["Losning (kb.1)", "Lösning (kbx1)", "Lösning kb.1"] {
            assert!(!re.is_match(Folded::new(no).lower()), "{no}");
        }
        // Only the folded text: its ASCII letters are lowered.
        assert!(!re.is_match("LÖSNING (KB.1)"));
        assert_eq!(caseless_literal("A1月"), "a1月");
        assert_eq!(caseless_literal("Ö"), "(?i:Ö)");
    }

    #[test]
    fn folded_text_keeps_every_byte_in_place() {
        let f = Folded::new("Ärende KB935490: Ölfaß");
        assert_eq!(f.lower(), "Ärende kb935490: Ölfaß");
        assert_eq!(f.lower().len(), f.text().len());
        let part = f.get(8..16).unwrap();
        assert_eq!((part.text(), part.lower()), ("KB935490", "kb935490"));
        assert!(f.get(0..1).is_none(), "not on a character boundary");
    }

    #[test]
    fn multiline_match_lists_become_forms() {
        let l = Locale::compile("xx", SRC).unwrap();
        let (k, forms) = &l.headings[0];
        assert_eq!(SECTION_KEYS[*k], "symptoms");
        assert_eq!(forms, &vec!["Symptoms".to_string(), "Problem".into(), "Trouble".into()]);
        assert_eq!(l.unverified(), vec!["heading-symptoms: Trouble".to_string()]);
    }

    #[test]
    fn cues_compile_to_flexible_regexes() {
        let l = Locale::compile("xx", SRC).unwrap();
        let re = l.re();
        let matcher = |cue: Cue| re.matcher(re.cues.iter().find(|c| c.cue == cue).unwrap()).unwrap();
        let c = matcher(Cue::ArticleId).find(&Folded::new("ARTICLE id:930809")).unwrap();
        assert_eq!(c.slot("kb").unwrap().as_str(), "930809");
        let c = matcher(Cue::LastReview).find(&Folded::new("Last Review: 13 FEB. 2009 -")).unwrap();
        assert_eq!((c.start(), c.end()), (0, 25));
        assert_eq!(c.slot("date").unwrap().as_str(), "13 FEB. 2009", "a slot's text as written");
        assert_eq!(l.parse_date(c.slot("date").unwrap().as_str()), Date::new(2009, 2, 13));
    }

    /// A cue whose forms end with a date is matched form by form, its date read
    /// after: the same matches as one regex over all forms with every date form
    /// inlined (the earliest place, the first form there, the first date form).
    #[test]
    fn dated_cues_match_as_one_regex_would() {
        let src = "\
cue-release-date = Date: { $date }
    .match =
        Date: x { $date }
        released { $date } here
date = { $month } { $day }, { $year }
    .match =
        { $day } { $month } { $year }
        { $day }.{ $month_num }.{ $year }
month-2 = February
    .match = Feb.
";
        let l = Locale::compile("xx", src).unwrap();
        let re = l.re();
        let forms: Vec<&CuePattern<LazyRegex>> = re.cues.iter().filter(|c| c.cue == Cue::ReleaseDate).collect();
        assert_eq!(forms.iter().map(|c| c.dated).collect::<Vec<_>>(), [true, true, false]);
        // The same cue as one regex with the dates inlined, as before.
        let inline = {
            let ctx = Ctx {
                messages: &l.messages,
                month_alt: std::cell::OnceCell::new(),
                date: DateSlot::None,
                both_cases: false,
            };
            let mut alts: Vec<String> = l
                .messages
                .get("date")
                .iter()
                .map(|f| compile_parts(&ctx, &f.parts, false, 0).unwrap())
                .collect();
            alts.push(r"[0-9]{4}-[0-9]{2}-[0-9]{2}".to_string());
            let all = alts.join("|");
            let ctx = Ctx {
                date: DateSlot::Inline(&all),
                ..ctx
            };
            compile(&alternation(&ctx, l.messages.get("cue-release-date"), true).unwrap().unwrap()).unwrap()
        };
        for hay in [
            "Date: February 9, 2009",
            "Date: x 9 Feb. 2009 and Date: 10 February 2009",
            "Date: soon. Date: 2009-02-09",
            "Date:x 1.2.2009",
            "date:   9 february 2009",
            "released 9.2.2009 here, Date: 9 Feb. 2009",
            "released 9.2.2009 there; Date: nothing",
            "Date: 9 Feb 2009 then released 2009-02-09 here",
            "no cue at all",
            "DATE: X 9 FEB. 2009, released 2009-02-09 HERE",
        ] {
            let hay = &Folded::new(hay);
            let mut want: Vec<(usize, usize, Option<&str>)> = Vec::new();
            let mut at = 0;
            while let Some(c) = captures_at(&inline, hay, at) {
                at = c.end();
                want.push((c.start(), c.end(), c.slot("date").map(|d| d.as_str())));
            }
            // The earliest match of any form, the first form among those there.
            let mut got = Vec::new();
            let mut at = 0;
            while let Some(m) = forms
                .iter()
                .filter_map(|c| re.matcher(c).unwrap().find_at(hay, at))
                .fold(None::<Caps<'_>>, |b, m| {
                    if b.as_ref().is_some_and(|b| b.start() <= m.start()) {
                        b
                    } else {
                        Some(m)
                    }
                })
            {
                at = m.end();
                got.push((m.start(), m.end(), m.slot("date").map(|d| d.as_str())));
            }
            assert_eq!(got, want, "{}", hay.text());
        }
    }

    #[test]
    fn dates_in_every_form() {
        let l = Locale::compile("xx", SRC).unwrap();
        assert_eq!(l.parse_date("February 9, 2009"), Date::new(2009, 2, 9));
        assert_eq!(l.parse_date("2009-02-09"), Date::new(2009, 2, 9));
        assert_eq!(l.parse_date("February 30, 2009"), None);
    }

    #[test]
    fn cue_gate_needs_the_first_word_of_a_form_in_any_ascii_case() {
        let src = "cue-article-id = Article ID: { $kb }\ncue-removal = remove update { $kb }\n    .match = uninstall { $kb }\ncue-revision = { $revision } rev\n";
        let l = Locale::compile("en", src).unwrap();
        let g = l.cue_gate();
        assert!(g.may_contain(Cue::ArticleId, "x ARTICLE iD: 1"));
        assert!(!g.may_contain(Cue::ArticleId, "Artic le ID: 1"));
        assert!(g.may_contain(Cue::Removal, "then Uninstall 935490"), "any form's word");
        assert!(!g.may_contain(Cue::Removal, "nothing to take out"));
        assert!(g.may_contain(Cue::Revision, "no words at all"), "a form starting with a slot");
        assert!(
            !g.may_contain(Cue::LastReview, "Last Review: July 12, 2008"),
            "a cue the locale lacks has no regex to run"
        );
        // A non-ASCII letter with case ends the word: "Ändring" is gated on nothing.
        let sv = Locale::compile(
            "sv",
            "cue-revision = Ändring: { $revision }\ncue-article-id = Artikel-id: { $kb }\n",
        )
        .unwrap();
        assert!(sv.cue_gate().may_contain(Cue::Revision, "ÄNDRING: 3"));
        assert!(sv.cue_gate().may_contain(Cue::ArticleId, "ARTIKEL-ID: 3"));
        assert!(!sv.cue_gate().may_contain(Cue::ArticleId, "Artikel id"));
    }

    #[test]
    fn checked_regexes_are_kept_and_others_compile_on_first_use() {
        let l = Locale::compile("xx", SRC).unwrap();
        assert!(l.re().cues.iter().all(|c| !c.re.is_compiled()));
        let checked = Locale::compile("xx", SRC).unwrap();
        checked.check().unwrap();
        assert!(!checked.re().cues.is_empty());
        assert!(checked.re().cues.iter().all(|c| c.re.is_compiled()));
        assert!(checked.re().date_at.as_ref().is_some_and(LazyRegex::is_compiled));
        assert!(checked.re().dates.iter().all(LazyRegex::is_compiled));
    }

    #[test]
    fn broken_locale_is_an_error() {
        let e = Locale::compile("xx", "heading-symptoms = { $kb ").unwrap_err();
        assert!(e.to_string().contains("xx"), "{e}");
        // Regex sources are built on first use, or by `check` (the builder runs it
        // for every locale from outside the crate).
        let l = Locale::compile("xx", "cue-removal = remove { $nope }").unwrap();
        let e = l.check().unwrap_err();
        assert!(e.to_string().contains("unknown variable"), "{e}");
    }
}
