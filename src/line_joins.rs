//! What an extractor lost where it joined lines, put back where the
//! document itself shows it: the hyphens of words broken over a line end,
//! and, in PyPDF's paragraphs, the space between sentences and the line of
//! a list item that it glued to the line before.
//!
//! pdftotext (its default mode) and pymupdf4llm join a word that the PDF
//! broke at a line-end hyphen and drop the hyphen, also where the hyphen is
//! the word's own; pdfium marks it (U+FFFE), and the mark goes between
//! small letters. In a URL that makes a link that leads nowhere: a URL
//! broken after "…/in-ruim-400-woonwijken-" reads
//! "…/in-ruim-400-woonwijkenligt-tot-…". The joined text no longer tells
//! which hyphen went; the note often does: a URL's path spells the title
//! that the note prints before it ("In ruim 400 woonwijken ligt tot …"),
//! so a piece of the path that is two words of the title in a row, beside a
//! piece that is the word before or after them, lost its hyphen. Without
//! such a title the URL stays as the extractor wrote it.
//!
//! pdftotext joins the broken line and the next into one line, longer than
//! a full line of its text: only the URLs of such lines are read, in text
//! whose lines are set at one width. pymupdf4llm's lines are paragraphs: in
//! such Markdown (made of pages) every URL is read.
//!
//! Outside URLs the document shows a hyphen where it prints the same word
//! with it inside a line ("PKI-consortium", "aanloop- en
//! volloopverliezen") and not without it elsewhere. That is read where the
//! join can be found at little cost: pdfium marks it (U+FFFE, which
//! [`crate::text`] otherwise drops between small letters:
//! "mvo\u{fffe}standaarden"); in pymupdf4llm's paragraphs a word the
//! document prints joined only once is the join; in pdftotext's joined
//! lines only the words about where a printed line ended are read (a line's
//! width on, two widths on: the lines beside it tell the width), each
//! compared only with the words of the same first byte.
//!
//! The other way round, PyPDF keeps a line end's hyphen where it joined
//! the lines of a paragraph ("kleine ziekenhui-zen ondersteunen"): such a
//! hyphen between small letters goes where the document prints the word
//! joined nearby (a hyphen that goes is a range that says nothing). Where
//! it joined them without a space, a sentence's end glued to the next
//! ("bijstaan?Waarom") gets its space, and a list item glued to the colon
//! or semicolon before it ("veranderen:1. Bekostiging") its line.

use std::ops::Range;

use crate::text::{LINE_HYPHEN, Layout, Line, LineStats, word_end, word_start};

/// The shortest piece of a URL that is read as two words glued
/// ("overgluren"): shorter ones are one word, or two too short to tell.
const GLUED_MIN: usize = 8;

/// The longest title before a URL that its words are looked for in (bytes).
const TITLE_MAX: usize = 250;

/// The most words printed with a hyphen inside a line that are looked for
/// where they may have been joined.
const MAX_WORDS: usize = 64;

