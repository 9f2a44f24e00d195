//! Python 3.11's per-character Unicode properties and the case conversions of `str`.
//!
//! The properties and mappings come from the tables in `unicode_data` (CPython 3.11's own
//! database, Unicode 14.0.0), not from Rust's `char` methods: those follow a newer Unicode
//! and a few different property definitions (`char::is_alphabetic` is not category L*, for
//! one), so they would disagree with CPython. The string-level functions follow CPython's
//! `unicodeobject.c` algorithms (`do_title`, `do_capitalize`, `do_swapcase`, the final-sigma
//! rule of `lower`), which is where `'ß'.upper() == 'SS'` and `'ǆ'.title() == 'ǅ'` come from.

use super::unicode_data::{
    self as data, ALPHA, CASE_IGNORABLE, DECIMAL, DIGIT, LOWER, NUMERIC, TITLE, UPPER,
    XID_CONTINUE, XID_START,
};

/// The property bits of `c` (see `unicode_data`).
fn props(c: char) -> u16 {
    let cp = c as u32;
    // The run holding `cp` is the last one starting at or before it (the first run starts at 0).
    let i = data::CHAR_PROPS.partition_point(|&(first, _)| first <= cp);
    data::CHAR_PROPS[i - 1].1
}

fn has(c: char, bits: u16) -> bool {
    props(c) & bits != 0
}

/// `str.isalpha` for one character: category L*.
pub fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    has(c, ALPHA)
}

/// `str.isdecimal` for one character.
pub fn is_decimal(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    has(c, DECIMAL)
}

/// `str.isdigit` for one character (decimals, superscripts, circled digits, ...).
pub fn is_digit(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    has(c, DIGIT)
}

/// `str.isnumeric` for one character (digits, fractions, Roman numerals, CJK numerals, ...).
pub fn is_numeric(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    has(c, NUMERIC)
}

/// `str.isalnum` for one character: alphabetic or numeric.
pub fn is_alnum(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    has(c, ALPHA | NUMERIC)
}

/// `Py_UNICODE_ISLOWER`: the derived property Lowercase (`'ª'` has it, for instance).
pub fn is_lower(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_lowercase();
    }
    has(c, LOWER)
}

/// `Py_UNICODE_ISUPPER`: the derived property Uppercase.
pub fn is_upper(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_uppercase();
    }
    has(c, UPPER)
}

/// `Py_UNICODE_ISTITLE`: category Lt (`'ǅ'`, `'ᾼ'`, ...).
pub fn is_title(c: char) -> bool {
    !c.is_ascii() && has(c, TITLE)
}

/// The derived property Cased: lowercase, uppercase or titlecase.
pub fn is_cased(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    has(c, LOWER | UPPER | TITLE)
}

fn is_case_ignorable(c: char) -> bool {
    has(c, CASE_IGNORABLE)
}

/// `str.isidentifier`: an XID_Start character or `_`, then XID_Continue characters.
pub fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if c == '_' || has(c, XID_START) => chars.all(|c| has(c, XID_CONTINUE)),
        _ => false,
    }
}

