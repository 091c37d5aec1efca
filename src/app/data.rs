//! Fetching the dataset: the bundled file or `?data=`, checked by the core's loader and indexed,
//! for the frame to read (the loading and error views are in `components::load_status`).

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::state::Loaded;
use crate::core::problem::Problem;

/// Address of the bundled dataset, relative to the page so the app works under any sub-path.
pub const DATASET_URL: &str = crate::contract::DATASET_PATH;

/// Why the dataset could not be used.
#[derive(Clone, Debug)]
pub enum LoadError {
    /// The server answered with an error status.
    Http {
        /// The dataset's address.
        url: String,
        /// The HTTP status.
        status: u16,
    },
    /// No answer at all (offline, DNS, CORS, aborted).
    Network {
        /// The dataset's address.
        url: String,
    },
    /// The file arrived but is not a valid dataset.
    Invalid {
        /// The dataset's address.
        url: String,
        /// Every problem, with its JSON path.
        problems: Vec<Problem>,
    },
    /// `?data=` named an address this app may not load (see `core::data_source`).
    Refused {
        /// The address asked for.
        url: String,
        /// Its origin, when it has one that is not allowed.
        origin: Option<String>,
    },
    /// No answer within [`TIMEOUT_SECONDS`].
    Timeout {
        /// The dataset's address.
        url: String,
        /// How long the app waited.
        seconds: u32,
    },
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

/// The loading of the dataset the page was opened with, as the frame reads it: `None` while
/// pending, then the dataset or why it could not be used.
///
/// Hand-written rather than Leptos's `LocalResource` read in a `<Suspense>`, the way the Leptos
/// examples load data: for the same three states those cost 7.6 KB and 4.7 KB of brotli wasm in
/// this app's release build (measured 2026-11-30, docs/benchmarks.md), more than this whole module.
#[derive(Clone, Copy)]
pub struct DatasetLoad {
    /// Checked and indexed once loaded, shared read-only by every view; or why it cannot be used.
    state: RwSignal<Option<Result<Arc<Loaded>, LoadError>>>,
    /// How fresh the shown dataset is. Apart from the state, so that saying so (once the app runs)
    /// does not draw the page again.
    freshness: RwSignal<Freshness>,
    url: StoredValue<Result<String, LoadError>>,
    preview: RwSignal<Option<Preview>>,
}

/// A local file shown in place of the published dataset ("Gegevens controleren"). It lives in this
/// page's memory only: a reload, another tab or a shared link shows the published data.
#[derive(Clone)]
pub struct Preview {
    /// The file's name, as the reader's computer gave it.
    pub file_name: String,
    /// The published dataset, shown again when the preview ends.
    published: Option<Result<Arc<Loaded>, LoadError>>,
}

impl DatasetLoad {
    /// Starts fetching the dataset the page was opened with: the bundled one, or `data` (`?data=`).
    pub fn start(data: Option<String>) -> DatasetLoad {
        let url = StoredValue::new(dataset_url(data.as_deref()));
        let load = DatasetLoad {
            state: RwSignal::new(None),
            freshness: RwSignal::new(Freshness::default()),
            url,
            preview: RwSignal::new(None),
        };
        load.retry();
        load
    }

    /// The published dataset as it was fetched already (before the app chose to render the page
    /// anew), or why it could not be.
    pub fn fetched(fetched: Result<(Arc<Loaded>, Freshness), LoadError>) -> DatasetLoad {
        let (state, freshness) = match fetched {
            Ok((loaded, freshness)) => (Ok(loaded), freshness),
            Err(error) => (Err(error), Freshness::default()),
        };
        DatasetLoad {
            state: RwSignal::new(Some(state)),
            freshness: RwSignal::new(freshness),
            url: StoredValue::new(Ok(DATASET_URL.to_string())),
            preview: RwSignal::new(None),
        }
    }

