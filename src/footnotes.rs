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

use crate::codes;
use crate::model::{Diagnostic, Footnote, FootnoteKind, Noise, NoiseKind, NoteRef, Severity};
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
    /// Where the pass guessed: markers set apart, notes nothing cites,
    /// bodies split without a label, bodies without numbers.
    pub diagnostics: Vec<Diagnostic>,
}

/// An informational diagnostic of the note pass.
fn guess(code: &str, message: String, span: Span) -> Diagnostic {
    Diagnostic {
        severity: Severity::Info,
        code: code.to_string(),
        message,
        span,
    }
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

    /// A page note whose body is `body` (trimmed lines in order), its span
    /// opening at `opens` (its label) or at the body.
    fn push_lines(
        &mut self,
        body: impl Iterator<Item = Line>,
        opens: Option<usize>,
        label: String,
    ) {
        let at = self.bodies.len();
        self.bodies.extend(body);
        let (Some(first), Some(last)) = (self.bodies.get(at), self.bodies.last()) else {
            return;
        };
        let span = Span::new(
            opens.unwrap_or(first.start()).min(first.start()),
            last.end(),
        );
        self.pending.push((self.notes.len(), at..self.bodies.len()));
        self.notes.push(Footnote {
            label,
            kind: FootnoteKind::Footnote,
            text: Cow::Borrowed(""),
            span,
        });
    }

    /// Room for `notes` more notes of `lines` body lines in all.
    fn reserve(&mut self, notes: usize, lines: usize) {
        self.notes.reserve(notes);
        self.pending.reserve(notes);
        self.bodies.reserve(lines);
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
            notes[k].text = crate::text::one_paragraph(joiner.join(&bodies[body]));
        }
        // Footnotes stand on their pages and endnotes at the end, whatever
        // the extractor did with them (POI appends Word notes to their
        // paragraph, pandoc prints them after everything).
        // Mostly they are found in that order already.
        let order = |n: &Footnote<'a>| (n.kind == FootnoteKind::Endnote, n.span.start);
        if !notes.is_sorted_by_key(order) {
            notes.sort_by_key(order);
        }
        notes
    }
}

/// Find markers and notes. Marks note lines as [`Tag::Footnote`], adds the
/// markers that cite a note to `cuts` and `noise`. `stats` say the text's
/// layout and whether it is Markdown, where HTML's `<sup>` marks a note.
///
/// Notes are read first, markers after: a number in the text is a marker
/// only where a note with its label exists and it stands where a marker
/// stands. What is doubtful stays text.
pub(crate) fn find<'a>(
    src: &'a str,
    lines: &[Line],
    tags: &mut [Tag],
    page_ends: &[usize],
    cuts: &mut Cuts,
    noise: &mut Vec<Noise>,
    stats: crate::text::LineStats,
) -> Notes<'a> {
    let (layout, markdown) = (stats.layout, stats.markdown);
    let mut notes = Found::default();

    // Inline markers of every syntax, checked against the notes below.
    // The `1)` form cites endnotes only: looked for only once endnotes are
    // seen, or where the last line of a Word text may be the body of an
    // unnumbered one (a `)` is common, so most texts are spared the search).
    let Scan {
        markers: list,
        openings,
        markup,
    } = markers(src, false, markdown);
    let mut candidates = Candidates {
        list,
        parens: false,
        sup: markdown,
    };

    // Word footnote and endnote bodies: " [1:  text] " up to a "]" that
    // ends a line. The closing position found for one opening serves every
    // later opening before it, so unterminated openings cannot make this
    // quadratic. A body is a footnote or an endnote as the reference it
    // follows in its paragraph: the k-th body of a paragraph belongs to its
    // k-th reference.
    let mut close: Option<usize> = None;
    let mut searched_from = usize::MAX;
    let mut resume = 0;
    let mut body_cuts: Vec<(usize, usize)> = Vec::new();
    let mut paragraph_refs: (usize, usize) = (usize::MAX, 0);
    for (open_start, open_end, label) in openings {
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
        body_cuts.push((body.start, body.end));
        resume = body.end;
        let inner = &src[open_end..cs];
        let line_start =
            memchr::memrchr2(b'\n', b'\r', &src.as_bytes()[..open_start]).map_or(0, |p| p + 1);
        if paragraph_refs.0 != line_start {
            paragraph_refs = (line_start, 0);
        }
        let kind = converter_ref_kind(&candidates.list, line_start, open_start, paragraph_refs.1);
        paragraph_refs.1 += 1;
        notes.push(Footnote {
            label: label.to_string(),
            kind,
            text: crate::text::collapse_ws(inner),
            span: body,
        });
    }
    for &(s, e) in &body_cuts {
        cuts.push(s, e);
    }

    // Notes in markup come first: the lines they hold are no typed
    // endnotes.
    if !markup.is_empty() {
        markup_notes(src, lines, tags, &markup, &mut notes, noise);
    }
    endnote_section(src, lines, tags, &mut candidates, &mut notes);
    let endnotes = notes.any(FootnoteKind::Endnote);
    let may_be_unnumbered = !endnotes
        && layout == crate::text::Layout::Paragraphs
        && (0..lines.len())
            .rev()
            .find(|&i| tags[i] == Tag::Content)
            .is_some_and(|i| unnumbered_body(src, lines, tags, i))
        // They are cited from "1)" on.
        && memchr::memmem::find(src.as_bytes(), b"1)").is_some();
    if endnotes || may_be_unnumbered {
        candidates.read_parens(src);
    }
    let candidates = candidates.list;
    let mut diagnostics = Vec::new();
    let unnumbered =
        may_be_unnumbered && unnumbered_endnotes(src, lines, tags, &candidates, &mut notes);
    if unnumbered {
        let bodies: Vec<Span> = notes
            .notes
            .iter()
            .filter(|n| n.kind == FootnoteKind::Endnote)
            .map(|n| n.span)
            .collect();
        if let (Some(first), Some(last)) = (bodies.first(), bodies.last()) {
            let message = format!(
                "the last {} lines of the text are taken for the bodies of the notes cited as 1) … {})",
                bodies.len(),
                bodies.len()
            );
            diagnostics.push(guess(codes::UNNUMBERED_NOTES, message, first.cover(*last)));
        }
    }
    let mut zones = page_notes(
        src,
        lines,
        tags,
        page_ends,
        &mut notes,
        noise,
        &mut diagnostics,
    );
    if zones.is_empty() && notes.notes.is_empty() {
        zones.extend(publisher_notes(src, lines, tags, &mut notes, noise));
    }

    // Which candidates cite a note; which are converter noise.
    // Room for the page markers too, at most one a page note.
    let page_note_count: usize = zones.iter().map(|z| z.count as usize).sum();
    let mut accepted: Vec<Accepted> = Vec::with_capacity(candidates.len() + page_note_count);
    let has = |kind: FootnoteKind, label: &str| {
        notes
            .notes
            .iter()
            .any(|n| n.kind == kind && n.label == label)
    };
    for m in &candidates {
        // Markers inside a Word note body are that body's text.
        let k = body_cuts.partition_point(|&(_, e)| e <= m.start);
        if body_cuts.get(k).is_some_and(|&(s, _)| s <= m.start) {
            continue;
        }
        let (cut, kind) = match m.form {
            Form::Converter(kind) => ((m.start, m.end), kind),
            Form::Bracket(at) => {
                // "[1]" cites the typed endnote [1], or else the note
                // numbered 1 (Markdown prints page notes so); a bracket
                // that no note answers is text.
                let mut labels = src[at.0..at.1]
                    .split([' ', '\u{a0}'])
                    .filter(|l| !l.is_empty());
                // Typed endnotes are cited apart ("? [1]"), a converter's
                // notes glued ("zorg.[1]").
                let order = if m.lead == m.start {
                    [FootnoteKind::Footnote, FootnoteKind::Endnote]
                } else {
                    [FootnoteKind::Endnote, FootnoteKind::Footnote]
                };
                let kind = order
                    .into_iter()
                    .find(|&kind| labels.clone().all(|l| has(kind, l)));
                if kind.is_none() || labels.next().is_none() {
                    continue;
                }
                ((m.lead, m.end), kind)
            }
            Form::Markup(at) => {
                if !has(FootnoteKind::Footnote, &src[at.0..at.1]) {
                    continue;
                }
                ((m.lead, m.end), Some(FootnoteKind::Footnote))
            }
            Form::Paren(at) => {
                let numbered = has(FootnoteKind::Endnote, &src[at.0..at.1]);
                if !(numbered || unnumbered) || inside_parentheses(src, m.start) {
                    continue;
                }
                ((m.lead, m.end), Some(FootnoteKind::Endnote))
            }
        };
        accepted.push(Accepted {
            cut,
            mark: (m.start, m.end),
            kind,
            labels: m.labels,
        });
    }
    page_markers(src, lines, tags, &zones, &mut accepted, &mut diagnostics);
    // The page markers follow the others: in order where a text has only
    // one kind.
    if !accepted.is_sorted_by_key(|a| a.mark.0) {
        accepted.sort_by_key(|a| a.mark.0);
    }
    // "?1, 2": the comma between two markers goes with them.
    for k in 1..accepted.len() {
        let (a, b) = (accepted[k - 1].mark.1, accepted[k].mark.0);
        // Mostly the text of a paragraph lies between two markers: the test
        // that fails on its first byte goes first.
        let between = src.as_bytes().get(a..b).unwrap_or_default();
        let comma = between.iter().all(|&c| c == b',' || c == b' ') && between.contains(&b',');
        // "2, 3 en 4" on a line of its own: the "en" too.
        if comma || between == b" en " {
            accepted[k - 1].cut.1 = accepted[k - 1].cut.1.max(b);
        }
    }

    noise.reserve(accepted.len());
    cuts.reserve(accepted.len());
    let mut citations = Vec::with_capacity(accepted.len());
    for a in accepted {
        if cuts.is_cut(a.mark.0) {
            continue;
        }
        cuts.push(a.cut.0, a.cut.1);
        noise.push(Noise {
            kind: NoiseKind::Marker,
            span: Span::new(a.mark.0, a.mark.1),
        });
        let Some(kind) = a.kind else { continue };
        for label in src[a.labels.0..a.labels.1].split([' ', '\u{a0}']) {
            if !label.is_empty() {
                let note = NoteRef {
                    label: label.to_string(),
                    kind,
                };
                citations.push(Citation {
                    pos: a.mark.0,
                    note,
                });
            }
        }
    }
    cuts.finish();
    // A note that no marker cites: the text lost its marker, or it stands
    // where it cannot be told from a number.
    for n in &notes.notes {
        let cited = citations
            .iter()
            .any(|c| c.note.kind == n.kind && c.note.label == n.label);
        if !cited && !n.label.is_empty() {
            let message = format!("no marker in the text cites note {}", n.label);
            diagnostics.push(guess(codes::NOTE_NOT_CITED, message, n.span));
        }
    }
    Notes {
        found: notes,
        citations,
        diagnostics,
    }
}

/// A marker that is taken: the bytes that leave the text (the marker and
/// the space that would be left over), the marker itself, and the series
/// and labels (a range of the text, labels apart by spaces) of the notes it
/// cites; a converter's bookmark cites none.
struct Accepted {
    cut: (usize, usize),
    mark: (usize, usize),
    kind: Option<FootnoteKind>,
    labels: (usize, usize),
}

