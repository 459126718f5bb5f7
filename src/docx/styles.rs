//! What the rendering needs of `styles.xml`: the list a paragraph style
//! numbers its paragraphs with, and which character styles hide text.
//!
//! Styles inherit through `w:basedOn`; the chains are resolved once, cut
//! after [`MAX_CHAIN`] steps, so a cycle (a style based on itself, directly
//! or not) ends instead of looping.

use std::collections::HashMap;

use super::error::Error;
use super::xml::{Ev, Ns, Walker};

/// The longest `w:basedOn` chain followed.
const MAX_CHAIN: usize = 16;

/// Numbering of a paragraph: the `w:numId` and the level, when given.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct NumRef {
    /// `w:numId`; 0 turns numbering off.
    pub num: Option<u32>,
    /// `w:ilvl`, 0 to 8.
    pub level: Option<u8>,
}

/// A style as written, before inheritance.
#[derive(Debug, Default)]
struct Raw {
    based_on: Option<String>,
    num: NumRef,
    hidden: Option<bool>,
    default_paragraph: bool,
}

/// The styles, resolved.
#[derive(Debug, Default)]
pub(crate) struct Styles {
    numbering: HashMap<String, NumRef>,
    hidden: HashMap<String, bool>,
    default_paragraph: Option<String>,
}

impl Styles {
    /// Reads `styles.xml`.
    pub(crate) fn read(mut w: Walker<'_>) -> Result<Styles, Error> {
        let mut raw: HashMap<String, Raw> = HashMap::new();
        let mut current: Option<(String, Raw)> = None;
        // The depths of the open pPr, numPr and rPr of a style.
        let mut in_ppr = None;
        let mut in_numpr = None;
        let mut in_rpr = None;
        loop {
            let depth = w.depth();
            let mut skip = false;
            match w.next()? {
                Ev::Start(e) if e.ns == Ns::W => match e.local() {
                    "style" if !e.empty => {
                        let id = e.w("styleId").unwrap_or_default().into_owned();
                        let default = e.w("default").is_some_and(|v| v == "1" || v == "true");
                        let paragraph = e.w("type").is_none_or(|t| t == "paragraph");
                        current = Some((
                            id,
                            Raw {
                                default_paragraph: default && paragraph,
                                ..Raw::default()
                            },
                        ));
                    }
                    "basedOn" => {
                        if let Some((_, s)) = &mut current {
                            s.based_on = e.w("val").map(|v| v.into_owned());
                        }
                    }
                    "pPr" if !e.empty => in_ppr = Some(depth + 1),
                    "rPr" if !e.empty => in_rpr = Some(depth + 1),
                    "numPr" if !e.empty && in_ppr.is_some() => in_numpr = Some(depth + 1),
                    "numId" if in_numpr.is_some() => {
                        if let Some((_, s)) = &mut current {
                            s.num.num = e.number();
                        }
                    }
                    "ilvl" if in_numpr.is_some() => {
                        if let Some((_, s)) = &mut current {
                            s.num.level = e.w("val").map(|v| level(&v));
                        }
                    }
                    "vanish" if in_rpr.is_some() => {
                        if let Some((_, s)) = &mut current {
                            s.hidden = Some(e.on());
                        }
                    }
                    // Formatting changes hold the old values.
                    "pPrChange" | "rPrChange" => skip = !e.empty,
                    _ => {}
                },
                Ev::End => {
                    if in_numpr == Some(depth) {
                        in_numpr = None;
                    }
                    if in_ppr == Some(depth) {
                        in_ppr = None;
                    }
                    if in_rpr == Some(depth) {
                        in_rpr = None;
                    }
                    if depth == 2
                        && let Some((id, s)) = current.take()
                    {
                        raw.insert(id, s);
                    }
                }
                Ev::Start(_) | Ev::Text(_) | Ev::Other => {}
                Ev::Eof => break,
            }
            if skip {
                w.skip()?;
            }
        }
        Ok(Styles::resolve(&raw))
    }

    /// Follows every `basedOn` chain once.
    fn resolve(raw: &HashMap<String, Raw>) -> Styles {
        let mut out = Styles::default();
        for (id, style) in raw {
            let mut num = NumRef::default();
            let mut hidden = None;
            let mut at = Some(style);
            for _ in 0..MAX_CHAIN {
                let Some(s) = at else { break };
                num.num = num.num.or(s.num.num);
                num.level = num.level.or(s.num.level);
                hidden = hidden.or(s.hidden);
                at = s.based_on.as_deref().and_then(|b| raw.get(b));
            }
            if num != NumRef::default() {
                out.numbering.insert(id.clone(), num);
            }
            if hidden == Some(true) {
                out.hidden.insert(id.clone(), true);
            }
            if style.default_paragraph {
                out.default_paragraph = Some(id.clone());
            }
        }
        out
    }

