//! Splitting the text into questions and answers.
//!
//! Three layouts cover what ministries and the Kamer print:
//!
//! * **Labelled**: "Vraag 1" / "Antwoord 1", with every variant of the
//!   answer label ("Antwoord op vraag 1:", "Antwoord op vragen 2 en 3",
//!   "Antwoord vraag 4-7:", "Antwoorden op vraag 3, 4, 5, 9 en 10", a bare
//!   "Antwoord" that answers the question before it).
//! * **Numbered**: questions numbered "1." / "1)" / a bare "1" line, answers
//!   either labelled "Antwoord …" or printed right after the question
//!   without a label.
//! * **Unnumbered**: written questions as separate paragraphs without
//!   numbers; they are numbered 1, 2, 3 in order.
//!
//! A block runs from its label to the next label; page furniture and notes
//! were tagged by earlier passes and are left out.

use std::borrow::Cow;

use once_cell::sync::Lazy;
use regex::Regex;

use crate::model::{Answer, Question};
use crate::noise::Tag;
use crate::numbers::{number_list, number_list_len, parse_number_list};
use crate::span::Span;
use crate::text::{Joiner, Line, after_spaces, starts_with_ci};
use std::ops::Range;

/// A pointer to other questions ("zie het antwoord op vraag 2", "verwijs ik
/// u naar vragen 3 en 4"), the numbers in its capture group. The parser
/// runs it anchored ([`REFERS_OPENING`]) at the words it can open with; the
/// tests run it unanchored, as the oracle of that search.
const REFERS: &str = r"(?i)(?-u:\b)(?:zie|verwijs\s+ik\s+(?:u\s+)?naar|verwezen\s+naar)(?-u:\b)[^.?!]{0,60}?(?-u:\b)(?:vraag|vragen)\s+((?:[0-9]{1,3}[a-z]?|één|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf)(?:\s*(?:,|en|t/m|tot\s+en\s+met|-|–)\s*(?:[0-9]{1,3}[a-z]?|twee|drie|vier|vijf|zes|zeven|acht|negen|tien))*)";

/// [`REFERS`] where it opens the text.
static REFERS_OPENING: Lazy<Regex> =
    Lazy::new(|| Regex::new(&format!("^(?:{REFERS})")).expect("refers opening"));

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum BlockKind {
    Question,
    Answer,
}

/// Question numbers as printed, borrowed from the text where they read as
/// printed (see [`number_list`]).
type Numbers<'a> = Vec<Cow<'a, str>>;

#[derive(Debug)]
struct Block<'a> {
    kind: BlockKind,
    numbers: Numbers<'a>,
    /// The label's bytes (empty where it was not printed).
    label: Line,
    /// Its lines: a range of [`Blocks::lines`], 32-bit like the offsets in
    /// a [`Line`] (a block is one of the larger records of a parse).
    lines: Range<u32>,
    /// The label was not printed; the block was recovered (see [`lost_question`]).
    recovered: bool,
}

impl Block<'_> {
    fn lines(&self) -> Range<usize> {
        self.lines.start as usize..self.lines.end as usize
    }
}

/// A line number, an index into [`Blocks::lines`] or an offset in a line,
/// as 32 bits: none exceeds the input's length, which the parser keeps
/// within 32 bits.
fn to_u32(i: usize) -> u32 {
    u32::try_from(i).unwrap_or(u32::MAX)
}

/// The blocks of a document as they are read. Lines are only ever added to
/// the newest block (or split off its end into a new one), so all blocks
/// share one vector of lines and each owns a contiguous range of it: one
/// allocation for the document instead of one per block.
#[derive(Debug, Default)]
struct Blocks<'a> {
    list: Vec<Block<'a>>,
    lines: Vec<Line>,
}

impl<'a> Blocks<'a> {
    fn with_capacity(lines: usize) -> Blocks<'a> {
        Blocks {
            list: Vec::new(),
            lines: Vec::with_capacity(lines),
        }
    }

    /// Starts a block at a label line: the label is the first `rest` bytes
    /// of `line`, and the text after it is the block's first line.
    fn open(&mut self, kind: BlockKind, numbers: Numbers<'a>, line: Line, rest: usize) {
        let at = to_u32(self.lines.len());
        self.list.push(Block {
            kind,
            numbers,
            label: Line::new(line.start(), line.start() + rest),
            lines: at..at,
            recovered: false,
        });
        if line.start() + rest < line.end() {
            self.push(line.skip(rest));
        }
    }

    /// Starts a block with no printed label, made of the lines in `range`
    /// (which must end the shared vector: the tail of the newest block, or
    /// loose lines) and whatever is pushed after.
    fn open_unlabelled(&mut self, kind: BlockKind, numbers: Numbers<'a>, range: Range<usize>) {
        let at = self.lines.get(range.start).map_or(0, |l| l.start());
        debug_assert_eq!(range.end, self.lines.len());
        self.list.push(Block {
            kind,
            numbers,
            label: Line::new(at, at),
            lines: to_u32(range.start)..to_u32(range.end),
            recovered: false,
        });
    }

    /// Starts a block with no printed label at byte `at`.
    fn open_at(&mut self, kind: BlockKind, numbers: Numbers<'a>, at: usize) {
        let end = to_u32(self.lines.len());
        self.list.push(Block {
            kind,
            numbers,
            label: Line::new(at, at),
            lines: end..end,
            recovered: false,
        });
    }

    /// Adds a line to the newest block; nothing without one.
    fn push(&mut self, line: Line) {
        if let Some(b) = self.list.last_mut() {
            self.lines.push(line);
            b.lines.end = to_u32(self.lines.len());
        }
    }

    /// Adds a line that belongs to no block yet (it is taken by the next
    /// [`Blocks::open_unlabelled`]).
    fn push_loose(&mut self, line: Line) {
        self.lines.push(line);
    }

    /// The newest block.
    fn newest(&self) -> Option<&Block<'a>> {
        self.list.last()
    }

    /// The lines of the newest block (none without one).
    fn newest_lines(&self) -> &[Line] {
        self.list.last().map_or(&[], |b| &self.lines[b.lines()])
    }

    /// Cuts the newest block after its first `k` lines; returns the range
    /// of the lines cut off.
    fn split_newest(&mut self, k: usize) -> Range<usize> {
        let end = self.lines.len();
        match self.list.last_mut() {
            Some(b) => {
                let cut = (b.lines().start + k).min(b.lines().end);
                b.lines.end = to_u32(cut);
                cut..end
            }
            None => end..end,
        }
    }
}

/// The labels of the lines, kept sparse: most lines have none.
struct Labels<'a> {
    /// The labels in line order, each with its line: a line's label is
    /// found by binary search, without a table over all lines.
    items: Vec<(u32, Label<'a>)>,
}

