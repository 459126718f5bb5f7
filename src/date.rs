//! Dutch dates as they are printed in parliamentary texts.
//!
//! "24 april 2025", "d.d. 12 maart 2024", "3 april jl." (jongstleden: the
//! most recent 3 April, counted from the letter's date), "1 januari a.s."
//! (aanstaande: the next one), "december jl." (a month, not a day),
//! "12-03-2024" (day first) and ISO "2025-04-24". Relative forms need an
//! anchor: the date of the letter they appear in.

use chrono::{Datelike, NaiveDate};
use once_cell::sync::Lazy;
use regex::Regex;
use std::ops::Range;

/// How precise a date mention is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Precision {
    /// A calendar day ("24 april 2025").
    Day,
    /// A month only ("december jl.", "maart 2024").
    Month,
}

/// Which way a relative date points from its anchor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Relative {
    /// "jl.", "jongstleden", "ll.", "laatstleden": the most recent one.
    Past,
    /// "a.s.", "aanstaande", "e.k.", "eerstkomend": the next one.
    Next,
}

/// A date found in text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateMention {
    /// The resolved date (first day of the month for month precision);
    /// `None` when it is impossible or needs an anchor that was not given.
    pub date: Option<NaiveDate>,
    /// Day or month.
    pub precision: Precision,
    /// "jl." or "a.s." when printed.
    pub relative: Option<Relative>,
    /// The year is printed but day and month make no calendar date
    /// ("31 februari 2024").
    pub impossible: bool,
    /// Byte range of the mention in the searched text.
    pub start: usize,
    /// End of the mention.
    pub end: usize,
}

const MONTHS: &str = r"januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan\.?|feb\.?|febr\.?|mrt\.?|apr\.?|jun\.?|jul\.?|aug\.?|sept\.?|sep\.?|okt\.?|nov\.?|dec\.?";
const REL: &str = r"jl\.|j\.l\.|jongstleden|ll\.|laatstleden|a\.s\.|as\.|aanstaande|e\.k\.|eerstkomend|eerstvolgend";

static TEXT_DATE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(&format!(
        r"(?i)(?-u:\b)([0-9]{{1,2}})(?:e|ste|de)?\s+({MONTHS})(?:\s*((?:19|20)[0-9]{{2}})(?-u:\b))?(?:\s+({REL}))?"
    ))
    .expect("date regex")
});
static MONTH_DATE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(&format!(
        r"(?i)(?-u:\b)({MONTHS})\s+(?:((?:19|20)[0-9]{{2}})(?-u:\b)|(jl\.|jongstleden|a\.s\.|aanstaande))"
    ))
    .expect("month regex")
});
static NUMERIC_DATE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?-u:\b)([0-9]{1,2})[-/.]([0-9]{1,2})[-/.]((?:19|20)[0-9]{2})(?-u:\b)")
        .expect("numeric")
});
static ISO_DATE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?-u:\b)((?:19|20)[0-9]{2})-([0-9]{2})-([0-9]{2})(?-u:\b)").expect("iso")
});

/// The month number of a Dutch month name or abbreviation ("april", "okt.").
pub fn month_number(name: &str) -> Option<u32> {
    let head = name.trim_end_matches('.').as_bytes().get(..3)?;
    let lower = [0, 1, 2].map(|k| head[k].to_ascii_lowercase());
    let m = match &lower {
        b"jan" => 1,
        b"feb" => 2,
        b"maa" | b"mrt" => 3,
        b"apr" => 4,
        b"mei" => 5,
        b"jun" => 6,
        b"jul" => 7,
        b"aug" => 8,
        b"sep" => 9,
        b"okt" => 10,
        b"nov" => 11,
        b"dec" => 12,
        _ => return None,
    };
    Some(m)
}

fn relative_of(s: &str) -> Relative {
    let l = s.to_ascii_lowercase();
    if l.starts_with('a') || l.starts_with('e') {
        Relative::Next
    } else {
        Relative::Past
    }
}

