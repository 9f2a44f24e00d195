//! The builtin functions (`print`, `len`, `sorted`, `isinstance`, ...) and the constructors of
//! the builtin iterator types (`enumerate`, `zip`, `map`, `filter`, `reversed`, `range`).

use num_bigint::BigInt;
use num_traits::Signed;

use crate::bytecode::{BinOp, CmpOp};
use crate::interp::{call, Vm};
use crate::object::class::{class_data, is_subclass, lookup_str};
use crate::object::exception::{stop_iteration, type_error, value_error, PyErr};
use crate::object::function::Args;
use crate::object::iter::{DictViewKind, IterState};
use crate::object::{
    as_str, class_of, exc_types, new_list, new_str, new_tuple, type_name, types, Obj, Payload,
};
use crate::ops;
use crate::ops::iter::make_iter;
use crate::value::Value;
use crate::PyResult;

use super::{add_function, add_method, bind, check_args, no_kwargs};

fn print(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut sep = " ".to_string();
    let mut end = "\n".to_string();
    let mut file = Value::None;
    let mut flush = false;
    for (k, v) in args.kwargs() {
        match crate::object::str_of(k) {
            "sep" => {
                if !v.is_none() {
                    sep = as_str(v)
                        .ok_or_else(|| {
                            type_error(format!(
                                "sep must be None or a string, not {}",
                                type_name(v)
                            ))
                        })?
                        .to_string();
                }
            }
            "end" => {
                if !v.is_none() {
                    end = as_str(v)
                        .ok_or_else(|| {
                            type_error(format!(
                                "end must be None or a string, not {}",
                                type_name(v)
                            ))
                        })?
                        .to_string();
                }
            }
            "file" => file = v.clone(),
            "flush" => flush = ops::truthy(vm, v)?,
            other => {
                return Err(type_error(format!(
                    "'{other}' is an invalid keyword argument for print()"
                )))
            }
        }
    }
    let file = if file.is_none() {
        crate::modules::sys::stdout(vm)
    } else {
        file
    };
    if file.is_none() {
        // CPython prints nothing when sys.stdout is None (as under pythonw).
        return Ok(Value::None);
    }
    // A file object gets the whole line at once; other objects get one write() per piece, as
    // CPython's print makes them.
    let whole = matches!(file.payload(), Some(Payload::File(_)));
    let mut out = String::new();
    for (i, v) in args.pos().iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
            if !whole {
                write_to(vm, &file, &std::mem::take(&mut out))?;
            }
        }
        match crate::object::exact_str(v) {
            Some(s) => out.push_str(s),
            None => out.push_str(&ops::repr::str(vm, v)?),
        }
        if !whole {
            write_to(vm, &file, &std::mem::take(&mut out))?;
        }
    }
    out.push_str(&end);
    write_to(vm, &file, &out)?;
    if flush {
        let f = ops::attr::get_attr_str(vm, &file, "flush")?;
        call(vm, &f, &[])?;
    }
    Ok(Value::None)
}

/// Writes text to `file` (None means sys.stdout).
pub fn write_to(vm: &mut Vm, file: &Value, s: &str) -> PyResult<()> {
    let target = if file.is_none() {
        crate::modules::sys::stdout(vm)
    } else {
        file.clone()
    };
    if target.is_none() {
        // CPython prints nothing when sys.stdout is None (as under pythonw).
        return Ok(());
    }
    if let Value::Obj(o) = &target {
        if let Payload::File(_) = &o.payload {
            return super::file::write_str(vm, o, s).map(drop);
        }
    }
    let w = ops::attr::get_attr_str(vm, &target, "write")?;
    call(vm, &w, &[new_str(s)])?;
    Ok(())
}

/// Whether `f` is the builtin `len` (compiled code computes `len(list)` in place).
pub fn is_len(f: crate::object::function::NativeFn) -> bool {
    f as usize == len as crate::object::function::NativeFn as usize
}

/// Whether `f` is the builtin `isinstance` (compiled code tests exact classes in place).
pub fn is_isinstance(f: crate::object::function::NativeFn) -> bool {
    f as usize == isinstance as crate::object::function::NativeFn as usize
}

fn len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs("len", &args)?;
    check_args("len", &args, 1, 1)?;
    ops::len(vm, &args.values[0]).map(|n| Value::Int(n as i64))
}

fn repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs("repr", &args)?;
    check_args("repr", &args, 1, 1)?;
    ops::repr::repr(vm, &args.values[0]).map(new_str)
}

fn ascii(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs("ascii", &args)?;
    check_args("ascii", &args, 1, 1)?;
    let r = ops::repr::repr(vm, &args.values[0])?;
    Ok(new_str(ops::repr::ascii(&r)))
}

fn format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs("format", &args)?;
    check_args("format", &args, 1, 2)?;
    let spec = match args.values.get(1) {
        Some(v) => as_str(v)
            .ok_or_else(|| {
                type_error(format!(
                    "format() argument 2 must be str, not {}",
                    type_name(v)
                ))
            })?
            .to_string(),
        None => String::new(),
    };
    ops::repr::format(vm, &args.values[0], &spec).map(new_str)
}

pub fn abs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs("abs", &args)?;
    check_args("abs", &args, 1, 1)?;
    let v = &args.values[0];
    Ok(match v {
        Value::Int(i) => match i.checked_abs() {
            Some(a) => Value::Int(a),
            None => Value::from_bigint(BigInt::from(*i).abs()),
        },
        Value::Bool(b) => Value::Int(*b as i64),
        Value::Float(f) => Value::Float(f.abs()),
        Value::Obj(o) => match &o.payload {
            Payload::BigInt(b) => Value::from_bigint(b.abs()),
            _ => match lookup_str(&o.class(), "__abs__") {
                Some(f) => return call(vm, &f, std::slice::from_ref(v)),
                None => {
                    return Err(type_error(format!(
                        "bad operand type for abs(): '{}'",
                        type_name(v)
                    )))
                }
            },
        },
        _ => {
            return Err(type_error(format!(
                "bad operand type for abs(): '{}'",
                type_name(v)
            )))
        }
    })
}

