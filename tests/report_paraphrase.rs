//! No text of the bundled dataset (nl, en or de) is a near copy of a sentence of the report: none
//! shares, in order, 70% or more of the words of a report sentence of 10 or more words (the longest
//! common subsequence of their words). The 12-word test (tests/report_shingles.rs) catches exact
//! copies; this one catches a copied sentence with a few words changed, swapped or left out.
//!
//! The report's text is not in the repository, so the fixture `tests/fixtures/report-sentences.txt`
//! holds each sentence as its words' 16-bit hashes (the words as `common::words` gives them, FNV-1a
//! folded to 16 bits), one sentence per line. A sentence ends at `.`, `!`, `?`, `;` or `:` before
//! white space. Texts marked as quotations (`"quote": true`) are left out, and must instead be the
//! report's words exactly: `tests/fixtures/report-lines.txt` holds each line of the report as its
//! words' case-sensitive hashes. Regenerate both fixtures when the report text changes:
//!
//! ```text
//! REPORT_TEXT=/work/shared/sources/000_4fe53f9915d9ff1f.txt \
//!   cargo test --test report_paraphrase -- --ignored regenerate_report_sentences
//! ```
#![cfg(not(target_arch = "wasm32"))]

use serde_json::Value;

mod common;
use common::{bundled_json, each_string, fnv1a, words};

/// The shortest report sentence the test compares with.
const MIN_SENTENCE_WORDS: usize = 10;
/// The share of a report sentence's words, in order, from which a text is a near copy.
const MAX_SHARE: f64 = 0.7;
const FIXTURE: &str = "tests/fixtures/report-sentences.txt";
/// The report's lines, each word as written (case and punctuation kept) as a 16-bit hash: a text
/// marked as a quotation must be a run of words of one line, exactly.
const LINES_FIXTURE: &str = "tests/fixtures/report-lines.txt";
const DEFAULT_REPORT: &str = "/work/shared/sources/000_4fe53f9915d9ff1f.txt";

/// A word's hash: FNV-1a folded to 16 bits (enough to compare words, too little to read them back).
fn word_hash(word: &str) -> u16 {
    let h = fnv1a(word.as_bytes());
    (h ^ (h >> 16) ^ (h >> 32) ^ (h >> 48)) as u16
}

fn hashes(text: &str) -> Vec<u16> {
    words(text).iter().map(|w| word_hash(w)).collect()
}

/// The sentences of a text: split after `.`, `!`, `?`, `;` or `:` followed by white space.
fn sentences(text: &str) -> Vec<String> {
    let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in flat.char_indices() {
        let end = i + c.len_utf8();
        if matches!(c, '.' | '!' | '?' | ';' | ':') && flat[end..].starts_with(' ') {
            out.push(flat[start..end].to_string());
            start = end + 1;
        }
    }
    out.push(flat[start..].to_string());
    out
}

/// The length of the longest common subsequence of two word lists.
fn common_subsequence(a: &[u16], b: &[u16]) -> usize {
    let mut previous = vec![0usize; b.len() + 1];
    for &x in a {
        let mut current = vec![0usize; b.len() + 1];
        for (j, &y) in b.iter().enumerate() {
            current[j + 1] = if x == y { previous[j] + 1 } else { previous[j + 1].max(current[j]) };
        }
        previous = current;
    }
    previous[b.len()]
}

/// A text's words as written, split at white space, each as a 16-bit hash.
fn exact_hashes(text: &str) -> Vec<u16> {
    text.split_whitespace().map(word_hash).collect()
}

fn fixture() -> Vec<Vec<u16>> {
    read_hashes(FIXTURE)
}

fn read_hashes(path: &str) -> Vec<Vec<u16>> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| {
            l.split(' ').map(|h| u16::from_str_radix(h, 16).unwrap_or_else(|e| panic!("{path}: {h:?}: {e}"))).collect()
        })
        .collect()
}