/// Resolve a day and month without a year against `anchor`.
fn resolve_day_month(
    day: u32,
    month: u32,
    rel: Option<Relative>,
    anchor: NaiveDate,
) -> Option<NaiveDate> {
    let this_year = NaiveDate::from_ymd_opt(anchor.year(), month, day);
    match rel {
        Some(Relative::Next) => match this_year {
            Some(d) if d >= anchor => Some(d),
            _ => NaiveDate::from_ymd_opt(anchor.year() + 1, month, day),
        },
        // "jl." and a bare day-month both mean the latest one not after the anchor.
        _ => match this_year {
            Some(d) if d <= anchor => Some(d),
            _ => NaiveDate::from_ymd_opt(anchor.year() - 1, month, day),
        },
    }
}

/// Parse one Dutch date at the start of `s` (leading whitespace allowed).
///
/// ```
/// use kamervragen::date::parse_date;
/// let d = parse_date("24 april 2025", None).unwrap();
/// assert_eq!(d.to_string(), "2025-04-24");
/// let anchor = chrono::NaiveDate::from_ymd_opt(2025, 4, 24);
/// assert_eq!(parse_date("3 april jl.", anchor).unwrap().to_string(), "2025-04-03");
/// ```
pub fn parse_date(s: &str, anchor: Option<NaiveDate>) -> Option<NaiveDate> {
    let s = s.trim_start();
    if let Some(m) = day_month_at(s, anchor) {
        return m.date;
    }
    find_dates(s, anchor)
        .into_iter()
        .find(|m| m.start == 0 && m.precision == Precision::Day)
        .and_then(|m| m.date)
}

/// Every date mention in `text`, in order, resolved against `anchor`.
pub fn find_dates(text: &str, anchor: Option<NaiveDate>) -> Vec<DateMention> {
    let mut out: Vec<DateMention> = Vec::new();
    // The regex finds day-month dates; the hand reader interprets them.
    for m in TEXT_DATE.find_iter(text) {
        if let Some(d) = day_month_at(&text[m.start()..], anchor) {
            out.push(DateMention {
                start: m.start(),
                end: m.start() + d.end,
                ..d
            });
        }
    }
    for c in MONTH_DATE.captures_iter(text) {
        let whole = c.get(0).expect("group 0");
        if out
            .iter()
            .any(|m| m.start <= whole.start() && whole.start() < m.end)
        {
            continue;
        }
        let Some(month) = month_number(&c[1]) else {
            continue;
        };
        let rel = c.get(3).map(|m| relative_of(m.as_str()));
        let date = match c.get(2) {
            Some(y) => y
                .as_str()
                .parse::<i32>()
                .ok()
                .and_then(|y| NaiveDate::from_ymd_opt(y, month, 1)),
            None => anchor.and_then(|a| {
                let year = match rel {
                    Some(Relative::Next) if month < a.month() => a.year() + 1,
                    Some(Relative::Next) => a.year(),
                    _ if month > a.month() => a.year() - 1,
                    _ => a.year(),
                };
                NaiveDate::from_ymd_opt(year, month, 1)
            }),
        };
        out.push(DateMention {
            date,
            precision: Precision::Month,
            relative: rel,
            impossible: false,
            start: whole.start(),
            end: whole.end(),
        });
    }
    for c in NUMERIC_DATE.captures_iter(text) {
        let whole = c.get(0).expect("group 0");
        let (d, m, y) = (
            c[1].parse().unwrap_or(0),
            c[2].parse().unwrap_or(0),
            c[3].parse().unwrap_or(0),
        );
        let date = NaiveDate::from_ymd_opt(y, m, d);
        out.push(DateMention {
            date,
            precision: Precision::Day,
            relative: None,
            impossible: date.is_none(),
            start: whole.start(),
            end: whole.end(),
        });
    }
    for c in ISO_DATE.captures_iter(text) {
        let whole = c.get(0).expect("group 0");
        if out
            .iter()
            .any(|m| m.start <= whole.start() && whole.start() < m.end)
        {
            continue;
        }
        let (y, m, d) = (
            c[1].parse().unwrap_or(0),
            c[2].parse().unwrap_or(0),
            c[3].parse().unwrap_or(0),
        );
        let date = NaiveDate::from_ymd_opt(y, m, d);
        out.push(DateMention {
            date,
            precision: Precision::Day,
            relative: None,
            impossible: date.is_none(),
            start: whole.start(),
            end: whole.end(),
        });
    }
    out.sort_by_key(|m| m.start);
    out
}

