//! The name of an organisation, linked to its page wherever a page names it.

use leptos::prelude::*;

use crate::app::url::UrlState;
use crate::core::model::Dataset;
use crate::core::route::{Location, View};

/// The name of the organisation or funder `id`: a link to the organisation's page, or the plain
/// name of a funder that is no organisation (a programme), or the id when the dataset has neither.
pub fn organisation_name(dataset: &Dataset, id: &str) -> AnyView {
    match dataset.organisation(id) {
        Some(organisation) => {
            let query = UrlState::get().query.get_untracked();
            let href = Location::new(View::Organisation(organisation.id.clone()), query).href();
            view! { <a href=href>{organisation.name.clone()}</a> }.into_any()
        }
        None => dataset.funder_name(id).unwrap_or(id).to_string().into_any(),
    }
}
