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
    let kept = reader_state(root);
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
    restore_reader_state(root, kept);
    // boot.js replays the clicks it held back meanwhile.
    if let Ok(event) = web_sys::Event::new("twente:taken-over") {
        let _ = window().dispatch_event(&event);
    }
}

/// What the reader changed on the pre-rendered page before the app took it over. boot.js marks
/// each field or table the reader touched with `data-reader-changed`, so untouched fields (which the
/// app may fill from the address) are left as the app renders them.
enum Kept {
    /// Text typed into a field, or a choice in a list.
    Value(Vec<u32>, String),
    /// Files chosen in a file field (the check of a new dataset).
    Files(Vec<u32>, web_sys::FileList),
    /// A box ticked or cleared (before boot.js could hold the click back).
    Checked(Vec<u32>, bool),
    /// A table under a chart opened or closed.
    Open(Vec<u32>, bool),
}

fn reader_state(root: &web_sys::Element) -> Vec<Kept> {
    let mut kept = Vec::new();
    let Ok(fields) = root.query_selector_all("[data-reader-changed]") else {
        return kept;
    };
    for i in 0..fields.length() {
        let Some(element) = fields.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) else { continue };
        let Some(path) = path_below(root, &element) else { continue };
        if let Some(input) = element.dyn_ref::<web_sys::HtmlInputElement>() {
            if matches!(input.type_().as_str(), "checkbox" | "radio") {
                kept.push(Kept::Checked(path, input.checked()));
            } else if input.type_() == "file" {
                // A file field's value cannot be set, only its files.
                if let Some(files) = input.files() {
                    kept.push(Kept::Files(path, files));
                }
            } else {
                kept.push(Kept::Value(path, input.value()));
            }
        } else if let Some(select) = element.dyn_ref::<web_sys::HtmlSelectElement>() {
            kept.push(Kept::Value(path, select.value()));
        } else {
            kept.push(Kept::Open(path, element.has_attribute("open")));
        }
    }
    kept
}

/// Gives the app's page what the reader did to the pre-rendered one, as the events the app handles.
fn restore_reader_state(root: &web_sys::Element, kept: Vec<Kept>) {
    for item in kept {
        match item {
            Kept::Value(path, value) => {
                let Some(element) = element_at(root, &path) else { continue };
                let event = if let Some(input) = element.dyn_ref::<web_sys::HtmlInputElement>() {
                    // Setting a file field's value throws.
                    if input.value() == value || input.type_() == "file" {
                        continue;
                    }
                    input.set_value(&value);
                    "input"
                } else if let Some(select) = element.dyn_ref::<web_sys::HtmlSelectElement>() {
                    if select.value() == value {
                        continue;
                    }
                    select.set_value(&value);
                    "change"
                } else {
                    continue;
                };
                let init = web_sys::EventInit::new();
                init.set_bubbles(true);
                if let Ok(event) = web_sys::Event::new_with_event_init_dict(event, &init) {
                    let _ = element.dispatch_event(&event);
                }
            }
            Kept::Files(path, files) => {
                if let Some(input) =
                    element_at(root, &path).and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
                {
                    input.set_files(Some(&files));
                    let init = web_sys::EventInit::new();
                    init.set_bubbles(true);
                    if let Ok(event) = web_sys::Event::new_with_event_init_dict("change", &init) {
                        let _ = input.dispatch_event(&event);
                    }
                }
            }
            Kept::Checked(path, checked) => {
                // A click, so the app hears it as it hears the reader's.
                if let Some(input) =
                    element_at(root, &path).and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
                {
                    if input.checked() != checked {
                        input.click();
                    }
                }
            }
            Kept::Open(path, open) => {
                if let Some(element) = element_at(root, &path) {
                    let _ = if open { element.set_attribute("open", "") } else { element.remove_attribute("open") };
                }
            }
        }
    }
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
