//! The supersedence graph (`kbnorm::Graph`): edges, nodes, latest rollups,
//! cycles, DOT and JSON output, on short articles written here (expected values
//! worked out by hand from the texts) and on the shared corpus seeds when present.

mod common;

use kbnorm::{Article, Date, Graph, KbRef, Kind, LatestRollup, Span};

use common::{shared_corpus_dir, txt_files_under};

/// The text of an update rollup article in the layout the parser reads: title,
/// "Article ID" header, summary, replaced updates as link lines, release date.
fn rollup_text(kb: u32, rollup: u32, sp: Option<u8>, released: Option<&str>, replaced: &[(u32, Option<&str>)]) -> String {
    let product = match sp {
        Some(n) => format!("Exchange Server 2007 Service Pack {n}"),
        None => "Exchange Server 2007".to_string(),
    };
    let mut t = format!(
        "Description of Update Rollup {rollup} for {product}\n\
         Article ID: {kb} - Last Review: July 12, 2008 - Revision: 1.0\n\
         SUMMARYMicrosoft has released Update Rollup {rollup} for Microsoft {product}.\n"
    );
    if !replaced.is_empty() {
        t.push_str("Update replacement information\nThis update rollup replaces the following update rollups:\n");
        for (n, title) in replaced {
            t.push_str(&format!("{n} (http://support.microsoft.com/kb/{n}/) {}\n", title.unwrap_or("")));
        }
    }
    if let Some(d) = released {
        t.push_str(&format!("Release Date: {d}\n"));
    }
    t
}

fn rollup(kb: u32, rollup: u32, sp: Option<u8>, released: Option<&str>, replaced: &[(u32, Option<&str>)]) -> Article {
    let a = kbnorm::parse(&rollup_text(kb, rollup, sp, released, replaced));
    // The graph tests below rely on the parser reading these facts.
    assert_eq!(a.kb_id, Some(kb));
    assert_eq!(a.kind, Kind::UpdateRollup);
    assert_eq!(a.rollup, Some(rollup));
    assert_eq!(
        a.product.as_ref().map(|p| (p.name.as_str(), p.service_pack)),
        Some(("Exchange Server 2007", sp))
    );
    let replaced_kbs: Vec<u32> = replaced.iter().map(|r| r.0).collect();
    assert_eq!(a.replaces.iter().map(|r| r.kb).collect::<Vec<_>>(), replaced_kbs);
    a
}

const RU1_TITLE: &str = "Description of Update Rollup 1 for Exchange Server 2007";

/// Four rollup articles and one article without KB number:
/// - ru3.txt: KB 935999, RU3 for Exchange 2007 RTM, replaces 930809 (titled link) and 935490 (bare link);
/// - ru5.txt: KB 941421, RU5 RTM, released 2007-10-25, replaces 930809, 935490, 935999, 940006;
/// - sp1-ru1.txt: KB 945684, RU1 for SP1, replaces nothing;
/// - sp1-ru2.txt: KB 948016, RU2 for SP1, replaces 945684;
/// - notes.txt: no KB number.
fn scenario() -> Vec<(String, Article)> {
    vec![
        (
            "ru3.txt".into(),
            rollup(935999, 3, None, None, &[(930809, Some(RU1_TITLE)), (935490, None)]),
        ),
        (
            "ru5.txt".into(),
            rollup(
                941421,
                5,
                None,
                Some("October 25, 2007"),
                &[(930809, Some(RU1_TITLE)), (935490, None), (935999, None), (940006, None)],
            ),
        ),
        ("sp1-ru1.txt".into(), rollup(945684, 1, Some(1), None, &[])),
        ("sp1-ru2.txt".into(), rollup(948016, 2, Some(1), None, &[(945684, None)])),
        ("notes.txt".into(), {
            let a = kbnorm::parse("Notes on updating\nSUMMARYSome text without any article number.\n");
            assert_eq!(a.kb_id, None);
            a
        }),
    ]
}

fn graph_of(articles: &[(String, Article)]) -> Graph {
    Graph::from_articles(articles.iter().map(|(s, a)| (s.as_str(), a)))
}

fn pairs(g: &Graph) -> Vec<(u32, u32)> {
    g.edges().iter().map(|e| (e.from, e.to)).collect()
}

