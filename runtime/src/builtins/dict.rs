//! `dict`: key lookup with Python hashing and equality, the helpers the runtime uses on
//! namespaces, the dict methods, and the dict views' methods.
//!
//! Keys whose equality cannot run Python code (str, numbers, None) are compared inline while
//! the table is borrowed. Other keys go through the two-phase lookup of `DictTable`: copy the
//! candidate keys out, release the borrow, compare with `==` (which may run `__eq__`, even one
//! that mutates the dict), and retry if the table changed meanwhile.

use num_traits::FromPrimitive;

use crate::bytecode::CmpOp;
use crate::interp::{call, Vm};
use crate::object::class::lookup_str;
use crate::object::exception::{key_error, type_error, value_error};
use crate::object::function::Args;
use crate::object::iter::DictViewKind;
use crate::object::types::Types;
use crate::object::{
    intern, new_dict, new_list, new_tuple, type_name, types, Obj, Payload, PyDict,
};
use crate::ops;
use crate::value::Value;
use crate::PyResult;

use super::add_method;
use super::list::{arity, new_fills, not_implemented, receiver, wrong_receiver};

fn pd(d: &Obj) -> &PyDict {
    match &d.payload {
        Payload::Dict(p) => p,
        _ => unreachable!("dict helper on a non-dict"),
    }
}

/// Equality decidable without running Python code; `None` when it might need `__eq__` (or when
/// the pair is unusual enough to leave to the full comparison).
#[inline]
pub(crate) fn fast_eq(stored: &Value, key: &Value) -> Option<bool> {
    use Value as V;
    // Identical values are equal without `__eq__` (CPython's `PyObject_RichCompareBool`); for
    // floats this is what makes a stored NaN findable by the same NaN.
    if stored.is(key) {
        return Some(true);
    }
    Some(match (stored, key) {
        (V::Obj(a), V::Obj(b)) => match (&a.payload, &b.payload) {
            (Payload::Str(x), Payload::Str(y)) => x.as_str() == y.as_str(),
            (Payload::BigInt(x), Payload::BigInt(y)) => x == y,
            (Payload::Bytes(x), Payload::Bytes(y)) => x == y,
            (
                Payload::Str(_) | Payload::BigInt(_) | Payload::Bytes(_),
                Payload::Str(_) | Payload::BigInt(_) | Payload::Bytes(_),
            ) => false,
            _ => return None,
        },
        (V::Int(a), V::Int(b)) => a == b,
        (V::Float(a), V::Float(b)) => a == b,
        (V::Int(a), V::Float(b)) | (V::Float(b), V::Int(a)) => {
            float_is_int(*b) && (*b as i64) == *a
        }
        (V::Bool(a), V::Bool(b)) => a == b,
        (V::Bool(a), V::Int(b)) | (V::Int(b), V::Bool(a)) => *a as i64 == *b,
        (V::Bool(a), V::Float(b)) | (V::Float(b), V::Bool(a)) => (*a as i64 as f64) == *b,
        (V::None, V::None) => true,
        (V::Obj(o), other) | (other, V::Obj(o)) => match (&o.payload, other) {
            // A small value in a `BigInt` payload is an int subclass's instance (exact ints
            // that fit are `Value::Int`); it equals the plain int of the same value.
            (Payload::BigInt(big), V::Int(i)) => *big == num_bigint::BigInt::from(*i),
            (Payload::BigInt(big), V::Bool(b)) => *big == num_bigint::BigInt::from(*b as i64),
            (Payload::BigInt(big), V::Float(f)) => {
                f.is_finite()
                    && f.fract() == 0.0
                    && num_bigint::BigInt::from_f64(*f).as_ref() == Some(big)
            }
            (
                Payload::Str(_)
                | Payload::BigInt(_)
                | Payload::Bytes(_)
                | Payload::Tuple(_)
                | Payload::FrozenSet(_),
                _,
            ) => false,
            _ => return None,
        },
        _ => false,
    })
}

/// Whether a float is integral and within the range of `i64` (so `f as i64` is exact).
#[inline]
fn float_is_int(f: f64) -> bool {
    f.fract() == 0.0 && (i64::MIN as f64..i64::MAX as f64).contains(&f)
}

