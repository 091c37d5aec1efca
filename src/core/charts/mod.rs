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

/// Black and white, the inks of text drawn on a filled shape (a bar's segment, a tile). Black, not
/// the ink of the labels outside the bars (27, 36, 48): the page's CSS recolours that ink for dark
/// mode, text on a fill must stay dark; and only black and white together reach 4.5:1 on every fill.
pub const BLACK: plotters::style::RGBColor = plotters::style::RGBColor(0, 0, 0);
/// See [`BLACK`].
pub const WHITE: plotters::style::RGBColor = plotters::style::RGBColor(255, 255, 255);

/// Whether text on each [`PALETTE`] colour is white (else black): whichever contrasts more by
/// WCAG's formula, which a test computes (a brightness threshold left white "1"s at 3.4:1 on the
/// green). Fixed here so that the readers' download carries no colour arithmetic.
pub const PALETTE_WHITE_TEXT: [bool; 7] = [true, false, false, false, false, false, false];

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

    /// WCAG 2's contrast ratio of two colours (1 to 21).
    pub fn contrast(a: (u8, u8, u8), b: (u8, u8, u8)) -> f64 {
        let channel = |c: u8| LINEAR[c as usize] as f64 / 10_000.0;
        let luminance = |(r, g, b): (u8, u8, u8)| 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
        let (la, lb) = (luminance(a), luminance(b));
        (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
    }

    /// sRGB's channel values made linear (WCAG's formula: c / 12.92 up to 0.04045, else
    /// ((c + 0.055) / 1.055)^2.4), times 10,000. A table rather than `f64::powf`, which costs the readers'
    /// download a kilobyte; a test checks the table against the formula.
    const LINEAR: [u16; 256] = [
        0, 3, 6, 9, 12, 15, 18, 21, 24, 27, 30, 33, 37, 40, 44, 48, 52, 56, 60, 65, 70, 75, 80, 86, 91, 97, 103, 110,
        116, 123, 130, 137, 144, 152, 160, 168, 176, 185, 194, 203, 212, 222, 232, 242, 252, 262, 273, 284, 296, 307,
        319, 331, 343, 356, 369, 382, 395, 409, 423, 437, 452, 467, 482, 497, 513, 529, 545, 561, 578, 595, 612, 630,
        648, 666, 685, 704, 723, 742, 762, 782, 802, 823, 844, 865, 887, 908, 931, 953, 976, 999, 1022, 1046, 1070,
        1095, 1119, 1144, 1170, 1195, 1221, 1248, 1274, 1301, 1329, 1356, 1384, 1413, 1441, 1470, 1500, 1529, 1559,
        1590, 1620, 1651, 1683, 1714, 1746, 1779, 1812, 1845, 1878, 1912, 1946, 1981, 2016, 2051, 2086, 2122, 2159,
        2195, 2232, 2270, 2307, 2346, 2384, 2423, 2462, 2502, 2542, 2582, 2623, 2664, 2705, 2747, 2789, 2831, 2874,
        2918, 2961, 3005, 3050, 3095, 3140, 3185, 3231, 3278, 3325, 3372, 3419, 3467, 3515, 3564, 3613, 3663, 3712,
        3763, 3813, 3864, 3916, 3968, 4020, 4072, 4125, 4179, 4233, 4287, 4342, 4397, 4452, 4508, 4564, 4621, 4678,
        4735, 4793, 4851, 4910, 4969, 5029, 5089, 5149, 5210, 5271, 5333, 5395, 5457, 5520, 5583, 5647, 5711, 5776,
        5841, 5906, 5972, 6038, 6105, 6172, 6240, 6308, 6376, 6445, 6514, 6584, 6654, 6724, 6795, 6867, 6939, 7011,
        7084, 7157, 7231, 7305, 7379, 7454, 7529, 7605, 7682, 7758, 7835, 7913, 7991, 8070, 8148, 8228, 8308, 8388,
        8469, 8550, 8632, 8714, 8796, 8879, 8963, 9047, 9131, 9216, 9301, 9387, 9473, 9560, 9647, 9734, 9823, 9911,
        10000,
    ];

    #[test]
    fn text_on_every_palette_colour_and_tile_shade_is_the_ink_of_the_higher_contrast() {
        let rgb = |c: plotters::style::RGBColor| (c.0, c.1, c.2);
        for (fill, white) in PALETTE.into_iter().zip(PALETTE_WHITE_TEXT) {
            let (ink, other) = if white { (WHITE, BLACK) } else { (BLACK, WHITE) };
            assert!(contrast(rgb(ink), fill) >= contrast(rgb(other), fill), "{fill:?}");
            assert!(contrast(rgb(ink), fill) >= 4.5, "{fill:?}: {:.2}", contrast(rgb(ink), fill));
        }
        assert!((contrast((0, 0, 0), (255, 255, 255)) - 21.0).abs() < 0.01);
        for (i, &value) in LINEAR.iter().enumerate() {
            let c = i as f64 / 255.0;
            let linear = if c <= 0.04045 { c / 12.92 } else { ((c + 0.055) / 1.055).powf(2.4) };
            assert!((value as f64 / 10_000.0 - linear).abs() <= 0.00005, "{i}");
        }
    }

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
