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

use super::lead;
use super::sheet::{Part, Sheet};
use crate::date;
use crate::model::{Letter, LetterField};
use crate::noise::Tag;
use crate::span::Span;
use crate::text::{Layout, Line};

static SALUTATION: Lazy<Regex> =
    Lazy::new(|| Regex::new(r"^(?:Geachte|Hooggeachte|Zeer geachte)(?-u:\b)").expect("salutation"));
static CLOSING: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"^(?i:hoogachtend|met vriendelijke groet(?:en)?|met de meeste hoogachting)(?-u:\b)")
        .expect("closing")
});

/// The return address's label, searched for in the letterhead lines that
/// no other field took: with a searcher built once, not one per line.
static RETOURADRES: Lazy<memchr::memmem::Finder<'static>> =
    Lazy::new(|| memchr::memmem::Finder::new("Retouradres"));

/// Where the salutation, the closing formula and the publisher's date line
/// were read (item indices).
#[derive(Debug, Default, Clone, Copy)]
pub(super) struct Marks {
    pub salutation: Option<usize>,
    pub closing: Option<usize>,
    pub date_line: Option<usize>,
}

/// Whether the text has the marks of a letter, looking at the content lines
/// that open like a letter line (`candidates`): a salutation, a closing, or
/// two letterhead fields anywhere; and when `more` allows, before `before`
/// (the first question or answer label) also the publisher's "Den Haag, …"
/// date line, the opening of a cover letter ("In antwoord op uw brief …")
/// or a signature (a role line followed by a name), or a name alone above
/// the annex (at `opening`, the first line that opens like a label).
pub(super) fn looks_like_letter(
    src: &str,
    lines: &[Line],
    tags: &[Tag],
    candidates: &[u32],
    (opening, before): (usize, usize),
    more: bool,
) -> bool {
    let mut fields = 0;
    for &i in candidates {
        let i = i as usize;
        if tags[i] != Tag::Content {
            continue;
        }
        let t = lines[i].text(src);
        let o = head_opening(t);
        if o & GREETING != 0 && (SALUTATION.is_match(t) || CLOSING.is_match(t)) {
            return true;
        }
        if o & LABEL != 0
            && let Some((label, _)) = label_at(t)
            && matches!(
                label,
                Label::Date | Label::Subject | Label::Ours | Label::Yours
            )
        {
            fields += 1;
        }
        if fields >= 2 {
            return true;
        }
    }
    if !more {
        return false;
    }
    // The marks that only count before the questions: they may also stand
    // in an answer.
    let before = before.min(lines.len());
    let next_content = |i: usize| {
        (i + 1..lines.len().min(i + 8))
            .find(|&j| tags[j] == Tag::Content)
            .map(|j| lines[j].text(src))
    };
    for i in (0..before).filter(|&i| tags[i] == Tag::Content) {
        let t = lines[i].text(src);
        let o = opening_in::<false>(t);
        if o & PLACE != 0 && super::publisher::date_line(t).is_some()
            || o & OPENER != 0 && super::body::is_opener(t)
            || o & ROLE != 0
                && super::signature::is_role_line(t)
                && next_content(i).is_some_and(|n| super::signature::is_name(n, false))
        {
            return true;
        }
    }
    lone_signature(src, lines, tags, opening)
}

/// A name standing alone right above the annex with the answers ("D.M. van
/// Weel" / "Antwoorden van de minister …"): the signature of a cover letter
/// whose letterhead and body an extractor left out with their table.
fn lone_signature(src: &str, lines: &[Line], tags: &[Tag], annex: usize) -> bool {
    if annex >= lines.len() || !super::body::is_annex_title(lines[annex].text(src)) {
        return false;
    }
    (0..annex)
        .rev()
        .find(|&i| tags[i] == Tag::Content)
        .is_some_and(|i| super::signature::is_name(lines[i].text(src), true))
}

/// What a letterhead label labels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Label {
    Date,
    Subject,
    Ours,
    Yours,
    Attachments,
    /// A label of the letterhead that is none of the fields ("Projectnaam",
    /// "Kopie aan"): it and its value are kept in `other_lines`.
    Other,
}