/// Note bodies in markup, as pandoc and other converters print a Word
/// document's notes after everything: `[^1]: text` (Markdown) or `.. [1]`
/// (reStructuredText), the body running on over the lines indented below
/// it, blank lines between its paragraphs. `openings` are the openings
/// [`markers`] found (start, end of the opening, label), in order. They
/// are Word notes: footnotes, numbered apart from typed endnotes.
///
/// reStructuredText directives among them (`.. |image1| image:: …` and
/// the option lines indented below it) are markup: noise.
fn markup_notes<'a>(
    src: &'a str,
    lines: &[Line],
    tags: &mut [Tag],
    openings: &[(usize, usize, &str)],
    notes: &mut Found<'a>,
    noise: &mut Vec<Noise>,
) {
    let b = src.as_bytes();
    // A line printed below an opening with spaces before it.
    let indented = |l: &Line| l.start() > 0 && matches!(b[l.start() - 1], b' ' | b'\t');
    // The end of the block that line `i` opens: the indented lines below
    // it, with the blank lines between them.
    let block_end = |i: usize| {
        let mut end = i + 1;
        for (j, l) in lines.iter().enumerate().skip(i + 1) {
            if l.is_blank() {
                continue;
            }
            if !indented(l) {
                break;
            }
            end = j + 1;
        }
        end
    };
    let directive = |l: &Line| {
        let t = l.bytes(src);
        t.starts_with(b".. ") && memchr::memmem::find(t, b"::").is_some()
    };
    let mut last = 0;
    for &(start, open_end, label) in openings {
        let i = lines.partition_point(|l| l.start() < start);
        if lines.get(i).is_none_or(|l| l.start() != start) || i < last {
            continue;
        }
        let end = block_end(i);
        let first = crate::text::trim(src, open_end, lines[i].end());
        let rest = (i + 1..end).filter(|&j| tags[j] == Tag::Content);
        let body = (!first.is_blank())
            .then_some(first)
            .into_iter()
            .chain(rest.map(|j| lines[j]));
        notes.push_lines(body, Some(start), label.to_string());
        for t in &mut tags[i..end] {
            if *t == Tag::Content {
                *t = Tag::Footnote;
            }
        }
        last = end;
    }
    // Directives after the notes.
    let mut i = last;
    while i < lines.len() {
        if !directive(&lines[i]) || tags[i] != Tag::Content {
            i += 1;
            continue;
        }
        let end = block_end(i);
        for j in i..end {
            if !lines[j].is_blank() {
                tags[j] = Tag::Noise(NoiseKind::Marker);
                noise.push(Noise {
                    kind: NoiseKind::Marker,
                    span: lines[j].span(),
                });
            }
        }
        i = end;
    }
}

/// The kind of the `k`-th converter reference (`[footnoteRef:1]`,
/// `[endnoteRef:1]`) of the paragraph that starts at `line_start`, before
/// `at`: what the k-th body appended to the paragraph is.
fn converter_ref_kind(
    candidates: &[Marker],
    line_start: usize,
    at: usize,
    k: usize,
) -> FootnoteKind {
    let from = candidates.partition_point(|m| m.start < line_start);
    candidates[from..]
        .iter()
        .take_while(|m| m.start < at)
        .filter_map(|m| match m.form {
            Form::Converter(kind) => kind,
            _ => None,
        })
        .nth(k)
        .unwrap_or(FootnoteKind::Footnote)
}

/// Whether byte `at` stands inside parentheses opened earlier on its line:
/// "(artikel 4)", "(Kamerstuk 36 600, nr. 13)" close a parenthesis and
/// cite no note.
fn inside_parentheses(src: &str, at: usize) -> bool {
    let line_start = memchr::memrchr2(b'\n', b'\r', &src.as_bytes()[..at]).map_or(0, |p| p + 1);
    let before = &src.as_bytes()[line_start..at];
    let mut depth = 0i32;
    for &c in before {
        match c {
            b'(' => depth += 1,
            b')' => depth = (depth - 1).max(0),
            _ => {}
        }
    }
    depth > 0
}

/// The opening of a Word footnote body at the `[` at byte `i`, `[1: `
/// (POI), with the space or NBSP before it: (start, end of the opening,
/// label).
fn poi_opening(src: &str, i: usize) -> Option<(usize, usize, &str)> {
    let b = src.as_bytes();
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
}

/// A marker candidate found in the text.
#[derive(Debug)]
struct Marker {
    /// Where the spaces before it start (the marker itself when none).
    lead: usize,
    start: usize,
    end: usize,
    /// Its label or labels (apart by spaces), as a range of the text.
    labels: (usize, usize),
    form: Form,
}

/// The syntax of a marker candidate.
#[derive(Debug, Clone, Copy)]
enum Form {
    /// A converter's marker: `[footnoteRef:1]` cites Word footnote 1,
    /// `[endnoteRef:1]` endnote 1, `[bookmark: _GoBack]` nothing.
    Converter(Option<FootnoteKind>),
    /// `[1]`, `[4 5 ]`: the labels it cites, as a range of the text.
    Bracket((usize, usize)),
    /// A converter's note reference in markup: `[^1]` (Markdown) or
    /// `[1]_` (reStructuredText). It cites the note of that label that the
    /// markup prints ([`markup_notes`]), and nothing else.
    Markup((usize, usize)),
    /// `1)` after a word, a quote or punctuation ("? 1)", "UWV 1) ook"):
    /// the label, as a range of the text. The marker is the number and its
    /// parenthesis.
    Paren((usize, usize)),
}

/// The markers of [`markers`], and whether they include the `1)` form,
/// which is read only once something may cite endnotes.
struct Candidates {
    list: Vec<Marker>,
    parens: bool,
    /// Whether `<sup>1</sup>` markers are read too.
    sup: bool,
}

impl Candidates {
    /// Reads the markers again with the `1)` form, unless that is done.
    fn read_parens(&mut self, src: &str) {
        if !self.parens {
            self.list = markers(src, true, self.sup).markers;
            self.parens = true;
        }
    }
}

/// Citation markers and converter markers, in order: `[footnoteRef:1]`,
/// `[endnoteRef:1]`, `[bookmark: _GoBack]`, `[1]`, `[4 5 ]`, and a note
/// number with a closing parenthesis after a word or punctuation, `? 1)`.
/// Found with memchr, checked by hand: the text between candidates is never
/// looked at. Whether a candidate cites a note is decided once the notes
/// are read. The same pass finds the openings of Word footnote bodies
/// ([`poi_opening`]), in order.
///
/// The `1)` form is looked for only where `parens` asks for it: it cites
/// only endnotes, and most texts have none (a `)` is common, a `[` rare).
/// HTML's `<sup>1</sup>` only where `sup` asks for it: in Markdown text.
fn markers(src: &str, parens: bool, sup: bool) -> Scan<'_> {
    let b = src.as_bytes();
    let mut out: Vec<Marker> = Vec::new();
    let mut openings = Vec::new();
    let digits_at = |i: usize, max: usize| {
        b[i.min(b.len())..]
            .iter()
            .take(max + 1)
            .take_while(|c| c.is_ascii_digit())
            .count()
    };
    let line_start_at = |i: usize| i == 0 || matches!(b[i - 1], b'\n' | b'\r');
    let mut markup = Vec::new();
    // The spaces (ASCII or NBSP) that end at `i`: where they start.
    let lead_of = |i: usize| {
        let t = &src[..i];
        let kept = t.trim_end_matches([' ', '\u{a0}']);
        kept.len()
    };
    let mut visit = |i: usize| {
        let found = if b[i] == b'<' {
            // HTML's superscript, as converters to Markdown write a note
            // marker ("2023<sup>1</sup> heb", italic "<sup>_4_</sup>"):
            // it cites the note of its number, as "[1]" does.
            sup_marker(b, i)
                .map(|(labels, end)| (lead_of(i), i, end, labels, Form::Bracket(labels)))
        } else if b[i] == b'[' {
            openings.extend(poi_opening(src, i));
            let rest = &src[i..];
            if let Some(tail) = rest.strip_prefix("[footnoteRef:") {
                let skip = rest.len() - tail.len();
                let minus = usize::from(tail.starts_with('-'));
                let d = digits_at(i + skip + minus, 6);
                ((1..=6).contains(&d) && b.get(i + skip + minus + d) == Some(&b']')).then(|| {
                    let labels = (i + skip, i + skip + minus + d);
                    let form = Form::Converter(Some(FootnoteKind::Footnote));
                    (i, i, i + skip + minus + d + 1, labels, form)
                })
            } else if let Some(tail) = rest.strip_prefix("[endnoteRef:") {
                let skip = rest.len() - tail.len();
                let minus = usize::from(tail.starts_with('-'));
                let d = digits_at(i + skip + minus, 6);
                ((1..=6).contains(&d) && b.get(i + skip + minus + d) == Some(&b']')).then(|| {
                    let labels = (i + skip, i + skip + minus + d);
                    let form = Form::Converter(Some(FootnoteKind::Endnote));
                    (i, i, i + skip + minus + d + 1, labels, form)
                })
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
                    (name.as_bytes()[close] == b']').then(|| {
                        let end = i + "[bookmark:".len() + ws + close + 1;
                        (i, i, end, (i, i), Form::Converter(None))
                    })
                })
            } else if let Some(tail) = rest.strip_prefix("[^") {
                // Markdown: "[^1]" cites, "[^1]: …" at a line start opens
                // the note.
                let d = digits_at(i + 2, 4);
                let close = i + 2 + d;
                if !(1..=4).contains(&d) || b.get(close) != Some(&b']') {
                    None
                } else if line_start_at(i) && b.get(close + 1) == Some(&b':') {
                    markup.push((i, close + 2, &tail[..d]));
                    None
                } else {
                    let labels = (i + 2, close);
                    Some((i, i, close + 1, labels, Form::Markup(labels)))
                }
            } else {
                // "[1]", "[4 5 ]"; "[1]" at a line start is an endnote
                // body, not a citation.
                // Markdown escapes the brackets of a typed "[1]": "\[1\]".
                let escaped = i > 0 && b[i - 1] == b'\\';
                let start = i - usize::from(escaped);
                let line_start = line_start_at(start);
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
                let close = usize::from(escaped && b.get(j) == Some(&b'\\'));
                let closed = groups > 0 && b.get(j + close) == Some(&b']');
                // reStructuredText: "[1]_" cites, ".. [1]" at a line start
                // opens the note.
                let rst = closed
                    && !escaped
                    && groups == 1
                    && src[i + 1..j].bytes().all(|c| c.is_ascii_digit());
                if rst && i >= 3 && &b[i - 3..i] == b".. " && line_start_at(i - 3) {
                    markup.push((i - 3, j + 1, &src[i + 1..j]));
                    None
                } else if rst && b.get(j + 1) == Some(&b'_') && !crate::text::word_byte_at(b, j + 2)
                {
                    let labels = (i + 1, j);
                    Some((lead_of(i), i, j + 2, labels, Form::Markup(labels)))
                } else {
                    let end = j + close + 1;
                    (!line_start && closed).then(|| {
                        let labels = (i + 1, j);
                        (lead_of(start), start, end, labels, Form::Bracket(labels))
                    })
                }
            }
        } else {
            // ")" after one or two digits, after an optional space, after
            // punctuation, a quote or a letter; followed by a space,
            // punctuation, the line end or the "*" that closes Markdown
            // emphasis ("vraagt? 1)**").
            let mut d = 0;
            while d < 3 && i > d && b[i - d - 1].is_ascii_digit() {
                d += 1;
            }
            let at = i - d;
            let after_ok = match src[i + 1..].chars().next() {
                None => true,
                Some(c) => {
                    c.is_whitespace() || matches!(c, '.' | ',' | ';' | ':' | '?' | '!' | '*')
                }
            };
            if d == 0 || d > 2 || !after_ok || src[at..i].starts_with('0') {
                None
            } else {
                let lead = lead_of(at);
                let before = src[..lead].chars().next_back();
                let ok = before.is_some_and(|c| {
                    c.is_alphabetic() || matches!(c, '?' | '.' | '!' | '»' | '”' | '’' | '\'' | '"')
                });
                ok.then(|| (lead, at, i + 1, (at, i), Form::Paren((at, i))))
            }
        };
        if let Some((lead, s, e, labels, form)) = found
            && out.last().is_none_or(|m| s >= m.end)
        {
            out.push(Marker {
                lead,
                start: s,
                end: e,
                labels,
                form,
            });
        }
    };
    match (parens, sup) {
        (true, true) => memchr::memchr3_iter(b'[', b')', b'<', b).for_each(&mut visit),
        (true, false) => memchr::memchr2_iter(b'[', b')', b).for_each(&mut visit),
        (false, true) => memchr::memchr2_iter(b'[', b'<', b).for_each(&mut visit),
        (false, false) => memchr::memchr_iter(b'[', b).for_each(&mut visit),
    }
    Scan {
        markers: out,
        openings,
        markup,
    }
}

