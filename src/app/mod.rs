//! The Leptos views. They read signals, call into `core` and render; decisions live in `core`.
//! This module is the shell only: it mounts the app and sets up the router, the language, the URL
//! state and the dataset; what pages and components share lives in modules of its own.

pub mod components;
pub mod data;
pub mod dataset_check;
mod download;
pub mod fatal;
pub(crate) mod frame;
pub mod i18n;
pub mod labels;
pub(crate) mod pages;
mod preferences;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
pub mod runtime;
pub mod state;
mod status;
#[cfg(target_arch = "wasm32")]
mod takeover;
pub mod url;

use leptos::prelude::*;

use i18n::*;
use url::UrlState;

/// Installs the panic view and starts the app in `<div id="app">`: behind a pre-rendered page,
/// which it takes over when ready, or directly.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    // The dataset check's Web Worker (check-worker.js) starts the same wasm, with no page to mount.
    if web_sys::window().is_none() {
        return dataset_check::start_in_worker();
    }
    fatal::install_panic_hook();
    let Some(root) = document().get_element_by_id("app") else { return mount_to_body(App) };
    if takeover::is_prerendered(&root) {
        takeover::mount_behind(root, App);
    } else if let Ok(root) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(root) {
        // Replace the start-up spinner of a page without pre-rendered content.
        root.set_text_content(None);
        mount_to(root, App).forget()
    }
}

#[component]
fn App() -> impl IntoView {
    view! {
        <I18nContextProvider enable_cookie=false>
            <Shell />
        </I18nContextProvider>
    }
}

/// Reads the address once, starts loading the dataset it names, follows the reader's language and
/// theme, and renders the frame again in a new language.
#[component]
fn Shell() -> impl IntoView {
    let i18n = use_i18n();
    fatal::follow_locale(i18n);
    let url = UrlState::provide();
    // The dataset is chosen once, by the address the app was opened with.
    let dataset = data::DatasetLoad::start(url.location.with_untracked(|l| l.query.settings.data.clone()));
    let scheme = RwSignal::new(preferences::saved_scheme());
    frame::follow_theme(scheme);
    preferences::follow_language(i18n);
    frame::post_height_when_embedded();
    let language = Memo::new(move |_| i18n.get_locale());
    move || {
        provide_locale(language.get());
        view! { <frame::Frame dataset scheme /> }
    }
}
