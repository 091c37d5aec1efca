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

/// The bundled dataset is publishable by the one definition the page "Gegevens controleren" and
/// `cargo run --bin validate` use (`core::publish`): it loads without problems, every text is in
/// three languages, every source is cited, and it holds no e-mail address.
#[test]
fn the_bundled_dataset_is_publishable() {
    let checked = investeren_in_twente::core::publish::check_publishable(&bundled_text());
    let problems: Vec<String> =
        checked.checked.problems.iter().chain(&checked.warnings).map(ToString::to_string).collect();
    assert!(checked.is_publishable(), "not publishable:\n{}", problems.join("\n"));
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
    assert!(budgets.contains(&(Some(150_000_000), "report-ch4")));
    assert!(budgets.contains(&(Some(163_400_000), "twente-board-regio-deal")));
    // Placeholders of the source are flagged, not hidden.
    let jobs = dataset.indicators.iter().find(|i| i.id == "aantal-banen").unwrap();
    assert!(jobs.quality_note.as_ref().unwrap().nl.contains("stand xxx"));
    // Charts whose numbers were lost say so instead of holding zeros.
    assert!(dataset.finance_series.iter().all(|s| !s.values_in_source && s.points.is_empty()));
    assert_eq!(dataset.basisinfrastructuur.len(), 8);
}

/// Names the report gives only inside a list of activities, of places, or in passing: each is a
/// record of its own, so the explorer's search finds it.
#[test]
fn names_from_the_activity_lists_and_the_top_locations_are_found_by_search() {
    use investeren_in_twente::core::explore::run;
    use investeren_in_twente::core::index::SearchIndex;
    use investeren_in_twente::core::query::Query;

    let dataset = bundled_dataset();
    let index = SearchIndex::build(&dataset);
    for (text, id) in [
        ("RES Twente", "res-twente"),
        ("Regionale Energiestrategie", "res-twente"),
        ("High Tech Systems Park", "high-tech-systems-park"),
        ("HTSP", "high-tech-systems-park"),
        ("Technology Base Twente", "technology-base-twente"),
        ("INDU-ZERO", "indu-zero"),
        ("Hunkertukker", "hunkertukker"),
        ("Grow Green", "grow-green"),
        ("Direct2Job", "direct2job"),
        ("Ondernemerslab", "ondernemerslab"),
        ("Scale-up Techwise Twente", "scale-up-techwise-twente"),
        ("TValley", "tvalley"),
        ("Create Tommorrow", "create-tommorrow"),
    ] {
        let matches = run(&index, &Query { text: text.to_string(), ..Query::default() }).matches;
        let ids: Vec<&str> = matches.iter().map(|&p| dataset.projects[p as usize].id.as_str()).collect();
        assert!(ids.contains(&id), "searching {text:?} finds {ids:?}, not {id}");
    }
}

/// The report's letter and chapter 6 are cited (that every source is cited at all is a rule of
/// publication, checked by `the_bundled_dataset_is_publishable`).
#[test]
fn the_letter_and_chapter_6_are_cited() {
    let json = bundled_json();
    let cites = |id: &str| {
        let mut found = false;
        each_object(&json, "", &mut |object, _| {
            found |= ["source", "status_source"].iter().any(|k| object.get(*k).and_then(|v| v.as_str()) == Some(id))
                || object.get("sources").and_then(|v| v.as_array()).is_some_and(|a| a.iter().any(|v| v == id));
        });
        found
    };
    for chapter in ["report-letter", "report-ch6"] {
        assert!(cites(chapter), "{chapter} is cited");
    }
}

