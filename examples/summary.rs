//! Print a compact, human-readable summary of one parsed document.
//!
//! `cargo run --example summary -- FILE`; without FILE it summarises the
//! bundled sample letter. FILE may be extracted text or a Word file (told
//! by its first bytes, as in the `parse` example). Shows the kind, date, references, zaaknummer, who
//! asked and who answered, the answer term, each question with the start of
//! its answer, and the diagnostics.

use std::collections::HashSet;
use std::process::ExitCode;

use kamervragen::{Answer, Document, Kamervragen, Question};

const SAMPLE: &str = include_str!("data/seed-defensie-2025-weerbaarheidsdoelen.txt");

/// Width of the label column.
const LABEL: usize = 13;
/// How many characters of a question or answer to show.
const PREVIEW: usize = 90;

fn main() -> ExitCode {
    let text = match std::env::args_os().nth(1) {
        Some(path) => match read(&path) {
            Ok(text) => text,
            Err(e) => {
                eprintln!("cannot read {}: {e}", path.to_string_lossy());
                return ExitCode::FAILURE;
            }
        },
        None => SAMPLE.to_string(),
    };
    let doc = kamervragen::parse(&text);
    print!("{}", summary(&doc));
    ExitCode::SUCCESS
}

/// The text of the file at `path`: a Word file rendered, anything else
/// decoded as UTF-8 (invalid bytes replaced).
fn read(path: &std::ffi::OsStr) -> Result<String, Box<dyn std::error::Error>> {
    let bytes = std::fs::read(path)?;
    #[cfg(feature = "docx")]
    if kamervragen::docx::looks_like_docx(&bytes) {
        return Ok(kamervragen::docx::to_text(&bytes)?);
    }
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// The whole summary as text.
fn summary(doc: &Document<'_>) -> String {
    let mut out = String::new();
    let kv = doc.kamervragen.as_ref();

    row(&mut out, "kind", &[name(&doc.kind)]);
    row(&mut out, "date", &[opt(doc.date)]);
    row(&mut out, "references", &references(doc));
    row(
        &mut out,
        "zaaknummer",
        &[opt(kv.and_then(|k| k.zaaknummer.as_ref()))],
    );
    let askers: Vec<String> = kv
        .map(|k| {
            k.submitters
                .iter()
                .map(|m| match &m.party {
                    Some(p) => format!("{} ({p})", m.name),
                    None => m.name.to_string(),
                })
                .collect()
        })
        .unwrap_or_default();
    row(&mut out, "asked by", &askers);
    row(&mut out, "answered by", &answerers(doc));
    row(&mut out, "answer days", &[term(kv)]);

    if let Some(kv) = kv {
        questions(&mut out, kv);
    }

    out.push_str("\ndiagnostics\n");
    if doc.diagnostics.is_empty() {
        out.push_str("  (none)\n");
    }
    let sev_w = doc
        .diagnostics
        .iter()
        .map(|d| name(&d.severity).len())
        .max()
        .unwrap_or(0);
    let code_w = doc
        .diagnostics
        .iter()
        .map(|d| d.code.len())
        .max()
        .unwrap_or(0);
    for d in &doc.diagnostics {
        out.push_str(&format!(
            "  {:sev_w$}  {:code_w$}  {}\n",
            name(&d.severity),
            d.code,
            d.message
        ));
    }
    out
}

/// A label and one or more values; further values go on their own lines,
/// aligned under the first. No values prints "-".
fn row(out: &mut String, label: &str, values: &[String]) {
    if values.is_empty() {
        out.push_str(&format!("{label:LABEL$}-\n"));
    }
    for (i, v) in values.iter().enumerate() {
        let label = if i == 0 { label } else { "" };
        out.push_str(&format!("{label:LABEL$}{v}\n"));
    }
}

/// The snake_case name an enum has in the JSON.
fn name<T: serde::Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        _ => "?".into(),
    }
}

/// An optional value, or "-".
fn opt<T: std::fmt::Display>(value: Option<T>) -> String {
    value.map_or_else(|| "-".into(), |v| v.to_string())
}

