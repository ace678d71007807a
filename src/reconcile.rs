//! Reconcile a translated article with its original: what the translation lost,
//! changed or left untranslated, and whether it is stale.
//!
//! Alignment is by structure, not by position: canonical section keys (with
//! their path and occurrence, so the second known issue's "Symptoms" meets the
//! second known issue's), KB numbers, and typed facts. Every finding has a stable
//! check id, a severity, the canonical location, both values and the spans on
//! each side. A changed value (one item missing and one extra where a single
//! item was expected) is one `…changed` finding, not two.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use regex::Regex;
use serde::{Deserialize, Serialize};

use crate::model::{Article, KbRef, Span};

/// How much a finding matters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FindingSeverity {
    /// Worth a look; a faithful translation may have it.
    Minor,
    /// The translation says something different or less.
    Major,
    /// The translation is about something else, or misstates a fix or a bulletin.
    Critical,
}

impl std::str::FromStr for FindingSeverity {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "minor" => Ok(FindingSeverity::Minor),
            "major" => Ok(FindingSeverity::Major),
            "critical" => Ok(FindingSeverity::Critical),
            other => Err(format!("unknown severity `{other}` (critical, major or minor)")),
        }
    }
}

impl FindingSeverity {
    /// `critical`, `major` or `minor`.
    pub fn as_str(self) -> &'static str {
        match self {
            FindingSeverity::Minor => "minor",
            FindingSeverity::Major => "major",
            FindingSeverity::Critical => "critical",
        }
    }
}

/// One difference between the original and the translation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finding {
    /// Stable check id, e.g. `fixed_issues.missing`; see [`CHECKS`].
    pub check: String,
    /// How much it matters.
    pub severity: FindingSeverity,
    /// Canonical location: a section path (`known_issues/known_issue[2]/symptoms`)
    /// or a field (`kb_id`, `replaces`).
    pub location: String,
    /// The value in the original, if any.
    pub original: Option<String>,
    /// The value in the translation, if any.
    pub translation: Option<String>,
    /// Where in the original's text.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub original_span: Option<Span>,
    /// Where in the translation's text.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub translation_span: Option<Span>,
}

/// The outcome of [`crate::Normalizer::reconcile`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Report {
    /// [`REPORT_VERSION`] when written.
    pub report_version: u32,
    /// The original's language and KB number.
    pub original_language: String,
    /// The translation's language.
    pub translation_language: String,
    /// The KB number the two are about (the original's, else the translation's).
    pub kb_id: Option<u32>,
    /// The findings, most severe first, then in check order.
    pub findings: Vec<Finding>,
}

/// Version of the [`Report`] shape.
pub const REPORT_VERSION: u32 = 1;

/// Every check id with its severity, in report order.
pub const CHECKS: &[(&str, FindingSeverity)] = &[
    ("identity.kb_id", FindingSeverity::Critical),
    ("identity.rollup", FindingSeverity::Critical),
    ("identity.product", FindingSeverity::Major),
    ("identity.service_pack", FindingSeverity::Major),
    ("identity.kind", FindingSeverity::Major),
    ("title.mismatch", FindingSeverity::Major),
    ("security_bulletins.missing", FindingSeverity::Critical),
    ("security_bulletins.extra", FindingSeverity::Critical),
    ("fixed_issues.missing", FindingSeverity::Critical),
    ("fixed_issues.extra", FindingSeverity::Critical),
    ("fixed_issues.changed", FindingSeverity::Critical),
    ("replaces.missing", FindingSeverity::Major),
    ("replaces.extra", FindingSeverity::Major),
    ("replaces.changed", FindingSeverity::Major),
    ("removal.update_id", FindingSeverity::Major),
    ("dates.release_date", FindingSeverity::Major),
    ("sections.missing", FindingSeverity::Major),
    ("sections.extra", FindingSeverity::Minor),
    ("known_issues.count", FindingSeverity::Major),
    ("numbers.changed", FindingSeverity::Major),
    ("numbers.missing", FindingSeverity::Major),
    ("numbers.extra", FindingSeverity::Minor),
    ("untranslated.block", FindingSeverity::Major),
    ("untranslated.declared", FindingSeverity::Minor),
    ("staleness.last_review", FindingSeverity::Major),
    ("staleness.revision", FindingSeverity::Minor),
    ("staleness.machine_translated", FindingSeverity::Minor),
    ("kb_mentions.missing", FindingSeverity::Minor),
    ("kb_mentions.extra", FindingSeverity::Minor),
    ("kb_mentions.changed", FindingSeverity::Minor),
];