/// `a == b` as CPython's `PyObject_RichCompareBool` (identical objects are equal without
/// `__eq__`), for keys and container items: inline when possible, else Python's `==`.
pub(crate) fn key_eq(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    match fast_eq(a, b) {
        Some(r) => Ok(r),
        None => ops::compare::eq(vm, a, b),
    }
}

/// The entry position of `key` (hash `h`) in `d`.
pub fn find(vm: &mut Vm, d: &Obj, key: &Value, h: i64) -> PyResult<Option<usize>> {
    let p = pd(d);
    // Comparisons that cannot run Python code, under a short borrow; `Err` means one might.
    if let Ok(found) = p.table.borrow().find(h, |k| fast_eq(k, key).ok_or(())) {
        return Ok(found);
    }
    'restart: loop {
        let candidates: Vec<(usize, Value)> = {
            let t = p.table.borrow();
            t.candidates(h)
                .map(|pos| (pos, t.get(pos).0.clone()))
                .collect()
        };
        for (pos, stored) in candidates {
            let equal = key_eq(vm, &stored, key)?;
            // `__eq__` may have mutated the dict: restart, as CPython does, unless the entry
            // still holds the key just compared (positions are stable until then).
            let intact = p
                .table
                .borrow()
                .entry_at(pos)
                .is_some_and(|(k, _)| k.is(&stored));
            if !intact {
                continue 'restart;
            }
            if equal {
                return Ok(Some(pos));
            }
        }
        return Ok(None);
    }
}

/// `d[key]` if present.
pub fn get(vm: &mut Vm, d: &Obj, key: &Value) -> PyResult<Option<Value>> {
    let h = ops::hash(vm, key)?;
    Ok(find(vm, d, key, h)?.map(|pos| pd(d).table.borrow().get(pos).1.clone()))
}

/// `d[key]`, raising KeyError (or calling `__missing__` on subclasses).
pub fn getitem(vm: &mut Vm, d: &Obj, key: &Value) -> PyResult<Value> {
    if let Some(v) = get(vm, d, key)? {
        return Ok(v);
    }
    let cls = d.class();
    if !cls.is(&crate::object::types().dict) {
        if let Some(missing) = lookup_str(&cls, "__missing__") {
            return call(vm, &missing, &[Value::Obj(d.clone()), key.clone()]);
        }
    }
    Err(key_error(key.clone()))
}

/// `d[key] = value`.
pub fn set_item(vm: &mut Vm, d: &Obj, key: Value, value: Value) -> PyResult<()> {
    let h = ops::hash(vm, &key)?;
    set_item_hashed(vm, d, key, h, value)
}

/// `d[key] = value` for a key whose hash `h` the caller has computed (CPython's
/// `_PyDict_SetItem_KnownHash`: `__hash__` runs once however often the key is used).
pub fn set_item_hashed(vm: &mut Vm, d: &Obj, key: Value, h: i64, value: Value) -> PyResult<()> {
    match find(vm, d, &key, h)? {
        Some(pos) => {
            *pd(d).table.borrow_mut().value_mut(pos) = value;
        }
        None => {
            pd(d).table.borrow_mut().insert_new(h, key, value);
        }
    }
    Ok(())
}

/// Removes `key`, returning its value.
pub fn remove(vm: &mut Vm, d: &Obj, key: &Value) -> PyResult<Option<Value>> {
    let h = ops::hash(vm, key)?;
    match find(vm, d, key, h)? {
        Some(pos) => Ok(Some(pd(d).table.borrow_mut().remove_at(pos).1)),
        None => Ok(None),
    }
}

pub fn contains(vm: &mut Vm, d: &Obj, key: &Value) -> PyResult<bool> {
    let h = ops::hash(vm, key)?;
    Ok(find(vm, d, key, h)?.is_some())
}

// ---- string-keyed helpers for namespaces (never run Python code) -------------------------

#[inline]
fn find_str(d: &Obj, name: &str, h: i64) -> Option<usize> {
    pd(d).table.borrow().find_by(h, |k| match k {
        Value::Obj(o) => match &o.payload {
            Payload::Str(s) => s.as_str() == name,
            _ => false,
        },
        _ => false,
    })
}

/// `d[name]` for an interned str name.
#[inline]
pub fn get_str(d: &Obj, name: &Obj) -> Option<Value> {
    let Payload::Str(s) = &name.payload else {
        return None;
    };
    let t = pd(d).table.borrow();
    let pos = t.find_by(s.hash(), |k| match k {
        Value::Obj(o) => {
            o.is(name)
                || match &o.payload {
                    Payload::Str(ks) => ks.as_str() == s.as_str(),
                    _ => false,
                }
        }
        _ => false,
    })?;
    Some(t.get(pos).1.clone())
}

