//! The plain answer about the money (issue 26): for a programme, the amount most of its sources
//! state, who puts in how much, and how much the sources say was committed by when; for a set of
//! projects, at how many the sources name an amount. The views turn this into one or two sentences;
//! this module decides what those may claim, so that nothing is said that the dataset does not hold.

use super::model::{Budget, Dataset, Funding, KeyFigure, Programme, Project, Unit};

/// What the sources say about a programme's money.
#[derive(Debug, Clone, PartialEq)]
pub struct ProgrammeMoney<'a> {
    /// The first statement of the amount most statements give (the first one given on a tie);
    /// `None` when no source gives an amount.
    pub budget: Option<&'a Budget>,
    /// Statements that give another amount: the reason a page shows "why two amounts".
    pub variants: Vec<&'a Budget>,
    /// Who puts in how much, as the sources of the headline amount split it (every funder once).
    pub funders: Vec<&'a Funding>,
    /// How much of the money the sources say was committed, out of how much, by when.
    pub committed: Option<&'a KeyFigure>,
    /// Whose money the committed figure is a share of, where its whole is one funder's amount.
    pub committed_of: Option<&'a Funding>,
}

/// The money answer of `programme`.
pub fn programme<'a>(dataset: &'a Dataset, programme: &'a Programme) -> ProgrammeMoney<'a> {
    let stated = |eur: i64| programme.budgets.iter().filter(|b| b.eur == Some(eur)).count();
    let budget = programme.budgets.iter().filter(|b| b.eur.is_some()).fold(None::<&Budget>, |best, b| match best {
        Some(best) if stated(best.eur.unwrap_or(0)) >= stated(b.eur.unwrap_or(0)) => Some(best),
        _ => Some(b),
    });
    let headline = budget.and_then(|b| b.eur);
    let variants = programme.budgets.iter().filter(|b| b.eur.is_some() && b.eur != headline).collect();
    let headline_sources: Vec<&str> =
        programme.budgets.iter().filter(|b| b.eur == headline).map(|b| b.source.as_str()).collect();
    let split: Vec<&Funding> =
        programme.funders.iter().filter(|f| headline_sources.contains(&f.source.as_str())).collect();
    let candidates = if split.is_empty() { programme.funders.iter().collect() } else { split };
    let mut funders: Vec<&Funding> = Vec::new();
    for f in candidates {
        if !funders.iter().any(|known| known.funder == f.funder) {
            funders.push(f);
        }
    }
    let committed = dataset.key_figures.iter().find(|k| {
        k.programme.as_deref() == Some(programme.id.as_str())
            && k.unit == Unit::Eur
            && k.value.is_some()
            && k.of.is_some()
    });
    let committed_of = committed.and_then(|k| {
        let whole = k.of? as i64;
        funders.iter().copied().find(|f| f.eur == Some(whole))
    });
    ProgrammeMoney { budget, variants, funders, committed, committed_of }
}

/// At how many of `projects` the sources name an amount, and what those amounts add up to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KnownAmounts {
    /// The projects counted.
    pub projects: usize,
    /// Those with at least one amount.
    pub with_amount: usize,
    /// The sum of the known amounts (of those projects only; the others' are unknown, not zero).
    pub total: i64,
}

/// The known amounts of `projects`.
pub fn known_amounts<'a>(projects: impl IntoIterator<Item = &'a Project>) -> KnownAmounts {
    let mut known = KnownAmounts { projects: 0, with_amount: 0, total: 0 };
    for project in projects {
        known.projects += 1;
        if let Some(total) = project.known_funding_total() {
            known.with_amount += 1;
            known.total += total;
        }
    }
    known
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::bundled_dataset;

    #[test]
    fn the_regio_deal_is_the_amount_three_sources_state_split_as_those_sources_split_it() {
        let dataset = bundled_dataset();
        let rdt = dataset.programme("rdt").unwrap();
        let money = programme(&dataset, rdt);
        assert_eq!(money.budget.and_then(|b| b.eur), Some(150_000_000));
        let variants: Vec<Option<i64>> = money.variants.iter().map(|b| b.eur).collect();
        assert_eq!(variants, [Some(163_400_000)], "the amount with photonics is the one variant");
        let funders: Vec<(&str, Option<i64>)> = money.funders.iter().map(|f| (f.funder.as_str(), f.eur)).collect();
        assert_eq!(funders[0], ("rijk", Some(30_000_000)), "the Rijk once, with the split's amount");
        assert!(funders.iter().filter(|(f, _)| *f == "rijk").count() == 1);
        assert!(funders.iter().any(|(_, eur)| eur.is_none()), "a funder without an amount stays unknown");
        assert_eq!(money.committed.and_then(|k| k.value), Some(26_000_000.0));
        assert_eq!(money.committed_of.map(|f| f.funder.as_str()), Some("rijk"), "26 of the Rijk's 30 million");
    }

    #[test]
    fn the_agenda_has_its_one_amount_its_funders_and_no_committed_figure() {
        let dataset = bundled_dataset();
        let avt = dataset.programme("avt").unwrap();
        let money = programme(&dataset, avt);
        assert_eq!(money.budget.and_then(|b| b.eur), Some(20_000_000));
        assert!(money.variants.is_empty());
        assert_eq!(money.funders.len(), 1, "the 14 municipalities, from another source than the amount");
        assert_eq!(money.committed, None);
    }

    #[test]
    fn unknown_amounts_are_counted_as_unknown_not_as_zero() {
        let dataset = bundled_dataset();
        let known = known_amounts(&dataset.projects);
        assert_eq!(known.projects, dataset.projects.len());
        assert!(known.with_amount >= 1 && known.with_amount < known.projects);
        let talentit = dataset.projects.iter().find(|p| p.id == "talentit").unwrap();
        assert_eq!(known_amounts([talentit]).total, talentit.known_funding_total().unwrap());
    }
}
