//! Typed identifiers of Dutch parliamentary documents.
//!
//! Every type parses its canonical form and the common printed citation forms
//! (`FromStr`), prints its canonical form (`Display`) and (de)serialises as that
//! canonical string, so `x.to_string().parse() == Ok(x)` holds for every value.
//!
//! Forms accepted (see the tests at the end of this file for many more examples):
//!
//! | type | canonical | also accepted |
//! |---|---|---|
//! | [`Zaaknummer`] | `2025Z06378` | surrounding whitespace |
//! | [`Documentnummer`] | `2025D12345` | surrounding whitespace |
//! | [`Vergaderjaar`] | `2024-2025` | `2024/25`, `2024–2025`, `2024/2025`, `20242025`, `2024 - 25` |
//! | [`Kamer`] | `TK` / `EK` | `II`/`I`, `tk`/`ek`, `Tweede Kamer`/`Eerste Kamer` |
//! | [`AanhangselId`] | `ah-tk-20232024-387`, `ah-1251487` | `Aanhangsel Handelingen, vergaderjaar 2024–2025, nr. 1028`, `Aanhangsel van de Handelingen II 2023/24, nr. 387`, `Kamervragen (Aanhangsel) 2023–2024, nr. 2267` |
//! | [`HandelingenRef`] | `h-tk-20102011-108-5` | `Handelingen II 2010/11, nr. 108, item 5, p. 25-36` |
//! | [`KamerstukRef`] | `kst-21501-32-1703` | `Kamerstuk 21 501-32, nr. 1703`, `Kamerstukken I 2008/09, 31700 VI, D`, `EK 36 600 B, A`, `36100-3`, `35570-XIV-46` |
//! | [`MinistryReference`] | the trimmed raw string | anything non-empty |
//!
//! Input may contain NBSP (U+00A0, U+202F) as spaces and U+2010..U+2013 as hyphens.

use once_cell::sync::Lazy;
use regex::{CaptureLocations, Regex};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::cell::RefCell;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::str::FromStr;

// ---------------------------------------------------------------------------
// Capture groups in reusable slots
// ---------------------------------------------------------------------------

thread_local! {
    /// Per regex (by address: they are statics), capture slots to reuse.
    static SLOTS: RefCell<Vec<(usize, CaptureLocations)>> = const { RefCell::new(Vec::new()) };
}

/// The capture groups of one match. `Regex::captures` allocates its slots
/// on every call, and the reference scanner reads hundreds of citations per
/// document; each thread keeps one set of slots per regex instead, taken
/// for the life of a `Groups` and given back when it is dropped.
struct Groups<'t> {
    re: &'static Regex,
    locs: Option<CaptureLocations>,
    text: &'t str,
}

impl<'t> Groups<'t> {
    /// `re` matched in `text` (as `Regex::captures` finds it).
    fn read(re: &'static Regex, text: &'t str) -> Option<Groups<'t>> {
        let key = std::ptr::from_ref(re) as usize;
        let taken = SLOTS.with(|s| {
            let mut s = s.borrow_mut();
            let k = s.iter().position(|(r, _)| *r == key)?;
            Some(s.swap_remove(k).1)
        });
        let mut groups = Groups {
            re,
            locs: Some(taken.unwrap_or_else(|| re.capture_locations())),
            text,
        };
        let locs = groups.locs.as_mut().expect("slots are held until drop");
        re.captures_read(locs, text)?;
        Some(groups)
    }

    /// The text of the group called `name`, if it took part in the match.
    fn name(&self, name: &str) -> Option<&'t str> {
        let i = self.re.capture_names().position(|n| n == Some(name))?;
        let (start, end) = self.locs.as_ref()?.get(i)?;
        Some(&self.text[start..end])
    }

    /// Where the whole match ends.
    fn end(&self) -> usize {
        self.locs.as_ref().and_then(|l| l.get(0)).map_or(0, |m| m.1)
    }
}

impl std::ops::Index<&str> for Groups<'_> {
    type Output = str;

    /// The text of a group the regex always fills (as `Captures` indexes).
    fn index(&self, name: &str) -> &str {
        self.name(name)
            .unwrap_or_else(|| panic!("group {name} did not take part in the match"))
    }
}

impl Drop for Groups<'_> {
    fn drop(&mut self) {
        if let Some(locs) = self.locs.take() {
            let key = std::ptr::from_ref(self.re) as usize;
            // `try_with`: a thread that is being torn down keeps nothing.
            let _ = SLOTS.try_with(|s| s.borrow_mut().push((key, locs)));
        }
    }
}

// ---------------------------------------------------------------------------
// Error
// ---------------------------------------------------------------------------

/// Error for a string that is not a valid identifier of the requested kind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseIdError {
    kind: &'static str,
    reason: &'static str,
    input: String,
}

impl ParseIdError {
    fn new(kind: &'static str, reason: &'static str, input: &str) -> Self {
        // Keep error values small: at most 80 characters of the offending input.
        let input = input.chars().take(80).collect();
        ParseIdError {
            kind,
            reason,
            input,
        }
    }

    /// The identifier kind that was being parsed, e.g. `"zaaknummer"` or `"kamerstuk"`.
    pub fn kind(&self) -> &'static str {
        self.kind
    }

    /// Short human-readable explanation of what was wrong.
    pub fn reason(&self) -> &'static str {
        self.reason
    }

    /// The rejected input (truncated to 80 characters).
    pub fn input(&self) -> &str {
        &self.input
    }
}

impl fmt::Display for ParseIdError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "invalid {} {:?}: {}", self.kind, self.input, self.reason)
    }
}

impl std::error::Error for ParseIdError {}

/// Implements serde `Serialize`/`Deserialize` as the canonical string (`Display`/`FromStr`).
macro_rules! serde_as_string {
    ($ty:ty) => {
        impl Serialize for $ty {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.collect_str(self)
            }
        }

        impl<'de> Deserialize<'de> for $ty {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let s = String::deserialize(deserializer)?;
                s.parse().map_err(serde::de::Error::custom)
            }
        }
    };
}

// ---------------------------------------------------------------------------
// Shared regex fragments (no look-around, no back-references; `[0-9]` not `\d`)
// ---------------------------------------------------------------------------

/// Hyphen-like characters: ASCII hyphen-minus, U+2010 hyphen, U+2011 non-breaking
/// hyphen (Word's `w:noBreakHyphen`), U+2012 figure dash, U+2013 en dash.
pub(crate) const HY: &str = r"[-\x{2010}-\x{2013}]";
/// A space inside a number ("21 501"): space, NBSP or narrow NBSP.
pub(crate) const SP: &str = r"[ \x{A0}\x{202F}]";
/// A vergaderjaar as printed: `2023/24`, `2024–2025`, `2024-25`, `2022/-23`.
const VJ: &str = r"(?:19|20)[0-9]{2}[ \x{A0}]?[-/\x{2010}-\x{2014}]{1,2}[ \x{A0}]?(?:(?:19|20)[0-9]{2}|[0-9]{2})(?-u:\b)";

/// Expands the `{HY}`, `{SP}` and `{VJ}` placeholders of a pattern.
pub(crate) fn expand(pattern: &str) -> String {
    pattern
        .replace("{HY}", HY)
        .replace("{SP}", SP)
        .replace("{VJ}", VJ)
}

fn compile(pattern: &str) -> Regex {
    Regex::new(&expand(pattern)).expect("identifier regex must compile")
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}'..='\u{2013}')
}

/// Strips one trailing full stop (a citation ending a sentence) and surrounding whitespace.
fn trim_citation(s: &str) -> &str {
    let t = s.trim();
    t.strip_suffix('.').map_or(t, str::trim_end)
}

// ---------------------------------------------------------------------------
// Zaaknummer / Documentnummer
// ---------------------------------------------------------------------------

macro_rules! tk_number {
    ($name:ident, $letter:literal, $kind:literal, $doc:literal, $example:literal) => {
        #[doc = $doc]
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name {
            year: u16,
            number: u32,
        }

        impl $name {
            #[doc = concat!("Builds a ", $kind, " from its year (1900–2099) and sequence number (0–99999), e.g. `", $example, "`.")]
            pub fn new(year: u16, number: u32) -> Result<Self, ParseIdError> {
                if !(1900..=2099).contains(&year) || number > 99_999 {
                    return Err(ParseIdError::new(
                        $kind,
                        "year must be 1900-2099 and number at most 5 digits",
                        &format!("{year}{}{number}", $letter),
                    ));
                }
                Ok($name { year, number })
            }

            /// Calendar year in which the Tweede Kamer registered it (first four digits).
            pub fn year(&self) -> u16 {
                self.year
            }

            /// Sequence number within the year (the five digits after the letter).
            pub fn number(&self) -> u32 {
                self.number
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                // Written from a buffer: `{:05}` goes through the padding
                // machinery, and references write every number they find.
                // The year has four digits and the number at most five
                // (checked by `new`).
                let mut buf = [b'0'; 10];
                let (year, number) = (u32::from(self.year), self.number);
                for (i, d) in buf[..4].iter_mut().enumerate() {
                    *d = b'0' + (year / 10u32.pow(3 - i as u32) % 10) as u8;
                }
                buf[4] = u8::try_from($letter).unwrap_or(b'?');
                for (i, d) in buf[5..].iter_mut().enumerate() {
                    *d = b'0' + (number / 10u32.pow(4 - i as u32) % 10) as u8;
                }
                f.write_str(std::str::from_utf8(&buf).map_err(|_| fmt::Error)?)
            }
        }

        impl FromStr for $name {
            type Err = ParseIdError;

            fn from_str(s: &str) -> Result<Self, Self::Err> {
                let t = s.trim();
                let b = t.as_bytes();
                let ok = b.len() == 10
                    && b[..4].iter().all(u8::is_ascii_digit)
                    && (b[..2] == *b"19" || b[..2] == *b"20")
                    && char::from(b[4]) == $letter
                    && b[5..].iter().all(u8::is_ascii_digit);
                if !ok {
                    return Err(ParseIdError::new(
                        $kind,
                        concat!("expected YYYY", $letter, "NNNNN"),
                        s,
                    ));
                }
                // Both slices are ASCII digits, so these parses cannot fail.
                let year = t[..4].parse().map_err(|_| ParseIdError::new($kind, "bad year", s))?;
                let number = t[5..].parse().map_err(|_| ParseIdError::new($kind, "bad number", s))?;
                $name::new(year, number)
            }
        }

        serde_as_string!($name);
    };
}

tk_number!(
    Zaaknummer,
    'Z',
    "zaaknummer",
    "Tweede Kamer case number (`2025Z06378`): the zaak that groups a set of written questions and every document about them.",
    "2025Z06378"
);
tk_number!(
    Documentnummer,
    'D',
    "documentnummer",
    "Tweede Kamer document number (`2025D12345`): one registered document, e.g. the question text or the answer letter.",
    "2025D12345"
);

// ---------------------------------------------------------------------------
// Vergaderjaar
// ---------------------------------------------------------------------------

/// Parliamentary year (vergaderjaar), running from Prinsjesdag (third Tuesday of
/// September) to the day before the next one; canonical form `2024-2025`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Vergaderjaar {
    start: u16,
}

impl Vergaderjaar {
    /// The vergaderjaar that starts in calendar year `start_year` (1900–2098).
    pub fn new(start_year: u16) -> Result<Self, ParseIdError> {
        if !(1900..=2098).contains(&start_year) {
            return Err(ParseIdError::new(
                "vergaderjaar",
                "start year must be 1900-2098",
                &start_year.to_string(),
            ));
        }
        Ok(Vergaderjaar { start: start_year })
    }

    /// Calendar year in which the vergaderjaar starts (September).
    pub fn start_year(&self) -> u16 {
        self.start
    }

    /// Calendar year in which the vergaderjaar ends (September), always `start_year() + 1`.
    pub fn end_year(&self) -> u16 {
        self.start + 1
    }

    /// The eight-digit form used inside publication ids, e.g. `20242025`.
    pub fn compact(&self) -> String {
        format!("{}{}", self.start, self.start + 1)
    }

    /// The short citation form of Aanwijzing 3.43, e.g. `2024/25`.
    pub fn short(&self) -> String {
        format!("{}/{:02}", self.start, (self.start + 1) % 100)
    }

    /// Builds from printed year parts (`"2024"` + `"25"` or `"2025"`), checking end = start + 1.
    fn from_parts(y1: &str, y2: &str) -> Option<Self> {
        let start: u16 = y1.parse().ok()?;
        let end: u16 = y2.parse().ok()?;
        let consistent = match y2.len() {
            2 => end == (start + 1) % 100,
            4 => end == start + 1,
            _ => false,
        };
        if consistent {
            Vergaderjaar::new(start).ok()
        } else {
            None
        }
    }
}

/// A year of four digits from 1900 to 2099.
fn is_year(s: &str) -> bool {
    s.len() == 4 && all_digits(s) && (s.starts_with("19") || s.starts_with("20"))
}

/// The two years of a printed vergaderjaar ("2023–2024", "2023/24",
/// "20232024"), read by hand; the same as the regex
/// `^((?:19|20)[0-9]{2})(?:[ \x{A0}]?[-/\x{2010}-\x{2014}]{1,2}[ \x{A0}]?((?:19|20)[0-9]{2}|[0-9]{2})|((?:19|20)[0-9]{2}))$`.
fn vergaderjaar_years(t: &str) -> Option<(&str, &str)> {
    let y1 = t.get(..4).filter(|y| is_year(y))?;
    let rest = &t[4..];
    if is_year(rest) {
        return Some((y1, rest));
    }
    let blank = |c: char| c == ' ' || c == '\u{a0}';
    let hyphen = |c: char| matches!(c, '-' | '/' | '\u{2010}'..='\u{2014}');
    let mut r = rest.strip_prefix(blank).unwrap_or(rest);
    let before = r.len();
    for _ in 0..2 {
        r = r.strip_prefix(hyphen).unwrap_or(r);
    }
    if r.len() == before {
        return None;
    }
    let y2 = r.strip_prefix(blank).unwrap_or(r);
    (is_year(y2) || (y2.len() == 2 && all_digits(y2))).then_some((y1, y2))
}

impl fmt::Display for Vergaderjaar {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-{}", self.start, self.start + 1)
    }
}

impl FromStr for Vergaderjaar {
    type Err = ParseIdError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let (y1, y2) = vergaderjaar_years(s.trim()).ok_or_else(|| {
            ParseIdError::new("vergaderjaar", "expected e.g. 2024-2025 or 2024/25", s)
        })?;
        Vergaderjaar::from_parts(y1, y2).ok_or_else(|| {
            ParseIdError::new("vergaderjaar", "second year must be the first plus one", s)
        })
    }
}

serde_as_string!(Vergaderjaar);

// ---------------------------------------------------------------------------
// Kamer
// ---------------------------------------------------------------------------

/// Chamber of the States General; canonical forms `TK` and `EK`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kamer {
    /// Tweede Kamer (House of Representatives), cited with the numeral `II`.
    Tweede,
    /// Eerste Kamer (Senate), cited with the numeral `I`.
    Eerste,
}

impl Kamer {
    /// Lower-case code used in publication ids: `tk` or `ek`.
    pub fn code(&self) -> &'static str {
        match self {
            Kamer::Tweede => "tk",
            Kamer::Eerste => "ek",
        }
    }

    /// Roman numeral used in citations: `II` (Tweede) or `I` (Eerste).
    pub fn numeral(&self) -> &'static str {
        match self {
            Kamer::Tweede => "II",
            Kamer::Eerste => "I",
        }
    }

    /// Maps a printed numeral (`II`, `ll` from OCR/PDF noise, `I`) to a Kamer.
    fn from_numeral(n: &str) -> Option<Kamer> {
        match n {
            "II" | "ll" => Some(Kamer::Tweede),
            "I" => Some(Kamer::Eerste),
            _ => None,
        }
    }
}

impl fmt::Display for Kamer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Kamer::Tweede => "TK",
            Kamer::Eerste => "EK",
        })
    }
}

impl FromStr for Kamer {
    type Err = ParseIdError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let t = s.trim();
        if let Some(k) = Kamer::from_numeral(t) {
            return Ok(k);
        }
        let lower = t.to_lowercase();
        let lower = lower.strip_suffix(" der staten-generaal").unwrap_or(&lower);
        match lower {
            "tk" | "tweede" | "tweede kamer" => Ok(Kamer::Tweede),
            "ek" | "eerste" | "eerste kamer" => Ok(Kamer::Eerste),
            _ => Err(ParseIdError::new(
                "kamer",
                "expected TK, EK, II, I, Tweede Kamer or Eerste Kamer",
                s,
            )),
        }
    }
}

