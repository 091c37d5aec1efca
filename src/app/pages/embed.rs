//! The embed builder ("Insluiten op uw website"), for web teams: compose what the frame shows, see
//! it live in a frame as the host page will, and copy the code and the headers. A tool like the
//! dataset check, so it is in the tools' wasm only (src/bin/check.rs). What the choices mean
//! (the address, the code, the headers) is decided by `core::embed`; this is its form.

use leptos::prelude::*;

use crate::app::i18n::*;
use crate::app::labels;
use crate::app::runtime::running;
use crate::app::state::AppState;
use crate::app::url::UrlState;
use crate::core::charts::page_charts::PageChart;
use crate::core::embed::{self, Embed, Shown, MAX_HEIGHT, MIN_HEIGHT};
use crate::core::query::Facet;
use crate::core::settings::Theme;
use crate::core::text::Lang;

/// Where the explorer's folder stands in the code until the app knows its own address (the built
/// page, and where script cannot run): the example address of docs/embedding.md.
const EXAMPLE_ROOT: &str = "https://apps.example.nl/twente/";

/// What the frame shows, as the form's radio buttons name it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    List,
    Project,
    Programme,
    Municipality,
    Chart,
}

impl Kind {
    const ALL: [Kind; 5] = [Kind::List, Kind::Project, Kind::Programme, Kind::Municipality, Kind::Chart];

    fn key(self) -> &'static str {
        match self {
            Kind::List => "list",
            Kind::Project => "project",
            Kind::Programme => "programme",
            Kind::Municipality => "municipality",
            Kind::Chart => "chart",
        }
    }
}

