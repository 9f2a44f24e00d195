//! Rich comparison: numbers compared exactly across int/float/big int, sequences
//! lexicographically, sets by inclusion, and user classes through `__eq__`, `__lt__`, ...
//! with CPython's reflection rules (`a < b` falls back to `b > a`; equality falls back to
//! identity).

use std::cmp::Ordering;

use num_bigint::BigInt;
use num_traits::{FromPrimitive, ToPrimitive};

use crate::bytecode::CmpOp;
use crate::interp::{call, Vm};
use crate::object::class::lookup_str;
use crate::object::exception::type_error;
use crate::object::{class_of, type_name, Obj, Payload};
use crate::value::Value;
use crate::PyResult;

use super::arith::is_not_implemented;

#[inline(always)]
pub fn cmp_ord(op: CmpOp, o: Ordering) -> bool {
    match op {
        CmpOp::Lt => o == Ordering::Less,
        CmpOp::Le => o != Ordering::Greater,
        CmpOp::Eq => o == Ordering::Equal,
        CmpOp::Ne => o != Ordering::Equal,
        CmpOp::Gt => o == Ordering::Greater,
        CmpOp::Ge => o != Ordering::Less,
    }
}

#[inline(always)]
pub fn cmp_f64(op: CmpOp, x: f64, y: f64) -> bool {
    match op {
        CmpOp::Lt => x < y,
        CmpOp::Le => x <= y,
        CmpOp::Eq => x == y,
        CmpOp::Ne => x != y,
        CmpOp::Gt => x > y,
        CmpOp::Ge => x >= y,
    }
}

/// Exact comparison of an integer with a float (None if the float is NaN).
pub fn cmp_int_float(i: &BigInt, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    let fl = f.floor();
    let fb = BigInt::from_f64(fl)?;
    match i.cmp(&fb) {
        Ordering::Equal => Some(if f > fl {
            Ordering::Less
        } else {
            Ordering::Equal
        }),
        o => Some(o),
    }
}

fn cmp_i64_f64(i: i64, f: f64) -> Option<Ordering> {
    const EXACT: i64 = 1 << 53;
    if (-EXACT..=EXACT).contains(&i) {
        return (i as f64).partial_cmp(&f);
    }
    cmp_int_float(&BigInt::from(i), f)
}

/// A number's exact ordering against another, if both are numbers.
fn num_cmp(a: &Value, b: &Value) -> Option<Option<Ordering>> {
    let big = |v: &Value| -> Option<BigInt> {
        match v {
            Value::Int(i) => Some(BigInt::from(*i)),
            Value::Bool(b) => Some(BigInt::from(*b as i64)),
            Value::Obj(o) => match &o.payload {
                Payload::BigInt(b) => Some(b.clone()),
                _ => None,
            },
            _ => None,
        }
    };
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(Some(x.cmp(y))),
        (Value::Float(x), Value::Float(y)) => Some(x.partial_cmp(y)),
        (Value::Int(x), Value::Float(y)) => Some(cmp_i64_f64(*x, *y)),
        (Value::Float(x), Value::Int(y)) => Some(cmp_i64_f64(*y, *x).map(Ordering::reverse)),
        (Value::Bool(x), Value::Float(y)) => Some((*x as i64 as f64).partial_cmp(y)),
        (Value::Float(x), Value::Bool(y)) => Some(x.partial_cmp(&(*y as i64 as f64))),
        (Value::Float(x), _) => big(b).map(|y| cmp_int_float(&y, *x).map(Ordering::reverse)),
        (_, Value::Float(y)) => big(a).map(|x| cmp_int_float(&x, *y)),
        _ => match (big(a), big(b)) {
            (Some(x), Some(y)) => Some(Some(x.cmp(&y))),
            _ => None,
        },
    }
}

fn ordering_result(op: CmpOp, o: Option<Ordering>) -> bool {
    match o {
        Some(o) => cmp_ord(op, o),
        None => op == CmpOp::Ne,
    }
}

/// `a op b`.
pub fn compare(vm: &mut Vm, op: CmpOp, a: &Value, b: &Value) -> PyResult<Value> {
    // An int subclass may override the comparison (as binary_op lets it override operators).
    if crate::object::subclass::user_method(a, op.dunder()).is_some()
        || crate::object::subclass::user_method(b, op.swapped().dunder()).is_some()
    {
        return rich_compare(vm, op, a, b);
    }
    if let Some(o) = num_cmp(a, b) {
        return Ok(Value::Bool(ordering_result(op, o)));
    }
    if let Some(r) = builtin_compare(vm, op, a, b)? {
        return Ok(r);
    }
    rich_compare(vm, op, a, b)
}

