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
        sheet.opening(k) & super::letterhead::HEAD != 0
            && sheet.is_free(k)
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
        if !sheet.is_free(k) {
            continue;
        }
        let t = sheet.text(k);
        if is_web_furniture(t) || is_pdf_furniture(t) {
            sheet.claim(k, Part::Furniture);
            // The page number printed beside the footer.
            for j in [k.wrapping_sub(1), k + 1] {
                if j < sheet.len() && sheet.is_free(j) && is_page_number(sheet.text(j)) {
                    sheet.claim(j, Part::Furniture);
                }
            }
        }
    }
}

/// The publisher's PDF page furniture of a Kamerstuk: the page footer
/// ("Tweede Kamer, vergaderjaar 2009–2010, 31 243, nr. 16") and the
/// publication's id ("kst-31243-16").
fn is_pdf_furniture(t: &str) -> bool {
    let footer = || {
        let mut w = crate::text::Words(t);
        (w.lit("Tweede") || w.lit("Eerste"))
            && w.space()
            && w.lit("Kamer,")
            && w.space()
            && w.lit("vergaderjaar")
            && w.space()
            && w.digits(4)
            && w.one_of(&['–', '-', '—'])
            && w.digits(4)
            && w.lit(",")
            && t.len() < 120
            && PAGE_FOOTER_END.is_match(w.0)
    };
    let id = || {
        t.len() < 40
            && t.starts_with("kst-")
            && t.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
    };
    t.starts_with(['T', 'E', 'k']) && (footer() || id())
}

/// The rest of a Kamerstuk page footer after the vergaderjaar: the dossier
/// and number, and maybe the page number.
static PAGE_FOOTER_END: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"^\s*[0-9][0-9 ]*(?:\s+[A-Z]{1,4})?,\s*nr\.\s*[0-9]+(?:\s+[0-9]{1,3})?$")
        .expect("page footer end")
});

/// A page number alone on its line.
fn is_page_number(t: &str) -> bool {
    !t.is_empty() && t.len() <= 3 && t.bytes().all(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kamerstuk_pdf_furniture() {
        assert!(is_pdf_furniture(
            "Tweede Kamer, vergaderjaar 2009–2010, 31 243, nr. 16"
        ));
        assert!(is_pdf_furniture(
            "Tweede Kamer, vergaderjaar 2012-2013, 33 400 VIII, nr. 5 2"
        ));
        assert!(is_pdf_furniture("kst-31243-16"));
        assert!(!is_pdf_furniture(
            "Tweede Kamer, vergaderjaar 2009–2010, zoals de minister schreef, nr. 16 van de reeks"
        ));
        assert!(!is_pdf_furniture("Tweede Kamer der Staten-Generaal"));
    }

    #[test]
    fn headings() {
        for t in [
            "Nr. 6 BRIEF VAN DE MINISTER VAN BINNENLANDSE ZAKEN EN KONINKRIJKSRELATIES",
            "BRIEF VAN DE STAATSSECRETARIS VAN DEFENSIE",
            "34300 J 32 Brief van de minister van infrastructuur en milieu",
            "Nr. 529 BRIEF VAN DE MINISTERS VOOR MEDISCHE ZORG EN VAN LANDBOUW, NATUUR EN VOEDSELKWALITEIT",
        ] {
            assert!(is_heading(t), "{t}");
        }
        assert!(!is_heading("Brieven van burgers zijn welkom."));
        assert!(!is_heading("Nr. 6 is de brief waar het om gaat."));
    }

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
