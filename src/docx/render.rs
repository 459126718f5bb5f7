//! Rendering a story (the body, a header or footer, the notes) as the text
//! the parser reads: the conventions of Apache POI's text of a .docx, with
//! what POI leaves out put back.
//!
//! * One paragraph a line. A table row is a line, its cells separated by a
//!   tab, the paragraphs inside a cell by a line break.
//! * A footnote or endnote reference is `[footnoteRef:N]` or
//!   `[endnoteRef:N]` where it stands, and the note's text follows at the end
//!   of the paragraph as ` [N: text] ` (a second note of the paragraph on a
//!   line of its own; notes cited in a table cell after the row). `N` counts
//!   footnotes, and endnotes apart, in the order they are cited, as Word
//!   numbers them; always in digits, also where Word prints endnotes as
//!   "i", "ii" (the parser reads digits).
//! * A text box's paragraphs follow, as lines, the paragraph it is anchored
//!   in.
//! * Automatic list numbers are printed ("1.", "a)", "Vraag 3") followed by
//!   the level's tab or space.
//! * Fields show their result, not their code; tracked changes are shown
//!   accepted (deleted text out, inserted text in, a deleted paragraph mark
//!   joins two paragraphs); hidden text (`w:vanish`) is left out.
//! * `w:tab` is a tab, `w:br` and `w:cr` a line break, a non-breaking hyphen
//!   U+2011; a soft hyphen, printed only where a line breaks, is left out;
//!   symbol-font characters become their Unicode equivalents.
//!
//! The XML is read in one pass; nothing recurses, so deep nesting costs
//! memory in proportion to the input, never stack.

use std::cell::OnceCell;
use std::collections::{HashMap, HashSet};

use super::error::{Error, ErrorKind};
use super::glyphs;
use super::numbering::{Counters, Numbering, Suffix};
use super::styles::{NumRef, Styles, level};
use super::xml::{Element, Ev, Ns, Walker};

/// What a story is rendered for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Story {
    /// `document.xml`.
    Body,
    /// A header or footer part.
    HeaderFooter,
    /// `footnotes.xml` or `endnotes.xml`: each note's text is kept apart.
    Notes,
}

/// What the body's rendering looks up: definitions read before it.
#[derive(Debug, Default)]
pub(crate) struct Parts {
    pub styles: Styles,
    /// `numbering.xml`: its name and bytes, parsed on first use.
    pub numbering_part: Option<(String, Vec<u8>)>,
    numbering: OnceCell<Result<Numbering, Error>>,
    /// Footnote and endnote texts by `w:id`.
    pub footnotes: HashMap<String, String>,
    pub endnotes: HashMap<String, String>,
    /// Header and footer part names by relationship id.
    pub headers: HashMap<String, String>,
    /// Header and footer texts by part name: their non-blank lines.
    pub header_texts: HashMap<String, String>,
}

impl Parts {
    /// The numbering definitions, read the first time a paragraph asks.
    fn numbering(&self) -> Result<&Numbering, Error> {
        let defs = self.numbering.get_or_init(|| match &self.numbering_part {
            Some((name, bytes)) => Numbering::read(Walker::new(bytes)).map_err(|e| e.in_part(name)),
            None => Ok(Numbering::default()),
        });
        defs.as_ref().map_err(Clone::clone)
    }
}

/// What a rendering made.
#[derive(Debug, Default)]
pub(crate) struct Rendered {
    /// The text.
    pub text: String,
    /// For [`Story::Notes`]: each note's text by `w:id`.
    pub notes: HashMap<String, String>,
}

/// Renders the part `w` reads.
pub(crate) fn render(mut w: Walker<'_>, story: Story, parts: &Parts) -> Result<Rendered, Error> {
    let mut r = Renderer::new(story, parts);
    loop {
        let skip = match w.next()? {
            Ev::Start(e) => {
                let skip = r.start(&e)?;
                if e.empty && !skip {
                    r.end()?;
                }
                skip && !e.empty
            }
            Ev::End => {
                r.end()?;
                false
            }
            Ev::Text(t) => {
                if r.in_text() {
                    r.text(&t);
                }
                false
            }
            Ev::Other => false,
            Ev::Eof => break,
        };
        if skip {
            w.skip()?;
        }
    }
    r.finish()
}

