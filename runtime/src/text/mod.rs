//! Text conversions of numbers and the format mini-languages, exactly as CPython 3.11.
//!
//! Everything here is a pure function over Rust values (`f64`, `BigInt`, `&str`); the
//! object model and interpreter call these and turn a [`TextError`] into the Python
//! exception it names.  The submodules are:
//!
//! * [`float_repr`](mod@float_repr): `repr(float)`, `float.hex()`, `round()`, and the general
//!   float-to-text engine (`PyOS_double_to_string`) used by the other modules;
//! * [`number_parse`]: `int(str, base)`, `float(str)`, `bin()`/`oct()`/`hex()`;
//! * [`format_spec`]: the `format()` / `str.format` / f-string spec mini-language;
//! * [`percent`]: printf-style `%` formatting;
//! * [`unicode`]: per-character Unicode properties and the case conversions of `str`.
//!
//! This file also holds the small pieces of Unicode knowledge the others share:
//! `repr(str)`, Python's idea of whitespace and decimal digits, and the
//! `sys.set_int_max_str_digits` limit.

pub mod float_repr;
pub mod format_spec;
pub mod number_parse;
pub mod percent;
pub mod unicode;
mod unicode_data;

use std::fmt;
use std::sync::atomic::{AtomicUsize, Ordering};

use num_bigint::BigUint;

pub use float_repr::{
    double_to_string, float_hex, float_repr, round_float, round_half_even, DtoaFlags,
};
pub use format_spec::FormatSpec;
pub use number_parse::{int_to_str_radix, parse_float, parse_int, parse_int_with_limit};

/// An error to be raised as a Python exception of the named class with this message.
#[derive(Debug, Clone, PartialEq)]
pub enum TextError {
    /// `ValueError(msg)`
    Value(String),
    /// `TypeError(msg)`
    Type(String),
    /// `OverflowError(msg)`
    Overflow(String),
    /// `MemoryError(msg)`: CPython raises this (with an empty message) when a
    /// requested width or precision makes the result too large to allocate,
    /// e.g. `format(1, '999999999999999999')`.
    Memory(String),
}

impl TextError {
    /// The name of the Python exception class this error is raised as.
    pub fn class_name(&self) -> &'static str {
        match self {
            TextError::Value(_) => "ValueError",
            TextError::Type(_) => "TypeError",
            TextError::Overflow(_) => "OverflowError",
            TextError::Memory(_) => "MemoryError",
        }
    }

    /// The exception message.
    pub fn message(&self) -> &str {
        match self {
            TextError::Value(m)
            | TextError::Type(m)
            | TextError::Overflow(m)
            | TextError::Memory(m) => m,
        }
    }
}

impl fmt::Display for TextError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.class_name(), self.message())
    }
}

impl std::error::Error for TextError {}

/// Shorthand used throughout the submodules.
pub(crate) fn value_err<T>(msg: impl Into<String>) -> Result<T, TextError> {
    Err(TextError::Value(msg.into()))
}

/// The error for a result too large to allocate (CPython's bare `MemoryError`).
pub(crate) fn memory_err() -> TextError {
    TextError::Memory(String::new())
}

/// Make room for `extra` more bytes in `out`, reporting failure as a
/// `MemoryError` instead of aborting: widths come straight from user format
/// strings, so `format(1, '99999999999999')` must fail politely.
pub(crate) fn reserve(out: &mut String, extra: usize) -> Result<(), TextError> {
    out.try_reserve(extra).map_err(|_| memory_err())
}

/// Append `count` copies of `c` to `out`, failing with `MemoryError` if that
/// cannot be allocated.
pub(crate) fn push_repeated(out: &mut String, c: char, count: usize) -> Result<(), TextError> {
    let bytes = count.checked_mul(c.len_utf8()).ok_or_else(memory_err)?;
    reserve(out, bytes)?;
    out.extend(std::iter::repeat_n(c, count));
    Ok(())
}

// ---------------------------------------------------------------------------
// sys.set_int_max_str_digits
// ---------------------------------------------------------------------------

/// CPython 3.11's default for `sys.get_int_max_str_digits()`.
pub const DEFAULT_INT_MAX_STR_DIGITS: usize = 4300;

/// Below this many digits CPython never checks the limit (and the limit may not
/// be set lower than this).
pub const INT_MAX_STR_DIGITS_THRESHOLD: usize = 640;

/// The limit is interpreter-wide state in CPython; a process-wide atomic is the
/// closest safe equivalent and keeps every function here a plain call.
static INT_MAX_STR_DIGITS: AtomicUsize = AtomicUsize::new(DEFAULT_INT_MAX_STR_DIGITS);

