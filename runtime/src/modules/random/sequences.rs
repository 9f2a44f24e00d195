//! `Random`'s integer and sequence methods (`randrange`, `randint`, `choice`, `shuffle`,
//! `sample`, `choices`), step for step as random.py 3.11 writes them: the same calls to
//! `_randbelow` and `random()`, the same checks in the same order, the same messages.

use std::collections::HashSet;

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive};

use super::{bind_py, compare, int_value, override_of, Below, Sig, Source};
use crate::builtins::add_method;
use crate::builtins::number::{as_bigint, index_value, ssize_arg};
use crate::bytecode::{BinOp, CmpOp};
use crate::interp::call::call_args;
use crate::interp::{call, Vm};
use crate::object::class::class_data;
use crate::object::exception::{index_error, type_error, value_error};
use crate::object::function::Args;
use crate::object::{intern, new_list, new_str, type_name, types, Obj, Payload};
use crate::ops;
use crate::value::Value;
use crate::PyResult;

pub fn install(cls: &Obj) {
    add_method(cls, "randrange", randrange);
    add_method(cls, "randint", randint);
    add_method(cls, "choice", choice);
    add_method(cls, "shuffle", shuffle);
    add_method(cls, "sample", sample);
    add_method(cls, "choices", choices);
}

fn op(vm: &mut Vm, o: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    ops::arith::binary_op(vm, o, a, b)
}

// ---- randrange, randint -------------------------------------------------------------------

const RANDRANGE: Sig = Sig {
    qualname: "Random.randrange",
    params: &["self", "start", "stop", "step"],
    required: 2,
    kwonly: &[],
};

fn randrange(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = bind_py(&RANDRANGE, &args)?;
    let this = s[0].expect("required");
    randrange_of(vm, this, s[1].expect("required"), s[2], s[3], true)
}

/// random.py's `randrange`. `direct` when user code called it rather than `randint`, which
/// matters for the deprecation warnings (see [`deprecated`]).
fn randrange_of(
    vm: &mut Vm,
    this: &Value,
    start: &Value,
    stop: Option<&Value>,
    step: Option<&Value>,
    direct: bool,
) -> PyResult<Value> {
    let stop = stop.filter(|v| !v.is_none());
    // `step is not _ONE`: random.py's default is the (cached) int 1.
    let step_is_one = matches!(step, None | Some(Value::Int(1)));
    let below = Below::of(vm, this, "randrange")?;
    // The common case on small ints, with exact i128 arithmetic.
    if let (Value::Int(a), Below::Mt(_)) = (start, &below) {
        let a = *a as i128;
        match stop {
            None if step_is_one => {
                return if a > 0 {
                    below.below(vm, a as u64)
                } else {
                    Err(value_error("empty range for randrange()"))
                };
            }
            Some(Value::Int(b)) if step_is_one => {
                let width = *b as i128 - a;
                if width <= 0 {
                    return Err(value_error(format!(
                        "empty range for randrange() ({a}, {b}, {width})"
                    )));
                }
                let r = below.below_index(vm, width as u64)? as u64;
                return Ok(int_value(a + r as i128));
            }
            _ => {}
        }
    }
    let istart = int_arg(vm, start, "arg 1", direct)?;
    let Some(stop) = stop else {
        if !step_is_one {
            return Err(type_error("Missing a non-None stop argument"));
        }
        if istart.is_positive() {
            return below.below_big(vm, &istart);
        }
        return Err(value_error("empty range for randrange()"));
    };
    let istop = int_arg(vm, stop, "stop", direct)?;
    let width = &istop - &istart;
    let istep = match step {
        None => BigInt::from(1),
        Some(v) => int_arg(vm, v, "step", direct)?,
    };
    let start_v = Value::from_bigint(istart.clone());
    if istep == BigInt::from(1) {
        if width.is_positive() {
            let r = below.below_big(vm, &width)?;
            return op(vm, BinOp::Add, &start_v, &r);
        }
        return Err(value_error(format!(
            "empty range for randrange() ({istart}, {istop}, {width})"
        )));
    }
    let n = if istep.is_positive() {
        (&width + &istep - 1u32).div_floor(&istep)
    } else if istep.is_negative() {
        (&width + &istep + 1u32).div_floor(&istep)
    } else {
        return Err(value_error("zero step for randrange()"));
    };
    if !n.is_positive() {
        return Err(value_error("empty range for randrange()"));
    }
    let r = below.below_big(vm, &n)?;
    let scaled = op(vm, BinOp::Mul, &Value::from_bigint(istep), &r)?;
    op(vm, BinOp::Add, &start_v, &scaled)
}

