//! A municipality's page, the explorer's municipality filter and a search for the municipality's
//! name agree: the page lists the same projects as the filter, and the search finds at least those
//! (issue 26: the Enschede page listed 4 projects while a search for "Enschede" found 7).

mod common;

use std::collections::BTreeSet;

use investeren_in_twente::core::explore::run;
use investeren_in_twente::core::index::SearchIndex;
use investeren_in_twente::core::places::Places;
use investeren_in_twente::core::query::{Facet, FilterState, Query};

#[test]
fn every_municipality_page_lists_what_its_filter_finds_and_a_search_for_its_name_finds_them_too() {
    let dataset = common::bundled_dataset();
    let index = SearchIndex::build(&dataset);
    let places = Places::of(&dataset);
    let ids = |matches: &[u32]| -> BTreeSet<String> {
        matches.iter().map(|&i| dataset.projects[i as usize].id.clone()).collect()
    };
    for municipality in &dataset.municipalities {
        let page: BTreeSet<String> = dataset
            .projects
            .iter()
            .filter(|p| places.tie(p, &municipality.id).is_some())
            .map(|p| p.id.clone())
            .collect();
        let filter = Query::default().with_filter(Facet::Municipality, &municipality.id, FilterState::Included);
        let filtered = ids(&run(&index, &filter).matches);
        assert_eq!(page, filtered, "{}: the page and the filter give the same projects", municipality.name);
        let searched = ids(&run(&index, &Query::default().with_text(&municipality.name)).matches);
        let missing: Vec<&String> = page.difference(&searched).collect();
        assert!(missing.is_empty(), "a search for {:?} misses {missing:?}", municipality.name);
        assert!(!page.is_empty(), "{} has a project for all of Twente at least", municipality.name);
    }
}

#[test]
fn enschede_has_every_project_it_hosts_leads_or_takes_part_in() {
    let dataset = common::bundled_dataset();
    let places = Places::of(&dataset);
    let enschede: BTreeSet<&str> =
        dataset.projects.iter().filter(|p| places.tie(p, "enschede").is_some()).map(|p| p.id.as_str()).collect();
    for id in [
        "kennispark-twente",
        "talentit",
        "topwerklocaties",
        "technology-base-twente",
        "creatieve-broedplaatsen",
        "twents-fonds-voor-vakmanschap",
    ] {
        assert!(enschede.contains(id), "Enschede's page lacks {id}: {enschede:?}");
    }
}
