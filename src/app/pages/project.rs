//! A project's page: every field, each figure with its source, and the way back and onward.

use crate::app::components::money_answer::project_money;
use crate::core::places::Places;
use crate::core::text::fill;
use leptos::prelude::*;

use crate::app::components::cite::{Cite, CiteProject, CitedFigure};
use crate::app::components::sources::source_list;
use crate::app::components::{organisation_name, Localized, SourceRef};
use crate::app::i18n::*;
use crate::app::labels;
use crate::app::state::AppState;
use crate::app::url::UrlState;
use crate::core::cite::FigureRef;
use crate::core::explore::{neighbours, related};
use crate::core::format;
use crate::core::index::SearchIndex;
use crate::core::model::{Dataset, Project};
use crate::core::query::Query;
use crate::core::route::Location;

/// How many related projects the page lists.
const RELATED_SHOWN: usize = 6;

/// "onbekend", marked so it stands out from real values.
fn unknown(text: &'static str) -> AnyView {
    view! { <span class="unknown">{text}</span> }.into_any()
}

/// The page of one project, `position` in `dataset.projects`.
#[component]
pub fn ProjectPage(position: u32) -> impl IntoView {
    let loc = locale();
    let state = AppState::get();
    let url = UrlState::get();
    let loaded = state.loaded();
    let dataset = &loaded.dataset;
    let project = &dataset.projects[position as usize];
    let query = url.query.get_untracked();

    let kind = match project.kind {
        Some(kind) => labels::kind(loc, kind).into_any(),
        None => unknown(td_string!(loc, kind_unknown)),
    };
    let aliases = (!project.aliases.is_empty()).then(|| project.aliases.join(", "));

    view! {
        <article class="project-page" aria-labelledby="project-title">
            <p class="back"><a href=Location::projects(query.clone()).href()>{td_string!(loc, back_to_list)}</a></p>
            <h1 id="project-title" tabindex="-1">{project.name.clone()}</h1>
            <p class="project-page__kind">{kind}</p>
            <Localized text=project.description.clone() paragraph=true />
            <CiteProject
                name=project.name.clone()
                sources=project.cited_sources().iter().map(|id| dataset.source_title(id).to_string()).collect()
            />
            {facts(dataset, project, &query)}
            {aliases.map(|aliases| view! { <p class="muted">{td_string!(loc, field.also_known_as)} ": " {aliases}</p> })}
            {participants(dataset, project)}
            {crate::app::pages::glossary::terms_note(&query, &["penvoerder", "actielijn", "rdt-avt"])}
            {dates(project)}
            {funding(dataset, project)}
            {results(project)}
            {links(project)}
            {quality_notes(project)}
            {source_list(dataset, &project.cited_sources())}
            {related_projects(dataset, &loaded.index, project, &query)}
            {selection_nav(&state, dataset, position, &query)}
        </article>
    }
}

