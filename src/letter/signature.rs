//! The signature: each signatory's role ("De minister van Defensie,"), name
//! and titles, and the ministers on whose behalf the letter is also sent
//! ("Mede namens de minister van …").

use super::lead;
use super::letterhead::ROLE as ROLE_OPENING;
use super::sheet::{Part, Sheet};
use crate::model::{Letter, Signatory};
use crate::span::Span;
use crate::text::collapse_ws;

/// The role words that open a role, after "de" and "demissionair(e)":
/// the longest first.
const ROLE_HEADS: [&str; 3] = ["minister-president", "minister", "staatssecretaris"];

/// The length of the role that opens `t` ("De minister", "de demissionair
/// staatssecretaris", "MINISTER-PRESIDENT"), in any case, when a space, a
/// comma or the end follows it.
fn role_len(t: &str) -> Option<usize> {
    let mut w = crate::text::Words(t);
    let mut de = w;
    if de.lit_ci("de") && de.space() {
        w = de;
    }
    let mut dem = w;
    if dem.lit_ci("demissionair") {
        dem.lit_ci("e");
        if dem.space() {
            w = dem;
        }
    }
    ROLE_HEADS.iter().find_map(|h| {
        let mut r = w;
        (r.lit_ci(h)
            && (r.0.is_empty() || r.0.starts_with(|c: char| c.is_whitespace() || c == ',')))
        .then(|| t.len() - r.0.len())
    })
}

/// The academic titles and honorifics printed before a name.
const TITLES: [&str; 10] = [
    "mr", "drs", "dr", "ir", "prof", "mw", "dhr", "ing", "ds", "bc",
];

/// The words that join a surname to its tussenvoegsel ("van", "de") or
/// stand between initials and surname.
const NAME_PARTICLES: [&str; 14] = [
    "van", "de", "der", "den", "het", "ten", "ter", "te", "in", "'t", "’t", "von", "du", "la",
];

/// The words a role may hold besides its portfolio's capitalised words.
const ROLE_WORDS: [&str; 15] = [
    "de",
    "het",
    "van",
    "voor",
    "en",
    "der",
    "minister",
    "minister-president",
    "staatssecretaris",
    "demissionair",
    "demissionaire",
    "mede",
    "namens",
    "–",
    "-",
];

/// A signature block found at an item: where it starts (a "Mede namens"
/// line above the role, or the role) and the item after it.
struct Block {
    start: usize,
    end: usize,
}

/// Read the signature blocks that follow one another from the first one at
/// or after item `from` (and before `to`): role lines ("DE MINISTER VAN
/// DEFENSIE", "De minister van Justitie en Veiligheid,") each followed by
/// a name line, or role and name on one line ("De Minister voor Medische
/// Zorg, B.J. Bruins"); side by side (tab-separated Word table cells, or
/// columns of spaces) they give several signatories. Returns the item
/// where the first block starts.
pub(super) fn read<'a>(
    sheet: &Sheet<'a, '_>,
    from: usize,
    to: usize,
    letter: &mut Letter<'a>,
) -> Option<usize> {
    let mut k = from;
    let mut first = None;
    while k < to {
        let found = block_at(sheet, k, to, letter);
        match found {
            Some(b) => {
                first.get_or_insert(b.start);
                k = b.end;
            }
            // Blocks follow one another: the first that does not ends them.
            None if first.is_some() => break,
            None => k += 1,
        }
    }
    first
}

/// Whether `t` reads as a role line: a role word first, then only the
/// words of a portfolio (and of a name printed after it).
pub(super) fn is_role_line(t: &str) -> bool {
    super::letterhead::opening(t) & super::letterhead::ROLE != 0 && is_role_text(t)
}

/// [`is_role_line`] of a line known to open like a role.
fn is_role_text(t: &str) -> bool {
    if t.len() > 240 || role_len(t).is_none() {
        return false;
    }
    t.split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .all(|w| {
            let is = |list: &[&str]| list.iter().any(|p| p.eq_ignore_ascii_case(w));
            w.starts_with(|c: char| c.is_uppercase())
                || is(&ROLE_WORDS)
                || is(&NAME_PARTICLES)
                || w == "deze"
        })
        && !t.trim_end().ends_with(['.', ':', ';', '?'])
}

