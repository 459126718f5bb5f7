//! The letter's text as the letter readers see it: its content lines in
//! reading order, each with what it was read as.
//!
//! An item is a content line, or the text of a table cell that an
//! extractor drew over several lines (pandoc's grid tables, see
//! [`crate::forms`]): the lines of one paragraph of a cell, in the cell's
//! reading order.

use std::borrow::Cow;
use std::cell::Cell;

use super::letterhead::Opening;
use crate::forms::Grids;
use crate::noise::Tag;
use crate::span::Span;
use crate::text::{Joiner, Line, collapse_ws, collapse_ws_string};

/// What an item of the letter was read as. Each reader claims the items it
/// reads; what no reader claims is body text or, outside the body, one of
/// the letter's `other_lines`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Part {
    /// Not read as anything yet.
    Free,
    /// A letterhead label or its value.
    Field,
    /// A line of the letterhead or the publication's heading that is none
    /// of the fields (a project name, a contact label, the dossier title):
    /// kept in `other_lines`, never the body.
    Letterhead,
    /// The web page's furniture around a published letter: noise.
    Furniture,
    /// The wrapped end of template boilerplate ("Bij beantwoording … Wilt u
    /// slechts" / "één zaak in uw brief behandelen."): noise, as the
    /// boilerplate's first line is.
    Boilerplate,
    /// The sender's colofon.
    Sender,
    /// The addressee block.
    Recipient,
    /// The salutation.
    Salutation,
    /// The closing formula.
    Closing,
    /// A signature block: roles, names, "mede namens".
    Signature,
    /// A paragraph of the body.
    Body,
    /// The title or a paragraph of the prose annex after the signature.
    Annex,
}

/// One unit of the letter: a content line, or the lines of one paragraph
/// of a table cell.
#[derive(Debug, Clone, Copy)]
pub(super) struct Item {
    /// The first line in the parser's `lines`.
    pub line: u32,
    /// Blank lines come before it, or it starts a table cell.
    pub gap: bool,
    /// How many blank lines come before it (at most 255).
    pub blanks: u8,
    /// What it may open as ([`super::letterhead::opening`]).
    pub opening: Opening,
    /// The table cell it is (part of), in reading order; `NO_CELL` for a
    /// line.
    pub cell: u64,
    /// It starts in lower case right after template boilerplate ("Bij
    /// beantwoording … Wilt u slechts" / "één zaak in uw brief
    /// behandelen."): the boilerplate's wrapped end.
    pub ends_boilerplate: bool,
    /// Its lines: `frags[from..to]` of the sheet.
    from: u32,
    to: u32,
    /// Its text when it has several lines: `joined[text]` of the sheet.
    text: u32,
    /// Its text's byte range when it is one line.
    start: u32,
    end: u32,
}

/// Not in a table cell.
pub(super) const NO_CELL: u64 = u64::MAX;

/// The longest table cell read as one word broken by its column.
const GLUED: usize = 24;

/// No joined text: the item is one line.
const ONE_LINE: u32 = u32::MAX;

/// The content lines of the letter (before the questions), in order, and
/// what each was read as.
pub(super) struct Sheet<'a, 'j> {
    pub src: &'a str,
    pub items: Vec<Item>,
    part: Vec<Cell<Part>>,
    /// The lines of every item.
    frags: Vec<Line>,
    /// The text of the items with several lines, joined by spaces.
    joined: Vec<String>,
    /// The Markdown bold around whole lines ([`unbold`]): markup, no item's.
    pub markup: Vec<Span>,
    pub joiner: &'j Joiner<'a, 'j>,
}

