//! Arithmetic operators with Python's semantics.
//!
//! `int_op_fast` and `float_op_fast` are the interpreter's inline fast paths: they decide only
//! the common cases and return `None` for anything needing care (overflow, zero divisors, big
//! integers), which `binary_op` then handles exactly as CPython's `int` and `float` do: floor
//! division and modulo take the sign of the divisor, int/int true division is correctly
//! rounded (subnormal results included), overflow promotes to big ints, and results too large
//! to allocate raise `MemoryError`/`OverflowError` instead of aborting the process.

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::bytecode::{BinOp, UnaryOp};
use crate::interp::{call, Vm};
use crate::object::class::lookup_str;
use crate::object::exception::{
    memory_error, overflow_error, type_error, value_error, zero_division_error, PyErr,
};
use crate::object::{class_of, new_bigint, new_tuple, type_name, types, Complex, Payload};
use crate::value::Value;
use crate::PyResult;

/// Int ⊕ int when it cannot fail and fits in an i64.
#[inline(always)]
pub fn int_op_fast(op: BinOp, x: i64, y: i64) -> Option<Value> {
    Some(Value::Int(match op {
        BinOp::Add => x.checked_add(y)?,
        BinOp::Sub => x.checked_sub(y)?,
        BinOp::Mul => x.checked_mul(y)?,
        BinOp::FloorDiv => {
            if y == 0 || (x == i64::MIN && y == -1) {
                return None;
            }
            Integer::div_floor(&x, &y)
        }
        BinOp::Mod => {
            if y == 0 || y == -1 {
                return None;
            }
            Integer::mod_floor(&x, &y)
        }
        BinOp::TrueDiv => {
            // Both operands convert to doubles exactly, so IEEE division rounds correctly.
            const EXACT: i64 = 1 << 53;
            if y == 0 || !(-EXACT..=EXACT).contains(&x) || !(-EXACT..=EXACT).contains(&y) {
                return None;
            }
            return Some(Value::Float(x as f64 / y as f64));
        }
        BinOp::And => x & y,
        BinOp::Or => x | y,
        BinOp::Xor => x ^ y,
        BinOp::RShift => {
            if y < 0 {
                return None;
            }
            x >> y.min(63)
        }
        BinOp::LShift => {
            if !(0..63).contains(&y) {
                return None;
            }
            let r = x << y;
            if r >> y != x {
                return None;
            }
            r
        }
        BinOp::Pow => {
            if !(0..=u32::MAX as i64).contains(&y) {
                return None;
            }
            x.checked_pow(y as u32)?
        }
        BinOp::MatMul => return None,
    }))
}

/// Float ⊕ float for the operators that cannot raise.
#[inline(always)]
pub fn float_op_fast(op: BinOp, x: f64, y: f64) -> Option<Value> {
    Some(Value::Float(match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::TrueDiv if y != 0.0 => x / y,
        _ => return None,
    }))
}

/// A number as the operators see it.
enum Num<'a> {
    Int(i64),
    Big(&'a BigInt),
    Float(f64),
    Complex(Complex),
}

/// The operand as a builtin number. A heap big integer counts only when its class is exactly
/// `int`: an instance of a subclass may override the operator, so it must go through the
/// dunder dispatch (which finds `int`'s own methods when nothing overrides them).
fn num(v: &Value) -> Option<Num<'_>> {
    match v {
        Value::Int(i) => Some(Num::Int(*i)),
        Value::Bool(b) => Some(Num::Int(*b as i64)),
        Value::Float(f) => Some(Num::Float(*f)),
        Value::Obj(o) => match &o.payload {
            // Any int, including instances of int subclasses (whose overrides `binary_op`
            // checks first).
            Payload::BigInt(b) => Some(Num::Big(b)),
            Payload::Complex(z) => Some(Num::Complex(*z)),
            _ => None,
        },
        _ => None,
    }
}