/// `min`/`max`: the smallest (`op` is `<`) or largest (`op` is `>`) item, comparing each new
/// item against the best so far with `op`, as CPython does (so `max` calls `__gt__`).
fn min_max(vm: &mut Vm, args: Args, name: &str, op: CmpOp) -> PyResult<Value> {
    if args.kwnames.len() > 2 {
        return Err(type_error(format!(
            "{name}() takes at most 2 keyword arguments ({} given)",
            args.kwnames.len()
        )));
    }
    allow_kwargs(name, &args, &["key", "default"])?;
    let key = args.kw("key").cloned().unwrap_or(Value::None);
    let default = args.kw("default").cloned();
    let pos = args.pos();
    let it = match pos.len() {
        0 => {
            return Err(type_error(format!(
                "{name} expected at least 1 argument, got 0"
            )))
        }
        1 => ops::iter::get_iter(vm, &pos[0])?,
        _ => {
            if default.is_some() {
                return Err(type_error(format!(
                    "Cannot specify a default for {name}() with multiple positional arguments"
                )));
            }
            ops::iter::get_iter(vm, &new_tuple(pos.to_vec()))?
        }
    };
    let mut best: Option<(Value, Value)> = None;
    while let Some(item) = ops::iter::next(vm, &it)? {
        let k = if key.is_none() {
            item.clone()
        } else {
            call(vm, &key, std::slice::from_ref(&item))?
        };
        let better = match &best {
            None => true,
            Some((_, bk)) => match (&k, bk) {
                (Value::Int(x), Value::Int(y)) => ops::compare::cmp_ord(op, x.cmp(y)),
                (Value::Float(x), Value::Float(y)) => ops::compare::cmp_f64(op, *x, *y),
                _ => {
                    let r = ops::compare::compare(vm, op, &k, bk)?;
                    ops::truthy(vm, &r)?
                }
            },
        };
        if better {
            best = Some((item, k));
        }
    }
    match best {
        Some((v, _)) => Ok(v),
        None => default.ok_or_else(|| value_error(format!("{name}() arg is an empty sequence"))),
    }
}

fn min(vm: &mut Vm, args: Args) -> PyResult<Value> {
    min_max(vm, args, "min", CmpOp::Lt)
}

fn max(vm: &mut Vm, args: Args) -> PyResult<Value> {
    min_max(vm, args, "max", CmpOp::Gt)
}

fn sum(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = bind("sum", &args, &["iterable", "start"], 1, 1)?;
    let iterable = a[0].expect("required");
    let mut acc = a[1].cloned().unwrap_or(Value::Int(0));
    match acc.payload() {
        Some(Payload::Str(_)) => {
            return Err(type_error(
                "sum() can't sum strings [use ''.join(seq) instead]",
            ))
        }
        Some(Payload::Bytes(_)) => {
            return Err(type_error(
                "sum() can't sum bytes [use b''.join(seq) instead]",
            ))
        }
        Some(Payload::ByteArray(_)) => {
            return Err(type_error(
                "sum() can't sum bytearray [use b''.join(seq) instead]",
            ))
        }
        _ => {}
    }
    let it = ops::iter::get_iter(vm, iterable)?;
    // Floats are summed with a running f64 to avoid boxing, as CPython's fast path does.
    while let Some(x) = ops::iter::next(vm, &it)? {
        acc = match (&acc, &x) {
            (Value::Int(a), Value::Int(b)) => match a.checked_add(*b) {
                Some(s) => Value::Int(s),
                None => ops::arith::binary_op(vm, BinOp::Add, &acc, &x)?,
            },
            (Value::Float(a), Value::Float(b)) => Value::Float(a + b),
            _ => ops::arith::binary_op(vm, BinOp::Add, &acc, &x)?,
        };
    }
    Ok(acc)
}

/// Stable merge sort with a fallible `less` (Python's `sort` only ever uses `<`).
pub fn sort_values(
    vm: &mut Vm,
    items: &mut Vec<Value>,
    key: &Value,
    reverse: bool,
) -> PyResult<()> {
    let keys: Vec<Value> = if key.is_none() {
        items.clone()
    } else {
        let mut ks = Vec::with_capacity(items.len());
        for it in items.iter() {
            ks.push(call(vm, key, std::slice::from_ref(it))?);
        }
        ks
    };
    let mut idx: Vec<usize> = (0..items.len()).collect();
    if reverse {
        idx.reverse();
    }
    let mut err: Option<PyErr> = None;
    let mut less = |a: usize, b: usize| -> bool {
        if err.is_some() {
            return false;
        }
        match ops::compare::lt(vm, &keys[a], &keys[b]) {
            Ok(r) => r,
            Err(e) => {
                err = Some(e);
                false
            }
        }
    };
    merge_sort(&mut idx, &mut less);
    if let Some(e) = err {
        return Err(e);
    }
    if reverse {
        idx.reverse();
    }
    let sorted: Vec<Value> = idx.iter().map(|&i| items[i].clone()).collect();
    *items = sorted;
    Ok(())
}

/// Stable merge sort of indices; for `reverse`, the caller reverses before and after, which
/// keeps equal elements in their original order as Python does.
fn merge_sort(v: &mut [usize], less: &mut impl FnMut(usize, usize) -> bool) {
    let n = v.len();
    if n < 2 {
        return;
    }
    // Insertion sort for short runs, then bottom-up merges.
    const RUN: usize = 16;
    let mut start = 0;
    while start < n {
        let end = (start + RUN).min(n);
        for i in start + 1..end {
            let mut j = i;
            while j > start && less(v[j], v[j - 1]) {
                v.swap(j, j - 1);
                j -= 1;
            }
        }
        start = end;
    }
    let mut width = RUN;
    let mut buf = vec![0usize; n];
    while width < n {
        let mut lo = 0;
        while lo < n {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            let (mut i, mut j, mut k) = (lo, mid, lo);
            while i < mid && j < hi {
                if less(v[j], v[i]) {
                    buf[k] = v[j];
                    j += 1;
                } else {
                    buf[k] = v[i];
                    i += 1;
                }
                k += 1;
            }
            buf[k..k + mid - i].copy_from_slice(&v[i..mid]);
            k += mid - i;
            buf[k..k + hi - j].copy_from_slice(&v[j..hi]);
            lo = hi;
        }
        v.copy_from_slice(&buf);
        width *= 2;
    }
}

