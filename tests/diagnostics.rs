//! Each diagnostic code, raised by the text that should raise it, with a
//! span on that text; and clean documents raise none.

use kamervragen::{Severity, codes, parse};

fn codes_of(text: &str) -> Vec<(String, String)> {
    parse(text)
        .diagnostics
        .iter()
        .map(|d| {
            (
                d.code.clone(),
                text[d.span.range()].chars().take(30).collect(),
            )
        })
        .collect()
}

#[test]
fn question_numbering() {
    let text = "Vraag 1\nBent u bekend?\nAntwoord 1\nJa.\nVraag 1\nNog eens?\nAntwoord 1\nJa.\nVraag 4\nEn dit?\nVraag 3\nEn dat?\nAntwoord 3\nNee.\nAntwoord 9\nMisschien.\n";
    let got = codes_of(text);
    let has = |code: &str, at: &str| got.iter().any(|(c, t)| c == code && t.starts_with(at));
    assert!(has(codes::DUPLICATE_QUESTION, "Vraag 1\nNog"), "{got:?}");
    // Question 2 is asked nowhere: 3 is the question after the gap.
    assert!(has(codes::SKIPPED_QUESTION, "Vraag 3"), "{got:?}");
    assert!(!has(codes::SKIPPED_QUESTION, "Vraag 4"), "{got:?}");
    assert!(has(codes::NUMBERING_OUT_OF_ORDER, "Vraag 3"), "{got:?}");
    assert!(has(codes::UNANSWERED_QUESTION, "Vraag 4"), "{got:?}");
    assert!(has(codes::ANSWER_WITHOUT_QUESTION, "Antwoord 9"), "{got:?}");
}

/// Questions printed out of order skip none where every number is asked
/// somewhere (a letter answers 9 and 10 before 6, 7 and 8): the order is
/// told, no question is missing.
#[test]
fn questions_out_of_order_skip_none() {
    let text = "Vraag 1\nEen?\nVraag 2\nTwee?\nVraag 5\nVijf?\nVraag 3\nDrie?\nVraag 4\nVier?\n";
    let got = codes_of(text);
    let has = |code: &str, at: &str| got.iter().any(|(c, t)| c == code && t.starts_with(at));
    assert!(
        !got.iter().any(|(c, _)| c == codes::SKIPPED_QUESTION),
        "{got:?}"
    );
    assert!(has(codes::NUMBERING_OUT_OF_ORDER, "Vraag 3"), "{got:?}");
}

#[test]
fn impossible_and_missing_dates() {
    let text = "Datum\t31 februari 2024\nBetreft\tIets\n\nGeachte voorzitter,\nTekst.\nHoogachtend,\nDe minister van Financiën,\nE. Heinen\n";
    let doc = parse(text);
    let impossible: Vec<_> = doc
        .diagnostics
        .iter()
        .filter(|d| d.code == codes::IMPOSSIBLE_DATE)
        .collect();
    assert_eq!(impossible.len(), 1);
    assert_eq!(&text[impossible[0].span.range()], "31 februari 2024");
    assert!(
        doc.diagnostics
            .iter()
            .any(|d| d.code == codes::LETTER_WITHOUT_DATE)
    );
}

#[test]
fn text_after_the_signature() {
    let text = "Datum\t3 maart 2025\nBetreft\tIets\n\nGeachte voorzitter,\nTekst.\nHoogachtend,\nDe minister van Financiën,\nE. Heinen\n\nEen vergeten alinea na de ondertekening.\n";
    let got = codes_of(text);
    assert!(
        got.iter()
            .any(|(c, t)| c == codes::TEXT_AFTER_SIGNATURE && t.starts_with("Een vergeten")),
        "{got:?}"
    );
}

#[test]
fn not_a_parliamentary_document() {
    let doc = parse("Boodschappenlijst: melk, brood, kaas.\n");
    let d = doc
        .diagnostics
        .iter()
        .find(|d| d.code == codes::NOT_RECOGNISED)
        .expect("diagnostic");
    assert_eq!(d.severity, Severity::Warning);
}

#[test]
fn the_sample_letter_is_clean() {
    let text = include_str!("../examples/data/seed-defensie-2025-weerbaarheidsdoelen.txt");
    assert_eq!(codes_of(text), Vec::<(String, String)>::new());
}

#[test]
fn question_label_lost_at_a_page_break() {
    let text = "Vraag 1\nBent u bekend met het bericht?\n\nAntwoord 1\nJa, dat ben ik.\n\nh tk 20232024 302\n\n-----\n\nvan het bericht over de wachttijden? Zo nee, waarom niet?\n\nAntwoord 2\nNee.\n";
    let doc = parse(text);
    let kv = doc.kamervragen.as_ref().unwrap();
    let numbers: Vec<_> = kv.questions.iter().map(|q| q.numbers.join(",")).collect();
    assert_eq!(numbers, ["1", "2"]);
    assert!(kv.questions[1].text.starts_with("van het bericht"));
    assert_eq!(kv.answers[0].text, "Ja, dat ben ik.");
    let d = doc
        .diagnostics
        .iter()
        .find(|d| d.code == codes::QUESTION_LABEL_LOST)
        .expect("diagnostic");
    assert!(text[d.span.range()].starts_with("van het bericht"));
}
