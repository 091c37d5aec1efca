//! Export of the current result set: CSV for spreadsheets, JSON in the dataset's own schema.

use super::date::PartialDate;
use super::model::{Dataset, Project, Role};
use super::query::{Facet, Query};

/// The CSV columns, in order (documented in docs/dataset.md, "Export").
pub const CSV_COLUMNS: [&str; 17] = [
    "id",
    "name",
    "kind",
    "programmes",
    "action_lines",
    "status",
    "municipalities",
    "location",
    "cross_border",
    "lead",
    "partners",
    "start",
    "end",
    "funding_known_eur",
    "funding_complete",
    "description_nl",
    "sources",
];

fn join(values: impl IntoIterator<Item = String>) -> String {
    values.into_iter().collect::<Vec<_>>().join(", ")
}

/// The CSV row of a project, in the order of [`CSV_COLUMNS`].
pub fn csv_row(dataset: &Dataset, p: &Project) -> [String; 17] {
    let name_of = |id: &str| dataset.organisation(id).map_or_else(|| id.to_string(), |o| o.name.clone());
    let leads = p.participants.iter().filter(|x| x.role == Role::Lead).map(|x| name_of(&x.organisation));
    let partners = p.participants.iter().filter(|x| x.role != Role::Lead).map(|x| name_of(&x.organisation));
    let sources = p.sources.iter().map(|id| {
        dataset.source(id).and_then(|s| s.url.clone()).unwrap_or_else(|| dataset.source_title(id).to_string())
    });
    let unknown = String::new;
    [
        p.id.clone(),
        p.name.clone(),
        p.kind.map_or_else(unknown, |k| k.code().to_string()),
        p.programmes.as_ref().map_or_else(unknown, |ids| ids.join(", ")),
        p.action_lines.join(", "),
        p.status.map_or_else(unknown, |s| s.code().to_string()),
        p.municipalities
            .iter()
            .map(|id| dataset.municipality(id).map_or(id.clone(), |m| m.name.clone()))
            .collect::<Vec<_>>()
            .join(", "),
        p.location.as_ref().map_or_else(unknown, |t| t.nl.clone()),
        p.cross_border.map_or_else(unknown, |b| if b { "yes".into() } else { "no".into() }),
        join(leads),
        join(partners),
        p.start().map_or_else(unknown, |(_, date)| date.to_string()),
        p.end().map_or_else(unknown, |(_, date)| date.to_string()),
        p.known_funding_total().map_or_else(unknown, |eur| eur.to_string()),
        if p.funding.is_empty() {
            unknown()
        } else if p.funding.iter().all(|f| f.eur.is_some()) {
            "yes".into()
        } else {
            "no".into()
        },
        p.description.nl.clone(),
        join(sources),
    ]
}

/// The projects at `positions` as CSV for Dutch spreadsheets: UTF-8 with a byte order mark (so Excel
/// reads the accents), `;` between fields, one row per project, money as plain integers, unknown
/// values empty.
pub fn csv(dataset: &Dataset, positions: &[u32]) -> String {
    let mut writer = csv::WriterBuilder::new().delimiter(b';').from_writer(Vec::new());
    // Writing to a Vec cannot fail; an error here would be a bug in the csv crate.
    let _ = writer.write_record(CSV_COLUMNS);
    for &p in positions {
        let _ = writer.write_record(csv_row(dataset, &dataset.projects[p as usize]));
    }
    let bytes = writer.into_inner().unwrap_or_default();
    format!("\u{feff}{}", String::from_utf8_lossy(&bytes))
}

/// The projects at `positions` as a dataset in the bundled file's own schema, with every other
/// collection kept whole so references stay valid, except the sources that only projects outside the
/// selection cite (so the file is publishable as it is). A `part_of` pointing at a project outside
/// the selection is dropped (the file would otherwise fail validation).
pub fn json(dataset: &Dataset, positions: &[u32]) -> String {
    let mut subset = dataset.clone();
    let chosen: std::collections::HashSet<&str> =
        positions.iter().map(|&p| dataset.projects[p as usize].id.as_str()).collect();
    subset.projects = positions
        .iter()
        .map(|&p| {
            let mut project = dataset.projects[p as usize].clone();
            if project.part_of.as_deref().is_some_and(|parent| !chosen.contains(parent)) {
                project.part_of = None;
            }
            project
        })
        .collect();
    // Sources only the projects left out cite: the file would cite them nowhere.
    let cited = super::validate::cited_sources(&subset);
    subset.sources.retain(|source| cited.contains(&source.id));
    serde_json::to_string_pretty(&subset).unwrap_or_default()
}