impl<'a, 'j> Sheet<'a, 'j> {
    /// The content lines before line `end`, table cells read as cells,
    /// then those from line `tail` on, where the letterhead stands at the
    /// end of the text ([`super::trailing`]). `letter_lines` are the lines
    /// the noise pass found to open like a letterhead label, salutation or
    /// closing (in order): only those need
    /// [`super::letterhead::head_opening`] asked again.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        src: &'a str,
        lines: &'j [Line],
        tags: &[Tag],
        grids: &Grids,
        end: usize,
        tail: Option<usize>,
        letter_lines: &[u32],
        joiner: &'j Joiner<'a, 'j>,
    ) -> Sheet<'a, 'j> {
        let end = end.min(lines.len());
        let mut sheet = Sheet {
            src,
            items: Vec::with_capacity(end),
            part: Vec::new(),
            frags: Vec::with_capacity(end),
            joined: Vec::new(),
            markup: Vec::new(),
            joiner,
        };
        // Text laid out in columns has lines set far to the right (the
        // right column alone): only then are lines looked at for columns.
        let laid_out = (0..end).any(|i| tags[i] == Tag::Content && indented(src, lines[i]));
        let tail = tail.filter(|&t| t >= end && t < lines.len());
        for (from, end) in [(0, end)].into_iter().chain(tail.map(|t| (t, lines.len()))) {
            sheet.read_lines(lines, tags, grids, (from, end), letter_lines, laid_out);
        }
        sheet.part = vec![Cell::new(Part::Free); sheet.items.len()];
        sheet
    }

    /// Add the items of lines `from..end`.
    fn read_lines(
        &mut self,
        lines: &'j [Line],
        tags: &[Tag],
        grids: &Grids,
        (from, end): (usize, usize),
        letter_lines: &[u32],
        laid_out: bool,
    ) {
        let src = self.src;
        let sheet = self;
        let mut prev_end: Option<usize> = None;
        // The next of `letter_lines` at or after line `i`.
        let mut next_letter = letter_lines.partition_point(|&j| (j as usize) < from);
        let mut i = from;
        while i < end {
            if tags[i] != Tag::Content {
                i += 1;
                continue;
            }
            let l = lines[i];
            if grids.cell_of(i).is_some() {
                // The run of table lines: read cell by cell.
                let mut run: Vec<(u64, u32, usize)> = Vec::new();
                while i < end && (tags[i] != Tag::Content || grids.cell_of(i).is_some()) {
                    if let (Tag::Content, Some((cell, row))) = (tags[i], grids.cell_and_row(i)) {
                        run.push((cell, row, i));
                    }
                    i += 1;
                }
                run.sort_unstable();
                let mut k = 0;
                while k < run.len() {
                    // One paragraph of the cell: its lines on consecutive rows.
                    let mut e = k + 1;
                    while e < run.len() && run[e].0 == run[k].0 && run[e].1 == run[e - 1].1 + 1 {
                        e += 1;
                    }
                    let group: Vec<Line> = run[k..e].iter().map(|r| lines[r.2]).collect();
                    sheet.push(run[k].2, 1, &group, None);
                    sheet.items.last_mut().expect("pushed").cell = run[k].0;
                    sheet.mark_boilerplate_end(tags, run[k].2);
                    k = e;
                }
                prev_end = run.last().map(|r| lines[r.2].end());
                continue;
            }
            if laid_out && let Some(first) = right_part(src, l) {
                // Two columns side by side (pdftotext -layout): the left
                // column's lines, then the right's.
                let (block, next) = layout_block(src, lines, tags, end, i, first.col);
                for col in [Column::Left, Column::Right] {
                    let mut last: Option<usize> = None;
                    for &(li, frag, _) in block.iter().filter(|b| b.2 == col) {
                        // A column starts a block of its own.
                        let gap = last.is_none_or(|p| (p + 1..li).any(|b| tags[b] == Tag::Blank));
                        sheet.push(li, u8::from(gap), &[frag], None);
                        sheet.mark_boilerplate_end(tags, li);
                        last = Some(li);
                    }
                }
                prev_end = block.iter().map(|b| lines[b.0].end()).max();
                i = next;
                continue;
            }
            // Blank lines between this line and the last: line ends less
            // one (a single line end, the usual case, is one byte).
            let blanks = match prev_end {
                Some(p) if l.start() - p > 1 => {
                    let gap = &src.as_bytes()[p..l.start()];
                    let ends = gap.iter().filter(|&&b| b == b'\n').count();
                    u8::try_from(ends.saturating_sub(1)).unwrap_or(u8::MAX)
                }
                _ => 0,
            };
            // A whole content line: the noise pass read its head already.
            while letter_lines
                .get(next_letter)
                .is_some_and(|&j| (j as usize) < i)
            {
                next_letter += 1;
            }
            let head = letter_lines.get(next_letter) == Some(&(i as u32));
            let inner = unbold(src, l);
            if inner != l {
                sheet.markup.push(Span::new(l.start(), inner.start()));
                sheet.markup.push(Span::new(inner.end(), l.end()));
            }
            sheet.push(i, blanks, &[inner], Some(head));
            sheet.mark_boilerplate_end(tags, i);
            prev_end = Some(l.end());
            i += 1;
        }
    }

    /// Add the item of `group`'s lines, the first at line `line`. `head`
    /// says, for a whole line, whether it is one of the noise pass's
    /// letter lines; `None` for a part of a line or a cell.
    fn push(&mut self, line: usize, blanks: u8, group: &[Line], head: Option<bool>) {
        let from = self.frags.len() as u32;
        // Most items are one line: pushed, not copied as a slice.
        match group {
            [one] => self.frags.push(*one),
            more => self.frags.extend_from_slice(more),
        }
        let (text, opening) = if let [one] = group {
            let t = one.text(self.src);
            let mut opening = match head {
                Some(false) => super::letterhead::body_opening(t),
                Some(true) | None => super::letterhead::opening(t),
            };
            // A label in Markdown's bold ("**Ons kenmerk** 5687928/11").
            if let Some(inner) = t.strip_prefix("**") {
                opening |= super::letterhead::head_opening(inner) & super::letterhead::LABEL;
            }
            (ONE_LINE, opening)
        } else {
            let joined: Vec<&str> = group.iter().map(|l| l.text(self.src)).collect();
            let joined = joined.join(" ");
            let mut opening = super::letterhead::opening(&joined);
            self.joined.push(joined);
            // A label whose word a narrow column broke ("On" / "derwerp").
            let len: usize = group.iter().map(|l| l.end() - l.start()).sum();
            if len <= GLUED {
                let glued: String = group.iter().map(|l| l.text(self.src)).collect();
                opening |= super::letterhead::opening(&glued);
            }
            ((self.joined.len() - 1) as u32, opening)
        };
        self.items.push(Item {
            line: line as u32,
            gap: blanks > 0,
            blanks,
            opening,
            cell: NO_CELL,
            ends_boilerplate: false,
            from,
            to: self.frags.len() as u32,
            text,
            start: group[0].start() as u32,
            end: group[0].end() as u32,
        });
    }

    /// Mark the last item (at line `i`) when it is the wrapped end of
    /// template boilerplate on the line above.
    fn mark_boilerplate_end(&mut self, tags: &[Tag], i: usize) {
        let boilerplate = Tag::Noise(crate::model::NoiseKind::Boilerplate);
        if i == 0 || tags[i - 1] != boilerplate {
            return;
        }
        let k = self.items.len() - 1;
        if self.text(k).starts_with(char::is_lowercase) {
            self.items[k].ends_boilerplate = true;
        }
    }

    /// The text of a short table cell whose word the extractor broke over
    /// lines at the column's width ("On" / "derwerp"), its lines joined
    /// without spaces: read for a label.
    pub fn glued(&self, k: usize) -> Option<String> {
        let f = self.frags(k);
        if f.len() < 2 || f.iter().map(|l| l.end() - l.start()).sum::<usize>() > GLUED {
            return None;
        }
        Some(f.iter().map(|l| l.text(self.src)).collect())
    }

    /// Whether items `k` and `j` are paragraphs of one table cell.
    pub fn same_cell(&self, k: usize, j: usize) -> bool {
        self.items[k].cell != NO_CELL && self.items[k].cell == self.items[j].cell
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// The lines of item `k`.
    pub fn frags(&self, k: usize) -> &[Line] {
        let it = &self.items[k];
        &self.frags[it.from as usize..it.to as usize]
    }

    /// The text of item `k` as printed (trimmed; the lines of a cell
    /// joined by spaces).
    #[inline]
    pub fn text(&self, k: usize) -> &str {
        let it = &self.items[k];
        match it.text {
            ONE_LINE => &self.src[it.start as usize..it.end as usize],
            j => &self.joined[j as usize],
        }
    }

    /// Part `s` of [`Sheet::text`] of item `k`, borrowed from the input
    /// where the item is one line.
    pub fn sub(&self, k: usize, s: &str) -> Cow<'a, str> {
        match self.items[k].text {
            ONE_LINE => {
                let l = self.frags[self.items[k].from as usize];
                let at = s.as_ptr() as usize - self.text(k).as_ptr() as usize;
                Cow::Borrowed(&self.src[l.start() + at..l.start() + at + s.len()])
            }
            _ => Cow::Owned(s.to_string()),
        }
    }

    /// [`Sheet::sub`] with its whitespace collapsed.
    pub fn collapsed(&self, k: usize, s: &str) -> Cow<'a, str> {
        let c = match self.sub(k, s) {
            Cow::Borrowed(b) => collapse_ws(b),
            Cow::Owned(o) => Cow::Owned(collapse_ws_string(o)),
        };
        unescape(c)
    }

    /// The text of item `k` as a value: borrowed where it is one line.
    pub fn cow(&self, k: usize) -> Cow<'a, str> {
        self.sub(k, self.text(k))
    }

    pub fn span(&self, k: usize) -> Span {
        let f = self.frags(k);
        f.iter()
            .map(Line::span)
            .reduce(Span::cover)
            .unwrap_or_default()
    }

    /// The text of item `k` cleaned of markers and spacing.
    pub fn clean(&self, k: usize) -> Cow<'a, str> {
        match self.frags(k) {
            [one] => self.joiner.join(&[*one]),
            more => Cow::Owned(
                more.iter()
                    .map(|l| self.joiner.join(&[*l]))
                    .collect::<Vec<_>>()
                    .join(" "),
            ),
        }
    }

    /// The text of item `k` from byte `n` of [`Sheet::text`] on, cleaned,
    /// with its span.
    pub fn clean_from(&self, k: usize, n: usize) -> (Cow<'a, str>, Span) {
        match self.frags(k) {
            [one] => {
                let l = one.skip(n);
                (self.joiner.join(&[l]), l.span())
            }
            _ => (
                Cow::Owned(unescape(collapse_ws(&self.text(k)[n..])).into_owned()),
                self.span(k),
            ),
        }
    }

    /// Where item `k` starts on its line, in characters: the column that
    /// aligned text keeps.
    pub fn column(&self, k: usize) -> usize {
        let start = self.frags(k)[0].start();
        let line_start = self.src[..start].rfind('\n').map_or(0, |p| p + 1);
        self.src[line_start..start].chars().count()
    }

    /// When items `from..to` are printed again right after them (docx2txt
    /// prints a text box twice), claim the copy as `part` too and return
    /// its span.
    pub fn claim_repeat(&self, from: usize, to: usize, part: Part) -> Option<Span> {
        let n = to.checked_sub(from).filter(|&n| n > 0)?;
        let copy = to..to + n;
        let same = copy.end <= self.len()
            && copy
                .clone()
                .all(|j| self.is_free(j) && self.text(j) == self.text(j - n));
        if !same {
            return None;
        }
        copy.clone().for_each(|j| self.claim(j, part));
        Some(self.span(copy.start).cover(self.span(copy.end - 1)))
    }

    /// What item `k` may open as.
    pub fn opening(&self, k: usize) -> Opening {
        self.items[k].opening
    }

    pub fn part(&self, k: usize) -> Part {
        self.part[k].get()
    }

    pub fn is_free(&self, k: usize) -> bool {
        self.part(k) == Part::Free
    }

    pub fn claim(&self, k: usize, part: Part) {
        self.part[k].set(part);
    }
}

