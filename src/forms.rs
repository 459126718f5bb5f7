//! Tables as text extractors print them, read as cells.
//!
//! Pandoc's plain text draws Word tables as grid tables: rule lines
//! (`+------+-----+`) between rows, and each row's lines cut into cells by
//! `|` at the rule's `+` columns; a table inside a cell is drawn inside the
//! cell. The letterhead of a ministry's letter is such a table, and so are
//! the body and signature of some letters. This module cuts each row line
//! into the text of its cells, so that the passes after it read cell text
//! as lines, and tells which cell each such line belongs to, so that the
//! letter reader can read a cell whose text runs over several lines
//! ("On" / "derwerp") as one. The borders are noise.

use crate::span::Span;
use crate::text::Line;

/// What [`split_grids`] found.
#[derive(Debug, Default)]
pub(crate) struct Grids {
    /// Each line that holds a cell's text, with the cell (in reading
    /// order: by table row, then column, then the rows and columns of a
    /// table inside the cell) and the row of text it was printed on (the
    /// line's number in the input), sorted by line.
    pub cells: Vec<(u32, u64, u32)>,
    /// The rule lines between rows, and the lines that only draw a table
    /// (pandoc's simple-table rules of dashes and spaces) or an image
    /// without a description ("[]").
    pub rules: Vec<u32>,
    /// The borders (`|`) around the cells' text.
    pub borders: Vec<Span>,
}

impl Grids {
    /// The cell that line `i` holds text of.
    pub fn cell_of(&self, i: usize) -> Option<u64> {
        self.cell_and_row(i).map(|c| c.0)
    }

    /// The cell that line `i` holds text of, and the row of text it was
    /// printed on.
    pub fn cell_and_row(&self, i: usize) -> Option<(u64, u32)> {
        if self.cells.is_empty() {
            return None;
        }
        let i = u32::try_from(i).ok()?;
        let k = self.cells.binary_search_by_key(&i, |c| c.0).ok()?;
        Some((self.cells[k].1, self.cells[k].2))
    }
}

impl Grids {
    /// The lines `order` (increasing) in reading order: the lines of a
    /// table cell by cell, as a reader reads the table, the others as they
    /// come.
    pub fn reading_order(&self, order: &mut [usize]) {
        if self.cells.is_empty() {
            return;
        }
        let mut k = 0;
        while k < order.len() {
            if self.cell_of(order[k]).is_none() {
                k += 1;
                continue;
            }
            let mut e = k;
            while e < order.len() && self.cell_of(order[e]).is_some() {
                e += 1;
            }
            order[k..e].sort_by_key(|&i| self.cell_and_row(i));
            k = e;
        }
    }
}

/// Whether `t` draws a rule of a grid table: `+`, then `-`, `=` or `:` and
/// more `+`.
fn is_grid_rule(t: &str) -> bool {
    t.len() >= 3
        && t.starts_with('+')
        && t.ends_with('+')
        && t.bytes().all(|b| matches!(b, b'+' | b'-' | b'=' | b':'))
}

/// Whether `t` draws a rule of a simple table: runs of dashes apart.
fn is_simple_rule(t: &str) -> bool {
    // The cheap tests first: most lines fail at their first bytes.
    t.starts_with("--") && t.bytes().all(|b| b == b'-' || b == b' ') && t.contains("- -")
}

/// Whether `t` draws an image as pandoc prints one: `[]` (plain text, an
/// image without a description), `![](media/image1.png){width="…"` in
/// Markdown, or a line of the attributes that run on from it up to the `}`
/// (`attributes` says whether they do).
fn is_image(t: &str, attributes: &mut bool) -> bool {
    if *attributes {
        *attributes = !t.ends_with('}');
        return true;
    }
    if t == "[]" {
        return true;
    }
    let markdown = t.starts_with("![") && t.contains("](");
    *attributes = markdown && t.contains('{') && !t.ends_with('}');
    markdown
}

/// The character columns of the `+` of a rule.
fn columns(t: &str) -> Vec<usize> {
    t.chars()
        .enumerate()
        .filter(|&(_, c)| c == '+')
        .map(|(n, _)| n)
        .collect()
}

