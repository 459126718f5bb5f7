//! The sender: the ministry and the colofon printed beside the letterhead
//! (directorate, address lines, website).

use std::borrow::Cow;

use super::letterhead::field_label;
use super::sheet::{Part, Sheet};
use crate::model::{Letter, Sender};

/// Read the colofon that starts at the "Ministerie van …" line.
pub(super) fn read<'a>(sheet: &mut Sheet<'a, '_>, letter: &mut Letter<'a>) {
    let Some(k) = (0..sheet.len()).find(|&k| sheet.text(k).starts_with("Ministerie van")) else {
        return;
    };
    let mut org = sheet.text(k).to_string();
    let mut sender = Sender::default();
    let mut span = sheet.span(k);
    // "Ministerie van" may wrap ("Ministerie van\nInf rastructuur en\nWaterstaat").
    let mut k2 = k + 1;
    while org.ends_with(" van") || org.ends_with(" en") {
        if k2 >= sheet.len() {
            break;
        }
        org.push(' ');
        org.push_str(sheet.text(k2));
        span = span.cover(sheet.span(k2));
        sheet.claim(k2, Part::Sender);
        k2 += 1;
    }
    sheet.claim(k, Part::Sender);
    for j in (k2..sheet.len()).take(10) {
        let t = sheet.text(j);
        if field_label(t).is_some() || !sheet.is_free(j) {
            break;
        }
        if t.starts_with("www.") {
            sender.website = Some(Cow::Borrowed(t));
        } else {
            sender.lines.push(Cow::Borrowed(t));
        }
        sheet.claim(j, Part::Sender);
        span = span.cover(sheet.span(j));
    }
    sender.organisation = Some(Cow::Owned(crate::text::collapse_ws_string(org)));
    sender.span = Some(span);
    letter.sender = Some(sender);
}
