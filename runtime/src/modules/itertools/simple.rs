//! The itertools iterators that transform one stream item by item: `count`, `cycle`,
//! `repeat`, `chain`, `islice`, `accumulate`, `starmap`, `takewhile`, `dropwhile`,
//! `filterfalse`, `compress`, `zip_longest` and `pairwise`. Arguments are parsed and
//! iterables turned into iterators when the object is made, as CPython does; all the rest
//! happens one `__next__` at a time.

use num_traits::ToPrimitive;

use super::{check_positional, class_method, cls_arg, new_it, with_state, Classes, State};
use crate::builtins::number::{index_value, ssize_arg};
use crate::builtins::{add_method, bind, no_kwargs};
use crate::bytecode::BinOp;
use crate::interp::{call, Vm};
use crate::object::class::lookup_str;
use crate::object::exception::{type_error, value_error};
use crate::object::function::Args;
use crate::object::{new_str, new_tuple, Payload};
use crate::ops;
use crate::ops::iter::{get_iter, next};
use crate::value::Value;
use crate::PyResult;

pub(crate) enum Simple {
    /// The value to give next and what to add each time.
    Count {
        cnt: Value,
        step: Value,
    },
    /// The items seen on the first pass (`it` is dropped once exhausted), replayed from
    /// `index` afterwards.
    Cycle {
        it: Option<Value>,
        saved: Vec<Value>,
        index: usize,
    },
    /// `cnt` items left, or -1 for forever.
    Repeat {
        elem: Value,
        cnt: i64,
    },
    /// `source` gives the iterables; `active` is the iterator being drained.
    Chain {
        source: Option<Value>,
        active: Option<Value>,
    },
    /// `cnt` items consumed so far; the next one given is item `next`; `stop` is -1 for none.
    Islice {
        it: Option<Value>,
        next: i64,
        stop: i64,
        step: i64,
        cnt: i64,
    },
    /// `func` None means `+`; `initial` is given first if not None.
    Accumulate {
        it: Value,
        func: Value,
        total: Option<Value>,
        initial: Value,
    },
    Starmap {
        func: Value,
        it: Value,
    },
    TakeWhile {
        func: Value,
        it: Value,
        stop: bool,
    },
    DropWhile {
        func: Value,
        it: Value,
        start: bool,
    },
    FilterFalse {
        func: Value,
        it: Value,
    },
    Compress {
        data: Value,
        selectors: Value,
    },
    /// The iterators still running (None once exhausted) and how many there are.
    ZipLongest {
        its: Vec<Option<Value>>,
        active: usize,
        fill: Value,
    },
    Pairwise {
        it: Option<Value>,
        old: Option<Value>,
    },
}

pub fn install(c: &Classes) {
    add_method(&c.count, "__repr__", count_repr);
    add_method(&c.repeat, "__repr__", repeat_repr);
    add_method(&c.repeat, "__length_hint__", repeat_length_hint);
    class_method(&c.chain, "from_iterable", chain_from_iterable);
}

impl Simple {
    pub fn visit(&self, f: &mut dyn FnMut(&Value)) {
        let opt = |v: &Option<Value>, f: &mut dyn FnMut(&Value)| {
            if let Some(v) = v {
                f(v)
            }
        };
        match self {
            Simple::Count { cnt, step } => {
                f(cnt);
                f(step);
            }
            Simple::Cycle { it, saved, .. } => {
                opt(it, f);
                saved.iter().for_each(&mut *f);
            }
            Simple::Repeat { elem, .. } => f(elem),
            Simple::Chain { source, active } => {
                opt(source, f);
                opt(active, f);
            }
            Simple::Islice { it, .. } => opt(it, f),
            Simple::Accumulate {
                it,
                func,
                total,
                initial,
            } => {
                f(it);
                f(func);
                opt(total, f);
                f(initial);
            }
            Simple::Starmap { func, it }
            | Simple::TakeWhile { func, it, .. }
            | Simple::DropWhile { func, it, .. }
            | Simple::FilterFalse { func, it } => {
                f(func);
                f(it);
            }
            Simple::Compress { data, selectors } => {
                f(data);
                f(selectors);
            }
            Simple::ZipLongest { its, fill, .. } => {
                its.iter().for_each(|v| opt(v, f));
                f(fill);
            }
            Simple::Pairwise { it, old } => {
                opt(it, f);
                opt(old, f);
            }
        }
    }

