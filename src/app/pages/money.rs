//! The money: Rijksmiddelen committed, the financing split per source with the leverage ratio, the
//! flow of funds from funders to programmes to projects, and the report's charts whose numbers the
//! source lost.

use crate::core::text::fill;
use std::sync::Arc;

use leptos::prelude::*;

use crate::app::components::cite::{Cite, CitedFigure};
use crate::core::cite::FigureRef;

use crate::app::components::chart::{data_table, Chart};
use crate::app::components::sources::source_list;
use crate::app::components::{Localized, SourceRef};
use crate::app::i18n::*;
use crate::app::state::AppState;
use crate::app::url::UrlState;
use crate::core::charts::bars::{render, BarChart, BarRow, Segment};
use crate::core::charts::data::{committed_split, financing_has_amount, financing_rows, leverage, FinancingRow};
use crate::core::charts::page_charts::{PageChart, COMMITTED_FIGURE};
use crate::core::format;
use crate::core::model::{Dataset, Programme};
use crate::core::route::{Location, View};
use crate::core::text::Lang;

/// The money page.
#[component]
pub fn Money() -> impl IntoView {
    let loc = locale();
    let state = AppState::get();
    let url = UrlState::get();
    let loaded = state.loaded();
    let dataset = &loaded.dataset;
    let mut cited: Vec<String> = Vec::new();
    let committed = dataset.key_figures.iter().find(|k| k.id == COMMITTED_FIGURE).map(|figure| {
        cited.push(figure.source.clone());
        committed_chart(dataset, figure)
    });
    let financing = dataset
        .reported_programmes()
        .filter(|p| !p.funders.is_empty())
        .map(|p| {
            let rows = financing_rows(p);
            cited.extend(rows.iter().map(|r| r.source.clone()));
            // A chart needs at least one amount; without any, the funders are listed under the flow.
            let any_amount = financing_has_amount(&rows);
            let any_leverage = rows.iter().any(|r| r.total.is_some() && r.rijk().is_some());
            any_amount.then(|| {
                view! {
                    <section class="money-programme">
                        <h3>{p.name.clone()}</h3>
                        {financing_chart(dataset, p, &rows)}
                        {any_leverage.then(|| leverage_notes(&rows))}
                    </section>
                }
            })
        })
        .collect_view();
    cited.extend(dataset.finance_series.iter().map(|s| s.source.clone()));
    view! {
        <div class="money">
            <h1 tabindex="-1">{td_string!(loc, money.heading)}</h1>
            <p class="intro">{td_string!(loc, money.intro)}</p>
            {crate::app::pages::glossary::terms_note(&url.query.get_untracked(), &["rijksmiddelen", "cofinanciering"])}
            {committed}
            <h2>{td_string!(loc, money.financing)}</h2>
            {financing}
            <h2>{td_string!(loc, money.flow)}</h2>
            <p>{td_string!(loc, money.flow_intro)}</p>
            {flow(dataset, &mut cited)}
            <h2>{td_string!(loc, money.lost_charts)}</h2>
            <p>{td_string!(loc, money.lost_charts_intro)}</p>
            {lost_charts(dataset)}
            {source_list(dataset, &cited)}
        </div>
    }
}

fn money_label(eur: i64, lang: Lang) -> String {
    format::money(eur, lang)
}