impl Label {
    fn name(self) -> &'static str {
        match self {
            Label::Date => "date",
            Label::Subject => "subject",
            Label::Ours => "our_reference",
            Label::Yours => "your_reference",
            Label::Attachments | Label::Other => "attachments",
        }
    }

    /// Fill the letter's field for this label with `value` where it is
    /// empty: the first page wins. A date has no such field: the dates
    /// printed are weighed at the end (see [`DateField`]).
    // A `&str` would lose the borrow: the clone of a borrowed `Cow` stays
    // borrowed.
    #[allow(clippy::ptr_arg)]
    fn fill<'a>(self, letter: &mut Letter<'a>, value: &Cow<'a, str>) {
        let slot = match self {
            Label::Date => return,
            Label::Subject => &mut letter.subject,
            Label::Ours => &mut letter.our_reference,
            Label::Yours => &mut letter.your_reference,
            Label::Attachments | Label::Other => &mut letter.attachments,
        };
        if slot.is_none() {
            *slot = Some(value.clone());
        }
    }
}

/// The letterhead labels as printed (words in lower case, one space
/// between), longest first where one begins another.
const LABELS: [(&str, Label); 17] = [
    ("datum", Label::Date),
    ("betreft", Label::Subject),
    ("onderwerp", Label::Subject),
    ("onze referentie", Label::Ours),
    ("ons kenmerk", Label::Ours),
    ("kenmerk", Label::Ours),
    ("referentie", Label::Ours),
    ("uw referentie", Label::Yours),
    ("uw kenmerk", Label::Yours),
    ("uw brief van", Label::Yours),
    ("uw brief", Label::Yours),
    ("bijlage(n)", Label::Attachments),
    ("bijlagen", Label::Attachments),
    ("bijlage", Label::Attachments),
    ("projectnaam", Label::Other),
    ("kopie aan", Label::Other),
    ("afschrift aan", Label::Other),
];

/// The letterhead label at the start of `t` and where its value starts:
/// the label capitalised as labels are printed (a body line that starts
/// with "onderwerp" is no label), any case after that and any whitespace
/// between its words, an optional colon, then whitespace or the end.
pub(super) fn label_at(t: &str) -> Option<(Label, usize)> {
    if !t.starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    let first = t.as_bytes()[0].to_ascii_lowercase();
    LABELS
        .iter()
        .filter(|(p, _)| p.as_bytes()[0] == first)
        .find_map(|&(p, label)| {
            let n = lead(t, p)?;
            let mut w = crate::text::Words(&t[n..]);
            w.spaces();
            if !w.lit(":") {
                w = crate::text::Words(&t[n..]);
            }
            let rest = w.0;
            let value = t.len() - rest.trim_start_matches(char::is_whitespace).len();
            (rest.is_empty() || rest.starts_with(char::is_whitespace)).then_some((label, value))
        })
}

/// The label that item `k` is or opens with, and where its value starts
/// in the item's text: a label cell whose word the extractor broke over
/// lines ("On" / "derwerp") is a label too, with its value in the next
/// item.
fn label_of(sheet: &Sheet<'_, '_>, k: usize) -> Option<(Label, usize)> {
    let t = sheet.text(k);
    label_at(t).or_else(|| bold_label(t)).or_else(|| {
        let g = sheet.glued(k)?;
        let (label, after) = label_at(&g)?;
        (after == g.len()).then_some((label, sheet.text(k).len()))
    })
}

/// A label in Markdown's bold, its value after it ("**Ons kenmerk**
/// 5687928/11", as pymupdf4llm prints a bold label cell): the label and
/// where the value starts.
fn bold_label(t: &str) -> Option<(Label, usize)> {
    let inner = t.strip_prefix("**")?;
    let close = inner.find("**")?;
    let (label, after) = label_at(&inner[..close])?;
    (after == close).then(|| {
        let rest = &inner[close + 2..];
        (label, t.len() - rest.trim_start().len())
    })
}

/// A value that says nothing: "-", "–", "…" or a run of dots.
fn is_placeholder(v: &str) -> bool {
    v.chars()
        .all(|c| matches!(c, '-' | '–' | '.' | '_' | '…') || c.is_whitespace())
}

/// Whether `t` is a date and nothing else ("1 maart 2011").
pub(super) fn is_whole_date(t: &str) -> bool {
    let t = t.trim();
    date::day_month_at(t, None).is_some_and(|m| m.end == t.len() && m.date.is_some())
}

/// Whether value `v` can be the value of `label`, by what it is: a date is
/// never a subject, a reference has a digit, a date has one too.
fn fits(label: Label, v: &str) -> bool {
    match label {
        Label::Date | Label::Ours | Label::Yours => v.bytes().any(|b| b.is_ascii_digit()),
        Label::Subject => !is_whole_date(v),
        Label::Attachments | Label::Other => true,
    }
}

