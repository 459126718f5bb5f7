//! Walking the XML of one package part: events from `quick-xml` with the
//! limits of this reader (nesting depth, no DTD), entity references
//! resolved, and element names told apart by namespace.
//!
//! Word writes its namespaces as prefixes declared on the root element
//! (`xmlns:w="…/wordprocessingml/2006/main"`); other writers pick other
//! prefixes or a default namespace. The prefixes are read from the root, so
//! names compare as bytes afterwards, without resolving every name.

use std::borrow::Cow;

use quick_xml::events::{BytesStart, Event};
use quick_xml::{Reader, XmlVersion};

use super::error::{Error, ErrorKind};

/// The WordprocessingML namespace, transitional and strict.
const W_NS: [&str; 2] = [
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "http://purl.oclc.org/ooxml/wordprocessingml/main",
];
/// Markup compatibility (`mc:AlternateContent`).
const MC_NS: &str = "http://schemas.openxmlformats.org/markup-compatibility/2006";
/// Office math (`m:t`).
const M_NS: [&str; 2] = [
    "http://schemas.openxmlformats.org/officeDocument/2006/math",
    "http://purl.oclc.org/ooxml/officeDocument/math",
];
/// Relationships (`r:id`).
const R_NS: [&str; 2] = [
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "http://purl.oclc.org/ooxml/officeDocument/relationships",
];

/// Which namespace an element or attribute name is in, as far as this
/// reader cares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Ns {
    /// WordprocessingML.
    W,
    /// Markup compatibility.
    Mc,
    /// Office math.
    M,
    /// Relationships.
    R,
    /// Anything else (DrawingML, VML, vendor extensions …).
    Other,
}

/// The prefixes the root element binds to the namespaces of interest
/// (`None`: not bound; an empty prefix is the default namespace).
#[derive(Debug, Default, Clone)]
pub(crate) struct Prefixes {
    w: Option<String>,
    mc: Option<String>,
    m: Option<String>,
    r: Option<String>,
}

impl Prefixes {
    /// Reads the `xmlns` declarations of the root element.
    fn read(root: &BytesStart<'_>) -> Prefixes {
        let mut p = Prefixes::default();
        for a in root.attributes().with_checks(false).flatten() {
            let key = a.key.into_inner();
            let prefix = if key == "xmlns" {
                ""
            } else if let Some(rest) = key.strip_prefix("xmlns:") {
                rest
            } else {
                continue;
            };
            let uri = a.value.as_ref();
            let slot = if W_NS.contains(&uri) {
                &mut p.w
            } else if uri == MC_NS {
                &mut p.mc
            } else if M_NS.contains(&uri) {
                &mut p.m
            } else if R_NS.contains(&uri) {
                &mut p.r
            } else {
                continue;
            };
            *slot = Some(prefix.to_string());
        }
        p
    }

    /// The namespace and local name of an element name. An unprefixed name
    /// is in the default namespace; a document without any declaration of
    /// ours (a hand-made part) is read as WordprocessingML.
    pub(crate) fn element<'n>(&self, qname: &'n str) -> (Ns, &'n str) {
        let (prefix, local) = split(qname);
        (self.ns(prefix, true), local)
    }

    /// The namespace and local name of an attribute name: unprefixed
    /// attributes are in no namespace.
    pub(crate) fn attribute<'n>(&self, qname: &'n str) -> (Ns, &'n str) {
        let (prefix, local) = split(qname);
        if prefix.is_empty() {
            return (Ns::Other, local);
        }
        (self.ns(prefix, false), local)
    }

    fn ns(&self, prefix: &str, element: bool) -> Ns {
        let is = |p: &Option<String>| p.as_deref() == Some(prefix);
        if is(&self.w) {
            Ns::W
        } else if is(&self.mc) {
            Ns::Mc
        } else if is(&self.m) {
            Ns::M
        } else if is(&self.r) {
            Ns::R
        } else if self.w.is_none() && (prefix == "w" || (element && prefix.is_empty())) {
            Ns::W
        } else if self.r.is_none() && prefix == "r" {
            Ns::R
        } else {
            Ns::Other
        }
    }
}

/// `w:p` → (`w`, `p`); `p` → (``, `p`).
fn split(qname: &str) -> (&str, &str) {
    // Names are short: a byte loop beats a searcher's set-up.
    match qname.bytes().position(|b| b == b':') {
        Some(i) => (&qname[..i], &qname[i + 1..]),
        None => ("", qname),
    }
}

