//! The body: the letter's own paragraphs, between the letterhead (or the
//! salutation) and the closing or signature.
//!
//! Without a salutation, the body starts at the first line of prose after
//! the letterhead ("In antwoord op uw brief van …, deel ik u mede dat …").
//! It ends at the closing, at the signature, or at the title of the annex
//! with the answers. Lines that other readers claimed inside it (a later
//! page's colofon, a repeated date) are left out without ending a
//! paragraph: a page break does not end one.

use std::borrow::Cow;

use super::lead;
use super::sheet::{Part, Sheet};
use crate::model::{Letter, Paragraph};
use crate::span::Span;
use crate::text::{self, Layout, Line};

/// Whether `t` reads as running text rather than a letterhead line: a few
/// words at least.
pub(super) fn is_prose(t: &str) -> bool {
    t.split_whitespace().nth(3).is_some()
}

/// The first free line of prose at or after item `from`.
pub(super) fn first_prose(sheet: &Sheet<'_, '_>, from: usize, to: usize) -> Option<usize> {
    (from..to).find(|&k| sheet.is_free(k) && is_prose(sheet.text(k)))
}

/// Whether `t` opens a letter's body the way ministers' cover letters do:
/// "In antwoord op uw brief van …", "Hierbij zend ik u …", "Met deze brief
/// …".
pub(super) fn is_opener(t: &str) -> bool {
    [
        "in antwoord op uw brief",
        "in het antwoord op uw brief",
        "in antwoord op uw verzoek",
        "hierbij ",
        "met deze brief",
        "met deze kamerbrief",
        "naar aanleiding van uw brief",
    ]
    .iter()
    .filter(|p| t.as_bytes().first().map(u8::to_ascii_lowercase) == Some(p.as_bytes()[0]))
    .any(|p| lead(t, p).is_some())
}

/// Whether `t` opens the notes printed after a published letter ("XNoot",
/// "X Noot", "Noten", "Noot 1: …"): the letter ends before them.
pub(super) fn is_notes_heading(t: &str) -> bool {
    // Asked of every line of the body: the first byte tells most apart.
    if !matches!(t.as_bytes().first(), Some(b'X' | b'N')) && !t.starts_with(char::is_whitespace) {
        return false;
    }
    let t = t.strip_prefix('X').unwrap_or(t).trim_start();
    let Some(rest) = t.strip_prefix("Noot").or_else(|| t.strip_prefix("Noten")) else {
        return false;
    };
    rest.is_empty() || {
        let r = rest.trim_start();
        r.starts_with(|c: char| c.is_ascii_digit()) && r.len() < rest.len()
    }
}

/// The title of the annex that holds the answers ("Antwoorden van de
/// minister van … op Kamervragen van …"): the body ends before it.
pub(super) fn is_annex_title(t: &str) -> bool {
    opens_annex_title(t) && names_questions(t)
}

/// Whether `t` opens like the title of the annex ("Antwoorden van …").
pub(super) fn opens_annex_title(t: &str) -> bool {
    // (In Markdown it may be bold.)
    let t = t.strip_prefix("**").unwrap_or(t);
    if !t.starts_with(['A', 'a', 'B', 'b']) {
        return false;
    }
    let opens = ["antwoorden ", "antwoord van ", "beantwoording "];
    opens.iter().any(|p| lead(t, p).is_some())
}

/// Whether `t` names the questions ("… op Kamervragen van …").
pub(super) fn names_questions(t: &str) -> bool {
    t.contains("vragen") || t.contains("Vragen")
}

/// The end (exclusive) of the title that starts at free item `k`: the free
/// items after it that its sentence runs on into (a wrapped line of PDF or
/// pandoc text, or a Word line break inside the sentence).
pub(super) fn title_end(sheet: &Sheet<'_, '_>, k: usize, to: usize) -> usize {
    let wrapped = sheet.joiner.layout == Layout::Wrapped;
    // (Markdown may set each paragraph of a title in bold: "**… op
    // Kamervragen**" / "" / "**van de leden …".)
    let bare = |j: usize| sheet.text(j).trim_matches('*');
    let mut e = k + 1;
    while e < to
        && sheet.is_free(e)
        && ((wrapped && !sheet.items[e].gap) || runs_on(bare(e - 1), bare(e)))
    {
        e += 1;
    }
    e
}

/// The end (exclusive) of a heading line that starts at free item `k`: the
/// free items after it that its sentence runs on into ("… op het" /
/// "nationale programma"), whatever the layout: a heading stands on a line
/// of its own, and the paragraph under it may follow without a blank line.
pub(super) fn heading_end(sheet: &Sheet<'_, '_>, k: usize, to: usize) -> usize {
    let mut e = k + 1;
    while e < to
        && sheet.is_free(e)
        && !sheet.items[e].gap
        && runs_on(sheet.text(e - 1), sheet.text(e))
    {
        e += 1;
    }
    e
}

