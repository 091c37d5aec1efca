//! Horizontal bar charts, single or stacked, with a label line above every bar.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::{append_to_svg, escape, label_svg, links_layer, text_width, ChartSvg, PALETTE};

/// Font size of chart text in pixels (the page's CSS keeps it at least this).
pub const FONT_PX: f64 = 13.0;
const PAD: i32 = 8;
const LABEL_LINE: i32 = 20;
const BAR: i32 = 22;
const GAP: i32 = 12;
const LEGEND_LINE: i32 = 22;
/// Room kept right of the longest bar for its total.
const VALUE_ROOM: i32 = 90;

/// A bar chart ready to draw: every text already in the reader's language.
#[derive(Debug, Clone, PartialEq)]
pub struct BarChart {
    /// Accessible name of the chart (its title).
    pub title: String,
    /// Names of the series; one series draws simple bars, several draw stacked segments.
    pub series: Vec<String>,
    /// One row per category.
    pub rows: Vec<BarRow>,
    /// What a missing value says ("niet in de bron").
    pub missing: String,
}

/// One category of a bar chart: a bar of one or more segments.
#[derive(Debug, Clone, PartialEq)]
pub struct BarRow {
    /// The category's name.
    pub label: String,
    /// The parts of the bar, left to right. A series the row does not have takes no room in it and
    /// shows as "–" in the table.
    pub segments: Vec<Segment>,
    /// The whole row's total as text, shown at the end of the bar.
    pub total_label: String,
}

/// One part of a bar.
#[derive(Debug, Clone, PartialEq)]
pub struct Segment {
    /// The series it belongs to (position in [`BarChart::series`]): its colour and table column.
    pub series: usize,
    /// The value; `None` is "not in the source" and is drawn as an empty dashed box, never as 0.
    pub value: Option<f64>,
    /// The value as text, formatted for the reader.
    pub label: String,
    /// Where clicking the segment leads (a filter of the explorer), if anywhere.
    pub link: Option<SegmentLink>,
}

/// A clickable segment's target.
#[derive(Debug, Clone, PartialEq)]
pub struct SegmentLink {
    /// The address.
    pub href: String,
    /// The link's accessible name.
    pub label: String,
}

impl Segment {
    /// A segment of `series` with a known value, not clickable.
    pub fn new(series: usize, value: f64, label: String) -> Segment {
        Segment { series, value: Some(value), label, link: None }
    }

    /// The same segment, leading to `href` (named `label` for assistive technology).
    pub fn linked(self, href: String, label: String) -> Segment {
        Segment { link: Some(SegmentLink { href, label }), ..self }
    }
}

impl BarChart {
    /// Height of the drawing for a given width.
    pub fn height(&self, width: u32) -> u32 {
        let legend = self.legend_lines(width) * LEGEND_LINE;
        (PAD * 2 + legend + self.rows.len() as i32 * (LABEL_LINE + BAR + GAP)) as u32
    }

    fn legend_lines(&self, width: u32) -> i32 {
        if self.series.len() < 2 {
            return 0;
        }
        let mut lines = 1;
        let mut x = PAD as f64;
        for name in &self.series {
            let item = 22.0 + text_width(name, FONT_PX) + 16.0;
            if x + item > width as f64 - PAD as f64 && x > PAD as f64 {
                lines += 1;
                x = PAD as f64;
            }
            x += item;
        }
        lines
    }

    /// The chart as a data table (its accessible alternative): a header of `category`, the series
    /// and, when there are several, `total`; a row per category with the formatted values, "–" for a
    /// segment the row does not have.
    pub fn table(&self, category: &str, total: &str) -> (Vec<String>, Vec<Vec<String>>) {
        let stacked = self.series.len() > 1;
        let mut header = vec![category.to_string()];
        header.extend(self.series.iter().cloned());
        if stacked {
            header.push(total.to_string());
        }
        let rows = self
            .rows
            .iter()
            .map(|row| {
                let mut cells = vec![row.label.clone()];
                cells.extend((0..self.series.len()).map(
                    |series| match row.segments.iter().find(|s| s.series == series) {
                        Some(segment) if !segment.label.is_empty() => segment.label.clone(),
                        _ => "–".to_string(),
                    },
                ));
                if stacked {
                    cells.push(row.total_label.clone());
                }
                cells
            })
            .collect();
        (header, rows)
    }

    /// The largest row total of known values.
    pub fn max_total(&self) -> f64 {
        self.rows.iter().map(|r| r.segments.iter().filter_map(|s| s.value).sum::<f64>()).fold(0.0, f64::max)
    }
}

