//! The .docx reader on arbitrary bytes: never a panic; either a typed error
//! or a text that parses, with note spans inside it on char boundaries,
//! and the same text when read twice.
//!
//! The first byte picks what the rest is:
//!
//! * even: the bytes of a file, read as they are (the archive and
//!   compound-file code, and whatever XML survives the checksums);
//! * odd: the parts of a package separated by 0xFF bytes, in the order
//!   document, styles, numbering, footnotes, endnotes, header, which the
//!   target packs into a stored zip with correct checksums, so that every
//!   mutation reaches the XML readers.

#![no_main]

use libfuzzer_sys::fuzz_target;

const PARTS: [(&str, &str); 6] = [
    ("word/document.xml", ""),
    ("word/styles.xml", "styles"),
    ("word/numbering.xml", "numbering"),
    ("word/footnotes.xml", "footnotes"),
    ("word/endnotes.xml", "endnotes"),
    ("word/header1.xml", "header"),
];

fn crc32(data: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in data {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 != 0 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

/// A stored zip of `entries`.
fn zip(entries: &[(String, Vec<u8>)]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut central = Vec::new();
    for (name, data) in entries {
        let offset = out.len() as u32;
        for (sig, dir) in [(0x0403_4b50u32, false), (0x0201_4b50, true)] {
            let mut h = Vec::new();
            h.extend(sig.to_le_bytes());
            if dir {
                h.extend(20u16.to_le_bytes());
            }
            h.extend([20, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
            h.extend(crc32(data).to_le_bytes());
            h.extend((data.len() as u32).to_le_bytes());
            h.extend((data.len() as u32).to_le_bytes());
            h.extend((name.len() as u16).to_le_bytes());
            h.extend([0, 0]);
            if dir {
                h.extend([0u8; 8]);
                h.extend(offset.to_le_bytes());
            }
            h.extend(name.as_bytes());
            if dir {
                central.extend(h);
            } else {
                out.extend(h);
                out.extend(data);
            }
        }
    }
    let at = out.len() as u32;
    out.extend(0x0605_4b50u32.to_le_bytes());
    out.extend([0u8; 4]);
    out.extend((entries.len() as u16).to_le_bytes());
    out.extend((entries.len() as u16).to_le_bytes());
    out.extend((central.len() as u32).to_le_bytes());
    out.extend(at.to_le_bytes());
    out.extend([0, 0]);
    let mut all = out;
    all.splice(at as usize..at as usize, central);
    all
}

/// A package of the parts in `data` (see the module docs).
fn package(data: &[u8]) -> Vec<u8> {
    let base = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    let mut rels = String::from(
        r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#,
    );
    let mut entries = Vec::new();
    for (i, part) in data.split(|&b| b == 0xFF).take(PARTS.len()).enumerate() {
        let (name, kind) = PARTS[i];
        if !kind.is_empty() {
            let file = &name["word/".len()..];
            rels.push_str(&format!(
                r#"<Relationship Id="rId{i}" Type="{base}{kind}" Target="{file}"/>"#
            ));
        }
        entries.push((name.to_string(), part.to_vec()));
    }
    rels.push_str("</Relationships>");
    entries.push(("word/_rels/document.xml.rels".into(), rels.into_bytes()));
    zip(&entries)
}

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    let bytes = if mode & 1 == 0 {
        rest.to_vec()
    } else {
        package(rest)
    };
    let Ok(text) = kamervragen::docx::to_text(&bytes) else {
        return;
    };
    assert_eq!(
        kamervragen::docx::to_text(&bytes).ok().as_deref(),
        Some(text.as_str())
    );
    let doc = kamervragen::parse(&text);
    for n in &doc.footnotes {
        let r = n.span.range();
        assert!(r.start <= r.end && r.end <= text.len());
        assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
    }
});
