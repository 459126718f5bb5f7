//! The .docx path against the text path, on the corpus's Word files.
//!
//! For the five Word files of `tests/fixtures/docx` and the POI texts of the
//! same letters (`tests/fixtures/docs`), in one run:
//!
//! * `to_text`: render every .docx ([`kamervragen::docx::to_text`]);
//! * `parse_rendered`: parse the rendered texts;
//! * `docx_parse`: both ([`kamervragen::docx::parse`], which also makes the
//!   document owned);
//! * `parse_poi`: parse the POI texts.
//!
//! Each has `Throughput::Bytes` of the texts it stands for (the rendered
//! texts, or the POI texts), so the MB/s compare: rendering against the
//! parse that follows it. `cargo bench --bench docx`.

use std::fs;
use std::hint::black_box;
use std::path::Path;
use std::time::Duration;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");

fn bench(c: &mut Criterion) {
    let dir = Path::new(FIXTURES).join("docx");
    let mut names: Vec<String> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".docx"))
        .collect();
    names.sort();
    let files: Vec<Vec<u8>> = names
        .iter()
        .map(|n| fs::read(dir.join(n)).expect("docx"))
        .collect();
    let rendered: Vec<String> = files
        .iter()
        .map(|b| kamervragen::docx::to_text(b).expect("renders"))
        .collect();
    let poi: Vec<String> = names
        .iter()
        .map(|n| {
            let txt = Path::new(FIXTURES)
                .join("docs")
                .join(n.replace(".docx", ".txt"));
            fs::read_to_string(&txt).unwrap_or_else(|e| panic!("{}: {e}", txt.display()))
        })
        .collect();
    let rendered_bytes: usize = rendered.iter().map(String::len).sum();
    let poi_bytes: usize = poi.iter().map(String::len).sum();

    let mut g = c.benchmark_group("docx");
    g.measurement_time(Duration::from_secs(5));
    g.throughput(Throughput::Bytes(rendered_bytes as u64));
    g.bench_function("to_text", |b| {
        b.iter(|| {
            for f in &files {
                black_box(kamervragen::docx::to_text(black_box(f)).ok());
            }
        })
    });
    g.bench_function("parse_rendered", |b| {
        b.iter(|| {
            for t in &rendered {
                black_box(kamervragen::parse(black_box(t)));
            }
        })
    });
    g.bench_function("docx_parse", |b| {
        b.iter(|| {
            for f in &files {
                black_box(kamervragen::docx::parse(black_box(f)).ok());
            }
        })
    });
    g.throughput(Throughput::Bytes(poi_bytes as u64));
    g.bench_function("parse_poi", |b| {
        b.iter(|| {
            for t in &poi {
                black_box(kamervragen::parse(black_box(t)));
            }
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
