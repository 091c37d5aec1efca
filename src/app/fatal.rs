//! What the reader sees when the app panics: a message and a reload link instead of a frozen page.
//!
//! With `panic = "abort"` the WebAssembly instance is dead after a panic, so the message is built
//! with plain DOM calls inside the panic hook and the reload is an ordinary link (no Rust handler
//! can run any more). The texts come from the i18n layer in the locale last shown.

use std::cell::Cell;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::i18n::*;

thread_local! {
    static LOCALE: Cell<Locale> = const { Cell::new(Locale::nl) };
}

/// Keeps the panic view's language in step with the interface.
pub fn follow_locale(language: Memo<crate::core::text::Lang>) {
    Effect::new(move |_| LOCALE.with(|l| l.set(Locale::of(language.get()))));
}

/// For the end-to-end test of the panic view only, in a build with the `test-hooks` feature (never
/// the release build): the event `twente:test-panic` makes the app panic, so the test can check what
/// a reader would see after a real bug.
#[cfg(feature = "test-hooks")]
fn listen_for_test_panic() {
    let handle = window_event_listener_untyped(crate::contract::TEST_PANIC_EVENT, |_| {
        panic!("test panic requested by the end-to-end tests")
    });
    std::mem::forget(handle);
}

/// Logs panics to the console and shows the error view. A panic while the app attaches to a
/// pre-rendered page means the page did not match the app: the console names the page and the node,
/// and the page stays as it is, readable, while boot.js starts the app again to render it anew.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        #[cfg(target_arch = "wasm32")]
        if let Some((place, node)) = crate::app::start::attach_failed() {
            let page = web_sys::window().and_then(|w| w.location().pathname().ok()).unwrap_or_default();
            web_sys::console::error_3(
                &format!("The app could not attach to the pre-rendered page {page}: it differs at {place}:").into(),
                &node,
                &format!("({info}). The app renders the page anew.").into(),
            );
            return;
        }
        console_error_panic_hook::hook(info);
        show_fatal_error();
    }));
    #[cfg(feature = "test-hooks")]
    listen_for_test_panic();
}

/// Puts the error message with its reload link at the top of the page (once).
pub fn show_fatal_error() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if document.get_element_by_id("fatal-error").is_some() {
        return;
    }
    let locale = LOCALE.with(Cell::get);
    let build = || -> Result<(), wasm_bindgen::JsValue> {
        let section = document.create_element("section")?;
        section.set_id("fatal-error");
        section.set_class_name("fatal-error");
        section.set_attribute("role", "alert")?;
        let title = document.create_element("h1")?;
        title.set_text_content(Some(td_string!(locale, fatal.title)));
        let body = document.create_element("p")?;
        body.set_text_content(Some(td_string!(locale, fatal.body)));
        let reload = document.create_element("a")?;
        let href = web_sys::window().map(|w| w.location().href().unwrap_or_default()).unwrap_or_default();
        reload.set_attribute("href", &href)?;
        reload.set_class_name("button");
        reload.set_text_content(Some(td_string!(locale, fatal.reload)));
        section.append_child(&title)?;
        section.append_child(&body)?;
        section.append_child(&reload)?;
        let body_el = document.body().ok_or_else(|| wasm_bindgen::JsValue::from_str("no body"))?;
        body_el.insert_before(&section, body_el.first_child().as_ref())?;
        if let Ok(reload) = reload.dyn_into::<web_sys::HtmlElement>() {
            let _ = reload.focus();
        }
        Ok(())
    };
    let _ = build();
}
