//! Charts: data -> chart spec -> SVG string, drawn with plotters' SVG backend.
//!
//! Layout is done here, not by plotters: plotters would measure text in the browser through a
//! `style` attribute, which a strict Content-Security-Policy reports. Every label sits on its own
//! line above its bar, so nothing needs measuring and long Dutch labels never truncate. All text
//! goes through plotters' escaping (or [`escape`] for what we add), so a project named
//! `<img src=x onerror=alert(1)>` shows as that text.

pub mod bars;
pub mod data;
pub mod page_charts;
pub mod tiles;
pub mod timeline;

/// Colour-blind-safe palette (Okabe & Ito). Meaning never rests on colour alone: every bar and
/// segment also carries its value as text, and every chart has a data table.
pub const PALETTE: [(u8, u8, u8); 7] = [
    (0, 114, 178),   // blue
    (230, 159, 0),   // orange
    (0, 158, 115),   // bluish green
    (204, 121, 167), // reddish purple
    (86, 180, 233),  // sky blue
    (213, 94, 0),    // vermillion
    (240, 228, 66),  // yellow
];

/// The chart font: plotters writes `font-size` as the given size divided by 1.24, so this asks for
/// [`bars::FONT_PX`] pixels as written.
/// The family is given as `FontFamily::SansSerif`, not as the text "sans-serif": plotters lowercases a
/// family's text, which takes Unicode's case tables (over 10 KB) into the readers' download.
pub fn font() -> plotters::style::FontDesc<'static> {
    font_of(bars::FONT_PX)
}

/// The chart font at `px` pixels as written (see [`font`]).
pub fn font_of(px: f64) -> plotters::style::FontDesc<'static> {
    use plotters::style::{FontFamily, IntoFont};
    (FontFamily::SansSerif, px * 1.24).into_font()
}

/// Escapes text for SVG/XML content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// A rough width of `text` at `font_px`, for layout without measuring in the browser: the average
/// advance of a sans-serif font is a little over half the font size.
pub fn text_width(text: &str, font_px: f64) -> f64 {
    text.chars().count() as f64 * font_px * 0.56
}

/// A drawn chart: the picture (an image with an accessible name) and, laid exactly over it, a
/// separate layer of links for the clickable bars. Links inside an element with `role="img"` would
/// be hidden from assistive technology, so they live in their own SVG.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChartSvg {
    /// The chart as an image: `<svg role="img" aria-label="…">`.
    pub drawing: String,
    /// A transparent SVG of the same size holding the links; empty when nothing is clickable.
    pub links: String,
}

impl ChartSvg {
    /// Both layers, drawing first, for placing in the page.
    pub fn markup(&self) -> String {
        format!("{}{}", self.drawing, self.links)
    }
}

/// Wraps link elements (already escaped) in an SVG layer of the given size.
pub fn links_layer(links: &str, width: u32, height: u32) -> String {
    if links.is_empty() {
        return String::new();
    }
    format!(
        "<svg class=\"chart__links\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" xmlns=\"http://www.w3.org/2000/svg\">{links}</svg>"
    )
}

/// Gives the plotters SVG its accessible role and name, and a class for styling.
pub fn label_svg(svg: &str, name: &str) -> String {
    let attributes =
        format!("<svg role=\"img\" aria-label=\"{}\" class=\"chart__svg\" focusable=\"false\" ", escape(name));
    svg.replacen("<svg ", &attributes, 1)
}

/// Adds extra SVG markup (already escaped) just before the closing tag.
pub fn append_to_svg(svg: &str, extra: &str) -> String {
    match svg.rfind("</svg>") {
        Some(end) => format!("{}{}{}", &svg[..end], extra, &svg[end..]),
        None => svg.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_quotes() {
        assert_eq!(escape("<img src=x onerror=\"a\">&'"), "&lt;img src=x onerror=&quot;a&quot;&gt;&amp;&#39;");
    }

    #[test]
    fn names_the_svg_for_screen_readers() {
        let svg = label_svg("<svg width=\"10\"></svg>", "A \"title\"");
        assert!(svg.starts_with("<svg role=\"img\" aria-label=\"A &quot;title&quot;\""));
    }
}
