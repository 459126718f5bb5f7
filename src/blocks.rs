//! Markdown's block markup at line starts, as the converters that write a
//! PDF or Word file as Markdown print it (pymupdf4llm, docling, marker):
//! ATX headings ("### Vraag 1", "## **Aanhangsel van de Handelingen**")
//! and block quotes ("> 1 Antwoorden op Kamervragen …", where pymupdf4llm
//! sets the notes of a page), and the list marker before a note that such
//! a converter took for a list item ("- 6 Zie met name ISO 27001 …").
//!
//! The markup is no text: each such line is read from after it, so that
//! the passes after this one see "Vraag 1" and "1 Antwoorden …" as any
//! other extractor prints them, and the markup itself is noise. So is the
//! emphasis around a whole heading ("#### **Mededeling**" reads
//! "Mededeling", as a heading of its own line elsewhere).
//!
//! Some markup stands for a mark of the document, or for none, and is
//! respelled where the text is joined ([`Blocks::respelled`]):
//! - a list item's marker ("- ", "* ", "+ ") is the bullet the PDF printed
//!   there, which the other extractors print as "•" (one form of a bullet,
//!   as for the glyphs of PDF fonts); where the item's text opens with the
//!   bullet itself ("- • De quantumdreiging"), the marker is noise;
//! - the space a converter sets after the markup that closes emphasis,
//!   before punctuation ("_Human Rights_ .", "_compliance_ -functie"), is
//!   none of the document's: pymupdf4llm writes each run of a style apart.
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