/// The entry position of a str name (for inline caches).
pub fn find_str_pos(d: &Obj, name: &Obj) -> Option<usize> {
    let Payload::Str(s) = &name.payload else {
        return None;
    };
    find_str(d, s.as_str(), s.hash())
}

/// Where a global name resolves: its entry position in `globals`, else in `builtins` (the
/// bool says which), as `LoadGlobal` looks it up.
pub fn find_global_pos(globals: &Obj, builtins: &Obj, name: &Obj) -> Option<(usize, bool)> {
    match find_str_pos(globals, name) {
        Some(p) => Some((p, false)),
        None => Some((find_str_pos(builtins, name)?, true)),
    }
}

/// The value at an entry position (for inline caches).
#[inline]
pub fn value_at(d: &Obj, pos: usize) -> Value {
    pd(d).table.borrow().get(pos).1.clone()
}

/// Replaces the value at a live entry position.
pub fn set_value_at(d: &Obj, pos: usize, v: Value) {
    *pd(d).table.borrow_mut().value_mut(pos) = v;
}

/// Removes the entry at a live position, returning its key and value.
pub fn remove_at(d: &Obj, pos: usize) -> (Value, Value) {
    pd(d).table.borrow_mut().remove_at(pos)
}

/// Removes every entry.
pub fn clear_all(d: &Obj) {
    pd(d).table.borrow_mut().clear();
}

/// `d[name]` for a Rust string name.
pub fn get_by_str(d: &Obj, name: &str) -> Option<Value> {
    let h = crate::table::hash::hash_str(name);
    let pos = find_str(d, name, h)?;
    Some(pd(d).table.borrow().get(pos).1.clone())
}

/// `d[name] = v` for an interned str name.
pub fn set_item_str_obj(d: &Obj, name: &Obj, v: Value) {
    let Payload::Str(s) = &name.payload else {
        return;
    };
    let h = s.hash();
    match find_str(d, s.as_str(), h) {
        Some(pos) => *pd(d).table.borrow_mut().value_mut(pos) = v,
        None => {
            pd(d)
                .table
                .borrow_mut()
                .insert_new(h, Value::Obj(name.clone()), v);
        }
    }
}

/// `d[name] = v` for a Rust string name.
pub fn set_str_item(d: &Obj, name: &str, v: Value) {
    set_item_str_obj(d, &intern(name), v);
}

/// `del d[name]`; false if absent.
pub fn del_str(d: &Obj, name: &Obj) -> bool {
    let Payload::Str(s) = &name.payload else {
        return false;
    };
    match find_str(d, s.as_str(), s.hash()) {
        Some(pos) => {
            pd(d).table.borrow_mut().remove_at(pos);
            true
        }
        None => false,
    }
}

/// A snapshot of the entries, in order.
pub fn items(d: &Obj) -> Vec<(Value, Value)> {
    match &d.payload {
        Payload::Dict(p) => p
            .table
            .borrow()
            .iter()
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect(),
        _ => Vec::new(),
    }
}

/// `(stored hash, key)` of every entry, in order (for building sets from a dict's keys).
pub fn key_entries(d: &Obj) -> Vec<(i64, Value)> {
    let t = pd(d).table.borrow();
    let mut out = Vec::with_capacity(t.len());
    let mut pos = t.next_pos(0);
    while let Some(p) = pos {
        out.push((t.hash_at(p), t.get(p).0.clone()));
        pos = t.next_pos(p + 1);
    }
    out
}

pub fn len(d: &Obj) -> usize {
    pd(d).table.borrow().len()
}

/// `a == b` for dicts.
pub fn dict_eq(vm: &mut Vm, a: &Obj, b: &Obj) -> PyResult<bool> {
    if len(a) != len(b) {
        return Ok(false);
    }
    for (k, v) in items(a) {
        match get(vm, b, &k)? {
            Some(w) => {
                if !key_eq(vm, &v, &w)? {
                    return Ok(false);
                }
            }
            None => return Ok(false),
        }
    }
    Ok(true)
}

