//! A small reference from a figure to its source in the page's source list.

use leptos::prelude::*;

use crate::app::i18n::*;

/// Id of the element of a source in the page's source list.
pub fn source_anchor(id: &str) -> String {
    format!("source-{id}")
}

/// "[bron]" linking to the source's entry further down the page.
#[component]
pub fn SourceRef(
    /// The source id.
    id: String,
    /// Title of the source, for the link's accessible description.
    title: String,
) -> impl IntoView {
    let loc = crate::app::locale();
    let href = format!("#{}", source_anchor(&id));
    view! {
        <a class="source-ref" href=href rel="external" title=title>{td_string!(loc, source_label)}</a>
    }
}
