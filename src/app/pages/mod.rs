//! One file per view; `Views` picks the view of the current URL and takes care of what every view
//! change needs: the page title, focus on the main heading, and the scroll position on "back".

mod accessibility;
mod basis;
#[cfg(feature = "check")]
mod check;
mod compare;
#[cfg(feature = "builder")]
mod embed;
mod explorer;
pub mod glossary;
mod indicators;
mod lines;
mod money;
mod municipalities;
mod not_found;
mod organisation;
pub mod overview;
mod programme;
mod project;
mod quality;
mod timeline;

use crate::core::text::fill;
use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::Arc;

use leptos::ev;
use leptos::prelude::*;

use crate::app::i18n::*;
use crate::app::state::{AppState, Loaded};
use crate::app::url::UrlState;
use crate::core::route::View;

/// The page for checking a new dataset, which the frame also shows when the published one fails.
#[cfg(feature = "check")]
pub(crate) use check::Check;

thread_local! {
    /// Scroll position per explorer URL, so "back" from a project lands where the reader was.
    static SCROLL: RefCell<HashMap<String, f64>> = RefCell::new(HashMap::new());
    /// Set by a back/forward navigation: the next explorer render restores its scroll position.
    static RESTORE_PENDING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// The view of the current URL, for a loaded dataset.
#[component]
pub fn Views(loaded: Arc<Loaded>) -> impl IntoView {
    let loc = locale();
    let url = UrlState::get();
    let state = AppState::provide(loaded);
    let view = Memo::new(move |_| url.view());

    if crate::app::runtime::IN_BROWSER {
        remember_scroll_positions();
    }

    // Title and focus follow the view. Focus moves only on a real view change, not on the first
    // render and not while typing (which changes the query, not the view).
    Effect::new(move |previous: Option<View>| {
        let current = view.get();
        document().set_title(&page_title(&state.loaded(), &current, loc));
        // A new comparison is the same page with other columns: focus stays on the button that made
        // it (pages/compare.rs), before the table it changed.
        let compared_again = matches!((&previous, &current), (Some(View::Compare { .. }), View::Compare { .. }));
        match (&previous, &current) {
            // Back in the list from a project (Back, or "terug naar de lijst"): focus goes to the
            // link that was followed, where the reader was, not to the list's heading far above.
            (Some(View::Project(id)), View::Projects) => {
                let id = id.clone();
                request_animation_frame(move || focus_link_to_project(&id));
            }
            (Some(p), current) if p != current && !compared_again => request_animation_frame(focus_main_heading),
            _ => {}
        }
        current
    });

    let page = move || {
        crate::app::runtime::page_builds();
        if crate::app::runtime::IN_BROWSER {
            request_animation_frame(restore_scroll);
        }
        match view.get() {
            View::Overview => view! { <overview::Overview /> }.into_any(),
            View::Projects => view! { <explorer::Explorer /> }.into_any(),
            View::Project(id) => match state.loaded().position(&id) {
                Some(position) => view! { <project::ProjectPage position /> }.into_any(),
                None => view! { <not_found::NotFound id /> }.into_any(),
            },
            View::Money => view! { <money::Money /> }.into_any(),
            View::ActionLines => view! { <lines::ActionLines /> }.into_any(),
            View::Basis => view! { <basis::Basis /> }.into_any(),
            View::Indicators => view! { <indicators::Indicators /> }.into_any(),
            View::Timeline => view! { <timeline::TimelinePage /> }.into_any(),
            View::Programme(id) => view! { <programme::ProgrammePage id /> }.into_any(),
            View::Accessibility => view! { <accessibility::Accessibility /> }.into_any(),
            View::Municipalities => view! { <municipalities::Municipalities /> }.into_any(),
            View::Municipality(id) => view! { <municipalities::MunicipalityPage id /> }.into_any(),
            View::Organisation(id) => view! { <organisation::OrganisationPage id /> }.into_any(),
            View::Compare { lines, ids } => view! { <compare::Compare lines ids /> }.into_any(),
            View::Glossary => view! { <glossary::Glossary /> }.into_any(),
            View::Quality => view! { <quality::Quality /> }.into_any(),
            #[cfg(feature = "check")]
            View::Check => view! { <check::Check /> }.into_any(),
            #[cfg(feature = "builder")]
            View::Embed => view! { <embed::EmbedBuilder /> }.into_any(),
            // A tool this wasm does not have: its pages load the wasm that has (core::site::Tool).
            #[cfg(not(all(feature = "check", feature = "builder")))]
            #[allow(unreachable_patterns)]
            View::Check | View::Embed => {
                let _ = window().location().reload();
                ().into_any()
            }
        }
    };
    view! {
        <crate::app::components::page_tools::PrintHeader />
        <crate::app::components::page_tools::PageTools />
        {page}
    }
}

/// The page's title: the project, programme or view, then the app (`TalentIT – Investeren in Twente`).
pub fn page_title(loaded: &Loaded, view: &View, loc: Locale) -> String {
    let name = match view {
        View::Project(id) => loaded.position(id).map_or_else(
            || td_string!(loc, not_found_title).to_string(),
            |p| loaded.dataset.projects[p as usize].name.clone(),
        ),
        View::Programme(id) => loaded
            .dataset
            .programme(id)
            .map_or_else(|| td_string!(loc, programme.not_found).to_string(), |p| p.name.clone()),
        View::Municipality(id) => loaded
            .dataset
            .municipality(id)
            .map_or_else(|| td_string!(loc, nav.municipalities).to_string(), |m| m.name.clone()),
        View::Organisation(id) => loaded
            .dataset
            .organisation(id)
            .map_or_else(|| td_string!(loc, organisation.not_found).to_string(), |o| o.name.clone()),
        view => crate::app::labels::view_name(loc, view).to_string(),
    };
    fill(td_string!(loc, page_title), &[("page", &name.to_string())])
}

/// What the page is about in a sentence or two, for search engines and link previews: the project's
/// or programme's description, else the view's introduction. Written into the pre-rendered pages.
#[cfg(not(target_arch = "wasm32"))]
pub fn page_description(loaded: &Loaded, view: &View, loc: Locale) -> String {
    let lang = loc.lang();
    let dataset = &loaded.dataset;
    let text = match view {
        View::Project(id) => {
            loaded.position(id).map(|p| dataset.projects[p as usize].description.get(lang).text.to_string())
        }
        View::Programme(id) => dataset.programme(id).map(|p| p.description.get(lang).text.to_string()),
        View::Organisation(id) => dataset
            .organisation(id)
            .map(|o| fill(td_string!(loc, organisation.description), &[("name", o.name.as_str())]).to_string()),
        View::Overview => Some(dataset.report.summary.get(lang).text.to_string()),
        _ => None,
    };
    text.unwrap_or_else(|| {
        match view {
            View::Projects => td_string!(loc, explorer.intro),
            View::Money => td_string!(loc, money.intro),
            View::ActionLines => td_string!(loc, lines.intro),
            View::Basis => td_string!(loc, basis.intro),
            View::Indicators => td_string!(loc, indicators.intro),
            View::Timeline => td_string!(loc, timeline.intro),
            View::Accessibility => td_string!(loc, accessibility.intro),
            View::Municipalities | View::Municipality(_) => td_string!(loc, municipalities.intro),
            View::Compare { .. } => td_string!(loc, compare.intro),
            View::Glossary => td_string!(loc, glossary.intro),
            View::Quality => td_string!(loc, quality.intro),
            View::Check => td_string!(loc, check.intro),
            View::Embed => td_string!(loc, builder.intro),
            _ => td_string!(loc, app_tagline),
        }
        .to_string()
    })
}

/// Moves focus to the new view's heading, so screen readers announce it and keyboard users start
/// there; without scrolling, because "back" restores the reader's scroll position.
fn focus_main_heading() {
    if let Some(heading) = document().query_selector("main h1").ok().flatten() {
        crate::app::frame::announce_navigation_when_embedded(&heading);
        if let Ok(heading) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(heading) {
            let options = web_sys::FocusOptions::new();
            options.set_prevent_scroll(true);
            let _ = heading.focus_with_options(&options);
        }
    }
}

/// Focuses the result that links to the project `id`, else the page's heading. Without scrolling:
/// the list's scroll position is restored to where the reader was, which is where that link is.
/// (Ids are slugs, checked when the dataset loads, so one fits in a selector as it is.)
fn focus_link_to_project(id: &str) {
    let link = document()
        .query_selector(&format!(".results h3 a[href*=\"projects/{id}/\"]"))
        .ok()
        .flatten()
        .and_then(|el| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el).ok());
    match link {
        Some(link) => {
            let options = web_sys::FocusOptions::new();
            options.set_prevent_scroll(true);
            let _ = link.focus_with_options(&options);
        }
        None => focus_main_heading(),
    }
}

