//! Subscripts and sequence protocol: `x[k]`, `x[k] = v`, `del x[k]`, `k in x`, slicing, and
//! unpacking `a, *b, c = x`.

use num_traits::{Signed, ToPrimitive};

use crate::interp::{call, Vm};
use crate::object::class::lookup_str;
use crate::object::exception::{index_error, key_error, type_error, value_error, PyErr};
use crate::object::subclass;
use crate::object::{
    class_of, new_bytearray, new_bytes, new_list, new_str, new_tuple, type_name, Payload,
};
use crate::value::Value;
use crate::PyResult;

/// The result of `__len__` as a length (CPython's checks and messages).
pub fn len_result(r: &Value) -> PyResult<usize> {
    match r {
        Value::Int(i) if *i >= 0 => Ok(*i as usize),
        Value::Int(_) => Err(value_error("__len__() should return >= 0")),
        Value::Bool(b) => Ok(*b as usize),
        Value::Obj(o) if matches!(o.payload, Payload::BigInt(_)) => {
            Err(crate::object::exception::overflow_error(
                "cannot fit 'int' into an index-sized integer",
            ))
        }
        other => Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(other)
        ))),
    }
}

/// An integer index from `v` (ints, bools and objects with `__index__`), or None if `v` is
/// not an integer at all.
pub fn to_index(vm: &mut Vm, v: &Value) -> PyResult<Option<i64>> {
    match v {
        Value::Int(i) => Ok(Some(*i)),
        Value::Bool(b) => Ok(Some(*b as i64)),
        Value::Obj(o) => match &o.payload {
            Payload::BigInt(b) => match b.to_i64() {
                Some(i) => Ok(Some(i)),
                None => Err(index_error(
                    "cannot fit 'int' into an index-sized integer".to_string(),
                )),
            },
            Payload::Instance(_) => match lookup_str(&o.class(), "__index__") {
                Some(f) => {
                    let r = call(vm, &f, std::slice::from_ref(v))?;
                    match r {
                        Value::Int(i) => Ok(Some(i)),
                        Value::Bool(b) => Ok(Some(b as i64)),
                        other => Err(type_error(format!(
                            "__index__ returned non-int (type {})",
                            type_name(&other)
                        ))),
                    }
                }
                None => Ok(None),
            },
            _ => Ok(None),
        },
        _ => Ok(None),
    }
}

/// Normalises index `i` against `len` (negative counts from the end).
fn norm(i: i64, len: usize) -> Option<usize> {
    let len = len as i64;
    let j = if i < 0 { i + len } else { i };
    if (0..len).contains(&j) {
        Some(j as usize)
    } else {
        None
    }
}

/// A slice bound: None, or an integer clamped to i64 (big ints saturate).
fn slice_bound(vm: &mut Vm, v: &Value) -> PyResult<Option<i64>> {
    match v {
        Value::None => Ok(None),
        Value::Obj(o) if matches!(o.payload, Payload::BigInt(_)) => {
            if let Payload::BigInt(b) = &o.payload {
                Ok(Some(if b.is_negative() {
                    i64::MIN / 2
                } else {
                    i64::MAX / 2
                }))
            } else {
                unreachable!()
            }
        }
        _ => match to_index(vm, v)? {
            Some(i) => Ok(Some(i)),
            None => Err(type_error(
                "slice indices must be integers or None or have an __index__ method",
            )),
        },
    }
}

/// CPython's `PySlice_GetIndicesEx`: (start, stop, step, length) for a sequence whose length
/// `len` gives. The bounds are converted first (`__index__` may run Python code, which may
/// resize the sequence), and the length is read after, as CPython's `PySlice_Unpack` and
/// `PySlice_AdjustIndices` do.
pub fn slice_indices(
    vm: &mut Vm,
    s: &[Value; 3],
    len: impl FnOnce() -> usize,
) -> PyResult<(i64, i64, i64, usize)> {
    let step = slice_bound(vm, &s[2])?.unwrap_or(1);
    if step == 0 {
        return Err(value_error("slice step cannot be zero"));
    }
    let (start, stop) = (slice_bound(vm, &s[0])?, slice_bound(vm, &s[1])?);
    let len = len() as i64;
    let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let clamp = |v: Option<i64>, default: i64| -> i64 {
        match v {
            None => default,
            Some(mut i) => {
                if i < 0 {
                    i += len;
                    if i < lower {
                        i = lower;
                    }
                } else if i > upper {
                    i = upper;
                }
                i
            }
        }
    };
    let start = clamp(start, if step < 0 { upper } else { lower });
    let stop = clamp(stop, if step < 0 { lower } else { upper });
    let n = if step < 0 {
        if stop < start {
            (start - stop - 1) / (-step) + 1
        } else {
            0
        }
    } else if start < stop {
        (stop - start - 1) / step + 1
    } else {
        0
    };
    Ok((start, stop, step, n as usize))
}

