//! Prints what the explorer finds for a search on the bundled dataset, best first, with the words
//! it searched: `cargo run --example search -- fondsen`. For tuning the relevance test set
//! (tests/search_relevance.rs).

use investeren_in_twente::core::explore::run;
use investeren_in_twente::core::index::SearchIndex;
use investeren_in_twente::core::load::load_dataset;
use investeren_in_twente::core::query::Query;

fn main() {
    let path = std::env::var("DATASET").unwrap_or_else(|_| "public/data/investeren-in-twente.json".into());
    let text = std::fs::read_to_string(&path).expect("the dataset");
    let dataset = load_dataset(&text).expect("the bundled dataset loads");
    let index = SearchIndex::build(&dataset);
    for query in std::env::args().skip(1) {
        let results = run(&index, &Query::default().with_text(&query));
        println!("{query}: {} found; corrections {:?}", results.matches.len(), results.search.corrections);
        for term in &results.search.terms {
            println!("  {} = {:?}", term.word, term.forms);
        }
        for &p in results.matches.iter().take(10) {
            let project = &dataset.projects[p as usize];
            println!("  {} [{:?}]", project.id, results.search.found_in(&index, p));
        }
    }
}
