//! `complex`: the constructor (from numbers, `__complex__` and strings), arithmetic, `repr`,
//! hashing, formatting and the methods of CPython 3.11's `Objects/complexobject.c`.
//!
//! A complex number is a heap object holding two doubles ([`Complex`]); the operators reach
//! [`binary`] from `ops::arith` when either operand is complex. The arithmetic is CPython's
//! `_Py_c_*` functions, including Smith's division and the integer-power shortcut, so results
//! match bit for bit.

use crate::bytecode::{BinOp, CmpOp, UnaryOp};
use crate::interp::{call, Vm};
use crate::object::class::lookup_str;
use crate::object::exception::{overflow_error, type_error, value_error, zero_division_error};
use crate::object::function::Args;
use crate::object::types::Types;
use crate::object::{
    as_str, class_of, new_complex, new_str, new_tuple, type_name, types, Complex, Obj, Payload,
};
use crate::ops;
use crate::ops::repr::text_err;
use crate::table::hash::{hash_f64, hash_pointer};
use crate::text::{self, DtoaFlags, FormatSpec};
use crate::value::Value;
use crate::PyResult;

use super::add_method;
use super::number::as_bigint;

/// The value of a complex number, if `v` is one.
pub fn as_complex(v: &Value) -> Option<Complex> {
    match v.payload()? {
        Payload::Complex(c) => Some(*c),
        _ => None,
    }
}

/// An operand of complex arithmetic (CPython's `to_complex`): a complex, an int (as a
/// float, OverflowError beyond its range) or a float. `None` for anything else.
pub fn operand(v: &Value) -> Option<PyResult<Complex>> {
    let re = match v {
        Value::Float(f) => *f,
        Value::Int(i) => *i as f64,
        Value::Bool(b) => *b as i64 as f64,
        Value::Obj(o) => match &o.payload {
            Payload::Complex(c) => return Some(Ok(*c)),
            Payload::BigInt(b) => match ops::arith::big_to_f64(b) {
                Ok(f) => f,
                Err(e) => return Some(Err(e)),
            },
            _ => return None,
        },
        _ => return None,
    };
    Some(Ok(Complex { re, im: 0.0 }))
}

// ---------------------------------------------------------------------------------------------
// Arithmetic (CPython's _Py_c_* functions)
// ---------------------------------------------------------------------------------------------

const ONE: Complex = Complex { re: 1.0, im: 0.0 };

fn prod(a: Complex, b: Complex) -> Complex {
    Complex {
        re: a.re * b.re - a.im * b.im,
        im: a.re * b.im + a.im * b.re,
    }
}

/// Smith's algorithm: divide through by whichever of b's parts is larger in magnitude.
/// `None` for a zero divisor (CPython's EDOM).
fn quot(a: Complex, b: Complex) -> Option<Complex> {
    let abs_breal = b.re.abs();
    let abs_bimag = b.im.abs();
    if abs_breal >= abs_bimag {
        if abs_breal == 0.0 {
            return None;
        }
        let ratio = b.im / b.re;
        let denom = b.re + b.im * ratio;
        Some(Complex {
            re: (a.re + a.im * ratio) / denom,
            im: (a.im - a.re * ratio) / denom,
        })
    } else if abs_bimag >= abs_breal {
        let ratio = b.re / b.im;
        let denom = b.re * ratio + b.im;
        Some(Complex {
            re: (a.re * ratio + a.im) / denom,
            im: (a.im * ratio - a.re) / denom,
        })
    } else {
        // At least one part of b is a NaN.
        Some(Complex {
            re: f64::NAN,
            im: f64::NAN,
        })
    }
}

