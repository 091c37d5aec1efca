//! The 14 municipalities: a schematic tile map with the number of projects in each (following the
//! filters), an accessible list with the same numbers, and a page per municipality.

use std::sync::Arc;

use leptos::prelude::*;

use crate::app::components::chart::Chart;
use crate::app::components::filter_note::FilterNote;
use crate::app::components::money_answer::projects_money;
use crate::app::i18n::*;
use crate::app::state::AppState;
use crate::app::url::UrlState;
use crate::core::charts::page_charts::PageChart;
use crate::core::charts::tiles::{render, Tile, TileMap};
use crate::core::format;
use crate::core::model::Project;
use crate::core::places::{Places, Tie};
use crate::core::query::{Facet, FilterState, Query, UNKNOWN};
use crate::core::route::{Location, View};
use crate::core::text::fill;
use crate::core::text::first_sentence;

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
                    link_label: fill(
                        td_string!(loc, municipalities.tile_link),
                        &[("name", m.name.as_str()), ("count", &count.to_string())],
                    ),
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
        Some(t) => fill(
            td_string!(loc, municipalities.summary),
            &[("name", t.name.as_str()), ("count", &t.count.to_string()), ("without", &without.to_string())],
        ),
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
                    " · " <a href=page class="muted" aria-label=fill(td_string!(loc, municipalities.page_link_name), &[("name", t.name.as_str())])>
                        {td_string!(loc, municipalities.page_link)}
                    </a>
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
                <p class="note">{fill(td_string!(loc, municipalities.without), &[("count", &without.to_string())])}</p>
            </section>
        </div>
    }
    .into_any()
}

/// One municipality's page: every project that belongs to it (it takes place there, the
/// municipality's government takes part, or it is for all of Twente), each with its role, a line
/// of description and its money where known; the explorer's filter gives the same set.
#[component]
pub fn MunicipalityPage(id: String) -> impl IntoView {
    let loc = locale();
    let state = AppState::get();
    let url = UrlState::get();
    let loaded = state.loaded();
    let dataset = &loaded.dataset;
    let query = url.query.get_untracked();
    let Some(municipality) = dataset.municipality(&id).cloned() else {
        return view! {
            <section class="not-found">
                <h1 tabindex="-1">{td_string!(loc, municipalities.not_found)}</h1>
                <p><a href=Location::new(View::Municipalities, query).href()>{td_string!(loc, municipalities.heading)}</a></p>
            </section>
        }
        .into_any();
    };
    let places = Places::of(dataset);
    let tied: Vec<(&Project, Tie)> =
        dataset.projects.iter().filter_map(|p| Some((p, places.tie(p, &municipality.id)?))).collect();
    let name = municipality.name.as_str();
    let group = |heading: String, intro: Option<String>, wanted: fn(Tie) -> bool| {
        let items: Vec<AnyView> = tied
            .iter()
            .filter(|(_, tie)| wanted(*tie))
            .map(|(project, tie)| project_item(project, *tie, &query))
            .collect();
        (!items.is_empty()).then(|| {
            view! {
                <section class="municipality__group">
                    <h2>{heading}</h2>
                    {intro.map(|text| view! { <p>{text}</p> })}
                    <ul class="project-lines">{items}</ul>
                </section>
            }
        })
    };
    let located = group(fill(td_string!(loc, municipalities.located), &[("name", name)]), None, |t| t == Tie::Location);
    let government = group(fill(td_string!(loc, municipalities.government), &[("name", name)]), None, |t| {
        matches!(t, Tie::Government(_))
    });
    let region = group(
        td_string!(loc, municipalities.whole_region).to_string(),
        Some(fill(td_string!(loc, municipalities.whole_region_intro), &[("name", name)])),
        |t| t == Tie::WholeRegion,
    );
    let explorer =
        Location::projects(query.cleared().with_filter(Facet::Municipality, &municipality.id, FilterState::Included))
            .href();
    view! {
        <article class="municipality">
            <p class="back"><a href=Location::new(View::Municipalities, query.clone()).href()>{td_string!(loc, municipalities.heading)}</a></p>
            <h1 tabindex="-1">{municipality.name.clone()}</h1>
            <p>{fill(td_string!(loc, municipalities.page_intro), &[("count", &tied.len().to_string()), ("name", name)])}</p>
            {projects_money(tied.iter().map(|(p, _)| *p))}
            <p><a href=explorer>{td_string!(loc, municipalities.to_explorer)}</a></p>
            {located}
            {government}
            {region}
        </article>
    }
    .into_any()
}

/// A project in a municipality's list: its name, how the municipality takes part where its
/// government does, its first sentence and its money.
fn project_item(project: &Project, tie: Tie, query: &Query) -> AnyView {
    let loc = locale();
    let lang = loc.lang();
    let role = match tie {
        Tie::Government(role) => Some(format!(" ({})", crate::app::labels::role(loc, role))),
        _ => None,
    };
    let line = project.description.get(lang);
    let money = project
        .known_funding_total()
        .map_or_else(|| td_string!(loc, amount_unknown).to_string(), |eur| format::money(eur, lang));
    view! {
        <li>
            <a href=Location::project(&project.id, query.clone()).href()>{project.name.clone()}</a>
            {role}
            <span class="project-lines__text" lang=line.lang.tag()>{first_sentence(line.text).to_string()}</span>
            <span class="project-lines__money">{td_string!(loc, field.funding)} ": " {money}</span>
        </li>
    }
    .into_any()
}
