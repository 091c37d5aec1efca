//! Host tests of the explorer core: search folding, facets, counts, sorting, URL state.
#![cfg(not(target_arch = "wasm32"))]

use investeren_in_twente::core::explore::{neighbours, related, relaxations, run, PAGE_SIZE};
use investeren_in_twente::core::index::SearchIndex;
use investeren_in_twente::core::load::load_dataset;
use investeren_in_twente::core::model::Dataset;
use investeren_in_twente::core::query::{ActiveFilter, Facet, FilterState, Query, Sort, SortKey};
use investeren_in_twente::core::route::{Location, View};
use investeren_in_twente::core::settings::{Settings, Theme};
use investeren_in_twente::core::text::Lang;
use proptest::prelude::*;

mod common;
use common::bundled_dataset as bundled;

fn minimal() -> Dataset {
    load_dataset(&std::fs::read_to_string("tests/fixtures/minimal.json").unwrap()).unwrap()
}

fn names(dataset: &Dataset, matches: &[u32]) -> Vec<String> {
    matches.iter().map(|&p| dataset.projects[p as usize].name.clone()).collect()
}

fn query() -> Query {
    Query::default()
}

#[test]
fn search_ignores_case_and_diacritics_in_dutch_and_german() {
    let dataset = minimal();
    let index = SearchIndex::build(&dataset);
    let found = |text: &str| names(&dataset, &run(&index, &query().with_text(text)).matches);
    assert_eq!(found("creeren"), vec!["Ruimte creëren voor talent"]);
    assert_eq!(found("CREËREN"), found("creeren"));
    assert_eq!(found("strasse"), found("Straße"));
    assert_eq!(found("ijssel"), vec!["Ruimte creëren voor talent"]);
    assert!(found("strasse").len() == 1);
}

#[test]
fn every_word_must_match_somewhere() {
    let dataset = bundled();
    let index = SearchIndex::build(&dataset);
    let both = run(&index, &query().with_text("fonds vakmanschap")).matches;
    assert!(names(&dataset, &both).contains(&"Twents Fonds voor Vakmanschap".to_string()));
    assert!(both.iter().all(|&p| {
        let haystack = index.haystack(p as usize);
        haystack.contains("fonds") && haystack.contains("vakmanschap")
    }));
    let talent = run(&index, &query().with_text("talent")).matches;
    let talent_in_enschede = run(&index, &query().with_text("talent enschede")).matches;
    assert!(talent.len() > talent_in_enschede.len(), "a second word narrows the results");
    assert!(!talent_in_enschede.is_empty());
    assert!(run(&index, &query().with_text("fonds xyzzy")).matches.is_empty());
}

#[test]
fn search_covers_partners_results_and_municipalities() {
    let dataset = bundled();
    let index = SearchIndex::build(&dataset);
    let found = |text: &str| names(&dataset, &run(&index, &query().with_text(text)).matches);
    assert!(found("FrieslandCampina").contains(&"Mineral Valley Twente".to_string()), "partner");
    assert!(found("scholingscheques").contains(&"Twents Fonds voor Vakmanschap".to_string()), "result");
    assert!(found("rijssen").contains(&"Vakopleidingscentrum West Twente".to_string()), "municipality");
    assert!(found("Conncet-U").contains(&"Connect-U".to_string()), "alias");
}

#[test]
fn facets_or_within_and_across_with_exclusions() {
    let dataset = bundled();
    let index = SearchIndex::build(&dataset);
    let places = investeren_in_twente::core::places::Places::of(&dataset);
    let has = |p: u32, facet: Facet, value: &str| {
        investeren_in_twente::core::index::facet_values(&dataset.projects[p as usize], facet, &places)
            .contains(&value.to_string())
    };
    let q = query().with_filter(Facet::Programme, "rdt", FilterState::Included).with_filter(
        Facet::Programme,
        "avt",
        FilterState::Included,
    );
    let either = run(&index, &q).matches;
    assert!(either.iter().all(|&p| has(p, Facet::Programme, "rdt") || has(p, Facet::Programme, "avt")));
    let q2 = q.with_filter(Facet::ActionLine, "arbeidsmarkt-talent", FilterState::Included);
    let across = run(&index, &q2).matches;
    assert!(!across.is_empty() && across.len() < either.len());
    assert!(across.iter().all(|&p| has(p, Facet::ActionLine, "arbeidsmarkt-talent")));
    let q3 = q2.with_filter(Facet::Status, "implementation", FilterState::Excluded);
    let without = run(&index, &q3).matches;
    assert!(without.iter().all(|&p| !has(p, Facet::Status, "implementation")));
    assert!(without.len() < across.len());
}

