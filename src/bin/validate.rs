//! `cargo run --bin validate -- FILE [FILE ...]`: checks dataset files the way the app does and
//! prints every problem with its JSON path. Exits 1 when any file has a problem, 2 on a usage error.

use std::process::ExitCode;

use investeren_in_twente::core::load::load_dataset;

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
                    println!("{file}: not UTF-8 text (byte {})", e.utf8_error().valid_up_to());
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
        match load_dataset(&text) {
            Ok(dataset) => println!("{file}: valid ({} projects)", dataset.projects.len()),
            Err(problems) => {
                failed = true;
                println!("{file}: {} problem(s)", problems.len());
                for problem in problems {
                    println!("  {problem}");
                }
            }
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