/// The role of an open element.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Frame {
    /// Read through: its content is rendered as if it were not there.
    Plain,
    /// `w:body`, `w:hdr`, `w:ftr`: lines, each ending in a line break.
    Story,
    /// `w:footnote`, `w:endnote`: a note kept apart.
    Note,
    /// `w:txbxContent`.
    TextBox,
    Paragraph,
    ParagraphProps,
    /// The `w:rPr` of a paragraph mark.
    MarkProps,
    NumberingProps,
    /// `w:sectPr`; `last`: the body's own, the document's last section.
    Section {
        last: bool,
    },
    Run,
    RunProps,
    /// `w:t`, `m:t`: text.
    Text,
    Row,
    RowProps,
    Cell,
    /// `mc:AlternateContent`; `taken`: a choice was rendered.
    Alternate {
        taken: bool,
    },
}

/// Lines of a container: a story ends every line; a cell or a note
/// separates its lines.
#[derive(Debug, Clone, Copy)]
struct Container {
    joined: bool,
    /// A table cell.
    cell: bool,
    lines: u32,
    /// The last paragraph's mark was deleted or hidden: the next paragraph
    /// goes on its line.
    merge: bool,
}

/// An open paragraph.
#[derive(Debug, Default)]
struct Paragraph {
    /// Note texts, printed at the end of the line.
    notes: String,
    /// Lines of the text boxes anchored here, each ending in `\n`.
    boxes: String,
    /// Footers of the section this paragraph ends, printed after it.
    footers: String,
    style: NumRef,
    direct: NumRef,
    /// The list number was printed (or there is none).
    numbered: bool,
    /// What follows the number, printed before the first text.
    suffix: Option<Suffix>,
    mark_removed: bool,
}

/// An open table row.
#[derive(Debug, Clone, Default)]
struct Row {
    cells: u32,
    deleted: bool,
    /// Note texts of its cells' paragraphs, printed after the row: in the
    /// row's line, a tab would follow them, where the parser would not see
    /// where a note ends.
    notes: String,
}

/// The header and footer references of a section, in POI's order: first
/// page, even pages, default.
#[derive(Debug, Default)]
struct SectionRefs {
    headers: [Option<String>; 3],
    footers: [Option<String>; 3],
}

struct Renderer<'p> {
    story: Story,
    parts: &'p Parts,
    frames: Vec<Frame>,
    /// Output buffers: the story's, then one per open text box.
    bufs: Vec<String>,
    containers: Vec<Container>,
    /// Open paragraphs (a text box nests one in another); `paras[..open]`
    /// are open, the rest kept for their buffers.
    paras: Vec<Paragraph>,
    open: usize,
    /// Whether each open run is hidden.
    runs: Vec<bool>,
    rows: Vec<Row>,
    /// Open fields: `true` while in the field's code, before its result.
    fields: Vec<bool>,
    in_code: usize,
    counters: Counters,
    footnotes: u32,
    endnotes: u32,
    section: SectionRefs,
    /// Header and footer parts printed so far.
    printed: HashSet<String>,
    /// The document's last section's headers and footers, printed before
    /// and after everything else.
    first: String,
    last: String,
    /// The note being read (Story::Notes): its id and whether it is kept.
    note: Option<String>,
    notes: HashMap<String, String>,
    /// The numbering of the default paragraph style.
    default_numbering: NumRef,
    /// An error met where none can be returned (the numbering definitions
    /// read on the way), returned at the end of the paragraph.
    error: Option<Error>,
}