fn to_big(n: &Num) -> BigInt {
    match n {
        Num::Int(i) => BigInt::from(*i),
        Num::Big(b) => (*b).clone(),
        Num::Float(_) | Num::Complex(_) => unreachable!("to_big of a non-int"),
    }
}

/// An int as a float, as `float(int)` does (OverflowError when too large).
pub fn big_to_f64(b: &BigInt) -> PyResult<f64> {
    // num-bigint rounds half to even with a sticky bit, as CPython's PyLong_AsDouble does.
    match b.to_f64() {
        Some(f) if f.is_finite() => Ok(f),
        _ => Err(overflow_error("int too large to convert to float")),
    }
}

fn to_f64(n: &Num) -> PyResult<f64> {
    match n {
        Num::Int(i) => Ok(*i as f64),
        Num::Big(b) => big_to_f64(b),
        Num::Float(f) => Ok(*f),
        Num::Complex(_) => unreachable!("to_f64 of a complex"),
    }
}

/// `2**e` for a normal exponent (-1022..=1023).
fn pow2(e: i64) -> f64 {
    f64::from_bits(((e + 1023) as u64) << 52)
}

/// `q * 2**e`, exact when the result is representable (q below 2**54): the two halves of the
/// scaling are each a normal power of two, so only the final product could round.
pub fn ldexp_exact(q: u64, e: i64) -> f64 {
    let half = e / 2;
    q as f64 * pow2(half) * pow2(e - half)
}

/// `a op b` for any operands.
pub fn binary_op(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    let (name, rname, _) = op.dunders();
    if crate::object::subclass::user_method(a, name).is_some()
        || crate::object::subclass::user_method(b, rname).is_some()
    {
        if let Some(v) = dunder_binary(vm, a, b, name, rname)? {
            return Ok(v);
        }
    }
    if let Some(r) = number_binary(op, a, b) {
        return r;
    }
    if let Some(v) = crate::builtins::binary_builtin(vm, op, a, b)? {
        return Ok(v);
    }
    match dunder_binary(vm, a, b, name, rname)? {
        Some(v) => Ok(v),
        None => Err(unsupported(op, a, b, false)),
    }
}

/// `a op b` when both operands are builtin numbers (`int`, `bool`, `float`); `None` otherwise.
/// The dunder methods of `int` and `float` use it too.
pub fn number_binary(op: BinOp, a: &Value, b: &Value) -> Option<PyResult<Value>> {
    let (x, y) = (num(a)?, num(b)?);
    // bool's own `&`, `|` and `^` keep the result a bool.
    if let (Value::Bool(p), Value::Bool(q)) = (a, b) {
        match op {
            BinOp::And => return Some(Ok(Value::Bool(p & q))),
            BinOp::Or => return Some(Ok(Value::Bool(p | q))),
            BinOp::Xor => return Some(Ok(Value::Bool(p ^ q))),
            _ => {}
        }
    }
    Some(num_op(op, x, y))
}

/// `divmod(a, b)` when both operands are builtin numbers; `None` otherwise.
pub fn number_divmod(a: &Value, b: &Value) -> Option<PyResult<Value>> {
    let (x, y) = (num(a)?, num(b)?);
    if matches!(x, Num::Complex(_)) || matches!(y, Num::Complex(_)) {
        return None;
    }
    if matches!(x, Num::Float(_)) || matches!(y, Num::Float(_)) {
        return Some((|| {
            let (p, q) = (to_f64(&x)?, to_f64(&y)?);
            if q == 0.0 {
                return Err(zero_division_error("float divmod()"));
            }
            let (d, m) = float_divmod(p, q);
            Ok(new_tuple(vec![Value::Float(d), Value::Float(m)]))
        })());
    }
    let (p, q) = (to_big(&x), to_big(&y));
    if q.is_zero() {
        return Some(Err(zero_division_error(
            "integer division or modulo by zero",
        )));
    }
    let (d, m) = super::bigdiv::div_mod_floor(&p, &q);
    Some(Ok(new_tuple(vec![
        Value::from_bigint(d),
        Value::from_bigint(m),
    ])))
}

