//! The iterator protocol: `iter(x)` and `next(it)`, and the classes of the builtin iterators.
//!
//! `next` returns `Ok(None)` at exhaustion instead of raising StopIteration, so `for` loops
//! over builtin iterators never allocate an exception. Builtin iterators that call back into
//! Python (`map`, `filter`, `zip` over user iterators) copy what they need out of their state
//! before calling, so no borrow is held across Python code.
//!
//! All builtin iterators share the `Payload::Iter` payload, but CPython gives each kind its own
//! class (`type(iter([])).__name__ == 'list_iterator'`), so [`make_iter`] picks the class from
//! the state. `enumerate`, `zip`, `map`, `filter` and `reversed` are builtins and live in
//! `types()`; the classes Python code can only reach through `type(...)` live in
//! [`IterClasses`].

use std::cell::OnceCell;

use crate::interp::{call, Vm};
use crate::object::class::{lookup_str, Layout};
use crate::object::exception::{runtime_error, type_error, value_error};
use crate::object::iter::{DictViewKind, IterState};
use crate::object::types::make_class;
use crate::object::{class_of, exc_types, new_tuple, type_name, types, Obj, Payload};
use crate::value::Value;
use crate::PyResult;

/// The builtin iterator classes that are not builtins themselves.
pub struct IterClasses {
    pub list: Obj,
    pub list_reverse: Obj,
    pub tuple: Obj,
    pub str_ascii: Obj,
    pub str: Obj,
    pub bytes: Obj,
    pub bytearray: Obj,
    pub range: Obj,
    pub longrange: Obj,
    pub dict_keys: Obj,
    pub dict_values: Obj,
    pub dict_items: Obj,
    pub dict_reverse_keys: Obj,
    pub dict_reverse_values: Obj,
    pub dict_reverse_items: Obj,
    pub set: Obj,
    pub callable: Obj,
}

impl IterClasses {
    pub fn all(&self) -> [&Obj; 17] {
        [
            &self.list,
            &self.list_reverse,
            &self.tuple,
            &self.str_ascii,
            &self.str,
            &self.bytes,
            &self.bytearray,
            &self.range,
            &self.longrange,
            &self.dict_keys,
            &self.dict_values,
            &self.dict_items,
            &self.dict_reverse_keys,
            &self.dict_reverse_values,
            &self.dict_reverse_items,
            &self.set,
            &self.callable,
        ]
    }
}

thread_local! {
    static ITER_CLASSES: OnceCell<&'static IterClasses> = const { OnceCell::new() };
}

/// The iterator classes of this thread (created on first use, like `types()`).
pub fn iter_classes() -> &'static IterClasses {
    ITER_CLASSES.with(|c| {
        *c.get_or_init(|| {
            let o = std::slice::from_ref(&types().object);
            let mk = |name: &str| make_class(name, o, Layout::Builtin);
            Box::leak(Box::new(IterClasses {
                list: mk("list_iterator"),
                list_reverse: mk("list_reverseiterator"),
                tuple: mk("tuple_iterator"),
                str_ascii: mk("str_ascii_iterator"),
                str: mk("str_iterator"),
                bytes: mk("bytes_iterator"),
                bytearray: mk("bytearray_iterator"),
                range: mk("range_iterator"),
                longrange: mk("longrange_iterator"),
                dict_keys: mk("dict_keyiterator"),
                dict_values: mk("dict_valueiterator"),
                dict_items: mk("dict_itemiterator"),
                dict_reverse_keys: mk("dict_reversekeyiterator"),
                dict_reverse_values: mk("dict_reversevalueiterator"),
                dict_reverse_items: mk("dict_reverseitemiterator"),
                set: mk("set_iterator"),
                callable: mk("callable_iterator"),
            }))
        })
    })
}