fn severity_of(check: &str) -> FindingSeverity {
    CHECKS.iter().find(|(c, _)| *c == check).map_or(FindingSeverity::Minor, |(_, s)| *s)
}

struct Out {
    findings: Vec<Finding>,
}

impl Out {
    fn add(
        &mut self,
        check: &str,
        location: &str,
        original: Option<String>,
        translation: Option<String>,
        spans: (Option<Span>, Option<Span>),
    ) {
        self.findings.push(Finding {
            check: check.into(),
            severity: severity_of(check),
            location: location.into(),
            original,
            translation,
            original_span: spans.0,
            translation_span: spans.1,
        });
    }
}

/// Set differences of KB references, a single swap reported as `changed`.
fn kb_sets(out: &mut Out, field: &str, a: &[KbRef], b: &[KbRef]) {
    let missing: Vec<&KbRef> = a.iter().filter(|r| !b.iter().any(|x| x.kb == r.kb)).collect();
    let extra: Vec<&KbRef> = b.iter().filter(|r| !a.iter().any(|x| x.kb == r.kb)).collect();
    let mut seen_m = std::collections::BTreeSet::new();
    let missing: Vec<&KbRef> = missing.into_iter().filter(|r| seen_m.insert(r.kb)).collect();
    let mut seen_e = std::collections::BTreeSet::new();
    let extra: Vec<&KbRef> = extra.into_iter().filter(|r| seen_e.insert(r.kb)).collect();
    if let ([m], [e]) = (missing.as_slice(), extra.as_slice()) {
        out.add(
            &format!("{field}.changed"),
            field,
            Some(m.kb.to_string()),
            Some(e.kb.to_string()),
            (Some(m.span), Some(e.span)),
        );
        return;
    }
    for m in missing {
        out.add(
            &format!("{field}.missing"),
            field,
            Some(m.kb.to_string()),
            None,
            (Some(m.span), None),
        );
    }
    for e in extra {
        out.add(&format!("{field}.extra"), field, None, Some(e.kb.to_string()), (None, Some(e.span)));
    }
}

/// Each section's canonical path: its key, after the known-issue structure it
/// sits in, with its occurrence there (`known_issues/known_issue[2]/symptoms`).
/// Other parents are left out: whether "Prerequisites" sits under "More
/// information" or "Introduction" varies between a page and its translation.
/// Unrecognized sections are left out too: their headings are free text.
fn section_paths(a: &Article) -> Vec<Option<String>> {
    const STRUCTURE: [&str; 2] = ["known_issues", "known_issue"];
    let mut paths: Vec<Option<String>> = Vec::with_capacity(a.sections.len());
    // Per section index: the path its children extend ("" at the top).
    let mut prefix: Vec<String> = Vec::with_capacity(a.sections.len());
    let mut counts: BTreeMap<(String, String), usize> = BTreeMap::new();
    for s in &a.sections {
        let parent_prefix = s.parent.and_then(|p| prefix.get(p).cloned()).unwrap_or_default();
        if s.key == "preamble" || s.key == "unrecognized" {
            paths.push(None);
            prefix.push(parent_prefix);
            continue;
        }
        let n = counts.entry((parent_prefix.clone(), s.key.clone())).or_insert(0);
        *n += 1;
        let me = if *n == 1 { s.key.clone() } else { format!("{}[{n}]", s.key) };
        let path = if parent_prefix.is_empty() {
            me
        } else {
            format!("{parent_prefix}/{me}")
        };
        prefix.push(if STRUCTURE.contains(&s.key.as_str()) {
            path.clone()
        } else {
            parent_prefix
        });
        paths.push(Some(path));
    }
    paths
}

/// Numbers that must survive translation unchanged: error codes, event IDs,
/// build and version numbers, GUIDs, URLs.
static NUMBERS: LazyLock<Vec<(&'static str, Regex)>> = LazyLock::new(|| {
    [
        ("url", r"(?-u:\b)https?://[^\s()<>]+[^\s()<>.,;:]"),
        (
            "guid",
            r"(?i)(?-u:\b)[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?-u:\b)",
        ),
        ("error_code", r"(?i)(?-u:\b)0x[0-9a-f]{4,8}(?-u:\b)"),
        ("version", r"(?-u:\b)\d+\.\d+\.\d+(?:\.\d+)?(?-u:\b)"),
        ("event_id", r"(?i)(?-u:\b)event id:?\s*([0-9]{2,5})(?-u:\b)"),
    ]
    .into_iter()
    .map(|(k, p)| (k, crate::extract::re(p)))
    .collect()
});