impl<'a> Labels<'a> {
    /// The labels on `candidates`, the lines that open like one (see
    /// [`opens_like_label`]), in order.
    fn read(src: &'a str, lines: &[Line], tags: &[Tag], candidates: &[u32]) -> Labels<'a> {
        let mut items = Vec::with_capacity(candidates.len());
        for &i in candidates {
            let i = i as usize;
            if tags[i] != Tag::Content {
                continue;
            }
            if let Some(l) = read_label(lines[i].text(src)) {
                items.push((to_u32(i), l));
            }
        }
        debug_assert!(items.windows(2).all(|w| w[0].0 < w[1].0));
        Labels { items }
    }

    /// The first line with a label.
    fn first_line(&self) -> Option<usize> {
        self.items.first().map(|(i, _)| *i as usize)
    }

    /// The index in `items` of line `i`'s label.
    fn index_of(&self, i: usize) -> Option<usize> {
        self.items
            .binary_search_by_key(&i, |(line, _)| *line as usize)
            .ok()
    }

    fn get(&self, i: usize) -> Option<&Label<'a>> {
        self.index_of(i).map(|k| &self.items[k].1)
    }

    fn any(&self, kind: BlockKind) -> bool {
        self.items.iter().any(|(_, l)| l.kind == kind)
    }
}

/// A label read from the start of a line.
struct Label<'a> {
    kind: BlockKind,
    numbers: Numbers<'a>,
    /// Byte offset in the line where the text after the label starts
    /// (32-bit, as in a [`Line`]: labels are kept for every candidate line).
    rest: u32,
}

/// Whether `t` starts with a question or answer label ("Vraag 2",
/// "Antwoord op vragen 2 en 3:", "Antwoord"). Read as [`read_label`]
/// reads it, without making the numbers: other passes ask this of many
/// lines.
#[inline]
pub(crate) fn is_label(t: &str) -> bool {
    may_open_label(t) && label_parts(t, false).is_some()
}

/// Whether `t` opens like a question or answer label. Asked of every line:
/// the first byte, which tells most, is tested where it is asked.
#[inline]
pub(crate) fn opens_like_label(t: &str) -> bool {
    may_open_label(t) && label_opening(t) != (false, false)
}

/// Whether `t` starts with a byte a label can start with.
#[inline]
fn may_open_label(t: &str) -> bool {
    may_open_label_byte(t.as_bytes().first().copied())
}

/// Whether a line that opens with `first` (none: an empty line) may open
/// with a label: [`is_label`] is false for every other line.
#[inline]
pub(crate) fn may_open_label_byte(first: Option<u8>) -> bool {
    matches!(first, Some(b'V' | b'v' | b'A' | b'a' | b'*'))
}

/// Whether `t` opens like a question label and like an answer label:
/// "Vra…", "Antw…" (any case) or Markdown bold.
fn label_opening(t: &str) -> (bool, bool) {
    // Most lines open with another byte, told at once.
    if !may_open_label(t) {
        return (false, false);
    }
    // The first four bytes as one number (zeros past the end), each
    // letter in small case by its 0x20 bit: for the letters compared, the
    // same as `eq_ignore_ascii_case`.
    let b = t.as_bytes();
    let n = b.len().min(4);
    let word = u32::from_le_bytes(std::array::from_fn(|k| b.get(k).copied().unwrap_or(0)));
    let bold = word & 0xFFFF == u32::from_le_bytes(*b"**\0\0");
    let small = word | 0x2020_2020;
    let may_ask = bold || n >= 3 && small & 0x00FF_FFFF == u32::from_le_bytes(*b"vra\0");
    (
        may_ask,
        bold || n == 4 && small == u32::from_le_bytes(*b"antw"),
    )
}

fn read_label(t: &str) -> Option<Label<'_>> {
    let (kind, numbers, rest) = label_parts(t, true)?;
    Some(Label {
        kind,
        numbers,
        rest: to_u32(rest),
    })
}

/// The label at the start of `t`: its kind, its numbers (only when
/// `numbers` is set; else none) and where the text after it starts.
fn label_parts(t: &str, numbers: bool) -> Option<(BlockKind, Numbers<'_>, usize)> {
    let (may_ask, may_answer) = label_opening(t);
    // Both heads end on the first digit of the number list when there is one.
    let list = |at: usize| -> Option<(Numbers<'_>, usize)> {
        if numbers {
            number_list(&t[at..])
        } else {
            number_list_len(&t[at..]).map(|len| (Vec::new(), len))
        }
    };
    if may_ask && let Some(end) = question_head(t) {
        let at = end - 1;
        let (numbers, len) = list(at)?;
        let rest = skip_label_tail(t, at + len);
        if !text_may_follow(&t[rest..], &t[at + len..rest]) {
            return None;
        }
        return Some((BlockKind::Question, numbers, rest));
    }
    if may_answer && let Some(end) = answer_head(t) {
        let ends_on_digit = t.as_bytes()[..end].last().is_some_and(u8::is_ascii_digit);
        let (numbers, after) = if ends_on_digit {
            let at = end - 1;
            let (n, len) = list(at)?;
            (n, at + len)
        } else if t.starts_with("Antwoorden") || t.starts_with("ANTWOORDEN") {
            // "Antwoorden" alone heads a section of answers; it answers nothing.
            return None;
        } else {
            (Vec::new(), end)
        };
        let rest = skip_label_tail(t, after);
        let tail = &t[after.min(rest)..rest];
        if !(text_may_follow(&t[rest..], tail) || !ends_on_digit && t[..rest].contains(':')) {
            return None;
        }
        return Some((BlockKind::Answer, numbers, rest));
    }
    None
}

// The label heads are read by hand: they are tried on many lines, and a
// regex call costs more than the few comparisons. As regexes (`\s` is any
// Unicode space):
//
//   question: ^(?:\*\*)?(?:Vraag|Vragen|VRAAG|VRAGEN)(?:\s+nr\.?)?\s+[0-9]
//   answer:   ^(?:\*\*)?(?:Antwoord(?:en)?|ANTWOORD(?:EN)?)(?:\s+op)?
//             (?:\s+(?:de\s+)?(?:vraag|vragen))?
//             (?:\s+(?:nr\.?\s*)?[0-9]|\s*[:.]|\s*\*\*|\s*$)
//
// Each returns where the first match of its regex would end; the unit tests
// check them against the regexes.

/// After `word` at `i`, if it is there.
fn word(t: &str, i: usize, word: &str) -> Option<usize> {
    t.as_bytes()[i..]
        .starts_with(word.as_bytes())
        .then(|| i + word.len())
}

/// After "**" at the start, if it is there.
fn after_bold(t: &str) -> usize {
    if t.starts_with("**") { 2 } else { 0 }
}

fn digit_at(t: &str, i: usize) -> bool {
    t.as_bytes().get(i).is_some_and(u8::is_ascii_digit)
}

/// [`after_spaces`], read a byte at a time while the text is ASCII (as it
/// is around labels): the same as `char::is_whitespace` there.
fn spaces_end(t: &str, mut i: usize) -> usize {
    let b = t.as_bytes();
    while let Some(&c) = b.get(i) {
        match c {
            b' ' | b'\t'..=b'\r' => i += 1,
            0x80.. => return after_spaces(t, i),
            _ => break,
        }
    }
    i
}

