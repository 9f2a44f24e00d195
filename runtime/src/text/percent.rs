//! printf-style `%` formatting for `str`, as CPython 3.11's
//! `PyUnicode_Format`: [`parse`] splits a format string into literal text and
//! conversion specs, and the interpreter, which owns the arguments (and the
//! `*` widths, the mapping for `%(key)s`, `str()`/`repr()`/`ascii()` of
//! objects), hands each converted value to [`format_int`], [`format_float`]
//! or [`pad`].
//!
//! Error precedence: CPython formats as it parses, so for an input such as
//! `'%d %y' % ('x',)` it reports the `%d` TypeError before the bad `%y`.
//! [`parse_lenient`] returns the pieces before a parse error together with
//! the error so the interpreter can reproduce that order.

use num_bigint::BigInt;
use num_traits::Signed;

use super::float_repr::{double_to_string, DtoaFlags};
use super::{biguint_to_decimal_checked, memory_err, push_repeated, reserve, TextError};

/// A width or precision: a number, or `*` (taken from the arguments).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Count {
    /// A number written in the format string.
    Fixed(usize),
    /// `*`: the next argument supplies it (see [`Spec::set_star_width`]).
    Star,
}

/// One conversion specification, `%[(key)][flags][width][.precision][lenmod]conv`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Spec {
    /// `%(name)s`: the mapping key (may contain balanced parentheses).
    pub key: Option<String>,
    /// `-`: left-justify.
    pub minus: bool,
    /// `+`: always a sign.
    pub plus: bool,
    /// ` `: a space for non-negative numbers.
    pub space: bool,
    /// `0`: zero padding (numbers only).
    pub zero: bool,
    /// `#`: alternate form.
    pub alt: bool,
    /// Minimum field width, in characters.
    pub width: Option<Count>,
    /// Precision: digits for floats, minimum digits for ints, maximum
    /// characters for `s`/`r`/`a`.  A bare `.` means 0.
    pub precision: Option<Count>,
    /// The conversion character: one of `s r a c d i u o x X e E f F g G`.
    pub conv: char,
    /// The character index of `conv` in the format string.
    pub index: usize,
}

impl Spec {
    /// Fill in a `*` width from its argument: a negative width means
    /// left-justify, as in CPython.
    pub fn set_star_width(&mut self, width: i64) {
        if width < 0 {
            self.minus = true;
        }
        self.width = Some(Count::Fixed(
            usize::try_from(width.unsigned_abs()).unwrap_or(usize::MAX),
        ));
    }

    /// Fill in a `*` precision from its argument: negative means 0.
    pub fn set_star_precision(&mut self, precision: i64) {
        self.precision = Some(Count::Fixed(usize::try_from(precision.max(0)).unwrap_or(0)));
    }

    /// The width as a number (`None` if absent or still `*`).
    fn width_value(&self) -> Option<usize> {
        match self.width {
            Some(Count::Fixed(w)) => Some(w),
            _ => None,
        }
    }

    /// The precision as a number (`None` if absent or still `*`).
    fn precision_value(&self) -> Option<usize> {
        match self.precision {
            Some(Count::Fixed(p)) => Some(p),
            _ => None,
        }
    }
}

/// A piece of a parsed format string.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    /// Text copied as is (`%%` already turned into `%`).
    Literal(String),
    /// A conversion to apply to the next argument (or the keyed one).
    Spec(Spec),
}

/// Why [`parse_lenient`] stopped.
#[derive(Debug, Clone, PartialEq)]
pub struct ParseFailure {
    /// The error CPython raises.
    pub error: TextError,
    /// For `unsupported format character`, the spec with the bad conversion
    /// character: CPython fetches that conversion's argument (and its `*`
    /// arguments) before reporting the character, so with too few arguments
    /// it raises `not enough arguments for format string` instead.
    pub spec: Option<Spec>,
}

fn incomplete() -> TextError {
    TextError::Value("incomplete format".into())
}

/// The characters CPython accepts as conversions.
fn is_supported(conv: char) -> bool {
    matches!(
        conv,
        's' | 'r'
            | 'a'
            | 'c'
            | 'd'
            | 'i'
            | 'u'
            | 'o'
            | 'x'
            | 'X'
            | 'e'
            | 'E'
            | 'f'
            | 'F'
            | 'g'
            | 'G'
    )
}

