//! The letter: letterhead fields, addressee, salutation, body, closing and
//! signature of a minister's letter ("Kamerbrief"), as the ministry prints
//! it and as the official publisher prints it.
//!
//! The letter is read from its content lines (a [`sheet::Sheet`]) by one
//! reader per part, in order: the letterhead fields, the publisher's
//! heading, the sender's colofon, the addressee, the signature, then the
//! body, which is what lies between them. Each reader claims the lines it
//! reads; what no reader claims is kept in `other_lines`.

mod body;
mod letterhead;
mod publisher;
mod recipient;
mod sender;
mod sheet;
mod signature;

use chrono::NaiveDate;

use crate::model::{Annex, Field, Letter, Noise, NoiseKind};
use crate::noise::Tag;
use crate::text::{Joiner, Line};

pub(crate) use letterhead::may_be_letter_line;
use sheet::{Part, Sheet};

/// Whether the text has the marks of a letter: a salutation, a closing or
/// letterhead fields among the lines that open like one (`candidates`, see
/// [`may_be_letter_line`]); and when `more` allows (not in a notice), before
/// `labels.1` (the first question or answer label), the publisher's date
/// line, a signature or the opening of a cover letter, or a lone signature
/// right above `labels.0` (the first line that opens like a label).
pub(crate) fn looks_like_letter(
    src: &str,
    lines: &[Line],
    tags: &[Tag],
    candidates: &[u32],
    labels: (usize, usize),
    more: bool,
) -> bool {
    letterhead::looks_like_letter(src, lines, tags, candidates, labels, more)
}

/// Read the letter from the lines before the questions (`end`), and from
/// `tail` on where the letterhead stands at the end ([`trailing`]). The web
/// page furniture around a published letter goes to `noise`.
/// `letter_lines` are the noise pass's lines that open like a letter line
/// ([`may_be_letter_line`]), in order.
#[allow(clippy::too_many_arguments)]
pub(crate) fn read<'a>(
    src: &'a str,
    lines: &[Line],
    tags: &[Tag],
    grids: &crate::forms::Grids,
    (end, tail): (usize, Option<usize>),
    letter_lines: &[u32],
    joiner: &Joiner<'a, '_>,
    noise: &mut Vec<Noise>,
) -> Option<Letter<'a>> {
    let sheet = Sheet::new(src, lines, tags, grids, end, tail, letter_lines, joiner);
    let mut letter = Letter::default();
    let n = sheet.len();
    // A letterhead read after everything (`tail`) stands before the body
    // on the page.
    let head = tail.map_or(n, |t| {
        sheet.items.partition_point(|item| (item.line as usize) < t)
    });
    let marks = letterhead::read(&sheet, head, &mut letter);
    publisher::read(&sheet, &mut letter);
    recipient::read(&sheet, &mut letter);
    sender::read(&sheet, &mut letter);
    for k in (0..n).filter(|&k| sheet.items[k].ends_boilerplate && sheet.is_free(k)) {
        sheet.claim(k, Part::Boilerplate);
    }
    // The body starts after the salutation or the publisher's date line;
    // else at the first line of prose after the letterhead.
    let after_head = marks.salutation.or(marks.date_line).map(|k| k + 1);
    let first_claimed = (0..head).find(|&k| !sheet.is_free(k)).unwrap_or(0);
    let start = after_head.or_else(|| body::first_prose(&sheet, first_claimed, n));
    // The signature follows the closing, else the body.
    let sig_from = marks.closing.map(|k| k + 1).or(start).unwrap_or(0);
    let signed = signature::read(&sheet, sig_from, n, &mut letter);
    if let Some(start) = start {
        let stop = [marks.closing, signed]
            .into_iter()
            .flatten()
            .filter(|&k| k >= start)
            .min()
            .unwrap_or(n);
        // Nor does the body run on into the annex or the notes after it.
        let stop = (start..stop)
            .find(|&k| {
                sheet.is_free(k) && (is_annex(&sheet, k) || body::is_notes_heading(sheet.text(k)))
            })
            .unwrap_or(stop);
        body::read(&sheet, start, stop, &mut letter);
    }
    // A name that signs without a role: after the closing, or the last
    // line before the annex.
    if letter.signatories.is_empty() {
        signature::read_lone_name(&sheet, marks.closing, &mut letter);
    }
    // A prose annex after the closing and signature, as the letterhead
    // reader left it ("Bijlage: …" and prose after it). What stands
    // between the signature and its title stays in `other_lines`.
    if let Some(k) = marks.closing.and_then(|c| {
        (c + 1..head).find(|&k| sheet.is_free(k) && opens_prose_annex(&sheet, k, head))
    }) {
        letter.annex = Some(read_annex(&sheet, k, head));
    }
    // The title of the annex, with the lines its sentence wraps onto.
    let annex = (0..n)
        .find(|&k| sheet.is_free(k) && is_annex(&sheet, k))
        .map(|k| (k, body::title_end(&sheet, k, n)));
    let annex_title = annex.map(|(k, e)| body::joined(&sheet, k, e));
    signature::complete(&mut letter, annex_title.as_ref().map(|t| &*t.0));
    // What is left of the letterhead and annex title, kept as printed.
    let left = (0..n).filter(|&k| matches!(sheet.part(k), Part::Free | Part::Letterhead));
    letter.other_lines.reserve(left.clone().count());
    for k in left {
        match annex {
            Some((a, e)) if k > a && k < e => continue,
            Some((a, _)) if k == a => {
                let (text, span) = annex_title.clone().expect("annex read");
                letter.other_lines.push(Field { text, span });
            }
            _ => letter.other_lines.push(Field {
                text: sheet.clean(k),
                span: sheet.span(k),
            }),
        }
    }
    let opens = letter
        .body
        .first()
        .is_some_and(|p| body::is_opener(&p.text));
    let is_letter = letter.date.is_some()
        || letter.subject.is_some()
        || letter.salutation.is_some()
        || letter.closing.is_some()
        || letter.our_reference.is_some()
        || letter.heading.is_some()
        || !letter.signatories.is_empty()
        || opens;
    if is_letter {
        // Web page furniture, running headers: page furniture; the wrapped
        // end of boilerplate: boilerplate.
        noise.extend((0..n).filter_map(|k| {
            let kind = match sheet.part(k) {
                Part::Furniture => NoiseKind::PageFurniture,
                Part::Boilerplate => NoiseKind::Boilerplate,
                _ => return None,
            };
            Some(Noise {
                kind,
                span: sheet.span(k),
            })
        }));
        noise.extend(sheet.markup.iter().map(|&span| Noise {
            kind: NoiseKind::Marker,
            span,
        }));
    }
    is_letter.then_some(letter)
}

