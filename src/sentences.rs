//! Running text as one string of sentences, with the way back to the input.
//!
//! The readers of what a text says (a notice's status, reason and promise)
//! match phrases that cross line ends, hyphenated line breaks and removed
//! markers. [`Flat`] joins the lines of a few paragraphs into one string for
//! them to search, and maps every position found back to the input, so that
//! each fact keeps a span and its text is cut from the input by the same
//! [`Joiner`] that makes every other text field. It is built only for the
//! texts that are read this way (notices, postponement letters, cover
//! letters), never for a whole document on the hot path.

use std::borrow::Cow;
use std::ops::Range;

use crate::span::Span;
use crate::text::{Joiner, Line};

/// The paragraphs of a text joined into one string: lines by a space (or
/// nothing, where a line-end hyphen splits a lower-case word), paragraphs
/// by a line end.
pub(crate) struct Flat {
    /// The joined text.
    pub text: String,
    /// Each piece of the input copied into `text`: (offset in `text`,
    /// offset in the input, length), in order.
    pieces: Vec<(usize, usize, usize)>,
    /// The lines read, each with the index of its paragraph.
    lines: Vec<(usize, Line)>,
}

impl Flat {
    /// Join `paragraphs` (each a run of lines) of `joiner.src`, leaving out
    /// what the joiner cuts (markers, note bodies).
    pub fn new(joiner: &Joiner<'_, '_>, paragraphs: &[Vec<Line>]) -> Flat {
        let src = joiner.src;
        let mut flat = Flat {
            text: String::new(),
            pieces: Vec::new(),
            lines: Vec::new(),
        };
        for (p, para) in paragraphs.iter().enumerate() {
            let mut first_in_para = true;
            for l in para {
                let pieces: Vec<(usize, usize)> = joiner
                    .cuts
                    .pieces(l.start(), l.end())
                    .filter(|(s, e)| s < e)
                    .collect();
                if pieces.is_empty() {
                    continue;
                }
                flat.lines.push((p, *l));
                if !flat.text.is_empty() {
                    if first_in_para && !flat.continues(l.text(src)) {
                        flat.text.push('\n');
                    } else if first_in_para {
                        // Word text that breaks a sentence over two
                        // paragraphs (a PDF line per paragraph).
                        flat.text.push(' ');
                    } else if flat.ends_in_split_word(l.text(src)) {
                        // A hyphen that splits a lower-case word at the line
                        // end is a line break, not a hyphen.
                        flat.text.pop();
                        let len = flat.text.len();
                        if let Some(last) = flat.pieces.last_mut() {
                            last.2 = last.2.min(len - last.0);
                        }
                    } else {
                        flat.text.push(' ');
                    }
                }
                first_in_para = false;
                for (s, e) in pieces {
                    flat.pieces.push((flat.text.len(), s, e - s));
                    flat.text.push_str(&src[s..e]);
                }
            }
        }
        flat
    }

