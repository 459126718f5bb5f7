//! What notices ("Mededelingen") and postponement letters say of the
//! answer: status, reason, promise, where the questions were answered, and
//! the questions they are about. The corpus notices are checked against
//! their hand-annotated `notice_facts` (as `score_facts.py --deep` compares
//! them) and fact by fact; each wording rule has a test of its own.

use std::fs;
use std::path::Path;

use chrono::NaiveDate;
use kamervragen::{Document, Kind, NoticeStatus, PeriodUnit, PromiseKind, parse};
use serde_json::Value;

fn fixture(path: &str) -> String {
    fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures")
            .join(path),
    )
    .unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn day(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

/// Words only, lower case: how the deep facts compare reasons.
fn words(s: &str) -> String {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The words of an input slice, with line-end hyphenation undone as the
/// text fields undo it ("hoofdlijnenak-\n koord").
fn raw_words(s: &str) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(p) = rest.find("-\n") {
        out.push_str(&rest[..p]);
        rest = rest[p + 2..].trim_start();
    }
    out.push_str(rest);
    words(&out)
}

/// Every span of the notice slices the input to the text it carries. The
/// words are compared without hyphens: a hyphen that PyPDF wrote inline
/// for a line break ("Kinder-rechtencollectief", where the document prints
/// "Kinderrechtencollectief") is no part of the text.
fn spans_hold(text: &str, doc: &Document<'_>) {
    let words = |s: &str| words(&s.replace('-', ""));
    let words_at = |s: kamervragen::Span| {
        let inline = text[s.range()]
            .replace("-\n", "\u{1}")
            .replace('-', "")
            .replace('\u{1}', "-\n");
        raw_words(&inline)
    };
    let n = doc.notice.as_ref().expect("notice");
    if let (Some(r), Some(s)) = (&n.reason, n.reason_span) {
        assert_eq!(words_at(s), words(r), "reason span");
    }
    if let Some(st) = &n.statement {
        assert_eq!(words_at(st.span), words(&st.text), "statement span");
    }
    if let Some(p) = &n.promise {
        assert_eq!(words_at(p.span), words(&p.text), "promise span");
        if let Some(w) = &p.when {
            assert_eq!(words_at(w.span), words(&w.text), "when span");
        }
    }
    for q in &n.questions {
        assert_eq!(words_at(q.span), words(&q.text), "questions span");
    }
}

#[test]
fn notice_facts_of_the_corpus() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut checked = 0;
    for entry in fs::read_dir(dir.join("expected")).unwrap() {
        let path = entry.unwrap().path();
        let exp: Value = serde_json::from_str(&fs::read_to_string(&path).unwrap()).unwrap();
        let Some(nf) = exp.get("notice_facts") else {
            continue;
        };
        let file = exp["file"].as_str().unwrap();
        let text = fixture(&format!("docs/{file}"));
        let doc = parse(&text);
        let json = serde_json::to_value(&doc).unwrap();
        let n = &json["notice"];
        assert_eq!(n["status"], nf["status"], "{file}: status");
        match nf["reason_starts"].as_str() {
            None => assert!(n["reason"].is_null(), "{file}: reason {}", n["reason"]),
            Some(r) => assert!(
                words(n["reason"].as_str().unwrap_or("")).contains(&words(r)),
                "{file}: reason {}",
                n["reason"]
            ),
        }
        let kind = n["promise"].get("kind").cloned().unwrap_or(Value::Null);
        assert_eq!(kind, nf["promise_kind"], "{file}: promise");
        assert_eq!(n["answered_in"], nf["answered_in"], "{file}: answered_in");
        assert_eq!(n["answered_on"], nf["answered_on"], "{file}: answered_on");
        spans_hold(&text, &doc);
        checked += 1;
    }
    assert!(checked >= 4, "only {checked} notices with notice_facts");
}

#[test]
fn answered_elsewhere_with_the_kamerstuk_and_its_date() {
    for file in ["ah-tk-20232024-1999.txt", "ah-tk-20232024-1999.layout.txt"] {
        let text = fixture(&format!("docs/{file}"));
        let doc = parse(&text);
        assert_eq!(doc.kind, Kind::Notice);
        let n = doc.notice.as_ref().unwrap();
        assert_eq!(n.status, NoticeStatus::AnsweredElsewhere, "{file}");
        assert!(!n.postponement);
        // "(36 471-64)", printed bare, is Kamerstuk 36 471, nr. 64.
        assert_eq!(n.answered_in.as_deref(), Some("kst-36471-64"), "{file}");
        // "op 7 juni 2024", not the "(ingezonden 30 mei 2024)" of the questions.
        assert_eq!(n.answered_on, day(2024, 6, 7), "{file}");
        assert!(n.reason.is_none() && n.promise.is_none(), "{file}");
        assert_eq!(n.questions.len(), 1);
        let q = &n.questions[0];
        assert!(
            q.text
                .starts_with("De schriftelijke vragen van de leden Sneller")
        );
        assert!(q.text.ends_with("(ingezonden 30 mei 2024)"), "{}", q.text);
        assert_eq!(q.asked_on, day(2024, 5, 30));
        let names: Vec<&str> = q.members.iter().map(|m| m.name.as_ref()).collect();
        assert_eq!(names, ["Sneller", "Chakor", "Van Nispen"]);
        spans_hold(&text, &doc);
    }
}

