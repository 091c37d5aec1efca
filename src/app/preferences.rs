//! The reader's language and colour scheme: chosen by URL, remembered in localStorage (where the
//! browser allows it: sandboxed iframes may not), else taken from the browser.

use leptos::prelude::*;

use crate::app::i18n::*;
use crate::app::url::UrlState;
use crate::contract::{LANG_KEY, SCHEME_KEY};
use crate::core::route::Location;
use crate::core::settings::Theme;
use crate::core::text::Lang;

// localStorage by hand rather than with leptos-use's `use_local_storage`: that costs 7.1 KB of brotli
// wasm here for one key (its `storage` feature with codee, measured 2026-11-30; docs/benchmarks.md),
// for two strings read at start and written on a click.
fn storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

fn saved(key: &str) -> Option<String> {
    storage().and_then(|s| s.get_item(key).ok().flatten())
}

fn save(key: &str, value: &str) {
    if let Some(s) = storage() {
        let _ = s.set_item(key, value);
    }
}

/// Keeps `<html lang>` in step with the page's language, and remembers a language the reader chose
/// for later visits (head.js sends the root page there).
pub fn follow_language(language: Memo<Lang>) {
    let url = UrlState::get();
    Effect::new(move |_| {
        let lang = language.get();
        if url.location.with(|l| l.query.settings.lang.is_some()) {
            save(LANG_KEY, lang.tag());
        }
        if let Some(html) = document().document_element() {
            let _ = html.set_attribute("lang", lang.tag());
        }
    });
}

/// Reads the reader's saved colour scheme into `scheme` once the app runs (the build cannot know it;
/// head.js has already applied it to the page). Not before: a part of the page attached after the
/// change would keep the build's state of the switch (attaching does not write attributes).
pub fn load_scheme(scheme: RwSignal<Option<Theme>>) {
    Effect::new(move |_| {
        if crate::app::runtime::running() {
            scheme.set(saved_scheme());
        }
    });
}

/// The reader's saved colour scheme (`Some(Theme::Dark)` or `Some(Theme::Light)`), if any.
fn saved_scheme() -> Option<Theme> {
    saved(SCHEME_KEY).as_deref().and_then(Theme::from_key).filter(|t| matches!(t, Theme::Dark | Theme::Light))
}

/// Whether the page is dark: the URL's theme, else the saved choice, else the system preference.
/// The system preference is read when the switch renders, not followed live with leptos-use's
/// `use_preferred_dark` (4.3 KB of brotli wasm here): the colours themselves follow the system in
/// CSS; only the switch's pressed state would change.
fn is_dark(location: &Location, scheme: Option<Theme>) -> bool {
    match location.query.settings.theme.or(scheme) {
        Some(theme) => theme == Theme::Dark,
        None => {
            crate::app::runtime::running()
                && window().match_media("(prefers-color-scheme: dark)").ok().flatten().is_some_and(|m| m.matches())
        }
    }
}

/// The language links and the dark-mode switch of the header.
#[component]
pub fn HeaderTools(scheme: RwSignal<Option<Theme>>) -> impl IntoView {
    let loc = locale();
    let location = UrlState::get().location;
    let links = Lang::ALL
        .iter()
        .copied()
        .map(|lang| {
            let href = move || {
                location.with(|l| {
                    let mut query = l.query.clone();
                    query.settings.lang = Some(lang);
                    Location::new(l.view.clone(), query).href()
                })
            };
            let current = loc.lang() == lang;
            let name = crate::app::labels::language_name(lang);
            view! {
                <li>
                    // The name is the visible "NL" and the language's name (WCAG 2.5.3).
                    <a href=href lang=lang.tag() hreflang=lang.tag() aria-current=current.then_some("true")>
                        {lang.tag().to_ascii_uppercase()} <span class="visually-hidden">{name}</span>
                    </a>
                </li>
            }
        })
        .collect_view();
    let dark = move || location.with(|l| is_dark(l, scheme.get()));
    let toggle = move |_| {
        let next = if dark() { Theme::Light } else { Theme::Dark };
        save(SCHEME_KEY, next.key());
        scheme.set(Some(next));
    };
    // The switch says what it will do ("Lichte weergave" on a dark page). Both labels are in the
    // page and style/app.css shows the one for the scheme in force (<html data-theme>, else the
    // system's): right from the first paint, before the app knows the reader's choice.
    view! {
        <div class="header-tools">
            <nav aria-label=td_string!(loc, prefs.language)>
                <ul class="languages">{links}</ul>
            </nav>
            <button type="button" class="scheme-toggle" on:click=toggle>
                <span class="scheme-toggle__to-dark">{td_string!(loc, prefs.dark_mode)}</span>
                <span class="scheme-toggle__to-light">{td_string!(loc, prefs.light_mode)}</span>
            </button>
        </div>
    }
}