/// `a ** b` by polar form; `None` for 0 to a negative or complex power (CPython's EDOM).
fn pow_general(a: Complex, b: Complex) -> Option<Complex> {
    if b.re == 0.0 && b.im == 0.0 {
        return Some(ONE);
    }
    if a.re == 0.0 && a.im == 0.0 {
        if b.im != 0.0 || b.re < 0.0 {
            return None;
        }
        return Some(Complex { re: 0.0, im: 0.0 });
    }
    let vabs = a.re.hypot(a.im);
    let mut len = vabs.powf(b.re);
    let at = a.im.atan2(a.re);
    let mut phase = at * b.re;
    if b.im != 0.0 {
        len /= (at * b.im).exp();
        phase += b.im * vabs.ln();
    }
    // The C library's cos and sin of an infinity set errno to EDOM, which CPython reports as
    // this same error whatever the result.
    if phase.is_infinite() {
        return None;
    }
    Some(Complex {
        re: len * phase.cos(),
        im: len * phase.sin(),
    })
}

/// `x ** n` for 0 <= n by repeated squaring.
fn pow_unsigned(x: Complex, n: u64) -> Complex {
    let mut r = ONE;
    let mut p = x;
    let mut mask: u64 = 1;
    while mask > 0 && mask <= n {
        if n & mask != 0 {
            r = prod(r, p);
        }
        mask <<= 1;
        p = prod(p, p);
    }
    r
}

/// `x ** n` for an integer n: repeated multiplication for |n| <= 100, else polar form.
fn pow_int(x: Complex, n: i64) -> Option<Complex> {
    if !(-100..=100).contains(&n) {
        return pow_general(
            x,
            Complex {
                re: n as f64,
                im: 0.0,
            },
        );
    }
    if n > 0 {
        return Some(pow_unsigned(x, n as u64));
    }
    quot(ONE, pow_unsigned(x, n.unsigned_abs()))
}

/// `a ** b`, with CPython's errors.
fn power(a: Complex, b: Complex) -> PyResult<Complex> {
    let integral = b.im == 0.0 && b.re == b.re.floor() && b.re.abs() < 9.2e18;
    let p = if integral {
        pow_int(a, b.re as i64)
    } else {
        pow_general(a, b)
    };
    let Some(p) = p else {
        return Err(zero_division_error("0.0 to a negative or complex power"));
    };
    if p.re.is_infinite() || p.im.is_infinite() {
        return Err(overflow_error("complex exponentiation"));
    }
    Ok(p)
}

/// `abs(z)`: C99's rules for infinities and NaNs, then `hypot`.
fn abs(z: Complex) -> PyResult<f64> {
    if !z.re.is_finite() || !z.im.is_finite() {
        if z.re.is_infinite() {
            return Ok(z.re.abs());
        }
        if z.im.is_infinite() {
            return Ok(z.im.abs());
        }
        return Ok(f64::NAN);
    }
    let r = z.re.hypot(z.im);
    if r.is_infinite() {
        return Err(overflow_error("absolute value too large"));
    }
    Ok(r)
}

/// `a op b` once both operands are complex; `None` for operators complex does not have.
pub fn binary(op: BinOp, a: Complex, b: Complex) -> Option<PyResult<Value>> {
    let r = match op {
        BinOp::Add => Complex {
            re: a.re + b.re,
            im: a.im + b.im,
        },
        BinOp::Sub => Complex {
            re: a.re - b.re,
            im: a.im - b.im,
        },
        BinOp::Mul => prod(a, b),
        BinOp::TrueDiv => match quot(a, b) {
            Some(q) => q,
            None => return Some(Err(zero_division_error("complex division by zero"))),
        },
        BinOp::Pow => match power(a, b) {
            Ok(p) => p,
            Err(e) => return Some(Err(e)),
        },
        _ => return None,
    };
    Some(Ok(new_complex(r.re, r.im)))
}

/// A negative float raised to a non-integer float power: the complex result CPython's
/// float `**` hands over to complex `**`.
pub fn float_power(x: f64, y: f64) -> PyResult<Value> {
    let p = power(Complex { re: x, im: 0.0 }, Complex { re: y, im: 0.0 })?;
    Ok(new_complex(p.re, p.im))
}

