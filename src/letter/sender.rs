//! The sender: the colofon printed beside the letterhead (the ministry or
//! directorate, its address lines, website and contact lines).
//!
//! The colofon is found by its address lines ("Postbus 20301", "2511 DP
//! Den Haag"), wherever the extractor put it: before the letterhead (Word
//! text boxes), or after the first page's text (PDF text). Its
//! organisation is the unit printed above the address ("Ministerie van
//! Defensie", "Directoraat-Generaal / Preventie, Jeugd en / Sancties"). A
//! later page repeats the organisation as a running header: those lines
//! are claimed too, so that they never end up in the body.

use std::borrow::Cow;

use super::letterhead::ADDRESS;
use super::sheet::{Part, Sheet};
use crate::model::{Letter, Sender};

/// What a colofon line is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// "Postbus 20301", "2511 DP Den Haag": an address line.
    Address,
    /// "Turfmarkt 147": a street and number.
    Street,
    /// "www.rijksoverheid.nl/jenv".
    Website,
    /// "T 070 426 64 26", "Contactpersoon", an e-mail address.
    Contact,
    /// "Ministerie van …", "Directoraat-Generaal …", "Directie …".
    Unit,
}

/// The start of the line without the spaces that letter-spaced PDF text
/// puts inside words ("P ostbus 20901", "2 5 15 XP D en Haag"), in `buf`:
/// enough to tell an address line.
fn squeezed<'b>(t: &str, buf: &'b mut [u8; 24]) -> &'b [u8] {
    let mut n = 0;
    for &c in t.as_bytes() {
        if n == buf.len() {
            break;
        }
        if !c.is_ascii_whitespace() {
            buf[n] = c;
            n += 1;
        }
    }
    &buf[..n]
}

/// Whether `t` is an address line: "Postbus 20301", "2511 DP Den Haag".
pub(super) fn is_address(t: &str) -> bool {
    let Some(&first) = t.as_bytes().first() else {
        return false;
    };
    if t.len() > 80 || !(first.is_ascii_digit() || matches!(first, b'P' | b'p')) {
        return false;
    }
    // "Postbus" (or "P ostbus") and four digits (or "2 5 00"): the second
    // byte tells most other lines apart.
    let second = t.as_bytes().get(1).copied().unwrap_or(0);
    if !(second.is_ascii_digit() || matches!(second, b'o' | b'O' | b' ')) {
        return false;
    }
    let mut buf = [0u8; 24];
    let b = squeezed(t, &mut buf);
    let postcode = b.len() > 6
        && b[..4].iter().all(u8::is_ascii_digit)
        && b[4..6].iter().all(u8::is_ascii_uppercase)
        && !b[6].is_ascii_digit();
    // "Postbus 20018", also with its postcode on the line.
    let postbus = b.len() > 7 && b[..7].eq_ignore_ascii_case(b"postbus") && b[7].is_ascii_digit();
    postcode || postbus
}

fn kind(t: &str) -> Option<Kind> {
    let first = *t.as_bytes().first()?;
    if t.len() > 80 {
        return None;
    }
    if is_address(t) {
        return Some(Kind::Address);
    }
    if t.starts_with("www.") || t.starts_with("http") {
        return Some(Kind::Website);
    }
    let contact = [
        "Contactpersoon",
        "Inlichtingen",
        "Telefoon",
        "E-mail",
        "Doorkiesnummer",
    ]
    .iter()
    .any(|p| t.starts_with(p))
        || (matches!(first, b'T' | b'F' | b'E' | b'M')
            && t[1..].starts_with(char::is_whitespace)
            && t[1..]
                .trim_start()
                .starts_with(|c: char| c.is_ascii_digit() || c == '+' || c == '('))
        || (!t.contains(' ') && t.contains('@'));
    if contact {
        return Some(Kind::Contact);
    }
    if is_unit(t) {
        return Some(Kind::Unit);
    }
    // "Turfmarkt 147", "Korte Voorhout 7", "Plein 4": words and a number.
    let (words, number) = t.rsplit_once(' ')?;
    let number = number.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    (!number.is_empty()
        && number.bytes().all(|b| b.is_ascii_digit())
        && words.starts_with(|c: char| c.is_uppercase())
        && !words.bytes().any(|b| b.is_ascii_digit())
        && words.split(' ').count() <= 3)
        .then_some(Kind::Street)
}

/// Whether `t` opens an organisational unit of the colofon.
fn is_unit(t: &str) -> bool {
    t.starts_with(['M', 'D', 'I', 'A', 'P'])
        && [
            "ministerie van",
            "directoraat-generaal",
            "directoraat generaal",
            "directie",
            "dienst ",
            "inspectie ",
            "agentschap ",
            "programma ",
        ]
        .iter()
        .filter(|p| p.as_bytes()[0] == t.as_bytes()[0].to_ascii_lowercase())
        .any(|p| super::lead(t, p).is_some())
}

