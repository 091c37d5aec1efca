//! `cargo run --bin validate -- FILE [FILE ...]`: checks dataset files for publication, as the page
//! "Gegevens controleren" does (`core::publish`), and prints every problem with its line and JSON
//! path. Exits 1 when any file is not publishable, 2 on a usage error.

use std::process::ExitCode;

use investeren_in_twente::core::publish::check_publishable;

fn main() -> ExitCode {
    let files: Vec<String> = std::env::args().skip(1).collect();
    if files.is_empty() {
        eprintln!("usage: validate FILE [FILE ...]");
        return ExitCode::from(2);
    }
    let mut failed = false;
    for file in &files {
        let text = match std::fs::read(file) {
            Ok(bytes) => match String::from_utf8(bytes) {
                Ok(text) => text,
                Err(e) => {
                    let line = investeren_in_twente::core::load::not_utf8_line(&e);
                    println!("{file}: not UTF-8 text from line {line}; save it as UTF-8");
                    failed = true;
                    continue;
                }
            },
            Err(e) => {
                println!("{file}: cannot read: {e}");
                failed = true;
                continue;
            }
        };
        let checked = check_publishable(&text);
        match &checked.checked.dataset {
            Some(dataset) if checked.is_publishable() => {
                println!("{file}: publishable ({} projects)", dataset.projects.len())
            }
            Some(_) if checked.checked.problems.is_empty() => {
                failed = true;
                println!("{file}: valid, but not yet publishable: {} point(s)", checked.warnings.len());
                checked.warnings.iter().for_each(|problem| println!("  {problem}"));
            }
            _ => {
                failed = true;
                println!("{file}: {} problem(s)", checked.checked.problems.len());
                checked.checked.problems.iter().for_each(|problem| println!("  {problem}"));
            }
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
