//! The input as lines with byte spans, and the joining of lines back into
//! clean text.
//!
//! Every extractor ends lines differently (LF, CRLF, lone CR, form feeds
//! between PDF pages) and pads them with tabs, NBSP or a BOM. Lines keep
//! their byte positions so that everything built from them has a span.
//! Joining undoes line-end hyphenation where it is a line break and keeps
//! real hyphens ("21 501-32", "GroenLinks-PvdA"), and leaves out the byte
//! ranges that other passes cut (markers, footnote bodies).

use std::borrow::Cow;

use crate::span::Span;

/// One line of the input: `start..end` is its content without the line
/// terminator and without surrounding whitespace.
///
/// The offsets are 32-bit: a document has one `Line` per line, and the
/// block and note arenas copy many of them, so halving them halves the
/// largest allocation of a parse. [`crate::Parser::parse`] reads at most
/// [`MAX_INPUT`] bytes, which keeps every offset in range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Line {
    start: u32,
    end: u32,
}

/// The longest input the line-based passes read: offsets must fit a `u32`.
pub(crate) const MAX_INPUT: usize = u32::MAX as usize;

impl Line {
    /// The line `start..end`; both at most [`MAX_INPUT`].
    pub fn new(start: usize, end: usize) -> Line {
        debug_assert!(start <= MAX_INPUT && end <= MAX_INPUT);
        Line {
            start: start as u32,
            end: end as u32,
        }
    }
    pub fn start(&self) -> usize {
        self.start as usize
    }
    pub fn end(&self) -> usize {
        self.end as usize
    }
    /// The same line, starting `n` bytes later.
    pub fn skip(&self, n: usize) -> Line {
        Line::new(self.start() + n, self.end())
    }
    pub fn text<'a>(&self, src: &'a str) -> &'a str {
        &src[self.start()..self.end()]
    }
    /// The bytes of [`Line::text`]: for byte tests, which need no check
    /// that the ends are char boundaries.
    pub fn bytes<'a>(&self, src: &'a str) -> &'a [u8] {
        &src.as_bytes()[self.start()..self.end()]
    }
    pub fn is_blank(&self) -> bool {
        self.start >= self.end
    }
    pub fn span(&self) -> Span {
        Span::new(self.start(), self.end())
    }
}

/// Whitespace as extractors produce it, including NBSP, BOM and form feed.
pub(crate) fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{feff}' || c == '\u{200b}'
}

/// Whether byte `i` of `b` is part of an ASCII word, as the regex
/// `(?-u:\b)` counts them (letters, digits, `_`); false past the end.
pub(crate) fn word_byte_at(b: &[u8], i: usize) -> bool {
    b.get(i)
        .is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'_')
}

/// Whether `t` starts with `p` in any ASCII case: the cheap test run
/// before a case-insensitive regex or word list.
#[inline]
pub(crate) fn starts_with_ci(t: &str, p: &str) -> bool {
    t.as_bytes()
        .get(..p.len())
        .is_some_and(|h| h.eq_ignore_ascii_case(p.as_bytes()))
}

/// Where the (Unicode) whitespace that starts at byte `i` of `t` ends.
pub(crate) fn after_spaces(t: &str, i: usize) -> usize {
    // ASCII spaces by their bytes; chars are decoded only from the first
    // non-ASCII byte on.
    let b = t.as_bytes();
    let mut j = i;
    while let Some(&c) = b.get(j) {
        if c == b' ' || (b'\t'..=b'\r').contains(&c) {
            j += 1;
        } else if c < 0x80 {
            return j;
        } else {
            return t.len() - t[j..].trim_start_matches(char::is_whitespace).len();
        }
    }
    j
}

/// The largest char boundary not after `i`.
pub(crate) fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    if i >= s.len() {
        return s.len();
    }
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Split `src` into trimmed lines. LF, CRLF, CR and form feed all end a line.
pub(crate) fn split_lines(src: &str) -> Vec<Line> {
    let bytes = src.as_bytes();
    // Sized by a guess (extracted text averages some 80 bytes a line), not
    // by a count of the line ends: the count is a pass over the text, and
    // the vector grows at most once or twice where the guess is short.
    let mut lines = Vec::with_capacity(bytes.len() / 32 + 8);
    // Most texts end lines with LF alone: one needle is faster to search.
    // Each kind of search gets its own loop, so that the iterator's calls
    // are direct ones.
    let start = split_avx2(src, &mut lines).unwrap_or_else(|| {
        if memchr::memchr2(b'\r', b'\x0c', bytes).is_none() {
            push_lines::<false>(src, memchr::memchr_iter(b'\n', bytes), &mut lines)
        } else {
            push_lines::<true>(
                src,
                memchr::memchr3_iter(b'\n', b'\r', b'\x0c', bytes),
                &mut lines,
            )
        }
    });
    if start < bytes.len() {
        lines.push(trim(src, start, bytes.len()));
    }
    lines
}

/// Pushes the lines that `ends` end; returns where the last one stops.
/// `CR`: the ends may be CR (and form feeds) too, not only LF; without,
/// every end is one LF, and the tests for a CRLF pair go.
fn push_lines<const CR: bool>(
    src: &str,
    ends: impl Iterator<Item = usize>,
    lines: &mut Vec<Line>,
) -> usize {
    let bytes = src.as_bytes();
    let mut start = 0;
    for i in ends {
        // The LF of a CRLF pair was ended by its CR.
        if CR && i < start {
            continue;
        }
        // Blank lines are common and need no trimming.
        lines.push(if i == start {
            Line::new(i, i)
        } else {
            trim(src, start, i)
        });
        start = if CR && bytes[i] == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
            i + 2
        } else {
            i + 1
        };
    }
    start
}

/// The searches of [`split_lines`] by memchr's AVX2 searchers themselves,
/// where the CPU has AVX2: a line is some 40 bytes, so the search for each
/// line end is mostly its call, and these are called directly instead of
/// through memchr's run-time dispatch. `None` without AVX2.
#[cfg(target_arch = "x86_64")]
fn split_avx2(src: &str, lines: &mut Vec<Line>) -> Option<usize> {
    use memchr::arch::x86_64::avx2::memchr::{One, Three, Two};
    let bytes = src.as_bytes();
    let start = if Two::new(b'\r', b'\x0c')?.find(bytes).is_none() {
        push_lines::<false>(src, One::new(b'\n')?.iter(bytes), lines)
    } else {
        push_lines::<true>(src, Three::new(b'\n', b'\r', b'\x0c')?.iter(bytes), lines)
    };
    Some(start)
}

/// [`split_avx2`] elsewhere: none.
#[cfg(not(target_arch = "x86_64"))]
fn split_avx2(_: &str, _: &mut Vec<Line>) -> Option<usize> {
    None
}

static FLAT_LABEL: once_cell::sync::Lazy<regex::Regex> = once_cell::sync::Lazy::new(|| {
    regex::Regex::new(
        r"[.?!»”)0-9][ \u{a0}]((?:Vraag|Vragen|Antwoord)[ \u{a0}][0-9]{1,3}(?:(?:,|[ \u{a0}]en)[ \u{a0}][0-9]{1,3})*[ \u{a0}][A-Z«]|Vragen[ \u{a0}]van[ \u{a0}](?:het[ \u{a0}]lid|de[ \u{a0}]leden)|Antwoord[ \u{a0}]van[ \u{a0}]|Mededeling[ \u{a0}]van[ \u{a0}]|Zie[ \u{a0}]ook[ \u{a0}]Aanhangsel|(?:ah|kv)-tk-[0-9])|[ \u{a0}](Tweede[ \u{a0}]Kamer,[ \u{a0}]vergaderjaar[ \u{a0}][0-9]{4})",
    )
    .expect("flat label regex")
});
static FLAT_NOTE: once_cell::sync::Lazy<regex::Regex> = once_cell::sync::Lazy::new(|| {
    regex::Regex::new(r"[ \u{a0}]([0-9]{1,2}[ \u{a0}][A-Z«])").expect("flat note regex")
});

/// Text flattened onto one line (every paragraph joined by a space) gets
/// pseudo-lines: it is broken before question and answer labels, headings,
/// page footers and what may be a page-bottom note, so that the line-based
/// passes see the structure a normal extraction would show.
pub(crate) fn split_flat(src: &str, lines: &mut Vec<Line>) {
    // Few texts have a line that long: the lengths are tested first (a
    // fold without an early exit, which the compiler vectorises), the
    // words only in those lines ("Vraag" cannot overlap itself, so two
    // finds are two occurrences).
    let flat = lines
        .iter()
        .fold(false, |long, l| long | (l.end - l.start > 4000))
        && lines.iter().any(|l| {
            l.end - l.start > 4000
                && memchr::memmem::find_iter(l.bytes(src), b"Vraag")
                    .nth(1)
                    .is_some()
        });
    if !flat {
        return;
    }
    let mut out = Vec::with_capacity(lines.len() * 4);
    for l in lines.iter() {
        if l.end - l.start <= 4000 {
            out.push(*l);
            continue;
        }
        let text = &src[l.start()..l.end()];
        let labels = flat_labels(text);
        let mut breaks = flat_notes(text);
        // A note number right before a label ("»?1, 2 Antwoord 1 Ja.") or
        // inside one ("Vraag 1 Kent") is not a break of its own.
        // Labels do not overlap and come in order, so the last one that
        // starts by `b + 3` is the only one that can hold `b`: a binary
        // search, not a scan of all labels per break.
        breaks.retain(|&b| {
            let k = labels.partition_point(|&(s, _)| s <= b + 3);
            !(k > 0 && b < labels[k - 1].1)
        });
        breaks.extend(labels.iter().map(|l| l.0));
        breaks.sort_unstable();
        breaks.dedup();
        let mut start = l.start();
        for b in breaks {
            let at = l.start() + b;
            if at > start {
                out.push(trim(src, start, at));
                start = at;
            }
        }
        out.push(trim(src, start, l.end()));
    }
    *lines = out;
}

/// Whether the first line of `src` ends with CRLF, as pdfium ends every
/// line (Windows tools too): the passes for what pdfium alone does to a
/// text run only then, and cost the other texts one search for a line end.
pub(crate) fn crlf_lines(src: &str) -> bool {
    let b = src.as_bytes();
    memchr::memchr(b'\n', b).is_some_and(|i| i > 0 && b[i - 1] == b'\r')
}

/// pdfium joins a word broken over a line end and marks the place
/// ([`LINE_HYPHEN`]); where the word goes on only after a page break, it
/// joins the last line of the page to the first of the page's notes
/// ("… en zorgaanbie" U+FFFE "5 Kamerstukken II …"). The line is broken
/// there, before the note's number: after the mark, a number, a space and a
/// capital, as a note body opens. Only in pdfium's texts ([`crlf_lines`]).
pub(crate) fn split_hyphen_notes(src: &str, lines: &mut Vec<Line>) {
    let b = src.as_bytes();
    if !crlf_lines(src) {
        return;
    }
    let at: Vec<usize> = memchr::memmem::find_iter(b, LINE_HYPHEN.as_bytes())
        .map(|i| i + LINE_HYPHEN.len())
        .filter(|&i| {
            let digits = b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
            (1..=3).contains(&digits)
                && b.get(i + digits) == Some(&b' ')
                && src[i + digits + 1..].starts_with(|c: char| c.is_uppercase() || c == '«')
        })
        .collect();
    if at.is_empty() {
        return;
    }
    let mut out = Vec::with_capacity(lines.len() + at.len());
    let mut next = at.iter().peekable();
    for l in lines.iter() {
        let mut start = l.start();
        while let Some(&&p) = next.peek() {
            if p >= l.end() {
                break;
            }
            next.next();
            if p > start {
                out.push(Line::new(start, p));
                start = p;
            }
        }
        out.push(Line::new(start, l.end()));
    }
    *lines = out;
}

/// The labels of [`FLAT_LABEL`] in `text`: its first group, or its
/// second. Found by `find_iter` (a DFA), not `captures_iter`, whose group
/// search costs several times more: the groups follow from the match. The
/// first alternative opens with a character that is no space, then a space
/// and group 1 to the end; the second with a space, then group 2 to the end.
fn flat_labels(text: &str) -> Vec<(usize, usize)> {
    FLAT_LABEL
        .find_iter(text)
        .map(|m| {
            let mut chars = m.as_str().chars();
            let first = chars.next().map_or(0, char::len_utf8);
            let skip = if is_flat_space(m.as_str()) {
                first
            } else {
                first + chars.next().map_or(0, char::len_utf8)
            };
            (m.start() + skip, m.end())
        })
        .collect()
}

/// Where the notes of [`FLAT_NOTE`] in `text` start: after the space its
/// match opens with (see [`flat_labels`]).
fn flat_notes(text: &str) -> Vec<usize> {
    FLAT_NOTE
        .find_iter(text)
        .map(|m| m.start() + if m.as_str().starts_with(' ') { 1 } else { 2 })
        .collect()
}

/// Whether `t` starts with one of the spaces of the flat-text patterns
/// (a space or NBSP).
fn is_flat_space(t: &str) -> bool {
    t.starts_with([' ', '\u{a0}'])
}

/// A visible ASCII character: no space, control or non-ASCII byte. Most
/// lines start and end with one, and most bytes of prose are one.
#[inline]
fn visible_ascii(c: u8) -> bool {
    c > b' ' && c < 0x80
}

/// The trimmed sub-range of `src[start..end]`.
#[inline]
pub(crate) fn trim(src: &str, start: usize, end: usize) -> Line {
    // Most lines start and end with a visible ASCII character.
    let b = src.as_bytes();
    if start < end && end <= b.len() && visible_ascii(b[start]) && visible_ascii(b[end - 1]) {
        return Line::new(start, end);
    }
    trim_slow(src, start, end)
}

/// [`trim`] of a range that starts or ends with a space or a non-ASCII
/// character.
#[inline(never)]
fn trim_slow(src: &str, start: usize, end: usize) -> Line {
    // ASCII bytes are tested as bytes; chars are decoded only where a
    // non-ASCII byte is reached.
    let b = src.as_bytes();
    let ascii_space = |c: u8| c == b' ' || (b'\t'..=b'\r').contains(&c);
    let (mut st, mut en) = (start, end);
    while st < en && ascii_space(b[st]) {
        st += 1;
    }
    while en > st && ascii_space(b[en - 1]) {
        en -= 1;
    }
    if st >= en || (visible_ascii(b[st]) && visible_ascii(b[en - 1])) {
        return Line::new(st, en);
    }
    let s = &src[st..en];
    let t = s.trim_start_matches(is_space);
    if t.is_empty() {
        // Only spaces: the empty line at the end, as where all are ASCII.
        return Line::new(end, end);
    }
    let st = st + (s.len() - t.len());
    let t2 = t.trim_end_matches(is_space);
    Line::new(st, st + t2.len())
}

/// Sorted, non-overlapping byte ranges that text fields leave out.
#[derive(Debug, Default, Clone)]
pub(crate) struct Cuts {
    ranges: Vec<(usize, usize)>,
}

impl Cuts {
    pub fn push(&mut self, start: usize, end: usize) {
        if start < end {
            self.ranges.push((start, end));
        }
    }
    /// Room for `n` more cuts, for callers that push them in a loop.
    pub fn reserve(&mut self, n: usize) {
        self.ranges.reserve(n);
    }
    /// Sort the cuts and merge those that overlap or touch, in place.
    pub fn finish(&mut self) {
        self.ranges.sort_unstable();
        self.ranges.dedup_by(|next, last| {
            let merge = next.0 <= last.1;
            if merge {
                last.1 = last.1.max(next.1);
            }
            merge
        });
    }
    /// Index of the first cut ending after `pos`.
    fn first_after(&self, pos: usize) -> usize {
        self.ranges.partition_point(|&(_, e)| e <= pos)
    }
    /// The pieces of `start..end` that are not cut.
    pub fn pieces(&self, start: usize, end: usize) -> impl Iterator<Item = (usize, usize)> + '_ {
        let mut i = self.first_after(start);
        let mut pos = start;
        std::iter::from_fn(move || {
            while pos < end {
                match self.ranges.get(i) {
                    Some(&(s, e)) if s < end => {
                        if s <= pos {
                            pos = pos.max(e);
                            i += 1;
                            continue;
                        }
                        let piece = (pos, s);
                        pos = e;
                        i += 1;
                        return Some(piece);
                    }
                    _ => {
                        let piece = (pos, end);
                        pos = end;
                        return Some(piece);
                    }
                }
            }
            None
        })
    }
    /// Whether a cut overlaps `start..end`.
    pub fn touch(&self, start: usize, end: usize) -> bool {
        let i = self.first_after(start);
        self.ranges.get(i).is_some_and(|&(s, _)| s < end)
    }
    /// Whether byte `pos` is cut.
    pub fn is_cut(&self, pos: usize) -> bool {
        self.touch(pos, pos + 1)
    }
}

/// How lines relate to paragraphs in this text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Layout {
    /// Word-like: every line is a paragraph.
    Paragraphs,
    /// PDF-like: lines are wrapped, paragraphs are runs of lines.
    Wrapped,
}

/// Guess the layout from the line lengths: wrapped PDF text has short lines
/// of similar length, Word text has long paragraph lines. (The parser asks
/// [`measure_lines`], which also measures the wrap width.)
#[cfg(test)]
pub(crate) fn detect_layout(src: &str, lines: &[Line]) -> Layout {
    measure_lines(src, lines).layout
}

/// What a text's lines say: from their lengths, and whether they are
/// Markdown.
#[derive(Debug, Clone, Copy)]
pub(crate) struct LineStats {
    /// The text's layout: paragraph lines where more than a quarter of the
    /// lines are long, else wrapped.
    pub layout: Layout,
    /// The width of a full line of wrapped text in bytes: the median
    /// length of the non-blank lines (most lines of wrapped text are full),
    /// 0 in paragraph text and without lines. See [`ends_paragraph`].
    pub wrap: usize,
    /// The width of the longest full lines in bytes: nine in ten lines of
    /// about the wrap width (from four fifths of it to a quarter more) are
    /// no longer. Ragged lines of a proportional font end from about 90%
    /// of the measure to all of it, so the median [`Self::wrap`] is some
    /// bytes short of where a line could have ended; this is not. 0 where
    /// `wrap` is.
    pub measure: usize,
    /// Whether the text is Markdown with block markup ([`crate::blocks`]),
    /// where HTML's `<sup>` marks a note. Set by the parser.
    pub markdown: bool,
    /// Whether lines are whole paragraphs that an extractor joined (PyPDF):
    /// in paragraph text, and in text that [`Self::layout`] calls wrapped
    /// because its many short lines (labels, notes, page furniture) hide
    /// the long ones, where a line of prose is longer than any printed
    /// line could be ([`PROSE_LINE`]) and more than a tenth of the lines
    /// are long.
    pub paragraph_lines: bool,
    /// Whether wrapped text is set at one width, as the PDF's lines that
    /// pdftotext prints: of the lines at least four fifths of
    /// [`Self::wrap`], four in five are at most a quarter longer than it.
    /// Only then is a longer line lines that the extractor joined. (PyPDF's
    /// lines are often whole paragraphs of any length.)
    pub one_width: bool,
    /// Whether a line more than a quarter longer than [`Self::wrap`] is
    /// printed lines that the extractor joined (pdftotext joins a line
    /// that ends in a hyphen with the next): in text [`Self::one_width`]
    /// that has such lines, not made of [`Self::paragraph_lines`]. Such a
    /// line ends where its last printed line ends
    /// ([`Joiner::printed_last`]).
    pub joined_lines: bool,
}

