//! The loaded dataset with its search index, and the explorer's results for the current URL.

use std::collections::HashMap;
use std::sync::Arc;

use leptos::prelude::*;

use crate::app::i18n::Locale;
use crate::app::labels;
use crate::app::url::UrlState;
use crate::core::explore::{Results, Searcher};
use crate::core::index::SearchIndex;
use crate::core::model::Dataset;

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
        let kinds =
            |kind| [Locale::nl, Locale::en, Locale::de].map(|loc| labels::organisation_kind(loc, kind)).to_vec();
        let mut index = SearchIndex::build_with_kinds(&dataset, &kinds);
        index.add_terms(crate::app::pages::glossary::searchable_terms());
        let positions = dataset.projects.iter().enumerate().map(|(i, p)| (p.id.clone(), i as u32)).collect();
        Loaded { dataset, index, positions }
    }

    /// The position of a project in `dataset.projects`.
    pub fn position(&self, id: &str) -> Option<u32> {
        self.positions.get(id).copied()
    }
}

/// Shared, cheap-to-copy handles on the dataset and the results of the URL's query.
#[derive(Clone, Copy)]
pub struct AppState {
    /// The loaded dataset and index.
    pub data: StoredValue<Arc<Loaded>>,
    /// The results of the URL's query (computed when read).
    pub results: Memo<Arc<Results>>,
}

impl AppState {
    /// Creates the state for a loaded dataset and provides it to the views below.
    pub fn provide(loaded: Arc<Loaded>) -> AppState {
        let query = UrlState::get().query;
        let data = StoredValue::new(loaded);
        // One searcher per loaded dataset: typing on re-checks only the previous matches.
        let searcher = StoredValue::new(Searcher::default());
        let results = Memo::new(move |_| {
            let loaded = data.get_value();
            query.with(|q| searcher.try_update_value(|s| Arc::new(s.run(&loaded.index, q)))).unwrap_or_default()
        });
        let state = AppState { data, results };
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
}
