//! Other line endings, a byte-order mark and no-break spaces do not change
//! what is read: every corpus document gives the same facts as its
//! CRLF, CR, BOM and NBSP variants.

use std::fs;
use std::path::Path;

/// The facts that FACTS.md scores, whitespace-normalised.
fn facts(text: &str) -> String {
    let doc = kamervragen::parse(text);
    let norm = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut f = format!("{:?} {:?}", doc.kind, doc.date);
    if let Some(kv) = &doc.kamervragen {
        f += &format!(" {:?} {:?}", kv.zaaknummer, kv.submitted_on);
        for m in &kv.submitters {
            f += &format!(
                " {}/{}",
                norm(&m.name),
                m.party.as_deref().map(norm).unwrap_or_default()
            );
        }
        for q in &kv.questions {
            f += &format!(" Q{:?}", q.numbers);
        }
        for a in &kv.answers {
            f += &format!(" A{:?}", a.numbers);
        }
    }
    if let Some(l) = &doc.letter {
        f += &format!(" ref={:?}", l.our_reference.as_deref().map(norm));
        for s in &l.signatories {
            f += &format!(" sig={}", norm(&s.name));
        }
    }
    f + &format!(" notes={}", doc.footnotes.len())
}

#[test]
fn line_endings_bom_and_nbsp_give_the_same_facts() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/docs");
    let mut differ = Vec::new();
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "txt") {
            continue;
        }
        let text = fs::read_to_string(&path).unwrap();
        let want = facts(&text);
        let nbsp = text.replacen(' ', "\u{a0}", 200);
        for (name, variant) in [
            ("crlf", text.replace('\n', "\r\n")),
            ("cr", text.replace('\n', "\r")),
            ("bom", format!("\u{feff}{text}")),
            ("nbsp", nbsp),
        ] {
            // A text flattened onto one line is split by its spaces; no-break
            // spaces put there by hand are not a case that occurs.
            let flat = path.to_string_lossy().ends_with(".flat.txt");
            if name == "nbsp" && flat {
                continue;
            }
            if facts(&variant) != want {
                differ.push(format!("{} ({name})", path.display()));
            }
        }
    }
    assert!(
        differ.is_empty(),
        "facts differ for:\n{}",
        differ.join("\n")
    );
}
