//! What a notice says about the answer to written questions.
//!
//! A "Mededeling" in the Aanhangsel van de Handelingen (or the Tweede
//! Kamer's own "AH 600" text) tells the Kamer that the answer is postponed
//! ("kunnen niet binnen de gebruikelijke termijn worden beantwoord"), that
//! the questions were answered elsewhere ("zijn beantwoord middels een brief
//! … (36 471-64) op 7 juni 2024") or that they were withdrawn. A minister's
//! own postponement letter ("… kunnen tot mijn spijt niet binnen de
//! gebruikelijke termijn worden beantwoord. De reden van het uitstel is …")
//! says the same in a letter, and is read the same way.
//!
//! The reader works on the notice's sentences ([`Flat`]): it first finds
//! where the questions are named ("De vragen van het lid … over …
//! (ingezonden …)"), so that the words of their topic are never read as the
//! notice's own ("over het intrekken van vergunningen" is not a withdrawal),
//! then the statement, the reason and the promise
//! ([`crate::promise`]) in the rest.

use std::borrow::Cow;
use std::ops::Range;

use chrono::NaiveDate;
use once_cell::sync::Lazy;
use regex::Regex;

use crate::cue::{self, Cue, Hit};
use crate::date;
use crate::heading;
use crate::ids::{KamerstukNumber, KamerstukRef};
use crate::model::{
    Field, Member, Notice, NoticeStatus, Paragraph, Question, QuestionsRef, ReferenceKind,
};
use crate::noise::Tag;
use crate::promise;
use crate::sentences::Flat;
use crate::span::Span;
use crate::text::{self, Joiner, Keyword, Line};

// The patterns below are anchored: each is tried only at its cue word
// (see `crate::cue`), never searched for through the text.

/// The questions named by the notice, at "vragen": "(De schriftelijke)
/// vragen van het lid", "(deze Kamer)vragen van de leden". The words before
/// "vragen" are taken by [`named_start`].
static QUESTIONS_NAMED: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?i)^vragen\s+(?:van|gesteld\s+door)\s+(?:het|de|een)\s+(?:kamer)?(?:lid|leden)(?-u:\b)",
    )
    .expect("questions named")
});
/// A sentence that says who asked, at "vragen": "Op 6 november jl. hebben
/// de leden … schriftelijke vragen gesteld". The sentence must name a "lid"
/// or "leden" before it.
static QUESTIONS_ASKED: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)^vragen\s+(?:gesteld|ingediend|ingezonden)(?-u:\b)").expect("questions asked")
});
/// The answer cannot be given in time, at "binnen": "(niet) binnen de
/// gebruikelijke termijn (van drie weken)", "het niet mogelijk is deze
/// motie binnen de gestelde termijn te beantwoorden", "binnen de
/// gebruikelijke termijn niet haalbaar" (the "niet" is checked around the
/// match: see [`negative`]). Glued words ("termijnworden") are allowed.
static NOT_IN_TIME: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?i)^binnen\s+(?:de\s+|een\s+)?(?:[a-z]+\s+){0,3}?(?:termijn|(?:drie|3|zes|6)\s+weken)",
    )
    .expect("not in time")
});
/// Answered in another document or debate, after the participle
/// ("beantwoord"): "middels een brief", "in de brief van …".
static ANSWERED_AFTER: Lazy<Regex> = Lazy::new(|| {
    Regex::new(concat!(
        r"(?i)^\s+(?:[a-z]+\s+){0,3}?(?:middels|met|in|bij|via|door|tijdens|per)\s+",
        r"(?:een|de|het|mijn|haar|zijn|onze|uw)\s+(?:[^\s.]+\s+){0,3}?",
        r"(?:[a-z]*brief|antwoorden|beantwoording|nota|verslag|[a-z]*debat|[a-z]*overleg|vragenuur|kamerstuk|memorie|[a-z]*reactie|rapportage)",
    ))
    .expect("answered after")
});
/// Answered elsewhere, before the participle in its sentence, at an
/// auxiliary verb: "zijn in de brief van 7 juni (…) beantwoord".
static ANSWERED_BEFORE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(concat!(
        r"(?i)^(?:zijn|is|werden|werd|worden|wordt)\s+(?:reeds\s+|al\s+|inmiddels\s+|mede\s+)?",
        r"(?:in|met|bij|middels|via|tijdens)\s+(?:een|de|het|mijn|haar|zijn|onze)\s",
    ))
    .expect("answered before")
});
/// Answered elsewhere, at "verwijs": "(Voor de beantwoording van deze
/// vragen) verwijs ik (u) naar mijn brief van …".
static REFERRED: Lazy<Regex> = Lazy::new(|| {
    Regex::new(concat!(
        r"(?i)^(?:verwijs|verwijzen|verwezen)\s+(?:ik\s+|wij\s+|we\s+)?(?:u\s+)?(?:graag\s+)?(?:kortheidshalve\s+)?",
        r"naar\s+(?:de|mijn|het|onze|een)\s+(?:[^\s.]+\s+){0,3}?",
        r"(?:[a-z]*brief|antwoorden|beantwoording|nota|verslag|[a-z]*debat|[a-z]*overleg|kamerstuk|memorie|[a-z]*reactie|rapportage)",
    ))
    .expect("referred")
});
/// A sentence that gives a reason without a word that introduces one:
/// "Voor de beantwoording is nadere afstemming nodig", "De beantwoording
/// vergt meer tijd", "De benodigde informatie is nog niet ontvangen".
static NEEDS: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:nodig|noodzakelijk|vergt|vergen|vereist|vereisen|kost|kosten|beslag|meer\s+tijd|nog\s+niet)(?-u:\b)")
        .expect("needs")
});
/// Withdrawn, at "intrekking": "intrekking van de vragen".
static INTREKKING: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)^intrekking\s+van\s+(?:de|deze|zijn|haar|hun|die)\s+(?:schriftelijke\s+)?(?:kamer)?vragen")
        .expect("intrekking")
});
/// Withdrawn, at "trekt": "trekt … de vragen in".
static TREKT_IN: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)^[a-z]+\s+(?:[a-z]+\s+){0,4}?(?:kamer)?vragen\s+in(?-u:\b)").expect("trekt in")
});
/// A postponement asked for again, at its cue: "opnieuw (om) uitstel",
/// "eerder verleend uitstel", "tweede uitstel", and at "uitstel": "uitstel
/// (is) verkregen (tot …)" (an earlier one, told in the past).
static REPEATED: Lazy<Regex> = Lazy::new(|| {
    Regex::new(concat!(
        r"(?i)^(?:(?:opnieuw|nogmaals|andermaal|wederom)\s+(?:om\s+)?(?:uitstel|niet\s+binnen)",
        r"|(?:eerder|reeds)\s+(?:verleende?|verkregen|gevraagde?|gemelde?)\s+uitstel",
        r"|tweede\s+(?:keer\s+)?uitstel|uitstel\s+(?:is\s+)?verkregen)",
    ))
    .expect("repeated")
});
/// A sentence about answering or reacting: a letter's postponement must be
/// about an answer, not about a permit that came "niet binnen de termijn".
static ANSWERING: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:beantwoord|antwoord|reactie|reageren|ingaan|informeren|toe(?:zenden|sturen|komen)|sturen|voldoen|verzoek\s+(?:ik\s+)?u)")
        .expect("answering")
});
/// A reason in a sentence of its own, at "reden" or "oorzaak": "(De)
/// reden van het uitstel is dat …", "De oorzaak hiervan is dat …". The
/// reason starts where the match ends.
static REASON_OWN: Lazy<Regex> = Lazy::new(|| {
    Regex::new(concat!(
        r"(?i)^(?:reden|oorzaak)\s+(?:van\s+|voor\s+)?(?:het\s+|dit\s+|de\s+)?",
        r"(?:uitstel\s+|hiervan\s+|hiervoor\s+|daarvan\s+|daarvoor\s+)?(?:is\s+gelegen\s+in|ligt\s+in|is|zijn)\s+",
    ))
    .expect("reason own")
});
/// The same at "dit": "Dit heeft te maken met …".
static REASON_DIT: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)^dit\s+(?:uitstel\s+)?(?:heeft\s+te\s+maken\s+met|is\s+het\s+gevolg\s+van|wordt\s+veroorzaakt\s+door)\s+")
        .expect("reason dit")
});
/// "(in) verband met", "(in) afwachting van".
static REASON_VERBAND: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)^(?:verband\s+met|afwachting\s+van)(?-u:\b)").expect("reason verband")
});
/// A preposition that opens a reason at the start of a sentence only
/// ("Gezien de …", "Door de …"): elsewhere the words mean something else
/// ("heb ik gezien").
static REASON_OPENS: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)^(?:gezien|gelet\s+op|als\s+gevolg\s+van|met\s+het\s+oog\s+op|door|in\s+verband\s+met|in\s+afwachting\s+van|vanwege|wegens)(?-u:\b)")
        .expect("reason opens")
});
static INGEZONDEN: Lazy<Keyword> = Lazy::new(|| Keyword::new("ingezonden"));
/// A Kamerstuk printed bare in parentheses: "(36 471-64)".
static BARE_KAMERSTUK: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"\(\s*([0-9]{2})[\s\u{a0}]?([0-9]{3})\s*[-\u{2010}\u{2011}\u{2013}]\s*([0-9]{1,5})\s*\)",
    )
    .expect("bare kamerstuk")
});

