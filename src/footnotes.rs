//! Footnotes and endnotes, in every form the extractors leave them.
//!
//! * Word footnotes through Apache POI: `[footnoteRef:1]` in the text and the
//!   body as ` [1:  text] ` at the end of the paragraph.
//! * Typed endnotes at the end of the text: `[1] text` or `1) text`, cited as
//!   `[1]` or `? 1)`. They are numbered apart from Word footnotes.
//! * Endnote bodies printed without their numbers at the very end of a Word
//!   text, when the text cites `1)`, `2)` but has no numbered bodies.
//! * PDF page-bottom notes, right above the page footer: the number on a
//!   line of its own (pdftotext), glued to the body ("1NOS, …", PyPDF2), or
//!   followed by a space (Markdown). Notes are numbered 1, 2, 3 … through
//!   the document, which is what tells a note from a line of text.

use std::borrow::Cow;
use std::ops::Range;

use once_cell::sync::Lazy;
use regex::Regex;

use crate::model::{Footnote, FootnoteKind, Noise, NoiseKind, NoteRef};
use crate::noise::Tag;
use crate::span::Span;
use crate::text::{Cuts, Joiner, Line};

static BODY_CLOSE: Lazy<Regex> =
    Lazy::new(|| Regex::new(r"\][ \t\u{a0}]*(?:\r\n|\n|\r|$)").expect("close regex"));

/// A marker that cites a note, found inside the text.
#[derive(Debug, Clone)]
pub(crate) struct Citation {
    pub pos: usize,
    pub note: NoteRef,
}

/// Everything the footnote pass found.
pub(crate) struct Notes<'a> {
    found: Found<'a>,
    pub citations: Vec<Citation>,
}

/// The notes found so far. The lines of the bodies that are still to be
/// joined share one vector; `pending` says which note each range is for.
#[derive(Default)]
struct Found<'a> {
    notes: Vec<Footnote<'a>>,
    pending: Vec<(usize, Range<usize>)>,
    bodies: Vec<Line>,
}

impl<'a> Found<'a> {
    /// A note whose text is set.
    fn push(&mut self, note: Footnote<'a>) {
        self.notes.push(note);
    }

    /// A note whose body is the content lines of `from..to`, the first
    /// without its first `skip` bytes (its number). Its span runs from the
    /// first line to the last content line.
    fn push_body(
        &mut self,
        (src, lines, tags): (&str, &[Line], &[Tag]),
        (from, to): (usize, usize),
        skip: usize,
        label: String,
        kind: FootnoteKind,
    ) {
        let at = self.bodies.len();
        let body = (from..to).filter(|&j| tags[j] == Tag::Content);
        self.bodies.extend(body.map(|j| lines[j]));
        let first = lines[from].skip(skip);
        self.bodies[at] = crate::text::trim(src, first.start(), first.end());
        let last = self.bodies.last().map_or(lines[from].end(), |l| l.end());
        self.pending.push((self.notes.len(), at..self.bodies.len()));
        self.notes.push(Footnote {
            label,
            kind,
            text: Cow::Borrowed(""),
            span: Span::new(lines[from].start(), last),
        });
    }

    fn any(&self, kind: FootnoteKind) -> bool {
        self.notes.iter().any(|n| n.kind == kind)
    }
}

impl<'a> Notes<'a> {
    /// The notes in document order, their bodies joined by `joiner`.
    pub fn footnotes(&mut self, joiner: &Joiner<'a, '_>) -> Vec<Footnote<'a>> {
        let Found {
            mut notes,
            pending,
            bodies,
        } = std::mem::take(&mut self.found);
        for (k, body) in pending {
            notes[k].text = joiner.join(&bodies[body]);
        }
        notes.sort_by_key(|n| n.span.start);
        notes
    }
}

