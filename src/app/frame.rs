//! How the app sits in its page: the theme, and embedding in another site (no site chrome, a link
//! to the full explorer, and the page height posted to the parent so an iframe can fit it).

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use crate::app::i18n::*;
use crate::core::route::Location;

/// The message type an embedding page listens for.
pub const HEIGHT_MESSAGE: &str = "twente-explorer:height";

/// Keeps `<html data-theme>` in step with the URL's `theme`, else the reader's saved scheme (none:
/// the system's light or dark preference).
pub fn follow_theme(location: Memo<Location>, scheme: RwSignal<Option<crate::core::query::Theme>>) {
    Effect::new(move |_| {
        let theme = location.with(|l| l.query.settings.theme).or(scheme.get());
        if let Some(html) = document().document_element() {
            match theme {
                Some(theme) => {
                    let _ = html.set_attribute("data-theme", theme.key());
                }
                None => {
                    let _ = html.remove_attribute("data-theme");
                }
            }
        }
    });
}

/// In embed mode, posts `{type: "twente-explorer:height", height}` to the parent window on every
/// change of the page's height.
pub fn post_height_when_embedded(location: Memo<Location>) {
    let embedded = location.with_untracked(|l| l.query.settings.embed);
    let Some(parent) = window().parent().ok().flatten() else { return };
    if !embedded {
        return;
    }
    let post = move || {
        let height = document().document_element().map_or(0, |html| html.scroll_height());
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"type".into(), &HEIGHT_MESSAGE.into());
        let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
        let _ = parent.post_message(&message, "*");
    };
    post();
    let callback = Closure::<dyn FnMut()>::new(post);
    if let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
        if let Some(body) = document().body() {
            observer.observe(&body);
        }
    }
    // The observer lives as long as the page.
    callback.forget();
}

/// The slim bar an embedded explorer shows instead of the site header.
#[component]
pub fn EmbedBar(location: Memo<Location>) -> impl IntoView {
    let loc = crate::app::locale();
    let full = move || location.with(|l| Location::new(l.view.clone(), l.query.unframed()).href());
    view! {
        <header class="embed-bar">
            <span class="embed-bar__name">{td_string!(loc, app_name)}</span>
            <a href=full target="_blank" rel="noopener">{td_string!(loc, embed.open_full)}</a>
        </header>
    }
}
