//! The bundled dataset holds what the report names, in every language.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::{bundled_dataset, bundled_json, bundled_text, each_object};

/// Every project and initiative name as the report writes it: the overview "Voortgang projecten",
/// the overview "Projecten in beeld" (misspellings included), and the names in the chapters' text.
const REPORT_NAMES: &[&str] = &[
    // Voortgang projecten
    "Twents Fonds voor Vakmanschap",
    "Huis van Logistiek",
    "Connect-U",
    "TalentIT",
    "Alumni Community",
    "Connect Forward",
    "Leonardo",
    "Kennispark Twente",
    "XL Businesspark",
    "Creatieve Broedplaatsen",
    "Advanced Manufacturing Program",
    "PDEng",
    "TopFit Citizenslab",
    "Digitale Werkplaats Twente",
    "Circulaire Textiel",
    "Mineral Valley",
    // Projecten in beeld
    "Texplus, Circulaire textiel",
    "Mineral Valley Twente",
    "Twents Fonds Vakmanschap",
    "Twents Huis voor Logistiek",
    "Vakopleidingencentrum West",
    "Topwerklocaties",
    "Conncet-U",
    "Connect-Forward",
    "WIMM",
    "Advanced Manufacturing Center",
    "MKB-beurzen",
    "Citizenlab Oost (TopFit)",
    "Bcorp Twente",
    "RIBO",
    "Marktplaats Bouw",
    "Lokale kringloop",
    "Circulair Fieldlab Bouw",
    "Sustainable Mobility Plan",
    "Twentse Marktplaats",
    "Kids4Twente",
    "Mem Snap",
    "Leren en werken markt",
    "Web stageplaatsen",
    "SmartPort Twente",
    "Twente Groeit",
    "Smart Industry Twente",
    "Digitale Werkplaats",
    "Construction 4.0",
    "WirWar Lan Party",
    "PCPT Praktijkcentrum",
    "Twentse Drone Droom",
    "Talentpact Twente",
    "Solar Team Twente",
    // Chapter text
    "Advanced Manufacturing Production",
    "TopFit Citizenlab Oost",
    "Vakopleidingscentrum West Twente",
    "Grenswerk",
    "IkBiNDR!",
    "Campus Twente",
];

fn normalise(name: &str) -> String {
    name.to_lowercase().chars().filter(|c| c.is_alphanumeric()).collect()
}

#[test]
fn every_name_the_report_gives_is_a_project_or_alias() {
    let dataset = bundled_dataset();
    let known: Vec<String> = dataset
        .projects
        .iter()
        .flat_map(|p| std::iter::once(&p.name).chain(&p.aliases))
        .map(|n| normalise(n))
        .collect();
    let missing: Vec<&&str> = REPORT_NAMES.iter().filter(|name| !known.contains(&normalise(name))).collect();
    assert!(missing.is_empty(), "report names missing from the dataset: {missing:?}");
    assert!(dataset.projects.len() >= 45, "about 45 projects and initiatives, got {}", dataset.projects.len());
}

/// Every `{ "nl": ... }` text of the bundled dataset also has English and German.
#[test]
fn every_text_of_the_bundled_dataset_is_in_three_languages() {
    let mut missing = Vec::new();
    each_object(&bundled_json(), "", &mut |object, path| {
        if object.contains_key("nl") {
            for lang in ["en", "de"] {
                if object.get(lang).and_then(|v| v.as_str()).is_none_or(|s| s.trim().is_empty()) {
                    missing.push(format!("{path}.{lang}"));
                }
            }
        }
    });
    assert!(missing.is_empty(), "texts without a translation: {missing:#?}");
}

#[test]
fn the_report_s_headline_figures_are_in_the_dataset_with_their_sources() {
    let dataset = bundled_dataset();
    let figure = |id: &str| dataset.key_figures.iter().find(|k| k.id == id).unwrap_or_else(|| panic!("{id}"));
    let committed = figure("rdt-rijksmiddelen-gecommitteerd");
    assert_eq!((committed.value, committed.of), (Some(26e6), Some(30e6)));
    assert_eq!(committed.source, "report-ch7");
    assert_eq!(figure("rdt-projecten-gestart").value, Some(14.0));
    assert_eq!(figure("avt-vouchers-2019").value, Some(7.0));
    // Sources that disagree keep both figures, each with its own source.
    let rdt = dataset.programme("rdt").unwrap();
    let budgets: Vec<(Option<i64>, &str)> = rdt.budgets.iter().map(|b| (b.eur, b.source.as_str())).collect();
    assert!(budgets.contains(&(Some(150_000_000), "report-ch2")));
    assert!(budgets.contains(&(Some(163_400_000), "twente-board-regio-deal")));
    // Placeholders of the source are flagged, not hidden.
    let jobs = dataset.indicators.iter().find(|i| i.id == "aantal-banen").unwrap();
    assert!(jobs.quality_note.as_ref().unwrap().nl.contains("stand xxx"));
    // Charts whose numbers were lost say so instead of holding zeros.
    assert!(dataset.finance_series.iter().all(|s| !s.values_in_source && s.points.is_empty()));
    assert_eq!(dataset.basisinfrastructuur.len(), 8);
}

#[test]
fn no_personal_email_addresses_are_published() {
    let text = bundled_text();
    assert!(!text.contains('@'), "the dataset must hold roles and organisations only, no e-mail addresses");
}
