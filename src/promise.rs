//! When a notice promises the answer.
//!
//! A promise is a sentence after the notice's statement that looks ahead
//! ("Ik zal …", "De beantwoording zal plaatshebben …", "Ik streef ernaar
//! …", "U ontvangt …") and says when: as soon as possible ("zo spoedig
//! mogelijk"), within a period ("binnen drie weken"), by a date ("uiterlijk
//! 1 december", "omstreeks half februari 2010") or before an event ("voor
//! het kerstreces", "voor het commissiedebat van 12 december"). A sentence
//! that looks ahead to the answer without saying when in one of those ways
//! is a promise of kind `other`. A sentence without a word that looks ahead
//! is no promise: "Voor de beantwoording is uitstel verkregen tot half
//! december" tells of an earlier postponement.
//!
//! Dates without a year are resolved forward from the notice's date: a
//! promise points ahead.

use std::ops::Range;

use chrono::{Datelike, NaiveDate};
use once_cell::sync::Lazy;
use regex::{Captures, Regex};

use crate::cue::{Cue, Hit};
use crate::date;
use crate::model::{Field, Period, PeriodUnit, Promise, PromiseKind};
use crate::sentences::Flat;
use crate::text::Joiner;

/// A word about the answer, for a promise that does not say when.
static ANSWER_WORD: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)antwoord|vragen|toekomen|informeren|brief|reactie|reageren|sturen")
        .expect("answer word")
});
// The patterns below are anchored: each is tried only at its cue word
// (see `crate::cue`); the optional words before the cue ("zo", "uiterlijk",
// "half") are read by hand (see `Back`).
/// At "spoedig" or "snel": "(zo) spoedig mogelijk", "(zo) snel als
/// mogelijk".
static SOON: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)^(?:spoedig|snel)\s*(?:als\s*)?(?:mogelijk|het\s+kan|dat\s+kan)")
        .expect("soon")
});
/// At "kort": "(op zo) kort mogelijke termijn".
static SHORT: Lazy<Regex> =
    Lazy::new(|| Regex::new(r"(?i)^kort\s+mogelijke\s+termijn").expect("short"));
/// At "binnen", "komende" or "volgende": "binnen drie weken", "binnen de
/// komende twee weken", "(in de) komende weken", "binnen afzienbare tijd".
static WITHIN: Lazy<Regex> = Lazy::new(|| {
    Regex::new(concat!(
        r"(?i)^(?:binnen\s+(?:nu\s+en\s+)?(?:de\s+(?:komende|volgende)\s+)?|(?:komende|volgende)\s+)",
        r"(?:(een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|[0-9]{1,2}|enkele|een\s+aantal|een\s+paar|afzienbare)\s+)?",
        r"(werkdagen|werkdag|dagen|dag|weken|week|maanden|maand|tijd)(?-u:\b)",
    ))
    .expect("within")
});
/// At "voor", "vóór", …: "voor het kerstreces", "voorafgaand aan het
/// commissiedebat …".
static BEFORE_EVENT: Lazy<Regex> = Lazy::new(|| {
    Regex::new(concat!(
        r"(?i)^(?:vóór|voor|voorafgaande?\s+aan|voordat|aanloop\s+naar)\s+",
        r"(?:aanvang\s+van\s+)?((?:het|de)\s+(?:[^\s,.;]+\s+){0,3}?",
        r"(?:[a-z]*reces|[a-z]*debat|[a-z]*overleg|[a-z]*behandeling|verkiezingen|stemmingen|[a-z]*raad|top|zomer|kerst|jaarwisseling|prinsjesdag|verantwoordingsdag|[a-z]*nota|vergadering|bijeenkomst|herfst|winter|voorjaar|begroting))",
    ))
    .expect("before event")
});
static VAGUE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:op\s+korte\s+termijn|binnenkort|spoedig|(?:na|nadat)\s+(?:afronding|ontvangst|afloop|vaststelling|besluitvorming|publicatie)\s+van\s+[^,.;\n]{1,80})")
        .expect("vague")
});

/// Reads the words before a position, back to a floor (the sentence's
/// start), in lower case.
struct Back<'t> {
    t: &'t str,
    floor: usize,
    /// Where the words read so far start.
    at: usize,
}

