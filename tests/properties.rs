//! Property tests: `parse` never panics, every span it reports lies inside the
//! input on char boundaries, parsing is deterministic, `into_owned` and a JSON
//! round trip change nothing, and the identifier types' `FromStr` never panics
//! and round-trips through `Display`.
//!
//! Inputs are arbitrary strings, strings built from parser-relevant fragments,
//! and corpus documents (`tests/fixtures/docs/*.txt`) with random mutations.
//! Case counts are moderate so `cargo test` stays fast in debug; set
//! `PROPTEST_CASES=20000` to run every property longer.

use std::fmt::{Debug, Display};
use std::fs;
use std::path::Path;
use std::str::FromStr;
use std::sync::OnceLock;

use kamervragen::Document;
use kamervragen::ids::{
    AanhangselId, Documentnummer, HandelingenRef, Kamer, KamerstukRef, MinistryReference,
    Vergaderjaar, Zaaknummer,
};
use proptest::prelude::*;
use proptest::test_runner::Config;
use serde_json::Value;

/// A config with `n` cases unless `PROPTEST_CASES` says otherwise; no
/// failure-persistence files (regressions go in `tests/regressions.rs`).
fn config(n: u32) -> Config {
    let mut c = Config::default();
    if std::env::var_os("PROPTEST_CASES").is_none() {
        c.cases = n;
    }
    c.failure_persistence = None;
    c
}

// ---------------------------------------------------------------------------
// Inputs
// ---------------------------------------------------------------------------

/// Fragments the parser reacts to.
const VOCAB: &[&str] = &[
    "Vraag 1\n",
    "Vraag 2\n",
    "Vraag 2a\n",
    "Antwoord 1\n",
    "Antwoord 2 en 3\n",
    "Antwoord op vraag 4\n",
    "Zie antwoord vraag 2.\n",
    "1\n",
    "2.\n",
    "3)\n",
    "[footnoteRef:1]",
    "[footnoteRef:2]",
    " [1: note] \n",
    "[1] ",
    "1) ",
    "(ingezonden 3 april 2025)",
    "(ontvangen 24 april 2025)",
    "Datum\t24 april 2025\n",
    "Datum 31 februari 2025\n",
    "Betreft\t",
    "Onze referentie\t",
    "Uw kenmerk\t2025Z06378\n",
    "Geachte voorzitter,\n",
    "Hoogachtend,\n",
    "de minister van Defensie,\n",
    "Mededeling\n",
    "Vragen van het lid Jansen (GroenLinks-PvdA) aan de Minister van Defensie over iets (ingezonden 3 april 2025).\n",
    "Antwoord van minister Brekelmans (Defensie) (ontvangen 24 april 2025)\n",
    "\r\n",
    "\n",
    "\n\n",
    "\r",
    "\t",
    " ",
    "\u{a0}",
    "\u{feff}",
    "\u{ad}",
    "\u{200b}",
    "\x0c",
    "\0",
    "Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel 1",
    "Tweede Kamer, vergaderjaar 2023-2024, Aanhangsel 1314\n",
    "’s-Gravenhage 2024",
    "Kamerstuk 21 501-32, nr. 1703",
    "Kamerstukken II 2023/24, 36 410, nr. 5",
    "Handelingen II 2010/11, nr. 108, item 5",
    "ah-tk-20232024-387",
    "kst-21501-32-1703",
    "2025Z06378",
    "2025D12345",
    "https://www.",
    "www.rijksoverheid.nl/",
    "-\n",
    "é",
    "e\u{301}",
    "ß",
    "😀",
    "–",
    "(",
    ")",
    "[",
    "]",
    ":",
    ".",
    ",",
    "?",
    "0",
    "99999999999999999999",
];

/// Strings made of vocabulary fragments and short arbitrary pieces.
fn vocab_string() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => prop::sample::select(VOCAB).prop_map(str::to_string),
        1 => "\\PC{0,6}",
        1 => "[a-zA-Z0-9 ]{0,12}",
    ];
    prop::collection::vec(piece, 0..48).prop_map(|v| v.concat())
}

