//! The heading of a kamervragen publication and who asked.
//!
//! "Vragen van de leden Mutluer (GroenLinks-PvdA) en Kostić (PvdD) aan de
//! Minister van … over … (ingezonden 6 maart 2024)."; "Antwoord van Minister
//! Dijkgraaf (Onderwijs, Cultuur en Wetenschap) (ontvangen 25 maart 2024).";
//! "Mededeling van minister Wiersma (…) (ontvangen …)"; the Tweede Kamer's
//! "AH 599" / "2024Z18285" lines; the Aanhangsel number above the heading.
//! The member list grammar is shared with letters, which name the askers in
//! their subject or opening sentence.

use std::borrow::Cow;
use std::ops::Range;

use chrono::NaiveDate;
use memchr::memmem;
use once_cell::sync::Lazy;

use crate::date;
use crate::model::{Member, Official};
use crate::noise::Tag;
use crate::span::Span;
use crate::text::{Line, Words, collapse_ws, word_byte_at};

static INGEZONDEN: Lazy<crate::text::Keyword> =
    Lazy::new(|| crate::text::Keyword::new("ingezonden"));
static ONTVANGEN: Lazy<crate::text::Keyword> = Lazy::new(|| crate::text::Keyword::new("ontvangen"));

/// What the heading lines say.
#[derive(Debug, Default)]
pub(crate) struct Heading<'a> {
    /// "Vragen van …" paragraph, whitespace collapsed, and its span.
    pub questions: Option<(String, Span)>,
    /// "Antwoord van …" or "Mededeling van …" paragraph.
    pub answer: Option<(String, Span)>,
    /// Whether the answer heading is a "Mededeling".
    pub is_notice: bool,
    pub zaaknummer: Option<(String, Span)>,
    pub aanhangsel_number: Option<u32>,
    pub submitted_on: Option<NaiveDate>,
    pub received_on: Option<NaiveDate>,
    pub answered_by: Vec<Official<'a>>,
    /// The other heading lines (AH number, zaaknummer, ingezonden, "Zie ook").
    pub other_spans: Vec<Span>,
    /// Line index after the last heading line.
    pub end_line: usize,
}

/// Read the heading from the first lines of the text, and tag its lines.
pub(crate) fn read<'a>(
    src: &'a str,
    lines: &[Line],
    tags: &mut [Tag],
    dirt: &crate::text::Dirt,
) -> Heading<'a> {
    let mut h = Heading::default();
    let mut i = 0;
    let mut content_seen = 0;
    // The dates the two paragraphs were closed by, when their text is
    // as read (see `paragraph`).
    let (mut questions_date, mut answer_date) = (None, None);
    while i < lines.len() && content_seen < 40 {
        if tags[i] != Tag::Content {
            i += 1;
            continue;
        }
        content_seen += 1;
        // Most lines are told by their first byte to be none of those
        // below: one table test instead of a test for each.
        if !lines[i]
            .bytes(src)
            .first()
            .is_some_and(|&c| MAY_BE_HEADING[usize::from(c)])
        {
            i += 1;
            continue;
        }
        let t = lines[i].text(src);
        if t.starts_with("Vraag 1") || t.starts_with("1.") {
            break;
        }
        let first = t.as_bytes()[0];
        if h.questions.is_none() && is_questions_head(t) {
            let (end, text, date) = paragraph(src, lines, tags, dirt, i, &INGEZONDEN);
            questions_date = date;
            let span = Span::new(lines[i].start(), lines[end - 1].end());
            mark(tags, i, end);
            h.questions = Some((text, span));
            h.end_line = end;
            i = end;
            continue;
        }
        if h.answer.is_none() && is_answer_head(t) {
            let (end, text, date) = paragraph(src, lines, tags, dirt, i, &ONTVANGEN);
            answer_date = date;
            h.is_notice = t.trim_start_matches('*').starts_with("Mededeling");
            let span = Span::new(lines[i].start(), lines[end - 1].end());
            mark(tags, i, end);
            h.answer = Some((text, span));
            h.end_line = end;
            i = end;
            continue;
        }
        if h.zaaknummer.is_none() && matches!(first, b'1' | b'2') && is_zaak_line(t) {
            h.zaaknummer = Some((t.split_whitespace().collect(), lines[i].span()));
            h.other_spans.push(lines[i].span());
            tags[i] = Tag::Heading;
            h.end_line = i + 1;
        } else if h.aanhangsel_number.is_none()
            && h.questions.is_none()
            && let Some(n) = ah_line(t).or_else(|| bare_number_before_heading(src, lines, tags, i))
        {
            h.aanhangsel_number = n.parse().ok();
            h.other_spans.push(lines[i].span());
            tags[i] = Tag::Heading;
            h.end_line = i + 1;
        } else if (first == b'(' && is_ingezonden_line(t))
            || (h.answer.is_some() && first == b'Z' && is_see_also(t))
        {
            if h.submitted_on.is_none() {
                h.submitted_on = date::date_after_word(t, &INGEZONDEN, None).and_then(|d| d.0);
            }
            h.other_spans.push(lines[i].span());
            tags[i] = Tag::Heading;
            h.end_line = i + 1;
        }
        i += 1;
    }
    // The paragraph's date is read again only when cleaning changed its
    // text.
    if let Some((text, _)) = &h.questions
        && let Some(d) = questions_date
            .map(Some)
            .or_else(|| date::date_after_word(text, &INGEZONDEN, None).map(|d| d.0))
    {
        h.submitted_on = d;
    }
    if let Some((text, _)) = &h.answer {
        h.received_on =
            answer_date.or_else(|| date::date_after_word(text, &ONTVANGEN, None).and_then(|d| d.0));
        h.answered_by = officials(text);
    }
    h
}

/// The first bytes of the lines `read` looks at: "Vraag 1" and "1."
/// (where the heading has ended), the questions and answer heads (with
/// "**"), zaaknummers, "AH" and "#" numbers and bare numbers, "(ingezonden"
/// and "Zie ook" lines.
const MAY_BE_HEADING: [bool; 256] = {
    let mut t = [false; 256];
    let mut c = b'0';
    while c <= b'9' {
        t[c as usize] = true;
        c += 1;
    }
    let starts = b"*VvSMA#(Z";
    let mut k = 0;
    while k < starts.len() {
        t[starts[k] as usize] = true;
        k += 1;
    }
    t
};

/// "Vragen van het lid …", "Schriftelijke vragen van de leden …". The
/// first byte is compared first: most lines are not headings.
#[inline]
fn is_questions_head(t: &str) -> bool {
    // Asked of the first lines: most are told by their first byte.
    matches!(t.as_bytes().first(), Some(b'*' | b'V' | b'v' | b'S' | b'M')) && questions_head(t)
}

/// [`is_questions_head`] past its first-byte test: read by hand as the
/// regex (in the tests)
///
/// ```text
/// ^(?:\*\*)?(?:(?:Schriftelijke|Mondelinge)\s+)?(?i:vra(?:gen|ag))\s+van\s+(?:het|de|een)\s+(?:Kamer)?(?:lid|leden)(?-u:\b)
/// ```
///
/// reads the line after one "**".
fn questions_head(t: &str) -> bool {
    let t = t.strip_prefix("**").unwrap_or(t);
    let mut w = Words(t);
    if (w.lit("Schriftelijke") || w.lit("Mondelinge")) && !w.space() {
        return false;
    }
    if !((w.lit_ci("vragen") || w.lit_ci("vraag")) && w.space() && w.lit("van") && w.space()) {
        return false;
    }
    if !((w.lit("het") || w.lit("de") || w.lit("een")) && w.space()) {
        return false;
    }
    w.lit("Kamer");
    (w.lit("lid") || w.lit("leden")) && !word_byte_at(w.0.as_bytes(), 0)
}

/// "Antwoord van minister …", "Mededeling van de staatssecretaris …".
#[inline]
fn is_answer_head(t: &str) -> bool {
    matches!(t.as_bytes().first(), Some(b'*' | b'A' | b'M')) && answer_head(t)
}

