//! Automatic numbering (`numbering.xml`): list numbers as Word prints them,
//! "1.", "a)", "Vraag 3", "2.1", with levels, restarts and each level's
//! format.
//!
//! A paragraph names a list instance (`w:numId`) and a level (`w:ilvl`);
//! the instance points to an abstract definition (`w:abstractNumId`) that
//! gives each level its start, format (`w:numFmt`) and text (`w:lvlText`,
//! with `%1` … `%9` for the counters of levels 1 to 9). Instances of one
//! definition continue one count, except an instance that overrides a
//! start ("restart numbering"), which counts on its own.
//!
//! Everything is bounded: levels are 0 to 8, a level text is cut at
//! [`MAX_LEVEL_TEXT`] characters, numbers too large for letters or Roman
//! numerals print as digits, and the links between definitions and
//! numbering styles are followed at most [`MAX_LINKS`] steps.

use std::collections::HashMap;

use super::error::Error;
use super::glyphs;
use super::styles::{Styles, level};
use super::xml::{Ev, Ns, Walker};

/// The longest level text kept, in characters.
const MAX_LEVEL_TEXT: usize = 64;
/// How many `w:numStyleLink` steps are followed.
const MAX_LINKS: usize = 8;
/// Levels of a list.
const LEVELS: usize = 9;

/// How a level's counter is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
enum Format {
    #[default]
    Decimal,
    DecimalZero,
    UpperRoman,
    LowerRoman,
    UpperLetter,
    LowerLetter,
    /// "1e", "2e": Dutch ordinals.
    Ordinal,
    /// The level text is a bullet glyph.
    Bullet,
    /// No number.
    None,
}

impl Format {
    fn parse(v: &str) -> Option<Format> {
        Some(match v {
            "decimal" => Format::Decimal,
            "decimalZero" => Format::DecimalZero,
            "upperRoman" => Format::UpperRoman,
            "lowerRoman" => Format::LowerRoman,
            "upperLetter" => Format::UpperLetter,
            "lowerLetter" => Format::LowerLetter,
            "ordinal" => Format::Ordinal,
            "bullet" => Format::Bullet,
            "none" => Format::None,
            // A custom format (`w:format`) comes with a fallback in
            // `mc:Fallback`; keep what the fallback says.
            "custom" => return None,
            // Words, CJK and other scripts: digits say the same.
            _ => Format::Decimal,
        })
    }

    /// `n` in this format.
    fn write(self, n: u32, out: &mut String) {
        use std::fmt::Write;
        match self {
            Format::Decimal | Format::Bullet | Format::None => {
                let _ = write!(out, "{n}");
            }
            Format::DecimalZero => {
                let _ = write!(out, "{n:02}");
            }
            Format::Ordinal => {
                let _ = write!(out, "{n}e");
            }
            Format::UpperRoman | Format::LowerRoman => {
                if !(1..4000).contains(&n) {
                    let _ = write!(out, "{n}");
                    return;
                }
                let upper = self == Format::UpperRoman;
                roman(n, upper, out);
            }
            Format::UpperLetter | Format::LowerLetter => {
                // a … z, aa … zz, aaa …: the letter repeats.
                if !(1..=26 * 30).contains(&n) {
                    let _ = write!(out, "{n}");
                    return;
                }
                let base = if self == Format::UpperLetter {
                    b'A'
                } else {
                    b'a'
                };
                let letter = char::from(base + ((n - 1) % 26) as u8);
                for _ in 0..(n - 1) / 26 + 1 {
                    out.push(letter);
                }
            }
        }
    }
}

fn roman(mut n: u32, upper: bool, out: &mut String) {
    const TABLE: [(u32, &str); 13] = [
        (1000, "m"),
        (900, "cm"),
        (500, "d"),
        (400, "cd"),
        (100, "c"),
        (90, "xc"),
        (50, "l"),
        (40, "xl"),
        (10, "x"),
        (9, "ix"),
        (5, "v"),
        (4, "iv"),
        (1, "i"),
    ];
    for (v, s) in TABLE {
        while n >= v {
            n -= v;
            if upper {
                out.extend(s.chars().map(|c| c.to_ascii_uppercase()));
            } else {
                out.push_str(s);
            }
        }
    }
}

/// What follows a number: Word's `w:suff`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) enum Suffix {
    /// A tab (the default).
    #[default]
    Tab,
    Space,
    Nothing,
}

impl Suffix {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Suffix::Tab => "\t",
            Suffix::Space => " ",
            Suffix::Nothing => "",
        }
    }
}

/// One level of a definition.
#[derive(Debug, Clone, Default)]
struct Level {
    start: Option<u32>,
    format: Format,
    text: Option<String>,
    /// `w:lvlRestart`: restart after this (1-based) level; 0: never.
    restart: Option<u32>,
    /// `w:isLgl`: every counter in the text as digits.
    legal: bool,
    suffix: Suffix,
    /// The font of the level's text (for symbol-font bullets).
    font: Option<String>,
}

