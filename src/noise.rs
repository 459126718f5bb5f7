//! Extraction noise: page furniture that PDF and Word converters leave in
//! the text.
//!
//! Page footers ("Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel 2"), the
//! KOOP publication footer ("ah-tk-20232024-1314 / ISSN 0921 - 7398 /
//! ’s-Gravenhage 2024"), page numbers, "Pagina 2 van 4", the kop of an
//! Aanhangsel publication, Markdown page rules, and template boilerplate.
//! A footer glued to the text that follows it ("Aanhangsel 1Antwoord 3",
//! PyPDF2) is cut off the line, and the line keeps the rest.

use once_cell::sync::Lazy;
use regex::Regex;

use crate::model::NoiseKind;
use crate::text::{Layout, Line, Words, starts_with_ci, trim, word_byte_at};

/// What a line is, after the noise pass.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tag {
    Blank,
    Noise(NoiseKind),
    /// Part of a footnote or endnote body.
    Footnote,
    /// Part of the kamervragen heading ("Vragen van …", "Antwoord van …").
    Heading,
    Content,
}

/// The result of the noise pass.
pub(crate) struct NoiseScan {
    pub tags: Vec<Tag>,
    /// Lines that end a printed page (page footers, page rules): footnote
    /// bodies sit right above them.
    pub page_ends: Vec<usize>,
    /// Noise cut off the front of lines that keep other text.
    pub prefixes: Vec<(usize, usize)>,
    /// Content lines that open like a question or answer label: the only
    /// lines the label reader looks at. Line numbers are 32-bit like the
    /// offsets in [`Line`].
    pub label_lines: Vec<u32>,
    /// Content lines that open like a letter line (salutation, closing,
    /// letterhead label): the only lines the letter test looks at.
    pub letter_lines: Vec<u32>,
}

static PAGINA: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)^(?:VERTROUWELIJK\s*)?P\s?agina\s*[0-9]*\s*(?:van|/)\s*[0-9]*$")
        .expect("pagina regex")
});
/// The length of "Pagina 2 van 3" at the start of `t` where a letter follows
/// the page count at once: the next page's first words, glued to the footer
/// (a page count is never followed by a letter).
fn glued_pagina(t: &str) -> Option<usize> {
    let b = t.as_bytes();
    let mut i = if starts_with_ci(t, "pagina") {
        6
    } else if starts_with_ci(t, "p agina") {
        7
    } else {
        return None;
    };
    let spaces = |i: &mut usize| {
        while b.get(*i) == Some(&b' ') {
            *i += 1;
        }
    };
    let digits = |i: &mut usize| {
        let from = *i;
        while *i < b.len() && *i - from < 4 && b[*i].is_ascii_digit() {
            *i += 1;
        }
        (1..=3).contains(&(*i - from))
    };
    spaces(&mut i);
    if !digits(&mut i) {
        return None;
    }
    spaces(&mut i);
    if starts_with_ci(&t[i..], "van") {
        i += 3;
    } else if b.get(i) == Some(&b'/') {
        i += 1;
    } else {
        return None;
    }
    spaces(&mut i);
    (digits(&mut i) && t[i..].starts_with(char::is_alphabetic)).then_some(i)
}

/// A literal every page footer carries, searched before the footer regex.
static VERGADERJAAR: Lazy<memchr::memmem::Finder<'static>> =
    Lazy::new(|| memchr::memmem::Finder::new(b"vergaderjaar"));
static BOILERPLATE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)^(?:Bij\s+beantwoording[^\n]{0,40}vermelden|Wilt\s+u\s+slechts\s+één\s+zaak)")
        .expect("boilerplate")
});

/// The first two bytes (in any case) a content line opens with where it
/// may be a question or answer label ("Vra…", "Antw…", "**", as
/// `qa::opens_like_label` reads them) or a letter line (a salutation,
/// closing or letterhead label, as `letter::may_be_letter_line` reads
/// them: "Geachte", "Hoogachtend", "Zeer", "Met", "Datum", "Betreft",
/// "Bijlage", "Onderwerp", "Onze", "Ons", "Uw", "Kenmerk", "Kopie aan",
/// "Projectnaam", "Afschrift aan", "Referentie"): only such lines are
/// asked those tests.
const OPENS_PAIRS: [(&[u8], &[u8]); 12] = [
    (b"vV", b"rR"),
    (b"aA", b"nNfF"),
    (b"*", b"*"),
    (b"gG", b"eE"),
    (b"hH", b"oO"),
    (b"zZ", b"eE"),
    (b"mM", b"eE"),
    (b"dD", b"aA"),
    (b"bB", b"eEiI"),
    (b"oO", b"nN"),
    (b"uU", b"wW"),
    (b"kKpPrR", b"eEoOrR"),
];

/// [`OPENS_PAIRS`] as [`pair_tables`] makes them.
static OPENS_TABLES: ([u32; 256], [u32; 256]) = pair_tables(&OPENS_PAIRS, b"");

/// The first two bytes a line of page furniture can open with, as
/// [`furniture`] reads them: a footer ("Tweede", "ah-", "kv-", "h tk ",
/// "ISSN", a quote before "s-Gravenhage"), a rule ("---", "___", "==="),
/// "Pagina", "P agina" or "Vertrouwelijk" (any case), a classification
/// mark ("VERTROUWELIJK", "DEPARTEMENTAAL …", "STAATSGEHEIM", "STG. …",
/// "ZEER GEHEIM", "GEHEIM", "CONFIDENTIEEL"), boilerplate ("Bij", "Wilt",
/// any case). A quote may be followed by anything.
const FURNITURE_PAIRS: [(&[u8], &[u8]); 12] = [
    (b"T", b"w"),
    (b"a", b"h"),
    (b"k", b"v"),
    (b"h", b" "),
    (b"I", b"S"),
    (b"-_=", b"-_="),
    (b"pP", b"aA "),
    (b"vV", b"eE"),
    (b"DZG", b"E"),
    (b"S", b"T"),
    (b"C", b"O"),
    (b"bBwW", b"iI"),
];
/// The bytes a line of page furniture opens with whatever follows.
const FURNITURE_QUOTES: &[u8] = b"'`\xE2";