/// [`is_answer_head`] past its first-byte test: read by hand as the regex
/// (in the tests)
///
/// ```text
/// ^(?:\*\*)?(Antwoord|Mededeling)\s+van\s+(?:de\s+)?(?i:minister-president|minister|staatssecretaris|viceminister-president)(?-u:\b)
/// ```
///
/// reads the line after one "**".
fn answer_head(t: &str) -> bool {
    let t = t.strip_prefix("**").unwrap_or(t);
    let mut w = Words(t);
    if !((w.lit("Antwoord") || w.lit("Mededeling")) && w.space() && w.lit("van") && w.space()) {
        return false;
    }
    // "minister-president" starts with "minister", followed by a word end
    // ("-"): the role is read as "minister" then.
    let role = |mut r: Words<'_>| {
        (r.lit_ci("minister") || r.lit_ci("staatssecretaris") || r.lit_ci("viceminister-president"))
            && !word_byte_at(r.0.as_bytes(), 0)
    };
    let mut de = w;
    (de.lit("de") && de.space() && role(de)) || role(w)
}

/// A line that is a zaaknummer, "2024Z18285" or "2024Z 17972" (a space
/// inside the number is an extraction artifact): by hand, as the regex
/// `^(?:19|20)[0-9]{2}Z\s?[0-9]{5}$`.
fn is_zaak_line(t: &str) -> bool {
    let b = t.as_bytes();
    let digits = |r: &[u8]| r.iter().all(u8::is_ascii_digit);
    if !(b.len() >= 10 && (b.starts_with(b"19") || b.starts_with(b"20"))) {
        return false;
    }
    if !(digits(&b[2..4]) && b[4] == b'Z') {
        return false;
    }
    let number = |r: &str| r.len() == 5 && digits(r.as_bytes());
    let rest = &t[5..];
    number(rest)
        || rest
            .chars()
            .next()
            .is_some_and(|c| c.is_whitespace() && number(&rest[c.len_utf8()..]))
}

/// "(ingezonden 3 mei 2024)." on a line of its own: by hand, as the regex
/// `(?i)^\(\s*ingezonden\s[^)]{0,60}\)\.?$`.
fn is_ingezonden_line(t: &str) -> bool {
    let Some(rest) = t.strip_prefix('(') else {
        return false;
    };
    let mut w = Words(rest);
    w.spaces();
    if !w.lit_ci("ingezonden") {
        return false;
    }
    let mut chars = w.0.chars();
    if !chars.next().is_some_and(char::is_whitespace) {
        return false;
    }
    let inner = chars.as_str();
    let Some(close) = inner.find(')') else {
        return false;
    };
    matches!(&inner[close + 1..], "" | ".") && inner[..close].chars().count() <= 60
}

/// "Zie ook Aanhangsel …" at the start of a line: by hand, as the regex
/// `^Zie ook Aanhangsel(?-u:\b)`.
fn is_see_also(t: &str) -> bool {
    const P: &str = "Zie ook Aanhangsel";
    t.starts_with(P) && !word_byte_at(t.as_bytes(), P.len())
}

/// "AH 599" (Tweede Kamer) or "# 599" (Markdown): the Aanhangsel number.
/// Read by hand: `^(?:AH|#+)\s*([0-9]{1,5})$`.
fn ah_line(t: &str) -> Option<&str> {
    let rest = match t.strip_prefix("AH") {
        Some(rest) => rest,
        None if t.starts_with('#') => t.trim_start_matches('#'),
        None => return None,
    };
    let n = rest.trim_start_matches(char::is_whitespace);
    (!n.is_empty() && n.len() <= 5 && n.bytes().all(|b| b.is_ascii_digit())).then_some(n)
}

/// A bare number line right before "Vragen van …": the Aanhangsel number.
fn bare_number_before_heading<'t>(
    src: &'t str,
    lines: &[Line],
    tags: &[Tag],
    i: usize,
) -> Option<&'t str> {
    // In Markdown's bold too ("**1178**").
    let t = lines[i].text(src);
    let t = t
        .strip_prefix("**")
        .and_then(|t| t.strip_suffix("**"))
        .unwrap_or(t);
    if t.is_empty() || t.len() > 5 || !t.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let next = (i + 1..lines.len()).find(|&j| tags[j] == Tag::Content)?;
    let nt = lines[next].text(src);
    (is_questions_head(nt) || is_answer_head(nt)).then_some(t)
}

/// The heading paragraph that starts at line `i`: it ends (exclusive) at
/// the line that holds the keyword's date, or at a blank line, at most 12
/// lines on. Returns the end, the paragraph's text (whitespace collapsed
/// and without Markdown emphasis) and the keyword's date when that text is
/// the lines as read: the date [`date::date_after_word`] finds in the text
/// then, which need not be read again. (Lines added after the date's line
/// start with a space and cannot change what is read before them.)
fn paragraph(
    src: &str,
    lines: &[Line],
    tags: &[Tag],
    dirt: &crate::text::Dirt,
    i: usize,
    keyword: &crate::text::Keyword,
) -> (usize, String, Option<NaiveDate>) {
    let last = lines.len().min(i + 12);
    // The content lines read so far, joined by spaces: the date is looked
    // for in them, and they are the heading's text. Most headings take two
    // or three lines.
    let mut joined = String::with_capacity(
        lines[i..lines.len().min(i + 3)]
            .iter()
            .map(|l| l.end() - l.start() + 1)
            .sum(),
    );
    let mut first_len = None;
    let mut date = None;
    // Whether the text has words that the source glued or split (see
    // `Dirt::push_respelled`): then it is not as read.
    let mut respelled = false;
    let end = 'end: {
        for j in i..last {
            if tags[j] == Tag::Blank
                && j > i
                && src[lines[i].start()..lines[j].start()].contains(')')
            {
                // Headings broken over blank lines (Markdown) continue when
                // the date has not come yet.
                if keyword.find_iter(&joined).next().is_some() {
                    break 'end j;
                }
            }
            if tags[j] == Tag::Content {
                let t = lines[j].text(src);
                if j > i && (is_answer_head(t) || is_questions_head(t) || t.starts_with("Vraag ")) {
                    break 'end j;
                }
                if !joined.is_empty() {
                    joined.push(' ');
                }
                respelled |=
                    dirt.push_respelled(&mut joined, src, lines[j].start(), lines[j].end());
                first_len.get_or_insert(joined.len());
                if t.bytes().any(|b| b.is_ascii_digit())
                    && let Some(d) = date::date_after_word(&joined, keyword, None).and_then(|d| d.0)
                {
                    date = Some(d);
                    let (end, more) = see_also(src, lines, tags, dirt, (j + 1, last), &mut joined);
                    respelled |= more;
                    break 'end end;
                }
            }
        }
        // No date: the heading is the first line only.
        joined.truncate(first_len.unwrap_or(0));
        i + 1
    };
    let emphasis = memchr::memchr2(b'*', b'_', joined.as_bytes()).is_some();
    if emphasis {
        joined.retain(|c| c != '*' && c != '_');
    }
    let collapsed = match collapse_ws(&joined) {
        Cow::Owned(c) => Some(c),
        Cow::Borrowed(_) => None,
    };
    let spaced_as_read = collapsed.is_none();
    let text = collapsed.unwrap_or(joined);
    let glyphs_as_read = crate::text::glyphs_clean(&text);
    let text = if glyphs_as_read {
        text
    } else {
        crate::text::clean_glyphs(text)
    };
    let as_read = !emphasis && !respelled && spaced_as_read && glyphs_as_read;
    (end, text, date.filter(|_| as_read))
}

/// The lines from `from` on that finish the "Zie ook Aanhangsel
/// Handelingen, …" sentence that the line before the heading's end opened
/// ("… (ontvangen 7 maart 2024). Zie ook Aanhangsel" / "Handelingen,
/// vergaderjaar 2023–2024, 1028"): they are pushed onto `joined`, as
/// `dirt` respells them. Returns where the heading ends, and whether
/// anything was respelled.
fn see_also(
    src: &str,
    lines: &[Line],
    tags: &[Tag],
    dirt: &crate::text::Dirt,
    (from, last): (usize, usize),
    joined: &mut String,
) -> (usize, bool) {
    // The last "Zie ook": found by its capital, which headings have few of
    // (a SIMD search from the end, cheaper than a reverse substring search).
    let open = |joined: &str| {
        let b = joined.as_bytes();
        memchr::memrchr_iter(b'Z', b)
            .find(|&p| b[p..].starts_with(b"Zie ook"))
            .is_some_and(|p| !joined[p..].trim_end().ends_with('.'))
    };
    let mut end = from;
    let mut respelled = false;
    // A reference takes a line or two.
    for j in from..last.max(from).min(from + 2) {
        if !open(joined) {
            break;
        }
        match tags[j] {
            Tag::Content => {}
            Tag::Blank => continue,
            _ => break,
        }
        let t = lines[j].text(src);
        if crate::qa::opens_like_label(t) || is_answer_head(t) || is_questions_head(t) {
            break;
        }
        joined.push(' ');
        respelled |= dirt.push_respelled(joined, src, lines[j].start(), lines[j].end());
        end = j + 1;
    }
    (end, respelled)
}

