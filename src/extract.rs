//! Stage 4, **extract**: the facts, read per canonical section with the phrase
//! patterns of the article's locale (and English, which translations keep).

use std::collections::BTreeSet;
use std::sync::LazyLock;

use regex::Regex;

use crate::clean::Cleaned;
use crate::langid::Lang;
use crate::locale::{Caps, Cue, CueMatcher, Folded, LazyRegex, Locale, captures_at};
use crate::model::{
    Article, Block, Date, Diagnostic, Download, KbRef, Kind, KnownIssue, Product, Removal, Restart, Section, Severity, Span,
};
use crate::segment::Tree;
use crate::vocab::Vocabulary;

/// The products of `locales/products.tsv`. Each regex requires its canonical
/// name's first word ("Exchange", "Windows") and its first word with a digit,
/// if it has one ("2007", "5.5"; a test checks both): one
/// ASCII-case-insensitive automaton over those words says which products a text
/// may name, and only their regexes are compiled (on first use) and run. A
/// `RegexSet` over all of them took 10.8 M instructions to compile, a quarter of
/// the first parse's regex compiles; gated by the first word alone, a text
/// naming one Exchange version compiled the regexes of all eight. The regexes
/// ignore ASCII case and match ASCII white space only (`(?i-u)`): the names are
/// ASCII, and cleaning has turned every other space into ` `.
struct Products {
    names: Vec<String>,
    sources: Vec<String>,
    /// The distinct gate words of the names.
    words: Option<aho_corasick::AhoCorasick>,
    /// Per product: its gate words' patterns in `words`.
    words_of: Vec<Vec<usize>>,
    each: Vec<std::sync::OnceLock<Option<Regex>>>,
}

/// The words of a product name its regex must require: the first one, and the
/// first one holding a digit.
fn gate_words(name: &str) -> impl Iterator<Item = &str> {
    let mut words = name.split(' ');
    let first = words.next();
    first.into_iter().chain(words.find(|w| w.bytes().any(|b| b.is_ascii_digit())))
}

impl Products {
    fn new(table: &str) -> Products {
        let (names, sources): (Vec<String>, Vec<String>) = table
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .filter_map(|l| l.split_once('\t'))
            .map(|(name, re)| (name.to_string(), format!("(?i-u){re}")))
            .unzip();
        let mut words: Vec<&str> = Vec::new();
        let words_of = names
            .iter()
            .map(|n| {
                gate_words(n)
                    .map(|w| {
                        words.iter().position(|x| x.eq_ignore_ascii_case(w)).unwrap_or_else(|| {
                            words.push(w);
                            words.len() - 1
                        })
                    })
                    .collect()
            })
            .collect();
        Products {
            words: aho_corasick::AhoCorasick::builder().ascii_case_insensitive(true).build(&words).ok(),
            words_of,
            each: sources.iter().map(|_| std::sync::OnceLock::new()).collect(),
            names,
            sources,
        }
    }

    /// (start, end, canonical name) of every product named in `s`, in table order.
    fn find<'a>(&'a self, s: &str) -> impl Iterator<Item = (usize, usize, &'a str)> {
        let mut present = Vec::new();
        if let Some(words) = &self.words {
            present = vec![false; words.patterns_len()];
            for m in words.find_overlapping_iter(s) {
                if let Some(p) = present.get_mut(m.pattern().as_usize()) {
                    *p = true;
                }
            }
        }
        (0..self.names.len()).filter_map(move |i| {
            if !self.words_of.get(i)?.iter().all(|&w| present.get(w).copied().unwrap_or(false)) {
                return None;
            }
            let re = self
                .each
                .get(i)?
                .get_or_init(|| self.sources.get(i).and_then(|p| Regex::new(p).ok()));
            let m = re.as_ref()?.find(s)?;
            Some((m.start(), m.end(), self.names.get(i)?.as_str()))
        })
    }
}

static PRODUCTS: LazyLock<Products> = LazyLock::new(|| Products::new(include_str!("../locales/products.tsv")));

/// Compile one of the constant patterns below (not input data; every one is
/// exercised by the test suite, so a typo fails the tests, never a user).
pub(crate) fn re(s: &str) -> Regex {
    #[allow(clippy::expect_used)]
    Regex::new(s).expect("constant regex")
}

static SERVICE_PACK: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)^\s*(?:Service\s*Pack|SP)\s*([0-9]{1,2})"));
static SERVICE_PACK_SUFFIX: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)^(.*?)\s+(?:Service\s*Pack|SP)\s*([0-9]{1,2})\s*$"));
static KB_URL: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)(?:/kb/|[?&;]kbid=|/help/|kb;[a-z-]+;)([0-9]{5,8})"));
static KB_WORD: LazyLock<Regex> = LazyLock::new(|| re(r"(?-u:\b)(?:KB\s?|Q)([0-9]{5,8})(?-u:\b)"));
/// A KB number opening a line (a list of updates), followed by a space, the
/// line's end, "(" or an upper-case letter. The letter is matched as `[A-Z]`
/// or any non-ASCII character, which [`kb_line_ends_well`] then checks for
/// `\p{Lu}`: the whole class in the regex made it the costliest of these to compile.
///
/// It is searched anchored, from the line starts where a match may begin
/// ([`kb_lines`]), not over the whole text: it has no literal to look for, so a
/// search over the text would run its automaton over every byte.
static KB_LINE: LazyLock<crate::locale::Regex> = LazyLock::new(|| meta_re(KB_LINE_SOURCE));
const KB_LINE_SOURCE: &str =
    r"(?m)^[ \t]*(?:•\s*|[0-9]{1,2}\.\s+)?([0-9]{6,8}|[0-9]{5}(?:\s*\(https?://))(?:[ \t]|$|\(|[A-Z]|[^\x00-\x7F])";

