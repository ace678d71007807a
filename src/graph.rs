//! A supersedence graph over many parsed articles: which update replaces which,
//! and the latest update rollup per product and service pack.
//!
//! The graph is built from [`Article`]s ([`Graph::add`], [`Graph::from_articles`]),
//! each given with a caller label (its `source`, e.g. the file path) so every
//! fact can be traced back to the article that states it.
//!
//! - **Nodes** are KB numbers: every article's own `kb_id`, plus every KB one of
//!   them names under "Update replacement information" ([`Article::replaces`]).
//!   A [`Node`] merges what the KB's own article(s) say; a KB that is only named
//!   has no article and keeps at most the title the link gave it.
//! - **Edges** read "`from` replaces `to`" ([`Edge`]), deduplicated, each with the
//!   sources that state it.
//! - **Cycles** (A replaces B and B replaces A — contradictory data) are kept as
//!   stated and reported by [`Graph::cycles`]; nothing walks the graph without a
//!   visited set, so they cannot hang anything.
//!
//! Everything the graph returns is sorted, and nothing depends on the order the
//! articles were added in: the same articles give the same JSON and DOT.

use std::collections::{BTreeMap, BTreeSet, VecDeque};
use std::fmt::Write as _;

use serde::{Deserialize, Serialize};

use crate::model::{Article, Date, Kind};

/// Version of the JSON shape of [`GraphReport`]. Bumped on any incompatible change.
pub const GRAPH_VERSION: u32 = 1;

/// What one article says about its own KB (private: [`Node`] is the merged view).
#[derive(Debug, Clone, PartialEq, Eq)]
struct Description {
    source: String,
    language: String,
    title: Option<String>,
    kind: Kind,
    product: Option<(String, Option<u8>)>,
    rollup: Option<u32>,
    release_date: Option<Date>,
}

impl Description {
    /// Merge order: English articles first (KB originals are English), then by
    /// source, then by content so equal sources still sort the same way.
    fn sort_key(&self) -> impl Ord + '_ {
        (
            self.language != "en",
            &self.source,
            &self.language,
            &self.title,
            kind_name(self.kind),
            &self.product,
            self.rollup,
            self.release_date,
        )
    }
}

/// One KB number in the [`Graph`], with what is known about it.
///
/// When several articles describe the same KB (an original and its
/// translations), each field comes from the first article stating it, English
/// articles first, then in order of `source`; fields on which the articles
/// disagree are named in `conflicts`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Node {
    /// The KB number.
    pub kb: u32,
    /// `true` when at least one article of this KB was added; `false` when the KB
    /// is only named as replaced by another article.
    pub has_article: bool,
    /// The article's title; for a KB without article, the title the replacing
    /// article's link gives it, if any.
    pub title: Option<String>,
    /// The article's kind (`None` without article).
    pub kind: Option<Kind>,
    /// Canonical product name, e.g. `Exchange Server 2007`.
    pub product: Option<String>,
    /// Service pack of the product; `None` for RTM or when unknown.
    pub service_pack: Option<u8>,
    /// Update rollup number.
    pub rollup: Option<u32>,
    /// Release date.
    pub release_date: Option<Date>,
    /// Languages of the KB's articles, sorted.
    pub languages: Vec<String>,
    /// Sources of the KB's own articles, sorted (empty without article).
    pub sources: Vec<String>,
    /// Fields on which the KB's articles disagree (`kind`, `product`,
    /// `service_pack`, `rollup`, `release_date`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub conflicts: Vec<String>,
}

/// "Update `from` replaces update `to`", as stated by the articles in `stated_by`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Edge {
    /// The replacing (newer) update.
    pub from: u32,
    /// The replaced (older) update.
    pub to: u32,
    /// Sources of the articles that state the replacement, sorted, no duplicates.
    pub stated_by: Vec<String>,
}

/// The highest update rollup known for one product and service pack.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LatestRollup {
    /// Canonical product name.
    pub product: String,
    /// Service pack; `None` for the RTM release.
    pub service_pack: Option<u8>,
    /// The rollup's KB number.
    pub kb: u32,
    /// The rollup number.
    pub rollup: u32,
    /// The rollup's release date, if its article gives one.
    pub release_date: Option<Date>,
}

