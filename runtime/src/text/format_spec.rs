//! The format-spec mini-language of `format()`, `str.format` and f-strings,
//! `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`, with the
//! int, float and str formatters of CPython 3.11 (`Python/formatter_unicode.c`).
//!
//! [`FormatSpec::parse`] does the object-independent parsing; the type-specific
//! checks (which depend on the default presentation type) happen at the start
//! of [`format_int`], [`format_float`] and [`format_str`], which is the point
//! where CPython makes them too, so the first error reported is the same.
//! Only the C locale is modelled: type `n` never groups and uses `.`.

use num_bigint::{BigInt, BigUint};
use num_traits::{Signed, ToPrimitive};

use super::float_repr::{double_to_string, DtoaFlags};
use super::{
    biguint_to_decimal_checked, memory_err, push_repeated, py_decimal_value, reserve,
    truncate_chars, value_err, TextError,
};

/// A parsed format spec.  Fields are as written; defaults that depend on the
/// kind of object (alignment, fill, type) are applied by the formatters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormatSpec {
    /// The fill character, if given (only possible together with `align`).
    pub fill: Option<char>,
    /// One of `<`, `>`, `=`, `^`.
    pub align: Option<char>,
    /// One of `+`, `-`, ` `.
    pub sign: Option<char>,
    /// The `z` option: coerce negative zero to zero (floats only).
    pub no_neg_0: bool,
    /// The `#` option.
    pub alternate: bool,
    /// A `0` before the width (with no explicit fill): zero padding.
    pub zero_pad: bool,
    /// Minimum field width, in characters.
    pub width: Option<usize>,
    /// Thousands separator: `,` or `_`.
    pub grouping: Option<char>,
    /// The precision after `.`.
    pub precision: Option<usize>,
    /// The presentation type character.
    pub ty: Option<char>,
    /// `type(obj).__name__`, used in error messages.
    pub type_name: String,
}

/// Largest width or precision CPython accepts while parsing (`PY_SSIZE_T_MAX`).
const SSIZE_MAX: u64 = i64::MAX as u64;

/// `get_integer`: a run of Unicode decimal digits, `None` if there is none.
fn get_integer(chars: &[char], pos: &mut usize) -> Result<Option<usize>, TextError> {
    let start = *pos;
    let mut acc: u64 = 0;
    while let Some(d) = chars.get(*pos).and_then(|&c| py_decimal_value(c)) {
        let d = u64::from(d);
        if acc > (SSIZE_MAX - d) / 10 {
            return value_err("Too many decimal digits in format string");
        }
        acc = acc * 10 + d;
        *pos += 1;
    }
    if *pos == start {
        return Ok(None);
    }
    // `acc` <= i64::MAX, which fits a 64-bit usize; saturate elsewhere.
    Ok(Some(usize::try_from(acc).unwrap_or(usize::MAX)))
}

/// A presentation type as CPython quotes it in messages: printable ASCII as
/// `'c'`, anything else as `'\xNN'` (C's `%x`, no padding).
fn quote_type(ty: char) -> String {
    let cp = ty as u32;
    if cp > 32 && cp < 128 {
        format!("'{ty}'")
    } else {
        format!("'\\x{cp:x}'")
    }
}

impl FormatSpec {
    /// Parse a format spec for an object of the Python type `type_name` (the
    /// name only appears in error messages, as in CPython 3.11's
    /// `Invalid format specifier '…' for object of type '…'`).
    pub fn parse(spec: &str, type_name: &str) -> Result<FormatSpec, TextError> {
        let chars: Vec<char> = spec.chars().collect();
        let end = chars.len();
        let at = |i: usize| chars.get(i).copied();
        let is_align = |c: Option<char>| matches!(c, Some('<' | '>' | '=' | '^'));
        let mut out = FormatSpec {
            fill: None,
            align: None,
            sign: None,
            no_neg_0: false,
            alternate: false,
            zero_pad: false,
            width: None,
            grouping: None,
            precision: None,
            ty: None,
            type_name: type_name.to_string(),
        };
        let mut pos = 0;
        // A fill character needs an alignment after it.
        if is_align(at(1)) {
            out.fill = at(0);
            out.align = at(1);
            pos = 2;
        } else if is_align(at(0)) {
            out.align = at(0);
            pos = 1;
        }
        if let Some(c @ ('+' | '-' | ' ')) = at(pos) {
            out.sign = Some(c);
            pos += 1;
        }
        if at(pos) == Some('z') {
            out.no_neg_0 = true;
            pos += 1;
        }
        if at(pos) == Some('#') {
            out.alternate = true;
            pos += 1;
        }
        // The backwards-compatible "0" padding, only without an explicit fill.
        if out.fill.is_none() && at(pos) == Some('0') {
            out.zero_pad = true;
            pos += 1;
        }
        out.width = get_integer(&chars, &mut pos)?;
        if at(pos) == Some(',') {
            out.grouping = Some(',');
            pos += 1;
        }
        if at(pos) == Some('_') {
            if out.grouping.is_some() {
                return value_err("Cannot specify both ',' and '_'.");
            }
            out.grouping = Some('_');
            pos += 1;
        }
        if at(pos) == Some(',') && out.grouping == Some('_') {
            return value_err("Cannot specify both ',' and '_'.");
        }
        if at(pos) == Some('.') {
            pos += 1;
            out.precision = get_integer(&chars, &mut pos)?;
            if out.precision.is_none() {
                return value_err("Format specifier missing precision");
            }
        }
        match end - pos {
            0 => {}
            1 => out.ty = at(pos),
            _ => {
                return value_err(format!(
                    "Invalid format specifier '{spec}' for object of type '{}'",
                    truncate_chars(type_name, 200)
                ))
            }
        }
        Ok(out)
    }