/// The note number of the HTML superscript at byte `i` of `b`
/// (`<sup>1</sup>`, its number in Markdown emphasis too: `<sup>_4_</sup>`):
/// the number's range and the end of the closing tag.
fn sup_marker(b: &[u8], i: usize) -> Option<((usize, usize), usize)> {
    let open = b[i..].strip_prefix(b"<sup>")?;
    let emphasis = open
        .iter()
        .take(2)
        .take_while(|&&c| c == b'_' || c == b'*')
        .count();
    let digits = open[emphasis..]
        .iter()
        .take(4)
        .take_while(|c| c.is_ascii_digit())
        .count();
    if !(1..=3).contains(&digits) || open[emphasis] == b'0' {
        return None;
    }
    let after = &open[emphasis + digits..];
    if after.get(..emphasis) != Some(&open[..emphasis]) {
        return None;
    }
    after[emphasis..].starts_with(b"</sup>").then(|| {
        let start = i + "<sup>".len() + emphasis;
        let mut end = start + digits + emphasis + "</sup>".len();
        // The converter sets a space after the tag, also before the
        // punctuation that follows the word ("wetgeving<sup>3</sup> . De"):
        // it goes with the marker there.
        if b.get(end) == Some(&b' ')
            && matches!(
                b.get(end + 1),
                Some(b'.' | b',' | b';' | b':' | b'?' | b'!' | b')')
            )
        {
            end += 1;
        }
        ((start, start + digits), end)
    })
}

/// What [`markers`] finds: the marker candidates, the openings of Word
/// note bodies (`[1: ` as POI prints them) and of note bodies in markup
/// (`[^1]:` in Markdown, `.. [1]` in reStructuredText), each as (start,
/// end of the opening, label), in order.
struct Scan<'s> {
    markers: Vec<Marker>,
    openings: Vec<(usize, usize, &'s str)>,
    markup: Vec<(usize, usize, &'s str)>,
}

/// The number that starts a typed endnote line: `[1] text` or `1) text`.
///
/// Markdown escapes the bracket or parenthesis: `\[1\] text`, `1\) text`.
fn endnote_start(t: &str) -> Option<(u32, bool, usize)> {
    let b = t.as_bytes();
    let escaped = b.first() == Some(&b'\\');
    let i0 = usize::from(escaped);
    let bracket = b.get(i0) == Some(&b'[');
    if escaped && !bracket {
        return None;
    }
    let i0 = i0 + usize::from(bracket);
    let digits = b[i0..].iter().take_while(|c| c.is_ascii_digit()).count();
    if digits == 0 || digits > 3 {
        return None;
    }
    let close = if bracket { b']' } else { b')' };
    let at = i0 + digits;
    let at = at + usize::from(b.get(at) == Some(&b'\\') && b.get(at + 1) == Some(&close));
    if b.get(at) != Some(&close) {
        return None;
    }
    let n = t[i0..i0 + digits].parse().ok()?;
    Some((n, bracket, at + 1))
}

/// The runs of endnotes `[1] …`, `[2] …` (or `1) …`) that end the text.
///
/// A run is numbered 1, 2, 3 … in one style; lines between its items are
/// their continuation. Only runs at the very end count (each followed by
/// the next or by a few lines at most), whose numbers the text cites before
/// them, and that do not ask (a run of questions numbered "1)"): a numbered
/// list in a letter is no run of notes.
///
/// Typed endnotes and a converter's own notes can follow each other (pandoc
/// prints the Word notes as `[1] …` after everything): where two runs end
/// the text, the last is the Word notes (footnotes). A lone run of `[1]`
/// bodies whose markers are all glued to the word before (`zorg.[1]`) is a
/// converter's too; typed endnotes are cited apart (`? [1] [2]`).
fn endnote_section<'a>(
    src: &'a str,
    lines: &[Line],
    tags: &mut [Tag],
    candidates: &mut Candidates,
    notes: &mut Found<'a>,
) {
    let starts = endnote_starts(src, lines, tags);
    if starts.is_empty() {
        return;
    }
    // Runs, in document order: each a list of item lines.
    let mut runs: Vec<(bool, Vec<usize>)> = Vec::new();
    for &(i, n, bracket) in &starts {
        match runs.last_mut() {
            Some((b, items)) if *b == bracket && n as usize == items.len() + 1 => items.push(i),
            _ if n == 1 => runs.push((bracket, vec![i])),
            _ => {}
        }
    }
    // Whether the lines from `from` up to `to` can be the rest of a note:
    // at most a long note's worth of text, and no closing or signature.
    let note_rest = |from: usize, to: usize| {
        let mut bytes = 0;
        let mut count = 0;
        for j in (from..to).filter(|&j| tags[j] == Tag::Content) {
            let t = lines[j].text(src);
            bytes += t.len();
            count += 1;
            if closing_line(t) {
                return false;
            }
        }
        count <= NOTE_REST_LINES && bytes <= 1200
    };
    // The runs that end the text: the last ends it (or the questioner's
    // "Toelichting" after the notes, which is a field of its own), each
    // other ends where the next begins; none holds a closing or signature.
    let text_end = starts.last().map_or(lines.len(), |&(last, _, _)| {
        (last + 1..lines.len())
            .find(|&j| tags[j] == Tag::Content && crate::qa::ends_blocks(lines[j].bytes(src)))
            .unwrap_or(lines.len())
    });
    let mut end = text_end;
    let mut keep = runs.len();
    while keep > 0 {
        let (_, items) = &runs[keep - 1];
        let last = *items.last().expect("a run has an item");
        let within = items.windows(2).all(|w| note_rest(w[0] + 1, w[1]));
        if last >= end || !note_rest(last + 1, end) || !within {
            break;
        }
        end = items[0];
        keep -= 1;
    }
    let runs = &runs[keep..];
    // A run of questions numbered "1)" is not a run of notes.
    let asks = |items: &[usize]| {
        items
            .iter()
            .any(|&i| lines[i].text(src).trim_end().ends_with('?'))
    };
    // The `1)` markers are read only now that a run of `1)` items may be
    // notes.
    if runs.iter().any(|(bracket, items)| !bracket && !asks(items)) {
        candidates.read_parens(src);
    }
    let candidates: &[Marker] = &candidates.list;
    let before = |first: usize| {
        candidates
            .iter()
            .take_while(move |m| m.start < lines[first].start())
    };
    let cited = |bracket: bool, first: usize| {
        before(first).any(|m| match m.form {
            Form::Bracket(_) => bracket,
            Form::Paren(_) => !bracket && !inside_parentheses(src, m.start),
            Form::Converter(_) | Form::Markup(_) => false,
        })
    };
    let glued_brackets = |first: usize| {
        let mut brackets = before(first)
            .filter(|m| matches!(m.form, Form::Bracket(_)))
            .peekable();
        brackets.peek().is_some() && brackets.all(|m| m.lead == m.start)
    };
    let count = runs.len();
    for (r, (bracket, items)) in runs.iter().enumerate() {
        if asks(items) || !cited(*bracket, items[0]) {
            continue;
        }
        let converter =
            *bracket && (count > 1 && r == count - 1 || count == 1 && glued_brackets(items[0]));
        let kind = if converter {
            FootnoteKind::Footnote
        } else {
            FootnoteKind::Endnote
        };
        let run_end = runs.get(r + 1).map_or(text_end, |next| next.1[0]);
        for (k, &i) in items.iter().enumerate() {
            let end = items.get(k + 1).copied().unwrap_or(run_end);
            let (n, _, skip) = endnote_start(lines[i].text(src)).expect("endnote start");
            notes.push_body((src, lines, tags), (i, end), skip, n.to_string(), kind);
            for t in &mut tags[i..end] {
                if *t == Tag::Content {
                    *t = Tag::Footnote;
                }
            }
        }
    }
}

/// The most content lines between two items of a run of endnotes, or
/// after its last: a long note's worth.
const NOTE_REST_LINES: usize = 12;

/// The lines that open like a typed endnote item (`[1] …`, `1) …`) after
/// the last label, in order: (line, number, whether bracketed).
///
/// Only runs that end the text count, each item at most
/// [`NOTE_REST_LINES`] lines from the next or from the end: an item before
/// more lines than that without an item can be in no such run, and the
/// walk up from the end stops there (most texts end without any).
fn endnote_starts(src: &str, lines: &[Line], tags: &[Tag]) -> Vec<(usize, u32, bool)> {
    let mut starts: Vec<(usize, u32, bool)> = Vec::new();
    let mut since_item = 0;
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
            since_item = 0;
        } else {
            since_item += 1;
            if since_item > NOTE_REST_LINES {
                break;
            }
        }
    }
    starts.reverse();
    starts
}

/// A letter's closing or signature line ("Hoogachtend,", "De minister van
/// …"): no note holds one.
fn closing_line(t: &str) -> bool {
    [
        "hoogachtend",
        "met vriendelijke groet",
        "de minister",
        "de staatssecretaris",
    ]
    .iter()
    .any(|p| crate::text::starts_with_ci(t, p))
}

/// Endnote bodies without numbers: the text cites `1)` … `k)` but prints no
/// numbered bodies (Word numbers them as a list, which most extractors
/// leave out); the last `k` short lines of the text are the bodies, and
/// each gets the label it is cited by (`candidates` holds the `1)`
/// markers). Returns whether it found them.
fn unnumbered_endnotes<'a>(
    src: &'a str,
    lines: &[Line],
    tags: &mut [Tag],
    candidates: &[Marker],
    notes: &mut Found<'a>,
) -> bool {
    let mut k = 0;
    for c in candidates {
        if let Form::Paren(at) = c.form
            && src[at.0..at.1].parse::<usize>().ok() == Some(k + 1)
            && !inside_parentheses(src, c.start)
        {
            k += 1;
        }
    }
    if k == 0 {
        return false;
    }
    let tail: Vec<usize> = (0..lines.len())
        .rev()
        .filter(|&i| tags[i] == Tag::Content)
        .take(k)
        .collect();
    if tail.len() < k {
        return false;
    }
    let plausible = tail.iter().all(|&i| unnumbered_body(src, lines, tags, i));
    // The bodies follow the text after an empty line.
    let first = *tail.last().expect("k > 0");
    let gap = first > 0 && tags[first - 1] != Tag::Content;
    if !plausible || !gap {
        return false;
    }
    for (n, &i) in tail.iter().rev().enumerate() {
        tags[i] = Tag::Footnote;
        let label = (n + 1).to_string();
        // A Markdown writer prints the list's number as "1. " whatever
        // Word shows: the label, no part of the body.
        let t = lines[i].text(src);
        let text = t
            .strip_prefix(label.as_str())
            .and_then(|r| r.strip_prefix(". "))
            .map_or(t, str::trim_start);
        notes.push(Footnote {
            label,
            kind: FootnoteKind::Endnote,
            text: Cow::Borrowed(text),
            span: lines[i].span(),
        });
    }
    true
}

/// Whether line `i` can be the body of an unnumbered endnote: short, no
/// sentence or label, not the first line. The last content line of a text
/// with such notes is one, which most texts tell at once.
fn unnumbered_body(src: &str, lines: &[Line], tags: &[Tag], i: usize) -> bool {
    let t = lines[i].text(src);
    t.chars().count() <= 160
        && !t.ends_with(['.', '?', '!', ':', ';', ','])
        && !crate::qa::is_label(t)
        && !tags[..i].is_empty()
}