/// "Vraag 1", "Vragen nr. 2": the end of the head, just after the first digit.
fn question_head(t: &str) -> Option<usize> {
    let start = after_bold(t);
    let i = match t.as_bytes().get(start..start + 5)? {
        b"Vraag" | b"VRAAG" => start + 5,
        b"Vrage" => word(t, start, "Vragen")?,
        b"VRAGE" => word(t, start, "VRAGEN")?,
        _ => return None,
    };
    let j = spaces_end(t, i);
    if j == i {
        return None;
    }
    // "nr." before the number.
    if let Some(k) = word(t, j, "nr") {
        let k = word(t, k, ".").unwrap_or(k);
        let m = spaces_end(t, k);
        if m > k && digit_at(t, m) {
            return Some(m + 1);
        }
    }
    digit_at(t, j).then_some(j + 1)
}

/// "Antwoord", "Antwoord op vraag 3", "Antwoorden op de vragen 1 en 2:":
/// the end of the head (just after the first digit when there is one).
fn answer_head(t: &str) -> Option<usize> {
    let start = after_bold(t);
    let (i, plural) = match t.as_bytes().get(start..start + 8)? {
        b"Antwoord" => (start + 8, "en"),
        b"ANTWOORD" => (start + 8, "EN"),
        _ => return None,
    };
    // "Antwoorden" before "Antwoord", as the regex tries them.
    word(t, i, plural)
        .and_then(|p| after_answer_word(t, p))
        .or_else(|| after_answer_word(t, i))
}

/// The rest of an answer head after its first word ends at `i0`: " op",
/// then " vraag"/" vragen" (maybe after " de"), each tried first with and
/// then without, as the regex backtracks.
fn after_answer_word(t: &str, i0: usize) -> Option<usize> {
    // Most labels are "Antwoord", "Antwoord:" or "Antwoord 3": told at once
    // (each is where the walk below ends).
    match t.as_bytes().get(i0..).unwrap_or_default() {
        [] => return Some(i0),
        [b':' | b'.', ..] => return Some(i0 + 1),
        [b' ', d, ..] if d.is_ascii_digit() => return Some(i0 + 2),
        _ => {}
    }
    let j = spaces_end(t, i0);
    if j > i0
        && let Some(i1) = word(t, j, "op")
        && let Some(end) = after_op(t, i1)
    {
        return Some(end);
    }
    after_op(t, i0)
}

/// [`after_answer_word`] after " op" (or where it could have been) at `i1`.
fn after_op(t: &str, i1: usize) -> Option<usize> {
    let j = spaces_end(t, i1);
    if j > i1 {
        let vraag = |k: usize| word(t, k, "vraag").or_else(|| word(t, k, "vragen"));
        if let Some(k) = word(t, j, "de") {
            let m = spaces_end(t, k);
            if m > k
                && let Some(i2) = vraag(m)
                && let Some(end) = answer_tail(t, i2)
            {
                return Some(end);
            }
        }
        if let Some(i2) = vraag(j)
            && let Some(end) = answer_tail(t, i2)
        {
            return Some(end);
        }
    }
    answer_tail(t, i1)
}

/// What ends an answer head at `i`: a number, ":" or ".", "**", or the end.
fn answer_tail(t: &str, i: usize) -> Option<usize> {
    let j = spaces_end(t, i);
    if j > i {
        if let Some(k) = word(t, j, "nr") {
            let k = spaces_end(t, word(t, k, ".").unwrap_or(k));
            if digit_at(t, k) {
                return Some(k + 1);
            }
        }
        if digit_at(t, j) {
            return Some(j + 1);
        }
    }
    match t.as_bytes().get(j) {
        Some(b':' | b'.') => Some(j + 1),
        Some(b'*') if t[j..].starts_with("**") => Some(j + 2),
        None => Some(j),
        _ => None,
    }
}

/// Skip ":", ".", ")" and "**" after a label.
fn skip_label_tail(t: &str, mut i: usize) -> usize {
    let b = t.as_bytes();
    while i < b.len() && matches!(b[i], b' ' | b'\t' | b':' | b'.' | b')' | b'*') {
        i += 1;
    }
    while i < b.len() && !t.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// A label is a label when nothing follows it, or when the text after it
/// starts like a sentence (or the label ended with a colon); "Vraag 3 gaat
/// over …" is prose.
fn text_may_follow(rest: &str, tail: &str) -> bool {
    let Some(c) = rest.chars().next() else {
        return true;
    };
    tail.contains(':')
        || c.is_uppercase()
        || matches!(c, '«' | '“' | '"' | '‘' | '\'' | '(' | '[')
        || c.is_ascii_digit()
}

/// The questions and answers, and the first line they use.
pub(crate) struct Split<'a> {
    pub questions: Vec<Question<'a>>,
    pub answers: Vec<Answer<'a>>,
    /// The questioner's "Toelichting", printed after the questions.
    pub toelichting: Option<crate::model::Field<'a>>,
    /// First line of the first question, when there is one.
    pub first_line: Option<usize>,
    /// Questions whose label was lost and that were recovered from the text.
    pub recovered: Vec<Span>,
    /// List items printed between a question and its answer that were
    /// taken into the answer (see [`item_apart`]).
    pub moved: Vec<Span>,
}

/// What the caller knows about the document.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Context<'p> {
    /// The document carries answers (answer heading or letter).
    pub expects_answers: bool,
    /// The document is a set of written questions (question heading, no answer heading).
    pub questions_only: bool,
    /// The document has a kamervragen heading, so a single numbered
    /// question is believable.
    pub has_heading: bool,
    /// The line after the heading: unnumbered questions start there.
    pub heading_end: usize,
    /// Lines that end a printed page (page footers, Markdown page rules).
    pub page_ends: &'p [usize],
    /// Lines that open like a label (see [`opens_like_label`]).
    pub label_lines: &'p [u32],
}

pub(crate) fn split<'a>(
    src: &'a str,
    lines: &[Line],
    tags: &mut [Tag],
    ctx: Context<'_>,
    joiner: &Joiner<'a, '_>,
) -> Split<'a> {
    let mut labels = Labels::read(src, lines, tags, ctx.label_lines);
    let has_q_labels = labels.any(BlockKind::Question);
    let blocks = if has_q_labels {
        labelled(src, lines, tags, &mut labels, ctx.page_ends)
    } else if let Some(b) = numbered(src, lines, tags, &labels, ctx) {
        b
    } else if labels.any(BlockKind::Answer) {
        answer_led(src, lines, tags, &labels)
    } else if ctx.questions_only {
        unnumbered(src, lines, tags, ctx.heading_end)
    } else {
        Blocks::default()
    };
    let mut split = build(blocks, lines, joiner);
    split.toelichting = toelichting(
        src,
        lines,
        tags,
        &labels,
        split.first_line.unwrap_or(lines.len()),
        joiner,
    );
    split
}