/// Black or white text for a palette colour, for contrast inside a bar.
fn text_on(i: usize) -> RGBColor {
    if super::PALETTE_WHITE_TEXT[i % PALETTE.len()] {
        super::WHITE
    } else {
        super::BLACK
    }
}

/// Draws the chart `width` pixels wide (at least 240).
pub fn render(chart: &BarChart, width: u32) -> ChartSvg {
    let width = width.max(240);
    let height = chart.height(width);
    let mut svg = String::new();
    let mut extra = String::new();
    let mut links = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (width, height)).into_drawing_area();
        let font = super::font();
        let text = |s: &str, x: i32, y: i32, h: HPos, v: VPos, c: RGBColor| {
            Text::new(s.to_string(), (x, y), font.clone().color(&c).pos(Pos::new(h, v)))
        };
        let ink = RGBColor(27, 36, 48);

        let mut y = PAD;
        if chart.series.len() > 1 {
            let mut x = PAD;
            for (i, name) in chart.series.iter().enumerate() {
                let item = 22 + text_width(name, FONT_PX) as i32 + 16;
                if x + item > width as i32 - PAD && x > PAD {
                    x = PAD;
                    y += LEGEND_LINE;
                }
                let (r, g, b) = PALETTE[i % PALETTE.len()];
                let _ = root.draw(&Rectangle::new([(x, y + 3), (x + 14, y + 17)], RGBColor(r, g, b).filled()));
                let _ = root.draw(&text(name, x + 20, y + 10, HPos::Left, VPos::Center, ink));
                x += item;
            }
            y += LEGEND_LINE;
        }

        let area = (width as i32 - 2 * PAD - VALUE_ROOM).max(40) as f64;
        let max = chart.max_total();
        let scale = if max > 0.0 { area / max } else { 0.0 };
        for row in &chart.rows {
            let _ = root.draw(&text(&row.label, PAD, y + LABEL_LINE - 4, HPos::Left, VPos::Bottom, ink));
            let top = y + LABEL_LINE;
            let mut x = PAD as f64;
            for segment in &row.segments {
                let i = segment.series;
                let (x0, x1) = match segment.value {
                    Some(v) => {
                        let x1 = x + v * scale;
                        let (r, g, b) = PALETTE[i % PALETTE.len()];
                        if x1 - x >= 1.0 {
                            let _ = root.draw(&Rectangle::new(
                                [(x.round() as i32, top), (x1.round() as i32, top + BAR)],
                                RGBColor(r, g, b).filled(),
                            ));
                        }
                        let label = segment.label.as_str();
                        if chart.series.len() > 1 && x1 - x > text_width(label, FONT_PX) + 8.0 {
                            let _ = root.draw(&text(
                                label,
                                ((x + x1) / 2.0) as i32,
                                top + BAR / 2,
                                HPos::Center,
                                VPos::Center,
                                text_on(i),
                            ));
                        }
                        (x, x1)
                    }
                    None => {
                        // Not in the source: an empty dashed box with the words, never a zero bar.
                        let w = (text_width(&chart.missing, FONT_PX) + 12.0).min(area);
                        extra.push_str(&format!(
                            "<g class=\"chart__missing\"><rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"none\" stroke=\"#4d5b6b\" stroke-dasharray=\"4 3\"/><text x=\"{}\" y=\"{}\" dy=\"0.35em\">{}</text></g>",
                            x.round(), top, w.round(), BAR, (x + 6.0).round(), top + BAR / 2, escape(&chart.missing)
                        ));
                        (x, x + w)
                    }
                };
                // An empty segment has nothing to show and no link: a 6 px target that leads to an
                // empty list helps no one (WCAG 2.5.8).
                if let Some(link) = segment.link.as_ref().filter(|_| segment.value != Some(0.0)) {
                    links.push_str(&format!(
                        "<a href=\"{}\" class=\"chart__link\" aria-label=\"{}\"><rect class=\"chart__hit\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"transparent\"/></a>",
                        escape(&link.href), escape(&link.label), x0.round(), top, (x1 - x0).max(6.0).round(), BAR
                    ));
                }
                x = x1;
            }
            let _ =
                root.draw(&text(&row.total_label, x.round() as i32 + 6, top + BAR / 2, HPos::Left, VPos::Center, ink));
            y += LABEL_LINE + BAR + GAP;
        }
        let _ = root.present();
    }
    ChartSvg {
        drawing: label_svg(&append_to_svg(&svg, &extra), &chart.title),
        links: links_layer(&links, width, height),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(label: &str, values: Vec<Option<f64>>) -> BarRow {
        BarRow {
            label: label.to_string(),
            total_label: values.iter().flatten().sum::<f64>().to_string(),
            segments: values
                .iter()
                .enumerate()
                .map(|(series, value)| Segment {
                    series,
                    value: *value,
                    label: value.map_or(String::new(), |v| v.to_string()),
                    link: Some(SegmentLink { href: "?view=projects&line=a".into(), label: "filter".into() }),
                })
                .collect(),
        }
    }

    fn chart(rows: Vec<BarRow>) -> BarChart {
        BarChart {
            title: "Projects per line".into(),
            series: vec!["A".into()],
            rows,
            missing: "not in the source".into(),
        }
    }

    #[test]
    fn the_table_has_a_total_column_only_for_stacked_bars_and_marks_absent_segments() {
        let single = chart(vec![row("Line A", vec![Some(3.0)])]);
        assert_eq!(
            single.table("Line", "Total"),
            (vec!["Line".into(), "A".into()], vec![vec!["Line A".into(), "3".into()]])
        );
        let stacked =
            BarChart { series: vec!["A".into(), "B".into()], ..chart(vec![row("Line A", vec![Some(2.0), None])]) };
        let (header, rows) = stacked.table("Line", "Total");
        assert_eq!(header, ["Line", "A", "B", "Total"]);
        assert_eq!(rows, [["Line A", "2", "–", "2"]]);
        let mut only_b = row("Line B", vec![Some(4.0)]);
        only_b.segments[0].series = 1;
        let (_, rows) = BarChart { rows: vec![only_b], ..stacked }.table("Line", "Total");
        assert_eq!(rows, [["Line B", "–", "4", "4"]], "a series the row lacks is a dash in its own column");
    }

    #[test]
    fn hostile_labels_are_drawn_as_text() {
        let svg = render(&chart(vec![row("<img src=x onerror=alert(1)>", vec![Some(3.0)])]), 400).markup();
        assert!(!svg.contains("<img"), "{svg}");
        assert!(svg.contains("&lt;img src=x onerror=alert(1)&gt;"));
    }

    #[test]
    fn bars_scale_to_the_largest_total_and_links_lead_to_filters() {
        let svg = render(&chart(vec![row("a", vec![Some(10.0)]), row("b", vec![Some(5.0)])]), 400).markup();
        let widths: Vec<f64> = svg
            .match_indices("<rect")
            .filter_map(|(i, _)| {
                let tag = &svg[i..svg[i..].find('>').map(|e| i + e).unwrap_or(svg.len())];
                tag.contains("fill=\"#0072B2\"").then(|| {
                    let w = tag.split("width=\"").nth(1)?.split('"').next()?;
                    w.parse().ok()
                })?
            })
            .collect();
        assert_eq!(widths.len(), 2, "{svg}");
        assert!((widths[0] / widths[1] - 2.0).abs() < 0.05, "{widths:?}");
        assert_eq!(svg.matches("<a href=\"?view=projects&amp;line=a\"").count(), 2);
        assert!(svg.starts_with("<svg role=\"img\" aria-label=\"Projects per line\""));
        let drawn = render(&chart(vec![row("a", vec![Some(1.0)])]), 400);
        assert!(!drawn.drawing.contains("<a "), "links never sit inside the role=img picture");
        assert!(drawn.links.starts_with("<svg class=\"chart__links\""));
    }

    #[test]
    fn an_empty_segment_has_no_link() {
        let svg = render(&chart(vec![row("a", vec![Some(0.0), Some(3.0)])]), 400).markup();
        assert_eq!(svg.matches("<a href=").count(), 1, "only the segment with projects: {svg}");
    }

    #[test]
    fn a_missing_value_is_an_empty_dashed_box_with_words_not_a_zero() {
        let svg = render(&chart(vec![row("lost", vec![None])]), 400).markup();
        assert!(svg.contains("stroke-dasharray"));
        assert!(svg.contains(">not in the source</text>"));
        assert!(!svg.contains("fill=\"#0072B2\""), "no coloured bar for a missing value");
    }

    #[test]
    fn height_grows_with_rows_and_legend_wraps_on_narrow_widths() {
        let mut c = chart(vec![row("a", vec![Some(1.0), Some(2.0)])]);
        c.series = vec!["Regio Deal Twente".into(), "Agenda voor Twente".into(), "onbekend".into()];
        assert!(c.height(300) > c.height(1000));
        let one = chart(vec![row("a", vec![Some(1.0)])]).height(500);
        let two = chart(vec![row("a", vec![Some(1.0)]), row("b", vec![Some(1.0)])]).height(500);
        assert_eq!(two - one, (LABEL_LINE + BAR + GAP) as u32);
    }
}
