//! The button of a disclosure (WAI-ARIA pattern): it shows and hides one element of the page, keeps
//! a constant name and tells its state with `aria-expanded`. Narrow screens fold the main menu and
//! the explorer's filters this way; the folded element adds `…--open` to its class while `open`.

use leptos::html;
use leptos::prelude::*;

/// A disclosure button for the element with id `controls`.
#[component]
pub fn DisclosureButton(
    /// Whether the element is shown; the button flips it.
    open: RwSignal<bool>,
    /// Id of the element shown and hidden.
    controls: &'static str,
    /// Class for the button's place on the page (its look comes from `.disclosure-button`).
    class: &'static str,
    /// The button's name, the same in both states.
    label: String,
    /// To move focus back to the button (the menu does so on Escape).
    #[prop(optional)]
    node_ref: NodeRef<html::Button>,
) -> impl IntoView {
    view! {
        <button
            type="button"
            class=format!("disclosure-button {class}")
            node_ref=node_ref
            aria-controls=controls
            aria-expanded=move || if open.get() { "true" } else { "false" }
            on:click=move |_| open.update(|o| *o = !*o)
        >
            {label}
        </button>
    }
}
