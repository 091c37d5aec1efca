//! Two to four projects, or action lines, side by side: money, status, dates, partners, results.
//! The choice lives in the URL (`?view=compare&ids=a,b`), so a comparison can be shared.

use crate::core::text::fill;
use leptos::ev;
use leptos::prelude::*;

use crate::app::i18n::*;
use crate::app::labels;
use crate::app::state::AppState;
use crate::app::url::UrlState;
use crate::core::charts::data::status_counts;
use crate::core::format;
use crate::core::index::SearchIndex;
use crate::core::model::{Dataset, Project};
use crate::core::query::Query;
use crate::core::route::{Location, View, MAX_COMPARED};

/// The compare page.
#[component]
pub fn Compare(lines: bool, ids: Vec<String>) -> impl IntoView {
    let loc = locale();
    let state = AppState::get();
    let url = UrlState::get();
    let loaded = state.loaded();
    let dataset = &loaded.dataset;
    let query = url.query.get_untracked();
    // Only ids that exist take part.
    let ids: Vec<String> = ids
        .into_iter()
        .filter(|id| if lines { dataset.action_line(id).is_some() } else { dataset.project(id).is_some() })
        .collect();
    let mode_link =
        |to_lines: bool| Location::new(View::Compare { lines: to_lines, ids: Vec::new() }, query.clone()).href();
    // Every slot at once: a choice is sent as a whole, with the app or without it.
    let pickers = (0..MAX_COMPARED).map(|slot| picker(dataset, &loaded.index, lines, &ids, slot)).collect_view();
    // The choice changes nothing until the reader confirms it (the button, or Enter in the form):
    // the lists can be browsed with the arrow keys (WCAG 3.2.2). Without the app the form sends
    // `ids=a&ids=b`, which the page reads as well.
    let submit_query = query.clone();
    let on_submit = move |ev: ev::SubmitEvent| {
        ev.prevent_default();
        let mut next: Vec<String> = Vec::new();
        for slot in 0..MAX_COMPARED {
            let chosen = document()
                .get_element_by_id(&format!("compare-{slot}"))
                .and_then(|el| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlSelectElement>(el).ok())
                .map(|select| select.value())
                .unwrap_or_default();
            if !chosen.is_empty() && !next.contains(&chosen) {
                next.push(chosen);
            }
        }
        url.go(&Location::new(View::Compare { lines, ids: next }, submit_query.clone()), false, false);
        // To the comparison it made, whose caption is announced; without one, back to the button.
        crate::app::focus::after_render(&[".compare__table", ".compare__apply"]);
    };
    let table = if ids.len() < 2 {
        view! { <p class="note">{td_string!(loc, compare.choose_two)}</p> }.into_any()
    } else if lines {
        lines_table(dataset, &ids).into_any()
    } else {
        projects_table(dataset, &query, &ids).into_any()
    };
    view! {
        <article class="compare">
            <h1 tabindex="-1">{td_string!(loc, compare.heading)}</h1>
            <p class="intro">{td_string!(loc, compare.intro)}</p>
            <p class="compare__modes">
                <a href=mode_link(false) aria-current=(!lines).then_some("page")>{td_string!(loc, compare.projects)}</a>
                " · "
                <a href=mode_link(true) aria-current=lines.then_some("page")>{td_string!(loc, compare.lines)}</a>
            </p>
            <form class="compare__form" method="get" on:submit=on_submit>
                {lines.then(|| view! { <input type="hidden" name="of" value="lines" /> })}
                <div class="compare__pickers">{pickers}</div>
                <button type="submit" class="compare__apply">{td_string!(loc, compare.apply)}</button>
            </form>
            {table}
        </article>
    }
}

