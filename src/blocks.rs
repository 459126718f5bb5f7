//! Markdown's block markup at line starts, as the converters that write a
//! PDF or Word file as Markdown print it (pymupdf4llm, docling, marker):
//! ATX headings ("### Vraag 1", "## **Aanhangsel van de Handelingen**")
//! and block quotes ("> 1 Antwoorden op Kamervragen …", where pymupdf4llm
//! sets the notes of a page), and the list marker before a note that such
//! a converter took for a list item ("- 6 Zie met name ISO 27001 …").
//!
//! The markup is no text: each such line is read from after it, so that
//! the passes after this one see "Vraag 1" and "1 Antwoorden …" as any
//! other extractor prints them, and the markup itself is noise.
//!
//! A text is read so only where it is Markdown: where at least two lines
//! are ATX headings, one of them near the top (the converters write the
//! title or kop as one). A ">" at a line start is text elsewhere: the Word
//! letterhead prints "> Retouradres …".

use crate::span::Span;
use crate::text::{Line, trim};

/// The headings a text needs before its block quotes are markup too.
const MARKDOWN_HEADINGS: usize = 2;

/// The bytes at the top of a text where a Markdown converter writes its
/// first heading: the document's title or kop.
const FIRST_HEADING_WITHIN: usize = 2048;

/// Move the start of each line of Markdown block markup in `lines` past
/// its markup; the markup's spans, for the noise. Nothing where fewer than
/// [`MARKDOWN_HEADINGS`] lines are headings, or none starts in the first
/// [`FIRST_HEADING_WITHIN`] bytes: a look at the top spares other texts a
/// pass over all their lines.
pub(crate) fn strip(src: &str, lines: &mut [Line]) -> Vec<Span> {
    let b = src.as_bytes();
    let top = &b[..b.len().min(FIRST_HEADING_WITHIN)];
    let opens = memchr::memchr_iter(b'#', top)
        .any(|i| (i == 0 || b[i - 1] == b'\n') && heading_markup(&b[i..]).is_some());
    if !opens {
        return Vec::new();
    }
    read(src, lines)
}

/// [`strip`] of a text that opens with a Markdown heading: kept out of
/// line, as few texts do.
#[inline(never)]
fn read(src: &str, lines: &mut [Line]) -> Vec<Span> {
    let b = src.as_bytes();
    let heading = |l: &Line| !l.is_blank() && heading_markup(&b[l.start()..l.end()]).is_some();
    if lines
        .iter()
        .filter(|l| heading(l))
        .take(MARKDOWN_HEADINGS)
        .count()
        < MARKDOWN_HEADINGS
    {
        return Vec::new();
    }
    let mut marks = Vec::new();
    for l in lines.iter_mut().filter(|l| !l.is_blank()) {
        let t = &b[l.start()..l.end()];
        let markup = heading_markup(t)
            .or_else(|| quote_markup(t))
            .or_else(|| note_item_markup(t));
        let Some(len) = markup else {
            continue;
        };
        let rest = trim(src, l.start() + len, l.end());
        marks.push(Span::new(l.start(), rest.start()));
        *l = rest;
    }
    marks
}

/// The length of the ATX heading markup that opens `t`: one to six "#" and
/// the spaces after them ("### "), or the "#"s of a heading line without
/// text.
fn heading_markup(t: &[u8]) -> Option<usize> {
    let hashes = t.iter().take(7).take_while(|&&c| c == b'#').count();
    if !(1..=6).contains(&hashes) {
        return None;
    }
    match t.get(hashes) {
        None | Some(b'\r' | b'\n') => Some(hashes),
        Some(b' ' | b'\t') => Some(hashes + spaces(&t[hashes..])),
        _ => None,
    }
}

/// The length of the block quote markup that opens `t`: each ">" of a
/// (nested) quote and the spaces after it ("> ", "> > ").
fn quote_markup(t: &[u8]) -> Option<usize> {
    let mut i = 0;
    while t.get(i) == Some(&b'>') {
        i += 1;
        i += spaces(&t[i..]);
    }
    (i > 0).then_some(i)
}

/// The length of the list marker ("- ") that opens `t` where the item is
/// a note: its number and a space before the note's text ("- 6 Zie met name
/// …", "- 11 10 miljoen euro …"). The note reader decides whether it is
/// one.
fn note_item_markup(t: &[u8]) -> Option<usize> {
    let rest = t.strip_prefix(b"- ")?;
    let digits = rest
        .iter()
        .take(3)
        .take_while(|c| c.is_ascii_digit())
        .count();
    let note = (1..=2).contains(&digits)
        && rest[0] != b'0'
        && rest.get(digits) == Some(&b' ')
        && rest
            .get(digits + 1)
            .is_some_and(|c| !c.is_ascii_whitespace());
    note.then_some(2)
}

/// The spaces and tabs that open `t`.
fn spaces(t: &[u8]) -> usize {
    t.iter().take_while(|&&c| c == b' ' || c == b'\t').count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::split_lines;

    fn stripped(src: &str) -> (Vec<&str>, Vec<&str>) {
        let mut lines = split_lines(src);
        let marks = strip(src, &mut lines);
        (
            lines.iter().map(|l| l.text(src)).collect(),
            marks.iter().map(|s| &src[s.range()]).collect(),
        )
    }

    #[test]
    fn headings_and_quotes_of_markdown_are_markup() {
        let src = "## **Aanhangsel**\n\n### Vraag 1\nBent u bekend?\n> 1 Antwoorden op Kamervragen\n\
                   - 6 Zie met name ISO 27001\n- Inzicht hebben\n- 2 3\n#### \n";
        let (lines, marks) = stripped(src);
        assert_eq!(
            lines,
            [
                "**Aanhangsel**",
                "",
                "Vraag 1",
                "Bent u bekend?",
                "1 Antwoorden op Kamervragen",
                "6 Zie met name ISO 27001",
                "- Inzicht hebben",
                "2 3",
                ""
            ]
        );
        assert_eq!(marks, ["## ", "### ", "> ", "- ", "- ", "####"]);
    }

    #[test]
    fn text_that_is_not_markdown_keeps_its_line_starts() {
        // One heading is no Markdown text; "> Retouradres" is the letterhead.
        let src = "> Retouradres Postbus 20301\n# 2\nVraag 1\n";
        let (lines, marks) = stripped(src);
        assert_eq!(lines, ["> Retouradres Postbus 20301", "# 2", "Vraag 1"]);
        assert!(marks.is_empty());
        // "#1" and "#hashtag" are no headings.
        let src = "#1 Vraag\n#hashtag\n# a\n";
        let (lines, _) = stripped(src);
        assert_eq!(lines, ["#1 Vraag", "#hashtag", "# a"]);
    }
}