/// The text of a line laid out in columns that starts at this character
/// column or further right is the right column's: a letterhead's colofon
/// beside the addressee.
const RIGHT: usize = 40;

/// Which column of a layout block a piece of a line is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Column {
    Left,
    Right,
}

/// Whether line `l` starts at the right column: spaces before it up to
/// [`RIGHT`].
fn indented(src: &str, l: Line) -> bool {
    l.start() >= RIGHT
        && src.as_bytes()[l.start() - RIGHT..l.start()]
            .iter()
            .rev()
            .all(|&b| b == b' ')
}

/// Where a line laid out in two columns has its right column: the left
/// part (if any), the right part, and the right part's character column.
#[derive(Debug, Clone, Copy)]
struct RightPart {
    left: Option<Line>,
    right: Line,
    col: usize,
}

/// Line `l` without the Markdown bold around all of it ("**Directoraat-
/// Generaal Preventie, Jeugd en Sancties**", as pymupdf4llm prints a bold
/// letterhead line): the markup is no text of the line.
fn unbold(src: &str, l: Line) -> Line {
    let t = l.text(src);
    match t
        .strip_prefix("**")
        .and_then(|t| t.trim_end().strip_suffix("**"))
    {
        Some(inner) if !inner.is_empty() && !inner.contains("**") => {
            Line::new(l.start() + 2, l.start() + 2 + inner.len())
        }
        _ => l,
    }
}

