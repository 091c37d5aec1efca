//! A project's page: every field, each figure with its source.

use std::sync::Arc;

use leptos::prelude::*;

use crate::app::components::source_ref::source_anchor;
use crate::app::components::{Localized, SourceRef};
use crate::app::i18n::*;
use crate::app::labels;
use crate::core::format;
use crate::core::model::{Dataset, Project, SourcedDate};
use crate::core::route::Route;

/// The page of one project.
#[component]
pub fn ProjectPage(dataset: Arc<Dataset>, project: Project) -> impl IntoView {
    let i18n = use_i18n();
    let source_ref = {
        let dataset = dataset.clone();
        move |id: &str| {
            let title = dataset
                .source(id)
                .map(|s| s.title.clone())
                .unwrap_or_default();
            view! { <SourceRef id=id.to_string() title /> }
        }
    };

    let programmes = match &project.programmes {
        Some(ids) if !ids.is_empty() => ids
            .iter()
            .filter_map(|id| dataset.programme(id).map(|p| p.name.clone()))
            .collect::<Vec<_>>()
            .join(", ")
            .into_any(),
        _ => view! { <span class="unknown">{t!(i18n, unknown)}</span> }.into_any(),
    };
    let action_lines = project
        .action_lines
        .iter()
        .filter_map(|id| dataset.action_line(id))
        .map(|line| view! { <li><Localized text=line.name.clone() /></li> })
        .collect_view();
    let status = project.status;
    let status_view = view! {
        {move || match status {
            Some(s) => labels::status(i18n.get_locale(), s).into_any(),
            None => view! { <span class="unknown">{t!(i18n, unknown)}</span> }.into_any(),
        }}
        {project.status_source.as_deref().map(source_ref.clone())}
    };
    let cross_border = project.cross_border;
    let kind = project.kind;

    let place = {
        let names: Vec<String> = project
            .municipalities
            .iter()
            .filter_map(|id| dataset.municipality(id).map(|m| m.name.clone()))
            .collect();
        let location = project.location.clone();
        match (names.is_empty(), location) {
            (true, None) => view! { <span class="unknown">{t!(i18n, unknown)}</span> }.into_any(),
            (false, None) => names.join(", ").into_any(),
            (true, Some(text)) => view! { <Localized text /> }.into_any(),
            (false, Some(text)) => {
                view! { {names.join(", ")} " (" <Localized text /> ")" }.into_any()
            }
        }
    };

    let date_rows = {
        let d = &project.dates;
        let rows: Vec<(&'static str, SourcedDate)> = [
            ("approved", &d.approved),
            ("planned_start", &d.planned_start),
            ("actual_start", &d.actual_start),
            ("planned_end", &d.planned_end),
            ("actual_end", &d.actual_end),
        ]
        .into_iter()
        .filter_map(|(key, date)| date.clone().map(|date| (key, date)))
        .collect();
        rows.into_iter()
            .map(|(key, date)| {
                let label = move || {
                    let locale = i18n.get_locale();
                    match key {
                        "approved" => td_string!(locale, date.approved),
                        "planned_start" => td_string!(locale, date.planned_start),
                        "actual_start" => td_string!(locale, date.actual_start),
                        "planned_end" => td_string!(locale, date.planned_end),
                        _ => td_string!(locale, date.actual_end),
                    }
                };
                let value = date.date;
                view! {
                    <tr>
                        <th scope="row">{label}</th>
                        <td>{move || format::date(&value, labels::lang(i18n.get_locale()))} " " {source_ref(&date.source)}</td>
                    </tr>
                }
            })
            .collect_view()
    };

    let funding_rows = project
        .funding
        .iter()
        .map(|f| {
            let name = dataset.funder_name(&f.funder).unwrap_or(&f.funder).to_string();
            let (eur, qualifier) = (f.eur, f.qualifier);
            let note = f.note.clone().map(|text| view! { <Localized text /> });
            view! {
                <tr>
                    <th scope="row">{name}</th>
                    <td class="number">
                        {move || match eur {
                            Some(eur) => {
                                let lang = labels::lang(i18n.get_locale());
                                format::qualified(qualifier, &format::money(eur, lang), lang).into_any()
                            }
                            None => view! { <span class="unknown">{t!(i18n, amount_unknown)}</span> }.into_any(),
                        }}
                    </td>
                    <td>{note} " " {source_ref(&f.source)}</td>
                </tr>
            }
        })
        .collect_view();

    let results = project
        .results
        .iter()
        .map(|r| {
            let (value, qualifier, unit, kind) = (r.value, r.qualifier, r.unit, r.kind);
            let period = r.period.clone();
            view! {
                <li class="result">
                    <span class="result__value">
                        {move || {
                            let lang = labels::lang(i18n.get_locale());
                            match value {
                                Some(v) => format::qualified(qualifier, &format::figure(v, unit, lang), lang).into_any(),
                                None => view! { <span class="unknown">{t!(i18n, unknown)}</span> }.into_any(),
                            }
                        }}
                    </span>
                    " "
                    <Localized text=r.label.clone() />
                    {period.map(|p| format!(" ({p})"))}
                    " · "
                    <span class="result__kind">{move || labels::result_kind(i18n.get_locale(), kind)}</span>
                    " "
                    {source_ref(&r.source)}
                </li>
            }
        })
        .collect_view();

    let participants = project
        .participants
        .iter()
        .map(|p| {
            let name = dataset.organisation(&p.organisation).map(|o| o.name.clone()).unwrap_or_default();
            let role = p.role;
            view! {
                <li>
                    {name} " · " <span class="role">{move || labels::role(i18n.get_locale(), role)}</span> " "
                    {source_ref(&p.source)}
                </li>
            }
        })
        .collect_view();

    let links = project
        .links
        .iter()
        .map(|link| {
            view! { <li><a href=link.url.clone() rel="external noopener"><Localized text=link.title.clone() /></a></li> }
        })
        .collect_view();

    let sources = project
        .sources
        .iter()
        .filter_map(|id| dataset.source(id))
        .map(|source| {
            let title = source.title.clone();
            view! {
                <li id=source_anchor(&source.id)>
                    {match source.url.clone() {
                        Some(url) => view! { <a href=url.clone() rel="external noopener">{title}</a> " " <span class="url">{url}</span> }.into_any(),
                        None => view! { {title} " " <span class="muted">"(" {t!(i18n, no_sources_url)} ")"</span> }.into_any(),
                    }}
                </li>
            }
        })
        .collect_view();

    let quality_notes = project
        .quality_notes
        .iter()
        .map(|note| view! { <li><Localized text=note.clone() /></li> })
        .collect_view();

    let part_of = project
        .part_of
        .as_deref()
        .and_then(|id| dataset.project(id))
        .map(|parent| {
            let href = Route::Project {
                id: parent.id.clone(),
            }
            .href();
            view! {
                <dt>{t!(i18n, field.part_of)}</dt>
                <dd><a href=href>{parent.name.clone()}</a></dd>
            }
        });
    let aliases = (!project.aliases.is_empty()).then(|| {
        let aliases = project.aliases.join(", ");
        view! {
            <dt>{t!(i18n, field.also_known_as)}</dt>
            <dd>{aliases}</dd>
        }
    });

    let has_dates = !project.dates.eq(&Default::default());
    let has_funding = !project.funding.is_empty();
    let has_results = !project.results.is_empty();
    let has_participants = !project.participants.is_empty();
    let has_links = !project.links.is_empty();
    let has_notes = !project.quality_notes.is_empty();

    view! {
        <article class="project-page" aria-labelledby="project-title">
            <p class="back"><a href=Route::Home.href()>{t!(i18n, back_to_list)}</a></p>
            <h1 id="project-title">{project.name.clone()}</h1>
            <p class="project-page__kind">
                {move || match kind {
                    Some(kind) => labels::kind(i18n.get_locale(), kind).into_any(),
                    None => view! { <span class="unknown">{t!(i18n, kind_unknown)}</span> }.into_any(),
                }}
            </p>
            <Localized text=project.description.clone() paragraph=true />

            <dl class="facts">
                <dt>{t!(i18n, field.programme)}</dt>
                <dd>{programmes}</dd>
                <dt>{t!(i18n, field.action_lines)}</dt>
                <dd><ul class="inline-list">{action_lines}</ul></dd>
                <dt>{t!(i18n, field.status_as_of)}</dt>
                <dd>{status_view}</dd>
                <dt>{t!(i18n, field.location)}</dt>
                <dd>{place}</dd>
                <dt>{t!(i18n, field.cross_border)}</dt>
                <dd>
                    {move || match cross_border {
                        Some(true) => t!(i18n, yes).into_any(),
                        Some(false) => t!(i18n, no).into_any(),
                        None => view! { <span class="unknown">{t!(i18n, unknown)}</span> }.into_any(),
                    }}
                </dd>
                {part_of}
                {aliases}
            </dl>

            {has_participants.then(|| view! {
                <h2>{t!(i18n, field.participants)}</h2>
                <ul class="participants">{participants}</ul>
            })}
            {has_dates.then(|| view! {
                <h2>{t!(i18n, field.dates)}</h2>
                <table class="data-table"><tbody>{date_rows}</tbody></table>
            })}
            {has_funding.then(|| view! {
                <h2>{t!(i18n, field.funding)}</h2>
                <table class="data-table"><tbody>{funding_rows}</tbody></table>
            })}
            {has_results.then(|| view! {
                <h2>{t!(i18n, field.results)}</h2>
                <ul class="results">{results}</ul>
            })}
            {has_links.then(|| view! {
                <h2>{t!(i18n, field.links)}</h2>
                <ul class="links">{links}</ul>
            })}
            {has_notes.then(|| view! {
                <h2>{t!(i18n, field.quality_notes)}</h2>
                <ul class="quality-notes">{quality_notes}</ul>
            })}
            <h2>{t!(i18n, field.sources)}</h2>
            <ol class="sources">{sources}</ol>
        </article>
    }
}