/// An abstract definition.
#[derive(Debug, Clone, Default)]
struct Abstract {
    levels: [Level; LEVELS],
    /// `w:numStyleLink`: the definition is the one the numbering style
    /// of this name points to.
    style_link: Option<String>,
}

/// A list instance.
#[derive(Debug, Clone, Default)]
struct Num {
    abstract_id: u32,
    /// Per level: a start override, a whole level override.
    starts: [Option<u32>; LEVELS],
    levels: [Option<Level>; LEVELS],
    restarts: bool,
}

/// The definitions of `numbering.xml`.
#[derive(Debug, Default)]
pub(crate) struct Numbering {
    abstracts: HashMap<u32, Abstract>,
    nums: HashMap<u32, Num>,
}

impl Numbering {
    /// Reads `numbering.xml`.
    pub(crate) fn read(mut w: Walker<'_>) -> Result<Numbering, Error> {
        let mut n = Numbering::default();
        // The definition or instance being read, the level in it, with the
        // depths at which they opened.
        let mut abs: Option<(usize, u32, Abstract)> = None;
        let mut num: Option<(usize, u32, Num)> = None;
        let mut lvl: Option<(usize, usize, Level)> = None;
        let mut over: Option<(usize, usize)> = None;
        let mut rpr: Option<usize> = None;
        loop {
            let depth = w.depth();
            let mut skip = false;
            match w.next()? {
                Ev::Start(e) if e.ns == Ns::W => {
                    let at = depth + 1;
                    match e.local() {
                        "abstractNum" if !e.empty => {
                            abs = e
                                .w("abstractNumId")
                                .and_then(|v| v.trim().parse().ok())
                                .map(|id| (at, id, Abstract::default()));
                        }
                        "num" if !e.empty => {
                            num = e
                                .w("numId")
                                .and_then(|v| v.trim().parse().ok())
                                .map(|id| (at, id, Num::default()));
                        }
                        "abstractNumId" => {
                            if let Some((_, _, m)) = &mut num {
                                m.abstract_id = e.number().unwrap_or(u32::MAX);
                            }
                        }
                        "numStyleLink" => {
                            if let Some((_, _, a)) = &mut abs {
                                a.style_link = e.w("val").map(|v| v.into_owned());
                            }
                        }
                        "lvlOverride" if !e.empty && num.is_some() => {
                            let i = e.w("ilvl").map(|v| level(&v));
                            over = i.map(|i| (at, usize::from(i)));
                        }
                        "startOverride" => {
                            if let (Some((_, _, m)), Some((_, i))) = (&mut num, over) {
                                m.starts[i] = e.number();
                                m.restarts = true;
                            }
                        }
                        "lvl" if !e.empty && (abs.is_some() || over.is_some()) => {
                            let i = e.w("ilvl").map_or(0, |v| level(&v));
                            lvl = Some((at, usize::from(i), Level::default()));
                        }
                        "start" => set(&mut lvl, |l| l.start = e.number()),
                        "numFmt" => {
                            if let Some(f) = e.w("val").and_then(|v| Format::parse(&v)) {
                                set(&mut lvl, |l| l.format = f);
                            }
                        }
                        "lvlText" => {
                            let text = e.w("val").map(|v| v.chars().take(MAX_LEVEL_TEXT).collect());
                            set(&mut lvl, |l| l.text = text);
                        }
                        "lvlRestart" => set(&mut lvl, |l| l.restart = e.number()),
                        "isLgl" => set(&mut lvl, |l| l.legal = e.on()),
                        "suff" => {
                            let s = match e.w("val").as_deref() {
                                Some("space") => Suffix::Space,
                                Some("nothing") => Suffix::Nothing,
                                _ => Suffix::Tab,
                            };
                            set(&mut lvl, |l| l.suffix = s);
                        }
                        "rPr" if !e.empty => rpr = Some(at),
                        "rFonts" if rpr.is_some() => {
                            let font = e
                                .w("ascii")
                                .or_else(|| e.w("hAnsi"))
                                .map(|v| v.into_owned());
                            set(&mut lvl, |l| l.font = font);
                        }
                        "rPrChange" | "pPrChange" | "numberingChange" => skip = !e.empty,
                        _ => {}
                    }
                }
                Ev::End => {
                    if rpr == Some(depth) {
                        rpr = None;
                    }
                    if lvl.as_ref().is_some_and(|l| l.0 == depth)
                        && let Some((_, i, l)) = lvl.take()
                    {
                        match (&mut abs, &mut num) {
                            (Some((_, _, a)), _) => a.levels[i] = l,
                            (None, Some((_, _, m))) => {
                                m.levels[i] = Some(l);
                                m.restarts = true;
                            }
                            (None, None) => {}
                        }
                    }
                    if over.is_some_and(|o| o.0 == depth) {
                        over = None;
                    }
                    if abs.as_ref().is_some_and(|a| a.0 == depth)
                        && let Some((_, id, a)) = abs.take()
                    {
                        n.abstracts.entry(id).or_insert(a);
                    }
                    if num.as_ref().is_some_and(|m| m.0 == depth)
                        && let Some((_, id, m)) = num.take()
                    {
                        n.nums.entry(id).or_insert(m);
                    }
                }
                Ev::Start(_) | Ev::Text(_) | Ev::Other => {}
                Ev::Eof => break,
            }
            if skip {
                w.skip()?;
            }
        }
        Ok(n)
    }

