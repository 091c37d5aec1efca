//! The four action lines: focus points, projects, and their status counts (following the filters).

use crate::core::text::fill;
use std::sync::Arc;

use leptos::prelude::*;

use crate::app::components::chart::{data_table, Chart};
use crate::app::components::filter_note::FilterNote;
use crate::app::components::sources::source_list;
use crate::app::components::Localized;
use crate::app::i18n::*;
use crate::app::labels;
use crate::app::state::AppState;
use crate::app::url::UrlState;
use crate::core::charts::bars::{render, BarChart, BarRow, Segment};
use crate::core::charts::data::{leader, status_counts};
use crate::core::charts::page_charts::PageChart;
use crate::core::format;
use crate::core::model::{ActionLine, Project};
use crate::core::query::{Facet, FilterState, UNKNOWN};
use crate::core::route::Location;

/// The action lines page.
#[component]
pub fn ActionLines() -> impl IntoView {
    let loc = locale();
    let state = AppState::get();
    let url = UrlState::get();
    let loaded = state.loaded();
    let dataset = &loaded.dataset;
    let cited: Vec<String> = dataset.action_lines.iter().map(|l| l.source.clone()).collect();
    let lines = dataset.action_lines.iter().map(|line| line_section(line.clone())).collect_view();
    view! {
        <div class="lines">
            <h1 tabindex="-1">{td_string!(loc, lines.heading)}</h1>
            <p class="intro">{td_string!(loc, lines.intro)}</p>
            {crate::app::pages::glossary::terms_note(&url.query.get_untracked(), &["actielijn"])}
            <FilterNote />
            {lines}
            {source_list(dataset, &cited)}
        </div>
    }
}

fn line_section(line: ActionLine) -> AnyView {
    let loc = locale();
    let state = AppState::get();
    let url = UrlState::get();
    let focus = line.focus_points.iter().map(|p| view! { <li><Localized text=p.clone() /></li> }).collect_view();
    let id = line.id.clone();
    let heading_id = format!("line-{}", line.id);
    view! {
        <section class="line" id=heading_id.clone() aria-labelledby=format!("{heading_id}-title")>
            <h2 id=format!("{heading_id}-title")><Localized text=line.name.clone() /></h2>
            <Localized text=line.summary.clone() paragraph=true />
            <h3>{td_string!(loc, lines.focus)}</h3>
            <ul>{focus}</ul>
            {move || status_chart(&state, &url, &id, &line)}
        </section>
    }
    .into_any()
}

fn status_chart(state: &AppState, url: &UrlState, line_id: &str, line: &ActionLine) -> AnyView {
    let loc = locale();
    let lang = loc.lang();
    let loaded = state.loaded();
    let dataset = &loaded.dataset;
    let query = url.query.get();
    let in_line = |p: &&Project| p.action_lines.iter().any(|l| l == line_id);
    let counts =
        state.results.with(|r| status_counts(r.matches.iter().map(|&p| &dataset.projects[p as usize]).filter(in_line)));
    let line_name = line.name.get(lang).text.to_string();
    let status_name = |s: Option<crate::core::model::Status>| match s {
        Some(s) => labels::status(loc, s).to_string(),
        None => td_string!(loc, value_unknown).to_string(),
    };
    let line_query = query.with_filter(Facet::ActionLine, line_id, FilterState::Included);
    let rows: Vec<BarRow> = counts
        .iter()
        .map(|(status, n)| {
            let code = status.map_or(UNKNOWN, |s| s.code());
            let href = Location::projects(line_query.with_filter(Facet::Status, code, FilterState::Included)).href();
            let filter = fill(
                td_string!(loc, chart.filter_link),
                &[("filter", &(format!("{line_name}, {}", status_name(*status))).to_string())],
            );
            BarRow {
                label: status_name(*status),
                segments: vec![Segment::new(0, *n as f64, format::integer(*n as i64, lang)).linked(href, filter)],
                total_label: format::integer(*n as i64, lang),
            }
        })
        .collect();
    let title = crate::app::labels::chart_title(loc, dataset, &PageChart::LineStatus(line_id.to_string()));
    let summary = match leader(&counts.iter().map(|(s, n)| (*s, *n as f64)).collect::<Vec<_>>()) {
        Some((status, most, total)) => fill(
            td_string!(loc, lines.status_summary),
            &[
                ("status", &(status_name(status)).to_string()),
                ("count", &(format::integer(most as i64, lang)).to_string()),
                ("total", &(format::integer(total as i64, lang)).to_string()),
            ],
        ),
        None => td_string!(loc, chart.no_data).to_string(),
    };
    let projects = state.results.with(|r| {
        r.matches
            .iter()
            .map(|&p| &dataset.projects[p as usize])
            .filter(in_line)
            .map(|p| view! { <li><a href=Location::project(&p.id, query.clone()).href()>{p.name.clone()}</a></li> })
            .collect_view()
    });
    let chart = BarChart {
        title: title.clone(),
        series: vec![td_string!(loc, chart.projects).to_string()],
        rows,
        missing: td_string!(loc, chart.missing).to_string(),
    };
    let (header, table_rows) = chart.table(td_string!(loc, facet.status), td_string!(loc, chart.total));
    view! {
        <Chart title summary draw=Arc::new(move |w| render(&chart, w)) table=data_table(header, table_rows)
            file_name=PageChart::LineStatus(line_id.to_string()).name() />
        <h3>{td_string!(loc, lines.projects)}</h3>
        <ul class="columns">{projects}</ul>
        <p><a href=Location::projects(line_query.clone()).href()>{td_string!(loc, lines.to_explorer)}</a></p>
    }
    .into_any()
}
