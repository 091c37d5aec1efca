//! Numbers, money and dates written the way readers of each language expect.
//!
//! Written by hand on purpose: the three locales need a few hundred bytes of rules, where ICU's
//! formatters would add hundreds of kilobytes of data to the wasm download.

use super::date::PartialDate;
use super::model::{Qualifier, Unit};
use super::text::Lang;

/// Separators of a locale: (thousands, decimal).
fn separators(lang: Lang) -> (char, char) {
    match lang {
        Lang::Nl | Lang::De => ('.', ','),
        Lang::En => (',', '.'),
    }
}

/// An integer with thousands separators: `1.500` (nl, de), `1,500` (en).
pub fn integer(value: i64, lang: Lang) -> String {
    let (thousands, _) = separators(lang);
    let digits = value.unsigned_abs().to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 1);
    if value < 0 {
        out.push('-');
    }
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(thousands);
        }
        out.push(c);
    }
    out
}

/// A number with at most `max_decimals` decimals, trailing zeros dropped: `9,1` (nl), `9.1` (en).
pub fn decimal(value: f64, max_decimals: u32, lang: Lang) -> String {
    let factor = 10f64.powi(max_decimals as i32);
    let scaled = (value * factor).round();
    let whole = (scaled / factor).trunc();
    let mut fraction = (scaled - whole * factor).abs() as u64;
    let mut decimals = max_decimals;
    while decimals > 0 && fraction.is_multiple_of(10) {
        fraction /= 10;
        decimals -= 1;
    }
    let sign = if value < 0.0 && whole == 0.0 && fraction > 0 { "-" } else { "" };
    let mut out = format!("{sign}{}", integer(whole as i64, lang));
    if decimals > 0 {
        let (_, decimal_sep) = separators(lang);
        out.push(decimal_sep);
        out.push_str(&format!("{fraction:0width$}", width = decimals as usize));
    }
    out
}

/// A money amount in whole euros, short for millions: `€ 26 mln`, `€26 million`, `26 Mio. €`;
/// exact below a million: `€ 99.400`, `€99,400`, `99.400 €`.
pub fn money(eur: i64, lang: Lang) -> String {
    let millions = eur as f64 / 1_000_000.0;
    if eur.unsigned_abs() >= 1_000_000 {
        let number = decimal(millions, 1, lang);
        match lang {
            Lang::Nl => format!("€ {number} mln"),
            Lang::En => format!("€{number} million"),
            Lang::De => format!("{number} Mio. €"),
        }
    } else {
        let number = integer(eur, lang);
        match lang {
            Lang::Nl => format!("€ {number}"),
            Lang::En => format!("€{number}"),
            Lang::De => format!("{number} €"),
        }
    }
}

/// A figure with its unit: `1.500`, `9,1%`, `180 ha`, `4.600 TJ`, `€ 26 mln`, `0,3 procentpunt`.
pub fn figure(value: f64, unit: Unit, lang: Lang) -> String {
    match unit {
        Unit::Eur if value.fract() != 0.0 && value.abs() < 1000.0 => cents(value, lang),
        Unit::Eur => money(value.round() as i64, lang),
        unit => with_unit(decimal(value, 1, lang), unit, lang),
    }
}

/// A figure with every digit, where a change of one euro must show (comparing two versions of the
/// dataset): `€ 26.000.001`, `12,3456 ha`.
pub fn exact_figure(value: f64, unit: Unit, lang: Lang) -> String {
    match unit {
        Unit::Eur if value.fract() == 0.0 => {
            let number = integer(value as i64, lang);
            match lang {
                Lang::Nl => format!("€ {number}"),
                Lang::En => format!("€{number}"),
                Lang::De => format!("{number} €"),
            }
        }
        Unit::Eur => cents(value, lang),
        unit => with_unit(decimal(value, 6, lang), unit, lang),
    }
}