/// Whether `t` is a person's name as signed: initials or a first name, and
/// a surname with its particles ("E. van Middelkoop", "J. W. E. Spies",
/// "drs. V.L.W.A. Heijnen", "Ruben Brekelmans"). `initials` requires
/// initials, for a name that stands without a role.
pub(super) fn is_name(t: &str, initials: bool) -> bool {
    let (_, bare) = split_titles(t.trim());
    if bare.is_empty() || bare.len() > 80 || bare.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    let words: Vec<&str> = bare.split_whitespace().collect();
    if words.len() > 8 || bare.ends_with([',', ':', ';']) {
        return false;
    }
    let initial = |w: &str| {
        let mut cs = w.chars();
        cs.next().is_some_and(char::is_uppercase) && cs.next() == Some('.')
    };
    let has_initials = words.first().is_some_and(|w| initial(w));
    if !has_initials && (initials || words.len() < 2 || words.len() > 5) {
        return false;
    }
    // A first name and surname, not the name of an institution.
    const INSTITUTION: [&str; 7] = [
        "Kamer",
        "Staten-Generaal",
        "Ministerie",
        "Directie",
        "Haag",
        "Voorzitter",
        "Directoraat-Generaal",
    ];
    if !has_initials && words.iter().any(|w| INSTITUTION.contains(w)) {
        return false;
    }
    let last = words.last().copied().unwrap_or_default();
    let particle = |w: &str| NAME_PARTICLES.iter().any(|p| p.eq_ignore_ascii_case(w));
    words
        .iter()
        .all(|w| initial(w) || w.starts_with(|c: char| c.is_uppercase()) || particle(w))
        && !particle(last)
        && !last.ends_with('.')
        || (words.len() == 1 && has_initials && !last.ends_with('.'))
}

/// The columns of a line: Word table cells (tabs) or columns set apart by
/// runs of spaces.
fn columns(t: &str) -> Vec<&str> {
    let mut out = Vec::new();
    each_column(t, |c| out.push(c));
    out
}

/// Hand each of [`columns`] of `t`, trimmed, to `f`, in order.
fn each_column<'t>(t: &'t str, mut f: impl FnMut(&'t str)) {
    let mut put = |c: &'t str| {
        let c = c.trim();
        if !c.is_empty() {
            f(c);
        }
    };
    for cell in t.split('\t') {
        let mut rest = cell;
        while let Some(p) = rest.find("  ") {
            put(&rest[..p]);
            rest = rest[p..].trim_start();
        }
        put(rest);
    }
}

/// "De minister van Onderwijs, Cultuur en Wetenschap, J. M.van
/// Bijsterveldt-Vliegenthart" → the role and the name after its last comma,
/// when that is a name.
fn inline_name(col: &str) -> (&str, Option<&str>) {
    if let Some(p) = col.rfind(',') {
        let name = col[p + 1..].trim();
        if !name.is_empty() && is_name(name, false) && !is_role_line(name) {
            return (col[..p].trim(), Some(name));
        }
    }
    (col, None)
}

/// Several signatures printed one after another on one line, as a web page
/// glues its paragraphs: split before each "De minister …" that follows a
/// name. The parts go to `parts`.
fn glued<'t>(col: &'t str, parts: &mut Vec<&'t str>) {
    if !col.contains(" De") && !col.contains(" DE") {
        parts.push(col);
        return;
    }
    let mut rest = col;
    loop {
        let next = [
            " De minister",
            " De Minister",
            " DE MINISTER",
            " De staatssecretaris",
            " De Staatssecretaris",
            " DE STAATSSECRETARIS",
        ]
        .iter()
        .filter_map(|p| rest.match_indices(p).map(|(i, _)| i).find(|&i| i > 0))
        .min();
        match next {
            Some(p) if inline_name(&rest[..p]).1.is_some() => {
                parts.push(rest[..p].trim());
                rest = &rest[p..];
            }
            _ => break,
        }
    }
    parts.push(rest.trim());
}