/// The first full day-precision date after a keyword such as "ingezonden"
/// or "ontvangen" in `text`: returns the date and the byte range of the
/// keyword-through-date match.
pub fn date_after_keyword(
    text: &str,
    keyword: &Regex,
    anchor: Option<NaiveDate>,
) -> Option<(Option<NaiveDate>, usize, usize)> {
    date_after(text, keyword.find_iter(text).map(|m| m.range()), anchor)
}

/// [`date_after_keyword`] with a [`Keyword`](crate::text::Keyword).
pub(crate) fn date_after_word(
    text: &str,
    keyword: &crate::text::Keyword,
    anchor: Option<NaiveDate>,
) -> Option<(Option<NaiveDate>, usize, usize)> {
    date_after(text, keyword.find_iter(text), anchor)
}

/// The first day-precision date within a few characters after one of the
/// keyword occurrences `keywords` in `text`.
fn date_after(
    text: &str,
    keywords: impl Iterator<Item = Range<usize>>,
    anchor: Option<NaiveDate>,
) -> Option<(Option<NaiveDate>, usize, usize)> {
    for k in keywords {
        // The date follows within a few characters (whitespace, a stray
        // "(ontvangen" repeated by the template, "op").
        let tail_end = crate::text::floor_char_boundary(text, (k.end + 25).min(text.len()));
        let tail = &text[k.end..tail_end];
        for (p, c) in tail.char_indices() {
            if c.is_ascii_digit() {
                if let Some(m) = day_month_at(&text[k.end + p..], anchor) {
                    return Some((m.date, k.start, k.end + p + m.end));
                }
                break;
            }
            if !(c.is_whitespace() || c == '(' || c.is_alphabetic()) {
                break;
            }
        }
    }
    None
}

/// The month names, January first.
pub(crate) const MONTH_NAMES: [&str; 12] = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
];