/// `number` followed by the unit's sign or word (money has its own formats above).
fn with_unit(number: String, unit: Unit, lang: Lang) -> String {
    match unit {
        Unit::Count | Unit::Eur => number,
        Unit::Percent => match lang {
            Lang::De => format!("{number} %"),
            _ => format!("{number}%"),
        },
        Unit::Hectare => format!("{number} ha"),
        Unit::Terajoule => format!("{number} TJ"),
        Unit::Kilogram => format!("{number} kg"),
        Unit::PercentagePoint => match lang {
            Lang::Nl => format!("{number} procentpunt"),
            Lang::En => format!("{number} percentage points"),
            Lang::De => format!("{number} Prozentpunkte"),
        },
    }
}

/// A period as the dataset writes it: a date (`2020-04`) in words, anything else (`2018–2020`) as is.
pub fn period(text: &str, lang: Lang) -> String {
    PartialDate::parse(text).map_or_else(|| text.to_string(), |d| date(&d, lang))
}

/// A small amount with cents: `€ 7,50`, `€7.50`, `7,50 €`.
pub fn cents(eur: f64, lang: Lang) -> String {
    let number = decimal(eur, 2, lang);
    let (_, decimal_sep) = separators(lang);
    // Always two decimals for money with cents ("7,5" reads wrong).
    let number = match number.split_once(decimal_sep) {
        Some((whole, fraction)) if fraction.len() == 1 => {
            format!("{whole}{decimal_sep}{fraction}0")
        }
        _ => number,
    };
    match lang {
        Lang::Nl => format!("€ {number}"),
        Lang::En => format!("€{number}"),
        Lang::De => format!("{number} €"),
    }
}

/// The word for a qualifier, to put before a figure: "ruim", "over", "über"; empty for exact figures.
pub fn qualifier(q: Qualifier, lang: Lang) -> &'static str {
    match (q, lang) {
        (Qualifier::Exact, _) => "",
        (Qualifier::About, Lang::Nl) => "circa",
        (Qualifier::About, Lang::En) => "about",
        (Qualifier::About, Lang::De) => "etwa",
        (Qualifier::MoreThan, Lang::Nl) => "ruim",
        (Qualifier::MoreThan, Lang::En) => "over",
        (Qualifier::MoreThan, Lang::De) => "über",
        (Qualifier::AtLeast, Lang::Nl) => "minstens",
        (Qualifier::AtLeast, Lang::En) => "at least",
        (Qualifier::AtLeast, Lang::De) => "mindestens",
        (Qualifier::UpTo, Lang::Nl) => "tot",
        (Qualifier::UpTo, Lang::En) => "up to",
        (Qualifier::UpTo, Lang::De) => "bis zu",
        (Qualifier::LessThan, Lang::Nl) => "minder dan",
        (Qualifier::LessThan, Lang::En) => "under",
        (Qualifier::LessThan, Lang::De) => "unter",
    }
}

/// A figure with its qualifier in front: `ruim 1.500`.
pub fn qualified(q: Qualifier, figure: &str, lang: Lang) -> String {
    match qualifier(q, lang) {
        "" => figure.to_string(),
        word => format!("{word} {figure}"),
    }
}

const MONTHS_NL: [&str; 12] = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
];
const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const MONTHS_DE: [&str; 12] = [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
];

