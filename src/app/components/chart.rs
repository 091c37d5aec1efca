//! A chart in the page: title, one-sentence summary, the SVG (drawn by `core::charts`), a data table
//! with the same numbers, a download, and clicks on bars that filter the explorer.

use std::sync::Arc;

use leptos::ev;
use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::app::i18n::*;
use crate::app::url::UrlState;
use crate::core::charts::ChartSvg;
use crate::core::route::Location;

/// Waits this long after the last resize before drawing again.
const RESIZE_DEBOUNCE_MS: u64 = 150;

/// A chart: `draw(width)` returns the SVG (escaped by `core::charts`) for the container's width.
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
    let container = NodeRef::<html::Div>::new();
    let width = RwSignal::new(0u32);
    // The container's own size, not the window's: the first report draws the chart, later ones
    // (a turned phone, a resized window or iframe) redraw it once the size has settled.
    let pending = StoredValue::new_local(None::<TimeoutHandle>);
    leptos_use::use_resize_observer(container, move |entries, _| {
        let Some(w) = entries.first().map(|e| e.content_rect().width().max(0.0) as u32).filter(|w| *w > 0) else {
            return;
        };
        if width.get_untracked() == 0 {
            width.set(w);
            return;
        }
        if let Some(handle) = pending.get_value() {
            handle.clear();
        }
        let settle = std::time::Duration::from_millis(RESIZE_DEBOUNCE_MS);
        let handle = set_timeout_with_handle(move || width.set(w), settle).ok();
        pending.set_value(handle);
    });

    let svg = {
        let draw = draw.clone();
        move || match width.get() {
            0 => String::new(),
            w => draw(w).markup(),
        }
    };
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
    let download = {
        let draw = draw.clone();
        move |_| {
            let svg = draw(width.get_untracked().max(640)).drawing;
            crate::app::download::offer(&svg, "image/svg+xml", &format!("{file_name}.svg"));
        }
    };
    view! {
        <figure class="chart">
            <figcaption>
                {if level == 2 {
                    view! { <h2 class="chart__title">{title}</h2> }.into_any()
                } else {
                    view! { <h3 class="chart__title">{title}</h3> }.into_any()
                }}
                <p class="chart__summary">{summary}</p>
            </figcaption>
            <div class="chart__drawing" node_ref=container inner_html=svg on:click=on_click></div>
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