#[test]
fn postponed_with_a_fronted_reason_and_questions_asked_on_a_relative_date() {
    let text = fixture("docs/tk2024-025-uitstel-beantwoording-vragen-van-de-lede.python-docx.txt");
    let doc = parse(&text);
    let n = doc.notice.as_ref().unwrap();
    assert_eq!(n.status, NoticeStatus::Postponed);
    assert!(n.postponement);
    // The reason ends where the main clause starts ("kunnen de vragen …").
    assert_eq!(
        n.reason.as_deref(),
        Some("Vanwege de nodige afstemming betreffende de beantwoording")
    );
    let p = n.promise.as_ref().unwrap();
    assert_eq!(p.kind, PromiseKind::AsSoonAsPossible);
    assert_eq!(p.when.as_ref().unwrap().text, "zo spoedig mogelijk");
    assert_eq!(
        p.text,
        "Ik zal de Kamer zo spoedig mogelijk de antwoorden op de vragen doen toekomen."
    );
    // "Op 6 november jl." against the notice of 20 november 2024.
    assert_eq!(n.questions.len(), 1);
    let q = &n.questions[0];
    assert_eq!(q.asked_on, day(2024, 11, 6));
    let members: Vec<(&str, Option<&str>)> = q
        .members
        .iter()
        .map(|m| (m.name.as_ref(), m.party.as_deref()))
        .collect();
    assert_eq!(
        members,
        [
            ("Gabriëls", Some("GroenLinks-PvdA")),
            ("Bromet", Some("GroenLinks-PvdA"))
        ]
    );
    spans_hold(&text, &doc);
}

#[test]
fn postponed_with_a_reason_clause_and_the_zaaknummer_of_the_questions() {
    let text = fixture("docs/tk2024-078-uitstel-beantwoording-vragen-van-het-lid.python-docx.txt");
    let doc = parse(&text);
    let n = doc.notice.as_ref().unwrap();
    assert_eq!(n.status, NoticeStatus::Postponed);
    assert_eq!(
        n.reason.as_deref(),
        Some("omdat de benodigde afstemming meer tijd behoeft")
    );
    assert_eq!(
        n.promise.as_ref().unwrap().kind,
        PromiseKind::AsSoonAsPossible
    );
    let q = &n.questions[0];
    assert_eq!(q.zaaknummer.as_deref(), Some("2024Z17067"));
    assert!(q.text.ends_with("(2024Z17067)"));
    assert_eq!(q.asked_on, None, "no date is printed with these questions");
    assert_eq!(q.members[0].name, "Flach");
    assert_eq!(q.members[0].party.as_deref(), Some("SGP"));
    spans_hold(&text, &doc);
}

/// The words of the questions' topic are theirs, not the notice's: in
/// "«Wachttijden ggz niet goed vastgelegd …»(2024Z16988) kunnen … niet
/// binnen de gebruikelijke termijn …" the first "niet" is the topic's.
#[test]
fn the_topic_of_the_questions_is_not_read_as_the_notice() {
    let text = fixture("extra/docs/tk2024-008-uitstel-beantwoording-vragen-van-de-lede.pypdf.txt");
    let doc = parse(&text);
    let n = doc.notice.as_ref().unwrap();
    assert_eq!(n.status, NoticeStatus::Postponed);
    let statement = &n.statement.as_ref().unwrap().text;
    assert!(statement.starts_with("De vragen van de leden Van den Hil"));
    assert!(
        statement.ends_with("termijnworden beantwoord."),
        "{statement}"
    );
    // The reason in a sentence of its own, from its "dat".
    assert_eq!(
        n.reason.as_deref(),
        Some("dat de afstemming ten behoeve van de beant-woording helaas meer tijd vergt")
    );
    assert_eq!(n.questions[0].zaaknummer.as_deref(), Some("2024Z16988"));
    assert_eq!(
        n.promise.as_ref().unwrap().kind,
        PromiseKind::AsSoonAsPossible
    );
    spans_hold(&text, &doc);
}

#[test]
fn postponed_with_aangezien_across_pdf_lines() {
    let text = fixture("extra/docs/tk2024-065-uitstel-beantwoording-vragen-van-het-lid.pypdf.txt");
    let doc = parse(&text);
    let n = doc.notice.as_ref().unwrap();
    assert_eq!(n.status, NoticeStatus::Postponed);
    assert_eq!(
        n.reason.as_deref(),
        Some("aangezien nog niet alle benodigde informatie isontvangen")
    );
    let p = n.promise.as_ref().unwrap();
    assert_eq!(p.kind, PromiseKind::AsSoonAsPossible);
    assert_eq!(
        p.text,
        "Ik streef ernaar de vragen zo spoedig mogelijk te beantwoorden."
    );
    // The questions are named over two lines, up to their "(ingezonden …)".
    let q = &n.questions[0];
    assert_eq!(q.asked_on, day(2024, 10, 24));
    assert!(
        q.text.ends_with("(ingezonden 24 oktober 2024)"),
        "{}",
        q.text
    );
    assert_eq!(q.members[0].name, "Podt");
    spans_hold(&text, &doc);
}

