//! The signature: each signatory's role ("De minister van Defensie,"), name
//! and titles, and the ministers on whose behalf the letter is also sent
//! ("Mede namens de minister van …").

use once_cell::sync::Lazy;
use regex::Regex;

use super::sheet::{Part, Sheet};
use crate::model::{Letter, Signatory};
use crate::span::Span;
use crate::text::collapse_ws;

static ROLE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"^(?i:(?:de\s+)?(?:demissionair(?:e)?\s+)?(minister-president|minister|staatssecretaris))(?:\s|,|$)").expect("role")
});
static TITLE: Lazy<Regex> =
    Lazy::new(|| Regex::new(r"^(?i:(?:mr|drs|dr|ir|prof|mw|dhr|ing|ds|bc)\.\s*)+").expect("title"));

/// Role lines ("DE MINISTER VAN DEFENSIE", "De minister van Justitie en
/// Veiligheid,") each followed by a name line, from item `from` on; side by
/// side in Word tables (tab-separated) they give several signatories.
pub(super) fn read<'a>(sheet: &mut Sheet<'a, '_>, from: usize, letter: &mut Letter<'a>) {
    let mut k = from;
    while k < sheet.len() && letter.signatories.is_empty() {
        let t = sheet.text(k);
        if !sheet.is_free(k) || !ROLE.is_match(t) || t.len() > 160 {
            k += 1;
            continue;
        }
        // The name: the next short line that is not another role.
        if k + 1 >= sheet.len() {
            break;
        }
        let j = k + 1;
        let name_line = sheet.text(j);
        if name_line.len() > 80
            || ROLE.is_match(name_line)
            || !name_line.starts_with(|c: char| c.is_uppercase() || c.is_lowercase())
        {
            k += 1;
            continue;
        }
        let roles: Vec<&str> = t
            .split('\t')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .collect();
        let names: Vec<&str> = name_line
            .split('\t')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .collect();
        for (n, name) in names.iter().enumerate() {
            let (titles, bare) = split_titles(name);
            if bare.is_empty() || bare.split(' ').count() > 6 {
                continue;
            }
            let role = roles.get(n).or(roles.first()).map(|r| normalise_role(r));
            let (role, mut on_behalf_of) = match role {
                Some((r, o)) => (Some(r), o),
                None => (None, Vec::new()),
            };
            // "Mede namens de minister van …," on the line above the role.
            let mut sig_start = sheet.span(k).start;
            if let Some(p) = k.checked_sub(1) {
                let above = sheet.text(p);
                if above.len() > 12
                    && above
                        .get(..12)
                        .is_some_and(|h| h.eq_ignore_ascii_case("mede namens "))
                {
                    on_behalf_of.extend(
                        above[12..]
                            .trim_end_matches([',', ' '])
                            .split(" en de ")
                            .flat_map(|s| s.split(", de "))
                            .map(|s| collapse_ws(s.trim_start_matches("de ")).into_owned())
                            .filter(|s| !s.is_empty()),
                    );
                    sheet.claim(p, Part::Signature);
                    sig_start = sheet.span(p).start;
                }
            }
            letter.signatories.push(Signatory {
                role,
                name: collapse_ws(bare),
                titles,
                on_behalf_of,
                span: Span::new(sig_start, sheet.span(j).end),
            });
        }
        sheet.claim(k, Part::Signature);
        sheet.claim(j, Part::Signature);
        k += 2;
    }
}

/// "drs. V.L.W.A. Heijnen" → (["drs."], "V.L.W.A. Heijnen").
fn split_titles(name: &str) -> (Vec<String>, &str) {
    match TITLE.find(name) {
        Some(m) => (
            m.as_str().split_whitespace().map(str::to_string).collect(),
            name[m.end()..].trim(),
        ),
        None => (Vec::new(), name.trim()),
    }
}

/// "DE MINISTER VAN DEFENSIE," → "minister van Defensie"; a "mede namens"
/// part goes to the second value.
pub(crate) fn normalise_role(role: &str) -> (String, Vec<String>) {
    let role = collapse_ws(role.trim().trim_end_matches(','));
    let (main, behalf) = match role.to_lowercase().find("mede namens") {
        Some(p) => (
            role[..p].trim().trim_end_matches(',').to_string(),
            Some(role[p + "mede namens".len()..].trim().to_string()),
        ),
        None => (role.clone().into_owned(), None),
    };
    let mut words: Vec<String> = Vec::new();
    let shouting = main
        .chars()
        .filter(|c| c.is_alphabetic())
        .all(char::is_uppercase);
    for (n, w) in main.split(' ').enumerate() {
        let lw = w.to_lowercase();
        if n == 0 && (lw == "de" || lw == "het") {
            continue;
        }
        let keep_lower = [
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
        if keep_lower.contains(&lw.as_str()) {
            words.push(lw);
        } else if shouting {
            let mut cs = lw.chars();
            let first = cs
                .next()
                .map(|c| c.to_uppercase().collect::<String>())
                .unwrap_or_default();
            words.push(first + cs.as_str());
        } else {
            words.push(w.to_string());
        }
    }
    let behalf = behalf
        .map(|b| {
            b.split(" en de ")
                .flat_map(|s| s.split(", de "))
                .map(|s| s.trim().trim_start_matches("de ").to_string())
                .filter(|s| !s.is_empty())
                .collect()
        })
        .unwrap_or_default();
    (words.join(" "), behalf)
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

    #[test]
    fn titles_apart() {
        let (t, n) = split_titles("mr. drs. F.H.H. Weekers");
        assert_eq!(t, ["mr.", "drs."]);
        assert_eq!(n, "F.H.H. Weekers");
    }
}
