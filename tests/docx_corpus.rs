//! The .docx reader on the corpus's Word files (`tests/fixtures/docx`, kept
//! out of the published package with this file): the same facts as from
//! their POI texts, every expected fact, what POI's text loses.

#![cfg(feature = "docx")]

use kamervragen::docx::to_text;

const CORPUS: [&str; 5] = [
    "jenv-2023-kv-milieudelicten-politie",
    "jenv-2024-kv-hoofddoekjes-boa",
    "jenv-2024-kv-niet-noodnummer-brandweer",
    "jenv-2024-kv-politiebureau-wolvega",
    "jenv-2024-kv-politiehonden",
];

fn fixture(path: &str) -> Vec<u8> {
    let full = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(path);
    std::fs::read(&full).unwrap_or_else(|e| panic!("{}: {e}", full.display()))
}

/// A document's JSON without what depends on the text's bytes (spans), its
/// furniture (noise, unclaimed runs) or how the text was made (diagnostics:
/// where POI's text leaves a note unnumbered the parser says it guessed,
/// the Word file numbers it).
fn facts(doc: &kamervragen::Document<'_>) -> serde_json::Value {
    fn strip(v: &mut serde_json::Value) {
        match v {
            serde_json::Value::Object(m) => {
                for k in ["span", "spans", "noise", "unclaimed", "diagnostics"] {
                    m.remove(k);
                }
                m.values_mut().for_each(strip);
            }
            serde_json::Value::Array(a) => a.iter_mut().for_each(strip),
            _ => {}
        }
    }
    let mut v = serde_json::to_value(doc).unwrap();
    strip(&mut v);
    v
}

/// Where `docx` differs from `poi`, as paths; a note label that POI's text
/// does not give (the "1)" of a numbered list it drops) is not a
/// difference.
fn differences(
    docx: &serde_json::Value,
    poi: &serde_json::Value,
    path: &str,
    out: &mut Vec<String>,
) {
    use serde_json::Value;
    match (docx, poi) {
        (Value::Object(a), Value::Object(b)) => {
            for (k, va) in a {
                let vb = b.get(k).unwrap_or(&Value::Null);
                differences(va, vb, &format!("{path}.{k}"), out);
            }
        }
        (Value::Array(a), Value::Array(b)) if a.len() == b.len() => {
            for (i, (va, vb)) in a.iter().zip(b).enumerate() {
                differences(va, vb, &format!("{path}[{i}]"), out);
            }
        }
        (Value::String(_), Value::String(b)) if path.ends_with(".label") && b.is_empty() => {}
        (a, b) if a == b => {}
        (a, b) => out.push(format!("{path}: docx {a} / poi {b}")),
    }
}

#[test]
fn corpus_word_files_read_as_well_as_their_poi_texts() {
    for name in CORPUS {
        let text = to_text(&fixture(&format!("docx/{name}.docx"))).unwrap();
        let poi = String::from_utf8(fixture(&format!("docs/{name}.txt"))).unwrap();
        let (a, b) = (kamervragen::parse(&text), kamervragen::parse(&poi));
        let mut diff = Vec::new();
        differences(&facts(&a), &facts(&b), name, &mut diff);
        assert!(diff.is_empty(), "{}", diff.join("\n"));
    }
}

/// Words of `s`, lower-cased: how FACTS.md compares `starts`.
fn words(s: &str) -> String {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn corpus_word_files_give_their_expected_facts() {
    use serde_json::Value;
    for name in CORPUS {
        let exp: Value =
            serde_json::from_slice(&fixture(&format!("expected/{name}.txt.json"))).unwrap();
        let parsed = kamervragen::docx::parse(&fixture(&format!("docx/{name}.docx"))).unwrap();
        let doc = serde_json::to_value(&parsed.document).unwrap();
        let kv = &doc["kamervragen"];
        assert_eq!(doc["kind"], exp["kind"], "{name}");
        assert_eq!(doc["date"], exp["date"], "{name}");
        assert_eq!(kv["zaaknummer"], exp["zaaknummer"], "{name}");
        assert_eq!(kv["submitted_on"], exp["submitted_on"], "{name}");
        assert_eq!(
            doc["letter"]["our_reference"], exp["our_reference"],
            "{name}"
        );
        assert_eq!(
            doc["footnotes"].as_array().unwrap().len() as u64,
            exp["footnotes"].as_u64().unwrap(),
            "{name}"
        );
        for field in ["questions", "answers"] {
            let (e, g) = (
                exp[field].as_array().unwrap(),
                kv[field].as_array().unwrap(),
            );
            assert_eq!(e.len(), g.len(), "{name} {field}");
            for (e, g) in e.iter().zip(g) {
                assert_eq!(e["numbers"], g["numbers"], "{name} {field}");
                let text = words(g["text"].as_str().unwrap());
                assert!(
                    text.starts_with(&words(e["starts"].as_str().unwrap())),
                    "{name} {field} {}: {text}",
                    e["numbers"]
                );
            }
        }
    }
}

#[test]
fn numbered_lists_the_poi_text_drops_are_printed() {
    // The two notes of this letter are a numbered list ("1)", "2)") that the
    // questions cite; POI's text has them without their numbers.
    let parsed =
        kamervragen::docx::parse(&fixture("docx/jenv-2024-kv-niet-noodnummer-brandweer.docx"))
            .unwrap();
    assert!(parsed.text.contains("\n1)\tGeen spoed wel brandweer"));
    let endnotes: Vec<(&str, &str)> = parsed
        .document
        .footnotes
        .iter()
        .filter(|n| n.kind == kamervragen::FootnoteKind::Endnote)
        .map(|n| (n.label.as_str(), n.text.as_ref()))
        .collect();
    assert_eq!(
        endnotes,
        [
            ("1", "Geen spoed wel brandweer – Brandweer"),
            (
                "2",
                "Contact marechaussee | Koninklijke Marechaussee | Defensie.nl"
            )
        ]
    );
}

/// The examples of the `docx` module's documentation, on the letter they
/// describe.
#[test]
fn module_doc_examples_hold() {
    let bytes = fixture("docx/jenv-2024-kv-politiehonden.docx");
    let text = to_text(&bytes).unwrap();
    let doc = kamervragen::parse(&text);
    let kv = doc.kamervragen.as_ref().unwrap();
    assert_eq!(kv.questions.len(), 22);
    assert!(text[kv.questions[0].span.range()].contains("Kent u de berichten"));
    let parsed = kamervragen::docx::parse(&bytes).unwrap();
    assert_eq!(parsed.document.date.unwrap().to_string(), "2024-08-26");
    let footnote = &parsed.document.footnotes[0];
    assert!(parsed.text[footnote.span.range()].contains("Verzamelbrief dierenwelzijn"));
}