fn slice_positions(start: i64, step: i64, n: usize) -> impl Iterator<Item = usize> {
    (0..n).map(move |k| (start + k as i64 * step) as usize)
}

/// `container[start:stop:step]`, the bounds given apart (the `Slice` instruction): a list,
/// tuple or str without a `__getitem__` of its own is sliced without making a slice object.
pub fn get_slice(vm: &mut Vm, container: &Value, bounds: [Value; 3]) -> PyResult<Value> {
    if let Value::Obj(o) = container {
        let sliced_here = matches!(
            o.payload,
            Payload::List(_) | Payload::Tuple(_) | Payload::Str(_)
        );
        if sliced_here && subclass::user_method(container, "__getitem__").is_none() {
            match &o.payload {
                Payload::List(l) => return list_slice(vm, l, &bounds),
                Payload::Tuple(t) => return tuple_slice(vm, container, t, &bounds),
                Payload::Str(s) => return str_slice(vm, s, &bounds),
                _ => {}
            }
        }
    }
    let [start, stop, step] = bounds;
    get_item(vm, container, &crate::object::new_slice(start, stop, step))
}

/// `container[start:stop:step] = value`, the bounds given apart (the `StoreSlice`
/// instruction): see [`get_slice`].
pub fn set_slice(vm: &mut Vm, container: &Value, bounds: [Value; 3], value: Value) -> PyResult<()> {
    if let Some(Payload::List(l)) = container.payload() {
        if subclass::user_method(container, "__setitem__").is_none() {
            return list_set_slice(vm, container, l, &bounds, value);
        }
    }
    let [start, stop, step] = bounds;
    set_item(
        vm,
        container,
        crate::object::new_slice(start, stop, step),
        value,
    )
}

/// `l[start:stop:step]`.
fn list_slice(
    vm: &mut Vm,
    l: &std::cell::RefCell<Vec<Value>>,
    bounds: &[Value; 3],
) -> PyResult<Value> {
    let (start, _, step, n) = slice_indices(vm, bounds, || l.borrow().len())?;
    let l = l.borrow();
    if step == 1 {
        let start = start as usize;
        return Ok(new_list(l[start..start + n].to_vec()));
    }
    if step == -1 && n > 0 {
        // A reversed run (fannkuch's `perm[k::-1]`): one pass over contiguous items.
        let start = start as usize;
        return Ok(new_list(
            l[start + 1 - n..=start].iter().rev().cloned().collect(),
        ));
    }
    Ok(new_list(
        slice_positions(start, step, n)
            .map(|j| l[j].clone())
            .collect(),
    ))
}

/// `t[start:stop:step]` of the tuple `t`, the payload of `container`.
fn tuple_slice(
    vm: &mut Vm,
    container: &Value,
    t: &[Value],
    bounds: &[Value; 3],
) -> PyResult<Value> {
    let (start, _, step, n) = slice_indices(vm, bounds, || t.len())?;
    // The whole of an exact tuple is itself; a subclass's slice is a plain tuple.
    let exact = crate::object::class_of(container).is(&crate::object::types().tuple);
    if step == 1 && n == t.len() && exact {
        return Ok(container.clone());
    }
    Ok(new_tuple(
        slice_positions(start, step, n)
            .map(|j| t[j].clone())
            .collect(),
    ))
}

