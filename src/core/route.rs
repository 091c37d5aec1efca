//! The views of the app and their URLs.
//!
//! Every view lives in the query string of the page itself (`?project=tfvv`), never in the path, so the
//! built files work from any sub-folder of a plain static file server without rewrite rules, and a
//! reload or a shared link always hits `index.html`.

/// A view of the app.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    /// The list of projects.
    Home,
    /// One project's page.
    Project {
        /// The project id (it may not exist; the page then says so).
        id: String,
    },
}

impl Route {
    /// Reads the view from a query string (with or without the leading `?`). Unknown parameters are ignored.
    pub fn from_query(query: &str) -> Route {
        let query = query.strip_prefix('?').unwrap_or(query);
        for (key, value) in form_urlencoded::parse(query.as_bytes()) {
            if key == "project" && !value.is_empty() {
                return Route::Project {
                    id: value.into_owned(),
                };
            }
        }
        Route::Home
    }

    /// A relative link to the view (`?project=tfvv`), resolved against the current page.
    pub fn href(&self) -> String {
        match self {
            Route::Home => "?".to_string(),
            Route::Project { id } => {
                let query: String = form_urlencoded::Serializer::new(String::new())
                    .append_pair("project", id)
                    .finish();
                format!("?{query}")
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_project_link_reads_back_as_the_same_route() {
        for id in ["tfvv", "a b&c=d", "ë/ß"] {
            let route = Route::Project { id: id.to_string() };
            assert_eq!(Route::from_query(&route.href()), route);
        }
    }

    #[test]
    fn unknown_or_empty_parameters_give_the_list() {
        assert_eq!(Route::from_query(""), Route::Home);
        assert_eq!(Route::from_query("?foo=bar&project="), Route::Home);
        assert_eq!(Route::from_query("?%zz=%%"), Route::Home);
    }
}
