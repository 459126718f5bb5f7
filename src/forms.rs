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

/// Cut the row lines of pandoc's grid tables into the text of their cells
/// (a line with no text in any cell becomes blank), in place.
pub(crate) fn split_grids(src: &str, lines: &mut Vec<Line>) -> Grids {
    // Most texts draw no grid table, and have no "+" at all.
    match first_rule_line(src.as_bytes(), lines) {
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
    // Before it, pandoc's simple-table rules and images without a
    // description.
    for (i, l) in lines[..first].iter().enumerate() {
        if !l.is_blank() && matches!(b[l.start()], b'-' | b'[') {
            let t = l.text(src);
            if is_simple_rule(t) || t == "[]" {
                grids.rules.push(i as u32);
            }
        }
    }
    let mut out: Vec<Line> = Vec::with_capacity(lines.len() + 64);
    out.extend_from_slice(&lines[..first]);
    let mut table: Option<Table> = None;
    let mut tables = 0u64;
    for (row, &l) in lines.iter().enumerate().skip(first) {
        let row = u32::try_from(row).unwrap_or(u32::MAX);
        let t = l.text(src);
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
        // An image without a description, as pandoc prints it.
        if is_simple_rule(t) || t == "[]" {
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
        let mut frags: Vec<(usize, usize, u64)> = Vec::new();
        for (col, w) in at.windows(2).enumerate() {
            let (from, to) = (w[0] + 1, w[1]);
            let cell = &t[from..to];
            let trimmed = cell.trim();
            if trimmed.is_empty() {
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
                        frags.push((s, s + pt.len(), key(tb.number, tb.row, col, *inner_row, ic)));
                    }
                }
                continue;
            }
            frags.push((cs, ce, key(tb.number, tb.row, col, 0, 0)));
        }
        let base = l.start();
        if frags.is_empty() {
            grids.borders.push(l.span());
            out.push(Line::new(base, base));
            continue;
        }
        let mut prev = base;
        for &(s, e, cell) in &frags {
            grids.borders.push(Span::new(prev, base + s));
            grids.cells.push((out.len() as u32, cell, row));
            out.push(Line::new(base + s, base + e));
            prev = base + e;
        }
        grids.borders.push(Span::new(prev, l.end()));
    }
    *lines = out;
    grids
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
        let g = split_grids(src, &mut lines);
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
    fn text_without_tables_is_left_alone() {
        let src = "Vraag 1\nIs het zo? | Ja\n";
        let (lines, g) = cells(src);
        assert_eq!(lines, ["Vraag 1", "Is het zo? | Ja"]);
        assert!(g.rules.is_empty() && g.cells.is_empty());
    }
}