/// The byte offsets in `t` of the character columns `cols`; `None` when
/// the line does not have a `|` at each of them.
fn borders_at(t: &str, cols: &[usize]) -> Option<Vec<usize>> {
    let mut out = Vec::with_capacity(cols.len());
    let mut want = cols.iter().copied().peekable();
    for (n, (at, c)) in t.char_indices().enumerate() {
        match want.peek() {
            Some(&w) if w == n => {
                if c != '|' {
                    return None;
                }
                out.push(at);
                want.next();
            }
            Some(_) => {}
            None => break,
        }
    }
    (want.next().is_none()).then_some(out)
}

/// A table being read: its column borders, and those of a table inside
/// each of its columns.
struct Table {
    /// The table's number in the text.
    number: u64,
    /// Character columns of the outer rule's `+`.
    cols: Vec<usize>,
    /// The row, counted from the table's first rule.
    row: u64,
    /// For each outer column, the columns of a table inside it and that
    /// table's row.
    inner: Vec<Option<(Vec<usize>, u64)>>,
}

/// The cell key, in reading order: table, outer row, outer column, inner
/// row, inner column (16, 16, 8, 16 and 8 bits).
fn key(table: u64, row: u64, col: usize, inner_row: u64, inner_col: usize) -> u64 {
    (table & 0xFFFF) << 48
        | (row & 0xFFFF) << 32
        | (col as u64 & 0xFF) << 24
        | (inner_row & 0xFFFF) << 8
        | (inner_col as u64 & 0xFF)
}

/// The first line that opens like a rule of a grid table ("+-"). Found by
/// a search of the text for "+", rare in running text, and a binary search
/// of the lines (in order) for one that starts at it: a look at every line
/// costs more.
fn first_rule_line(b: &[u8], lines: &[Line]) -> Option<usize> {
    memchr::memchr_iter(b'+', b)
        .filter(|&p| b.get(p + 1) == Some(&b'-'))
        .find_map(|p| {
            let k = lines.partition_point(|l| l.start() < p);
            lines[k..]
                .iter()
                .take_while(|l| l.start() == p)
                .position(|l| l.end() > p + 1)
                .map(|j| k + j)
        })
}

/// How many lines at the top of a text tell whether it draws tables in
/// Markdown: a converter prints a Word letter's letterhead table first.
const MARKUP_HEAD: usize = 12;

/// The first line that opens like a table in Markdown: a pipe table (a
/// row of cells, `| a | b |`, above a rule of dashes, `|---|---|`) or an
/// HTML table (`<table>`).
///
/// A look at the first byte of a line costs about as much as a search of
/// its bytes, which every text would pay: only a text whose first
/// [`MARKUP_HEAD`] lines hold such a line (the letterhead) is read
/// further.
/// In a Markdown text (`markdown`, see [`crate::blocks::is_markdown`]) a
/// table may open anywhere: a converter of a PDF prints its tables where
/// they stand.
fn first_markup_line(b: &[u8], lines: &[Line], markdown: bool) -> Option<usize> {
    // "|" (0x7C) and "<" (0x3C) differ in bit 0x40 only.
    let first_byte = |l: &Line| b.get(l.start()).copied().unwrap_or(0);
    let may_open = |l: &Line| first_byte(l) & !0x40 == b'<';
    if !markdown && !lines.iter().take(MARKUP_HEAD).any(may_open) {
        return None;
    }
    (0..lines.len()).find(|&i| {
        let l = &lines[i];
        match first_byte(l) {
            b'<' => b[l.start()..l.end()].starts_with(b"<table"),
            b'|' => lines
                .get(i + 1)
                .is_some_and(|n| is_pipe_rule(&b[n.start()..n.end()])),
            _ => false,
        }
    })
}

/// Cut the row lines of pandoc's grid tables, and of the pipe and HTML
/// tables of Markdown, into the text of their cells (a line with no text in
/// any cell becomes blank), in place. `markdown`: whether the text is
/// Markdown ([`crate::blocks::is_markdown`]).
pub(crate) fn split_grids(src: &str, lines: &mut Vec<Line>, markdown: bool) -> Grids {
    // Most texts draw no table, and have no "+" at all; "|" and "<" at a
    // line start are rarer still.
    let b = src.as_bytes();
    let first = match (
        first_rule_line(b, lines),
        first_markup_line(b, lines, markdown),
    ) {
        (Some(g), Some(m)) => Some(g.min(m)),
        (g, m) => g.or(m),
    };
    match first {
        None => Grids::default(),
        Some(first) => read_grids(src, lines, first),
    }
}