/// An argument of `randrange` as an int: `operator.index(v)`, or, for a value without
/// `__index__`, `int(v)`, which random.py accepts with a DeprecationWarning when it equals `v`
/// and rejects (after the warning) otherwise.
fn int_arg(vm: &mut Vm, v: &Value, which: &str, direct: bool) -> PyResult<BigInt> {
    if let Some(b) = index_value(vm, v)? {
        return Ok(b);
    }
    let i = call(
        vm,
        &Value::Obj(types().int.clone()),
        std::slice::from_ref(v),
    )?;
    let differs = compare(vm, CmpOp::Ne, &i, v)?;
    deprecated(vm, direct, differs)?;
    if differs {
        return Err(value_error(format!("non-integer {which} for randrange()")));
    }
    Ok(as_bigint(&i).expect("int() returns an int"))
}

/// random.py's `_warn(msg, DeprecationWarning, 2)` in `randrange`, through `warnings`: the
/// warning belongs to randrange's caller, which is the frame calling this native when the
/// user called randrange (`direct`), and random.py's `randint` otherwise (whose module the
/// default filters ignore it for; its location is given as `<frozen random>`).
fn deprecated(vm: &mut Vm, direct: bool, differs: bool) -> PyResult<()> {
    let message = new_str(if differs {
        "randrange() will raise TypeError in the future"
    } else {
        "non-integer arguments to randrange() have been deprecated since Python 3.10 and \
         will be removed in a subsequent version"
    });
    let category = Value::Obj(crate::object::exc_types().deprecation_warning.clone());
    let warnings = Value::Obj(crate::import::load(vm, "warnings")?);
    if direct {
        let warn = ops::attr::get_attr_str(vm, &warnings, "warn")?;
        call(vm, &warn, &[message, category])?;
    } else {
        let warn = ops::attr::get_attr_str(vm, &warnings, "warn_explicit")?;
        call(
            vm,
            &warn,
            &[
                message,
                category,
                new_str("<frozen random>"),
                Value::Int(1),
                new_str("random"),
            ],
        )?;
    }
    Ok(())
}

const RANDINT: Sig = Sig {
    qualname: "Random.randint",
    params: &["self", "a", "b"],
    required: 3,
    kwonly: &[],
};

/// `self.randrange(a, b+1)`.
fn randint(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = bind_py(&RANDINT, &args)?;
    let (this, a, b) = (
        s[0].expect("required"),
        s[1].expect("required"),
        s[2].expect("required"),
    );
    let stop = op(vm, BinOp::Add, b, &Value::Int(1))?;
    match override_of(vm, this, "randrange")? {
        None => randrange_of(vm, this, a, Some(&stop), None, false),
        Some(f) => call(vm, &f, &[a.clone(), stop]),
    }
}

// ---- choice, shuffle ----------------------------------------------------------------------

const CHOICE: Sig = Sig {
    qualname: "Random.choice",
    params: &["self", "seq"],
    required: 2,
    kwonly: &[],
};