/// Find markers and notes. Marks note lines as [`Tag::Footnote`], adds the
/// inline pieces to `cuts` and the markers to `noise`.
pub(crate) fn find<'a>(
    src: &'a str,
    lines: &[Line],
    tags: &mut [Tag],
    page_ends: &[usize],
    cuts: &mut Cuts,
    noise: &mut Vec<Noise>,
    layout: crate::text::Layout,
) -> Notes<'a> {
    let mut notes = Found::default();
    let mut citations = Vec::new();

    // Word footnote bodies: " [1:  text] " up to a "]" that ends a line.
    // The closing position found for one opening serves every later opening
    // before it, so unterminated openings cannot make this quadratic.
    let mut close: Option<usize> = None;
    let mut searched_from = usize::MAX;
    let mut resume = 0;
    for (open_start, open_end, label) in poi_openings(src) {
        if open_start < resume {
            continue;
        }
        let stale = searched_from == usize::MAX || close.is_some_and(|c| c < open_end);
        if stale {
            close = BODY_CLOSE.find_at(src, open_end).map(|c| c.start());
            searched_from = open_end;
        }
        let Some(cs) = close else { break };
        let body = Span::new(open_start, cs + 1);
        cuts.push(body.start, body.end);
        resume = body.end;
        let inner = &src[open_end..cs];
        notes.push(Footnote {
            label: label.to_string(),
            kind: FootnoteKind::Footnote,
            text: crate::text::collapse_ws(inner),
            span: body,
        });
    }

    // Inline markers: each is noise, and most cite a note.
    let found = markers(src);
    noise.reserve(found.len());
    citations.reserve(found.len());
    for (m_start, m_end) in found {
        let t = &src[m_start..m_end];
        let (start, label) = if let Some(rest) = t.strip_prefix("[footnoteRef:") {
            (
                m_start,
                Some((
                    rest.trim_end_matches(']').to_string(),
                    FootnoteKind::Footnote,
                )),
            )
        } else if t.starts_with("[endnoteRef:") || t.starts_with("[bookmark:") {
            (m_start, None)
        } else if t.starts_with('[') {
            // "[1]" at a line start is an endnote body, not a citation.
            let line_start = src[..m_start].ends_with('\n') || m_start == 0;
            if line_start {
                continue;
            }
            let label = t.trim_matches(['[', ']', ' ', '\u{a0}']).to_string();
            (m_start, Some((label, FootnoteKind::Endnote)))
        } else {
            // "? 1)": keep the punctuation, cut the marker.
            let digits = t.find(|c: char| c.is_ascii_digit()).unwrap_or(0);
            let start = m_start + digits;
            // Only where it ends the line or is followed by a space.
            let after = src[m_end..].chars().next();
            if after.is_some_and(|c| !c.is_whitespace()) {
                continue;
            }
            (
                start,
                Some((
                    t[digits..].trim_end_matches(')').to_string(),
                    FootnoteKind::Endnote,
                )),
            )
        };
        if cuts.is_cut(start) {
            continue;
        }
        cuts.push(start, m_end);
        noise.push(Noise {
            kind: NoiseKind::Marker,
            span: Span::new(start, m_end),
        });
        if let Some((label, kind)) = label {
            citations.push(Citation {
                pos: start,
                note: NoteRef { label, kind },
            });
        }
    }

    // Mostly each note is cited once: room for the notes still to be read.
    let cited = citations.len().saturating_sub(notes.notes.len());
    notes.notes.reserve(cited);
    endnote_section(src, lines, tags, &mut notes);
    if !notes.any(FootnoteKind::Endnote) && layout == crate::text::Layout::Paragraphs {
        unnumbered_endnotes(src, lines, tags, &citations, &mut notes);
    }
    page_notes(src, lines, tags, page_ends, &mut notes);

    cuts.finish();
    Notes {
        found: notes,
        citations,
    }
}

