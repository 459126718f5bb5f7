//! Fidelity: every text the parser returns says what the document says
//! (issue 12). Each test reads a corpus document (or one of its extractor
//! variants) and checks one rule on the text the document prints.

use std::fs;
use std::path::Path;

use kamervragen::{Document, FootnoteKind};

fn fixture(path: &str) -> String {
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(path);
    fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

/// A corpus document, by the start of its file name.
fn doc_text(prefix: &str) -> String {
    text_in("docs", prefix)
}

/// The extractor folders (`variants/…`, `variants-extra/…`) that hold a
/// text of the corpus document `name`.
fn extractor_dirs_of(name: &str) -> Vec<String> {
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut dirs = Vec::new();
    for group in ["variants", "variants-extra"] {
        for tool in fs::read_dir(fixtures.join(group)).unwrap() {
            let tool = tool.unwrap().file_name().to_string_lossy().into_owned();
            let dir = format!("{group}/{tool}");
            if fixtures.join(&dir).join(format!("{name}.txt")).exists() {
                dirs.push(dir);
            }
        }
    }
    dirs.sort();
    dirs
}

/// The text in fixture directory `dir` whose file name starts with
/// `prefix` (exactly one).
fn text_in(dir: &str, prefix: &str) -> String {
    let dir_path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(dir);
    let mut names: Vec<String> = fs::read_dir(&dir_path)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(prefix) && n.ends_with(".txt"))
        .collect();
    names.sort();
    assert_eq!(names.len(), 1, "{prefix}: {names:?}");
    fixture(&format!("{dir}/{}", names[0]))
}

/// Every text a reader takes from the document: questions, answers, notes,
/// letter paragraphs and the notice.
fn texts<'a>(doc: &'a Document<'a>) -> Vec<&'a str> {
    let mut out = Vec::new();
    if let Some(kv) = &doc.kamervragen {
        out.extend(kv.questions.iter().map(|q| &*q.text));
        out.extend(kv.answers.iter().map(|a| &*a.text));
        out.extend(kv.toelichting.iter().map(|t| &*t.text));
    }
    if let Some(l) = &doc.letter {
        out.extend(l.body.iter().map(|p| &*p.text));
    }
    out.extend(doc.footnotes.iter().map(|f| &*f.text));
    out.extend(doc.notice.iter().map(|n| &*n.text));
    out
}

fn answer<'a>(doc: &'a Document<'a>, number: &str) -> &'a kamervragen::Answer<'a> {
    let kv = doc.kamervragen.as_ref().expect("kamervragen");
    kv.answers
        .iter()
        .find(|a| a.numbers.iter().any(|n| n == number))
        .unwrap_or_else(|| panic!("no answer {number}"))
}

fn question<'a>(doc: &'a Document<'a>, number: &str) -> &'a kamervragen::Question<'a> {
    let kv = doc.kamervragen.as_ref().expect("kamervragen");
    kv.questions
        .iter()
        .find(|q| q.numbers.iter().any(|n| n == number))
        .unwrap_or_else(|| panic!("no question {number}"))
}

fn note<'a>(doc: &'a Document<'a>, label: &str) -> &'a str {
    let found: Vec<_> = doc
        .footnotes
        .iter()
        .filter(|f| f.label == label && f.kind == FootnoteKind::Footnote)
        .collect();
    assert_eq!(found.len(), 1, "note {label}: {found:?}");
    &found[0].text
}

fn cites(labels: &[kamervragen::NoteRef]) -> Vec<&str> {
    labels.iter().map(|n| n.label.as_str()).collect()
}

/// Some text of `doc` contains `want`.
#[track_caller]
fn holds(doc: &Document<'_>, want: &str) {
    let all = texts(doc);
    assert!(
        all.iter().any(|t| t.contains(want)),
        "no text holds {want:?}"
    );
}

/// [`holds`] for the text in fixture directory `dir` whose name starts
/// with `prefix` ([`text_in`]), saying which text it was.
fn holds_in(dir: &str, prefix: &str, want: &str) {
    let src = text_in(dir, prefix);
    let doc = kamervragen::parse(&src);
    assert!(
        texts(&doc).iter().any(|t| t.contains(want)),
        "{dir}/{prefix}: no text holds {want:?}"
    );
}

// Issue 12 point 1: nothing real is deleted. A number closing a
// parenthesis is a note marker only where a note with that label exists;
// these documents' numbers are text.

#[test]
fn a_number_closing_a_parenthesis_is_text() {
    let cases = [
        (
            "tk2024-067-",
            "(Kamerstuk 36600, nr. 13) op 11 november 2024",
        ),
        ("ah-tk-20232024-1771", "(klasse 1.4) bij brand"),
        ("tk2024-076-", "Kamerstuk 36 095, nr. 5) middels"),
        ("tk2024-033-", "(artikel 11.04) is getroffen"),
        ("ah-tk-20232024-878", "(vanaf p. 70) en"),
        ("ah-tk-20232024-1433.partial", "nr. 9)"),
    ];
    for (name, want) in cases {
        let text = doc_text(name);
        let doc = kamervragen::parse(&text);
        holds(&doc, want);
    }
}

/// PyPDF breaks the line at a superscript note marker ("…uitgevaar-digd."
/// / "2 Deze richtlijnen", "…Tunesië?" / "7" / "Kunt u"), and sometimes
/// again after the first words ("3 De" / "Europese Raad"). A marker stands
/// after the word it annotates, never at a paragraph's start: those breaks
/// are spaces, and a closing quote after the marker closes the words
/// before it.
#[test]
fn a_line_break_at_a_marker_is_a_space() {
    let cases = [
        ("docs/tk2024-003-", "is uitgevaardigd. Deze richtlijnen"),
        ("docs/tk2024-036-", "onder vuur»? Herkent u de aard"),
        (
            "docs/tk2024-051-",
            "restitutiepolis verdwijnt» en «Alle verzekeraars",
        ),
        (
            "extra/docs/tk2024-023-",
            "publiek gemaakt. De Europese Raad heeft",
        ),
        (
            "extra/docs/tk2024-023-",
            "Libië en Tunesië? Kunt u toelichten",
        ),
    ];
    for (prefix, want) in cases {
        let (dir, name) = prefix.rsplit_once('/').unwrap();
        let text = text_in(dir, name);
        let doc = kamervragen::parse(&text);
        holds(&doc, want);
    }
}

/// A line that opens with a year ("20 oktober" / "2023)") or with the
/// subscript PyPDF sets on a line of its own ("CO" / "2-heffing") goes on
/// with the sentence: no list item opens so.
#[test]
fn a_line_that_opens_with_a_year_or_a_subscript_goes_on() {
    let text = doc_text("tk2024-048-");
    holds(&kamervragen::parse(&text), "(KPMG, 20 oktober 2023)");
    let text = doc_text("tk2024-070-");
    holds(
        &kamervragen::parse(&text),
        "een internationale CO2-heffing (naast",
    );
    let text = fixture("extra/docs/tk2024-068-de-uitspraak-van-het-gerechtshof-over-de.pypdf.txt");
    holds(&kamervragen::parse(&text), "Shellin CO2-vervuiling moet");
    // Set apart by a space within the line ("CO 2-buis"), where pdftotext
    // prints the same document's "CO2-buis".
    let text = fixture("variants/pypdf/ah-tk-20232024-2210.txt");
    let doc = kamervragen::parse(&text);
    holds(&doc, "De initiatiefnemer voor de CO2-buis is bezig");
    holds(&doc, "Voor CO2 zijn er ook alternatieve");
    for t in texts(&doc) {
        assert!(!t.contains("CO 2"), "{t}");
    }
}

/// PyPDF sets apart the markers after the first of a run ("orthodontie»?1
/// 2 3"), prints a run on a line of its own ("2, 3 en 4", where note 4's
/// body went on to the next page), and moves a marker to the start of the
/// next line after an abbreviation ("jl." / "2 waarin"): each is its note's
/// marker, cut from the text and cited.
#[test]
fn runs_of_markers_set_apart() {
    let parse_extra = |name: &str| -> kamervragen::Document<'static> {
        let text = fixture(&format!("extra/docs/{name}"));
        kamervragen::parse(&text).into_owned()
    };
    let doc = parse_extra("tk2024-083-het-bericht-grote-prijsverschillen-aanv.pypdf.txt");
    let q = question(&doc, "1");
    assert!(q.text.ends_with("vergoeding orthodontie»?"), "{}", q.text);
    assert_eq!(cites(&q.footnotes), ["1", "2", "3"]);
    let doc = parse_extra("tk2024-065-uitstel-beantwoording-vragen-van-het-lid.pypdf.txt");
    let q = question(&doc, "2");
    assert!(q.text.ends_with("zorg en personeel)?"), "{}", q.text);
    assert_eq!(cites(&q.footnotes), ["2", "3", "4"]);
    let doc = parse_extra("tk2024-080-antwoord-op-vragen-van-het-lid-boomsma-o.pypdf.txt");
    let a = answer(&doc, "2");
    assert!(
        a.text
            .contains("november jl. waarin ik op verzoek van uw Kamer een"),
        "{}",
        a.text
    );
    assert_eq!(cites(&a.footnotes), ["2", "3"]);
}

/// "(6:1)": a digit after a colon between digits is a ratio or a time,
/// never a note marker, even where the document has a note 1. (PyPDF sets
/// the real markers apart here: "Geldwijzer?" / "1" and "IEA" / "2 dat".)
#[test]
fn a_ratio_is_no_marker() {
    let text = fixture("extra/docs/tk2024-041-het-rapport-dutch-financial-institutio.pypdf.txt");
    let doc = kamervragen::parse(&text);
    let (q1, q2) = (question(&doc, "1"), question(&doc, "2"));
    assert!(
        q2.text.contains("fossieleenergie (6:1) in 2030"),
        "{}",
        q2.text
    );
    assert!(
        q2.text.contains("van de IEA dat de verhouding"),
        "{}",
        q2.text
    );
    assert!(q1.text.ends_with("Eerlijke Geldwijzer?"), "{}", q1.text);
    assert_eq!(cites(&q1.footnotes), ["1"]);
    assert_eq!(cites(&q2.footnotes), ["2"]);
}

#[test]
fn a_number_the_word_before_takes_is_text() {
    // "(zie ook het antwoord op vraag" / "5." / "In het artikel …": PyPDF
    // prints the question's number alone on a line, and the document has a
    // note 5; the number is the question's, not the note's marker.
    let text = doc_text("tk2024-076-");
    let doc = kamervragen::parse(&text);
    let a = answer(&doc, "22");
    assert!(a.text.contains("op vraag 5.\n"), "{}", a.text);
    assert!(cites(&a.footnotes).is_empty(), "{:?}", a.footnotes);
    // "Energeia-artikel" / "2, de": a newspaper article and its note, not
    // an article of a law with its number.
    let text = doc_text("tk2024-027-");
    let doc = kamervragen::parse(&text);
    let a = answer(&doc, "4");
    assert!(a.text.contains("Energeia-artikel, de"), "{}", a.text);
    assert_eq!(cites(&a.footnotes), ["2"]);
}

#[test]
fn a_line_that_opens_with_a_number_and_a_comma_goes_on() {
    // "… groot», 5 oktober" / "2024, dvhn.nl/…": a year and a comma open no
    // list item; the note goes on.
    let text = doc_text("tk2024-076-");
    let doc = kamervragen::parse(&text);
    let n = note(&doc, "3");
    assert!(n.contains("5 oktober 2024, dvhn.nl/"), "{n}");
}

#[test]
fn table_numbers_are_text() {
    // Answer 6 prints two tables; no page note is labelled 10, 14, 34 or 40,
    // and the 2 and 3 of the table are not where markers stand.
    let text = doc_text("ah-tk-20232024-1314.txt");
    let doc = kamervragen::parse(&text);
    let a = answer(&doc, "6");
    let words: Vec<&str> = a.text.split_whitespace().collect();
    for n in [
        "2", "10", "3", "14", "6", "34", "12", "17", "40", "66", "73", "74",
    ] {
        assert!(words.contains(&n), "answer 6 lost {n}: {}", a.text);
    }
    // ... and the note the page prints below the table is the note alone.
    assert!(
        note(&doc, "2").starts_with("Movisie, d.d. maart 2022"),
        "{}",
        note(&doc, "2")
    );
}

// Issue 12 point 2: markers leave the text and become citations.

#[test]
fn glued_markers_become_citations() {
    let text = doc_text("ah-tk-20232024-1178.txt");
    let doc = kamervragen::parse(&text);
    let a = answer(&doc, "2");
    assert!(a.text.contains("7 november 2023 heb ik u"), "{}", a.text);
    assert_eq!(cites(&a.footnotes), ["1"]);
    let q = question(&doc, "3");
    assert!(q.text.ends_with("quantum-proof zijn?"), "{}", q.text);
    assert_eq!(cites(&q.footnotes), ["2"]);
    // "NIS2" with the marker of note 4 glued: "NIS24".
    let a = answer(&doc, "4");
    assert!(a.text.contains("Zo geeft NIS2 (Network"), "{}", a.text);
    assert_eq!(cites(&a.footnotes), ["4", "5", "6"]);
}

#[test]
fn spaced_markers_become_citations() {
    // PyPDF sets markers apart: "wetgeving 3.", "zijn? 2", "2023 1 heb".
    let text = fixture("variants/pypdf/ah-tk-20232024-1178.txt");
    let doc = kamervragen::parse(&text);
    let a = answer(&doc, "2");
    assert!(a.text.contains("7 november 2023 heb ik u"), "{}", a.text);
    assert_eq!(cites(&a.footnotes), ["1"]);
    let a = answer(&doc, "3");
    assert!(a.text.contains("Amerikaanse wetgeving. Deze"), "{}", a.text);
    assert!(question(&doc, "3").text.ends_with("zijn?"));
}

#[test]
fn parenthesised_markers_become_citations() {
    let text = doc_text("tk2024-052-");
    let doc = kamervragen::parse(&text);
    let q = question(&doc, "1");
    assert!(
        q.text.contains("bij het UWV ook op de volgende"),
        "{}",
        q.text
    );
    assert_eq!(cites(&q.footnotes), ["1"]);
    assert_eq!(doc.footnotes.len(), 1);
    assert_eq!(doc.footnotes[0].kind, FootnoteKind::Endnote);
}

// Issue 12 point 4: notes whole and apart.