/// The whole graph as plain data: what [`Graph`] serializes to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GraphReport {
    /// [`GRAPH_VERSION`] when written.
    pub graph_version: u32,
    /// Every KB, by number.
    pub nodes: Vec<Node>,
    /// Every replacement, by `(from, to)`.
    pub edges: Vec<Edge>,
    /// See [`Graph::latest_rollups`].
    pub latest_rollups: Vec<LatestRollup>,
    /// See [`Graph::cycles`].
    pub cycles: Vec<Vec<u32>>,
    /// Sources of the articles skipped because they state no KB number, sorted.
    pub skipped: Vec<String>,
}

/// A supersedence graph over parsed articles: which update replaces which.
///
/// - **Nodes** ([`Node`]) are KB numbers: every added article's own `kb_id`,
///   plus every KB one of them names under "Update replacement information"
///   ([`Article::replaces`]); a KB only named has no article and keeps at most
///   the title its link gives it.
/// - **Edges** ([`Edge`]) read "`from` replaces `to`", deduplicated, each with the
///   sources that state it.
/// - **Cycles** (contradictory data) are kept as stated and reported by
///   [`Graph::cycles`]; no query can loop on them.
///
/// Output is sorted and independent of the order articles were added in.
///
/// `Graph` is plain data (`Send + Sync`, `Clone`); it serializes (serde) to a
/// [`GraphReport`] and renders to Graphviz with [`Graph::to_dot`].
///
/// ```
/// let ru2 = kbnorm::parse(
///     "Description of Update Rollup 2 for Exchange Server 2007\n\
///      Article ID: 940006 - Last Review: July 12, 2008 - Revision: 1.0\n\
///      Update replacement information\n\
///      This update rollup replaces the following update rollup:\n\
///      930809 (http://support.microsoft.com/kb/930809/) Description of Update Rollup 1 for Exchange Server 2007\n",
/// );
/// let mut graph = kbnorm::Graph::new();
/// graph.add("ru2.txt", &ru2);
/// assert_eq!(graph.replaces(940006), [930809]);
/// assert_eq!(graph.replaced_by(930809), [940006]);
/// assert!(graph.superseded(930809));
/// assert!(!graph.superseded(940006));
/// let old = graph.node(930809).unwrap();
/// assert!(!old.has_article);
/// assert_eq!(old.title.as_deref(), Some("Description of Update Rollup 1 for Exchange Server 2007"));
/// let json = serde_json::to_value(&graph).unwrap();
/// assert_eq!(json["edges"][0]["stated_by"][0], "ru2.txt");
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Graph {
    /// Own articles per KB, sorted by [`Description::sort_key`].
    described: BTreeMap<u32, Vec<Description>>,
    /// Link titles given to a replaced KB: `(source, title)`.
    ref_titles: BTreeMap<u32, BTreeSet<(String, String)>>,
    /// `(from, to)` → sources stating it.
    edges: BTreeMap<(u32, u32), BTreeSet<String>>,
    /// `(to, from)`, to answer [`Graph::replaced_by`].
    reverse: BTreeSet<(u32, u32)>,
    /// Sources of articles without KB number, sorted.
    skipped: Vec<String>,
}

impl Graph {
    /// An empty graph.
    pub fn new() -> Graph {
        Graph::default()
    }