    /// The `Unknown format code` error for this spec's object type.
    fn unknown_type(&self, ty: char) -> TextError {
        TextError::Value(format!(
            "Unknown format code {} for object of type '{}'",
            quote_type(ty),
            truncate_chars(&self.type_name, 200)
        ))
    }

    /// Validate the thousands separator against the effective type (`'\0'`
    /// for a float with no type) and return the grouping (size, separator).
    fn grouping_for(&self, ty: char) -> Result<Option<(usize, u8)>, TextError> {
        let Some(sep) = self.grouping else {
            return Ok(None);
        };
        match ty {
            'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' | '\0' => Ok(Some((3, sep as u8))),
            // PEP 515: '_' groups bin/oct/hex digits by four.
            'b' | 'o' | 'x' | 'X' if sep == '_' => Ok(Some((4, b'_'))),
            _ => value_err(format!("Cannot specify '{sep}' with {}.", quote_type(ty))),
        }
    }

    /// The effective fill character and alignment for an object whose
    /// default alignment is `default_align`.
    fn fill_align(&self, default_align: char) -> (char, char) {
        let fill = self.fill.unwrap_or(if self.zero_pad { '0' } else { ' ' });
        let align = self
            .align
            .unwrap_or(if self.zero_pad && default_align == '>' {
                '='
            } else {
                default_align
            });
        (fill, align)
    }

    /// Width as CPython's signed `Py_ssize_t` (-1 when absent).
    fn width_i64(&self) -> i64 {
        self.width
            .map_or(-1, |w| i64::try_from(w).unwrap_or(i64::MAX))
    }
}

/// The pieces of a formatted number, laid out as
/// `<lpad><sign><prefix><spad><grouped digits><.><remainder><rpad>`.
struct Number<'a> {
    negative: bool,
    prefix: &'a str,
    /// ASCII digits subject to grouping and zero padding (may be empty).
    digits: &'a [u8],
    decimal: bool,
    /// Everything after the decimal point: fraction, exponent, `%`, `inf`…
    remainder: &'a str,
}

/// `_PyUnicode_InsertThousandsGrouping`: group `digits` from the right,
/// adding zero digits (and separators between them) until at least
/// `min_width` characters are produced.
fn group_digits(digits: &[u8], min_width: i64, grouping: Option<(usize, u8)>) -> Vec<u8> {
    let mut rev: Vec<u8> = Vec::with_capacity(digits.len() + digits.len() / 3 + 1);
    let mut remaining = digits.len() as i64;
    let mut min_width = min_width.max(0);
    let mut next = digits.len();
    let mut emit = |rev: &mut Vec<u8>, n_chars: i64, n_zeros: i64, sep: Option<u8>| {
        if let Some(s) = sep {
            rev.push(s);
        }
        for _ in 0..n_chars {
            next -= 1;
            rev.push(digits[next]);
        }
        rev.extend(std::iter::repeat_n(b'0', n_zeros.max(0) as usize));
    };
    match grouping {
        Some((size, sep)) => {
            let size = size as i64;
            let mut first = true;
            loop {
                let len = size.min(remaining.max(min_width).max(1));
                let n_zeros = (len - remaining).max(0);
                let n_chars = remaining.min(len).max(0);
                emit(&mut rev, n_chars, n_zeros, (!first).then_some(sep));
                first = false;
                remaining -= n_chars;
                min_width -= len;
                if remaining <= 0 && min_width <= 0 {
                    break;
                }
                // The separator counts toward the width too.
                min_width -= 1;
            }
        }
        None => {
            let len = remaining.max(min_width).max(1);
            let n_zeros = (len - remaining).max(0);
            let n_chars = remaining.min(len).max(0);
            emit(&mut rev, n_chars, n_zeros, None);
        }
    }
    rev.reverse();
    rev
}