/// `s[start:stop:step]` of a str.
fn str_slice(vm: &mut Vm, s: &crate::object::PyStr, bounds: &[Value; 3]) -> PyResult<Value> {
    let (start, _, step, n) = slice_indices(vm, bounds, || s.char_len())?;
    if s.is_ascii() {
        let b = s.as_str().as_bytes();
        if step == 1 {
            let st = start as usize;
            return Ok(new_str(&s.as_str()[st..st + n]));
        }
        let out: String = slice_positions(start, step, n)
            .map(|j| b[j] as char)
            .collect();
        return Ok(new_str(out));
    }
    let chars: Vec<char> = s.as_str().chars().collect();
    let out: String = slice_positions(start, step, n).map(|j| chars[j]).collect();
    Ok(new_str(out))
}

/// `container[key]`.
pub fn get_item(vm: &mut Vm, container: &Value, key: &Value) -> PyResult<Value> {
    if let Some(f) = subclass::user_method(container, "__getitem__") {
        return call(vm, &f, &[container.clone(), key.clone()]);
    }
    base_get_item(vm, container, key)
}

/// `container[key]` as the builtin type of `container` does it, ignoring a subclass's
/// `__getitem__` (what `list.__getitem__(self, k)` means inside such an override).
pub fn base_get_item(vm: &mut Vm, container: &Value, key: &Value) -> PyResult<Value> {
    let Value::Obj(o) = container else {
        return Err(not_subscriptable(container));
    };
    match &o.payload {
        Payload::List(l) => {
            if let Value::Int(i) = key {
                let l = l.borrow();
                return match norm(*i, l.len()) {
                    Some(j) => Ok(l[j].clone()),
                    None => Err(index_error("list index out of range")),
                };
            }
            if let Some(Payload::Slice(s)) = key.payload() {
                return list_slice(vm, l, s);
            }
            match to_index(vm, key)? {
                Some(i) => {
                    let l = l.borrow();
                    match norm(i, l.len()) {
                        Some(j) => Ok(l[j].clone()),
                        None => Err(index_error("list index out of range")),
                    }
                }
                None => Err(type_error(format!(
                    "list indices must be integers or slices, not {}",
                    type_name(key)
                ))),
            }
        }
        Payload::Tuple(t) => {
            if let Some(Payload::Slice(s)) = key.payload() {
                return tuple_slice(vm, container, t, s);
            }
            match to_index(vm, key)? {
                Some(i) => match norm(i, t.len()) {
                    Some(j) => Ok(t[j].clone()),
                    None => Err(index_error("tuple index out of range")),
                },
                None => Err(type_error(format!(
                    "tuple indices must be integers or slices, not {}",
                    type_name(key)
                ))),
            }
        }
        Payload::Str(s) => {
            if let Some(Payload::Slice(sl)) = key.payload() {
                return str_slice(vm, s, sl);
            }
            match to_index(vm, key)? {
                Some(i) => match norm(i, s.char_len()) {
                    Some(j) => Ok(crate::builtins::str::char_value(s.char_at(j))),
                    None => Err(index_error("string index out of range")),
                },
                None => Err(type_error(format!(
                    "string indices must be integers, not '{}'",
                    type_name(key)
                ))),
            }
        }
        Payload::Bytes(b) => bytes_get(vm, b, key, false),
        Payload::ByteArray(b) => {
            // Indices first (`__index__` may resize the bytearray), then the bytes as they are.
            if let Some(Payload::Slice(sl)) = key.payload() {
                let (start, _, step, n) = slice_indices(vm, sl, || b.borrow().len())?;
                let data = b.borrow();
                return Ok(new_bytearray(
                    slice_positions(start, step, n).map(|j| data[j]).collect(),
                ));
            }
            let key = match to_index(vm, key)? {
                Some(i) => Value::Int(i),
                None => key.clone(),
            };
            let data = b.borrow().clone();
            bytes_get(vm, &data, &key, true)
        }
        Payload::Range(_) | Payload::BigRange(_) => {
            crate::builtins::range::getitem(vm, container, key)
        }
        Payload::Dict(_) => match crate::builtins::dict::get(vm, o, key)? {
            Some(v) => Ok(v),
            None => match subclass::user_method(container, "__missing__") {
                Some(f) => call(vm, &f, &[container.clone(), key.clone()]),
                None => Err(key_error(key.clone())),
            },
        },
        Payload::Class(_) => {
            // A metaclass's `__getitem__` comes first (`Color['RED']` of an enum).
            let meta = o.class();
            if !meta.is(&crate::object::types().type_) {
                if let Some(f) = lookup_str(&meta, "__getitem__") {
                    return call(vm, &f, &[container.clone(), key.clone()]);
                }
            }
            if let Some(f) = crate::object::class::lookup_str(o, "__class_getitem__") {
                let f = super::attr::descr_get(vm, &f, container, o)?;
                return call(vm, &f, std::slice::from_ref(key));
            }
            if o.is(&crate::object::types().type_) {
                return crate::builtins::generic_alias(vm, container, key);
            }
            Err(type_error(format!(
                "type '{}' is not subscriptable",
                crate::object::class::class_data(o).name_str()
            )))
        }
        _ => match lookup_str(&o.class(), "__getitem__") {
            Some(f) => call(vm, &f, &[container.clone(), key.clone()]),
            None => Err(not_subscriptable(container)),
        },
    }
}