/// The reporting periods are the ones the report states (chapter 2, lines 240-244), and the budget
/// years cite the chapter whose graphic gives them (chapter 4, lines 1229-1235).
#[test]
fn the_reporting_periods_are_those_the_report_states() {
    let dataset = bundled_dataset();
    let period = |id: &str| dataset.programme(id).and_then(|p| p.reporting_period.clone()).unwrap();
    let rdt = period("rdt");
    assert_eq!(
        (rdt.start.to_string(), rdt.end.to_string(), rdt.source.as_str()),
        ("2019-05".into(), "2020-05".into(), "report-ch2")
    );
    let avt = period("avt");
    assert_eq!(
        (avt.start.to_string(), avt.end.to_string(), avt.source.as_str()),
        ("2019-10".into(), "2019-12".into(), "report-ch2")
    );
    for id in ["rdt", "avt"] {
        let budget = &dataset.programme(id).unwrap().budgets[0];
        assert_eq!(budget.source, "report-ch4", "{id}: the budget years are in chapter 4's graphic");
    }
    assert!(rdt.note.is_some() && avt.note.is_some(), "chapter 4's figures cover other months: a note says so");
    // The job-growth figures compare with 2018, but the report does not say which year.
    for id in ["banengroei", "banengroei-positie"] {
        let indicator = dataset.indicators.iter().find(|i| i.id == id).unwrap();
        assert!(!indicator.period.nl.contains("2019"), "{id}: the year is not in the source");
        assert!(indicator.quality_note.is_some(), "{id}");
    }
}

/// An organisation's kind and seat are only in the data where its name says them ("Gemeente
/// Enschede", "Stichting ...", "... Universiteit") or a source does; never filled in from what one
/// happens to know.
#[test]
fn organisation_kinds_and_seats_follow_from_the_name_or_a_source() {
    use investeren_in_twente::core::model::OrganisationKind::{self, *};
    const NAME_SAYS: &[(&str, OrganisationKind)] = &[
        ("rijksoverheid", Government),
        ("provincie", LocalGovernment),
        ("gemeente", LocalGovernment),
        ("gemeenten", LocalGovernment),
        ("waterschap", LocalGovernment),
        ("universiteit", Education),
        ("hogeschool", Education),
        ("roc", Education),
        ("stichting", NonProfit),
        ("bedrijven", Business),
    ];
    /// Kinds and seats a source gives: (organisation, kind, seat, source).
    const SOURCED: &[(&str, Option<OrganisationKind>, Option<&str>, &str)] = &[
        ("twente-board", Some(Partnership), None, "report-ch1: education, business and government together"),
        ("stichting-talent-it-twente", None, Some("enschede"), "1twente-2167034"),
    ];
    let dataset = bundled_dataset();
    for org in &dataset.organisations {
        let words: Vec<String> =
            org.name.to_lowercase().split(|c: char| !c.is_alphanumeric()).map(String::from).collect();
        let sourced = SOURCED.iter().find(|(id, ..)| *id == org.id);
        if let Some(kind) = org.kind {
            let by_name = NAME_SAYS.iter().any(|(word, k)| *k == kind && words.iter().any(|w| w == word));
            let by_source = sourced.is_some_and(|s| s.1 == Some(kind));
            assert!(by_name || by_source, "{}: kind {kind:?} comes from neither its name nor a source", org.id);
        }
        if let Some(seat) = &org.municipality {
            let by_name = words.iter().any(|w| w == seat);
            let by_source = sourced.is_some_and(|s| s.2 == Some(seat.as_str()));
            assert!(by_name || by_source, "{}: seat {seat} comes from neither its name nor a source", org.id);
        }
    }
}

/// Names are copied as the report spells them; where the spelling looks wrong, a quality note
/// says so instead of a silent correction. Study programmes keep the name their source gives.
#[test]
fn the_report_s_spellings_are_kept_and_flagged() {
    let dataset = bundled_dataset();
    let activities: Vec<&str> =
        dataset.basisinfrastructuur.iter().flat_map(|b| &b.activities).map(|a| a.nl.as_str()).collect();
    for name in
        ["Create Tommorrow", "Tvalley", "INDU-ZERO", "Hunkertukker", "Grow Green", "Direct2Job", "Ondernemerslab"]
    {
        assert!(activities.iter().any(|a| a.contains(name)), "{name} is not in the activities as the report writes it");
    }
    let novel_t = dataset.basisinfrastructuur.iter().find(|b| b.id == "novel-t").unwrap();
    assert!(novel_t.quality_notes.iter().any(|n| n.nl.contains("Tommorrow")), "the odd spelling is flagged");
    assert!(!bundled_text().contains("Create Tomorrow"), "no silent correction of the report");
    let tvalley = dataset.project("tvalley").unwrap();
    assert!(tvalley.quality_notes.iter().any(|n| n.nl.contains("Tvalley")));
    let pdeng = dataset.project("pdeng").unwrap();
    assert!(pdeng.description.nl.contains("PDEng voor Digitale Transformatie en Advanced Manufacturing"));
    assert!(!pdeng.description.nl.to_lowercase().contains("ontwerpersopleiding"), "a name no source uses");
}

