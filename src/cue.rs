//! The words a notice is read from, found in one pass.
//!
//! Every phrase the notice reader looks for starts at (or turns on) a word
//! that is rare in running text: "binnen (de gebruikelijke termijn)",
//! "uitstel", "beantwoord", "ingetrokken", "vragen (van het lid)", "omdat",
//! a month, "spoedig", "zal". One pass over the words finds all of them;
//! each reader then checks its phrase with an anchored pattern at its words
//! only. Searching with a dozen separate patterns whose leading words are
//! optional ("(uiterlijk) 1 december") costs several times more, because
//! each stops at every short word.

use once_cell::sync::Lazy;

/// What a cue word is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Cue {
    /// "binnen": "(niet) binnen de termijn", "binnen drie weken".
    Binnen,
    /// "uitstel", also at the start of a word ("uitstelbericht").
    Uitstel,
    /// "tijdig" ((niet) tijdig beantwoord).
    Tijdig,
    /// "termijn" (meer tijd … dan de termijn; de termijn overschrijden).
    Termijn,
    /// "beantwoord", "meegenomen", …: answered elsewhere.
    Answered,
    /// "verwijs", "verwijzen", "verwezen" (naar mijn brief): answered
    /// elsewhere.
    Verwijs,
    /// "ingetrokken", "teruggetrokken".
    Withdrawn,
    /// "intrekking" (van de vragen).
    Intrekking,
    /// "trekt", "trok", … (de vragen in).
    Trekt,
    /// "vragen", also at the end of a word ("Kamervragen").
    Vragen,
    /// "reden", "oorzaak" (van het uitstel is …).
    Reden,
    /// "dit" (heeft te maken met …).
    Dit,
    /// "omdat", "aangezien", "doordat": a reason clause.
    Because,
    /// "vanwege", "wegens": a reason phrase.
    Owing,
    /// "verband" (in verband met), "afwachting" (in afwachting van).
    Verband,
    /// A month name, with its number.
    Month(u32),
    /// "jaar" (dit jaar, volgend jaar).
    Jaar,
    /// A word that may precede a year ("eind 2024", "voor 2025").
    BeforeYear,
    /// "voor", "vóór", "voorafgaand", "voordat", "aanloop": an event.
    Voor,
    /// "komende", "volgende" (weken).
    Komende,
    /// "spoedig", "snel", also at the end of a word ("zospoedig").
    Spoedig,
    /// "kort" (op zo kort mogelijke termijn).
    Kort,
    /// "zsm", "z.s.m.".
    Zsm,
    /// A word that looks ahead: "zal", "streef", "verwacht", …
    Ahead,
    /// "opnieuw", "nogmaals", … (om uitstel): a repeated postponement.
    Again,
    /// "eerder", "reeds" (verleend uitstel), "tweede" (uitstel).
    Earlier,
}

/// A cue word found in a text.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Hit {
    pub cue: Cue,
    pub start: usize,
    pub end: usize,
}