/// The length from which a line of prose (many words, no gaps of layout
/// text) is a paragraph that an extractor joined, not a printed line:
/// pdftotext's lines that it joined at a line-end hyphen are two printed
/// lines, under 200 bytes. (Bytes.)
const PROSE_LINE: usize = 250;

/// Whether the line `t`, at least [`PROSE_LINE`] long, is prose: words
/// apart by single spaces (a table row of layout text has wider gaps, a
/// URL none).
fn is_prose_line(t: &[u8]) -> bool {
    memchr::memchr_iter(b' ', t).count() * 10 >= t.len()
        && memchr::memmem::find(t, b"   ").is_none()
}

/// The [`LineStats`] of `lines` of `src`, in one pass that counts (and
/// looks into the few lines of [`PROSE_LINE`] length).
pub(crate) fn measure_lines(src: &str, lines: &[Line]) -> LineStats {
    // Paragraphs when more than a quarter of the non-blank lines are longer
    // than 110 bytes (the 75th percentile of line lengths), counted without
    // collecting the lengths.
    let mut counts = [0u32; 256];
    let (mut n, mut long) = (0usize, 0usize);
    let mut prose = false;
    for l in lines.iter().filter(|l| !l.is_blank()) {
        let len = (l.end - l.start) as usize;
        n += 1;
        long += usize::from(len > 110);
        counts[len.min(255)] += 1;
        prose = prose || len >= PROSE_LINE && is_prose_line(&src.as_bytes()[l.start()..l.end()]);
    }
    if n == 0 || long * 4 > n.saturating_sub(1) {
        return LineStats {
            layout: Layout::Paragraphs,
            wrap: 0,
            measure: 0,
            markdown: false,
            paragraph_lines: true,
            one_width: false,
            joined_lines: false,
        };
    }
    let mut below = 0usize;
    let wrap = counts
        .iter()
        .position(|&c| {
            below += c as usize;
            below * 2 > n
        })
        .unwrap_or(0);
    let paragraph_lines = prose && long * 10 > n;
    // Of the lines of at least four fifths of the wrap width, those at
    // most a quarter longer (see `one_width`).
    let (lo, hi) = ((wrap * 4).div_ceil(5).min(256), (wrap * 5 / 4 + 1).min(256));
    let wide: u32 = counts[lo..].iter().sum();
    let fitting: u32 = counts[lo..hi.max(lo)].iter().sum();
    let one_width = fitting * 5 >= wide * 4;
    LineStats {
        layout: Layout::Wrapped,
        wrap,
        measure: measure(&counts, wrap),
        markdown: false,
        paragraph_lines,
        one_width,
        joined_lines: wrap > 0 && wide > fitting && one_width && !paragraph_lines,
    }
}

/// The 90th percentile of the line lengths `counts` (a count per length)
/// from four fifths of `wrap` to a quarter more than it: see
/// [`LineStats::measure`]. Lines well past the wrap width are lines the
/// extractor joined, or tables; lines well short of it end paragraphs.
fn measure(counts: &[u32; 256], wrap: usize) -> usize {
    let (lo, hi) = ((wrap * 4).div_ceil(5), (wrap * 5 / 4).min(255));
    if wrap == 0 || lo > hi {
        return 0;
    }
    let total: usize = counts[lo..=hi].iter().map(|&c| c as usize).sum();
    let k = total * 9 / 10;
    let mut below = 0usize;
    (lo..=hi)
        .find(|&len| {
            below += counts[len] as usize;
            below > k
        })
        .unwrap_or(0)
}

/// Whether wrapped line `line` ends its paragraph although no blank line
/// follows: it ends a sentence, `next` starts one with a capital, and the
/// line broke where it did not have to: it ends well short of a full line of
/// `width.wrap` bytes, or the first word of `next` would have fitted on it
/// with room to spare (bytes, not characters, are close enough for the
/// ratios): "… van gestelde feiten." / "Op basis van …". A PDF sets its
/// paragraphs apart by space that pdftotext and PyPDF do not print, or not
/// at all.
#[inline]
pub(crate) fn ends_paragraph(line: &str, next: &str, width: Width) -> bool {
    // Most lines end inside a sentence: one byte tells.
    matches!(line.as_bytes().last(), Some(b'.' | b'?' | b'!')) && breaks_early(line, next, width)
}

/// How wide a wrapped line can be, for [`ends_paragraph`]: the text's wrap
/// width ([`LineStats::wrap`]), its measure ([`LineStats::measure`], 0 if
/// not known) and the length of the line above the one asked about (0 if
/// none).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Width {
    pub wrap: usize,
    pub measure: usize,
    pub above: usize,
}

/// Whether wrapped line `line`, the last line of a list item ("•
/// Geografische spreiding", "1. De Gezondheidsraad adviseert … vroege" /
/// "behandeling van eetstoornissen"), ends the list: it broke where it did
/// not have to (see [`breaks_early`]), and `next` starts a sentence that is
/// no item of its own. A list item needs no full stop, so
/// [`ends_paragraph`] does not see it end.
#[inline(never)]
fn ends_list(line: &str, next: &str, width: Width) -> bool {
    !opens_item(next) && !numbered_mark(next) && breaks_early(line, next, width)
}

/// Whether the wrapped line `next` opens a list item ([`numbered_mark`])
/// after the text `before`: where `before` ends a sentence or a clause
/// (":", ";") that takes no number ("nr." / "5. …" is a reference), or
/// `next` goes on with the list whose item `last` opened the line before:
/// a dash after a dash or a number ("2: Substitutie" / "- We zetten in …"),
/// the next number after a number ("3. Levensduurverlenging en" / "4.
/// Hoogwaardige …"). A sentence does not open with such a number ("3 aan
/// aardgas" has no point), nor with a dash and a capital.
#[inline(never)]
fn numbered_item(before: &str, next: &str, last: ItemMark) -> bool {
    let t = sentence_end(before);
    if !numbered_mark(next) {
        // An en dash and a word in small letters ("– woningzoekenden die
        // …") or an opening bracket ("– (vrijwillig) DigiD Machtigen en")
        // opens an item after a colon or another item only: elsewhere a
        // sentence may go on after a dash at the line's start.
        return next.starts_with(EN_DASH_ITEM)
            && next[EN_DASH_ITEM.len()..]
                .starts_with(|c: char| c.is_lowercase() || matches!(c, '(' | '«' | '“' | '‘'))
            && (t.ends_with([':', ';']) || last != ItemMark::None);
    }
    if t.ends_with([':', ';']) {
        return true;
    }
    if t.ends_with(['.', '?', '!']) {
        let last_word = t.rsplit(' ').next().unwrap_or("");
        if !crate::footnotes::takes_number(&last_word[..last_word.len() - 1]) {
            return true;
        }
    }
    let dash = next.starts_with(['-', '–']);
    match last {
        ItemMark::None => false,
        ItemMark::Dash => dash,
        ItemMark::Number(n) => dash || leading_number(next) == n + 1,
    }
}

/// An en dash and a space: the mark of a list item in the publisher's
/// typesetting ("– woningzoekenden die …").
const EN_DASH_ITEM: &str = "– ";

/// The mark of the list item a line opened ([`numbered_mark`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ItemMark {
    None,
    Dash,
    Number(u32),
}

impl ItemMark {
    /// The mark `line` opens with, which [`numbered_mark`] found.
    fn of(line: &str) -> ItemMark {
        if line.starts_with(['-', '–']) {
            ItemMark::Dash
        } else {
            ItemMark::Number(leading_number(line))
        }
    }
}

/// Whether a line that opens with byte `c` may open with a list mark of
/// [`numbered_mark`]: a digit or a dash (one byte tells most lines).
#[inline]
fn may_open_list(c: u8) -> bool {
    c.is_ascii_digit() || c == b'-' || c == 0xE2
}

/// Whether the line `next` opens with the mark of a list item that
/// [`opens_item`] does not see: a number of one or two digits with ".",
/// ")" or ":" ("1: Vermindering gebruik grondstoffen:"), then a space and a
/// capital, or nothing (PyMuPDF sets the number on a line of its own); or
/// a dash, a space and a capital ("- In 2030 koopt de overheid …").
fn numbered_mark(next: &str) -> bool {
    let b = next.as_bytes();
    let digits = match b.first() {
        Some(b'-') => return b.get(1) == Some(&b' ') && capital_after(next, 2),
        Some(0xE2) => {
            return next.starts_with(EN_DASH_ITEM) && capital_after(next, EN_DASH_ITEM.len());
        }
        Some(c) if c.is_ascii_digit() => b.iter().take_while(|c| c.is_ascii_digit()).count(),
        _ => return false,
    };
    if digits > 2 || !matches!(b.get(digits), Some(b'.' | b')' | b':')) {
        return false;
    }
    match b.get(digits + 1) {
        None => true,
        Some(b' ') => capital_after(next, digits + 2),
        _ => false,
    }
}

/// Whether `text` goes on with a capital after its first `at` bytes (ASCII)
/// and any spaces.
fn capital_after(text: &str, at: usize) -> bool {
    let rest = text[at..].trim_start_matches(' ');
    match rest.as_bytes().first() {
        Some(c) if c.is_ascii() => c.is_ascii_uppercase(),
        Some(_) => rest.starts_with(char::is_uppercase),
        None => false,
    }
}

/// The number a line opens with (its first digits, at most a few), 0 if
/// none.
fn leading_number(line: &str) -> u32 {
    line.bytes()
        .take_while(u8::is_ascii_digit)
        .take(4)
        .fold(0, |n, d| n * 10 + u32::from(d - b'0'))
}

/// [`ends_paragraph`] of a line that ends a sentence.
#[inline(never)]
pub(crate) fn breaks_early(line: &str, next: &str, width: Width) -> bool {
    let Width {
        wrap,
        measure,
        above,
    } = width;
    if !next.starts_with(char::is_uppercase) {
        return false;
    }
    if line.len() * 10 < wrap * 7 {
        return true;
    }
    // The room left for a space and the next word on nine tenths of a full
    // line, on 95% of the measure, or on 92% of the line above where that
    // is no longer than a full line may be (the median of a letter's
    // lines, many of them short letterhead lines, is less than its width;
    // a line joined by the extractor is no measure): the word is shorter
    // than it. (Over the corpus texts, 92% of the line above takes one line
    // inside a paragraph for a paragraph's end, and finds about fifty ends.
    // Measured against the geometry of the 17 corpus PDFs, where a line
    // that ends a sentence ends its paragraph if the next word would have
    // fitted on it: the first two rules found 85% of the ends in six
    // extractors' texts, 95% of the measure brings that to 96–99%, and
    // took no line inside a paragraph for an end.)
    let mut full = (wrap * 9).div_ceil(10).max(measure * 19 / 20);
    if above * 10 <= wrap * 13 {
        full = full.max(above * 23 / 25);
    }
    let room = full.saturating_sub(line.len() + 1);
    room > next.len() || next.as_bytes()[..room.min(next.len())].contains(&b' ')
}

/// Builds clean text from lines.
pub(crate) struct Joiner<'s, 'c> {
    pub src: &'s str,
    pub cuts: &'c Cuts,
    pub layout: Layout,
    /// Where `src` needs cleaning.
    pub dirt: &'c Dirt,
    /// The width of a full line of wrapped text ([`LineStats::wrap`]), 0 where
    /// it is not known: a line that ends a sentence short of it ends its
    /// paragraph ([`ends_paragraph`]).
    pub wrap: usize,
    /// The measure of wrapped text ([`LineStats::measure`]), 0 where it is
    /// not known.
    pub measure: usize,
    /// Whether long lines are printed lines the extractor joined
    /// ([`LineStats::joined_lines`]).
    pub joined_lines: bool,
}

/// Where a text needs cleaning: tabs, Markdown emphasis, runs of spaces,
/// NBSP and soft hyphens. Found once per document by a few SIMD searches,
/// so that the text of each block and line is tested by a binary search
/// instead of searches of its own.
#[derive(Debug, Default)]
pub(crate) struct Dirt(Vec<Spot>, Spelling);

/// How the document itself spells the words that a hyphen splits, and where
/// its URLs break over a line: decided once per document
/// ([`Dirt::spelling`]), read where lines are joined.
#[derive(Debug, Default)]
struct Spelling {
    /// Line ends (the end of a line's content) whose line break is no
    /// space, sorted: inside a URL, or after a hyphen that the document
    /// prints elsewhere within its line ("mvo-" / "standaarden", where it
    /// also prints "mvo-standaarden"). The hyphen before such a break
    /// stays.
    glued: Vec<u32>,
    /// The markup around the document's links (see [`link_markup`]) and
    /// the Markdown markup that stands for a mark of the document or for
    /// none ([`crate::blocks::Blocks::respelled`]), sorted: source ranges,
    /// each with what [`push_clean`] writes for it.
    markup: Vec<Markup>,
}

/// A source range of markup and what the text says there (mostly nothing).
type Markup = (u32, u32, &'static str);

/// One place that needs cleaning: `len` bytes from `at`, of which a range
/// must hold `need` to need cleaning (two spaces of a run; a whole NBSP).
/// Offsets are 32-bit, as in [`Line`]: a clean text has few spots, a dirty
/// one (tabs, emphasis) many.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Spot {
    at: u32,
    len: u32,
    need: u32,
}

impl Spot {
    fn new(at: usize, len: usize, need: u32) -> Spot {
        let at32 = u32::try_from(at).unwrap_or(u32::MAX);
        let len = u32::try_from(len).unwrap_or(u32::MAX - at32);
        Spot {
            at: at32,
            len,
            need,
        }
    }
    fn start(&self) -> usize {
        self.at as usize
    }
    fn end(&self) -> usize {
        self.at as usize + self.len as usize
    }
}

/// The bytes where a text may need cleaning ([`Dirt::find`]), for one
/// packed SIMD search: tabs, emphasis, the colon of "(cid:129)", the
/// backslash of Markdown escapes, the lead bytes of the two-byte
/// characters that need cleaning, and the lead byte 0xEF of the Symbol
/// font's bullet ([`SYMBOL_BULLET`]) and of pdfium's line-end hyphen
/// ([`LINE_HYPHEN`]). One byte each; the searcher puts the
/// bytes with the same low nibble in one bucket (":" with "*", "\\" with
/// 0xCC, 0xEF with "_"), and no other byte has both nibbles of a bucket:
/// every candidate is a match.
static DIRT_BYTES: once_cell::sync::Lazy<Option<aho_corasick::packed::Searcher>> =
    once_cell::sync::Lazy::new(|| {
        aho_corasick::packed::Config::new()
            .builder()
            .extend(["\t", "*", "_", ":", "\\"].map(str::as_bytes))
            .extend([[0xC2u8], [0xCB], [0xCC], [0xEF]])
            .build()
    });

/// The pairs of bytes where wrapped text may need cleaning, for one packed
/// SIMD search: runs of spaces, a space before a full stop or comma, and
/// the space before a formula's subscript ([`O_SUBSCRIPT`]).
static WRAPPED_PAIRS: once_cell::sync::Lazy<Option<aho_corasick::packed::Searcher>> =
    once_cell::sync::Lazy::new(|| {
        aho_corasick::packed::Config::new()
            .builder()
            .extend(["  ", " .", " ,", O_SUBSCRIPT])
            .build()
    });

impl Dirt {
    /// Where `src` needs cleaning. The single bytes that may need it are
    /// found by one packed SIMD search, and in wrapped text the pairs of
    /// bytes by another (where the packed searcher is not available, or
    /// for the two pairs of paragraph text, each has its own search, which
    /// is faster than a packed search of two-byte patterns).
    pub fn find(src: &str, layout: Layout) -> Dirt {
        let b = src.as_bytes();
        let mut spots = match &*DIRT_BYTES {
            Some(bytes) => bytes
                .find_iter(b)
                .filter_map(|m| {
                    let i = m.start();
                    match b[i] {
                        b'\t' | b'*' | b'_' => Some(Spot::new(i, 1, 1)),
                        b'\\' => escape_spot(b, i),
                        b':' => cid_bullet_before(b, i),
                        0xEF => ef_glyph_spot(b, i),
                        _ => two_byte_spot(src, i),
                    }
                })
                .collect(),
            None => byte_spots(src),
        };
        match (layout, &*WRAPPED_PAIRS) {
            (Layout::Wrapped, Some(pairs)) => wrapped_pair_spots(src, pairs, &mut spots),
            _ => pair_spots(src, layout, &mut spots),
        }
        spots.sort_unstable_by_key(|s| s.at);
        Dirt(spots, Spelling::default())
    }

    /// [`Dirt::find`] by one search for each kind of place.
    #[cfg(test)]
    fn find_by_passes(src: &str, layout: Layout) -> Dirt {
        let mut spots = byte_spots(src);
        pair_spots(src, layout, &mut spots);
        spots.sort_unstable_by_key(|s| s.at);
        Dirt(spots, Spelling::default())
    }