/// What the sentences of a notice say.
#[derive(Debug, Default)]
struct Reading {
    status: Option<NoticeStatus>,
    /// The sentence that says it.
    statement: Option<Range<usize>>,
    repeated: bool,
    reason: Option<Range<usize>>,
    promise: Option<promise::Found>,
    answered_in: Option<String>,
    answered_on: Option<NaiveDate>,
    questions: Vec<Named>,
}

/// Questions as the notice names them.
#[derive(Debug)]
struct Named {
    range: Range<usize>,
    zaaknummer: Option<String>,
    members: Vec<Member<'static>>,
    asked_on: Option<NaiveDate>,
}

/// The notice text: the content after the heading that is not a question,
/// and what it says.
pub(crate) fn read_notice<'a>(
    src: &'a str,
    lines: &[Line],
    tags: &[Tag],
    head: &heading::Heading<'_>,
    questions: &[Question<'_>],
    joiner: &Joiner<'a, '_>,
    anchor: Option<NaiveDate>,
) -> Notice<'a> {
    // The notice proper follows a "Mededeling" line when the questions are
    // printed before it; else it is what follows the heading.
    let heading_end = head.answer.as_ref().map_or(0, |(_, s)| s.end);
    let label = lines
        .iter()
        .enumerate()
        .find(|(i, l)| {
            l.start() >= heading_end && tags[*i] == Tag::Content && l.text(src) == "Mededeling"
        })
        .map(|(_, l)| *l);
    let from = label.map_or(heading_end, |l| l.end());
    let mut body: Vec<Line> = Vec::new();
    for (i, l) in lines.iter().enumerate() {
        if l.start() < from || tags[i] != Tag::Content {
            continue;
        }
        if questions
            .iter()
            .any(|q| q.span.start <= l.start() && l.end() <= q.span.end)
        {
            continue;
        }
        // Stray note numbers between printed questions.
        if l.text(src).bytes().all(|b| b.is_ascii_digit() || b == b' ') {
            continue;
        }
        body.push(*l);
    }
    let text = joiner.join(&body);
    let span = match (body.first(), body.last()) {
        (Some(f), Some(l)) => Span::new(label.map_or(f.start(), |m| m.start()), l.end()),
        _ => Span::new(from, from),
    };
    let runs = paragraph_runs(src, &body, joiner.layout);
    let mut paragraphs: Vec<Field<'a>> = runs
        .iter()
        .map(|run| Field {
            text: joiner.join(run),
            span: Span::new(run[0].start(), run[run.len() - 1].end()),
        })
        .collect();
    if let (Some(m), Some(first)) = (label, paragraphs.first_mut()) {
        first.span.start = m.start();
    }
    let flat = Flat::new(joiner, &runs);
    let reading = read(&flat, anchor, Mode::Notice);
    let notice = Notice {
        received_on: head.received_on,
        ..unread(text, paragraphs, span)
    };
    fill(notice, &flat, reading, joiner)
}

