//! Every question-and-answer layout of domain.md §2.5, in small texts shaped
//! like the real ones: each must pair questions and answers by number.

use kamervragen::{Kind, parse};

/// (numbers, first words) of the questions and of the answers.
type Pairs = (Vec<(Vec<String>, String)>, Vec<(Vec<String>, String)>);

fn pairs(text: &str) -> Pairs {
    let doc = parse(text);
    let kv = doc.kamervragen.expect("kamervragen");
    let words = |t: &str| t.split_whitespace().take(3).collect::<Vec<_>>().join(" ");
    (
        kv.questions
            .iter()
            .map(|q| {
                (
                    q.numbers.iter().map(|n| n.to_string()).collect(),
                    words(&q.text),
                )
            })
            .collect(),
        kv.answers
            .iter()
            .map(|a| {
                (
                    a.numbers.iter().map(|n| n.to_string()).collect(),
                    words(&a.text),
                )
            })
            .collect(),
    )
}

fn n(v: &[&str]) -> Vec<String> {
    v.iter().map(|s| s.to_string()).collect()
}

#[test]
fn vraag_antwoord_labels_with_combined_answers() {
    let text = "AH 604\n2024Z18294\nAntwoord van minister Van Weel (Justitie en Veiligheid) (ontvangen 20 november 2024)\n\n\
Vraag 1\nBent u bekend met het bericht?\n\nAntwoord op vraag 1\nJa.\n\n\
Vraag 2\nKlopt het dat het zo is?\n\nVraag 3\nWaarom is dat zo?\n\nAntwoord op vragen 2 en 3\nHet klopt niet.\n\n\
Vragen 4 t/m 6\nWat gaat u doen? Wanneer? Met wie?\n\nAntwoord vraag 4-6:\nNiets, nooit, niemand.\n";
    let (q, a) = pairs(text);
    assert_eq!(
        q.iter().map(|x| x.0.clone()).collect::<Vec<_>>(),
        [n(&["1"]), n(&["2"]), n(&["3"]), n(&["4", "5", "6"])]
    );
    assert_eq!(
        a,
        [
            (n(&["1"]), "Ja.".to_string()),
            (n(&["2", "3"]), "Het klopt niet.".to_string()),
            (n(&["4", "5", "6"]), "Niets, nooit, niemand.".to_string())
        ]
    );
}

#[test]
fn numbered_questions_with_unlabelled_answers() {
    let text = "Datum\t3 april 2025\nBetreft\tBeantwoording Kamervragen\n\nGeachte voorzitter,\nHierbij de antwoorden.\nHoogachtend,\nDE MINISTER VAN DEFENSIE\nR. Brekelmans\n\n\
1. Bent u bekend met het bericht?\nJa.\n\n2. Is het correct dat het zo is? Zo nee, waarom niet?\nNee, het is anders.\nDat leggen we uit.\n\n3. Wilt u het sturen?\nZie vraag twee.\n";
    let doc = parse(text);
    assert_eq!(doc.kind, Kind::AnswerLetter);
    let (q, a) = pairs(text);
    assert_eq!(q.len(), 3);
    assert_eq!(a[1], (n(&["2"]), "Nee, het is".to_string()));
    let kv = doc.kamervragen.unwrap();
    assert_eq!(kv.answers[2].refers_to, ["2"]);
}

#[test]
fn bare_number_lines_and_unnumbered_antwoord() {
    let text = "AH 610\n2024Z15078\nAntwoord van minister Hermans (Klimaat en Groene Groei) (ontvangen 19 november 2024)\n\n\
1\nWelke mogelijkheden bestaan er?\n\nAntwoord\nEr zijn er twee.\n\n2\nWelke maatregelen neemt u?\n\nAntwoord\nDeze.\n";
    let (q, a) = pairs(text);
    assert_eq!(
        q,
        [
            (n(&["1"]), "Welke mogelijkheden bestaan".to_string()),
            (n(&["2"]), "Welke maatregelen neemt".to_string())
        ]
    );
    assert_eq!(
        a,
        [
            (n(&["1"]), "Er zijn er".to_string()),
            (n(&["2"]), "Deze.".to_string())
        ]
    );
}

#[test]
fn unnumbered_questions_each_followed_by_antwoord() {
    let text = "AH 700\n2024Z19999\nAntwoord van minister Klever (Buitenlandse Handel en Ontwikkelingshulp) (ontvangen 21 november 2024)\n\n\
Bent u bekend met het bericht?\n\nAntwoord\nJa, daar ben ik mee bekend.\n\n\
Deelt u de conclusies? Zo niet, waarom niet?\n\nAntwoord\nJa, die deel ik. De ruimte krimpt.\n\n\
Wat gaat u doen?\nKunt u dat toelichten?\n\nAntwoord\nNiets.\n";
    let (q, a) = pairs(text);
    assert_eq!(
        q.iter().map(|x| x.0.clone()).collect::<Vec<_>>(),
        [n(&["1"]), n(&["2"]), n(&["3"])]
    );
    assert_eq!(q[2].1, "Wat gaat u");
    assert_eq!(a[1], (n(&["2"]), "Ja, die deel".to_string()));
}