serde_as_string!(Kamer);

// ---------------------------------------------------------------------------
// AanhangselId
// ---------------------------------------------------------------------------

/// Publication id of an Aanhangsel van de Handelingen entry (published answers to written
/// questions): `ah-tk-20232024-387` (numbered per vergaderjaar) or the newer `ah-1251487`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct AanhangselId {
    repr: AhRepr,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum AhRepr {
    Classic {
        kamer: Kamer,
        vergaderjaar: Vergaderjaar,
        number: u32,
    },
    Plain(u32),
}

impl AanhangselId {
    /// The classic id `ah-<kamer>-<vergaderjaar>-<number>`; `number` must be at least 1.
    pub fn new(
        kamer: Kamer,
        vergaderjaar: Vergaderjaar,
        number: u32,
    ) -> Result<Self, ParseIdError> {
        if number == 0 || number > 999_999 {
            return Err(ParseIdError::new(
                "aanhangsel",
                "number must be 1-999999",
                &number.to_string(),
            ));
        }
        Ok(AanhangselId {
            repr: AhRepr::Classic {
                kamer,
                vergaderjaar,
                number,
            },
        })
    }

    /// The newer plain id `ah-<number>` (no Kamer or vergaderjaar in the id).
    pub fn from_number(number: u32) -> Result<Self, ParseIdError> {
        if number == 0 || number > 999_999_999 {
            return Err(ParseIdError::new(
                "aanhangsel",
                "number must be 1-999999999",
                &number.to_string(),
            ));
        }
        Ok(AanhangselId {
            repr: AhRepr::Plain(number),
        })
    }

    /// From the TK open-data `Aanhangselnummer` field: `242501244` → `ah-tk-20242025-1244`
    /// (`YYyy` = both years, `9x` = 199x; the rest, untruncated, without leading zeros).
    pub fn from_open_data(field: &str) -> Result<Self, ParseIdError> {
        let err = |reason| ParseIdError::new("aanhangsel", reason, field);
        let t = field.trim();
        if !(5..=12).contains(&t.len()) || !t.bytes().all(|b| b.is_ascii_digit()) {
            return Err(err("expected 5-12 digits: YYyy + number"));
        }
        let y1: u16 = t[..2].parse().map_err(|_| err("bad year"))?;
        let y2: u16 = t[2..4].parse().map_err(|_| err("bad year"))?;
        if y2 != (y1 + 1) % 100 {
            return Err(err("second year must be the first plus one"));
        }
        let start = if y1 >= 90 { 1900 + y1 } else { 2000 + y1 };
        let number: u32 = t[4..]
            .trim_start_matches('0')
            .parse()
            .map_err(|_| err("number missing, zero or too large"))?;
        let vj = Vergaderjaar::new(start).map_err(|_| err("bad year"))?;
        AanhangselId::new(Kamer::Tweede, vj, number).map_err(|_| err("number out of range"))
    }

    /// The Kamer, for the classic form (`None` for the plain `ah-<number>` form).
    pub fn kamer(&self) -> Option<Kamer> {
        match self.repr {
            AhRepr::Classic { kamer, .. } => Some(kamer),
            AhRepr::Plain(_) => None,
        }
    }

    /// The vergaderjaar, for the classic form (`None` for the plain form).
    pub fn vergaderjaar(&self) -> Option<Vergaderjaar> {
        match self.repr {
            AhRepr::Classic { vergaderjaar, .. } => Some(vergaderjaar),
            AhRepr::Plain(_) => None,
        }
    }

    /// The Aanhangsel number (within the vergaderjaar for the classic form).
    pub fn number(&self) -> u32 {
        match self.repr {
            AhRepr::Classic { number, .. } | AhRepr::Plain(number) => number,
        }
    }
}

/// An Aanhangsel id as `AH_CANONICAL` reads it (the groups it fills).
#[derive(Debug, PartialEq, Eq)]
enum AhCanonical<'t> {
    /// `ah-tk-20242025-1244`; `kamer` as printed.
    Classic {
        kamer: &'t str,
        y1: &'t str,
        y2: &'t str,
        nr: &'t str,
    },
    /// `ah-12345`
    Plain(&'t str),
}

/// `t` read as the whole-text regex `AH_CANONICAL` reads it, by hand:
/// the references parse every Aanhangsel id in a text, and a capture regex
/// costs thousands of instructions a call. The tests hold the two
/// together.
fn ah_canonical(t: &str) -> Option<AhCanonical<'_>> {
    let mut w = crate::text::Words(t);
    if !(w.lit_ci("ah") && w.lit("-")) {
        return None;
    }
    let b = w.0.as_bytes();
    let all_digits = |x: &[u8], min: usize, max: usize| {
        (min..=max).contains(&x.len()) && x.iter().all(u8::is_ascii_digit)
    };
    if all_digits(b, 1, 9) {
        return Some(AhCanonical::Plain(w.0));
    }
    let rest = w.0;
    if !(w.lit_ci("tk") || w.lit_ci("ek")) {
        return None;
    }
    let kamer = &rest[..rest.len() - w.0.len()];
    if !w.lit("-") {
        return None;
    }
    let b = w.0.as_bytes();
    if !b.get(..8).is_some_and(|y| y.iter().all(u8::is_ascii_digit)) {
        return None;
    }
    let (y1, y2) = (&w.0[..4], &w.0[4..8]);
    // {HY}: '-' or U+2010..U+2013.
    let hy = match b.get(8) {
        Some(b'-') => 1,
        Some(0xE2)
            if b.get(9) == Some(&0x80) && b.get(10).is_some_and(|c| (0x90..=0x93).contains(c)) =>
        {
            3
        }
        _ => return None,
    };
    let nr = &w.0[8 + hy..];
    all_digits(nr.as_bytes(), 1, 6).then_some(AhCanonical::Classic { kamer, y1, y2, nr })
}

#[cfg(test)]
static AH_CANONICAL: Lazy<Regex> = Lazy::new(|| {
    compile(
        r"^(?i:ah)-(?:(?P<kamer>(?i:tk|ek))-(?P<y1>[0-9]{4})(?P<y2>[0-9]{4}){HY}(?P<nr>[0-9]{1,6})|(?P<plain>[0-9]{1,9}))$",
    )
});

impl fmt::Display for AanhangselId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.repr {
            AhRepr::Classic {
                kamer,
                vergaderjaar,
                number,
            } => {
                // Written piece by piece: references render every
                // Aanhangsel id they find, and `compact()` would allocate.
                f.write_str("ah-")?;
                f.write_str(kamer.code())?;
                f.write_str("-")?;
                write_number(f, u32::from(vergaderjaar.start))?;
                write_number(f, u32::from(vergaderjaar.start) + 1)?;
                f.write_str("-")?;
                write_number(f, number)
            }
            AhRepr::Plain(number) => {
                f.write_str("ah-")?;
                write_number(f, number)
            }
        }
    }
}

/// Writes `n` in decimal, without the formatting machinery (as `{}` of an
/// unsigned number with no flags writes it).
fn write_number(f: &mut fmt::Formatter<'_>, n: u32) -> fmt::Result {
    f.write_str(decimal(n, &mut [0; 10]))
}

impl FromStr for AanhangselId {
    type Err = ParseIdError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let err = |reason| ParseIdError::new("aanhangsel", reason, s);
        let t = s.trim();
        match ah_canonical(t) {
            Some(AhCanonical::Plain(p)) => {
                let n = p.parse().map_err(|_| err("bad number"))?;
                return AanhangselId::from_number(n).map_err(|_| err("number out of range"));
            }
            Some(AhCanonical::Classic { kamer, y1, y2, nr }) => {
                let kamer = if kamer.eq_ignore_ascii_case("ek") {
                    Kamer::Eerste
                } else {
                    Kamer::Tweede
                };
                let vj = Vergaderjaar::from_parts(y1, y2)
                    .ok_or_else(|| err("second year must be the first plus one"))?;
                let n = nr.parse().map_err(|_| err("bad number"))?;
                return AanhangselId::new(kamer, vj, n).map_err(|_| err("number out of range"));
            }
            None => {}
        }
        let t = trim_citation(s);
        match parse_handelingen_prefix(t) {
            Ok((HandelingenCitation::Aanhangsel(id), end)) if end == t.len() => Ok(id),
            Ok((HandelingenCitation::Aanhangsel(_), _)) => Err(err("trailing text after citation")),
            Ok((HandelingenCitation::Handelingen(_), _)) => {
                Err(err("a Handelingen citation, not an Aanhangsel one"))
            }
            Err(reason) => Err(err(reason)),
        }
    }
}

serde_as_string!(AanhangselId);

// ---------------------------------------------------------------------------
// HandelingenRef
// ---------------------------------------------------------------------------

/// Reference to the Handelingen (verbatim proceedings): vergadering number within a
/// vergaderjaar and, since 2011, an optional agenda item; canonical `h-tk-20102011-108-5`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct HandelingenRef {
    kamer: Kamer,
    vergaderjaar: Vergaderjaar,
    number: u32,
    item: Option<u32>,
}

impl HandelingenRef {
    /// Builds a reference; `number` (vergadering) and `item` must be at least 1.
    pub fn new(
        kamer: Kamer,
        vergaderjaar: Vergaderjaar,
        number: u32,
        item: Option<u32>,
    ) -> Result<Self, ParseIdError> {
        if number == 0 || number > 99_999 || item.is_some_and(|i| i == 0 || i > 99_999) {
            return Err(ParseIdError::new(
                "handelingen",
                "vergadering and item must be 1-99999",
                &format!("{number}-{item:?}"),
            ));
        }
        Ok(HandelingenRef {
            kamer,
            vergaderjaar,
            number,
            item,
        })
    }

    /// The chamber whose proceedings are cited (no numeral in the citation = Tweede Kamer).
    pub fn kamer(&self) -> Kamer {
        self.kamer
    }

    /// The vergaderjaar of the proceedings.
    pub fn vergaderjaar(&self) -> Vergaderjaar {
        self.vergaderjaar
    }

    /// The vergadering (sitting) number: `nr. 108`.
    pub fn number(&self) -> u32 {
        self.number
    }

    /// The agenda item within the sitting (`item 5`), if cited.
    pub fn item(&self) -> Option<u32> {
        self.item
    }
}

static H_CANONICAL: Lazy<Regex> = Lazy::new(|| {
    compile(
        r"^(?i:h)-(?P<kamer>(?i:tk|ek))-(?P<y1>[0-9]{4})(?P<y2>[0-9]{4})-(?P<nr>[0-9]{1,5})(?:-(?P<item>[0-9]{1,5}))?$",
    )
});

impl fmt::Display for HandelingenRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "h-{}-{}-{}",
            self.kamer.code(),
            self.vergaderjaar.compact(),
            self.number
        )?;
        if let Some(item) = self.item {
            write!(f, "-{item}")?;
        }
        Ok(())
    }
}

impl FromStr for HandelingenRef {
    type Err = ParseIdError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let err = |reason| ParseIdError::new("handelingen", reason, s);
        let t = s.trim();
        if let Some(c) = Groups::read(&H_CANONICAL, t) {
            let kamer = if c["kamer"].eq_ignore_ascii_case("ek") {
                Kamer::Eerste
            } else {
                Kamer::Tweede
            };
            let vj = Vergaderjaar::from_parts(&c["y1"], &c["y2"])
                .ok_or_else(|| err("second year must be the first plus one"))?;
            let nr = c["nr"].parse().map_err(|_| err("bad number"))?;
            let item = match c.name("item") {
                Some(m) => Some(m.parse().map_err(|_| err("bad item"))?),
                None => None,
            };
            return HandelingenRef::new(kamer, vj, nr, item)
                .map_err(|_| err("number out of range"));
        }
        let t = trim_citation(s);
        match parse_handelingen_prefix(t) {
            Ok((HandelingenCitation::Handelingen(h), end)) if end == t.len() => Ok(h),
            Ok((HandelingenCitation::Handelingen(_), _)) => {
                Err(err("trailing text after citation"))
            }
            Ok((HandelingenCitation::Aanhangsel(_), _)) => {
                Err(err("an Aanhangsel citation, use AanhangselId"))
            }
            Err(reason) => Err(err(reason)),
        }
    }
}

serde_as_string!(HandelingenRef);

/// Result of parsing a printed Handelingen / Aanhangsel citation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum HandelingenCitation {
    Aanhangsel(AanhangselId),
    Handelingen(HandelingenRef),
}

/// A Handelingen or Aanhangsel citation, as [`hand_citation`] reads it.
#[derive(Debug, PartialEq, Eq)]
struct HandCitation<'t> {
    /// The label is "Aanhangsel (van de) Handelingen" or "Kamervragen
    /// (Aanhangsel)" (groups `aanh`, `kv`).
    aanhangsel: bool,
    kamer: Option<&'t str>,
    vj: &'t str,
    number: HandNumber<'t>,
    item: Option<&'t str>,
    end: usize,
}

/// The number of a Handelingen citation: the groups `nr`/`nr2`, or `bad`.
#[derive(Debug, PartialEq, Eq, Clone, Copy)]
enum HandNumber<'t> {
    Nr(&'t str),
    /// A dossier number ("36 410") where the number should be.
    Bad,
}