#[test]
fn a_count_is_the_number_of_results_selecting_that_value_gives() {
    let dataset = bundled();
    let index = SearchIndex::build(&dataset);
    let base = query().with_filter(Facet::ActionLine, "arbeidsmarkt-talent", FilterState::Included);
    let results = run(&index, &base);
    for facet in [Facet::Status, Facet::Programme, Facet::Kind] {
        for value in &index.facet(facet).values {
            let count = results.count(&index, facet, value) as usize;
            let selected = run(&index, &base.with_filter(facet, value, FilterState::Included)).matches.len();
            assert_eq!(count, selected, "{facet:?}={value}");
        }
    }
    // Within the selected facet, counts ignore its own selection (OR semantics).
    let line_count = results.count(&index, Facet::ActionLine, "techniek-als-motor") as usize;
    let alone = run(&index, &query().with_filter(Facet::ActionLine, "techniek-als-motor", FilterState::Included));
    assert_eq!(line_count, alone.matches.len());
}

#[test]
fn unknown_values_sort_last_in_both_directions() {
    let dataset = bundled();
    let index = SearchIndex::build(&dataset);
    for key in [SortKey::Amount, SortKey::Start, SortKey::Status, SortKey::Programme] {
        for descending in [false, true] {
            let q = query().with_sort(Sort { key, descending });
            let matches = run(&index, &q).matches;
            let known: Vec<bool> = matches
                .iter()
                .map(|&p| {
                    let k = &index.sort_keys[p as usize];
                    match key {
                        SortKey::Amount => k.amount.is_some(),
                        SortKey::Start => k.start.is_some(),
                        SortKey::Status => k.status.is_some(),
                        _ => k.programme.is_some(),
                    }
                })
                .collect();
            let first_unknown = known.iter().position(|k| !k).unwrap_or(known.len());
            assert!(known[first_unknown..].iter().all(|k| !k), "{key:?} desc={descending}: unknown before known");
            assert!(first_unknown > 0, "{key:?}: some values are known");
        }
    }
    let by_amount = run(&index, &query().with_sort(Sort { key: SortKey::Amount, descending: true })).matches;
    let amounts: Vec<i64> = by_amount.iter().filter_map(|&p| index.sort_keys[p as usize].amount).collect();
    assert!(amounts.windows(2).all(|w| w[0] >= w[1]), "{amounts:?}");
}

#[test]
fn an_empty_result_says_which_filter_to_remove() {
    let dataset = bundled();
    let index = SearchIndex::build(&dataset);
    let q = query().with_text("mineral").with_filter(Facet::ActionLine, "techniek-als-motor", FilterState::Included);
    assert!(run(&index, &q).matches.is_empty());
    let options = relaxations(&index, &q);
    assert_eq!(options.len(), 2, "one option per active filter");
    for (filter, count) in &options {
        assert_eq!(*count, run(&index, &filter.removed_from(&q)).matches.len());
        assert!(*count >= 1, "{filter:?} brings results back");
    }
    assert!(options.iter().any(|(r, _)| *r == ActiveFilter::Include(Facet::ActionLine, "techniek-als-motor".into())));
    assert!(options.windows(2).all(|w| w[0].1 >= w[1].1), "most helpful first");
}