/// `d.update(other)` (mapping or iterable of pairs). With `merge`, duplicate keys are an error
/// (`f(**a, **b)`).
pub fn update_from_mapping(vm: &mut Vm, d: &Obj, other: &Value, merge: bool) -> PyResult<()> {
    if let Some(Payload::Dict(_)) = other.payload() {
        let o = other.as_obj().expect("dict");
        for (k, v) in items(o) {
            if merge && contains(vm, d, &k)? {
                let name = match crate::object::as_str(&k) {
                    Some(s) => s.to_string(),
                    None => ops::repr::repr(vm, &k)?,
                };
                return Err(type_error(format!(
                    "func() got multiple values for keyword argument '{name}'"
                )));
            }
            set_item(vm, d, k, v)?;
        }
        return Ok(());
    }
    // A mapping: has keys() and __getitem__.
    if let Some(keys) = ops::attr::lookup_special(vm, other, "keys")? {
        let ks = call(vm, &keys, &[])?;
        for k in ops::iter::collect(vm, &ks)? {
            let v = ops::seq::get_item(vm, other, &k)?;
            set_item(vm, d, k, v)?;
        }
        return Ok(());
    }
    if merge {
        return Err(type_error(format!(
            "argument after ** must be a mapping, not {}",
            type_name(other)
        )));
    }
    let it = ops::iter::get_iter(vm, other)
        .map_err(|_| type_error(format!("'{}' object is not iterable", type_name(other))))?;
    let mut i = 0;
    while let Some(item) = ops::iter::next(vm, &it)? {
        let pair = ops::iter::collect(vm, &item).map_err(|_| {
            type_error(format!(
                "cannot convert dictionary update sequence element #{i} to a sequence"
            ))
        })?;
        if pair.len() != 2 {
            return Err(value_error(format!(
                "dictionary update sequence element #{} has length {}; 2 is required",
                i,
                pair.len()
            )));
        }
        let mut pair = pair.into_iter();
        let (k, v) = (pair.next().expect("2"), pair.next().expect("2"));
        set_item(vm, d, k, v)?;
        i += 1;
    }
    Ok(())
}

/// `a | b` for dicts.
pub fn merge_operator(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let d = new_dict();
    if let Some(ao) = a.as_obj() {
        for (k, v) in items(ao) {
            set_item(vm, &d, k, v)?;
        }
    }
    update_from_mapping(vm, &d, b, false)?;
    Ok(Value::Obj(d))
}