/// A source range and what the text says there instead (see [`restored`]).
type Restored = (usize, usize, &'static str);

/// Where a hyphen that an extractor removed is put back, sorted: the source
/// range `start..end` (empty where the hyphen was dropped, pdfium's mark
/// where it was marked) and what the text says there ("-", or "- " where a
/// conjunction follows: "aanloop- en volloopverliezen"); where one that
/// PyPDF kept inside a line goes (the hyphen, and ""); and where PyPDF
/// glued a sentence or a list item to the text before it (an empty range,
/// and " " or "\n"). `lines` are the
/// document's lines, `stats` what they say, `paged` whether the text is
/// made of pages (a page footer closes one), `urls` the spans of the URLs
/// found in `src`, in order, and `marks` where `src` has pdfium's marks.
pub(crate) fn restored(
    src: &str,
    lines: &[Line],
    stats: LineStats,
    paged: bool,
    urls: &[Range<usize>],
    marks: &[usize],
) -> Vec<Restored> {
    let mut at = Vec::new();
    // Markdown made of pages whose lines are paragraphs (pymupdf4llm's).
    let paragraphs = stats.markdown && paged && stats.layout == Layout::Paragraphs;
    if paragraphs || !marks.is_empty() {
        let words = hyphenated(src, urls);
        if !words.is_empty() {
            if paragraphs {
                joined_once(src, &words, &mut at);
            }
            marked(src, &words, marks, &mut at);
        }
    }
    // PyPDF's paragraphs made of pages: a line end's hyphen inside a line,
    // and sentences and list items glued where it joined lines.
    if stats.paragraph_lines && paged && !stats.markdown {
        inline_breaks(src, urls, &mut at);
        glued_sentences(src, urls, &mut at);
        glued_items(src, urls, &mut at);
        glued_words(src, urls, &mut at);
    }
    let full = stats.wrap * 5 / 4;
    if !paragraphs && stats.layout == Layout::Wrapped && stats.wrap > 0 {
        // pdftotext's joined lines: a word of the document joined in one.
        let joined = lines.iter().any(|l| l.end() - l.start() > full);
        if joined && stats.one_width {
            let words = hyphenated(src, urls);
            if !words.is_empty() {
                joined_in_lines(src, lines, full, &words, &mut at);
            }
        }
    }
    if !urls.is_empty() && (paragraphs || stats.layout == Layout::Wrapped && stats.wrap > 0) {
        for url in urls {
            if !src[url.clone()].contains('-') {
                continue;
            }
            if !paragraphs {
                let k = lines.partition_point(|l| l.end() < url.start);
                let joined = lines
                    .get(k)
                    .is_some_and(|l| l.start() <= url.start && l.end() - l.start() > full);
                if !joined || !stats.one_width {
                    continue;
                }
            }
            url_words(src, url, &mut at);
        }
    }
    // pdfium's mark inside a URL is the URL's hyphen: no URL breaks at a
    // hyphen of its own making (`references` reads its id so too).
    for &m in marks {
        if urls.iter().any(|u| u.contains(&m)) {
            at.push((m, m + LINE_HYPHEN.len(), "-"));
        }
    }
    at.retain(|&(s, e, _)| src.is_char_boundary(s) && src.is_char_boundary(e));
    at.sort_unstable();
    at.dedup();
    at
}

/// Whether byte `at` is inside one of the `urls` (sorted, apart), asked
/// for ascending `at`: `u` is the first URL not yet passed, kept between
/// calls so that a text's places are checked in one walk.
fn in_url(urls: &[Range<usize>], u: &mut usize, at: usize) -> bool {
    while *u < urls.len() && urls[*u].end <= at {
        *u += 1;
    }
    urls.get(*u).is_some_and(|r| r.start <= at)
}

/// Whether the word `start..end` of `b` (around a hyphen) is part of a
/// chain ("doe-het-zelf"), a name or a path: a hyphen, slash, point or
/// underscore before it, a hyphen, slash or underscore after it.
pub(crate) fn chained(b: &[u8], start: usize, end: usize) -> bool {
    (start > 0 && matches!(b[start - 1], b'-' | b'/' | b'.' | b'_'))
        || matches!(b.get(end), Some(b'-' | b'/' | b'_'))
}

/// A word the document prints with a hyphen inside a line: the part before
/// the hyphen (`start..hyphen` of the source) and the part after it
/// (`right`, without the hyphen and its space).
struct Printed {
    start: usize,
    hyphen: usize,
    right: Range<usize>,
    /// What the text says at the hyphen: "-", or "- " before a conjunction.
    says: &'static str,
}

impl Printed {
    fn left<'s>(&self, src: &'s str) -> &'s [u8] {
        &src.as_bytes()[self.start..self.hyphen]
    }
    fn right<'s>(&self, src: &'s str) -> &'s [u8] {
        &src.as_bytes()[self.right.clone()]
    }
}

/// The words that `src` prints with a hyphen between two letters inside a
/// line, as [`Printed`]: one part before the hyphen and one after (not a
/// chain such as "doe-het-zelf", nor in one of the `urls`), or a part
/// before a hyphen that a conjunction and a word follow ("aanloop- en
/// volloopverliezen", read with that word). At most [`MAX_WORDS`], each
/// once.
fn hyphenated(src: &str, urls: &[Range<usize>]) -> Vec<Printed> {
    let b = src.as_bytes();
    let mut words: Vec<Printed> = Vec::with_capacity(MAX_WORDS);
    let mut u = 0;
    for at in memchr::memchr_iter(b'-', b) {
        // Most hyphens stand after an ASCII letter, or are no word's ("---").
        let before = if at > 0 { b[at - 1] } else { b'-' };
        let next = b.get(at + 1).copied().unwrap_or(b'-');
        if !(next == b' ' || next.is_ascii_alphabetic() || next >= 0x80)
            || !(before.is_ascii_alphabetic()
                || before >= 0x80 && src[..at].ends_with(char::is_alphabetic))
        {
            continue;
        }
        if in_url(urls, &mut u, at) {
            continue;
        }
        let start = word_start(src, at);
        if start > 0 && matches!(b[start - 1], b'-' | b'/' | b'.' | b'_' | b'=' | b'#') {
            continue;
        }
        let after = &src[at + 1..];
        let word = if after.starts_with(char::is_alphabetic) {
            // "PKI-consortium"
            let end = word_end(src, at + 1);
            if matches!(b.get(end), Some(b'-' | b'/' | b'_' | b'.'))
                && b.get(end + 1).is_some_and(u8::is_ascii_alphanumeric)
            {
                continue;
            }
            Printed {
                start,
                hyphen: at,
                right: at + 1..end,
                says: "-",
            }
        } else if after.starts_with(" en ") || after.starts_with(" of ") {
            // "aanloop- en volloopverliezen"
            let end = word_end(src, at + 5);
            if end == at + 5 {
                continue;
            }
            Printed {
                start,
                hyphen: at,
                right: at + 2..end,
                says: "- ",
            }
        } else {
            continue;
        };
        let (l, r) = (word.left(src), word.right(src));
        if !words.iter().any(|w| w.left(src) == l && w.right(src) == r) {
            words.push(word);
            if words.len() == MAX_WORDS {
                break;
            }
        }
    }
    words
}