/// Read "24 april 2025", "1e februari 2024", "18 november2024", "3 april
/// jl." at the start of `s`: the one reader of day-month dates, used by
/// [`find_dates`] at each place its regex finds and directly where a date
/// is expected. The date is resolved against `anchor` when the year is not
/// printed; the mention spans `0..end` of `s`. `None` when `s` does not
/// start with a day and a month name.
pub(crate) fn day_month_at(s: &str, anchor: Option<NaiveDate>) -> Option<DateMention> {
    let b = s.as_bytes();
    let (day, digits) = leading_day(b)?;
    let mut i = digits;
    for suffix in ["ste", "de", "e"] {
        if s[i..].starts_with(suffix) && s[i + suffix.len()..].starts_with(char::is_whitespace) {
            i += suffix.len();
            break;
        }
    }
    let ws = crate::text::after_spaces(&s[i..], 0);
    if ws == 0 {
        return None;
    }
    i += ws;
    // Month names are ASCII and at most "september" long: a longer word,
    // or one with other letters, is no month.
    let word_len = b[i..]
        .iter()
        .take(10)
        .take_while(|c| c.is_ascii_alphabetic())
        .count();
    if word_len == 10 || s[i + word_len..].starts_with(char::is_alphabetic) {
        return None;
    }
    let word = &s[i..i + word_len];
    // The first three letters name the month, if any: only that month's
    // name is compared in full. Its abbreviations are those three letters
    // ("mrt", not "maa") and "febr", "sept".
    let month = month_number(word)?;
    let full = MONTH_NAMES[month as usize - 1].eq_ignore_ascii_case(word);
    let abbreviated = || match word_len {
        3 => !word.eq_ignore_ascii_case("maa"),
        4 => word.eq_ignore_ascii_case("febr") || word.eq_ignore_ascii_case("sept"),
        _ => false,
    };
    if !full && !abbreviated() {
        return None;
    }
    i += word_len;
    if !full && s[i..].starts_with('.') {
        i += 1;
    }
    let mut end = i;
    let mut year = None;
    let after = i + crate::text::after_spaces(&s[i..], 0);
    let yb = &b[after.min(b.len())..];
    let year_digits = yb.iter().take_while(|c| c.is_ascii_digit()).count();
    if year_digits == 4
        && (yb.starts_with(b"19") || yb.starts_with(b"20"))
        && !yb.get(4).is_some_and(u8::is_ascii_alphanumeric)
    {
        year = Some(yb[..4].iter().fold(0, |n, c| n * 10 + i32::from(c - b'0')));
        end = after + 4;
    }
    let mut rel = None;
    if year.is_none() {
        let r = &s[after..];
        for (word, relative) in [
            ("jl.", Relative::Past),
            ("j.l.", Relative::Past),
            ("jongstleden", Relative::Past),
            ("ll.", Relative::Past),
            ("laatstleden", Relative::Past),
            ("a.s.", Relative::Next),
            ("as.", Relative::Next),
            ("aanstaande", Relative::Next),
            ("e.k.", Relative::Next),
            ("eerstkomend", Relative::Next),
        ] {
            if after > i && r.starts_with(word) {
                rel = Some(relative);
                end = after + word.len();
                break;
            }
        }
    }
    let date = match year {
        Some(y) => NaiveDate::from_ymd_opt(y, month, day),
        None => anchor.and_then(|a| resolve_day_month(day, month, rel, a)),
    };
    Some(DateMention {
        date,
        precision: Precision::Day,
        relative: rel,
        impossible: date.is_none() && year.is_some(),
        start: 0,
        end,
    })
}

/// The day number at the start of `b` and its length: one or two digits,
/// not followed by a third.
fn leading_day(b: &[u8]) -> Option<(u32, usize)> {
    let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
    if digits == 0 || digits > 2 {
        return None;
    }
    Some((
        b[..digits]
            .iter()
            .fold(0, |n, c| n * 10 + u32::from(c - b'0')),
        digits,
    ))
}

/// The first ASCII digit in `b` at or after `from`. Eight bytes are
/// looked at a time: most of a text has no digit.
fn next_digit(b: &[u8], from: usize) -> Option<usize> {
    const ONES: u64 = u64::from_ne_bytes([0x01; 8]);
    let mut i = from;
    while let Some(chunk) = b.get(i..i + 8) {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        // Digits become bytes below 10; the high bit is set in a byte of
        // `below` only if some byte is below 10 (the classic "has a byte
        // less than n" test), so a chunk without digits is passed over.
        let x = u64::from_ne_bytes(word) ^ (ONES * u64::from(b'0'));
        let below = x.wrapping_sub(ONES * 10) & !x & (ONES * 0x80);
        if below != 0 {
            break;
        }
        i += 8;
    }
    b.get(i..)?
        .iter()
        .position(u8::is_ascii_digit)
        .map(|p| i + p)
}

