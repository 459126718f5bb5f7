//! Parse Dutch parliamentary written questions ("Kamervragen"), the
//! minister's answers and the letters that carry them, from the plain text
//! that PDF and Word extractors make of them, into a typed model.
//!
//! ```
//! let text = include_str!("../examples/data/seed-defensie-2025-weerbaarheidsdoelen.txt");
//! let doc = kamervragen::parse(text);
//! assert_eq!(doc.kind, kamervragen::Kind::AnswerLetter);
//! let kv = doc.kamervragen.as_ref().unwrap();
//! assert_eq!(kv.zaaknummer.as_deref(), Some("2025Z06378"));
//! for q in &kv.questions {
//!     let answer = kv.answers.iter().find(|a| a.numbers == q.numbers);
//!     assert!(answer.is_some());
//! }
//! ```

mod claims;
pub mod codes;
pub mod date;
mod diagnose;
mod footnotes;
mod heading;
pub mod ids;
mod letter;
mod model;
mod noise;
pub mod numbers;
mod parser;
mod qa;
pub mod references;
mod span;
mod text;

pub use model::*;
pub use parser::Parser;
pub use span::Span;

/// Parse `text` into a [`Document`]. Never fails and never panics: what it
/// cannot make sense of becomes a [`Diagnostic`].
pub fn parse(text: &str) -> Document<'_> {
    Parser::new().parse(text)
}