/// `calc_number_widths` + `fill_number`: pad and group a number.
fn layout(
    num: &Number<'_>,
    spec: &FormatSpec,
    default_align: char,
    grouping: Option<(usize, u8)>,
) -> Result<String, TextError> {
    let (fill, align) = spec.fill_align(default_align);
    let width = spec.width_i64();
    let sign_char = match spec.sign {
        Some('+') => Some(if num.negative { '-' } else { '+' }),
        Some(' ') => Some(if num.negative { '-' } else { ' ' }),
        _ => num.negative.then_some('-'),
    };
    let n_non_digit = sign_char.map_or(0, |_| 1)
        + num.prefix.chars().count() as i64
        + i64::from(num.decimal)
        + num.remainder.chars().count() as i64;
    // Zero padding with '=' goes inside the digits so that it gets grouped.
    let min_width = if fill == '0' && align == '=' {
        width - n_non_digit
    } else {
        0
    };
    // Fail politely (MemoryError) before building an absurdly wide result.
    let mut out = String::new();
    let total = usize::try_from(width.max(0)).map_err(|_| memory_err())?;
    let bytes = total.checked_mul(fill.len_utf8()).ok_or_else(memory_err)?;
    reserve(&mut out, bytes.saturating_add(num.digits.len() * 2 + 16))?;

    let grouped = if num.digits.is_empty() {
        Vec::new()
    } else {
        group_digits(num.digits, min_width, grouping)
    };
    let padding = width - (n_non_digit + grouped.len() as i64);
    let (mut lpad, mut spad, mut rpad) = (0, 0, 0);
    if padding > 0 {
        let p = padding as usize;
        match align {
            '<' => rpad = p,
            '^' => {
                lpad = p / 2;
                rpad = p - lpad;
            }
            '=' => spad = p,
            _ => lpad = p,
        }
    }
    push_repeated(&mut out, fill, lpad)?;
    if let Some(c) = sign_char {
        out.push(c);
    }
    out.push_str(num.prefix);
    push_repeated(&mut out, fill, spad)?;
    out.extend(grouped.iter().map(|&b| b as char));
    if num.decimal {
        out.push('.');
    }
    out.push_str(num.remainder);
    push_repeated(&mut out, fill, rpad)?;
    Ok(out)
}

/// `int(n)` → `float`, correctly rounded (half to even) like CPython's
/// `PyLong_AsDouble`; `None` when the result would overflow.
fn bigint_to_f64(n: &BigInt) -> Option<f64> {
    let mag: &BigUint = n.magnitude();
    let bits = mag.bits();
    let value = if bits <= 64 {
        mag.to_u64()? as f64
    } else if bits > 1100 {
        return None;
    } else {
        // Keep the top 64 bits plus a sticky bit for everything below, so the
        // single u64 → f64 rounding is the correct one.
        let shift = bits - 64;
        let mut top = (mag >> shift).to_u64()?;
        if mag.trailing_zeros().unwrap_or(0) < shift {
            top |= 1;
        }
        top as f64 * 2f64.powi(shift as i32)
    };
    if value.is_infinite() {
        return None;
    }
    Some(if n.is_negative() { -value } else { value })
}

/// `format(n, spec)` for an `int`: types `b c d o x X n` and none, or
/// `e E f F g G %` which format `float(n)`.
pub fn format_int(n: &BigInt, spec: &FormatSpec) -> Result<String, TextError> {
    let ty = spec.ty.unwrap_or('d');
    let grouping = spec.grouping_for(ty)?;
    match ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => {}
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let x = bigint_to_f64(n)
                .ok_or_else(|| TextError::Overflow("int too large to convert to float".into()))?;
            return format_float_typed(x, spec, Some(ty), grouping);
        }
        _ => return Err(spec.unknown_type(ty)),
    }
    if spec.precision.is_some() {
        return value_err("Precision not allowed in integer format specifier");
    }
    if spec.no_neg_0 {
        return value_err("Negative zero coercion (z) not allowed in integer format specifier");
    }
    if ty == 'c' {
        if spec.sign.is_some() {
            return value_err("Sign not allowed with integer format specifier 'c'");
        }
        if spec.alternate {
            return value_err("Alternate form (#) not allowed with integer format specifier 'c'");
        }
        let code = n.to_i64().ok_or_else(|| {
            TextError::Overflow("Python int too large to convert to C long".into())
        })?;
        if !(0..=0x10ffff).contains(&code) {
            return Err(TextError::Overflow("%c arg not in range(0x110000)".into()));
        }
        // Rust strings cannot hold lone surrogates (CPython would return one).
        let c = char::from_u32(code as u32).ok_or_else(|| {
            TextError::Value(format!(
                "%c arg {code:#x} is a surrogate, which this implementation cannot represent"
            ))
        })?;
        let mut buf = [0u8; 4];
        let num = Number {
            negative: false,
            prefix: "",
            digits: &[],
            decimal: false,
            remainder: c.encode_utf8(&mut buf),
        };
        return layout(&num, spec, '>', grouping);
    }
    let (base, prefix) = match ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let mut digits = if base == 10 {
        biguint_to_decimal_checked(n.magnitude())?
    } else {
        n.magnitude().to_str_radix(base)
    };
    if ty == 'X' {
        digits.make_ascii_uppercase();
    }
    let num = Number {
        negative: n.is_negative(),
        prefix: if spec.alternate { prefix } else { "" },
        digits: digits.as_bytes(),
        decimal: false,
        remainder: "",
    };
    // 'n' uses the locale's grouping; in the C locale that is none.
    let grouping = if ty == 'n' { None } else { grouping };
    layout(&num, spec, '>', grouping)
}