/// Comparison through the dunder methods, with reflection and the identity fallback.
pub fn rich_compare(vm: &mut Vm, op: CmpOp, a: &Value, b: &Value) -> PyResult<Value> {
    let ca = class_of(a);
    let cb = class_of(b);
    let swapped = op.swapped();
    let mut tried_reflected = false;
    if !ca.is(&cb) && crate::object::class::is_subclass(&cb, &ca) {
        if let Some(f) = user_method(&cb, swapped.dunder()) {
            tried_reflected = true;
            let r = call(vm, &f, &[b.clone(), a.clone()])?;
            if !is_not_implemented(&r) {
                return Ok(r);
            }
        }
    }
    if let Some(f) = user_method(&ca, op.dunder()) {
        let r = call(vm, &f, &[a.clone(), b.clone()])?;
        if !is_not_implemented(&r) {
            return Ok(r);
        }
    } else if op == CmpOp::Ne {
        // object.__ne__ inverts __eq__.
        if let Some(f) = user_method(&ca, "__eq__") {
            let r = call(vm, &f, &[a.clone(), b.clone()])?;
            if !is_not_implemented(&r) {
                return Ok(Value::Bool(!super::truthy(vm, &r)?));
            }
        }
    }
    if !tried_reflected {
        if let Some(f) = user_method(&cb, swapped.dunder()) {
            let r = call(vm, &f, &[b.clone(), a.clone()])?;
            if !is_not_implemented(&r) {
                return Ok(r);
            }
        } else if swapped == CmpOp::Ne {
            if let Some(f) = user_method(&cb, "__eq__") {
                let r = call(vm, &f, &[b.clone(), a.clone()])?;
                if !is_not_implemented(&r) {
                    return Ok(Value::Bool(!super::truthy(vm, &r)?));
                }
            }
        }
    }
    match op {
        CmpOp::Eq => Ok(Value::Bool(a.is(b))),
        CmpOp::Ne => Ok(Value::Bool(!a.is(b))),
        _ => Err(type_error(format!(
            "'{}' not supported between instances of '{}' and '{}'",
            op.symbol(),
            type_name(a),
            type_name(b)
        ))),
    }
}

/// A comparison method defined in Python on a user class (builtin classes have none in
/// their namespace; their comparisons are `builtin_compare`).
fn user_method(cls: &Obj, name: &str) -> Option<Value> {
    lookup_str(cls, name)
}

/// `a == b` as a Rust bool, with the identity shortcut containers use.
///
/// Inlined for the common operands (containers compare many of them); the rest is `eq_slow`.
#[inline]
pub fn eq(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Ok(x == y),
        // Identical floats (same bits, as `is` sees them) are equal here even when NaN, as
        // CPython containers compare identity first.
        (Value::Float(x), Value::Float(y)) => Ok(x == y || x.to_bits() == y.to_bits()),
        (Value::None, Value::None) => Ok(true),
        (Value::Obj(x), Value::Obj(y)) if x.is(y) => Ok(true),
        _ => eq_slow(vm, a, b),
    }
}

#[inline(never)]
fn eq_slow(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    if let (Value::Obj(x), Value::Obj(y)) = (a, b) {
        if let (Payload::Str(s), Payload::Str(t)) = (&x.payload, &y.payload) {
            return Ok(s.as_str() == t.as_str());
        }
    }
    let r = compare(vm, CmpOp::Eq, a, b)?;
    match r {
        Value::Bool(b) => Ok(b),
        other => super::truthy(vm, &other),
    }
}

/// Ordering used by `sort`, `min`, `max`: `a < b`.
pub fn lt(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => return Ok(x < y),
        (Value::Float(x), Value::Float(y)) => return Ok(x < y),
        _ => {}
    }
    let r = compare(vm, CmpOp::Lt, a, b)?;
    match r {
        Value::Bool(b) => Ok(b),
        other => super::truthy(vm, &other),
    }
}

/// `a op b` for two lists or two tuples, as CPython's list_richcompare and
/// tuplerichcompare; None for other pairs.
pub fn sequence_compare(vm: &mut Vm, op: CmpOp, a: &Value, b: &Value) -> Option<PyResult<Value>> {
    match (a.payload()?, b.payload()?) {
        (Payload::List(l), Payload::List(r)) => Some(list_compare(vm, op, l, r)),
        // Tuples cannot change, and `a` and `b` keep their items alive.
        (Payload::Tuple(l), Payload::Tuple(r)) => Some(seq_compare(vm, op, l, r)),
        _ => None,
    }
}

/// Two lists: of different lengths they are unequal without an item compared; otherwise the
/// items are compared in order up to the first pair that differs, each read afresh (an
/// item's `__eq__` may change either list), and that pair (its comparison's result as it
/// is, for an ordering), or else the lengths, decide.
fn list_compare(
    vm: &mut Vm,
    op: CmpOp,
    l: &std::cell::RefCell<Vec<Value>>,
    r: &std::cell::RefCell<Vec<Value>>,
) -> PyResult<Value> {
    if matches!(op, CmpOp::Eq | CmpOp::Ne) && l.borrow().len() != r.borrow().len() {
        return Ok(Value::Bool(op == CmpOp::Ne));
    }
    let pair = |i: usize| {
        let (l, r) = (l.borrow(), r.borrow());
        Some((l.get(i)?.clone(), r.get(i)?.clone()))
    };
    let mut i = 0;
    while let Some((x, y)) = pair(i) {
        if !eq(vm, &x, &y)? {
            return match op {
                CmpOp::Eq => Ok(Value::Bool(false)),
                CmpOp::Ne => Ok(Value::Bool(true)),
                _ => match pair(i) {
                    Some((x, y)) => compare(vm, op, &x, &y),
                    None => {
                        let (n, m) = (l.borrow().len(), r.borrow().len());
                        Ok(Value::Bool(cmp_ord(op, n.cmp(&m))))
                    }
                },
            };
        }
        i += 1;
    }
    let (n, m) = (l.borrow().len(), r.borrow().len());
    Ok(Value::Bool(cmp_ord(op, n.cmp(&m))))
}

