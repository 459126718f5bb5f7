//! Finding references to parliamentary documents in running text.
//!
//! [`find_references`] scans a whole document once for *triggers*: one
//! multi-pattern search finds the literal ones (URL starts, citation labels
//! `Kamerstuk(ken)`, `Handelingen`, `Aanhangsel`, `Kamervragen
//! (Aanhangsel)`) and the hyphens of publication ids (`kst-`, `ah-`, `h-`)
//! and of U+2010..U+2013; another finds the two bytes that end the others
//! (`EK`/`TK`, zaak and document numbers, compact Kamerstuk ids
//! `35570-XIV-46`). Each trigger
//! is checked at its position; a citation label is then parsed by anchored
//! regexes (compiled once) on a bounded window (4 KiB) after it, and scanning
//! resumes after the citation, so the work is linear in the text length and
//! the results are sorted and never overlap.
//!
//! Spans are byte offsets into the original text (no normalisation happens before
//! matching: NBSP and U+2010..U+2013 hyphens are matched where they occur, and a
//! citation may span line breaks). Hyphenation joined by pdftotext ("21 50132") is not
//! repaired: such a citation is not reported.
//!
//! URLs (`http://`, `https://`, `www.`, and a bare host under `.nl` with a
//! path: `nos.nl/artikel/…`, as news sources are cited in notes) end at whitespace or one of `<>"«»[]{}|\^` and
//! quotes; trailing `.,;:!?'` are dropped, and so is a trailing `)` that has no `(` in
//! the URL. A URL broken over a line end by a PDF extractor is joined (the `id` has no
//! line break; the `span` covers both lines) only when:
//! 1. the first line ends in the bare scheme (`https://` + newline + `www.…`; a
//!    converter that joins a paragraph's lines with spaces writes `https:// www.…`); or
//! 2. it ends in `-` or `_` (no URL ends so) and the next line goes on, directly or
//!    after indentation; or
//! 3. it ends in `/` and the next line continues directly with a path-like word
//!    (one containing `/ - _ % = ? # &` or a `.x`), or after indentation with one
//!    containing `/ _ % = ? # &` or a `.x`, or directly with a word of small
//!    letters alone on its line (`…/vervoer-levende-dieren/` + newline +
//!    `inspectieresultaten.`); or
//! 4. the next line continues directly with `/ % ? & = #`, or after indentation with
//!    such a character and a path-like word (`%202022.pdf`).
//!
//! A continuation is never a bare number (footnote and page numbers), except one glued
//! to punctuation that continues a query value (`?id=…&did=2022D222` + newline +
//! `49;`: no note or page number is followed by a semicolon); it never starts
//! a new URL, and at most 16 lines are joined. One empty line between the lines (as
//! pdfminer writes them) is crossed only after a bare scheme, or after `-` or `_`
//! where the next line is path-like or one word alone.

use crate::ids::{
    self, AanhangselId, Documentnummer, HandelingenCitation, HandelingenRef, KamerstukRef,
    Zaaknummer,
};
use once_cell::sync::Lazy;
use regex::Regex;
use serde::{Deserialize, Serialize};
use std::ops::Range;
use std::str::FromStr;

use crate::text::starts_with_ci;

pub use crate::model::ReferenceKind;

/// One reference found in a text: its kind, where it is printed and its canonical id.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct FoundReference {
    /// What the reference points to.
    pub kind: ReferenceKind,
    /// Byte range in the scanned text covering the citation as printed; several
    /// references from one citation ("nrs. 77 en 79") share the citation's span.
    pub span: Range<usize>,
    /// Canonical form: the publication id (`kst-…`, `ah-…`, `h-…`), the zaak or document
    /// number, or the URL as printed without line breaks.
    pub id: String,
}

/// Whether `c` can be part of a URL as printed in these documents.
const fn is_url_char(c: char) -> bool {
    !c.is_whitespace()
        && !matches!(
            c,
            '<' | '>'
                | '"'
                | '«'
                | '»'
                | '['
                | ']'
                | '{'
                | '}'
                | '|'
                | '\\'
                | '^'
                | '`'
                | '‘'
                | '’'
                | '“'
                | '”'
        )
}

/// What a literal found by [`LITERALS`] starts.
#[derive(Debug, Clone, Copy)]
enum Literal {
    /// `://`, a URL when `http` or `https` comes before it.
    Scheme,
    /// The last two letters of `www.` (in any case) and the dot: a URL
    /// when one more `w` or `W` comes before it.
    Www,
    /// `.nl/`: a URL without scheme or `www.` ("nos.nl/artikel/…") where a
    /// host name stands before it ([`bare_host_start`]).
    Domain,
    /// A lower-case piece of a citation label, the lower-case letters that
    /// come before it, the letters the label may start with ("Kamerstuk",
    /// "kamerstuk"), and what the label cites.
    CiteTail(&'static [u8], [u8; 2], Trigger),
    /// A hyphen, this many bytes into the piece: a U+2010..U+2013 hyphen
    /// alone, or an ASCII one in `st-` (`kst-`), `ah-` or `h-t`/`h-e`
    /// (`h-tk-`, `h-ek-`), checked by [`hyphen_hit`].
    Hyphen(usize),
}

/// The literal pieces of `://`, `www.` and the citation labels.
const LITERAL_PIECES: [(&str, Literal); 18] = [
    // The order sets which pieces share one of the eight buckets of the
    // SIMD searcher (aho-corasick puts piece i in bucket 7 - i % 8, or in
    // the bucket of an earlier piece with the same low half-bytes): a
    // bucket's fingerprint lets through every mix of its pieces' bytes, and
    // each place let through is checked against each piece of the bucket.
    // This order (bucket in the comments) keeps the en dash, by far the most
    // frequent piece, alone, and pairs pieces whose mixes are rare in Dutch
    // text: about 3,200 checks per pass over the corpus instead of 4,900.
    // The bucket rule is aho-corasick 1.1's, not part of its API: another
    // version may place the pieces otherwise, which changes the speed only,
    // never what is found.
    ("://", Literal::Scheme), // 7
    // A hyphen, where a publication id or a compact Kamerstuk id may end.
    // These are not in the pair search, so that it has few enough patterns
    // (32) for the slim SIMD searcher. "kst" is not searched: it is in
    // every "tekst".
    ("st-", Literal::Hyphen(2)), // 6
    // The searched piece of each label starts where its three letters are
    // rare in Dutch text ("rvr", not the "ame" of every "kamer"): the SIMD
    // search's cost is the places it has to check.
    (
        "anhangsel",
        Literal::CiteTail(b"", *b"Aa", Trigger::HandelingenLabel),
    ), // 5
    // Every case of "ww." (the URL rule is case-insensitive): 'w' and 'W'
    // share their low half-byte, which puts the four in one bucket.
    ("WW.", Literal::Www),            // 4
    ("\u{2013}", Literal::Hyphen(0)), // 3
    ("ah-", Literal::Hyphen(2)),      // 2
    ("wW.", Literal::Www),            // 4
    ("h-t", Literal::Hyphen(1)),      // 0
    ("ww.", Literal::Www),            // 4
    ("\u{2012}", Literal::Hyphen(0)), // 6
    ("\u{2010}", Literal::Hyphen(0)), // 5
    ("\u{2011}", Literal::Hyphen(0)), // 4
    ("Ww.", Literal::Www),            // 4
    (
        "rvragen",
        Literal::CiteTail(b"ame", *b"Kk", Trigger::HandelingenLabel),
    ), // 2
    (
        "delingen",
        Literal::CiteTail(b"an", *b"Hh", Trigger::HandelingenLabel),
    ), // 1
    ("h-e", Literal::Hyphen(1)),      // 0
    (
        "tuk",
        Literal::CiteTail(b"amers", *b"Kk", Trigger::KamerstukLabel),
    ), // 7
    // A bare host under ".nl" ("nos.nl/artikel/…"). In this bucket it
    // costs the search about 0.1 instruction a byte of the corpus (in
    // bucket 7, with "tuk" in 6: a little more).
    (".nl/", Literal::Domain), // 6
];

/// A multi-pattern searcher: aho-corasick's packed SIMD searcher (Teddy)
/// used directly, which costs less per byte than the automaton around it;
/// where the CPU has no such searcher, the automaton.
enum Literals {
    Packed(aho_corasick::packed::Searcher),
    Automaton(aho_corasick::AhoCorasick),
}

/// The searcher for `patterns`, leftmost first.
fn literals<P: AsRef<[u8]>>(patterns: &[P]) -> Literals {
    let packed = aho_corasick::packed::Config::new()
        .match_kind(aho_corasick::packed::MatchKind::LeftmostFirst)
        .builder()
        .extend(patterns)
        .build();
    packed.map_or_else(|| literal_automaton(patterns), Literals::Packed)
}

/// The automaton for `patterns`, where the packed searcher cannot be built.
fn literal_automaton<P: AsRef<[u8]>>(patterns: &[P]) -> Literals {
    Literals::Automaton(
        aho_corasick::AhoCorasick::builder()
            .match_kind(aho_corasick::MatchKind::LeftmostFirst)
            .build(patterns)
            .expect("reference literals must build"),
    )
}

/// The searcher for [`LITERAL_PIECES`]. Publication ids (`kst-`, `ah-`,
/// `h-tk-`) are found at their hyphen.
static LITERALS: Lazy<Literals> = Lazy::new(|| literals(&LITERAL_PIECES.map(|(p, _)| p)));

/// Calls `f` with the start, end and kind of every literal piece in `b`,
/// leftmost first and not overlapping.
fn each_literal(b: &[u8], mut f: impl FnMut(usize, usize, Literal)) {
    each_match(&LITERALS, b, |start, end, i| {
        f(start, end, LITERAL_PIECES[i].1);
    });
}

/// Calls `f` with the start, end and pattern index of every match of
/// `searcher` in `b`, leftmost first and not overlapping.
fn each_match(searcher: &Literals, b: &[u8], mut f: impl FnMut(usize, usize, usize)) {
    match searcher {
        Literals::Packed(s) => {
            for m in s.find_iter(b) {
                f(m.start(), m.end(), m.pattern().as_usize());
            }
        }
        Literals::Automaton(ac) => {
            for m in ac.find_iter(b) {
                f(m.start(), m.end(), m.pattern().as_usize());
            }
        }
    }
}

/// An Aanhangsel publication id at the start of a slice: `ah-tk-20242025-1244`.
static AH_ID: Lazy<Regex> = Lazy::new(|| {
    Regex::new(&ids::expand(
        r"^ah-(?:(?:tk|ek)-[0-9]{8}{HY}[0-9]{1,6}|[0-9]{5,9})(?-u:\b)",
    ))
    .expect("ah id regex must compile")
});

/// A Handelingen publication id at the start of a slice: `h-tk-20232024-12-3`.
static H_ID: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"^h-(?:tk|ek)-[0-9]{8}-[0-9]{1,5}(?:-[0-9]{1,5})?(?-u:\b)")
        .expect("h id regex must compile")
});