impl<'t> Back<'t> {
    fn new(t: &'t str, at: usize, floor: usize) -> Back<'t> {
        Back { t, floor, at }
    }

    /// The word before `at` and where it starts, without moving.
    fn peek(&self) -> Option<(usize, String)> {
        let before = self.t[self.floor..self.at].trim_end();
        let end = self.floor + before.len();
        let start = before
            .char_indices()
            .rev()
            .take_while(|&(_, c)| c.is_alphanumeric() || c == '.')
            .last()
            .map(|(p, _)| self.floor + p)?;
        Some((start, self.t[start..end].to_lowercase()))
    }

    /// Take the word before when it is one of `words`.
    fn take(&mut self, words: &[&str]) -> Option<String> {
        let (start, w) = self.peek()?;
        words.contains(&w.as_str()).then(|| {
            self.at = start;
            w
        })
    }
}

/// A promise found in the flat text of a notice.
#[derive(Debug, Clone)]
pub(crate) struct Found {
    kind: PromiseKind,
    /// The sentence.
    pub sentence: Range<usize>,
    /// The words that say when.
    when: Option<Range<usize>>,
    period: Option<Period>,
    date: Option<NaiveDate>,
    approximate: bool,
    event: Option<Range<usize>>,
}

impl Found {
    /// A promise of `kind` with nothing else known yet.
    fn of(kind: PromiseKind) -> Found {
        Found {
            kind,
            sentence: 0..0,
            when: None,
            period: None,
            date: None,
            approximate: false,
            event: None,
        }
    }

