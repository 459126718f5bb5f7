//! The answer term: when the answer to written questions was due, and
//! whether it came in time.
//!
//! The rule (`../shared/docs/domain.md` §2.1): a minister answers written
//! questions of the Tweede Kamer within three weeks, or tells the Kamer why
//! not (parlement.com, *Vragenrecht*); after such a postponement notice the
//! Kamer counts six weeks ("een overzicht van de vragen die niet zijn
//! beantwoord binnen drie weken, of na een uitstelbericht binnen zes
//! weken", RD, February 2025). The Eerste Kamer has no term.
//!
//! The due day is the submission day plus 21 or 42 days. Six weeks apply
//! when the document is a postponement notice or cites one: an Aanhangsel
//! answer whose heading says "Zie ook Aanhangsel Handelingen, … nr. N"
//! points to the earlier publication about the same questions, which is the
//! postponement notice (every such answer in the corpus came after more than
//! three weeks), and a cover letter may mention its "uitstelbericht".

use chrono::{Days, NaiveDate};
use once_cell::sync::Lazy;
use regex::Regex;

use crate::model::{AnswerKind, AnswerStatus, Chamber, Kind, Letter, Notice, NoticeStatus, Term};
use crate::span::Span;

/// What a document says that the term is worked out from.
pub(crate) struct Document<'d> {
    pub src: &'d str,
    pub kind: Kind,
    pub letter: Option<&'d Letter<'d>>,
    /// The answer heading, whitespace collapsed, and its span.
    pub answer_heading: Option<(&'d str, Span)>,
    /// The other heading lines ("Zie ook Aanhangsel …").
    pub heading_lines: &'d [Span],
    /// Where the questions start: the cover letter is before it.
    pub front_end: usize,
    pub submitted_on: Option<NaiveDate>,
    /// The answer's own date: the letter's for an answer letter, the
    /// "(ontvangen …)" date for answers.
    pub answer_date: Option<NaiveDate>,
    pub notice: Option<&'d Notice<'d>>,
    pub answer_status: Option<&'d AnswerStatus<'d>>,
    /// Whether the questions have a zaaknummer ("2023Z19677"), the
    /// Tweede Kamer's case number.
    pub has_zaaknummer: bool,
}

/// The term of the document `d`.
pub(crate) fn read(d: &Document<'_>) -> Term {
    let src = d.src;
    let answer = d.answer_status.map(|a| a.kind);
    let notice = d.notice.filter(|_| d.kind == Kind::Notice);
    let answered_on = match (notice, d.answer_status) {
        // A notice answers only when the questions were answered elsewhere.
        (Some(n), _) => n
            .answered_on
            .filter(|_| n.status == NoticeStatus::AnsweredElsewhere),
        (_, Some(a)) if a.kind == AnswerKind::AnsweredElsewhere => a.answered_on.or(d.answer_date),
        // Withdrawn questions are not answered.
        (_, Some(a)) if a.kind == AnswerKind::Withdrawn => None,
        _ => d.answer_date,
    };
    // The "Zie ook" of a supplementary answer points to the first answer,
    // not to a postponement notice.
    let cites = answer == Some(AnswerKind::Answer) && {
        let front = &src[..crate::text::floor_char_boundary(src, d.front_end.min(FRONT))];
        // The heading lines, each with what follows it: "Zie ook" may end
        // the heading and "Aanhangsel Handelingen" start the next line.
        let heading = d
            .answer_heading
            .map(|(t, s)| (t, s.end))
            .into_iter()
            .chain(d.heading_lines.iter().map(|s| (&src[s.range()], s.end)))
            .map(|(t, end)| {
                (
                    t,
                    &src[end..crate::text::floor_char_boundary(src, end + 40)],
                )
            });
        cites_postponement(heading, front)
    };
    term(&Facts {
        // A zaaknummer is the Tweede Kamer's: where nothing else names
        // the chamber (a letter whose addressee block is empty), it does.
        chamber: chamber(src, d.letter)
            .or_else(|| d.has_zaaknummer.then_some(Chamber::TweedeKamer)),
        submitted_on: d.submitted_on,
        answered_on,
        notice: notice.map(|n| n.status),
        answer,
        cites_postponement: cites,
    })
}

/// How much of the front (the cover letter) is read for a mention of the
/// postponement.
const FRONT: usize = 8 * 1024;

