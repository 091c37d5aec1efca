//! Projects with known dates on a time axis: a bar from start to end, or a marker where only the
//! start is known.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::super::date::PartialDate;
use super::bars::FONT_PX;
use super::{escape, label_svg, links_layer, text_width, ChartSvg};

const PAD: i32 = 8;
const AXIS: i32 = 26;
const LABEL_LINE: i32 = 20;
const BAR: i32 = 14;
const GAP: i32 = 12;

/// A timeline ready to draw.
#[derive(Debug, Clone, PartialEq)]
pub struct Timeline {
    /// Accessible name.
    pub title: String,
    /// One row per project.
    pub rows: Vec<TimelineRow>,
}

/// One project on the timeline.
#[derive(Debug, Clone, PartialEq)]
pub struct TimelineRow {
    /// The project's name.
    pub label: String,
    /// Its dates in words ("2019 – 2023"), shown after the name.
    pub dates_label: String,
    /// First known date.
    pub start: PartialDate,
    /// Last known date, if any.
    pub end: Option<PartialDate>,
    /// The project's page.
    pub href: String,
}

/// Months since the year 0 of the earliest day a date can mean.
fn months(d: &PartialDate) -> i32 {
    d.year as i32 * 12 + d.month.map_or(0, |m| m as i32 - 1)
}

/// Months of the last day a date can mean (a year ends in December).
fn months_end(d: &PartialDate) -> i32 {
    d.year as i32 * 12 + d.month.map_or(11, |m| m as i32 - 1)
}

impl Timeline {
    /// The years the axis spans.
    pub fn years(&self) -> Option<(u16, u16)> {
        let first = self.rows.iter().map(|r| r.start.year).min()?;
        let last = self.rows.iter().map(|r| r.end.as_ref().unwrap_or(&r.start).year).max()?;
        Some((first, last.max(first)))
    }

    /// Height of the drawing `width` pixels wide: each row's label takes as many lines as it needs.
    pub fn height(&self, width: u32) -> u32 {
        let lines: usize = self.rows.iter().map(|r| label_lines(r, width).len()).sum();
        (PAD * 2 + AXIS + lines as i32 * LABEL_LINE + self.rows.len() as i32 * (BAR + GAP)) as u32
    }
}

/// A row's label ("name · dates") in lines that fit the drawing `width` pixels wide, broken
/// between words (a word longer than a line keeps its own line): a phone shows the whole name
/// rather than cutting it off at the right edge.
fn label_lines(row: &TimelineRow, width: u32) -> Vec<String> {
    let room = (width as i32 - 2 * PAD) as f64;
    let text = format!("{} · {}", row.label, row.dates_label);
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        let longer = if line.is_empty() { word.to_string() } else { format!("{line} {word}") };
        if !line.is_empty() && text_width(&longer, FONT_PX) > room {
            lines.push(std::mem::replace(&mut line, word.to_string()));
        } else {
            line = longer;
        }
    }
    lines.push(line);
    lines
}