    /// The promise with its text and spans cut from the input.
    pub fn into_promise<'a>(self, flat: &Flat, joiner: &Joiner<'a, '_>) -> Promise<'a> {
        Promise {
            kind: self.kind,
            text: flat.field(joiner, &self.sentence),
            span: flat.span(&self.sentence),
            when: self.when.map(|w| Field {
                text: flat.field(joiner, &w),
                span: flat.span(&w),
            }),
            period: self.period,
            date: self.date,
            approximate: self.approximate,
            event: self.event.map(|e| flat.field(joiner, &e)),
        }
    }
}

/// The promise in the sentences of `t` from the statement's sentence `k`
/// on; `statement` is the statement's match, whose words ("niet binnen de
/// termijn van drie weken") promise nothing. `outside` tells positions that
/// are not in the named questions. Each pattern is searched once over the
/// whole text (a notice is a few sentences; one search costs less than one
/// per sentence).
pub(crate) fn find(
    t: &str,
    sentences: &[Range<usize>],
    hits: &[Hit],
    k: usize,
    statement: &Range<usize>,
    anchor: Option<NaiveDate>,
    outside: impl Fn(usize) -> bool,
) -> Option<Found> {
    let sentence_of = |pos: usize| sentences.partition_point(|s| s.end <= pos);
    let from = sentences.get(k)?.start;
    let hits: Vec<&Hit> = hits.iter().filter(|h| h.start >= from).collect();
    let mut ahead = vec![false; sentences.len()];
    for h in hits.iter().filter(|h| h.cue == Cue::Ahead) {
        if let Some(a) = ahead.get_mut(sentence_of(h.start)) {
            *a = true;
        }
    }
    if !ahead.contains(&true) {
        return None;
    }
    // A match in a sentence that looks ahead, outside the named questions
    // and the statement's own words: its sentence index.
    let place = |r: &Range<usize>| {
        let i = sentence_of(r.start);
        (ahead.get(i).copied().unwrap_or(false)
            && outside(r.start)
            && (r.end <= statement.start || r.start >= statement.end))
            .then_some(i)
    };
    let mut found: Vec<(usize, Found)> = Vec::new();
    let mut push = |i: usize, when: Range<usize>, f: Found| {
        found.push((
            i,
            Found {
                when: Some(when),
                sentence: sentences[i].clone(),
                ..f
            },
        ));
    };
    for h in &hits {
        let rest = &t[h.start..];
        match h.cue {
            Cue::Month(month) => {
                let (year, end) = year_after(t, h.end).map_or((None, h.end), |(y, e)| (Some(y), e));
                let r = h.start..end;
                if let Some(i) = place(&r)
                    && let Some((start, f)) =
                        by_month(t, month, year, h.start, sentences[i].start, anchor)
                {
                    push(i, start..r.end, f);
                }
            }
            Cue::Jaar => {
                let mut back = Back::new(t, h.start, sentences[sentence_of(h.start)].start);
                let Some(which) = back.take(&["dit", "het", "deze", "volgend", "komend"]) else {
                    continue;
                };
                let Some(a) = anchor else {
                    continue;
                };
                let year = a.year() + i32::from(which == "volgend" || which == "komend");
                let r = back.at..h.end;
                if let Some(i) = place(&r)
                    && let Some((start, f)) = by_year(t, year, back.at, sentences[i].start)
                {
                    push(i, start..r.end, f);
                }
            }
            Cue::BeforeYear | Cue::Voor => {
                // "eind 2024", "voor 2025".
                let next = crate::text::after_spaces(t, h.end);
                if let Some((year, end)) = year_after(t, h.end)
                    && let Some(i) = place(&(next..end))
                    && let Some((start, f)) = by_year(t, year, next, sentences[i].start)
                {
                    push(i, start..end, f);
                }
                if h.cue == Cue::Voor
                    && let Some(c) = BEFORE_EVENT.captures(rest)
                {
                    let r = h.start..h.start + c.get(0).expect("group 0").end();
                    let Some(i) = place(&r) else {
                        continue;
                    };
                    let e = c.get(1).expect("event");
                    let event =
                        h.start + e.start()..event_end(t, h.start + e.end(), sentences[i].end);
                    let f = Found {
                        date: date_ahead(&t[event.clone()], anchor),
                        event: Some(event.clone()),
                        ..Found::of(PromiseKind::BeforeEvent)
                    };
                    push(i, r.start..event.end, f);
                }
            }
            Cue::Binnen | Cue::Komende => {
                let Some(c) = WITHIN.captures(rest) else {
                    continue;
                };
                let r = h.start..h.start + c.get(0).expect("group 0").end();
                let Some(i) = place(&r) else {
                    continue;
                };
                if negated(t, &sentences[i], &r) {
                    continue;
                }
                // "in de komende weken", "gedurende de komende weken".
                let mut back = Back::new(t, r.start, sentences[i].start);
                if h.cue == Cue::Komende && back.take(&["de"]).is_some() {
                    back.take(&["in", "gedurende", "binnen"]);
                }
                let f = Found {
                    period: period(&c),
                    ..Found::of(PromiseKind::Within)
                };
                push(i, back.at..r.end, f);
            }
            Cue::Spoedig | Cue::Kort | Cue::Zsm => {
                let len = match h.cue {
                    Cue::Spoedig => SOON.find(rest).map(|m| m.end()),
                    Cue::Kort => SHORT.find(rest).map(|m| m.end()),
                    _ => Some(h.end - h.start),
                };
                let Some(len) = len else {
                    continue;
                };
                let r = h.start..h.start + len;
                let Some(i) = place(&r) else {
                    continue;
                };
                // "zo spoedig", a glued "zospoedig"; "op zo kort".
                let mut start = r.start;
                if h.cue != Cue::Zsm {
                    let before = t[sentences[i].start..r.start].trim_end().as_bytes();
                    if !(before.len() >= 2
                        && before[before.len() - 2..].eq_ignore_ascii_case(b"zo"))
                    {
                        continue;
                    }
                    start = sentences[i].start + before.len() - 2;
                    let mut back = Back::new(t, start, sentences[i].start);
                    if h.cue == Cue::Kort && back.take(&["op"]).is_some() {
                        start = back.at;
                    }
                }
                push(i, start..r.end, Found::of(PromiseKind::AsSoonAsPossible));
            }
            _ => {}
        }
    }
    // A date in an event's name is the event's ("het debat van 12
    // december").
    let events: Vec<Range<usize>> = found.iter().filter_map(|(_, f)| f.event.clone()).collect();
    found.retain(|(_, f)| {
        f.kind != PromiseKind::ByDate
            || !f
                .when
                .as_ref()
                .is_some_and(|w| events.iter().any(|e| e.start <= w.start && w.end <= e.end))
    });
    // The first sentence that promises; in it, the most definite promise:
    // a date, an event, a period, then "as soon as possible".
    let rank = |k: PromiseKind| match k {
        PromiseKind::ByDate => 0,
        PromiseKind::BeforeEvent => 1,
        PromiseKind::Within => 2,
        PromiseKind::AsSoonAsPossible => 3,
        PromiseKind::Other => 4,
    };
    if let Some((_, best)) = found
        .into_iter()
        .min_by_key(|(i, f)| (*i, rank(f.kind), f.when.as_ref().map_or(0, |w| w.start)))
    {
        return Some(best);
    }
    // A sentence that looks ahead to the answer without saying when: not
    // the statement's own ("zullen niet binnen … kunnen worden
    // beantwoord").
    let i = (k + 1..sentences.len())
        .find(|&i| ahead[i] && ANSWER_WORD.is_match(&t[sentences[i].clone()]))?;
    let s = &sentences[i];
    Some(Found {
        sentence: s.clone(),
        when: VAGUE
            .find(&t[s.clone()])
            .map(|m| s.start + m.start()..s.start + m.end()),
        ..Found::of(PromiseKind::Other)
    })
}

/// Whether "niet" comes shortly before `r` in its sentence `s`: "niet
/// binnen drie weken" is the postponement, not a promise.
fn negated(t: &str, s: &Range<usize>, r: &Range<usize>) -> bool {
    let from = crate::text::floor_char_boundary(t, r.start.saturating_sub(25)).max(s.start);
    t[from..r.start]
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| w.eq_ignore_ascii_case("niet"))
}