    /// Take the source ranges of Markdown markup that the text respells
    /// (`respelled`, see [`crate::blocks::Blocks::respelled`]): each needs
    /// cleaning, and [`push_clean`] writes what it stands for.
    pub fn respell(&mut self, respelled: &[(Span, &'static str)]) {
        if respelled.is_empty() {
            return;
        }
        for (span, glyph) in respelled {
            self.0.push(Spot::new(span.start, span.end - span.start, 1));
            self.1
                .markup
                .push((span.start as u32, span.end as u32, glyph));
        }
        self.0.sort_unstable_by_key(|s| s.at);
    }

    /// Learn how the document spells the words that hyphens split, where
    /// its URLs (`urls`, the spans of the URLs found in `src`) break over a
    /// line, and which of them stand in link markup (Markdown's
    /// `[text](url)` and `<url>`, reStructuredText's `` `text <url>`__ ``:
    /// see [`link_markup`]), which [`push_clean`] drops.
    ///
    /// A line-end hyphen between small letters goes when the lines are
    /// joined (see [`undo_hyphen_at`]) unless the document prints the same
    /// word with its hyphen inside a line ("mvo-standaarden"); without
    /// such evidence nothing changes. The candidates are collected first,
    /// and the evidence in one pass over the document's hyphens (memchr),
    /// only when there are candidates and the lines are kept.
    ///
    /// Where the extractor already joined the word and dropped or marked
    /// its hyphen, [`crate::line_joins`] tells where the document shows it
    /// (from `stats`, the lines' widths, and `paged`, whether the text is
    /// made of pages); [`push_clean`] writes it there.
    pub fn spelling(
        &mut self,
        src: &str,
        lines: &[Line],
        stats: LineStats,
        paged: bool,
        urls: &[std::ops::Range<usize>],
    ) {
        let b = src.as_bytes();
        // The markup of a link around a URL is no text (see
        // [`link_markup`]), and the place needs cleaning.
        let mut markup = Vec::new();
        // The hyphens that an extractor removed or marked where it joined a
        // word over a line end, where the document shows them (see
        // [`crate::line_joins`]): written where the text is cleaned.
        let marks: Vec<usize> = self
            .0
            .iter()
            .filter(|s| b[s.start()..].starts_with(LINE_HYPHEN.as_bytes()))
            .map(Spot::start)
            .collect();
        for (s, e, says) in crate::line_joins::restored(src, lines, stats, paged, urls, &marks) {
            self.0.push(Spot::new(s, (e - s).max(1), 1));
            markup.push((s as u32, e as u32, says));
        }
        // A line break inside a URL is no space.
        for url in urls.iter().cloned() {
            if let Some(link) = link_markup(b, &url) {
                for (s, e) in link.ranges {
                    self.0.push(Spot::new(s, e - s, 1));
                    markup.push((s as u32, e as u32, ""));
                }
                if let Some(end) = link.glued {
                    self.1.glued.push(end as u32);
                }
            }
            // The space a converter left where it joined the lines of a
            // URL ("https:// www.…", "huisvesting_ evacuees/b1", see
            // `references`) is no text either: a space between two URL
            // characters (the spaces around a line end are the joiner's).
            for p in memchr::memchr_iter(b' ', &b[url.clone()]) {
                let s = url.start + p;
                let inside = |c: Option<&u8>| c.is_some_and(|c| !c.is_ascii_whitespace());
                if inside(b.get(s.wrapping_sub(1))) && inside(b.get(s + 1)) {
                    self.0.push(Spot::new(s, 1, 1));
                    markup.push((s as u32, s as u32 + 1, ""));
                }
            }
            for nl in memchr::memchr_iter(b'\n', &b[url.clone()]) {
                let end = src[url.start..url.start + nl]
                    .trim_end_matches(is_space)
                    .len();
                self.1.glued.push((url.start + end) as u32);
            }
        }
        if !markup.is_empty() {
            self.1.markup.append(&mut markup);
            self.1.markup.sort_unstable();
            self.0.sort_unstable_by_key(|s| s.at);
        }
        // The words split at a line end between small letters: (the
        // hyphen, the start of the word part before it, the part after).
        let mut broken: Vec<(usize, &str, &str)> = Vec::new();
        // Most lines end in neither a hyphen nor a slash: one byte tells.
        for (k, l) in lines.iter().enumerate() {
            if l.is_blank() || !matches!(b[l.end() - 1], b'-' | b'/') {
                continue;
            }
            let Some(next) = lines[k + 1..].iter().find(|n| !n.is_blank()) else {
                break;
            };
            // A line broken after the slash between two words or numbers
            // ("maatregelen/" / "projecten", "en/" / "of", "2023/" /
            // "2024"): the line break is no space.
            if b[l.end() - 1] == b'/' {
                let before = (l.end() - 1 > l.start()).then(|| b[l.end() - 2]);
                let after = b[next.start()];
                // (A number after a word is no part of it: pdfplumber sets
                // a subscript on the next line, "maatregelen/" / "2
                // projecten".)
                let pair = before.is_some_and(|c| c.is_ascii_alphabetic() || c >= 0x80)
                    && (after.is_ascii_alphabetic() || after >= 0x80)
                    || before.is_some_and(|c| c.is_ascii_digit()) && after.is_ascii_digit();
                if pair {
                    self.1.glued.push(l.end() as u32);
                }
                continue;
            }
            let (t, n) = (l.text(src), next.text(src));
            if let Some(left) = t.strip_suffix('-')
                && left.ends_with(char::is_lowercase)
                && n.starts_with(char::is_lowercase)
                && !shares_part(n)
            {
                let hyphen = l.end() - 1;
                let right = &src[next.start()..word_end(src, next.start())];
                broken.push((hyphen, &src[word_start(src, hyphen)..hyphen], right));
            }
        }
        if broken.is_empty() {
            self.1.glued.sort_unstable();
            return;
        }
        // The words the document prints with a hyphen inside a line between
        // small letters ("mvo-standaarden"), one part before and one after
        // (not a chain such as "doe-het-zelf", nor part of a URL).
        let mut printed: Vec<(&str, &str)> = Vec::new();
        for at in memchr::memchr_iter(b'-', b) {
            if at == 0 || !b.get(at + 1).is_some_and(u8::is_ascii_lowercase) {
                continue;
            }
            if !src[..at].ends_with(char::is_lowercase) {
                continue;
            }
            let (start, end) = (word_start(src, at), word_end(src, at + 1));
            if !crate::line_joins::chained(b, start, end) && start < at {
                printed.push((&src[start..at], &src[at + 1..end]));
            }
        }
        // A line-end hyphen of a word printed so inside a line stays. (In
        // paragraph text a hyphen inside a line may be a line end's itself,
        // PyPDF writes them inline: the check below, and
        // `line_joins::inline_breaks`, tell such a word by its joined form.)
        let mut kept: Vec<(usize, String)> = Vec::new();
        if !printed.is_empty() {
            let mut pairs = printed;
            pairs.sort_unstable();
            for &(hyphen, left, right) in &broken {
                if pairs.binary_search(&(left, right)).is_ok() {
                    kept.push((hyphen, format!("{left}{right}")));
                }
            }
        }
        // Unless the document also prints the word joined ("Julianakanaal",
        // where PyPDF wrote a line-end "Julianaka-naal" inline): the few
        // words kept are looked up in one pass.
        // (A packed SIMD searcher: it builds in a fraction of an automaton's
        // time, and takes up to 64 words.)
        if !kept.is_empty()
            && let Some(ac) = aho_corasick::packed::Config::new()
                .builder()
                .extend(kept.iter().take(64).map(|(_, w)| w))
                .build()
        {
            let mut joined = vec![false; kept.len()];
            let letter_at = |i: usize| src[i..].starts_with(char::is_alphabetic);
            let letter_before = |i: usize| src[..i].ends_with(char::is_alphabetic);
            for m in ac.find_iter(b) {
                if !letter_before(m.start()) && !letter_at(m.end()) {
                    joined[m.pattern().as_usize()] = true;
                }
            }
            for ((hyphen, _), joined) in kept.iter().take(64).zip(joined) {
                if !joined {
                    self.1.glued.push((hyphen + 1) as u32);
                }
            }
        }
        self.1.glued.sort_unstable();
    }

    /// Whether the line break after the line content ending at `end` is
    /// no space (see [`Spelling::glued`]).
    fn glued(&self, end: usize) -> bool {
        !self.1.glued.is_empty() && self.1.glued.binary_search(&(end as u32)).is_ok()
    }

    /// The link markup ([`Spelling::markup`]) that touches `start..end`.
    fn markup_within(&self, start: usize, end: usize) -> &[Markup] {
        let m = &self.1.markup;
        if m.is_empty() {
            return m;
        }
        let k = m.partition_point(|r| r.1 as usize <= start);
        let n = m[k..].partition_point(|r| (r.0 as usize) < end);
        &m[k..k + n]
    }

    /// Push `src[start..end]`, the text of one line, onto `out` with what
    /// [`Spelling::markup`] respells inside it written as the text says it
    /// (the space between words an extractor glued, a hyphen back or gone,
    /// no link markup); a line break put in is a space. For text joined
    /// without [`Joiner`] (the headings). Returns whether anything was
    /// respelled.
    pub fn push_respelled(&self, out: &mut String, src: &str, start: usize, end: usize) -> bool {
        let mut from = start;
        for &(s, e, says) in self.markup_within(start, end) {
            let (s, e) = (s as usize, e as usize);
            // (Markup that reaches over the line's ends is the joiner's.)
            if s < from || e > end {
                continue;
            }
            out.push_str(&src[from..s]);
            out.push_str(if says == "\n" { " " } else { says });
            from = e;
        }
        out.push_str(&src[from..end]);
        from != start
    }

    /// Where in `start..end` a hyphen that the extractor dropped is back
    /// ([`crate::line_joins`]): source positions, in order.
    pub fn restored_hyphens(
        &self,
        start: usize,
        end: usize,
    ) -> impl DoubleEndedIterator<Item = usize> + '_ {
        self.markup_within(start, end)
            .iter()
            .filter(|m| m.0 == m.1 && m.2 == "-")
            .map(|m| m.0 as usize)
    }

    /// The places in `start..end` that may need cleaning, in order of
    /// their start.
    fn spots_within(&self, start: usize, end: usize) -> &[Spot] {
        let k = self.0.partition_point(|s| s.end() <= start);
        let n = self.0[k..].partition_point(|s| s.start() < end);
        &self.0[k..k + n]
    }

    /// Whether `start..end` needs cleaning.
    pub fn within(&self, start: usize, end: usize) -> bool {
        let k = self.0.partition_point(|s| s.end() <= start);
        self.0[k..]
            .iter()
            .take_while(|s| s.start() < end)
            .any(|s| s.end().min(end) - s.start().max(start) >= s.need as usize)
    }
}

impl<'s> Joiner<'s, '_> {
    /// Join the given lines (content ranges) into one text. Blank lines end
    /// paragraphs; wrapped lines are joined with a space, or without one
    /// where a line-end hyphen splits a word.
    pub fn join(&self, lines: &[Line]) -> Cow<'s, str> {
        // One pass over the lines gives what the paths below ask: the
        // non-blank lines (a single one may borrow), the extent of the text
        // in the source, and a bound on its size: the lines plus their
        // separators, one byte before each line ("\n" or " ") and one more
        // after a blank line ("\n\n").
        let (mut cap, mut from, mut to) = (0, usize::MAX, 0);
        let (mut non_blank, mut single) = (0usize, None);
        for l in lines {
            cap += l.end() - l.start() + 1;
            from = from.min(l.start());
            to = to.max(l.end());
            if !l.is_blank() {
                non_blank += 1;
                single = Some(l);
            }
        }
        // Only blank lines: nothing to write, nor to allocate.
        if non_blank == 0 {
            return Cow::Borrowed("");
        }
        // One uncut, clean line borrows.
        if let (1, Some(l)) = (non_blank, single) {
            let mut pieces = self.cuts.pieces(l.start(), l.end());
            if let (Some(first), None) = (pieces.next(), pieces.next()) {
                let t = trim(self.src, first.0, first.1);
                if !self.dirt.within(t.start(), t.end()) {
                    return Cow::Borrowed(t.text(self.src));
                }
            }
        }
        if let Some(text) = self.as_printed(lines) {
            return Cow::Borrowed(text);
        }
        // Clean text (the usual case) is copied without looking at each line.
        let clean = !self.dirt.within(from, to);
        // Clean and uncut: every line is copied as it is (lines are trimmed
        // at their end already).
        let plain = clean && !self.cuts.touch(from, to);
        if plain
            && self.layout == Layout::Wrapped
            && let Some(out) = self.join_plain_wrapped(lines, cap)
        {
            return Cow::Owned(out);
        }
        Cow::Owned(self.join_lines(lines, cap, from, clean, plain))
    }

    /// The last printed line of the line `line`: where the extractor
    /// joined printed lines ([`LineStats::joined_lines`]), what follows a
    /// full line's width of a line longer than a quarter over it (pdftotext's
    /// "… buitenlandse exportkredietverzekeraars." is a full line and
    /// "verzekeraars."), else the line. Whether a line ends its paragraph
    /// short of a full line is a question about the printed line.
    fn printed_last<'l>(&self, line: &'l str) -> &'l str {
        if self.joined_lines && line.len() * 4 > self.wrap * 5 {
            let mut start = self.wrap;
            while !line.is_char_boundary(start) {
                start += 1;
            }
            &line[start..]
        } else {
            line
        }
    }

    /// [`Joiner::join`] by the general rules, line by line: `cap` bounds
    /// the size, `from` is where the first line starts, `clean` and
    /// `plain` say that no line needs cleaning and that no cut touches
    /// them either.
    fn join_lines(
        &self,
        lines: &[Line],
        cap: usize,
        from: usize,
        clean: bool,
        plain: bool,
    ) -> String {
        // One allocation of about the final size.
        let mut out = String::with_capacity(cap);
        // The cuts are sorted and the lines mostly in order: a cursor finds
        // the lines no cut touches without a search per line.
        let cuts = &self.cuts.ranges;
        let mut next_cut = if plain {
            0
        } else {
            self.cuts.first_after(from)
        };
        let mut pending_break = false;
        // Whether the lines since the last one taken were all cut (a note
        // marker on a line of its own).
        let mut marker_between = false;
        // Whether the last line taken opened with a note marker.
        let mut opened_marker = false;
        // Whether the line of `out` written last (after its last line or
        // paragraph break) opened a list item, and the mark of the last
        // item that [`numbered_item`] found ("3." of "3.
        // Levensduurverlenging en").
        let mut in_item = false;
        let mut item_mark = ItemMark::None;
        // Whether the last line taken is a bullet or list number alone,
        // whose item is on the next line (PyMuPDF: "1." / "Alle producten").
        let mut lone_mark = false;
        // Where the last line taken ends in the source.
        let mut prev_end = 0;
        // The last line taken, as printed, and the length of the one
        // before it.
        let (mut prev_start, mut prev_line_end) = (0, 0);
        let mut above = 0;
        for l in lines {
            if l.is_blank() {
                pending_break |= !out.is_empty();
                continue;
            }
            // A page break (notes, a footer between the lines) in the middle
            // of a sentence is no paragraph break.
            if pending_break
                && !ends_sentence(&out)
                && (self.page_break(prev_end, l.start()) || self.box_break(&out, l))
            {
                pending_break = false;
            }
            // A Word paragraph that ends with a comma, where the next one
            // goes on with a small word ("verwerving van honden," /
            // "selectie van geleiders"): the author's return inside a
            // sentence. docx2txt and mammoth set a blank line after every
            // paragraph, POI and python-docx a line end: either way it is
            // a space. (Two small letters: "a." or "b)" opens an item.)
            if pending_break
                && self.layout == Layout::Paragraphs
                && comma_goes_on(&out, l.text(self.src))
            {
                pending_break = false;
            }
            prev_end = l.end();
            // The separator goes first, so that nothing is moved after.
            let mark = out.len();
            // A line-end hyphen after a word part ("spoedei-", "CO2-"; in
            // Word text a letter's), not a dash ("politie.nl --", " -") or
            // a bullet.
            let hyphen = mark > 0
                && out.ends_with('-')
                && (if self.layout == Layout::Wrapped {
                    out[..mark - 1].ends_with(|c: char| c.is_alphanumeric())
                } else {
                    out[..mark - 1].ends_with(|c: char| c.is_alphabetic())
                });
            // What the line keeps: it may open with a cut marker. (No cut
            // touches the lines of plain text: none is looked for.)
            let (uncut, kept) = if plain {
                (true, l.start())
            } else {
                if next_cut > 0 && cuts.get(next_cut - 1).is_some_and(|c| c.1 > l.start()) {
                    // A line before the one taken last: search again.
                    next_cut = self.cuts.first_after(l.start());
                }
                while cuts.get(next_cut).is_some_and(|c| c.1 <= l.start()) {
                    next_cut += 1;
                }
                let uncut = cuts.get(next_cut).is_none_or(|c| c.0 >= l.end());
                let kept = if uncut || cuts[next_cut].0 > l.start() {
                    l.start()
                } else {
                    cuts[next_cut].1.min(l.end())
                };
                (uncut, kept)
            };
            let next = trim_start(&self.src[kept..l.end()]);
            // A URL broken over the line, or a hyphen the document prints.
            // (pdfminer sets an empty line inside a URL.)
            let glued = mark > 0 && self.dirt.glued(prev_line_end);
            pending_break &= !glued;
            // A line that opens with a note marker, or follows one on a line
            // of its own, goes on from the line before: a marker stands
            // after the word it annotates, never at a paragraph's start,
            // and PyPDF breaks the line at a superscript marker.
            // (PyPDF may break again after the first words there.)
            let opens_marker = !uncut && kept > l.start();
            let after_marker =
                marker_between || opens_marker || opened_marker && !ends_sentence(&out);
            // A Word line break inside a sentence is a space (a line of the
            // paragraph, where the extractor kept a line end).
            let wrapped = mark > 0
                && self.layout == Layout::Paragraphs
                && !pending_break
                && (glued
                    || after_marker
                    || continues(&out, next)
                    || hyphen
                    || goes_on(&self.src[prev_start..prev_line_end], next)
                    || in_quotation(&self.src[prev_start..prev_line_end], next));
            // A numbered list item of wrapped text ("1. De Gezondheidsraad
            // …"), on the line after a sentence or an item (one byte tells
            // most lines: they open with no digit).
            let numbered = mark > 0
                && self.layout == Layout::Wrapped
                && next.as_bytes().first().is_some_and(|&c| may_open_list(c))
                && numbered_item(&out, next, if in_item { item_mark } else { ItemMark::None });
            // A line that ends a sentence short of a full line ends its
            // paragraph, and so does the last line of a list item that ends
            // short of a full line.
            let width = Width {
                wrap: self.wrap,
                measure: self.measure,
                above,
            };
            let short = mark > 0
                && self.wrap > 0
                && !pending_break
                && !glued
                && !lone_mark
                // (The byte test of `ends_paragraph` before the line is
                // sliced: most lines end inside a sentence.)
                && match self.src.as_bytes()[prev_line_end - 1] {
                    b'.' | b'?' | b'!' => ends_paragraph(
                        self.printed_last(&self.src[prev_start..prev_line_end]),
                        next,
                        width,
                    ),
                    // A note marker after the full stop ("(CDA).5"), cut,
                    // before a line of about full width that would not
                    // have fitted after it: pdftotext's raw mode and PyPDF
                    // break a line at a marker, and go on with the rest of
                    // the printed line ("… externe partij.15" / "De
                    // evaluatie stelt op dit punt dat"; "draagmoederschap.1"
                    // / "Het VUmc krijgt … om in").
                    b'0'..=b'9'
                        if matches!(out.as_bytes().last(), Some(b'.' | b'?' | b'!'))
                            && self.cuts.is_cut(prev_line_end - 1) =>
                    {
                        ends_at_marker(
                            self.printed_last(&self.src[prev_start..prev_line_end]),
                            next,
                            width,
                        )
                    }
                    // (Without the measure, which was checked against the
                    // geometry of sentence ends only: an item's last line
                    // has no full stop to go by, and the measure took
                    // "… met TNO en" / "CWI en …" for the end of one.)
                    _ => {
                        in_item
                            && ends_list(
                                self.printed_last(&self.src[prev_start..prev_line_end]),
                                next,
                                Width { measure: 0, ..width },
                            )
                    }
                };
            // A line of punctuation alone closes the line before it, where
            // pdftotext's raw mode and pdfium broke the printed line after
            // a note marker ("… ambtsvoorganger17" / "." / "Daarin …"): the
            // two are one printed line, whose length tells whether it ends
            // its paragraph.
            let punctuation_alone =
                (1..=2).contains(&next.len()) && next.bytes().all(|c| b".,;:?!".contains(&c));
            if !punctuation_alone || prev_line_end == 0 {
                above = prev_line_end - prev_start;
                prev_start = l.start();
            }
            prev_line_end = l.end();
            // A line that opens with punctuation closes the words before it
            // ("wetgeving" + ". Deze", where a marker stood).
            // After a marker, a closing quote or bracket closes them too
            // ("verdwijnt" / "1» en").
            let closes = !pending_break
                && match next.as_bytes().first() {
                    Some(b'.' | b',' | b';' | b':' | b'?' | b'!') => true,
                    Some(b')' | b']' | 0xC2 | 0xE2) => {
                        after_marker && next.starts_with([')', ']', '»', '”', '’'])
                    }
                    _ => false,
                };
            // Whether the line opens a line of `out`: the first one, or one
            // after a line or paragraph break.
            let mut opens_line = mark == 0;
            if mark > 0 {
                // Each separator by a push of its own: a push of a constant
                // is a store, one of a chosen string a call of memcpy.
                if (pending_break && !lone_mark) || short && !closes {
                    out.push_str("\n\n");
                    opens_line = true;
                } else if closes
                    || glued
                    || next.as_bytes().first().is_some_and(u8::is_ascii_digit)
                        && subscript(&out, next)
                {
                } else if self.layout == Layout::Paragraphs && !wrapped
                    || opens_item(next)
                    || numbered
                {
                    // (A list item of wrapped text keeps its line, as a
                    // Word text prints it.)
                    out.push('\n');
                    opens_line = true;
                } else if hyphen && next.starts_with(|c: char| c.is_alphanumeric()) {
                } else {
                    out.push(' ');
                }
            }
            let at = out.len();
            if plain || uncut && (clean || !self.dirt.within(l.start(), l.end())) {
                debug_assert!(!l.text(self.src).ends_with(is_space), "lines are trimmed");
                out.push_str(l.text(self.src));
            } else {
                for (s, e) in self.cuts.pieces(l.start(), l.end()) {
                    if clean || !self.dirt.within(s, e) {
                        out.push_str(&self.src[s..e]);
                    } else {
                        let places = Places {
                            at: s,
                            spots: Some(self.dirt.spots_within(s, e)),
                            markup: self.dirt.markup_within(s, e),
                        };
                        push_clean(&mut out, &self.src[s..e], self.layout, places);
                    }
                }
                trim_end_in_place(&mut out);
            }
            if out.len() <= at {
                // Nothing left of the line: no separator either.
                out.truncate(mark);
                marker_between |= !uncut;
                continue;
            }
            marker_between = false;
            opened_marker = opens_marker;
            // Most lines start with a visible ASCII character: nothing to trim.
            let first = out.as_bytes()[at];
            if !visible_ascii(first) {
                let lead = out[at..].len() - out[at..].trim_start_matches(is_space).len();
                if lead > 0 {
                    out.drain(at..at + lead);
                }
            }
            if hyphen && !pending_break && !glued {
                undo_hyphen_at(&mut out, at);
            }
            pending_break = false;
            // (Word text keeps every line: only wrapped text asks.)
            if opens_line && self.layout == Layout::Wrapped {
                in_item = numbered || opens_item(next);
                item_mark = if numbered {
                    ItemMark::of(&out[at..])
                } else {
                    ItemMark::None
                };
                // (A mark after a mark alone is no item's: pdfminer may
                // print the numbers of a list apart from their items, "2." /
                // "3." / "Bovenstaande …".)
                lone_mark = in_item
                    && !lone_mark
                    && out.len() - at <= CID_BULLET.len()
                    && !out[at..].contains(|c: char| c.is_ascii_alphabetic());
            } else {
                lone_mark = false;
            }
        }
        trim_end_in_place(&mut out);
        out
    }
}

