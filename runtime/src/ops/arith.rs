//! Arithmetic operators with Python's semantics.
//!
//! `int_op_fast` and `float_op_fast` are the interpreter's inline fast paths: they decide only
//! the common cases and return `None` for anything needing care (overflow, zero divisors, big
//! integers), which `binary_op` then handles exactly: floor division and modulo take the sign
//! of the divisor, int/int true division is correctly rounded, overflow promotes to big ints.

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::bytecode::{BinOp, UnaryOp};
use crate::interp::{call, Vm};
use crate::object::class::lookup_str;
use crate::object::exception::{
    overflow_error, type_error, value_error, zero_division_error, PyErr,
};
use crate::object::{class_of, new_bigint, type_name, types, Payload};
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
            x.div_floor(&y)
        }
        BinOp::Mod => {
            if y == 0 || y == -1 {
                return None;
            }
            x.mod_floor(&y)
        }
        BinOp::TrueDiv => {
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
}

fn num(v: &Value) -> Option<Num<'_>> {
    match v {
        Value::Int(i) => Some(Num::Int(*i)),
        Value::Bool(b) => Some(Num::Int(*b as i64)),
        Value::Float(f) => Some(Num::Float(*f)),
        Value::Obj(o) => match &o.payload {
            Payload::BigInt(b) => Some(Num::Big(b)),
            _ => None,
        },
        _ => None,
    }
}

fn to_big(n: &Num) -> BigInt {
    match n {
        Num::Int(i) => BigInt::from(*i),
        Num::Big(b) => (*b).clone(),
        Num::Float(_) => unreachable!(),
    }
}

/// An int as a float, as `float(int)` does (OverflowError when too large).
pub fn big_to_f64(b: &BigInt) -> PyResult<f64> {
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
    }
}

/// `a op b` for any operands.
pub fn binary_op(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    if let (Some(x), Some(y)) = (num(a), num(b)) {
        return num_op(op, x, y);
    }
    if let Some(v) = crate::builtins::binary_builtin(vm, op, a, b)? {
        return Ok(v);
    }
    let (name, rname, _) = op.dunders();
    match dunder_binary(vm, a, b, name, rname)? {
        Some(v) => Ok(v),
        None => Err(unsupported(op, a, b)),
    }
}