    /// The abstract definition behind instance `num`, following numbering
    /// style links.
    fn definition<'n>(&'n self, num: &'n Num, styles: &Styles) -> Option<&'n Abstract> {
        let mut a = self.abstracts.get(&num.abstract_id)?;
        for _ in 0..MAX_LINKS {
            let Some(link) = &a.style_link else {
                return Some(a);
            };
            let linked = styles.numbering(Some(link)).num?;
            let next = self.abstracts.get(&self.nums.get(&linked)?.abstract_id)?;
            if std::ptr::eq(next, a) {
                return Some(a);
            }
            a = next;
        }
        // A cycle of links: the last definition reached has no levels of
        // its own to speak of; number nothing.
        None
    }
}

/// Sets a field of the level being read.
fn set(lvl: &mut Option<(usize, usize, Level)>, f: impl FnOnce(&mut Level)) {
    if let Some((_, _, l)) = lvl {
        f(l);
    }
}

/// Whose count a paragraph continues.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Count {
    Abstract(u32),
    Num(u32),
}

/// The counters of one rendering (each story counts on its own).
#[derive(Debug, Default)]
pub(crate) struct Counters {
    counts: HashMap<Count, [Option<u32>; LEVELS]>,
}

impl Counters {
    /// Counts one paragraph of list `num` at `level` and writes its number
    /// into `out` ("2.1."); returns what follows the number, or `None` when
    /// the paragraph is not numbered (no such list, `numId` 0).
    pub(crate) fn label(
        &mut self,
        defs: &Numbering,
        styles: &Styles,
        num_id: u32,
        level: u8,
        out: &mut String,
    ) -> Option<Suffix> {
        let num = defs.nums.get(&num_id)?;
        let def = defs.definition(num, styles)?;
        let i = usize::from(level).min(LEVELS - 1);
        let level_of = |k: usize| num.levels[k].as_ref().unwrap_or(&def.levels[k]);
        let start_of = |k: usize| num.starts[k].or(level_of(k).start).unwrap_or(0);
        let key = if num.restarts {
            Count::Num(num_id)
        } else {
            Count::Abstract(num.abstract_id)
        };
        let counts = self.counts.entry(key).or_default();
        counts[i] = Some(match counts[i] {
            Some(n) => n.saturating_add(1),
            None => start_of(i),
        });
        // Deeper levels restart, unless their `w:lvlRestart` says otherwise.
        for (k, c) in counts.iter_mut().enumerate().skip(i + 1) {
            let restart = match level_of(k).restart {
                None => true,
                Some(0) => false,
                Some(after) => (i as u32) < after,
            };
            if restart {
                *c = None;
            }
        }
        let lvl = level_of(i);
        let text = lvl.text.as_deref()?;
        if lvl.format == Format::Bullet {
            out.push_str(&glyphs::bullet(lvl.font.as_deref(), text));
            return Some(lvl.suffix);
        }
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            let k = match (c, chars.peek()) {
                ('%', Some(d @ '1'..='9')) => usize::from(*d as u8 - b'1'),
                _ => {
                    out.push(c);
                    continue;
                }
            };
            chars.next();
            let n = counts[k].unwrap_or_else(|| start_of(k));
            let format = if lvl.legal {
                Format::Decimal
            } else {
                level_of(k).format
            };
            if format != Format::None {
                format.write(n, out);
            }
        }
        Some(lvl.suffix)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEAD: &str =
        r#"<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">"#;

    fn numbering(body: &str) -> Numbering {
        let xml = format!("{HEAD}{body}</w:numbering>");
        Numbering::read(Walker::new(xml.as_bytes())).unwrap()
    }

    fn labels(defs: &Numbering, paras: &[(u32, u8)]) -> Vec<String> {
        let styles = Styles::default();
        let mut c = Counters::default();
        paras
            .iter()
            .map(|&(num, lvl)| {
                let mut s = String::new();
                match c.label(defs, &styles, num, lvl, &mut s) {
                    Some(suffix) => s + suffix.as_str(),
                    None => "-".into(),
                }
            })
            .collect()
    }