/// The period of a [`WITHIN`] match.
fn period(c: &Captures<'_>) -> Option<Period> {
    let word = c.get(2)?.as_str().to_lowercase();
    let unit = match word.as_str() {
        "dag" | "dagen" => PeriodUnit::Day,
        "werkdag" | "werkdagen" => PeriodUnit::WorkingDay,
        "week" | "weken" => PeriodUnit::Week,
        "maand" | "maanden" => PeriodUnit::Month,
        _ => return None,
    };
    const NUMBERS: [&str; 12] = [
        "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf",
        "twaalf",
    ];
    // "enkele", "een aantal", "een paar" weeks: no number.
    let count = c.get(1).and_then(|n| {
        let n = n.as_str().to_lowercase();
        if n == "één" {
            return Some(1);
        }
        NUMBERS
            .iter()
            .position(|w| *w == n)
            .map(|p| p as u32 + 1)
            .or_else(|| n.parse().ok())
    });
    // A unit in the singular without a number is one of it ("binnen de
    // komende week").
    let singular = matches!(word.as_str(), "dag" | "werkdag" | "week" | "maand");
    Some(Period {
        count: count.or(singular.then_some(1)),
        unit,
    })
}

/// A promise by a day or month, read back from the `month` (with its
/// `year` when printed) that starts at `at`:
/// "uiterlijk 1 december", "omstreeks half februari 2010", "eind maart",
/// "in december". Returns where the words start. A day without a word
/// before it that makes it a target is a date the sentence mentions ("de
/// brief van 1 december"), not a promise; so is a bare month.
fn by_month(
    t: &str,
    month: u32,
    year: Option<i32>,
    at: usize,
    floor: usize,
    anchor: Option<NaiveDate>,
) -> Option<(usize, Found)> {
    let mut back = Back::new(t, at, floor);
    let day: Option<u32> = back.peek().and_then(|(start, w)| {
        let digits = w.trim_end_matches(|c: char| c.is_alphabetic());
        let suffix = &w[digits.len()..];
        let ok = (1..=2).contains(&digits.len())
            && digits.bytes().all(|b| b.is_ascii_digit())
            && ["", "e", "ste", "de"].contains(&suffix);
        ok.then(|| {
            back.at = start;
            digits.parse().ok()
        })?
    });
    // "eind van december", "in de loop van december", not "het debat van
    // 12 december"; "in de week van 9 december".
    let mut part_back = Back::new(t, back.at, floor);
    let mut week = false;
    if part_back.take(&["van"]).is_some() {
        match part_back.peek() {
            Some((_, w)) if day.is_none() && PARTS.contains(&w.as_str()) => back.at = part_back.at,
            Some((s, w)) if day.is_some() && w == "week" => {
                back.at = s;
                back.take(&["de"]);
                week = true;
            }
            _ => {}
        }
    }
    let part = back.take(PARTS);
    if part.is_some() {
        back.take(&["het", "de"]);
    }
    let prep = back.take(&[
        "uiterlijk",
        "vóór",
        "voor",
        "op",
        "per",
        "rond",
        "omstreeks",
        "circa",
        "tegen",
        "in",
    ]);
    if (prep.is_none() && part.is_none() && day.is_none())
        || (prep.as_deref() == Some("in") && day.is_some() && !week)
    {
        return None;
    }
    if prep.is_none() && part.is_none() && !week {
        let before = back.peek().map(|(_, w)| w).unwrap_or_default();
        if ["van", "d.d.", "sinds", "dd", "op"].contains(&before.as_str()) {
            return None;
        }
    }
    let year = year.or_else(|| {
        let a = anchor?;
        let d = day.unwrap_or(1);
        let this = NaiveDate::from_ymd_opt(a.year(), month, d.min(28))?;
        Some(if this < a.with_day(1)? || (day.is_some() && this < a) {
            a.year() + 1
        } else {
            a.year()
        })
    })?;
    let approximate_prep = week
        || prep
            .as_deref()
            .is_some_and(|p| matches!(p, "rond" | "omstreeks" | "circa" | "tegen"));
    let (date, approximate) = match (day, part.as_deref()) {
        (Some(d), _) => (NaiveDate::from_ymd_opt(year, month, d)?, approximate_prep),
        (None, Some("begin")) => (NaiveDate::from_ymd_opt(year, month, 1)?, true),
        (None, Some("half" | "medio" | "midden")) => {
            (NaiveDate::from_ymd_opt(year, month, 15)?, true)
        }
        (None, Some(_)) => (last_day(year, month)?, true),
        // "voor december": before the month starts.
        (None, None) if matches!(prep.as_deref(), Some("voor" | "vóór")) => {
            (NaiveDate::from_ymd_opt(year, month, 1)?, approximate_prep)
        }
        (None, None) => (last_day(year, month)?, true),
    };
    Some((
        back.at,
        Found {
            date: Some(date),
            approximate,
            ..Found::of(PromiseKind::ByDate)
        },
    ))
}

