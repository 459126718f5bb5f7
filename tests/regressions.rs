//! Minimal inputs for bugs found by `tests/properties.rs` and the fuzz
//! targets in `fuzz/`. Each test asserts the property the input broke.

use serde_json::Value;

/// Every `span` (and each entry of the letter's `spans`) in the JSON of
/// `parse(text)` lies in `text` on char boundaries.
fn assert_spans_valid(text: &str) {
    fn check(text: &str, path: &str, v: &Value) {
        if v.is_null() {
            return;
        }
        let a = v.as_array().expect("span is an array");
        let (s, e) = (
            a[0].as_u64().expect("start") as usize,
            a[1].as_u64().expect("end") as usize,
        );
        assert!(
            s <= e && e <= text.len(),
            "{path}: span [{s}, {e}] out of bounds (len {})",
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
                        "span" => check(text, &p, child),
                        "spans" if child.is_object() => {
                            for (name, s) in child.as_object().into_iter().flatten() {
                                check(text, &format!("{p}.{name}"), s);
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
    let doc = kamervragen::parse(text);
    walk(text, "$", &serde_json::to_value(&doc).expect("serialises"));
}

/// `diagnose.rs`: the `letter_without_date` diagnostic spans
/// `0..src.len().min(200)`, which cuts a multi-byte char when byte 200 is
/// inside one.
#[test]
fn letter_without_date_span_cuts_char() {
    let text = format!("Geachte voorzitter,\na{}\n", "é".repeat(100));
    assert_spans_valid(&text);
}

/// `letter.rs`: the line above a signing role was tested for "mede namens "
/// by slicing its first 12 bytes, which panicked when byte 12 is inside a
/// multi-byte char. Found by `parse_vocabulary_string`.
#[test]
fn line_above_role_cut_inside_char() {
    let text = "Geachte voorzitter,\n\nTekst.\n\nHoogachtend,\n\nabcdefghijké en meer\nde minister van Justitie,\n\nD. Yeşilgöz\n";
    let doc = kamervragen::parse(text);
    let letter = doc.letter.expect("a letter");
    assert_eq!(letter.signatories.len(), 1);
    assert!(letter.signatories[0].on_behalf_of.is_empty());
    assert_spans_valid(text);
}

/// `footnotes.rs`: a page's note zone was looked for up to the text's first
/// line, and a note line there whose body opens with a number asked for the
/// tag of the line above it, at index -1 (subtract overflow). Found by
/// `parse_vocabulary_string` in CI.
#[test]
fn page_note_on_the_first_line() {
    let text =
        "1 0Vraag 1\nDatum\t24 april 2025\nTweede Kamer, vergaderjaar 2023–2024, Aanhangsel 1";
    assert_spans_valid(text);
}