/// `format(x, spec)` for a `float`: types `e E f F g G n %` and none (like
/// `repr` without a precision, like `g` with at least one digit after the
/// point with one).
pub fn format_float(x: f64, spec: &FormatSpec) -> Result<String, TextError> {
    let grouping = spec.grouping_for(spec.ty.unwrap_or('\0'))?;
    match spec.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => {
            format_float_typed(x, spec, spec.ty, grouping)
        }
        Some(ty) => Err(spec.unknown_type(ty)),
    }
}

/// `format_float_internal`, once the type is known to be a float type.
fn format_float_typed(
    x: f64,
    spec: &FormatSpec,
    ty: Option<char>,
    grouping: Option<(usize, u8)>,
) -> Result<String, TextError> {
    if spec.precision.is_some_and(|p| p > i32::MAX as usize) {
        return value_err("precision too big");
    }
    let mut flags = DtoaFlags {
        alt: spec.alternate,
        no_neg_0: spec.no_neg_0,
        ..DtoaFlags::default()
    };
    let mut value = x;
    let (mut code, default_precision) = match ty {
        None => {
            // No type: repr-like, and integral values keep a ".0".
            flags.add_dot_0 = true;
            ('r', 0)
        }
        Some('n') => ('g', 6),
        Some('%') => {
            value *= 100.0;
            ('f', 6)
        }
        Some(c) => (c, 6),
    };
    let precision = match spec.precision {
        Some(p) => {
            if code == 'r' {
                code = 'g';
            }
            p
        }
        None => default_precision,
    };
    let mut text = double_to_string(value, code, precision, flags);
    if ty == Some('%') {
        text.push('%');
    }
    let (negative, body) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.as_str()),
    };
    // parse_number: leading digits are grouped; a '.' after them is the
    // decimal point; everything after is copied as is.
    let n_digits = body.bytes().take_while(u8::is_ascii_digit).count();
    let (digits, rest) = body.split_at(n_digits);
    let (decimal, remainder) = match rest.strip_prefix('.') {
        Some(r) => (true, r),
        None => (false, rest),
    };
    let num = Number {
        negative,
        prefix: "",
        digits: digits.as_bytes(),
        decimal,
        remainder,
    };
    let grouping = if ty == Some('n') { None } else { grouping };
    layout(&num, spec, '>', grouping)
}

