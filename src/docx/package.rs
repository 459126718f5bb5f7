//! The container: what the bytes are (zip, OLE compound file, neither), the
//! zip archive and its parts read under one size budget, and the
//! relationships that name the parts of a Word document.

use std::cell::Cell;
use std::collections::HashMap;
use std::io::{self, Cursor, Read};

use zip::ZipArchive;
use zip::result::ZipError;

use super::error::{Error, ErrorKind};
use super::xml::{Ev, Walker};

/// How a zip archive starts: a local file header, or the end of central
/// directory record of an empty archive.
const ZIP_MAGIC: [&[u8]; 2] = [b"PK\x03\x04", b"PK\x05\x06"];
/// How an OLE compound file (Word 97-2003, encrypted Office files) starts.
const OLE_MAGIC: [u8; 8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

/// Whether `bytes` begin like a zip archive or an OLE compound file, the two
/// containers a Word file comes in.
pub(crate) fn is_container(bytes: &[u8]) -> bool {
    ZIP_MAGIC.iter().any(|m| bytes.starts_with(m)) || bytes.starts_with(&OLE_MAGIC)
}

/// What an OLE compound file holds, told from the names in its directory.
///
/// Directory entries are 128 bytes and start on 128-byte boundaries after
/// the 512-byte header (sectors are 512 or 4096 bytes), each with its name
/// in UTF-16 and the name's length in bytes at offset 0x40. Looking at every
/// boundary finds them without following the sector chains, in time linear
/// in the file.
fn compound_file_kind(bytes: &[u8]) -> ErrorKind {
    let mut word = false;
    let mut encrypted = false;
    let mut at = 512;
    while let Some(entry) = bytes.get(at..at + 128) {
        at += 128;
        let len = usize::from(u16::from_le_bytes([entry[0x40], entry[0x41]]));
        // A stream (2) or storage (1) whose name fits and ends in a NUL.
        if !(4..=64).contains(&len) || len % 2 != 0 || !matches!(entry[0x42], 1 | 2) {
            continue;
        }
        let name = entry[..len - 2]
            .chunks_exact(2)
            .map(|c| u16::from_le_bytes([c[0], c[1]]));
        let is = |want: &str| name.clone().eq(want.encode_utf16());
        if is("EncryptionInfo") || is("EncryptedPackage") {
            encrypted = true;
        } else if is("WordDocument") {
            word = true;
        }
    }
    if encrypted {
        ErrorKind::Encrypted
    } else if word {
        ErrorKind::LegacyDoc
    } else {
        ErrorKind::OtherCompoundFile
    }
}

/// What is left of the [`super::MAX_UNCOMPRESSED`] bytes that the parts of
/// one document may decompress to, shared by every part read.
pub(crate) struct Budget {
    left: Cell<u64>,
}

impl Budget {
    pub(crate) fn new(limit: u64) -> Budget {
        Budget {
            left: Cell::new(limit),
        }
    }
}

/// The message of the size cap, as an I/O error of the part's reader: the
/// XML reader passes it through, and [`io_error`] turns it back.
fn too_large() -> io::Error {
    io::Error::new(
        io::ErrorKind::FileTooLarge,
        format!(
            "the parts decompress to more than {} MiB (a decompression bomb?)",
            super::MAX_UNCOMPRESSED >> 20
        ),
    )
}

/// An I/O error while reading a part: the size cap, or a damaged archive
/// (a bad checksum, a deflate stream that ends early).
pub(crate) fn io_error(e: &io::Error) -> Error {
    if e.kind() == io::ErrorKind::FileTooLarge {
        Error::new(ErrorKind::TooLarge, e.to_string())
    } else if e.kind() == io::ErrorKind::Unsupported {
        Error::new(
            ErrorKind::Unsupported,
            format!("{e} (only stored and deflated parts are read)"),
        )
    } else {
        Error::new(ErrorKind::CorruptArchive, e.to_string())
    }
}

/// A part's decompressed bytes, counted against the budget as they are
/// read: the sizes the zip headers claim are not trusted. It also measures
/// the run since the last `<`, which the XML reader would hold whole.
struct Capped<'b, R> {
    inner: R,
    budget: &'b Budget,
    /// Bytes since the last `<`.
    run: u64,
}

impl<R: Read> Read for Capped<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let left = self.budget.left.get();
        // Ask for one byte more than is left, so that a part that would go
        // past the cap is told from one that ends right at it.
        // At most 1 MiB at a time, so that the checks below come before the
        // archive reader's own at the end of the part.
        let want = buf
            .len()
            .min(1 << 20)
            .min(usize::try_from(left.saturating_add(1)).unwrap_or(usize::MAX));
        let n = self.inner.read(&mut buf[..want])?;
        let n64 = n as u64;
        if n64 > left {
            self.budget.left.set(0);
            return Err(too_large());
        }
        self.budget.left.set(left - n64);
        self.run = match memchr::memrchr(b'<', &buf[..n]) {
            Some(i) => (n - i - 1) as u64,
            None => self.run + n64,
        };
        if self.run > super::MAX_RUN {
            return Err(io::Error::new(
                io::ErrorKind::FileTooLarge,
                format!(
                    "more than {} MiB of a part without markup",
                    super::MAX_RUN >> 20
                ),
            ));
        }
        Ok(n)
    }
}

