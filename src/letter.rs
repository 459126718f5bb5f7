//! The letter: letterhead fields, addressee, salutation, body, closing and
//! signature of a minister's letter ("Kamerbrief").
//!
//! Letterhead labels come as Word table cells ("Datum\t24 april 2025"), as a
//! label line with the value on the next line (pdftotext, Tika), and again
//! in the column repeated on every page; the first printed value wins, and
//! placeholders ("-", empty cells) are skipped.

use std::borrow::Cow;

use chrono::NaiveDate;
use once_cell::sync::Lazy;
use regex::Regex;

use crate::date;
use crate::model::{Chamber, Field, Letter, LetterField, Paragraph, Recipient, Sender, Signatory};
use crate::noise::Tag;
use crate::span::Span;
use crate::text::{Joiner, Line, collapse_ws};

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
static ROLE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"^(?i:(?:de\s+)?(?:demissionair(?:e)?\s+)?(minister-president|minister|staatssecretaris))(?:\s|,|$)").expect("role")
});
static DEN_HAAG: Lazy<Regex> =
    Lazy::new(|| Regex::new(r"^(?:Den Haag|['’]s-Gravenhage),\s").expect("den haag"));
static RECIPIENT: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)^(?:aan\s+)?de\s+voorzitter\s+van\s+de\s+(tweede|eerste)\s+kamer")
        .expect("recipient")
});
static TITLE: Lazy<Regex> =
    Lazy::new(|| Regex::new(r"^(?i:(?:mr|drs|dr|ir|prof|mw|dhr|ing|ds|bc)\.\s*)+").expect("title"));

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