/// [`re`] for a pattern searched anchored at chosen places ([`anchored_captures`]).
fn meta_re(s: &str) -> crate::locale::Regex {
    #[allow(clippy::expect_used)]
    crate::locale::compile(s).expect("constant regex")
}

/// Into `caps`, the match of `re` that starts at `at` in `t` (none when `at`
/// is past the end or inside a character), with the text around it as
/// context for `^` and `\b`.
fn anchored_captures(re: &crate::locale::Regex, t: &str, at: usize, caps: &mut regex_automata::util::captures::Captures) {
    if t.is_char_boundary(at) {
        let input = regex_automata::Input::new(t).range(at..).anchored(regex_automata::Anchored::Yes);
        re.search_captures(&input, caps);
    } else {
        caps.clear();
    }
}

/// The KB numbers opening list lines in `t`: the range of each [`KB_LINE`]
/// match's number (its group) that [`kb_line_ends_well`], in text order. These
/// are the matches a search over the whole text finds: every match starts at
/// a line start whose first byte other than a space or tab is a digit or the
/// first byte of "•", and the next is looked for after the last one's end.
fn kb_lines(t: &str) -> Vec<(usize, usize)> {
    let bytes = t.as_bytes();
    let mut out = Vec::new();
    // Made at the first candidate: a text without one does not compile the regex.
    let mut caps = None;
    let (mut line, mut free_from) = (0, 0);
    loop {
        let first = bytes.get(line..).and_then(|r| r.iter().find(|&&b| b != b' ' && b != b'\t'));
        if line >= free_from && first.is_some_and(|&b| b.is_ascii_digit() || b == 0xE2) {
            let caps = caps.get_or_insert_with(|| KB_LINE.create_captures());
            anchored_captures(&KB_LINE, t, line, caps);
            if let (Some(all), Some(number)) = (caps.get_match(), caps.get_group(1)) {
                free_from = all.end();
                if t.get(all.range()).is_some_and(kb_line_ends_well) {
                    out.push((number.start, number.end));
                }
            }
        }
        match bytes.get(line..).and_then(|r| memchr::memchr(b'\n', r)) {
            Some(i) => line += i + 1,
            None => break,
        }
    }
    out
}

static UPPER: LazyLock<Regex> = LazyLock::new(|| re(r"^\p{Lu}$"));

/// Whether a [`KB_LINE`] match ends as the pattern means: not with a non-ASCII
/// character that is no upper-case letter. (Digits are never in the follow set,
/// so a shorter number could not have matched there instead.)
fn kb_line_ends_well(m: &str) -> bool {
    match m.chars().next_back() {
        Some(c) if !c.is_ascii() => UPPER.is_match(c.encode_utf8(&mut [0; 4])),
        _ => true,
    }
}
static BULLETIN: LazyLock<crate::locale::Regex> = LazyLock::new(|| meta_re(BULLETIN_SOURCE));
const BULLETIN_SOURCE: &str = r"(?i)(?-u:\b)MS([0-9]{2})-([0-9]{3})(?-u:\b)";

/// The security bulletins ("MS08-067") named in `t`, each once, in order.
/// [`BULLETIN`] is tried where a match may start: 4 bytes (or 5, for "ſ", which
/// `(?i)` takes for "s") before a '-' between two digits and three. Searched over
/// the whole text, it would check every "ms" of "items" and "problems".
fn bulletins(t: &str) -> Vec<String> {
    let bytes = t.as_bytes();
    let digits = |a: usize, b: usize| bytes.get(a..b).is_some_and(|d| d.iter().all(u8::is_ascii_digit));
    let mut found = BTreeSet::new();
    let mut caps = None; // made at the first candidate, as in `kb_lines`
    for dash in memchr::memchr_iter(b'-', bytes) {
        if dash < 4 || !digits(dash - 2, dash) || !digits(dash + 1, dash + 4) {
            continue;
        }
        for start in [dash - 4, dash.saturating_sub(5)] {
            let c = caps.get_or_insert_with(|| BULLETIN.create_captures());
            anchored_captures(&BULLETIN, t, start, c);
            if let (Some(y), Some(n)) = (c.get_group(1), c.get_group(2))
                && let (Some(y), Some(n)) = (t.get(y.range()), t.get(n.range()))
            {
                found.insert(format!("MS{y}-{n}"));
            }
        }
    }
    found.into_iter().collect()
}
static URL: LazyLock<Regex> = LazyLock::new(|| re(r#"https?://[^\s)"'<>]+"#));
static FAMILY_ID: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)FamilyId=([0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12})"));
static LINK_PAREN: LazyLock<Regex> = LazyLock::new(|| re(r"\s*\(https?://[^)]*\)?"));

struct Ctx<'a> {
    t: &'a str,
    /// `t` as the locale regexes read it.
    folded: Folded<'a>,
    cleaned: &'a Cleaned,
    tree: &'a Tree,
    locales: Vec<&'a Locale>,
    /// The locale of the article's language, if loaded.
    article_locale: Option<usize>,
    /// Text declared to be left in its original language.
    declared: &'a [crate::langid::Declared],
    /// Per locale of `locales` and cue of [`Cue::ALL`]: whether the text may
    /// contain the cue, once asked ([`crate::locale::CueGate`]).
    may_contain: Vec<[std::cell::OnceCell<bool>; Cue::ALL.len()]>,
}

