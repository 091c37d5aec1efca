//! The Leptos views. They read signals, call into `core` and render; decisions live in `core`.
//! This module is the shell only: it mounts the app and sets up the router, the language, the URL
//! state and the dataset; what pages and components share lives in modules of its own.

pub mod components;
pub mod data;
#[cfg(feature = "check")]
pub mod dataset_check;
mod download;
pub mod fatal;
mod focus;
pub(crate) mod frame;
pub mod hydration;
pub mod i18n;
pub mod labels;
pub(crate) mod pages;
mod preferences;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
pub mod runtime;
#[cfg(target_arch = "wasm32")]
pub mod start;
pub mod state;
mod status;
pub mod url;

use leptos::prelude::*;

use data::DatasetLoad;
use i18n::*;
use url::UrlState;

/// Installs the panic view and starts the app (app::start), or, in the dataset check's Web Worker,
/// the check.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    // The dataset check's Web Worker (check-worker.js) starts the check page's wasm, with no page.
    #[cfg(feature = "check")]
    if web_sys::window().is_none() {
        return dataset_check::start_in_worker();
    }
    fatal::install_panic_hook();
    start::start();
}

/// The app: the frame around the view of the address, in the address's language. The same
/// component renders on the build machine (app::prerender) and attaches to that page in the
/// browser (app::start); it expects the address (`UrlState`) and `runtime::Running` provided.
/// What only the browser has (stored choices, the theme, the embedding page) it follows in
/// effects, which run in the browser only and after the page is attached.
#[component]
pub fn Shell(
    /// The dataset the page shows, loaded or loading.
    dataset: DatasetLoad,
) -> impl IntoView {
    let url = UrlState::get();
    let language = Memo::new(move |_| url.location.with(|l| l.query.settings.lang.unwrap_or_default()));
    let scheme = RwSignal::new(None);
    fatal::follow_locale(language);
    preferences::follow_language(language);
    preferences::load_scheme(scheme);
    frame::follow_theme(scheme);
    frame::post_height_when_embedded();
    move || {
        provide_locale(Locale::of(language.get()));
        view! { <frame::Frame dataset scheme /> }
    }
}
