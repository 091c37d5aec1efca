//! The page frame around every view: skip link, header (or the slim bar when embedded), the main
//! area with the dataset's loading states, and the footer; and how the app sits in its page: the
//! theme, and the page height posted to an embedding site so its iframe can fit it.

use crate::core::text::fill;
use leptos::prelude::*;

use crate::app::components::load_status::{LoadErrorView, Loading};
use crate::app::data::DatasetLoad;
use crate::app::hydration::Later;
use crate::app::i18n::*;
use crate::app::runtime::running;
use crate::app::url::UrlState;
use crate::app::{components, labels, pages, status};
use crate::core::query::Query;
use crate::core::route::{Location, View};
use crate::core::settings::Theme;

/// Everything on the page, in the language of the current render.
#[component]
pub fn Frame(dataset: DatasetLoad, scheme: RwSignal<Option<Theme>>) -> impl IntoView {
    let loc = locale();
    let url = UrlState::get();
    let ready = move || dataset.ready();
    let freshness = Signal::derive(move || dataset.freshness());
    let embedded = Memo::new(move |_| url.location.with(|l| l.query.settings.embed));
    let retry = Callback::new(move |()| dataset.retry());
    // The page for checking a new dataset shows a local file through it.
    provide_context(dataset);
    view! {
        <a class="skip-link" href=move || url.location.with(|l| l.anchor("main")) rel="external">
            {td_string!(loc, skip_to_content)}
        </a>
        // On every page, shown only when embedded (style/app.css, from head.js's mark): a frame has
        // it before the app runs and where it cannot.
        <EmbedBar />
        {move || (!embedded.get()).then(|| {
            let count = move || ready().map(|loaded| loaded.dataset.projects.len());
            view! { <Later><SiteHeader project_count=Signal::derive(count) scheme /></Later> }
        })}
        <main id="main" tabindex="-1">
            <status::PreviewBanner dataset />
            <status::UpdateNotice />
            <status::OfflineBanner freshness />
            {move || match dataset.with(Clone::clone) {
                None => view! { <Loading /> }.into_any(),
                Some(Ok(loaded)) => view! { <Later><pages::Views loaded /></Later> }.into_any(),
                Some(Err(error)) => view! {
                    <LoadErrorView error retry />
                    // Editors can still check a new version when the published one cannot be used.
                    {check_page(url)}
                }
                .into_any(),
            }}
        </main>
        // Only once the content is there, so the footer does not jump down the page as it arrives.
        {move || (!embedded.get() && ready().is_some()).then(|| view! { <Later><Footer /></Later> })}
    }
}

/// The check page under the load error, where the app has it.
#[cfg(feature = "check")]
fn check_page(url: UrlState) -> impl IntoView {
    move || (url.view() == View::Check).then(|| view! { <pages::Check /> })
}

/// Readers' wasm has no check page (src/bin/check.rs).
#[cfg(not(feature = "check"))]
fn check_page(_: UrlState) -> impl IntoView {}

/// The site header: the name, the number of projects once known, and the menu (with language and
/// colour scheme).
#[component]
fn SiteHeader(project_count: Signal<Option<usize>>, scheme: RwSignal<Option<Theme>>) -> impl IntoView {
    let loc = locale();
    let url = UrlState::get();
    let home = move || {
        let settings = url.query.with(|q| q.settings.clone());
        Location::new(View::Overview, Query { settings, ..Query::default() }).href()
    };
    view! {
        <header class="site-header">
            <div class="site-header__inner">
                <a class="brand" href=home>
                    <span class="brand__name">{td_string!(loc, app_name)}</span>
                </a>
                <p class="tagline">{td_string!(loc, app_tagline)}</p>
                {move || project_count.get().map(|count| view! {
                    <p class="project-count" data-testid="project-count">
                        {fill(td_string!(loc, project_count), &[("count", &count.to_string())])}
                    </p>
                })}
            </div>
            <components::nav::MainNav scheme />
        </header>
    }
}

/// The page footer: the source of the content and the pages about the app and its data.
#[component]
fn Footer() -> impl IntoView {
    let loc = locale();
    let url = UrlState::get();
    let links = View::footer()
        .map(|view| {
            let name = labels::view_name(loc, &view);
            let href = move || url.location.with(|l| Location::new(view.clone(), l.query.clone()).href());
            view! { <li><a href=href>{name}</a></li> }
        })
        .collect_view();
    view! {
        <footer class="site-footer">
            <div class="site-footer__inner">
                <p>{td_string!(loc, footer.source)}</p>
                <ul class="footer-links">{links}</ul>
            </div>
        </footer>
    }
}