/// A record about which the sources say little says only that, and that little is known.
#[test]
fn the_huis_van_de_logistiek_says_only_what_the_sources_say() {
    let dataset = bundled_dataset();
    let huis = dataset.project("twents-huis-van-de-logistiek").unwrap();
    for fact in ["eerste vier projecten", "december 2018", "IkBiNDR!"] {
        assert!(huis.description.nl.contains(fact), "{fact}");
    }
    for guess in ["logistieke bedrijven", "naar werk", "opleidingen"] {
        assert!(!huis.description.nl.contains(guess), "no source says {guess:?}");
    }
    assert!(!huis.quality_notes.is_empty(), "the record says that little is known");
}

/// The chart titles the report's text puts before the heading "Agenda voor Twente (voortgang tot
/// en met 2019)", in the part headed "Regio Deal Twente (voortgang tot april 2020)". A chart among
/// them placed under another programme says that this is an inference.
#[test]
fn a_chart_placed_against_the_order_of_the_text_says_it_is_an_inference() {
    const IN_THE_REGIO_DEAL_PART: &[&str] = &[
        "Toekenning Rijksmiddelen aan projecten (in € mln)",
        "Rijksmiddelen gecommitteerd aan projecten (in € mln)",
        "Voortgang toewijzing middelen",
        "Budget projecten 2018 t/m 2019 (in € mln)",
        "Besteding middelen projecten",
        "Beschikbare middelen (in € mln)",
        "Cofinanciering Regio Deal Twente (in € mln)",
        "Status cofinanciering",
        "Verdeling Regio Deal en overige projecten/vouchers",
    ];
    let dataset = bundled_dataset();
    let mut checked = 0;
    for series in &dataset.finance_series {
        if !IN_THE_REGIO_DEAL_PART.iter().any(|t| t.eq_ignore_ascii_case(&series.title.nl)) {
            continue;
        }
        checked += 1;
        if series.programme != "rdt" {
            let note = series.note.as_ref().map(|n| n.nl.as_str()).unwrap_or_default();
            assert!(note.contains("afleiding") && note.contains("vóór de kop"), "{}: {note:?}", series.id);
        }
    }
    assert_eq!(checked, IN_THE_REGIO_DEAL_PART.len());
}

/// Claims the report does not make, found in the data's second pass (issue 23) and corrected: each
/// text says no more than its source. `(JSON path, words that must not come back, what the source
/// says instead)`.
const CORRECTED_CLAIMS: &[(&str, &str, &str)] = &[
    (
        "/programmes/1/description/nl",
        "de regionale bijdrage",
        "the municipalities give part of the co-financing (lines 1390-1392)",
    ),
    (
        "/projects/39/description/nl",
        "werd in de maanden na",
        "the report announces the working out, it does not report it (lines 750-752)",
    ),
    (
        "/projects/16/description/nl",
        "bezocht het project",
        "the minister visited Twente and was briefed on the project (lines 902-904)",
    ),
    (
        "/projects/10/description/nl",
        "kunstenaars",
        "the report names creative hubs for talent and the business climate (line 804)",
    ),
    ("/projects/3/description/nl", "ICT-talent in de regio blijft", "no source gives this aim"),
    (
        "/projects/46/description/nl",
        "gemaakt door",
        "the report says the parties worked on the agendas (lines 928-930)",
    ),
    (
        "/programmes/0/governance/de",
        "Vorstand",
        "the Algemeen Bestuur is Regio Twente's general board, not its executive",
    ),
    (
        "/programmes/0/milestones/5/label/de",
        "Vorstand",
        "the Algemeen Bestuur is Regio Twente's general board, not its executive",
    ),
    (
        "/programmes/1/milestones/1/label/de",
        "Vorstand",
        "the Algemeen Bestuur is Regio Twente's general board, not its executive",
    ),
    (
        "/basisinfrastructuur/3/activities/0/en",
        "Occupational group signs",
        "the report does not explain the word (line 1100): it is kept, not guessed",
    ),
    (
        "/basisinfrastructuur/3/activities/0/de",
        "Berufsgruppenzeichen",
        "the report does not explain the word (line 1100): it is kept, not guessed",
    ),
];