/// [`split_grids`] of a text whose first grid rule is line `first`: kept
/// out of line, as few texts have one.
#[inline(never)]
fn read_grids(src: &str, lines: &mut Vec<Line>, first: usize) -> Grids {
    let mut grids = Grids::default();
    let b = src.as_bytes();
    // Before it, pandoc's simple-table rules and images.
    let mut attributes = false;
    for (i, l) in lines[..first].iter().enumerate() {
        if !l.is_blank() && (attributes || matches!(b[l.start()], b'-' | b'[' | b'!')) {
            let t = l.text(src);
            if is_simple_rule(t) || is_image(t, &mut attributes) {
                grids.rules.push(i as u32);
            }
        }
    }
    let mut out: Vec<Line> = Vec::with_capacity(lines.len() + 64);
    out.extend_from_slice(&lines[..first]);
    let mut table: Option<Table> = None;
    let mut tables = 0u64;
    let mut skip_to = first;
    for (row, &l) in lines.iter().enumerate().skip(first) {
        if row < skip_to {
            continue;
        }
        let t = l.text(src);
        // Tables in markup (Markdown's pipe tables, HTML tables).
        // Not inside a grid table, whose rows open with "|" too.
        let markup = match b.get(l.start()) {
            _ if table.is_some() => None,
            Some(b'<') => html_table(src, lines, row, &mut out, &mut grids, &mut tables),
            Some(b'|') => pipe_table(src, lines, row, &mut out, &mut grids, &mut tables),
            _ => None,
        };
        if let Some(end) = markup {
            skip_to = end;
            table = None;
            continue;
        }
        let row = u32::try_from(row).unwrap_or(u32::MAX);
        if is_grid_rule(t) {
            let cols = columns(t);
            match &mut table {
                Some(tb) if tb.cols == cols => tb.row += 1,
                _ => {
                    tables += 1;
                    table = Some(Table {
                        number: tables,
                        inner: vec![None; cols.len()],
                        cols,
                        row: 0,
                    })
                }
            }
            if let Some(tb) = &mut table {
                tb.inner.iter_mut().for_each(|c| *c = None);
            }
            grids.rules.push(out.len() as u32);
            out.push(l);
            continue;
        }
        // An image, as pandoc prints it.
        if is_simple_rule(t) || is_image(t, &mut attributes) {
            grids.rules.push(out.len() as u32);
            out.push(l);
            table = None;
            continue;
        }
        let Some(tb) = table
            .as_mut()
            .filter(|_| t.starts_with('|') && t.ends_with('|'))
        else {
            table = None;
            out.push(l);
            continue;
        };
        let Some(at) = borders_at(t, &tb.cols) else {
            table = None;
            out.push(l);
            continue;
        };
        let mut frags: Vec<(usize, usize, u64, u32)> = Vec::new();
        for (col, w) in at.windows(2).enumerate() {
            let (from, to) = (w[0] + 1, w[1]);
            let cell = &t[from..to];
            let trimmed = cell.trim();
            // An image as reStructuredText cites it ("|image1|") is no text.
            let image = trimmed.len() > 2
                && trimmed.starts_with('|')
                && trimmed.ends_with('|')
                && !trimmed[1..trimmed.len() - 1].contains([' ', '|']);
            if trimmed.is_empty() || image {
                continue;
            }
            let lead = cell.len() - cell.trim_start().len();
            let (cs, ce) = (from + lead, from + lead + trimmed.len());
            // A table inside the cell: its rule, or a row of it.
            let start_col = t[..cs].chars().count();
            if is_grid_rule(trimmed) {
                let inner: Vec<usize> = columns(trimmed)
                    .into_iter()
                    .map(|c| c + start_col)
                    .collect();
                let next_row = match &tb.inner[col] {
                    Some((cols, r)) if *cols == inner => r + 1,
                    _ => 0,
                };
                tb.inner[col] = Some((inner, next_row));
                continue;
            }
            if let Some((inner, inner_row)) = &tb.inner[col]
                && trimmed.starts_with('|')
                && let Some(inner_at) = borders_at(t, inner)
            {
                for (ic, iw) in inner_at.windows(2).enumerate() {
                    let piece = &t[iw[0] + 1..iw[1]];
                    let pt = piece.trim();
                    if !pt.is_empty() {
                        let s = iw[0] + 1 + (piece.len() - piece.trim_start().len());
                        let cell = key(tb.number, tb.row, col, *inner_row, ic);
                        frags.push((s, s + pt.len(), cell, row));
                    }
                }
                continue;
            }
            frags.push((cs, ce, key(tb.number, tb.row, col, 0, 0), row));
        }
        push_cells(l, &frags, &mut out, &mut grids);
    }
    *lines = out;
    grids
}