/// The right column of line `l`: its text starts at column [`RIGHT`] or
/// further, or after a run of three or more spaces that ends there.
fn right_part(src: &str, l: Line) -> Option<RightPart> {
    let t = l.text(src);
    let line_start = src[..l.start()].rfind('\n').map_or(0, |p| p + 1);
    let lead = &src[line_start..l.start()];
    // Tabs and form feeds do not lay text out in columns here.
    if lead.contains(['\t', '\x0c']) {
        return None;
    }
    let col0 = lead.chars().count();
    if col0 >= RIGHT {
        return Some(RightPart {
            left: None,
            right: l,
            col: col0,
        });
    }
    if t.len() + col0 < RIGHT {
        return None;
    }
    static GAP: once_cell::sync::Lazy<memchr::memmem::Finder<'static>> =
        once_cell::sync::Lazy::new(|| memchr::memmem::Finder::new(b"   "));
    for at in GAP.find_iter(t.as_bytes()) {
        let after = at + t[at..].len() - t[at..].trim_start_matches(' ').len();
        let col = col0 + t[..after].chars().count();
        if col >= RIGHT && after < t.len() {
            return Some(RightPart {
                left: Some(Line::new(l.start(), l.start() + at)),
                right: Line::new(l.start() + after, l.end()),
                col,
            });
        }
    }
    None
}