/// The text of the free items `k..e` as one paragraph, with its span.
pub(super) fn joined<'a>(sheet: &Sheet<'a, '_>, k: usize, e: usize) -> (Cow<'a, str>, Span) {
    let span = sheet.span(k).cover(sheet.span(e - 1));
    if e == k + 1 {
        return (sheet.clean(k), span);
    }
    let lines: Vec<Line> = (k..e)
        .flat_map(|j| sheet.frags(j).iter().copied())
        .collect();
    let text = if sheet.joiner.layout == Layout::Paragraphs {
        let pieces: Vec<_> = lines.iter().map(|l| sheet.joiner.join(&[*l])).collect();
        Cow::Owned(pieces.join(" "))
    } else {
        sheet.joiner.join(&lines)
    };
    (text, span)
}

/// Whether a sentence runs on from line `prev` into line `next`: `prev`
/// ends without a full stop (or other end of a sentence) and `next` starts
/// in lower case ("… deel ik u mede" / "dat de vragen …").
fn runs_on(prev: &str, next: &str) -> bool {
    !prev.ends_with(['.', '?', '!', ':', ';']) && next.starts_with(char::is_lowercase)
}

/// Whether wrapped line `prev` is a heading of its own ("Rapport" / "In het
/// rapport wordt …") where it starts a paragraph or follows the end of a
/// sentence: short, in capitals first, no sentence or clause ended in it
/// (a heading may ask a question of a few words: "Draagmoederschap of
/// adoptie?"), `next` starts in capitals, and the line broke where it did
/// not have to ([`text::breaks_early`]): a line inside a sentence breaks
/// only where the next word does not fit, so a heading of almost a full
/// line is told by the room left on it ("Uitwerking ambitieus klimaatdoel
/// voor de circulaire economie" / "In het NPCE …").
fn is_heading(prev: &str, next: &str, full: usize) -> bool {
    let asks = || prev.ends_with('?') && prev.split(' ').count() <= 5;
    prev.starts_with(char::is_uppercase)
        && (!prev.ends_with(['.', ',', ';', ':', '?', '!', '-']) || asks())
        && text::breaks_early(
            prev,
            next,
            text::Width {
                wrap: full,
                measure: 0,
                above: 0,
            },
        )
}

/// The width of a full line of the free items `from..to`, in bytes:
/// the median, as most lines of wrapped text are full (the widest may be
/// one the extractor glued to the next).
fn full_width(sheet: &Sheet<'_, '_>, from: usize, to: usize) -> usize {
    let mut widths: Vec<usize> = (from..to)
        .filter(|&k| sheet.is_free(k))
        .flat_map(|k| sheet.frags(k))
        .map(|l| l.text(sheet.src).len())
        .collect();
    if widths.is_empty() {
        return 0;
    }
    let mid = widths.len() / 2;
    *widths.select_nth_unstable(mid).1
}

/// Read the free items `from..to` as body paragraphs: a blank line ends a
/// paragraph (unless its sentence runs on over it, at a page break), and so
/// does a short line that ends a sentence, and a heading line; in Word text every line is one,
/// unless its sentence runs on into the next line; a table cell's
/// paragraph is one.
pub(super) fn read<'a>(sheet: &Sheet<'a, '_>, from: usize, to: usize, letter: &mut Letter<'a>) {
    paragraphs(sheet, from, to, Part::Body, &mut letter.body);
}