/// A date as precise as it is known: `20 november 2019`, `20 November 2019`, `20. November 2019`;
/// `november 2019`; `2019`.
pub fn date(d: &PartialDate, lang: Lang) -> String {
    let Some(month) = d.month else {
        return d.year.to_string();
    };
    let names = match lang {
        Lang::Nl => &MONTHS_NL,
        Lang::En => &MONTHS_EN,
        Lang::De => &MONTHS_DE,
    };
    let name = names[(month as usize).saturating_sub(1).min(11)];
    match (d.day, lang) {
        (None, _) => format!("{name} {}", d.year),
        (Some(day), Lang::De) => format!("{day}. {name} {}", d.year),
        (Some(day), _) => format!("{day} {name} {}", d.year),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exact_figures_show_every_digit_where_figures_round() {
        assert_eq!(figure(26_000_001.0, Unit::Eur, Lang::Nl), "€ 26 mln");
        assert_eq!(exact_figure(26_000_001.0, Unit::Eur, Lang::Nl), "€ 26.000.001");
        assert_eq!(exact_figure(26_000_001.0, Unit::Eur, Lang::En), "€26,000,001");
        assert_eq!(exact_figure(26_000_001.0, Unit::Eur, Lang::De), "26.000.001 €");
        assert_eq!(exact_figure(12.3456, Unit::Hectare, Lang::Nl), "12,3456 ha");
        assert_eq!(exact_figure(1500.0, Unit::Count, Lang::En), "1,500");
        assert_eq!(figure(9.12, Unit::Percent, Lang::Nl), "9,1%");
    }

    #[test]
    fn groups_thousands_per_language() {
        assert_eq!(integer(1500, Lang::Nl), "1.500");
        assert_eq!(integer(1500, Lang::En), "1,500");
        assert_eq!(integer(315500, Lang::De), "315.500");
        assert_eq!(integer(999, Lang::Nl), "999");
        assert_eq!(integer(-1234567, Lang::En), "-1,234,567");
    }

    #[test]
    fn writes_millions_short_and_smaller_amounts_in_full() {
        assert_eq!(money(26_000_000, Lang::Nl), "€ 26 mln");
        assert_eq!(money(26_000_000, Lang::En), "€26 million");
        assert_eq!(money(26_000_000, Lang::De), "26 Mio. €");
        assert_eq!(money(163_400_000, Lang::Nl), "€ 163,4 mln");
        assert_eq!(money(163_400_000, Lang::En), "€163.4 million");
        assert_eq!(money(99_400, Lang::Nl), "€ 99.400");
        assert_eq!(money(99_400, Lang::En), "€99,400");
        assert_eq!(money(99_400, Lang::De), "99.400 €");
    }

    #[test]
    fn drops_trailing_zero_decimals() {
        assert_eq!(decimal(9.1, 1, Lang::Nl), "9,1");
        assert_eq!(decimal(3.0, 1, Lang::En), "3");
        assert_eq!(decimal(33.3, 1, Lang::De), "33,3");
        assert_eq!(decimal(4600.0, 1, Lang::Nl), "4.600");
    }

    #[test]
    fn writes_dates_as_precise_as_known() {
        let day = PartialDate::parse("2019-11-20").unwrap();
        assert_eq!(date(&day, Lang::Nl), "20 november 2019");
        assert_eq!(date(&day, Lang::De), "20. November 2019");
        assert_eq!(date(&PartialDate::parse("2019-03").unwrap(), Lang::De), "März 2019");
        assert_eq!(date(&PartialDate::parse("2019").unwrap(), Lang::En), "2019");
    }

    #[test]
    fn writes_figures_with_their_units() {
        assert_eq!(figure(9.1, Unit::Percent, Lang::Nl), "9,1%");
        assert_eq!(figure(9.1, Unit::Percent, Lang::De), "9,1 %");
        assert_eq!(figure(180.0, Unit::Hectare, Lang::En), "180 ha");
        assert_eq!(figure(4600.0, Unit::Terajoule, Lang::Nl), "4.600 TJ");
        assert_eq!(figure(26e6, Unit::Eur, Lang::Nl), "€ 26 mln");
        assert_eq!(figure(7.5, Unit::Eur, Lang::Nl), "€ 7,50");
        assert_eq!(figure(7.5, Unit::Eur, Lang::En), "€7.50");
        assert_eq!(figure(7.5, Unit::Eur, Lang::De), "7,50 €");
    }

    #[test]
    fn puts_the_qualifier_before_the_figure() {
        assert_eq!(qualified(Qualifier::MoreThan, "1.500", Lang::Nl), "ruim 1.500");
        assert_eq!(qualified(Qualifier::Exact, "25", Lang::En), "25");
    }
}
