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

/// Every span the document claims, unsorted and cut to the text's `len`,
/// each packed into one number (start in the high half, end in the low)
/// so that sorting the numbers sorts the spans by start: counted first, so
/// that the vector is allocated once. The offsets are 32-bit: the parser
/// reads at most [`crate::text::MAX_INPUT`] bytes.
fn claimed(doc: &Document<'_>, len: usize) -> Vec<u64> {
    let mut n = 0;
    each_claim(doc, |_| n += 1);
    let mut v = Vec::with_capacity(n);
    let at = |x: usize| u64::from(u32::try_from(x.min(len)).unwrap_or(u32::MAX));
    each_claim(doc, |s| v.push(at(s.start) << 32 | at(s.end)));
    v
}

/// Calls `f` with every span the document claims: the one list of what
/// counts as accounted for.
fn each_claim(doc: &Document<'_>, mut f: impl FnMut(Span)) {
    let mut all = |spans: &mut dyn Iterator<Item = Span>| spans.for_each(&mut f);
    if let Some(l) = &doc.letter {
        all(&mut l.fields.iter().map(|f| f.span));
        all(&mut l.body.iter().map(|f| f.span));
        if let Some(a) = &l.annex {
            all(&mut std::iter::once(a.title.span));
            all(&mut a.paragraphs.iter().map(|p| p.span));
        }
        all(&mut l.other_lines.iter().map(|f| f.span));
        all(&mut l.sender.as_ref().and_then(|s| s.span).into_iter());
        all(&mut l.recipient.as_ref().and_then(|r| r.span).into_iter());
        all(&mut l.signatories.iter().map(|s| s.span));
    }
    if let Some(kv) = &doc.kamervragen {
        all(&mut kv.heading.as_ref().map(|f| f.span).into_iter());
        all(&mut kv.answer_heading.as_ref().map(|f| f.span).into_iter());
        all(&mut kv.heading_lines.iter().map(|f| f.span));
        all(&mut kv.questions.iter().map(|q| q.span));
        all(&mut kv.answers.iter().map(|a| a.span));
        all(&mut kv.toelichting.as_ref().map(|f| f.span).into_iter());
    }
    if let Some(n) = &doc.notice {
        all(&mut n.paragraphs.iter().map(|f| f.span));
    }
    all(&mut doc.footnotes.iter().map(|f| f.span));
    all(&mut doc.references.iter().map(|r| r.span));
    all(&mut doc.noise.iter().map(|n| n.span));
}

/// The runs of non-whitespace text outside every claimed span; runs on
/// consecutive lines are reported together.
pub(crate) fn unclaimed<'a>(src: &'a str, doc: &Document<'a>) -> Vec<Unclaimed<'a>> {
    let mut spans = claimed(doc, src.len());
    // Equal numbers are equal spans: an unstable sort gives the same order,
    // without the scratch buffer a stable sort allocates.
    spans.sort_unstable();
    let mut out: Vec<Unclaimed<'a>> = Vec::new();
    let mut pos = 0;
    // Whitespace is nothing, no-break spaces included (Word's empty
    // paragraphs often hold one). Most gaps are line ends, told by their
    // bytes where they are met; only the others are read as text.
    let blank = |from: usize, to: usize| {
        src.as_bytes()[from..to.max(from)]
            .iter()
            .all(|&b| matches!(b, b' ' | b'\t' | b'\r' | b'\n' | 0x0c))
    };
    let gap = |from: usize, to: usize, out: &mut Vec<Unclaimed<'a>>| {
        let piece = &src[from..to];
        let t = piece.trim_matches(char::is_whitespace);
        if t.is_empty() {
            return;
        }
        let start = from + (piece.len() - piece.trim_start_matches(char::is_whitespace).len());
        let span = Span::new(start, start + t.len());
        out.push(Unclaimed {
            span,
            text: Cow::Borrowed(t),
        });
    };
    for span in spans {
        let (start, end) = ((span >> 32) as usize, (span & 0xFFFF_FFFF) as usize);
        if start > pos && !blank(pos, start) {
            gap(pos, start, &mut out);
        }
        pos = pos.max(end);
    }
    if !blank(pos, src.len()) {
        gap(pos, src.len(), &mut out);
    }
    out
}
