//! The corpus test: every real document in `tests/fixtures/docs` is parsed
//! and its JSON compared with the hand-annotated facts in
//! `tests/fixtures/expected`, exactly as `FACTS.md` describes (the same rules
//! as the project's `score_facts.py`), the deeper facts included as
//! `score_facts.py --deep` compares them: the letter's `letter_facts` and
//! the `ends` of questions and answers. (A notice's `notice_facts` are
//! tested apart.)
//!
//! It prints per-field accuracy, fails when accuracy drops below the floor
//! reached so far, and fails when a document that is not listed in
//! `tests/fixtures/KNOWN_MISSES.md` has a wrong fact. A mismatch writes the
//! actual JSON next to the fixture as `<name>.actual.json` for review.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

use serde_json::Value;
use unicode_normalization::UnicodeNormalization;

/// Share of all facts right: raise it as the parser improves. (Below 100:
/// the misses listed in KNOWN_MISSES.md.)
const FACT_FLOOR: f64 = 99.85;
/// Documents with every fact right, the deeper ones included. (Two of the
/// 102 have an expected fact that copies an extractor's split accent: see
/// KNOWN_MISSES.md.)
const PERFECT_FLOOR: usize = 99;
/// Share of the deeper facts right (letter facts, where texts end).
const DEEP_FACT_FLOOR: f64 = 99.9;
/// The same floors for the extra validation set.
const EXTRA_FACT_FLOOR: f64 = 100.0;
const EXTRA_PERFECT_FLOOR: usize = 28;

fn norm(s: &str) -> String {
    let s: String = s.nfkc().collect();
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let c = match c {
            '\u{ad}' => continue,
            '\u{2018}' | '\u{2019}' | '\u{201a}' | '\u{201b}' | '`' | '´' => '\'',
            '\u{201c}' | '\u{201d}' | '\u{201e}' | '«' | '»' => '"',
            '\u{2010}'..='\u{2015}' => '-',
            c => c,
        };
        out.push(c);
    }
    out.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

fn str_of(v: &Value) -> Option<String> {
    match v {
        Value::Null => None,
        Value::String(s) => Some(s.clone()),
        other => Some(other.to_string()),
    }
}

fn name_match(exp: &Value, got: &Value) -> bool {
    match (str_of(exp).map(|s| norm(&s)), str_of(got).map(|s| norm(&s))) {
        (Some(e), Some(g)) if !e.is_empty() && !g.is_empty() => e.contains(&g) || g.contains(&e),
        (e, g) => e.filter(|s| !s.is_empty()) == g.filter(|s| !s.is_empty()),
    }
}

fn words_only(s: &str) -> String {
    let mut out = String::new();
    let mut gap = false;
    for c in s.chars() {
        if c.is_alphanumeric() || c == '_' {
            if gap && !out.is_empty() {
                out.push(' ');
            }
            gap = false;
            out.push(c);
        } else {
            gap = true;
        }
    }
    out
}

fn starts_ok(exp: &Value, got: &Value) -> bool {
    let Some(e) = str_of(exp) else { return true };
    let Some(g) = str_of(got).filter(|g| !g.is_empty()) else {
        return false;
    };
    words_only(&norm(&g)).starts_with(&words_only(&norm(&e)))
}

fn numbers(v: &Value) -> Vec<String> {
    v.as_array()
        .map(|a| a.iter().map(|n| str_of(n).unwrap_or_default()).collect())
        .unwrap_or_default()
}

fn compare(exp: &Value, out: &Value) -> Vec<(&'static str, bool)> {
    let mut facts = Vec::new();
    let null = Value::Null;
    let kv = out
        .get("kamervragen")
        .filter(|v| !v.is_null())
        .unwrap_or(&null);
    let letter = out.get("letter").filter(|v| !v.is_null()).unwrap_or(&null);
    let get = |v: &Value, k: &str| v.get(k).cloned().unwrap_or(Value::Null);
    facts.push(("kind", get(out, "kind") == get(exp, "kind")));
    facts.push(("date", get(out, "date") == get(exp, "date")));
    facts.push((
        "zaaknummer",
        get(kv, "zaaknummer") == get(exp, "zaaknummer"),
    ));
    facts.push((
        "submitted_on",
        get(kv, "submitted_on") == get(exp, "submitted_on"),
    ));
    let list = |v: Value| v.as_array().cloned().unwrap_or_default();
    let (es, gs) = (list(get(exp, "submitters")), list(get(kv, "submitters")));
    let ok = es.len() == gs.len()
        && es.iter().zip(&gs).all(|(a, b)| {
            name_match(&get(a, "name"), &get(b, "name"))
                && str_of(&get(a, "party")).map(|s| norm(&s))
                    == str_of(&get(b, "party")).map(|s| norm(&s))
        });
    facts.push(("submitters", ok));
    let kind = get(exp, "kind");
    if kind == "letter" || kind == "answer_letter" {
        let e = str_of(&get(exp, "our_reference")).map(|s| norm(&s));
        let g = str_of(&get(letter, "our_reference")).map(|s| norm(&s));
        facts.push(("our_reference", e == g));
        let (esg, gsg) = (
            list(get(exp, "signatories")),
            list(get(letter, "signatories")),
        );
        let ok = esg.len() == gsg.len()
            && esg
                .iter()
                .zip(&gsg)
                .all(|(a, b)| name_match(&get(a, "name"), &get(b, "name")));
        facts.push(("signatories", ok));
    }
    for (field, count) in [("questions", "question_count"), ("answers", "answer_count")] {
        let (e, g) = (list(get(exp, field)), list(get(kv, field)));
        facts.push((count, e.len() == g.len()));
        for (i, q) in e.iter().enumerate() {
            let got = g.get(i).cloned().unwrap_or(Value::Null);
            let ok = numbers(&get(q, "numbers")) == numbers(&get(&got, "numbers"))
                && starts_ok(&get(q, "starts"), &get(&got, "text"));
            facts.push((
                if field == "questions" {
                    "question"
                } else {
                    "answer"
                },
                ok,
            ));
        }
    }
    let n = out
        .get("footnotes")
        .and_then(Value::as_array)
        .map_or(0, Vec::len);
    facts.push((
        "footnotes",
        Some(n as u64) == exp.get("footnotes").and_then(Value::as_u64),
    ));
    facts
}

