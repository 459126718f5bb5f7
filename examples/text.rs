//! Print the text a file is parsed from: a Word file (.docx) as
//! `kamervragen::docx::to_text` renders it, any other file as it is.
//!
//! `cargo run --release --example text -- FILE`. Spans in the JSON of the
//! `parse` example are byte offsets into this text.

use std::io::Write;
use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(path) = std::env::args_os().nth(1) else {
        eprintln!("usage: text FILE");
        return ExitCode::FAILURE;
    };
    let shown = path.to_string_lossy().into_owned();
    let bytes = match std::fs::read(&path) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("cannot read {shown}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let text = if kamervragen::docx::looks_like_docx(&bytes) {
        match kamervragen::docx::to_text(&bytes) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("cannot read {shown}: {e}");
                return ExitCode::FAILURE;
            }
        }
    } else {
        String::from_utf8_lossy(&bytes).into_owned()
    };
    match std::io::stdout().lock().write_all(text.as_bytes()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("cannot write: {e}");
            ExitCode::FAILURE
        }
    }
}
