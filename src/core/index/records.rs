//! The records other than projects that search finds: the organisations, the parts of the basic
//! infrastructure and the programmes (and the glossary's terms, which the app adds), each with its
//! searchable text, written as a project's is ([`RecordText`]).

use std::collections::HashMap;

use strum::{IntoStaticStr, VariantArray};

use super::{Field, KindNames, RecordText, Texts};
use crate::core::model::Dataset;

/// A record other than a project that search finds: what the report names besides its projects.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, IntoStaticStr, VariantArray)]
#[strum(serialize_all = "lowercase")]
pub enum RecordKind {
    /// An organisation (its page: `organisations/<id>/`).
    Organisation,
    /// A part of the basic infrastructure, with its activities.
    Basis,
    /// A programme.
    Programme,
    /// A term of the glossary (which lives in the interface's texts; see [`super::SearchIndex::add_terms`]).
    Glossary,
}

impl RecordKind {
    /// The name in test sets and locale keys (`organisation`).
    pub fn key(self) -> &'static str {
        self.into()
    }
}

/// A record other than a project, as search finds it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    /// What it is.
    pub kind: RecordKind,
    /// Its id in the dataset.
    pub id: String,
    /// Its name, as shown.
    pub name: String,
}

/// The records other than projects that search finds, with their texts: each organisation (with
/// its seat and the activities of its part of the basic infrastructure), each part of the basic
/// infrastructure, each programme.
pub(super) fn records(
    dataset: &Dataset,
    municipalities: &HashMap<&str, &str>,
    kind_names: KindNames<'_>,
) -> (Vec<Record>, Texts) {
    let mut records = Vec::new();
    let mut texts = Texts::default();
    let mut push = |kind, id: &str, name: &str, text: RecordText| {
        records.push(Record { kind, id: id.to_string(), name: name.to_string() });
        texts.push(text);
    };
    for organisation in &dataset.organisations {
        let mut text = RecordText::default();
        text.add(Field::Name, [organisation.name.as_str()]);
        let seat = organisation.municipality.as_deref().map(|id| municipalities.get(id).copied().unwrap_or(id));
        text.add(Field::Place, seat);
        text.add(Field::Description, organisation.kind.map(kind_names).unwrap_or_default());
        let basis = dataset.basisinfrastructuur.iter().filter(|b| b.organisation.as_deref() == Some(&organisation.id));
        text.add(Field::Result, basis.flat_map(|b| b.activities.iter().flat_map(|a| a.all())));
        push(RecordKind::Organisation, &organisation.id, &organisation.name, text);
    }
    for basis in &dataset.basisinfrastructuur {
        let mut text = RecordText::default();
        text.add(Field::Name, [basis.name.as_str()]);
        let organisation =
            basis.organisation.as_deref().and_then(|id| dataset.organisations.iter().find(|o| o.id == id));
        text.add(Field::Organisation, organisation.map(|o| o.name.as_str()));
        text.add(Field::Description, basis.description.all());
        text.add(Field::Result, basis.activities.iter().flat_map(|a| a.all()));
        push(RecordKind::Basis, &basis.id, &basis.name, text);
    }
    for programme in &dataset.programmes {
        let mut text = RecordText::default();
        text.add(Field::Name, [programme.name.as_str()]);
        text.add(Field::Alias, [programme.short_name.as_str()]);
        text.add(Field::Description, programme.description.all());
        // Its milestones: events such as the 2019 review of the basic infrastructure have no record
        // of their own, and are found through the programme whose page lists them.
        text.add(Field::Result, programme.milestones.iter().flat_map(|m| m.label.all()));
        push(RecordKind::Programme, &programme.id, &programme.name, text);
    }
    (records, texts)
}
