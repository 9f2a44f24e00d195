//! Text to numbers: `int(str, base)` and `float(str)` exactly as CPython 3.11
//! parses them (`PyLong_FromUnicodeObject`, `PyFloat_FromString`), plus the
//! `bin()`/`oct()`/`hex()` direction, [`int_to_str_radix`].
//!
//! Both parsers first map the text to ASCII the way CPython does (any Unicode
//! whitespace becomes a space, any Unicode decimal digit its ASCII digit) and
//! then follow CPython's byte-level grammar; error messages always show the
//! repr of the original text.

use num_bigint::{BigInt, BigUint, Sign};
use num_traits::{Signed, Zero};

use super::{
    int_max_str_digits, is_c_space, py_str_repr, to_ascii_numeric, truncate_chars, TextError,
    INT_MAX_STR_DIGITS_THRESHOLD,
};

/// `_PyLong_DigitValue`: 0-9, then a/A = 10 … z/Z = 35; 37 for anything else
/// (larger than every base, so it ends a digit run).
fn digit_value(b: u8) -> u32 {
    match b {
        b'0'..=b'9' => (b - b'0') as u32,
        b'a'..=b'z' => (b - b'a') as u32 + 10,
        b'A'..=b'Z' => (b - b'A') as u32 + 10,
        _ => 37,
    }
}

/// `int(s, base)`: see [`parse_int_with_limit`]; uses the current
/// `sys.get_int_max_str_digits()` value ([`super::int_max_str_digits`]).
pub fn parse_int(s: &str, base: u32) -> Result<BigInt, TextError> {
    parse_int_with_limit(s, base, int_max_str_digits())
}

/// `int(s, base)` with an explicit digit limit (0 = unlimited).
///
/// Accepts surrounding whitespace, one sign, single underscores between
/// digits (and one right after a base prefix), base 0 (infer from a
/// `0x`/`0o`/`0b` prefix; other leading zeros only for the value zero), and a
/// prefix matching an explicit base 16, 8 or 2.
pub fn parse_int_with_limit(
    s: &str,
    base: u32,
    max_str_digits: usize,
) -> Result<BigInt, TextError> {
    if base != 0 && !(2..=36).contains(&base) {
        return Err(TextError::Value(
            "int() base must be >= 2 and <= 36, or 0".into(),
        ));
    }
    let invalid = || {
        // CPython formats with "%.200R": the repr cut to 200 characters.
        let repr = py_str_repr(s);
        TextError::Value(format!(
            "invalid literal for int() with base {base}: {}",
            truncate_chars(&repr, 200)
        ))
    };
    let text = to_ascii_numeric(s);
    // Reading past the end yields NUL, as in the C code this mirrors.
    let at = |i: usize| text.get(i).copied().unwrap_or(0);

    let mut i = 0;
    while is_c_space(at(i)) {
        i += 1;
    }
    let mut negative = false;
    if at(i) == b'+' {
        i += 1;
    } else if at(i) == b'-' {
        negative = true;
        i += 1;
    }
    let mut base = base;
    let mut error_if_nonzero = false;
    if base == 0 {
        base = match (at(i), at(i + 1)) {
            (b'0', b'x' | b'X') => 16,
            (b'0', b'o' | b'O') => 8,
            (b'0', b'b' | b'B') => 2,
            // "Old" C-style octal like 010 is invalid, but 0, 00, 0_0 are zero.
            (b'0', _) => {
                error_if_nonzero = true;
                10
            }
            _ => 10,
        };
    }
    let prefix_matches = matches!(
        (base, at(i + 1)),
        (16, b'x' | b'X') | (8, b'o' | b'O') | (2, b'b' | b'B')
    );
    if at(i) == b'0' && prefix_matches {
        i += 2;
        // One underscore is allowed right after the prefix.
        if at(i) == b'_' {
            i += 1;
        }
    }
    if at(i) == b'_' {
        return Err(invalid());
    }

    // Collect digit values; an underscore must sit between two digits.
    let mut values: Vec<u8> = Vec::new();
    let mut prev_underscore = false;
    loop {
        let b = at(i);
        if b == b'_' {
            if prev_underscore {
                return Err(invalid());
            }
            prev_underscore = true;
        } else {
            let v = digit_value(b);
            if v >= base {
                break;
            }
            values.push(v as u8);
            prev_underscore = false;
        }
        i += 1;
    }
    if prev_underscore {
        return Err(invalid());
    }
    // The digit limit applies to bases that are not powers of two, and is
    // checked before anything after the digits is looked at.
    let digits = values.len();
    if !base.is_power_of_two()
        && digits > INT_MAX_STR_DIGITS_THRESHOLD
        && max_str_digits > 0
        && digits > max_str_digits
    {
        return Err(TextError::Value(format!(
            "Exceeds the limit ({max_str_digits} digits) for integer string conversion: \
             value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit"
        )));
    }
    if digits == 0 {
        return Err(invalid());
    }
    let magnitude = BigUint::from_radix_be(&values, base).ok_or_else(invalid)?;
    if error_if_nonzero && !magnitude.is_zero() {
        return Err(invalid());
    }
    while is_c_space(at(i)) {
        i += 1;
    }
    if i != text.len() {
        return Err(invalid());
    }
    let sign = if negative { Sign::Minus } else { Sign::Plus };
    Ok(BigInt::from_biguint(sign, magnitude))
}

