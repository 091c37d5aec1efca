//! Which dataset to load: the bundled one, or another given by `?data=` when its origin is allowed.
//!
//! Another dataset may come from the page's own origin, or from an origin on the allow-list fixed
//! at build time (`TWENTE_DATA_ORIGINS`, comma-separated, see docs/embedding.md). Anything else is
//! refused before a request is made: a link must not make the app show someone else's figures
//! under this site's name.

/// Origins allowed for `?data=` besides the page's own, fixed when the app is built.
pub fn allowed_origins() -> Vec<String> {
    option_env!("TWENTE_DATA_ORIGINS")
        .unwrap_or("")
        .split(',')
        .map(|o| o.trim().trim_end_matches('/').to_ascii_lowercase())
        .filter(|o| !o.is_empty())
        .collect()
}

/// Why a `?data=` address was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// Not an http(s) address.
    NotHttp,
    /// From an origin that is neither the page's own nor on the allow-list.
    OriginNotAllowed {
        /// The origin of the refused address.
        origin: String,
    },
}

/// The origin (`https://example.nl:8443`) of an absolute http(s) URL, lowercased; `None` otherwise.
pub fn origin_of(url: &str) -> Option<String> {
    let lower = url.to_ascii_lowercase();
    let rest =
        lower.strip_prefix("https://").map(|r| ("https", r)).or(lower.strip_prefix("http://").map(|r| ("http", r)));
    let (scheme, rest) = rest?;
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    // Credentials in the address (user:pass@host) are refused outright.
    if authority.is_empty() || authority.contains('@') || authority.contains('\\') {
        return None;
    }
    Some(format!("{scheme}://{authority}"))
}

/// Checks an absolute dataset address (already resolved against the page) against the page's
/// origin and the allow-list.
pub fn check(resolved: &str, page_origin: &str, allowed: &[String]) -> Result<(), Refusal> {
    let origin = origin_of(resolved).ok_or(Refusal::NotHttp)?;
    let page = page_origin.trim_end_matches('/').to_ascii_lowercase();
    if origin == page || allowed.contains(&origin) {
        Ok(())
    } else {
        Err(Refusal::OriginNotAllowed { origin })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "https://intranet.enschede.nl";

    #[test]
    fn the_page_s_own_origin_is_allowed() {
        assert_eq!(check("https://intranet.enschede.nl/data/eigen.json", PAGE, &[]), Ok(()));
        assert_eq!(check("HTTPS://Intranet.Enschede.nl/x.json", PAGE, &[]), Ok(()));
    }

    #[test]
    fn other_origins_need_the_allow_list() {
        let allowed = vec!["https://data.twente.nl".to_string()];
        assert_eq!(check("https://data.twente.nl/x.json", PAGE, &allowed), Ok(()));
        assert_eq!(
            check("https://evil.example/x.json", PAGE, &allowed),
            Err(Refusal::OriginNotAllowed { origin: "https://evil.example".into() })
        );
        // A look-alike host with the allowed one as prefix is another origin.
        assert!(check("https://data.twente.nl.evil.example/x.json", PAGE, &allowed).is_err());
        assert!(check("http://data.twente.nl/x.json", PAGE, &allowed).is_err(), "scheme is part of the origin");
    }

    #[test]
    fn non_http_and_credential_addresses_are_refused() {
        for url in [
            "javascript:alert(1)",
            "data:application/json,{}",
            "file:///etc/passwd",
            "https://user:pw@intranet.enschede.nl/x.json",
            "//x",
        ] {
            assert!(check(url, PAGE, &[]).is_err(), "{url}");
        }
    }
}
