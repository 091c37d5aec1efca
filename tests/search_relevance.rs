//! The relevance test set of the search (tests/fixtures/search-relevance.json): queries in Dutch,
//! English and German, each with the records a reader expects to see among the first ten results.
//! Prints recall@10 and the zero-result rate (the test command shows them: `scripts/test.sh`), and
//! fails below the thresholds set from its first green run (docs/search.md).

mod common;

use investeren_in_twente::core::explore::run;
use investeren_in_twente::core::index::SearchIndex;
use investeren_in_twente::core::query::Query;
use serde::Deserialize;

/// The lowest mean share of expected records among the first ten results.
const MIN_RECALL_AT_10: f64 = 0.9;

#[derive(Deserialize)]
struct Set {
    queries: Vec<Case>,
}

#[derive(Deserialize)]
struct Case {
    q: String,
    lang: String,
    kind: String,
    expect: Vec<String>,
    #[serde(default)]
    first: Option<String>,
}

#[test]
fn the_relevance_set_finds_what_readers_expect() {
    let text = std::fs::read_to_string("tests/fixtures/search-relevance.json").expect("the relevance set");
    let set: Set = serde_json::from_str(&text).expect("the relevance set is valid JSON");
    let dataset = common::bundled_dataset();
    let mut index = SearchIndex::build(&dataset);
    // The glossary's terms, as the app adds them from its texts (src/app/pages/glossary.rs).
    let locales: Vec<serde_json::Value> = ["nl", "en", "de"]
        .iter()
        .map(|lang| serde_json::from_str(&std::fs::read_to_string(format!("locales/{lang}.json")).unwrap()).unwrap())
        .collect();
    let terms: Vec<(String, Vec<String>, Vec<String>)> = locales[0]["glossary"]
        .as_object()
        .unwrap()
        .iter()
        .filter(|(_, v)| v.is_object())
        .map(|(key, _)| {
            let of =
                |field: &str| locales.iter().map(|l| l["glossary"][key][field].as_str().unwrap().to_string()).collect();
            (key.clone(), of("term"), of("text"))
        })
        .collect();
    index.add_terms(terms.iter().map(|(key, names, texts)| {
        (key.as_str(), names.iter().map(String::as_str).collect(), texts.iter().map(String::as_str).collect())
    }));
    let languages: std::collections::BTreeSet<&str> = set.queries.iter().map(|c| c.lang.as_str()).collect();
    assert!(set.queries.len() >= 60 && languages.len() == 3, "at least 60 queries in nl, en and de");

    let mut recalls = Vec::new();
    let mut zero = 0;
    let mut failures = Vec::new();
    for case in &set.queries {
        let results = run(&index, &Query::default().with_text(&case.q));
        // Projects by id, other records as `kind:id`, each among its own first ten.
        let top: Vec<String> =
            results.matches.iter().take(10).map(|&p| dataset.projects[p as usize].id.clone()).collect();
        let top_records: Vec<String> = results
            .records
            .iter()
            .take(10)
            .map(|&r| format!("{}:{}", index.records[r as usize].kind.key(), index.records[r as usize].id))
            .collect();
        if case.expect.is_empty() {
            if !results.matches.is_empty() || !results.records.is_empty() {
                failures
                    .push(format!("{:?} ({}, {}) should find nothing, finds {top:?}", case.q, case.lang, case.kind));
            }
            continue;
        }
        if results.matches.is_empty() && results.records.is_empty() {
            zero += 1;
            failures.push(format!("{:?} ({}, {}) finds nothing", case.q, case.lang, case.kind));
        }
        for id in &case.expect {
            let known = dataset.projects.iter().any(|p| &p.id == id)
                || index.records.iter().any(|r| format!("{}:{}", r.kind.key(), r.id) == *id);
            assert!(known, "{:?} expects {id:?}, which is no record", case.q);
        }
        let shown = |id: &&String| top.contains(id) || top_records.contains(id);
        let found = case.expect.iter().filter(shown).count();
        let recall = found as f64 / case.expect.len().min(10) as f64;
        if recall < 1.0 {
            let missing: Vec<&String> = case.expect.iter().filter(|id| !shown(id)).collect();
            println!("{:?} ({}, {}): recall@10 {recall:.2}, missing {missing:?}", case.q, case.lang, case.kind);
        }
        recalls.push(recall);
        if let Some(first) = &case.first {
            if top.first() != Some(first) && top_records.first() != Some(first) {
                failures.push(format!(
                    "{:?} ({}) should put {first:?} first, puts {:?}",
                    case.q,
                    case.lang,
                    top.first()
                ));
            }
        }
    }
    let recall = recalls.iter().sum::<f64>() / recalls.len() as f64;
    let zero_rate = zero as f64 / recalls.len() as f64;
    println!(
        "search relevance: {} queries ({} expecting nothing): recall@10 {recall:.3}, zero-result rate {zero_rate:.3}",
        set.queries.len(),
        set.queries.len() - recalls.len()
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(recall >= MIN_RECALL_AT_10, "recall@10 {recall:.3} is below {MIN_RECALL_AT_10}");
}