/// How far a publication id may run from its start.
const ID_WINDOW: usize = 48;

/// A publication id at the start of a slice: `kst-21501-32-1703`. Found by
/// a memmem search for "kst" first: the regex's own prefilter is not used
/// for such a short, common literal.
static KST: Lazy<Regex> = Lazy::new(|| {
    Regex::new(&ids::expand(
        r"^kst{HY}[0-9]{5}(?:{HY}[0-9A-Za-z]{1,6}){0,2}(?-u:\b)",
    ))
    .expect("kst regex must compile")
});

/// A compact Kamerstuk id at the start of a slice: `21501-32-1188`, `35570-XIV-46`.
static COMPACT: Lazy<Regex> = Lazy::new(|| {
    Regex::new(&ids::expand(
        r"^[0-9]{5}{HY}(?:[0-9]{2}|[IVX]{1,5}[A-Z]?|[A-Z]){HY}[0-9]{1,4}(?-u:\b)",
    ))
    .expect("compact regex must compile")
});

/// The end of a hit from `start` to `end`, cut (at a character boundary)
/// where its length would not fit the 32 bits of [`Hit`]: only a URL run
/// can be that long, in a text of over 4 GiB.
fn hit_end(text: &str, start: usize, end: usize) -> usize {
    cut_run(text, start, end, u32::MAX as usize)
}

/// `end`, or where `start + max` falls back to a character boundary.
fn cut_run(text: &str, start: usize, end: usize, max: usize) -> usize {
    if end - start <= max {
        end
    } else {
        crate::text::floor_char_boundary(text, start + max)
    }
}

/// A trigger found in the text: what it is and where. The length is
/// 32-bit (a trigger is a word or an id; a URL run is cut at 4 GiB), which
/// makes a hit 16 bytes instead of 24.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Hit {
    start: usize,
    len: u32,
    trigger: Trigger,
}

impl Hit {
    fn new(start: usize, end: usize, trigger: Trigger) -> Hit {
        let len = u32::try_from(end - start).unwrap_or(u32::MAX);
        Hit {
            start,
            len,
            trigger,
        }
    }
    fn end(&self) -> usize {
        self.start + self.len as usize
    }
    fn range(&self) -> Range<usize> {
        self.start..self.end()
    }
}

/// Every trigger in the text, sorted by position and then priority. Literal
/// starts and publication ids are found by one multi-pattern search
/// ([`literal_hits`]), digit triggers (zaak and document numbers, compact
/// Kamerstuk ids) and `EK`/`TK` by another ([`pair_hits`]); each is checked
/// by hand or by an anchored regex at its position.
fn triggers(text: &str) -> Vec<Hit> {
    let mut out = Vec::with_capacity(HITS_CAPACITY);
    literal_hits(text, &mut out);
    pair_hits(text, &mut out);
    out.sort_unstable_by_key(|h| (h.start, h.trigger));
    out
}

/// Whether byte `i` of `b` is an ASCII letter or digit; false past the end.
fn alnum_at(b: &[u8], i: usize) -> bool {
    b.get(i).is_some_and(u8::is_ascii_alphanumeric)
}

/// Whether the bytes of `b` in `r` are all ASCII digits; false past the end.
fn digits_at(b: &[u8], r: Range<usize>) -> bool {
    b.get(r).is_some_and(|s| s.iter().all(u8::is_ascii_digit))
}

/// A word boundary before byte `i` of `b`, as the regex `(?-u:\b)` has it.
fn boundary_before(b: &[u8], i: usize) -> bool {
    i == 0 || !(alnum_at(b, i - 1) || b[i - 1] == b'_')
}

/// Where the anchored id regex `re` matches in `text` at `p` (within
/// [`ID_WINDOW`] bytes), its end.
fn id_at(text: &str, re: &Regex, p: usize) -> Option<usize> {
    let end = crate::text::floor_char_boundary(text, p + ID_WINDOW);
    re.find(&text[p..end]).map(|m| p + m.end())
}

/// Pushes the URL starts and citation labels that [`LITERALS`] finds.
fn literal_hits(text: &str, out: &mut Vec<Hit>) {
    let b = text.as_bytes();
    // URLs do not overlap: a "www." inside a URL found is part of it.
    let mut url_end = 0;
    each_literal(b, |p, end, literal| match literal {
        Literal::Scheme => {
            let start = [5, 4].into_iter().find_map(|n| {
                let s = p.checked_sub(n)?;
                let scheme = &b[s..p];
                (scheme.eq_ignore_ascii_case(&b"https"[..n])).then_some(s)
            });
            if let Some(start) = start.filter(|&s| s >= url_end) {
                url_end = url_run_end(text, p + 3);
                out.push(Hit::new(start, hit_end(text, start, url_end), Trigger::Url));
            }
        }
        Literal::Www => {
            if let Some(start) = p.checked_sub(1)
                && matches!(b[start], b'w' | b'W')
                && start >= url_end
            {
                url_end = url_run_end(text, end);
                out.push(Hit::new(start, hit_end(text, start, url_end), Trigger::Url));
            } else if b[end..].starts_with(b"nl/") {
                // A host that ends in "ww" ("ww.nl/"), whose dot the piece took.
                domain_hit(text, end - 1, &mut url_end, out);
            }
        }
        Literal::Domain => domain_hit(text, p, &mut url_end, out),
        Literal::CiteTail(before, first, cites) => {
            if let Some(start) = p.checked_sub(before.len() + 1)
                && first.contains(&b[start])
                && &b[start + 1..p] == before
            {
                out.push(Hit::new(start, end, cites));
            }
        }
        Literal::Hyphen(at) => hyphen_hit(text, p + at, out),
    });
}

/// Pushes the URL of a bare host that ends at the dot at `dot` of ".nl/"
/// ([`bare_host_start`]), if it starts after `url_end`, the end of the URL
/// found last, which it moves.
fn domain_hit(text: &str, dot: usize, url_end: &mut usize, out: &mut Vec<Hit>) {
    if let Some(start) = bare_host_start(text.as_bytes(), dot).filter(|&s| s >= *url_end) {
        *url_end = url_run_end(text, dot + 4);
        out.push(Hit::new(
            start,
            hit_end(text, start, *url_end),
            Trigger::Url,
        ));
    }
}

/// The start of the host name that ends at the dot at `dot` ("nos" of
/// "nos.nl/"; "www.nos" has been found as a URL of its own): small letters,
/// digits, hyphens and dots, as notes print a host, at least two bytes,
/// opening with a letter or digit after a space, a line start, an opening
/// bracket or quote. Not after "@" (an e-mail address), "/" or "." (a path
/// or a URL found otherwise), nor a name in capitals ("Discriminatie.nl/
/// Fryslân", organisations in a row).
fn bare_host_start(b: &[u8], dot: usize) -> Option<usize> {
    let host = |c: u8| c.is_ascii_lowercase() || c.is_ascii_digit() || c == b'-' || c == b'.';
    let start = dot - b[..dot].iter().rev().take_while(|&&c| host(c)).count();
    let opens = |c: u8| matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'(' | b'[' | b'"' | b'\'');
    (dot - start >= 2
        && b[start].is_ascii_alphanumeric()
        && (start == 0
            || opens(b[start - 1])
            || b[..start].ends_with("‘".as_bytes())
            || b[..start].ends_with("“".as_bytes())))
    .then_some(start)
}

