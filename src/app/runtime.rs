//! Where the views run, and whether the app runs yet.

use leptos::prelude::*;

/// Whether the views run in the browser, not on the build machine that pre-renders them to HTML.
/// Views call browser APIs (window, storage, listeners) only when it is true; effects and event
/// handlers run only in the browser anyway.
pub const IN_BROWSER: bool = cfg!(target_arch = "wasm32");

/// Whether the app answers the reader. It is false on the build machine and while the app attaches
/// to a pre-rendered page in the browser, where the views must render exactly what the build
/// rendered; it turns true right after, and the views then show what only the browser knows (the
/// address's query, stored choices, the network's state) as ordinary reactive updates.
#[derive(Clone, Copy)]
pub struct Running(RwSignal<bool>);

impl Running {
    /// Provides the state to the views below: `running` at once (a page rendered anew in the
    /// browser), or not yet (the build machine, or attaching to a pre-rendered page).
    pub fn provide(running: bool) -> Running {
        let state = Running(RwSignal::new(running));
        provide_context(state);
        state
    }

    /// The app has attached to the page: the views may differ from the build's from now on.
    pub fn start(self) {
        self.0.set(true);
    }
}

/// Whether the app runs, tracked. Where no state is provided (component tests), views run in the
/// browser and not on the build machine.
pub fn running() -> bool {
    use_context::<Running>().map_or(IN_BROWSER, |state| state.0.get())
}