impl Ctx<'_> {
    fn span(&self, a: usize, b: usize) -> Span {
        self.cleaned.span(a, b)
    }

    /// The patterns of `cue` in the article's locales, but for one not compiled
    /// yet whose words the text lacks ([`crate::locale::CueGate`]).
    fn cue_matchers(&self, cue: Cue) -> impl Iterator<Item = CueMatcher<'_>> {
        self.locales.iter().zip(&self.may_contain).flat_map(move |(l, may)| {
            let may_contain = move || {
                may.get(cue.index())
                    .is_none_or(|m| *m.get_or_init(|| l.cue_gate().may_contain(cue, self.t)))
            };
            let re = l.re();
            re.cues
                .iter()
                .filter(move |c| c.cue == cue && (c.re.is_compiled() || may_contain()))
                .filter_map(move |c| re.matcher(c))
        })
    }

    /// The earliest match of a cue in `range` (the first pattern's of those
    /// starting there), over the article's locales, and the range's start.
    fn cue(&self, cue: Cue, range: (usize, usize)) -> Option<(Caps<'_>, usize)> {
        let hay = self.folded.get(range.0..range.1)?;
        let mut best: Option<Caps<'_>> = None;
        for m in self.cue_matchers(cue).filter_map(|r| r.find(&hay)) {
            if best.as_ref().is_none_or(|b| b.start() > m.start()) {
                best = Some(m);
            }
        }
        best.map(|m| (m, range.0))
    }

    /// Every match of a cue in the whole text, in order.
    fn cue_all(&self, cue: Cue) -> Vec<Caps<'_>> {
        let mut v: Vec<Caps<'_>> = Vec::new();
        for r in self.cue_matchers(cue) {
            v.extend(r.find_iter(&self.folded));
        }
        v.sort_by_key(Caps::start);
        v
    }

    fn date(&self, s: &str) -> Option<Date> {
        self.locales.iter().find_map(|l| l.parse_date(s))
    }

    fn sections(&self, key: &str) -> Vec<usize> {
        self.tree.find(key).collect()
    }

    fn within(&self, key: &str, pos: usize) -> bool {
        self.tree.find(key).any(|i| {
            let r = self.tree.subtree(i);
            let start = self.tree.nodes.get(r.start).and_then(|n| n.heading.map(|h| h.0)).unwrap_or(0);
            let end = self.tree.nodes.get(i).map_or(0, |n| n.end);
            (start..end).contains(&pos)
        })
    }
}