/// Openings of Word footnote bodies, `[1: ` (POI), with the space or NBSP
/// before them: (start, end of the opening, label).
fn poi_openings(src: &str) -> impl Iterator<Item = (usize, usize, &str)> {
    let b = src.as_bytes();
    memchr::memchr_iter(b'[', b).filter_map(move |i| {
        let digits = b[i + 1..]
            .iter()
            .take(5)
            .take_while(|c| c.is_ascii_digit())
            .count();
        if !(1..=4).contains(&digits) || b.get(i + 1 + digits) != Some(&b':') {
            return None;
        }
        let after = &src[i + 2 + digits..];
        let ws = after
            .chars()
            .next()
            .filter(|c| c.is_whitespace())?
            .len_utf8();
        let start = if src[..i].ends_with(' ') {
            i - 1
        } else if src[..i].ends_with('\u{a0}') {
            i - 2
        } else {
            i
        };
        Some((start, i + 2 + digits + ws, &src[i + 1..i + 1 + digits]))
    })
}

/// Citation markers and converter markers, in order, as byte ranges:
/// `[footnoteRef:1]`, `[endnoteRef:1]`, `[bookmark: _GoBack]`, `[1]`,
/// `[4 5 ]`, and a note number after a question mark or quote, `? 1)`
/// (the range then starts at the punctuation). Found with memchr, checked by
/// hand: the text between candidates is never looked at.
fn markers(src: &str) -> Vec<(usize, usize)> {
    let b = src.as_bytes();
    let mut out: Vec<(usize, usize)> = Vec::new();
    let digits_at = |i: usize, max: usize| {
        b[i.min(b.len())..]
            .iter()
            .take(max + 1)
            .take_while(|c| c.is_ascii_digit())
            .count()
    };
    for i in memchr::memchr2_iter(b'[', b')', b) {
        let found = if b[i] == b'[' {
            let rest = &src[i..];
            if let Some(tail) = rest
                .strip_prefix("[footnoteRef:")
                .or_else(|| rest.strip_prefix("[endnoteRef:"))
            {
                let skip = rest.len() - tail.len();
                let minus = usize::from(tail.starts_with('-'));
                let d = digits_at(i + skip + minus, 6);
                ((1..=6).contains(&d) && b.get(i + skip + minus + d) == Some(&b']'))
                    .then(|| (i, i + skip + minus + d + 1))
            } else if let Some(tail) = rest.strip_prefix("[bookmark:") {
                let name_start = tail
                    .chars()
                    .next()
                    .filter(|c| c.is_whitespace())
                    .map(char::len_utf8);
                name_start.and_then(|ws| {
                    let name = &tail[ws..];
                    let close = name
                        .bytes()
                        .take(81)
                        .position(|c| c == b']' || c == b'\n')?;
                    (name.as_bytes()[close] == b']')
                        .then(|| (i, i + "[bookmark:".len() + ws + close + 1))
                })
            } else {
                // "[1]", "[4 5 ]"
                let mut j = i + 1;
                let mut groups = 0;
                loop {
                    let d = digits_at(j, 3);
                    if d == 0 || d > 3 {
                        break;
                    }
                    groups += 1;
                    j += d;
                    if src[j..].starts_with(' ') {
                        j += 1;
                    } else if src[j..].starts_with('\u{a0}') {
                        j += 2;
                    } else {
                        break;
                    }
                }
                (groups > 0 && b.get(j) == Some(&b']')).then(|| (i, j + 1))
            }
        } else {
            // ")" after one or two digits, after an optional space, after
            // a question mark, full stop or quote.
            let mut d = 0;
            while d < 3 && i > d && b[i - d - 1].is_ascii_digit() {
                d += 1;
            }
            let mut p = i - d;
            if d == 0 || d > 2 {
                None
            } else {
                if src[..p].ends_with(' ') {
                    p -= 1;
                } else if src[..p].ends_with('\u{a0}') {
                    p -= 2;
                }
                src[..p]
                    .chars()
                    .next_back()
                    .filter(|c| matches!(c, '?' | '.' | '!' | '»' | '”' | '’' | '\'' | '"'))
                    .map(|c| (p - c.len_utf8(), i + 1))
            }
        };
        if let Some((s, e)) = found
            && out.last().is_none_or(|&(_, le)| s >= le)
        {
            out.push((s, e));
        }
    }
    out
}