const WORDS: &[(&str, Cue)] = &[
    ("binnen", Cue::Binnen),
    ("uitstel", Cue::Uitstel),
    ("tijdig", Cue::Tijdig),
    ("termijn", Cue::Termijn),
    ("beantwoord", Cue::Answered),
    ("meegenomen", Cue::Answered),
    ("opgenomen", Cue::Answered),
    ("betrokken", Cue::Answered),
    ("afgedaan", Cue::Answered),
    ("behandeld", Cue::Answered),
    ("verwijs", Cue::Verwijs),
    ("verwijzen", Cue::Verwijs),
    ("verwezen", Cue::Verwijs),
    ("ingetrokken", Cue::Withdrawn),
    ("teruggetrokken", Cue::Withdrawn),
    ("intrekking", Cue::Intrekking),
    ("trekt", Cue::Trekt),
    ("trekken", Cue::Trekt),
    ("trok", Cue::Trekt),
    ("trokken", Cue::Trekt),
    ("vragen", Cue::Vragen),
    ("reden", Cue::Reden),
    ("oorzaak", Cue::Reden),
    ("dit", Cue::Dit),
    ("omdat", Cue::Because),
    ("aangezien", Cue::Because),
    ("doordat", Cue::Because),
    ("vanwege", Cue::Owing),
    ("wegens", Cue::Owing),
    ("verband", Cue::Verband),
    ("afwachting", Cue::Verband),
    ("januari", Cue::Month(1)),
    ("februari", Cue::Month(2)),
    ("maart", Cue::Month(3)),
    ("april", Cue::Month(4)),
    ("mei", Cue::Month(5)),
    ("juni", Cue::Month(6)),
    ("juli", Cue::Month(7)),
    ("augustus", Cue::Month(8)),
    ("september", Cue::Month(9)),
    ("oktober", Cue::Month(10)),
    ("november", Cue::Month(11)),
    ("december", Cue::Month(12)),
    ("jaar", Cue::Jaar),
    ("eind", Cue::BeforeYear),
    ("einde", Cue::BeforeYear),
    ("begin", Cue::BeforeYear),
    ("medio", Cue::BeforeYear),
    ("midden", Cue::BeforeYear),
    ("uiterlijk", Cue::BeforeYear),
    ("voor", Cue::Voor),
    ("vóór", Cue::Voor),
    ("voorafgaand", Cue::Voor),
    ("voorafgaande", Cue::Voor),
    ("voordat", Cue::Voor),
    ("aanloop", Cue::Voor),
    ("komende", Cue::Komende),
    ("volgende", Cue::Komende),
    ("spoedig", Cue::Spoedig),
    ("snel", Cue::Spoedig),
    ("kort", Cue::Kort),
    ("zsm", Cue::Zsm),
    ("zal", Cue::Ahead),
    ("zullen", Cue::Ahead),
    ("zult", Cue::Ahead),
    ("verwacht", Cue::Ahead),
    ("verwachten", Cue::Ahead),
    ("verwachting", Cue::Ahead),
    ("streef", Cue::Ahead),
    ("streeft", Cue::Ahead),
    ("streven", Cue::Ahead),
    ("beoog", Cue::Ahead),
    ("beogen", Cue::Ahead),
    ("voornemens", Cue::Ahead),
    ("hoop", Cue::Ahead),
    ("hopen", Cue::Ahead),
    ("ontvangt", Cue::Ahead),
    ("tegemoet", Cue::Ahead),
    ("tegemoetzien", Cue::Ahead),
    ("plaatsvinden", Cue::Ahead),
    ("plaatshebben", Cue::Ahead),
    ("volgt", Cue::Ahead),
    ("volgen", Cue::Ahead),
    ("opnieuw", Cue::Again),
    ("nogmaals", Cue::Again),
    ("andermaal", Cue::Again),
    ("wederom", Cue::Again),
    ("eerder", Cue::Earlier),
    ("reeds", Cue::Earlier),
    ("tweede", Cue::Earlier),
];

/// The cue words by length, then spelling: looked up by binary search.
static TABLE: Lazy<Vec<(&'static [u8], Cue)>> = Lazy::new(|| {
    let mut t: Vec<(&'static [u8], Cue)> = WORDS.iter().map(|(w, c)| (w.as_bytes(), *c)).collect();
    t.sort_by(|a, b| (a.0.len(), a.0).cmp(&(b.0.len(), b.0)));
    t
});

/// For each word length, the first letters of the cue words of that length
/// (bit `c - b'a'`): with [`LAST`], most words are told apart from every
/// cue by a few lookups, before they are copied or compared.
static FIRST: Lazy<[u32; LONGEST + 1]> = Lazy::new(|| {
    let mut m = [0u32; LONGEST + 1];
    for (w, _) in WORDS {
        m[w.len()] |= letter_bit(w.as_bytes()[0]);
    }
    m
});
/// The same for the last letters.
static LAST: Lazy<[u32; LONGEST + 1]> = Lazy::new(|| {
    let mut m = [0u32; LONGEST + 1];
    for (w, _) in WORDS {
        m[w.len()] |= letter_bit(w.as_bytes()[w.len() - 1]);
    }
    m
});