/// In paragraph text: where a word of `words` stands joined, the only time
/// the document prints it so ("PKIconsortium" beside "PKI-consortium"). A
/// word the document prints joined twice it spells so ("quantumproof"
/// beside "quantum-proof"). Pushed onto `at`.
fn joined_once(src: &str, words: &[Printed], at: &mut Vec<Restored>) {
    let b = src.as_bytes();
    let mut needle = Vec::new();
    for w in words {
        needle.clear();
        needle.extend_from_slice(w.left(src));
        needle.extend_from_slice(w.right(src));
        let mut joined = memchr::memmem::find_iter(b, &needle).filter(|&s| {
            !src[..s].ends_with(char::is_alphanumeric)
                && !src[s + needle.len()..].starts_with(char::is_alphanumeric)
        });
        if let (Some(s), None) = (joined.next(), joined.next()) {
            let p = s + w.hyphen - w.start;
            at.push((p, p, w.says));
        }
    }
}

/// In wrapped text set at one width: where a word of `words` stands joined
/// in one of the `lines` longer than `full` (pdftotext joined a line that
/// ended with a hyphen and the next, or more), where a printed line ended,
/// and the document prints it joined nowhere else ("PKIconsortium" beside
/// "PKI-consortium", "aanloopen volloopverliezen" beside "aanloop- en
/// volloopverliezen"). Pushed onto `at`.
///
/// A printed line ends about where the lines around it end: the words read
/// are those about a line's width on (from three quarters of it to a
/// seventh past it), and two, three widths on; the rest of the line is not
/// read, which keeps this cheap.
#[inline(never)]
fn joined_in_lines(
    src: &str,
    lines: &[Line],
    full: usize,
    words: &[Printed],
    at: &mut Vec<Restored>,
) {
    let b = src.as_bytes();
    // The words by their first byte, one bit each ([`MAX_WORDS`] bits): a
    // word of the line is compared only with the words it may be.
    let mut by_first = [0u64; 256];
    for (k, w) in words.iter().enumerate() {
        by_first[usize::from(w.left(src)[0])] |= 1 << k;
    }
    let len = |k: usize| lines.get(k).map_or(0, |l: &Line| l.end() - l.start());
    for (k, l) in lines.iter().enumerate() {
        if l.end() - l.start() <= full {
            continue;
        }
        // The width of the printed lines: the longer line beside it that
        // is no joined line itself, at least the text's wrap width.
        let width = [k.wrapping_sub(1), k + 1]
            .into_iter()
            .map(len)
            .filter(|&n| n <= full)
            .fold(full * 4 / 5, usize::max);
        let line = &b[l.start()..l.end()];
        let mut end = 0;
        for n in 1.. {
            let (lo, hi) = (n * width * 3 / 4, (n * width * 8 / 7).min(line.len()));
            if lo >= line.len() {
                break;
            }
            // From the word that holds `lo` to the one that holds `hi`.
            if end < lo {
                end = memchr::memrchr(b' ', &line[end..lo]).map_or(end, |p| end + p + 1);
            }
            while end < hi {
                let start = end;
                // (A byte loop: the words are short.)
                while end < line.len() && line[end] != b' ' {
                    end += 1;
                }
                let word = &line[start..end];
                end += 1;
                let Some(&c) = word.first() else { continue };
                if let Some(p) = joined_at(
                    src,
                    l.start() + start,
                    word,
                    by_first[usize::from(c)],
                    words,
                ) {
                    at.push(p);
                }
            }
        }
    }
}

