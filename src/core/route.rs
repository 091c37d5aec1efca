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
    /// The explorer: search, facets and the list of projects.
    Projects,
    /// One project's page (the id may not exist; the page then says so).
    Project(String),
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
        let pairs: Vec<(String, String)> = form_urlencoded::parse(search.as_bytes())
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect();
        let query = Query::from_params(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        let project = pairs
            .iter()
            .find(|(k, v)| k == "project" && !v.trim().is_empty());
        let view = match project {
            Some((_, id)) => View::Project(id.trim().to_string()),
            None => View::Projects,
        };
        Location { view, query }
    }

    /// The explorer with a query.
    pub fn projects(query: Query) -> Location {
        Location {
            view: View::Projects,
            query,
        }
    }

    /// A project's page, carrying the explorer state.
    pub fn project(id: &str, query: Query) -> Location {
        Location {
            view: View::Project(id.to_string()),
            query,
        }
    }

    /// A relative link to this location (`?view=projects&q=fonds`), resolved against the current page.
    pub fn href(&self) -> String {
        let mut out = form_urlencoded::Serializer::new(String::new());
        match &self.view {
            View::Projects => {
                out.append_pair("view", "projects");
            }
            View::Project(id) => {
                out.append_pair("project", id);
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
            let location = Location::project(
                id,
                Query {
                    page: 1,
                    ..Query::default()
                },
            );
            assert_eq!(Location::parse(&location.href()), location);
        }
    }

    #[test]
    fn the_explorer_state_survives_the_url() {
        let query = Query {
            page: 1,
            ..Query::default()
        }
        .with_text("twents fonds")
        .with_filter(Facet::Programme, "rdt", FilterState::Included)
        .with_filter(Facet::Programme, "avt", FilterState::Included)
        .with_filter(Facet::Status, "closed", FilterState::Excluded)
        .with_sort(Sort {
            key: SortKey::Amount,
            descending: true,
        })
        .with_page(3);
        let location = Location::projects(query);
        let href = location.href();
        assert_eq!(href, "?view=projects&q=twents+fonds&programme=avt&programme=rdt&not-status=closed&sort=-amount&page=3");
        assert_eq!(Location::parse(&href), location);
    }

    #[test]
    fn unknown_or_malformed_parameters_are_ignored() {
        let location =
            Location::parse("?foo=bar&project=&page=-2&sort=sideways&%zz=%%&colour=red&programme=");
        assert_eq!(
            location,
            Location::projects(Query {
                page: 1,
                ..Query::default()
            })
        );
    }
}