/// The longest cue word, in bytes.
const LONGEST: usize = 16;

fn letter_bit(c: u8) -> u32 {
    let c = c.to_ascii_lowercase();
    if c.is_ascii_lowercase() {
        1 << (c - b'a')
    } else {
        0
    }
}

/// The bytes of words: ASCII letters and digits, and every byte of a
/// non-ASCII character. A table, so that the loop over the text's bytes
/// takes one load and one test a byte.
static WORD_BYTE: [bool; 256] = {
    let mut t = [false; 256];
    let mut c = 0;
    while c < 256 {
        let b = c as u8;
        t[c] = b.is_ascii_alphanumeric() || b >= 0x80;
        c += 1;
    }
    t
};

/// The cue of `word` (lower case), if it is one.
fn lookup(word: &[u8]) -> Option<Cue> {
    TABLE
        .binary_search_by(|(w, _)| (w.len(), *w).cmp(&(word.len(), word)))
        .ok()
        .map(|i| TABLE[i].1)
}

/// Every cue word in `t`, in order. A cue is a whole word, except that
/// "uitstel" may start one ("uitstelbericht") and "vragen", "spoedig" and
/// "snel" may end one ("Kamervragen", a glued "zospoedig").
///
/// The text is read word by word: a word whose length and first and last
/// letters fit a cue is put in lower case on the stack and looked up. A multi-pattern
/// automaton over the 90 words (in both cases) costs more on these short
/// texts.
pub(crate) fn find(t: &str) -> Vec<Hit> {
    let b = t.as_bytes();
    let (first, last_letters) = (&*FIRST, &*LAST);
    let is_word = |c: u8| WORD_BYTE[usize::from(c)];
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if !is_word(b[i]) {
            i += 1;
            continue;
        }
        let start = i;
        while i < b.len() && is_word(b[i]) {
            i += 1;
        }
        let word = &b[start..i];
        let n = word.len();
        let hit = |cue: Cue, from: usize, to: usize| Hit {
            cue,
            start: start + from,
            end: start + to,
        };
        if n == 1
            && (word[0] | 0x20) == b'z'
            && b.len() >= i + 4
            && b[i..i + 4].eq_ignore_ascii_case(b".s.m")
        {
            // "z.s.m.": read as one word.
            i += 4;
            let end = if b.get(i) == Some(&b'.') { i + 1 } else { i };
            out.push(Hit {
                cue: Cue::Zsm,
                start,
                end,
            });
            continue;
        }
        if !(3..=LONGEST).contains(&n) {
            continue;
        }
        let known =
            first[n] & letter_bit(word[0]) != 0 && last_letters[n] & letter_bit(word[n - 1]) != 0;
        if known {
            // Put in lower case on the stack and looked up.
            let mut buf = [0u8; LONGEST];
            for (d, s) in buf.iter_mut().zip(word) {
                *d = s.to_ascii_lowercase();
            }
            if let Some(cue) = lookup(&buf[..n]) {
                out.push(hit(cue, 0, n));
                continue;
            }
        }
        // The words that start or end a longer one, compared in place:
        // many words end in "n" as "vragen" does.
        if n > 7 && word[..7].eq_ignore_ascii_case(b"uitstel") {
            out.push(hit(Cue::Uitstel, 0, 7));
        } else if let Some(end) = [&b"vragen"[..], b"spoedig", b"snel"]
            .iter()
            .find(|e| n > e.len() && word[n - e.len()..].eq_ignore_ascii_case(e))
        {
            let cue = if *end == b"vragen" {
                Cue::Vragen
            } else {
                Cue::Spoedig
            };
            out.push(hit(cue, n - end.len(), n));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The reader before the words that start or end a longer one were
    /// compared in place: every word that may be a cue put in lower case.
    fn find_by_copy(t: &str) -> Vec<Hit> {
        let b = t.as_bytes();
        let (first, last_letters) = (&*FIRST, &*LAST);
        let is_word = |c: u8| WORD_BYTE[usize::from(c)];
        let mut out = Vec::new();
        let mut i = 0;
        while i < b.len() {
            if !is_word(b[i]) {
                i += 1;
                continue;
            }
            let start = i;
            while i < b.len() && is_word(b[i]) {
                i += 1;
            }
            let word = &b[start..i];
            let n = word.len();
            let hit = |cue: Cue, from: usize, to: usize| Hit {
                cue,
                start: start + from,
                end: start + to,
            };
            if n == 1
                && (word[0] | 0x20) == b'z'
                && b.len() >= i + 4
                && b[i..i + 4].eq_ignore_ascii_case(b".s.m")
            {
                // "z.s.m.": read as one word.
                i += 4;
                let end = if b.get(i) == Some(&b'.') { i + 1 } else { i };
                out.push(Hit {
                    cue: Cue::Zsm,
                    start,
                    end,
                });
                continue;
            }
            if !(3..=LONGEST).contains(&n) {
                continue;
            }
            let last = word[n - 1] | 0x20;
            let known = first[n] & letter_bit(word[0]) != 0
                && last_letters[n] & letter_bit(word[n - 1]) != 0;
            // Only words that may be a cue, or start or end like one, are
            // looked at further.
            let may_start = n > 7 && (word[0] | 0x20) == b'u';
            let may_end = matches!(last, b'n' | b'g' | b'l');
            if !(known || may_start || may_end) {
                continue;
            }
            let mut buf = [0u8; LONGEST];
            for (d, s) in buf.iter_mut().zip(word) {
                *d = s.to_ascii_lowercase();
            }
            let lower = &buf[..n];
            if let Some(cue) = known.then(|| lookup(lower)).flatten() {
                out.push(hit(cue, 0, n));
            } else if n > 7 && lower.starts_with(b"uitstel") {
                out.push(hit(Cue::Uitstel, 0, 7));
            } else if let Some(end) = [&b"vragen"[..], b"spoedig", b"snel"]
                .iter()
                .find(|e| n > e.len() && lower.ends_with(e))
            {
                let cue = if *end == b"vragen" {
                    Cue::Vragen
                } else {
                    Cue::Spoedig
                };
                out.push(hit(cue, n - end.len(), n));
            }
        }
        out
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(4000))]
        /// Comparing in place finds what the copies found.
        #[test]
        fn in_place_reads_as_the_copies(parts in proptest::collection::vec(
            proptest::sample::select(vec![
                "vragen", "Kamer", "VRAGEN", "uitstel", "Uitstelbericht", "zo", "spoedig", "snel",
                "z.s.m.", "Z.S.M", "mei", "binnen", "vóór", "é", " ", ", ", ".", "x", "n", "en",
                "termijn", "eind", "2024", "uitstelx", "abcdefghijklmnopq",
            ]),
            0..16,
        )) {
            let t = parts.concat();
            let key = |h: &Vec<Hit>| h.iter().map(|h| (h.cue, h.start, h.end)).collect::<Vec<_>>();
            proptest::prop_assert_eq!(key(&find(&t)), key(&find_by_copy(&t)), "{:?}", t);
        }
    }

    #[test]
    fn whole_words_except_where_glued() {
        let t = "De Kamervragen zijn betrokkenen; uitstelbericht, zospoedig, 1 December, Zal, zaal, vóór, ZSM";
        let found: Vec<(Cue, &str)> = find(t)
            .iter()
            .map(|h| (h.cue, &t[h.start..h.end]))
            .collect();
        assert_eq!(
            found,
            [
                (Cue::Vragen, "vragen"),
                (Cue::Uitstel, "uitstel"),
                (Cue::Spoedig, "spoedig"),
                (Cue::Month(12), "December"),
                (Cue::Ahead, "Zal"),
                (Cue::Voor, "vóór"),
                (Cue::Zsm, "ZSM"),
            ]
        );
    }
}