/// A notice of `text` whose sentences are not read yet.
fn unread<'a>(text: Cow<'a, str>, paragraphs: Vec<Field<'a>>, span: Span) -> Notice<'a> {
    Notice {
        received_on: None,
        postponement: false,
        text,
        paragraphs,
        span,
        status: NoticeStatus::Other,
        statement: None,
        repeated: false,
        reason: None,
        reason_span: None,
        promise: None,
        answered_in: None,
        answered_on: None,
        questions: Vec::new(),
    }
}

/// A minister's letter that postpones an answer ("Tot mijn spijt kan ik
/// niet binnen de gebruikelijke termijn …"), read as a notice: its text is
/// the run of paragraphs from the one that postpones to the last one that
/// gives the reason or the promise. `None` for any other letter.
///
/// `body` is the letter's body when the letter was read: then only its
/// lines are read, not the letterhead or the signature.
pub(crate) fn read_letter<'a>(
    src: &'a str,
    lines: &[Line],
    tags: &[Tag],
    body: &[Paragraph<'_>],
    joiner: &Joiner<'a, '_>,
    date: Option<NaiveDate>,
) -> Option<Notice<'a>> {
    // Most letters do not postpone anything: a few searches of the bytes
    // tell, before any line is looked at.
    let hits = postponing_words(src);
    let (Some(&first_hit), Some(&last_hit)) = (hits.first(), hits.last()) else {
        return None;
    };
    let in_body = |l: &Line| {
        body.is_empty()
            || body
                .iter()
                .any(|p| p.span.start <= l.start() && l.end() <= p.span.end)
    };
    let content: Vec<Line> = lines
        .iter()
        .zip(tags)
        .filter(|(l, t)| **t == Tag::Content && in_body(l))
        .map(|(l, _)| *l)
        .collect();
    // Only the paragraphs from the first of those words to a few after
    // the last are read: a long letter is not read as a whole.
    let mut runs = paragraph_runs(src, &content, joiner.layout);
    let para_at = |pos: usize| runs.partition_point(|r| r[r.len() - 1].end() < pos);
    let (from, to) = (para_at(first_hit), para_at(last_hit) + 4);
    runs.truncate(to.min(runs.len()));
    runs.drain(..from.min(runs.len()));
    let flat = Flat::new(joiner, &runs);
    let reading = read(&flat, date, Mode::Letter);
    if reading.status != Some(NoticeStatus::Postponed) {
        return None;
    }
    let statement = reading.statement.clone()?;
    let first = flat.paragraph_of(statement.start)?;
    let last = [
        reading.reason.as_ref().map(|r| r.start),
        reading.promise.as_ref().map(|p| p.sentence.start),
    ]
    .into_iter()
    .flatten()
    .filter_map(|p| flat.paragraph_of(p))
    .fold(first, usize::max);
    let runs = &runs[first..=last];
    let body: Vec<Line> = runs.iter().flatten().copied().collect();
    let paragraphs = runs
        .iter()
        .map(|run| Field {
            text: joiner.join(run),
            span: Span::new(run[0].start(), run[run.len() - 1].end()),
        })
        .collect();
    let span = Span::new(body[0].start(), body[body.len() - 1].end());
    let notice = unread(joiner.join(&body), paragraphs, span);
    Some(fill(notice, &flat, reading, joiner))
}

/// Where a letter may say that an answer is late: "termijn" with "binnen"
/// shortly before it ("niet binnen de gebruikelijke termijn"), "niet
/// tijdig", or "uitstel" with "antwoord" or "reactie" near it ("uitstel van
/// de beantwoording", "De reden van het uitstel", "om uitstel"). Found by
/// SIMD searches for the words; a letter without them is not read.
fn postponing_words(src: &str) -> Vec<usize> {
    static TERMIJN: Lazy<memchr::memmem::Finder<'static>> =
        Lazy::new(|| memchr::memmem::Finder::new("termijn"));
    static UITSTEL: Lazy<memchr::memmem::Finder<'static>> =
        Lazy::new(|| memchr::memmem::Finder::new("itstel"));
    let b = src.as_bytes();
    let near = |from: usize, to: usize, words: &[&str]| {
        let w = &b[from.min(b.len())..to.min(b.len())];
        words.iter().any(|x| {
            w.windows(x.len())
                .any(|v| v.eq_ignore_ascii_case(x.as_bytes()))
        })
    };
    let mut hits: Vec<usize> = TERMIJN
        .find_iter(b)
        .filter(|&p| near(p.saturating_sub(60), p, &["binnen"]))
        .collect();
    static TIJDIG: Lazy<memchr::memmem::Finder<'static>> =
        Lazy::new(|| memchr::memmem::Finder::new("tijdig"));
    hits.extend(
        TIJDIG
            .find_iter(b)
            .filter(|&p| near(p.saturating_sub(20), p, &["niet"])),
    );
    hits.extend(UITSTEL.find_iter(b).filter_map(|p| {
        let at = p.checked_sub(1)?;
        let ok = matches!(b[at], b'u' | b'U')
            && near(
                at.saturating_sub(40),
                at + 80,
                &["antwoord", "reactie", " om uitstel", "reden"],
            );
        ok.then_some(at)
    }));
    hits.sort_unstable();
    hits
}