/// What [`strip`] found in a Markdown text.
#[derive(Debug, Default)]
pub(crate) struct Blocks {
    /// The spans of the markup that is noise.
    pub marks: Vec<Span>,
    /// Markup that stands for a mark of the document, or for none: each
    /// source range with what the text says there ("•" for a list item's
    /// marker, nothing for the space after emphasis before punctuation).
    pub respelled: Vec<(Span, &'static str)>,
}

/// Whether `src` (split into `lines`) is Markdown with block markup: at
/// least [`MARKDOWN_HEADINGS`] lines are headings, one of them in the first
/// [`FIRST_HEADING_WITHIN`] bytes. A look at the top spares other texts a
/// pass over all their lines.
pub(crate) fn is_markdown(src: &str, lines: &[Line]) -> bool {
    let b = src.as_bytes();
    let top = &b[..b.len().min(FIRST_HEADING_WITHIN)];
    let opens = memchr::memchr_iter(b'#', top)
        .any(|i| (i == 0 || b[i - 1] == b'\n') && heading_markup(&b[i..]).is_some());
    opens && enough_headings(src, lines)
}

/// [`is_markdown`] of a text that opens with a Markdown heading: kept out
/// of line, as few texts do.
#[inline(never)]
fn enough_headings(src: &str, lines: &[Line]) -> bool {
    let b = src.as_bytes();
    let heading = |l: &Line| !l.is_blank() && heading_markup(&b[l.start()..l.end()]).is_some();
    lines
        .iter()
        .filter(|l| heading(l))
        .take(MARKDOWN_HEADINGS)
        .count()
        >= MARKDOWN_HEADINGS
}

/// Move the start of each line of Markdown block markup in `lines` past
/// its markup, where the text is Markdown (`markdown`, see
/// [`is_markdown`]): the markup's spans, for the noise, and the markup
/// that the joined text respells.
pub(crate) fn strip(src: &str, lines: &mut [Line], markdown: bool) -> Blocks {
    if !markdown {
        return Blocks::default();
    }
    read(src, lines)
}

/// [`strip`] of a Markdown text: kept out of line, as few texts are.
#[inline(never)]
fn read(src: &str, lines: &mut [Line]) -> Blocks {
    let b = src.as_bytes();
    let mut found = Blocks::default();
    for l in lines.iter_mut().filter(|l| !l.is_blank()) {
        let t = &b[l.start()..l.end()];
        let heading = heading_markup(t);
        let markup = heading
            .or_else(|| quote_markup(t))
            .or_else(|| note_item_markup(t))
            .or_else(|| bullet_item_markup(t));
        if let Some(len) = markup {
            let rest = trim(src, l.start() + len, l.end());
            found.marks.push(Span::new(l.start(), rest.start()));
            *l = rest;
        } else if let Some(marker) = item_marker(t) {
            // A list item: its marker is the document's bullet.
            found
                .respelled
                .push((Span::new(l.start(), l.start() + marker), "•"));
        }
        if heading.is_some()
            && let Some(len) = emphasis_around(l.bytes(src))
        {
            let inner = trim(src, l.start() + len, l.end() - len);
            found.marks.push(Span::new(l.start(), inner.start()));
            found.marks.push(Span::new(inner.end(), l.end()));
            *l = inner;
        }
        spaces_after_emphasis(src, *l, &mut found.respelled);
    }
    found
}

/// The length of a list item's marker ("-", "*", "+") that opens `t`, a
/// space and the item's text after it.
fn item_marker(t: &[u8]) -> Option<usize> {
    let item = matches!(t.first(), Some(b'-' | b'*' | b'+'))
        && t.get(1) == Some(&b' ')
        && t.get(2).is_some_and(|c| !c.is_ascii_whitespace());
    item.then_some(1)
}

/// The length of a list item's marker and the space after it where the
/// item's text opens with a bullet that the converter kept ("- • De
/// quantumdreiging"): the bullet is the document's, the marker noise.
fn bullet_item_markup(t: &[u8]) -> Option<usize> {
    item_marker(t)?;
    let rest = &t[2..];
    crate::text::BULLETS
        .iter()
        .any(|bullet| rest.starts_with(bullet.as_bytes()))
        .then_some(2)
}

/// The length of the emphasis markup on both ends of `t` ("**Mededeling**",
/// "_Vraag 1_"): the same run of "*" or "_" on each side, and text between.
fn emphasis_around(t: &[u8]) -> Option<usize> {
    let mark = *t.first().filter(|&&c| c == b'*' || c == b'_')?;
    let len = t.iter().take(3).take_while(|&&c| c == mark).count();
    let inner = t.get(len..t.len().checked_sub(len)?)?;
    let closed = t.len() > 2 * len
        && t[t.len() - len..].iter().all(|&c| c == mark)
        && t[t.len() - len - 1] != mark
        && !inner.contains(&mark);
    closed.then_some(len)
}

/// The spaces of line `l` that a converter set after the markup closing
/// emphasis ("*" or "_" after a word) and before punctuation: a full stop,
/// comma, semicolon, colon, question or exclamation mark, closing bracket
/// ("_Human Rights_ .", "**hulp** ,"), or a hyphen glued to the word after
/// it ("_compliance_ -functie"). A hyphen with a space after it is a dash
/// the document sets apart.
fn spaces_after_emphasis(src: &str, l: Line, respelled: &mut Vec<(Span, &'static str)>) {
    let t = l.bytes(src);
    let space = |i: Option<usize>| i.and_then(|i| t.get(i)).is_none_or(u8::is_ascii_whitespace);
    // The marker that opened emphasis on the line and is not closed yet.
    let mut open = None;
    let mut from = 0;
    for p in memchr::memchr2_iter(b'_', b'*', t) {
        if p < from {
            continue;
        }
        // A run of one marker: "_", "**".
        let c = t[p];
        let end = p + t[p..].iter().take_while(|&&m| m == c).count();
        from = end;
        let (before, after) = (space(p.checked_sub(1)), space(Some(end)));
        if before && !after {
            open = Some(c);
            continue;
        }
        if before || open != Some(c) {
            continue;
        }
        // A run after a word with a space or the line end after it closes.
        if after {
            open = None;
        }
        let punctuation = t.get(end) == Some(&b' ')
            && match t.get(end + 1) {
                Some(b'.' | b',' | b';' | b':' | b'?' | b'!' | b')') => true,
                Some(b'-') => t.get(end + 2).is_some_and(u8::is_ascii_alphanumeric),
                _ => false,
            };
        if punctuation {
            let at = l.start() + end;
            respelled.push((Span::new(at, at + 1), ""));
        }
    }
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

    /// The lines after [`strip`], the markup that is noise, and what is
    /// respelled (the source text and what the text says there).
    fn stripped(src: &str) -> (Vec<&str>, Vec<&str>, Vec<(&str, &str)>) {
        let mut lines = split_lines(src);
        let markdown = is_markdown(src, &lines);
        let found = strip(src, &mut lines, markdown);
        (
            lines.iter().map(|l| l.text(src)).collect(),
            found.marks.iter().map(|s| &src[s.range()]).collect(),
            found
                .respelled
                .iter()
                .map(|(s, glyph)| (&src[s.range()], *glyph))
                .collect(),
        )
    }

    #[test]
    fn headings_and_quotes_of_markdown_are_markup() {
        let src = "## **Aanhangsel**\n\n### Vraag 1\nBent u bekend?\n> 1 Antwoorden op Kamervragen\n\
                   - 6 Zie met name ISO 27001\n- Inzicht hebben\n- 2 3\n#### \n";
        let (lines, marks, respelled) = stripped(src);
        assert_eq!(
            lines,
            [
                "Aanhangsel",
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
        assert_eq!(marks, ["## ", "**", "**", "### ", "> ", "- ", "- ", "####"]);
        assert_eq!(respelled, [("-", "•")]);
    }

    #[test]
    fn a_list_items_marker_is_its_bullet() {
        // ah-tk-20232024-1178 through pymupdf4llm: the PDF's bullets are
        // list items, one of them with the bullet kept after the marker.
        let src = "# Kop\n\n## 1178\n\nworden:\n\n- Inzicht hebben\n\n* Eisen\n\n+ Weten\n\n\
                   - • De quantumdreiging\n\n1. Genummerd\n-5 graden\n- \n";
        let (lines, marks, respelled) = stripped(src);
        assert_eq!(respelled, [("-", "•"), ("*", "•"), ("+", "•")], "{lines:?}");
        assert!(lines.contains(&"• De quantumdreiging"));
        assert!(lines.contains(&"1. Genummerd") && lines.contains(&"-5 graden"));
        assert_eq!(marks.iter().filter(|m| **m == "- ").count(), 1);
    }

    #[test]
    fn emphasis_closed_before_punctuation_leaves_no_space() {
        // pymupdf4llm's texts of ah-tk-20232024-1786, 2271 and 2367.
        let src = "# Kop\n\n## 1786\n\n\
                   de _UN Guiding Principles on Business and Human Rights_ . Daarnaast\n\
                   _Social Due Diligence_ , waarbij de _IFC Performance Standards_ en\n\
                   **passende hulp** ; of de _compliance_ -functie en de _audit_ -functie\n\
                   de _OESO Common Approaches_ - een kader; _a_ b_ .\n";
        let (_, _, respelled) = stripped(src);
        let at = |needle: &str| src.find(needle).expect("in the text") + needle.len() - 1;
        let spaces: Vec<usize> = respelled
            .iter()
            .map(|(s, glyph)| {
                assert_eq!((*s, *glyph), (" ", ""));
                s.as_ptr() as usize - src.as_ptr() as usize
            })
            .collect();
        assert_eq!(
            spaces,
            [
                at("Rights_ "),
                at("Diligence_ "),
                at("hulp** "),
                at("compliance_ "),
                at("audit_ "),
            ]
        );
        // A dash set apart is the document's, and so is a "_" that closes
        // nothing opened on its line ("b_ .").
    }

    #[test]
    fn a_heading_in_emphasis_is_its_text() {
        let src = "# Kop\n\n#### **Mededeling**\n\n### _Vraag 1_\n\n## **a** en **b**\n";
        let (lines, _, _) = stripped(src);
        assert_eq!(
            lines,
            ["Kop", "", "Mededeling", "", "Vraag 1", "", "**a** en **b**"]
        );
    }

    #[test]
    fn text_that_is_not_markdown_keeps_its_line_starts() {
        // One heading is no Markdown text; "> Retouradres" is the letterhead.
        let src = "> Retouradres Postbus 20301\n# 2\nVraag 1\n- Inzicht\n_a_ .\n";
        let (lines, marks, respelled) = stripped(src);
        assert_eq!(
            lines,
            [
                "> Retouradres Postbus 20301",
                "# 2",
                "Vraag 1",
                "- Inzicht",
                "_a_ ."
            ]
        );
        assert!(marks.is_empty() && respelled.is_empty());
        // "#1" and "#hashtag" are no headings.
        let src = "#1 Vraag\n#hashtag\n# a\n";
        let (lines, _, _) = stripped(src);
        assert_eq!(lines, ["#1 Vraag", "#hashtag", "# a"]);
    }
}