/// The page.
#[component]
pub fn EmbedBuilder() -> impl IntoView {
    let loc = locale();
    let url = UrlState::get();
    let loaded = AppState::get().loaded();
    let dataset = &loaded.dataset;
    let charts = StoredValue::new(PageChart::all(dataset));
    let projects: Vec<(String, String)> = loaded
        .index
        .by_name
        .iter()
        .map(|&p| &dataset.projects[p as usize])
        .map(|p| (p.id.clone(), p.name.clone()))
        .collect();
    let first = |items: &[(String, String)]| items.first().map(|(id, _)| id.clone()).unwrap_or_default();
    let programmes: Vec<(String, String)> = dataset.programmes.iter().map(|p| (p.id.clone(), p.name.clone())).collect();
    let municipalities: Vec<(String, String)> =
        dataset.municipalities.iter().map(|m| (m.id.clone(), m.name.clone())).collect();
    let lines: Vec<(String, String)> =
        dataset.action_lines.iter().map(|l| (l.id.clone(), l.name.get(loc.lang()).text.to_string())).collect();

    let kind = RwSignal::new(Kind::List);
    let project = RwSignal::new(first(&projects));
    let programme = RwSignal::new(first(&programmes));
    let municipality = RwSignal::new(first(&municipalities));
    let chart = RwSignal::new(0usize);
    // The list's preset filters, one value per facet ("" for all).
    let preset =
        [Facet::Municipality, Facet::Programme, Facet::ActionLine].map(|facet| (facet, RwSignal::new(String::new())));
    let lock = RwSignal::new(false);
    let lang = RwSignal::new(loc.lang());
    let theme = RwSignal::new(Some(Theme::Light));
    let links_top = RwSignal::new(false);
    let title = RwSignal::new(embed::DEFAULT_TITLE.to_string());
    let auto_height = RwSignal::new(true);
    let height = RwSignal::new(embed::DEFAULT_HEIGHT);
    let host = RwSignal::new(String::new());

    let composed = Memo::new(move |_| Embed {
        shown: match kind.get() {
            Kind::List => Shown::List,
            Kind::Project => Shown::Project(project.get()),
            Kind::Programme => Shown::Programme(programme.get()),
            Kind::Municipality => Shown::Municipality(municipality.get()),
            Kind::Chart => charts.with_value(|c| c.get(chart.get()).cloned()).map_or(Shown::List, Shown::Chart),
        },
        filters: preset
            .iter()
            .filter_map(|(facet, value)| Some((*facet, value.get())).filter(|(_, v)| !v.is_empty()))
            .collect(),
        lock: lock.get(),
        lang: lang.get(),
        theme: theme.get(),
        links_top: links_top.get(),
        title: title.get(),
        auto_height: auto_height.get(),
        height: height.get(),
    });
    // The explorer's own address once the app runs; before, the site's public address where the
    // build knows it, else the example (attaching keeps the built page's text until the app runs).
    let built = StoredValue::new(
        use_context::<crate::app::runtime::PublicAddress>().map_or_else(|| EXAMPLE_ROOT.to_string(), |a| a.0),
    );
    let root = move || if running() { url.root_address() } else { built.get_value() };
    let snippet = Signal::derive(move || composed.with(|e| e.snippet(&root())));
    let host_policy = Signal::derive(move || composed.with(|e| e.host_policy(&root())));
    let explorer_policy = Signal::derive(move || embed::explorer_policy(&host.get()));

    let kinds = Kind::ALL
        .into_iter()
        .map(|k| {
            let id = format!("builder-shown-{}", k.key());
            view! {
                <div class="builder__choice">
                    // `checked` for the built page (where script cannot run), `prop:checked` after.
                    <input type="radio" name="builder-shown" id=id.clone() value=k.key()
                        checked=kind.get_untracked() == k prop:checked=move || kind.get() == k
                        on:change=move |_| kind.set(k) />
                    <label for=id>{kind_name(loc, k)}</label>
                </div>
            }
        })
        .collect_view();
    let which = {
        let (projects, programmes, municipalities) = (projects.clone(), programmes.clone(), municipalities.clone());
        let chart_names: Vec<(String, String)> = charts.with_value(|c| {
            c.iter()
                .enumerate()
                .map(|(i, chart)| {
                    (
                        i.to_string(),
                        format!(
                            "{}: {}",
                            labels::view_name(loc, &chart.view()),
                            labels::chart_title(loc, &loaded.dataset, chart)
                        ),
                    )
                })
                .collect()
        });
        move || match kind.get() {
            Kind::List => ().into_any(),
            Kind::Project => {
                choice("builder-project", td_string!(loc, builder.project), &projects, project, None).into_any()
            }
            Kind::Programme => {
                choice("builder-programme", td_string!(loc, facet.programme), &programmes, programme, None).into_any()
            }
            Kind::Municipality => {
                choice("builder-municipality", td_string!(loc, facet.municipality), &municipalities, municipality, None)
                    .into_any()
            }
            Kind::Chart => {
                let index = RwSignal::new(chart.get_untracked().to_string());
                Effect::new(move |_| chart.set(index.get().parse().unwrap_or(0)));
                choice("builder-chart", td_string!(loc, builder.chart), &chart_names, index, None).into_any()
            }
        }
    };
    let any = td_string!(loc, builder.any);
    let presets = view! {
        {choice("builder-filter-municipality", td_string!(loc, facet.municipality), &municipalities, preset[0].1, Some(any))}
        {choice("builder-filter-programme", td_string!(loc, facet.programme), &programmes, preset[1].1, Some(any))}
        {choice("builder-filter-line", td_string!(loc, facet.line), &lines, preset[2].1, Some(any))}
    };
    let languages = Lang::ALL
        .iter()
        .map(|l| view! { <option value=l.tag() selected=move || lang.get() == *l>{labels::language_name(*l)}</option> })
        .collect_view();
    let themes = Theme::ALL
        .iter()
        .map(|t| {
            let chosen = move || theme.get().unwrap_or(Theme::Auto) == *t;
            view! { <option value=t.key() selected=chosen>{theme_name(loc, *t)}</option> }
        })
        .collect_view();
    let preview = move || {
        // A new frame when the height's kind changes: the host script's height stays on the old one.
        let auto = auto_height.get();
        view! {
            <iframe class="builder__frame" allow="clipboard-write"
                data-twente-embed=auto.then_some("")
                title=move || composed.with(|e| e.title().to_string())
                src=move || composed.with(Embed::address)
                height=move || composed.with(|e| e.height().to_string())></iframe>
        }
    };

    view! {
        <article class="builder" aria-labelledby="builder-title">
            <h1 id="builder-title" tabindex="-1">{td_string!(loc, builder.title)}</h1>
            <p class="intro">{td_string!(loc, builder.intro)}</p>
            <p class="needs-app no-print">{td_string!(loc, builder.needs_app)}</p>
            <form class="builder__form" on:submit=|ev| ev.prevent_default()>
                <fieldset class="builder__group">
                    <legend>{td_string!(loc, builder.shown)}</legend>
                    {kinds}
                    {which}
                </fieldset>
                <fieldset class="builder__group" disabled=move || kind.get() != Kind::List>
                    <legend>{td_string!(loc, builder.filters)}</legend>
                    {presets}
                    {checkbox("builder-lock", td_string!(loc, builder.lock), lock)}
                </fieldset>
                <fieldset class="builder__group">
                    <legend>{td_string!(loc, builder.appearance)}</legend>
                    <div class="builder__field">
                        <label for="builder-lang">{td_string!(loc, prefs.language)}</label>
                        <select id="builder-lang" on:change=move |ev| {
                            if let Some(l) = Lang::from_tag(&event_target_value(&ev)) {
                                lang.set(l);
                            }
                        }>{languages}</select>
                    </div>
                    <div class="builder__field">
                        <label for="builder-theme">{td_string!(loc, builder.theme)}</label>
                        <select id="builder-theme" aria-describedby="builder-theme-hint" on:change=move |ev| {
                            theme.set(Theme::from_key(&event_target_value(&ev)).filter(|t| *t != Theme::Auto));
                        }>{themes}</select>
                        <p class="builder__hint" id="builder-theme-hint">{td_string!(loc, builder.theme_hint)}</p>
                    </div>
                    {checkbox("builder-links", td_string!(loc, builder.links_top), links_top)}
                </fieldset>
                <fieldset class="builder__group">
                    <legend>{td_string!(loc, builder.frame)}</legend>
                    <div class="builder__field">
                        <label for="builder-title-field">{td_string!(loc, builder.frame_title)}</label>
                        <input type="text" id="builder-title-field" prop:value=move || title.get()
                            value=embed::DEFAULT_TITLE on:input=move |ev| title.set(event_target_value(&ev)) />
                    </div>
                    {checkbox("builder-auto-height", td_string!(loc, builder.auto_height), auto_height)}
                    <div class="builder__field">
                        <label for="builder-height">{td_string!(loc, builder.height)}</label>
                        <input type="number" id="builder-height" inputmode="numeric" min=MIN_HEIGHT max=MAX_HEIGHT step="10"
                            value=embed::DEFAULT_HEIGHT aria-describedby="builder-height-hint"
                            on:change=move |ev| {
                                if let Ok(h) = event_target_value(&ev).trim().parse::<u32>() {
                                    height.set(h.clamp(MIN_HEIGHT, MAX_HEIGHT));
                                }
                            } />
                        <p class="builder__hint" id="builder-height-hint">{td_string!(loc, builder.height_hint)}</p>
                    </div>
                </fieldset>
            </form>
            <section class="builder__preview" aria-labelledby="builder-preview-title">
                <h2 id="builder-preview-title">{td_string!(loc, builder.preview)}</h2>
                <p>{td_string!(loc, builder.preview_note)}</p>
                {preview}
            </section>
            <section aria-labelledby="builder-code-title">
                <h2 id="builder-code-title">{td_string!(loc, builder.code)}</h2>
                <CopyField id="builder-code" label=td_string!(loc, builder.code_label).to_string()
                    hint=td_string!(loc, builder.code_hint).to_string() text=snippet />
            </section>
            <section aria-labelledby="builder-headers-title">
                <h2 id="builder-headers-title">{td_string!(loc, builder.headers)}</h2>
                <CopyField id="builder-host-policy" label=td_string!(loc, builder.host_policy).to_string()
                    hint=td_string!(loc, builder.host_policy_hint).to_string() text=host_policy />
                <div class="builder__field">
                    <label for="builder-host">{td_string!(loc, builder.host)}</label>
                    <input type="url" id="builder-host" autocomplete="url" placeholder=embed::HOST_PLACEHOLDER
                        on:input=move |ev| host.set(event_target_value(&ev)) />
                </div>
                <CopyField id="builder-explorer-policy" label=td_string!(loc, builder.explorer_policy).to_string()
                    hint=td_string!(loc, builder.explorer_policy_hint).to_string() text=explorer_policy />
            </section>
        </article>
    }
}