fn choice(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = bind_py(&CHOICE, &args)?;
    let (this, seq) = (s[0].expect("required"), s[1].expect("required"));
    let below = Below::of(vm, this, "choice")?;
    let n = ops::len(vm, seq)?;
    if n == 0 {
        return Err(index_error("Cannot choose from an empty sequence"));
    }
    if let (Below::Mt(_), Value::Obj(o)) = (&below, seq) {
        if o.class_is_builtin() {
            let i = below.below_index(vm, n as u64)? as usize;
            match &o.payload {
                Payload::List(l) => {
                    if let Some(v) = l.borrow().get(i) {
                        return Ok(v.clone());
                    }
                }
                Payload::Tuple(t) => return Ok(t[i].clone()),
                _ => {}
            }
            return ops::seq::get_item(vm, seq, &Value::Int(i as i64));
        }
    }
    let i = below.below(vm, n as u64)?;
    ops::seq::get_item(vm, seq, &i)
}

const SHUFFLE: Sig = Sig {
    qualname: "Random.shuffle",
    params: &["self", "x"],
    required: 2,
    kwonly: &[],
};

/// `for i in reversed(range(1, len(x))): j = randbelow(i + 1); x[i], x[j] = x[j], x[i]`.
fn shuffle(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = bind_py(&SHUFFLE, &args)?;
    let (this, x) = (s[0].expect("required"), s[1].expect("required"));
    let below = Below::of(vm, this, "shuffle")?;
    let n = ops::len(vm, x)?;
    if let (Below::Mt(d), Value::Obj(o)) = (&below, x) {
        if let (true, Payload::List(l)) = (o.class_is(&types().list), &o.payload) {
            let mut mt = d.mt.borrow_mut();
            let mut l = l.borrow_mut();
            for i in (1..n.min(l.len())).rev() {
                let j = super::below_u64(&mut mt, i as u64 + 1) as usize;
                l.swap(i, j);
            }
            return Ok(Value::None);
        }
    }
    for i in (1..n).rev() {
        let j = below.below(vm, i as u64 + 1)?;
        let i = Value::Int(i as i64);
        let xj = ops::seq::get_item(vm, x, &j)?;
        let xi = ops::seq::get_item(vm, x, &i)?;
        ops::seq::set_item(vm, x, i, xj)?;
        ops::seq::set_item(vm, x, j, xi)?;
    }
    Ok(Value::None)
}

// ---- sample -------------------------------------------------------------------------------

const SAMPLE: Sig = Sig {
    qualname: "Random.sample",
    params: &["self", "population", "k"],
    required: 3,
    kwonly: &["counts"],
};

/// `isinstance(v, collections.abc.Sequence)`: the builtin sequences, and classes derived from
/// (or, for `deque`, registered with) the ABC.
fn is_sequence(v: &Value) -> bool {
    let Value::Obj(o) = v else { return false };
    if matches!(
        o.payload,
        Payload::List(_)
            | Payload::Tuple(_)
            | Payload::Str(_)
            | Payload::Bytes(_)
            | Payload::ByteArray(_)
            | Payload::Range(_)
            | Payload::BigRange(_)
    ) {
        return true;
    }
    let cls = o.class();
    let mro = class_data(&cls).mro.borrow();
    mro.iter().any(|c| {
        let d = class_data(c);
        let (name, module) = (d.name.borrow(), d.module.borrow());
        matches!(
            (name.as_str(), module.as_str()),
            (
                "Sequence" | "MutableSequence",
                "collections.abc" | "_collections_abc"
            ) | ("deque", "collections")
        )
    })
}