/// A select for one slot of the comparison.
fn picker(dataset: &Dataset, index: &SearchIndex, lines: bool, ids: &[String], slot: usize) -> impl IntoView {
    let loc = locale();
    let current = ids.get(slot).cloned().unwrap_or_default();
    // Action lines in the report's order, projects by name (the index's order: no sort of our own).
    let options: Vec<(String, String)> = if lines {
        dataset.action_lines.iter().map(|l| (l.id.clone(), l.name.get(loc.lang()).text.to_string())).collect()
    } else {
        index.by_name.iter().map(|&p| &dataset.projects[p as usize]).map(|p| (p.id.clone(), p.name.clone())).collect()
    };
    let id = format!("compare-{slot}");
    view! {
        <div class="compare__picker">
            <label for=id.clone()>{fill(td_string!(loc, compare.slot), &[("n", &(slot + 1).to_string())])}</label>
            <select id=id name="ids">
                <option value="" selected=current.is_empty()>{td_string!(loc, compare.none)}</option>
                {options.into_iter().map(|(value, name)| {
                    let selected = value == current;
                    view! { <option value=value selected=selected>{name}</option> }
                }).collect_view()}
            </select>
        </div>
    }
}

fn cell_list(items: Vec<String>) -> AnyView {
    let loc = locale();
    if items.is_empty() {
        view! { <span class="unknown">{td_string!(loc, unknown)}</span> }.into_any()
    } else {
        view! { <ul class="plain">{items.into_iter().map(|i| view! { <li>{i}</li> }).collect_view()}</ul> }.into_any()
    }
}

fn projects_table(dataset: &Dataset, query: &Query, ids: &[String]) -> impl IntoView {
    let loc = locale();
    let lang = loc.lang();
    let projects: Vec<&Project> = ids.iter().filter_map(|id| dataset.project(id)).collect();
    let name = |id: &str| dataset.organisation(id).map_or_else(|| id.to_string(), |o| o.name.clone());
    type Cell<'a> = Box<dyn Fn(&Project) -> AnyView + 'a>;
    let rows: Vec<(&'static str, Cell)> = vec![
        (
            td_string!(loc, field.programme),
            Box::new(move |p: &Project| {
                cell_list(
                    p.programmes
                        .iter()
                        .flatten()
                        .filter_map(|id| dataset.programme(id).map(|x| x.name.clone()))
                        .collect(),
                )
            }),
        ),
        (
            td_string!(loc, field.action_lines),
            Box::new(move |p: &Project| {
                cell_list(
                    p.action_lines
                        .iter()
                        .filter_map(|id| dataset.action_line(id).map(|l| l.name.get(lang).text.to_string()))
                        .collect(),
                )
            }),
        ),
        (
            td_string!(loc, field.status),
            Box::new(move |p: &Project| {
                cell_list(p.status.map(|s| labels::status(loc, s).to_string()).into_iter().collect())
            }),
        ),
        (
            td_string!(loc, field.kind),
            Box::new(move |p: &Project| {
                cell_list(p.kind.map(|k| labels::kind(loc, k).to_string()).into_iter().collect())
            }),
        ),
        (
            td_string!(loc, field.dates),
            Box::new(move |p: &Project| {
                cell_list(
                    p.dates
                        .known()
                        .map(|(kind, d)| format!("{}: {}", labels::date_kind(loc, kind), format::date(&d.date, lang)))
                        .collect(),
                )
            }),
        ),
        (
            td_string!(loc, compare.money_known),
            Box::new(move |p: &Project| {
                cell_list(p.known_funding_total().map(|e| format::money(e, lang)).into_iter().collect())
            }),
        ),
        (
            td_string!(loc, field.funding),
            Box::new(move |p: &Project| {
                cell_list(
                    p.funding
                        .iter()
                        .map(|f| {
                            let amount = f.eur.map_or_else(
                                || td_string!(loc, amount_unknown).to_string(),
                                |e| format::money(e, lang),
                            );
                            format!("{}: {amount}", dataset.funder_name(&f.funder).unwrap_or(&f.funder))
                        })
                        .collect(),
                )
            }),
        ),
        (
            td_string!(loc, field.participants),
            Box::new(move |p: &Project| {
                cell_list(
                    p.participants
                        .iter()
                        .map(|x| format!("{} ({})", name(&x.organisation), labels::role(loc, x.role)))
                        .collect(),
                )
            }),
        ),
        (
            td_string!(loc, field.results),
            Box::new(move |p: &Project| {
                cell_list(
                    p.results
                        .iter()
                        .map(|r| {
                            let value = r.value.map_or_else(
                                || td_string!(loc, unknown).to_string(),
                                |v| format::qualified(r.qualifier, &format::figure(v, r.unit, lang), lang),
                            );
                            format!("{value} {}", r.label.get(lang).text)
                        })
                        .collect(),
                )
            }),
        ),
    ];
    let header = projects
        .iter()
        .map(|p| view! { <th scope="col"><a href=Location::project(&p.id, query.clone()).href()>{p.name.clone()}</a></th> })
        .collect_view();
    let body = rows
        .iter()
        .map(|(label, cell)| {
            let cells = projects.iter().map(|p| view! { <td>{cell(p)}</td> }).collect_view();
            view! { <tr><th scope="row">{*label}</th>{cells}</tr> }
        })
        .collect_view();
    view! {
        <div class="table-scroll">
            <table class="data-table compare__table" data-testid="compare-table" tabindex="-1">
                <caption>{fill(td_string!(loc, compare.caption_projects), &[("count", &projects.len().to_string())])}</caption>
                <thead><tr><td></td>{header}</tr></thead>
                <tbody>{body}</tbody>
            </table>
        </div>
    }
}

