//! Text with the search words marked.

use leptos::prelude::*;

use crate::core::fold::match_ranges;

/// Renders `text` with every occurrence of the (folded) search words in `<mark>`.
/// Dataset text is only ever inserted as text nodes, never as HTML.
pub fn highlighted(text: &str, words: &[String]) -> impl IntoView {
    let mut parts: Vec<AnyView> = Vec::new();
    let mut at = 0;
    for (start, end) in match_ranges(text, words) {
        if start > at {
            parts.push(text[at..start].to_string().into_any());
        }
        let marked = text[start..end].to_string();
        parts.push(view! { <mark>{marked}</mark> }.into_any());
        at = end;
    }
    if at < text.len() {
        parts.push(text[at..].to_string().into_any());
    }
    parts
}