/// The `key=` and `reverse=` keywords of sort and sorted.
pub fn sort_options(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(Value, bool)> {
    if args.kwnames.len() > 2 {
        return Err(type_error(format!(
            "{name}() takes at most 2 keyword arguments ({} given)",
            args.kwnames.len()
        )));
    }
    let mut key = Value::None;
    let mut reverse = false;
    for (k, v) in args.kwargs() {
        match crate::object::str_of(k) {
            "key" => key = v.clone(),
            "reverse" => reverse = ops::truthy(vm, v)?,
            other => {
                return Err(type_error(format!(
                    "'{other}' is an invalid keyword argument for {name}()"
                )))
            }
        }
    }
    Ok((key, reverse))
}

fn sorted(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() != 1 {
        return Err(type_error(format!(
            "sorted expected 1 argument, got {}",
            pos.len()
        )));
    }
    let (key, reverse) = sort_options(vm, &args, "sort")?;
    let mut items = ops::iter::collect(vm, &pos[0])?;
    sort_values(vm, &mut items, &key, reverse)?;
    Ok(new_list(items))
}

fn all(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs("all", &args)?;
    check_args("all", &args, 1, 1)?;
    let it = ops::iter::get_iter(vm, &args.values[0])?;
    while let Some(x) = ops::iter::next(vm, &it)? {
        if !ops::truthy(vm, &x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn any(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs("any", &args)?;
    check_args("any", &args, 1, 1)?;
    let it = ops::iter::get_iter(vm, &args.values[0])?;
    while let Some(x) = ops::iter::next(vm, &it)? {
        if ops::truthy(vm, &x)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn divmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs("divmod", &args)?;
    check_args("divmod", &args, 2, 2)?;
    let (a, b) = (&args.values[0], &args.values[1]);
    if let (
        Value::Float(_) | Value::Int(_) | Value::Bool(_),
        Value::Float(_) | Value::Int(_) | Value::Bool(_),
    ) = (a, b)
    {
        if matches!(a, Value::Float(_)) || matches!(b, Value::Float(_)) {
            let x = super::number::to_f64(vm, a)?;
            let y = super::number::to_f64(vm, b)?;
            if y == 0.0 {
                return Err(crate::object::exception::zero_division_error(
                    "float divmod()",
                ));
            }
            let (q, r) = ops::arith::float_divmod(x, y);
            return Ok(new_tuple(vec![Value::Float(q), Value::Float(r)]));
        }
    }
    let is_int = |v: &Value| {
        matches!(v, Value::Int(_) | Value::Bool(_))
            || matches!(v.payload(), Some(Payload::BigInt(_)))
    };
    if is_int(a) && is_int(b) {
        let q = ops::arith::binary_op(vm, BinOp::FloorDiv, a, b)?;
        let r = ops::arith::binary_op(vm, BinOp::Mod, a, b)?;
        return Ok(new_tuple(vec![q, r]));
    }
    match ops::arith::dunder_binary(vm, a, b, "__divmod__", "__rdivmod__")? {
        Some(v) => Ok(v),
        None => Err(type_error(format!(
            "unsupported operand type(s) for divmod(): '{}' and '{}'",
            type_name(a),
            type_name(b)
        ))),
    }
}

fn pow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = bind("pow", &args, &["base", "exp", "mod"], 0, 2)?;
    let (base, exp) = (a[0].expect("required"), a[1].expect("required"));
    let m = a[2].cloned().unwrap_or(Value::None);
    if m.is_none() {
        return ops::arith::binary_op(vm, BinOp::Pow, base, exp);
    }
    super::number::modular_pow(vm, base, exp, &m)
}

fn round(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = bind("round", &args, &["number", "ndigits"], 0, 1)?;
    let nd = a[1].cloned().unwrap_or(Value::None);
    super::number::round(vm, a[0].expect("required"), &nd)
}

/// `iter(object)` or `iter(callable, sentinel)`.
fn iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs("iter", &args)?;
    check_args("iter", &args, 1, 2)?;
    if args.values.len() == 2 {
        if !is_callable(&args.values[0]) {
            return Err(type_error("iter(v, w): v must be callable"));
        }
        return Ok(make_iter(IterState::Callable {
            func: args.values[0].clone(),
            sentinel: args.values[1].clone(),
        }));
    }
    ops::iter::get_iter(vm, &args.values[0])
}

/// `next(iterator[, default])`.
fn next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs("next", &args)?;
    check_args("next", &args, 1, 2)?;
    let it = &args.values[0];
    if !ops::iter::is_iterator(it) {
        return Err(type_error(format!(
            "'{}' object is not an iterator",
            type_name(it)
        )));
    }
    match ops::iter::next_with_value(vm, it)? {
        Ok(v) => Ok(v),
        Err(ret) => match args.values.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(stop_iteration(ret)),
        },
    }
}

/// `__iter__` of iterators: the object itself.
pub fn identity_method(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(args.values.first().cloned().unwrap_or(Value::None))
}

/// The receiver of a builtin iterator method, checked as CPython's method descriptors do.
fn iterator_self<'a>(args: &Args<'a>, method: &str) -> PyResult<&'a Obj> {
    match args.values.first() {
        Some(Value::Obj(o)) if matches!(o.payload, Payload::Iter(_)) => Ok(o),
        Some(other) => Err(type_error(format!(
            "descriptor '{method}' requires an iterator object but received a '{}'",
            type_name(other)
        ))),
        None => Err(type_error(format!(
            "descriptor '{method}' needs an argument"
        ))),
    }
}

/// `__next__` of the builtin iterators.
pub fn iterator_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let it = Value::Obj(iterator_self(&args, "__next__")?.clone());
    match ops::iter::next(vm, &it)? {
        Some(v) => Ok(v),
        None => Err(stop_iteration(Value::None)),
    }
}

/// `__reduce__` of list and tuple iterators, as CPython's: `iter` of the sequence and the
/// index to go on from (`__setstate__`), or `iter` of an empty one once exhausted. This is
/// how `copy.copy` and `copy.deepcopy` copy them.
pub fn seq_iterator_reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let o = iterator_self(&args, "__reduce__")?;
    let Payload::Iter(st) = &o.payload else {
        unreachable!("checked by iterator_self")
    };
    let iter = crate::builtins::dict::get_by_str(&vm.builtins_dict, "iter")
        .ok_or_else(|| type_error("iter is not a builtin any more".to_string()))?;
    let r = match &*st.borrow() {
        IterState::Seq { seq, index } => new_tuple(vec![
            iter,
            new_tuple(vec![Value::Obj(seq.clone())]),
            Value::Int(*index as i64),
        ]),
        _ => {
            let empty = if o.class_is(&ops::iter::iter_classes().tuple) {
                new_tuple(Vec::new())
            } else {
                crate::object::new_list(Vec::new())
            };
            new_tuple(vec![iter, new_tuple(vec![empty])])
        }
    };
    Ok(r)
}