/// `format(z, spec)` for a complex `re + im*j` (CPython's `format_complex_internal`): each
/// part formatted as a float, the imaginary one always signed, the whole padded as one
/// field; with no type, like `repr` (parentheses, and no real part when it is +0).
pub fn format_complex(re: f64, im: f64, spec: &FormatSpec) -> Result<String, TextError> {
    let grouping = spec.grouping_for(spec.ty.unwrap_or('\0'))?;
    match spec.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n') => {}
        Some(ty) => return Err(spec.unknown_type(ty)),
    }
    if spec.precision.is_some_and(|p| p > i32::MAX as usize) {
        return value_err("precision too big");
    }
    let (fill, align) = spec.fill_align('>');
    if fill == '0' {
        return value_err("Zero padding is not allowed in complex format specifier");
    }
    if align == '=' {
        return value_err("'=' alignment flag is not allowed in complex format specifier");
    }
    let flags = DtoaFlags {
        alt: spec.alternate,
        no_neg_0: spec.no_neg_0,
        ..DtoaFlags::default()
    };
    let (mut code, default_precision, skip_re, parens) = match spec.ty {
        None => {
            let skip = re == 0.0 && re.is_sign_positive();
            ('r', 0, skip, !skip)
        }
        Some('n') => ('g', 6, false, false),
        Some(c) => (c, 6, false, false),
    };
    let precision = match spec.precision {
        Some(p) => {
            if code == 'r' {
                code = 'g';
            }
            p
        }
        None => default_precision,
    };
    let grouping = if spec.ty == Some('n') { None } else { grouping };
    // Each part as a number with its sign, unpadded; the imaginary part always signed
    // unless it stands alone.
    let part = |x: f64, sign: Option<char>| -> Result<String, TextError> {
        let text = double_to_string(x, code, precision, flags);
        let (negative, body) = match text.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, text.as_str()),
        };
        let n_digits = body.bytes().take_while(u8::is_ascii_digit).count();
        let (digits, rest) = body.split_at(n_digits);
        let (decimal, remainder) = match rest.strip_prefix('.') {
            Some(r) => (true, r),
            None => (false, rest),
        };
        let num = Number {
            negative,
            prefix: "",
            digits: digits.as_bytes(),
            decimal,
            remainder,
        };
        let bare = FormatSpec {
            fill: None,
            align: Some('<'),
            sign,
            zero_pad: false,
            width: None,
            ..spec.clone()
        };
        layout(&num, &bare, '<', grouping)
    };
    let re_text = if skip_re {
        String::new()
    } else {
        part(re, spec.sign)?
    };
    let im_text = part(im, if skip_re { spec.sign } else { Some('+') })?;
    let body = format!(
        "{}{re_text}{im_text}j{}",
        if parens { "(" } else { "" },
        if parens { ")" } else { "" }
    );
    let n = body.chars().count() as i64;
    let total = spec.width_i64().max(n);
    let lpad = match align {
        '>' => total - n,
        '^' => (total - n) / 2,
        _ => 0,
    } as usize;
    let rpad = (total - n) as usize - lpad;
    let mut out = String::new();
    push_repeated(&mut out, fill, lpad)?;
    out.push_str(&body);
    push_repeated(&mut out, fill, rpad)?;
    Ok(out)
}

/// `format(s, spec)` for a `str`: type `s` or none; precision truncates;
/// left-aligned by default.  Widths and precisions count characters.
pub fn format_str(s: &str, spec: &FormatSpec) -> Result<String, TextError> {
    let ty = spec.ty.unwrap_or('s');
    spec.grouping_for(ty)?;
    if ty != 's' {
        return Err(spec.unknown_type(ty));
    }
    match spec.sign {
        Some(' ') => return value_err("Space not allowed in string format specifier"),
        Some(_) => return value_err("Sign not allowed in string format specifier"),
        None => {}
    }
    if spec.no_neg_0 {
        return value_err("Negative zero coercion (z) not allowed in string format specifier");
    }
    if spec.alternate {
        return value_err("Alternate form (#) not allowed in string format specifier");
    }
    let (fill, align) = spec.fill_align('<');
    if align == '=' {
        return value_err("'=' alignment not allowed in string format specifier");
    }
    let text = match spec.precision {
        Some(p) => super::truncate_chars(s, p),
        None => s,
    };
    let len = text.chars().count();
    let total = spec.width.map_or(len, |w| w.max(len));
    let padding = total - len;
    let lpad = match align {
        '>' => padding,
        '^' => padding / 2,
        _ => 0,
    };
    let mut out = String::new();
    let pad_bytes = padding
        .checked_mul(fill.len_utf8())
        .ok_or_else(memory_err)?;
    reserve(&mut out, pad_bytes.saturating_add(text.len()))?;
    push_repeated(&mut out, fill, lpad)?;
    out.push_str(text);
    push_repeated(&mut out, fill, padding - lpad)?;
    Ok(out)
}

#[cfg(test)]
// Inputs such as 3.14159 are CPython doc-style examples, not stand-ins for PI.
#[allow(clippy::approx_constant)]
mod tests {
    use super::*;

    fn int(n: i64, spec: &str) -> Result<String, TextError> {
        FormatSpec::parse(spec, "int").and_then(|s| format_int(&BigInt::from(n), &s))
    }

    fn big(n: &str, spec: &str) -> Result<String, TextError> {
        let n: BigInt = n.parse().unwrap_or_default();
        FormatSpec::parse(spec, "int").and_then(|s| format_int(&n, &s))
    }

    fn flt(x: f64, spec: &str) -> Result<String, TextError> {
        FormatSpec::parse(spec, "float").and_then(|s| format_float(x, &s))
    }

    fn st(x: &str, spec: &str) -> Result<String, TextError> {
        FormatSpec::parse(spec, "str").and_then(|s| format_str(x, &s))
    }

    fn ok(s: &str) -> Result<String, TextError> {
        Ok(s.to_string())
    }

    fn verr(s: &str) -> Result<String, TextError> {
        Err(TextError::Value(s.to_string()))
    }

