//! `dict`: key lookup with Python hashing and equality, the helpers the runtime uses on
//! namespaces, and the dict methods.
//!
//! Keys whose equality cannot run Python code (str, numbers, None) are compared inline while
//! the table is borrowed. Other keys go through the two-phase lookup of `DictTable`: copy the
//! candidate keys out, release the borrow, compare with `==` (which may run `__eq__`, even one
//! that mutates the dict), and retry if the table changed meanwhile.

use crate::bytecode::CmpOp;
use crate::interp::{call, Vm};
use crate::object::exception::{key_error, runtime_error, type_error, value_error};
use crate::object::function::Args;
use crate::object::iter::DictViewKind;
use crate::object::types::Types;
use crate::object::{intern, new_dict, new_tuple, type_name, Obj, Payload, PyDict};
use crate::ops;
use crate::value::Value;
use crate::PyResult;

use super::{add_method, check_args};

fn pd(d: &Obj) -> &PyDict {
    match &d.payload {
        Payload::Dict(p) => p,
        _ => unreachable!("dict helper on a non-dict"),
    }
}

/// Equality decidable without running Python code; `None` when it might need `__eq__`.
#[inline]
pub(crate) fn fast_eq(stored: &Value, key: &Value) -> Option<bool> {
    use Value as V;
    Some(match (stored, key) {
        (V::Obj(a), V::Obj(b)) if a.is(b) => true,
        (V::Obj(a), V::Obj(b)) => match (&a.payload, &b.payload) {
            (Payload::Str(x), Payload::Str(y)) => x.as_str() == y.as_str(),
            (Payload::BigInt(x), Payload::BigInt(y)) => x == y,
            (Payload::Instance(_), _) | (_, Payload::Instance(_)) => return None,
            (Payload::Tuple(_), Payload::Tuple(_)) => return None,
            (Payload::FrozenSet(_), Payload::FrozenSet(_)) => return None,
            (Payload::Exception(_), _) | (_, Payload::Exception(_)) => return None,
            _ => false,
        },
        (V::Int(a), V::Int(b)) => a == b,
        (V::Float(a), V::Float(b)) => a == b,
        (V::Int(a), V::Float(b)) | (V::Float(b), V::Int(a)) => (*a as f64) == *b && b.fract() == 0.0 && (*b as i64) == *a,
        (V::Bool(a), V::Bool(b)) => a == b,
        (V::Bool(a), V::Int(b)) | (V::Int(b), V::Bool(a)) => *a as i64 == *b,
        (V::Bool(a), V::Float(b)) | (V::Float(b), V::Bool(a)) => (*a as i64 as f64) == *b,
        (V::None, V::None) => true,
        (V::Obj(o), _) | (_, V::Obj(o)) => {
            if matches!(o.payload, Payload::Instance(_) | Payload::Exception(_)) {
                return None;
            }
            false
        }
        _ => false,
    })
}

/// `a == b` for keys: inline when possible, else Python's `==`.
pub(crate) fn key_eq(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    match fast_eq(a, b) {
        Some(r) => Ok(r),
        None => ops::compare::eq(vm, a, b),
    }
}

/// Whether `key` can only equal keys through `fast_eq` (its own type has no Python `__eq__`).
#[inline]
pub(crate) fn is_simple_key(key: &Value) -> bool {
    match key {
        Value::Obj(o) => matches!(o.payload, Payload::Str(_) | Payload::BigInt(_)),
        _ => true,
    }
}