/// `__setstate__` of list and tuple iterators: go on from the given index (clamped to the
/// sequence, as CPython does); nothing once exhausted.
pub fn seq_iterator_setstate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let o = iterator_self(&args, "__setstate__")?;
    if args.values.len() != 2 {
        return Err(type_error(format!(
            "__setstate__() takes exactly one argument ({} given)",
            args.values.len() - 1
        )));
    }
    let i = match &args.values[1] {
        Value::Obj(b) if matches!(b.payload, Payload::BigInt(_)) => {
            return Err(crate::object::exception::overflow_error(
                "Python int too large to convert to C ssize_t",
            ))
        }
        v => match ops::seq::to_index(vm, v)? {
            Some(i) => i,
            None => return Err(type_error("an integer is required".to_string())),
        },
    };
    let Payload::Iter(st) = &o.payload else {
        unreachable!("checked by iterator_self")
    };
    if let IterState::Seq { seq, index } = &mut *st.borrow_mut() {
        let len = match &seq.payload {
            Payload::List(l) => l.borrow().len(),
            Payload::Tuple(t) => t.len(),
            _ => return Ok(Value::None),
        };
        *index = i.clamp(0, len as i64) as usize;
    }
    Ok(Value::None)
}

/// `__length_hint__` of the builtin iterators that know how many items they have left.
pub fn iterator_length_hint(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let o = iterator_self(&args, "__length_hint__")?;
    let Payload::Iter(st) = &o.payload else {
        unreachable!("checked by iterator_self")
    };
    let n = ops::iter::length_hint(&st.borrow()).unwrap_or(0);
    Ok(Value::Int(n as i64))
}

fn getattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs("getattr", &args)?;
    check_args("getattr", &args, 2, 3)?;
    let name = super::name_arg(&args.values[1])?;
    match ops::attr::get_attr(vm, &args.values[0], &name) {
        Ok(v) => Ok(v),
        Err(e) if args.values.len() == 3 && e.is_instance(&exc_types().attribute_error) => {
            Ok(args.values[2].clone())
        }
        Err(e) => Err(e),
    }
}

fn setattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs("setattr", &args)?;
    check_args("setattr", &args, 3, 3)?;
    let name = super::name_arg(&args.values[1])?;
    ops::attr::set_attr(vm, &args.values[0], &name, args.values[2].clone())?;
    Ok(Value::None)
}

fn hasattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs("hasattr", &args)?;
    check_args("hasattr", &args, 2, 2)?;
    let name = super::name_arg(&args.values[1])?;
    match ops::attr::get_attr(vm, &args.values[0], &name) {
        Ok(_) => Ok(Value::Bool(true)),
        Err(e) if e.is_instance(&exc_types().attribute_error) => Ok(Value::Bool(false)),
        Err(e) => Err(e),
    }
}

fn delattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs("delattr", &args)?;
    check_args("delattr", &args, 2, 2)?;
    let name = super::name_arg(&args.values[1])?;
    ops::attr::del_attr(vm, &args.values[0], &name)?;
    Ok(Value::None)
}

/// Which builtin is asking: `isinstance` or `issubclass`.
#[derive(Clone, Copy, PartialEq)]
enum Check {
    Instance,
    Subclass,
}

impl Check {
    fn name(self) -> &'static str {
        match self {
            Check::Instance => "isinstance()",
            Check::Subclass => "issubclass()",
        }
    }

    fn hook(self) -> &'static str {
        match self {
            Check::Instance => "__instancecheck__",
            Check::Subclass => "__subclasscheck__",
        }
    }
}

/// `isinstance(v, spec)` / `issubclass(v, spec)` for a class, a union, an object whose class
/// defines the check hook (typing's aliases), or nested tuples of them, tried in order and
/// stopping at the first match as CPython does.
fn check_spec(vm: &mut Vm, v: &Value, spec: &Value, check: Check) -> PyResult<bool> {
    match spec.payload() {
        Some(Payload::Class(_)) => {
            let c = spec.as_obj().expect("class");
            return match check {
                Check::Instance => isinstance_of(vm, v, c),
                Check::Subclass => issubclass_of(vm, v, c),
            };
        }
        Some(Payload::Tuple(t)) => {
            for x in t.iter() {
                if check_spec(vm, v, x, check)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
        _ => {}
    }
    if let Some(args) = super::union_args(vm, spec)? {
        return check_spec(vm, v, &args, check);
    }
    if super::is_generic_alias(spec) {
        return Err(type_error(format!(
            "{} argument 2 cannot be a parameterized generic",
            check.name()
        )));
    }
    if let Value::Obj(o) = spec {
        if let Some(f) = lookup_str(&o.class(), check.hook()) {
            if !matches!(f.payload(), Some(Payload::Builtin(_))) {
                let r = call(vm, &f, &[spec.clone(), v.clone()])?;
                return ops::truthy(vm, &r);
            }
        }
    }
    Err(type_error(match check {
        Check::Instance => "isinstance() arg 2 must be a type, a tuple of types, or a union",
        Check::Subclass => "issubclass() arg 2 must be a class, a tuple of classes, or a union",
    }))
}

fn isinstance(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs("isinstance", &args)?;
    check_args("isinstance", &args, 2, 2)?;
    check_spec(vm, &args.values[0], &args.values[1], Check::Instance).map(Value::Bool)
}

/// `isinstance(v, c)` for one class `c`, honouring a metaclass's `__instancecheck__`.
pub fn isinstance_of(vm: &mut Vm, v: &Value, c: &Obj) -> PyResult<bool> {
    // An object of exactly class `c` is an instance whatever `__instancecheck__` would say:
    // CPython tests this first.
    let cls = class_of(v);
    if cls.is(c) {
        return Ok(true);
    }
    let meta = c.class();
    if !meta.is(&types().type_) {
        if let Some(f) = lookup_str(&meta, "__instancecheck__") {
            if !matches!(f.payload(), Some(Payload::Builtin(_))) {
                let r = call(vm, &f, &[Value::Obj(c.clone()), v.clone()])?;
                return ops::truthy(vm, &r);
            }
        }
    }
    Ok(is_subclass(&cls, c))
}

/// `issubclass(sub, c)` for one class `c`, honouring a metaclass's `__subclasscheck__`.
fn issubclass_of(vm: &mut Vm, sub: &Value, c: &Obj) -> PyResult<bool> {
    let meta = c.class();
    if !meta.is(&types().type_) {
        if let Some(f) = lookup_str(&meta, "__subclasscheck__") {
            if !matches!(f.payload(), Some(Payload::Builtin(_))) {
                let r = call(vm, &f, &[Value::Obj(c.clone()), sub.clone()])?;
                return ops::truthy(vm, &r);
            }
        }
    }
    let Some(Payload::Class(_)) = sub.payload() else {
        return Err(type_error("issubclass() arg 1 must be a class"));
    };
    Ok(is_subclass(sub.as_obj().expect("class"), c))
}

fn issubclass(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs("issubclass", &args)?;
    check_args("issubclass", &args, 2, 2)?;
    check_spec(vm, &args.values[0], &args.values[1], Check::Subclass).map(Value::Bool)
}

fn id(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs("id", &args)?;
    check_args("id", &args, 1, 1)?;
    Ok(Value::Int(match &args.values[0] {
        Value::Obj(o) => o.addr() as i64,
        // Inline values have no address; derive a stable identity from the value itself.
        Value::Int(i) => 0x1_0000_0000 + (*i as i128 as i64).wrapping_mul(32),
        Value::Float(f) => 0x2_0000_0000 + (f.to_bits() as i64 >> 4),
        Value::Bool(b) => 0x100 + *b as i64 * 32,
        Value::None | Value::Null => 0x80,
    }))
}

fn hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs("hash", &args)?;
    check_args("hash", &args, 1, 1)?;
    ops::hash(vm, &args.values[0]).map(Value::Int)
}

pub fn is_callable(v: &Value) -> bool {
    match v.payload() {
        Some(
            Payload::Function(_) | Payload::Builtin(_) | Payload::Method(_) | Payload::Class(_),
        ) => true,
        Some(_) => lookup_str(&class_of(v), "__call__").is_some(),
        None => false,
    }
}

fn callable(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs("callable", &args)?;
    check_args("callable", &args, 1, 1)?;
    Ok(Value::Bool(is_callable(&args.values[0])))
}

fn chr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs("chr", &args)?;
    check_args("chr", &args, 1, 1)?;
    let i = match ops::seq::to_index(vm, &args.values[0]) {
        Ok(Some(i)) => i,
        Ok(None) => {
            return Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                type_name(&args.values[0])
            )))
        }
        Err(_) => {
            return Err(crate::object::exception::overflow_error(
                "Python int too large to convert to C int",
            ))
        }
    };
    match u32::try_from(i)
        .ok()
        .filter(|c| *c < 0x110000)
        .and_then(char::from_u32)
    {
        Some(c) => Ok(super::str::char_value(c)),
        None if (0..0x110000).contains(&i) => Err(crate::object::exception::not_implemented_error(
            "surrogate code points are not supported yet",
        )),
        None => Err(value_error("chr() arg not in range(0x110000)")),
    }
}

