//! The active filters as removable chips, and "clear all".

use crate::core::text::fill;
use leptos::prelude::*;

use crate::app::i18n::*;
use crate::app::labels;
use crate::app::state::AppState;
use crate::app::url::UrlState;
use crate::core::model::Dataset;
use crate::core::query::{ActiveFilter, Query};
use crate::core::route::Location;

/// Describes an active filter in words: `Programma: Regio Deal Twente`, `niet Status: Loopt`,
/// `zoektekst "fonds"`.
pub fn describe(dataset: &Dataset, locale: Locale, filter: &ActiveFilter, query: &Query) -> String {
    match filter {
        ActiveFilter::Text => {
            fill(td_string!(locale, explorer.search_chip), &[("text", query.text.trim())]).to_string()
        }
        ActiveFilter::Include(facet, value) | ActiveFilter::Exclude(facet, value) => {
            let name = labels::facet_name(locale, *facet);
            let value = labels::facet_value(dataset, locale, *facet, value);
            match filter {
                ActiveFilter::Exclude(..) => format!("{} {name}: {value}", td_string!(locale, explorer.not_prefix)),
                _ => format!("{name}: {value}"),
            }
        }
    }
}

/// The chips of the active filters; each removes its filter, "clear all" removes every one.
#[component]
pub fn ActiveFilters() -> impl IntoView {
    let loc = locale();
    let state = AppState::get();
    let url = UrlState::get();
    // Each chip with its words; keyed by the words, so a changed search text makes a new chip.
    let filters = Memo::new(move |_| {
        let loaded = state.loaded();
        url.query.with(|q| {
            q.active_filters()
                .into_iter()
                .map(|filter| {
                    let text = describe(&loaded.dataset, loc, &filter, q);
                    (filter, text)
                })
                .collect::<Vec<_>>()
        })
    });
    // The removed chip's button goes with it: focus moves to the first chip left, else to the search
    // field, where the filters start (WCAG 2.4.3).
    let remove = move |filter: &ActiveFilter| {
        let query = filter.removed_from(&url.query.get_untracked());
        url.go(&Location::projects(query), false, false);
        crate::app::focus::after_render(&[".active-filters .chips button", "#search-input"]);
    };
    let clear = move |_| {
        url.go(&Location::projects(url.query.get_untracked().cleared()), false, false);
        crate::app::focus::after_render(&["#search-input"]);
    };
    let is_locked = move |filter: &ActiveFilter| url.query.with_untracked(|q| filter.is_locked(q));
    // "Clear all" only where it can clear something: an embedding site's fixed filters stay.
    let removable = Memo::new(move |_| filters.with(|f| f.iter().any(|(r, _)| !is_locked(r))));
    view! {
        <Show when=move || !filters.with(Vec::is_empty)>
            <div class="active-filters" role="group" aria-label=td_string!(loc, explorer.active_filters)>
                <ul class="chips">
                    <For each=move || filters.get() key=|(_, text)| text.clone() let:((filter, text))>
                        {
                            let locked = is_locked(&filter);
                            let label = fill(td_string!(loc, explorer.remove_filter), &[("filter", text.as_str())]);
                            if locked {
                                view! {
                                    <li><span class="chip chip--locked">{text} " (" {td_string!(loc, embed.locked)} ")"</span></li>
                                }
                                .into_any()
                            } else {
                                view! {
                                    <li>
                                        <button type="button" class="chip" aria-label=label on:click=move |_| remove(&filter)>
                                            <span>{text}</span>
                                            <span class="chip__remove" aria-hidden="true">"×"</span>
                                        </button>
                                    </li>
                                }
                                .into_any()
                            }
                        }
                    </For>
                </ul>
                <Show when=move || removable.get()>
                    <button type="button" class="link-button" on:click=clear>{td_string!(loc, explorer.clear_all)}</button>
                </Show>
            </div>
        </Show>
    }
}
