//! Parse arbitrary UTF-8: no panic, every span in bounds and on char
//! boundaries, deterministic, and `into_owned` / JSON round trip are lossless.
#![no_main]

use libfuzzer_sys::fuzz_target;
use serde_json::Value;

fn check_span(text: &str, path: &str, v: &Value) {
    if v.is_null() {
        return;
    }
    let a = v
        .as_array()
        .unwrap_or_else(|| panic!("{path}: not a span: {v}"));
    assert_eq!(a.len(), 2, "{path}: not a span: {v}");
    let (s, e) = (
        a[0].as_u64().unwrap() as usize,
        a[1].as_u64().unwrap() as usize,
    );
    assert!(
        s <= e && e <= text.len(),
        "{path}: span [{s}, {e}] out of bounds ({})",
        text.len()
    );
    assert!(
        text.is_char_boundary(s) && text.is_char_boundary(e),
        "{path}: span [{s}, {e}] not on char boundaries"
    );
}

fn walk(text: &str, path: &str, v: &Value) {
    match v {
        Value::Object(map) => {
            for (k, child) in map {
                let p = format!("{path}.{k}");
                match k.as_str() {
                    "span" => check_span(text, &p, child),
                    "spans" if child.is_object() => {
                        for (name, s) in child.as_object().into_iter().flatten() {
                            check_span(text, &format!("{p}.{name}"), s);
                        }
                    }
                    _ => walk(text, &p, child),
                }
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                walk(text, &format!("{path}[{i}]"), child);
            }
        }
        _ => {}
    }
}

fuzz_target!(|text: &str| {
    let doc = kamervragen::parse(text);
    let json = serde_json::to_string(&doc).expect("document serialises");
    let value: Value = serde_json::from_str(&json).expect("JSON parses");
    walk(text, "$", &value);
    assert!(kamervragen::parse(text) == doc, "parsing twice differs");
    let owned = doc.clone().into_owned();
    assert!(owned == doc, "into_owned changed the document");
    let back: kamervragen::Document<'_> = serde_json::from_str(&json).expect("JSON deserialises");
    assert_eq!(
        serde_json::to_string(&back).unwrap(),
        json,
        "JSON round trip"
    );
});