static KB_URL: LazyLock<Regex> = LazyLock::new(|| crate::extract::re(r"(?i)support\.microsoft\.com/(?:default\.aspx\?scid=)?kb/"));

/// The typed numbers of a text: (kind, normalized value).
fn numbers(text: &str) -> Vec<(&'static str, String)> {
    let mut v = Vec::new();
    let mut taken: Vec<(usize, usize)> = Vec::new();
    for (kind, re) in NUMBERS.iter() {
        for c in re.captures_iter(text) {
            let Some(m) = c.get(1).or_else(|| c.get(0)) else { continue };
            let Some(whole) = c.get(0) else { continue };
            // A version inside a URL is the URL's.
            if taken.iter().any(|&(a, b)| a <= whole.start() && whole.end() <= b) {
                continue;
            }
            taken.push((whole.start(), whole.end()));
            // KB article links are KB references, compared as such.
            if *kind == "url" && KB_URL.is_match(m.as_str()) {
                continue;
            }
            let value = if *kind == "url" {
                m.as_str().to_string()
            } else {
                m.as_str().to_ascii_lowercase()
            };
            v.push((*kind, value));
        }
    }
    v.sort();
    v
}

fn multiset_diff<T: Ord + Clone>(a: &[T], b: &[T]) -> Vec<T> {
    let mut out = Vec::new();
    let mut rest: Vec<T> = b.to_vec();
    for x in a {
        if let Some(i) = rest.iter().position(|y| y == x) {
            rest.swap_remove(i);
        } else {
            out.push(x.clone());
        }
    }
    out
}

/// Compare two revision strings numerically ("3.0" < "10.1").
fn revision_older(a: &str, b: &str) -> bool {
    let parse = |s: &str| -> Vec<u32> { s.split('.').filter_map(|p| p.trim().parse().ok()).collect() };
    parse(a) < parse(b)
}

