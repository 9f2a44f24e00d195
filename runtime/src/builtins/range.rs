//! `range`: construction, indexing and slicing, membership, `index`/`count`, comparison,
//! hashing, `repr` and iteration, as CPython 3.11's `Objects/rangeobject.c`.
//!
//! CPython keeps a range's start, stop, step and length as ints of any size. Here a range
//! whose four values all fit an i64 (nearly every range) is a [`Range`] of three i64s, so
//! `for i in range(n)` and `r[i]` never touch a big integer; any other range is a
//! [`BigRange`]. Every operation accepts both forms, and [`make`] stores each result in
//! whichever fits. Iterators follow CPython's choice between `range_iterator` (machine
//! integers) and `longrange_iterator`, which decides only their type name.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::bytecode::CmpOp;
use crate::interp::Vm;
use crate::object::exception::{index_error, overflow_error, type_error, value_error};
use crate::object::function::Args;
use crate::object::iter::IterState;
use crate::object::types::Types;
use crate::object::{new_range, new_tuple, type_name, types, Obj, Payload, Range};
use crate::ops;
use crate::value::Value;
use crate::PyResult;

use super::add_method;
use super::number::{as_bigint, index_required, index_value};

/// `range(start, stop, step)` with bounds or a length beyond i64, and its length.
#[derive(Clone, Debug)]
pub struct BigRange {
    pub start: BigInt,
    pub stop: BigInt,
    pub step: BigInt,
    pub len: BigInt,
}

/// A range's values as big integers, whichever form it is stored in.
struct Params {
    start: BigInt,
    stop: BigInt,
    step: BigInt,
    len: BigInt,
}

fn params(p: &Payload) -> Option<Params> {
    match p {
        Payload::Range(r) => Some(Params {
            start: r.start.into(),
            stop: r.stop.into(),
            step: r.step.into(),
            len: r.len().into(),
        }),
        Payload::BigRange(r) => Some(Params {
            start: r.start.clone(),
            stop: r.stop.clone(),
            step: r.step.clone(),
            len: r.len.clone(),
        }),
        _ => None,
    }
}

fn range_params(v: &Value) -> Option<Params> {
    params(v.payload()?)
}

/// The number of values in range(start, stop, step) (CPython's `compute_range_length`).
fn length(start: &BigInt, stop: &BigInt, step: &BigInt) -> BigInt {
    let (lo, hi, step) = if step.is_positive() {
        (start, stop, step.clone())
    } else {
        (stop, start, -step)
    };
    if lo >= hi {
        return BigInt::zero();
    }
    (hi - lo - 1u8) / step + 1u8
}

/// A range object, stored as i64s when its bounds and length all fit.
pub fn make(start: BigInt, stop: BigInt, step: BigInt) -> Value {
    let len = length(&start, &stop, &step);
    if let (Some(a), Some(b), Some(c), Some(_)) =
        (start.to_i64(), stop.to_i64(), step.to_i64(), len.to_i64())
    {
        return new_range(a, b, c);
    }
    Value::Obj(Obj::new(
        &types().range,
        Payload::BigRange(Box::new(BigRange {
            start,
            stop,
            step,
            len,
        })),
    ))
}

/// `range(stop)`, `range(start, stop[, step])`.
fn range_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.has_kwargs() {
        return Err(type_error("range() takes no keyword arguments"));
    }
    let pos = &args.pos()[1..];
    match pos.len() {
        0 => return Err(type_error("range expected at least 1 argument, got 0")),
        4.. => {
            return Err(type_error(format!(
                "range expected at most 3 arguments, got {}",
                pos.len()
            )))
        }
        _ => {}
    }
    // The common case, machine-integer arguments, without big integers.
    let small = |v: &Value| match v {
        Value::Int(i) => Some(*i),
        _ => None,
    };
    if let Some(small_args) = pos.iter().map(small).collect::<Option<Vec<i64>>>() {
        let (start, stop, step) = match small_args[..] {
            [stop] => (0, stop, 1),
            [start, stop] => (start, stop, 1),
            [start, stop, step] => (start, stop, step),
            _ => unreachable!("1 to 3 arguments"),
        };
        if step == 0 {
            return Err(value_error("range() arg 3 must not be zero"));
        }
        let r = Range { start, stop, step };
        if r.len_fits() {
            return Ok(new_range(start, stop, step));
        }
    }
    let mut ints = Vec::with_capacity(3);
    for v in pos {
        ints.push(index_required(vm, v)?);
    }
    let (start, stop, step) = match <[BigInt; 1]>::try_from(ints) {
        Ok([stop]) => (BigInt::zero(), stop, BigInt::one()),
        Err(mut ints) => {
            let step = if ints.len() == 3 {
                ints.pop().expect("three arguments")
            } else {
                BigInt::one()
            };
            let stop = ints.pop().expect("two arguments");
            let start = ints.pop().expect("two arguments");
            (start, stop, step)
        }
    };
    if step.is_zero() {
        return Err(value_error("range() arg 3 must not be zero"));
    }
    Ok(make(start, stop, step))
}

