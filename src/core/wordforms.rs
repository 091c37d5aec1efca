//! Which words count as the same word for search, in Dutch, English and German: word forms
//! (`fondsen` is `fonds`), derivations (`innovatief` is `innovatie`), a few words of the same
//! meaning (`werkgelegenheid` is `banen`), the parts of a compound (`vakmanschapsfonds` is
//! `vakmanschap` and `fonds`), and small typing errors (`vakmanshap`).
//!
//! All of it works on folded words (see [`super::fold`]) and on the vocabulary of the dataset, so
//! the cost is per distinct word, never per project.

use rust_stemmers::{Algorithm, Stemmer};

use super::text::Lang;

/// How a project's word matched a search word, best first. The order is the relevance order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum MatchKind {
    /// The same word.
    Exact,
    /// Another form of it (`fondsen` for `fonds`), a derivation or a word of the same meaning.
    Stem,
    /// A word that starts with it (the reader may still be typing).
    Prefix,
    /// A part of a longer word (`fonds` in `vakmanschapsfonds`).
    Part,
    /// A word one or two letters away (a typing error).
    Typo,
}

/// The shortest word that gets forms, corrections or compound parts: shorter ones are found as
/// they are typed (prefixes) and nothing more, or every two letters would find half the dataset.
pub const MIN_FORM_CHARS: usize = 3;

/// The Snowball stemmer of a language (Snowball is the stemmer every full-text engine uses for these
/// three languages; `rust-stemmers` is its maintained Rust port).
fn stemmer(lang: Lang) -> Stemmer {
    Stemmer::create(match lang {
        Lang::Nl => Algorithm::Dutch,
        Lang::En => Algorithm::English,
        Lang::De => Algorithm::German,
    })
}

/// Derivational endings Snowball keeps (it strips inflection only), per language, longest first:
/// with them `innovatief`, `innovatieve`, `innovaties` and `innovatie` share the root `innovat`,
/// and `technisch` and `techniek` share `techn`. A final `s` goes too, so `fonds` and `fondsen`
/// (which Dutch Snowball leaves as `fond` and `fonds`) meet. English Snowball already folds these.
fn derivations(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::Nl => &["iteit", "isch", "isme", "ief", "iev", "iek", "ies", "ie", "s"],
        Lang::De => &["isch", "ion", "iv", "ik", "ie", "s"],
        Lang::En => &[],
    }
}

/// The part of a root that must stay after a derivational ending is taken off.
const MIN_ROOT_CHARS: usize = 4;

/// The root of a folded word in a language: Snowball's stem, with Dutch's final `z` and `v`
/// spelled `s` and `f` (`beurzen`, `bedrijven`), without a doubled last consonant (`campussen`),
/// and without a derivational ending.
pub fn root(word: &str, lang: Lang) -> String {
    let mut stem = stemmer(lang).stem(word).into_owned();
    if lang == Lang::Nl {
        for (voiced, plain) in [('z', "s"), ('v', "f")] {
            if stem.ends_with(voiced) {
                stem.pop();
                stem.push_str(plain);
            }
        }
    }
    let undoubled = |mut root: String| {
        let bytes = root.as_bytes();
        if let [.., a, b] = bytes {
            if a == b && !b"aeiouy".contains(b) && b.is_ascii_alphabetic() && root.len() > MIN_ROOT_CHARS {
                root.pop();
            }
        }
        root
    };
    let stem = undoubled(stem);
    derivations(lang)
        .iter()
        .find_map(|ending| stem.strip_suffix(ending).filter(|rest| rest.chars().count() >= MIN_ROOT_CHARS))
        .map_or(stem.clone(), str::to_string)
}

/// Whether a word of the dataset may be another form of the reader's word: besides a shared root,
/// they must begin alike, so a root two unrelated words reach by different rules (Dutch Snowball
/// takes both `grens` and `green` to `gren`) does not join them.
fn begin_alike(a: &str, b: &str) -> bool {
    let shared = a.bytes().zip(b.bytes()).take_while(|(x, y)| x == y).count();
    shared >= MIN_ROOT_CHARS.min(a.len().min(b.len()).saturating_sub(1))
}

/// The roots of a word in the three languages, Dutch first. The dataset holds texts in all three
/// and a reader may search in any of them, so two words are forms of each other when any of the
/// three languages says so.
pub fn roots(word: &str) -> [String; 3] {
    [root(word, Lang::Nl), root(word, Lang::En), root(word, Lang::De)]
}