fn facts(dataset: &Dataset, project: &Project, query: &Query) -> AnyView {
    let loc = locale();
    let programmes = match &project.programmes {
        Some(ids) if !ids.is_empty() => ids
            .iter()
            .filter_map(|id| dataset.programme(id).map(|p| p.name.clone()))
            .collect::<Vec<_>>()
            .join(", ")
            .into_any(),
        _ => unknown(td_string!(loc, unknown)),
    };
    let action_lines = if project.action_lines.is_empty() {
        unknown(td_string!(loc, unknown))
    } else {
        let lines = project
            .action_lines
            .iter()
            .filter_map(|id| dataset.action_line(id))
            .map(|line| view! { <li><Localized text=line.name.clone() /></li> })
            .collect_view();
        view! { <ul class="inline-list">{lines}</ul> }.into_any()
    };
    let status = match project.status {
        Some(s) => labels::status(loc, s).into_any(),
        None => unknown(td_string!(loc, unknown)),
    };
    let status_source = project.status_source.clone().map(|id| view! { <SourceRef id /> });
    // A project for all of Twente lists every municipality: its place is the region, not 14 names.
    let whole_region = Places::of(dataset).is_whole_region(project);
    let names: Vec<String> = if whole_region {
        Vec::new()
    } else {
        project.municipalities.iter().filter_map(|id| dataset.municipality(id).map(|m| m.name.clone())).collect()
    };
    let place = match (names.is_empty(), project.location.clone()) {
        (true, None) if whole_region => td_string!(loc, municipalities.whole_region).into_any(),
        (true, None) => unknown(td_string!(loc, unknown)),
        (false, None) => names.join(", ").into_any(),
        (true, Some(text)) => view! { <Localized text /> }.into_any(),
        (false, Some(text)) => view! { {names.join(", ")} " (" <Localized text /> ")" }.into_any(),
    };
    let cross_border = match project.cross_border {
        Some(true) => td_string!(loc, yes).into_any(),
        Some(false) => td_string!(loc, no).into_any(),
        None => unknown(td_string!(loc, unknown)),
    };
    let part_of = project.part_of.as_deref().and_then(|id| dataset.project(id)).map(|parent| {
        view! {
            <dt>{td_string!(loc, field.part_of)}</dt>
            <dd><a href=Location::project(&parent.id, query.clone()).href()>{parent.name.clone()}</a></dd>
        }
    });
    view! {
        <dl class="facts">
            <dt>{td_string!(loc, field.programme)}</dt>
            <dd>{programmes}</dd>
            <dt>{td_string!(loc, field.action_lines)}</dt>
            <dd>{action_lines}</dd>
            <dt>{td_string!(loc, field.status_as_of)}</dt>
            <dd>{status} " " {status_source}</dd>
            <dt>{td_string!(loc, field.location)}</dt>
            <dd>{place}</dd>
            <dt>{td_string!(loc, field.cross_border)}</dt>
            <dd>{cross_border}</dd>
            {part_of}
        </dl>
    }
    .into_any()
}

/// A section with a heading, or nothing when it has no rows.
fn section(heading: &'static str, rows: Vec<AnyView>, list_class: &'static str) -> Option<AnyView> {
    (!rows.is_empty()).then(|| view! { <h2>{heading}</h2> <ul class=list_class>{rows}</ul> }.into_any())
}

fn participants(dataset: &Dataset, project: &Project) -> Option<AnyView> {
    let loc = locale();
    let rows = project
        .participants
        .iter()
        .map(|p| {
            let name = organisation_name(dataset, &p.organisation);
            view! {
                <li>{name} " · " <span class="role">{labels::role(loc, p.role)}</span> " " <SourceRef id=p.source.clone() /></li>
            }
            .into_any()
        })
        .collect();
    section(td_string!(loc, field.participants), rows, "participants")
}

fn dates(project: &Project) -> Option<AnyView> {
    let loc = locale();
    let lang = loc.lang();
    let rows: Vec<AnyView> = project
        .dates
        .known()
        .map(|(kind, date)| {
            view! {
                <tr>
                    <th scope="row">{labels::date_kind(loc, kind)}</th>
                    <td>{format::date(&date.date, lang)} " " <SourceRef id=date.source.clone() /></td>
                </tr>
            }
            .into_any()
        })
        .collect();
    (!rows.is_empty()).then(|| {
        view! {
            <h2>{td_string!(loc, field.dates)}</h2>
            <div class="table-scroll"><table class="data-table"><tbody>{rows}</tbody></table></div>
        }
        .into_any()
    })
}

/// The project's money: always shown, so that "not in the sources" is said rather than left out.
fn funding(dataset: &Dataset, project: &Project) -> AnyView {
    let loc = locale();
    let lang = loc.lang();
    let rows: Vec<AnyView> = project
        .funding
        .iter()
        .map(|f| {
            let name = organisation_name(dataset, &f.funder);
            let amount = match f.eur {
                Some(eur) => format::qualified(f.qualifier, &format::money(eur, lang), lang).into_any(),
                None => unknown(td_string!(loc, amount_unknown)),
            };
            let note = f.note.clone().map(|text| view! { <Localized text /> });
            view! {
                <tr>
                    <th scope="row">{name}</th>
                    <td class="number">{amount}</td>
                    <td>{note} " " <SourceRef id=f.source.clone() /></td>
                </tr>
            }
            .into_any()
        })
        .collect();
    let table = (!rows.is_empty())
        .then(|| view! { <div class="table-scroll"><table class="data-table"><tbody>{rows}</tbody></table></div> });
    view! {
        <section aria-labelledby="project-money">
            <h2 id="project-money">{td_string!(loc, field.funding)}</h2>
            {project_money(project)}
            {table}
        </section>
    }
    .into_any()
}