/// Read the letter from the lines before the questions (`end`).
pub(crate) fn read<'a>(
    src: &'a str,
    lines: &[Line],
    tags: &mut [Tag],
    end: usize,
    joiner: &Joiner<'a, '_>,
) -> Option<Letter<'a>> {
    let mut letter = Letter::default();
    let content: Vec<usize> = (0..end.min(lines.len()))
        .filter(|&i| tags[i] == Tag::Content)
        .collect();
    let mut used = vec![false; lines.len()];
    let mut salutation_at = None;
    let mut closing_at = None;
    for (k, &i) in content.iter().enumerate() {
        let t = lines[i].text(src);
        if let Some(c) = field_label(t) {
            let label = c[1].to_ascii_lowercase();
            let label = collapse_ws(&label);
            let same_line = c.get(0).expect("whole").end();
            let value_line = if lines[i].start() + same_line < lines[i].end() {
                Some(lines[i].skip(same_line))
            } else {
                // The value is on the next line, unless that is another label.
                content.get(k + 1).and_then(|&j| {
                    let nt = lines[j].text(src);
                    (field_label(nt).is_none() && j <= i + 3).then_some(lines[j])
                })
            };
            let Some(v) = value_line else { continue };
            let text = joiner.join(&[v]);
            let text_trim = text.trim();
            if text_trim.is_empty()
                || text_trim
                    .chars()
                    .all(|c| matches!(c, '-' | '–' | '.' | '_'))
            {
                continue;
            }
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
                            span: lines[i].span().cover(v.span()),
                        });
                        used[i] = true;
                        mark_value(&mut used, lines, v);
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
                span: lines[i].span().cover(v.span()),
            });
            used[i] = true;
            mark_value(&mut used, lines, v);
            continue;
        }
        if salutation_at.is_none() && may_be_letter_line(t) && SALUTATION.is_match(t) {
            salutation_at = Some(k);
            letter.salutation = Some(Cow::Borrowed(t));
            letter.fields.push(LetterField {
                name: "salutation".into(),
                text: Cow::Borrowed(t),
                span: lines[i].span(),
            });
            used[i] = true;
        } else if closing_at.is_none() && may_be_letter_line(t) && CLOSING.is_match(t) {
            closing_at = Some(k);
            letter.closing = Some(Cow::Borrowed(t.trim_end_matches(',')));
            letter.fields.push(LetterField {
                name: "closing".into(),
                text: Cow::Borrowed(t),
                span: lines[i].span(),
            });
            used[i] = true;
        } else if letter.date.is_none()
            && (t.starts_with("Den Haag") || t.contains("s-Gravenhage,"))
            && DEN_HAAG.is_match(t)
        {
            letter.date = date::parse_date(&t[t.find(',').map_or(0, |p| p + 1)..], None);
            letter.fields.push(LetterField {
                name: "date".into(),
                text: Cow::Borrowed(t),
                span: lines[i].span(),
            });
            used[i] = true;
        } else if t.contains("Retouradres") && letter.return_address.is_none() {
            let at = t.find("Retouradres").expect("found") + "Retouradres".len();
            letter.return_address = Some(collapse_ws(&t[at..]));
            letter.fields.push(LetterField {
                name: "return_address".into(),
                text: collapse_ws(&t[at..]),
                span: lines[i].span(),
            });
            used[i] = true;
        }
    }
    read_sender(src, lines, &content, &mut letter, &mut used);
    read_recipient(src, lines, &content, &mut letter, &mut used);
    // Signatures: after the closing, or a role line standing alone after the
    // salutation when there is no closing formula.
    let sig_from = closing_at
        .map(|k| k + 1)
        .or(salutation_at.map(|k| k + 1))
        .unwrap_or(0);
    read_signatories(src, lines, &content[sig_from..], &mut letter, &mut used);
    // The body: what lies between salutation and closing (or signature).
    if let Some(s) = salutation_at {
        let stop = closing_at.filter(|&c| c > s).unwrap_or(content.len());
        let mut par: Vec<Line> = Vec::new();
        let flush = |par: &mut Vec<Line>, body: &mut Vec<Paragraph<'a>>| {
            if let (Some(f), Some(l)) = (par.first(), par.last()) {
                let span = Span::new(f.start(), l.end());
                body.push(Paragraph {
                    text: joiner.join(par),
                    footnotes: Vec::new(),
                    span,
                });
            }
            par.clear();
        };
        for &i in &content[s + 1..stop] {
            if used[i] {
                flush(&mut par, &mut letter.body);
                continue;
            }
            if let Some(&prev) = par.last()
                && src[prev.end()..lines[i].start()].matches('\n').count() > 1
            {
                flush(&mut par, &mut letter.body);
            }
            par.push(lines[i]);
            if joiner.layout == crate::text::Layout::Paragraphs {
                flush(&mut par, &mut letter.body);
            }
        }
        flush(&mut par, &mut letter.body);
    }
    // What is left of the letterhead and annex title, kept as printed. The
    // body paragraphs are in order: a line's paragraph is found by binary
    // search. The lines are counted first, so that they are stored at once.
    let body = &letter.body;
    let in_body = |l: Line| {
        let k = body.partition_point(|f| f.span.start <= l.start());
        k > 0 && l.end() <= body[k - 1].span.end
    };
    let left = |&&i: &&usize| !used[i] && !in_body(lines[i]);
    letter
        .other_lines
        .reserve(content.iter().filter(left).count());
    for &i in content.iter().filter(left) {
        let l = lines[i];
        letter.other_lines.push(Field {
            text: joiner.join(&[l]),
            span: l.span(),
        });
    }
    let is_letter = letter.date.is_some()
        || letter.subject.is_some()
        || letter.salutation.is_some()
        || letter.closing.is_some()
        || letter.our_reference.is_some();
    is_letter.then_some(letter)
}

/// Mark the line that holds the value `v` (the label line or the next one).
fn mark_value(used: &mut [bool], lines: &[Line], v: Line) {
    let j = lines.partition_point(|l| l.start() <= v.start());
    if j > 0 && v.start() <= lines[j - 1].end() {
        used[j - 1] = true;
    }
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
fn field_label(t: &str) -> Option<regex::Captures<'_>> {
    if may_be_letter_line(t) {
        FIELD_LABEL.captures(t)
    } else {
        None
    }
}