/// `float(s)` for a `str`: surrounding whitespace, a sign, `inf`, `infinity`
/// and `nan` in any case, decimal digits with optional point and exponent,
/// single underscores between digits.  Overflow gives an infinity and
/// underflow a (signed) zero, as in CPython.
pub fn parse_float(s: &str) -> Result<f64, TextError> {
    let invalid = || {
        TextError::Value(format!(
            "could not convert string to float: {}",
            py_str_repr(s)
        ))
    };
    let mut text = to_ascii_numeric(s);
    if text.contains(&b'_') {
        // _Py_string_to_number_with_underscores: each underscore must follow
        // a digit and precede a digit; they are then dropped.
        let mut cleaned = Vec::with_capacity(text.len());
        let mut prev = 0u8;
        for &b in &text {
            if b == b'_' {
                if !prev.is_ascii_digit() {
                    return Err(invalid());
                }
            } else {
                if prev == b'_' && !b.is_ascii_digit() {
                    return Err(invalid());
                }
                cleaned.push(b);
            }
            prev = b;
        }
        if prev == b'_' {
            return Err(invalid());
        }
        text = cleaned;
    }
    let start = text
        .iter()
        .position(|&b| !is_c_space(b))
        .ok_or_else(invalid)?;
    let end = text
        .iter()
        .rposition(|&b| !is_c_space(b))
        .map_or(start, |p| p + 1);
    let body = &text[start..end];
    parse_float_body(body).ok_or_else(invalid)
}

