//! Markdown whose writer escapes every punctuation mark, as mammoth's
//! `convert_to_markdown` prints a Word document (and the Word-to-Markdown
//! pipelines built on it): `nr\. 2024Z11859`, `\(CDA\)`, `Staten\-Generaal`;
//! bold as `__Vraag 1__`, italic as `*x*`; Word's bookmarks as empty HTML
//! anchors, `<a id="_Hlk172046058"></a>`; the letterhead's images as
//! `![](data:image/png;base64,…)`; a Word footnote cited as
//! `<a id="footnote-ref-2"></a>[\[2\]](\#footnote\-2)` and printed in a
//! numbered list after the text, `2. <a id="footnote-2"></a> text
//! [↑](\#footnote\-ref\-2)`.
//!
//! Such a writer escapes every character that is text that could be
//! Markdown, so every such character it leaves unescaped is markup (and a
//! heading's `# ` too). [`Plain::of`] reads the text the markup
//! stands for, as pandoc prints the document as plain text: the escapes, the
//! emphasis, the anchors and the images go, a link is its text, a note's
//! citation is its label `[2]` and the note `[2] text`. The parser reads
//! that text, and [`Plain::restore`] maps what it found back to the input.
//!
//! Pandoc's Markdown escapes only where a character could open markup (a
//! `1\.` that opens a line, `\[1\]`), and is read where it stands (see
//! [`crate::text`]): [`escapes_everything`] tells the two apart.

use std::borrow::Cow;

use crate::model::{Document, Noise, NoiseKind};
use crate::span::Span;

/// How far into the text (after the images and anchors that open it)
/// [`escapes_everything`] looks: the first lines of any letter have
/// sentences, names or parentheses.
const LOOK: usize = 1024;

/// How long a link's text or target may be, its target's data URI aside.
const LINK_MAX: usize = 2000;

/// The plain text of escaped Markdown, with where each of its pieces was
/// read in the input.
pub(crate) struct Plain {
    /// The text the markup stands for.
    pub text: String,
    /// What was changed, in order: `src` of the input became `out` of
    /// [`Plain::text`] (empty where markup was dropped); between two edits
    /// the text is the input's.
    edits: Vec<Edit>,
    /// The markup that stands for nothing in the text (images, anchors, a
    /// note's link back to its citation): `marker` noise.
    markup: Vec<Span>,
}

#[derive(Debug, Clone, Copy)]
struct Edit {
    src: (usize, usize),
    out: (usize, usize),
}

/// Whether `src` is Markdown whose writer escapes every punctuation mark:
/// within its first [`LOOK`] bytes (after the images and anchors that may
/// open it) a full stop, hyphen or closing parenthesis is escaped right
/// after a letter or digit inside a line at least twice (`nr\.`,
/// `Staten\-Generaal`, `\(CDA\)`), where no Markdown needs an escape. A
/// constant cost per document: one search for a backslash in its first
/// bytes.
pub(crate) fn escapes_everything(src: &str) -> bool {
    let b = src.as_bytes();
    let mut at = 0;
    while b[at..].starts_with(b"<a id=") || b[at..].starts_with(b"![") {
        let Some(k) = memchr::memchr(b'\n', &b[at..]) else {
            return false;
        };
        at += k + 1;
        while b.get(at).is_some_and(u8::is_ascii_whitespace) {
            at += 1;
        }
    }
    let window = &b[at..b.len().min(at + LOOK)];
    // Inside a line, after its first word: a list number ("1\)", "1\.")
    // or a rule ("\-") opens a line.
    let inside = |k: usize| {
        let line = memchr::memrchr(b'\n', &window[..k]).map_or(0, |n| n + 1);
        memchr::memchr(b' ', &window[line..k]).is_some()
    };
    memchr::memchr_iter(b'\\', window)
        .filter(|&k| {
            k > 0
                && window[k - 1].is_ascii_alphanumeric()
                && matches!(window.get(k + 1), Some(b'.' | b'-' | b')'))
                && inside(k)
        })
        .nth(1)
        .is_some()
}

impl Plain {
    /// The plain text of `src` when it is escaped Markdown
    /// ([`escapes_everything`]); `None` for any other text.
    pub fn of(src: &str) -> Option<Plain> {
        escapes_everything(src).then(|| Plain::read(src))
    }

