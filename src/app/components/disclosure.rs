//! A part of the page that folds away on narrow screens behind a toggle: the main menu and the
//! explorer's filters. It is a native `<details>` with its `<summary>`, so it opens at the reader's
//! first tap, before the app runs and without script; the element itself holds whether it is open.
//! On wide screens style/app.css shows the content and hides the toggle (`.fold`).

use leptos::html;
use leptos::prelude::*;

/// A fold with the toggle `label` (the same in both states) and `children` as its content.
#[component]
pub fn Fold(
    /// The part of the page that folds (`main-nav`): the fold gets the class `{part}__fold`, its
    /// toggle `{part}__toggle`.
    part: &'static str,
    /// The toggle's name.
    label: String,
    /// To close the fold or move focus to its toggle (the menu does so on Escape).
    #[prop(optional)]
    node_ref: NodeRef<html::Details>,
    /// The toggle, to move focus back to it.
    #[prop(optional)]
    toggle_ref: NodeRef<html::Summary>,
    children: Children,
) -> impl IntoView {
    view! {
        <details class=format!("fold {part}__fold") node_ref=node_ref>
            <summary class=format!("fold__toggle {part}__toggle") node_ref=toggle_ref>{label}</summary>
            {children()}
        </details>
    }
}

/// Closes the fold behind `fold`, if it is open.
pub fn close(fold: NodeRef<html::Details>) {
    if let Some(details) = fold.get_untracked() {
        if details.open() {
            details.set_open(false);
        }
    }
}
