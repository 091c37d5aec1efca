//! Semantic checks of a parsed dataset: ids, references, money, links, text lengths, periods.
//! Every problem is collected (not only the first), each with its JSON path.

use std::collections::{HashMap, HashSet};

use super::model::*;
use super::problem::{Implausible, Problem, ProblemKind};
use super::text::Text;

/// Longest name of a record, in characters.
pub const MAX_NAME_CHARS: usize = 300;
/// Longest free text (a description in one language), in characters.
pub const MAX_TEXT_CHARS: usize = 10_000;
/// Longest id, in characters.
pub const MAX_ID_CHARS: usize = 100;
/// Longest web address, in characters.
pub const MAX_URL_CHARS: usize = 2_000;

/// Checks everything serde's typing cannot: returns every problem found (empty when the dataset is sound).
pub fn validate(dataset: &Dataset) -> Vec<Problem> {
    check(dataset).problems
}

/// The ids of the sources that some record of `dataset` cites (wherever the format has a source).
pub fn cited_sources(dataset: &Dataset) -> HashSet<String> {
    check(dataset).cited
}

fn check(dataset: &Dataset) -> Checker {
    let mut check = Checker::default();
    check.collect_ids(dataset);
    check.report(&dataset.report);
    for (i, s) in dataset.sources.iter().enumerate() {
        let p = format!("sources[{i}]");
        check.name(&format!("{p}.title"), &s.title);
        if let Some(url) = &s.url {
            check.link(&format!("{p}.url"), url);
        }
    }
    for (i, m) in dataset.municipalities.iter().enumerate() {
        check.name(&format!("municipalities[{i}].name"), &m.name);
    }
    for (i, o) in dataset.organisations.iter().enumerate() {
        let p = format!("organisations[{i}]");
        check.name(&format!("{p}.name"), &o.name);
        if let Some(m) = &o.municipality {
            check.reference(&format!("{p}.municipality"), m, "municipalities");
        }
    }
    for (i, programme) in dataset.programmes.iter().enumerate() {
        check.programme(&format!("programmes[{i}]"), programme);
    }
    for (i, line) in dataset.action_lines.iter().enumerate() {
        let p = format!("action_lines[{i}]");
        check.text(&format!("{p}.name"), &line.name, MAX_NAME_CHARS);
        check.text(&format!("{p}.summary"), &line.summary, MAX_TEXT_CHARS);
        for (j, point) in line.focus_points.iter().enumerate() {
            check.text(&format!("{p}.focus_points[{j}]"), point, MAX_TEXT_CHARS);
        }
        check.reference(&format!("{p}.source"), &line.source, "sources");
    }
    for (i, project) in dataset.projects.iter().enumerate() {
        check.project(&format!("projects[{i}]"), project);
    }
    for (i, basis) in dataset.basisinfrastructuur.iter().enumerate() {
        let p = format!("basisinfrastructuur[{i}]");
        check.name(&format!("{p}.name"), &basis.name);
        if let Some(org) = &basis.organisation {
            check.reference(&format!("{p}.organisation"), org, "organisations");
        }
        check.text(&format!("{p}.description"), &basis.description, MAX_TEXT_CHARS);
        for (j, activity) in basis.activities.iter().enumerate() {
            check.text(&format!("{p}.activities[{j}]"), activity, MAX_TEXT_CHARS);
        }
        for (j, f) in basis.funding.iter().enumerate() {
            check.funding(&format!("{p}.funding[{j}]"), f);
        }
        for (j, note) in basis.quality_notes.iter().enumerate() {
            check.text(&format!("{p}.quality_notes[{j}]"), note, MAX_TEXT_CHARS);
        }
        check.reference(&format!("{p}.source"), &basis.source, "sources");
    }
    for (i, figure) in dataset.key_figures.iter().enumerate() {
        let p = format!("key_figures[{i}]");
        if let Some(programme) = &figure.programme {
            check.reference(&format!("{p}.programme"), programme, "programmes");
        }
        check.text(&format!("{p}.label"), &figure.label, MAX_NAME_CHARS);
        check.number(&format!("{p}.value"), figure.value, figure.unit);
        check.number(&format!("{p}.of"), figure.of, figure.unit);
        if let Some(note) = &figure.note {
            check.text(&format!("{p}.note"), note, MAX_TEXT_CHARS);
        }
        check.reference(&format!("{p}.source"), &figure.source, "sources");
    }
    for (i, series) in dataset.finance_series.iter().enumerate() {
        let p = format!("finance_series[{i}]");
        check.reference(&format!("{p}.programme"), &series.programme, "programmes");
        check.text(&format!("{p}.title"), &series.title, MAX_NAME_CHARS);
        if series.unit.is_none() && !series.points.is_empty() {
            check.push(&format!("{p}.unit"), ProblemKind::MissingField { field: "unit".to_string() });
        }
        for (j, point) in series.points.iter().enumerate() {
            let pp = format!("{p}.points[{j}]");
            check.text(&format!("{pp}.label"), &point.label, MAX_NAME_CHARS);
            // Without a unit (reported above) only the checks that hold for any unit apply.
            check.number(&format!("{pp}.value"), point.value, series.unit.unwrap_or(Unit::Count));
            check.reference(&format!("{pp}.source"), &point.source, "sources");
        }
        if let Some(note) = &series.note {
            check.text(&format!("{p}.note"), note, MAX_TEXT_CHARS);
        }
        check.reference(&format!("{p}.source"), &series.source, "sources");
    }
    for (i, indicator) in dataset.indicators.iter().enumerate() {
        let p = format!("indicators[{i}]");
        check.text(&format!("{p}.theme"), &indicator.theme, MAX_NAME_CHARS);
        check.text(&format!("{p}.label"), &indicator.label, MAX_NAME_CHARS);
        check.text(&format!("{p}.period"), &indicator.period, MAX_NAME_CHARS);
        check.number(&format!("{p}.value"), indicator.value, indicator.unit);
        check.number(&format!("{p}.national_value"), indicator.national_value, indicator.unit);
        for (field, text) in [("comparison", &indicator.comparison), ("quality_note", &indicator.quality_note)] {
            if let Some(text) = text {
                check.text(&format!("{p}.{field}"), text, MAX_TEXT_CHARS);
            }
        }
        check.reference(&format!("{p}.source"), &indicator.source, "sources");
    }
    check
}

