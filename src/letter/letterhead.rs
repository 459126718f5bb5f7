//! The letterhead: labelled fields ("Datum", "Betreft", "Ons kenmerk" …),
//! the return address, the salutation and the closing formula.
//!
//! Labels come as Word table cells ("Datum\t24 april 2025"), as a label
//! line with the value on the next line (pdftotext, Tika), and again in the
//! column repeated on every page; the first printed value wins, and
//! placeholders ("-", empty cells) are skipped.

use std::borrow::Cow;

use once_cell::sync::Lazy;
use regex::Regex;

use super::sheet::{Part, Sheet};
use crate::date;
use crate::model::{Letter, LetterField};
use crate::noise::Tag;
use crate::text::{Line, collapse_ws};

static FIELD_LABEL: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"^(?i:(Datum|Betreft|Onderwerp|Onze\s+referentie|Ons\s+kenmerk|Uw\s+referentie|Uw\s+kenmerk|Uw\s+brief(?:\s+van)?|Kenmerk|Referentie|Bijlagen?\(?n?\)?))(?:\s*:)?(?:\s+|$)")
        .expect("field label")
});
static SALUTATION: Lazy<Regex> =
    Lazy::new(|| Regex::new(r"^(?:Geachte|Hooggeachte|Zeer geachte)(?-u:\b)").expect("salutation"));
static CLOSING: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"^(?i:hoogachtend|met vriendelijke groet(?:en)?|met de meeste hoogachting)(?-u:\b)")
        .expect("closing")
});
static DEN_HAAG: Lazy<Regex> =
    Lazy::new(|| Regex::new(r"^(?:Den Haag|['’]s-Gravenhage),\s").expect("den haag"));

/// Where the salutation and the closing formula were read (item indices).
#[derive(Debug, Default, Clone, Copy)]
pub(super) struct Marks {
    pub salutation: Option<usize>,
    pub closing: Option<usize>,
}

/// Whether the text has the marks of a letter (salutation, closing, or a
/// letterhead date or subject), looking at every content line.
pub(super) fn looks_like_letter(
    src: &str,
    lines: &[Line],
    tags: &[Tag],
    candidates: &[u32],
) -> bool {
    let mut fields = 0;
    for &i in candidates {
        let i = i as usize;
        if tags[i] != Tag::Content {
            continue;
        }
        let t = lines[i].text(src);
        if SALUTATION.is_match(t) || CLOSING.is_match(t) {
            return true;
        }
        if let Some(c) = field_label(t) {
            let label = c[1].to_ascii_lowercase();
            if label.starts_with("datum")
                || label.starts_with("betreft")
                || label.starts_with("onderwerp")
                || label.contains("kenmerk")
                || label.contains("referentie")
            {
                fields += 1;
            }
        }
        if fields >= 2 {
            return true;
        }
    }
    false
}

