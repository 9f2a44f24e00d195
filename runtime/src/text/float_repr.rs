//! Float to text: `repr(float)`, `float.hex()`, `round(float[, n])`, and the
//! general engine [`double_to_string`] (CPython's `PyOS_double_to_string`) that
//! the `format()` and `%` implementations build on.
//!
//! CPython gets its digits from David Gay's `dtoa`; here the shortest
//! round-trip digits come from Rust's own float formatting (also shortest and,
//! among the shortest, closest), and correctly rounded fixed-precision digits
//! come from the exact decimal expansion of the double, computed with big
//! integers and rounded half-to-even exactly as `dtoa` modes 2 and 3 do.

use num_bigint::BigUint;

use super::TextError;

/// Digits as `_Py_dg_dtoa` returns them: the value is `0.DIGITS × 10^decpt`,
/// with no trailing zeros in `digits`.  Zero is `"0"` with `decpt` 1, and a
/// value that rounds to nothing in fixed mode is `""` with `decpt = -ndigits`.
struct Digits {
    negative: bool,
    digits: Vec<u8>,
    decpt: i64,
}

/// Which digits `_Py_dg_dtoa` is asked for.
#[derive(Clone, Copy)]
enum Mode {
    /// Mode 0: shortest string that round-trips.
    Shortest,
    /// Mode 2: this many significant digits (at least 1).
    Significant(i64),
    /// Mode 3: this many digits after the decimal point (may be negative).
    Fixed(i64),
}

/// Strip trailing ASCII zeros.
fn trim_zeros(digits: &mut Vec<u8>) {
    while digits.last() == Some(&b'0') {
        digits.pop();
    }
}

/// The exact decimal expansion of a finite, nonzero `|x|`: every double is
/// `m × 2^e`, and for negative `e` that equals `m × 5^-e / 10^-e`, so the
/// digits of one big integer are the exact digits of the double.
fn exact_digits(x: f64) -> (Vec<u8>, i64) {
    let bits = x.abs().to_bits();
    let exp_field = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (mantissa, exp2) = if exp_field == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), exp_field - 1075)
    };
    let m = BigUint::from(mantissa);
    let (n, frac_digits) = if exp2 >= 0 {
        (m << (exp2 as usize), 0i64)
    } else {
        let k = (-exp2) as u32;
        (m * BigUint::from(5u32).pow(k), -exp2)
    };
    let mut digits = n.to_str_radix(10).into_bytes();
    let decpt = digits.len() as i64 - frac_digits;
    trim_zeros(&mut digits);
    (digits, decpt)
}

/// The shortest round-trip digits of a finite, nonzero `|x|`, reshaped from
/// Rust's `{:e}` output (`d.ddde±x`), which is the shortest representation
/// and the closest one among those of equal length, as Gay's mode 0 is.
fn shortest_digits(x: f64) -> (Vec<u8>, i64) {
    let text = format!("{:e}", x.abs());
    let (mantissa, exponent) = text.split_once('e').unwrap_or((text.as_str(), "0"));
    let mut digits: Vec<u8> = mantissa.bytes().filter(u8::is_ascii_digit).collect();
    let exponent: i64 = exponent.parse().unwrap_or(0);
    trim_zeros(&mut digits);
    let decpt = exponent + 1;
    // When the exact value lies halfway between two shortest candidates,
    // Rust picks the upper one but Gay's dtoa the even one.  Such ties need
    // at least 16 digits (the decimal spacing must be below the binary
    // spacing), so only long results pay for the exact check.
    if digits.len() >= 15 {
        let (exact, exact_decpt) = exact_digits(x);
        if let Some((even, even_decpt)) = round_digits(exact, exact_decpt, digits.len() as i64) {
            if (even.as_slice(), even_decpt) != (digits.as_slice(), decpt)
                && reads_back_as(&even, even_decpt, x.abs())
            {
                return (even, even_decpt);
            }
        }
    }
    (digits, decpt)
}

