//! The bundled sample letter, fact by fact, read from the letter itself.

use kamervragen::{FootnoteKind, Kind, parse};

const TEXT: &str = include_str!("../examples/data/seed-defensie-2025-weerbaarheidsdoelen.txt");

#[test]
fn letter_facts() {
    let doc = parse(TEXT);
    assert_eq!(doc.kind, Kind::AnswerLetter);
    assert_eq!(doc.date.unwrap().to_string(), "2025-04-24");
    let l = doc.letter.as_ref().unwrap();
    assert_eq!(l.our_reference.as_deref(), Some("MINDEF20250016257"));
    assert_eq!(
        l.subject.as_deref(),
        Some("Beantwoording Kamervragen over concrete weerbaarheidsdoelen")
    );
    assert_eq!(
        l.sender.as_ref().unwrap().organisation.as_deref(),
        Some("Ministerie van Defensie")
    );
    assert_eq!(
        l.sender.as_ref().unwrap().website.as_deref(),
        Some("www.defensie.nl")
    );
    assert_eq!(l.salutation.as_deref(), Some("Geachte voorzitter,"));
    assert_eq!(l.closing.as_deref(), Some("Hoogachtend"));
    assert_eq!(l.signatories.len(), 1);
    assert_eq!(l.signatories[0].name, "Ruben Brekelmans");
    assert_eq!(
        l.signatories[0].role.as_deref(),
        Some("minister van Defensie")
    );
    assert_eq!(
        l.recipient.as_ref().unwrap().chamber,
        Some(kamervragen::Chamber::TweedeKamer)
    );
}

#[test]
fn questions_answers_and_notes() {
    let doc = parse(TEXT);
    let kv = doc.kamervragen.as_ref().unwrap();
    assert_eq!(kv.zaaknummer.as_deref(), Some("2025Z06378"));
    assert_eq!(kv.submitted_on.unwrap().to_string(), "2025-04-03");
    assert_eq!(kv.submitters.len(), 1);
    assert_eq!(kv.submitters[0].name, "Van Houwelingen");
    assert_eq!(kv.submitters[0].party.as_deref(), Some("FVD"));
    let numbers =
        |v: &[Vec<std::borrow::Cow<str>>]| v.iter().map(|n| n.join(",")).collect::<Vec<_>>();
    let q: Vec<_> = kv.questions.iter().map(|q| q.numbers.clone()).collect();
    let a: Vec<_> = kv.answers.iter().map(|a| a.numbers.clone()).collect();
    assert_eq!(numbers(&q), ["1", "2", "3"]);
    assert_eq!(numbers(&a), ["1", "2", "3"]);
    assert_eq!(kv.answers[0].text, "Ja.");
    assert_eq!(kv.answers[2].refers_to, ["2"]);
    // Clean text: no markers, no labels.
    for t in kv
        .questions
        .iter()
        .map(|q| &q.text)
        .chain(kv.answers.iter().map(|a| &a.text))
    {
        assert!(
            !t.contains("[footnoteRef") && !t.contains("[1:") && !t.contains("[1]"),
            "{t}"
        );
    }
    assert!(
        kv.questions[0]
            .text
            .starts_with("Bent u bekend met de bewering")
    );
    assert!(kv.answers[1].text.starts_with("Nee, de AIV heeft"));
    // Two notes: the Word footnote in answer 2 and the endnote of question 1.
    assert_eq!(doc.footnotes.len(), 2);
    let kinds: Vec<_> = doc.footnotes.iter().map(|f| f.kind).collect();
    assert!(kinds.contains(&FootnoteKind::Footnote) && kinds.contains(&FootnoteKind::Endnote));
    assert_eq!(kv.questions[0].footnotes[0].kind, FootnoteKind::Endnote);
    assert_eq!(kv.answers[1].footnotes[0].kind, FootnoteKind::Footnote);
    // Spans point at what they describe.
    assert!(TEXT[kv.questions[1].span.range()].contains("Is het correct"));
    assert!(TEXT[kv.answers[2].span.range()].contains("Zie vraag twee."));
    let word_note = doc
        .footnotes
        .iter()
        .find(|f| f.kind == FootnoteKind::Footnote)
        .unwrap();
    assert!(TEXT[word_note.span.range()].contains("Vilnius Summit Communiqué"));
}