/// The number that starts a typed endnote line: `[1] text` or `1) text`.
fn endnote_start(t: &str) -> Option<(u32, bool, usize)> {
    let b = t.as_bytes();
    let bracket = b.first() == Some(&b'[');
    let i0 = usize::from(bracket);
    let digits = b[i0..].iter().take_while(|c| c.is_ascii_digit()).count();
    if digits == 0 || digits > 3 {
        return None;
    }
    let close = if bracket { b']' } else { b')' };
    if b.get(i0 + digits) != Some(&close) {
        return None;
    }
    let n = t[i0..i0 + digits].parse().ok()?;
    Some((n, bracket, i0 + digits + 1))
}

/// A run of endnotes `[1] …`, `[2] …` (or `1) …`) that ends the text: the
/// last "1" after which only its successors and their continuation lines
/// follow, and no question or answer label.
fn endnote_section<'a>(src: &'a str, lines: &[Line], tags: &mut [Tag], notes: &mut Found<'a>) {
    let mut best: Option<usize> = None;
    let mut expect: Option<(u32, bool)> = None;
    // Walk backwards; remember the last candidate "1" whose successors follow in order.
    let mut starts: Vec<(usize, u32, bool)> = Vec::new();
    for (i, l) in lines.iter().enumerate().rev() {
        if tags[i] != Tag::Content {
            continue;
        }
        let t = l.text(src);
        if crate::qa::is_label(t) {
            break;
        }
        if let Some((n, bracket, _)) = endnote_start(t) {
            starts.push((i, n, bracket));
            if n == 1 {
                best = Some(starts.len());
                expect = Some((1, bracket));
            }
        }
    }
    let (Some(count), Some((_, bracket))) = (best, expect) else {
        return;
    };
    // starts[..count] in reverse is the section, from its "1" onwards.
    let section: Vec<(usize, u32, bool)> = starts[..count].iter().rev().copied().collect();
    let mut wanted = 1;
    let mut kept = Vec::new();
    for &(i, n, b) in &section {
        if b != bracket {
            continue;
        }
        if n == wanted {
            kept.push(i);
            wanted += 1;
        }
    }
    // A section of questions numbered "1)" is not a section of notes.
    let ends_with_question = kept
        .iter()
        .any(|&i| lines[i].text(src).trim_end().ends_with('?'));
    if ends_with_question {
        return;
    }
    for (k, &i) in kept.iter().enumerate() {
        let end = kept.get(k + 1).copied().unwrap_or(lines.len());
        let (n, _, skip) = endnote_start(lines[i].text(src)).expect("endnote start");
        let kind = FootnoteKind::Endnote;
        notes.push_body((src, lines, tags), (i, end), skip, n.to_string(), kind);
        for t in &mut tags[i..end] {
            if *t == Tag::Content {
                *t = Tag::Footnote;
            }
        }
    }
}

/// Endnote bodies without numbers: the text cites `1)` … `k)` but prints no
/// numbered bodies; the last `k` short lines of the text are the bodies.
fn unnumbered_endnotes<'a>(
    src: &'a str,
    lines: &[Line],
    tags: &mut [Tag],
    citations: &[Citation],
    notes: &mut Found<'a>,
) {
    let mut k = 0;
    for c in citations {
        if c.note.label == (k + 1).to_string() && src[c.pos..].starts_with(&format!("{})", k + 1)) {
            k += 1;
        }
    }
    if k == 0 {
        return;
    }
    let tail: Vec<usize> = (0..lines.len())
        .rev()
        .filter(|&i| tags[i] == Tag::Content)
        .take(k)
        .collect();
    if tail.len() < k {
        return;
    }
    let plausible = tail.iter().all(|&i| {
        let t = lines[i].text(src);
        t.chars().count() <= 160
            && !t.ends_with(['.', '?', '!', ':', ';', ','])
            && !crate::qa::is_label(t)
            && !tags[..i].is_empty()
    });
    // The bodies follow the text after an empty line.
    let first = *tail.last().expect("k > 0");
    let gap = first > 0 && tags[first - 1] != Tag::Content;
    if !plausible || !gap {
        return;
    }
    for &i in tail.iter().rev() {
        tags[i] = Tag::Footnote;
        notes.push(Footnote {
            label: String::new(),
            kind: FootnoteKind::Endnote,
            text: Cow::Borrowed(lines[i].text(src)),
            span: lines[i].span(),
        });
    }
}

