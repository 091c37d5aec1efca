//! About the data: what is unknown per project, where sources disagree (both figures, both
//! sources), figures of the report that do not add up (with what the report says of how they
//! relate), and the source's own placeholders and oddities.

use crate::core::text::fill;
use leptos::prelude::*;

use crate::app::components::sources::{other_lang, source_list};
use crate::app::components::{Localized, SourceRef};
use crate::app::i18n::*;
use crate::app::state::AppState;
use crate::app::url::UrlState;
use crate::core::format;
use crate::core::quality::{disagreements, tensions, unknown_fields, Tension, UnknownField};
use crate::core::query::Query;
use crate::core::route::{Location, View};

fn field_name(loc: Locale, field: UnknownField) -> &'static str {
    match field {
        UnknownField::Programme => td_string!(loc, field.programme),
        UnknownField::ActionLines => td_string!(loc, field.action_lines),
        UnknownField::Status => td_string!(loc, field.status),
        UnknownField::Kind => td_string!(loc, field.kind),
        UnknownField::Place => td_string!(loc, field.location),
        UnknownField::CrossBorder => td_string!(loc, field.cross_border),
        UnknownField::Dates => td_string!(loc, field.dates),
        UnknownField::Participants => td_string!(loc, field.participants),
        UnknownField::Money => td_string!(loc, field.funding),
    }
}

/// The data-quality page.
#[component]
pub fn Quality() -> impl IntoView {
    let loc = locale();
    let lang = loc.lang();
    let state = AppState::get();
    let url = UrlState::get();
    let loaded = state.loaded();
    let dataset = &loaded.dataset;
    let query = url.query.get_untracked();
    let mut cited: Vec<String> = Vec::new();

    let disagreements = disagreements(dataset)
        .into_iter()
        .map(|d| {
            let programme = dataset.programme(&d.programme).map(|p| p.name.clone()).unwrap_or_default();
            let subject = match &d.funder {
                None => fill(td_string!(loc, quality.budget_of), &[("programme", programme.as_str())]),
                Some(f) => fill(
                    td_string!(loc, quality.contribution_of),
                    &[("funder", (dataset.funder_name(f).unwrap_or(f))), ("programme", programme.as_str())],
                ),
            };
            let figures = d
                .figures
                .into_iter()
                .map(|f| {
                    cited.push(f.source.clone());
                    view! {
                        <li>
                            <strong>{format::money(f.eur, lang)}</strong>
                            {f.period.map(|p| format!(" ({p})"))} " " <SourceRef id=f.source.clone() />
                            " " <span lang=other_lang(dataset.source_lang(&f.source), loc)>{dataset.source_title(&f.source).to_string()}</span>
                        </li>
                    }
                })
                .collect_view();
            view! { <li><strong>{subject}</strong><ul>{figures}</ul></li> }
        })
        .collect_view();

    let tensions = tensions(dataset)
        .into_iter()
        .map(|tension| {
            cited.push(tension.source().to_string());
            let subject = match tension {
                Tension::KeyFigure { figure, .. } => {
                    let value = figure.value.map_or_else(
                        || td_string!(loc, amount_unknown).to_string(),
                        |v| format::qualified(figure.qualifier, &format::figure(v, figure.unit, lang), lang),
                    );
                    view! { <strong>{value} " " <Localized text=figure.label.clone() /></strong> }.into_any()
                }
                Tension::ReportingPeriod { programme, period, .. } => view! {
                    <strong>
                        {fill(td_string!(loc, quality.period_of), &[("programme", programme.name.as_str())])} ": "
                        {format::date(&period.start, lang)} " – " {format::date(&period.end, lang)}
                    </strong>
                }
                .into_any(),
            };
            view! {
                <li>
                    {subject} ": " <Localized text=tension.note().clone() /> " "
                    <SourceRef id=tension.source().to_string() />
                </li>
            }
        })
        .collect_view();

    let basis_notes = dataset
        .basisinfrastructuur
        .iter()
        .flat_map(|b| b.quality_notes.iter().map(move |note| (b, note)))
        .map(|(basis, note)| {
            cited.push(basis.source.clone());
            view! {
                <li>
                    <strong>{fill(td_string!(loc, quality.basis_notes), &[("name", basis.name.as_str())])}</strong> ": "
                    <Localized text=note.clone() /> " " <SourceRef id=basis.source.clone() />
                </li>
            }
        })
        .collect_view();

    let oddities = dataset
        .indicators
        .iter()
        .filter_map(|i| i.quality_note.clone().map(|note| (i, note)))
        .map(|(indicator, note)| {
            cited.push(indicator.source.clone());
            view! {
                <li>
                    <strong><Localized text=indicator.label.clone() /></strong> ": " <Localized text=note /> " "
                    <SourceRef id=indicator.source.clone() />
                </li>
            }
        })
        .collect_view();
    let lost = dataset.finance_series.iter().filter(|s| !s.values_in_source).count();

    let projects = dataset
        .projects
        .iter()
        .filter_map(|p| {
            let unknown = unknown_fields(p);
            (!unknown.is_empty() || !p.quality_notes.is_empty()).then(|| {
                let names = unknown.iter().map(|f| field_name(loc, *f)).collect::<Vec<_>>().join(", ");
                let notes =
                    p.quality_notes.iter().map(|n| view! { <li><Localized text=n.clone() /></li> }).collect_view();
                view! {
                    <tr>
                        <th scope="row"><a href=Location::project(&p.id, query.clone()).href()>{p.name.clone()}</a></th>
                        <td>{if names.is_empty() { "–".to_string() } else { names }}</td>
                        <td><ul class="plain">{notes}</ul></td>
                    </tr>
                }
            })
        })
        .collect_view();
    let check_href = Location::new(View::Check, Query { settings: query.settings.clone(), ..Query::default() }).href();
    view! {
        <article class="quality">
            <h1 tabindex="-1">{td_string!(loc, quality.heading)}</h1>
            <p class="intro">{td_string!(loc, quality.intro)}</p>
            <p><a href=check_href>{td_string!(loc, quality.to_check)}</a></p>
            <h2>{td_string!(loc, quality.disagree_title)}</h2>
            <ul class="disagreements">{disagreements}</ul>
            <h2>{td_string!(loc, quality.tensions_title)}</h2>
            <p>{td_string!(loc, quality.tensions_intro)}</p>
            <ul class="tensions" data-testid="tensions">{tensions}</ul>
            <h2>{td_string!(loc, quality.oddities_title)}</h2>
            <ul>
                {oddities}
                {basis_notes}
                <li>{fill(td_string!(loc, quality.lost_charts), &[("count", &lost.to_string())])}</li>
                <li>{td_string!(loc, quality.lost_legend)}</li>
            </ul>
            <h2>{td_string!(loc, quality.unknown_title)}</h2>
            <p>{td_string!(loc, quality.unknown_intro)}</p>
            <div class="table-scroll">
                <table class="data-table" data-testid="unknowns">
                    <thead><tr>
                        <th scope="col">{td_string!(loc, money.project)}</th>
                        <th scope="col">{td_string!(loc, quality.unknown_column)}</th>
                        <th scope="col">{td_string!(loc, field.quality_notes)}</th>
                    </tr></thead>
                    <tbody>{projects}</tbody>
                </table>
            </div>
            <Downloads />
            {source_list(dataset, &cited)}
        </article>
    }
}

