//! Print the parsed `Document` of a file as pretty JSON.
//!
//! `cargo run --release --example parse -- FILE`; without FILE it parses the
//! bundled sample letter.

use std::process::ExitCode;

const SAMPLE: &str = include_str!("data/seed-defensie-2025-weerbaarheidsdoelen.txt");

fn main() -> ExitCode {
    let text = match std::env::args().nth(1) {
        Some(path) => match std::fs::read(&path) {
            Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
            Err(e) => {
                eprintln!("cannot read {path}: {e}");
                return ExitCode::FAILURE;
            }
        },
        None => SAMPLE.to_string(),
    };
    let doc = kamervragen::parse(&text);
    match serde_json::to_string_pretty(&doc) {
        Ok(json) => {
            println!("{json}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("cannot serialise: {e}");
            ExitCode::FAILURE
        }
    }
}