/// Keeps `<html data-theme>` in step with the URL's `theme`, else the reader's saved scheme (none:
/// the system's light or dark preference). From when the app runs: head.js has set it for the page
/// from the address until then.
pub fn follow_theme(scheme: RwSignal<Option<Theme>>) {
    let url = UrlState::get();
    Effect::new(move |_| {
        if !running() {
            return;
        }
        let theme = url.location.with(|l| l.query.settings.theme).or(scheme.get());
        if let Some(html) = document().document_element() {
            match theme {
                Some(theme) => {
                    let _ = html.set_attribute(crate::contract::THEME, theme.key());
                }
                None => {
                    let _ = html.remove_attribute(crate::contract::THEME);
                }
            }
        }
    });
}

/// The least height an embedding page is asked for, so a frame never collapses to a sliver while a
/// view is between two renders.
const MIN_EMBED_HEIGHT: i32 = 200;

/// In embed mode, posts `{type: contract::HEIGHT_MESSAGE, height}` to the parent window whenever the
/// height of the app's content changes, growing or shrinking (from when the app runs: the build
/// knows no embedding page). Measured on the app's root, not the document: a document is never
/// shorter than its frame, so the frame could never shrink. The browser reports a size change once
/// per frame, and an unchanged height is not posted again.
pub fn post_height_when_embedded() {
    let url = UrlState::get();
    Effect::new(move |_| {
        if !running() || !url.location.with_untracked(|l| l.query.settings.embed) {
            return;
        }
        let Some(root) = document().get_element_by_id(crate::contract::APP_ROOT_ID) else { return };
        let posted = std::cell::Cell::new(0);
        let measured = root.clone();
        // The browser's ResizeObserver through web-sys, not leptos-use's wrapper: this is its one
        // use, and the crate cost 2.9 KB of brotli for every reader (docs/benchmarks.md).
        let on_resize = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(move || {
            let bottom = measured.get_bounding_client_rect().bottom() + window().scroll_y().unwrap_or(0.0);
            let height = (bottom.ceil() as i32).max(MIN_EMBED_HEIGHT);
            if height != posted.replace(height) {
                post_to_host(crate::contract::HEIGHT_MESSAGE, "height", height.into());
            }
        });
        if let Ok(observer) = web_sys::ResizeObserver::new(wasm_bindgen::JsCast::unchecked_ref(on_resize.as_ref())) {
            observer.observe(&root);
            // Observed for as long as the page lives, like the frame itself.
            on_resize.forget();
        }
    });
}

/// In embed mode, tells the embedding page that the reader moved to another view, with where the
/// new view's heading is in the frame (`{type: contract::NAVIGATED_MESSAGE, top}`): the frame is as
/// tall as its content and does not scroll, so only the host can bring the heading into view.
pub fn announce_navigation_when_embedded(heading: &web_sys::Element) {
    let embedded = UrlState::get().location.with_untracked(|l| l.query.settings.embed);
    if embedded {
        let top = heading.get_bounding_client_rect().top() + window().scroll_y().unwrap_or(0.0);
        post_to_host(crate::contract::NAVIGATED_MESSAGE, "top", top.floor().into());
    }
}

/// Posts `{type, <field>: value}` to the embedding page. To any origin: the app does not know its
/// host, and the messages say nothing but sizes (the host script checks where they come from).
fn post_to_host(kind: &str, field: &str, value: wasm_bindgen::JsValue) {
    let Some(parent) = window().parent().ok().flatten() else { return };
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"type".into(), &kind.into());
    let _ = js_sys::Reflect::set(&message, &field.into(), &value);
    let _ = parent.post_message(&message, "*");
}

/// The slim bar an embedded explorer shows instead of the site header.
#[component]
fn EmbedBar() -> impl IntoView {
    let loc = locale();
    let url = UrlState::get();
    let full = move || url.location.with(|l| Location::new(l.view.clone(), l.query.unframed()).href());
    let statement = move || url.location.with(|l| Location::new(View::Accessibility, l.query.clone()).href());
    view! {
        <header class="embed-bar">
            <span class="embed-bar__name">{td_string!(loc, app_name)}</span>
            <a href=full target="_blank" rel="noopener">{td_string!(loc, embed.open_full)}</a>
            <a href=statement>{labels::view_name(loc, &View::Accessibility)}</a>
            // What the explorer keeps in the reader's browser, for the embedding site's readers, who
            // may not know whose app this is.
            <details class="embed-bar__privacy">
                <summary>{td_string!(loc, embed.privacy)}</summary>
                <p>{td_string!(loc, embed.privacy_text)}</p>
            </details>
            <span class="embed-bar__version">{td_string!(loc, embed.version)} " " {env!("CARGO_PKG_VERSION")}</span>
        </header>
    }
}
