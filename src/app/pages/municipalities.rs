//! The 14 municipalities: a schematic tile map with the number of projects in each (following the
//! filters), an accessible list with the same numbers, and a page per municipality.

use std::sync::Arc;

use leptos::prelude::*;

use crate::app::components::chart::Chart;
use crate::app::components::filter_note::FilterNote;
use crate::app::i18n::*;
use crate::app::state::AppState;
use crate::app::url::UrlState;
use crate::core::charts::page_charts::PageChart;
use crate::core::charts::tiles::{render, Tile, TileMap};
use crate::core::format;
use crate::core::query::{Facet, FilterState, UNKNOWN};
use crate::core::route::{Location, View};

/// The municipalities page.
#[component]
pub fn Municipalities() -> impl IntoView {
    let loc = locale();
    let state = AppState::get();
    let url = UrlState::get();
    view! {
        <div class="municipalities">
            <h1 tabindex="-1">{td_string!(loc, municipalities.heading)}</h1>
            <p class="intro">{td_string!(loc, municipalities.intro)}</p>
            <FilterNote />
            {move || map_and_list(&state, &url)}
        </div>
    }
}

fn tiles(state: &AppState, url: &UrlState) -> Vec<Tile> {
    let loc = locale();
    let lang = loc.lang();
    let loaded = state.loaded();
    let query = url.query.get();
    state.results.with(|r| {
        loaded
            .dataset
            .municipalities
            .iter()
            .map(|m| {
                let count = r.count(&loaded.index, Facet::Municipality, &m.id);
                let href =
                    Location::projects(query.with_filter(Facet::Municipality, &m.id, FilterState::Included)).href();
                Tile {
                    id: m.id.clone(),
                    name: m.name.clone(),
                    count,
                    count_label: format::integer(count as i64, lang),
                    href,
                    link_label: td_string!(loc, municipalities.tile_link, name = m.name.as_str(), count = count),
                }
            })
            .collect()
    })
}

fn map_and_list(state: &AppState, url: &UrlState) -> AnyView {
    let loc = locale();
    let loaded = state.loaded();
    let query = url.query.get();
    let tiles = tiles(state, url);
    let without = state.results.with(|r| r.count(&loaded.index, Facet::Municipality, UNKNOWN));
    let most = tiles.iter().max_by_key(|t| t.count).filter(|t| t.count > 0);
    let summary = match most {
        Some(t) => td_string!(loc, municipalities.summary, name = t.name.as_str(), count = t.count, without = without),
        None => td_string!(loc, chart.no_data).to_string(),
    };
    let title = crate::app::labels::chart_title(loc, &loaded.dataset, &PageChart::Municipalities);
    let list = tiles
        .iter()
        .map(|t| {
            let page = Location::new(View::Municipality(t.id.clone()), query.clone()).href();
            view! {
                <li>
                    <a href=t.href.clone()>{t.name.clone()}</a> ": " <span class="count">{t.count_label.clone()}</span>
                    " · " <a href=page class="muted">{td_string!(loc, municipalities.page_link)}</a>
                </li>
            }
        })
        .collect_view();
    let map = TileMap { title: title.clone(), tiles };
    view! {
        <div class="tile-layout">
            <Chart title summary draw=Arc::new(move |w| render(&map, w)) file_name=PageChart::Municipalities.name() level=2 />
            <section class="tile-list" aria-labelledby="tile-list-title">
                <h2 id="tile-list-title">{td_string!(loc, municipalities.list_title)}</h2>
                <ul class="plain" data-testid="municipality-list">{list}</ul>
                <p class="note">{td_string!(loc, municipalities.without, count = without)}</p>
            </section>
        </div>
    }
    .into_any()
}

/// One municipality's page: its projects, with the explorer one click away.
#[component]
pub fn MunicipalityPage(id: String) -> impl IntoView {
    let loc = locale();
    let state = AppState::get();
    let url = UrlState::get();
    let loaded = state.loaded();
    let query = url.query.get_untracked();
    let Some(municipality) = loaded.dataset.municipality(&id).cloned() else {
        return view! {
            <section class="not-found">
                <h1 tabindex="-1">{td_string!(loc, municipalities.not_found)}</h1>
                <p><a href=Location::new(View::Municipalities, query).href()>{td_string!(loc, municipalities.heading)}</a></p>
            </section>
        }
        .into_any();
    };
    let projects: Vec<_> =
        loaded.dataset.projects.iter().filter(|p| p.municipalities.contains(&municipality.id)).collect();
    let items = projects
        .iter()
        .map(|p| view! { <li><a href=Location::project(&p.id, query.clone()).href()>{p.name.clone()}</a></li> })
        .collect_view();
    let explorer =
        Location::projects(query.cleared().with_filter(Facet::Municipality, &municipality.id, FilterState::Included))
            .href();
    view! {
        <article class="municipality">
            <p class="back"><a href=Location::new(View::Municipalities, query.clone()).href()>{td_string!(loc, municipalities.heading)}</a></p>
            <h1 tabindex="-1">{municipality.name.clone()}</h1>
            <p>{td_string!(loc, municipalities.page_intro, count = projects.len(), name = municipality.name.as_str())}</p>
            <ul class="columns">{items}</ul>
            <p><a href=explorer>{td_string!(loc, municipalities.to_explorer)}</a></p>
            <p class="note">{td_string!(loc, municipalities.region_wide_note)}</p>
        </article>
    }
    .into_any()
}