/// The words of a text: lower case, punctuation gone, as `score_facts.py`'s
/// `words` (so "Hoogachtend," equals "Hoogachtend").
fn words(v: &Value) -> String {
    str_of(v).map(|s| words_only(&norm(&s))).unwrap_or_default()
}

fn same_words(exp: &Value, got: &Value) -> bool {
    words(exp) == words(got)
}

fn ends_ok(exp: &Value, got: &Value) -> bool {
    let e = words(exp);
    e.is_empty() || words(got).ends_with(&e)
}

/// The deeper facts of `FACTS.md` that `score_facts.py --deep` compares,
/// except a notice's facts: the letter's fields and where texts end.
fn deep_compare(exp: &Value, out: &Value) -> Vec<(&'static str, bool)> {
    let mut facts = Vec::new();
    let null = Value::Null;
    let get = |v: &Value, k: &str| v.get(k).cloned().unwrap_or(Value::Null);
    let list = |v: Value| v.as_array().cloned().unwrap_or_default();
    if let Some(lf) = exp.get("letter_facts").filter(|v| !v.is_null()) {
        let letter = out.get("letter").filter(|v| !v.is_null()).unwrap_or(&null);
        let sender = letter
            .get("sender")
            .filter(|v| !v.is_null())
            .unwrap_or(&null);
        for (name, e, g) in [
            ("letter_subject", "subject", get(letter, "subject")),
            (
                "letter_your_reference",
                "your_reference",
                get(letter, "your_reference"),
            ),
            (
                "letter_sender",
                "sender_organisation",
                get(sender, "organisation"),
            ),
            ("letter_website", "sender_website", get(sender, "website")),
            ("letter_salutation", "salutation", get(letter, "salutation")),
            ("letter_closing", "closing", get(letter, "closing")),
        ] {
            facts.push((name, same_words(&get(lf, e), &g)));
        }
        let sigs = list(get(letter, "signatories"));
        let roles = list(get(lf, "signatory_roles"));
        facts.push((
            "letter_roles",
            roles.len() == sigs.len()
                && roles
                    .iter()
                    .zip(&sigs)
                    .all(|(r, s)| same_words(r, &get(s, "role"))),
        ));
        let mut got: Vec<String> = sigs
            .iter()
            .flat_map(|s| list(get(s, "on_behalf_of")))
            .map(|o| words(&o))
            .collect();
        let mut want: Vec<String> = list(get(lf, "on_behalf_of")).iter().map(words).collect();
        got.sort();
        want.sort();
        facts.push(("letter_on_behalf_of", got == want));
        let body = list(get(letter, "body"));
        let ok = match lf.get("body_starts").filter(|v| !v.is_null()) {
            None => body.is_empty(),
            Some(starts) => match (body.first(), body.last()) {
                (Some(first), Some(last)) => {
                    starts_ok(starts, &get(first, "text"))
                        && ends_ok(&get(lf, "body_ends"), &get(last, "text"))
                }
                _ => false,
            },
        };
        facts.push(("letter_body", ok));
    }
    let kv = out
        .get("kamervragen")
        .filter(|v| !v.is_null())
        .unwrap_or(&null);
    for (key, name) in [("questions", "question_end"), ("answers", "answer_end")] {
        let got = list(get(kv, key));
        for (i, item) in list(get(exp, key)).iter().enumerate() {
            if let Some(ends) = item.get("ends") {
                let text = got.get(i).map(|g| get(g, "text")).unwrap_or(Value::Null);
                facts.push((name, ends_ok(ends, &text)));
            }
        }
    }
    facts
}