/// The entry position of `key` (hash `h`) in `d`.
pub fn find(vm: &mut Vm, d: &Obj, key: &Value, h: i64) -> PyResult<Option<usize>> {
    let p = pd(d);
    if is_simple_key(key) {
        let t = p.table.borrow();
        let mut slow = false;
        let r = t.find_by(h, |k| match fast_eq(k, key) {
            Some(b) => b,
            None => {
                slow = true;
                false
            }
        });
        if r.is_some() || !slow {
            return Ok(r);
        }
    }
    'retry: loop {
        let (version, cands) = {
            let t = p.table.borrow();
            let c: Vec<(usize, Value)> = t.candidates(h).map(|pos| (pos, t.get(pos).0.clone())).collect();
            (t.version(), c)
        };
        for (pos, k) in cands {
            let equal = match fast_eq(&k, key) {
                Some(b) => b,
                None => ops::compare::eq(vm, &k, key)?,
            };
            if equal {
                if p.table.borrow().version() != version {
                    continue 'retry;
                }
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
    match get(vm, d, key)? {
        Some(v) => Ok(v),
        None => Err(key_error(key.clone())),
    }
}

/// `d[key] = value`.
pub fn set_item(vm: &mut Vm, d: &Obj, key: Value, value: Value) -> PyResult<()> {
    let h = ops::hash(vm, &key)?;
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

/// The value at an entry position (for inline caches).
#[inline]
pub fn value_at(d: &Obj, pos: usize) -> Value {
    pd(d).table.borrow().get(pos).1.clone()
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
            pd(d).table.borrow_mut().insert_new(h, Value::Obj(name.clone()), v);
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
        Payload::Dict(p) => p.table.borrow().iter().map(|(k, v)| (k.clone(), v.clone())).collect(),
        _ => Vec::new(),
    }
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
                if !ops::compare::eq(vm, &v, &w)? {
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
    let it = ops::iter::get_iter(vm, other).map_err(|_| {
        type_error(format!("'{}' object is not iterable", type_name(other)))
    })?;
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
                if ops::compare::eq(vm, &v, item)? {
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
                Some(v) => ops::compare::eq(vm, &v, &t[1]),
                None => Ok(false),
            }
        }
    }
}

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
    let sa = super::set::view_to_set(vm, kind, a)?;
    let sb = super::set::view_to_set(vm, kind, b)?;
    let (Value::Obj(x), Value::Obj(y)) = (&sa, &sb) else {
        return Ok(None);
    };
    super::set::set_compare(vm, op, x, y).map(Some)
}

// ---- methods ------------------------------------------------------------------------------

fn this(args: &Args, name: &str) -> PyResult<Obj> {
    match args.values.first() {
        Some(Value::Obj(o)) if matches!(o.payload, Payload::Dict(_)) => Ok(o.clone()),
        Some(other) => Err(type_error(format!(
            "descriptor '{name}' for 'dict' objects doesn't apply to a '{}' object",
            type_name(other)
        ))),
        None => Err(type_error(format!(
            "unbound method dict.{name}() needs an argument"
        ))),
    }
}

fn view(d: &Obj, kind: DictViewKind) -> Value {
    let t = crate::object::types();
    let cls = match kind {
        DictViewKind::Keys => &t.dict_keys,
        DictViewKind::Values => &t.dict_values,
        DictViewKind::Items => &t.dict_items,
    };
    Value::Obj(Obj::new(cls, Payload::DictView(kind, d.clone())))
}

fn keys(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(view(&this(&args, "keys")?, DictViewKind::Keys))
}

fn values(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(view(&this(&args, "values")?, DictViewKind::Values))
}

fn items_method(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(view(&this(&args, "items")?, DictViewKind::Items))
}

fn get_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(&args, "get")?;
    check_args("get", &args, 2, 3)?;
    let default = args.values.get(2).cloned().unwrap_or(Value::None);
    Ok(get(vm, &d, &args.values[1])?.unwrap_or(default))
}

fn setdefault(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(&args, "setdefault")?;
    check_args("setdefault", &args, 2, 3)?;
    let key = args.values[1].clone();
    if let Some(v) = get(vm, &d, &key)? {
        return Ok(v);
    }
    let default = args.values.get(2).cloned().unwrap_or(Value::None);
    set_item(vm, &d, key, default.clone())?;
    Ok(default)
}