fn ord(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs("ord", &args)?;
    check_args("ord", &args, 1, 1)?;
    let v = &args.values[0];
    match v.payload() {
        Some(Payload::Str(s)) => {
            if s.char_len() == 1 {
                Ok(Value::Int(s.char_at(0) as i64))
            } else {
                Err(type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    s.char_len()
                )))
            }
        }
        Some(Payload::Bytes(b)) if b.len() == 1 => Ok(Value::Int(b[0] as i64)),
        Some(Payload::ByteArray(b)) if b.borrow().len() == 1 => {
            Ok(Value::Int(b.borrow()[0] as i64))
        }
        Some(Payload::Bytes(b)) => Err(type_error(format!(
            "ord() expected a character, but string of length {} found",
            b.len()
        ))),
        _ => Err(type_error(format!(
            "ord() expected string of length 1, but {} found",
            type_name(v)
        ))),
    }
}

fn radix(vm: &mut Vm, args: &Args, name: &str, r: u32) -> PyResult<Value> {
    no_kwargs(name, args)?;
    check_args(name, args, 1, 1)?;
    let v = &args.values[0];
    let n: BigInt = match v {
        Value::Int(i) => BigInt::from(*i),
        Value::Bool(b) => BigInt::from(*b as i64),
        Value::Obj(o) => match &o.payload {
            Payload::BigInt(b) => b.clone(),
            _ => match ops::seq::to_index(vm, v)? {
                Some(i) => BigInt::from(i),
                None => {
                    return Err(type_error(format!(
                        "'{}' object cannot be interpreted as an integer",
                        type_name(v)
                    )))
                }
            },
        },
        _ => {
            return Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                type_name(v)
            )))
        }
    };
    Ok(new_str(crate::text::int_to_str_radix(&n, r, true)))
}

fn bin(vm: &mut Vm, args: Args) -> PyResult<Value> {
    radix(vm, &args, "bin", 2)
}

fn oct(vm: &mut Vm, args: Args) -> PyResult<Value> {
    radix(vm, &args, "oct", 8)
}

fn hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    radix(vm, &args, "hex", 16)
}

/// `vars(object)`: the object's `__dict__`. (`vars()` without arguments reads the calling
/// frame, so the compiler turns it into an instruction; only a renamed `vars` gets here.)
fn vars(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs("vars", &args)?;
    check_args("vars", &args, 0, 1)?;
    let Some(v) = args.values.first() else {
        return Err(frame_needed("vars"));
    };
    match ops::attr::get_attr_str(vm, v, "__dict__") {
        Ok(d) => Ok(d),
        Err(e) if e.is_instance(&exc_types().attribute_error) => {
            Err(type_error("vars() argument must have __dict__ attribute"))
        }
        Err(e) => Err(e),
    }
}

/// The error for a frame-reading builtin (`vars()`, `dir()`, `locals()`, `globals()`) called
/// through another name: the compiler only handles calls that name the builtin directly.
fn frame_needed(name: &str) -> PyErr {
    crate::object::exception::not_implemented_error(format!(
        "{name}() without arguments is only supported when called by its own name"
    ))
}

/// `dir(obj)`: sorted attribute names.
pub fn dir_of(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if let Some(Payload::Module(m)) = v.payload() {
        // module.__dir__: the module's own names, or what its `__dir__()` gives (PEP 562).
        let mut items = match super::dict::get_by_str(&m.dict, "__dir__") {
            Some(f) => {
                let r = call(vm, &f, &[])?;
                ops::iter::collect(vm, &r)?
            }
            None => super::dict::items(&m.dict)
                .into_iter()
                .map(|(k, _)| k)
                .collect(),
        };
        sort_values(vm, &mut items, &Value::None, false)?;
        return Ok(new_list(items));
    }
    let mut names: Vec<String> = Vec::new();
    if let Some(d) = ops::attr::instance_dict(v) {
        if let Some(o) = d.as_obj() {
            for (k, _) in super::dict::items(o) {
                if let Some(s) = as_str(&k) {
                    names.push(s.to_string());
                }
            }
        }
    }
    let cls = match v.payload() {
        Some(Payload::Class(_)) => v.as_obj().expect("class").clone(),
        _ => class_of(v),
    };
    for c in class_data(&cls).mro.borrow().iter() {
        for (k, _) in super::dict::items(&class_data(c).dict) {
            if let Some(s) = as_str(&k) {
                names.push(s.to_string());
            }
        }
    }
    names.sort();
    names.dedup();
    let _ = vm;
    Ok(new_list(names.into_iter().map(new_str).collect()))
}