/// The signature block at item `k`, if one starts there; its signatories
/// are added to `letter`.
fn block_at<'a>(
    sheet: &Sheet<'a, '_>,
    k: usize,
    to: usize,
    letter: &mut Letter<'a>,
) -> Option<Block> {
    // "Mede namens de minister van …," on the line above the role.
    let t = sheet.text(k);
    let (behalf, role_at) = if sheet.opening(k) & ROLE_OPENING != 0
        && let Some(n) = mede_namens_line(t)
        && k + 1 < to
    {
        (behalf_list(&t[n..]), k + 1)
    } else {
        (Vec::new(), k)
    };
    if !sheet.is_free(k)
        || !sheet.is_free(role_at)
        || sheet.opening(role_at) & ROLE_OPENING == 0
        || !is_role_text(sheet.text(role_at))
    {
        return None;
    }
    let role_line = sheet.text(role_at);
    let free_at = |j: usize| j < to && sheet.is_free(j);
    // Signed by an official under mandate: "De Minister van …," / "namens
    // deze," / "de directeur-generaal …," / the name. The official signs on
    // behalf of the minister.
    if free_at(role_at + 3)
        && lead(sheet.text(role_at + 1), "namens deze").is_some()
        && free_at(role_at + 2)
        && {
            let official = sheet.text(role_at + 2);
            official.len() <= 160 && official.ends_with(',') && !is_name(official, false)
        }
        && is_name(sheet.text(role_at + 3), false)
    {
        let name_at = role_at + 3;
        let (minister, mut on_behalf_of) = normalise_role(role_line);
        on_behalf_of.insert(0, minister);
        on_behalf_of.extend(behalf.iter().cloned());
        let (titles, bare) = split_titles(sheet.text(name_at));
        letter.signatories.push(Signatory {
            role: Some(normalise_role(sheet.text(role_at + 2)).0),
            name: sheet.collapsed(name_at, bare),
            titles,
            on_behalf_of,
            span: sheet.span(k).cover(sheet.span(name_at)),
        });
        for j in k..=name_at {
            sheet.claim(j, Part::Signature);
        }
        return Some(Block {
            start: k,
            end: name_at + 1,
        });
    }
    // The role may wrap over two lines ("DE MINISTER VAN LANDBOUW, NATUUR EN"
    // / "VOEDSELKWALITEIT,").
    let wrapped = !role_line.ends_with(',') && free_at(role_at + 1) && free_at(role_at + 2) && {
        let next = sheet.text(role_at + 1);
        next.ends_with(',') && !is_name(next, false) && is_portfolio(next)
    };
    // "mede namens …," may also stand between the role and the name.
    let after = free_at(role_at + 1)
        .then(|| mede_namens_line(sheet.text(role_at + 1)))
        .flatten()
        .filter(|_| !wrapped);
    let mut behalf = behalf;
    if let Some(n) = after {
        behalf.extend(behalf_list(&sheet.text(role_at + 1)[n..]));
    }
    let skip = usize::from(after.is_some());
    let mut signed: Vec<Signatory<'a>> = Vec::new();
    let mut sign = |role: &str, item: usize, name: &str, last: Span| {
        let (role, mut on_behalf_of) = normalise_role(role);
        on_behalf_of.extend(behalf.iter().cloned());
        let (titles, bare) = split_titles(name);
        signed.push(Signatory {
            role: Some(role),
            name: sheet.collapsed(item, bare),
            titles,
            on_behalf_of,
            span: sheet.span(k).cover(last),
        });
    };
    let end = if wrapped {
        // The name is on the line after the role's two.
        let name_at = role_at + 2;
        let role = format!("{} {}", role_line, sheet.text(role_at + 1));
        let names = columns(sheet.text(name_at));
        if names.is_empty() || !names.iter().all(|n| is_name(n, false)) {
            return None;
        }
        let roles = columns(&role);
        for (n, name) in names.into_iter().enumerate() {
            let r = roles.get(n).or(roles.first()).copied().unwrap_or_default();
            sign(r, name_at, name, sheet.span(name_at));
        }
        name_at + 1
    } else {
        // One vector for the roles of all columns: most role lines hold one.
        let mut roles: Vec<&str> = Vec::with_capacity(2);
        each_column(role_line, |c| glued(c, &mut roles));
        // Most role lines end in a comma with no name after it: the first
        // role tells, and only lines that name every signatory are read
        // again for the names.
        if roles.iter().all(|c| inline_name(c).1.is_some()) {
            // Role and name on one line.
            for c in &roles {
                let (role, name) = inline_name(c);
                sign(
                    role,
                    role_at,
                    name.expect("inline name"),
                    sheet.span(role_at),
                );
            }
            role_at + 1
        } else {
            let name_at = role_at + 1 + skip;
            if !free_at(name_at) {
                return None;
            }
            let names = columns(sheet.text(name_at));
            if names.is_empty() || !names.iter().all(|n| is_name(n, false)) {
                return None;
            }
            for (n, name) in names.into_iter().enumerate() {
                let r = roles.get(n).or(roles.first()).copied().unwrap_or_default();
                sign(r, name_at, name, sheet.span(name_at));
            }
            name_at + 1
        }
    };
    letter.signatories.extend(signed);
    for j in k..end {
        sheet.claim(j, Part::Signature);
    }
    Some(Block { start: k, end })
}