/// The mapping of `c` under one of the case tables: one character from the runs of
/// one-character mappings, or a longer mapping's text.
enum Mapped {
    One(char),
    Many(&'static str),
}

fn mapped(c: char, runs: &[(u32, u32, u32, i32)], multi: &[(u32, &'static str)]) -> Mapped {
    let cp = c as u32;
    let i = runs.partition_point(|&(first, ..)| first <= cp);
    if i > 0 {
        let (first, last, step, delta) = runs[i - 1];
        if cp <= last && (cp - first).is_multiple_of(step) {
            // The generator only emits deltas that land on valid code points.
            return Mapped::One(char::from_u32(cp.wrapping_add_signed(delta)).unwrap_or(c));
        }
    }
    match multi.binary_search_by_key(&cp, |&(k, _)| k) {
        Ok(j) => Mapped::Many(multi[j].1),
        Err(_) => Mapped::One(c),
    }
}

/// Appends the mapping of `c` under one of the case tables.
fn push_mapped(
    c: char,
    runs: &[(u32, u32, u32, i32)],
    multi: &[(u32, &'static str)],
    out: &mut String,
) {
    match mapped(c, runs, multi) {
        Mapped::One(m) => out.push(m),
        Mapped::Many(s) => out.push_str(s),
    }
}

/// The first character of `c`'s mapping under one of the case tables: CPython's
/// one-character `_PyUnicode_ToLowercase`/`_PyUnicode_ToUppercase`, which for a longer
/// mapping give its first character (`'İ'` lowers to `'i'`, `'ß'` uppers to `'S'`).
fn first_mapped(c: char, runs: &[(u32, u32, u32, i32)], multi: &[(u32, &'static str)]) -> char {
    match mapped(c, runs, multi) {
        Mapped::One(m) => m,
        Mapped::Many(s) => s.chars().next().unwrap_or(c),
    }
}

/// `Py_UNICODE_TOLOWER`: the one-character lowercase of `c` (see [`first_mapped`]).
pub fn to_lower_char(c: char) -> char {
    if c.is_ascii() {
        c.to_ascii_lowercase()
    } else {
        first_mapped(c, &data::LOWER_RUNS, &data::LOWER_MULTI)
    }
}

/// `Py_UNICODE_TOUPPER`: the one-character uppercase of `c` (see [`first_mapped`]).
pub fn to_upper_char(c: char) -> char {
    if c.is_ascii() {
        c.to_ascii_uppercase()
    } else {
        first_mapped(c, &data::UPPER_RUNS, &data::UPPER_MULTI)
    }
}

/// Appends the full lowercase mapping of `c` (`'İ'` becomes two characters), without the
/// final-sigma rule, which needs the context (see [`lower`]).
pub fn push_lower(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else {
        push_mapped(c, &data::LOWER_RUNS, &data::LOWER_MULTI, out);
    }
}

/// Appends the full uppercase mapping of `c` (`'ß'` becomes `"SS"`).
pub fn push_upper(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_uppercase());
    } else {
        push_mapped(c, &data::UPPER_RUNS, &data::UPPER_MULTI, out);
    }
}

/// Appends the full titlecase mapping of `c` (`'ǆ'` becomes `'ǅ'`, `'ß'` becomes `"Ss"`).
pub fn push_title(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_uppercase());
    } else {
        push_mapped(c, &data::TITLE_RUNS, &data::TITLE_MULTI, out);
    }
}

/// Appends the full case folding of `c` (`'ß'` becomes `"ss"`, `'ς'` becomes `'σ'`).
pub fn push_fold(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else {
        push_mapped(c, &data::FOLD_RUNS, &data::FOLD_MULTI, out);
    }
}

const CAPITAL_SIGMA: char = '\u{3a3}';

/// CPython's `handle_capital_sigma`: the capital sigma at byte `i` of `s` lowers to final
/// sigma when a cased letter precedes it and none follows it, skipping case-ignorable
/// characters on both sides.
fn lower_sigma(s: &str, i: usize) -> char {
    fn cased_after_ignorables(mut chars: impl Iterator<Item = char>) -> bool {
        chars.find(|&c| !is_case_ignorable(c)).is_some_and(is_cased)
    }
    let before = cased_after_ignorables(s[..i].chars().rev());
    let after = cased_after_ignorables(s[i + CAPITAL_SIGMA.len_utf8()..].chars());
    if before && !after {
        '\u{3c2}'
    } else {
        '\u{3c3}'
    }
}

/// Appends the lowercase of the character `c` at byte `i` of `s`.
fn push_lower_at(s: &str, i: usize, c: char, out: &mut String) {
    if c == CAPITAL_SIGMA {
        out.push(lower_sigma(s, i));
    } else {
        push_lower(c, out);
    }
}

/// `str.lower`.
pub fn lower(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for (i, c) in s.char_indices() {
        push_lower_at(s, i, c, &mut out);
    }
    out
}

/// `str.upper`.
pub fn upper(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_uppercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_upper(c, &mut out);
    }
    out
}

/// `str.casefold`.
pub fn casefold(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_fold(c, &mut out);
    }
    out
}

/// `str.title`: titlecase the first cased character after each uncased one, lowercase the rest.
pub fn title(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut previous_is_cased = false;
    for (i, c) in s.char_indices() {
        if previous_is_cased {
            push_lower_at(s, i, c, &mut out);
        } else {
            push_title(c, &mut out);
        }
        previous_is_cased = is_cased(c);
    }
    out
}

/// `str.capitalize`: titlecase the first character, lowercase the rest.
pub fn capitalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for (i, c) in s.char_indices() {
        if i == 0 {
            push_title(c, &mut out);
        } else {
            push_lower_at(s, i, c, &mut out);
        }
    }
    out
}

/// `str.swapcase`: uppercase characters lowered, lowercase ones uppered, others kept.
pub fn swapcase(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for (i, c) in s.char_indices() {
        if is_upper(c) {
            push_lower_at(s, i, c, &mut out);
        } else if is_lower(c) {
            push_upper(c, &mut out);
        } else {
            out.push(c);
        }
    }
    out
}

