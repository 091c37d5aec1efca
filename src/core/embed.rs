//! The embed builder's model: what a web team composes (what the frame shows, preset and locked
//! filters, language, theme, links, title, height) and what follows from it: the frame's address,
//! the code for the host page and the headers on both sides (docs/embedding.md describes the same).

use super::charts::page_charts::PageChart;
use super::query::{Facet, FilterState, Query};
use super::route::{Location, View};
use super::settings::Theme;
use super::text::Lang;
use crate::contract::EMBED_FRAME;

/// The frame's title when the web team leaves it empty (a frame needs an accessible name).
pub const DEFAULT_TITLE: &str = "Investeren in Twente";

/// The frame's first height, in CSS pixels, before the explorer measures itself (and where it
/// cannot run), and the range the builder accepts.
pub const DEFAULT_HEIGHT: u32 = 800;
/// The lowest first height: the explorer's own minimum height.
pub const MIN_HEIGHT: u32 = 200;
/// The highest first height.
pub const MAX_HEIGHT: u32 = 5000;

/// Stands for the host's address in the explorer's header until the web team gives theirs.
pub const HOST_PLACEHOLDER: &str = "https://www.example.nl";

/// What the frame shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Shown {
    /// The explorer's list, with the preset filters.
    List,
    /// One project (its id).
    Project(String),
    /// One programme (its id).
    Programme(String),
    /// One municipality (its id).
    Municipality(String),
    /// One chart, with its table, note and sources.
    Chart(PageChart),
}

/// An embed as composed in the builder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Embed {
    /// What the frame shows.
    pub shown: Shown,
    /// The list's preset filters (a facet and a value each); the other views take none.
    pub filters: Vec<(Facet, String)>,
    /// Whether the reader may not change or remove the preset filters.
    pub lock: bool,
    /// The interface language.
    pub lang: Lang,
    /// The theme; `None` follows the reader's light or dark setting.
    pub theme: Option<Theme>,
    /// Whether links to other sites replace the host page (else they open a new tab).
    pub links_top: bool,
    /// The frame's title, its name for screen readers.
    pub title: String,
    /// Whether the host script fits the frame to the explorer's content (else the frame keeps its
    /// height and scrolls by itself).
    pub auto_height: bool,
    /// The frame's (first) height in CSS pixels.
    pub height: u32,
}

impl Default for Embed {
    fn default() -> Embed {
        Embed {
            shown: Shown::List,
            filters: Vec::new(),
            lock: false,
            lang: Lang::Nl,
            // Light, so a reader with a dark system setting sees no dark frame in a light host page.
            theme: Some(Theme::Light),
            links_top: false,
            title: DEFAULT_TITLE.into(),
            auto_height: true,
            height: DEFAULT_HEIGHT,
        }
    }
}

impl Embed {
    /// The frame's address below the explorer's folder: `nl/projects/?embed=1&municipality=enschede`.
    pub fn address(&self) -> String {
        let mut query = Query::default();
        if self.shown == Shown::List {
            for (facet, value) in &self.filters {
                query = query.with_filter(*facet, value, FilterState::Included);
            }
            if self.lock {
                query.settings.locked.extend(self.filters.iter().map(|(facet, _)| *facet));
            }
        }
        query.settings.embed = true;
        query.settings.lang = Some(self.lang);
        query.settings.theme = self.theme.filter(|t| *t != Theme::Auto);
        query.settings.links_top = self.links_top;
        let view = match &self.shown {
            Shown::List => View::Projects,
            Shown::Project(id) => View::Project(id.clone()),
            Shown::Programme(id) => View::Programme(id.clone()),
            Shown::Municipality(id) => View::Municipality(id.clone()),
            Shown::Chart(chart) => chart.view(),
        };
        let href = Location::new(view, query).href();
        match &self.shown {
            // Not a setting that travels with the frame's links: a link out of the chart opens a
            // whole page, which the chart's name would empty.
            Shown::Chart(chart) => format!("{href}&chart={}", chart.name()),
            _ => href,
        }
    }

    /// The frame's title: the web team's, else [`DEFAULT_TITLE`].
    pub fn title(&self) -> &str {
        match self.title.trim() {
            "" => DEFAULT_TITLE,
            title => title,
        }
    }

    /// The first height, within the accepted range.
    pub fn height(&self) -> u32 {
        self.height.clamp(MIN_HEIGHT, MAX_HEIGHT)
    }

    /// The code for the host page, for the explorer in the folder `root` (an absolute address
    /// ending in `/`): the frame and, for an automatic height, the host script.
    pub fn snippet(&self, root: &str) -> String {
        let src = format!("{root}{}", self.address());
        let marker = if self.auto_height { format!("{EMBED_FRAME} ") } else { String::new() };
        let mut code = format!(
            "<iframe {marker}title=\"{}\" allow=\"clipboard-write\"\n        src=\"{}\"\n        width=\"100%\" height=\"{}\"></iframe>",
            escape_attribute(self.title()),
            escape_attribute(&src),
            self.height()
        );
        if self.auto_height {
            code.push_str(&format!("\n<script src=\"{}embed.js\" defer></script>", escape_attribute(root)));
        }
        code
    }

