//! The views of the app and their URLs.
//!
//! Every view lives in the query string of the page itself (`?project=tfvv`, `?view=projects&q=…`),
//! never in the path, so the built files work from any sub-folder of a plain static file server
//! without rewrite rules, and a reload or a shared link always loads `index.html`. The explorer's
//! state travels along on project pages, so "back to the list" and previous/next keep the filters.

use super::query::Query;

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
}

/// Most items a comparison takes.
pub const MAX_COMPARED: usize = 4;

impl View {
    /// The `view` parameter of the views without an id.
    fn param(&self) -> Option<&'static str> {
        Some(match self {
            View::Overview => "overview",
            View::Projects => "projects",
            View::Money => "money",
            View::ActionLines => "lines",
            View::Basis => "basis",
            View::Indicators => "indicators",
            View::Timeline => "timeline",
            View::Accessibility => "accessibility",
            View::Municipalities => "municipalities",
            View::Glossary => "glossary",
            View::Quality => "quality",
            View::Compare { .. } => "compare",
            View::Project(_) | View::Programme(_) | View::Municipality(_) => return None,
        })
    }

    /// The views the main menu lists, in its order.
    pub const MENU: [View; 9] = [
        View::Overview,
        View::Projects,
        View::Municipalities,
        View::Money,
        View::ActionLines,
        View::Basis,
        View::Indicators,
        View::Timeline,
        View::Compare { lines: false, ids: Vec::new() },
    ];

    /// Views linked from the footer rather than the menu.
    pub const FOOTER: [View; 3] = [View::Glossary, View::Quality, View::Accessibility];
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
    /// Reads a query string (with or without the leading `?`). Unknown parameters are ignored.
    pub fn parse(search: &str) -> Location {
        let search = search.strip_prefix('?').unwrap_or(search);
        let pairs: Vec<(String, String)> =
            form_urlencoded::parse(search.as_bytes()).map(|(k, v)| (k.into_owned(), v.into_owned())).collect();
        let query = Query::from_params(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        let value =
            |key: &str| pairs.iter().find(|(k, v)| k == key && !v.trim().is_empty()).map(|(_, v)| v.trim().to_string());
        let view = if let Some(id) = value("project") {
            View::Project(id)
        } else {
            match value("view").as_deref() {
                Some("programme") => value("id").map_or(View::Overview, View::Programme),
                Some("municipality") => value("id").map_or(View::Municipalities, View::Municipality),
                Some("compare") => {
                    let mut ids: Vec<String> = Vec::new();
                    for id in value("ids").unwrap_or_default().split(',').map(str::trim).filter(|id| !id.is_empty()) {
                        if ids.len() < MAX_COMPARED && !ids.iter().any(|known| known == id) {
                            ids.push(id.to_string());
                        }
                    }
                    View::Compare { lines: value("of").as_deref() == Some("lines"), ids }
                }
                Some(name) => View::MENU
                    .into_iter()
                    .chain(View::FOOTER)
                    .find(|v| v.param() == Some(name))
                    .unwrap_or(View::Overview),
                None => View::Overview,
            }
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

    /// A relative link to this location (`?view=projects&q=fonds`), resolved against the current page.
    pub fn href(&self) -> String {
        let mut out = form_urlencoded::Serializer::new(String::new());
        match &self.view {
            View::Project(id) => {
                out.append_pair("project", id);
            }
            View::Programme(id) => {
                out.append_pair("view", "programme");
                out.append_pair("id", id);
            }
            View::Municipality(id) => {
                out.append_pair("view", "municipality");
                out.append_pair("id", id);
            }
            View::Compare { lines, ids } => {
                out.append_pair("view", "compare");
                if *lines {
                    out.append_pair("of", "lines");
                }
                if !ids.is_empty() {
                    out.append_pair("ids", &ids.join(","));
                }
            }
            view => {
                if let Some(name) = view.param().filter(|_| *view != View::Overview) {
                    out.append_pair("view", name);
                }
            }
        }
        for (key, value) in self.query.to_params() {
            out.append_pair(&key, &value);
        }
        format!("?{}", out.finish())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::query::{Facet, FilterState, Sort, SortKey};

    #[test]
    fn a_project_link_reads_back_as_the_same_location() {
        for id in ["tfvv", "a b&c=d", "ë/ß"] {
            let location = Location::project(id, Query::default());
            assert_eq!(Location::parse(&location.href()), location);
        }
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
        let location = Location::projects(query);
        let href = location.href();
        assert_eq!(
            href,
            "?view=projects&q=twents+fonds&programme=avt&programme=rdt&not-status=closed&sort=-amount&page=3"
        );
        assert_eq!(Location::parse(&href), location);
    }

    #[test]
    fn unknown_or_malformed_parameters_are_ignored() {
        let location =
            Location::parse("?foo=bar&project=&page=-2&sort=sideways&%zz=%%&colour=red&programme=&view=nope");
        assert_eq!(location, Location::new(View::Overview, Query::default()));
    }

    #[test]
    fn every_view_has_a_url_that_reads_back() {
        let query = Query::default().with_text("fonds");
        for view in View::MENU.into_iter().chain([
            View::Project("tfvv".into()),
            View::Programme("rdt".into()),
            View::Accessibility,
            View::Municipality("enschede".into()),
            View::Glossary,
            View::Quality,
            View::Compare { lines: true, ids: vec!["a".into(), "b".into()] },
            View::Compare { lines: false, ids: vec!["x".into()] },
        ]) {
            let location = Location::new(view, query.clone());
            assert_eq!(Location::parse(&location.href()), location, "{}", location.href());
        }
        assert_eq!(Location::parse("?view=programme").view, View::Overview, "a programme without id");
    }
}
