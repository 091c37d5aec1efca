//! The facet filters: native checkboxes with live counts, and a "not" toggle per value.

use crate::core::text::fill;
use leptos::prelude::*;

use crate::app::components::disclosure::Fold;
use crate::app::hydration::Later;
use crate::app::i18n::*;
use crate::app::labels;
use crate::app::runtime::running;
use crate::app::state::AppState;
use crate::app::url::UrlState;
use crate::core::facets::{ordered_values, TOP_VALUES};
use crate::core::query::{Facet, FilterState};
use crate::core::route::Location;

/// Every facet as a group of checkboxes. On a narrow screen the groups fold behind a toggle, so a
/// phone shows the results right after the search field instead of after a long column of
/// checkboxes; the chosen filters stay visible above the results.
#[component]
pub fn FacetPanel() -> impl IntoView {
    let loc = locale();
    view! {
        <aside class="facets" aria-labelledby="filters-heading">
            <h2 id="filters-heading">{td_string!(loc, explorer.filters)}</h2>
            <Fold part="facets" label=td_string!(loc, explorer.filters_toggle).to_string()>
                <div id="facet-groups" class="facets__groups">
                    {Facet::ALL.iter().copied().map(|facet| view! { <Later><FacetGroup facet /></Later> }).collect_view()}
                </div>
            </Fold>
        </aside>
    }
}

#[component]
fn FacetGroup(facet: Facet) -> impl IntoView {
    let loc = locale();
    let state = AppState::get();
    let url = UrlState::get();
    if url.query.with_untracked(|q| q.is_locked(facet)) {
        return locked_group(facet).into_any();
    }
    let values = Memo::new(move |_| {
        let loaded = state.loaded();
        state.results.with(|results| ordered_values(&loaded.dataset, &loaded.index, results, facet))
    });
    let expanded = RwSignal::new(false);
    let limited = facet == Facet::Partner;
    let shown = move || {
        values.with(|values| {
            let keep = if limited && !expanded.get() { TOP_VALUES } else { values.len() };
            values.iter().take(keep).map(|v| v.value.clone()).collect::<Vec<_>>()
        })
    };
    let total = move || values.with(Vec::len);
    let legend_id = format!("facet-{}", facet.key());
    view! {
        <fieldset class="facet">
            <legend id=legend_id>{labels::facet_name(loc, facet)}</legend>
            <ul class="facet__values">
                <For each=shown key=|value| value.clone() let:value>
                    <FacetRow facet value />
                </For>
            </ul>
            {move || (limited && total() > TOP_VALUES).then(|| view! {
                <button type="button" class="link-button" aria-expanded=move || expanded.get().to_string()
                    on:click=move |_| expanded.update(|e| *e = !*e)>
                    {move || if expanded.get() {
                        td_string!(loc, explorer.show_less).to_string()
                    } else {
                        fill(td_string!(loc, explorer.show_more), &[("count", &total().to_string())])
                    }}
                </button>
            })}
        </fieldset>
    }
    .into_any()
}

/// A facet the embedding site fixed: its chosen values as text, no controls.
fn locked_group(facet: Facet) -> impl IntoView {
    let loc = locale();
    let state = AppState::get();
    let url = UrlState::get();
    let loaded = state.loaded();
    let values: Vec<String> = url.query.with_untracked(|q| {
        let mut values = Vec::new();
        for (map, not) in [(&q.include, false), (&q.exclude, true)] {
            for v in map.get(&facet).into_iter().flatten() {
                let name = labels::facet_value(&loaded.dataset, loc, facet, v);
                values.push(if not { format!("{} {name}", td_string!(loc, explorer.not_prefix)) } else { name });
            }
        }
        values
    });
    view! {
        <fieldset class="facet facet--locked">
            <legend>{labels::facet_name(loc, facet)}</legend>
            <p class="facet__locked">{values.join(", ")} " (" {td_string!(loc, embed.locked)} ")"</p>
        </fieldset>
    }
}

/// Ids of form controls must be unique and tame; values can hold anything, so rows are numbered.
fn control_id(facet: Facet, value: &str) -> String {
    let mut hash: u32 = 2166136261;
    for b in value.bytes() {
        hash = (hash ^ b as u32).wrapping_mul(16777619);
    }
    format!("f-{}-{hash:08x}", facet.key())
}

#[component]
fn FacetRow(facet: Facet, value: String) -> impl IntoView {
    let loc = locale();
    let state = AppState::get();
    let url = UrlState::get();
    let id = control_id(facet, &value);
    let count = {
        let value = value.clone();
        Memo::new(move |_| {
            let loaded = state.loaded();
            state.results.with(|r| r.count(&loaded.index, facet, &value))
        })
    };
    let filter = {
        let value = value.clone();
        Memo::new(move |_| url.query.with(|q| q.state_of(facet, &value)))
    };
    let label = labels::facet_value(&state.loaded().dataset, loc, facet, &value);
    let exclude_label = fill(td_string!(loc, explorer.exclude_label), &[("value", label.as_str())]);
    let set = {
        let value = value.clone();
        move |next: FilterState| {
            let query = url.query.get_untracked().with_filter(facet, &value, next);
            url.go(&Location::projects(query), false, false);
        }
    };
    // The box's own state decides, not a toggle of the app's: a box ticked before the app ran is
    // handed over as this same event once it runs (boot.js), and must not flip a second time.
    let on_change = {
        let set = set.clone();
        move |ev: leptos::ev::Event| {
            let ticked = event_target_checked(&ev);
            if ticked != (filter.get_untracked() == FilterState::Included) {
                set(if ticked { FilterState::Included } else { FilterState::Off })
            }
        }
    };
    let on_exclude = move |_| {
        set(if filter.get_untracked() == FilterState::Excluded { FilterState::Off } else { FilterState::Excluded })
    };
    let idle = move || count.get() == 0 && filter.get() == FilterState::Off;
    view! {
        <li class="facet-value" class:facet-value--excluded=move || filter.get() == FilterState::Excluded
            class:facet-value--empty=idle>
            <input type="checkbox" id=id.clone()
                // Not while the app attaches to the page: the box keeps what the reader did to it.
                prop:checked=move || running().then(|| filter.get() == FilterState::Included)
                disabled=idle
                on:change=on_change />
            <label for=id>
                <span class="facet-value__name">{label}</span>
                " "
                <span class="facet-value__count">{move || count.get()}</span>
            </label>
            <button type="button" class="exclude"
                aria-pressed=move || (filter.get() == FilterState::Excluded).to_string()
                aria-label=exclude_label
                disabled=idle
                on:click=on_exclude>
                {td_string!(loc, explorer.exclude)}
            </button>
        </li>
    }
}