    /// What the host page's Content-Security-Policy must allow, for the explorer at `root`: its
    /// frame and, for an automatic height, its script.
    pub fn host_policy(&self, root: &str) -> String {
        let origin = origin(root).unwrap_or(root);
        if self.auto_height {
            format!("frame-src {origin}; script-src 'self' {origin}")
        } else {
            format!("frame-src {origin}")
        }
    }
}

/// The explorer's own Content-Security-Policy (docs/embedding.md), allowing the host page at `host`
/// (any address on it; [`HOST_PLACEHOLDER`] where it is not a web address) to frame it.
pub fn explorer_policy(host: &str) -> String {
    let host = origin(host.trim()).unwrap_or(HOST_PLACEHOLDER);
    format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'self' {host}"
    )
}

/// The origin of an http(s) address (`https://www.enschede.nl` of `https://www.enschede.nl/x`),
/// `None` for anything else. By hand: the core has no URL parser, and a header needs only this.
pub fn origin(address: &str) -> Option<&str> {
    let rest = address.strip_prefix("https://").or_else(|| address.strip_prefix("http://"))?;
    let host_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let host = &rest[..host_end];
    let valid = !host.is_empty() && host.bytes().all(|b| b.is_ascii_alphanumeric() || b"-.:[]".contains(&b));
    valid.then(|| &address[..address.len() - rest.len() + host_end])
}

/// Text for a double-quoted HTML attribute.
fn escape_attribute(text: &str) -> String {
    text.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;").replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    use super::*;

    const ROOT: &str = "https://apps.example.nl/twente/";

    #[test]
    fn a_locked_municipality_list_reads_back_as_that_list() {
        let embed = Embed { filters: vec![(Facet::Municipality, "enschede".into())], lock: true, ..Embed::default() };
        let location = Location::parse(&embed.address());
        assert_eq!(location.view, View::Projects);
        assert!(location.query.settings.embed);
        assert_eq!(location.query.settings.lang, Some(Lang::Nl));
        assert_eq!(location.query.settings.theme, Some(Theme::Light));
        assert!(location.query.settings.locked.contains(&Facet::Municipality));
        assert_eq!(location.query.state_of(Facet::Municipality, "enschede"), FilterState::Included);
        assert_eq!(location.query.active_filters().len(), 1);
    }

    #[test]
    fn filters_and_lock_apply_to_the_list_only() {
        let embed = Embed {
            shown: Shown::Programme("avt".into()),
            filters: vec![(Facet::Municipality, "enschede".into())],
            lock: true,
            lang: Lang::De,
            theme: None,
            ..Embed::default()
        };
        assert_eq!(embed.address(), "de/programmes/avt/?embed=1");
    }

    #[test]
    fn a_chart_is_asked_for_on_its_page() {
        let embed = Embed { shown: Shown::Chart(PageChart::Timeline), lang: Lang::En, ..Embed::default() };
        assert_eq!(embed.address(), "en/timeline/?embed=1&theme=light&chart=tijdlijn");
    }

    #[test]
    fn the_snippet_is_the_documented_one_with_the_text_escaped() {
        let embed = Embed {
            filters: vec![(Facet::Municipality, "enschede".into())],
            lock: true,
            title: "Projecten \"Enschede\" <b>".into(),
            ..Embed::default()
        };
        assert_eq!(
            embed.snippet(ROOT),
            "<iframe data-twente-embed title=\"Projecten &quot;Enschede&quot; &lt;b&gt;\" allow=\"clipboard-write\"\n        \
             src=\"https://apps.example.nl/twente/nl/projects/?municipality=enschede&amp;embed=1&amp;lock=municipality&amp;theme=light\"\n        \
             width=\"100%\" height=\"800\"></iframe>\n<script src=\"https://apps.example.nl/twente/embed.js\" defer></script>"
        );
        assert_eq!(
            embed.host_policy(ROOT),
            "frame-src https://apps.example.nl; script-src 'self' https://apps.example.nl"
        );
    }

    #[test]
    fn a_fixed_height_needs_no_script_and_an_empty_title_gets_the_default() {
        let embed = Embed { auto_height: false, height: 90_000, title: "  ".into(), ..Embed::default() };
        let snippet = embed.snippet(ROOT);
        assert!(!snippet.contains("<script") && !snippet.contains(EMBED_FRAME), "{snippet}");
        assert!(snippet.contains("title=\"Investeren in Twente\"") && snippet.contains("height=\"5000\""), "{snippet}");
        assert_eq!(embed.host_policy(ROOT), "frame-src https://apps.example.nl");
    }

    #[test]
    fn the_explorers_policy_names_the_host_or_a_placeholder() {
        assert!(explorer_policy("https://www.enschede.nl/intranet/")
            .ends_with("frame-ancestors 'self' https://www.enschede.nl"));
        assert!(explorer_policy("javascript:alert(1)").ends_with("frame-ancestors 'self' https://www.example.nl"));
        assert!(
            explorer_policy("https://x.nl; script-src *").ends_with(HOST_PLACEHOLDER),
            "{}",
            explorer_policy("https://x.nl; script-src *")
        );
        assert_eq!(origin("http://127.0.0.1:4173/a/"), Some("http://127.0.0.1:4173"));
        assert_eq!(origin("ftp://x"), None);
    }
}