/// The citation at the start of `s`, read by hand as the regex
/// `HAND_CITATION` reads it (the tests hold the two together; a capture
/// regex this size costs thousands of instructions a call). The optional
/// parts before the vergaderjaar are taken when they match: a later part
/// cannot start with their text. The optional dossier number is the one
/// part the regex gives back: when no number follows it, it is read as the
/// number.
fn hand_citation(s: &str) -> Option<HandCitation<'_>> {
    use crate::text::{Words, word_byte_at};
    let b = s.as_bytes();
    let at = |w: &Words<'_>| s.len() - w.0.len();
    let boundary = |i: usize| !word_byte_at(b, i);
    let digits = |i: usize| {
        b[i.min(b.len())..]
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .count()
    };
    let skip_sc = |w: &mut Words<'_>| {
        w.0 =
            w.0.trim_start_matches(|c: char| c.is_whitespace() || c == ',');
    };
    // {SP}: space, NBSP, narrow NBSP.
    let sp = |i: usize| {
        if b.get(i) == Some(&b' ') {
            1
        } else if b.get(i..i + 2) == Some(&[0xC2, 0xA0][..]) {
            2
        } else if b.get(i..i + 3) == Some(&[0xE2, 0x80, 0xAF][..]) {
            3
        } else {
            0
        }
    };
    // [0-9]{2}{SP}?[0-9]{3}, with the space required or not: its length.
    let dossier_at = |i: usize, need_sp: bool| {
        if digits(i) < 2 {
            return None;
        }
        let gap = sp(i + 2);
        if need_sp && gap == 0 {
            return None;
        }
        let j = i + 2 + gap;
        (b.get(j..j + 3)
            .is_some_and(|d| d.iter().all(u8::is_ascii_digit)))
        .then_some(j + 3 - i)
    };
    let mut w = Words(s);
    // The label.
    let aanhangsel = if w.lit_ci("aanhangsel") {
        let mut vdh = w;
        if vdh.space()
            && (vdh.lit_ci("van") || vdh.lit_ci("bij"))
            && vdh.space()
            && vdh.lit_ci("de")
        {
            w = vdh;
        }
        if !(w.space() && w.lit_ci("handelingen")) {
            return None;
        }
        true
    } else if w.lit_ci("kamervragen") {
        w.spaces();
        if !(w.lit("(") && w.spaced().lit_ci("aanhangsel") && w.spaced().lit(")")) {
            return None;
        }
        true
    } else if w.lit_ci("handelingen") {
        false
    } else {
        return None;
    };
    // (?:\s+(?i:der\s+kamer))?
    let mut der = w;
    if der.space() && der.lit_ci("der") && der.space() && der.lit_ci("kamer") {
        w = der;
    }
    // (?:\s*(?P<kamer>II|ll|I))?
    let mut kamer = None;
    let mut k = w;
    k.spaces();
    let from = at(&k);
    if k.lit("II") || k.lit("ll") || k.lit("I") {
        kamer = Some(&s[from..at(&k)]);
        w = k;
    }
    // [\s,]*(?:(?i:vergaderjaar)\s+)?(?P<vj>{VJ})
    skip_sc(&mut w);
    let mut word = w;
    if word.lit_ci("vergaderjaar") && word.space() {
        w = word;
    }
    let from = at(&w);
    let vj = &s[from..from + printed_vergaderjaar_len(w.0)?];
    let after_vj = from + vj.len();
    // The number, after the dossier number when one is printed, else
    // right after the vergaderjaar.
    let number_at = |i: usize| -> Option<(HandNumber<'_>, usize)> {
        let mut w = Words(&s[i..]);
        skip_sc(&mut w);
        let j = at(&w);
        let mut nr = w;
        if nr.lit_ci("nr") || nr.lit_ci("no") {
            nr.lit(".");
            nr.spaces();
            let k = at(&nr);
            let n = digits(k);
            return ((1..=6).contains(&n) && boundary(k + n))
                .then(|| (HandNumber::Nr(&s[k..k + n]), k + n));
        }
        if let Some(len) = dossier_at(j, true)
            && boundary(j + len)
        {
            return Some((HandNumber::Bad, j + len));
        }
        let n = digits(j);
        ((1..=6).contains(&n) && boundary(j + n)).then(|| (HandNumber::Nr(&s[j..j + n]), j + n))
    };
    let mut dossier_end = None;
    {
        let mut d = Words(&s[after_vj..]);
        skip_sc(&mut d);
        let j = at(&d);
        if let Some(len) = dossier_at(j, false)
            && boundary(j + len)
        {
            dossier_end = Some(j + len);
        }
    }
    let (number, mut end) = dossier_end
        .and_then(number_at)
        .or_else(|| number_at(after_vj))?;
    // (?:[\s,]*(?i:item)\s*(?P<item>[0-9]{1,5})(?-u:\b))?
    let mut item = None;
    let mut it = Words(&s[end..]);
    skip_sc(&mut it);
    if it.lit_ci("item") {
        it.spaces();
        let k = at(&it);
        let n = digits(k);
        if (1..=5).contains(&n) && boundary(k + n) {
            item = Some(&s[k..k + n]);
            end = k + n;
        }
    }
    // (?:[\s,]*(?i:p|blz)\.\s*[0-9]+(?:\s*{HY}\s*[0-9]+)?)?
    let mut page = Words(&s[end..]);
    skip_sc(&mut page);
    if (page.lit_ci("p") || page.lit_ci("blz")) && page.lit(".") {
        page.spaces();
        let k = at(&page);
        let n = digits(k);
        if n >= 1 {
            end = k + n;
            let mut range = Words(&s[end..]);
            range.spaces();
            if range.one_of(&['-', '\u{2010}', '\u{2011}', '\u{2012}', '\u{2013}']) {
                range.spaces();
                let k = at(&range);
                let n = digits(k);
                if n >= 1 {
                    end = k + n;
                }
            }
        }
    }
    Some(HandCitation {
        aanhangsel,
        kamer,
        vj,
        number,
        item,
        end,
    })
}

#[cfg(test)]
static HAND_CITATION: Lazy<Regex> = Lazy::new(|| {
    compile(concat!(
        r"^(?:(?P<aanh>(?i:aanhangsel)(?:\s+(?i:van|bij)\s+(?i:de))?\s+(?i:handelingen))",
        r"|(?P<kv>(?i:kamervragen)\s*\(\s*(?i:aanhangsel)\s*\))",
        r"|(?i:handelingen))",
        r"(?:\s+(?i:der\s+kamer))?",
        r"(?:\s*(?P<kamer>II|ll|I))?",
        r"[\s,]*(?:(?i:vergaderjaar)\s+)?(?P<vj>{VJ})",
        r"(?:[\s,]*(?P<dossier>[0-9]{2}{SP}?[0-9]{3})(?-u:\b))?",
        r"[\s,]*(?:(?i:nr|no)\.?\s*(?P<nr>[0-9]{1,6})|(?P<bad>[0-9]{2}{SP}[0-9]{3})|(?P<nr2>[0-9]{1,6}))(?-u:\b)",
        r"(?:[\s,]*(?i:item)\s*(?P<item>[0-9]{1,5})(?-u:\b))?",
        r"(?:[\s,]*(?i:p|blz)\.\s*[0-9]+(?:\s*{HY}\s*[0-9]+)?)?",
    ))
});

/// Parses a Handelingen or Aanhangsel citation at the start of `s`; returns it and the
/// number of bytes consumed. No Kamer numeral means Tweede Kamer.
pub(crate) fn parse_handelingen_prefix(
    s: &str,
) -> Result<(HandelingenCitation, usize), &'static str> {
    if !may_cite_handelingen(s) {
        return Err("not a Handelingen/Aanhangsel citation");
    }
    let c = hand_citation(s).ok_or("not a Handelingen/Aanhangsel citation")?;
    let HandNumber::Nr(nr) = c.number else {
        return Err("dossier number where the vergadering number was expected");
    };
    let end = c.end;
    let kamer = c
        .kamer
        .and_then(Kamer::from_numeral)
        .unwrap_or(Kamer::Tweede);
    let vj = parse_printed_vergaderjaar(c.vj).ok_or("invalid vergaderjaar")?;
    let nr: u32 = nr.parse().map_err(|_| "bad number")?;
    if c.aanhangsel {
        let id = AanhangselId::new(kamer, vj, nr).map_err(|_| "number out of range")?;
        Ok((HandelingenCitation::Aanhangsel(id), end))
    } else {
        let item = match c.item {
            Some(m) => Some(m.parse().map_err(|_| "bad item")?),
            None => None,
        };
        let h = HandelingenRef::new(kamer, vj, nr, item).map_err(|_| "number out of range")?;
        Ok((HandelingenCitation::Handelingen(h), end))
    }
}

/// Whether `HAND_CITATION` can match at the start of `s`: its label and
/// the words that may follow the label ("van de", "der Kamer", "II",
/// "vergaderjaar") are spelled with these letters only, so the first other
/// character must open the vergaderjaar ("2023–2024"). Most "Aanhangsel"
/// and "Handelingen" in a text cite nothing; this tells them apart without
/// a regex call.
fn may_cite_handelingen(s: &str) -> bool {
    const LABEL_LETTERS: &[u8] = b"abdeghijklmnrsv";
    // A non-ASCII letter is skipped too: the regex's case folding reads
    // some as ASCII letters (the Kelvin sign as "k", the long s as "s").
    let skip = |c: char| {
        c.is_whitespace()
            || matches!(c, ',' | '(' | ')')
            || (c.is_ascii_alphabetic() && LABEL_LETTERS.contains(&(c as u8).to_ascii_lowercase()))
            || (!c.is_ascii() && c.is_alphabetic())
    };
    // The same test on ASCII bytes, from a table: prose after a label that
    // cites nothing ("de Handelingen van de Kamer …") can run on for many
    // words of these letters.
    static ASCII_SKIP: [bool; 128] = {
        let mut t = [false; 128];
        let mut i = 0;
        while i < 128 {
            let b = i as u8;
            let lower = b.to_ascii_lowercase();
            let mut letter = false;
            let mut k = 0;
            while k < LABEL_LETTERS.len() {
                letter |= LABEL_LETTERS[k] == lower;
                k += 1;
            }
            t[i] = b.is_ascii_whitespace()
                || b == 0x0b
                || matches!(b, b',' | b'(' | b')')
                || (b.is_ascii_alphabetic() && letter);
            i += 1;
        }
        t
    };
    let bytes = s.as_bytes();
    let mut at = 0;
    while let Some(&b) = bytes.get(at) {
        if b < 0x80 {
            if !ASCII_SKIP[b as usize] {
                break;
            }
            at += 1;
        } else {
            match s[at..].chars().next() {
                Some(c) if skip(c) => at += c.len_utf8(),
                _ => break,
            }
        }
    }
    let b = &bytes[at..];
    b.len() >= 4
        && (b.starts_with(b"19") || b.starts_with(b"20"))
        && b[2].is_ascii_digit()
        && b[3].is_ascii_digit()
}

fn parse_printed_vergaderjaar(s: &str) -> Option<Vergaderjaar> {
    s.parse().ok()
}

// ---------------------------------------------------------------------------
// KamerstukRef
// ---------------------------------------------------------------------------

/// Dossiers split into numbered sub-dossiers (21 501-32: EU Raad Landbouw en Visserij); for
/// these, `21501-32` is a sub-dossier, elsewhere `36100-3` is dossier + ondernummer.
pub const SUBDIVIDED_DOSSIERS: &[u32] = &[21501];

/// The number part of a Kamerstuk: a Tweede Kamer ondernummer or an Eerste Kamer letter.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum KamerstukNumber {
    /// Tweede Kamer ondernummer (`nr. 1703`).
    Number(u32),
    /// Eerste Kamer stuk letter (`A`, `D`, `K`, `AB`).
    Letter(String),
}

impl fmt::Display for KamerstukNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            KamerstukNumber::Number(n) => write!(f, "{n}"),
            KamerstukNumber::Letter(l) => f.write_str(l),
        }
    }
}

/// `n` in decimal, written into `buf` without the formatting machinery.
pub(crate) fn decimal(n: u32, buf: &mut [u8; 10]) -> &str {
    let mut i = buf.len();
    let mut n = n;
    loop {
        i -= 1;
        buf[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    std::str::from_utf8(&buf[i..]).unwrap_or("0")
}

/// The identity of a Kamerstuk (what the `kst-` publication id encodes).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct KstKey {
    dossier: u32,
    sub: Option<String>,
    chapter: Option<String>,
    number: Option<KamerstukNumber>,
}

/// A Kamerstuk (parliamentary paper): dossier, optional sub-dossier or chapter, and ondernummer
/// or Eerste Kamer letter; canonical form is the KOOP publication id `kst-21501-32-1703`.
///
/// A cited Kamer and vergaderjaar are kept as metadata, but they are not part of the id:
/// equality, hashing, `Display` and serde use only dossier, sub-dossier, chapter and number.
#[derive(Debug, Clone)]
pub struct KamerstukRef {
    key: KstKey,
    kamer: Option<Kamer>,
    vergaderjaar: Option<Vergaderjaar>,
}

impl PartialEq for KamerstukRef {
    fn eq(&self, other: &Self) -> bool {
        self.key == other.key
    }
}

impl Eq for KamerstukRef {}

impl Hash for KamerstukRef {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.key.hash(state);
    }
}

/// The length of the run of Roman numeral letters `I`, `V`, `X` that opens `b`.
fn roman_run(b: &[u8]) -> usize {
    b.iter()
        .take_while(|c| matches!(c, b'I' | b'V' | b'X'))
        .count()
}

/// A chapter: `^(?:[IVX]{1,5}[A-Z]?|[A-Z])$`, read by hand (a regex call
/// costs more than the whole check, and every citation is checked).
fn is_chapter(s: &str) -> bool {
    roman_chapter(s, 1) || is_letters(s, 1)
}

/// A chapter of at least two Roman letters: `^[IVX]{2,5}[A-Z]?$`.
fn is_multi_roman_chapter(s: &str) -> bool {
    roman_chapter(s, 2)
}

/// `min` to five Roman letters and then at most one capital.
fn roman_chapter(s: &str, min: usize) -> bool {
    let b = s.as_bytes();
    // A run of six Roman letters may still read as five and a capital.
    let n = roman_run(b).min(5);
    n >= min
        && match &b[n..] {
            [] => true,
            [c] => c.is_ascii_uppercase(),
            _ => false,
        }
}

/// An Eerste Kamer letter: `^[A-Z]{1,2}$`.
fn is_ek_letter(s: &str) -> bool {
    is_letters(s, 2)
}

/// One to `max` ASCII capitals.
fn is_letters(s: &str, max: usize) -> bool {
    (1..=max).contains(&s.len()) && s.bytes().all(|c| c.is_ascii_uppercase())
}

fn all_digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

fn parse_nonzero(s: &str) -> Result<u32, &'static str> {
    match s.parse::<u32>() {
        Ok(0) | Err(_) => Err("ondernummer must be 1-99999"),
        Ok(n) if n > 99_999 => Err("ondernummer must be 1-99999"),
        Ok(n) => Ok(n),
    }
}

impl KstKey {
    /// Interprets the parts after the dossier in the `kst-`/compact form.
    fn from_parts(dossier: u32, parts: &[&str]) -> Result<KstKey, &'static str> {
        let mut key = KstKey {
            dossier,
            sub: None,
            chapter: None,
            number: None,
        };
        match parts {
            [] => {}
            [p] => {
                let up = p.to_ascii_uppercase();
                if all_digits(p) {
                    if SUBDIVIDED_DOSSIERS.contains(&dossier) && p.len() <= 2 {
                        key.sub = Some((*p).to_string());
                    } else {
                        key.number = Some(KamerstukNumber::Number(parse_nonzero(p)?));
                    }
                } else if is_multi_roman_chapter(&up) {
                    key.chapter = Some(up);
                } else if is_ek_letter(&up) {
                    key.number = Some(KamerstukNumber::Letter(up));
                } else {
                    return Err("part after the dossier is not a number, chapter or letter");
                }
            }
            [p1, p2] => {
                let up1 = p1.to_ascii_uppercase();
                if all_digits(p1) && p1.len() <= 3 {
                    key.sub = Some((*p1).to_string());
                } else if is_chapter(&up1) {
                    key.chapter = Some(up1);
                } else {
                    return Err("middle part is not a sub-dossier or chapter");
                }
                let up2 = p2.to_ascii_uppercase();
                key.number = Some(if all_digits(p2) {
                    KamerstukNumber::Number(parse_nonzero(p2)?)
                } else if is_ek_letter(&up2) {
                    KamerstukNumber::Letter(up2)
                } else {
                    return Err("last part is not a number or Eerste Kamer letter");
                });
            }
            _ => return Err("too many parts"),
        }
        Ok(key)
    }

    /// Parses `kst-…` (prefix optional) with hyphen-like separators.
    fn parse_id(s: &str) -> Result<KstKey, &'static str> {
        let body = match s.get(..3) {
            Some(prefix) if prefix.eq_ignore_ascii_case("kst") => {
                let mut rest = s[3..].chars();
                match rest.next() {
                    Some(c) if is_hyphen(c) => rest.as_str(),
                    _ => return Err("expected kst- followed by the dossier"),
                }
            }
            _ => s,
        };
        let mut parts = body.split(is_hyphen);
        let dossier = parts.next().unwrap_or("");
        if dossier.len() != 5 || !all_digits(dossier) {
            return Err("dossier must be five digits");
        }
        let dossier: u32 = dossier.parse().map_err(|_| "bad dossier")?;
        let rest: Vec<&str> = parts.collect();
        if rest.iter().any(|p| p.is_empty()) {
            return Err("empty part");
        }
        KstKey::from_parts(dossier, &rest)
    }

    fn render(&self) -> String {
        let mut out = String::with_capacity(24);
        let _ = self.write(&mut out);
        out
    }

    /// Writes the canonical form (`kst-21501-32-1703`) to `out`.
    fn write(&self, out: &mut impl fmt::Write) -> fmt::Result {
        let mut digits = [0u8; 10];
        out.write_str("kst-")?;
        out.write_str(decimal(self.dossier, &mut digits))?;
        if let Some(sub) = &self.sub {
            out.write_char('-')?;
            out.write_str(sub)?;
        }
        if let Some(ch) = &self.chapter {
            out.write_char('-')?;
            out.write_str(ch)?;
        }
        if let Some(n) = &self.number {
            out.write_char('-')?;
            match n {
                KamerstukNumber::Number(n) => out.write_str(decimal(*n, &mut digits))?,
                KamerstukNumber::Letter(l) => out.write_str(l)?,
            }
        }
        Ok(())
    }

    /// Whether the canonical form of a key whose parts are each valid
    /// ([`KstKey::validate`] checks them first) reads back as the same key
    /// ([`KstKey::parse_id`] after [`KstKey::render`]), decided without
    /// writing and reading it: only a lone part after the dossier can read
    /// as something else ([`KstKey::from_parts`]). A test holds this to the
    /// round trip.
    fn reads_back(&self) -> bool {
        let subdivided = SUBDIVIDED_DOSSIERS.contains(&self.dossier);
        match (&self.sub, &self.chapter, &self.number) {
            // `21501-32`: a sub-dossier only of a subdivided dossier, else a number.
            (Some(sub), None, None) => subdivided && sub.len() <= 2,
            // `35570-B`: a one-letter chapter reads as an Eerste Kamer letter.
            (None, Some(ch), None) => is_multi_roman_chapter(ch),
            // `21501-32` again: a number below 100 reads as a sub-dossier.
            (None, None, Some(KamerstukNumber::Number(n))) => !(subdivided && *n < 100),
            // `36600-II`: two Roman letters read as a chapter.
            (None, None, Some(KamerstukNumber::Letter(l))) => !is_multi_roman_chapter(l),
            _ => true,
        }
    }

    /// Checks the parts and that the canonical form reads back as the same key.
    fn validate(self) -> Result<KstKey, &'static str> {
        if !(10_000..=99_999).contains(&self.dossier) {
            return Err("dossier must be five digits");
        }
        if self.sub.is_some() && self.chapter.is_some() {
            return Err("both a sub-dossier and a chapter");
        }
        if let Some(sub) = &self.sub
            && !(all_digits(sub) && sub.len() <= 3)
        {
            return Err("sub-dossier must be 1-3 digits");
        }
        if let Some(ch) = &self.chapter
            && !is_chapter(ch)
        {
            return Err("chapter must be a Roman numeral (optionally + letter) or a letter");
        }
        match &self.number {
            Some(KamerstukNumber::Number(n)) if *n == 0 || *n > 99_999 => {
                return Err("ondernummer must be 1-99999");
            }
            Some(KamerstukNumber::Letter(l)) if !is_ek_letter(l) => {
                return Err("Eerste Kamer letter must be one or two capitals");
            }
            _ => {}
        }
        if !self.reads_back() {
            return Err(
                "ambiguous without a number (e.g. single-letter chapter or sub-dossier of an undivided dossier)",
            );
        }
        Ok(self)
    }
}