/// A text to copy: its name, a read-only block with it, and a copy button that says whether it
/// worked. A `<pre>`, not a `<textarea>`: Leptos writes a textarea's text into the built page without
/// escaping it (tachys marks the element's children raw), and this text is HTML.
#[component]
fn CopyField(id: &'static str, label: String, hint: String, text: Signal<String>) -> impl IntoView {
    let loc = locale();
    let message = RwSignal::new(String::new());
    let block = NodeRef::<leptos::html::Pre>::new();
    let copy = move |_| {
        leptos::task::spawn_local(async move {
            if crate::app::download::copy_to_clipboard(&text.get_untracked()).await {
                message.set(td_string!(loc, builder.copied).to_string());
            } else {
                // No permission (a frame, an insecure context): the text selected, to copy by hand.
                message.set(td_string!(loc, builder.copy_by_hand).to_string());
                if let (Some(block), Ok(Some(selection))) = (block.get_untracked(), window().get_selection()) {
                    let _ = block.focus();
                    let _ = selection.select_all_children(&block);
                }
            }
        });
    };
    let (label_id, hint_id, button_id) = (format!("{id}-label"), format!("{id}-hint"), format!("{id}-copy"));
    view! {
        <div class="builder__copy">
            <h3 id=label_id.clone()>{label}</h3>
            <p class="builder__hint" id=hint_id.clone()>{hint}</p>
            // Focusable, so a keyboard reaches and scrolls a long line.
            <pre class="builder__code" id=id tabindex="0" aria-labelledby=label_id.clone() aria-describedby=hint_id
                node_ref=block><code>{move || text.get()}</code></pre>
            <div class="builder__copy-tools">
                <button type="button" class="tool" id=button_id.clone() aria-labelledby=format!("{button_id} {label_id}")
                    on:click=copy>{td_string!(loc, builder.copy)}</button>
                <p class="builder__message" role="status" hidden=move || message.with(String::is_empty)>
                    {move || message.get()}
                </p>
            </div>
        </div>
    }
}