#[test]
fn labels_printed_before_their_bodies() {
    // pdftotext prints a page's labels apart from the bodies, one of them
    // after the last body: each note still gets its own body.
    let text = doc_text("ah-tk-20232024-2271.txt");
    let doc = kamervragen::parse(&text);
    assert_eq!(note(&doc, "2"), "Zie de website www.firsteetkit.nl");
    assert_eq!(
        note(&doc, "3"),
        "Zie www.zorgkaart.eetstoornissennetwerk.nl"
    );
    assert_eq!(
        note(&doc, "4"),
        "Kamerstukken II, 2023/2024, 31 839, nr. 1024"
    );
    let text = doc_text("ah-tk-20232024-1786.txt");
    let doc = kamervragen::parse(&text);
    assert_eq!(
        note(&doc, "10"),
        "Tweede Kamer, vergaderjaar 2017–2018, 26 485, nr. 267"
    );
    assert_eq!(
        note(&doc, "11"),
        "Tweede Kamer, vergaderjaar 2021–2022, 26 485, nr. 380"
    );
    // Two bodies without a label between them are split where the first
    // ends short.
    let text = doc_text("ah-tk-20232024-1178.txt");
    let doc = kamervragen::parse(&text);
    assert_eq!(
        note(&doc, "9"),
        "Post-Quantum Cryptography | CSRC (nist.gov)"
    );
    assert_eq!(
        note(&doc, "10"),
        "CWI involved in two primary Post-Quantum Cryptography standards"
    );
    let text = doc_text("ah-tk-20232024-1980.txt");
    let doc = kamervragen::parse(&text);
    assert_eq!(note(&doc, "5"), "Kamerstukken II 2023–34, 23 235, nr. 240.");
    assert_eq!(note(&doc, "6"), "Kamerstukken II2015–16, 34 104, nr. 128.");
    let text = doc_text("ah-tk-20232024-1984.txt");
    let doc = kamervragen::parse(&text);
    assert!(note(&doc, "1").starts_with("Gezonde lunch onder oude wetgeving"));
    assert!(note(&doc, "2").starts_with("Paragraaf 23, achtste lid"));
    let text = doc_text("ah-tk-20232024-1432.txt");
    let doc = kamervragen::parse(&text);
    assert_eq!(note(&doc, "1"), "Kamerstuk 36 410 VIII, nr. 106");
    assert_eq!(note(&doc, "2"), "Kamerstuk 36 410 VIII, nr. 82");
    for name in [
        "ah-tk-20232024-2271.txt",
        "ah-tk-20232024-1786.txt",
        "ah-tk-20232024-1178.txt",
        "ah-tk-20232024-1432.txt",
        "ah-tk-20232024-1980.txt",
        "ah-tk-20232024-1984.txt",
    ] {
        let text = doc_text(name);
        let doc = kamervragen::parse(&text);
        for (k, n) in doc.footnotes.iter().enumerate() {
            assert!(!n.text.is_empty(), "{name}: note {} is empty", n.label);
            assert_eq!(n.label, (k + 1).to_string(), "{name}: notes in order");
        }
    }
}

#[test]
fn a_note_right_above_the_footer_may_start_in_lower_case() {
    // "3 bis: culturele basisinfrastructuur" ends the page: the note that
    // explains "bis", in every extractor's text.
    for ext in ["pdftotext", "pymupdf", "pdfminer", "pypdf"] {
        let text = fixture(&format!("variants/{ext}/ah-tk-20232024-1432.txt"));
        let doc = kamervragen::parse(&text);
        assert_eq!(
            note(&doc, "3"),
            "bis: culturele basisinfrastructuur",
            "{ext}"
        );
        let a = answer(&doc, "3");
        assert!(
            a.text
                .contains("aanvragen van instellingen ontvangen en was"),
            "{ext}: {}",
            a.text
        );
    }
}

#[test]
fn a_note_that_starts_with_a_number_above_the_footer() {
    // "3 1,92% van de totale loonsom …": a page's note whose body opens
    // with a number, printed with its label on one line a few lines above
    // the footer (pdftotext prints the label apart: the same note). Its
    // marker, glued or set apart ("vrije ruimte3", "vrije ruimte 3"),
    // leaves answer 10 and the note leaves answer 11.
    for ext in ["pdftotext", "pymupdf", "pdfminer", "pypdf"] {
        let text = fixture(&format!("variants/{ext}/ah-tk-20232024-1984.txt"));
        let doc = kamervragen::parse(&text);
        assert!(
            note(&doc, "3").starts_with("1,92% van de totale loonsom van de werkgever"),
            "{ext}: {}",
            note(&doc, "3")
        );
        assert!(note(&doc, "3").ends_with("IB-heffing van 44,44%."), "{ext}");
        let a = answer(&doc, "11");
        assert!(
            a.text.ends_with("tot een forse budgettaire derving."),
            "{ext}: {}",
            a.text
        );
        let a = answer(&doc, "10");
        assert!(
            a.text
                .contains("kunnen de vrije ruimte naar eigen behoefte"),
            "{ext}: {}",
            a.text
        );
        assert_eq!(cites(&a.footnotes), ["3"], "{ext}");
    }
}

#[test]
fn a_list_item_printed_apart_stays_in_its_answer() {
    // pdfminer prints a list item out of place, after the question and
    // before the answer label, and leaves its bullet empty: the item is
    // the answer's, after that bullet, not the end of the question.
    let text = fixture("variants/pdfminer/ah-tk-20232024-1432.txt");
    let doc = kamervragen::parse(&text);
    let q = question(&doc, "4");
    assert!(
        q.text.ends_with("bij de toekenning van cultuursubsidies?"),
        "{}",
        q.text
    );
    let a = answer(&doc, "4");
    assert!(
        a.text
            .contains("• Maatschappelijke betekenis\n• Toegankelijkheid\n• Bedrijfsmatige"),
        "{}",
        a.text
    );
    assert!(a.span.start > q.span.end, "{:?} {:?}", q.span, a.span);
    let moved: Vec<&str> = doc
        .diagnostics
        .iter()
        .filter(|d| d.code == "list_item_moved")
        .map(|d| &text[d.span.start..d.span.end])
        .collect();
    assert_eq!(moved, ["Toegankelijkheid"]);
    let text = fixture("variants/pdfminer/ah-tk-20232024-878.txt");
    let doc = kamervragen::parse(&text);
    let q = question(&doc, "3");
    assert!(
        q.text.ends_with("namens iemand die dat zelf niet kan?"),
        "{}",
        q.text
    );
    let a = answer(&doc, "3");
    assert!(
        a.text
            .contains("voorzieningen voor: – (vrijwillig) DigiD Machtigen en – Wettelijk"),
        "{}",
        a.text
    );
    assert!(doc.unclaimed.is_empty(), "{:?}", doc.unclaimed);
}

#[test]
fn a_note_that_starts_in_lower_case_follows_its_predecessor() {
    // "5 pyrotechnische stoffen …" right after note 4 is note 5.
    let text = fixture("variants/pymupdf/ah-tk-20232024-1771.txt");
    let doc = kamervragen::parse(&text);
    assert!(note(&doc, "5").starts_with("pyrotechnische stoffen"));
    assert!(
        note(&doc, "4").ends_with("Rijksoverheid.nl"),
        "{}",
        note(&doc, "4")
    );
    assert_eq!(doc.footnotes.len(), 8);
}

#[test]
fn markers_joined_by_a_comma_leave_together() {
    // "«vereenvoudigde ziekenhuisnota»»?1, 2": both markers and the comma.
    let text = doc_text("ah-tk-20142015-698.flat");
    let doc = kamervragen::parse(&text);
    let q = question(&doc, "1");
    assert!(q.text.ends_with("ziekenhuisnota»»?"), "{}", q.text);
    assert_eq!(cites(&q.footnotes), ["1", "2"]);
}

#[test]
fn letter_paragraphs_cite_their_notes() {
    let text = doc_text("ienw-2023-npce-circulaire-economie");
    let doc = kamervragen::parse(&text);
    let body = &doc.letter.as_ref().expect("letter").body;
    let p = body
        .iter()
        .find(|p| p.text.contains("landen voor onze grondstoffen."))
        .expect("paragraph");
    assert_eq!(cites(&p.footnotes), ["1"]);
    let p = body
        .iter()
        .find(|p| p.text.contains("(via de ESPR),"))
        .expect("paragraph with the ESPR note");
    assert_eq!(cites(&p.footnotes), ["2", "3"]);
}

/// The publisher's web page prints a letter's notes after the signature:
/// "XNoot" / "1" / the body, or "Noot 1: the body". The body is the note,
/// and the marker glued to the word it annotates ("aan1.") leaves the text.
#[test]
fn publisher_notes_after_the_signature() {
    for (prefix, body_ends, note_text) in [
        (
            "defensie-2010-verkenningen",
            "het eindrapport van de Verkenningen aan.",
            "Ter inzage gelegd bij het Centraal Informatiepunt Tweede Kamer.",
        ),
        (
            "ienw-2017-startbeslissing",
            "deze Startbeslissing alsnog aan.",
            "Raadpleegbaar via www.tweedekamer.nl",
        ),
    ] {
        let text = doc_text(prefix);
        let doc = kamervragen::parse(&text);
        assert_eq!(doc.footnotes.len(), 1, "{prefix}");
        assert_eq!(note(&doc, "1"), note_text, "{prefix}");
        let body = &doc.letter.as_ref().expect("letter").body;
        let last = body.last().expect("body");
        assert!(last.text.ends_with(body_ends), "{prefix}: {}", last.text);
        assert_eq!(cites(&last.footnotes), ["1"], "{prefix}");
        let lines = &doc.letter.as_ref().expect("letter").other_lines;
        assert!(
            lines.iter().all(|l| !l.text.contains("Noot")),
            "{prefix}: {lines:?}"
        );
    }
    // "X Noot", and the page's "Naar boven" after the note is no part of it.
    let text = doc_text("defensie-2011-overzicht");
    let doc = kamervragen::parse(&text);
    assert_eq!(
        note(&doc, "1"),
        "Ter inzage gelegd bij het Centraal Informatiepunt Tweede Kamer."
    );
    holds(&doc, "defensielocaties toegezegd. Met deze brief");
    // Several notes, each under a heading of its own; the notes are
    // numbered 1, 2 … or they are no notes.
    let text = "Nr. 5 BRIEF VAN DE MINISTER VAN DEFENSIE\n\nAan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 3 maart 2011\n\nIk heb de stukken ter inzage gelegd1. Het rapport volgt nu2.\n\nDe minister van Defensie,\n\nJ. Jansen\n\n\nXNoot\n1\n\nTer inzage gelegd.\n\nXNoot\n2\n\nRaadpleegbaar via www.tweedekamer.nl\n\nNaar boven\n";
    let doc = kamervragen::parse(text);
    assert_eq!(note(&doc, "2"), "Raadpleegbaar via www.tweedekamer.nl");
    holds(&doc, "ter inzage gelegd. Het rapport volgt nu.");
    assert!(doc.unclaimed.is_empty(), "{:?}", doc.unclaimed);
    let misnumbered = text.replace("XNoot\n2", "XNoot\n3");
    let doc = kamervragen::parse(&misnumbered);
    assert!(doc.footnotes.is_empty(), "{:?}", doc.footnotes);
}

// Issue 12 point 3: words as printed.

/// A list item of wrapped PDF text keeps its line, as Word texts print it:
/// the bullet, whatever glyph the extractor wrote for it, opens a line of
/// the answer.
#[test]
fn list_items_keep_their_lines() {
    for path in [
        "variants/pdftotext/ah-tk-20232024-1432.txt",
        "variants/pdfminer/ah-tk-20232024-1432.txt",
        "variants/pymupdf/ah-tk-20232024-1432.txt",
    ] {
        let text = fixture(path);
        let doc = kamervragen::parse(&text);
        holds(
            &doc,
            "Raad voor Cultuur:\n• Artistieke en/of inhoudelijke kwaliteit\n\
             • Maatschappelijke betekenis\n• Toegankelijkheid\n",
        );
    }
}

/// pdfminer sets a blank line between two text boxes of one paragraph
/// ("eerste lid," / "" / "van de Wet"); pandoc writes a Word paragraph
/// that ends inside a sentence ("verwerving van honden," / "" / "selectie")
/// as a paragraph of its own. A blank line between an open sentence and a
/// line that goes on with a small letter is a space.
#[test]
fn a_blank_line_inside_a_sentence_is_a_space() {
    let text = fixture("variants/pdfminer/ah-tk-20232024-1292.txt");
    let doc = kamervragen::parse(&text);
    holds(
        &doc,
        "artikel 1.1.1, eerste lid, van de Wet maatschappelijke",
    );
    let text = fixture("variants/pandoc-plain/jenv-2024-kv-politiehonden.txt");
    let doc = kamervragen::parse(&text);
    holds(&doc, "verwerving van honden, selectie van geleiders");
}

/// A PDF sets its paragraphs apart by space that pdftotext, PyPDF and
/// PyMuPDF do not print, or not at all (the Aanhangsel): a line that ends a
/// sentence where the next line's first word would have fitted on it ends
/// its paragraph, in every extractor's text alike; a full line that ends a
/// sentence goes on with a space.
#[test]
fn a_line_that_ends_a_sentence_early_ends_its_paragraph() {
    for tool in [
        "pdftotext",
        "pdftotext-raw",
        "pdftotext-layout",
        "pymupdf",
        "pypdf",
        "pdfminer",
    ] {
        let text = fixture(&format!("variants/{tool}/ah-tk-20232024-1178.txt"));
        let doc = kamervragen::parse(&text);
        let a = &answer(&doc, "6").text;
        assert!(
            a.contains("industriële automatisering.\n\nDe volgende acties kunnen"),
            "{tool}: {a}"
        );
        let a = &answer(&doc, "1").text;
        assert!(
            a.contains("vertrouwelijke digitale communicatie. Cryptografie houdt zich"),
            "{tool}: {a}"
        );
    }
}