/// Where the word `word` of the source at `s` is one of the `words` that
/// `candidates` names (a bit each), joined: where its hyphen goes, if the
/// document prints it so nowhere else.
fn joined_at(
    src: &str,
    s: usize,
    word: &[u8],
    mut candidates: u64,
    words: &[Printed],
) -> Option<Restored> {
    let b = src.as_bytes();
    while candidates != 0 {
        let w = &words[candidates.trailing_zeros() as usize];
        candidates &= candidates - 1;
        let (left, right) = (w.left(src), w.right(src));
        // The word holds the joined word, or its left part and "en"
        // ("aanloopen volloopverliezen"); a byte after the first tells
        // most words apart.
        let least = if w.says == "-" {
            left.len() + right.len()
        } else {
            left.len() + 2
        };
        if word.len() < least || word.get(1) != left.get(1) {
            continue;
        }
        let rest = &b[s..];
        let fits = rest.starts_with(left)
            && rest[left.len()..].starts_with(right)
            && !src[s + left.len() + right.len()..].starts_with(char::is_alphanumeric);
        if !fits {
            continue;
        }
        // Joined nowhere else in the document.
        let needle = &b[s..s + left.len() + right.len()];
        let elsewhere = memchr::memmem::find_iter(b, needle).any(|o| {
            o != s
                && !src[..o].ends_with(char::is_alphanumeric)
                && !src[o + needle.len()..].starts_with(char::is_alphanumeric)
        });
        let p = s + left.len();
        return (!elsewhere).then_some((p, p, w.says));
    }
    None
}

/// How far from a hyphen inside a line its word is looked for joined, each
/// way (bytes). Over the corpus PyPDF texts, three in four of the words
/// joined elsewhere stand joined within 2 KB (the median at 630 bytes).
/// Most words are joined nowhere, and a search of the whole text for each
/// cost 4.5 instructions a byte of the corpus (15% of the parse), this
/// one 2.6: a search is about half an instruction a byte searched.
const INLINE_REACH: usize = 2048;

/// In paragraph text made of pages without Markdown (PyPDF's: it joins
/// the lines of a paragraph and keeps the hyphen where a word broke at a
/// line end, "ziekenhui-zen ondersteunen"): a hyphen between small letters
/// inside a line is a line end's, and goes, where the document prints the
/// word joined nearby ([`INLINE_REACH`]) as a word of its own
/// ("ziekenhuizen", or with a capital: "Zorgverzekeraars" beside
/// "zorgver-zekeraars"). A word printed there nowhere joined keeps its
/// hyphen ("hiv-besmettingen", "btw-verhoging"): its spelling is not
/// known. Pushed onto `at` as ranges that say nothing.
fn inline_breaks(src: &str, urls: &[Range<usize>], at: &mut Vec<Restored>) {
    let b = src.as_bytes();
    let mut u = 0;
    let mut word = Vec::new();
    for h in memchr::memchr_iter(b'-', b) {
        // Between small letters, one byte each side telling most.
        let (Some(&before), Some(&after)) = (b.get(h.wrapping_sub(1)), b.get(h + 1)) else {
            continue;
        };
        if !(before.is_ascii_lowercase() || before >= 0x80)
            || !(after.is_ascii_lowercase() || after >= 0x80)
            || !src[..h].ends_with(char::is_lowercase)
            || !src[h + 1..].starts_with(char::is_lowercase)
        {
            continue;
        }
        if in_url(urls, &mut u, h) {
            continue;
        }
        let (start, end) = (word_start(src, h), word_end(src, h + 1));
        // Not a chain ("doe-het-zelf"), nor a part of a name or path; two
        // letters a side at least (hyphenation leaves no fewer), the first
        // ASCII (looked for in either case).
        if chained(b, start, end)
            || !b[start].is_ascii_alphabetic()
            || src[start..h].chars().nth(1).is_none()
            || src[h + 1..end].chars().nth(1).is_none()
        {
            continue;
        }
        word.clear();
        word.extend_from_slice(&b[start + 1..h]);
        word.extend_from_slice(&b[h + 1..end]);
        let near = start.saturating_sub(INLINE_REACH)..(end + INLINE_REACH).min(b.len());
        if joined_near(b, near, b[start], &word) {
            at.push((h, h + 1, ""));
        }
    }
}