/// Each distinct reference (kind and id) once, in order of first mention.
fn references(doc: &Document<'_>) -> Vec<String> {
    let mut seen = HashSet::new();
    let kinds: Vec<String> = doc.references.iter().map(|r| name(&r.kind)).collect();
    let width = kinds.iter().map(String::len).max().unwrap_or(0);
    doc.references
        .iter()
        .zip(&kinds)
        .filter(|(r, _)| seen.insert((r.kind, r.id.as_str())))
        .map(|(r, k)| format!("{k:width$}  {}", r.id))
        .collect()
}

/// The officials named in the answer heading, then the letter's signatories.
fn answerers(doc: &Document<'_>) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(kv) = &doc.kamervragen {
        for o in &kv.answered_by {
            let mut s = o.role.clone();
            if let Some(n) = &o.name {
                s.push(' ');
                s.push_str(n);
            }
            if let Some(p) = &o.portfolio {
                s.push_str(&format!(" ({p})"));
            }
            if o.on_behalf {
                s.push_str(", mede namens");
            }
            out.push(s);
        }
    }
    if let Some(letter) = &doc.letter {
        for s in &letter.signatories {
            let mut line = match &s.role {
                Some(role) => format!("{}, {role}", s.name),
                None => s.name.to_string(),
            };
            if !s.on_behalf_of.is_empty() {
                line.push_str(&format!(", mede namens {}", s.on_behalf_of.join("; ")));
            }
            out.push(line);
        }
    }
    out
}

/// "21 (within the three-week term)" and the like.
fn term(kv: Option<&Kamervragen<'_>>) -> String {
    let Some(kv) = kv else {
        return "-".into();
    };
    let Some(days) = kv.answer_days else {
        return "-".into();
    };
    match kv.within_term {
        Some(true) => format!("{days} (within the three-week term)"),
        Some(false) => format!("{days} (after the three-week term)"),
        None => days.to_string(),
    }
}

/// Each question with the first line of its answer(s); then answers that
/// match no question.
fn questions(out: &mut String, kv: &Kamervragen<'_>) {
    out.push_str(&format!(
        "\nquestions    {} question(s), {} answer(s)\n",
        kv.questions.len(),
        kv.answers.len()
    ));
    let labels: Vec<String> = kv.questions.iter().map(|q| q.numbers.join(", ")).collect();
    let width = labels.iter().map(String::len).max().unwrap_or(1).max(1);
    let mut used = vec![false; kv.answers.len()];
    for (q, label) in kv.questions.iter().zip(&labels) {
        out.push_str(&format!("  {label:>width$}  Q  {}\n", preview(&q.text)));
        let mut any = false;
        for (i, a) in kv.answers.iter().enumerate() {
            if answers(a, q) {
                used[i] = true;
                any = true;
                out.push_str(&format!("  {:width$}  A  {}\n", "", answer_line(a)));
            }
        }
        if !any {
            out.push_str(&format!("  {:width$}  A  (no answer)\n", ""));
        }
    }
    let rest: Vec<&Answer<'_>> = kv
        .answers
        .iter()
        .zip(&used)
        .filter(|(_, u)| !**u)
        .map(|(a, _)| a)
        .collect();
    if !rest.is_empty() {
        out.push_str("  answers without a printed question:\n");
        for a in rest {
            let label = a.numbers.join(", ");
            let label = if label.is_empty() { "?".into() } else { label };
            out.push_str(&format!("  {label:>width$}  A  {}\n", answer_line(a)));
        }
    }
}

/// Whether `a` answers (one of the numbers of) `q`.
fn answers(a: &Answer<'_>, q: &Question<'_>) -> bool {
    a.numbers.iter().any(|n| q.numbers.contains(n))
}

/// The answer's first line, after "(zie vraag N)" when it points elsewhere.
fn answer_line(a: &Answer<'_>) -> String {
    if a.refers_to.is_empty() {
        preview(&a.text)
    } else {
        format!(
            "(zie vraag {}) {}",
            a.refers_to.join(", "),
            preview(&a.text)
        )
    }
}

/// The first line of `text`, whitespace collapsed, cut at [`PREVIEW`]
/// characters.
fn preview(text: &str) -> String {
    let first = text
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or("");
    let words: Vec<&str> = first.split_whitespace().collect();
    let line = words.join(" ");
    if line.chars().count() <= PREVIEW {
        if line.is_empty() {
            return "(empty)".into();
        }
        return line;
    }
    let cut: String = line.chars().take(PREVIEW - 1).collect();
    format!("{}…", cut.trim_end())
}