/// The TypeError for an operator no operand supports. In-place operators name themselves
/// (`+=`); `**` is spelled `** or pow()` as CPython does.
fn unsupported(op: BinOp, a: &Value, b: &Value, inplace: bool) -> PyErr {
    // Sequences word their errors as CPython's sq_concat / sq_repeat do.
    let is_seq = |v: &Value| {
        matches!(
            v.payload(),
            Some(
                Payload::Str(_)
                    | Payload::List(_)
                    | Payload::Tuple(_)
                    | Payload::Bytes(_)
                    | Payload::ByteArray(_)
            )
        )
    };
    match op {
        BinOp::Add if is_seq(a) => {
            return match a.payload() {
                Some(Payload::Bytes(_) | Payload::ByteArray(_)) => {
                    type_error(format!("can't concat {} to {}", type_name(b), type_name(a)))
                }
                _ => type_error(format!(
                    "can only concatenate {} (not \"{}\") to {}",
                    type_name(a),
                    type_name(b),
                    type_name(a)
                )),
            };
        }
        BinOp::Mul if is_seq(a) || is_seq(b) => {
            let other = if is_seq(a) { b } else { a };
            return type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                type_name(other)
            ));
        }
        _ => {}
    }
    let symbol = match (op, inplace) {
        (BinOp::Pow, true) => "**=".to_string(),
        (_, true) => format!("{}=", op.symbol()),
        (_, false) => op.symbol().to_string(),
    };
    type_error(format!(
        "unsupported operand type(s) for {}: '{}' and '{}'",
        symbol,
        type_name(a),
        type_name(b)
    ))
}

/// `a op= b`: the in-place method if the left operand has one, else `a op b`.
pub fn inplace_op(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    if let Some(r) = number_binary(op, a, b) {
        return r;
    }
    if let Some(v) = crate::builtins::inplace_builtin(vm, op, a, b)? {
        return Ok(v);
    }
    if let Value::Obj(o) = a {
        // Instances of user classes and of native modules' classes may define `__iadd__`...
        if matches!(o.payload, Payload::Instance(_) | Payload::Native(_)) {
            let (_, _, iname) = op.dunders();
            if let Some(f) = lookup_str(&o.class(), iname) {
                if let Some(r) = call_operator(vm, &f, a, b)? {
                    return Ok(r);
                }
            }
        }
    }
    if let Some(v) = crate::builtins::binary_builtin(vm, op, a, b)? {
        return Ok(v);
    }
    let (name, rname, _) = op.dunders();
    match dunder_binary(vm, a, b, name, rname)? {
        Some(v) => Ok(v),
        None => Err(unsupported(op, a, b, true)),
    }
}

/// The method `a op b` calls first, when it is a Python function of `a`'s class (an
/// instance of a user class): CPython calls it before anything else unless `b`'s class is a
/// proper subclass of `a`'s with its own reflected method. None otherwise.
pub fn left_operator(op: BinOp, a: &Value, b: &Value) -> Option<Value> {
    let Value::Obj(o) = a else {
        return None;
    };
    if !matches!(o.payload, Payload::Instance(_)) {
        return None;
    }
    let (name, rname, _) = op.dunders();
    let (ca, cb) = (class_of(a), class_of(b));
    let f = lookup_str(&ca, name)?;
    if !matches!(f.payload(), Some(Payload::Function(_))) {
        return None;
    }
    if !ca.is(&cb)
        && lookup_str(&cb, rname).is_some()
        && crate::object::class::is_subclass(&cb, &ca)
    {
        return None;
    }
    Some(f)
}