/// Whether `t` is the rule under the head row of a Markdown pipe table:
/// `|---|:--:|` (a cell that holds a dash, "| - |", is none).
fn is_pipe_rule(t: &[u8]) -> bool {
    t.len() >= 4
        && t[0] == b'|'
        && memchr::memmem::find(t, b"---").is_some()
        && t.iter().all(|&c| matches!(c, b'|' | b'-' | b':' | b' '))
}

/// Pushes the cell text `frags` (byte ranges of `l`'s text, each with its
/// cell and row) as lines of their own, in their order, the rest of the
/// line as borders; a line without cell text becomes blank.
fn push_cells(l: Line, frags: &[(usize, usize, u64, u32)], out: &mut Vec<Line>, grids: &mut Grids) {
    let base = l.start();
    if frags.is_empty() {
        grids.borders.push(l.span());
        out.push(Line::new(base, base));
        return;
    }
    for &(s, e, cell, row) in frags {
        grids.cells.push((out.len() as u32, cell, row));
        out.push(Line::new(base + s, base + e));
    }
    // The borders between the pieces, in the order of the line (a pipe
    // table's row of several rows is read row by row: see [`pipe_table`]).
    let mut pieces: Vec<(usize, usize)> = frags.iter().map(|f| (f.0, f.1)).collect();
    pieces.sort_unstable();
    let mut prev = base;
    for (s, e) in pieces {
        if base + s > prev {
            grids.borders.push(Span::new(prev, base + s));
        }
        prev = prev.max(base + e);
    }
    if l.end() > prev {
        grids.borders.push(Span::new(prev, l.end()));
    }
}

/// The line breaks that HTML writes inside a Markdown table's cell.
const CELL_BREAKS: [&str; 3] = ["<br>", "<br/>", "<br />"];

/// The pieces of a pipe table's cell `cell` (from byte `at` of its line)
/// between its line breaks ([`CELL_BREAKS`]), trimmed and not empty, as
/// byte ranges of the line.
fn cell_pieces(cell: &str, at: usize, pieces: &mut Vec<(usize, usize)>) {
    let mut push = |from: usize, to: usize| {
        let piece = &cell[from..to];
        let trimmed = piece.trim();
        if !trimmed.is_empty() {
            let s = at + from + (piece.len() - piece.trim_start().len());
            pieces.push((s, s + trimmed.len()));
        }
    };
    let mut from = 0;
    for p in memchr::memchr_iter(b'<', cell.as_bytes()) {
        if p < from {
            continue;
        }
        if let Some(brk) = CELL_BREAKS.iter().find(|t| cell[p..].starts_with(*t)) {
            push(from, p);
            from = p + brk.len();
        }
    }
    push(from, cell.len());
}

