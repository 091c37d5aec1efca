//! The address of the page, read as a [`Location`] and shared by the shell and every page. The URL
//! is the single source of truth for the view and the explorer's state; views change it through
//! [`UrlState::go`], the search field through [`UrlState::type_text`], and links by being followed.
//!
//! Following links without reloading is done here, not by leptos_router: its router writes a new
//! path to the address bar only once a `<Routes>` has taken it, and with one catch-all route it cost
//! 25 KB of brotli wasm (measured 2026-11-30, docs/benchmarks.md) for what these few functions do:
//! the views follow the address themselves.

use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::core::query::Query;
use crate::core::route::{Location, View};

/// How long the address bar waits for a pause in typing before it shows the typed search.
const TYPING_PAUSE_MS: u64 = 300;

/// Cheap-to-copy handles on the current address.
#[derive(Clone, Copy)]
pub struct UrlState {
    /// The current URL as a location.
    pub location: Memo<Location>,
    /// The explorer state of the URL (changes while the reader types; the view does not).
    pub query: Memo<Query>,
    /// The path of the app's root (`/gemeente/apps/twente/`), where every address starts.
    root: StoredValue<String>,
    /// The address below the root as the address bar has it (`nl/projects/?q=fonds`).
    address: RwSignal<String>,
    /// What the reader typed and the address bar does not show yet, with the address it was typed
    /// on (ignored once the address changes otherwise: back, a link). Writing the address costs the
    /// browser 2 to 3 ms per keystroke (`history.replaceState`, measured in docs/benchmarks.md), so
    /// while the reader types the results follow at once and the address when they pause.
    typed: RwSignal<Option<(String, Location)>>,
    pause: StoredValue<Option<TimeoutHandle>, LocalStorage>,
}

impl UrlState {
    /// Reads the address bar, follows it (links, back and forward) and provides it to the views
    /// below (once, in the shell).
    pub fn provide() -> UrlState {
        let root = root_path();
        UrlState::provide_at(below(&root))
    }

    /// Like [`UrlState::provide`], but showing `address` (a pre-rendered page's, see
    /// `Location::prerendered_address`) until [`UrlState::follow_address_bar`]: the app attaches to
    /// the page as the build rendered it, then applies the address bar's query as an update.
    pub fn provide_at(address: String) -> UrlState {
        let state = UrlState::with_address(root_path(), RwSignal::new(address));
        state.follow_links();
        let on_popstate = window_event_listener(ev::popstate, move |_| {
            state.typed.set(None);
            state.follow_address_bar();
        });
        on_cleanup(move || on_popstate.remove());
        state
    }

    /// Shows the address the address bar has now.
    pub fn follow_address_bar(&self) {
        self.address.set(below(&self.root.get_value()));
    }

    /// A fixed location provided to the views below (the build machine's pre-rendering): nothing
    /// navigates there.
    pub fn fixed(location: &Location) -> UrlState {
        UrlState::with_address(String::new(), RwSignal::new(location.prerendered_address()))
    }

    fn with_address(root: String, address: RwSignal<String>) -> UrlState {
        let typed = RwSignal::new(None::<(String, Location)>);
        let location = Memo::new(move |_| {
            address.with(|address| {
                let typed_here = typed.with(|t| t.as_ref().filter(|(on, _)| on == address).map(|(_, l)| l.clone()));
                typed_here.unwrap_or_else(|| Location::prerendered(address))
            })
        });
        let query = Memo::new(move |_| location.with(|l| l.query.clone()));
        let state = UrlState {
            location,
            query,
            root: StoredValue::new(root),
            address,
            typed,
            pause: StoredValue::new_local(None),
        };
        provide_context(state);
        state
    }

    /// The state provided by [`UrlState::provide`] or [`UrlState::fixed`].
    pub fn get() -> UrlState {
        expect_context::<UrlState>()
    }

    /// The view of the URL, without the query (changes only when the reader changes view).
    pub fn view(&self) -> View {
        self.location.with(|l| l.view.clone())
    }

    /// Goes to a location. `replace` overwrites the current history entry instead of adding one;
    /// the page keeps its scroll position unless `to_top`. What was typed is written first, so the
    /// entry left behind has it.
    pub fn go(&self, to: &Location, replace: bool, to_top: bool) {
        self.write_typed();
        self.navigate_to(&to.href(), replace, to_top);
    }