pub fn view_contains(vm: &mut Vm, kind: DictViewKind, d: &Obj, item: &Value) -> PyResult<bool> {
    match kind {
        DictViewKind::Keys => contains(vm, d, item),
        DictViewKind::Values => {
            for (_, v) in items(d) {
                if key_eq(vm, &v, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        DictViewKind::Items => {
            let Some(Payload::Tuple(t)) = item.payload() else {
                return Ok(false);
            };
            if t.len() != 2 {
                return Ok(false);
            }
            match get(vm, d, &t[0])? {
                Some(v) => key_eq(vm, &v, &t[1]),
                None => Ok(false),
            }
        }
    }
}

/// `a op b` for two dict views of the same kind (the comparison fast path): keys and items
/// views compare as sets, values views only by identity (`None`).
pub fn view_compare(
    vm: &mut Vm,
    op: CmpOp,
    kind: DictViewKind,
    a: &Obj,
    b: &Obj,
) -> PyResult<Option<bool>> {
    if kind == DictViewKind::Values {
        return Ok(None);
    }
    setlike_compare(vm, op, &view(a, kind), &view(b, kind)).map(Some)
}

/// CPython's `dictview_richcompare`: a keys or items view `a` against a set-like `b`, by sizes
/// and then by membership of every item of one in the other.
fn setlike_compare(vm: &mut Vm, op: CmpOp, a: &Value, b: &Value) -> PyResult<bool> {
    let la = ops::len(vm, a)?;
    let lb = ops::len(vm, b)?;
    Ok(match op {
        CmpOp::Eq => la == lb && all_contained_in(vm, a, b)?,
        CmpOp::Ne => !(la == lb && all_contained_in(vm, a, b)?),
        CmpOp::Lt => la < lb && all_contained_in(vm, a, b)?,
        CmpOp::Le => la <= lb && all_contained_in(vm, a, b)?,
        CmpOp::Gt => la > lb && all_contained_in(vm, b, a)?,
        CmpOp::Ge => la >= lb && all_contained_in(vm, b, a)?,
    })
}

/// Whether every item of iterable `a` is in `b`.
fn all_contained_in(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    let it = ops::iter::get_iter(vm, a)?;
    while let Some(x) = ops::iter::next(vm, &it)? {
        if !ops::seq::contains(vm, b, &x)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Whether `v` is a set, a frozenset, or a keys or items view (CPython's set-like operands).
pub(super) fn is_setlike(v: &Value) -> bool {
    match v.payload() {
        Some(Payload::Set(_) | Payload::FrozenSet(_)) => true,
        Some(Payload::DictView(kind, _)) => *kind != DictViewKind::Values,
        _ => false,
    }
}

// ---- methods ------------------------------------------------------------------------------

fn this(args: &Args, method: &str) -> PyResult<Obj> {
    let v = receiver(args, "dict", method)?;
    match v {
        Value::Obj(o) if matches!(o.payload, Payload::Dict(_)) => Ok(o.clone()),
        other => Err(wrong_receiver("dict", method, other)),
    }
}

/// A new view of `d`.
pub(super) fn view(d: &Obj, kind: DictViewKind) -> Value {
    let t = types();
    let cls = match kind {
        DictViewKind::Keys => &t.dict_keys,
        DictViewKind::Values => &t.dict_values,
        DictViewKind::Items => &t.dict_items,
    };
    Value::Obj(Obj::new(cls, Payload::DictView(kind, d.clone())))
}

fn keys(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(&args, "keys")?;
    arity(&args, "dict.keys", 0, 0)?;
    Ok(view(&d, DictViewKind::Keys))
}

fn values(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(&args, "values")?;
    arity(&args, "dict.values", 0, 0)?;
    Ok(view(&d, DictViewKind::Values))
}

fn items_method(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(&args, "items")?;
    arity(&args, "dict.items", 0, 0)?;
    Ok(view(&d, DictViewKind::Items))
}

fn get_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(&args, "get")?;
    arity(&args, "get", 1, 2)?;
    let default = args.values.get(2).cloned().unwrap_or(Value::None);
    Ok(get(vm, &d, &args.values[1])?.unwrap_or(default))
}

fn setdefault(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(&args, "setdefault")?;
    arity(&args, "setdefault", 1, 2)?;
    let key = args.values[1].clone();
    let h = ops::hash(vm, &key)?;
    if let Some(pos) = find(vm, &d, &key, h)? {
        return Ok(pd(&d).table.borrow().get(pos).1.clone());
    }
    let default = args.values.get(2).cloned().unwrap_or(Value::None);
    pd(&d)
        .table
        .borrow_mut()
        .insert_new(h, key, default.clone());
    Ok(default)
}

fn pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(&args, "pop")?;
    arity(&args, "pop", 1, 2)?;
    match remove(vm, &d, &args.values[1])? {
        Some(v) => Ok(v),
        None => match args.values.get(2) {
            Some(default) => Ok(default.clone()),
            None => Err(key_error(args.values[1].clone())),
        },
    }
}

fn popitem(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(&args, "popitem")?;
    arity(&args, "dict.popitem", 0, 0)?;
    let r = pd(&d).table.borrow_mut().pop_last();
    match r {
        Some((k, v)) => Ok(new_tuple(vec![k, v])),
        None => Err(key_error(crate::object::new_str(
            "popitem(): dictionary is empty",
        ))),
    }
}

/// `d.update(...)` / `d.__init__(...)`: at most one positional source, then the keywords.
fn update_with_args(vm: &mut Vm, d: &Obj, args: &Args, name: &str) -> PyResult<()> {
    let pos = &args.pos()[1..];
    if pos.len() > 1 {
        return Err(type_error(format!(
            "{name} expected at most 1 argument, got {}",
            pos.len()
        )));
    }
    if let Some(other) = pos.first() {
        update_from_mapping(vm, d, other, false)?;
    }
    for (k, v) in args.kwargs() {
        set_item(vm, d, Value::Obj(k.clone()), v.clone())?;
    }
    Ok(())
}

fn update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(&args, "update")?;
    update_with_args(vm, &d, &args, "update")?;
    Ok(Value::None)
}

fn dict_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(&args, "__init__")?;
    update_with_args(vm, &d, &args, "dict")?;
    Ok(Value::None)
}

/// An exact dict holding a copy of `d`'s entries (`d.copy()`, also for subclasses).
fn copy_of(d: &Obj) -> Obj {
    let table = pd(d).table.borrow().clone();
    Obj::new(
        &types().dict,
        Payload::Dict(PyDict {
            table: std::cell::RefCell::new(table),
        }),
    )
}

fn copy(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(&args, "copy")?;
    arity(&args, "dict.copy", 0, 0)?;
    Ok(Value::Obj(copy_of(&d)))
}

fn clear(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(&args, "clear")?;
    arity(&args, "dict.clear", 0, 0)?;
    pd(&d).table.borrow_mut().clear();
    Ok(Value::None)
}

/// `cls.fromkeys(iterable, value=None)`: `cls()`, then `d[k] = value` for each key (through
/// the subclass's `__setitem__`, as CPython does).
fn fromkeys(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(&args, "fromkeys", 1, 2)?;
    let cls = args.values[0].clone();
    let value = args.values.get(2).cloned().unwrap_or(Value::None);
    let exact = matches!(&cls, Value::Obj(c) if c.is(&types().dict));
    let d = if exact {
        Value::Obj(new_dict())
    } else {
        call(vm, &cls, &[])?
    };
    let setter = match &d {
        Value::Obj(o) if exact || o.class().is(&types().dict) => None,
        other => lookup_str(&crate::object::class_of(other), "__setitem__"),
    };
    let it = ops::iter::get_iter(vm, &args.values[1])?;
    while let Some(k) = ops::iter::next(vm, &it)? {
        match (&setter, &d) {
            (Some(f), _) => {
                call(vm, f, &[d.clone(), k, value.clone()])?;
            }
            (None, Value::Obj(o)) => set_item(vm, o, k, value.clone())?,
            (None, other) => ops::seq::set_item(vm, other, k, value.clone())?,
        }
    }
    Ok(d)
}

fn dunder_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(&args, "__getitem__")?;
    arity(&args, "dict.__getitem__", 1, 1)?;
    getitem(vm, &d, &args.values[1])
}

fn dunder_setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(&args, "__setitem__")?;
    arity(&args, "__setitem__", 2, 2)?;
    set_item(vm, &d, args.values[1].clone(), args.values[2].clone())?;
    Ok(Value::None)
}