/// The two bytes that end the other triggers: a digit and `-`, `Z` or `D`
/// (compact ids, zaak and document numbers), `E` or `T` and `K` (the bare
/// labels `EK`, `TK`). No pair's second byte is any pair's first, so pairs
/// never overlap: the search finds every one. A pair is far rarer than its
/// second byte alone (there is a `D` in every "De"), which keeps the places
/// checked few. The 32 patterns are as many as the slim SIMD searcher takes
/// (beyond, aho-corasick picks the fat one, which reads half as many bytes
/// a step): the other hyphens are left to [`LITERALS`].
static PAIRS: Lazy<Literals> = Lazy::new(|| literals(&pair_patterns()));

/// The patterns of [`PAIRS`]. aho-corasick puts pattern i in bucket
/// 7 - i % 8 of the SIMD searcher (of eight); a bucket's fingerprint lets
/// through every mix of its patterns' bytes, and each place let through is
/// checked against each pattern of the bucket. Taken a column at a time,
/// the rows below are the buckets: each holds the digits 0-3, 4-7 or 8-9
/// before one byte, so its fingerprint lets through (nearly) only its own
/// pairs (about 2,000 checks per pass over the corpus instead of 6,000).
/// The bucket rule is aho-corasick 1.1's, not part of its API: another
/// version may place the patterns otherwise, which changes the speed only.
fn pair_patterns() -> Vec<[u8; 2]> {
    const BUCKETS: [[[u8; 2]; 4]; 8] = [
        [*b"0-", *b"1-", *b"2-", *b"3-"],
        [*b"4-", *b"5-", *b"6-", *b"7-"],
        [*b"8-", *b"9-", *b"EK", *b"TK"],
        [*b"0Z", *b"1Z", *b"2Z", *b"3Z"],
        [*b"4Z", *b"5Z", *b"6Z", *b"7Z"],
        [*b"8Z", *b"9Z", *b"8D", *b"9D"],
        [*b"0D", *b"1D", *b"2D", *b"3D"],
        [*b"4D", *b"5D", *b"6D", *b"7D"],
    ];
    (0..4)
        .flat_map(|i| BUCKETS.iter().map(move |bucket| bucket[i]))
        .collect()
}

/// Pushes the triggers that [`PAIRS`] finds: each is checked at the second
/// byte of its pair.
fn pair_hits(text: &str, out: &mut Vec<Hit>) {
    let b = text.as_bytes();
    each_match(&PAIRS, b, |start, _, _| {
        let p = start + 1;
        match b[p] {
            // The bare labels EK and TK, as whole words.
            b'K' => {
                if boundary_before(b, p - 1) && !(alnum_at(b, p + 1) || b.get(p + 1) == Some(&b'_'))
                {
                    out.push(Hit::new(p - 1, p + 1, Trigger::KamerstukLabel));
                }
            }
            // 2025Z06378, 2025D12345
            b'Z' | b'D' => {
                if p >= 4
                    && digits_at(b, p - 4..p)
                    && (b[p - 4..p].starts_with(b"19") || b[p - 4..p].starts_with(b"20"))
                    && digits_at(b, p + 1..p + 6)
                    && !(p >= 5 && alnum_at(b, p - 5))
                    && !alnum_at(b, p + 6)
                {
                    out.push(Hit::new(p - 4, p + 6, Trigger::ZaakOrDocument));
                }
            }
            // An ASCII hyphen after a digit.
            _ => hyphen_hit(text, p, out),
        }
    });
}

/// Pushes the trigger that ends at the hyphen at `p`, if any: five digits
/// of a compact Kamerstuk id (`21501-32-1188`), `kst`, `ah` or `h`.
fn hyphen_hit(text: &str, p: usize, out: &mut Vec<Hit>) {
    let b = text.as_bytes();
    if p >= 5 && digits_at(b, p - 5..p) && !(p >= 6 && alnum_at(b, p - 6)) {
        let start = p - 5;
        if let Some(end) = id_at(text, &COMPACT, start) {
            out.push(Hit::new(start, end, Trigger::Compact));
        }
    } else if p >= 3 && &b[p - 3..p] == b"kst" {
        // kst-21501-32-1703, also with U+2010..U+2013.
        let start = p - 3;
        if !(start > 0 && alnum_at(b, start - 1))
            && let Some(end) = id_at(text, &KST, start)
        {
            out.push(Hit::new(start, end, Trigger::Kst));
        }
    } else if b[p] == b'-' && p >= 1 && b[p - 1] == b'h' {
        // ah-tk-20242025-1244, ah-123456, h-tk-20232024-12-3
        let (start, re, trigger) = if p >= 2 && b[p - 2] == b'a' {
            (p - 2, &*AH_ID, Trigger::Ah)
        } else {
            (p - 1, &*H_ID, Trigger::H)
        };
        if boundary_before(b, start)
            && let Some(end) = id_at(text, re, start)
        {
            out.push(Hit::new(start, end, trigger));
        }
    }
}

/// The room made at once for the triggers of a text: enough for most
/// documents, so that the list does not grow step by step.
const HITS_CAPACITY: usize = 32;
/// How far after a citation label the citation parser may look.
const WINDOW: usize = 4096;
/// Most line breaks joined into one URL.
const MAX_URL_JOINS: usize = 16;
/// Most spaces/tabs skipped on either side of a line break inside a URL.
const MAX_URL_GAP: usize = 200;

/// Which kind of trigger matched, in priority order for triggers found at
/// one position.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Trigger {
    Url,
    Kst,
    Ah,
    H,
    ZaakOrDocument,
    Compact,
    /// "Aanhangsel", "Handelingen", "Kamervragen (Aanhangsel)".
    HandelingenLabel,
    /// "Kamerstuk(ken)", "EK", "TK".
    KamerstukLabel,
}

/// Finds every reference in `text`, sorted by span start and non-overlapping (except
/// that several stukken named by one citation share its span). Never panics.
pub fn find_references(text: &str) -> Vec<FoundReference> {
    let triggers = triggers(text);
    // A trigger gives at most one reference but for a citation of several
    // stukken: room for one each, made at once (and none without
    // triggers). Not more: glibc serves blocks up to about 1 KiB from a
    // per-thread cache, and larger ones by its slower general path.
    let mut out = Vec::with_capacity(triggers.len());
    let mut pos = 0;
    for m in triggers {
        let trigger = m.trigger;
        if m.start < pos {
            continue;
        }
        let mut next = m.end();
        let push = |out: &mut Vec<FoundReference>, kind, span: Range<usize>, id: String| {
            out.push(FoundReference { kind, span, id });
        };
        if trigger == Trigger::Url {
            if let Some((span, id)) = scan_url(text, m.start, m.end()) {
                next = next.max(span.end);
                push(&mut out, ReferenceKind::Url, span, id);
            }
        } else if matches!(trigger, Trigger::HandelingenLabel | Trigger::KamerstukLabel) {
            if let Some(end) = parse_citation_at(text, m.start, trigger, &mut out) {
                next = next.max(end);
            }
        } else if trigger == Trigger::Kst {
            if let Ok(r) = KamerstukRef::from_str(&text[m.range()]) {
                push(&mut out, ReferenceKind::Kamerstuk, m.range(), id_string(&r));
            }
        } else if trigger == Trigger::Compact {
            // Bare `21501-32-1188` / `35570-XIV-46`: a numeric middle part is accepted
            // only for dossiers known to have sub-dossiers (else too many false hits).
            if let Ok(r) = KamerstukRef::from_str(&text[m.range()])
                && (r.sub_dossier().is_none() || ids::SUBDIVIDED_DOSSIERS.contains(&r.dossier()))
            {
                push(&mut out, ReferenceKind::Kamerstuk, m.range(), id_string(&r));
            }
        } else if trigger == Trigger::Ah {
            if let Ok(a) = AanhangselId::from_str(&text[m.range()]) {
                push(
                    &mut out,
                    ReferenceKind::Aanhangsel,
                    m.range(),
                    id_string(&a),
                );
            }
        } else if trigger == Trigger::H {
            if let Ok(h) = HandelingenRef::from_str(&text[m.range()]) {
                push(
                    &mut out,
                    ReferenceKind::Handelingen,
                    m.range(),
                    id_string(&h),
                );
            }
        } else if trigger == Trigger::ZaakOrDocument {
            let s = &text[m.range()];
            let parsed = if s.as_bytes().get(4) == Some(&b'Z') {
                Zaaknummer::from_str(s).map(|z| (ReferenceKind::Zaaknummer, id_string(&z)))
            } else {
                Documentnummer::from_str(s).map(|d| (ReferenceKind::Documentnummer, id_string(&d)))
            };
            if let Ok((kind, id)) = parsed {
                push(&mut out, kind, m.range(), id);
            }
        }
        pos = next;
    }
    out
}

