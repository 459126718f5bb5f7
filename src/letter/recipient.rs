//! The addressee block ("Aan de Voorzitter van de Tweede Kamer der
//! Staten-Generaal", "Postbus 20018", "2500 EA DEN HAAG").

use std::borrow::Cow;

use once_cell::sync::Lazy;
use regex::Regex;

use super::letterhead::field_label;
use super::sheet::{Part, Sheet};
use crate::model::{Chamber, Letter, Recipient};

static RECIPIENT: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)^(?:aan\s+)?de\s+voorzitter\s+van\s+de\s+(tweede|eerste)\s+kamer")
        .expect("recipient")
});

/// Read the addressee block: its first line and the address lines that
/// follow without a blank line.
pub(super) fn read<'a>(sheet: &mut Sheet<'a, '_>, letter: &mut Letter<'a>) {
    let Some(k) = (0..sheet.len()).find(|&k| RECIPIENT.is_match(sheet.text(k))) else {
        return;
    };
    let first = sheet.text(k);
    let chamber = if first.to_lowercase().contains("eerste kamer") {
        Chamber::EersteKamer
    } else {
        Chamber::TweedeKamer
    };
    let mut r = Recipient {
        chamber: Some(chamber),
        ..Recipient::default()
    };
    let mut span = sheet.span(k);
    for j in (k..sheet.len()).take(5) {
        let t = sheet.text(j);
        if j > k && (field_label(t).is_some() || !sheet.is_free(j) || sheet.items[j].gap) {
            break;
        }
        r.lines.push(Cow::Borrowed(t));
        sheet.claim(j, Part::Recipient);
        span = span.cover(sheet.span(j));
    }
    r.span = Some(span);
    letter.recipient = Some(r);
}