/// The class CPython gives an iterator with this state.
fn class_for(state: &IterState) -> &'static Obj {
    let (t, c) = (types(), iter_classes());
    match state {
        IterState::Seq { seq, .. } => match &seq.payload {
            Payload::List(_) => &c.list,
            Payload::Tuple(_) => &c.tuple,
            Payload::Str(s) if s.is_ascii() => &c.str_ascii,
            Payload::Str(_) => &c.str,
            Payload::Bytes(_) => &c.bytes,
            Payload::ByteArray(_) => &c.bytearray,
            _ => &t.iterator,
        },
        IterState::Reversed { seq, .. } => match &seq.payload {
            Payload::List(_) => &c.list_reverse,
            Payload::DictView(DictViewKind::Keys, _) => &c.dict_reverse_keys,
            Payload::DictView(DictViewKind::Values, _) => &c.dict_reverse_values,
            Payload::DictView(DictViewKind::Items, _) => &c.dict_reverse_items,
            _ => &t.reversed,
        },
        IterState::Range { .. } => &c.range,
        IterState::BigRange(_) => &c.longrange,
        IterState::Dict { kind, .. } => match kind {
            DictViewKind::Keys => &c.dict_keys,
            DictViewKind::Values => &c.dict_values,
            DictViewKind::Items => &c.dict_items,
        },
        IterState::Set { .. } => &c.set,
        IterState::Enumerate { .. } => &t.enumerate,
        IterState::Zip { .. } => &t.zip,
        IterState::Map { .. } => &t.map,
        IterState::Filter { .. } => &t.filter,
        IterState::Callable { .. } => &c.callable,
        IterState::GetItem { .. } | IterState::Exhausted => &t.iterator,
    }
}

/// A builtin iterator object of the class matching its state.
pub fn make_iter(state: IterState) -> Value {
    Value::Obj(Obj::new(
        class_for(&state),
        Payload::Iter(std::cell::RefCell::new(state)),
    ))
}

/// Whether `v` supports iteration (without calling anything).
pub fn is_iterable(v: &Value) -> bool {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::List(_)
            | Payload::Tuple(_)
            | Payload::Str(_)
            | Payload::Bytes(_)
            | Payload::ByteArray(_)
            | Payload::Range(_)
            | Payload::BigRange(_)
            | Payload::Dict(_)
            | Payload::DictView(..)
            | Payload::Set(_)
            | Payload::FrozenSet(_)
            | Payload::Iter(_)
            | Payload::File(_) => true,
            Payload::Generator(_) => is_plain_generator(o),
            _ => {
                let cls = o.class();
                lookup_str(&cls, "__iter__").is_some() || lookup_str(&cls, "__getitem__").is_some()
            }
        },
        _ => false,
    }
}

/// `iter(v)`.
pub fn get_iter(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if let Some(f) = crate::object::subclass::user_method(v, "__iter__") {
        let it = call(vm, &f, std::slice::from_ref(v))?;
        if !is_iterator(&it) {
            return Err(type_error(format!(
                "iter() returned non-iterator of type '{}'",
                type_name(&it)
            )));
        }
        return Ok(it);
    }
    base_get_iter(vm, v)
}

/// `iter(v)` ignoring a subclass's `__iter__` (what `list.__iter__(self)` means).
pub fn base_get_iter(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if let Value::Obj(o) = v {
        let state = match &o.payload {
            Payload::List(_)
            | Payload::Tuple(_)
            | Payload::Str(_)
            | Payload::Bytes(_)
            | Payload::ByteArray(_) => Some(IterState::Seq {
                seq: o.clone(),
                index: 0,
            }),
            Payload::Range(_) | Payload::BigRange(_) => {
                Some(crate::builtins::range::iter_state(&o.payload))
            }
            Payload::Dict(d) => Some(IterState::Dict {
                dict: o.clone(),
                kind: DictViewKind::Keys,
                pos: 0,
                len: d.table.borrow().len(),
            }),
            Payload::DictView(kind, d) => Some(IterState::Dict {
                dict: d.clone(),
                kind: *kind,
                pos: 0,
                len: match &d.payload {
                    Payload::Dict(pd) => pd.table.borrow().len(),
                    _ => 0,
                },
            }),
            Payload::Set(s) => Some(IterState::Set {
                set: o.clone(),
                pos: 0,
                len: s.borrow().len(),
            }),
            Payload::FrozenSet(s) => Some(IterState::Set {
                set: o.clone(),
                pos: 0,
                len: s.len(),
            }),
            Payload::Iter(_) => return Ok(v.clone()),
            Payload::Generator(_) if is_plain_generator(o) => return Ok(v.clone()),
            Payload::File(_) => {
                crate::builtins::file::check_iter(o)?;
                return Ok(v.clone());
            }
            _ => None,
        };
        if let Some(s) = state {
            return Ok(make_iter(s));
        }
    }
    let cls = class_of(v);
    if let Some(f) = lookup_str(&cls, "__iter__") {
        if f.is_none() {
            return Err(not_iterable(v));
        }
        let it = call(vm, &f, std::slice::from_ref(v))?;
        if !is_iterator(&it) {
            return Err(type_error(format!(
                "iter() returned non-iterator of type '{}'",
                type_name(&it)
            )));
        }
        return Ok(it);
    }
    if lookup_str(&cls, "__getitem__").is_some() {
        return Ok(make_iter(IterState::GetItem {
            obj: v.clone(),
            index: 0,
        }));
    }
    Err(not_iterable(v))
}

