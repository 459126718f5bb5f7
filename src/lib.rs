//! Parse Dutch parliamentary written questions ("Kamervragen"), the
//! minister's answers and the letters that carry them, from the plain text
//! that PDF and Word extractors make of them, into a typed model.
//!
//! Members of the Tweede Kamer ask ministers written questions; the minister
//! answers in a letter (letterhead, "Geachte voorzitter,", the answers, a
//! signature), and the Kamer publishes questions and answers in the
//! "Aanhangsel van de Handelingen". The same content reaches people as Word
//! and PDF files, and from there as text full of extraction noise. This
//! crate reads all of those texts into one [`Document`].
//!
//! # Parse a letter
//!
//! [`parse`] never fails: it returns what it found, and says what it could
//! not read in [`Document::diagnostics`].
//!
//! ```
//! let text = include_str!("../examples/data/seed-defensie-2025-weerbaarheidsdoelen.txt");
//! let doc = kamervragen::parse(text);
//! assert_eq!(doc.kind, kamervragen::Kind::AnswerLetter);
//! assert_eq!(doc.date.unwrap().to_string(), "2025-04-24");
//!
//! let letter = doc.letter.as_ref().unwrap();
//! assert_eq!(letter.our_reference.as_deref(), Some("MINDEF20250016257"));
//! assert_eq!(letter.signatories[0].name, "Ruben Brekelmans");
//! assert_eq!(letter.signatories[0].role.as_deref(), Some("minister van Defensie"));
//! ```
//!
//! # Walk the questions with their answers
//!
//! Questions and answers carry the numbers they are printed under: one
//! answer may cover several questions ("Antwoord op vragen 2 en 3"), and an
//! answer may only point to another one (`refers_to`, from "Zie vraag twee").
//!
//! ```
//! let text = include_str!("../examples/data/seed-defensie-2025-weerbaarheidsdoelen.txt");
//! let doc = kamervragen::parse(text);
//! let kv = doc.kamervragen.as_ref().unwrap();
//! assert_eq!(kv.zaaknummer.as_deref(), Some("2025Z06378"));
//! assert_eq!(kv.submitters[0].name, "Van Houwelingen");
//! assert_eq!(kv.submitters[0].party.as_deref(), Some("FVD"));
//! for q in &kv.questions {
//!     let answers: Vec<_> = kv.answers.iter().filter(|a| a.numbers.iter().any(|n| q.numbers.contains(n))).collect();
//!     assert_eq!(answers.len(), 1, "question {:?}", q.numbers);
//!     // Spans point back into the input.
//!     assert!(text[q.span.range()].contains(&q.text[..20]));
//! }
//! assert_eq!(kv.answers[0].text, "Ja.");
//! assert_eq!(kv.answers[2].refers_to, ["2"]);
//! // Days from submission to the letter, and the three-week term.
//! assert_eq!(kv.answer_days, Some(21));
//! assert_eq!(kv.within_term, Some(true));
//! ```
//!
//! # Where an answer stands
//!
//! A "Mededeling" says what became of the answer: postponed (with the
//! reason and the promise as printed), answered elsewhere, withdrawn. The
//! answer term counts three weeks from submission, six after such a notice.
//!
//! ```
//! use kamervragen::{NoticeStatus, PromiseKind};
//!
//! let text = "AH 600\n2024Z17067\nMededeling van minister Wiersma (Landbouw, Visserij, Voedselzekerheid en Natuur) (ontvangen 20 november 2024)\n\n\
//! De vragen van het lid Flach (SGP) over stallen (ingezonden 25 oktober 2024) kunnen niet binnen de gebruikelijke termijn worden beantwoord, \
//! omdat de benodigde afstemming meer tijd behoeft. Ik zal uw Kamer zo spoedig mogelijk de antwoorden doen toekomen.\n";
//! let doc = kamervragen::parse(text);
//! let notice = doc.notice.as_ref().unwrap();
//! assert_eq!(notice.status, NoticeStatus::Postponed);
//! assert_eq!(notice.reason.as_deref(), Some("omdat de benodigde afstemming meer tijd behoeft"));
//! assert_eq!(notice.promise.as_ref().unwrap().kind, PromiseKind::AsSoonAsPossible);
//! // Six weeks from 25 October.
//! let term = &doc.kamervragen.as_ref().unwrap().term;
//! assert_eq!(term.due_on.unwrap().to_string(), "2024-12-06");
//! ```
//!
//! # Follow references
//!
//! Every identifier in the text is found with its canonical id, and each
//! kind has a typed value in [`ids`]:
//!
//! ```
//! use kamervragen::ids::KamerstukRef;
//! use kamervragen::ReferenceKind;
//!
//! let doc = kamervragen::parse("Zie de brief (Kamerstuk 21 501-32, nr. 1703) en 2025Z06378.");
//! let ids: Vec<(ReferenceKind, &str)> = doc.references.iter().map(|r| (r.kind, r.id.as_str())).collect();
//! assert_eq!(ids, [(ReferenceKind::Kamerstuk, "kst-21501-32-1703"), (ReferenceKind::Zaaknummer, "2025Z06378")]);
//!
//! let stuk: KamerstukRef = "Kamerstuk 21 501-32, nr. 1703".parse().unwrap();
//! assert_eq!(stuk.dossier(), 21501);
//! assert_eq!(stuk.to_string(), "kst-21501-32-1703");
//! ```
//!
//! # Serialise to JSON
//!
//! The model derives serde; field names are snake_case, dates
//! `"YYYY-MM-DD"`, spans `[start, end]` byte offsets. `docs/json.md`
//! describes every field.
//!
//! ```
//! let text = include_str!("../examples/data/seed-defensie-2025-weerbaarheidsdoelen.txt");
//! let doc = kamervragen::parse(text);
//! let json = serde_json::to_value(&doc).unwrap();
//! assert_eq!(json["kind"], "answer_letter");
//! assert_eq!(json["kamervragen"]["questions"][0]["numbers"][0], "1");
//! // Documents borrow from the text; `into_owned` detaches them.
//! let owned: kamervragen::Document<'static> = doc.clone().into_owned();
//! assert_eq!(owned, doc);
//! ```
//!
//! # Handle diagnostics
//!
//! Every diagnostic has a stable [`codes`] value and the span it concerns.
//!
//! ```
//! use kamervragen::{codes, Severity};
//!
//! let text = "Vraag 1\nBent u bekend met het bericht?\nAntwoord 1\nJa.\nVraag 3\nEn dit?\nAntwoord 3\nNee.\n";
//! let doc = kamervragen::parse(text);
//! let skipped: Vec<_> = doc.diagnostics.iter().filter(|d| d.code == codes::SKIPPED_QUESTION).collect();
//! assert_eq!(skipped.len(), 1);
//! assert_eq!(skipped[0].severity, Severity::Warning);
//! assert!(text[skipped[0].span.range()].starts_with("Vraag 3"));
//! ```
//!
//! # Read a Word file
//!
//! With the `docx` feature (on by default), [`docx::to_text`] renders a
//! `.docx` as the text the parser reads, with the automatic numbering,
//! notes, text boxes and field results that text extractors lose; spans then
//! point into that text. [`docx::parse`] does both steps at once.
//!
//! ```no_run
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let bytes = std::fs::read("antwoorden.docx")?;
//! let text = kamervragen::docx::to_text(&bytes)?;
//! let doc = kamervragen::parse(&text);
//! println!("{:?} {} questions", doc.kind, doc.kamervragen.map_or(0, |k| k.questions.len()));
//! # Ok(())
//! # }
//! ```
//!
//! # Relative dates
//!
//! "3 april jl." (jongstleden: the most recent 3 April) is resolved against
//! the document's own date; [`Parser::reference_date`] supplies one for
//! texts that carry none.

pub mod codes;
pub mod date;
#[cfg(feature = "docx")]
pub mod docx;
pub mod ids;
pub mod numbers;
pub mod references;

mod answer_status;
mod blocks;
mod claims;
mod cue;
mod diagnose;
mod escaped;
mod footnotes;
mod forms;
mod heading;
mod letter;
mod line_joins;
mod model;
mod noise;
mod notice;
mod parser;
mod promise;
mod qa;
mod sentences;
mod span;
mod term;
mod text;

pub use model::*;
pub use parser::Parser;
pub use span::Span;

/// Parse `text` into a [`Document`]. Never fails and never panics: what it
/// cannot make sense of becomes a [`Diagnostic`].
pub fn parse(text: &str) -> Document<'_> {
    Parser::new().parse(text)
}
