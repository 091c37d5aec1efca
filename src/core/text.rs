//! Text in the three languages of the explorer, with Dutch as the one that is always there.

use serde::{Deserialize, Serialize};
use strum::{IntoStaticStr, VariantArray};

/// A language of the interface and of the dataset's texts.
#[cfg_attr(feature = "prerender", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, IntoStaticStr, VariantArray)]
#[serde(rename_all = "lowercase")]
#[strum(serialize_all = "lowercase")]
pub enum Lang {
    /// Dutch: the default, and the language of the sources unless a source says otherwise.
    #[default]
    Nl,
    /// English.
    En,
    /// German.
    De,
}

impl Lang {
    /// Every language, Dutch first.
    pub const ALL: &'static [Lang] = Lang::VARIANTS;

    /// The BCP 47 tag (`nl`, `en`, `de`) used in `lang` attributes and URLs.
    pub fn tag(self) -> &'static str {
        self.into()
    }

    /// Reads a language tag such as `en`, `EN` or `de-DE`; `None` for other languages.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
        Lang::ALL.iter().copied().find(|l| l.tag() == primary)
    }
}

/// A user-visible text of the dataset in Dutch, and in English and German where translated.
#[cfg_attr(feature = "prerender", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Text {
    /// Dutch (required).
    pub nl: String,
    /// English.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub en: Option<String>,
    /// German.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub de: Option<String>,
    /// The Dutch text is the source's own words (a chart's title, a heading), quoted on purpose; the
    /// English and German texts translate it. The app shows it as a quotation.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub quote: bool,
}

/// A text picked for a language, with the language it is really in (Dutch when it fell back).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Localized<'a> {
    /// The text.
    pub text: &'a str,
    /// The language of `text`; differs from the asked one when there was no translation.
    pub lang: Lang,
}

impl Text {
    /// The text in `lang`, or the Dutch text when that translation is missing or empty.
    pub fn get(&self, lang: Lang) -> Localized<'_> {
        let translated = match lang {
            Lang::Nl => None,
            Lang::En => self.en.as_deref(),
            Lang::De => self.de.as_deref(),
        };
        match translated {
            Some(text) if !text.trim().is_empty() => Localized { text, lang },
            _ => Localized { text: &self.nl, lang: Lang::Nl },
        }
    }

    /// Every language version present, Dutch first.
    pub fn all(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.nl.as_str()).chain(self.en.as_deref()).chain(self.de.as_deref())
    }
}

/// `template` with each `{name}` replaced by its value in `values`: how every interface text with
/// parts is filled (locales/*.json write them `{name}`; tests/locales.rs checks that each language has
/// the same parts). Not the i18n layer's own `{{ name }}` interpolation, which generates code per text
/// and language: filling here took 2.4 KB (brotli) off the readers' download.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 200);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}').and_then(|close| Some((close, values.iter().find(|(name, _)| *name == &after[..close])?)))
        {
            Some((close, (_, value))) => {
                out.push_str(value);
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The first sentence of `text`, for a one-line description in a list: up to the first full stop,
/// question or exclamation mark that ends a sentence (followed by a space and anything but a small
/// letter, so "o.a. de" and "1.500" do not end it); the whole text when it is one sentence.
pub fn first_sentence(text: &str) -> &str {
    let text = text.trim();
    for (i, c) in text.char_indices() {
        if matches!(c, '.' | '?' | '!') {
            let mut rest = text[i + 1..].chars();
            if rest.next() == Some(' ') && rest.next().is_some_and(|n| !n.is_ascii_lowercase()) {
                return &text[..=i];
            }
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn falls_back_to_dutch_and_says_so() {
        let text = Text { nl: "Hallo".into(), en: Some("Hello".into()), de: Some("  ".into()), quote: false };
        assert_eq!(text.get(Lang::En), Localized { text: "Hello", lang: Lang::En });
        assert_eq!(text.get(Lang::De), Localized { text: "Hallo", lang: Lang::Nl });
    }

    #[test]
    fn a_template_is_filled_by_name_and_other_braces_stay() {
        let text = fill("{figure}: {measures} {unknown} {", &[("measures", "banen"), ("figure", "€ 5 {x}")]);
        assert_eq!(text, "€ 5 {x}: banen {unknown} {");
    }

    #[test]
    fn the_first_sentence_ends_at_a_full_stop_before_a_new_sentence() {
        assert_eq!(first_sentence("Een fonds. Het werkt."), "Een fonds.");
        assert_eq!(
            first_sentence("Voor o.a. scholing en 1.500 cheques. Daarna meer."),
            "Voor o.a. scholing en 1.500 cheques."
        );
        assert_eq!(first_sentence("  Eén zin zonder punt "), "Eén zin zonder punt");
        assert_eq!(first_sentence("Wat is het? Een fonds."), "Wat is het?");
    }

    #[test]
    fn reads_language_tags_loosely() {
        assert_eq!(Lang::from_tag("de-DE"), Some(Lang::De));
        assert_eq!(Lang::from_tag("EN"), Some(Lang::En));
        assert_eq!(Lang::from_tag("fr"), None);
        assert_eq!(Lang::from_tag(""), None);
    }
}