/// A file name for an export: the date and the filters in short form, safe on every file system:
/// `investeren-in-twente_2026-11-29_programme-rdt_q-fonds.csv`.
pub fn file_name(query: &Query, date: &PartialDate, extension: &str) -> String {
    let mut parts = vec!["investeren-in-twente".to_string(), date.to_string()];
    let text = query.text.trim();
    if !text.is_empty() {
        parts.push(format!("q-{}", slug(text)));
    }
    for &facet in Facet::ALL {
        for (map, prefix) in [(&query.include, ""), (&query.exclude, "not-")] {
            if let Some(values) = map.get(&facet) {
                let values: Vec<String> = values.iter().map(|v| slug(v)).collect();
                parts.push(format!("{prefix}{}-{}", facet.key(), values.join("+")));
            }
        }
    }
    let mut name = parts.join("_");
    name.truncate(120);
    format!("{}.{extension}", name.trim_end_matches(['_', '-', '+']))
}

/// Lowercase letters, digits and `-` only (diacritics folded), at most 30 characters.
fn slug(text: &str) -> String {
    let folded = super::fold::fold(text);
    let mut out = String::new();
    for c in folded.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').chars().take(30).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::query::FilterState;

    #[test]
    fn csv_has_a_bom_a_documented_header_and_one_row_per_project() {
        let dataset = crate::core::bundled_dataset();
        let csv = csv(&dataset, &[0, 3]);
        assert!(csv.starts_with('\u{feff}'));
        let mut reader =
            ::csv::ReaderBuilder::new().delimiter(b';').from_reader(csv.trim_start_matches('\u{feff}').as_bytes());
        assert_eq!(reader.headers().unwrap().iter().collect::<Vec<_>>(), CSV_COLUMNS.to_vec());
        let rows: Vec<::csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        assert_eq!(rows.len(), 2);
        assert_eq!(&rows[0][1], dataset.projects[0].name.as_str());
        let talentit = csv_row(&dataset, "talentit");
        assert_eq!(talentit[13], "254400", "money as a plain integer: 99,400 + 65,000 + 25,000 + 65,000");
        assert_eq!(talentit[14], "yes");
    }

    fn csv_row(dataset: &Dataset, id: &str) -> Vec<String> {
        let p = dataset.projects.iter().position(|p| p.id == id).unwrap() as u32;
        let text = csv(dataset, &[p]);
        let mut reader =
            ::csv::ReaderBuilder::new().delimiter(b';').from_reader(text.trim_start_matches('\u{feff}').as_bytes());
        reader.records().next().unwrap().unwrap().iter().map(str::to_string).collect()
    }

    #[test]
    fn unknowns_are_empty_never_zero() {
        let dataset = crate::core::bundled_dataset();
        let row = csv_row(&dataset, "leonardo");
        assert_eq!(row[3], "", "programme unknown");
        assert_eq!(row[5], "", "status unknown");
        assert_eq!(row[13], "", "no known amount");
    }

    #[test]
    fn json_export_is_a_valid_dataset_of_just_the_selection() {
        let dataset = crate::core::bundled_dataset();
        let kennispark = dataset.projects.iter().position(|p| p.id == "kennispark-twente").unwrap() as u32;
        let text = json(&dataset, &[kennispark, 0]);
        let checked = crate::core::publish::check_publishable(&text);
        assert!(checked.is_publishable(), "{:?} {:?}", checked.checked.problems, checked.warnings);
        let exported = checked.checked.dataset.unwrap();
        assert_eq!(exported.projects.len(), 2);
        assert_eq!(exported.projects[0].part_of, None, "the parent was not exported");
        assert!(exported.sources.len() < dataset.sources.len(), "sources only other projects cite are left out");
    }

    #[test]
    fn file_names_carry_the_date_and_the_filters() {
        let query = Query::default()
            .with_text("Straße fonds")
            .with_filter(Facet::Programme, "rdt", FilterState::Included)
            .with_filter(Facet::Status, "closed", FilterState::Excluded);
        let date = PartialDate::parse("2026-11-29").unwrap();
        assert_eq!(
            file_name(&query, &date, "csv"),
            "investeren-in-twente_2026-11-29_q-strasse-fonds_programme-rdt_not-status-closed.csv"
        );
        assert_eq!(file_name(&Query::default(), &date, "json"), "investeren-in-twente_2026-11-29.json");
    }
}