fn sample(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = bind_py(&SAMPLE, &args)?;
    let (this, population, k) = (
        s[0].expect("required"),
        s[1].expect("required"),
        s[2].expect("required"),
    );
    if !is_sequence(population) {
        return Err(type_error(
            "Population must be a sequence.  For dicts or sets, use sorted(d).",
        ));
    }
    let n = ops::len(vm, population)?;
    let Some(counts) = s[3].filter(|c| !c.is_none()) else {
        return sample_of(vm, this, population, n, k);
    };
    let mut cum_counts = accumulate(vm, counts)?;
    if cum_counts.len() != n {
        return Err(value_error(
            "The number of counts does not match the population",
        ));
    }
    let total = cum_counts
        .pop()
        .ok_or_else(|| index_error("pop from empty list"))?;
    if as_bigint(&total).is_none() {
        return Err(type_error("Counts must be integers"));
    }
    if compare(vm, CmpOp::Le, &total, &Value::Int(0))? {
        return Err(value_error("Total of counts must be greater than zero"));
    }
    // `selections = self.sample(range(total), k=k)`
    let range = call(vm, &Value::Obj(types().range.clone()), &[total])?;
    let selections = match override_of(vm, this, "sample")? {
        None => {
            let len = ops::len(vm, &range)?;
            sample_of(vm, this, &range, len, k)?
        }
        Some(f) => call_args(
            vm,
            &f,
            Args {
                values: &[range, k.clone()],
                kwnames: &[intern("k")],
            },
        )?,
    };
    let mut out = Vec::new();
    for sel in ops::iter::collect(vm, &selections)? {
        let i = bisect_right(vm, &cum_counts, &sel, 0, cum_counts.len())?;
        out.push(ops::seq::get_item(vm, population, &Value::Int(i as i64))?);
    }
    Ok(new_list(out))
}

/// The sampling itself: from a pool (a list of the population) when that is smaller than a set
/// of `k` selections would be, else by drawing indexes and redrawing repeats.
fn sample_of(
    vm: &mut Vm,
    this: &Value,
    population: &Value,
    n: usize,
    k: &Value,
) -> PyResult<Value> {
    let below = Below::of(vm, this, "sample")?;
    if !(compare(vm, CmpOp::Le, &Value::Int(0), k)?
        && compare(vm, CmpOp::Le, k, &Value::Int(n as i64))?)
    {
        return Err(value_error("Sample larger than population or is negative"));
    }
    // `result = [None] * k`
    let Some(k) = index_value(vm, k)? else {
        return Err(type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            type_name(k)
        )));
    };
    let k = k.to_usize().expect("0 <= k <= n");
    // setsize = 21, plus 4 ** ceil(log(k * 3, 4)) for k > 5 (the table size of a set).
    let mut setsize: u128 = 21;
    if k > 5 {
        let e = ((k * 3) as f64).ln() / 4f64.ln();
        setsize += 4u128.pow(e.ceil() as u32);
    }
    let mut result = Vec::with_capacity(k);
    if n as u128 <= setsize {
        let mut pool = ops::iter::collect(vm, population)?;
        for i in 0..k {
            let j = below.below_index(vm, (n - i) as u64)?;
            let j = list_index(j, pool.len(), "list index out of range")?;
            result.push(pool[j].clone());
            let last = list_index((n - i - 1) as i64, pool.len(), "list index out of range")?;
            pool[j] = pool[last].clone();
        }
    } else {
        let mut selected = HashSet::with_capacity(k);
        for _ in 0..k {
            let mut j = below.below_index(vm, n as u64)?;
            while selected.contains(&j) {
                j = below.below_index(vm, n as u64)?;
            }
            selected.insert(j);
            result.push(ops::seq::get_item(vm, population, &Value::Int(j))?);
        }
    }
    Ok(new_list(result))
}

/// A Python list index (negative counts from the end) as a position.
fn list_index(i: i64, len: usize, msg: &str) -> PyResult<usize> {
    let j = if i < 0 { i + len as i64 } else { i };
    if (0..len as i64).contains(&j) {
        Ok(j as usize)
    } else {
        Err(index_error(msg.to_string()))
    }
}

/// `list(itertools.accumulate(v))`.
fn accumulate(vm: &mut Vm, v: &Value) -> PyResult<Vec<Value>> {
    let it = ops::iter::get_iter(vm, v)?;
    let mut out: Vec<Value> = Vec::new();
    while let Some(x) = ops::iter::next(vm, &it)? {
        let total = match out.last() {
            None => x,
            Some(t) => {
                let t = t.clone();
                op(vm, BinOp::Add, &t, &x)?
            }
        };
        out.push(total);
    }
    Ok(out)
}

