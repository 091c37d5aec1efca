//! Where focus goes when what had it is replaced: a keyboard or screen-reader user must never be
//! left on the page's body (WCAG 2.4.3), which sends the next Tab to the top of the page.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// After the next render, focuses the first element that matches one of `selectors`, in order,
/// scrolling it into view if it is not.
pub fn after_render(selectors: &'static [&'static str]) {
    request_animation_frame(move || {
        if let Some(element) = selectors.iter().find_map(|s| document().query_selector(s).ok().flatten()) {
            focus(element);
        }
    });
}

fn focus(element: web_sys::Element) {
    if let Ok(element) = element.dyn_into::<web_sys::HtmlElement>() {
        // focus() scrolls the element into view where it is not, and leaves the page still where it is.
        let _ = element.focus();
    }
}