/// Notes as the publisher's web pages print them after the signature of a
/// letter: a heading "Noot" or "Noten" (with the close button of the note
/// pop-up before it: "XNoot", "X Noot"), then each note's number on a line
/// of its own and its body ("1" / "Ter inzage gelegd …"); or each note on
/// a line of its own as "Noot 1: Raadpleegbaar via …". The notes are
/// numbered 1, 2, 3 … and run to the end of the text; nothing else may
/// follow them. Returns the zone whose markers cite them (the whole text
/// before them).
fn publisher_notes<'a>(
    src: &'a str,
    lines: &[Line],
    tags: &mut [Tag],
    notes: &mut Found<'a>,
    noise: &mut Vec<Noise>,
) -> Option<Zone> {
    // The content lines at the end of the text, in order (a few notes).
    let mut tail: Vec<usize> = Vec::new();
    for i in (0..lines.len()).rev() {
        if tags[i] != Tag::Content {
            continue;
        }
        if tail.len() == 60 || crate::qa::is_label(lines[i].text(src)) {
            break;
        }
        tail.push(i);
    }
    tail.reverse();
    let heading = |t: &str| {
        let t = t.strip_prefix('X').map_or(t, str::trim_start);
        matches!(t, "Noot" | "Noten")
    };
    // "Noot 7: …": the label and the bytes up to the body.
    let inline = |t: &str, n: u32| {
        let rest = t.strip_prefix("Noot")?;
        let rest = rest.strip_prefix([' ', '\u{a0}'])?;
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        let after = rest[digits..].strip_prefix(':')?;
        (rest[..digits].parse::<u32>().ok() == Some(n) && !after.trim().is_empty())
            .then(|| t.len() - after.trim_start().len())
    };
    let (first, titled) = match tail.iter().position(|&i| heading(lines[i].text(src))) {
        Some(h) => (h + 1, Some(tail[h])),
        None => (
            tail.iter()
                .position(|&i| inline(lines[i].text(src), 1).is_some())?,
            None,
        ),
    };
    // The notes: (label line, bytes before the body, body lines). A body
    // is one paragraph: its lines follow each other without a blank line.
    let mut items: Vec<(usize, usize, Vec<usize>)> = Vec::new();
    // The heading may stand before each note (a pop-up each).
    let mut headings: Vec<usize> = titled.into_iter().collect();
    let mut end = first;
    for &i in &tail[first..] {
        let t = lines[i].text(src);
        if titled.is_some() && heading(t) && items.last().is_some_and(|item| !item.2.is_empty()) {
            headings.push(i);
            end += 1;
            continue;
        }
        let n = u32::try_from(items.len() + 1).unwrap_or(u32::MAX);
        let label = if titled.is_some() {
            (t.bytes().all(|b| b.is_ascii_digit()) && t.parse::<u32>().ok() == Some(n))
                .then_some(t.len())
        } else {
            inline(t, n)
        };
        match (label, items.last_mut()) {
            (Some(skip), _) => items.push((i, skip, Vec::new())),
            (None, Some(item)) if item.2.is_empty() && titled.is_some() => item.2.push(i),
            (None, Some(item)) if item.2.last().unwrap_or(&item.0) + 1 == i => item.2.push(i),
            _ => break,
        }
        end += 1;
    }
    // A body to every note; after them at most a link or two of the page
    // ("Naar boven").
    let whole = |item: &(usize, usize, Vec<usize>)| titled.is_none() || !item.2.is_empty();
    let after = &tail[end..];
    let furniture = after.len() <= 2 && after.iter().all(|&i| lines[i].text(src).len() < 40);
    if items.is_empty() || !items.iter().all(whole) || !furniture {
        return None;
    }
    for &i in &tail[first..end] {
        tags[i] = Tag::Footnote;
    }
    for &h in &headings {
        tags[h] = Tag::Noise(NoiseKind::PageFurniture);
        noise.push(Noise {
            kind: NoiseKind::PageFurniture,
            span: lines[h].span(),
        });
    }
    let top = titled.unwrap_or(items[0].0);
    for (k, (i, skip, body)) in items.iter().enumerate() {
        let l = lines[*i];
        let opening =
            (*skip < l.text(src).len()).then(|| crate::text::trim(src, l.start() + skip, l.end()));
        let body = opening.into_iter().chain(body.iter().map(|&j| lines[j]));
        notes.push_lines(body, Some(l.start()), (k + 1).to_string());
        tags[*i] = Tag::Footnote;
    }
    Some(Zone {
        floor: 0,
        top,
        first: 1,
        count: u32::try_from(items.len()).unwrap_or(u32::MAX),
    })
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
    // Markdown's emphasis around the body's first words ("_Kamerstukken
    // II_ 2023–34 …") is no part of them.
    let c = body.trim_start_matches(['_', '*']).chars().next()?;
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

/// "11 3628105–1050416-CZ.", "5 pyrotechnische stoffen …": a note whose
/// body starts with a number or a small letter is only taken as such right
/// after the note before it, as its successor. The label is set apart by
/// a space, or by the few that a layout-keeping extractor prints for the
/// gap between the label's column and the body's ("11  10 miljoen",
/// pypdf's layout mode); more, or more such gaps, are a table's columns.
fn successor_with_number_body(t: &str, previous: Option<u32>) -> Option<(u32, usize)> {
    let want = previous? + 1;
    // Counted on bytes: this is asked of every zone line that opens with a
    // digit, and the spaces and digits are ASCII.
    let b = t.as_bytes();
    let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
    let spaces = b[digits..].iter().take_while(|&&c| c == b' ').count();
    if !(1..=3).contains(&spaces) {
        return None;
    }
    let body = &t[digits + spaces..];
    // A gap wider than a space parts two columns: the label's and the
    // body's, where the body is one column; a table's row has more.
    if spaces > 1 && memchr::memmem::find(body.as_bytes(), b"  ").is_some() {
        return None;
    }
    (t[..digits].parse::<u32>().ok() == Some(want)
        && body.starts_with(|c: char| c.is_ascii_digit() || c.is_alphabetic()))
    .then_some((want, digits + spaces))
}

/// pdfium prints the notes of a page one after another on one line ("10
/// CWI involved in … 11 10 miljoen euro … | NWO 12 Post-Quantum …"): a
/// note's label stands inside the line of the note before it, set apart by
/// spaces. The number that comes next is a label where a note body opens
/// after it (as [`page_note_label`] tells, or a count: "10 miljoen") and
/// the page cites it (`cited`); any other number is text of the note.
/// Asked in pdfium's texts only (CRLF lines, see
/// [`crate::text::crlf_lines`]): in the others a zone line holds one note.
///
/// The labels in `t[from..]` after the note `last`, each with where its
/// body starts in `t`.
fn glued_labels(
    t: &str,
    from: usize,
    mut last: u32,
    cited: impl Fn(u32) -> bool,
) -> Vec<(u32, usize)> {
    let mut found = Vec::new();
    let mut at = from;
    while let Some(want) = last.checked_add(1) {
        // The needle " <want> ", written without an allocation.
        let mut needle = [b' '; 12];
        let digits = want.checked_ilog10().unwrap_or(0) as usize + 1;
        let mut rest = want;
        for k in (1..=digits).rev() {
            needle[k] = b'0' + (rest % 10) as u8;
            rest /= 10;
        }
        // A one-byte search for the first digit, not a substring search:
        // most zone lines hold no such number, and a substring searcher's
        // setup costs more than the line.
        let needle = &needle[..digits + 2];
        let b = t.as_bytes();
        let Some(open) = b.get(at..).and_then(|h| {
            memchr::memchr_iter(needle[1], h)
                .map(|q| at + q)
                .find(|&p| p > 0 && b[p - 1..].starts_with(needle))
        }) else {
            break;
        };
        at = open + 1;
        let head = &t[open..];
        let count = || {
            let b = head.as_bytes();
            let d = b[digits + 1..]
                .iter()
                .take_while(|c| c.is_ascii_digit())
                .count();
            d > 0
                && b.get(digits + 1 + d) == Some(&b' ')
                && b.get(digits + 2 + d).is_some_and(u8::is_ascii_lowercase)
        };
        let skip = page_note_label(head, |n| n == want)
            .map(|(_, skip)| skip)
            .or_else(|| count().then_some(digits + 1));
        if let Some(skip) = skip.filter(|_| cited(want)) {
            found.push((want, open + skip));
            last = want;
            at = open + skip;
        }
    }
    found
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

/// The notes printed above one page footer, and where their page starts:
/// the markers that cite them are looked for on that page.
#[derive(Debug)]
struct Zone {
    /// The first line of the page.
    floor: usize,
    /// The first line of the notes.
    top: usize,
    /// Their labels: `first .. first + count`.
    first: u32,
    count: u32,
}

/// A line of a note body in a zone, and whether a blank line, a label or
/// noise comes before it.
type BodyLine = (Line, bool);

/// PDF notes: for each page footer, walk up to the note numbered `next`;
/// the lines from there to the footer are that page's notes.
///
/// Extractors print the labels in several ways: glued to or spaced from
/// the body ("1NOS, …", "1 Antwoorden …"), or alone on a line before the
/// bodies, where pdftotext prints one label of a page out of place (after
/// the last body) and two bodies without a label between them. The bodies
/// keep their printed order and the labels are numbered in that order, so
/// the k-th body is the k-th note; where a label is missing between two
/// bodies, the body is split where a line ends short of the others.
fn page_notes<'a>(
    src: &'a str,
    lines: &[Line],
    tags: &mut [Tag],
    page_ends: &[usize],
    notes: &mut Found<'a>,
    noise: &mut Vec<Noise>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<Zone> {
    let mut zones = Vec::new();
    let mut next = 1u32;
    let mut prev_end = 0usize;
    // pdfium prints a page's notes on one line ([`glued_labels`]).
    let pdfium = crate::text::crlf_lines(src);
    // Found at the first zone with notes.
    let mut running: Option<Vec<&str>> = None;
    // Buffers that every zone reuses.
    let mut labels: Vec<(usize, u32, usize)> = Vec::new();
    let mut zone = ZoneBodies::default();
    for &f in page_ends {
        let floor = prev_end;
        // A footer with the next page's first line glued after it
        // ([`crate::noise::scan`] keeps that line as content, from after
        // the footer) opens the next page.
        prev_end = if tags[f] == Tag::Content { f } else { f + 1 };
        let mut top = None;
        let mut content_seen = 0;
        let mut j = f;
        while j > floor {
            j -= 1;
            if tags[j] != Tag::Content {
                continue;
            }
            // Most lines open with a byte that neither a label nor a note
            // opens with: told by that byte, without the line as text.
            let first = lines[j].bytes(src).first().copied();
            if crate::qa::may_open_label_byte(first) && crate::qa::is_label(lines[j].text(src)) {
                break;
            }
            content_seen += 1;
            if content_seen > 80 {
                break;
            }
            // Every note line opens with its number.
            if !first.is_some_and(|c| c.is_ascii_digit()) {
                continue;
            }
            let t = lines[j].text(src);
            // The last line of a page may be a note whose body opens in
            // lower case ("3 bis: culturele basisinfrastructuur").
            let last =
                content_seen == 1 && successor_with_number_body(t, next.checked_sub(1)).is_some();
            // Higher up, a note whose body opens with a number ("3 1,92%
            // van de …", no sentence opens so) opens a paragraph of the
            // page's last lines, and its marker stands on the page.
            let marked = || {
                content_seen <= 6
                    && successor_with_number_body(t, next.checked_sub(1)).is_some_and(
                        |(_, skip)| t[skip..].starts_with(|c: char| c.is_ascii_digit()),
                    )
                    // The text's first line has none above it to end.
                    && (j == 0
                        || tags[j - 1] != Tag::Content
                        || lines[j - 1].text(src).ends_with(['.', '?', '!', ':', ';']))
                    && marker_on(src, lines[floor].start(), lines[j].start(), next)
            };
            if last || page_note_label(t, |n| n == next).is_some() || marked() {
                top = Some(j);
                break;
            }
        }
        let Some(top) = top else { continue };
        if zones.is_empty() {
            // The first zone: a document with page notes has a few on
            // most pages, so room for the usual number is made at once
            // rather than in many small steps.
            let pages = page_ends.len();
            zones.reserve(pages);
            labels.reserve(16);
            zone.reserve(32);
            notes.reserve(2 * pages, 6 * pages);
        }
        // Labels in the zone, in order.
        labels.clear();
        let mut seen = Seen::new(next);
        for i in top..f {
            if tags[i] != Tag::Content {
                continue;
            }
            let t = lines[i].text(src);
            let previous = labels.last().map_or(next.checked_sub(1), |l| Some(l.1));
            let label = page_note_label(t, |n| n >= next && n < next + 40 && !seen.contains(n))
                .or_else(|| {
                    successor_with_number_body(t, previous)
                        .filter(|_| i == top || !labels.is_empty())
                });
            if let Some((n, skip)) = label {
                seen.insert(n);
                labels.push((i, n, skip));
            }
            if let Some(&(_, last, skip)) = labels.last().filter(|_| pdfium) {
                let from = if labels.last().is_some_and(|l| l.0 == i) {
                    skip
                } else {
                    0
                };
                let cited = |n: u32| marker_on(src, lines[floor].start(), lines[top].start(), n);
                for (n, skip) in glued_labels(t, from, last, cited) {
                    seen.insert(n);
                    labels.push((i, n, skip));
                }
            }
        }
        let mut run = 0;
        while seen.contains(next + run) {
            run += 1;
        }
        zone_bodies(
            (src, lines, tags),
            (top, f),
            &labels,
            next..next + run,
            running.get_or_insert_with(|| running_lines(src, lines, tags, page_ends)),
            &mut zone,
        );
        let body_of = |k: usize| &zone.lines[zone.bodies[k].clone()];
        for k in 0..zone.bodies.len() {
            if let (true, Some(first)) = (zone.split.contains(&k), body_of(k).first()) {
                let n = next + u32::try_from(k).unwrap_or(u32::MAX);
                let message = format!(
                    "notes {} and {n} are printed without a label between them; note {n} is taken to start here",
                    n - 1
                );
                diagnostics.push(guess(codes::NOTE_BODIES_SPLIT, message, first.0.span()));
            }
        }
        for k in 0..zone.bodies.len() {
            let body = body_of(k);
            let n = next + u32::try_from(k).unwrap_or(u32::MAX);
            // The note's span opens at its label where the label stands
            // right before the body; a label printed elsewhere is a marker
            // of its own.
            let label = labels.iter().find(|l| l.1 == n);
            let label_line = label.map(|l| l.0);
            let first = body.first().map(|l| l.0);
            let opens = match (label_line, first) {
                (Some(i), Some(b)) => {
                    let j = lines.partition_point(|l| l.start() <= b.start());
                    let between = (i + 1..j.saturating_sub(1)).all(|x| tags[x] != Tag::Content);
                    // A label inside its line (pdfium) opens the span where it stands.
                    let open = label.map_or(0, |l| label_open(src, lines[i], l.2));
                    (lines[i].start() <= b.start() && between).then(|| lines[i].start() + open)
                }
                _ => None,
            };
            if let (Some(i), None) = (label_line, opens) {
                // A label printed apart from its body.
                noise.push(Noise {
                    kind: NoiseKind::Marker,
                    span: lines[i].span(),
                });
            }
            notes.push_lines(body.iter().map(|l| l.0), opens, n.to_string());
        }
        // Every line of the zone is note matter, but for the table cells
        // that a body was found to leave out, and the running letterhead
        // printed beside the notes, which is page furniture.
        let running = running.as_deref().unwrap_or_default();
        for (i, t) in tags.iter_mut().enumerate().take(f).skip(top) {
            if *t == Tag::Content {
                if !running.is_empty() && running.binary_search(&lines[i].text(src)).is_ok() {
                    *t = Tag::Noise(NoiseKind::PageFurniture);
                    noise.push(Noise {
                        kind: NoiseKind::PageFurniture,
                        span: lines[i].span(),
                    });
                } else {
                    *t = Tag::Footnote;
                }
            }
        }
        for l in &zone.released {
            let i = lines.partition_point(|x| x.start() < l.start());
            if let Some(t) = tags.get_mut(i) {
                *t = Tag::Content;
            }
        }
        zones.push(Zone {
            floor,
            top,
            first: next,
            count: run,
        });
        next += run;
    }
    zones
}

/// The short lines printed near at least three page ends and half of
/// them, no sentence (a running header or letterhead column such as "Ministerie
/// van" / "Kenmerk" that the extractor set next to the notes), sorted: no
/// part of a note. Only the few lines around each page end are looked at.
fn running_lines<'a>(
    src: &'a str,
    lines: &[Line],
    tags: &[Tag],
    page_ends: &[usize],
) -> Vec<&'a str> {
    const NEAR: usize = 8;
    let pages = page_ends.len();
    if pages < 3 {
        return Vec::new();
    }
    let often = |count: usize| count >= 3 && count * 2 >= pages;
    // Each line with a cheap key (its length and first bytes) and its page:
    // the lines are grouped by key as integers, and only a group on enough
    // pages is sorted by its text, which splits lines that share a key.
    let mut near: Vec<(u64, usize, &str)> = Vec::with_capacity(pages * 2 * NEAR);
    for (page, &f) in page_ends.iter().enumerate() {
        let to = (f + NEAR + 1).min(lines.len());
        for j in f.saturating_sub(NEAR)..to {
            if j == f || tags[j] != Tag::Content {
                continue;
            }
            let t = lines[j].text(src);
            if t.len() <= 40 && !t.ends_with('.') {
                near.push((line_key(t), page, t));
            }
        }
    }
    near.sort_unstable_by_key(|&(key, page, _)| (key, page));
    let pages_in = |group: &[(u64, usize, &str)]| group.chunk_by(|a, b| a.1 == b.1).count();
    let mut running: Vec<&str> = Vec::new();
    for group in near.chunk_by_mut(|a, b| a.0 == b.0) {
        if !often(pages_in(group)) {
            continue;
        }
        group.sort_unstable_by(|a, b| (a.2, a.1).cmp(&(b.2, b.1)));
        running.extend(
            group
                .chunk_by(|a, b| a.2 == b.2)
                .filter(|same| often(pages_in(same)))
                .map(|same| same[0].2),
        );
    }
    running.sort_unstable();
    running
}