/// Words for a part of a month or year: "begin", "half", "eind", "(in
/// de) loop (van)".
const PARTS: &[&str] = &["begin", "half", "medio", "midden", "eind", "einde", "loop"];

/// A promise by a `year` whose words start at `at`, read back from there:
/// "voor het einde van het jaar", "eind 2024", "begin volgend jaar". Needs
/// a preposition or a part of the year.
fn by_year(t: &str, year: i32, at: usize, floor: usize) -> Option<(usize, Found)> {
    let mut back = Back::new(t, at, floor);
    back.take(&["van"]);
    let part = back.take(PARTS);
    if part.is_some() {
        back.take(&["het", "de"]);
    }
    // "(nog) dit jaar".
    let prep = back.take(&[
        "uiterlijk",
        "vóór",
        "voor",
        "in",
        "rond",
        "omstreeks",
        "tegen",
        "nog",
    ]);
    if prep.is_none() && part.is_none() {
        return None;
    }
    let (date, approximate) = match part.as_deref() {
        Some("begin") => (NaiveDate::from_ymd_opt(year, 1, 1)?, true),
        Some("half" | "medio" | "midden") => (NaiveDate::from_ymd_opt(year, 7, 1)?, true),
        Some(_) => (NaiveDate::from_ymd_opt(year, 12, 31)?, true),
        None if matches!(prep.as_deref(), Some("voor" | "vóór")) => {
            (NaiveDate::from_ymd_opt(year, 1, 1)?, false)
        }
        None => (NaiveDate::from_ymd_opt(year, 12, 31)?, true),
    };
    Some((
        back.at,
        Found {
            date: Some(date),
            approximate,
            ..Found::of(PromiseKind::ByDate)
        },
    ))
}