impl KamerstukRef {
    /// Builds a reference; fails on malformed parts or a combination without an unambiguous
    /// canonical form (chapter `B` without number: `kst-36600-B` reads back as EK letter B).
    pub fn new(
        dossier: u32,
        sub_dossier: Option<&str>,
        chapter: Option<&str>,
        number: Option<KamerstukNumber>,
    ) -> Result<Self, ParseIdError> {
        let key = KstKey {
            dossier,
            sub: sub_dossier.map(str::to_string),
            chapter: chapter.map(str::to_string),
            number,
        };
        let input = key.render();
        let key = key
            .validate()
            .map_err(|r| ParseIdError::new("kamerstuk", r, &input))?;
        Ok(KamerstukRef {
            key,
            kamer: None,
            vergaderjaar: None,
        })
    }

    /// Returns a copy carrying the Kamer and vergaderjaar printed in a citation.
    pub fn with_context(
        mut self,
        kamer: Option<Kamer>,
        vergaderjaar: Option<Vergaderjaar>,
    ) -> Self {
        self.kamer = kamer;
        self.vergaderjaar = vergaderjaar;
        self
    }

    /// The dossier number ("vetnummer"), e.g. 21501.
    pub fn dossier(&self) -> u32 {
        self.key.dossier
    }

    /// The numbered sub-dossier as printed, e.g. `"32"` or `"02"` in 21 501-02.
    pub fn sub_dossier(&self) -> Option<&str> {
        self.key.sub.as_deref()
    }

    /// The begrotingshoofdstuk or fund letter, e.g. `"IX"`, `"XVI"`, `"IXB"`, `"B"`.
    pub fn chapter(&self) -> Option<&str> {
        self.key.chapter.as_deref()
    }

    /// The ondernummer or Eerste Kamer letter; `None` for a whole (sub-)dossier.
    pub fn number(&self) -> Option<&KamerstukNumber> {
        self.key.number.as_ref()
    }

    /// The Tweede Kamer ondernummer, if the number part is numeric.
    pub fn ondernummer(&self) -> Option<u32> {
        match self.key.number {
            Some(KamerstukNumber::Number(n)) => Some(n),
            _ => None,
        }
    }

    /// The Eerste Kamer stuk letter, if the number part is a letter.
    pub fn letter(&self) -> Option<&str> {
        match &self.key.number {
            Some(KamerstukNumber::Letter(l)) => Some(l),
            _ => None,
        }
    }

    /// The Kamer printed in the citation (`II`/`I`, `EK`, `TK`), if any.
    pub fn kamer(&self) -> Option<Kamer> {
        self.kamer
    }

    /// The vergaderjaar printed in the citation, if any.
    pub fn vergaderjaar(&self) -> Option<Vergaderjaar> {
        self.vergaderjaar
    }

    /// The KOOP publication id, e.g. `kst-21501-32-1703` (same as `to_string()`).
    pub fn publication_id(&self) -> String {
        self.key.render()
    }

    /// A citation in the style of Aanwijzing 3.43, e.g. `Kamerstukken II 2023/24, 36 410, nr. 5`.
    pub fn citation(&self) -> String {
        let mut out = String::from(if self.kamer.is_some() || self.vergaderjaar.is_some() {
            "Kamerstukken"
        } else {
            "Kamerstuk"
        });
        if let Some(k) = self.kamer {
            out.push(' ');
            out.push_str(k.numeral());
        }
        if let Some(vj) = self.vergaderjaar {
            out.push(' ');
            out.push_str(&vj.short());
        }
        if self.kamer.is_some() || self.vergaderjaar.is_some() {
            out.push(',');
        }
        let d = self.key.dossier.to_string();
        out.push(' ');
        out.push_str(&d[..2]);
        out.push(' ');
        out.push_str(&d[2..]);
        if let Some(sub) = &self.key.sub {
            out.push('-');
            out.push_str(sub);
        }
        if let Some(ch) = &self.key.chapter {
            out.push(' ');
            out.push_str(ch);
        }
        match &self.key.number {
            Some(KamerstukNumber::Number(n)) => out.push_str(&format!(", nr. {n}")),
            Some(KamerstukNumber::Letter(l)) => out.push_str(&format!(", {l}")),
            None => {}
        }
        out
    }
}

impl fmt::Display for KamerstukRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.key.write(f)
    }
}

static KST_COMPACT: Lazy<Regex> =
    Lazy::new(|| compile(r"^(?i:kst{HY})?[0-9]{5}(?:{HY}[0-9A-Za-z]{1,6}){0,2}$"));

impl FromStr for KamerstukRef {
    type Err = ParseIdError;

    /// Accepts the `kst-` id, compact forms (`36100-3`, `35570-XIV-46`) and a printed
    /// citation naming exactly one stuk.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let err = |reason| ParseIdError::new("kamerstuk", reason, s);
        let t = s.trim();
        if KST_COMPACT.is_match(t) {
            let key = KstKey::parse_id(t)
                .and_then(KstKey::validate)
                .map_err(err)?;
            return Ok(KamerstukRef {
                key,
                kamer: None,
                vergaderjaar: None,
            });
        }
        let t = trim_citation(s);
        let (mut refs, end) = parse_kamerstuk_prefix(t, false, false).map_err(err)?;
        if end != t.len() {
            return Err(err("trailing text after citation"));
        }
        if refs.len() != 1 {
            return Err(err(
                "citation names several stukken; use parse_kamerstuk_citation",
            ));
        }
        Ok(refs.remove(0))
    }
}

serde_as_string!(KamerstukRef);

/// Parses one Kamerstuk citation naming one or more stukken ("Kamerstuk 34 919, nrs. 77 en 79");
/// returns them in order, or an empty vector when `s` is not exactly such a citation.
pub fn parse_kamerstuk_citation(s: &str) -> Vec<KamerstukRef> {
    if KST_COMPACT.is_match(s.trim()) {
        return KamerstukRef::from_str(s).map_or_else(|_| Vec::new(), |one| vec![one]);
    }
    let t = trim_citation(s);
    match parse_kamerstuk_prefix(t, false, false) {
        Ok((refs, end)) if end == t.len() => refs,
        _ => Vec::new(),
    }
}

/// The head of a Kamerstuk citation, as [`kst_head`] reads it.
#[derive(Debug, PartialEq, Eq)]
struct KstHead<'t> {
    /// The Kamer the bare label "EK" or "TK" names.
    label: Option<Kamer>,
    /// The Kamer numeral ("II", "ll", "I").
    kamer: Option<&'t str>,
    /// The printed vergaderjaar.
    vj: Option<&'t str>,
    /// Where the head ends.
    end: usize,
}

/// The head of a Kamerstuk citation at the start of `s`, read by hand as
/// the regex `KST_HEAD` reads it (the tests hold the two together): a
/// regex with capture groups costs some thousands of instructions a call,
/// and every label in a text is tried. Each optional part of the regex is
/// taken when it matches; none can take text a later part would need.
fn kst_head(s: &str) -> Option<KstHead<'_>> {
    use crate::text::Words;
    let at = |w: &Words<'_>| s.len() - w.0.len();
    let mut w = Words(s);
    let label = if w.lit_ci("kamerstuk") {
        // (?:ken|-\s*ken)?
        let mut ken = w;
        if ken.lit_ci("ken") {
            w = ken;
        } else {
            let mut dash = w;
            if dash.lit("-") && dash.spaced().lit_ci("ken") {
                w = dash;
            }
        }
        None
    } else if w.lit("EK") {
        Some(Kamer::Eerste)
    } else if w.lit("TK") {
        Some(Kamer::Tweede)
    } else {
        return None;
    };
    // (?:\s*(?P<kamer>II|ll|I))?
    let mut kamer = None;
    let mut k = w;
    k.spaces();
    let from = at(&k);
    if k.lit("II") || k.lit("ll") || k.lit("I") {
        kamer = Some(&s[from..at(&k)]);
        w = k;
    }
    // (?:[\s,]*(?:(?i:vergaderjaar)\s+)?(?P<vj>{VJ}))?
    let mut vj = None;
    let mut v = w;
    v.0 =
        v.0.trim_start_matches(|c: char| c.is_whitespace() || c == ',');
    let mut word = v;
    if word.lit_ci("vergaderjaar") && word.space() {
        v = word;
    }
    let from = at(&v);
    if let Some(len) = printed_vergaderjaar_len(v.0) {
        vj = Some(&s[from..from + len]);
        w = Words(&s[from + len..]);
    }
    Some(KstHead {
        label,
        kamer,
        vj,
        end: at(&w),
    })
}

/// The length of the vergaderjaar printed at the start of `s`, read as
/// the pattern `VJ` reads it: `(?:19|20)[0-9]{2}`, an optional space or
/// NBSP, one or two of `-/‐‑‒–—`, an optional space or NBSP, then four
/// digits from 19 or 20, or two digits, before an ASCII word boundary.
fn printed_vergaderjaar_len(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    let century = |i: usize| b.get(i..i + 2).is_some_and(|c| c == b"19" || c == b"20");
    let digits = |i: usize, n: usize| {
        b.get(i..i + n)
            .is_some_and(|d| d.iter().all(u8::is_ascii_digit))
    };
    if !(century(0) && digits(2, 2)) {
        return None;
    }
    let mut i = 4;
    let space = |i: usize| {
        if b.get(i) == Some(&b' ') {
            1
        } else if b.get(i..i + 2) == Some(&[0xC2, 0xA0][..]) {
            2
        } else {
            0
        }
    };
    i += space(i);
    // U+2010..U+2014 are E2 80 90..94.
    let sep = |i: usize| match b.get(i) {
        Some(b'-' | b'/') => 1,
        Some(0xE2)
            if b.get(i + 1) == Some(&0x80)
                && b.get(i + 2).is_some_and(|c| (0x90..=0x94).contains(c)) =>
        {
            3
        }
        _ => 0,
    };
    let first = sep(i);
    if first == 0 {
        return None;
    }
    i += first;
    i += sep(i);
    i += space(i);
    let boundary = |i: usize| !crate::text::word_byte_at(b, i);
    if century(i) && digits(i + 2, 2) && boundary(i + 4) {
        return Some(i + 4);
    }
    (digits(i, 2) && boundary(i + 2)).then_some(i + 2)
}

#[cfg(test)]
static KST_HEAD: Lazy<Regex> = Lazy::new(|| {
    compile(concat!(
        r"^(?:(?P<label>(?i:kamerstuk(?:ken|-\s*ken)?))|(?P<ek>EK)|(?P<tk>TK))",
        r"(?:\s*(?P<kamer>II|ll|I))?",
        r"(?:[\s,]*(?:(?i:vergaderjaar)\s+)?(?P<vj>{VJ}))?",
    ))
});

/// The body of a Kamerstuk citation, as [`kst_body`] reads it.
#[derive(Debug, PartialEq, Eq)]
struct KstBody<'t> {
    dossier: &'t str,
    sub: Option<&'t str>,
    ch: Option<&'t str>,
    tail: Option<KstTail<'t>>,
    /// Where the body ends.
    end: usize,
}