    /// A graph of these `(source, article)` pairs; see [`Graph::add`].
    ///
    /// ```
    /// let a = kbnorm::parse("Article ID: 953469\nDescription of Update Rollup 7 for Exchange Server 2007");
    /// let b = kbnorm::parse("Description of Update Rollup 1 for Exchange Server 2007");
    /// let graph = kbnorm::Graph::from_articles([("a.txt", &a), ("b.txt", &b)]);
    /// assert_eq!(graph.nodes().len(), 1);
    /// assert_eq!(graph.skipped(), ["b.txt"]); // b states no KB number
    /// ```
    pub fn from_articles<'a, S: AsRef<str>>(articles: impl IntoIterator<Item = (S, &'a Article)>) -> Graph {
        let mut graph = Graph::new();
        for (source, article) in articles {
            graph.add(source.as_ref(), article);
        }
        graph
    }

    /// Add what `article` says, labelled `source` (a file path or any other name
    /// the caller wants to see in [`Edge::stated_by`] and [`Node::sources`]).
    ///
    /// An article without [`kb_id`](Article::kb_id) cannot be placed: it is
    /// recorded in [`Graph::skipped`] and contributes nothing else (not even its
    /// replacements, which would lack their replacing side). A replacement of the
    /// article's own number is ignored. Adding the same article under the same
    /// source twice changes nothing.
    ///
    /// ```
    /// let a = kbnorm::parse("Article ID: 953469\nDescription of Update Rollup 7 for Exchange Server 2007");
    /// let mut graph = kbnorm::Graph::new();
    /// graph.add("a.txt", &a);
    /// graph.add("a.txt", &a);
    /// let node = graph.node(953469).unwrap();
    /// assert_eq!(node.rollup, Some(7));
    /// assert_eq!(node.sources, ["a.txt"]);
    /// ```
    pub fn add(&mut self, source: &str, article: &Article) {
        let Some(kb) = article.kb_id else {
            let at = self.skipped.partition_point(|s| s.as_str() <= source);
            self.skipped.insert(at, source.to_string());
            return;
        };
        let description = Description {
            source: source.to_string(),
            language: article.language.clone(),
            title: article.title.clone(),
            kind: article.kind,
            product: article.product.as_ref().map(|p| (p.name.clone(), p.service_pack)),
            rollup: article.rollup,
            release_date: article.release_date,
        };
        let list = self.described.entry(kb).or_default();
        if !list.contains(&description) {
            let at = list.partition_point(|d| d.sort_key() <= description.sort_key());
            list.insert(at, description);
        }
        for r in &article.replaces {
            if r.kb == kb {
                continue;
            }
            self.edges.entry((kb, r.kb)).or_default().insert(source.to_string());
            self.reverse.insert((r.kb, kb));
            if let Some(title) = r.title.as_deref().map(str::trim).filter(|t| !t.is_empty()) {
                self.ref_titles
                    .entry(r.kb)
                    .or_default()
                    .insert((source.to_string(), title.to_string()));
            }
        }
    }

    /// Sources of the articles skipped for lack of a KB number, sorted (one entry
    /// per skipped article, so a source added twice appears twice).
    pub fn skipped(&self) -> &[String] {
        &self.skipped
    }

    /// Every KB number in the graph, ascending.
    fn kbs(&self) -> BTreeSet<u32> {
        let mut all: BTreeSet<u32> = self.described.keys().copied().collect();
        for &(from, to) in self.edges.keys() {
            all.insert(from);
            all.insert(to);
        }
        all
    }

    /// What is known about `kb`, or `None` when the graph never saw it.
    ///
    /// ```
    /// let a = kbnorm::parse("Article ID: 953469\nDescription of Update Rollup 7 for Exchange Server 2007");
    /// let graph = kbnorm::Graph::from_articles([("a.txt", &a)]);
    /// let node = graph.node(953469).unwrap();
    /// assert_eq!(node.product.as_deref(), Some("Exchange Server 2007"));
    /// assert_eq!(node.kind, Some(kbnorm::Kind::UpdateRollup));
    /// assert!(graph.node(1).is_none());
    /// ```
    pub fn node(&self, kb: u32) -> Option<Node> {
        let descriptions = self.described.get(&kb).map_or(&[][..], Vec::as_slice);
        let named =
            self.edges.range((kb, 0)..=(kb, u32::MAX)).next().is_some() || self.reverse.range((kb, 0)..=(kb, u32::MAX)).next().is_some();
        if descriptions.is_empty() && !named {
            return None;
        }
        let first = |f: &dyn Fn(&Description) -> bool| descriptions.iter().find(|d| f(d));
        let title = match first(&|d| d.title.is_some()) {
            Some(d) => d.title.clone(),
            None => self
                .ref_titles
                .get(&kb)
                .and_then(|t| t.iter().next())
                .map(|(_, title)| title.clone()),
        };
        let kind = descriptions
            .iter()
            .map(|d| d.kind)
            .find(|k| *k != Kind::Other)
            .or_else(|| descriptions.first().map(|d| d.kind));
        let product = first(&|d| d.product.is_some()).and_then(|d| d.product.clone());
        let rollup = first(&|d| d.rollup.is_some()).and_then(|d| d.rollup);
        let release_date = first(&|d| d.release_date.is_some()).and_then(|d| d.release_date);

        let mut conflicts = Vec::new();
        let distinct = |values: Vec<String>| values.into_iter().collect::<BTreeSet<_>>().len() > 1;
        let checks: [(&str, Vec<String>); 5] = [
            (
                "kind",
                descriptions
                    .iter()
                    .filter(|d| d.kind != Kind::Other)
                    .map(|d| kind_name(d.kind).to_string())
                    .collect(),
            ),
            (
                "product",
                descriptions
                    .iter()
                    .filter_map(|d| d.product.as_ref())
                    .map(|p| p.0.clone())
                    .collect(),
            ),
            (
                "service_pack",
                descriptions
                    .iter()
                    .filter_map(|d| d.product.as_ref())
                    .map(|p| format!("{:?}", p.1))
                    .collect(),
            ),
            (
                "rollup",
                descriptions.iter().filter_map(|d| d.rollup).map(|r| r.to_string()).collect(),
            ),
            (
                "release_date",
                descriptions.iter().filter_map(|d| d.release_date).map(|r| r.to_string()).collect(),
            ),
        ];
        for (name, values) in checks {
            if distinct(values) {
                conflicts.push(name.to_string());
            }
        }

        Some(Node {
            kb,
            has_article: !descriptions.is_empty(),
            title,
            kind,
            service_pack: product.as_ref().and_then(|p| p.1),
            product: product.map(|p| p.0),
            rollup,
            release_date,
            languages: descriptions
                .iter()
                .map(|d| d.language.clone())
                .collect::<BTreeSet<_>>()
                .into_iter()
                .collect(),
            sources: descriptions
                .iter()
                .map(|d| d.source.clone())
                .collect::<BTreeSet<_>>()
                .into_iter()
                .collect(),
            conflicts,
        })
    }

    /// Every node, by KB number.
    pub fn nodes(&self) -> Vec<Node> {
        self.kbs().into_iter().filter_map(|kb| self.node(kb)).collect()
    }

    /// Every edge, sorted by `(from, to)`, without duplicates or self-edges.
    ///
    /// ```
    /// let text = "Article ID: 941421\nUpdate replacement information\n930809 Update Rollup 1\n";
    /// let a = kbnorm::parse(text);
    /// let graph = kbnorm::Graph::from_articles([("en/ru5.txt", &a), ("copy/ru5.txt", &a)]);
    /// let edges = graph.edges();
    /// assert_eq!(edges.len(), 1);
    /// assert_eq!((edges[0].from, edges[0].to), (941421, 930809));
    /// assert_eq!(edges[0].stated_by, ["copy/ru5.txt", "en/ru5.txt"]);
    /// ```
    pub fn edges(&self) -> Vec<Edge> {
        self.edges
            .iter()
            .map(|(&(from, to), sources)| Edge {
                from,
                to,
                stated_by: sources.iter().cloned().collect(),
            })
            .collect()
    }

    /// The KBs `kb` directly replaces, ascending.
    pub fn replaces(&self, kb: u32) -> Vec<u32> {
        self.edges.range((kb, 0)..=(kb, u32::MAX)).map(|(&(_, to), _)| to).collect()
    }

    /// The KBs that directly replace `kb`, ascending.
    pub fn replaced_by(&self, kb: u32) -> Vec<u32> {
        self.reverse.range((kb, 0)..=(kb, u32::MAX)).map(|&(_, from)| from).collect()
    }

    /// Every KB that replaces `kb` directly or through a chain of replacements,
    /// ascending. Terminates on cycles; a KB on a cycle is listed among its own
    /// supersessors.
    ///
    /// ```
    /// let c = kbnorm::parse("Article ID: 300003\nUpdate replacement information\n200002 Update B\n");
    /// let b = kbnorm::parse("Article ID: 200002\nUpdate replacement information\n100001 Update A\n");
    /// let graph = kbnorm::Graph::from_articles([("c", &c), ("b", &b)]);
    /// assert_eq!(graph.replaced_by(100001), [200002]);
    /// assert_eq!(graph.superseded_by(100001), [200002, 300003]);
    /// ```
    pub fn superseded_by(&self, kb: u32) -> Vec<u32> {
        let mut seen = BTreeSet::new();
        let mut queue: VecDeque<u32> = self.replaced_by(kb).into();
        while let Some(next) = queue.pop_front() {
            if seen.insert(next) {
                queue.extend(self.replaced_by(next));
            }
        }
        seen.into_iter().collect()
    }

    /// `true` when some update replaces `kb`, directly or transitively (that is,
    /// when [`Graph::superseded_by`] is not empty).
    pub fn superseded(&self, kb: u32) -> bool {
        self.reverse.range((kb, 0)..=(kb, u32::MAX)).next().is_some()
    }

    /// The latest update rollup per product and service pack, sorted by
    /// `(product, service_pack)` (RTM first).
    ///
    /// Candidates are KBs with an article of their own of kind
    /// [`Kind::UpdateRollup`] that gives a product and a rollup number (a KB only
    /// named by another article has neither for sure). Per `(product,
    /// service_pack)` the highest rollup number wins; on a tie (a re-released
    /// rollup), the later release date (a known date beats none), then the higher
    /// KB number. The rule reads the articles' own facts only, not the edges: a
    /// rollup is latest even when something else claims to replace it.
    ///
    /// ```
    /// let ru6 = kbnorm::parse("Article ID: 959241\nDescription of Update Rollup 6 for Exchange Server 2007 Service Pack 1");
    /// let ru5 = kbnorm::parse("Article ID: 953467\nDescription of Update Rollup 5 for Exchange Server 2007 Service Pack 1");
    /// let graph = kbnorm::Graph::from_articles([("ru5", &ru5), ("ru6", &ru6)]);
    /// let latest = graph.latest_rollups();
    /// assert_eq!(latest.len(), 1);
    /// assert_eq!((latest[0].product.as_str(), latest[0].service_pack), ("Exchange Server 2007", Some(1)));
    /// assert_eq!((latest[0].kb, latest[0].rollup), (959241, 6));
    /// ```
    pub fn latest_rollups(&self) -> Vec<LatestRollup> {
        let mut best: BTreeMap<(String, Option<u8>), LatestRollup> = BTreeMap::new();
        let rank = |l: &LatestRollup| (l.rollup, l.release_date, l.kb);
        for node in self.nodes() {
            let (Some(Kind::UpdateRollup), Some(product), Some(rollup)) = (node.kind, node.product, node.rollup) else {
                continue;
            };
            let candidate = LatestRollup {
                product: product.clone(),
                service_pack: node.service_pack,
                kb: node.kb,
                rollup,
                release_date: node.release_date,
            };
            let slot = best.entry((product, node.service_pack)).or_insert_with(|| candidate.clone());
            if rank(&candidate) > rank(slot) {
                *slot = candidate;
            }
        }
        best.into_values().collect()
    }

    /// The replacement cycles: groups of KBs that each replace, directly or
    /// transitively, every other one of the group (strongly connected components
    /// of more than one KB). Each group is sorted ascending, the groups by their
    /// first KB. Empty for consistent data.
    ///
    /// The graph keeps such contradictory edges as stated (each with its
    /// sources, so the articles at fault can be found); this is where they are
    /// reported. Nothing else in the graph is affected by them.
    ///
    /// ```
    /// let a = kbnorm::parse("Article ID: 100001\nUpdate replacement information\n200002 Update B\n");
    /// let b = kbnorm::parse("Article ID: 200002\nUpdate replacement information\n100001 Update A\n");
    /// let graph = kbnorm::Graph::from_articles([("a", &a), ("b", &b)]);
    /// assert_eq!(graph.cycles(), [vec![100001, 200002]]);
    /// ```
    pub fn cycles(&self) -> Vec<Vec<u32>> {
        // Kosaraju, iteratively: finish order on the edges, then components on
        // the reversed edges in reverse finish order.
        let mut visited = BTreeSet::new();
        let mut finished = Vec::new();
        for start in self.kbs() {
            if !visited.insert(start) {
                continue;
            }
            let mut stack = vec![(start, self.replaces(start).into_iter())];
            while let Some((node, successors)) = stack.last_mut() {
                let node = *node;
                match successors.next() {
                    Some(next) => {
                        if visited.insert(next) {
                            stack.push((next, self.replaces(next).into_iter()));
                        }
                    }
                    None => {
                        finished.push(node);
                        stack.pop();
                    }
                }
            }
        }
        let mut assigned = BTreeSet::new();
        let mut cycles = Vec::new();
        for &root in finished.iter().rev() {
            if !assigned.insert(root) {
                continue;
            }
            let mut component = vec![root];
            let mut todo = vec![root];
            while let Some(node) = todo.pop() {
                for prev in self.replaced_by(node) {
                    if assigned.insert(prev) {
                        component.push(prev);
                        todo.push(prev);
                    }
                }
            }
            if component.len() > 1 {
                component.sort_unstable();
                cycles.push(component);
            }
        }
        cycles.sort();
        cycles
    }

    /// The whole graph as plain data (what `serde` serializes).
    ///
    /// ```
    /// let a = kbnorm::parse("Article ID: 941421\nDescription of Update Rollup 5 for Exchange Server 2007");
    /// let graph = kbnorm::Graph::from_articles([("ru5.txt", &a)]);
    /// let report = graph.report();
    /// assert_eq!(report.latest_rollups[0].kb, 941421);
    /// assert_eq!(serde_json::to_value(&report).unwrap(), serde_json::to_value(&graph).unwrap());
    /// ```
    pub fn report(&self) -> GraphReport {
        GraphReport {
            graph_version: GRAPH_VERSION,
            nodes: self.nodes(),
            edges: self.edges(),
            latest_rollups: self.latest_rollups(),
            cycles: self.cycles(),
            skipped: self.skipped.clone(),
        }
    }

    /// The graph in Graphviz DOT: one node per KB (`"953469"`, labelled with the
    /// KB number and, when known, rollup and product, else the title; dashed
    /// when the KB has no article of its own), one edge `"953469" -> "930809"`
    /// per replacement ("953469 replaces 930809") with its sources as label.
    /// Quotes, backslashes and line breaks in labels are escaped.
    ///
    /// ```
    /// let a = kbnorm::parse(
    ///     "Article ID: 953469\nDescription of Update Rollup 7 for Exchange Server 2007\n\
    ///      Update replacement information\n\
    ///      930809 (http://support.microsoft.com/kb/930809/) Description of Update Rollup 1 for Exchange Server 2007\n",
    /// );
    /// let dot = kbnorm::Graph::from_articles([("ru7.txt", &a)]).to_dot();
    /// assert!(dot.starts_with("digraph supersedence {"));
    /// assert!(dot.contains(r#""953469" [label="KB953469\nUpdate Rollup 7 · Exchange Server 2007"];"#));
    /// assert!(dot.contains(r#""953469" -> "930809" [label="ru7.txt"];"#));
    /// ```
    pub fn to_dot(&self) -> String {
        let mut out = String::from("digraph supersedence {\n");
        out.push_str("  // Each edge points from the replacing update to the replaced one; its label names the stating sources.\n");
        out.push_str("  rankdir=LR;\n  node [shape=box];\n");
        for node in self.nodes() {
            let mut label = format!("KB{}", node.kb);
            let product = node.product.as_deref().map(|p| match node.service_pack {
                Some(sp) => format!("{p} SP{sp}"),
                None => p.to_string(),
            });
            let detail = match (node.rollup, product) {
                (Some(r), Some(p)) => Some(format!("Update Rollup {r} · {p}")),
                (Some(r), None) => Some(format!("Update Rollup {r}")),
                (None, Some(p)) => Some(node.title.clone().unwrap_or(p)),
                (None, None) => node.title.clone(),
            };
            if let Some(detail) = detail {
                label.push('\n');
                label.push_str(&detail);
            }
            let style = if node.has_article { "" } else { ", style=dashed" };
            let _ = writeln!(out, "  \"{}\" [label=\"{}\"{style}];", node.kb, dot_escape(&label));
        }
        for edge in self.edges() {
            let _ = writeln!(
                out,
                "  \"{}\" -> \"{}\" [label=\"{}\"];",
                edge.from,
                edge.to,
                dot_escape(&edge.stated_by.join("\n"))
            );
        }
        out.push_str("}\n");
        out
    }
}

