//! The views of the app and their addresses.
//!
//! Every view has a page of its own below the app's root, in each language: `nl/` (the overview),
//! `en/projects/`, `de/projects/talentit/`. The build writes each page as a file (`index.html` in
//! that folder), so a plain static server returns it as it is, from any sub-folder, and links work
//! without script. Addresses are relative to the root; each page names the root in its `<base>`.
//! The explorer's state travels in the query string (`nl/projects/?q=fonds&line=…`), so "back to
//! the list" and previous/next keep the filters, and charts follow them. Addresses of the first
//! version, with the view in the query string (`?project=tfvv`, `?view=money`, `?lang=en`), read as
//! the same locations.

use percent_encoding::{percent_decode_str, utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

use super::query::Query;
use super::site::{Place, Tool, PAGES};
use super::text::Lang;

/// What stays as it is in a path segment: letters, digits and `-._~`; everything else of an id is
/// percent-encoded (a dataset's ids are slugs, so in practice nothing is).
const SEGMENT: &AsciiSet = &NON_ALPHANUMERIC.remove(b'-').remove(b'.').remove(b'_').remove(b'~');

/// A view of the app.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum View {
    /// The landing page: both programmes, the action lines, the headline figures.
    Overview,
    /// The explorer: search, facets and the list of projects.
    Projects,
    /// One project's page (the id may not exist; the page then says so).
    Project(String),
    /// The money: commitments, the financing split, leverage, the flow of funds.
    Money,
    /// The four action lines with their focus points and projects.
    ActionLines,
    /// The basic infrastructure (basisinfrastructuur).
    Basis,
    /// The regional indicators (signalering).
    Indicators,
    /// Projects with known dates on a time axis.
    Timeline,
    /// One programme's page.
    Programme(String),
    /// The accessibility statement (toegankelijkheidsverklaring).
    Accessibility,
    /// The 14 municipalities as a tile map, with a list alternative.
    Municipalities,
    /// One municipality's projects.
    Municipality(String),
    /// One organisation: what it is, its projects and roles, its part of the basic infrastructure.
    Organisation(String),
    /// Two to four projects (or action lines) side by side.
    Compare {
        /// Whether the ids are action lines rather than projects.
        lines: bool,
        /// The ids, in the reader's order.
        ids: Vec<String>,
    },
    /// Plain-language explanations of the terms.
    Glossary,
    /// What is unknown, where sources disagree, and the source's own oddities.
    Quality,
    /// For the people who keep the dataset: check a new version of it, read from a local file, and
    /// preview the app with it ("Gegevens controleren").
    Check,
    /// For web teams: compose an embed of the explorer, see it live, and copy its code.
    Embed,
}

/// What `404.html` records as its address (see [`Location::prerendered_address`]).
const NOT_FOUND_ADDRESS: &str = "404";

/// Most items a comparison takes.
pub const MAX_COMPARED: usize = 4;

impl View {
    /// The page of the view below its language: `money/`, `projects/talentit/`; the overview's is
    /// empty.
    pub fn page(&self) -> String {
        let with_id = |folder: &str, id: &str| format!("{folder}/{}/", utf8_percent_encode(id, SEGMENT));
        match self {
            View::Overview => String::new(),
            View::Project(id) => with_id("projects", id),
            View::Programme(id) => with_id("programmes", id),
            View::Municipality(id) => with_id("municipalities", id),
            View::Organisation(id) => with_id("organisations", id),
            view => view.param().map(|name| format!("{name}/")).unwrap_or_default(),
        }
    }

    /// The view of a page path below the language (its segments: `["projects", "talentit"]`);
    /// `None` when it names no view. The comparison's choice is in the query.
    fn of_page(segments: &[String], compared: impl FnOnce() -> View) -> Option<View> {
        match segments {
            [] => Some(View::Overview),
            [folder, id] => match folder.as_str() {
                "projects" => Some(View::Project(id.clone())),
                "programmes" => Some(View::Programme(id.clone())),
                "municipalities" => Some(View::Municipality(id.clone())),
                "organisations" => Some(View::Organisation(id.clone())),
                _ => None,
            },
            [name] if name == "compare" => Some(compared()),
            [name] => View::named(name),
            _ => None,
        }
    }

    /// The view without an id whose folder (or, in the first version's addresses, whose `view`
    /// parameter) is `name`.
    fn named(name: &str) -> Option<View> {
        PAGES.iter().find(|page| page.folder == name || page.legacy == Some(name)).map(|page| page.view.clone())
    }