/// A year printed after `pos` (after spaces): "2024", as a whole word;
/// with where it ends.
fn year_after(t: &str, pos: usize) -> Option<(i32, usize)> {
    let start = crate::text::after_spaces(t, pos);
    let b = t.as_bytes();
    let digits = b.get(start..start + 4)?;
    let ok = digits.iter().all(u8::is_ascii_digit)
        && (digits.starts_with(b"19") || digits.starts_with(b"20"))
        && !crate::text::word_byte_at(b, start + 4);
    ok.then(|| (t[start..start + 4].parse().ok(), start + 4))
        .and_then(|(y, e)| Some((y?, e)))
}

fn last_day(year: i32, month: u32) -> Option<NaiveDate> {
    let next = if month == 12 {
        NaiveDate::from_ymd_opt(year + 1, 1, 1)
    } else {
        NaiveDate::from_ymd_opt(year, month + 1, 1)
    };
    next?.pred_opt()
}

/// The first day-month date in `s`, resolved forward from `anchor` when
/// its year is not printed.
fn date_ahead(s: &str, anchor: Option<NaiveDate>) -> Option<NaiveDate> {
    let b = s.as_bytes();
    (0..s.len())
        .filter(|&i| b[i].is_ascii_digit() && (i == 0 || !b[i - 1].is_ascii_digit()))
        .find_map(|i| {
            let printed = date::day_month_at(&s[i..], None)?;
            if printed.date.is_some() {
                return printed.date;
            }
            let a = anchor?;
            let past = date::day_month_at(&s[i..], Some(a))?.date?;
            if past >= a {
                Some(past)
            } else {
                past.with_year(past.year() + 1)
            }
        })
}

/// Words that end an event's name: the verb or object of the promise
/// ("voor het kerstreces | te doen toekomen").
const EVENT_STOPS: &[&str] = &[
    "te",
    "aan",
    "doen",
    "naar",
    "zal",
    "zullen",
    "kan",
    "kunnen",
    "u",
    "uw",
    "hebben",
    "heb",
    "ben",
    "is",
    "wordt",
    "worden",
    "sturen",
    "informeren",
    "ontvangen",
    "beantwoorden",
    "verschijnen",
    "plaatsvinden",
    "plaatshebben",
    "beschikbaar",
    "ik",
    "wij",
    "we",
];

/// Prepositions after which an article goes on with the event's name
/// ("het debat over de begroting").
const EVENT_LINKS: &[&str] = &[
    "van",
    "over",
    "op",
    "inzake",
    "met",
    "in",
    "betreffende",
    "aan",
    "ter",
    "tot",
    "voor",
    "na",
    "rond",
    "om",
    "en",
];

/// Where an event's name whose head word ends at `from` ends: it runs on
/// with "van 12 december", "over …" up to punctuation or a stop word, or an
/// article that does not follow a preposition ("voor het kerstreces | de
/// antwoorden").
fn event_end(t: &str, from: usize, end: usize) -> usize {
    let rest = &t[from..end];
    let mut last = 0;
    let mut pos = 0;
    let mut prev = String::new();
    for w in rest.split(' ') {
        let here = pos;
        pos += w.len() + 1;
        if w.is_empty() {
            continue;
        }
        if w.starts_with(['(', ',', ';', '.', ':']) {
            break;
        }
        let word = w.trim_end_matches(|c: char| !c.is_alphanumeric());
        let lower = word.to_lowercase();
        let article = ["de", "het", "een"].contains(&lower.as_str());
        if EVENT_STOPS.contains(&lower.as_str())
            || lower.starts_with("toe")
            || (article && !EVENT_LINKS.contains(&prev.as_str()))
        {
            break;
        }
        last = here + word.len();
        if w.len() != word.len() && !w.ends_with('-') {
            // The word ends in punctuation: so does the name.
            break;
        }
        prev = lower;
    }
    from + rest[..last.min(rest.len())].trim_end().len()
}
