//! Helpers shared by the host tests that read the bundled dataset as plain JSON.
// Each test file compiles this module on its own and uses part of it.
#![allow(dead_code)]

use serde_json::{Map, Value};

/// The bundled dataset's path, relative to the crate root (where cargo runs tests).
pub const BUNDLED: &str = "public/data/investeren-in-twente.json";

/// The bundled dataset's text.
pub fn bundled_text() -> String {
    std::fs::read_to_string(BUNDLED).unwrap_or_else(|e| panic!("{BUNDLED}: {e}"))
}

/// The bundled dataset, loaded and checked as the app does.
pub fn bundled_dataset() -> investeren_in_twente::core::model::Dataset {
    investeren_in_twente::core::load::load_dataset(&bundled_text()).unwrap_or_else(|p| panic!("{BUNDLED}: {p:?}"))
}

/// The bundled dataset as untyped JSON, so a test sees exactly what the file holds.
pub fn bundled_json() -> Value {
    serde_json::from_str(&bundled_text()).unwrap_or_else(|e| panic!("{BUNDLED}: {e}"))
}

/// Calls `visit` with every JSON object in `value` and its path (`.projects[3].funding[0]`).
pub fn each_object(value: &Value, path: &str, visit: &mut impl FnMut(&Map<String, Value>, &str)) {
    match value {
        Value::Object(map) => {
            visit(map, path);
            for (key, child) in map {
                each_object(child, &format!("{path}.{key}"), visit);
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                each_object(child, &format!("{path}[{i}]"), visit);
            }
        }
        _ => {}
    }
}

/// The words of a text as the tests against the report's text compare them: lowercased, split on
/// everything but letters and digits (`char::is_alphanumeric`, so diacritics count as letters).
pub fn words(text: &str) -> Vec<String> {
    text.to_lowercase().split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_string).collect()
}

/// 64-bit FNV-1a.
pub fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &b| (hash ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3))
}

/// Every string of a JSON value with its path (`projects[1].description.nl`).
pub fn each_string<'a>(value: &'a Value, path: &str, out: &mut Vec<(String, &'a str)>) {
    match value {
        Value::String(s) => out.push((path.to_string(), s)),
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                each_string(item, &format!("{path}[{i}]"), out);
            }
        }
        Value::Object(map) => {
            for (key, child) in map {
                let child_path = if path.is_empty() { key.clone() } else { format!("{path}.{key}") };
                each_string(child, &child_path, out);
            }
        }
        _ => {}
    }
}