/// `s` with every run of white space one space, and none at either end. `s`
/// is cleaned text (or a piece of it), whose only white space is spaces and
/// newlines (see `clean`), so ASCII white space is all there is to fold.
fn fold_ws(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split_ascii_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

fn bullets(text: &str) -> Vec<String> {
    let mut items: Vec<String> = Vec::new();
    let mut cur: Option<String> = None;
    for line in text.lines() {
        let l = line.trim();
        if let Some(rest) = l.strip_prefix('•') {
            if let Some(c) = cur.take() {
                items.push(fold_ws(&c));
            }
            cur = Some(rest.trim().to_string());
        } else if line.starts_with("  ") && !l.is_empty() {
            if let Some(c) = cur.as_mut() {
                c.push(' ');
                c.push_str(l);
            }
        } else if let Some(c) = cur.take() {
            items.push(fold_ws(&c));
        }
    }
    if let Some(c) = cur {
        items.push(fold_ws(&c));
    }
    items.retain(|s| !s.is_empty());
    items
}

pub(crate) fn extract(article: &mut Article, cleaned: &Cleaned, tree: Tree, vocab: &Vocabulary, lang: &Lang) {
    let locales: Vec<&Locale> = lang.locales.iter().filter_map(|&i| vocab.locales.get(i)).collect();
    let ctx = Ctx {
        t: &cleaned.text,
        folded: Folded::new(&cleaned.text),
        cleaned,
        tree: &tree,
        may_contain: locales.iter().map(|_| Default::default()).collect(),
        locales,
        article_locale: lang.locales.first().copied(),
        declared: &lang.declared,
    };
    article.sections = build_sections(&ctx, vocab);
    let t = ctx.t;
    let whole = (0, t.len());

    // Header and footer facts.
    if let Some((c, off)) = ctx.cue(Cue::ArticleId, whole)
        && let Some(m) = c.slot("kb")
    {
        article.kb_id = m.as_str().parse().ok();
        article.field_spans.insert("kb_id".into(), ctx.span(off + m.start(), off + m.end()));
    }
    if let Some((c, off)) = ctx.cue(Cue::TranslationOf, whole)
        && let Some(m) = c.slot("kb")
    {
        article.translation_of = m.as_str().parse().ok();
        article
            .field_spans
            .insert("translation_of".into(), ctx.span(off + m.start(), off + m.end()));
    }
    if let Some((c, off)) = ctx.cue(Cue::MachineTranslated, whole) {
        article.machine_translated = true;
        article
            .field_spans
            .insert("machine_translated".into(), ctx.span(off + c.start(), off + c.end()));
    }
    for (cue, field) in [(Cue::LastReview, "last_review"), (Cue::ReleaseDate, "release_date")] {
        for c in ctx.cue_all(cue) {
            let Some(m) = c.slot("date") else { continue };
            if let Some(d) = ctx.date(m.as_str()) {
                if field == "last_review" {
                    article.last_review = Some(d);
                } else {
                    article.release_date = Some(d);
                }
                article.field_spans.insert(field.into(), ctx.span(m.start(), m.end()));
                break;
            }
        }
    }
    if let Some((c, off)) = ctx.cue(Cue::Revision, whole)
        && let Some(m) = c.slot("revision")
    {
        article.revision = Some(m.as_str().to_string());
        article
            .field_spans
            .insert("revision".into(), ctx.span(off + m.start(), off + m.end()));
    }

    // Title.
    let (title_range, title) = find_title(&ctx);
    if let Some(title) = title {
        article.title = Some(title);
        article.field_spans.insert("title".into(), ctx.span(title_range.0, title_range.1));
    }
    let title_text = article.title.clone().unwrap_or_default();

    // Removal.
    if let Some(i) = ctx.sections("removal_information").first().copied() {
        let r = tree.subtree(i);
        let start = tree.nodes.get(i).map_or(0, |n| n.body.0);
        let end = tree.nodes.get(r.end - 1).map_or(start, |n| n.end.max(start));
        let text = fold_ws(tree.body_text(t, i));
        let mut removal = Removal {
            update_id: None,
            text,
            span: ctx.span(start, end),
        };
        if let Some((c, off)) = ctx.cue(Cue::Removal, (start, end))
            && let Some(m) = c.slot("kb")
        {
            removal.update_id = m.as_str().parse().ok();
            article
                .field_spans
                .insert("removal.update_id".into(), ctx.span(off + m.start(), off + m.end()));
        }
        article.removal = Some(removal);
    }
    if article.removal.is_none() {
        // The number can be stated outside a removal section ("Then, remove update 935490.").
        if let Some((c, off)) = ctx.cue(Cue::Removal, whole)
            && let Some(m) = c.slot("kb")
        {
            let s = ctx.span(off + m.start(), off + m.end());
            article.removal = Some(Removal {
                update_id: m.as_str().parse().ok(),
                text: String::new(),
                span: s,
            });
            article.field_spans.insert("removal.update_id".into(), s);
        }
    }

    // Kind, rollup, product: from the title first, else from the front matter.
    let title_rng = article.title.as_ref().map(|_| title_range);
    let rollup_in = |r: (usize, usize), locales: &mut dyn Iterator<Item = &Locale>| -> Option<(u32, usize, usize)> {
        let s = ctx.folded.get(r.0..r.1)?;
        locales
            .filter_map(|l| l.re().rollup.as_ref().and_then(LazyRegex::get))
            .find_map(|re| {
                let c = captures_at(re, &s, 0)?;
                let m = c.slot("n")?;
                Some((m.as_str().parse().ok()?, r.0 + m.start(), r.0 + m.end()))
            })
    };
    let rollup_at = |r: (usize, usize)| rollup_in(r, &mut ctx.locales.iter().copied());
    // A title may be left in another language (a rendered or half-translated
    // article): any locale's rollup name counts there.
    let rollup_in_title = |r: (usize, usize)| {
        rollup_at(r).or_else(|| {
            let s = t.get(r.0..r.1)?;
            let others = vocab.title_rollup_locales(s);
            rollup_in(r, &mut others.iter().filter_map(|&i| vocab.locales.get(i)))
        })
    };
    let front: Vec<(usize, usize)> = std::iter::once(0)
        .chain(ctx.sections("summary"))
        .chain(ctx.sections("introduction"))
        .filter_map(|i| tree.nodes.get(i).map(|n| n.body))
        .collect();
    let rollup_front = || front.iter().find_map(|&r| rollup_at(r));
    let has = |k: &str| tree.find(k).next().is_some();
    let title_rollup = title_rng.and_then(rollup_in_title);
    // Without a title, the first sentence of the front matter says what the article is
    // ("Denne samleoppdateringen løser sikkerhetsproblemer …").
    // Header lines (article ID, review, revision) and kbnorm's original-text
    // markers are not that sentence.
    let first_front_sentence = || -> String {
        let header = |a: usize, b: usize| {
            [Cue::ArticleId, Cue::LastReview, Cue::Revision]
                .iter()
                .any(|&c| ctx.cue(c, (a, b)).is_some())
        };
        let line = front
            .iter()
            .flat_map(|&(a, b)| {
                let mut pos = a;
                t.get(a..b).unwrap_or("").split('\n').map(move |l| {
                    let s = pos;
                    pos += l.len() + 1;
                    (s, s + l.len(), l.trim())
                })
            })
            .find(|&(a, b, l)| !l.is_empty() && !header(a, b) && !ctx.declared.iter().any(|d| d.start == a))
            .map_or("", |(_, _, l)| l);
        line.split(". ").next().unwrap_or("").to_string()
    };
    let kind_text = if title_text.is_empty() {
        first_front_sentence()
    } else {
        title_text.clone()
    };
    // Only when the title names no rollup (every locale's kind phrases are
    // compiled on first use, and most KB titles in a dump are rollups' or say
    // their kind in the article's own language).
    let kind_by_title = || {
        let folded = Folded::new(&kind_text);
        ctx.locales
            .iter()
            .flat_map(|l| l.re().kinds.iter())
            .find(|(_, r)| r.get().is_some_and(|r| r.is_match(folded.lower())))
            .map(|(k, _)| *k)
            .or_else(|| vocab.title_kind_any_locale(&kind_text))
    };
    article.kind = if title_rollup.is_some() {
        Kind::UpdateRollup
    } else if let Some(k) = kind_by_title() {
        k
    } else if BULLETIN.find(&title_text).is_some_and(|m| m.start() == 0) {
        Kind::SecurityBulletin
    } else if has("hotfix_information") {
        Kind::Hotfix
    } else if has("update_rollup_information") || rollup_front().is_some() {
        Kind::UpdateRollup
    } else if has("service_pack_information") && title_text.contains("Service Pack") {
        Kind::ServicePack
    } else {
        Kind::Other
    };
    let rollup = title_rollup.or_else(|| if article.kind == Kind::UpdateRollup { rollup_front() } else { None });
    if let Some((n, a, b)) = rollup {
        article.rollup = Some(n);
        article.field_spans.insert("rollup".into(), ctx.span(a, b));
    }
    let product_at = |r: (usize, usize)| -> Option<(Product, usize, usize)> {
        let s = t.get(r.0..r.1)?;
        let mut best: Option<(usize, usize, &str)> = None;
        for (ms, me, name) in PRODUCTS.find(s) {
            if best.is_none_or(|b| ms < b.0 || (ms == b.0 && me > b.1)) {
                best = Some((ms, me, name));
            }
        }
        let (ps, mut pe, name) = best?;
        let sp = s.get(pe..).and_then(|rest| SERVICE_PACK.captures(rest)).and_then(|c| c.get(1));
        if let Some(m) = sp {
            pe += m.end();
        }
        let service_pack = sp.and_then(|m| m.as_str().parse().ok());
        Some((
            Product {
                name: name.to_string(),
                service_pack,
            },
            r.0 + ps,
            r.0 + pe,
        ))
    };
    // Without a product in the title, the first sentence that names the update:
    // "Microsoft has released Update Rollup 1 for Microsoft Exchange Server 2007."
    let first_sentence = || -> Option<((usize, usize), (usize, usize))> {
        let &(fs, fe) = front.iter().find(|r| t.get(r.0..r.1).is_some_and(|x| !x.trim().is_empty()))?;
        let body = t.get(fs..fe)?;
        let lead = body.len() - body.trim_start().len();
        let para_end = body.get(lead..).and_then(|x| x.find("\n\n")).map_or(fe, |i| fs + lead + i);
        let para = (fs + lead, para_end);
        let sentence_end = t.get(para.0..para.1).and_then(|x| x.find(". ")).map_or(para.1, |i| para.0 + i);
        Some(((para.0, sentence_end), para))
    };
    // A product the catalog does not know, from the locale's title pattern
    // ("Description of Update Rollup 3 for Contoso Mail Server 2009 Service Pack 1").
    let product_from_title_pattern = |r: (usize, usize)| -> Option<(Product, usize, usize)> {
        let folded = ctx.folded.get(r.0..r.1)?;
        let s = folded.text();
        let m = ctx
            .locales
            .iter()
            .filter_map(|l| l.re().title_rollup.as_ref().and_then(LazyRegex::get))
            .find_map(|re| captures_at(re, &folded, 0).and_then(|c| c.slot("product")))?;
        let rest = s.get(m.start()..)?.trim_end();
        let (name, sp) = match SERVICE_PACK_SUFFIX.captures(rest) {
            Some(c) => (
                c.get(1).map_or(rest, |x| x.as_str()),
                c.get(2).and_then(|x| x.as_str().parse().ok()),
            ),
            None => (rest, None),
        };
        let name = name.trim().trim_start_matches("Microsoft ").trim();
        (!name.is_empty()).then(|| {
            (
                Product {
                    name: fold_ws(name),
                    service_pack: sp,
                },
                r.0 + m.start(),
                r.0 + m.start() + rest.len(),
            )
        })
    };
    let product = title_rng
        .and_then(|r| product_at(r).or_else(|| product_from_title_pattern(r)))
        .or_else(|| {
            let (sentence, para) = first_sentence()?;
            product_at(sentence).or_else(|| if title_rng.is_none() { product_at(para) } else { None })
        });
    if let Some((p, a, b)) = product {
        article.product = Some(p);
        article.field_spans.insert("product".into(), ctx.span(a, b));
    }

    // KB numbers.
    let mut mentions: Vec<KbRef> = Vec::new();
    let mut seen = BTreeSet::new();
    let own = article.kb_id;
    let mut found: Vec<(u32, usize, usize, bool)> = Vec::new(); // kb, start, end, list item
    for (a, b) in kb_lines(t) {
        if let Some(m) = t.get(a..b) {
            let digits = m
                .trim_end_matches(|ch: char| !ch.is_ascii_digit())
                .split(|ch: char| !ch.is_ascii_digit())
                .next()
                .unwrap_or("");
            if let Ok(n) = digits.parse::<u32>() {
                found.push((n, a, a + digits.len(), true));
            }
        }
    }
    for r in [&*KB_URL, &*KB_WORD] {
        for c in r.captures_iter(t) {
            if let Some(m) = c.get(1)
                && let Ok(n) = m.as_str().parse::<u32>()
            {
                found.push((n, m.start(), m.end(), false));
            }
        }
    }
    found.sort_by_key(|f| f.1);
    // "(KB930809)" after the article's own rollup name names the article itself.
    if article.kb_id.is_none()
        && let Some(n) = article.rollup
    {
        for c in KB_WORD.captures_iter(t) {
            let (Some(all), Some(m)) = (c.get(0), c.get(1)) else { continue };
            let line_start = t
                .get(..all.start())
                .and_then(|b| b.rfind('\n'))
                .map_or(0, |i| i + 1)
                .max(t.floor_char_boundary(all.start().saturating_sub(160)));
            if rollup_at((line_start, all.start())).is_some_and(|r| r.0 == n)
                && t.get(..all.start()).is_some_and(|b| b.ends_with(['(', '（']))
            {
                article.kb_id = m.as_str().parse().ok();
                article.field_spans.insert("kb_id".into(), ctx.span(m.start(), m.end()));
                break;
            }
        }
    }
    if article.kb_id.is_none()
        && let Some(m) = KB_WORD.captures(&title_text).and_then(|c| c.get(1))
    {
        article.kb_id = m.as_str().parse().ok();
        if let Some(ts) = article.field_spans.get("title").copied() {
            article.field_spans.insert("kb_id".into(), ts);
        }
    }
    for (id, field) in [
        (article.removal.as_ref().and_then(|r| r.update_id), "removal.update_id"),
        (article.translation_of, "translation_of"),
    ] {
        if article.kb_id.is_none() && id.is_some() {
            article.kb_id = id;
            if let Some(s) = article.field_spans.get(field).copied() {
                article.field_spans.insert("kb_id".into(), s);
            }
        }
    }
    let own = own.or(article.kb_id);
    let mut fixed = Vec::new();
    let mut replaces = Vec::new();
    let mut fixed_seen = BTreeSet::new();
    let mut repl_seen = BTreeSet::new();
    for (n, s, e, item) in found {
        if Some(n) == own {
            continue;
        }
        let kb_title = if item { link_title(t, e) } else { None };
        let r = KbRef {
            kb: n,
            title: kb_title,
            span: ctx.span(s, e),
        };
        if item && ctx.within("issues_fixed", s) && fixed_seen.insert(n) {
            fixed.push(r.clone());
        }
        if item && ctx.within("update_replacement", s) && repl_seen.insert(n) {
            replaces.push(r.clone());
        }
        if seen.insert(n) {
            mentions.push(r);
        } else if let Some(prev) = mentions.iter_mut().find(|m| m.kb == n)
            && prev.title.is_none()
        {
            prev.title = r.title;
        }
    }
    article.kb_mentions = mentions;
    article.fixed_issues = fixed;
    article.replaces = replaces;

    // Security bulletins.
    article.security_bulletins = bulletins(t);

    // Prerequisites, applies to, keywords.
    for i in ctx.sections("prerequisites") {
        article.prerequisites.extend(bullets(tree.body_text(t, i)));
    }
    for i in ctx.sections("applies_to") {
        let body = tree.body_text(t, i);
        let b = bullets(body);
        if b.is_empty() {
            article.applies_to.extend(body.lines().map(fold_ws).filter(|l| !l.is_empty()));
        } else {
            article.applies_to.extend(b);
        }
    }
    for i in ctx.sections("keywords") {
        article.keywords.extend(tree.body_text(t, i).split_whitespace().map(str::to_string));
    }

    // Restart.
    if let Some(i) = ctx.sections("restart_requirement").first().copied() {
        let body = Folded::new(tree.body_text(t, i));
        // Every statement found; one inside a longer statement of another kind is
        // part of it ("Non è necessario riavviare" holds "È necessario riavviare").
        let found: Vec<(crate::model::RestartKind, usize, usize)> = ctx
            .locales
            .iter()
            .flat_map(|l| l.re().restart.iter())
            .filter_map(|(k, r)| Some((k, r.get()?)))
            .flat_map(|(k, r)| r.find_iter(body.lower()).map(move |m| (*k, m.start(), m.end())))
            .collect();
        let kind = found
            .iter()
            .filter(|(k, a, b)| !found.iter().any(|(k2, a2, b2)| k2 != k && a2 <= a && b <= b2 && b2 - a2 > b - a))
            .map(|(k, _, _)| *k)
            .min_by_key(|k| match k {
                crate::model::RestartKind::RebootRequired => 0,
                crate::model::RestartKind::RebootMayBeRequired => 1,
                crate::model::RestartKind::ServicesRestarted => 2,
                crate::model::RestartKind::None => 3,
            });
        let n = tree.nodes.get(i);
        let span = n.map_or(Span::new(0, 0), |n| ctx.span(n.body.0, n.body.1));
        if let Some(kind) = kind {
            article.restart = Some(Restart {
                kind,
                text: fold_ws(body.text()),
                span,
            });
        } else {
            article.diagnostics.push(Diagnostic {
                code: "restart-unread".into(),
                severity: Severity::Warning,
                message: "the restart requirement section states no requirement kbnorm recognizes".into(),
                span: Some(span),
            });
        }
    }

    article.known_issues = known_issues(&ctx);

    // Download locations.
    let mut dl = Download::default();
    for m in URL.find_iter(t) {
        let u = m.as_str().trim_end_matches(['.', ',']);
        if u.to_ascii_lowercase().contains("/downloads/") && !dl.urls.iter().any(|x| x == u) {
            dl.urls.push(u.to_string());
            for c in FAMILY_ID.captures_iter(u) {
                if let Some(g) = c.get(1) {
                    let g = g.as_str().to_ascii_uppercase();
                    if !dl.family_ids.contains(&g) {
                        dl.family_ids.push(g);
                    }
                }
            }
        }
    }
    article.download = dl;

    if lang.info.method == "none" {
        article.diagnostics.push(Diagnostic {
            code: "language-unknown".into(),
            severity: Severity::Warning,
            message: "no language could be identified; pass a language override (--lang) if you know it".into(),
            span: None,
        });
    }
}

/// The title of a linked KB article: the rest of its list line, without URL and link notes.
fn link_title(t: &str, after: usize) -> Option<String> {
    let rest = t.get(after..)?;
    let line = rest.split('\n').next().unwrap_or("");
    let cleaned = LINK_PAREN.replace_all(line, "");
    let s = fold_ws(&cleaned);
    (!s.is_empty()).then_some(s)
}

fn find_title(ctx: &Ctx<'_>) -> ((usize, usize), Option<String>) {
    let t = ctx.t;
    let (ps, pe) = ctx.tree.nodes.first().map_or((0, 0), |n| n.body);
    let Some(pre) = t.get(ps..pe) else { return ((0, 0), None) };
    let stops: Vec<&str> = ctx.locales.iter().flat_map(|l| l.title_stops.iter().map(String::as_str)).collect();
    let cut = |s: usize, e: usize| -> Option<(usize, usize)> {
        let text = t.get(s..e)?;
        let mut end = text.len();
        for stop in &stops {
            if let Some(i) = text.find(stop) {
                end = end.min(i);
            }
        }
        let trimmed = text.get(..end)?.trim_end();
        let lead = trimmed.len() - trimmed.trim_start().len();
        (!trimmed.trim().is_empty()).then_some((s + lead, s + trimmed.len()))
    };
    // "Article ID: … - Revision: 3.0 The title" on one line.
    if let Some((m, off)) = ctx.cue(Cue::Revision, (ps, pe)) {
        let e = off + m.end();
        let line_end = t.get(e..pe).and_then(|x| x.find('\n')).map_or(pe, |i| e + i);
        let line_start = t.get(..off + m.start()).and_then(|x| x.rfind('\n')).map_or(0, |i| i + 1);
        let same_line_id = ctx.cue(Cue::ArticleId, (line_start.max(ps), e)).is_some();
        if same_line_id && let Some((a, b)) = cut(e, line_end) {
            let s = t.get(a..b).unwrap_or("").trim_start_matches(['-', '–', ' ']);
            let a = b - s.len();
            if !s.is_empty() {
                return ((a, b), Some(fold_ws(s)));
            }
        }
    }
    let meta = [Cue::ArticleId, Cue::LastReview, Cue::Revision];
    let mut pos = ps;
    for line in pre.split('\n') {
        let (ls, le) = (pos, pos + line.len());
        pos = le + 1;
        let l = line.trim();
        if l.chars().filter(|c| c.is_alphanumeric()).count() < 3 {
            continue;
        }
        if meta.iter().any(|&m| ctx.cue(m, (ls, le)).is_some()) {
            continue;
        }
        return match cut(ls, le) {
            Some((a, b)) if t.get(ls..a).is_some_and(|x| x.trim().is_empty()) && !t.get(a..b).unwrap_or("").ends_with([':', '：']) => {
                ((a, b), t.get(a..b).map(fold_ws))
            }
            _ => ((0, 0), None),
        };
    }
    ((0, 0), None)
}

fn known_issues(ctx: &Ctx<'_>) -> Vec<KnownIssue> {
    let (t, tree) = (ctx.t, ctx.tree);
    let mut out = Vec::new();
    for k in ctx.sections("known_issues") {
        let range = tree.subtree(k);
        let level = tree.nodes.get(k).map_or(1, |n| n.level);
        let children: Vec<usize> = range
            .clone()
            .skip(1)
            .filter(|&i| tree.nodes.get(i).is_some_and(|n| n.level == level + 1))
            .collect();
        let parts_of = |parent: usize, issue: &mut KnownIssue| {
            for j in tree.subtree(parent).skip(1) {
                let Some(n) = tree.nodes.get(j) else { continue };
                let field = match n.key.as_str() {
                    "symptoms" => &mut issue.symptoms,
                    "cause" => &mut issue.cause,
                    "workaround" => &mut issue.workaround,
                    "resolution" => &mut issue.resolution,
                    _ => continue,
                };
                *field = Some(fold_ws(
                    tree.subtree_text(t, j)
                        .get(n.body.0 - n.heading.map_or(n.body.0, |h| h.0)..)
                        .unwrap_or(""),
                ));
            }
        };
        let items: Vec<usize> = children
            .iter()
            .copied()
            .filter(|&i| tree.nodes.get(i).is_some_and(|n| n.key == "known_issue"))
            .collect();
        if !items.is_empty() {
            for i in items {
                let Some(n) = tree.nodes.get(i) else { continue };
                let first = tree
                    .body_text(t, i)
                    .split(['\n'])
                    .map(str::trim)
                    .find(|l| !l.is_empty())
                    .map(fold_ws);
                let mut issue = KnownIssue {
                    title: first,
                    span: Some(ctx.span(n.heading.map_or(n.body.0, |h| h.0), n.end)),
                    ..KnownIssue::default()
                };
                parts_of(i, &mut issue);
                out.push(issue);
            }
            continue;
        }
        let body = tree.body_text(t, k);
        for b in bullets(body) {
            out.push(KnownIssue {
                title: Some(b),
                ..KnownIssue::default()
            });
        }
        let has_parts = children.iter().any(|&i| {
            tree.nodes
                .get(i)
                .is_some_and(|n| matches!(n.key.as_str(), "symptoms" | "cause" | "workaround" | "resolution"))
        });
        let loose: Vec<&str> = body
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.trim_start().starts_with('•') && !l.starts_with("  "))
            .collect();
        if has_parts || (out.is_empty() && !loose.is_empty()) {
            let mut issue = KnownIssue {
                title: loose.last().map(|s| fold_ws(s)),
                ..KnownIssue::default()
            };
            if let Some(n) = tree.nodes.get(k) {
                issue.span = Some(ctx.span(n.body.0, n.end));
            }
            parts_of(k, &mut issue);
            out.push(issue);
        }
    }
    out
}

