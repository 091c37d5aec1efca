//! A schematic tile map of the 14 municipalities of Twente: each a square at its rough place, with
//! its name and number of projects. Designed by hand (no geodata): the reader should recognise the
//! region, not measure it.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::bars::FONT_PX;
use super::{escape, label_svg, links_layer, ChartSvg};

/// Column and row of each municipality on a 5 x 4 grid, west to east and north to south.
pub const LAYOUT: [(&str, u8, u8); 14] = [
    ("twenterand", 1, 0),
    ("tubbergen", 2, 0),
    ("dinkelland", 3, 0),
    ("hellendoorn", 0, 1),
    ("almelo", 1, 1),
    ("borne", 2, 1),
    ("oldenzaal", 3, 1),
    ("losser", 4, 1),
    ("rijssen-holten", 0, 2),
    ("wierden", 1, 2),
    ("hengelo", 2, 2),
    ("enschede", 3, 2),
    ("hof-van-twente", 1, 3),
    ("haaksbergen", 2, 3),
];
const COLUMNS: u32 = 5;
const ROWS: u32 = 4;
const GAP: i32 = 6;

/// One municipality's tile.
#[derive(Debug, Clone, PartialEq)]
pub struct Tile {
    /// Municipality id (placed by [`LAYOUT`]; unknown ids are not drawn).
    pub id: String,
    /// Its name.
    pub name: String,
    /// Number of projects.
    pub count: u32,
    /// The number as text.
    pub count_label: String,
    /// Where clicking the tile leads.
    pub href: String,
    /// Accessible name of that link.
    pub link_label: String,
}

/// A tile map ready to draw.
#[derive(Debug, Clone, PartialEq)]
pub struct TileMap {
    /// Accessible name.
    pub title: String,
    /// The tiles.
    pub tiles: Vec<Tile>,
}

/// The side of a tile for a drawing `width` pixels wide (at most 130 px).
pub fn tile_size(width: u32) -> u32 {
    ((width.max(200) - (COLUMNS - 1) * GAP as u32) / COLUMNS).min(130)
}

/// The share of the most projects from which a tile is dark enough for white text: below it black
/// contrasts more, above it white (WCAG's formula; a test checks every shade).
const WHITE_FROM: f64 = 0.731;

/// The sizes a tile's name may take, largest first: the map uses the largest at which every word of
/// every name fits its tile, so a phone shows whole names in smaller type rather than cut ones.
const NAME_PX: [f64; 5] = [13.0, 12.0, 11.0, 10.0, 9.0];

/// How wide a tile's name is taken to be, per letter and font pixel: as wide as the widest common
/// sans-serif draws it (DejaVu Sans, on Linux, measured 0.83 to 0.87), not the charts' average
/// (`text_width`), so a narrower phone font has room to spare rather than too little.
const NAME_EM: f64 = 0.9;

/// The width of a tile's name at `px`.
fn name_width(text: &str, px: f64) -> f64 {
    text.chars().count() as f64 * px * NAME_EM
}

/// The most lines a tile's name takes.
const NAME_LINES: usize = 3;

/// The font size for the names on tiles `room` pixels wide (inside their margin).
pub fn name_px<'a>(names: impl IntoIterator<Item = &'a str> + Clone, room: f64) -> f64 {
    let fits = |px: f64| names.clone().into_iter().flat_map(|n| n.split([' ', '-'])).all(|w| name_width(w, px) <= room);
    NAME_PX.into_iter().find(|&px| fits(px)).unwrap_or(NAME_PX[NAME_PX.len() - 1])
}

/// The name on up to three lines that fit `width` pixels at `px`. A word too long even then is
/// broken with a hyphen where Dutch breaks words ([`break_word`]: "Hellen-doorn", "Ensche-de"); only
/// what does not fit after that is cut with an ellipsis (the full name is in the link's accessible
/// name and in the list beside the map).
pub fn name_lines(name: &str, width: f64, px: f64) -> Vec<String> {
    let fits = |s: &str| name_width(s, px) <= width;
    let mut words: Vec<String> = Vec::new();
    for word in name.split_inclusive([' ', '-']) {
        match break_word(word.trim_end(), &fits) {
            Some((head, tail)) => {
                words.push(format!("{head}-"));
                words.push(format!("{tail}{}", &word[word.trim_end().len()..]));
            }
            None => words.push(word.to_string()),
        }
    }
    let mut lines: Vec<String> = vec![String::new()];
    for word in words {
        let last = lines.last_mut().map(|l| format!("{l}{word}")).unwrap_or_default();
        if fits(last.trim_end()) || lines.last().is_some_and(String::is_empty) {
            *lines.last_mut().unwrap_or(&mut String::new()) = last;
        } else {
            lines.push(word);
        }
    }
    lines.truncate(NAME_LINES);
    lines
        .into_iter()
        .map(|l| {
            let l = l.trim().to_string();
            if fits(&l) {
                return l;
            }
            let mut cut: String = l.chars().collect();
            while !cut.is_empty() && !fits(&format!("{cut}…")) {
                cut.pop();
            }
            format!("{cut}…")
        })
        .collect()
}