#[test]
fn edges_nodes_and_queries_of_a_small_set() {
    let g = graph_of(&scenario());
    assert_eq!(
        pairs(&g),
        [
            (935999, 930809),
            (935999, 935490),
            (941421, 930809),
            (941421, 935490),
            (941421, 935999),
            (941421, 940006),
            (948016, 945684),
        ]
    );
    assert!(g.edges().iter().filter(|e| e.from == 941421).all(|e| e.stated_by == ["ru5.txt"]));

    let kbs: Vec<u32> = g.nodes().iter().map(|n| n.kb).collect();
    assert_eq!(kbs, [930809, 935490, 935999, 940006, 941421, 945684, 948016]);

    // A KB only named by a link keeps the link's title; a bare link gives none.
    let ru1 = g.node(930809).unwrap();
    assert!(!ru1.has_article);
    assert_eq!(ru1.title.as_deref(), Some(RU1_TITLE));
    assert_eq!((ru1.kind, ru1.rollup, ru1.product.as_deref()), (None, None, None));
    assert!(ru1.sources.is_empty());
    let ru2 = g.node(935490).unwrap();
    assert!(!ru2.has_article);
    assert_eq!(ru2.title, None);

    let ru5 = g.node(941421).unwrap();
    assert!(ru5.has_article);
    assert_eq!(
        ru5.title.as_deref(),
        Some("Description of Update Rollup 5 for Exchange Server 2007")
    );
    assert_eq!(ru5.kind, Some(Kind::UpdateRollup));
    assert_eq!(
        (ru5.product.as_deref(), ru5.service_pack, ru5.rollup),
        (Some("Exchange Server 2007"), None, Some(5))
    );
    assert_eq!(ru5.release_date, Date::new(2007, 10, 25));
    assert_eq!(ru5.languages, ["en"]);
    assert_eq!(ru5.sources, ["ru5.txt"]);
    assert!(ru5.conflicts.is_empty());
    let sp1ru2 = g.node(948016).unwrap();
    assert_eq!((sp1ru2.service_pack, sp1ru2.rollup), (Some(1), Some(2)));

    assert_eq!(g.replaces(941421), [930809, 935490, 935999, 940006]);
    assert_eq!(g.replaces(930809), Vec::<u32>::new());
    assert_eq!(g.replaced_by(930809), [935999, 941421]);
    assert_eq!(g.replaced_by(935999), [941421]);
    assert_eq!(g.replaced_by(941421), Vec::<u32>::new());
    assert!(g.superseded(930809));
    assert!(g.superseded(935999));
    assert!(g.superseded(945684));
    assert!(!g.superseded(941421));
    assert!(!g.superseded(948016));
    assert!(!g.superseded(123456)); // unknown KB
    assert_eq!(g.superseded_by(930809), [935999, 941421]);

    assert_eq!(g.skipped(), ["notes.txt"]);
    assert!(g.cycles().is_empty());
}

#[test]
fn latest_rollup_per_product_and_service_pack() {
    let g = graph_of(&scenario());
    assert_eq!(
        g.latest_rollups(),
        [
            LatestRollup {
                product: "Exchange Server 2007".into(),
                service_pack: None,
                kb: 941421,
                rollup: 5,
                release_date: Date::new(2007, 10, 25),
            },
            LatestRollup {
                product: "Exchange Server 2007".into(),
                service_pack: Some(1),
                kb: 948016,
                rollup: 2,
                release_date: None,
            },
        ]
    );
}