impl Serialize for Graph {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.report().serialize(s)
    }
}

/// A DOT double-quoted string body: `\` and `"` escaped, line breaks as `\n`
/// (Graphviz's centered line break), other control characters dropped.
fn dot_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// The serde name of a kind (for sorting and conflict reports; `Kind` has no `Ord`).
fn kind_name(kind: Kind) -> &'static str {
    match kind {
        Kind::UpdateRollup => "update_rollup",
        Kind::SecurityBulletin => "security_bulletin",
        Kind::SecurityUpdate => "security_update",
        Kind::Hotfix => "hotfix",
        Kind::ServicePack => "service_pack",
        Kind::Howto => "howto",
        Kind::Other => "other",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dot_escape_escapes_quotes_backslashes_and_breaks() {
        assert_eq!(dot_escape(r#"a "b" \c"#), r#"a \"b\" \\c"#);
        assert_eq!(dot_escape("x\ny\r\tz"), r"x\nyz");
    }

    #[test]
    fn kind_names_match_serde() {
        for kind in Kind::ALL {
            assert_eq!(serde_json::to_value(kind).unwrap(), kind_name(kind));
        }
    }

    #[test]
    fn graph_is_send_and_sync() {
        fn check<T: Send + Sync>() {}
        check::<Graph>();
        check::<GraphReport>();
    }
}
