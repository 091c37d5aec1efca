//! The build machine's side of the views: a page of the app rendered to HTML with the same
//! components the browser mounts, for the pre-rendered pages (src/bin/prerender.rs).

use std::sync::Arc;

use leptos::prelude::*;

use crate::app::data::DatasetLoad;
use crate::app::frame::Frame;
use crate::app::i18n::{provide_locale, Locale};
use crate::app::state::Loaded;
use crate::app::url::UrlState;
use crate::core::route::Location;

/// The body of the page at `location` in `locale`: everything the app shows inside `<div id="app">`.
pub fn render_body(loaded: Arc<Loaded>, location: Location, locale: Locale) -> String {
    let owner = Owner::new();
    owner.with(|| {
        provide_locale(locale);
        UrlState::fixed(location);
        let dataset = DatasetLoad::loaded(loaded);
        view! { <Frame dataset scheme=RwSignal::new(None) /> }.to_html()
    })
}