/// The rest of `a op b` after the left operand's method (`left_operator`) returned
/// NotImplemented: the right operand's reflected method, then the builtin cases, then the
/// TypeError.
pub fn binary_op_after_left(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    let (_, rname, _) = op.dunders();
    let (ca, cb) = (class_of(a), class_of(b));
    if !ca.is(&cb) {
        if let Some(f) = lookup_str(&cb, rname) {
            if let Some(r) = call_operator(vm, &f, b, a)? {
                return Ok(r);
            }
        }
    }
    if let Some(v) = crate::builtins::binary_builtin(vm, op, a, b)? {
        return Ok(v);
    }
    Err(unsupported(op, a, b, false))
}

pub fn is_not_implemented(v: &Value) -> bool {
    matches!(v, Value::Obj(o) if o.is(&types().not_implemented))
}

/// `f(x, y)` for an operator method: its result, or None for NotImplemented.
pub fn call_operator(vm: &mut Vm, f: &Value, x: &Value, y: &Value) -> PyResult<Option<Value>> {
    let r = call(vm, f, &[x.clone(), y.clone()])?;
    Ok((!is_not_implemented(&r)).then_some(r))
}

/// Dispatches to `a.__op__(b)` / `b.__rop__(a)` as CPython's binary_op1 does: the right
/// operand's reflected method goes first when its class is a proper subclass of the left's.
pub fn dunder_binary(
    vm: &mut Vm,
    a: &Value,
    b: &Value,
    name: &str,
    rname: &str,
) -> PyResult<Option<Value>> {
    let ca = class_of(a);
    let cb = class_of(b);
    let fa = lookup_str(&ca, name);
    let mut fb = if ca.is(&cb) {
        None
    } else {
        lookup_str(&cb, rname)
    };
    if let Some(f) = &fb {
        if crate::object::class::is_subclass(&cb, &ca) {
            if let Some(r) = call_operator(vm, f, b, a)? {
                return Ok(Some(r));
            }
            fb = None;
        }
    }
    if let Some(f) = fa {
        if let Some(r) = call_operator(vm, &f, a, b)? {
            return Ok(Some(r));
        }
    }
    match fb {
        Some(f) => call_operator(vm, &f, b, a),
        None => Ok(None),
    }
}

fn num_op(op: BinOp, x: Num, y: Num) -> PyResult<Value> {
    if matches!(x, Num::Complex(_)) || matches!(y, Num::Complex(_)) {
        let (a, b) = (to_complex(&x)?, to_complex(&y)?);
        return match crate::builtins::complex::binary(op, a, b) {
            Some(r) => r,
            None => Err(type_error(format!(
                "unsupported operand type(s) for {}: '{}' and '{}'",
                op.symbol(),
                num_type(&x),
                num_type(&y)
            ))),
        };
    }
    if let (Num::Int(a), Num::Int(b)) = (&x, &y) {
        if let Some(v) = int_op_fast(op, *a, *b) {
            return Ok(v);
        }
    }
    if matches!(x, Num::Float(_)) || matches!(y, Num::Float(_)) {
        if matches!(
            op,
            BinOp::And | BinOp::Or | BinOp::Xor | BinOp::LShift | BinOp::RShift | BinOp::MatMul
        ) {
            return Err(type_error(format!(
                "unsupported operand type(s) for {}: '{}' and '{}'",
                op.symbol(),
                num_type(&x),
                num_type(&y)
            )));
        }
        return float_op(op, to_f64(&x)?, to_f64(&y)?);
    }
    if op == BinOp::MatMul {
        return Err(type_error(
            "unsupported operand type(s) for @: 'int' and 'int'",
        ));
    }
    if let Some(v) = big_ref_op(op, &x, &y) {
        return Ok(v);
    }
    big_op(op, to_big(&x), to_big(&y))
}