fn dir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs("dir", &args)?;
    check_args("dir", &args, 0, 1)?;
    match args.values.first() {
        Some(v) => {
            let v = v.clone();
            if let Some(f) = lookup_str(&class_of(&v), "__dir__") {
                if !matches!(f.payload(), Some(Payload::Builtin(_))) {
                    let r = call(vm, &f, &[v])?;
                    let mut items = ops::iter::collect(vm, &r)?;
                    sort_values(vm, &mut items, &Value::None, false)?;
                    return Ok(new_list(items));
                }
            }
            dir_of(vm, &v)
        }
        None => Err(frame_needed("dir")),
    }
}

/// `input(prompt='')`: the prompt goes to sys.stdout, the line comes from sys.stdin.
fn input(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs("input", &args)?;
    check_args("input", &args, 0, 1)?;
    let stdin = crate::modules::sys::stdin(vm);
    let stdout = crate::modules::sys::stdout(vm);
    if stdin.is_none() {
        return Err(crate::object::exception::runtime_error(
            "input(): lost sys.stdin",
        ));
    }
    if stdout.is_none() {
        return Err(crate::object::exception::runtime_error(
            "input(): lost sys.stdout",
        ));
    }
    if let Some(p) = args.values.first() {
        let s = ops::repr::str(vm, p)?;
        write_to(vm, &stdout, &s)?;
    }
    let flush = ops::attr::get_attr_str(vm, &stdout, "flush")?;
    call(vm, &flush, &[])?;
    let line = match &stdin {
        Value::Obj(o) if matches!(o.payload, Payload::File(_)) => {
            super::file::next_line(vm, o)?.unwrap_or_else(|| new_str(""))
        }
        _ => {
            let readline = ops::attr::get_attr_str(vm, &stdin, "readline")?;
            call(vm, &readline, &[])?
        }
    };
    let Some(line) = as_str(&line) else {
        return Err(type_error("object.readline() returned non-string"));
    };
    if line.is_empty() {
        return Err(crate::object::exception::eof_error(
            "EOF when reading a line",
        ));
    }
    Ok(new_str(line.strip_suffix('\n').unwrap_or(line)))
}

fn globals(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs("globals", &args)?;
    check_args("globals", &args, 0, 0)?;
    Err(frame_needed("globals"))
}

fn locals(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs("locals", &args)?;
    check_args("locals", &args, 0, 0)?;
    Err(frame_needed("locals"))
}

/// The text of `eval`/`exec`'s first argument.
fn source_text(v: &Value, name: &str) -> PyResult<String> {
    match v.payload() {
        Some(Payload::Str(s)) => Ok(s.as_str().to_string()),
        Some(Payload::Bytes(b)) => String::from_utf8(b.to_vec()).map_err(|_| {
            crate::object::exception::not_implemented_error(format!(
                "{name}() of bytes that are not UTF-8 is not supported yet"
            ))
        }),
        _ => Err(type_error(format!(
            "{name}() arg 1 must be a string, bytes or code object"
        ))),
    }
}

/// The globals dict `eval`/`exec` run in (given `__builtins__` if it lacks it, as CPython
/// does) and the separate locals dict, if any, after checking the arguments. (`eval(src)` and
/// `exec(src)` are compiled as calls passing the caller's `globals()` and `locals()`.)
fn exec_namespaces(
    vm: &mut Vm,
    name: &str,
    globals: Option<&Value>,
    locals: Option<&Value>,
) -> PyResult<(Obj, Option<Obj>)> {
    let globals = match globals {
        Some(Value::Obj(g)) if matches!(g.payload, Payload::Dict(_)) => g.clone(),
        Some(Value::None) | None => {
            return Err(crate::object::exception::not_implemented_error(format!(
                "{name}() without an explicit globals dict is not supported yet"
            )))
        }
        Some(other) => {
            return Err(type_error(if name == "exec" {
                format!("exec() globals must be a dict, not {}", type_name(other))
            } else {
                "globals must be a dict".to_string()
            }))
        }
    };
    let locals = match locals {
        Some(Value::None) | None => None,
        Some(Value::Obj(l)) if l.is(&globals) => None,
        Some(Value::Obj(l)) if matches!(l.payload, Payload::Dict(_)) => Some(l.clone()),
        Some(other) if lookup_str(&class_of(other), "__getitem__").is_some() => {
            return Err(crate::object::exception::not_implemented_error(format!(
                "{name}() with a locals mapping that is not a dict is not supported yet"
            )))
        }
        Some(other) => {
            return Err(type_error(if name == "exec" {
                format!("locals must be a mapping or None, not {}", type_name(other))
            } else {
                "locals must be a mapping".to_string()
            }))
        }
    };
    if super::dict::get_by_str(&globals, "__builtins__").is_none() {
        super::dict::set_str_item(
            &globals,
            "__builtins__",
            Value::Obj(vm.builtins_dict.clone()),
        );
    }
    Ok((globals, locals))
}

/// `eval(source, globals=None, locals=None)`.
fn eval(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs("eval", &args)?;
    check_args("eval", &args, 1, 3)?;
    let text = source_text(&args.values[0], "eval")?;
    // CPython strips leading spaces and tabs so that indented expressions evaluate.
    let text = text.trim_start_matches([' ', '\t']);
    let (globals, locals) = exec_namespaces(vm, "eval", args.values.get(1), args.values.get(2))?;
    let source = std::rc::Rc::new(crate::compile::Source::new("<string>", text));
    let code = crate::compile::compile_expression(source.clone(), locals.is_some())
        .map_err(|e| crate::traceback::syntax_error(&e, &source))?;
    crate::interp::call::run_in_namespace(vm, code, globals, locals, &[])
}