/// Runs of lines between blank lines (one line each in Word text).
pub(crate) fn paragraph_runs(src: &str, lines: &[Line], layout: text::Layout) -> Vec<Vec<Line>> {
    let mut runs: Vec<Vec<Line>> = Vec::new();
    let mut prev: Option<Line> = None;
    for l in lines.iter().filter(|l| !l.is_blank()) {
        let gap = prev.is_none_or(|p| {
            layout == text::Layout::Paragraphs || src[p.end()..l.start()].matches('\n').count() > 1
        });
        match runs.last_mut() {
            Some(run) if !gap => run.push(*l),
            _ => runs.push(vec![*l]),
        }
        prev = Some(*l);
    }
    runs
}

/// Put what was read into `notice`, with text and spans from the input.
fn fill<'a>(
    mut notice: Notice<'a>,
    flat: &Flat,
    r: Reading,
    joiner: &Joiner<'a, '_>,
) -> Notice<'a> {
    let field = |range: &Range<usize>| Field {
        text: flat.field(joiner, range),
        span: flat.span(range),
    };
    notice.status = r.status.unwrap_or(NoticeStatus::Other);
    notice.postponement = notice.status == NoticeStatus::Postponed;
    notice.statement = r.statement.as_ref().map(field);
    notice.repeated = r.repeated;
    if let Some(reason) = &r.reason {
        notice.reason = Some(flat.field(joiner, reason));
        notice.reason_span = Some(flat.span(reason));
    }
    notice.promise = r.promise.map(|p| p.into_promise(flat, joiner));
    notice.answered_in = r.answered_in;
    notice.answered_on = r.answered_on;
    notice.questions = r
        .questions
        .into_iter()
        .map(|q| QuestionsRef {
            text: flat.field(joiner, &q.range),
            span: flat.span(&q.range),
            zaaknummer: q.zaaknummer,
            members: q.members,
            asked_on: q.asked_on,
        })
        .collect();
    notice
}

/// What a text is read as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// A Mededeling: every status.
    Notice,
    /// A minister's letter: only a postponement of an answer.
    Letter,
    /// The front of an answer: only withdrawn or answered elsewhere, said
    /// of the questions as a whole ("De vragen … zijn beantwoord in …", not
    /// "Vraag 3 is beantwoord in …").
    Answer,
}