/// A line's length and first seven bytes, as one integer: lines that
/// differ there differ.
fn line_key(t: &str) -> u64 {
    let mut key = [0u8; 8];
    let head = &t.as_bytes()[..t.len().min(7)];
    key[1..=head.len()].copy_from_slice(head);
    key[0] = u8::try_from(t.len()).unwrap_or(u8::MAX);
    u64::from_le_bytes(key)
}

/// The bodies of the notes of one zone, as [`zone_bodies`] finds them:
/// kept from zone to zone, so that a document's zones share their buffers.
#[derive(Default)]
struct ZoneBodies {
    /// The body lines of the zone, body after body.
    lines: Vec<BodyLine>,
    /// Where each body starts in `lines`, and whether its label stood
    /// alone on its line; a body ends where the next starts.
    starts: Vec<(usize, bool)>,
    /// The bodies, in label order: ranges of `lines`.
    bodies: Vec<Range<usize>>,
    /// Lines taken for note lines that a body leaves out (table cells).
    released: Vec<Line>,
    /// The bodies that open where a body was split without a label.
    split: Vec<usize>,
}

impl ZoneBodies {
    /// Room for a zone of `lines` body lines.
    fn reserve(&mut self, lines: usize) {
        self.lines.reserve(lines);
        self.starts.reserve(lines / 2);
        self.bodies.reserve(lines / 2);
    }
}

/// The bodies of the notes of one zone (`lines[top..f]`), in label order,
/// given the labels found there (line, number, label length) and the run
/// of numbers the zone holds.
fn zone_bodies(
    (src, lines, tags): (&str, &[Line], &[Tag]),
    (top, f): (usize, usize),
    labels: &[(usize, u32, usize)],
    run: std::ops::Range<u32>,
    running: &[&str],
    out: &mut ZoneBodies,
) {
    let ZoneBodies {
        lines: body,
        starts,
        bodies,
        released,
        split,
    } = out;
    body.clear();
    starts.clear();
    bodies.clear();
    released.clear();
    split.clear();
    // Segments: the body lines after each label of the run, in printed
    // order; whether the label stood alone on its line.
    let mut gap = false;
    let mut at = 0;
    for i in top..f {
        if tags[i] != Tag::Content
            || !running.is_empty() && running.binary_search(&lines[i].text(src)).is_ok()
        {
            gap = true;
            continue;
        }
        // A label inside the line, or a second one on it (pdfium).
        if labels.get(at).is_some_and(|l| l.0 == i)
            && (labels.get(at + 1).is_some_and(|l| l.0 == i)
                || label_open(src, lines[i], labels[at].2) > 0)
        {
            let on_line = labels[at..].iter().take_while(|l| l.0 == i).count();
            let line = &labels[at..at + on_line];
            at += on_line;
            gap = glued_pieces(src, lines[i], line, &run, gap, body, starts);
            continue;
        }
        if labels.get(at).is_some_and(|l| l.0 == i) {
            let (_, n, skip) = labels[at];
            at += 1;
            if run.contains(&n) {
                let rest = lines[i].skip(skip);
                let rest = crate::text::trim(src, rest.start(), rest.end());
                let alone = rest.is_blank();
                starts.push((body.len(), alone));
                if !alone {
                    body.push((rest, false));
                }
                gap = alone;
                continue;
            }
        }
        if !starts.is_empty() {
            body.push((lines[i], gap));
        }
        gap = false;
    }
    let wanted = run.len();
    // Empty segments are dropped: a segment ends where the next starts.
    let mut kept = 0;
    for k in 0..starts.len() {
        let end = starts.get(k + 1).map_or(body.len(), |s| s.0);
        if starts[k].0 < end {
            starts[kept] = starts[k];
            kept += 1;
        }
    }
    starts.truncate(kept);
    // Too few bodies: split where a body most likely ends.
    if starts.len() < wanted && !starts.is_empty() {
        let widest = body
            .iter()
            .map(|l| l.0.text(src).chars().count())
            .max()
            .unwrap_or(0);
        let mut breaks: Vec<(u32, usize, usize)> = Vec::new();
        for (k, &(from, _)) in starts.iter().enumerate() {
            let to = starts.get(k + 1).map_or(body.len(), |s| s.0);
            for j in 1..to - from {
                let score = body_break_score(src, body[from + j - 1], body[from + j], widest);
                breaks.push((score, k, j));
            }
        }
        // The best breaks, earliest first among equals.
        breaks.sort_by(|a, b| b.0.cmp(&a.0).then((a.1, a.2).cmp(&(b.1, b.2))));
        breaks.truncate(wanted - starts.len());
        breaks.sort_by_key(|&(_, k, j)| (std::cmp::Reverse(k), std::cmp::Reverse(j)));
        for (_, k, j) in breaks {
            let (from, alone) = starts[k];
            starts.insert(k + 1, (from + j, alone));
            split.push(k + 1);
        }
        // Later splits move the earlier indices on.
        split.sort_unstable();
        for (m, s) in split.iter_mut().enumerate() {
            *s += m;
        }
    }
    for k in 0..starts.len().min(wanted) {
        let (from, alone) = starts[k];
        let to = starts.get(k + 1).map_or(body.len(), |s| s.0);
        let cells = leading_cells(src, &body[from..to], alone);
        released.extend(body[from..from + cells].iter().map(|l| l.0));
        bodies.push(from + cells..to);
    }
}

