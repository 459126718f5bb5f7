//! Question numbers as they are printed in labels and references.
//!
//! "3, 4 en 5", "7, 8, 9 10 en 11", "4-7", "1 t/m 4", "3 tot en met 5",
//! "1,2,3,4 en 5", "2a", and number words ("vraag twee", "de derde vraag").
//! Ranges are expanded; a list is returned as strings because sub-questions
//! carry letters.

use std::borrow::Cow;

use crate::text::starts_with_ci;

/// Longest range we expand; longer ones are treated as noise, so that
/// "vraag 1 t/m 99999" cannot allocate without bound.
const MAX_RANGE: u32 = 200;

/// Parse a number list at the start of `s`. Returns the numbers and how
/// many bytes of `s` the list used (trailing spaces not included).
///
/// ```
/// use kamervragen::numbers::parse_number_list;
/// let (nums, _) = parse_number_list("7, 8, 9 10 en 11").unwrap();
/// assert_eq!(nums, ["7", "8", "9", "10", "11"]);
/// let (nums, _) = parse_number_list("3 tot en met 5:").unwrap();
/// assert_eq!(nums, ["3", "4", "5"]);
/// ```
pub fn parse_number_list(s: &str) -> Option<(Vec<String>, usize)> {
    let (numbers, len) = number_list(s)?;
    Some((numbers.into_iter().map(Cow::into_owned).collect(), len))
}

/// [`parse_number_list`], with the numbers borrowed from `s` where they are
/// printed as they read ("7", "2a"); ranges, number words and numbers with
/// leading zeros are made.
pub(crate) fn number_list(s: &str) -> Option<(Vec<Cow<'_, str>>, usize)> {
    // Most lists hold one number.
    let mut out: Vec<Cow<'_, str>> = Vec::with_capacity(1);
    let len = walk_number_list(s, Some(&mut out))?;
    Some((out, len))
}

/// How many bytes of `s` the number list at its start uses, as
/// [`number_list`] reads it, without making the numbers: for the tests
/// that only ask whether a line opens with a label.
pub(crate) fn number_list_len(s: &str) -> Option<usize> {
    walk_number_list(s, None)
}

/// Reads the number list at the start of `s`, pushing its numbers onto
/// `out` when there is one; returns the bytes used, or `None` when `s` does
/// not start with a number.
fn walk_number_list<'a>(s: &'a str, out: Option<&mut Vec<Cow<'a, str>>>) -> Option<usize> {
    // Most labels carry one number that ends the line or is followed by
    // ":", "." or ")": read at once. Any other byte after the digits may
    // go on with the list (or be a letter of "2a"), and leading zeros are
    // dropped, which the general reader below does.
    let b = s.as_bytes();
    let digits = b.iter().take(4).take_while(|c| c.is_ascii_digit()).count();
    if (1..=3).contains(&digits)
        && b[0] != b'0'
        && matches!(b.get(digits), None | Some(b':' | b'.' | b')' | b'*' | b'?'))
    {
        if let Some(out) = out {
            out.push(Cow::Borrowed(&s[..digits]));
        }
        return Some(digits);
    }
    walk_any_number_list(s, out)
}

