//! Loading the dataset: fetch, check with the core's loader, and the views of the loading and failed states.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::i18n::*;
use super::labels;
use crate::core::model::Dataset;
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
    /// Loaded and checked; shared read-only by every view.
    Ready(Arc<Dataset>),
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
            Ok(dataset) => DataState::Ready(Arc::new(dataset)),
            Err(error) => DataState::Failed(error),
        });
    });
}

async fn fetch_dataset(url: &str) -> Result<Dataset, LoadError> {
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
    let i18n = use_i18n();
    view! {
        <div class="loading" role="status" aria-live="polite">
            <span class="loading__spinner" aria-hidden="true"></span>
            <span>{t!(i18n, loading)}</span>
        </div>
    }
}

/// Says what went wrong with the dataset, where, and offers to try again.
#[component]
pub fn LoadErrorView(error: LoadError) -> impl IntoView {
    let i18n = use_i18n();
    let context = use_context::<DatasetContext>();
    let retry = move |_| {
        if let Some(context) = context {
            load(context.state);
        }
    };
    let details = match error {
        LoadError::Http { url, status } => view! {
            <p>{t!(i18n, load_error.http, status = move || status, url = move || url.clone())}</p>
        }
        .into_any(),
        LoadError::Network { url } => view! {
            <p>{t!(i18n, load_error.network, url = move || url.clone())}</p>
        }
        .into_any(),
        LoadError::Invalid { url, problems } => {
            let more = problems.len().saturating_sub(PROBLEMS_SHOWN);
            let shown: Vec<Problem> = problems.into_iter().take(PROBLEMS_SHOWN).collect();
            view! {
                <p>{t!(i18n, load_error.invalid, url = move || url.clone())}</p>
                <ul class="problems">
                    {shown
                        .into_iter()
                        .map(|problem| {
                            let path = problem.path.clone();
                            view! {
                                <li class="problem">
                                    <code class="problem__path">
                                        {move || if path.is_empty() {
                                            td_string!(i18n.get_locale(), load_error.whole_file).to_string()
                                        } else {
                                            path.clone()
                                        }}
                                    </code>
                                    ": "
                                    <span class="problem__reason">
                                        {move || labels::problem(i18n.get_locale(), &problem.kind)}
                                    </span>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
                {(more > 0).then(|| view! { <p>{t!(i18n, load_error.more_problems, count = move || more)}</p> })}
            }
            .into_any()
        }
    };
    view! {
        <section class="load-error" role="alert" aria-labelledby="load-error-title">
            <h1 id="load-error-title">{t!(i18n, load_error.title)}</h1>
            {details}
            <button type="button" class="button" on:click=retry>{t!(i18n, load_error.retry)}</button>
        </section>
    }
}
