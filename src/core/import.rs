//! The way back from a spreadsheet: the project list as the site offers it (`data/csv/projects.csv`,
//! the explorer's CSV export), edited in Excel or LibreOffice, applied to the dataset it came from.
//! Only the columns that are a project's own fields come back; the others are derived (the names of
//! the lead and partners, dates from the dated events, sums, the sources' addresses) and are left as
//! the dataset has them. A changed Dutch text drops its English and German translations, which no
//! longer say the same: the check for publication then asks for new ones. `cargo run --bin
//! import-csv` runs it (docs/dataset.md, "Edit the project list in a spreadsheet").

use serde_json::Value;

use super::load::{check_every_record, load_dataset};

/// The columns of the project list that are written back, in the export's order.
pub const EDITABLE: [&str; 9] = [
    "name",
    "kind",
    "programmes",
    "action_lines",
    "status",
    "municipalities",
    "location",
    "cross_border",
    "description_nl",
];

/// What applying a spreadsheet gave: the new dataset and what changed.
#[derive(Debug)]
pub struct Imported {
    /// The dataset with the spreadsheet's changes, as JSON (two-space indentation).
    pub text: String,
    /// Per changed project: its id and the columns that changed.
    pub changed: Vec<(String, Vec<&'static str>)>,
}

/// Applies the edited project list `csv` to the dataset `dataset`. Every problem is given with the
/// spreadsheet's line and column (`projects.csv line 5 (talentit), column status: …`).
pub fn projects_csv(dataset: &str, csv: &str) -> Result<Imported, Vec<String>> {
    let loaded = load_dataset(dataset)
        .map_err(|problems| problems.iter().map(|p| format!("the dataset: {p}")).collect::<Vec<_>>())?;
    let mut json: Value = serde_json::from_str(dataset.strip_prefix('\u{feff}').unwrap_or(dataset))
        .map_err(|e| vec![format!("the dataset: {e}")])?;
    let csv = csv.strip_prefix('\u{feff}').unwrap_or(csv);
    // Dutch spreadsheets write `;`, others `,`: the header line says which.
    let header_line = csv.lines().next().unwrap_or_default();
    let delimiter = if header_line.matches(';').count() >= header_line.matches(',').count() { b';' } else { b',' };
    let mut reader = csv::ReaderBuilder::new().delimiter(delimiter).flexible(true).from_reader(csv.as_bytes());
    let header: Vec<String> = match reader.headers() {
        Ok(h) => h.iter().map(|c| c.trim().to_string()).collect(),
        Err(e) => return Err(vec![format!("projects.csv: {e}")]),
    };
    let Some(id_column) = header.iter().position(|h| h == "id") else {
        return Err(vec!["projects.csv line 1: no column `id` (the first line must be the export's header)".into()]);
    };
    let mut problems = Vec::new();
    let mut changed = Vec::new();
    // The spreadsheet's line of each project, to locate what the validator finds afterwards.
    let mut lines: Vec<(String, u64)> = Vec::new();
    for record in reader.records() {
        let record = match record {
            Ok(record) => record,
            Err(e) => {
                problems.push(format!("projects.csv: {e}"));
                continue;
            }
        };
        let line = record.position().map_or(0, |p| p.line());
        let id = record.get(id_column).unwrap_or_default().trim().to_string();
        if id.is_empty() && record.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        // A short row would read as emptied cells, and so as unknown values.
        if record.len() != header.len() {
            problems.push(format!(
                "projects.csv line {line}: {} cells, where the first line names {} columns",
                record.len(),
                header.len()
            ));
            continue;
        }
        // Two rows of one project: which one holds?
        if let Some((_, first)) = lines.iter().find(|(seen, _)| *seen == id) {
            problems.push(format!("projects.csv line {line}: `{id}` is on line {first} too; keep one row per project"));
            continue;
        }
        let Some(index) = loaded.projects.iter().position(|p| p.id == id) else {
            problems.push(format!(
                "projects.csv line {line}: `{id}` is not the id of a project in the dataset (add a new project in the JSON file)"
            ));
            continue;
        };
        lines.push((id.clone(), line));
        let now: Vec<String> = super::export::csv_row(&loaded, &loaded.projects[index]).into();
        let project = &mut json["projects"][index];
        let mut columns = Vec::new();
        for column in EDITABLE {
            let (Some(at), Some(exported)) = (header.iter().position(|h| h == column), export_column(column)) else {
                continue;
            };
            let cell = record.get(at).unwrap_or_default().trim();
            if cell == now[exported].trim() {
                continue;
            }
            match apply(project, column, cell, &loaded) {
                Ok(()) => columns.push(column),
                Err(why) => problems.push(format!("projects.csv line {line} ({id}), column {column}: {why}")),
            }
        }
        if !columns.is_empty() {
            changed.push((id, columns));
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let text = serde_json::to_string_pretty(&json).map_err(|e| vec![e.to_string()])? + "\n";
    // The validator's problems, located in the spreadsheet where they are in a project it changed.
    let checked = check_every_record(&text);
    if !checked.problems.is_empty() {
        return Err(checked
            .problems
            .iter()
            .map(|p| {
                let index: Option<usize> =
                    p.path.strip_prefix("projects[").and_then(|r| r.split(']').next()).and_then(|i| i.parse().ok());
                let at = index.and_then(|i| loaded.projects.get(i)).and_then(|project| {
                    lines
                        .iter()
                        .find(|(id, _)| *id == project.id)
                        .map(|(id, line)| format!("projects.csv line {line} ({id}), "))
                });
                format!("{}{}: {}", at.unwrap_or_default(), p.path, p.kind)
            })
            .collect());
    }
    Ok(Imported { text, changed })
}

/// The position of an editable column in the export's row.
fn export_column(column: &str) -> Option<usize> {
    super::export::CSV_COLUMNS.iter().position(|c| *c == column)
}

/// Writes one edited cell into the project's record.
fn apply(project: &mut Value, column: &str, cell: &str, dataset: &super::model::Dataset) -> Result<(), String> {
    let list = |cell: &str| -> Vec<Value> {
        cell.split(',').map(str::trim).filter(|v| !v.is_empty()).map(|v| Value::from(v.to_string())).collect()
    };
    let or_null = |cell: &str| if cell.is_empty() { Value::Null } else { Value::from(cell.to_string()) };
    let value = match column {
        "name" => Value::from(cell.to_string()),
        "kind" | "status" => or_null(cell),
        "programmes" if cell.is_empty() => Value::Null,
        "programmes" | "action_lines" => Value::Array(list(cell)),
        "municipalities" => {
            let mut ids = Vec::new();
            for name in cell.split(',').map(str::trim).filter(|n| !n.is_empty()) {
                let found = dataset.municipalities.iter().find(|m| m.name.eq_ignore_ascii_case(name) || m.id == name);
                match found {
                    Some(m) => ids.push(Value::from(m.id.clone())),
                    None => return Err(format!("`{name}` is not one of the municipalities of the dataset")),
                }
            }
            Value::Array(ids)
        }
        "cross_border" => match cell {
            "" => Value::Null,
            "yes" | "ja" | "true" => Value::Bool(true),
            "no" | "nee" | "false" => Value::Bool(false),
            other => return Err(format!("`{other}` is not yes, no or empty (unknown)")),
        },
        "location" if cell.is_empty() => Value::Null,
        "location" | "description_nl" => {
            let field = if column == "location" { "location" } else { "description" };
            // Translations of the old Dutch no longer say the same.
            let quote = project[field].get("quote").cloned();
            let mut text = serde_json::json!({ "nl": cell });
            if let Some(quote) = quote {
                text["quote"] = quote;
            }
            project[field] = text;
            return Ok(());
        }
        _ => return Ok(()),
    };
    let field = column;
    match value {
        Value::Null => {
            if let Some(record) = project.as_object_mut() {
                record.insert(field.to_string(), Value::Null);
            }
        }
        value => project[field] = value,
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bundled() -> (String, crate::core::model::Dataset) {
        let text = std::fs::read_to_string("public/data/investeren-in-twente.json").unwrap();
        let dataset = load_dataset(&text).unwrap();
        (text, dataset)
    }

    fn exported(dataset: &crate::core::model::Dataset) -> String {
        crate::core::downloads::list_csv(dataset, "projects")
    }

    /// The exported project list with `edits` (project position, column, new cell) made, and
    /// `extra` rows added, as a spreadsheet saves it (without the byte order mark).
    fn edited(dataset: &crate::core::model::Dataset, edits: &[(usize, &str, &str)], extra: &[&[&str]]) -> String {
        let csv = exported(dataset);
        let mut reader =
            csv::ReaderBuilder::new().delimiter(b';').from_reader(csv.trim_start_matches('\u{feff}').as_bytes());
        let header = reader.headers().unwrap().clone();
        let mut rows: Vec<Vec<String>> =
            reader.records().map(|r| r.unwrap().iter().map(String::from).collect()).collect();
        for (i, column, cell) in edits {
            let at = header.iter().position(|h| h == *column).unwrap();
            rows[*i][at] = cell.to_string();
        }
        let mut writer = csv::WriterBuilder::new().delimiter(b';').flexible(true).from_writer(Vec::new());
        writer.write_record(&header).unwrap();
        rows.iter().for_each(|r| writer.write_record(r).unwrap());
        extra.iter().for_each(|r| writer.write_record(*r).unwrap());
        String::from_utf8(writer.into_inner().unwrap()).unwrap()
    }

    #[test]
    fn every_column_written_back_is_a_column_of_the_export() {
        assert!(EDITABLE.iter().all(|column| export_column(column).is_some()));
    }

    #[test]
    fn the_project_list_as_exported_comes_back_without_a_change() {
        let (text, dataset) = bundled();
        let imported = projects_csv(&text, &exported(&dataset)).unwrap();
        assert!(imported.changed.is_empty(), "{:?}", imported.changed);
        let before: Value = serde_json::from_str(&text).unwrap();
        let after: Value = serde_json::from_str(&imported.text).unwrap();
        assert_eq!(before, after);
    }

    #[test]
    fn edited_cells_change_their_fields_and_a_new_dutch_text_drops_its_old_translations() {
        let (text, dataset) = bundled();
        let i = dataset.projects.iter().position(|p| p.id == "talentit").unwrap();
        let edited = edited(
            &dataset,
            &[
                (i, "status", "suspended"),
                (i, "municipalities", "Enschede, hengelo"),
                (i, "description_nl", "Een nieuwe beschrijving."),
                (i, "lead", "ignored: derived"),
            ],
            &[],
        );
        let imported = projects_csv(&text, &edited).unwrap();
        assert_eq!(imported.changed, [("talentit".to_string(), vec!["status", "municipalities", "description_nl"])]);
        let project = &load_dataset(&imported.text).unwrap().projects[i];
        assert_eq!(project.status.map(|s| s.code()), Some("suspended"));
        assert_eq!(project.municipalities, ["enschede", "hengelo"]);
        assert_eq!(project.description.nl, "Een nieuwe beschrijving.");
        assert_eq!((project.description.en.as_ref(), project.description.de.as_ref()), (None, None));
        assert_eq!(project.participants, dataset.projects[i].participants, "derived columns do not come back");
        // Not publishable until the translations are there again: the same rules say so.
        let publishable = crate::core::publish::check_publishable(&imported.text);
        assert!(publishable.warnings.iter().any(|w| w.path == format!("projects[{i}].description.en")));
    }

    /// With the field order kept (feature `import`, which the bin requires), the file is the same
    /// text but for the lines the spreadsheet changed.
    #[cfg(feature = "import")]
    #[test]
    fn the_file_changes_only_where_the_spreadsheet_did() {
        let (text, dataset) = bundled();
        assert_eq!(projects_csv(&text, &exported(&dataset)).unwrap().text, text);
        let i = dataset.projects.iter().position(|p| p.id == "talentit").unwrap();
        let new = projects_csv(&text, &edited(&dataset, &[(i, "name", "TalentIT Twente")], &[])).unwrap().text;
        let changed: Vec<(&str, &str)> = text.lines().zip(new.lines()).filter(|(a, b)| a != b).collect();
        assert_eq!(changed, [("      \"name\": \"TalentIT\",", "      \"name\": \"TalentIT Twente\",")]);
        assert_eq!(text.lines().count(), new.lines().count());
    }

    #[test]
    fn a_wrong_cell_is_named_by_its_line_and_column() {
        let (text, dataset) = bundled();
        let problems = projects_csv(&text, &edited(&dataset, &[(2, "status", "lopend")], &[])).unwrap_err();
        let id = &dataset.projects[2].id;
        // The header is line 1, so the third project is on line 4 (no cell of the export spans lines).
        let want = format!("projects.csv line 4 ({id}), projects[2].status: `lopend` is not allowed here");
        assert!(problems.iter().any(|p| p.starts_with(&want)), "{problems:?}");
        let i = dataset.projects.iter().position(|p| p.id == "talentit").unwrap();
        let problems = projects_csv(&text, &edited(&dataset, &[(i, "id", "bestaat-niet")], &[])).unwrap_err();
        let want = format!("projects.csv line {}: `bestaat-niet` is not the id", i + 2);
        assert!(problems.iter().any(|p| p.starts_with(&want)), "{problems:?}");
        let problems = projects_csv(&text, &edited(&dataset, &[(i, "cross_border", "misschien")], &[])).unwrap_err();
        let want =
            format!("projects.csv line {} (talentit), column cross_border: `misschien` is not yes, no or empty", i + 2);
        assert!(problems.iter().any(|p| p.starts_with(&want)), "{problems:?}");
        // A short row, and a project on two rows, are refused rather than read as emptied cells.
        let last = dataset.projects.len() + 1;
        let rows: [&[&str]; 1] = [&["kennispark-twente", "Kennispark"]];
        let problems = projects_csv(&text, &edited(&dataset, &[], &rows)).unwrap_err();
        assert!(
            problems.iter().any(|p| p.starts_with(&format!("projects.csv line {}: 2 cells", last + 1))),
            "{problems:?}"
        );
        let mut twice: Vec<String> = exported(&dataset).lines().map(String::from).collect();
        twice.push(twice[i + 1].clone());
        let problems = projects_csv(&text, &twice.join("\n")).unwrap_err();
        let want = format!("projects.csv line {}: `talentit` is on line {} too", last + 1, i + 2);
        assert!(problems.iter().any(|p| p.starts_with(&want)), "{problems:?}");
    }
}
