//! Print the parsed `Document` of a file as pretty JSON.
//!
//! `cargo run --release --example parse -- FILE`; without FILE it parses the
//! bundled sample letter. FILE may be extracted text or a Word file: a file
//! that begins like a zip archive or an OLE compound file is read with
//! `kamervragen::docx` (spans then point into its rendered text, which the
//! `text` example prints); on a file it cannot read it says why on stderr
//! and exits non-zero.

use std::process::ExitCode;

const SAMPLE: &str = include_str!("data/seed-defensie-2025-weerbaarheidsdoelen.txt");

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
