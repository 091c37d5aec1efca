//! The patched tachys in `vendor/` is the one the build uses, at the version `Cargo.lock` asks for,
//! with its patch applied (vendor/README.md). An upgrade of Leptos that leaves it behind fails here
//! instead of silently bringing back 22 KB of code for every reader.
#![cfg(not(target_arch = "wasm32"))]

fn read(path: &str) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The `[[package]]` entry of `name` in Cargo.lock, as text.
fn locked(lock: &str, name: &str) -> String {
    let start = lock.find(&format!("\nname = \"{name}\"\n")).unwrap_or_else(|| panic!("{name} is in Cargo.lock"));
    let rest = &lock[start + 1..];
    rest[..rest.find("\n\n").unwrap_or(rest.len())].to_string()
}

#[test]
fn the_build_uses_the_vendored_tachys_with_its_patch() {
    let entry = locked(&read("Cargo.lock"), "tachys");
    assert!(
        !entry.contains("source = "),
        "Cargo.lock takes tachys from a registry, not from vendor/tachys: the patch in Cargo.toml no longer applies \
         (a Leptos upgrade?); run scripts/vendor-tachys.sh (vendor/README.md)\n{entry}"
    );
    let manifest = read("vendor/tachys/Cargo.toml");
    let version = entry.lines().find_map(|l| l.strip_prefix("version = ")).unwrap();
    assert!(manifest.contains(&format!("\nversion = {version}\n")), "vendor/tachys is tachys {version}");

    let patched = read("vendor/tachys/src/view/any_view.rs") + &read("vendor/tachys/Cargo.toml");
    let patch = read("vendor/tachys.patch");
    let added: Vec<&str> = patch
        .lines()
        .filter_map(|l| l.strip_prefix('+').filter(|l| !l.starts_with("++")))
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    assert!(added.len() > 5, "vendor/tachys.patch adds lines");
    for line in added {
        assert!(patched.contains(line), "vendor/tachys.patch is applied: {line:?} is missing");
    }
}
