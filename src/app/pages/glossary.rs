//! Plain-language explanations of the terms of the programmes, each with an anchor so pages can
//! link the term where it appears (`?view=glossary#term-penvoerder`).

use leptos::prelude::*;

use crate::app::i18n::*;
use crate::core::query::Query;
use crate::core::route::{Location, View};

/// The terms, by anchor.
pub const TERMS: [&str; 13] = [
    "regio-deal",
    "agenda-voor-twente",
    "rdt-avt",
    "tranche",
    "vliegwiel",
    "rijksmiddelen",
    "cofinanciering",
    "penvoerder",
    "actielijn",
    "basisinfrastructuur",
    "drie-os",
    "twente-board",
    "signalering",
];

/// The term and its explanation, in the interface language.
fn term(loc: Locale, key: &str) -> (&'static str, &'static str) {
    match key {
        "regio-deal" => (td_string!(loc, glossary.regio_deal.term), td_string!(loc, glossary.regio_deal.text)),
        "agenda-voor-twente" => (td_string!(loc, glossary.agenda.term), td_string!(loc, glossary.agenda.text)),
        "rijksmiddelen" => (td_string!(loc, glossary.rijksmiddelen.term), td_string!(loc, glossary.rijksmiddelen.text)),
        "cofinanciering" => {
            (td_string!(loc, glossary.cofinanciering.term), td_string!(loc, glossary.cofinanciering.text))
        }
        "penvoerder" => (td_string!(loc, glossary.penvoerder.term), td_string!(loc, glossary.penvoerder.text)),
        "actielijn" => (td_string!(loc, glossary.actielijn.term), td_string!(loc, glossary.actielijn.text)),
        "basisinfrastructuur" => {
            (td_string!(loc, glossary.basisinfrastructuur.term), td_string!(loc, glossary.basisinfrastructuur.text))
        }
        "drie-os" => (td_string!(loc, glossary.drie_os.term), td_string!(loc, glossary.drie_os.text)),
        "rdt-avt" => (td_string!(loc, glossary.programme_labels.term), td_string!(loc, glossary.programme_labels.text)),
        "tranche" => (td_string!(loc, glossary.tranche.term), td_string!(loc, glossary.tranche.text)),
        "vliegwiel" => (td_string!(loc, glossary.vliegwiel.term), td_string!(loc, glossary.vliegwiel.text)),
        "signalering" => (td_string!(loc, glossary.signalering.term), td_string!(loc, glossary.signalering.text)),
        _ => (td_string!(loc, glossary.twente_board.term), td_string!(loc, glossary.twente_board.text)),
    }
}

/// Every term with its names and explanations in the three languages, for the search
/// ([`crate::core::index::SearchIndex::add_terms`]).
pub fn searchable_terms() -> Vec<(&'static str, Vec<&'static str>, Vec<&'static str>)> {
    let locales = [Locale::nl, Locale::en, Locale::de];
    TERMS
        .into_iter()
        .map(|key| {
            let (names, explanations) = locales.iter().map(|&loc| term(loc, key)).unzip();
            (key, names, explanations)
        })
        .collect()
}

/// The name of a term in the interface language.
pub fn term_name(loc: Locale, key: &str) -> &'static str {
    term(loc, key).0
}

/// The anchor of a term on the glossary page.
pub fn term_anchor(key: &str) -> String {
    format!("term-{key}")
}

/// A link to a term's explanation.
pub fn term_link(query: &Query, key: &'static str, label: impl Into<String>) -> impl IntoView {
    let href = Location::new(View::Glossary, query.clone()).anchor(&term_anchor(key));
    view! { <a class="term" href=href rel="external">{label.into()}</a> }
}

/// "Begrippen: Rijksmiddelen, cofinanciering", linking each to the glossary.
pub fn terms_note(query: &Query, keys: &[&'static str]) -> impl IntoView {
    let loc = locale();
    let links = keys
        .iter()
        .enumerate()
        .map(|(i, key)| view! { {(i > 0).then_some(", ")} {term_link(query, key, term(loc, key).0)} })
        .collect_view();
    view! { <p class="terms-note">{td_string!(loc, glossary.see)} " " {links}</p> }
}

/// The glossary page.
#[component]
pub fn Glossary() -> impl IntoView {
    let loc = locale();
    // Arriving by a term link: bring that term into view once it is drawn.
    if crate::app::runtime::IN_BROWSER {
        request_animation_frame(|| {
            let hash = window().location().hash().unwrap_or_default();
            if let Some(el) = hash.strip_prefix('#').and_then(|id| document().get_element_by_id(id)) {
                el.scroll_into_view();
            }
        });
    }
    let items = TERMS
        .into_iter()
        .map(|key| {
            let (name, text) = term(loc, key);
            view! {
                <dt id=term_anchor(key)>{name}</dt>
                <dd>{text}</dd>
            }
        })
        .collect_view();
    view! {
        <article class="glossary">
            <h1 tabindex="-1">{td_string!(loc, glossary.heading)}</h1>
            <p class="intro">{td_string!(loc, glossary.intro)}</p>
            <dl class="glossary__list">{items}</dl>
        </article>
    }
}
