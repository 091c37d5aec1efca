//! The accessibility statement, in the structure of the Dutch model statement
//! (toegankelijkheidsverklaring, digitoegankelijk.nl): standard, status, how it was tested, known
//! limitations, how to report a problem.

use leptos::prelude::*;

use crate::app::i18n::*;

/// The accessibility statement page.
#[component]
pub fn Accessibility() -> impl IntoView {
    let loc = locale();
    view! {
        <article class="statement">
            <h1 tabindex="-1">{td_string!(loc, accessibility.heading)}</h1>
            <p>{td_string!(loc, accessibility.intro)}</p>
            <h2>{td_string!(loc, accessibility.standard_title)}</h2>
            <p>{td_string!(loc, accessibility.standard)}</p>
            <h2>{td_string!(loc, accessibility.status_title)}</h2>
            <p>{td_string!(loc, accessibility.status)}</p>
            <h2>{td_string!(loc, accessibility.tested_title)}</h2>
            <ul>
                <li>{td_string!(loc, accessibility.tested_axe)}</li>
                <li>{td_string!(loc, accessibility.tested_keyboard)}</li>
                <li>{td_string!(loc, accessibility.tested_reflow)}</li>
                <li>{td_string!(loc, accessibility.tested_manual)}</li>
            </ul>
            <h2>{td_string!(loc, accessibility.limitations_title)}</h2>
            <ul>
                <li>{td_string!(loc, accessibility.limitation_charts)}</li>
                <li>{td_string!(loc, accessibility.limitation_names)}</li>
                <li>{td_string!(loc, accessibility.limitation_screen_reader)}</li>
                <li>{td_string!(loc, accessibility.limitation_sources)}</li>
            </ul>
            <h2>{td_string!(loc, accessibility.report_title)}</h2>
            <p>
                {td_string!(loc, accessibility.report)} " "
                <a href="https://www.regiotwente.nl" rel="external noopener">"www.regiotwente.nl"</a>
            </p>
            <h2>{td_string!(loc, accessibility.date_title)}</h2>
            <p>{td_string!(loc, accessibility.date)}</p>
        </article>
    }
}
