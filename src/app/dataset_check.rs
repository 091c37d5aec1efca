//! Runs the check of a chosen dataset file (the page "Gegevens controleren") off the page's main
//! thread, so a 60 MB file does not freeze the page: in a Web Worker that starts the app's own
//! WebAssembly (`check-worker.js`), which then runs [`start_in_worker`] instead of the app. The
//! worker reports its progress and its [`CheckReport`] as JSON ([`CheckProgress`]), each problem
//! already in the reader's words ([`ProblemText`]): the page then decodes text rather than every kind
//! of problem (the decoder of the validator's problem kinds alone was 20 KB of wasm). Where no worker
//! starts (an old browser, a policy that forbids workers) or the worker fails, the page checks the
//! file itself with the same code. The file is read in the browser only; nothing is uploaded.

use std::sync::Arc;

use futures::StreamExt;
use leptos::prelude::document;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::File;

use crate::app::components::load_status::ProblemText;
use crate::app::data::next_task;
use crate::app::i18n::Locale;
use crate::app::state::Loaded;
use crate::contract;
use crate::core::check::{check_file, CheckProgress, CheckReport};
use crate::core::load::MAX_DATASET_BYTES;
use crate::core::text::Lang;

/// The worker's script, next to the pages' root (index.html copies it into the build).
const WORKER_SCRIPT: &str = "check-worker.js";

/// Checks `file`, telling `progress` how far it is, and compares a valid file with the published
/// dataset (`published`, fetched again by the worker from `published_url`), where the page has one.
/// `None` when `current` says the page has moved on to another file meanwhile (the worker is then
/// stopped at its next step).
pub async fn check(
    file: &File,
    published: Option<Arc<Loaded>>,
    published_url: Option<String>,
    lang: Lang,
    current: impl Fn() -> bool,
    progress: impl Fn(CheckProgress<ProblemText>),
) -> Option<CheckReport<ProblemText>> {
    if file.size() > MAX_DATASET_BYTES as f64 {
        return Some(in_words(CheckReport::too_large(file.size() as usize), lang));
    }
    let published_url = published.as_ref().and(published_url);
    match in_worker(file, published_url, lang, &current, &progress).await {
        InWorker::Done(report) => return Some(report),
        InWorker::Superseded => return None,
        InWorker::Failed => {
            leptos::logging::warn!("Gegevens controleren: no Web Worker; the page checks the file itself")
        }
    }
    let bytes = read_in_parts(file, |percent| progress(CheckProgress::Reading { percent })).await;
    if !current() {
        return None;
    }
    let Some(bytes) = bytes else { return Some(CheckReport::NotText) };
    progress(CheckProgress::Checking);
    // Let the "checking" line show before the check takes the main thread.
    next_task().await;
    Some(in_words(check_file(bytes, published.as_ref().map(|p| &p.dataset), lang), lang))
}

/// How the check in a Web Worker ended.
enum InWorker {
    /// With its report.
    Done(CheckReport<ProblemText>),
    /// Stopped: the page checks another file now.
    Superseded,
    /// No worker could start, or it failed on the way.
    Failed,
}

/// `report` with its problems in the reader's words.
fn in_words(report: CheckReport, lang: Lang) -> CheckReport<ProblemText> {
    let loc = Locale::of(lang);
    report.map_problems(|problem| ProblemText::new(loc, &problem))
}

/// The check in a Web Worker.
async fn in_worker(
    file: &File,
    published_url: Option<String>,
    lang: Lang,
    current: &impl Fn() -> bool,
    progress: &impl Fn(CheckProgress<ProblemText>),
) -> InWorker {
    // The worker imports the app's own files, as the page's start-up script names them.
    let app_file = |name: &str| {
        let tag =
            document().query_selector(&format!("script[{}][{}]", contract::APP_JS, contract::APP_WASM)).ok()??;
        absolute(&tag.get_attribute(name)?)
    };
    let (Some(js), Some(wasm)) = (app_file(contract::APP_JS), app_file(contract::APP_WASM)) else {
        return InWorker::Failed;
    };
    // Each message is `Some(progress)`, or `None` when the worker failed.
    let (sender, mut messages) = futures::channel::mpsc::unbounded::<Option<CheckProgress<ProblemText>>>();
    let on_message = {
        let sender = sender.clone();
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
            let message = event.data().as_string().and_then(|text| serde_json::from_str(&text).ok());
            let _ = sender.unbounded_send(message);
        })
    };
    let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(move |_| {
        let _ = sender.unbounded_send(None);
    });
    let options = web_sys::WorkerOptions::new();
    options.set_type(web_sys::WorkerType::Module);
    let Some(worker) = absolute(WORKER_SCRIPT).and_then(|url| web_sys::Worker::new_with_options(&url, &options).ok())
    else {
        return InWorker::Failed;
    };
    // Declared after the handlers, so it is stopped before they are dropped, however the check ends.
    let worker = Stopped(worker);
    let worker = &worker.0;
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    let request = js_sys::Object::new();
    let published_url = published_url.as_deref().and_then(absolute);
    for (key, value) in [
        ("js", JsValue::from(js)),
        ("wasm", JsValue::from(wasm)),
        ("file", file.into()),
        ("published", published_url.map(JsValue::from).unwrap_or(JsValue::NULL)),
        ("lang", lang.tag().into()),
    ] {
        if js_sys::Reflect::set(&request, &key.into(), &value).is_err() {
            return InWorker::Failed;
        }
    }
    if worker.post_message(&request).is_err() {
        return InWorker::Failed;
    }
    loop {
        let message = messages.next().await;
        if !current() {
            return InWorker::Superseded;
        }
        match message {
            Some(Some(CheckProgress::Done(report))) => return InWorker::Done(report),
            Some(Some(step)) => progress(step),
            Some(None) | None => return InWorker::Failed,
        }
    }
}