/// `-z`, `+z`, `abs(z)`.
pub fn unary(op: UnaryOp, z: Complex) -> Option<Value> {
    match op {
        UnaryOp::Neg => Some(new_complex(-z.re, -z.im)),
        UnaryOp::Pos => Some(new_complex(z.re, z.im)),
        _ => None,
    }
}

pub fn absolute(z: Complex) -> PyResult<Value> {
    abs(z).map(Value::Float)
}

/// `bool(z)`.
pub fn truthy(z: Complex) -> bool {
    z.re != 0.0 || z.im != 0.0
}

/// `hash(z)`: the real part's hash plus 1000003 times the imaginary part's, so that a complex
/// equal to a real number hashes like it. A NaN part hashes by the object's identity.
pub fn hash(o: &Obj, z: Complex) -> i64 {
    let part = |x: f64| hash_f64(x).unwrap_or_else(|| hash_pointer(o.addr()));
    let combined = (part(z.re) as u64).wrapping_add(1_000_003u64.wrapping_mul(part(z.im) as u64));
    match combined as i64 {
        -1 => -2,
        h => h,
    }
}

/// `z == other` for a complex z: equal to an int or float only with a zero imaginary part
/// (ints compared exactly); `None` (NotImplemented) for non-numbers.
pub fn equals(vm: &mut Vm, z: Complex, other: &Value) -> PyResult<Option<bool>> {
    if let Some(c) = as_complex(other) {
        return Ok(Some(z.re == c.re && z.im == c.im));
    }
    match other {
        Value::Float(f) => Ok(Some(z.re == *f && z.im == 0.0)),
        _ if as_bigint(other).is_some() => {
            if z.im != 0.0 {
                return Ok(Some(false));
            }
            let r = ops::compare::compare(vm, CmpOp::Eq, &Value::Float(z.re), other)?;
            ops::truthy(vm, &r).map(Some)
        }
        _ => Ok(None),
    }
}

// ---------------------------------------------------------------------------------------------
// Text
// ---------------------------------------------------------------------------------------------

/// `repr(z)`: `2j` when the real part is +0, else `(1+2j)`, each part as `repr(float)` without
/// a forced `.0`.
pub fn repr(z: Complex) -> String {
    let plain = DtoaFlags::default();
    if z.re == 0.0 && z.re.is_sign_positive() {
        return format!("{}j", text::double_to_string(z.im, 'r', 0, plain));
    }
    let signed = DtoaFlags {
        sign: true,
        ..DtoaFlags::default()
    };
    format!(
        "({}{}j)",
        text::double_to_string(z.re, 'r', 0, plain),
        text::double_to_string(z.im, 'r', 0, signed)
    )
}

/// `format(z, spec)`.
pub fn format(z: Complex, spec: &str) -> PyResult<String> {
    if spec.is_empty() {
        return Ok(repr(z));
    }
    let s = FormatSpec::parse(spec, "complex").map_err(text_err)?;
    text::format_spec::format_complex(z.re, z.im, &s).map_err(text_err)
}

/// The longest prefix of `s` that is a float (`PyOS_string_to_double` with an end pointer):
/// the value and the number of bytes read, or `None` if there is no float there.
fn float_prefix(s: &[u8]) -> Option<(f64, usize)> {
    let mut i = 0;
    if matches!(s.first(), Some(b'+' | b'-')) {
        i = 1;
    }
    let rest = &s[i..];
    let starts =
        |word: &[u8]| rest.len() >= word.len() && rest[..word.len()].eq_ignore_ascii_case(word);
    let negative = s.first() == Some(&b'-');
    let special = if starts(b"infinity") {
        Some((f64::INFINITY, 8))
    } else if starts(b"inf") {
        Some((f64::INFINITY, 3))
    } else if starts(b"nan") {
        Some((f64::NAN, 3))
    } else {
        None
    };
    if let Some((x, n)) = special {
        return Some((if negative { -x } else { x }, i + n));
    }
    let digits = |from: usize| s[from..].iter().take_while(|b| b.is_ascii_digit()).count();
    let int_digits = digits(i);
    let mut j = i + int_digits;
    let mut frac_digits = 0;
    if s.get(j) == Some(&b'.') {
        frac_digits = digits(j + 1);
        j += 1 + frac_digits;
    }
    if int_digits + frac_digits == 0 {
        return None;
    }
    if matches!(s.get(j), Some(b'e' | b'E')) {
        let mut k = j + 1;
        if matches!(s.get(k), Some(b'+' | b'-')) {
            k += 1;
        }
        let exp_digits = digits(k);
        if exp_digits > 0 {
            j = k + exp_digits;
        }
    }
    let text = std::str::from_utf8(&s[..j]).ok()?;
    Some((text.parse().ok()?, j))
}