fn unsupported(op: BinOp, a: &Value, b: &Value) -> PyErr {
    // Sequences word their errors differently (CPython's sq_concat / sq_repeat messages).
    let is_seq = |v: &Value| {
        matches!(
            v.payload(),
            Some(Payload::Str(_) | Payload::List(_) | Payload::Tuple(_) | Payload::Bytes(_) | Payload::ByteArray(_))
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
    if op == BinOp::Pow {
        return type_error(format!(
            "unsupported operand type(s) for ** or pow(): '{}' and '{}'",
            type_name(a),
            type_name(b)
        ));
    }
    type_error(format!(
        "unsupported operand type(s) for {}: '{}' and '{}'",
        op.symbol(),
        type_name(a),
        type_name(b)
    ))
}

/// `a op= b`: the in-place method if the left operand has one, else `a op b`.
pub fn inplace_op(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    if num(a).is_none() {
        if let Some(v) = crate::builtins::inplace_builtin(vm, op, a, b)? {
            return Ok(v);
        }
        if let Value::Obj(o) = a {
            if matches!(o.payload, Payload::Instance(_)) {
                let (_, _, iname) = op.dunders();
                if let Some(f) = lookup_str(&o.class(), iname) {
                    let r = call(vm, &f, &[a.clone(), b.clone()])?;
                    if !is_not_implemented(&r) {
                        return Ok(r);
                    }
                }
            }
        }
    }
    binary_op(vm, op, a, b)
}

pub fn is_not_implemented(v: &Value) -> bool {
    matches!(v, Value::Obj(o) if o.is(&types().not_implemented))
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
    let fb = if ca.is(&cb) {
        None
    } else {
        lookup_str(&cb, rname)
    };
    let mut fb = fb;
    if let Some(f) = &fb {
        if crate::object::class::is_subclass(&cb, &ca) {
            let r = call(vm, f, &[b.clone(), a.clone()])?;
            if !is_not_implemented(&r) {
                return Ok(Some(r));
            }
            fb = None;
        }
    }
    if let Some(f) = fa {
        let r = call(vm, &f, &[a.clone(), b.clone()])?;
        if !is_not_implemented(&r) {
            return Ok(Some(r));
        }
    }
    if let Some(f) = fb {
        let r = call(vm, &f, &[b.clone(), a.clone()])?;
        if !is_not_implemented(&r) {
            return Ok(Some(r));
        }
    }
    Ok(None)
}

fn num_op(op: BinOp, x: Num, y: Num) -> PyResult<Value> {
    if let (Num::Int(a), Num::Int(b)) = (&x, &y) {
        if let Some(v) = int_op_fast(op, *a, *b) {
            return Ok(v);
        }
    }
    if matches!(x, Num::Float(_)) || matches!(y, Num::Float(_)) {
        if matches!(op, BinOp::And | BinOp::Or | BinOp::Xor | BinOp::LShift | BinOp::RShift | BinOp::MatMul) {
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
        return Err(type_error("unsupported operand type(s) for @: 'int' and 'int'"));
    }
    big_op(op, to_big(&x), to_big(&y))
}

fn num_type(n: &Num) -> &'static str {
    match n {
        Num::Float(_) => "float",
        _ => "int",
    }
}

fn big_op(op: BinOp, a: BigInt, b: BigInt) -> PyResult<Value> {
    Ok(match op {
        BinOp::Add => Value::from_bigint(a + b),
        BinOp::Sub => Value::from_bigint(a - b),
        BinOp::Mul => Value::from_bigint(a * b),
        BinOp::FloorDiv => {
            if b.is_zero() {
                return Err(zero_division_error("integer division or modulo by zero"));
            }
            Value::from_bigint(a.div_floor(&b))
        }
        BinOp::Mod => {
            if b.is_zero() {
                return Err(zero_division_error("integer modulo by zero"));
            }
            Value::from_bigint(a.mod_floor(&b))
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
            let n = b
                .to_usize()
                .filter(|n| *n < (1 << 40))
                .ok_or_else(|| overflow_error("too many digits in integer"))?;
            Value::from_bigint(a << n)
        }
        BinOp::RShift => {
            if b.is_negative() {
                return Err(value_error("negative shift count"));
            }
            match b.to_usize() {
                Some(n) => Value::from_bigint(a >> n),
                None => Value::Int(if a.is_negative() { -1 } else { 0 }),
            }
        }
        BinOp::Pow => {
            if b.is_negative() {
                let x = big_to_f64(&a)?;
                let y = big_to_f64(&b)?;
                return float_op(BinOp::Pow, x, y);
            }
            let e = b
                .to_u32()
                .ok_or_else(|| overflow_error("exponent too large"))?;
            if a.is_one() || a.is_zero() {
                return Ok(Value::from_bigint(a));
            }
            Value::from_bigint(num_traits::pow::Pow::pow(&a, e))
        }
        BinOp::MatMul => unreachable!(),
    })
}

/// `a / b` for ints, correctly rounded (CPython's long_true_divide).
pub fn int_true_divide(a: &BigInt, b: &BigInt) -> PyResult<f64> {
    if b.is_zero() {
        return Err(zero_division_error("division by zero"));
    }
    if a.is_zero() {
        return Ok(if a.sign() == b.sign() || b.is_positive() { 0.0 } else { -0.0 });
    }
    let negative = (a.sign() == Sign::Minus) != (b.sign() == Sign::Minus);
    let (n, d) = (a.magnitude(), b.magnitude());
    // Scale so the quotient has 55..=56 significant bits, then round half to even once.
    let shift = 55 - (n.bits() as i64 - d.bits() as i64);
    let (num, den) = if shift >= 0 {
        (n << shift as usize, d.clone())
    } else {
        (n.clone(), d << (-shift) as usize)
    };
    let (q, r) = num.div_rem(&den);
    let mut q = q.to_u64().unwrap_or(u64::MAX);
    let mut exp = -shift;
    // Normalise q to exactly 55 bits (it may have 55 or 56).
    let mut sticky = !r.is_zero();
    while q >= 1 << 55 {
        sticky |= q & 1 == 1;
        q >>= 1;
        exp += 1;
    }
    // Keep 53 bits: drop two, rounding half to even with the sticky bit.
    let rem = q & 3;
    q >>= 2;
    exp += 2;
    let half_up = rem > 2 || (rem == 2 && (sticky || q & 1 == 1));
    if half_up {
        q += 1;
    }
    // Two steps, so that neither power of two overflows or underflows on its own.
    let e = exp as i32;
    let value = (q as f64) * 2f64.powi(e / 2) * 2f64.powi(e - e / 2);
    if !value.is_finite() {
        return Err(overflow_error("integer division result too large for a float"));
    }
    Ok(if negative { -value } else { value })
}

/// Python's float `%`: the result has the sign of the divisor.
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
        BinOp::Pow => float_pow(x, y)?,
        _ => unreachable!("non-float operator"),
    }))
}