/// What ends a Kamerstuk body: the groups `nr`, `ekl` and `third` of
/// `KST_BODY` (at most one of them takes part).
#[derive(Debug, PartialEq, Eq, Clone, Copy)]
enum KstTail<'t> {
    /// `nr. 12`
    Nr(&'t str),
    /// `, A` (an Eerste Kamer letter)
    Letter(&'t str),
    /// `-12` or `-A` after a sub-dossier or chapter
    Third(&'t str),
}

/// The body of a Kamerstuk citation at the start of `s` (dossier,
/// sub-dossier, chapter, number), read by hand as the regex `KST_BODY`
/// reads it; the tests hold the two together. Each optional part is taken
/// when it matches; a part that ends on `(?-u:\b)` ends where the run of
/// ASCII word bytes ends, so no shorter reading of it can match either.
fn kst_body(s: &str) -> Option<KstBody<'_>> {
    use crate::text::word_byte_at;
    let b = s.as_bytes();
    let digit = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
    let boundary = |i: usize| !word_byte_at(b, i);
    // {SP}: space, NBSP (C2 A0), narrow NBSP (E2 80 AF).
    let sp = |i: usize| {
        if b.get(i) == Some(&b' ') {
            1
        } else if b.get(i..i + 2) == Some(&[0xC2, 0xA0][..]) {
            2
        } else if b.get(i..i + 3) == Some(&[0xE2, 0x80, 0xAF][..]) {
            3
        } else {
            0
        }
    };
    // {HY}: '-' or U+2010..U+2013 (E2 80 90..93).
    let hy = |i: usize| {
        if b.get(i) == Some(&b'-') {
            1
        } else if b.get(i..i + 2) == Some(&[0xE2, 0x80][..])
            && b.get(i + 2).is_some_and(|c| (0x90..=0x93).contains(c))
        {
            3
        } else {
            0
        }
    };
    // The run of ASCII digits (at most `max`) from `i` that ends on a
    // word boundary.
    let digits_run = |i: usize, max: usize| {
        let n = b[i.min(b.len())..]
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .count();
        (n >= 1 && n <= max && boundary(i + n)).then_some(n)
    };
    let upper_run = |i: usize, max: usize| {
        let n = b[i.min(b.len())..]
            .iter()
            .take_while(|c| c.is_ascii_uppercase())
            .count();
        (n >= 1 && n <= max && boundary(i + n)).then_some(n)
    };
    // ^[\s,]*
    let start = s.len()
        - s.trim_start_matches(|c: char| c.is_whitespace() || c == ',')
            .len();
    // (?P<dossier>[0-9]{2}{SP}?[0-9]{3})(?-u:\b)
    if !(digit(start) && digit(start + 1)) {
        return None;
    }
    let mut i = start + 2;
    i += sp(i);
    if !(digit(i) && digit(i + 1) && digit(i + 2) && boundary(i + 3)) {
        return None;
    }
    i += 3;
    let dossier = &s[start..i];
    // (?:{HY}(?P<sub>[0-9]{1,5})(?-u:\b))?
    let mut sub = None;
    let h = hy(i);
    if h > 0
        && let Some(n) = digits_run(i + h, 5)
    {
        sub = Some(&s[i + h..i + h + n]);
        i += h + n;
    }
    // (?:(?:{SP}|{HY})(?P<ch>[IVX]{1,5}[A-Z]?|[A-Z])(?-u:\b))?
    let mut ch = None;
    let gap = sp(i).max(hy(i));
    if gap > 0 {
        let at = i + gap;
        let run = b[at.min(b.len())..]
            .iter()
            .take_while(|c| c.is_ascii_alphanumeric() || **c == b'_')
            .count();
        let r = &b[at.min(b.len())..at.min(b.len()) + run];
        let roman = |x: &[u8]| {
            !x.is_empty() && x.len() <= 5 && x.iter().all(|c| matches!(c, b'I' | b'V' | b'X'))
        };
        let reads = roman(r)
            || (r.len() >= 2 && roman(&r[..r.len() - 1]) && r[r.len() - 1].is_ascii_uppercase())
            || (r.len() == 1 && r[0].is_ascii_uppercase());
        if reads {
            ch = Some(&s[at..at + run]);
            i = at + run;
        }
    }
    // (?:[\s,]*(?i:nrs?|no)\.?\s*(?P<nr>[0-9]{1,5})(?-u:\b)
    //   |\s*,\s*(?P<ekl>[A-Z]{1,2})(?-u:\b)
    //   |{HY}(?P<third>[0-9]{1,5}|[A-Z]{1,2})(?-u:\b))?
    let rest = |j: usize| crate::text::Words(&s[j..]);
    let at = |w: &crate::text::Words<'_>| s.len() - w.0.len();
    let mut tail = None;
    let mut w = rest(i);
    w.0 =
        w.0.trim_start_matches(|c: char| c.is_whitespace() || c == ',');
    let mut nrs = w;
    if nrs.lit_ci("nrs") || nrs.lit_ci("nr") || nrs.lit_ci("no") {
        nrs.lit(".");
        nrs.spaces();
        let j = at(&nrs);
        if let Some(n) = digits_run(j, 5) {
            tail = Some(KstTail::Nr(&s[j..j + n]));
            i = j + n;
        }
    }
    if tail.is_none() {
        let mut comma = rest(i);
        comma.spaces();
        if comma.lit(",") {
            comma.spaces();
            let j = at(&comma);
            if let Some(n) = upper_run(j, 2) {
                tail = Some(KstTail::Letter(&s[j..j + n]));
                i = j + n;
            }
        }
    }
    if tail.is_none() {
        let h = hy(i);
        if h > 0 {
            let j = i + h;
            if let Some(n) = digits_run(j, 5).or_else(|| upper_run(j, 2)) {
                tail = Some(KstTail::Third(&s[j..j + n]));
                i = j + n;
            }
        }
    }
    Some(KstBody {
        dossier,
        sub,
        ch,
        tail,
        end: i,
    })
}

#[cfg(test)]
static KST_BODY: Lazy<Regex> = Lazy::new(|| {
    compile(concat!(
        r"^[\s,]*(?P<dossier>[0-9]{2}{SP}?[0-9]{3})(?-u:\b)",
        r"(?:{HY}(?P<sub>[0-9]{1,5})(?-u:\b))?",
        r"(?:(?:{SP}|{HY})(?P<ch>[IVX]{1,5}[A-Z]?|[A-Z])(?-u:\b))?",
        r"(?:[\s,]*(?i:nrs?|no)\.?\s*(?P<nr>[0-9]{1,5})(?-u:\b)",
        r"|\s*,\s*(?P<ekl>[A-Z]{1,2})(?-u:\b)",
        r"|{HY}(?P<third>[0-9]{1,5}|[A-Z]{1,2})(?-u:\b))?",
    ))
});

static KST_SEP: Lazy<Regex> = Lazy::new(|| {
    compile(concat!(
        r"^(?:\s*,?\s*(?P<en>(?i:en)\s+|&\s*)",
        r"|\s*(?P<tm>(?i:t/m|tot\s+en\s+met))\s*",
        r"|\s*(?P<comma>,)\s*",
        r"|\s*(?P<semi>;)\s*)",
    ))
});

static KST_NUM: Lazy<Regex> =
    Lazy::new(|| compile(r"^(?:(?P<nrw>(?i:nrs?|no))\.?\s*)?(?P<n>[0-9]{1,5})(?-u:\b)"));

/// A month name right after a number: "nr. 5 en 20 maart" is a date, not nr. 20.
static MONTH_AFTER: Lazy<Regex> =
    Lazy::new(|| compile(r"^\s+(?i:jan|feb|maa|mrt|apr|mei|jun|jul|aug|sep|okt|nov|dec)"));

static KST_PAGES: Lazy<Regex> =
    Lazy::new(|| compile(r"^[\s,]*(?i:p|blz|pag)\.\s*[0-9]+(?:\s*{HY}\s*[0-9]+)?"));

/// Whether `s`, after the characters `skip` accepts, goes on with one of
/// `first`: a necessary condition for a regex that must find one of them
/// there, tested before running it.
fn opens_with(s: &str, skip: impl Fn(char) -> bool, first: &[char]) -> bool {
    s.trim_start_matches(skip).starts_with(first)
}

/// One dossier (+ sub-dossier/chapter) and the numbers cited for it.
struct Group {
    dossier: u32,
    sub: Option<String>,
    chapter: Option<String>,
    numbers: Vec<KamerstukNumber>,
    /// Numbers came after `nr.`/`nrs.`, so `, 13 en 15` may extend the list.
    listable: bool,
}

/// Most stukken one citation may expand to (guards `nrs. 1 t/m 99999`).
const MAX_REFS_PER_CITATION: usize = 200;

fn group_from_body(c: &KstBody<'_>) -> Result<Group, &'static str> {
    // Five digits, perhaps with a space between ("21 501"): no overflow.
    let dossier = c
        .dossier
        .bytes()
        .filter(u8::is_ascii_digit)
        .fold(0u32, |n, d| n * 10 + u32::from(d - b'0'));
    let mut sub = c.sub.map(str::to_string);
    let chapter = c.ch.map(str::to_string);
    let mut numbers = Vec::new();
    let mut listable = false;
    if let Some(KstTail::Nr(n)) = c.tail {
        numbers.push(KamerstukNumber::Number(parse_nonzero(n)?));
        listable = true;
    } else if let Some(KstTail::Letter(l)) = c.tail {
        numbers.push(KamerstukNumber::Letter(l.to_string()));
    } else if let Some(KstTail::Third(t)) = c.tail {
        if sub.is_none() && chapter.is_none() {
            return Err("compact number without sub-dossier or chapter");
        }
        numbers.push(if all_digits(t) {
            KamerstukNumber::Number(parse_nonzero(t)?)
        } else {
            KamerstukNumber::Letter(t.to_string())
        });
    } else if let Some(s) = &sub {
        // Compact two-part form `36100-3`: the second part is the ondernummer unless
        // the dossier is known to be subdivided (`21501-32`).
        if chapter.is_none() && !(SUBDIVIDED_DOSSIERS.contains(&dossier) && s.len() <= 2) {
            numbers.push(KamerstukNumber::Number(parse_nonzero(s)?));
            sub = None;
        }
    }
    Ok(Group {
        dossier,
        sub,
        chapter,
        numbers,
        listable,
    })
}

/// Parses a Kamerstuk citation at the start of `s` (label optional unless `need_label`).
/// Returns the stukken named and the bytes consumed. With `lenient`, an impossible
/// vergaderjaar ("2023–34") is dropped and stukken without a valid canonical form are
/// skipped instead of failing the whole citation.
pub(crate) fn parse_kamerstuk_prefix(
    s: &str,
    need_label: bool,
    lenient: bool,
) -> Result<(Vec<KamerstukRef>, usize), &'static str> {
    let mut pos = 0;
    let mut kamer = None;
    let mut vj = None;
    if let Some(h) = kst_head(s) {
        pos = h.end;
        kamer = h.label;
        if let Some(k) = h.kamer {
            kamer = Kamer::from_numeral(k);
        }
        if let Some(v) = h.vj {
            match parse_printed_vergaderjaar(v) {
                Some(v) => vj = Some(v),
                None if lenient => {}
                None => return Err("invalid vergaderjaar"),
            }
        }
    } else if need_label {
        return Err("not a Kamerstuk citation");
    }

    let (first, first_len) = {
        let body = kst_body(&s[pos..]).ok_or("no five-digit dossier number")?;
        (group_from_body(&body)?, body.end)
    };
    let mut groups = vec![first];
    pos += first_len;
    let mut committed = pos;
    let mut pending: Vec<u32> = Vec::new();
    let mut total = 1usize;

    while total < MAX_REFS_PER_CITATION {
        // Most citations end here; a separator opens with one of these
        // characters, which is cheaper to see than to run the regex.
        if !opens_with(
            &s[pos..],
            |c| c.is_whitespace(),
            &[',', 'e', 'E', '&', 't', 'T', ';'],
        ) {
            break;
        }
        let Some(sep) = Groups::read(&KST_SEP, &s[pos..]) else {
            break;
        };
        let after = pos + sep.end();
        // A further stuk of another dossier: "… nr. 811 en 29 984, nr. 1207".
        if let Some(b) = kst_body(&s[after..])
            && b.tail.is_some()
            && let Ok(g) = group_from_body(&b)
        {
            if let Some(last) = groups.last_mut() {
                last.numbers
                    .extend(pending.drain(..).map(KamerstukNumber::Number));
            }
            total += g.numbers.len();
            groups.push(g);
            pos = after + b.end;
            committed = pos;
            continue;
        }
        let listable = groups.last().is_some_and(|g| g.listable);
        if !listable || sep.name("semi").is_some() {
            break;
        }
        let Some(n) = Groups::read(&KST_NUM, &s[after..]) else {
            break;
        };
        let Ok(value) = parse_nonzero(&n["n"]) else {
            break;
        };
        let num_end = after + n.end();
        if MONTH_AFTER.is_match(&s[num_end..]) {
            break;
        }
        pos = num_end;
        let Some(group) = groups.last_mut() else {
            break;
        };
        if sep.name("comma").is_some() && n.name("nrw").is_none() {
            // "nrs. 12, 13 en 15": kept only if an "en"/"t/m" item follows.
            pending.push(value);
            continue;
        }
        group
            .numbers
            .extend(pending.drain(..).map(KamerstukNumber::Number));
        if sep.name("tm").is_some()
            && let Some(KamerstukNumber::Number(from)) = group.numbers.last()
            && *from < value
            && (value - *from) as usize <= MAX_REFS_PER_CITATION
        {
            let from = *from;
            group
                .numbers
                .extend((from + 1..=value).map(KamerstukNumber::Number));
        } else {
            group.numbers.push(KamerstukNumber::Number(value));
        }
        total = groups.iter().map(|g| g.numbers.len().max(1)).sum();
        committed = pos;
    }
    pos = committed;
    if opens_with(
        &s[pos..],
        |c| c.is_whitespace() || c == ',',
        &['p', 'P', 'b', 'B'],
    ) && let Some(p) = KST_PAGES.find(&s[pos..])
    {
        pos += p.end();
    }

    let mut refs = Vec::with_capacity(groups.iter().map(|g| g.numbers.len().max(1)).sum());
    for g in groups {
        // A group without numbers names the dossier (or sub-dossier) itself.
        let whole = g.numbers.is_empty().then_some(None);
        for number in whole.into_iter().chain(g.numbers.into_iter().map(Some)) {
            let key = KstKey {
                dossier: g.dossier,
                sub: g.sub.clone(),
                chapter: g.chapter.clone(),
                number,
            };
            match key.validate() {
                Ok(key) => refs.push(KamerstukRef {
                    key,
                    kamer,
                    vergaderjaar: vj,
                }),
                Err(_) if lenient => {}
                Err(e) => return Err(e),
            }
            if refs.len() >= MAX_REFS_PER_CITATION {
                break;
            }
        }
    }
    if refs.is_empty() {
        return Err("no valid Kamerstuk in citation");
    }
    Ok((refs, pos))
}

// ---------------------------------------------------------------------------
// MinistryReference
// ---------------------------------------------------------------------------

/// Known formats of ministry reference numbers ("Onze referentie", "Ons kenmerk").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReferenceScheme {
    /// Defensie: `MINDEF` + year + number, e.g. `MINDEF20250016257`.
    Defensie,
    /// Defensie (around 2008): letters + slash + year + six digits, e.g. `F/2008014684`.
    DefensieLegacy,
    /// Shared DMS format of Financiën, BZK, SZW and others: `2025-0000123456`.
    SharedDms,
    /// Infrastructuur en Waterstaat: `IENW/BSK-2025/130201` (also `IenW/…`).
    IenW,
    /// Buitenlandse Zaken: `BZDOC-1863476236-37`.
    BuitenlandseZaken,
    /// Volksgezondheid, Welzijn en Sport, older directorate form: `DWJZ-U-2643765`.
    VwsLegacy,
    /// Volksgezondheid, Welzijn en Sport, current form: `4012345-1071234-PDC`.
    Vws,
    /// Economische Zaken / KGG / LVVN directorate + eight digits: `DGKE / 25123456`.
    EzKggLvvn,
    /// Letters from the Eerste Kamer: `175123.01U`.
    EersteKamer,
}

impl ReferenceScheme {
    /// Short description of who issues references in this format.
    pub fn description(&self) -> &'static str {
        match self {
            ReferenceScheme::Defensie => "Ministerie van Defensie",
            ReferenceScheme::DefensieLegacy => "Ministerie van Defensie (older format)",
            ReferenceScheme::SharedDms => "shared DMS format (Financiën, BZK, SZW, …)",
            ReferenceScheme::IenW => "Ministerie van Infrastructuur en Waterstaat",
            ReferenceScheme::BuitenlandseZaken => "Ministerie van Buitenlandse Zaken",
            ReferenceScheme::VwsLegacy => "Ministerie van VWS (older format)",
            ReferenceScheme::Vws => "Ministerie van VWS",
            ReferenceScheme::EzKggLvvn => "Ministeries van EZ, KGG of LVVN",
            ReferenceScheme::EersteKamer => "Eerste Kamer der Staten-Generaal",
        }
    }
}

static SCHEMES: Lazy<Vec<(ReferenceScheme, Regex)>> = Lazy::new(|| {
    [
        (
            ReferenceScheme::IenW,
            r"^(?i:IEN?W)\s?/\s?[A-Za-z]{2,8}-(?:19|20)[0-9]{2}\s?/\s?[0-9]{2,7}$",
        ),
        (
            ReferenceScheme::BuitenlandseZaken,
            r"^(?i:BZDOC)-[0-9]{6,12}(?:-[0-9]{1,3})?$",
        ),
        (
            ReferenceScheme::Defensie,
            r"^(?i:MINDEF)(?:19|20)[0-9]{2}[0-9]{5,8}$",
        ),
        (ReferenceScheme::SharedDms, r"^(?:19|20)[0-9]{2}-[0-9]{10}$"),
        (ReferenceScheme::Vws, r"^[0-9]{7}-[0-9]{7}-[A-Z]{2,6}$"),
        (
            ReferenceScheme::VwsLegacy,
            r"^[A-Z]{2,5}(?:-[A-Z]{2,5})?-U-?[0-9]{6,8}$",
        ),
        (ReferenceScheme::EersteKamer, r"^[0-9]{6}\.[0-9]{2}[UuIi]$"),
        (
            ReferenceScheme::EzKggLvvn,
            r"^[A-Z]{2,6}(?:-[A-Z]{1,6})?\s?/\s?[0-9]{8}$",
        ),
        (
            ReferenceScheme::DefensieLegacy,
            r"^[A-Z]{1,3}/(?:19|20)[0-9]{2}[0-9]{6}$",
        ),
    ]
    .into_iter()
    .map(|(scheme, p)| (scheme, compile(p)))
    .collect()
});

/// A ministry's own reference number for a letter ("Onze referentie", "Ons kenmerk"),
/// kept verbatim (trimmed) because formats differ per ministry and change over time.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct MinistryReference {
    raw: String,
}

impl MinistryReference {
    /// The reference as printed (trimmed).
    pub fn as_str(&self) -> &str {
        &self.raw
    }

    /// The recognised format, or `None` for unknown formats (e.g. JenV's bare seven
    /// digits, recognisable only by their label).
    pub fn scheme(&self) -> Option<ReferenceScheme> {
        SCHEMES
            .iter()
            .find(|(_, re)| re.is_match(&self.raw))
            .map(|(scheme, _)| *scheme)
    }
}

impl fmt::Display for MinistryReference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.raw)
    }
}

impl FromStr for MinistryReference {
    type Err = ParseIdError;

    /// Never fails for input with non-whitespace content; empty input is an error.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let t = s.trim();
        if t.is_empty() {
            return Err(ParseIdError::new(
                "ministry reference",
                "empty reference",
                s,
            ));
        }
        Ok(MinistryReference { raw: t.to_string() })
    }
}