fn not_iterable(v: &Value) -> crate::object::exception::PyErr {
    type_error(format!("'{}' object is not iterable", type_name(v)))
}

pub fn is_iterator(v: &Value) -> bool {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Iter(_) | Payload::File(_) => true,
            Payload::Generator(_) => is_plain_generator(o),
            _ => lookup_str(&o.class(), "__next__").is_some(),
        },
        _ => false,
    }
}

/// Whether a generator-like object is a generator (not a coroutine or an async generator,
/// which are not iterators).
fn is_plain_generator(o: &crate::object::Obj) -> bool {
    crate::interp::generator::GenKind::of(o) == crate::interp::generator::GenKind::Generator
}

/// `next(it)`: `Some(value)`, or `None` when exhausted.
pub fn next(vm: &mut Vm, it: &Value) -> PyResult<Option<Value>> {
    match next_with_value(vm, it)? {
        Ok(v) => Ok(Some(v)),
        Err(_) => Ok(None),
    }
}

/// Like `next`, but at exhaustion gives the StopIteration value (a generator's return value).
pub fn next_with_value(vm: &mut Vm, it: &Value) -> PyResult<Result<Value, Value>> {
    let Value::Obj(o) = it else {
        return Err(type_error(format!(
            "'{}' object is not an iterator",
            type_name(it)
        )));
    };
    match &o.payload {
        Payload::Iter(state) => builtin_next(vm, state).map(|r| r.ok_or(Value::None)),
        Payload::Generator(_) if is_plain_generator(o) => {
            match crate::interp::generator::resume(
                vm,
                o,
                crate::interp::eval::Resume::Send(Value::None),
            )? {
                crate::interp::generator::SendResult::Yielded(v) => Ok(Ok(v)),
                crate::interp::generator::SendResult::Returned(v) => Ok(Err(v)),
            }
        }
        Payload::File(_) => Ok(crate::builtins::file::next_line(vm, o)?.ok_or(Value::None)),
        _ => {
            // A native module's iterator steps directly, unless a Python subclass may
            // override `__next__`.
            if let Payload::Native(d) = &o.payload {
                if o.class_is_builtin() {
                    match d.next(vm, it) {
                        Some(Ok(v)) => return Ok(v.ok_or(Value::None)),
                        // A StopIteration escaping from inside (a callback's) ends the
                        // iteration, as it does when `__next__` raises it.
                        Some(Err(e)) if e.is_instance(&exc_types().stop_iteration) => {
                            return Ok(Err(crate::interp::generator::stop_iteration_value(&e)))
                        }
                        Some(Err(e)) => return Err(e),
                        None => {}
                    }
                }
            }
            let cls = o.class();
            let Some(f) = lookup_str(&cls, "__next__") else {
                return Err(type_error(format!(
                    "'{}' object is not an iterator",
                    type_name(it)
                )));
            };
            match call(vm, &f, std::slice::from_ref(it)) {
                Ok(v) => Ok(Ok(v)),
                Err(e) if e.is_instance(&exc_types().stop_iteration) => {
                    Ok(Err(crate::interp::generator::stop_iteration_value(&e)))
                }
                Err(e) => Err(e),
            }
        }
    }
}

