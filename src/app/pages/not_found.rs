//! The page for a project id that does not exist, with a way to search for it.

use crate::core::text::fill;
use leptos::ev;
use leptos::html;
use leptos::prelude::*;

use crate::app::i18n::*;
use crate::app::url::UrlState;
use crate::core::route::Location;

/// Says the project does not exist and offers the search field.
#[component]
pub fn NotFound(id: String) -> impl IntoView {
    let loc = locale();
    let url = UrlState::get();
    let input = NodeRef::<html::Input>::new();
    let on_submit = move |ev: ev::SubmitEvent| {
        ev.prevent_default();
        let text = input.get_untracked().map(|i| i.value()).unwrap_or_default();
        let query = url.query.get_untracked().cleared().with_text(&text);
        url.go(&Location::projects(query), false, true);
    };
    let back = Location::projects(url.query.get_untracked()).href();
    view! {
        <section class="not-found">
            <h1 tabindex="-1">{td_string!(loc, not_found_title)}</h1>
            <p>
                {if id.is_empty() {
                    // The build's 404.html, which stands for any missing page.
                    td_string!(loc, not_found_page).to_string()
                } else {
                    fill(td_string!(loc, not_found_body), &[("id", &id.to_string())])
                }}
            </p>
            <form role="search" class="search" on:submit=on_submit>
                <label for="not-found-search">{td_string!(loc, not_found_search)}</label>
                <div class="search__row">
                    <input id="not-found-search" type="search" class="search__input" node_ref=input />
                    <button type="submit" class="button">{td_string!(loc, search_button)}</button>
                </div>
            </form>
            <p><a href=back>{td_string!(loc, back_to_list)}</a></p>
        </section>
    }
}