/// Walks the dataset, knowing the ids of every collection.
#[derive(Default)]
struct Checker {
    /// collection name -> set of ids in it
    ids: HashMap<&'static str, HashMap<String, String>>,
    problems: Vec<Problem>,
    /// The sources referred to.
    cited: HashSet<String>,
}

impl Checker {
    fn push(&mut self, path: &str, kind: ProblemKind) {
        self.problems.push(Problem::at(path, kind));
    }

    /// Registers the ids of every collection, reporting malformed and duplicate ones.
    fn collect_ids(&mut self, d: &Dataset) {
        let collections: [(&'static str, Vec<&str>); 9] = [
            ("sources", d.sources.iter().map(|r| r.id.as_str()).collect()),
            ("municipalities", d.municipalities.iter().map(|r| r.id.as_str()).collect()),
            ("organisations", d.organisations.iter().map(|r| r.id.as_str()).collect()),
            ("programmes", d.programmes.iter().map(|r| r.id.as_str()).collect()),
            ("action_lines", d.action_lines.iter().map(|r| r.id.as_str()).collect()),
            ("projects", d.projects.iter().map(|r| r.id.as_str()).collect()),
            ("basisinfrastructuur", d.basisinfrastructuur.iter().map(|r| r.id.as_str()).collect()),
            ("key_figures", d.key_figures.iter().map(|r| r.id.as_str()).collect()),
            ("finance_series", d.finance_series.iter().map(|r| r.id.as_str()).collect()),
        ];
        let indicator_ids: Vec<&str> = d.indicators.iter().map(|r| r.id.as_str()).collect();
        for (collection, ids) in collections.into_iter().chain([("indicators", indicator_ids)]) {
            let mut seen: HashMap<String, String> = HashMap::with_capacity(ids.len());
            for (i, id) in ids.into_iter().enumerate() {
                let path = format!("{collection}[{i}].id");
                if !is_slug(id) {
                    self.push(&path, ProblemKind::InvalidId { id: id.to_string() });
                }
                if let Some(first) = seen.get(id) {
                    let first = first.clone();
                    self.push(&path, ProblemKind::DuplicateId { id: id.to_string(), first });
                } else {
                    seen.insert(id.to_string(), path);
                }
            }
            self.ids.insert(collection, seen);
        }
    }

    fn reference(&mut self, path: &str, id: &str, collection: &'static str) {
        if collection == "sources" {
            self.cited.insert(id.to_string());
        }
        let known = self.ids.get(collection).is_some_and(|ids| ids.contains_key(id));
        if !known {
            self.push(path, ProblemKind::UnknownReference { id: id.to_string(), collection });
        }
    }

    fn name(&mut self, path: &str, name: &str) {
        self.plain_text(path, name, MAX_NAME_CHARS);
    }

    fn plain_text(&mut self, path: &str, text: &str, max: usize) {
        if text.trim().is_empty() {
            self.push(path, ProblemKind::EmptyText);
        }
        let chars = text.chars().count();
        if chars > max {
            self.push(path, ProblemKind::TooLong { chars, max });
        }
    }

    fn text(&mut self, path: &str, text: &Text, max: usize) {
        self.plain_text(&format!("{path}.nl"), &text.nl, max);
        for (lang, translation) in [("en", &text.en), ("de", &text.de)] {
            if let Some(t) = translation {
                let chars = t.chars().count();
                if chars > max {
                    self.push(&format!("{path}.{lang}"), ProblemKind::TooLong { chars, max });
                }
            }
        }
    }

    fn link(&mut self, path: &str, url: &str) {
        if !is_http_url(url) {
            self.push(path, ProblemKind::NotHttpLink { url: url.to_string() });
        } else if url.chars().count() > MAX_URL_CHARS {
            self.push(path, ProblemKind::TooLong { chars: url.chars().count(), max: MAX_URL_CHARS });
        }
    }

    fn links(&mut self, path: &str, links: &[Link]) {
        for (i, link) in links.iter().enumerate() {
            self.link(&format!("{path}[{i}].url"), &link.url);
            self.text(&format!("{path}[{i}].title"), &link.title, MAX_NAME_CHARS);
        }
    }

    fn money(&mut self, path: &str, eur: Option<i64>) {
        if let Some(eur) = eur {
            if eur < 0 {
                self.push(path, ProblemKind::NegativeMoney { eur });
            }
        }
    }

    /// A figure that must be a real one: finite, not negative (except a difference of percentages),
    /// a percentage at most 100, and money (`eur`, wherever it appears: key figures, finance points,
    /// indicators, results) in whole euros, as the integer `eur` fields of budgets and funding are.
    fn number(&mut self, path: &str, value: Option<f64>, unit: Unit) {
        let Some(value) = value else { return };
        let reason = if !value.is_finite() {
            Some(Implausible::NotFinite)
        } else if value < 0.0 && unit != Unit::PercentagePoint {
            Some(Implausible::Negative)
        } else if unit == Unit::Percent && value > 100.0 {
            Some(Implausible::PercentOver100)
        } else if unit == Unit::Eur && value.fract() != 0.0 {
            Some(Implausible::Cents)
        } else {
            None
        };
        if let Some(reason) = reason {
            self.push(path, ProblemKind::ImplausibleNumber { value: value.to_string(), reason });
        }
    }

    fn funding(&mut self, path: &str, funding: &Funding) {
        let funder = &funding.funder;
        let known =
            ["organisations", "programmes"].iter().any(|c| self.ids.get(c).is_some_and(|ids| ids.contains_key(funder)));
        if !known {
            self.push(
                &format!("{path}.funder"),
                ProblemKind::UnknownReference { id: funder.clone(), collection: "organisations or programmes" },
            );
        }
        self.money(&format!("{path}.eur"), funding.eur);
        self.reference(&format!("{path}.source"), &funding.source, "sources");
        if let Some(note) = &funding.note {
            self.text(&format!("{path}.note"), note, MAX_TEXT_CHARS);
        }
    }

    fn period(&mut self, path: &str, period: &Period) {
        if period.end < period.start {
            self.push(path, ProblemKind::EndsBeforeStart);
        }
        self.reference(&format!("{path}.source"), &period.source, "sources");
        if let Some(note) = &period.note {
            self.text(&format!("{path}.note"), note, MAX_TEXT_CHARS);
        }
    }

    fn report(&mut self, report: &Report) {
        self.text("report.title", &report.title, MAX_NAME_CHARS);
        self.name("report.publisher", &report.publisher);
        self.text("report.summary", &report.summary, MAX_TEXT_CHARS);
        if let Some(contact) = &report.contact {
            self.text("report.contact", contact, MAX_TEXT_CHARS);
        }
        self.links("report.links", &report.links);
        self.reference("report.source", &report.source, "sources");
    }

    fn programme(&mut self, p: &str, programme: &Programme) {
        self.name(&format!("{p}.name"), &programme.name);
        self.name(&format!("{p}.short_name"), &programme.short_name);
        self.text(&format!("{p}.description"), &programme.description, MAX_TEXT_CHARS);
        for (j, budget) in programme.budgets.iter().enumerate() {
            let bp = format!("{p}.budgets[{j}]");
            self.money(&format!("{bp}.eur"), budget.eur);
            if let (Some(start), Some(end)) = (&budget.start, &budget.end) {
                if end < start {
                    self.push(&bp, ProblemKind::EndsBeforeStart);
                }
            }
            self.reference(&format!("{bp}.source"), &budget.source, "sources");
            if let Some(note) = &budget.note {
                self.text(&format!("{bp}.note"), note, MAX_TEXT_CHARS);
            }
        }
        for (j, funder) in programme.funders.iter().enumerate() {
            self.funding(&format!("{p}.funders[{j}]"), funder);
        }
        if let Some(period) = &programme.reporting_period {
            self.period(&format!("{p}.reporting_period"), period);
        }
        for (j, m) in programme.milestones.iter().enumerate() {
            self.text(&format!("{p}.milestones[{j}].label"), &m.label, MAX_NAME_CHARS);
            self.reference(&format!("{p}.milestones[{j}].source"), &m.source, "sources");
        }
        match &programme.follows {
            Some(earlier) if earlier == &programme.id => {
                self.push(&format!("{p}.follows"), ProblemKind::RefersToItself)
            }
            Some(earlier) => self.reference(&format!("{p}.follows"), earlier, "programmes"),
            None => {}
        }
        if let Some(g) = &programme.governance {
            self.text(&format!("{p}.governance"), g, MAX_TEXT_CHARS);
        }
        self.links(&format!("{p}.links"), &programme.links);
    }

    fn project(&mut self, p: &str, project: &Project) {
        self.name(&format!("{p}.name"), &project.name);
        for (j, alias) in project.aliases.iter().enumerate() {
            self.name(&format!("{p}.aliases[{j}]"), alias);
        }
        if let Some(programmes) = &project.programmes {
            for (j, id) in programmes.iter().enumerate() {
                self.reference(&format!("{p}.programmes[{j}]"), id, "programmes");
            }
        }
        for (j, id) in project.action_lines.iter().enumerate() {
            self.reference(&format!("{p}.action_lines[{j}]"), id, "action_lines");
        }
        if let Some(source) = &project.status_source {
            self.reference(&format!("{p}.status_source"), source, "sources");
        }
        self.text(&format!("{p}.description"), &project.description, MAX_TEXT_CHARS);
        for (j, participant) in project.participants.iter().enumerate() {
            let pp = format!("{p}.participants[{j}]");
            self.reference(&format!("{pp}.organisation"), &participant.organisation, "organisations");
            self.reference(&format!("{pp}.source"), &participant.source, "sources");
        }
        for (j, id) in project.municipalities.iter().enumerate() {
            self.reference(&format!("{p}.municipalities[{j}]"), id, "municipalities");
        }
        if let Some(location) = &project.location {
            self.text(&format!("{p}.location"), location, MAX_NAME_CHARS);
        }
        let dates = &project.dates;
        for (kind, date) in dates.known() {
            self.reference(&format!("{p}.dates.{}.source", kind.field()), &date.source, "sources");
        }
        for (start, end) in
            [(DateKind::PlannedStart, DateKind::PlannedEnd), (DateKind::ActualStart, DateKind::ActualEnd)]
        {
            if let (Some(s), Some(e)) = (dates.get(start), dates.get(end)) {
                if e.date < s.date {
                    self.push(&format!("{p}.dates.{}", end.field()), ProblemKind::EndsBeforeStart);
                }
            }
        }
        for (j, f) in project.funding.iter().enumerate() {
            self.funding(&format!("{p}.funding[{j}]"), f);
        }
        for (j, r) in project.results.iter().enumerate() {
            let rp = format!("{p}.results[{j}]");
            self.text(&format!("{rp}.label"), &r.label, MAX_NAME_CHARS);
            self.number(&format!("{rp}.value"), r.value, r.unit);
            self.reference(&format!("{rp}.source"), &r.source, "sources");
        }
        self.links(&format!("{p}.links"), &project.links);
        for (j, id) in project.sources.iter().enumerate() {
            self.reference(&format!("{p}.sources[{j}]"), id, "sources");
        }
        for (j, note) in project.quality_notes.iter().enumerate() {
            self.text(&format!("{p}.quality_notes[{j}]"), note, MAX_TEXT_CHARS);
        }
        if let Some(parent) = &project.part_of {
            if parent == &project.id {
                self.push(&format!("{p}.part_of"), ProblemKind::RefersToItself);
            } else {
                self.reference(&format!("{p}.part_of"), parent, "projects");
            }
        }
    }
}

/// Whether an id is a lowercase slug: `a-z`, `0-9` and `-`, not empty, not too long.
pub fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= MAX_ID_CHARS
        && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Whether a web address may become a link: absolute `http://` or `https://` with a host,
/// no whitespace or control characters. Everything else (`javascript:`, `data:`, relative) is refused.
pub fn is_http_url(url: &str) -> bool {
    let lower = url.get(..8).map(str::to_ascii_lowercase).unwrap_or_default();
    let rest = if lower.starts_with("https://") {
        &url[8..]
    } else if lower.starts_with("http://") {
        &url[7..]
    } else {
        return false;
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    !host.is_empty()
        && !url.chars().any(|c| c.is_whitespace() || c.is_control() || c == '"' || c == '<' || c == '>' || c == '\\')
}
