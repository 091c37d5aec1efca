//! A short, deterministic fuzz run in the test command: the promises of `investeren_in_twente::fuzz`
//! checked on mutated copies of the seed corpus (the fixtures and the bundled dataset). The long,
//! coverage-guided run is `scripts/fuzz.sh` (see docs/fuzzing.md).

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use investeren_in_twente::fuzz;
use proptest::prelude::*;
use serde_json::Value;

/// The seed corpus: every JSON fixture and the bundled dataset.
fn seeds() -> &'static [String] {
    static SEEDS: OnceLock<Vec<String>> = OnceLock::new();
    SEEDS.get_or_init(|| {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut files: Vec<PathBuf> = vec![root.join("public/data/investeren-in-twente.json")];
        for dir in ["tests/fixtures", "tests/fixtures/bad"] {
            let mut found: Vec<PathBuf> = std::fs::read_dir(root.join(dir))
                .expect("fixture folder")
                .map(|entry| entry.expect("fixture entry").path())
                .filter(|path| path.extension().is_some_and(|e| e == "json") && !path.ends_with("expected.json"))
                .collect();
            found.sort();
            files.extend(found);
        }
        // Text only: the corpus's file in another encoding is for the check of bytes, not of text.
        files.iter().filter_map(|path| String::from_utf8(std::fs::read(path).expect("seed file")).ok()).collect()
    })
}

/// The seeds that load: structural mutations of these reach both the validator's refusals and,
/// when the change keeps the dataset valid, every view's logic on odd but legal data.
fn loadable_seeds() -> &'static [String] {
    static LOADABLE: OnceLock<Vec<String>> = OnceLock::new();
    LOADABLE.get_or_init(|| {
        seeds().iter().filter(|s| investeren_in_twente::core::load::load_dataset(s).is_ok()).cloned().collect()
    })
}

/// Text of the same kind as a string it replaces, so the dataset often stays valid.
fn odd_text(choice: u8) -> Value {
    let options = [
        "",
        " ",
        "Ĳsselmonde – “quoted” & <b>bold</b>",
        "\u{202e}reversed\u{202c} 😀",
        "ÀÉÎÕÜ ßẞ ÆØÅ",
        "a",
        "2019",
        "https://example.org/?a=1&b=<2>",
    ];
    Value::String(options[choice as usize % options.len()].to_string())
}

/// Values a mutation can put anywhere in a dataset: other types, edge numbers, hostile and odd text,
/// references to nothing, deep nesting.
fn replacement(choice: u8) -> Value {
    let deep = (0..40).fold(Value::Null, |inner, _| Value::Array(vec![inner]));
    let options = [
        Value::Null,
        Value::Bool(true),
        serde_json::json!(0),
        serde_json::json!(-1),
        serde_json::json!(1.5),
        serde_json::json!(9_007_199_254_740_993_u64),
        serde_json::json!(1e300),
        serde_json::json!(""),
        serde_json::json!(" "),
        serde_json::json!("nobody"),
        serde_json::json!("2020-13-45"),
        serde_json::json!("2019-02"),
        serde_json::json!("javascript:alert(1)"),
        serde_json::json!("<img src=x onerror=alert(1)>"),
        serde_json::json!("\u{202e}\u{0}\u{fffd}😀 Ĳsselmonde"),
        serde_json::json!("x".repeat(5000)),
        serde_json::json!([]),
        serde_json::json!({}),
        serde_json::json!({ "nl": "", "en": null }),
        deep,
    ];
    options[choice as usize % options.len()].clone()
}

/// Walks to the `pick`-th node (pre-order, wrapping) and applies one structural mutation there.
fn mutate(value: &mut Value, pick: usize, op: u8, choice: u8) {
    let mut nodes = 0usize;
    count(value, &mut nodes);
    let mut target = pick % nodes.max(1);
    mutate_at(value, &mut target, op, choice);
}

fn count(value: &Value, n: &mut usize) {
    *n += 1;
    match value {
        Value::Array(items) => items.iter().for_each(|v| count(v, n)),
        Value::Object(map) => map.values().for_each(|v| count(v, n)),
        _ => {}
    }
}

