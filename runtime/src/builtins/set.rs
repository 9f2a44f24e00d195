//! `set` and `frozenset`, with CPython's iteration order (see `table::set_table` for which
//! primitive reproduces which operation).
//!
//! Lookups that may run `__eq__` copy candidate keys out before comparing, as `dict` does, so no
//! borrow of a set is held while Python code runs. Whole-set operations work on copies of the
//! operands for the same reason.

use std::cell::RefCell;

use crate::bytecode::{BinOp, CmpOp};
use crate::interp::Vm;
use crate::object::exception::{key_error, type_error};
use crate::object::function::Args;
use crate::object::iter::DictViewKind;
use crate::object::types::Types;
use crate::object::{new_frozenset, new_set, type_name, Obj, Payload};
use crate::ops;
use crate::table::set_table::SetTable;
use crate::value::Value;
use crate::PyResult;

use super::add_method;
use super::dict::{fast_eq, is_simple_key, key_eq};

/// A copy of the table of a set or frozenset value.
fn table_of(v: &Value) -> Option<SetTable<Value>> {
    match v.payload()? {
        Payload::Set(s) => Some(s.borrow().copy()),
        Payload::FrozenSet(s) => Some(s.copy()),
        _ => None,
    }
}

fn find_in(vm: &mut Vm, t: &SetTable<Value>, key: &Value, h: i64) -> PyResult<Option<usize>> {
    if is_simple_key(key) {
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
    let cands: Vec<(usize, Value)> = t.candidates(h).map(|p| (p, t.get(p).clone())).collect();
    for (p, k) in cands {
        if key_eq(vm, &k, key)? {
            return Ok(Some(p));
        }
    }
    Ok(None)
}

/// Looks `key` up in a mutable set without holding its borrow across Python code.
fn find_cell(vm: &mut Vm, cell: &RefCell<SetTable<Value>>, key: &Value, h: i64) -> PyResult<Option<usize>> {
    if is_simple_key(key) {
        let t = cell.borrow();
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
            let t = cell.borrow();
            let c: Vec<(usize, Value)> = t.candidates(h).map(|p| (p, t.get(p).clone())).collect();
            (t.version(), c)
        };
        for (p, k) in cands {
            if key_eq(vm, &k, key)? {
                if cell.borrow().version() != version {
                    continue 'retry;
                }
                return Ok(Some(p));
            }
        }
        return Ok(None);
    }
}

/// Adds `item` to a table being built (not yet visible to Python).
pub fn table_add(vm: &mut Vm, t: &mut SetTable<Value>, item: Value) -> PyResult<()> {
    let h = ops::hash(vm, &item)?;
    if find_in(vm, t, &item, h)?.is_none() {
        t.insert_new(h, item);
    }
    Ok(())
}

/// `s.add(item)`.
pub fn add(vm: &mut Vm, set: &Value, item: Value) -> PyResult<()> {
    let Some(Payload::Set(cell)) = set.payload() else {
        return Err(type_error("set.add on a non-set"));
    };
    let h = ops::hash(vm, &item)?;
    if find_cell(vm, cell, &item, h)?.is_none() {
        cell.borrow_mut().insert_new(h, item);
    }
    Ok(())
}

/// `item in s`.
pub fn contains(vm: &mut Vm, s: &Obj, item: &Value) -> PyResult<bool> {
    let h = match ops::hash(vm, item) {
        Ok(h) => h,
        Err(e) => {
            // `[1] in {..}`: an unhashable set is looked up as a frozenset, anything else fails.
            if let Some(Payload::Set(inner)) = item.payload() {
                let fs = new_frozenset(inner.borrow().copy());
                return contains(vm, s, &fs);
            }
            return Err(e);
        }
    };
    match &s.payload {
        Payload::Set(cell) => Ok(find_cell(vm, cell, item, h)?.is_some()),
        Payload::FrozenSet(t) => Ok(find_in(vm, t, item, h)?.is_some()),
        _ => Ok(false),
    }
}