/// The page's address as scroll positions are kept by: its path and query.
fn current_address() -> String {
    let location = window().location();
    format!("{}{}", location.pathname().unwrap_or_default(), location.search().unwrap_or_default())
}

/// Records the scroll position of every URL as the reader scrolls, and notes back/forward moves.
fn remember_scroll_positions() {
    if let Ok(history) = window().history() {
        let _ = history.set_scroll_restoration(web_sys::ScrollRestoration::Manual);
    }
    let on_scroll = window_event_listener(ev::scroll, move |_| {
        let y = window().scroll_y().unwrap_or(0.0);
        SCROLL.with(|s| s.borrow_mut().insert(current_address(), y));
    });
    let on_popstate = window_event_listener(ev::popstate, move |_| RESTORE_PENDING.with(|r| r.set(true)));
    on_cleanup(move || {
        on_scroll.remove();
        on_popstate.remove();
    });
}

/// After a back/forward move to the explorer, scrolls to where the reader was on that URL.
fn restore_scroll() {
    if !RESTORE_PENDING.with(|r| r.replace(false)) {
        return;
    }
    if let Some(y) = SCROLL.with(|s| s.borrow().get(&current_address()).copied()) {
        scroll_when_tall_enough(y, 20);
    }
}

/// The list renders over a frame or two; scrolling earlier would stop short at the page's end.
fn scroll_when_tall_enough(y: f64, frames_left: u32) {
    let height = document().document_element().map_or(0.0, |el| el.scroll_height() as f64);
    let viewport = window().inner_height().ok().and_then(|h| h.as_f64()).unwrap_or(0.0);
    if height - viewport >= y || frames_left == 0 {
        window().scroll_to_with_x_and_y(0.0, y);
    } else {
        request_animation_frame(move || scroll_when_tall_enough(y, frames_left - 1));
    }
}