/// `sys.get_int_max_str_digits()`: 0 means unlimited.
pub fn int_max_str_digits() -> usize {
    INT_MAX_STR_DIGITS.load(Ordering::Relaxed)
}

/// `sys.set_int_max_str_digits(n)`, with CPython's validation.
pub fn set_int_max_str_digits(limit: usize) -> Result<(), TextError> {
    if limit != 0 && limit < INT_MAX_STR_DIGITS_THRESHOLD {
        return value_err("maxdigits must be 0 or larger than 640");
    }
    INT_MAX_STR_DIGITS.store(limit, Ordering::Relaxed);
    Ok(())
}

/// Decimal digits of a non-negative integer, enforcing the int→str digit limit
/// exactly as `str(int)` does in CPython 3.11.
pub fn biguint_to_decimal_checked(n: &BigUint) -> Result<String, TextError> {
    let limit = int_max_str_digits();
    let err = || {
        TextError::Value(format!(
            "Exceeds the limit ({limit} digits) for integer string conversion; \
             use sys.set_int_max_str_digits() to increase the limit"
        ))
    };
    if limit > 0 {
        // A number of `bits` bits has at least floor((bits - 1) * log10(2)) + 1
        // digits; rejecting on that bound first avoids the quadratic conversion
        // of a huge number only to throw the text away (CPython does the same).
        let bits = n.bits();
        let lower_bound = (bits.saturating_sub(1) as f64 * std::f64::consts::LOG10_2) as u64 + 1;
        if lower_bound > limit as u64 + 1 {
            return Err(err());
        }
    }
    let s = n.to_str_radix(10);
    if limit > 0 && s.len() > limit {
        return Err(err());
    }
    Ok(s)
}

// ---------------------------------------------------------------------------
// Unicode knowledge shared by the parsers and repr
// ---------------------------------------------------------------------------

/// Python's `str.isspace()` for a single character.
pub fn py_is_space(c: char) -> bool {
    unicode_data::PY_SPACE.binary_search(&(c as u32)).is_ok()
}

/// `Py_UNICODE_TODECIMAL`: the value of a Unicode decimal digit (any script).
pub fn py_decimal_value(c: char) -> Option<u32> {
    let cp = c as u32;
    // The zero of the run containing `cp` is the largest table entry <= cp.
    let zeros = &unicode_data::DECIMAL_ZEROS;
    let idx = match zeros.binary_search(&cp) {
        Ok(_) => return Some(0),
        Err(0) => return None,
        Err(i) => i - 1,
    };
    let d = cp - zeros[idx];
    (d < 10).then_some(d)
}

/// `_PyUnicode_TransformDecimalAndSpaceToASCII`: the ASCII text `int()` and
/// `float()` actually parse.  ASCII passes through, other whitespace becomes a
/// space, other decimal digits become ASCII digits, and the first character
/// that is none of these becomes `?` and ends the text (it can never parse).
pub(crate) fn to_ascii_numeric(s: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    for c in s.chars() {
        let cp = c as u32;
        if cp < 127 {
            out.push(cp as u8);
        } else if py_is_space(c) {
            out.push(b' ');
        } else if let Some(d) = py_decimal_value(c) {
            out.push(b'0' + d as u8);
        } else {
            out.push(b'?');
            break;
        }
    }
    out
}

/// C's `Py_ISSPACE`, the ASCII whitespace the numeric parsers skip.
pub(crate) fn is_c_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r')
}

/// `Py_UNICODE_ISPRINTABLE`: false for categories Cc, Cf, Cs, Co, Cn, Zl, Zp
/// and Zs other than the ASCII space, per Python 3.11's Unicode 14.0 tables
/// (Rust's own tables follow a newer Unicode, where more code points are
/// assigned, so they would disagree with CPython 3.11).
pub fn py_is_printable(c: char) -> bool {
    let cp = c as u32;
    if cp < 0x80 {
        return (0x20..0x7f).contains(&cp);
    }
    let table = &unicode_data::NON_PRINTABLE;
    // The last range starting at or below `cp` is the only one that can hold it.
    let idx = table.partition_point(|&(lo, _)| lo <= cp);
    !(idx > 0 && cp <= table[idx - 1].1)
}