fn is_subset(vm: &mut Vm, a: &SetTable<Value>, b: &SetTable<Value>) -> PyResult<bool> {
    if a.len() > b.len() {
        return Ok(false);
    }
    let items: Vec<Value> = a.iter().cloned().collect();
    for x in items {
        let h = ops::hash(vm, &x)?;
        if find_in(vm, b, &x, h)?.is_none() {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Set comparisons: equality and inclusion.
pub fn set_compare(vm: &mut Vm, op: CmpOp, a: &Obj, b: &Obj) -> PyResult<bool> {
    let (Some(ta), Some(tb)) = (table_of(&Value::Obj(a.clone())), table_of(&Value::Obj(b.clone()))) else {
        return Ok(false);
    };
    Ok(match op {
        CmpOp::Eq => ta.len() == tb.len() && is_subset(vm, &ta, &tb)?,
        CmpOp::Ne => !(ta.len() == tb.len() && is_subset(vm, &ta, &tb)?),
        CmpOp::Le => is_subset(vm, &ta, &tb)?,
        CmpOp::Lt => ta.len() < tb.len() && is_subset(vm, &ta, &tb)?,
        CmpOp::Ge => is_subset(vm, &tb, &ta)?,
        CmpOp::Gt => tb.len() < ta.len() && is_subset(vm, &tb, &ta)?,
    })
}

/// `set(iterable)` contents, built as CPython's `set_update_internal` does.
fn build_from(vm: &mut Vm, iterable: &Value) -> PyResult<SetTable<Value>> {
    let mut t = SetTable::new();
    update_table(vm, &mut t, iterable)?;
    Ok(t)
}

fn update_table(vm: &mut Vm, t: &mut SetTable<Value>, iterable: &Value) -> PyResult<()> {
    if let Some(other) = table_of(iterable) {
        return t.merge(&other, |a, b| key_eq(vm, a, b));
    }
    if let Some(Payload::Dict(d)) = iterable.payload() {
        let dt = d.table.borrow().clone();
        return t.extend_from_dict(&dt, |a, b| key_eq(vm, a, b));
    }
    let it = ops::iter::get_iter(vm, iterable)?;
    while let Some(x) = ops::iter::next(vm, &it)? {
        table_add(vm, t, x)?;
    }
    Ok(())
}

/// The keys (or items) of a dict view as a set.
pub fn view_to_set(vm: &mut Vm, kind: DictViewKind, d: &Obj) -> PyResult<Value> {
    let mut t = SetTable::new();
    for (k, v) in super::dict::items(d) {
        let item = match kind {
            DictViewKind::Items => crate::object::new_tuple(vec![k, v]),
            _ => k,
        };
        table_add(vm, &mut t, item)?;
    }
    Ok(new_set(t))
}

/// `a op b` for sets and frozensets (the result has the type of `a`).
pub fn binary(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    let ta = table_of(a).expect("set");
    let tb = table_of(b).expect("set");
    let same = a.is(b);
    let r = set_op(vm, op, &ta, &tb, b, same)?;
    Ok(match a.payload() {
        Some(Payload::FrozenSet(_)) => new_frozenset(r),
        _ => new_set(r),
    })
}

fn set_op(
    vm: &mut Vm,
    op: BinOp,
    ta: &SetTable<Value>,
    tb: &SetTable<Value>,
    b: &Value,
    same: bool,
) -> PyResult<SetTable<Value>> {
    let _ = b;
    Ok(match op {
        BinOp::Or => {
            let mut r = ta.copy();
            if !same {
                r.merge(tb, |x, y| key_eq(vm, x, y))?;
            }
            r
        }
        BinOp::And => {
            if same {
                ta.copy()
            } else {
                ta.intersection(tb, |x, y| key_eq(vm, x, y))?
            }
        }
        BinOp::Sub => {
            if same {
                SetTable::new()
            } else if (ta.len() >> 2) > tb.len() {
                let mut r = ta.copy();
                r.difference_update(tb, |x, y| key_eq(vm, x, y))?;
                r
            } else {
                ta.difference(tb, |x, y| key_eq(vm, x, y))?
            }
        }
        BinOp::Xor => {
            if same {
                SetTable::new()
            } else {
                let mut r = tb.copy();
                r.symmetric_difference_update(ta, |x, y| key_eq(vm, x, y))?;
                r
            }
        }
        _ => unreachable!("not a set operator"),
    })
}

/// `a op= b` for a mutable set `a`.
pub fn inplace(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<()> {
    let Some(Payload::Set(cell)) = a.payload() else {
        return Ok(());
    };
    let mut ta = cell.borrow().copy();
    let tb = table_of(b).expect("set");
    let same = a.is(b);
    match op {
        BinOp::Or => {
            if !same {
                ta.merge(&tb, |x, y| key_eq(vm, x, y))?;
            }
        }
        BinOp::And => {
            if !same {
                ta.intersection_update(&tb, |x, y| key_eq(vm, x, y))?;
            }
        }
        BinOp::Sub => {
            if same {
                ta.clear();
            } else {
                ta.difference_update(&tb, |x, y| key_eq(vm, x, y))?;
            }
        }
        BinOp::Xor => {
            if same {
                ta.clear();
            } else {
                ta.symmetric_difference_update(&tb, |x, y| key_eq(vm, x, y))?;
            }
        }
        _ => {}
    }
    cell.borrow_mut().swap_contents(&mut ta);
    Ok(())
}

/// Set operators where one side is a dict view (`d.keys() & {1, 2}`).
pub fn view_binary(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    let to_set = |vm: &mut Vm, v: &Value| -> PyResult<Option<Value>> {
        match v.payload() {
            Some(Payload::DictView(kind, d)) => {
                if *kind == DictViewKind::Values {
                    return Ok(None);
                }
                view_to_set(vm, *kind, d).map(Some)
            }
            Some(Payload::Set(_) | Payload::FrozenSet(_)) => Ok(Some(v.clone())),
            _ => {
                if ops::iter::is_iterable(v) {
                    Ok(Some(new_set(build_from(vm, v)?)))
                } else {
                    Ok(None)
                }
            }
        }
    };
    let (Some(sa), Some(sb)) = (to_set(vm, a)?, to_set(vm, b)?) else {
        return Ok(None);
    };
    let r = binary(vm, op, &sa, &sb)?;
    // The result of a view operation is always a set.
    Ok(Some(match r.payload() {
        Some(Payload::FrozenSet(t)) => new_set(t.copy()),
        _ => r,
    }))
}

// ---- methods ------------------------------------------------------------------------------

fn this<'a>(args: &'a Args, name: &str) -> PyResult<&'a Value> {
    match args.values.first() {
        Some(v @ Value::Obj(o)) if matches!(o.payload, Payload::Set(_) | Payload::FrozenSet(_)) => Ok(v),
        _ => Err(type_error(format!("descriptor '{name}' requires a 'set' object"))),
    }
}

fn cell<'a>(v: &'a Value, name: &str) -> PyResult<&'a RefCell<SetTable<Value>>> {
    match v.payload() {
        Some(Payload::Set(c)) => Ok(c),
        _ => Err(type_error(format!(
            "descriptor '{name}' for 'set' objects doesn't apply to a '{}' object",
            type_name(v)
        ))),
    }
}