/// The layout block that starts at line `i` (which has a right column at
/// character column `col`): the lines on which the right column goes on at
/// about that column, and the left column's lines between them; each
/// piece with its line and column. Also the line after the block.
fn layout_block(
    src: &str,
    lines: &[Line],
    tags: &[Tag],
    end: usize,
    i: usize,
    col: usize,
) -> (Vec<(usize, Line, Column)>, usize) {
    let mut block = Vec::new();
    let mut pending: Vec<(usize, Line, Column)> = Vec::new();
    let mut j = i;
    let mut since_right = 0;
    while j < end {
        if tags[j] != Tag::Content {
            j += 1;
            continue;
        }
        // pdftotext -layout sets the column at one character column;
        // PyMuPDF's sorted text spaces each line after its own left part,
        // so the column wanders by up to a third of its indent.
        match right_part(src, lines[j]).filter(|r| r.col.abs_diff(col) <= col / 3) {
            Some(r) => {
                block.append(&mut pending);
                if let Some(left) = r.left {
                    block.push((j, left, Column::Left));
                }
                // Text set apart within the right column (PyMuPDF's sorted
                // text puts a wrapped line's end on the line above, far
                // out: "Preventie, Jeugd en      Sancties") is its next line.
                let right = r.right.text(src);
                for piece in right.split("   ").map(|p| p.trim_matches(' ')) {
                    if !piece.is_empty() {
                        let start =
                            r.right.start() + (piece.as_ptr() as usize - right.as_ptr() as usize);
                        block.push((j, Line::new(start, start + piece.len()), Column::Right));
                    }
                }
                since_right = 0;
            }
            None => {
                // A left column line, if the right column goes on soon.
                since_right += 1;
                if since_right > 3 {
                    break;
                }
                pending.push((j, lines[j], Column::Left));
            }
        }
        j += 1;
    }
    // The left lines after the last right one are not the block's.
    let next = pending.first().map_or(j, |p| p.0);
    (block, next)
}