/// Whether `t` holds only the words of a portfolio ("Natuur en
/// Voedselkwaliteit,").
fn is_portfolio(t: &str) -> bool {
    t.split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .all(|w| {
            w.starts_with(|c: char| c.is_uppercase())
                || ROLE_WORDS.iter().any(|p| p.eq_ignore_ascii_case(w))
        })
}

/// The length of "Mede namens " in a line that only says on whose behalf
/// the signatory signs ("Mede namens de minister van Binnenlandse Zaken en
/// Koninkrijksrelaties,"),
/// not a sentence that starts so.
fn mede_namens_line(t: &str) -> Option<usize> {
    if !t.starts_with(['m', 'M']) {
        return None;
    }
    lead(t, "mede namens ").filter(|&n| is_portfolio(&t[n..]))
}

/// "de minister van Buitenlandse Zaken, de minister van Justitie en de
/// minister voor Ontwikkelingssamenwerking bied ik u …" → the roles, in
/// printed order, normalised as signatory roles. A role's portfolio runs
/// over capitalised words joined by "en", "van", "voor" or commas; the
/// list ends at the first word that is no part of a role.
pub(super) fn behalf_list(t: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = t.trim_start();
    while let Some(m) = role_len(rest) {
        // Where the last capitalised word of the portfolio ends.
        let mut end = m;
        let mut pos = m;
        let sep = |c: char| c.is_whitespace() || c == ',';
        for w in rest[m..].split_inclusive(sep) {
            let word = w.trim_matches(sep);
            pos += w.len();
            if word.is_empty() {
                continue;
            }
            if word.starts_with(|c: char| c.is_uppercase()) || matches!(word, "–" | "—") {
                end = pos - (w.len() - w.trim_end_matches(sep).len());
            } else if !matches!(word, "van" | "voor" | "en" | "-") {
                break;
            }
        }
        out.push(normalise_role(&rest[..end]).0);
        rest = rest[end..].trim_start_matches(|c: char| c.is_whitespace() || c == ',');
        // The next role follows after "en", a comma, or directly.
        if let Some(n) = lead(rest, "en ") {
            rest = rest[n..].trim_start();
        }
        if role_len(rest).is_none() {
            break;
        }
    }
    out
}
/// A name that signs without a role: the first line after the closing, or
/// (printed with initials) the last free line before the annex with the
/// answers or the end, as a text keeps it when the signature table with
/// the role is gone.
pub(super) fn read_lone_name<'a>(
    sheet: &Sheet<'a, '_>,
    closing: Option<usize>,
    letter: &mut Letter<'a>,
) {
    let n = sheet.len();
    let k = match closing {
        Some(c) => (c + 1..n)
            .find(|&k| sheet.is_free(k))
            .filter(|&k| is_name(sheet.text(k), false)),
        None => {
            let annex_in = |part: Part| {
                (0..n).find(|&k| {
                    sheet.part(k) == part
                        && sheet.opening(k) & super::letterhead::ANNEX != 0
                        && super::body::is_annex_title(sheet.text(k))
                })
            };
            // A title the letterhead holds (the project name "Beantwoording
            // Kamervragen …") is the annex's only where no free line is.
            let annex = annex_in(Part::Free)
                .or_else(|| annex_in(Part::Letterhead))
                .unwrap_or(n);
            (0..annex)
                .rev()
                .find(|&k| !matches!(sheet.part(k), Part::Furniture | Part::Boilerplate))
                .filter(|&k| sheet.is_free(k) && is_name(sheet.text(k), true))
        }
    };
    let Some(k) = k else { return };
    let (titles, bare) = split_titles(sheet.text(k));
    letter.signatories.push(Signatory {
        role: None,
        name: sheet.collapsed(k, bare),
        titles,
        on_behalf_of: Vec::new(),
        span: sheet.span(k),
    });
    sheet.claim(k, Part::Signature);
}