/// `complex(s)` for a string: `<float>`, `<float>j`, `<float><signed float>j` (and the
/// older `<float><sign>j`, `<sign>j`, `j`), optionally in parentheses, with surrounding
/// whitespace; underscores only between digits.
fn parse(s: &str) -> PyResult<Complex> {
    let malformed = || value_error("complex() arg is a malformed string");
    // CPython first maps Unicode whitespace and decimal digits to ASCII (anything else
    // non-ASCII becomes an invalid character).
    let mut bytes: Vec<u8> = s
        .chars()
        .map(|c| {
            if text::py_is_space(c) {
                b' '
            } else if let Some(d) = text::py_decimal_value(c) {
                b'0' + d as u8
            } else if c.is_ascii() {
                c as u8
            } else {
                b'?'
            }
        })
        .collect();
    if bytes.contains(&b'_') {
        let invalid = || {
            value_error(format!(
                "could not convert string to complex: {}",
                text::py_str_repr(s)
            ))
        };
        let mut cleaned = Vec::with_capacity(bytes.len());
        for (k, &b) in bytes.iter().enumerate() {
            if b == b'_' {
                let prev_digit = k > 0 && bytes[k - 1].is_ascii_digit();
                let next_digit = bytes.get(k + 1).is_some_and(u8::is_ascii_digit);
                if !prev_digit || !next_digit {
                    return Err(invalid());
                }
            } else {
                cleaned.push(b);
            }
        }
        bytes = cleaned;
    }
    let b = &bytes[..];
    let mut i = 0;
    let skip_space = |i: &mut usize| {
        while b
            .get(*i)
            .is_some_and(|c| c.is_ascii_whitespace() || *c == 0x0b)
        {
            *i += 1;
        }
    };
    skip_space(&mut i);
    let bracket = b.get(i) == Some(&b'(');
    if bracket {
        i += 1;
        skip_space(&mut i);
    }
    let (mut re, mut im) = (0.0, 0.0);
    let is_j = |c: Option<&u8>| matches!(c, Some(b'j' | b'J'));
    match float_prefix(&b[i..]) {
        Some((z, n)) => {
            i += n;
            if matches!(b.get(i), Some(b'+' | b'-')) {
                re = z;
                match float_prefix(&b[i..]) {
                    Some((y, n)) => {
                        im = y;
                        i += n;
                    }
                    None => {
                        im = if b[i] == b'+' { 1.0 } else { -1.0 };
                        i += 1;
                    }
                }
                if !is_j(b.get(i)) {
                    return Err(malformed());
                }
                i += 1;
            } else if is_j(b.get(i)) {
                im = z;
                i += 1;
            } else {
                re = z;
            }
        }
        None => {
            if matches!(b.get(i), Some(b'+' | b'-')) {
                im = if b[i] == b'+' { 1.0 } else { -1.0 };
                i += 1;
            } else {
                im = 1.0;
            }
            if !is_j(b.get(i)) {
                return Err(malformed());
            }
            i += 1;
        }
    }
    skip_space(&mut i);
    if bracket {
        if b.get(i) != Some(&b')') {
            return Err(malformed());
        }
        i += 1;
        skip_space(&mut i);
    }
    if i != b.len() {
        return Err(malformed());
    }
    Ok(Complex { re, im })
}

