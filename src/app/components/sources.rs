//! The list of sources at the end of a page, which every "[bron]" on the page links to.

use leptos::prelude::*;

use crate::app::components::source_ref::source_anchor;
use crate::app::i18n::*;
use crate::core::model::Dataset;
use crate::core::text::Lang;

/// The `lang` attribute of a text in `lang` on a page in `loc`: only where the two differ.
pub fn other_lang(lang: Lang, loc: Locale) -> Option<&'static str> {
    (lang != loc.lang()).then(|| lang.tag())
}

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
                None => view! { {title} " " <span class="muted" lang=loc.lang().tag()>"(" {td_string!(loc, no_sources_url)} ")"</span> }
                    .into_any(),
            };
            // The title's language marks the item; its note, if any, is marked back as the page's.
            view! { <li id=source_anchor(&source.id) lang=other_lang(source.title_lang(), loc)>{body}</li> }
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
