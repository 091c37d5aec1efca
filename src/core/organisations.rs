//! What the dataset says about one organisation: the projects it takes part in or pays for, in
//! which roles and on which sources, and its part of the basic infrastructure. The organisation's
//! page shows this (`organisations/<id>/`).

use super::model::{BasisOrganisation, Dataset, Role};

/// One project an organisation is involved in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Involvement {
    /// Position of the project in `dataset.projects`.
    pub project: u32,
    /// Its roles there, each with the source that names it, in the order the project lists them
    /// (taking part first, then paying).
    pub roles: Vec<(Role, String)>,
}

/// The projects the organisation `id` takes part in or funds, in `by_name` order (the search
/// index's order of the projects by name).
pub fn involvement(dataset: &Dataset, by_name: &[u32], id: &str) -> Vec<Involvement> {
    by_name
        .iter()
        .map(|&position| (position as usize, &dataset.projects[position as usize]))
        .filter_map(|(position, project)| {
            let taking_part =
                project.participants.iter().filter(|p| p.organisation == id).map(|p| (p.role, p.source.clone()));
            let paying = project.funding.iter().filter(|f| f.funder == id).map(|f| (Role::Funding, f.source.clone()));
            let mut roles: Vec<(Role, String)> = Vec::new();
            for role in taking_part.chain(paying) {
                if !roles.contains(&role) {
                    roles.push(role);
                }
            }
            (!roles.is_empty()).then_some(Involvement { project: position as u32, roles })
        })
        .collect()
}

/// The parts of the basic infrastructure that are this organisation.
pub fn basis<'a>(dataset: &'a Dataset, id: &str) -> Vec<&'a BasisOrganisation> {
    dataset.basisinfrastructuur.iter().filter(|b| b.organisation.as_deref() == Some(id)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::core::fold::fold;
    use crate::core::index::SearchIndex;

    #[test]
    fn lists_the_projects_of_an_organisation_with_its_roles() {
        let dataset = crate::core::bundled_dataset();
        let index = SearchIndex::build(&dataset);
        let enschede = involvement(&dataset, &index.by_name, "gemeente-enschede");
        let names: Vec<&str> = enschede.iter().map(|i| dataset.projects[i.project as usize].name.as_str()).collect();
        assert!(names.contains(&"Twents Fonds voor Vakmanschap"), "{names:?}");
        let tfvv = enschede.iter().find(|i| dataset.projects[i.project as usize].id == "twents-fonds-voor-vakmanschap");
        assert!(tfvv.is_some_and(|i| i.roles.iter().any(|(role, _)| *role == Role::Lead)), "Enschede is penvoerder");
        let mut sorted = names.clone();
        sorted.sort_by_key(|n| fold(n));
        assert_eq!(names, sorted);
    }

    #[test]
    fn an_organisation_in_no_project_has_its_part_of_the_basic_infrastructure() {
        let dataset = crate::core::bundled_dataset();
        let index = crate::core::index::SearchIndex::build(&dataset);
        assert!(involvement(&dataset, &index.by_name, "werkplein").is_empty());
        assert_eq!(basis(&dataset, "werkplein").len(), 1);
        assert!(involvement(&dataset, &index.by_name, "no-such-organisation").is_empty());
    }
}
