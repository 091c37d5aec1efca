//! The accessibility statement, in the structure of the Dutch model statement
//! (toegankelijkheidsverklaring, digitoegankelijk.nl): standard, compliance status, the evaluation
//! with its date and method, the known problems with their measures, contact and complaints, date.
//! Every claim under "Eigen onderzoek" is one of the tests listed in docs/accessibility.md.

use leptos::prelude::*;

use crate::app::i18n::*;
use crate::core::format::date;
use crate::core::statement::{contact, EVALUATED};
use crate::core::text::fill;

/// The accessibility statement page.
#[component]
pub fn Accessibility() -> impl IntoView {
    let loc = locale();
    let evaluated = date(&EVALUATED, loc.lang());
    let on = |text: &str| fill(text, &[("date", &evaluated)]);
    let (contact, contact_href) = contact();
    view! {
        <article class="statement">
            <h1 tabindex="-1">{td_string!(loc, accessibility.heading)}</h1>
            <p>{td_string!(loc, accessibility.intro)}</p>
            <h2>{td_string!(loc, accessibility.standard_title)}</h2>
            <p>{td_string!(loc, accessibility.standard)}</p>
            <h2>{td_string!(loc, accessibility.status_title)}</h2>
            <p><strong>{td_string!(loc, accessibility.status)}</strong> " " {td_string!(loc, accessibility.status_why)}</p>
            <h2>{td_string!(loc, accessibility.tested_title)}</h2>
            <p>{on(td_string!(loc, accessibility.tested))}</p>
            <ul>
                <li>{td_string!(loc, accessibility.tested_axe)}</li>
                <li>{td_string!(loc, accessibility.tested_keyboard)}</li>
                <li>{td_string!(loc, accessibility.tested_contrast)}</li>
                <li>{td_string!(loc, accessibility.tested_reflow)}</li>
                <li>{td_string!(loc, accessibility.tested_shortcut)}</li>
            </ul>
            <h2>{td_string!(loc, accessibility.problems_title)}</h2>
            <ul>
                <li>{td_string!(loc, accessibility.problem_screen_reader)}</li>
                <li>{td_string!(loc, accessibility.problem_audit)}</li>
                <li>{td_string!(loc, accessibility.problem_sources)}</li>
            </ul>
            <h2>{td_string!(loc, accessibility.contact_title)}</h2>
            <p>{td_string!(loc, accessibility.contact)} " " <a href=contact_href rel="external noopener">{contact}</a></p>
            <p>
                {td_string!(loc, accessibility.complaint)} " "
                <a href="https://www.nationaleombudsman.nl" rel="external noopener">"www.nationaleombudsman.nl"</a>
            </p>
            <h2>{td_string!(loc, accessibility.date_title)}</h2>
            <p>{on(td_string!(loc, accessibility.date))}</p>
        </article>
    }
}