impl<'s> Joiner<'s, '_> {
    /// [`Joiner::join`] of plain wrapped lines (clean and uncut) where no
    /// line break needs more than the usual rule: a break between lines is
    /// a space, one after blank lines a paragraph break. The lines are
    /// checked first, and then copied without the general loop's questions
    /// about each line. `None` where a break needs those: a line-end
    /// hyphen, a line that opens with punctuation or not with a visible
    /// ASCII character, a break the document glues, or blank lines where
    /// a page ends (see [`Joiner::page_break`]). `cap` bounds the size.
    fn join_plain_wrapped(&self, lines: &[Line], cap: usize) -> Option<String> {
        let b = self.src.as_bytes();
        let mut prev: Option<Line> = None;
        let mut blank = false;
        for &l in lines {
            if l.is_blank() {
                blank |= prev.is_some();
                continue;
            }
            let first = b[l.start()];
            if !visible_ascii(first) {
                return None;
            }
            if let Some(p) = prev {
                let usual = if blank {
                    // (A blank line inside a sentence, see `box_break`, is
                    // left to the general rules.)
                    let last = b[p.end() - 1];
                    let open = last.is_ascii_lowercase() || last == b',' || last >= 0x80;
                    !(self.page_break(p.end(), l.start()) || open && first.is_ascii_lowercase())
                } else {
                    b[p.end() - 1] != b'-'
                        && !matches!(first, b'.' | b',' | b';' | b':' | b'?' | b'!')
                        // (A numbered list item keeps its line.)
                        && !(may_open_list(first) && numbered_mark(l.text(self.src)))
                };
                if !usual || self.dirt.glued(p.end()) {
                    return None;
                }
            }
            prev = Some(l);
            blank = false;
        }
        let mut out = String::with_capacity(cap);
        let mut blank = false;
        let mut prev: Option<&str> = None;
        let mut above = 0;
        for l in lines {
            if l.is_blank() {
                blank |= !out.is_empty();
                continue;
            }
            let text = l.text(self.src);
            if let Some(p) = prev {
                // A line that ends a sentence short of a full line ends its
                // paragraph ([`ends_paragraph`]; one byte tells most lines).
                let width = Width {
                    wrap: self.wrap,
                    measure: self.measure,
                    above,
                };
                let short = || self.wrap > 0 && ends_paragraph(self.printed_last(p), text, width);
                // (A push of a constant is a store, one of a chosen string a
                // call of memcpy.)
                if blank || short() {
                    out.push_str("\n\n");
                } else {
                    out.push(' ');
                }
            }
            out.push_str(text);
            above = prev.map_or(0, str::len);
            prev = Some(text);
            blank = false;
        }
        Some(out)
    }

    /// Whether a blank line before the line `l` of wrapped text falls
    /// inside a sentence: the text so far ends with a small letter or a
    /// comma and `l` goes on with a small letter (pdfminer sets a blank line
    /// between two text boxes of one paragraph: "eerste lid," / "" / "van
    /// de Wet").
    fn box_break(&self, out: &str, l: &Line) -> bool {
        self.layout == Layout::Wrapped
            && out.ends_with(|c: char| c.is_lowercase() || c == ',')
            && l.text(self.src).starts_with(|c: char| c.is_lowercase())
    }

    /// Whether a page ends between `from` and `to` (the end of a line and
    /// the start of the next one taken): other text was skipped there (a
    /// footer, notes, a page number), or a form feed. A table's borders
    /// ("|" around a cell's text) are no such text: a blank line before or
    /// after a table is a paragraph break.
    fn page_break(&self, from: usize, to: usize) -> bool {
        self.src.as_bytes().get(from..to).is_some_and(|gap| {
            gap.iter()
                .any(|&b| !matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'|'))
        })
    }

    /// The joined text as a slice of the source, when it is printed that
    /// way: clean, uncut paragraphs whose separators in the source are the
    /// ones [`Joiner::join`] writes (a line end, or one empty line).
    fn as_printed(&self, lines: &[Line]) -> Option<&'s str> {
        if self.layout != Layout::Paragraphs {
            return None;
        }
        let mut first: Option<Line> = None;
        let mut prev: Option<Line> = None;
        let mut blank = false;
        for &l in lines {
            if l.is_blank() {
                blank |= prev.is_some();
                continue;
            }
            match prev {
                Some(p) => {
                    let sep = if blank { "\n\n" } else { "\n" };
                    let (before, next) = (p.text(self.src), l.text(self.src));
                    if self.src.get(p.end()..l.start()) != Some(sep)
                        || !blank && joins(before, next)
                        || blank && comma_goes_on(before, next)
                        || self.dirt.glued(p.end())
                    {
                        return None;
                    }
                }
                None => first = Some(l),
            }
            prev = Some(l);
            blank = false;
        }
        let (first, last) = (first?, prev?);
        let text = self.src.get(first.start()..last.end())?;
        let trimmed = !text.starts_with(is_space) && !text.ends_with(is_space);
        (trimmed
            && !self.cuts.touch(first.start(), last.end())
            && !self.dirt.within(first.start(), last.end()))
        .then_some(text)
    }
}

static HYPHEN_SPACE: once_cell::sync::Lazy<memchr::memmem::Finder<'static>> =
    once_cell::sync::Lazy::new(|| memchr::memmem::Finder::new(b"- "));
static DOUBLE_SPACE: once_cell::sync::Lazy<memchr::memmem::Finder<'static>> =
    once_cell::sync::Lazy::new(|| memchr::memmem::Finder::new(b"  "));
static SPACE_STOP: once_cell::sync::Lazy<memchr::memmem::Finder<'static>> =
    once_cell::sync::Lazy::new(|| memchr::memmem::Finder::new(b" ."));
static SPACE_COMMA: once_cell::sync::Lazy<memchr::memmem::Finder<'static>> =
    once_cell::sync::Lazy::new(|| memchr::memmem::Finder::new(b" ,"));

/// The places to clean at single bytes (see [`DIRT_BYTES`]), by a search
/// for each kind.
fn byte_spots(src: &str) -> Vec<Spot> {
    let b = src.as_bytes();
    let mut spots: Vec<Spot> = memchr::memchr3_iter(b'\t', b'*', b'_', b)
        .map(|at| Spot::new(at, 1, 1))
        .collect();
    spots.extend(memchr::memchr3_iter(0xC2, 0xCB, 0xCC, b).filter_map(|i| two_byte_spot(src, i)));
    // pdfminer's bullet "(cid:129)", found by its colon (rarer than the
    // parenthesis).
    spots.extend(memchr::memchr_iter(b':', b).filter_map(|i| cid_bullet_before(b, i)));
    spots.extend(memchr::memchr_iter(b'\\', b).filter_map(|i| escape_spot(b, i)));
    spots.extend(memchr::memchr_iter(0xEF, b).filter_map(|i| ef_glyph_spot(b, i)));
    spots
}

/// A Markdown escape at byte `i` of `b`, a backslash: before ASCII
/// punctuation (`boa\'s`, `\[1\]`, `\|`), which Markdown writers escape
/// and the document prints without the backslash, or at a line end (a hard
/// line break). A backslash before anything else (a letter, a digit, a
/// space) is printed.
fn escape_spot(b: &[u8], i: usize) -> Option<Spot> {
    escapes(b.get(i + 1).copied()).then(|| Spot::new(i, 1, 1))
}

/// How far before its URL a link's text may open.
const LINK_TEXT_MAX: usize = 1000;

/// The markup of a link around a URL, as Markdown and reStructuredText
/// writers print a hyperlink: the text is what the document prints.
struct LinkMarkup {
    /// The source ranges that are no text.
    ranges: [(usize, usize); 2],
    /// The end of the line's content where the link ends a line and its
    /// text is a URL broken after a hyphen of its own: the line break is
    /// no space (as "dalfsen- keerde" inside a URL of a Word note).
    glued: Option<usize>,
}

/// The link markup around the URL at `url` of `b`, if any:
///
/// * a Markdown link, `[text](url)`: the bracket that opens the text, and
///   from the one that closes it to the end of the target (`[www.x.nl/a-]
///   (http://www.x.nl/a-)` prints "www.x.nl/a-"; an image, `![…](…)`, is
///   left alone);
/// * a reStructuredText link, `` `text <url>`_ `` (or `__`): the opening
///   backquote, and from the end of the text to the end of the markup;
/// * a Markdown autolink, `<https://…>`: its two brackets.
fn link_markup(b: &[u8], url: &std::ops::Range<usize>) -> Option<LinkMarkup> {
    let (s, e) = (url.start, url.end);
    let before = |n: usize| s.checked_sub(n).map(|k| &b[k..s]);
    let (ranges, text) = if before(2) == Some(b"](") && b.get(e) == Some(&b')') {
        let close = s - 2;
        let open = link_opening(b, close, b'[')?;
        if open > 0 && b[open - 1] == b'!' {
            return None;
        }
        ([(open, open + 1), (close, e + 1)], open + 1..close)
    } else if before(1) == Some(b"<") && b.get(e) == Some(&b'>') {
        if b.get(e + 1) == Some(&b'`') && b.get(e + 2) == Some(&b'_') {
            let end = e + 3 + usize::from(b.get(e + 3) == Some(&b'_'));
            let open = link_opening(b, s - 1, b'`')?;
            let text_end = open + 1 + trim_end_ascii(&b[open + 1..s - 1]).len();
            ([(open, open + 1), (text_end, end)], open + 1..text_end)
        } else {
            return Some(LinkMarkup {
                ranges: [(s - 1, s), (e, e + 1)],
                glued: None,
            });
        }
    } else {
        return None;
    };
    let end = ranges[1].1;
    let rest = &b[end..];
    let line_end = rest
        .iter()
        .position(|&c| !matches!(c, b' ' | b'\t' | b'\r'))
        .filter(|&k| rest[k] == b'\n');
    let text = &b[text];
    let url_text = [&b"http://"[..], b"https://", b"www."]
        .iter()
        .any(|p| text.len() > p.len() && text[..p.len()].eq_ignore_ascii_case(p));
    let glued = (line_end.is_some() && url_text && text.ends_with(b"-")).then_some(end);
    Some(LinkMarkup { ranges, glued })
}

/// Where the link text that closes at byte `close` of `b` opens: the last
/// `open` byte before it (not escaped), within [`LINK_TEXT_MAX`] bytes and
/// the same paragraph.
fn link_opening(b: &[u8], close: usize, open: u8) -> Option<usize> {
    let from = close.saturating_sub(LINK_TEXT_MAX);
    let k = from + memchr::memrchr(open, &b[from..close])?;
    let escaped = k > 0 && b[k - 1] == b'\\';
    (!escaped && memchr::memmem::find(&b[k..close], b"\n\n").is_none()).then_some(k)
}

/// `b` without the ASCII whitespace at its end.
fn trim_end_ascii(b: &[u8]) -> &[u8] {
    let n = b
        .iter()
        .rposition(|c| !c.is_ascii_whitespace())
        .map_or(0, |k| k + 1);
    &b[..n]
}

/// Whether a backslash before `next` (`None` at the end of the text or a
/// piece of it) is an escape: see [`escape_spot`].
pub(crate) fn escapes(next: Option<u8>) -> bool {
    next.is_none_or(|c| c.is_ascii_punctuation() || c == b'\n' || c == b'\r')
}

/// The places to clean at pairs of bytes, by a search for each kind.
fn pair_spots(src: &str, layout: Layout, spots: &mut Vec<Spot>) {
    let b = src.as_bytes();
    // "declaratiesys- teem": a line-end hyphen whose line break the
    // extractor made a space. Only where lines were lost (paragraph lines,
    // flat text): where lines are kept, a hyphen before a space is printed
    // so ("zorg- en welzijn").
    if layout == Layout::Paragraphs {
        spots.extend(
            HYPHEN_SPACE
                .find_iter(b)
                .filter(|&at| broken_hyphen(src, at))
                .map(|at| Spot::new(at, 2, 2)),
        );
    }
    // In PDF text a space before a full stop or comma (PyPDF sets them
    // apart; in Word text the space is the writer's).
    let finders: &[&memchr::memmem::Finder<'static>] = match layout {
        Layout::Wrapped => &[&SPACE_STOP, &SPACE_COMMA],
        Layout::Paragraphs => &[],
    };
    for finder in finders {
        spots.extend(
            finder
                .find_iter(b)
                .filter(|&at| detached(src, at, layout))
                .map(|at| Spot::new(at, 2, 2)),
        );
    }
    if layout == Layout::Wrapped {
        let before = spots.len();
        spots.extend(
            memchr::memmem::find_iter(b, O_SUBSCRIPT).filter_map(|at| subscript_spot(src, at)),
        );
        if spots.len() > before {
            other_subscript_spots(src, spots);
        }
    }
    let mut i = 0;
    while let Some(p) = DOUBLE_SPACE.find(&b[i..]) {
        let at = i + p;
        let len = b[at..].iter().take_while(|&&c| c == b' ').count();
        spots.push(Spot::new(at, len, 2));
        i = at + len;
    }
}

/// [`pair_spots`] of wrapped text by one search with `pairs`
/// ([`WRAPPED_PAIRS`]).
fn wrapped_pair_spots(src: &str, pairs: &aho_corasick::packed::Searcher, spots: &mut Vec<Spot>) {
    let b = src.as_bytes();
    // The pairs overlap in a run of spaces before a full stop ("  ."):
    // each search goes on from the last space of a run.
    let mut from = 0;
    let mut subscripts = false;
    while let Some(m) = pairs.find_in(b, aho_corasick::Span::from(from..b.len())) {
        let at = m.start();
        from = at + 1;
        if b[at] == b'O' {
            let spot = subscript_spot(src, at);
            subscripts |= spot.is_some();
            spots.extend(spot);
        } else if b[at + 1] == b' ' {
            let len = b[at..].iter().take_while(|&&c| c == b' ').count();
            spots.push(Spot::new(at, len, 2));
            from = at + len - 1;
        } else if detached(src, at, Layout::Wrapped) {
            spots.push(Spot::new(at, 2, 2));
        }
    }
    if subscripts {
        other_subscript_spots(src, spots);
    }
}

