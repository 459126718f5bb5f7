//! The addressee block ("Aan de Voorzitter van de Tweede Kamer der
//! Staten-Generaal", "Postbus 20018", "2500 EA DEN HAAG").

use once_cell::sync::Lazy;
use regex::Regex;

use super::letterhead::field_label;
use super::sheet::{Part, Sheet};
use crate::model::{Chamber, Letter, Recipient};

/// "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal", "De
/// voorzitter van de Tweede" (wrapped), "Aan de vaste commissie voor …".
static RECIPIENT: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)^(?:aan\s+de\s+(?:voorzitter|vaste\s+commissie|minister|staatssecretaris)|de\s+voorzitter\s+van)(?-u:\b)")
        .expect("recipient")
});

/// Whether `t` opens the addressee block: the addressee, on a line of its
/// own (not a sentence that starts with "De voorzitter van …").
pub(super) fn is_first_line(t: &str) -> bool {
    t.len() <= 90
        && t.starts_with(['A', 'a', 'D', 'd'])
        && !t.ends_with(['.', ':', '?'])
        && (RECIPIENT.is_match(t) || broken_words(t))
}

/// Whether the addressee block goes on at item `j` after one blank line,
/// as extractors print every paragraph apart (docx2txt): with the rest of
/// the addressee ("der Staten-Generaal") or an address line.
fn goes_on_after_blank(sheet: &Sheet<'_, '_>, j: usize) -> bool {
    let t = sheet.text(j);
    // The city after "Postbus 20018 2500 EA".
    let city = || {
        sheet.text(j - 1).starts_with(['P', 'p'])
            && super::sender::is_address(sheet.text(j - 1))
            && t.len() <= 24
            && t.starts_with(|c: char| c.is_uppercase())
            && !t.bytes().any(|b| b.is_ascii_digit())
    };
    sheet.items[j].blanks == 1
        && (super::lead(t, "der staten-generaal").is_some()
            || super::lead(t, "kamer der staten-generaal").is_some()
            || super::sender::is_address(t)
            || city())
}

/// The addressee printed in a narrow table column that broke its words
/// ("Aan de Voo rzitter van de Tweede Kamer"): read without the spaces.
fn broken_words(t: &str) -> bool {
    let mut squeezed = t
        .bytes()
        .filter(|b| !b.is_ascii_whitespace())
        .map(|b| b.to_ascii_lowercase());
    let starts = |p: &[u8], s: &mut dyn Iterator<Item = u8>| p.iter().all(|&c| s.next() == Some(c));
    let mut other = squeezed.clone();
    starts(b"aandevoorzitter", &mut squeezed) || starts(b"devoorzittervan", &mut other)
}

/// Read the addressee block: its first line and the address lines that
/// follow without a blank line.
pub(super) fn read<'a>(sheet: &Sheet<'a, '_>, letter: &mut Letter<'a>) {
    let Some(k) = (0..sheet.len()).find(|&k| {
        // A broken addressee ("Aan de Voo rzitter") opens like one too.
        sheet.opening(k) & super::letterhead::ADDRESSEE != 0
            && sheet.is_free(k)
            && is_first_line(sheet.text(k))
    }) else {
        return;
    };
    let mut r = Recipient::default();
    let mut span = sheet.span(k);
    for j in (k..sheet.len()).take(5) {
        let t = sheet.text(j);
        if j > k
            && (field_label(t).is_some()
                || !sheet.is_free(j)
                || sheet.items[j].gap && !sheet.same_cell(k, j) && !goes_on_after_blank(sheet, j)
                || t.len() > 60
                || super::publisher::date_line(t).is_some())
        {
            break;
        }
        r.lines.push(sheet.collapsed(j, t));
        sheet.claim(j, Part::Recipient);
        span = span.cover(sheet.span(j));
    }
    if let Some(copy) = sheet.claim_repeat(k, k + r.lines.len(), Part::Recipient) {
        span = span.cover(copy);
    }
    // The chamber, named over the first two lines ("… van de Tweede" /
    // "Kamer der Staten-Generaal").
    let head: String = r
        .lines
        .iter()
        .take(2)
        .map(|l| l.to_lowercase())
        .collect::<Vec<_>>()
        .join(" ");
    r.chamber = if head.contains("tweede kamer") {
        Some(Chamber::TweedeKamer)
    } else if head.contains("eerste kamer") {
        Some(Chamber::EersteKamer)
    } else {
        None
    };
    r.span = Some(span);
    letter.recipient = Some(r);
}
