//! What the result accounts for, and what it does not.
//!
//! Every non-whitespace byte of the input should lie in the span of some
//! part of the [`Document`]: a letter field, a body paragraph, a question,
//! an answer, a footnote, a reference, or recognised noise. What does not is
//! reported in [`Document::unclaimed`], so that no text is silently lost.
//! Diagnostics do not claim text.

use std::borrow::Cow;

use crate::model::{Document, Unclaimed};
use crate::span::Span;

/// Every span the document claims, unsorted.
pub(crate) fn claimed(doc: &Document<'_>) -> Vec<Span> {
    let mut v: Vec<Span> = Vec::with_capacity(claim_count(doc));
    if let Some(l) = &doc.letter {
        v.extend(l.fields.iter().map(|f| f.span));
        v.extend(l.body.iter().map(|f| f.span));
        v.extend(l.other_lines.iter().map(|f| f.span));
        v.extend(l.sender.as_ref().and_then(|s| s.span));
        v.extend(l.recipient.as_ref().and_then(|r| r.span));
        v.extend(l.signatories.iter().map(|s| s.span));
    }
    if let Some(kv) = &doc.kamervragen {
        v.extend(kv.heading.as_ref().map(|f| f.span));
        v.extend(kv.answer_heading.as_ref().map(|f| f.span));
        v.extend(kv.heading_lines.iter().map(|f| f.span));
        v.extend(kv.questions.iter().map(|q| q.span));
        v.extend(kv.answers.iter().map(|a| a.span));
        v.extend(kv.toelichting.as_ref().map(|f| f.span));
    }
    if let Some(n) = &doc.notice {
        v.extend(n.paragraphs.iter().map(|f| f.span));
    }
    v.extend(doc.footnotes.iter().map(|f| f.span));
    v.extend(doc.references.iter().map(|r| r.span));
    v.extend(doc.noise.iter().map(|n| n.span));
    v
}

/// How many spans [`claimed`] returns, at most: one allocation of the right size.
fn claim_count(doc: &Document<'_>) -> usize {
    let letter = doc.letter.as_ref().map_or(0, |l| {
        l.fields.len() + l.body.len() + l.other_lines.len() + 2 + l.signatories.len()
    });
    let kamervragen = doc.kamervragen.as_ref().map_or(0, |kv| {
        3 + kv.heading_lines.len() + kv.questions.len() + kv.answers.len()
    });
    let notice = doc.notice.as_ref().map_or(0, |n| n.paragraphs.len());
    letter + kamervragen + notice + doc.footnotes.len() + doc.references.len() + doc.noise.len()
}

/// The runs of non-whitespace text outside every claimed span; runs on
/// consecutive lines are reported together.
pub(crate) fn unclaimed<'a>(src: &'a str, doc: &Document<'a>) -> Vec<Unclaimed<'a>> {
    let mut spans = claimed(doc);
    spans.sort_unstable_by_key(|s| s.start);
    let mut out: Vec<Unclaimed<'a>> = Vec::new();
    let mut pos = 0;
    let gap = |from: usize, to: usize, out: &mut Vec<Unclaimed<'a>>| {
        if from >= to {
            return;
        }
        // Only ASCII whitespace is nothing: a run of no-break spaces is
        // reported, so that every other byte is accounted for. Most gaps
        // are line ends, told by their bytes.
        if src.as_bytes()[from..to]
            .iter()
            .all(|&b| matches!(b, b' ' | b'\t' | b'\r' | b'\n' | 0x0c))
        {
            return;
        }
        let piece = &src[from..to];
        let t = piece.trim_matches(ascii_space);
        if t.is_empty() {
            return;
        }
        let start = from + (piece.len() - piece.trim_start_matches(ascii_space).len());
        let span = Span::new(start, start + t.len());
        out.push(Unclaimed {
            span,
            text: Cow::Borrowed(t),
        });
    };
    for s in spans {
        let (start, end) = (s.start.min(src.len()), s.end.min(src.len()));
        if start > pos {
            gap(pos, start, &mut out);
        }
        pos = pos.max(end);
    }
    gap(pos, src.len(), &mut out);
    out
}

fn ascii_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\r' | '\n' | '\x0c')
}
