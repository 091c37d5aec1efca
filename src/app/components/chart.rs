//! A chart in the page: title, one-sentence summary, the SVG (drawn by `core::charts`), a data table
//! with the same numbers, a download, and clicks on bars that filter the explorer.
//!
//! The chart is drawn at a few fixed widths and the stylesheet shows the one nearest its container's
//! width (container queries in style/app.css), each scaled to fit. So the page needs no script to fit
//! its charts, a pre-rendered page shows them as they will stay, and the build machine draws exactly
//! what the browser draws.

use std::sync::Arc;

use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::app::i18n::*;
use crate::app::url::UrlState;
use crate::core::charts::ChartSvg;
use crate::core::route::Location;

/// The widths a chart is drawn at, in pixels; app.css picks one by the container's width.
pub const CHART_WIDTHS: [u32; 4] = [360, 560, 800, 1080];

/// The width of a downloaded chart.
const DOWNLOAD_WIDTH: u32 = 800;

/// A chart: `draw(width)` returns the SVG (escaped by `core::charts`) drawn `width` pixels wide.
#[component]
pub fn Chart(
    /// Heading of the chart.
    title: String,
    /// One sentence saying what the chart shows.
    summary: String,
    /// Draws the chart for a width in pixels.
    draw: Arc<dyn Fn(u32) -> ChartSvg + Send + Sync>,
    /// The same numbers as a table (left out where the page shows them otherwise).
    #[prop(optional)]
    table: Option<AnyView>,
    /// File name for the download, without extension.
    file_name: String,
    /// Level of the title's heading (2 on pages where the chart is a main section, else 3).
    #[prop(default = 3)]
    level: u8,
) -> impl IntoView {
    let loc = locale();
    let url = UrlState::get();
    // Attaching to a pre-rendered page, the drawings are there already (and are not written again),
    // so they are not drawn again either.
    let attaching = crate::app::runtime::IN_BROWSER && !untrack(crate::app::runtime::running);
    let drawings = CHART_WIDTHS
        .into_iter()
        .map(|width| {
            let markup = if attaching { String::new() } else { draw(width).markup() };
            view! { <div class=format!("chart__variant chart__variant--{width}") inner_html=markup></div> }
        })
        .collect_view();
    // Bars are SVG links; the router only follows HTML links, so follow these here.
    let on_click = move |ev: ev::MouseEvent| {
        let Some(target) = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else {
            return;
        };
        if let Some(href) = target.closest("a.chart__link").ok().flatten().and_then(|a| a.get_attribute("href")) {
            ev.prevent_default();
            url.go(&Location::parse(&href), false, true);
        }
    };
    let id = format!("chart-{file_name}");
    let download = move |_| {
        let svg = draw(DOWNLOAD_WIDTH).drawing;
        crate::app::download::offer(&svg, "image/svg+xml", &format!("{file_name}.svg"));
    };
    view! {
        // The id is the chart's address within its page (`#chart-tijdlijn`), and names it for an
        // embed of this one chart (`chart=tijdlijn`, docs/embedding.md).
        <figure class="chart" id=id>
            <figcaption>
                {if level == 2 {
                    view! { <h2 class="chart__title">{title}</h2> }.into_any()
                } else {
                    view! { <h3 class="chart__title">{title}</h3> }.into_any()
                }}
                <p class="chart__summary">{summary}</p>
            </figcaption>
            <div class="chart__drawing" on:click=on_click>{drawings}</div>
            <div class="chart__tools">
                {table.map(|table| view! {
                    <details class="chart__table">
                        <summary>{td_string!(loc, chart.show_table)}</summary>
                        {table}
                    </details>
                })}
                <button type="button" class="link-button" on:click=download>{td_string!(loc, chart.download_svg)}</button>
            </div>
        </figure>
    }
}

/// A data table with the numbers of a chart: a header row and one row per category.
pub fn data_table(header: Vec<String>, rows: Vec<Vec<String>>) -> AnyView {
    view! {
        <div class="table-scroll">
            <table class="data-table">
                <thead><tr>{header.into_iter().map(|h| view! { <th scope="col">{h}</th> }).collect_view()}</tr></thead>
                <tbody>
                    {rows.into_iter().map(|cells| {
                        let mut cells = cells.into_iter();
                        let first = cells.next().unwrap_or_default();
                        view! {
                            <tr>
                                <th scope="row">{first}</th>
                                {cells.map(|c| view! { <td class="number">{c}</td> }).collect_view()}
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
    .into_any()
}
