//! The facts of the accessibility statement that are not prose: when the app was last evaluated,
//! and where readers report a problem. The prose is in the locales (`accessibility.*`).

use super::date::PartialDate;

/// The day the statement's claims were last checked against the tests they name (the full
/// `./scripts/test.sh`). docs/accessibility.md says when to move it.
pub const EVALUATED: PartialDate = PartialDate { year: 2026, month: Some(12), day: Some(5) };

/// The address readers write to about accessibility, fixed when the app is built
/// (`TWENTE_ACCESSIBILITY_EMAIL`, see docs/deploy.md); `None` where the build set none, and the
/// statement points to the publisher's site instead. A malformed address stops the build (below),
/// so what reaches a `mailto:` link is always a plain address.
pub const CONTACT_EMAIL: Option<&str> = option_env!("TWENTE_ACCESSIBILITY_EMAIL");

const _: () = assert!(
    match CONTACT_EMAIL {
        Some(address) => is_mailbox(address),
        None => true,
    },
    "TWENTE_ACCESSIBILITY_EMAIL is not a plain e-mail address (name@example.nl)"
);

/// The statement's contact as its link shows it and the link's address: the build's address
/// (`mailto:`), else the publisher's site.
pub fn contact() -> (&'static str, String) {
    match CONTACT_EMAIL {
        Some(address) => (address, format!("mailto:{address}")),
        None => ("www.regiotwente.nl", "https://www.regiotwente.nl".to_string()),
    }
}

/// Whether a built statement page (its HTML) links to `href` as its contact. A run of the
/// pre-render over an existing build (scripts/publish.sh) compiles anew: with other settings than
/// the build's it would name another contact than the app, which keeps the built text and links.
pub fn page_names_contact(page: &str, href: &str) -> bool {
    page.contains(&format!("href=\"{href}\""))
}

/// Whether `text` is a plain address: one `@`, a local part of the usual characters, a domain
/// of letters, digits, hyphens and at least one dot. A `const fn`, so the build can refuse a bad one.
pub const fn is_mailbox(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut at = None;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'@' {
            if at.is_some() {
                return false;
            }
            at = Some(i);
        } else {
            let local = at.is_none();
            let ok = b.is_ascii_alphanumeric() || b == b'.' || b == b'-' || (local && matches!(b, b'_' | b'+' | b'\''));
            if !ok {
                return false;
            }
        }
        i += 1;
    }
    let Some(at) = at else {
        return false;
    };
    if at == 0 || at + 1 >= bytes.len() || bytes[at + 1] == b'.' || bytes[bytes.len() - 1] == b'.' {
        return false;
    }
    let mut dot = false;
    let mut j = at + 1;
    while j < bytes.len() {
        dot |= bytes[j] == b'.';
        j += 1;
    }
    dot
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_addresses_pass_and_anything_that_could_break_a_link_does_not() {
        for good in ["toegankelijkheid@regiotwente.nl", "a.b-c+d@sub.example.nl", "o'brien@x.de"] {
            assert!(is_mailbox(good), "{good}");
        }
        for bad in [
            "",
            "regiotwente.nl",
            "@regiotwente.nl",
            "a@",
            "a@b",
            "a@.nl",
            "a@b.",
            "a@@b.nl",
            "a b@c.nl",
            "a@c.nl?subject=x",
            "a@c.nl\"><script>",
            "javascript:alert(1)@x.nl",
            "a@c.nl,b@d.nl",
        ] {
            assert!(!is_mailbox(bad), "{bad}");
        }
    }

    #[test]
    fn a_built_page_names_the_contact_it_links_to_and_no_other() {
        let page = r#"<p>Meld het via <a href="mailto:toegankelijkheid@regiotwente.nl" rel="external noopener">toegankelijkheid@regiotwente.nl</a></p>"#;
        assert!(page_names_contact(page, "mailto:toegankelijkheid@regiotwente.nl"));
        assert!(!page_names_contact(page, "https://www.regiotwente.nl"));
        assert!(!page_names_contact(page, "mailto:anders@regiotwente.nl"));
        let (text, href) = contact();
        assert!(href.ends_with(text), "{href} shows as {text}");
    }

    #[test]
    fn the_evaluation_date_is_a_whole_day() {
        assert!(EVALUATED.month.is_some() && EVALUATED.day.is_some());
        assert!(PartialDate::parse(&format!(
            "{}-{:02}-{:02}",
            EVALUATED.year,
            EVALUATED.month.unwrap(),
            EVALUATED.day.unwrap()
        ))
        .is_some());
    }
}
