//! Parse every `.txt` and `.docx` file under a directory in parallel and
//! write one JSON line per document to stdout.
//!
//! `cargo run --release --example batch -- DIR > out.jsonl`
//!
//! Each line is `{"file": "<path relative to DIR>", "document": <Document>}`,
//! in order of relative path, whatever the number of threads. A file that
//! begins like a Word file (a zip archive or an OLE compound file, whatever
//! its name) is read with `kamervragen::docx`; any other is text. Progress
//! (for more than 200 files), files that cannot be read (with the reason)
//! and an aggregate (documents per kind, answer days, share answered within
//! the three-week term per ministry) go to stderr.

use std::collections::BTreeMap;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use kamervragen::{Document, Kind};
use rayon::prelude::*;
use serde::Serialize;

/// Files parsed between two writes to stdout; bounds memory use.
const CHUNK: usize = 1000;
/// Show progress only for more files than this.
const PROGRESS_FROM: usize = 200;

/// One output line.
#[derive(Serialize)]
struct Line<'a> {
    file: &'a str,
    document: &'a Document<'a>,
}

/// What the aggregate needs of one document.
struct Facts {
    kind: Kind,
    answer_days: Option<i64>,
    within_term: Option<bool>,
    ministry: String,
}

/// The result of one file: its JSON line and facts, or why it was skipped.
type Outcome = Result<(String, Facts), String>;

fn main() -> ExitCode {
    let Some(dir) = std::env::args_os().nth(1).map(PathBuf::from) else {
        eprintln!("usage: batch DIR > out.jsonl");
        return ExitCode::FAILURE;
    };
    if !dir.is_dir() {
        eprintln!("{} is not a directory", dir.display());
        return ExitCode::FAILURE;
    }

    let mut files = Vec::new();
    collect(&dir, &dir, &mut files);
    files.sort();
    let total = files.len();
    eprintln!("{total} .txt and .docx files under {}", dir.display());

    let progress = Progress::new(total);
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut facts = Vec::with_capacity(total);
    let mut skipped = 0usize;
    for chunk in files.chunks(CHUNK) {
        let results: Vec<Outcome> = chunk
            .par_iter()
            .map(|(rel, path)| {
                let r = one(rel, path);
                progress.tick();
                r
            })
            .collect();
        for r in results {
            match r {
                Ok((json, f)) => {
                    if let Err(e) = writeln!(out, "{json}") {
                        // A closed pipe (`| head`) is not worth a complaint.
                        if e.kind() != std::io::ErrorKind::BrokenPipe {
                            eprintln!("cannot write: {e}");
                        }
                        return ExitCode::FAILURE;
                    }
                    facts.push(f);
                }
                Err(msg) => {
                    eprintln!("skipped {msg}");
                    skipped += 1;
                }
            }
        }
    }
    if let Err(e) = out.flush() {
        if e.kind() != std::io::ErrorKind::BrokenPipe {
            eprintln!("cannot write: {e}");
        }
        return ExitCode::FAILURE;
    }
    progress.done();
    eprint!("{}", aggregate(&facts, skipped));
    ExitCode::SUCCESS
}

/// Every `.txt` and `.docx` file under `dir`, as (path relative to `root`,
/// full path).
/// Directories that cannot be read are reported and skipped.
fn collect(root: &Path, dir: &Path, out: &mut Vec<(String, PathBuf)>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            eprintln!("skipped {}: {e}", dir.display());
            return;
        }
    };
    for entry in entries {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                eprintln!("skipped an entry of {}: {e}", dir.display());
                continue;
            }
        };
        let path = entry.path();
        // Only real directories are descended into (no symlink loops); any
        // other `.txt` or `.docx` entry, a broken link included, is read, so
        // that what cannot be read is reported rather than silently left out.
        let is_dir = entry.file_type().is_ok_and(|t| t.is_dir());
        if is_dir {
            collect(root, &path, out);
        } else if path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("txt") || e.eq_ignore_ascii_case("docx"))
            && !path.is_dir()
        {
            let rel = path.strip_prefix(root).unwrap_or(&path);
            let rel = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy())
                .collect::<Vec<_>>()
                .join("/");
            out.push((rel, path));
        }
    }
}