fn same_kind(a: &Payload, b: &Payload) -> bool {
    std::mem::discriminant(a) == std::mem::discriminant(b)
}

/// Comparisons between builtin containers and strings: `Some(result)` or `None` if the pair of
/// types has no builtin comparison.
fn builtin_compare(vm: &mut Vm, op: CmpOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    let (Value::Obj(x), Value::Obj(y)) = (a, b) else {
        return Ok(None);
    };
    // User classes (and user subclasses of builtins) may override comparisons; let them go
    // first.
    if matches!(x.payload, Payload::Instance(_)) || matches!(y.payload, Payload::Instance(_)) {
        return Ok(None);
    }
    let swapped = op.swapped().dunder();
    if crate::object::subclass::user_method(a, op.dunder()).is_some()
        || crate::object::subclass::user_method(b, swapped).is_some()
    {
        return Ok(None);
    }
    match (&x.payload, &y.payload) {
        (Payload::List(_), Payload::List(_)) | (Payload::Tuple(_), Payload::Tuple(_)) => {
            sequence_compare(vm, op, a, b).transpose()
        }
        (Payload::Slice(s1), Payload::Slice(s2)) => seq_compare(vm, op, s1, s2).map(Some),
        _ => Ok(flat_compare(vm, op, x, y)?.map(Value::Bool)),
    }
}

/// `builtin_compare` of the builtin types whose comparison is a bool.
fn flat_compare(vm: &mut Vm, op: CmpOp, x: &Obj, y: &Obj) -> PyResult<Option<bool>> {
    match (&x.payload, &y.payload) {
        (Payload::Str(s), Payload::Str(t)) => Ok(Some(cmp_ord(op, s.as_str().cmp(t.as_str())))),
        (Payload::Bytes(s), Payload::Bytes(t)) => Ok(Some(cmp_ord(op, s[..].cmp(&t[..])))),
        (Payload::ByteArray(s), Payload::ByteArray(t)) => {
            let o = s.borrow()[..].cmp(&t.borrow()[..]);
            Ok(Some(cmp_ord(op, o)))
        }
        (Payload::Bytes(s), Payload::ByteArray(t)) => {
            Ok(Some(cmp_ord(op, s[..].cmp(&t.borrow()[..]))))
        }
        (Payload::ByteArray(s), Payload::Bytes(t)) => {
            Ok(Some(cmp_ord(op, s.borrow()[..].cmp(&t[..]))))
        }
        (Payload::Range(_) | Payload::BigRange(_), Payload::Range(_) | Payload::BigRange(_)) => {
            Ok(crate::builtins::range::compare(&x.payload, &y.payload, op))
        }
        (Payload::Dict(_), Payload::Dict(_)) => match op {
            CmpOp::Eq | CmpOp::Ne => {
                let e = crate::builtins::dict::dict_eq(vm, x, y)?;
                Ok(Some(e == (op == CmpOp::Eq)))
            }
            _ => Ok(None),
        },
        (Payload::Set(_) | Payload::FrozenSet(_), Payload::Set(_) | Payload::FrozenSet(_)) => {
            crate::builtins::set::set_compare(vm, op, x, y).map(Some)
        }
        (Payload::DictView(k1, d1), Payload::DictView(k2, d2)) if k1 == k2 => {
            crate::builtins::dict::view_compare(vm, op, *k1, d1, d2)
        }
        (p, q) if same_kind(p, q) => Ok(None),
        _ => Ok(None),
    }
}

/// Lexicographic comparison of two sequences that cannot change meanwhile: the first pair of
/// items that differ decides (an ordering is their comparison's result as it is), or else
/// the lengths.
pub fn seq_compare(vm: &mut Vm, op: CmpOp, l: &[Value], r: &[Value]) -> PyResult<Value> {
    for (x, y) in l.iter().zip(r) {
        if !eq(vm, x, y)? {
            return match op {
                CmpOp::Eq => Ok(Value::Bool(false)),
                CmpOp::Ne => Ok(Value::Bool(true)),
                _ => compare(vm, op, x, y),
            };
        }
    }
    Ok(Value::Bool(cmp_ord(op, l.len().cmp(&r.len()))))
}

/// Converts a big int to an ordering-friendly float when needed by callers.
pub fn big_to_f64_lossy(b: &BigInt) -> f64 {
    b.to_f64().unwrap_or(f64::INFINITY)
}