/// pdfplumber prints a line of the letterhead's right column on the line
/// of the left column that shares its baseline: a reference label stands
/// alone ("Ons kenmerk") and its value closes the date's line ("Datum 1
/// maart 2011 5687928/11"). In a date value: where the whole date ends,
/// and the span of the one word after it that can be a reference (it has
/// a digit), else `None`.
fn date_then_reference(v: &str) -> Option<(usize, usize, usize)> {
    let m = date::day_month_at(v, None)?;
    m.date?;
    let rest = &v[m.end..];
    let word = rest.trim_start();
    let from = m.end + rest.len() - word.len();
    let word = word.trim_end();
    (from > m.end
        && !word.is_empty()
        && !word.contains(char::is_whitespace)
        && fits(Label::Ours, word))
    .then_some((m.end, from, from + word.len()))
}

/// A converter that runs the letterhead's cells together prints the next
/// field on the date's line (pymupdf4llm: "Datum 1 maart 2011 Onderwerp
/// Draagmoederschap"). In a date value: where the whole date ends, the label
/// after it, where that label starts and where its value starts, else
/// `None`.
fn date_then_label(v: &str) -> Option<(usize, Label, usize, usize)> {
    let m = date::day_month_at(v, None)?;
    m.date?;
    let rest = &v[m.end..];
    let from = m.end + rest.len() - rest.trim_start().len();
    let (label, after) = label_at(&v[from..]).filter(|&(l, _)| l != Label::Other)?;
    let value = v[from + after..].trim();
    (from > m.end && !value.is_empty() && !is_placeholder(value) && fits(label, value)).then_some((
        m.end,
        label,
        from,
        from + after,
    ))
}

/// The date that opens the value of the "Datum" label at item `k` (value
/// item `v`, from byte `at`, `date_end` bytes long) where another field
/// closes its line: kept with the dates and as the date field. Returns the
/// source offset of the value.
fn date_first<'a>(
    sheet: &Sheet<'a, '_>,
    (k, v, at): (usize, usize, usize),
    date_end: usize,
    dates: &mut Vec<DateField>,
    letter: &mut Letter<'a>,
) -> usize {
    let date_text = &sheet.text(v)[at..at + date_end];
    let base = sheet.span(v).start + at;
    dates.push(DateField {
        item: k,
        date: date::parse_date(date_text, None),
    });
    letter.fields.push(LetterField {
        name: Label::Date.name().into(),
        text: sheet.sub(v, date_text),
        span: Span::new(sheet.span(k).start, base + date_end),
    });
    sheet.claim(k, Part::Field);
    sheet.claim(v, Part::Field);
    base
}

/// A dated value read from a "Datum" label: where, and what it says.
struct DateField {
    item: usize,
    date: Option<chrono::NaiveDate>,
}

