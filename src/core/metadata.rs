//! What describes the dataset to machines: a DCAT-AP-NL record (`data/dcat.jsonld`, which
//! data.overheid.nl can harvest) and schema.org `Dataset` markup for the page "Over de gegevens".
//! Every value comes from the dataset or the build's settings (the site's public address); what
//! neither says is left out or said to be unknown, never made up (a licence above all).

use serde_json::{json, Value};

use super::downloads::{FOLDER, LISTS};
use super::model::Dataset;
use super::text::Text;
use crate::contract::DATASET_PATH;

/// Where the build writes the DCAT record, below the site's root.
pub const DCAT_PATH: &str = "data/dcat.jsonld";

/// The properties DCAT-AP-NL 3.0 requires of a `dcat:Dataset` (Geonovum, DCAT-AP-NL30 "klassen"),
/// as [`dcat`] writes them.
pub const DCAT_REQUIRED: [&str; 8] = [
    "dct:title",
    "dct:description",
    "dct:identifier",
    "dct:publisher",
    "dct:creator",
    "dcat:contactPoint",
    "dcat:theme",
    "dct:accessRights",
];

/// What the dataset says of its sources' licence: none of them states one.
const RIGHTS: &str =
    "The sources do not state a licence for their texts and figures; this dataset states none either. \
    The descriptions are written for this explorer; facts, names and figures are the sources'.";

/// The address of a file of the site (`data/…`): absolute below the public address when the build
/// knows it, else relative to the site's root.
fn address(public_url: Option<&str>, path: &str) -> String {
    match public_url {
        Some(public) => format!("{}/{path}", public.trim_end_matches('/')),
        None => path.to_string(),
    }
}

/// A text as JSON-LD language-tagged values, one per language it has.
fn tagged(text: &Text) -> Value {
    let mut values = vec![json!({ "@language": "nl", "@value": text.nl })];
    for (lang, value) in [("en", &text.en), ("de", &text.de)] {
        if let Some(value) = value {
            values.push(json!({ "@language": lang, "@value": value }));
        }
    }
    Value::Array(values)
}

/// The files a reader can download, as (address below the root, media type, EU file type).
fn distributions() -> Vec<(String, &'static str, &'static str)> {
    let mut out = vec![(DATASET_PATH.to_string(), "application/json", "JSON")];
    out.extend(LISTS.iter().map(|name| (format!("{FOLDER}/csv/{name}.csv"), "text/csv", "CSV")));
    out
}

/// The DCAT-AP-NL record of the dataset, as JSON-LD, for the file [`DCAT_PATH`]: without a public
/// address its links are relative to that file's folder, as JSON-LD reads them.
pub fn dcat(dataset: &Dataset, public_url: Option<&str>) -> Value {
    let address = |path: &str| match public_url {
        Some(_) => self::address(public_url, path),
        None => path.strip_prefix(&format!("{FOLDER}/")).unwrap_or(path).to_string(),
    };
    let report = &dataset.report;
    let agent = json!({ "@type": "foaf:Agent", "foaf:name": report.publisher });
    // Whom to contact, as the report names them; else the publisher, who is named for certain.
    let contact = match &report.contact {
        Some(contact) => tagged(contact),
        None => json!(report.publisher),
    };
    let modified = report.published.to_string();
    let date_type = match (report.published.month, report.published.day) {
        (Some(_), Some(_)) => "xsd:date",
        (Some(_), None) => "xsd:gYearMonth",
        _ => "xsd:gYear",
    };
    let languages: Vec<Value> = ["NLD", "ENG", "DEU"]
        .iter()
        .map(|code| json!({ "@id": format!("http://publications.europa.eu/resource/authority/language/{code}") }))
        .collect();
    json!({
        "@context": {
            "dcat": "http://www.w3.org/ns/dcat#",
            "dct": "http://purl.org/dc/terms/",
            "foaf": "http://xmlns.com/foaf/0.1/",
            "vcard": "http://www.w3.org/2006/vcard/ns#",
            "xsd": "http://www.w3.org/2001/XMLSchema#"
        },
        "@id": address(DATASET_PATH),
        "@type": "dcat:Dataset",
        "dct:title": tagged(&report.title),
        "dct:description": tagged(&report.summary),
        "dct:identifier": address(DATASET_PATH),
        "dct:publisher": agent.clone(),
        "dct:creator": agent,
        "dcat:contactPoint": { "@type": "vcard:Organization", "vcard:fn": contact },
        "dcat:theme": [
            { "@id": "http://publications.europa.eu/resource/authority/data-theme/ECON" },
            { "@id": "http://publications.europa.eu/resource/authority/data-theme/REGI" }
        ],
        "dct:accessRights": { "@id": "http://publications.europa.eu/resource/authority/access-right/PUBLIC" },
        "dct:rights": RIGHTS,
        "dct:language": languages,
        "dct:spatial": { "@id": "http://publications.europa.eu/resource/authority/place/NLD" },
        "dct:issued": { "@value": modified, "@type": date_type },
        "dcat:distribution": distributions().into_iter().map(|(path, media, format)| json!({
            "@type": "dcat:Distribution",
            "dcat:downloadURL": { "@id": address(&path) },
            "dcat:accessURL": { "@id": address(&path) },
            "dcat:mediaType": { "@id": format!("https://www.iana.org/assignments/media-types/{media}") },
            "dct:format": { "@id": format!("http://publications.europa.eu/resource/authority/file-type/{format}") },
            "dct:rights": RIGHTS
        })).collect::<Vec<_>>()
    })
}

