//! Host benchmarks of the core on SYNTHETIC datasets of 1,000, 10,000 and 100,000 projects:
//! `cargo bench --bench core`. Results and the machine are recorded in docs/benchmarks.md.

use divan::{black_box, Bencher};
use investeren_in_twente::core::explore::run;
use investeren_in_twente::core::index::SearchIndex;
use investeren_in_twente::core::load::load_dataset;
use investeren_in_twente::core::query::{Facet, FilterState, Query};

const SIZES: [usize; 3] = [1_000, 10_000, 100_000];

fn main() {
    divan::main();
}

fn json(n: usize) -> String {
    serde_json::to_string(&investeren_in_twente::synthetic::generate(n, 20201)).expect("serialise")
}

/// Two words and two facets, as a reader narrowing down would type and click.
fn typical_query() -> Query {
    Query::default().with_text("twents data").with_filter(Facet::Programme, "rdt", FilterState::Included).with_filter(
        Facet::Status,
        "implementation",
        FilterState::Included,
    )
}

#[divan::bench(args = SIZES, sample_count = 5)]
fn parse_and_validate(bencher: Bencher, n: usize) {
    let text = json(n);
    bencher.bench(|| load_dataset(black_box(&text)).expect("valid"));
}

#[divan::bench(args = SIZES, sample_count = 5)]
fn build_index(bencher: Bencher, n: usize) {
    let dataset = load_dataset(&json(n)).expect("valid");
    bencher.bench(|| SearchIndex::build(black_box(&dataset)));
}

#[divan::bench(args = SIZES, sample_count = 20)]
fn query_two_words_two_facets(bencher: Bencher, n: usize) {
    let dataset = load_dataset(&json(n)).expect("valid");
    let index = SearchIndex::build(&dataset);
    let query = typical_query();
    bencher.bench(|| run(black_box(&index), black_box(&query)));
}

/// The first search on a fresh index: the query plus building the vocabulary of word forms and
/// corrections, which waits for the first search (`SearchIndex::vocabulary`).
#[divan::bench(args = SIZES, sample_count = 5)]
fn first_search(bencher: Bencher, n: usize) {
    let dataset = load_dataset(&json(n)).expect("valid");
    let query = typical_query();
    bencher.with_inputs(|| SearchIndex::build(&dataset)).bench_refs(|index| run(black_box(index), black_box(&query)));
}

#[divan::bench(args = SIZES, sample_count = 20)]
fn facet_counts_without_filters(bencher: Bencher, n: usize) {
    let dataset = load_dataset(&json(n)).expect("valid");
    let index = SearchIndex::build(&dataset);
    let query = Query::default();
    bencher.bench(|| run(black_box(&index), black_box(&query)).counts);
}

/// The naive baseline: lowercase + contains over the parsed records, no index, no folding.
#[divan::bench(args = SIZES, sample_count = 20)]
fn naive_baseline_two_words(bencher: Bencher, n: usize) {
    let dataset = load_dataset(&json(n)).expect("valid");
    bencher.bench(|| {
        let words = ["twents", "data"];
        dataset
            .projects
            .iter()
            .filter(|p| {
                let text = format!("{} {}", p.name, p.description.nl).to_lowercase();
                words.iter().all(|w| text.contains(w))
                    && p.programmes.as_ref().is_some_and(|ids| ids.iter().any(|id| id == "rdt"))
                    && p.status.is_some_and(|s| s.code() == "implementation")
            })
            .count()
    });
}
