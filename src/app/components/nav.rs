//! The main menu: one link per view, carrying the explorer's filters (charts follow them).

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::app::i18n::*;
use crate::app::labels;
use crate::core::route::{Location, View};

/// The main menu, with the current view marked.
#[component]
pub fn MainNav() -> impl IntoView {
    let loc = crate::app::locale();
    let router = use_location();
    let location = Memo::new(move |_| Location::parse(&router.search.get()));
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
        <nav class="main-nav" aria-label=td_string!(loc, nav_label)>
            <ul>{items}</ul>
        </nav>
    }
}
