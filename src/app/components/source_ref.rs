//! A small reference from a figure to its source in the page's source list.

use leptos::prelude::*;

use crate::app::i18n::*;
use crate::app::state::AppState;
use crate::app::url::UrlState;
use crate::core::text::fill;

/// Id of the element of a source in the page's source list.
pub fn source_anchor(id: &str) -> String {
    format!("source-{id}")
}

/// "[bron]" linking to the source's entry further down the page; the source's title is the link's
/// tooltip and part of its name ("bron: Investeren in Twente, hoofdstuk 4"), so a page's many
/// "[bron]" links can be told apart in a list of links.
#[component]
pub fn SourceRef(
    /// The source id.
    #[prop(into)]
    id: String,
) -> impl IntoView {
    let loc = locale();
    let title = AppState::get().loaded().dataset.source_title(&id).to_string();
    let href = UrlState::get().location.with_untracked(|l| l.anchor(&source_anchor(&id)));
    let name = fill(td_string!(loc, source_ref_name), &[("title", &title)]);
    view! {
        <a class="source-ref" href=href rel="external" title=title aria-label=name>{td_string!(loc, source_label)}</a>
    }
}
