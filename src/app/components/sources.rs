//! The list of sources at the end of a page, which every "[bron]" on the page links to.

use leptos::prelude::*;

use crate::app::components::source_ref::source_anchor;
use crate::app::i18n::*;
use crate::core::model::Dataset;

/// The sources with these ids, in the order given, each with its address (or a note that it has none).
pub fn source_list(dataset: &Dataset, ids: &[String]) -> AnyView {
    let loc = locale();
    let mut seen: Vec<&str> = Vec::new();
    let rows = ids
        .iter()
        .filter(|id| {
            let new = !seen.contains(&id.as_str());
            if new {
                seen.push(id);
            }
            new
        })
        .filter_map(|id| dataset.source(id))
        .map(|source| {
            let title = source.title.clone();
            let body = match source.url.clone() {
                Some(url) => {
                    view! { <a href=url.clone() rel="external noopener">{title}</a> " " <span class="url">{url}</span> }
                        .into_any()
                }
                None => view! { {title} " " <span class="muted">"(" {td_string!(loc, no_sources_url)} ")"</span> }
                    .into_any(),
            };
            view! { <li id=source_anchor(&source.id)>{body}</li> }
        })
        .collect_view();
    view! {
        <section class="page-sources" aria-labelledby="sources-heading">
            <h2 id="sources-heading">{td_string!(loc, field.sources)}</h2>
            <ol class="sources">{rows}</ol>
        </section>
    }
    .into_any()
}