#[test]
fn a_page_break_inside_a_sentence_is_a_space() {
    let text = doc_text("ah-tk-20232024-1786.txt");
    let doc = kamervragen::parse(&text);
    let a = answer(&doc, "14");
    assert!(
        a.text
            .contains("OESO-richtlijnen inzake maatschappelijk verantwoord"),
        "{}",
        a.text
    );
    let text = doc_text("ah-tk-20232024-387.md");
    let doc = kamervragen::parse(&text);
    let a = answer(&doc, "2");
    assert!(
        a.text.contains("op basis van feiten (12-10-2023)."),
        "{}",
        a.text
    );
    assert!(!a.text.contains('\n'), "{}", a.text);
    // A word hyphenated across the page break is one word.
    let text = doc_text("ah-tk-20232024-1980.txt");
    let doc = kamervragen::parse(&text);
    let a = answer(&doc, "5");
    assert!(
        a.text
            .contains("zorgverzekeraar en zorgaanbieder over passende zorg"),
        "{}",
        a.text
    );
}

#[test]
fn a_word_line_break_inside_a_sentence_is_a_space() {
    let text = doc_text("tk2024-009-");
    let doc = kamervragen::parse(&text);
    let a = answer(&doc, "7");
    assert!(
        a.text.contains("voor deze toegang voor de meest kwetsbare"),
        "{}",
        a.text
    );
    assert!(!a.text.contains('\n'), "{}", a.text);
    let a = answer(&doc, "4");
    assert!(
        a.text.contains("steeds meer aandacht voor het beroep"),
        "{}",
        a.text
    );
    // A paragraph that ends its sentence stays a paragraph.
    assert!(
        a.text.contains("6.125.\nDe afgelopen periode"),
        "{}",
        a.text
    );
}

#[test]
fn hyphens_of_broken_lines_go_real_ones_stay() {
    // A flat text: the line break after the hyphen became a space.
    let text = doc_text("ah-tk-20142015-698.flat");
    let doc = kamervragen::parse(&text);
    holds(&doc, "een onduidelijk declaratiesysteem?");
    holds(&doc, "geen goedkeurende verklaring");
    // A hyphen that stands for a shared part ("aanloop- en volloop…").
    let text = doc_text("ah-tk-20232024-2210.txt");
    let doc = kamervragen::parse(&text);
    holds(&doc, "de aanloop- en volloopverliezen");
    // A dash closed before a small word is no broken word.
    let text = doc_text("ah-tk-20232024-1432.txt");
    let doc = kamervragen::parse(&text);
    holds(&doc, "twee codes- te onderschrijven");
}

/// pdfium (pypdfium2) joins a word broken over a line end itself and marks
/// the hyphen with U+FFFE: the word goes on without it, and a hyphen that
/// the document prints before a capital stays.
#[test]
fn pdfium_line_end_hyphens_are_undone() {
    let text = fixture("variants-extra/pypdfium2/ah-tk-20232024-1178.txt");
    let doc = kamervragen::parse(&text);
    let q = &question(&doc, "1").text;
    assert!(q.contains("encryptie zal doorbreken en daarmee"), "{q}");
    holds(
        &doc,
        "congres van het PKI-consortium van afgelopen november",
    );
    assert!(
        !texts(&doc).iter().any(|t| t.contains('\u{fffe}')),
        "a U+FFFE is left"
    );
}

/// A hyphen that stands for a word part shared with the next word, at a
/// line end, where pdfium joined the next line's first word and marked the
/// hyphen (U+FFFE): the hyphen stays, and so does the space after it.
#[test]
fn pdfium_shared_part_hyphen_stays() {
    let text = fixture("variants-extra/pypdfium2/ah-tk-20232024-2210.txt");
    let doc = kamervragen::parse(&text);
    let a = &answer(&doc, "13").text;
    assert!(
        a.contains("€ 750 miljoen de aanloop- en volloopverliezen worden afgedekt"),
        "{a}"
    );
    let text = fixture("variants-extra/pypdfium2/jenv-2011-draagmoederschap.txt");
    let doc = kamervragen::parse(&text);
    holds(&doc, "Tot slot wordt wet- en regelgeving ten opzichte van");
}

/// pdfium prints the notes of a page one after another on one line ("10
/// CWI involved in … 11 10 miljoen euro … | NWO 12 Post-Quantum …"), the
/// next note's number set apart by spaces: every note gets its own body,
/// cited where its marker stands, and a number inside a body ("10
/// miljoen", "2022–2028") is text.
#[test]
fn pdfium_notes_printed_on_one_line_are_apart() {
    let text = fixture("variants-extra/pypdfium2/ah-tk-20232024-1178.txt");
    let doc = kamervragen::parse(&text);
    assert_eq!(
        note(&doc, "10"),
        "CWI involved in two primary Post-Quantum Cryptography standards"
    );
    assert_eq!(
        note(&doc, "11"),
        "10 miljoen euro toegekend voor het oplossen van vraagstukken over cybersecurity | NWO"
    );
    assert_eq!(
        note(&doc, "12"),
        "Post-Quantum Cryptography Conference – November 7 and 8, 2023 – Amsterdam (NL) | PKI Consortium"
    );
    // The next page's notes: the second opens on the first's last line.
    assert_eq!(
        note(&doc, "13"),
        "Nederlandse Cybersecuritystrategie 2022–2028 | Nationaal Coördinator \
         Terrorismebestrijding en Veiligheid (nctv.nl)"
    );
    assert_eq!(
        note(&doc, "14"),
        "https://www.aivd.nl/documenten/publicaties/2023/04/04/pqc-migratie-handboek"
    );
    assert_eq!(doc.footnotes.len(), 15);
    assert_eq!(cites(&answer(&doc, "7").footnotes), ["9", "10"]);
    assert_eq!(cites(&answer(&doc, "8").footnotes), ["11", "12"]);
    // Each note's span opens at its number.
    for f in &doc.footnotes {
        assert!(
            text[f.span.start..].starts_with(&f.label),
            "{}: {:?}",
            f.label,
            &text[f.span.start..f.span.end]
        );
    }
    let text = fixture("variants-extra/pypdfium2/ah-tk-20232024-1786.txt");
    let doc = kamervragen::parse(&text);
    assert_eq!(note(&doc, "12"), "Kamerstuk 26 485, nr. 380");
    assert_eq!(note(&doc, "15"), "Kamerstuk 26 485, nr. 380");
    assert!(note(&doc, "16").starts_with("Het actuele transparantiebeleid"));
}

/// Where a word broken over a page's last line goes on only on the next
/// page, pdfium joins that line to the first of the page's notes (a
/// U+FFFE, then "5 Kamerstukken II …"): the note is a note, and the word
/// goes on after the page break.
#[test]
fn pdfium_note_joined_to_a_broken_word_is_a_note() {
    let text = fixture("variants-extra/pypdfium2/ah-tk-20232024-1980.txt");
    let doc = kamervragen::parse(&text);
    assert_eq!(note(&doc, "5"), "Kamerstukken II 2023–34, 23 235, nr. 240.");
    assert_eq!(note(&doc, "6"), "Kamerstukken II2015–16, 34 104, nr. 128.");
    assert_eq!(note(&doc, "7"), "Kamerstukken II 2023–34, 29 509, nr. 80.");
    let a = &answer(&doc, "5").text;
    assert!(
        a.contains("tussen zorgverzekeraar en zorgaanbieder over passende zorg"),
        "{a}"
    );
    assert!(!a.contains("Kamerstukken"), "{a}");
}

/// Markdown that a converter made of a PDF (pymupdf4llm): the labels are
/// ATX headings ("### Vraag 1"), a note marker is HTML's superscript
/// ("2023<sup>1</sup> heb"), the notes of a page are block quotes ("> 1
/// Antwoorden …") or list items ("- 6 Zie met name …"). The markup is no
/// text, and the document reads as any other extractor's text of it.
#[test]
fn markdown_of_a_pdf_reads_as_its_text() {
    let text = fixture("variants-extra/pymupdf4llm/ah-tk-20232024-1178.txt");
    let doc = kamervragen::parse(&text);
    let kv = doc.kamervragen.as_ref().expect("kamervragen");
    assert_eq!((kv.questions.len(), kv.answers.len()), (9, 9));
    assert_eq!(kv.aanhangsel_number, Some(1178));
    let a = answer(&doc, "2");
    assert!(
        a.text
            .contains("In mijn brief van 7 november 2023 heb ik u"),
        "{}",
        a.text
    );
    assert_eq!(cites(&a.footnotes), ["1"]);
    let labels: Vec<&str> = doc.footnotes.iter().map(|n| n.label.as_str()).collect();
    let want: Vec<String> = (1..=15).map(|n| n.to_string()).collect();
    assert_eq!(labels, want);
    assert!(note(&doc, "6").starts_with("Zie met name ISO 27001 en ISO 27002;"));
    assert!(note(&doc, "11").starts_with("10 miljoen euro toegekend"));
    for t in texts(&doc) {
        assert!(
            !t.contains("<sup>") && !t.contains("### ") && !t.starts_with("> "),
            "markup left in {t:?}"
        );
    }
    assert!(doc.unclaimed.is_empty(), "{:?}", doc.unclaimed);
    // The space the converter sets after the tag, before punctuation, goes
    // with the marker.
    assert!(
        answer(&doc, "3")
            .text
            .contains("genoemde Amerikaanse wetgeving. Deze wetgeving")
    );
    // Emphasis that closes after punctuation ("_Ja, het bericht is bekend._").
    let text = fixture("variants-extra/pymupdf4llm/ah-tk-20232024-1771.txt");
    let doc = kamervragen::parse(&text);
    assert!(
        answer(&doc, "1")
            .text
            .starts_with("Ja, het bericht is bekend.\n\nIk snap dat")
    );
    // A URL that the converter joined with a space after its scheme
    // ("https:// www.movisie.nl/…") is whole, in the note and as a reference.
    let text = fixture("variants-extra/pymupdf4llm/ah-tk-20232024-1314.txt");
    let doc = kamervragen::parse(&text);
    assert!(note(&doc, "2").contains("Regenboogprovincies, https://www.movisie.nl/sites/"));
    assert!(
        doc.references
            .iter()
            .any(|r| r.id.starts_with("https://www.movisie.nl/sites/")),
        "{:?}",
        doc.references
    );
    // A note's body in emphasis ("> 2 _Kamerstukken II_ 2023–34 …").
    let text = fixture("variants-extra/pymupdf4llm/ah-tk-20232024-1980.txt");
    let doc = kamervragen::parse(&text);
    assert!(note(&doc, "2").starts_with("Kamerstukken II 2023–34, 23 235, nr. 240"));
    assert_eq!(doc.footnotes.len(), 7);
}

/// pypdf's layout mode sets a note's label two spaces before its body
/// ("11  10 miljoen euro …", "3  bis: culturele …", "3  1,92% van …"): a
/// note whose body opens with a number or a small letter is a note there
/// too, once, with its own body; the text before it ends where it ends, and
/// the markers glued to the words that cite it ("domein11.") leave the text.
#[test]
fn layout_mode_notes_whose_body_opens_with_a_number_or_small_letter() {
    let text = fixture("variants-extra/pypdf-layout/ah-tk-20232024-1178.txt");
    let doc = kamervragen::parse(&text);
    assert_eq!(
        note(&doc, "10"),
        "CWI involved in two primary Post-Quantum Cryptography standards"
    );
    assert_eq!(
        note(&doc, "11"),
        "10 miljoen euro toegekend voor het oplossen van vraagstukken over cybersecurity | NWO"
    );
    assert_eq!(
        note(&doc, "12"),
        "Post-Quantum Cryptography Conference – November 7 and 8, 2023 – Amsterdam (NL) | PKI Consortium"
    );
    assert_eq!(
        note(&doc, "15"),
        "https://www.ncsc.nl/documenten/publicaties/2023/september/18/maak-je-organisatie-quantumveilig"
    );
    assert_eq!(doc.footnotes.len(), 15);
    let a = answer(&doc, "8");
    assert!(
        a.text.contains("betrouwbaar digitaal domein.\n"),
        "{}",
        a.text
    );
    assert!(a.text.ends_with("Informatica-CWI- en TNO)."), "{}", a.text);
    assert_eq!(cites(&a.footnotes), ["11", "12"]);
    let a = answer(&doc, "9");
    assert!(
        a.text
            .contains("Cybersecuritystrategie 2022–2028. Deze stelt"),
        "{}",
        a.text
    );
    assert!(!a.text.contains("nctv.nl"), "{}", a.text);
    assert_eq!(cites(&a.footnotes), ["13", "14", "15"]);

    // The page's last line is a note whose body opens in lower case.
    let text = fixture("variants-extra/pypdf-layout/ah-tk-20232024-1432.txt");
    let doc = kamervragen::parse(&text);
    assert_eq!(note(&doc, "3"), "bis: culturele basisinfrastructuur");
    let q = question(&doc, "2");
    assert!(q.text.ends_with("op dit vlak namen?"), "{}", q.text);
    assert_eq!(cites(&q.footnotes), ["3"]);
    let a = answer(&doc, "3");
    assert!(
        a.text
            .contains("aanvragen van instellingen ontvangen en was het sluiten"),
        "{}",
        a.text
    );

    // Notes after the first of a page, and a page's notes below a question.
    let text = fixture("variants-extra/pypdf-layout/ah-tk-20232024-1771.txt");
    let doc = kamervragen::parse(&text);
    assert!(note(&doc, "4").ends_with("consumentenvuurwerk | Rapport | Rijksoverheid.nl"));
    assert!(note(&doc, "5").starts_with("pyrotechnische stoffen of preparaten"));
    assert!(note(&doc, "6").starts_with("Er zijn twee soorten gaasverpakkingen"));
    assert!(note(&doc, "7").starts_with("Een aanvalsplan is een essentieel instrument"));
    assert_eq!(note(&doc, "8"), "Atlas Leefomgeving | Atlas Leefomgeving");
    let a = answer(&doc, "2");
    assert!(
        a.text.contains(
            "burstpercentage van meer dan 12,5% niet meer in «rondom gaasverpakking» vervoeren"
        ),
        "{}",
        a.text
    );
    let q = question(&doc, "5");
    assert!(q.text.ends_with("naast of achter de opslag?"), "{}", q.text);
    let a = answer(&doc, "3");
    assert!(
        a.text.contains("aanvalsplannen. Het bevoegd gezag"),
        "{}",
        a.text
    );
    assert_eq!(cites(&a.footnotes), ["7", "8"]);

    // A note whose body opens with a number, above the page's last lines.
    let text = fixture("variants-extra/pypdf-layout/ah-tk-20232024-1984.txt");
    let doc = kamervragen::parse(&text);
    assert!(
        note(&doc, "3").starts_with("1,92% van de totale loonsom van de werkgever tot € 400.000")
    );
    let a = answer(&doc, "9");
    assert!(
        a.text.contains("de vrije ruimte naar eigen behoefte"),
        "{}",
        a.text
    );
    assert_eq!(cites(&a.footnotes), ["3"]);
    assert!(
        answer(&doc, "11")
            .text
            .ends_with("forse budgettaire derving."),
        "{}",
        answer(&doc, "11").text
    );
}