    /// The numbering a paragraph style gives (`None`: the default
    /// paragraph style's).
    pub(crate) fn numbering(&self, style: Option<&str>) -> NumRef {
        let style = style.or(self.default_paragraph.as_deref());
        style
            .and_then(|s| self.numbering.get(s))
            .copied()
            .unwrap_or_default()
    }

    /// Whether a character style hides its text (`w:vanish`).
    pub(crate) fn hides(&self, style: &str) -> bool {
        self.hidden.contains_key(style)
    }
}

/// `styles.xml` without its `w:latentStyles`: some 400 empty elements of
/// settings for the style gallery, four in ten bytes of Word's styles part
/// and nothing this reader uses. Cut out as bytes, it costs no XML reading;
/// a part that names them otherwise is read whole.
pub(crate) fn without_latent_styles(bytes: &[u8]) -> std::borrow::Cow<'_, [u8]> {
    const OPEN: &[u8] = b"<w:latentStyles";
    const CLOSE: &[u8] = b"</w:latentStyles>";
    let Some(start) = memchr::memmem::find(bytes, OPEN) else {
        return bytes.into();
    };
    let Some(len) = memchr::memmem::find(&bytes[start..], CLOSE) else {
        return bytes.into();
    };
    let end = start + len + CLOSE.len();
    let mut out = Vec::with_capacity(bytes.len() - (end - start));
    out.extend_from_slice(&bytes[..start]);
    out.extend_from_slice(&bytes[end..]);
    out.into()
}

/// A list level (`w:ilvl`): 0 to 8; larger values are read as the last
/// level, anything else as the first.
pub(crate) fn level(v: &str) -> u8 {
    v.trim().parse::<u64>().map_or(0, |n| n.min(8) as u8)
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEAD: &str =
        r#"<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">"#;

    fn styles(body: &str) -> Styles {
        let xml = format!("{HEAD}{body}</w:styles>");
        Styles::read(Walker::new(xml.as_bytes())).unwrap()
    }

    #[test]
    fn numbering_is_inherited_through_based_on() {
        let s = styles(
            r#"<w:style w:type="paragraph" w:styleId="List"><w:pPr><w:numPr><w:numId w:val="4"/></w:numPr></w:pPr></w:style>
               <w:style w:type="paragraph" w:styleId="List2"><w:basedOn w:val="List"/><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr></w:style>
               <w:style w:type="paragraph" w:default="1" w:styleId="Normal"/>"#,
        );
        assert_eq!(
            s.numbering(Some("List")),
            NumRef {
                num: Some(4),
                level: None
            }
        );
        assert_eq!(
            s.numbering(Some("List2")),
            NumRef {
                num: Some(4),
                level: Some(1)
            }
        );
        assert_eq!(s.numbering(Some("Normal")), NumRef::default());
        assert_eq!(s.numbering(None), NumRef::default());
    }

    #[test]
    fn cycles_end() {
        let s = styles(
            r#"<w:style w:styleId="A"><w:basedOn w:val="B"/></w:style>
               <w:style w:styleId="B"><w:basedOn w:val="A"/><w:rPr><w:vanish/></w:rPr></w:style>
               <w:style w:styleId="C"><w:basedOn w:val="C"/></w:style>"#,
        );
        assert!(s.hides("A"));
        assert!(s.hides("B"));
        assert!(!s.hides("C"));
    }

    #[test]
    fn default_paragraph_style_numbers_unstyled_paragraphs() {
        let s = styles(
            r#"<w:style w:type="paragraph" w:default="1" w:styleId="N"><w:pPr><w:numPr><w:numId w:val="2"/><w:ilvl w:val="99"/></w:numPr></w:pPr></w:style>"#,
        );
        assert_eq!(
            s.numbering(None),
            NumRef {
                num: Some(2),
                level: Some(8)
            }
        );
    }

    #[test]
    fn latent_styles_are_cut_out_unread() {
        let xml = format!(
            r#"{HEAD}<w:latentStyles w:count="2"><w:lsdException w:name="Normal"/><w:lsdException w:name="x"/></w:latentStyles><w:style w:styleId="V"><w:rPr><w:vanish/></w:rPr></w:style></w:styles>"#
        );
        let cut = without_latent_styles(xml.as_bytes());
        assert!(!String::from_utf8_lossy(&cut).contains("lsdException"));
        let s = Styles::read(Walker::new(&cut)).unwrap();
        assert!(s.hides("V"));
        // Without a closing tag nothing is cut (and the XML reader judges).
        let open = format!("{HEAD}<w:latentStyles><w:style/></w:styles>");
        assert_eq!(without_latent_styles(open.as_bytes()).len(), open.len());
    }

    #[test]
    fn old_formatting_is_not_read() {
        let s = styles(
            r#"<w:style w:styleId="A"><w:rPr><w:rPrChange><w:rPr><w:vanish/></w:rPr></w:rPrChange></w:rPr></w:style>"#,
        );
        assert!(!s.hides("A"));
    }
}