fn bytes_get(vm: &mut Vm, b: &[u8], key: &Value, bytearray: bool) -> PyResult<Value> {
    if let Some(Payload::Slice(sl)) = key.payload() {
        let (start, _, step, n) = slice_indices(vm, sl, || b.len())?;
        let out: Vec<u8> = slice_positions(start, step, n).map(|j| b[j]).collect();
        return Ok(if bytearray {
            new_bytearray(out)
        } else {
            new_bytes(out)
        });
    }
    match to_index(vm, key)? {
        Some(i) => match norm(i, b.len()) {
            Some(j) => Ok(Value::Int(b[j] as i64)),
            None => Err(index_error(if bytearray {
                "bytearray index out of range"
            } else {
                "index out of range"
            })),
        },
        None => Err(type_error(format!(
            "{} indices must be integers or slices, not {}",
            if bytearray { "bytearray" } else { "byte" },
            type_name(key)
        ))),
    }
}

fn not_subscriptable(v: &Value) -> PyErr {
    type_error(format!("'{}' object is not subscriptable", type_name(v)))
}

/// `l[start:stop:step] = value` of the list `l`, the payload of `container`.
fn list_set_slice(
    vm: &mut Vm,
    container: &Value,
    l: &std::cell::RefCell<Vec<Value>>,
    sl: &[Value; 3],
    value: Value,
) -> PyResult<()> {
    // Another list replacing a simple slice of its own length (fannkuch's
    // `perm[:k + 1] = perm[k::-1]`): its items are assigned in place, without a
    // copy of them first or moving the tail.
    // Bounds that are ints or None run no Python code, so nothing changes the
    // lists between here and the assignment.
    let plain = sl.iter().all(|b| matches!(b, Value::Int(_) | Value::None));
    if let (Some(Payload::List(src)), true, false) = (value.payload(), plain, value.is(container)) {
        let (start, stop, step, _) = slice_indices(vm, sl, || l.borrow().len())?;
        let src = src.borrow();
        if step == 1 && stop - start == src.len() as i64 {
            let mut l = l.borrow_mut();
            let (start, stop) = (start as usize, stop as usize);
            // Replaced objects are kept (no allocation when there are none) and
            // released after, last first, as CPython's list_ass_slice does.
            let mut old = Vec::new();
            for (to, from) in l[start..stop].iter_mut().zip(src.iter()) {
                if let prev @ Value::Obj(_) = std::mem::replace(to, from.clone()) {
                    old.push(prev);
                }
            }
            drop(l);
            old.into_iter().rev().for_each(drop);
            return Ok(());
        }
    }
    let items = if let Some(Payload::List(src)) = value.payload() {
        src.borrow().clone()
    } else {
        super::iter::collect(vm, &value).map_err(|e| {
            if e.is_instance(&crate::object::exc_types().type_error) {
                type_error("can only assign an iterable")
            } else {
                e
            }
        })?
    };
    let (start, stop, step, n) = slice_indices(vm, sl, || l.borrow().len())?;
    let mut l = l.borrow_mut();
    if step == 1 {
        let start = start as usize;
        let stop = (stop.max(start as i64)) as usize;
        let old: Vec<Value> = l.splice(start..stop, items).collect();
        drop(l);
        old.into_iter().rev().for_each(drop);
    } else {
        if items.len() != n {
            return Err(value_error(format!(
                "attempt to assign sequence of size {} to extended slice of size {}",
                items.len(),
                n
            )));
        }
        for (j, v) in slice_positions(start, step, n).zip(items) {
            l[j] = v;
        }
    }
    Ok(())
}