/// `x ** y` for floats, with CPython's special cases and errors.
pub fn float_pow(x: f64, y: f64) -> PyResult<f64> {
    if y == 0.0 {
        return Ok(1.0);
    }
    if x.is_nan() {
        return Ok(if y == 0.0 { 1.0 } else { x });
    }
    if y.is_nan() {
        return Ok(if x == 1.0 { 1.0 } else { y });
    }
    if x == 0.0 && y < 0.0 && y.is_finite() {
        return Err(zero_division_error("0.0 cannot be raised to a negative power"));
    }
    if x < 0.0 && x.is_finite() && y.is_finite() && y.fract() != 0.0 {
        return Err(crate::object::exception::not_implemented_error(
            "complex numbers are not supported yet (negative number raised to a fractional power)",
        ));
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(PyErr::with_args(
            &crate::object::exc_types().overflow_error,
            vec![Value::Int(34), crate::object::new_str("Numerical result out of range")],
        ));
    }
    Ok(r)
}

pub fn unary_op(vm: &mut Vm, op: UnaryOp, v: &Value) -> PyResult<Value> {
    if op == UnaryOp::Not {
        return Ok(Value::Bool(!super::truthy(vm, v)?));
    }
    match (op, v) {
        (UnaryOp::Neg, Value::Int(i)) => {
            return Ok(match i.checked_neg() {
                Some(n) => Value::Int(n),
                None => new_bigint(-BigInt::from(*i)),
            })
        }
        (UnaryOp::Neg, Value::Bool(b)) => return Ok(Value::Int(-(*b as i64))),
        (UnaryOp::Neg, Value::Float(f)) => return Ok(Value::Float(-f)),
        (UnaryOp::Pos, Value::Int(_)) | (UnaryOp::Pos, Value::Float(_)) => return Ok(v.clone()),
        (UnaryOp::Pos, Value::Bool(b)) => return Ok(Value::Int(*b as i64)),
        (UnaryOp::Invert, Value::Int(i)) => return Ok(Value::Int(!i)),
        (UnaryOp::Invert, Value::Bool(b)) => return Ok(Value::Int(!(*b as i64))),
        _ => {}
    }
    if let Some(Payload::BigInt(b)) = v.payload() {
        return Ok(match op {
            UnaryOp::Neg => Value::from_bigint(-b),
            UnaryOp::Pos => v.clone(),
            _ => Value::from_bigint(!b),
        });
    }
    let (name, sym) = match op {
        UnaryOp::Neg => ("__neg__", "-"),
        UnaryOp::Pos => ("__pos__", "+"),
        UnaryOp::Invert => ("__invert__", "~"),
        UnaryOp::Not => unreachable!(),
    };
    if let Some(f) = lookup_str(&class_of(v), name) {
        return call(vm, &f, &[v.clone()]);
    }
    Err(type_error(format!(
        "bad operand type for unary {}: '{}'",
        sym,
        type_name(v)
    )))
}