/// `s` without the backslashes of Markdown escapes (see
/// [`crate::text::escapes`]): a value of several lines, or a part of a line,
/// is read from the lines as printed, not through the [`Joiner`] that drops
/// them from the other fields.
fn unescape(s: Cow<'_, str>) -> Cow<'_, str> {
    let b = s.as_bytes();
    let mut out = String::new();
    // The end of the text taken so far (0: no escape yet).
    let mut run = 0;
    let mut i = 0;
    while let Some(p) = memchr::memchr(b'\\', b.get(i..).unwrap_or_default()) {
        let at = i + p;
        i = at + 1;
        if crate::text::escapes(b.get(i).copied()) {
            out.push_str(&s[run..at]);
            run = i;
            // The escaped character stays, a backslash too.
            i += 1;
        }
    }
    if run == 0 {
        return s;
    }
    out.push_str(&s[run..]);
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::{Cuts, Dirt, Layout};

    /// A whole content line's opening is read from the noise pass's letter
    /// lines and [`super::super::letterhead::body_opening`] alone: on every
    /// corpus document it is what reading the line afresh gives, and the
    /// letterhead labels, salutations and closings are among them.
    #[test]
    fn noise_pass_letter_lines_give_the_whole_opening() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/docs");
        let mut heads = 0;
        for entry in std::fs::read_dir(dir).expect("fixtures") {
            let path = entry.expect("entry").path();
            let src = std::fs::read_to_string(&path).expect("text");
            let mut lines = crate::text::split_lines(&src);
            crate::text::split_flat(&src, &mut lines);
            let markdown = crate::blocks::is_markdown(&src, &lines);
            let grids = crate::forms::split_grids(&src, &mut lines, markdown);
            let layout = crate::text::detect_layout(&src, &lines);
            let scan = crate::noise::scan(&src, &mut lines, layout);
            let cuts = Cuts::default();
            let dirt = Dirt::find(&src, Layout::Wrapped);
            let joiner = Joiner {
                src: &src,
                cuts: &cuts,
                layout,
                dirt: &dirt,
                wrap: 0,
                measure: 0,
                joined_lines: false,
            };
            let sheet = Sheet::new(
                &src,
                &lines,
                &scan.tags,
                &grids,
                lines.len(),
                None,
                &scan.letter_lines,
                &joiner,
            );
            // Cells of several lines are read afresh in any case.
            for (k, item) in sheet.items.iter().enumerate() {
                if item.text != ONE_LINE {
                    continue;
                }
                let t = sheet.text(k);
                let want = super::super::letterhead::opening(t);
                assert_eq!(item.opening, want, "{}: {t:?}", path.display());
                if want & (super::super::letterhead::LABEL | super::super::letterhead::GREETING)
                    != 0
                {
                    heads += 1;
                }
            }
        }
        assert!(heads > 50, "{heads} letter lines");
    }

    #[test]
    fn unescape_drops_only_escapes() {
        for (t, want) in [
            (r"boa\'s", "boa's"),
            (r"a \| b", "a | b"),
            (r"C:\Users", r"C:\Users"),
            (r"one \\ two", r"one \ two"),
            (r"end\", "end"),
            ("plain", "plain"),
        ] {
            assert_eq!(unescape(Cow::Borrowed(t)), want, "{t:?}");
        }
    }
}