/// `exec(source, globals=None, locals=None, *, closure=None)`.
fn exec(vm: &mut Vm, args: Args) -> PyResult<Value> {
    allow_kwargs("exec", &args, &["closure"])?;
    let pos = args.pos();
    if pos.len() > 3 {
        return Err(type_error(format!(
            "exec() takes at most 3 positional arguments ({} given)",
            pos.len()
        )));
    }
    check_args("exec", &args, 1, 3 + args.kwnames.len())?;
    if matches!(args.kw("closure"), Some(c) if !c.is_none()) {
        return Err(type_error(
            "closure can only be used when source is a code object",
        ));
    }
    let text = source_text(&pos[0], "exec")?;
    let (globals, locals) = exec_namespaces(vm, "exec", pos.get(1), pos.get(2))?;
    let source = std::rc::Rc::new(crate::compile::Source::new("<string>", &text));
    let code = crate::compile::compile_code(source.clone(), "<string>", locals.is_some())
        .map_err(|e| crate::traceback::syntax_error(&e, &source))?;
    crate::interp::call::run_in_namespace(vm, code, globals, locals, &[])?;
    Ok(Value::None)
}

/// `__import__(name, globals=None, locals=None, fromlist=(), level=0)`.
fn import_(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = bind(
        "__import__",
        &args,
        &["name", "globals", "locals", "fromlist", "level"],
        0,
        1,
    )?;
    let name = as_str(a[0].expect("required"))
        .ok_or_else(|| type_error("module name must be a string"))?
        .to_string();
    // The import machinery takes the fromlist as a tuple; any iterable is accepted here.
    let fromlist = match a[3] {
        None | Some(Value::None) => Value::None,
        Some(v) => new_tuple(ops::iter::collect(vm, v)?),
    };
    let level = match a[4] {
        None => 0,
        Some(v) => ops::seq::to_index(vm, v)?.ok_or_else(|| not_an_integer(v))?,
    };
    if level < 0 {
        return Err(value_error("level must be >= 0"));
    }
    if name.is_empty() && level == 0 {
        return Err(value_error("Empty module name"));
    }
    let globals = match a[1] {
        Some(Value::Obj(g)) if matches!(g.payload, Payload::Dict(_)) => g.clone(),
        _ => crate::object::new_dict(),
    };
    crate::import::import_name(vm, &name, &fromlist, level, &globals)
}

/// `exit(code=None)` and `quit(code=None)` (the `site` helpers).
fn exit(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() > 1 {
        return Err(type_error(format!(
            "Quitter.__call__() takes from 1 to 2 positional arguments but {} were given",
            pos.len() + 1
        )));
    }
    allow_kwargs("Quitter.__call__", &args, &["code"])?;
    let code = pos
        .first()
        .or_else(|| args.kw("code"))
        .cloned()
        .unwrap_or(Value::None);
    Err(PyErr::with_args(&exc_types().system_exit, vec![code]))
}

// ---- iterator types -----------------------------------------------------------------------

/// Rejects keyword arguments other than `allowed`, with CPython's wording.
fn allow_kwargs(name: &str, args: &Args, allowed: &[&str]) -> PyResult<()> {
    for (k, _) in args.kwargs() {
        let k = crate::object::str_of(k);
        if !allowed.contains(&k) {
            return Err(type_error(format!(
                "'{k}' is an invalid keyword argument for {name}()"
            )));
        }
    }
    Ok(())
}

/// `enumerate(iterable, start=0)`.
fn enumerate_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    allow_kwargs("enumerate", &args, &["iterable", "start"])?;
    let pos = &args.pos()[1..];
    if pos.len() + args.kwnames.len() > 2 {
        return Err(type_error(format!(
            "enumerate() takes at most 2 arguments ({} given)",
            pos.len() + args.kwnames.len()
        )));
    }
    let iterable = pos
        .first()
        .or_else(|| args.kw("iterable"))
        .cloned()
        .ok_or_else(|| type_error("enumerate() missing required argument 'iterable'"))?;
    let start = pos
        .get(1)
        .or_else(|| args.kw("start"))
        .cloned()
        .unwrap_or(Value::Int(0));
    let count = match start {
        Value::Int(i) => i,
        Value::Bool(b) => b as i64,
        _ => match ops::seq::to_index(vm, &start) {
            Ok(Some(i)) => i,
            Ok(None) => return Err(not_an_integer(&start)),
            Err(_) => {
                return Err(crate::object::exception::not_implemented_error(
                    "enumerate() with a start beyond 64-bit integers is not supported yet",
                ))
            }
        },
    };
    let it = ops::iter::get_iter(vm, &iterable)?;
    Ok(make_iter(IterState::Enumerate { it, count }))
}

fn not_an_integer(v: &Value) -> PyErr {
    type_error(format!(
        "'{}' object cannot be interpreted as an integer",
        type_name(v)
    ))
}

/// `zip(*iterables, strict=False)`.
fn zip_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.kwnames.len() > 1 {
        return Err(type_error(format!(
            "zip() takes at most 1 keyword argument ({} given)",
            args.kwnames.len()
        )));
    }
    allow_kwargs("zip", &args, &["strict"])?;
    let strict = match args.kw("strict") {
        Some(v) => ops::truthy(vm, v)?,
        None => false,
    };
    let mut its = Vec::new();
    for a in &args.pos()[1..] {
        its.push(ops::iter::get_iter(vm, a)?);
    }
    Ok(make_iter(IterState::Zip { its, strict }))
}

/// `map(func, *iterables)`.
fn map_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs("map", &args)?;
    let pos = &args.pos()[1..];
    if pos.len() < 2 {
        return Err(type_error("map() must have at least two arguments."));
    }
    let mut its = Vec::new();
    for a in &pos[1..] {
        its.push(ops::iter::get_iter(vm, a)?);
    }
    Ok(make_iter(IterState::Map {
        func: pos[0].clone(),
        its,
    }))
}

/// `filter(function or None, iterable)`.
fn filter_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs("filter", &args)?;
    let pos = &args.pos()[1..];
    if pos.len() != 2 {
        return Err(type_error(format!(
            "filter expected 2 arguments, got {}",
            pos.len()
        )));
    }
    let it = ops::iter::get_iter(vm, &pos[1])?;
    Ok(make_iter(IterState::Filter {
        func: pos[0].clone(),
        it,
    }))
}