fn lines_table(dataset: &Dataset, ids: &[String]) -> impl IntoView {
    let loc = locale();
    let lang = loc.lang();
    let lines: Vec<_> = ids.iter().filter_map(|id| dataset.action_line(id)).collect();
    fn projects_of<'a>(dataset: &'a Dataset, id: &'a str) -> impl Iterator<Item = &'a Project> + 'a {
        dataset.projects.iter().filter(move |p| p.action_lines.iter().any(|l| l == id))
    }
    let header =
        lines.iter().map(|l| view! { <th scope="col">{l.name.get(lang).text.to_string()}</th> }).collect_view();
    let count_row =
        lines.iter().map(|l| view! { <td class="number">{projects_of(dataset, &l.id).count()}</td> }).collect_view();
    let money_row = lines
        .iter()
        .map(|l| {
            let known: i64 = projects_of(dataset, &l.id).filter_map(Project::known_funding_total).sum();
            view! { <td class="number">{format::money(known, lang)}</td> }
        })
        .collect_view();
    let status_row = lines
        .iter()
        .map(|l| {
            let counts = status_counts(projects_of(dataset, &l.id))
                .into_iter()
                .map(|(status, n)| {
                    let name = status.map_or(td_string!(loc, value_unknown), |s| labels::status(loc, s));
                    format!("{name}: {n}")
                })
                .collect();
            view! { <td>{cell_list(counts)}</td> }
        })
        .collect_view();
    let focus_row = lines
        .iter()
        .map(|l| view! { <td>{cell_list(l.focus_points.iter().map(|f| f.get(lang).text.to_string()).collect())}</td> })
        .collect_view();
    view! {
        <div class="table-scroll">
            <table class="data-table compare__table" data-testid="compare-table" tabindex="-1">
                <caption>{fill(td_string!(loc, compare.caption_lines), &[("count", &lines.len().to_string())])}</caption>
                <thead><tr><td></td>{header}</tr></thead>
                <tbody>
                    <tr><th scope="row">{td_string!(loc, chart.projects)}</th>{count_row}</tr>
                    <tr><th scope="row">{td_string!(loc, compare.money_known)}</th>{money_row}</tr>
                    <tr><th scope="row">{td_string!(loc, facet.status)}</th>{status_row}</tr>
                    <tr><th scope="row">{td_string!(loc, lines.focus)}</th>{focus_row}</tr>
                </tbody>
            </table>
        </div>
    }
}
