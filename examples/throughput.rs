//! Parser throughput on a directory of extracted texts, against a
//! split-lines-and-trim baseline.
//!
//! ```text
//! cargo run --release --example throughput -- [DIR]
//! ```
//!
//! Reads every `*.txt` under `DIR` (recursively; default: the fixture corpus
//! `tests/fixtures/docs`), warms up, parses all of them repeatedly for at
//! least two seconds, does the same for the baseline (split into lines, trim
//! each line), prints a table per text format (told from the file-name
//! suffix) and ends with one machine-readable line:
//!
//! ```text
//! parse_mb_s=<x> baseline_mb_s=<y> ratio=<x/y> docs=<n> bytes=<b> alloc_per_byte=<a>
//! ```
//!
//! MB is 1 000 000 bytes. Environment:
//!
//! * `THROUGHPUT_ITERS=N`: no warm-up, exactly `N` passes over the corpus
//!   for each of parse and baseline (for profilers such as callgrind);
//! * `THROUGHPUT_SECS=S`: measure for `S` seconds instead of two.
//!
//! `alloc_per_byte` is the number of bytes requested from the allocator
//! (`alloc` and `realloc` sizes) during one parse of the whole corpus,
//! divided by the corpus size; it is measured on the second parse, after the
//! first one has built the parser's lazily compiled regexes. It needs the counting `#[global_allocator]`
//! in `alloc_count::counting`, which is `unsafe` code. The crate sets
//! `unsafe_code = "forbid"`, which an `#![allow]` in an example cannot lift,
//! so the allocator is compiled only with `--cfg kv_count_alloc`; without it
//! the line says `alloc_per_byte=NA`. To measure it:
//!
//! ```text
//! cargo rustc --release --example throughput -- --cfg kv_count_alloc --cap-lints warn
//! $CARGO_TARGET_DIR/release/examples/throughput [DIR]
//! ```
//!
//! (If the crate's lint becomes `unsafe_code = "deny"`, add
//! `#![allow(unsafe_code)]` here and drop the `cfg(kv_count_alloc)` lines to
//! have it always on.)

use std::collections::BTreeMap;
use std::fs;
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/docs");
const MB: f64 = 1_000_000.0;

/// Allocation counting, switched on by `--cfg kv_count_alloc`.
#[allow(unexpected_cfgs)]
mod alloc_count {
    use std::sync::atomic::{AtomicU64, Ordering};

    /// Bytes requested from the allocator so far.
    static ALLOCATED: AtomicU64 = AtomicU64::new(0);
    /// Number of `alloc`/`realloc` calls so far.
    static CALLS: AtomicU64 = AtomicU64::new(0);

    /// `(bytes, calls)` requested so far, or `None` when the counting
    /// allocator is not compiled in.
    pub fn snapshot() -> Option<(u64, u64)> {
        cfg!(kv_count_alloc).then(|| {
            (
                ALLOCATED.load(Ordering::Relaxed),
                CALLS.load(Ordering::Relaxed),
            )
        })
    }

    #[cfg(kv_count_alloc)]
    mod counting {
        use std::alloc::{GlobalAlloc, Layout, System};
        use std::sync::atomic::Ordering;

        /// [`System`], counting the bytes asked for.
        struct Counting;

        // SAFETY: every call is forwarded unchanged to `System`.
        unsafe impl GlobalAlloc for Counting {
            unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
                super::ALLOCATED.fetch_add(layout.size() as u64, Ordering::Relaxed);
                super::CALLS.fetch_add(1, Ordering::Relaxed);
                // SAFETY: the caller upholds `GlobalAlloc::alloc`'s contract.
                unsafe { System.alloc(layout) }
            }

            unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
                // SAFETY: the caller upholds `GlobalAlloc::dealloc`'s contract.
                unsafe { System.dealloc(ptr, layout) }
            }

            unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
                super::ALLOCATED.fetch_add(new_size as u64, Ordering::Relaxed);
                super::CALLS.fetch_add(1, Ordering::Relaxed);
                // SAFETY: the caller upholds `GlobalAlloc::realloc`'s contract.
                unsafe { System.realloc(ptr, layout, new_size) }
            }
        }

        #[global_allocator]
        static GLOBAL: Counting = Counting;
    }
}