/// The "Toelichting" after the questions: from its line to the next label.
fn toelichting<'a>(
    src: &str,
    lines: &[Line],
    tags: &[Tag],
    labels: &Labels,
    from: usize,
    joiner: &Joiner<'a, '_>,
) -> Option<crate::model::Field<'a>> {
    // The word opens its line: a look at each line's first byte, before
    // its tag, tells most lines apart (a search of the text costs more).
    let b = src.as_bytes();
    let start = from
        + lines
            .get(from..)?
            .iter()
            .zip(&tags[from..])
            .position(|(l, &tag)| {
                b.get(l.start()) == Some(&b'T')
                    && tag == Tag::Content
                    && l.bytes(src).starts_with(b"Toelichting")
            })?;
    let mut body = Vec::new();
    for i in start..lines.len() {
        if i > start && labels.get(i).is_some() {
            break;
        }
        if tags[i] == Tag::Content {
            body.push(lines[i]);
        }
    }
    let span = Span::new(
        lines[start].start(),
        body.last().map_or(lines[start].end(), |l| l.end()),
    );
    // The label on a line of its own is the heading of the text that
    // follows: "Toelichting: Deze vragen …", as where they share a line.
    let label = lines[start].text(src);
    let text = match body.get(1..) {
        Some(rest) if !rest.is_empty() && matches!(label, "Toelichting" | "Toelichting:") => {
            std::borrow::Cow::Owned(format!("{label} {}", joiner.join(rest)))
        }
        _ => joiner.join(&body),
    };
    Some(crate::model::Field { text, span })
}

/// "Vraag N" / "Antwoord N" blocks.
fn labelled<'a>(
    src: &str,
    lines: &[Line],
    tags: &[Tag],
    labels: &mut Labels<'a>,
    page_ends: &[usize],
) -> Blocks<'a> {
    let first = labels.first_line().unwrap_or(lines.len());
    let mut blocks = Blocks::with_capacity(lines.len() - first + 1);
    blocks.list.reserve(labels.items.len());
    // Answers to numbers that no question label before them carries: their
    // question's label may have been lost (see [`lost_question`]). A small
    // set, so that each answer label is checked without a scan.
    let unasked: Vec<bool> = {
        let mut asked = crate::numbers::NumberSet::default();
        labels
            .items
            .iter()
            .map(|(_, l)| match l.kind {
                BlockKind::Question => {
                    for n in &l.numbers {
                        asked.insert(n);
                    }
                    false
                }
                BlockKind::Answer => {
                    !l.numbers.is_empty() && !l.numbers.iter().any(|n| asked.contains(n))
                }
            })
            .collect()
    };
    // The block of the last question label: a bare "Antwoord" answers it.
    let mut last_q: Option<usize> = None;
    let mut started = false;
    // The labels come in line order: the next one is the only one to check.
    // Before the first one there is no block to take a line.
    let mut next = 0;
    for i in first..lines.len() {
        match tags[i] {
            Tag::Content => {}
            Tag::Blank => {
                blocks.push(Line::new(lines[i].start(), lines[i].start()));
                continue;
            }
            _ => continue,
        }
        if labels
            .items
            .get(next)
            .is_some_and(|(line, _)| *line as usize == i)
        {
            let k = next;
            next += 1;
            started = true;
            let l = &mut labels.items[k].1;
            if unasked[k] {
                lost_question(
                    src,
                    lines,
                    page_ends,
                    &mut blocks,
                    &l.numbers,
                    lines[i].start(),
                );
            }
            // The label's numbers move into its block.
            let numbers = match l.kind {
                BlockKind::Question => {
                    last_q = Some(blocks.list.len());
                    std::mem::take(&mut l.numbers)
                }
                BlockKind::Answer if l.numbers.is_empty() => last_q
                    .map(|q| blocks.list[q].numbers.clone())
                    .unwrap_or_default(),
                BlockKind::Answer => std::mem::take(&mut l.numbers),
            };
            blocks.open(l.kind, numbers, lines[i], l.rest as usize);
            continue;
        }
        if !started {
            continue;
        }
        // A "Mededeling" or a questioner's "Toelichting" ends the block:
        // it is not part of the question or answer above it.
        if ends_blocks(lines[i].bytes(src)) {
            started = false;
            continue;
        }
        blocks.push(lines[i]);
    }
    blocks
}

/// A question whose label a conversion lost at a page break (Markdown and
/// PDF texts drop text there): an answer label comes for numbers no question
/// was printed under, while the block before it is an answer to another
/// question that runs over a page break. What follows the last page break,
/// when it asks something, is that question.
fn lost_question<'a>(
    src: &str,
    lines: &[Line],
    page_ends: &[usize],
    blocks: &mut Blocks<'a>,
    numbers: &[Cow<'a, str>],
    at: usize,
) {
    let Some(prev) = blocks.newest() else {
        return;
    };
    if prev.kind != BlockKind::Answer || prev.numbers == numbers {
        return;
    }
    // The last page break before `at` (page ends are in order: a binary
    // search, so that many such labels stay cheap).
    let before = page_ends.partition_point(|&p| lines[p].end() < at);
    let Some(cut) = before
        .checked_sub(1)
        .map(|k| lines[page_ends[k]].end())
        .filter(|&e| e > prev.label.end())
    else {
        return;
    };
    let prev_lines = blocks.newest_lines();
    let Some(k) = prev_lines.iter().position(|l| l.start() > cut) else {
        return;
    };
    let asks = prev_lines[k..].iter().any(|l| l.text(src).contains('?'));
    if !asks {
        return;
    }
    let first = prev_lines[k..]
        .iter()
        .find(|l| !l.is_blank())
        .map_or(cut, |l| l.start());
    let tail = blocks.split_newest(k);
    blocks.list.push(Block {
        kind: BlockKind::Question,
        numbers: numbers.to_vec(),
        label: Line::new(first, first),
        lines: to_u32(tail.start)..to_u32(tail.end),
        recovered: true,
    });
}