/// Whether a unit's name goes on on the next line: the line ends in a word
/// that cannot end a name, or is only the kind of unit.
fn wraps(t: &str) -> bool {
    let t = t.trim_end();
    if t.ends_with([',', '-']) {
        return true;
    }
    let (before, last) = t.rsplit_once(char::is_whitespace).unwrap_or(("", t));
    matches!(last, "van" | "en" | "voor" | "de" | "der")
        || (before.is_empty() && matches!(last, "Directoraat-Generaal" | "Directie" | "Ministerie"))
        || super::lead(t, "directoraat generaal").is_some_and(|n| n == t.len())
}

/// Read the colofon: its address block, the unit above it, and later
/// repetitions of that unit.
pub(super) fn read<'a>(sheet: &Sheet<'a, '_>, letter: &mut Letter<'a>) {
    let n = sheet.len();
    let short = |sheet: &Sheet<'_, '_>, k: usize| sheet.is_free(k) && sheet.text(k).len() <= 60;
    let Some(anchor) = (0..n).find(|&k| sheet.opening(k) & ADDRESS != 0 && sheet.is_free(k)) else {
        run_together(sheet, letter);
        return;
    };
    // Back from the address over the street and the units, to the first
    // unit line.
    let mut start = anchor;
    let mut j = anchor;
    while j > 0 && anchor - j < 10 && short(sheet, j - 1) {
        j -= 1;
        let t = sheet.text(j);
        if matches!(kind(t), Some(Kind::Unit)) {
            start = j;
        } else if kind(t).is_none() && !is_unit_tail(t) {
            break;
        }
    }
    if start == anchor {
        // No unit: the street line above the address starts the block.
        while start > 0
            && short(sheet, start - 1)
            && kind(sheet.text(start - 1)) == Some(Kind::Street)
        {
            start -= 1;
        }
    }
    // On from the address over the colofon's lines: a short line between
    // two of them (an internal mail code, "MPC 58 B") belongs too.
    let mut end = anchor + 1;
    while end < n && short(sheet, end) {
        if kind(sheet.text(end)).is_some() {
            end += 1;
        } else if end + 1 < n
            && sheet.text(end).len() <= 20
            && short(sheet, end + 1)
            && matches!(
                kind(sheet.text(end + 1)),
                Some(Kind::Address | Kind::Street)
            )
        {
            end += 2;
        } else {
            break;
        }
    }
    let mut sender = Sender::default();
    let mut span = sheet.span(start);
    // The organisation: the first unit, joined over its wrapped lines.
    let mut org_lines: Vec<&str> = Vec::new();
    let mut k = start;
    if kind(sheet.text(k)) == Some(Kind::Unit) {
        org_lines.push(sheet.text(k));
        k += 1;
        while k < end && wraps(org_lines.last().expect("one")) && kind(sheet.text(k)).is_none() {
            org_lines.push(sheet.text(k));
            k += 1;
        }
        sender.organisation = Some(match org_lines.as_slice() {
            [one] => sheet.collapsed(start, one),
            more => Cow::Owned(crate::text::collapse_ws_string(more.join(" "))),
        });
    }
    for j in k..end {
        let t = sheet.text(j);
        if kind(t) == Some(Kind::Website) && sender.website.is_none() {
            sender.website = Some(sheet.cow(j));
        } else {
            sender.lines.push(sheet.collapsed(j, t));
        }
    }
    for j in start..end {
        sheet.claim(j, Part::Sender);
        span = span.cover(sheet.span(j));
    }
    if let Some(copy) = sheet.claim_repeat(start, end, Part::Sender) {
        span = span.cover(copy);
    }
    // The ministry printed apart from the colofon (the word mark beside
    // the emblem, above the addressee) is the organisation; the
    // directorate is then one of the colofon's lines.
    let is_ministry = |t: &str| super::lead(t, "ministerie van ").is_some() && t.len() <= 80;
    if !sender.organisation.as_deref().is_some_and(is_ministry)
        && let Some(m) =
            (0..start.max(anchor)).find(|&j| sheet.is_free(j) && is_ministry(sheet.text(j)))
    {
        let mut name = sheet.cow(m);
        let mut last = m;
        while wraps(sheet.text(last))
            && last + 1 < n
            && sheet.is_free(last + 1)
            && kind(sheet.text(last + 1)).is_none()
        {
            last += 1;
            name = Cow::Owned(format!("{} {}", name, sheet.text(last)));
        }
        for j in m..=last {
            sheet.claim(j, Part::Sender);
            span = span.cover(sheet.span(j));
        }
        if let Some(unit) = sender
            .organisation
            .replace(crate::text::collapse_ws(&name).into_owned().into())
        {
            sender.lines.insert(0, unit);
        }
    }
    sender.span = Some(span);
    letter.sender = Some(sender);
    // Later pages repeat the organisation's lines as a running header, or
    // the extractor prints the colofon twice: the repeated lines are page
    // furniture.
    if !org_lines.is_empty() {
        let m = org_lines.len();
        let mut j = 0;
        while j + m <= n {
            if (j..j + m).all(|i| sheet.is_free(i) && sheet.text(i) == org_lines[i - j]) {
                let mut i = j;
                while i < n
                    && start + (i - j) < end
                    && sheet.is_free(i)
                    && sheet.text(i) == sheet.text(start + (i - j))
                {
                    sheet.claim(i, Part::Furniture);
                    i += 1;
                }
                j = i;
            } else {
                j += 1;
            }
        }
    }
}