impl<'p> Renderer<'p> {
    fn new(story: Story, parts: &'p Parts) -> Renderer<'p> {
        Renderer {
            story,
            parts,
            frames: Vec::with_capacity(64),
            bufs: vec![String::new()],
            containers: Vec::with_capacity(8),
            paras: Vec::new(),
            open: 0,
            runs: Vec::with_capacity(4),
            rows: Vec::new(),
            fields: Vec::new(),
            in_code: 0,
            counters: Counters::default(),
            footnotes: 0,
            endnotes: 0,
            section: SectionRefs::default(),
            printed: HashSet::new(),
            first: String::new(),
            last: String::new(),
            note: None,
            notes: HashMap::new(),
            default_numbering: parts.styles.numbering(None),
            error: None,
        }
    }

    fn parent(&self) -> Frame {
        self.frames.last().copied().unwrap_or(Frame::Plain)
    }

    fn buf(&mut self) -> &mut String {
        // There is always the story's buffer.
        let last = self.bufs.len() - 1;
        &mut self.bufs[last]
    }

    fn para(&mut self) -> Option<&mut Paragraph> {
        self.open.checked_sub(1).map(|i| &mut self.paras[i])
    }

    fn in_text(&self) -> bool {
        self.parent() == Frame::Text
    }

    /// Handles a start tag; returns whether to skip the element's content.
    fn start(&mut self, e: &Element<'_>) -> Result<bool, Error> {
        let parent = self.parent();
        let frame = match e.ns {
            Ns::W => match self.w_start(e, parent)? {
                Some(f) => f,
                None => return Ok(true),
            },
            Ns::Mc => match e.local() {
                "AlternateContent" => Frame::Alternate { taken: false },
                "Choice" => match parent {
                    Frame::Alternate { taken: false } => {
                        if let Some(Frame::Alternate { taken }) = self.frames.last_mut() {
                            *taken = true;
                        }
                        Frame::Plain
                    }
                    _ => return Ok(true),
                },
                // The fallback repeats the choice for older readers.
                "Fallback" => return Ok(true),
                _ => Frame::Plain,
            },
            Ns::M if e.local() == "t" => Frame::Text,
            _ => Frame::Plain,
        };
        self.frames.push(frame);
        Ok(false)
    }

    /// A WordprocessingML start tag: its frame, or `None` to skip it.
    fn w_start(&mut self, e: &Element<'_>, parent: Frame) -> Result<Option<Frame>, Error> {
        Ok(Some(match e.local() {
            "body" | "hdr" | "ftr" => {
                self.containers.push(Container {
                    joined: false,
                    cell: false,
                    lines: 0,
                    merge: false,
                });
                Frame::Story
            }
            "footnote" | "endnote" if self.story == Story::Notes => {
                // Separators are not notes.
                if e.w("type").is_some_and(|t| t != "normal") {
                    return Ok(None);
                }
                self.note = e.w("id").map(|v| v.into_owned());
                self.bufs.push(String::new());
                self.containers.push(Container {
                    joined: true,
                    cell: false,
                    lines: 0,
                    merge: false,
                });
                Frame::Note
            }
            "txbxContent" => {
                self.bufs.push(String::new());
                self.containers.push(Container {
                    joined: false,
                    cell: false,
                    lines: 0,
                    merge: false,
                });
                Frame::TextBox
            }
            "p" => {
                self.begin_paragraph_line();
                if self.open == self.paras.len() {
                    self.paras.push(Paragraph::default());
                }
                let p = &mut self.paras[self.open];
                p.notes.clear();
                p.boxes.clear();
                p.footers.clear();
                p.style = self.default_numbering;
                p.direct = NumRef::default();
                p.numbered = false;
                p.suffix = None;
                p.mark_removed = false;
                self.open += 1;
                Frame::Paragraph
            }
            "pPr" if parent == Frame::Paragraph => Frame::ParagraphProps,
            "pStyle" if parent == Frame::ParagraphProps => {
                let style = e.w("val");
                let num = self.parts.styles.numbering(style.as_deref());
                if let Some(p) = self.para() {
                    p.style = num;
                }
                Frame::Plain
            }
            "numPr" if parent == Frame::ParagraphProps => Frame::NumberingProps,
            "numId" if parent == Frame::NumberingProps => {
                let n = e.number();
                if let Some(p) = self.para() {
                    p.direct.num = n;
                }
                Frame::Plain
            }
            "ilvl" if parent == Frame::NumberingProps => {
                let n = e.w("val").map(|v| level(&v));
                if let Some(p) = self.para() {
                    p.direct.level = n;
                }
                Frame::Plain
            }
            "rPr" => match parent {
                Frame::ParagraphProps => Frame::MarkProps,
                Frame::Run => Frame::RunProps,
                _ => return Ok(None),
            },
            "del" | "moveFrom" => match parent {
                Frame::MarkProps => {
                    if let Some(p) = self.para() {
                        p.mark_removed = true;
                    }
                    return Ok(None);
                }
                Frame::RowProps => {
                    if let Some(r) = self.rows.last_mut() {
                        r.deleted = true;
                    }
                    return Ok(None);
                }
                // Deleted or moved-away content.
                _ => return Ok(None),
            },
            "vanish" => {
                let on = e.on();
                match parent {
                    Frame::MarkProps => {
                        if let Some(p) = self.para() {
                            p.mark_removed |= on;
                        }
                    }
                    Frame::RunProps => {
                        if let Some(r) = self.runs.last_mut() {
                            *r = on;
                        }
                    }
                    _ => {}
                }
                Frame::Plain
            }
            "rStyle" if parent == Frame::RunProps => {
                let hidden = e.w("val").is_some_and(|s| self.parts.styles.hides(&s));
                if hidden && let Some(r) = self.runs.last_mut() {
                    *r = true;
                }
                Frame::Plain
            }
            "sectPr" => match parent {
                Frame::ParagraphProps => {
                    self.section = SectionRefs::default();
                    Frame::Section { last: false }
                }
                Frame::Story if self.story == Story::Body => {
                    self.section = SectionRefs::default();
                    Frame::Section { last: true }
                }
                _ => return Ok(None),
            },
            "headerReference" | "footerReference" if matches!(parent, Frame::Section { .. }) => {
                let slot = match e.w("type").as_deref() {
                    Some("first") => 0,
                    Some("even") => 1,
                    _ => 2,
                };
                let id = e.attr(Ns::R, "id").map(|v| v.into_owned());
                if e.local() == "headerReference" {
                    self.section.headers[slot] = id;
                } else {
                    self.section.footers[slot] = id;
                }
                Frame::Plain
            }
            "r" => {
                self.runs.push(false);
                Frame::Run
            }
            "t" => Frame::Text,
            "tab" | "ptab" if parent == Frame::Run => {
                self.text("\t");
                Frame::Plain
            }
            "br" | "cr" if parent == Frame::Run => {
                self.text("\n");
                Frame::Plain
            }
            "noBreakHyphen" if parent == Frame::Run => {
                self.text("\u{2011}");
                Frame::Plain
            }
            "sym" if parent == Frame::Run => {
                let code = e
                    .w("char")
                    .and_then(|c| u32::from_str_radix(c.trim(), 16).ok())
                    .and_then(char::from_u32);
                if let Some(c) = code {
                    let c = glyphs::symbol(e.w("font").as_deref(), c);
                    let mut tmp = [0u8; 4];
                    self.text(c.encode_utf8(&mut tmp));
                }
                Frame::Plain
            }
            "footnoteReference" | "endnoteReference" if parent == Frame::Run => {
                self.note_reference(e)?;
                Frame::Plain
            }
            "fldChar" if parent == Frame::Run => {
                self.field_char(e.w("fldCharType").as_deref());
                Frame::Plain
            }
            "tr" => {
                self.rows.push(Row::default());
                Frame::Row
            }
            "trPr" if parent == Frame::Row => Frame::RowProps,
            // A cell belongs to the innermost open row, also when a content
            // control or custom XML wraps it.
            "tc" if !self.rows.is_empty() => {
                let Some(row) = self.rows.last_mut() else {
                    return Ok(None);
                };
                if row.deleted {
                    return Ok(None);
                }
                row.cells += 1;
                if row.cells == 1 {
                    self.begin_line();
                } else {
                    self.buf().push('\t');
                }
                self.containers.push(Container {
                    joined: true,
                    cell: true,
                    lines: 0,
                    merge: false,
                });
                Frame::Cell
            }
            // Codes, old versions of changed properties, deleted text,
            // control properties, table and cell properties: no text that is
            // printed.
            "instrText" | "delText" | "delInstrText" | "sdtPr" | "sdtEndPr" | "rPrChange"
            | "pPrChange" | "sectPrChange" | "tblPrChange" | "trPrChange" | "tcPrChange"
            | "tblGridChange" | "numberingChange" | "tblPr" | "tblGrid" | "tcPr" | "fldData"
            | "rt" | "customXmlPr" | "smartTagPr" | "tabs" | "footnotePr" | "endnotePr"
            | "commentReference" | "annotationRef" => return Ok(None),
            _ => Frame::Plain,
        }))
    }

    /// Handles the end of the innermost open element.
    fn end(&mut self) -> Result<(), Error> {
        let Some(frame) = self.frames.pop() else {
            return Ok(());
        };
        match frame {
            Frame::Story => self.pop_container(),
            Frame::Note => {
                self.pop_container();
                let text = self.bufs.pop().unwrap_or_default();
                if let Some(id) = self.note.take() {
                    self.notes.entry(id).or_insert(text);
                }
            }
            Frame::TextBox => {
                self.pop_container();
                let text = self.bufs.pop().unwrap_or_default();
                match self.para() {
                    Some(p) => p.boxes.push_str(&text),
                    None => self.lines(&text),
                }
            }
            Frame::ParagraphProps => self.number(),
            Frame::Paragraph => self.end_paragraph()?,
            Frame::Section { last } => self.end_section(last)?,
            Frame::Run => {
                self.runs.pop();
            }
            Frame::Row => {
                if let Some(row) = self.rows.pop() {
                    if row.cells > 0 {
                        self.end_line();
                    }
                    match self.rows.last_mut() {
                        // A nested table's notes go after the outer row.
                        Some(outer) => outer.notes.push_str(&row.notes),
                        None => self.lines(&row.notes),
                    }
                }
            }
            Frame::Cell => self.pop_container(),
            Frame::Plain
            | Frame::MarkProps
            | Frame::NumberingProps
            | Frame::RunProps
            | Frame::Text
            | Frame::RowProps
            | Frame::Alternate { .. } => {}
        }
        Ok(())
    }

    /// Text of a run (or a tab, a break): printed unless hidden or part of
    /// a field's code.
    fn text(&mut self, t: &str) {
        if self.in_code > 0 || self.runs.last() == Some(&true) {
            return;
        }
        if self.open > 0 {
            self.number();
            let p = &mut self.paras[self.open - 1];
            if let Some(s) = p.suffix.take() {
                let s = s.as_str();
                self.buf().push_str(s);
            }
        }
        self.buf().push_str(t);
    }

    /// Prints the open paragraph's list number, once.
    fn number(&mut self) {
        let Some(i) = self.open.checked_sub(1) else {
            return;
        };
        let p = &mut self.paras[i];
        if p.numbered {
            return;
        }
        p.numbered = true;
        let num = p.direct.num.or(p.style.num);
        let level = p.direct.level.or(p.style.level).unwrap_or(0);
        let Some(num) = num.filter(|&n| n != 0) else {
            return;
        };
        let defs = match self.parts.numbering() {
            Ok(defs) => defs,
            Err(e) => {
                self.error.get_or_insert(e);
                return;
            }
        };
        let last = self.bufs.len() - 1;
        let buf = &mut self.bufs[last];
        let at = buf.len();
        let suffix = self
            .counters
            .label(defs, &self.parts.styles, num, level, buf);
        // A blank number (a list level used to indent, as pandoc writes
        // the paragraphs that continue a list item) prints nothing.
        if buf[at..].trim().is_empty() {
            buf.truncate(at);
            return;
        }
        self.paras[i].suffix = suffix.filter(|s| *s != Suffix::Nothing);
    }

    /// A footnote or endnote reference: the marker here, the note's text at
    /// the end of the paragraph.
    fn note_reference(&mut self, e: &Element<'_>) -> Result<(), Error> {
        if self.in_code > 0 || self.runs.last() == Some(&true) {
            return Ok(());
        }
        let foot = e.local() == "footnoteReference";
        let n = if foot {
            self.footnotes += 1;
            self.footnotes
        } else {
            self.endnotes += 1;
            self.endnotes
        };
        let marker = if foot {
            format!("[footnoteRef:{n}]")
        } else {
            format!("[endnoteRef:{n}]")
        };
        self.text(&marker);
        let notes = if foot {
            &self.parts.footnotes
        } else {
            &self.parts.endnotes
        };
        if let Some(body) = e.w("id").and_then(|id| notes.get(id.as_ref()))
            && let Some(i) = self.open.checked_sub(1)
        {
            let p = &mut self.paras[i];
            // POI's ` [1: text] `; a second note of the paragraph goes on a
            // line of its own, where the parser tells it from the first.
            p.notes.reserve(body.len() + 16);
            if !p.notes.is_empty() {
                p.notes.push('\n');
            }
            p.notes.push_str(" [");
            p.notes.push_str(&n.to_string());
            p.notes.push_str(": ");
            p.notes.push_str(body);
            p.notes.push_str("] ");
            if p.notes.len() > super::MAX_TEXT {
                return Err(too_large());
            }
        }
        Ok(())
    }

    fn field_char(&mut self, kind: Option<&str>) {
        match kind {
            Some("begin") => {
                self.fields.push(true);
                self.in_code += 1;
            }
            Some("separate") => {
                if let Some(f) = self.fields.last_mut()
                    && *f
                {
                    *f = false;
                    self.in_code -= 1;
                }
            }
            // The field closes either way; only one still in its code
            // leaves the code count.
            Some("end") if self.fields.pop() == Some(true) => self.in_code -= 1,
            _ => {}
        }
    }

    fn begin_paragraph_line(&mut self) {
        if let Some(c) = self.containers.last_mut()
            && c.merge
        {
            c.merge = false;
            return;
        }
        self.begin_line();
    }

    fn begin_line(&mut self) {
        let Some(c) = self.containers.last_mut() else {
            return;
        };
        if c.merge {
            c.merge = false;
            if !c.joined {
                self.buf().push('\n');
            }
            return self.begin_line();
        }
        let sep = c.joined && c.lines > 0;
        c.lines = c.lines.saturating_add(1);
        if sep {
            self.buf().push('\n');
        }
    }

    fn end_line(&mut self) {
        if self.containers.last().is_some_and(|c| !c.joined) {
            self.buf().push('\n');
        }
    }

    fn pop_container(&mut self) {
        if let Some(c) = self.containers.pop()
            && c.merge
            && !c.joined
        {
            self.buf().push('\n');
        }
    }

    /// Each line of `text` (lines ending in `\n`) as a line here.
    fn lines(&mut self, text: &str) {
        for line in text.split_terminator('\n') {
            self.begin_line();
            self.buf().push_str(line);
            self.end_line();
        }
    }

    fn end_paragraph(&mut self) -> Result<(), Error> {
        self.number();
        if let Some(e) = self.error.take() {
            return Err(e);
        }
        let Some(i) = self.open.checked_sub(1) else {
            return Ok(());
        };
        self.open = i;
        let p = &self.paras[i];
        let last = self.bufs.len() - 1;
        let in_cell = self.containers.last().is_some_and(|c| c.cell);
        match self.rows.last_mut() {
            Some(row) if in_cell && !p.notes.is_empty() => {
                row.notes.push_str(&p.notes);
                row.notes.push('\n');
            }
            _ => self.bufs[last].push_str(&p.notes),
        }
        let merge = p.mark_removed && p.boxes.is_empty() && p.footers.is_empty();
        let extra = !p.boxes.is_empty() || !p.footers.is_empty();
        match self.containers.last_mut() {
            Some(c) if merge => c.merge = true,
            _ => self.end_line(),
        }
        if extra {
            // Kept in place for the next paragraph at this depth.
            let boxes = std::mem::take(&mut self.paras[i].boxes);
            let footers = std::mem::take(&mut self.paras[i].footers);
            self.lines(&boxes);
            self.lines(&footers);
            self.paras[i].boxes = boxes;
            self.paras[i].footers = footers;
        }
        self.check_size()
    }

    /// At the end of a `w:sectPr`: a section that ends at a paragraph has
    /// its headers printed before that paragraph and its footers after it;
    /// the last section's go first and last.
    fn end_section(&mut self, last: bool) -> Result<(), Error> {
        let refs = std::mem::take(&mut self.section);
        let headers = self.section_text(&refs.headers);
        let footers = self.section_text(&refs.footers);
        if last {
            self.first = headers;
            self.last = footers;
        } else {
            self.lines(&headers);
            if let Some(p) = self.para() {
                p.footers = footers;
            }
        }
        self.check_size()
    }

    /// The text of the headers or footers `ids` (first, even, default) not
    /// printed before.
    fn section_text(&mut self, ids: &[Option<String>; 3]) -> String {
        let mut out = String::new();
        for id in ids.iter().flatten() {
            if let Some(part) = self.parts.headers.get(id)
                && let Some(text) = self.parts.header_texts.get(part)
                && self.printed.insert(part.clone())
            {
                out.push_str(text);
            }
        }
        out
    }

    fn check_size(&self) -> Result<(), Error> {
        let size: usize =
            self.bufs.iter().map(String::len).sum::<usize>() + self.first.len() + self.last.len();
        if size > super::MAX_TEXT {
            return Err(too_large());
        }
        Ok(())
    }

    fn finish(mut self) -> Result<Rendered, Error> {
        if let Some(e) = self.error.take() {
            return Err(e);
        }
        self.check_size()?;
        let mut body = std::mem::take(&mut self.bufs[0]);
        if !self.first.is_empty() || !self.last.is_empty() {
            let mut all = String::with_capacity(self.first.len() + body.len() + self.last.len());
            all.push_str(&self.first);
            all.push_str(&body);
            all.push_str(&self.last);
            body = all;
        }
        if self.story == Story::HeaderFooter {
            body = non_blank_lines(&body);
        }
        Ok(Rendered {
            text: body,
            notes: self.notes,
        })
    }
}

fn too_large() -> Error {
    Error::new(
        ErrorKind::TooLarge,
        format!("the rendered text would pass {} MiB", super::MAX_TEXT >> 20),
    )
}

/// The lines of `text` that hold more than white space, each ending in
/// `\n` (POI leaves blank header lines out).
fn non_blank_lines(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        out.push_str(line);
        out.push('\n');
    }
    out
}