/// A Markdown pipe table whose head row is line `first` (the rule under
/// it follows): its rows cut into cells at each `|` that is not escaped
/// (`\|` is a bar in the text), the rule noise. Returns the line after the
/// table, or `None` when no pipe table starts there.
fn pipe_table(
    src: &str,
    lines: &[Line],
    first: usize,
    out: &mut Vec<Line>,
    grids: &mut Grids,
    tables: &mut u64,
) -> Option<usize> {
    let b = src.as_bytes();
    let rule = lines.get(first + 1)?;
    if !is_pipe_rule(&b[rule.start()..rule.end()]) {
        return None;
    }
    *tables += 1;
    let number = *tables;
    let mut k = first;
    let mut frags = Vec::new();
    // Each cell's pieces (see [`cell_pieces`]): the cell's column and the
    // range of its pieces.
    let mut pieces: Vec<(usize, usize)> = Vec::new();
    let mut cells: Vec<(usize, std::ops::Range<usize>)> = Vec::new();
    while let Some(&l) = lines.get(k) {
        let t = l.text(src);
        if !t.starts_with('|') {
            break;
        }
        if k == first + 1 {
            grids.rules.push(out.len() as u32);
            out.push(l);
            k += 1;
            continue;
        }
        let tb = t.as_bytes();
        let bars: Vec<usize> = memchr::memchr_iter(b'|', tb)
            .filter(|&p| p == 0 || tb[p - 1] != b'\\')
            .collect();
        frags.clear();
        cells.clear();
        pieces.clear();
        let row = u64::try_from(k - first).unwrap_or(u64::MAX);
        for (col, w) in bars.windows(2).enumerate() {
            let cell = &t[w[0] + 1..w[1]];
            let trimmed = cell.trim();
            // An image drawn as an HTML tag is no text.
            let tag = trimmed.starts_with('<') && trimmed.ends_with('>');
            if trimmed.is_empty() || tag {
                continue;
            }
            let from = pieces.len();
            cell_pieces(cell, w[0] + 1, &mut pieces);
            cells.push((col, from..pieces.len()));
        }
        // A converter sets the rows that no rule parts in one row, each
        // cell's lines apart by "<br>" (pymupdf4llm: "Geslacht(Trans)<br>
        // Seksuele gerichtheid|2<br>10"): where every cell has as many
        // lines, the row is read row by row, as the page prints it.
        let lines_each = cells.first().map_or(0, |c| c.1.len());
        let stacked = lines_each > 1 && cells.iter().all(|c| c.1.len() == lines_each);
        let printed = u32::try_from(k).unwrap_or(u32::MAX);
        if stacked {
            for sub in 0..lines_each {
                for (col, range) in &cells {
                    let (s, e) = pieces[range.start + sub];
                    let cell = key(number, row, sub, *col as u64, 0);
                    frags.push((s, e, cell, printed));
                }
            }
        } else {
            for (col, range) in &cells {
                for (sub, &(s, e)) in pieces[range.clone()].iter().enumerate() {
                    let cell = key(number, row, *col, sub as u64, 0);
                    frags.push((s, e, cell, printed));
                }
            }
        }
        pieces.clear();
        push_cells(l, &frags, out, grids);
        k += 1;
    }
    Some(k)
}