    /// Read `src` as escaped Markdown: every unescaped `\`, `_`, `*`, `[`,
    /// `!` and `<a ` is markup.
    fn read(src: &str) -> Plain {
        let b = src.as_bytes();
        let mut w = Writer {
            src,
            plain: Plain {
                text: String::with_capacity(src.len()),
                edits: Vec::new(),
                markup: Vec::new(),
            },
            run: 0,
        };
        // The ends of the links whose text is being read: (where the text
        // closes, where the link ends).
        let mut links: Vec<(usize, usize)> = Vec::new();
        let mut i = 0;
        while i < b.len() {
            if let Some(&(close, end)) = links.last()
                && i == close
            {
                w.replace(close, end, "");
                links.pop();
                i = end;
                continue;
            }
            let line_start = i == 0 || b[i - 1] == b'\n';
            if line_start && let Some((end, label)) = note_item(b, i) {
                w.replace(i, end, &format!("[{label}] "));
                i = end;
                continue;
            }
            // A heading's "# " (a "#" of the text is escaped).
            let hashes = b[i..].iter().take_while(|&&c| c == b'#').count();
            if line_start && (1..=6).contains(&hashes) && b.get(i + hashes) == Some(&b' ') {
                w.replace(i, i + hashes + 1, "");
                i += hashes + 1;
                continue;
            }
            match b[i] {
                // An escape: the backslash goes, the character stays.
                b'\\' if b.get(i + 1).is_some_and(u8::is_ascii_punctuation) => {
                    w.replace(i, i + 1, "");
                    i += 2;
                }
                b'_' if b.get(i + 1) == Some(&b'_') => {
                    w.replace(i, i + 2, "");
                    i += 2;
                }
                b'*' => {
                    w.replace(i, i + 1, "");
                    i += 1;
                }
                b'<' if b[i..].starts_with(b"<a id=\"") => match anchor_end(b, i) {
                    Some(end) => {
                        w.drop_markup(i, end);
                        i = end;
                    }
                    None => i += 1,
                },
                b'!' if b.get(i + 1) == Some(&b'[') => match link(b, i + 1) {
                    Some(l) => {
                        w.drop_markup(i, l.end);
                        i = l.end;
                    }
                    None => i += 1,
                },
                b'[' => match link(b, i) {
                    Some(l) => {
                        let target = &src[l.close + 2..l.end - 1];
                        if let Some(label) = note_citation(&src[i + 1..l.close], target) {
                            // The citation of a note: its label.
                            w.replace(i, l.end, &format!("[{label}]"));
                            i = l.end;
                        } else if note_target(target, true) {
                            // A note's link back to its citation.
                            let from = if i > w.run && b[i - 1] == b' ' {
                                i - 1
                            } else {
                                i
                            };
                            w.drop_markup(from, l.end);
                            i = l.end;
                        } else {
                            // Any other link: its text.
                            w.replace(i, i + 1, "");
                            links.push((l.close, l.end));
                            i += 1;
                        }
                    }
                    None => i += 1,
                },
                _ => i += 1,
            }
        }
        w.finish()
    }

    /// Map `doc`, read from [`Plain::text`], back to the input: every span
    /// becomes the span of the input that it was read from, and the markup
    /// that stands for nothing is `marker` noise.
    pub fn restore(&self, doc: Document<'_>) -> Document<'static> {
        let mut doc = doc.into_owned();
        for_each_span(&mut doc, &mut |s: &mut Span| *s = self.span(*s));
        doc.noise.extend(self.markup.iter().map(|&span| Noise {
            kind: NoiseKind::Marker,
            span,
        }));
        doc.noise.sort_by_key(|n| (n.span.start, n.span.end));
        doc
    }

    /// The span of the input that `s` of [`Plain::text`] was read from: a
    /// start after the markup dropped before it, an end before the markup
    /// dropped after it, and a piece of text that stands for markup as the
    /// whole markup.
    fn span(&self, s: Span) -> Span {
        let start = match self.edits.partition_point(|e| e.out.0 <= s.start) {
            0 => s.start,
            k => {
                let e = self.edits[k - 1];
                if s.start < e.out.1 {
                    e.src.0
                } else {
                    s.start - e.out.1 + e.src.1
                }
            }
        };
        let end = match self.edits.partition_point(|e| e.out.0 < s.end) {
            0 => s.end,
            k => {
                let e = self.edits[k - 1];
                if s.end < e.out.1 {
                    e.src.1
                } else {
                    s.end - e.out.1 + e.src.1
                }
            }
        };
        Span::new(start, end.max(start))
    }
}

/// Builds a [`Plain`]: copies the input between its edits.
struct Writer<'s> {
    src: &'s str,
    plain: Plain,
    /// Where the input not yet copied starts.
    run: usize,
}

