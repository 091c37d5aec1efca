//! The dataset as open data files, written next to the pages when the site is built (and when a new
//! dataset is published into a build): a CSV file per list, for Dutch spreadsheets like the
//! explorer's own export, and a JSON file per project. Together with the whole dataset's JSON they
//! are a read-only API with stable addresses and no server (docs/dataset.md, "Downloads").

use serde::Serialize;

use super::model::Dataset;
use super::text::Text;

/// Where the downloads are, below the site's root (the whole dataset is `data/…json`).
pub const FOLDER: &str = "data";

/// A file to write: its address below the site's root and its content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Download {
    /// `data/csv/projects.csv`, `data/projects/talentit.json`.
    pub path: String,
    /// The file's text.
    pub content: String,
}

/// The lists offered as CSV, by file name (`data/csv/<name>.csv`), in the order a page lists them.
pub const LISTS: [&str; 6] = ["projects", "organisations", "key-figures", "finance-points", "indicators", "sources"];

/// Every download of `dataset`, read from the file `text`: the CSV files of [`LISTS`], then one
/// JSON file per project (`data/projects/<id>.json`), the project's record exactly as the file has
/// it (not as the app reads it: a field the app leaves out when empty stays in).
pub fn files(dataset: &Dataset, text: &str) -> Vec<Download> {
    let mut out: Vec<Download> = LISTS
        .iter()
        .map(|name| Download { path: format!("{FOLDER}/csv/{name}.csv"), content: list_csv(dataset, name) })
        .collect();
    let file: serde_json::Value = serde_json::from_str(text).unwrap_or_default();
    let records = file.get("projects").and_then(|p| p.as_array()).map(Vec::as_slice).unwrap_or_default();
    out.extend(dataset.projects.iter().map(|p| {
        let record = records.iter().find(|r| r.get("id").and_then(|id| id.as_str()) == Some(p.id.as_str()));
        let content = match record {
            Some(record) => serde_json::to_string_pretty(record),
            None => serde_json::to_string_pretty(p),
        };
        Download { path: format!("{FOLDER}/projects/{}.json", p.id), content: content.unwrap_or_default() }
    }));
    out
}

/// The CSV file of one of [`LISTS`] (empty for any other name).
pub fn list_csv(dataset: &Dataset, name: &str) -> String {
    let source_url = |id: &str| dataset.source(id).and_then(|s| s.url.clone()).unwrap_or_default();
    let (header, rows): (Vec<&str>, Vec<Vec<String>>) = match name {
        "projects" => {
            let all: Vec<u32> = (0..dataset.projects.len() as u32).collect();
            return super::export::csv(dataset, &all);
        }
        "organisations" => (
            vec!["id", "name", "kind", "municipality"],
            dataset
                .organisations
                .iter()
                .map(|o| vec![o.id.clone(), o.name.clone(), code(&o.kind), o.municipality.clone().unwrap_or_default()])
                .collect(),
        ),
        "key-figures" => (
            vec![
                "id",
                "programme",
                "label_nl",
                "label_en",
                "label_de",
                "value",
                "of",
                "unit",
                "qualifier",
                "period",
                "source",
                "source_url",
            ],
            dataset
                .key_figures
                .iter()
                .map(|k| {
                    let mut row = vec![k.id.clone(), k.programme.clone().unwrap_or_default()];
                    row.extend(languages(&k.label));
                    row.extend([
                        number(k.value),
                        number(k.of),
                        code(&k.unit),
                        code(&k.qualifier),
                        k.period.clone().unwrap_or_default(),
                        k.source.clone(),
                        source_url(&k.source),
                    ]);
                    row
                })
                .collect(),
        ),
        "finance-points" => (
            vec![
                "series",
                "programme",
                "series_title_nl",
                "unit",
                "label_nl",
                "label_en",
                "label_de",
                "value",
                "source",
                "source_url",
            ],
            dataset
                .finance_series
                .iter()
                .flat_map(|s| {
                    s.points.iter().map(move |p| {
                        let mut row = vec![s.id.clone(), s.programme.clone(), s.title.nl.clone(), code(&s.unit)];
                        row.extend(languages(&p.label));
                        row.extend([number(p.value), p.source.clone(), source_url(&p.source)]);
                        row
                    })
                })
                .collect(),
        ),
        "indicators" => (
            vec![
                "id",
                "theme_nl",
                "label_nl",
                "label_en",
                "label_de",
                "value",
                "unit",
                "qualifier",
                "period_nl",
                "direction",
                "national_value",
                "source",
                "source_url",
            ],
            dataset
                .indicators
                .iter()
                .map(|i| {
                    let mut row = vec![i.id.clone(), i.theme.nl.clone()];
                    row.extend(languages(&i.label));
                    row.extend([
                        number(i.value),
                        code(&i.unit),
                        code(&i.qualifier),
                        i.period.nl.clone(),
                        code(&i.direction),
                        number(i.national_value),
                        i.source.clone(),
                        source_url(&i.source),
                    ]);
                    row
                })
                .collect(),
        ),
        "sources" => (
            vec!["id", "title", "url", "publisher", "published", "language"],
            dataset
                .sources
                .iter()
                .map(|s| {
                    vec![
                        s.id.clone(),
                        s.title.clone(),
                        s.url.clone().unwrap_or_default(),
                        s.publisher.clone().unwrap_or_default(),
                        s.published.map(|d| d.to_string()).unwrap_or_default(),
                        s.title_lang().tag().to_string(),
                    ]
                })
                .collect(),
        ),
        _ => return String::new(),
    };
    spreadsheet(&header, &rows)
}