/// Whether `t` starts with the words of `p` (ASCII, lower case, one space
/// between words; a trailing space asks for whitespace after the last) in
/// any ASCII case, with any whitespace between them, as extractors print
/// it (a no-break space, a tab): the length read.
pub(super) fn lead(t: &str, p: &str) -> Option<usize> {
    let b = t.as_bytes();
    let mut i = 0;
    for &c in p.as_bytes() {
        if c == b' ' {
            let rest = &t[i..];
            let n = rest.len() - rest.trim_start_matches(char::is_whitespace).len();
            if n == 0 {
                return None;
            }
            i += n;
        } else if b.get(i).is_some_and(|x| x.to_ascii_lowercase() == c) {
            i += 1;
        } else {
            return None;
        }
    }
    Some(i)
}

/// Whether free item `k` (after the closing) titles a prose annex: a
/// "Bijlage" label with the annex's title on its line ("Bijlage: Mogelijke
/// aanvullende maatregelen op het NPCE"), and a line of prose after the
/// title. An enclosure line after the signature ("Bijlage(n): 2", "Bijlage:
/// Rapport …" with nothing after it) is the letterhead's field.
fn opens_prose_annex(sheet: &Sheet<'_, '_>, k: usize, to: usize) -> bool {
    if sheet.opening(k) & letterhead::LABEL == 0 {
        return false;
    }
    let t = sheet.text(k);
    let Some((letterhead::Label::Attachments, at)) = letterhead::label_at(t) else {
        return false;
    };
    if !t[at..].chars().any(char::is_alphabetic) {
        return false;
    }
    let e = body::heading_end(sheet, k, to);
    (e..to)
        .find(|&j| sheet.is_free(j))
        .is_some_and(|j| body::is_prose(sheet.text(j)))
}

