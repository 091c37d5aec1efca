//! The basic infrastructure (basisinfrastructuur): the standing regional organisations and what they did.

use leptos::prelude::*;

use crate::app::components::sources::source_list;
use crate::app::components::{organisation_name, Localized, SourceRef};
use crate::app::i18n::*;
use crate::app::state::AppState;
use crate::app::url::UrlState;
use crate::core::format;

/// The basic infrastructure page.
#[component]
pub fn Basis() -> impl IntoView {
    let loc = locale();
    let lang = loc.lang();
    let state = AppState::get();
    let url = UrlState::get();
    let loaded = state.loaded();
    let dataset = &loaded.dataset;
    let mut cited: Vec<String> = Vec::new();
    let cards = dataset
        .basisinfrastructuur
        .iter()
        .map(|b| {
            cited.push(b.source.clone());
            let activities =
                b.activities.iter().map(|a| view! { <li><Localized text=a.clone() /></li> }).collect_view();
            let funding = b
                .funding
                .iter()
                .map(|f| {
                    cited.push(f.source.clone());
                    let name = organisation_name(dataset, &f.funder);
                    let amount =
                        f.eur.map_or_else(|| td_string!(loc, amount_unknown).to_string(), |e| format::money(e, lang));
                    view! {
                        <p class="basis__funding">
                            <strong>{amount}</strong> " " {name}
                            {f.note.clone().map(|text| view! { " (" <Localized text /> ")" })} " "
                            <SourceRef id=f.source.clone() />
                        </p>
                    }
                })
                .collect_view();
            view! {
                <article class="card" id=format!("basis-{}", b.id)>
                    <h2>{b.name.clone()}</h2>
                    {b.organisation.as_deref().filter(|id| dataset.organisation(id).is_some()).map(|id| {
                        view! { <p class="basis__organisation">{td_string!(loc, organisation.heading)} ": " {organisation_name(dataset, id)}</p> }
                    })}
                    <Localized text=b.description.clone() paragraph=true />
                    <h3>{td_string!(loc, basis.activities)} " " <SourceRef id=b.source.clone() /></h3>
                    <ul>{activities}</ul>
                    {funding}
                </article>
            }
        })
        .collect_view();
    view! {
        <div class="basis">
            <h1 tabindex="-1">{td_string!(loc, basis.heading)}</h1>
            <p class="intro">{td_string!(loc, basis.intro)}</p>
            {crate::app::pages::glossary::terms_note(&url.query.get_untracked(), &["basisinfrastructuur"])}
            <div class="cards cards--two">{cards}</div>
            {source_list(dataset, &cited)}
        </div>
    }
}
