//! The address of the page, read once as a [`Location`] and shared by the shell and every page.
//! The URL is the single source of truth for the view and the explorer's state; views change it
//! through [`UrlState::go`], and the search field through [`UrlState::type_text`].

use std::rc::Rc;

use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;

use crate::core::query::Query;
use crate::core::route::{Location, View};

/// The router's navigate function, kept to change the address from event handlers.
type Navigate = Rc<dyn Fn(&str, NavigateOptions)>;

/// How long the address bar waits for a pause in typing before it shows the typed search.
const TYPING_PAUSE_MS: u64 = 300;

/// Cheap-to-copy handles on the current address.
#[derive(Clone, Copy)]
pub struct UrlState {
    /// The current URL as a location.
    pub location: Memo<Location>,
    /// The explorer state of the URL (changes while the reader types; the view does not).
    pub query: Memo<Query>,
    /// The path of the page (`/gemeente/apps/twente/`), which query-string links keep.
    pathname: Memo<String>,
    /// The query string of the address as the router has it.
    search: Memo<String>,
    navigate: StoredValue<Navigate, LocalStorage>,
    /// What the reader typed and the address bar does not show yet, with the address it was typed
    /// on (ignored once the address changes otherwise: back, a link). Writing the address costs the
    /// browser 2 to 3 ms per keystroke (`history.replaceState`, measured in docs/benchmarks.md), so
    /// while the reader types the results follow at once and the address when they pause.
    typed: RwSignal<Option<(String, Location)>>,
    pause: StoredValue<Option<TimeoutHandle>, LocalStorage>,
}

impl UrlState {
    /// Reads the router's location and provides it to the views below (once, in the shell).
    pub fn provide() -> UrlState {
        let router = use_location();
        let typed = RwSignal::new(None::<(String, Location)>);
        let location = Memo::new(move |_| {
            let search = router.search.get();
            let typed_here = typed.with(|t| t.as_ref().filter(|(on, _)| *on == search).map(|(_, l)| l.clone()));
            typed_here.unwrap_or_else(|| Location::parse(&search))
        });
        let query = Memo::new(move |_| location.with(|l| l.query.clone()));
        let navigate = use_navigate();
        let navigate: Navigate = Rc::new(move |href, options| navigate(href, options));
        let state = UrlState {
            location,
            query,
            pathname: router.pathname,
            search: router.search,
            navigate: StoredValue::new_local(navigate),
            typed,
            pause: StoredValue::new_local(None),
        };
        provide_context(state);
        state
    }

    /// A fixed location provided to the views below (the build machine's pre-rendering): nothing
    /// navigates there.
    pub fn fixed(location: Location) -> UrlState {
        let search = Memo::new(move |_| String::new());
        let location = Memo::new(move |_| location.clone());
        let query = Memo::new(move |_| location.with(|l| l.query.clone()));
        let navigate: Navigate = Rc::new(|_, _| {});
        let state = UrlState {
            location,
            query,
            pathname: search,
            search,
            navigate: StoredValue::new_local(navigate),
            typed: RwSignal::new(None),
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
        self.navigate_to(to, replace, to_top);
    }

    /// Shows a location typed into the search field at once, and writes it to the address (in place
    /// of the current entry) when the reader pauses or leaves the field ([`UrlState::write_typed`]).
    pub fn type_text(&self, to: Location) {
        let on = self.search.get_untracked();
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
        let current = self.search.get_untracked();
        if let Some((_, typed)) = self.typed.get_untracked().filter(|(on, _)| *on == current) {
            self.navigate_to(&typed, true, false);
        }
        self.typed.set(None);
    }

    fn navigate_to(&self, to: &Location, replace: bool, to_top: bool) {
        let href = format!("{}{}", self.pathname.get_untracked(), to.href());
        let options = NavigateOptions { resolve: false, replace, scroll: to_top, ..Default::default() };
        self.navigate.with_value(|navigate| navigate(&href, options));
    }
}