/// `+ - * // %` of ints at least one of which is big, computed from references: copying a
/// big operand first (what `big_op` takes) costs as much as a multiplication by a small int.
/// None for other operators and zero divisors (`big_op` raises).
fn big_ref_op(op: BinOp, x: &Num, y: &Num) -> Option<Value> {
    let small;
    let (a, b): (&BigInt, &BigInt) = match (x, y) {
        (Num::Big(a), Num::Big(b)) => (a, b),
        (Num::Big(a), Num::Int(i)) => {
            small = BigInt::from(*i);
            (a, &small)
        }
        (Num::Int(i), Num::Big(b)) => {
            small = BigInt::from(*i);
            (&small, b)
        }
        _ => return None,
    };
    Some(Value::from_bigint(match op {
        BinOp::Add => a + b,
        BinOp::Sub => a - b,
        BinOp::Mul => a * b,
        BinOp::FloorDiv if !b.is_zero() => super::bigdiv::div_floor(a, b),
        BinOp::Mod if !b.is_zero() => super::bigdiv::mod_floor(a, b),
        _ => return None,
    }))
}

fn num_type(n: &Num) -> &'static str {
    match n {
        Num::Float(_) => "float",
        Num::Complex(_) => "complex",
        _ => "int",
    }
}

/// A number as a complex (CPython's `to_complex`).
fn to_complex(n: &Num) -> PyResult<Complex> {
    Ok(match n {
        Num::Complex(z) => *z,
        other => Complex {
            re: to_f64(other)?,
            im: 0.0,
        },
    })
}

/// The largest result, in bits, that an operation may try to build. CPython would attempt
/// any size and fail with MemoryError when the allocation does; a Rust allocation failure
/// aborts the process instead, so results beyond this (4 GiB) raise MemoryError up front.
const MAX_RESULT_BITS: u64 = 1 << 35;

/// CPython's limit on the number of 30-bit digits of an int (`MAX_LONG_DIGITS`).
const MAX_LONG_DIGITS: u64 = (i64::MAX as u64 - 24) / 4;

fn big_op(op: BinOp, a: BigInt, b: BigInt) -> PyResult<Value> {
    Ok(match op {
        BinOp::Add => Value::from_bigint(a + b),
        BinOp::Sub => Value::from_bigint(a - b),
        BinOp::Mul => Value::from_bigint(a * b),
        BinOp::FloorDiv => {
            if b.is_zero() {
                return Err(zero_division_error("integer division or modulo by zero"));
            }
            Value::from_bigint(super::bigdiv::div_floor(&a, &b))
        }
        BinOp::Mod => {
            if b.is_zero() {
                return Err(zero_division_error("integer modulo by zero"));
            }
            Value::from_bigint(super::bigdiv::mod_floor(&a, &b))
        }
        BinOp::TrueDiv => Value::Float(int_true_divide(&a, &b)?),
        BinOp::And => Value::from_bigint(a & b),
        BinOp::Or => Value::from_bigint(a | b),
        BinOp::Xor => Value::from_bigint(a ^ b),
        BinOp::LShift => {
            if b.is_negative() {
                return Err(value_error("negative shift count"));
            }
            if a.is_zero() {
                return Ok(Value::Int(0));
            }
            // As CPython's long_lshift: a shift whose digit count cannot even be represented
            // is an OverflowError; one that merely cannot be allocated is a MemoryError.
            let digits = a.bits().div_ceil(30);
            let (words, rem) = b.div_rem(&BigInt::from(30));
            let too_many = match words.to_u64() {
                Some(w) => {
                    w > i64::MAX as u64 || digits + w + u64::from(!rem.is_zero()) > MAX_LONG_DIGITS
                }
                None => true,
            };
            if too_many {
                return Err(overflow_error("too many digits in integer"));
            }
            let n = b.to_u64().unwrap_or(u64::MAX);
            if n.saturating_add(a.bits()) > MAX_RESULT_BITS {
                return Err(memory_error(""));
            }
            Value::from_bigint(a << n)
        }
        BinOp::RShift => {
            if b.is_negative() {
                return Err(value_error("negative shift count"));
            }
            match b.to_u64() {
                Some(n) => Value::from_bigint(a >> n),
                None => Value::Int(if a.is_negative() { -1 } else { 0 }),
            }
        }
        BinOp::Pow => return int_pow(a, b),
        BinOp::MatMul => unreachable!("int @ int is rejected before big_op"),
    })
}