    #[test]
    fn parse_fields() {
        let s = FormatSpec::parse("*^+z#012,.3f", "float");
        assert_eq!(
            s,
            Ok(FormatSpec {
                fill: Some('*'),
                align: Some('^'),
                sign: Some('+'),
                no_neg_0: true,
                alternate: true,
                zero_pad: false,
                width: Some(12),
                grouping: Some(','),
                precision: Some(3),
                ty: Some('f'),
                type_name: "float".into(),
            })
        );
        let s = FormatSpec::parse("010_", "int");
        assert!(s.is_ok_and(|s| s.zero_pad && s.width == Some(10) && s.grouping == Some('_')));
    }

    #[test]
    fn int_formats_match_cpython() {
        // Expected values from CPython 3.11: format(n, spec)
        assert_eq!(int(1234567, ""), ok("1234567"));
        assert_eq!(int(1234567, ","), ok("1,234,567"));
        assert_eq!(int(1234567, "_"), ok("1_234_567"));
        assert_eq!(int(-1234567, "_d"), ok("-1_234_567"));
        assert_eq!(int(1234567, "n"), ok("1234567"));
        assert_eq!(int(255, "b"), ok("11111111"));
        assert_eq!(int(255, "#b"), ok("0b11111111"));
        assert_eq!(int(255, "#o"), ok("0o377"));
        assert_eq!(int(-255, "#x"), ok("-0xff"));
        assert_eq!(int(255, "#X"), ok("0XFF"));
        assert_eq!(int(255, "_b"), ok("1111_1111"));
        assert_eq!(int(255, "#_b"), ok("0b1111_1111"));
        assert_eq!(int(1 << 40, "_x"), ok("100_0000_0000"));
        assert_eq!(int(-(1 << 40), "#_X"), ok("-0X100_0000_0000"));
        assert_eq!(int(255, "#012_x"), ok("0x0_0000_00ff"));
        assert_eq!(int(1234, "08,"), ok("0,001,234"));
        assert_eq!(int(1234, "010,"), ok("00,001,234"));
        assert_eq!(int(1234, "0=10,"), ok("00,001,234"));
        assert_eq!(int(-1234, "011_"), ok("-00_001_234"));
        assert_eq!(int(12, "+05"), ok("+0012"));
        assert_eq!(int(12, " 05"), ok(" 0012"));
        assert_eq!(int(-12, "<05"), ok("-1200"));
        assert_eq!(int(-12, "^07"), ok("00-1200"));
        assert_eq!(int(-12, "=7"), ok("-    12"));
        assert_eq!(int(12, "x^+7"), ok("xx+12xx"));
        assert_eq!(int(0, "#x"), ok("0x0"));
        assert_eq!(int(0, "#010b"), ok("0b00000000"));
        assert_eq!(int(12, "#^10x"), ok("####c#####"));
        assert_eq!(int(1, "١٠"), ok("         1"));
        assert_eq!(int(1, "x<٣"), ok("1xx"));
        assert_eq!(int(42, "#d"), ok("42"));
        assert_eq!(int(-42, " "), ok("-42"));
        assert_eq!(int(42, "-"), ok("42"));
        // 'c'
        assert_eq!(int(1, "c"), ok("\u{1}"));
        assert_eq!(int(65, "5c"), ok("    A"));
        assert_eq!(int(65, "05c"), ok("0000A"));
        assert_eq!(int(233, "<3c"), ok("é  "));
        // float types
        assert_eq!(int(1, "e"), ok("1.000000e+00"));
        assert_eq!(int(123456789, ".2e"), ok("1.23e+08"));
        assert_eq!(int(123456789, "g"), ok("1.23457e+08"));
        assert_eq!(int(123456789, ",.2f"), ok("123,456,789.00"));
        assert_eq!(int(12, "%"), ok("1200.000000%"));
        assert_eq!(int(-12, "+e"), ok("-1.200000e+01"));
        assert_eq!(
            big("100000000000000000000", "f"),
            ok("100000000000000000000.000000")
        );
        assert_eq!(big("100000000000000000000", "e"), ok("1.000000e+20"));
        assert_eq!(
            big("100000000000000000000", ""),
            ok("100000000000000000000")
        );
        assert_eq!(big("10000000000000000", "g"), ok("1e+16"));
        assert_eq!(big("9007199254740993", "f"), ok("9007199254740992.000000"));
        assert_eq!(big("9223372036854775808", "e"), ok("9.223372e+18"));
    }

