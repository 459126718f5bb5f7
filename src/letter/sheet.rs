//! The letter's text as the letter readers see it: its content lines in
//! reading order, each with what it was read as.

use std::borrow::Cow;

use super::letterhead::Opening;
use crate::noise::Tag;
use crate::span::Span;
use crate::text::{Joiner, Line};

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
}

/// One unit of the letter: a content line.
#[derive(Debug, Clone, Copy)]
pub(super) struct Item {
    /// The line in the parser's `lines`.
    pub line: u32,
    /// Blank lines come before it.
    pub gap: bool,
    /// What it may open as ([`super::letterhead::opening`]).
    pub opening: Opening,
}

/// The content lines of the letter (before the questions), in order, and
/// what each was read as.
pub(super) struct Sheet<'a, 'j> {
    pub src: &'a str,
    pub lines: &'j [Line],
    pub items: Vec<Item>,
    pub part: Vec<Part>,
    pub joiner: &'j Joiner<'a, 'j>,
}

impl<'a, 'j> Sheet<'a, 'j> {
    /// The content lines before line `end`.
    pub fn new(
        src: &'a str,
        lines: &'j [Line],
        tags: &[Tag],
        end: usize,
        joiner: &'j Joiner<'a, 'j>,
    ) -> Sheet<'a, 'j> {
        let end = end.min(lines.len());
        let mut items: Vec<Item> = Vec::new();
        let mut prev_end: Option<usize> = None;
        for (i, l) in lines[..end].iter().enumerate() {
            if tags[i] != Tag::Content {
                continue;
            }
            let opening = super::letterhead::opening(l.text(src));
            let gap = prev_end.is_some_and(|p| {
                src.as_bytes()[p..l.start()]
                    .iter()
                    .filter(|&&b| b == b'\n')
                    .nth(1)
                    .is_some()
            });
            items.push(Item {
                line: i as u32,
                gap,
                opening,
            });
            prev_end = Some(l.end());
        }
        let part = vec![Part::Free; items.len()];
        Sheet {
            src,
            lines,
            items,
            part,
            joiner,
        }
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// The line of item `k`.
    pub fn line(&self, k: usize) -> Line {
        self.lines[self.items[k].line as usize]
    }

    /// The text of item `k` as printed (trimmed).
    pub fn text(&self, k: usize) -> &'a str {
        self.line(k).text(self.src)
    }

    pub fn span(&self, k: usize) -> Span {
        self.line(k).span()
    }

    /// The text of item `k` cleaned of markers and spacing.
    pub fn clean(&self, k: usize) -> Cow<'a, str> {
        self.joiner.join(&[self.line(k)])
    }

    /// The text of item `k` from byte `n` on, cleaned, with its span.
    pub fn clean_from(&self, k: usize, n: usize) -> (Cow<'a, str>, Span) {
        let l = self.line(k).skip(n);
        (self.joiner.join(&[l]), l.span())
    }

    /// What item `k` may open as.
    pub fn opening(&self, k: usize) -> Opening {
        self.items[k].opening
    }

    pub fn is_free(&self, k: usize) -> bool {
        self.part[k] == Part::Free
    }

    pub fn claim(&mut self, k: usize, part: Part) {
        self.part[k] = part;
    }
}