fn mark(tags: &mut [Tag], from: usize, to: usize) {
    for t in &mut tags[from..to] {
        if *t == Tag::Content {
            *t = Tag::Heading;
        }
    }
}

/// Small words that an extractor glues to the capital that follows them
/// when it drops a line break ("Welzijn enSport", "namens deMinister").
const GLUED_WORDS: [&str; 9] = [
    "en", "de", "van", "voor", "het", "namens", "over", "aan", "mede",
];

/// `text` with a space put back between a small word and the capital an
/// extractor glued to it ("enSport" → "en Sport"); borrowed when there is
/// none.
pub(crate) fn unglue(text: &str) -> Cow<'_, str> {
    let b = text.as_bytes();
    let mut out: Option<String> = None;
    let mut copied = 0;
    for i in lower_then_capital(b) {
        // The byte test takes any lead byte of two or more: the letter
        // must be a capital.
        if !(b[i].is_ascii_uppercase() || text[i..].starts_with(char::is_uppercase)) {
            continue;
        }
        let start = text[..i]
            .char_indices()
            .rev()
            .find(|&(_, c)| !c.is_ascii_alphabetic())
            .map_or(0, |(p, c)| p + c.len_utf8());
        if GLUED_WORDS.contains(&&text[start..i]) {
            let o = out.get_or_insert_with(|| String::with_capacity(text.len() + 4));
            o.push_str(&text[copied..i]);
            o.push(' ');
            copied = i;
        }
    }
    match out {
        Some(mut o) => {
            o.push_str(&text[copied..]);
            Cow::Owned(o)
        }
        None => Cow::Borrowed(text),
    }
}

/// The places in `b` where a small ASCII letter is followed by an ASCII
/// capital or by a lead byte of 0xC0 or more (a capital, or another
/// letter): in order. Most headings have a few; eight bytes are tested at
/// once (SWAR), so that the letters between them cost little.
fn lower_then_capital(b: &[u8]) -> impl Iterator<Item = usize> + '_ {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = ONES * 0x80;
    // Bit 7 of each byte set where the byte lies strictly between `m` and
    // `n` (both at most 0x80); bytes of 0x80 or more are not. Each lane's
    // sums stay within the lane ("hasbetween", Bit Twiddling Hacks).
    fn between(x: u64, m: u64, n: u64) -> u64 {
        let low = x & (ONES * 0x7f);
        (ONES * (127 + n)).wrapping_sub(low) & !x & (low + ONES * (127 - m)) & HIGH
    }
    let mut carry = 0u64;
    b.chunks(8).enumerate().flat_map(move |(k, chunk)| {
        // A whole word is one load; only the last, short one is copied
        // (a copy of a length not known when compiling is a call).
        let x = match <[u8; 8]>::try_from(chunk) {
            Ok(word) => u64::from_le_bytes(word),
            Err(_) => {
                let mut word = [0u8; 8];
                word[..chunk.len()].copy_from_slice(chunk);
                u64::from_le_bytes(word)
            }
        };
        let lower = between(x, 0x60, 0x7b);
        let capital = between(x, 0x40, 0x5b) | (x & (x << 1) & HIGH);
        // A small letter in the byte before: the lane below, or the last
        // lane of the previous word.
        let mut pairs = ((lower << 8) | carry) & capital;
        carry = lower >> 56;
        std::iter::from_fn(move || {
            (pairs != 0).then(|| {
                let lane = pairs.trailing_zeros() as usize / 8;
                pairs &= pairs - 1;
                k * 8 + lane
            })
        })
    })
}

/// A portfolio that goes on after a comma: "Volksgezondheid" + ", Welzijn
/// en Sport". The run the reader took ends at the first comma; the words
/// after it that open with a capital (not "mede namens …" or "en de …")
/// are more of the portfolio. Returns the portfolio with them.
fn whole_portfolio<'t>(rest: &'t str, portfolio: &'t str) -> &'t str {
    let at = portfolio.as_ptr() as usize - rest.as_ptr() as usize;
    let mut end = at + portfolio.len();
    loop {
        let after = &rest[end..];
        let Some(more) = after.strip_prefix(',') else {
            break;
        };
        let words = more.trim_start();
        if !words.starts_with(|c: char| c.is_uppercase()) {
            break;
        }
        let len = words.find([',', '(']).unwrap_or(words.len());
        let part = words[..len].trim_end();
        end += after.len() - words.len() + part.len();
    }
    &rest[at..end]
}

/// The part of an answer title from the questions on ("vragen van het lid
/// … aan … over …"), where the addressees and topic are named; `None`
/// where it names no questions.
pub(crate) fn after_questions(title: &str) -> Option<&str> {
    questions_at(title).map(|p| &title[p..])
}

/// Where an answer title names the questions: its "vragen van" (also
/// inside "Kamervragen van").
fn questions_at(title: &str) -> Option<usize> {
    title
        .find("vragen van ")
        .or_else(|| title.find("Vragen van "))
}

/// The part of an answer title before the questions ("Antwoorden van de
/// minister van … mede namens de minister van …", without "op
/// Kamervragen van …"), where the officials who answer are named.
pub(crate) fn before_questions(title: &str) -> &str {
    let Some(p) = questions_at(title) else {
        return title;
    };
    let t = title[..p].trim_end_matches("Kamer").trim_end();
    t.strip_suffix(" op").unwrap_or(t)
}

/// Who answers, from "Antwoord van Minister X (Portefeuille), mede namens
/// de Minister van Y (ontvangen …)", also "…, en antwoord van
/// Staatssecretaris Z (…)".
pub(crate) fn officials<'a>(text: &str) -> Vec<Official<'a>> {
    // Searchers built once, as in `addressees_and_topic`: a `str` search
    // builds its searcher at each call, which costs more than the search.
    static ONTVANGEN_OPEN: Lazy<memmem::Finder<'static>> =
        Lazy::new(|| memmem::Finder::new("(ontvangen"));
    static SECOND_ANSWER: Lazy<memmem::Finder<'static>> =
        Lazy::new(|| memmem::Finder::new("antwoord van "));
    static JOINT_ANSWER: Lazy<memmem::Finder<'static>> =
        Lazy::new(|| memmem::Finder::new(" en van "));
    let text = unglue(text);
    let text = &*text;
    // Mostly one minister answers.
    let mut out = Vec::with_capacity(1);
    if let Some((first, end)) = first_official(text) {
        out.push(first);
        let rest = &text[end..];
        let rest = &rest[..ONTVANGEN_OPEN.find(rest.as_bytes()).unwrap_or(rest.len())];
        // A second answer in the same heading: "en antwoord van
        // Staatssecretaris Z (…)", or a joint one: "en van Minister Z
        // (…)", where the role and the name follow "van" at once (not "en
        // van de Minister van …", which is a portfolio).
        let second = SECOND_ANSWER
            .find(rest.as_bytes())
            .map(|p| (p, p + "antwoord van ".len()))
            .or_else(|| {
                JOINT_ANSWER.find(rest.as_bytes()).and_then(|p| {
                    let at = p + " en van ".len();
                    let after = &rest[at..];
                    (after.starts_with("Minister ") || after.starts_with("Staatssecretaris "))
                        .then_some((p, at))
                })
            })
            .and_then(|(p, at)| {
                first_official(&format!("Antwoord van {}", &rest[at..]))
                    .filter(|o| o.0.name.is_some())
                    .map(|o| (p, o.0))
            });
        let rest = second.as_ref().map_or(rest, |(p, _)| &rest[..*p]);
        // Others answer along: "mede namens de Minister van …", "en de
        // Staatssecretaris van …".
        let along = rest.contains("mede namens")
            || rest.contains(" en de ")
            || rest.contains("Mede namens");
        // Without those words nobody answers along: nothing to search.
        let rest = if along { rest } else { "" };
        for (behalf, role, portfolio) in also_answering(rest) {
            let role = role.to_lowercase();
            let role = if role.starts_with("staatssecretaris") {
                "staatssecretaris"
            } else if role.starts_with("minister-president") {
                "minister-president"
            } else {
                "minister"
            };
            let portfolio = whole_portfolio(rest, portfolio).trim();
            let portfolio = portfolio
                .strip_prefix("van ")
                .or_else(|| portfolio.strip_prefix("voor "))
                .unwrap_or(portfolio);
            out.push(Official {
                role: role.to_string(),
                name: None,
                portfolio: Some(Cow::Owned(portfolio.trim().to_string())),
                on_behalf: behalf,
            });
        }
        out.extend(second.map(|(_, o)| o));
    }
    out
}