/// What the term is worked out from.
#[derive(Debug, Default)]
struct Facts {
    chamber: Option<Chamber>,
    submitted_on: Option<NaiveDate>,
    /// The day of the answer: the answer's own date, or the date questions
    /// answered elsewhere were answered.
    answered_on: Option<NaiveDate>,
    /// The notice's status, for a notice.
    notice: Option<NoticeStatus>,
    /// The kind of answer, for answers.
    answer: Option<AnswerKind>,
    /// Whether the document cites a postponement notice.
    cites_postponement: bool,
}

/// How far into the text (from either end) the chamber is looked for: the
/// publication's kop ("Tweede Kamer der Staten-Generaal") is at the top,
/// its page footer ("Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel",
/// "ah-tk-20232024-1999") at the bottom.
const ENDS: usize = 600;

/// The chamber the document shows the questions were asked in: a letter's
/// addressee, else the kop or footer of the publication. `None` when it does
/// not show it.
fn chamber(src: &str, letter: Option<&Letter<'_>>) -> Option<Chamber> {
    if let Some(c) = letter
        .and_then(|l| l.recipient.as_ref())
        .and_then(|r| r.chamber)
    {
        return Some(c);
    }
    let head = &src[..crate::text::floor_char_boundary(src, ENDS)];
    let tail = &src[crate::text::floor_char_boundary(src, src.len().saturating_sub(ENDS))..];
    says_chamber(head).or_else(|| says_chamber(tail))
}

/// The chamber `piece` names as a publication does: "Tweede Kamer der
/// Staten-Generaal", "Eerste Kamer, vergaderjaar …", "ah-tk-…". Found by
/// its "Kamer" and "ah-" (SIMD searches), then the words around them.
fn says_chamber(piece: &str) -> Option<Chamber> {
    static KAMER: Lazy<memchr::memmem::Finder<'static>> =
        Lazy::new(|| memchr::memmem::Finder::new(" Kamer"));
    static AH: Lazy<memchr::memmem::Finder<'static>> =
        Lazy::new(|| memchr::memmem::Finder::new("ah-"));
    let b = piece.as_bytes();
    let which = |before: &[u8]| {
        if before.ends_with(b"Tweede") {
            Some(Chamber::TweedeKamer)
        } else if before.ends_with(b"Eerste") {
            Some(Chamber::EersteKamer)
        } else {
            None
        }
    };
    for p in KAMER.find_iter(b) {
        let after = &b[p + " Kamer".len()..];
        if (after.starts_with(b" der Staten-Generaal") || after.starts_with(b", vergaderjaar"))
            && let Some(c) = which(&b[..p])
        {
            return Some(c);
        }
    }
    AH.find_iter(b).find_map(|p| match b.get(p + 3..p + 6) {
        Some(b"tk-") => Some(Chamber::TweedeKamer),
        Some(b"ek-") => Some(Chamber::EersteKamer),
        _ => None,
    })
}

/// Whether an answer cites a postponement notice: a heading line says "Zie
/// ook Aanhangsel Handelingen …" (`heading`: the answer heading and
/// heading lines, each with the text that follows it), or its front
/// (`front`: the cover letter before the questions) mentions its
/// "uitstelbericht" or the postponement it asked for.
fn cites_postponement<'h>(
    mut heading: impl Iterator<Item = (&'h str, &'h str)>,
    front: &str,
) -> bool {
    static CITED: Lazy<Regex> = Lazy::new(|| {
        Regex::new(concat!(
            r"(?i)uitstel(?:bericht|brief|mededeling)",
            r"|uitstel\s+(?:is\s+|werd\s+|heb\s+ik\s+)?(?:gevraagd|gemeld|verzocht|aangevraagd|verleend|verkregen)",
            r"|(?-u:\b)(?:om|voor)\s+uitstel",
        ))
        .expect("postponement cited")
    });
    static UITSTEL: Lazy<memchr::memmem::Finder<'static>> =
        Lazy::new(|| memchr::memmem::Finder::new("itstel"));
    heading.any(|(line, next)| see_also_aanhangsel(line, next))
        || (UITSTEL.find(front.as_bytes()).is_some() && CITED.is_match(front))
}

/// Whether `line` says "Zie ook Aanhangsel", the "Aanhangsel" maybe at the
/// start of `next`, with any spaces and line ends between the words.
fn see_also_aanhangsel(line: &str, next: &str) -> bool {
    static ZIE_OOK: Lazy<memchr::memmem::Finder<'static>> =
        Lazy::new(|| memchr::memmem::Finder::new("Zie ook"));
    let Some(p) = ZIE_OOK.find(line.as_bytes()) else {
        return false;
    };
    let rest = line[p + "Zie ook".len()..].trim_start();
    rest.starts_with("Aanhangsel")
        || (rest.is_empty() && next.trim_start().starts_with("Aanhangsel"))
}