#[test]
fn active_filters_list_the_text_then_kept_then_left_out_values_and_each_removes_only_itself() {
    let q = query()
        .with_text("fonds ")
        .with_filter(Facet::Status, "closed", FilterState::Excluded)
        .with_filter(Facet::Programme, "rdt", FilterState::Included)
        .with_filter(Facet::Programme, "avt", FilterState::Included);
    let filters = q.active_filters();
    assert_eq!(
        filters,
        [
            ActiveFilter::Text,
            ActiveFilter::Include(Facet::Programme, "avt".into()),
            ActiveFilter::Include(Facet::Programme, "rdt".into()),
            ActiveFilter::Exclude(Facet::Status, "closed".into()),
        ]
    );
    let without_rdt = filters[2].removed_from(&q);
    assert_eq!(without_rdt.active_filters().len(), 3);
    assert_eq!(without_rdt.state_of(Facet::Programme, "rdt"), FilterState::Off);
    assert_eq!(without_rdt.state_of(Facet::Programme, "avt"), FilterState::Included);
    assert!(filters[0].removed_from(&q).text.is_empty());
    assert!(query().with_text("   ").active_filters().is_empty(), "blank text is no filter");
    let locked = Location::parse("?municipality=enschede&lock=municipality").query;
    assert!(locked.active_filters()[0].is_locked(&locked));
    assert_eq!(locked.active_filters()[0].removed_from(&locked), locked, "a locked filter stays");
}

#[test]
fn stale_url_values_filter_nothing() {
    let dataset = bundled();
    let index = SearchIndex::build(&dataset);
    let q = query().with_filter(Facet::Programme, "bestaat-niet", FilterState::Included);
    assert_eq!(run(&index, &q).matches.len(), dataset.projects.len());
}

#[test]
fn pages_hold_at_most_a_page_size_and_neighbours_follow_the_order() {
    let dataset = bundled();
    let index = SearchIndex::build(&dataset);
    let results = run(&index, &query());
    assert!(results.page(1).len() == PAGE_SIZE.min(dataset.projects.len()));
    assert_eq!(results.page(999), results.page(results.pages()));
    let second = results.matches[1];
    assert_eq!(neighbours(&results, second), (Some(results.matches[0]), Some(results.matches[2])));
    let tfvv = dataset.project("twents-fonds-voor-vakmanschap").unwrap();
    let others = related(&dataset, &index, tfvv, 6);
    assert!(!others.is_empty() && others.len() <= 6);
    assert!(others.iter().all(|p| p.action_lines.contains(&"arbeidsmarkt-talent".to_string()) && p.id != tfvv.id));
    let names: Vec<String> = others.iter().map(|p| investeren_in_twente::core::fold::fold(&p.name)).collect();
    assert!(names.windows(2).all(|w| w[0] <= w[1]), "by name: {names:?}");
}

fn arbitrary_query() -> impl Strategy<Value = Query> {
    let facet = prop::sample::select(Facet::ALL.to_vec());
    let value = "[a-z0-9 &=%#?ëß/-]{1,12}";
    let filters = prop::collection::vec((facet, value, any::<bool>()), 0..6);
    let sort = (prop::sample::select(SortKey::ALL.to_vec()), any::<bool>());
    let settings = (
        any::<bool>(),
        prop::collection::btree_set(prop::sample::select(Facet::ALL.to_vec()), 0..3),
        prop::option::of(prop::sample::select(vec![
            Theme::Light,
            Theme::Dark,
            Theme::Sober,
            Theme::HighContrast,
            Theme::Own,
        ])),
        prop::option::of("[a-z/:.?=&]{1,30}"),
        prop::option::of(prop::sample::select(Lang::ALL.to_vec())),
        any::<bool>(),
    )
        .prop_map(|(embed, locked, theme, data, lang, links_top)| Settings {
            embed,
            locked,
            links_top,
            theme,
            data,
            lang,
        });
    ("[ -~ëßĲ]{0,30}", filters, sort, 1usize..50, settings).prop_map(
        |(text, filters, (key, descending), page, settings)| {
            let mut q = Query { settings, ..Query::default() }.with_text(&text);
            for (facet, value, exclude) in filters {
                let state = if exclude { FilterState::Excluded } else { FilterState::Included };
                q = q.with_filter(facet, value.trim(), state);
            }
            q.with_sort(Sort { key, descending }).with_page(page)
        },
    )
}