/// In the same text (PyPDF's paragraphs made of pages, whose lines it
/// joins, often without a space): a sentence's end glued to the next
/// sentence ("bijstaan?Waarom zou", "veranderen.Verschillende") gets its
/// space back. Only after a word of at least two small letters and before
/// a capital and a small letter, outside URLs, and not in an e-mail
/// address or a name with dots ("Ph.D.", "jan.Jansen@…"). Whether a
/// paragraph ended there is not known: the text gets a space. Pushed onto
/// `at` as empty ranges that say " ".
fn glued_sentences(src: &str, urls: &[Range<usize>], at: &mut Vec<Restored>) {
    let b = src.as_bytes();
    let mut u = 0;
    for p in memchr::memchr3_iter(b'.', b'?', b'!', b) {
        let next = p + 1;
        if p < 2
            || !b[p - 1].is_ascii_lowercase()
            || !b[p - 2].is_ascii_lowercase()
            || !b.get(next).is_some_and(u8::is_ascii_uppercase)
            || !b.get(next + 1).is_some_and(u8::is_ascii_lowercase)
        {
            continue;
        }
        if in_url(urls, &mut u, p) {
            continue;
        }
        let end = word_end(src, next);
        let address = matches!(b.get(end), Some(b'@'))
            || (b.get(end) == Some(&b'.') && b.get(end + 1).is_some_and(u8::is_ascii_alphanumeric));
        if !address {
            at.push((next, next, " "));
        }
    }
}

/// In the same text: two words glued where PyPDF joined two lines without
/// a space, told by the capital that opens the second ("voor
/// BuitenlandseHandel en", "namens de MinisterKlimaat", "deEuropese
/// Commissie"), get their space back. Only where the document prints both
/// words nearby ([`INLINE_REACH`]) as words of their own, the first in
/// either case and the second with its capital, and the glued form nowhere
/// else: a name written so ("GroenLinks", "ChristenUnie", "TikTok",
/// "MijnOverheid") is printed so more than once, or one of its parts is
/// not a word of the text. Small words glued together ("debehandeling")
/// are not told from the compounds of Dutch, and stay. Pushed onto `at` as
/// empty ranges that say " ".
fn glued_words(src: &str, urls: &[Range<usize>], at: &mut Vec<Restored>) {
    let b = src.as_bytes();
    let mut u = 0;
    let letter = |c: u8| c.is_ascii_alphabetic() || c >= 0x80;
    for p in small_then_capital(b) {
        // The second word: a capital and two small letters at least, to
        // the word's end ("opTikTok" is "op" and "TikTok"; a digit after it
        // may be a note's marker).
        if !(b[p].is_ascii_uppercase()
            && b.get(p + 1..p + 3)
                .is_some_and(|w| w.iter().all(u8::is_ascii_lowercase)))
        {
            continue;
        }
        let mut end = p + 1;
        while end < b.len() && b[end].is_ascii_alphabetic() {
            end += 1;
        }
        if b.get(end).is_some_and(|&c| c >= 0x80) {
            continue;
        }
        // The first: small letters, perhaps after a capital, from a word's
        // start (not inside a name, path or address).
        let mut start = p;
        while start > 0 && b[start - 1].is_ascii_lowercase() {
            start -= 1;
        }
        if start > 0 && b[start - 1].is_ascii_uppercase() {
            start -= 1;
        }
        if p - start < 2
            || start > 0
                && (letter(b[start - 1])
                    || b[start - 1].is_ascii_digit()
                    || matches!(b[start - 1], b'-' | b'/' | b'.' | b'_' | b'@' | b'#'))
            || matches!(b.get(end), Some(b'-' | b'/' | b'_' | b'@'))
            || in_url(urls, &mut u, p)
        {
            continue;
        }
        let near = start.saturating_sub(INLINE_REACH)..(end + INLINE_REACH).min(b.len());
        // The second word elsewhere, found by its capital (a rare byte,
        // cheaper to look for than the word): printed as a word of its
        // own, and never glued to the first again.
        let (first, second) = (&b[start..p], &b[p..end]);
        let mut printed = false;
        for o in memchr::memchr_iter(b[p], &b[near.clone()]) {
            let o = near.start + o;
            if o == p
                || !b[o..].starts_with(second)
                || b.get(o + second.len()).is_some_and(|&c| letter(c))
            {
                continue;
            }
            if o == 0 || !letter(b[o - 1]) {
                printed = true;
            } else if o >= first.len()
                && &b[o - first.len()..o] == first
                && (o == first.len() || !letter(b[o - first.len() - 1]))
            {
                printed = false;
                break;
            }
        }
        if printed && joined_near(b, near, first[0], &first[1..]) {
            at.push((p, p, " "));
        }
    }
}