/// [`FURNITURE_PAIRS`] and [`FURNITURE_QUOTES`] as [`pair_tables`] makes them.
static FURNITURE_TABLES: ([u32; 256], [u32; 256]) = pair_tables(&FURNITURE_PAIRS, FURNITURE_QUOTES);
const ANY_SECOND: u32 = 1 << 31;

/// Pairs of first and second bytes as two tables: the second bytes of the
/// pairs each have a bit (the second table), and every first byte has the
/// bits of the second bytes that may follow it (the first table). Every
/// byte also has [`ANY_SECOND`], which `any` (bytes that may be followed
/// by anything) have in the first table.
const fn pair_tables(pairs: &[(&[u8], &[u8])], any: &[u8]) -> ([u32; 256], [u32; 256]) {
    let (mut first, mut second) = ([0u32; 256], [ANY_SECOND; 256]);
    let mut next_bit = 0;
    let mut p = 0;
    while p < pairs.len() {
        let (firsts, seconds) = pairs[p];
        let mut mask = 0;
        let mut k = 0;
        while k < seconds.len() {
            let c = seconds[k] as usize;
            if second[c] == ANY_SECOND {
                assert!(next_bit < 31, "at most 31 second bytes");
                second[c] |= 1 << next_bit;
                next_bit += 1;
            }
            mask |= second[c] & !ANY_SECOND;
            k += 1;
        }
        let mut k = 0;
        while k < firsts.len() {
            first[firsts[k] as usize] |= mask;
            k += 1;
        }
        p += 1;
    }
    let mut k = 0;
    while k < any.len() {
        first[any[k] as usize] |= ANY_SECOND;
        k += 1;
    }
    (first, second)
}

/// Whether the first two bytes of `t` (not empty; a missing second byte
/// counts as 0) are a pair of `tables`.
#[inline]
fn opens_with_pair(tables: &([u32; 256], [u32; 256]), t: &[u8]) -> bool {
    let second = t.get(1).copied().unwrap_or(0);
    tables.0[usize::from(t[0])] & tables.1[usize::from(second)] != 0
}

/// Whether the line `t` (not empty) opens as page furniture can: nearly
/// every line leaves the noise tests here, at two table look-ups.
#[inline]
fn may_be_furniture(t: &[u8]) -> bool {
    opens_with_pair(&FURNITURE_TABLES, t)
}

/// What a line that opens like page furniture is, by [`furniture`].
enum Furniture {
    /// A page footer, the line's first `.0` bytes; text may be glued after it.
    Footer(usize),
    /// Noise of this kind on the whole line; whether it ends a page.
    Line(NoiseKind, bool),
}

/// Classify every line: noise, or content, and for content lines whether
/// they open like a label or a letter line (so that no later pass need look
/// at every line for those). `lines` may be shortened at the front where a
/// footer is glued to the text that follows it.
pub(crate) fn scan(src: &str, lines: &mut [Line], layout: Layout) -> NoiseScan {
    let mut tags = vec![Tag::Content; lines.len()];
    let mut page_ends = Vec::new();
    let mut prefixes = Vec::new();
    // A document has a few dozen of each: room for most at once.
    let mut label_lines = Vec::with_capacity(16);
    let mut letter_lines = Vec::with_capacity(16);
    // Called only for the lines that open with a pair of [`OPENS_TABLES`]
    // (few do): the tables are looked up where the line is read, without
    // a call for every line.
    let mut opens = |i: usize, t: &str| {
        let i = u32::try_from(i).unwrap_or(u32::MAX);
        if crate::qa::opens_like_label(t) {
            label_lines.push(i);
        }
        if crate::letter::may_be_letter_line(t) {
            letter_lines.push(i);
        }
    };
    let mut seen_content = 0usize;
    for i in 0..lines.len() {
        let l = lines[i];
        if l.is_blank() {
            tags[i] = Tag::Blank;
            continue;
        }
        let t = l.text(src);
        // Most lines open with two bytes that no noise line opens with:
        // they go straight to the kop test and to being content.
        if may_be_furniture(t.as_bytes()) {
            match furniture(t, layout) {
                Some(Furniture::Footer(end)) => {
                    // Page footer, possibly with text glued after it.
                    page_ends.push(i);
                    let rest = trim(src, l.start() + end, l.end());
                    if rest.is_blank() {
                        tags[i] = Tag::Noise(NoiseKind::PageFurniture);
                    } else {
                        prefixes.push((l.start(), rest.start()));
                        lines[i] = rest;
                        if opens_with_pair(&OPENS_TABLES, rest.bytes(src)) {
                            opens(i, rest.text(src));
                        }
                    }
                    continue;
                }
                Some(Furniture::Line(kind, page_end)) => {
                    tags[i] = Tag::Noise(kind);
                    if page_end {
                        page_ends.push(i);
                    }
                    continue;
                }
                None => {}
            }
        }
        // The kop of an Aanhangsel or kamervragen publication, at the top.
        if seen_content == 0 && t.len() < 100 && is_kop(t) {
            tags[i] = Tag::Noise(NoiseKind::PageFurniture);
            continue;
        }
        seen_content += 1;
        if opens_with_pair(&OPENS_TABLES, t.as_bytes()) {
            opens(i, t);
        }
    }
    // A page number follows the footer in pdftotext output.
    for &e in &page_ends {
        let mut j = e + 1;
        while j < lines.len() && tags[j] == Tag::Blank {
            j += 1;
        }
        if j < lines.len() && tags[j] == Tag::Content {
            let t = lines[j].text(src);
            if !t.is_empty() && t.len() <= 3 && t.bytes().all(|b| b.is_ascii_digit()) {
                tags[j] = Tag::Noise(NoiseKind::PageNumber);
            }
        }
    }
    NoiseScan {
        tags,
        page_ends,
        prefixes,
        label_lines,
        letter_lines,
    }
}

