//! Search folding: lowercase, without diacritics, with the ligatures of Dutch and German spelled out,
//! so `creeren` finds `creëren`, `strasse` finds `Straße` and `ijssel` finds `Ĳssel`.
//!
//! Hand-written on purpose: a table for the Latin letters of Dutch, English and German (and their
//! neighbours) is a few hundred bytes, where Unicode normalisation tables would add hundreds of
//! kilobytes to the download. Greek and Cyrillic letters are lowercased; other letters are kept.

/// Folds one character, pushing its folded form (zero, one or two characters) to `out`.
fn fold_char(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    let folded: &str = match c {
        'À'..='Å' | 'à'..='å' | 'Ā' | 'ā' | 'Ă' | 'ă' | 'Ą' | 'ą' => "a",
        'Æ' | 'æ' => "ae",
        'Ç' | 'ç' | 'Ć' | 'ć' | 'Ĉ' | 'ĉ' | 'Ċ' | 'ċ' | 'Č' | 'č' => "c",
        'Ð' | 'ð' | 'Ď' | 'ď' | 'Đ' | 'đ' => "d",
        'È'..='Ë' | 'è'..='ë' | 'Ē' | 'ē' | 'Ĕ' | 'ĕ' | 'Ė' | 'ė' | 'Ę' | 'ę' | 'Ě' | 'ě' => "e",
        'Ĝ' | 'ĝ' | 'Ğ' | 'ğ' | 'Ġ' | 'ġ' | 'Ģ' | 'ģ' => "g",
        'Ĥ' | 'ĥ' | 'Ħ' | 'ħ' => "h",
        'Ì'..='Ï' | 'ì'..='ï' | 'Ĩ' | 'ĩ' | 'Ī' | 'ī' | 'Ĭ' | 'ĭ' | 'Į' | 'į' | 'İ' | 'ı' => "i",
        'Ĳ' | 'ĳ' => "ij",
        'Ĵ' | 'ĵ' => "j",
        'Ķ' | 'ķ' => "k",
        'Ĺ' | 'ĺ' | 'Ļ' | 'ļ' | 'Ľ' | 'ľ' | 'Ŀ' | 'ŀ' | 'Ł' | 'ł' => "l",
        'Ñ' | 'ñ' | 'Ń' | 'ń' | 'Ņ' | 'ņ' | 'Ň' | 'ň' => "n",
        'Ò'..='Ö' | 'Ø' | 'ò'..='ö' | 'ø' | 'Ō' | 'ō' | 'Ŏ' | 'ŏ' | 'Ő' | 'ő' => "o",
        'Œ' | 'œ' => "oe",
        'Ŕ' | 'ŕ' | 'Ŗ' | 'ŗ' | 'Ř' | 'ř' => "r",
        'Ś' | 'ś' | 'Ŝ' | 'ŝ' | 'Ş' | 'ş' | 'Š' | 'š' => "s",
        'ß' | 'ẞ' => "ss",
        'Ţ' | 'ţ' | 'Ť' | 'ť' | 'Ŧ' | 'ŧ' => "t",
        'Þ' | 'þ' => "th",
        'Ù'..='Ü' | 'ù'..='ü' | 'Ũ' | 'ũ' | 'Ū' | 'ū' | 'Ŭ' | 'ŭ' | 'Ů' | 'ů' | 'Ű' | 'ű' | 'Ų' | 'ų' => {
            "u"
        }
        'Ŵ' | 'ŵ' => "w",
        'Ý' | 'ý' | 'ÿ' | 'Ÿ' | 'Ŷ' | 'ŷ' => "y",
        'Ź' | 'ź' | 'Ż' | 'ż' | 'Ž' | 'ž' => "z",
        // Typographic quotes and dashes search like their plain forms.
        '‘' | '’' | '‚' | '′' => "'",
        '“' | '”' | '„' | '″' => "\"",
        '–' | '—' | '‐' | '‑' => "-",
        '\u{a0}' => " ",
        // Combining diacritical marks (decomposed input such as `e` + U+0308) disappear.
        '\u{300}'..='\u{36f}' => "",
        _ => {
            out.push(lowercase_other(c));
            return;
        }
    };
    out.push_str(folded);
}

/// The lowercase of a letter outside the Latin table: Greek and Cyrillic capitals by their fixed
/// offsets, anything else as it is. Not `char::to_lowercase`, whose table of every script's case pairs
/// is over 10 KB of the readers' download, for texts in Dutch, English and German.
fn lowercase_other(c: char) -> char {
    let lower = match c {
        'Α'..='Ρ' | 'Σ'..='Ϋ' | 'А'..='Я' => c as u32 + 32,
        'Ѐ'..='Џ' => c as u32 + 80,
        _ => c as u32,
    };
    char::from_u32(lower).unwrap_or(c)
}

/// Folds a whole text for searching.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    fold_into(text, &mut out);
    out
}

/// Folds a text onto the end of `out` (no allocation of its own).
pub fn fold_into(text: &str, out: &mut String) {
    for c in text.chars() {
        fold_char(c, out);
    }
}

/// Folds a text and records, for every byte of the folded text, the byte offset in the original
/// of the character it came from. Used to highlight matches in the original text.
pub fn fold_with_offsets(text: &str) -> (String, Vec<usize>) {
    let mut out = String::with_capacity(text.len());
    let mut offsets = Vec::with_capacity(text.len());
    for (offset, c) in text.char_indices() {
        fold_char(c, &mut out);
        offsets.resize(out.len(), offset);
    }
    (out, offsets)
}