/// Read, parse and serialise one file.
fn one(rel: &str, path: &Path) -> Outcome {
    let bytes = std::fs::read(path).map_err(|e| format!("{rel}: {e}"))?;
    let text = text_of(&bytes).map_err(|e| format!("{rel}: {e}"))?;
    let doc = kamervragen::parse(&text);
    let json = serde_json::to_string(&Line {
        file: rel,
        document: &doc,
    })
    .map_err(|e| format!("{rel}: cannot serialise: {e}"))?;
    let kv = doc.kamervragen.as_ref();
    Ok((
        json,
        Facts {
            kind: doc.kind,
            answer_days: kv.and_then(|k| k.answer_days),
            within_term: kv.and_then(|k| k.within_term),
            ministry: ministry(&doc),
        },
    ))
}

/// The text of a file's bytes: a Word file rendered, anything else decoded
/// as UTF-8 (invalid bytes replaced).
fn text_of(bytes: &[u8]) -> Result<std::borrow::Cow<'_, str>, String> {
    #[cfg(feature = "docx")]
    if kamervragen::docx::looks_like_docx(bytes) {
        return kamervragen::docx::to_text(bytes)
            .map(std::borrow::Cow::Owned)
            .map_err(|e| e.to_string());
    }
    Ok(String::from_utf8_lossy(bytes))
}

/// The answering ministry: the portfolio of the first official in the
/// answer heading, else the letter's sending organisation, else the ministry
/// in the first signatory's role, else "onbekend".
fn ministry(doc: &Document<'_>) -> String {
    let from_official = doc
        .kamervragen
        .as_ref()
        .and_then(|k| k.answered_by.first())
        .and_then(|o| o.portfolio.as_deref())
        .map(str::to_string);
    let from_sender = || {
        let org = doc
            .letter
            .as_ref()?
            .sender
            .as_ref()?
            .organisation
            .as_deref()?;
        let org = org.trim();
        Some(
            org.strip_prefix("Ministerie van ")
                .unwrap_or(org)
                .to_string(),
        )
    };
    let from_signatory = || {
        let role = doc.letter.as_ref()?.signatories.first()?.role.as_deref()?;
        ministry_in_role(role)
    };
    from_official
        .or_else(from_sender)
        .or_else(from_signatory)
        .map(|m| without_suffix(&m).to_string())
        .filter(|m| !m.is_empty())
        .unwrap_or_else(|| "onbekend".into())
}

/// The ministry without a state secretary's sub-portfolio: "Financiën –
/// Fiscaliteit en Belastingdienst" → "Financiën".
fn without_suffix(ministry: &str) -> &str {
    let end = [" – ", " - ", " — "]
        .iter()
        .filter_map(|sep| ministry.find(sep))
        .min()
        .unwrap_or(ministry.len());
    ministry[..end].trim()
}

/// "minister van Defensie" → "Defensie"; "staatssecretaris van Financiën –
/// Fiscaliteit en Belastingdienst" → "Financiën"; "minister voor Klimaat en
/// Groene Groei" → "Klimaat en Groene Groei"; "minister-president" →
/// "Algemene Zaken".
fn ministry_in_role(role: &str) -> Option<String> {
    let after = [" van ", " voor "]
        .iter()
        .filter_map(|sep| role.find(sep).map(|p| p + sep.len()))
        .min()
        .map(|p| &role[p..]);
    let Some(after) = after else {
        return role
            .starts_with("minister-president")
            .then(|| "Algemene Zaken".to_string());
    };
    let m = without_suffix(after);
    (!m.is_empty()).then(|| m.to_string())
}

/// Progress on stderr: every 1000 documents or once a second, whichever
/// comes first, for runs of more than [`PROGRESS_FROM`] files.
struct Progress {
    total: usize,
    done: AtomicUsize,
    start: Instant,
    last: Mutex<Instant>,
}