fn read_sender<'a>(
    src: &'a str,
    lines: &[Line],
    content: &[usize],
    letter: &mut Letter<'a>,
    used: &mut [bool],
) {
    let Some(k) = content
        .iter()
        .position(|&i| lines[i].text(src).starts_with("Ministerie van"))
    else {
        return;
    };
    let i = content[k];
    let mut org = lines[i].text(src).to_string();
    let mut sender = Sender::default();
    let mut span = lines[i].span();
    // "Ministerie van" may wrap ("Ministerie van\nInf rastructuur en\nWaterstaat").
    let mut k2 = k + 1;
    while org.ends_with(" van") || org.ends_with(" en") {
        let Some(&j) = content.get(k2) else { break };
        org.push(' ');
        org.push_str(lines[j].text(src));
        span = span.cover(lines[j].span());
        used[j] = true;
        k2 += 1;
    }
    used[i] = true;
    for &j in content.iter().skip(k2).take(10) {
        let t = lines[j].text(src);
        if field_label(t).is_some() || used[j] {
            break;
        }
        if t.starts_with("www.") {
            sender.website = Some(Cow::Borrowed(t));
        } else {
            sender.lines.push(Cow::Borrowed(t));
        }
        used[j] = true;
        span = span.cover(lines[j].span());
    }
    sender.organisation = Some(Cow::Owned(crate::text::collapse_ws_string(org)));
    sender.span = Some(span);
    letter.sender = Some(sender);
}

fn read_recipient<'a>(
    src: &'a str,
    lines: &[Line],
    content: &[usize],
    letter: &mut Letter<'a>,
    used: &mut [bool],
) {
    let Some(k) = content
        .iter()
        .position(|&i| RECIPIENT.is_match(lines[i].text(src)))
    else {
        return;
    };
    let first = lines[content[k]].text(src);
    let chamber = if first.to_lowercase().contains("eerste kamer") {
        Chamber::EersteKamer
    } else {
        Chamber::TweedeKamer
    };
    let mut r = Recipient {
        chamber: Some(chamber),
        ..Recipient::default()
    };
    let mut span = lines[content[k]].span();
    for (n, &j) in content[k..].iter().enumerate().take(5) {
        let t = lines[j].text(src);
        if n > 0
            && (field_label(t).is_some()
                || used[j]
                || src[lines[content[k + n - 1]].end()..lines[j].start()]
                    .matches('\n')
                    .count()
                    > 1)
        {
            break;
        }
        r.lines.push(Cow::Borrowed(t));
        used[j] = true;
        span = span.cover(lines[j].span());
    }
    r.span = Some(span);
    letter.recipient = Some(r);
}

/// Role lines ("DE MINISTER VAN DEFENSIE", "De minister van Justitie en
/// Veiligheid,") each followed by a name line; side by side in Word tables
/// (tab-separated) they give several signatories.
fn read_signatories<'a>(
    src: &'a str,
    lines: &[Line],
    content: &[usize],
    letter: &mut Letter<'a>,
    used: &mut [bool],
) {
    let mut k = 0;
    while k < content.len() && letter.signatories.is_empty() {
        let i = content[k];
        let t = lines[i].text(src);
        if used[i] || !ROLE.is_match(t) || t.len() > 160 {
            k += 1;
            continue;
        }
        // The name: the next short line that is not another role.
        let Some(&j) = content.get(k + 1) else { break };
        let name_line = lines[j].text(src);
        if name_line.len() > 80
            || ROLE.is_match(name_line)
            || !name_line.starts_with(|c: char| c.is_uppercase() || c.is_lowercase())
        {
            k += 1;
            continue;
        }
        let roles: Vec<&str> = t
            .split('\t')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .collect();
        let names: Vec<&str> = name_line
            .split('\t')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .collect();
        for (n, name) in names.iter().enumerate() {
            let (titles, bare) = split_titles(name);
            if bare.is_empty() || bare.split(' ').count() > 6 {
                continue;
            }
            let role = roles.get(n).or(roles.first()).map(|r| normalise_role(r));
            let (role, mut on_behalf_of) = match role {
                Some((r, o)) => (Some(r), o),
                None => (None, Vec::new()),
            };
            // "Mede namens de minister van …," on the line above the role.
            let mut sig_start = lines[i].start();
            if let Some(&p) = k.checked_sub(1).and_then(|p| content.get(p)) {
                let above = lines[p].text(src);
                if above.len() > 12
                    && above
                        .get(..12)
                        .is_some_and(|h| h.eq_ignore_ascii_case("mede namens "))
                {
                    on_behalf_of.extend(
                        above[12..]
                            .trim_end_matches([',', ' '])
                            .split(" en de ")
                            .flat_map(|s| s.split(", de "))
                            .map(|s| collapse_ws(s.trim_start_matches("de ")).into_owned())
                            .filter(|s| !s.is_empty()),
                    );
                    used[p] = true;
                    sig_start = lines[p].start();
                }
            }
            letter.signatories.push(Signatory {
                role,
                name: collapse_ws(bare),
                titles,
                on_behalf_of,
                span: Span::new(sig_start, lines[j].end()),
            });
        }
        used[i] = true;
        used[j] = true;
        k += 2;
    }
}