/// Questions numbered "1." / "1)" / "1"; answers labelled or following.
fn numbered<'a>(
    src: &'a str,
    lines: &[Line],
    tags: &[Tag],
    labels: &Labels<'a>,
    ctx: Context<'_>,
) -> Option<Blocks<'a>> {
    let has_a_labels = labels.any(BlockKind::Answer);
    // Candidate question starts, in a chain 1, 2, 3, …
    let mut starts: Vec<(usize, u32, usize)> = Vec::new();
    let mut expect = 1u32;
    for i in 0..lines.len() {
        if tags[i] != Tag::Content {
            continue;
        }
        if labels.get(i).is_some_and(|l| l.kind == BlockKind::Answer) {
            continue;
        }
        let t = lines[i].text(src);
        let Some((n, rest)) = numbered_item(t) else {
            continue;
        };
        if n != expect {
            continue;
        }
        // A list inside an answer is not the next question: a question
        // asks something before the next number or answer label.
        let end = (i + 1..lines.len())
            .find(|&j| {
                tags[j] == Tag::Content
                    && (numbered_item(lines[j].text(src)).is_some()
                        || labels.get(j).is_some_and(|l| l.kind == BlockKind::Answer))
            })
            .unwrap_or(lines.len());
        let question_like = paragraph_has_question(src, lines, tags, i, end);
        if !question_like {
            continue;
        }
        starts.push((i, n, rest));
        expect += 1;
    }
    if starts.is_empty() || (starts.len() < 2 && !ctx.has_heading) {
        return None;
    }
    // Questions first, answers later: a second run numbered from 1 after
    // the last question holds the answers.
    let answer_run = if ctx.expects_answers && !has_a_labels {
        second_run(
            src,
            lines,
            tags,
            starts.last().map_or(0, |s| s.0 + 1),
            starts.len(),
        )
    } else {
        None
    };
    let questions_end = answer_run
        .as_ref()
        .map_or(lines.len(), |r| heading_above(src, lines, tags, r[0].0));
    let mut blocks = Blocks::with_capacity(lines.len() - starts[0].0 + 1);
    let blank = |j: usize| Line::new(lines[j].start(), lines[j].start());
    for (k, &(i, n, rest)) in starts.iter().enumerate() {
        let end = starts.get(k + 1).map_or(questions_end, |s| s.0);
        let numbers = vec![item_number(lines[i].text(src), n)];
        blocks.open(BlockKind::Question, numbers.clone(), lines[i], rest);
        // Lines go to the newest block: the question, then its answer.
        let mut question_done = false;
        // A "Toelichting" closes the block: it is a field of its own.
        let mut closed = false;
        for j in i + 1..end {
            match tags[j] {
                Tag::Content => {}
                Tag::Blank => {
                    if !closed && !blocks.newest_lines().is_empty() {
                        blocks.push(blank(j));
                    }
                    continue;
                }
                _ => continue,
            }
            if let Some(l) = labels.get(j).filter(|l| l.kind == BlockKind::Answer) {
                let answered = if l.numbers.is_empty() {
                    numbers.clone()
                } else {
                    l.numbers.clone()
                };
                blocks.open(BlockKind::Answer, answered, lines[j], l.rest as usize);
                question_done = true;
                closed = false;
                continue;
            }
            closed |= ends_blocks(lines[j].bytes(src));
            if closed {
                continue;
            }
            // Unlabelled answer: the question ends with its question mark.
            if !has_a_labels
                && answer_run.is_none()
                && ctx.expects_answers
                && !question_done
                && !blocks.newest_lines().is_empty()
            {
                let so_far = blocks.newest_lines().iter().rev().find(|l| !l.is_blank());
                let ends_q = so_far.is_some_and(|l| ends_with_question(l.text(src)));
                if ends_q {
                    blocks.open_at(BlockKind::Answer, numbers.clone(), lines[j].start());
                    question_done = true;
                }
            }
            blocks.push(lines[j]);
        }
    }
    if let Some(run) = answer_run {
        for (k, &(i, n, rest)) in run.iter().enumerate() {
            let end = run.get(k + 1).map_or(lines.len(), |s| s.0);
            blocks.open(
                BlockKind::Answer,
                vec![item_number(lines[i].text(src), n)],
                lines[i],
                rest,
            );
            let mut closed = false;
            for j in i + 1..end {
                match tags[j] {
                    Tag::Content => {
                        closed |= ends_blocks(lines[j].bytes(src));
                        if !closed {
                            blocks.push(lines[j]);
                        }
                    }
                    Tag::Blank if !closed && !blocks.newest_lines().is_empty() => {
                        blocks.push(blank(j));
                    }
                    _ => {}
                }
            }
        }
    }
    Some(blocks)
}

/// A run of items numbered 1, 2, 3 … from line `from` on, long enough to
/// answer `questions` questions (at least half of them, and two unless
/// there is only one question).
fn second_run(
    src: &str,
    lines: &[Line],
    tags: &[Tag],
    from: usize,
    questions: usize,
) -> Option<Vec<(usize, u32, usize)>> {
    let mut run = Vec::new();
    let mut expect = 1u32;
    for i in from..lines.len() {
        if tags[i] != Tag::Content {
            continue;
        }
        if let Some((n, rest)) = numbered_item(lines[i].text(src))
            && n == expect
        {
            run.push((i, expect, rest));
            expect += 1;
        }
    }
    let enough = run.len() >= (questions / 2).max(2).min(questions) && run.len() <= questions + 1;
    enough.then_some(run)
}

/// The line where the answers part begins: the first answer, or a heading
/// line right above it ("Antwoorden", "Beantwoording").
fn heading_above(src: &str, lines: &[Line], tags: &[Tag], first: usize) -> usize {
    let above = (0..first).rev().find(|&j| tags[j] == Tag::Content);
    match above {
        Some(j)
            if {
                let t = lines[j].text(src).to_lowercase();
                t.starts_with("antwoord") || t.starts_with("beantwoording")
            } =>
        {
            j
        }
        _ => first,
    }
}

/// Unnumbered questions, each followed by an "Antwoord" label: the
/// question is the text before the label, back to the end of the previous
/// answer, which is the last line that closes a sentence without asking.
fn answer_led<'a>(src: &str, lines: &[Line], tags: &[Tag], labels: &Labels<'a>) -> Blocks<'a> {
    let mut blocks = Blocks::with_capacity(lines.len());
    let mut counter = 0u32;
    for i in 0..lines.len() {
        if tags[i] != Tag::Content {
            continue;
        }
        let Some(l) = labels.get(i).filter(|l| l.kind == BlockKind::Answer) else {
            // Before the first answer the lines are loose: the first
            // question takes them.
            if blocks.newest().is_some() {
                blocks.push(lines[i]);
            } else {
                blocks.push_loose(lines[i]);
            }
            continue;
        };
        // The question: trailing lines of the previous answer that ask.
        let question = if blocks.newest().is_some() {
            let prev = blocks.newest_lines();
            let mut k = prev.len();
            while k > 0 {
                let t = prev[k - 1].text(src).trim_end();
                let closes = t.ends_with(['.', '!', ':', ';']);
                if closes && !(k == prev.len() && t.contains('?')) {
                    break;
                }
                k -= 1;
            }
            if k < prev.len() && prev[k..].iter().any(|l| l.text(src).contains('?')) {
                blocks.split_newest(k)
            } else {
                blocks.lines.len()..blocks.lines.len()
            }
        } else {
            0..blocks.lines.len()
        };
        let numbers = if l.numbers.is_empty() {
            counter += 1;
            vec![Cow::Owned(counter.to_string())]
        } else {
            counter = l
                .numbers
                .iter()
                .filter_map(|n| n.parse().ok())
                .max()
                .unwrap_or(counter);
            l.numbers.clone()
        };
        if !question.is_empty() {
            blocks.open_unlabelled(BlockKind::Question, numbers.clone(), question);
        }
        blocks.open(BlockKind::Answer, numbers, lines[i], l.rest as usize);
    }
    blocks
}