/// Parses a citation starting at `start` (a citation label of the kind `label`
/// says: a Handelingen or a Kamerstuk label), pushes its references onto
/// `out` (sharing the citation's span) and returns the citation's end.
fn parse_citation_at(
    text: &str,
    start: usize,
    label: Trigger,
    out: &mut Vec<FoundReference>,
) -> Option<usize> {
    // A label glued to a preceding letter is part of another word ("behandelingen"),
    // unless it opens with a capital after a small letter: an extractor dropped the
    // space ("zieKamerstuk 36 561, nr. 6"). A glued digit is a footnote number
    // ("2Kamerstuk 29 282, nr. 521") and is fine.
    let glued_word = text[..start].chars().next_back().is_some_and(|c| {
        c.is_alphabetic() && !(c.is_lowercase() && text.as_bytes()[start].is_ascii_uppercase())
    });
    if glued_word {
        return None;
    }
    let window = &text[start..crate::text::floor_char_boundary(text, start + WINDOW)];
    if label == Trigger::HandelingenLabel {
        let (citation, len) = ids::parse_handelingen_prefix(window).ok()?;
        let (kind, id) = match citation {
            HandelingenCitation::Aanhangsel(a) => (ReferenceKind::Aanhangsel, id_string(&a)),
            HandelingenCitation::Handelingen(h) => (ReferenceKind::Handelingen, id_string(&h)),
        };
        let span = start..start + len;
        out.push(FoundReference { kind, span, id });
        return Some(start + len);
    }
    let (refs, len) = ids::parse_kamerstuk_prefix(window, true, true).ok()?;
    // After the bare labels `EK`/`TK` a whole dossier ("TK 36 410") is too weak a signal.
    let bare_label = window.starts_with("EK") || window.starts_with("TK");
    let span = start..start + len;
    let before = out.len();
    out.extend(
        refs.iter()
            .filter(|r| !bare_label || r.number().is_some())
            .map(|r| FoundReference {
                kind: ReferenceKind::Kamerstuk,
                span: span.clone(),
                id: id_string(r),
            }),
    );
    (out.len() > before).then_some(span.end)
}

/// The canonical id of a reference, written into a string made large
/// enough at once (`to_string` grows it from nothing, piece by piece).
fn id_string(id: &impl std::fmt::Display) -> String {
    use std::fmt::Write;
    let mut s = String::with_capacity(32);
    let _ = write!(s, "{id}");
    s
}

/// End (byte offset) of the run of URL characters starting at `start`.
fn url_run_end(text: &str, start: usize) -> usize {
    // ASCII bytes are looked up in a table; other characters decoded.
    static ASCII_URL: [bool; 128] = {
        let mut t = [false; 128];
        let mut i = 0;
        while i < 128 {
            t[i] = is_url_char(i as u8 as char);
            i += 1;
        }
        t
    };
    let b = text.as_bytes();
    let mut i = start;
    while let Some(&c) = b.get(i) {
        if c < 0x80 {
            if !ASCII_URL[c as usize] {
                return i;
            }
            i += 1;
        } else {
            match text[i..].chars().next() {
                Some(c) if is_url_char(c) => i += c.len_utf8(),
                _ => return i,
            }
        }
    }
    text.len()
}

/// Parenthesis balance of a URL under construction.
#[derive(Default, Clone, Copy)]
struct Parens {
    open: usize,
    close: usize,
}

impl Parens {
    fn add(mut self, s: &str) -> Self {
        for b in s.bytes() {
            match b {
                b'(' => self.open += 1,
                b')' => self.close += 1,
                _ => {}
            }
        }
        self
    }
}

/// Length of `piece` without trailing punctuation; `parens` is the balance of the URL
/// so far including `piece`.
fn trim_url_end(piece: &str, mut parens: Parens) -> usize {
    let mut end = piece.len();
    while let Some(c) = piece[..end].chars().next_back() {
        let strip = match c {
            '.' | ',' | ';' | ':' | '!' | '?' | '\'' => true,
            ')' if parens.close > parens.open => {
                parens.close -= 1;
                true
            }
            _ => false,
        };
        if !strip {
            break;
        }
        end -= c.len_utf8();
    }
    end
}

/// If a line break (with optional spaces/tabs around it) follows `at`, the start of the
/// next line's text, whether any horizontal space surrounded the break, and
/// whether an empty line was skipped.
fn line_continuation(text: &str, at: usize) -> Option<(usize, bool, bool)> {
    let bytes = text.as_bytes();
    let mut i = at;
    let mut spaced = false;
    let skip = |i: &mut usize, spaced: &mut bool| {
        let limit = (*i + MAX_URL_GAP).min(bytes.len());
        while *i < limit && matches!(bytes[*i], b' ' | b'\t') {
            *i += 1;
            *spaced = true;
        }
    };
    skip(&mut i, &mut spaced);
    if bytes.get(i) == Some(&b'\r') {
        i += 1;
    }
    if bytes.get(i) != Some(&b'\n') {
        return None;
    }
    i += 1;
    skip(&mut i, &mut spaced);
    // pdfminer sets an empty line between the lines of a URL: one is
    // skipped, and [`scan_url`] joins across it only where the URL cannot
    // end there.
    let blank = bytes.get(i) == Some(&b'\n');
    if blank {
        i += 1;
        skip(&mut i, &mut spaced);
    }
    // In a Markdown block quote (pymupdf4llm sets a page's notes in one,
    // each line a paragraph: "> 14 … https://" / "" / "> www.…") the next
    // line's quote markup is no part of the URL.
    if bytes.get(i) == Some(&b'>') && quoted(bytes, at) {
        while bytes.get(i) == Some(&b'>') {
            i += 1;
            skip(&mut i, &mut spaced);
        }
    }
    Some((i, spaced || blank, blank))
}

/// Whether the line that holds byte `at` of `b` is in a Markdown block
/// quote: it opens with ">".
fn quoted(b: &[u8], at: usize) -> bool {
    let start = memchr::memrchr(b'\n', &b[..at]).map_or(0, |p| p + 1);
    b[start..at]
        .iter()
        .find(|&&c| c != b' ' && c != b'\t')
        .is_some_and(|&c| c == b'>')
}

/// Whether only spaces follow `at` of `text` on its line.
fn line_ends(text: &str, at: usize) -> bool {
    text.as_bytes()[at..]
        .iter()
        .find(|&&c| !matches!(c, b' ' | b'\t' | b'\r'))
        .is_none_or(|&c| c == b'\n')
}

/// The start of what follows one space on the same line, where a URL goes
/// on there: a converter that joins a paragraph's lines with spaces
/// (pymupdf4llm) writes a URL broken over a line so. Only where the URL
/// cannot end and a URL's part follows, as across an empty line (see
/// [`scan_url`]): after a bare scheme a host, a name with a dot inside
/// ("https:// www.movisie.nl/…"); after "-" or "_" a path-like word
/// ("huisvesting_ evacuees/b1"); or a word that opens with `/ % ? & = #`
/// and goes on path-like ("provincies %202022.pdf"). Read as a continuation
/// with a space around it.
fn space_continuation(text: &str, id: &str, at: usize) -> Option<(usize, bool, bool)> {
    let b = text.as_bytes();
    if b.get(at) != Some(&b' ') {
        return None;
    }
    let bare = id.eq_ignore_ascii_case("http://") || id.eq_ignore_ascii_case("https://");
    let open = id.ends_with(['-', '_']);
    // Most URLs end before a word of prose: one byte tells.
    if !bare && !open && !matches!(b.get(at + 1), Some(b'/' | b'%' | b'?' | b'&' | b'=' | b'#')) {
        return None;
    }
    let next = &text[at + 1..url_run_end(text, at + 1)];
    let goes_on = if bare {
        // Only a host goes on so: a name with a dot inside ("www.movisie.nl").
        let host = next.as_bytes();
        let host = &host[..host.iter().position(|&c| c == b'/').unwrap_or(host.len())];
        host.windows(3)
            .any(|w| w[0].is_ascii_alphanumeric() && w[1] == b'.' && w[2].is_ascii_alphanumeric())
    } else if open {
        looks_like_path(next, true)
    } else {
        next.len() > 1
            && next.starts_with(['/', '%', '?', '&', '=', '#'])
            && looks_like_path(&next[1..], true)
    };
    goes_on.then_some((at + 1, true, false))
}

/// Whether `s` looks like (part of) a URL path rather than a word of prose.
fn looks_like_path(s: &str, hyphen_counts: bool) -> bool {
    let b = s.as_bytes();
    b.iter()
        .any(|&c| matches!(c, b'/' | b'_' | b'%' | b'=' | b'?' | b'#' | b'&'))
        || (hyphen_counts && b.contains(&b'-'))
        || b.windows(2)
            .any(|w| w[0] == b'.' && w[1].is_ascii_alphanumeric())
}