/// Read the labelled fields, the return address, the salutation, the
/// closing and a "Den Haag, …" date line.
///
/// The first page wins: a value that a later page's running header prints
/// again (the date, the reference) is kept as a field but does not replace
/// the first, and of several dates the one printed with the subject is the
/// letter's (Word extractors may put the headers of later pages first).
///
/// A "Bijlage" label after the closing formula that titles a prose annex
/// ([`super::opens_prose_annex`]) is no letterhead field: the annex is read
/// with the rest of what follows the signature. Only before item `head`,
/// where a letterhead printed after everything starts.
pub(super) fn read<'a>(sheet: &Sheet<'a, '_>, head: usize, letter: &mut Letter<'a>) -> Marks {
    let mut marks = Marks::default();
    let mut dates: Vec<DateField> = Vec::new();
    let mut subject_at: Option<usize> = None;
    // A "Datum" label whose value the extractor printed further on
    // ("Datum", "Onderwerp Draagmoederschap", "1 maart 2011").
    let mut pending_date: Option<usize> = None;
    // A reference label printed without its value ("Ons kenmerk"), whose
    // value may close the date's line ([`date_then_reference`]).
    let mut pending_reference: Option<(usize, Label)> = None;
    let n = sheet.len();
    for k in 0..n {
        if !sheet.is_free(k) {
            continue;
        }
        let t = sheet.text(k);
        let o = sheet.opening(k);
        if let Some((label, after)) = (o & LABEL != 0).then(|| label_of(sheet, k)).flatten() {
            if label == Label::Attachments
                && marks.closing.is_some_and(|c| c < k)
                && k < head
                && super::opens_prose_annex(sheet, k, head)
            {
                continue;
            }
            // The value: on the label's line, else on one of the next lines
            // that is no label.
            let value = if after < t.len() {
                Some((k, after))
            } else {
                (k + 1..n.min(k + 3))
                    .take_while(|&j| sheet.items[j].line <= sheet.items[k].line + 4)
                    .find(|&j| sheet.is_free(j) && field_label(sheet.text(j)).is_none())
                    .filter(|&j| {
                        // Only the next line, or one after a date that
                        // belongs to a pending "Datum".
                        j == k + 1 || (pending_date.is_some() && is_whole_date(sheet.text(k + 1)))
                    })
                    .map(|j| (j, 0))
            };
            let value = value.filter(|&(v, at)| {
                let vt = sheet.text(v)[at..].trim();
                !is_placeholder(vt) && fits(label, vt)
            });
            let Some((v, at)) = value else {
                if label == Label::Date {
                    pending_date = Some(k);
                }
                if matches!(label, Label::Ours | Label::Yours) {
                    pending_reference = Some((k, label));
                }
                // A label without value ("Ons kenmerk", "-") is part of the
                // letterhead all the same.
                sheet.claim(k, Part::Letterhead);
                if let Some(j) = (k + 1 < n).then_some(k + 1)
                    && sheet.is_free(j)
                    && is_placeholder(sheet.text(j))
                {
                    sheet.claim(j, Part::Letterhead);
                }
                continue;
            };
            if label == Label::Subject
                && let Some(first) = &letter.subject
            {
                // The subject is printed once, on the first page; a copy of
                // it (docx2txt prints a text box twice) is the same field.
                let (text, vspan) = sheet.clean_from(v, at);
                if text.trim() == first.trim() {
                    sheet.claim(k, Part::Field);
                    sheet.claim(v, Part::Field);
                    letter.fields.push(LetterField {
                        name: label.name().into(),
                        text,
                        span: sheet.span(k).cover(vspan),
                    });
                }
                continue;
            }
            if label == Label::Date
                && let Some((r, ref_label)) = pending_reference
                && sheet.frags(v).len() == 1
                && let Some((date_end, from, to)) = date_then_reference(&sheet.text(v)[at..])
            {
                pending_reference = None;
                let base = date_first(sheet, (k, v, at), date_end, &mut dates, letter);
                let reference = sheet.sub(v, &sheet.text(v)[at + from..at + to]);
                ref_label.fill(letter, &reference);
                letter.fields.push(LetterField {
                    name: ref_label.name().into(),
                    text: reference,
                    span: sheet.span(r).cover(Span::new(base + from, base + to)),
                });
                sheet.claim(r, Part::Field);
                continue;
            }
            if label == Label::Date
                && sheet.frags(v).len() == 1
                && let Some((date_end, next, label_at, next_at)) =
                    date_then_label(&sheet.text(v)[at..])
            {
                // Two fields on one line ("Datum 1 maart 2011 Onderwerp
                // Draagmoederschap"): the date, and the next label's value.
                let base = date_first(sheet, (k, v, at), date_end, &mut dates, letter);
                let end = sheet.text(v).trim_end().len();
                let value = sheet.sub(v, &sheet.text(v)[at + next_at..end]);
                if next == Label::Subject {
                    subject_at = Some(k);
                }
                next.fill(letter, &value);
                letter.fields.push(LetterField {
                    name: next.name().into(),
                    span: Span::new(base + label_at, base + next_at + value.len()),
                    text: value,
                });
                continue;
            }
            let (mut text, vspan) = sheet.clean_from(v, at);
            let mut span = sheet.span(k).cover(vspan);
            if label == Label::Subject {
                for j in continuation(sheet, v, at) {
                    let (more, s) = sheet.clean_from(j, 0);
                    text = Cow::Owned(format!("{} {}", text.trim_end(), more));
                    span = span.cover(s);
                    sheet.claim(j, Part::Field);
                }
                subject_at = Some(k);
            }
            sheet.claim(k, Part::Field);
            sheet.claim(v, Part::Field);
            if label == Label::Other {
                sheet.claim(k, Part::Letterhead);
                sheet.claim(v, Part::Letterhead);
                continue;
            }
            if label == Label::Date {
                // Every dated value is kept as a field, so that an
                // unreadable or impossible one can be reported with its span.
                dates.push(DateField {
                    item: k,
                    date: date::parse_date(text.trim(), None),
                });
            }
            label.fill(letter, &text);
            letter.fields.push(LetterField {
                name: label.name().into(),
                text,
                span,
            });
            continue;
        }
        if let Some(d) = pending_date
            && k <= d + 8
            && is_whole_date(t)
        {
            pending_date = None;
            dates.push(DateField {
                item: d,
                date: date::parse_date(t, None),
            });
            letter.fields.push(LetterField {
                name: "date".into(),
                text: sheet.clean(k),
                span: sheet.span(d).cover(sheet.span(k)),
            });
            sheet.claim(d, Part::Field);
            sheet.claim(k, Part::Field);
            continue;
        }
        // "> Retouradres …", its ">" escaped as Markdown or HTML prints it
        // ("\>", "&gt;").
        if o == 0 && !t.starts_with(['>', 'R', '\\', '&']) {
            continue;
        }
        if marks.salutation.is_none() && o & GREETING != 0 && SALUTATION.is_match(t) {
            marks.salutation = Some(k);
            letter.salutation = Some(sheet.cow(k));
            letter.fields.push(LetterField {
                name: "salutation".into(),
                text: sheet.cow(k),
                span: sheet.span(k),
            });
            sheet.claim(k, Part::Salutation);
        } else if marks.closing.is_none() && o & GREETING != 0 && CLOSING.is_match(t) {
            marks.closing = Some(k);
            letter.closing = Some(sheet.sub(k, t.trim_end_matches(',')));
            letter.fields.push(LetterField {
                name: "closing".into(),
                text: sheet.cow(k),
                span: sheet.span(k),
            });
            sheet.claim(k, Part::Closing);
        } else if marks.date_line.is_none()
            && o & PLACE != 0
            && let Some(at) = super::publisher::date_line(t)
        {
            marks.date_line = Some(k);
            dates.push(DateField {
                item: k,
                date: date::parse_date(&t[at..], None),
            });
            letter.fields.push(LetterField {
                name: "date".into(),
                text: sheet.sub(k, &t[at..]),
                span: sheet.span(k),
            });
            sheet.claim(k, Part::Field);
        } else if letter.return_address.is_none()
            && let Some(at) = RETOURADRES.find(t.as_bytes())
        {
            let at = at + "Retouradres".len();
            // A merged cell printed once for each column it spans, apart
            // by a tab (python-docx's row cells): once.
            let rest = match t[at..].split_once('\t') {
                Some((a, b)) if b.trim() == t[..at + a.len()].trim() => a,
                _ => &t[at..],
            };
            let mut text = sheet.collapsed(k, rest);
            let mut span = sheet.span(k);
            sheet.claim(k, Part::Field);
            // A narrow column wraps the address ("> Retouradres Postbus" /
            // "20301 2500 EH Den" / "Haag").
            let mut j = k + 1;
            while j < n
                && sheet.is_free(j)
                && !sheet.items[j].gap
                && address_goes_on(&text, sheet.text(j))
            {
                text = Cow::Owned(format!(
                    "{} {}",
                    text,
                    crate::text::collapse_ws(sheet.text(j))
                ));
                span = span.cover(sheet.span(j));
                sheet.claim(j, Part::Field);
                j += 1;
            }
            if let Some(copy) = sheet.claim_repeat(k, j, Part::Field) {
                span = span.cover(copy);
            }
            letter.return_address = Some(text.clone());
            letter.fields.push(LetterField {
                name: "return_address".into(),
                text,
                span,
            });
        }
    }
    // The letter's date: the one printed with the subject, else the first.
    let chosen = match subject_at {
        Some(s) => dates.iter().min_by_key(|d| d.item.abs_diff(s)),
        None => dates.first(),
    };
    letter.date = chosen.and_then(|d| d.date);
    // The fields in the order they are printed.
    letter.fields.sort_by_key(|f| f.span.start);
    marks
}