    pub fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        match self {
            Simple::Count { cnt, step } => {
                let new = ops::arith::binary_op(vm, BinOp::Add, cnt, step)?;
                Ok(Some(std::mem::replace(cnt, new)))
            }
            Simple::Cycle { it, saved, index } => {
                if let Some(i) = it {
                    match next(vm, i) {
                        Ok(Some(v)) => {
                            saved.push(v.clone());
                            return Ok(Some(v));
                        }
                        Ok(None) => *it = None,
                        Err(e) => return Err(e),
                    }
                }
                if saved.is_empty() {
                    return Ok(None);
                }
                let v = saved[*index].clone();
                *index = (*index + 1) % saved.len();
                Ok(Some(v))
            }
            Simple::Repeat { elem, cnt } => match *cnt {
                0 => Ok(None),
                -1 => Ok(Some(elem.clone())),
                _ => {
                    *cnt -= 1;
                    Ok(Some(elem.clone()))
                }
            },
            Simple::Chain { source, active } => {
                while let Some(src) = source.clone() {
                    let act = match active {
                        Some(a) => a.clone(),
                        None => {
                            let iterable = match next(vm, &src) {
                                Ok(Some(v)) => v,
                                Ok(None) => {
                                    *source = None;
                                    return Ok(None);
                                }
                                Err(e) => return Err(e),
                            };
                            match get_iter(vm, &iterable) {
                                Ok(a) => active.insert(a).clone(),
                                Err(e) => {
                                    *source = None;
                                    return Err(e);
                                }
                            }
                        }
                    };
                    if let Some(v) = next(vm, &act)? {
                        return Ok(Some(v));
                    }
                    *active = None;
                }
                Ok(None)
            }
            Simple::Islice {
                it,
                next: nxt,
                stop,
                step,
                cnt,
            } => {
                let Some(i) = it.clone() else {
                    return Ok(None);
                };
                // Any end (exhaustion, error, the stop) drops the iterator, as CPython does.
                let r = (|| {
                    while *cnt < *nxt {
                        if next(vm, &i)?.is_none() {
                            return Ok(None);
                        }
                        *cnt += 1;
                    }
                    if *stop != -1 && *cnt >= *stop {
                        return Ok(None);
                    }
                    let Some(v) = next(vm, &i)? else {
                        return Ok(None);
                    };
                    *cnt += 1;
                    let old = *nxt;
                    *nxt = nxt.wrapping_add(*step);
                    if *nxt < old || (*stop != -1 && *nxt > *stop) {
                        *nxt = *stop;
                    }
                    Ok(Some(v))
                })();
                if !matches!(r, Ok(Some(_))) {
                    *it = None;
                }
                r
            }
            Simple::Accumulate {
                it,
                func,
                total,
                initial,
            } => {
                if !initial.is_none() {
                    let v = std::mem::replace(initial, Value::None);
                    *total = Some(v.clone());
                    return Ok(Some(v));
                }
                let Some(v) = next(vm, it)? else {
                    return Ok(None);
                };
                let new = match total {
                    None => v,
                    Some(t) if func.is_none() => ops::arith::binary_op(vm, BinOp::Add, t, &v)?,
                    Some(t) => call(vm, func, &[t.clone(), v])?,
                };
                *total = Some(new.clone());
                Ok(Some(new))
            }
            Simple::Starmap { func, it } => {
                let Some(v) = next(vm, it)? else {
                    return Ok(None);
                };
                let args = ops::iter::collect(vm, &v)?;
                call(vm, func, &args).map(Some)
            }
            Simple::TakeWhile { func, it, stop } => {
                if *stop {
                    return Ok(None);
                }
                let Some(v) = next(vm, it)? else {
                    return Ok(None);
                };
                let good = call(vm, func, std::slice::from_ref(&v))?;
                if ops::truthy(vm, &good)? {
                    return Ok(Some(v));
                }
                *stop = true;
                Ok(None)
            }
            Simple::DropWhile { func, it, start } => loop {
                let Some(v) = next(vm, it)? else {
                    return Ok(None);
                };
                if *start {
                    return Ok(Some(v));
                }
                let good = call(vm, func, std::slice::from_ref(&v))?;
                if !ops::truthy(vm, &good)? {
                    *start = true;
                    return Ok(Some(v));
                }
            },
            Simple::FilterFalse { func, it } => loop {
                let Some(v) = next(vm, it)? else {
                    return Ok(None);
                };
                // `None` and `bool` test the item itself, as in CPython.
                let ok = if func.is_none()
                    || func.is(&Value::Obj(crate::object::types().bool_.clone()))
                {
                    ops::truthy(vm, &v)?
                } else {
                    let r = call(vm, func, std::slice::from_ref(&v))?;
                    ops::truthy(vm, &r)?
                };
                if !ok {
                    return Ok(Some(v));
                }
            },
            Simple::Compress { data, selectors } => loop {
                let Some(d) = next(vm, data)? else {
                    return Ok(None);
                };
                let Some(s) = next(vm, selectors)? else {
                    return Ok(None);
                };
                if ops::truthy(vm, &s)? {
                    return Ok(Some(d));
                }
            },
            Simple::ZipLongest { its, active, fill } => {
                if its.is_empty() || *active == 0 {
                    return Ok(None);
                }
                let mut out = Vec::with_capacity(its.len());
                for slot in its.iter_mut() {
                    let Some(i) = slot else {
                        out.push(fill.clone());
                        continue;
                    };
                    match next(vm, i) {
                        Ok(Some(v)) => out.push(v),
                        Ok(None) => {
                            *active -= 1;
                            if *active == 0 {
                                return Ok(None);
                            }
                            *slot = None;
                            out.push(fill.clone());
                        }
                        Err(e) => {
                            *active = 0;
                            return Err(e);
                        }
                    }
                }
                Ok(Some(new_tuple(out)))
            }
            Simple::Pairwise { it, old } => {
                let Some(i) = it.clone() else {
                    return Ok(None);
                };
                let first = match old {
                    Some(o) => o.clone(),
                    None => match next(vm, &i) {
                        Ok(Some(v)) => old.insert(v).clone(),
                        r => {
                            *it = None;
                            return r;
                        }
                    },
                };
                match next(vm, &i) {
                    Ok(Some(v)) => {
                        *old = Some(v.clone());
                        Ok(Some(new_tuple(vec![first, v])))
                    }
                    r => {
                        *it = None;
                        *old = None;
                        r
                    }
                }
            }
        }
    }
}