/// `str.islower`: some cased character, and no uppercase or titlecase one.
pub fn str_is_lower(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if is_upper(c) || is_title(c) {
            return false;
        }
        cased |= is_lower(c);
    }
    cased
}

/// `str.isupper`: some cased character, and no lowercase or titlecase one.
pub fn str_is_upper(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if is_lower(c) || is_title(c) {
            return false;
        }
        cased |= is_upper(c);
    }
    cased
}

/// `str.istitle`: some cased character; uppercase and titlecase characters only after
/// uncased ones, lowercase characters only after cased ones.
pub fn str_is_title(s: &str) -> bool {
    let mut cased = false;
    let mut previous_is_cased = false;
    for c in s.chars() {
        if is_upper(c) || is_title(c) {
            if previous_is_cased {
                return false;
            }
            previous_is_cased = true;
            cased = true;
        } else if is_lower(c) {
            if !previous_is_cased {
                return false;
            }
            previous_is_cased = true;
            cased = true;
        } else {
            previous_is_cased = false;
        }
    }
    cased
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_conversions_match_cpython() {
        // Expected values from CPython 3.11.
        assert_eq!(upper("straße ﬁ ŉ"), "STRASSE FI ʼN");
        assert_eq!(lower("İX ΣΑΣ Σ ΑΣ.Α ΑΣ'"), "i\u{307}x σας σ ασ.α ας'");
        assert_eq!(lower("ΑΣ\u{301}"), "ας\u{301}");
        assert_eq!(casefold("Straße ς µ ﬃ"), "strasse σ μ ffi");
        assert_eq!(title("ǆungla they're ß-ǳ ΑΣ"), "ǅungla They'Re Ss-ǲ Ας");
        assert_eq!(title("ᾳ hello_world"), "ᾼ Hello_World");
        assert_eq!(capitalize("ǆUNGLA ΣΑΣ"), "ǅungla σας");
        assert_eq!(capitalize("ß"), "Ss");
        assert_eq!(swapcase("Straße ǅ ΣΑΣ"), "sTRASSE ǅ σας");
        // Uppercase forms added after Unicode 14.0 do not exist for Python 3.11.
        assert_eq!(upper("ɤ ƛ \u{a7d3}"), "ɤ ƛ \u{a7d3}");
        assert_eq!(lower("\u{1c89}\u{10d50}"), "\u{1c89}\u{10d50}");
    }

    #[test]
    fn properties_match_cpython() {
        assert!(is_alpha('é') && is_alpha('ǅ') && is_alpha('日') && !is_alpha('Ⅷ'));
        assert!(!is_alpha('\u{345}') && !is_alpha('_'));
        assert!(is_decimal('١') && !is_decimal('²') && !is_decimal('½'));
        assert!(is_digit('²') && is_digit('١') && !is_digit('½'));
        assert!(is_numeric('½') && is_numeric('Ⅷ') && is_numeric('七') && !is_numeric('x'));
        assert!(is_alnum('Ⅷ') && is_alnum('é') && !is_alnum('!'));
        assert!(is_lower('ª') && is_lower('\u{345}') && is_lower('\u{295}'));
        assert!(is_upper('Ⅷ') && is_upper('Ⓐ') && !is_upper('ǅ'));
        assert!(is_title('ǅ') && is_title('ᾼ') && !is_title('A'));
        assert!(is_cased('ǅ') && !is_cased('1'));
        assert!(is_case_ignorable('\'') && is_case_ignorable('.') && is_case_ignorable('\u{345}'));
        assert!(!is_case_ignorable('a') && !is_case_ignorable(' '));
        assert!(is_identifier("_x1") && is_identifier("héllo") && is_identifier("℘"));
        assert!(!is_identifier("1x") && !is_identifier("") && !is_identifier("a-b"));
        assert!(is_identifier("a\u{b7}") && !is_identifier("\u{b7}"));
    }

    #[test]
    fn cased_string_predicates() {
        assert!(str_is_lower("abc1") && !str_is_lower("123") && !str_is_lower("aǅ"));
        assert!(str_is_upper("ABC1") && !str_is_upper("ǅ") && !str_is_upper(""));
        assert!(
            str_is_title("Abc Def")
                && str_is_title("ǅungla")
                && str_is_title("A1B")
                && !str_is_title("A1b")
        );
        assert!(!str_is_title("ABC") && !str_is_title("abc") && !str_is_title(""));
    }
}