/// `bisect.bisect_right(a, x, lo, hi)` (only `<` compares, with `x` on the left).
fn bisect_right(
    vm: &mut Vm,
    a: &[Value],
    x: &Value,
    mut lo: usize,
    mut hi: usize,
) -> PyResult<usize> {
    while lo < hi {
        let mid = (lo + hi) / 2;
        let less = match (x, &a[mid]) {
            (Value::Float(p), Value::Float(q)) => p < q,
            _ => compare(vm, CmpOp::Lt, x, &a[mid])?,
        };
        if less {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    Ok(lo)
}

// ---- choices ------------------------------------------------------------------------------

const CHOICES: Sig = Sig {
    qualname: "Random.choices",
    params: &["self", "population", "weights"],
    required: 2,
    kwonly: &["cum_weights", "k"],
};

/// The number of repetitions `itertools.repeat(None, k)` makes.
fn repeat_count(vm: &mut Vm, k: &Value) -> PyResult<usize> {
    Ok(ssize_arg(vm, k)?.max(0) as usize)
}

fn choices(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = bind_py(&CHOICES, &args)?;
    let (this, population) = (s[0].expect("required"), s[1].expect("required"));
    let weights = s[2].filter(|w| !w.is_none());
    let cum_weights = s[3].filter(|w| !w.is_none());
    let k = s[4].cloned().unwrap_or(Value::Int(1));
    let src = Source::of(vm, this, "choices")?;
    let n = ops::len(vm, population)?;
    let cum: Vec<Value> = match (cum_weights, weights) {
        (None, None) => {
            let count = repeat_count(vm, &k)?;
            let nf = n as f64;
            let mut out = Vec::with_capacity(count);
            for _ in 0..count {
                let i = crate::builtins::number::float_to_int((src.random(vm)? * nf).floor())?;
                out.push(ops::seq::get_item(vm, population, &i)?);
            }
            return Ok(new_list(out));
        }
        (None, Some(w)) => match accumulate(vm, w) {
            Ok(c) => c,
            Err(e)
                if e.is_instance(&crate::object::exc_types().type_error)
                    && as_bigint(w).is_some() =>
            {
                return Err(type_error(format!(
                    "The number of choices must be a keyword argument: k={}",
                    ops::repr::repr(vm, w)?
                )));
            }
            Err(e) => return Err(e),
        },
        (Some(_), Some(_)) => {
            return Err(type_error(
                "Cannot specify both weights and cumulative weights",
            ))
        }
        (Some(c), None) => {
            if ops::len(vm, c)? != n {
                return Err(value_error(
                    "The number of weights does not match the population",
                ));
            }
            ops::iter::collect(vm, c)?
        }
    };
    if cum.len() != n {
        return Err(value_error(
            "The number of weights does not match the population",
        ));
    }
    let Some(last) = cum.last() else {
        return Err(index_error(format!(
            "{} index out of range",
            cum_weights.map_or_else(|| "list".to_string(), type_name)
        )));
    };
    let total = op(vm, BinOp::Add, last, &Value::Float(0.0))?;
    if compare(vm, CmpOp::Le, &total, &Value::Float(0.0))? {
        return Err(value_error("Total of weights must be greater than zero"));
    }
    if !crate::builtins::number::to_f64(vm, &total)?.is_finite() {
        return Err(value_error("Total of weights must be finite"));
    }
    let hi = n - 1;
    let count = repeat_count(vm, &k)?;
    let mut out = Vec::with_capacity(count);
    for _ in 0..count {
        let r = Value::Float(src.random(vm)?);
        let x = op(vm, BinOp::Mul, &r, &total)?;
        let i = bisect_right(vm, &cum, &x, 0, hi)?;
        out.push(ops::seq::get_item(vm, population, &Value::Int(i as i64))?);
    }
    Ok(new_list(out))
}