/// The data as open data: the whole dataset and a CSV file per list, written at build time next to
/// the pages (core::downloads), and a JSON file per project. Links with `download`, so the app does
/// not take them for pages.
#[component]
fn Downloads() -> impl IntoView {
    let loc = locale();
    let lists = crate::core::downloads::LISTS
        .iter()
        .map(|name| {
            let label = match *name {
                "projects" => td_string!(loc, downloads.projects),
                "organisations" => td_string!(loc, downloads.organisations),
                "key-figures" => td_string!(loc, downloads.key_figures),
                "finance-points" => td_string!(loc, downloads.finance_points),
                "indicators" => td_string!(loc, downloads.indicators),
                _ => td_string!(loc, downloads.sources),
            };
            let href = format!("{}/csv/{name}.csv", crate::core::downloads::FOLDER);
            view! { <li><a href=href.clone() download>{label}</a>" (CSV)"</li> }
        })
        .collect_view();
    view! {
        <section aria-labelledby="downloads-title">
            <h2 id="downloads-title">{td_string!(loc, downloads.title)}</h2>
            <p>{td_string!(loc, downloads.intro)}</p>
            <ul>
                <li><a href=crate::contract::DATASET_PATH download>{td_string!(loc, downloads.dataset)}</a>" (JSON)"</li>
                {lists}
            </ul>
            <p>{td_string!(loc, downloads.per_project)}</p>
            <p>
                <a href=crate::core::dictionary::DICTIONARY_PATH rel="external">{td_string!(loc, downloads.dictionary)}</a>
                " " {td_string!(loc, downloads.schema)} " "
                <a href=crate::core::dictionary::SCHEMA_PATH download>"schema.json"</a>
            </p>
        </section>
    }
}