/// Read the labelled fields, the return address, the salutation, the
/// closing and a "Den Haag, …" date line.
pub(super) fn read<'a>(sheet: &mut Sheet<'a, '_>, letter: &mut Letter<'a>) -> Marks {
    let mut marks = Marks::default();
    for k in 0..sheet.len() {
        let t = sheet.text(k);
        if let Some(c) = field_label(t) {
            let label = c[1].to_ascii_lowercase();
            let label = collapse_ws(&label);
            let same_line = c.get(0).expect("whole").end();
            let value = if same_line < t.len() {
                Some((k, same_line))
            } else {
                // The value is on the next line, unless that is another label.
                (k + 1 < sheet.len())
                    .then_some(k + 1)
                    .filter(|&j| {
                        field_label(sheet.text(j)).is_none()
                            && sheet.items[j].line <= sheet.items[k].line + 3
                    })
                    .map(|j| (j, 0))
            };
            let Some((v, at)) = value else { continue };
            let (text, vspan) = sheet.clean_from(v, at);
            let text_trim = text.trim();
            if text_trim.is_empty()
                || text_trim
                    .chars()
                    .all(|c| matches!(c, '-' | '–' | '.' | '_'))
            {
                continue;
            }
            let span = sheet.span(k).cover(vspan);
            let (slot, name) = match &*label {
                "datum" => {
                    // Every dated value is kept as a field, so that an
                    // unreadable or impossible one can be reported with its span.
                    let parsed = date::parse_date(text_trim, None);
                    let looks_dated =
                        parsed.is_some() || text_trim.bytes().any(|b| b.is_ascii_digit());
                    if letter.date.is_none() && looks_dated {
                        letter.date = parsed;
                        letter.fields.push(LetterField {
                            name: "date".into(),
                            text: text.clone(),
                            span,
                        });
                        sheet.claim(k, Part::Field);
                        sheet.claim(v, Part::Field);
                    }
                    continue;
                }
                "betreft" | "onderwerp" => (&mut letter.subject, "subject"),
                "onze referentie" | "ons kenmerk" | "kenmerk" | "referentie" => {
                    (&mut letter.our_reference, "our_reference")
                }
                l if l.starts_with("uw ") => (&mut letter.your_reference, "your_reference"),
                _ => (&mut letter.attachments, "attachments"),
            };
            if slot.is_none() {
                *slot = Some(text.clone());
            }
            letter.fields.push(LetterField {
                name: name.into(),
                text: text.clone(),
                span,
            });
            sheet.claim(k, Part::Field);
            sheet.claim(v, Part::Field);
            continue;
        }
        if marks.salutation.is_none() && may_be_letter_line(t) && SALUTATION.is_match(t) {
            marks.salutation = Some(k);
            letter.salutation = Some(Cow::Borrowed(t));
            letter.fields.push(LetterField {
                name: "salutation".into(),
                text: Cow::Borrowed(t),
                span: sheet.span(k),
            });
            sheet.claim(k, Part::Salutation);
        } else if marks.closing.is_none() && may_be_letter_line(t) && CLOSING.is_match(t) {
            marks.closing = Some(k);
            letter.closing = Some(Cow::Borrowed(t.trim_end_matches(',')));
            letter.fields.push(LetterField {
                name: "closing".into(),
                text: Cow::Borrowed(t),
                span: sheet.span(k),
            });
            sheet.claim(k, Part::Closing);
        } else if letter.date.is_none()
            && (t.starts_with("Den Haag") || t.contains("s-Gravenhage,"))
            && DEN_HAAG.is_match(t)
        {
            letter.date = date::parse_date(&t[t.find(',').map_or(0, |p| p + 1)..], None);
            letter.fields.push(LetterField {
                name: "date".into(),
                text: Cow::Borrowed(t),
                span: sheet.span(k),
            });
            sheet.claim(k, Part::Field);
        } else if t.contains("Retouradres") && letter.return_address.is_none() {
            let at = t.find("Retouradres").expect("found") + "Retouradres".len();
            letter.return_address = Some(collapse_ws(&t[at..]));
            letter.fields.push(LetterField {
                name: "return_address".into(),
                text: collapse_ws(&t[at..]),
                span: sheet.span(k),
            });
            sheet.claim(k, Part::Field);
        }
    }
    marks
}

/// Whether a line may start with a letterhead label, a salutation or a
/// closing: a cheap test before the regexes.
pub(crate) fn may_be_letter_line(t: &str) -> bool {
    let b = t.as_bytes();
    let starts = |p: &[u8]| b.len() >= p.len() && b[..p.len()].eq_ignore_ascii_case(p);
    match b.first().map(u8::to_ascii_lowercase) {
        Some(b'g') => starts(b"geachte"),
        Some(b'h') => starts(b"hooggeachte") || starts(b"hoogachtend"),
        Some(b'z') => starts(b"zeer"),
        Some(b'm') => starts(b"met"),
        Some(b'd') => starts(b"datum"),
        Some(b'b') => starts(b"betreft") || starts(b"bijlage"),
        Some(b'o') => starts(b"onderwerp") || starts(b"onze") || starts(b"ons"),
        Some(b'u') => starts(b"uw"),
        Some(b'k') => starts(b"kenmerk"),
        Some(b'r') => starts(b"referentie"),
        _ => false,
    }
}

/// A letterhead label at the start of the line, checked cheaply before the
/// regex.
pub(super) fn field_label(t: &str) -> Option<regex::Captures<'_>> {
    if may_be_letter_line(t) {
        FIELD_LABEL.captures(t)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letterhead_labels_with_no_break_spaces() {
        for t in [
            "Ons\u{a0}kenmerk",
            "Onze referentie",
            "Datum\t24 april 2025",
            "Geachte voorzitter,",
            "Uw\u{a0}kenmerk",
        ] {
            assert!(may_be_letter_line(t), "{t:?}");
        }
        assert!(field_label("Ons\u{a0}kenmerk").is_some());
        assert!(!may_be_letter_line("Antwoord 1"));
    }
}