/// `a ** b` for ints: a float for negative exponents, else the exact power.
fn int_pow(a: BigInt, b: BigInt) -> PyResult<Value> {
    if b.is_negative() {
        return float_op(BinOp::Pow, big_to_f64(&a)?, big_to_f64(&b)?);
    }
    // Bases whose powers never grow, whatever the exponent.
    if a.is_zero() {
        return Ok(Value::Int(if b.is_zero() { 1 } else { 0 }));
    }
    if a.is_one() {
        return Ok(Value::Int(1));
    }
    if a == BigInt::from(-1) {
        return Ok(Value::Int(if b.is_odd() { -1 } else { 1 }));
    }
    // |a| >= 2, so the result has at least (bits(a) - 1) * b + 1 bits.
    let e = match b.to_u64() {
        Some(e) if (a.bits() - 1).saturating_mul(e) < MAX_RESULT_BITS => e,
        _ => return Err(memory_error("")),
    };
    Ok(Value::from_bigint(num_traits::pow::Pow::pow(&a, e)))
}

/// `a / b` for ints, correctly rounded (CPython's long_true_divide), subnormals included.
pub fn int_true_divide(a: &BigInt, b: &BigInt) -> PyResult<f64> {
    if b.is_zero() {
        return Err(zero_division_error("division by zero"));
    }
    let negative = (a.sign() == Sign::Minus) != (b.sign() == Sign::Minus);
    if a.is_zero() {
        return Ok(if negative { -0.0 } else { 0.0 });
    }
    let (n, d) = (a.magnitude(), b.magnitude());
    // The quotient's binary exponent: 2**e <= n/d < 2**(e+1).
    let mut e = n.bits() as i64 - d.bits() as i64;
    let below = if e >= 0 {
        *n < (d << e as u64)
    } else {
        (n << (-e) as u64) < *d
    };
    if below {
        e -= 1;
    }
    if e > 1023 {
        return Err(overflow_error(
            "integer division result too large for a float",
        ));
    }
    // Keep 53 significant bits, fewer for a subnormal result, then round half to even once.
    let lsb = (e - 52).max(-1074);
    let (num, den) = if lsb >= 0 {
        (n.clone(), d << lsb as u64)
    } else {
        (n << (-lsb) as u64, d.clone())
    };
    let (q, r) = num.div_rem(&den);
    let mut q = q.to_u64().expect("quotient has at most 53 bits");
    let twice_r = r << 1u8;
    if twice_r > den || (twice_r == den && q & 1 == 1) {
        q += 1;
    }
    if q == 1 << 53 && lsb + 53 > 1023 {
        return Err(overflow_error(
            "integer division result too large for a float",
        ));
    }
    let value = ldexp_exact(q, lsb);
    Ok(if negative { -value } else { value })
}

/// Python's float `%`: the result has the sign of the divisor (CPython's float_rem).
pub fn float_mod(x: f64, y: f64) -> f64 {
    let m = x % y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m + y
        } else {
            m
        }
    } else {
        0.0f64.copysign(y)
    }
}

/// Python's float `divmod` (floor division and modulo together, as float_divmod does).
pub fn float_divmod(vx: f64, wx: f64) -> (f64, f64) {
    let mut m = vx % wx;
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(wx);
    }
    let floordiv = if div != 0.0 {
        let f = div.floor();
        if div - f > 0.5 {
            f + 1.0
        } else {
            f
        }
    } else {
        0.0f64.copysign(vx / wx)
    };
    (floordiv, m)
}