/// A colofon that the converter printed on one line, its cells run
/// together (pymupdf4llm: "Directie Justitieel Jeugdbeleid DJJ
/// Schedeldoekshaven 100 2511 EX  Den Haag Postbus 20301 …
/// www.rijksoverheid.nl/venj"): a line that opens with a unit and holds a
/// postcode and its place. It is one line of the sender, as printed, less
/// the website at its end; a unit on the line above is the organisation.
fn run_together<'a>(sheet: &Sheet<'a, '_>, letter: &mut Letter<'a>) {
    // It stands among the letterhead's first lines.
    let Some(k) = (0..sheet.len().min(24)).find(|&k| {
        let t = sheet.text(k);
        sheet.is_free(k) && t.len() <= 400 && is_unit(t) && has_postcode(t)
    }) else {
        return;
    };
    let mut sender = Sender::default();
    let t = sheet.text(k).trim_end();
    let (rest, last) = t.rsplit_once(char::is_whitespace).unwrap_or(("", t));
    let line = if kind(last) == Some(Kind::Website) {
        sender.website = Some(sheet.sub(k, last));
        rest
    } else {
        t
    };
    sender.lines.push(sheet.collapsed(k, line));
    let mut span = sheet.span(k);
    sheet.claim(k, Part::Sender);
    if k > 0 && sheet.is_free(k - 1) && kind(sheet.text(k - 1)) == Some(Kind::Unit) {
        sender.organisation = Some(sheet.collapsed(k - 1, sheet.text(k - 1)));
        sheet.claim(k - 1, Part::Sender);
        span = span.cover(sheet.span(k - 1));
    }
    sender.span = Some(span);
    letter.sender = Some(sender);
}

/// Whether `b` opens with a Dutch postcode ("2511 EX").
pub(super) fn opens_with_postcode(b: &[u8]) -> bool {
    b.len() >= 7
        && b[..4].iter().all(u8::is_ascii_digit)
        && b[4] == b' '
        && b[5..7].iter().all(u8::is_ascii_uppercase)
}

/// Whether `t` holds a Dutch postcode and a place after it ("2511 EX Den
/// Haag") after its first word.
fn has_postcode(t: &str) -> bool {
    let b = t.as_bytes();
    (1..b.len().saturating_sub(8)).any(|i| {
        b[i - 1] == b' '
            && opens_with_postcode(&b[i..])
            && b[i + 7].is_ascii_whitespace()
            && b[i + 8..]
                .iter()
                .find(|c| !c.is_ascii_whitespace())
                .is_some_and(u8::is_ascii_uppercase)
    })
}

/// A line that continues a unit's name ("Preventie, Jeugd en", "Sancties",
/// "DJJ"): short, capitalised, no sentence.
fn is_unit_tail(t: &str) -> bool {
    t.len() <= 40
        && t.starts_with(|c: char| c.is_uppercase())
        && !t.ends_with(['.', ':', '?'])
        && t.split_whitespace().count() <= 5
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn address_lines() {
        for t in [
            "Postbus 20301",
            "2511 DP  Den Haag",
            "P ostbus 20901",
            "2 5 15 XP D en Haag",
            "Postbus 20018 2500 EA",
        ] {
            assert!(is_address(t), "{t}");
        }
        for t in ["Pagina 2 van 3", "2024 was een goed jaar", "Postbode"] {
            assert!(!is_address(t), "{t}");
        }
    }

    /// The ministry's word mark printed above the addressee is the
    /// organisation; the directorate of the colofon is one of its lines.
    #[test]
    fn ministry_word_mark_apart_from_the_colofon() {
        let text = "Ministerie van Justitie en Veiligheid\n\n> Retouradres Postbus 20301 2500 EH  Den Haag\n\nAan de Voorzitter van de Tweede Kamer\nder Staten-Generaal\nPostbus 20018\n2500 EA  DEN HAAG\n\nDatum\t3 juni 2024\nBetreft\tBeantwoording Kamervragen over iets\nDirectoraat-Generaal Straffen en Beschermen\nTurfmarkt 147\n2511 DP  Den Haag\nPostbus 20301\n2500 EH  Den Haag\nwww.rijksoverheid.nl/jenv\n\nGeachte voorzitter,\n\nHierbij de antwoorden.\n\nHoogachtend,\n\nDe Minister van Justitie en Veiligheid,\n\nD. Yeşilgöz-Zegerius\n";
        let doc = crate::parse(text);
        let s = doc.letter.expect("letter").sender.expect("sender");
        assert_eq!(
            s.organisation.as_deref(),
            Some("Ministerie van Justitie en Veiligheid")
        );
        assert_eq!(s.lines[0], "Directoraat-Generaal Straffen en Beschermen");
        assert_eq!(s.website.as_deref(), Some("www.rijksoverheid.nl/jenv"));
    }
}
