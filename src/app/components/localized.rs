//! Dataset text in the reader's language, marked with the language it is really in.

use leptos::prelude::*;

use crate::app::i18n::locale;
use crate::core::text::Text;

/// Renders a dataset text in the interface language, falling back to Dutch; the element carries
/// the `lang` of the text shown, so screen readers pronounce a Dutch fallback as Dutch.
#[component]
pub fn Localized(
    /// The text in its languages.
    text: Text,
    /// The element to render: `span` (default) or `p`.
    #[prop(optional)]
    paragraph: bool,
) -> impl IntoView {
    let localized = text.get(locale().lang());
    let (content, lang) = (localized.text.to_string(), localized.lang.tag());
    match (paragraph, text.quote) {
        (true, false) => view! { <p lang=lang>{content}</p> }.into_any(),
        (true, true) => view! { <p lang=lang><q>{content}</q></p> }.into_any(),
        (false, false) => view! { <span lang=lang>{content}</span> }.into_any(),
        (false, true) => view! { <q lang=lang>{content}</q> }.into_any(),
    }
}