/// What the signature leaves unsaid and the letter says elsewhere: the role
/// of a lone signatory from the publisher's heading ("BRIEF VAN DE
/// MINISTER VAN DEFENSIE", when it names one writer) or from the title of
/// the annex with the answers ("Antwoorden van de minister van … mede
/// namens de minister van … op Kamervragen …"), and the ministers on whose
/// behalf the letter is sent, from the annex title or the body ("Hierbij
/// ontvangt u, mede namens de minister van …, …").
pub(super) fn complete(letter: &mut Letter<'_>, annex: Option<&str>) {
    if let [only] = letter.signatories.as_mut_slice()
        && only.role.is_none()
    {
        if let Some(h) = &letter.heading
            && let Some(p) = h.find("BRIEF VAN DE ").or_else(|| h.find("Brief van de "))
        {
            let writer = &h[p + "BRIEF VAN DE ".len()..];
            let lower = writer.to_lowercase();
            if !lower.starts_with("ministers")
                && !lower.contains(" en de ")
                && !lower.contains(" en staatssecretaris")
            {
                only.role = Some(normalise_role(writer).0);
            }
        } else if let Some(a) = annex
            && let Some(n) = lead(a, "antwoorden van ").or_else(|| lead(a, "antwoord van "))
            && let [role] = behalf_list(&a[n..]).as_slice()
        {
            only.role = Some(role.clone());
            if let Some(at) = find_mede_namens(a) {
                only.on_behalf_of = behalf_list(&a[at..]);
            }
        }
    }
    if letter
        .signatories
        .iter()
        .any(|s| !s.on_behalf_of.is_empty())
    {
        return;
    }
    let Some(first) = letter.signatories.first_mut() else {
        return;
    };
    for p in &letter.body {
        if let Some(at) = find_mede_namens(&p.text) {
            first.on_behalf_of = behalf_list(&p.text[at..]);
            return;
        }
    }
}

/// Where the words after "mede namens" start in `t`, with any whitespace
/// between the two words, found by the "namens" that every such phrase
/// has.
fn find_mede_namens(t: &str) -> Option<usize> {
    static NAMENS: once_cell::sync::Lazy<memchr::memmem::Finder<'static>> =
        once_cell::sync::Lazy::new(|| memchr::memmem::Finder::new(b"namens"));
    NAMENS.find_iter(t.as_bytes()).find_map(|at| {
        let before = t[..at].trim_end_matches(char::is_whitespace);
        let mede = before.len().checked_sub(4)?;
        let word_start = mede == 0 || !before.as_bytes()[mede - 1].is_ascii_alphanumeric();
        (before.len() < at
            && word_start
            && before.as_bytes()[mede..].eq_ignore_ascii_case(b"mede")
            && t[at + 6..].starts_with(char::is_whitespace))
        .then(|| at + 6 + crate::text::after_spaces(&t[at + 6..], 0))
    })
}

/// "drs. V.L.W.A. Heijnen" → (["drs."], "V.L.W.A. Heijnen").
fn split_titles(name: &str) -> (Vec<String>, &str) {
    let mut titles = Vec::new();
    let mut rest = name;
    while let Some(t) = TITLES.iter().find_map(|t| {
        let mut w = crate::text::Words(rest);
        (w.lit_ci(t) && w.lit(".")).then(|| &rest[..rest.len() - w.0.len()])
    }) {
        titles.push(t.to_string());
        rest = rest[t.len()..].trim_start();
    }
    (titles, rest.trim())
}