fn m_add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(&args, "add")?.clone();
    super::check_args("set.add", &args, 2, 2)?;
    add(vm, &s, args.values[1].clone())?;
    Ok(Value::None)
}

fn remove_item(vm: &mut Vm, args: &Args, name: &str, missing_ok: bool) -> PyResult<Value> {
    let s = this(args, name)?;
    let c = cell(s, name)?;
    super::check_args(name, args, 2, 2)?;
    let item = &args.values[1];
    let h = match ops::hash(vm, item) {
        Ok(h) => h,
        Err(e) => {
            if let Some(Payload::Set(inner)) = item.payload() {
                let fs = new_frozenset(inner.borrow().copy());
                let a = [s.clone(), fs];
                return remove_item(vm, &Args::positional(&a), name, missing_ok);
            }
            return Err(e);
        }
    };
    match find_cell(vm, c, item, h)? {
        Some(p) => {
            c.borrow_mut().remove_at(p);
        }
        None if !missing_ok => return Err(key_error(item.clone())),
        None => {}
    }
    Ok(Value::None)
}

fn m_remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    remove_item(vm, &args, "remove", false)
}

fn m_discard(vm: &mut Vm, args: Args) -> PyResult<Value> {
    remove_item(vm, &args, "discard", true)
}

fn m_pop(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(&args, "pop")?;
    let c = cell(s, "pop")?;
    let r = c.borrow_mut().pop();
    r.ok_or_else(|| key_error(crate::object::new_str("pop from an empty set")))
}