/// "drs. V.L.W.A. Heijnen" → (["drs."], "V.L.W.A. Heijnen").
fn split_titles(name: &str) -> (Vec<String>, &str) {
    match TITLE.find(name) {
        Some(m) => (
            m.as_str().split_whitespace().map(str::to_string).collect(),
            name[m.end()..].trim(),
        ),
        None => (Vec::new(), name.trim()),
    }
}

/// "DE MINISTER VAN DEFENSIE," → "minister van Defensie"; a "mede namens"
/// part goes to the second value.
pub(crate) fn normalise_role(role: &str) -> (String, Vec<String>) {
    let role = collapse_ws(role.trim().trim_end_matches(','));
    let (main, behalf) = match role.to_lowercase().find("mede namens") {
        Some(p) => (
            role[..p].trim().trim_end_matches(',').to_string(),
            Some(role[p + "mede namens".len()..].trim().to_string()),
        ),
        None => (role.clone().into_owned(), None),
    };
    let mut words: Vec<String> = Vec::new();
    let shouting = main
        .chars()
        .filter(|c| c.is_alphabetic())
        .all(char::is_uppercase);
    for (n, w) in main.split(' ').enumerate() {
        let lw = w.to_lowercase();
        if n == 0 && (lw == "de" || lw == "het") {
            continue;
        }
        let keep_lower = [
            "minister",
            "staatssecretaris",
            "minister-president",
            "van",
            "voor",
            "en",
            "de",
            "het",
            "demissionair",
            "demissionaire",
            "–",
            "-",
        ];
        if keep_lower.contains(&lw.as_str()) {
            words.push(lw);
        } else if shouting {
            let mut cs = lw.chars();
            let first = cs
                .next()
                .map(|c| c.to_uppercase().collect::<String>())
                .unwrap_or_default();
            words.push(first + cs.as_str());
        } else {
            words.push(w.to_string());
        }
    }
    let behalf = behalf
        .map(|b| {
            b.split(" en de ")
                .flat_map(|s| s.split(", de "))
                .map(|s| s.trim().trim_start_matches("de ").to_string())
                .filter(|s| !s.is_empty())
                .collect()
        })
        .unwrap_or_default();
    (words.join(" "), behalf)
}

/// The letter date as a value, for callers that have a letter.
pub(crate) fn date_of(letter: &Option<Letter<'_>>) -> Option<NaiveDate> {
    letter.as_ref().and_then(|l| l.date)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_are_normalised() {
        assert_eq!(
            normalise_role("DE MINISTER VAN DEFENSIE").0,
            "minister van Defensie"
        );
        assert_eq!(
            normalise_role("De minister van Justitie en Veiligheid,").0,
            "minister van Justitie en Veiligheid"
        );
        let (r, b) = normalise_role(
            "de minister van Justitie en Veiligheid, mede namens de minister van Binnenlandse Zaken",
        );
        assert_eq!(r, "minister van Justitie en Veiligheid");
        assert_eq!(b, ["minister van Binnenlandse Zaken"]);
    }

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

    #[test]
    fn titles_apart() {
        let (t, n) = split_titles("mr. drs. F.H.H. Weekers");
        assert_eq!(t, ["mr.", "drs."]);
        assert_eq!(n, "F.H.H. Weekers");
    }
}