/// Parse one spec; `pos` is just past the `%`.  Mirrors
/// `unicode_format_arg_parse`, where running out of characters anywhere is
/// "incomplete format".
fn parse_spec(chars: &[char], pos: &mut usize) -> Result<Spec, ParseFailure> {
    let fail = |error: TextError| ParseFailure { error, spec: None };
    let next = |pos: &mut usize| -> Result<char, ParseFailure> {
        let c = chars.get(*pos).copied().ok_or_else(|| fail(incomplete()))?;
        *pos += 1;
        Ok(c)
    };
    let mut spec = Spec {
        key: None,
        minus: false,
        plus: false,
        space: false,
        zero: false,
        alt: false,
        width: None,
        precision: None,
        conv: '\0',
        index: 0,
    };
    if chars.get(*pos) == Some(&'(') {
        *pos += 1;
        let start = *pos;
        let mut depth = 1;
        while depth > 0 {
            let c = chars
                .get(*pos)
                .ok_or_else(|| fail(TextError::Value("incomplete format key".into())))?;
            match c {
                ')' => depth -= 1,
                '(' => depth += 1,
                _ => {}
            }
            *pos += 1;
        }
        spec.key = Some(chars[start..*pos - 1].iter().collect());
    }
    let mut c = next(pos)?;
    loop {
        match c {
            '-' => spec.minus = true,
            '+' => spec.plus = true,
            ' ' => spec.space = true,
            '#' => spec.alt = true,
            '0' => spec.zero = true,
            _ => break,
        }
        c = next(pos)?;
    }
    if c == '*' {
        spec.width = Some(Count::Star);
        c = next(pos)?;
    } else if let Some(d) = c.to_digit(10).filter(|_| c.is_ascii_digit()) {
        let mut width = d as usize;
        loop {
            c = next(pos)?;
            let Some(d) = c.to_digit(10).filter(|_| c.is_ascii_digit()) else {
                break;
            };
            if width > (isize::MAX as usize - d as usize) / 10 {
                return Err(fail(TextError::Value("width too big".into())));
            }
            width = width * 10 + d as usize;
        }
        spec.width = Some(Count::Fixed(width));
    }
    if c == '.' {
        spec.precision = Some(Count::Fixed(0));
        c = next(pos)?;
        if c == '*' {
            spec.precision = Some(Count::Star);
            c = next(pos)?;
        } else if let Some(d) = c.to_digit(10).filter(|_| c.is_ascii_digit()) {
            let mut prec = d as usize;
            loop {
                c = next(pos)?;
                let Some(d) = c.to_digit(10).filter(|_| c.is_ascii_digit()) else {
                    break;
                };
                if prec > (i32::MAX as usize - d as usize) / 10 {
                    return Err(fail(TextError::Value("precision too big".into())));
                }
                prec = prec * 10 + d as usize;
            }
            spec.precision = Some(Count::Fixed(prec));
        }
    }
    // C length modifiers are accepted and ignored (only one of them).
    if matches!(c, 'h' | 'l' | 'L') {
        c = next(pos)?;
    }
    spec.conv = c;
    spec.index = *pos - 1;
    if !is_supported(c) {
        let cp = c as u32;
        let shown = if (31..=126).contains(&cp) { c } else { '?' };
        return Err(ParseFailure {
            error: TextError::Value(format!(
                "unsupported format character '{shown}' (0x{cp:x}) at index {}",
                spec.index
            )),
            spec: Some(spec),
        });
    }
    Ok(spec)
}

/// Parse a `%` format string, stopping at the first error, which is returned
/// together with the pieces before it (see the module docs).
pub fn parse_lenient(fmt: &str) -> (Vec<Piece>, Option<ParseFailure>) {
    let chars: Vec<char> = fmt.chars().collect();
    let mut pieces = Vec::new();
    let mut literal = String::new();
    let mut pos = 0;
    while let Some(&c) = chars.get(pos) {
        pos += 1;
        if c != '%' {
            literal.push(c);
            continue;
        }
        if chars.get(pos) == Some(&'%') {
            pos += 1;
            literal.push('%');
            continue;
        }
        if !literal.is_empty() {
            pieces.push(Piece::Literal(std::mem::take(&mut literal)));
        }
        match parse_spec(&chars, &mut pos) {
            Ok(spec) => pieces.push(Piece::Spec(spec)),
            Err(failure) => return (pieces, Some(failure)),
        }
    }
    if !literal.is_empty() {
        pieces.push(Piece::Literal(literal));
    }
    (pieces, None)
}

