//! Projects with known dates on a time axis (following the explorer's filters).

use crate::core::text::fill;
use std::sync::Arc;

use leptos::prelude::*;

use crate::app::components::chart::{data_table, Chart};
use crate::app::components::filter_note::FilterNote;
use crate::app::i18n::*;
use crate::app::labels;
use crate::app::state::AppState;
use crate::app::url::UrlState;
use crate::core::charts::page_charts::PageChart;
use crate::core::charts::timeline::{render, Timeline, TimelineRow};
use crate::core::format;
use crate::core::route::Location;

/// The timeline page.
#[component]
pub fn TimelinePage() -> impl IntoView {
    let loc = locale();
    let state = AppState::get();
    let url = UrlState::get();
    view! {
        <div class="timeline">
            <h1 tabindex="-1">{td_string!(loc, timeline.heading)}</h1>
            <p class="intro">{td_string!(loc, timeline.intro)}</p>
            <FilterNote />
            {move || chart(&state, &url)}
        </div>
    }
}

fn chart(state: &AppState, url: &UrlState) -> AnyView {
    let loc = locale();
    let lang = loc.lang();
    let loaded = state.loaded();
    let dataset = &loaded.dataset;
    let query = url.query.get();
    let (rows, undated) = state.results.with(|r| {
        let mut rows: Vec<TimelineRow> = Vec::new();
        let mut undated = 0;
        for &p in &r.matches {
            let project = &dataset.projects[p as usize];
            let Some((kind, start)) = project.start() else {
                undated += 1;
                continue;
            };
            let end = project.end().map(|(_, date)| date);
            let dates_label = match &end {
                Some(e) => format!("{} – {}", format::date(&start, lang), format::date(e, lang)),
                None => {
                    let kind = labels::date_kind(loc, kind);
                    fill(
                        td_string!(loc, timeline.since),
                        &[("kind", kind), ("date", &(format::date(&start, lang)).to_string())],
                    )
                }
            };
            rows.push(TimelineRow {
                label: project.name.clone(),
                dates_label,
                start,
                end,
                href: Location::project(&project.id, query.clone()).href(),
            });
        }
        crate::core::order::sort_items(&mut rows, |a, b| a.start.cmp(&b.start).then_with(|| a.label.cmp(&b.label)));
        (rows, undated)
    });
    let title = crate::app::labels::chart_title(loc, dataset, &PageChart::Timeline);
    let summary = match rows.first() {
        Some(first) => fill(
            td_string!(loc, timeline.summary),
            &[
                ("count", &rows.len().to_string()),
                ("first", first.label.as_str()),
                ("date", &(format::date(&first.start, lang)).to_string()),
                ("undated", &undated.to_string()),
            ],
        ),
        None => td_string!(loc, chart.no_data).to_string(),
    };
    let table = data_table(
        vec![td_string!(loc, money.project).to_string(), td_string!(loc, field.dates).to_string()],
        rows.iter().map(|r| vec![r.label.clone(), r.dates_label.clone()]).collect(),
    );
    let timeline = Timeline { title: title.clone(), rows };
    view! {
        <Chart title summary draw=Arc::new(move |w| render(&timeline, w)) table file_name=PageChart::Timeline.name() level=2 />
    }
    .into_any()
}