fn known_misses(dir: &Path) -> BTreeSet<String> {
    let text = fs::read_to_string(dir.join("KNOWN_MISSES.md")).unwrap_or_default();
    text.lines()
        .filter_map(|l| l.strip_prefix("- `"))
        .filter_map(|l| l.split('`').next())
        .map(str::to_string)
        .collect()
}

/// The outcome of scoring one directory of documents.
struct Score {
    score: f64,
    /// The share of the deeper facts right (100 when a set has none).
    deep: f64,
    perfect: usize,
    unexpected: Vec<String>,
}

/// Parse every document of `dir/docs` that has facts in `dir/expected`,
/// print per-field accuracy and return the score.
fn score_dir(dir: &Path) -> Score {
    let known = known_misses(dir);
    let mut per_field: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    let (mut deep_ok, mut deep_n) = (0, 0);
    let mut perfect = 0;
    let mut total = 0;
    let mut unexpected = Vec::new();
    let mut fixed = Vec::new();
    let mut names: Vec<_> = fs::read_dir(dir.join("expected"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    names.sort();
    for path in names {
        let exp: Value = serde_json::from_str(&fs::read_to_string(&path).unwrap()).unwrap();
        let file = exp["file"].as_str().unwrap().to_string();
        let doc_path = dir.join("docs").join(&file);
        let text = String::from_utf8_lossy(&fs::read(&doc_path).unwrap()).into_owned();
        let doc = kamervragen::parse(&text);
        let out = serde_json::to_value(&doc).unwrap();
        let mut facts = compare(&exp, &out);
        let deep = deep_compare(&exp, &out);
        deep_ok += deep.iter().filter(|f| f.1).count();
        deep_n += deep.len();
        facts.extend(deep);
        total += 1;
        let wrong: BTreeSet<&str> = facts.iter().filter(|f| !f.1).map(|f| f.0).collect();
        for (f, ok) in &facts {
            let e = per_field.entry(f).or_default();
            e.0 += usize::from(*ok);
            e.1 += 1;
        }
        let actual_path = dir.join("docs").join(format!("{file}.actual.json"));
        if wrong.is_empty() {
            perfect += 1;
            let _ = fs::remove_file(&actual_path);
            if known.contains(&file) {
                fixed.push(file);
            }
        } else {
            let _ = fs::write(&actual_path, serde_json::to_string_pretty(&out).unwrap());
            if !known.contains(&file) {
                unexpected.push(format!("{file}: {wrong:?}"));
            }
        }
    }
    let (mut ok_all, mut n_all) = (0, 0);
    println!("{}", dir.display());
    for (f, (ok, n)) in &per_field {
        println!(
            "{f:21} {ok:5}/{n:<5} {:6.1}%",
            100.0 * *ok as f64 / *n as f64
        );
        ok_all += ok;
        n_all += n;
    }
    // The basic facts' score leaves the deeper ones out, as `score_facts.py`
    // without `--deep` does.
    ok_all -= deep_ok;
    n_all -= deep_n;
    let score = 100.0 * ok_all as f64 / n_all as f64;
    let deep = if deep_n == 0 {
        100.0
    } else {
        100.0 * deep_ok as f64 / deep_n as f64
    };
    println!("score={score:.1} deep={deep:.1} docs_perfect={perfect}/{total}");
    for f in &fixed {
        println!("now right, remove from KNOWN_MISSES.md: {f}");
    }
    Score {
        score,
        deep,
        perfect,
        unexpected,
    }
}

#[test]
fn corpus_facts() {
    let s = score_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures"));
    assert!(
        s.unexpected.is_empty(),
        "documents with wrong facts that KNOWN_MISSES.md does not list:\n{}",
        s.unexpected.join("\n")
    );
    assert!(
        s.score >= FACT_FLOOR,
        "fact accuracy {:.1}% fell below the floor {FACT_FLOOR}%",
        s.score
    );
    assert!(
        s.deep >= DEEP_FACT_FLOOR,
        "deeper fact accuracy {:.1}% fell below the floor {DEEP_FACT_FLOOR}%",
        s.deep
    );
    assert!(
        s.perfect >= PERFECT_FLOOR,
        "{} documents right, the floor is {PERFECT_FLOOR}",
        s.perfect
    );
}

/// The extra validation set (`tests/fixtures/extra`): documents the parser
/// was not developed on when they were added.
#[test]
fn extra_facts() {
    let s = score_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/extra"));
    assert!(
        s.unexpected.is_empty(),
        "documents with wrong facts that KNOWN_MISSES.md does not list:\n{}",
        s.unexpected.join("\n")
    );
    assert!(
        s.score >= EXTRA_FACT_FLOOR,
        "fact accuracy {:.1}% fell below the floor {EXTRA_FACT_FLOOR}%",
        s.score
    );
    assert!(
        s.perfect >= EXTRA_PERFECT_FLOOR,
        "{} documents right, the floor is {EXTRA_PERFECT_FLOOR}",
        s.perfect
    );
}
