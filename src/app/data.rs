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
    /// `?data=` named an address this app may not load (see `core::data_source`).
    Refused { url: String, origin: Option<String> },
    /// No answer within [`TIMEOUT_SECONDS`].
    Timeout { url: String, seconds: u32 },
}

/// How fresh the shown data is: when it was fetched, and whether it came from the offline copy.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Freshness {
    /// When the data was fetched from the server (ISO 8601), as the service worker stamped it or
    /// as this page fetched it.
    pub fetched_at: Option<String>,
    /// Whether the service worker answered from its cache because the network failed.
    pub from_cache: bool,
}

/// The dataset signal shared through context, with the action that (re)loads it.
#[derive(Clone, Copy)]
struct DatasetContext {
    state: RwSignal<DataState>,
    freshness: RwSignal<Freshness>,
    url: StoredValue<Result<String, LoadError>>,
}

/// Creates the dataset signal, starts loading, and makes both available to the error view's retry button.
pub fn provide_dataset(data: Option<String>) -> (ReadSignal<DataState>, ReadSignal<Freshness>) {
    let state = RwSignal::new(DataState::Loading);
    let freshness = RwSignal::new(Freshness::default());
    let url = StoredValue::new(dataset_url(data.as_deref()));
    let context = DatasetContext { state, freshness, url };
    provide_context(context);
    load(context);
    (state.read_only(), freshness.read_only())
}

/// The dataset to load: the bundled one, or `?data=` resolved against the page when its origin is
/// allowed.
fn dataset_url(data: Option<&str>) -> Result<String, LoadError> {
    let Some(data) = data else { return Ok(DATASET_URL.to_string()) };
    let refused = |origin| LoadError::Refused { url: data.to_string(), origin };
    let base = document().base_uri().ok().flatten().unwrap_or_default();
    let resolved = web_sys::Url::new_with_base(data, &base).map_err(|_| refused(None))?.href();
    let page_origin = window().location().origin().unwrap_or_default();
    match crate::core::data_source::check(&resolved, &page_origin, &crate::core::data_source::allowed_origins()) {
        Ok(()) => Ok(resolved),
        Err(crate::core::data_source::Refusal::OriginNotAllowed { origin }) => Err(refused(Some(origin))),
        Err(crate::core::data_source::Refusal::NotHttp) => Err(refused(None)),
    }
}

fn load(context: DatasetContext) {
    context.state.set(DataState::Loading);
    let url = context.url.get_value();
    spawn_local(async move {
        let result = match url {
            Ok(url) => fetch_dataset(&url).await,
            Err(refused) => Err(refused),
        };
        context.state.set(match result {
            Ok((dataset, freshness)) => {
                context.freshness.set(freshness);
                DataState::Ready(Arc::new(Loaded::new(dataset)))
            }
            Err(error) => DataState::Failed(error),
        });
    });
}

/// How long the app waits for the dataset before it gives up and offers to try again.
pub const TIMEOUT_SECONDS: u32 = 15;

async fn fetch_dataset(url: &str) -> Result<(crate::core::model::Dataset, Freshness), LoadError> {
    let network = || LoadError::Network { url: url.to_string() };
    let timed_out = || LoadError::Timeout { url: url.to_string(), seconds: TIMEOUT_SECONDS };
    let controller = web_sys::AbortController::new().ok();
    let signal = controller.as_ref().map(|c| c.signal());
    let timer = controller.clone().and_then(|c| {
        set_timeout_with_handle(move || c.abort(), std::time::Duration::from_secs(TIMEOUT_SECONDS as u64)).ok()
    });
    let aborted = || signal.as_ref().is_some_and(|s| s.aborted());
    let sent = gloo_net::http::Request::get(url).abort_signal(signal.as_ref()).send().await;
    let response = sent.map_err(|_| if aborted() { timed_out() } else { network() })?;
    if !response.ok() {
        return Err(LoadError::Http { url: url.to_string(), status: response.status() });
    }
    // Refuse a file that is too big before reading it, so a huge file cannot freeze the tab.
    let declared: Option<usize> = response.headers().get("content-length").and_then(|l| l.parse().ok());
    if let Some(bytes) = declared.filter(|b| *b > crate::core::load::MAX_DATASET_BYTES) {
        let kind = crate::core::problem::ProblemKind::TooLarge { bytes, limit: crate::core::load::MAX_DATASET_BYTES };
        let problems = vec![Problem { path: String::new(), kind }];
        return Err(LoadError::Invalid { url: url.to_string(), problems });
    }
    // Only the copies the service worker serves from its cache (when the network failed) carry
    // this stamp; a fresh answer from the server does not.
    let freshness = match response.headers().get("x-twente-cached-at") {
        Some(at) => Freshness { fetched_at: Some(at), from_cache: true },
        None => Freshness { fetched_at: js_sys::Date::new_0().to_iso_string().as_string(), from_cache: false },
    };
    let text = response.text().await.map_err(|_| if aborted() { timed_out() } else { network() })?;
    if let Some(timer) = timer {
        timer.clear();
    }
    let dataset = crate::core::load::load_dataset(&text)
        .map_err(|problems| LoadError::Invalid { url: url.to_string(), problems })?;
    Ok((dataset, freshness))
}

/// When and how the shown data was fetched.
pub fn freshness() -> Option<ReadSignal<Freshness>> {
    use_context::<DatasetContext>().map(|c| c.freshness.read_only())
}

/// Shown while the dataset loads.
#[component]
pub fn Loading() -> impl IntoView {
    let loc = super::locale();
    // On a slow line, say so after a few seconds (the request gives up after TIMEOUT_SECONDS).
    let slow = RwSignal::new(false);
    let timer = set_timeout_with_handle(move || slow.set(true), std::time::Duration::from_secs(4)).ok();
    on_cleanup(move || {
        if let Some(timer) = timer {
            timer.clear();
        }
    });
    view! {
        <div class="loading" role="status" aria-live="polite">
            <span class="loading__spinner" aria-hidden="true"></span>
            <span>{td_string!(loc, loading)}</span>
            {move || slow.get().then(|| view! { <span class="loading__slow">{td_string!(loc, loading_slow)}</span> })}
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
            load(context);
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
        LoadError::Timeout { url, seconds } => view! {
            <p>{td_string!(loc, load_error.timeout, url = url, seconds = seconds)}</p>
        }
        .into_any(),
        LoadError::Refused { url, origin } => view! {
            <p>{td_string!(loc, load_error.refused, url = url, origin = origin.unwrap_or_default())}</p>
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
