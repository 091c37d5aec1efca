//! The landing view: both programmes side by side, the headline figures, and the four action lines
//! with their projects per programme.

use crate::core::text::fill;
use std::sync::Arc;

use leptos::prelude::*;

use crate::app::components::cite::{Cite, CitedFigure};
use crate::core::cite::FigureRef;

use crate::app::components::chart::{data_table, Chart};
use crate::app::components::money_answer::programme_money;
use crate::app::components::sources::source_list;
use crate::app::components::{Localized, SourceRef};
use crate::app::i18n::*;
use crate::app::labels;
use crate::app::state::AppState;
use crate::app::url::UrlState;
use crate::core::charts::bars::{render, BarChart, BarRow, Segment};
use crate::core::charts::data::{leader, projects_per_line};
use crate::core::charts::page_charts::PageChart;
use crate::core::format;
use crate::core::model::{Dataset, KeyFigure, Programme};
use crate::core::query::{Facet, FilterState, Query, UNKNOWN};
use crate::core::route::{Location, View};

/// The overview page.
#[component]
pub fn Overview() -> impl IntoView {
    let loc = locale();
    let state = AppState::get();
    let url = UrlState::get();
    let loaded = state.loaded();
    let dataset = &loaded.dataset;
    let query = url.query.get_untracked();
    let mut cited: Vec<String> = vec![dataset.report.source.clone()];
    let money = dataset
        .reported_programmes()
        .map(|p| {
            cited.extend(p.budgets.iter().map(|b| b.source.clone()));
            cited.extend(p.funders.iter().map(|f| f.source.clone()));
            programme_money(dataset, p, true)
        })
        .collect_view();
    let programmes = dataset.reported_programmes().map(|p| programme_card(dataset, p, &query)).collect_view();
    cited.extend(dataset.key_figures.iter().map(|k| k.source.clone()));
    let figures = dataset.key_figures.iter().take(9).map(key_figure).collect_view();
    view! {
        <div class="overview">
            <h1 tabindex="-1">{td_string!(loc, overview.heading)}</h1>
            <Localized text=dataset.report.summary.clone() paragraph=true />
            {crate::app::pages::glossary::terms_note(&query, &["regio-deal", "agenda-voor-twente", "vliegwiel", "drie-os", "twente-board"])}
            <h2>{td_string!(loc, money_answer.heading)}</h2>
            {money}
            {choose_municipality(dataset, &query)}
            <h2>{td_string!(loc, overview.programmes)}</h2>
            <div class="cards cards--two">{programmes}</div>
            <h2>{td_string!(loc, overview.figures)}</h2>
            <ul class="figures">{figures}</ul>
            <h2>{td_string!(loc, overview.lines)}</h2>
            <crate::app::components::filter_note::FilterNote />
            {move || lines_chart(&state, &url)}
            <p><a href=Location::new(View::ActionLines, query.clone()).href()>{td_string!(loc, overview.to_lines)}</a></p>
            {source_list(dataset, &cited)}
        </div>
    }
}

