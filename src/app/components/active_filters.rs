//! The active filters as removable chips, and "clear all".

use leptos::prelude::*;

use crate::app::i18n::*;
use crate::app::labels;
use crate::app::state::AppState;
use crate::core::explore::Relaxation;
use crate::core::query::Query;
use crate::core::route::Location;

/// Describes an active filter in words: `Programma: Regio Deal Twente`, `niet Status: Loopt`,
/// `zoektekst "fonds"`.
pub fn describe(state: &AppState, locale: Locale, relaxation: &Relaxation, query: &Query) -> String {
    match relaxation {
        Relaxation::Text => td_string!(locale, explorer.search_chip, text = query.text.trim()).to_string(),
        Relaxation::Include(facet, value) | Relaxation::Exclude(facet, value) => {
            let name = labels::facet_name(locale, *facet);
            let value = labels::facet_value(&state.loaded().dataset, locale, *facet, value);
            match relaxation {
                Relaxation::Exclude(..) => format!("{} {name}: {value}", td_string!(locale, explorer.not_prefix)),
                _ => format!("{name}: {value}"),
            }
        }
    }
}

/// Every active filter of a query, in the order of the facets.
pub fn active(query: &Query) -> Vec<Relaxation> {
    let mut out = Vec::new();
    if !query.text.trim().is_empty() {
        out.push(Relaxation::Text);
    }
    for (facet, values) in &query.include {
        out.extend(values.iter().map(|v| Relaxation::Include(*facet, v.clone())));
    }
    for (facet, values) in &query.exclude {
        out.extend(values.iter().map(|v| Relaxation::Exclude(*facet, v.clone())));
    }
    out
}

/// The chips of the active filters; each removes its filter, "clear all" removes every one.
#[component]
pub fn ActiveFilters() -> impl IntoView {
    let loc = crate::app::locale();
    let state = AppState::get();
    // Each chip with its words; keyed by the words, so a changed search text makes a new chip.
    let filters = Memo::new(move |_| {
        state.query.with(|q| {
            active(q)
                .into_iter()
                .map(|r| {
                    let text = describe(&state, loc, &r, q);
                    (r, text)
                })
                .collect::<Vec<_>>()
        })
    });
    let remove = move |relaxation: &Relaxation| {
        let query = relaxation.apply(&state.query.get_untracked());
        state.go(&Location::projects(query), false, false);
    };
    let clear = move |_| state.go(&Location::projects(state.query.get_untracked().cleared()), false, false);
    let is_locked = move |relaxation: &Relaxation| match relaxation {
        Relaxation::Include(f, _) | Relaxation::Exclude(f, _) => state.query.with_untracked(|q| q.is_locked(*f)),
        Relaxation::Text => false,
    };
    // "Clear all" only where it can clear something: an embedding site's fixed filters stay.
    let removable = Memo::new(move |_| filters.with(|f| f.iter().any(|(r, _)| !is_locked(r))));
    view! {
        <Show when=move || !filters.with(Vec::is_empty)>
            <div class="active-filters" role="group" aria-label=td_string!(loc, explorer.active_filters)>
                <ul class="chips">
                    <For each=move || filters.get() key=|(_, text)| text.clone() let:((relaxation, text))>
                        {
                            let locked = is_locked(&relaxation);
                            let label = td_string!(loc, explorer.remove_filter, filter = text.as_str());
                            if locked {
                                view! {
                                    <li><span class="chip chip--locked">{text} " (" {td_string!(loc, embed.locked)} ")"</span></li>
                                }
                                .into_any()
                            } else {
                                view! {
                                    <li>
                                        <button type="button" class="chip" aria-label=label on:click=move |_| remove(&relaxation)>
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