// ---------------------------------------------------------------------------------------------
// The constructor
// ---------------------------------------------------------------------------------------------

/// `x.__complex__()` if x's class has it.
fn complex_special(vm: &mut Vm, x: &Value) -> PyResult<Option<Complex>> {
    if as_complex(x).is_some() {
        return Ok(None);
    }
    let Some(f) = lookup_str(&class_of(x), "__complex__") else {
        return Ok(None);
    };
    let r = call(vm, &f, std::slice::from_ref(x))?;
    match as_complex(&r) {
        Some(c) => Ok(Some(c)),
        None => Err(type_error(format!(
            "__complex__ returned non-complex (type {})",
            type_name(&r)
        ))),
    }
}

/// Whether `x` can stand for a real number here (has `nb_float` or `nb_index`) or is complex.
fn is_number(x: &Value) -> bool {
    match x {
        Value::Int(_) | Value::Bool(_) | Value::Float(_) => true,
        Value::Obj(o) => {
            matches!(o.payload, Payload::BigInt(_) | Payload::Complex(_)) || {
                let cls = o.class();
                lookup_str(&cls, "__float__").is_some() || lookup_str(&cls, "__index__").is_some()
            }
        }
        _ => false,
    }
}

/// `float(x)` for a number.
fn real_part(vm: &mut Vm, x: &Value) -> PyResult<f64> {
    super::number::to_f64(vm, x)
}

fn complex_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = super::number::Params {
        fname: "complex",
        names: &["real", "imag"],
        pos_only: 0,
        max_pos: 2,
        required: 0,
    }
    .bind(&args, 1)?;
    let r = p[0].clone().unwrap_or(Value::Int(0));
    let i = p[1].clone();
    if i.is_none() {
        if let Some(c) = as_complex(&r) {
            return Ok(new_complex(c.re, c.im));
        }
    }
    if let Some(s) = as_str(&r) {
        if i.is_some() {
            return Err(type_error(
                "complex() can't take second arg if first is a string",
            ));
        }
        let c = parse(s)?;
        return Ok(new_complex(c.re, c.im));
    }
    if i.as_ref().is_some_and(|v| as_str(v).is_some()) {
        return Err(type_error("complex() second arg can't be a string"));
    }
    let special = complex_special(vm, &r)?;
    if special.is_none() && !is_number(&r) {
        return Err(type_error(format!(
            "complex() first argument must be a string or a number, not '{}'",
            type_name(&r)
        )));
    }
    if let Some(iv) = &i {
        if !is_number(iv) {
            return Err(type_error(format!(
                "complex() second argument must be a number, not '{}'",
                type_name(iv)
            )));
        }
    }
    // real + imag*1j, where either may itself be complex.
    let (cr, cr_is_complex) = match special.or_else(|| as_complex(&r)) {
        Some(c) => (c, true),
        None => (
            Complex {
                re: real_part(vm, &r)?,
                im: 0.0,
            },
            false,
        ),
    };
    let mut re = cr.re;
    let mut im = match &i {
        None => cr.im,
        Some(iv) => match as_complex(iv) {
            Some(ci) => {
                re -= ci.im;
                ci.re
            }
            None => real_part(vm, iv)?,
        },
    };
    if cr_is_complex && i.is_some() {
        im += cr.im;
    }
    Ok(new_complex(re, im))
}

// ---------------------------------------------------------------------------------------------
// Methods
// ---------------------------------------------------------------------------------------------