/// CSV for Dutch spreadsheets, as the explorer's export writes it: UTF-8 with a byte order mark,
/// `;` between fields, unknown values empty.
fn spreadsheet(header: &[&str], rows: &[Vec<String>]) -> String {
    let mut writer = csv::WriterBuilder::new().delimiter(b';').from_writer(Vec::new());
    // Writing to a Vec cannot fail; an error here would be a bug in the csv crate.
    let _ = writer.write_record(header);
    for row in rows {
        let _ = writer.write_record(row);
    }
    let bytes = writer.into_inner().unwrap_or_default();
    format!("\u{feff}{}", String::from_utf8_lossy(&bytes))
}

/// A text in Dutch, English and German (empty where it has no translation).
fn languages(text: &Text) -> [String; 3] {
    [text.nl.clone(), text.en.clone().unwrap_or_default(), text.de.clone().unwrap_or_default()]
}

/// A number as a Dutch spreadsheet reads it: a decimal comma, no thousands separator; empty when
/// unknown.
fn number(value: Option<f64>) -> String {
    value.map_or_else(String::new, |v| v.to_string().replace('.', ","))
}

/// The dataset's own code of a value (`eur`, `about`, `up`), as the JSON file writes it; empty for
/// none.
fn code<T: Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(code)) => code,
        _ => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Reads a CSV file back as its header and rows.
    fn read(content: &str) -> (Vec<String>, Vec<Vec<String>>) {
        let content = content.strip_prefix('\u{feff}').expect("a byte order mark, for Excel");
        let mut reader = csv::ReaderBuilder::new().delimiter(b';').from_reader(content.as_bytes());
        let header = reader.headers().expect("a header").iter().map(String::from).collect();
        let rows = reader.records().map(|r| r.expect("a row").iter().map(String::from).collect()).collect();
        (header, rows)
    }

    #[test]
    fn every_list_reads_back_with_a_row_per_record_and_its_ids() {
        let dataset = crate::core::bundled_dataset();
        let ids = |name: &str| -> Vec<String> {
            let (header, rows) = read(&list_csv(&dataset, name));
            let column = header.iter().position(|h| h == "id" || h == "series").expect("an id column");
            rows.iter().map(|r| r[column].clone()).collect()
        };
        assert_eq!(ids("projects"), dataset.projects.iter().map(|p| p.id.clone()).collect::<Vec<_>>());
        assert_eq!(ids("organisations"), dataset.organisations.iter().map(|o| o.id.clone()).collect::<Vec<_>>());
        assert_eq!(ids("key-figures"), dataset.key_figures.iter().map(|k| k.id.clone()).collect::<Vec<_>>());
        assert_eq!(ids("indicators"), dataset.indicators.iter().map(|i| i.id.clone()).collect::<Vec<_>>());
        assert_eq!(ids("sources"), dataset.sources.iter().map(|s| s.id.clone()).collect::<Vec<_>>());
        let points: usize = dataset.finance_series.iter().map(|s| s.points.len()).sum();
        assert_eq!(ids("finance-points").len(), points);
    }

    #[test]
    fn numbers_have_a_decimal_comma_and_unknowns_stay_empty() {
        assert_eq!(number(Some(3.5)), "3,5");
        assert_eq!(number(Some(150_000_000.0)), "150000000");
        assert_eq!(number(None), "");
        let dataset = crate::core::bundled_dataset();
        let (header, rows) = read(&list_csv(&dataset, "key-figures"));
        let value = header.iter().position(|h| h == "value").unwrap();
        for (row, figure) in rows.iter().zip(&dataset.key_figures) {
            assert_eq!(row[value], number(figure.value), "{}", figure.id);
        }
    }

    #[test]
    fn each_project_has_its_record_at_a_stable_address_as_the_file_has_it() {
        let text = std::fs::read_to_string("public/data/investeren-in-twente.json").unwrap();
        let dataset = crate::core::bundled_dataset();
        let file: serde_json::Value = serde_json::from_str(&text).unwrap();
        let files = files(&dataset, &text);
        for (project, record) in dataset.projects.iter().zip(file["projects"].as_array().unwrap()) {
            let file = files.iter().find(|f| f.path == format!("data/projects/{}.json", project.id)).expect("its file");
            let back: serde_json::Value = serde_json::from_str(&file.content).unwrap();
            assert_eq!(&back, record, "{}", project.id);
        }
        assert_eq!(files.len(), LISTS.len() + dataset.projects.len());
    }
}
