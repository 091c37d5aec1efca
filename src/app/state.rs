//! The state every view shares: the loaded dataset with its search index, and the current URL read
//! as a [`Location`]. The URL is the single source of truth; views change it through [`AppState::go`].

use std::collections::HashMap;
use std::rc::Rc;
use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;

use crate::core::explore::{Results, Searcher};
use crate::core::index::SearchIndex;
use crate::core::model::Dataset;
use crate::core::query::Query;
use crate::core::route::{Location, View};

/// A dataset that passed validation, with what the explorer precomputed for it.
pub struct Loaded {
    /// The dataset.
    pub dataset: Dataset,
    /// Its search index (folded texts, facet values, sort keys).
    pub index: SearchIndex,
    /// Position of each project in `dataset.projects`, by id.
    positions: HashMap<String, u32>,
}

impl Loaded {
    /// Indexes a validated dataset once, at load time, so keystrokes only scan.
    pub fn new(dataset: Dataset) -> Loaded {
        let index = SearchIndex::build(&dataset);
        let positions = dataset.projects.iter().enumerate().map(|(i, p)| (p.id.clone(), i as u32)).collect();
        Loaded { dataset, index, positions }
    }

    /// The position of a project in `dataset.projects`.
    pub fn position(&self, id: &str) -> Option<u32> {
        self.positions.get(id).copied()
    }
}

/// Shared, cheap-to-copy handles on the app's state.
#[derive(Clone, Copy)]
pub struct AppState {
    /// The loaded dataset and index.
    pub data: StoredValue<Arc<Loaded>>,
    /// The current URL as a location.
    pub location: Memo<Location>,
    /// The explorer state of the URL.
    pub query: Memo<Query>,
    /// The results of that state (computed when read).
    pub results: Memo<Arc<Results>>,
    /// The path of the page (`/gemeente/apps/twente/`), which query-string links keep.
    pathname: Memo<String>,
    navigate: StoredValue<Rc<dyn Fn(&str, NavigateOptions)>, LocalStorage>,
}

impl AppState {
    /// Creates the state for a loaded dataset and provides it to the views below.
    pub fn provide(loaded: Arc<Loaded>) -> AppState {
        let router_location = use_location();
        let location = Memo::new(move |_| Location::parse(&router_location.search.get()));
        let query = Memo::new(move |_| location.with(|l| l.query.clone()));
        let data = StoredValue::new(loaded);
        // One searcher per loaded dataset: typing on re-checks only the previous matches.
        let searcher = StoredValue::new(Searcher::default());
        let results = Memo::new(move |_| {
            let loaded = data.get_value();
            query.with(|q| searcher.try_update_value(|s| Arc::new(s.run(&loaded.index, q)))).unwrap_or_default()
        });
        let pathname = router_location.pathname;
        let navigate = use_navigate();
        let navigate: Rc<dyn Fn(&str, NavigateOptions)> = Rc::new(move |href, options| navigate(href, options));
        let navigate = StoredValue::new_local(navigate);
        let state = AppState { data, location, query, results, pathname, navigate };
        provide_context(state);
        state
    }

    /// The state provided by [`AppState::provide`].
    pub fn get() -> AppState {
        expect_context::<AppState>()
    }

    /// The dataset and index.
    pub fn loaded(&self) -> Arc<Loaded> {
        self.data.get_value()
    }

    /// The view of the URL, without the query (changes only when the reader changes view).
    pub fn view(&self) -> View {
        self.location.with(|l| l.view.clone())
    }

    /// Goes to a location. `replace` overwrites the current history entry (while typing) instead of
    /// adding one; the page keeps its scroll position unless `to_top`.
    pub fn go(&self, to: &Location, replace: bool, to_top: bool) {
        let href = format!("{}{}", self.pathname.get_untracked(), to.href());
        let options = NavigateOptions { resolve: false, replace, scroll: to_top, ..Default::default() };
        self.navigate.with_value(|navigate| navigate(&href, options));
    }
}