/// The receiver of a complex slot wrapper and the arguments after it, checked as CPython's
/// wrapper descriptors check them.
fn slot<'a>(args: &Args<'a>, name: &str, nargs: usize) -> PyResult<(Complex, &'a [Value])> {
    let pos = args.pos();
    let Some(recv) = pos.first() else {
        return Err(type_error(format!(
            "descriptor '{name}' of 'complex' object needs an argument"
        )));
    };
    let Some(z) = as_complex(recv) else {
        return Err(type_error(format!(
            "descriptor '{name}' requires a 'complex' object but received a '{}'",
            type_name(recv)
        )));
    };
    if args.has_kwargs() {
        return Err(type_error(format!(
            "wrapper {name}() takes no keyword arguments"
        )));
    }
    let rest = &pos[1..];
    if rest.len() != nargs && !(name.ends_with("pow__") && rest.len() == 2) {
        return Err(type_error(format!(
            "expected {nargs} argument{}, got {}",
            if nargs == 1 { "" } else { "s" },
            rest.len()
        )));
    }
    Ok((z, rest))
}

fn binary_slot(args: &Args, name: &str, op: BinOp, reflected: bool) -> PyResult<Value> {
    let (z, rest) = slot(args, name, 1)?;
    let Some(other) = operand(&rest[0]) else {
        return Ok(Value::Obj(types().not_implemented.clone()));
    };
    let other = other?;
    if op == BinOp::Pow && rest.get(1).is_some_and(|m| !m.is_none()) {
        return Err(value_error("complex modulo"));
    }
    let (a, b) = if reflected { (other, z) } else { (z, other) };
    binary(op, a, b).expect("complex has this operator")
}

macro_rules! binary_slots {
    ($($f:ident = $name:literal, $op:ident, $reflected:expr;)*) => {
        $(
            fn $f(_vm: &mut Vm, args: Args) -> PyResult<Value> {
                binary_slot(&args, $name, BinOp::$op, $reflected)
            }
        )*
    };
}

binary_slots! {
    complex_add = "__add__", Add, false;
    complex_radd = "__radd__", Add, true;
    complex_sub = "__sub__", Sub, false;
    complex_rsub = "__rsub__", Sub, true;
    complex_mul = "__mul__", Mul, false;
    complex_rmul = "__rmul__", Mul, true;
    complex_truediv = "__truediv__", TrueDiv, false;
    complex_rtruediv = "__rtruediv__", TrueDiv, true;
    complex_pow = "__pow__", Pow, false;
    complex_rpow = "__rpow__", Pow, true;
}

fn compare_slot(vm: &mut Vm, args: &Args, op: CmpOp) -> PyResult<Value> {
    let (z, rest) = slot(args, op.dunder(), 1)?;
    let not_implemented = Value::Obj(types().not_implemented.clone());
    if !matches!(op, CmpOp::Eq | CmpOp::Ne) {
        return Ok(not_implemented);
    }
    Ok(match equals(vm, z, &rest[0])? {
        Some(eq) => Value::Bool(eq == (op == CmpOp::Eq)),
        None => not_implemented,
    })
}

macro_rules! compare_slots {
    ($($f:ident = $op:ident;)*) => {
        $(
            fn $f(vm: &mut Vm, args: Args) -> PyResult<Value> {
                compare_slot(vm, &args, CmpOp::$op)
            }
        )*
    };
}

compare_slots! {
    complex_lt = Lt;
    complex_le = Le;
    complex_eq = Eq;
    complex_ne = Ne;
    complex_gt = Gt;
    complex_ge = Ge;
}

fn complex_neg(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (z, _) = slot(&args, "__neg__", 0)?;
    Ok(new_complex(-z.re, -z.im))
}

fn complex_pos(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (z, _) = slot(&args, "__pos__", 0)?;
    Ok(new_complex(z.re, z.im))
}

fn complex_abs(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (z, _) = slot(&args, "__abs__", 0)?;
    absolute(z)
}

fn complex_bool(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (z, _) = slot(&args, "__bool__", 0)?;
    Ok(Value::Bool(truthy(z)))
}

fn complex_hash(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (z, _) = slot(&args, "__hash__", 0)?;
    let o = args.values[0].as_obj().expect("a complex object");
    Ok(Value::Int(hash(o, z)))
}