/// A zip archive error as ours.
fn zip_error(e: ZipError) -> Error {
    match e {
        ZipError::Io(io) => io_error(&io),
        ZipError::UnsupportedArchive(what) => Error::new(ErrorKind::Unsupported, what),
        ZipError::CompressionMethodNotSupported(m) => Error::new(
            ErrorKind::Unsupported,
            format!("compression method {m} (only stored and deflated parts are read)"),
        ),
        ZipError::InvalidPassword => Error::new(
            ErrorKind::Unsupported,
            "a part is encrypted with a zip password",
        ),
        other => Error::new(ErrorKind::CorruptArchive, other.to_string()),
    }
}

/// An open Word package.
pub(crate) struct Package<'a> {
    zip: ZipArchive<Cursor<&'a [u8]>>,
    budget: Budget,
    /// Lower-cased part names to their index, for the case-insensitive
    /// look-up that part names get (OPC names compare without case).
    folded: HashMap<String, usize>,
}

impl<'a> Package<'a> {
    /// Opens `bytes` as a zip archive, or says what else they are.
    pub(crate) fn open(bytes: &'a [u8]) -> Result<Package<'a>, Error> {
        if bytes.starts_with(&OLE_MAGIC) {
            let kind = compound_file_kind(bytes);
            return Err(Error::new(kind, ""));
        }
        if !ZIP_MAGIC.iter().any(|m| bytes.starts_with(m)) {
            let what = if bytes.is_empty() {
                "the input is empty".to_string()
            } else {
                let shown: Vec<String> = bytes.iter().take(4).map(|b| format!("{b:02X}")).collect();
                format!("it begins with {} instead of 50 4B 03 04", shown.join(" "))
            };
            return Err(Error::new(ErrorKind::NotZip, what));
        }
        let zip = ZipArchive::new(Cursor::new(bytes)).map_err(zip_error)?;
        let folded = zip
            .file_names()
            .enumerate()
            .filter_map(|(i, n)| Some((n.ok()?.to_ascii_lowercase(), i)))
            .collect();
        Ok(Package {
            zip,
            budget: Budget::new(super::MAX_UNCOMPRESSED),
            folded,
        })
    }

    /// The index of the part `name` (without a leading `/`), matched exactly
    /// or else without case.
    pub(crate) fn find(&self, name: &str) -> Option<usize> {
        self.zip
            .index_for_name(name)
            .or_else(|| self.folded.get(&name.to_ascii_lowercase()).copied())
    }

    /// The decompressed bytes of part `index`, counted against the budget
    /// as they are read.
    pub(crate) fn read(&mut self, index: usize) -> Result<Vec<u8>, Error> {
        let file = self.zip.by_index(index).map_err(zip_error)?;
        if file.is_dir() {
            return Err(Error::new(
                ErrorKind::CorruptArchive,
                "the part is a directory",
            ));
        }
        // The claimed size is a hint, not trusted: the reading is capped.
        let hint = usize::try_from(file.size().min(1 << 20)).unwrap_or(0);
        let mut out = Vec::with_capacity(hint);
        Capped {
            inner: file,
            budget: &self.budget,
            run: 0,
        }
        .read_to_end(&mut out)
        .map_err(|e| io_error(&e))?;
        Ok(out)
    }

    /// The relationships of the part `source` (`word/document.xml` reads
    /// `word/_rels/document.xml.rels`; the package itself is `""` and reads
    /// `_rels/.rels`), targets resolved to part names. A missing
    /// relationships part is no relationships.
    pub(crate) fn relationships(&mut self, source: &str) -> Result<Vec<Relationship>, Error> {
        let (dir, file) = match source.rfind('/') {
            Some(i) => (&source[..i + 1], &source[i + 1..]),
            None => ("", source),
        };
        let rels_name = format!("{dir}_rels/{file}.rels");
        let Some(index) = self.find(&rels_name) else {
            return Ok(Vec::new());
        };
        let mut out = Vec::new();
        let bytes = self.read(index).map_err(|e| e.in_part(&rels_name))?;
        let mut walker = Walker::new(&bytes);
        loop {
            match walker.next().map_err(|e| e.in_part(&rels_name))? {
                Ev::Start(e) => {
                    if e.local() != "Relationship" {
                        continue;
                    }
                    if e.plain("TargetMode").is_some_and(|m| m == "External") {
                        continue;
                    }
                    let (Some(id), Some(kind), Some(target)) =
                        (e.plain("Id"), e.plain("Type"), e.plain("Target"))
                    else {
                        continue;
                    };
                    // The last segment of the type URI: transitional and
                    // strict types differ only before it.
                    let kind = kind.rsplit('/').next().unwrap_or_default().to_string();
                    out.push(Relationship {
                        id: id.into_owned(),
                        kind,
                        target: resolve(dir, &target),
                    });
                }
                Ev::Eof => break,
                Ev::End | Ev::Text(_) | Ev::Other => {}
            }
        }
        Ok(out)
    }
}

/// One relationship of a part.
#[derive(Debug, Clone)]
pub(crate) struct Relationship {
    /// `rId7`: how the source part refers to it.
    pub id: String,
    /// The last segment of the relationship type: `header`, `footnotes`, …
    pub kind: String,
    /// The target's part name, without a leading `/`.
    pub target: String,
}

/// The part name that `target` names, relative to the folder `dir` (with
/// its trailing `/`), or absolute when it starts with `/`. `..` and `.`
/// segments are resolved; a `..` above the root stays at the root.
fn resolve(dir: &str, target: &str) -> String {
    let (base, rest) = match target.strip_prefix('/') {
        Some(abs) => ("", abs),
        None => (dir, target),
    };
    let mut parts: Vec<&str> = base.split('/').filter(|s| !s.is_empty()).collect();
    for seg in rest.split('/') {
        match seg {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            s => parts.push(s),
        }
    }
    parts.join("/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn targets_resolve_against_the_source_folder() {
        assert_eq!(resolve("word/", "styles.xml"), "word/styles.xml");
        assert_eq!(resolve("word/", "/word/header1.xml"), "word/header1.xml");
        assert_eq!(
            resolve("word/", "../customXml/item1.xml"),
            "customXml/item1.xml"
        );
        assert_eq!(resolve("", "word/document.xml"), "word/document.xml");
        assert_eq!(resolve("", "./word/./document.xml"), "word/document.xml");
        assert_eq!(resolve("word/", "../../../x.xml"), "x.xml");
    }

    #[test]
    fn capped_reader_stops_at_the_budget() {
        let budget = Budget::new(10);
        let mut r = Capped {
            inner: &[7u8; 10][..],
            budget: &budget,
            run: 0,
        };
        let mut v = Vec::new();
        r.read_to_end(&mut v).unwrap();
        assert_eq!(v.len(), 10);
        let mut r = Capped {
            inner: &[7u8; 11][..],
            budget: &Budget::new(10),
            run: 0,
        };
        let e = r.read_to_end(&mut Vec::new()).unwrap_err();
        assert_eq!(e.kind(), io::ErrorKind::FileTooLarge);
        assert_eq!(io_error(&e).kind(), ErrorKind::TooLarge);
    }

    /// A compound file whose directory holds the named entries.
    fn compound(names: &[&str]) -> Vec<u8> {
        let mut bytes = OLE_MAGIC.to_vec();
        bytes.resize(512, 0);
        for n in names {
            let mut entry = vec![0u8; 128];
            let units: Vec<u16> = n.encode_utf16().collect();
            for (i, u) in units.iter().enumerate() {
                entry[2 * i..2 * i + 2].copy_from_slice(&u.to_le_bytes());
            }
            let len = (units.len() as u16 + 1) * 2;
            entry[0x40..0x42].copy_from_slice(&len.to_le_bytes());
            entry[0x42] = 2;
            bytes.extend(entry);
        }
        bytes
    }

    #[test]
    fn compound_files_say_what_they_hold() {
        let kind = |names: &[&str]| Package::open(&compound(names)).err().map(|e| e.kind());
        assert_eq!(
            kind(&["Root Entry", "WordDocument", "1Table"]),
            Some(ErrorKind::LegacyDoc)
        );
        assert_eq!(
            kind(&["Root Entry", "EncryptionInfo", "EncryptedPackage"]),
            Some(ErrorKind::Encrypted)
        );
        assert_eq!(
            kind(&["Root Entry", "Workbook"]),
            Some(ErrorKind::OtherCompoundFile)
        );
        // Truncated right after the header.
        assert_eq!(kind(&[]), Some(ErrorKind::OtherCompoundFile));
    }

    #[test]
    fn other_bytes_are_not_a_zip() {
        let e = Package::open(b"Geachte voorzitter,").err().unwrap();
        assert_eq!(e.kind(), ErrorKind::NotZip);
        assert!(e.to_string().contains("47 65 61 63"), "{e}");
        let e = Package::open(b"").err().unwrap();
        assert_eq!(e.kind(), ErrorKind::NotZip);
        // A zip signature with nothing behind it.
        let e = Package::open(b"PK\x03\x04garbage").err().unwrap();
        assert_eq!(e.kind(), ErrorKind::CorruptArchive);
    }
}