    /// The published dataset, already at hand (the build machine's pre-rendering, or fetched before
    /// the app attaches to a pre-rendered page).
    pub fn loaded(loaded: Arc<Loaded>) -> DatasetLoad {
        DatasetLoad {
            state: RwSignal::new(Some(Ok(loaded))),
            freshness: RwSignal::new(Freshness::default()),
            url: StoredValue::new(Ok(DATASET_URL.to_string())),
            preview: RwSignal::new(None),
        }
    }

    /// Fetches again; pending meanwhile ("try again" after an error).
    pub fn retry(&self) {
        let (state, freshness, url) = (self.state, self.freshness, self.url.get_value());
        state.set(None);
        leptos::task::spawn_local(async move {
            let fetched = async move { fetch(&url?).await };
            match fetched.await {
                Ok((loaded, fresh, _)) => {
                    freshness.set(fresh);
                    state.set(Some(Ok(loaded)));
                }
                Err(error) => state.set(Some(Err(error))),
            }
        });
    }

    /// Fetches the dataset `data` names (`?data=`) in place of the one shown.
    pub fn load_other(&self, data: String) {
        self.url.set_value(dataset_url(Some(&data)));
        self.retry();
    }

    /// Says when the shown dataset was fetched, and whether from the offline copy.
    pub fn set_freshness(&self, freshness: Freshness) {
        self.freshness.set(freshness);
    }

    /// How fresh the shown dataset is, tracking it.
    pub fn freshness(&self) -> Freshness {
        self.freshness.get()
    }

    /// Shows `loaded`, read from the local file `file_name`, in place of the published dataset until
    /// [`DatasetLoad::end_preview`].
    pub fn preview(&self, file_name: String, loaded: Arc<Loaded>) {
        let published = self.preview.with_untracked(|p| p.as_ref().map(|p| p.published.clone()));
        let published = published.unwrap_or_else(|| self.state.get_untracked());
        self.preview.set(Some(Preview { file_name, published }));
        self.freshness.set(Freshness::default());
        self.state.set(Some(Ok(loaded)));
    }

    /// Shows the published dataset again.
    pub fn end_preview(&self) {
        let Some(preview) = self.preview.get_untracked() else { return };
        self.preview.set(None);
        match preview.published {
            Some(published) => self.state.set(Some(published)),
            None => self.retry(),
        }
    }

    /// The name of the local file shown instead of the published dataset, tracking it.
    pub fn previewed_file(&self) -> Option<String> {
        self.preview.with(|p| p.as_ref().map(|p| p.file_name.clone()))
    }

    /// The address of the published dataset (`None` when the address given is refused).
    pub fn url(&self) -> Option<String> {
        self.url.get_value().ok()
    }

    /// The published dataset, also while a local file is previewed.
    pub fn published(&self) -> Option<Arc<Loaded>> {
        let from_preview = self.preview.with(|p| p.as_ref().map(|p| p.published.clone()));
        match from_preview {
            Some(published) => published.and_then(Result::ok),
            None => self.ready(),
        }
    }

    /// Reads the state, tracking it.
    pub fn with<U>(&self, read: impl FnOnce(&Option<Result<Arc<Loaded>, LoadError>>) -> U) -> U {
        self.state.with(read)
    }