/// [`walk_number_list`] for any list: ranges, several numbers, number words.
fn walk_any_number_list<'a>(s: &'a str, mut out: Option<&mut Vec<Cow<'a, str>>>) -> Option<usize> {
    let mut i = 0;
    let mut end = None;
    // The value of the last number read: a range runs from it. (After a
    // range it is the range's end, the last number pushed.)
    let mut last: Option<u32> = None;
    let mut pending_range = false;
    // one number, or a number word, then a separator
    while let Some((num, len)) = read_number(&s[i..]) {
        let value = num.parse::<u32>().ok();
        if pending_range
            && let (Some(from), Some(to)) = (last, value)
            && to > from
            && to - from <= MAX_RANGE
        {
            if let Some(out) = out.as_deref_mut() {
                out.extend((from + 1..=to).map(|n| Cow::Owned(n.to_string())));
            }
        } else if let Some(out) = out.as_deref_mut() {
            out.push(num);
        }
        last = value;
        i += len;
        end = Some(i);
        // a separator
        let ws = blanks(&s[i..]);
        let trimmed = &s[i + ws..];
        // Each separator opens with one of these bytes; most labels go on
        // with text, which none of them opens.
        let may_separate = trimmed.as_bytes().first().is_some_and(|c| {
            matches!(
                c.to_ascii_lowercase(),
                b',' | b'e' | b'&' | b't' | b'-' | b'/' | 0xE2
            )
        });
        let sep = may_separate.then(|| {
            [
                (",", false),
                ("en ", false),
                ("en\u{a0}", false),
                ("&", false),
                ("t/m", true),
                ("tot en met", true),
                ("tm", true),
                ("-", true),
                ("\u{2013}", true),
                ("/", false),
            ]
            .into_iter()
            .find(|(p, _)| starts_with_ci(trimmed, p))
        });
        match sep.flatten() {
            Some((p, range)) => {
                i += ws + p.len();
                pending_range = range;
                // "7, 8, en 9"
                if p == "," {
                    let at = i + blanks(&s[i..]);
                    if starts_with_ci(&s[at..], "en ") {
                        i = at + 3;
                    }
                }
            }
            // "9 10": numbers separated by a space only (a missing comma)
            None if ws > 0 && trimmed.as_bytes().first().is_some_and(u8::is_ascii_digit) => {
                i += ws;
                pending_range = false;
            }
            None => break,
        }
        i += blanks(&s[i..]);
    }
    end
}

/// The length of the spaces, tabs and no-break spaces that start `s`.
fn blanks(s: &str) -> usize {
    let b = s.as_bytes();
    let mut i = 0;
    loop {
        match b.get(i) {
            Some(b' ' | b'\t') => i += 1,
            Some(0xC2) if b.get(i + 1) == Some(&0xA0) => i += 2,
            _ => return i,
        }
    }
}

/// One number at the start of `s`: digits with an optional letter suffix
/// ("2a"), or a Dutch number word.
fn read_number(s: &str) -> Option<(Cow<'_, str>, usize)> {
    let b = s.as_bytes();
    let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
    if digits > 0 {
        if digits > 3 {
            return None;
        }
        let mut len = digits;
        // a sub-question letter: "2a", but not "2en" or the start of a word
        if b.len() > len
            && b[len].is_ascii_lowercase()
            && !b.get(len + 1).is_some_and(|c| c.is_ascii_alphabetic())
        {
            len += 1;
        }
        let n = s[..digits].trim_start_matches('0');
        if n.len() == digits {
            // Printed as it reads: no leading zeros.
            return Some((Cow::Borrowed(&s[..len]), len));
        }
        let n = if n.is_empty() { "0" } else { n };
        let mut out = String::with_capacity(n.len() + len - digits);
        out.push_str(n);
        out.push_str(&s[digits..len]);
        return Some((Cow::Owned(out), len));
    }
    // Number words are short: look no further than their longest length.
    let word_end = s
        .char_indices()
        .take(MAX_WORD + 1)
        .find(|&(_, c)| !c.is_alphabetic())
        .map_or(s.len(), |(i, _)| i);
    let word = &s[..word_end];
    number_word(word).map(|n| (Cow::Owned(n.to_string()), word_end))
}

/// The longest number word in bytes ("zeventiende").
const MAX_WORD: usize = 12;