/// Where in `b` an ASCII small letter is followed by an ASCII capital: the
/// capitals' positions, in order. Capitals after small letters are rare in
/// text: each block of 32 bytes is tested at once (a loop the compiler
/// makes vector code of), and only a block with one is looked into.
fn small_then_capital(b: &[u8]) -> Vec<usize> {
    const BLOCK: usize = 32;
    let pair = |prev: u8, c: u8| prev.is_ascii_lowercase() && c.is_ascii_uppercase();
    let mut out = Vec::new();
    let mut k = 1;
    while k + BLOCK <= b.len() {
        let w: &[u8; BLOCK + 1] = b[k - 1..k + BLOCK].try_into().expect("a block");
        // (Byte arithmetic: the compiler keeps a loop over `bool`s scalar.)
        let mut hit = 0u8;
        for i in 0..BLOCK {
            hit |=
                u8::from(w[i].wrapping_sub(b'a') < 26) & u8::from(w[i + 1].wrapping_sub(b'A') < 26);
        }
        if hit != 0 {
            out.extend((0..BLOCK).filter(|&i| pair(w[i], w[i + 1])).map(|i| k + i));
        }
        k += BLOCK;
    }
    out.extend((k..b.len()).filter(|&p| pair(b[p - 1], b[p])));
    out
}

/// In the same text: a list item glued to the colon or semicolon that
/// ends the line before it ("veranderen:1. Bekostiging", "paardachtige;–
/// Uiterlijk", "waaronder:– de afspraak") gets its line back, as the items
/// that PyPDF did print on lines of their own have. The item opens with a
/// dash or bullet and a space, or with a number, a full stop, a space and a
/// capital; the colon or semicolon follows a small letter, outside URLs.
/// Pushed onto `at` as empty ranges that say "\n".
fn glued_items(src: &str, urls: &[Range<usize>], at: &mut Vec<Restored>) {
    let b = src.as_bytes();
    let mut u = 0;
    for p in memchr::memchr2_iter(b':', b';', b) {
        if p == 0 || !b[p - 1].is_ascii_lowercase() {
            continue;
        }
        let item = &src[p + 1..];
        let dash = ["– ", "- ", "• "].iter().any(|d| item.starts_with(d));
        let digits = item.bytes().take_while(u8::is_ascii_digit).count();
        let numbered = (1..=2).contains(&digits)
            && item[digits..].starts_with(". ")
            && item[digits + 2..].starts_with(|c: char| c.is_uppercase());
        if (dash || numbered) && !in_url(urls, &mut u, p) {
            at.push((p + 1, p + 1, "\n"));
        }
    }
}

/// Whether `b[near]` holds a word of its own that is `first` (in either
/// case) and then `tail`: the tail is looked for (SIMD), then the letter
/// before it.
fn joined_near(b: &[u8], near: Range<usize>, first: u8, tail: &[u8]) -> bool {
    let in_word = |c: u8| c.is_ascii_alphanumeric() || c >= 0x80;
    let first = first.to_ascii_lowercase();
    memchr::memmem::find_iter(&b[near.clone()], tail).any(|t| {
        let t = near.start + t;
        t > 0
            && b[t - 1].to_ascii_lowercase() == first
            && (t == 1 || !in_word(b[t - 2]))
            && b.get(t + tail.len()).is_none_or(|&c| !in_word(c))
    })
}

/// Where pdfium marked a line-end hyphen (`marks`) inside a word of `words`
/// ("mvo" U+FFFE "standaarden" where the document prints "mvo-standaarden"):
/// the mark is the word's hyphen. Pushed onto `at`.
fn marked(src: &str, words: &[Printed], marks: &[usize], at: &mut Vec<Restored>) {
    for &m in marks {
        let b = src.as_bytes();
        let (start, end) = (word_start(src, m), word_end(src, m + LINE_HYPHEN.len()));
        let (left, right) = (&b[start..m], &b[m + LINE_HYPHEN.len()..end]);
        if left.is_empty() || right.is_empty() {
            continue;
        }
        if words
            .iter()
            .any(|w| w.says == "-" && w.left(src) == left && w.right(src) == right)
        {
            at.push((m, m + LINE_HYPHEN.len(), "-"));
        }
    }
}