#[test]
fn a_postponement_letter_stays_a_letter_with_its_notice() {
    let text = fixture("docs/ienm-2016-uitstel-reactie-groep-spaargaren.web.txt");
    let doc = parse(&text);
    assert_eq!(doc.kind, Kind::Letter);
    let n = doc.notice.as_ref().expect("notice of the letter");
    assert_eq!(n.status, NoticeStatus::Postponed);
    // "De reden van het uitstel is dat …"
    assert!(
        n.reason
            .as_deref()
            .unwrap()
            .starts_with("dat ik u in een brief wil informeren over mijn standpunt")
    );
    assert_eq!(
        n.promise.as_ref().unwrap().kind,
        PromiseKind::AsSoonAsPossible
    );
    // The notice runs from the paragraph that postpones to the promise.
    assert!(
        n.paragraphs[0]
            .text
            .starts_with("Tot mijn spijt kan ik niet binnen")
    );
    assert_eq!(
        n.paragraphs.last().unwrap().text,
        "Ik zal u de brief zo spoedig mogelijk doen toekomen."
    );
    spans_hold(&text, &doc);

    let text = fixture("docs/bzk-2011-motie-tweebestuurslagen-uitstel.web.txt");
    let doc = parse(&text);
    assert_eq!(doc.kind, Kind::Letter);
    let n = doc.notice.as_ref().expect("notice of the letter");
    assert_eq!(n.status, NoticeStatus::Postponed);
    // "De oorzaak hiervan is dat …"
    assert_eq!(
        n.reason.as_deref(),
        Some("dat nog niet alle gegevens zijn verkregen")
    );
    let p = n.promise.as_ref().unwrap();
    assert_eq!(p.kind, PromiseKind::AsSoonAsPossible);
    assert_eq!(
        p.text,
        "Beantwoording zal zo spoedig mogelijk plaatsvinden."
    );
    spans_hold(&text, &doc);
}

/// Letters that promise or plan without postponing an answer are no
/// notices.
#[test]
fn other_letters_have_no_notice() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/docs");
    let mut letters = 0;
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        if !name.ends_with(".txt") || name.contains("uitstel") {
            continue;
        }
        let text = fs::read_to_string(&path).unwrap();
        let doc = parse(&text);
        if doc.kind != Kind::Notice {
            assert!(doc.notice.is_none(), "{name}: {:?}", doc.notice);
        }
        letters += usize::from(doc.kind == Kind::Letter);
    }
    assert!(letters >= 10);
}

/// A Mededeling as the Tweede Kamer prints it ("AH …", zaaknummer,
/// heading), with `body` as its text.
fn mededeling(received: &str, body: &str) -> String {
    format!(
        "AH 700\n2024Z18000\nMededeling van minister Wiersma (Landbouw, Visserij, Voedselzekerheid en Natuur) (ontvangen {received})\n\n{body}\n"
    )
}

/// The wording of domain.md §2.4 (a VWS letter of 2009): a repeated
/// postponement, the earlier one in the past tense, and a target that is
/// a time of a month.
#[test]
fn repeated_postponement_with_a_target_around_half_a_month() {
    let text = "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\nPostbus 20018\n2500 EA  DEN HAAG\n\n\
Datum 3 december 2009\nBetreft Uitstel beantwoording Kamervragen\n\nGeachte voorzitter,\n\n\
De vragen van het Kamerlid Zijlstra (VVD) over de bekostiging van het hoger onderwijs (4 september 2009) kunnen tot mijn spijt niet binnen de gebruikelijke termijn worden beantwoord. \
De reden van het uitstel is dat de benodigde gegevens nog niet compleet zijn. \
Voor de beantwoording van die vragen is uitstel verkregen tot half december 2009. \
Ik verzoek u vanwege voornoemde reden opnieuw om uitstel. \
De beantwoording zal plaatshebben omstreeks half februari 2010.\n\n\
Hoogachtend,\n\nde Minister van Volksgezondheid, Welzijn en Sport,\n\ndr. A. Klink\n";
    let doc = parse(text);
    assert_eq!(doc.kind, Kind::Letter);
    let n = doc.notice.as_ref().expect("notice");
    assert_eq!(n.status, NoticeStatus::Postponed);
    assert!(n.repeated);
    // The statement, not the subject line that says "Uitstel".
    assert!(
        n.statement
            .as_ref()
            .unwrap()
            .text
            .starts_with("De vragen van het Kamerlid")
    );
    assert_eq!(
        n.reason.as_deref(),
        Some("dat de benodigde gegevens nog niet compleet zijn")
    );
    // "uitstel verkregen tot half december" is the earlier postponement.
    let p = n.promise.as_ref().unwrap();
    assert_eq!(p.kind, PromiseKind::ByDate);
    assert_eq!(
        p.when.as_ref().unwrap().text,
        "omstreeks half februari 2010"
    );
    assert_eq!(p.date, day(2010, 2, 15));
    assert!(p.approximate);
    // "(4 september 2009)" without "ingezonden".
    assert_eq!(n.questions[0].asked_on, day(2009, 9, 4));
    spans_hold(text, &doc);
}

#[test]
fn promise_within_a_period() {
    let text = mededeling(
        "2 december 2024",
        "De vragen van het lid De Hoop (GroenLinks-PvdA) over huurverhoging (2024Z18000) kunnen niet binnen de gebruikelijke termijn van drie weken worden beantwoord. \
In verband met de benodigde interdepartementale afstemming is meer tijd nodig. \
Ik verwacht de vragen binnen drie weken te kunnen beantwoorden.",
    );
    let doc = parse(&text);
    let n = doc.notice.as_ref().unwrap();
    assert_eq!(n.status, NoticeStatus::Postponed);
    assert_eq!(
        n.reason.as_deref(),
        Some("In verband met de benodigde interdepartementale afstemming")
    );
    // Not the "drie weken" of the term that is not met.
    let p = n.promise.as_ref().unwrap();
    assert_eq!(p.kind, PromiseKind::Within);
    let period = p.period.unwrap();
    assert_eq!((period.count, period.unit), (Some(3), PeriodUnit::Week));
    spans_hold(&text, &doc);
}