/// The corpus documents, loaded once.
fn corpus() -> &'static [String] {
    static DOCS: OnceLock<Vec<String>> = OnceLock::new();
    DOCS.get_or_init(|| {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/docs");
        let mut paths: Vec<_> = fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| {
                let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
                name.ends_with(".txt") && !name.ends_with(".actual.json")
            })
            .collect();
        paths.sort();
        let docs: Vec<String> = paths
            .iter()
            .map(|p| String::from_utf8_lossy(&fs::read(p).expect("read corpus doc")).into_owned())
            .collect();
        assert!(!docs.is_empty(), "no corpus documents in {}", dir.display());
        docs
    })
}

/// One change to a text; positions are fractions resolved against the text.
#[derive(Debug, Clone)]
enum Mutation {
    Delete { at: u64, len: u64 },
    Duplicate { at: u64, len: u64 },
    Insert { at: u64, fragment: &'static str },
    Crlf,
    Cr,
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        3 => (any::<u64>(), 0u64..2000).prop_map(|(at, len)| Mutation::Delete { at, len }),
        2 => (any::<u64>(), 0u64..2000).prop_map(|(at, len)| Mutation::Duplicate { at, len }),
        4 => (any::<u64>(), prop::sample::select(VOCAB))
            .prop_map(|(at, fragment)| Mutation::Insert { at, fragment }),
        1 => Just(Mutation::Crlf),
        1 => Just(Mutation::Cr),
    ]
}