/// One event of a part, reduced to what the readers use.
pub(crate) enum Ev<'b> {
    /// An element opens (and closes too when [`Element::empty`]).
    Start(Element<'b>),
    /// The innermost open element closes.
    End,
    /// Character data, entity references resolved.
    Text(Cow<'b, str>),
    /// Something without content for the readers: the XML declaration, a
    /// comment, a processing instruction.
    Other,
    /// The end of the part.
    Eof,
}

/// An element's start tag, with the namespace prefixes of its part.
pub(crate) struct Element<'b> {
    e: BytesStart<'b>,
    prefixes: &'b Prefixes,
    /// The namespace of the element's name.
    pub ns: Ns,
    /// `<w:tab/>`: the element has no content and no end event.
    pub empty: bool,
    /// Where the local name starts in the name.
    local: usize,
}

impl Element<'_> {
    /// The name without its prefix.
    pub(crate) fn local(&self) -> &str {
        &self.e.name().into_inner()[self.local..]
    }

    /// The value of the attribute `ns:local`, entity references resolved;
    /// `None` when it is absent or unreadable.
    pub(crate) fn attr(&self, ns: Ns, local: &str) -> Option<Cow<'_, str>> {
        self.e
            .attributes()
            .with_checks(false)
            .flatten()
            .find_map(|a| {
                let (n, l) = self.prefixes.attribute(a.key.into_inner());
                (n == ns && l == local).then(|| a.normalized_value(XmlVersion::Implicit1_0).ok())?
            })
    }

    /// A WordprocessingML attribute (`w:val`).
    pub(crate) fn w(&self, local: &str) -> Option<Cow<'_, str>> {
        self.attr(Ns::W, local)
    }

    /// The value of an unprefixed attribute (relationship parts use these).
    pub(crate) fn plain(&self, name: &str) -> Option<Cow<'_, str>> {
        self.e
            .attributes()
            .with_checks(false)
            .flatten()
            .find_map(|a| {
                (a.key.into_inner() == name)
                    .then(|| a.normalized_value(XmlVersion::Implicit1_0).ok())?
            })
    }

    /// `w:val` as an on/off value: absent, `true`, `1` and `on` are on.
    pub(crate) fn on(&self) -> bool {
        match self.w("val") {
            None => true,
            Some(v) => matches!(v.as_ref(), "true" | "1" | "on"),
        }
    }

    /// `w:val` as a number.
    pub(crate) fn number(&self) -> Option<u32> {
        self.w("val")?.trim().parse().ok()
    }
}

/// A pull reader over one part's bytes: events borrow from them.
pub(crate) struct Walker<'a> {
    reader: Reader<&'a [u8]>,
    depth: usize,
    prefixes: Prefixes,
    rooted: bool,
}

impl<'a> Walker<'a> {
    pub(crate) fn new(src: &'a [u8]) -> Walker<'a> {
        let mut reader = Reader::from_reader(src);
        let config = reader.config_mut();
        config.trim_text(false);
        config.check_end_names = true;
        config.expand_empty_elements = false;
        Walker {
            reader,
            depth: 0,
            prefixes: Prefixes::default(),
            rooted: false,
        }
    }

    /// How many elements are open.
    pub(crate) fn depth(&self) -> usize {
        self.depth
    }

    /// The next event. Errors: malformed XML, a DTD, nesting deeper than
    /// [`super::MAX_DEPTH`], an unknown entity, or the part's bytes (an
    /// archive error, the size cap).
    pub(crate) fn next(&mut self) -> Result<Ev<'_>, Error> {
        let Walker {
            reader,
            depth,
            prefixes,
            rooted,
        } = self;
        {
            let pos = reader.buffer_position();
            let event = match reader.read_event() {
                Ok(ev) => ev,
                Err(e) => return Err(convert(e, reader.buffer_position())),
            };
            let (e, empty) = match event {
                Event::Start(e) => {
                    *depth += 1;
                    if *depth > super::MAX_DEPTH {
                        return Err(Error::new(
                            ErrorKind::TooDeep,
                            format!(
                                "more than {} nested elements at byte {pos}",
                                super::MAX_DEPTH
                            ),
                        ));
                    }
                    (e, false)
                }
                Event::Empty(e) => (e, true),
                Event::End(_) => {
                    *depth = depth.saturating_sub(1);
                    return Ok(Ev::End);
                }
                Event::Text(t) => return Ok(Ev::Text(t.xml10_content())),
                Event::CData(t) => return Ok(Ev::Text(t.xml10_content())),
                Event::GeneralRef(r) => {
                    return Ok(Ev::Text(Cow::Owned(entity(&r, pos)?.to_string())));
                }
                Event::DocType(_) => {
                    return Err(Error::new(
                        ErrorKind::Xml,
                        format!(
                            "a DOCTYPE declaration at byte {pos} (Office Open XML parts have none)"
                        ),
                    ));
                }
                Event::Eof => {
                    if !*rooted {
                        return Err(Error::new(ErrorKind::Xml, "the part has no root element"));
                    }
                    if *depth > 0 {
                        return Err(Error::new(
                            ErrorKind::Xml,
                            format!("the part ends inside {depth} open element(s) (truncated?)"),
                        ));
                    }
                    return Ok(Ev::Eof);
                }
                Event::Decl(_) | Event::PI(_) | Event::Comment(_) => return Ok(Ev::Other),
            };
            if !*rooted {
                *rooted = true;
                *prefixes = Prefixes::read(&e);
            }
            let name = e.name().into_inner();
            let (ns, local) = prefixes.element(name);
            let local = name.len() - local.len();
            Ok(Ev::Start(Element {
                e,
                prefixes,
                ns,
                empty,
                local,
            }))
        }
    }

