//! One page of results, with highlighted matches, paging, and the empty state.

use crate::core::text::fill;
use leptos::prelude::*;

use crate::app::components::active_filters::describe;
use crate::app::components::highlight::highlighted;
use crate::app::i18n::*;
use crate::app::labels;
use crate::app::state::AppState;
use crate::app::url::UrlState;
use crate::core::explore::{relaxations, PAGE_SIZE};
use crate::core::fold::excerpt;
use crate::core::index::records::RecordKind;
use crate::core::route::{Location, View};

/// The longest description excerpt in a result row, in characters.
const EXCERPT_CHARS: usize = 220;

/// The results of the current page, or the empty state.
#[component]
pub fn ResultList() -> impl IntoView {
    let state = AppState::get();
    let url = UrlState::get();
    let rows = Memo::new(move |_| {
        let page = url.query.with(|q| q.page);
        state.results.with(|r| r.page(page).to_vec())
    });
    let empty = Memo::new(move |_| state.results.with(|r| r.matches.is_empty()));
    // The word forms the search found, for marking them: once per search, not once per row.
    let search_words = Memo::new(move |_| state.results.with(|r| r.search.forms()));
    // Without script the pre-rendered explorer cannot turn pages (its page links need the app), so
    // it lists every result: those past the first page in a list that shows only without the app
    // (style/app.css, .without-app). The app never needs its rows, so the build writes them as
    // inert markup the app does not walk when it attaches (its inner HTML, rendered by the same
    // component), and the list goes once the app runs.
    let rest = move || {
        if crate::app::runtime::running() {
            return None;
        }
        let rest = state.results.with(|r| r.matches.get(PAGE_SIZE..).map(<[u32]>::to_vec).unwrap_or_default());
        (!rest.is_empty()).then(|| {
            let rows = rest_rows(&rest, search_words);
            view! { <ol class="result-list without-app" start=PAGE_SIZE + 1 inner_html=rows></ol> }
        })
    };
    view! {
        <Corrections />
        <AlsoFound />
        <Show when=move || !empty.get() fallback=|| view! { <EmptyState /> }>
            <ol class="result-list">
                <For each=move || rows.get() key=|p| *p let:position>
                    <ResultRow position search_words />
                </For>
            </ol>
            {rest}
            <Pagination />
        </Show>
    }
}

/// The rows of `positions` as HTML, rendered by [`ResultRow`] on the build machine. In the browser
/// the list is only attached to, never written, so it is empty there.
fn rest_rows(positions: &[u32], search_words: Memo<Vec<String>>) -> String {
    if crate::app::runtime::IN_BROWSER {
        return String::new();
    }
    positions.iter().map(|&position| view! { <ResultRow position search_words /> }.to_html()).collect()
}

#[component]
fn ResultRow(position: u32, search_words: Memo<Vec<String>>) -> impl IntoView {
    let loc = locale();
    let state = AppState::get();
    let url = UrlState::get();
    let loaded = state.loaded();
    let project = &loaded.dataset.projects[position as usize];
    let id = project.id.clone();
    let href = move || url.query.with(|q| Location::project(&id, q.clone()).href());
    let name = project.name.clone();
    let description = project.description.clone();
    let programmes = match &project.programmes {
        Some(ids) if !ids.is_empty() => {
            let names: Vec<String> =
                ids.iter().filter_map(|id| loaded.dataset.programme(id).map(|p| p.short_name.clone())).collect();
            view! { <span class="tag tag--programme">{names.join(" + ")}</span> }.into_any()
        }
        _ => view! { <span class="tag tag--unknown">{td_string!(loc, programme_unknown)}</span> }.into_any(),
    };
    let status = project.status;
    let lines: Vec<_> = project.action_lines.iter().filter_map(|id| loaded.dataset.action_line(id)).cloned().collect();
    view! {
        <li class="result">
            <h3 class="result__name">
                <a href=href>{move || search_words.with(|w| highlighted(&name, w))}</a>
            </h3>
            <p class="result__meta">
                {programmes}
                <span class="tag">
                    {match status {
                        Some(s) => labels::status(loc, s).to_string(),
                        None => format!("{}: {}", td_string!(loc, facet.status), td_string!(loc, value_unknown)),
                    }}
                </span>
                {lines.into_iter().map(|line| {
                    view! { <span class="tag tag--line">{line.name.get(loc.lang()).text.to_string()}</span> }
                }).collect_view()}
            </p>
            {move || {
                let localized = description.get(loc.lang());
                let lang = localized.lang.tag();
                search_words.with(|w| {
                    let text = excerpt(localized.text, w, EXCERPT_CHARS);
                    view! { <p class="result__excerpt" lang=lang>{highlighted(&text, w)}</p> }
                })
            }}
            {move || {
                let index = &state.loaded().index;
                let fields = state.results.with(|r| r.search.found_in(index, position));
                (!fields.is_empty()).then(|| {
                    let fields: Vec<&str> = fields.into_iter().map(|f| labels::match_field(loc, f)).collect();
                    view! { <p class="result__found">{fill(td_string!(loc, explorer.found_in), &[("fields", &fields.join(", "))])}</p> }
                })
            }}
        </li>
    }
}

