//! Host tests of the dataset loader and validator: the bundled dataset, and a corpus of bad files.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;
use std::path::Path;

use investeren_in_twente::core::check::{check_file, CheckReport};
use investeren_in_twente::core::load::{load_dataset, MAX_DATASET_BYTES};
use investeren_in_twente::core::problem::{Problem, ProblemKind};
use investeren_in_twente::core::publish::check_publishable;
use investeren_in_twente::core::text::Lang;
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

/// The template editors download from the page "Gegevens controleren" is a publishable dataset, with
/// one record of each kind an editor adds first.
#[test]
fn the_editors_template_is_publishable() {
    let checked = investeren_in_twente::core::publish::check_publishable(&read("public/dataset-template.json"));
    let problems: Vec<String> =
        checked.checked.problems.iter().chain(&checked.warnings).map(|p| p.to_string()).collect();
    assert!(checked.is_publishable(), "the template has problems:\n{}", problems.join("\n"));
    let dataset = checked.checked.dataset.unwrap();
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
    /// The line the message names (`null` where the file has none for it).
    line: Option<usize>,
    /// Whether a reader's app still shows the file (it breaks only rules of publication, or is in
    /// another encoding, which the browser decodes as it can).
    #[serde(default)]
    app_loads: bool,
}

/// The line a problem's message names: its value's, or, for a file that is not JSON, the error's.
fn line_named(problem: &Problem) -> Option<usize> {
    match problem.kind {
        ProblemKind::InvalidJson { line, .. }
        | ProblemKind::Truncated { line, .. }
        | ProblemKind::TooDeep { line, .. }
        | ProblemKind::NotUtf8 { line } => Some(line),
        _ => problem.line,
    }
}

/// One definition of "publishable": each file of tests/fixtures/bad (the common mistakes of
/// docs/dataset.md) is refused by the page "Gegevens controleren" (`check_file`) and by the
/// validator and the dataset tests (`check_publishable`) alike, with the expected problem at the
/// expected place and line; the reader's app refuses it too, unless it only breaks a rule of
/// publication. And the reverse: what both call publishable loads in the app.
#[test]
fn every_bad_fixture_is_refused_alike_by_the_check_page_and_the_validator_with_its_located_reason() {
    let expected: BTreeMap<String, Expected> = serde_json::from_str(&read("tests/fixtures/bad/expected.json")).unwrap();
    assert!(expected.len() >= 15, "the corpus must hold at least 15 bad datasets");
    let mut failures = Vec::new();
    for (name, want) in &expected {
        let bytes = std::fs::read(format!("tests/fixtures/bad/{name}.json")).unwrap();
        let report = check_file(bytes.clone(), None, Lang::Nl);
        assert!(!report.is_publishable(), "{name}: the check page calls it publishable");
        let problems: Vec<Problem> = match report {
            CheckReport::Invalid { records, .. } | CheckReport::Valid { warnings: records, .. } => {
                records.items.into_iter().flat_map(|r| r.problems).collect()
            }
            CheckReport::NotText => unreachable!("{name}: every file can be read"),
        };
        let found = problems
            .iter()
            .any(|p| p.path == want.path && kind_name(&p.kind) == want.kind && line_named(p) == want.line);
        if !found {
            failures.push(format!(
                "{name}: wanted {} at `{}` line {:?}, got {problems:?}",
                want.kind, want.path, want.line
            ));
        }
        if let Ok(text) = String::from_utf8(bytes) {
            assert!(!check_publishable(&text).is_publishable(), "{name}: the validator calls it publishable");
            assert_eq!(load_dataset(&text).is_ok(), want.app_loads, "{name}: the app loads it: {}", !want.app_loads);
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    for good in [BUNDLED, "public/dataset-template.json"] {
        let bytes = std::fs::read(good).unwrap();
        assert!(check_file(bytes.clone(), None, Lang::Nl).is_publishable(), "{good}: the check page refuses it");
        let text = String::from_utf8(bytes).unwrap();
        assert!(check_publishable(&text).is_publishable(), "{good}: the validator refuses it");
        assert!(load_dataset(&text).is_ok());
    }
}

/// serde stops at the first value of the wrong type; the check reads each record on its own, so an
/// editor sees every record with a wrong value at once, each at its line, in the format's terms.
#[test]
fn wrong_values_in_several_records_are_all_reported_with_their_lines() {
    let text = read("tests/fixtures/minimal.json")
        .replacen("\"status\": \"implementation\"", "\"status\": \"lopend\"", 1)
        .replacen("\"eur\": 25000,", "\"eur\": 1500.5,", 1)
        .replacen("\"eur\": 1000,", "\"eur\": \"1.000\",", 1);
    let problems = check_publishable(&text).checked.problems;
    let line = |needle: &str| text[..text.find(needle).unwrap()].matches('\n').count() + 1;
    let found: Vec<(&str, Option<usize>, String)> =
        problems.iter().map(|p| (p.path.as_str(), p.line, p.kind.to_string())).collect();
    assert_eq!(
        found,
        [
            (
                "programmes[0].funders[0].eur",
                Some(line("\"1.000\"")),
                "expected a whole number (euros without cents), found \"1.000\"".to_string()
            ),
            (
                "projects[0].status",
                Some(line("\"lopend\"")),
                "`lopend` is not allowed here; allowed: pipeline, implementation, finalisation, closed, cancelled, suspended"
                    .to_string()
            ),
        ],
        "one problem per record, in the order of the file (the second wrong value of projects[0] shows once the first is fixed)"
    );
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

/// The way back from a spreadsheet, as docs/dataset.md gives it: the project list the site offers,
/// edited, through `import-csv` into a new dataset file that the check calls publishable; a wrong
/// cell is refused with its line and column, and nothing is written.
#[cfg(feature = "import")]
#[test]
fn the_documented_route_back_from_a_spreadsheet_works() {
    let dir = std::env::temp_dir().join(format!("import-csv-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let dataset = load_dataset(&read(BUNDLED)).unwrap();
    let csv = investeren_in_twente::core::downloads::list_csv(&dataset, "projects");
    let (edited, wrong, out) = (dir.join("projects.csv"), dir.join("wrong.csv"), dir.join("new.json"));
    std::fs::write(&edited, csv.replacen(";TalentIT;", ";TalentIT Twente;", 1)).unwrap();
    let run = |csv: &Path| {
        std::process::Command::new(env!("CARGO_BIN_EXE_import-csv")).arg(BUNDLED).arg(csv).arg(&out).output().unwrap()
    };
    let done = run(&edited);
    assert!(done.status.success(), "{}", String::from_utf8_lossy(&done.stdout));
    assert!(String::from_utf8_lossy(&done.stdout).contains("talentit: name"));
    let checked = check_publishable(&read(&out));
    assert!(checked.is_publishable());
    assert!(checked.checked.dataset.unwrap().projects.iter().any(|p| p.name == "TalentIT Twente"));
    std::fs::remove_file(&out).unwrap();
    std::fs::write(&wrong, csv.replacen(";TalentIT;project;", ";TalentIT;projekt;", 1)).unwrap();
    let refused = run(&wrong);
    assert_eq!(refused.status.code(), Some(1));
    let said = String::from_utf8_lossy(&refused.stdout);
    assert!(said.contains("(talentit), projects[") && said.contains("`projekt` is not allowed here"), "{said}");
    assert!(!out.exists(), "nothing is written");
    std::fs::remove_dir_all(&dir).unwrap();
}