/// Whether two words are forms of each other (their roots meet in one of the languages).
pub fn same_root(a: &[String; 3], b: &[String; 3]) -> bool {
    a.iter().zip(b).any(|(a, b)| a == b)
}

/// Words of the same meaning, folded, across the three languages. Kept short on purpose: only
/// words of the report's subjects a reader would search where the report uses another word.
/// Each group is searched as forms of one word (docs/search.md).
const SAME_MEANING: &[&[&str]] = &[
    &["werkgelegenheid", "banen", "arbeidsplaatsen", "werkplekken", "jobs", "arbeitsplatze", "beschaftigung"],
    &["bedrijven", "ondernemingen", "companies", "businesses", "firms", "unternehmen", "betriebe"],
    &["onderwijs", "education", "bildung"],
    &["grensoverschrijdend", "crossborder", "grenzuberschreitend"],
    &["duurzaam", "duurzaamheid", "sustainable", "sustainability", "nachhaltig", "nachhaltigkeit"],
    &["vakmanschap", "craftsmanship", "handwerk"],
    &["gemeente", "gemeenten", "municipality", "municipalities", "gemeinde", "gemeinden", "kommune"],
    &["geld", "financiering", "funding", "money", "finanzierung"],
    &["studenten", "students", "studierende"],
    &["jongeren", "youngsters", "jugendliche"],
];

/// The other words of the same meaning as `word`, if it is in one of the groups (by root).
pub fn same_meaning(word: &str) -> Vec<&'static str> {
    // The members' roots are worked out once, not on every keystroke.
    static ROOTS: std::sync::OnceLock<Vec<Vec<[String; 3]>>> = std::sync::OnceLock::new();
    let groups =
        ROOTS.get_or_init(|| SAME_MEANING.iter().map(|group| group.iter().map(|m| roots(m)).collect()).collect());
    let word_roots = roots(word);
    SAME_MEANING
        .iter()
        .zip(groups)
        .find(|(_, roots)| roots.iter().any(|member| same_root(member, &word_roots)))
        .map(|(group, _)| group.iter().copied().filter(|member| *member != word).collect())
        .unwrap_or_default()
}

/// How many typing errors a word of this length may carry and still be corrected: none below five
/// letters (too many words are one letter apart), one up to eight, two from nine.
pub fn typo_allowance(word: &str) -> usize {
    match word.chars().count() {
        0..=4 => 0,
        5..=8 => 1,
        _ => 2,
    }
}

/// The typing distance between two words, when it is within `max`: letters added, left out,
/// changed, or two neighbours swapped, each counting one (the optimal string alignment distance).
pub fn typo_distance(a: &str, b: &str, max: usize) -> Option<usize> {
    let (a_len, b_len) = (a.chars().count(), b.chars().count());
    if a_len.abs_diff(b_len) > max {
        return None;
    }
    Some(strsim::osa_distance(a, b)).filter(|d| *d <= max)
}

/// Whether a byte of folded text belongs to a word: ASCII letters and digits, and every byte of a
/// non-ASCII character (folding leaves only letters there).
pub fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b >= 0x80
}

/// The folded words of a dataset, sorted and distinct: what forms and corrections are looked up in.
#[derive(Debug, Clone, Default)]
pub struct Vocabulary {
    words: Vec<Box<str>>,
}

impl Vocabulary {
    /// The distinct words of `text` (already folded), split where a letter or digit ends. Words
    /// with digits (years, amounts, numbers in names) have no forms and are left out.
    pub fn of(text: &str) -> Vocabulary {
        let mut vocabulary = Vocabulary::default();
        vocabulary.extend(text);
        vocabulary
    }

    /// Adds the words of another folded text.
    pub fn extend(&mut self, text: &str) {
        // Split on bytes (every byte of a non-ASCII letter counts as a letter, so UTF-8 is never
        // cut) and hash with FxHash: this runs over every word of the dataset when it is indexed.
        let mut seen: rustc_hash::FxHashSet<&[u8]> = rustc_hash::FxHashSet::default();
        for word in text.as_bytes().split(|&b| !is_word_byte(b)) {
            if word.len() >= MIN_FORM_CHARS && !word.iter().any(u8::is_ascii_digit) {
                seen.insert(word);
            }
        }
        // Cut at ASCII bytes only, so every word is whole UTF-8.
        let seen = seen.into_iter().filter_map(|w| std::str::from_utf8(w).ok());
        let known = std::mem::take(&mut self.words);
        let mut words: Vec<Box<str>> = seen
            .into_iter()
            .filter(|w| known.binary_search_by(|k| k.as_ref().cmp(w)).is_err())
            .map(Box::from)
            .collect();
        words.extend(known);
        crate::core::order::sort_items(&mut words, Ord::cmp);
        self.words = words;
    }