fn dunder_delitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(&args, "__delitem__")?;
    arity(&args, "dict.__delitem__", 1, 1)?;
    match remove(vm, &d, &args.values[1])? {
        Some(_) => Ok(Value::None),
        None => Err(key_error(args.values[1].clone())),
    }
}

fn dunder_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(&args, "__contains__")?;
    arity(&args, "dict.__contains__", 1, 1)?;
    contains(vm, &d, &args.values[1]).map(Value::Bool)
}

fn dunder_len(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(&args, "__len__")?;
    arity(&args, "dict.__len__", 0, 0)?;
    Ok(Value::Int(len(&d) as i64))
}

fn dunder_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(&args, "__iter__")?;
    arity(&args, "dict.__iter__", 0, 0)?;
    ops::iter::base_get_iter(vm, &args.values[0])
}

/// An iterator over the keys, values or items of `d` in reverse insertion order (a snapshot).
fn reversed_iter(vm: &mut Vm, d: &Obj, kind: DictViewKind) -> PyResult<Value> {
    let items: Vec<Value> = items(d)
        .into_iter()
        .rev()
        .map(|(k, v)| match kind {
            DictViewKind::Keys => k,
            DictViewKind::Values => v,
            DictViewKind::Items => new_tuple(vec![k, v]),
        })
        .collect();
    ops::iter::get_iter(vm, &new_list(items))
}

fn dunder_reversed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(&args, "__reversed__")?;
    arity(&args, "dict.__reversed__", 0, 0)?;
    reversed_iter(vm, &d, DictViewKind::Keys)
}

/// `dict == other` and `dict != other`; NotImplemented unless `other` is a dict.
fn dict_richcompare(vm: &mut Vm, args: &Args, op: CmpOp) -> PyResult<Value> {
    let d = this(args, op.dunder())?;
    arity(args, &format!("dict.{}", op.dunder()), 1, 1)?;
    match &args.values[1] {
        Value::Obj(o) if matches!(o.payload, Payload::Dict(_)) => {
            let e = dict_eq(vm, &d, o)?;
            Ok(Value::Bool(e == (op == CmpOp::Eq)))
        }
        _ => Ok(not_implemented()),
    }
}

