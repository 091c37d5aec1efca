//! One file per view; `Page` picks the view of the current URL.

mod not_found;
mod project;
mod project_list;

use std::sync::Arc;

use leptos::prelude::*;

use crate::core::model::Dataset;
use crate::core::route::Route;

/// The view for the current route.
#[component]
pub fn Page(dataset: Arc<Dataset>, route: Memo<Route>) -> impl IntoView {
    move || match route.get() {
        Route::Home => view! { <project_list::ProjectList dataset=dataset.clone() /> }.into_any(),
        Route::Project { id } => match dataset.project(&id) {
            Some(project) => {
                view! { <project::ProjectPage dataset=dataset.clone() project=project.clone() /> }
                    .into_any()
            }
            None => view! { <not_found::NotFound id /> }.into_any(),
        },
    }
}