fn committed_chart(dataset: &Dataset, figure: &crate::core::model::KeyFigure) -> Option<AnyView> {
    let loc = locale();
    let lang = loc.lang();
    let (committed, open) = committed_split(figure)?;
    let (committed, open) = (committed.round() as i64, open.round() as i64);
    let whole = committed + open;
    let series = vec![td_string!(loc, money.committed).to_string(), td_string!(loc, money.not_committed).to_string()];
    let row = BarRow {
        label: td_string!(loc, money.rijksmiddelen).to_string(),
        segments: vec![
            Segment::new(0, committed as f64, money_label(committed, lang)),
            Segment::new(1, open as f64, money_label(open, lang)),
        ],
        total_label: money_label(whole, lang),
    };
    let title = crate::app::labels::chart_title(loc, dataset, &PageChart::Committed);
    let summary = fill(
        td_string!(loc, money.committed_summary),
        &[
            ("committed", &(money_label(committed, lang)).to_string()),
            ("whole", &(money_label(whole, lang)).to_string()),
            ("open", &(money_label(open, lang)).to_string()),
            ("period", &(figure.period.clone().unwrap_or_default()).to_string()),
        ],
    );
    let shown = fill(
        td_string!(loc, overview.value_of),
        &[("value", &(money_label(committed, lang)).to_string()), ("of", &(money_label(whole, lang)).to_string())],
    );
    let measures = figure.label.get(lang).text.to_string();
    let period = figure.period.as_deref().map(|p| crate::core::format::period(p, lang));
    let cited = CitedFigure::new(FigureRef::Key(&figure.id), shown, measures, period, &figure.source);
    let anchor = cited.anchor.clone();
    let chart =
        BarChart { title: title.clone(), series, rows: vec![row], missing: td_string!(loc, chart.missing).to_string() };
    let (header, table_rows) = chart.table(td_string!(loc, money.funds), td_string!(loc, chart.total));
    let table = data_table(header, table_rows);
    Some(
        view! {
            <Chart title summary draw=Arc::new(move |w| render(&chart, w)) table file_name=PageChart::Committed.name() level=2 />
            <div class="note" id=anchor>
                <p>{td_string!(loc, money.committed_note)} " " <SourceRef id=figure.source.clone() /></p>
                <Cite figure=cited />
            </div>
        }
        .into_any(),
    )
}

fn funder_label(dataset: &Dataset, funder: Option<&str>) -> String {
    let loc = locale();
    match funder {
        Some(id) => dataset.funder_name(id).unwrap_or(id).to_string(),
        None => td_string!(loc, money.rest_unattributed).to_string(),
    }
}

fn financing_chart(dataset: &Dataset, programme: &Programme, rows: &[FinancingRow]) -> AnyView {
    let loc = locale();
    let lang = loc.lang();
    // One series per funder across all rows, in order of first appearance.
    let mut funders: Vec<Option<String>> = Vec::new();
    for row in rows {
        for s in &row.segments {
            if !funders.contains(&s.funder) {
                funders.push(s.funder.clone());
            }
        }
    }
    let series: Vec<String> = funders.iter().map(|f| funder_label(dataset, f.as_deref())).collect();
    let bar_rows: Vec<BarRow> = rows
        .iter()
        .map(|row| {
            // A funder this source does not name takes no room in its bar; one it names without an
            // amount (and none computable) is drawn as missing, never as zero.
            let segments = row
                .segments
                .iter()
                .map(|s| {
                    let series = funders.iter().position(|f| *f == s.funder).unwrap_or_default();
                    let label = match s.eur {
                        Some(e) if s.computed => {
                            fill(td_string!(loc, money.computed), &[("amount", &money_label(e, lang))])
                        }
                        Some(e) => money_label(e, lang),
                        None => td_string!(loc, chart.missing).to_string(),
                    };
                    Segment { series, value: s.eur.map(|e| e as f64), label, link: None }
                })
                .collect();
            BarRow {
                label: fill(td_string!(loc, money.according_to), &[("source", (dataset.source_title(&row.source)))]),
                segments,
                total_label: row.total.map_or_else(String::new, |t| money_label(t, lang)),
            }
        })
        .collect();
    let title = crate::app::labels::chart_title(loc, dataset, &PageChart::Financing(programme.id.clone()));
    let summary = fill(td_string!(loc, money.financing_summary), &[("count", &rows.len().to_string())]);
    let chart =
        BarChart { title: title.clone(), series, rows: bar_rows, missing: td_string!(loc, chart.missing).to_string() };
    let (header, table_rows) = chart.table(td_string!(loc, money.statement), td_string!(loc, chart.total));
    view! {
        <Chart title summary draw=Arc::new(move |w| render(&chart, w)) table=data_table(header, table_rows)
            file_name=PageChart::Financing(programme.id.clone()).name() />
    }
    .into_any()
}

/// The leverage ratio per source that gives both a total and the Rijk's part, with how it is computed.
fn leverage_notes(rows: &[FinancingRow]) -> AnyView {
    let loc = locale();
    let lang = loc.lang();
    let items = rows
        .iter()
        .filter_map(|row| {
            let (total, rijk) = (row.total?, row.rijk()?);
            let ratio = leverage(total, rijk)?;
            Some(view! {
                <li>
                    <strong>{fill(td_string!(loc, money.leverage_value), &[("ratio", &format::decimal(ratio, 1, lang))])}</strong> " "
                    {fill(td_string!(loc, money.leverage_how), &[("total", &money_label(total, lang)), ("rijk", &money_label(rijk, lang))])} " "
                    <SourceRef id=row.source.clone() />
                </li>
            })
        })
        .collect_view();
    view! {
        <div class="leverage">
            <h4>{td_string!(loc, money.leverage)}</h4>
            <p>{td_string!(loc, money.leverage_intro)}</p>
            <ul>{items}</ul>
        </div>
    }
    .into_any()
}