#[component]
fn Pagination() -> impl IntoView {
    let loc = locale();
    let state = AppState::get();
    let url = UrlState::get();
    let pages = Memo::new(move |_| state.results.with(|r| r.pages()));
    let page = Memo::new(move |_| url.query.with(|q| q.page).min(pages.get()));
    let link = move |n: usize| url.query.with(|q| Location::projects(q.with_page(n)).href());
    let several = move || pages.get() > 1;
    let has_previous = move || page.get() > 1;
    let has_next = move || page.get() < pages.get();
    view! {
        <Show when=several>
            <nav class="pagination" aria-label=td_string!(loc, explorer.pagination)>
                <Show when=has_previous>
                    <a href=move || link(page.get() - 1) rel="prev" on:click=|_| focus_first_result()>{td_string!(loc, explorer.previous_page)}</a>
                </Show>
                <span aria-current="page">{move || fill(td_string!(loc, explorer.page_of), &[("page", &page.get().to_string()), ("pages", &pages.get().to_string())])}</span>
                <Show when=has_next>
                    <a href=move || link(page.get() + 1) rel="next" on:click=|_| focus_first_result()>{td_string!(loc, explorer.next_page)}</a>
                </Show>
            </nav>
        </Show>
    }
}

/// After moving to another page of results, focus goes to the page's first result (scrolled into
/// view), where a keyboard reader goes on reading, instead of falling to the page's body when the
/// link they followed is replaced (WCAG 2.4.3).
fn focus_first_result() {
    crate::app::focus::after_render(&[".results h3 a", "#results-heading"]);
}

/// When the words as typed found little and corrections found more: says so, and offers the
/// corrected search.
#[component]
fn Corrections() -> impl IntoView {
    let loc = locale();
    let state = AppState::get();
    let url = UrlState::get();
    let corrected = Memo::new(move |_| {
        state
            .results
            .with(|r| (!r.search.corrections.is_empty()).then(|| url.query.with(|q| r.search.corrected(&q.text))))
    });
    move || {
        corrected.get().map(|text| {
            let href = url.query.with(|q| Location::projects(q.with_text(&text)).href());
            view! {
                <p class="search-note" role="status">
                    {td_string!(loc, explorer.typo_note)} " " {td_string!(loc, explorer.did_you_mean)} " "
                    <a href=href>{text}</a> "?"
                </p>
            }
        })
    }
}

/// The most records other than projects the results name above the projects.
const RECORDS_SHOWN: usize = 8;

/// The organisations, parts of the basic infrastructure and programmes the search text finds, each
/// linked to its page, above the projects.
#[component]
fn AlsoFound() -> impl IntoView {
    let loc = locale();
    let state = AppState::get();
    let url = UrlState::get();
    let records = Memo::new(move |_| state.results.with(|r| r.records.clone()));
    move || {
        let found = records.get();
        (!found.is_empty()).then(|| {
            let loaded = state.loaded();
            let query = url.query.get_untracked();
            let items = found
                .iter()
                .take(RECORDS_SHOWN)
                .map(|&r| {
                    let record = &loaded.index.records[r as usize];
                    let name = match record.kind {
                        RecordKind::Glossary => crate::app::pages::glossary::term_name(loc, &record.id).to_string(),
                        _ => record.name.clone(),
                    };
                    // A place on a page: the browser loads the page and scrolls to it (the app's
                    // router keeps no fragment), as the glossary's term links do.
                    let anchored = matches!(record.kind, RecordKind::Basis | RecordKind::Glossary);
                    let href = match record.kind {
                        RecordKind::Glossary => Location::new(View::Glossary, query.clone())
                            .anchor(&crate::app::pages::glossary::term_anchor(&record.id)),
                        RecordKind::Organisation => {
                            Location::new(View::Organisation(record.id.clone()), query.clone()).href()
                        }
                        RecordKind::Basis => {
                            Location::new(View::Basis, query.clone()).anchor(&format!("basis-{}", record.id))
                        }
                        RecordKind::Programme => {
                            Location::new(View::Programme(record.id.clone()), query.clone()).href()
                        }
                    };
                    // The kind is part of the link's name: an organisation and its part of the basic
                    // infrastructure often share a name.
                    view! {
                        <li>
                            <a href=href rel=anchored.then_some("external")>{name} " " <span class="tag">{labels::record_kind(loc, record.kind)}</span></a>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <section class="also-found" aria-labelledby="also-found-title">
                    <h3 id="also-found-title">{td_string!(loc, explorer.also_found)}</h3>
                    <ul class="plain">{items}</ul>
                </section>
            }
        })
    }
}

/// Says nothing matched, and which filter to remove to get results back.
#[component]
fn EmptyState() -> impl IntoView {
    let loc = locale();
    let state = AppState::get();
    let url = UrlState::get();
    let options = Memo::new(move |_| {
        let loaded = state.loaded();
        url.query.with(|q| relaxations(&loaded.index, q))
    });
    view! {
        <div class="empty-state">
            <h3>{td_string!(loc, explorer.empty_title)}</h3>
            <Show when=move || !options.with(Vec::is_empty)>
                <p>{td_string!(loc, explorer.empty_hint)}</p>
                <ul>
                    {move || options.get().into_iter().map(|(filter, count)| {
                        let query = url.query.with(|q| filter.removed_from(q));
                        let href = Location::projects(query).href();
                        let filter = url.query.with(|q| describe(&state.loaded().dataset, loc, &filter, q));
                        let label = fill(td_string!(loc, explorer.relax), &[("filter", &filter.to_string()), ("count", &count.to_string())]);
                        view! { <li><a href=href>{label}</a></li> }
                    }).collect_view()}
                </ul>
            </Show>
        </div>
    }
}