/// Draws the timeline `width` pixels wide.
pub fn render(timeline: &Timeline, width: u32) -> ChartSvg {
    let width = width.max(240);
    let mut svg = String::new();
    let mut links = String::new();
    let Some((first, last)) = timeline.years() else {
        return ChartSvg {
            drawing: label_svg("<svg width=\"0\" height=\"0\"></svg>", &timeline.title),
            links: String::new(),
        };
    };
    {
        let root = SVGBackend::with_string(&mut svg, (width, timeline.height(width))).into_drawing_area();
        let font = super::font();
        let ink = RGBColor(27, 36, 48);
        let grid = RGBColor(197, 206, 216);
        let bar = RGBColor(0, 114, 178);
        let from = first as i32 * 12;
        let to = (last as i32 + 1) * 12;
        let span = (width as i32 - 2 * PAD) as f64;
        let x = |m: i32| PAD + ((m - from) as f64 / (to - from) as f64 * span).round() as i32;
        let bottom = timeline.height(width) as i32 - PAD;
        // One tick per year; on narrow screens every other label.
        let step = if (last - first + 1) as f64 * 44.0 > span { 2 } else { 1 };
        for (i, year) in (first..=last).enumerate() {
            let left = x(year as i32 * 12);
            let _ = root.draw(&PathElement::new(vec![(left, PAD + AXIS - 6), (left, bottom)], grid));
            if i % step == 0 {
                let style = font.clone().color(&ink).pos(Pos::new(HPos::Left, VPos::Top));
                let _ = root.draw(&Text::new(year.to_string(), (left + 3, PAD), style));
            }
        }
        let mut y = PAD + AXIS;
        for row in &timeline.rows {
            let lines = label_lines(row, width);
            let label_height = lines.len() as i32 * LABEL_LINE;
            for (i, line) in lines.into_iter().enumerate() {
                let style = font.clone().color(&ink).pos(Pos::new(HPos::Left, VPos::Bottom));
                let _ = root.draw(&Text::new(line, (PAD, y + (i as i32 + 1) * LABEL_LINE - 4), style));
            }
            let top = y + label_height;
            let x0 = x(months(&row.start));
            let x1 = match &row.end {
                Some(end) => x(months_end(end) + 1).max(x0 + 4),
                None => x0 + BAR,
            };
            match &row.end {
                Some(_) => {
                    let _ = root.draw(&Rectangle::new([(x0, top), (x1, top + BAR)], bar.filled()));
                }
                None => {
                    let _ = root.draw(&Circle::new((x0 + BAR / 2, top + BAR / 2), BAR / 2, bar.filled()));
                }
            }
            links.push_str(&format!(
                "<a href=\"{}\" class=\"chart__link\" aria-label=\"{}\"><rect class=\"chart__hit\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"transparent\"/></a>",
                escape(&row.href),
                escape(&row.label),
                PAD,
                y,
                width as i32 - 2 * PAD,
                label_height + BAR
            ));
            y += label_height + BAR + GAP;
        }
        let _ = root.present();
    }
    ChartSvg { drawing: label_svg(&svg, &timeline.title), links: links_layer(&links, width, timeline.height(width)) }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(label: &str, start: &str, end: Option<&str>) -> TimelineRow {
        TimelineRow {
            label: label.into(),
            dates_label: String::new(),
            start: PartialDate::parse(start).unwrap(),
            end: end.map(|e| PartialDate::parse(e).unwrap()),
            href: "?project=x".into(),
        }
    }

    #[test]
    fn the_axis_spans_the_known_years_and_hostile_names_stay_text() {
        let t = Timeline {
            title: "Tijdlijn".into(),
            rows: vec![row("<script>x</script>", "2019-02", Some("2023-12")), row("b", "2018", None)],
        };
        assert_eq!(t.years(), Some((2018, 2023)));
        let svg = render(&t, 600).markup();
        assert!(!svg.contains("<script>"));
        assert!(svg.contains("&lt;script&gt;"));
        for year in 2018..=2023 {
            assert!(svg.contains(&format!("{year}\n</text>")), "year {year} on the axis");
        }
        assert_eq!(svg.matches("<a href=").count(), 2);
    }

    #[test]
    fn a_long_label_wraps_between_words_on_a_narrow_chart_and_the_drawing_grows_to_hold_it() {
        let mut long = row("Vakopleidingscentrum West Twente in Rijssen-Holten", "2019", Some("2023"));
        long.dates_label = "2019 – 2023".into();
        let t = Timeline { title: "Tijdlijn".into(), rows: vec![long.clone()] };
        let narrow = label_lines(&long, 300);
        assert!(narrow.len() > 1, "{narrow:?}");
        assert!(narrow.iter().all(|line| text_width(line, FONT_PX) <= (300 - 2 * PAD) as f64 || !line.contains(' ')));
        assert_eq!(
            narrow.join(" "),
            "Vakopleidingscentrum West Twente in Rijssen-Holten · 2019 – 2023",
            "nothing cut off"
        );
        assert_eq!(label_lines(&long, 1200).len(), 1);
        assert!(t.height(300) > t.height(1200));
        let svg = render(&t, 300).markup();
        assert!(svg.contains("2019 – 2023"), "the dates are drawn, not cut off");
    }
}
