//! What a notice says about the answer to written questions.
//!
//! A "Mededeling" in the Aanhangsel van de Handelingen (or the Tweede
//! Kamer's own "AH 600" text) tells the Kamer that the answer is postponed,
//! was given elsewhere, or that the questions were withdrawn.

use once_cell::sync::Lazy;
use regex::Regex;

use crate::heading;
use crate::model::{Field, Notice, Question};
use crate::noise::Tag;
use crate::span::Span;
use crate::text::{self, Joiner, Line};

static POSTPONED: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)niet\s+binnen\s+de\s+(?:gebruikelijke\s+)?termijn|(?-u:\b)uitstel(?-u:\b)")
        .expect("postponed")
});

/// The notice text: the content after the heading that is not a question.
pub(crate) fn read_notice<'a>(
    src: &'a str,
    lines: &[Line],
    tags: &[Tag],
    head: &heading::Heading<'_>,
    questions: &[Question<'_>],
    joiner: &Joiner<'a, '_>,
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
    // Paragraphs: runs of lines between blank lines (one line each in Word text).
    let mut paragraphs = Vec::new();
    let mut run: Vec<Line> = Vec::new();
    let flush = |run: &mut Vec<Line>, paragraphs: &mut Vec<Field<'a>>| {
        if let (Some(f), Some(l)) = (run.first(), run.last()) {
            paragraphs.push(Field {
                text: joiner.join(run),
                span: Span::new(f.start(), l.end()),
            });
        }
        run.clear();
    };
    for l in &body {
        let gap = run
            .last()
            .is_some_and(|p| src[p.end()..l.start()].matches('\n').count() > 1);
        if gap || joiner.layout == text::Layout::Paragraphs {
            flush(&mut run, &mut paragraphs);
        }
        run.push(*l);
    }
    flush(&mut run, &mut paragraphs);
    if let (Some(m), Some(first)) = (label, paragraphs.first_mut()) {
        first.span.start = m.start();
    }
    Notice {
        received_on: head.received_on,
        postponement: POSTPONED.is_match(&text),
        text,
        paragraphs,
        span,
    }
}