/// `container[key] = value`.
pub fn set_item(vm: &mut Vm, container: &Value, key: Value, value: Value) -> PyResult<()> {
    if let Some(f) = subclass::user_method(container, "__setitem__") {
        return call(vm, &f, &[container.clone(), key, value]).map(|_| ());
    }
    base_set_item(vm, container, key, value)
}

/// `container[key] = value` ignoring a subclass's `__setitem__` (see `base_get_item`).
pub fn base_set_item(vm: &mut Vm, container: &Value, key: Value, value: Value) -> PyResult<()> {
    let Value::Obj(o) = container else {
        return Err(no_item_assignment(container));
    };
    match &o.payload {
        Payload::List(l) => {
            if let Some(Payload::Slice(sl)) = key.payload() {
                return list_set_slice(vm, container, l, sl, value);
            }
            match to_index(vm, &key)? {
                Some(i) => {
                    let mut l = l.borrow_mut();
                    match norm(i, l.len()) {
                        Some(j) => {
                            l[j] = value;
                            Ok(())
                        }
                        None => Err(index_error("list assignment index out of range")),
                    }
                }
                None => Err(type_error(format!(
                    "list indices must be integers or slices, not {}",
                    type_name(&key)
                ))),
            }
        }
        Payload::Dict(_) => crate::builtins::dict::set_item(vm, o, key, value),
        Payload::ByteArray(b) => {
            if let Some(Payload::Slice(sl)) = key.payload() {
                let items = crate::builtins::bytes::bytes_from(vm, &value)?;
                let (start, stop, step, n) = slice_indices(vm, sl, || b.borrow().len())?;
                let mut b = b.borrow_mut();
                if step == 1 {
                    let start = start as usize;
                    let stop = (stop.max(start as i64)) as usize;
                    let new_len = b.len() - (stop - start) + items.len();
                    crate::builtins::memoryview::check_resize(container, b.len(), new_len)?;
                    b.splice(start..stop, items);
                } else {
                    if items.len() != n {
                        return Err(value_error(format!(
                            "attempt to assign bytes of size {} to extended slice of size {}",
                            items.len(),
                            n
                        )));
                    }
                    for (j, v) in slice_positions(start, step, n).zip(items) {
                        b[j] = v;
                    }
                }
                return Ok(());
            }
            let i = to_index(vm, &key)?.ok_or_else(|| {
                type_error(format!(
                    "bytearray indices must be integers or slices, not {}",
                    type_name(&key)
                ))
            })?;
            let byte = match to_index(vm, &value)? {
                Some(v) if (0..256).contains(&v) => v as u8,
                Some(_) => return Err(value_error("byte must be in range(0, 256)")),
                None => {
                    return Err(type_error(format!(
                        "'{}' object cannot be interpreted as an integer",
                        type_name(&value)
                    )))
                }
            };
            let mut b = b.borrow_mut();
            match norm(i, b.len()) {
                Some(j) => {
                    b[j] = byte;
                    Ok(())
                }
                None => Err(index_error("bytearray index out of range")),
            }
        }
        _ => match lookup_str(&o.class(), "__setitem__") {
            Some(f) => call(vm, &f, &[container.clone(), key, value]).map(|_| ()),
            None => Err(no_item_assignment(container)),
        },
    }
}

fn no_item_assignment(v: &Value) -> PyErr {
    type_error(format!(
        "'{}' object does not support item assignment",
        type_name(v)
    ))
}

/// `del container[key]`.
pub fn del_item(vm: &mut Vm, container: &Value, key: &Value) -> PyResult<()> {
    if let Some(f) = subclass::user_method(container, "__delitem__") {
        return call(vm, &f, &[container.clone(), key.clone()]).map(|_| ());
    }
    base_del_item(vm, container, key)
}