pub fn float_op(op: BinOp, x: f64, y: f64) -> PyResult<Value> {
    Ok(Value::Float(match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::TrueDiv => {
            if y == 0.0 {
                return Err(zero_division_error("float division by zero"));
            }
            x / y
        }
        BinOp::FloorDiv => {
            if y == 0.0 {
                return Err(zero_division_error("float floor division by zero"));
            }
            float_divmod(x, y).0
        }
        BinOp::Mod => {
            if y == 0.0 {
                return Err(zero_division_error("float modulo"));
            }
            float_mod(x, y)
        }
        BinOp::Pow => return float_pow(x, y),
        _ => unreachable!("non-float operator"),
    }))
}

fn is_odd_integer(x: f64) -> bool {
    x.abs() % 2.0 == 1.0
}

/// The smallest and largest `x` for which [`pow_half_by_sqrt`] answers: the square root and
/// its residual stay normal and finite.
pub const POW_HALF_MIN: f64 = f64::from_bits(0x0370_0000_0000_0000); // 2^-968
pub const POW_HALF_MAX: f64 = f64::from_bits(0x7C70_0000_0000_0000); // 2^968

/// How far, in units in the last place of `sqrt(x)`, the exact square root may lie from the
/// rounded one for [`pow_half_by_sqrt`] to answer, doubled (the residual measures twice the
/// distance): 0.45 ulp.
pub const POW_HALF_RESIDUAL: f64 = 0.9;

/// `x ** 0.5` without calling `pow`, when that is certain to be the C library's answer.
///
/// CPython computes `x ** 0.5` with libm's `pow`, and glibc's `pow` is not correctly rounded:
/// its documented worst-case error is 0.54 ulp, so where the exact root lies near the midpoint
/// between two doubles it may round the other way from `sqrt` (about 1 input in 1200). `sqrt`
/// is correctly rounded, so where the exact root is within 0.45 ulp of `s = sqrt(x)`, every
/// other double is more than 0.55 ulp away and `pow` must return `s` too. The residual
/// `x - s*s`, exact with a fused multiply-add, is about `2s` times that distance. Checked
/// against glibc over 10^9 doubles (uniform bits, uniform values, and squares of midpoints):
/// no disagreement, and 88% of inputs answered here. `None` sends the caller to `pow`; so do
/// a root that is a power of two (the spacing below it is half the spacing above) and any `x`
/// outside [`POW_HALF_MIN`, `POW_HALF_MAX`] (which includes zero, negatives, infinities and
/// NaN). The JIT emits the same test inline.
pub fn pow_half_by_sqrt(x: f64) -> Option<f64> {
    if !(POW_HALF_MIN..=POW_HALF_MAX).contains(&x) {
        return None;
    }
    let s = x.sqrt();
    let residual = (-s).mul_add(s, x);
    let ulp = f64::from_bits(s.to_bits() & 0x7FF0_0000_0000_0000) * f64::EPSILON;
    let not_power_of_two = s.to_bits() << 12 != 0;
    (not_power_of_two && residual.abs() < POW_HALF_RESIDUAL * s * ulp).then_some(s)
}

