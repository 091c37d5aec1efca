//! The site's pages without an id, in one list ([`PAGES`]): their folders, where the site links
//! them from and their addresses in the first version; and the tools' pages, which have apps of
//! their own. `core::route` reads and writes addresses from this list.

use super::route::View;

/// A page for the people who keep the dataset or embed the explorer. Each has a wasm of its own,
/// the app with that page (src/bin/check.rs, src/bin/builder.rs), so readers download the app
/// without them; the build writes its files into the tool's pages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tool {
    /// "Gegevens controleren": check a new version of the dataset.
    Check,
    /// "Insluiten op uw website": compose an embed of the explorer.
    Builder,
}

impl Tool {
    /// Every tool.
    pub const ALL: [Tool; 2] = [Tool::Check, Tool::Builder];

    /// The folder of its app in the build and the name of its files: `("check-app", "check")` for
    /// `check-app/check.js` and `check-app/check_bg.wasm` (index.html's `rust` links say the same).
    pub fn app(self) -> (&'static str, &'static str) {
        match self {
            Tool::Check => ("check-app", "check"),
            Tool::Builder => ("builder-app", "builder"),
        }
    }
}

/// Where the site links a page without an id from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// The main menu.
    Menu,
    /// The footer.
    Footer,
    /// Another page only (the dataset check, from the data-quality page).
    Linked,
}

/// A page without an id, as [`PAGES`] lists it.
#[derive(Debug)]
pub struct Page {
    /// Its view.
    pub view: View,
    /// Its folder below the language (`money` in `en/money/`); empty for the overview.
    pub folder: &'static str,
    /// The first version's `view` parameter, where it differs from the folder.
    pub legacy: Option<&'static str>,
    /// Where the site links it from (the menu and the footer list them in this order).
    pub place: Place,
}

/// Every page without an id: the one list the addresses, the menu, the footer, the build's pages,
/// the first version's addresses (head.js, checked by tests/contract.rs) and the tests take them
/// from. Adding a page is a line here, its variant of [`View`] and the page's own file.
pub static PAGES: [Page; 14] = [
    Page { view: View::Overview, folder: "", legacy: Some("overview"), place: Place::Menu },
    Page { view: View::Projects, folder: "projects", legacy: None, place: Place::Menu },
    Page { view: View::Municipalities, folder: "municipalities", legacy: None, place: Place::Menu },
    Page { view: View::Money, folder: "money", legacy: None, place: Place::Menu },
    Page { view: View::ActionLines, folder: "lines", legacy: None, place: Place::Menu },
    Page { view: View::Basis, folder: "basis", legacy: None, place: Place::Menu },
    Page { view: View::Indicators, folder: "indicators", legacy: None, place: Place::Menu },
    Page { view: View::Timeline, folder: "timeline", legacy: None, place: Place::Menu },
    Page { view: View::Compare { lines: false, ids: Vec::new() }, folder: "compare", legacy: None, place: Place::Menu },
    Page { view: View::Glossary, folder: "glossary", legacy: None, place: Place::Footer },
    Page { view: View::Quality, folder: "quality", legacy: None, place: Place::Footer },
    Page { view: View::Accessibility, folder: "accessibility", legacy: None, place: Place::Footer },
    Page { view: View::Embed, folder: "embed", legacy: None, place: Place::Footer },
    Page { view: View::Check, folder: "check", legacy: None, place: Place::Linked },
];
