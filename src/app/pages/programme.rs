//! A programme's page: budgets (every source's figure), funders, milestones, governance, the
//! reporting period, its headline figures and its projects.

use crate::app::components::money_answer::programme_money;
use crate::core::text::fill;
use leptos::prelude::*;

use crate::app::components::cite::{Cite, CitedFigure};
use crate::core::cite::FigureRef;

use crate::app::components::sources::source_list;
use crate::app::components::{organisation_name, Localized, SourceRef};
use crate::app::i18n::*;
use crate::app::pages::overview::key_figure;
use crate::app::state::AppState;
use crate::app::url::UrlState;
use crate::core::format;
use crate::core::model::{Dataset, Programme};
use crate::core::query::{Facet, FilterState, Query};
use crate::core::route::{Location, View};

/// The page of the programme `id` (a not-found message when there is none).
#[component]
pub fn ProgrammePage(id: String) -> impl IntoView {
    let loc = locale();
    let lang = loc.lang();
    let state = AppState::get();
    let url = UrlState::get();
    let loaded = state.loaded();
    let dataset = &loaded.dataset;
    let query = url.query.get_untracked();
    let Some(programme) = dataset.programme(&id) else {
        return view! {
            <section class="not-found">
                <h1 tabindex="-1">{td_string!(loc, programme.not_found)}</h1>
                <p><a href=Location::new(View::Overview, query).href()>{td_string!(loc, programme.to_overview)}</a></p>
            </section>
        }
        .into_any();
    };
    let mut cited: Vec<String> = Vec::new();
    let budgets = programme
        .budgets
        .iter()
        .enumerate()
        .map(|(n, b)| {
            cited.push(b.source.clone());
            let amount = b.eur.map_or_else(|| td_string!(loc, amount_unknown).to_string(), |e| format::money(e, lang));
            let period = match (&b.start, &b.end) {
                (Some(s), Some(e)) => {
                    format!("{} – {}", format::date(s, lang), format::date(e, lang))
                }
                _ => td_string!(loc, unknown).to_string(),
            };
            let measures = fill(td_string!(loc, cite.budget), &[("programme", &programme.name)]);
            let cited = CitedFigure::new(
                FigureRef::Budget(&programme.id, n),
                amount.clone(),
                measures,
                Some(period.clone()),
                &b.source,
            );
            let anchor = cited.anchor.clone();
            view! {
                <tr id=anchor>
                    <td class="number">{amount}</td>
                    <td>{period}</td>
                    <td>{b.note.clone().map(|text| view! { <Localized text /> })}</td>
                    <td><SourceRef id=b.source.clone() /> <Cite figure=cited /></td>
                </tr>
            }
        })
        .collect_view();
    let funders = programme
        .funders
        .iter()
        .map(|f| {
            cited.push(f.source.clone());
            let amount = f.eur.map_or_else(|| td_string!(loc, amount_unknown).to_string(), |e| format::money(e, lang));
            view! {
                <tr>
                    <th scope="row">{organisation_name(dataset, &f.funder)}</th>
                    <td class="number">{amount}</td>
                    <td>{f.note.clone().map(|text| view! { <Localized text /> })}</td>
                    <td><SourceRef id=f.source.clone() /></td>
                </tr>
            }
        })
        .collect_view();
    let milestones = programme
        .milestones
        .iter()
        .map(|m| {
            cited.push(m.source.clone());
            view! {
                <li>
                    <strong>{format::date(&m.date, lang)}</strong> " " <Localized text=m.label.clone() /> " "
                    <SourceRef id=m.source.clone() />
                </li>
            }
        })
        .collect_view();
    let period = programme.reporting_period.as_ref().map(|p| {
        cited.push(p.source.clone());
        view! {
            <p>
                {td_string!(loc, overview.reporting_period)} ": " {format::date(&p.start, lang)} " – "
                {format::date(&p.end, lang)} " " <SourceRef id=p.source.clone() />
            </p>
        }
    });
    let figures = dataset
        .key_figures
        .iter()
        .filter(|k| k.programme.as_deref() == Some(&programme.id))
        .map(|k| {
            cited.push(k.source.clone());
            key_figure(k)
        })
        .collect_view();
    let count = dataset
        .projects
        .iter()
        .filter(|p| p.programmes.as_ref().is_some_and(|ids| ids.contains(&programme.id)))
        .count();
    let explorer =
        Location::projects(query.cleared().with_filter(Facet::Programme, &programme.id, FilterState::Included)).href();
    let links = programme
        .links
        .iter()
        .map(
            |l| view! { <li><a href=l.url.clone() rel="external noopener"><Localized text=l.title.clone() /></a></li> },
        )
        .collect_view();
    view! {
        <article class="programme">
            <p class="back"><a href=Location::new(View::Overview, query.clone()).href()>{td_string!(loc, programme.to_overview)}</a></p>
            <h1 tabindex="-1">{programme.name.clone()} " (" {programme.short_name.clone()} ")"</h1>
            <Localized text=programme.description.clone() paragraph=true />
            {succession(dataset, programme, &query)}
            {programme_money(dataset, programme, false)}
            {crate::app::pages::glossary::terms_note(&query, &["regio-deal", "tranche", "rijksmiddelen", "cofinanciering", "twente-board"])}
            {period}
            {(count > 0).then(|| view! { <p><a href=explorer>{fill(td_string!(loc, programme.projects), &[("count", &count.to_string())])}</a></p> })}
            <h2>{td_string!(loc, overview.budget)}</h2>
            {programme.budgets.is_empty().then(|| view! { <p>{td_string!(loc, programme.budget_unknown)}</p> })}
            <div class="table-scroll" hidden=programme.budgets.is_empty()>
                <table class="data-table">
                    <thead><tr>
                        <th scope="col">{td_string!(loc, money.amount)}</th>
                        <th scope="col">{td_string!(loc, programme.period)}</th>
                        <th scope="col">{td_string!(loc, programme.note)}</th>
                        <th scope="col">{td_string!(loc, field.sources)}</th>
                    </tr></thead>
                    <tbody>{budgets}</tbody>
                </table>
            </div>
            <h2>{td_string!(loc, programme.funders)}</h2>
            <div class="table-scroll">
                <table class="data-table"><tbody>{funders}</tbody></table>
            </div>
            <h2>{td_string!(loc, overview.figures)}</h2>
            <ul class="figures">{figures}</ul>
            <h2>{td_string!(loc, programme.milestones)}</h2>
            <ul class="plain timeline-list">{milestones}</ul>
            {programme.governance.clone().map(|text| view! {
                <h2>{td_string!(loc, programme.governance)}</h2>
                <Localized text paragraph=true />
            })}
            <h2>{td_string!(loc, field.links)}</h2>
            <ul>{links}</ul>
            {source_list(dataset, &cited)}
        </article>
    }
    .into_any()
}

/// Where a programme stands among its predecessors and successors: a successor says, before
/// anything else, that it is a deal of its own which the report does not cover, so none of its
/// figures reads as the report's; a programme that was followed up links to its successor.
pub fn succession(dataset: &Dataset, programme: &Programme, query: &Query) -> impl IntoView {
    let loc = locale();
    let link = |p: &Programme| {
        view! { <a href=Location::new(View::Programme(p.id.clone()), query.clone()).href()>{p.name.clone()}</a> }
    };
    let follows = programme.follows.as_deref().and_then(|id| dataset.programme(id)).map(|predecessor| {
        view! {
            <p class="note note--successor">
                {td_string!(loc, programme.follows)} " " {link(predecessor)} ". " {td_string!(loc, programme.outside_report)}
            </p>
        }
    });
    let successors = dataset
        .successors(&programme.id)
        .map(|successor| view! { <p>{td_string!(loc, programme.followed_by)} " " {link(successor)}</p> })
        .collect_view();
    (follows, successors)
}