/// Where the label whose body starts at `skip` opens in `line`: back
/// over the spaces and the digits before the body.
fn label_open(src: &str, line: Line, skip: usize) -> usize {
    let b = line.bytes(src);
    let mut k = skip.min(b.len());
    while k > 0 && b[k - 1] == b' ' {
        k -= 1;
    }
    while k > 0 && b[k - 1].is_ascii_digit() {
        k -= 1;
    }
    k
}

/// A zone line that holds a label after its start, or more than one (see
/// [`glued_labels`]): the text before the first label ends the body before,
/// and each label of the run opens a body that runs to the next. Returns
/// whether a blank body (a label alone) was last.
fn glued_pieces(
    src: &str,
    line: Line,
    on_line: &[(usize, u32, usize)],
    run: &Range<u32>,
    mut gap: bool,
    body: &mut Vec<BodyLine>,
    starts: &mut Vec<(usize, bool)>,
) -> bool {
    let opens: Vec<(usize, usize)> = on_line
        .iter()
        .filter(|l| run.contains(&l.1))
        .map(|l| {
            (
                line.start() + label_open(src, line, l.2),
                line.start() + l.2,
            )
        })
        .collect();
    let head_end = opens.first().map_or(line.end(), |o| o.0);
    let head = crate::text::trim(src, line.start(), head_end);
    if !head.is_blank() && !starts.is_empty() {
        body.push((head, gap));
        gap = false;
    }
    for (k, &(_, from)) in opens.iter().enumerate() {
        let to = opens.get(k + 1).map_or(line.end(), |o| o.0);
        let piece = crate::text::trim(src, from, to);
        let alone = piece.is_blank();
        starts.push((body.len(), alone));
        if !alone {
            body.push((piece, false));
        }
        gap = alone;
    }
    gap
}

/// How likely a note body ends between two of its lines: the line before
/// ends short of the widest, or with a full stop; the next opens like a
/// body; a blank line between.
fn body_break_score(src: &str, before: BodyLine, after: BodyLine, widest: usize) -> u32 {
    let b = before.0.text(src);
    let a = after.0.text(src);
    let mut score = 0;
    if b.chars().count() * 100 < widest * 80 {
        score += 2;
    }
    if b.ends_with(['.', ')']) {
        score += 1;
    }
    if a.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit() || c == '«')
        || a.starts_with("http")
        || a.starts_with("www")
    {
        score += 1;
    }
    if after.1 {
        score += 3;
    }
    score
}

/// A label printed alone, then table cells that pdftotext put between it
/// and its body: short runs of one line each before the body's own run.
/// They are not the body (and go back to the text they belong to): how
/// many lines they take.
fn leading_cells(src: &str, seg: &[BodyLine], alone: bool) -> usize {
    if !alone || !seg.iter().skip(1).any(|l| l.1) {
        return 0;
    }
    // A run opens at a line with a gap before it.
    let run_end = |r: usize| (r + 1..seg.len()).find(|&j| seg[j].1).unwrap_or(seg.len());
    let mut from = 0;
    loop {
        let end = run_end(from);
        let t = seg[from].0.text(src);
        let cell = end == from + 1 && t.len() <= 30 && !t.ends_with(['.', ':', ';', ',']);
        if end < seg.len() && cell {
            from = end;
        } else {
            return from;
        }
    }
}

/// Where a note marker stands in PDF text: right after the word or
/// punctuation it annotates ("wetgeving3.", "zijn?2", "jl.3", "20231 heb"),
/// or, in extractors that set it apart, after a space ("wetgeving 3.",
/// "zijn? 2"). Markers are numbered as their notes, in order through the
/// text, and stand on the page of their note: each note's marker is the
/// first such number after the previous marker on that page. Glued forms
/// are taken before spaced ones, which are more often real numbers.
fn page_markers(
    src: &str,
    lines: &[Line],
    tags: &[Tag],
    zones: &[Zone],
    out: &mut Vec<Accepted>,
    diagnostics: &mut Vec<Diagnostic>,
) {
    if zones.is_empty() {
        return;
    }
    // Notes a bracket marker already cites ("[1 ]" in Markdown): where.
    let bracketed: Vec<(&str, usize)> = out
        .iter()
        .filter(|a| a.kind == Some(FootnoteKind::Footnote))
        .flat_map(|a| {
            src[a.labels.0..a.labels.1]
                .split([' ', '\u{a0}'])
                .filter(|l| !l.is_empty())
                .map(move |l| (l, a.mark.1))
        })
        .collect();
    let mut pos = 0usize;
    // The notes whose markers a run of markers took ahead of their page.
    let mut ahead: Vec<u32> = Vec::new();
    let text_line = |p: usize| {
        let i = lines.partition_point(|l| l.start() <= p);
        i > 0 && p < lines[i - 1].end() && matches!(tags[i - 1], Tag::Content | Tag::Heading)
    };
    for z in zones {
        let page_start = lines[z.floor].start();
        let end = lines[z.top].start();
        for n in z.first..z.first + z.count {
            let from = pos.max(page_start);
            if from >= end || ahead.contains(&n) {
                continue;
            }
            // The label's digits, without an allocation.
            let mut digits = [0u8; 10];
            let label = crate::ids::decimal(n, &mut digits).as_bytes();
            if let Some(&(_, end)) = bracketed.iter().find(|(l, _)| l.as_bytes() == label) {
                pos = pos.max(end);
                continue;
            }
            // The first glued candidate, else the first spaced one: a pass
            // for each, as the glued test is cheap and most texts glue.
            // Candidates are found by the label's last digit (memchr, no
            // searcher to build per note), the others checked before it.
            let last = label[label.len() - 1];
            let window = &src.as_bytes()[from..end];
            let found = || {
                memchr::memchr_iter(last, window)
                    .filter(|&q| {
                        q + 1 >= label.len()
                            && window[q + 1 - label.len()..q]
                                .iter()
                                .zip(label)
                                .all(|(a, b)| a == b)
                    })
                    .map(|q| from + q + 1 - label.len())
            };
            // A glued marker has no space before it: most candidates are
            // numbers after a space, ruled out from that byte alone.
            let glued = found().find(|&p| {
                p > 0
                    && !matches!(src.as_bytes()[p - 1], b' ' | b'\t' | b'\n' | b'\r')
                    && marker_strength(src, p, label.len(), false) == Some(Strength::Glued)
                    && text_line(p)
            });
            // A spaced marker has a space (or the last byte of an NBSP) or
            // a line end before it: the numbers glued to a word are not
            // read again.
            let best = glued.map(|p| (Strength::Glued, p)).or_else(|| {
                found()
                    .find(|&p| {
                        p > 0
                            && matches!(src.as_bytes()[p - 1], b' ' | b'\t' | b'\n' | b'\r' | 0xA0)
                            && marker_strength(src, p, label.len(), true) == Some(Strength::Spaced)
                            && text_line(p)
                    })
                    .map(|p| (Strength::Spaced, p))
            });
            let Some((strength, p)) = best else { continue };
            let e = p + label.len();
            let cut = match strength {
                // "wetgeving3 ." (pdftotext -raw): the space before the
                // punctuation goes too.
                Strength::Glued => {
                    let rest = &src[e..];
                    let spaces = rest.len() - rest.trim_start_matches(' ').len();
                    let punct = rest[spaces..].starts_with(['.', ',', ';', ':', '?', '!', ')']);
                    (p, if spaces > 0 && punct { e + spaces } else { e })
                }
                // "wetgeving 3.", "2023 1 heb": the space before goes.
                Strength::Spaced => {
                    diagnostics.push(set_apart(src, p, e));
                    let kept = src[..p].trim_end_matches([' ', '\u{a0}']).len();
                    let at_line_start =
                        kept == 0 || matches!(src.as_bytes()[kept - 1], b'\n' | b'\r');
                    (if at_line_start { p } else { kept }, e)
                }
            };
            out.push(Accepted {
                cut,
                mark: (p, e),
                kind: Some(FootnoteKind::Footnote),
                labels: (p, e),
            });
            pos = e;
            // A line of markers alone ("2, 3 en 4") holds the markers of
            // the notes that follow, also where a note's body went on to
            // the next page.
            if strength == Strength::Spaced && markers_line(src, p) {
                let (_, line_end) = line_around(src, e);
                // The line holds numbers and "en" only (see
                // [`markers_line`]).
                let run = run_tokens(src, e..line_end).filter(|&(_, t)| t != "en");
                for (want, (start, token)) in (n + 1..).zip(run) {
                    if token.parse::<u32>().ok() != Some(want) {
                        break;
                    }
                    let mark = (start, start + token.len());
                    diagnostics.push(set_apart(src, mark.0, mark.1));
                    out.push(Accepted {
                        cut: mark,
                        mark,
                        kind: Some(FootnoteKind::Footnote),
                        labels: mark,
                    });
                    ahead.push(want);
                    pos = mark.1;
                }
            }
        }
    }
}

/// The guess that the number `src[p..e]`, set apart from the word before
/// it, is the marker of the note it numbers.
fn set_apart(src: &str, p: usize, e: usize) -> Diagnostic {
    // The number as printed is the label: joined in one allocation,
    // without the formatting machinery.
    let number = &src[p..e];
    let message = [
        "the number ",
        number,
        " set apart from the word before it is taken for the marker of note ",
        number,
    ]
    .concat();
    guess(codes::MARKER_SET_APART, message, Span::new(p, e))
}

/// Whether the number `n` stands where a note marker stands, glued or set
/// apart, somewhere in `src[from..to]`.
fn marker_on(src: &str, from: usize, to: usize, n: u32) -> bool {
    let label = n.to_string();
    memchr::memmem::find_iter(&src.as_bytes()[from..to], label.as_bytes())
        .any(|q| marker_strength(src, from + q, label.len(), true).is_some())
}

/// How a number stands where a marker may stand.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Strength {
    /// Glued to the word or punctuation before it.
    Glued,
    /// After a space, or alone on its line.
    Spaced,
}

/// Words that a number after them belongs to ("nr. 3", "vraag 2",
/// "artikel 4"): such a number is not a marker. Sorted (byte order), in
/// lower case: looked up by binary search.
const NUMBERED: &[&str] = &[
    "%",
    "-",
    "aan",
    "aanbeveling",
    "actie",
    "actielijn",
    "antwoord",
    "art",
    "artikel",
    "artikelen",
    "bij",
    "bijlage",
    "bijna",
    "bladzijde",
    "blz",
    "ca",
    "categorie",
    "circa",
    "cm",
    "dan",
    "deel",
    "dm",
    "en",
    "fase",
    "figuur",
    "groep",
    "hoofdstuk",
    "in",
    "klasse",
    "km",
    "kolom",
    "kwartaal",
    "lid",
    "lijn",
    "m",
    "m 3",
    "maatregel",
    "maximaal",
    "met",
    "minimaal",
    "mm",
    "module",
    "motie",
    "niveau",
    "nog",
    "nr",
    "nrs",
    "nummer",
    "of",
    "om",
    "onderdeel",
    "ongeveer",
    "op",
    "optie",
    "p",
    "pag",
    "pagina",
    "par",
    "paragraaf",
    "per",
    "pijler",
    "pp",
    "prioriteit",
    "punt",
    "regel",
    "ronde",
    "ruim",
    "scenario",
    "sectie",
    "slechts",
    "spoor",
    "stap",
    "sub",
    "t/m",
    "tabel",
    "thema",
    "tot",
    "totaal",
    "tranche",
    "van",
    "variant",
    "versie",
    "voor",
    "vraag",
    "vragen",
    "week",
    "zo'n",
    "–",
    "€",
];