/// The page furniture a line (not empty) that [`may_be_furniture`] lets
/// through is, if any. Kept out of line: few lines get here.
#[cold]
#[inline(never)]
fn furniture(t: &str, layout: Layout) -> Option<Furniture> {
    let first = t.as_bytes()[0];
    // Page footer, possibly with text glued after it.
    let may_be_footer = match first {
        b'T' => t.starts_with("Tweede"),
        b'a' | b'k' => t.starts_with("ah-") || t.starts_with("kv-"),
        b'I' => t.starts_with("ISSN"),
        b'\'' | b'`' | 0xE2 => true,
        _ => false,
    };
    if may_be_footer
        && VERGADERJAAR.find(t.as_bytes()).is_some()
        && let Some(end) = footer_len(t)
    {
        return Some(Furniture::Footer(end));
    }
    let pub_start = t.starts_with("ah-") || t.starts_with("kv-") || t.starts_with("h tk ");
    if pub_start && is_publication_footer(t) {
        // The Markdown footer ends a page; the KOOP "ah-tk-… ISSN" block
        // sits inside the first page's footnote area, above the real footer.
        return Some(Furniture::Line(NoiseKind::PageFurniture, first == b'h'));
    }
    if matches!(first, b'I' | b'\'' | 0xE2 | b'`')
        && t.len() < 60
        && (t.starts_with("ISSN") || t.contains("s-Gravenhage"))
        && issn_and_place(Words(t), false)
    {
        return Some(Furniture::Line(NoiseKind::PageFurniture, false));
    }
    if t.bytes().all(|b| b == b'-' || b == b'_' || b == b'=') && t.len() >= 3 {
        // A short Markdown rule ("-----") between printed pages is page
        // furniture; a long one borders a table.
        let page_rule = t.starts_with("---");
        let kind = if page_rule && t.len() <= 10 {
            NoiseKind::PageFurniture
        } else {
            NoiseKind::Marker
        };
        return Some(Furniture::Line(kind, page_rule));
    }
    // The first letter, in lower case, picks the few tests a line can need.
    let lower = first.to_ascii_lowercase();
    if t.len() < 40
        && match lower {
            b'p' => starts_with_ci(t, "pagina") || starts_with_ci(t, "p agina"),
            b'v' => starts_with_ci(t, "vertrouwelijk"),
            _ => false,
        }
        && PAGINA.is_match(t)
    {
        // In PDF text "Pagina 2 van 3" closes a page; Word puts all its
        // headers and footers together, away from the notes.
        return Some(Furniture::Line(
            NoiseKind::PageNumber,
            layout == Layout::Wrapped,
        ));
    }
    // "Pagina 2 van 3" glued to the first line of the next page, where the
    // pages were joined without a line end ("Pagina 2 van 3kind wordt …":
    // PyMuPDF's sorted text of a page ends without one).
    if lower == b'p'
        && layout == Layout::Wrapped
        && let Some(end) = glued_pagina(t)
    {
        return Some(Furniture::Footer(end));
    }
    // The classification printed at the top and bottom of every page
    // ("VERTROUWELIJK"), on a line of its own.
    if t.len() <= 40 && first.is_ascii_uppercase() && is_rubricering(t) {
        return Some(Furniture::Line(NoiseKind::PageFurniture, false));
    }
    // The regex is asked only where its words open the line.
    let may_be_boilerplate = match lower {
        b'b' => {
            starts_with_ci(t, "bij") && {
                let mut w = Words(&t[3..]);
                w.space() && w.lit_ci("beantwoording")
            }
        }
        b'w' => {
            starts_with_ci(t, "wilt") && {
                let mut w = Words(&t[4..]);
                w.space() && w.lit_ci("u") && w.space() && w.lit_ci("slechts")
            }
        }
        _ => false,
    };
    if may_be_boilerplate && BOILERPLATE.is_match(t) {
        return Some(Furniture::Line(NoiseKind::Boilerplate, false));
    }
    None
}

/// A page's classification mark ("rubricering"), as the Rijkshuisstijl
/// prints it: in capitals, alone on its line.
fn is_rubricering(t: &str) -> bool {
    matches!(
        t,
        "VERTROUWELIJK"
            | "DEPARTEMENTAAL VERTROUWELIJK"
            | "STAATSGEHEIM"
            | "ZEER GEHEIM"
            | "GEHEIM"
            | "CONFIDENTIEEL"
            | "STG. GEHEIM"
            | "STG. CONFIDENTIEEL"
            | "STG. ZEER GEHEIM"
    )
}