fn builtin_next(vm: &mut Vm, cell: &std::cell::RefCell<IterState>) -> PyResult<Option<Value>> {
    let mut st = cell.borrow_mut();
    match &mut *st {
        IterState::Range { .. } => Ok(st.next_range()),
        IterState::BigRange(big) => {
            let crate::object::iter::BigRangeIter {
                next,
                step,
                remaining,
            } = &mut **big;
            if *remaining <= num_bigint::BigInt::from(0) {
                return Ok(None);
            }
            let v = next.clone();
            *remaining -= 1;
            *next += &*step;
            Ok(Some(Value::from_bigint(v)))
        }
        IterState::Seq { seq, index } => {
            let i = *index;
            let v = match &seq.payload {
                Payload::List(l) => l.borrow().get(i).cloned(),
                Payload::Tuple(t) => t.get(i).cloned(),
                // For str, `index` is a byte offset: strings are immutable, and walking by
                // bytes keeps iteration over non-ASCII text linear.
                Payload::Str(s) => s.as_str()[i..].chars().next().map(|c| {
                    *index += c.len_utf8() - 1;
                    crate::builtins::str::char_value(c)
                }),
                Payload::Bytes(b) => b.get(i).map(|b| Value::Int(*b as i64)),
                Payload::ByteArray(b) => b.borrow().get(i).map(|b| Value::Int(*b as i64)),
                _ => None,
            };
            match v {
                Some(v) => {
                    *index += 1;
                    Ok(Some(v))
                }
                None => {
                    // CPython drops the sequence at exhaustion: a list that grows afterwards
                    // does not revive the iterator.
                    *st = IterState::Exhausted;
                    Ok(None)
                }
            }
        }
        IterState::Reversed { seq, index } => {
            if *index == 0 {
                return Ok(None);
            }
            let i = *index - 1;
            let v = match &seq.payload {
                Payload::List(l) => l.borrow().get(i).cloned(),
                Payload::Tuple(t) => t.get(i).cloned(),
                // As for forward iteration, `index` is a byte offset (the end of the next char).
                Payload::Str(s) => s.as_str()[..*index].chars().next_back().map(|c| {
                    *index -= c.len_utf8() - 1;
                    crate::builtins::str::char_value(c)
                }),
                Payload::Bytes(b) => b.get(i).map(|b| Value::Int(*b as i64)),
                Payload::ByteArray(b) => b.borrow().get(i).map(|b| Value::Int(*b as i64)),
                // `reversed(dict)` and its views: `index` is one past the next entry position.
                Payload::DictView(kind, d) => {
                    let Payload::Dict(pd) = &d.payload else {
                        return Ok(None);
                    };
                    let table = pd.table.borrow();
                    table.prev_pos(*index).map(|p| {
                        *index = p + 1;
                        let (k, v) = table.get(p);
                        match kind {
                            DictViewKind::Keys => k.clone(),
                            DictViewKind::Values => v.clone(),
                            DictViewKind::Items => new_tuple(vec![k.clone(), v.clone()]),
                        }
                    })
                }
                // A user sequence: `seq[i]` for i = len-1 down to 0.
                _ => {
                    let obj = Value::Obj(seq.clone());
                    drop(st);
                    return match super::seq::get_item(vm, &obj, &Value::Int(i as i64)) {
                        Ok(v) => {
                            if let IterState::Reversed { index, .. } = &mut *cell.borrow_mut() {
                                *index = i;
                            }
                            Ok(Some(v))
                        }
                        Err(e)
                            if e.is_instance(&exc_types().index_error)
                                || e.is_instance(&exc_types().stop_iteration) =>
                        {
                            *cell.borrow_mut() = IterState::Exhausted;
                            Ok(None)
                        }
                        Err(e) => Err(e),
                    };
                }
            };
            match v {
                Some(v) => {
                    *index -= 1;
                    Ok(Some(v))
                }
                None => {
                    *index = 0;
                    Ok(None)
                }
            }
        }
        IterState::Dict {
            dict,
            kind,
            pos,
            len,
        } => {
            let Payload::Dict(d) = &dict.payload else {
                return Ok(None);
            };
            let table = d.table.borrow();
            if table.len() != *len {
                *len = usize::MAX;
                return Err(runtime_error(if table.len() == usize::MAX {
                    "dictionary keys changed during iteration"
                } else {
                    "dictionary changed size during iteration"
                }));
            }
            let Some(p) = table.next_pos(*pos) else {
                *pos = table.end_pos();
                return Ok(None);
            };
            *pos = p + 1;
            let (k, v) = table.get(p);
            Ok(Some(match kind {
                DictViewKind::Keys => k.clone(),
                DictViewKind::Values => v.clone(),
                DictViewKind::Items => new_tuple(vec![k.clone(), v.clone()]),
            }))
        }
        IterState::Set { set, pos, len } => {
            let check = |n: usize, len: &mut usize| {
                if n != *len {
                    *len = usize::MAX;
                    Err(runtime_error("Set changed size during iteration"))
                } else {
                    Ok(())
                }
            };
            match &set.payload {
                Payload::Set(s) => {
                    let s = s.borrow();
                    check(s.len(), len)?;
                    match s.next_pos(*pos) {
                        Some(p) => {
                            *pos = p + 1;
                            Ok(Some(s.get(p).clone()))
                        }
                        None => Ok(None),
                    }
                }
                Payload::FrozenSet(s) => match s.next_pos(*pos) {
                    Some(p) => {
                        *pos = p + 1;
                        Ok(Some(s.get(p).clone()))
                    }
                    None => Ok(None),
                },
                _ => Ok(None),
            }
        }
        IterState::Enumerate { it, count } => {
            let inner = it.clone();
            let c = *count;
            drop(st);
            // The count lives in an i64; the next one would not fit.
            if c == i64::MAX {
                return Err(crate::object::exception::not_implemented_error(
                    "enumerate() counting beyond 64-bit integers is not supported yet",
                ));
            }
            match next(vm, &inner)? {
                Some(v) => {
                    if let IterState::Enumerate { count, .. } = &mut *cell.borrow_mut() {
                        *count += 1;
                    }
                    Ok(Some(new_tuple(vec![Value::Int(c), v])))
                }
                None => Ok(None),
            }
        }
        IterState::Zip { its, strict } => {
            let its = its.clone();
            let strict = *strict;
            drop(st);
            if its.is_empty() {
                return Ok(None);
            }
            let mut out = Vec::with_capacity(its.len());
            for (i, it) in its.iter().enumerate() {
                match next(vm, it)? {
                    Some(v) => out.push(v),
                    None => {
                        if strict {
                            if i > 0 {
                                return Err(value_error(format!(
                                    "zip() argument {} is shorter than argument{} 1{}",
                                    i + 1,
                                    if i > 1 { "s" } else { "" },
                                    if i > 1 {
                                        format!("-{i}")
                                    } else {
                                        String::new()
                                    }
                                )));
                            }
                            for (j, other) in its.iter().enumerate().skip(1) {
                                if next(vm, other)?.is_some() {
                                    return Err(value_error(format!(
                                        "zip() argument {} is longer than argument{} 1{}",
                                        j + 1,
                                        if j > 1 { "s" } else { "" },
                                        if j > 1 {
                                            format!("-{j}")
                                        } else {
                                            String::new()
                                        }
                                    )));
                                }
                            }
                        }
                        *cell.borrow_mut() = IterState::Exhausted;
                        return Ok(None);
                    }
                }
            }
            Ok(Some(new_tuple(out)))
        }
        IterState::Map { func, its } => {
            let func = func.clone();
            let its = its.clone();
            drop(st);
            let mut args = Vec::with_capacity(its.len());
            for it in &its {
                match next(vm, it)? {
                    Some(v) => args.push(v),
                    None => return Ok(None),
                }
            }
            call(vm, &func, &args).map(Some)
        }
        IterState::Filter { func, it } => {
            let func = func.clone();
            let it = it.clone();
            drop(st);
            loop {
                let Some(v) = next(vm, &it)? else {
                    return Ok(None);
                };
                let keep = if func.is_none() {
                    super::truthy(vm, &v)?
                } else {
                    let r = call(vm, &func, std::slice::from_ref(&v))?;
                    super::truthy(vm, &r)?
                };
                if keep {
                    return Ok(Some(v));
                }
            }
        }
        IterState::GetItem { obj, index } => {
            let obj = obj.clone();
            let i = *index;
            drop(st);
            match super::seq::get_item(vm, &obj, &Value::Int(i)) {
                Ok(v) => {
                    if let IterState::GetItem { index, .. } = &mut *cell.borrow_mut() {
                        *index += 1;
                    }
                    Ok(Some(v))
                }
                Err(e)
                    if e.is_instance(&exc_types().index_error)
                        || e.is_instance(&exc_types().stop_iteration) =>
                {
                    *cell.borrow_mut() = IterState::Exhausted;
                    Ok(None)
                }
                Err(e) => Err(e),
            }
        }
        IterState::Callable { func, sentinel } => {
            let func = func.clone();
            let sentinel = sentinel.clone();
            drop(st);
            let v = match call(vm, &func, &[]) {
                Ok(v) => v,
                // A StopIteration from the callable ends the iteration, as in CPython.
                Err(e) if e.is_instance(&exc_types().stop_iteration) => {
                    *cell.borrow_mut() = IterState::Exhausted;
                    return Ok(None);
                }
                Err(e) => return Err(e),
            };
            if super::compare::eq(vm, &v, &sentinel)? {
                *cell.borrow_mut() = IterState::Exhausted;
                return Ok(None);
            }
            Ok(Some(v))
        }
        IterState::Exhausted => Ok(None),
    }
}