/// `del container[key]` ignoring a subclass's `__delitem__` (see `base_get_item`).
pub fn base_del_item(vm: &mut Vm, container: &Value, key: &Value) -> PyResult<()> {
    let Value::Obj(o) = container else {
        return Err(no_item_deletion(container));
    };
    match &o.payload {
        Payload::List(l) => {
            if let Some(Payload::Slice(sl)) = key.payload() {
                let (start, _, step, n) = slice_indices(vm, sl, || l.borrow().len())?;
                let mut l = l.borrow_mut();
                let mut positions: Vec<usize> = slice_positions(start, step, n).collect();
                positions.sort_unstable();
                for j in positions.into_iter().rev() {
                    l.remove(j);
                }
                return Ok(());
            }
            match to_index(vm, key)? {
                Some(i) => {
                    let mut l = l.borrow_mut();
                    match norm(i, l.len()) {
                        Some(j) => {
                            l.remove(j);
                            Ok(())
                        }
                        None => Err(index_error("list assignment index out of range")),
                    }
                }
                None => Err(type_error(format!(
                    "list indices must be integers or slices, not {}",
                    type_name(key)
                ))),
            }
        }
        Payload::Dict(_) => {
            if crate::builtins::dict::remove(vm, o, key)?.is_none() {
                return Err(key_error(key.clone()));
            }
            Ok(())
        }
        Payload::ByteArray(b) => {
            if let Some(Payload::Slice(sl)) = key.payload() {
                let (start, _, step, n) = slice_indices(vm, sl, || b.borrow().len())?;
                let mut positions: Vec<usize> = slice_positions(start, step, n).collect();
                positions.sort_unstable();
                let mut b = b.borrow_mut();
                crate::builtins::memoryview::check_resize(
                    container,
                    b.len(),
                    b.len() - positions.len(),
                )?;
                for j in positions.into_iter().rev() {
                    b.remove(j);
                }
                return Ok(());
            }
            let i = to_index(vm, key)?.unwrap_or(i64::MAX);
            let mut b = b.borrow_mut();
            match norm(i, b.len()) {
                Some(j) => {
                    crate::builtins::memoryview::check_resize(container, b.len(), b.len() - 1)?;
                    b.remove(j);
                    Ok(())
                }
                None => Err(index_error("bytearray index out of range")),
            }
        }
        _ => match lookup_str(&o.class(), "__delitem__") {
            Some(f) => call(vm, &f, &[container.clone(), key.clone()]).map(|_| ()),
            None => Err(no_item_deletion(container)),
        },
    }
}

fn no_item_deletion(v: &Value) -> PyErr {
    type_error(format!(
        "'{}' object doesn't support item deletion",
        type_name(v)
    ))
}

/// `item in container`.
pub fn contains(vm: &mut Vm, container: &Value, item: &Value) -> PyResult<bool> {
    if let Some(f) = subclass::user_method(container, "__contains__") {
        let r = call(vm, &f, &[container.clone(), item.clone()])?;
        return super::truthy(vm, &r);
    }
    base_contains(vm, container, item)
}

/// Scans `items` for an int, bool or None `item` while the items are too (whose equality
/// runs no Python code and cannot fail): `usize::MAX` if it is found, else where the scan
/// stopped (`items.len()` if it reached the end). Other items stop it at once.
fn scan_plain(items: &[Value], item: &Value) -> usize {
    let plain = |v: &Value| matches!(v, Value::Int(_) | Value::Bool(_) | Value::None);
    if !plain(item) {
        return 0;
    }
    // int == bool compares by value (True == 1); None equals only None.
    let key = |v: &Value| match v {
        Value::Int(i) => Some(*i),
        Value::Bool(b) => Some(*b as i64),
        _ => None,
    };
    let want = key(item);
    for (i, v) in items.iter().enumerate() {
        if !plain(v) {
            return i;
        }
        if key(v) == want {
            return usize::MAX;
        }
    }
    items.len()
}

