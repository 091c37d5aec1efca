//! The page for a project id that does not exist.

use leptos::prelude::*;

use crate::app::i18n::*;
use crate::core::route::Route;

/// Says the project does not exist and leads back to the list.
#[component]
pub fn NotFound(id: String) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="not-found">
            <h1>{t!(i18n, not_found_title)}</h1>
            <p>{t!(i18n, not_found_body, id = move || id.clone())}</p>
            <p><a href=Route::Home.href()>{t!(i18n, back_to_list)}</a></p>
        </section>
    }
}