#[test]
fn promise_by_a_date_is_resolved_forward() {
    let body = "De vragen van het lid Vedder (CDA) over mestverwerking (2024Z18000) kunnen niet binnen de gebruikelijke termijn worden beantwoord. \
Gezien de benodigde afstemming met de provincies, zal ik de vragen uiterlijk 15 januari beantwoorden.";
    let text = mededeling("20 december 2024", body);
    let doc = parse(&text);
    let n = doc.notice.as_ref().unwrap();
    assert_eq!(
        n.reason.as_deref(),
        Some("Gezien de benodigde afstemming met de provincies")
    );
    let p = n.promise.as_ref().unwrap();
    assert_eq!(p.kind, PromiseKind::ByDate);
    assert_eq!(p.when.as_ref().unwrap().text, "uiterlijk 15 januari");
    // The next 15 January after the notice of 20 December 2024.
    assert_eq!(p.date, day(2025, 1, 15));
    assert!(!p.approximate);
    spans_hold(&text, &doc);
}

#[test]
fn promise_before_an_event() {
    let text = mededeling(
        "2 december 2024",
        "De vragen van het lid Vedder (CDA) over mestverwerking (2024Z18000) kunnen niet binnen de gebruikelijke termijn worden beantwoord, omdat de benodigde informatie van de provincies nog niet binnen is. \
Ik zal de antwoorden voor het commissiedebat Landbouw- en Visserijraad van 12 december aan uw Kamer doen toekomen.",
    );
    let doc = parse(&text);
    let n = doc.notice.as_ref().unwrap();
    assert_eq!(
        n.reason.as_deref(),
        Some("omdat de benodigde informatie van de provincies nog niet binnen is")
    );
    let p = n.promise.as_ref().unwrap();
    assert_eq!(p.kind, PromiseKind::BeforeEvent);
    assert_eq!(
        p.event.as_deref(),
        Some("het commissiedebat Landbouw- en Visserijraad van 12 december")
    );
    assert_eq!(p.date, day(2024, 12, 12));
    spans_hold(&text, &doc);

    let text = mededeling(
        "2 december 2024",
        "Hierbij deel ik u mede dat de schriftelijke vragen van het lid Vedder (CDA) over mestverwerking (ingezonden 8 november 2024) niet binnen de gebruikelijke termijn kunnen worden beantwoord. \
Ik streef ernaar u de antwoorden voor het kerstreces toe te sturen.",
    );
    let doc = parse(&text);
    let n = doc.notice.as_ref().unwrap();
    assert_eq!(n.reason, None);
    let p = n.promise.as_ref().unwrap();
    assert_eq!(p.kind, PromiseKind::BeforeEvent);
    assert_eq!(p.event.as_deref(), Some("het kerstreces"));
    assert_eq!(p.date, None);
    assert_eq!(n.questions[0].asked_on, day(2024, 11, 8));
}

#[test]
fn withdrawn_questions() {
    // The topic says "ingetrokken" too; the notice's own sentence decides.
    let text = mededeling(
        "2 december 2024",
        "De vragen van het lid De Hoop (GroenLinks-PvdA) aan de minister van Volkshuisvesting en Ruimtelijke Ordening over het ingetrokken besluit over huurverhoging (ingezonden 20 november 2024) zijn door het lid ingetrokken.",
    );
    let doc = parse(&text);
    let n = doc.notice.as_ref().unwrap();
    assert_eq!(n.status, NoticeStatus::Withdrawn);
    assert!(!n.postponement);
    assert!(n.reason.is_none() && n.promise.is_none());
    assert_eq!(n.questions[0].asked_on, day(2024, 11, 20));
    spans_hold(&text, &doc);
}

#[test]
fn answered_in_a_letter_cited_as_kamerstuk() {
    let text = mededeling(
        "2 december 2024",
        "De vragen van het lid Vedder (CDA) over mestverwerking (2024Z18000) zijn beantwoord in de brief van 28 november jl. over de stand van zaken mestmarkt (Kamerstuk 33 037, nr. 560).",
    );
    let doc = parse(&text);
    let n = doc.notice.as_ref().unwrap();
    assert_eq!(n.status, NoticeStatus::AnsweredElsewhere);
    assert_eq!(n.answered_in.as_deref(), Some("kst-33037-560"));
    // "28 november jl." against the notice's date.
    assert_eq!(n.answered_on, day(2024, 11, 28));
}

