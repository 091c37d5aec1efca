//! SYNTHETIC datasets of N projects for tests and benchmarks: never shipped (host only, not in the
//! WebAssembly build), never real. Texts have realistic lengths and the facets realistic cardinalities (2 programmes, 4 action
//! lines, 14 municipalities, about sqrt(N) * 6 organisations), with Dutch and German diacritics so
//! search folding is exercised. Deterministic for a given N and seed.

use crate::core::date::PartialDate;
use crate::core::model::*;
use crate::core::text::Text;

/// A small deterministic generator (xorshift64*), so runs are repeatable without a dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

const WORDS: &[&str] = &[
    "Twents",
    "digitaal",
    "circulair",
    "talent",
    "innovatie",
    "vakmanschap",
    "logistiek",
    "textiel",
    "bodem",
    "energie",
    "werklocatie",
    "creëren",
    "Straße",
    "IJssel",
    "samenwerking",
    "ondernemers",
    "onderwijs",
    "grensregio",
    "Münsterland",
    "zorg",
    "technologie",
    "fabriek",
    "netwerk",
    "campus",
    "data",
    "drones",
    "bouw",
    "mineralen",
    "arbeidsmarkt",
    "studenten",
    "mkb",
    "programma",
    "regio",
    "proeftuin",
    "kennis",
];
const MUNICIPALITIES: &[(&str, &str)] = &[
    ("almelo", "Almelo"),
    ("borne", "Borne"),
    ("dinkelland", "Dinkelland"),
    ("enschede", "Enschede"),
    ("haaksbergen", "Haaksbergen"),
    ("hellendoorn", "Hellendoorn"),
    ("hengelo", "Hengelo"),
    ("hof-van-twente", "Hof van Twente"),
    ("losser", "Losser"),
    ("oldenzaal", "Oldenzaal"),
    ("rijssen-holten", "Rijssen-Holten"),
    ("tubbergen", "Tubbergen"),
    ("twenterand", "Twenterand"),
    ("wierden", "Wierden"),
];
const LINES: &[&str] = &[
    "techniek-als-motor",
    "arbeidsmarkt-talent",
    "bereikbaarheid-vestigingsklimaat",
    "circulaire-economie-duurzaamheid",
];

fn text(nl: String) -> Text {
    Text { nl, en: None, de: None, quote: false }
}

fn sentence(rng: &mut Rng, words: usize) -> String {
    let mut out = String::new();
    for i in 0..words {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(WORDS[rng.below(WORDS.len())]);
    }
    out.push('.');
    out
}

/// A valid synthetic dataset of `n` projects, the same for the same `n` and `seed`.
pub fn generate(n: usize, seed: u64) -> Dataset {
    let mut rng = Rng(seed.max(1));
    let source = "synthetic".to_string();

    let organisation_count = ((n as f64).sqrt() as usize * 6).max(20);
    let organisations: Vec<Organisation> = (0..organisation_count)
        .map(|i| Organisation {
            id: format!("org-{i}"),
            name: format!(
                "{} {} {}",
                rng.pick(&["Stichting", "Bureau", "Coöperatie", "Werkplaats", "Lab"]),
                rng.pick(WORDS),
                i
            ),
            kind: None,
            municipality: None,
        })
        .collect();

    let projects: Vec<Project> = (0..n)
        .map(|i| {
            let programmes = match rng.below(5) {
                0 => None,
                1 => Some(vec!["rdt".to_string(), "avt".to_string()]),
                2 | 3 => Some(vec!["rdt".to_string()]),
                _ => Some(vec!["avt".to_string()]),
            };
            let lines =
                (0..1 + rng.below(2)).map(|_| rng.pick(LINES).to_string()).collect::<std::collections::BTreeSet<_>>();
            let participants = (0..rng.below(4))
                .map(|_| Participant {
                    organisation: rng.pick(&organisations).id.clone(),
                    role: *rng.pick(&[Role::Lead, Role::Partner, Role::Implementing, Role::Funding]),
                    source: source.clone(),
                })
                .collect();
            let year = 2018 + rng.below(6) as u16;
            Project {
                id: format!("p-{i}"),
                name: format!("{} {} {}", rng.pick(WORDS), rng.pick(WORDS), i),
                aliases: Vec::new(),
                kind: if rng.chance(90) { Some(*rng.pick(ProjectKind::ALL)) } else { None },
                programmes,
                action_lines: lines.into_iter().collect(),
                status: if rng.chance(85) { Some(*rng.pick(Status::ALL)) } else { None },
                status_source: Some(source.clone()),
                description: text(format!("{} {}", sentence(&mut rng, 12), sentence(&mut rng, 10))),
                participants,
                municipalities: if rng.chance(70) { vec![rng.pick(MUNICIPALITIES).0.to_string()] } else { Vec::new() },
                location: None,
                cross_border: if rng.chance(60) { Some(rng.chance(15)) } else { None },
                dates: ProjectDates {
                    actual_start: rng.chance(60).then(|| SourcedDate {
                        date: PartialDate { year, month: Some(1 + rng.below(12) as u8), day: None },
                        source: source.clone(),
                    }),
                    ..ProjectDates::default()
                },
                funding: if rng.chance(50) {
                    vec![Funding {
                        funder: "rdt".to_string(),
                        eur: Some(10_000 * (1 + rng.below(500)) as i64),
                        qualifier: Qualifier::Exact,
                        source: source.clone(),
                        note: None,
                    }]
                } else {
                    Vec::new()
                },
                results: Vec::new(),
                links: Vec::new(),
                sources: vec![source.clone()],
                part_of: None,
                quality_notes: Vec::new(),
            }
        })
        .collect();

    let programme = |id: &str, name: &str, short: &str| Programme {
        id: id.to_string(),
        name: name.to_string(),
        short_name: short.to_string(),
        description: text("Synthetisch programma voor tests.".to_string()),
        budgets: Vec::new(),
        funders: Vec::new(),
        reporting_period: None,
        milestones: Vec::new(),
        follows: None,
        governance: None,
        links: Vec::new(),
    };
    let dataset = Dataset {
        schema_version: "1.0".to_string(),
        report: Report {
            title: text(format!("SYNTHETISCH testbestand met {n} verzonnen projecten (geen echte gegevens)")),
            published: PartialDate { year: 2020, month: Some(5), day: None },
            publisher: "Testgenerator".to_string(),
            as_of: None,
            summary: text("Gegenereerd voor tests en metingen. Niets hierin is echt.".to_string()),
            contact: None,
            links: Vec::new(),
            source: source.clone(),
        },
        sources: vec![Source {
            id: source.clone(),
            title: "Synthetische gegevens (examples/synthetic.rs)".to_string(),
            url: None,
            publisher: None,
            published: None,
            language: None,
        }],
        municipalities: MUNICIPALITIES
            .iter()
            .map(|(id, name)| Municipality { id: id.to_string(), name: name.to_string() })
            .collect(),
        organisations,
        programmes: vec![programme("rdt", "Regio Deal Twente", "RDT"), programme("avt", "Agenda voor Twente", "AvT")],
        action_lines: LINES
            .iter()
            .map(|id| ActionLine {
                id: id.to_string(),
                name: text(id.replace('-', " ")),
                summary: text("Synthetisch.".to_string()),
                focus_points: Vec::new(),
                source: source.clone(),
            })
            .collect(),
        projects,
        basisinfrastructuur: Vec::new(),
        key_figures: Vec::new(),
        finance_series: Vec::new(),
        indicators: Vec::new(),
    };
    dataset
}
