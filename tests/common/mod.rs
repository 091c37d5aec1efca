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