/// The schema.org `Dataset` markup of the page "Over de gegevens", in the page's language `lang`
/// (`nl`, `en`, `de`).
pub fn schema_org(dataset: &Dataset, public_url: Option<&str>, lang: super::text::Lang) -> Value {
    let report = &dataset.report;
    let organisation = json!({ "@type": "Organization", "name": report.publisher });
    json!({
        "@context": "https://schema.org",
        "@type": "Dataset",
        "name": report.title.get(lang).text,
        "description": report.summary.get(lang).text,
        "identifier": address(public_url, DATASET_PATH),
        "url": address(public_url, &format!("{}/quality/", lang.tag())),
        "inLanguage": ["nl", "en", "de"],
        "isAccessibleForFree": true,
        "creator": organisation.clone(),
        "publisher": organisation,
        "datePublished": report.published.to_string(),
        "spatialCoverage": { "@type": "Place", "name": "Twente" },
        "temporalCoverage": report.as_of.map(|d| d.to_string()),
        "distribution": distributions().into_iter().map(|(path, media, _)| json!({
            "@type": "DataDownload",
            "encodingFormat": media,
            "contentUrl": address(public_url, &path)
        })).collect::<Vec<_>>()
    })
}

/// JSON-LD for a `<script type="application/ld+json">` in a page: `<`, `>` and `&` as JSON escapes,
/// so no text of the dataset can end the script element or read as markup.
pub fn in_html(value: &Value) -> String {
    value.to_string().replace('<', "\\u003c").replace('>', "\\u003e").replace('&', "\\u0026")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Whether a JSON-LD value says something: not null, not an empty text, list or object.
    fn filled(value: &Value) -> bool {
        match value {
            Value::Null => false,
            Value::String(s) => !s.trim().is_empty(),
            Value::Array(a) => !a.is_empty() && a.iter().all(filled),
            Value::Object(o) => !o.is_empty() && o.values().any(filled),
            _ => true,
        }
    }

    #[test]
    fn the_dcat_record_fills_every_property_dcat_ap_nl_requires() {
        let dataset = crate::core::bundled_dataset();
        let record = dcat(&dataset, Some("https://twente.example.nl/verkenner/"));
        assert_eq!(record["@type"], "dcat:Dataset");
        for property in DCAT_REQUIRED {
            assert!(filled(&record[property]), "{property} is missing or empty: {}", record[property]);
        }
        assert_eq!(record["dct:identifier"], "https://twente.example.nl/verkenner/data/investeren-in-twente.json");
        let distributions = record["dcat:distribution"].as_array().unwrap();
        assert_eq!(distributions.len(), 1 + LISTS.len());
        assert!(distributions.iter().all(|d| filled(&d["dcat:downloadURL"]) && filled(&d["dct:format"])));
        // No licence is made up: the record says the sources state none.
        assert!(!record.to_string().contains("license"), "{record}");
    }

    #[test]
    fn without_a_public_address_the_files_are_named_below_the_site_s_root() {
        let dataset = crate::core::bundled_dataset();
        let record = dcat(&dataset, None);
        assert_eq!(record["dct:identifier"], "investeren-in-twente.json", "relative to data/dcat.jsonld");
        assert_eq!(record["dcat:distribution"][1]["dcat:downloadURL"]["@id"], "csv/projects.csv");
        let markup = schema_org(&dataset, None, super::super::text::Lang::En);
        assert_eq!(markup["url"], "en/quality/");
        assert_eq!(markup["@type"], "Dataset");
        assert!(filled(&markup["name"]) && filled(&markup["description"]), "Google's two required properties");
    }

    #[test]
    fn a_text_that_ends_the_script_element_stays_inside_it() {
        let value = json!({ "name": "</script><script>alert(1)</script> & co" });
        let written = in_html(&value);
        assert!(!written.contains('<') && !written.contains('&'), "{written}");
        assert_eq!(serde_json::from_str::<Value>(&written).unwrap(), value);
    }
}