/// The officials who answer along with the first: "mede namens de
/// Minister van …", "en de Staatssecretaris voor …": whether on behalf, the
/// role word and the portfolio with its "van"/"voor", for each. Read by
/// hand as the regex in the tests reads them (with ASCII case folding):
/// the regex's backtracking over the portfolio cost more than the rest of
/// the heading.
fn also_answering(text: &str) -> Vec<(bool, &str, &str)> {
    let b = text.as_bytes();
    let word = |i: usize| word_byte_at(b, i);
    let mut out = Vec::new();
    let mut p = 0;
    while p < b.len() {
        if (p == 0 || !word(p - 1))
            && let Some((end, found)) = answering_at(text, p)
        {
            out.push(found);
            p = end.max(p + 1);
        } else {
            p += 1;
        }
        while p < b.len() && !text.is_char_boundary(p) {
            p += 1;
        }
    }
    out
}

/// [`also_answering`] at byte `p`: where the match ends and what it holds.
fn answering_at(text: &str, p: usize) -> Option<(usize, (bool, &str, &str))> {
    let mut w = Words(&text[p..]);
    let behalf = if w.lit_ci("en") {
        false
    } else if w.lit_ci("mede namens") {
        true
    } else {
        return None;
    };
    if !w.space() {
        return None;
    }
    const ROLES: [&str; 5] = [
        "minister-president",
        "ministers",
        "minister",
        "staatssecretarissen",
        "staatssecretaris",
    ];
    for with_de in [true, false] {
        let mut v = w;
        if with_de && !(v.lit_ci("de") && v.space()) {
            continue;
        }
        for role in ROLES {
            let mut r = v;
            if !r.lit_ci(role) {
                continue;
            }
            let role_text = &text[text.len() - v.0.len()..text.len() - r.0.len()];
            if !r.space() {
                continue;
            }
            let portfolio_at = text.len() - r.0.len();
            if !(r.lit_ci("van") || r.lit_ci("voor")) {
                continue;
            }
            // The spaces after "van" may also open the run (as the regex
            // gives back spaces when the run needs them): the most spaces
            // first.
            let spaces_at = text.len() - r.0.len();
            let spaces = r.0.len() - r.0.trim_start_matches(char::is_whitespace).len();
            let space_ends = text[spaces_at..spaces_at + spaces]
                .char_indices()
                .rev()
                .map(|(i, c)| spaces_at + i + c.len_utf8());
            for run_at in space_ends {
                if let Some((run_end, end)) = portfolio_run(text, run_at) {
                    return Some((end, (behalf, role_text, &text[portfolio_at..run_end])));
                }
            }
        }
    }
    None
}

/// The portfolio words from byte `at`: the shortest run of 3 to 80
/// characters without "(", ")" or "," after which comes a ",", a "(", a
/// whole "en de" or the end (after any spaces). Returns where the run ends
/// and where what ends it ends.
fn portfolio_run(text: &str, at: usize) -> Option<(usize, usize)> {
    let rest = &text[at..];
    let mut chars = rest.char_indices();
    let mut n = 0;
    loop {
        let (q, next) = match chars.next() {
            Some((q, c)) => (q, Some(c)),
            None => (rest.len(), None),
        };
        if n >= 3
            && let Some(len) = run_ends(rest, q)
        {
            return Some((at + q, at + q + len));
        }
        match next {
            Some(c) if n < 80 && !matches!(c, '(' | ')' | ',') => n += 1,
            _ => return None,
        }
    }
}

/// What ends a portfolio run at byte `q` of `rest`: spaces, then ",", "(",
/// a whole "en de" (any ASCII case) or the end of the text; its length.
fn run_ends(rest: &str, q: usize) -> Option<usize> {
    let t = rest[q..].trim_start_matches(char::is_whitespace);
    let skipped = rest.len() - q - t.len();
    if t.is_empty() {
        return Some(skipped);
    }
    if t.starts_with([',', '(']) {
        return Some(skipped + 1);
    }
    let b = rest.as_bytes();
    let at = rest.len() - t.len();
    let word = |i: usize| word_byte_at(b, i);
    let whole = (at == 0 || !word(at - 1)) && !word(at + "en de".len());
    (t.as_bytes()
        .get(..5)
        .is_some_and(|h| h.eq_ignore_ascii_case(b"en de"))
        && whole)
        .then_some(skipped + 5)
}

/// The official who heads "Antwoord van Minister Dijkgraaf (Onderwijs,
/// Cultuur en Wetenschap) …", read by hand: the official and where the
/// portfolio's parenthesis closes.
fn first_official<'a>(text: &str) -> Option<(Official<'a>, usize)> {
    let t = text.trim_start_matches('*');
    let after_van = ["Antwoord van ", "Mededeling van ", "Antwoorden van "]
        .iter()
        .find_map(|p| t.strip_prefix(p))?;
    let after_van = after_van.strip_prefix("de ").unwrap_or(after_van);
    let word_end = after_van.find(char::is_whitespace)?;
    let role = after_van[..word_end].to_lowercase();
    if ![
        "minister",
        "staatssecretaris",
        "minister-president",
        "viceminister-president",
    ]
    .contains(&role.as_str())
    {
        return None;
    }
    let rest = after_van[word_end..].trim_start();
    let rest = rest
        .strip_prefix("van ")
        .or_else(|| rest.strip_prefix("voor "))
        .unwrap_or(rest);
    // A letter's annex title names the portfolio, no person: "Antwoorden
    // van de minister van Justitie en Veiligheid mede namens … op
    // Kamervragen …".
    if t.starts_with("Antwoorden van ") {
        let end = [" mede namens ", " op ", ","]
            .iter()
            .filter_map(|p| rest.find(p))
            .min()
            .unwrap_or(rest.len());
        if end > 120 {
            return None;
        }
        let portfolio = rest[..end].trim();
        if portfolio.is_empty() {
            return None;
        }
        return Some((
            Official {
                role,
                name: None,
                portfolio: Some(Cow::Owned(portfolio.to_string())),
                on_behalf: false,
            },
            text.len() - rest.len() + end,
        ));
    }
    let name_end = rest.find(['(', ',']).filter(|&e| e <= 80)?;
    let name = rest[..name_end].trim();
    if name.is_empty() {
        return None;
    }
    let mut end = text.len() - rest.len() + name_end;
    let mut portfolio = None;
    if let Some(inner) = rest[name_end..].strip_prefix('(') {
        let close = inner.find([')', '(']).unwrap_or(inner.len()).min(120);
        let close = crate::text::floor_char_boundary(inner, close);
        portfolio = Some(Cow::Owned(inner[..close].trim().to_string()));
        end += 1 + close + usize::from(inner[close..].starts_with(')'));
    }
    Some((
        Official {
            role,
            name: Some(Cow::Owned(name.to_string())),
            portfolio,
            on_behalf: false,
        },
        end,
    ))
}

/// The date after the first "ingezonden" in `text` (an annex title or an
/// opening sentence), resolved against `anchor` when it is "3 april jl.".
pub(crate) fn ingezonden_date(text: &str, anchor: Option<NaiveDate>) -> Option<NaiveDate> {
    date::date_after_word(text, &INGEZONDEN, anchor).and_then(|d| d.0)
}