proptest! {
    /// URL -> query -> URL gives the same URL, whatever the state.
    #[test]
    fn url_query_url_is_stable(query in arbitrary_query(), project in prop::option::of("[a-z0-9-]{1,20}")) {
        let location = match project {
            Some(id) => Location::project(&id, query),
            None => Location::projects(query),
        };
        let href = location.href();
        let reread = Location::parse(&href);
        prop_assert_eq!(reread.href(), href);
    }

    /// Any query string at all parses without panicking, and re-serialises stably.
    #[test]
    fn any_query_string_is_read_without_panic(search in ".{0,200}") {
        let href = Location::parse(&search).href();
        prop_assert_eq!(Location::parse(&href).href(), href);
    }
}

#[test]
fn locked_facets_keep_their_filters_through_clearing_and_are_never_suggested_for_removal() {
    let dataset = bundled();
    let index = SearchIndex::build(&dataset);
    let base =
        Location::parse("?view=projects&municipality=enschede&lock=municipality&q=xyzzy&embed=1&links=top").query;
    assert!(base.settings.embed && base.is_locked(Facet::Municipality) && base.settings.links_top);
    // The frame's settings travel with its links, and leave them for the full explorer.
    assert!(Location::new(View::Project("x".into()), base.clone()).href().contains("links=top"));
    assert!(!Location::new(View::Projects, base.unframed()).href().contains("links="));
    let cleared = base.cleared();
    assert_eq!(cleared.include.get(&Facet::Municipality).map(|v| v.len()), Some(1));
    assert!(cleared.text.is_empty() && cleared.settings.embed);
    let unchanged = base.with_filter(Facet::Municipality, "enschede", FilterState::Off);
    assert_eq!(unchanged.include, base.include);
    let options = relaxations(&index, &base);
    assert!(options.iter().all(|(r, _)| *r == ActiveFilter::Text), "{options:?}");
    assert!(!base.unframed().settings.embed && base.unframed().settings.locked.is_empty());
}

#[cfg(feature = "dev-tools")]
#[test]
fn the_incremental_searcher_always_equals_a_fresh_run() {
    let dataset = investeren_in_twente::synthetic::generate(3_000, 7);
    let index = SearchIndex::build(&dataset);
    let mut searcher = investeren_in_twente::core::explore::Searcher::default();
    let base = query().with_filter(Facet::Programme, "rdt", FilterState::Included);
    let steps = [
        "t",
        "tw",
        "twe",
        "twen",
        "twents",
        "twents ",
        "twents d",
        "twents da",
        "twents d",
        "twents",
        "tw",
        "",
        "münster",
        "munster",
        // Back and forth beyond what the searcher remembers (8 searches and their counts).
        "twents dat",
        "twents da",
        "twents d",
        "twents ",
        "twentstwents",
        "twentstwe",
        "twentstwents",
        "data",
        "dat",
        "da",
        "d",
        "da",
        "twents",
        "twents da",
    ];
    for text in steps {
        for q in
            [base.with_text(text), base.with_text(text).with_filter(Facet::Status, "closed", FilterState::Excluded)]
        {
            assert_eq!(searcher.run(&index, &q), run(&index, &q), "after typing {text:?}");
        }
    }
}

#[test]
fn url_names_of_facets_sorts_themes_and_languages_stay_as_published() {
    let facets: Vec<&str> = Facet::ALL.iter().map(|f| f.key()).collect();
    assert_eq!(facets, ["programme", "line", "status", "kind", "municipality", "crossborder", "partner"]);
    assert!(Facet::ALL.iter().all(|&f| Facet::from_key(f.key()) == Some(f)));
    let sorts: Vec<String> =
        SortKey::ALL.iter().map(|&key| Sort { key, descending: key == SortKey::Amount }.to_param()).collect();
    assert_eq!(sorts, ["relevance", "name", "programme", "status", "start", "-amount"]);
    let themes: Vec<&str> = Theme::ALL.iter().map(|t| t.key()).collect();
    // `own` since 2026-12-05 (docs/embedding.md, "Changes to embedding").
    assert_eq!(themes, ["auto", "light", "dark", "sober", "high-contrast", "own"]);
    assert_eq!(Lang::ALL.iter().map(|l| l.tag()).collect::<Vec<_>>(), ["nl", "en", "de"]);
    assert_eq!(Lang::from_tag("de-DE"), Some(Lang::De));
}

