//! The Atom feed of the dataset's versions (`data/changes.atom`): one entry per version published
//! into the build, newest first, saying what it changed compared with the version before it (the
//! dataset check's comparison, `core::diff`). The build keeps the earlier entries from the feed it
//! replaces, so the feed grows with every `scripts/publish.sh`. In Dutch, the dataset's first
//! language; written by hand, as the format is small and a crate would be for this one file.

use super::diff::{DatasetDiff, Stated};
use super::model::Dataset;

/// Where the build writes the feed, below the site's root.
pub const FEED_PATH: &str = "data/changes.atom";

/// One version of the dataset, as an entry of the feed.
#[derive(Debug, Clone, PartialEq)]
pub struct Version<'a> {
    /// The dataset's fingerprint (`core::fingerprint`), which names the version.
    pub fingerprint: &'a str,
    /// When it was published, RFC 3339 (`2026-12-05T08:48:11Z`).
    pub published: &'a str,
    /// What it changed compared with the version before, where that one is known.
    pub changes: Option<&'a DatasetDiff>,
}

/// The feed with `version` as its newest entry, after the entries of `earlier` (the feed the build
/// had, if any). A version already in it is not added twice. `public_url`: the site's address,
/// when the build knows it (entry ids must be absolute).
pub fn feed(dataset: &Dataset, version: &Version, earlier: Option<&str>, public_url: Option<&str>) -> String {
    let id = |fragment: &str| match public_url {
        Some(public) => format!("{}/{FEED_PATH}#{fragment}", public.trim_end_matches('/')),
        None => format!("urn:investeren-in-twente:{fragment}"),
    };
    // A version published into a build (compared with the one before) is named by the version and
    // the moment: an earlier version published again (a step back) is news too. A version without a
    // known predecessor (a new build) is named by the version alone, so rebuilding the same data
    // does not look like news. The same version twice in a row adds nothing.
    let name = format!("version-{}", version.fingerprint);
    let moment: String = version.published.chars().filter(char::is_ascii_digit).collect();
    let entry_id = match version.changes {
        Some(_) => id(&format!("{name}-{moment}")),
        None => id(&name),
    };
    let mut entries: Vec<String> = earlier.map(entries_in).unwrap_or_default();
    if !entries.first().is_some_and(|newest| newest.contains(&name)) {
        let (title, lines) = match version.changes {
            Some(changes) => (title_of(changes), lines_of(changes)),
            None => (
                "Gegevens gepubliceerd".to_string(),
                vec![format!(
                    "{} projecten, uit de rapportage van {}.",
                    dataset.projects.len(),
                    dataset.report.published
                )],
            ),
        };
        entries.insert(
            0,
            format!(
                "  <entry>\n    <id>{}</id>\n    <title>{}</title>\n    <updated>{}</updated>\n    <link rel=\"alternate\" type=\"application/json\" href=\"investeren-in-twente.json\"/>\n    <content type=\"text\">{}</content>\n  </entry>",
                escape(&entry_id),
                escape(&title),
                escape(version.published),
                escape(&lines.join("\n"))
            ),
        );
    }
    let updated = entries.first().and_then(|e| between(e, "<updated>", "</updated>")).unwrap_or(version.published);
    format!(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"nl\">\n  <id>{}</id>\n  <title>{}: nieuwe versies van de gegevens</title>\n  <updated>{}</updated>\n  <author><name>Investeren in Twente</name></author>\n  <link rel=\"self\" type=\"application/atom+xml\" href=\"changes.atom\"/>\n  <link rel=\"alternate\" type=\"text/html\" href=\"../nl/quality/\"/>\n{}\n</feed>\n",
        escape(&id("changes")),
        escape(&dataset.report.title.nl),
        escape(updated),
        entries.join("\n")
    )
}

/// The entries of a feed this module wrote, as written.
fn entries_in(feed: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = feed;
    while let Some(start) = rest.find("  <entry>") {
        let Some(end) = rest[start..].find("</entry>").map(|e| start + e + "</entry>".len()) else { break };
        out.push(rest[start..end].to_string());
        rest = &rest[end..];
    }
    out
}

/// The text between the first `open` and the `close` after it.
fn between<'a>(text: &'a str, open: &str, close: &str) -> Option<&'a str> {
    let start = text.find(open)? + open.len();
    let end = start + text[start..].find(close)?;
    Some(&text[start..end])
}

/// An entry's title: how much the version changed.
fn title_of(changes: &DatasetDiff) -> String {
    if changes.is_empty() {
        return "Nieuwe versie, zonder wijzigingen in de gegevens".into();
    }
    let mut parts = Vec::new();
    let count = |n: usize, one: &str, more: &str| format!("{n} {}", if n == 1 { one } else { more });
    if !changes.projects_added.is_empty() {
        parts.push(format!("{} toegevoegd", count(changes.projects_added.len(), "project", "projecten")));
    }
    if !changes.projects_removed.is_empty() {
        parts.push(format!("{} verwijderd", count(changes.projects_removed.len(), "project", "projecten")));
    }
    if !changes.projects_changed.is_empty() {
        parts.push(format!("{} gewijzigd", count(changes.projects_changed.len(), "project", "projecten")));
    }
    if !changes.figures.is_empty() {
        parts.push(format!("{} gewijzigd", count(changes.figures.len(), "cijfer", "cijfers")));
    }
    if !changes.other_lists.is_empty() {
        parts.push(format!("gewijzigd: {}", changes.other_lists.join(", ")));
    }
    format!("Nieuwe versie: {}", parts.join(", "))
}

