//! Tests of the project's own scripts: what they report when the tool they drive fails.
#![cfg(not(target_arch = "wasm32"))]

use std::path::PathBuf;
use std::process::Command;

/// Writes a stand-in fuzzer that prints `output` and exits with `status`.
fn fake_fuzzer(name: &str, output: &str, status: i32) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("fake-fuzzers");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, format!("#!/bin/sh\necho '{output}'\nexit {status}\n")).unwrap();
    Command::new("chmod").arg("+x").arg(&path).status().unwrap();
    path
}

fn fuzz_sh(runner: &PathBuf) -> std::process::Output {
    Command::new("bash")
        .args(["scripts/fuzz.sh", "1", "location"])
        .env("FUZZ_RUNNER", runner)
        .output()
        .expect("bash runs scripts/fuzz.sh")
}

/// One test for both cases: the script rebuilds its seed folder, so two runs at once would race.
#[test]
fn the_fuzz_script_fails_on_a_crash_and_passes_a_clean_run() {
    let crashing = fake_fuzzer("crashing", "==1== ERROR: libFuzzer: deadly signal", 77);
    let output = fuzz_sh(&crashing);
    let said = format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
    assert_eq!(output.status.code(), Some(77), "{said}");
    assert!(said.contains("with status 77"), "{said}");
    assert!(said.contains("ERROR: libFuzzer: deadly signal"), "the crash line is shown: {said}");

    // A clean run passes even when no line of its output matches the summary's filter.
    let quiet = fake_fuzzer("quiet", "nothing of interest", 0);
    let output = fuzz_sh(&quiet);
    assert!(
        output.status.success(),
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}