    /// The number of distinct words.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// Whether the dataset has no words.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// Whether the dataset has this word.
    pub fn contains(&self, word: &str) -> bool {
        self.words.binary_search_by(|w| w.as_ref().cmp(word)).is_ok()
    }

    /// The words that start with `prefix`, in order.
    pub fn starting_with<'a>(&'a self, prefix: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        let start = self.words.partition_point(|w| w.as_ref() < prefix);
        self.words[start..].iter().map(AsRef::as_ref).take_while(move |w| w.starts_with(prefix))
    }

    /// Whether any word has `part` in it.
    pub fn has_part(&self, part: &str) -> bool {
        let finder = memchr::memmem::Finder::new(part.as_bytes());
        self.words.iter().any(|w| finder.find(w.as_bytes()).is_some())
    }

    /// The words of the dataset that are other forms of `word` (same root in one of the languages),
    /// and the forms of the words of the same meaning. Only words sharing the first letters are
    /// compared, so the cost is a few stemmings per keystroke.
    pub fn forms_of(&self, word: &str) -> Vec<&str> {
        if word.chars().count() < MIN_FORM_CHARS {
            return Vec::new();
        }
        let mut forms: Vec<&str> = Vec::new();
        for source in std::iter::once(word).chain(same_meaning(word)) {
            let source_roots = roots(source);
            // A root is its word's beginning, apart from Dutch's undoubling (`duurzaam` → `duurzam`) and
            // English's `y` → `i`: three letters they always share.
            let head: String = source.chars().take(MIN_FORM_CHARS).collect();
            let start = self.words.partition_point(|w| w.as_ref() < head.as_str());
            for candidate in self.words[start..].iter().map(AsRef::as_ref).take_while(|w| w.starts_with(&head)) {
                if candidate != word
                    && !forms.contains(&candidate)
                    && begin_alike(source, candidate)
                    && same_root(&roots(candidate), &source_roots)
                {
                    forms.push(candidate);
                }
            }
        }
        forms
    }

    /// The words of the dataset one or two typing errors away from `word` (see [`typo_allowance`]),
    /// closest first, then alphabetically.
    pub fn corrections_of(&self, word: &str) -> Vec<&str> {
        let max = typo_allowance(word);
        if max == 0 {
            return Vec::new();
        }
        // Closest first, then alphabetically: the words are in order, so one pass per distance
        // (no sort of its own in the wasm).
        let distances: Vec<Option<usize>> =
            self.words.iter().map(|w| typo_distance(word, w, max).filter(|d| *d > 0)).collect();
        (1..=max)
            .flat_map(|d| {
                self.words.iter().zip(&distances).filter(move |(_, found)| **found == Some(d)).map(|(w, _)| w.as_ref())
            })
            .collect()
    }

    /// A compound the dataset does not have as such, split into two words it has: `vakmanschapsfonds`
    /// into `vakmanschap` and `fonds` (Dutch and German join with nothing, `s`, `e` or `en`). Both
    /// parts are words of the dataset of four letters or more (a part that only begins a word would
    /// split half-typed words: `twentstwe` is no compound); the longest first part wins.
    pub fn compound_parts(&self, word: &str) -> Option<(String, String)> {
        const MIN_PART: usize = 4;
        if !word.is_ascii() || word.len() < 2 * MIN_PART + 1 || self.has_part(word) {
            return None;
        }
        (MIN_PART..=word.len() - MIN_PART).rev().find_map(|split| {
            let (first, rest) = word.split_at(split);
            if !self.contains(first) {
                return None;
            }
            ["", "s", "e", "en"].iter().find_map(|joint| {
                let second = rest.strip_prefix(joint)?;
                (second.len() >= MIN_PART && self.contains(second)).then(|| (first.to_string(), second.to_string()))
            })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vocabulary(text: &str) -> Vocabulary {
        Vocabulary::of(&crate::core::fold::fold(text))
    }

    #[test]
    fn plurals_and_derivations_share_a_root_in_their_language() {
        assert_eq!(root("fondsen", Lang::Nl), root("fonds", Lang::Nl));
        assert_eq!(root("talenten", Lang::Nl), root("talent", Lang::Nl));
        assert_eq!(root("innovatief", Lang::Nl), root("innovatie", Lang::Nl));
        assert_eq!(root("innovatieve", Lang::Nl), root("innovaties", Lang::Nl));
        assert_eq!(root("technisch", Lang::Nl), root("techniek", Lang::Nl));
        assert_eq!(root("companies", Lang::En), root("company", Lang::En));
        assert_eq!(root("innovation", Lang::En), root("innovative", Lang::En));
        assert_eq!(root("gemeinden", Lang::De), root("gemeinde", Lang::De));
        assert_eq!(root("innovation", Lang::De), root("innovativ", Lang::De));
        assert_ne!(root("technologie", Lang::Nl), root("techniek", Lang::Nl));
        assert_ne!(root("bouw", Lang::Nl), root("bodem", Lang::Nl));
        assert_eq!(root("beurzen", Lang::Nl), root("beurs", Lang::Nl));
        assert_eq!(root("bedrijven", Lang::Nl), root("bedrijf", Lang::Nl));
        assert_eq!(root("campussen", Lang::Nl), root("campus", Lang::Nl));
    }

    #[test]
    fn finds_the_forms_the_dataset_has() {
        let words =
            vocabulary("Het Twents Fonds; twee fondsen, innovatieve bedrijven en één innovatie. Fondue. Grow Green.");
        assert_eq!(words.forms_of("fonds"), vec!["fondsen"]);
        assert_eq!(words.forms_of("fondsen"), vec!["fonds"]);
        assert_eq!(words.forms_of("innovatief"), vec!["innovatie", "innovatieve"]);
        // Words of the same meaning count as forms, in any of the three languages.
        assert_eq!(words.forms_of("companies"), vec!["bedrijven"]);
        assert!(words.forms_of("fo").is_empty());
        assert!(words.forms_of("grens").is_empty(), "Dutch Snowball's `gren` of `green` is no form of `grens`");
    }

    #[test]
    fn words_of_the_same_meaning_are_found_by_any_of_their_forms() {
        assert!(same_meaning("werkgelegenheid").contains(&"banen"));
        assert!(same_meaning("arbeitsplatz").contains(&"werkgelegenheid"), "a form of a member");
        assert!(same_meaning("fiets").is_empty());
    }

    #[test]
    fn corrects_typing_errors_by_the_length_of_the_word() {
        let words = vocabulary("vakmanschap onderwijs bouw techniek talent");
        assert_eq!(words.corrections_of("vakmanshap"), vec!["vakmanschap"], "one letter left out");
        assert_eq!(words.corrections_of("vkamanschp"), vec!["vakmanschap"], "two errors in a long word");
        assert_eq!(words.corrections_of("ondrewijs"), vec!["onderwijs"], "two letters swapped");
        assert_eq!(words.corrections_of("talnet"), vec!["talent"]);
        assert!(words.corrections_of("bouq").is_empty(), "no correction below five letters");
        assert!(words.corrections_of("teknieck").is_empty(), "two errors in an eight-letter word");
        assert!(words.corrections_of("talent").is_empty(), "a word of the dataset is no error");
    }

    #[test]
    fn splits_compounds_the_dataset_does_not_have() {
        let words = vocabulary("Twents Fonds voor Vakmanschap; de arbeidsmarkt");
        assert_eq!(words.compound_parts("vakmanschapsfonds"), Some(("vakmanschap".into(), "fonds".into())));
        assert_eq!(words.compound_parts("fondsvakmanschap"), Some(("fonds".into(), "vakmanschap".into())));
        assert_eq!(words.compound_parts("arbeidsmarkt"), None, "the dataset has it whole");
        assert_eq!(words.compound_parts("arbeid"), None, "a part of a word it has");
        assert_eq!(words.compound_parts("fietsenmaker"), None);
        assert_eq!(words.compound_parts("vakmanschapsfon"), None, "a half-typed second part");
    }

    #[test]
    fn typo_distance_counts_swaps_as_one() {
        assert_eq!(typo_distance("ondrewijs", "onderwijs", 2), Some(1));
        assert_eq!(typo_distance("abc", "abcdef", 2), None);
    }
}