serde_as_string!(MinistryReference);

#[cfg(test)]
mod tests {
    /// The vergaderjaar as the regex that `vergaderjaar_years` replaces.
    static VJ_FULL: once_cell::sync::Lazy<regex::Regex> = once_cell::sync::Lazy::new(|| {
        regex::Regex::new(
            r"^((?:19|20)[0-9]{2})(?:[ \x{A0}]?[-/\x{2010}-\x{2014}]{1,2}[ \x{A0}]?((?:19|20)[0-9]{2}|[0-9]{2})|((?:19|20)[0-9]{2}))$",
        )
        .unwrap()
    });

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(4000))]
        /// The vergaderjaar reader agrees with the regex it replaces.
        #[test]
        fn vergaderjaar_reader_matches_its_regex(
            y1 in proptest::sample::select(vec!["2023", "1999", "2000", "1899", "202", "20233", "x"]),
            seps in proptest::collection::vec(proptest::sample::select(vec![
                " ", "\u{a0}", "-", "/", "–", "—", "‐", "x", "  ",
            ]), 0..5),
            y2 in proptest::sample::select(vec!["2024", "24", "2", "1999", "2000", "00", "245", ""]),
        ) {
            let parts: Vec<&str> = std::iter::once(y1).chain(seps).chain([y2]).collect();
            let s: String = parts.concat();
            let want = VJ_FULL.captures(&s).map(|c| {
                let y2 = c.get(2).or_else(|| c.get(3)).map_or("", |m| m.as_str());
                (c.get(1).map_or("", |m| m.as_str()).to_string(), y2.to_string())
            });
            let got = super::vergaderjaar_years(&s).map(|(a, b)| (a.to_string(), b.to_string()));
            proptest::prop_assert_eq!(got, want, "{:?}", s);
        }
    }

    /// The label skip of `may_cite_handelingen`, on chars, as it was
    /// written before its ASCII table.
    fn may_cite_by_chars(s: &str) -> bool {
        const LABEL_LETTERS: &[u8] = b"abdeghijklmnrsv";
        let rest = s.trim_start_matches(|c: char| {
            c.is_whitespace()
                || matches!(c, ',' | '(' | ')')
                || (c.is_ascii_alphabetic()
                    && LABEL_LETTERS.contains(&(c as u8).to_ascii_lowercase()))
                || (!c.is_ascii() && c.is_alphabetic())
        });
        let b = rest.as_bytes();
        b.len() >= 4
            && (b.starts_with(b"19") || b.starts_with(b"20"))
            && b[2].is_ascii_digit()
            && b[3].is_ascii_digit()
    }

    #[test]
    fn handelingen_precheck_skips_every_ascii_byte_as_chars_do() {
        for b in 0u8..0x80 {
            let s = format!("Handelingen{}2023", char::from(b));
            assert_eq!(
                super::may_cite_handelingen(&s),
                may_cite_by_chars(&s),
                "{b:#x}"
            );
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]
        /// The byte loop of `may_cite_handelingen` reads what the char
        /// test reads, non-ASCII text included.
        #[test]
        fn handelingen_precheck_bytes_agree_with_chars(
            parts in proptest::collection::vec(proptest::sample::select(vec![
                "Handelingen", " ", "\u{a0}", "\u{2003}", "\x0b", "\x1c", "é", "ß", "\u{212a}",
                "\u{17f}", "€", "2023", "19", "20", "x", "van de", ",", "(", ")", "\n", "–", "t", "1",
            ]), 0..8),
        ) {
            let s: String = parts.concat();
            proptest::prop_assert_eq!(super::may_cite_handelingen(&s), may_cite_by_chars(&s), "{:?}", s);
        }
    }

    #[test]
    fn aanhangsel_ids_are_written_as_their_format_says() {
        for (kamer, start, number) in [
            (super::Kamer::Tweede, 2024, 1244),
            (super::Kamer::Eerste, 1999, 1),
            (super::Kamer::Tweede, 2009, 999_999),
        ] {
            let vj = super::Vergaderjaar::new(start).unwrap();
            let id = super::AanhangselId::new(kamer, vj, number).unwrap();
            let want = format!("ah-{}-{}{}-{}", kamer.code(), start, start + 1, number);
            assert_eq!(id.to_string(), want);
            assert_eq!(format!("{id:>40}"), want, "flags are not applied");
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(6000))]
        /// The Kamerstuk head read by hand is the head the regex reads.
        #[test]
        fn kamerstuk_head_reader_matches_its_regex(
            parts in proptest::collection::vec(proptest::sample::select(vec![
                "Kamerstuk", "kamerstukken", "KAMERSTUK", "\u{212a}amer\u{17f}tuk", "ken", "-", " ken",
                "EK", "TK", "II", "ll", "I", "l", " ", "\u{a0}", "\n", ",", "vergaderjaar",
                "Vergaderjaar", "2023", "1999", "2024", "24", "2", "-", "/", "–", "—", "‐", "--",
                "x", "_", "5", "é", " 36 410",
            ]), 0..9),
        ) {
            let t: String = parts.concat();
            let want = super::KST_HEAD.captures(&t).map(|c| super::KstHead {
                label: if c.name("ek").is_some() {
                    Some(super::Kamer::Eerste)
                } else if c.name("tk").is_some() {
                    Some(super::Kamer::Tweede)
                } else {
                    None
                },
                kamer: c.name("kamer").map(|m| m.as_str()),
                vj: c.name("vj").map(|m| m.as_str()),
                end: c.get(0).map_or(0, |m| m.end()),
            });
            proptest::prop_assert_eq!(super::kst_head(&t), want, "{:?}", t);
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(8000))]
        /// The Kamerstuk body read by hand is the body the regex reads.
        #[test]
        fn kamerstuk_body_reader_matches_its_regex(
            parts in proptest::collection::vec(proptest::sample::select(vec![
                "36", "410", "21501", "21 501", "21\u{a0}501", "21\u{202f}501", "5", "12", "123456",
                "-", "‐", "–", " ", ",", "\n", "XIV", "XIVA", "XIVAB", "A", "AB", "ABC", "IIII",
                "VIIIXX", "x", "_", "nr", "nrs", "NR", "no", "n\u{17f}", ".", "é", "1", "I", "V", "X",
                "II", "36410", "36410-", "36410 ",
            ]), 0..10),
        ) {
            let t: String = parts.concat();
            let want = super::KST_BODY.captures(&t).map(|c| {
                let g = |n: &str| c.name(n).map(|m| m.as_str());
                super::KstBody {
                    dossier: g("dossier").unwrap_or(""),
                    sub: g("sub"),
                    ch: g("ch"),
                    tail: g("nr")
                        .map(super::KstTail::Nr)
                        .or_else(|| g("ekl").map(super::KstTail::Letter))
                        .or_else(|| g("third").map(super::KstTail::Third)),
                    end: c.get(0).map_or(0, |m| m.end()),
                }
            });
            proptest::prop_assert_eq!(super::kst_body(&t), want, "{:?}", t);
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(8000))]
        /// The Handelingen citation read by hand is the one the regex reads.
        #[test]
        fn handelingen_reader_matches_its_regex(
            label in proptest::sample::select(vec![
                "Handelingen", "HANDELINGEN", "Aanhangsel Handelingen", "aanhangsel van de handelingen",
                "Aanhangsel bij de Handelingen", "Aanhangsel van deHandelingen", "Kamervragen (Aanhangsel)",
                "Kamervragen( aanhang\u{17f}el )", "Aanhangsel", "Kamervragen",
            ]),
            parts in proptest::collection::vec(proptest::sample::select(vec![
                " der Kamer", " der \u{212a}amer", " II", " ll", " I", "I", ",", " vergaderjaar",
                " ", "\u{a0}", "\n", " 2023–2024", "2023/24", " 2023-24", "2023-245", " 36 410",
                " 36410", " 364101", " 36\u{a0}410", ", nr. 12", " nr 12", "No.3", " nr.", " 12",
                " 1234567", " 108", ", item 5", " item 123456", ", p. 5", " blz. 3 - 4", " pag. 2",
                "p.", "–", "x", "5", "_", ".", "é",
            ]), 0..9),
        ) {
            let t: String = std::iter::once(label).chain(parts).collect();
            let want = super::HAND_CITATION.captures(&t).map(|c| {
                let g = |n: &str| c.name(n).map(|m| m.as_str());
                super::HandCitation {
                    aanhangsel: g("aanh").is_some() || g("kv").is_some(),
                    kamer: g("kamer"),
                    vj: g("vj").unwrap_or(""),
                    number: match g("bad") {
                        Some(_) => super::HandNumber::Bad,
                        None => super::HandNumber::Nr(g("nr").or_else(|| g("nr2")).unwrap_or("")),
                    },
                    item: g("item"),
                    end: c.get(0).map_or(0, |m| m.end()),
                }
            });
            proptest::prop_assert_eq!(super::hand_citation(&t), want, "{:?}", t);
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(6000))]
        /// The Aanhangsel id read by hand is the one the regex reads.
        #[test]
        fn aanhangsel_id_reader_matches_its_regex(
            parts in proptest::collection::vec(proptest::sample::select(vec![
                "ah-", "AH-", "aH", "-", "tk-", "TK", "e\u{212a}-", "ek-", "2023", "2024", "20232024",
                "1234", "12345678", "123456789", "1234567890", "‐", "–", "—", "1", "x", " ", "é",
            ]), 0..7),
        ) {
            let t: String = parts.concat();
            let want = super::AH_CANONICAL.captures(&t).map(|c| {
                let g = |n: &str| c.name(n).map_or("", |m| m.as_str());
                match c.name("plain") {
                    Some(p) => super::AhCanonical::Plain(p.as_str()),
                    None => super::AhCanonical::Classic {
                        kamer: g("kamer"),
                        y1: g("y1"),
                        y2: g("y2"),
                        nr: g("nr"),
                    },
                }
            });
            proptest::prop_assert_eq!(super::ah_canonical(&t), want, "{:?}", t);
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(4000))]
        /// The hand readers of chapters and Eerste Kamer letters agree with
        /// the regexes they replace.
        #[test]
        fn chapter_and_letter_readers_agree_with_regexes(s in "[IVXABZa1 ]{0,8}") {
            let chapter = regex::Regex::new(r"^(?:[IVX]{1,5}[A-Z]?|[A-Z])$").unwrap();
            let multi = regex::Regex::new(r"^[IVX]{2,5}[A-Z]?$").unwrap();
            let letter = regex::Regex::new(r"^[A-Z]{1,2}$").unwrap();
            proptest::prop_assert_eq!(super::is_chapter(&s), chapter.is_match(&s), "{:?}", s);
            proptest::prop_assert_eq!(super::is_multi_roman_chapter(&s), multi.is_match(&s), "{:?}", s);
            proptest::prop_assert_eq!(super::is_ek_letter(&s), letter.is_match(&s), "{:?}", s);
        }

        /// `reads_back` decides what the round trip through the canonical
        /// form decided before: keys built from every kind of part, for a
        /// subdivided and an undivided dossier.
        #[test]
        fn reads_back_agrees_with_the_round_trip(
            dossier in proptest::sample::select(vec![21501u32, 36410, 10000, 99999]),
            sub in proptest::option::of(proptest::sample::select(vec!["3", "32", "132", "07"])),
            chapter in proptest::option::of(proptest::sample::select(vec![
                "B", "II", "XIV", "XIVA", "IIIII", "IIIIIB", "VII",
            ])),
            number in proptest::option::of(proptest::prop_oneof![
                proptest::strategy::Strategy::prop_map(
                    proptest::sample::select(vec![1u32, 9, 32, 99, 100, 1703, 99_999]),
                    super::KamerstukNumber::Number,
                ),
                proptest::strategy::Strategy::prop_map(
                    proptest::sample::select(vec!["A", "B", "AB", "II", "IV", "XI", "VX"]),
                    |l| super::KamerstukNumber::Letter(l.to_string()),
                ),
            ]),
        ) {
            let key = super::KstKey {
                dossier,
                sub: sub.map(str::to_string),
                chapter: chapter.map(str::to_string),
                number,
            };
            if key.sub.is_none() || key.chapter.is_none() {
                let round_trip = super::KstKey::parse_id(&key.render()).as_ref() == Ok(&key);
                proptest::prop_assert_eq!(key.reads_back(), round_trip, "{:?}", key);
            }
        }
    }

    proptest::proptest! {
        /// Zaak and document numbers are written as `{year}Z{number:05}`.
        #[test]
        fn tk_numbers_are_written_padded(year in 1900u16..=2099, number in 0u32..=99_999) {
            let z = super::Zaaknummer::new(year, number).unwrap();
            proptest::prop_assert_eq!(z.to_string(), format!("{year}Z{number:05}"));
            let d = super::Documentnummer::new(year, number).unwrap();
            proptest::prop_assert_eq!(d.to_string(), format!("{year}D{number:05}"));
        }
    }

    #[test]
    fn numbers_are_written_in_decimal() {
        for n in [0, 7, 10, 21501, 99_999, u32::MAX] {
            assert_eq!(super::decimal(n, &mut [0; 10]), n.to_string());
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(3000))]
        /// The cheap test never turns away a citation the regex reads:
        /// citations built from their parts, with a stray word put in.
        #[test]
        fn handelingen_precheck_is_necessary(
            label in proptest::sample::select(vec![
                "Aanhangsel Handelingen", "aanhangsel van de handelingen", "HANDELINGEN",
                "Handelingen", "Kamervragen (Aanhangsel)", "Aanhangsel bij de Handelingen",
                "Kamervragen (Aanhang\u{17f}el)",
            ]),
            middle in proptest::collection::vec(proptest::sample::select(vec![
                " der Kamer", " II", " ll", " I", ",", " vergaderjaar", "\u{a0}", "\n", " ",
                " der \u{212a}amer", " vergaderjaar\u{17f}",
            ]), 0..4),
            year in proptest::sample::select(vec![
                " 2023–2024", " 2023/24", " 2023-2024", "1999-2000", " 2010/11",
            ]),
            tail in proptest::sample::select(vec![
                ", nr. 12", ", nr. 12, item 5", " 36 410, nr. 7", " 108", ", no. 3, p. 5",
            ]),
            stray in proptest::sample::select(vec![
                "", " Vragen", " 1", " gesteld", "(", ")", " nr.", " 36", "–", " p.",
            ]),
            at in 0usize..4,
        ) {
            let mut parts: Vec<&str> = vec![label];
            parts.extend(middle);
            parts.push(year);
            parts.push(tail);
            parts.insert(at.min(parts.len()), stray);
            let s: String = parts.concat();
            let matched = super::HAND_CITATION.is_match(&s);
            proptest::prop_assert_eq!(matched, matched && super::may_cite_handelingen(&s), "{:?}", s);
        }
    }

    /// The generator above does make citations the regex reads (else the
    /// property would hold for nothing).
    #[test]
    fn handelingen_precheck_sees_citations() {
        for s in [
            "Aanhangsel Handelingen II 2023/24, nr. 12",
            "Handelingen der Kamer 2010/11, nr. 108, item 5",
            "Kamervragen (Aanhangsel) vergaderjaar 2023–2024, nr. 7",
            // The regex folds the Kelvin sign to "k" and the long s to "s".
            "Handelingen der \u{212a}amer 2023–2024, nr. 5",
            "Kamervragen (Aanhang\u{17f}el) 2023–2024, nr. 5",
        ] {
            assert!(super::HAND_CITATION.is_match(s), "{s}");
            assert!(super::may_cite_handelingen(s), "{s}");
        }
        assert!(!super::may_cite_handelingen("Aanhangsel 1 gegeven"));
        assert!(!super::may_cite_handelingen(
            "Handelingen Vragen gesteld door de leden"
        ));
    }

    use super::*;
    use std::fmt::Debug;

    /// Asserts `x.to_string().parse() == Ok(x)`.
    fn rt<T>(x: &T)
    where
        T: FromStr + fmt::Display + PartialEq + Debug,
        T::Err: Debug,
    {
        let back = x
            .to_string()
            .parse::<T>()
            .expect("canonical form must parse");
        assert_eq!(&back, x, "round trip of {x}");
    }

    fn kst(s: &str) -> KamerstukRef {
        s.parse().unwrap_or_else(|e| panic!("{s:?}: {e}"))
    }

    fn ah(s: &str) -> AanhangselId {
        s.parse().unwrap_or_else(|e| panic!("{s:?}: {e}"))
    }

    fn hand(s: &str) -> HandelingenRef {
        s.parse().unwrap_or_else(|e| panic!("{s:?}: {e}"))
    }

    fn vj(s: &str) -> Vergaderjaar {
        s.parse().unwrap_or_else(|e| panic!("{s:?}: {e}"))
    }

    // --- Zaaknummer / Documentnummer -------------------------------------------

    #[test]
    fn zaaknummer_parts_and_canonical() {
        let z: Zaaknummer = "2025Z06378".parse().unwrap();
        assert_eq!((z.year(), z.number()), (2025, 6378));
        assert_eq!(z.to_string(), "2025Z06378");
        rt(&z);
    }

    #[test]
    fn zaaknummer_from_openkamer_tests_with_whitespace() {
        let z: Zaaknummer = " 2017Z07318\n".parse().unwrap();
        assert_eq!((z.year(), z.number()), (2017, 7318));
        assert_eq!(z.to_string(), "2017Z07318");
        rt(&z);
    }

    #[test]
    fn zaaknummer_rejects_malformed() {
        for bad in [
            "2025Z6378",
            "2025D06378",
            "1825Z00001",
            "",
            "2025Z063788",
            "２025Z06378",
        ] {
            let e = bad.parse::<Zaaknummer>().unwrap_err();
            assert_eq!(e.kind(), "zaaknummer");
        }
        assert!(Zaaknummer::new(2025, 100_000).is_err());
        assert_eq!(Zaaknummer::new(2025, 7).unwrap().to_string(), "2025Z00007");
    }

    #[test]
    fn documentnummer_parts_and_canonical() {
        let d: Documentnummer = "2025D34162".parse().unwrap();
        assert_eq!((d.year(), d.number()), (2025, 34162));
        assert_eq!(d.to_string(), "2025D34162");
        rt(&d);
        assert!("2025Z34162".parse::<Documentnummer>().is_err());
    }

    // --- Vergaderjaar -----------------------------------------------------------

    #[test]
    fn vergaderjaar_canonical() {
        let v = vj("2024-2025");
        assert_eq!((v.start_year(), v.end_year()), (2024, 2025));
        assert_eq!(v.to_string(), "2024-2025");
        rt(&v);
    }

    #[test]
    fn vergaderjaar_short_slash() {
        let v = vj("2023/24");
        assert_eq!(v.start_year(), 2023);
        assert_eq!(v.to_string(), "2023-2024");
        assert_eq!(v.short(), "2023/24");
        rt(&v);
    }

    #[test]
    fn vergaderjaar_en_dash_long_slash_and_compact() {
        for s in [
            "2024–2025",
            "2024/2025",
            "20242025",
            "2024 - 25",
            "2024‑2025",
        ] {
            let v = vj(s);
            assert_eq!(v.start_year(), 2024, "{s}");
            assert_eq!(v.compact(), "20242025");
            rt(&v);
        }
    }

    #[test]
    fn vergaderjaar_century_rollover() {
        let v = vj("1999/00");
        assert_eq!((v.start_year(), v.end_year()), (1999, 2000));
        assert_eq!(v.to_string(), "1999-2000");
        rt(&v);
    }

    #[test]
    fn vergaderjaar_rejects_non_consecutive_years() {
        for bad in [
            "2024/26",
            "2023–34",
            "2024",
            "2024-2026",
            "2022–203",
            "",
            "24/25",
        ] {
            let e = bad.parse::<Vergaderjaar>().unwrap_err();
            assert_eq!(e.kind(), "vergaderjaar", "{bad}");
        }
    }

    // --- Kamer ------------------------------------------------------------------

    #[test]
    fn kamer_forms() {
        for s in [
            "TK",
            "tk",
            "II",
            "Tweede Kamer",
            "tweede",
            "Tweede Kamer der Staten-Generaal",
        ] {
            assert_eq!(s.parse::<Kamer>().unwrap(), Kamer::Tweede, "{s}");
        }
        for s in ["EK", "ek", "I", "Eerste Kamer", "Eerste"] {
            assert_eq!(s.parse::<Kamer>().unwrap(), Kamer::Eerste, "{s}");
        }
        assert!("III".parse::<Kamer>().is_err());
    }

    #[test]
    fn kamer_display_code_numeral() {
        assert_eq!(Kamer::Tweede.to_string(), "TK");
        assert_eq!(Kamer::Eerste.to_string(), "EK");
        assert_eq!(
            (Kamer::Tweede.code(), Kamer::Tweede.numeral()),
            ("tk", "II")
        );
        assert_eq!((Kamer::Eerste.code(), Kamer::Eerste.numeral()), ("ek", "I"));
        rt(&Kamer::Tweede);
        rt(&Kamer::Eerste);
    }

    // --- AanhangselId ----------------------------------------------------------

    #[test]
    fn aanhangsel_canonical_tk() {
        let a = ah("ah-tk-20232024-387");
        assert_eq!(a.kamer(), Some(Kamer::Tweede));
        assert_eq!(a.vergaderjaar(), Some(vj("2023-2024")));
        assert_eq!(a.number(), 387);
        assert_eq!(a.to_string(), "ah-tk-20232024-387");
        rt(&a);
    }

    #[test]
    fn aanhangsel_canonical_ek() {
        let a = ah("ah-ek-20142015-12");
        assert_eq!(a.kamer(), Some(Kamer::Eerste));
        assert_eq!(a.number(), 12);
        assert_eq!(a.to_string(), "ah-ek-20142015-12");
        rt(&a);
    }

    #[test]
    fn aanhangsel_new_plain_form() {
        let a = ah("ah-1251487");
        assert_eq!(
            (a.kamer(), a.vergaderjaar(), a.number()),
            (None, None, 1_251_487)
        );
        assert_eq!(a.to_string(), "ah-1251487");
        rt(&a);
    }

    #[test]
    fn aanhangsel_with_en_dash_before_number() {
        // "zie bv. ah-tk-20202021–2345" (corpus, en dash typed by a ministry)
        let a = ah("ah-tk-20202021–2345");
        assert_eq!(a.to_string(), "ah-tk-20202021-2345");
        rt(&a);
    }

    #[test]
    fn aanhangsel_from_open_data() {
        let a = AanhangselId::from_open_data("242501244").unwrap();
        assert_eq!(a.to_string(), "ah-tk-20242025-1244");
        assert_eq!(a.vergaderjaar().unwrap().start_year(), 2024);
        let b = AanhangselId::from_open_data("151601580").unwrap();
        assert_eq!(b.to_string(), "ah-tk-20152016-1580");
        rt(&b);
    }

    #[test]
    fn aanhangsel_from_open_data_keeps_five_digit_numbers() {
        // tkapi's `[-4:]` would give 2345; all digits are kept here.
        let a = AanhangselId::from_open_data("242512345").unwrap();
        assert_eq!(a.number(), 12345);
        assert_eq!(a.to_string(), "ah-tk-20242025-12345");
        let old = AanhangselId::from_open_data("990000012").unwrap();
        assert_eq!(old.to_string(), "ah-tk-19992000-12");
    }

    #[test]
    fn aanhangsel_from_open_data_rejects() {
        for bad in [
            "242600001",
            "24250",
            "2425000000000",
            "24250000x",
            "242500000",
            "",
        ] {
            assert!(AanhangselId::from_open_data(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn aanhangsel_citation_answer_header() {
        let a = ah("Aanhangsel Handelingen, vergaderjaar 2024–2025, nr. 1028");
        assert_eq!(a.kamer(), Some(Kamer::Tweede));
        assert_eq!(a.number(), 1028);
        assert_eq!(a.to_string(), "ah-tk-20242025-1028");
        rt(&a);
    }

    #[test]
    fn aanhangsel_citation_eerste_kamer() {
        let a = ah("Aanhangsel Handelingen I 2014/15, nr. 12");
        assert_eq!(a.kamer(), Some(Kamer::Eerste));
        assert_eq!(a.to_string(), "ah-ek-20142015-12");
        rt(&a);
    }

    #[test]
    fn aanhangsel_citation_van_de() {
        let a = ah("Aanhangsel van de Handelingen II 2023/24, nr. 387");
        assert_eq!(a.to_string(), "ah-tk-20232024-387");
        let b = ah("Aanhangsel van de Handelingen, vergaderjaar 2023–2024, nr. 76");
        assert_eq!(b.to_string(), "ah-tk-20232024-76");
    }

    #[test]
    fn aanhangsel_citation_kamervragen_aanhangsel() {
        let a = ah("Kamervragen (Aanhangsel) 2023–2024, nr. 2267");
        assert_eq!(a.to_string(), "ah-tk-20232024-2267");
        rt(&a);
    }

    #[test]
    fn aanhangsel_citation_corpus_noise() {
        // real variants from the corpus
        assert_eq!(
            ah("Aanhangsel van de Handelingen II, 2022/-23, nr. 1823").to_string(),
            "ah-tk-20222023-1823"
        );
        assert_eq!(
            ah("Aanhangsel\nHandelingen, vergaderjaar 2023–2024, 1028").to_string(),
            "ah-tk-20232024-1028"
        );
        assert_eq!(
            ah("Aanhangsel Handelingen,vergaderjaar 2024–2025,nr. 344.").to_string(),
            "ah-tk-20242025-344"
        );
        assert_eq!(
            ah("Aanhangsel Handelingen II, vergaderjaar 2023–2024, nr. 2267").number(),
            2267
        );
    }

    #[test]
    fn aanhangsel_rejects() {
        for bad in [
            "Handelingen II 2010/11, nr. 108",
            "Aanhangsel Handelingen, vergaderjaar 2022–203, nr. 844",
            "ah-tk-20232025-1",
            "ah-tk-20232024-0",
            "ah-xx-20232024-1",
            "Aanhangsel Handelingen, vergaderjaar 2024–2025, nr. 1028 en meer",
        ] {
            let e = bad.parse::<AanhangselId>().unwrap_err();
            assert_eq!(e.kind(), "aanhangsel", "{bad}");
        }
    }

    // --- HandelingenRef -----------------------------------------------------------

    #[test]
    fn handelingen_canonical_with_item() {
        let h = hand("h-tk-20232024-4-26");
        assert_eq!(h.kamer(), Kamer::Tweede);
        assert_eq!(h.vergaderjaar(), vj("2023/24"));
        assert_eq!((h.number(), h.item()), (4, Some(26)));
        assert_eq!(h.to_string(), "h-tk-20232024-4-26");
        rt(&h);
    }

    #[test]
    fn handelingen_canonical_without_item() {
        let h = hand("h-tk-20102011-108");
        assert_eq!((h.number(), h.item()), (108, None));
        assert_eq!(h.to_string(), "h-tk-20102011-108");
        rt(&h);
    }

    #[test]
    fn handelingen_citation_with_item_and_pages() {
        let h = hand("Handelingen II 2010/11, nr. 108, item 5, p. 25-36");
        assert_eq!(
            (h.kamer(), h.number(), h.item()),
            (Kamer::Tweede, 108, Some(5))
        );
        assert_eq!(h.to_string(), "h-tk-20102011-108-5");
        rt(&h);
    }

    #[test]
    fn handelingen_citation_pre_2011_pages() {
        let h = hand("Handelingen II 2007/08, nr. 108, p. 7909-7943");
        assert_eq!((h.number(), h.item()), (108, None));
        assert_eq!(h.to_string(), "h-tk-20072008-108");
    }

    #[test]
    fn handelingen_citation_item_without_comma_blz_en_dash() {
        let h = hand("Handelingen II, 2012/2013, nr. 26 item 5, blz. 11–37");
        assert_eq!(h.to_string(), "h-tk-20122013-26-5");
        rt(&h);
    }

    #[test]
    fn handelingen_citation_der_kamer_with_dossier() {
        let h = hand("Handelingen der Kamer II, vergaderjaar 2006–2007, 29 700, nr. 47");
        assert_eq!((h.vergaderjaar().start_year(), h.number()), (2006, 47));
        assert_eq!(h.to_string(), "h-tk-20062007-47");
    }

    #[test]
    fn handelingen_citation_vergaderjaar_word() {
        let h = hand("Handelingen II, vergaderjaar 2024–2025, nr. 8");
        assert_eq!(h.to_string(), "h-tk-20242025-8");
        rt(&h);
    }

    #[test]
    fn handelingen_eerste_kamer() {
        let h = hand("Handelingen I 2019/20, nr. 3, item 7");
        assert_eq!(h.kamer(), Kamer::Eerste);
        assert_eq!(h.to_string(), "h-ek-20192020-3-7");
        rt(&h);
    }

    #[test]
    fn handelingen_rejects() {
        for bad in [
            "Handelingen II 2023/24, 36 410",
            "Aanhangsel Handelingen I 2014/15, nr. 12",
            "h-tk-20102012-108",
            "Handelingen II, nr. 108",
            "h-tk-20102011-0",
        ] {
            let e = bad.parse::<HandelingenRef>().unwrap_err();
            assert_eq!(e.kind(), "handelingen", "{bad}");
        }
    }

    // --- KamerstukRef -------------------------------------------------------------

    macro_rules! kst_case {
        ($name:ident, $input:expr, $dossier:expr, $sub:expr, $ch:expr, $num:expr, $canon:expr) => {
            #[test]
            fn $name() {
                let r = kst($input);
                assert_eq!(r.dossier(), $dossier, "dossier");
                assert_eq!(r.sub_dossier(), $sub, "sub-dossier");
                assert_eq!(r.chapter(), $ch, "chapter");
                assert_eq!(r.number().map(|n| n.to_string()).as_deref(), $num, "number");
                assert_eq!(r.to_string(), $canon);
                assert_eq!(r.publication_id(), $canon);
                rt(&r);
            }
        };
    }

    kst_case!(
        kst_sub_dossier_citation,
        "Kamerstuk 21 501-32, nr. 1703",
        21501,
        Some("32"),
        None,
        Some("1703"),
        "kst-21501-32-1703"
    );
    kst_case!(
        kst_kamerstukken_ii_vergaderjaar,
        "Kamerstukken II 2023/24, 36 410, nr. 5",
        36410,
        None,
        None,
        Some("5"),
        "kst-36410-5"
    );
    kst_case!(
        kst_roman_chapter,
        "Kamerstuk 34 775 IX, nr. 8",
        34775,
        None,
        Some("IX"),
        Some("8"),
        "kst-34775-IX-8"
    );
    kst_case!(
        kst_eerste_kamer_letter_with_chapter,
        "Kamerstukken I 2008/09, 31700 VI, D",
        31700,
        None,
        Some("VI"),
        Some("D"),
        "kst-31700-VI-D"
    );
    kst_case!(
        kst_ek_label_fund_letter,
        "EK 36 600 B, A",
        36600,
        None,
        Some("B"),
        Some("A"),
        "kst-36600-B-A"
    );
    kst_case!(
        kst_ek_letter_without_chapter,
        "EK 34 568, H",
        34568,
        None,
        None,
        Some("H"),
        "kst-34568-H"
    );
    kst_case!(
        kst_compact_two_part_is_number,
        "36100-3",
        36100,
        None,
        None,
        Some("3"),
        "kst-36100-3"
    );
    kst_case!(
        kst_compact_subdivided_has_no_number,
        "21501-32",
        21501,
        Some("32"),
        None,
        None,
        "kst-21501-32"
    );
    kst_case!(
        kst_compact_three_part,
        "21501-32-1740",
        21501,
        Some("32"),
        None,
        Some("1740"),
        "kst-21501-32-1740"
    );
    kst_case!(
        kst_id_with_chapter,
        "kst-36600-VII-1",
        36600,
        None,
        Some("VII"),
        Some("1"),
        "kst-36600-VII-1"
    );
    kst_case!(
        kst_compact_roman,
        "35570-XIV-46",
        35570,
        None,
        Some("XIV"),
        Some("46"),
        "kst-35570-XIV-46"
    );
    kst_case!(
        kst_id_sub_dossier,
        "kst-21501-32-1703",
        21501,
        Some("32"),
        None,
        Some("1703"),
        "kst-21501-32-1703"
    );
    kst_case!(
        kst_id_roman,
        "kst-34775-IX-8",
        34775,
        None,
        Some("IX"),
        Some("8"),
        "kst-34775-IX-8"
    );
    kst_case!(
        kst_id_fund_and_ek_letter,
        "kst-36600-B-K",
        36600,
        None,
        Some("B"),
        Some("K"),
        "kst-36600-B-K"
    );
    kst_case!(
        kst_id_chapter_and_ek_letter,
        "kst-31700-VI-D",
        31700,
        None,
        Some("VI"),
        Some("D"),
        "kst-31700-VI-D"
    );
    kst_case!(
        kst_id_plain,
        "kst-22343-400",
        22343,
        None,
        None,
        Some("400"),
        "kst-22343-400"
    );
    kst_case!(
        kst_id_lower_case_letters,
        "kst-36600-b-k",
        36600,
        None,
        Some("B"),
        Some("K"),
        "kst-36600-B-K"
    );
    kst_case!(
        kst_house_style,
        "(Kamerstuk 35 165, nr. 2)".trim_matches(['(', ')']),
        35165,
        None,
        None,
        Some("2"),
        "kst-35165-2"
    );
    kst_case!(
        kst_leading_zero_sub_dossier,
        "Kamerstuk 21 501-02, nr. 1538",
        21501,
        Some("02"),
        None,
        Some("1538"),
        "kst-21501-02-1538"
    );
    kst_case!(
        kst_comma_after_numeral_en_dash_year,
        "Kamerstukken II, 2006–2007, 29 700, nr. 46",
        29700,
        None,
        None,
        Some("46"),
        "kst-29700-46"
    );
    kst_case!(
        kst_lower_case_chapter_with_letter,
        "kamerstukken II 1993/94, 23 400 IXB, nr. 23",
        23400,
        None,
        Some("IXB"),
        Some("23"),
        "kst-23400-IXB-23"
    );
    kst_case!(
        kst_compact_in_title,
        "Kamerstuk 31865-207",
        31865,
        None,
        None,
        Some("207"),
        "kst-31865-207"
    );
    kst_case!(
        kst_compact_three_digit_number,
        "Kamerstuk 35510-115",
        35510,
        None,
        None,
        Some("115"),
        "kst-35510-115"
    );
    kst_case!(
        kst_with_page,
        "Kamerstukken II 2009/10, 27858, nr. 88, p. 3",
        27858,
        None,
        None,
        Some("88"),
        "kst-27858-88"
    );
    kst_case!(
        kst_ocr_ll_numeral,
        "Kamerstukken ll 2023/24, 36 410 XVI, nr. 160",
        36410,
        None,
        Some("XVI"),
        Some("160"),
        "kst-36410-XVI-160"
    );
    kst_case!(
        kst_numeral_glued_to_year,
        "Kamerstukken II2015–16, 34 104, nr. 128",
        34104,
        None,
        None,
        Some("128"),
        "kst-34104-128"
    );
    kst_case!(
        kst_no_space_before_nr,
        "Kamerstuk 23 432,nr.537",
        23432,
        None,
        None,
        Some("537"),
        "kst-23432-537"
    );
    kst_case!(
        kst_nbsp_and_non_breaking_hyphen,
        "Kamerstuk 21\u{a0}501\u{2011}32, nr.\u{a0}1703",
        21501,
        Some("32"),
        None,
        Some("1703"),
        "kst-21501-32-1703"
    );
    kst_case!(
        kst_defensie_chapter_x,
        "Kamerstuk 36 800 X, nr. 2",
        36800,
        None,
        Some("X"),
        Some("2"),
        "kst-36800-X-2"
    );
    kst_case!(
        kst_dossier_only,
        "Kamerstukken 31945",
        31945,
        None,
        None,
        None,
        "kst-31945"
    );
    kst_case!(
        kst_without_label,
        "36 410, nr. 5",
        36410,
        None,
        None,
        Some("5"),
        "kst-36410-5"
    );
    kst_case!(
        kst_compact_chapter_after_label,
        "Kamerstuk 36410-VI-65",
        36410,
        None,
        Some("VI"),
        Some("65"),
        "kst-36410-VI-65"
    );
    kst_case!(
        kst_compact_fund_letter_number,
        "36600-B-5",
        36600,
        None,
        Some("B"),
        Some("5"),
        "kst-36600-B-5"
    );
    kst_case!(
        kst_compact_subdivided_after_label,
        "Kamerstuk 21501-20-2128",
        21501,
        Some("20"),
        None,
        Some("2128"),
        "kst-21501-20-2128"
    );
    kst_case!(
        kst_nr_without_dot,
        "Kamerstukken II, 2022/2023, 31 839, nr 874",
        31839,
        None,
        None,
        Some("874"),
        "kst-31839-874"
    );
    kst_case!(
        kst_sentence_full_stop,
        "Kamerstuk 26 485, nr. 432.",
        26485,
        None,
        None,
        Some("432"),
        "kst-26485-432"
    );
    kst_case!(
        kst_roman_chapter_only,
        "Kamerstuk 36 410 XIV",
        36410,
        None,
        Some("XIV"),
        None,
        "kst-36410-XIV"
    );

    #[test]
    fn kst_keeps_kamer_and_vergaderjaar() {
        let r = kst("Kamerstukken II 2023/24, 36 410, nr. 5");
        assert_eq!(r.kamer(), Some(Kamer::Tweede));
        assert_eq!(r.vergaderjaar(), Some(vj("2023-2024")));
        assert_eq!(r.ondernummer(), Some(5));
        assert_eq!(r.citation(), "Kamerstukken II 2023/24, 36 410, nr. 5");
        let ek = kst("Kamerstukken I 2008/09, 31700 VI, D");
        assert_eq!(ek.kamer(), Some(Kamer::Eerste));
        assert_eq!(ek.letter(), Some("D"));
        assert_eq!(ek.citation(), "Kamerstukken I 2008/09, 31 700 VI, D");
        assert_eq!(kst("EK 36 600 B, A").kamer(), Some(Kamer::Eerste));
        assert_eq!(kst("Kamerstuk 36 410, nr. 5").kamer(), None);
    }

    #[test]
    fn kst_equality_ignores_citation_context() {
        let a = kst("Kamerstukken II 2023/24, 36 410, nr. 5");
        let b = kst("kst-36410-5");
        assert_eq!(a, b);
        let hash = |r: &KamerstukRef| {
            use std::collections::hash_map::DefaultHasher;
            let mut h = DefaultHasher::new();
            r.hash(&mut h);
            h.finish()
        };
        assert_eq!(hash(&a), hash(&b));
        assert_eq!(
            b.with_context(Some(Kamer::Tweede), None).kamer(),
            Some(Kamer::Tweede)
        );
    }

    #[test]
    fn kst_lenient_vergaderjaar_is_dropped_only_when_lenient() {
        let s = "Kamerstukken II 2023–34, 23 235, nr. 240";
        assert!(s.parse::<KamerstukRef>().is_err());
        let (refs, end) = parse_kamerstuk_prefix(s, true, true).unwrap();
        assert_eq!(end, s.len());
        assert_eq!(refs[0].to_string(), "kst-23235-240");
        assert_eq!(refs[0].vergaderjaar(), None);
    }

    #[test]
    fn kst_citation_nrs_en() {
        let refs = parse_kamerstuk_citation("Kamerstuk 34 919, nrs. 77 en 79");
        let ids: Vec<String> = refs.iter().map(ToString::to_string).collect();
        assert_eq!(ids, ["kst-34919-77", "kst-34919-79"]);
        assert!(
            "Kamerstuk 34 919, nrs. 77 en 79"
                .parse::<KamerstukRef>()
                .is_err()
        );
    }

    #[test]
    fn kst_citation_comma_list() {
        let refs = parse_kamerstuk_citation("Kamerstukken II 2023/24, 36 410, nrs. 12, 13 en 15");
        let nrs: Vec<u32> = refs.iter().filter_map(KamerstukRef::ondernummer).collect();
        assert_eq!(nrs, [12, 13, 15]);
        assert!(refs.iter().all(|r| r.vergaderjaar() == Some(vj("2023/24"))));
    }

    #[test]
    fn kst_citation_range() {
        let refs = parse_kamerstuk_citation("Kamerstuk 36 410, nrs. 3 t/m 5");
        let nrs: Vec<u32> = refs.iter().filter_map(KamerstukRef::ondernummer).collect();
        assert_eq!(nrs, [3, 4, 5]);
    }

    #[test]
    fn kst_citation_repeated_nr_word() {
        let refs = parse_kamerstuk_citation("Kamerstukken II, 25 424, nr. 679, nr. 684 en 685");
        let ids: Vec<String> = refs.iter().map(ToString::to_string).collect();
        assert_eq!(ids, ["kst-25424-679", "kst-25424-684", "kst-25424-685"]);
    }

    #[test]
    fn kst_citation_two_dossiers() {
        let refs = parse_kamerstuk_citation("Kamerstuk-ken 23 645, nr. 811 en 29 984, nr. 1207");
        let ids: Vec<String> = refs.iter().map(ToString::to_string).collect();
        assert_eq!(ids, ["kst-23645-811", "kst-29984-1207"]);
    }

    #[test]
    fn kst_citation_single_and_garbage() {
        let one = parse_kamerstuk_citation("kst-36600-B-K");
        assert_eq!(one.len(), 1);
        assert_eq!(one[0].to_string(), "kst-36600-B-K");
        assert!(parse_kamerstuk_citation("geen verwijzing").is_empty());
        assert!(parse_kamerstuk_citation("Kamerstuk 31 839, nr. 1031, 5 november 2024").is_empty());
    }

    #[test]
    fn kst_rejects() {
        for bad in [
            "Kamerstuk 36 600 B",   // chapter or EK letter? no canonical form
            "kst-3660-1",           // four-digit dossier
            "kst-36600-B-K-1",      // too many parts
            "Kamerstuk 21 50132",   // pdftotext-joined hyphen: not repaired
            "Kamerstuk 2022Z24775", // a zaaknummer, not a Kamerstuk
            "kst-36100-0",
            "",
        ] {
            let e = bad.parse::<KamerstukRef>().unwrap_err();
            assert_eq!(e.kind(), "kamerstuk", "{bad}");
        }
    }

    #[test]
    fn kst_new_validates_and_round_trips() {
        let r = KamerstukRef::new(21501, Some("32"), None, Some(KamerstukNumber::Number(1703)))
            .unwrap();
        assert_eq!(r.to_string(), "kst-21501-32-1703");
        rt(&r);
        assert!(KamerstukRef::new(21501, Some("32"), None, None).is_ok());
        // `kst-36100-3` would read back as ondernummer 3
        assert!(KamerstukRef::new(36100, Some("3"), None, None).is_err());
        // `kst-36600-B` would read back as Eerste Kamer letter B
        assert!(KamerstukRef::new(36600, None, Some("B"), None).is_err());
        assert!(KamerstukRef::new(36600, Some("1"), Some("B"), None).is_err());
        assert!(KamerstukRef::new(3660, None, None, None).is_err());
        let letter =
            KamerstukRef::new(34568, None, None, Some(KamerstukNumber::Letter("H".into())))
                .unwrap();
        assert_eq!(letter.letter(), Some("H"));
        rt(&letter);
    }

    // --- MinistryReference --------------------------------------------------------

    fn scheme(s: &str) -> Option<ReferenceScheme> {
        let r: MinistryReference = s.parse().unwrap();
        rt(&r);
        r.scheme()
    }

    #[test]
    fn ministry_defensie() {
        assert_eq!(scheme("MINDEF20250016257"), Some(ReferenceScheme::Defensie));
        assert_eq!(
            scheme("F/2008014684"),
            Some(ReferenceScheme::DefensieLegacy)
        );
    }

    #[test]
    fn ministry_shared_dms() {
        for s in ["2025-0000123456", "2013-0000746309", "2020-0000009130"] {
            assert_eq!(scheme(s), Some(ReferenceScheme::SharedDms), "{s}");
        }
        assert_eq!(scheme("2025-000012345"), None);
    }

    #[test]
    fn ministry_ienw() {
        assert_eq!(scheme("IENW/BSK-2025/130201"), Some(ReferenceScheme::IenW));
        assert_eq!(scheme("IenW/BSK-2025/12345"), Some(ReferenceScheme::IenW));
        assert_eq!(scheme("ienw/bsk-2023/33017"), Some(ReferenceScheme::IenW));
        // extraction-mangled (corpus: jenv…): not recognised
        assert_eq!(scheme("I E NW/BSK-2023/33017"), None);
    }

    #[test]
    fn ministry_bz_and_vws() {
        assert_eq!(
            scheme("BZDOC-1863476236-37"),
            Some(ReferenceScheme::BuitenlandseZaken)
        );
        for s in ["DWJZ-U-2643765", "MC-U-2898120", "DMO-OHW-U-3065710"] {
            assert_eq!(scheme(s), Some(ReferenceScheme::VwsLegacy), "{s}");
        }
        assert_eq!(scheme("4012345-1071234-PDC"), Some(ReferenceScheme::Vws));
    }

    #[test]
    fn ministry_ez_and_eerste_kamer() {
        assert_eq!(scheme("DGKE / 25123456"), Some(ReferenceScheme::EzKggLvvn));
        assert_eq!(scheme("WJZ/ 25123456"), Some(ReferenceScheme::EzKggLvvn));
        assert_eq!(scheme("175123.01U"), Some(ReferenceScheme::EersteKamer));
        assert!(!ReferenceScheme::EersteKamer.description().is_empty());
    }

    #[test]
    fn ministry_unknown_and_empty() {
        // JenV seven digits and "5687928/11" (corpus): label-only, no scheme
        assert_eq!(scheme("5086975"), None);
        assert_eq!(scheme("5687928/11"), None);
        let r: MinistryReference = "  MINDEF20250016257\t".parse().unwrap();
        assert_eq!(r.as_str(), "MINDEF20250016257");
        assert_eq!(r.to_string(), "MINDEF20250016257");
        for empty in ["", "  \n", "\u{a0}"] {
            assert_eq!(
                empty.parse::<MinistryReference>().unwrap_err().kind(),
                "ministry reference"
            );
        }
    }

    // --- serde and errors ---------------------------------------------------------

    #[test]
    fn serde_uses_canonical_strings() {
        let z: Zaaknummer = "2025Z06378".parse().unwrap();
        assert_eq!(serde_json::to_string(&z).unwrap(), "\"2025Z06378\"");
        let k = kst("Kamerstuk 21 501-32, nr. 1703");
        assert_eq!(serde_json::to_string(&k).unwrap(), "\"kst-21501-32-1703\"");
        let back: KamerstukRef = serde_json::from_str("\"kst-21501-32-1703\"").unwrap();
        assert_eq!(back, k);
        let v: Vergaderjaar = serde_json::from_str("\"2024/25\"").unwrap();
        assert_eq!(serde_json::to_string(&v).unwrap(), "\"2024-2025\"");
        let a: AanhangselId = serde_json::from_str("\"ah-tk-20232024-387\"").unwrap();
        assert_eq!(serde_json::to_value(a).unwrap(), "ah-tk-20232024-387");
        let h: HandelingenRef = serde_json::from_str("\"h-tk-20102011-108-5\"").unwrap();
        assert_eq!(serde_json::to_value(h).unwrap(), "h-tk-20102011-108-5");
        let d: Documentnummer = serde_json::from_str("\"2025D12345\"").unwrap();
        assert_eq!(d.number(), 12345);
        assert_eq!(serde_json::to_value(Kamer::Eerste).unwrap(), "EK");
        let m: MinistryReference = serde_json::from_str("\"DGKE / 25123456\"").unwrap();
        assert_eq!(serde_json::to_value(&m).unwrap(), "DGKE / 25123456");
        assert_eq!(
            serde_json::to_value(ReferenceScheme::EzKggLvvn).unwrap(),
            "ez_kgg_lvvn"
        );
        assert!(serde_json::from_str::<Zaaknummer>("\"2025Z1\"").is_err());
    }

    #[test]
    fn parse_id_error_describes_failure() {
        let e = "2025X00001".parse::<Zaaknummer>().unwrap_err();
        assert_eq!(e.kind(), "zaaknummer");
        assert_eq!(e.input(), "2025X00001");
        assert!(!e.reason().is_empty());
        assert!(
            e.to_string()
                .starts_with("invalid zaaknummer \"2025X00001\"")
        );
        let long = "x".repeat(500);
        assert_eq!(long.parse::<Vergaderjaar>().unwrap_err().input().len(), 80);
        let _: &dyn std::error::Error = &e;
    }
}