/// Whether `0.DIGITS × 10^decpt` reads back as exactly `x`.
fn reads_back_as(digits: &[u8], decpt: i64, x: f64) -> bool {
    let text: String = digits.iter().map(|&b| b as char).collect();
    format!("0.{text}e{decpt}").parse::<f64>() == Ok(x)
}

/// Round the digit string `0.DIGITS × 10^decpt` to its first `keep` digits,
/// half to even on the exact value.  Returns `None` when the result is zero.
fn round_digits(mut digits: Vec<u8>, decpt: i64, keep: i64) -> Option<(Vec<u8>, i64)> {
    let len = digits.len() as i64;
    if keep >= len {
        return Some((digits, decpt));
    }
    if keep < 0 {
        // The value is below a tenth of the rounding unit.
        return None;
    }
    let k = keep as usize;
    let next = digits[k];
    // `digits` has no trailing zeros, so anything after `next` is nonzero.
    let more = k + 1 < digits.len();
    let last_odd = k > 0 && (digits[k - 1] - b'0') % 2 == 1;
    let round_up = next > b'5' || (next == b'5' && (more || last_odd));
    digits.truncate(k);
    if !round_up {
        trim_zeros(&mut digits);
        return if digits.is_empty() {
            None
        } else {
            Some((digits, decpt))
        };
    }
    // Propagate the carry; all nines become a single 1 one place higher.
    while let Some(d) = digits.pop() {
        if d != b'9' {
            digits.push(d + 1);
            return Some((digits, decpt));
        }
    }
    Some((vec![b'1'], decpt + 1))
}

/// `_Py_dg_dtoa(x, mode, ndigits)` for finite `x`.
fn dtoa(x: f64, mode: Mode) -> Digits {
    let negative = x.is_sign_negative();
    if x == 0.0 {
        return Digits {
            negative,
            digits: vec![b'0'],
            decpt: 1,
        };
    }
    let (digits, decpt) = match mode {
        Mode::Shortest => shortest_digits(x),
        Mode::Significant(n) => {
            let (d, p) = exact_digits(x);
            round_digits(d, p, n.max(1)).unwrap_or((Vec::new(), p))
        }
        Mode::Fixed(n) => {
            let (d, p) = exact_digits(x);
            round_digits(d, p, p.saturating_add(n)).unwrap_or((Vec::new(), -n))
        }
    };
    Digits {
        negative,
        digits,
        decpt,
    }
}

/// The `Py_DTSF_*` flags of `PyOS_double_to_string`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DtoaFlags {
    /// `Py_DTSF_SIGN`: always write a sign.
    pub sign: bool,
    /// `Py_DTSF_ADD_DOT_0`: integral values get `.0` (repr, and `format`
    /// with no type); also moves the `g` exponent switch one digit earlier.
    pub add_dot_0: bool,
    /// `Py_DTSF_ALT`: `#` — keep the decimal point and trailing zeros.
    pub alt: bool,
    /// `Py_DTSF_NO_NEG_0`: `z` — a result that rounds to zero loses its sign.
    pub no_neg_0: bool,
}

