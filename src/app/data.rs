//! Loading the dataset: fetch, check with the core's loader, and the views of the loading and failed states.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::i18n::*;
use super::labels;
use super::state::Loaded;
use crate::core::problem::Problem;

/// Address of the bundled dataset, relative to the page so the app works under any sub-path.
pub const DATASET_URL: &str = "data/investeren-in-twente.json";

/// How many problems the error view lists before it summarises the rest.
const PROBLEMS_SHOWN: usize = 10;

/// Where the dataset is in its life.
#[derive(Clone)]
pub enum DataState {
    /// The request is under way.
    Loading,
    /// Loaded, checked and indexed; shared read-only by every view.
    Ready(Arc<Loaded>),
    /// Could not be used; says why.
    Failed(LoadError),
}

/// Why the dataset could not be used.
#[derive(Clone, Debug)]
pub enum LoadError {
    /// The server answered with an error status.
    Http { url: String, status: u16 },
    /// No answer at all (offline, DNS, CORS, aborted).
    Network { url: String },
    /// The file arrived but is not a valid dataset.
    Invalid { url: String, problems: Vec<Problem> },
}

/// The dataset signal shared through context, with the action that (re)loads it.
#[derive(Clone, Copy)]
struct DatasetContext {
    state: RwSignal<DataState>,
}

/// Creates the dataset signal, starts loading, and makes both available to the error view's retry button.
pub fn provide_dataset() -> ReadSignal<DataState> {
    let state = RwSignal::new(DataState::Loading);
    provide_context(DatasetContext { state });
    load(state);
    state.read_only()
}

fn load(state: RwSignal<DataState>) {
    state.set(DataState::Loading);
    spawn_local(async move {
        let result = fetch_dataset(DATASET_URL).await;
        state.set(match result {
            Ok(dataset) => DataState::Ready(Arc::new(Loaded::new(dataset))),
            Err(error) => DataState::Failed(error),
        });
    });
}

async fn fetch_dataset(url: &str) -> Result<crate::core::model::Dataset, LoadError> {
    let network = || LoadError::Network {
        url: url.to_string(),
    };
    let response = gloo_net::http::Request::get(url)
        .send()
        .await
        .map_err(|_| network())?;
    if !response.ok() {
        return Err(LoadError::Http {
            url: url.to_string(),
            status: response.status(),
        });
    }
    let text = response.text().await.map_err(|_| network())?;
    crate::core::load::load_dataset(&text).map_err(|problems| LoadError::Invalid {
        url: url.to_string(),
        problems,
    })
}

/// Shown while the dataset loads.
#[component]
pub fn Loading() -> impl IntoView {
    let loc = super::locale();
    view! {
        <div class="loading" role="status" aria-live="polite">
            <span class="loading__spinner" aria-hidden="true"></span>
            <span>{td_string!(loc, loading)}</span>
        </div>
    }
}

/// Says what went wrong with the dataset, where, and offers to try again.
#[component]
pub fn LoadErrorView(error: LoadError) -> impl IntoView {
    let loc = super::locale();
    let context = use_context::<DatasetContext>();
    let retry = move |_| {
        if let Some(context) = context {
            load(context.state);
        }
    };
    let details = match error {
        LoadError::Http { url, status } => view! {
            <p>{td_string!(loc, load_error.http, status = status, url = url)}</p>
        }
        .into_any(),
        LoadError::Network { url } => view! {
            <p>{td_string!(loc, load_error.network, url = url)}</p>
        }
        .into_any(),
        LoadError::Invalid { url, problems } => {
            let more = problems.len().saturating_sub(PROBLEMS_SHOWN);
            let shown: Vec<Problem> = problems.into_iter().take(PROBLEMS_SHOWN).collect();
            view! {
                <p>{td_string!(loc, load_error.invalid, url = url)}</p>
                <ul class="problems">
                    {shown
                        .into_iter()
                        .map(|problem| {
                            let path = if problem.path.is_empty() {
                                td_string!(loc, load_error.whole_file).to_string()
                            } else {
                                problem.path.clone()
                            };
                            view! {
                                <li class="problem">
                                    <code class="problem__path">{path}</code>
                                    ": "
                                    <span class="problem__reason">{labels::problem(loc, &problem.kind)}</span>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
                {(more > 0).then(|| view! { <p>{td_string!(loc, load_error.more_problems, count = more)}</p> })}
            }
            .into_any()
        }
    };
    view! {
        <section class="load-error" role="alert" aria-labelledby="load-error-title">
            <h1 id="load-error-title">{td_string!(loc, load_error.title)}</h1>
            {details}
            <button type="button" class="button" on:click=retry>{td_string!(loc, load_error.retry)}</button>
        </section>
    }
}
