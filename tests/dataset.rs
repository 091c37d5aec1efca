//! Host tests of the dataset loader and validator: the bundled dataset, and a corpus of bad files.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;
use std::path::Path;

use investeren_in_twente::core::load::{load_dataset, MAX_DATASET_BYTES};
use investeren_in_twente::core::problem::ProblemKind;
use serde::Deserialize;

mod common;
use common::{bundled_json, each_object, BUNDLED};

fn read(path: impl AsRef<Path>) -> String {
    std::fs::read_to_string(path.as_ref()).unwrap_or_else(|e| panic!("{}: {e}", path.as_ref().display()))
}

#[test]
fn the_bundled_dataset_loads_and_validates_clean() {
    let dataset = load_dataset(&read(BUNDLED)).unwrap_or_else(|problems| {
        panic!("bundled dataset has problems:\n{}", problems.iter().map(|p| format!("  {p}\n")).collect::<String>())
    });
    assert!(dataset.projects.len() >= 16);
    assert!(dataset.project("twents-fonds-voor-vakmanschap").is_some());
    assert_eq!(dataset.action_lines.len(), 4);
    assert_eq!(dataset.municipalities.len(), 14);
}

#[test]
fn the_minimal_fixture_is_valid() {
    let dataset = load_dataset(&read("tests/fixtures/minimal.json")).expect("minimal fixture is valid");
    assert_eq!(dataset.projects.len(), 2);
}

/// The template editors download from the page "Gegevens controleren" is a valid dataset, with one
/// record of each kind an editor adds first.
#[test]
fn the_editors_template_is_valid() {
    let dataset = load_dataset(&read("public/dataset-template.json")).unwrap_or_else(|problems| {
        panic!("the template has problems:\n{}", problems.iter().map(|p| format!("  {p}\n")).collect::<String>())
    });
    assert_eq!(dataset.projects.len(), 1);
    assert_eq!(dataset.programmes.len(), 1);
    assert_eq!(dataset.action_lines.len(), 1);
}

/// Every JSON object of the bundled dataset that holds a number also names its source.
#[test]
fn every_number_in_the_bundled_dataset_has_a_source() {
    let mut missing = Vec::new();
    each_object(&bundled_json(), "", &mut |object, path| {
        let has_number = object.values().any(|v| v.is_number());
        let has_source = object.get("source").and_then(|s| s.as_str()).is_some_and(|s| !s.is_empty());
        if has_number && !has_source {
            missing.push(path.to_string());
        }
    });
    assert!(missing.is_empty(), "numbers without a source at: {missing:#?}");
}

#[derive(Deserialize)]
struct Expected {
    path: String,
    kind: String,
}

/// Each file of tests/fixtures/bad is rejected, and its first problem has the expected path and kind.
#[test]
fn every_bad_fixture_is_rejected_with_its_located_reason() {
    let expected: BTreeMap<String, Expected> = serde_json::from_str(&read("tests/fixtures/bad/expected.json")).unwrap();
    assert!(expected.len() >= 15, "the corpus must hold at least 15 bad datasets");
    let mut failures = Vec::new();
    for (name, want) in &expected {
        let text = read(format!("tests/fixtures/bad/{name}.json"));
        match load_dataset(&text) {
            Ok(_) => failures.push(format!("{name}: accepted")),
            Err(problems) => {
                let found = problems.iter().any(|p| p.path == want.path && kind_name(&p.kind) == want.kind);
                if !found {
                    failures.push(format!("{name}: wanted {} at `{}`, got {problems:?}", want.kind, want.path));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The variant name of a problem kind (`MissingField`), as the expectations file writes it.
fn kind_name(kind: &ProblemKind) -> String {
    let debug = format!("{kind:?}");
    debug.split([' ', '{', '(']).next().unwrap_or_default().to_string()
}

#[test]
fn every_fixture_file_is_listed_in_the_expectations() {
    let expected: BTreeMap<String, Expected> = serde_json::from_str(&read("tests/fixtures/bad/expected.json")).unwrap();
    for entry in std::fs::read_dir("tests/fixtures/bad").unwrap() {
        let name = entry.unwrap().file_name().into_string().unwrap();
        if let Some(stem) = name.strip_suffix(".json") {
            assert!(stem == "expected" || expected.contains_key(stem), "{name} has no expectation");
        }
    }
}

#[test]
fn a_file_over_the_size_limit_is_refused_before_parsing() {
    let text = format!("{{\"schema_version\": \"1.0\", \"padding\": \"{}\"}}", " ".repeat(MAX_DATASET_BYTES));
    let problems = load_dataset(&text).unwrap_err();
    assert!(matches!(problems[0].kind, ProblemKind::TooLarge { .. }), "{problems:?}");
}

#[test]
fn a_byte_order_mark_is_tolerated() {
    let text = format!("\u{feff}{}", read("tests/fixtures/minimal.json"));
    assert!(load_dataset(&text).is_ok());
}

#[test]
fn every_problem_is_reported_not_only_the_first() {
    let mut value: serde_json::Value = serde_json::from_str(&read("tests/fixtures/minimal.json")).unwrap();
    value["projects"][0]["action_lines"] = serde_json::json!(["nope"]);
    value["projects"][1]["id"] = serde_json::json!("creeren");
    value["sources"][1]["url"] = serde_json::json!("ftp://example.org");
    let problems = load_dataset(&value.to_string()).unwrap_err();
    let paths: Vec<&str> = problems.iter().map(|p| p.path.as_str()).collect();
    for path in ["projects[0].action_lines[0]", "projects[1].id", "sources[1].url"] {
        assert!(paths.contains(&path), "{path} missing from {paths:?}");
    }
}

#[test]
fn a_source_reference_shows_the_source_title_and_an_unknown_id_as_itself() {
    let dataset = load_dataset(&read(BUNDLED)).expect("the bundled dataset loads");
    let source = &dataset.sources[0];
    assert_eq!(dataset.source_title(&source.id), source.title);
    assert_eq!(dataset.source_title("bestaat-niet"), "bestaat-niet");
}