    /// Whether the next paragraph `next` goes on with the sentence of the
    /// text so far: that ends in a word, a comma or ")", and `next` starts
    /// in lower case.
    fn continues(&self, next: &str) -> bool {
        self.text
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric() || c == ',' || c == ')')
            && next.chars().next().is_some_and(char::is_lowercase)
    }

    /// Whether the text so far ends in a lower-case letter and a hyphen and
    /// `next` (the next line) goes on in lower case.
    fn ends_in_split_word(&self, next: &str) -> bool {
        let mut back = self.text.chars().rev();
        back.next() == Some('-')
            && back.next().is_some_and(char::is_lowercase)
            && next.chars().next().is_some_and(char::is_lowercase)
    }

    /// The input offset of `pos` in the joined text, for a start: a
    /// position in a separator maps to the start of the next piece.
    pub fn src_start(&self, pos: usize) -> usize {
        let k = self.pieces.partition_point(|p| p.0 + p.2 <= pos);
        match self.pieces.get(k) {
            Some(&(f, s, _)) => s + pos.saturating_sub(f),
            None => self.pieces.last().map_or(0, |&(_, s, l)| s + l),
        }
    }

    /// The input offset of `pos` in the joined text, for an end: a
    /// position in a separator maps to the end of the piece before it.
    pub fn src_end(&self, pos: usize) -> usize {
        let k = self.pieces.partition_point(|p| p.0 < pos);
        match k.checked_sub(1).and_then(|k| self.pieces.get(k)) {
            Some(&(f, s, l)) => s + (pos - f).min(l),
            None => self.pieces.first().map_or(0, |&(_, s, _)| s),
        }
    }

    /// The input span of `range` of the joined text.
    pub fn span(&self, range: &Range<usize>) -> Span {
        let start = self.src_start(range.start);
        Span::new(start, self.src_end(range.end).max(start))
    }

    /// The index of the paragraph that holds `pos` of the joined text.
    pub fn paragraph_of(&self, pos: usize) -> Option<usize> {
        let at = self.src_start(pos);
        self.lines
            .iter()
            .find(|(_, l)| l.start() <= at && at <= l.end())
            .map(|&(p, _)| p)
    }

    /// The text of `range` as the text fields print it: cut from the input
    /// and joined by the same rules, so that it reads as the rest of the
    /// result does (borrowed where the input prints it so).
    pub fn field<'s>(&self, joiner: &Joiner<'s, '_>, range: &Range<usize>) -> Cow<'s, str> {
        let span = self.span(range);
        let mut parts: Vec<Line> = Vec::new();
        let mut para = None;
        for &(p, l) in &self.lines {
            let (s, e) = (l.start().max(span.start), l.end().min(span.end));
            if s >= e {
                continue;
            }
            // A blank line between paragraphs stays one.
            if para.is_some_and(|q| q != p)
                && let Some(prev) = parts.last()
                && joiner.src[prev.end()..s].matches('\n').count() > 1
            {
                parts.push(Line::new(s, s));
            }
            para = Some(p);
            let t = crate::text::trim(joiner.src, s, e);
            if !t.is_blank() {
                parts.push(t);
            }
        }
        joiner.join(&parts)
    }

    /// The sentences of the joined text, as ranges without the spaces
    /// around them. A sentence ends at a line end (a paragraph end), or at a
    /// full stop, question or exclamation mark followed by a capital, a digit
    /// or "(" (spaces between them are optional: some extractors glue
    /// sentences), unless the word before the stop is an abbreviation or an
    /// initial.
    pub fn sentences(&self) -> Vec<Range<usize>> {
        let t = &self.text;
        let b = t.as_bytes();
        let mut out = Vec::new();
        let mut start = 0;
        let push = |s: usize, e: usize, out: &mut Vec<Range<usize>>| {
            let piece = &t[s..e];
            let lead = piece.len() - piece.trim_start().len();
            let trail = piece.trim_end().len();
            if lead < trail {
                out.push(s + lead..s + trail);
            }
        };
        let mut i = 0;
        while i < b.len() {
            match b[i] {
                b'\n' => {
                    push(start, i, &mut out);
                    start = i + 1;
                }
                b'.' | b'?' | b'!' if ends_sentence(t, i) => {
                    push(start, i + 1, &mut out);
                    start = i + 1;
                }
                _ => {}
            }
            i += 1;
        }
        push(start, b.len(), &mut out);
        out
    }
}

/// Words after which a full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "jl", "j.l", "nr", "nrs", "blz", "p", "pag", "d.d", "o.a", "bijv", "i.v.m", "a.s", "as",
    "t.a.v", "m.b.t", "ca", "mr", "drs", "dr", "ir", "prof", "mw", "dhr", "ing", "st", "z.s.m",
    "e.d", "etc", "vs", "incl", "excl", "art", "jo", "resp", "e.v", "c.s", "min", "tel",
];