/// `_PyOS_ascii_strtod` over the whole of `body`, which must be consumed
/// entirely: `[sign] (digits [. [digits]] | . digits) [(e|E) [sign] digits]`,
/// or `[sign] (inf | infinity | nan)` in any case.
fn parse_float_body(body: &[u8]) -> Option<f64> {
    let (negative, rest) = match body.first() {
        Some(b'-') => (true, &body[1..]),
        Some(b'+') => (false, &body[1..]),
        _ => (false, body),
    };
    let lower = rest.to_ascii_lowercase();
    if lower == b"inf" || lower == b"infinity" {
        return Some(if negative {
            f64::NEG_INFINITY
        } else {
            f64::INFINITY
        });
    }
    if lower == b"nan" {
        // CPython keeps the sign of "-nan" (visible through math.copysign).
        return Some(if negative { -f64::NAN } else { f64::NAN });
    }
    let mut i = 0;
    let int_digits = rest.iter().take_while(|b| b.is_ascii_digit()).count();
    i += int_digits;
    let mut frac_digits = 0;
    if rest.get(i) == Some(&b'.') {
        i += 1;
        frac_digits = rest[i..].iter().take_while(|b| b.is_ascii_digit()).count();
        i += frac_digits;
    }
    if int_digits + frac_digits == 0 {
        return None;
    }
    if matches!(rest.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(rest.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        let exp_digits = rest[i..].iter().take_while(|b| b.is_ascii_digit()).count();
        if exp_digits == 0 {
            return None;
        }
        i += exp_digits;
    }
    if i != rest.len() {
        return None;
    }
    // The text is now plain decimal syntax, which Rust's correctly rounded
    // parser accepts (it saturates huge exponents to infinity or zero).
    let text = std::str::from_utf8(body).ok()?;
    text.parse::<f64>().ok()
}

/// The digits of `n` in `radix` (lower case), with a `0b`/`0o`/`0x` prefix
/// after the sign when `prefix` is set and the radix is 2, 8 or 16: `bin()`,
/// `oct()` and `hex()` give `-0x1f` and `0b0`.  A radix outside 2..=36 is
/// clamped into that range.
pub fn int_to_str_radix(n: &BigInt, radix: u32, prefix: bool) -> String {
    let radix = radix.clamp(2, 36);
    let digits = n.abs().to_str_radix(radix);
    let mut out = String::with_capacity(digits.len() + 3);
    if n.is_negative() {
        out.push('-');
    }
    if prefix {
        out.push_str(match radix {
            2 => "0b",
            8 => "0o",
            16 => "0x",
            _ => "",
        });
    }
    out.push_str(&digits);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn int(s: &str, base: u32) -> Result<String, TextError> {
        parse_int(s, base).map(|n| n.to_string())
    }

    fn bad_int(base: u32, shown: &str) -> Result<String, TextError> {
        Err(TextError::Value(format!(
            "invalid literal for int() with base {base}: {shown}"
        )))
    }

    #[test]
    fn int_accepts_what_cpython_accepts() {
        // Expected values from CPython 3.11: int(s, base)
        let ok: &[(&str, u32, &str)] = &[
            ("123", 10, "123"),
            ("  -42\n", 10, "-42"),
            ("+7", 10, "7"),
            ("1_000_000", 10, "1000000"),
            ("0x1f", 16, "31"),
            ("0X1F", 16, "31"),
            ("0x_1f", 16, "31"),
            ("1f", 16, "31"),
            ("-0x1f", 0, "-31"),
            ("0o17", 0, "15"),
            ("0b1010", 0, "10"),
            ("0b_1", 0, "1"),
            ("0b1", 16, "177"),
            ("00", 0, "0"),
            ("0_0", 0, "0"),
            ("0", 0, "0"),
            ("z", 36, "35"),
            ("Zz", 36, "1295"),
            ("١٢٣", 10, "123"),
            ("\u{2003} 12 \u{2003}", 10, "12"),
            (
                "12345678901234567890123456789",
                10,
                "12345678901234567890123456789",
            ),
            ("-0", 10, "0"),
            ("0o", 36, "24"),
            ("11", 2, "3"),
            ("777", 8, "511"),
        ];
        for (s, base, expected) in ok {
            assert_eq!(
                int(s, *base),
                Ok(expected.to_string()),
                "int({s:?}, {base})"
            );
        }
    }

    #[test]
    fn int_rejects_what_cpython_rejects() {
        // Expected messages from CPython 3.11
        assert_eq!(int("abc", 10), bad_int(10, "'abc'"));
        assert_eq!(int("0x", 16), bad_int(16, "'0x'"));
        assert_eq!(int("0_x1f", 16), bad_int(16, "'0_x1f'"));
        assert_eq!(int("010", 0), bad_int(0, "'010'"));
        assert_eq!(int("0b", 0), bad_int(0, "'0b'"));
        assert_eq!(int("1__0", 10), bad_int(10, "'1__0'"));
        assert_eq!(int("_1", 10), bad_int(10, "'_1'"));
        assert_eq!(int("1_", 10), bad_int(10, "'1_'"));
        assert_eq!(int("0x1f", 10), bad_int(10, "'0x1f'"));
        assert_eq!(int(" -  1", 10), bad_int(10, "' -  1'"));
        assert_eq!(int("", 10), bad_int(10, "''"));
        assert_eq!(int(" ", 10), bad_int(10, "' '"));
        assert_eq!(int("+", 10), bad_int(10, "'+'"));
        assert_eq!(int("١x", 10), bad_int(10, "'١x'"));
        assert_eq!(int("aé", 10), bad_int(10, "'aé'"));
        assert_eq!(int("a\0b", 10), bad_int(10, "'a\\x00b'"));
        assert_eq!(int("12", 2), bad_int(2, "'12'"));
        assert_eq!(int("1 2", 10), bad_int(10, "'1 2'"));
        assert_eq!(int("0x_", 16), bad_int(16, "'0x_'"));
        assert_eq!(int("0x__1", 16), bad_int(16, "'0x__1'"));
        assert_eq!(int("--1", 10), bad_int(10, "'--1'"));
        // ASCII \x1c is Unicode whitespace but not C whitespace, so it stays.
        assert_eq!(int("\u{1c}5", 10), bad_int(10, "'\\x1c5'"));
        assert_eq!(int("1.0", 10), bad_int(10, "'1.0'"));
        let long_bad = "x".repeat(300);
        let shown = format!("'{}", "x".repeat(199));
        assert_eq!(int(&long_bad, 10), bad_int(10, &shown));
        let base_err = Err(TextError::Value(
            "int() base must be >= 2 and <= 36, or 0".into(),
        ));
        assert_eq!(int("1", 37), base_err);
        assert_eq!(int("1", 1), base_err);
    }

    #[test]
    fn int_digit_limit() {
        // CPython 3.11: int('1'*5000 + 'x') reports the limit, not the junk
        let msg = |n: usize| {
            Err(TextError::Value(format!(
                "Exceeds the limit (4300 digits) for integer string conversion: \
                 value has {n} digits; use sys.set_int_max_str_digits() to increase the limit"
            )))
        };
        assert_eq!(parse_int_with_limit(&"1".repeat(5000), 10, 4300), msg(5000));
        let junk = format!("{}x", "1".repeat(5000));
        assert_eq!(parse_int_with_limit(&junk, 10, 4300), msg(5000));
        let octal = format!("0{}", "1".repeat(5000));
        assert_eq!(parse_int_with_limit(&octal, 0, 4300), msg(5001));
        // An underscore problem is found during the digit scan, first.
        let trailing = format!("{}_", "1".repeat(5000));
        assert!(parse_int_with_limit(&trailing, 10, 4300)
            .is_err_and(|e| e.message().starts_with("invalid literal")));
        // Powers of two are not limited, and 0 means no limit.
        assert!(parse_int_with_limit(&"1".repeat(5000), 16, 4300).is_ok());
        assert!(parse_int_with_limit(&"1".repeat(5000), 10, 0).is_ok());
        assert!(parse_int_with_limit(&"1".repeat(4300), 10, 4300).is_ok());
    }

    #[test]
    fn float_parsing_matches_cpython() {
        // Expected values from CPython 3.11: float(s)
        let ok: &[(&str, f64)] = &[
            ("1_0.5", 10.5),
            ("1e1_0", 1e10),
            ("  1.5\n", 1.5),
            ("١.٥", 1.5),
            (".5", 0.5),
            ("5.", 5.0),
            ("1e400", f64::INFINITY),
            ("-1e400", f64::NEG_INFINITY),
            ("infinity", f64::INFINITY),
            ("-iNfInItY", f64::NEG_INFINITY),
            ("+inf", f64::INFINITY),
            ("1E5", 1e5),
            ("1e+5", 1e5),
            ("-2.5e-3", -0.0025),
            ("0.1", 0.1),
            ("1e-400", 0.0),
            ("00012", 12.0),
            ("2.2250738585072011e-308", 2.225073858507201e-308),
            ("\u{3000}7\u{3000}", 7.0),
        ];
        for (s, expected) in ok {
            assert_eq!(parse_float(s), Ok(*expected), "float({s:?})");
        }
        assert!(parse_float("-nan").is_ok_and(|x| x.is_nan() && x.is_sign_negative()));
        assert!(parse_float("NaN").is_ok_and(f64::is_nan));
        assert!(parse_float("-0.0").is_ok_and(|x| x == 0.0 && x.is_sign_negative()));
        let bad = |s: &str, shown: &str| {
            assert_eq!(
                parse_float(s),
                Err(TextError::Value(format!(
                    "could not convert string to float: {shown}"
                ))),
                "float({s:?})"
            )
        };
        bad("abc", "'abc'");
        bad("1._5", "'1._5'");
        bad("infinit", "'infinit'");
        bad("1e", "'1e'");
        bad(".", "'.'");
        bad("0x1p1", "'0x1p1'");
        bad("a\0", "'a\\x00'");
        bad("", "''");
        bad("é", "'é'");
        bad("1_", "'1_'");
        bad("_1", "'_1'");
        bad("1__0", "'1__0'");
        bad("1e_1", "'1e_1'");
        bad("- 1", "'- 1'");
        bad("1 1", "'1 1'");
        bad("nan1", "'nan1'");
        bad("1e+", "'1e+'");
        bad("++1", "'++1'");
        bad("   ", "'   '");
        let long = "x".repeat(300);
        bad(&long, &format!("'{long}'"));
    }

    #[test]
    fn radix_strings() {
        // Expected values from CPython 3.11: hex(-31), bin(0), oct(8), bin(-5)
        assert_eq!(int_to_str_radix(&BigInt::from(-31), 16, true), "-0x1f");
        assert_eq!(int_to_str_radix(&BigInt::from(0), 2, true), "0b0");
        assert_eq!(int_to_str_radix(&BigInt::from(8), 8, true), "0o10");
        assert_eq!(int_to_str_radix(&BigInt::from(-5), 2, true), "-0b101");
        assert_eq!(int_to_str_radix(&BigInt::from(255), 16, false), "ff");
        assert_eq!(int_to_str_radix(&BigInt::from(35), 36, true), "z");
        assert_eq!(int_to_str_radix(&BigInt::from(7), 99, false), "7");
    }
}