fn pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(&args, "pop")?;
    check_args("pop", &args, 2, 3)?;
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
    let r = pd(&d).table.borrow_mut().pop_last();
    match r {
        Some((k, v)) => Ok(new_tuple(vec![k, v])),
        None => Err(key_error(crate::object::new_str("popitem(): dictionary is empty"))),
    }
}

fn update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(&args, "update")?;
    let pos = args.pos();
    if pos.len() > 2 {
        return Err(type_error(format!(
            "update expected at most 1 argument, got {}",
            pos.len() - 1
        )));
    }
    if let Some(other) = pos.get(1) {
        update_from_mapping(vm, &d, other, false)?;
    }
    for (k, v) in args.kwargs() {
        set_item(vm, &d, Value::Obj(k.clone()), v.clone())?;
    }
    Ok(Value::None)
}

fn copy(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(&args, "copy")?;
    let table = pd(&d).table.borrow().clone();
    Ok(Value::Obj(Obj::new(
        &crate::object::types().dict,
        Payload::Dict(PyDict {
            table: std::cell::RefCell::new(table),
        }),
    )))
}

fn clear(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(&args, "clear")?;
    pd(&d).table.borrow_mut().clear();
    Ok(Value::None)
}

fn fromkeys(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("fromkeys", &args, 2, 3)?;
    let value = args.values.get(2).cloned().unwrap_or(Value::None);
    let d = new_dict();
    for k in ops::iter::collect(vm, &args.values[1])? {
        set_item(vm, &d, k, value.clone())?;
    }
    Ok(Value::Obj(d))
}

fn dunder_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(&args, "__getitem__")?;
    check_args("__getitem__", &args, 2, 2)?;
    getitem(vm, &d, &args.values[1])
}

fn dunder_setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(&args, "__setitem__")?;
    check_args("__setitem__", &args, 3, 3)?;
    set_item(vm, &d, args.values[1].clone(), args.values[2].clone())?;
    Ok(Value::None)
}

fn dunder_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(&args, "__contains__")?;
    check_args("__contains__", &args, 2, 2)?;
    contains(vm, &d, &args.values[1]).map(Value::Bool)
}

fn dunder_len(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(&args, "__len__")?;
    Ok(Value::Int(len(&d) as i64))
}

fn dunder_delitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(&args, "__delitem__")?;
    check_args("__delitem__", &args, 2, 2)?;
    match remove(vm, &d, &args.values[1])? {
        Some(_) => Ok(Value::None),
        None => Err(key_error(args.values[1].clone())),
    }
}

/// `dict(...)`: the constructor.
fn dict_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    // args[0] is the class.
    let pos = &args.pos()[1..];
    if pos.len() > 1 {
        return Err(type_error(format!(
            "dict expected at most 1 argument, got {}",
            pos.len()
        )));
    }
    let d = new_dict();
    if let Some(src) = pos.first() {
        update_from_mapping(vm, &d, src, false)?;
    }
    for (k, v) in args.kwargs() {
        set_item(vm, &d, Value::Obj(k.clone()), v.clone())?;
    }
    Ok(Value::Obj(d))
}

fn view_len(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    match args.values.first().and_then(|v| v.payload()) {
        Some(Payload::DictView(_, d)) => Ok(Value::Int(len(d) as i64)),
        _ => Err(runtime_error("bad dict view")),
    }
}

pub fn install(t: &Types) {
    let d = &t.dict;
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
    add_method(d, "__new__", dict_new);
    super::add_class_attr(
        d,
        "fromkeys",
        Value::Obj(Obj::new(
            &t.classmethod,
            Payload::ClassMethod(crate::object::new_builtin("fromkeys", fromkeys, Some("dict"))),
        )),
    );
    for v in [&t.dict_keys, &t.dict_values, &t.dict_items] {
        add_method(v, "__len__", view_len);
    }
}
