//! Citing a figure: the stable address of every figure the pages show (the values of the financial
//! charts are not among them: the report lost them, and no page shows one) (the same in every language,
//! so `nl/…#figure-key-x` and `en/…#figure-key-x` open the same figure), and the parts of a
//! citation in APA style that do not depend on words (the year, or that there is none). The words
//! of a citation are the app's (locales/*.json, `cite.*`), so they follow the reader's language.

use super::date::PartialDate;

/// A figure, by what it is and where the dataset has it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FigureRef<'a> {
    /// A headline figure (`key_figures[id]`).
    Key(&'a str),
    /// A programme's budget (`programmes[id].budgets[n]`).
    Budget(&'a str, usize),
    /// A regional indicator (`indicators[id]`).
    Indicator(&'a str),
    /// A project's result (`projects[id].results[n]`).
    Result(&'a str, usize),
}

/// The id of the figure's element on its page, which its address names after `#`.
pub fn anchor(figure: FigureRef) -> String {
    match figure {
        FigureRef::Key(id) => format!("figure-key-{id}"),
        FigureRef::Budget(id, n) => format!("figure-budget-{id}-{n}"),
        FigureRef::Indicator(id) => format!("figure-indicator-{id}"),
        FigureRef::Result(id, n) => format!("figure-result-{id}-{n}"),
    }
}

/// The year of an APA reference: the source's year of publication, or `no_date` ("z.d.", "n.d.",
/// "o. J.") where the source gives none.
pub fn apa_year(published: Option<&PartialDate>, no_date: &str) -> String {
    published.map_or_else(|| no_date.to_string(), |date| date.year.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_of_figure_has_its_own_address_and_ids_do_not_collide_across_kinds() {
        let anchors = [
            anchor(FigureRef::Key("banen")),
            anchor(FigureRef::Indicator("banen")),
            anchor(FigureRef::Budget("rdt", 0)),
            anchor(FigureRef::Budget("rdt", 1)),
            anchor(FigureRef::Result("talentit", 0)),
        ];
        assert_eq!(anchors[0], "figure-key-banen");
        assert_eq!(anchors[3], "figure-budget-rdt-1");
        let unique: std::collections::HashSet<&String> = anchors.iter().collect();
        assert_eq!(unique.len(), anchors.len());
    }

    #[test]
    fn the_apa_year_is_the_source_s_or_says_there_is_none() {
        assert_eq!(apa_year(PartialDate::parse("2020-05").as_ref(), "z.d."), "2020");
        assert_eq!(apa_year(None, "n.d."), "n.d.");
    }
}