    #[test]
    fn int_errors_match_cpython() {
        // Expected messages from CPython 3.11
        assert_eq!(
            int(1, "abc"),
            verr("Invalid format specifier 'abc' for object of type 'int'")
        );
        assert_eq!(int(1, ",_"), verr("Cannot specify both ',' and '_'."));
        assert_eq!(int(1, "_,"), verr("Cannot specify both ',' and '_'."));
        assert_eq!(int(1, "."), verr("Format specifier missing precision"));
        assert_eq!(
            int(1, ".2"),
            verr("Precision not allowed in integer format specifier")
        );
        assert_eq!(
            int(1, "z"),
            verr("Negative zero coercion (z) not allowed in integer format specifier")
        );
        assert_eq!(
            int(1, "q"),
            verr("Unknown format code 'q' for object of type 'int'")
        );
        assert_eq!(
            int(1, "é"),
            verr("Unknown format code '\\xe9' for object of type 'int'")
        );
        assert_eq!(
            int(1, "\u{1}"),
            verr("Unknown format code '\\x1' for object of type 'int'")
        );
        assert_eq!(int(1, ",s"), verr("Cannot specify ',' with 's'."));
        assert_eq!(int(1, ",é"), verr("Cannot specify ',' with '\\xe9'."));
        assert_eq!(int(1, ",n"), verr("Cannot specify ',' with 'n'."));
        assert_eq!(int(1, "_n"), verr("Cannot specify '_' with 'n'."));
        assert_eq!(
            int(1, "n,"),
            verr("Invalid format specifier 'n,' for object of type 'int'")
        );
        assert_eq!(int(1, ",b"), verr("Cannot specify ',' with 'b'."));
        assert_eq!(int(1, ",x"), verr("Cannot specify ',' with 'x'."));
        assert_eq!(int(1, "_b"), ok("1"));
        assert_eq!(
            int(1, "+c"),
            verr("Sign not allowed with integer format specifier 'c'")
        );
        assert_eq!(
            int(1, "#c"),
            verr("Alternate form (#) not allowed with integer format specifier 'c'")
        );
        assert_eq!(
            int(-1, "c"),
            Err(TextError::Overflow("%c arg not in range(0x110000)".into()))
        );
        assert_eq!(
            big("1000000000000000000000000000000", "c"),
            Err(TextError::Overflow(
                "Python int too large to convert to C long".into()
            ))
        );
        assert_eq!(
            int(1, "99999999999999999999"),
            verr("Too many decimal digits in format string")
        );
        assert_eq!(
            int(1, "999999999999999999"),
            Err(TextError::Memory(String::new()))
        );
        let two_1024 = BigInt::from(1) << 1024usize;
        let spec = FormatSpec::parse("f", "int");
        assert_eq!(
            spec.and_then(|s| format_int(&two_1024, &s)),
            Err(TextError::Overflow(
                "int too large to convert to float".into()
            ))
        );
        let huge = BigInt::from(10).pow(5000);
        let spec = FormatSpec::parse("d", "int");
        assert_eq!(
            spec.and_then(|s| format_int(&huge, &s)),
            verr(
                "Exceeds the limit (4300 digits) for integer string conversion; \
                 use sys.set_int_max_str_digits() to increase the limit"
            )
        );
        let spec = FormatSpec::parse("x", "int");
        assert!(spec
            .and_then(|s| format_int(&huge, &s))
            .is_ok_and(|s| s.starts_with("31e20")));
        let spec = FormatSpec::parse("q", "bool");
        assert_eq!(
            spec.and_then(|s| format_int(&BigInt::from(1), &s)),
            verr("Unknown format code 'q' for object of type 'bool'")
        );
    }

