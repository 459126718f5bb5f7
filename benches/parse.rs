//! Parser throughput on the fixture corpus, per text format and overall.
//!
//! The documents are read at run time from `tests/fixtures/docs/*.txt` (the
//! `.actual.json` snapshots are skipped) and grouped by the `format` column
//! of `tests/fixtures/MANIFEST.tsv`; a document the manifest does not list is
//! grouped by its file-name suffix. Every group has two functions, both with
//! `Throughput::Bytes` of the group's total size:
//!
//! * `parse`: [`kamervragen::parse`] every document of the group;
//! * `baseline_lines`: split the same text into lines and trim each line,
//!   the floor the parser's speed is compared against.
//!
//! `cargo bench --bench parse` takes about a minute; pass a filter
//! (`cargo bench --bench parse -- all/`) to run less.

use std::collections::BTreeMap;
use std::fs;
use std::hint::black_box;
use std::path::Path;
use std::time::Duration;

use criterion::{Criterion, SamplingMode, Throughput, criterion_group, criterion_main};

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");

/// One fixture document.
struct Doc {
    format: String,
    text: String,
}

/// Reads the manifest: file name to format.
fn manifest_formats() -> BTreeMap<String, String> {
    let path = Path::new(FIXTURES).join("MANIFEST.tsv");
    let Ok(tsv) = fs::read_to_string(&path) else {
        return BTreeMap::new();
    };
    let mut lines = tsv.lines();
    let header: Vec<&str> = lines.next().unwrap_or_default().split('\t').collect();
    let file_col = header.iter().position(|h| *h == "file").unwrap_or(0);
    let Some(format_col) = header.iter().position(|h| *h == "format") else {
        return BTreeMap::new();
    };
    lines
        .filter_map(|line| {
            let cols: Vec<&str> = line.split('\t').collect();
            Some((
                cols.get(file_col)?.to_string(),
                cols.get(format_col)?.to_string(),
            ))
        })
        .collect()
}

/// The format of a file the manifest does not list, from its name.
fn format_from_name(name: &str) -> &'static str {
    const SUFFIXES: [(&str, &str); 6] = [
        (".pypdf.txt", "pypdf"),
        (".python-docx.txt", "python-docx"),
        (".md.txt", "markdown"),
        (".layout.txt", "pdftotext"),
        (".flat.txt", "other"),
        (".odt.txt", "other"),
    ];
    SUFFIXES
        .iter()
        .find(|(suffix, _)| name.ends_with(suffix))
        .map_or("unknown", |(_, format)| format)
}

/// Loads every fixture document, sorted by file name.
fn load_docs() -> Vec<Doc> {
    let formats = manifest_formats();
    let dir = Path::new(FIXTURES).join("docs");
    let entries =
        fs::read_dir(&dir).unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()));
    let mut named: Vec<(String, Doc)> = entries
        .filter_map(Result::ok)
        .filter_map(|entry| {
            let name = entry.file_name().to_string_lossy().into_owned();
            if !name.ends_with(".txt") {
                return None;
            }
            let bytes = fs::read(entry.path()).ok()?;
            let text = String::from_utf8_lossy(&bytes).into_owned();
            let format = formats
                .get(&name)
                .cloned()
                .unwrap_or_else(|| format_from_name(&name).to_string());
            Some((name, Doc { format, text }))
        })
        .collect();
    named.sort_by(|a, b| a.0.cmp(&b.0));
    named.into_iter().map(|(_, doc)| doc).collect()
}

/// Parses every text and returns the total number of questions found.
fn parse_all(texts: &[&str]) -> usize {
    texts
        .iter()
        .map(|text| {
            let doc = kamervragen::parse(black_box(text));
            doc.kamervragen.as_ref().map_or(0, |kv| kv.questions.len()) + doc.diagnostics.len()
        })
        .sum()
}

/// The baseline: split into lines, trim each and sum the trimmed lengths.
fn baseline_lines(texts: &[&str]) -> usize {
    texts
        .iter()
        .map(|text| {
            black_box(text)
                .lines()
                .map(|l| l.trim().len())
                .sum::<usize>()
        })
        .sum()
}

fn bench_group(c: &mut Criterion, name: &str, texts: &[&str]) {
    let bytes: usize = texts.iter().map(|t| t.len()).sum();
    let mut group = c.benchmark_group(name);
    group.throughput(Throughput::Bytes(bytes as u64));
    // A whole-group parse takes milliseconds: flat sampling keeps the run
    // time predictable.
    group.sampling_mode(SamplingMode::Flat);
    group.bench_function("parse", |b| b.iter(|| black_box(parse_all(texts))));
    group.bench_function("baseline_lines", |b| {
        b.iter(|| black_box(baseline_lines(texts)))
    });
    group.finish();
}

fn benches(c: &mut Criterion) {
    let docs = load_docs();
    assert!(!docs.is_empty(), "no fixtures under {FIXTURES}/docs");
    let mut by_format: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for doc in &docs {
        by_format
            .entry(doc.format.as_str())
            .or_default()
            .push(doc.text.as_str());
    }
    for (format, texts) in &by_format {
        bench_group(c, format, texts);
    }
    let all: Vec<&str> = docs.iter().map(|d| d.text.as_str()).collect();
    bench_group(c, "all", &all);
}

criterion_group! {
    name = parse;
    config = Criterion::default()
        .sample_size(10)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2));
    targets = benches
}
criterion_main!(parse);
