//! What may be published: one definition for the page "Gegevens controleren", `cargo run --bin
//! validate` (and so `scripts/publish.sh`) and the tests of the bundled dataset. A file is
//! publishable when it loads without problems (the app's own checks, [`check_dataset`]) and also
//! meets the rules of publication below, which the app itself does not need in order to show a file
//! (a missing translation falls back to Dutch), so a reader's app never refuses a file for them.

use serde_json::Value;

use super::load::{check_every_record, locate, Checked};
use super::model::Dataset;
use super::problem::{Problem, ProblemKind};
use super::validate::cited_sources;

/// A file checked for publication.
#[derive(Debug)]
pub struct Publishable {
    /// What loading it found.
    pub checked: Checked,
    /// Where it breaks a rule of publication (only looked for when it loads without problems).
    pub warnings: Vec<Problem>,
}

impl Publishable {
    /// Whether the file may be published as it is.
    pub fn is_publishable(&self) -> bool {
        self.checked.dataset.is_some() && self.checked.problems.is_empty() && self.warnings.is_empty()
    }
}

/// Checks `text` for publication: loading first (every record with a value of the wrong type), then
/// the rules of publication, each problem located.
pub fn check_publishable(text: &str) -> Publishable {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let checked = check_every_record(text);
    let mut warnings = match &checked.dataset {
        Some(dataset) if checked.problems.is_empty() => match serde_json::from_str::<Value>(text) {
            Ok(json) => rules_of_publication(&json, dataset),
            Err(_) => Vec::new(),
        },
        _ => Vec::new(),
    };
    locate(text, &mut warnings);
    Publishable { checked, warnings }
}

/// The rules of publication, on the file's JSON (so every text is found wherever the format puts it):
/// - every Dutch text has its English and German translation (the site is read in all three);
/// - every source is cited by some record (a source nobody cites is a citation forgotten; what
///   counts as a citation is what the validator checks as one, [`cited_sources`]);
/// - no e-mail address (the dataset names roles and organisations, never a person's address).
fn rules_of_publication(json: &Value, dataset: &Dataset) -> Vec<Problem> {
    let mut problems = Vec::new();
    walk(json, &mut String::new(), &mut |value, path| match value {
        Value::Object(text) if text.contains_key("nl") => {
            for lang in ["en", "de"] {
                if text.get(lang).and_then(Value::as_str).is_none_or(|t| t.trim().is_empty()) {
                    problems.push(Problem::at(format!("{path}.{lang}"), ProblemKind::MissingTranslation { lang }));
                }
            }
        }
        Value::String(text) if has_email_address(text) => problems.push(Problem::at(path, ProblemKind::EmailAddress)),
        _ => {}
    });
    let cited = cited_sources(dataset);
    for (i, source) in dataset.sources.iter().enumerate() {
        if !cited.contains(&source.id) {
            problems.push(Problem::at(format!("sources[{i}]"), ProblemKind::UncitedSource));
        }
    }
    problems
}

/// Calls `visit` with every value of `value` and its path.
fn walk(value: &Value, path: &mut String, visit: &mut impl FnMut(&Value, &str)) {
    visit(value, path);
    let base = path.len();
    match value {
        Value::Object(map) => {
            for (key, v) in map {
                if base > 0 {
                    path.push('.');
                }
                path.push_str(key);
                walk(v, path, visit);
                path.truncate(base);
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                path.push_str(&format!("[{i}]"));
                walk(v, path, visit);
                path.truncate(base);
            }
        }
        _ => {}
    }
}

/// Whether `text` holds something shaped like an e-mail address (`name@host.tld`).
fn has_email_address(text: &str) -> bool {
    text.split(|c: char| c.is_whitespace() || matches!(c, '<' | '>' | '(' | ')' | ',' | ';'))
        // A web address may hold an @ (`https://medium.com/@twente`); `mailto:` is an address.
        .map(|word| word.strip_prefix("mailto:").unwrap_or(word))
        .filter(|word| !word.contains("://"))
        .any(|word| {
            word.trim_end_matches(['.', '!', '?', ':']).split_once('@').is_some_and(|(name, host)| {
                !name.is_empty() && host.contains('.') && !host.starts_with('.') && !host.ends_with('.')
            })
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bundled_text() -> String {
        std::fs::read_to_string("public/data/investeren-in-twente.json").unwrap()
    }

    #[test]
    fn the_bundled_dataset_is_publishable() {
        let checked = check_publishable(&bundled_text());
        assert!(checked.is_publishable(), "{:?} {:?}", checked.checked.problems, checked.warnings);
    }

    #[test]
    fn a_dutch_only_text_an_uncited_source_and_an_address_are_each_located() {
        let mut json: Value = serde_json::from_str(&bundled_text()).unwrap();
        json["projects"][2]["description"].as_object_mut().unwrap().remove("de");
        json["projects"][3]["description"]["en"] = Value::from("  ");
        json["sources"].as_array_mut().unwrap().push(serde_json::json!({ "id": "nobody-cites", "title": "Niemand" }));
        json["organisations"][0]["name"] = Value::from("Gemeente (info@gemeente.nl)");
        let text = serde_json::to_string_pretty(&json).unwrap();
        let checked = check_publishable(&text);
        assert!(checked.checked.problems.is_empty(), "it loads: {:?}", checked.checked.problems);
        assert!(!checked.is_publishable());
        let found: Vec<(&str, &ProblemKind)> = checked.warnings.iter().map(|p| (p.path.as_str(), &p.kind)).collect();
        let last_source = json["sources"].as_array().unwrap().len() - 1;
        let uncited = format!("sources[{last_source}]");
        assert_eq!(
            found,
            [
                ("organisations[0].name", &ProblemKind::EmailAddress),
                ("projects[2].description.de", &ProblemKind::MissingTranslation { lang: "de" }),
                ("projects[3].description.en", &ProblemKind::MissingTranslation { lang: "en" }),
                (uncited.as_str(), &ProblemKind::UncitedSource),
            ]
        );
        // Each at its line of the file: the text, or, for the translation that is not there, its record.
        let line = |needle: &str| text[..text.find(needle).unwrap()].matches('\n').count() + 1;
        assert_eq!(checked.warnings[0].line, Some(line("Gemeente (info@")));
        assert_eq!(checked.warnings[3].line, Some(line("{\n      \"id\": \"nobody-cites\"")));
    }

    #[test]
    fn an_address_is_told_from_other_uses_of_the_at_sign() {
        assert!(has_email_address("mail naar secretariaat@regiotwente.nl."));
        assert!(!has_email_address("@twente op sociale media"));
        assert!(!has_email_address("prijs @ 5 euro"));
        assert!(!has_email_address("zie https://medium.com/@twente/post-1.2"));
        assert!(has_email_address("mailto:info@twente.nl"));
    }
}