/// `PyOS_double_to_string(x, code, precision, flags)`: `code` is one of
/// `e E f F g G r` (anything else is treated as `r`, where the precision is
/// ignored).  Upper-case codes give `E`, `INF` and `NAN`.  The precision is
/// used as given (callers enforce CPython's limits, e.g. "precision too big")
/// and is clamped at `i32::MAX`.
pub fn double_to_string(x: f64, code: char, precision: usize, flags: DtoaFlags) -> String {
    let upper = code.is_ascii_uppercase();
    let precision = precision.min(i32::MAX as usize) as i64;
    // dtoa mode and digit count for each presentation, as in CPython.
    let (code, mode, precision) = match code.to_ascii_lowercase() {
        'e' => ('e', Mode::Significant(precision + 1), precision + 1),
        'f' => ('f', Mode::Fixed(precision), precision),
        'g' => {
            let p = precision.max(1);
            ('g', Mode::Significant(p), p)
        }
        _ => ('r', Mode::Shortest, 0),
    };

    if !x.is_finite() {
        let mut out = String::new();
        if x.is_nan() {
            // CPython ignores the sign of a NaN.
            if flags.sign {
                out.push('+');
            }
            out.push_str(if upper { "NAN" } else { "nan" });
        } else {
            if x < 0.0 {
                out.push('-');
            } else if flags.sign {
                out.push('+');
            }
            out.push_str(if upper { "INF" } else { "inf" });
        }
        return out;
    }

    let Digits {
        negative,
        digits,
        mut decpt,
    } = dtoa(x, mode);
    let mut negative = negative;
    if flags.no_neg_0 && negative && (digits.is_empty() || digits == b"0") {
        negative = false;
    }
    let digits_len = digits.len() as i64;

    // What follows is format_float_short from CPython's pystrtod.c: output the
    // slice [vdigits_start, vdigits_end) of the digits padded with zeros on
    // both sides, with the decimal point at `decpt`.
    let mut vdigits_end = digits_len;
    let mut use_exp = false;
    match code {
        'e' => {
            use_exp = true;
            vdigits_end = precision;
        }
        'f' => vdigits_end = decpt + precision,
        'g' => {
            let limit = if flags.add_dot_0 {
                precision - 1
            } else {
                precision
            };
            if decpt <= -4 || decpt > limit {
                use_exp = true;
            }
            if flags.alt {
                vdigits_end = precision;
            }
        }
        _ => {
            // repr switches to exponent notation at 1e16.
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    vdigits_end = if !use_exp && flags.add_dot_0 {
        vdigits_end.max(decpt + 1)
    } else {
        vdigits_end.max(decpt)
    };

    let zeros = |out: &mut String, n: i64| {
        if n > 0 {
            out.extend(std::iter::repeat_n('0', n as usize));
        }
    };
    let mut out = String::with_capacity((vdigits_end - vdigits_start).max(0) as usize + 8);
    if negative {
        out.push('-');
    } else if flags.sign {
        out.push('+');
    }
    if decpt <= 0 {
        zeros(&mut out, decpt - vdigits_start);
        out.push('.');
        zeros(&mut out, -decpt);
    } else {
        zeros(&mut out, -vdigits_start);
    }
    // `digits` is ASCII, so byte-to-char conversion is exact.
    let push_digits = |out: &mut String, d: &[u8]| out.extend(d.iter().map(|&b| b as char));
    if 0 < decpt && decpt <= digits_len {
        let split = decpt as usize;
        push_digits(&mut out, &digits[..split]);
        out.push('.');
        push_digits(&mut out, &digits[split..]);
    } else {
        push_digits(&mut out, &digits);
    }
    if digits_len < decpt {
        zeros(&mut out, decpt - digits_len);
        out.push('.');
        zeros(&mut out, vdigits_end - decpt);
    } else {
        zeros(&mut out, vdigits_end - digits_len);
    }
    if out.ends_with('.') && !flags.alt {
        out.pop();
    }
    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        // C's "%+.02d": explicit sign, at least two digits.
        out.push_str(&format!("{exp:+03}"));
    }
    out
}

/// `repr(x)` (and `str(x)`) for a float, exactly as CPython 3.11.
pub fn float_repr(x: f64) -> String {
    let flags = DtoaFlags {
        add_dot_0: true,
        ..DtoaFlags::default()
    };
    double_to_string(x, 'r', 0, flags)
}

/// `float.hex(x)`: `0x1.8000000000000p+1`; subnormals as `0x0.…p-1022`.
pub fn float_hex(x: f64) -> String {
    if !x.is_finite() {
        return float_repr(x);
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.to_bits();
    let exp_field = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    // CPython normalises to a leading 1 except for subnormals, which keep a
    // leading 0 and the minimum exponent; that is exactly the IEEE layout.
    let (lead, exp) = if exp_field == 0 {
        (0, -1022)
    } else {
        (1, exp_field - 1023)
    };
    format!("{sign}0x{lead}.{frac:013x}p{exp:+}")
}

/// CPython's limits beyond which `round(x, n)` is `x` itself or a signed zero
/// (`float___round___impl`): `(int)((DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103)`
/// and `-(int)((DBL_MAX_EXP + 1) * 0.30103)`, 0.30103 bounding log10(2).
const NDIGITS_MAX: i64 = 323;
const NDIGITS_MIN: i64 = -308;

/// `round(x, ndigits)` for a float: correctly rounded, half to even on the
/// exact binary value (so `round(2.675, 2) == 2.67`).  Infinities and NaNs
/// round to themselves; a result too large for a float is CPython's
/// `OverflowError("rounded value too large to represent")`.
pub fn round_float(x: f64, ndigits: i64) -> Result<f64, TextError> {
    if !x.is_finite() || ndigits > NDIGITS_MAX {
        return Ok(x);
    }
    if ndigits < NDIGITS_MIN {
        return Ok(0.0 * x);
    }
    // As CPython's double_round: round to a decimal string, then read it back.
    let Digits {
        negative,
        digits,
        decpt,
    } = dtoa(x, Mode::Fixed(ndigits));
    let mut text = String::with_capacity(digits.len() + 16);
    if negative {
        text.push('-');
    }
    text.push('0');
    text.extend(digits.iter().map(|&b| b as char));
    text.push_str(&format!("e{}", decpt - digits.len() as i64));
    let rounded: f64 = text
        .parse()
        .map_err(|_| TextError::Value(format!("could not round {x}")))?;
    if rounded.is_infinite() {
        return Err(TextError::Overflow(
            "rounded value too large to represent".into(),
        ));
    }
    Ok(rounded)
}

/// `round(x)` with no `ndigits`: nearest integer, halves to even.  The caller
/// converts the result to an `int` (and raises for infinities and NaNs).
pub fn round_half_even(x: f64) -> f64 {
    // CPython: round() rounds halves away from zero, so fix up exact halves.
    let rounded = x.round();
    if (x - rounded).abs() == 0.5 {
        2.0 * (x / 2.0).round()
    } else {
        rounded
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fmt(x: f64, code: char, prec: usize) -> String {
        double_to_string(x, code, prec, DtoaFlags::default())
    }

    #[test]
    fn repr_matches_cpython() {
        // Expected values from CPython 3.11: repr(x)
        let cases: &[(f64, &str)] = &[
            (1e16, "1e+16"),
            (1e-5, "1e-05"),
            (1.5e300, "1.5e+300"),
            (0.0001, "0.0001"),
            (123456789012345.0, "123456789012345.0"),
            (-0.0, "-0.0"),
            (0.0, "0.0"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (f64::NAN, "nan"),
            (-f64::NAN, "nan"),
            (1e22, "1e+22"),
            (1e23, "1e+23"),
            (2.5, "2.5"),
            (100.0, "100.0"),
            (0.1, "0.1"),
            (1.0 / 3.0, "0.3333333333333333"),
            (1e15, "1000000000000000.0"),
            (9999999999999998.0, "9999999999999998.0"),
            (2e16 + 8.0, "2.000000000000001e+16"),
            (5e-324, "5e-324"),
            (-2.2250738585072014e-308, "-2.2250738585072014e-308"),
            (1.7976931348623157e308, "1.7976931348623157e+308"),
            (0.30000000000000004, "0.30000000000000004"),
            (1234.5678, "1234.5678"),
            (-1.5, "-1.5"),
            (0.00012345, "0.00012345"),
            (1.2345e-5, "1.2345e-05"),
        ];
        for (x, expected) in cases {
            assert_eq!(float_repr(*x), *expected, "repr({x:e})");
        }
    }

    #[test]
    fn hex_matches_cpython() {
        // Expected values from CPython 3.11: x.hex()
        let cases: &[(f64, &str)] = &[
            (3.0, "0x1.8000000000000p+1"),
            (1.0, "0x1.0000000000000p+0"),
            (0.0, "0x0.0p+0"),
            (-0.0, "-0x0.0p+0"),
            (5e-324, "0x0.0000000000001p-1022"),
            (-5e-324, "-0x0.0000000000001p-1022"),
            (2.2250738585072014e-308, "0x1.0000000000000p-1022"),
            (1.7976931348623157e308, "0x1.fffffffffffffp+1023"),
            (0.1, "0x1.999999999999ap-4"),
            (-2.5, "-0x1.4000000000000p+1"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (f64::NAN, "nan"),
        ];
        for (x, expected) in cases {
            assert_eq!(float_hex(*x), *expected, "hex({x:e})");
        }
    }

    #[test]
    fn round_matches_cpython() {
        // Expected values from CPython 3.11: round(x, n)
        let cases: &[(f64, i64, f64)] = &[
            (2.675, 2, 2.67),
            (0.125, 2, 0.12),
            (0.375, 2, 0.38),
            (1e300, -300, 1e300),
            (5e-324, 323, 0.0),
            (0.5, 0, 0.0),
            (1.5, 0, 2.0),
            (2.5, 0, 2.0),
            (12345.0, -2, 12300.0),
            (12350.0, -2, 12400.0),
            (12250.0, -2, 12200.0),
            (1.23456, 3, 1.235),
            (-1.23456, 3, -1.235),
            (0.1, 400, 0.1),
            (123.0, -400, 0.0),
            (1.15, 1, 1.1),
            (1.25, 1, 1.2),
            (1.35, 1, 1.4),
        ];
        for (x, n, expected) in cases {
            assert_eq!(round_float(*x, *n), Ok(*expected), "round({x}, {n})");
        }
        // round(-0.4, 0) and round(-123.0, -400) are -0.0
        assert!(round_float(-0.4, 0).is_ok_and(|r| r == 0.0 && r.is_sign_negative()));
        assert!(round_float(-123.0, -400).is_ok_and(|r| r == 0.0 && r.is_sign_negative()));
        assert!(round_float(f64::NAN, 2).is_ok_and(f64::is_nan));
        assert_eq!(round_float(f64::INFINITY, 2), Ok(f64::INFINITY));
        assert_eq!(
            round_float(1.7976931348623157e308, -308),
            Err(TextError::Overflow(
                "rounded value too large to represent".into()
            ))
        );
        // round(x) with no ndigits
        assert_eq!(round_half_even(2.5), 2.0);
        assert_eq!(round_half_even(-2.5), -2.0);
        assert_eq!(round_half_even(3.5), 4.0);
        assert_eq!(round_half_even(0.5), 0.0);
        assert_eq!(round_half_even(2.6), 3.0);
        assert_eq!(round_half_even(-0.4), 0.0);
        assert_eq!(round_half_even(4503599627370497.0), 4503599627370497.0);
    }

    #[test]
    fn fixed_and_exponent_codes() {
        // Expected values from CPython 3.11: format(x, '.{p}{code}')
        assert_eq!(
            fmt(0.1, 'f', 60),
            "0.100000000000000005551115123125782702118158340454101562500000"
        );
        assert_eq!(fmt(0.1, 'g', 17), "0.10000000000000001");
        assert_eq!(fmt(5e-324, 'e', 3), "4.941e-324");
        assert_eq!(fmt(1e23, 'f', 0), "99999999999999991611392");
        assert_eq!(fmt(9.5, 'e', 0), "1e+01");
        assert_eq!(fmt(8.5, 'e', 0), "8e+00");
        assert_eq!(fmt(0.5, 'f', 0), "0");
        assert_eq!(fmt(1.5, 'f', 0), "2");
        assert_eq!(fmt(2.5, 'f', 0), "2");
        assert_eq!(fmt(-0.001, 'f', 2), "-0.00");
        assert_eq!(fmt(9.9999, 'g', 2), "10");
        assert_eq!(fmt(-0.0, 'e', 2), "-0.00e+00");
        assert_eq!(fmt(123.456, 'f', 0), "123");
        assert_eq!(fmt(f64::NAN, 'F', 2), "NAN");
        assert_eq!(fmt(f64::NEG_INFINITY, 'E', 2), "-INF");
        assert_eq!(fmt(1e-20, 'G', 6), "1E-20");
        let s = fmt(5e-324, 'f', 1100);
        assert!(s.starts_with("0.000") && s.ends_with("00000") && s.len() == 1102);
        assert!(fmt(1e300, 'f', 6).starts_with("10000000000000000525"));
    }
}
