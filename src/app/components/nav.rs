//! The main menu: one link per view, carrying the explorer's filters (charts follow them).
//! On a narrow screen the links fold behind a "Menu" button (the disclosure pattern of WAI-ARIA), so
//! a phone shows the page's content first instead of four rows of links.

use leptos::prelude::*;

use crate::app::components::disclosure::DisclosureButton;
use crate::app::i18n::*;
use crate::app::labels;
use crate::app::url::UrlState;
use crate::core::route::{Location, View};

/// The main menu, with the current view marked.
#[component]
pub fn MainNav() -> impl IntoView {
    let loc = locale();
    let location = UrlState::get().location;
    let open = RwSignal::new(false);
    // Following a link (or going back) closes the menu: the reader has chosen. Typing in the search
    // field changes the location too, so only write when there is something to close.
    Effect::new(move |_| {
        location.track();
        if open.get_untracked() {
            open.set(false);
        }
    });
    let toggle = NodeRef::<leptos::html::Button>::new();
    let on_keydown = move |event: leptos::ev::KeyboardEvent| {
        if event.key() == "Escape" && open.get_untracked() {
            open.set(false);
            if let Some(button) = toggle.get_untracked() {
                let _ = button.focus();
            }
        }
    };
    let items = View::MENU
        .into_iter()
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
            <DisclosureButton
                open
                controls="main-nav-list"
                class="main-nav__toggle"
                label=td_string!(loc, nav_menu).to_string()
                node_ref=toggle
            />
            <ul id="main-nav-list" class=("main-nav__list--open", move || open.get())>{items}</ul>
        </nav>
    }
}