impl Writer<'_> {
    /// The input `from..to` (ASCII markup, or ending before ASCII markup)
    /// becomes `with`.
    fn replace(&mut self, from: usize, to: usize, with: &str) {
        let text = &mut self.plain.text;
        text.push_str(&self.src[self.run..from]);
        let out = text.len();
        text.push_str(with);
        let edit = Edit {
            src: (from, to),
            out: (out, text.len()),
        };
        match self.plain.edits.last_mut() {
            // Markup dropped next to markup dropped: one edit. (A text that
            // stands for markup keeps its own, so that its span is that
            // markup's.)
            Some(last) if last.src.1 == from && last.out == (out, out) && with.is_empty() => {
                last.src.1 = to;
                last.out.1 = edit.out.1;
            }
            _ => self.plain.edits.push(edit),
        }
        self.run = to;
    }

    /// The input `from..to` is markup that stands for nothing.
    fn drop_markup(&mut self, from: usize, to: usize) {
        self.replace(from, to, "");
        self.plain.markup.push(Span::new(from, to));
    }

    fn finish(mut self) -> Plain {
        self.plain.text.push_str(&self.src[self.run..]);
        self.plain
    }
}

/// Where an empty anchor `<a id="…"></a>` at `i` of `b` ends.
fn anchor_end(b: &[u8], i: usize) -> Option<usize> {
    let from = i + b"<a id=\"".len();
    let rest = &b[from..b.len().min(from + LINK_MAX)];
    let q = memchr::memchr2(b'"', b'\n', rest).filter(|&q| rest[q] == b'"')?;
    rest[q..]
        .starts_with(b"\"></a>")
        .then_some(from + q + b"\"></a>".len())
}

/// A link `[text](target)` opening at `i` of `b`.
struct Link {
    /// The `]` that closes its text.
    close: usize,
    /// Just after its `)`.
    end: usize,
}

/// The link (or, after a `!`, the image) whose text opens at the `[` at
/// `i` of `b`: a text within one line up to an unescaped `]`, then `(`, a
/// target up to an unescaped `)` on the same line.
fn link(b: &[u8], i: usize) -> Option<Link> {
    let close = unescaped(b, i + 1, b']', LINK_MAX)?;
    if b.get(close + 1) != Some(&b'(') {
        return None;
    }
    // An image's target may be a data URI of many kilobytes.
    let end = unescaped(b, close + 2, b')', usize::MAX)? + 1;
    Some(Link { close, end })
}

/// The first unescaped `c` in `b` from `i`, within `max` bytes and the
/// line.
fn unescaped(b: &[u8], mut i: usize, c: u8, max: usize) -> Option<usize> {
    let stop = b.len().min(i.saturating_add(max));
    while i < stop {
        match memchr::memchr3(c, b'\\', b'\n', &b[i..stop]) {
            Some(k) if b[i + k] == c => return Some(i + k),
            Some(k) if b[i + k] == b'\\' => i += k + 2,
            _ => return None,
        }
    }
    None
}

/// The label of a note's citation: a link whose text is the escaped label
/// (`\[2\]`) and whose target is the note (`\#footnote\-2`,
/// `\#endnote\-2`).
fn note_citation<'t>(text: &'t str, target: &str) -> Option<&'t str> {
    let label = text.strip_prefix("\\[")?.strip_suffix("\\]")?;
    let digits = !label.is_empty() && label.bytes().all(|c| c.is_ascii_digit());
    (digits && note_target(target, false)).then_some(label)
}