#[test]
fn corrected_claims_stay_corrected() {
    let json = bundled_json();
    for (path, claim, instead) in CORRECTED_CLAIMS {
        let text = json.pointer(path).and_then(|v| v.as_str()).unwrap_or_else(|| panic!("{path}: no text"));
        assert!(!text.contains(claim), "{path} says {claim:?} again; the source says: {instead}");
    }
    // Regio Twente signed the memorandum Oost-Nederland-Münsterland; it does not lead a project.
    let signing = json.pointer("/projects/42/participants/0").expect("the memorandum's first party");
    assert_eq!(signing["organisation"], "regio-twente");
    assert_eq!(signing["role"], "partner", "the report says Regio Twente signed (lines 982-986), not that it leads");
}

/// Oddities of the report are kept as it writes them and flagged, never corrected silently.
#[test]
fn oddities_of_the_report_are_kept_and_flagged() {
    let dataset = bundled_dataset();
    let novel_t = dataset.basisinfrastructuur.iter().find(|b| b.id == "novel-t").unwrap();
    let odd = "Start & Groei programma en ondernemers";
    assert!(novel_t.activities.iter().any(|a| a.nl == odd), "kept as the report writes it (line 1162)");
    assert!(novel_t.quality_notes.iter().any(|n| n.nl.contains(odd)), "and flagged");
    let smartport = dataset.project("smartport-twente-blauwe-golf").unwrap();
    assert!(
        smartport.quality_notes.iter().any(|n| n.nl.contains("SmartPort Twente- Blauwe Golf")),
        "one tile in the report (lines 473-476)"
    );
    let avt = dataset.programme("avt").and_then(|p| p.reporting_period.as_ref()).unwrap();
    assert!(avt.note.as_ref().is_some_and(|n| n.nl.contains("Agenda van Twente")), "the report's slip (line 242)");
}

/// Regio Deal Twente II (2023) is a deal of its own, made after the report (fault 4 of the data's
/// second pass): its figures and its signing sit under a programme that follows up the Regio Deal
/// Twente, so nothing of it reads as part of the programmes the report covers.
#[test]
fn a_deal_made_after_the_report_is_a_successor_not_part_of_the_report() {
    let dataset = bundled_dataset();
    let published = &dataset.report.published;
    let year = published.to_string()[..4].parse::<u32>().unwrap();
    for programme in dataset.reported_programmes() {
        for m in &programme.milestones {
            assert!(&m.date <= published, "{}: the milestone of {} is after the report", programme.id, m.date);
        }
        for figure in dataset.key_figures.iter().filter(|k| k.programme.as_deref() == Some(&programme.id)) {
            let first_year = figure.period.as_deref().and_then(|p| p.get(..4)).and_then(|y| y.parse::<u32>().ok());
            assert!(first_year.is_none_or(|y| y <= year), "{}: {} is after the report", programme.id, figure.id);
        }
    }
    let successor = dataset.programme("rdt-ii").expect("Regio Deal Twente II has a programme of its own");
    assert_eq!(successor.follows.as_deref(), Some("rdt"));
    assert!(successor.reporting_period.is_none(), "the report covers no period of it");
    let figures: Vec<&str> = dataset
        .key_figures
        .iter()
        .filter(|k| k.programme.as_deref() == Some("rdt-ii"))
        .map(|k| k.id.as_str())
        .collect();
    assert_eq!(figures, ["rdt-ii-rijk", "rdt-ii-gevraagd"]);
    assert!(successor.milestones.iter().any(|m| m.date.to_string() == "2023-11-01"), "its signing");
}