/// Words that a number before them counts or dates ("3 april", "2
/// procent"): such a number is not a marker. Sorted, in lower case.
const COUNTED: &[&str] = &[
    "%",
    "april",
    "augustus",
    "dag",
    "dagen",
    "december",
    "euro",
    "februari",
    "jaar",
    "januari",
    "jaren",
    "juli",
    "juni",
    "keer",
    "kilometer",
    "km",
    "maand",
    "maanden",
    "maart",
    "mei",
    "meter",
    "miljard",
    "miljoen",
    "minuten",
    "november",
    "oktober",
    "procent",
    "procentpunt",
    "september",
    "uren",
    "uur",
    "weken",
    "x",
];

/// Words that join two numbers ("1 en 2", "3 tot 5"): a number before one
/// of them and another number is not a marker. Sorted, in lower case.
const JOINING: &[&str] = &["-", "a", "en", "of", "t/m", "tot", "à", "–"];

/// Whether `w` is found in the sorted lower-case `list`, compared in lower
/// case (a word longer than any listed one is none of them).
fn listed(list: &[&str], w: &str) -> bool {
    let mut buf = [0u8; 24];
    if w.len() > buf.len() || w.is_empty() {
        return false;
    }
    for (d, c) in buf.iter_mut().zip(w.bytes()) {
        *d = c.to_ascii_lowercase();
    }
    let w = &buf[..w.len()];
    list.binary_search_by(|x| x.as_bytes().cmp(w)).is_ok()
}

/// Whether a number after the word `w` belongs to it ("vraag 5", "nr. 3"),
/// also when the extractor glued the word to the one before ("vanvraag");
/// not the last part of a compound ("Energeia-artikel 2": a newspaper
/// article and its note).
pub(crate) fn takes_number(w: &str) -> bool {
    const GLUED: [&str; 8] = [
        "vraag",
        "vragen",
        "artikel",
        "bijlage",
        "hoofdstuk",
        "paragraaf",
        "nummer",
        "pagina",
    ];
    listed(NUMBERED, w)
        || GLUED.iter().any(|x| {
            w.len() > x.len()
                && w.is_char_boundary(w.len() - x.len())
                && w[w.len() - x.len()..].eq_ignore_ascii_case(x)
                && w[..w.len() - x.len()].ends_with(char::is_alphabetic)
        })
}

/// Whether the digits `src[p..p + len]` stand where a note marker stands,
/// and how; spaced forms only when `spaced` is asked for.
fn marker_strength(src: &str, p: usize, len: usize, spaced: bool) -> Option<Strength> {
    let b = src.as_bytes();
    let e = p + len;
    // What follows: the line end, a space, or punctuation that is not part
    // of a number ("1.4", "1,92").
    match b.get(e) {
        None | Some(b' ' | b'\n' | b'\r' | b'\t') => {}
        Some(b'.' | b',') => {
            if b.get(e + 1).is_some_and(u8::is_ascii_digit) {
                return None;
            }
        }
        Some(b';' | b':' | b'?' | b'!' | b')') => {}
        // Any other ASCII byte (a letter or digit, mostly: the digit is
        // part of a word or number) ends no marker.
        Some(c) if c.is_ascii() => return None,
        Some(_) => {
            let c = src[e..].chars().next()?;
            if !(matches!(c, '»' | '”' | '’' | '\u{a0}')) {
                return None;
            }
        }
    }
    let before = src[..p].chars().next_back()?;
    let year_before = |end: usize| {
        let start = src[..end]
            .trim_end_matches(|c: char| c.is_ascii_digit())
            .len();
        end - start == 4
            && (b[start..].starts_with(b"19") || b[start..].starts_with(b"20"))
            && !src[..start]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric)
    };
    match before {
        // "20231 heb": a year and the marker; "NIS24": a name with a digit.
        '0'..='9' => {
            if year_before(p) {
                return Some(Strength::Glued);
            }
            // A name that ends with one digit after a capital ("NIS2"), not
            // a number inside a word ("memo’s106").
            let digits = p - src[..p]
                .trim_end_matches(|c: char| c.is_ascii_digit())
                .len();
            let capital = src[..p - digits].ends_with(|c: char| c.is_uppercase());
            let token_start = src[..p]
                .trim_end_matches(|c: char| c.is_alphanumeric())
                .len();
            (digits == 1 && capital && unique_token(src, token_start, e)).then_some(Strength::Glued)
        }
        c if c.is_lowercase() => {
            // "m2", "km3": units.
            let token_start = src[..p].trim_end_matches(char::is_alphabetic).len();
            let unit = matches!(&src[token_start..p], "m" | "km" | "cm" | "mm" | "dm");
            (!unit).then_some(Strength::Glued)
        }
        // "NIS2", "CO2": a name that ends with a digit, unless the whole is
        // printed once.
        c if c.is_uppercase() => {
            let token_start = src[..p].trim_end_matches(char::is_alphanumeric).len();
            unique_token(src, token_start, e).then_some(Strength::Glued)
        }
        '.' | ',' => {
            // "jl.3", "(mvo).2", "2018.12": not "1.4" or "11.04".
            let q = p - 1;
            let digit = q > 0 && b[q - 1].is_ascii_digit();
            (!digit || year_before(q)).then_some(Strength::Glued)
        }
        // "(6:1)": a ratio or a time, not a marker after a colon.
        ':' if p > 1 && b[p - 2].is_ascii_digit() => None,
        '?' | '!' | ';' | ':' | ')' | '»' | '”' | '’' | '"' | '\'' => Some(Strength::Glued),
        ' ' | '\u{a0}' | '\n' | '\r' | '\t' if spaced => spaced_marker(src, p, e),
        _ => None,
    }
}

/// A number after a space: a marker in extractors that set markers apart,
/// unless the words around it take the number ("nr. 3", "3 april"). Only
/// the words next to it are read.
fn spaced_marker(src: &str, p: usize, e: usize) -> Option<Strength> {
    let b = src.as_bytes();
    let is_space =
        |i: usize| b[i] == b' ' || b[i] == b'\t' || (b[i] == 0xA0 && i > 0 && b[i - 1] == 0xC2);
    // Back over the spaces (an NBSP is two bytes, C2 A0).
    let mut q = p;
    while q > 0 && is_space(q - 1) {
        q -= if b[q - 1] == 0xA0 { 2 } else { 1 };
    }
    let line_start = q == 0 || matches!(b[q - 1], b'\n' | b'\r');
    // Forward over the spaces to the next word.
    let mut r = e;
    while r < b.len() && (b[r] == b' ' || b[r] == b'\t' || b[r..].starts_with("\u{a0}".as_bytes()))
    {
        r += if b[r] == b' ' || b[r] == b'\t' { 1 } else { 2 };
    }
    let next_end = b[r..]
        .iter()
        .take(40)
        .position(|&c| matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0xC2))
        .map_or((r + 40).min(b.len()), |x| r + x);
    let next = &src[r..crate::text::floor_char_boundary(src, next_end)];
    // A line of markers alone ("1 2", PyPDF2 sets superscripts apart):
    // consecutive numbers and nothing else.
    if markers_line(src, p) {
        return Some(Strength::Spaced);
    }
    if line_start {
        // Alone on its line, or at its start before a word (PyPDF2 moves a
        // marker there); a list number ("3. Text") is not a marker, nor a
        // number the line opens with after a finished sentence.
        if next.is_empty() {
            return Some(Strength::Spaced);
        }
        let prev = src[..q].trim_end_matches(['\n', '\r', ' ', '\t']);
        let prev_line =
            &prev[memchr::memrchr2(b'\n', b'\r', prev.as_bytes()).map_or(0, |x| x + 1)..];
        // "…beschikbaarheid jeugdzorg" / "2. Met dit wetsvoorstel": the
        // marker of a sentence that a long line leaves open, not a list
        // item.
        if r == e && next.starts_with(['.', ',', ';']) {
            let open = prev_line.len() >= 50 && prev_line.ends_with(|c: char| c.is_lowercase());
            // "6." alone on its line ends the sentence above.
            let alone = next.len() == 1 && src[r + 1..].starts_with(['\n', '\r']);
            // Unless the line above ends with a word that takes the number
            // ("… het antwoord op vraag" / "5.").
            let word_above = prev_line
                .rsplit([' ', '\t'])
                .next()
                .unwrap_or("")
                .trim_end_matches(['.', ',', ':']);
            return ((open || alone) && !takes_number(word_above)).then_some(Strength::Spaced);
        }
        if r == e || !next.starts_with(char::is_alphabetic) {
            return None;
        }
        if next.starts_with(char::is_lowercase) {
            // The word before is the one the previous line ends with
            // (an abbreviation's full stop ends no sentence: "jl." / "2
            // waarin").
            if prev.is_empty()
                || prev.ends_with(['.', '?', '!', ':', ';']) && !ends_with_abbreviation(prev)
            {
                return None;
            }
            q = prev.len();
        } else {
            return Some(Strength::Spaced);
        }
    }
    let last_start = b[..q]
        .iter()
        .rev()
        .take(40)
        .position(|&c| matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'(' | 0xA0))
        .map_or(q.saturating_sub(40), |x| q - x);
    let mut from = last_start;
    while !src.is_char_boundary(from) {
        from += 1;
    }
    let last = &src[from..q];
    let last_word = last.trim_end_matches(['.', ',', ':']);
    if takes_number(last_word) {
        return None;
    }
    // "orthodontie»?1 2 3": the run of markers after one glued to its word.
    if markers_tail(src, p, e) {
        return Some(Strength::Spaced);
    }
    // A number after a number ("1 2 3" in a table row), unless it follows a
    // year ("november 2023 1 heb").
    let year = last.len() == 4 && (last.starts_with("19") || last.starts_with("20"));
    if !last.is_empty() && last.bytes().all(|c| c.is_ascii_digit()) && !year {
        return None;
    }
    let next_word = next.trim_end_matches(['.', ',', ':', ';']);
    // A unit or sign: "3 %", "4 °C", "2 -".
    let symbol = next_word.starts_with([
        '%', '°', '€', '$', '£', '-', '–', '/', '+', '×', '=', '<', '>',
    ]);
    // Also a month glued to a year ("2 oktober2024").
    // The months, which a day number before them dates.
    let month = crate::date::MONTH_NAMES.iter().any(|m| {
        next_word
            .get(..m.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(m))
    });
    if listed(COUNTED, next_word)
        || month
        || next_word.starts_with(|c: char| c.is_ascii_digit())
        || symbol
    {
        return None;
    }
    if listed(JOINING, next_word) {
        // "1 en 2" joins numbers; "afnemen 11 en daarmee" does not.
        let rest = src[r + next.len()..].trim_start_matches([' ', '\u{a0}']);
        if rest.starts_with(|c: char| c.is_ascii_digit()) {
            return None;
        }
    }
    Some(Strength::Spaced)
}

/// Abbreviations whose full stop ends no sentence, in lower case.
const ABBREVIATIONS: &[&str] = &[
    "bijv.", "doc.", "e.a.", "i.v.m.", "j.l.", "jl.", "m.b.t.", "o.a.", "resp.", "t.a.v.", "z.s.m.",
];

/// Whether `text` ends with one of the [`ABBREVIATIONS`], as a word.
pub(crate) fn ends_with_abbreviation(text: &str) -> bool {
    let word = text.rsplit([' ', '\t', '\n', '(']).next().unwrap_or("");
    ABBREVIATIONS
        .iter()
        .any(|a| word.len() == a.len() && word.eq_ignore_ascii_case(a))
}

