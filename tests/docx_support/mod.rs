//! Building .docx files in memory for the tests: a zip writer (stored or
//! deflated entries, sizes that may lie) and a minimal Word package around
//! the XML a test gives.

#![allow(dead_code)]

use std::io::Write;

use flate2::Compression;
use flate2::write::DeflateEncoder;

/// The WordprocessingML namespace declarations of a part's root.
pub const NS: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main""#;

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

/// One zip entry.
pub struct Entry {
    pub name: String,
    /// The bytes as stored (compressed when `method` is 8).
    pub data: Vec<u8>,
    pub method: u16,
    pub crc: u32,
    /// The uncompressed size the headers claim.
    pub size: u32,
}

impl Entry {
    /// A deflated entry of `content`.
    pub fn deflated(name: &str, content: &[u8]) -> Entry {
        let mut enc = DeflateEncoder::new(Vec::new(), Compression::default());
        enc.write_all(content).unwrap();
        Entry {
            name: name.into(),
            data: enc.finish().unwrap(),
            method: 8,
            crc: crc32(content),
            size: content.len() as u32,
        }
    }

    /// A stored entry of `content`.
    pub fn stored(name: &str, content: &[u8]) -> Entry {
        Entry {
            name: name.into(),
            data: content.to_vec(),
            method: 0,
            crc: crc32(content),
            size: content.len() as u32,
        }
    }
}

/// A zip archive of `entries`.
pub fn zip(entries: &[Entry]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut central = Vec::new();
    for e in entries {
        let offset = out.len() as u32;
        let header = |sig: u32, central: bool| {
            let mut h = Vec::new();
            h.extend(sig.to_le_bytes());
            if central {
                h.extend(20u16.to_le_bytes()); // made by
            }
            h.extend(20u16.to_le_bytes()); // needed
            h.extend(0u16.to_le_bytes()); // flags
            h.extend(e.method.to_le_bytes());
            h.extend(0u32.to_le_bytes()); // time, date
            h.extend(e.crc.to_le_bytes());
            h.extend((e.data.len() as u32).to_le_bytes());
            h.extend(e.size.to_le_bytes());
            h.extend((e.name.len() as u16).to_le_bytes());
            h.extend(0u16.to_le_bytes()); // extra
            if central {
                h.extend(0u16.to_le_bytes()); // comment
                h.extend(0u16.to_le_bytes()); // disk
                h.extend(0u16.to_le_bytes()); // internal attributes
                h.extend(0u32.to_le_bytes()); // external attributes
                h.extend(offset.to_le_bytes());
            }
            h.extend(e.name.as_bytes());
            h
        };
        out.extend(header(0x0403_4b50, false));
        out.extend(&e.data);
        central.extend(header(0x0201_4b50, true));
    }
    let cd_offset = out.len() as u32;
    out.extend(&central);
    out.extend(0x0605_4b50u32.to_le_bytes());
    out.extend(0u32.to_le_bytes()); // disks
    out.extend((entries.len() as u16).to_le_bytes());
    out.extend((entries.len() as u16).to_le_bytes());
    out.extend((central.len() as u32).to_le_bytes());
    out.extend(cd_offset.to_le_bytes());
    out.extend(0u16.to_le_bytes());
    out
}

/// Parts of a test package besides `word/document.xml`.
#[derive(Default)]
pub struct Package {
    pub styles: Option<String>,
    pub numbering: Option<String>,
    pub footnotes: Option<String>,
    pub endnotes: Option<String>,
    /// Header and footer parts: (relationship id, part file name, xml).
    pub headers: Vec<(String, String, String)>,
}

impl Package {
    /// The zip bytes of a package whose body holds `body`.
    pub fn build(&self, body: &str) -> Vec<u8> {
        let document = format!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {NS}><w:body>{body}</w:body></w:document>"#
        );
        self.build_document(&document)
    }

    /// The zip bytes of a package with `document` as its main part.
    pub fn build_document(&self, document: &str) -> Vec<u8> {
        let mut rels = String::from(
            r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#,
        );
        let mut entries = vec![
            Entry::deflated(
                "[Content_Types].xml",
                br#"<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>"#,
            ),
            Entry::deflated(
                "_rels/.rels",
                br#"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"#,
            ),
            Entry::deflated("word/document.xml", document.as_bytes()),
        ];
        let base = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
        for (kind, part) in [
            ("styles", &self.styles),
            ("numbering", &self.numbering),
            ("footnotes", &self.footnotes),
            ("endnotes", &self.endnotes),
        ] {
            if let Some(xml) = part {
                rels.push_str(&format!(
                    r#"<Relationship Id="r{kind}" Type="{base}{kind}" Target="{kind}.xml"/>"#
                ));
                entries.push(Entry::deflated(&format!("word/{kind}.xml"), xml.as_bytes()));
            }
        }
        for (id, file, xml) in &self.headers {
            let kind = if xml.contains("<w:ftr") {
                "footer"
            } else {
                "header"
            };
            rels.push_str(&format!(
                r#"<Relationship Id="{id}" Type="{base}{kind}" Target="{file}"/>"#
            ));
            if !entries.iter().any(|e| e.name == format!("word/{file}")) {
                entries.push(Entry::deflated(&format!("word/{file}"), xml.as_bytes()));
            }
        }
        rels.push_str("</Relationships>");
        entries.push(Entry::deflated(
            "word/_rels/document.xml.rels",
            rels.as_bytes(),
        ));
        zip(&entries)
    }
}

/// A package whose body is `body` and nothing else.
pub fn docx(body: &str) -> Vec<u8> {
    Package::default().build(body)
}

/// A part with the namespace declarations: `root` is e.g. `w:footnotes`.
pub fn part(root: &str, inner: &str) -> String {
    format!(r#"<?xml version="1.0"?><{root} {NS}>{inner}</{root}>"#)
}

/// `<w:p><w:r><w:t>text</w:t></w:r></w:p>`.
pub fn p(text: &str) -> String {
    format!(r#"<w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>"#)
}