/// Whether the return address `so_far` goes on on the next line `next`: it
/// has no postcode and city yet, or its city is cut after an article ("Den"
/// / "Haag").
fn address_goes_on(so_far: &str, next: &str) -> bool {
    if next.len() > 30 || field_label(next).is_some() {
        return false;
    }
    let b = so_far.as_bytes();
    let postcode =
        (0..b.len().saturating_sub(6)).any(|i| super::sender::opens_with_postcode(&b[i..]));
    let last = so_far.rsplit(' ').next().unwrap_or_default();
    !postcode
        || ["Den", "De", "Het", "'s", "’s"]
            .iter()
            .any(|a| a.eq_ignore_ascii_case(last))
}

/// The lines that continue a subject printed over several lines from item
/// `v` (value at byte `at`): lines set in the value's column (a table that
/// the extractor laid out with spaces), or in wrapped text the lines up to
/// the end of the subject's block (a blank line, the salutation, a label),
/// as long as they do not run on as a paragraph.
fn continuation(sheet: &Sheet<'_, '_>, v: usize, at: usize) -> Vec<usize> {
    let column = |k: usize| sheet.column(k);
    let value_col = column(v) + sheet.text(v)[..at].chars().count();
    let ends_block = |j: usize| {
        j >= sheet.len() || sheet.items[j].gap || {
            let t = sheet.text(j);
            field_label(t).is_some() || SALUTATION.is_match(t) || !sheet.is_free(j)
        }
    };
    let mut out = Vec::new();
    let mut j = v + 1;
    while j < sheet.len() && out.len() < 4 && sheet.is_free(j) && !sheet.items[j].gap {
        let t = sheet.text(j);
        if field_label(t).is_some() || SALUTATION.is_match(t) {
            break;
        }
        let aligned = at > 0 && column(j) == value_col;
        let wrapped = sheet.joiner.layout == Layout::Wrapped && ends_block(j + 1);
        if !(aligned || wrapped) {
            break;
        }
        out.push(j);
        j += 1;
    }
    out
}