fn dunder_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    dict_richcompare(vm, &args, CmpOp::Eq)
}

fn dunder_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    dict_richcompare(vm, &args, CmpOp::Ne)
}

/// `d | other` (and, reflected, `other | d`): both must be dicts.
fn dunder_or(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(&args, "__or__")?;
    arity(&args, "dict.__or__", 1, 1)?;
    if !matches!(args.values[1].payload(), Some(Payload::Dict(_))) {
        return Ok(not_implemented());
    }
    merge_operator(vm, &args.values[0], &args.values[1])
}

fn dunder_ror(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(&args, "__ror__")?;
    arity(&args, "dict.__ror__", 1, 1)?;
    if !matches!(args.values[1].payload(), Some(Payload::Dict(_))) {
        return Ok(not_implemented());
    }
    merge_operator(vm, &args.values[1], &args.values[0])
}

fn dunder_ior(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(&args, "__ior__")?;
    arity(&args, "dict.__ior__", 1, 1)?;
    update_from_mapping(vm, &d, &args.values[1], false)?;
    Ok(args.values[0].clone())
}

/// `dict(...)`: an empty dict of class `cls`, filled from the arguments unless a Python
/// `__init__` of a subclass will do it.
fn dict_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = receiver(&args, "dict", "__new__")?;
    let d = match cls {
        Value::Obj(c) if matches!(c.payload, Payload::Class(_)) => {
            Obj::new(c, Payload::Dict(PyDict::new()))
        }
        _ => new_dict(),
    };
    if new_fills(cls) {
        update_with_args(vm, &d, &args, "dict")?;
    }
    Ok(Value::Obj(d))
}

// ---- views --------------------------------------------------------------------------------

/// The kind and dict of a view receiver.
fn view_this(args: &Args, cls: &str, method: &str) -> PyResult<(DictViewKind, Obj)> {
    let v = receiver(args, cls, method)?;
    match v.payload() {
        Some(Payload::DictView(kind, d)) => Ok((*kind, d.clone())),
        _ => Err(wrong_receiver(cls, method, v)),
    }
}

/// The Python class name of a view kind.
fn view_class_name(kind: DictViewKind) -> &'static str {
    match kind {
        DictViewKind::Keys => "dict_keys",
        DictViewKind::Values => "dict_values",
        DictViewKind::Items => "dict_items",
    }
}

macro_rules! view_methods {
    ($kind:ident, $cls:literal: $len:ident, $iter:ident, $rev:ident) => {
        fn $len(_vm: &mut Vm, args: Args) -> PyResult<Value> {
            let (_, d) = view_this(&args, $cls, "__len__")?;
            arity(&args, concat!($cls, ".__len__"), 0, 0)?;
            Ok(Value::Int(len(&d) as i64))
        }

        fn $iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
            view_this(&args, $cls, "__iter__")?;
            arity(&args, concat!($cls, ".__iter__"), 0, 0)?;
            ops::iter::base_get_iter(vm, &args.values[0])
        }

        fn $rev(vm: &mut Vm, args: Args) -> PyResult<Value> {
            let (_, d) = view_this(&args, $cls, "__reversed__")?;
            arity(&args, concat!($cls, ".__reversed__"), 0, 0)?;
            reversed_iter(vm, &d, DictViewKind::$kind)
        }
    };
}

view_methods!(Keys, "dict_keys": keys_len, keys_iter, keys_reversed);
view_methods!(Values, "dict_values": values_len, values_iter, values_reversed);
view_methods!(Items, "dict_items": items_len, items_iter, items_reversed);

/// The receiver of a method of the set-like views (keys and items).
fn setlike_view_this<'a>(args: &Args<'a>, method: &str) -> PyResult<&'a Value> {
    let v = receiver(args, "dict_keys", method)?;
    match v.payload() {
        Some(Payload::DictView(kind, _)) if *kind != DictViewKind::Values => Ok(v),
        _ => Err(wrong_receiver("dict_keys", method, v)),
    }
}

fn view_contains_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (kind, d) = view_this(&args, "dict_keys", "__contains__")?;
    arity(
        &args,
        &format!("{}.__contains__", view_class_name(kind)),
        1,
        1,
    )?;
    view_contains(vm, kind, &d, &args.values[1]).map(Value::Bool)
}

