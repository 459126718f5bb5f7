//! The one error of the .docx reader: what the bytes turned out to be, in
//! which part of the package, and where.

use std::fmt;

/// Why a `.docx` could not be read. One pointer wide; [`Error::kind`] says
/// what went wrong, [`Error::part`] in which part of the package.
#[derive(Clone)]
pub struct Error(Box<Inner>);

#[derive(Clone)]
struct Inner {
    kind: ErrorKind,
    part: Option<Box<str>>,
    detail: Box<str>,
}

/// What kind of input a [`Error`] is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The bytes are neither a zip archive nor an OLE compound file (a
    /// `.docx` is a zip archive).
    NotZip,
    /// An OLE compound file holding a Word 97-2003 binary document (`.doc`):
    /// its `WordDocument` stream is not read by this crate.
    LegacyDoc,
    /// An OLE compound file holding an encrypted (password-protected) Office
    /// Open XML package: its `EncryptionInfo` and `EncryptedPackage`
    /// streams cannot be read without the password.
    Encrypted,
    /// An OLE compound file that is neither a Word document nor an encrypted
    /// package (an `.xls`, `.ppt`, `.msg`, …).
    OtherCompoundFile,
    /// The zip archive is truncated or corrupt: no central directory, a
    /// checksum that does not match, a compressed stream that ends early.
    CorruptArchive,
    /// A part is stored with a compression method other than stored or
    /// deflated, or is encrypted with zip encryption.
    Unsupported,
    /// The archive has no main document part (`word/document.xml`, or the
    /// part the package relationships name).
    MissingDocument,
    /// The parts read so far decompress to more than
    /// [`MAX_UNCOMPRESSED`](super::MAX_UNCOMPRESSED) bytes (a decompression
    /// bomb), the rendered text would grow past
    /// [`MAX_TEXT`](super::MAX_TEXT), or a part holds more than
    /// [`MAX_RUN`](super::MAX_RUN) bytes without markup.
    TooLarge,
    /// A part is not well-formed XML (or not UTF-8, or declares a DTD, which
    /// Office Open XML does not allow).
    Xml,
    /// Elements nest deeper than [`MAX_DEPTH`](super::MAX_DEPTH).
    TooDeep,
}

impl Error {
    pub(crate) fn new(kind: ErrorKind, detail: impl Into<Box<str>>) -> Error {
        Error(Box::new(Inner {
            kind,
            part: None,
            detail: detail.into(),
        }))
    }

    /// The same error, said of `part` (a path inside the package), unless it
    /// already names one.
    pub(crate) fn in_part(mut self, part: &str) -> Error {
        if self.0.part.is_none() {
            self.0.part = Some(part.into());
        }
        self
    }

    /// What kind of failure this is.
    pub fn kind(&self) -> ErrorKind {
        self.0.kind
    }

    /// The path inside the package of the part that failed
    /// (`word/document.xml`), when the failure is in one part.
    pub fn part(&self) -> Option<&str> {
        self.0.part.as_deref()
    }
}

impl ErrorKind {
    fn summary(self) -> &'static str {
        match self {
            ErrorKind::NotZip => "not a .docx file: the bytes are not a zip archive",
            ErrorKind::LegacyDoc => {
                "an old binary Word document (.doc, an OLE compound file), not a .docx; \
                 save it as .docx first"
            }
            ErrorKind::Encrypted => {
                "an encrypted (password-protected) Word file: the package inside the OLE \
                 compound file cannot be read without the password"
            }
            ErrorKind::OtherCompoundFile => {
                "an OLE compound file that holds no Word document (perhaps .xls or .ppt)"
            }
            ErrorKind::CorruptArchive => "the zip archive is truncated or corrupt",
            ErrorKind::Unsupported => "the zip archive uses a feature this reader does not read",
            ErrorKind::MissingDocument => "the zip archive holds no Word document",
            ErrorKind::TooLarge => "the document is too large",
            ErrorKind::Xml => "malformed XML",
            ErrorKind::TooDeep => "elements nest too deeply",
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0.kind.summary())?;
        if let Some(part) = &self.0.part {
            write!(f, " in {part}")?;
        }
        if !self.0.detail.is_empty() {
            write!(f, ": {}", self.0.detail)?;
        }
        Ok(())
    }
}

impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Error")
            .field("kind", &self.0.kind)
            .field("part", &self.0.part)
            .field("detail", &self.0.detail)
            .finish()
    }
}

impl std::error::Error for Error {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn is_one_pointer_wide() {
        assert_eq!(std::mem::size_of::<Error>(), std::mem::size_of::<usize>());
    }

    #[test]
    fn message_names_kind_part_and_detail() {
        let e =
            Error::new(ErrorKind::Xml, "unexpected end at byte 12").in_part("word/document.xml");
        assert_eq!(
            e.to_string(),
            "malformed XML in word/document.xml: unexpected end at byte 12"
        );
        // The first part named stays.
        let e = e.in_part("word/styles.xml");
        assert_eq!(e.part(), Some("word/document.xml"));
        assert_eq!(e.kind(), ErrorKind::Xml);
    }
}