/// What a line may open as, told by its first words: a cheap test before
/// the exact readers. A set of the constants below.
pub(super) type Opening = u16;
/// A letterhead label ("Datum", "Ons kenmerk").
pub(super) const LABEL: Opening = 1;
/// A salutation or closing formula.
pub(super) const GREETING: Opening = 2;
/// The publisher's place and date ("Den Haag, …").
pub(super) const PLACE: Opening = 4;
/// A signatory's role ("De minister van …"), or the "Mede namens …" line
/// above it.
pub(super) const ROLE: Opening = 8;
/// The opening words of a cover letter ("In antwoord op uw brief …").
pub(super) const OPENER: Opening = 16;
/// The opening words of the title of an annex with answers ("Antwoorden
/// van …", "Beantwoording …").
pub(super) const ANNEX: Opening = 32;
/// The publisher's heading ("Nr. 6 BRIEF VAN …", "34300 J 32 Brief van …").
pub(super) const HEAD: Opening = 64;
/// The addressee ("Aan de Voorzitter …", "De voorzitter van …").
pub(super) const ADDRESSEE: Opening = 128;
/// An address line ("Postbus 20301", "2511 DP Den Haag").
pub(super) const ADDRESS: Opening = 256;

/// What line `t` may open as (see [`Opening`]); 0 for most lines.
pub(super) fn opening(t: &str) -> Opening {
    head_opening(t) | body_opening(t)
}

/// The words [`head_opening`] looks for, in lower case: their first two
/// letters make [`HEAD_PAIRS`], their first three [`HEAD_TRIPLES`].
const HEAD_WORDS: [&str; 17] = [
    "geachte",
    "hooggeachte",
    "hoogachtend",
    "zeer",
    "met ",
    "datum",
    "betreft",
    "bijlage",
    "onderwerp",
    "onze",
    "ons",
    "uw",
    "kenmerk",
    "kopie aan",
    "projectnaam",
    "afschrift aan",
    "referentie",
];

/// For each first byte of a line, the second letters (bit `c - b'a'`, in
/// either case) with which one of [`HEAD_WORDS`] starts: two table reads
/// tell most lines apart, without a jump on the first letter.
static HEAD_PAIRS: [u32; 256] = head_pairs();

const fn head_pairs() -> [u32; 256] {
    let mut t = [0u32; 256];
    let mut i = 0;
    while i < HEAD_WORDS.len() {
        let w = HEAD_WORDS[i].as_bytes();
        let bit = 1u32 << (w[1] - b'a');
        t[w[0] as usize] |= bit;
        t[w[0].to_ascii_uppercase() as usize] |= bit;
        i += 1;
    }
    t
}

/// For each pair of first letters of [`HEAD_WORDS`] (in lower case, at
/// `26 * first + second`), the third letters (bit `c - b'a'`), or
/// [`ANY_THIRD`] for "uw", which any byte may follow: many lines open with
/// such a pair ("Bent u …", "Hoe …", "Regering …"), few go on like one of
/// the words.
static HEAD_TRIPLES: [u32; 26 * 26] = head_triples();