/// Parse a `%` format string into literal text and conversion specs, with
/// CPython's messages: `incomplete format`, `incomplete format key`,
/// `unsupported format character 'y' (0x79) at index 3`, `width too big`,
/// `precision too big`.
pub fn parse(fmt: &str) -> Result<Vec<Piece>, TextError> {
    match parse_lenient(fmt) {
        (pieces, None) => Ok(pieces),
        (_, Some(failure)) => Err(failure.error),
    }
}

/// `unicode_format_arg_output`: pad a converted value.  `numeric` is CPython's
/// `arg->sign`, set for number conversions: only then do the `+`/space flags,
/// zero padding and the sign/prefix placement apply.
fn output(text: &str, spec: &Spec, numeric: bool) -> Result<String, TextError> {
    let chars: Vec<char> = text.chars().collect();
    let mut len = chars.len();
    let fill = if numeric && spec.zero { '0' } else { ' ' };
    if matches!(spec.conv, 's' | 'r' | 'a') {
        if let Some(p) = spec.precision_value() {
            len = len.min(p);
        }
    }
    let mut start = 0;
    let mut sign_char = None;
    if numeric {
        match chars.first() {
            Some(&c @ ('-' | '+')) => {
                sign_char = Some(c);
                len -= 1;
                start = 1;
            }
            _ if spec.plus => sign_char = Some('+'),
            _ if spec.space => sign_char = Some(' '),
            _ => {}
        }
    }
    let mut width = spec.width_value().unwrap_or(0).max(len);
    let mut out = String::new();
    let pad_bytes = width.checked_mul(fill.len_utf8()).ok_or_else(memory_err)?;
    reserve(
        &mut out,
        pad_bytes.saturating_add(text.len()).saturating_add(1),
    )?;

    if let Some(s) = sign_char {
        if fill != ' ' {
            out.push(s);
        }
        if width > len {
            width -= 1;
        }
    }
    let has_prefix = spec.alt && matches!(spec.conv, 'x' | 'X' | 'o') && numeric;
    if has_prefix {
        // The text holds "0x" (or "0X"/"0o") right after any sign.
        if fill != ' ' {
            out.push('0');
            out.push(spec.conv);
            start += 2;
        }
        width = width.saturating_sub(2);
        len = len.saturating_sub(2);
    }
    if width > len && !spec.minus {
        push_repeated(&mut out, fill, width - len)?;
        width = len;
    }
    if fill == ' ' {
        if let Some(s) = sign_char {
            out.push(s);
        }
        if has_prefix {
            out.push('0');
            out.push(spec.conv);
            start += 2;
        }
    }
    let end = (start + len).min(chars.len());
    out.extend(chars.get(start..end).unwrap_or(&[]).iter());
    if width > len {
        push_repeated(&mut out, ' ', width - len)?;
    }
    Ok(out)
}

/// Format an integer for `%d %i %u %o %x %X` (any other conversion is
/// treated as `d`): precision is a minimum digit count, `#` adds `0o`/`0x`/`0X`,
/// `0` pads with zeros after the sign and prefix.  Errors: CPython's
/// `precision too large` and the int-to-decimal digit limit, and
/// `MemoryError` for absurd widths.
pub fn format_int(n: &BigInt, spec: &Spec) -> Result<String, TextError> {
    let precision = spec.precision_value().unwrap_or(0);
    if precision > i32::MAX as usize - 3 {
        return Err(TextError::Overflow("precision too large".into()));
    }
    let (digits, prefix) = match spec.conv {
        'o' => (n.magnitude().to_str_radix(8), "0o"),
        'x' => (n.magnitude().to_str_radix(16), "0x"),
        'X' => (n.magnitude().to_str_radix(16).to_ascii_uppercase(), "0X"),
        _ => (biguint_to_decimal_checked(n.magnitude())?, ""),
    };
    // _PyUnicode_FormatLong: [-][prefix][zeros up to precision]digits
    let mut text = String::new();
    reserve(&mut text, precision.max(digits.len()) + 3)?;
    if n.is_negative() {
        text.push('-');
    }
    if spec.alt {
        text.push_str(prefix);
    }
    push_repeated(&mut text, '0', precision.saturating_sub(digits.len()))?;
    text.push_str(&digits);
    output(&text, spec, true)
}