/// The term for `f`.
fn term(f: &Facts) -> Term {
    let postponed = f.notice == Some(NoticeStatus::Postponed) || f.cites_postponement;
    let weeks = match f.chamber {
        Some(Chamber::EersteKamer) => None,
        _ if postponed => Some(6),
        _ => Some(3),
    };
    let due_on = weeks
        .zip(f.submitted_on)
        .and_then(|(w, s)| s.checked_add_days(Days::new(7 * u64::from(w))));
    // A supplementary or corrected answer does not tell whether the first
    // answer kept the term.
    let measured = !matches!(
        f.answer,
        Some(AnswerKind::Supplementary | AnswerKind::Corrected | AnswerKind::Withdrawn)
    );
    let late = due_on
        .zip(f.answered_on)
        .filter(|_| measured)
        .map(|(due, on)| (on - due).num_days());
    Term {
        chamber: f.chamber,
        weeks,
        postponed,
        due_on,
        answered_on: f.answered_on,
        kept: late.map(|d| d <= 0),
        days_late: late.map(|d| d.max(0)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, day)
    }

    #[test]
    fn a_postponement_is_cited_by_the_heading_or_the_cover_letter() {
        let none = std::iter::empty::<(&str, &str)>;
        let heading = "Antwoord van minister X (Y) (ontvangen 4 februari 2025). Zie ook Aanhangsel Handelingen, vergaderjaar 2024–2025, nr. 1028.";
        assert!(cites_postponement([(heading, "")].into_iter(), ""));
        // "Zie ook" ends the heading line; "Aanhangsel" starts the next.
        let split = "Antwoord van minister X (Y) (ontvangen 4 februari 2025). Zie ook";
        assert!(cites_postponement(
            [(split, "\nAanhangsel Handelingen, vergaderjaar")].into_iter(),
            ""
        ));
        assert!(!cites_postponement(
            [(
                "Antwoord van minister X (Y) (ontvangen 4 februari 2025).",
                "\nVraag 1"
            )]
            .into_iter(),
            "Hierbij ontvangt u de antwoorden."
        ));
        assert!(cites_postponement(
            none(),
            "Zoals gemeld in mijn uitstelbericht van 3 mei ontvangt u hierbij de antwoorden."
        ));
        assert!(!cites_postponement(
            none(),
            "over het uitstel van de invoering van de wet"
        ));
    }

    #[test]
    fn three_weeks_then_six_after_a_postponement() {
        let mut f = Facts {
            submitted_on: d(2024, 3, 6),
            answered_on: d(2024, 3, 27),
            ..Facts::default()
        };
        let t = term(&f);
        assert_eq!((t.weeks, t.due_on), (Some(3), d(2024, 3, 27)));
        assert_eq!((t.kept, t.days_late), (Some(true), Some(0)));
        f.answered_on = d(2024, 4, 5);
        let t = term(&f);
        assert_eq!((t.kept, t.days_late), (Some(false), Some(9)));
        f.cites_postponement = true;
        let t = term(&f);
        assert_eq!((t.weeks, t.due_on), (Some(6), d(2024, 4, 17)));
        assert_eq!((t.kept, t.days_late), (Some(true), Some(0)));
    }

    #[test]
    fn no_term_in_the_eerste_kamer_and_no_guess_without_dates() {
        let f = Facts {
            chamber: Some(Chamber::EersteKamer),
            submitted_on: d(2024, 3, 6),
            answered_on: d(2024, 5, 1),
            ..Facts::default()
        };
        let t = term(&f);
        assert_eq!(
            (t.weeks, t.due_on, t.kept, t.days_late),
            (None, None, None, None)
        );
        let t = term(&Facts {
            answered_on: d(2024, 5, 1),
            ..Facts::default()
        });
        assert_eq!((t.weeks, t.due_on, t.kept), (Some(3), None, None));
    }

    #[test]
    fn a_supplementary_answer_is_not_measured() {
        let t = term(&Facts {
            submitted_on: d(2024, 3, 6),
            answered_on: d(2024, 9, 1),
            answer: Some(AnswerKind::Supplementary),
            ..Facts::default()
        });
        assert_eq!(t.due_on, d(2024, 3, 27));
        assert_eq!((t.kept, t.days_late), (None, None));
    }
}