/// Read the sentences of `flat`. `anchor` is the notice's date, for
/// relative dates.
fn read(flat: &Flat, anchor: Option<NaiveDate>, mode: Mode) -> Reading {
    let letter = mode == Mode::Letter;
    let t = flat.text.as_str();
    let sentences = flat.sentences();
    let sentence_of = |pos: usize| sentences.partition_point(|s| s.end <= pos);
    let hits = cue::find(t);
    let at_cue = |c: Cue| hits.iter().filter(move |h| h.cue == c);
    // Every candidate of each kind, in order: the named questions end at
    // the first statement after them.
    let postponed: Vec<Range<usize>> = hits
        .iter()
        .filter_map(|h| match h.cue {
            Cue::Uitstel => Some(h.start..h.end),
            Cue::Binnen => NOT_IN_TIME
                .find(&t[h.start..])
                .map(|m| h.start..h.start + m.end())
                .filter(|m| negative(t, m, &sentences)),
            // "(kunnen) niet tijdig (worden beantwoord)".
            Cue::Tijdig => Some(h.start..h.end).filter(|m| negative(t, m, &sentences)),
            // "meer tijd (vergen) dan de gebruikelijke termijn", "de
            // termijn (van drie weken) overschrijden".
            Cue::Termijn => {
                let s = sentences.get(sentence_of(h.start))?;
                let from = text::floor_char_boundary(t, h.start.saturating_sub(80)).max(s.start);
                let before = &t[from..h.start];
                let to = text::floor_char_boundary(t, (h.end + 60).min(s.end)).max(h.end);
                let over = (has_word(before, &["dan"])
                    && (before.contains("meer tijd") || has_word(before, &["langer"])))
                    || t[from..to].contains("overschr");
                over.then_some(h.start..h.end)
            }
            _ => None,
        })
        .collect();
    let answered: Vec<Range<usize>> = at_cue(Cue::Answered)
        .filter_map(|m| {
            let s = sentences.get(sentence_of(m.start))?;
            let ahead = &t[m.end..text::floor_char_boundary(t, (m.end + 200).min(s.end))];
            if let Some(a) = ANSWERED_AFTER.find(ahead) {
                // "zoals aangegeven in de bijlage van deze brief": the
                // answers are in this document.
                let here = ["bijlage", "deze", "bijgaand", "hierbij", "onderstaand"];
                if has_word(a.as_str(), &here) {
                    return None;
                }
                return Some(m.start..m.end + a.end());
            }
            let from = text::floor_char_boundary(t, m.start.saturating_sub(150)).max(s.start);
            words_of(t, from, m.start)
                .find(|w| {
                    ["zijn", "is", "werden", "werd", "worden", "wordt"]
                        .iter()
                        .any(|a| t[w.clone()].eq_ignore_ascii_case(a))
                        && ANSWERED_BEFORE.is_match(&t[w.start..m.start])
                })
                .map(|w| w.start..m.end)
        })
        .collect();
    // "verwijs ik naar mijn brief": answered already, by the reference.
    let referred: Vec<Range<usize>> = at_cue(Cue::Verwijs)
        .filter_map(|h| {
            let m = REFERRED.find(&t[h.start..])?;
            let here = ["bijlage", "deze", "bijgaand", "hierbij", "onderstaand"];
            (!has_word(m.as_str(), &here)).then(|| h.start..h.start + m.end())
        })
        .collect();
    let withdrawn: Vec<Range<usize>> = hits
        .iter()
        .filter_map(|h| match h.cue {
            Cue::Withdrawn => Some(h.start..h.end),
            Cue::Intrekking => INTREKKING
                .find(&t[h.start..])
                .map(|m| h.start..h.start + m.end()),
            Cue::Trekt => TREKT_IN
                .find(&t[h.start..])
                .map(|m| h.start..h.start + m.end()),
            _ => None,
        })
        .collect();
    let statements: Vec<usize> = postponed
        .iter()
        .chain(&answered)
        .chain(&referred)
        .chain(&withdrawn)
        .map(|r| r.start)
        .collect();
    let questions = named_questions(t, &sentences, &hits, &statements, anchor);
    let named: Vec<Range<usize>> = questions.iter().map(|q| q.range.clone()).collect();
    let outside = |pos: usize| !named.iter().any(|q| q.contains(&pos));
    let sentence_text = |pos: usize| {
        sentences
            .get(sentence_of(pos))
            .map_or("", |s| &t[s.clone()])
    };

    let mut r = Reading {
        questions,
        ..Reading::default()
    };
    let negated = |m: &Range<usize>| {
        let s = sentences.get(sentence_of(m.start)).map_or(0, |s| s.start);
        let from = text::floor_char_boundary(t, m.start.saturating_sub(30)).max(s);
        has_word(&t[from..m.start], &["niet", "geen"])
    };
    let withdrawn = withdrawn.iter().find(|m| outside(m.start) && !negated(m));
    // Answered already ("zijn beantwoord") or to be ("zullen worden
    // betrokken bij"): a postponement outranks only the second.
    let answered: Vec<&Range<usize>> = answered
        .iter()
        .filter(|m| outside(m.start) && !negated(m))
        .collect();
    let done = answered.iter().find(|m| {
        let s = sentences.get(sentence_of(m.start)).map_or(0, |s| s.start);
        // The words of the named questions' topic are not the verb's.
        let named_end = named
            .iter()
            .filter(|q| q.end <= m.start)
            .map(|q| q.end)
            .max()
            .unwrap_or(0);
        let from = text::floor_char_boundary(t, m.start.saturating_sub(60))
            .max(s)
            .max(named_end);
        let before = &t[from..m.end];
        has_word(
            before,
            &[
                "zijn",
                "is",
                "werden",
                "werd",
                "heb",
                "hebben",
                "heeft",
                "reeds",
                "inmiddels",
            ],
        ) && !has_word(before, &["zullen", "zal", "kunnen", "kan"])
    });
    // "niet binnen de termijn" says more than the word "uitstel", which
    // may be a subject line ("Betreft Uitstel beantwoording …").
    let postponed = {
        let ok = |m: &&Range<usize>| {
            outside(m.start) && (!letter || ANSWERING.is_match(sentence_text(m.start)))
        };
        let is_term = |m: &&Range<usize>| !t[(*m).clone()].starts_with(['u', 'U']);
        postponed
            .iter()
            .filter(ok)
            .find(is_term)
            .or_else(|| postponed.iter().find(ok))
    };
    // An answer speaks of all its questions: "De vragen van het lid …",
    // "deze vragen", not "vraag 3".
    let whole = |m: &Range<usize>| {
        mode != Mode::Answer
            || named
                .iter()
                .any(|q| q.end <= m.start && sentence_of(q.start) == sentence_of(m.start))
            || sentences
                .get(sentence_of(m.start))
                .is_some_and(|s| names_all_questions(&t[s.start..m.start]))
    };
    let withdrawn = withdrawn.filter(|m| whole(m));
    // The first that says so: a participle, or a reference.
    let referred = referred
        .iter()
        .find(|m| outside(m.start) && !negated(m) && whole(m));
    let done: Option<&Range<usize>> = match (done.copied().filter(|m| whole(m)), referred) {
        (Some(a), Some(b)) => Some(if a.start <= b.start { a } else { b }),
        (a, b) => a.or(b),
    };
    let first_answered = answered.iter().find(|m| whole(m));
    let (status, at) = if letter {
        match postponed {
            Some(m) => (NoticeStatus::Postponed, m.clone()),
            None => return r,
        }
    } else if mode == Mode::Answer {
        match withdrawn
            .map(|m| (NoticeStatus::Withdrawn, m))
            .or(done.map(|m| (NoticeStatus::AnsweredElsewhere, m)))
        {
            Some((s, m)) => (s, m.clone()),
            None => return r,
        }
    } else if let Some(m) = withdrawn {
        (NoticeStatus::Withdrawn, m.clone())
    } else if let Some(m) = done {
        (NoticeStatus::AnsweredElsewhere, m.clone())
    } else if let Some(m) = postponed {
        (NoticeStatus::Postponed, m.clone())
    } else if let Some(m) = first_answered {
        (NoticeStatus::AnsweredElsewhere, (*m).clone())
    } else {
        return r;
    };
    r.status = Some(status);
    let k = sentence_of(at.start);
    let Some(statement) = sentences.get(k).cloned() else {
        return r;
    };
    r.statement = Some(statement.clone());
    r.repeated = status == NoticeStatus::Postponed
        && hits
            .iter()
            .filter(|h| matches!(h.cue, Cue::Again | Cue::Earlier | Cue::Uitstel))
            .any(|h| REPEATED.is_match(&t[h.start..]));
    if status == NoticeStatus::AnsweredElsewhere {
        // Where and when: in the statement, outside the named questions.
        let from = r
            .questions
            .iter()
            .filter(|q| statement.contains(&q.range.start))
            .map(|q| q.range.end)
            .max()
            .unwrap_or(statement.start)
            .max(statement.start);
        let rest = &t[from..statement.end];
        r.answered_in = answered_in(rest);
        r.answered_on = date_in(rest, anchor);
    }
    if mode == Mode::Answer {
        return r;
    }
    if status != NoticeStatus::Other {
        r.reason = reason(t, &sentences, &hits, k, &r.questions);
    }
    r.promise = promise::find(t, &sentences, &hits, k, &at, anchor, outside);
    r
}