/// The texts of `json` that are near copies of a report sentence: the field, the sentence's line
/// in the fixture (counting sentences from 1) and the share of its words.
fn near_copies(json: &Value, report: &[Vec<u16>]) -> Vec<(String, usize, f64)> {
    let json = without_quotations(json);
    let mut strings = Vec::new();
    each_string(&json, "", &mut strings);
    let mut found = Vec::new();
    for (path, text) in strings {
        let words = hashes(text);
        if words.len() < MIN_SENTENCE_WORDS / 2 {
            continue;
        }
        for (line, sentence) in report.iter().enumerate() {
            // Cheap bound first: the words the text has at all.
            let present = sentence.iter().filter(|w| words.contains(w)).count();
            if (present as f64) < MAX_SHARE * sentence.len() as f64 {
                continue;
            }
            let share = common_subsequence(sentence, &words) as f64 / sentence.len() as f64;
            if share >= MAX_SHARE {
                found.push((path.clone(), line + 1, (share * 100.0).round() / 100.0));
            }
        }
    }
    found
}

/// `json` with every text marked as a quotation (`"quote": true`: the source's own words, quoted on
/// purpose, such as a chart's title) left out: those are meant to be the report's words.
fn without_quotations(json: &Value) -> Value {
    match json {
        Value::Object(map) if map.get("quote") == Some(&Value::Bool(true)) => Value::Null,
        Value::Object(map) => Value::Object(map.iter().map(|(k, v)| (k.clone(), without_quotations(v))).collect()),
        Value::Array(items) => Value::Array(items.iter().map(without_quotations).collect()),
        other => other.clone(),
    }
}

#[test]
fn no_text_of_the_bundled_dataset_is_a_near_copy_of_a_report_sentence() {
    let report = fixture();
    assert!(report.len() > 200, "the fixture holds the report's sentences, got {}", report.len());
    let copies = near_copies(&bundled_json(), &report);
    assert!(
        copies.is_empty(),
        "texts sharing {}% or more of a report sentence's words in order (field, sentence, share); write them anew: {copies:#?}",
        MAX_SHARE * 100.0
    );
}

/// Every text of `json` marked as a quotation, with its path: the Dutch text, the source's own words.
fn quotations(json: &Value, path: &str, out: &mut Vec<(String, String)>) {
    match json {
        Value::Object(map) if map.get("quote") == Some(&Value::Bool(true)) => {
            out.push((path.to_string(), map.get("nl").and_then(Value::as_str).unwrap_or_default().to_string()));
        }
        Value::Object(map) => {
            for (key, child) in map {
                quotations(child, &if path.is_empty() { key.clone() } else { format!("{path}.{key}") }, out);
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                quotations(item, &format!("{path}[{i}]"), out);
            }
        }
        _ => {}
    }
}

/// Whether `text` is a run of words of one line of the report, exactly as written.
fn in_report(lines: &[Vec<u16>], text: &str) -> bool {
    let words = exact_hashes(text);
    !words.is_empty() && lines.iter().any(|line| line.windows(words.len()).any(|run| run == words.as_slice()))
}

/// A text marked as a quotation is left out of the copy tests, so the mark is only for the source's
/// own words: each quotation's Dutch text is a run of words of one of the report's lines, with its
/// case and punctuation.
#[test]
fn every_quotation_is_the_report_s_own_words_exactly() {
    let lines = read_hashes(LINES_FIXTURE);
    assert!(lines.len() > 500, "the fixture holds the report's lines, got {}", lines.len());
    let mut quoted = Vec::new();
    quotations(&bundled_json(), "", &mut quoted);
    assert!(quoted.len() >= 14, "the chart titles are quotations: {quoted:?}");
    let wrong: Vec<&(String, String)> = quoted.iter().filter(|(_, text)| !in_report(&lines, text)).collect();
    assert!(wrong.is_empty(), "marked as quotations but not the report's words exactly (field, text): {wrong:#?}");
    // The test bites: a title with one letter's case changed is not the report's.
    assert!(in_report(&lines, "Budget Projecten 2018 t/m 2019 (in € mln)"));
    assert!(!in_report(&lines, "Budget projecten 2018 t/m 2019 (in € mln)"));
}