/// Other wordings of the statement and the promise.
#[test]
fn more_wordings_of_postponement_and_promise() {
    let questions = "De vragen van het lid Vedder (CDA) over mest (ingezonden 1 november 2024)";
    for (body, when, date, approximate) in [
        (
            "De beantwoording van de vragen van het lid Vedder (CDA) over mest (ingezonden 1 november 2024) zal meer tijd vergen dan de gebruikelijke termijn van drie weken. Ik verwacht de vragen in de week van 9 december te beantwoorden."
                .to_string(),
            "in de week van 9 december",
            day(2024, 12, 9),
            true,
        ),
        (
            format!(
                "{questions} kunnen helaas niet tijdig worden beantwoord. De benodigde informatie van de provincies is nog niet ontvangen. De beantwoording zal naar verwachting in de loop van januari plaatsvinden."
            ),
            "in de loop van januari",
            day(2025, 1, 31),
            true,
        ),
        (
            format!(
                "{questions} kunnen niet binnen de gebruikelijke termijn worden beantwoord. Ik streef ernaar de vragen nog dit jaar te beantwoorden."
            ),
            "nog dit jaar",
            day(2024, 12, 31),
            true,
        ),
        (
            format!(
                "{questions} kunnen niet binnen de gebruikelijke termijn worden beantwoord. Ik streef ernaar u de antwoorden voor 15 december toe te sturen."
            ),
            "voor 15 december",
            day(2024, 12, 15),
            false,
        ),
    ] {
        let text = mededeling("22 november 2024", &body);
        let doc = parse(&text);
        let n = doc.notice.as_ref().unwrap();
        assert_eq!(n.status, NoticeStatus::Postponed, "{body}");
        let p = n.promise.as_ref().unwrap();
        assert_eq!(p.kind, PromiseKind::ByDate, "{body}");
        assert_eq!(p.when.as_ref().unwrap().text, when);
        assert_eq!((p.date, p.approximate), (date, approximate), "{body}");
        spans_hold(&text, &doc);
    }
    // "op korte termijn" promises, vaguely; its "termijn" postpones nothing.
    let text = mededeling(
        "22 november 2024",
        &format!(
            "{questions} kunnen niet binnen de gebruikelijke termijn worden beantwoord. Ik zal de vragen op korte termijn beantwoorden."
        ),
    );
    let doc = parse(&text);
    let p = doc.notice.as_ref().unwrap().promise.as_ref().unwrap();
    assert_eq!(p.kind, PromiseKind::Other);
    assert_eq!(p.when.as_ref().unwrap().text, "op korte termijn");
    // The notice's reason, told as a fact: "… is nog niet ontvangen".
    let text = mededeling(
        "22 november 2024",
        &format!(
            "{questions} kunnen helaas niet tijdig worden beantwoord. De benodigde informatie van de provincies is nog niet ontvangen."
        ),
    );
    let doc = parse(&text);
    assert_eq!(
        doc.notice.as_ref().unwrap().reason.as_deref(),
        Some("De benodigde informatie van de provincies is nog niet ontvangen")
    );
}

/// A reason without a word that introduces it: the sentence after the
/// statement that says what the answer needs.
#[test]
fn a_reason_said_as_what_the_answer_needs() {
    let text = mededeling(
        "22 november 2024",
        "De vragen van het lid Vedder (CDA) over mestverwerking (ingezonden 1 november 2024) kunnen niet binnen de gebruikelijke termijn worden beantwoord. \
Voor de beantwoording is nadere afstemming nodig met de provincies. De vragen zullen zo spoedig mogelijk worden beantwoord.",
    );
    let doc = parse(&text);
    let n = doc.notice.as_ref().unwrap();
    assert_eq!(
        n.reason.as_deref(),
        Some("Voor de beantwoording is nadere afstemming nodig met de provincies")
    );
    // The promise sentence is not a reason.
    assert_eq!(
        n.promise.as_ref().unwrap().text,
        "De vragen zullen zo spoedig mogelijk worden beantwoord."
    );
    spans_hold(&text, &doc);
}

#[test]
fn answered_elsewhere_by_a_reference() {
    let text = mededeling(
        "22 november 2024",
        "Voor de beantwoording van de vragen van het lid Vedder (CDA) over mestverwerking (ingezonden 1 november 2024) verwijs ik naar mijn brief van 12 november 2024 over de stikstofaanpak (Kamerstuk 35 334, nr. 250).",
    );
    let doc = parse(&text);
    let n = doc.notice.as_ref().unwrap();
    assert_eq!(n.status, NoticeStatus::AnsweredElsewhere);
    assert_eq!(n.answered_in.as_deref(), Some("kst-35334-250"));
    // Not the "(ingezonden 1 november 2024)" of the questions.
    assert_eq!(n.answered_on, day(2024, 11, 12));
    assert_eq!(n.questions[0].asked_on, day(2024, 11, 1));
    spans_hold(&text, &doc);
}

#[test]
fn a_notice_that_says_something_else_is_other() {
    let text = mededeling(
        "2 december 2024",
        "De vragen van het lid Vedder (CDA) over mestverwerking (2024Z18000) zijn doorgeleid naar de minister van Infrastructuur en Waterstaat.",
    );
    let doc = parse(&text);
    let n = doc.notice.as_ref().unwrap();
    assert_eq!(n.status, NoticeStatus::Other);
    assert!(n.statement.is_none() && n.reason.is_none() && n.promise.is_none());
    assert!(n.text.contains("doorgeleid"));
}

mod never_panics {
    use proptest::prelude::*;