/// In [`HEAD_TRIPLES`]: the word is two letters long.
const ANY_THIRD: u32 = 1 << 26;

const fn head_triples() -> [u32; 26 * 26] {
    let mut t = [0u32; 26 * 26];
    let mut i = 0;
    while i < HEAD_WORDS.len() {
        let w = HEAD_WORDS[i].as_bytes();
        let at = (w[0] - b'a') as usize * 26 + (w[1] - b'a') as usize;
        t[at] |= if w.len() > 2 && w[2].is_ascii_lowercase() {
            1 << (w[2] - b'a')
        } else {
            ANY_THIRD
        };
        i += 1;
    }
    t
}

/// What line `t` may open as among the labels, salutations and closings:
/// the test the noise pass makes of every line. The first three letters
/// pick the few words to compare.
#[inline]
pub(super) fn head_opening(t: &str) -> Opening {
    let b = t.as_bytes();
    let (Some(&first), Some(&second)) = (b.first(), b.get(1)) else {
        return 0;
    };
    // A letter in either case: `| 0x20` is its lower case (and no other
    // byte's `| 0x20` is a lower-case letter but its capital's).
    let second = (second | 0x20).wrapping_sub(b'a');
    if second >= 26 || (HEAD_PAIRS[first as usize] >> second) & 1 == 0 {
        return 0;
    }
    // `first` is a letter: only letters have pairs.
    let thirds = HEAD_TRIPLES[usize::from((first | 0x20) - b'a') * 26 + usize::from(second)];
    let third = b.get(2).map_or(u8::MAX, |&c| (c | 0x20).wrapping_sub(b'a'));
    if thirds & ANY_THIRD == 0 && (third >= 26 || (thirds >> third) & 1 == 0) {
        return 0;
    }
    head_words(b, first)
}

/// [`head_opening`] of a line whose first three letters are those of one of
/// [`HEAD_WORDS`]: kept out of line, so that the letter tests inline
/// into the noise pass's loop over every line.
#[inline(never)]
fn head_words(b: &[u8], first: u8) -> Opening {
    // The first letter picks the few words to compare.
    let starts = |p: &[u8]| begins(b, p);
    let when = |c: bool, o: Opening| if c { o } else { 0 };
    match first | 0x20 {
        b'g' => when(starts(b"geachte"), GREETING),
        b'h' => when(starts(b"hooggeachte") || starts(b"hoogachtend"), GREETING),
        b'z' => when(starts(b"zeer"), GREETING),
        b'm' => when(starts(b"met "), GREETING),
        b'd' => when(starts(b"datum"), LABEL),
        b'b' => when(starts(b"betreft") || starts(b"bijlage"), LABEL),
        b'o' => when(
            starts(b"onderwerp") || starts(b"onze") || starts(b"ons"),
            LABEL,
        ),
        b'u' => when(starts(b"uw"), LABEL),
        b'k' => when(starts(b"kenmerk") || starts(b"kopie aan"), LABEL),
        b'p' => when(starts(b"projectnaam"), LABEL),
        b'a' => when(starts(b"afschrift aan"), LABEL),
        b'r' => when(starts(b"referentie"), LABEL),
        _ => 0,
    }
}

/// What line `t` may open as among the lines that count only in the
/// letter's part before the questions: the publisher's date line, a role,
/// the opening of a cover letter.
pub(super) fn body_opening(t: &str) -> Opening {
    opening_in::<true>(t)
}

