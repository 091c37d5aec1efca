//! A schematic tile map of the 14 municipalities of Twente: each a square at its rough place, with
//! its name and number of projects. Designed by hand (no geodata): the reader should recognise the
//! region, not measure it.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::bars::FONT_PX;
use super::{escape, label_svg, links_layer, text_width, ChartSvg};

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

/// The sizes a tile's name may take, largest first: the map uses the largest at which every word of
/// every name fits its tile, so a phone shows whole names in smaller type rather than cut ones.
const NAME_PX: [f64; 5] = [13.0, 12.0, 11.0, 10.0, 9.0];

/// The font size for the names on tiles `room` pixels wide (inside their margin).
pub fn name_px<'a>(names: impl IntoIterator<Item = &'a str> + Clone, room: f64) -> f64 {
    let fits = |px: f64| names.clone().into_iter().flat_map(|n| n.split([' ', '-'])).all(|w| text_width(w, px) <= room);
    NAME_PX.into_iter().find(|&px| fits(px)).unwrap_or(NAME_PX[NAME_PX.len() - 1])
}

/// The name on up to two lines that fit `width` pixels at `px`. A word too long even then is broken
/// with a hyphen between two consonants ("Hellen-doorn", "Haaks-bergen"), where Dutch breaks words;
/// only what does not fit on two lines after that is cut with an ellipsis (the full name is in the
/// link's accessible name and in the list beside the map).
pub fn name_lines(name: &str, width: f64, px: f64) -> Vec<String> {
    let fits = |s: &str| text_width(s, px) <= width;
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
    lines.truncate(2);
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

/// Where to break a `word` that does not fit: the last place between two consonants whose first
/// part, with its hyphen, fits (each part at least three letters); `None` when it fits or has none.
fn break_word(word: &str, fits: &impl Fn(&str) -> bool) -> Option<(String, String)> {
    if fits(word) {
        return None;
    }
    let letters: Vec<char> = word.chars().collect();
    let consonant = |c: char| c.is_ascii_alphabetic() && !"aeiouyAEIOUY".contains(c);
    (3..letters.len().saturating_sub(2))
        .rev()
        .filter(|&k| consonant(letters[k - 1]) && consonant(letters[k]))
        .map(|k| (letters[..k].iter().collect::<String>(), letters[k..].iter().collect::<String>()))
        .find(|(head, _)| fits(&format!("{head}-")))
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
            let ink = if share > 0.45 { RGBColor(255, 255, 255) } else { RGBColor(27, 36, 49) };
            let _ = root.draw(&Rectangle::new([(x, y), (x + size, y + size)], fill.filled()));
            let _ = root.draw(&Rectangle::new([(x, y), (x + size, y + size)], RGBColor(77, 91, 107)));
            let style = |v: VPos| font.clone().color(&ink).pos(Pos::new(HPos::Center, v));
            let _ =
                root.draw(&Text::new(tile.count_label.clone(), (x + size / 2, y + size / 2 - 4), style(VPos::Bottom)));
            let line_height = (px * 1.2).round() as i32;
            for (i, line) in name_lines(&tile.name, room, px).into_iter().enumerate() {
                let style = name_font.clone().color(&ink).pos(Pos::new(HPos::Center, VPos::Top));
                let _ = root.draw(&Text::new(line, (x + size / 2, y + size / 2 + 2 + i as i32 * line_height), style));
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
    fn names_wrap_on_two_lines_and_break_long_words_between_consonants() {
        assert_eq!(name_lines("Hof van Twente", 80.0, FONT_PX), vec!["Hof van", "Twente"]);
        assert_eq!(name_lines("Hof van Twente", 120.0, FONT_PX), vec!["Hof van Twente"]);
        assert_eq!(name_lines("Almelo", 110.0, FONT_PX), vec!["Almelo"]);
        assert_eq!(name_lines("Hellendoorn", 44.0, 9.0), vec!["Hellen-", "doorn"]);
        assert_eq!(name_lines("Haaksbergen", 44.0, 9.0), vec!["Haaks-", "bergen"]);
        assert_eq!(name_lines("Rijssen-Holten", 44.0, 9.0), vec!["Rijssen-", "Holten"]);
        let cut = name_lines("Twenterand", 12.0, 9.0);
        assert!(cut.iter().any(|l| l.ends_with('…')), "{cut:?}");
    }

    #[test]
    fn on_a_phone_every_name_is_whole_or_broken_with_a_hyphen_never_cut() {
        let names: Vec<&str> = vec![
            "Almelo", "Borne", "Dinkelland", "Enschede", "Haaksbergen", "Hellendoorn", "Hengelo", "Hof van Twente",
            "Losser", "Oldenzaal", "Rijssen-Holten", "Tubbergen", "Twenterand", "Wierden",
        ];
        for width in [320, 390] {
            // The chart's width on a phone: the screen less the page's margins.
            let room = tile_size(width - 32) as f64 - 8.0;
            let px = name_px(names.iter().copied(), room);
            assert!(px >= 9.0);
            for name in &names {
                let lines = name_lines(name, room, px);
                assert!(lines.len() <= 2 && lines.iter().all(|l| !l.contains('…')), "{width}: {name} as {lines:?}");
                assert_eq!(lines.concat().replace("-", "").replace(' ', ""), name.replace(['-', ' '], ""));
            }
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