    /// Words the notice reader turns on, and characters that are more than
    /// one byte, so that each reader's look before and after its words
    /// meets them.
    const PIECES: &[&str] = &[
        "De vragen van het lid X (VVD) over Y (ingezonden 3 mei 2024) ",
        "kunnen niet binnen de gebruikelijke termijn worden beantwoord",
        "zijn beantwoord middels een brief (36 471-64) op 7 juni 2024",
        "zijn in de brief van 3 juni beantwoord",
        "zijn ingetrokken",
        "De reden van het uitstel is dat ",
        "Vanwege ",
        " in verband met ",
        " verband met ",
        "in",
        "spoedig mogelijk",
        "omdat ",
        "Ik zal ",
        "zo spoedig mogelijk",
        "zospoedig",
        "zo",
        "op zo kort mogelijke termijn",
        "z.s.m.",
        "uiterlijk 1 december",
        "omstreeks half februari 2010",
        "eind van het jaar",
        "voor het commissiedebat van 12 december",
        "binnen drie weken",
        "in de komende weken",
        "opnieuw om uitstel",
        "Kamervragen",
        "Op 6 november jl. hebben de leden A en B (beiden C) vragen gesteld",
        ". ",
        ", ",
        "\n",
        "\n\n",
        "(",
        ")",
        "é",
        "«",
        "»",
        "–",
        "İ",
        "😀",
        " ",
        "-\n",
    ];

    fn body() -> impl Strategy<Value = String> {
        prop::collection::vec(prop::sample::select(PIECES), 0..40).prop_map(|v| v.concat())
    }

    proptest! {
        // 256 cases unless PROPTEST_CASES says otherwise.
        #![proptest_config(ProptestConfig {
            cases: std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(256),
            failure_persistence: None,
            ..ProptestConfig::default()
        })]

        #[test]
        fn notices_and_letters_of_any_wording(body in body()) {
            let notice = format!(
                "AH 700\n2024Z18000\nMededeling van minister X (Y) (ontvangen 2 december 2024)\n\n{body}\n"
            );
            let letter = format!(
                "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDatum 3 december 2009\n\nGeachte voorzitter,\n\n{body}\n\nHoogachtend,\n\nde Minister van Z,\n\nA. B\n"
            );
            for text in [notice, letter] {
                let doc = kamervragen::parse(&text);
                if let Some(n) = &doc.notice {
                    let spans = n
                        .statement
                        .iter()
                        .map(|f| f.span)
                        .chain(n.reason_span)
                        .chain(n.promise.iter().map(|p| p.span))
                        .chain(n.promise.iter().flat_map(|p| p.when.as_ref().map(|w| w.span)))
                        .chain(n.questions.iter().map(|q| q.span));
                    for s in spans {
                        prop_assert!(s.start <= s.end && s.end <= text.len());
                        prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
                    }
                }
            }
        }
    }
}

/// The answer term (domain.md §2.1): three weeks after submission, six
/// after a postponement notice; none in the Eerste Kamer.
mod term {
    use super::{day, fixture};
    use kamervragen::{Chamber, parse};

    fn term_of(text: &str) -> kamervragen::Term {
        parse(text).kamervragen.expect("kamervragen").term
    }

    #[test]
    fn answered_within_three_weeks() {
        // Ingezonden 6 maart, ontvangen 25 maart 2024.
        let t = term_of(&fixture("docs/ah-tk-20232024-1314.txt"));
        assert_eq!(t.chamber, Some(Chamber::TweedeKamer));
        assert_eq!((t.weeks, t.postponed), (Some(3), false));
        assert_eq!(t.due_on, day(2024, 3, 27));
        assert_eq!(t.answered_on, day(2024, 3, 25));
        assert_eq!((t.kept, t.days_late), (Some(true), Some(0)));
    }

    #[test]
    fn answered_late() {
        // Ingezonden 18 juni, ontvangen 17 juli 2024.
        let t = term_of(&fixture("docs/ah-tk-20232024-2168.txt"));
        assert_eq!(t.due_on, day(2024, 7, 9));
        assert_eq!((t.kept, t.days_late), (Some(false), Some(8)));
    }

    #[test]
    fn the_due_day_itself_is_in_time() {
        // The letter of 24 April answers questions of 3 April: 21 days.
        let t = term_of(include_str!(
            "../examples/data/seed-defensie-2025-weerbaarheidsdoelen.txt"
        ));
        assert_eq!(t.due_on, day(2025, 4, 24));
        assert_eq!((t.kept, t.days_late), (Some(true), Some(0)));
    }

    /// "Zie ook Aanhangsel Handelingen, … nr. 1843" points to the
    /// postponement notice; here "Zie ook" ends the heading line and
    /// "Aanhangsel" starts the next.
    #[test]
    fn six_weeks_when_the_answer_cites_the_notice() {
        let t = term_of(&fixture("docs/ah-tk-20232024-1949.txt"));
        assert_eq!((t.weeks, t.postponed), (Some(6), true));
        // Ingezonden 6 mei, ontvangen 11 juni 2024: 36 days, late after
        // three weeks, in time after six.
        assert_eq!(t.due_on, day(2024, 6, 17));
        assert_eq!((t.kept, t.days_late), (Some(true), Some(0)));
    }

    #[test]
    fn six_weeks_when_the_cover_letter_cites_its_uitstelbericht() {
        let text = "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\nPostbus 20018\n2500 EA  DEN HAAG\n\n\
Datum 10 mei 2024\nBetreft Beantwoording Kamervragen over munitie\n\nGeachte voorzitter,\n\n\
Hierbij ontvangt u de antwoorden op de vragen van het lid Jansen (VVD) over munitie (ingezonden 3 april 2024). \
Zoals gemeld in mijn uitstelbericht van 24 april jl. vergde de beantwoording meer tijd.\n\n\
Hoogachtend,\n\nde minister van Defensie,\n\nR. Brekelmans\n\nVraag 1\nBent u bekend met het bericht?\nAntwoord 1\nJa.\n";
        let t = term_of(text);
        assert_eq!((t.weeks, t.postponed), (Some(6), true));
        assert_eq!(t.due_on, day(2024, 5, 15));
        assert_eq!((t.kept, t.days_late), (Some(true), Some(0)));
    }