/// The value of a Dutch cardinal or ordinal number word ("twee", "derde").
pub fn number_word(word: &str) -> Option<u32> {
    const WORDS: [(&str, &str, u32); 20] = [
        ("een", "eerste", 1),
        ("twee", "tweede", 2),
        ("drie", "derde", 3),
        ("vier", "vierde", 4),
        ("vijf", "vijfde", 5),
        ("zes", "zesde", 6),
        ("zeven", "zevende", 7),
        ("acht", "achtste", 8),
        ("negen", "negende", 9),
        ("tien", "tiende", 10),
        ("elf", "elfde", 11),
        ("twaalf", "twaalfde", 12),
        ("dertien", "dertiende", 13),
        ("veertien", "veertiende", 14),
        ("vijftien", "vijftiende", 15),
        ("zestien", "zestiende", 16),
        ("zeventien", "zeventiende", 17),
        ("achttien", "achttiende", 18),
        ("negentien", "negentiende", 19),
        ("twintig", "twintigste", 20),
    ];
    // Lower-cased on the stack, "é" read as "e" ("één"); any other
    // non-ASCII letter is in no number word.
    let mut buf = [0u8; MAX_WORD];
    let mut len = 0;
    for c in word.chars() {
        let c = match c {
            'é' | 'É' => 'e',
            c if c.is_ascii_alphabetic() => c.to_ascii_lowercase(),
            _ => return None,
        };
        *buf.get_mut(len)? = c as u8;
        len += 1;
    }
    let w = &buf[..len];
    WORDS
        .iter()
        .find(|(c, o, _)| w == c.as_bytes() || w == o.as_bytes())
        .map(|&(_, _, n)| n)
}

/// A set of question numbers: plain numbers ("1" … "9999") in a table,
/// others ("2a") in a tree. Cheaper than hashing or sorting strings for
/// the few numbers a document has.
#[derive(Default)]
pub(crate) struct NumberSet<'a> {
    /// Bit `v % 64` of word `v / 64` is set when `v` is in the set. The
    /// first words are kept inline: real documents number their questions
    /// below [`INLINE_BITS`], and a set is made for each document, so that
    /// most sets never allocate.
    low: [u64; INLINE_WORDS],
    /// The words after the inline ones: a stray large number ("Vraag 2024")
    /// grows the table by words, not by bytes.
    high: Vec<u64>,
    other: std::collections::BTreeSet<&'a str>,
}

/// The words of a [`NumberSet`]'s table that are kept inline.
const INLINE_WORDS: usize = 4;
/// The numbers below this are kept in a [`NumberSet`]'s inline words.
const INLINE_BITS: usize = INLINE_WORDS * 64;

impl<'a> NumberSet<'a> {
    /// Adds `n`; false when it was there already.
    pub(crate) fn insert(&mut self, n: &'a str) -> bool {
        match plain_number(n) {
            Some(v) => {
                let bit = 1u64 << (v % 64);
                let word = if v < INLINE_BITS {
                    &mut self.low[v / 64]
                } else {
                    let k = v / 64 - INLINE_WORDS;
                    if self.high.len() <= k {
                        self.high.resize(k + 1, 0);
                    }
                    &mut self.high[k]
                };
                let new = *word & bit == 0;
                *word |= bit;
                new
            }
            None => self.other.insert(n),
        }
    }

    #[inline]
    pub(crate) fn contains(&self, n: &str) -> bool {
        match plain_number(n) {
            Some(v) => {
                let word = if v < INLINE_BITS {
                    Some(&self.low[v / 64])
                } else {
                    self.high.get(v / 64 - INLINE_WORDS)
                };
                word.is_some_and(|w| w & (1u64 << (v % 64)) != 0)
            }
            None => self.other.contains(n),
        }
    }
}