    /// Shows a location typed into the search field at once, and writes it to the address (in place
    /// of the current entry) when the reader pauses or leaves the field ([`UrlState::write_typed`]).
    pub fn type_text(&self, to: Location) {
        let on = self.address.get_untracked();
        self.typed.set(Some((on, to)));
        let this = *self;
        let pause = std::time::Duration::from_millis(TYPING_PAUSE_MS);
        let handle = set_timeout_with_handle(move || this.write_typed(), pause).ok();
        if let Some(previous) = self.pause.try_update_value(|p| std::mem::replace(p, handle)).flatten() {
            previous.clear();
        }
    }

    /// Writes what was typed to the address now (the search field lost focus, a link or a tool
    /// needs the address).
    pub fn write_typed(&self) {
        if let Some(timer) = self.pause.try_update_value(Option::take).flatten() {
            timer.clear();
        }
        let current = self.address.get_untracked();
        if let Some((_, typed)) = self.typed.get_untracked().filter(|(on, _)| *on == current) {
            self.navigate_to(&typed.href(), true, false);
        }
        self.typed.set(None);
    }

    /// The address to share or print: in full, and without what only an embedding site sets
    /// (`embed`, `lock`), so that it opens the public explorer, not a frame's view of it.
    pub fn public_href(&self) -> String {
        let href = self.location.with_untracked(|l| Location::new(l.view.clone(), l.query.unframed()).href());
        format!("{}{href}", self.root_address())
    }

    /// The absolute address of the app's root, ending in `/` (`https://apps.example.nl/twente/`).
    pub fn root_address(&self) -> String {
        let origin = window().location().origin().unwrap_or_default();
        format!("{origin}{}", self.root.get_value())
    }

    /// Writes `href` (below the root) to the address bar and shows it.
    fn navigate_to(&self, href: &str, replace: bool, to_top: bool) {
        let url = format!("{}{href}", self.root.get_value());
        if let Ok(history) = window().history() {
            let written = if replace {
                history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
            } else {
                history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
            };
            if written.is_err() {
                // The browser refused (too many writes in a short time): load the page instead.
                let _ = window().location().set_href(&url);
                return;
            }
        }
        self.address.set(below(&self.root.get_value()));
        if to_top {
            window().scroll_to_with_x_and_y(0.0, 0.0);
        }
    }

    /// Follows a click on a link to a page of the app without reloading: not with a modifier key or
    /// another button, not to another site or outside the app's root, not a download, a new window
    /// or a link marked `rel="external"` (a place on the same page, a term on the glossary page).
    fn follow_links(&self) {
        let this = *self;
        let on_click = window_event_listener(ev::click, move |ev| {
            if ev.default_prevented()
                || ev.button() != 0
                || ev.meta_key()
                || ev.alt_key()
                || ev.ctrl_key()
                || ev.shift_key()
            {
                return;
            }
            let Some(link) = ev
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .and_then(|el| el.closest("a[href]").ok().flatten())
                .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
            else {
                return;
            };
            let external = link.get_attribute("rel").is_some_and(|rel| rel.split_whitespace().any(|r| r == "external"));
            if !link.target().is_empty() || link.has_attribute("download") || external {
                return;
            }
            let root = this.root.get_value();
            let same_site = link.origin() == window().location().origin().unwrap_or_default();
            let Some(href) = link.pathname().strip_prefix(root.as_str()).map(|path| format!("{path}{}", link.search()))
            else {
                return;
            };
            // A tool's page (core::site::Tool) is loaded as a page from a reader's page, with the
            // wasm it needs. The tools' own wasm, which readers never download, leaves that to the
            // tool's view, which loads its page when it is not in the wasm (app::pages).
            if !same_site
                || (cfg!(not(any(feature = "check", feature = "builder"))) && Location::parse(&href).view.is_tool())
            {
                return;
            }
            ev.prevent_default();
            this.write_typed();
            this.navigate_to(&href, false, true);
        });
        on_cleanup(move || on_click.remove());
    }
}

/// The address below `root` as the address bar has it now.
fn below(root: &str) -> String {
    let location = window().location();
    let path = location.pathname().unwrap_or_default();
    let search = location.search().unwrap_or_default();
    format!("{}{search}", path.strip_prefix(root).unwrap_or(&path))
}

/// The path of the app's root: where the page's `<base>` points (every pre-rendered page has one,
/// made absolute by head.js before the app starts), else the folder of the page.
fn root_path() -> String {
    let base = document().base_uri().ok().flatten().unwrap_or_default();
    let path = web_sys::Url::new(&base).map(|url| url.pathname()).unwrap_or_else(|_| "/".to_string());
    match path.rfind('/') {
        Some(end) => path[..=end].to_string(),
        None => "/".to_string(),
    }
}