/// The arguments of a `__new__` after the class.
fn rest<'a>(args: &Args<'a>) -> Args<'a> {
    Args {
        values: &args.values[1..],
        kwnames: args.kwnames,
    }
}

fn make(args: &Args, s: Simple) -> PyResult<Value> {
    Ok(new_it(cls_arg(args)?, State::Simple(s)))
}

/// CPython's `PyNumber_Check`: what `count` accepts.
fn is_number(v: &Value) -> bool {
    match v {
        Value::Int(_) | Value::Bool(_) | Value::Float(_) => true,
        Value::Obj(o) => {
            matches!(o.payload, Payload::BigInt(_) | Payload::Complex(_))
                || ["__index__", "__int__", "__float__"]
                    .iter()
                    .any(|n| lookup_str(&o.class(), n).is_some())
        }
        _ => false,
    }
}

/// Whether `v` is an int (or bool) equal to 1.
fn is_int_one(v: &Value) -> bool {
    matches!(v, Value::Int(1) | Value::Bool(true))
}

fn is_int(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Bool(_)) || matches!(v.payload(), Some(Payload::BigInt(_)))
}

pub fn count_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = rest(&args);
    let slots = bind("count", &a, &["start", "step"], 0, 0)?;
    for v in slots.iter().flatten() {
        if !is_number(v) {
            return Err(type_error("a number is required"));
        }
    }
    let mut cnt = slots[0].cloned().unwrap_or(Value::Int(0));
    let step = slots[1].cloned().unwrap_or(Value::Int(1));
    // CPython's fast mode (an int start, a step of int 1) counts in a C integer, so a bool
    // or int-subclass start gives plain ints.
    if is_int(&cnt) && is_int_one(&step) {
        if let Some(b) = index_value(vm, &cnt)? {
            cnt = Value::from_bigint(b);
        }
    }
    make(&args, Simple::Count { cnt, step })
}

