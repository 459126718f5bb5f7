//! Reading a Word file (`.docx`) itself, without an extractor.
//!
//! [`to_text`] renders the document as the text the parser reads best, the
//! way Apache POI (and so Apache Tika) extracts a .docx, and keeps what POI
//! loses: [`kamervragen::parse`](crate::parse) on that text gives the same
//! [`Document`] as on POI's text, or a better one.
//!
//! ```no_run
//! # fn main() -> Result<(), kamervragen::docx::Error> {
//! let bytes = std::fs::read("antwoorden.docx").unwrap();
//! let text = kamervragen::docx::to_text(&bytes)?;
//! let doc = kamervragen::parse(&text);
//! let kv = doc.kamervragen.as_ref().unwrap();
//! assert_eq!(kv.questions.len(), 22);
//! // Spans point into the rendered text.
//! let q = &kv.questions[0];
//! assert!(text[q.span.range()].contains("Kent u de berichten"));
//! # Ok(())
//! # }
//! ```
//!
//! (The examples read a letter of the corpus, `tests/fixtures/docx` in the
//! repository; `tests/docx_corpus.rs` runs them.)
//!
//! [`parse`] does both in one call and returns the text with an owned
//! [`Document`]:
//!
//! ```no_run
//! # fn main() -> Result<(), kamervragen::docx::Error> {
//! # let bytes = std::fs::read("antwoorden.docx").unwrap();
//! let parsed = kamervragen::docx::parse(&bytes)?;
//! assert_eq!(parsed.document.date.unwrap().to_string(), "2024-08-26");
//! let footnote = &parsed.document.footnotes[0];
//! assert!(parsed.text[footnote.span.range()].contains("Verzamelbrief dierenwelzijn"));
//! # Ok(())
//! # }
//! ```
//!
//! # What the text keeps
//!
//! * Paragraphs one a line; table rows one a line with the cells separated
//!   by tabs (a cell's paragraphs by line breaks).
//! * Headers and footers, each part once: the last section's headers
//!   before the body and its footers after it, an earlier section's around
//!   the paragraph that ends it (POI's order).
//! * Footnotes and endnotes: `[footnoteRef:1]` (`[endnoteRef:1]`) where the
//!   note is cited and ` [1: text] ` at the end of that paragraph (after the
//!   row for a note cited in a table cell), numbered in the order they are
//!   cited, as Word numbers them, in digits.
//! * Automatic numbering as printed ("1.", "a)", "Vraag 3", "2.1"), from
//!   `numbering.xml` with its levels, restarts, formats and numbering
//!   styles, followed by the level's tab or space.
//! * Text boxes (also in headers), after the paragraph they are anchored in.
//! * Field results, not field codes (the text of a hyperlink, a page
//!   number as it was last printed).
//! * Tracked changes accepted: deleted and moved-away text left out,
//!   inserted text kept; hidden text (`w:vanish`) left out.
//! * Tabs, line breaks, non-breaking hyphens (U+2011) and non-breaking
//!   spaces as written; soft hyphens left out; symbol-font characters
//!   (bullets, check marks) as Unicode.
//!
//! Text keeps the letters as typed: all-caps formatting (`w:caps`) is not
//! applied, unlike POI.
//!
//! Spans of a [`Document`] parsed from a .docx are byte offsets into the
//! rendered text ([`to_text`], [`Parsed::text`]), not into the file.
//!
//! # Bad input
//!
//! Every failure is an [`Error`] whose [`ErrorKind`] says what the bytes
//! turned out to be: not a zip, an old binary `.doc`, an encrypted file, a
//! corrupt archive, a zip without a Word document, malformed XML. Reading
//! never panics and stays bounded: the parts may decompress to at most
//! [`MAX_UNCOMPRESSED`] bytes (counted as they are read, whatever the zip
//! headers claim), the text may grow to [`MAX_TEXT`] bytes, a part may
//! hold [`MAX_RUN`] bytes without markup, elements may nest [`MAX_DEPTH`]
//! deep, and DTDs (and so entity expansion) are refused. Elements this reader does not know are
//! read through for their text, or skipped.

mod error;
mod glyphs;
mod numbering;
mod package;
mod render;
mod styles;
mod xml;

pub use error::{Error, ErrorKind};

use crate::{Document, Parser};
use package::{Package, Relationship};
use render::{Parts, Story};
use xml::Walker;

/// The most bytes that the parts of one document may decompress to:
/// 256 MiB.
pub const MAX_UNCOMPRESSED: u64 = 256 << 20;

/// The longest rendered text: 16 MiB, some hundred times the longest
/// letter, and a text the parser reads in bounded time and memory. Notes,
/// headers and list numbers are copied into the text, so a small part could
/// otherwise render as a huge text.
pub const MAX_TEXT: usize = 16 << 20;

/// The most bytes of a part between two `<`: 32 MiB. The XML reader holds a
/// run of text in memory whole; a longer run is no Word document.
pub const MAX_RUN: u64 = 32 << 20;

/// The deepest that XML elements may nest.
pub const MAX_DEPTH: usize = 256;

/// The main document part when the package relationships name none.
const DEFAULT_DOCUMENT: &str = "word/document.xml";

