//! The list of all projects.

use std::sync::Arc;

use leptos::prelude::*;

use crate::app::components::Localized;
use crate::app::i18n::*;
use crate::core::model::{Dataset, Project};
use crate::core::route::Route;

/// Every project with its programme and action lines, each linking to its page.
#[component]
pub fn ProjectList(dataset: Arc<Dataset>) -> impl IntoView {
    let i18n = use_i18n();
    let rows = dataset
        .projects
        .iter()
        .map(|project| view! { <ProjectRow dataset=dataset.clone() project=project.clone() /> })
        .collect_view();
    view! {
        <section class="project-list-page" aria-labelledby="list-heading">
            <h1 id="list-heading">{t!(i18n, list_heading)}</h1>
            <p class="intro">{t!(i18n, list_intro)}</p>
            <ul class="project-list">{rows}</ul>
        </section>
    }
}

#[component]
fn ProjectRow(dataset: Arc<Dataset>, project: Project) -> impl IntoView {
    let i18n = use_i18n();
    let href = Route::Project {
        id: project.id.clone(),
    }
    .href();
    let programmes = match &project.programmes {
        Some(ids) if !ids.is_empty() => {
            let names: Vec<String> = ids
                .iter()
                .filter_map(|id| dataset.programme(id).map(|p| p.short_name.clone()))
                .collect();
            view! { <span class="tag tag--programme">{names.join(" + ")}</span> }.into_any()
        }
        _ => {
            view! { <span class="tag tag--unknown">{t!(i18n, programme_unknown)}</span> }.into_any()
        }
    };
    let lines = project
        .action_lines
        .iter()
        .filter_map(|id| dataset.action_line(id))
        .map(|line| view! { <li class="tag tag--line"><Localized text=line.name.clone() /></li> })
        .collect_view();
    view! {
        <li class="project-row">
            <a class="project-row__name" href=href>{project.name.clone()}</a>
            <div class="project-row__meta">
                {programmes}
                <ul class="project-row__lines">{lines}</ul>
            </div>
        </li>
    }
}