/// A numbered item: "1." or "1)" (then text), or a bare "1" line. Returns
/// the number and where the text after it starts.
fn numbered_item(t: &str) -> Option<(u32, usize)> {
    let b = t.as_bytes();
    let digits = b.iter().take(3).take_while(|c| c.is_ascii_digit()).count();
    if digits == 0 || digits > 2 {
        return None;
    }
    let n = t[..digits].parse().ok()?;
    match b.get(digits) {
        None => Some((n, digits)),
        Some(b'.' | b')') => {
            let rest = &t[digits + 1..];
            Some((n, t.len() - rest.trim_start().len()))
        }
        Some(_) if t[digits..].trim().is_empty() => Some((n, t.len())),
        Some(_) => None,
    }
}

/// The number `n` of the item that opens `t` (see [`numbered_item`]):
/// its digits as printed, borrowed, where they read as `n` is written
/// (no leading zero); else `n` written out.
fn item_number(t: &str, n: u32) -> Cow<'_, str> {
    let printed = &t[..t.bytes().take_while(u8::is_ascii_digit).count()];
    if printed.starts_with('0') {
        Cow::Owned(n.to_string())
    } else {
        Cow::Borrowed(printed)
    }
}

/// A line (its bytes) that closes the questions and answers: "Mededeling"
/// alone, or a "Toelichting" by the questioner. Asked of every line of the
/// blocks: the first byte tells most lines apart.
pub(crate) fn ends_blocks(t: &[u8]) -> bool {
    match t.first() {
        Some(b'M') => t == b"Mededeling",
        Some(b'T') => t.starts_with(b"Toelichting"),
        _ => false,
    }
}

fn ends_with_question(t: &str) -> bool {
    let t = t.trim_end_matches(|c: char| {
        c.is_whitespace() || c.is_ascii_digit() || matches!(c, ')' | ']' | '[')
    });
    t.ends_with('?') || t.ends_with("?»") || t.ends_with("?”") || t.ends_with("?'")
}

fn paragraph_has_question(src: &str, lines: &[Line], tags: &[Tag], from: usize, to: usize) -> bool {
    (from..to).any(|j| tags[j] == Tag::Content && lines[j].text(src).contains('?'))
}

/// Written questions printed as paragraphs without numbers.
fn unnumbered<'a>(src: &str, lines: &[Line], tags: &[Tag], from: usize) -> Blocks<'a> {
    let mut blocks = Blocks::with_capacity(lines.len().saturating_sub(from));
    let mut n = 0;
    let mut in_par = false;
    for i in from..lines.len() {
        if tags[i] != Tag::Content {
            if tags[i] == Tag::Blank {
                in_par = false;
            }
            continue;
        }
        if ends_blocks(lines[i].bytes(src)) {
            break;
        }
        if !in_par {
            n += 1;
            blocks.open_at(
                BlockKind::Question,
                vec![Cow::Owned(n.to_string())],
                lines[i].start(),
            );
            in_par = true;
        }
        blocks.push(lines[i]);
    }
    blocks
}

fn build<'a>(blocks: Blocks<'a>, lines: &[Line], joiner: &Joiner<'a, '_>) -> Split<'a> {
    let n_questions = blocks
        .list
        .iter()
        .filter(|b| b.kind == BlockKind::Question)
        .count();
    let mut questions = Vec::with_capacity(n_questions);
    let mut answers = Vec::with_capacity(blocks.list.len() - n_questions);
    let mut recovered = Vec::new();
    // The line that holds the first label: lines are in order and do not
    // overlap, so it is the first that ends at or after the label's start
    // (found by a binary search), if it starts by then.
    let first_line = blocks.list.first().and_then(|b| {
        let at = b.label.start();
        let i = lines.partition_point(|l| l.end().max(l.start()) < at);
        lines.get(i).filter(|l| l.start() <= at).map(|_| i)
    });
    let Blocks { list, lines: arena } = blocks;
    // List items printed apart from their bullets, between a question and
    // its answer: (the question, its lines that stay, its lines that go to
    // the answer, the answer's empty bullet).
    let apart: Vec<(usize, usize, Range<usize>, usize)> = list
        .windows(2)
        .enumerate()
        .filter(|(_, w)| w[0].kind == BlockKind::Question && w[1].kind == BlockKind::Answer)
        .filter_map(|(k, w)| {
            let (q, a) = (w[0].lines(), w[1].lines());
            let (kept, bullet) = item_apart(joiner.src, &arena[q.clone()], &arena[a])?;
            Some((k, kept, q.start + kept..q.end, bullet))
        })
        .collect();
    let mut item: Vec<Line> = Vec::new();
    let mut moved = Vec::new();
    for (k, b) in list.into_iter().enumerate() {
        let mut b_lines = &arena[b.lines()];
        let mut opens = b.label.start();
        if let Some((_, kept, moved_lines, _)) = apart.iter().find(|a| a.0 == k) {
            let taken = &arena[moved_lines.clone()];
            if let (Some(first), Some(last)) =
                (taken.first(), taken.iter().rfind(|l| !l.is_blank()))
            {
                moved.push(Span::new(first.start(), last.end()));
            }
            b_lines = &b_lines[..*kept];
        } else if let Some((_, _, moved, bullet)) = apart.iter().find(|a| a.0 + 1 == k) {
            // The answer: the item after its empty bullet.
            opens = opens.min(arena[moved.start].start());
            item.clear();
            item.extend_from_slice(&b_lines[..=*bullet]);
            item.extend(arena[moved.clone()].iter().filter(|l| !l.is_blank()));
            item.extend_from_slice(&b_lines[bullet + 1..]);
            b_lines = &item;
        }
        let last = b_lines
            .iter()
            .rev()
            .find(|l| !l.is_blank())
            .map_or(b.label.end(), |l| l.end());
        let span = Span::new(opens, last.max(b.label.end()));
        let text = joiner.join(b_lines);
        if b.recovered {
            recovered.push(span);
        }
        match b.kind {
            BlockKind::Question => questions.push(Question {
                numbers: b.numbers,
                text,
                footnotes: Vec::new(),
                span,
            }),
            BlockKind::Answer => {
                let refers_to = refers_to(&text);
                answers.push(Answer {
                    numbers: b.numbers,
                    text,
                    refers_to,
                    footnotes: Vec::new(),
                    span,
                })
            }
        }
    }
    Split {
        questions,
        answers,
        toelichting: None,
        first_line,
        recovered,
        moved,
    }
}

/// pdfminer prints the bullets of a list apart from their items, and may
/// print an item out of place: after the question, before the answer
/// label ("…namens iemand die dat zelf niet kan?" / "(vrijwillig) DigiD
/// Machtigen en" / "Antwoord 3" / "…voorzieningen voor:" / "–" / "–
/// Wettelijk vertegenwoordigen."). A short paragraph after the paragraph
/// that asks, where the answer has a bullet with no item, is that item.
/// Returns the number of the question's lines that stay, and the line of
/// the answer's empty bullet.
fn item_apart(src: &str, question: &[Line], answer: &[Line]) -> Option<(usize, usize)> {
    // Most questions end with what they ask: one look at the last line.
    let end = question.iter().rposition(|l| !l.is_blank())?;
    let short = |l: &Line| {
        let t = l.text(src);
        t.len() <= 100 && !t.trim_end().ends_with(['?', '.', ':'])
    };
    if !short(&question[end]) {
        return None;
    }
    // One or two lines after an empty one.
    let start = (end.saturating_sub(1)..=end)
        .find(|&j| j > 0 && question[j - 1].is_blank() && question[j..end].iter().all(short))?;
    let asked = question[..start].iter().rev().find(|l| !l.is_blank())?;
    if !asked.text(src).trim_end().ends_with('?') {
        return None;
    }
    let bullet = answer.iter().position(|l| {
        let t = l.text(src).trim();
        crate::text::BULLETS.contains(&t) || matches!(t, "–" | "-" | "◦" | "·")
    })?;
    Some((start, bullet))
}