/// The char boundary at or before `at % (len + 1)`.
fn boundary(s: &str, at: u64) -> usize {
    let mut i = (at % (s.len() as u64 + 1)) as usize;
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The range starting at `at` of about `len` bytes, snapped to char boundaries.
fn range(s: &str, at: u64, len: u64) -> (usize, usize) {
    let a = boundary(s, at);
    let b = boundary(s, (a as u64).saturating_add(len).min(s.len() as u64));
    (a, b.max(a))
}

fn apply(text: &str, muts: &[Mutation]) -> String {
    let mut s = text.to_string();
    for m in muts {
        match *m {
            Mutation::Delete { at, len } => {
                let (a, b) = range(&s, at, len);
                s.replace_range(a..b, "");
            }
            Mutation::Duplicate { at, len } => {
                let (a, b) = range(&s, at, len);
                let piece = s[a..b].to_string();
                s.insert_str(b, &piece);
            }
            Mutation::Insert { at, fragment } => {
                let a = boundary(&s, at);
                s.insert_str(a, fragment);
            }
            Mutation::Crlf => s = s.replace('\n', "\r\n"),
            Mutation::Cr => s = s.replace('\n', "\r"),
        }
    }
    s
}

/// A corpus document with up to four mutations.
fn mutated_doc() -> impl Strategy<Value = String> {
    (
        any::<prop::sample::Index>(),
        prop::collection::vec(mutation(), 0..4),
    )
        .prop_map(|(i, muts)| {
            let docs = corpus();
            apply(&docs[i.index(docs.len())], &muts)
        })
}

// ---------------------------------------------------------------------------
// Checks
// ---------------------------------------------------------------------------

/// Checks that `v` is a valid `[s, e]` span of `text`, or null.
fn check_span(text: &str, path: &str, v: &Value) -> Result<(), TestCaseError> {
    if v.is_null() {
        return Ok(());
    }
    let pair = v
        .as_array()
        .filter(|a| a.len() == 2)
        .and_then(|a| Some((a[0].as_u64()?, a[1].as_u64()?)));
    let Some((s, e)) = pair else {
        return Err(TestCaseError::fail(format!(
            "{path}: span is not [start, end]: {v}"
        )));
    };
    let (s, e) = (s as usize, e as usize);
    prop_assert!(
        s <= e && e <= text.len(),
        "{path}: span [{s}, {e}] out of order or past the end ({})",
        text.len()
    );
    prop_assert!(
        text.is_char_boundary(s) && text.is_char_boundary(e),
        "{path}: span [{s}, {e}] not on char boundaries"
    );
    Ok(())
}

/// Walks the JSON tree checking every `span` and the letter's `spans`.
fn walk_spans(text: &str, path: &str, v: &Value) -> Result<(), TestCaseError> {
    match v {
        Value::Object(map) => {
            for (k, child) in map {
                let p = format!("{path}.{k}");
                match k.as_str() {
                    "span" => check_span(text, &p, child)?,
                    "spans" if child.is_object() => {
                        for (name, s) in child.as_object().into_iter().flatten() {
                            check_span(text, &format!("{p}.{name}"), s)?;
                        }
                    }
                    _ => walk_spans(text, &p, child)?,
                }
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                walk_spans(text, &format!("{path}[{i}]"), child)?;
            }
        }
        _ => {}
    }
    Ok(())
}

/// All document properties for one input.
fn check_parse(text: &str) -> Result<(), TestCaseError> {
    let doc = kamervragen::parse(text);
    let value = serde_json::to_value(&doc).expect("document serialises");
    walk_spans(text, "$", &value)?;

    let again = kamervragen::parse(text);
    prop_assert!(again == doc, "parsing twice gave different documents");

    let owned: Document<'static> = doc.clone().into_owned();
    prop_assert!(owned == doc, "into_owned changed the document");
    prop_assert_eq!(
        serde_json::to_value(&owned).expect("owned serialises"),
        value.clone()
    );

    let json = serde_json::to_string(&doc).expect("document serialises");
    let back: Document<'_> = serde_json::from_str(&json)
        .map_err(|e| TestCaseError::fail(format!("JSON does not deserialise: {e}\n{json}")))?;
    let json2 = serde_json::to_string(&back).expect("document serialises");
    prop_assert_eq!(&json2, &json, "JSON round trip changed the JSON");
    prop_assert!(back == doc, "JSON round trip changed the document");
    Ok(())
}

/// `find_references` spans lie in the text on char boundaries, sorted.
fn check_references(text: &str) -> Result<(), TestCaseError> {
    let refs = kamervragen::references::find_references(text);
    let mut last = 0;
    for r in &refs {
        let (s, e) = (r.span.start, r.span.end);
        prop_assert!(s <= e && e <= text.len(), "reference {r:?} out of bounds");
        prop_assert!(
            text.is_char_boundary(s) && text.is_char_boundary(e),
            "reference {r:?} not on char boundaries"
        );
        prop_assert!(s >= last, "references not sorted: {r:?}");
        last = s;
    }
    Ok(())
}

// ---------------------------------------------------------------------------
// Document properties
// ---------------------------------------------------------------------------

proptest! {
    #![proptest_config(config(256))]

    #[test]
    fn parse_arbitrary_string(text in any::<String>()) {
        check_parse(&text)?;
    }

    #[test]
    fn parse_vocabulary_string(text in vocab_string()) {
        check_parse(&text)?;
    }

    #[test]
    fn references_arbitrary_and_vocabulary(text in prop_oneof![any::<String>(), vocab_string()]) {
        check_references(&text)?;
    }
}

proptest! {
    #![proptest_config(config(96))]

    #[test]
    fn parse_mutated_corpus(text in mutated_doc()) {
        check_parse(&text)?;
    }

    #[test]
    fn references_mutated_corpus(text in mutated_doc()) {
        check_references(&text)?;
    }
}

// ---------------------------------------------------------------------------
// Identifier properties
// ---------------------------------------------------------------------------

/// `s.parse::<T>()` does not panic, and a success round-trips through `Display`.
fn check_id<T>(s: &str) -> Result<(), TestCaseError>
where
    T: FromStr + Display + PartialEq + Debug,
    T::Err: PartialEq + Debug,
{
    if let Ok(x) = s.parse::<T>() {
        let shown = x.to_string();
        let back = shown.parse::<T>();
        prop_assert_eq!(
            back,
            Ok(x),
            "{} did not round-trip: {:?} displayed as {:?}",
            std::any::type_name::<T>(),
            s,
            shown
        );
    }
    Ok(())
}

fn check_all_ids(s: &str) -> Result<(), TestCaseError> {
    check_id::<Zaaknummer>(s)?;
    check_id::<Documentnummer>(s)?;
    check_id::<Vergaderjaar>(s)?;
    check_id::<Kamer>(s)?;
    check_id::<AanhangselId>(s)?;
    check_id::<KamerstukRef>(s)?;
    check_id::<HandelingenRef>(s)?;
    check_id::<MinistryReference>(s)?;
    Ok(())
}

/// Fragments of identifiers.
const ID_VOCAB: &[&str] = &[
    "0",
    "1",
    "2",
    "3",
    "5",
    "9",
    "00",
    "19",
    "20",
    "2023",
    "2024",
    "20232024",
    "2023/24",
    "2023-2024",
    "2023–2024",
    "21501",
    "21 501",
    "36 410",
    "-32",
    "-XIV",
    "-A",
    "-1703",
    "32",
    "1703",
    "Z",
    "D",
    "z",
    "kst-",
    "ah-",
    "ah-tk-",
    "ah-ek-",
    "h-tk-",
    "h-ek-",
    "-",
    "–",
    "‑",
    "/",
    " ",
    "\u{a0}",
    "\u{202f}",
    ",",
    ".",
    " nr. ",
    " nrs. ",
    " en ",
    "item ",
    ", item 5",
    "Kamerstuk ",
    "Kamerstukken ",
    "Kamerstukken II ",
    "Kamerstukken I ",
    "Handelingen ",
    "Handelingen II ",
    "Aanhangsel ",
    "Aanhangsel Handelingen II ",
    "TK",
    "EK",
    "II",
    "I",
    "tk",
    "ek",
    "XIV",
    "A",
    "a",
    "b",
    "é",
    "\n",
    "\t",
    "(",
    ")",
    "99999999999",
    "4294967296",
];

fn id_string() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        6 => prop::sample::select(ID_VOCAB).prop_map(str::to_string),
        1 => "\\PC{0,3}",
        2 => "[0-9]{1,6}",
    ];
    prop::collection::vec(piece, 0..12).prop_map(|v| v.concat())
}