/// Whether a link target is a note (`back`: a note's citation), escaped
/// or not: `#footnote-2`, `#endnote-2`; `#footnote-ref-2`.
fn note_target(target: &str, back: bool) -> bool {
    let t: Cow<'_, str> = if target.contains('\\') {
        Cow::Owned(target.replace('\\', ""))
    } else {
        Cow::Borrowed(target)
    };
    let rest = t
        .strip_prefix("#footnote-")
        .or_else(|| t.strip_prefix("#endnote-"));
    let number = match (rest, back) {
        (Some(r), true) => r.strip_prefix("ref-"),
        (r, false) => r,
        (None, true) => None,
    };
    number.is_some_and(|n| !n.is_empty() && n.bytes().all(|c| c.is_ascii_digit()))
}

/// A note of the list after the text, at the line start `i` of `b`:
/// `2. <a id="footnote-2"></a> ` (or `endnote-2`): where its text starts
/// and its label. mammoth numbers the notes in the order they are cited,
/// footnotes and endnotes together, in the list and in the citations alike.
fn note_item(b: &[u8], i: usize) -> Option<(usize, &str)> {
    let digits = b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
    if digits == 0 || !b[i + digits..].starts_with(b". <a id=\"") {
        return None;
    }
    let anchor = i + digits + 2;
    let id = &b[anchor + b"<a id=\"".len()..];
    let number = id
        .strip_prefix(b"footnote-")
        .or_else(|| id.strip_prefix(b"endnote-"))?;
    // The anchor is Word's id of the note, which need not be its number
    // (a deleted note leaves a gap): the list's number is the one its
    // citation prints.
    let id_digits = number.iter().take_while(|c| c.is_ascii_digit()).count();
    if id_digits == 0 || number.get(id_digits) != Some(&b'"') {
        return None;
    }
    let mut end = anchor_end(b, anchor)?;
    while b.get(end) == Some(&b' ') {
        end += 1;
    }
    let label = std::str::from_utf8(&b[i..i + digits]).ok()?;
    Some((end, label))
}