/// The kop of an Aanhangsel or kamervragen publication: "Tweede Kamer der
/// Staten-Generaal 2", "Vergaderjaar 2024–2025 Aanhangsel van de
/// Handelingen", "Vragen gesteld door de leden der Kamer, met de daarop
/// door de", "regering gegeven antwoorden", "'s-Gravenhage 2025", a page
/// digit; optionally after Markdown "#" and in "**". Read by hand as word
/// sequences: it is tried on the first lines of every text, where a regex
/// call costs more than the comparisons. The regex it replaces is in the
/// tests.
fn is_kop(t: &str) -> bool {
    let mut c = Words(t);
    if t.starts_with('#') {
        c.0 = t.trim_start_matches('#');
        c.spaces();
    }
    c.lit("**");
    // The kop ends the line, or only "**" follows.
    let end = |w: Words| w.0.is_empty() || w.0 == "**";
    let chamber = || {
        ["Tweede", "Eerste"].into_iter().any(|first| {
            let mut w = c;
            if !(w.lit(first) && w.space() && phrase(&mut w, "Kamer der Staten-Generaal")) {
                return false;
            }
            w.spaces();
            let mut digit = w;
            end(w) || (digit.digits(1) && end(digit))
        })
    };
    let year = || {
        let mut w = c;
        if !(phrase(&mut w, "Vergaderjaar")
            && w.space()
            && w.digits(4)
            && w.spaced().one_of(&['–', '-'])
            && w.spaced().digits(4))
        {
            return false;
        }
        end(w)
            || [
                "Aanhangsel van de Handelingen",
                "Vragen gesteld door de leden der Kamer",
            ]
            .into_iter()
            .any(|p| {
                let mut v = w;
                v.space() && phrase(&mut v, p) && end(v)
            })
    };
    let aanhangsel = || {
        let mut w = c;
        phrase(&mut w, "Aanhangsel van de Handelingen") && end(w)
    };
    let asked = || {
        let mut w = c;
        if !phrase(&mut w, "Vragen gesteld door de leden der Kamer") {
            return false;
        }
        let mut with = w;
        end(w)
            || (with.lit(",")
                && with.space()
                && phrase(&mut with, "met de daarop door")
                && (end(with) || {
                    let mut de = with;
                    de.space()
                        && de.lit("de")
                        && (end(de) || {
                            // The whole kop on one line (Markdown converters).
                            let mut all = de;
                            all.space()
                                && phrase(&mut all, "regering gegeven antwoorden")
                                && end(all)
                        })
                }))
    };
    let answers = || {
        let mut de = c;
        let mut w = c;
        (de.lit("de") && de.space() && phrase(&mut de, "regering gegeven antwoorden") && end(de))
            || (phrase(&mut w, "regering gegeven antwoorden") && end(w))
    };
    let page = || {
        let mut w = c;
        w.digits(1) && end(w)
    };
    let place = || {
        let mut w = c;
        w.one_of(&['\'', '’']) && w.lit("s-Gravenhage") && w.space() && w.digits(4) && end(w)
    };
    // Each kop opens with its own byte: only its reader is asked.
    match c.0.as_bytes().first() {
        Some(b'T' | b'E') => chamber(),
        Some(b'V') => year() || asked(),
        Some(b'A') => aanhangsel(),
        Some(b'd' | b'r') => answers(),
        Some(b'0'..=b'9') => page(),
        Some(b'\'' | 0xE2) => place(),
        _ => false,
    }
}

/// The KOOP publication footer on a line of its own: the publication id
/// ("ah-tk-20232024-1314", "kv-tk-2024Z18656", Markdown "h tk 20232024
/// 1314"), then an optional ISSN and place and year. Read by hand, as the
/// regex in the tests reads it.
fn is_publication_footer(t: &str) -> bool {
    if let Some((w, id)) = publication_id(t) {
        // What follows a shorter run than the whole id can only be a
        // glued "ISSN".
        return (1..=id).rev().any(|k| {
            let rest = &w.0[k..];
            (k == id || rest.starts_with("ISSN")) && issn_and_place(Words(rest), true)
        });
    }
    let mut w = Words(t);
    if !(w.lit("h tk ") && w.digits(8) && w.lit(" ")) {
        return false;
    }
    let number = w.0.bytes().take_while(u8::is_ascii_digit).count();
    number > 0 && issn_and_place(Words(&w.0[number..]), true)
}

/// A publication id at the start of `t` ("ah-tk-20232024-1314",
/// "kv-tk-2024Z18656", "ah-ek-…"): what follows its prefix, and the length
/// of the [0-9A-Za-z-] run the rest of the id lies in.
fn publication_id(t: &str) -> Option<(Words<'_>, usize)> {
    let mut w = Words(t);
    if !((w.lit("ah-") || w.lit("kv-")) && (w.lit("tk-") || w.lit("ek-"))) {
        return None;
    }
    let id =
        w.0.bytes()
            .take_while(|b| b.is_ascii_alphanumeric() || *b == b'-')
            .count();
    Some((w, id))
}

/// What ends a publication footer, up to the line end: an optional "ISSN
/// 0921 - 7398", an optional "’s-Gravenhage 2024", spaces before each
/// (before the ISSN only where `spaces_first`).
fn issn_and_place(w: Words<'_>, spaces_first: bool) -> bool {
    let place_to_end = |mut w: Words<'_>| {
        w.spaces();
        w.0.is_empty()
            || (w.one_of(&['’', '\'', '`'])
                && w.lit("s-Gravenhage")
                && w.spaced().digits(4)
                && w.0.is_empty())
    };
    let mut issn = w;
    if spaces_first {
        issn.spaces();
    }
    let with_issn = issn.lit("ISSN")
        && issn.spaced().digits(4)
        && issn.spaced().lit("-")
        && issn.spaced().digits(4);
    (with_issn && place_to_end(issn)) || place_to_end(w)
}