fn m_clear(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(&args, "clear")?;
    cell(s, "clear")?.borrow_mut().clear();
    Ok(Value::None)
}

fn m_copy(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(&args, "copy")?;
    let t = table_of(s).expect("set");
    Ok(match s.payload() {
        Some(Payload::FrozenSet(_)) => s.clone(),
        _ => new_set(t),
    })
}

/// The argument of a set method as a table (any iterable).
fn arg_table(vm: &mut Vm, v: &Value) -> PyResult<SetTable<Value>> {
    match table_of(v) {
        Some(t) => Ok(t),
        None => build_from(vm, v),
    }
}

fn same_type_result(s: &Value, t: SetTable<Value>) -> Value {
    match s.payload() {
        Some(Payload::FrozenSet(_)) => new_frozenset(t),
        _ => new_set(t),
    }
}

fn m_union(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(&args, "union")?.clone();
    let mut r = table_of(&s).expect("set");
    for other in &args.pos()[1..] {
        if other.is(&s) {
            continue;
        }
        update_table(vm, &mut r, other)?;
    }
    Ok(same_type_result(&s, r))
}

fn m_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(&args, "update")?.clone();
    let c = cell(&s, "update")?;
    let mut r = c.borrow().copy();
    for other in &args.pos()[1..] {
        if other.is(&s) {
            continue;
        }
        update_table(vm, &mut r, other)?;
    }
    c.borrow_mut().swap_contents(&mut r);
    Ok(Value::None)
}

fn intersection_of(vm: &mut Vm, s: &Value, others: &[Value]) -> PyResult<SetTable<Value>> {
    let mut r = table_of(s).expect("set");
    for other in others {
        if other.is(s) {
            continue;
        }
        r = match table_of(other) {
            Some(t) => r.intersection(&t, |x, y| key_eq(vm, x, y))?,
            None => {
                let mut out = SetTable::new();
                let it = ops::iter::get_iter(vm, other)?;
                while let Some(x) = ops::iter::next(vm, &it)? {
                    let h = ops::hash(vm, &x)?;
                    if find_in(vm, &r, &x, h)?.is_some() && find_in(vm, &out, &x, h)?.is_none() {
                        out.insert_new(h, x);
                    }
                }
                out
            }
        };
    }
    Ok(r)
}

fn m_intersection(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(&args, "intersection")?.clone();
    let r = intersection_of(vm, &s, &args.pos()[1..])?;
    Ok(same_type_result(&s, r))
}

fn m_intersection_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(&args, "intersection_update")?.clone();
    let mut r = intersection_of(vm, &s, &args.pos()[1..])?;
    cell(&s, "intersection_update")?.borrow_mut().swap_contents(&mut r);
    Ok(Value::None)
}

fn difference_of(vm: &mut Vm, s: &Value, others: &[Value]) -> PyResult<SetTable<Value>> {
    let mut r = table_of(s).expect("set");
    for other in others {
        if other.is(s) {
            r.clear();
            continue;
        }
        let t = arg_table(vm, other)?;
        r.difference_update(&t, |x, y| key_eq(vm, x, y))?;
    }
    Ok(r)
}

fn m_difference(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(&args, "difference")?.clone();
    let r = if args.pos().len() == 2 && table_of(&args.pos()[1]).is_some() && !args.pos()[1].is(&s) {
        let ta = table_of(&s).expect("set");
        let tb = table_of(&args.pos()[1]).expect("set");
        set_op(vm, BinOp::Sub, &ta, &tb, &args.pos()[1], false)?
    } else {
        difference_of(vm, &s, &args.pos()[1..])?
    };
    Ok(same_type_result(&s, r))
}

fn m_difference_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(&args, "difference_update")?.clone();
    let mut r = difference_of(vm, &s, &args.pos()[1..])?;
    cell(&s, "difference_update")?.borrow_mut().swap_contents(&mut r);
    Ok(Value::None)
}