/// The number that starts a PDF page-bottom note line: "1" alone, "1NOS,
/// …" glued, "1 Aanhangsel …" spaced, or glued to a body that starts with a
/// number ("22023 Annual report", "32024Z15585"), where `want` picks the
/// label among the possible splits.
fn page_note_label(t: &str, want: impl Fn(u32) -> bool) -> Option<(u32, usize)> {
    let b = t.as_bytes();
    let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
    if digits == 0 {
        return None;
    }
    if digits > 2 {
        // A label glued to a year or a case number: the body starts with
        // four digits. Prefer the split that leaves exactly four.
        let mut splits = [1usize, 2];
        if digits - 2 == 4 {
            splits.swap(0, 1);
        }
        return splits
            .into_iter()
            .filter(|&p| digits - p >= 4)
            .filter_map(|p| t[..p].parse::<u32>().ok().map(|n| (n, p)))
            .find(|&(n, _)| n > 0 && want(n));
    }
    let n: u32 = t[..digits].parse().ok()?;
    if !want(n) {
        return None;
    }
    if digits == b.len() {
        return Some((n, digits));
    }
    let rest = &t[digits..];
    let body = rest.trim_start();
    let spaced = body.len() < rest.len();
    let c = body.chars().next()?;
    let plausible = c.is_uppercase()
        || matches!(c, '«' | '“' | '"' | '\'' | '‘' | '(' | '[')
        || body.starts_with("http")
        || body.starts_with("www")
        || (!spaced && c.is_alphabetic() && body.len() > 3);
    if matches!(c, '.' | ',' | ')' | '%' | ':') || !plausible {
        return None;
    }
    Some((n, t.len() - body.len()))
}

/// "11 3628105–1050416-CZ.": a note whose body starts with a number is
/// only taken as such right after the note before it, as its successor.
fn successor_with_number_body(t: &str, previous: Option<u32>) -> Option<(u32, usize)> {
    let want = previous? + 1;
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    let rest = t.get(digits..)?;
    let body = rest.strip_prefix(' ')?;
    (t[..digits].parse::<u32>().ok() == Some(want)
        && body.starts_with(|c: char| c.is_ascii_digit()))
    .then_some((want, digits + 1))
}

/// The note numbers seen on a page, from `base` on: a bit each for the
/// first 128 (a page has a few), a list for any beyond.
struct Seen {
    base: u32,
    bits: u128,
    beyond: Vec<u32>,
}

impl Seen {
    fn new(base: u32) -> Seen {
        Seen {
            base,
            bits: 0,
            beyond: Vec::new(),
        }
    }

    fn insert(&mut self, n: u32) {
        match n.checked_sub(self.base).filter(|&o| o < 128) {
            Some(o) => self.bits |= 1 << o,
            None => self.beyond.push(n),
        }
    }

    fn contains(&self, n: u32) -> bool {
        match n.checked_sub(self.base).filter(|&o| o < 128) {
            Some(o) => self.bits & (1 << o) != 0,
            None => self.beyond.contains(&n),
        }
    }
}