/// The chart of projects per action line, split by programme, for the current filters.
fn lines_chart(state: &AppState, url: &UrlState) -> AnyView {
    let loc = locale();
    let loaded = state.loaded();
    let dataset = &loaded.dataset;
    let query = url.query.get();
    let rows = state.results.with(|r| projects_per_line(dataset, &loaded.index, r));
    let lang = loc.lang();
    let series_values = ["rdt", "avt", "both", UNKNOWN];
    let series: Vec<String> = vec![
        td_string!(loc, overview.series_rdt).to_string(),
        td_string!(loc, overview.series_avt).to_string(),
        td_string!(loc, overview.series_both).to_string(),
        td_string!(loc, overview.series_unknown).to_string(),
    ];
    let line_name = |id: &str| labels::facet_value(dataset, loc, Facet::ActionLine, id);
    let bar_rows: Vec<BarRow> =
        rows.iter()
            .map(|(line, split)| {
                let line_query = query.with_filter(Facet::ActionLine, line, FilterState::Included);
                let segments = split
                    .values()
                    .iter()
                    .zip(series_values)
                    .enumerate()
                    .map(|(series_index, (count, programme))| {
                        let q = match programme {
                            "both" => line_query
                                .with_filter(Facet::Programme, "rdt", FilterState::Included)
                                .with_filter(Facet::Programme, "avt", FilterState::Included),
                            p => line_query.with_filter(Facet::Programme, p, FilterState::Included),
                        };
                        let filter = format!("{}, {}", line_name(line), series[series_index]);
                        Segment::new(series_index, *count as f64, format::integer(*count as i64, lang)).linked(
                            Location::projects(q).href(),
                            fill(td_string!(loc, chart.filter_link), &[("filter", &filter.to_string())]),
                        )
                    })
                    .collect();
                BarRow { label: line_name(line), segments, total_label: format::integer(split.total() as i64, lang) }
            })
            .collect();
    let title = crate::app::labels::chart_title(loc, dataset, &PageChart::LinesPerProgramme);
    // The leader among the known lines, out of all projects shown (a project may be in several lines).
    let known: Vec<(String, f64)> =
        rows.iter().filter(|(l, _)| l != UNKNOWN).map(|(l, s)| (l.clone(), s.total() as f64)).collect();
    let projects = state.results.with(|r| r.matches.len());
    let without_line = rows.iter().find(|(l, _)| l == UNKNOWN).map_or(0, |(_, s)| s.total());
    let summary = match leader(&known) {
        Some((line, most, _)) => fill(
            td_string!(loc, overview.lines_chart_summary),
            &[
                ("line", &(line_name(&line)).to_string()),
                ("count", &(format::integer(most as i64, lang)).to_string()),
                ("total", &(format::integer(projects as i64, lang)).to_string()),
                ("unknown", &(format::integer(without_line as i64, lang)).to_string()),
            ],
        ),
        None => td_string!(loc, chart.no_data).to_string(),
    };
    let chart =
        BarChart { title: title.clone(), series, rows: bar_rows, missing: td_string!(loc, chart.missing).to_string() };
    let (header, table_rows) = chart.table(td_string!(loc, facet.line), td_string!(loc, chart.total));
    view! {
        <Chart title summary draw=Arc::new(move |w| render(&chart, w)) table=data_table(header, table_rows)
            file_name=PageChart::LinesPerProgramme.name() />
    }
    .into_any()
}

fn programme_card(dataset: &Dataset, programme: &Programme, query: &Query) -> AnyView {
    let loc = locale();
    let lang = loc.lang();
    let period = programme.reporting_period.as_ref().map(|p| {
        view! {
            <p>
                {td_string!(loc, overview.reporting_period)} ": "
                {format::date(&p.start, lang)} " – " {format::date(&p.end, lang)} " " <SourceRef id=p.source.clone() />
            </p>
        }
    });
    let href = Location::new(View::Programme(programme.id.clone()), query.clone()).href();
    view! {
        <article class="card">
            <h3><a href=href>{programme.name.clone()}</a></h3>
            <Localized text=programme.description.clone() paragraph=true />
            {crate::app::pages::programme::succession(dataset, programme, query)}
            {period}
        </article>
    }
    .into_any()
}

/// "Choose your municipality": a link to each municipality's page, for the reader who came for
/// their own town.
fn choose_municipality(dataset: &Dataset, query: &Query) -> AnyView {
    let loc = locale();
    let links = dataset
        .municipalities
        .iter()
        .map(|m| {
            let href = Location::new(View::Municipality(m.id.clone()), query.clone()).href();
            view! { <li><a href=href>{m.name.clone()}</a></li> }
        })
        .collect_view();
    view! {
        <nav class="choose-municipality" aria-labelledby="choose-municipality">
            <h2 id="choose-municipality">{td_string!(loc, municipalities.choose)}</h2>
            <ul class="inline-list">{links}</ul>
        </nav>
    }
    .into_any()
}

/// A headline figure: the number, what it counts, when, and its source.
pub fn key_figure(figure: &KeyFigure) -> AnyView {
    let loc = locale();
    let lang = loc.lang();
    let value = match figure.value {
        Some(v) => {
            let shown = format::qualified(figure.qualifier, &format::figure(v, figure.unit, lang), lang);
            match (figure.of, figure.unit) {
                (Some(of), unit) => fill(
                    td_string!(loc, overview.value_of),
                    &[("value", &shown.to_string()), ("of", &(format::figure(of, unit, lang)).to_string())],
                ),
                (None, _) => shown,
            }
        }
        None => td_string!(loc, unknown).to_string(),
    };
    let period = figure.period.as_deref().map(|p| format::period(p, lang));
    let measures = figure.label.get(lang).text.to_string();
    let cited = CitedFigure::new(FigureRef::Key(&figure.id), value.clone(), measures, period.clone(), &figure.source);
    let anchor = cited.anchor.clone();
    view! {
        <li class="figure" id=anchor>
            <span class="figure__value">{value}</span>
            <span class="figure__label"><Localized text=figure.label.clone() /></span>
            <span class="figure__meta">{period} " " <SourceRef id=figure.source.clone() /></span>
            <Cite figure=cited />
        </li>
    }
    .into_any()
}