/// One input document.
struct Doc {
    format: &'static str,
    text: String,
}

/// The text format, from the file-name suffix.
fn format_of(name: &str) -> &'static str {
    const SUFFIXES: [(&str, &str); 6] = [
        (".pypdf.txt", "pypdf"),
        (".python-docx.txt", "python-docx"),
        (".md.txt", "markdown"),
        (".layout.txt", "pdftotext-layout"),
        (".flat.txt", "flat"),
        (".odt.txt", "odt"),
    ];
    SUFFIXES
        .iter()
        .find(|(suffix, _)| name.ends_with(suffix))
        .map_or("txt", |(_, format)| format)
}

/// Every `*.txt` under `dir`, recursively.
fn collect_txt(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            collect_txt(&path, out)?;
        } else if path.extension().is_some_and(|e| e == "txt") {
            out.push(path);
        }
    }
    Ok(())
}

fn load(dir: &Path) -> std::io::Result<Vec<Doc>> {
    let mut paths = Vec::new();
    collect_txt(dir, &mut paths)?;
    paths.sort();
    paths
        .into_iter()
        .map(|path| {
            let bytes = fs::read(&path)?;
            let name = path.file_name().unwrap_or_default().to_string_lossy();
            Ok(Doc {
                format: format_of(&name),
                text: String::from_utf8_lossy(&bytes).into_owned(),
            })
        })
        .collect()
}

/// Parses one text; the result keeps the work from being optimised away.
fn parse_one(text: &str) -> usize {
    let doc = kamervragen::parse(black_box(text));
    doc.kamervragen.as_ref().map_or(0, |kv| kv.questions.len()) + doc.diagnostics.len()
}

/// The baseline: split into lines, trim each and sum the trimmed lengths.
fn baseline_one(text: &str) -> usize {
    black_box(text).lines().map(|l| l.trim().len()).sum()
}

/// How long to run each measurement.
enum Plan {
    /// Warm up, then repeat whole passes until the duration has passed.
    Timed(Duration),
    /// Exactly this many passes, no warm-up.
    Passes(u64),
}

/// Time spent per document index, and the number of whole passes.
struct Timing {
    per_doc: Vec<Duration>,
    passes: u64,
    total: Duration,
}

fn measure(docs: &[Doc], plan: &Plan, f: fn(&str) -> usize) -> Timing {
    let pass = |per_doc: &mut [Duration]| {
        let mut sink = 0usize;
        for (doc, spent) in docs.iter().zip(per_doc.iter_mut()) {
            let start = Instant::now();
            sink = sink.wrapping_add(f(&doc.text));
            *spent += start.elapsed();
        }
        black_box(sink);
    };
    let mut per_doc = vec![Duration::ZERO; docs.len()];
    let (passes, total) = match *plan {
        Plan::Timed(duration) => {
            let warm_up = Instant::now();
            while warm_up.elapsed() < duration / 4 {
                pass(&mut per_doc);
            }
            per_doc.fill(Duration::ZERO);
            let start = Instant::now();
            let mut passes = 0;
            while passes == 0 || start.elapsed() < duration {
                pass(&mut per_doc);
                passes += 1;
            }
            (passes, start.elapsed())
        }
        Plan::Passes(n) => {
            let start = Instant::now();
            for _ in 0..n {
                pass(&mut per_doc);
            }
            (n, start.elapsed())
        }
    };
    Timing {
        per_doc,
        passes,
        total,
    }
}

fn mb_s(bytes: usize, passes: u64, time: Duration) -> f64 {
    bytes as f64 * passes as f64 / MB / time.as_secs_f64().max(f64::MIN_POSITIVE)
}

fn env_number<T: std::str::FromStr>(name: &str) -> Option<T> {
    std::env::var(name).ok()?.trim().parse().ok()
}