    /// The folder of a view without an id (empty for the overview); `None` for a view with one.
    fn param(&self) -> Option<&'static str> {
        PAGES
            .iter()
            .find(|page| std::mem::discriminant(&page.view) == std::mem::discriminant(self))
            .map(|page| page.folder)
    }

    /// The views the main menu lists, in its order.
    pub fn menu() -> impl Iterator<Item = View> {
        PAGES.iter().filter(|page| page.place == Place::Menu).map(|page| page.view.clone())
    }

    /// The tool the view is, if it is one: a page with a wasm of its own.
    pub fn tool(&self) -> Option<Tool> {
        match self {
            View::Check => Some(Tool::Check),
            View::Embed => Some(Tool::Builder),
            _ => None,
        }
    }

    /// Whether the view is a tool (see [`Tool`]).
    pub fn is_tool(&self) -> bool {
        self.tool().is_some()
    }

    /// The views linked from the footer rather than the menu.
    pub fn footer() -> impl Iterator<Item = View> {
        PAGES.iter().filter(|page| page.place == Place::Footer).map(|page| page.view.clone())
    }
}

/// A view with the explorer state it carries: everything a URL says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    /// Which view.
    pub view: View,
    /// The explorer's search, filters, sort and page.
    pub query: Query,
}

impl Location {
    /// Reads an address below the app's root: a page path and a query string, either may be absent
    /// (`en/projects/?q=fonds`, `nl/money/`, `?view=money`). Unknown parameters are ignored; a path
    /// that names no page reads as the overview.
    pub fn parse(address: &str) -> Location {
        let address = address.split('#').next().unwrap_or_default();
        let (path, search) = address.split_once('?').unwrap_or((address, ""));
        let pairs: Vec<(String, String)> =
            form_urlencoded::parse(search.as_bytes()).map(|(k, v)| (k.into_owned(), v.into_owned())).collect();
        let mut query = Query::from_params(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        let value =
            |key: &str| pairs.iter().find(|(k, v)| k == key && !v.trim().is_empty()).map(|(_, v)| v.trim().to_string());
        let compared = || {
            let mut ids: Vec<String> = Vec::new();
            // `ids=a,b` as the app writes it, or `ids=a&ids=b` as the compare page's form sends it
            // where the app does not run.
            let listed = pairs.iter().filter(|(k, _)| k == "ids").flat_map(|(_, v)| v.split(','));
            for id in listed.map(str::trim).filter(|id| !id.is_empty()) {
                if ids.len() < MAX_COMPARED && !ids.iter().any(|known| known == id) {
                    ids.push(id.to_string());
                }
            }
            View::Compare { lines: value("of").as_deref() == Some("lines"), ids }
        };
        let mut segments: Vec<String> = path
            .split('/')
            .filter(|s| !s.is_empty() && *s != "index.html" && *s != ".")
            .map(|s| percent_decode_str(s).decode_utf8_lossy().into_owned())
            .collect();
        if let Some(lang) = segments.first().and_then(|s| Lang::ALL.iter().copied().find(|l| l.tag() == s.as_str())) {
            query.settings.lang = Some(lang);
            segments.remove(0);
        }
        let view = if segments.is_empty() {
            legacy_view(&value, compared)
        } else {
            View::of_page(&segments, compared).unwrap_or(View::Overview)
        };
        Location { view, query }
    }

    /// The explorer with a query.
    pub fn projects(query: Query) -> Location {
        Location { view: View::Projects, query }
    }

    /// Any view, carrying the explorer state (charts follow the filters).
    pub fn new(view: View, query: Query) -> Location {
        Location { view, query }
    }

    /// A project's page, carrying the explorer state.
    pub fn project(id: &str, query: Query) -> Location {
        Location { view: View::Project(id.to_string()), query }
    }

    /// The address of this location below the app's root: its page in its language (Dutch when
    /// the location has none), then the explorer's state: `en/projects/?q=fonds`.
    pub fn href(&self) -> String {
        let mut out = form_urlencoded::Serializer::new(String::new());
        if let View::Compare { lines, ids } = &self.view {
            if *lines {
                out.append_pair("of", "lines");
            }
            if !ids.is_empty() {
                out.append_pair("ids", &ids.join(","));
            }
        }
        for (key, value) in self.query.to_params() {
            out.append_pair(&key, &value);
        }
        let search = out.finish();
        let page = self.page_path();
        if search.is_empty() {
            page
        } else {
            format!("{page}?{search}")
        }
    }

    /// The page of this location below the app's root, without the query: `en/projects/talentit/`.
    /// The build writes it as `index.html` in that folder.
    pub fn page_path(&self) -> String {
        format!("{}/{}", self.query.settings.lang.unwrap_or_default().tag(), self.view.page())
    }

    /// The location of the build's `404.html`, which stands for any page that does not exist: a
    /// project page without an id, in Dutch. The app then shows what the address asked for.
    pub fn not_found() -> Location {
        let mut query = Query::default();
        query.settings.lang = Some(Lang::Nl);
        Location { view: View::Project(String::new()), query }
    }

    /// The address a pre-rendered page records for this location (the app attaches to the page
    /// with it, before it applies the address in the address bar): its [`Location::href`], except
    /// for the root page (no language: empty) and [`Location::not_found`] (`404`), which no address
    /// reads as. [`Location::prerendered`] reads it back.
    pub fn prerendered_address(&self) -> String {
        if *self == Location::not_found() {
            NOT_FOUND_ADDRESS.to_string()
        } else if self.query.settings.lang.is_none() && self.view == View::Overview {
            String::new()
        } else {
            self.href()
        }
    }

    /// The location of a pre-rendered page's recorded address ([`Location::prerendered_address`]).
    pub fn prerendered(address: &str) -> Location {
        if address == NOT_FOUND_ADDRESS {
            Location::not_found()
        } else {
            Location::parse(address)
        }
    }

    /// The address of this page with a fragment (`nl/projects/talentit/#source-x`): a link to a
    /// place on the same page, which a `<base>` would otherwise send to the root.
    pub fn anchor(&self, fragment: &str) -> String {
        format!("{}#{fragment}", self.href())
    }
}

/// The view of a first-version address, where the view is in the query string
/// (`?project=tfvv`, `?view=programme&id=rdt`).
fn legacy_view(value: &impl Fn(&str) -> Option<String>, compared: impl FnOnce() -> View) -> View {
    if let Some(id) = value("project") {
        return View::Project(id);
    }
    match value("view").as_deref() {
        Some("programme") => value("id").map_or(View::Overview, View::Programme),
        Some("municipality") => value("id").map_or(View::Municipalities, View::Municipality),
        Some("compare") => compared(),
        Some(name) => View::named(name).unwrap_or(View::Overview),
        None => View::Overview,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::query::{Facet, FilterState, Sort, SortKey};

    /// A query on a page in `lang`.
    fn in_lang(lang: Lang) -> Query {
        let mut query = Query::default();
        query.settings.lang = Some(lang);
        query
    }

    #[test]
    fn a_comparison_reads_from_the_app_s_list_and_from_the_form_s_repeated_ids() {
        let ids = |address: &str| match Location::parse(address).view {
            View::Compare { ids, .. } => ids,
            other => panic!("{other:?}"),
        };
        assert_eq!(ids("nl/compare/?ids=a,b"), ["a", "b"]);
        assert_eq!(ids("nl/compare/?ids=a&ids=&ids=b&ids=a"), ["a", "b"], "an empty slot and a repeat left out");
        let lines = Location::parse("nl/compare/?of=lines&ids=x&ids=y");
        assert_eq!(lines.view, View::Compare { lines: true, ids: vec!["x".into(), "y".into()] });
    }

    #[test]
    fn a_project_has_a_page_of_its_own_in_each_language() {
        for lang in Lang::ALL {
            for id in ["tfvv", "a b&c=d", "ë/ß"] {
                let location = Location::project(id, in_lang(*lang));
                assert!(location.href().starts_with(&format!("{}/projects/", lang.tag())), "{}", location.href());
                assert_eq!(Location::parse(&location.href()), location);
            }
        }
        assert_eq!(Location::project("talentit", in_lang(Lang::En)).href(), "en/projects/talentit/");
        assert_eq!(Location::project("a b/c", Query::default()).page_path(), "nl/projects/a%20b%2Fc/");
    }

    #[test]
    fn the_explorer_state_survives_the_url() {
        let query = Query::default()
            .with_text("twents fonds")
            .with_filter(Facet::Programme, "rdt", FilterState::Included)
            .with_filter(Facet::Programme, "avt", FilterState::Included)
            .with_filter(Facet::Status, "closed", FilterState::Excluded)
            .with_sort(Sort { key: SortKey::Amount, descending: true })
            .with_page(3);
        let href = Location::projects(query.clone()).href();
        assert_eq!(
            href,
            "nl/projects/?q=twents+fonds&programme=avt&programme=rdt&not-status=closed&sort=-amount&page=3"
        );
        assert_eq!(Location::parse(&href), Location::projects(Query { settings: in_lang(Lang::Nl).settings, ..query }));
    }

    #[test]
    fn first_version_addresses_read_as_the_same_locations() {
        let cases = [
            ("?project=talentit", "nl/projects/talentit/"),
            ("?project=talentit&lang=en&line=x", "en/projects/talentit/?line=x"),
            ("?view=money", "nl/money/"),
            ("?view=projects&q=fonds&embed=1", "nl/projects/?q=fonds&embed=1"),
            ("?view=programme&id=rdt", "nl/programmes/rdt/"),
            ("?view=municipality&id=enschede", "nl/municipalities/enschede/"),
            ("?view=municipality", "nl/municipalities/"),
            ("?view=compare&of=lines&ids=a,b", "nl/compare/?of=lines&ids=a%2Cb"),
            ("?lang=de", "de/"),
            ("?view=nope", "nl/"),
            ("", "nl/"),
        ];
        for (old, new) in cases {
            assert_eq!(Location::parse(old).href(), new, "{old}");
            assert_eq!(Location::parse(new), Location::parse(&Location::parse(old).href()), "{new}");
        }
    }

    #[test]
    fn a_page_path_reads_as_its_view_whatever_the_root_and_file_name() {
        assert_eq!(Location::parse("en/money/index.html").view, View::Money);
        assert_eq!(Location::parse("de/municipalities/enschede/?q=x#top").view, View::Municipality("enschede".into()));
        assert_eq!(Location::parse("nl/projects/talentit").view, View::Project("talentit".into()));
        assert_eq!(
            Location::parse("nl/compare/?ids=a,b,a").view,
            View::Compare { lines: false, ids: vec!["a".into(), "b".into()] }
        );
        assert_eq!(Location::parse("nl/nowhere/at/all/").view, View::Overview, "a path that names no page");
        assert_eq!(Location::parse("en/").query.settings.lang, Some(Lang::En));
        assert_eq!(Location::parse("").query.settings.lang, None, "the root chooses no language");
        let anchor = Location::project("talentit", in_lang(Lang::Nl)).anchor("source-x");
        assert_eq!(anchor, "nl/projects/talentit/#source-x");
    }

    #[test]
    fn unknown_or_malformed_parameters_are_ignored() {
        let location =
            Location::parse("?foo=bar&project=&page=-2&sort=sideways&%zz=%%&colour=red&programme=&view=nope");
        assert_eq!(location, Location::new(View::Overview, Query::default()));
    }

    #[test]
    fn every_view_has_a_url_that_reads_back() {
        let query = in_lang(Lang::De).with_text("fonds");
        for view in PAGES.iter().map(|page| page.view.clone()).chain([
            View::Project("tfvv".into()),
            View::Programme("rdt".into()),
            View::Municipality("enschede".into()),
            View::Organisation("novel-t".into()),
            View::Compare { lines: true, ids: vec!["a".into(), "b".into()] },
            View::Compare { lines: false, ids: vec!["x".into()] },
        ]) {
            let location = Location::new(view, query.clone());
            assert_eq!(Location::parse(&location.href()), location, "{}", location.href());
        }
        assert_eq!(Location::parse("?view=programme").view, View::Overview, "a programme without id");
    }

    #[test]
    fn the_menu_and_the_footer_come_from_the_list_of_pages_in_its_order() {
        let menu: Vec<View> = View::menu().collect();
        assert_eq!(menu.first(), Some(&View::Overview));
        assert_eq!(menu.len(), 9);
        let footer: Vec<View> = View::footer().collect();
        assert_eq!(footer, [View::Glossary, View::Quality, View::Accessibility, View::Embed]);
        assert!(
            !menu.contains(&View::Check) && !footer.contains(&View::Check),
            "the check page is linked from another page"
        );
        assert_eq!(Location::parse("?view=check").view, View::Check, "the first version's addresses reach every page");
        assert_eq!(Location::parse("nl/overview/").view, View::Overview);
    }
}