impl Progress {
    fn new(total: usize) -> Progress {
        let now = Instant::now();
        Progress {
            total,
            done: AtomicUsize::new(0),
            start: now,
            last: Mutex::new(now),
        }
    }

    fn enabled(&self) -> bool {
        self.total > PROGRESS_FROM
    }

    fn tick(&self) {
        let n = self.done.fetch_add(1, Ordering::Relaxed) + 1;
        if !self.enabled() {
            return;
        }
        // Another thread reporting right now is as good as reporting here.
        let Ok(mut last) = self.last.try_lock() else {
            return;
        };
        if n.is_multiple_of(1000) || last.elapsed() >= Duration::from_secs(1) {
            *last = Instant::now();
            let secs = self.start.elapsed().as_secs_f64();
            eprintln!(
                "{n}/{} documents ({:.0}%), {:.0}/s",
                self.total,
                100.0 * n as f64 / self.total.max(1) as f64,
                n as f64 / secs.max(1e-9)
            );
        }
    }

    fn done(&self) {
        let secs = self.start.elapsed().as_secs_f64();
        let n = self.done.load(Ordering::Relaxed);
        eprintln!("{n} files done in {secs:.2} s");
    }
}

/// The aggregate report.
fn aggregate(facts: &[Facts], skipped: usize) -> String {
    let mut s = String::new();
    s.push_str(&format!(
        "\n{} documents written, {skipped} file(s) skipped\n",
        facts.len()
    ));

    s.push_str("\ndocuments per kind\n");
    let kinds = [
        Kind::Letter,
        Kind::AnswerLetter,
        Kind::Answers,
        Kind::Questions,
        Kind::Notice,
    ];
    for k in kinds {
        let n = facts.iter().filter(|f| f.kind == k).count();
        s.push_str(&format!("  {:<14}{n:>6}\n", kind_name(k)));
    }

    let mut days: Vec<i64> = facts.iter().filter_map(|f| f.answer_days).collect();
    days.sort_unstable();
    s.push_str(&format!(
        "\nanswer days ({} documents with both dates)\n",
        days.len()
    ));
    match (percentile(&days, 50), percentile(&days, 90)) {
        (Some(p50), Some(p90)) => {
            s.push_str(&format!("  median        {p50:>6}\n"));
            s.push_str(&format!("  90th pct      {p90:>6}\n"));
        }
        _ => s.push_str("  (none)\n"),
    }
    let negative = days.iter().filter(|d| **d < 0).count();
    if negative > 0 {
        s.push_str(&format!(
            "  {negative} document(s) answered before they were asked (check the dates)\n"
        ));
    }

    let mut per: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    for f in facts {
        if let Some(within) = f.within_term {
            let e = per.entry(f.ministry.as_str()).or_default();
            e.1 += 1;
            if within {
                e.0 += 1;
            }
        }
    }
    s.push_str("\nanswered within the three-week term, per ministry\n");
    if per.is_empty() {
        s.push_str("  (none)\n");
    }
    let width = per.keys().map(|m| m.chars().count()).max().unwrap_or(0);
    for (m, (within, known)) in &per {
        let pad = width - m.chars().count();
        s.push_str(&format!(
            "  {m}{:pad$}  {within:>3}/{known:<3}{:>5.0}%\n",
            "",
            100.0 * *within as f64 / *known as f64
        ));
    }
    s
}

/// The JSON name of a kind.
fn kind_name(k: Kind) -> &'static str {
    match k {
        Kind::Letter => "letter",
        Kind::AnswerLetter => "answer_letter",
        Kind::Answers => "answers",
        Kind::Questions => "questions",
        Kind::Notice => "notice",
    }
}

/// The `p`th percentile of sorted `v` by the nearest-rank method.
fn percentile(v: &[i64], p: usize) -> Option<i64> {
    if v.is_empty() {
        return None;
    }
    let rank = (p * v.len()).div_ceil(100).max(1);
    v.get(rank - 1).copied()
}
