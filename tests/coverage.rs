//! Nothing silently lost: every byte of the input that is not whitespace
//! (no-break spaces are whitespace too) lies in the span of some part of the result (anything below
//! the document's top-level objects that has a `span`) or in `unclaimed`.
//! On the corpus, `unclaimed` stays small.

use std::fs;
use std::path::Path;

use proptest::prelude::*;
use serde_json::Value;

/// Every `span` below depth 2 of the JSON tree (the document and its
/// `letter`, `kamervragen` and `notice` objects are containers).
fn spans(node: &Value, depth: usize, out: &mut Vec<(usize, usize)>) {
    match node {
        Value::Object(map) => {
            for (k, v) in map {
                if k == "span"
                    && let Some([s, e]) = v.as_array().map(Vec::as_slice)
                    && let (Some(s), Some(e)) = (s.as_u64(), e.as_u64())
                {
                    if depth >= 2 {
                        out.push((s as usize, e as usize));
                    }
                } else {
                    spans(v, depth + 1, out);
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|v| spans(v, depth + 1, out)),
        _ => {}
    }
}

/// (bytes not covered at all, bytes only in `unclaimed`, bytes of
/// characters other than whitespace)
fn coverage(text: &str) -> (usize, usize, usize) {
    let doc = kamervragen::parse(text);
    let json = serde_json::to_value(&doc).unwrap();
    let mut claimed = Vec::new();
    let mut without_unclaimed = json.clone();
    without_unclaimed
        .as_object_mut()
        .unwrap()
        .remove("unclaimed");
    spans(&without_unclaimed, 0, &mut claimed);
    let mut mark = vec![0u8; text.len()];
    for (s, e) in claimed {
        mark[s.min(text.len())..e.min(text.len())]
            .iter_mut()
            .for_each(|m| *m |= 1);
    }
    for u in &doc.unclaimed {
        mark[u.span.range()].iter_mut().for_each(|m| *m |= 2);
    }
    // Whitespace (no-break spaces included) is nothing to account for.
    let (mut lost, mut unclaimed, mut total) = (0, 0, 0);
    for (i, c) in text.char_indices() {
        if c.is_whitespace() {
            continue;
        }
        for m in &mark[i..i + c.len_utf8()] {
            total += 1;
            lost += usize::from(*m == 0);
            unclaimed += usize::from(*m == 2);
        }
    }
    (lost, unclaimed, total)
}

#[test]
fn corpus_is_fully_accounted_for() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let (mut lost, mut unclaimed, mut total) = (0, 0, 0);
    for dir in [root.join("docs"), root.join("extra/docs")] {
        for entry in fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_none_or(|e| e != "txt") {
                continue;
            }
            let text = fs::read_to_string(&path).unwrap();
            let (l, u, t) = coverage(&text);
            assert_eq!(
                l,
                0,
                "{}: {l} bytes neither claimed nor unclaimed",
                path.display()
            );
            lost += l;
            unclaimed += u;
            total += t;
        }
    }
    let share = 100.0 * unclaimed as f64 / total as f64;
    println!("unclaimed {share:.3}% of {total} bytes, lost {lost}");
    assert!(share <= 0.5, "{share:.3}% of the corpus is unclaimed");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn any_text_is_fully_accounted_for(parts in proptest::collection::vec(prop_oneof![
        Just("Vraag 1\n"), Just("Antwoord 1\n"), Just("Ja.\n"), Just("Datum\t3 maart 2025\n"),
        Just("Geachte voorzitter,\n"), Just("Hoogachtend,\n"), Just("De minister van Financiën,\n"),
        Just("E. Heinen\n"), Just("[footnoteRef:1]"), Just(" [1: noot] \n"), Just("1) noot\n"),
        Just("Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel 1\n"), Just("\u{a0}\n"), Just("\r\n"),
        Just("Kamerstuk 21 501-32, nr. 1703 "), Just("2025Z06378\n"), Just("Zie vraag 1.\n"), Just("x"),
        Just("Vragen van het lid Kat (D66) aan de minister over iets (ingezonden 3 maart 2025).\n"),
    ], 0..40)) {
        let text: String = parts.concat();
        let (lost, _, _) = coverage(&text);
        prop_assert_eq!(lost, 0);
    }
}