/// Reconcile; `expected_title` is the title the translation's locale renders for
/// the original's model (`None` when it cannot render one).
pub(crate) fn reconcile(original: &Article, translation: &Article, expected_title: Option<&str>) -> Report {
    let mut out = Out { findings: Vec::new() };
    let (a, b) = (original, translation);
    let fa = |k: &str| a.field_spans.get(k).copied();
    let fb = |k: &str| b.field_spans.get(k).copied();

    // Identity.
    let b_kb = b.kb_id.or(b.translation_of);
    if let (Some(x), Some(y)) = (a.kb_id, b_kb)
        && x != y
        && b.translation_of != Some(x)
    {
        out.add(
            "identity.kb_id",
            "kb_id",
            Some(x.to_string()),
            Some(y.to_string()),
            (fa("kb_id"), fb("kb_id")),
        );
    }
    if a.rollup != b.rollup && a.rollup.is_some() {
        out.add(
            "identity.rollup",
            "rollup",
            a.rollup.map(|r| r.to_string()),
            b.rollup.map(|r| r.to_string()),
            (fa("rollup"), fb("rollup")),
        );
    }
    let pa = a.product.as_ref();
    let pb = b.product.as_ref();
    if let Some(pa) = pa
        && pb.map(|p| &p.name) != Some(&pa.name)
    {
        out.add(
            "identity.product",
            "product",
            Some(pa.name.clone()),
            pb.map(|p| p.name.clone()),
            (fa("product"), fb("product")),
        );
    } else if let (Some(pa), Some(pb)) = (pa, pb)
        && pa.service_pack != pb.service_pack
    {
        let sp = |p: Option<u8>| p.map(|n| format!("SP{n}"));
        out.add(
            "identity.service_pack",
            "product.service_pack",
            sp(pa.service_pack),
            sp(pb.service_pack),
            (fa("product"), fb("product")),
        );
    }
    if a.kind != b.kind {
        let k = |x: crate::model::Kind| serde_json::to_value(x).ok().and_then(|v| v.as_str().map(str::to_string));
        out.add("identity.kind", "kind", k(a.kind), k(b.kind), (None, None));
    }
    // The title the translation's locale would give the same model: its numbers
    // (rollup, product version, service pack) must be the translation's.
    if let (Some(expected), Some(actual)) = (expected_title, b.title.as_deref()) {
        let digits = |s: &str| -> Vec<String> {
            let mut v: Vec<String> = s
                .split(|c: char| !c.is_ascii_digit())
                .filter(|x| !x.is_empty())
                .map(str::to_string)
                .collect();
            v.sort();
            v
        };
        if digits(expected) != digits(actual) {
            out.add(
                "title.mismatch",
                "title",
                Some(expected.to_string()),
                Some(actual.to_string()),
                (None, fb("title")),
            );
        }
    }

    // Bulletins, fixes, replacements, removal.
    for m in a.security_bulletins.iter().filter(|x| !b.security_bulletins.contains(x)) {
        out.add(
            "security_bulletins.missing",
            "security_bulletins",
            Some(m.clone()),
            None,
            (None, None),
        );
    }
    for e in b.security_bulletins.iter().filter(|x| !a.security_bulletins.contains(x)) {
        out.add(
            "security_bulletins.extra",
            "security_bulletins",
            None,
            Some(e.clone()),
            (None, None),
        );
    }
    kb_sets(&mut out, "fixed_issues", &a.fixed_issues, &b.fixed_issues);
    kb_sets(&mut out, "replaces", &a.replaces, &b.replaces);
    let ra = a.removal.as_ref().and_then(|r| r.update_id);
    let rb = b.removal.as_ref().and_then(|r| r.update_id);
    if ra.is_some() && ra != rb {
        out.add(
            "removal.update_id",
            "removal.update_id",
            ra.map(|x| x.to_string()),
            rb.map(|x| x.to_string()),
            (fa("removal.update_id"), fb("removal.update_id")),
        );
    }
    if let Some(d) = a.release_date
        && b.release_date.is_some_and(|e| e != d)
    {
        out.add(
            "dates.release_date",
            "release_date",
            Some(d.to_string()),
            b.release_date.map(|x| x.to_string()),
            (fa("release_date"), fb("release_date")),
        );
    }

    // Sections: a missing section is reported once, not with its descendants.
    let paths_a = section_paths(a);
    let paths_b = section_paths(b);
    let has = |paths: &[Option<String>], p: &str| paths.iter().flatten().any(|x| x == p);
    let mut reported: Vec<String> = Vec::new();
    for (i, p) in paths_a.iter().enumerate() {
        let Some(p) = p else { continue };
        if has(&paths_b, p) || reported.iter().any(|r| p.starts_with(&format!("{r}/"))) {
            continue;
        }
        reported.push(p.clone());
        let key = a.sections.get(i).map(|s| s.key.clone());
        out.add("sections.missing", p, key, None, (a.sections.get(i).map(|s| s.span), None));
    }
    let mut reported: Vec<String> = Vec::new();
    for (i, p) in paths_b.iter().enumerate() {
        let Some(p) = p else { continue };
        if has(&paths_a, p) || reported.iter().any(|r| p.starts_with(&format!("{r}/"))) {
            continue;
        }
        reported.push(p.clone());
        let key = b.sections.get(i).map(|s| s.key.clone());
        out.add("sections.extra", p, None, key, (None, b.sections.get(i).map(|s| s.span)));
    }
    // Known issues the translation lost inside a section both have.
    let missing_section = out
        .findings
        .iter()
        .any(|f| f.check == "sections.missing" && f.location.starts_with("known_issues"));
    if a.known_issues.len() != b.known_issues.len() && !missing_section {
        out.add(
            "known_issues.count",
            "known_issues",
            Some(a.known_issues.len().to_string()),
            Some(b.known_issues.len().to_string()),
            (None, None),
        );
    }

    // Numbers inside aligned sections.
    for (i, p) in paths_a.iter().enumerate() {
        let Some(p) = p else { continue };
        let Some(j) = paths_b.iter().position(|x| x.as_deref() == Some(p.as_str())) else {
            continue;
        };
        let (Some(sa), Some(sb)) = (a.sections.get(i), b.sections.get(j)) else {
            continue;
        };
        let na = numbers(&sa.text);
        let nb = numbers(&sb.text);
        // Scraped pages print a link twice ("URL (URL)"): each value once.
        let mut missing = multiset_diff(&na, &nb);
        missing.dedup();
        let mut extra = multiset_diff(&nb, &na);
        extra.dedup();
        let spans = (Some(sa.span), Some(sb.span));
        // One missing and one extra of a kind: that value was changed.
        let of = |v: &[(&str, String)], k: &str| v.iter().filter(|x| x.0 == k).count();
        for m in &missing {
            if of(&missing, m.0) == 1
                && of(&extra, m.0) == 1
                && let Some(e) = extra.iter().find(|e| e.0 == m.0)
            {
                out.add("numbers.changed", p, Some(m.1.clone()), Some(e.1.clone()), spans);
            } else {
                out.add("numbers.missing", p, Some(m.1.clone()), None, spans);
            }
        }
        for e in extra.iter().filter(|e| !(of(&missing, e.0) == 1 && of(&extra, e.0) == 1)) {
            out.add("numbers.extra", p, None, Some(e.1.clone()), spans);
        }
    }

    // Paragraphs left in the original's language.
    let orig_primary = crate::langid::primary(&a.language).unwrap_or(&a.language);
    let trans_primary = crate::langid::primary(&b.language).unwrap_or(&b.language);
    if orig_primary != trans_primary {
        let mut declared = 0usize;
        let mut first_declared: Option<Span> = None;
        for (j, s) in b.sections.iter().enumerate() {
            let location = paths_b.get(j).cloned().flatten().unwrap_or_else(|| s.key.clone());
            for blk in &s.blocks {
                let Some(l) = blk.language.as_deref() else { continue };
                if crate::langid::primary(l).unwrap_or(l) != orig_primary {
                    continue;
                }
                if blk.declared {
                    declared += 1;
                    first_declared.get_or_insert(blk.span);
                } else {
                    out.add("untranslated.block", &location, None, Some(l.to_string()), (None, Some(blk.span)));
                }
            }
        }
        if declared > 0 {
            out.add(
                "untranslated.declared",
                "sections",
                None,
                Some(format!("{declared} paragraphs declared as left in {}", a.language)),
                (None, first_declared),
            );
        }
    }

    // Staleness.
    if let (Some(x), Some(y)) = (a.last_review, b.last_review)
        && y < x
    {
        out.add(
            "staleness.last_review",
            "last_review",
            Some(x.to_string()),
            Some(y.to_string()),
            (fa("last_review"), fb("last_review")),
        );
    }
    if let (Some(x), Some(y)) = (a.revision.as_deref(), b.revision.as_deref())
        && revision_older(y, x)
    {
        out.add(
            "staleness.revision",
            "revision",
            Some(x.to_string()),
            Some(y.to_string()),
            (fa("revision"), fb("revision")),
        );
    }
    if b.machine_translated {
        out.add(
            "staleness.machine_translated",
            "machine_translated",
            None,
            Some("true".into()),
            (None, None),
        );
    }

    kb_sets(&mut out, "kb_mentions", &a.kb_mentions, &b.kb_mentions);

    let order = |c: &str| CHECKS.iter().position(|(x, _)| *x == c).unwrap_or(usize::MAX);
    out.findings
        .sort_by(|x, y| y.severity.cmp(&x.severity).then(order(&x.check).cmp(&order(&y.check))));
    Report {
        report_version: REPORT_VERSION,
        original_language: a.language.clone(),
        translation_language: b.language.clone(),
        kb_id: a.kb_id.or(b_kb),
        findings: out.findings,
    }
}