/// Where the URL `url` glued two words of the title before it: a piece of
/// its path between hyphens that is two words the title prints in a row,
/// next to a piece that is the word before them or after them
/// ("…-400-woonwijkenligt-tot-…" after "In ruim 400 woonwijken ligt tot
/// 10.000 kilo …"). Pushed onto `at`.
fn url_words(src: &str, url: &Range<usize>, at: &mut Vec<Restored>) {
    let u = &src[url.clone()];
    // The pieces of the URL's path: its runs of letters and digits.
    let path = u
        .find("://")
        .map_or(0, |p| p + 3)
        .max(u.find("www.").map_or(0, |p| p + 4));
    let path = path + u[path..].find('/').unwrap_or(u.len() - path);
    // (By bytes: a non-ASCII byte is part of a piece, which then is no
    // piece of two words below.)
    let mut pieces: Vec<(usize, &str)> = Vec::new();
    let mut run: Option<usize> = None;
    let piece_byte = |c: u8| c.is_ascii_alphanumeric() || c >= 0x80;
    for (i, &c) in u.as_bytes()[path..].iter().chain([&b'/']).enumerate() {
        match (piece_byte(c), run) {
            (true, None) => run = Some(path + i),
            (false, Some(s)) => {
                pieces.push((s, &u[s..path + i]));
                run = None;
            }
            _ => {}
        }
    }
    // A piece that may be two words between hyphens: the title is read
    // only for such a URL.
    let glued = |&(start, piece): &(usize, &str)| {
        piece.len() >= GLUED_MIN
            && piece.bytes().all(|c| c.is_ascii_alphabetic())
            && (u.as_bytes()[start - 1] == b'-'
                || u.as_bytes().get(start + piece.len()) == Some(&b'-'))
    };
    if !pieces.iter().any(glued) {
        return;
    }
    // The title: the words before the URL, back to a blank line, as the
    // text reads them: an apostrophe ("scenario's"), a soft hyphen and
    // pdfium's line-end hyphen (U+FFFE) are inside a word, and such a word
    // is no part of a URL's piece.
    let from = crate::text::floor_char_boundary(src, url.start.saturating_sub(TITLE_MAX));
    let before = &src[from..url.start];
    let before = before.rsplit("\n\n").next().unwrap_or(before);
    let inside = |c: char| matches!(c, '\'' | '’' | '\u{ad}' | '\u{fffe}');
    let title: Vec<&str> = before
        .split(|c: char| !c.is_alphanumeric() && !inside(c))
        .filter(|w| w.len() >= 2)
        .collect();
    if title.len() < 3 {
        return;
    }
    let same = |w: &str, p: Option<&str>| p.is_some_and(|p| p.eq_ignore_ascii_case(w));
    for (i, &(start, piece)) in pieces.iter().enumerate() {
        if !glued(&(start, piece)) {
            continue;
        }
        let (before, after) = (
            i.checked_sub(1).map(|j| pieces[j].1),
            pieces.get(i + 1).map(|p| p.1),
        );
        // (The piece is ASCII: a title word that matches a part of it is
        // too, and the part ends at a char boundary.)
        let split = title.windows(2).enumerate().find_map(|(t, pair)| {
            let (a, b) = (pair[0], pair[1]);
            let glued = a.len() + b.len() == piece.len()
                && piece[..a.len()].eq_ignore_ascii_case(a)
                && piece[a.len()..].eq_ignore_ascii_case(b);
            let neighbour = t.checked_sub(1).is_some_and(|p| same(title[p], before))
                || title.get(t + 2).is_some_and(|n| same(n, after));
            (glued && neighbour).then_some(a.len())
        });
        if let Some(left) = split {
            let p = url.start + start + left;
            at.push((p, p, "-"));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `src` as the places that `find` pushes say it.
    fn applied(
        find: fn(&str, &[Range<usize>], &mut Vec<Restored>),
        src: &str,
        urls: &[Range<usize>],
    ) -> String {
        let mut at = Vec::new();
        find(src, urls, &mut at);
        let mut out = src.to_string();
        for &(s, e, says) in at.iter().rev() {
            out.replace_range(s..e, says);
        }
        out
    }

    /// The hyphens that go in `src` (as text without them).
    fn without_inline_breaks(src: &str, urls: &[Range<usize>]) -> String {
        let mut at = Vec::new();
        inline_breaks(src, urls, &mut at);
        assert!(at.iter().all(|&(_, _, says)| says.is_empty()));
        applied(inline_breaks, src, urls)
    }

    /// A hyphen between small letters inside a line goes where the word
    /// stands joined nearby, in small letters or with a capital; not where
    /// it stands joined only far off or nowhere, nor in a chain, a URL or a
    /// name.
    #[test]
    fn a_hyphen_inside_a_line_goes_where_the_word_stands_joined_nearby() {
        let src = "Grote ziekenhuizen gaan kleine ziekenhui-zen ondersteunen. \
                   Zorgverzekeraars kopen in; het is aan de zorgver-zekeraars. \
                   De btw-verhoging en de doe-het-zelf-winkel blijven.";
        assert_eq!(
            without_inline_breaks(src, &[]),
            "Grote ziekenhuizen gaan kleine ziekenhuizen ondersteunen. \
             Zorgverzekeraars kopen in; het is aan de zorgverzekeraars. \
             De btw-verhoging en de doe-het-zelf-winkel blijven."
        );
        // Joined only as part of a longer word, or in capitals: no.
        let src = "de emissiefacto-ren en de emissiefactorenlijst, EMISSIEFACTOREN";
        assert_eq!(without_inline_breaks(src, &[]), src);
        // Beyond the reach: no.
        let far = format!("ziekenhuizen {} ziekenhui-zen", "x ".repeat(INLINE_REACH));
        assert_eq!(without_inline_breaks(&far, &[]), far);
        // Inside a URL: no.
        let src = "zie https://example.nl/ziekenhui-zen en ziekenhuizen";
        let url = 4..src.find(" en").unwrap();
        assert_eq!(without_inline_breaks(src, &[url]), src);
    }

    /// A list item glued to the line before gets its line; a time, a
    /// ratio and a URL do not.
    #[test]
    fn glued_items_get_their_line() {
        let lined = |src: &str, urls: &[Range<usize>]| applied(glued_items, src, urls);
        assert_eq!(
            lined("te veranderen:1. Bekostiging op basis", &[]),
            "te veranderen:\n1. Bekostiging op basis"
        );
        assert_eq!(
            lined(
                "voor eenpaardachtige;– Uiterlijk binnen; waaronder:– de afspraak",
                &[]
            ),
            "voor eenpaardachtige;\n– Uiterlijk binnen; waaronder:\n– de afspraak"
        );
        let src = "om 10:30 uur, 3:1. De verhouding; nota:1. bij artikel, zie https://ex.nl/a:- b";
        let url = src.find("https").unwrap()..src.len();
        assert_eq!(lined(src, &[url]), src);
    }

    /// Words glued at a line join get their space where both are printed
    /// nearby; names written so, paths, addresses and small words do not.
    #[test]
    fn glued_words_get_their_space() {
        let spaced = |src: &str, urls: &[Range<usize>]| applied(glued_words, src, urls);
        // Both words printed nearby, the glued form once.
        assert_eq!(
            spaced(
                "De Palestijnse Gebieden. In dePalestijnse Gebieden en de PalestijnseGebieden.",
                &[]
            ),
            "De Palestijnse Gebieden. In de Palestijnse Gebieden en de Palestijnse Gebieden."
        );
        // A name printed so twice; a part that is no word of the text
        // ("Tik", or "Links" with its capital); a capital of one letter
        // ("DigiD"); inside a path, an address or a URL; small words.
        for src in [
            "De MijnOverheid van de Overheid en mijn MijnOverheid.",
            "Op TikTok en op Tok.",
            "Van GroenLinks, links en groen.",
            "Van de DigiD en Digi D.",
            "Zie a/deKamer of jan.deKamer@tk.nl, de Kamer.",
            "Zie www.deKamer.nl of de Kamer.",
            "Over debehandeling en de behandeling.",
        ] {
            let urls: Vec<Range<usize>> = src
                .find("www")
                .map(|s| s..s + "www.deKamer.nl".len())
                .into_iter()
                .collect();
            assert_eq!(spaced(src, &urls), src);
        }
    }

    /// A sentence's end glued to the next gets its space; an e-mail
    /// address, a name with dots and a URL do not.
    #[test]
    fn glued_sentences_get_their_space() {
        let spaced = |src: &str, urls: &[Range<usize>]| applied(glued_sentences, src, urls);
        assert_eq!(
            spaced(
                "gaat bijstaan?Waarom zou het. Te veranderen.Verschillende",
                &[]
            ),
            "gaat bijstaan? Waarom zou het. Te veranderen. Verschillende"
        );
        let src = "mail jan.Jansen@minvws.nl of Ph.D. of t.Nl en www.ex.nl/a.Bc";
        let url = src.find("www").unwrap()..src.len();
        assert_eq!(spaced(src, &[url]), src);
    }
}
