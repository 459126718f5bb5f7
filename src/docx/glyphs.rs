//! Characters of the symbol fonts (Symbol, Wingdings) as Unicode.
//!
//! Word stores a symbol-font character (an inserted symbol, a list bullet)
//! as a code in the Private Use Area, U+F020 to U+F0FF, whose meaning
//! depends on the font. The common ones get their Unicode equivalent; any
//! other stays the code Word stored, so nothing is invented.

/// The Unicode character for `c` in font `font` (`None`: unknown font).
pub(crate) fn symbol(font: Option<&str>, c: char) -> char {
    let code = u32::from(c);
    let low = match code {
        0xF020..=0xF0FF => code - 0xF000,
        // `w:sym` may also give the code without the 0xF000 offset.
        0x20..=0xFF if font.is_some_and(is_symbol_font) => code,
        _ => return c,
    };
    let font = font.unwrap_or("");
    let mapped = if font.eq_ignore_ascii_case("Symbol") {
        symbol_font(low)
    } else if font.len() >= 9 && font[..9].eq_ignore_ascii_case("Wingdings") {
        wingdings(low)
    } else {
        None
    };
    mapped.unwrap_or(c)
}

/// The character a list bullet is printed as: the mapped symbol, or a
/// bullet for a symbol-font code this table does not know (a bullet is a
/// bullet, whatever its shape).
pub(crate) fn bullet(font: Option<&str>, text: &str) -> String {
    text.chars()
        .map(|c| {
            let m = symbol(font, c);
            if (0xE000..=0xF8FF).contains(&u32::from(m)) {
                '•'
            } else {
                m
            }
        })
        .collect()
}

fn is_symbol_font(font: &str) -> bool {
    font.eq_ignore_ascii_case("Symbol")
        || (font.len() >= 9 && font[..9].eq_ignore_ascii_case("Wingdings"))
}

/// Adobe Symbol encoding, the characters seen in letters.
fn symbol_font(code: u32) -> Option<char> {
    Some(match code {
        0x2D => '−',
        0xA3 => '≤',
        0xA7 => '♣',
        0xA8 => '♦',
        0xA9 => '♥',
        0xAA => '♠',
        0xAB => '↔',
        0xAC => '←',
        0xAD => '↑',
        0xAE => '→',
        0xAF => '↓',
        0xB0 => '°',
        0xB1 => '±',
        0xB3 => '≥',
        0xB4 => '×',
        0xB7 => '•',
        0xB9 => '≠',
        0xBB => '≈',
        0xBC => '…',
        0xD7 => '·',
        0xD8 => '¬',
        0xDE => '⇒',
        0xE0 => '◊',
        _ => return None,
    })
}

/// Wingdings, the characters used as bullets and check marks.
fn wingdings(code: u32) -> Option<char> {
    Some(match code {
        0x6C => '●',
        0x6E => '■',
        0x6F => '□',
        0x71 => '❑',
        0x75 => '◆',
        0x76 => '❖',
        0x77 => '⬥',
        0x9F => '•',
        0xA7 => '▪',
        0xA8 => '◻',
        0xD8 => '➢',
        0xE0 => '→',
        0xE8 => '➔',
        0xF0 => '⇨',
        0xFB => '✗',
        0xFC => '✓',
        0xFD => '☒',
        0xFE => '☑',
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn symbol_codes_map_by_font() {
        assert_eq!(symbol(Some("Symbol"), '\u{F0B7}'), '•');
        assert_eq!(symbol(Some("Wingdings"), '\u{F0FC}'), '✓');
        assert_eq!(symbol(Some("Wingdings 2"), '\u{F0A7}'), '▪');
        // w:sym w:char="B7" without the offset.
        assert_eq!(symbol(Some("Symbol"), '\u{B7}'), '•');
        // Unknown codes and fonts keep what Word stored.
        assert_eq!(symbol(Some("Symbol"), '\u{F041}'), '\u{F041}');
        assert_eq!(symbol(Some("Marlett"), '\u{F0B7}'), '\u{F0B7}');
        assert_eq!(symbol(None, 'x'), 'x');
        assert_eq!(symbol(Some("Arial"), '·'), '·');
    }

    #[test]
    fn bullets_are_printable() {
        assert_eq!(bullet(Some("Symbol"), "\u{F0B7}"), "•");
        assert_eq!(bullet(Some("Courier New"), "o"), "o");
        assert_eq!(bullet(Some("Marlett"), "\u{F0B7}"), "•");
        assert_eq!(bullet(None, "–"), "–");
    }
}
