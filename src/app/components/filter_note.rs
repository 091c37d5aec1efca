//! Says when the charts of a page show only the projects that match the explorer's filters.

use crate::core::text::fill;
use leptos::prelude::*;

use crate::app::i18n::*;
use crate::app::state::AppState;
use crate::app::url::UrlState;
use crate::core::route::Location;

/// "The charts show 12 of the 47 projects: those matching your filters. Clear the filters."
#[component]
pub fn FilterNote() -> impl IntoView {
    let loc = locale();
    let state = AppState::get();
    let url = UrlState::get();
    let total = state.loaded().dataset.projects.len();
    move || {
        url.query.with(|q| q.has_filters()).then(|| {
            let shown = state.results.with(|r| r.matches.len());
            let cleared = Location::new(url.view(), url.query.with(|q| q.cleared())).href();
            view! {
                <p class="filter-note" role="note">
                    {fill(td_string!(loc, chart.filtered), &[("count", &shown.to_string()), ("total", &total.to_string())])} " "
                    <a href=cleared>{td_string!(loc, explorer.clear_all)}</a>
                </p>
            }
        })
    }
}