/// "DE MINISTER VAN DEFENSIE," → "minister van Defensie"; a "mede namens"
/// part goes to the second value.
pub(crate) fn normalise_role(role: &str) -> (String, Vec<String>) {
    let role = collapse_ws(role.trim().trim_end_matches(','));
    let (main, behalf) = match find_mede_namens(&role) {
        Some(p) => {
            let before = role[..p].trim_end();
            let before = before[..before.len() - "mede namens".len()].trim_end();
            (
                before.trim_end_matches(',').trim_end(),
                behalf_list(&role[p..]),
            )
        }
        None => (&role[..], Vec::new()),
    };
    let shouting = main
        .chars()
        .filter(|c| c.is_alphabetic())
        .all(char::is_uppercase);
    // The words that stay in lower case; the article before the role goes.
    const LOWER: [&str; 12] = [
        "minister",
        "staatssecretaris",
        "minister-president",
        "van",
        "voor",
        "en",
        "de",
        "het",
        "demissionair",
        "demissionaire",
        "–",
        "-",
    ];
    let mut out = String::with_capacity(main.len());
    for (n, w) in split_spaces(main).enumerate() {
        let bare = w.trim_end_matches(',');
        let is = |p: &str| p.eq_ignore_ascii_case(bare);
        if n == 0 && (is("de") || is("het")) {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        if LOWER.iter().any(|p| is(p)) {
            push_lower(&mut out, w);
        } else if shouting {
            // "DEFENSIE" → "Defensie".
            let mut cs = w.chars();
            out.extend(cs.next());
            push_lower(&mut out, cs.as_str());
        } else {
            out.push_str(w);
        }
    }
    (out, behalf)
}

/// `t.split(' ')`, by a byte loop: the words of a role are short, shorter
/// than a SIMD search needs to pay.
fn split_spaces(t: &str) -> impl Iterator<Item = &str> {
    let mut rest = Some(t);
    std::iter::from_fn(move || {
        let r = rest?;
        match r.bytes().position(|b| b == b' ') {
            Some(p) => {
                rest = Some(&r[p + 1..]);
                Some(&r[..p])
            }
            None => {
                rest = None;
                Some(r)
            }
        }
    })
}

/// Push `w` in lower case onto `out`: byte by byte where it is ASCII (the
/// usual case), without a string of its own.
fn push_lower(out: &mut String, w: &str) {
    if w.is_ascii() {
        let at = out.len();
        out.push_str(w);
        out[at..].make_ascii_lowercase();
    } else {
        out.push_str(&w.to_lowercase());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_are_normalised() {
        assert_eq!(
            normalise_role("DE MINISTER VAN DEFENSIE").0,
            "minister van Defensie"
        );
        assert_eq!(
            normalise_role("De minister van Justitie en Veiligheid,").0,
            "minister van Justitie en Veiligheid"
        );
        let (r, b) = normalise_role(
            "de minister van Justitie en Veiligheid, mede namens de minister van Binnenlandse Zaken",
        );
        assert_eq!(r, "minister van Justitie en Veiligheid");
        assert_eq!(b, ["minister van Binnenlandse Zaken"]);
    }

    /// Read the signatories of a small letter.
    fn signed(text: &str) -> Vec<(Option<String>, String)> {
        crate::parse(text)
            .letter
            .expect("letter")
            .signatories
            .into_iter()
            .map(|s| (s.role, s.name.into_owned()))
            .collect()
    }

    fn sig(role: &str, name: &str) -> (Option<String>, String) {
        (Some(role.to_string()), name.to_string())
    }

    #[test]
    fn two_signatories_glued_on_one_line() {
        let text = "Den Haag, 3 juni 2019\n\nHierbij zenden wij u de brief.\n\nDe Minister van Justitie en Veiligheid, F.B.J. Grapperhaus De Staatssecretaris van Justitie en Veiligheid, M.L.J. Dekker\n";
        assert_eq!(
            signed(text),
            [
                sig("minister van Justitie en Veiligheid", "F.B.J. Grapperhaus"),
                sig(
                    "staatssecretaris van Justitie en Veiligheid",
                    "M.L.J. Dekker"
                )
            ]
        );
    }

    #[test]
    fn two_signatories_one_after_the_other() {
        let text = "Den Haag, 3 juni 2019\n\nHierbij zenden wij u de brief.\n\nDe Minister van Justitie en Veiligheid,\nF.B.J. Grapperhaus\n\nDe Minister voor Rechtsbescherming,\nS. Dekker\n";
        assert_eq!(
            signed(text),
            [
                sig("minister van Justitie en Veiligheid", "F.B.J. Grapperhaus"),
                sig("minister voor Rechtsbescherming", "S. Dekker")
            ]
        );
    }

    #[test]
    fn two_signatories_side_by_side_in_columns_of_spaces() {
        let text = "Geachte voorzitter,\n\nHierbij de brief.\n\nHoogachtend,\n\nDe minister van Justitie en Veiligheid,          De staatssecretaris van Justitie en Veiligheid,\n\nmr. F.B.J. Grapperhaus                             drs. M.L.J. Dekker\n";
        assert_eq!(
            signed(text),
            [
                sig("minister van Justitie en Veiligheid", "F.B.J. Grapperhaus"),
                sig(
                    "staatssecretaris van Justitie en Veiligheid",
                    "M.L.J. Dekker"
                )
            ]
        );
    }

    #[test]
    fn signed_under_mandate() {
        let text = "Geachte voorzitter,\n\nHierbij de brief.\n\nHoogachtend,\n\nDe Minister van Justitie en Veiligheid,\nnamens deze,\nde directeur-generaal Politie en Veiligheidsregio’s,\n\nJ. Jansen\n";
        let doc = crate::parse(text);
        let s = &doc.letter.expect("letter").signatories[0];
        assert_eq!(s.name, "J. Jansen");
        assert_eq!(
            s.role.as_deref(),
            Some("directeur-generaal Politie en Veiligheidsregio’s")
        );
        assert_eq!(s.on_behalf_of, ["minister van Justitie en Veiligheid"]);
    }

    #[test]
    fn mede_namens_between_role_and_name() {
        let text = "Geachte voorzitter,\n\nHierbij de brief.\n\nHoogachtend,\n\nde Minister van Justitie en Veiligheid,\nmede namens de Minister van Binnenlandse Zaken en Koninkrijksrelaties,\n\nD. Yeşilgöz-Zegerius\n";
        let doc = crate::parse(text);
        let s = &doc.letter.expect("letter").signatories[0];
        assert_eq!(s.name, "D. Yeşilgöz-Zegerius");
        assert_eq!(
            s.role.as_deref(),
            Some("minister van Justitie en Veiligheid")
        );
        assert_eq!(
            s.on_behalf_of,
            ["minister van Binnenlandse Zaken en Koninkrijksrelaties"]
        );
        assert_eq!(
            normalise_role("De Minister-President, Minister van Algemene Zaken,").0,
            "minister-president, minister van Algemene Zaken"
        );
    }

    #[test]
    fn role_wrapped_over_two_lines() {
        let text = "Geachte voorzitter,\n\nHierbij de brief.\n\nHoogachtend,\n\nDE MINISTER VAN LANDBOUW, NATUUR EN\nVOEDSELKWALITEIT,\n\nG. Verburg\n";
        assert_eq!(
            signed(text),
            [sig(
                "minister van Landbouw, Natuur en Voedselkwaliteit",
                "G. Verburg"
            )]
        );
    }

    #[test]
    fn names_and_roles() {
        for n in [
            "E. van Middelkoop",
            "J. W. E. Spies",
            "drs. V.L.W.A. Heijnen",
            "Ruben Brekelmans",
            "D. Yeşilgöz-Zegerius",
            "J. M.van Bijsterveldt-Vliegenthart",
        ] {
            assert!(is_name(n, false), "{n}");
        }
        for n in [
            "Tweede Kamer der Staten-Generaal",
            "Justitie en Veiligheid",
            "2500 EA",
            "Hoogachtend,",
        ] {
            assert!(!is_name(n, false), "{n}");
        }
        assert!(!is_name("Ruben Brekelmans", true));
        assert!(is_role_line("De minister van Justitie en Veiligheid,"));
        assert!(is_role_line(
            "DE STAATSSECRETARIS VAN INFRASTRUCTUUR EN WATERSTAAT,"
        ));
        assert!(!is_role_line(
            "De minister van Defensie heeft besloten dat het zo is."
        ));
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]
        /// The byte loop splits as `str::split(' ')` does, on text with
        /// runs of spaces, spaces at either end and other whitespace.
        #[test]
        fn split_spaces_is_split_on_a_space(t in "[ a-zA-Zé,\\u{a0}\t]{0,24}") {
            let got: Vec<&str> = split_spaces(&t).collect();
            let want: Vec<&str> = t.split(' ').collect();
            proptest::prop_assert_eq!(got, want);
        }

        /// Lower-casing by bytes where the text is ASCII is `to_lowercase`.
        #[test]
        fn push_lower_is_to_lowercase(w in "[A-Za-zÉéΣ,-]{0,12}") {
            let mut out = String::from("x");
            push_lower(&mut out, &w);
            proptest::prop_assert_eq!(out, format!("x{}", w.to_lowercase()));
        }
    }

    #[test]
    fn titles_apart() {
        let (t, n) = split_titles("mr. drs. F.H.H. Weekers");
        assert_eq!(t, ["mr.", "drs."]);
        assert_eq!(n, "F.H.H. Weekers");
    }
}