/// A worker that is stopped when this is dropped: when the check has its report, fails, or the page
/// has moved on to another file.
struct Stopped(web_sys::Worker);

impl Drop for Stopped {
    fn drop(&mut self) {
        self.0.terminate();
    }
}

/// `url` made absolute against the page's base, as the worker resolves against its own address.
fn absolute(url: &str) -> Option<String> {
    let base = document().base_uri().ok()??;
    web_sys::Url::new_with_base(url, &base).ok().map(|url| url.href())
}

/// Reads `file` in parts of 4 MB, telling `progress` how many percent are read; `None` when it cannot
/// be read.
pub async fn read_in_parts(file: &File, progress: impl Fn(u32)) -> Option<Vec<u8>> {
    /// Read per part, so progress shows (and the page keeps answering) on a large file.
    const PART: f64 = 4.0 * 1024.0 * 1024.0;
    let size = file.size();
    let mut bytes = Vec::with_capacity(size as usize);
    let mut offset = 0.0;
    progress(0);
    while offset < size {
        let end = (offset + PART).min(size);
        let part = file.slice_with_f64_and_f64(offset, end).ok()?;
        let buffer = wasm_bindgen_futures::JsFuture::from(part.array_buffer()).await.ok()?;
        bytes.extend(js_sys::Uint8Array::new(&buffer).to_vec());
        offset = end;
        progress((offset / size * 100.0) as u32);
    }
    Some(bytes)
}

/// The worker's side: the wasm started by `check-worker.js`, which leaves the page's request in the
/// global `twenteCheck` (read there rather than passed to an exported async function, whose glue
/// measured 1.4 KB of brotli more in every reader's download). Reads the
/// file, fetches the published dataset to compare with, checks, and posts each step to the page as
/// the JSON of a [`CheckProgress`].
#[cfg(target_arch = "wasm32")]
pub fn start_in_worker() {
    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let field = |name: &str| {
        let request = js_sys::Reflect::get(&scope, &contract::CHECK_REQUEST_GLOBAL.into()).ok()?;
        js_sys::Reflect::get(&request, &name.into()).ok()
    };
    let Some(file) = field("file").and_then(|f| f.dyn_into::<File>().ok()) else {
        // Not a request this wasm understands: the page checks the file itself.
        let _ = scope.post_message(&JsValue::NULL);
        return;
    };
    let published_url = field("published").and_then(|url| url.as_string());
    let lang = field("lang").and_then(|lang| lang.as_string()).and_then(|tag| Lang::from_tag(&tag)).unwrap_or_default();
    wasm_bindgen_futures::spawn_local(async move {
        let send = |message: &CheckProgress<ProblemText>| {
            if let Ok(text) = serde_json::to_string(message) {
                let _ = scope.post_message(&text.into());
            }
        };
        let published = match published_url {
            Some(url) => fetch_published(&url).await,
            None => None,
        };
        let report = match read_in_parts(&file, |percent| send(&CheckProgress::Reading { percent })).await {
            Some(bytes) => {
                send(&CheckProgress::Checking);
                in_words(check_file(bytes, published.as_ref(), lang), lang)
            }
            None => CheckReport::NotText,
        };
        send(&CheckProgress::Done(report));
    });
}

/// The published dataset, to compare with; `None` when it cannot be had in the app's time limit
/// (the report then says so).
#[cfg(target_arch = "wasm32")]
async fn fetch_published(url: &str) -> Option<crate::core::model::Dataset> {
    let scope: web_sys::WorkerGlobalScope = js_sys::global().unchecked_into();
    let controller = web_sys::AbortController::new().ok()?;
    let abort = {
        let controller = controller.clone();
        Closure::once_into_js(move || controller.abort())
    };
    let _ = scope.set_timeout_with_callback_and_timeout_and_arguments_0(
        abort.unchecked_ref(),
        (crate::app::data::TIMEOUT_SECONDS * 1000) as i32,
    );
    let request = gloo_net::http::Request::get(url).abort_signal(Some(&controller.signal()));
    let response = request.send().await.ok().filter(|r| r.ok())?;
    crate::core::load::load_dataset(&response.text().await.ok()?).ok()
}