fn build_sections(ctx: &Ctx<'_>, vocab: &Vocabulary) -> Vec<Section> {
    let chrome: Vec<Span> = ctx.cleaned.chrome.iter().map(|c| c.0).collect();
    ctx.tree
        .nodes
        .iter()
        .map(|n| {
            let body_span = ctx.span(n.body.0, n.body.1);
            let mut body = Vec::new();
            let mut at = body_span.start;
            for c in chrome
                .iter()
                .filter(|c| c.start >= body_span.start && c.end <= body_span.end && !c.is_empty())
            {
                if c.start > at {
                    body.push(Span::new(at, c.start));
                }
                at = at.max(c.end);
            }
            if body_span.end > at || body.is_empty() {
                body.push(Span::new(at.min(body_span.end), body_span.end));
            }
            let start = n.heading.map_or(n.body.0, |h| h.0);
            Section {
                key: n.key.clone(),
                heading: n.heading.and_then(|h| ctx.t.get(h.0..h.1)).map(fold_ws),
                level: n.level,
                parent: n.parent,
                span: ctx.span(start, n.end.max(n.body.1)),
                heading_span: n.heading.map(|h| ctx.span(h.0, h.1)),
                body,
                text: ctx.t.get(n.body.0..n.body.1).unwrap_or("").trim().to_string(),
                heading_language: n.heading_locale.and_then(|i| vocab.locales.get(i)).map(|l| l.tag.clone()),
                blocks: blocks(ctx, vocab, n.body),
            }
        })
        .collect()
}