/// An entry's text: every change, a line each.
fn lines_of(changes: &DatasetDiff) -> Vec<String> {
    let stated = |s: &Stated| match s {
        Stated::Absent => "er niet".to_string(),
        Stated::Unknown => "onbekend".to_string(),
        Stated::Value(v) => v.to_string().replace('.', ","),
    };
    let mut lines = Vec::new();
    lines.extend(changes.projects_added.iter().map(|p| format!("Toegevoegd: {} ({})", p.name, p.id)));
    lines.extend(changes.projects_removed.iter().map(|p| format!("Verwijderd: {} ({})", p.name, p.id)));
    lines.extend(
        changes
            .projects_changed
            .iter()
            .map(|c| format!("Gewijzigd: {} ({}): {}", c.project.name, c.project.id, c.fields.join(", "))),
    );
    lines.extend(
        changes
            .figures
            .iter()
            .map(|f| format!("Cijfer {}: {}: {} → {}", f.path, f.label.nl, stated(&f.before), stated(&f.after))),
    );
    if !changes.other_lists.is_empty() {
        lines.push(format!("Ook gewijzigd: {}", changes.other_lists.join(", ")));
    }
    if lines.is_empty() {
        lines.push("Geen wijzigingen in de gegevens.".into());
    }
    lines
}

/// Text for XML content and attribute values, without the control characters XML 1.0 does not
/// allow (one in a name would make the feed unreadable, now and in every later version of it).
fn escape(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_control() || matches!(c, '\t' | '\n' | '\r'))
        .collect::<String>()
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// A moment as RFC 3339 in UTC (`2026-12-05T08:48:11Z`), from seconds since 1970. By hand: the
/// core has no date crate, and the feed needs only this (civil-from-days, H. Hinnant).
pub fn rfc3339(seconds: u64) -> String {
    let days = (seconds / 86_400) as i64;
    let time = seconds % 86_400;
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z", time / 3_600, time / 60 % 60, time % 60)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::diff::diff;

    #[test]
    fn moments_are_written_as_rfc_3339() {
        assert_eq!(rfc3339(0), "1970-01-01T00:00:00Z");
        assert_eq!(rfc3339(951_782_400), "2000-02-29T00:00:00Z");
        assert_eq!(rfc3339(1_796_459_291), "2026-12-05T08:28:11Z");
    }

    #[test]
    fn each_version_adds_an_entry_that_says_what_changed_newest_first() {
        let before = crate::core::bundled_dataset();
        let mut after = before.clone();
        after.projects[0].name = "Een <nieuwe> naam & meer\u{1}".into();
        after.projects.remove(1);
        let first = feed(
            &before,
            &Version { fingerprint: "aaaa", published: "2026-01-01T00:00:00Z", changes: None },
            None,
            None,
        );
        let changes = diff(&before, &after);
        let second = feed(
            &after,
            &Version { fingerprint: "bbbb", published: "2026-02-01T00:00:00Z", changes: Some(&changes) },
            Some(&first),
            None,
        );
        assert_eq!(entries_in(&second).len(), 2);
        assert!(second.find("version-bbbb").unwrap() < second.find("version-aaaa").unwrap(), "newest first");
        assert!(
            second.contains("<updated>2026-02-01T00:00:00Z</updated>\n  <author>"),
            "the feed's time is its newest entry's"
        );
        assert!(second.contains("1 project verwijderd, 1 project gewijzigd"), "{second}");
        assert!(
            second.contains("Een &lt;nieuwe&gt; naam &amp; meer\n")
                || second.contains("Een &lt;nieuwe&gt; naam &amp; meer ("),
            "names are escaped, control characters left out"
        );
        assert!(!second.contains('\u{1}'));
        assert!(second.contains(&format!("Verwijderd: {} ({})", before.projects[1].name, before.projects[1].id)));
        // The same version again adds nothing; an earlier one again (a step back) is news.
        let again = feed(
            &after,
            &Version { fingerprint: "bbbb", published: "2026-03-01T00:00:00Z", changes: Some(&changes) },
            Some(&second),
            None,
        );
        assert_eq!(entries_in(&again).len(), 2);
        let back = diff(&after, &before);
        let step_back = feed(
            &before,
            &Version { fingerprint: "aaaa", published: "2026-04-01T00:00:00Z", changes: Some(&back) },
            Some(&again),
            None,
        );
        assert_eq!(entries_in(&step_back).len(), 3);
        assert!(step_back.contains("version-aaaa-20260401000000"), "each entry's id is its own");
    }

    #[test]
    fn with_a_public_address_the_ids_are_its_own() {
        let dataset = crate::core::bundled_dataset();
        let version = Version { fingerprint: "cccc", published: "2026-01-01T00:00:00Z", changes: None };
        let written = feed(&dataset, &version, None, Some("https://twente.example.nl/"));
        assert!(written.contains("<id>https://twente.example.nl/data/changes.atom#version-cccc</id>"), "{written}");
        assert!(written.contains("<id>https://twente.example.nl/data/changes.atom#changes</id>"));
    }
}