/// The questions an answer points to instead of answering: "Zie het
/// antwoord op vraag 2", "Zie vraag twee", "zie ook de antwoorden op de
/// vragen 1 tot en met 3". Only for answers that are such a pointer: short,
/// or opening with it.
pub(crate) fn refers_to(text: &str) -> Vec<Cow<'static, str>> {
    let short = text.len() < 400;
    // Only a pointer when it says "zie" or "verwijs"/"verwezen" and names a
    // "vraag"; long answers only when they open with it. Each keyword is
    // found by a SIMD search for its rarest letter ("z", "w", "v"); "vraag"
    // is looked for first: most short answers do not name a question, and
    // then the text is searched once instead of three times.
    static ZIE: Lazy<crate::text::Keyword> = Lazy::new(|| crate::text::Keyword::new("zie"));
    static VERWIJS: Lazy<crate::text::Keyword> =
        Lazy::new(|| crate::text::Keyword::any(&["verwijs", "verwezen"]));
    static QUESTION: Lazy<crate::text::Keyword> =
        Lazy::new(|| crate::text::Keyword::any(&["vraag", "vragen"]));
    let may_point = if short {
        QUESTION.find_iter(text).next().is_some()
            && (ZIE.find_iter(text).next().is_some() || VERWIJS.find_iter(text).next().is_some())
    } else {
        starts_with_ci(text, "zie")
            || starts_with_ci(text, "verwijs")
            || starts_with_ci(text, "verwezen")
    };
    if !may_point {
        return Vec::new();
    }
    let mut out: Vec<Cow<'static, str>> = Vec::new();
    // A long answer is only read for a pointer that opens it: the anchored
    // regex finds that one without a search through the rest. Matches are
    // found without capture groups (which cost several times more): the
    // numbers are read from the match's end (see [`pointer_list`]).
    let found: Box<dyn Iterator<Item = &str>> = if short {
        Box::new(pointers_in(text))
    } else {
        Box::new(REFERS_OPENING.find(text).into_iter().map(|m| m.as_str()))
    };
    for m in found {
        if let Some((nums, _)) = parse_number_list(pointer_list(m)) {
            for n in nums {
                if !out.iter().any(|o| *o == n) {
                    out.push(Cow::Owned(n));
                }
            }
        }
    }
    out
}

/// The matches of [`REFERS`] in `text`, in order, found by the anchored
/// [`REFERS_OPENING`] at each word that may open one: a word (at an ASCII
/// word boundary, as the regex's) that starts with "zie" or "verw" in any
/// case. The unanchored search runs a lazy DFA over the whole text, and a
/// reverse one for each match's start; the anchored one starts where a
/// pointer may, and stops within a few bytes where none does. Equal to the
/// regex's matches: each starts with such a word (no other character folds
/// to these letters), and its assertions after the start see the same
/// bytes in the slice as in the text.
fn pointers_in(text: &str) -> impl Iterator<Item = &str> {
    let b = text.as_bytes();
    let mut p = 0;
    std::iter::from_fn(move || {
        while p + 3 <= b.len() {
            let at = p;
            p += 1;
            let opens = match b[at] | 0x20 {
                b'z' => b[at + 1..at + 3].eq_ignore_ascii_case(b"ie"),
                b'v' => b
                    .get(at + 1..at + 4)
                    .is_some_and(|w| w.eq_ignore_ascii_case(b"erw")),
                _ => false,
            };
            if !opens || at > 0 && crate::text::word_byte_at(b, at - 1) {
                continue;
            }
            if let Some(m) = REFERS_OPENING.find(&text[at..]) {
                p = at + m.end();
                return Some(&text[at..p]);
            }
        }
        None
    })
}