/// The members named in `text` after "van het lid", "de leden" etc.
pub(crate) fn members<'a>(text: &str) -> Vec<Member<'a>> {
    // The askers are named near the top: in the heading, the subject or the
    // opening sentence.
    let text = &text[..crate::text::floor_char_boundary(text, 3000)];
    let Some(end) = member_phrase_end(text) else {
        return Vec::new();
    };
    parse_member_list(&text[end..])
}

/// Where the first phrase that introduces members ends: "van het lid",
/// "door de leden", "het Kamerlid", "de leden" (any case), with the spaces
/// after it. Found by the word "lid"/"leden" and checked backwards: the
/// same as the first match of the regex
///
/// ```text
/// (?i)\b(?:(?:van|door)\s+(?:het\s+|de\s+)?|(?:het|de)\s+)(?:kamer)?(?:lid|leden)\s+(?:lid\s+)?
/// ```
///
/// (`\b` between ASCII word characters), without scanning the text with it.
fn member_phrase_end(text: &str) -> Option<usize> {
    let spaces_after = |i: usize| crate::text::after_spaces(text, i);
    let spaces_before = |i: usize| text[..i].trim_end_matches(char::is_whitespace).len();
    let ends_with = |i: usize, w: &str| {
        i >= w.len() && text.as_bytes()[i - w.len()..i].eq_ignore_ascii_case(w.as_bytes())
    };
    // A whole word `w` ends at `i`.
    let word_before = |i: usize, w: &str| {
        ends_with(i, w) && (i == w.len() || !word_byte_at(text.as_bytes(), i - w.len() - 1))
    };
    for m in member_words(text) {
        let mut end = spaces_after(m.end);
        if end == m.end {
            continue;
        }
        let lid_again = text
            .as_bytes()
            .get(end..end + 3)
            .is_some_and(|w| w.eq_ignore_ascii_case(b"lid"));
        if lid_again {
            let after = spaces_after(end + 3);
            if after > end + 3 {
                end = after;
            }
        }
        let mut p = m.start;
        if ends_with(p, "kamer") {
            p -= "kamer".len();
        }
        let w = spaces_before(p);
        if w == p {
            continue;
        }
        if ["het", "de", "van", "door"]
            .iter()
            .any(|k| word_before(w, k))
        {
            return Some(end);
        }
    }
    None
}

/// Each "lid" and "leden" in `text` (any case), in order: found at their
/// "l" by a SIMD search (one pass, where a case-insensitive automaton
/// restarts its search at every "l" it cannot use). The two words do not
/// overlap: neither holds an "l" after its first letter.
fn member_words(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let b = text.as_bytes();
    let at = |p: usize, rest: &[u8]| {
        b.get(p + 1..p + 1 + rest.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(rest))
    };
    memchr::memchr2_iter(b'l', b'L', b).filter_map(move |p| {
        if at(p, b"id") {
            Some(p..p + 3)
        } else if at(p, b"eden") {
            Some(p..p + 5)
        } else {
            None
        }
    })
}

/// Where a name in a member list ends: at "(", ",", ")", a word that
/// follows names (" en ", " aan ", " over ", …), or the first full stop
/// unless that one is inside initials ("D.M. van Weel"). One pass.
fn name_end(window: &str) -> Option<usize> {
    const AFTER_NAME: [&[u8]; 7] = [
        b"en ",
        b"aan ",
        b"over ",
        b"op ",
        b"hebben ",
        b"schriftelijke ",
        b"inzake ",
    ];
    let b = window.as_bytes();
    let mut seen_stop = false;
    for (p, &c) in b.iter().enumerate() {
        match c {
            b'(' | b',' | b')' => return Some(p),
            b'.' if !seen_stop => {
                if p > 2 {
                    return Some(p);
                }
                seen_stop = true;
            }
            b' ' if AFTER_NAME.iter().any(|w| b[p + 1..].starts_with(w)) => return Some(p),
            _ => {}
        }
    }
    None
}

/// Parse "A (X), B en C (allen Y) aan de minister …" into members.
pub(crate) fn parse_member_list<'a>(s: &str) -> Vec<Member<'a>> {
    // A member list is short; look no further than this.
    let s = collapse_ws(&s[..crate::text::floor_char_boundary(s, 600)]);
    // Members are pushed as their names are read; those from `pending` on
    // still wait for the party in the parentheses after them.
    let mut out: Vec<Member<'a>> = Vec::new();
    let mut pending = 0;
    let mut rest: &str = &s;
    loop {
        rest = rest.trim_start();
        // A name runs to "(", ",", " en ", or a word that ends the list;
        // names are short, so only the next 80 bytes are searched.
        let window = &rest[..crate::text::floor_char_boundary(rest, 80)];
        let end = name_end(window).unwrap_or(rest.len());
        let name = rest[..end].trim();
        let words = name.split(' ').count();
        if name.is_empty() || words > 6 || name.len() > 60 || name.starts_with(char::is_lowercase) {
            break;
        }
        out.push(Member {
            name: Cow::Owned(name.to_string()),
            party: None,
        });
        rest = &rest[end..];
        if let Some(after) = rest.strip_prefix('(') {
            let close = after.find(')').unwrap_or(after.len());
            let mut party = after[..close].trim();
            for q in ["allen ", "beiden ", "alle ", "beide "] {
                if let Some(p) = party.strip_prefix(q) {
                    party = p.trim();
                }
            }
            if !party.is_empty() {
                for m in &mut out[pending..] {
                    m.party = Some(Cow::Owned(party.to_string()));
                }
            }
            pending = out.len();
            rest = after.get(close + 1..).unwrap_or("");
            // A party that lacks its ")" ends the list.
            if close == after.len() {
                break;
            }
        }
        let r = rest.trim_start();
        if let Some(r2) = r.strip_prefix(',') {
            rest = r2;
            // "…, en C"
            let r3 = rest.trim_start();
            if let Some(r4) = r3.strip_prefix("en ") {
                rest = r4;
            }
        } else if let Some(r2) = r.strip_prefix("en ") {
            rest = r2;
        } else {
            break;
        }
    }
    out
}

/// "aan de Minister van …" and "over …" of a "Vragen van" heading.
pub(crate) fn addressees_and_topic(text: &str) -> (Vec<String>, Option<String>) {
    // Searchers built once: each search is over a short heading, where
    // building a searcher costs more than searching.
    static AAN: Lazy<memmem::Finder<'static>> = Lazy::new(|| memmem::Finder::new(" aan "));
    static OVER: Lazy<memmem::Finder<'static>> = Lazy::new(|| memmem::Finder::new(" over "));
    static EN_DE: Lazy<memmem::Finder<'static>> = Lazy::new(|| memmem::Finder::new(" en de "));
    static INGEZONDEN_DATE: Lazy<memmem::FinderRev<'static>> =
        Lazy::new(|| memmem::FinderRev::new("(ingezonden"));
    let text = unglue(text);
    let text = &*text;
    // The topic from where it starts: up to "(ingezonden", without the
    // closing full stop.
    let topic_from = |t: &str| {
        let t = INGEZONDEN_DATE.rfind(t.as_bytes()).map_or(t, |p| &t[..p]);
        t.trim().trim_end_matches(['.', ',']).to_string()
    };
    let Some(aan) = AAN.find(text.as_bytes()) else {
        // No addressees named: the topic alone ("… van het lid X (PvdD)
        // over …").
        let topic = OVER
            .find(text.as_bytes())
            .map(|o| topic_from(&text[o + " over ".len()..]));
        return (Vec::new(), topic);
    };
    let after = &text[aan + 5..];
    // Where the addressees end and the topic starts: " over ", or "over"
    // glued to the last addressee's word ("… Welzijn en Sportover zorg").
    let over = OVER
        .find(after.as_bytes())
        .map(|o| (o, o + " over ".len()))
        .or_else(|| glued_over(after));
    let listed = &after[..over.map_or(after.len(), |o| o.0)];
    let mut addressees = Vec::new();
    let mut from = 0;
    let ends = EN_DE.find_iter(listed.as_bytes()).chain([listed.len()]);
    for end in ends {
        let s = listed[from..end].trim().trim_end_matches(',');
        // Each as the others are listed, without the article ("de
        // Minister van …" first, "en de Minister van …" after).
        let s = s.strip_prefix("de ").unwrap_or(s);
        if !s.is_empty() && s.len() < 200 {
            addressees.push(s.to_string());
        }
        from = (end + " en de ".len()).min(listed.len());
    }
    let topic = over.map(|(_, o)| topic_from(&after[o..]));
    (addressees, topic)
}