#[test]
fn latest_rollup_ties_go_to_the_later_date_then_the_higher_kb() {
    // Two articles claim rollup 5 for RTM: the later release date wins although
    // its KB number is lower; a higher rollup number beats both.
    let early = rollup(941421, 5, None, Some("October 25, 2007"), &[]);
    let late = rollup(941000, 5, None, Some("January 10, 2008"), &[]);
    let g = Graph::from_articles([("early", &early), ("late", &late)]);
    let latest = g.latest_rollups();
    assert_eq!(latest.len(), 1);
    assert_eq!((latest[0].kb, latest[0].rollup), (941000, 5));
    assert_eq!(latest[0].release_date, Date::new(2008, 1, 10));

    // Same rollup, same date: the higher KB; no date loses to a date.
    let a = rollup(941421, 5, None, Some("October 25, 2007"), &[]);
    let b = rollup(941422, 5, None, Some("October 25, 2007"), &[]);
    let c = rollup(941423, 5, None, None, &[]);
    let g = Graph::from_articles([("a", &a), ("b", &b), ("c", &c)]);
    assert_eq!(g.latest_rollups()[0].kb, 941422);

    let ru6 = rollup(900001, 6, None, None, &[]);
    let g = Graph::from_articles([("a", &a), ("b", &b), ("ru6", &ru6)]);
    assert_eq!(g.latest_rollups()[0].kb, 900001);
}

#[test]
fn non_rollups_and_mentions_are_not_latest_rollups() {
    // A hotfix article with a product, and a rollup only named by a link.
    let mut hotfix = Article::empty();
    hotfix.kb_id = Some(950000);
    hotfix.kind = Kind::Hotfix;
    hotfix.rollup = Some(9);
    hotfix.product = Some(kbnorm::Product {
        name: "Exchange Server 2007".into(),
        service_pack: None,
    });
    hotfix.replaces = vec![KbRef {
        kb: 960000,
        title: Some("Description of Update Rollup 99 for Exchange Server 2007".into()),
        span: Span::new(0, 0),
    }];
    let g = Graph::from_articles([("hotfix", &hotfix)]);
    assert!(g.latest_rollups().is_empty());
    assert_eq!(g.node(950000).unwrap().kind, Some(Kind::Hotfix));
}

#[test]
fn the_same_edge_from_two_articles_is_one_edge_with_both_sources() {
    // The same article under two names (a mirror), one of them added twice.
    let ru5 = rollup(941421, 5, None, None, &[(930809, Some(RU1_TITLE)), (935999, None)]);
    let mut g = Graph::new();
    g.add("mirror/ru5.txt", &ru5);
    g.add("b/ru5.txt", &ru5);
    g.add("b/ru5.txt", &ru5);
    let edges = g.edges();
    assert_eq!(edges.len(), 2);
    assert_eq!((edges[0].from, edges[0].to), (941421, 930809));
    assert_eq!(edges[0].stated_by, ["b/ru5.txt", "mirror/ru5.txt"]);
    assert_eq!((edges[1].from, edges[1].to), (941421, 935999));
    assert_eq!(edges[1].stated_by, ["b/ru5.txt", "mirror/ru5.txt"]);
    assert_eq!(g.node(941421).unwrap().sources, ["b/ru5.txt", "mirror/ru5.txt"]);
    assert_eq!(g.replaced_by(930809), [941421]);
}

#[test]
fn self_edges_are_ignored() {
    let mut a = Article::empty();
    a.kb_id = Some(941421);
    a.replaces = vec![
        KbRef {
            kb: 941421,
            title: None,
            span: Span::new(0, 0),
        },
        KbRef {
            kb: 930809,
            title: None,
            span: Span::new(0, 0),
        },
    ];
    let g = Graph::from_articles([("a", &a)]);
    assert_eq!(pairs(&g), [(941421, 930809)]);
    assert!(!g.superseded(941421));
}

#[test]
fn translations_of_one_kb_merge_and_disagreements_are_named() {
    let en = rollup(941421, 5, None, Some("October 25, 2007"), &[]);
    let mut sv = en.clone();
    sv.language = "sv".into();
    sv.title = Some("Beskrivning av samlad uppdatering 5".into());
    sv.rollup = Some(6); // a bad translation
    let g = Graph::from_articles([("sv.txt", &sv), ("en.txt", &en)]);
    let n = g.node(941421).unwrap();
    // English first: its title and its rollup number.
    assert_eq!(n.title.as_deref(), Some("Description of Update Rollup 5 for Exchange Server 2007"));
    assert_eq!(n.rollup, Some(5));
    assert_eq!(n.languages, ["en", "sv"]);
    assert_eq!(n.sources, ["en.txt", "sv.txt"]);
    assert_eq!(n.conflicts, ["rollup"]);
}