/// A pipe table of Markdown (pymupdf4llm's of ah-tk-20232024-1314's
/// table): the rule under the head row is markup, a row's cells are its
/// text, apart as the other extractors print a table's cells, and a row
/// that stacks the rows no rule parts ("Geslacht(Trans)<br>Seksuele
/// gerichtheid|2<br>10|…") is read row by row, as the page prints it. The
/// blank lines around the table are paragraph breaks: its borders are no
/// page's text between them.
#[test]
fn markdown_pipe_table_reads_as_its_cells() {
    let text = fixture("variants-extra/pymupdf4llm/ah-tk-20232024-1314.txt");
    let doc = kamervragen::parse(&text);
    let a = &answer(&doc, "6").text;
    assert!(
        a.contains(
            "discriminatie en diversiteit\n\nGrond Meldingen in 2021 Meldingen in 2022 \
             Meldingen in 2023 Geslacht(Trans) 2 3 6 Seksuele gerichtheid 10 14 34 \
             TOTAAL 12 17 40\n\nMeldingen en/of aangiftes"
        ),
        "{a}"
    );
    for markup in ["|", "---", "<br>"] {
        assert!(!a.contains(markup), "{markup} in {a}");
    }
    // The same page through PyMuPDF's plain text prints the cells so too.
    let plain = fixture("variants/pymupdf/ah-tk-20232024-1314.txt");
    let plain = kamervragen::parse(&plain);
    assert!(
        answer(&plain, "6")
            .text
            .contains("Geslacht(Trans) 2 3 6 Seksuele gerichtheid 10 14 34 TOTAAL 12 17 40")
    );
}

/// A Markdown list item is a bullet item: its marker ("- ") is the bullet
/// the PDF printed, "•" as other extractors print it (pymupdf4llm's
/// ah-tk-20232024-1178 and -1432); where the converter kept the PDF's
/// bullet after the marker ("- • De quantumdreiging"), the marker is
/// markup. A note set as a list item ("- 6 Zie met name …") stays a note.
#[test]
fn markdown_list_item_is_a_bullet_item() {
    let text = fixture("variants-extra/pymupdf4llm/ah-tk-20232024-1178.txt");
    let doc = kamervragen::parse(&text);
    let a = &answer(&doc, "6").text;
    assert!(
        a.contains("ondernomen worden:\n\n• Inzicht hebben in wat belangrijk is"),
        "{a}"
    );
    assert!(a.contains("\n• De quantumdreiging en het gebruik"), "{a}");
    assert!(!a.contains("- ") && !a.contains("• •"), "{a}");
    assert!(note(&doc, "6").starts_with("Zie met name ISO 27001"));
    let text = fixture("variants-extra/pymupdf4llm/ah-tk-20232024-1432.txt");
    let doc = kamervragen::parse(&text);
    let a = &answer(&doc, "4").text;
    assert!(
        a.contains("Raad voor Cultuur:\n\n• Artistieke en/of inhoudelijke kwaliteit\n\n• Maatschappelijke betekenis"),
        "{a}"
    );
}

/// pymupdf4llm writes each run of a style apart, and sets a space after
/// the markup that closes emphasis, also before punctuation ("_Human
/// Rights_ .", "_compliance_ -functie"): no space of the document.
#[test]
fn markdown_emphasis_leaves_no_space_before_punctuation() {
    let text = fixture("variants-extra/pymupdf4llm/ah-tk-20232024-1786.txt");
    let doc = kamervragen::parse(&text);
    assert!(
        texts(&doc)
            .iter()
            .any(|t| t.contains("UN Guiding Principles on Business and Human Rights. Daarnaast"))
    );
    assert!(note(&doc, "2").contains("Social Due Diligence, waarbij de IFC"));
    // A space the document sets stays: "Common Approaches en".
    assert!(
        texts(&doc)
            .iter()
            .any(|t| t.contains("OESO Common Approaches en OESO-richtlijnen"))
    );
    let text = fixture("variants-extra/pymupdf4llm/ah-tk-20232024-2271.txt");
    let doc = kamervragen::parse(&text);
    assert!(
        texts(&doc)
            .iter()
            .any(|t| t.contains("beslissen over passende hulp, wordt dit"))
    );
    let text = fixture("variants-extra/pymupdf4llm/ah-tk-20232024-2367.txt");
    let doc = kamervragen::parse(&text);
    assert!(
        texts(&doc)
            .iter()
            .any(|t| t.contains("of de compliance-functie en de audit-functie van de bank"))
    );
}

/// A URL whose lines a converter joined with a space (pymupdf4llm:
/// "huisvesting_ evacuees/b1", "provincies %202022.pdf") or whose next
/// line is a block quote's ("https://" / "" / "> www.…") is whole, in the
/// note and as a reference.
#[test]
fn markdown_url_broken_over_a_line_is_whole() {
    let cases = [
        (
            "ah-tk-20232024-1292",
            "1",
            "www.internetconsultatie.nl/huisvesting_evacuees/b1",
        ),
        (
            "ah-tk-20232024-1314",
            "2",
            "https://www.movisie.nl/sites/movisie.nl/files/2022-03/220315_%20Regenboogbeleid%20provincies%202022.pdf",
        ),
        (
            "ah-tk-20232024-2271",
            "14",
            "https://www.rijksoverheid.nl/documenten/publicaties/2024/06/21/mid-term-review-iza",
        ),
    ];
    for (name, label, url) in cases {
        let text = fixture(&format!("variants-extra/pymupdf4llm/{name}.txt"));
        let doc = kamervragen::parse(&text);
        assert!(
            note(&doc, label).contains(url),
            "{name}: {}",
            note(&doc, label)
        );
        assert!(
            doc.references.iter().any(|r| r.id == url),
            "{name}: {:?}",
            doc.references.iter().map(|r| &r.id).collect::<Vec<_>>()
        );
    }
}

/// A heading in emphasis ("#### **Mededeling**") reads as its text: the
/// notice after the questions (pymupdf4llm's ah-tk-20232024-1999) is no
/// part of the last question.
#[test]
fn markdown_heading_in_emphasis_is_its_text() {
    let text = fixture("variants-extra/pymupdf4llm/ah-tk-20232024-1999.txt");
    let doc = kamervragen::parse(&text);
    let q = &question(&doc, "3").text;
    assert!(
        q.ends_with("op grond waarvan u weigert deze documenten te delen?"),
        "{q}"
    );
    let notice = doc.notice.as_ref().expect("notice");
    assert!(
        notice
            .text
            .starts_with("De schriftelijke vragen van de leden Sneller, Chakor, Van Nispen"),
        "{}",
        notice.text
    );
}

#[test]
fn the_layout_page_number_is_noise() {
    // `pdftotext -layout` sets the page number far right of the footer.
    let text = fixture("variants/pdftotext-layout/ah-tk-20232024-1178.txt");
    let doc = kamervragen::parse(&text);
    let a = answer(&doc, "1");
    assert!(
        a.text.contains("op deze schaal is voorgekomen."),
        "{}",
        a.text
    );
}

#[test]
fn glyph_noise_has_one_form() {
    // A bullet is "•" whether the extractor wrote "•", U+0081 or "(cid:129)".
    for ext in ["pypdf", "pdfminer", "pdftotext"] {
        let text = fixture(&format!("variants/{ext}/ah-tk-20232024-1432.txt"));
        let doc = kamervragen::parse(&text);
        let a = answer(&doc, "4");
        assert!(
            a.text.contains("• Artistieke en/of inhoudelijke kwaliteit"),
            "{ext}: {}",
            a.text
        );
        assert!(
            !a.text.contains('\u{81}') && !a.text.contains("(cid:"),
            "{ext}: {}",
            a.text
        );
    }
    // A diacritic that the font sets after its letter goes onto it.
    for ext in ["pymupdf", "pdfminer", "pypdf"] {
        let text = fixture(&format!("variants/{ext}/ah-tk-20232024-1949.txt"));
        let doc = kamervragen::parse(&text);
        let by = &doc.kamervragen.as_ref().unwrap().answered_by[0];
        assert_eq!(by.name.as_deref(), Some("Yeşilgöz-Zegerius"), "{ext}");
        let text = fixture(&format!("variants/{ext}/ah-tk-20232024-1314.txt"));
        let doc = kamervragen::parse(&text);
        assert_eq!(
            doc.kamervragen.as_ref().unwrap().submitters[1].name,
            "Kostić",
            "{ext}"
        );
    }
}

#[test]
fn pypdf_spacing_is_undone() {
    let text = fixture("variants/pypdf/ah-tk-20232024-1786.txt");
    let doc = kamervragen::parse(&text);
    let q = question(&doc, "1");
    assert!(q.text.ends_with("van Both Ends?"), "{}", q.text);
    assert_eq!(cites(&q.footnotes), ["1"]);
    let a = answer(&doc, "3");
    assert!(a.text.contains("Human Rights. Daarnaast"), "{}", a.text);
    let text = fixture("variants/pypdf/ah-tk-20232024-2271.txt");
    let doc = kamervragen::parse(&text);
    let a = answer(&doc, "8");
    assert!(a.text.contains("blijft afnemen en daarmee"), "{}", a.text);
    assert!(cites(&a.footnotes).contains(&"11"), "{:?}", a.footnotes);
    let a = answer(&doc, "10");
    assert!(a.text.contains("passende hulp, wordt"), "{}", a.text);
}

// Issue 13 points 5 and 6: notes in letters.

/// The notes of a parse as (kind, label, first words), in order.
fn notes_of(doc: &Document<'_>) -> Vec<(FootnoteKind, String, String)> {
    doc.footnotes
        .iter()
        .map(|n| {
            let words: Vec<&str> = n.text.split_whitespace().take(3).collect();
            (n.kind, n.label.clone(), words.join(" "))
        })
        .collect()
}

/// Which question or answer (by its first number) cites which notes.
fn citing(doc: &Document<'_>) -> Vec<(String, Vec<String>)> {
    let kv = doc.kamervragen.as_ref().expect("kamervragen");
    let q = kv
        .questions
        .iter()
        .map(|q| (format!("q{}", q.numbers[0]), &q.footnotes));
    let a = kv
        .answers
        .iter()
        .map(|a| (format!("a{}", a.numbers[0]), &a.footnotes));
    q.chain(a)
        .filter(|(_, f)| !f.is_empty())
        .map(|(k, f)| {
            let refs = f
                .iter()
                .map(|n| {
                    format!(
                        "{}{}",
                        if n.kind == FootnoteKind::Footnote {
                            "f"
                        } else {
                            "e"
                        },
                        n.label
                    )
                })
                .collect();
            (k, refs)
        })
        .collect()
}

#[test]
fn word_footnotes_and_typed_endnotes_in_one_letter() {
    use FootnoteKind::{Endnote as E, Footnote as F};
    let want = [
        (F, "1", "Zie ook de"),
        (F, "2", "De Koers Politiehonden"),
        (E, "1", "NOS, 23 mei"),
        (E, "2", "RTV Oost, 25"),
        (E, "3", "Schiedam 24, 26"),
    ];
    // POI prints the Word notes in their paragraphs, pandoc after the typed
    // endnotes; both are the same five notes.
    // mammoth's Markdown prints them as pandoc does (its Word notes as a
    // list after the text).
    for ext in [
        "variants/docx2poi",
        "variants/pandoc-plain",
        "variants-extra/mammoth-md",
    ] {
        let text = fixture(&format!("{ext}/jenv-2024-kv-politiehonden.txt"));
        let doc = kamervragen::parse(&text);
        let got = notes_of(&doc);
        let got: Vec<(FootnoteKind, &str, &str)> = got
            .iter()
            .map(|(k, l, t)| (*k, l.as_str(), t.as_str()))
            .collect();
        assert_eq!(got, want, "{ext}");
        let cites = citing(&doc);
        let find = |k: &str| cites.iter().find(|c| c.0 == k).map(|c| c.1.clone());
        assert_eq!(
            find("q1"),
            Some(vec!["e1".into(), "e2".into()]),
            "{ext}: {cites:?}"
        );
        assert_eq!(find("a20"), Some(vec!["f1".into()]), "{ext}: {cites:?}");
        assert_eq!(find("a21"), Some(vec!["f2".into()]), "{ext}: {cites:?}");
    }
}

/// The Word letters of the corpus.
const WORD_LETTERS: [&str; 5] = [
    "jenv-2023-kv-milieudelicten-politie",
    "jenv-2024-kv-hoofddoekjes-boa",
    "jenv-2024-kv-niet-noodnummer-brandweer",
    "jenv-2024-kv-politiebureau-wolvega",
    "jenv-2024-kv-politiehonden",
];

