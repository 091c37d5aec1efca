//! Money is whole euros wherever it appears: the integer `eur` fields of budgets and funding by their
//! type, and every figure with the unit `eur` (key figures, finance points, indicators, results) by
//! the validator.
#![cfg(not(target_arch = "wasm32"))]

use investeren_in_twente::core::load::load_dataset;
use investeren_in_twente::core::model::Unit;
use investeren_in_twente::core::problem::ProblemKind;
use serde_json::{json, Value};

mod common;
use common::bundled_dataset;

fn minimal() -> Value {
    serde_json::from_str(&std::fs::read_to_string("tests/fixtures/minimal.json").unwrap()).unwrap()
}

/// The paths of the problems the dataset has, each with whether it is an implausible number.
fn problems(value: &Value) -> Vec<(String, bool)> {
    match load_dataset(&value.to_string()) {
        Ok(_) => Vec::new(),
        Err(problems) => {
            problems.into_iter().map(|p| (p.path, matches!(p.kind, ProblemKind::ImplausibleNumber { .. }))).collect()
        }
    }
}

#[test]
fn a_fraction_of_a_euro_is_caught_wherever_money_appears() {
    let label = json!({ "nl": "bedrag" });
    let mut value = minimal();
    value["key_figures"] = json!([
        { "id": "a", "label": label, "value": 7.5, "of": 30.25, "unit": "eur", "source": "report" },
        { "id": "b", "label": label, "value": 7.5, "unit": "count", "source": "report" }
    ]);
    value["finance_series"] = json!([{
        "id": "c", "programme": "rdt", "title": label, "unit": "eur", "values_in_source": true, "source": "report",
        "points": [{ "label": label, "value": 1.5, "source": "report" }, { "label": label, "value": 2, "source": "report" }]
    }]);
    value["indicators"] = json!([{
        "id": "d", "theme": label, "label": label, "value": 0.5, "national_value": 1.25, "unit": "eur",
        "period": label, "source": "report"
    }]);
    value["projects"][0]["results"][0]["unit"] = json!("eur");
    value["projects"][0]["results"][0]["value"] = json!(12.01);
    let mut found = problems(&value);
    found.sort();
    let want: Vec<(String, bool)> = [
        "finance_series[0].points[0].value",
        "indicators[0].national_value",
        "indicators[0].value",
        "key_figures[0].of",
        "key_figures[0].value",
        "projects[0].results[0].value",
    ]
    .iter()
    .map(|p| (p.to_string(), true))
    .collect();
    assert_eq!(found, want, "a count may be a fraction (an average), money may not");
}

#[test]
fn whole_euros_pass() {
    let mut value = minimal();
    value["key_figures"] =
        json!([{ "id": "a", "label": { "nl": "x" }, "value": 7.0, "of": 30000000, "unit": "eur", "source": "report" }]);
    assert_eq!(problems(&value), Vec::new());
}

#[test]
fn every_money_figure_of_the_bundled_dataset_is_whole_euros() {
    let dataset = bundled_dataset();
    let whole = |v: Option<f64>| v.is_none_or(|v| v.fract() == 0.0);
    for k in dataset.key_figures.iter().filter(|k| k.unit == Unit::Eur) {
        assert!(whole(k.value) && whole(k.of), "key figure {}", k.id);
    }
}
