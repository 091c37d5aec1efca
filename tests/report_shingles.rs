//! No text of the bundled dataset repeats the report: the dataset describes in its own words and
//! copies only facts, names and figures. A run of 12 consecutive words shared with the report is a
//! copied sentence.
//!
//! The report's text is not in the repository (CI has no copy), so the test compares hashes: the
//! fixture `tests/fixtures/report-shingles.txt` holds one hash per 12-word run ("shingle") of the
//! report, and the test hashes every 12-word run of every dataset text the same way.
//!
//! Normalisation: the text is lowercased; a word is a maximal run of alphanumeric characters
//! (`char::is_alphanumeric`, so diacritics count as letters; apostrophes, hyphens and punctuation
//! separate words); a shingle is 12 consecutive words joined by one space, hashed with 64-bit
//! FNV-1a over its UTF-8 bytes. The fixture has one lowercase 16-digit hex hash per line, sorted,
//! without duplicates; lines starting with `#` are comments.
//!
//! Regenerate the fixture when the report text changes (the path defaults to the shared copy):
//!
//! ```text
//! REPORT_TEXT=/work/shared/sources/000_4fe53f9915d9ff1f.txt \
//!   cargo test --test report_shingles -- --ignored regenerate_report_shingles
//! ```
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;

use serde_json::Value;

mod common;
use common::{bundled_json, each_string, fnv1a, words};

/// Words in a run that counts as copied.
const RUN: usize = 12;
const FIXTURE: &str = "tests/fixtures/report-shingles.txt";
const DEFAULT_REPORT: &str = "/work/shared/sources/000_4fe53f9915d9ff1f.txt";

/// The hash of every run of [`RUN`] consecutive words of a text.
fn shingles(text: &str) -> Vec<u64> {
    words(text).windows(RUN).map(|run| fnv1a(run.join(" ").as_bytes())).collect()
}

fn fixture() -> BTreeSet<u64> {
    let text = std::fs::read_to_string(FIXTURE).unwrap_or_else(|e| panic!("{FIXTURE}: {e}"));
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| u64::from_str_radix(l, 16).unwrap_or_else(|e| panic!("{FIXTURE}: {l:?}: {e}")))
        .collect()
}

/// The paths of the texts in `json` that share a 12-word run with the report.
fn copied_texts(json: &Value, report: &BTreeSet<u64>) -> Vec<String> {
    let mut strings = Vec::new();
    each_string(json, "", &mut strings);
    strings.into_iter().filter(|(_, text)| shingles(text).iter().any(|h| report.contains(h))).map(|(p, _)| p).collect()
}

#[test]
fn no_text_of_the_bundled_dataset_shares_twelve_words_with_the_report() {
    let report = fixture();
    assert!(report.len() > 4_000, "the fixture holds every 12-word run of the report, got {}", report.len());
    let copied = copied_texts(&bundled_json(), &report);
    assert!(copied.is_empty(), "texts that repeat 12 or more words of the report, write them anew: {copied:#?}");
}

/// A sentence of the report (chapter 3, "Voortgang projecten"), here only to show the test bites.
const REPORT_SENTENCE: &str =
    "De investeringsprogramma’s Agenda voor Twente en Regio Deal Twente richten zich op vier \
     actielijnen: versterking van de technologische kracht van Twente, de arbeidsmarkt, het vestigingsklimaat.";

#[test]
fn a_copied_sentence_is_caught_and_named_by_its_path_and_a_paraphrase_is_not() {
    let report = fixture();
    let json = serde_json::json!({
        "projects": [
            { "description": { "nl": format!("Inleiding. {}", REPORT_SENTENCE.replace('’', "'").to_uppercase()) } },
            { "description": { "nl": "Beide programma's werken langs vier actielijnen, van techniek tot arbeidsmarkt en vestigingsklimaat." } }
        ]
    });
    assert_eq!(copied_texts(&json, &report), ["projects[0].description.nl"]);
}

#[test]
fn the_normalisation_splits_on_everything_but_letters_and_digits() {
    assert_eq!(
        words("Twents Huis van de Logistiek, 3 oktober 2019: IkBiNDR!"),
        ["twents", "huis", "van", "de", "logistiek", "3", "oktober", "2019", "ikbindr"]
    );
    assert_eq!(words("mbo-niveau 4 creëren Münsterland’s"), ["mbo", "niveau", "4", "creëren", "münsterland", "s"]);
    assert_eq!(fnv1a(b""), 0xcbf2_9ce4_8422_2325);
    assert_eq!(fnv1a(b"a"), 0xaf63_dc4c_8601_ec8c);
    assert!(shingles("one two three").is_empty(), "a text under 12 words has no run");
}

/// Rewrites the fixture from the report's text (`REPORT_TEXT`, else the shared copy); does nothing
/// where the report is absent, as in CI. Ignored because it writes a committed file: a maintainer
/// runs it by hand when the report text changes (`cargo test --test report_shingles -- --ignored`).
#[test]
#[ignore = "rewrites tests/fixtures/report-shingles.txt from the report text, where it exists"]
fn regenerate_report_shingles() {
    let path = std::env::var("REPORT_TEXT").unwrap_or_else(|_| DEFAULT_REPORT.to_string());
    let Ok(text) = std::fs::read_to_string(&path) else {
        eprintln!("{path} not found: the fixture is left as it is");
        return;
    };
    let hashes: BTreeSet<u64> = shingles(&text).into_iter().collect();
    let mut out = format!(
        "# 64-bit FNV-1a of every run of {RUN} words of the report \"Investeren in Twente\" (May 2020),\n\
         # normalised as tests/report_shingles.rs says. Regenerate: see that file.\n"
    );
    for hash in &hashes {
        out.push_str(&format!("{hash:016x}\n"));
    }
    std::fs::write(FIXTURE, out).unwrap_or_else(|e| panic!("{FIXTURE}: {e}"));
    eprintln!("{FIXTURE}: {} hashes from {path}", hashes.len());
}
