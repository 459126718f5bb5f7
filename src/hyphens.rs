//! Hyphens that an extractor removed where it joined the lines of a URL,
//! put back where the document itself shows them.
//!
//! pdftotext (its default mode) and pymupdf4llm join a word that the PDF
//! broke at a line-end hyphen and drop the hyphen, also where the hyphen is
//! the word's own. In a URL that makes a link that leads nowhere: a URL
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
//! its Markdown (made of pages) every URL is read.
//!
//! The same loss in words outside URLs ("PKI-consortium" joined to
//! "PKIconsortium") is not undone: the document shows the hyphen where it
//! prints the word inside a line, but finding the joined words costs a
//! search of every joined line for every such word, which this crate's
//! speed does not allow yet.

use std::ops::Range;

use crate::text::{Layout, Line, LineStats};

/// The shortest piece of a URL that is read as two words glued
/// ("overgluren"): shorter ones are one word, or two too short to tell.
const GLUED_MIN: usize = 8;

/// The longest title before a URL that its words are looked for in (bytes).
const TITLE_MAX: usize = 250;

/// Where a hyphen that an extractor removed from a URL is put back: before
/// the byte of `src` at each offset, sorted. `lines` are the document's
/// lines, `stats` what they say, `paged` whether the text is made of pages
/// (a page footer closes one), and `urls` the spans of the URLs found in
/// `src`, in order.
pub(crate) fn restored(
    src: &str,
    lines: &[Line],
    stats: LineStats,
    paged: bool,
    urls: &[Range<usize>],
) -> Vec<usize> {
    let mut at = Vec::new();
    if urls.is_empty() {
        return at;
    }
    let paragraphs = stats.markdown && paged;
    if !paragraphs && (stats.layout != Layout::Wrapped || stats.wrap == 0) {
        return at;
    }
    let full = stats.wrap * 5 / 4;
    // Whether the lines are set at one width: decided for the first URL
    // that stands in a longer line.
    let mut one_width: Option<bool> = None;
    for url in urls {
        let u = &src[url.clone()];
        if !u.contains('-') {
            continue;
        }
        if !paragraphs {
            let k = lines.partition_point(|l| l.end() < url.start);
            let joined = lines
                .get(k)
                .is_some_and(|l| l.start() <= url.start && l.end() - l.start() > full);
            if !joined || !*one_width.get_or_insert_with(|| at_one_width(lines, stats.wrap)) {
                continue;
            }
        }
        url_words(src, url, &mut at);
    }
    at.retain(|&p| src.is_char_boundary(p));
    at.sort_unstable();
    at.dedup();
    at
}

/// Whether wrapped lines are set at one width, as the PDF's lines that
/// pdftotext prints: of the lines at least four fifths of `wrap`, four in
/// five are at most a quarter longer than it. Only then is a longer line
/// lines that the extractor joined. (PyPDF's lines are often whole
/// paragraphs of any length, with the hyphens of their line ends inside
/// them.)
fn at_one_width(lines: &[Line], wrap: usize) -> bool {
    let (mut wide, mut fitting) = (0usize, 0usize);
    for l in lines {
        let len = l.end() - l.start();
        if len * 5 >= wrap * 4 {
            wide += 1;
            fitting += usize::from(len * 4 <= wrap * 5);
        }
    }
    fitting * 5 >= wide * 4
}

/// Where the URL `url` glued two words of the title before it: a piece of
/// its path between hyphens that is two words the title prints in a row,
/// next to a piece that is the word before them or after them
/// ("…-400-woonwijkenligt-tot-…" after "In ruim 400 woonwijken ligt tot
/// 10.000 kilo …"). Pushed onto `at`.
fn url_words(src: &str, url: &Range<usize>, at: &mut Vec<usize>) {
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
            at.push(url.start + start + left);
        }
    }
}