fn mutate_at(value: &mut Value, target: &mut usize, op: u8, choice: u8) -> bool {
    if *target == 0 {
        match (op % 6, &mut *value) {
            // Duplicate an element: duplicate ids, repeated references.
            (0, Value::Array(items)) if !items.is_empty() => {
                let copy = items[choice as usize % items.len()].clone();
                items.push(copy);
            }
            // Duplicate a record under a new id: a legal dataset with near-identical records.
            (1, Value::Array(items)) if !items.is_empty() => {
                let mut copy = items[choice as usize % items.len()].clone();
                if let Some(Value::String(id)) = copy.get_mut("id") {
                    id.push_str("-copy");
                }
                items.insert(choice as usize % (items.len() + 1), copy);
            }
            // Same kind, odd value: strange text, edge numbers.
            (3, Value::String(_)) => *value = odd_text(choice),
            (3, Value::Number(_)) => *value = serde_json::json!([0.0, 1.0, 100.0, 0.5, 1e15][choice as usize % 5]),
            // Remove an element or a field: missing required fields, empty collections.
            (4, Value::Array(items)) if !items.is_empty() => {
                items.remove(choice as usize % items.len());
            }
            (4, Value::Object(map)) if !map.is_empty() => {
                let key = map.keys().nth(choice as usize % map.len()).cloned().unwrap_or_default();
                map.remove(&key);
            }
            // Add a field the format does not have.
            (2, Value::Object(map)) => {
                map.insert("unexpected_field".into(), replacement(choice));
            }
            _ => *value = replacement(choice),
        }
        return true;
    }
    *target -= 1;
    match value {
        Value::Array(items) => items.iter_mut().any(|v| mutate_at(v, target, op, choice)),
        Value::Object(map) => map.values_mut().any(|v| mutate_at(v, target, op, choice)),
        _ => false,
    }
}

/// Byte-level damage: overwrite, cut, insert, or splice in part of another seed.
fn damage(bytes: &mut Vec<u8>, at: usize, op: u8, data: &[u8], other: &str) {
    if bytes.is_empty() {
        bytes.extend_from_slice(data);
        return;
    }
    let at = at % bytes.len();
    match op % 4 {
        0 => bytes.truncate(at),
        1 => {
            for (i, b) in data.iter().enumerate() {
                if let Some(slot) = bytes.get_mut(at + i) {
                    *slot = *b;
                }
            }
        }
        2 => {
            let tail = bytes.split_off(at);
            bytes.extend_from_slice(data);
            bytes.extend_from_slice(&tail);
        }
        _ => {
            let other = other.as_bytes();
            let from = at % other.len().max(1);
            let piece = &other[from..(from + 64).min(other.len())];
            let tail = bytes.split_off(at);
            bytes.extend_from_slice(piece);
            bytes.extend_from_slice(&tail);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1000, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn structurally_mutated_datasets_are_loaded_or_refused_with_reasons(
        seed in any::<prop::sample::Index>(),
        mutations in prop::collection::vec((any::<usize>(), any::<u8>(), any::<u8>()), 1..4),
    ) {
        let seed = seed.get(loadable_seeds());
        let mut value: Value = serde_json::from_str(seed).unwrap_or(Value::Null);
        for (pick, op, choice) in mutations {
            mutate(&mut value, pick, op, choice);
        }
        fuzz::dataset(value.to_string().as_bytes());
    }

    #[test]
    fn damaged_bytes_are_refused_with_a_located_reason(
        seed in any::<prop::sample::Index>(),
        other in any::<prop::sample::Index>(),
        edits in prop::collection::vec((any::<usize>(), any::<u8>(), prop::collection::vec(any::<u8>(), 0..12)), 1..4),
    ) {
        let mut bytes = seed.get(seeds()).as_bytes().to_vec();
        for (at, op, data) in edits {
            damage(&mut bytes, at, op, &data, other.get(seeds()).as_str());
        }
        fuzz::dataset(&bytes);
    }

    #[test]
    fn every_address_leads_back_to_itself_when_shared(
        pairs in prop::collection::vec(
            (
                prop::sample::select(vec!["view", "project", "id", "ids", "of", "q", "programme", "line", "status",
                    "not-status", "municipality", "partner", "sort", "page", "lang", "theme", "lock", "embed", "data", "x"]),
                "[a-z0-9 ,%&=+#?<>\"'-]{0,12}|projects|compare|lines|rdt|-amount|2",
            ),
            0..6,
        ),
        raw in "\\PC{0,40}",
    ) {
        let search: Vec<String> = pairs.iter().map(|(k, v)| format!("{k}={v}")).collect();
        fuzz::location(search.join("&").as_bytes());
        fuzz::location(raw.as_bytes());
    }
}

#[test]
fn the_seed_corpus_reaches_both_outcomes() {
    // Guards the run above against testing nothing: some seeds must load and some must be refused.
    let outcomes: Vec<bool> =
        seeds().iter().map(|s| investeren_in_twente::core::load::load_dataset(s).is_ok()).collect();
    assert!(outcomes.iter().filter(|ok| **ok).count() >= 2, "at least the bundled dataset and a fixture load");
    assert!(outcomes.iter().filter(|ok| !**ok).count() >= 20, "the bad fixtures are refused");
    for seed in seeds() {
        fuzz::dataset(seed.as_bytes());
    }
}