/// Renders the Word document in `bytes` as text for [`crate::parse`].
///
/// # Errors
///
/// When `bytes` are not a readable `.docx`; [`Error::kind`] says why.
pub fn to_text(bytes: &[u8]) -> Result<String, Error> {
    let mut pkg = Package::open(bytes)?;
    let main = main_part(&mut pkg)?;
    let rels = pkg.relationships(&main)?;
    let parts = parts(&mut pkg, &rels)?;
    let index = pkg.find(&main).ok_or_else(|| missing(&main))?;
    let bytes = pkg.read(index).map_err(|e| e.in_part(&main))?;
    let rendered =
        render::render(Walker::new(&bytes), Story::Body, &parts).map_err(|e| e.in_part(&main))?;
    Ok(rendered.text)
}

/// A Word document read: the rendered text and the [`Document`] parsed from
/// it, whose spans point into [`Parsed::text`].
///
/// The document is owned (`Document<'static>`, see
/// [`Document::into_owned`]) so that both can be returned together; to
/// borrow from the text instead, call [`to_text`] and then
/// [`crate::parse`].
#[derive(Debug, Clone, PartialEq)]
pub struct Parsed {
    /// The text the document was rendered as.
    pub text: String,
    /// The document parsed from [`Parsed::text`].
    pub document: Document<'static>,
}

/// Renders the Word document in `bytes` and parses it.
///
/// # Errors
///
/// When `bytes` are not a readable `.docx`; [`Error::kind`] says why.
pub fn parse(bytes: &[u8]) -> Result<Parsed, Error> {
    parse_with(&Parser::new(), bytes)
}

/// Renders the Word document in `bytes` and parses it with `parser` (for
/// its options, such as [`Parser::reference_date`]).
///
/// # Errors
///
/// When `bytes` are not a readable `.docx`; [`Error::kind`] says why.
pub fn parse_with(parser: &Parser, bytes: &[u8]) -> Result<Parsed, Error> {
    let text = to_text(bytes)?;
    let document = parser.parse(&text).into_owned();
    Ok(Parsed { text, document })
}

/// Whether `bytes` begin like a Word file: a zip archive (`.docx`) or an
/// OLE compound file (an old `.doc`, an encrypted file). Such bytes are for
/// [`to_text`], which says what they are when it cannot read them; any
/// other bytes are text.
pub fn looks_like_docx(bytes: &[u8]) -> bool {
    package::is_container(bytes)
}

fn missing(part: &str) -> Error {
    Error::new(
        ErrorKind::MissingDocument,
        format!("there is no {part} (is it a Word file?)"),
    )
}

/// The main document part: the target of the package's officeDocument
/// relationship, else `word/document.xml`.
fn main_part(pkg: &mut Package<'_>) -> Result<String, Error> {
    let rels = pkg.relationships("")?;
    let named = rels
        .into_iter()
        .find(|r| r.kind == "officeDocument")
        .map(|r| r.target)
        .filter(|t| pkg.find(t).is_some());
    match named {
        Some(t) => Ok(t),
        None if pkg.find(DEFAULT_DOCUMENT).is_some() => Ok(DEFAULT_DOCUMENT.to_string()),
        None => Err(missing(DEFAULT_DOCUMENT)),
    }
}

/// Reads what the body's rendering needs: styles, numbering, notes,
/// headers and footers.
fn parts(pkg: &mut Package<'_>, rels: &[Relationship]) -> Result<Parts, Error> {
    let mut parts = Parts::default();
    let target = |kind: &str| {
        rels.iter()
            .find(|r| r.kind == kind)
            .map(|r| r.target.clone())
    };

    if let Some(name) = target("styles")
        && let Some(i) = pkg.find(&name)
    {
        let bytes = pkg.read(i).map_err(|e| e.in_part(&name))?;
        let bytes = styles::without_latent_styles(&bytes);
        let w = Walker::new(&bytes);
        parts.styles = styles::Styles::read(w).map_err(|e| e.in_part(&name))?;
    }
    if let Some(name) = target("numbering")
        && let Some(i) = pkg.find(&name)
    {
        // Read now, parsed when a paragraph is numbered: most letters
        // number none, while their templates define many lists.
        let bytes = pkg.read(i).map_err(|e| e.in_part(&name))?;
        parts.numbering_part = Some((name, bytes));
    }
    for kind in ["footnotes", "endnotes"] {
        if let Some(name) = target(kind)
            && let Some(i) = pkg.find(&name)
        {
            let bytes = pkg.read(i).map_err(|e| e.in_part(&name))?;
            let w = Walker::new(&bytes);
            let notes = render::render(w, Story::Notes, &parts)
                .map_err(|e| e.in_part(&name))?
                .notes;
            if kind == "footnotes" {
                parts.footnotes = notes;
            } else {
                parts.endnotes = notes;
            }
        }
    }
    // Each header or footer part once, however many relationships name it.
    for r in rels
        .iter()
        .filter(|r| r.kind == "header" || r.kind == "footer")
    {
        if !parts.header_texts.contains_key(&r.target) {
            let Some(i) = pkg.find(&r.target) else {
                continue;
            };
            let bytes = pkg.read(i).map_err(|e| e.in_part(&r.target))?;
            let w = Walker::new(&bytes);
            let text = render::render(w, Story::HeaderFooter, &parts)
                .map_err(|e| e.in_part(&r.target))?
                .text;
            parts.header_texts.insert(r.target.clone(), text);
        }
        parts.headers.insert(r.id.clone(), r.target.clone());
    }
    Ok(parts)
}