/// `t` with its whitespace as single spaces.
fn flat(t: &str) -> String {
    t.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn escaped_markdown_reads_as_its_text() {
    // mammoth's Markdown escapes every punctuation mark ("nr\. 2024Z11859"),
    // prints bold as "__Vraag 1__", Word's bookmarks as "<a id=…></a>", the
    // letterhead's images as data URIs and the notes as a list with links
    // back ("[↑](\#footnote\-ref\-1)"): each letter reads as POI's text of
    // the same file, question for question, answer for answer and note for
    // note, with no markup in any text.
    for name in WORD_LETTERS {
        let md = fixture(&format!("variants-extra/mammoth-md/{name}.txt"));
        let poi = fixture(&format!("variants/docx2poi/{name}.txt"));
        let (doc, want) = (kamervragen::parse(&md), kamervragen::parse(&poi));
        assert_eq!(doc.kind, want.kind, "{name}");
        let (kv, wkv) = (
            doc.kamervragen.as_ref().unwrap(),
            want.kamervragen.as_ref().unwrap(),
        );
        assert_eq!(kv.zaaknummer, wkv.zaaknummer, "{name}");
        let members = |k: &kamervragen::Kamervragen<'_>| {
            k.submitters
                .iter()
                .map(|m| format!("{} ({:?})", m.name, m.party))
                .collect::<Vec<_>>()
        };
        assert_eq!(members(kv), members(wkv), "{name}");
        assert!(!kv.questions.is_empty(), "{name}");
        assert_eq!(kv.questions.len(), wkv.questions.len(), "{name}");
        for (q, w) in kv.questions.iter().zip(&wkv.questions) {
            assert_eq!(
                (&q.numbers, flat(&q.text)),
                (&w.numbers, flat(&w.text)),
                "{name}"
            );
            assert_eq!(q.footnotes, w.footnotes, "{name}");
        }
        assert_eq!(kv.answers.len(), wkv.answers.len(), "{name}");
        for (a, w) in kv.answers.iter().zip(&wkv.answers) {
            assert_eq!(
                (&a.numbers, flat(&a.text)),
                (&w.numbers, flat(&w.text)),
                "{name}"
            );
            assert_eq!(a.footnotes, w.footnotes, "{name}");
        }
        let notes = |d: &Document<'_>| {
            let mut n: Vec<_> = d
                .footnotes
                .iter()
                .map(|f| (f.kind.as_str(), f.label.clone(), flat(&f.text)))
                .collect();
            n.sort();
            n
        };
        assert_eq!(notes(&doc), notes(&want), "{name}");
        let body = |d: &Document<'_>| {
            d.letter
                .as_ref()
                .unwrap()
                .body
                .iter()
                .map(|p| flat(&p.text))
                .collect::<Vec<_>>()
        };
        assert_eq!(body(&doc), body(&want), "{name}");
        for t in texts(&doc) {
            for markup in ["\\", "<a ", "↑", "data:", "__", "*", "](#"] {
                assert!(!t.contains(markup), "{name}: {markup} in {t:?}");
            }
        }
        // The spans are the input's: the markup is inside them, and the
        // images and anchors are marker noise.
        let q1 = &kv.questions[0];
        assert!(md[q1.span.range()].contains("__"), "{name}");
        for n in &doc.noise {
            let t = &md[n.span.range()];
            assert!(!t.contains("Vraag"), "{name}: noise {t:?}");
        }
    }
    let md = fixture("variants-extra/mammoth-md/jenv-2023-kv-milieudelicten-politie.txt");
    let doc = kamervragen::parse(&md);
    let image = doc
        .noise
        .iter()
        .find(|n| md[n.span.range()].starts_with("![](data:image/png;base64,"))
        .expect("the letterhead's image is noise");
    assert!(md[image.span.range()].ends_with(')'));
    let two = doc.footnotes.iter().find(|f| f.label == "2").unwrap();
    assert_eq!(two.text, "Kamerstukken II 2022/23, 29628, nr. 1139.");
    assert!(md[two.span.range()].contains("29628, nr\\. 1139\\."));
    // The fourth note is cited where its marker stands, after the
    // initiatiefnota's title.
    let a6 = answer(&doc, "6");
    assert_eq!(cites(&a6.footnotes), ["4"]);
    assert!(
        a6.text.contains("misdaad tegen de vrede”, hierna"),
        "{}",
        a6.text
    );
}

#[test]
fn parenthesised_notes_in_a_letter() {
    // "”1)?" and "Verhoudingen 2)," cite the "1) …" and "2) …" bodies.
    for ext in [
        "variants/docx2poi",
        "variants/docx2txt",
        "variants/python-docx",
        "variants/pandoc-plain",
        "variants-extra/mammoth-md",
    ] {
        let text = fixture(&format!("{ext}/jenv-2024-kv-hoofddoekjes-boa.txt"));
        let doc = kamervragen::parse(&text);
        let endnotes: Vec<_> = notes_of(&doc)
            .into_iter()
            .filter(|n| n.0 == FootnoteKind::Endnote)
            .collect();
        assert_eq!(endnotes.len(), 2, "{ext}: {endnotes:?}");
        assert_eq!(endnotes[0].2, "NOS, 6 maart", "{ext}");
        assert_eq!(endnotes[1].2, "Kamerstuk 33047, nr.", "{ext}");
        let q = question(&doc, "1");
        assert!(q.text.ends_with("(nos.nl)”?"), "{ext}: {}", q.text);
        assert!(
            question(&doc, "4").text.contains("Verhoudingen, met name"),
            "{ext}"
        );
    }
}

#[test]
fn unnumbered_notes_and_no_note_of_page_furniture() {
    // Word numbers the endnotes as a list, which docx2txt and python-docx
    // leave out, and mammoth's Markdown prints as "1. ", "2. " (its list
    // numbers, whatever Word shows): the number is the label, no text. The
    // page's "VERTROUWELIJK" after them is no note.
    for ext in [
        "variants/docx2poi",
        "variants/docx2txt",
        "variants/python-docx",
        "variants/pandoc-plain",
        "variants-extra/mammoth-md",
    ] {
        let text = fixture(&format!("{ext}/jenv-2024-kv-niet-noodnummer-brandweer.txt"));
        let doc = kamervragen::parse(&text);
        let endnotes: Vec<_> = notes_of(&doc)
            .into_iter()
            .filter(|n| n.0 == FootnoteKind::Endnote)
            .map(|n| (n.1, n.2))
            .collect();
        assert_eq!(
            endnotes,
            [
                ("1".to_string(), "Geen spoed wel".to_string()),
                ("2".to_string(), "Contact marechaussee |".to_string())
            ],
            "{ext}"
        );
        for t in texts(&doc) {
            assert!(!t.contains("VERTROUWELIJK"), "{ext}: {t}");
        }
        let cites = citing(&doc);
        assert!(cites.iter().any(|c| c.1 == ["e1"]), "{ext}: {cites:?}");
        assert!(cites.iter().any(|c| c.1 == ["e2"]), "{ext}: {cites:?}");
    }
}

#[test]
fn a_numbered_list_in_a_letter_is_not_a_run_of_notes() {
    // The circular-economy letter with a numbered list put in its body: the
    // list stays letter text, the letter's six page notes stay its notes.
    let text = doc_text("ienw-2023-npce-circulaire-economie");
    let at = text.find("Versnellen van de").expect("a body sentence");
    let list = "Wij doen dat langs drie lijnen:\n1) minder grondstoffen gebruiken;\n2) producten langer gebruiken;\n3) meer hoogwaardig verwerken.\n";
    let edited = format!("{}{list}{}", &text[..at], &text[at..]);
    let doc = kamervragen::parse(&edited);
    assert!(
        doc.footnotes
            .iter()
            .all(|n| n.kind == FootnoteKind::Footnote)
    );
    assert_eq!(
        doc.footnotes.len(),
        kamervragen::parse(&text).footnotes.len()
    );
    let body = &doc.letter.as_ref().expect("letter").body;
    assert!(
        body.iter()
            .any(|p| p.text.contains("2) producten langer gebruiken;"))
    );
    assert!(!doc.letter.as_ref().unwrap().signatories.is_empty());
}

// Issue 12 point 5: headings whole.

#[test]
fn the_answer_heading_is_not_cut_at_a_line_wrap() {
    let cases = [
        (
            "ah-tk-20232024-1178.txt",
            "Zie ook Aanhangsel Handelingen, vergaderjaar 2023–2024, 1028",
        ),
        (
            "ah-tk-20232024-1432.txt",
            "Zie ook Aanhangsel Handelingen, vergaderjaar 2023–2024, nr. 1379.",
        ),
        (
            "ah-tk-20232024-1433.partial",
            "Zie ook Aanhangsel Handelingen, vergaderjaar 2023–2024, nr. 1283.",
        ),
        (
            "ah-tk-20232024-1949.txt",
            "Zie ook Aanhangsel Handelingen, vergaderjaar 2023–2024, nr. 1843.",
        ),
        (
            "ah-tk-20232024-1980.txt",
            "Zie ook Aanhangsel Handelingen, vergaderjaar 2023–2024, nr. 1848",
        ),
        (
            "ah-tk-20232024-2271.txt",
            "Zie ook Aanhangsel Handelingen, vergaderjaar 2023–2024, nr. 2147.",
        ),
    ];
    for (name, tail) in cases {
        let text = doc_text(name);
        let doc = kamervragen::parse(&text);
        let kv = doc.kamervragen.as_ref().unwrap();
        let h = kv.answer_heading.as_ref().expect("answer heading");
        assert!(h.text.ends_with(tail), "{name}: {}", h.text);
        assert!(
            text[h.span.range()].ends_with(tail.rsplit(' ').next().unwrap()),
            "{name}: span"
        );
        // The Questions start after it.
        assert!(kv.questions[0].span.start > h.span.end, "{name}");
    }
}

#[test]
fn who_answers_keeps_the_whole_portfolio() {
    // "…, mede namens de Staatssecretaris van Volksgezondheid, Welzijn enSport":
    // the comma and the glued words of PyPDF do not cut the portfolio.
    let text = doc_text("tk2024-030-");
    let doc = kamervragen::parse(&text);
    let by = &doc.kamervragen.as_ref().unwrap().answered_by;
    assert_eq!(by.len(), 2);
    assert_eq!(by[1].role, "staatssecretaris");
    assert_eq!(
        by[1].portfolio.as_deref(),
        Some("Volksgezondheid, Welzijn en Sport")
    );
    assert!(by[1].on_behalf);
    // A second answer in one heading.
    let text = "Antwoord van Minister Veldkamp (Buitenlandse Zaken), mede namens de Minister van Defensie, en antwoord van Staatssecretaris Tuinman (Defensie) (ontvangen 14 november 2024).\nVraag 1\nKent u het bericht?\nAntwoord 1\nJa.\n";
    let doc = kamervragen::parse(text);
    let by = &doc.kamervragen.as_ref().unwrap().answered_by;
    let got: Vec<(&str, Option<&str>, Option<&str>, bool)> = by
        .iter()
        .map(|o| {
            (
                o.role.as_str(),
                o.name.as_deref(),
                o.portfolio.as_deref(),
                o.on_behalf,
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            (
                "minister",
                Some("Veldkamp"),
                Some("Buitenlandse Zaken"),
                false
            ),
            ("minister", None, Some("Defensie"), true),
            ("staatssecretaris", Some("Tuinman"), Some("Defensie"), false),
        ]
    );
    // Two answer jointly: "Antwoord van Staatssecretaris Van Marum (…) en
    // van Minister Hermans (Klimaat en Groene Groei)".
    let text = doc_text("tk2024-076-");
    let doc = kamervragen::parse(&text);
    let by = &doc.kamervragen.as_ref().unwrap().answered_by;
    let got: Vec<(&str, Option<&str>, Option<&str>)> = by
        .iter()
        .map(|o| (o.role.as_str(), o.name.as_deref(), o.portfolio.as_deref()))
        .collect();
    assert_eq!(
        got,
        [
            (
                "staatssecretaris",
                Some("Van Marum"),
                Some("Binnenlandse Zaken en Koninkrijksrelaties")
            ),
            ("minister", Some("Hermans"), Some("Klimaat en Groene Groei")),
        ]
    );
}

#[test]
fn addressees_and_topic_split_where_words_are_glued() {
    let text = doc_text("tk2024-007-");
    let doc = kamervragen::parse(&text);
    let kv = doc.kamervragen.as_ref().unwrap();
    assert_eq!(
        kv.addressees,
        ["Ministers van Asiel en Migratie en van Volksgezondheid, Welzijn en Sport"]
    );
    assert_eq!(
        kv.topic.as_deref(),
        Some("zorg voor zwangere vrouwen en baby’s in aanmeldcentrum en AZC’s")
    );
    let text = doc_text("tk2024-018-");
    let doc = kamervragen::parse(&text);
    let kv = doc.kamervragen.as_ref().unwrap();
    assert_eq!(
        kv.addressees,
        [
            "Ministers van Klimaat en Groene Groei en van Sociale Zaken en Werkgelegenheid",
            "Staatssecretaris van Infrastructuur en Waterstaat"
        ]
    );
    // "… Welzijn en Sport overhet verdwijnen van de restitutiepolis en de
    // gevolgen voor ggz-patiënten(ingezonden …": the topic starts at the
    // article, and no addressee takes it or the date.
    let text = doc_text("tk2024-051-");
    let doc = kamervragen::parse(&text);
    let kv = doc.kamervragen.as_ref().unwrap();
    assert_eq!(
        kv.addressees,
        [
            "Minister",
            "Staatssecretaris van Volksgezondheid, Welzijn en Sport"
        ]
    );
    assert_eq!(
        kv.topic.as_deref(),
        Some("het verdwijnen van de restitutiepolis en de gevolgen voor ggz-patiënten")
    );
}

#[test]
fn a_citation_glued_to_the_word_before_is_a_reference() {
    // PyPDF drops the space where a line ended: "(zieKamerstuk 23 432, …".
    let text = doc_text("tk2024-042-").replace("(zie Kamerstuk 23 432", "(zieKamerstuk 23 432");
    let at = text.find("zieKamerstuk").unwrap() + "zie".len();
    let doc = kamervragen::parse(&text);
    let found: Vec<_> = doc
        .references
        .iter()
        .filter(|r| r.span.start == at)
        .collect();
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].id, "kst-23432-502");
    // A label inside a word is not one: "behandelingen".
    let doc = kamervragen::parse("De behandelingen II, vergaderjaar 2023–2024, nr. 5 duren lang.");
    assert!(doc.references.is_empty(), "{:?}", doc.references);
}

// Issue 12 point 6: claimed once, and never silently.

/// python-docx prints the endnotes of the questions before the
/// questioner's "Toelichting: …" paragraph: the last note ends there, and
/// the Toelichting is a field of its own.
/// Word's empty paragraphs that hold only a no-break space (python-docx
/// prints them as lines of "\u{a0}") are whitespace: nothing to report as
/// unclaimed text.
#[test]
fn no_break_spaces_alone_are_no_unclaimed_text() {
    let text = doc_text("tk2024-081-");
    assert!(text.lines().any(|l| l == "\u{a0}"));
    let doc = kamervragen::parse(&text);
    assert!(doc.unclaimed.is_empty(), "{:?}", doc.unclaimed);
}

#[test]
fn a_note_ends_before_the_toelichting() {
    let text =
        fixture("extra/docs/tk2024-032-antwoord-op-vragen-van-het-lid-crijns-ov.python-docx.txt");
    let doc = kamervragen::parse(&text);
    let kv = doc.kamervragen.as_ref().unwrap();
    let t = kv.toelichting.as_ref().expect("toelichting");
    assert!(
        t.text
            .starts_with("Toelichting: Deze vragen dienen ter aanvulling")
    );
    assert!(t.text.ends_with("(vraagnummer 2024Z14814)."), "{}", t.text);
    assert_eq!(doc.footnotes.len(), 1);
    assert!(
        doc.footnotes[0]
            .text
            .ends_with("| Financieel | Telegraaf.nl"),
        "{}",
        doc.footnotes[0].text
    );
}