/// Format a float for `%e %E %f %F %g %G` (any other conversion is treated
/// as `g`): precision defaults to 6, `%g` drops trailing zeros unless `#`.
pub fn format_float(x: f64, spec: &Spec) -> Result<String, TextError> {
    let precision = spec.precision_value().unwrap_or(6);
    let code = match spec.conv {
        c @ ('e' | 'E' | 'f' | 'F' | 'g' | 'G') => c,
        _ => 'g',
    };
    let flags = DtoaFlags {
        alt: spec.alt,
        ..DtoaFlags::default()
    };
    output(&double_to_string(x, code, precision, flags), spec, true)
}

/// Pad an already converted value for `%s %r %a %c`: the precision
/// truncates `s`, `r` and `a`; the width right-aligns unless `-`.
pub fn pad(s: &str, spec: &Spec) -> Result<String, TextError> {
    output(s, spec, false)
}

#[cfg(test)]
// Inputs such as 3.14159 are CPython doc-style examples, not stand-ins for PI.
#[allow(clippy::approx_constant)]
mod tests {
    use super::*;

    /// Format a single-spec string with one argument the way the interpreter
    /// would: literal text around it is copied.
    enum Arg<'a> {
        Int(i64),
        Float(f64),
        Str(&'a str),
    }

    fn fmt(format: &str, args: &[Arg<'_>]) -> Result<String, TextError> {
        let mut out = String::new();
        let mut args = args.iter();
        for piece in parse(format)? {
            match piece {
                Piece::Literal(s) => out.push_str(&s),
                Piece::Spec(mut spec) => {
                    if spec.width == Some(Count::Star) {
                        if let Some(Arg::Int(w)) = args.next() {
                            spec.set_star_width(*w);
                        }
                    }
                    if spec.precision == Some(Count::Star) {
                        if let Some(Arg::Int(p)) = args.next() {
                            spec.set_star_precision(*p);
                        }
                    }
                    let text = match (args.next(), spec.conv) {
                        (Some(Arg::Int(n)), 'e' | 'E' | 'f' | 'F' | 'g' | 'G') => {
                            format_float(*n as f64, &spec)?
                        }
                        (Some(Arg::Int(n)), _) => format_int(&BigInt::from(*n), &spec)?,
                        (Some(Arg::Float(x)), _) => format_float(*x, &spec)?,
                        (Some(Arg::Str(s)), _) => pad(s, &spec)?,
                        (None, _) => return Err(TextError::Type("not enough arguments".into())),
                    };
                    out.push_str(&text);
                }
            }
        }
        Ok(out)
    }

    use Arg::{Float as F, Int as I, Str as S};

    fn ok(s: &str) -> Result<String, TextError> {
        Ok(s.to_string())
    }

    #[test]
    fn parse_pieces() {
        assert_eq!(
            parse("a%(x(y))-#08.3lf%%b"),
            Ok(vec![
                Piece::Literal("a".into()),
                Piece::Spec(Spec {
                    key: Some("x(y)".into()),
                    minus: true,
                    plus: false,
                    space: false,
                    zero: true,
                    alt: true,
                    width: Some(Count::Fixed(8)),
                    precision: Some(Count::Fixed(3)),
                    conv: 'f',
                    index: 15,
                }),
                Piece::Literal("%b".into()),
            ])
        );
        let star = parse("%*.*d");
        assert!(star.is_ok_and(|p| matches!(&p[..], [Piece::Spec(s)]
            if s.width == Some(Count::Star) && s.precision == Some(Count::Star))));
        assert_eq!(parse("%()s"), parse("%()s"));
        assert!(parse("%()s")
            .is_ok_and(|p| matches!(&p[..], [Piece::Spec(s)] if s.key.as_deref() == Some(""))));
    }

    #[test]
    fn parse_errors_match_cpython() {
        // Expected messages from CPython 3.11
        assert_eq!(
            parse("%y"),
            Err(TextError::Value(
                "unsupported format character 'y' (0x79) at index 1".into()
            ))
        );
        assert_eq!(
            parse("abc%"),
            Err(TextError::Value("incomplete format".into()))
        );
        assert_eq!(
            parse("%(a"),
            Err(TextError::Value("incomplete format key".into()))
        );
        assert_eq!(
            parse("%(a)"),
            Err(TextError::Value("incomplete format".into()))
        );
        assert_eq!(
            parse("%é"),
            Err(TextError::Value(
                "unsupported format character '?' (0xe9) at index 1".into()
            ))
        );
        assert_eq!(
            parse("%lld"),
            Err(TextError::Value(
                "unsupported format character 'l' (0x6c) at index 2".into()
            ))
        );
        assert_eq!(
            parse("%L"),
            Err(TextError::Value("incomplete format".into()))
        );
        assert_eq!(
            parse("%l"),
            Err(TextError::Value("incomplete format".into()))
        );
        assert_eq!(
            parse("%5.3%"),
            Err(TextError::Value(
                "unsupported format character '%' (0x25) at index 4".into()
            ))
        );
        assert_eq!(
            parse("%.99999999999f"),
            Err(TextError::Value("precision too big".into()))
        );
        assert_eq!(
            parse("%99999999999999999999d"),
            Err(TextError::Value("width too big".into()))
        );
        assert_eq!(
            parse("ab %d %y"),
            Err(TextError::Value(
                "unsupported format character 'y' (0x79) at index 7".into()
            ))
        );
        let (pieces, failure) = parse_lenient("%d %5y");
        assert_eq!(pieces.len(), 2);
        assert!(failure.is_some_and(|f| f.spec.is_some_and(|s| s.width == Some(Count::Fixed(5)))));
    }

    #[test]
    fn formatting_matches_cpython() {
        // Expected values from CPython 3.11: format % args
        let cases: Vec<(&str, Vec<Arg<'_>>, &str)> = vec![
            ("%#x", vec![I(31)], "0x1f"),
            ("%#X", vec![I(31)], "0X1F"),
            ("%#.5x", vec![I(31)], "0x0001f"),
            ("%.3d", vec![I(-5)], "-005"),
            ("%-05d", vec![I(3)], "3    "),
            ("%05s", vec![S("x")], "    x"),
            ("%+s", vec![S("a")], "a"),
            ("%05f", vec![F(f64::INFINITY)], "00inf"),
            ("%+05d", vec![I(3)], "+0003"),
            ("%#08x", vec![I(-31)], "-0x0001f"),
            ("% #8x", vec![I(31)], "    0x1f"),
            ("%#o", vec![I(8)], "0o10"),
            ("%g", vec![F(1.0)], "1"),
            ("%#g", vec![F(1.0)], "1.00000"),
            ("%.0g", vec![F(123.0)], "1e+02"),
            ("%e", vec![F(0.0)], "0.000000e+00"),
            ("%10.3s", vec![S("abcdef")], "       abc"),
            ("%-10.3s|", vec![S("abcdef")], "abc       |"),
            ("%5c", vec![S("x")], "    x"),
            ("%.0c", vec![S("a")], "a"),
            ("%ld", vec![I(5)], "5"),
            ("%hd", vec![I(5)], "5"),
            ("%.3x", vec![I(-255)], "-0ff"),
            ("%+.3x", vec![I(255)], "+0ff"),
            ("% x", vec![I(255)], " ff"),
            ("%010.3f", vec![F(-3.14159)], "-00003.142"),
            ("%-+10.2e|", vec![F(12345.678)], "+1.23e+04 |"),
            ("%#.3g", vec![F(1.0)], "1.00"),
            ("%G", vec![F(1e-20)], "1E-20"),
            ("%F", vec![F(f64::NAN)], "NAN"),
            ("%E", vec![F(f64::NEG_INFINITY)], "-INF"),
            ("%s", vec![S("x")], "x"),
            ("%-5d|", vec![I(-3)], "-3   |"),
            ("%+5d", vec![I(-3)], "   -3"),
            ("% d", vec![I(3)], " 3"),
            ("%x", vec![I(-255)], "-ff"),
            ("%X", vec![I(255)], "FF"),
            ("%o", vec![I(8)], "10"),
            ("%#5o", vec![I(8)], " 0o10"),
            ("%-#8x|", vec![I(31)], "0x1f    |"),
            ("%0#8x", vec![I(31)], "0x00001f"),
            ("%#08X", vec![I(31)], "0X00001F"),
            ("%08.3d", vec![I(5)], "00000005"),
            ("%-08.3d|", vec![I(5)], "005     |"),
            ("%+08.3d", vec![I(-5)], "-0000005"),
            ("%.0d", vec![I(0)], "0"),
            ("%5.2f", vec![F(3.14159)], " 3.14"),
            ("%-8.2f|", vec![F(3.14159)], "3.14    |"),
            ("%+.2f", vec![F(3.14159)], "+3.14"),
            ("% .2f", vec![F(3.14159)], " 3.14"),
            ("%08.2f", vec![F(-3.14159)], "-0003.14"),
            ("%e", vec![F(12345.678)], "1.234568e+04"),
            ("%.2E", vec![F(12345.678)], "1.23E+04"),
            ("%g", vec![F(12345.678)], "12345.7"),
            ("%g", vec![F(1234567.0)], "1.23457e+06"),
            ("%g", vec![F(0.0001)], "0.0001"),
            ("%g", vec![F(0.00001)], "1e-05"),
            ("%.3g", vec![F(1234.0)], "1.23e+03"),
            ("%#.3g", vec![F(1234.0)], "1.23e+03"),
            ("%10.4g|", vec![F(3.14159)], "     3.142|"),
            ("%f", vec![F(1e20)], "100000000000000000000.000000"),
            ("%.1f", vec![F(0.05)], "0.1"),
            ("%.1f", vec![F(0.15)], "0.1"),
            ("%.1f", vec![F(0.25)], "0.2"),
            ("%f", vec![F(f64::NAN)], "nan"),
            ("%+f", vec![F(f64::INFINITY)], "+inf"),
            ("% f", vec![F(f64::NAN)], " nan"),
            ("%-6f|", vec![F(f64::INFINITY)], "inf   |"),
            ("%06.1f", vec![F(f64::NEG_INFINITY)], "-00inf"),
            ("%#.0f", vec![F(3.0)], "3."),
            ("%#x", vec![I(0)], "0x0"),
            ("%#o", vec![I(0)], "0o0"),
            ("%.5s", vec![S("ab")], "ab"),
            ("%3c", vec![S("é")], "  é"),
            ("%-3c|", vec![S("é")], "é  |"),
            ("%05c", vec![S("a")], "    a"),
            ("%%%d", vec![I(5)], "%5"),
            ("%.*f", vec![I(2), F(3.14159)], "3.14"),
            ("%*d", vec![I(-5), I(3)], "3    "),
            ("%-*d|", vec![I(5), I(3)], "3    |"),
            ("%.*f", vec![I(-2), F(3.14159)], "3"),
            ("%#.3x", vec![I(255)], "0x0ff"),
            ("%#.3o", vec![I(8)], "0o010"),
            ("%#5.3x", vec![I(255)], "0x0ff"),
            ("%#05.3x", vec![I(255)], "0x0ff"),
            ("%i", vec![I(5)], "5"),
            ("%u", vec![I(5)], "5"),
            ("%+x", vec![I(0)], "+0"),
            ("%.f", vec![F(2.5)], "2"),
            ("%.d", vec![I(5)], "5"),
            ("%.x", vec![I(0)], "0"),
            ("%d", vec![I(-42)], "-42"),
            ("%5s|%-5s|", vec![S("ab"), S("cd")], "   ab|cd   |"),
            ("%s", vec![S("")], ""),
            ("%5s", vec![S("")], "     "),
            ("%.2s", vec![S("日本語")], "日本"),
            ("%f", vec![I(3)], "3.000000"),
            ("%-+8.3d|", vec![I(7)], "+007    |"),
            ("% 08.2f", vec![F(2.5)], " 0002.50"),
            ("%+#10o", vec![I(8)], "     +0o10"),
            ("%+#010o", vec![I(8)], "+0o0000010"),
        ];
        for (format, args, expected) in cases {
            assert_eq!(fmt(format, &args), ok(expected), "{format:?}");
        }
    }

    #[test]
    fn limits() {
        let spec = |p: usize| Spec {
            key: None,
            minus: false,
            plus: false,
            space: false,
            zero: false,
            alt: false,
            width: None,
            precision: Some(Count::Fixed(p)),
            conv: 'd',
            index: 1,
        };
        assert_eq!(
            format_int(&BigInt::from(1), &spec(i32::MAX as usize)),
            Err(TextError::Overflow("precision too large".into()))
        );
        let mut wide = spec(0);
        wide.width = Some(Count::Fixed(999_999_999_999_999_999));
        assert_eq!(
            format_int(&BigInt::from(1), &wide),
            Err(TextError::Memory(String::new()))
        );
        assert_eq!(pad("x", &wide), Err(TextError::Memory(String::new())));
        let huge = BigInt::from(10).pow(5000);
        assert!(format_int(&huge, &spec(0)).is_err_and(|e| e.message().starts_with("Exceeds")));
        let mut hex = spec(0);
        hex.conv = 'x';
        assert!(format_int(&huge, &hex).is_ok());
    }
}