/// `len(r)`: an OverflowError when the length does not fit an index.
pub fn len(p: &Payload) -> PyResult<usize> {
    match p {
        Payload::Range(r) => Ok(r.len() as usize),
        Payload::BigRange(r) => r
            .len
            .to_i64()
            .map(|n| n as usize)
            .ok_or_else(|| overflow_error("Python int too large to convert to C ssize_t")),
        _ => unreachable!("range::len of a non-range"),
    }
}

/// `bool(r)`.
pub fn truthy(p: &Payload) -> bool {
    match p {
        Payload::Range(r) => !r.is_empty(),
        Payload::BigRange(r) => !r.len.is_zero(),
        _ => unreachable!("range::truthy of a non-range"),
    }
}

/// `r.start`, `r.stop`, `r.step`.
pub fn attr(p: &Payload, name: &str) -> Option<Value> {
    let pick = |start: Value, stop: Value, step: Value| match name {
        "start" => Some(start),
        "stop" => Some(stop),
        "step" => Some(step),
        _ => None,
    };
    match p {
        Payload::Range(r) => pick(Value::Int(r.start), Value::Int(r.stop), Value::Int(r.step)),
        Payload::BigRange(r) => pick(
            Value::from_bigint(r.start.clone()),
            Value::from_bigint(r.stop.clone()),
            Value::from_bigint(r.step.clone()),
        ),
        _ => None,
    }
}

/// `repr(r)`: the step only when it is not 1.
pub fn repr(p: &Payload) -> String {
    let r = params(p).expect("a range");
    if r.step.is_one() {
        format!("range({}, {})", r.start, r.stop)
    } else {
        format!("range({}, {}, {})", r.start, r.stop, r.step)
    }
}

/// `a == b` for two ranges: equal as sequences (same length, and same first element and
/// step where they matter).
fn equals(a: &Payload, b: &Payload) -> bool {
    if let (Payload::Range(x), Payload::Range(y)) = (a, b) {
        let (lx, ly) = (x.len(), y.len());
        return lx == ly && (lx == 0 || (x.start == y.start && (lx == 1 || x.step == y.step)));
    }
    let (x, y) = (params(a).expect("a range"), params(b).expect("a range"));
    x.len == y.len
        && (x.len.is_zero() || (x.start == y.start && (x.len.is_one() || x.step == y.step)))
}

/// `r == other`, `r != other`, ... for a range and another range (`None` for orderings,
/// which ranges do not support).
pub fn compare(a: &Payload, b: &Payload, op: CmpOp) -> Option<bool> {
    match op {
        CmpOp::Eq => Some(equals(a, b)),
        CmpOp::Ne => Some(!equals(a, b)),
        _ => None,
    }
}

/// `hash(r)`: the hash of `(len, start, step)`, with None for what equality ignores.
pub fn hash(vm: &mut Vm, p: &Payload) -> PyResult<i64> {
    let r = params(p).expect("a range");
    let start = if r.len.is_zero() {
        Value::None
    } else {
        Value::from_bigint(r.start)
    };
    let step = if r.len <= BigInt::one() {
        Value::None
    } else {
        Value::from_bigint(r.step)
    };
    ops::hash(vm, &new_tuple(vec![Value::from_bigint(r.len), start, step]))
}

/// `r[key]` for an index (counted from the end when negative) or a slice.
pub fn getitem(vm: &mut Vm, container: &Value, key: &Value) -> PyResult<Value> {
    let out_of_range = || index_error("range object index out of range");
    if let (Some(Payload::Range(r)), Value::Int(i)) = (container.payload(), key) {
        let len = r.len();
        let i = if *i < 0 { i + len } else { *i };
        if !(0..len).contains(&i) {
            return Err(out_of_range());
        }
        return Ok(Value::Int(r.get(i)));
    }
    let r = range_params(container).expect("a range");
    if let Some(Payload::Slice(s)) = key.payload() {
        let (start, stop, step) = slice_indices(vm, s, &r.len)?;
        return Ok(make(
            &r.start + &start * &r.step,
            &r.start + &stop * &r.step,
            step * &r.step,
        ));
    }
    let Some(mut i) = index_value(vm, key)? else {
        return Err(type_error(format!(
            "range indices must be integers or slices, not {}",
            type_name(key)
        )));
    };
    if i.is_negative() {
        i += &r.len;
    }
    if i.is_negative() || i >= r.len {
        return Err(out_of_range());
    }
    Ok(Value::from_bigint(r.start + i * r.step))
}