/// Day-month-year dates in `text` whose day does not exist in that month
/// ("31 februari 2024"), as byte ranges. Reads by hand, without the
/// regexes of [`find_dates`].
pub(crate) fn impossible_dates(text: &str) -> Vec<(usize, usize)> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(d) = next_digit(b, i) {
        i = d;
        let starts_number = i == 0 || !b[i - 1].is_ascii_alphanumeric();
        // Days 1 to 28 are in every month of every year: only another
        // number can start an impossible date.
        if starts_number
            && leading_day(&b[i..]).is_some_and(|(day, _)| !(1..=28).contains(&day))
            && let Some(m) = day_month_at(&text[i..], None)
            && m.impossible
        {
            out.push((i, i + m.end));
            i += m.end;
            continue;
        }
        // No number starts inside this one: its other digits follow a digit.
        i += b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keyword_is_a_whole_word_in_any_case() {
        let kw = crate::text::Keyword::new("ontvangen");
        let re = Regex::new(r"(?i)(?-u:\b)ontvangen(?-u:\b)").unwrap();
        for t in [
            "(ontvangen 3 mei 2024)",
            "ONTVANGEN: 3 mei, Ontvangen",
            "xontvangen ontvangenx ontvangen_ ontvangen.",
            "éontvangen ontvangen",
            "",
        ] {
            let ours: Vec<_> = kw.find_iter(t).collect();
            let theirs: Vec<_> = re.find_iter(t).map(|m| m.range()).collect();
            assert_eq!(ours, theirs, "{t:?}");
        }
    }

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn full_dates() {
        assert_eq!(parse_date("24 april 2025", None), Some(d(2025, 4, 24)));
        assert_eq!(parse_date("18 november2024", None), Some(d(2024, 11, 18)));
        assert_eq!(parse_date("1e februari 2024", None), Some(d(2024, 2, 1)));
        assert_eq!(parse_date("26 okt. 2023", None), Some(d(2023, 10, 26)));
        assert_eq!(parse_date("14 September 2020", None), Some(d(2020, 9, 14)));
    }

    #[test]
    fn impossible_date_is_none() {
        let m = find_dates("31 februari 2024", None);
        assert_eq!(m.len(), 1);
        assert_eq!(m[0].date, None);
        assert!(m[0].impossible);
        assert!(!find_dates("3 april jl.", None)[0].impossible);
    }

    #[test]
    fn relative_dates() {
        let a = Some(d(2025, 3, 12));
        assert_eq!(parse_date("18 februari jl.", a), Some(d(2025, 2, 18)));
        assert_eq!(parse_date("20 maart jl.", a), Some(d(2024, 3, 20)));
        assert_eq!(parse_date("1 januari a.s.", a), Some(d(2026, 1, 1)));
        assert_eq!(
            parse_date("17 mei jongstleden", Some(d(2017, 6, 1))),
            Some(d(2017, 5, 17))
        );
        assert_eq!(parse_date("3 april jl.", None), None);
    }

    #[test]
    fn month_only_keeps_precision() {
        let m = find_dates("in december jl. heeft", Some(d(2025, 4, 24)));
        assert_eq!(m.len(), 1);
        assert_eq!(m[0].precision, Precision::Month);
        assert_eq!(m[0].date, Some(d(2024, 12, 1)));
        let m = find_dates("medio maart 2024", None);
        assert_eq!(m[0].date, Some(d(2024, 3, 1)));
    }

    #[test]
    fn numeric_dates_are_day_first() {
        let m = find_dates("brief van 12-03-2024 en 2025-04-24", None);
        assert_eq!(m[0].date, Some(d(2024, 3, 12)));
        assert_eq!(m[1].date, Some(d(2025, 4, 24)));
    }

    #[test]
    fn day_month_reader() {
        let a = Some(d(2025, 4, 24));
        for (s, want) in [
            ("24 april 2025", Some(d(2025, 4, 24))),
            ("1e februari 2024", Some(d(2024, 2, 1))),
            ("18 november2024", Some(d(2024, 11, 18))),
            ("3 april jl.", Some(d(2025, 4, 3))),
            ("1 januari a.s.", Some(d(2026, 1, 1))),
            ("26 okt. 2023", Some(d(2023, 10, 26))),
            ("14 September 2020", Some(d(2020, 9, 14))),
            ("17 mei jongstleden", Some(d(2024, 5, 17))),
            ("31 februari 2024", None),
            ("3 apr 2024", Some(d(2024, 4, 3))),
        ] {
            assert_eq!(day_month_at(s, a).and_then(|m| m.date), want, "{s}");
        }
        assert!(day_month_at("31 februari 2024", a).unwrap().impossible);
        assert!(day_month_at("3 junior", a).is_none());
        assert!(day_month_at("2024 april", a).is_none());
    }

    #[test]
    fn month_abbreviations_are_the_listed_ones() {
        for s in [
            "3 febr. 2024",
            "3 Sept 2024",
            "3 mrt. 2024",
            "3 MEI 2024",
            "3 dec 2024",
        ] {
            assert!(day_month_at(s, None).and_then(|m| m.date).is_some(), "{s}");
        }
        // Three letters that start a month name but are not its
        // abbreviation, a longer word, a month name run into other letters.
        for s in ["3 maa 2024", "3 janu 2024", "3 septembers", "3 maartë 2024"] {
            assert!(day_month_at(s, None).is_none(), "{s}");
        }
    }

    #[test]
    fn next_digit_finds_every_digit() {
        // Each offset in and across the eight-byte chunks, after letters,
        // bytes just above and below the digits, and UTF-8.
        let filler = "ab/:é\u{a0}xyz:/ ";
        for at in 0..40 {
            for digit in b'0'..=b'9' {
                let mut t: Vec<u8> = filler.bytes().cycle().take(at).collect();
                t.push(digit);
                t.extend_from_slice(b"tail");
                for from in 0..=at {
                    assert_eq!(next_digit(&t, from), Some(at), "{at} {from}");
                }
                assert_eq!(next_digit(&t, at + 1), None);
            }
        }
        assert_eq!(next_digit(b"", 0), None);
        assert_eq!(next_digit(b"abc", 3), None);
    }

    #[test]
    fn impossible_dates_in_running_text() {
        let t = "Op 29 februari 2023, 31 april 2024, 0 mei 2024 en 12 juni 2024 (zie 28 februari 2023).";
        let found: Vec<&str> = impossible_dates(t).iter().map(|&(a, b)| &t[a..b]).collect();
        assert_eq!(found, ["29 februari 2023", "31 april 2024", "0 mei 2024"]);
        assert!(impossible_dates("29 februari 2024, 131 mei 2024, x31 mei 2024").is_empty());
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]
        /// Passing over the rest of a number finds what looking at each
        /// of its digits found.
        #[test]
        fn impossible_dates_skip_whole_numbers(parts in proptest::collection::vec(
            proptest::sample::select(vec![
                "0", "1", "29", "30", "31", "131", "2024", " ", "x", "\n", "februari", "april",
                " mei ", "e ", "de", "\u{e9}",
            ]),
            0..14,
        )) {
            let t: String = parts.concat();
            let b = t.as_bytes();
            let mut want = Vec::new();
            let mut i = 0;
            while let Some(d) = next_digit(b, i) {
                i = d;
                if (i == 0 || !b[i - 1].is_ascii_alphanumeric())
                    && leading_day(&b[i..]).is_some_and(|(day, _)| !(1..=28).contains(&day))
                    && let Some(m) = day_month_at(&t[i..], None)
                    && m.impossible
                {
                    want.push((i, i + m.end));
                    i += m.end;
                    continue;
                }
                i += 1;
            }
            proptest::prop_assert_eq!(impossible_dates(&t), want, "{:?}", t);
        }
    }

    #[test]
    fn keyword_dates_across_line_breaks() {
        let kw = Regex::new(r"(?i)(?-u:\b)ontvangen(?-u:\b)").unwrap();
        let (date, _, _) = date_after_keyword("(ontvangen\n4 februari 2025)", &kw, None).unwrap();
        assert_eq!(date, Some(d(2025, 2, 4)));
        let (date, _, _) =
            date_after_keyword("(ontvangen (ontvangen 7 juni 2024).", &kw, None).unwrap();
        assert_eq!(date, Some(d(2024, 6, 7)));
    }
}