/// Where to break a `word` that does not fit: the last place, of those where Dutch breaks a word,
/// whose first part with its hyphen fits. Dutch breaks between two consonants ("Hel-len") except
/// inside "ch" and "sch", and before a single consonant between vowels ("Ensche-de"); each part
/// keeps two letters at least. `None` when the word fits or has no such place.
fn break_word(word: &str, fits: &impl Fn(&str) -> bool) -> Option<(String, String)> {
    // The names of Twente's municipalities are ASCII; another name is not broken (the list beside
    // the map and the link's name have it whole).
    if fits(word) || !word.is_ascii() {
        return None;
    }
    let letters = word.to_ascii_lowercase().into_bytes();
    let vowel = |c: u8| b"aeiouy".contains(&c);
    let consonant = |c: u8| c.is_ascii_alphabetic() && !vowel(c);
    let breaks_at = |k: usize| {
        let (before, after) = (letters[k - 1], letters[k]);
        let between_consonants =
            consonant(before) && consonant(after) && !(after == b'h' || (before == b's' && after == b'c'));
        let before_single = vowel(before) && consonant(after) && letters.get(k + 1).copied().is_some_and(vowel);
        between_consonants || before_single
    };
    (2..letters.len().saturating_sub(1))
        .rev()
        .find(|&k| breaks_at(k) && fits(&format!("{}-", &word[..k])))
        .map(|k| (word[..k].to_string(), word[k..].to_string()))
}