/// PDF notes: for each page footer, walk up to the note numbered `next`.
fn page_notes<'a>(
    src: &'a str,
    lines: &[Line],
    tags: &mut [Tag],
    page_ends: &[usize],
    notes: &mut Found<'a>,
) {
    let mut next = 1u32;
    let mut prev_end = 0usize;
    for &f in page_ends {
        let floor = prev_end;
        prev_end = f + 1;
        let mut top = None;
        let mut content_seen = 0;
        let mut j = f;
        while j > floor {
            j -= 1;
            if tags[j] != Tag::Content {
                continue;
            }
            let t = lines[j].text(src);
            if crate::qa::is_label(t) {
                break;
            }
            content_seen += 1;
            if content_seen > 80 {
                break;
            }
            if page_note_label(t, |n| n == next).is_some() {
                top = Some(j);
                break;
            }
        }
        let Some(top) = top else { continue };
        // Labels in the zone, in order; bodies run to the next label.
        let mut labels: Vec<(usize, u32, usize)> = Vec::new();
        let mut seen = Seen::new(next);
        for i in top..f {
            if tags[i] != Tag::Content {
                continue;
            }
            let t = lines[i].text(src);
            let label = page_note_label(t, |n| n >= next && n < next + 40 && !seen.contains(n))
                .or_else(|| successor_with_number_body(t, labels.last().map(|l| l.1)));
            if let Some((n, skip)) = label {
                seen.insert(n);
                labels.push((i, n, skip));
            }
        }
        let mut run = 0;
        while seen.contains(next + run) {
            run += 1;
        }
        for (k, &(i, n, skip)) in labels.iter().enumerate() {
            if n >= next + run {
                continue;
            }
            let end = labels.get(k + 1).map_or(f, |x| x.0);
            let kind = FootnoteKind::Footnote;
            notes.push_body((src, lines, tags), (i, end), skip, n.to_string(), kind);
        }
        for t in tags.iter_mut().take(f).skip(top) {
            if *t == Tag::Content {
                *t = Tag::Footnote;
            }
        }
        next += run;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seen_note_numbers() {
        let mut seen = Seen::new(5);
        for n in [5, 6, 132, 133, 300] {
            seen.insert(n);
        }
        for n in [5, 6, 132, 133, 300] {
            assert!(seen.contains(n), "{n}");
        }
        for n in [0, 4, 7, 131, 134, 299] {
            assert!(!seen.contains(n), "{n}");
        }
    }

    #[test]
    fn page_note_labels() {
        assert_eq!(page_note_label("1", |n| n == 1), Some((1, 1)));
        assert_eq!(
            page_note_label("1NOS, 29 oktober 2024", |n| n == 1),
            Some((1, 1))
        );
        assert_eq!(
            page_note_label("12 Aanhangsel van de Handelingen", |n| n == 12),
            Some((12, 3))
        );
        assert_eq!(
            page_note_label("22023 Annual report", |n| n == 2),
            Some((2, 1))
        );
        assert_eq!(
            page_note_label("32024Z15585/2024D37938", |n| n == 3),
            Some((3, 1))
        );
        // Text, not a note: a lower-case word after a space, a list item, a wanted number missing.
        assert_eq!(page_note_label("2 onderzoeken", |_| true), None);
        assert_eq!(page_note_label("1. Bekostiging", |_| true), None);
        assert_eq!(page_note_label("3 Kamerstuk", |n| n == 1), None);
        assert_eq!(
            successor_with_number_body("11 3628105–1050416-CZ.", Some(10)),
            Some((11, 3))
        );
        assert_eq!(successor_with_number_body("11 3628105", Some(9)), None);
        assert_eq!(
            successor_with_number_body("2 2024 was een goed jaar", None),
            None
        );
    }

    #[test]
    fn converter_and_citation_markers() {
        let src =
            "Ja[footnoteRef:1] en[bookmark: _GoBack] nee? 2) en [3] of [4 5 ] maar (zie 1) niet.";
        let found: Vec<&str> = markers(src).into_iter().map(|(s, e)| &src[s..e]).collect();
        assert_eq!(
            found,
            [
                "[footnoteRef:1]",
                "[bookmark: _GoBack]",
                "? 2)",
                "[3]",
                "[4 5 ]"
            ]
        );
    }

    #[test]
    fn word_footnote_openings() {
        let src = "tekst [1:  Vilnius] \n en [12: x]";
        let found: Vec<(usize, &str)> = poi_openings(src).map(|(s, _, l)| (s, l)).collect();
        assert_eq!(found, [(5, "1"), (24, "12")]);
    }
}