/// Read the free items `from..to` as paragraphs into `out` by the rules of
/// [`read`], claiming them as `part`: the body's, or the prose annex's.
pub(super) fn paragraphs<'a>(
    sheet: &Sheet<'a, '_>,
    from: usize,
    to: usize,
    part: Part,
    out: &mut Vec<Paragraph<'a>>,
) {
    let joiner = sheet.joiner;
    let mut par: Vec<Line> = Vec::new();
    // Whether the paragraph so far is a table cell's.
    let mut cell = false;
    let flush = |par: &mut Vec<Line>, cell: bool, body: &mut Vec<Paragraph<'a>>| {
        if let (Some(f), Some(l)) = (par.first(), par.last()) {
            // Word lines of one sentence, and the lines of a cell, are
            // joined with a space, as wrapped lines are.
            let text = if par.len() > 1 && (joiner.layout == Layout::Paragraphs || cell) {
                // Into one string, each line's text joined on its own.
                let mut s = String::with_capacity(l.end() - f.start());
                for (i, line) in par.iter().enumerate() {
                    if i > 0 {
                        s.push(' ');
                    }
                    s.push_str(&joiner.join(std::slice::from_ref(line)));
                }
                Cow::Owned(s)
            } else {
                joiner.join(par)
            };
            body.push(Paragraph {
                text,
                footnotes: Vec::new(),
                span: Span::new(f.start(), l.end()),
            });
        }
        par.clear();
    };
    // The width of a full line of the body (wrapped text only).
    let full = if joiner.layout == Layout::Wrapped {
        full_width(sheet, from, to)
    } else {
        0
    };
    for k in from..to {
        if !sheet.is_free(k) {
            continue;
        }
        let frags = sheet.frags(k);
        let is_cell = frags.len() > 1;
        let ends_par = match par.last() {
            None => false,
            // Word paragraphs and table cells go on where a sentence runs on.
            Some(prev) if cell || is_cell || joiner.layout == Layout::Paragraphs => {
                !runs_on(prev.text(sheet.src), frags[0].text(sheet.src))
            }
            // A blank line ends a paragraph of wrapped text, unless the
            // sentence runs on over it: a page break ("… in ongeveer tien
            // gevallen in" / page number, note bodies / "aanraking te komen …").
            // Without one, a short line that ends a sentence does (pdftotext
            // prints no blank line between paragraphs).
            Some(prev) => {
                let (p, next) = (prev.text(sheet.src), frags[0].text(sheet.src));
                // A note marker that ends the line is no text: the sentence
                // ends before it ("Kamerlid Mulder" / "(CDA).5").
                let kept = without_end_marker(joiner, *prev, p);
                if sheet.items[k].gap {
                    !runs_on(p, next)
                } else {
                    // (The line above the last one of the paragraph, if
                    // any, measures a full line too.)
                    let above = par
                        .len()
                        .checked_sub(2)
                        .map_or(0, |i| par[i].text(sheet.src).len());
                    let width = text::Width {
                        wrap: full,
                        measure: 0,
                        above,
                    };
                    let ends = if kept.len() < p.len() {
                        // (As the joiner reads it.)
                        kept.ends_with(['.', '?', '!']) && text::ends_at_marker(p, next, width)
                    } else {
                        text::ends_paragraph(p, next, width)
                    };
                    ends || (par.len() == 1 && is_heading(p, next, full))
                        || (p.ends_with(['.', '?', '!', ':'])
                            && (k + 1..to)
                                .find(|&j| sheet.is_free(j))
                                .is_some_and(|j| is_heading(next, sheet.text(j), full)))
                }
            }
        };
        if ends_par {
            flush(&mut par, cell, out);
            cell = false;
        }
        cell |= is_cell;
        par.extend_from_slice(frags);
        sheet.claim(k, part);
    }
    flush(&mut par, cell, out);
}

/// The text `p` of the line `line` without the note marker cut at its end
/// (as [`text::Joiner::join`] writes it), or `p` when there is none. Most
/// lines end in a letter or punctuation: one byte tells.
fn without_end_marker<'s>(joiner: &text::Joiner<'s, '_>, line: Line, p: &'s str) -> &'s str {
    if !p.ends_with(|c: char| c.is_ascii_digit()) || !joiner.cuts.is_cut(line.end() - 1) {
        return p;
    }
    // The last piece the cuts leave ends where the marker starts.
    let kept = joiner.cuts.pieces(line.start(), line.end()).last();
    joiner.src[line.start()..kept.map_or(line.start(), |(_, end)| end)].trim_end()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notes_headings() {
        for t in [
            "XNoot",
            "X Noot",
            "Noot",
            "Noten",
            "Noot 1: Raadpleegbaar via www.tweedekamer.nl",
            " Noten",
            "\u{a0}Noot 2",
        ] {
            assert!(is_notes_heading(t), "{t}");
        }
        for t in ["Nootmuskaat is duur.", "Noot1", "Noteer dit."] {
            assert!(!is_notes_heading(t), "{t}");
        }
    }

    /// A published letter without signature ends where its notes begin.
    #[test]
    fn body_ends_at_the_notes() {
        let text = "Nr. 5 BRIEF VAN DE MINISTER VAN DEFENSIE\n\nAan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 27 december 2011\n\nMet deze brief doe ik mijn toezegging gestand1.\n\nXNoot\n1\n\nTer inzage gelegd bij het Centraal Informatiepunt Tweede Kamer.\n";
        let doc = crate::parse(text);
        let l = doc.letter.expect("letter");
        assert_eq!(l.body.len(), 1);
        assert!(l.body[0].text.starts_with("Met deze brief"));
    }
}
