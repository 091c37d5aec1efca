//! One organisation's page: what it is, where it sits, the projects it takes part in or pays for
//! with its roles, its part of the basic infrastructure, and the sources that say so.

use crate::core::text::fill;
use leptos::prelude::*;

use crate::app::components::sources::source_list;
use crate::app::components::{Localized, SourceRef};
use crate::app::i18n::*;
use crate::app::labels;
use crate::app::state::AppState;
use crate::app::url::UrlState;
use crate::core::organisations::{basis, involvement};
use crate::core::query::{Facet, FilterState};
use crate::core::route::{Location, View};

/// The page of the organisation `id`.
#[component]
pub fn OrganisationPage(id: String) -> impl IntoView {
    let loc = locale();
    let state = AppState::get();
    let url = UrlState::get();
    let loaded = state.loaded();
    let dataset = &loaded.dataset;
    let query = url.query.get_untracked();
    let projects_page = Location::projects(query.cleared()).href();
    let Some(organisation) = dataset.organisation(&id).cloned() else {
        return view! {
            <section class="not-found">
                <h1 tabindex="-1">{td_string!(loc, organisation.not_found)}</h1>
                <p><a href=projects_page>{td_string!(loc, nav.projects)}</a></p>
            </section>
        }
        .into_any();
    };
    let mut cited: Vec<String> = Vec::new();
    let kind =
        organisation.kind.map_or(td_string!(loc, organisation.kind_unknown), |k| labels::organisation_kind(loc, k));
    let seat = organisation.municipality.as_ref().and_then(|m| dataset.municipality(m)).map(|m| {
        let href = Location::new(View::Municipality(m.id.clone()), query.clone()).href();
        view! { " · " {td_string!(loc, organisation.seat)} " " <a href=href>{m.name.clone()}</a> }
    });
    let involved = involvement(dataset, &loaded.index.by_name, &organisation.id);
    let count = involved.len();
    let projects = involved
        .iter()
        .map(|i| {
            let project = &dataset.projects[i.project as usize];
            let roles = i
                .roles
                .iter()
                .map(|(role, source)| {
                    cited.push(source.clone());
                    view! { " · " <span class="role">{labels::role(loc, *role)}</span> " " <SourceRef id=source.clone() /> }
                })
                .collect_view();
            view! { <li><a href=Location::project(&project.id, query.clone()).href()>{project.name.clone()}</a> {roles}</li> }
        })
        .collect_view();
    let parts = basis(dataset, &organisation.id)
        .into_iter()
        .map(|b| {
            cited.push(b.source.clone());
            let href = Location::new(View::Basis, query.clone()).anchor(&format!("basis-{}", b.id));
            let activities = b.activities.iter().map(|a| view! { <li><Localized text=a.clone() /></li> }).collect_view();
            view! {
                <h2>{td_string!(loc, organisation.basis)}</h2>
                <p><a href=href rel="external">{b.name.clone()}</a> ": " <Localized text=b.description.clone() /> " " <SourceRef id=b.source.clone() /></p>
                <h3>{td_string!(loc, basis.activities)}</h3>
                <ul>{activities}</ul>
            }
        })
        .collect_view();
    let explorer = (count > 0).then(|| {
        let href =
            Location::projects(query.cleared().with_filter(Facet::Partner, &organisation.id, FilterState::Included))
                .href();
        view! { <p><a href=href>{td_string!(loc, organisation.to_explorer)}</a></p> }
    });
    view! {
        <article class="organisation">
            <p class="back"><a href=projects_page>{td_string!(loc, nav.projects)}</a></p>
            <h1 tabindex="-1">{organisation.name.clone()}</h1>
            <p class="organisation__kind">{kind} {seat}</p>
            <h2>{td_string!(loc, organisation.projects)}</h2>
            {if count == 0 {
                view! { <p>{td_string!(loc, organisation.no_projects)}</p> }.into_any()
            } else {
                view! {
                    <p>{fill(td_string!(loc, organisation.projects_intro), &[("count", &count.to_string())])}</p>
                    <ul class="columns">{projects}</ul>
                }
                .into_any()
            }}
            {parts}
            {explorer}
            {source_list(dataset, &cited)}
        </article>
    }
    .into_any()
}