fn m_symmetric_difference(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(&args, "symmetric_difference")?.clone();
    super::check_args("symmetric_difference", &args, 2, 2)?;
    let ta = table_of(&s).expect("set");
    let tb = arg_table(vm, &args.values[1])?;
    let same = args.values[1].is(&s);
    let r = set_op(vm, BinOp::Xor, &ta, &tb, &args.values[1], same)?;
    Ok(same_type_result(&s, r))
}

fn m_symmetric_difference_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(&args, "symmetric_difference_update")?.clone();
    super::check_args("symmetric_difference_update", &args, 2, 2)?;
    let c = cell(&s, "symmetric_difference_update")?;
    let mut ta = c.borrow().copy();
    if args.values[1].is(&s) {
        ta.clear();
    } else {
        let tb = arg_table(vm, &args.values[1])?;
        ta.symmetric_difference_update(&tb, |x, y| key_eq(vm, x, y))?;
    }
    c.borrow_mut().swap_contents(&mut ta);
    Ok(Value::None)
}

fn m_issubset(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(&args, "issubset")?.clone();
    super::check_args("issubset", &args, 2, 2)?;
    let ta = table_of(&s).expect("set");
    let tb = arg_table(vm, &args.values[1])?;
    is_subset(vm, &ta, &tb).map(Value::Bool)
}

fn m_issuperset(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(&args, "issuperset")?.clone();
    super::check_args("issuperset", &args, 2, 2)?;
    let ta = table_of(&s).expect("set");
    let tb = arg_table(vm, &args.values[1])?;
    is_subset(vm, &tb, &ta).map(Value::Bool)
}

fn m_isdisjoint(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(&args, "isdisjoint")?.clone();
    super::check_args("isdisjoint", &args, 2, 2)?;
    let ta = table_of(&s).expect("set");
    let tb = arg_table(vm, &args.values[1])?;
    let r = ta.intersection(&tb, |x, y| key_eq(vm, x, y))?;
    Ok(Value::Bool(r.is_empty()))
}

fn m_len(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(&args, "__len__")?;
    Ok(Value::Int(table_of(s).map(|t| t.len()).unwrap_or(0) as i64))
}

fn m_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(&args, "__contains__")?.clone();
    super::check_args("__contains__", &args, 2, 2)?;
    contains(vm, s.as_obj().expect("set"), &args.values[1]).map(Value::Bool)
}

fn set_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = &args.pos()[1..];
    if pos.len() > 1 {
        return Err(type_error(format!("set expected at most 1 argument, got {}", pos.len())));
    }
    let t = match pos.first() {
        Some(it) => build_from(vm, it)?,
        None => SetTable::new(),
    };
    Ok(new_set(t))
}

fn frozenset_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = &args.pos()[1..];
    if pos.len() > 1 {
        return Err(type_error(format!(
            "frozenset expected at most 1 argument, got {}",
            pos.len()
        )));
    }
    match pos.first() {
        Some(v) if matches!(v.payload(), Some(Payload::FrozenSet(_))) => Ok(v.clone()),
        Some(it) => Ok(new_frozenset(build_from(vm, it)?)),
        None => Ok(new_frozenset(SetTable::new())),
    }
}

pub fn install(t: &Types) {
    for cls in [&t.set, &t.frozenset] {
        add_method(cls, "union", m_union);
        add_method(cls, "intersection", m_intersection);
        add_method(cls, "difference", m_difference);
        add_method(cls, "symmetric_difference", m_symmetric_difference);
        add_method(cls, "issubset", m_issubset);
        add_method(cls, "issuperset", m_issuperset);
        add_method(cls, "isdisjoint", m_isdisjoint);
        add_method(cls, "copy", m_copy);
        add_method(cls, "__len__", m_len);
        add_method(cls, "__contains__", m_contains);
    }
    let s = &t.set;
    add_method(s, "add", m_add);
    add_method(s, "remove", m_remove);
    add_method(s, "discard", m_discard);
    add_method(s, "pop", m_pop);
    add_method(s, "clear", m_clear);
    add_method(s, "update", m_update);
    add_method(s, "intersection_update", m_intersection_update);
    add_method(s, "difference_update", m_difference_update);
    add_method(s, "symmetric_difference_update", m_symmetric_difference_update);
    add_method(s, "__new__", set_new);
    add_method(&t.frozenset, "__new__", frozenset_new);
}
