//! `cargo run --bin import-csv -- DATASET.json projects.csv NEW.json`: applies the project list, as
//! the site offers it (`data/csv/projects.csv`) and edited in a spreadsheet, to the dataset it came
//! from, and writes the result to NEW.json (`core::import`). Prints what changed, or every problem
//! with its line and column in the spreadsheet. Exits 1 on a problem, 2 on a usage error.

use std::process::ExitCode;

use investeren_in_twente::core::import::projects_csv;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [dataset, csv, out] = args.as_slice() else {
        eprintln!("usage: import-csv DATASET.json projects.csv NEW.json");
        return ExitCode::from(2);
    };
    let read = |path: &str| -> Result<String, String> {
        let bytes = std::fs::read(path).map_err(|e| format!("{path}: cannot read: {e}"))?;
        String::from_utf8(bytes).map_err(|e| {
            let line = investeren_in_twente::core::load::not_utf8_line(&e);
            format!(
                "{path}: not UTF-8 text from line {line}; save it as \"CSV UTF-8\" (Excel) or with the encoding UTF-8"
            )
        })
    };
    let (dataset, csv) = match (read(dataset), read(csv)) {
        (Ok(dataset), Ok(csv)) => (dataset, csv),
        (Err(e), _) | (_, Err(e)) => {
            println!("{e}");
            return ExitCode::FAILURE;
        }
    };
    match projects_csv(&dataset, &csv) {
        Ok(imported) => {
            if let Err(e) = std::fs::write(out, &imported.text) {
                println!("{out}: cannot write: {e}");
                return ExitCode::FAILURE;
            }
            println!("{out}: written, {} project(s) changed", imported.changed.len());
            for (id, columns) in &imported.changed {
                println!("  {id}: {}", columns.join(", "));
            }
            println!(
                "Check it before publishing: the page \"Gegevens controleren\", or cargo run --bin validate -- {out}"
            );
            ExitCode::SUCCESS
        }
        Err(problems) => {
            println!("{} problem(s); nothing written", problems.len());
            problems.iter().for_each(|p| println!("  {p}"));
            ExitCode::FAILURE
        }
    }
}
