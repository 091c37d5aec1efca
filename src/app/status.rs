//! Notices about the app itself: offline with data of a given date, a new version to reload, and
//! a local file previewed instead of the published data.

use crate::core::text::fill;
use leptos::ev;
use leptos::prelude::*;

use crate::app::data::{DatasetLoad, Freshness};
use crate::app::i18n::*;
use crate::app::runtime::IN_BROWSER;
use crate::contract;
use crate::core::format;

/// "Offline: data as of {date}", while the network is gone or the data came from the offline copy.
#[component]
pub fn OfflineBanner(freshness: Signal<Freshness>) -> impl IntoView {
    let loc = locale();
    let online = RwSignal::new(true);
    // The network's state is the browser's: read once the app runs, as an update of the page.
    Effect::new(move |_| online.set(window().navigator().on_line()));
    if IN_BROWSER {
        let on_online = window_event_listener(ev::online, move |_| online.set(true));
        let on_offline = window_event_listener(ev::offline, move |_| online.set(false));
        on_cleanup(move || {
            on_online.remove();
            on_offline.remove();
        });
    }
    move || {
        let fresh = freshness.get();
        (!online.get() || fresh.from_cache).then(|| {
            let date = fresh.fetched_at.as_deref().map(|iso| local_date_time(iso, loc)).unwrap_or_default();
            view! {
                <div class="banner banner--offline" role="status">
                    {if online.get() {
                        fill(td_string!(loc, app_status.cached), &[("date", &date.to_string())])
                    } else {
                        fill(td_string!(loc, app_status.offline), &[("date", &date.to_string())])
                    }}
                </div>
            }
        })
    }
}

/// A moment (ISO 8601) in the reader's time zone and language: `29 november 2026, 14:05`.
fn local_date_time(iso: &str, loc: Locale) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_str(iso));
    if date.get_time().is_nan() {
        return iso.to_string();
    }
    let day = crate::core::date::PartialDate {
        year: date.get_full_year() as u16,
        month: Some(date.get_month() as u8 + 1),
        day: Some(date.get_date() as u8),
    };
    format!("{}, {:02}:{:02}", format::date(&day, loc.lang()), date.get_hours(), date.get_minutes())
}

/// "A new version is available: reload", when the service worker has one waiting. Reloading is the
/// reader's choice.
#[component]
pub fn UpdateNotice() -> impl IntoView {
    let loc = locale();
    let available = RwSignal::new(false);
    // Announced before the app listened: boot.js marked the page.
    Effect::new(move |_| {
        let marked = document().document_element().is_some_and(|html| html.has_attribute(contract::UPDATE_AVAILABLE));
        if marked {
            available.set(true);
        }
    });
    if IN_BROWSER {
        let listener = window_event_listener_untyped(contract::UPDATE_AVAILABLE_EVENT, move |_| available.set(true));
        on_cleanup(move || listener.remove());
    }
    let reload = move |_| {
        if let Ok(event) = web_sys::CustomEvent::new(contract::APPLY_UPDATE_EVENT) {
            let _ = window().dispatch_event(&event);
        }
    };
    move || {
        available.get().then(|| {
            view! {
                <div class="banner banner--update" role="status">
                    <span>{td_string!(loc, app_status.update)}</span> " "
                    <button type="button" class="button" on:click=reload>{td_string!(loc, app_status.reload)}</button>
                </div>
            }
        })
    }
}

/// On every page while a local file is previewed ("Gegevens controleren"): that this is not the
/// published data, and one click back to it.
#[component]
pub fn PreviewBanner(dataset: DatasetLoad) -> impl IntoView {
    let loc = locale();
    move || {
        dataset.previewed_file().map(|file| {
            view! {
                <div class="banner banner--preview" role="status" data-testid="preview-banner">
                    <span>{fill(td_string!(loc, app_status.preview), &[("file", &file.to_string())])}</span> " "
                    <button type="button" class="button" on:click=move |_| dataset.end_preview()>
                        {td_string!(loc, app_status.end_preview)}
                    </button>
                </div>
            }
        })
    }
}