/// [`body_opening`]; the lines that start with a digit or a "p" (an
/// address, a numbered publisher's heading) are read only when `ALL`:
/// [`looks_like_letter`] asks every line before the questions for the
/// place, the opener and the role alone, and such lines are common.
#[inline]
fn opening_in<const ALL: bool>(t: &str) -> Opening {
    let b = t.as_bytes();
    let starts = |p: &[u8]| begins(b, p);
    let when = |c: bool, o: Opening| if c { o } else { 0 };
    let lower = |i: usize| b.get(i).map_or(0, u8::to_ascii_lowercase);
    match (lower(0), lower(1)) {
        (b'h', b'i') => when(starts(b"hierbij "), OPENER),
        (b'a', b'a') => when(starts(b"aan de ") || starts(b"aan: "), ADDRESSEE),
        (b'n', b'r') => HEAD,
        (b'b', b'r') => when(starts(b"brief van"), HEAD),
        (b'p', _) if ALL => when(super::sender::is_address(t), ADDRESS),
        (b'0'..=b'9', _) if ALL => HEAD | when(super::sender::is_address(t), ADDRESS),
        (b'm', b'e') => when(starts(b"met "), OPENER) | when(starts(b"mede namens"), ROLE),
        (b'm', b'i') => when(starts(b"minister"), ROLE),
        (b'n', b'a') => when(starts(b"naar aanleiding van uw brief"), OPENER),
        (b'd', b'e') => {
            // "de" and a space (or a no-break space), then the next word.
            let next = match b.get(2) {
                Some(b' ' | b'\t') => lower(3),
                Some(0xC2) => lower(4),
                _ => 0,
            };
            match (lower(2), next) {
                (b'n', _) => when(starts(b"den haag,"), PLACE),
                (b'm', _) => when(starts(b"demissionair"), ROLE),
                (_, b'm') => when(starts(b"de minister"), ROLE),
                (_, b's') => when(starts(b"de staatssecretaris"), ROLE),
                (_, b'd') => when(starts(b"de demissionair"), ROLE),
                (_, b'v') => when(starts(b"de voo"), ADDRESSEE),
                _ => 0,
            }
        }
        (b'i', b'n') => when(
            starts(b"in antwoord op") || starts(b"in het antwoord op"),
            OPENER,
        ),
        (b'a', b'n') => when(starts(b"antwoord"), ANNEX),
        // An annex title in Markdown bold ("**Antwoorden van …").
        (b'*', b'*') => opening_in::<ALL>(&t[2..]) & ANNEX,
        (b'b', b'e') => when(starts(b"beantwoording "), ANNEX),
        (b's', b'-') => when(starts(b"s-gravenhage,"), PLACE),
        (b's', b't') => when(starts(b"staatssecretaris"), ROLE),
        (b'\'', _) => when(begins(&b[1..], b"s-gravenhage,"), PLACE),
        // A right single quotation mark, U+2019.
        (0xE2, 0x80) => when(
            b.starts_with("’".as_bytes()) && begins(&b[3..], b"s-gravenhage,"),
            PLACE,
        ),
        _ => 0,
    }
}

/// Whether a line may open like a letterhead label, a salutation or a
/// closing: the noise pass asks this of every line, so that
/// [`looks_like_letter`] need not look at every line.
#[inline]
pub(crate) fn may_be_letter_line(t: &str) -> bool {
    head_opening(t) != 0
}

/// Whether `b` starts with the ASCII words `p` in any case, a space in `p`
/// matching one space, tab or no-break space: the cheap first test of a
/// line, before the exact readers.
pub(super) fn begins(b: &[u8], p: &[u8]) -> bool {
    let mut i = 0;
    for &c in p {
        match (c, b.get(i)) {
            (b' ', Some(b' ' | b'\t')) => i += 1,
            (b' ', Some(0xC2)) if b.get(i + 1) == Some(&0xA0) => i += 2,
            (c, Some(x)) if c != b' ' && x.eq_ignore_ascii_case(&c) => i += 1,
            _ => return false,
        }
    }
    true
}

/// A letterhead label at the start of the line, checked cheaply before the
/// regex.
pub(super) fn field_label(t: &str) -> Option<(Label, usize)> {
    if head_opening(t) & LABEL != 0 {
        label_at(t)
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

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(4000))]
        /// The two- and three-letter tables reject no line that one of
        /// the words opens: the test agrees with comparing the words themselves, on
        /// the words in any case, cut short, with other bytes after them,
        /// and on any text.
        #[test]
        fn head_pairs_reject_no_head_word(
            w in 0..HEAD_WORDS.len(),
            cut in 0usize..16,
            upper in proptest::collection::vec(proptest::bool::ANY, 16),
            rest in "[ \u{a0}\ta-zA-Z:,.ÀÉ0-9]{0,6}",
            any in ".{0,8}",
        ) {
            let word: String = HEAD_WORDS[w]
                .chars()
                .zip(&upper)
                .map(|(c, &u)| if u { c.to_ascii_uppercase() } else { c })
                .collect();
            let cut = crate::text::floor_char_boundary(&word, cut);
            for t in [format!("{}{}", &word[..cut], rest), format!("{word}{rest}"), any] {
                let want = t.as_bytes().first().map_or(0, |&f| head_words(t.as_bytes(), f));
                proptest::prop_assert_eq!(head_opening(&t), want, "{:?}", t);
            }
        }
    }
}