    #[test]
    fn a_postponement_notice_moves_the_due_day_and_answers_nothing() {
        let t = term_of(&fixture(
            "docs/tk2024-025-uitstel-beantwoording-vragen-van-de-lede.python-docx.txt",
        ));
        assert_eq!((t.weeks, t.postponed), (Some(6), true));
        // "Op 6 november jl.": due 42 days later.
        assert_eq!(t.due_on, day(2024, 12, 18));
        assert_eq!((t.answered_on, t.kept, t.days_late), (None, None, None));
    }

    #[test]
    fn questions_answered_elsewhere_are_measured_by_that_answer() {
        let t = term_of(&fixture("docs/ah-tk-20232024-1999.txt"));
        assert_eq!((t.weeks, t.postponed), (Some(3), false));
        assert_eq!(t.due_on, day(2024, 6, 20));
        assert_eq!(t.answered_on, day(2024, 6, 7));
        assert_eq!((t.kept, t.days_late), (Some(true), Some(0)));
    }

    #[test]
    fn questions_have_a_due_day_and_no_answer_yet() {
        let t = term_of(&fixture(
            "docs/tk2024-010-het-artikel-aidsfonds-maakt-zich-zorgen.pypdf.txt",
        ));
        assert_eq!(t.due_on, day(2024, 12, 5));
        assert_eq!((t.answered_on, t.kept), (None, None));
    }

    /// The Tweede Kamer's own text prints no submission date: no due day,
    /// not a guess.
    #[test]
    fn no_due_day_without_a_submission_date() {
        let t = term_of(&fixture(
            "docs/tk2024-033-antwoord-op-vragen-van-het-lid-soepboer.python-docx.txt",
        ));
        assert_eq!(t.answered_on, day(2024, 11, 19));
        assert_eq!((t.due_on, t.kept, t.days_late), (None, None, None));
    }

    #[test]
    fn no_term_in_the_eerste_kamer() {
        let text = "Eerste Kamer der Staten-Generaal\n\nVergaderjaar 2023–2024\n\nAanhangsel van de Handelingen\n\n\
Vragen gesteld door de leden der Kamer, met de daarop door de regering gegeven antwoorden\n\n12\n\
Vragen van het lid Jansen (VVD) aan de Minister van Defensie over munitie (ingezonden 3 april 2024).\n\
Antwoord van Minister Brekelmans (Defensie) (ontvangen 24 mei 2024).\nVraag 1\nBent u bekend met het bericht?\nAntwoord 1\nJa.\n";
        let t = term_of(text);
        assert_eq!(t.chamber, Some(Chamber::EersteKamer));
        assert_eq!(
            (t.weeks, t.due_on, t.kept, t.days_late),
            (None, None, None, None)
        );
    }
}

/// What kind of answer a document gives.
mod answer_status {
    use super::{day, fixture};
    use kamervragen::{AnswerKind, Kind, parse};
    use std::fs;
    use std::path::Path;

