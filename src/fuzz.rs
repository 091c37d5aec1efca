//! Fuzzing entry points: what the app does with bytes and addresses it did not write, with the
//! promises it makes about them checked as assertions. A panic here is a bug the fuzzer found.
//!
//! Shared by the cargo-fuzz targets in `fuzz/` (coverage-guided, nightly, run by hand) and by the
//! property tests in `tests/fuzz.rs` (stable, part of the test command), so both check the same
//! promises. Host-only: it is never part of the WebAssembly build.

use crate::core::explore::{self, Searcher};
use crate::core::export;
use crate::core::index::SearchIndex;
use crate::core::load::load_dataset;
use crate::core::model::Dataset;
use crate::core::query::{Facet, FilterState, Query, Sort, SortKey};
use crate::core::route::Location;
use crate::core::{charts, facets, quality, text::Lang};

/// Feeds bytes to the dataset loader as the browser would (invalid UTF-8 replaced), then, when they
/// load, runs everything the views do with a dataset. Panics when a promise breaks:
/// - a refused file gets at least one problem, each with a message;
/// - the empty query shows every project; selecting one facet value alone gives as many results as
///   its count said; a project is found by its own name;
/// - the CSV export has one record per project; the JSON export loads again and is unchanged by it.
pub fn dataset(bytes: &[u8]) {
    let text = String::from_utf8_lossy(bytes);
    match load_dataset(&text) {
        Err(problems) => {
            assert!(!problems.is_empty(), "a refused dataset must say why");
            for problem in &problems {
                assert!(!problem.kind.to_string().trim().is_empty(), "problem without a message at {}", problem.path);
            }
        }
        Ok(dataset) => explore_everything(&dataset),
    }
}

/// Reads an address as the app reads it, and checks that a shared link leads back to the same place:
/// parsing the link the app writes gives the same location again (in Dutch where the address chose
/// no language: every page has one).
pub fn location(bytes: &[u8]) {
    let search = String::from_utf8_lossy(bytes);
    let first = Location::parse(&search);
    let href = first.href();
    let again = Location::parse(&href);
    let mut expected = first.clone();
    expected.query.settings.lang.get_or_insert_with(Default::default);
    assert_eq!(expected, again, "the link {href:?} written for {search:?} leads elsewhere");
    assert_eq!(href, again.href(), "writing a link is not stable for {search:?}");
}

fn explore_everything(dataset: &Dataset) {
    let index = SearchIndex::build(dataset);
    let n = dataset.projects.len();
    let mut searcher = Searcher::default();
    let all = searcher.run(&index, &Query::default());
    assert_eq!(all.matches.len(), n, "the empty query must show every project");
    for &key in SortKey::ALL {
        for descending in [false, true] {
            let sorted = explore::run(&index, &Query::default().with_sort(Sort { key, descending }));
            assert_eq!(sorted.matches.len(), n, "sorting must not lose projects");
        }
    }
    for &facet in Facet::ALL {
        for value in facets::ordered_values(dataset, &index, &all, facet) {
            let expected = all.count(&index, facet, &value.value) as usize;
            let alone = Query::default().with_filter(facet, &value.value, FilterState::Included);
            assert_eq!(
                searcher.run(&index, &alone).matches.len(),
                expected,
                "{facet:?} = {:?}: its count and its results disagree",
                value.value
            );
            let without = Query::default().with_filter(facet, &value.value, FilterState::Excluded);
            assert!(searcher.run(&index, &without).matches.len() <= n - expected.min(n));
            for &lang in Lang::ALL {
                let _ = facets::value_name(dataset, facet, &value.value, lang);
            }
        }
    }
    for (position, project) in dataset.projects.iter().enumerate() {
        let found = searcher.run(&index, &Query::default().with_text(&project.name));
        assert!(found.matches.contains(&(position as u32)), "searching {:?} does not find it", project.name);
        let _ = quality::unknown_fields(project);
        let _ = explore::related(dataset, &index, project, 5);
    }
    let _ = quality::disagreements(dataset);
    let _ = charts::data::projects_per_line(dataset, &index, &all);
    let statuses: u32 = charts::data::status_counts(all.matches.iter().map(|&p| &dataset.projects[p as usize]))
        .iter()
        .map(|(_, count)| count)
        .sum();
    assert_eq!(statuses as usize, n, "the status chart must count every project once");
    for programme in &dataset.programmes {
        let _ = charts::data::financing_rows(programme);
    }

    let csv = export::csv(dataset, &all.matches);
    let records = csv::ReaderBuilder::new()
        .delimiter(b';')
        .from_reader(csv.trim_start_matches('\u{feff}').as_bytes())
        .records()
        .collect::<Result<Vec<_>, _>>()
        .expect("the CSV export must be readable CSV");
    assert_eq!(records.len(), n, "the CSV export must have one record per project");

    let json = export::json(dataset, &all.matches);
    let reloaded = load_dataset(&json).unwrap_or_else(|problems| panic!("the JSON export does not load: {problems:?}"));
    // The export lists the projects in the order given; reloaded, that is the file order.
    let again = export::json(&reloaded, &(0..n as u32).collect::<Vec<_>>());
    if let Some((line, (before, after))) = json.lines().zip(again.lines()).enumerate().find(|(_, (a, b))| a != b) {
        panic!("the JSON export changes when loaded again, at line {}: {before:?} became {after:?}", line + 1);
    }
    assert_eq!(json.lines().count(), again.lines().count(), "the JSON export changes length when loaded again");
    let half: Vec<u32> = all.matches.iter().copied().step_by(2).collect();
    if let Err(problems) = load_dataset(&export::json(dataset, &half)) {
        panic!("the JSON export of a selection does not load: {problems:?}");
    }
}