/// A labelled checkbox for `on`; checked in the built page as `on` starts.
fn checkbox(id: &'static str, label: &'static str, on: RwSignal<bool>) -> impl IntoView {
    view! {
        <div class="builder__choice">
            <input type="checkbox" id=id checked=on.get_untracked() prop:checked=move || on.get()
                on:change=move |ev| on.set(event_target_checked(&ev)) />
            <label for=id>{label}</label>
        </div>
    }
}

/// A labelled list to choose from (`any`: a first option for none, with the value "").
fn choice(
    id: &'static str,
    label: &'static str,
    options: &[(String, String)],
    chosen: RwSignal<String>,
    any: Option<&'static str>,
) -> impl IntoView {
    let any = any.map(|text| view! { <option value="" selected=move || chosen.with(String::is_empty)>{text}</option> });
    let options = options
        .iter()
        .map(|(value, name)| {
            let this = value.clone();
            view! { <option value=value.clone() selected=move || chosen.with(|c| *c == this)>{name.clone()}</option> }
        })
        .collect_view();
    view! {
        <div class="builder__field">
            <label for=id>{label}</label>
            <select id=id on:change=move |ev| chosen.set(event_target_value(&ev))>{any}{options}</select>
        </div>
    }
}

fn kind_name(loc: Locale, kind: Kind) -> &'static str {
    match kind {
        Kind::List => td_string!(loc, builder.shown_list),
        Kind::Project => td_string!(loc, builder.shown_project),
        Kind::Programme => td_string!(loc, builder.shown_programme),
        Kind::Municipality => td_string!(loc, builder.shown_municipality),
        Kind::Chart => td_string!(loc, builder.shown_chart),
    }
}

fn theme_name(loc: Locale, theme: Theme) -> &'static str {
    match theme {
        Theme::Auto => td_string!(loc, builder.theme_auto),
        Theme::Light => td_string!(loc, builder.theme_light),
        Theme::Dark => td_string!(loc, builder.theme_dark),
        Theme::Sober => td_string!(loc, builder.theme_sober),
        Theme::HighContrast => td_string!(loc, builder.theme_high_contrast),
        Theme::Own => td_string!(loc, builder.theme_own),
    }
}
