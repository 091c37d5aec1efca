//! Which municipalities a project belongs to, and how: it takes place there, the municipality's own
//! government takes part in it (as lead, funder, partner, ...), or it is for all of Twente (the
//! dataset lists every municipality). One definition, read by the municipality pages, the
//! municipality filter and search, so that the three always give the same set.

use std::collections::HashMap;

use super::model::{Dataset, OrganisationKind, Project, Role};

/// How a project belongs to a municipality.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Tie {
    /// The project takes place in the municipality.
    Location,
    /// The municipality's own government takes part, in this role.
    Government(Role),
    /// The project is for all of Twente: every municipality takes part.
    WholeRegion,
}

/// What the dataset says about places, gathered once for many projects.
pub struct Places<'a> {
    /// The municipality each local government governs (its seat), by organisation id.
    governments: HashMap<&'a str, &'a str>,
    /// Every municipality's id, in the dataset's order.
    all: Vec<&'a str>,
}

impl<'a> Places<'a> {
    /// The places of `dataset`.
    pub fn of(dataset: &'a Dataset) -> Places<'a> {
        let governments = dataset
            .organisations
            .iter()
            .filter(|o| o.kind == Some(OrganisationKind::LocalGovernment))
            .filter_map(|o| Some((o.id.as_str(), o.municipality.as_deref()?)))
            .collect();
        Places { governments, all: dataset.municipalities.iter().map(|m| m.id.as_str()).collect() }
    }

    /// Whether the project is for all of Twente: it lists every municipality.
    pub fn is_whole_region(&self, project: &Project) -> bool {
        !self.all.is_empty() && self.all.iter().all(|id| project.municipalities.iter().any(|m| m == id))
    }

    /// How the project belongs to `municipality`, the closest tie first; `None` when it does not.
    /// A project for all of Twente belongs to each municipality as such, also where it is
    /// located in one or a municipality's government leads it: its page lists it with the region.
    pub fn tie(&self, project: &Project, municipality: &str) -> Option<Tie> {
        if self.is_whole_region(project) {
            return Some(Tie::WholeRegion);
        }
        if project.municipalities.iter().any(|m| m == municipality) {
            return Some(Tie::Location);
        }
        project
            .participants
            .iter()
            .filter(|p| self.governments.get(p.organisation.as_str()) == Some(&municipality))
            .map(|p| Tie::Government(p.role))
            .min()
    }

    /// The ids of the municipalities the project belongs to, in the dataset's order.
    pub fn municipalities(&self, project: &Project) -> Vec<&'a str> {
        if self.is_whole_region(project) {
            return self.all.clone();
        }
        let governed: Vec<&str> = project
            .participants
            .iter()
            .filter_map(|p| self.governments.get(p.organisation.as_str()).copied())
            .collect();
        self.all
            .iter()
            .copied()
            .filter(|m| project.municipalities.iter().any(|l| l == m) || governed.contains(m))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::bundled_dataset;

    fn tied<'a>(dataset: &'a Dataset, municipality: &str) -> Vec<(&'a str, Tie)> {
        let places = Places::of(dataset);
        dataset.projects.iter().filter_map(|p| Some((p.id.as_str(), places.tie(p, municipality)?))).collect()
    }

    #[test]
    fn a_municipality_has_the_projects_in_it_those_its_government_takes_part_in_and_those_for_all_of_twente() {
        let dataset = bundled_dataset();
        let enschede = tied(&dataset, "enschede");
        let tie_of = |id: &str| enschede.iter().find(|(p, _)| *p == id).map(|(_, t)| *t);
        assert_eq!(tie_of("kennispark-twente"), Some(Tie::Location));
        assert_eq!(tie_of("creatieve-broedplaatsen"), Some(Tie::Government(Role::Lead)));
        assert_eq!(tie_of("twents-fonds-voor-vakmanschap"), Some(Tie::WholeRegion), "all 14 take part");
        assert!(enschede.len() >= 6, "Enschede has at least six projects, has {enschede:?}");
        let almelo = tied(&dataset, "almelo");
        assert!(almelo.iter().any(|(p, t)| *p == "twents-fonds-voor-vakmanschap" && *t == Tie::WholeRegion));
        assert!(!almelo.iter().any(|(p, _)| *p == "creatieve-broedplaatsen"), "led by Enschede, not Almelo");
    }

    #[test]
    fn an_organisation_seated_in_a_town_is_not_its_government() {
        let dataset = bundled_dataset();
        let places = Places::of(&dataset);
        // Stichting Talent IT Twente is seated in Enschede but is not a government: TalentIT is
        // Enschede's because it takes place there, not because of its lead.
        let talentit = dataset.projects.iter().find(|p| p.id == "talentit").unwrap();
        assert_eq!(places.tie(talentit, "enschede"), Some(Tie::Location));
        assert_eq!(places.tie(talentit, "almelo"), None);
    }
}