/// The numbers of a pointer that [`REFERS`] matched: its capture group,
/// the list after the last "vraag"/"vragen" (any case) and the spaces after
/// it. The list is made of numbers, number words and separators, none of
/// which holds "vra", so the last "vra" of the match is the word the list
/// follows.
fn pointer_list(m: &str) -> &str {
    let b = m.as_bytes();
    let Some(p) = b.windows(3).rposition(|w| w.eq_ignore_ascii_case(b"vra")) else {
        return "";
    };
    // "vraag" or "vragen".
    let word = if b.get(p + 3).is_some_and(|c| c.eq_ignore_ascii_case(&b'a')) {
        5
    } else {
        6
    };
    let at = (p + word).min(b.len());
    &m[after_spaces(m, at)..]
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`REFERS`] unanchored: what the parser's search must find.
    fn refers() -> &'static Regex {
        static RE: Lazy<Regex> = Lazy::new(|| Regex::new(REFERS).expect("refers"));
        &RE
    }

    /// The label heads as regexes, to check the hand-written readers.
    static Q_LABEL: Lazy<Regex> = Lazy::new(|| {
        Regex::new(r"^(?:\*\*)?(?:Vraag|Vragen|VRAAG|VRAGEN)(?:\s+nr\.?)?\s+([0-9])").unwrap()
    });
    static A_LABEL: Lazy<Regex> = Lazy::new(|| {
        Regex::new(r"^(?:\*\*)?(?:Antwoord(?:en)?|ANTWOORD(?:EN)?)(?:\s+op)?(?:\s+(?:de\s+)?(?:vraag|vragen))?(?:\s+(?:nr\.?\s*)?([0-9])|\s*[:.]|\s*\*\*|\s*$)").unwrap()
    });

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(4000))]
        #[test]
        fn label_heads_match_their_regexes(parts in proptest::collection::vec(
            proptest::sample::select(vec![
                "**", "Vraag", "Vragen", "VRAAG", "VRAGEN", "Antwoord", "Antwoorden",
                "ANTWOORD", "ANTWOORDEN", "en", "op", "de", "vraag", "vragen", "nr", "nr.",
                " ", "  ", "\t", "\u{a0}", "\u{2003}", ".", ":", "*", "1", "23", "x", "É",
            ]),
            1..9,
        )) {
            let t: String = parts.concat();
            proptest::prop_assert_eq!(question_head(&t), Q_LABEL.find(&t).map(|m| m.end()), "{:?}", t);
            proptest::prop_assert_eq!(answer_head(&t), A_LABEL.find(&t).map(|m| m.end()), "{:?}", t);
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(4000))]
        /// The opening test on the first four bytes as one number reads as
        /// the byte comparisons it replaces.
        #[test]
        fn label_opening_reads_as_its_byte_comparisons(parts in proptest::collection::vec(
            proptest::sample::select(vec![
                "*", "**", "V", "v", "R", "r", "A", "a", "N", "n", "T", "t", "W", "w", "ra",
                "ntw", "Vra", "Antw", "6", "2", "r\u{0}", "\u{0}", "@", "!", "\u{c1}", "é", " ",
            ]),
            0..5,
        )) {
            let t: String = parts.concat();
            let by_bytes = if !may_open_label(&t) {
                (false, false)
            } else {
                let head = t.as_bytes().get(..4).unwrap_or(t.as_bytes());
                let bold = head.starts_with(b"**");
                let may_ask = bold || head.get(..3).is_some_and(|h| h.eq_ignore_ascii_case(b"vra"));
                (may_ask, bold || head.eq_ignore_ascii_case(b"antw"))
            };
            proptest::prop_assert_eq!(label_opening(&t), by_bytes, "{:?}", t);
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(4000))]
        /// The list read from a pointer's end is the regex's capture group.
        #[test]
        fn pointer_list_is_the_capture_group(parts in proptest::collection::vec(
            proptest::sample::select(vec![
                "Zie ", "zie", "ZIE ", "verwijs ik u naar ", "verwezen naar ", "verwijs ik naar",
                "vraag", "vragen", "Vraag ", "VRAGEN", "vra", "ook ", "het antwoord op ", " ",
                "\u{a0}", "\n", "2", "12", "3a", "1234", "twee", "één", "zeven", "zes", "tien",
                "elf", ", ", " en ", "en", " t/m ", " tot en met ", "-", "–", "x", ".", "?",
                "de ", "vragenlijst ", "K", "\u{212a}", "\u{17f}",
            ]),
            0..14,
        )) {
            let t: String = parts.concat();
            let ours: Vec<&str> = refers().find_iter(&t).map(|m| pointer_list(m.as_str())).collect();
            let theirs: Vec<&str> = refers()
                .captures_iter(&t)
                .map(|c| c.get(1).map_or("", |g| g.as_str()))
                .collect();
            proptest::prop_assert_eq!(ours, theirs, "{:?}", t);
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(4000))]
        /// The pointers found from their opening words are the regex's matches.
        #[test]
        fn pointers_are_the_regex_matches(parts in proptest::collection::vec(
            proptest::sample::select(vec![
                "Zie ", "zie", "ZIE ", "zIe", "verwijs ik u naar ", "verwezen naar ",
                "Verwijs ik naar", "VERW", "verwijſ ik ", "\u{212a}", "vraag", "vragen",
                "Vraag ", "VRAGEN", "vra", "ook ", "het antwoord op ", " ", "\u{a0}", "\n", "2",
                "12", "3a", "1234", "twee", "één", "ÉÉN", "zeven", "zes", "tien", "elf", ", ",
                " en ", "en", " t/m ", " tot en met ", "-", "–", "x", "_", "é", ".", "?", "!",
                "de ", "vragenlijst ", "K", "\u{17f}", "ziezie ", "0",
            ]),
            0..16,
        )) {
            let t: String = parts.concat();
            let ours: Vec<&str> = pointers_in(&t).collect();
            let theirs: Vec<&str> = refers().find_iter(&t).map(|m| m.as_str()).collect();
            proptest::prop_assert_eq!(ours, theirs, "{:?}", t);
        }
    }

    fn label(t: &str) -> Option<(BlockKind, Vec<String>, String)> {
        read_label(t).map(|l| {
            let numbers = l.numbers.into_iter().map(Cow::into_owned).collect();
            (l.kind, numbers, t[l.rest as usize..].to_string())
        })
    }

    #[test]
    fn item_numbers_are_borrowed_where_printed_as_read() {
        // The item, its number, and whether the number is its own digits.
        for (t, n, borrowed) in [
            ("3. Kent u", 3, true),
            ("12) Zo", 12, true),
            ("7", 7, true),
            ("03. Kent u", 3, false),
        ] {
            let (read, _) = numbered_item(t).expect("a numbered item");
            assert_eq!(read, n, "{t:?}");
            let number = item_number(t, read);
            assert_eq!(number, n.to_string(), "{t:?}");
            assert_eq!(matches!(number, Cow::Borrowed(_)), borrowed, "{t:?}");
        }
    }

    #[test]
    fn question_labels() {
        assert_eq!(label("Vraag 1").unwrap().1, ["1"]);
        assert_eq!(label("Vraag 3, 4 en 5").unwrap().1, ["3", "4", "5"]);
        assert_eq!(
            label("Vraag 7, 8, 9 10 en 11").unwrap().1,
            ["7", "8", "9", "10", "11"]
        );
        assert_eq!(label("**Vraag 3**").unwrap().1, ["3"]);
        assert_eq!(
            label("Vraag 1: Bent u bekend?").unwrap().2,
            "Bent u bekend?"
        );
        assert!(label("Vraag 3 gaat over iets anders").is_none());
    }

    #[test]
    fn answer_labels() {
        assert_eq!(label("Antwoord 1").unwrap().1, ["1"]);
        assert_eq!(label("Antwoord op vraag 1:").unwrap().1, ["1"]);
        assert_eq!(
            label("Antwoord op vragen 7, 8, en 9").unwrap().1,
            ["7", "8", "9"]
        );
        assert_eq!(
            label("Antwoord vraag 4-7:").unwrap().1,
            ["4", "5", "6", "7"]
        );
        assert_eq!(
            label("Antwoord vragen 1,2,3,4 en 5").unwrap().1,
            ["1", "2", "3", "4", "5"]
        );
        assert_eq!(
            label("Antwoorden op vraag 3, 4, 5, 9 en 10").unwrap().1,
            ["3", "4", "5", "9", "10"]
        );
        let (k, n, rest) = label("Antwoord: Ja.").unwrap();
        assert_eq!((k, n.len(), rest.as_str()), (BlockKind::Answer, 0, "Ja."));
        assert!(label("Antwoord").unwrap().1.is_empty());
        assert!(label("Antwoorden zijn er niet").is_none());
    }

    #[test]
    fn pointers() {
        assert_eq!(refers_to("Zie vraag twee."), ["2"]);
        assert_eq!(refers_to("Zie het antwoord op vraag 7."), ["7"]);
        assert_eq!(
            refers_to("Zie ook de antwoorden op de vragen 1 tot en met 3."),
            ["1", "2", "3"]
        );
        assert!(refers_to("Ja.").is_empty());
    }

    #[test]
    fn long_answers_point_only_where_they_open() {
        let body = "Het kabinet werkt dit uit in de brief die de Kamer ontvangt. ".repeat(8);
        let opening = format!("Zie het antwoord op vraag 4 en 5. {body}Zie ook vraag 6.");
        assert_eq!(refers_to(&opening), ["4", "5"]);
        let inside = format!("{body}Zie het antwoord op vraag 4.");
        assert!(refers_to(&inside).is_empty());
    }
}