/// Call `f` on every span of `doc`.
fn for_each_span(doc: &mut Document<'_>, f: &mut dyn FnMut(&mut Span)) {
    if let Some(l) = &mut doc.letter {
        if let Some(s) = &mut l.sender
            && let Some(span) = &mut s.span
        {
            f(span);
        }
        if let Some(r) = &mut l.recipient
            && let Some(span) = &mut r.span
        {
            f(span);
        }
        for p in &mut l.body {
            f(&mut p.span);
        }
        for s in &mut l.signatories {
            f(&mut s.span);
        }
        if let Some(a) = &mut l.annex {
            f(&mut a.title.span);
            for p in &mut a.paragraphs {
                f(&mut p.span);
            }
        }
        for x in &mut l.other_lines {
            f(&mut x.span);
        }
        for x in &mut l.fields {
            f(&mut x.span);
        }
    }
    if let Some(kv) = &mut doc.kamervragen {
        let fields = kv
            .heading
            .iter_mut()
            .chain(kv.answer_heading.iter_mut())
            .chain(kv.heading_lines.iter_mut())
            .chain(kv.toelichting.iter_mut())
            .chain(
                kv.answer_status
                    .iter_mut()
                    .flat_map(|a| a.statement.iter_mut()),
            );
        for x in fields {
            f(&mut x.span);
        }
        for q in &mut kv.questions {
            f(&mut q.span);
        }
        for a in &mut kv.answers {
            f(&mut a.span);
        }
    }
    if let Some(n) = &mut doc.notice {
        for x in n.paragraphs.iter_mut().chain(n.statement.iter_mut()) {
            f(&mut x.span);
        }
        f(&mut n.span);
        if let Some(s) = &mut n.reason_span {
            f(s);
        }
        if let Some(p) = &mut n.promise {
            f(&mut p.span);
            if let Some(w) = &mut p.when {
                f(&mut w.span);
            }
        }
        for q in &mut n.questions {
            f(&mut q.span);
        }
    }
    for x in &mut doc.footnotes {
        f(&mut x.span);
    }
    for x in &mut doc.references {
        f(&mut x.span);
    }
    for x in &mut doc.noise {
        f(&mut x.span);
    }
    for x in &mut doc.unclaimed {
        f(&mut x.span);
    }
    for x in &mut doc.diagnostics {
        f(&mut x.span);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_only_where_markdown_needs_none() {
        // mammoth escapes every full stop, hyphen and parenthesis.
        assert!(escapes_everything(
            "In antwoord op uw brief, nr\\. 2024Z11859, van de leden \\(GroenLinks\\-PvdA\\)"
        ));
        // After the letterhead's image.
        assert!(escapes_everything(
            "<a id=\"woordmerk\"></a>![](data:image/png;base64,AAAA)\n\n \nder Staten\\-Generaal \\(SP\\)"
        ));
        // Pandoc escapes only what could open markup: a list number, a
        // bracket, a table's cell.
        assert!(!escapes_everything(
            "1\\) NOS, 6 maart 2024\n2\\) Kamerstuk 33047, nr. 25"
        ));
        assert!(!escapes_everything("zorg.\\[1\\] en boa\\'s | \\- |"));
        assert!(!escapes_everything("Vraag 1\nIs dat zo?"));
        assert!(!escapes_everything(""));
    }

    #[test]
    fn plain_text_and_its_spans() {
        let src = "<a id=\"x\"></a>__Vraag 1 __\n\n## Is het nr\\. 1\\?<a id=\"footnote-ref-1\"></a>[\\[1\\]](\\#footnote\\-1) Zie [de *brief*](https://x\\.nl)\\.\n\n1. <a id=\"footnote-1\"></a> Kamerstuk 1\\. [↑](\\#footnote\\-ref\\-1)\n";
        let plain = Plain::read(src);
        assert_eq!(
            plain.text,
            "Vraag 1 \n\nIs het nr. 1?[1] Zie de brief.\n\n[1] Kamerstuk 1.\n"
        );
        let span_of = |t: &str| {
            let at = plain.text.find(t).unwrap();
            plain.span(Span::new(at, at + t.len()))
        };
        // A span starts after the markup before it and ends before the
        // markup after it; what stands for markup is the whole markup.
        assert_eq!(&src[span_of("Vraag 1").range()], "Vraag 1");
        assert_eq!(&src[span_of("nr. 1?").range()], "nr\\. 1\\?");
        assert_eq!(&src[span_of("[1]").range()], "[\\[1\\]](\\#footnote\\-1)");
        assert_eq!(
            &src[span_of("de brief.").range()],
            "de *brief*](https://x\\.nl)\\."
        );
        assert_eq!(
            &src[span_of("[1] Kamerstuk 1.").range()],
            "1. <a id=\"footnote-1\"></a> Kamerstuk 1\\."
        );
        // Word's id of a note need not be its number.
        let gap = "[\\[2\\]](\\#footnote\\-3)\n\n2. <a id=\"footnote-3\"></a> Tekst\n";
        assert_eq!(Plain::read(gap).text, "[2]\n\n[2] Tekst\n");
        // A note without text: its link back follows the label's space.
        let empty = "1. <a id=\"footnote-1\"></a> [↑](\\#footnote\\-ref\\-1)\n";
        assert_eq!(Plain::read(empty).text, "[1] \n");
        let markup: Vec<&str> = plain.markup.iter().map(|s| &src[s.range()]).collect();
        assert_eq!(
            markup,
            [
                "<a id=\"x\"></a>",
                "<a id=\"footnote-ref-1\"></a>",
                " [↑](\\#footnote\\-ref\\-1)"
            ]
        );
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(3000))]
        #[test]
        fn any_markup_reads_without_panic_and_maps_into_the_input(parts in proptest::collection::vec(
            proptest::sample::select(vec![
                "\\", "\\.", "\\[", "[", "]", "(", ")", "](", "!", "![](data:x)", "__", "*",
                "<a id=\"", "\"></a>", "<a id=\"footnote-1\"></a>", "1. ", "\n", " ", "é",
                "[\\[1\\]](\\#footnote\\-1)", "[↑](\\#footnote\\-ref\\-1)", "x", "nr\\. 1",
            ]),
            0..24,
        )) {
            let src: String = parts.concat();
            let plain = Plain::read(&src);
            for a in 0..=plain.text.len() {
                for z in a..=plain.text.len() {
                    if !plain.text.is_char_boundary(a) || !plain.text.is_char_boundary(z) {
                        continue;
                    }
                    let s = plain.span(Span::new(a, z));
                    proptest::prop_assert!(s.start <= s.end && s.end <= src.len());
                    proptest::prop_assert!(src.is_char_boundary(s.start) && src.is_char_boundary(s.end));
                }
            }
            for m in &plain.markup {
                proptest::prop_assert!(src.get(m.range()).is_some());
            }
        }
    }
}