    #[test]
    fn float_formats_match_cpython() {
        // Expected values from CPython 3.11: format(x, spec)
        let cases: &[(f64, &str, &str)] = &[
            (1.5, "", "1.5"),
            (-0.0, "", "-0.0"),
            (1e16, "", "1e+16"),
            (0.001, ".2f", "0.00"),
            (-0.001, ".2f", "-0.00"),
            (-0.001, "z.2f", "0.00"),
            (-0.0, "z", "0.0"),
            (-1e-10, "z.3f", "0.000"),
            (-0.0, "z%", "0.000000%"),
            (-1e-7, "z.3e", "-1.000e-07"),
            (f64::NAN, "z", "nan"),
            (f64::NEG_INFINITY, "z", "-inf"),
            (1.0, ".3", "1.0"),
            (1e20, ".3", "1e+20"),
            (123.0, ".3", "1.23e+02"),
            (0.0001, ".3", "0.0001"),
            (1.0, "#.3", "1.00"),
            (1.0, "#g", "1.00000"),
            (1.0, "g", "1"),
            (1e-5, "g", "1e-05"),
            (1e16, ".17", "1e+16"),
            (1.0, ".0e", "1e+00"),
            (1.0, "#.0e", "1.e+00"),
            (1.0, "#.0f", "1."),
            (12345.678, ",.2f", "12,345.68"),
            (12345.678, "_", "12_345.678"),
            (1234567.0, ",", "1,234,567.0"),
            (1e20, ",", "1e+20"),
            (0.5, "%", "50.000000%"),
            (0.5, ".0%", "50%"),
            (1.5, "n", "1.5"),
            (1234567.5, "n", "1.23457e+06"),
            (1.5, ",%", "150.000000%"),
            (f64::INFINITY, "010", "0000000inf"),
            (f64::NEG_INFINITY, "010", "-000000inf"),
            (f64::NAN, "+010", "+000000nan"),
            (f64::INFINITY, "010,", "0000000inf"),
            (f64::INFINITY, ",", "inf"),
            (f64::NAN, "+", "+nan"),
            (12.5, "=+10", "+     12.5"),
            (-12.5, "^10", "  -12.5   "),
            (12.5, "*^11.2f", "***12.50***"),
            (-0.0, "+", "-0.0"),
            (0.0, " ", " 0.0"),
            (1234.5, "010,.1f", "0,001,234.5"),
            (1234.5, "=+012_.1f", "+0_001_234.5"),
            (-1e20, "012,", "-000,001e+20"),
            (1.5, "#", "1.5"),
            (1e20, "#", "1.e+20"),
            (1.0, "#.0", "1.e+00"),
            (150.0, "#.2", "1.5e+02"),
            (1.0, ".0", "1e+00"),
            (12.0, ".1", "1e+01"),
            (0.1, "%", "10.000000%"),
            (1.0, ".3%", "100.000%"),
            (-0.5, "+.1%", "-50.0%"),
            (2.0 / 3.0, ".5", "0.66667"),
            (9.9999, ".2", "1e+01"),
            (0.00001234, ".3", "1.23e-05"),
            (1e-4, ".3g", "0.0001"),
            (0.125, ".2f", "0.12"),
            (0.375, ".2f", "0.38"),
            (2.675, ".2f", "2.67"),
            (1.5, ".2٢f", "1.5000000000000000000000"),
            (1.0, ".٢f", "1.00"),
            (3.14159, "E", "3.141590E+00"),
            (1e100, "F", "10000000000000000159028911097599180468360808563945281389781327557747838772170381060813469985856815104.000000"),
            (f64::INFINITY, "F", "INF"),
            (1e-7, "G", "1E-07"),
        ];
        for (x, spec, expected) in cases {
            assert_eq!(flt(*x, spec), ok(expected), "format({x}, {spec:?})");
        }
    }

    #[test]
    fn float_errors_match_cpython() {
        assert_eq!(
            flt(1.0, "abc"),
            verr("Invalid format specifier 'abc' for object of type 'float'")
        );
        assert_eq!(
            flt(1.5, "d"),
            verr("Unknown format code 'd' for object of type 'float'")
        );
        assert_eq!(flt(1.5, ",n"), verr("Cannot specify ',' with 'n'."));
        assert_eq!(
            flt(1.5, "_x"),
            verr("Unknown format code 'x' for object of type 'float'")
        );
        assert_eq!(flt(1.5, ".2147483648f"), verr("precision too big"));
    }

    #[test]
    fn str_formats_match_cpython() {
        // Expected values from CPython 3.11: format(s, spec)
        assert_eq!(st("abc", ""), ok("abc"));
        assert_eq!(st("ab", "05"), ok("ab000"));
        assert_eq!(st("abc", "*^8"), ok("**abc***"));
        assert_eq!(st("abc", "^8.1"), ok("   a    "));
        assert_eq!(st("abc", ">5"), ok("  abc"));
        assert_eq!(st("abc", "5"), ok("abc  "));
        assert_eq!(st("abcdef", ".2"), ok("ab"));
        assert_eq!(st("abc", "2"), ok("abc"));
        assert_eq!(st("日本", "^6s"), ok("  日本  "));
        assert_eq!(st("é", "é>3"), ok("ééé"));
        assert_eq!(st("x", "0>3"), ok("00x"));
        assert_eq!(
            st("a", " "),
            verr("Space not allowed in string format specifier")
        );
        assert_eq!(
            st("a", "+"),
            verr("Sign not allowed in string format specifier")
        );
        assert_eq!(
            st("a", "-"),
            verr("Sign not allowed in string format specifier")
        );
        assert_eq!(
            st("a", "z"),
            verr("Negative zero coercion (z) not allowed in string format specifier")
        );
        assert_eq!(
            st("a", "#"),
            verr("Alternate form (#) not allowed in string format specifier")
        );
        assert_eq!(
            st("a", "=5"),
            verr("'=' alignment not allowed in string format specifier")
        );
        assert_eq!(st("a", ","), verr("Cannot specify ',' with 's'."));
        assert_eq!(
            st("a", "d"),
            verr("Unknown format code 'd' for object of type 'str'")
        );
        assert_eq!(
            st("a", "abc"),
            verr("Invalid format specifier 'abc' for object of type 'str'")
        );
    }
}