#[test]
fn questions_first_answers_later() {
    let text = "Datum 3 maart 2025\nBetreft Beantwoording vragen\nGeachte voorzitter,\nHierbij de antwoorden.\nHoogachtend,\nDe minister van Financiën,\nE. Heinen\n\n\
Vragen\n1. Klopt het dat de rente stijgt?\n2. Waarom is dat zo?\n3. Wat gaat u doen?\n\nAntwoorden\n1. Ja.\n2. Door de markt.\n3. Niets.\n";
    let (q, a) = pairs(text);
    assert_eq!(q.len(), 3);
    assert_eq!(q[2], (n(&["3"]), "Wat gaat u".to_string()));
    assert_eq!(
        a,
        [
            (n(&["1"]), "Ja.".to_string()),
            (n(&["2"]), "Door de markt.".to_string()),
            (n(&["3"]), "Niets.".to_string())
        ]
    );
}

#[test]
fn unnumbered_written_questions() {
    let text = "2024Z18892\n\n(ingezonden 20 november 2024)\n\n\
Vragen van het lid Kisteman (VVD) aan de staatssecretaris van Onderwijs, Cultuur en Wetenschap over het bericht 'Een derde'\n\n\
Bent u bekend met het bericht? [1]\n\nHoe beoordeelt u het feit?\n\n\n[1] Website Follow the Money, 11 november 2024\n";
    let doc = parse(text);
    assert_eq!(doc.kind, Kind::Questions);
    assert_eq!(
        doc.date.map(|d| d.to_string()).as_deref(),
        Some("2024-11-20")
    );
    let (q, a) = pairs(text);
    assert_eq!(
        q,
        [
            (n(&["1"]), "Bent u bekend".to_string()),
            (n(&["2"]), "Hoe beoordeelt u".to_string())
        ]
    );
    assert!(a.is_empty());
    assert_eq!(doc.footnotes.len(), 1);
    assert_eq!(doc.footnotes[0].kind, kamervragen::FootnoteKind::Endnote);
}

#[test]
fn notice_of_postponement() {
    let text = "AH 615\n2024Z17538\nMededeling van staatssecretaris Rummenie (Landbouw, Visserij, Voedselzekerheid en Natuur) (ontvangen 20 november 2024)\n\n\
Op 6 november jl. hebben de leden Gabriëls en Bromet (beiden GroenLinks-PvdA) schriftelijke vragen gesteld aan de minister.\n\n\
Vanwege de nodige afstemming kunnen de vragen niet binnen de gebruikelijke termijn van drie weken worden beantwoord.\n";
    let doc = parse(text);
    assert_eq!(doc.kind, Kind::Notice);
    let notice = doc.notice.as_ref().unwrap();
    assert!(notice.postponement);
    let kv = doc.kamervragen.as_ref().unwrap();
    assert_eq!(
        kv.submitted_on.map(|d| d.to_string()).as_deref(),
        Some("2024-11-06")
    );
    assert_eq!(kv.submitters.len(), 2);
    assert_eq!(kv.submitters[1].party.as_deref(), Some("GroenLinks-PvdA"));
}

#[test]
fn pdf_page_furniture_and_notes_stay_out_of_the_text() {
    let text = "Vraag 1\nBent u bekend met het bericht?1\nAntwoord 1\nJa, en het is lang ver-\nhaal over GroenLinks-\nPvdA.\n\
1NOS, 29 oktober 2024, Meer ziekenhuizen\nah-tk-20242025-594\nISSN 0921 - 7398’s-Gravenhage 2024Tweede Kamer, vergaderjaar 2024–2025, Aanhangsel 1\n\
Vraag 2\nEn verder?\nAntwoord 2\nNee.\nTweede Kamer, vergaderjaar 2024–2025, Aanhangsel 2\n";
    let doc = parse(text);
    let kv = doc.kamervragen.as_ref().unwrap();
    assert_eq!(
        kv.answers[0].text,
        "Ja, en het is lang verhaal over GroenLinks-PvdA."
    );
    assert_eq!(kv.answers[1].text, "Nee.");
    assert_eq!(doc.footnotes.len(), 1);
    assert_eq!(
        doc.footnotes[0].text,
        "NOS, 29 oktober 2024, Meer ziekenhuizen"
    );
}