/// The place to clean at the lead byte `i` (0xC2, 0xCB or 0xCC) of a
/// two-byte character of `src`, if any: NBSP and soft hyphen, the bullet
/// U+0081, spacing diacritics after their letter (C2 and CB), and a space
/// before a combining mark (CC; the marks from U+0340 on are not used in
/// Dutch text).
fn two_byte_spot(src: &str, i: usize) -> Option<Spot> {
    let b = src.as_bytes();
    match (b[i], b.get(i + 1)) {
        (0xC2, Some(0xA0 | 0xAD | 0x81)) => Some(Spot::new(i, 2, 2)),
        // (Glued to its letter, the mark may make one character with it.)
        (0xCC, _) if combining_at(src, i) => Some(if i > 0 && b[i - 1] == b' ' {
            Spot::new(i - 1, 3, 1)
        } else {
            Spot::new(i, 2, 2)
        }),
        _ => spacing_mark(src, i).map(|_| Spot::new(i, 2, 2)),
    }
}

/// pdfminer's bullet "(cid:129)", where the colon at `i` is its colon.
fn cid_bullet_before(b: &[u8], i: usize) -> Option<Spot> {
    (i >= 4 && b[i - 4..].starts_with(CID_BULLET.as_bytes()))
        .then(|| Spot::new(i - 4, CID_BULLET.len(), 1))
}

/// The place to clean at the lead byte 0xEF at `i` of `b`: the Symbol
/// font's bullet ([`SYMBOL_BULLET`]) or pdfium's mark of a line-end hyphen
/// ([`LINE_HYPHEN`]).
fn ef_glyph_spot(b: &[u8], i: usize) -> Option<Spot> {
    [SYMBOL_BULLET, LINE_HYPHEN]
        .into_iter()
        .find(|g| b[i..].starts_with(g.as_bytes()))
        .map(|g| Spot::new(i, g.len(), 1))
}

/// Words that follow a hyphen that stands for a word part shared with the
/// next word ("zorg- en welzijnsbeleid", "in- of uitvoer", "2- tot
/// 3-jarige"): such a hyphen is printed, not a line break.
const SHARED_PART: &[&str] = &[
    "en",
    "of",
    "tot",
    "t/m",
    "noch",
    "als",
    "dan",
    "c.q.",
    "respectievelijk",
    "ofwel",
    "en/of",
    "maar",
    "zowel",
    "dus",
    "naar",
    "tegenover",
    "versus",
    "vs.",
];

/// The start of the letters before byte `i` of `src`.
#[inline]
pub(crate) fn word_start(src: &str, i: usize) -> usize {
    // ASCII letters by byte; a non-ASCII one by its char.
    let b = src.as_bytes();
    let mut k = i;
    while k > 0 && b[k - 1].is_ascii_alphabetic() {
        k -= 1;
    }
    if k == 0 || b[k - 1].is_ascii() {
        return k;
    }
    src[..k]
        .char_indices()
        .rev()
        .take_while(|&(_, c)| c.is_alphabetic())
        .last()
        .map_or(k, |(j, _)| j)
}

/// The end of the letters from byte `i` of `src` on.
#[inline]
pub(crate) fn word_end(src: &str, i: usize) -> usize {
    // ASCII letters by byte; a non-ASCII one by its char.
    let b = src.as_bytes();
    let mut k = i;
    while k < b.len() && b[k].is_ascii_alphabetic() {
        k += 1;
    }
    if k == b.len() || b[k].is_ascii() {
        return k;
    }
    k + src[k..]
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(src.len() - k)
}

/// Whether byte `i` of `t` is inside a URL: its run of non-space
/// characters has a scheme or "www." (an underscore there is the URL's).
fn in_url(t: &str, i: usize) -> bool {
    let b = t.as_bytes();
    let start = b[..i]
        .iter()
        .rposition(|c| c.is_ascii_whitespace())
        .map_or(0, |p| p + 1);
    let end = b[i..]
        .iter()
        .position(|c| c.is_ascii_whitespace())
        .map_or(b.len(), |p| i + p);
    let token = &b[start..end];
    memchr::memmem::find(token, b"://").is_some()
        || token.windows(4).any(|w| w.eq_ignore_ascii_case(b"www."))
}

/// The word that starts `rest`.
fn first_word(rest: &str) -> &str {
    rest.split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | ')' | '.' | ':'))
        .next()
        .unwrap_or("")
}

/// Whether the word that starts `rest` takes a shared word part; also when
/// an extractor glued it to the next word ("zorg- enwelzijnsakkoord").
fn shares_part(rest: &str) -> bool {
    let word = first_word(rest);
    SHARED_PART.contains(&word)
        || ["en", "of", "tot"]
            .iter()
            .any(|c| word.starts_with(c) && word.len() >= c.len() + 5)
}

/// Small words that are no part of a broken word: a hyphen before them
/// closes a dash ("twee codes- te onderschrijven").
const WORDS: &[&str] = &[
    "de", "het", "een", "te", "ook", "in", "op", "aan", "van", "voor", "met", "is", "zijn", "die",
    "dat", "er", "om", "niet", "wel", "nog", "bij", "uit", "door", "over", "zo", "wordt", "worden",
    "kan", "zal", "hij", "zij", "ik", "we", "u",
];

/// Whether the "- " at byte `at` of `src` is a line-end hyphen inside a
/// word whose line break became a space: between two small letters, not
/// before a word that shares the part ("zorg- en welzijn") or a small word
/// after a dash ("twee codes- te"), and not closing a dash opened on its
/// line ("-en de andere twee codes- te").
fn broken_hyphen(src: &str, at: usize) -> bool {
    let before = src[..at].chars().next_back();
    let rest = &src[at + 2..];
    if !(before.is_some_and(char::is_lowercase) && rest.starts_with(|c: char| c.is_lowercase())) {
        return false;
    }
    if shares_part(rest) || WORDS.contains(&first_word(rest)) {
        return false;
    }
    let from = floor_char_boundary(src, at.saturating_sub(200));
    let line = src[from..at].rsplit('\n').next().unwrap_or("");
    !(line.contains(" -") || line.contains(" –") || line.starts_with(['-', '–']))
}

/// Append `t` to `out` cleaned: runs of spaces, tabs and NBSP become one
/// space, soft hyphens go, Markdown emphasis markers go ("**", and "_" at a
/// word edge, not in a URL), and so does the link markup `markup.1` (source
/// ranges, where `t` starts at byte `places.at` of the source). Clean runs
/// are copied whole: where the spots of [`Dirt`] are known, the bytes between
/// them are not looked at.
fn push_clean(out: &mut String, t: &str, layout: Layout, places: Places) {
    /// What becomes of the bytes at a place that needs cleaning.
    enum Clean {
        /// A space (runs of spaces, tabs and NBSP become one).
        Space(usize),
        /// Nothing (soft hyphens, emphasis, a hyphen of a broken line, a
        /// space before punctuation or a combining mark).
        Drop(usize),
        /// One form of a glyph ("•" for the bullets of PDF fonts).
        Glyph(&'static str, usize),
    }
    let b = t.as_bytes();
    // Where this text starts in `out`: a mark goes onto a letter of its
    // own text only, never back over a separator onto the line before.
    let base = out.len();
    let word = |c: Option<&u8>| c.is_some_and(|&c| c.is_ascii_alphanumeric() || c >= 0x80);
    let space_or_end = |c: Option<&u8>| c.is_none_or(u8::is_ascii_whitespace);
    let mut last_space = out.ends_with(' ');
    let mut run = 0;
    let mut i = 0;
    // The link markup and the spots in `t`, as ranges of `t`.
    let Places { at, spots, markup } = places;
    let mut markup = markup.iter().map(|&(s, e, glyph)| {
        (
            (s as usize).saturating_sub(at)..(e as usize).saturating_sub(at),
            glyph,
        )
    });
    let none = (usize::MAX..usize::MAX, "");
    let (mut next_markup, mut glyph) = markup.next().unwrap_or(none.clone());
    // Without spots every byte is looked at: one range over all of `t`.
    // A spot's range takes in the spaces on either side of it, which the
    // walk reads as one run with it ("\u{a0} " is one space; spaces before
    // a combining mark go).
    let places_known = spots.is_some();
    let mut spots = spots.unwrap_or_default().iter().map(|s| {
        let mut start = s.start().saturating_sub(at).min(b.len());
        while start > 0 && matches!(b[start - 1], b' ' | b'\t') {
            start -= 1;
        }
        let end = s.end().saturating_sub(at).min(b.len());
        start..end + spaces_at(b, end)
    });
    let mut spot = if places_known { 0..0 } else { 0..b.len() };
    while i < b.len() {
        if i >= spot.end && places_known {
            spot = spots.find(|s| s.end > i).unwrap_or(none.0.clone());
        }
        if i < spot.start {
            // Nothing to clean before the next spot or markup: the bytes
            // are passed over together, and what the walk would know of
            // them is the last one (a space after a visible character).
            let stop = spot.start.min(next_markup.start).min(b.len());
            if stop > i {
                i = stop;
                last_space = b[i - 1] == b' ';
                continue;
            }
        }
        if i >= next_markup.start {
            out.push_str(&t[run..i]);
            if !glyph.is_empty() && i == next_markup.start {
                out.push_str(glyph);
                last_space = false;
            }
            i = i.max(next_markup.end.min(b.len()));
            run = i;
            (next_markup, glyph) = markup.next().unwrap_or(none.clone());
            continue;
        }
        // Most bytes need nothing: they are passed over together.
        if !CLEAN_AT[usize::from(b[i])] {
            let stop = next_markup.start.min(b.len());
            i = b[i..stop]
                .iter()
                .position(|&c| CLEAN_AT[usize::from(c)])
                .map_or(stop, |p| i + p);
            last_space = false;
            continue;
        }
        let action = match b[i] {
            // The space PyPDF sets before a formula's subscript ("CO 2").
            b' ' if i > 0
                && matches!(b[i - 1], b'O' | b'H' | b'F' | b'N')
                && b.get(i + 1).is_some_and(u8::is_ascii_digit)
                && subscript_space(t, i) =>
            {
                Clean::Drop(1)
            }
            // A single space after a visible character stays: the run goes
            // on. (Only a space before spaces, a full stop, a comma or a
            // combining mark may be set apart: see [`detached`].)
            b' ' if !last_space
                && !matches!(b.get(i + 1), Some(b' ' | b'\t' | b'.' | b',' | 0xCC | 0xCD)) =>
            {
                i += 1;
                last_space = true;
                continue;
            }
            b' ' | b'\t' if detached(t, i, layout) => Clean::Drop(spaces_at(b, i)),
            b' ' | b'\t' => Clean::Space(1),
            0xC2 if b.get(i + 1) == Some(&0xA0) => Clean::Space(2),
            0xC2 if b.get(i + 1) == Some(&0xAD) => Clean::Drop(2),
            0xC2 if b.get(i + 1) == Some(&0x81) => Clean::Glyph("•", 2),
            0xC2 | 0xCB if spacing_mark(t, i).is_some() => {
                // A diacritic the font set after its letter ("Yes¸ilgöz",
                // "Kostic´"): it goes onto the letter.
                let (mark, width, below) = spacing_mark(t, i).expect("checked");
                out.push_str(&t[run..i]);
                let kept = out.trim_end_matches([' ', '\t']).len();
                let letter = out[..kept]
                    .chars()
                    .next_back()
                    .filter(|c| c.is_alphabetic() && kept - c.len_utf8() >= base);
                let next = t[i + width..].chars().next();
                // A mark glued to its letter, or set apart from it by one
                // space (PyPDF: "Kostic ´ (PvdD)") where no word follows it
                // (an acute before a word may open a quotation: "´Kamer´").
                let glued = kept == out.len();
                let apart = kept + 1 == out.len() && out.ends_with(' ');
                let word_after = next.is_some_and(char::is_alphabetic);
                let attach =
                    letter.is_some() && (glued && (below || !word_after) || apart && !word_after);
                if let (true, Some(letter)) = (attach, letter) {
                    out.truncate(kept - letter.len_utf8());
                    push_composed(out, letter, mark);
                    i += width;
                    // pdfminer also sets apart the rest of the word.
                    let after = spaces_at(b, i);
                    if after > 0 && below && t[i + after..].starts_with(char::is_lowercase) {
                        i += after;
                    }
                    last_space = false;
                } else {
                    out.push_str(&t[i..i + width]);
                    i += width;
                    // (A space after the mark is a space after a visible
                    // character: "Kostic" / "´ (PvdD)".)
                    last_space = false;
                }
                run = i;
                continue;
            }
            b'(' if b[i..].starts_with(CID_BULLET.as_bytes()) => {
                Clean::Glyph("•", CID_BULLET.len())
            }
            0xEF if b[i..].starts_with(SYMBOL_BULLET.as_bytes()) => {
                Clean::Glyph("•", SYMBOL_BULLET.len())
            }
            // A word that pdfium joined over a line end goes on without its
            // hyphen; a hyphen before a capital, a digit or inside a URL is
            // printed ("PKI-consortium").
            // A hyphen that stands for a word part shared with the next
            // word, where pdfium joined the next line's first word ("wet"
            // U+FFFE "en regelgeving"), keeps its space.
            0xEF if b[i..].starts_with(LINE_HYPHEN.as_bytes()) => {
                let small = |c: Option<char>| c.is_some_and(char::is_lowercase);
                let after = &t[i + LINE_HYPHEN.len()..];
                let broken = small(t[..i].chars().next_back())
                    && small(after.chars().next())
                    && !in_url(t, i);
                if broken && SHARED_PART.contains(&first_word(after)) {
                    Clean::Glyph("- ", LINE_HYPHEN.len())
                } else if broken {
                    Clean::Drop(LINE_HYPHEN.len())
                } else {
                    Clean::Glyph("-", LINE_HYPHEN.len())
                }
            }
            // A Markdown escape: the backslash goes, and the character it
            // escapes stays as printed (a backslash too).
            b'\\' if escapes(b.get(i + 1).copied()) => {
                out.push_str(&t[run..i]);
                run = i + 1;
                i += 2;
                last_space = false;
                continue;
            }
            b'*' if b.get(i + 1) == Some(&b'*') || (i > 0 && b[i - 1] == b'*') => Clean::Drop(1),
            // Emphasis opens or closes at a word ("_Kamerstukken II_"), or
            // where a space is on one side only ("bekend._ Ik").
            b'_' if (word(i.checked_sub(1).and_then(|p| b.get(p))) != word(b.get(i + 1))
                || space_or_end(i.checked_sub(1).and_then(|p| b.get(p)))
                    != space_or_end(b.get(i + 1)))
                && !in_url(t, i) =>
            {
                Clean::Drop(1)
            }
            // (Only in paragraph text: where lines are kept, a hyphen
            // before a space is printed so; see [`pair_spots`].)
            b'-' if layout == Layout::Paragraphs
                && b.get(i + 1) == Some(&b' ')
                && i > 0
                && broken_hyphen(t, i) =>
            {
                if in_url(t, i) {
                    // A URL wrapped after a hyphen of its own ("dalfsen- keerde"
                    // in a Word note): the hyphen is the URL's, the space goes.
                    out.push_str(&t[run..=i]);
                    i += 2;
                    run = i;
                    last_space = false;
                    continue;
                }
                Clean::Drop(2)
            }
            // A combining mark goes onto its letter, as one character
            // where there is one ("s" U+0327 is "ş"); set apart on both
            // sides ("Yes ̧ ilgöz", the spaces before it gone), the spaces
            // after it go too.
            0xCC | 0xCD if combining_at(t, i) => {
                let spaced = i > 0 && b[i - 1] == b' ';
                let mark = t[i..].chars().next().expect("a combining mark");
                out.push_str(&t[run..i]);
                match out.chars().next_back().filter(|c| c.is_alphabetic()) {
                    Some(letter) => {
                        out.truncate(out.len() - letter.len_utf8());
                        push_composed(out, letter, mark);
                    }
                    None => out.push(mark),
                }
                i += mark.len_utf8();
                let after = spaces_at(b, i);
                if spaced && after > 0 && t[i + after..].starts_with(char::is_lowercase) {
                    i += after;
                }
                run = i;
                last_space = false;
                continue;
            }
            _ => {
                i += 1;
                last_space = false;
                continue;
            }
        };
        out.push_str(&t[run..i]);
        match action {
            Clean::Space(width) => {
                if !last_space {
                    out.push(' ');
                }
                last_space = true;
                i += width;
            }
            Clean::Drop(width) => i += width,
            Clean::Glyph(glyph, width) => {
                out.push_str(glyph);
                last_space = glyph.ends_with(' ');
                i += width;
            }
        }
        run = i;
    }
    out.push_str(&t[run..]);
}

/// What [`push_clean`] knows of a text's places to clean.
struct Places<'d> {
    /// Where the text starts in the source.
    at: usize,
    /// The [`Dirt`] spots that overlap the text, or `None` when not known
    /// (every byte is looked at).
    spots: Option<&'d [Spot]>,
    /// The markup in the text ([`Dirt::markup_within`]).
    markup: &'d [Markup],
}

/// The bytes at which [`push_clean`] may change something: every byte its
/// `match` has an arm for.
const CLEAN_AT: [bool; 256] = {
    let mut at = [false; 256];
    let bytes = [
        b' ', b'\t', 0xC2, 0xCB, 0xCC, 0xCD, 0xEF, b'(', b'*', b'_', b'-', b'\\',
    ];
    let mut k = 0;
    while k < bytes.len() {
        at[bytes[k] as usize] = true;
        k += 1;
    }
    at
};

/// Whether [`clean_glyphs`] would give `s` back as it is: no glyph noise,
/// no spacing mark or combining mark to put on its letter.
pub(crate) fn glyphs_clean(s: &str) -> bool {
    let b = s.as_bytes();
    let dirty = memchr::memchr3_iter(0xC2, 0xCB, 0xCC, b)
        .any(|i| b[i] == 0xCC || b.get(i + 1) == Some(&0x81) || spacing_mark(s, i).is_some())
        || memchr::memchr2_iter(b'(', 0xEF, b).any(|i| {
            b[i..].starts_with(CID_BULLET.as_bytes())
                || b[i..].starts_with(SYMBOL_BULLET.as_bytes())
                || b[i..].starts_with(LINE_HYPHEN.as_bytes())
        });
    !dirty
}

/// `s` with its glyphs in one form and combining marks on their letters
/// (see [`push_clean`]); most strings have none and come back as they are.
pub(crate) fn clean_glyphs(s: String) -> String {
    if glyphs_clean(&s) {
        return s;
    }
    let mut out = String::with_capacity(s.len());
    let places = Places {
        at: 0,
        spots: None,
        markup: &[],
    };
    push_clean(&mut out, &s, Layout::Paragraphs, places);
    out
}

