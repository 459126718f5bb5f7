//! The letter: letterhead fields, addressee, salutation, body, closing and
//! signature of a minister's letter ("Kamerbrief").
//!
//! The letter is read from its content lines (a [`sheet::Sheet`]) by one
//! reader per part, in order: the letterhead fields, the sender's colofon,
//! the addressee, the signature, then the body, which is what lies between
//! them. Each reader claims the lines it reads; what no reader claims is
//! kept in `other_lines`.

mod body;
mod letterhead;
mod recipient;
mod sender;
mod sheet;
mod signature;

use chrono::NaiveDate;

use crate::model::{Field, Letter};
use crate::noise::Tag;
use crate::text::{Joiner, Line};

pub(crate) use letterhead::may_be_letter_line;
use sheet::Sheet;

/// Whether the text has the marks of a letter (salutation, closing, or a
/// letterhead date or subject), looking at every content line.
///
/// `candidates` are the lines that open like a letter line (see
/// [`may_be_letter_line`]), in order.
pub(crate) fn looks_like_letter(
    src: &str,
    lines: &[Line],
    tags: &[Tag],
    candidates: &[u32],
) -> bool {
    letterhead::looks_like_letter(src, lines, tags, candidates)
}

/// Read the letter from the lines before the questions (`end`).
pub(crate) fn read<'a>(
    src: &'a str,
    lines: &[Line],
    tags: &mut [Tag],
    end: usize,
    joiner: &Joiner<'a, '_>,
) -> Option<Letter<'a>> {
    let mut sheet = Sheet::new(src, lines, tags, end, joiner);
    let mut letter = Letter::default();
    let marks = letterhead::read(&mut sheet, &mut letter);
    sender::read(&mut sheet, &mut letter);
    recipient::read(&mut sheet, &mut letter);
    // Signatures: after the closing, or a role line standing alone after the
    // salutation when there is no closing formula.
    let sig_from = marks
        .closing
        .map(|k| k + 1)
        .or(marks.salutation.map(|k| k + 1))
        .unwrap_or(0);
    signature::read(&mut sheet, sig_from, &mut letter);
    if let Some(s) = marks.salutation {
        let stop = marks.closing.filter(|&c| c > s).unwrap_or(sheet.len());
        body::read(&mut sheet, s + 1, stop, &mut letter);
    }
    // What is left of the letterhead and annex title, kept as printed.
    let left = (0..sheet.len()).filter(|&k| sheet.is_free(k));
    letter.other_lines.reserve(left.clone().count());
    for k in left {
        letter.other_lines.push(Field {
            text: sheet.clean(k),
            span: sheet.span(k),
        });
    }
    let is_letter = letter.date.is_some()
        || letter.subject.is_some()
        || letter.salutation.is_some()
        || letter.closing.is_some()
        || letter.our_reference.is_some();
    is_letter.then_some(letter)
}

/// The letter date as a value, for callers that have a letter.
pub(crate) fn date_of(letter: &Option<Letter<'_>>) -> Option<NaiveDate> {
    letter.as_ref().and_then(|l| l.date)
}