    const TWO_LEVELS: &str = r#"
        <w:abstractNum w:abstractNumId="0">
          <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
          <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/><w:suff w:val="space"/></w:lvl>
          <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="%1.%2.%3"/><w:isLgl/><w:suff w:val="nothing"/></w:lvl>
        </w:abstractNum>
        <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
        <w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>
        <w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="7"/></w:lvlOverride></w:num>"#;

    #[test]
    fn levels_count_and_restart() {
        let defs = numbering(TWO_LEVELS);
        assert_eq!(
            labels(
                &defs,
                &[(1, 0), (1, 1), (1, 1), (1, 2), (1, 0), (1, 1), (0, 0)]
            ),
            ["1.\t", "a) ", "b) ", "1.2.1", "2.\t", "a) ", "-"]
        );
    }

    #[test]
    fn instances_of_one_definition_continue_unless_restarted() {
        let defs = numbering(TWO_LEVELS);
        assert_eq!(
            labels(&defs, &[(1, 0), (2, 0), (3, 0), (3, 0), (1, 0)]),
            ["1.\t", "2.\t", "7.\t", "8.\t", "3.\t"]
        );
    }

    #[test]
    fn formats() {
        let mut s = String::new();
        for (f, n) in [
            (Format::UpperRoman, 1994),
            (Format::LowerLetter, 28),
            (Format::UpperLetter, 3),
            (Format::DecimalZero, 7),
            (Format::Ordinal, 2),
            (Format::LowerRoman, 4000),
            (Format::LowerLetter, 100_000),
        ] {
            f.write(n, &mut s);
            s.push(' ');
        }
        assert_eq!(s, "MCMXCIV bb C 07 2e 4000 100000 ");
    }

    #[test]
    fn bullets_print_as_glyphs() {
        let defs = numbering(
            r#"<w:abstractNum w:abstractNumId="5"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="&#xF0B7;"/><w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol"/></w:rPr></w:lvl></w:abstractNum>
               <w:num w:numId="9"><w:abstractNumId w:val="5"/></w:num>"#,
        );
        assert_eq!(labels(&defs, &[(9, 0), (9, 0)]), ["•\t", "•\t"]);
    }

    #[test]
    fn hostile_definitions_stay_bounded() {
        // Huge levels and starts, an unknown definition, a level text far
        // longer than any real one.
        let long = "%9".repeat(10_000);
        let defs = numbering(&format!(
            r#"<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="4294967295"><w:start w:val="4294967295"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="{long}"/></w:lvl></w:abstractNum>
               <w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>
               <w:num w:numId="2"><w:abstractNumId w:val="77"/></w:num>"#
        ));
        let got = labels(&defs, &[(1, 200), (1, 8), (2, 0)]);
        assert_eq!(got[0].len(), "4294967295".len() * 32 + 1);
        assert!(got[1].starts_with("4294967295"), "the count saturates");
        assert_eq!(got[2], "-");
    }

    #[test]
    fn style_link_cycles_end() {
        // Two definitions that each defer to the other's numbering style.
        let defs = numbering(
            r#"<w:abstractNum w:abstractNumId="1"><w:numStyleLink w:val="S2"/></w:abstractNum>
               <w:abstractNum w:abstractNumId="2"><w:numStyleLink w:val="S1"/></w:abstractNum>
               <w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>
               <w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num>"#,
        );
        let styles_xml = r#"<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
            <w:style w:type="numbering" w:styleId="S1"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
            <w:style w:type="numbering" w:styleId="S2"><w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr></w:style></w:styles>"#;
        let styles = Styles::read(Walker::new(styles_xml.as_bytes())).unwrap();
        let mut s = String::new();
        assert_eq!(
            Counters::default().label(&defs, &styles, 1, 0, &mut s),
            None
        );
    }

    #[test]
    fn style_links_lead_to_the_definition() {
        let defs = numbering(
            r#"<w:abstractNum w:abstractNumId="1"><w:numStyleLink w:val="Vragen"/></w:abstractNum>
               <w:abstractNum w:abstractNumId="2"><w:styleLink w:val="Vragen"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:lvlText w:val="Vraag %1"/></w:lvl></w:abstractNum>
               <w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>
               <w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num>"#,
        );
        let styles_xml = r#"<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
            <w:style w:type="numbering" w:styleId="Vragen"><w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr></w:style></w:styles>"#;
        let styles = Styles::read(Walker::new(styles_xml.as_bytes())).unwrap();
        let mut c = Counters::default();
        let mut s = String::new();
        c.label(&defs, &styles, 1, 0, &mut s);
        s.push('|');
        c.label(&defs, &styles, 1, 0, &mut s);
        assert_eq!(s, "Vraag 1|Vraag 2");
    }
}