/// `reversed(sequence)`: the object's `__reversed__`, or index-based reverse iteration.
fn reversed_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs("reversed", &args)?;
    let pos = &args.pos()[1..];
    if pos.len() != 1 {
        return Err(type_error(format!(
            "reversed expected 1 argument, got {}",
            pos.len()
        )));
    }
    let v = &pos[0];
    let not_reversible = || type_error(format!("'{}' object is not reversible", type_name(v)));
    let Value::Obj(o) = v else {
        return Err(not_reversible());
    };
    let cls = o.class();
    match lookup_str(&cls, "__reversed__") {
        Some(Value::None) => return Err(not_reversible()),
        // Builtin types reverse by payload below; native modules' classes by their method.
        Some(f)
            if !matches!(f.payload(), Some(Payload::Builtin(_)))
                || matches!(o.payload, Payload::Native(_)) =>
        {
            return call(vm, &f, std::slice::from_ref(v))
        }
        _ => {}
    }
    let index = match &o.payload {
        Payload::List(l) => l.borrow().len(),
        Payload::Tuple(t) => t.len(),
        // Reverse str iteration walks byte offsets (see `ops::iter`).
        Payload::Str(s) => s.as_str().len(),
        Payload::Bytes(b) => b.len(),
        Payload::ByteArray(b) => b.borrow().len(),
        Payload::Range(_) | Payload::BigRange(_) => {
            return Ok(make_iter(super::range::reversed_state(&o.payload)));
        }
        Payload::Dict(_) | Payload::DictView(..) => {
            let (kind, d) = match &o.payload {
                Payload::DictView(kind, d) => (*kind, d.clone()),
                _ => (DictViewKind::Keys, o.clone()),
            };
            let end = match &d.payload {
                Payload::Dict(pd) => pd.table.borrow().end_pos(),
                _ => 0,
            };
            let view_class = match kind {
                DictViewKind::Keys => &types().dict_keys,
                DictViewKind::Values => &types().dict_values,
                DictViewKind::Items => &types().dict_items,
            };
            let view = Obj::new(view_class, Payload::DictView(kind, d));
            return Ok(make_iter(IterState::Reversed {
                seq: view,
                index: end,
            }));
        }
        Payload::Instance(_) | Payload::Native(_) if lookup_str(&cls, "__getitem__").is_some() => {
            if lookup_str(&cls, "__len__").is_none() {
                return Err(type_error(format!(
                    "object of type '{}' has no len()",
                    type_name(v)
                )));
            }
            ops::len(vm, v)?
        }
        _ => return Err(not_reversible()),
    };
    Ok(make_iter(IterState::Reversed {
        seq: o.clone(),
        index,
    }))
}

/// `NoneType()`, `NotImplementedType()`, `EllipsisType()`: the singletons, as in CPython.
fn singleton_new(args: &Args, name: &str, v: Value) -> PyResult<Value> {
    if args.values.len() > 1 {
        return Err(type_error(format!("{name} takes no arguments")));
    }
    Ok(v)
}

fn none_new(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    singleton_new(&args, "NoneType", Value::None)
}

fn not_implemented_new(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    singleton_new(
        &args,
        "NotImplementedType",
        Value::Obj(types().not_implemented.clone()),
    )
}

fn ellipsis_new(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    singleton_new(&args, "EllipsisType", Value::Obj(types().ellipsis.clone()))
}

fn slice_new(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs("slice", &args)?;
    let pos = &args.pos()[1..];
    Ok(match pos.len() {
        1 => crate::object::new_slice(Value::None, pos[0].clone(), Value::None),
        2 => crate::object::new_slice(pos[0].clone(), pos[1].clone(), Value::None),
        3 => crate::object::new_slice(pos[0].clone(), pos[1].clone(), pos[2].clone()),
        0 => return Err(type_error("slice expected at least 1 argument, got 0")),
        n => {
            return Err(type_error(format!(
                "slice expected at most 3 arguments, got {n}"
            )))
        }
    })
}

fn slice_indices_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("indices", &args, 2, 2)?;
    let Some(Payload::Slice(s)) = args.values[0].payload() else {
        return Err(type_error("descriptor 'indices' requires a 'slice' object"));
    };
    let n = match ops::seq::to_index(vm, &args.values[1])? {
        Some(n) if n >= 0 => n as usize,
        Some(_) => return Err(value_error("length should not be negative")),
        None => {
            return Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                type_name(&args.values[1])
            )))
        }
    };
    let (start, stop, step, _) = ops::seq::slice_indices(vm, s, || n)?;
    Ok(new_tuple(vec![
        Value::Int(start),
        Value::Int(stop),
        Value::Int(step),
    ]))
}

pub fn install(vm: &mut Vm) {
    add_function(vm, "print", print);
    add_function(vm, "len", len);
    add_function(vm, "repr", repr);
    add_function(vm, "ascii", ascii);
    add_function(vm, "format", format);
    add_function(vm, "abs", abs);
    add_function(vm, "min", min);
    add_function(vm, "max", max);
    add_function(vm, "sum", sum);
    add_function(vm, "sorted", sorted);
    add_function(vm, "all", all);
    add_function(vm, "any", any);
    add_function(vm, "divmod", divmod);
    add_function(vm, "pow", pow);
    add_function(vm, "round", round);
    add_function(vm, "iter", iter);
    add_function(vm, "next", next);
    add_function(vm, "aiter", crate::interp::coroutine::builtin_aiter);
    add_function(vm, "anext", crate::interp::coroutine::builtin_anext);
    add_function(vm, "getattr", getattr);
    add_function(vm, "setattr", setattr);
    add_function(vm, "hasattr", hasattr);
    add_function(vm, "delattr", delattr);
    add_function(vm, "isinstance", isinstance);
    add_function(vm, "issubclass", issubclass);
    add_function(vm, "id", id);
    add_function(vm, "hash", hash);
    add_function(vm, "callable", callable);
    add_function(vm, "chr", chr);
    add_function(vm, "ord", ord);
    add_function(vm, "bin", bin);
    add_function(vm, "oct", oct);
    add_function(vm, "hex", hex);
    add_function(vm, "vars", vars);
    add_function(vm, "dir", dir);
    add_function(vm, "input", input);
    add_function(vm, "globals", globals);
    add_function(vm, "locals", locals);
    add_function(vm, "__import__", import_);
    add_function(vm, "eval", eval);
    add_function(vm, "exec", exec);
    add_function(vm, "exit", exit);
    add_function(vm, "quit", exit);
    add_function(vm, "open", super::file::open);
    let t = types();
    add_method(&t.enumerate, "__new__", enumerate_new);
    add_method(&t.zip, "__new__", zip_new);
    add_method(&t.map, "__new__", map_new);
    add_method(&t.filter, "__new__", filter_new);
    add_method(&t.reversed, "__new__", reversed_new);
    add_method(&t.slice, "__new__", slice_new);
    add_method(&t.none_type, "__new__", none_new);
    add_method(&t.not_implemented_type, "__new__", not_implemented_new);
    add_method(&t.ellipsis_type, "__new__", ellipsis_new);
    add_method(&t.slice, "indices", slice_indices_method);
}