#[test]
fn word_forms_find_what_the_base_form_finds_and_the_best_match_comes_first() {
    let dataset = bundled();
    let index = SearchIndex::build(&dataset);
    let ids = |text: &str| -> Vec<String> {
        let mut ids: Vec<String> = run(&index, &query().with_text(text))
            .matches
            .iter()
            .map(|&p| dataset.projects[p as usize].id.clone())
            .collect();
        ids.sort();
        ids
    };
    for (form, base) in [
        ("fondsen", "fonds"),
        ("talenten", "talent"),
        ("innovatief", "innovatie"),
        ("technisch", "techniek"),
        ("vakmanshap", "vakmanschap"),
        ("werkgelegenheid", "banen"),
    ] {
        let (found, expected) = (ids(form), ids(base));
        assert!(
            !expected.is_empty() && expected.iter().all(|id| found.contains(id)),
            "{form:?} finds {found:?}, {base:?} {expected:?}"
        );
    }
    // A word in the name outranks the same word in descriptions.
    let fonds = run(&index, &query().with_text("fonds"));
    assert_eq!(names(&dataset, &fonds.matches)[0], "Twents Fonds voor Vakmanschap");
}

#[test]
fn with_search_text_the_order_is_relevance_unless_the_reader_chose_another() {
    let typed = query().with_text("fonds");
    assert_eq!(typed.sort.key, SortKey::Relevance);
    assert_eq!(Location::projects(typed.clone()).href(), "nl/projects/?q=fonds", "the default is not written");
    assert_eq!(typed.with_text("").sort, Sort::default(), "without text the name again");
    let by_name = typed.with_sort(Sort { key: SortKey::Name, descending: false });
    assert_eq!(Location::projects(by_name.clone()).href(), "nl/projects/?q=fonds&sort=name");
    assert_eq!(Location::parse("nl/projects/?q=fonds&sort=name").query.sort.key, SortKey::Name);
    assert_eq!(by_name.with_text("fondsen").sort.key, SortKey::Name, "a chosen order stays while typing");
    assert_eq!(Location::parse("nl/projects/?q=fonds").query.sort.key, SortKey::Relevance);
    assert_eq!(Location::parse("nl/projects/").query.sort.key, SortKey::Name);
    assert_eq!(typed.cleared().sort, Sort::default());
}

#[test]
fn a_typing_error_falls_back_to_the_closest_words_and_says_which() {
    let dataset = bundled();
    let index = SearchIndex::build(&dataset);
    let typo = run(&index, &query().with_text("vakmanshap"));
    assert_eq!(names(&dataset, &typo.matches)[0], "Twents Fonds voor Vakmanschap");
    assert_eq!(typo.search.corrections, vec![("vakmanshap".to_string(), "vakmanschap".to_string())]);
    assert_eq!(typo.search.corrected("Vakmanshap"), "vakmanschap");
    let exact = run(&index, &query().with_text("vakmanschap"));
    assert!(exact.search.corrections.is_empty(), "no correction when the word is found as typed");
    assert!(run(&index, &query().with_text("bouq")).matches.is_empty(), "four letters are not corrected");
}

#[test]
fn a_result_says_in_which_field_it_matched() {
    use investeren_in_twente::core::index::Field;
    let dataset = bundled();
    let index = SearchIndex::build(&dataset);
    let results = run(&index, &query().with_text("rabobank"));
    let position = results.matches[0];
    assert_eq!(dataset.projects[position as usize].id, "mineral-valley-twente");
    assert_eq!(results.search.found_in(&index, position), vec![Field::Organisation]);
    let named = run(&index, &query().with_text("mineral valley"));
    assert!(named.search.found_in(&index, named.matches[0]).is_empty(), "a match in the name needs no note");
}