/// Strings close to the canonical forms, so that parsing often succeeds.
fn id_shaped() -> impl Strategy<Value = String> {
    prop_oneof![
        "(19|20|21|00)[0-9]{2}[ZDzd][0-9]{4,6}",
        "[12][0-9]{3}[-–/][0-9]{2,4}",
        "(ah-)?((tk|ek|TK)-)?[0-9]{8}-[0-9]{1,7}",
        "ah-[0-9]{4,10}",
        "h-(tk|ek)-[0-9]{8}-[0-9]{1,6}(-[0-9]{1,6})?",
        "(kst-)?[0-9]{5}(-[0-9A-Za-z]{1,7}){0,3}",
        "Kamerstuk(ken)? ( ?(I|II) ?[0-9]{4}/[0-9]{2}, )?[0-9]{2} ?[0-9]{3}(-[0-9A-Z]{1,4})?, nrs?\\. [0-9]{1,5}( en [0-9]{1,3})?",
        "Handelingen (I|II) [0-9]{4}/[0-9]{2}, nr\\. [0-9]{1,4}(, item [0-9]{1,3})?",
        "Aanhangsel Handelingen (I|II) [0-9]{4}/[0-9]{2}, nr\\. [0-9]{1,5}",
        "(Tweede|Eerste) Kamer|TK|EK|I|II|tk|ek",
    ]
}

proptest! {
    #![proptest_config(config(1024))]

    #[test]
    fn ids_arbitrary_string(s in any::<String>()) {
        check_all_ids(&s)?;
    }

    #[test]
    fn ids_vocabulary_string(s in id_string()) {
        check_all_ids(&s)?;
    }

    #[test]
    fn ids_shaped_string(s in id_shaped()) {
        check_all_ids(&s)?;
    }
}

/// The mutation helpers keep text valid and do what they say.
#[test]
fn mutations_are_sound() {
    let s = "aé😀b\nc";
    for at in 0..20u64 {
        for len in 0..10u64 {
            let (a, b) = range(s, at, len);
            assert!(a <= b && b <= s.len());
            assert!(s.is_char_boundary(a) && s.is_char_boundary(b));
        }
    }
    assert_eq!(apply("a\nb", &[Mutation::Crlf]), "a\r\nb");
    assert_eq!(apply("a\nb", &[Mutation::Cr]), "a\rb");
    assert_eq!(
        apply(
            "abc",
            &[Mutation::Insert {
                at: 1,
                fragment: "X"
            }]
        ),
        "aXbc"
    );
    assert_eq!(apply("abc", &[Mutation::Delete { at: 1, len: 1 }]), "ac");
    assert_eq!(
        apply("abc", &[Mutation::Duplicate { at: 1, len: 1 }]),
        "abbc"
    );
    assert!(corpus().len() > 10);
}
