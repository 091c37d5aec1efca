//! Where the views run, and whether the app runs yet.

use leptos::prelude::*;

/// Whether the views run in the browser, not on the build machine that pre-renders them to HTML.
/// Views call browser APIs (window, storage, listeners) only when it is true; effects and event
/// handlers run only in the browser anyway.
pub const IN_BROWSER: bool = cfg!(target_arch = "wasm32");

/// Whether the app answers the reader. It is false on the build machine and while the app attaches
/// to a pre-rendered page in the browser, where the views must render exactly what the build
/// rendered; it turns true right after, and the views then show what only the browser knows (the
/// address's query, stored choices, the network's state) as ordinary reactive updates. Such a
/// change must wait until then: a part of the page attached after it (app::hydration) would keep the
/// build's attribute or text, as attaching reads the page and does not write it.
#[derive(Clone, Copy)]
pub struct Running {
    running: RwSignal<bool>,
    /// How often the page was built again (see [`Running::rebuild_page`]).
    builds: RwSignal<u32>,
}

impl Running {
    /// Provides the state to the views below: `running` at once (a page rendered anew in the
    /// browser), or not yet (the build machine, or attaching to a pre-rendered page).
    pub fn provide(running: bool) -> Running {
        let state = Running { running: RwSignal::new(running), builds: RwSignal::new(0) };
        provide_context(state);
        state
    }

    /// The app has attached to the page: the views may differ from the build's from now on.
    pub fn start(self) {
        self.running.set(true);
    }

    /// Builds the page of the view again. Pages read the address's query once, when they are built
    /// (the filters their links carry, the neighbours of a project in the results); the app attaches
    /// to a page the build made without a query, so where the address has one, the page is built
    /// again for it.
    pub fn rebuild_page(self) {
        self.builds.update(|n| *n += 1);
    }
}

/// How often the page was built again, tracked: the views' page follows it (0 where no state is
/// provided).
pub fn page_builds() -> u32 {
    use_context::<Running>().map_or(0, |state| state.builds.get())
}

/// Whether the app runs, tracked. Where no state is provided (component tests), views run in the
/// browser and not on the build machine.
pub fn running() -> bool {
    use_context::<Running>().map_or(IN_BROWSER, |state| state.running.get())
}

/// The site's public address (ending in `/`), when the build knows it (`TWENTE_PUBLIC_URL`): the
/// build provides it to the views it renders; in the browser the page's own address stands in.
#[derive(Debug, Clone)]
pub struct PublicAddress(pub String);