/// `item in container` ignoring a subclass's `__contains__` (see `base_get_item`).
pub fn base_contains(vm: &mut Vm, container: &Value, item: &Value) -> PyResult<bool> {
    if let Value::Obj(o) = container {
        match &o.payload {
            Payload::Str(s) => {
                return match crate::object::as_str(item) {
                    Some(sub) => Ok(s.as_str().contains(sub)),
                    None => Err(type_error(format!(
                        "'in <string>' requires string as left operand, not {}",
                        type_name(item)
                    ))),
                }
            }
            Payload::List(l) => {
                // Leading items that compare without running Python code are scanned under one
                // borrow, without a reference each; the first other item goes the general way.
                let mut i = scan_plain(&l.borrow(), item);
                if i == usize::MAX {
                    return Ok(true);
                }
                loop {
                    let v = match l.borrow().get(i) {
                        Some(v) => v.clone(),
                        None => return Ok(false),
                    };
                    if super::compare::eq(vm, &v, item)? {
                        return Ok(true);
                    }
                    i += 1;
                }
            }
            Payload::Tuple(t) => {
                let start = scan_plain(t, item);
                if start == usize::MAX {
                    return Ok(true);
                }
                for v in &t[start..] {
                    if super::compare::eq(vm, v, item)? {
                        return Ok(true);
                    }
                }
                return Ok(false);
            }
            Payload::Dict(_) => return crate::builtins::dict::contains(vm, o, item),
            Payload::Set(_) | Payload::FrozenSet(_) => {
                return crate::builtins::set::contains(vm, o, item)
            }
            Payload::Range(_) | Payload::BigRange(_) => {
                return crate::builtins::range::contains(vm, container, item)
            }
            Payload::Bytes(b) => return crate::builtins::bytes::bytes_contains(vm, b, item),
            Payload::ByteArray(b) => {
                let data = b.borrow().clone();
                return crate::builtins::bytes::bytes_contains(vm, &data, item);
            }
            Payload::DictView(kind, d) => {
                return crate::builtins::dict::view_contains(vm, *kind, d, item)
            }
            _ => {}
        }
    }
    let cls = class_of(container);
    if let Some(f) = lookup_str(&cls, "__contains__") {
        let r = call(vm, &f, &[container.clone(), item.clone()])?;
        return super::truthy(vm, &r);
    }
    let it = super::iter::get_iter(vm, container).map_err(|_| {
        type_error(format!(
            "argument of type '{}' is not iterable",
            type_name(container)
        ))
    })?;
    while let Some(v) = super::iter::next(vm, &it)? {
        if super::compare::eq(vm, &v, item)? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// Unpacks `seq` into `n` targets (or `n` before and `after` after a starred target), pushing
/// them so the first target's value ends on top.
pub fn unpack(
    vm: &mut Vm,
    seq: &Value,
    n: usize,
    after: Option<usize>,
    stack: &mut Vec<Value>,
) -> PyResult<()> {
    // A tuple or list of exactly `n` items (the common `a, b = pair`): straight onto the
    // stack, last item first, without an intermediate copy.
    if after.is_none() {
        match seq.payload() {
            Some(Payload::Tuple(t)) if t.len() == n => {
                stack.extend(t.iter().rev().cloned());
                return Ok(());
            }
            Some(Payload::List(l)) if l.borrow().len() == n => {
                stack.extend(l.borrow().iter().rev().cloned());
                return Ok(());
            }
            _ => {}
        }
    }
    let items: Vec<Value> = match seq.payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        Some(Payload::List(l)) => l.borrow().clone(),
        _ => {
            if !super::iter::is_iterable(seq) {
                return Err(type_error(format!(
                    "cannot unpack non-iterable {} object",
                    type_name(seq)
                )));
            }
            if after.is_none() {
                // Stop reading once there is one item too many, as CPython does.
                let it = super::iter::get_iter(vm, seq)?;
                let mut items = Vec::with_capacity(n);
                while let Some(v) = super::iter::next(vm, &it)? {
                    items.push(v);
                    if items.len() > n {
                        return Err(value_error(format!(
                            "too many values to unpack (expected {n})"
                        )));
                    }
                }
                items
            } else {
                super::iter::collect(vm, seq)?
            }
        }
    };
    match after {
        None => {
            if items.len() < n {
                return Err(value_error(format!(
                    "not enough values to unpack (expected {}, got {})",
                    n,
                    items.len()
                )));
            }
            if items.len() > n {
                return Err(value_error(format!(
                    "too many values to unpack (expected {n})"
                )));
            }
            stack.extend(items.into_iter().rev());
        }
        Some(after) => {
            let before = n;
            if items.len() < before + after {
                return Err(value_error(format!(
                    "not enough values to unpack (expected at least {}, got {})",
                    before + after,
                    items.len()
                )));
            }
            let mut items = items;
            let tail: Vec<Value> = items.split_off(items.len() - after);
            let middle: Vec<Value> = items.split_off(before);
            stack.extend(tail.into_iter().rev());
            stack.push(new_list(middle));
            stack.extend(items.into_iter().rev());
        }
    }
    Ok(())
}