fn count_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = &args.values[0];
    let (cnt, step) = with_state(this, |st| match st {
        State::Simple(Simple::Count { cnt, step }) => Ok((cnt.clone(), step.clone())),
        _ => Err(super::wrong_receiver(this)),
    })?;
    let name = super::short_name(this);
    let cnt = ops::repr::repr(vm, &cnt)?;
    Ok(new_str(if is_int_one(&step) {
        format!("{name}({cnt})")
    } else {
        format!("{name}({cnt}, {})", ops::repr::repr(vm, &step)?)
    }))
}

pub fn cycle_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs("cycle", &args)?;
    let a = &args.values[1..];
    check_positional("cycle", a.len(), 1, 1)?;
    let it = get_iter(vm, &a[0])?;
    make(
        &args,
        Simple::Cycle {
            it: Some(it),
            saved: Vec::new(),
            index: 0,
        },
    )
}

pub fn repeat_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = rest(&args);
    let slots = bind("repeat", &a, &["object", "times"], 0, 1)?;
    let elem = slots[0].cloned().expect("required");
    let cnt = match slots[1] {
        // A negative count means zero, but only when given (CPython's -1 is "forever").
        Some(t) => ssize_arg(vm, t)?.max(0),
        None => -1,
    };
    make(&args, Simple::Repeat { elem, cnt })
}

fn repeat_state(this: &Value) -> PyResult<(Value, i64)> {
    with_state(this, |st| match st {
        State::Simple(Simple::Repeat { elem, cnt }) => Ok((elem.clone(), *cnt)),
        _ => Err(super::wrong_receiver(this)),
    })
}

fn repeat_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = &args.values[0];
    let (elem, cnt) = repeat_state(this)?;
    let name = super::short_name(this);
    let elem = ops::repr::repr(vm, &elem)?;
    Ok(new_str(if cnt == -1 {
        format!("{name}({elem})")
    } else {
        format!("{name}({elem}, {cnt})")
    }))
}

fn repeat_length_hint(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    match repeat_state(&args.values[0])?.1 {
        -1 => Err(type_error("len() of unsized object")),
        n => Ok(Value::Int(n)),
    }
}

pub fn chain_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs("chain", &args)?;
    let source = get_iter(vm, &new_tuple(args.values[1..].to_vec()))?;
    make(
        &args,
        Simple::Chain {
            source: Some(source),
            active: None,
        },
    )
}

fn chain_from_iterable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let n = args.values.len().saturating_sub(1);
    if args.has_kwargs() || n != 1 {
        return Err(type_error(if args.has_kwargs() {
            "chain.from_iterable() takes no keyword arguments".to_string()
        } else {
            format!("chain.from_iterable() takes exactly one argument ({n} given)")
        }));
    }
    let source = get_iter(vm, &args.values[1])?;
    make(
        &args,
        Simple::Chain {
            source: Some(source),
            active: None,
        },
    )
}

/// An islice bound as CPython reads it: -1 (after clearing the error) for anything but an
/// integer that fits an i64.
fn islice_bound(vm: &mut Vm, v: &Value) -> i64 {
    match index_value(vm, v) {
        Ok(Some(b)) => b.to_i64().unwrap_or(-1),
        _ => -1,
    }
}

