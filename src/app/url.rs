//! The address of the page, read once as a [`Location`] and shared by the shell and every page.
//! The URL is the single source of truth for the view and the explorer's state; views change it
//! through [`UrlState::go`].

use std::rc::Rc;

use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;

use crate::core::query::Query;
use crate::core::route::{Location, View};

/// The router's navigate function, kept to change the address from event handlers.
type Navigate = Rc<dyn Fn(&str, NavigateOptions)>;

/// Cheap-to-copy handles on the current address.
#[derive(Clone, Copy)]
pub struct UrlState {
    /// The current URL as a location.
    pub location: Memo<Location>,
    /// The explorer state of the URL (changes while the reader types; the view does not).
    pub query: Memo<Query>,
    /// The path of the page (`/gemeente/apps/twente/`), which query-string links keep.
    pathname: Memo<String>,
    navigate: StoredValue<Navigate, LocalStorage>,
}

impl UrlState {
    /// Reads the router's location and provides it to the views below (once, in the shell).
    pub fn provide() -> UrlState {
        let router = use_location();
        let location = Memo::new(move |_| Location::parse(&router.search.get()));
        let query = Memo::new(move |_| location.with(|l| l.query.clone()));
        let navigate = use_navigate();
        let navigate: Navigate = Rc::new(move |href, options| navigate(href, options));
        let state = UrlState { location, query, pathname: router.pathname, navigate: StoredValue::new_local(navigate) };
        provide_context(state);
        state
    }

    /// The state provided by [`UrlState::provide`].
    pub fn get() -> UrlState {
        expect_context::<UrlState>()
    }

    /// The view of the URL, without the query (changes only when the reader changes view).
    pub fn view(&self) -> View {
        self.location.with(|l| l.view.clone())
    }

    /// Goes to a location. `replace` overwrites the current history entry (while typing) instead of
    /// adding one; the page keeps its scroll position unless `to_top`.
    pub fn go(&self, to: &Location, replace: bool, to_top: bool) {
        let href = format!("{}{}", self.pathname.get_untracked(), to.href());
        let options = NavigateOptions { resolve: false, replace, scroll: to_top, ..Default::default() };
        self.navigate.with_value(|navigate| navigate(&href, options));
    }
}
