//! Ranges whose bounds do not fit in 64 bits (`range(10**30)`): the same operations as the
//! common `Range`, in big-integer arithmetic. A range whose bounds fit is always a `Range`.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::object::exception::{index_error, overflow_error, value_error};
use crate::object::{types, Obj, Payload};
use crate::value::Value;
use crate::PyResult;

#[derive(Clone, Debug)]
pub struct BigRange {
    pub start: BigInt,
    pub stop: BigInt,
    pub step: BigInt,
}

impl BigRange {
    /// The number of values (CPython's `compute_range_length`).
    pub fn len(&self) -> BigInt {
        let (lo, hi, step) = if self.step.is_positive() {
            (&self.start, &self.stop, self.step.clone())
        } else {
            (&self.stop, &self.start, -&self.step)
        };
        if lo >= hi {
            return BigInt::zero();
        }
        (hi - lo - BigInt::one()) / step + BigInt::one()
    }

    pub fn get(&self, i: &BigInt) -> BigInt {
        &self.start + i * &self.step
    }

    /// Whether the integer `x` is one of the values.
    pub fn contains(&self, x: &BigInt) -> bool {
        let inside = if self.step.is_positive() {
            &self.start <= x && x < &self.stop
        } else {
            &self.stop < x && x <= &self.start
        };
        inside && (x - &self.start).mod_floor(&self.step).is_zero()
    }
}

/// `range(start, stop, step)` for any integer bounds: a `Range` when they fit in an i64.
pub fn new(start: BigInt, stop: BigInt, step: BigInt) -> PyResult<Value> {
    if step.is_zero() {
        return Err(value_error("range() arg 3 must not be zero"));
    }
    if let (Some(a), Some(b), Some(c)) = (start.to_i64(), stop.to_i64(), step.to_i64()) {
        return Ok(crate::object::new_range(a, b, c));
    }
    Ok(Value::Obj(Obj::new(
        &types().range,
        Payload::BigRange(Box::new(BigRange { start, stop, step })),
    )))
}

/// A `Range` or `BigRange` value as big-integer bounds.
pub fn bounds(v: &Value) -> Option<BigRange> {
    match v.payload()? {
        Payload::Range(r) => Some(BigRange {
            start: r.start.into(),
            stop: r.stop.into(),
            step: r.step.into(),
        }),
        Payload::BigRange(r) => Some((**r).clone()),
        _ => None,
    }
}

/// `len(r)`: an OverflowError when the length does not fit in a machine word, as CPython.
pub fn len(r: &BigRange) -> PyResult<usize> {
    r.len()
        .to_usize()
        .filter(|n| *n <= i64::MAX as usize)
        .ok_or_else(|| overflow_error("Python int too large to convert to C ssize_t"))
}

/// `r[i]` for an integer index.
pub fn get_item(r: &BigRange, i: &BigInt) -> PyResult<Value> {
    let n = r.len();
    let j = if i.is_negative() { i + &n } else { i.clone() };
    if j.is_negative() || j >= n {
        return Err(index_error("range object index out of range"));
    }
    Ok(Value::from_bigint(r.get(&j)))
}

/// `r[a:b:c]`: slice bounds in index space mapped through the range (CPython's
/// `compute_slice`), with big-integer slice bounds allowed.
pub fn slice(r: &BigRange, s: &[Value; 3]) -> PyResult<Value> {
    let as_big = |v: &Value| -> PyResult<Option<BigInt>> {
        match v {
            Value::None => Ok(None),
            other => crate::builtins::number::as_bigint(other)
                .map(Some)
                .ok_or_else(|| {
                    crate::object::exception::type_error(
                        "slice indices must be integers or None or have an __index__ method",
                    )
                }),
        }
    };
    let step = as_big(&s[2])?.unwrap_or_else(BigInt::one);
    if step.is_zero() {
        return Err(value_error("slice step cannot be zero"));
    }
    let len = r.len();
    let (lower, upper) = if step.is_negative() {
        (-BigInt::one(), &len - BigInt::one())
    } else {
        (BigInt::zero(), len.clone())
    };
    let clamp = |v: Option<BigInt>, default: &BigInt| -> BigInt {
        match v {
            None => default.clone(),
            Some(mut i) => {
                if i.is_negative() {
                    i += &len;
                    if i < lower {
                        i = lower.clone();
                    }
                } else if i > upper {
                    i = upper.clone();
                }
                i
            }
        }
    };
    let (start_default, stop_default) = if step.is_negative() {
        (upper.clone(), lower.clone())
    } else {
        (lower.clone(), upper.clone())
    };
    let start = clamp(as_big(&s[0])?, &start_default);
    let stop = clamp(as_big(&s[1])?, &stop_default);
    new(r.get(&start), r.get(&stop), &r.step * step)
}

/// `r.index(x)`.
pub fn index(r: &BigRange, x: &BigInt) -> Option<BigInt> {
    r.contains(x).then(|| (x - &r.start) / &r.step)
}

/// Equality of two ranges: the same sequence of values.
pub fn equal(a: &BigRange, b: &BigRange) -> bool {
    let (la, lb) = (a.len(), b.len());
    la == lb && (la.is_zero() || (a.start == b.start && (la.is_one() || a.step == b.step)))
}

/// `repr(r)`.
pub fn repr(r: &BigRange) -> String {
    if r.step.is_one() {
        format!("range({}, {})", r.start, r.stop)
    } else {
        format!("range({}, {}, {})", r.start, r.stop, r.step)
    }
}

/// The attributes `start`, `stop` and `step`.
pub fn attr(r: &BigRange, name: &str) -> Option<Value> {
    match name {
        "start" => Some(Value::from_bigint(r.start.clone())),
        "stop" => Some(Value::from_bigint(r.stop.clone())),
        "step" => Some(Value::from_bigint(r.step.clone())),
        _ => None,
    }
}