#[test]
fn cycles_are_reported_and_nothing_hangs() {
    // 100001 → 200002 → 300003 → 100001 (each "replaces" the next), plus
    // 400004 → 100001 and 500005 ↔ 600006: two cycles, and 400004 on none.
    let a = rollup(100001, 1, None, None, &[(200002, None)]);
    let b = rollup(200002, 2, None, None, &[(300003, None)]);
    let c = rollup(300003, 3, None, None, &[(100001, None)]);
    let d = rollup(400004, 4, None, None, &[(100001, None)]);
    let e = rollup(500005, 1, Some(1), None, &[(600006, None)]);
    let f = rollup(600006, 2, Some(1), None, &[(500005, None)]);
    let g = Graph::from_articles([("a", &a), ("b", &b), ("c", &c), ("d", &d), ("e", &e), ("f", &f)]);
    assert_eq!(g.cycles(), [vec![100001, 200002, 300003], vec![500005, 600006]]);
    assert_eq!(g.superseded_by(100001), [100001, 200002, 300003, 400004]);
    assert_eq!(g.superseded_by(400004), Vec::<u32>::new());
    assert!(g.superseded(100001));
    assert!(!g.superseded(400004));
    // Latest rollups read the articles only: RU4 for RTM, RU2 for SP1.
    let latest: Vec<(Option<u8>, u32)> = g.latest_rollups().iter().map(|l| (l.service_pack, l.kb)).collect();
    assert_eq!(latest, [(None, 400004), (Some(1), 600006)]);
    let json = serde_json::to_value(&g).unwrap();
    assert_eq!(json["cycles"], serde_json::json!([[100001, 200002, 300003], [500005, 600006]]));
    assert_eq!(g.to_dot().matches(" -> ").count(), 6);
}