/// [`Words::phrase`], tried first as the words are printed nearly always,
/// apart by single spaces: a line that does not read so fails at its first
/// differing byte, and only a difference at a space (other or more spaces)
/// asks the full reader.
fn phrase(w: &mut Words<'_>, p: &str) -> bool {
    let (t, q) = (w.0.as_bytes(), p.as_bytes());
    let same = t.iter().zip(q).take_while(|(a, b)| a == b).count();
    if same == q.len() {
        w.0 = &w.0[same..];
        return true;
    }
    let at_space = q[same] == b' '
        || t.get(same)
            .is_some_and(|&c| c >= 0x80 || c.is_ascii_whitespace());
    at_space && w.phrase(p)
}

/// The PDF page footer at the start of `t` ("Tweede Kamer, vergaderjaar
/// 2024–2025, Aanhangsel 12 1"), with what PyPDF2 glues before it (the
/// publication id, ISSN, "'s-Gravenhage 2025"): its length. Read by hand,
/// as the regex in the tests reads it, because it is tried on every page.
fn footer_len(t: &str) -> Option<usize> {
    let left = |rest: Words| t.len() - rest.0.len();
    // Where the publication id ends is where the rest reads on, the
    // longest run first (as the regex tries).
    if let Some((w, id)) = publication_id(t) {
        for k in (1..=id).rev() {
            let mut rest = Words(&w.0[k..]);
            rest.spaces();
            // What follows the id opens with "ISSN", a quote or "Tweede".
            let opens = matches!(
                rest.0.as_bytes().first(),
                Some(b'I' | b'\'' | b'`' | 0xE2 | b'T')
            );
            if !opens {
                continue;
            }
            if let Some(end) = footer_after_id(rest) {
                return Some(left(end));
            }
        }
    }
    footer_after_id(Words(t)).map(left)
}