/// The body's paragraphs (non-blank lines), each with its language.
fn blocks(ctx: &Ctx<'_>, vocab: &Vocabulary, body: (usize, usize)) -> Vec<Block> {
    let Some(text) = ctx.t.get(body.0..body.1) else { return Vec::new() };
    let mut out = Vec::new();
    for (at, line) in crate::clean::lines_at(text) {
        let start = body.0 + at;
        let trimmed = line.trim();
        if trimmed.is_empty() {
            continue;
        }
        let lead = line.len() - line.trim_start().len();
        let s = start + lead;
        let declared = ctx.declared.iter().find(|d| d.start < s && s < d.end);
        out.push(Block {
            span: ctx.span(s, s + trimmed.len()),
            // Declared by a kbnorm marker, or told by its words.
            language: match declared {
                Some(d) => Some(d.tag.clone()),
                None => crate::langid::block_language(trimmed, vocab, ctx.article_locale),
            },
            declared: declared.is_some(),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_product_compiles_requires_its_gate_words_and_is_found_where_named() {
        assert!(PRODUCTS.words.is_some());
        assert_eq!(PRODUCTS.names.len(), PRODUCTS.sources.len());
        for (name, p) in PRODUCTS.names.iter().zip(&PRODUCTS.sources) {
            let re = Regex::new(p).unwrap_or_else(|e| panic!("{p}: {e}"));
            assert!(re.is_match(name), "{p} does not match {name}");
            // The gate: without a gate word (or with it misspelt) the name is not found.
            for w in gate_words(name) {
                let without = name.replacen(w, "", 1);
                assert!(!re.is_match(&without), "{p} matches {without:?} without {w}");
                let misspelt = name.replacen(w, &format!("{}x", &w[..w.len() - 1]), 1);
                assert!(!re.is_match(&misspelt), "{p} matches {misspelt:?}");
            }
            assert_eq!(PRODUCTS.find(&format!("see {name}.")).next().map(|f| f.0), Some(4), "{name}");
        }
        let s = "Update Rollup 7 for microsoft EXCHANGE server 2007 on Windows Server 2008 R2";
        let found: Vec<(usize, usize, &str)> = PRODUCTS.find(s).collect();
        assert!(found.contains(&(20, 50, "Exchange Server 2007")), "{found:?}");
        assert!(found.contains(&(54, 76, "Windows Server 2008 R2")));
        assert!(found.contains(&(54, 73, "Windows Server 2008")));
        assert!(found.iter().all(|f| f.2 != "Exchange Server 2010"));
        assert_eq!(PRODUCTS.find("no product here, only Windows").count(), 0);
        assert_eq!(gate_words("Exchange 2000 Server").collect::<Vec<_>>(), ["Exchange", "2000"]);
        assert_eq!(gate_words("Windows XP").collect::<Vec<_>>(), ["Windows"]);
    }

    /// [`KB_LINE`] as it means, with `\p{Lu}` for its last letter, in the
    /// `regex` crate, to search whole texts with.
    fn kb_line_with_upper_case_class() -> Regex {
        let source = KB_LINE_SOURCE.replace(r"[A-Z]|[^\x00-\x7F]", r"\p{Lu}");
        assert_ne!(source, KB_LINE_SOURCE);
        re(&source)
    }

    /// The list-item KB number pattern, written without `\p{Lu}`, finds what it
    /// finds with it.
    #[test]
    fn kb_line_matches_as_with_an_upper_case_class() {
        let with = kb_line_with_upper_case_class();
        let text = "935490 Fix\n• 935491É\n935492é\n12. 9354931\n935494\n 93549 (https://x)\n93548 (https://Ex)\n935495ß then\n9354961Ωx\n12345678ⅰ\n935497Ⅰ\n";
        let ours: Vec<&str> = kb_lines(text).into_iter().filter_map(|(a, b)| text.get(a..b)).collect();
        let want: Vec<&str> = with.captures_iter(text).filter_map(|c| c.get(1).map(|m| m.as_str())).collect();
        assert_eq!(ours, want);
        assert_eq!(want, ["935490", "935491", "9354931", "935494", "93548 (https://", "9354961"]);
    }

    /// Every text made of `k` of `pieces` in a row (`pieces.len()^k` texts).
    fn texts_of<'p>(pieces: &'p [&'p str], k: u32) -> impl Iterator<Item = String> + 'p {
        let n = pieces.len();
        (0..n.pow(k)).map(move |code| {
            let mut text = String::new();
            let mut c = code;
            for _ in 0..k {
                text.push_str(pieces.get(c % n).copied().unwrap_or(""));
                c /= n;
            }
            text
        })
    }

    /// [`bulletins`] tries the pattern before each "NN-NNN" only; it finds
    /// what one search over the whole text finds.
    #[test]
    fn bulletins_finds_what_a_whole_text_search_finds() {
        let whole = re(BULLETIN_SOURCE);
        let pieces = ["MS", "ms", "Mſ", "x", " ", "08", "-", "067", "0", "é", "-08-067", "MS08-067"];
        let mut checked = 0;
        for text in texts_of(&pieces, 5) {
            let want: BTreeSet<String> = whole
                .captures_iter(&text)
                .filter_map(|c| Some(format!("MS{}-{}", c.get(1)?.as_str(), c.get(2)?.as_str())))
                .collect();
            assert_eq!(bulletins(&text), want.iter().cloned().collect::<Vec<_>>(), "{text:?}");
            checked += usize::from(!want.is_empty());
        }
        assert!(checked > 10_000, "only {checked} texts had a bulletin");
        assert_eq!(bulletins("MS08-067, ms08-067 and Mſ09-001."), ["MS08-067", "MS09-001"]);
    }

    /// [`kb_lines`] searches from some line starts only; it finds what one
    /// search over the whole text finds, on texts made of every kind of piece
    /// a match may start, span or end with.
    #[test]
    fn kb_lines_finds_what_a_whole_text_search_finds() {
        let whole = kb_line_with_upper_case_class();
        let pieces = [
            "935490 ",
            "\n",
            " \t",
            "• ",
            "•\n",
            "12. ",
            "3.\n",
            "93549",
            " (https://x)",
            "\n(http://",
            "É",
            "é",
            "x",
            "1234567",
            "(",
        ];
        let mut checked = 0;
        for text in texts_of(&pieces, 4) {
            let ours: Vec<(usize, usize)> = kb_lines(&text);
            let want: Vec<(usize, usize)> = whole
                .captures_iter(&text)
                .filter_map(|c| c.get(1).map(|m| (m.start(), m.end())))
                .collect();
            assert_eq!(ours, want, "{text:?}");
            checked += usize::from(!want.is_empty());
        }
        assert!(checked > 1000, "only {checked} texts had a match");
    }
}