fn complex_repr(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (z, _) = slot(&args, "__repr__", 0)?;
    Ok(new_str(repr(z)))
}

/// The receiver of a complex method (`conjugate`, `__format__`, ...).
fn method<'a>(args: &Args<'a>, name: &str, nargs: usize) -> PyResult<(Complex, &'a [Value])> {
    let pos = args.pos();
    let Some(recv) = pos.first() else {
        return Err(type_error(format!(
            "unbound method complex.{name}() needs an argument"
        )));
    };
    let Some(z) = as_complex(recv) else {
        return Err(type_error(format!(
            "descriptor '{name}' for 'complex' objects doesn't apply to a '{}' object",
            type_name(recv)
        )));
    };
    if args.has_kwargs() {
        return Err(type_error(format!(
            "complex.{name}() takes no keyword arguments"
        )));
    }
    let n = pos.len() - 1;
    if n != nargs {
        return Err(type_error(if nargs == 0 {
            format!("complex.{name}() takes no arguments ({n} given)")
        } else {
            format!("complex.{name}() takes exactly one argument ({n} given)")
        }));
    }
    Ok((z, &pos[1..]))
}

fn complex_conjugate(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (z, _) = method(&args, "conjugate", 0)?;
    Ok(new_complex(z.re, -z.im))
}

fn complex_getnewargs(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (z, _) = method(&args, "__getnewargs__", 0)?;
    Ok(new_tuple(vec![Value::Float(z.re), Value::Float(z.im)]))
}

fn complex_complex(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (z, _) = method(&args, "__complex__", 0)?;
    Ok(new_complex(z.re, z.im))
}

fn complex_format(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (z, rest) = method(&args, "__format__", 1)?;
    let Some(spec) = as_str(&rest[0]) else {
        return Err(type_error(format!(
            "__format__() argument must be str, not {}",
            type_name(&rest[0])
        )));
    };
    format(z, spec).map(new_str)
}

fn complex_real(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (z, _) = method(&args, "real", 0)?;
    Ok(Value::Float(z.re))
}

fn complex_imag(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (z, _) = method(&args, "imag", 0)?;
    Ok(Value::Float(z.im))
}

/// A read-only attribute computed by a native getter.
fn getter(name: &'static str, f: crate::object::function::NativeFn) -> Value {
    let fget = crate::object::new_builtin(name, f, Some("complex"));
    Value::Obj(Obj::new(
        &types().property,
        Payload::Property(Box::new(crate::object::Property::new([
            fget,
            Value::None,
            Value::None,
            Value::None,
        ]))),
    ))
}

pub fn install(t: &Types) {
    let methods: &[(&'static str, crate::object::function::NativeFn)] = &[
        ("__new__", complex_new),
        ("__add__", complex_add),
        ("__radd__", complex_radd),
        ("__sub__", complex_sub),
        ("__rsub__", complex_rsub),
        ("__mul__", complex_mul),
        ("__rmul__", complex_rmul),
        ("__truediv__", complex_truediv),
        ("__rtruediv__", complex_rtruediv),
        ("__pow__", complex_pow),
        ("__rpow__", complex_rpow),
        ("__lt__", complex_lt),
        ("__le__", complex_le),
        ("__eq__", complex_eq),
        ("__ne__", complex_ne),
        ("__gt__", complex_gt),
        ("__ge__", complex_ge),
        ("__neg__", complex_neg),
        ("__pos__", complex_pos),
        ("__abs__", complex_abs),
        ("__bool__", complex_bool),
        ("__hash__", complex_hash),
        ("__repr__", complex_repr),
        ("__format__", complex_format),
        ("__getnewargs__", complex_getnewargs),
        ("__complex__", complex_complex),
        ("conjugate", complex_conjugate),
    ];
    for (name, f) in methods {
        add_method(&t.complex, name, *f);
    }
    super::add_class_attr(&t.complex, "real", getter("real", complex_real));
    super::add_class_attr(&t.complex, "imag", getter("imag", complex_imag));
}