/// `repr(s)` for a Python `str`, exactly as CPython 3.11 writes it.
pub fn py_str_repr(s: &str) -> String {
    // CPython uses double quotes only when the text has a single quote and no
    // double quote; otherwise single quotes, escaping any single quote inside.
    let has_single = s.contains('\'');
    let has_double = s.contains('"');
    let quote = if has_single && !has_double { '"' } else { '\'' };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            _ if c == quote => {
                out.push('\\');
                out.push(c);
            }
            _ if (c as u32) < 0x20 || c == '\x7f' => {
                out.push_str(&format!("\\x{:02x}", c as u32));
            }
            _ if (c as u32) < 0x7f => out.push(c),
            _ if py_is_printable(c) => out.push(c),
            _ => {
                let cp = c as u32;
                if cp < 0x100 {
                    out.push_str(&format!("\\x{cp:02x}"));
                } else if cp < 0x10000 {
                    out.push_str(&format!("\\u{cp:04x}"));
                } else {
                    out.push_str(&format!("\\U{cp:08x}"));
                }
            }
        }
    }
    out.push(quote);
    out
}

/// The first `n` characters of `s` (C's `%.200R` truncates a repr this way).
pub(crate) fn truncate_chars(s: &str, n: usize) -> &str {
    match s.char_indices().nth(n) {
        Some((i, _)) => &s[..i],
        None => s,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn str_repr_matches_cpython() {
        // Expected values from CPython 3.11: repr(...)
        let cases: &[(&str, &str)] = &[
            ("abc", "'abc'"),
            ("", "''"),
            ("it's", "\"it's\""),
            ("say \"hi\"", "'say \"hi\"'"),
            ("both ' and \"", "'both \\' and \"'"),
            ("a\\b", "'a\\\\b'"),
            ("\t\n\r", "'\\t\\n\\r'"),
            ("\x00\x1f\x7f", "'\\x00\\x1f\\x7f'"),
            ("é", "'é'"),
            ("\u{a0}", "'\\xa0'"),
            ("\u{ad}", "'\\xad'"),
            ("\u{85}", "'\\x85'"),
            ("\u{200b}", "'\\u200b'"),
            ("\u{2028}", "'\\u2028'"),
            ("\u{3000}", "'\\u3000'"),
            ("\u{e000}", "'\\ue000'"),
            ("\u{fffe}", "'\\ufffe'"),
            ("\u{10ffff}", "'\\U0010ffff'"),
            ("\u{e0001}", "'\\U000e0001'"),
            ("日本語", "'日本語'"),
            ("😀", "'😀'"),
            ("\u{301}", "'\u{301}'"),
            ("a\u{301}", "'a\u{301}'"),
            (" ", "' '"),
            // Assigned after Unicode 14.0, so still unassigned for 3.11.
            ("\u{1acf}", "'\\u1acf'"),
            ("\u{31350}", "'\\U00031350'"),
            ("\u{1f6dc}", "'\\U0001f6dc'"),
        ];
        for (input, expected) in cases {
            assert_eq!(py_str_repr(input), *expected, "repr of {input:?}");
        }
    }

    #[test]
    fn unicode_tables() {
        assert!(py_is_space('\u{1c}'));
        assert!(py_is_space('\u{3000}'));
        assert!(!py_is_space('\u{200b}'));
        assert!(!py_is_space('x'));
        assert_eq!(py_decimal_value('7'), Some(7));
        assert_eq!(py_decimal_value('\u{0663}'), Some(3));
        assert_eq!(py_decimal_value('\u{1d7ff}'), Some(9));
        assert_eq!(py_decimal_value('\u{1fbf9}'), Some(9));
        assert_eq!(py_decimal_value('\u{1fbfa}'), None);
        assert_eq!(py_decimal_value('a'), None);
        assert_eq!(py_decimal_value('\u{00b2}'), None);
        assert_eq!(to_ascii_numeric("\u{2003}١٢x"), b" 12x".to_vec());
        assert_eq!(to_ascii_numeric("1é2"), b"1?".to_vec());
    }

    #[test]
    fn int_str_digit_limit() {
        let small: BigUint = BigUint::from(10u32).pow(4299);
        assert_eq!(
            biguint_to_decimal_checked(&small).map(|s| s.len()),
            Ok(4300)
        );
        let big: BigUint = BigUint::from(10u32).pow(4300);
        assert_eq!(
            biguint_to_decimal_checked(&big),
            Err(TextError::Value(
                "Exceeds the limit (4300 digits) for integer string conversion; \
                 use sys.set_int_max_str_digits() to increase the limit"
                    .into()
            ))
        );
        assert_eq!(
            set_int_max_str_digits(5),
            Err(TextError::Value(
                "maxdigits must be 0 or larger than 640".into()
            ))
        );
        assert_eq!(truncate_chars("héllo", 2), "hé");
        assert_eq!(truncate_chars("hé", 5), "hé");
    }
}