/// [`footer_len`] after the publication id: an optional ISSN, an optional
/// place and year, then the footer itself; what follows it.
fn footer_after_id(w: Words<'_>) -> Option<Words<'_>> {
    let mut issn = w;
    if issn.lit("ISSN")
        && issn.spaced().digits(4)
        && issn.spaced().lit("-")
        && issn.spaced().digits(4)
    {
        issn.spaces();
        if let Some(end) = footer_after_issn(issn) {
            return Some(end);
        }
    }
    footer_after_issn(w)
}

fn footer_after_issn(w: Words<'_>) -> Option<Words<'_>> {
    let mut place = w;
    if place.one_of(&['’', '\'', '`']) && place.lit("s-Gravenhage") && place.spaced().digits(4) {
        place.spaces();
        if let Some(end) = footer_core(place) {
            return Some(end);
        }
    }
    footer_core(w)
}

/// "Tweede Kamer, vergaderjaar 2024–2025, Aanhangsel" and the numbers
/// after it (the Aanhangsel and page numbers: up to two of up to three
/// digits, each after any spaces, as `pdftotext -layout` sets the page
/// number far right).
fn footer_core(mut w: Words<'_>) -> Option<Words<'_>> {
    let head = phrase(&mut w, "Tweede Kamer, vergaderjaar")
        && w.space()
        && w.digits(4)
        && w.spaced().one_of(&['–', '-'])
        && w.spaced().digits(4)
        && w.lit(",")
        && w.space()
        && (w.lit("Aanhangsel") || w.lit("Vragen"))
        && !word_byte_at(w.0.as_bytes(), 0);
    if !head {
        return None;
    }
    for _ in 0..2 {
        let mut n = w;
        n.spaces();
        let digits = n.0.bytes().take(3).take_while(u8::is_ascii_digit).count();
        if digits == 0 {
            break;
        }
        n.0 = &n.0[digits..];
        w = n;
    }
    Some(w)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::split_lines;

    /// The two-byte table lets through every line that the label and
    /// letter tests take: any first two characters before the rest of each
    /// word they know.
    #[test]
    fn opening_table_keeps_labels_and_letter_lines() {
        let rests = [
            "raag 1",
            "ragen 2",
            "RAAG 3",
            "ntwoord",
            "NTWOORD 1",
            "*Vraag 1**",
            "* x",
            "eachte",
            "ooggeachte",
            "oogachtend",
            "eer geachte",
            "et vriendelijke groet",
            "atum",
            "etreft",
            "ijlage",
            "nderwerp",
            "nze referentie",
            "ns kenmerk",
            "w brief",
            "enmerk",
            "opie aan",
            "rojectnaam",
            "fschrift aan",
            "eferentie",
        ];
        let mut firsts: Vec<char> = (0u8..0x80).map(char::from).collect();
        firsts.extend(['É', 'é', '’', '‘', '“', '•', '\u{a0}', 'ſ', '\u{212a}']);
        let (mut labels, mut letters) = (0, 0);
        for rest in rests {
            let rest = &rest[1..];
            for rest in [rest.to_string(), rest.to_uppercase()] {
                for c in &firsts {
                    for d in &firsts {
                        let t = format!("{c}{d}{rest}");
                        let may = opens_with_pair(&OPENS_TABLES, t.as_bytes());
                        if crate::qa::opens_like_label(&t) {
                            labels += 1;
                            assert!(may, "{t:?}");
                        }
                        if crate::letter::may_be_letter_line(&t) {
                            letters += 1;
                            assert!(may, "{t:?}");
                        }
                    }
                }
            }
        }
        // Every word was read as a label or letter line with its own
        // first two letters.
        assert!(labels >= 5 * 2 && letters >= 19 * 2, "{labels} {letters}");
    }

    /// The two-byte filter lets through every line that `furniture` takes:
    /// each kind of page furniture, and each with its first two characters
    /// replaced by any others (in any case).
    #[test]
    fn furniture_pairs_keep_every_furniture_line() {
        let lines = [
            "Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel 2",
            "Tweede Kamer, vergaderjaar 2022–2023, Aanhangsel 1Antwoord 3",
            "ah-tk-20232024-1314 ISSN 0921 - 7398 ’s-Gravenhage 2024",
            "kv-tk-2024Z18656",
            "h tk 20232024 1314",
            "ISSN 0921 - 7398’s-Gravenhage 2024Tweede Kamer, vergaderjaar 2024–2025, Aanhangsel 1",
            "ISSN 0921 - 7398",
            "’s-Gravenhage 2024",
            "'s-Gravenhage 2024",
            "`s-Gravenhage 2024",
            "-----",
            "________________",
            "===",
            "Pagina 2 van 4",
            "P agina 2 van 4",
            "Vertrouwelijk Pagina 1 van 2",
            "VERTROUWELIJK",
            "DEPARTEMENTAAL VERTROUWELIJK",
            "STAATSGEHEIM",
            "STG. ZEER GEHEIM",
            "ZEER GEHEIM",
            "GEHEIM",
            "CONFIDENTIEEL",
            "Bij beantwoording de datum en ons kenmerk vermelden",
            "Wilt u slechts één zaak in uw brief behandelen",
        ];
        let mut firsts: Vec<char> = (0u8..0x80).map(char::from).collect();
        firsts.extend(['’', '‘', '–', '\u{a0}', 'é']);
        for line in lines {
            assert!(furniture(line, Layout::Wrapped).is_some(), "{line:?}");
            let rest: String = line.chars().skip(2).collect();
            let (a, b) = {
                let mut c = line.chars();
                (c.next().unwrap(), c.next().unwrap())
            };
            for x in firsts.iter().chain([&a]) {
                for y in firsts.iter().chain([&b]) {
                    for t in [
                        format!("{x}{y}{rest}"),
                        format!("{x}{y}{rest}").to_lowercase(),
                    ] {
                        if furniture(&t, Layout::Wrapped).is_some() {
                            assert!(may_be_furniture(t.as_bytes()), "{t:?}");
                        }
                    }
                }
            }
        }
    }

    // The publication footer and the ISSN line as the regexes that
    // `is_publication_footer` and `issn_and_place` replace.
    static PUB_FOOTER: Lazy<Regex> = Lazy::new(|| {
        Regex::new(r"^(?:(?:ah|kv)-(?:tk|ek)-[0-9A-Za-z-]+|h tk [0-9]{8} [0-9]+)\s*(?:ISSN\s*[0-9]{4}\s*-\s*[0-9]{4})?\s*(?:[’'`]s-Gravenhage\s*[0-9]{4})?$")
            .expect("publication footer regex")
    });
    static ISSN: Lazy<Regex> = Lazy::new(|| {
        Regex::new(r"^(?:ISSN\s*[0-9]{4}\s*-\s*[0-9]{4})?\s*(?:[’'`]s-Gravenhage\s*[0-9]{4})?$")
            .expect("issn regex")
    });

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(8000))]
        /// Publication footers and ISSN lines and near misses: parts glued
        /// or spaced, left out, cut short, text after.
        #[test]
        fn publication_readers_match_their_regexes(
            id in proptest::sample::select(vec![
                "", "ah-tk-20232024-1314", "kv-tk-2024Z18656", "ah-ek-x", "ah-tk-", "kv-", "h tk 20232024 1314",
                "h tk 2023202 1", "h tk 20232024 ", "ah-tk-20242025-594ISSN", "ah-tk-ISSN",
            ]),
            issn in proptest::sample::select(vec!["", "ISSN 0921 - 7398", "ISSN0921-7398", "ISSN 092-7398", "ISSN 0921 -"]),
            place in proptest::sample::select(vec!["", "’s-Gravenhage 2024", "'s-Gravenhage2024", "`s-Gravenhage 202", "s-Gravenhage 2024"]),
            seps in proptest::collection::vec(proptest::sample::select(vec!["", " ", "  ", "\u{a0}", "\t", "x"]), 3),
            after in proptest::sample::select(vec!["", "", " ", "5", " x", "\u{2003}"]),
        ) {
            let t = format!("{id}{}{issn}{}{place}{}{after}", seps[0], seps[1], seps[2]);
            proptest::prop_assert_eq!(is_publication_footer(&t), PUB_FOOTER.is_match(&t), "{:?}", t);
            proptest::prop_assert_eq!(issn_and_place(Words(&t), false), ISSN.is_match(&t), "{:?}", t);
        }
    }

    // The page footer as the regex that `footer_len` replaces.
    static FOOTER: Lazy<Regex> = Lazy::new(|| {
        Regex::new(
        r"^(?:(?:ah|kv)-(?:tk|ek)-[0-9A-Za-z-]+\s*)?(?:ISSN\s*[0-9]{4}\s*-\s*[0-9]{4}\s*)?(?:[’'`]s-Gravenhage\s*[0-9]{4}\s*)?Tweede\s+Kamer,\s+vergaderjaar\s+[0-9]{4}\s*[–-]\s*[0-9]{4},\s+(?:Aanhangsel|Vragen)(?-u:\b)(?:\s*[0-9]{1,3}){0,2}",
    )
    .expect("footer regex")
    });

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(8000))]
        /// Footers and near misses: glued or spaced parts, a part left out,
        /// text after.
        #[test]
        fn footer_reader_matches_its_regex(
            id in proptest::sample::select(vec!["", "ah-tk-20242025-1234", "kv-ek-2024Z123", "ah-", "ah-tk-x-"]),
            issn in proptest::sample::select(vec!["", "ISSN 0921-7398", "ISSN0921 - 7398", "ISSN 092-7398"]),
            place in proptest::sample::select(vec!["", "’s-Gravenhage 2025", "'s-Gravenhage2025", "`s-Gravenhage 202"]),
            seps in proptest::collection::vec(proptest::sample::select(vec![" ", "", "  ", "\u{a0}", "x"]), 12),
            core in proptest::collection::vec(proptest::sample::select(vec![
                "Tweede", "Kamer,", "vergaderjaar", "2024", "–", "-", "2025,", "Aanhangsel", "Vragen", "Vragenx",
            ]), 0..3),
            after in proptest::sample::select(vec!["", " 12", " 12 1", "1Antwoord 3", " 1234567", "_", "\u{a0}3"]),
            left_out in proptest::option::of(0usize..10),
        ) {
            let words = ["Tweede", "Kamer,", "vergaderjaar", "2024", "–", "2025,", "Aanhangsel"];
            let mut s = String::new();
            for (k, part) in [id, issn, place].into_iter().enumerate() {
                s.push_str(part);
                if !part.is_empty() {
                    s.push_str(seps[k]);
                }
            }
            for (k, w) in words.iter().chain(core.iter()).enumerate() {
                if Some(k) == left_out {
                    continue;
                }
                if k > 0 {
                    s.push_str(seps[3 + k % 9]);
                }
                s.push_str(w);
            }
            s.push_str(after);
            proptest::prop_assert_eq!(footer_len(&s), FOOTER.find(&s).map(|m| m.end()), "{:?}", s);
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(4000))]
        /// The fast path of `phrase` reads as `Words::phrase`: words apart by
        /// other spaces, a word changed or left out, text after.
        #[test]
        fn phrase_reads_as_words_phrase(
            words in proptest::collection::vec(proptest::sample::select(vec![
                "Tweede", "Kamer,", "Kamer", "vergaderjaar", "der", "Staten-Generaal", "Tweedee", "",
            ]), 1..5),
            seps in proptest::collection::vec(proptest::sample::select(vec![
                " ", " ", "  ", "\u{a0}", "\t", "", "x", "\u{2003}",
            ]), 5),
            after in proptest::sample::select(vec!["", " ", " 2024", "x", "\u{a0}"]),
        ) {
            let mut t = String::new();
            for (k, w) in words.iter().enumerate() {
                if k > 0 {
                    t.push_str(seps[k]);
                }
                t.push_str(w);
            }
            t.push_str(after);
            for p in ["Tweede Kamer, vergaderjaar", "Kamer der Staten-Generaal", "Tweede"] {
                let (mut a, mut b) = (Words(&t), Words(&t));
                let fast = phrase(&mut a, p);
                proptest::prop_assert_eq!(fast, b.phrase(p), "{:?} {:?}", t, p);
                proptest::prop_assert_eq!(a.0, b.0);
            }
        }

        /// The boilerplate regex is asked only where its first words open
        /// the line; no line it matches is left out.
        #[test]
        fn boilerplate_regex_only_where_its_words_open(
            head in proptest::sample::select(vec!["Bij", "bij", "BIJ", "Wilt", "wilt", "Bijna"]),
            sep in proptest::sample::select(vec![" ", "  ", "\u{a0}", "\t", ""]),
            words in proptest::sample::select(vec![
                "beantwoording de datum vermelden", "BEANTWOORDING vermelden", "u slechts één zaak",
                "u  ſlechts één zaak", "de beantwoording", "beantwoordin", "u slecht",
            ]),
        ) {
            let t = format!("{head}{sep}{words}");
            let mut lines = crate::text::split_lines(&t);
            let s = scan(&t, &mut lines, Layout::Wrapped);
            let boilerplate = s.tags[0] == Tag::Noise(NoiseKind::Boilerplate);
            proptest::prop_assert_eq!(boilerplate, BOILERPLATE.is_match(&t), "{:?}", t);
        }
    }

    // The kop as the regex that `is_kop` replaces.
    static KOP: Lazy<Regex> = Lazy::new(|| {
        Regex::new(
        r"^(?:#+\s*)?(?:\*\*)?(?:Tweede\s+Kamer\s+der\s+Staten-Generaal\s*[0-9]?|Eerste\s+Kamer\s+der\s+Staten-Generaal\s*[0-9]?|Vergaderjaar\s+[0-9]{4}\s*[–-]\s*[0-9]{4}(?:\s+(?:Aanhangsel\s+van\s+de\s+Handelingen|Vragen\s+gesteld\s+door\s+de\s+leden\s+der\s+Kamer))?|Aanhangsel\s+van\s+de\s+Handelingen|Vragen\s+gesteld\s+door\s+de\s+leden\s+der\s+Kamer(?:,\s+met\s+de\s+daarop\s+door(?:\s+de(?:\s+regering\s+gegeven\s+antwoorden)?)?)?|(?:de\s+)?regering\s+gegeven\s+antwoorden|[0-9]|['’]s-Gravenhage\s+[0-9]{4})(?:\*\*)?$",
    )
    .expect("kop regex")
    });

    /// Kops word by word, for the property test to vary.
    const KOP_WORDS: [&[&str]; 10] = [
        &["Tweede", "Kamer", "der", "Staten-Generaal"],
        &["Eerste", "Kamer", "der", "Staten-Generaal", "2"],
        &["Vergaderjaar", "2024", "–", "2025"],
        &[
            "Vergaderjaar",
            "2023",
            "-",
            "2024",
            "Vragen",
            "gesteld",
            "door",
            "de",
            "leden",
            "der",
            "Kamer",
        ],
        &["Aanhangsel", "van", "de", "Handelingen"],
        &[
            "Vragen", "gesteld", "door", "de", "leden", "der", "Kamer,", "met", "de", "daarop",
            "door", "de",
        ],
        &["de", "regering", "gegeven", "antwoorden"],
        &[
            "Vragen",
            "gesteld",
            "door",
            "de",
            "leden",
            "der",
            "Kamer,",
            "met",
            "de",
            "daarop",
            "door",
            "de",
            "regering",
            "gegeven",
            "antwoorden",
        ],
        &["s-Gravenhage", "2025"],
        &["7"],
    ];

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(8000))]
        /// Kops and near misses: other spaces between the words, a word
        /// left out, something before or after.
        #[test]
        fn kop_reader_matches_its_regex(
            which in 0..KOP_WORDS.len(),
            seps in proptest::collection::vec(proptest::sample::select(vec![
                " ", " ", " ", "  ", "\u{a0}", "\t", "", "x", ",",
            ]), 16),
            before in proptest::sample::select(vec!["", "", "#", "## ", "**", "# **", " ", "'", "’", "`"]),
            after in proptest::sample::select(vec!["", "", "**", "2", " 2", "12", " x", ",", " de", " ", "*"]),
            left_out in proptest::option::of(0usize..16),
        ) {
            let mut s = String::from(before);
            let words = KOP_WORDS[which];
            for (k, w) in words.iter().enumerate() {
                if Some(k) == left_out {
                    continue;
                }
                if k > 0 {
                    s.push_str(seps[k]);
                }
                s.push_str(w);
            }
            s.push_str(after);
            proptest::prop_assert_eq!(is_kop(&s), KOP.is_match(&s), "{:?}", s);
        }
    }

    #[test]
    fn kops_as_printed() {
        for t in [
            "Tweede Kamer der Staten-Generaal 2",
            "## **Eerste Kamer der Staten-Generaal**",
            "Vergaderjaar 2024–2025 Aanhangsel van de Handelingen",
            "Vergaderjaar 2023-2024",
            "Vragen gesteld door de leden der Kamer, met de daarop door de",
            "**Vragen gesteld door de leden der Kamer, met de daarop door de regering gegeven antwoorden**",
            "de regering gegeven antwoorden",
            "regering gegeven antwoorden",
            "’s-Gravenhage 2025",
            "3",
        ] {
            assert!(is_kop(t), "{t}");
            assert!(KOP.is_match(t), "{t}");
        }
        for t in [
            "Tweede Kamer",
            "Vragen van het lid",
            "de minister",
            "12",
            "",
        ] {
            assert!(!is_kop(t), "{t}");
        }
    }

    fn tags(src: &str) -> (Vec<Tag>, Vec<Line>) {
        let mut lines = split_lines(src);
        let s = scan(src, &mut lines, Layout::Wrapped);
        (s.tags, lines)
    }

    #[test]
    fn footers_and_page_numbers() {
        let src = "Antwoord 1\nJa.\nTweede Kamer, vergaderjaar 2023–2024, Aanhangsel\n\n2\nverder";
        let (t, _) = tags(src);
        assert_eq!(t[2], Tag::Noise(NoiseKind::PageFurniture));
        assert_eq!(t[4], Tag::Noise(NoiseKind::PageNumber));
        assert_eq!(t[5], Tag::Content);
    }

    #[test]
    fn glued_footer_keeps_the_rest() {
        let src = "x\nTweede Kamer, vergaderjaar 2022–2023, Aanhangsel 1Antwoord 3\nJa.";
        let (t, lines) = tags(src);
        assert_eq!(t[1], Tag::Content);
        assert_eq!(lines[1].text(src), "Antwoord 3");
    }

    #[test]
    fn pypdf_publication_footer() {
        let src = "ah-tk-20242025-594\nISSN 0921 - 7398’s-Gravenhage 2024Tweede Kamer, vergaderjaar 2024–2025, Aanhangsel 1";
        let (t, _) = tags(src);
        assert_eq!(t[0], Tag::Noise(NoiseKind::PageFurniture));
        assert_eq!(t[1], Tag::Noise(NoiseKind::PageFurniture));
    }

    #[test]
    fn docx_page_markers() {
        let (t, _) = tags(
            "VERTROUWELIJK\tPagina  van 1\nPagina 2 van 4\nBij beantwoording de datum en ons kenmerk vermelden.\nVERTROUWELIJK",
        );
        assert!(t.iter().all(|t| matches!(t, Tag::Noise(_))));
        // The word in a sentence is text.
        let (t, _) = tags("Vertrouwelijk\nDit is VERTROUWELIJK");
        assert!(t.iter().all(|t| *t == Tag::Content));
    }

    /// A page footer glued to the next page's first line: the footer is
    /// furniture cut off the front, and the page ends there.
    #[test]
    fn pagina_glued_to_the_next_page() {
        assert_eq!(glued_pagina("Pagina 2 van 3kind wordt benaderd"), Some(14));
        assert_eq!(glued_pagina("pagina 2/3Het lijkt"), Some(10));
        assert_eq!(glued_pagina("Pagina 2 van 3"), None);
        assert_eq!(glued_pagina("Pagina 2 van 3 kind"), None);
        assert_eq!(glued_pagina("Paginanummers 2 en 3"), None);
        let src = "eerste regel van de brief\nPagina 2 van 3kind wordt benaderd, dat belang\n";
        let mut lines = crate::text::split_lines(src);
        let scan = scan(src, &mut lines, Layout::Wrapped);
        assert_eq!(scan.page_ends, [1]);
        assert_eq!(lines[1].text(src), "kind wordt benaderd, dat belang");
        assert_eq!(
            &src[scan.prefixes[0].0..scan.prefixes[0].1],
            "Pagina 2 van 3"
        );
    }
}