#[test]
fn a_toelichting_is_not_also_in_the_answer() {
    let text = doc_text("tk2024-046-");
    let doc = kamervragen::parse(&text);
    let kv = doc.kamervragen.as_ref().unwrap();
    let t = kv.toelichting.as_ref().expect("toelichting");
    // The label on a line of its own heads the text, as on one line.
    assert!(
        t.text
            .starts_with("Toelichting: Deze vragen dienen ter aanvulling"),
        "{}",
        t.text
    );
    assert_eq!(answer(&doc, "12").text, "Ja.");
    for a in &kv.answers {
        assert!(
            a.span.end <= t.span.start || a.span.start >= t.span.end,
            "{:?}",
            a.numbers
        );
    }
}

#[test]
fn where_the_note_reader_guesses_it_says_so() {
    use kamervragen::{Severity, codes};
    let diags = |text: &str, code: &str| -> Vec<String> {
        kamervragen::parse(text)
            .diagnostics
            .iter()
            .filter(|d| d.code == code)
            .inspect(|d| assert_eq!(d.severity, Severity::Info))
            .map(|d| text[d.span.range()].to_string())
            .collect()
    };
    // A marker set apart by PyPDF.
    let text = fixture("variants/pypdf/ah-tk-20232024-1178.txt");
    let set_apart = diags(&text, codes::MARKER_SET_APART);
    assert!(
        set_apart.len() >= 8 && set_apart.iter().all(|m| m.parse::<u32>().is_ok()),
        "{set_apart:?}"
    );
    // Two bodies split without a label between them.
    let text = doc_text("ah-tk-20232024-2271.txt");
    let split = diags(&text, codes::NOTE_BODIES_SPLIT);
    assert!(
        split.contains(&"Zie www.zorgkaart.eetstoornissennetwerk.nl".to_string()),
        "{split:?}"
    );
    // Bodies without numbers.
    let text = fixture("variants/python-docx/jenv-2024-kv-niet-noodnummer-brandweer.txt");
    let unnumbered = diags(&text, codes::UNNUMBERED_NOTES);
    assert_eq!(unnumbered.len(), 1);
    assert!(
        unnumbered[0].starts_with("Geen spoed wel brandweer"),
        "{unnumbered:?}"
    );
    // A note whose marker the text lost: note 3 of answer 3 without its
    // "wetgeving3".
    let text =
        fixture("variants/pdftotext/ah-tk-20232024-1178.txt").replace("wetgeving3.", "wetgeving.");
    let lost = diags(&text, codes::NOTE_NOT_CITED);
    assert_eq!(lost.len(), 1, "{lost:?}");
    assert!(lost[0].starts_with("3\nText – H.R.7535"), "{lost:?}");
    assert!(
        diags(
            &fixture("variants/pdftotext/ah-tk-20232024-1178.txt"),
            codes::NOTE_NOT_CITED
        )
        .is_empty()
    );
}

#[test]
fn a_line_of_markers_alone() {
    // PyPDF2 prints the markers of two notes on a line of their own: "1 2".
    let text = doc_text("tk2024-007-");
    let doc = kamervragen::parse(&text);
    let q = question(&doc, "1");
    assert!(q.text.ends_with("wat is uwreactie hierop?"), "{}", q.text);
    assert_eq!(cites(&q.footnotes), ["1", "2"]);
    // A cubic metre set apart is no marker: "10,4 miljard m" / "3 aan aardgas".
    let text = doc_text("tk2024-076-");
    let doc = kamervragen::parse(&text);
    holds(&doc, "miljard m 3 aan aardgas");
    // A number inside a word is no marker ("memo’s106"); the "6" that
    // opens the next line is.
    let text = doc_text("tk2024-048-");
    let doc = kamervragen::parse(&text);
    holds(&doc, "memo’s106, 111 en 113?");
    let q = question(&doc, "45");
    assert_eq!(cites(&q.footnotes), ["6"], "{}", q.text);
}

// Issue 12 point 3, URLs in notes: a line break inside a URL is no space,
// and the hyphens and underscores at its line ends are the URL's.

/// The note of `doc` whose text holds `start`.
#[track_caller]
fn note_with<'a>(doc: &'a Document<'a>, start: &str) -> &'a str {
    doc.footnotes
        .iter()
        .map(|f| &*f.text)
        .find(|t| t.contains(start))
        .unwrap_or_else(|| panic!("no note holds {start:?}"))
}

#[test]
fn a_url_broken_over_lines_is_whole() {
    // pdftotext -layout: hyphens at the line ends of slugs stay.
    let text = doc_text("ah-tk-20232024-2367.layout");
    let doc = kamervragen::parse(&text);
    for url in [
        "bunq-werknemers-keken-stiekem-in-klantrekeningen-het-was",
        "vraagt-bunq-om-opheldering-over-rekeninggluren/",
        "wil-opheldering-van-bunq-over-gluren-naar-rekeningen)",
    ] {
        note_with(&doc, url);
    }
    // Every PDF extractor: the hyphen at the line end of a slug stays,
    // also across the empty line that pdfminer sets there.
    for tool in [
        "pymupdf",
        "pypdf",
        "pdftotext-layout",
        "pdftotext-raw",
        "pdfminer",
    ] {
        let text = fixture(&format!("variants/{tool}/ah-tk-20232024-1178.txt"));
        let doc = kamervragen::parse(&text);
        note_with(&doc, "/18/maak-je-organisatie-quantumveilig");
    }
    // An underscore at a line end, and inside the URL, is no emphasis; the
    // line after the scheme and a "%20…" line go on without a space.
    let text = doc_text("ah-tk-20232024-1292.txt");
    let doc = kamervragen::parse(&text);
    note_with(&doc, "www.internetconsultatie.nl/huisvesting_evacuees/b1");
    for text in [
        doc_text("ah-tk-20232024-1314.txt"),
        fixture("variants/pdftotext-layout/ah-tk-20232024-1314.txt"),
    ] {
        let doc = kamervragen::parse(&text);
        note_with(
            &doc,
            "https://www.movisie.nl/sites/movisie.nl/files/2022-03/\
             220315_%20Regenboogbeleid%20provincies%202022.pdf",
        );
        let ids: Vec<&str> = doc.references.iter().map(|r| r.id.as_str()).collect();
        assert!(
            ids.iter().any(|id| id.ends_with("provincies%202022.pdf")),
            "{ids:?}"
        );
    }
    // A number glued to a semicolon on the next line goes on with a query
    // value: in the note and in the reference's id.
    let text = doc_text("ienw-2023-npce");
    let doc = kamervragen::parse(&text);
    note_with(&doc, "detail?id=2022Z10845&did=2022D22249; hieruit");
    assert!(
        doc.references
            .iter()
            .any(|r| r.id.ends_with("did=2022D22249")),
        "{:?}",
        doc.references
    );
    // PyPDF keeps the line end inside the URL: it goes.
    let text = doc_text("tk2024-045-");
    let doc = kamervragen::parse(&text);
    note_with(
        &doc,
        "www.ft.com/content/ada8343c-3783-4600-9726-9aba86f3e38a",
    );
}

// Issue 12 point 3: a line break inside a sentence is a space in every
// field, line-break hyphens are repaired (PyPDF keeps the source's lines
// where a paragraph wrapped).

#[test]
fn note_bodies_and_questions_are_joined() {
    let text = doc_text("tk2024-001-");
    let doc = kamervragen::parse(&text);
    assert!(
        note(&doc, "1").contains("bedreigt uitvoering Zorgakkoord, https://nos.nl/"),
        "{}",
        note(&doc, "1")
    );
    let text = doc_text("tk2024-048-");
    let doc = kamervragen::parse(&text);
    let q = question(&doc, "8");
    assert!(
        q.text.contains("van een opsporingsdossier, geraadpleegd"),
        "{}",
        q.text
    );
    note_with(&doc, "heb ik de Raad van State verzocht");
    let text = doc_text("tk2024-042-");
    let doc = kamervragen::parse(&text);
    let q = question(&doc, "11");
    assert!(
        q.text.contains("niets in de Vierde Geneefse Conventie"),
        "{}",
        q.text
    );
    // A short line that ends with an article or a preposition goes on,
    // also before a capital.
    let text = doc_text("tk2024-036-");
    let doc = kamervragen::parse(&text);
    let q = question(&doc, "2");
    assert!(
        q.text
            .contains("verantwoording door het Zorginstituut verantwoording"),
        "{}",
        q.text
    );
    let text = doc_text("tk2024-027-");
    let doc = kamervragen::parse(&text);
    holds(&doc, "2024 is de Kamer recent");
    // The toelichting too, after its label's line.
    let text = doc_text("tk2024-019-");
    let doc = kamervragen::parse(&text);
    let t = &doc
        .kamervragen
        .as_ref()
        .unwrap()
        .toelichting
        .as_ref()
        .unwrap()
        .text;
    assert!(t.contains("van de leden Van Nispen (SP)"), "{t}");
    // A Word line break in a question.
    let text = doc_text("tk2024-046-");
    let doc = kamervragen::parse(&text);
    let q = question(&doc, "1");
    assert!(
        q.text.contains("het Schuberg Phyllis-onderzoek"),
        "{}",
        q.text
    );
    for doc_ in [&doc] {
        for t in texts(doc_) {
            assert!(!t.contains("Schuberg\n"), "{t}");
        }
    }
}

// Issue 12 point 3: words as the document itself spells them.

#[test]
fn hyphens_follow_the_documents_own_spelling() {
    // A hyphen the document prints inside a line stays at a line end.
    for text in [
        doc_text("ah-tk-20232024-1786.layout"),
        fixture("variants/pymupdf/ah-tk-20232024-1786.txt"),
    ] {
        let doc = kamervragen::parse(&text);
        let a = answer(&doc, "6");
        assert!(
            a.text.contains("internationale mvo-standaarden"),
            "{}",
            a.text
        );
    }
    // A hyphen printed inside a line is no evidence where the document also
    // prints the word joined (PyPDF writes some line ends inline).
    let text = doc_text("tk2024-040-");
    let doc = kamervragen::parse(&text);
    let q = question(&doc, "9");
    assert!(q.text.contains("van het Julianakanaal niet"), "{}", q.text);
    // Without evidence, a line-end hyphen between small letters goes.
    let text = doc_text("tk2024-075-");
    let doc = kamervragen::parse(&text);
    holds(&doc, "de ontwikkeling van de wachtlijsten in de jeugdzorg");
}

// Issue 12 point 4: a note never runs on into the letterhead that the
// extractor printed next to it at the end of the page.

#[test]
fn a_note_stops_before_the_running_letterhead() {
    let text = doc_text("ienw-2023-npce");
    let doc = kamervragen::parse(&text);
    let n = note(&doc, "4");
    assert!(n.ends_with("| Kamerstuk | Rijksoverheid.nl"), "{n}");
    for t in texts(&doc) {
        assert!(!t.contains("Waterstaat Kenmerk"), "{t}");
    }
    // Never silently: the letterhead lines beside the note are page
    // furniture, not lost between the note and the letter's paragraph.
    let end = doc
        .footnotes
        .iter()
        .find(|f| f.label == "4")
        .map(|f| f.span.end)
        .unwrap();
    let furniture: Vec<&str> = doc
        .noise
        .iter()
        .filter(|x| x.kind == kamervragen::NoiseKind::PageFurniture && x.span.start > end)
        .filter(|x| x.span.start < end + 100)
        .map(|x| &text[x.span.start..x.span.end])
        .collect();
    assert!(furniture.contains(&"Kenmerk"), "{furniture:?}");
    assert!(furniture.contains(&"Waterstaat"), "{furniture:?}");
}

// Issue 12 point 6: what goes to `noise` is named for what it is. A short
// Markdown rule between printed pages is page furniture.

#[test]
fn a_markdown_page_rule_is_page_furniture() {
    let text = doc_text("ah-tk-20232024-302.md");
    let doc = kamervragen::parse(&text);
    let rules: Vec<_> = doc
        .noise
        .iter()
        .filter(|n| &text[n.span.range()] == "-----")
        .collect();
    assert!(!rules.is_empty());
    for n in rules {
        assert_eq!(n.kind, kamervragen::NoiseKind::PageFurniture, "{n:?}");
    }
}

/// PyMuPDF's sorted text ends a page without a line end, so the page's
/// footer has the next page's first line glued after it ("…, Aanhangsel
/// 1standaarden … (mvo).2 Sinds"): that line opens the next page, and a
/// marker on it cites the note at that page's foot.
#[test]
fn marker_on_a_line_glued_to_the_footer_cites_its_note() {
    let text = fixture("variants-extra/pymupdf-sort/ah-tk-20232024-1786.txt");
    let doc = kamervragen::parse(&text);
    let a = answer(&doc, "2");
    assert!(
        a.text
            .contains("maatschappelijk verantwoord ondernemen (mvo). Sinds 1 januari 2022"),
        "{}",
        a.text
    );
    assert!(cites(&a.footnotes).contains(&"2"), "{:?}", a.footnotes);
    assert!(note(&doc, "2").starts_with("Voor de ekv betekent dit een beoordeling"));

    let text = fixture("variants-extra/pymupdf-sort/ah-tk-20232024-2271.txt");
    let doc = kamervragen::parse(&text);
    let a = answer(&doc, "12");
    assert!(
        a.text
            .contains("van 19 juni 2024 van mijn ambtsvoorganger. Daarin"),
        "{}",
        a.text
    );
    assert!(cites(&a.footnotes).contains(&"17"), "{:?}", a.footnotes);
}

/// A list whose items open with an en dash and a small letter, as the
/// publisher sets them ("opgenomen:" / "– woningzoekenden die …" / "…
/// verlaten en" / "– woningzoekenden die mantelzorg …"), keeps its lines.
#[test]
fn en_dash_items_keep_their_lines() {
    for dir in [
        "variants/pdftotext",
        "variants/pdftotext-raw",
        "variants/pypdf",
        "variants-extra/pdfplumber",
    ] {
        let text = text_in(dir, "ah-tk-20232024-1292");
        let doc = kamervragen::parse(&text);
        let a = &answer(&doc, "6").text;
        assert!(
            a.contains("worden opgenomen:\n– woningzoekenden die verblijven"),
            "{dir}: {a}"
        );
        assert!(
            a.contains("hebben verlaten en\n– woningzoekenden die mantelzorg"),
            "{dir}: {a}"
        );
    }
}

