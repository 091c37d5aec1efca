//! Starting the app in the browser. A page the build pre-rendered is already there, readable and
//! with its controls working as plain HTML; the app attaches to it (Leptos hydration: the same
//! components walk the page's nodes instead of creating new ones), so nothing the reader touched
//! is replaced: focus, caret, typed text, ticked boxes, open disclosures and the scroll position
//! stay as they are. It renders the page anew only where it cannot attach: a page without
//! pre-rendered content, a dataset other than the one the page was built from, or a page that did
//! not match (the console says where; boot.js then starts the app again with `APP_FRESH`).

use std::sync::Arc;

use leptos::prelude::*;
use leptos::tachys::hydration::Cursor;
use leptos::tachys::view::PositionState;
use wasm_bindgen::JsCast;

use crate::app::data::{self, DatasetLoad, Freshness, LoadError};
use crate::app::hydration;
use crate::app::runtime::Running;
use crate::app::state::Loaded;
use crate::app::url::UrlState;
use crate::app::Shell;
use crate::contract;

/// Starts the app in `<div id="app">`: attached to its pre-rendered page, or rendered anew.
pub fn start() {
    _ = any_spawner::Executor::init_wasm_bindgen();
    let Some(root) = document().get_element_by_id(contract::APP_ROOT_ID) else {
        return render_anew(None, None);
    };
    let fresh_asked = app_state().as_deref() == Some(contract::APP_FRESH);
    match root.get_attribute(contract::PRERENDERED) {
        Some(address) if !fresh_asked => leptos::task::spawn_local(attach_when_loaded(root, address)),
        _ => render_anew(Some(root), None),
    }
}

/// Fetches the published dataset, then attaches to the page if it was rendered from that dataset.
async fn attach_when_loaded(root: web_sys::Element, address: String) {
    let rendered_from = root.get_attribute(contract::DATASET_FINGERPRINT);
    let published = data::fetch_published().await;
    mark("twente:dataset-ready");
    match published {
        Ok((loaded, freshness, fingerprint)) if rendered_from.as_deref() == Some(fingerprint.as_str()) => {
            attach(root, address, loaded, freshness)
        }
        // Another dataset than the build's (replaced on the server without a new build), or none:
        // the page is rendered anew, with the new data or the reason there is none.
        Ok((loaded, freshness, _)) => render_anew(Some(root), Some(Ok((loaded, freshness)))),
        Err(error) => render_anew(Some(root), Some(Err(error))),
    }
}

/// Attaches the app to the pre-rendered page at `address`, then applies what the browser knows
/// and the build did not: the address bar's query, the data's freshness, another dataset asked for.
fn attach(root: web_sys::Element, address: String, loaded: Arc<Loaded>, freshness: Freshness) {
    let owner = Owner::new_root(Some(Arc::new(hydration_context::HydrateSharedContext::new())));
    owner.with(|| {
        let url = UrlState::provide_at(address);
        let running = Running::provide(false);
        let dataset = DatasetLoad::loaded(loaded);
        let cursor = Cursor::new(root.clone().unchecked_into());
        let view = view! { <Shell dataset /> }.into_view();
        // The page's nodes are the app's for as long as the page lives.
        std::mem::forget(hydration::walk(view, &cursor, &PositionState::default()));
        mark("twente:attached-first");
        let owner = Owner::current();
        hydration::when_attached(move || {
            let finish = move || {
                if let Some(context) = Owner::current_shared_context() {
                    context.hydration_complete();
                }
                mark("twente:attached");
                let _ = root.remove_attribute(contract::PRERENDERED);
                let built_for = url.query.get_untracked();
                url.follow_address_bar();
                if url.query.with_untracked(|query| query.without_lang() != built_for.without_lang()) {
                    running.rebuild_page();
                }
                dataset.set_freshness(freshness);
                if let Some(other) = url.location.with_untracked(|l| l.query.settings.data.clone()) {
                    dataset.load_other(other);
                }
                announce_running(running);
            };
            match owner {
                Some(owner) => owner.with(finish),
                None => finish(),
            }
        });
    });
    std::mem::forget(owner);
}

/// Renders the app anew into `root` (or the body), replacing what is there, with the published
/// dataset as it was `fetched` already, else fetching the dataset the address asks for.
fn render_anew(root: Option<web_sys::Element>, fetched: Option<Result<(Arc<Loaded>, Freshness), LoadError>>) {
    let root = root.and_then(|r| r.dyn_into::<web_sys::HtmlElement>().ok());
    let app = move || {
        let url = UrlState::provide();
        let running = Running::provide(true);
        let other = url.location.with_untracked(|l| l.query.settings.data.clone());
        let dataset = match fetched {
            Some(fetched) if other.is_none() => DatasetLoad::fetched(fetched),
            _ => DatasetLoad::start(other),
        };
        // After this render: boot.js hands the app what the reader did meanwhile.
        request_animation_frame(move || announce_running(running));
        view! { <Shell dataset /> }
    };
    match root {
        Some(root) => {
            root.set_text_content(None);
            let _ = root.remove_attribute(contract::PRERENDERED);
            mount_to(root, app).forget();
        }
        None => mount_to_body(app),
    }
}

/// The app answers the reader from now on: the views may differ from the build's, and boot.js hands
/// over what the reader did before (in this same task, before any view updates itself).
fn announce_running(running: Running) {
    running.start();
    if let Some(html) = document().document_element() {
        let _ = html.set_attribute(contract::APP_STATE, contract::APP_RUNNING);
    }
    if let Ok(event) = web_sys::Event::new(contract::RUNNING_EVENT) {
        let _ = window().dispatch_event(&event);
    }
}

/// A mark on the page's performance timeline, for the benchmarks (scripts/bench-interaction.mjs)
/// and the browser's profiler: when the dataset was ready, when the app had attached.
fn mark(name: &str) {
    if let Some(performance) = window().performance() {
        let _ = performance.mark(name);
    }
}

/// The app's state on `<html>` (see `contract::APP_STATE`).
fn app_state() -> Option<String> {
    document().document_element()?.get_attribute(contract::APP_STATE)
}

/// While the app attaches to a pre-rendered page: the node the walk had reached, described for the
/// console (`main > div.explorer-page > form.search`), and marks the page so boot.js renders it anew.
/// `None` when the app is not attaching.
pub fn attach_failed() -> Option<(String, web_sys::Node)> {
    let node = hydration::walking_at()?;
    if let Some(html) = document().document_element() {
        let _ = html.set_attribute(contract::APP_STATE, contract::APP_HYDRATION_FAILED);
    }
    Some((describe(&node), node))
}

/// Where `node` is in the page, as a path of tags, ids and first classes below `#app`.
fn describe(node: &web_sys::Node) -> String {
    let mut parts = Vec::new();
    let mut current = Some(node.clone());
    while let Some(node) = current {
        let part = match node.dyn_ref::<web_sys::Element>() {
            Some(element) if element.id() == contract::APP_ROOT_ID => break,
            Some(element) => {
                let mut part = element.tag_name().to_ascii_lowercase();
                if !element.id().is_empty() {
                    part = format!("{part}#{}", element.id());
                } else if let Some(class) = element.class_name().split_whitespace().next() {
                    part = format!("{part}.{class}");
                }
                part
            }
            None => match node.node_type() {
                web_sys::Node::TEXT_NODE => "#text".to_string(),
                web_sys::Node::COMMENT_NODE => "#comment".to_string(),
                _ => node.node_name(),
            },
        };
        parts.push(part);
        current = node.parent_node();
    }
    parts.reverse();
    parts.join(" > ")
}