/// Whether `s` (the words before a verb) has the questions as a whole for
/// its subject: "de vragen", "deze (Kamer)vragen", "alle vragen", not
/// followed by a number ("de vragen 2 en 3").
fn names_all_questions(s: &str) -> bool {
    static ALL: Lazy<Regex> = Lazy::new(|| {
        Regex::new(r"(?i)(?-u:\b)(?:de|deze|alle|uw|die|hun|zijn|haar)\s+(?:schriftelijke\s+)?(?:kamer)?vragen(?-u:\b)")
            .expect("all questions")
    });
    ALL.find_iter(s).any(|m| {
        !s[m.end()..]
            .trim_start()
            .starts_with(|c: char| c.is_ascii_digit())
    })
}

/// What the front of an answer says of the questions as a whole: that they
/// were withdrawn, or answered elsewhere (with where and when). `runs` are
/// the paragraphs read.
pub(crate) fn answer_statement<'a>(
    joiner: &Joiner<'a, '_>,
    runs: &[Vec<Line>],
    anchor: Option<NaiveDate>,
) -> Option<(NoticeStatus, Field<'a>, Option<String>, Option<NaiveDate>)> {
    let flat = Flat::new(joiner, runs);
    let r = read(&flat, anchor, Mode::Answer);
    let statement = r.statement?;
    Some((
        r.status?,
        Field {
            text: flat.field(joiner, &statement),
            span: flat.span(&statement),
        },
        r.answered_in,
        r.answered_on,
    ))
}

/// Whether the sentence says the term is not met around `m` ("binnen de
/// termijn"): "niet" or "geen" before it in its sentence (at most 100 bytes
/// back: "het niet mogelijk is deze motie binnen …"), or "niet" in the
/// three words after it ("binnen de termijn niet haalbaar").
fn negative(t: &str, m: &Range<usize>, sentences: &[Range<usize>]) -> bool {
    let s = sentences
        .iter()
        .find(|s| s.contains(&m.start))
        .map_or(0..t.len(), Clone::clone);
    let from = text::floor_char_boundary(t, m.start.saturating_sub(100)).max(s.start);
    has_word(&t[from..m.start], &["niet", "geen"])
        || t[m.end..s.end.max(m.end)]
            .split_whitespace()
            .take(3)
            .any(|w| has_word(w, &["niet"]))
}

/// The words of `t[from..to]`, as ranges of `t`.
fn words_of(t: &str, from: usize, to: usize) -> impl Iterator<Item = Range<usize>> + '_ {
    let piece = &t[from..to];
    piece
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(move |w| {
            let start = w.as_ptr() as usize - piece.as_ptr() as usize + from;
            start..start + w.len()
        })
}

/// Whether `s` has one of `words` as a whole word (ASCII case ignored).
fn has_word(s: &str, words: &[&str]) -> bool {
    s.split(|c: char| !c.is_alphanumeric())
        .any(|w| words.iter().any(|x| w.eq_ignore_ascii_case(x)))
}

/// The questions the notice names, each up to the end of its "(ingezonden
/// …)" or zaaknummer parentheses, else to the first statement after it,
/// else to the end of its sentence; or a whole sentence that says who
/// asked ("Op 6 november jl. hebben de leden … vragen gesteld …").
fn named_questions(
    t: &str,
    sentences: &[Range<usize>],
    hits: &[Hit],
    statements: &[usize],
    anchor: Option<NaiveDate>,
) -> Vec<Named> {
    let mut out: Vec<Named> = Vec::new();
    let sentence_of = |pos: usize| sentences.iter().find(|s| s.contains(&pos)).cloned();
    let vragen = || hits.iter().filter(|h| h.cue == Cue::Vragen);
    for h in vragen() {
        let Some(m) = QUESTIONS_NAMED.find(&t[h.start..]) else {
            continue;
        };
        let m_end = h.start + m.end();
        let Some(s) = sentence_of(h.start) else {
            continue;
        };
        let start = named_start(t, h.start, s.start);
        let end = closing_parenthesis(t, m_end, s.end, anchor)
            .or_else(|| {
                statements
                    .iter()
                    .copied()
                    .filter(|&p| p > m_end && p < s.end)
                    .min()
                    .map(|p| m_end + t[m_end..p].trim_end().len())
            })
            .unwrap_or(s.end);
        let range = start..end;
        if out
            .iter()
            .any(|q| q.range.start < range.end && range.start < q.range.end)
        {
            continue;
        }
        out.push(named(t, range, anchor, false));
    }
    for h in vragen() {
        if !QUESTIONS_ASKED.is_match(&t[h.start..]) {
            continue;
        }
        let Some(s) = sentence_of(h.start) else {
            continue;
        };
        if !has_word(
            &t[s.start..h.start],
            &["lid", "leden", "kamerlid", "kamerleden"],
        ) {
            continue;
        }
        if out
            .iter()
            .any(|q| q.range.start < s.end && s.start < q.range.end)
        {
            continue;
        }
        out.push(named(t, s, anchor, true));
    }
    out.sort_by_key(|q| q.range.start);
    out
}

/// Where the words that name questions start, given where their "vragen"
/// starts: back over "Kamer" glued to it, "schriftelijke" and an article
/// ("de", "deze", "uw", "die"), within the sentence that starts at `floor`.
fn named_start(t: &str, vragen: usize, floor: usize) -> usize {
    let word_start = |end: usize| {
        t[floor..end]
            .char_indices()
            .rev()
            .find(|&(_, c)| !c.is_alphanumeric())
            .map_or(floor, |(p, c)| floor + p + c.len_utf8())
    };
    let mut start = word_start(vragen);
    let previous = |start: usize| {
        let end = floor + t[floor..start].trim_end().len();
        (end < start).then(|| (word_start(end), end))
    };
    if let Some((s, e)) = previous(start)
        && t[s..e].eq_ignore_ascii_case("schriftelijke")
    {
        start = s;
    }
    if let Some((s, e)) = previous(start)
        && ["de", "deze", "uw", "die"]
            .iter()
            .any(|w| t[s..e].eq_ignore_ascii_case(w))
    {
        start = s;
    }
    start
}