#[test]
fn dot_output_escapes_labels() {
    let mut a = Article::empty();
    a.kb_id = Some(123456);
    a.title = Some("How to set \"Path\" to C:\\Exchange\nsecond line".into());
    a.replaces = vec![KbRef {
        kb: 654321,
        title: Some("The \"old\" fix".into()),
        span: Span::new(0, 0),
    }];
    let g = Graph::from_articles([("dir\\odd \"name\".txt", &a)]);
    let dot = g.to_dot();
    let lines: Vec<&str> = dot.lines().collect();
    assert_eq!(lines.first(), Some(&"digraph supersedence {"));
    assert_eq!(lines.last(), Some(&"}"));
    assert!(
        lines.contains(&r#"  "123456" [label="KB123456\nHow to set \"Path\" to C:\\Exchange\nsecond line"];"#),
        "{dot}"
    );
    assert!(
        lines.contains(&r#"  "654321" [label="KB654321\nThe \"old\" fix", style=dashed];"#),
        "{dot}"
    );
    assert!(
        lines.contains(&r#"  "123456" -> "654321" [label="dir\\odd \"name\".txt"];"#),
        "{dot}"
    );
    // Nodes come before edges, each once.
    assert_eq!(dot.matches("[label=").count(), 3);
}

#[test]
fn dot_labels_rollups_with_product_and_service_pack() {
    let g = graph_of(&scenario());
    let dot = g.to_dot();
    assert!(
        dot.contains(r#"  "941421" [label="KB941421\nUpdate Rollup 5 · Exchange Server 2007"];"#),
        "{dot}"
    );
    assert!(
        dot.contains(r#"  "948016" [label="KB948016\nUpdate Rollup 2 · Exchange Server 2007 SP1"];"#),
        "{dot}"
    );
    assert!(
        dot.contains(&format!(r#"  "930809" [label="KB930809\n{RU1_TITLE}", style=dashed];"#)),
        "{dot}"
    );
    assert!(dot.contains(r#"  "941421" -> "935999" [label="ru5.txt"];"#), "{dot}");
    // Edges sorted by (from, to).
    let edge_lines: Vec<&str> = dot.lines().filter(|l| l.contains(" -> ")).collect();
    let mut sorted = edge_lines.clone();
    sorted.sort();
    assert_eq!(edge_lines, sorted);
    assert_eq!(edge_lines.len(), 7);
}

#[test]
fn json_has_nodes_edges_latest_rollups_and_skipped() {
    let g = graph_of(&scenario());
    let v = serde_json::to_value(&g).unwrap();
    for key in ["nodes", "edges", "latest_rollups", "skipped", "cycles"] {
        assert!(v[key].is_array(), "no {key} array in {v}");
    }
    assert_eq!(v["graph_version"], kbnorm::GRAPH_VERSION);
    assert_eq!(v["skipped"], serde_json::json!(["notes.txt"]));
    assert_eq!(
        v["edges"][0],
        serde_json::json!({"from": 935999, "to": 930809, "stated_by": ["ru3.txt"]})
    );
    assert_eq!(v["latest_rollups"][0]["release_date"], "2007-10-25");
    assert_eq!(v["nodes"][4]["kind"], "update_rollup");
    // The report reads back.
    let back: kbnorm::GraphReport = serde_json::from_value(v).unwrap();
    assert_eq!(back, g.report());
}

#[test]
fn output_does_not_depend_on_the_order_of_adding() {
    let articles = scenario();
    let reference = graph_of(&articles);
    let json = serde_json::to_string_pretty(&reference).unwrap();
    let dot = reference.to_dot();
    // Every rotation, and the reverse, plus a duplicate source label.
    let n = articles.len();
    let mut orders: Vec<Vec<usize>> = (0..n).map(|r| (0..n).map(|i| (i + r) % n).collect()).collect();
    orders.push((0..n).rev().collect());
    for order in orders {
        let g = Graph::from_articles(order.iter().map(|&i| (articles[i].0.as_str(), &articles[i].1)));
        assert_eq!(serde_json::to_string_pretty(&g).unwrap(), json, "order {order:?}");
        assert_eq!(g.to_dot(), dot, "order {order:?}");
        assert_eq!(g, reference, "order {order:?}");
    }
}

#[test]
fn graph_is_send_and_sync() {
    fn check<T: Send + Sync + Clone + serde::Serialize>() {}
    check::<Graph>();
    check::<kbnorm::GraphReport>();
}

#[test]
fn shared_corpus_seeds() {
    let dir = shared_corpus_dir().join("seeds");
    if !dir.is_dir() {
        let required = std::env::var("KBNORM_REQUIRE_SHARED").is_ok_and(|v| v == "1");
        assert!(!required, "KBNORM_REQUIRE_SHARED=1 but {} is missing", dir.display());
        eprintln!("{} not found: skipping the supersedence graph of the seeds", dir.display());
        return;
    }
    let files = txt_files_under(&dir);
    assert!(!files.is_empty(), "{} holds no .txt file", dir.display());
    let mut g = Graph::new();
    for path in &files {
        let bytes = std::fs::read(path).unwrap();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        g.add(&name, &kbnorm::parse_bytes(&bytes));
    }

    let ru7 = g.node(953469).expect("KB 953469 in the seeds");
    assert!(ru7.has_article);
    assert_eq!(ru7.kind, Some(Kind::UpdateRollup));
    assert_eq!(
        (ru7.product.as_deref(), ru7.service_pack, ru7.rollup),
        (Some("Exchange Server 2007"), None, Some(7))
    );
    assert_eq!(g.replaces(953469), [930809, 935490, 935999, 940006, 941421, 942846]);

    let sp1ru6 = g.node(959241).expect("KB 959241 in the seeds");
    assert!(sp1ru6.has_article);
    assert_eq!(sp1ru6.languages, ["sv"]);
    assert_eq!(
        (sp1ru6.product.as_deref(), sp1ru6.service_pack, sp1ru6.rollup),
        (Some("Exchange Server 2007"), Some(1), Some(6))
    );
    assert_eq!(g.replaces(959241), [945684, 948016, 949870, 952580, 953467]);

    let latest_rollups = g.latest_rollups();
    let latest: Vec<(&str, Option<u8>, u32)> = latest_rollups.iter().map(|l| (l.product.as_str(), l.service_pack, l.kb)).collect();
    assert_eq!(
        latest,
        [("Exchange Server 2007", None, 953469), ("Exchange Server 2007", Some(1), 959241)]
    );
    assert!(g.cycles().is_empty());
    assert!(!g.superseded(953469));
    assert!(!g.superseded(959241));
}