/// An HTML table in Markdown (GitHub's Markdown has no other way to draw a
/// table with paragraphs in its cells), opening at line `first`: the text
/// between its tags is cell text, each `<td>` or `<th>` a cell of its row
/// (`<tr>`), a table inside a cell read as the grid tables' inner tables;
/// `<p>` and `<br>` start a paragraph of the cell. The tags are borders.
/// It ends with its closing `</table>`, or at a blank line. Returns the
/// line after the table, or `None` when no table starts there.
fn html_table(
    src: &str,
    lines: &[Line],
    first: usize,
    out: &mut Vec<Line>,
    grids: &mut Grids,
    tables: &mut u64,
) -> Option<usize> {
    if !lines[first].text(src).starts_with("<table") {
        return None;
    }
    *tables += 1;
    let number = *tables;
    // The open tables: each one's row and column (-1 before the first).
    let mut open: Vec<(i64, i64)> = Vec::new();
    // Rows of text: a paragraph is a run of consecutive rows.
    let mut printed = 0u32;
    let mut frags = Vec::new();
    let mut k = first;
    while let Some(&l) = lines.get(k) {
        if l.is_blank() {
            break;
        }
        let t = l.text(src);
        frags.clear();
        let mut at = 0;
        while at < t.len() {
            let lt = memchr::memchr(b'<', &t.as_bytes()[at..]).map_or(t.len(), |p| at + p);
            let gt = t[lt..].find('>').map(|p| lt + p + 1);
            // Cell text before the tag (or a "<" that opens no tag).
            let text_end = if gt.is_some() { lt } else { t.len() };
            let piece = &t[at..text_end];
            let trimmed = piece.trim();
            if !trimmed.is_empty()
                && let Some(&(row, col)) = open.first()
            {
                let (ir, ic) = open.get(1).copied().unwrap_or((0, 0));
                let n = |v: i64| u64::try_from(v.max(0)).unwrap_or(0);
                let cell = key(number, n(row), n(col) as usize, n(ir), n(ic) as usize);
                let s = at + (piece.len() - piece.trim_start().len());
                frags.push((s, s + trimmed.len(), cell, printed));
            }
            let Some(gt) = gt else { break };
            let tag = &t[lt + 1..gt - 1];
            let closing = tag.starts_with('/');
            let name_at = usize::from(closing);
            let name_len = tag[name_at..]
                .bytes()
                .take_while(u8::is_ascii_alphanumeric)
                .count();
            let name = tag[name_at..name_at + name_len].to_ascii_lowercase();
            match (name.as_str(), closing) {
                ("table", false) => open.push((-1, -1)),
                ("table", true) => {
                    open.pop();
                }
                ("tr", false) => {
                    if let Some(top) = open.last_mut() {
                        *top = (top.0 + 1, -1);
                    }
                }
                ("td" | "th", false) => {
                    if let Some(top) = open.last_mut() {
                        top.1 += 1;
                    }
                    printed += 1;
                }
                ("p" | "br" | "div" | "li" | "td" | "th", _) => printed += 1,
                _ => {}
            }
            at = gt;
        }
        push_cells(l, &frags, out, grids);
        printed += 1;
        k += 1;
        if open.is_empty() {
            break;
        }
    }
    Some(k)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::split_lines;

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(4000))]
        /// The search for "+" finds the line that a look at every line's
        /// first two bytes finds.
        #[test]
        fn first_rule_line_is_the_first_line_opening_with_a_rule(parts in proptest::collection::vec(
            proptest::sample::select(vec![
                "+", "-", "+-", "+--+", "|", " ", "  ", "\n", "\r\n", "\t", "a", "é", "\u{a0}", "\x0c",
            ]),
            0..24,
        )) {
            let src = parts.concat();
            let lines = split_lines(&src);
            let b = src.as_bytes();
            let want = lines.iter().position(|l| {
                b.get(l.start()) == Some(&b'+') && l.end() > l.start() + 1 && b[l.start() + 1] == b'-'
            });
            proptest::prop_assert_eq!(first_rule_line(b, &lines), want, "{:?}", src);
        }
    }

    fn cells(src: &str) -> (Vec<String>, Grids) {
        let mut lines = split_lines(src);
        let g = split_grids(src, &mut lines, false);
        (lines.iter().map(|l| l.text(src).to_string()).collect(), g)
    }

    #[test]
    fn grid_rows_become_cell_lines() {
        let src = "+---------+----------------+\n| Datum   | 16 mei 2024    |\n+---------+----------------+\n| On      | Beantwoording  |\n| derwerp | Kamervragen    |\n+---------+----------------+\n";
        let (lines, g) = cells(src);
        assert_eq!(
            lines,
            [
                "+---------+----------------+",
                "Datum",
                "16 mei 2024",
                "+---------+----------------+",
                "On",
                "Beantwoording",
                "derwerp",
                "Kamervragen",
                "+---------+----------------+",
            ]
        );
        assert_eq!(g.rules, [0, 3, 8]);
        // "On" and "derwerp" are one cell, the value another.
        assert_eq!(g.cell_of(4), g.cell_of(6));
        assert_eq!(g.cell_of(5), g.cell_of(7));
        assert_ne!(g.cell_of(4), g.cell_of(5));
        assert_eq!(g.cell_of(0), None);
    }

    #[test]
    fn table_inside_a_cell() {
        let src = "+--------------------------+\n| +-------------+---+----+ |\n| | In antwoord |   |    | |\n| | op uw brief |   |    | |\n| +-------------+---+----+ |\n| | De minister |   |    | |\n| +-------------+---+----+ |\n+--------------------------+\n";
        let (lines, g) = cells(src);
        assert_eq!(lines[2], "In antwoord");
        assert_eq!(lines[3], "op uw brief");
        assert_eq!(lines[5], "De minister");
        assert_eq!(g.cell_of(2), g.cell_of(3));
        assert_ne!(g.cell_of(3), g.cell_of(5));
        // The rows that only draw the inner rules are blank.
        assert_eq!(lines[1], "");
    }

    #[test]
    fn multibyte_text_keeps_the_columns() {
        let src = "+----+------+\n| ’s | één  |\n+----+------+\n";
        let (lines, _) = cells(src);
        assert_eq!(&lines[1..3], ["’s", "één"]);
    }

    #[test]
    fn markdown_pipe_table_rows_become_cell_lines() {
        let src = "|       |          |\n|-------|----------|\n| Datum | 16 mei 2024 |\n| a \\| b | c |\n\nTekst | niet\n";
        let (lines, g) = cells(src);
        assert_eq!(
            lines,
            [
                "",
                "|-------|----------|",
                "Datum",
                "16 mei 2024",
                "a \\| b",
                "c",
                "",
                "Tekst | niet"
            ]
        );
        assert_eq!(g.rules, [1]);
        assert_ne!(g.cell_of(2), g.cell_of(3));
        assert_eq!(g.cell_of(7), None);
    }

    #[test]
    fn html_table_text_becomes_cell_lines() {
        let src = "<table>\n<tbody>\n<tr class=\"odd\">\n<td>Datum</td>\n<td>16 mei 2024</td>\n</tr>\n<tr>\n<td><p>Turfmarkt 147</p>\n<p>Beantwoording van</p>\n<p>de vragen</p></td>\n</tr>\n</tbody>\n</table>\nNa de tabel\n";
        let (lines, g) = cells(src);
        assert_eq!(
            lines,
            [
                "",
                "",
                "",
                "Datum",
                "16 mei 2024",
                "",
                "",
                "Turfmarkt 147",
                "Beantwoording van",
                "de vragen",
                "",
                "",
                "",
                "Na de tabel"
            ]
        );
        // Label and value are cells of one row; the paragraphs of a cell
        // are one cell, each on rows of its own.
        assert_ne!(g.cell_of(3), g.cell_of(4));
        assert_eq!(g.cell_of(7), g.cell_of(9));
        let rows: Vec<u32> = [7, 8, 9]
            .iter()
            .map(|&i| g.cell_and_row(i).unwrap().1)
            .collect();
        assert!(rows[1] > rows[0] + 1 && rows[2] > rows[1] + 1, "{rows:?}");
        assert_eq!(g.cell_of(13), None);
        // The tags are borders.
        assert!(g.borders.iter().any(|b| &src[b.start..b.end] == "<td>"));
    }

    #[test]
    fn html_table_paragraph_over_lines_is_one_paragraph() {
        let src = "<table>\n<tr>\n<td><p>Beantwoording van de\nvragen</p></td>\n</tr>\n</table>\n";
        let (lines, g) = cells(src);
        assert_eq!(lines[2], "Beantwoording van de");
        assert_eq!(lines[3], "vragen");
        let (a, b) = (g.cell_and_row(2).unwrap(), g.cell_and_row(3).unwrap());
        assert_eq!((a.0, a.1 + 1), b);
    }

    #[test]
    fn images_are_no_text() {
        // Markdown's image with its attributes over two lines before a grid
        // table; reStructuredText's "|image1|" in a cell.
        let src = "  ![](media/image1.png){width=\"2.56in\"\n  height=\"1.73in\"}\n\n+----------+\n| |image1| |\n+----------+\n| Datum    |\n+----------+\n";
        let (lines, g) = cells(src);
        assert_eq!(g.rules, [0, 1, 3, 5, 7]);
        assert_eq!(lines[4], "");
        assert_eq!(lines[6], "Datum");
    }

    #[test]
    fn text_without_tables_is_left_alone() {
        let src = "Vraag 1\nIs het zo? | Ja\n";
        let (lines, g) = cells(src);
        assert_eq!(lines, ["Vraag 1", "Is het zo? | Ja"]);
        assert!(g.rules.is_empty() && g.cells.is_empty());
    }
}
