//! The minister's letter, rule by rule: each test reads a real corpus
//! letter (or the same letter through another extractor) that shows the
//! rule, and checks what the letter itself prints.

use std::fs;
use std::path::Path;

use kamervragen::{Document, FootnoteKind, Kind, Letter, parse};

fn fixture(path: &str) -> String {
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(path);
    String::from_utf8_lossy(&fs::read(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display())))
        .into_owned()
}

fn letter<'a>(doc: &'a Document<'_>) -> &'a Letter<'a> {
    doc.letter.as_ref().expect("a letter")
}

/// Whitespace collapsed, for comparing joined text.
fn flat(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn body_text(l: &Letter<'_>) -> Vec<String> {
    l.body.iter().map(|p| flat(&p.text)).collect()
}

fn other_text(l: &Letter<'_>) -> Vec<String> {
    l.other_lines.iter().map(|f| flat(&f.text)).collect()
}

// --- Letters as the publisher prints them (point 8) ---

/// "Den Haag, 21 december 2011" dates a published letter, which has no
/// letterhead, salutation or closing; the heading names who writes, and the
/// two-line signature gives role and name.
#[test]
fn publisher_letter_date_heading_and_signature() {
    let text = fixture("docs/bzk-2011-motie-tweebestuurslagen-uitstel.web.txt");
    let doc = parse(&text);
    assert_eq!(doc.kind, Kind::Letter);
    assert_eq!(doc.date.unwrap().to_string(), "2011-12-21");
    let l = letter(&doc);
    assert_eq!(
        l.heading.as_deref(),
        Some("Nr. 6 BRIEF VAN DE MINISTER VAN BINNENLANDSE ZAKEN EN KONINKRIJKSRELATIES")
    );
    assert_eq!(l.signatories.len(), 1);
    assert_eq!(l.signatories[0].name, "J. W. E. Spies");
    assert_eq!(
        l.signatories[0].role.as_deref(),
        Some("minister van Binnenlandse Zaken en Koninkrijksrelaties")
    );
    let body = body_text(l);
    assert!(body[0].starts_with("Naar aanleiding van de motie van de leden Koopmans"));
    assert_eq!(
        body.last().unwrap(),
        "Beantwoording zal zo spoedig mogelijk plaatsvinden."
    );
    // The dossier line stays as printed; the page's "Naar boven" is noise.
    assert_eq!(other_text(l), ["32 749 Bestuursakkoord 2011–2015"]);
    assert!(
        doc.noise
            .iter()
            .any(|n| &text[n.span.range()] == "Naar boven")
    );
}

/// One-line signatures: the role has commas of its own ("Onderwijs, Cultuur
/// en Wetenschap"), the name follows the last one.
#[test]
fn publisher_letter_one_line_signature() {
    let text = fixture("docs/ocw-2012-reactie-artikel23-onderwijsraad.web.txt");
    let doc = parse(&text);
    let l = letter(&doc);
    assert_eq!(l.signatories.len(), 1);
    assert_eq!(l.signatories[0].name, "J. M.van Bijsterveldt-Vliegenthart");
    assert_eq!(
        l.signatories[0].role.as_deref(),
        Some("minister van Onderwijs, Cultuur en Wetenschap")
    );
    let text = fixture("docs/venj-2017-motie-voordewind.web.txt");
    let doc = parse(&text);
    let l = letter(&doc);
    assert_eq!(l.signatories[0].name, "K.H.D.M. Dijkhoff");
    assert_eq!(
        l.signatories[0].role.as_deref(),
        Some("staatssecretaris van Veiligheid en Justitie")
    );
    // The last body paragraph is the letter's, not the signature line.
    assert!(
        body_text(l)
            .last()
            .unwrap()
            .ends_with("waarna ik uw Kamer spoedig zal informeren.")
    );
}

/// The web page's furniture before the heading ("Kamerstuk", the metadata
/// table glued together) is noise; the dossier and number lines are kept.
#[test]
fn publisher_web_page_furniture() {
    let text = fixture("docs/szw-2020-reactie-pocob-eindverslag.web.txt");
    let doc = parse(&text);
    let l = letter(&doc);
    assert_eq!(
        other_text(l),
        ["35 228 Parlementaire ondervraging ongewenste beïnvloeding uit onvrije landen"]
    );
    let noise: Vec<&str> = doc.noise.iter().map(|n| &text[n.span.range()]).collect();
    assert!(noise.contains(&"Kamerstuk"), "{noise:?}");
    assert!(
        noise.contains(&"Tweede Kamer der Staten-Generaal2019-202035228 nr. 6"),
        "{noise:?}"
    );
    assert_eq!(doc.date.unwrap().to_string(), "2020-08-11");
    assert_eq!(l.signatories[0].name, "W. Koolmees");
    assert!(doc.unclaimed.is_empty(), "{:?}", doc.unclaimed);
}

/// "mede namens" in the opening sentence names the ministers on whose
/// behalf the letter is sent.
#[test]
fn mede_namens_in_the_opening_sentence() {
    let text = fixture("docs/vws-2018-planning-rapport-fipronil.web.txt");
    let doc = parse(&text);
    let l = letter(&doc);
    assert_eq!(l.signatories[0].name, "B.J. Bruins");
    assert_eq!(
        l.signatories[0].role.as_deref(),
        Some("minister voor Medische Zorg")
    );
    assert_eq!(
        l.signatories[0].on_behalf_of,
        ["minister van Landbouw, Natuur en Voedselkwaliteit"]
    );
    // Five ministers, in a wrapped sentence; the list ends at "het".
    let text = fixture("docs/ienw-2023-npce-circulaire-economie.txt");
    let doc = parse(&text);
    assert_eq!(
        letter(&doc).signatories[0].on_behalf_of,
        [
            "minister voor Volkshuisvesting en Ruimtelijke Ordening",
            "minister van Economische Zaken en Klimaat",
            "minister van Landbouw, Natuur en Voedselkwaliteit",
            "minister voor Klimaat en Energie",
            "minister voor Buitenlandse Handel en Ontwikkelingssamenwerking",
        ]
    );
}

/// A body paragraph that starts with "Mede namens …" and goes on as a
/// sentence is body text, not the line above a signature.
#[test]
fn mede_namens_sentence_is_body() {
    let text = fixture("docs/defensie-2010-verkenningen-eindrapport.web.txt");
    let doc = parse(&text);
    let l = letter(&doc);
    let body = body_text(l);
    assert_eq!(body.len(), 3);
    assert!(body[2].starts_with("Mede namens de minister van Buitenlandse Zaken"));
    assert_eq!(l.signatories[0].name, "E. van Middelkoop");
    assert_eq!(
        l.signatories[0].on_behalf_of,
        [
            "minister van Buitenlandse Zaken",
            "minister van Binnenlandse Zaken en Koninkrijksrelaties",
            "minister van Justitie",
            "minister voor Ontwikkelingssamenwerking",
            "minister van Financiën",
        ]
    );
}

// --- Letters as the ministry prints them (points 1-4) ---

/// The colofon gives the sender: the directorate printed over three lines
/// (no ministry is printed), the directie and address lines, the website.
#[test]
fn sender_colofon_directorate_over_three_lines() {
    let text = fixture("docs/jenv-2011-draagmoederschap.txt");
    let doc = parse(&text);
    let l = letter(&doc);
    let s = l.sender.as_ref().expect("sender");
    assert_eq!(
        s.organisation.as_deref(),
        Some("Directoraat-Generaal Preventie, Jeugd en Sancties")
    );
    assert_eq!(s.website.as_deref(), Some("www.rijksoverheid.nl/venj"));
    assert_eq!(
        s.lines,
        [
            "Directie Justitieel Jeugdbeleid",
            "DJJ",
            "Schedeldoekshaven 100",
            "2511 EX Den Haag",
            "Postbus 20301",
            "2500 EH Den Haag"
        ]
    );
}

/// A letter without salutation: the body starts after the letterhead; body
/// lines that start with "onderwerp" are body, not subjects; the body ends
/// at the signature.
#[test]
fn body_without_salutation() {
    let text = fixture("docs/jenv-2011-draagmoederschap.txt");
    let doc = parse(&text);
    let l = letter(&doc);
    assert_eq!(l.subject.as_deref(), Some("Draagmoederschap"));
    assert_eq!(
        l.fields.iter().filter(|f| f.name == "subject").count(),
        1,
        "{:?}",
        l.fields
    );
    let body = body_text(l);
    assert!(body[0].starts_with("Draagmoederschap is een complex onderwerp waar de samenleving"));
    assert!(body.last().unwrap().ends_with(
        "Vervolgens wil ik graag met uw Kamer over dit onderwerp van gedachten wisselen om de verdere voortgang rondom dit onderwerp te kunnen bepalen."
    ));
    // Nothing of the body is left in other_lines.
    assert!(l.other_lines.is_empty(), "{:?}", other_text(l));
}

/// The cover letter of an answer letter: its body is the one sentence
/// printed over two Word paragraphs ("… deel ik u mede" / "dat de vragen
/// …"), before the "Mede namens" line of the signature; the annex title is
/// not body. The addressee is printed over four lines.
#[test]
fn cover_letter_body_recipient_and_sender() {
    let text = fixture("docs/jenv-2024-kv-politiehonden.txt");
    let doc = parse(&text);
    let l = letter(&doc);
    let body = body_text(l);
    assert_eq!(body.len(), 1, "{body:?}");
    assert!(body[0].starts_with(
        "In antwoord op uw brief van 8 juli 2024, nr. 2024Z11889, deel ik u mede dat de vragen"
    ));
    assert!(body[0].ends_with("worden beantwoord zoals aangegeven in de bijlage van deze brief."));
    let r = l.recipient.as_ref().expect("recipient");
    assert_eq!(
        r.lines,
        [
            "Aan de Voorzitter van de Tweede",
            "Kamer der Staten-Generaal",
            "Postbus 20018 2500 EA",
            "Den Haag"
        ]
    );
    assert_eq!(r.chamber, Some(kamervragen::Chamber::TweedeKamer));
    let s = l.sender.as_ref().expect("sender");
    assert_eq!(
        s.organisation.as_deref(),
        Some("Directoraat-Generaal Politie en Veiligheidsregio’s")
    );
    assert_eq!(s.website.as_deref(), Some("www.rijksoverheid.nl/jenv"));
    assert_eq!(l.signatories.len(), 1);
    assert_eq!(
        l.signatories[0].on_behalf_of,
        ["minister van Landbouw, Visserij, Voedselzekerheid en Natuur"]
    );
    // Left: the project name, the empty first-page reference and a page
    // number; not the annex title (the answer heading), nor the later
    // page's repeated directorate and date.
    let other = other_text(l);
    assert!(other.iter().any(|o| o == "Projectnaam"));
    assert!(
        !other
            .iter()
            .any(|o| o.starts_with("Antwoorden van de minister")),
        "{other:?}"
    );
    assert!(
        !other
            .iter()
            .any(|o| o.starts_with("Directoraat") || o == "Datum"),
        "{other:?}"
    );
    assert_eq!(
        l.fields.iter().filter(|f| f.name == "date").count(),
        2,
        "both printed dates are fields"
    );
}

/// The first page wins, and a later page's colofon never ends up in the
/// body: the ministry's name repeated on every page of PDF text is
/// claimed by the sender; the subject printed over two lines is read
/// whole.
#[test]
fn later_pages_colofon_is_not_body() {
    let text = fixture("docs/ienw-2023-npce-circulaire-economie.txt");
    let doc = parse(&text);
    let l = letter(&doc);
    assert_eq!(
        l.subject.as_deref(),
        Some(
            "Nationaal Programma Circulaire Economie 2023-2030 (NPCE) incl. kabinetsreactie op ICER en SER-verkenning"
        )
    );
    assert_eq!(
        l.sender.as_ref().unwrap().organisation.as_deref(),
        Some("Ministerie van Inf rastructuur en Waterstaat")
    );
    for p in body_text(l) {
        assert!(!p.contains("Ministerie van Inf rastructuur"), "{p}");
    }
    let body = body_text(l);
    assert!(body[0].starts_with("Met deze Kamerbrief bied ik u"));
    assert!(
        body.last()
            .unwrap()
            .ends_with("naar mogelijkheden om de doelen binnen bereik te brengen.")
    );
}

/// A prose annex after the signature ("Bijlage: …", its paragraphs and a
/// bullet list) is the letter's `annex`: its paragraphs joined as the
/// body's are (the running letterhead that the PDF text interleaves left
/// out), its bullets "•" whatever glyph the font had (the Symbol font's
/// U+F0B7 here), and its note markers cite notes 5 and 6; nothing of it is
/// left in `other_lines` or in the letterhead's fields, and the letter no
/// longer says that text follows the signature.
#[test]
fn prose_annex_after_the_signature() {
    let text = fixture("docs/ienw-2023-npce-circulaire-economie.txt");
    let doc = parse(&text);
    let l = letter(&doc);
    let annex = l.annex.as_ref().expect("the annex");
    assert_eq!(
        annex.title.text,
        "Bijlage: Mogelijke aanvullende maatregelen op het NPCE"
    );
    assert_eq!(
        &text[annex.title.span.range()],
        "Bijlage: Mogelijke aanvullende maatregelen op het NPCE"
    );
    let pars: Vec<String> = annex.paragraphs.iter().map(|p| flat(&p.text)).collect();
    assert!(
        pars[0].starts_with(
            "In het Nationaal Programma Circulaire Economie 2023-2030 zijn alleen maatregelen en acties opgenomen waar we middelen voor hebben. Voor de volgende aanvullende maatregelen en acties zijn (nog) geen middelen: • Circulair uitvoeren andere transities (zoals klimaatagenda en bouwopgave) uitgebreider dan huidige inzet; • Opschalingsregeling Circulaire Economie (volgens systematiek SDE++); • Meerkosten vergoeden bij"
        ),
        "{}",
        pars[0]
    );
    assert!(pars[0].ends_with(
        "• Een onderzoeksagenda opstellen om de gaten in beschikbare data op te vullen."
    ));
    assert_eq!(pars[0].matches('•').count(), 10, "{}", pars[0]);
    assert!(pars.last().unwrap().ends_with(
        "(o.a. RWS, RVO) en, in sommige gevallen medeoverheden, en de budgettaire gevolgen."
    ));
    for p in &pars {
        for foreign in [
            "\u{f0b7}",
            "Ministerie van",
            "Kenmerk",
            "BSK-2023",
            "P agina",
        ] {
            assert!(!p.contains(foreign), "{foreign:?} in {p}");
        }
    }
    // The markers left the text ("Mulder (CDA).5", "HUF-toets6") and cite
    // their notes.
    let citing = |words: &str| {
        annex
            .paragraphs
            .iter()
            .find(|p| flat(&p.text).contains(words))
            .unwrap_or_else(|| panic!("{words}"))
    };
    // "… Kamerlid Mulder" / "(CDA).5" / "De voorgestelde …": the paragraph
    // ends at the marker after its full stop, and the next is its own.
    let mulder = citing("Tweede Kamerlid Mulder (CDA).");
    assert!(mulder.text.ends_with("Mulder (CDA)."), "{}", mulder.text);
    let labels: Vec<&str> = mulder.footnotes.iter().map(|n| n.label.as_str()).collect();
    assert_eq!(labels, ["5"]);
    let next = citing("De voorgestelde wetgevende maatregelen");
    assert!(next.text.starts_with("De voorgestelde"), "{}", next.text);
    assert!(annex.paragraphs.iter().all(|p| !p.text.contains("\n\n")));
    let huf = citing("met een HUF-toets nader in kaart worden gebracht.");
    assert!(huf.footnotes.iter().any(|n| n.label == "6"));
    let cited: Vec<&str> = annex
        .paragraphs
        .iter()
        .flat_map(|p| p.footnotes.iter().map(|n| n.label.as_str()))
        .collect();
    assert_eq!(cited, ["5", "6"]);
    // Nothing after the signature is left as other lines or fields.
    let signed = l.signatories.last().unwrap().span.end;
    assert!(
        l.other_lines.iter().all(|f| f.span.end <= signed),
        "{:?}",
        other_text(l)
    );
    // (The running header's "Kenmerk" is listed as printed, as on every
    // page.)
    assert!(
        l.fields
            .iter()
            .all(|f| f.span.end <= signed || f.name == "our_reference")
    );
    assert_eq!(l.attachments.as_deref(), Some("4"));
    assert!(
        doc.diagnostics
            .iter()
            .all(|d| d.code != "text_after_signature")
    );
    assert!(doc.unclaimed.is_empty(), "{:?}", doc.unclaimed);
    // The body still ends before the closing.
    assert!(
        body_text(l)
            .last()
            .unwrap()
            .ends_with("naar mogelijkheden om de doelen binnen bereik te brengen.")
    );
}

// --- Any extractor (point 7) ---

/// Word text whose headers come first (docx2txt): the later pages' header
/// ("Datum 11 april 2024") is printed before the first page's letterhead;
/// the date printed with the subject is the letter's.
#[test]
fn first_page_date_wins_over_earlier_printed_header() {
    let text = fixture("variants/docx2txt/jenv-2024-kv-hoofddoekjes-boa.txt");
    let doc = parse(&text);
    assert_eq!(doc.kind, Kind::AnswerLetter);
    assert_eq!(doc.date.unwrap().to_string(), "2024-05-16");
}

/// Labels and values printed apart (pdfminer): "Datum", "Onderwerp
/// Draagmoederschap", then "1 maart 2011": the date goes to "Datum", never
/// to the subject.
#[test]
fn labels_and_values_printed_apart() {
    let text = fixture("variants/pdfminer/jenv-2011-draagmoederschap.txt");
    let doc = parse(&text);
    let l = letter(&doc);
    assert_eq!(doc.date.unwrap().to_string(), "2011-03-01");
    assert_eq!(l.subject.as_deref(), Some("Draagmoederschap"));
    assert_eq!(l.our_reference.as_deref(), Some("5687928/11"));
    // The colofon sits after the first page's text; it is the sender, not
    // body.
    assert_eq!(
        l.sender.as_ref().unwrap().organisation.as_deref(),
        Some("Directoraat-Generaal Preventie, Jeugd en Sancties")
    );
    for p in body_text(l) {
        assert!(!p.contains("Schedeldoekshaven"), "{p}");
    }
}

/// python-docx leaves the letterhead table out: the letter is recognised
/// by its cover text ("In antwoord op uw brief …") or its signature, and a
/// name alone above the annex signs it.
#[test]
fn letter_without_letterhead_table() {
    let text = fixture("variants/python-docx/jenv-2023-kv-milieudelicten-politie.txt");
    let doc = parse(&text);
    assert_eq!(doc.kind, Kind::AnswerLetter);
    let body = body_text(letter(&doc));
    assert_eq!(body.len(), 1);
    assert!(body[0].starts_with("In antwoord op uw brief van 9 november 2023"));
    let text = fixture("variants/python-docx/jenv-2024-kv-politiehonden.txt");
    let doc = parse(&text);
    assert_eq!(doc.kind, Kind::AnswerLetter);
    let l = letter(&doc);
    assert_eq!(l.signatories.len(), 1);
    assert_eq!(l.signatories[0].name, "D.M. van Weel");
    let text = fixture("variants/python-docx/jenv-2024-kv-politiebureau-wolvega.txt");
    let doc = parse(&text);
    assert_eq!(doc.kind, Kind::AnswerLetter);
    let l = letter(&doc);
    assert_eq!(l.signatories[0].name, "D.M. van Weel");
    assert_eq!(
        l.signatories[0].role.as_deref(),
        Some("minister van Justitie en Veiligheid")
    );
}

/// pandoc draws the letterhead as a grid table: each cell is read whole, a
/// label whose word the narrow column broke ("On" / "derwerp") included;
/// the table borders are noise, not text.
#[test]
fn pandoc_grid_table_letterhead() {
    let text = fixture("variants/pandoc-plain/jenv-2024-kv-hoofddoekjes-boa.txt");
    let doc = parse(&text);
    assert_eq!(doc.kind, Kind::AnswerLetter);
    assert_eq!(doc.date.unwrap().to_string(), "2024-05-16");
    let l = letter(&doc);
    assert_eq!(
        l.subject.as_deref(),
        Some(
            "Beantwoording Kamervragen van de leden Lahlah en Chakor (GroenLinks-PvdA) over verbieden van hoofddoekjes en andere religieuze uitingen bij boa’s"
        )
    );
    assert_eq!(l.our_reference.as_deref(), Some("5401166"));
    let s = l.sender.as_ref().expect("sender");
    assert_eq!(
        s.organisation.as_deref(),
        Some("Directoraat-Generaal Politie en Veiligheidsregio’s")
    );
    assert_eq!(s.website.as_deref(), Some("www.rijksoverheid.nl/jenv"));
    let body = body_text(l);
    assert_eq!(body.len(), 1, "{body:?}");
    assert!(body[0].starts_with("In het antwoord op uw brief van 8 maart 2024"));
    assert!(body[0].ends_with("zoals aangegeven in de bijlage van deze brief."));
    assert_eq!(l.signatories[0].name, "D. Yeşilgöz-Zegerius");
    let texts = l.fields.iter().map(|f| &f.text);
    for t in texts.chain(l.other_lines.iter().map(|f| &f.text)) {
        assert!(!t.contains('|'), "{t:?}");
    }
}

/// The signature in a table inside a table cell: the "Mede namens" line
/// and the role wrap inside the cell and are read whole.
#[test]
fn pandoc_signature_in_a_table_cell() {
    let text = fixture("variants/pandoc-plain/jenv-2023-kv-milieudelicten-politie.txt");
    let doc = parse(&text);
    let l = letter(&doc);
    assert_eq!(l.signatories.len(), 1);
    let s = &l.signatories[0];
    assert_eq!(s.name, "D. Yeşilgöz-Zegerius");
    assert_eq!(
        s.role.as_deref(),
        Some("minister van Justitie en Veiligheid")
    );
    assert_eq!(
        s.on_behalf_of,
        ["staatssecretaris van Infrastructuur en Waterstaat"]
    );
    // The submitter is read from the subject cell as printed, not across
    // the label column ("Beckerman" / "derwerp").
    let kv = doc.kamervragen.as_ref().expect("kamervragen");
    assert_eq!(kv.submitters.len(), 1);
    assert_eq!(kv.submitters[0].name, "Beckerman");
}

/// pandoc's simple table wraps the return address in its column
/// ("> Retouradres Postbus" / "20301 2500 EH  Den" / "Haag").
#[test]
fn return_address_wrapped_in_a_column() {
    let text = fixture("variants/pandoc-plain/jenv-2024-kv-niet-noodnummer-brandweer.txt");
    let doc = parse(&text);
    let l = letter(&doc);
    assert_eq!(
        l.return_address.as_deref(),
        Some("Postbus 20301 2500 EH Den Haag")
    );
    assert_eq!(doc.date.unwrap().to_string(), "2024-01-11");
    let body = body_text(l);
    assert!(body[0].starts_with("In antwoord op uw brief van 6 december 2023"));
}

/// docx2txt prints every paragraph apart and a text box twice: the
/// addressee block goes on over single blank lines, and the copies of the
/// addressee, return address, colofon and subject are not body.
#[test]
fn docx2txt_blank_lines_and_copies() {
    let text = fixture("variants/docx2txt/jenv-2024-kv-politiebureau-wolvega.txt");
    let doc = parse(&text);
    let l = letter(&doc);
    assert_eq!(
        l.recipient.as_ref().expect("recipient").lines,
        [
            "De voorzitter van de Tweede Kamer",
            "der Staten-Generaal",
            "Postbus 20018",
            "2500 EA DEN HAAG"
        ]
    );
    assert_eq!(
        l.sender.as_ref().unwrap().organisation.as_deref(),
        Some("Directoraat-Generaal Politie en Veiligheidsregio’s")
    );
    let body = body_text(l);
    assert_eq!(body.len(), 1, "{body:?}");
    assert!(body[0].starts_with("In antwoord op uw brief van 5 juli 2024"));
    // The address after its postcode line, over a blank line.
    let text = fixture("variants/docx2txt/jenv-2024-kv-politiehonden.txt");
    let doc = parse(&text);
    assert_eq!(
        letter(&doc).recipient.as_ref().unwrap().lines,
        [
            "Aan de Voorzitter van de Tweede",
            "Kamer der Staten-Generaal",
            "Postbus 20018 2500 EA",
            "Den Haag"
        ]
    );
}

/// pdftotext -layout sets the colofon beside the addressee: the two
/// columns are read one after the other.
#[test]
fn layout_columns_side_by_side() {
    let text = fixture("variants/pdftotext-layout/jenv-2011-draagmoederschap.txt");
    let doc = parse(&text);
    let l = letter(&doc);
    assert_eq!(
        l.recipient.as_ref().unwrap().lines,
        [
            "Aan de Voorzitter van de Tweede Kamer",
            "der Staten-Generaal",
            "Postbus 20018",
            "2500 EA DEN HAAG"
        ]
    );
    assert_eq!(
        l.sender.as_ref().unwrap().organisation.as_deref(),
        Some("Directoraat-Generaal Preventie, Jeugd en Sancties")
    );
    assert_eq!(l.our_reference.as_deref(), Some("5687928/11"));
    assert!(body_text(l)[0].starts_with("Draagmoederschap is een complex onderwerp"));
}

/// PyMuPDF's sorted text sets the letterhead's right column beside the
/// left one at no fixed column: each line's spaces follow its own left
/// part (here the right column starts between characters 90 and 116), and
/// a wrapped line's end may stand far out on the line above ("Preventie,
/// Jeugd en", 120 spaces, "Sancties"). The columns are still apart.
#[test]
fn layout_columns_at_ragged_positions() {
    let text = fixture("variants-extra/pymupdf-sort/jenv-2011-draagmoederschap.txt");
    let doc = parse(&text);
    let l = letter(&doc);
    assert_eq!(
        l.recipient.as_ref().unwrap().lines,
        [
            "Aan de Voorzitter van de Tweede Kamer",
            "der Staten-Generaal",
            "Postbus 20018",
            "2500 EA DEN HAAG"
        ]
    );
    let sender = l.sender.as_ref().unwrap();
    assert_eq!(
        sender.organisation.as_deref(),
        Some("Directoraat-Generaal Preventie, Jeugd en Sancties")
    );
    assert_eq!(
        sender.lines,
        [
            "Directie Justitieel Jeugdbeleid",
            "DJJ",
            "Schedeldoekshaven 100",
            "2511 EX Den Haag",
            "Postbus 20301",
            "2500 EH Den Haag"
        ]
    );
    assert_eq!(sender.website.as_deref(), Some("www.rijksoverheid.nl/venj"));
    assert_eq!(l.our_reference.as_deref(), Some("5687928/11"));
    assert!(body_text(l)[0].starts_with("Draagmoederschap is een complex onderwerp"));
    assert!(l.other_lines.is_empty(), "{:?}", l.other_lines);
}

/// pymupdf4llm runs the letterhead's cells together: two fields on the
/// date's line ("# Datum 1 maart 2011 Onderwerp Draagmoederschap"), a label
/// in bold ("**Ons kenmerk** 5687928/11"), the unit in bold on a line of
/// its own and the colofon's cells on one line. Each field is read by what
/// it is, and a bold line (which opens like a Markdown bold question label)
/// does not hide the letter's signature.
#[test]
fn letterhead_cells_run_together() {
    let text = fixture("variants-extra/pymupdf4llm/jenv-2011-draagmoederschap.txt");
    let doc = parse(&text);
    let l = letter(&doc);
    assert_eq!(l.date, chrono::NaiveDate::from_ymd_opt(2011, 3, 1));
    assert_eq!(l.subject.as_deref(), Some("Draagmoederschap"));
    assert_eq!(l.our_reference.as_deref(), Some("5687928/11"));
    let sender = l.sender.as_ref().unwrap();
    assert_eq!(
        sender.organisation.as_deref(),
        Some("Directoraat-Generaal Preventie, Jeugd en Sancties")
    );
    assert_eq!(
        sender.lines,
        [
            "Directie Justitieel Jeugdbeleid DJJ Schedeldoekshaven 100 2511 EX Den Haag Postbus 20301 2500 EH Den Haag"
        ]
    );
    assert_eq!(sender.website.as_deref(), Some("www.rijksoverheid.nl/venj"));
    assert!(body_text(l)[0].starts_with("Draagmoederschap is een complex onderwerp"));
    assert_eq!(l.signatories[0].name, "F. Teeven");
    assert!(l.other_lines.is_empty(), "{:?}", l.other_lines);
    assert!(doc.unclaimed.is_empty(), "{:?}", doc.unclaimed);
    // "Pagina 1 van 3" closes a page in Markdown made of a PDF: the note
    // above it is a note, cited where its marker stands, and the paragraph
    // broken by the page goes on.
    assert_eq!(doc.footnotes.len(), 1);
    assert!(
        doc.footnotes[0]
            .text
            .starts_with("Bij hoogtechnologisch draagmoederschap")
    );
    let cited = body_text(l)
        .iter()
        .zip(&l.body)
        .find(|(_, p)| p.footnotes.iter().any(|n| n.label == "1"))
        .map(|(t, _)| t.to_string())
        .expect("a paragraph cites note 1");
    assert!(
        cited.contains("tien gevallen in aanraking te komen")
            && cited.contains("hoogtechnologisch draagmoederschap. Het VUmc"),
        "{cited}"
    );
}

/// A signature without its role (python-docx leaves the table out) takes
/// the role and the "mede namens" from the title of the annex with the
/// answers, which names who answers.
#[test]
fn lone_signatory_role_from_the_annex_title() {
    let text = fixture("variants/python-docx/jenv-2024-kv-politiehonden.txt");
    let doc = parse(&text);
    let s = &letter(&doc).signatories[0];
    assert_eq!(s.name, "D.M. van Weel");
    assert_eq!(
        s.role.as_deref(),
        Some("minister van Justitie en Veiligheid")
    );
    assert_eq!(
        s.on_behalf_of,
        ["minister van Landbouw, Visserij, Voedselzekerheid en Natuur"]
    );
}

/// python-docx with the tables in body order prints the project name of
/// the letterhead ("Beantwoording Kamervragen …", as the annex title
/// opens) before the lone name that signs; a line of the letterhead is no
/// annex title, so the name is still the one before the annex.
#[test]
fn lone_signatory_after_the_letterhead_project_name() {
    let text =
        fixture("variants-extra/python-docx-inorder/jenv-2024-kv-niet-noodnummer-brandweer.txt");
    let doc = parse(&text);
    let l = letter(&doc);
    assert_eq!(l.signatories.len(), 1);
    assert_eq!(l.signatories[0].name, "D. Yeşilgöz-Zegerius");
    assert_eq!(
        l.signatories[0].role.as_deref(),
        Some("minister van Justitie en Veiligheid")
    );
}

/// python-docx users print a document's paragraphs first and its tables
/// after: the letterhead stands after the last answer. It is read as the
/// letterhead (date, reference, sender, addressee, return address once,
/// though the merged cell is printed twice), and it is neither the end of
/// the last answer nor a note ("Ons kenmerk" / "5401166" are no endnote
/// bodies); the typed endnotes before it are the notes.
#[test]
fn letterhead_table_printed_after_the_answers() {
    let text = fixture("variants-extra/python-docx-tables/jenv-2024-kv-hoofddoekjes-boa.txt");
    let doc = parse(&text);
    assert_eq!(doc.kind, Kind::AnswerLetter);
    assert_eq!(doc.date.unwrap().to_string(), "2024-05-16");
    let l = letter(&doc);
    assert_eq!(l.our_reference.as_deref(), Some("5401166"));
    assert_eq!(
        l.return_address.as_deref(),
        Some("Postbus 20301 2500 EH Den Haag")
    );
    assert_eq!(
        l.sender.as_ref().and_then(|s| s.website.as_deref()),
        Some("www.rijksoverheid.nl/jenv")
    );
    assert!(l.recipient.is_some());
    assert!(body_text(l)[0].starts_with("In het antwoord op uw brief van 8 maart 2024"));
    let kv = doc.kamervragen.as_ref().unwrap();
    let last = kv.answers.last().unwrap();
    assert!(
        last.text.ends_with("heeft uitgesproken."),
        "{}",
        &last.text[last.text.len().saturating_sub(200)..]
    );
    let notes: Vec<(&str, &str)> = doc
        .footnotes
        .iter()
        .map(|n| (n.label.as_str(), &n.text[..n.text.len().min(17)]))
        .collect();
    assert_eq!(
        notes,
        [("1", "NOS, 6 maart 2024"), ("2", "Kamerstuk 33047, ")]
    );
    // The guess is said, with where the letterhead starts.
    let said = doc
        .diagnostics
        .iter()
        .find(|d| d.code == "letterhead_at_end")
        .expect("letterhead_at_end");
    assert!(text[said.span.start..].starts_with("> Retouradres"));
}

/// A page break in the middle of a sentence does not end the paragraph: the
/// page number and the note bodies between "… in ongeveer tien gevallen in"
/// and "aanraking te komen …" are left out, and the sentence is one, in the
/// PDF extractors' texts of the letter.
#[test]
fn page_break_inside_a_sentence_keeps_the_paragraph() {
    for ext in ["pdftotext", "pdftotext-raw", "pymupdf", "pypdf", "pdfminer"] {
        let text = fixture(&format!("variants/{ext}/jenv-2011-draagmoederschap.txt"));
        let doc = parse(&text);
        let body = body_text(letter(&doc));
        for run_on in [
            "in ongeveer tien gevallen in aanraking te komen met illegale opnemingen",
            "vanuit het belang van het kind wordt benaderd,",
        ] {
            assert!(
                body.iter().any(|p| p.contains(run_on)),
                "{ext}: no paragraph holds {run_on:?}: {body:#?}"
            );
        }
        assert!(
            !body.iter().any(|p| p.contains("Pagina ")),
            "{ext}: page furniture in the body"
        );
    }
}

/// pdftotext prints no blank line between paragraphs: a line that ends a
/// sentence well short of a full line ends its paragraph, the same
/// paragraphs as the extractors that print blank lines.
#[test]
fn short_line_ends_a_paragraph_without_blank_lines() {
    for ext in ["pdftotext", "pdftotext-raw", "pymupdf"] {
        let text = fixture(&format!("variants/{ext}/jenv-2011-draagmoederschap.txt"));
        let doc = parse(&text);
        let body = body_text(letter(&doc));
        assert!(
            body[0].ends_with(
                "enkele vraagstukken schetsen die bij draagmoederschap aan de orde kunnen zijn."
            ),
            "{ext}: {:?}",
            body[0]
        );
        assert!(body[2].starts_with("In het rapport wordt eerst"), "{ext}");
        assert!(
            body[2].ends_with("Noorwegen, Polen, Spanje en Zweden."),
            "{ext}"
        );
        assert!(
            body[3].starts_with("Hoe vaak (commercieel) draagmoederschap"),
            "{ext}"
        );
        // A line that ends a sentence where the next line's first word
        // would have fitted on it ("… van gestelde feiten." / "Op basis").
        assert!(
            body.iter()
                .any(|p| p.ends_with("de bewijsbaarheid van gestelde feiten.")),
            "{ext}: {body:#?}"
        );
        assert!(
            body.iter()
                .any(|p| p.starts_with("Op basis van de bovenstaande ontwikkelingen")),
            "{ext}"
        );
    }
}

/// A heading line in a letter's wrapped text ("Rapport", "Vrijwilligheid")
/// is a paragraph of its own, not the first words of the paragraph under
/// it, also where no blank line sets it apart (pdftotext) and where the line
/// before it is a full line that ends a sentence.
#[test]
fn heading_line_is_a_paragraph_of_its_own() {
    for ext in ["pdftotext", "pdftotext-raw", "pymupdf", "pypdf", "pdfminer"] {
        let text = fixture(&format!("variants/{ext}/jenv-2011-draagmoederschap.txt"));
        let doc = parse(&text);
        let body = body_text(letter(&doc));
        for heading in [
            "Rapport",
            "Vraagstukken rond het draagmoederschap",
            "Vrijwilligheid",
            "Belangen",
            "Handhaafbaarheid van normen en regels",
            // A heading may ask a question of a few words.
            "Draagmoederschap of adoptie?",
        ] {
            assert!(
                body.iter().any(|p| p == heading),
                "{ext}: {heading:?}: {body:#?}"
            );
        }
        assert!(
            body.iter()
                .any(|p| p.starts_with("De vrijwillige en geïnformeerde toestemming")),
            "{ext}"
        );
    }
}

/// A heading of almost a full line is a paragraph of its own too: it is
/// told by the room left on it for the first word of the line after it,
/// which a line inside a sentence never leaves ("Uitwerking ambitieus
/// klimaatdoel voor de circulaire economie" / "In het NPCE wordt …", after
/// a full line that ends a sentence).
#[test]
fn heading_of_almost_a_full_line() {
    let text = fixture("docs/ienw-2023-npce-circulaire-economie.txt");
    let doc = parse(&text);
    let body = body_text(letter(&doc));
    for heading in [
        "Uitwerking ambitieus klimaatdoel voor de circulaire economie",
        "Het Nationaal Programma Circulaire Economie 2023-2030 (NPCE)",
    ] {
        assert!(body.iter().any(|p| p == heading), "{heading:?}: {body:#?}");
    }
    assert!(
        body.iter()
            .any(|p| p.starts_with("In het NPCE wordt ingegaan"))
    );
    assert!(body.iter().any(|p| {
        p.ends_with("Op de derde en vierde aanbeveling kom ik later in deze brief terug.")
    }));
}

/// The title of the annex with the answers is the answer heading, whole,
/// whichever extractor wrapped it: pandoc at 72 columns (the questions
/// named only on its third line; in its Markdown in bold), a Word line
/// break inside its sentence. It names who answers, and what about; it is
/// none of `other_lines`.
#[test]
fn annex_title_is_one_line_whatever_the_wrapping() {
    let title = "Antwoorden van de minister van Justitie en Veiligheid mede namens de minister van \
                 Landbouw, Visserij, Voedselzekerheid en Natuur op Kamervragen van het lid \
                 Teunissen (PvdD) over ernstig dierenleed bij de training en inzet van \
                 politiehonden.";
    let wolvega = "Antwoorden van de minister van Justitie en Veiligheid op Kamervragen van de \
                   leden Mutluer, Lahlah (GroenLinks-PvdA), Boswijk (CDA) en Helder (BBB) over \
                   de voorgenomen sluiting van het politiebureau in Wolvega.";
    for ext in [
        "variants/docx2poi",
        "variants/docx2txt",
        "variants/pandoc-plain",
        "variants/python-docx",
        "variants-extra/gfm",
        "variants-extra/markdown",
        "variants-extra/rst",
    ] {
        for (file, title, topic) in [
            (
                "jenv-2024-kv-politiehonden",
                title,
                "ernstig dierenleed bij de training en inzet van politiehonden",
            ),
            (
                "jenv-2024-kv-politiebureau-wolvega",
                wolvega,
                "de voorgenomen sluiting van het politiebureau in Wolvega",
            ),
        ] {
            let text = fixture(&format!("{ext}/{file}.txt"));
            let doc = parse(&text);
            let other = other_text(letter(&doc));
            let kv = doc.kamervragen.as_ref().expect("questions");
            let heading = kv.answer_heading.as_ref().map(|f| flat(&f.text));
            assert_eq!(heading.as_deref(), Some(title), "{ext}/{file}: {other:#?}");
            assert!(
                !other.iter().any(|t| t.starts_with("Antwoorden")
                    || t.starts_with("van de leden")
                    || t.starts_with("minister van")),
                "{ext}/{file}: {other:#?}"
            );
            assert_eq!(kv.topic.as_deref(), Some(topic), "{ext}/{file}");
            let who: Vec<_> = kv
                .answered_by
                .iter()
                .map(|o| (o.role.as_str(), o.portfolio.as_deref(), o.on_behalf))
                .collect();
            let mut want = vec![("minister", Some("Justitie en Veiligheid"), false)];
            if file.ends_with("politiehonden") {
                want.push((
                    "minister",
                    Some("Landbouw, Visserij, Voedselzekerheid en Natuur"),
                    true,
                ));
            }
            assert_eq!(who, want, "{ext}/{file}");
        }
    }
}

/// The wrapped end of the template's boilerplate in a table cell ("Bij
/// beantwoording … Wilt u slechts" / "één zaak in uw brief behandelen.") is
/// boilerplate like its first line, not a line of the letterhead.
#[test]
fn wrapped_boilerplate_end_is_noise() {
    let text = fixture("variants/pandoc-plain/jenv-2024-kv-politiehonden.txt");
    let doc = parse(&text);
    let l = letter(&doc);
    assert!(
        !other_text(l).iter().any(|t| t.contains("één zaak")),
        "{:?}",
        other_text(l)
    );
    assert!(doc.noise.iter().any(|n| {
        n.kind == kamervragen::NoiseKind::Boilerplate
            && text[n.span.start..n.span.end].trim() == "één zaak in uw brief behandelen."
    }));
}

// --- Every letter through every extractor (point 7) ---

// --- Word letters through Markdown and reStructuredText converters ---

/// A Markdown autolink (`<https://…>`) prints its URL: the note reads as
/// the Word document's own text does (POI's text of the same file).
#[test]
fn markdown_autolinks_are_their_url() {
    let endnotes = |path: &str| -> Vec<String> {
        let text = fixture(path);
        let doc = parse(&text);
        doc.footnotes
            .iter()
            .filter(|n| n.kind == FootnoteKind::Endnote)
            .map(|n| n.text.to_string())
            .collect()
    };
    let word = endnotes("variants/docx2poi/jenv-2024-kv-politiehonden.txt");
    assert!(word[2].ends_with(" https://schiedam24.nl/artikel/politie-legt-hondentraining-stil"));
    for tool in ["markdown", "gfm"] {
        let md = endnotes(&format!(
            "variants-extra/{tool}/jenv-2024-kv-politiehonden.txt"
        ));
        assert_eq!(md.len(), 3, "{tool}");
        assert_eq!(md[0], word[0], "{tool}");
        assert_eq!(md[2], word[2], "{tool}");
    }
}

/// pandoc writes a Word hyperlink whose text differs from its target as a
/// link: `[text](url)` in Markdown, `` `text <url>`__ `` in
/// reStructuredText. The document prints the text: the note says what the
/// same Word file's note says through POI (here the text is the URL
/// without its scheme, broken after a hyphen of its own at the line end),
/// whitespace aside (POI keeps a line break inside the note).
#[test]
fn markdown_and_rst_links_are_their_text() {
    let endnotes = |path: &str| -> Vec<String> {
        let text = fixture(path);
        parse(&text)
            .footnotes
            .iter()
            .filter(|n| n.kind == FootnoteKind::Endnote)
            .map(|n| n.text.split_whitespace().collect::<Vec<_>>().join(" "))
            .collect()
    };
    let word = endnotes("variants/docx2poi/jenv-2024-kv-politiehonden.txt");
    assert!(word[1].ends_with(
        ") https://www.rtvoost.nl/nieuws/2371937/\
         politiehond-die-zich-tegen-arrestatieteam-in-dalfsen-keerde-overleden)."
    ));
    for tool in ["markdown", "gfm", "rst"] {
        let md = endnotes(&format!(
            "variants-extra/{tool}/jenv-2024-kv-politiehonden.txt"
        ));
        assert_eq!(md.len(), 3, "{tool}");
        assert_eq!(md[1], word[1], "{tool}");
    }
}

/// Markdown writers escape ASCII punctuation (`boa\'s`, `\|`, `\>`) and end
/// a hard line break with a backslash; the document prints none of these
/// backslashes, so no text field holds them.
#[test]
fn markdown_escapes_are_no_text() {
    let text = fixture("variants-extra/markdown/jenv-2024-kv-hoofddoekjes-boa.txt");
    let doc = parse(&text);
    let kv = doc.kamervragen.as_ref().unwrap();
    // "?" then a line holding only the backslash of a hard break: the
    // question ends at its question mark.
    assert_eq!(
        kv.questions[0].text,
        "Kent u het bericht \"Yesilgöz wil nu echt een landelijk verbod op hoofddoek bij \
         boa's (nos.nl)\"?"
    );
    assert!(kv.questions.iter().all(|q| !q.text.contains('\\')));
    assert!(kv.answers.iter().all(|a| !a.text.contains('\\')));
    // The return address after its escaped arrow.
    let l = letter(&doc);
    assert!(
        other_text(l).iter().all(|t| !t.contains('\\')),
        "{:?}",
        other_text(l)
    );

    // A letterhead value over several lines of a grid table cell.
    let text = fixture("variants-extra/markdown/jenv-2023-kv-milieudelicten-politie.txt");
    let doc = parse(&text);
    let subject = letter(&doc).subject.as_deref().unwrap();
    assert!(
        subject.ends_with(
            "over het artikel 'Agenten willen meer aandacht voor milieu: 'Delicten met de \
             meeste doden krijgen geen prioriteit.''"
        ),
        "{subject}"
    );

    // A note that prints "|" between the parts of a page title.
    let text = fixture("variants-extra/gfm/jenv-2024-kv-niet-noodnummer-brandweer.txt");
    let doc = parse(&text);
    assert!(
        doc.footnotes
            .iter()
            .any(|n| n.text == "Contact marechaussee | Koninklijke Marechaussee | Defensie.nl"),
        "{:?}",
        doc.footnotes
    );
}

/// Pandoc's Markdown prints Word notes as `[^1]` in the text and `[^1]: …`
/// after everything, the body's further lines indented; the typed endnote
/// list keeps its numbers with Markdown's escapes (`\[1\] NOS, …`). Each
/// note once, cited where its marker stands, the markers out of the text.
#[test]
fn markdown_notes_and_escaped_endnotes() {
    let text = fixture("variants-extra/markdown/jenv-2024-kv-politiehonden.txt");
    let doc = parse(&text);
    let notes: Vec<(&str, FootnoteKind)> = doc
        .footnotes
        .iter()
        .map(|n| (n.label.as_str(), n.kind))
        .collect();
    assert_eq!(
        notes,
        [
            ("1", FootnoteKind::Footnote),
            ("2", FootnoteKind::Footnote),
            ("1", FootnoteKind::Endnote),
            ("2", FootnoteKind::Endnote),
            ("3", FootnoteKind::Endnote),
        ]
    );
    // The note's three lines, as the document prints it.
    assert_eq!(
        flat(&doc.footnotes[0].text),
        "Zie ook de Verzamelbrief dierenwelzijn gezelschapsdieren van Minister Adema van \
         Landbouw, Natuur en Voedselkwaliteit van 24 januari 2024 (Kamerstuk 28 286, nr. 1255)."
    );
    assert!(doc.footnotes[2].text.starts_with("NOS, 23 mei 2024"));
    let kv = doc.kamervragen.as_ref().unwrap();
    let answer = |n: &str| {
        kv.answers
            .iter()
            .find(|a| a.numbers.iter().any(|x| x == n))
            .unwrap()
    };
    let a20 = answer("20");
    assert_eq!(a20.footnotes.len(), 1);
    assert_eq!(
        (a20.footnotes[0].label.as_str(), a20.footnotes[0].kind),
        ("1", FootnoteKind::Footnote)
    );
    assert!(
        a20.text.contains("huisvesting van werkhonden. De politie"),
        "{}",
        a20.text
    );
    let q1 = &kv.questions[0];
    let cited: Vec<(&str, FootnoteKind)> = q1
        .footnotes
        .iter()
        .map(|n| (n.label.as_str(), n.kind))
        .collect();
    assert_eq!(
        cited,
        [("1", FootnoteKind::Endnote), ("2", FootnoteKind::Endnote)]
    );
    assert!(q1.text.ends_with("overleden'?"), "{}", q1.text);
    for t in kv
        .questions
        .iter()
        .map(|q| &q.text)
        .chain(kv.answers.iter().map(|a| &a.text))
    {
        assert!(!t.contains("[^") && !t.contains("\\["), "{t}");
    }
}

/// reStructuredText prints them as `[1]_` and `.. [1]` with the body
/// indented below; the image directive after them is markup, in no text.
/// The typed "1) …" endnotes before them are still the letter's endnotes.
#[test]
fn restructuredtext_notes_and_directives() {
    let text = fixture("variants-extra/rst/jenv-2024-kv-hoofddoekjes-boa.txt");
    let doc = parse(&text);
    let notes: Vec<(&str, FootnoteKind)> = doc
        .footnotes
        .iter()
        .map(|n| (n.label.as_str(), n.kind))
        .collect();
    assert_eq!(
        notes,
        [
            ("1", FootnoteKind::Footnote),
            ("2", FootnoteKind::Footnote),
            ("1", FootnoteKind::Endnote),
            ("2", FootnoteKind::Endnote),
        ]
    );
    assert_eq!(
        doc.footnotes[0].text,
        "Kamerstukken II 2021/22, 29 628, nr. 1099."
    );
    assert!(flat(&doc.footnotes[1].text).ends_with("(Kamerstuk 36410-VI-65)."));
    let kv = doc.kamervragen.as_ref().unwrap();
    let cited: Vec<&str> = kv
        .answers
        .iter()
        .flat_map(|a| a.footnotes.iter())
        .filter(|n| n.kind == FootnoteKind::Footnote)
        .map(|n| n.label.as_str())
        .collect();
    assert_eq!(cited, ["1", "2"]);
    for t in kv
        .questions
        .iter()
        .map(|q| &q.text)
        .chain(kv.answers.iter().map(|a| &a.text))
    {
        assert!(
            !t.contains("]_") && !t.contains(".. ") && !t.contains("image::"),
            "{t}"
        );
    }
}

/// GitHub's Markdown draws the letterhead as a pipe table ("| Datum | 16
/// mei 2024 |") or, where a cell holds paragraphs, as an HTML table
/// ("<td>Datum</td>", "<p>Ons kenmerk</p>"): read as cells, as pandoc's
/// grid tables are; the tags are in no field.
#[test]
fn gfm_html_and_pipe_table_letterhead() {
    let text = fixture("variants-extra/gfm/jenv-2024-kv-niet-noodnummer-brandweer.txt");
    let doc = parse(&text);
    assert_eq!(doc.kind, Kind::AnswerLetter);
    assert_eq!(doc.date.unwrap().to_string(), "2024-01-11");
    let l = letter(&doc);
    assert_eq!(l.our_reference.as_deref(), Some("5164758"));
    assert_eq!(
        l.sender.as_ref().and_then(|s| s.organisation.as_deref()),
        Some("Directoraat-Generaal Politie en Veiligheidsregio’s")
    );
    assert_eq!(l.signatories.len(), 1);
    assert_eq!(l.signatories[0].name, "D. Yeşilgöz-Zegerius");
    assert_eq!(
        l.signatories[0].role.as_deref(),
        Some("minister van Justitie en Veiligheid")
    );
    assert_eq!(
        l.return_address.as_deref(),
        Some("Postbus 20301 2500 EH Den Haag")
    );
    assert!(
        body_text(l)[0].starts_with("In antwoord op uw brief van 6 december 2023, nr. 2023Z19677")
    );
    for t in body_text(l).iter().chain(other_text(l).iter()) {
        assert!(!t.contains('<') && !t.contains('|'), "{t}");
    }
    for f in &l.fields {
        assert!(!f.text.contains('<'), "{}", f.text);
    }
    // HTML tables only: the date and subject cells of the letterhead.
    let text = fixture("variants-extra/gfm/jenv-2024-kv-hoofddoekjes-boa.txt");
    let doc = parse(&text);
    assert_eq!(doc.date.unwrap().to_string(), "2024-05-16");
    assert_eq!(letter(&doc).our_reference.as_deref(), Some("5401166"));
}

/// The words of a text, lower case, as `score_facts.py` compares them.
fn words(s: &str) -> String {
    let mut out = String::new();
    for w in s
        .to_lowercase()
        .replace(['\u{2018}', '\u{2019}'], "'")
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// The letter facts of `FACTS.md` that `text` (parsed as `doc`) still
/// holds (`held`: its words without spaces), each `(fact, right)`.
fn letter_facts(
    exp: &serde_json::Value,
    doc: &Document<'_>,
    text: &str,
    held: &str,
) -> Vec<(String, bool)> {
    use serde_json::Value;
    let s = |v: &Value| v.as_str().map(str::to_string);
    let kept = |v: &Option<String>| {
        v.as_deref()
            .is_none_or(|v| held.contains(&words(v).replace(' ', "")))
    };
    let same = |e: Option<String>, g: Option<&str>| {
        words(e.as_deref().unwrap_or("")) == words(g.unwrap_or(""))
    };
    let mut out = Vec::new();
    out.push((
        "kind".into(),
        format!("{:?}", doc.kind)
            .to_lowercase()
            .replace("answerletter", "answer_letter")
            == exp["kind"].as_str().unwrap_or_default(),
    ));
    let Some(l) = &doc.letter else {
        out.push(("letter".into(), false));
        return out;
    };
    if let Some(d) = s(&exp["date"]) {
        let (y, m, dd) = (
            &d[..4],
            d[5..7].parse::<usize>().unwrap(),
            d[8..].parse::<u32>().unwrap(),
        );
        const MONTHS: [&str; 12] = [
            "januari",
            "februari",
            "maart",
            "april",
            "mei",
            "juni",
            "juli",
            "augustus",
            "september",
            "oktober",
            "november",
            "december",
        ];
        if held.contains(&format!("{dd}{}{y}", MONTHS[m - 1])) {
            out.push(("date".into(), doc.date.map(|x| x.to_string()) == Some(d)));
        }
    }
    let ours = s(&exp["our_reference"]);
    if kept(&ours) {
        out.push((
            "our_reference".into(),
            same(ours, l.our_reference.as_deref()),
        ));
    }
    let names: Vec<String> = exp["signatories"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|n| s(&n["name"]))
        .collect();
    if names.iter().all(|n| kept(&Some(n.clone()))) {
        let got: Vec<String> = l.signatories.iter().map(|x| words(&x.name)).collect();
        out.push((
            "signatories".into(),
            got == names.iter().map(|n| words(n)).collect::<Vec<_>>(),
        ));
    }
    let lf = &exp["letter_facts"];
    // The subject when its label is printed too (a body may repeat it).
    let labelled = text.lines().any(|line| {
        let t = line.trim_start_matches(|c: char| c == '|' || c.is_whitespace());
        t.starts_with("Betreft")
            || t.starts_with("Onderwerp")
            || (t.starts_with("On ") && t.contains('|'))
    });
    let subject = s(&lf["subject"]);
    if labelled && kept(&subject) {
        out.push(("subject".into(), same(subject, l.subject.as_deref())));
    }
    for (fact, got) in [
        (
            "sender_organisation",
            l.sender.as_ref().and_then(|x| x.organisation.as_deref()),
        ),
        (
            "sender_website",
            l.sender.as_ref().and_then(|x| x.website.as_deref()),
        ),
        ("salutation", l.salutation.as_deref()),
        ("closing", l.closing.as_deref()),
    ] {
        let e = s(&lf[fact]);
        if kept(&e) {
            out.push((fact.into(), same(e, got)));
        }
    }
    let roles: Vec<String> = lf["signatory_roles"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(s)
        .collect();
    if roles.iter().all(|r| kept(&Some(r.clone()))) && names.iter().all(|n| kept(&Some(n.clone())))
    {
        let got: Vec<String> = l
            .signatories
            .iter()
            .map(|x| words(x.role.as_deref().unwrap_or("")))
            .collect();
        out.push((
            "signatory_roles".into(),
            got == roles.iter().map(|r| words(r)).collect::<Vec<_>>(),
        ));
    }
    let (starts, ends) = (s(&lf["body_starts"]), s(&lf["body_ends"]));
    if kept(&starts) && kept(&ends) {
        let ok = match (l.body.first(), l.body.last(), starts, ends) {
            (Some(f), Some(b), Some(st), Some(en)) => {
                words(&f.text).starts_with(&words(&st)) && words(&b.text).ends_with(&words(&en))
            }
            (None, _, None, _) => true,
            _ => false,
        };
        out.push(("body".into(), ok));
    }
    out
}

/// Every corpus letter through every extractor of `tests/fixtures/variants`
/// gives the letter facts that its text still holds.
#[test]
fn every_letter_through_every_extractor() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut wrong = Vec::new();
    let mut checked = 0;
    // The extractors of the corpus, and other converters of its Word
    // letters (variants-extra/README.md).
    let tools = ["variants", "variants-extra"]
        .iter()
        .flat_map(|d| fs::read_dir(root.join(d)).unwrap());
    for tool in tools {
        let tool = tool.unwrap().path();
        if !tool.is_dir() {
            continue;
        }
        for file in fs::read_dir(&tool).unwrap() {
            let file = file.unwrap().path();
            let name = file.file_name().unwrap().to_string_lossy().into_owned();
            let exp: serde_json::Value = serde_json::from_str(
                &fs::read_to_string(root.join("expected").join(format!("{name}.json"))).unwrap(),
            )
            .unwrap();
            // The folders hold the other documents too (tests/fidelity.rs).
            if exp.get("letter_facts").is_none() {
                continue;
            }
            let text = String::from_utf8_lossy(&fs::read(&file).unwrap()).into_owned();
            let held = words(&text.replace(['|', '+'], " ")).replace(' ', "");
            let doc = parse(&text);
            for (fact, ok) in letter_facts(&exp, &doc, &text, &held) {
                checked += 1;
                if !ok {
                    wrong.push(format!(
                        "{}/{name}: {fact}",
                        tool.file_name().unwrap().to_string_lossy()
                    ));
                }
            }
        }
    }
    assert!(checked > 150, "{checked} facts checked");
    // Known misses, with why; one that comes right leaves this list.
    let known = |w: &str| KNOWN_LETTER_MISSES.iter().any(|(k, _)| w.starts_with(k));
    let (known_wrong, wrong): (Vec<String>, Vec<String>) =
        wrong.into_iter().partition(|w| known(w));
    assert!(
        wrong.is_empty(),
        "{} of {checked} wrong:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
    for (k, why) in KNOWN_LETTER_MISSES {
        assert!(
            known_wrong.iter().any(|w| w.starts_with(k)),
            "{k} is right now ({why}): take it off KNOWN_LETTER_MISSES"
        );
    }
}

/// pdfplumber prints a line of the letterhead's right column on the left
/// column's line with the same baseline: the label "Ons kenmerk" alone, and
/// its value at the end of the date's line ("Datum 1 maart 2011
/// 5687928/11"). The value is the reference, and the date is the date.
#[test]
fn reference_value_at_the_end_of_the_date_line() {
    let text = fixture("variants-extra/pdfplumber/jenv-2011-draagmoederschap.txt");
    let doc = kamervragen::parse(&text);
    let letter = doc.letter.as_ref().expect("letter");
    assert_eq!(letter.our_reference.as_deref(), Some("5687928/11"));
    assert_eq!(letter.date, chrono::NaiveDate::from_ymd_opt(2011, 3, 1));
    let date = letter.fields.iter().find(|f| f.name == "date").unwrap();
    assert_eq!(date.text, "1 maart 2011");
    assert_eq!(&text[date.span.range()], "Datum 1 maart 2011");
    assert!(
        !letter.other_lines.iter().any(|l| l.text == "Ons kenmerk"),
        "{:?}",
        letter.other_lines
    );
}

/// The letter facts [`every_letter_through_every_extractor`] knows to be
/// wrong, by the start of "tool/file: fact", and why.
const KNOWN_LETTER_MISSES: &[(&str, &str)] = &[];

/// A letter whose addressee block is empty (jenv-2024-kv-niet-noodnummer-
/// brandweer), or whose letterhead the extractor left out (python-docx),
/// still answers questions of the Tweede Kamer when they carry its
/// zaaknummer ("2023Z19677"): the term is the Tweede Kamer's three weeks.
#[test]
fn a_zaaknummer_names_the_tweede_kamer() {
    for path in [
        "variants/docx2poi/jenv-2024-kv-niet-noodnummer-brandweer.txt",
        "variants/python-docx/jenv-2023-kv-milieudelicten-politie.txt",
    ] {
        let text = fixture(path);
        let doc = parse(&text);
        let kv = doc.kamervragen.as_ref().expect("questions");
        assert!(kv.zaaknummer.is_some(), "{path}");
        let term = &kv.term;
        assert_eq!(
            term.chamber,
            Some(kamervragen::Chamber::TweedeKamer),
            "{path}"
        );
        assert_eq!(term.weeks, Some(3), "{path}");
    }
}