/// Names the report gives in passing (fault 10 of the data's second pass). Each leads a reader who
/// searches for it to a record: its own, or, for the exceptions, the record it belongs to, with
/// the reason it has none of its own.
const NAMES_IN_PASSING: &[(&str, &str, Option<&str>)] = &[
    // (what a reader searches, the record it finds: "kind:id", why it is not a record of its own)
    ("containeroverslag", "project:werkgroep-zelfrijdend-containervervoer", None),
    ("zelfrijdend vervoer", "project:werkgroep-zelfrijdend-containervervoer", None),
    ("monitor grensstatistiek", "project:monitor-grensstatistiek", None),
    ("CBS", "organisation:cbs", None),
    ("IT NRW", "organisation:it-nrw", None),
    ("LSN", "organisation:lsn", None),
    ("supportteam", "basis:novel-t", Some("an activity of Novel-T, kept with its other activities")),
    ("review basisinfrastructuur", "programme:avt", Some("an event: a milestone of the programme that pays for it")),
    ("herijking", "programme:avt", Some("the report's other word for the same review")),
    (
        "RTV Oost",
        "project:mineral-valley-twente",
        Some("a broadcaster that reported on the visit, not a party to any project"),
    ),
    ("Keurcompost", "project:mineral-valley-twente", Some("a product of Mineral Valley Twente, named only there")),
    ("ESF-award", "project:twents-fonds-voor-vakmanschap", Some("a nomination of the fund, not an undertaking")),
    (
        "TopFit",
        "project:topfit-citizenlab-oost",
        Some("the report names the TopFit programme only as the frame of this project"),
    ),
];

#[test]
fn every_name_the_report_gives_in_passing_leads_to_a_record() {
    use investeren_in_twente::core::explore::run;
    use investeren_in_twente::core::index::SearchIndex;
    use investeren_in_twente::core::query::Query;

    let dataset = bundled_dataset();
    let index = SearchIndex::build(&dataset);
    for &(text, expected, reason) in NAMES_IN_PASSING {
        assert!(reason.is_none_or(|r| r.len() > 20), "{text}: an exception says why");
        let results = run(&index, &Query { text: text.to_string(), ..Query::default() });
        let projects = results.matches.iter().take(10).map(|&p| format!("project:{}", dataset.projects[p as usize].id));
        let records = results.records.iter().map(|&r| {
            let record = &index.records[r as usize];
            format!("{}:{}", record.kind.key(), record.id)
        });
        let found: Vec<String> = projects.chain(records).collect();
        assert!(found.iter().any(|f| f == expected), "searching {text:?} finds {found:?}, not {expected}");
        if reason.is_none() {
            let (kind, id) = expected.split_once(':').unwrap();
            let exists = match kind {
                "project" => dataset.projects.iter().any(|p| p.id == id),
                "organisation" => dataset.organisations.iter().any(|o| o.id == id),
                _ => false,
            };
            assert!(exists, "{expected} is a record of its own");
        }
    }
}

/// A project's status agrees with its own record: one a source says has ended is not "running"
/// (issue 26: TalentIT's card said "Loopt" while its text and its end date said it stopped in 2023),
/// and its status names the source that says so.
#[test]
fn a_project_that_has_ended_is_not_shown_as_running() {
    use investeren_in_twente::core::model::Status;
    let dataset = bundled_dataset();
    for project in &dataset.projects {
        if let Some(end) = &project.dates.actual_end {
            assert!(
                !matches!(project.status, Some(Status::Pipeline | Status::Implementation)),
                "{}: ended {:?} (source {}) but has the status {:?}",
                project.id,
                end.date,
                end.source,
                project.status
            );
        }
    }
    let talentit = dataset.projects.iter().find(|p| p.id == "talentit").expect("TalentIT");
    assert_eq!(talentit.status_source.as_deref(), Some("talentit-stopt"));
}