fn main() -> ExitCode {
    let dir = std::env::args_os()
        .nth(1)
        .map_or_else(|| PathBuf::from(FIXTURES), PathBuf::from);
    let docs = match load(&dir) {
        Ok(docs) if !docs.is_empty() => docs,
        Ok(_) => {
            eprintln!("no .txt files under {}", dir.display());
            return ExitCode::FAILURE;
        }
        Err(e) => {
            eprintln!("cannot read {}: {e}", dir.display());
            return ExitCode::FAILURE;
        }
    };
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let plan = match env_number::<u64>("THROUGHPUT_ITERS") {
        Some(n) => Plan::Passes(n.max(1)),
        None => Plan::Timed(Duration::from_secs_f64(
            env_number::<f64>("THROUGHPUT_SECS")
                .unwrap_or(2.0)
                .max(0.01),
        )),
    };

    // Two parses of the whole corpus, counting the bytes allocated: the
    // first (cold) one also compiles the parser's lazily built regexes, the
    // second is the steady state that `alloc_per_byte` reports.
    let parse_corpus = || {
        let before = alloc_count::snapshot();
        let sink: usize = docs.iter().map(|doc| parse_one(&doc.text)).sum();
        black_box(sink);
        alloc_count::snapshot()
            .zip(before)
            .map(|((b1, c1), (b0, c0))| (b1 - b0, c1 - c0))
    };
    let cold = parse_corpus();
    let allocated = parse_corpus();

    let parse = measure(&docs, &plan, parse_one);
    let baseline = measure(&docs, &plan, baseline_one);

    println!(
        "{} docs, {} bytes under {}",
        docs.len(),
        bytes,
        dir.display()
    );
    println!(
        "parse: {} passes in {:.2} s; baseline: {} passes in {:.2} s",
        parse.passes,
        parse.total.as_secs_f64(),
        baseline.passes,
        baseline.total.as_secs_f64()
    );
    println!();
    println!(
        "{:<18} {:>5} {:>9} {:>11} {:>14} {:>9} {:>12}",
        "format", "docs", "bytes", "parse MB/s", "baseline MB/s", "ratio", "µs/doc parse"
    );
    let mut groups: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, doc) in docs.iter().enumerate() {
        groups.entry(doc.format).or_default().push(i);
    }
    let row = |name: &str, indices: &[usize], parse_time: Duration, base_time: Duration| {
        let group_bytes: usize = indices.iter().map(|&i| docs[i].text.len()).sum();
        let p = mb_s(group_bytes, parse.passes, parse_time);
        let b = mb_s(group_bytes, baseline.passes, base_time);
        let per_doc_us =
            parse_time.as_secs_f64() * 1e6 / (parse.passes as f64 * indices.len() as f64);
        println!(
            "{name:<18} {:>5} {group_bytes:>9} {p:>11.2} {b:>14.1} {:>9.5} {per_doc_us:>12.1}",
            indices.len(),
            p / b,
        );
    };
    if groups.len() > 1 {
        for (name, indices) in &groups {
            let sum = |t: &Timing| indices.iter().map(|&i| t.per_doc[i]).sum::<Duration>();
            row(name, indices, sum(&parse), sum(&baseline));
        }
    }
    let all: Vec<usize> = (0..docs.len()).collect();
    row("all", &all, parse.total, baseline.total);

    let parse_mb_s = mb_s(bytes, parse.passes, parse.total);
    let baseline_mb_s = mb_s(bytes, baseline.passes, baseline.total);
    let alloc_per_byte = match allocated {
        Some((alloc_bytes, calls)) => {
            if let Some((cold_bytes, cold_calls)) = cold {
                println!(
                    "\nfirst parse of the corpus (compiles the regexes): \
                     {cold_bytes} bytes in {cold_calls} allocations"
                );
            }
            println!(
                "one parse of the corpus: {alloc_bytes} bytes in {calls} allocations \
                 ({:.0} allocations per document)",
                calls as f64 / docs.len() as f64
            );
            format!("{:.3}", alloc_bytes as f64 / bytes as f64)
        }
        None => "NA".to_string(),
    };
    println!();
    println!(
        "parse_mb_s={parse_mb_s:.3} baseline_mb_s={baseline_mb_s:.3} ratio={:.6} docs={} \
         bytes={bytes} alloc_per_byte={alloc_per_byte}",
        parse_mb_s / baseline_mb_s,
        docs.len(),
    );
    ExitCode::SUCCESS
}