/// A letter and its combining mark are one character where Unicode has
/// one ("s" U+0327 is "ş"), whichever way the extractor set the mark (glued,
/// or apart: pdftotext prints "Yes ̧ ilgöz"): a name is spelled alike in
/// every text, for the user who groups by it.
#[test]
fn a_letter_and_its_combining_mark_are_one_character() {
    let dirs = extractor_dirs_of("ah-tk-20232024-1949");
    assert!(dirs.len() >= 13, "{dirs:?}");
    for dir in dirs {
        let text = text_in(&dir, "ah-tk-20232024-1949");
        let doc = kamervragen::parse(&text);
        let kv = doc.kamervragen.as_ref().unwrap();
        assert_eq!(
            kv.answered_by[0].name.as_deref(),
            Some("Yeşilgöz-Zegerius"),
            "{dir}"
        );
        let text = text_in(&dir, "ah-tk-20232024-1314");
        let doc = kamervragen::parse(&text);
        let kv = doc.kamervragen.as_ref().unwrap();
        assert!(
            kv.submitters.iter().any(|s| s.name == "Kostić"),
            "{dir}: {:?}",
            kv.submitters
        );
    }
}

/// A URL without scheme or "www." ("regiopurmerend.nl/2024/05/03/…", as
/// notes cite news) is a URL: a reference of its own, and its line-end
/// hyphen is the URL's ("…-weer-" / "vrijgelaten-…"), whichever extractor
/// broke, joined or marked it (pdfium's U+FFFE), in the note as in the
/// reference's id.
#[test]
fn a_bare_host_with_a_path_is_a_url() {
    let dirs = extractor_dirs_of("ah-tk-20232024-1949");
    assert!(dirs.len() >= 13, "{dirs:?}");
    for dir in dirs {
        let text = text_in(&dir, "ah-tk-20232024-1949");
        let doc = kamervragen::parse(&text);
        let url = "regiopurmerend.nl/2024/05/03/tieners-13-en-14-weer-vrijgelaten-na-verdenking-van-mishandeling-conducteur-in-purmerend/";
        assert!(note(&doc, "1").contains(url), "{dir}: {}", note(&doc, "1"));
        assert!(
            doc.references.iter().any(|r| r.id == url),
            "{dir}: {:?}",
            doc.references
        );
    }
}

/// pdftotext (and pymupdf4llm) join a word that the PDF broke at a line-end
/// hyphen and drop the hyphen, also where it is the word's own: in a URL
/// that makes a link that leads nowhere. The hyphen is back where the
/// URL's path spells the title before it ("…-woonwijken-ligt-tot-…" after
/// "In ruim 400 woonwijken ligt tot"); where no title shows it, the URL
/// stays as the extractor wrote it.
#[test]
fn url_hyphens_dropped_at_a_join_are_back_where_the_title_shows_them() {
    for dir in ["variants/pdftotext", "variants-extra/pymupdf4llm"] {
        let text = text_in(dir, "ah-tk-20232024-1771");
        let doc = kamervragen::parse(&text);
        assert!(
            note(&doc, "1").contains("/item/in-ruim-400-woonwijken-ligt-tot-10000-kilo-"),
            "{dir}: {}",
            note(&doc, "1")
        );
        let text = text_in(dir, "ah-tk-20232024-1980");
        let doc = kamervragen::parse(&text);
        assert!(
            note(&doc, "1").contains("-hebben-buurtzorg-stelselmatig-buitengesloten/)"),
            "{dir}: {}",
            note(&doc, "1")
        );
        let text = text_in(dir, "ah-tk-20232024-2367.t");
        let doc = kamervragen::parse(&text);
        assert!(
            note(&doc, "1").contains("/bunq-werknemers-keken-stiekem-in-klantrekeningen-het-was-"),
            "{dir}: {}",
            note(&doc, "1")
        );
        assert!(
            note(&doc, "3").contains("-opheldering-van-bunq-over-gluren-naar-rekeningen)"),
            "{dir}: {}",
            note(&doc, "3")
        );
        // No title before it: as printed ("…-over" / "rekeninggluren").
        assert!(
            note(&doc, "2").contains("-om-opheldering-overrekeninggluren/"),
            "{dir}: {}",
            note(&doc, "2")
        );
    }
    // A title word that pdfium broke with its mark ("verlei" U+FFFE
    // "delijk") is one word: the URL's "verleidelijk" is no two.
    let text = text_in("variants-extra/pypdfium2", "ah-tk-20232024-2367");
    let doc = kamervragen::parse(&text);
    assert!(
        note(&doc, "1").contains("-in-klantrekeningen-het-was-te-verleidelijk-a4857800"),
        "{}",
        note(&doc, "1")
    );
}

/// A word's own hyphen that an extractor dropped or marked where the word
/// broke over a line end is back where the document prints the word with
/// it inside a line: at pdfium's mark ("mvo" U+FFFE "standaarden", which
/// goes between small letters elsewhere), and in pymupdf4llm's paragraphs
/// where the document prints the word joined only once ("PKIconsortium",
/// "JosephAgema", "aanloopen volloopverliezen"). A word it prints joined
/// twice is its own spelling ("quantumproof" beside "quantum-proof").
#[test]
fn hyphens_printed_inside_a_line_are_back_where_a_join_dropped_them() {
    let text = text_in("variants-extra/pypdfium2", "ah-tk-20232024-1786");
    let doc = kamervragen::parse(&text);
    assert!(
        answer(&doc, "6")
            .text
            .contains("de internationale mvo-standaarden. Deze ESIA"),
        "{}",
        answer(&doc, "6").text
    );
    let dir = "variants-extra/pymupdf4llm";
    let doc_1786 = text_in(dir, "ah-tk-20232024-1786");
    let doc = kamervragen::parse(&doc_1786);
    assert!(
        answer(&doc, "6")
            .text
            .contains("de internationale mvo-standaarden.")
    );
    let text = text_in(dir, "ah-tk-20232024-1178");
    let doc = kamervragen::parse(&text);
    assert!(answer(&doc, "8").text.contains("Het PKI-consortium heeft"));
    assert!(
        answer(&doc, "2")
            .text
            .contains("tot quantumproof encryptie")
    );
    let text = text_in(dir, "ah-tk-20232024-1980");
    let doc = kamervragen::parse(&text);
    assert!(answer(&doc, "5").text.contains("de motie Joseph-Agema,"));
    let text = text_in(dir, "ah-tk-20232024-2210");
    let doc = kamervragen::parse(&text);
    assert!(
        answer(&doc, "13")
            .text
            .contains("de aanloop- en volloopverliezen worden afgedekt"),
        "{}",
        answer(&doc, "13").text
    );
}

/// pdftotext (its default mode) joins a line that ends with a hyphen and
/// the next into one line and drops the hyphen, the word's own too: the
/// hyphen is back where the joined word stands where a printed line ended
/// and the document prints the word with its hyphen inside a line, and
/// joined nowhere else ("PKIconsortium", "mvostandaarden", "JosephAgema"
/// in a line of three printed lines, "aanloopen volloopverliezen"). A word
/// the document prints only joined stays as it is.
#[test]
fn hyphens_that_pdftotext_dropped_in_its_joined_lines_are_back() {
    let dir = "variants/pdftotext";
    let cases = [
        (
            "ah-tk-20232024-1178",
            "8",
            "Het PKI-consortium heeft dit congres",
        ),
        (
            "ah-tk-20232024-1786",
            "6",
            "de internationale mvo-standaarden. Deze ESIA",
        ),
        ("ah-tk-20232024-1980", "5", "de motie Joseph-Agema, blijft"),
        (
            "ah-tk-20232024-2210",
            "13",
            "de aanloop- en volloopverliezen worden",
        ),
    ];
    for (name, number, says) in cases {
        for text in [text_in(dir, name), doc_text(&format!("{name}.txt"))] {
            let doc = kamervragen::parse(&text);
            let a = &answer(&doc, number).text;
            assert!(a.contains(says), "{name} {number}: {a}");
        }
    }
    // Printed joined only: "Cryptocommunicatie" (no "Crypto-communicatie").
    let text = text_in(dir, "ah-tk-20232024-1178");
    let doc = kamervragen::parse(&text);
    assert!(
        answer(&doc, "9")
            .text
            .contains("routekaart. Cryptocommunicatie van dcypher")
    );
}

/// A list item of one line needs no full stop: where it breaks early and
/// the next line starts a sentence that is no item, the list has ended and
/// a paragraph begins ("• Geografische spreiding" / "De aanvragen van …").
/// A bullet on a line of its own (PyMuPDF, pdfminer's "(cid:129)") has its
/// item after it, and no paragraph break.
#[test]
fn a_list_item_that_breaks_early_ends_the_list() {
    for dir in [
        "docs",
        "variants/pdfminer",
        "variants/pymupdf",
        "variants/pypdf",
    ] {
        let text = text_in(dir, "ah-tk-20232024-1432");
        let doc = kamervragen::parse(&text);
        let a = &answer(&doc, "4").text;
        assert!(!a.contains("•\n\n"), "{dir}: {a}");
        // (PyMuPDF prints the bullet and its item on two lines.)
        assert!(
            a.contains("• Geografische spreiding\n\nDe aanvragen van instellingen"),
            "{dir}: {a}"
        );
    }
}

/// A numbered list in wrapped PDF text keeps its lines, as a bullet list
/// does: a line that opens with "1.", "2)" or "1:" and a capital after a
/// sentence or a clause, the next number after an item ("3.
/// Levensduurverlenging en" / "4. Hoogwaardige verwerking."), or a dash and
/// a capital ("- In 2030 koopt …"). An item of more than one line ends
/// where its last line breaks early before a sentence ("… van
/// eetstoornissen" / "Een goede mentale gezondheid …"), and a number that
/// PyMuPDF or pdfminer sets on a line of its own stays with its item.
#[test]
fn a_numbered_list_keeps_its_lines() {
    for dir in [
        "docs",
        "variants/pdfminer",
        "variants/pymupdf",
        "variants/pypdf",
    ] {
        let text = text_in(dir, "ah-tk-20232024-2271");
        let doc = kamervragen::parse(&text);
        let a = &answer(&doc, "6").text;
        assert!(
            a.contains(
                "drie hoofdadviezen:\n1. De Gezondheidsraad adviseert om in te zetten op \
                 preventie en vroege behandeling van eetstoornissen\n\nEen goede mentale"
            ),
            "{dir}: {a}"
        );
        if dir != "variants/pdfminer" {
            // (pdfminer prints the numbers 2 and 3 apart from their items.)
            assert!(
                a.contains("te herkennen.\n2. Specifieke adviezen"),
                "{dir}: {a}"
            );
        }
    }
    for dir in ["docs", "variants/pymupdf", "variants/pypdf"] {
        let text = text_in(dir, "ah-tk-20232024-1771");
        let doc = kamervragen::parse(&text);
        let a = &answer(&doc, "2").text;
        assert!(
            a.contains("veilig te maken:\n1. Alle producten met een «screamer» effect"),
            "{dir}: {a}"
        );
        assert!(
            a.contains("papieren buizen.\n2. Alle producten"),
            "{dir}: {a}"
        );
    }
    let text = doc_text("ienw-2023-npce-circulaire-economie");
    let doc = kamervragen::parse(&text);
    let body = doc
        .letter
        .as_ref()
        .map(|l| {
            l.body
                .iter()
                .map(|p| p.text.as_ref())
                .collect::<Vec<_>>()
                .join("\n\n")
        })
        .unwrap_or_default();
    for want in [
        "aangrijpingspunten:\n1. Vermindering gebruik grondstoffen;\n2. Substitutie;\n\
         3. Levensduurverlenging en\n4. Hoogwaardige verwerking.",
        "in het NPCE zijn:\n1: Vermindering gebruik grondstoffen:\n- In 2030 koopt",
        "2: Substitutie\n- We zetten in op",
    ] {
        assert!(body.contains(want), "{want}: {body}");
    }
}

/// A line that ends a sentence with a note marker after its full stop
/// ("projectwebsite.7") ends its paragraph as one without a marker does,
/// where the next line is about full and would not have fitted after it.
/// pdftotext's raw mode and PyPDF break a line at a marker and go on with
/// the rest of the printed line: that is no paragraph break.
#[test]
fn a_marker_after_a_full_stop_does_not_hide_a_paragraph_end() {
    for dir in [
        "docs",
        "variants/pdftotext-raw",
        "variants/pymupdf",
        "variants/pdfminer",
    ] {
        let text = text_in(dir, "ah-tk-20232024-1786.t");
        let doc = kamervragen::parse(&text);
        let a = &answer(&doc, "6").text;
        assert!(
            a.contains("beschikbaar op de projectwebsite.\n\nConform de internationale"),
            "{dir}: {a}"
        );
        let text = text_in(dir, "ah-tk-20232024-2271");
        let doc = kamervragen::parse(&text);
        holds(&doc, "passende hulp zoeken.\n\nOok heeft K-EET");
    }
    let text = text_in("variants/pdftotext-raw", "ah-tk-20232024-1786");
    let doc = kamervragen::parse(&text);
    holds(&doc, "externe partij. De evaluatie stelt");
    let text = text_in("variants/pdftotext-raw", "jenv-2011-draagmoederschap");
    let doc = kamervragen::parse(&text);
    holds(&doc, "hoogtechnologisch draagmoederschap. Het VUmc");
}

/// A line that ends a sentence where the next line's first word would have
/// fitted within 92% of the line above ends its paragraph, also where the
/// text's median line is too short to tell ("… worden nageleefd." / "DNB
/// hanteert een risicogebaseerde …").
#[test]
fn the_line_above_measures_a_full_line() {
    for dir in [
        "docs",
        "variants/pdfminer",
        "variants/pymupdf",
        "variants/pypdf",
        "variants/pdftotext-raw",
    ] {
        let text = text_in(dir, "ah-tk-20232024-2367.t");
        let doc = kamervragen::parse(&text);
        holds(
            &doc,
            "zorgvuldigheidsnormen worden nageleefd.\n\nDNB hanteert een",
        );
        let text = text_in(dir, "ah-tk-20232024-1432");
        let doc = kamervragen::parse(&text);
        holds(
            &doc,
            "demissionair bewindspersoon.\n\nWel kan ik u meer inzicht",
        );
    }
}