/// Whether the number `src[p..e]` (n) stands in a run of consecutive
/// numbers that ends its line and opens with a number glued to the end of
/// a word ("orthodontie»?1 2 3"): PyPDF sets apart the markers after the
/// first.
fn markers_tail(src: &str, p: usize, e: usize) -> bool {
    let Ok(n) = src[p..e].parse::<u32>() else {
        return false;
    };
    // Back over the run: n - 1, n - 2, … set apart, then one glued.
    let (start, end) = line_around(src, p);
    let mut want = n;
    let mut glued = false;
    for token in src[start..p]
        .rsplit([' ', '\u{a0}'])
        .filter(|t| !t.is_empty())
    {
        let Some(previous) = want.checked_sub(1) else {
            return false;
        };
        want = previous;
        let digits = token.bytes().rev().take_while(u8::is_ascii_digit).count();
        if digits == 0 || token[token.len() - digits..].parse::<u32>().ok() != Some(want) {
            return false;
        }
        if digits < token.len() {
            glued = true;
            break;
        }
    }
    if !glued {
        return false;
    }
    run_tokens(src, e..end)
        .map(|(_, token)| token)
        .zip(n + 1..)
        .all(|(token, want)| token.parse::<u32>().ok() == Some(want))
}

/// Whether the line of byte `p` holds nothing but consecutive numbers
/// ("1 2", "3, 4", "2, 3 en 4"), as PyPDF2 prints a run of markers on a
/// line of its own.
fn markers_line(src: &str, p: usize) -> bool {
    let (start, end) = line_around(src, p);
    if end - start > 24 {
        return false;
    }
    let mut last: Option<u32> = None;
    for (_, token) in run_tokens(src, start..end).filter(|&(_, t)| t != "en") {
        let Ok(n) = token.parse::<u32>() else {
            return false;
        };
        if last.is_some_and(|l| l + 1 != n) {
            return false;
        }
        last = Some(n);
    }
    last.is_some()
}

/// The line that holds byte `p` of `src`: where it starts and ends.
#[inline]
fn line_around(src: &str, p: usize) -> (usize, usize) {
    let b = src.as_bytes();
    let start = memchr::memrchr2(b'\n', b'\r', &b[..p]).map_or(0, |x| x + 1);
    let end = memchr::memchr2(b'\n', b'\r', &b[p..]).map_or(b.len(), |x| p + x);
    (start, end)
}

/// The words of `src[range]` between spaces, commas and NBSPs, each with
/// where it starts: the numbers of a run of markers ("1 2 3", "2, 3 en 4").
fn run_tokens(
    src: &str,
    range: std::ops::Range<usize>,
) -> impl Iterator<Item = (usize, &str)> + '_ {
    let b = src.as_bytes();
    let (mut at, end) = (range.start, range.end);
    // The width of the separator at byte `k`, if one stands there.
    let apart = move |k: usize| match b[k] {
        b' ' | b',' => 1,
        0xC2 if b[k..end].starts_with("\u{a0}".as_bytes()) => 2,
        _ => 0,
    };
    std::iter::from_fn(move || {
        while at < end && apart(at) > 0 {
            at += apart(at);
        }
        let start = at;
        while at < end && apart(at) == 0 {
            at += 1;
        }
        (at > start).then(|| (start, &src[start..at]))
    })
}

/// Whether the token `src[start..end]` is printed only here: a name that
/// ends with a digit ("CO2") is printed again, a marker glued to a word
/// mostly not.
fn unique_token(src: &str, start: usize, end: usize) -> bool {
    let token = &src.as_bytes()[start..end];
    let mut found = memchr::memmem::find_iter(src.as_bytes(), token).filter(|&q| {
        let before = src[..q].chars().next_back();
        let after = src[q + token.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    });
    found.next().is_some() && found.next().is_none()
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]

        /// The glued-marker pass of `page_markers` skips a candidate after
        /// a space or line end without asking `marker_strength`: no glued
        /// marker stands there, nor at the text start.
        #[test]
        fn glued_markers_follow_no_space(parts in proptest::collection::vec(
            proptest::sample::select(vec![
                "1", "2", "12", "2023", " ", "\t", "\n", "\r", "\u{a0}", "a", "NIS", "vraag",
                ".", ",", "?", ")", "»", "”", "km", "%", "-", "é", "CO",
            ]),
            1..12,
        )) {
            let src: String = parts.concat();
            let b = src.as_bytes();
            for p in 0..b.len() {
                for len in 1..=2 {
                    let e = p + len;
                    if e > b.len() || !b[p..e].iter().all(u8::is_ascii_digit) {
                        continue;
                    }
                    let skipped =
                        p == 0 || matches!(b[p - 1], b' ' | b'\t' | b'\n' | b'\r');
                    if skipped {
                        proptest::prop_assert_ne!(
                            marker_strength(&src, p, len, false),
                            Some(Strength::Glued),
                            "{:?} at {}", src, p
                        );
                    }
                }
            }
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]

        /// The spaced-marker pass of `page_markers` asks `marker_strength`
        /// only after a space, an NBSP's last byte or a line end: no spaced
        /// marker stands anywhere else.
        #[test]
        fn spaced_markers_follow_a_space(parts in proptest::collection::vec(
            proptest::sample::select(vec![
                "1", "2", "12", "2023", " ", "\t", "\n", "\r", "\u{a0}", "a", "NIS", "vraag",
                ".", ",", "?", ")", "»", "”", "km", "%", "-", "à", "é", "CO", "april",
            ]),
            1..12,
        )) {
            let src: String = parts.concat();
            let b = src.as_bytes();
            for p in 0..b.len() {
                for len in 1..=2 {
                    let e = p + len;
                    if e > b.len() || !b[p..e].iter().all(u8::is_ascii_digit) {
                        continue;
                    }
                    let asked = p > 0 && matches!(b[p - 1], b' ' | b'\t' | b'\n' | b'\r' | 0xA0);
                    if !asked {
                        proptest::prop_assert_ne!(
                            marker_strength(&src, p, len, true),
                            Some(Strength::Spaced),
                            "{:?} at {}", src, p
                        );
                    }
                }
            }
        }

        /// `find` looks for the `1)` markers only where it may need them:
        /// the other markers and the Word note openings are the same with
        /// or without them.
        #[test]
        fn paren_markers_leave_the_others_alone(parts in proptest::collection::vec(
            proptest::sample::select(vec![
                "1", "2", "12", " ", "\n", "\u{a0}", "a", "?", ")", "(", "[", "]", ":", "1)",
                "[1]", "[2 3 ]", "[footnoteRef:1]", "[endnoteRef:2]", "[bookmark: _x 1) y]",
                "[1:  ", "zorg.", "0",
            ]),
            1..14,
        )) {
            let src: String = parts.concat();
            let Scan { markers: with, openings: with_openings, .. } = markers(&src, true, true);
            let Scan { markers: without, openings: without_openings, .. } = markers(&src, false, true);
            let others: Vec<String> = with
                .iter()
                .filter(|m| !matches!(m.form, Form::Paren(_)))
                .map(|m| format!("{m:?}"))
                .collect();
            let without: Vec<String> = without.iter().map(|m| format!("{m:?}")).collect();
            proptest::prop_assert_eq!(others, without, "{:?}", src);
            proptest::prop_assert_eq!(with_openings, without_openings, "{:?}", src);
        }
    }

    #[test]
    fn word_lists_are_sorted_and_small() {
        for list in [NUMBERED, COUNTED, JOINING] {
            assert!(
                list.windows(2).all(|w| w[0].as_bytes() < w[1].as_bytes()),
                "{list:?}"
            );
            assert!(
                list.iter()
                    .all(|w| w.len() <= 24 && w.to_lowercase() == **w),
                "{list:?}"
            );
        }
    }

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
        assert_eq!(
            successor_with_number_body("5 pyrotechnische stoffen", Some(4)),
            Some((5, 2))
        );
        // pypdf's layout mode: two spaces after the label; a table's
        // columns are further apart.
        assert_eq!(
            successor_with_number_body("11  10 miljoen euro", Some(10)),
            Some((11, 4))
        );
        assert_eq!(
            successor_with_number_body("3  bis: culturele", Some(2)),
            Some((3, 3))
        );
        assert_eq!(successor_with_number_body("3     12     14", Some(2)), None);
        assert_eq!(successor_with_number_body("3  12  14", Some(2)), None);
    }

    #[test]
    fn converter_and_citation_markers() {
        let src =
            "Ja[footnoteRef:1] en[bookmark: _GoBack] nee? 2) en [3] of [4 5 ] maar (zie 1) niet.";
        let found: Vec<&str> = markers(src, true, false)
            .markers
            .into_iter()
            .map(|m| &src[m.lead..m.end])
            .collect();
        // "(zie 1)" is a candidate too; it is let go as it closes a
        // parenthesis (see `inside_parentheses`).
        assert_eq!(
            found,
            [
                "[footnoteRef:1]",
                "[bookmark: _GoBack]",
                " 2)",
                " [3]",
                " [4 5 ]",
                " 1)"
            ]
        );
        assert!(inside_parentheses(src, src.find("1) niet").unwrap()));
        assert!(!inside_parentheses(src, src.find("2)").unwrap()));
    }

    /// The citations that `find` takes in `src`: (label, kind, the text
    /// from the marker on).
    fn citations(src: &str) -> Vec<(String, FootnoteKind, &str)> {
        let layout = crate::text::Layout::Wrapped;
        let mut lines = crate::text::split_lines(src);
        let stats = crate::text::LineStats {
            layout,
            ..crate::text::measure_lines(src, &lines)
        };
        let scan = crate::noise::scan(src, &mut lines, layout);
        let mut tags = scan.tags;
        let (mut cuts, mut noise) = (Cuts::default(), Vec::new());
        let notes = find(
            src,
            &lines,
            &mut tags,
            &scan.page_ends,
            &mut cuts,
            &mut noise,
            stats,
        );
        notes
            .citations
            .iter()
            .map(|c| (c.note.label.clone(), c.note.kind, &src[c.pos..]))
            .collect()
    }

    /// `1)` markers are looked for only once endnotes are seen (typed
    /// `1) …` items, or endnotes of any form), and then all are found.
    #[test]
    fn paren_markers_once_endnotes_are_seen() {
        let typed = "Klopt het bericht? 1)\n\nIs dat zo? 2)\n\n1) Zie de brief.\n2) Zie de site.\n";
        let found = citations(typed);
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(found.iter().all(|c| c.1 == FootnoteKind::Endnote));
        assert!(found[1].2.starts_with("2)\n"));
        // Bracketed endnotes, one cited as "2)".
        let bracketed =
            "Klopt het bericht? [1]\n\nIs dat zo? 2)\n\n[1] Zie de brief.\n[2] Zie de site.\n";
        let found = citations(bracketed);
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(
            (found[1].0.as_str(), found[1].1),
            ("2", FootnoteKind::Endnote)
        );
        assert!(found[1].2.starts_with("2)\n"));
        // No endnotes: a "1)" is text.
        assert!(citations("Klopt het bericht? 1)\n\nJa.\n").is_empty());
    }

    #[test]
    fn markup_citations_and_openings() {
        let src = "Zorg.[^1] en zo [2]_ of \\[3\\] maar [4]_x\n[^1]: Tekst\n.. [2]\n   Meer\n";
        let scan = markers(src, false, false);
        let found: Vec<&str> = scan.markers.iter().map(|m| &src[m.lead..m.end]).collect();
        assert_eq!(found, ["[^1]", " [2]_", " \\[3\\]", " [4]"]);
        assert!(matches!(scan.markers[0].form, Form::Markup(_)));
        assert!(matches!(scan.markers[2].form, Form::Bracket(_)));
        let openings: Vec<&str> = scan.markup.iter().map(|o| o.2).collect();
        assert_eq!(openings, ["1", "2"]);
        assert_eq!(endnote_start("\\[3\\] NOS"), Some((3, true, 5)));
        assert_eq!(endnote_start("1\\) NOS"), Some((1, false, 3)));
        assert_eq!(endnote_start("\\1) NOS"), None);
    }

    #[test]
    fn word_footnote_openings() {
        let src = "tekst [1:  Vilnius] \n en [12: x]";
        let found: Vec<(usize, &str)> = markers(src, false, false)
            .openings
            .iter()
            .map(|&(s, _, l)| (s, l))
            .collect();
        assert_eq!(found, [(5, "1"), (24, "12")]);
    }
}
