//! Offering generated text (CSV, JSON, SVG) as a file download, through a temporary object URL:
//! no `data:` links in the page.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Lets the browser save `content` as `file_name`.
pub fn offer(content: &str, mime: &str, file_name: &str) {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(content));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    if let Ok(anchor) = document().create_element("a") {
        let _ = anchor.set_attribute("href", &url);
        let _ = anchor.set_attribute("download", file_name);
        if let Ok(anchor) = anchor.dyn_into::<web_sys::HtmlElement>() {
            anchor.click();
        }
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// Writes `text` to the clipboard; false where the browser refuses (no permission in a frame, an
/// insecure context), and the caller offers the text to copy by hand.
pub async fn copy_to_clipboard(text: &str) -> bool {
    let clipboard = window().navigator().clipboard();
    wasm_bindgen_futures::JsFuture::from(clipboard.write_text(text)).await.is_ok()
}

/// What the phone's own share sheet did with a link.
pub enum Shared {
    /// The reader shared it, or chose not to (the sheet was closed): nothing more to do.
    Done,
    /// The browser has no share sheet, or it failed: copy the link instead.
    Unavailable,
}

/// Offers `url` (with `title`) to the system's share sheet (`navigator.share`), where the browser has
/// one: on phones the reader then picks an app. Read by reflection rather than through web-sys's
/// `ShareData`, which is missing on browsers without the sheet (most desktops) and then throws.
pub async fn share_sheet(url: &str, title: &str) -> Shared {
    use wasm_bindgen::JsCast;
    let navigator = window().navigator();
    let Some(share) =
        js_sys::Reflect::get(&navigator, &"share".into()).ok().and_then(|f| f.dyn_into::<js_sys::Function>().ok())
    else {
        return Shared::Unavailable;
    };
    let data = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&data, &"url".into(), &url.into());
    let _ = js_sys::Reflect::set(&data, &"title".into(), &title.into());
    let Some(promise) = share.call1(&navigator, &data).ok().and_then(|p| p.dyn_into::<js_sys::Promise>().ok()) else {
        return Shared::Unavailable;
    };
    match wasm_bindgen_futures::JsFuture::from(promise).await {
        Ok(_) => Shared::Done,
        // The reader closed the sheet: that is an answer, not a failure.
        Err(error)
            if js_sys::Reflect::get(&error, &"name".into()).ok().and_then(|n| n.as_string()).as_deref()
                == Some("AbortError") =>
        {
            Shared::Done
        }
        Err(_) => Shared::Unavailable,
    }
}

/// Today in the reader's time zone, for file names.
pub fn today() -> crate::core::date::PartialDate {
    let now = js_sys::Date::new_0();
    crate::core::date::PartialDate {
        year: now.get_full_year() as u16,
        month: Some(now.get_month() as u8 + 1),
        day: Some(now.get_date() as u8),
    }
}