/// A slice bound: an int or an object with `__index__`.
fn slice_bound(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    index_value(vm, v)?.ok_or_else(|| {
        type_error("slice indices must be integers or None or have an __index__ method")
    })
}

/// A slice's start, stop and step for a sequence of length `len`, as big integers
/// (CPython's `_PySlice_GetLongIndices`).
fn slice_indices(vm: &mut Vm, s: &[Value; 3], len: &BigInt) -> PyResult<(BigInt, BigInt, BigInt)> {
    let step = if s[2].is_none() {
        BigInt::one()
    } else {
        let step = slice_bound(vm, &s[2])?;
        if step.is_zero() {
            return Err(value_error("slice step cannot be zero"));
        }
        step
    };
    let (lower, upper) = if step.is_negative() {
        (BigInt::from(-1), len - 1u8)
    } else {
        (BigInt::zero(), len.clone())
    };
    let mut clamp = |v: &Value, default: &BigInt| -> PyResult<BigInt> {
        if v.is_none() {
            return Ok(default.clone());
        }
        let mut i = slice_bound(vm, v)?;
        if i.is_negative() {
            i += len;
            if i < lower {
                i = lower.clone();
            }
        } else if i > upper {
            i = upper.clone();
        }
        Ok(i)
    };
    let (start_default, stop_default) = if step.is_negative() {
        (upper.clone(), lower.clone())
    } else {
        (lower.clone(), upper.clone())
    };
    let start = clamp(&s[0], &start_default)?;
    let stop = clamp(&s[1], &stop_default)?;
    Ok((start, stop, step))
}

/// The position of int `n` in the range, if it is one of its values.
fn position(r: &Params, n: &BigInt) -> Option<BigInt> {
    let inside = if r.step.is_positive() {
        &r.start <= n && n < &r.stop
    } else {
        &r.stop < n && n <= &r.start
    };
    if !inside {
        return None;
    }
    let (q, m) = (n - &r.start).div_mod_floor(&r.step);
    m.is_zero().then_some(q)
}

/// Whether `v` is searched for arithmetically: exact ints and bools (anything else, int
/// subclasses included, is compared with `==` against each value, as CPython does).
fn plain_int(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(_) | Value::Bool(_) => as_bigint(v),
        Value::Obj(o) if o.class_is(&types().int) => as_bigint(v),
        _ => None,
    }
}

/// What `_PySequence_IterSearch` looks for.
enum Search {
    Contains,
    Count,
    Index,
}

/// Walks the range comparing each value with `item` by `==`.
fn iter_search(vm: &mut Vm, range: &Value, item: &Value, what: Search) -> PyResult<Option<BigInt>> {
    let it = ops::iter::get_iter(vm, range)?;
    let mut n = BigInt::zero();
    let mut count = BigInt::zero();
    while let Some(v) = ops::iter::next(vm, &it)? {
        if ops::compare::eq(vm, &v, item)? {
            match what {
                Search::Count => count += 1u8,
                _ => return Ok(Some(n)),
            }
        }
        n += 1u8;
    }
    Ok(match what {
        Search::Count => Some(count),
        _ => None,
    })
}

/// `item in r`.
pub fn contains(vm: &mut Vm, range: &Value, item: &Value) -> PyResult<bool> {
    if let (Some(Payload::Range(r)), Value::Int(i)) = (range.payload(), item) {
        return Ok(small_contains(r, *i));
    }
    match plain_int(item) {
        Some(n) => Ok(position(&range_params(range).expect("a range"), &n).is_some()),
        None => Ok(iter_search(vm, range, item, Search::Contains)?.is_some()),
    }
}

fn small_contains(r: &Range, i: i64) -> bool {
    let inside = if r.step > 0 {
        r.start <= i && i < r.stop
    } else {
        r.stop < i && i <= r.start
    };
    inside && (i as i128 - r.start as i128) % (r.step as i128) == 0
}

/// The range argument and the single argument of a range method.
fn method_args<'a>(args: &Args<'a>, name: &str) -> PyResult<(&'a Value, &'a Value)> {
    let pos = args.pos();
    let Some(recv) = pos.first().filter(|v| range_params(v).is_some()) else {
        return Err(type_error(format!(
            "descriptor '{name}' for 'range' objects doesn't apply to a '{}' object",
            pos.first().map_or("NoneType".to_string(), type_name)
        )));
    };
    if args.has_kwargs() {
        return Err(type_error(format!(
            "range.{name}() takes no keyword arguments"
        )));
    }
    if pos.len() != 2 {
        return Err(type_error(format!(
            "range.{name}() takes exactly one argument ({} given)",
            pos.len() - 1
        )));
    }
    Ok((recv, &pos[1]))
}

