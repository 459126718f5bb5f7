//! What kind of answer a document gives: the answers, supplementary or
//! corrected answers, or word that the questions were withdrawn or
//! answered elsewhere.
//!
//! A supplementary answer says so where a reader looks first: in its
//! heading ("Antwoord van … (nader)", "Nader antwoord"), the letter's subject
//! or opening ("Hierbij zend ik u de aanvullende antwoorden …", "nadere
//! beantwoording", "In aanvulling op mijn antwoorden van 3 mei …"), or the
//! first words of its first answer. Only those places are read: inside the
//! answers, "in aanvulling op het antwoord op vraag 2" is about another
//! answer, not about the document. Withdrawn and answered elsewhere are
//! read as in a notice ([`crate::notice`]), when said of the questions as a
//! whole ("De vragen … zijn beantwoord in de brief van …"), not of one
//! ("Vraag 3 is beantwoord in …").

use std::ops::Range;

use chrono::NaiveDate;
use once_cell::sync::Lazy;
use regex::Regex;

use crate::model::{Answer, AnswerKind, AnswerStatus, Field, Letter, NoticeStatus};
use crate::noise::Tag;
use crate::notice;
use crate::sentences::Flat;
use crate::span::Span;
use crate::text::{Joiner, Line};

/// What the gate looks for. Every supplementary or corrected wording has
/// "antwoord" in it ("nadere beantwoording", "aanvullende antwoorden",
/// "gecorrigeerde antwoorden") except "(nader)"; so has "beantwoord in …"
/// for answered elsewhere, which also says "meegenomen", "betrokken bij",
/// "afgedaan" or "verwijs (ik naar mijn brief)"; withdrawn says
/// "ingetrokken" or "intrekking" ("trokken" finds "ingetrokken" and
/// "betrokken"). Each is found by a SIMD search ("ntwoord" also finds
/// "Antwoord"): on these short texts a few such searches cost less than
/// one case-insensitive multi-pattern search, which stops at almost every
/// letter.
///
/// Withdrawn and answered elsewhere are said of the questions, so "vragen"
/// is looked for first, and their words only where it is.
const NEEDLES: &[&str] = &[
    "ntwoord",
    "(nader)",
    "vragen",
    "trokken",
    "intrekking",
    "meegenomen",
    "afgedaan",
    "verwijs",
    "verwezen",
];
static FINDERS: Lazy<Vec<memchr::memmem::Finder<'static>>> = Lazy::new(|| {
    NEEDLES
        .iter()
        .map(|w| memchr::memmem::Finder::new(w.as_bytes()))
        .collect()
});
/// Words before "antwoord" (within a few bytes) that make it supplementary
/// or corrected.
const AMENDING: &[&str] = &[
    "nader",
    "aanvul",
    "correct",
    "gecorrigeerd",
    "herzien",
    "rectificatie",
    "erratum",
];

