//! Checks on the finished document that users need to know about.

use crate::codes;
use crate::model::{Diagnostic, Document, Kind, Severity};
use crate::numbers::NumberSet;
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
    let dated = doc
        .letter
        .iter()
        .flat_map(|l| l.fields.iter().filter(|f| f.name == "date").map(|f| f.span))
        .chain(doc.kamervragen.iter().flat_map(|kv| {
            kv.heading
                .iter()
                .chain(&kv.answer_heading)
                .chain(&kv.heading_lines)
                .map(|f| f.span)
        }));
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
        let mut after = doc
            .letter
            .iter()
            .flat_map(|l| l.other_lines.iter().map(|f| f.span))
            .chain(doc.unclaimed.iter().map(|u| u.span))
            .filter(|s| s.start > sig.span.end);
        if let Some(first) = after.next() {
            let last = after.next_back().unwrap_or(first);
            push(
                &mut out,
                Severity::Info,
                codes::TEXT_AFTER_SIGNATURE,
                "text follows the signature and is read as no field (no annex with questions, no prose annex)".into(),
                first.cover(last),
            );
        }
    }
    if let Some(kv) = &doc.kamervragen {
        let mut asked = NumberSet::default();
        let mut last: Option<u32> = None;
        // The numbers asked anywhere, read only after a jump (most
        // documents number their questions in order): a question after a
        // gap is skipped only where the number below it is asked nowhere (a
        // letter may answer 9 and 10 before 6, 7 and 8).
        let numbers = std::cell::OnceCell::new();
        let numbers = || {
            numbers.get_or_init(|| {
                let mut all: Vec<u32> = kv
                    .questions
                    .iter()
                    .flat_map(|q| &q.numbers)
                    .filter_map(|n| n.parse().ok())
                    .collect();
                all.sort_unstable();
                all.dedup();
                all
            })
        };
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
                    if let Some(l) = last.filter(|&l| v < l) {
                        push(
                            &mut out,
                            Severity::Info,
                            codes::NUMBERING_OUT_OF_ORDER,
                            format!("question {n} follows question {l}"),
                            q.span,
                        );
                    }
                    if v > 1
                        && last.is_none_or(|l| l + 1 != v && l != v)
                        && numbers().binary_search(&(v - 1)).is_err()
                    {
                        // The number below it that is asked.
                        let numbers = numbers();
                        let below = numbers.partition_point(|&x| x < v);
                        let message = match below.checked_sub(1).map(|i| numbers[i]) {
                            Some(l) => format!("question {n} follows question {l}"),
                            None => format!("the first question is numbered {n}"),
                        };
                        push(
                            &mut out,
                            Severity::Warning,
                            codes::SKIPPED_QUESTION,
                            message,
                            q.span,
                        );
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