/// A spacing diacritic at byte `i` of `t`: its combining form, its width,
/// and whether it sits below the letter (cedilla, ogonek: always after it).
fn spacing_mark(t: &str, i: usize) -> Option<(char, usize, bool)> {
    let c = t.get(i..)?.chars().next()?;
    let (mark, below) = match c {
        '\u{b8}' => ('\u{327}', true),
        '\u{2db}' => ('\u{328}', true),
        '\u{b4}' => ('\u{301}', false),
        '\u{2c7}' => ('\u{30c}', false),
        '\u{a8}' => ('\u{308}', false),
        _ => return None,
    };
    Some((mark, c.len_utf8(), below))
}

/// `letter` with the combining `mark`, precomposed where Latin has the
/// letter ("ş", "ć", "š"), else followed by the mark.
fn push_composed(out: &mut String, letter: char, mark: char) {
    const TABLE: &[(char, char, char)] = &[
        ('c', '\u{327}', 'ç'),
        ('C', '\u{327}', 'Ç'),
        ('s', '\u{327}', 'ş'),
        ('S', '\u{327}', 'Ş'),
        ('t', '\u{327}', 'ţ'),
        ('T', '\u{327}', 'Ţ'),
        ('a', '\u{328}', 'ą'),
        ('e', '\u{328}', 'ę'),
        ('a', '\u{301}', 'á'),
        ('e', '\u{301}', 'é'),
        ('i', '\u{301}', 'í'),
        ('o', '\u{301}', 'ó'),
        ('u', '\u{301}', 'ú'),
        ('y', '\u{301}', 'ý'),
        ('c', '\u{301}', 'ć'),
        ('n', '\u{301}', 'ń'),
        ('s', '\u{301}', 'ś'),
        ('z', '\u{301}', 'ź'),
        ('E', '\u{301}', 'É'),
        ('C', '\u{301}', 'Ć'),
        ('S', '\u{301}', 'Ś'),
        ('c', '\u{30c}', 'č'),
        ('s', '\u{30c}', 'š'),
        ('z', '\u{30c}', 'ž'),
        ('r', '\u{30c}', 'ř'),
        ('e', '\u{30c}', 'ě'),
        ('C', '\u{30c}', 'Č'),
        ('S', '\u{30c}', 'Š'),
        ('Z', '\u{30c}', 'Ž'),
        ('a', '\u{308}', 'ä'),
        ('e', '\u{308}', 'ë'),
        ('i', '\u{308}', 'ï'),
        ('o', '\u{308}', 'ö'),
        ('u', '\u{308}', 'ü'),
    ];
    match TABLE.iter().find(|&&(l, m, _)| l == letter && m == mark) {
        Some(&(_, _, composed)) => out.push(composed),
        None => {
            out.push(letter);
            out.push(mark);
        }
    }
}

/// How pdfminer writes a bullet glyph it cannot map.
const CID_BULLET: &str = "(cid:129)";

/// The bullet of the Symbol font as PDF extractors print it: U+F0B7, a
/// character of the private use area (pdftotext, PyPDF).
const SYMBOL_BULLET: &str = "\u{f0b7}";

/// What pdfium (pypdfium2) writes for a hyphen at a line end where it
/// joins the line to the next: U+FFFE, a noncharacter, in the middle of
/// the word ("doorbre" U+FFFE "ken").
pub(crate) const LINE_HYPHEN: &str = "\u{fffe}";

/// The number of spaces and tabs at byte `i` of `b`.
fn spaces_at(b: &[u8], i: usize) -> usize {
    b[i..]
        .iter()
        .take_while(|&&c| c == b' ' || c == b'\t')
        .count()
}

/// Whether the character at byte `i` of `t` is a combining diacritic
/// (U+0300–U+036F).
fn combining_at(t: &str, i: usize) -> bool {
    t.get(i..)
        .and_then(|r| r.chars().next())
        .is_some_and(|c| ('\u{300}'..='\u{36f}').contains(&c))
}

/// Whether the spaces at byte `i` of `t` set apart what belongs to the word
/// before: a combining mark ("Yes ̧ilgöz"), or in PDF text a full stop or
/// comma after a word ("Human Rights . Daarnaast", "hulp , wordt").
fn detached(t: &str, i: usize, layout: Layout) -> bool {
    let b = t.as_bytes();
    let n = spaces_at(b, i);
    let next = i + n;
    // Most spaces are followed by a letter: one byte tells.
    match b.get(next) {
        Some(0xCC | 0xCD) => return i > 0 && combining_at(t, next),
        Some(b'.' | b',') if layout == Layout::Wrapped => {}
        _ => return false,
    }
    let after = b.get(next + 1);
    after.is_none_or(|&c| c == b' ' || c == b'\n' || c == b'\r')
        && t[..i]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric() || matches!(c, '»' | '”' | ')' | '"'))
}

/// Whether `text` ends a sentence: with a full stop, question or
/// exclamation mark, colon or semicolon, maybe inside closing quotes or
/// brackets.
fn ends_sentence(text: &str) -> bool {
    sentence_end(text).ends_with(['.', '?', '!', ':', ';'])
}

/// `text` without what may follow the end of its sentence: spaces, closing
/// quotes and brackets.
fn sentence_end(text: &str) -> &str {
    text.trim_end_matches(|c: char| {
        is_space(c) || matches!(c, '»' | '”' | '’' | '"' | '\'' | ')' | ']')
    })
}

/// Whether the line `next` goes on with the sentence that `before` leaves
/// open: a Word line break (or an extractor's wrap) inside a sentence.
fn continues(before: &str, next: &str) -> bool {
    // A small letter, a number that is no list item ("3 aan aardgas", not
    // "3. Tekst" or "3) Tekst"), or an opening bracket or quote.
    let digits = next.bytes().take_while(u8::is_ascii_digit).count();
    let after = next.as_bytes().get(digits);
    let number = digits > 0
        && (matches!(after, Some(b' ' | b','))
            // A year ("20 oktober" / "2023)"), a date or a word the number
            // opens ("30-09-2024", "CO" / "2-heffing"): no list item.
            || digits == 4 && (next.starts_with("19") || next.starts_with("20"))
            || after == Some(&b'-')
                && next.as_bytes().get(digits + 1).is_some_and(u8::is_ascii_alphanumeric)
            // "… op vraag" / "5.": the number the word before takes, alone
            // on its line with the punctuation after it.
            || (next[digits..].bytes().all(|c| b".,;:)?!".contains(&c))
                && crate::footnotes::takes_number(before.rsplit(' ').next().unwrap_or(""))));
    let opens = next.starts_with(['(', '«', '“', '‘']);
    // (A line-end hyphen after a word part is the hyphen rule's; a dash
    // after a space goes on as any word does: "tot de erga omnes -" /
    // "verplichtingen behoort".)
    let word_hyphen = before
        .strip_suffix('-')
        .is_some_and(|w| !w.ends_with([' ', '\u{a0}']));
    (next.starts_with(|c: char| c.is_lowercase()) || number || opens)
        && !ends_sentence(before)
        && !word_hyphen
        // An abbreviation's full stop ends no sentence ("UN doc." /
        // "A/77/328"); one byte tells most lines.
        || before.ends_with('.')
            && next.starts_with(|c: char| c.is_alphanumeric())
            && crate::footnotes::ends_with_abbreviation(before)
}

/// The bullets of lists as extractors print them: "•", pdfminer's
/// [`CID_BULLET`], U+0081, the Symbol font's [`SYMBOL_BULLET`], "▪", "●".
pub(crate) const BULLETS: [&str; 6] = ["•", CID_BULLET, "\u{81}", SYMBOL_BULLET, "▪", "●"];

/// Whether the line `next` opens with one of the [`BULLETS`]: a list item.
/// Most lines open with an ASCII letter, which one byte tells.
#[inline]
fn opens_item(next: &str) -> bool {
    matches!(next.as_bytes().first(), Some(0xC2 | 0xE2 | 0xEF | b'(')) && opens_bullet(next)
}

/// [`opens_item`] past its first byte.
#[inline(never)]
fn opens_bullet(next: &str) -> bool {
    BULLETS.iter().any(|bullet| next.starts_with(bullet))
}

/// `text` as one paragraph: each line break a space, but before a list
/// item (a bullet or a dash). A note is one paragraph: its line breaks
/// are the extractor's or the author's returns inside it ("… uit afval».
/// / (https://…)", "peildatum:" / "30-09-2024"), which the reader takes for
/// a space. Most notes have none and come back as they are.
pub(crate) fn one_paragraph(text: Cow<'_, str>) -> Cow<'_, str> {
    if !text.contains('\n') {
        return text;
    }
    let mut out = String::with_capacity(text.len());
    for (k, line) in text
        .split('\n')
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .enumerate()
    {
        if k > 0 {
            let item = opens_bullet(line) || line.starts_with("- ") || line.starts_with("– ");
            out.push(if item { '\n' } else { ' ' });
        }
        out.push_str(line);
    }
    Cow::Owned(out)
}

/// The chemical formulas that Dutch policy texts print with a subscript,
/// split before it: the formula and its subscript. PyPDF sets the
/// subscript apart, by a space ("CO 2-buis", see [`subscript_space`]) or on
/// a line of its own ("CO" / "2-heffing", see [`subscript`]), where the
/// other extractors print "CO2".
const SUBSCRIPTED: &[(&str, &str)] = &[
    ("CH", "4"),
    ("CO", "2"),
    ("N", "2O"),
    ("NH", "3"),
    ("NO", "2"),
    ("SF", "6"),
    ("SO", "2"),
];

/// Whether the line `next` opens with the subscript of the formula that
/// `before` ends with: the two are one word ("CO2-heffing"). (PyPDF may
/// glue the word before to the formula, "voorCO": only a capital before
/// it makes another word.)
fn subscript(before: &str, next: &str) -> bool {
    SUBSCRIPTED.iter().any(|&(stem, sub)| {
        next.starts_with(sub)
            && !next[sub.len()..].starts_with(|c: char| c.is_ascii_digit())
            && before.ends_with(stem)
            && !before[..before.len() - stem.len()].ends_with(char::is_uppercase)
    })
}

/// Whether the space at byte `i` of `t` sets a subscript apart from its
/// formula ([`SUBSCRIPTED`]): a whole word of the formula's letters, one
/// space, and the subscript closing the word ("CO 2-buis"; "ISO 27001",
/// "artikel 2", "CAO 2024" and "fase 2" are no formula).
fn subscript_space(t: &str, i: usize) -> bool {
    let (before, after) = (&t[..i], &t[i + 1..]);
    SUBSCRIPTED.iter().any(|(p, s)| {
        before.ends_with(p)
            && !before[..i - p.len()].ends_with(char::is_alphanumeric)
            && after.starts_with(s)
            && !after[s.len()..].starts_with(char::is_alphanumeric)
    })
}

/// The bytes around the space of the formulas that end in "O" (CO2, NO2,
/// SO2), by far the most common: one more pair of the searches for the
/// places that wrapped text needs cleaned ([`WRAPPED_PAIRS`],
/// [`pair_spots`]) finds PyPDF's form, which sets wrapped lines.
const O_SUBSCRIPT: &str = "O 2";

/// The bytes around the space of the other formulas, looked for only in a
/// text that shows PyPDF's form.
const OTHER_SUBSCRIPTS: [&[u8]; 4] = [b"H 4", b"H 3", b"N 2", b"F 6"];

/// The place to clean where the [`O_SUBSCRIPT`] bytes at `at` set a
/// subscript apart: its space (the joined text drops it: see
/// [`push_clean`]).
fn subscript_spot(src: &str, at: usize) -> Option<Spot> {
    subscript_space(src, at + 1).then(|| Spot::new(at + 1, 1, 1))
}

/// The spaces of the other formulas' subscripts, once one formula that
/// ends in "O" has shown PyPDF's form.
fn other_subscript_spots(src: &str, spots: &mut Vec<Spot>) {
    let b = src.as_bytes();
    for pair in OTHER_SUBSCRIPTS {
        spots.extend(memchr::memmem::find_iter(b, pair).filter_map(|at| subscript_spot(src, at)));
    }
}

/// Whether `next` goes on with the long line `line` before it, which an
/// extractor broke inside a sentence before a capital ("… in de" / "VN
/// als instituut"): the line is as long as a wrapped line, ends in a small
/// letter or a comma, and is no table row.
fn goes_on(line: &str, next: &str) -> bool {
    (line.len() >= 60 || ends_open(line))
        && line.ends_with(|c: char| c.is_lowercase() || c == ',')
        && next.starts_with(|c: char| c.is_uppercase())
        && memchr::memchr(b'\t', line.as_bytes()).is_none()
}

/// Whether the Word paragraph `next` goes on with the sentence of the
/// paragraph `before`, which ends with a comma: it opens with a small word
/// (two small letters: "a." or "b)" opens a list item).
fn comma_goes_on(before: &str, next: &str) -> bool {
    before.ends_with(',')
        && next.len() >= 2
        && next.as_bytes()[..2].iter().all(u8::is_ascii_lowercase)
}

/// Whether the line `line` leaves a quotation open («…» or “…”) where the
/// next line opens with a capital: a sentence of the quotation ends there,
/// not the paragraph ("«… van iedereen." / "Dat is in strijd met de wet»").
fn in_quotation(line: &str, next: &str) -> bool {
    if !next.starts_with(|c: char| c.is_uppercase()) {
        return false;
    }
    // The last bytes of «, », “ and ”: C2 AB, C2 BB, E2 80 9C, E2 80 9D
    // (AB is also the last byte of "ë": the byte before tells).
    let b = line.as_bytes();
    let (mut guillemets, mut quotes) = (0i32, 0i32);
    for i in memchr::memchr3_iter(0xAB, 0xBB, 0x9C, b) {
        match (b[i], i.checked_sub(1).map(|p| b[p])) {
            (0xAB, Some(0xC2)) => guillemets += 1,
            (0xBB, Some(0xC2)) => guillemets -= 1,
            (0x9C, Some(0x80)) if i >= 2 && b[i - 2] == 0xE2 => quotes += 1,
            _ => {}
        }
    }
    if quotes > 0 {
        quotes -= memchr::memmem::find_iter(b, "”").count() as i32;
    }
    guillemets > 0 || quotes > 0
}

/// Whether the line `line`, which ends a sentence and then a note marker
/// that is cut ("(CDA).5"), ends its paragraph before `next`: where `next`
/// is about a full line, and the two would not have made one line, the
/// line broke early ([`breaks_early`]). (PyPDF breaks a line at a marker:
/// "Het VUmc krijgt … om in" goes on.)
pub(crate) fn ends_at_marker(line: &str, next: &str, width: Width) -> bool {
    next.len() * 10 >= width.wrap * 8
        && (line.len() + 1 + next.len()) * 20 > width.wrap * 23
        && breaks_early(line, next, width)
}

/// Whether [`Joiner::join`] joins the paragraph line `next` to the line
/// `line` before it with something else than the line end the source has:
/// a sentence that goes on, a line-end hyphen ("Zorgak-" / "koord"), or
/// punctuation that closes the line before.
fn joins(line: &str, next: &str) -> bool {
    let hyphen = line
        .strip_suffix('-')
        .is_some_and(|w| w.ends_with(|c: char| c.is_alphabetic()));
    hyphen
        || continues(line, next)
        || goes_on(line, next)
        || in_quotation(line, next)
        || next.starts_with(['.', ',', ';', ':', '?', '!'])
}

/// Words after which no sentence, heading or label ends: articles,
/// prepositions, conjunctions and the copula ("2. In 2023 is" / "Europese
/// wetgeving", "door het" / "Zorginstituut").
const OPEN_WORDS: &[&str] = &[
    "de", "het", "een", "van", "op", "aan", "voor", "met", "door", "bij", "uit", "naar", "tot",
    "om", "te", "en", "of", "dat", "die", "is", "als", "tussen", "zoals",
];

/// Whether `line` ends with one of the [`OPEN_WORDS`].
fn ends_open(line: &str) -> bool {
    let word = line.rsplit(' ').next().unwrap_or("");
    word.len() < line.len() && OPEN_WORDS.contains(&word)
}

/// `s` without the spaces it starts with; most lines start with a visible
/// ASCII character, which one byte tells.
#[inline]
fn trim_start(s: &str) -> &str {
    match s.as_bytes().first() {
        Some(&c) if visible_ascii(c) => s,
        _ => s.trim_start_matches(is_space),
    }
}

fn trim_end_in_place(s: &mut String) {
    let l = s.trim_end_matches(is_space).len();
    s.truncate(l);
}

/// A wrapped continuation line starts at `at`, right after a line-end
/// hyphen: undo the hyphen where it splits a lower-case word ("Zorgak-" +
/// "koord"), keep a real one ("GroenLinks-" + "PvdA", "21 501-" + "32").
fn undo_hyphen_at(out: &mut String, at: usize) {
    let before = out[..at - 1].chars().next_back();
    let after = out[at..].chars().next();
    if before.is_some_and(char::is_lowercase) && after.is_some_and(char::is_lowercase) {
        if shares_part(&out[at..]) {
            // "zorg-" + "en welzijn": the hyphen stays, and a space follows.
            out.insert(at, ' ');
        } else {
            out.remove(at - 1);
        }
    }
}

/// A word (or one of several) found as a whole word in any ASCII case
/// ("ingezonden", "zie"): the same as the regex
/// `(?i)(?-u:\b)word(?-u:\b)`, by a SIMD search instead of a regex, except
/// that the regex would also read the Kelvin sign as "k" and the long s as
/// "s" (of the words searched, only "verwijs" has either letter).
pub(crate) struct Keyword {
    /// The words in lower case.
    words: Vec<String>,
    finder: Finder,
}

/// How a [`Keyword`]'s candidates are found.
enum Finder {
    /// All words have the letter `lower` at offset `at`: memchr for its two
    /// cases, then the words compared from `at` bytes before (cheaper than
    /// an automaton for the short words searched for). Of the shared
    /// letters the rarest in Dutch is taken, so that few places are
    /// compared: "z" in "ingezonden", not the "i" that every line has.
    Letter { at: usize, lower: u8, upper: u8 },
    /// Otherwise a case-insensitive multi-pattern search.
    Any(aho_corasick::AhoCorasick),
}

impl Keyword {
    pub fn new(word: &str) -> Keyword {
        Keyword::any(&[word])
    }

    /// Any of `words` (ASCII).
    pub fn any(words: &[&str]) -> Keyword {
        // Dutch letters from the rarest to the most common.
        const RARITY: &[u8] = b"qxyfczjwpbumkhvglsdoritane";
        let words: Vec<String> = words.iter().map(|w| w.to_ascii_lowercase()).collect();
        let shortest = words.iter().map(String::len).min().unwrap_or(0);
        let shared = (0..shortest)
            .filter_map(|at| {
                let c = words[0].as_bytes()[at];
                let same = words.iter().all(|w| w.as_bytes()[at] == c);
                let rank = RARITY.iter().position(|&r| r == c)?;
                same.then_some((rank, at, c))
            })
            .min();
        let finder = match shared {
            Some((_, at, c)) => Finder::Letter {
                at,
                lower: c,
                upper: c.to_ascii_uppercase(),
            },
            None => Finder::Any(
                aho_corasick::AhoCorasick::builder()
                    .ascii_case_insensitive(true)
                    .build(&words)
                    .expect("keyword searcher must build"),
            ),
        };
        Keyword { words, finder }
    }

    /// Where the keyword occurs in `text`, as whole words.
    pub fn find_iter<'t>(
        &'t self,
        text: &'t str,
    ) -> impl Iterator<Item = std::ops::Range<usize>> + 't {
        let b = text.as_bytes();
        let word = |i: usize| word_byte_at(b, i);
        // One of the two searches runs; an `Option` of each, flattened,
        // chooses without boxing the iterator.
        let (letter, any) = match &self.finder {
            &Finder::Letter { at, lower, upper } => {
                // Occurrences do not overlap: the search goes on after each.
                let mut resume = 0;
                let found = memchr::memchr2_iter(lower, upper, b).filter_map(move |p| {
                    let p = p.checked_sub(at).filter(|&p| p >= resume)?;
                    let w = self.words.iter().find(|w| {
                        b.get(p..p + w.len())
                            .is_some_and(|h| h.eq_ignore_ascii_case(w.as_bytes()))
                    })?;
                    resume = p + w.len();
                    Some(p..resume)
                });
                (Some(found), None)
            }
            Finder::Any(ac) => (None, Some(ac.find_iter(text).map(|m| m.range()))),
        };
        let occurrences = letter
            .into_iter()
            .flatten()
            .chain(any.into_iter().flatten());
        occurrences.filter(move |m| (m.start == 0 || !word(m.start - 1)) && !word(m.end))
    }
}