/// What the gate found in `b`: (supplementary or corrected, withdrawn or
/// answered elsewhere).
fn gate(b: &[u8]) -> (bool, bool) {
    let (mut amended, mut elsewhere) = (false, false);
    for (k, finder) in FINDERS.iter().enumerate() {
        match k {
            0 => {
                for p in finder.find_iter(b) {
                    // One of the four words before the one "ntwoord" is
                    // in: "nadere be|antwoord|ing", "gecorrigeerde
                    // a|ntwoord|en", "correctie op de be|antwoord|ing",
                    // "in aanvulling op mijn a|ntwoord|en".
                    let mut end = b[..p]
                        .iter()
                        .rposition(|c| !c.is_ascii_alphabetic())
                        .map_or(0, |q| q + 1);
                    for _ in 0..4 {
                        let Some(e) = b[..end].iter().rposition(|c| c.is_ascii_alphabetic()) else {
                            break;
                        };
                        let start = b[..e]
                            .iter()
                            .rposition(|c| !c.is_ascii_alphabetic())
                            .map_or(0, |q| q + 1);
                        let word = &b[start..=e];
                        if AMENDING.iter().any(|w| {
                            word.len() >= w.len()
                                && word[..w.len()].eq_ignore_ascii_case(w.as_bytes())
                        }) {
                            amended = true;
                            break;
                        }
                        end = start;
                    }
                    // "be|antwoord in" (not "antwoorden in").
                    let rest = &b[p + "ntwoord".len()..];
                    elsewhere |= p >= 3
                        && b[p - 3..p].eq_ignore_ascii_case(b"bea")
                        && ["in ", "middels", "met ", "bij ", "via ", "tijdens"]
                            .iter()
                            .any(|w| {
                                rest.strip_prefix(b" ")
                                    .is_some_and(|r| r.starts_with(w.as_bytes()))
                            });
                }
            }
            1 => amended |= finder.find(b).is_some(),
            2 => {
                if finder.find(b).is_none() {
                    break;
                }
            }
            _ => elsewhere |= finder.find(b).is_some(),
        }
    }
    (amended, elsewhere)
}
/// "(nader)", "nader(e) antwoord(en)", "nadere beantwoording",
/// "aanvullend(e) antwoord(en)", "(In) aanvulling op mijn (eerdere)
/// antwoorden".
static SUPPLEMENTARY: Lazy<Regex> = Lazy::new(|| {
    Regex::new(concat!(
        r"(?i)\(\s*nader\s*\)",
        r"|(?-u:\b)(?:nader(?:e)?|aanvullende?)\s+(?:antwoord(?:en)?|beantwoording)(?-u:\b)",
        r"|(?-u:\b)aanvulling\s+op\s+(?:mijn|de|het|onze|eerdere?)\s+(?:[a-z]+\s+){0,3}?(?:antwoord(?:en)?|beantwoording)",
    ))
    .expect("supplementary")
});
/// "gecorrigeerde antwoorden", "herziene beantwoording", "correctie op
/// de beantwoording", "rectificatie van mijn antwoord".
static CORRECTED: Lazy<Regex> = Lazy::new(|| {
    Regex::new(concat!(
        r"(?i)(?-u:\b)(?:gecorrigeerde|herziene|verbeterde)\s+(?:versie\s+van\s+(?:de|het|mijn)\s+)?(?:antwoord(?:en)?|beantwoording)",
        r"|(?-u:\b)(?:correctie|rectificatie|erratum)\s+(?:op|van|in|bij)\s+(?:de|het|mijn)\s+(?:[a-z]+\s+){0,2}?(?:antwoord(?:en)?|beantwoording)",
    ))
    .expect("corrected")
});

/// The longest front of a document (without a letter) read: who answers
/// what, and how, is said near the top.
const FRONT: usize = 8 * 1024;
/// Places at most this far apart are searched as one text by the gate.
const GAP: usize = 2048;

/// How much of the first answer is read, at most: its first sentence.
const FIRST_ANSWER: usize = 600;

/// The places read.
pub(crate) struct Places<'l> {
    pub lines: &'l [Line],
    pub tags: &'l [Tag],
    /// The answer heading.
    pub heading: Option<Span>,
    /// The other heading lines: those after the answer heading ("Zie ook
    /// …") are read.
    pub heading_lines: &'l [Span],
    /// The letter, when the document is one: its subject, body and other
    /// lines (the annex title) are read.
    pub letter: Option<&'l Letter<'l>>,
    /// The line where the questions or answers start: without a letter and
    /// answers, the content lines before it are read.
    pub front_end: usize,
    pub answers: &'l [Answer<'l>],
}

impl Places<'_> {
    /// Every place, as byte ranges of the input, in no order.
    fn each(&self, src: &str, mut f: impl FnMut(Range<usize>)) {
        let after = self.heading.map_or(0, |h| h.start);
        for s in self
            .heading
            .iter()
            .chain(self.heading_lines.iter().filter(|s| s.start >= after))
        {
            f(s.range());
        }
        if let Some(l) = self.letter {
            for s in l
                .fields
                .iter()
                .filter(|f| f.name == "subject")
                .map(|f| f.span)
            {
                f(s.range());
            }
            for p in &l.body {
                f(p.span.range());
            }
            for o in &l.other_lines {
                f(o.span.range());
            }
        } else if self.answers.is_empty() {
            // No letter and no answers: what the document says is in the
            // content lines after its heading, up to a limit. (With
            // answers, the lines before the questions are the
            // publication's kop.)
            let mut size = 0;
            for (l, _) in self.lines[..self.front_end.min(self.lines.len())]
                .iter()
                .zip(self.tags)
                .filter(|(_, t)| **t == Tag::Content)
            {
                size += l.end() - l.start();
                if size > FRONT {
                    break;
                }
                f(l.start()..l.end());
            }
        }
        if let Some(r) = self.first_sentence(src) {
            f(r);
        }
    }

    /// The first sentence of the first answer, after its label when that is
    /// a line of its own ("Antwoord 1"): where an answer says that it is a
    /// supplement, or that the questions were answered elsewhere.
    fn first_sentence(&self, src: &str) -> Option<Range<usize>> {
        let a = self.answers.first()?;
        let span = &src.as_bytes()[a.span.range()];
        let label_end = memchr::memchr(b'\n', span)
            .filter(|&e| e < 40 && span.starts_with(b"Antw"))
            .map_or(0, |e| e + 1);
        let start = a.span.start + label_end;
        let end = crate::text::floor_char_boundary(src, a.span.end.min(start + FIRST_ANSWER));
        let text = &src[start..end.max(start)];
        let sentence = memchr::memchr_iter(b'.', text.as_bytes())
            .find(|&p| crate::sentences::ends_sentence(text, p))
            .map_or(text.len(), |p| p + 1);
        Some(start..start + sentence)
    }
}