/// The number of items a builtin iterator has left (`__length_hint__`), for the kinds that
/// know it; `None` for the others (`enumerate`, `map`, `filter`, ...).
pub fn length_hint(state: &IterState) -> Option<usize> {
    match state {
        IterState::Seq { seq, index } => Some(match &seq.payload {
            Payload::List(l) => l.borrow().len().saturating_sub(*index),
            Payload::Tuple(t) => t.len().saturating_sub(*index),
            Payload::Str(s) => s.as_str()[*index..].chars().count(),
            Payload::Bytes(b) => b.len().saturating_sub(*index),
            Payload::ByteArray(b) => b.borrow().len().saturating_sub(*index),
            _ => return None,
        }),
        IterState::Reversed { seq, index } => Some(match &seq.payload {
            Payload::List(l) => {
                // A list that shrank below the index has nothing left.
                if *index <= l.borrow().len() {
                    *index
                } else {
                    0
                }
            }
            Payload::Str(s) => s.as_str()[..*index].chars().count(),
            Payload::DictView(_, d) => match &d.payload {
                Payload::Dict(pd) => {
                    let table = pd.table.borrow();
                    let mut n = 0;
                    let mut pos = *index;
                    while let Some(p) = table.prev_pos(pos) {
                        n += 1;
                        pos = p;
                    }
                    n
                }
                _ => 0,
            },
            _ => *index,
        }),
        IterState::Range { remaining, .. } => Some((*remaining).max(0) as usize),
        IterState::BigRange(big) => num_traits::ToPrimitive::to_usize(&big.remaining),
        IterState::Dict { dict, pos, len, .. } => match &dict.payload {
            Payload::Dict(d) => {
                let table = d.table.borrow();
                if table.len() != *len {
                    return Some(0);
                }
                let mut n = 0;
                let mut p = *pos;
                while let Some(q) = table.next_pos(p) {
                    n += 1;
                    p = q + 1;
                }
                Some(n)
            }
            _ => Some(0),
        },
        IterState::Set { set, pos, len } => {
            let count = |next: &dyn Fn(usize) -> Option<usize>| {
                let mut n = 0;
                let mut p = *pos;
                while let Some(q) = next(p) {
                    n += 1;
                    p = q + 1;
                }
                n
            };
            Some(match &set.payload {
                Payload::Set(s) => {
                    let s = s.borrow();
                    if s.len() != *len {
                        return Some(0);
                    }
                    count(&|p| s.next_pos(p))
                }
                Payload::FrozenSet(s) => count(&|p| s.next_pos(p)),
                _ => 0,
            })
        }
        IterState::Exhausted => Some(0),
        _ => None,
    }
}

/// All remaining items of an iterable, as a vector.
pub fn collect(vm: &mut Vm, v: &Value) -> PyResult<Vec<Value>> {
    match v.payload() {
        Some(Payload::List(l)) => return Ok(l.borrow().clone()),
        Some(Payload::Tuple(t)) => return Ok(t.to_vec()),
        _ => {}
    }
    let it = get_iter(vm, v)?;
    let mut out = Vec::new();
    while let Some(x) = next(vm, &it)? {
        out.push(x);
    }
    Ok(out)
}
