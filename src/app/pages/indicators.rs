//! The regional indicators of the chapter "Signalering", as cards.

use crate::core::text::fill;
use leptos::prelude::*;

use crate::app::url::UrlState;

use crate::app::components::cite::{Cite, CitedFigure};
use crate::app::components::sources::source_list;
use crate::app::components::{Localized, SourceRef};
use crate::app::i18n::*;
use crate::app::state::AppState;
use crate::core::cite::FigureRef;
use crate::core::format;
use crate::core::model::{Direction, Indicator};

/// The indicators page.
#[component]
pub fn Indicators() -> impl IntoView {
    let loc = locale();
    let state = AppState::get();
    let loaded = state.loaded();
    let dataset = &loaded.dataset;
    // Group by theme, keeping the dataset's order.
    let mut themes: Vec<(String, Vec<&Indicator>)> = Vec::new();
    for indicator in &dataset.indicators {
        match themes.iter_mut().find(|(t, _)| *t == indicator.theme.nl) {
            Some((_, list)) => list.push(indicator),
            None => themes.push((indicator.theme.nl.clone(), vec![indicator])),
        }
    }
    let cited: Vec<String> = dataset.indicators.iter().map(|i| i.source.clone()).collect();
    let sections = themes
        .into_iter()
        .map(|(_, indicators)| {
            let theme = indicators[0].theme.clone();
            let cards = indicators.into_iter().map(card).collect_view();
            view! {
                <section class="theme">
                    <h2><Localized text=theme /></h2>
                    <ul class="cards cards--three plain">{cards}</ul>
                </section>
            }
        })
        .collect_view();
    view! {
        <div class="indicators">
            <h1 tabindex="-1">{td_string!(loc, indicators.heading)}</h1>
            <p class="intro">{td_string!(loc, indicators.intro)}</p>
            {crate::app::pages::glossary::terms_note(&UrlState::get().query.get_untracked(), &["signalering"])}
            {sections}
            {source_list(dataset, &cited)}
        </div>
    }
}

fn card(indicator: &Indicator) -> AnyView {
    let loc = locale();
    let lang = loc.lang();
    let value =
        indicator.value.map(|v| format::qualified(indicator.qualifier, &format::figure(v, indicator.unit, lang), lang));
    let direction = indicator.direction.map(|d| match d {
        Direction::Up => ("↑", td_string!(loc, indicators.up)),
        Direction::Down => ("↓", td_string!(loc, indicators.down)),
        Direction::Flat => ("→", td_string!(loc, indicators.flat)),
    });
    let national = indicator
        .national_value
        .map(|v| fill(td_string!(loc, indicators.national), &[("value", &format::figure(v, indicator.unit, lang))]));
    let cited = CitedFigure::new(
        FigureRef::Indicator(&indicator.id),
        value.clone().unwrap_or_else(|| td_string!(loc, indicators.no_value).to_string()),
        indicator.label.get(lang).text.to_string(),
        Some(indicator.period.get(lang).text.to_string()),
        &indicator.source,
    );
    let anchor = cited.anchor.clone();
    view! {
        <li class="card indicator" id=anchor>
            <h3 class="indicator__label"><Localized text=indicator.label.clone() /></h3>
            <p class="indicator__value">
                {match value {
                    Some(v) => view! { <span>{v}</span> }.into_any(),
                    None => view! { <span class="muted">{td_string!(loc, indicators.no_value)}</span> }.into_any(),
                }}
                {direction.map(|(arrow, word)| view! {
                    " " <span class="indicator__direction" aria-hidden="true">{arrow}</span>
                    <span class="indicator__direction-word">{word}</span>
                })}
            </p>
            <p class="indicator__period"><Localized text=indicator.period.clone() /></p>
            {national.map(|n| view! { <p>{n}</p> })}
            {indicator.comparison.clone().map(|text| view! { <p><Localized text /></p> })}
            {indicator.quality_note.clone().map(|text| view! {
                <p class="note note--quality"><strong>{td_string!(loc, indicators.quality)} " "</strong><Localized text /></p>
            })}
            <p class="indicator__source"><SourceRef id=indicator.source.clone() /></p>
            <Cite figure=cited />
        </li>
    }
    .into_any()
}
