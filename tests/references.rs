//! A letter that cites documents in running text: every reference is found
//! with its canonical id and the span of the citation as printed; relative
//! dates resolve against the letter's date; answers that point elsewhere
//! fill `refers_to`.

use kamervragen::{Kind, ReferenceKind, parse};

const LETTER: &str = "\
> Retouradres Postbus 20018 2500 EA Den Haag
Datum\t12 maart 2025
Betreft\tBeantwoording Kamervragen over de TOZO
Onze referentie\t2025-0000123456

Geachte voorzitter,

Hierbij zend ik u de antwoorden op de schriftelijke vragen van het lid Kat (D66) over de TOZO (ingezonden 18 februari jl., met kenmerk 2025Z03011).

Eerder schreef ik u hierover (Kamerstuk 21 501-32, nr. 1703; Kamerstukken II 2023/24, 36 410, nr. 5; Kamerstuk 34 775 IX, nr. 8), en de Eerste Kamer ontving de stukken Kamerstukken I 2008/09, 31700 VI, D en EK 36 600 B, A. Zie ook Kamerstuk 36100-3 en Kamerstuk 34 919, nrs. 77 en 79, het debat (Handelingen II 2010/11, nr. 108, item 5), het eerdere antwoord (Aanhangsel Handelingen, vergaderjaar 2024–2025, nr. 1028) en document 2025D12345.

Hoogachtend,

de minister van Sociale Zaken en Werkgelegenheid,

E. van Hijum

Vraag 1
Klopt het dat de rente 2% is?
Antwoord 1
Ja.
Vraag 2
Waarom is dat zo?
Antwoord 2
Zie het antwoord op vraag 1.
Vraag 3
Gaat dat veranderen?
Antwoord 3
Nee, zie ook de antwoorden op de vragen 1 tot en met 2.
";

#[test]
fn every_reference_with_its_id_and_span() {
    let doc = parse(LETTER);
    let found: Vec<(ReferenceKind, &str, String)> = doc
        .references
        .iter()
        .map(|r| (r.kind, &LETTER[r.span.range()], r.id.clone()))
        .collect();
    let expect = [
        (ReferenceKind::Zaaknummer, "2025Z03011", "2025Z03011"),
        (
            ReferenceKind::Kamerstuk,
            "Kamerstuk 21 501-32, nr. 1703",
            "kst-21501-32-1703",
        ),
        (
            ReferenceKind::Kamerstuk,
            "Kamerstukken II 2023/24, 36 410, nr. 5",
            "kst-36410-5",
        ),
        (
            ReferenceKind::Kamerstuk,
            "Kamerstuk 34 775 IX, nr. 8",
            "kst-34775-IX-8",
        ),
        (
            ReferenceKind::Kamerstuk,
            "Kamerstukken I 2008/09, 31700 VI, D",
            "kst-31700-VI-D",
        ),
        (ReferenceKind::Kamerstuk, "EK 36 600 B, A", "kst-36600-B-A"),
        (ReferenceKind::Kamerstuk, "Kamerstuk 36100-3", "kst-36100-3"),
        (
            ReferenceKind::Kamerstuk,
            "Kamerstuk 34 919, nrs. 77 en 79",
            "kst-34919-77",
        ),
        (
            ReferenceKind::Kamerstuk,
            "Kamerstuk 34 919, nrs. 77 en 79",
            "kst-34919-79",
        ),
        (
            ReferenceKind::Handelingen,
            "Handelingen II 2010/11, nr. 108, item 5",
            "h-tk-20102011-108-5",
        ),
        (
            ReferenceKind::Aanhangsel,
            "Aanhangsel Handelingen, vergaderjaar 2024–2025, nr. 1028",
            "ah-tk-20242025-1028",
        ),
        (ReferenceKind::Documentnummer, "2025D12345", "2025D12345"),
    ];
    let got: Vec<(ReferenceKind, &str, &str)> =
        found.iter().map(|(k, t, i)| (*k, *t, i.as_str())).collect();
    assert_eq!(got, expect);
}

#[test]
fn relative_submission_date_and_pointers() {
    let doc = parse(LETTER);
    assert_eq!(doc.kind, Kind::AnswerLetter);
    assert_eq!(
        doc.date.map(|d| d.to_string()).as_deref(),
        Some("2025-03-12")
    );
    let kv = doc.kamervragen.as_ref().expect("kamervragen");
    assert_eq!(
        kv.submitted_on.map(|d| d.to_string()).as_deref(),
        Some("2025-02-18")
    );
    assert_eq!(kv.zaaknummer.as_deref(), Some("2025Z03011"));
    assert_eq!(kv.answer_days, Some(22));
    assert_eq!(kv.within_term, Some(false));
    let refers: Vec<Vec<String>> = kv
        .answers
        .iter()
        .map(|a| a.refers_to.iter().map(|n| n.to_string()).collect())
        .collect();
    assert_eq!(
        refers,
        [
            vec![],
            vec!["1".to_string()],
            vec!["1".to_string(), "2".to_string()]
        ]
    );
    let letter = doc.letter.as_ref().expect("letter");
    assert_eq!(letter.signatories[0].name, "E. van Hijum");
    assert_eq!(
        letter.signatories[0].role.as_deref(),
        Some("minister van Sociale Zaken en Werkgelegenheid")
    );
    assert_eq!(letter.our_reference.as_deref(), Some("2025-0000123456"));
}