/// A cursor for reading fixed words by hand, as a regex would with `\s+`
/// between them (any Unicode whitespace, as the regex `\s`).
#[derive(Clone, Copy)]
pub(crate) struct Words<'t>(pub &'t str);

impl Words<'_> {
    /// `\s*`
    pub fn spaces(&mut self) {
        // Most places are no space: one byte tells.
        if !self.0.as_bytes().first().is_some_and(|&c| visible_ascii(c)) {
            self.0 = self.0.trim_start_matches(char::is_whitespace);
        }
    }
    /// `\s*`, for a chain: `w.spaced().digits(4)` is `\s*[0-9]{4}`.
    pub fn spaced(&mut self) -> &mut Self {
        self.spaces();
        self
    }
    /// `\s+`
    pub fn space(&mut self) -> bool {
        let before = self.0.len();
        self.spaces();
        self.0.len() < before
    }
    /// The literal `p`.
    pub fn lit(&mut self, p: &str) -> bool {
        match self.0.strip_prefix(p) {
            Some(rest) => {
                self.0 = rest;
                true
            }
            None => false,
        }
    }
    /// The words of `p` (separated by one space there) with `\s+` between.
    pub fn phrase(&mut self, p: &str) -> bool {
        // Byte by byte, so that the usual miss costs one comparison: the
        // bytes of `p` are compared exactly, each space read as `\s+`. A
        // whole char of `p` matched so ends on a char boundary of the text,
        // so the slices below always exist.
        let (s, b) = (self.0, self.0.as_bytes());
        let mut i = 0;
        for &c in p.as_bytes() {
            if c == b' ' {
                let Some(rest) = s.get(i..) else {
                    return false;
                };
                let mut w = Words(rest);
                if !w.space() {
                    return false;
                }
                i = s.len() - w.0.len();
            } else if b.get(i) == Some(&c) {
                i += 1;
            } else {
                return false;
            }
        }
        match s.get(i..) {
            Some(rest) => {
                self.0 = rest;
                true
            }
            None => false,
        }
    }
    /// `[0-9]{n}`
    pub fn digits(&mut self, n: usize) -> bool {
        let b = self.0.as_bytes();
        if b.len() >= n && b[..n].iter().all(u8::is_ascii_digit) {
            self.0 = &self.0[n..];
            true
        } else {
            false
        }
    }
    /// The literal `p` (ASCII, in lower case) in any case, as the regex
    /// `(?i)` reads it: besides the ASCII capitals, the Kelvin sign is a
    /// "k" and the long s a "s".
    pub fn lit_ci(&mut self, p: &str) -> bool {
        let mut rest = self.0;
        for want in p.bytes() {
            let mut chars = rest.chars();
            let Some(c) = chars.next() else {
                return false;
            };
            let same = match c {
                '\u{212a}' => want == b'k',
                '\u{17f}' => want == b's',
                c => c.is_ascii() && (c as u8).to_ascii_lowercase() == want,
            };
            if !same {
                return false;
            }
            rest = chars.as_str();
        }
        self.0 = rest;
        true
    }
    /// One of `chars`.
    pub fn one_of(&mut self, chars: &[char]) -> bool {
        match self.0.strip_prefix(chars) {
            Some(rest) => {
                self.0 = rest;
                true
            }
            None => false,
        }
    }
}

/// Collapse all whitespace runs into one space (and trim). Text that is
/// already so (most short fields) is borrowed.
pub(crate) fn collapse_ws(s: &str) -> Cow<'_, str> {
    if is_collapsed(s) {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(collapse_owned(s))
    }
}

/// [`collapse_ws`] of an owned string, kept when it is already collapsed.
pub(crate) fn collapse_ws_string(s: String) -> String {
    if is_collapsed(&s) {
        s
    } else {
        collapse_owned(&s)
    }
}

/// Whether `s` has no whitespace but single ASCII spaces between words:
/// no space at either end, no two together, no other ASCII whitespace and
/// no non-ASCII space. Each is a SIMD search; only non-ASCII characters are
/// decoded.
fn is_collapsed(s: &str) -> bool {
    let b = s.as_bytes();
    if b.first() == Some(&b' ') || b.last() == Some(&b' ') {
        return false;
    }
    if memchr::memchr3(b'\t', b'\n', b'\r', b).is_some()
        || memchr::memchr2(0x0b, 0x0c, b).is_some()
        || DOUBLE_SPACE.find(b).is_some()
    {
        return false;
    }
    s.is_ascii() || !has_wide_space(s)
}

/// Whether `s` has a non-ASCII space ([`is_space`]). Their UTF-8 forms
/// start with one of five lead bytes (C2: U+0085, NBSP; E1: U+1680; E2:
/// U+2000–U+205F; E3: U+3000; EF: BOM): only the chars there are decoded.
fn has_wide_space(s: &str) -> bool {
    let b = s.as_bytes();
    let space_at = |i: usize| s[i..].chars().next().is_some_and(is_space);
    memchr::memchr3_iter(0xC2, 0xE2, 0xE3, b).any(space_at)
        || memchr::memchr2_iter(0xE1, 0xEF, b).any(space_at)
}

