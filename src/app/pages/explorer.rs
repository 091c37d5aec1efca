//! The explorer: search field, facets, active filters, sort, and the results.

use crate::core::text::fill;
use leptos::ev;
use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::app::components::active_filters::ActiveFilters;
use crate::app::components::facets::FacetPanel;
use crate::app::components::result_list::ResultList;
use crate::app::hydration::Later;
use crate::app::i18n::*;
use crate::app::labels;
use crate::app::runtime::IN_BROWSER;
use crate::app::state::AppState;
use crate::app::url::UrlState;
use crate::core::query::{Sort, SortKey};
use crate::core::route::Location;

/// The explorer page.
#[component]
pub fn Explorer() -> impl IntoView {
    let loc = locale();
    let state = AppState::get();
    let url = UrlState::get();
    let search = NodeRef::<html::Input>::new();

    // The URL decides the field's text; only write it when it differs (back, forward, "clear all"),
    // so typing is never disturbed. Not before the app runs: until then the field has what the
    // reader typed, which boot.js hands over first.
    Effect::new(move |_| {
        if !crate::app::runtime::running() {
            return;
        }
        let text = url.query.with(|q| q.text.clone());
        if let Some(input) = search.get() {
            if input.value() != text {
                input.set_value(&text);
            }
        }
    });
    let on_input = move |ev: ev::Event| {
        let text = event_target_value(&ev);
        url.type_text(Location::projects(url.query.get_untracked().with_text(&text)));
    };
    let on_keydown = move |ev: ev::KeyboardEvent| {
        if ev.key() == "Escape" && !url.query.with_untracked(|q| q.text.is_empty()) {
            ev.prevent_default();
            url.type_text(Location::projects(url.query.get_untracked().with_text("")));
        }
    };
    // "/" anywhere (outside a form field) jumps to the search field.
    if IN_BROWSER {
        listen_for_search_shortcut(search);
    }

    let initial_text = url.query.with_untracked(|q| q.text.clone());
    let count = Memo::new(move |_| state.results.with(|r| r.matches.len()));

    view! {
        <div class="explorer-page">
            <h1 tabindex="-1">{td_string!(loc, explorer.heading)}</h1>
            <p class="intro">{td_string!(loc, explorer.intro)}</p>
            // A real form: before the app runs, or where it cannot, Enter opens the explorer with the
            // text in its address (`?q=`), which the app applies once it runs; once it runs, the app
            // answers in place.
            <form role="search" class="search" method="get" on:submit=move |ev: ev::SubmitEvent| {
                ev.prevent_default();
                url.write_typed();
            }>
                <label for="search-input" class="search__label">{td_string!(loc, explorer.search_label)}</label>
                <input id="search-input" name="q" type="search" class="search__input" node_ref=search
                    value=initial_text autocomplete="off" spellcheck="false"
                    aria-describedby="search-hint" on:input=on_input on:keydown=on_keydown
                    on:blur=move |_| url.write_typed() />
                // The keyboard tip is hidden on touch screens (style/app.css), which have no "/" key.
                <p id="search-hint" class="hint">
                    {td_string!(loc, explorer.search_hint)} " "
                    <span class="hint__keys">{td_string!(loc, explorer.search_tip)}</span>
                </p>
            </form>
            <div class="explorer">
                <FacetPanel />
                // `data-updates`: while the reader has changed a control the app has not applied yet,
                // boot.js marks this busy and style/app.css shows the line below (contract::UPDATES).
                <section class="results" aria-labelledby="results-heading" data-updates="">
                    <h2 id="results-heading" class="visually-hidden">{td_string!(loc, explorer.results)}</h2>
                    // Announced as they show (style/app.css shows one where it applies).
                    <div role="status">
                        <p class="results__updating">{td_string!(loc, explorer.updating)}</p>
                        <p class="results__unfiltered">{td_string!(loc, explorer.unfiltered)}</p>
                    </div>
                    <div class="results-bar">
                        <p class="results-count" role="status" data-testid="result-count">
                            {move || fill(td_string!(loc, explorer.results_count), &[("count", &count.get().to_string())])}
                        </p>
                        <SortMenu />
                    </div>
                    <ActiveFilters />
                    <Later><ResultList /></Later>
                </section>
            </div>
            {crate::app::pages::glossary::terms_note(&url.query.get_untracked(), &["rdt-avt", "penvoerder"])}
        </div>
    }
}

#[component]
fn SortMenu() -> impl IntoView {
    let loc = locale();
    let url = UrlState::get();
    let current = Memo::new(move |_| url.query.with(|q| q.sort));
    let on_change = move |ev: ev::Event| {
        let param = event_target_value(&ev);
        if let Some(sort) = Sort::from_param(&param) {
            url.go(&Location::projects(url.query.get_untracked().with_sort(sort)), false, false);
        }
    };
    view! {
        <div class="sort">
            <label for="sort-select">{td_string!(loc, explorer.sort_label)}</label>
            <select id="sort-select" on:change=on_change>
                {labels::sort_options(loc).into_iter().map(|(sort, label)| {
                    // Relevance orders nothing without search text: offered only with some.
                    let pointless = move || sort.key == SortKey::Relevance && url.query.with(|q| q.text.trim().is_empty());
                    view! { <option value=sort.to_param() selected=move || current.get() == sort hidden=pointless>{label}</option> }
                }).collect_view()}
            </select>
        </div>
    }
}

/// "/" anywhere outside a form field moves focus to the search field.
fn listen_for_search_shortcut(search: NodeRef<html::Input>) {
    let shortcut = window_event_listener(ev::keydown, move |ev| {
        if ev.key() != "/" || ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
            return;
        }
        let typing = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .is_some_and(|el| matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"));
        if !typing {
            if let Some(input) = search.get_untracked() {
                ev.prevent_default();
                let _ = input.focus();
            }
        }
    });
    on_cleanup(move || shortcut.remove());
}