/// A line that ends with a dash is no broken word: pandoc's Markdown prints
/// an en dash as "--", and the next line goes on after a space.
#[test]
fn a_dash_at_a_line_end_is_no_hyphen() {
    let text = text_in(
        "variants-extra/markdown",
        "jenv-2024-kv-niet-noodnummer-brandweer",
    );
    let doc = kamervragen::parse(&text);
    holds(&doc, "Signal of politie.nl -- en uiteraard ook fysiek");
}

/// A line that ends a sentence where the next line's first word would have
/// fitted ends its paragraph, also where the lines of its text are ragged
/// and the median line is some bytes short of the measure: "… van de
/// werkkostenregeling (WKR)." / "Daarnaast …" is 61 bytes where full lines
/// run to 78 and 80 (the PDF's geometry says "Daarnaast" would have fitted
/// with 38 points to spare). pymupdf4llm printed these two paragraphs as
/// one line: nothing tells them apart there.
#[test]
fn a_paragraph_ends_where_the_next_word_would_have_fitted() {
    for (name, number, end) in [
        (
            "ah-tk-20232024-1984",
            "2",
            "(WKR).\n\nDaarnaast kan elke werkgever",
        ),
        (
            "ah-tk-20232024-2168",
            "5",
            "uitvoeringsplan.\n\nMocht in de toekomst",
        ),
    ] {
        let dirs = extractor_dirs_of(name);
        assert!(dirs.len() >= 13, "{dirs:?}");
        for dir in dirs.iter().filter(|d| !d.ends_with("pymupdf4llm")) {
            let text = text_in(dir, name);
            let doc = kamervragen::parse(&text);
            let a = &answer(&doc, number).text;
            assert!(a.contains(end), "{dir} {name}: {a}");
        }
    }
}

/// PyPDF joins the lines of a paragraph in newer PDFs and keeps the hyphen
/// where a word broke at a line end, inside the joined line ("kleine
/// ziekenhui-zen ondersteunen"). Where the document prints the word joined
/// nearby ("ziekenhuizen", "emissiefactoren"), the hyphen is a line end's
/// and goes; a word printed nowhere joined keeps it ("btw-verhoging").
/// A line-end hyphen of a word the document prints with it stays there too
/// ("hiv-" / "besmettingen", where a note prints "hiv-besmettingen").
#[test]
fn line_end_hyphens_that_pypdf_wrote_inside_a_line_go() {
    let text = doc_text("tk2024-001-");
    let doc = kamervragen::parse(&text);
    holds(
        &doc,
        "Grote ziekenhuizen gaan kleine ziekenhuizen ondersteunen",
    );
    assert!(!texts(&doc).iter().any(|t| t.contains("ziekenhui-zen")));
    let text = doc_text("ah-tk-20222023-3649");
    let doc = kamervragen::parse(&text);
    holds(
        &doc,
        "De emissiefactoren zijn op dit moment nog niet aangepast",
    );
    let text = doc_text("tk2024-021-");
    let doc = kamervragen::parse(&text);
    holds(&doc, "De mate waarin de btw-verhoging wordt doorberekend");
    let text = doc_text("tk2024-010-");
    let doc = kamervragen::parse(&text);
    assert!(
        question(&doc, "7")
            .text
            .contains("het aantal hiv-besmettingen en"),
        "{}",
        question(&doc, "7").text
    );
}

/// PyPDF joins a paragraph's lines, often without a space: a sentence's
/// end glued to the next sentence ("bijstaan?Waarom zou",
/// "veranderen.Verschillende") gets its space back; an e-mail address or
/// a URL does not.
#[test]
fn sentences_that_pypdf_glued_are_apart() {
    let text = doc_text("tk2024-016-");
    let doc = kamervragen::parse(&text);
    holds(&doc, "bijstaan? Waarom zou");
    let text = doc_text("tk2024-001-");
    let doc = kamervragen::parse(&text);
    holds(&doc, "te veranderen. Verschillende componenten");
    assert!(
        !texts(&doc)
            .iter()
            .any(|t| t.contains("veranderen.Verschillende"))
    );
}

/// PyPDF glues a list item to the colon or semicolon that ends the line
/// before it ("veranderen:1. Bekostiging", "paardachtige;– Uiterlijk"):
/// the item opens a line, as the items printed on lines of their own do.
#[test]
fn list_items_that_pypdf_glued_open_their_line() {
    for (doc, lined) in [
        ("tk2024-001-", "te veranderen:\n1. Bekostiging op basis"),
        (
            "tk2024-030-",
            "eenpaardachtige;\n– Uiterlijk binnen 9 maanden",
        ),
        ("tk2024-030-", "van het paard;\n– op verzoek van"),
        ("tk2024-070-", "waaronder:\n– de afspraak tijdens COP28"),
    ] {
        let text = doc_text(doc);
        let doc = kamervragen::parse(&text);
        holds(&doc, lined);
    }
}

/// A Word paragraph that ends with a comma and goes on with a small word
/// ("verwerving van honden," / "selectie van geleiders") is one sentence:
/// a space in every extractor's text, whether it set a line end after the
/// paragraph (POI, python-docx) or a blank line (docx2txt, mammoth).
#[test]
fn a_word_paragraph_ending_in_a_comma_goes_on() {
    let name = "jenv-2024-kv-politiehonden";
    let dirs = extractor_dirs_of(name);
    assert!(dirs.len() >= 12, "{dirs:?}");
    for dir in dirs {
        let text = fixture(&format!("{dir}/{name}.txt"));
        let doc = kamervragen::parse(&text);
        assert!(
            texts(&doc)
                .iter()
                .any(|t| t.contains("verwerving van honden, selectie van geleiders")),
            "{dir}"
        );
    }
}

/// A note is one paragraph: a line break inside it is a space, after a
/// quoted title before its URL ("… uit afval». / (https://…)") and after a
/// URL before the page's title ("…-facebook" / "[A/C Priv] …").
#[test]
fn a_note_has_no_line_break_inside() {
    let text = doc_text("tk2024-027-");
    let doc = kamervragen::parse(&text);
    assert!(note(&doc, "1").contains("uit afval». (https://energeia.nl/"));
    let text = doc_text("tk2024-069-");
    let doc = kamervragen::parse(&text);
    assert!(note(&doc, "3").contains("-facebook [A/C Priv] - [IG] Draft"));
    for doc in ["tk2024-027-", "tk2024-069-", "tk2024-030-"] {
        let text = doc_text(doc);
        let doc = kamervragen::parse(&text);
        for n in &doc.footnotes {
            assert!(!n.text.contains('\n'), "{:?}", n.text);
        }
    }
}

/// A line that ends a sentence inside a quotation, or ends with an
/// abbreviation, does not end the paragraph: "«… van iedereen. Dat is in
/// strijd met de wet»", "(UN doc. A/77/328 …)".
#[test]
fn a_quotation_or_an_abbreviation_goes_on_over_the_line() {
    for (doc, text) in [
        ("tk2024-048-", "van iedereen. Dat is in strijd met de wet»"),
        ("tk2024-051-", "toegang voor zorg. Hierbij vind ik"),
        ("tk2024-042-", "(UN doc. A/77/328 (14 September 2022)"),
    ] {
        let src = doc_text(doc);
        let parsed = kamervragen::parse(&src);
        holds(&parsed, text);
    }
}

/// A line that ends in a dash after a space ("tot de erga omnes -"), where
/// the next goes on with a small word, goes on: a space, no line break.
#[test]
fn a_line_ending_in_a_spaced_dash_goes_on() {
    let src = doc_text("tk2024-042-");
    let parsed = kamervragen::parse(&src);
    holds(&parsed, "tot de erga omnes - verplichtingen behoort");
}

/// A diacritic that PyPDF set apart from its letter by a space ("Kostic ´
/// (PvdD)") goes onto the letter, in the heading and the member's name.
#[test]
fn a_diacritic_set_apart_by_a_space_goes_onto_its_letter() {
    for doc in ["tk2024-030-", "ah-tk-20232024-1433.partial"] {
        let src = doc_text(doc);
        let parsed = kamervragen::parse(&src);
        let kv = parsed.kamervragen.as_ref().expect("kamervragen");
        let names: Vec<&str> = kv.submitters.iter().map(|m| m.name.as_ref()).collect();
        assert_eq!(names, ["Kostić"], "{doc}");
        let heading = kv.heading.as_ref().expect("heading");
        assert!(
            heading
                .text
                .contains("Vragen van het lid Kostić (PvdD) aan de"),
            "{doc}: {}",
            heading.text
        );
    }
}

/// PyPDF text whose many short lines (labels, notes, page furniture) make
/// its layout look wrapped is still read as the paragraph lines it has:
/// a line end's hyphen that PyPDF kept inside a joined line goes where the
/// document prints the word joined nearby, and a sentence it glued to the
/// next gets its space.
#[test]
fn pypdf_paragraph_lines_among_short_lines_are_repaired() {
    for (dir, doc, text) in [
        (
            "docs",
            "tk2024-040-",
            "de stremming van het Julianakanaal te beoordelen?",
        ),
        (
            "docs",
            "tk2024-040-",
            "gedeeltelijk drooggezet. Het drooggezette gedeelte",
        ),
        (
            "extra/docs",
            "tk2024-020-",
            "over een capaciteitsfixus op trajecten",
        ),
        ("docs", "tk2024-085-", "signaal is ontvangen van Logius"),
    ] {
        holds_in(dir, doc, text);
    }
}

/// A line broken after the slash between two words ("maatregelen/" /
/// "projecten") joins without a space, whichever extractor made the text.
#[test]
fn a_line_broken_after_a_slash_between_words_joins_without_a_space() {
    let mut dirs = vec!["docs".to_string()];
    dirs.extend(extractor_dirs_of("ah-tk-20232024-2210"));
    for dir in dirs {
        if dir.ends_with("pdfplumber") || dir.ends_with("pymupdf4llm") {
            // (pdfplumber sets CO2's subscript between the two lines;
            // pymupdf4llm joined them with a space, "maatregelen/ projecten",
            // which a text can also print.)
            continue;
        }
        holds_in(
            &dir,
            "ah-tk-20232024-2210",
            "CO2-reducerende maatregelen/projecten en",
        );
    }
}

/// pdftotext (its default mode) joins a line that ends in a hyphen with the
/// next: whether such a line ends its paragraph short of a full line is
/// asked of its last printed line ("… exportkrediet-" / "verzekeraars."),
/// as pdftotext's raw mode and pdfplumber print it.
#[test]
fn a_paragraph_ends_after_a_line_that_pdftotext_joined() {
    for (doc, text) in [
        (
            "ah-tk-20232024-1786.txt",
            "exportkredietverzekeraars.\n\nAls er in projecten",
        ),
        (
            "ah-tk-20232024-2210.txt",
            "Energieverkenning (KEV).\n\nIk begrijp de zorgen",
        ),
        (
            "ah-tk-20232024-878.txt",
            "vertegenwoordigingsvoorzieningen.\n\nHandelingsbekwame",
        ),
    ] {
        for dir in ["docs", "variants/pdftotext", "variants/pdftotext-raw"] {
            holds_in(dir, doc, text);
        }
    }
}

/// A full stop alone on its line after a note marker ("… ambtsvoorganger17"
/// / "." / "Daarin …", pdftotext's raw mode and pdfium) closes the printed
/// line before it, which is full: no paragraph ends there, as in the other
/// extractors' texts.
#[test]
fn a_full_stop_alone_after_a_marker_closes_the_line_before() {
    for dir in [
        "variants/pdftotext",
        "variants/pdftotext-raw",
        "variants-extra/pypdfium2",
    ] {
        for text in [
            "tot stand gekomen. Daarin is ook specifiek",
            "van mijn ambtsvoorganger. Daarin is aangegeven",
        ] {
            holds_in(dir, "ah-tk-20232024-2271", text);
        }
    }
}

/// An en dash item that opens with a bracket ("– (vrijwillig) DigiD
/// Machtigen en") opens its line after a colon, and the item after it too.
#[test]
fn a_dash_item_opening_with_a_bracket_opens_its_line() {
    for dir in [
        "docs",
        "variants/pdftotext",
        "variants/pdftotext-raw",
        "variants/pypdf",
    ] {
        let want = "voorzieningen voor:\n– (vrijwillig) DigiD Machtigen en\n– Wettelijk";
        holds_in(dir, "ah-tk-20232024-878.txt", want);
    }
}

/// A URL broken after "/" before its last word, alone on the next line,
/// is one URL in the note and in the references.
#[test]
fn a_url_broken_before_its_last_word_is_whole() {
    let text = doc_text("tk2024-030-");
    let doc = kamervragen::parse(&text);
    let url = "https://www.nvwa.nl/onderwerpen/vervoer-levende-dieren/inspectieresultaten";
    assert!(
        note(&doc, "3").contains(&format!("{url}.")),
        "{}",
        note(&doc, "3")
    );
    assert!(doc.references.iter().any(|r| r.id == url));
}

/// Two words PyPDF glued where it joined lines, the second opening with a
/// capital ("in dePalestijnse Gebieden", "de PalestijnseGebieden"), get
/// their space back where the document prints both words nearby; a name
/// written so ("TikTok") stays.
#[test]
fn words_glued_at_a_line_join_get_their_space() {
    holds_in("docs", "tk2024-042-", "in de Palestijnse Gebieden. Op 18");
    holds_in(
        "docs",
        "tk2024-042-",
        "tussen Israël en de Palestijnse Gebieden vertroebelen",
    );
    holds_in("docs", "tk2024-042-", "het Openbaar Ministerie, waarin");
    holds_in("docs", "tk2024-069-", "op TikTok");
    // The headings are joined without the joiner, and respelled too.
    let src = text_in("extra/docs", "tk2024-023-");
    let doc = kamervragen::parse(&src);
    let kv = doc.kamervragen.as_ref().expect("kamervragen");
    let heading = &kv.heading.as_ref().expect("heading").text;
    let answer_heading = &kv.answer_heading.as_ref().expect("answer heading").text;
    assert!(heading.contains("voor Buitenlandse Handel en"), "{heading}");
    assert!(
        answer_heading.contains("en van Buitenlandse Zaken (ontvangen")
            && answer_heading.contains("Zie ook Aanhangsel Handelingen, vergaderjaar"),
        "{answer_heading}"
    );
}
