//! The editors' guide, docs/dataset.md, as a page of the site (`data/guide.html`), written by the
//! build: the check page links it, so an editor without a copy of the repository has the guide that
//! its messages refer to. The markdown stays the one source.

/// Where the build writes the guide, below the site's root.
pub const GUIDE_PATH: &str = "data/guide.html";

/// The guide's markdown as a page: tables as the site's data tables, links to other files of the
/// repository (which the site does not have) as their text, headings with ids to link to.
#[cfg(feature = "prerender")]
pub fn page(markdown: &str, stylesheets: &str, back: &str) -> String {
    use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};
    let mut kept_links = Vec::new();
    let mut in_heading: Option<HeadingLevel> = None;
    let mut heading_text = String::new();
    let mut events = Vec::new();
    for event in Parser::new_ext(markdown, Options::ENABLE_TABLES) {
        match event {
            Event::Start(Tag::Link { ref dest_url, .. }) => {
                let kept =
                    dest_url.starts_with("https://") || dest_url.starts_with("http://") || dest_url.starts_with('#');
                kept_links.push(kept);
                if kept {
                    events.push(event);
                }
            }
            Event::End(TagEnd::Link) => {
                if kept_links.pop().unwrap_or(false) {
                    events.push(event);
                }
            }
            Event::Start(Tag::Heading { level, .. }) => {
                in_heading = Some(level);
                heading_text.clear();
                events.push(event);
            }
            Event::End(TagEnd::Heading(_)) => {
                // An id from the heading's words, as GitHub makes them, so `guide.html#add-a-source` works.
                let id: String = heading_text
                    .to_lowercase()
                    .chars()
                    .filter_map(|c| match c {
                        c if c.is_alphanumeric() => Some(c),
                        ' ' | '-' => Some('-'),
                        _ => None,
                    })
                    .collect();
                let start = events.iter().rposition(|e| matches!(e, Event::Start(Tag::Heading { .. })));
                if let (Some(level), Some(at)) = (in_heading.take(), start) {
                    events[at] =
                        Event::Start(Tag::Heading { level, id: Some(id.into()), classes: vec![], attrs: vec![] });
                }
                events.push(event);
            }
            Event::Text(ref text) | Event::Code(ref text) if in_heading.is_some() => {
                heading_text.push_str(text);
                events.push(event);
            }
            event => events.push(event),
        }
    }
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, events.into_iter());
    let html = html
        .replace("<table>", "<div class=\"table-scroll\"><table class=\"data-table\">")
        .replace("</table>", "</table></div>");
    super::dictionary::standalone("Editing the dataset · Investeren in Twente", stylesheets, back, &html)
}

#[cfg(all(test, feature = "prerender"))]
mod tests {
    use super::*;

    #[test]
    fn the_guide_keeps_its_headings_tables_and_web_links_and_drops_links_into_the_repository() {
        let markdown =
            "# The dataset format\n\nSee [the deploy notes](deploy.md) and [IATI](https://iatistandard.org/).\n\n\
            ## Add a source\n\n| a | b |\n|---|---|\n| 1 | 2 |\n";
        let html = page(markdown, "", "../nl/quality/");
        assert!(html.contains("<h1 id=\"the-dataset-format\">The dataset format</h1>"));
        assert!(html.contains("<h2 id=\"add-a-source\">"));
        assert!(html.contains("See the deploy notes and <a href=\"https://iatistandard.org/\">IATI</a>."));
        assert!(html.contains("<div class=\"table-scroll\"><table class=\"data-table\">"));
        assert!(html.contains("<html lang=\"en\">"));
    }

    #[test]
    fn the_real_guide_renders_with_its_common_mistakes() {
        let html = page(&std::fs::read_to_string("docs/dataset.md").unwrap(), "", "../nl/quality/");
        assert!(html.contains("id=\"common-mistakes-and-what-the-check-says\""));
        assert!(!html.contains("href=\"docs/"), "no link into the repository");
    }
}