/// "over " glued to a capitalised word before it ("Sportover zorg"), where
/// an extractor dropped the line break: where the word "over" starts and
/// where the topic does.
fn glued_over(after: &str) -> Option<(usize, usize)> {
    static OVER_WORD: Lazy<memmem::Finder<'static>> = Lazy::new(|| memmem::Finder::new("over "));
    OVER_WORD
        .find_iter(after.as_bytes())
        .find_map(|p| {
            let word_start = after[..p].rfind(' ').map_or(0, |s| s + 1);
            let word = &after[word_start..p];
            let glued = word.len() >= 3
                && word.starts_with(|c: char| c.is_uppercase())
                && word.ends_with(|c: char| c.is_lowercase());
            glued.then_some((p, p + "over ".len()))
        })
        .or_else(|| over_glued_to_article(after))
}

/// " over" glued to the article after it ("Sport overhet verdwijnen van
/// …"), where PyPDF joined two lines without a space: where the word
/// "over" starts (its space) and where the topic does (the article).
fn over_glued_to_article(after: &str) -> Option<(usize, usize)> {
    static OVER_GLUED: Lazy<memmem::Finder<'static>> = Lazy::new(|| memmem::Finder::new(" over"));
    OVER_GLUED.find_iter(after.as_bytes()).find_map(|p| {
        let topic = p + " over".len();
        let word = after[topic..].split(' ').next().unwrap_or("");
        let glued = ["het", "de", "een", "hun"].contains(&word) && after.len() > topic + word.len();
        glued.then_some((p, topic))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use regex::Regex;

    /// The heading regexes that the hand readers replace.
    static HEAD_REGEXES: Lazy<[Regex; 5]> = Lazy::new(|| {
        [
            r"^(?:\*\*)?(?:(?:Schriftelijke|Mondelinge)\s+)?(?i:vra(?:gen|ag))\s+van\s+(?:het|de|een)\s+(?:Kamer)?(?:lid|leden)(?-u:\b)",
            r"^(?:\*\*)?(Antwoord|Mededeling)\s+van\s+(?:de\s+)?(?i:minister-president|minister|staatssecretaris|viceminister-president)(?-u:\b)",
            r"^(?:19|20)[0-9]{2}Z\s?[0-9]{5}$",
            r"(?i)^\(\s*ingezonden\s[^)]{0,60}\)\.?$",
            r"^Zie ook Aanhangsel(?-u:\b)",
        ]
        .map(|r| Regex::new(r).unwrap())
    });

    /// What each regex said of a line in `read`, behind its cheap tests.
    fn by_regex(t: &str) -> [bool; 5] {
        let r = &*HEAD_REGEXES;
        let u = t.strip_prefix("**").unwrap_or(t);
        [
            matches!(t.as_bytes().first(), Some(b'*' | b'V' | b'v' | b'S' | b'M'))
                && (u
                    .as_bytes()
                    .get(..3)
                    .is_some_and(|h| h.eq_ignore_ascii_case(b"vra"))
                    || u.starts_with("Schriftelijke")
                    || u.starts_with("Mondelinge"))
                && r[0].is_match(u),
            matches!(t.as_bytes().first(), Some(b'*' | b'A' | b'M'))
                && (u.starts_with("Antwoord") || u.starts_with("Mededeling"))
                && r[1].is_match(u),
            matches!(t.as_bytes().first(), Some(b'1' | b'2'))
                && t.as_bytes().get(4) == Some(&b'Z')
                && r[2].is_match(t),
            t.starts_with('(') && r[3].is_match(t),
            t.starts_with('Z') && r[4].is_match(t),
        ]
    }

    fn by_hand(t: &str) -> [bool; 5] {
        let first = t.as_bytes().first();
        [
            is_questions_head(t),
            is_answer_head(t),
            matches!(first, Some(b'1' | b'2')) && is_zaak_line(t),
            first == Some(&b'(') && is_ingezonden_line(t),
            first == Some(&b'Z') && is_see_also(t),
        ]
    }

    #[test]
    fn heading_lines_as_the_regexes_read_them() {
        for t in [
            "Vragen van het lid Jansen (PVV) aan de minister",
            "**Vragen van de leden A en B",
            "Schriftelijke vragen van het Kamerlid X",
            "Mondelinge vraag van een lid",
            "VRAGEN van het lid",
            "Vragen van het lidmaatschap",
            "Vragen van het lid_x",
            "Vragen\u{a0}van het\nlid",
            "Schriftelijkevragen van het lid",
            "Antwoord van minister Dijkgraaf",
            "**Mededeling van de Staatssecretaris",
            "Antwoord van de minister-president",
            "Antwoord van Viceminister-president X",
            "Antwoord van \u{17f}taatssecretaris X",
            "Antwoord van de ministers",
            "Antwoord van de de minister",
            "Antwoord van deminister",
            "2024Z18285",
            "2024Z 17972",
            "2024Z\u{a0}17972",
            "2024Z  17972",
            "2024Z179721",
            "1999Z12345.",
            "(ingezonden 6 maart 2024).",
            "( INGEZONDEN\t6 maart 2024)",
            "(ingezonden 6 maart 2024) en",
            "(ingezonden)",
            "(ingezonden aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa)",
            "(ingezonden ééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééé)",
            "Zie ook Aanhangsel Handelingen",
            "Zie ook Aanhangsels",
            "Zie ook Aanhangsel",
            "Antwoord van Minister Keijzer",
            "Antwoord van de MINISTER van Financiën",
            "Mededeling van Staatssecretaris X",
            "",
        ] {
            assert_eq!(by_hand(t), by_regex(t), "{t:?}");
        }
        // At most 60 characters (not bytes) inside the parentheses.
        for n in [59, 60, 61] {
            for c in ["a", "é"] {
                let t = format!("(ingezonden {})", c.repeat(n));
                assert_eq!(by_hand(&t), by_regex(&t), "{t:?}");
            }
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(6000))]
        /// The hand readers of the heading lines say what the regexes say,
        /// on lines put together from their words and near misses.
        #[test]
        fn heading_lines_match_their_regexes(parts in proptest::collection::vec(
            proptest::sample::select(vec![
                "**", "Schriftelijke", "Mondelinge", "Vragen", "vraag", "VRAAG", "vragen",
                "van", "Van", "het", "de", "een", "Kamer", "kamer", "lid", "leden", "Leden",
                "Antwoord", "Mededeling", "minister", "Minister", "minister-president",
                "staatssecretaris", "\u{17f}taatssecretaris", "viceminister-president", "\u{212a}",
                " ", "  ", "\n", "\u{a0}", "\t", "x", "_", "-", "é", ".", "(", ")", "(ingezonden",
                "ingezonden", "INGEZONDEN", "6 maart 2024", "Zie ook Aanhangsel", "s",
                "2024Z", "1999Z", "18285", "1828", "2", "Z", "20", "19", "Antwoord van ",
                "Mededeling van de ", "Vragen van het ", "Vraag van de Kamer", "Schriftelijke ",
            ]),
            0..9,
        )) {
            let t: String = parts.concat();
            proptest::prop_assert_eq!(by_hand(&t), by_regex(&t), "{:?}", t);
            // A line that `read` passes over by its first byte is none of
            // these.
            if !t.as_bytes().first().is_some_and(|&c| MAY_BE_HEADING[usize::from(c)]) {
                proptest::prop_assert_eq!(by_hand(&t), [false; 5]);
                proptest::prop_assert!(ah_line(&t).is_none() && !t.starts_with("1."));
            }
        }
    }

    /// [`unglue`] as it was written before the SWAR scan, to check it.
    fn unglue_bytewise(text: &str) -> Cow<'_, str> {
        let b = text.as_bytes();
        let first = b
            .windows(2)
            .position(|w| w[0].is_ascii_lowercase() && (w[1].is_ascii_uppercase() || w[1] >= 0xC3));
        let Some(first) = first else {
            return Cow::Borrowed(text);
        };
        let mut out: Option<String> = None;
        let mut copied = 0;
        for i in first + 1..b.len() {
            let capital = b[i].is_ascii_uppercase()
                || b[i] >= 0xC0 && text[i..].starts_with(char::is_uppercase);
            if !(capital && b[i - 1].is_ascii_lowercase()) {
                continue;
            }
            let start = text[..i]
                .char_indices()
                .rev()
                .find(|&(_, c)| !c.is_ascii_alphabetic())
                .map_or(0, |(p, c)| p + c.len_utf8());
            if GLUED_WORDS.contains(&&text[start..i]) {
                let o = out.get_or_insert_with(|| String::with_capacity(text.len() + 4));
                o.push_str(&text[copied..i]);
                o.push(' ');
                copied = i;
            }
        }
        match out {
            Some(mut o) => {
                o.push_str(&text[copied..]);
                Cow::Owned(o)
            }
            None => Cow::Borrowed(text),
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(4000))]
        /// The SWAR scan finds the glued words the byte loop found, at
        /// every offset in the eight-byte words and across them.
        #[test]
        fn unglue_matches_the_byte_loop(parts in proptest::collection::vec(
            proptest::sample::select(vec![
                "en", "de", "van", "voor", "het", "namens", "over", "aan", "mede", "x", "Sport",
                "Minister", "É", "Ézo", "ë", "Ü", "ß", "\u{c0}", "z", "a", "Z", "A", "@", "[",
                "`", "{", " ", "-", "PvdA", "\u{7f}", "\u{80}", "Ǆ", "ǅ",
            ]),
            0..24,
        )) {
            let t: String = parts.concat();
            proptest::prop_assert_eq!(unglue(&t), unglue_bytewise(&t), "{:?}", t);
        }
    }

    static MEMBER_PHRASE: Lazy<Regex> = Lazy::new(|| {
        Regex::new(r"(?i)(?-u:\b)(?:(?:van|door)\s+(?:het\s+|de\s+)?|(?:het|de)\s+)(?:kamer)?(?:lid|leden)\s+(?:lid\s+)?").expect("member phrase")
    });

    // The co-answering officials as the regex that `also_answering` replaces.
    static ALSO_ANSWERING: Lazy<Regex> = Lazy::new(|| {
        Regex::new(r"(?i)(?-u:\b)(?:en|mede namens)\s+(?:de\s+)?(minister-president|ministers?|staatssecretaris(?:sen)?)\s+((?:van|voor)\s+[^(),]{3,80}?)(?:\s*(?:,|\(|(?-u:\b)en de(?-u:\b)|$))").expect("also answering")
    });

    const ALONG: [&str; 12] = [
        " en de minister van Onderwijs Cultuur Wetenschap Landbouw Natuur Voedselkwaliteit Sport Media Emancipatie Ruimte,",
        ", mede namens de Minister van Sociale Zaken en Werkgelegenheid",
        ", en de Staatssecretaris voor Buitenlandse Handel",
        " mede namens de minister-president",
        " en Minister van Justitie en Veiligheid (Justitie)",
        ", mede namens de staatssecretarissen van Financiën, en de ministers voor x",
        " en de Minister van Klimaat en Groene Groei en de Staatssecretaris van Volksgezondheid, Welzijn en Sport",
        "mede namens de MINISTER VAN DEFENSIE",
        " en de staatssecretaris van ab",
        " en de minister van (x)",
        " tenden de minister van Financiën,",
        ", mede namen\u{17f} de mini\u{17f}ter van Asiel en Migratie",
    ];

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(6000))]
        /// The reader agrees with the regex on real phrases, cut short,
        /// joined and with words changed.
        #[test]
        fn also_answering_matches_its_regex(
            a in 0..ALONG.len(),
            b in 0..ALONG.len(),
            cut in 20usize..400,
            swap in proptest::option::of((0usize..10, proptest::sample::select(vec![
                "en", "de", "van", "voor", "(", ")", ",", "  ", "\n", "minister", "Mede", "x", "",
            ]))),
        ) {
            let mut s = format!("{}{}", ALONG[a], ALONG[b]);
            // Cut short now and then (a cut past the end keeps it whole).
            let cut = crate::text::floor_char_boundary(&s, cut);
            s.truncate(cut);
            if let Some((k, w)) = swap {
                let words: Vec<&str> = s.split(' ').collect();
                let k = k % words.len();
                let mut v: Vec<&str> = words.clone();
                v[k] = w;
                s = v.join(" ");
            }
            let want: Vec<(bool, String, String)> = ALSO_ANSWERING
                .captures_iter(&s)
                .map(|c| (c[0].to_lowercase().starts_with("mede"), c[1].to_string(), c[2].to_string()))
                .collect();
            let got: Vec<(bool, String, String)> = also_answering(&s)
                .into_iter()
                .map(|(b, r, p)| (b, r.to_string(), p.to_string()))
                .collect();
            proptest::prop_assert_eq!(got, want, "{:?}", s);
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]
        /// Any text: only spaces are put in, after a small word.
        #[test]
        fn unglue_only_puts_spaces_in(s in "[a-zA-Zëé ]{0,12}(en|de|van)[A-ZÉ][a-zë]{0,4}") {
            let out = unglue(&s);
            proptest::prop_assert_eq!(out.replace(' ', ""), s.replace(' ', ""));
        }
    }

    #[test]
    fn paragraph_date_is_kept_only_for_text_as_read() {
        let date = NaiveDate::from_ymd_opt(2024, 3, 7);
        let tail = "belastingen (ingezonden 7 maart 2024). Zie ook Aanhangsel\nHandelingen, 12.\n";
        for (head, as_read) in [
            (
                "Vragen van het lid Jansen (PVV) aan de minister van Financiën over",
                true,
            ),
            // Markdown emphasis, a double space, a spacing cedilla: the
            // text is cleaned, and its date read again.
            (
                "Vragen van het lid **Jansen** (PVV) aan de minister over",
                false,
            ),
            (
                "Vragen van het lid Jansen  (PVV) aan de minister over",
                false,
            ),
            (
                "Vragen van het lid Jansen (PVV) aan de minister over Curac\u{b8}ao en",
                false,
            ),
        ] {
            let src = format!("{head}\n{tail}");
            let lines = crate::text::split_lines(&src);
            let mut tags: Vec<Tag> = lines
                .iter()
                .map(|l| {
                    if l.text(&src).is_empty() {
                        Tag::Blank
                    } else {
                        Tag::Content
                    }
                })
                .collect();
            let (end, text, d) =
                paragraph(&src, &lines, &tags, &Default::default(), 0, &INGEZONDEN);
            assert_eq!(end, 3, "{src}");
            assert!(
                text.ends_with("2024). Zie ook Aanhangsel Handelingen, 12."),
                "{text}"
            );
            assert_eq!(d, if as_read { date } else { None }, "{src}");
            assert_eq!(
                read(&src, &lines, &mut tags, &Default::default()).submitted_on,
                date,
                "{src}"
            );
        }
    }

    #[test]
    fn addressees_and_topic_as_split_would_read_them() {
        // The former reading, by `str` splits.
        fn by_split(text: &str) -> (Vec<String>, Option<String>) {
            let topic_after = |t: &str| {
                t.find(" over ").map(|o| {
                    let t = &t[o + 6..];
                    let t = t.rsplit_once("(ingezonden").map_or(t, |x| x.0);
                    t.trim().trim_end_matches(['.', ',']).to_string()
                })
            };
            let Some(aan) = text.find(" aan ") else {
                return (Vec::new(), topic_after(text));
            };
            let after = &text[aan + 5..];
            let over = after.find(" over ");
            let addressees = after[..over.unwrap_or(after.len())]
                .split(" en de ")
                .map(|s| s.trim().trim_end_matches(','))
                .map(|s| s.strip_prefix("de ").unwrap_or(s).to_string())
                .filter(|s| !s.is_empty() && s.len() < 200)
                .collect();
            let topic = over.map(|o| {
                let t = &after[o + 6..];
                let t = t.rsplit_once("(ingezonden").map_or(t, |x| x.0);
                t.trim().trim_end_matches(['.', ',']).to_string()
            });
            (addressees, topic)
        }
        assert_eq!(
            addressees_and_topic(
                "Vragen van het lid X (SP) aan de Ministers van Asiel en Migratie en van Volksgezondheid, Welzijn en Sportover zorg voor baby’s (ingezonden 18 november 2024)."
            ),
            (
                vec![
                    "Ministers van Asiel en Migratie en van Volksgezondheid, Welzijn en Sport"
                        .to_string()
                ],
                Some("zorg voor baby’s".to_string())
            )
        );
        assert_eq!(
            unglue("namens deStaatssecretaris van Welzijn enSport"),
            "namens de Staatssecretaris van Welzijn en Sport"
        );
        assert_eq!(unglue("GroenLinks-PvdA"), "GroenLinks-PvdA");
        assert_eq!(
            unglue("lid DaniëlleJansen enDe"),
            "lid DaniëlleJansen en De"
        );
        for t in [
            "Vragen van het lid Kostić (PvdD) aan de minister van Justitie en Veiligheid en de staatssecretaris van Financiën over het bericht (ingezonden 3 mei 2024).",
            "Vragen van de leden A en B aan de minister-president, en de minister van Defensie, over x (ingezonden 1 juni 2024) (ingezonden 2 juni).",
            "Vragen aan de minister en de",
            "Vragen aan  over  (ingezonden",
            "geen aan-woord",
            "Antwoorden op Kamervragen van het lid X (PvdD) over ernstig dierenleed.",
            "",
        ] {
            assert_eq!(addressees_and_topic(t), by_split(t), "{t:?}");
        }
    }

    #[test]
    fn ah_line_matches_its_regex() {
        let re = Regex::new(r"^(?:AH|#+)\s*([0-9]{1,5})$").unwrap();
        for t in [
            "AH 599",
            "AH599",
            "## 12",
            "#1",
            "AH 123456",
            "AH",
            "# ",
            "AH 5 ",
            "Ah 5",
            "AH\u{a0}7",
            "A 5",
            "#x5",
            "",
            "AH 00012",
        ] {
            let theirs = re.captures(t).and_then(|c| c.get(1)).map(|m| m.as_str());
            assert_eq!(ah_line(t), theirs, "{t:?}");
        }
    }

    #[test]
    fn member_phrase_cases() {
        for t in [
            "Vragen van het lid Jansen",
            "van de Kamerleden A en B",
            "door het\nlid X",
            "het lid lid Jansen",
            "HET LID Y",
            "xde lid Z",
            "de kamer lid Z",
            "de lidstaten en de leden Q",
            "van  het  Kamerlid\u{a0}R",
            "zonder",
        ] {
            assert_eq!(
                member_phrase_end(t),
                MEMBER_PHRASE.find(t).map(|m| m.end()),
                "{t:?}"
            );
        }
        assert_eq!(member_phrase_end("van het lid Jansen"), Some(12));
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(4000))]
        #[test]
        fn member_phrase_matches_its_regex(parts in proptest::collection::vec(
            proptest::sample::select(vec![
                "van", "door", "het", "de", "Het", "DE", "kamer", "Kamer", "lid", "LID",
                "leden", "Leden", " ", "  ", "\n", "\u{a0}", "x", "_", "é", ".", "(",
                "lidstaten", "Jansen", "lEdEn", "l", "L", "i", "d",
            ]),
            1..10,
        )) {
            let t: String = parts.concat();
            proptest::prop_assert_eq!(
                member_phrase_end(&t),
                MEMBER_PHRASE.find(&t).map(|m| m.end()),
                "{:?}", t
            );
        }
    }

    fn names(s: &str) -> Vec<(String, Option<String>)> {
        members(s)
            .into_iter()
            .map(|m| (m.name.into_owned(), m.party.map(Cow::into_owned)))
            .collect()
    }

    fn p(n: &str, party: &str) -> (String, Option<String>) {
        (n.to_string(), Some(party.to_string()))
    }

    #[test]
    fn member_lists() {
        assert_eq!(
            names("Vragen van de leden Mutluer (GroenLinks-PvdA) en Kostić (PvdD) aan de Minister"),
            [p("Mutluer", "GroenLinks-PvdA"), p("Kostić", "PvdD")]
        );
        assert_eq!(
            names("Vragen van de leden Van Weyenberg, Romke de Jong en Kat (allen D66) aan de"),
            [
                p("Van Weyenberg", "D66"),
                p("Romke de Jong", "D66"),
                p("Kat", "D66")
            ]
        );
        assert_eq!(
            names(
                "van de leden Beckerman (SP), Bushoff , Kröger (beiden GroenLinks-PvdA), Bamenga (D66) en Teunissen (PvdD) aan"
            ),
            [
                p("Beckerman", "SP"),
                p("Bushoff", "GroenLinks-PvdA"),
                p("Kröger", "GroenLinks-PvdA"),
                p("Bamenga", "D66"),
                p("Teunissen", "PvdD")
            ]
        );
        assert_eq!(
            names("van het lid Faber-van de Klashorst(PVV) aan"),
            [p("Faber-van de Klashorst", "PVV")]
        );
        assert_eq!(
            names("Vragen van de leden lid Inge van Dijk (CDA), Vijlbrief (D66)"),
            [p("Inge van Dijk", "CDA"), p("Vijlbrief", "D66")]
        );
        assert_eq!(
            names(
                "Op 6 november jl. hebben de leden Gabriëls en Bromet (beiden GroenLinks-PvdA) schriftelijke vragen"
            ),
            [
                p("Gabriëls", "GroenLinks-PvdA"),
                p("Bromet", "GroenLinks-PvdA")
            ]
        );
    }

    #[test]
    fn officials_from_answer_heading() {
        let o = officials(
            "Antwoord van Staatssecretaris Heijnen (Infrastructuur en Waterstaat), mede namens de Minister van Justitie en Veiligheid (ontvangen 17 mei 2024).",
        );
        assert_eq!(o[0].role, "staatssecretaris");
        assert_eq!(o[0].name.as_deref(), Some("Heijnen"));
        assert_eq!(
            o[0].portfolio.as_deref(),
            Some("Infrastructuur en Waterstaat")
        );
        assert_eq!(o.len(), 2);
        assert!(o[1].on_behalf);
        assert_eq!(o[1].role, "minister");
        assert_eq!(o[1].portfolio.as_deref(), Some("Justitie en Veiligheid"));
        let o = officials(
            "Antwoord van Staatssecretaris Van Rij (Financiën), mede namens de Minister voor Buitenlandse Handel en Ontwikkelingssamenwerking (ontvangen 21 mei 2024).",
        );
        assert_eq!(o[0].name.as_deref(), Some("Van Rij"));
        assert_eq!(o[1].role, "minister");
        assert_eq!(
            o[1].portfolio.as_deref(),
            Some("Buitenlandse Handel en Ontwikkelingssamenwerking")
        );
    }

    /// Two officials answer jointly: "… en van Minister Z (…)".
    #[test]
    fn officials_who_answer_jointly() {
        let o = officials(
            "Antwoord van Staatssecretaris Van Marum (Binnenlandse Zaken en Koninkrijksrelaties) en van Minister Hermans (Klimaat en Groene Groei) (ontvangen 18 november 2024).",
        );
        assert_eq!(o.len(), 2, "{o:?}");
        assert_eq!(o[0].name.as_deref(), Some("Van Marum"));
        assert_eq!(
            o[0].portfolio.as_deref(),
            Some("Binnenlandse Zaken en Koninkrijksrelaties")
        );
        assert_eq!(o[1].role, "minister");
        assert!(!o[1].on_behalf);
        assert_eq!(o[1].name.as_deref(), Some("Hermans"));
        assert_eq!(o[1].portfolio.as_deref(), Some("Klimaat en Groene Groei"));
        // "en van de Minister van …" names a portfolio, no second answer.
        let o = officials(
            "Antwoord van Minister Keijzer (Volkshuisvesting en Ruimtelijke Ordening), mede namens de Minister van Financiën en van de Minister van Justitie en Veiligheid (ontvangen 3 mei 2024).",
        );
        assert!(
            o.iter()
                .all(|o| o.name.is_none() || o.name.as_deref() == Some("Keijzer")),
            "{o:?}"
        );
    }
}