/// Whether the stop at byte `i` of `t` ends a sentence.
pub(crate) fn ends_sentence(t: &str, i: usize) -> bool {
    let rest = t[i + 1..].trim_start_matches([' ', '\t']);
    let Some(next) = rest.chars().next() else {
        return true;
    };
    if !(next.is_uppercase() || next == '(' || next == '\n' || next == '«' || next == '"') {
        return false;
    }
    if t.as_bytes()[i] != b'.' {
        return true;
    }
    // The word before the stop, with inner stops ("o.a", "M.H").
    let before = &t[..i];
    let word_start = before
        .rfind(|c: char| !(c.is_alphanumeric() || c == '.'))
        .map_or(0, |p| {
            p + before[p..].chars().next().map_or(1, char::len_utf8)
        });
    let word = &before[word_start..];
    if word.is_empty() {
        return true;
    }
    // Initials ("J.", "M.H.") and abbreviations.
    if word.chars().count() == 1 && word.chars().all(char::is_alphabetic) {
        return false;
    }
    if word.contains('.') && word.split('.').all(|p| p.chars().count() <= 2) {
        return false;
    }
    !ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(word))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::{Cuts, Dirt, Layout};

    fn flat_of(src: &str, layout: Layout) -> (Flat, Vec<Range<usize>>) {
        let cuts = Cuts::default();
        let dirt = Dirt::find(src, layout);
        let joiner = Joiner {
            src,
            cuts: &cuts,
            layout,
            dirt: &dirt,
            wrap: 0,
            measure: 0,
            joined_lines: false,
        };
        let lines = crate::text::split_lines(src);
        let mut paras: Vec<Vec<Line>> = vec![Vec::new()];
        for l in lines {
            if l.is_blank() {
                paras.push(Vec::new());
            } else {
                paras.last_mut().unwrap().push(l);
            }
        }
        paras.retain(|p| !p.is_empty());
        let flat = Flat::new(&joiner, &paras);
        let s = flat.sentences();
        (flat, s)
    }

    #[test]
    fn lines_join_and_map_back() {
        let src = "De beant-\nwoording vergt\nmeer tijd.Ik zal u\n\nzo spoedig mogelijk antwoorden\n\nHoogachtend";
        let (flat, sentences) = flat_of(src, Layout::Wrapped);
        // A paragraph that goes on in lower case continues the sentence.
        assert_eq!(
            flat.text,
            "De beantwoording vergt meer tijd.Ik zal u zo spoedig mogelijk antwoorden\nHoogachtend"
        );
        let texts: Vec<&str> = sentences.iter().map(|r| &flat.text[r.clone()]).collect();
        assert_eq!(
            texts,
            [
                "De beantwoording vergt meer tijd.",
                "Ik zal u zo spoedig mogelijk antwoorden",
                "Hoogachtend"
            ]
        );
        // "woording" maps back to the second line.
        let p = flat.text.find("woording").unwrap();
        assert_eq!(&src[flat.src_start(p)..flat.src_start(p) + 8], "woording");
        let span = flat.span(&sentences[0]);
        assert_eq!(&src[span.range()], "De beant-\nwoording vergt\nmeer tijd.");
        assert_eq!(flat.paragraph_of(sentences[2].start), Some(2));
    }

    #[test]
    fn abbreviations_and_initials_do_not_end_sentences() {
        let src = "Op 6 november jl. heeft mr. J.W.E. Spies o.a. vragen gesteld (nr. 3). De vragen volgen.";
        let (flat, sentences) = flat_of(src, Layout::Paragraphs);
        let texts: Vec<&str> = sentences.iter().map(|r| &flat.text[r.clone()]).collect();
        assert_eq!(
            texts,
            [
                "Op 6 november jl. heeft mr. J.W.E. Spies o.a. vragen gesteld (nr. 3).",
                "De vragen volgen."
            ]
        );
    }
}