/// `x ** y` for floats: CPython's float_pow, which settles every special case itself before
/// letting the C library's `pow` compute the rest.
pub fn float_pow(x: f64, y: f64) -> PyResult<Value> {
    if y == 0.5 {
        if let Some(s) = pow_half_by_sqrt(x) {
            return Ok(Value::Float(s));
        }
    }
    if y == 0.0 {
        return Ok(Value::Float(1.0));
    }
    if x.is_nan() {
        return Ok(Value::Float(x));
    }
    if y.is_nan() {
        return Ok(Value::Float(if x == 1.0 { 1.0 } else { y }));
    }
    if y.is_infinite() {
        let ax = x.abs();
        return Ok(Value::Float(if ax == 1.0 {
            1.0
        } else if (y > 0.0) == (ax > 1.0) {
            f64::INFINITY
        } else {
            0.0
        }));
    }
    if x.is_infinite() {
        let odd = is_odd_integer(y);
        return Ok(Value::Float(if y > 0.0 {
            if odd {
                x
            } else {
                x.abs()
            }
        } else if odd {
            0.0f64.copysign(x)
        } else {
            0.0
        }));
    }
    if x == 0.0 {
        if y < 0.0 {
            return Err(zero_division_error(
                "0.0 cannot be raised to a negative power",
            ));
        }
        return Ok(Value::Float(if is_odd_integer(y) { x } else { 0.0 }));
    }
    let mut base = x;
    let mut negate = false;
    if x < 0.0 {
        if y != y.floor() {
            // A negative number raised to a fractional power is complex.
            return crate::builtins::complex::float_power(x, y);
        }
        base = -x;
        negate = is_odd_integer(y);
    }
    if base == 1.0 {
        return Ok(Value::Float(if negate { -1.0 } else { 1.0 }));
    }
    let r = base.powf(y);
    if r.is_infinite() {
        return Err(PyErr::with_args(
            &crate::object::exc_types().overflow_error,
            vec![
                Value::Int(34),
                crate::object::new_str("Numerical result out of range"),
            ],
        ));
    }
    Ok(Value::Float(if negate { -r } else { r }))
}

pub fn unary_op(vm: &mut Vm, op: UnaryOp, v: &Value) -> PyResult<Value> {
    if op == UnaryOp::Not {
        return Ok(Value::Bool(!super::truthy(vm, v)?));
    }
    let (name, sym) = match op {
        UnaryOp::Neg => ("__neg__", "-"),
        UnaryOp::Pos => ("__pos__", "+"),
        UnaryOp::Invert => ("__invert__", "~"),
        UnaryOp::Not => unreachable!("`not` is handled above"),
    };
    // A subclass of int or float may override the operator (IntFlag's `~`).
    if let Some(f) = crate::object::subclass::user_method(v, name) {
        return call(vm, &f, std::slice::from_ref(v));
    }
    if let Some(r) = number_unary(op, v) {
        return Ok(r);
    }
    if let Some(f) = lookup_str(&class_of(v), name) {
        return call(vm, &f, std::slice::from_ref(v));
    }
    Err(type_error(format!(
        "bad operand type for unary {}: '{}'",
        sym,
        type_name(v)
    )))
}

/// `-v`, `+v` or `~v` for a builtin number (`None` for anything else, and for `~float`).
pub fn number_unary(op: UnaryOp, v: &Value) -> Option<Value> {
    Some(match (op, num(v)?) {
        (UnaryOp::Neg, Num::Int(i)) => match i.checked_neg() {
            Some(n) => Value::Int(n),
            None => new_bigint(-BigInt::from(i)),
        },
        (UnaryOp::Neg, Num::Big(b)) => Value::from_bigint(-b),
        (UnaryOp::Neg, Num::Float(f)) => Value::Float(-f),
        (UnaryOp::Pos, Num::Int(i)) => Value::Int(i),
        (UnaryOp::Pos, Num::Big(_) | Num::Float(_)) => v.clone(),
        (UnaryOp::Invert, Num::Int(i)) => Value::Int(!i),
        (UnaryOp::Invert, Num::Big(b)) => Value::from_bigint(!b),
        (op, Num::Complex(z)) => return crate::builtins::complex::unary(op, z),
        _ => return None,
    })
}

/// `abs(v)` for a builtin number.
pub fn number_abs(v: &Value) -> Option<Value> {
    Some(match num(v)? {
        Num::Int(i) => match i.checked_abs() {
            Some(a) => Value::Int(a),
            None => new_bigint(BigInt::from(i).abs()),
        },
        Num::Big(b) => Value::from_bigint(b.abs()),
        Num::Float(f) => Value::Float(f.abs()),
        // abs() of a complex can overflow: it goes through complex.__abs__.
        Num::Complex(_) => return None,
    })
}