/// Funders -> programmes -> projects, as far as the sources say.
fn flow(dataset: &Dataset, cited: &mut Vec<String>) -> AnyView {
    let loc = locale();
    let lang = loc.lang();
    let url = UrlState::get();
    let query = url.query.get_untracked();
    let amount =
        |eur: Option<i64>| eur.map_or_else(|| td_string!(loc, amount_unknown).to_string(), |e| money_label(e, lang));
    let programmes = dataset
        .reported_programmes()
        .map(|programme| {
            let funders = programme
                .funders
                .iter()
                .map(|f| {
                    cited.push(f.source.clone());
                    view! { <li>{funder_label(dataset, Some(&f.funder))} ": " {amount(f.eur)} " " <SourceRef id=f.source.clone() /></li> }
                })
                .collect_view();
            let projects = dataset
                .projects
                .iter()
                .filter_map(|p| p.funding.iter().find(|f| f.funder == programme.id).map(|f| (p, f)))
                .map(|(p, f)| {
                    cited.push(f.source.clone());
                    let href = Location::project(&p.id, query.clone()).href();
                    view! { <li><a href=href>{p.name.clone()}</a> ": " {amount(f.eur)} " " <SourceRef id=f.source.clone() /></li> }
                })
                .collect_view();
            view! {
                <div class="flow__row">
                    <div class="flow__col">
                        <h3>{td_string!(loc, money.flow_funders)}</h3>
                        <ul class="plain">{funders}</ul>
                    </div>
                    <div class="flow__arrow" aria-hidden="true">"→"</div>
                    <div class="flow__col flow__col--programme">
                        <h3><a href=Location::new(View::Programme(programme.id.clone()), query.clone()).href()>{programme.name.clone()}</a></h3>
                    </div>
                    <div class="flow__arrow" aria-hidden="true">"→"</div>
                    <div class="flow__col">
                        <h3>{td_string!(loc, money.flow_projects)}</h3>
                        <ul class="plain">{projects}</ul>
                    </div>
                </div>
            }
        })
        .collect_view();
    // Co-financing: money projects get from others than the programmes.
    let cofinancing = dataset
        .projects
        .iter()
        .flat_map(|p| p.funding.iter().filter(|f| dataset.programme(&f.funder).is_none()).map(move |f| (p, f)))
        .map(|(p, f)| {
            cited.push(f.source.clone());
            let href = Location::project(&p.id, query.clone()).href();
            view! {
                <tr>
                    <th scope="row"><a href=href>{p.name.clone()}</a></th>
                    <td>{funder_label(dataset, Some(&f.funder))}</td>
                    <td class="number">{amount(f.eur)}</td>
                    <td><SourceRef id=f.source.clone() /></td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="flow">{programmes}</div>
        <h3>{td_string!(loc, money.cofinancing)}</h3>
        <div class="table-scroll">
            <table class="data-table">
                <thead>
                    <tr>
                        <th scope="col">{td_string!(loc, money.project)}</th>
                        <th scope="col">{td_string!(loc, money.flow_funders)}</th>
                        <th scope="col">{td_string!(loc, money.amount)}</th>
                        <th scope="col">{td_string!(loc, field.sources)}</th>
                    </tr>
                </thead>
                <tbody>{cofinancing}</tbody>
            </table>
        </div>
    }
    .into_any()
}

fn lost_charts(dataset: &Dataset) -> AnyView {
    let loc = locale();
    let items = dataset
        .finance_series
        .iter()
        .map(|series| {
            let programme = dataset.programme(&series.programme).map(|p| p.short_name.clone()).unwrap_or_default();
            view! {
                <li>
                    <span class="tag tag--programme">{programme}</span> " "
                    <Localized text=series.title.clone() /> " "
                    <span class="unknown">{td_string!(loc, chart.missing)}</span> " "
                    <SourceRef id=series.source.clone() />
                    {series.note.clone().map(|text| view! { <br /><span class="muted"><Localized text /></span> })}
                </li>
            }
        })
        .collect_view();
    view! { <ul class="lost-charts">{items}</ul> }.into_any()
}
