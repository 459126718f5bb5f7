//! The letter as the official publisher prints it (officielebekendmakingen,
//! domain.md §1.4): the dossier and number, the heading that names who
//! writes ("Nr. 16 BRIEF VAN DE MINISTER VAN DEFENSIE"), the addressee, and
//! "Den Haag, 29 maart 2010" as the date. The web page adds its own
//! furniture around the letter ("Direct naar (in deze pagina): …",
//! "Download PDF", the metadata table, "Naar boven").

use once_cell::sync::Lazy;
use regex::Regex;

use super::lead;
use super::sheet::{Part, Sheet};
use crate::model::{Letter, LetterField};

/// "BRIEF VAN DE MINISTER VAN …", "Brief van de minister van …", "BRIEF
/// VAN DE MINISTERS …", "BRIEF VAN DE STAATSSECRETARIS …", after the
/// number of the publication ("Nr. 6", "nr. 16", "34300 J 32").
static HEADING: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"^(?:(?i:nr)\.?\s*[0-9]+\s+|[0-9][0-9\s]*(?:[A-Z]{1,4}\s+)?[0-9]+\s+)?(BRIEF\s+VAN\s+DE(?:\s+[A-Z]|\s*$)|Brief\s+van\s+de\s+[a-zA-Z])",
    )
    .expect("heading")
});

/// Where "Den Haag, 29 maart 2010" stands: the letter's place and date.
pub(super) fn date_line(t: &str) -> Option<usize> {
    let unquoted = t.trim_start_matches(['’', '\'']);
    let place = lead(t, "den haag,")
        .or_else(|| lead(unquoted, "s-gravenhage,").map(|n| n + t.len() - unquoted.len()))?;
    let date = t[place..].trim_start();
    let m = crate::date::day_month_at(date, None)?;
    // The date is all the line holds.
    date[m.end..]
        .trim()
        .trim_end_matches('.')
        .is_empty()
        .then_some(t.len() - date.len())
}

/// Whether `t` is the publisher's heading of a letter.
pub(super) fn is_heading(t: &str) -> bool {
    // After the number ("Nr. 6", "34300 J 32"), or the heading alone.
    t.len() < 300
        && t.starts_with(|c: char| c.is_ascii_digit() || matches!(c, 'N' | 'n' | 'B'))
        && HEADING.is_match(t)
}

/// Lines the publisher's web page prints around every document.
fn is_web_furniture(t: &str) -> bool {
    if !t.starts_with(['N', 'K', 'D', '•']) {
        return false;
    }
    let whole = |p: &str| lead(t, p).is_some_and(|n| n == t.len());
    whole("naar boven")
        || whole("kamerstuk")
        || lead(t.trim_start_matches(['•', ' ', '\u{a0}']), "download pdf").is_some()
        || lead(t, "direct naar (in deze pagina)").is_some()
        || t.starts_with("Datum publicatieOrganisatie")
}

/// Read the publisher's heading, and claim what the page prints before
/// it: web furniture and the publication's own lines (dossier, number),
/// which are kept as printed.
pub(super) fn read<'a>(sheet: &Sheet<'a, '_>, letter: &mut Letter<'a>) {
    // The heading is followed closely by the addressee or the date line.
    let heading = (0..sheet.len()).find(|&k| {
        sheet.is_free(k)
            && is_heading(sheet.text(k))
            && (k + 1..sheet.len().min(k + 6)).any(|j| {
                let t = sheet.text(j);
                date_line(t).is_some() || super::recipient::is_first_line(t)
            })
    });
    let Some(heading) = heading else { return };
    letter.heading = Some(sheet.cow(heading));
    letter.fields.push(LetterField {
        name: "heading".into(),
        text: sheet.cow(heading),
        span: sheet.span(heading),
    });
    sheet.claim(heading, Part::Field);
    let mut after_metadata = false;
    for k in 0..heading {
        let t = sheet.text(k);
        if is_web_furniture(t) {
            sheet.claim(k, Part::Furniture);
            after_metadata = t.starts_with("Datum publicatieOrganisatie");
        } else if after_metadata {
            // The metadata table's values, glued together by the page.
            sheet.claim(k, Part::Furniture);
            after_metadata = false;
        } else if sheet.is_free(k) {
            sheet.claim(k, Part::Letterhead);
        }
    }
    for k in heading..sheet.len() {
        if sheet.is_free(k) && is_web_furniture(sheet.text(k)) {
            sheet.claim(k, Part::Furniture);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_line_with_no_break_spaces() {
        assert_eq!(date_line("Den Haag, 21 december 2011"), Some(10));
        assert_eq!(
            date_line("Den\u{a0}Haag,\u{a0}21\u{a0}december\u{a0}2011"),
            Some(12)
        );
        assert_eq!(date_line("’s-Gravenhage, 3 juni 2008"), Some(17));
        assert_eq!(date_line("Den Haag, 21 december 2011 en verder"), None);
    }
}