/// The line-join rule documented at the top of this module.
fn should_join(url: &str, cont: &str, spaced: bool) -> bool {
    if cont.is_empty()
        || cont.contains("://")
        || starts_with_ci(cont, "http")
        || cont.bytes().all(|b| b.is_ascii_digit())
    {
        return false;
    }
    if url.eq_ignore_ascii_case("http://") || url.eq_ignore_ascii_case("https://") {
        return true;
    }
    if starts_with_ci(cont, "www.") {
        return false;
    }
    match url.chars().next_back() {
        // No URL ends in a hyphen or underscore: the line after goes on
        // with it, also after indentation ("organisatie-" + "quantumveilig").
        Some('-' | '_') => true,
        Some('/') => looks_like_path(cont, !spaced),
        _ => {
            cont.starts_with(['/', '%', '?', '&', '=', '#'])
                && (!spaced || cont.len() > 1 && looks_like_path(&cont[1..], true))
        }
    }
}

/// Delimits the URL whose run of URL characters is `start..run_end`, joining line
/// breaks per the module rule. Returns its span and id, or `None` if it has no host.
fn scan_url(text: &str, start: usize, run_end: usize) -> Option<(Range<usize>, String)> {
    if starts_with_ci(&text[start..], "www.")
        && text[..start]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphabetic() || matches!(c, '.' | '/' | '@'))
    {
        return None;
    }
    let first = &text[start..run_end];
    let mut parens = Parens::default().add(first);
    let keep = trim_url_end(first, parens);
    parens = Parens::default().add(&first[..keep]);
    let mut id = first[..keep].to_string();
    let mut end = start + keep;
    let mut current_run_end = run_end;
    for _ in 0..MAX_URL_JOINS {
        if end != current_run_end {
            break; // trailing punctuation ended the URL
        }
        let Some((cont_start, spaced, blank)) =
            line_continuation(text, end).or_else(|| space_continuation(text, &id, end))
        else {
            break;
        };
        let cont_end = url_run_end(text, cont_start);
        let cont = &text[cont_start..cont_end];
        let keep = trim_url_end(cont, parens.add(cont));
        let number_in_query = !spaced
            && keep > 0
            && keep < cont.len()
            && cont[..keep].bytes().all(|b| b.is_ascii_digit())
            && id.contains('?')
            && id.ends_with(|c: char| c.is_ascii_alphanumeric());
        // Across an empty line only where the URL cannot end and the next
        // line goes on with a path ("…/huisvesting_" + "evacuees/b1"), or
        // is the URL's last word alone ("…/maak-je-organisatie-" + "" +
        // "quantumveilig"): an empty line after a URL usually ends its
        // paragraph.
        let open = id.ends_with("://")
            || id.ends_with(['-', '_'])
                && (looks_like_path(&cont[..keep], true)
                    || keep == cont.len() && line_ends(text, cont_end));
        // After "/" a small word alone on the next line is the URL's last
        // part ("…/vervoer-levende-dieren/" + "inspectieresultaten."):
        // prose after a URL runs on over its line.
        let last_part = id.ends_with('/')
            && !spaced
            && keep >= 3
            && cont[..keep].bytes().all(|b| b.is_ascii_lowercase())
            && line_ends(text, cont_end);
        if blank && !open
            || !number_in_query && !last_part && !should_join(&id, &cont[..keep], spaced)
        {
            break;
        }
        id.push_str(&cont[..keep]);
        parens = parens.add(&cont[..keep]);
        end = cont_start + keep;
        current_run_end = cont_end;
    }
    let host = if starts_with_ci(&id, "www.") {
        &id[4..]
    } else if let Some((_, rest)) = id.split_once("://") {
        rest
    } else if id.contains(".nl/") {
        // A bare host ("nos.nl/artikel/…").
        &id
    } else {
        // "www." alone, its dot trimmed.
        ""
    };
    if !host.chars().next().is_some_and(char::is_alphanumeric) {
        return None;
    }
    // pdfium's mark of a line-end hyphen (U+FFFE) is the URL's hyphen: no
    // URL breaks at a hyphen of its own making.
    if id.contains('\u{fffe}') {
        id = id.replace('\u{fffe}', "-");
    }
    Some((start..end, id))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The literal triggers as they were found before publication ids
    /// moved to the hyphen pass: one automaton over every literal, `www.`
    /// in each case, `kst`, `ah-`, `h-tk-`, `h-ek-` and the label pieces.
    fn literal_hits_by_automaton(text: &str) -> Vec<Hit> {
        let b = text.as_bytes();
        let mut patterns: Vec<String> = vec!["://".into()];
        for bits in 0..8u8 {
            let w: String = (0..3)
                .map(|i| if bits & (1 << i) == 0 { 'w' } else { 'W' })
                .chain(['.'])
                .collect();
            patterns.push(w);
        }
        for p in [
            "kst",
            "ah-",
            "h-tk-",
            "h-ek-",
            "anhangsel",
            "delingen",
            "rvragen",
            "tuk",
            ".nl/",
        ] {
            patterns.push(p.into());
        }
        let ac = aho_corasick::AhoCorasick::builder()
            .match_kind(aho_corasick::MatchKind::LeftmostFirst)
            .build(&patterns)
            .unwrap();
        let alnum_at = |i: usize| b.get(i).is_some_and(u8::is_ascii_alphanumeric);
        let boundary_before = |i: usize| i == 0 || !(alnum_at(i - 1) || b[i - 1] == b'_');
        let id_at = |re: &Regex, p: usize| {
            let end = crate::text::floor_char_boundary(text, p + ID_WINDOW);
            re.find(&text[p..end]).map(|m| p + m.end())
        };
        let mut out = Vec::new();
        let mut url_end = 0;
        for m in ac.find_iter(b) {
            let p = m.start();
            match patterns[m.pattern().as_usize()].as_str() {
                "://" => {
                    let start = [5, 4].into_iter().find_map(|n| {
                        let s = p.checked_sub(n)?;
                        (b[s..p].eq_ignore_ascii_case(&b"https"[..n])).then_some(s)
                    });
                    if let Some(start) = start.filter(|&s| s >= url_end) {
                        url_end = url_run_end(text, p + 3);
                        out.push(Hit::new(start, hit_end(text, start, url_end), Trigger::Url));
                    }
                }
                ".nl/" => domain_hit(text, p, &mut url_end, &mut out),
                "kst" => {
                    if !(p > 0 && alnum_at(p - 1))
                        && let Some(end) = id_at(&KST, p)
                    {
                        out.push(Hit::new(p, end, Trigger::Kst));
                    }
                }
                "ah-" => {
                    if boundary_before(p)
                        && let Some(end) = id_at(&AH_ID, p)
                    {
                        out.push(Hit::new(p, end, Trigger::Ah));
                    }
                }
                "h-tk-" | "h-ek-" => {
                    if boundary_before(p)
                        && let Some(end) = id_at(&H_ID, p)
                    {
                        out.push(Hit::new(p, end, Trigger::H));
                    }
                }
                w if w.len() == 4 && w.ends_with('.') => {
                    if p >= url_end {
                        url_end = url_run_end(text, p + 4);
                        out.push(Hit::new(p, hit_end(text, p, url_end), Trigger::Url));
                    }
                }
                piece => {
                    let (before, first, cites): (&[u8], &[u8], Trigger) = match piece {
                        "anhangsel" => (b"", b"Aa", Trigger::HandelingenLabel),
                        "delingen" => (b"an", b"Hh", Trigger::HandelingenLabel),
                        "rvragen" => (b"ame", b"Kk", Trigger::HandelingenLabel),
                        _ => (b"amers", b"Kk", Trigger::KamerstukLabel),
                    };
                    if let Some(start) = p.checked_sub(before.len() + 1)
                        && first.contains(&b[start])
                        && &b[start + 1..p] == before
                    {
                        out.push(Hit::new(start, m.end(), cites));
                    }
                }
            }
        }
        out
    }

    /// The digit, hyphen and `EK`/`TK` triggers as two memchr passes
    /// found them before [`PAIRS`]: every `K`, `Z` and `D`, every `-` and
    /// U+2010..U+2013, each checked at its position.
    fn pair_hits_by_memchr(text: &str) -> Vec<Hit> {
        let b = text.as_bytes();
        let digits = |r: Range<usize>| b.get(r).is_some_and(|s| s.iter().all(u8::is_ascii_digit));
        let mut out = Vec::new();
        for p in memchr::memchr3_iter(b'K', b'Z', b'D', b) {
            if b[p] == b'K' {
                if p >= 1
                    && matches!(b[p - 1], b'E' | b'T')
                    && boundary_before(b, p - 1)
                    && !(alnum_at(b, p + 1) || b.get(p + 1) == Some(&b'_'))
                {
                    out.push(Hit::new(p - 1, p + 1, Trigger::KamerstukLabel));
                }
                continue;
            }
            if p >= 4
                && digits(p - 4..p)
                && (b[p - 4..p].starts_with(b"19") || b[p - 4..p].starts_with(b"20"))
                && digits(p + 1..p + 6)
                && !(p >= 5 && alnum_at(b, p - 5))
                && !alnum_at(b, p + 6)
            {
                out.push(Hit::new(p - 4, p + 6, Trigger::ZaakOrDocument));
            }
        }
        let hyphens = memchr::memchr2_iter(b'-', 0xE2, b).filter(|&p| {
            b[p] == b'-'
                || (b.get(p + 1) == Some(&0x80)
                    && b.get(p + 2).is_some_and(|c| (0x90..=0x93).contains(c)))
        });
        for p in hyphens {
            hyphen_hit(text, p, &mut out);
        }
        out.sort_unstable_by_key(|h| (h.start, h.trigger));
        out
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(4000))]
        /// The literal search and the pair search find the triggers the one
        /// automaton and the memchr passes found, on texts made of pieces of
        /// every trigger (the hyphens U+2010..U+2013 and those of
        /// publication ids are found by the literal search since the pair
        /// search has 32 patterns).
        #[test]
        fn triggers_agree_with_one_automaton(parts in proptest::collection::vec(
            proptest::sample::select(vec![
                "kst", "kst-", "kst\u{2010}", "ah-", "h-", "h-tk-", "h-ek-", "tk-", "20242025-12",
                "-1244", "ah-123456", "21501", "-32-1188", "36410", "-XIV-46", "\u{2013}",
                "2025Z06378", "2025D12345", "www.", "WwW.", "ww.", "w", "W", ".", "http", "https",
                "://", "Kamerstuk", "kamerstukken", "Kamers", "tuk", "Aanhangsel", "anhangsel",
                "Handelingen", "han", "delingen", "Kamervragen", "ame", "rvragen", "EK", "TK",
                "a", "h", "b", "k", "_", " ", "\n", "-", "0", "12345", "nl/x", "(", ")", "\u{e9}",
                "D", "Z", "K", "E", "T", "t", "1", "\u{2011}", "\u{2014}", "\u{2019}",
                "st", "s", "e", "\u{2010}", "\u{2012}", "\u{2013}", "20242025",
            ]),
            0..12,
        )) {
            let text: String = parts.concat();
            let mut want = literal_hits_by_automaton(&text);
            let mut got = triggers(&text);
            // Only the triggers both searches find: the digit and EK/TK
            // triggers are found the same way in both.
            got.retain(|h| {
                matches!(
                    h.trigger,
                    Trigger::Url
                        | Trigger::Kst
                        | Trigger::Ah
                        | Trigger::H
                        | Trigger::HandelingenLabel
                        | Trigger::KamerstukLabel
                ) && !(h.trigger == Trigger::KamerstukLabel && h.len == 2)
            });
            want.sort_unstable_by_key(|h| (h.start, h.trigger));
            proptest::prop_assert_eq!(got, want, "{:?}", text);
            // Both searches together find the triggers the memchr passes
            // and the automaton's URLs and labels found.
            let mut want = pair_hits_by_memchr(&text);
            want.extend(literal_hits_by_automaton(&text).into_iter().filter(|h| {
                matches!(
                    h.trigger,
                    Trigger::Url | Trigger::HandelingenLabel | Trigger::KamerstukLabel
                )
            }));
            want.sort_unstable_by_key(|h| (h.start, h.trigger));
            proptest::prop_assert_eq!(triggers(&text), want, "{:?}", text);
            // The automaton used where the packed searcher cannot be built
            // finds the same literals and pairs.
            let b = text.as_bytes();
            let pieces = LITERAL_PIECES.map(|(p, _)| p);
            for (packed, patterns) in [
                (&*LITERALS, literal_automaton(&pieces)),
                (&*PAIRS, literal_automaton(&pair_patterns())),
            ] {
                let (mut by_packed, mut by_automaton) = (Vec::new(), Vec::new());
                each_match(packed, b, |p, e, i| by_packed.push((p, e, i)));
                each_match(&patterns, b, |p, e, i| by_automaton.push((p, e, i)));
                proptest::prop_assert_eq!(by_packed, by_automaton, "{:?}", text);
            }
        }
    }

    // A hit longer than 32 bits needs a text of over 4 GiB; the cut is
    // checked with a small limit.
    #[test]
    fn long_runs_are_cut_at_a_character_boundary() {
        let text = "ab\u{e9}\u{e9}cd";
        assert_eq!(cut_run(text, 0, 8, 10), 8);
        assert_eq!(cut_run(text, 0, 8, 3), 2);
        assert_eq!(cut_run(text, 0, 8, 4), 4);
        assert_eq!(cut_run(text, 2, 8, 3), 4);
    }

    /// The citation regexes read letters as `(?i)` does, Kelvin sign and
    /// long s included.
    #[test]
    fn citations_with_folded_letters() {
        let text = "Handelingen der \u{212a}amer 2023–2024, nr. 5";
        let ids: Vec<String> = find_references(text).into_iter().map(|r| r.id).collect();
        assert_eq!(ids, ["h-tk-20232024-5"]);
        let text = "Kamervragen (Aanhang\u{17f}el) 2023–2024, nr. 5";
        let ids: Vec<String> = find_references(text).into_iter().map(|r| r.id).collect();
        assert_eq!(ids, ["ah-tk-20232024-5"]);
    }

    /// (kind, id, printed text) for every reference found.
    fn found(text: &str) -> Vec<(ReferenceKind, String, &str)> {
        let refs = find_references(text);
        check_invariants(text, &refs);
        refs.into_iter()
            .map(|r| (r.kind, r.id, &text[r.span]))
            .collect()
    }

    fn check_invariants(text: &str, refs: &[FoundReference]) {
        for pair in refs.windows(2) {
            let (a, b) = (&pair[0], &pair[1]);
            assert!(a.span.start <= b.span.start, "sorted");
            assert!(
                a.span == b.span || a.span.end <= b.span.start,
                "non-overlapping"
            );
        }
        for r in refs {
            assert!(
                text.get(r.span.clone()).is_some(),
                "span on char boundaries"
            );
        }
    }

    fn ids_of(text: &str) -> Vec<String> {
        find_references(text).into_iter().map(|r| r.id).collect()
    }

    #[test]
    fn paragraph_with_every_kind() {
        let text = "Hierbij zend ik u de antwoorden op de vragen van het lid Erkens (VVD) \
                    (ingezonden 3 april 2025, met kenmerk 2025Z06378; document 2025D12345). \
                    Zie de brief (Kamerstuk 21 501-32, nr. 1703) en de moties \
                    (Kamerstuk 34 919, nrs. 77 en 79), het debat (Handelingen II 2010/11, \
                    nr. 108, item 5) en eerdere antwoorden (Aanhangsel Handelingen, \
                    vergaderjaar 2024–2025, nr. 1028; ah-tk-20232024-387), zie ook \
                    https://www.tweedekamer.nl/kamerstukken/detail?id=2024D42030.";
        let got = found(text);
        use ReferenceKind::*;
        let expected = [
            (Zaaknummer, "2025Z06378", "2025Z06378"),
            (Documentnummer, "2025D12345", "2025D12345"),
            (
                Kamerstuk,
                "kst-21501-32-1703",
                "Kamerstuk 21 501-32, nr. 1703",
            ),
            (Kamerstuk, "kst-34919-77", "Kamerstuk 34 919, nrs. 77 en 79"),
            (Kamerstuk, "kst-34919-79", "Kamerstuk 34 919, nrs. 77 en 79"),
            (
                Handelingen,
                "h-tk-20102011-108-5",
                "Handelingen II 2010/11, \n                    nr. 108, item 5",
            ),
            (
                Aanhangsel,
                "ah-tk-20242025-1028",
                "Aanhangsel Handelingen, \n                    vergaderjaar 2024–2025, nr. 1028",
            ),
            (Aanhangsel, "ah-tk-20232024-387", "ah-tk-20232024-387"),
            (
                Url,
                "https://www.tweedekamer.nl/kamerstukken/detail?id=2024D42030",
                "https://www.tweedekamer.nl/kamerstukken/detail?id=2024D42030",
            ),
        ];
        // The line continuations above keep leading spaces; compare whitespace-collapsed.
        let norm = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
        assert_eq!(got.len(), expected.len(), "{got:#?}");
        for ((kind, id, printed), (ekind, eid, eprinted)) in got.iter().zip(expected) {
            assert_eq!((*kind, id.as_str()), (ekind, eid));
            assert_eq!(norm(printed), norm(eprinted));
        }
    }

    #[test]
    fn spans_are_exact_byte_ranges() {
        let text = "«Zie» (Kamerstuk 36 410, nr. 74) en www.rijksoverheid.nl/jenv.";
        let refs = find_references(text);
        assert_eq!(refs.len(), 2);
        assert_eq!(&text[refs[0].span.clone()], "Kamerstuk 36 410, nr. 74");
        assert_eq!(refs[0].span.start, text.find("Kamerstuk").unwrap());
        assert_eq!(&text[refs[1].span.clone()], "www.rijksoverheid.nl/jenv");
        assert_eq!(refs[1].id, "www.rijksoverheid.nl/jenv");
    }

    #[test]
    fn several_stukken_share_the_citation_span() {
        let text = "bij de NS (Kamerstuk-ken 23 645, nr. 811 en 29 984, nr. 1207). Daarnaast";
        let refs = find_references(text);
        assert_eq!(refs.len(), 2);
        assert_eq!(refs[0].span, refs[1].span);
        assert_eq!(
            &text[refs[0].span.clone()],
            "Kamerstuk-ken 23 645, nr. 811 en 29 984, nr. 1207"
        );
        assert_eq!(ids_of(text), ["kst-23645-811", "kst-29984-1207"]);
    }

    #[test]
    fn separate_citations_joined_by_en() {
        let text = "Kamerstuk 34 919, nr. 77 en Kamerstuk 34 919, nr. 79";
        let got = found(text);
        assert_eq!(got.len(), 2);
        assert_eq!(got[0].2, "Kamerstuk 34 919, nr. 77");
        assert_eq!(got[1].2, "Kamerstuk 34 919, nr. 79");
    }

    #[test]
    fn eerste_kamer_references() {
        let text = "(EK 36 600 B, A en EK 36 600 C, A) en (EK 34 568, H)";
        assert_eq!(
            ids_of(text),
            ["kst-36600-B-A", "kst-36600-C-A", "kst-34568-H"]
        );
        let text = "Kamerstukken I 2008/09, 31700 VI, D, p. 4";
        let got = found(text);
        assert_eq!(got[0].1, "kst-31700-VI-D");
        assert_eq!(got[0].2, text);
    }

    #[test]
    fn date_after_number_is_not_a_number() {
        let text = "3Kamerstuk 31 839, nr. 1031, 5 november 2024, Voortgangsbrief Jeugd";
        let got = found(text);
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].1, "kst-31839-1031");
        assert_eq!(got[0].2, "Kamerstuk 31 839, nr. 1031");
        assert_eq!(
            ids_of("(Kamerstuk 36 410, nr. 5 en 20 maart 2024)"),
            ["kst-36410-5"]
        );
    }

    #[test]
    fn footnote_glued_labels_and_poi_footnotes() {
        let text = "2Kamerstuk 29 282, nr. 521\n1Aanhangsel Handelingen II, vergaderjaar 2023–2024, nr. 2267\n\
                    23-2026.[footnoteRef:2]  [2:  Kamerstukken II 2022/23, 29628, nr. 1139.] ";
        assert_eq!(
            ids_of(text),
            ["kst-29282-521", "ah-tk-20232024-2267", "kst-29628-1139"]
        );
    }

    #[test]
    fn label_inside_a_word_is_ignored() {
        let text =
            "behandelingen 2023/24, nr. 5 en onderhandelingen, vergaderjaar 2024–2025, nr. 3";
        assert!(find_references(text).is_empty());
    }

    #[test]
    fn zaaknummer_after_kamerstuk_label() {
        let text = "In voornoemd Kamerstuk (2024Z00081) en (Kamerstuk 2022Z24775) ontvangen.";
        let got = found(text);
        assert_eq!(got.len(), 2);
        assert!(got.iter().all(|g| g.0 == ReferenceKind::Zaaknummer));
        assert_eq!(got[1].2, "2022Z24775");
    }

    #[test]
    fn nbsp_and_non_breaking_hyphen() {
        let text = "Zie Kamerstuk 21\u{a0}501\u{2011}32, nr.\u{a0}1703[footnoteRef:1] en verder.";
        let got = found(text);
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].1, "kst-21501-32-1703");
        assert_eq!(got[0].2, "Kamerstuk 21\u{a0}501\u{2011}32, nr.\u{a0}1703");
    }

    #[test]
    fn pdftotext_joined_hyphen_is_not_repaired() {
        assert!(find_references("Kamerstuk 21 50132, nr. 1703").is_empty());
    }

    #[test]
    fn publication_ids_and_compact_forms() {
        let text = "motie 21501-32-1188; 35570-XIV-46; 33400-VI-110 en kst-36600-B-K, \
                    h-tk-20232024-4-26, ah-1251487, nr. 12345-67-890";
        assert_eq!(
            ids_of(text),
            [
                "kst-21501-32-1188",
                "kst-35570-XIV-46",
                "kst-33400-VI-110",
                "kst-36600-B-K",
                "h-tk-20232024-4-26",
                "ah-1251487"
            ]
        );
    }

    #[test]
    fn bad_vergaderjaar_in_kamerstuk_citation_is_tolerated() {
        let text = "(Kamerstukken II 2023–34, 23 235, nr. 240.)";
        let got = found(text);
        assert_eq!(got[0].1, "kst-23235-240");
        assert_eq!(got[0].2, "Kamerstukken II 2023–34, 23 235, nr. 240");
    }

    #[test]
    fn answer_header_with_line_break() {
        let text = "Koninkrijksrelaties) (ontvangen 7 maart 2024). Zie ook Aanhangsel\n\
                    Handelingen, vergaderjaar 2023–2024, 1028\nVraag 1";
        let got = found(text);
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].1, "ah-tk-20232024-1028");
        assert!(got[0].2.ends_with("2023–2024, 1028"));
    }

    // --- URLs ---------------------------------------------------------------------

    #[test]
    fn url_trailing_punctuation_and_parentheses() {
        assert_eq!(
            ids_of("(https://energeia.nl/rwe-hoopt-op-geitenpaadje/)."),
            ["https://energeia.nl/rwe-hoopt-op-geitenpaadje/"]
        );
        assert_eq!(
            ids_of("zie https://en.wikipedia.org/wiki/Foo_(bar), of niet;"),
            ["https://en.wikipedia.org/wiki/Foo_(bar)"]
        );
        assert_eq!(
            ids_of("«bron» (www.aob.nl,\nd.d. 16 oktober 2024)"),
            ["www.aob.nl"]
        );
        assert_eq!(
            ids_of("via https://www.oecd.org/:"),
            ["https://www.oecd.org/"]
        );
        assert_eq!(
            ids_of("<https://poi.apache.org/>"),
            ["https://poi.apache.org/"]
        );
    }

    /// After "/" a word of small letters alone on the next line is the
    /// URL's last part; prose that runs on over the line is not.
    #[test]
    fn url_broken_after_a_slash_before_its_last_word() {
        assert_eq!(
            ids_of(
                "op https://www.nvwa.nl/onderwerpen/vervoer-levende-dieren/\ninspectieresultaten.\n"
            ),
            ["https://www.nvwa.nl/onderwerpen/vervoer-levende-dieren/inspectieresultaten"]
        );
        assert_eq!(
            ids_of("op https://www.nvwa.nl/onderwerpen/\ngeraadpleegd op 5 mei.\n"),
            ["https://www.nvwa.nl/onderwerpen/"]
        );
        assert_eq!(
            ids_of("op https://www.nvwa.nl/onderwerpen/\nGeraadpleegd.\n"),
            ["https://www.nvwa.nl/onderwerpen/"]
        );
    }

    #[test]
    fn url_broken_after_scheme() {
        let text = "Movisie, https://\nwww.movisie.nl/sites/movisie.nl/files/2022-03/220315_%20Regenboogbeleid%20provincies\n%202022.pdf\n";
        let got = found(text);
        assert_eq!(got.len(), 1);
        assert_eq!(
            got[0].1,
            "https://www.movisie.nl/sites/movisie.nl/files/2022-03/220315_%20Regenboogbeleid%20provincies%202022.pdf"
        );
        assert_eq!(got[0].2, &text[9..text.len() - 1]);
    }

    #[test]
    fn url_broken_after_hyphen() {
        let text = "(https://debatdirect.tweedekamer.nl/2025-04-02/defensie/thorbeckezaal/aiv-advies-hybride-dreigingen-enmaatschappelijke-\nweerbaarheid).";
        let got = found(text);
        assert_eq!(
            got[0].1,
            "https://debatdirect.tweedekamer.nl/2025-04-02/defensie/thorbeckezaal/aiv-advies-hybride-dreigingen-enmaatschappelijke-weerbaarheid"
        );
        assert!(got[0].2.ends_with("-\nweerbaarheid"));
    }

    /// pdfminer sets an empty line inside a URL broken after one of its
    /// hyphens; the last word alone on its line goes on with it, a word of
    /// prose after it does not.
    #[test]
    fn url_broken_after_hyphen_across_an_empty_line() {
        let text = "15 https://www.ncsc.nl/documenten/publicaties/2023/september/18/maak-je-organisatie-\n\nquantumveilig\n\nTweede Kamer";
        assert_eq!(
            ids_of(text),
            [
                "https://www.ncsc.nl/documenten/publicaties/2023/september/18/maak-je-organisatie-quantumveilig"
            ]
        );
        let text = "zie https://www.example.nl/een-pagina-\n\nwaarin de minister schrijft";
        assert_eq!(ids_of(text), ["https://www.example.nl/een-pagina-"]);
    }

    /// A converter that joins a paragraph's lines with spaces leaves one
    /// after a scheme that ended a line: the URL goes on after it.
    #[test]
    fn url_spaced_after_its_scheme() {
        let text = "Regenboogprovincies, https:// www.movisie.nl/sites/a.pdf en";
        assert_eq!(ids_of(text), ["https://www.movisie.nl/sites/a.pdf"]);
        // Prose after a scheme alone is no URL.
        assert!(ids_of("zie https:// hier").is_empty());
    }

    #[test]
    fn url_broken_with_layout_indentation() {
        let text = "    https://www.tuchtrechtbanken.nl/actueel/tuchtrecht-banken-vraagt-bunq-om-opheldering-over-\n    rekeninggluren/\n";
        assert_eq!(
            ids_of(text),
            [
                "https://www.tuchtrechtbanken.nl/actueel/tuchtrecht-banken-vraagt-bunq-om-opheldering-over-rekeninggluren/"
            ]
        );
    }

    #[test]
    fn url_broken_after_slash_with_path() {
        let text = "(https://www.noordhollandsdagblad.nl/binnenland/\nheinen-ook-nsc-wist-van-ontkoppeling/26751442.html)\n2Handelingen II, vergaderjaar 2024–2025, nr. 8";
        assert_eq!(
            ids_of(text),
            [
                "https://www.noordhollandsdagblad.nl/binnenland/heinen-ook-nsc-wist-van-ontkoppeling/26751442.html",
                "h-tk-20242025-8"
            ]
        );
    }

    #[test]
    fn url_not_joined_with_footnote_numbers_or_prose() {
        assert_eq!(
            ids_of("raadplegen via https://www.oecd.org/\n11\nVolgende"),
            ["https://www.oecd.org/"]
        );
        assert_eq!(
            ids_of("zie www.rijksoverheid.nl/\nDe minister"),
            ["www.rijksoverheid.nl/"]
        );
        assert_eq!(
            ids_of("zie www.rijksoverheid.nl\nen/of de website"),
            ["www.rijksoverheid.nl"]
        );
        assert_eq!(
            ids_of("https://puc.overheid.nl/nza/doc/PUC_760147_22\nNEMESIS-3, 2023"),
            ["https://puc.overheid.nl/nza/doc/PUC_760147_22"]
        );
        assert_eq!(
            ids_of("https://a.nl/x-\nhttps://b.nl/y"),
            ["https://a.nl/x-", "https://b.nl/y"]
        );
        assert_eq!(
            ids_of("https://a.nl/x-\n\nvolgende alinea"),
            ["https://a.nl/x-"]
        );
    }

    #[test]
    fn url_without_host_is_ignored() {
        assert!(find_references("https:// en www. en http://.").is_empty());
        assert!(find_references("xwww.example.nl").is_empty());
        assert_eq!(
            ids_of("1https://transparency.x.com/dsa.html"),
            ["https://transparency.x.com/dsa.html"]
        );
    }

    /// A host under ".nl" with a path is a URL without scheme or "www."
    /// (notes cite news so: "NOS, 6 maart 2024 (nos.nl/artikel/…)"); a
    /// name in capitals, an e-mail address, a domain without a path and a
    /// host inside a URL found otherwise are not.
    #[test]
    fn bare_host_with_a_path_is_a_url() {
        assert_eq!(
            ids_of("NOS, 6 maart 2024 (nos.nl/artikel/2511721-yesilgoz-wil)."),
            ["nos.nl/artikel/2511721-yesilgoz-wil"]
        );
        assert_eq!(
            ids_of("dvhn.nl/drenthe/Kloof-29236849.html en regio-purmerend.nl/2024/"),
            [
                "dvhn.nl/drenthe/Kloof-29236849.html",
                "regio-purmerend.nl/2024/"
            ]
        );
        assert!(find_references("Discriminatie.nl/Fryslân/Tumba").is_empty());
        assert!(find_references("mail info@nos.nl/ of zie nos.nl.").is_empty());
        assert_eq!(
            ids_of("https://www.movisie.nl/sites/movisie.nl/files/a.pdf"),
            ["https://www.movisie.nl/sites/movisie.nl/files/a.pdf"]
        );
    }

    /// pdfium's mark of a line-end hyphen in a URL is the URL's hyphen.
    #[test]
    fn line_hyphen_mark_in_a_url_is_a_hyphen() {
        assert_eq!(
            ids_of("https://nos.nl/artikel/1-over\u{fffe}gluren-naar"),
            ["https://nos.nl/artikel/1-over-gluren-naar"]
        );
    }

    #[test]
    fn zaaknummer_inside_url_is_part_of_the_url() {
        let text =
            "5https://www.tweedekamer.nl/kamerstukken/moties/detail?id=2022Z10845&did=2022D222";
        let got = found(text);
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].0, ReferenceKind::Url);
    }

    #[test]
    fn url_start_in_any_case_and_only_for_http() {
        assert_eq!(
            ids_of("zie WwW.Rijksoverheid.nl."),
            ["WwW.Rijksoverheid.nl"]
        );
        assert_eq!(ids_of("HTTPS://x.nl/a"), ["HTTPS://x.nl/a"]);
        assert!(find_references("ftp://x.nl/a").is_empty());
        // A URL inside a URL is part of it.
        assert_eq!(
            ids_of("https://web.archive.org/web/2020/https://www.x.nl/y"),
            ["https://web.archive.org/web/2020/https://www.x.nl/y"]
        );
    }

    #[test]
    fn bare_chamber_labels_are_whole_words() {
        assert_eq!(ids_of("TK 36 410, nr. 5"), ["kst-36410-5"]);
        assert!(find_references("BTK 36 410, nr. 5").is_empty());
        assert!(find_references("TKX 36 410, nr. 5").is_empty());
    }

    // --- robustness -------------------------------------------------------------

    #[test]
    fn kind_serialises_snake_case() {
        let r = FoundReference {
            kind: ReferenceKind::Documentnummer,
            span: 0..10,
            id: "2025D12345".into(),
        };
        let json = serde_json::to_string(&r).unwrap();
        assert_eq!(
            json,
            r#"{"kind":"documentnummer","span":{"start":0,"end":10},"id":"2025D12345"}"#
        );
        assert_eq!(serde_json::from_str::<FoundReference>(&json).unwrap(), r);
        assert_eq!(serde_json::to_value(ReferenceKind::Url).unwrap(), "url");
    }

    #[test]
    fn every_char_boundary_offset_is_safe() {
        let text = "«Kamerstuk 21\u{a0}501‑32, nr. 1703» – ë https://x.nl/é-\nü 2025Z06378 ah-tk-20232024-387 €";
        for (i, _) in text.char_indices() {
            check_invariants(&text[i..], &find_references(&text[i..]));
            check_invariants(&text[..i], &find_references(&text[..i]));
        }
    }

    #[test]
    fn garbage_input_does_not_panic() {
        // Deterministic pseudo-random text over an alphabet of trigger fragments.
        let pieces = [
            "Kamerstuk",
            " ",
            "21",
            "501",
            "-",
            "\u{2011}",
            ",",
            "nr.",
            "nrs.",
            " en ",
            "t/m",
            "I",
            "II",
            "EK",
            "2023/24",
            "Handelingen",
            "Aanhangsel",
            "item",
            "https://",
            "www.",
            "/",
            "\n",
            "(",
            ")",
            "é",
            "«",
            "kst-",
            "ah-tk-",
            "2025Z",
            "06378",
            "B",
            "XIV",
            "\u{a0}",
            ".",
        ];
        let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut text = String::new();
        for _ in 0..50_000 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            text.push_str(pieces[(state % pieces.len() as u64) as usize]);
        }
        let refs = find_references(&text);
        check_invariants(&text, &refs);
    }

    #[test]
    fn pathological_inputs_stay_fast() {
        let cases = [
            "Kamerstuk ".repeat(100_000),
            "Kamerstuk 12 345, nr. 1, ".repeat(40_000),
            format!("Kamerstuk{}", " ".repeat(1_000_000)),
            format!("https://x.nl/{}", ")".repeat(500_000)),
            "https://a.nl/b-\n".repeat(50_000),
            "1".repeat(1_000_000),
            "nrs. 1 t/m 99999 en ".repeat(50_000),
        ];
        let started = std::time::Instant::now();
        for text in &cases {
            let refs = find_references(text);
            check_invariants(text, &refs);
        }
        // Linear-time scanning: seconds, not minutes, even in a debug build.
        assert!(
            started.elapsed().as_secs() < 30,
            "took {:?}",
            started.elapsed()
        );
    }

    #[test]
    fn empty_and_trivial_inputs() {
        assert!(find_references("").is_empty());
        assert!(find_references("Kamerstuk").is_empty());
        assert!(find_references("EK TK").is_empty());
        assert!(find_references("TK 36 410 en EK 12 345").is_empty());
        assert_eq!(ids_of("(Kamerstukken 31945)"), ["kst-31945"]);
    }
}