/// `n` as a table index, when it is written as a plain number below 10000
/// (without leading zeros, so that each value has one spelling). Read by
/// hand: at most four digits, where `str::parse` checks for much more.
fn plain_number(n: &str) -> Option<usize> {
    let b = n.as_bytes();
    let plain = !b.is_empty()
        && b.len() <= 4
        && b.iter().all(u8::is_ascii_digit)
        && (b[0] != b'0' || b.len() == 1);
    plain.then(|| b.iter().fold(0, |v, &d| v * 10 + usize::from(d - b'0')))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn number_set_is_a_set_of_strings() {
        let mut s = NumberSet::default();
        assert!(s.insert("2"));
        assert!(s.insert("2a"));
        assert!(s.insert("02"));
        assert!(s.insert("12345"));
        assert!(!s.insert("2"));
        assert!(!s.insert("2a"));
        assert!(s.contains("02") && s.contains("12345") && !s.contains("1"));
        assert!(!s.contains("3") && !s.contains(""));
        // Numbers at the edges of the table's words.
        for n in ["0", "63", "64", "127", "9999"] {
            assert!(!s.contains(n));
            assert!(s.insert(n) && !s.insert(n) && s.contains(n), "{n}");
        }
        assert!(!s.contains("65") && !s.contains("9998") && !s.contains("10000"));
        // Either side of the inline words.
        for n in ["255", "256", "319", "320"] {
            assert!(!s.contains(n));
            assert!(s.insert(n) && !s.insert(n) && s.contains(n), "{n}");
        }
        assert!(!s.contains("254") && !s.contains("257") && !s.contains("321"));
    }

    proptest::proptest! {
        /// The set agrees with a set of strings, at the edges of its
        /// inline and outer words too.
        #[test]
        fn number_set_matches_a_string_set(ops in proptest::collection::vec(
            (proptest::bool::ANY, proptest::sample::select(vec![
                "0", "00", "1", "01", "2a", "63", "64", "127", "128", "255", "256", "257",
                "319", "320", "1000", "9999", "10000", "", "x", "0255",
            ])),
            0..40,
        )) {
            let mut set = NumberSet::default();
            let mut want = std::collections::BTreeSet::new();
            for (insert, n) in ops {
                if insert {
                    proptest::prop_assert_eq!(set.insert(n), want.insert(n), "{}", n);
                } else {
                    proptest::prop_assert_eq!(set.contains(n), want.contains(n), "{}", n);
                }
            }
        }
    }

    proptest::proptest! {
        /// The length alone is the length of the list.
        #[test]
        fn number_list_len_is_the_lists_length(parts in proptest::collection::vec(
            proptest::sample::select(vec![
                "1", "2", "12", "2a", "007", "1234", "twee", "Derde", "één", ",", ", ", " en ",
                "en\u{a0}", " & ", " t/m ", " tot en met ", "tm", "-", "\u{2013}", "/", " ",
                "\u{a0}", "\t", "x", "Bent", ":", ".", ")", "*", "?", "0", "05",
            ]),
            0..10,
        )) {
            let s: String = parts.concat();
            proptest::prop_assert_eq!(number_list_len(&s), number_list(&s).map(|x| x.1), "{:?}", s);
            // The shortcut for one number reads as the general reader.
            let mut general = Vec::new();
            let len = walk_any_number_list(&s, Some(&mut general));
            proptest::prop_assert_eq!(number_list(&s), len.map(|len| (general, len)), "{:?}", s);
        }
    }

    fn nums(s: &str) -> Vec<String> {
        parse_number_list(s).map(|x| x.0).unwrap_or_default()
    }

    #[test]
    fn lists_and_ranges() {
        assert_eq!(nums("1"), ["1"]);
        assert_eq!(nums("2 en 3"), ["2", "3"]);
        assert_eq!(nums("3, 4 en 5"), ["3", "4", "5"]);
        assert_eq!(nums("1,2,3,4 en 5"), ["1", "2", "3", "4", "5"]);
        assert_eq!(nums("7, 8, en 9"), ["7", "8", "9"]);
        assert_eq!(nums("4-7:"), ["4", "5", "6", "7"]);
        assert_eq!(nums("1 t/m 4"), ["1", "2", "3", "4"]);
        assert_eq!(nums("3 tot en met 5"), ["3", "4", "5"]);
        assert_eq!(nums("9 10 en 11"), ["9", "10", "11"]);
        assert_eq!(nums("2a"), ["2a"]);
        assert_eq!(nums("twee"), ["2"]);
        assert_eq!(nums("één en Twee"), ["1", "2"]);
        assert_eq!(nums("DERDE"), ["3"]);
        assert_eq!(nums("zeventiendes"), Vec::<String>::new());
    }

    #[test]
    fn stops_at_text() {
        let (n, len) = parse_number_list("1 Bent u bekend").unwrap();
        assert_eq!(n, ["1"]);
        assert_eq!(len, 1);
        assert_eq!(nums("12en"), ["12"]);
        assert_eq!(nums("1234"), Vec::<String>::new());
    }

    #[test]
    fn huge_ranges_are_not_expanded() {
        assert_eq!(nums("1 t/m 999"), ["1", "999"]);
    }
}