fn results(project: &Project) -> Option<AnyView> {
    let loc = locale();
    let lang = loc.lang();
    let rows = project
        .results
        .iter()
        .enumerate()
        .map(|(n, r)| {
            let shown = r.value.map(|v| format::qualified(r.qualifier, &format::figure(v, r.unit, lang), lang));
            let cited = CitedFigure::new(
                FigureRef::Result(&project.id, n),
                shown.clone().unwrap_or_else(|| td_string!(loc, unknown).to_string()),
                format!("{}, {}", project.name, r.label.get(lang).text),
                r.period.as_deref().map(|p| format::period(p, lang)),
                &r.source,
            );
            let anchor = cited.anchor.clone();
            let value = match shown {
                Some(shown) => shown.into_any(),
                None => unknown(td_string!(loc, unknown)),
            };
            let period = r.period.as_deref().map(|p| format!(" ({})", format::period(p, lang)));
            view! {
                <li class="result-figure" id=anchor>
                    <span class="result-figure__value">{value}</span> " " <Localized text=r.label.clone() /> {period}
                    " · " <span class="result-figure__kind">{labels::result_kind(loc, r.kind)}</span> " "
                    <SourceRef id=r.source.clone() />
                    <Cite figure=cited />
                </li>
            }
            .into_any()
        })
        .collect();
    section(td_string!(loc, field.results), rows, "results")
}

fn links(project: &Project) -> Option<AnyView> {
    let loc = locale();
    let rows = project
        .links
        .iter()
        .map(|link| {
            view! { <li><a href=link.url.clone() rel="external noopener"><Localized text=link.title.clone() /></a></li> }
                .into_any()
        })
        .collect();
    section(td_string!(loc, field.links), rows, "links")
}

fn quality_notes(project: &Project) -> Option<AnyView> {
    let loc = locale();
    let rows = project
        .quality_notes
        .iter()
        .map(|note| view! { <li><Localized text=note.clone() /></li> }.into_any())
        .collect();
    section(td_string!(loc, field.quality_notes), rows, "quality-notes")
}

fn related_projects(dataset: &Dataset, index: &SearchIndex, project: &Project, query: &Query) -> Option<AnyView> {
    let loc = locale();
    let rows = related(dataset, index, project, RELATED_SHOWN)
        .into_iter()
        .map(|other| {
            view! { <li><a href=Location::project(&other.id, query.clone()).href()>{other.name.clone()}</a></li> }
                .into_any()
        })
        .collect();
    section(td_string!(loc, project_nav.related), rows, "related")
}

/// Previous and next project within the reader's current results, and the position among them.
fn selection_nav(state: &AppState, dataset: &Dataset, position: u32, query: &Query) -> AnyView {
    let loc = locale();
    let (previous, next) = state.results.with_untracked(|r| neighbours(r, position));
    let place = state
        .results
        .with_untracked(|r| r.matches.iter().position(|&p| p == position).map(|i| (i + 1, r.matches.len())));
    let link = |position: Option<u32>, rel: &'static str, label: &'static str| {
        position.map(|p| {
            let other = &dataset.projects[p as usize];
            view! {
                <a href=Location::project(&other.id, query.clone()).href() rel=rel class=format!("project-nav__{rel}")>
                    <span class="project-nav__label">{label}</span>
                    <span class="project-nav__name">{other.name.clone()}</span>
                </a>
            }
        })
    };
    view! {
        <nav class="project-nav" aria-label=td_string!(loc, project_nav.label)>
            {link(previous, "prev", td_string!(loc, project_nav.previous))}
            {place.map(|(n, total)| view! {
                <span class="project-nav__position">{fill(td_string!(loc, project_nav.position), &[("n", &n.to_string()), ("total", &total.to_string())])}</span>
            })}
            {link(next, "next", td_string!(loc, project_nav.next))}
        </nav>
    }
    .into_any()
}