/// The end of the first parenthesis group after `from` (before `end`) that
/// dates or numbers the questions: "(ingezonden 30 mei 2024)",
/// "(2024Z17067)", "(4 september 2009)".
fn closing_parenthesis(
    t: &str,
    from: usize,
    end: usize,
    anchor: Option<NaiveDate>,
) -> Option<usize> {
    let mut pos = from;
    while let Some(open) = t[pos..end].find('(').map(|p| pos + p) {
        let close = t[open..end].find(')').map(|p| open + p)?;
        let inside = &t[open + 1..close];
        if INGEZONDEN.find_iter(inside).next().is_some()
            || zaaknummer(inside).is_some()
            || inside.contains("kenmerk")
            || date_in(inside, anchor).is_some()
        {
            return Some(close + 1);
        }
        pos = close + 1;
    }
    None
}

/// The first day-month date in `s`.
fn date_in(s: &str, anchor: Option<NaiveDate>) -> Option<NaiveDate> {
    s.char_indices()
        .filter(|&(i, c)| c.is_ascii_digit() && (i == 0 || !s.as_bytes()[i - 1].is_ascii_digit()))
        .find_map(|(i, _)| date::day_month_at(&s[i..], anchor).and_then(|d| d.date))
}

/// A zaaknummer ("2024Z17067") in `s`.
fn zaaknummer(s: &str) -> Option<String> {
    static ZAAK: Lazy<Regex> =
        Lazy::new(|| Regex::new(r"(?-u:\b)(?:19|20)[0-9]{2}Z\s?[0-9]{5}(?-u:\b)").expect("zaak"));
    ZAAK.find(s)
        .map(|m| m.as_str().split_whitespace().collect())
}

/// What the words naming the questions say: zaaknummer, members, date.
fn named(t: &str, range: Range<usize>, anchor: Option<NaiveDate>, asked: bool) -> Named {
    let s = &t[range.clone()];
    let asked_on = crate::date::date_after_word(s, &INGEZONDEN, anchor)
        .and_then(|d| d.0)
        .or_else(|| {
            // "(4 september 2009)" after the topic, or "Op 6 november jl."
            // in a sentence that says who asked.
            if asked {
                date_in(s, anchor)
            } else {
                let mut pos = 0;
                let mut found = None;
                while let Some(open) = s[pos..].find('(').map(|p| pos + p) {
                    let close = s[open..].find(')').map_or(s.len(), |p| open + p);
                    if let Some(d) = date_in(&s[open..close], anchor) {
                        found = Some(d);
                        break;
                    }
                    pos = close.min(s.len() - 1) + 1;
                    if pos >= s.len() {
                        break;
                    }
                }
                found
            }
        });
    Named {
        zaaknummer: zaaknummer(s),
        members: heading::members(s),
        asked_on,
        range,
    }
}

/// The canonical id of the document the questions were answered in, as
/// cited in `s`: a Kamerstuk, Aanhangsel or Handelingen citation or a
/// documentnummer, or a Kamerstuk printed bare in parentheses ("(36
/// 471-64)").
fn answered_in(s: &str) -> Option<String> {
    // A bare "(36 471-64)" needs no citation parser; a citation before it
    // still comes first.
    let bare = BARE_KAMERSTUK.captures(s);
    let before = bare
        .as_ref()
        .map_or(s, |c| &s[..c.get(0).expect("group 0").start()]);
    let cited = crate::references::find_references(before)
        .into_iter()
        .find(|r| {
            matches!(
                r.kind,
                ReferenceKind::Kamerstuk
                    | ReferenceKind::Aanhangsel
                    | ReferenceKind::Handelingen
                    | ReferenceKind::Documentnummer
            )
        });
    if let Some(r) = cited {
        return Some(r.id);
    }
    let c = bare?;
    let dossier: u32 = format!("{}{}", &c[1], &c[2]).parse().ok()?;
    // "21 501-32" names a sub-dossier, not a stuk.
    if crate::ids::SUBDIVIDED_DOSSIERS.contains(&dossier) {
        return None;
    }
    let number = KamerstukNumber::Number(c[3].parse().ok()?);
    KamerstukRef::new(dossier, None, None, Some(number))
        .ok()
        .map(|k| k.to_string())
}