    /// The dataset once it is ready.
    pub fn ready(&self) -> Option<Arc<Loaded>> {
        self.with(|state| state.as_ref().and_then(|s| s.as_ref().ok()).cloned())
    }
}

/// Fetches the published (bundled) dataset, with how fresh it is and the fingerprint of its file
/// (`core::fingerprint`).
pub async fn fetch_published() -> Result<(Arc<Loaded>, Freshness, String), LoadError> {
    fetch(DATASET_URL).await
}

/// Fetches, reads and indexes the dataset at `url`. Reading, indexing and drawing are separate
/// tasks, with the browser free in between, so starting the app never blocks the page for long
/// (docs/benchmarks.md).
async fn fetch(url: &str) -> Result<(Arc<Loaded>, Freshness, String), LoadError> {
    let (dataset, freshness, fingerprint) = fetch_dataset(url).await?;
    next_task().await;
    let loaded = Arc::new(Loaded::new(dataset));
    next_task().await;
    Ok((loaded, freshness, fingerprint))
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

/// Lets the browser do other work (paint, input) before the next step.
pub(crate) async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().set_timeout_with_callback(&resolve);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// The request for the bundled dataset that boot.js started while the wasm downloaded
/// ([`crate::contract::DATASET_REQUEST_GLOBAL`]: its abort controller and its `fetch` promise),
/// taken once. Waiting for it saves the round trip and the transfer the app would otherwise start
/// only once it runs (docs/benchmarks.md).
fn take_prefetched() -> Option<(web_sys::AbortController, js_sys::Promise)> {
    let global: wasm_bindgen::JsValue = window().into();
    let key = wasm_bindgen::JsValue::from_str(crate::contract::DATASET_REQUEST_GLOBAL);
    let request = js_sys::Reflect::get(&global, &key).ok().filter(|r| r.is_object())?;
    let _ = js_sys::Reflect::delete_property(global.unchecked_ref::<js_sys::Object>(), &key);
    // Set by boot.js only, as `[controller, response]`.
    let request: js_sys::Array = request.unchecked_into();
    Some((request.get(0).unchecked_into(), request.get(1).unchecked_into()))
}

/// How long the app waits for the dataset before it gives up and offers to try again.
pub const TIMEOUT_SECONDS: u32 = 15;

async fn fetch_dataset(url: &str) -> Result<(crate::core::model::Dataset, Freshness, String), LoadError> {
    let network = || LoadError::Network { url: url.to_string() };
    let timed_out = || LoadError::Timeout { url: url.to_string(), seconds: TIMEOUT_SECONDS };
    let prefetched = if url == DATASET_URL { take_prefetched() } else { None };
    let controller = match &prefetched {
        Some((controller, _)) => Some(controller.clone()),
        None => web_sys::AbortController::new().ok(),
    };
    let signal = controller.as_ref().map(|c| c.signal());
    let timer = controller.clone().and_then(|c| {
        set_timeout_with_handle(move || c.abort(), std::time::Duration::from_secs(TIMEOUT_SECONDS as u64)).ok()
    });
    let aborted = || signal.as_ref().is_some_and(|s| s.aborted());
    let sent = match prefetched {
        Some((_, request)) => wasm_bindgen_futures::JsFuture::from(request)
            .await
            .ok()
            .map(|response| gloo_net::http::Response::from(response.unchecked_into::<web_sys::Response>())),
        None => gloo_net::http::Request::get(url).abort_signal(signal.as_ref()).send().await.ok(),
    };
    let response = sent.ok_or_else(|| if aborted() { timed_out() } else { network() })?;
    if !response.ok() {
        return Err(LoadError::Http { url: url.to_string(), status: response.status() });
    }
    // Refuse a file that is too big before reading it, so a huge file cannot freeze the tab.
    let declared: Option<usize> = response.headers().get("content-length").and_then(|l| l.parse().ok());
    if let Some(bytes) = declared.filter(|b| *b > crate::core::load::MAX_DATASET_BYTES) {
        let kind = crate::core::problem::ProblemKind::TooLarge { bytes, limit: crate::core::load::MAX_DATASET_BYTES };
        let problems = vec![Problem::at("", kind)];
        return Err(LoadError::Invalid { url: url.to_string(), problems });
    }
    // Only the copies the service worker serves from its cache (when the network failed) carry
    // this stamp; a fresh answer from the server does not.
    let freshness = match response.headers().get(crate::contract::CACHED_AT_HEADER) {
        Some(at) => Freshness { fetched_at: Some(at), from_cache: true },
        None => Freshness { fetched_at: js_sys::Date::new_0().to_iso_string().as_string(), from_cache: false },
    };
    let text = response.text().await.map_err(|_| if aborted() { timed_out() } else { network() })?;
    if let Some(timer) = timer {
        timer.clear();
    }
    let fingerprint = crate::core::fingerprint::fingerprint(&text);
    next_task().await;
    let dataset = crate::core::load::load_dataset(&text)
        .map_err(|problems| LoadError::Invalid { url: url.to_string(), problems })?;
    Ok((dataset, freshness, fingerprint))
}