    fn status(text: &str) -> kamervragen::AnswerStatus<'_> {
        parse(text)
            .kamervragen
            .expect("kamervragen")
            .answer_status
            .expect("answer status")
    }

    /// No answer in the corpus is supplementary, corrected, withdrawn or
    /// answered elsewhere; "worden beantwoord zoals aangegeven in de bijlage
    /// van deze brief" (jenv-2024-kv-niet-noodnummer-brandweer) is this
    /// letter's own answer.
    #[test]
    fn the_corpus_answers_are_first_answers() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
        let mut n = 0;
        for sub in ["docs", "extra/docs"] {
            for entry in fs::read_dir(dir.join(sub)).unwrap() {
                let path = entry.unwrap().path();
                if path.extension().is_none_or(|e| e != "txt") {
                    continue;
                }
                let text = fs::read_to_string(&path).unwrap();
                let doc = parse(&text);
                if matches!(doc.kind, Kind::Answers | Kind::AnswerLetter) {
                    let a = doc.kamervragen.unwrap().answer_status.unwrap();
                    assert_eq!(a.kind, AnswerKind::Answer, "{}: {a:?}", path.display());
                    n += 1;
                } else if let Some(kv) = doc.kamervragen {
                    assert!(kv.answer_status.is_none(), "{}", path.display());
                }
            }
        }
        assert!(n > 40);
        let text = fixture("docs/jenv-2024-kv-niet-noodnummer-brandweer.txt");
        assert_eq!(status(&text).kind, AnswerKind::Answer);
    }

    const QUESTIONS: &str = "Vragen van het lid Jansen (VVD) aan de Minister van Defensie over munitie (ingezonden 3 april 2024).\n";

    #[test]
    fn supplementary_by_its_heading() {
        let text = format!(
            "{QUESTIONS}Antwoord van Minister Brekelmans (Defensie) (ontvangen 24 mei 2024) (nader).\nVraag 1\nBent u bekend met het bericht?\nAntwoord 1\nJa.\n"
        );
        let doc = parse(&text);
        let kv = doc.kamervragen.as_ref().unwrap();
        let a = kv.answer_status.as_ref().unwrap();
        assert_eq!(a.kind, AnswerKind::Supplementary);
        assert!(a.statement.as_ref().unwrap().text.ends_with("(nader)."));
        // A supplementary answer does not say whether the term was kept.
        assert_eq!((kv.term.kept, kv.term.days_late), (None, None));
    }

    #[test]
    fn supplementary_by_the_first_words_of_its_first_answer() {
        let text = format!(
            "{QUESTIONS}Antwoord van Minister Brekelmans (Defensie) (ontvangen 24 mei 2024). Zie ook Aanhangsel Handelingen, vergaderjaar 2023–2024, nr. 1500.\n\
Vraag 1\nBent u bekend met het bericht?\nAntwoord 1\n\
In aanvulling op mijn antwoorden van 24 april jl. (Aanhangsel Handelingen, vergaderjaar 2023–2024, nr. 1400) meld ik u het volgende. De levering is vertraagd.\n"
        );
        let doc = parse(&text);
        let kv = doc.kamervragen.as_ref().unwrap();
        let a = kv.answer_status.as_ref().unwrap();
        assert_eq!(a.kind, AnswerKind::Supplementary);
        let s = a.statement.as_ref().unwrap();
        assert!(s.text.starts_with("In aanvulling op mijn antwoorden"));
        assert_eq!(&text[s.span.range()], s.text);
        // Its "Zie ook" points to the first answer, not to a postponement.
        assert!(!kv.term.postponed);
    }

    #[test]
    fn supplementary_and_corrected_by_the_cover_letter() {
        let letter = |subject: &str, body: &str| {
            format!(
                "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\nPostbus 20018\n2500 EA  DEN HAAG\n\n\
Datum 30 mei 2024\nBetreft {subject}\n\nGeachte voorzitter,\n\n{body}\n\n\
Hoogachtend,\n\nde minister van Defensie,\n\nR. Brekelmans\n\nVraag 1\nBent u bekend met het bericht?\nAntwoord 1\nJa.\n"
            )
        };
        let text = letter(
            "Beantwoording Kamervragen over munitie",
            "Hierbij zend ik u de aanvullende antwoorden op de vragen van het lid Jansen (VVD) over munitie (ingezonden 3 april 2024).",
        );
        assert_eq!(status(&text).kind, AnswerKind::Supplementary);
        let text = letter(
            "Beantwoording Kamervragen over munitie",
            "Het antwoord op vraag 2 van de vragen van het lid Jansen (VVD) over munitie (ingezonden 3 april 2024) bevatte een onjuistheid. Hierbij zend ik u een gecorrigeerde versie van de antwoorden.",
        );
        let a = status(&text);
        assert_eq!(a.kind, AnswerKind::Corrected);
        assert_eq!(
            a.statement.unwrap().text,
            "Hierbij zend ik u een gecorrigeerde versie van de antwoorden."
        );
        // A correction the questions are about is not a corrected answer.
        let text = letter(
            "Beantwoording Kamervragen over munitie",
            "Hierbij zend ik u de antwoorden op de vragen van het lid Jansen (VVD) over de correctie op het eigen risico (ingezonden 3 april 2024).",
        );
        assert_eq!(status(&text).kind, AnswerKind::Answer);
    }

    #[test]
    fn withdrawn_questions() {
        let text = format!(
            "{QUESTIONS}Antwoord van Minister Brekelmans (Defensie) (ontvangen 24 april 2024).\n\
De vragen van het lid Jansen (VVD) over munitie zijn op 10 april 2024 door het lid ingetrokken.\n"
        );
        let doc = parse(&text);
        let kv = doc.kamervragen.as_ref().unwrap();
        let a = kv.answer_status.as_ref().unwrap();
        assert_eq!(a.kind, AnswerKind::Withdrawn);
        assert_eq!((kv.term.answered_on, kv.term.kept), (None, None));
    }

    #[test]
    fn answered_elsewhere_and_one_question_answered_elsewhere() {
        let answer = |first: &str| {
            format!(
                "{QUESTIONS}Antwoord van Minister Brekelmans (Defensie) (ontvangen 24 april 2024).\nVraag 1\nBent u bekend met het bericht?\nAntwoord 1\n{first}\n"
            )
        };
        let text = answer(
            "Deze vragen zijn beantwoord in mijn brief van 20 april 2024 over de munitievoorraad (Kamerstuk 27 830, nr. 400).",
        );
        let doc = parse(&text);
        let kv = doc.kamervragen.as_ref().unwrap();
        let a = kv.answer_status.as_ref().unwrap();
        assert_eq!(a.kind, AnswerKind::AnsweredElsewhere);
        assert_eq!(a.answered_in.as_deref(), Some("kst-27830-400"));
        assert_eq!(a.answered_on, day(2024, 4, 20));
        assert_eq!(kv.term.answered_on, day(2024, 4, 20));
        let text = answer(
            "Voor de beantwoording van deze vragen verwijs ik naar mijn brief van 20 april 2024 over de munitievoorraad (Kamerstuk 27 830, nr. 400).",
        );
        let a = status(&text);
        assert_eq!(a.kind, AnswerKind::AnsweredElsewhere);
        assert_eq!(a.answered_in.as_deref(), Some("kst-27830-400"));
        // One question answered in a letter is an answer.
        let text = answer(
            "Deze vraag is beantwoord in mijn brief van 20 april 2024 (Kamerstuk 27 830, nr. 400).",
        );
        assert_eq!(status(&text).kind, AnswerKind::Answer);
    }
}