/// The reason for the postponement: the first one from the statement's
/// sentence `k` on, then before it; outside the named questions. Each
/// pattern is searched once over the whole text.
fn reason(
    t: &str,
    sentences: &[Range<usize>],
    hits: &[Hit],
    k: usize,
    questions: &[Named],
) -> Option<Range<usize>> {
    let inside = |p: usize| questions.iter().any(|q| q.range.contains(&p));
    let sentence_of = |pos: usize| sentences.partition_point(|s| s.end <= pos);
    // Every reason, by sentence: (sentence, start, end).
    let mut found: Vec<(usize, usize, usize)> = Vec::new();
    for (i, s) in sentences.iter().enumerate() {
        // The first word decides whether the pattern can match.
        let first = t[s.clone()].split(' ').next().unwrap_or("");
        let opener = [
            "gezien", "gelet", "als", "met", "door", "in", "vanwege", "wegens",
        ]
        .iter()
        .any(|w| first.eq_ignore_ascii_case(w));
        if opener
            && !inside(s.start)
            && let Some(m) = REASON_OPENS.find(&t[s.clone()])
        {
            found.push((i, s.start, phrase_end(t, s.start + m.end(), s.end)));
        }
    }
    for h in hits {
        let i = sentence_of(h.start);
        let Some(s) = sentences.get(i) else {
            continue;
        };
        if inside(h.start)
            || found
                .iter()
                .any(|f| f.0 == i && f.1 <= h.start && h.start < f.2)
        {
            continue;
        }
        let rest = &t[h.start..s.end];
        match h.cue {
            Cue::Reden | Cue::Dit => {
                let own = if h.cue == Cue::Reden {
                    &REASON_OWN
                } else {
                    &REASON_DIT
                };
                if let Some(m) = own.find(rest) {
                    let start = h.start + m.end();
                    found.push((i, start, clause_end(t, start, s.end)));
                }
            }
            Cue::Because => {
                // A clause: to the comma that ends it when it opens the
                // sentence, else to the end of the sentence.
                let end = if t[s.start..h.start].trim().is_empty() {
                    rest.find(',').map_or(s.end, |p| h.start + p)
                } else {
                    clause_end(t, h.start, s.end)
                };
                found.push((i, h.start, end));
            }
            Cue::Owing => found.push((i, h.start, phrase_end(t, h.end, s.end))),
            Cue::Verband => {
                let Some(m) = REASON_VERBAND.find(rest) else {
                    continue;
                };
                // "in verband met", "in afwachting van": from the "in".
                let mut at = h.start;
                if let Some(p) = in_before(t, s.start, at) {
                    at = p;
                }
                found.push((i, at, phrase_end(t, h.start + m.end(), s.end)));
            }
            _ => {}
        }
    }
    // From the statement's sentence on, then before it; the first in a
    // sentence.
    let cued = found
        .into_iter()
        .min_by_key(|&(i, start, _)| (i < k, i, start))
        .map(|(_, s, e)| s..e);
    cued.or_else(|| {
        // Else a sentence after the statement that says what the answer
        // needs ("Voor de beantwoording is nadere afstemming nodig"), and
        // promises nothing.
        let ahead = |s: &Range<usize>| {
            hits.iter()
                .any(|h| h.cue == Cue::Ahead && s.contains(&h.start))
        };
        sentences
            .iter()
            .skip(k + 1)
            .find(|s| !inside(s.start) && !ahead(s) && NEEDS.is_match(&t[(*s).clone()]))
            .map(|s| s.start..clause_end(t, s.start, s.end))
    })
}

/// Where a whole word "in" right before `at` (after spaces) starts, not
/// before `floor`: "in | verband met".
fn in_before(t: &str, floor: usize, at: usize) -> Option<usize> {
    let before = t[floor..at].trim_end().as_bytes();
    let n = before.len();
    let is_in = n >= 2 && before[n - 2..].eq_ignore_ascii_case(b"in");
    let whole =
        n == 2 || (n > 2 && !(before[n - 3].is_ascii_alphanumeric() || before[n - 3] >= 0x80));
    (is_in && whole).then(|| floor + n - 2)
}

/// The end of a clause that runs from `from` to the end of its sentence
/// `end`: before the closing stop, or at a semicolon.
fn clause_end(t: &str, from: usize, end: usize) -> usize {
    let piece = &t[from..end];
    let stop = piece.find(';').unwrap_or(piece.len());
    from + piece[..stop].trim_end_matches(['.', '!', '?', ' ']).len()
}

/// Finite verbs that end a fronted reason: "Vanwege de nodige afstemming
/// | kunnen de vragen niet …".
const MAIN_VERBS: &[&str] = &[
    "kunnen", "kan", "kon", "konden", "is", "zijn", "was", "waren", "zal", "zullen", "wordt",
    "worden", "werd", "werden", "lukt", "lukte", "heb", "hebben", "heeft", "had", "ben", "moet",
    "moeten", "vraag", "verzoek", "vergt", "vergen", "duurt", "niet",
];

/// The end of a prepositional reason that starts before `from`: the first
/// comma, or the first finite verb, unless a relative clause ("die nodig
/// is") comes first, then its comma.
fn phrase_end(t: &str, from: usize, end: usize) -> usize {
    let piece = &t[from..end];
    let comma = piece.find([',', ';']).map(|p| from + p);
    let mut pos = 0;
    for w in piece.split(' ') {
        let word = w.trim_matches(|c: char| !c.is_alphanumeric());
        let lower = word.to_lowercase();
        if ["die", "dat", "welke", "waarvoor", "waarbij", "waardoor"].contains(&lower.as_str()) {
            return comma.unwrap_or(clause_end(t, from, end));
        }
        if pos > 0 && MAIN_VERBS.contains(&lower.as_str()) {
            let verb = from + pos;
            return comma
                .filter(|&c| c < verb)
                .unwrap_or(from + piece[..pos].trim_end().len());
        }
        if comma.is_some_and(|c| c < from + pos) {
            break;
        }
        pos += w.len() + 1;
    }
    comma.unwrap_or_else(|| clause_end(t, from, end))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fronted_reason_ends_before_the_verb() {
        let t = "Vanwege de nodige afstemming betreffende de beantwoording kunnen de vragen niet worden beantwoord.";
        let from = "Vanwege".len();
        assert_eq!(
            &t[..phrase_end(t, from, t.len())],
            "Vanwege de nodige afstemming betreffende de beantwoording"
        );
        let t = "In verband met de afstemming die nodig is met Defensie, kunnen de vragen niet";
        let from = "In verband met".len();
        assert_eq!(
            &t[..phrase_end(t, from, t.len())],
            "In verband met de afstemming die nodig is met Defensie"
        );
    }

    #[test]
    fn bare_kamerstuk_in_parentheses() {
        assert_eq!(
            answered_in("middels een brief over X (36 471-64) op 7 juni 2024.").as_deref(),
            Some("kst-36471-64")
        );
        assert_eq!(
            answered_in("in mijn brief van 7 juni (Kamerstuk 36 471, nr. 64).").as_deref(),
            Some("kst-36471-64")
        );
        assert_eq!(answered_in("in mijn brief van 7 juni."), None);
    }
}
