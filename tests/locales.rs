//! The interface texts exist in Dutch, English and German with the same keys and the same variables.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};

/// Flattens a locale file into `key.sub -> text`.
fn flatten(prefix: &str, value: &serde_json::Value, out: &mut BTreeMap<String, String>) {
    match value {
        serde_json::Value::Object(map) => {
            for (key, child) in map {
                let path = if prefix.is_empty() { key.clone() } else { format!("{prefix}.{key}") };
                flatten(&path, child, out);
            }
        }
        // Ranges (`[["1 project", 1], ["{{ count }} projects", "_"]]`) flatten by position.
        serde_json::Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                flatten(&format!("{prefix}[{i}]"), item, out);
            }
        }
        serde_json::Value::String(text) => {
            out.insert(prefix.to_string(), text.clone());
        }
        other => {
            out.insert(prefix.to_string(), other.to_string());
        }
    }
}

fn locale(tag: &str) -> BTreeMap<String, String> {
    let text = std::fs::read_to_string(format!("locales/{tag}.json")).unwrap();
    let mut out = BTreeMap::new();
    flatten("", &serde_json::from_str(&text).unwrap(), &mut out);
    out
}

/// The `{name}` parts of a text, which the app fills in (`core::text::fill`).
fn variables(text: &str) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    for part in text.split('{').skip(1) {
        if let Some((name, _)) = part.split_once('}') {
            if !name.is_empty() && name.bytes().all(|b| b.is_ascii_lowercase() || b == b'_') {
                found.insert(name.to_string());
            }
        }
    }
    found
}

/// One way to fill a text: `{name}`, by core::text::fill. A `{{ name }}` would be leptos_i18n's
/// interpolation, which the build no longer sets up (build.rs), and would show as written.
#[test]
fn texts_have_their_parts_written_for_fill() {
    for tag in ["nl", "en", "de"] {
        let doubled: Vec<String> = locale(tag).into_iter().filter(|(_, t)| t.contains("{{")).map(|(k, _)| k).collect();
        assert!(doubled.is_empty(), "{tag}: {doubled:?} use {{{{ name }}}}; write {{name}} (core::text::fill)");
    }
}

#[test]
fn every_key_exists_in_every_language_with_the_same_variables() {
    let dutch = locale("nl");
    assert!(dutch.len() > 50);
    for tag in ["en", "de"] {
        let other = locale(tag);
        let missing: Vec<&String> = dutch.keys().filter(|k| !other.contains_key(*k)).collect();
        let extra: Vec<&String> = other.keys().filter(|k| !dutch.contains_key(*k)).collect();
        assert!(missing.is_empty(), "{tag} lacks keys {missing:?}");
        assert!(extra.is_empty(), "{tag} has keys Dutch lacks {extra:?}");
        for (key, text) in &dutch {
            assert_eq!(variables(text), variables(&other[key]), "variables of `{key}` differ in {tag}");
            assert!(!other[key].trim().is_empty(), "`{key}` is empty in {tag}");
        }
    }
}