/// Read the prose annex titled by free item `k`, up to item `to`: its
/// title, and its paragraphs by the body's rules, up to an annex with
/// the answers or the notes printed after the letter.
fn read_annex<'a>(sheet: &Sheet<'a, '_>, k: usize, to: usize) -> Annex<'a> {
    let e = body::heading_end(sheet, k, to);
    let (text, span) = body::joined(sheet, k, e);
    (k..e).for_each(|j| sheet.claim(j, Part::Annex));
    let stop = (e..to)
        .find(|&j| {
            sheet.is_free(j) && (is_annex(sheet, j) || body::is_notes_heading(sheet.text(j)))
        })
        .unwrap_or(to);
    let mut paragraphs = Vec::new();
    body::paragraphs(sheet, e, stop, Part::Annex, &mut paragraphs);
    Annex {
        title: Field { text, span },
        paragraphs,
    }
}

/// Whether item `k` is the title of the annex with the answers.
fn is_annex(sheet: &Sheet<'_, '_>, k: usize) -> bool {
    if sheet.opening(k) & letterhead::ANNEX == 0 || !body::opens_annex_title(sheet.text(k)) {
        return false;
    }
    // The questions may be named on a line the title wraps onto ("… mede
    // namens de" / "minister van … op" / "Kamervragen van …").
    body::names_questions(sheet.text(k))
        || (k + 1..body::title_end(sheet, k, sheet.len()))
            .any(|j| body::names_questions(sheet.text(j)))
}

/// Where a letterhead printed after everything starts, as python-docx
/// users print a Word letter: its paragraphs first, then its tables (the
/// letterhead is one). Only where the text before the first question or
/// answer label (`label_lines`) has no "Datum" label, and one stands after
/// the last label; the letterhead opens at the return address above it
/// ("> Retouradres …"), or else at that label. `letter_lines` are the
/// noise pass's letter lines.
pub(crate) fn trailing(
    src: &str,
    lines: &[Line],
    tags: &[Tag],
    letter_lines: &[u32],
    label_lines: &[u32],
) -> Option<usize> {
    let (&first, &last) = (label_lines.first()?, label_lines.last()?);
    let date_label = |i: u32| {
        tags[i as usize] == Tag::Content
            && letterhead::field_label(lines[i as usize].text(src))
                .is_some_and(|(label, _)| label == letterhead::Label::Date)
    };
    // Most texts have no letter line after the last label: that test
    // goes first.
    let after = letter_lines.partition_point(|&i| i <= last);
    let date = letter_lines[after..]
        .iter()
        .copied()
        .find(|&i| date_label(i))? as usize;
    let split = letter_lines.partition_point(|&i| i < first);
    if letter_lines[..split].iter().any(|&i| date_label(i)) {
        return None;
    }
    let returns = |i: usize| {
        let t = lines[i].text(src);
        let t = t.trim_start_matches(['>', '\\', ' ']);
        let t = t.strip_prefix("&gt;").map_or(t, str::trim_start);
        tags[i] == Tag::Content && t.starts_with("Retouradres")
    };
    let above = (date.saturating_sub(40).max(last as usize + 1)..date).find(|&i| returns(i));
    Some(above.unwrap_or(date))
}

/// The title of the letter's annex of answers, taken out of its
/// `other_lines`: "Antwoorden van de minister van … mede namens … op
/// Kamervragen van het lid … over …" (a Word letter's annex), the answer
/// heading that the Aanhangsel prints as "Antwoord van …". A title that
/// only names the project ("Beantwoording Kamervragen …") stays.
pub(crate) fn take_answer_title<'a>(letter: &mut Letter<'a>) -> Option<Field<'a>> {
    let i = letter.other_lines.iter().position(|f| {
        let t = f.text.strip_prefix("**").unwrap_or(&f.text);
        (lead(t, "antwoorden ").is_some() || lead(t, "antwoord van ").is_some())
            && body::names_questions(t)
    })?;
    Some(letter.other_lines.remove(i))
}

/// The letter date as a value, for callers that have a letter.
pub(crate) fn date_of(letter: &Option<Letter<'_>>) -> Option<NaiveDate> {
    letter.as_ref().and_then(|l| l.date)
}
