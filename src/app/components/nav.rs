//! The main menu: one link per view, carrying the explorer's filters (charts follow them).
//! On a narrow screen the links, the languages and the colour scheme fold behind a "Menu" toggle
//! (components::disclosure) beside the site's name, so a phone's header is one row.

use leptos::prelude::*;

use crate::app::components::disclosure::{close, Fold};
use crate::app::i18n::*;
use crate::app::labels;
use crate::app::preferences::HeaderTools;
use crate::app::url::UrlState;
use crate::core::route::{Location, View};
use crate::core::settings::Theme;

/// The main menu, with the current view marked.
#[component]
pub fn MainNav(
    /// The reader's colour scheme, for the switch that sits in the menu with the languages.
    scheme: RwSignal<Option<Theme>>,
) -> impl IntoView {
    let loc = locale();
    let location = UrlState::get().location;
    let fold = NodeRef::<leptos::html::Details>::new();
    let toggle = NodeRef::<leptos::html::Summary>::new();
    // Going to another page (a link, back) closes the menu: the reader has chosen. Not on the first
    // run, when the app starts: a menu the reader opened before stays open.
    let view = Memo::new(move |_| location.with(|l| l.view.clone()));
    Effect::watch(move || view.get(), move |_, _, _| close(fold), false);
    let on_keydown = move |event: leptos::ev::KeyboardEvent| {
        if event.key() == "Escape" && fold.get_untracked().is_some_and(|details| details.open()) {
            close(fold);
            if let Some(toggle) = toggle.get_untracked() {
                let _ = toggle.focus();
            }
        }
    };
    let items = View::menu()
        .map(|view| {
            let name = labels::view_name(loc, &view);
            let target = view.clone();
            let href = move || location.with(|l| Location::new(target.clone(), l.query.with_page(1)).href());
            let current = move || {
                location.with(|l| match (&l.view, &view) {
                    (View::Project(_), View::Projects)
                    | (View::Programme(_), View::Overview)
                    | (View::Municipality(_), View::Municipalities) => true,
                    (a, b) => std::mem::discriminant(a) == std::mem::discriminant(b),
                })
            };
            view! {
                <li>
                    <a href=href aria-current=move || current().then_some("page")>{name}</a>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="main-nav" aria-label=td_string!(loc, nav_label) on:keydown=on_keydown>
            <Fold part="main-nav" label=td_string!(loc, nav_menu).to_string() node_ref=fold toggle_ref=toggle>
                // One panel: on a phone it opens below the one-row header, with the languages and
                // the colour scheme after the links; on a wide screen it is the menu's row.
                <div class="main-nav__panel">
                    <ul id="main-nav-list">{items}</ul>
                    <HeaderTools scheme />
                </div>
            </Fold>
        </nav>
    }
}