/// CPython's `dictviews_isdisjoint`: iterates the smaller operand when both are set-like.
fn view_isdisjoint(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = setlike_view_this(&args, "isdisjoint")?;
    arity(&args, "isdisjoint", 1, 1)?;
    let b = &args.values[1];
    if a.is(b) {
        return Ok(Value::Bool(ops::len(vm, a)? == 0));
    }
    let (mut a, mut b) = (a.clone(), b.clone());
    if is_setlike(&b) && ops::len(vm, &b)? > ops::len(vm, &a)? {
        std::mem::swap(&mut a, &mut b);
    }
    let it = ops::iter::get_iter(vm, &b)?;
    while let Some(x) = ops::iter::next(vm, &it)? {
        if ops::seq::contains(vm, &a, &x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

/// Comparisons of a keys or items view with any set-like; NotImplemented otherwise.
fn view_richcompare(vm: &mut Vm, args: &Args, op: CmpOp) -> PyResult<Value> {
    let a = setlike_view_this(args, op.dunder())?;
    arity(args, op.dunder(), 1, 1)?;
    let b = &args.values[1];
    if !is_setlike(b) {
        return Ok(not_implemented());
    }
    setlike_compare(vm, op, a, b).map(Value::Bool)
}

macro_rules! view_compare_methods {
    ($($name:ident => $op:ident),* $(,)?) => {
        $(
            fn $name(vm: &mut Vm, args: Args) -> PyResult<Value> {
                view_richcompare(vm, &args, CmpOp::$op)
            }
        )*
    };
}

view_compare_methods! {
    view_eq => Eq, view_ne => Ne, view_lt => Lt, view_le => Le, view_gt => Gt, view_ge => Ge,
}

pub fn install(t: &Types) {
    let d = &t.dict;
    add_method(d, "__new__", dict_new);
    add_method(d, "__init__", dict_init);
    add_method(d, "keys", keys);
    add_method(d, "values", values);
    add_method(d, "items", items_method);
    add_method(d, "get", get_method);
    add_method(d, "setdefault", setdefault);
    add_method(d, "pop", pop);
    add_method(d, "popitem", popitem);
    add_method(d, "update", update);
    add_method(d, "copy", copy);
    add_method(d, "clear", clear);
    add_method(d, "__getitem__", dunder_getitem);
    add_method(d, "__setitem__", dunder_setitem);
    add_method(d, "__delitem__", dunder_delitem);
    add_method(d, "__contains__", dunder_contains);
    add_method(d, "__len__", dunder_len);
    add_method(d, "__iter__", dunder_iter);
    add_method(d, "__reversed__", dunder_reversed);
    add_method(d, "__eq__", dunder_eq);
    add_method(d, "__ne__", dunder_ne);
    add_method(d, "__or__", dunder_or);
    add_method(d, "__ror__", dunder_ror);
    add_method(d, "__ior__", dunder_ior);
    super::add_class_attr(d, "__hash__", Value::None);
    super::add_class_attr(
        d,
        "fromkeys",
        Value::Obj(Obj::new(
            &t.classmethod,
            Payload::ClassMethod(crate::object::new_builtin(
                "fromkeys",
                fromkeys,
                Some("dict"),
            )),
        )),
    );

    add_method(&t.dict_keys, "__len__", keys_len);
    add_method(&t.dict_keys, "__iter__", keys_iter);
    add_method(&t.dict_keys, "__reversed__", keys_reversed);
    add_method(&t.dict_values, "__len__", values_len);
    add_method(&t.dict_values, "__iter__", values_iter);
    add_method(&t.dict_values, "__reversed__", values_reversed);
    add_method(&t.dict_items, "__len__", items_len);
    add_method(&t.dict_items, "__iter__", items_iter);
    add_method(&t.dict_items, "__reversed__", items_reversed);
    for v in [&t.dict_keys, &t.dict_items] {
        add_method(v, "__contains__", view_contains_method);
        add_method(v, "isdisjoint", view_isdisjoint);
        add_method(v, "__eq__", view_eq);
        add_method(v, "__ne__", view_ne);
        add_method(v, "__lt__", view_lt);
        add_method(v, "__le__", view_le);
        add_method(v, "__gt__", view_gt);
        add_method(v, "__ge__", view_ge);
        super::add_class_attr(v, "__hash__", Value::None);
    }
}