    /// Skips the rest of the element whose start was the last event.
    pub(crate) fn skip(&mut self) -> Result<(), Error> {
        let target = self.depth.saturating_sub(1);
        while self.depth > target {
            if let Ev::Eof = self.next()? {
                break;
            }
        }
        Ok(())
    }
}

/// The character an entity reference stands for: a character reference or
/// one of the five predefined entities. Anything else would need a DTD.
fn entity(r: &quick_xml::events::BytesRef<'_>, pos: u64) -> Result<char, Error> {
    let bad = |what: &str| {
        Error::new(
            ErrorKind::Xml,
            format!("{what} &{}; at byte {pos}", r.xml10_content()),
        )
    };
    match r.resolve_char_ref() {
        Ok(Some(c)) => return Ok(c),
        Ok(None) => {}
        Err(_) => return Err(bad("an invalid character reference")),
    }
    match r.xml10_content().as_ref() {
        "amp" => Ok('&'),
        "lt" => Ok('<'),
        "gt" => Ok('>'),
        "quot" => Ok('"'),
        "apos" => Ok('\''),
        _ => Err(bad("an undefined entity")),
    }
}

/// A `quick-xml` error as ours: the size cap and archive errors surface as
/// I/O errors of the part's reader.
fn convert(e: quick_xml::Error, pos: u64) -> Error {
    match e {
        quick_xml::Error::Io(io) => super::package::io_error(&io),
        quick_xml::Error::Encoding(_) => Error::new(
            ErrorKind::Xml,
            format!("text that is not UTF-8 near byte {pos}"),
        ),
        other => Error::new(ErrorKind::Xml, format!("{other} at byte {pos}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn events(xml: &str) -> Result<Vec<String>, Error> {
        let mut w = Walker::new(xml.as_bytes());
        let mut out = Vec::new();
        loop {
            match w.next()? {
                Ev::Start(e) => out.push(format!(
                    "{:?}:{}{}",
                    e.ns,
                    e.local(),
                    if e.empty { "/" } else { "" }
                )),
                Ev::End => out.push("end".into()),
                Ev::Text(t) => out.push(format!("'{t}'")),
                Ev::Other => {}
                Ev::Eof => break,
            }
        }
        Ok(out)
    }

    #[test]
    fn names_resolve_by_declared_prefix() {
        let xml = r#"<x:document xmlns:x="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w="urn:other"><x:t>a</x:t><w:t/></x:document>"#;
        assert_eq!(
            events(xml).unwrap(),
            ["W:document", "W:t", "'a'", "end", "Other:t/", "end"]
        );
        // The default namespace.
        let xml = r#"<document xmlns="http://purl.oclc.org/ooxml/wordprocessingml/main"><t>b</t></document>"#;
        assert_eq!(
            events(xml).unwrap(),
            ["W:document", "W:t", "'b'", "end", "end"]
        );
    }

    #[test]
    fn entities_resolve_and_dtds_are_refused() {
        let xml = "<w:t>a&amp;b&#233;&#x2011;&lt;</w:t>";
        assert_eq!(
            events(xml).unwrap().concat(),
            "W:t'a''&''b''é''\u{2011}''<'end"
        );
        let bomb = r#"<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;">]><d>&b;</d>"#;
        let e = events(bomb).unwrap_err();
        assert_eq!(e.kind(), ErrorKind::Xml);
        assert!(e.to_string().contains("DOCTYPE"), "{e}");
        let e = events("<d>&nope;</d>").unwrap_err();
        assert!(e.to_string().contains("undefined entity &nope;"), "{e}");
    }

    #[test]
    fn malformed_xml_is_an_error() {
        for bad in ["<a><b></a>", "<a>", "", "<a>\u{0}</b>", "</a>", "<a><b>"] {
            let e = events(bad).unwrap_err();
            assert_eq!(e.kind(), ErrorKind::Xml, "{bad:?}: {e}");
        }
    }

    #[test]
    fn nesting_is_capped() {
        let deep = "<a>".repeat(super::super::MAX_DEPTH + 1);
        let e = events(&deep).unwrap_err();
        assert_eq!(e.kind(), ErrorKind::TooDeep);
        let fine = format!(
            "{}{}",
            "<a>".repeat(super::super::MAX_DEPTH),
            "</a>".repeat(super::super::MAX_DEPTH)
        );
        assert!(events(&fine).is_ok());
    }
}