impl Report {
    /// The findings at `severity` or above.
    pub fn at_least(&self, severity: FindingSeverity) -> impl Iterator<Item = &Finding> {
        self.findings.iter().filter(move |f| f.severity >= severity)
    }

    /// One finding per line: check, severity, location, original, translation,
    /// original span, translation span (`start-end`), tab-separated, with a header.
    pub fn to_tsv(&self) -> String {
        let clean = |s: &Option<String>| s.as_deref().unwrap_or("").replace(['\t', '\n', '\r'], " ");
        let span = |s: &Option<Span>| s.map(|s| format!("{}-{}", s.start, s.end)).unwrap_or_default();
        let mut t = String::from("check\tseverity\tlocation\toriginal\ttranslation\toriginal_span\ttranslation_span\n");
        for f in &self.findings {
            t.push_str(&format!(
                "{}\t{}\t{}\t{}\t{}\t{}\t{}\n",
                f.check,
                f.severity.as_str(),
                f.location,
                clean(&f.original),
                clean(&f.translation),
                span(&f.original_span),
                span(&f.translation_span)
            ));
        }
        t
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_typed_and_urls_keep_their_versions() {
        let n = numbers("Error Code: 0x80070643 in 8.0.708.3, see http://x.example/a/1.2.3/ and Event ID: 1023.");
        assert!(n.contains(&("error_code", "0x80070643".into())));
        assert!(n.contains(&("version", "8.0.708.3".into())));
        assert!(n.contains(&("event_id", "1023".into())));
        assert!(n.contains(&("url", "http://x.example/a/1.2.3/".into())));
        assert!(!n.contains(&("version", "1.2.3".into())));
    }

    #[test]
    fn revisions_compare_as_numbers() {
        assert!(revision_older("3.0", "10.1"));
        assert!(!revision_older("3.1", "3.0"));
    }
}