/// A sentence of the report (chapter 2), here only to show the test bites.
const REPORT_SENTENCE: &str = "Beide investeringsprogramma’s doen dat aan de hand van vier actielijnen:";

/// A near copy is caught; a paraphrase and a text marked as a quotation are not.
#[test]
fn a_sentence_with_words_changed_and_swapped_is_caught_and_a_paraphrase_is_not() {
    let report = fixture();
    // Two words changed: 9 of its 11 words, in order.
    let near = REPORT_SENTENCE.replace("investeringsprogramma’s", "programma's").replace("dat", "dit");
    let json = serde_json::json!({
        "projects": [
            { "description": { "nl": format!("Inleiding. {near}") } },
            { "description": { "nl": "Beide programma's werken langs vier actielijnen, van techniek tot arbeidsmarkt en vestigingsklimaat." } },
            { "title": { "nl": REPORT_SENTENCE, "quote": true } }
        ]
    });
    let copies = near_copies(&json, &report);
    assert_eq!(copies.iter().map(|(path, _, _)| path.as_str()).collect::<Vec<_>>(), ["projects[0].description.nl"]);
    assert!(copies[0].2 >= MAX_SHARE && copies[0].2 < 1.0, "{copies:?}");
}

#[test]
fn sentences_end_at_punctuation_before_a_space_only() {
    assert_eq!(sentences("Ruim 1.500 cheques. Daarna: meer!"), ["Ruim 1.500 cheques.", "Daarna:", "meer!"]);
    assert_eq!(common_subsequence(&[1, 2, 3, 4], &[1, 3, 2, 4]), 3);
}

/// Rewrites the fixtures from the report's text (`REPORT_TEXT`, else the shared copy); does nothing
/// where the report is absent, as in CI.
#[test]
#[ignore = "rewrites tests/fixtures/report-sentences.txt and report-lines.txt from the report text, where it exists"]
fn regenerate_report_sentences() {
    let path = std::env::var("REPORT_TEXT").unwrap_or_else(|_| DEFAULT_REPORT.to_string());
    let Ok(text) = std::fs::read_to_string(&path) else {
        eprintln!("{path} not found: the fixture is left as it is");
        return;
    };
    let mut out = format!(
        "# The sentences of the report \"Investeren in Twente\" (May 2020) of {MIN_SENTENCE_WORDS} words or more, one per line,\n\
         # each word as a 16-bit hash, as tests/report_paraphrase.rs says. Regenerate: see that file.\n"
    );
    for sentence in sentences(&text) {
        let words = hashes(&sentence);
        if words.len() >= MIN_SENTENCE_WORDS {
            out.push_str(&words.iter().map(|h| format!("{h:04x}")).collect::<Vec<_>>().join(" "));
            out.push('\n');
        }
    }
    std::fs::write(FIXTURE, out).unwrap_or_else(|e| panic!("{FIXTURE}: {e}"));
    let mut lines = String::from(
        "# The lines of the report \"Investeren in Twente\" (May 2020), one per line, each word as written (split at\n\
         # white space, case and punctuation kept) as a 16-bit hash, as tests/report_paraphrase.rs says.\n",
    );
    for line in text.lines().map(exact_hashes).filter(|words| !words.is_empty()) {
        lines.push_str(&line.iter().map(|h| format!("{h:04x}")).collect::<Vec<_>>().join(" "));
        lines.push('\n');
    }
    std::fs::write(LINES_FIXTURE, lines).unwrap_or_else(|e| panic!("{LINES_FIXTURE}: {e}"));
}