/// The search words of a query: folded and split on whitespace, empty words dropped, duplicates kept once.
pub fn words(query: &str) -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    for word in fold(query).split(|c: char| c.is_whitespace() || c == ',') {
        let word = word.trim_matches(|c: char| c == '"' || c == '\'');
        if !word.is_empty() && !words.iter().any(|w| w == word) {
            words.push(word.to_string());
        }
    }
    words
}

/// Byte ranges of `text` (the original, not folded) where any of the folded `words` occur,
/// merged where they overlap, in order. Empty when nothing matches.
pub fn match_ranges(text: &str, words: &[String]) -> Vec<(usize, usize)> {
    if words.is_empty() {
        return Vec::new();
    }
    let (folded, offsets) = fold_with_offsets(text);
    let mut ranges: Vec<(usize, usize)> = Vec::new();
    for word in words {
        let mut from = 0;
        while let Some(found) = folded[from..].find(word.as_str()) {
            let start = from + found;
            let end = start + word.len();
            let original_start = offsets[start];
            // End at the end of the original character that produced the last folded byte.
            let last = offsets[end - 1];
            let original_end = last + text[last..].chars().next().map_or(0, char::len_utf8);
            ranges.push((original_start, original_end));
            from = end;
        }
    }
    super::order::sort_items(&mut ranges, Ord::cmp);
    let mut merged: Vec<(usize, usize)> = Vec::with_capacity(ranges.len());
    for (start, end) in ranges {
        match merged.last_mut() {
            Some(last) if start <= last.1 => last.1 = last.1.max(end),
            _ => merged.push((start, end)),
        }
    }
    merged
}

/// A short excerpt of `text` (at most `max` characters), starting near the first match so the
/// reader sees why a project was found.
pub fn excerpt(text: &str, words: &[String], max: usize) -> String {
    let first = match_ranges(text, words).first().map_or(0, |r| r.0);
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let total = chars.len();
    if total <= max {
        return text.to_string();
    }
    let match_char = chars.iter().position(|&(i, _)| i >= first).unwrap_or(0);
    let start_char = match_char.saturating_sub(max / 4).min(total - max);
    // Start at a word boundary.
    let start_char = if start_char == 0 {
        0
    } else {
        (start_char..match_char.max(start_char)).find(|&i| chars[i].1 == ' ').map_or(start_char, |i| i + 1)
    };
    let end_char = (start_char + max).min(total);
    let start = chars[start_char].0;
    let end = chars.get(end_char).map_or(text.len(), |&(i, _)| i);
    let mut out = String::new();
    if start_char > 0 {
        out.push('…');
    }
    out.push_str(text[start..end].trim());
    if end_char < total {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_dutch_and_german_spelling_to_plain_lowercase() {
        assert_eq!(fold("creëren"), "creeren");
        assert_eq!(fold("CREËREN"), "creeren");
        assert_eq!(fold("Straße"), "strasse");
        assert_eq!(fold("Ĳssel"), "ijssel");
        assert_eq!(fold("Münsterland"), "munsterland");
        assert_eq!(fold("Œuvre à Ørsted"), "oeuvre a orsted");
        assert_eq!(fold("cre\u{65}\u{308}ren"), "creeren");
    }

    #[test]
    fn greek_and_cyrillic_capitals_fold_to_their_small_letters() {
        assert_eq!(fold("ΑΘΗΝΑ Москва ЁЖ"), "αθηνα москва ёж");
        assert_eq!(fold("中文"), "中文", "letters without case stay as they are");
    }

    #[test]
    fn splits_queries_into_distinct_folded_words() {
        assert_eq!(words("  Twents  FONDS twents "), vec!["twents", "fonds"]);
        assert_eq!(words("\"Straße\""), vec!["strasse"]);
        assert!(words("   ").is_empty());
    }

    #[test]
    fn finds_match_ranges_in_the_original_text() {
        let text = "Ruimte creëren in de Ĳssel-straße";
        let ranges = match_ranges(text, &words("creeren ijssel STRASSE"));
        let found: Vec<&str> = ranges.iter().map(|&(s, e)| &text[s..e]).collect();
        assert_eq!(found, vec!["creëren", "Ĳssel", "straße"]);
    }

    #[test]
    fn an_excerpt_starts_near_the_first_match_at_a_word_boundary() {
        let text =
            "Een lange beschrijving over vele dingen en daarna pas het woord vakmanschap en nog meer tekst erachter";
        let short = excerpt(text, &words("vakmanschap"), 40);
        assert!(short.starts_with('…') && short.contains("vakmanschap"), "{short}");
        assert!(short.chars().count() <= 42);
        assert_eq!(excerpt("kort", &[], 40), "kort");
        assert!(excerpt(text, &[], 20).starts_with("Een lange"));
    }

    #[test]
    fn merges_overlapping_matches() {
        let text = "Twente Twentse";
        let ranges = match_ranges(text, &words("twent twente"));
        let found: Vec<&str> = ranges.iter().map(|&(s, e)| &text[s..e]).collect();
        assert_eq!(found, vec!["Twente", "Twent"]);
    }
}