/// Draws the map `width` pixels wide.
pub fn render(map: &TileMap, width: u32) -> ChartSvg {
    let size = tile_size(width) as i32;
    let w = COLUMNS as i32 * size + (COLUMNS as i32 - 1) * GAP;
    let h = ROWS as i32 * size + (ROWS as i32 - 1) * GAP;
    let max = map.tiles.iter().map(|t| t.count).max().unwrap_or(0).max(1);
    let mut svg = String::new();
    let mut links = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (w as u32, h as u32)).into_drawing_area();
        let font = super::font();
        let room = size as f64 - 8.0;
        let px = name_px(map.tiles.iter().map(|t| t.name.as_str()), room);
        let name_font = super::font_of(px);
        for tile in &map.tiles {
            let Some(&(_, col, row)) = LAYOUT.iter().find(|(id, _, _)| *id == tile.id) else { continue };
            let (x, y) = (col as i32 * (size + GAP), row as i32 * (size + GAP));
            // Lighter for fewer projects; the number is always written on the tile as well.
            let share = tile.count as f64 / max as f64;
            let shade = |light: u8, dark: u8| (light as f64 + (dark as f64 - light as f64) * share).round() as u8;
            let fill = RGBColor(shade(207, 0), shade(228, 85), shade(242, 138));
            let ink = if share >= WHITE_FROM { super::WHITE } else { super::BLACK };
            let _ = root.draw(&Rectangle::new([(x, y), (x + size, y + size)], fill.filled()));
            let _ = root.draw(&Rectangle::new([(x, y), (x + size, y + size)], RGBColor(77, 91, 107)));
            let style = |v: VPos| font.clone().color(&ink).pos(Pos::new(HPos::Center, v));
            // The number, then the name's lines, centred on the tile as one block.
            let line_height = (px * 1.2).round() as i32;
            let lines = name_lines(&tile.name, room, px);
            let block = FONT_PX as i32 + 4 + lines.len() as i32 * line_height;
            let count_top = y + (size - block).max(0) / 2;
            let _ = root.draw(&Text::new(tile.count_label.clone(), (x + size / 2, count_top), style(VPos::Top)));
            for (i, line) in lines.into_iter().enumerate() {
                let style = name_font.clone().color(&ink).pos(Pos::new(HPos::Center, VPos::Top));
                let top = count_top + FONT_PX as i32 + 4 + i as i32 * line_height;
                let _ = root.draw(&Text::new(line, (x + size / 2, top), style));
            }
            links.push_str(&format!(
                "<a href=\"{}\" class=\"chart__link\" aria-label=\"{}\"><rect class=\"chart__hit\" x=\"{x}\" y=\"{y}\" width=\"{size}\" height=\"{size}\" fill=\"transparent\"/></a>",
                escape(&tile.href),
                escape(&tile.link_label)
            ));
        }
        let _ = root.present();
    }
    ChartSvg { drawing: label_svg(&svg, &map.title), links: links_layer(&links, w as u32, h as u32) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_municipality_has_its_own_place() {
        let mut places: Vec<(u8, u8)> = LAYOUT.iter().map(|&(_, c, r)| (c, r)).collect();
        places.sort();
        places.dedup();
        assert_eq!(places.len(), 14);
        assert!(LAYOUT.iter().all(|&(_, c, r)| (c as u32) < COLUMNS && (r as u32) < ROWS));
    }

    #[test]
    fn names_wrap_between_words_and_break_long_words_where_dutch_does() {
        assert_eq!(name_lines("Hof van Twente", 100.0, FONT_PX), vec!["Hof van", "Twente"]);
        assert_eq!(name_lines("Hof van Twente", 170.0, FONT_PX), vec!["Hof van Twente"]);
        assert_eq!(name_lines("Almelo", 110.0, FONT_PX), vec!["Almelo"]);
        assert_eq!(name_lines("Hellendoorn", 59.0, 9.0), vec!["Hellen-", "doorn"]);
        assert_eq!(name_lines("Haaksbergen", 59.0, 9.0), vec!["Haaks-", "bergen"]);
        assert_eq!(name_lines("Enschede", 59.0, 9.0), vec!["Ensche-", "de"], "not inside 'sch'");
        assert_eq!(name_lines("Twenterand", 59.0, 9.0), vec!["Twente-", "rand"]);
        assert_eq!(name_lines("Rijssen-Holten", 59.0, 9.0), vec!["Rijs-", "sen-", "Holten"]);
        let cut = name_lines("Twenterand", 12.0, 9.0);
        assert!(cut.iter().any(|l| l.ends_with('…')), "{cut:?}");
    }

    #[test]
    fn on_a_phone_every_name_is_whole_or_broken_with_a_hyphen_never_cut() {
        let names: Vec<&str> = vec![
            "Almelo",
            "Borne",
            "Dinkelland",
            "Enschede",
            "Haaksbergen",
            "Hellendoorn",
            "Hengelo",
            "Hof van Twente",
            "Losser",
            "Oldenzaal",
            "Rijssen-Holten",
            "Tubbergen",
            "Twenterand",
            "Wierden",
        ];
        // The narrowest drawing (app::components::chart::CHART_WIDTHS), which a phone scales to fit.
        for width in [360] {
            let room = tile_size(width) as f64 - 8.0;
            let px = name_px(names.iter().copied(), room);
            assert!(px >= 9.0);
            for name in &names {
                let lines = name_lines(name, room, px);
                assert!(
                    lines.len() <= NAME_LINES && lines.iter().all(|l| !l.contains('…')),
                    "{width}: {name} as {lines:?}"
                );
                assert!(lines.iter().all(|l| name_width(l, px) <= room), "{width}: {name} as {lines:?}");
                assert_eq!(lines.concat().replace("-", "").replace(' ', ""), name.replace(['-', ' '], ""));
            }
        }
    }

    #[test]
    fn the_text_on_every_shade_of_tile_reaches_aa_contrast() {
        for step in 0..=1000 {
            let share = step as f64 / 1000.0;
            let shade = |light: u8, dark: u8| (light as f64 + (dark as f64 - light as f64) * share).round() as u8;
            let fill = (shade(207, 0), shade(228, 85), shade(242, 138));
            let ink = if share >= WHITE_FROM { (255, 255, 255) } else { (0, 0, 0) };
            let ratio = super::super::tests::contrast(ink, fill);
            assert!(ratio >= 4.5, "share {share}: {ratio:.2}");
        }
    }

    #[test]
    fn tiles_link_to_their_filter_and_hostile_names_stay_text() {
        let map = TileMap {
            title: "Projecten per gemeente".into(),
            tiles: vec![Tile {
                id: "enschede".into(),
                name: "<b>Enschede</b>".into(),
                count: 3,
                count_label: "3".into(),
                href: "?view=projects&municipality=enschede".into(),
                link_label: "Enschede: 3".into(),
            }],
        };
        let svg = render(&map, 500);
        assert!(svg.links.contains("href=\"?view=projects&amp;municipality=enschede\""));
        assert!(!svg.drawing.contains("<b>"));
    }
}
