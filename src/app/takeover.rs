//! Taking over a pre-rendered page. The page arrives as HTML with its content; the app renders the
//! same page off-screen, and once its dataset is read and drawn, its nodes replace the pre-rendered
//! ones in one step before the next paint: the reader sees no loading state and no change, and keeps
//! the focus and the scroll position. (Not hydration: nothing can mismatch; see docs/deploy.md.)

use std::cell::RefCell;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

thread_local! {
    /// The page's root and the off-screen element the app renders into, until the swap.
    static PENDING: RefCell<Option<(web_sys::Element, web_sys::Element)>> = const { RefCell::new(None) };
}

/// Whether `root` holds a page pre-rendered by the build.
pub fn is_prerendered(root: &web_sys::Element) -> bool {
    root.has_attribute("data-prerendered")
}

/// Mounts `app` off-screen, to take `root`'s place once [`complete`] is called.
pub fn mount_behind<V: IntoView + 'static>(root: web_sys::Element, app: fn() -> V) {
    let Ok(live) = document().create_element("div") else { return };
    PENDING.with(|p| *p.borrow_mut() = Some((root, live.clone())));
    if let Ok(live) = live.dyn_into::<web_sys::HtmlElement>() {
        mount_to(live, app).forget();
    }
}

/// The app's first page is drawn: swap it in before the next paint (nothing when the app was
/// mounted directly, or already swapped).
pub fn complete() {
    if let Some((root, live)) = PENDING.with(|p| p.borrow_mut().take()) {
        request_animation_frame(move || swap(&root, &live));
    }
}

fn swap(root: &web_sys::Element, live: &web_sys::Element) {
    let focused = document().active_element().and_then(|el| path_below(root, &el));
    let (x, y) = (window().scroll_x().unwrap_or(0.0), window().scroll_y().unwrap_or(0.0));
    while let Some(child) = root.first_child() {
        let _ = root.remove_child(&child);
    }
    while let Some(child) = live.first_child() {
        let _ = root.append_child(&child);
    }
    let _ = root.remove_attribute("data-prerendered");
    if let Some(element) = focused.and_then(|path| element_at(root, &path)) {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = element.focus_with_options(&options);
    }
    // The same layout, so the same scroll position; scroll anchoring would move the page when the
    // focused element it anchors on is replaced.
    window().scroll_to_with_x_and_y(x, y);
}

/// The position of `element` below `root` as element-child indices, if it is below it.
fn path_below(root: &web_sys::Element, element: &web_sys::Element) -> Option<Vec<u32>> {
    let mut path = Vec::new();
    let mut current = element.clone();
    while current != *root {
        let parent = current.parent_element()?;
        let children = parent.children();
        let index = (0..children.length()).find(|&i| children.item(i).as_ref() == Some(&current))?;
        path.push(index);
        current = parent;
    }
    path.reverse();
    Some(path)
}

/// The element at `path` below `root`, as an element that can take focus.
fn element_at(root: &web_sys::Element, path: &[u32]) -> Option<web_sys::HtmlElement> {
    let mut current = root.clone();
    for &index in path {
        current = current.children().item(index)?;
    }
    current.dyn_into().ok()
}