/// What kind of answer the document gives.
pub(crate) fn read<'a>(
    p: &Places<'_>,
    joiner: &Joiner<'a, '_>,
    anchor: Option<NaiveDate>,
) -> AnswerStatus<'a> {
    let src = joiner.src;
    let first = AnswerStatus {
        kind: AnswerKind::Answer,
        statement: None,
        answered_in: None,
        answered_on: None,
    };
    // The gate searches each place, joined with the places that lie close
    // after it (what lies between them included: noise lines, letterhead
    // labels): a search has a cost of its own, and these texts are short.
    // The places come in document order but for the heading lines, which
    // are short; nothing is collected before the gate says to read.
    let (mut amended, mut elsewhere) = (false, false);
    let mut run: Option<Range<usize>> = None;
    let mut search = |r: Range<usize>| {
        let (a, e) = gate(&src.as_bytes()[r]);
        amended |= a;
        elsewhere |= e;
    };
    p.each(src, |r| match &mut run {
        Some(g) if g.start <= r.start && r.start <= g.end + GAP => g.end = g.end.max(r.end),
        _ => {
            if let Some(g) = run.replace(r) {
                search(g);
            }
        }
    });
    if let Some(g) = run {
        search(g);
    }
    if !(amended || elsewhere) {
        return first;
    }
    read_places(p, joiner, anchor, amended, elsewhere).unwrap_or(first)
}

/// What the places say, where the gate found words that may say it
/// (`amended`, `elsewhere`); `None` when they do not say it after all.
/// Kept out of [`read`], as few documents get this far.
#[cold]
#[inline(never)]
fn read_places<'a>(
    p: &Places<'_>,
    joiner: &Joiner<'a, '_>,
    anchor: Option<NaiveDate>,
    amended: bool,
    elsewhere: bool,
) -> Option<AnswerStatus<'a>> {
    let src = joiner.src;
    let mut places: Vec<Range<usize>> = Vec::new();
    p.each(src, |r| places.push(r));
    // The lines read: the parts of lines inside a place (a line may hold
    // a letterhead label and its value).
    let chosen: Vec<Line> = p
        .lines
        .iter()
        .filter_map(|l| {
            let r = places
                .iter()
                .find(|r| r.start < l.end().max(l.start() + 1) && l.start() < r.end)?;
            Some(crate::text::trim(
                src,
                l.start().max(r.start),
                l.end().min(r.end),
            ))
        })
        .collect();
    let runs = notice::paragraph_runs(src, &chosen, joiner.layout);
    if elsewhere
        && let Some((status, statement, answered_in, answered_on)) =
            notice::answer_statement(joiner, &runs, anchor)
    {
        let kind = if status == NoticeStatus::Withdrawn {
            AnswerKind::Withdrawn
        } else {
            AnswerKind::AnsweredElsewhere
        };
        return Some(AnswerStatus {
            kind,
            statement: Some(statement),
            answered_in,
            answered_on,
        });
    }
    if !amended {
        return None;
    }
    let flat = Flat::new(joiner, &runs);
    let t = flat.text.as_str();
    let found = |re: &Regex| re.find(t).map(|m| m.range());
    let (kind, at) = match (found(&CORRECTED), found(&SUPPLEMENTARY)) {
        (Some(m), _) => (AnswerKind::Corrected, m),
        (None, Some(m)) => (AnswerKind::Supplementary, m),
        (None, None) => return None,
    };
    let sentence = sentence_at(&flat, &at);
    Some(AnswerStatus {
        kind,
        statement: Some(Field {
            text: flat.field(joiner, &sentence),
            span: flat.span(&sentence),
        }),
        answered_in: None,
        answered_on: None,
    })
}

/// The sentence of `flat` that holds `at`.
fn sentence_at(flat: &Flat, at: &Range<usize>) -> Range<usize> {
    flat.sentences()
        .into_iter()
        .find(|s| s.start <= at.start && at.start < s.end)
        .unwrap_or_else(|| at.clone())
}