fn range_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (range, item) = method_args(&args, "index")?;
    if let Some(n) = plain_int(item) {
        return match position(&range_params(range).expect("a range"), &n) {
            Some(i) => Ok(Value::from_bigint(i)),
            None => Err(value_error(format!("{n} is not in range"))),
        };
    }
    match iter_search(vm, range, item, Search::Index)? {
        Some(i) => Ok(Value::from_bigint(i)),
        None => Err(value_error("sequence.index(x): x not in sequence")),
    }
}

fn range_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (range, item) = method_args(&args, "count")?;
    if let Some(n) = plain_int(item) {
        let found = position(&range_params(range).expect("a range"), &n).is_some();
        return Ok(Value::Int(found as i64));
    }
    let count = iter_search(vm, range, item, Search::Count)?.expect("a count");
    Ok(Value::from_bigint(count))
}

/// The state of an iterator over `p`, from `first` by `step` for `len` values: machine
/// integers when CPython's `range_iterator` would use them, else big integers.
fn iter_from(first: &BigInt, step: &BigInt, len: &BigInt, fast: bool) -> IterState {
    if fast {
        if let (Some(next), Some(step), Some(remaining)) =
            (first.to_i64(), step.to_i64(), len.to_i64())
        {
            return IterState::Range {
                next,
                step,
                remaining,
            };
        }
    }
    IterState::BigRange(Box::new(crate::object::iter::BigRangeIter {
        next: first.clone(),
        step: step.clone(),
        remaining: len.clone(),
    }))
}

/// `iter(r)`.
pub fn iter_state(p: &Payload) -> IterState {
    if let Payload::Range(r) = p {
        // CPython's range_iter also wants start + len*step to stay clear of overflow.
        let clear = if r.step > 0 {
            r.stop <= i64::MAX - (r.step - 1)
        } else {
            r.stop >= i64::MIN + (-1 - r.step)
        };
        if clear || r.is_empty() {
            return IterState::Range {
                next: r.start,
                step: r.step,
                remaining: r.len(),
            };
        }
    }
    let r = params(p).expect("a range");
    iter_from(&r.start, &r.step, &r.len, false)
}

/// `reversed(r)`: from the last value down by -step.
pub fn reversed_state(p: &Payload) -> IterState {
    let r = params(p).expect("a range");
    let last = &r.start + (&r.len - 1u8) * &r.step;
    // CPython uses machine integers when start, stop, step, -step, start - step and the
    // length all fit a C long.
    let fast = match p {
        Payload::Range(s) => {
            s.step.checked_neg().is_some() && s.start.checked_sub(s.step).is_some()
        }
        _ => false,
    };
    iter_from(&last, &-r.step, &r.len, fast)
}

/// The receiver of a range dunder method.
fn this<'a>(args: &Args<'a>, name: &str) -> PyResult<&'a Value> {
    match args.values.first() {
        Some(v) if range_params(v).is_some() => Ok(v),
        other => Err(type_error(format!(
            "descriptor '{name}' requires a 'range' object but received a '{}'",
            other.map_or("NoneType".to_string(), type_name)
        ))),
    }
}

fn range_reversed(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = this(&args, "__reversed__")?;
    Ok(ops::iter::make_iter(reversed_state(
        r.payload().expect("a range"),
    )))
}

fn range_iter(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = this(&args, "__iter__")?;
    Ok(ops::iter::make_iter(iter_state(
        r.payload().expect("a range"),
    )))
}

fn range_len(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = this(&args, "__len__")?;
    len(r.payload().expect("a range")).map(|n| Value::Int(n as i64))
}

fn range_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = this(&args, "__getitem__")?;
    match args.values.get(1) {
        Some(key) if args.values.len() == 2 => getitem(vm, r, key),
        _ => Err(type_error(format!(
            "expected 1 argument, got {}",
            args.values.len().saturating_sub(1)
        ))),
    }
}

fn range_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = this(&args, "__contains__")?;
    match args.values.get(1) {
        Some(item) if args.values.len() == 2 => contains(vm, r, item).map(Value::Bool),
        _ => Err(type_error(format!(
            "expected 1 argument, got {}",
            args.values.len().saturating_sub(1)
        ))),
    }
}

pub fn install(t: &Types) {
    add_method(&t.range, "__new__", range_new);
    add_method(&t.range, "index", range_index);
    add_method(&t.range, "count", range_count);
    add_method(&t.range, "__reversed__", range_reversed);
    add_method(&t.range, "__iter__", range_iter);
    add_method(&t.range, "__len__", range_len);
    add_method(&t.range, "__getitem__", range_getitem);
    add_method(&t.range, "__contains__", range_contains);
}
