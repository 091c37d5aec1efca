//! How the app is framed, as the URL says and every link carries on: embedding, locked filters,
//! the links out of a frame, the colour theme, another dataset, the language. Apart from the query
//! (core::query), which says what the reader asked the explorer for.

use std::collections::BTreeSet;

use strum::{IntoStaticStr, VariantArray};

use super::query::Facet;
use super::text::Lang;

/// A colour theme an embedding site can pick by URL (`theme=sober`); each keeps AA contrast. Its
/// name is the variant's in kebab case (`high-contrast`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, IntoStaticStr, VariantArray)]
#[strum(serialize_all = "kebab-case")]
pub enum Theme {
    /// Follows the reader's light or dark preference (the default, not written in URLs).
    Auto,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
    /// Neutral greys with a dark accent, for intranets with their own colours around it.
    Sober,
    /// Maximum contrast.
    HighContrast,
    /// The deployment's own colours, from `theme.css` next to the app, which may be edited on a
    /// built copy without a new build (docs/embedding.md); head.js loads it.
    Own,
}

impl Theme {
    /// Every theme, as offered.
    pub const ALL: &'static [Theme] = Theme::VARIANTS;

    /// The URL and `data-theme` name.
    pub fn key(self) -> &'static str {
        self.into()
    }

    /// The theme of a name.
    pub fn from_key(key: &str) -> Option<Theme> {
        Theme::ALL.iter().copied().find(|t| t.key() == key)
    }
}

/// How the app is framed, travelling with every link: embedding, locked filters, theme, another
/// dataset, the interface language.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Settings {
    /// Shown inside another site (`embed=1`): no site header or menu, height posted to the parent.
    pub embed: bool,
    /// Facets whose filters the embedding site fixed (`lock=municipality,line`): they cannot be
    /// changed or removed.
    pub locked: BTreeSet<Facet>,
    /// In a frame, links to other sites replace the embedding page (`links=top`) instead of
    /// opening a new tab (head.js applies it; docs/embedding.md).
    pub links_top: bool,
    /// A theme from the fixed list (`theme=sober`); `None` follows the reader's preference.
    pub theme: Option<Theme>,
    /// Another dataset to load (`data=…`), checked against the allowed origins before loading.
    pub data: Option<String>,
    /// The language of the page: its path's `en/`, or `lang=en` in a first-version address; `None`
    /// at the root, where the reader's stored or browser language decides.
    pub lang: Option<Lang>,
}

impl Settings {
    /// Takes the URL parameter `key`, if it is one of these settings (`false` if not).
    pub(crate) fn read(&mut self, key: &str, value: &str) -> bool {
        match key {
            "embed" => self.embed = matches!(value, "1" | "true" | "yes"),
            "lock" => self.locked.extend(value.split(',').filter_map(|k| Facet::from_key(k.trim()))),
            "links" => self.links_top = value == "top",
            "theme" => self.theme = Theme::from_key(value).filter(|t| *t != Theme::Auto),
            "data" => self.data = (!value.is_empty() && value.len() <= 2000).then(|| value.to_string()),
            "lang" => self.lang = Lang::from_tag(value),
            _ => return false,
        }
        true
    }

    /// Adds the parameters of the settings that differ from the default to `params`.
    pub(crate) fn write(&self, params: &mut Vec<(String, String)>) {
        if self.embed {
            params.push(("embed".into(), "1".into()));
        }
        if !self.locked.is_empty() {
            let keys: Vec<&str> = self.locked.iter().map(|f| f.key()).collect();
            params.push(("lock".into(), keys.join(",")));
        }
        if self.links_top {
            params.push(("links".into(), "top".into()));
        }
        if let Some(theme) = self.theme {
            params.push(("theme".into(), theme.key().into()));
        }
        if let Some(data) = &self.data {
            params.push(("data".into(), data.clone()));
        }
    }
}