/// [`collapse_ws`] into a new string. Runs of words already separated by
/// single spaces are copied whole; only non-ASCII characters are decoded.
fn collapse_owned(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    loop {
        while i < b.len() {
            let (space, len) = space_at(s, i);
            if !space {
                break;
            }
            i += len;
        }
        if i >= b.len() {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        let start = i;
        while i < b.len() {
            let c = b[i];
            if visible_ascii(c) {
                i += 1;
            } else if c == b' ' {
                if i + 1 < b.len() && !space_at(s, i + 1).0 {
                    i += 1;
                } else {
                    break;
                }
            } else {
                let (space, len) = space_at(s, i);
                if space {
                    break;
                }
                i += len;
            }
        }
        out.push_str(&s[start..i]);
    }
    out
}

/// Whether the character at byte `i` (a char boundary) is a space, and its length.
fn space_at(s: &str, i: usize) -> (bool, usize) {
    let c = s.as_bytes()[i];
    if c < 0x80 {
        (c.is_ascii_whitespace() || c == 0x0b, 1)
    } else {
        let ch = s[i..].chars().next().unwrap_or(' ');
        (is_space(ch), ch.len_utf8())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraph_lines_among_many_short_lines() {
        let prose = "Dit is een zin van een paar woorden die samen een alinea vormen. ".repeat(5);
        let short = "Vraag 1\nKort.\nAntwoord 1\nJa.\n1 Een noot\n";
        // Paragraph lines among many short ones: a layout that looks
        // wrapped, lines that are paragraphs.
        let src = format!("{short}{prose}\n{short}{prose}\n{prose}\n{short}");
        let stats = measure_lines(&src, &split_lines(&src));
        assert_eq!(stats.layout, Layout::Wrapped);
        assert!(stats.paragraph_lines);
        // A long URL or a table row of layout text is no paragraph.
        let url = format!("https://example.org/{}", "a-b-c-d/".repeat(40));
        let row = format!("Ierland{}1.765{}1.209", " ".repeat(120), " ".repeat(120));
        for long in [url, row] {
            let src = format!("{short}{long}\n{short}{long}\n{long}\n{short}");
            assert!(
                !measure_lines(&src, &split_lines(&src)).paragraph_lines,
                "{long}"
            );
        }
    }

    #[test]
    fn subscripts_only_of_formulas() {
        let apart = |t: &str| subscript_space(t, t.find(' ').unwrap());
        for t in [
            "CO 2-buis",
            "CO 2",
            "NO 2,",
            "CH 4.",
            "NH 3-emissie",
            "N 2O",
        ] {
            assert!(apart(t), "{t}");
        }
        for t in [
            "ISO 27001",
            "CO 2024",
            "CO 2e",
            "fase 2",
            "CAO 2024",
            "ECO 2",
            "CO 23",
            "N 2",
        ] {
            assert!(!apart(t), "{t}");
        }
        assert!(subscript("voorCO", "2-afbouw"));
        assert!(!subscript("ECO", "2"));
        assert!(!subscript("CO", "23 ton"));
    }

    #[test]
    fn link_markup_is_the_markup_around_a_url() {
        let markup = |t: &str, url: &str| {
            let at = t.find(url).unwrap();
            link_markup(t.as_bytes(), &(at..at + url.len())).map(|l| {
                let mut kept = String::new();
                let mut from = 0;
                for (s, e) in l.ranges {
                    kept.push_str(&t[from..s]);
                    from = e;
                }
                kept.push_str(&t[from..]);
                (kept, l.glued.is_some())
            })
        };
        let x = "http://x.nl/a";
        let of = |s: &str| Some((s.to_string(), false));
        assert_eq!(
            markup(&format!("zie [dit artikel]({x}) en"), x),
            of("zie dit artikel en")
        );
        assert_eq!(
            markup(&format!("zie `dit\nartikel <{x}>`__ en"), x),
            of("zie dit\nartikel en")
        );
        assert_eq!(
            markup(&format!("zie `dit artikel <{x}>`_."), x),
            of("zie dit artikel.")
        );
        assert_eq!(markup(&format!("zie <{x}>."), x), of(&format!("zie {x}.")));
        // A URL as the text, broken after a hyphen at the line end.
        assert_eq!(
            markup(&format!("[www.x.nl/a-]({x}-)\nb"), &format!("{x}-")),
            Some(("www.x.nl/a-\nb".to_string(), true))
        );
        // An image, an escaped bracket, text in another paragraph, a bare URL.
        assert_eq!(markup(&format!("![plaatje]({x})"), x), None);
        assert_eq!(markup(&format!("\\[a]({x})"), x), None);
        assert_eq!(markup(&format!("[a\n\nb]({x})"), x), None);
        assert_eq!(markup(&format!("zie {x}."), x), None);
    }

    #[test]
    fn collapses_every_space() {
        assert_eq!(
            collapse_ws("  a\t\u{a0}b\n\x0bc \u{2003}d\u{feff} "),
            "a b c d"
        );
        assert_eq!(collapse_ws("één  twee"), "één twee");
        assert_eq!(collapse_ws(" \n "), "");
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(4000))]
        #[test]
        fn collapse_borrows_exactly_when_nothing_changes(chars in proptest::collection::vec(
            proptest::sample::select(vec![' ', ' ', '\t', '\n', '\r', '\x0b', 'a', 'b', 'é', '\u{a0}', '\u{2003}', '\u{feff}', '\u{85}']),
            0..12,
        )) {
            let s: String = chars.into_iter().collect();
            let got = collapse_ws(&s);
            let want = collapse_owned(&s);
            proptest::prop_assert_eq!(&*got, want.as_str());
            proptest::prop_assert_eq!(matches!(got, Cow::Borrowed(_)), want == s);
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(4000))]
        /// Walking only the spots that [`Dirt::find`] marks writes what a
        /// walk over every byte writes.
        #[test]
        fn push_clean_by_spots_is_the_full_walk(
            pieces in proptest::collection::vec(proptest::sample::select(vec![
                "a", "ab", "B", "O", "2", " ", "  ", "\t", ".", ",", "-", "- ", "_", "**", "*",
                "\\", "\\*", "(cid:129)", "\u{a0}", "\u{ad}", "\u{81}", "\u{b8}", "\u{2d9}",
                "\u{327}", "\u{301}", "\u{f0b7}", "\u{fffe}", "é", "(", "»", "en", "of",
            ]), 0..14),
            wrapped in proptest::bool::ANY,
        ) {
            let t: String = pieces.concat();
            let layout = if wrapped { Layout::Wrapped } else { Layout::Paragraphs };
            let dirt = Dirt::find(&t, layout);
            let places = |spots| Places { at: 0, spots, markup: &[] };
            let (mut by_spots, mut walked) = (String::new(), String::new());
            push_clean(&mut by_spots, &t, layout, places(Some(dirt.spots_within(0, t.len()))));
            push_clean(&mut walked, &t, layout, places(None));
            proptest::prop_assert_eq!(by_spots, walked, "{:?}", t);
        }
    }

    /// A quotation left open at a line end goes on over it.
    #[test]
    fn a_quotation_goes_on_over_the_line() {
        assert!(in_quotation(
            "«De politie bewaart alles, van iedereen.",
            "Dat is zo»"
        ));
        assert!(in_quotation("zij schreef: “Ik ga.", "Nu”"));
        assert!(!in_quotation("«Het bericht» is gelezen.", "Dat klopt."));
        assert!(!in_quotation("«De politie bewaart alles.", "dat klopt"));
        assert!(continues("(UN doc.", "A/77/328"));
        assert!(!continues("Zie het verslag.", "A/77/328"));
    }

    /// A note's line breaks are spaces, but before a list item.
    #[test]
    fn a_note_is_one_paragraph() {
        let one = |t: &str| one_paragraph(Cow::Borrowed(t)).into_owned();
        assert_eq!(
            one("Energeia, «RWE hoopt op waterstof uit afval».\n(https://energeia.nl/rwe/)"),
            "Energeia, «RWE hoopt op waterstof uit afval». (https://energeia.nl/rwe/)"
        );
        assert_eq!(one("peildatum:\n\n30-09-2024."), "peildatum: 30-09-2024.");
        assert_eq!(
            one("Zie:\n• de wet;\n– de regeling."),
            "Zie:\n• de wet;\n– de regeling."
        );
        assert!(matches!(
            one_paragraph(Cow::Borrowed("Eén regel.")),
            Cow::Borrowed(_)
        ));
    }

    /// The line splitter as a single search for the three line ends.
    fn split_lines_by_memchr(src: &str) -> Vec<Line> {
        let bytes = src.as_bytes();
        let mut lines = Vec::new();
        let mut start = 0;
        for i in memchr::memchr3_iter(b'\n', b'\r', b'\x0c', bytes) {
            if i < start {
                continue;
            }
            lines.push(if i == start {
                Line::new(i, i)
            } else {
                trim(src, start, i)
            });
            start = if bytes[i] == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
                i + 2
            } else {
                i + 1
            };
        }
        if start < bytes.len() {
            lines.push(trim(src, start, bytes.len()));
        }
        lines
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(4000))]
        #[test]
        fn split_lines_finds_every_line_end(chars in proptest::collection::vec(
            proptest::sample::select(vec![
                'a', 'b', ' ', '\n', '\r', '\x0c', '\t', '\x0b', '\x00', '\x0d', '\x0e', '\x7f',
                'é', '\u{a0}', '\u{feff}', '\u{2003}', '\u{8a}', '\u{10d}', '\u{2028}',
            ]),
            0..40,
        )) {
            let s: String = chars.into_iter().collect();
            proptest::prop_assert_eq!(split_lines(&s), split_lines_by_memchr(&s));
        }
    }

    /// [`Words::phrase`] as it was: the words of the phrase split off and
    /// compared one by one.
    fn phrase_by_words(t: &str, p: &str) -> Option<usize> {
        let mut w = Words(t);
        for (k, word) in p.split(' ').enumerate() {
            if (k > 0 && !w.space()) || !w.lit(word) {
                return None;
            }
        }
        Some(t.len() - w.0.len())
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(4000))]
        #[test]
        fn phrase_reads_words_and_spaces(
            text in proptest::collection::vec(proptest::sample::select(vec![
                "de", "d", "e", " ", "  ", "\t", "\n", "\u{a0}", "\u{2003}", "é", "\u{e9}e", "x",
            ]), 0..8),
            phrase in proptest::sample::select(vec![
                "de", "de e", "d e", " de", "de ", "de  e", "é", "é de", "de é", "", " ", "x d",
            ]),
        ) {
            let t: String = text.concat();
            let mut w = Words(&t);
            let got = w.phrase(phrase).then(|| t.len() - w.0.len());
            proptest::prop_assert_eq!(got, phrase_by_words(&t, phrase));
        }
    }

    /// A number opens a list item only where a sentence or a clause ends,
    /// or the list goes on.
    #[test]
    fn a_list_number_opens_an_item_only_where_a_sentence_ends() {
        use super::{ItemMark, numbered_item};
        let none = ItemMark::None;
        assert!(numbered_item(
            "drie hoofdadviezen:",
            "1. De Gezondheidsraad",
            none
        ));
        assert!(numbered_item(
            "te herkennen.",
            "2) Specifieke adviezen",
            none
        ));
        assert!(numbered_item("te herkennen.", "2.", none));
        assert!(numbered_item("in het NPCE zijn:", "- In 2030 koopt", none));
        // The next number of a list, or a dash under a numbered heading.
        assert!(numbered_item(
            "3. Levensduurverlenging en",
            "4. Hoogwaardige",
            ItemMark::Number(3)
        ));
        assert!(numbered_item(
            "2: Substitutie",
            "- We zetten in",
            ItemMark::Number(2)
        ));
        assert!(!numbered_item(
            "3. Levensduurverlenging en",
            "5. Hoogwaardige",
            ItemMark::Number(3)
        ));
        // Inside a sentence, or after a word that takes the number.
        assert!(!numbered_item("het antwoord op", "2. De minister", none));
        assert!(!numbered_item("Kamerstuk 36 095, nr.", "5. Daarin", none));
        assert!(numbered_item("het volgende aan:", "1. De Kamer", none));
        // No list mark: a number that a sentence goes on with, a decimal,
        // a small letter, a dash before a small letter.
        assert!(!numbered_item("in totaal.", "3 aan aardgas", none));
        assert!(!numbered_item("in totaal.", "3.5 procent", none));
        assert!(!numbered_item("in totaal.", "3. en verder", none));
        assert!(!numbered_item("in totaal.", "- een groot deel", none));
        assert!(!numbered_item("in totaal.", "123. De", none));
        // An en dash: with a capital as "- ", with a small letter after a
        // colon or a dash item only.
        assert!(numbered_item(
            "worden opgenomen:",
            "– woningzoekenden die",
            none
        ));
        assert!(numbered_item(
            "hebben verlaten en",
            "– woningzoekenden die",
            ItemMark::Dash
        ));
        assert!(!numbered_item(
            "hebben verlaten en",
            "– woningzoekenden die",
            none
        ));
        assert!(!numbered_item(
            "is vastgesteld.",
            "– die sinds 2020 geldt",
            none
        ));
        assert!(numbered_item("is vastgesteld.", "– De regeling", none));
    }

    /// The Symbol font's bullet as pdftotext prints it (U+F0B7, the list of
    /// the npce letter's annex) is "•", as the other bullet glyphs are;
    /// another character of the private use area stays as printed.
    #[test]
    fn symbol_bullet_is_one_form() {
        assert_eq!(
            clean_glyphs("\u{f0b7} Circulair uitvoeren".into()),
            "• Circulair uitvoeren"
        );
        assert_eq!(clean_glyphs("\u{f0a7} x".into()), "\u{f0a7} x");
        let src = "geen middelen:\n\u{f0b7} Circulair uitvoeren\n";
        let dirt = Dirt::find(src, Layout::Wrapped);
        assert!(dirt.within(15, 18));
        assert!(!dirt.within(0, 14));
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(4000))]
        #[test]
        fn dirt_found_in_one_search_as_in_many(
            parts in proptest::collection::vec(proptest::sample::select(vec![
                "a", "b", "x", "de", " ", "  ", "\t", "*", "_", ":", ".", ",", "-", "\n",
                "(cid:129)", "(cid", "\u{a0}", "\u{ad}", "\u{81}", "\u{b8}", "\u{2c7}", "\u{301}",
                "\u{f0b7}", "\u{f0a7}", "\u{feff}", "\u{fffe}",
                "\u{327}", "é", "»", "zorg", "en", "sys", "teem", "http://", " -",
            ]), 0..60),
            paragraphs in proptest::bool::ANY,
        ) {
            let t: String = parts.concat();
            let layout = if paragraphs { Layout::Paragraphs } else { Layout::Wrapped };
            proptest::prop_assert_eq!(
                Dirt::find(&t, layout).0,
                Dirt::find_by_passes(&t, layout).0
            );
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(4000))]
        /// The lean join of plain wrapped lines gives what the general
        /// rules give, wherever it answers: line-end hyphens, lines opening
        /// with punctuation or a non-ASCII character, blank lines, skipped
        /// lines (a page break) and URLs broken over a line.
        #[test]
        fn plain_wrapped_join_as_the_general_rules(
            parts in proptest::collection::vec(proptest::sample::select(vec![
                "a", "b", "de", " ", "-", ".", ",", "?", "!", ";", ":", "\n", "\n", "\n", "\n\n",
                "\n \n", "\r\n", "Zorg", "«", "é", "en", "http://x.nl/a", "\u{a0}",
            ]), 0..40),
            skip in proptest::collection::vec(proptest::bool::weighted(0.2), 40),
        ) {
            let t: String = parts.concat();
            let all = split_lines(&t);
            // Some lines are left out, as noise and notes are.
            let lines: Vec<Line> = all
                .iter()
                .zip(skip.iter().cycle())
                .filter(|(_, skip)| !**skip)
                .map(|(l, _)| *l)
                .collect();
            let urls: Vec<std::ops::Range<usize>> = memchr::memmem::find_iter(t.as_bytes(), "http")
                .map(|at| at..t[at..].find([' ', '\r']).map_or(t.len(), |e| at + e))
                .collect();
            let mut dirt = Dirt::find(&t, Layout::Wrapped);
            let stats = LineStats { layout: Layout::Wrapped, wrap: 0, measure: 0, markdown: false, paragraph_lines: false, one_width: false, joined_lines: false };
            dirt.spelling(&t, &all, stats, false, &urls);
            let cuts = Cuts::default();
            let j = Joiner { src: &t, cuts: &cuts, layout: Layout::Wrapped, dirt: &dirt, wrap: 0, measure: 0, joined_lines: false };
            let from = lines.iter().map(|l| l.start()).min().unwrap_or(0);
            let to = lines.iter().map(|l| l.end()).max().unwrap_or(0);
            let cap: usize = lines.iter().map(|l| l.end() - l.start() + 1).sum();
            if from < to && dirt.within(from, to) {
                return Ok(());
            }
            if let Some(lean) = j.join_plain_wrapped(&lines, cap) {
                proptest::prop_assert_eq!(lean, j.join_lines(&lines, cap, from, true, true));
            }
        }
    }

    /// [`trim`] as it was: by chars only.
    fn trim_by_chars(src: &str, start: usize, end: usize) -> Line {
        let s = &src[start..end];
        let t = s.trim_start_matches(is_space);
        let st = start + (s.len() - t.len());
        Line::new(st, st + t.trim_end_matches(is_space).len())
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(4000))]
        #[test]
        fn trim_and_after_spaces_read_bytes_as_chars(
            parts in proptest::collection::vec(proptest::sample::select(vec![
                "a", " ", "\t", "\n", "\r", "\x0b", "\x0c", "\x00", "\x1f", "\u{a0}", "\u{feff}",
                "\u{200b}", "\u{2003}", "\u{85}", "é", "»",
            ]), 0..12),
        ) {
            let t: String = parts.concat();
            for (i, _) in t.char_indices().chain([(t.len(), ' ')]) {
                proptest::prop_assert_eq!(trim(&t, i, t.len()), trim_by_chars(&t, i, t.len()));
                proptest::prop_assert_eq!(trim(&t, 0, i), trim_by_chars(&t, 0, i));
                proptest::prop_assert_eq!(
                    after_spaces(&t, i),
                    t.len() - t[i..].trim_start_matches(char::is_whitespace).len()
                );
            }
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(3000))]
        #[test]
        fn flat_groups_follow_from_the_match(
            parts in proptest::collection::vec(proptest::sample::select(vec![
                "Vraag", "Vragen", "Antwoord", " ", "\u{a0}", "1", "12", "3", ",", " en", ".", "?",
                "»", "”", ")", "Ja", "K", "«", "van", "het", "lid", "Tweede", "Kamer,",
                "vergaderjaar", "2024", "kv-tk-1", "Mededeling", "Zie", "ook", "Aanhangsel", "de",
                "leden",
            ]), 0..30),
        ) {
            let t: String = parts.concat();
            let labels: Vec<(usize, usize)> = FLAT_LABEL
                .captures_iter(&t)
                .filter_map(|c| c.get(1).or_else(|| c.get(2)))
                .map(|g| (g.start(), g.end()))
                .collect();
            let notes: Vec<usize> = FLAT_NOTE
                .captures_iter(&t)
                .filter_map(|c| c.get(1))
                .map(|g| g.start())
                .collect();
            proptest::prop_assert_eq!(flat_labels(&t), labels);
            proptest::prop_assert_eq!(flat_notes(&t), notes);
        }

        #[test]
        fn collapsed_exactly_without_spaces_to_collapse(chars in proptest::collection::vec(
            proptest::sample::select(vec![
                'a', ' ', 'é', '»', '“', '–', '\u{a0}', '\u{85}', '\u{1680}', '\u{2003}', '\u{200b}',
                '\u{202f}', '\u{3000}', '\u{feff}', '\u{fffd}', '\u{e1}', '\t',
            ]),
            0..12,
        )) {
            let s: String = chars.into_iter().collect();
            proptest::prop_assert_eq!(
                has_wide_space(&s),
                s.chars().any(|c| !c.is_ascii() && is_space(c))
            );
        }
    }

    #[test]
    fn line_endings() {
        let src = "a\r\nb\rc\n\x0cd";
        let lines: Vec<&str> = split_lines(src).iter().map(|l| l.text(src)).collect();
        assert_eq!(lines, ["a", "b", "c", "", "d"]);
    }

    #[test]
    fn trims_unicode_space() {
        let src = "\u{feff}\t Datum\u{a0}\n";
        let l = split_lines(src);
        assert_eq!(l[0].text(src), "Datum");
    }

    #[test]
    fn hyphenation() {
        let src =
            "Zorgak-\nkoord en GroenLinks-\nPvdA en Kamerstuk 21 501-\n32 in zorg-\nen welzijn";
        assert_eq!(
            join_plain(src, Layout::Wrapped),
            "Zorgakkoord en GroenLinks-PvdA en Kamerstuk 21 501-32 in zorg- en welzijn"
        );
    }

    #[test]
    fn keywords_are_whole_words_in_any_case() {
        use regex::Regex;
        let cases: [(&[&str], &str); 6] = [
            (&["lid", "leden"], r"(?i)(?-u:\b)(?:lid|leden)(?-u:\b)"),
            (&["op"], r"(?i)(?-u:\b)op(?-u:\b)"),
            (&["zie", "verwijs"], r"(?i)(?-u:\b)(?:zie|verwijs)(?-u:\b)"),
            (&["ingezonden"], r"(?i)(?-u:\b)ingezonden(?-u:\b)"),
            (
                &["vraag", "vragen"],
                r"(?i)(?-u:\b)(?:vraag|vragen)(?-u:\b)",
            ),
            (&["ontvangen"], r"(?i)(?-u:\b)ontvangen(?-u:\b)"),
        ];
        let texts = [
            "het lid en de LEDEN, Lid_ xlid lidstaten Leden.",
            "op 3 mei, OP 4 mei, oop, opp, (op)",
            "Zie vraag 2; verwijs naar ZIE, ziek, verwijst",
            "(ingezonden 3 mei) INGEZONDEN, ingezondenen, z, ingez, ngezonden ingezonden",
            "Vraag 1, vragenlijst VRAGEN vraagvraag vragen. zz vraag",
            "ontvangen ontvangenontvangen (Ontvangen 4 juni) ontvang v",
            "",
        ];
        for (words, pattern) in cases {
            let kw = Keyword::any(words);
            let re = Regex::new(pattern).unwrap();
            for t in texts {
                let ours: Vec<_> = kw.find_iter(t).collect();
                let theirs: Vec<_> = re.find_iter(t).map(|m| m.range()).collect();
                assert_eq!(ours, theirs, "{words:?} in {t:?}");
            }
        }
    }

    #[test]
    fn dirt_is_found_once_and_looked_up_by_range() {
        let src = "a  b\tc d\u{a0}e f   g";
        let d = Dirt::find(src, Layout::Wrapped);
        // "a  b": the two spaces at 1..3.
        assert!(d.within(0, 4) && d.within(1, 3));
        assert!(
            !d.within(0, 2) && !d.within(2, 4),
            "one space of a run is clean"
        );
        assert!(d.within(4, 5), "a tab");
        assert!(!d.within(5, 8));
        assert!(d.within(8, 10), "a no-break space");
        let run = src.find("   ").unwrap();
        assert!(d.within(run + 1, run + 3), "inside a run of three");
        assert!(!d.within(src.len(), src.len()));
    }

    /// `src` joined by the general rules alone: no cuts, no wrap width.
    fn join_plain(src: &str, layout: Layout) -> Cow<'_, str> {
        let cuts = Cuts::default();
        let dirt = Dirt::find(src, Layout::Wrapped);
        let j = Joiner {
            src,
            cuts: &cuts,
            layout,
            dirt: &dirt,
            wrap: 0,
            measure: 0,
            joined_lines: false,
        };
        j.join(&split_lines(src))
    }

    #[test]
    fn a_mark_at_a_line_start_stays_off_the_line_before() {
        // The joiner's separator before the line is no space of the line:
        // the mark stays as printed (taking the letter of the line before
        // cut the joined text short of where the line began).
        for layout in [Layout::Wrapped, Layout::Paragraphs] {
            let src = "Vragen van het lid Kostic\n\u{b4} (PvdD) aan de minister";
            let out = join_plain(src, layout);
            assert!(
                out.contains("Kostic") && out.contains("\u{b4} (PvdD)"),
                "{out}"
            );
        }
        // Within a line the mark set apart by a space goes onto its letter.
        let src = "Vragen van het lid Kostic \u{b4} (PvdD) aan de minister";
        assert_eq!(
            join_plain(src, Layout::Wrapped),
            "Vragen van het lid Kostić (PvdD) aan de minister"
        );
    }

    #[test]
    fn paragraphs_printed_as_joined_are_borrowed() {
        let joined = |src: &str, layout| {
            let out = join_plain(src, layout);
            (out.to_string(), matches!(out, Cow::Borrowed(_)))
        };
        let src = "Eerste alinea.\nTweede.\n\nDerde.";
        assert_eq!(joined(src, Layout::Paragraphs), (src.to_string(), true));
        // Two empty lines become one, trailing spaces go: built, not borrowed.
        assert_eq!(
            joined("A.\n\n\nB.", Layout::Paragraphs),
            ("A.\n\nB.".to_string(), false)
        );
        assert_eq!(
            joined("A. \nB.", Layout::Paragraphs),
            ("A.\nB.".to_string(), false)
        );
        assert_eq!(
            joined("A\r\nB", Layout::Paragraphs),
            ("A\nB".to_string(), false)
        );
        assert_eq!(joined("A\nB", Layout::Wrapped), ("A B".to_string(), false));
    }

    #[test]
    fn cuts_are_left_out() {
        let src = "Ja[footnoteRef:1] nee";
        let lines = split_lines(src);
        let mut cuts = Cuts::default();
        cuts.push(2, 17);
        cuts.finish();
        let j = Joiner {
            src,
            cuts: &cuts,
            layout: Layout::Paragraphs,
            dirt: &Dirt::find(src, Layout::Wrapped),
            wrap: 0,
            measure: 0,
            joined_lines: false,
        };
        assert_eq!(j.join(&lines), "Ja nee");
    }

    /// A line ends its paragraph where it ends a sentence and the next
    /// line's first word would have fitted on it (in nine tenths of the
    /// wrap width), or well short of a full line; not inside a sentence,
    /// nor before a small letter, nor where the word did not fit.
    #[test]
    fn a_line_ends_its_paragraph_where_it_breaks_early() {
        let wrap = Width {
            wrap: 74,
            measure: 0,
            above: 0,
        };
        let line = "bijvoorbeeld industriële automatisering.";
        assert!(ends_paragraph(line, "De volgende acties kunnen", wrap));
        assert!(!ends_paragraph(line, "de volgende acties", wrap));
        assert!(!ends_paragraph(
            "bijvoorbeeld industriële automatisering",
            "De",
            wrap
        ));
        let full = "met zich meebrengen en de vertrouwelijke digitale communicatie.";
        assert!(ends_paragraph(full, "De", wrap));
        assert!(!ends_paragraph(full, "Cryptografie houdt zich", wrap));
        // A line of one word that fits.
        let line = "met zich meebrengen en de vertrouwelijke communicatie.";
        assert!(ends_paragraph(line, "Ja.", wrap));
        assert!(!ends_paragraph(line, "Verantwoordelijkheid", wrap));
        // Unknown width: no paragraph is made up.
        assert!(!ends_paragraph(
            full,
            "De",
            Width {
                wrap: 0,
                measure: 0,
                above: 0
            }
        ));
        // The line above is a measure of a full line where the median is
        // short: "DNB" would have fitted after a line of 60 bytes below
        // one of 75 (not on nine tenths of the median 70).
        let line = "dat integriteits- en zorgvuldigheidsnormen worden nageleefd.";
        let wrap = Width {
            wrap: 70,
            measure: 0,
            above: 75,
        };
        assert!(ends_paragraph(
            line,
            "DNB hanteert een risicogebaseerde",
            wrap
        ));
        assert!(!ends_paragraph(line, "Toezichthouders", wrap));
        let below_short = Width {
            wrap: 70,
            measure: 0,
            above: 0,
        };
        assert!(!ends_paragraph(
            line,
            "DNB hanteert een risicogebaseerde",
            below_short
        ));
        // A line joined by the extractor (above 1.3 wrap) is no measure.
        let wrap = Width {
            wrap: 70,
            measure: 0,
            above: 150,
        };
        assert!(!ends_paragraph(
            line,
            "DNB hanteert een risicogebaseerde",
            wrap
        ));
    }
    /// Ragged lines of a proportional font end anywhere from about 90% of
    /// the measure to all of it: where the median is some bytes short of
    /// the measure, a line that ends a sentence with room on the measure
    /// for the next word ends its paragraph ("… (WKR)." of 61 bytes below
    /// a line of 72, where full lines run to 80: "Daarnaast" fits).
    #[test]
    fn the_measure_tells_a_paragraph_end_where_the_median_is_short() {
        let line = "vrijstelling is onderdeel van de werkkostenregeling (WKR).";
        let median = Width {
            wrap: 70,
            measure: 0,
            above: 72,
        };
        assert!(!ends_paragraph(line, "Daarnaast kan elke", median));
        let measured = Width {
            measure: 80,
            ..median
        };
        assert!(ends_paragraph(line, "Daarnaast kan elke", measured));
        assert!(!ends_paragraph(line, "Arbeidsomstandighedenwet", measured));
    }

    /// The measure is the 90th percentile of the lines of about the wrap
    /// width: neither a joined line far past it nor a short last line
    /// counts.
    #[test]
    fn the_measure_is_read_from_the_lines_about_the_wrap_width() {
        let mut counts = [0u32; 256];
        // Twenty full lines from 70 to 79 bytes, two each.
        counts[70..80].fill(2);
        // Short lines and joined lines are no measure.
        counts[20] = 30;
        counts[150] = 5;
        assert_eq!(measure(&counts, 74), 79);
        counts[78] = 0;
        counts[79] = 0;
        assert_eq!(measure(&counts, 74), 77);
        assert_eq!(measure(&counts, 0), 0);
        assert_eq!(measure(&[0; 256], 74), 0);
    }
}