pub fn islice_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs("islice", &args)?;
    let a = &args.values[1..];
    check_positional("islice", a.len(), 2, 4)?;
    const STOP_MSG: &str =
        "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    let (mut start, mut stop, mut step) = (0, -1, 1);
    if a.len() == 2 {
        if !a[1].is_none() {
            stop = islice_bound(vm, &a[1]);
            if stop == -1 {
                return Err(value_error(STOP_MSG));
            }
        }
    } else {
        if !a[1].is_none() {
            start = islice_bound(vm, &a[1]);
        }
        if !a[2].is_none() {
            stop = islice_bound(vm, &a[2]);
            if stop == -1 {
                return Err(value_error(STOP_MSG));
            }
        }
    }
    if start < 0 || stop < -1 {
        return Err(value_error(
            "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.",
        ));
    }
    if let Some(s) = a.get(3) {
        if !s.is_none() {
            step = islice_bound(vm, s);
        }
    }
    if step < 1 {
        return Err(value_error(
            "Step for islice() must be a positive integer or None.",
        ));
    }
    let it = get_iter(vm, &a[0])?;
    make(
        &args,
        Simple::Islice {
            it: Some(it),
            next: start,
            stop,
            step,
            cnt: 0,
        },
    )
}

pub fn accumulate_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = rest(&args);
    if a.pos().len() > 2 {
        return Err(type_error(format!(
            "accumulate() takes at most 2 positional arguments ({} given)",
            a.pos().len()
        )));
    }
    let slots = bind("accumulate", &a, &["iterable", "func", "initial"], 0, 1)?;
    let it = get_iter(vm, slots[0].expect("required"))?;
    make(
        &args,
        Simple::Accumulate {
            it,
            func: slots[1].cloned().unwrap_or(Value::None),
            total: None,
            initial: slots[2].cloned().unwrap_or(Value::None),
        },
    )
}

/// The `(function, iterable)` of `starmap`, `takewhile`, `dropwhile` and `filterfalse`.
fn func_and_iter(vm: &mut Vm, name: &str, args: &Args) -> PyResult<(Value, Value)> {
    no_kwargs(name, args)?;
    let a = &args.values[1..];
    check_positional(name, a.len(), 2, 2)?;
    Ok((a[0].clone(), get_iter(vm, &a[1])?))
}

pub fn starmap_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (func, it) = func_and_iter(vm, "starmap", &args)?;
    make(&args, Simple::Starmap { func, it })
}

pub fn takewhile_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (func, it) = func_and_iter(vm, "takewhile", &args)?;
    make(
        &args,
        Simple::TakeWhile {
            func,
            it,
            stop: false,
        },
    )
}

pub fn dropwhile_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (func, it) = func_and_iter(vm, "dropwhile", &args)?;
    make(
        &args,
        Simple::DropWhile {
            func,
            it,
            start: false,
        },
    )
}

pub fn filterfalse_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (func, it) = func_and_iter(vm, "filterfalse", &args)?;
    make(&args, Simple::FilterFalse { func, it })
}

pub fn compress_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = rest(&args);
    let slots = bind("compress", &a, &["data", "selectors"], 0, 2)?;
    let data = get_iter(vm, slots[0].expect("required"))?;
    let selectors = get_iter(vm, slots[1].expect("required"))?;
    make(&args, Simple::Compress { data, selectors })
}

pub fn zip_longest_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut fill = Value::None;
    if args.has_kwargs() {
        match (args.kwnames.len(), args.kw("fillvalue")) {
            (1, Some(v)) => fill = v.clone(),
            _ => {
                return Err(type_error(
                    "zip_longest() got an unexpected keyword argument",
                ))
            }
        }
    }
    let mut its = Vec::new();
    for v in &args.pos()[1..] {
        its.push(Some(get_iter(vm, v)?));
    }
    let active = its.len();
    make(&args, Simple::ZipLongest { its, active, fill })
}

pub fn pairwise_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs("pairwise", &args)?;
    let a = &args.values[1..];
    check_positional("pairwise", a.len(), 1, 1)?;
    let it = get_iter(vm, &a[0])?;
    make(
        &args,
        Simple::Pairwise {
            it: Some(it),
            old: None,
        },
    )
}
