//! Checks on the finished document that users need to know about.

use crate::codes;
use crate::model::{Diagnostic, Document, Kind, Severity};
use crate::span::Span;

fn push(doc: &mut Vec<Diagnostic>, severity: Severity, code: &str, message: String, span: Span) {
    doc.push(Diagnostic {
        severity,
        code: code.to_string(),
        message,
        span,
    });
}

/// Add the consistency diagnostics to `doc`.
pub(crate) fn check(src: &str, doc: &mut Document<'_>) {
    let mut out = Vec::new();
    if matches!(doc.kind, Kind::Letter | Kind::AnswerLetter)
        && doc.letter.as_ref().is_some_and(|l| l.date.is_none())
    {
        push(
            &mut out,
            Severity::Warning,
            codes::LETTER_WITHOUT_DATE,
            "the letter has no readable date".into(),
            letter_start(doc),
        );
    }
    // The dates the document is dated by: letterhead and heading lines.
    let dated: Vec<Span> = doc
        .letter
        .iter()
        .flat_map(|l| l.fields.iter().filter(|f| f.name == "date").map(|f| f.span))
        .chain(doc.kamervragen.iter().flat_map(|kv| {
            kv.heading
                .iter()
                .chain(&kv.answer_heading)
                .chain(&kv.heading_lines)
                .map(|f| f.span)
        }))
        .collect();
    for s in dated {
        for (a, b) in crate::date::impossible_dates(&src[s.range()]) {
            push(
                &mut out,
                Severity::Warning,
                codes::IMPOSSIBLE_DATE,
                format!(
                    "{:?} is not a calendar date",
                    &src[s.start + a..s.start + b]
                ),
                Span::new(s.start + a, s.start + b),
            );
        }
    }
    if doc.kind == Kind::Letter
        && let Some(sig) = doc.letter.as_ref().and_then(|l| l.signatories.last())
    {
        let after: Vec<Span> = doc
            .letter
            .iter()
            .flat_map(|l| l.other_lines.iter().map(|f| f.span))
            .chain(doc.unclaimed.iter().map(|u| u.span))
            .filter(|s| s.start > sig.span.end)
            .collect();
        if let (Some(first), Some(last)) = (after.first(), after.last()) {
            push(
                &mut out,
                Severity::Info,
                codes::TEXT_AFTER_SIGNATURE,
                "text follows the signature and is not an annex with questions".into(),
                first.cover(*last),
            );
        }
    }
    if let Some(kv) = &doc.kamervragen {
        let mut asked = NumberSet::default();
        let mut last: Option<u32> = None;
        for q in &kv.questions {
            for n in &q.numbers {
                if !asked.insert(n) {
                    push(
                        &mut out,
                        Severity::Warning,
                        codes::DUPLICATE_QUESTION,
                        format!("question {n} is printed more than once"),
                        q.span,
                    );
                }
                if let Ok(v) = n.parse::<u32>() {
                    match last {
                        Some(l) if v < l => push(
                            &mut out,
                            Severity::Info,
                            codes::NUMBERING_OUT_OF_ORDER,
                            format!("question {n} follows question {l}"),
                            q.span,
                        ),
                        Some(l) if v > l + 1 => push(
                            &mut out,
                            Severity::Warning,
                            codes::SKIPPED_QUESTION,
                            format!("question {n} follows question {l}"),
                            q.span,
                        ),
                        None if v > 1 => push(
                            &mut out,
                            Severity::Warning,
                            codes::SKIPPED_QUESTION,
                            format!("the first question is numbered {n}"),
                            q.span,
                        ),
                        _ => {}
                    }
                    last = Some(v);
                }
            }
        }
        let mut answered = NumberSet::default();
        for n in kv.answers.iter().flat_map(|a| &a.numbers) {
            answered.insert(n);
        }
        if matches!(doc.kind, Kind::Answers | Kind::AnswerLetter) && !kv.answers.is_empty() {
            for q in &kv.questions {
                if q.numbers.iter().all(|n| !answered.contains(n)) {
                    push(
                        &mut out,
                        Severity::Warning,
                        codes::UNANSWERED_QUESTION,
                        format!("question {} has no answer", q.numbers.join(", ")),
                        q.span,
                    );
                }
            }
        }
        if !kv.questions.is_empty() {
            for a in &kv.answers {
                for n in &a.numbers {
                    if !asked.contains(n) {
                        push(
                            &mut out,
                            Severity::Warning,
                            codes::ANSWER_WITHOUT_QUESTION,
                            format!("answer {n} answers no printed question"),
                            a.span,
                        );
                    }
                }
            }
        }
    }
    doc.diagnostics.extend(out);
}

/// Where the letter starts: its first field or paragraph.
fn letter_start(doc: &Document<'_>) -> Span {
    doc.letter
        .as_ref()
        .and_then(|l| {
            l.fields
                .first()
                .map(|f| f.span)
                .or(l.body.first().map(|f| f.span))
        })
        .unwrap_or_default()
}

/// A set of question numbers: plain numbers ("1" … "9999") in a table,
/// others ("2a") in a tree. Cheaper than hashing or sorting strings for
/// the few numbers a document has.
#[derive(Default)]
struct NumberSet<'a> {
    plain: Vec<bool>,
    other: std::collections::BTreeSet<&'a str>,
}

impl<'a> NumberSet<'a> {
    /// Adds `n`; false when it was there already.
    fn insert(&mut self, n: &'a str) -> bool {
        match plain_number(n) {
            Some(v) => {
                if self.plain.len() <= v {
                    self.plain.resize(v + 1, false);
                }
                !std::mem::replace(&mut self.plain[v], true)
            }
            None => self.other.insert(n),
        }
    }

    fn contains(&self, n: &str) -> bool {
        match plain_number(n) {
            Some(v) => self.plain.get(v).copied().unwrap_or(false),
            None => self.other.contains(n),
        }
    }
}

/// `n` as a table index, when it is written as a plain number below 10000
/// (without leading zeros, so that each value has one spelling).
fn plain_number(n: &str) -> Option<usize> {
    let b = n.as_bytes();
    let plain = !b.is_empty()
        && b.len() <= 4
        && b.iter().all(u8::is_ascii_digit)
        && (b[0] != b'0' || b.len() == 1);
    plain.then(|| n.parse().ok()).flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn number_set_is_a_set_of_strings() {
        let mut s = NumberSet::default();
        assert!(s.insert("2"));
        assert!(s.insert("2a"));
        assert!(s.insert("02"));
        assert!(s.insert("12345"));
        assert!(!s.insert("2"));
        assert!(!s.insert("2a"));
        assert!(s.contains("02") && s.contains("12345") && !s.contains("1"));
        assert!(!s.contains("3") && !s.contains(""));
    }
}
