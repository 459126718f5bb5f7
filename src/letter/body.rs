//! The body: the letter's own paragraphs, between the letterhead (or the
//! salutation) and the closing or signature.

use super::sheet::{Part, Sheet};
use crate::model::{Letter, Paragraph};
use crate::span::Span;
use crate::text::{Layout, Line};

/// Read the free items `from..to` as body paragraphs: a blank line ends a
/// paragraph, and in Word text every line is one.
pub(super) fn read<'a>(sheet: &mut Sheet<'a, '_>, from: usize, to: usize, letter: &mut Letter<'a>) {
    let mut par: Vec<Line> = Vec::new();
    let joiner = sheet.joiner;
    let flush = |par: &mut Vec<Line>, body: &mut Vec<Paragraph<'a>>| {
        if let (Some(f), Some(l)) = (par.first(), par.last()) {
            body.push(Paragraph {
                text: joiner.join(par),
                footnotes: Vec::new(),
                span: Span::new(f.start(), l.end()),
            });
        }
        par.clear();
    };
    for k in from..to {
        if !sheet.is_free(k) {
            flush(&mut par, &mut letter.body);
            continue;
        }
        if sheet.items[k].gap {
            flush(&mut par, &mut letter.body);
        }
        par.push(sheet.line(k));
        sheet.claim(k, Part::Body);
        if joiner.layout == Layout::Paragraphs {
            flush(&mut par, &mut letter.body);
        }
    }
    flush(&mut par, &mut letter.body);
}
