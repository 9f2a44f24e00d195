//! `set` and `frozenset`: methods, operators, and the set operators of dict views, following
//! CPython 3.11's `Objects/setobject.c` step for step so that iteration order matches (see
//! `table::set_table` for which table primitive reproduces which operation).
//!
//! Every operation is written against a set table in a `RefCell` (a mutable set's own cell, or a
//! local cell for a result being built) and never holds a borrow of it while Python code runs:
//! lookups compare under a short borrow when no comparison can run Python code, and otherwise
//! walk CPython's probe sequence one candidate at a time (the table's two-phase API), comparing
//! with `==` unborrowed and restarting where CPython restarts. Frozensets are immutable, so
//! their tables are read in place. Iterating an operand snapshots its entries first.

use std::cell::RefCell;

use crate::bytecode::{BinOp, CmpOp};
use crate::interp::Vm;
use crate::object::exception::{key_error, type_error};
use crate::object::function::Args;
use crate::object::iter::DictViewKind;
use crate::object::types::Types;
use crate::object::{
    class_of, exc_types, new_frozenset, new_set, new_str, new_tuple, types, Obj, Payload,
};
use crate::ops;
use crate::table::set_table::SetTable;
use crate::value::Value;
use crate::PyResult;

use super::add_method;
use super::dict::{fast_eq, key_eq};
use super::list::{arity, new_fills, not_implemented, receiver, wrong_receiver};

type Cell = RefCell<SetTable<Value>>;

/// The table of a set or frozenset operand.
#[derive(Clone, Copy)]
enum Tab<'a> {
    Mut(&'a Cell),
    Frozen(&'a SetTable<Value>),
}

impl Tab<'_> {
    fn with<R>(self, f: impl FnOnce(&SetTable<Value>) -> R) -> R {
        match self {
            Tab::Mut(c) => f(&c.borrow()),
            Tab::Frozen(t) => f(t),
        }
    }

    fn len(self) -> usize {
        self.with(|t| t.len())
    }

    /// `(hash, key)` in iteration order, copied out.
    fn entries(self) -> Vec<(i64, Value)> {
        self.with(|t| t.entries().map(|(h, k)| (h, k.clone())).collect())
    }

    fn copy(self) -> SetTable<Value> {
        self.with(|t| t.copy())
    }

    /// Whether this is the table of `cell`.
    fn is_cell(self, cell: &Cell) -> bool {
        matches!(self, Tab::Mut(c) if std::ptr::eq(c, cell))
    }
}

/// The table of a set or frozenset value (subclasses included: CPython's `PyAnySet_Check`).
fn tab(v: &Value) -> Option<Tab<'_>> {
    match v.payload()? {
        Payload::Set(c) => Some(Tab::Mut(c)),
        Payload::FrozenSet(t) => Some(Tab::Frozen(t)),
        _ => None,
    }
}

/// `v` if it is an exact dict (CPython's `PyDict_CheckExact`, which selects the fast paths that
/// reuse the dict's stored hashes).
fn exact_dict(v: &Value) -> Option<&Obj> {
    match v {
        Value::Obj(o) if matches!(o.payload, Payload::Dict(_)) && o.class().is(&types().dict) => {
            Some(o)
        }
        _ => None,
    }
}

/// The slot of the key equal to `key` (hash `hash`), comparing as CPython's `set_lookkey`.
fn lookup(vm: &mut Vm, t: Tab, key: &Value, hash: i64) -> PyResult<Option<usize>> {
    // Comparisons that cannot run Python code, under a short borrow; `Err` means one might.
    if let Ok(found) = t.with(|t| t.find(hash, |k| fast_eq(k, key).ok_or(()))) {
        return Ok(found);
    }
    'restart: loop {
        let mut l = t.with(|t| t.lookup(hash));
        loop {
            let Some((slot, stored)) =
                t.with(|t| t.next_candidate(&mut l).map(|s| (s, t.get(s).clone())))
            else {
                return Ok(None);
            };
            let equal = key_eq(vm, &stored, key)?;
            // `__eq__` may have mutated the set: restart as CPython does if the slot array was
            // rebuilt or this slot's key replaced.
            let intact =
                t.with(|t| t.is_current(&l) && t.key_at(slot).is_some_and(|k| k.is(&stored)));
            if !intact {
                continue 'restart;
            }
            if equal {
                return Ok(Some(slot));
            }
        }
    }
}

/// CPython's `set_add_entry`.
fn add_entry(vm: &mut Vm, s: &Cell, hash: i64, key: Value) -> PyResult<()> {
    if lookup(vm, Tab::Mut(s), &key, hash)?.is_none() {
        s.borrow_mut().insert_new(hash, key);
    }
    Ok(())
}

fn add_key(vm: &mut Vm, s: &Cell, key: Value) -> PyResult<()> {
    let hash = ops::hash(vm, &key)?;
    add_entry(vm, s, hash, key)
}

/// CPython's `set_discard_entry`: whether the key was there.
fn discard_entry(vm: &mut Vm, s: &Cell, hash: i64, key: &Value) -> PyResult<bool> {
    match lookup(vm, Tab::Mut(s), key, hash)? {
        Some(slot) => {
            s.borrow_mut().remove_at(slot);
            Ok(true)
        }
        None => Ok(false),
    }
}

/// CPython's `set_update_internal`: `s |= other` for any iterable `other`.
fn update_internal(vm: &mut Vm, s: &Cell, other: &Value) -> PyResult<()> {
    if let Some(t) = tab(other) {
        // `set_merge`.
        if t.is_cell(s) || t.with(|t| s.borrow_mut().begin_merge(t)) {
            return Ok(());
        }
        for (h, k) in t.entries() {
            add_entry(vm, s, h, k)?;
        }
        return Ok(());
    }
    if let Some(d) = exact_dict(other) {
        let entries = super::dict::key_entries(d);
        s.borrow_mut().presize(entries.len());
        for (h, k) in entries {
            add_entry(vm, s, h, k)?;
        }
        return Ok(());
    }
    let it = ops::iter::get_iter(vm, other)?;
    while let Some(x) = ops::iter::next(vm, &it)? {
        add_key(vm, s, x)?;
    }
    Ok(())
}

/// A new table holding the items of any iterable (`make_new_set(type, iterable)`).
fn table_from(vm: &mut Vm, iterable: &Value) -> PyResult<SetTable<Value>> {
    let c = Cell::default();
    update_internal(vm, &c, iterable)?;
    Ok(c.into_inner())
}

/// CPython's `set_intersection(so, other)`; `so_value` is `so` as a Python value when it is one
/// (for the `so is other` shortcut).
fn intersection(
    vm: &mut Vm,
    so: Tab,
    so_value: Option<&Value>,
    other: &Value,
) -> PyResult<SetTable<Value>> {
    if so_value.is_some_and(|v| v.is(other)) {
        return Ok(so.copy());
    }
    let result = Cell::default();
    if let Some(ot) = tab(other) {
        // Iterate the smaller set (`other` on a tie), keeping its keys that the other holds.
        let (big, small) = if ot.len() > so.len() {
            (ot, so)
        } else {
            (so, ot)
        };
        for (h, k) in small.entries() {
            if lookup(vm, big, &k, h)?.is_some() {
                add_entry(vm, &result, h, k)?;
            }
        }
        return Ok(result.into_inner());
    }
    let it = ops::iter::get_iter(vm, other)?;
    while let Some(x) = ops::iter::next(vm, &it)? {
        let h = ops::hash(vm, &x)?;
        if lookup(vm, so, &x, h)?.is_some() {
            add_entry(vm, &result, h, x)?;
            // Nothing more can be added once the result is as large as `so`.
            if result.borrow().len() >= so.len() {
                break;
            }
        }
    }
    Ok(result.into_inner())
}

/// CPython's `set_intersection_multi`.
fn intersection_multi(vm: &mut Vm, so: &Value, others: &[Value]) -> PyResult<SetTable<Value>> {
    let t = tab(so).expect("a set");
    let Some((first, rest)) = others.split_first() else {
        return Ok(t.copy());
    };
    let mut r = intersection(vm, t, Some(so), first)?;
    for other in rest {
        let c = Cell::new(r);
        r = intersection(vm, Tab::Mut(&c), None, other)?;
    }
    Ok(r)
}

/// CPython's `set_difference_update_internal`: `s -= other` for any iterable `other`.
fn difference_update_internal(
    vm: &mut Vm,
    s: &Cell,
    s_value: Option<&Value>,
    other: &Value,
) -> PyResult<()> {
    if s_value.is_some_and(|v| v.is(other)) || tab(other).is_some_and(|t| t.is_cell(s)) {
        s.borrow_mut().clear();
        return Ok(());
    }
    if let Some(ot) = tab(other) {
        // When `other` is much larger, only the common keys need removing.
        let keys = if (ot.len() >> 3) > s.borrow().len() {
            let common = intersection(vm, Tab::Mut(s), None, other)?;
            common.entries().map(|(h, k)| (h, k.clone())).collect()
        } else {
            ot.entries()
        };
        for (h, k) in keys {
            discard_entry(vm, s, h, &k)?;
        }
    } else {
        let it = ops::iter::get_iter(vm, other)?;
        while let Some(x) = ops::iter::next(vm, &it)? {
            let h = ops::hash(vm, &x)?;
            discard_entry(vm, s, h, &x)?;
        }
    }
    s.borrow_mut().shrink_dummies();
    Ok(())
}

/// CPython's `set_difference(so, other)`.
fn difference(vm: &mut Vm, so: Tab, other: &Value) -> PyResult<SetTable<Value>> {
    let other_len = match (tab(other), exact_dict(other)) {
        (Some(t), _) => Some(t.len()),
        (None, Some(d)) => Some(super::dict::len(d)),
        _ => None,
    };
    match other_len {
        Some(n) if (so.len() >> 2) <= n => {}
        // Not a set or dict, or much smaller than `so`: copy, then remove (`set_copy_and_difference`).
        _ => {
            let r = Cell::new(so.copy());
            difference_update_internal(vm, &r, None, other)?;
            return Ok(r.into_inner());
        }
    }
    let result = Cell::default();
    for (h, k) in so.entries() {
        let present = match (tab(other), exact_dict(other)) {
            (Some(ot), _) => lookup(vm, ot, &k, h)?.is_some(),
            (None, Some(d)) => super::dict::find(vm, d, &k, h)?.is_some(),
            _ => unreachable!("checked above"),
        };
        if !present {
            add_entry(vm, &result, h, k)?;
        }
    }
    Ok(result.into_inner())
}

/// CPython's `set_difference_multi`.
fn difference_multi(vm: &mut Vm, so: &Value, others: &[Value]) -> PyResult<SetTable<Value>> {
    let t = tab(so).expect("a set");
    let Some((first, rest)) = others.split_first() else {
        return Ok(t.copy());
    };
    let r = Cell::new(difference(vm, t, first)?);
    for other in rest {
        difference_update_internal(vm, &r, None, other)?;
    }
    Ok(r.into_inner())
}

/// CPython's `set_symmetric_difference_update`: `s ^= other` for any iterable `other`.
fn symmetric_difference_update(
    vm: &mut Vm,
    s: &Cell,
    s_value: Option<&Value>,
    other: &Value,
) -> PyResult<()> {
    if s_value.is_some_and(|v| v.is(other)) || tab(other).is_some_and(|t| t.is_cell(s)) {
        s.borrow_mut().clear();
        return Ok(());
    }
    let entries = match (exact_dict(other), tab(other)) {
        (Some(d), _) => super::dict::key_entries(d),
        (None, Some(t)) => t.entries(),
        (None, None) => table_from(vm, other)?
            .entries()
            .map(|(h, k)| (h, k.clone()))
            .collect(),
    };
    for (h, k) in entries {
        if !discard_entry(vm, s, h, &k)? {
            add_entry(vm, s, h, k)?;
        }
    }
    Ok(())
}

/// CPython's `set_symmetric_difference(so, other)`: a set built from `other`, updated with `so`.
fn symmetric_difference(vm: &mut Vm, so: &Value, other: &Value) -> PyResult<SetTable<Value>> {
    let r = Cell::new(table_from(vm, other)?);
    symmetric_difference_update(vm, &r, None, so)?;
    Ok(r.into_inner())
}

/// CPython's `set_issubset(so, other)` for a set-like `other`.
fn is_subset(vm: &mut Vm, a: Tab, b: Tab) -> PyResult<bool> {
    if a.len() > b.len() {
        return Ok(false);
    }
    for (h, k) in a.entries() {
        if lookup(vm, b, &k, h)?.is_none() {
            return Ok(false);
        }
    }
    Ok(true)
}

/// A set or frozenset value holding `t`, of the base type of `like` (CPython's
/// `make_new_set_basetype`: subclasses give their builtin base).
fn same_base_type(like: &Value, t: SetTable<Value>) -> Value {
    match like.payload() {
        Some(Payload::FrozenSet(_)) => new_frozenset(t),
        _ => new_set(t),
    }
}

// ---- entry points for the interpreter -----------------------------------------------------

/// Adds `item` to a table being built that Python code cannot see yet (BUILD_SET).
pub fn table_add(vm: &mut Vm, t: &mut SetTable<Value>, item: Value) -> PyResult<()> {
    let h = ops::hash(vm, &item)?;
    let probe = item.clone();
    t.insert(h, item, |k| key_eq(vm, k, &probe))?;
    Ok(())
}

/// `s.add(item)` (SET_ADD).
pub fn add(vm: &mut Vm, set: &Value, item: Value) -> PyResult<()> {
    match set.payload() {
        Some(Payload::Set(cell)) => add_key(vm, cell, item),
        _ => Err(wrong_receiver("set", "add", set)),
    }
}

/// `s.update(iterable)` (SET_UPDATE, which builds set displays with starred items and displays
/// of constants).
pub fn update(vm: &mut Vm, set: &Value, iterable: &Value) -> PyResult<()> {
    match set.payload() {
        Some(Payload::Set(cell)) => update_internal(vm, cell, iterable),
        _ => Err(wrong_receiver("set", "update", set)),
    }
}

/// The hash of a compile-time constant (what `ops::hash` gives for it); `None` for values that
/// are never constants.
fn constant_hash(v: &Value) -> Option<i64> {
    use crate::table::hash::{
        hash_bigint, hash_bytes, hash_f64, hash_i64, hash_pointer, TupleHasher,
    };
    Some(match v {
        Value::None => hash_pointer(0x5f5f_4e6f_6e65),
        Value::Bool(b) => *b as i64,
        Value::Int(i) => hash_i64(*i),
        Value::Float(f) => hash_f64(*f).unwrap_or_else(|| hash_pointer(f.to_bits() as usize)),
        Value::Null => return None,
        Value::Obj(o) => match &o.payload {
            Payload::Str(s) => s.hash(),
            Payload::BigInt(b) => hash_bigint(b),
            Payload::Bytes(b) => hash_bytes(b),
            Payload::Tuple(items) => {
                let mut h = TupleHasher::new(items.len());
                for item in items.iter() {
                    h.add(constant_hash(item)?);
                }
                h.finish()
            }
            Payload::FrozenSet(t) => t.frozenset_hash(),
            Payload::Empty => hash_pointer(o.addr()),
            _ => return None,
        },
    })
}

/// Equality of compile-time constants as Python's `==` (no Python code can run).
fn constant_eq(a: &Value, b: &Value) -> bool {
    if let Some(r) = fast_eq(a, b) {
        return r;
    }
    match (a.payload(), b.payload()) {
        (Some(Payload::Tuple(x)), Some(Payload::Tuple(y))) => {
            x.len() == y.len() && x.iter().zip(y.iter()).all(|(p, q)| constant_eq(p, q))
        }
        (Some(Payload::FrozenSet(x)), Some(Payload::FrozenSet(y))) => {
            x.len() == y.len()
                && x.entries()
                    .all(|(h, k)| y.find_by(h, |s| constant_eq(s, k)).is_some())
        }
        _ => false,
    }
}

/// Whether two constants are the same constant to CPython's compiler (`_PyCode_ConstantKey`):
/// equal *and* of the same type, so `1`, `1.0` and `True` differ, as do `0.0` and `-0.0`.
fn same_constant(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Float(x), Value::Float(y)) => x.to_bits() == y.to_bits(),
        (Value::Obj(x), Value::Obj(y)) => match (&x.payload, &y.payload) {
            (Payload::Tuple(p), Payload::Tuple(q)) => {
                p.len() == q.len() && p.iter().zip(q.iter()).all(|(u, v)| same_constant(u, v))
            }
            (Payload::FrozenSet(p), Payload::FrozenSet(q)) => same_constant_set(p, q),
            _ => class_of(a).is(&class_of(b)) && constant_eq(a, b),
        },
        _ => class_of(a).is(&class_of(b)) && constant_eq(a, b),
    }
}

/// Whether two frozensets of constants hold the same constants.
fn same_constant_set(p: &SetTable<Value>, q: &SetTable<Value>) -> bool {
    p.len() == q.len()
        && p.entries()
            .all(|(h, k)| q.find_by(h, |s| same_constant(s, k)).is_some())
}

/// The frozenset constant CPython's compiler makes of a display of constants `{c1, c2, ...}`
/// (or of the set in `x in {...}` / `for x in {...}`). `made` holds the frozenset constants
/// already made while compiling the same module, in order.
///
/// CPython builds the frozenset from the constants in source order, then its constant merging
/// rebuilds it from its own iteration order, or reuses an earlier frozenset constant of the same
/// module holding the same constants (which keeps the earlier one's order). A display of three
/// or more items is then `BUILD_SET 0; LOAD_CONST <this>; SET_UPDATE 1`. `None` if some item
/// is not a hashable constant.
pub fn constant_frozenset(items: &[Value], made: &mut Vec<Value>) -> Option<Value> {
    let build = |keys: &mut dyn Iterator<Item = &Value>| -> Option<SetTable<Value>> {
        let mut t = SetTable::new();
        for k in keys {
            let h = constant_hash(k)?;
            let r: Result<bool, core::convert::Infallible> =
                t.insert(h, k.clone(), |s| Ok(constant_eq(s, k)));
            r.ok()?;
        }
        Some(t)
    };
    let first = build(&mut items.iter())?;
    let earlier = made.iter().find(|f| match f.payload() {
        Some(Payload::FrozenSet(t)) => same_constant_set(t, &first),
        _ => false,
    });
    if let Some(f) = earlier {
        return Some(f.clone());
    }
    let merged = new_frozenset(build(&mut first.iter())?);
    made.push(merged.clone());
    Some(merged)
}

/// `item in s`; an unhashable set `item` is looked up as a frozenset, as CPython does.
pub fn contains(vm: &mut Vm, s: &Obj, item: &Value) -> PyResult<bool> {
    let sv = Value::Obj(s.clone());
    let Some(st) = tab(&sv) else {
        return Ok(false);
    };
    let found = with_frozen_fallback(vm, item, |vm, key, h| lookup(vm, st, key, h))?;
    Ok(found.is_some())
}

/// Runs `f` with `key` and its hash; if `key` is an (unhashable) set, with a frozenset copy of
/// it instead (CPython's `set_contains`, `set_remove`, `set_discard`).
fn with_frozen_fallback<R>(
    vm: &mut Vm,
    key: &Value,
    f: impl FnOnce(&mut Vm, &Value, i64) -> PyResult<R>,
) -> PyResult<R> {
    match ops::hash(vm, key) {
        Ok(h) => f(vm, key, h),
        Err(e) => match key.payload() {
            Some(Payload::Set(inner)) if e.is_instance(&exc_types().type_error) => {
                let copy = inner.borrow().copy();
                let h = copy.frozenset_hash();
                f(vm, &new_frozenset(copy), h)
            }
            _ => Err(e),
        },
    }
}

/// Set comparisons (`==`, `<=`, ...) between two sets or frozensets.
pub fn set_compare(vm: &mut Vm, op: CmpOp, a: &Obj, b: &Obj) -> PyResult<bool> {
    let (va, vb) = (Value::Obj(a.clone()), Value::Obj(b.clone()));
    let (Some(ta), Some(tb)) = (tab(&va), tab(&vb)) else {
        return Ok(false);
    };
    Ok(match op {
        CmpOp::Eq => ta.len() == tb.len() && is_subset(vm, ta, tb)?,
        CmpOp::Ne => !(ta.len() == tb.len() && is_subset(vm, ta, tb)?),
        CmpOp::Le => is_subset(vm, ta, tb)?,
        CmpOp::Lt => ta.len() < tb.len() && is_subset(vm, ta, tb)?,
        CmpOp::Ge => is_subset(vm, tb, ta)?,
        CmpOp::Gt => tb.len() < ta.len() && is_subset(vm, tb, ta)?,
    })
}

/// `a op b` for two sets or frozensets (the result has the base type of `a`).
pub fn binary(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    let ta = tab(a).expect("a set");
    let r = match op {
        BinOp::Or => {
            let r = Cell::new(ta.copy());
            if !a.is(b) {
                update_internal(vm, &r, b)?;
            }
            r.into_inner()
        }
        BinOp::And => intersection(vm, ta, Some(a), b)?,
        BinOp::Sub => difference(vm, ta, b)?,
        BinOp::Xor => symmetric_difference(vm, a, b)?,
        _ => unreachable!("not a set operator"),
    };
    Ok(same_base_type(a, r))
}

/// `a op= b` for a mutable set `a` and a set or frozenset `b`.
pub fn inplace(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<()> {
    let Some(Payload::Set(cell)) = a.payload() else {
        return Err(wrong_receiver("set", op_dunder(op, "__i"), a));
    };
    match op {
        BinOp::Or => update_internal(vm, cell, b),
        BinOp::And => {
            let mut tmp = intersection(vm, Tab::Mut(cell), Some(a), b)?;
            cell.borrow_mut().swap_contents(&mut tmp);
            Ok(())
        }
        BinOp::Sub => difference_update_internal(vm, cell, Some(a), b),
        BinOp::Xor => symmetric_difference_update(vm, cell, Some(a), b),
        _ => unreachable!("not a set operator"),
    }
}

/// The dunder name of a set operator with the given prefix (`__`, `__r`, `__i`).
fn op_dunder(op: BinOp, prefix: &str) -> &'static str {
    match (op, prefix) {
        (BinOp::Or, "__") => "__or__",
        (BinOp::Or, "__r") => "__ror__",
        (BinOp::Or, _) => "__ior__",
        (BinOp::And, "__") => "__and__",
        (BinOp::And, "__r") => "__rand__",
        (BinOp::And, _) => "__iand__",
        (BinOp::Sub, "__") => "__sub__",
        (BinOp::Sub, "__r") => "__rsub__",
        (BinOp::Sub, _) => "__isub__",
        (_, "__") => "__xor__",
        (_, "__r") => "__rxor__",
        _ => "__ixor__",
    }
}

/// Whether `v` is a keys or items view (CPython's `PyDictViewSet_Check`).
fn is_setlike_view(v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::DictView(kind, _)) if *kind != DictViewKind::Values)
}

/// CPython's `dictviews_to_set`: `set(v)`, reading a keys view of an exact dict from the dict.
fn view_to_set(vm: &mut Vm, v: &Value) -> PyResult<Cell> {
    if let Some(Payload::DictView(DictViewKind::Keys, d)) = v.payload() {
        let dv = Value::Obj(d.clone());
        if exact_dict(&dv).is_some() {
            return table_from(vm, &dv).map(Cell::new);
        }
    }
    table_from(vm, v).map(Cell::new)
}

/// Set operators where one operand is a keys or items view (`d.keys() & {1, 2}`,
/// `[1] | d.items()`): CPython's `dictviews_or` and friends, which take the left operand as
/// converted to a set. `None` when neither operand is such a view.
pub fn view_binary(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    if !is_setlike_view(a) && !is_setlike_view(b) {
        return Ok(None);
    }
    let r = match op {
        BinOp::And => return view_intersect(vm, a, b).map(Some),
        BinOp::Or => {
            let r = view_to_set(vm, a)?;
            update_internal(vm, &r, b)?;
            r
        }
        BinOp::Sub => {
            let r = view_to_set(vm, a)?;
            difference_update_internal(vm, &r, None, b)?;
            r
        }
        BinOp::Xor => match (a.payload(), b.payload()) {
            (
                Some(Payload::DictView(DictViewKind::Items, d1)),
                Some(Payload::DictView(DictViewKind::Items, d2)),
            ) => items_xor(vm, d1, d2)?,
            _ => {
                let r = view_to_set(vm, a)?;
                symmetric_difference_update(vm, &r, None, b)?;
                r
            }
        },
        _ => return Ok(None),
    };
    Ok(Some(new_set(r.into_inner())))
}

/// CPython's `_PyDictView_Intersect`.
fn view_intersect(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let (mut view, mut other) = if is_setlike_view(a) { (a, b) } else { (b, a) };
    let view_len = ops::len(vm, view)?;
    if matches!(other, Value::Obj(o) if o.class().is(&types().set))
        && view_len <= ops::len(vm, other)?
    {
        let t = intersection(vm, tab(other).expect("a set"), Some(other), view)?;
        return Ok(new_set(t));
    }
    if is_setlike_view(other) && ops::len(vm, other)? > view_len {
        std::mem::swap(&mut view, &mut other);
    }
    let Some(Payload::DictView(kind, d)) = view.payload() else {
        unreachable!("a dict view")
    };
    let result = Cell::default();
    let it = ops::iter::get_iter(vm, other)?;
    while let Some(x) = ops::iter::next(vm, &it)? {
        if super::dict::view_contains(vm, *kind, d, &x)? {
            add_key(vm, &result, x)?;
        }
    }
    Ok(new_set(result.into_inner()))
}

/// CPython's `dictitems_xor`: the items of either dict whose key is missing from the other or
/// maps to an unequal value there.
fn items_xor(vm: &mut Vm, d1: &Obj, d2: &Obj) -> PyResult<Cell> {
    let rest = crate::object::new_dict();
    for (k, v) in super::dict::items(d1) {
        super::dict::set_item(vm, &rest, k, v)?;
    }
    let result = Cell::default();
    for (k, v2) in super::dict::items(d2) {
        let delete = match super::dict::get(vm, &rest, &k)? {
            Some(v1) => key_eq(vm, &v1, &v2)?,
            None => false,
        };
        if delete {
            super::dict::remove(vm, &rest, &k)?;
        } else {
            add_key(vm, &result, new_tuple(vec![k, v2]))?;
        }
    }
    for (k, v) in super::dict::items(&rest) {
        add_key(vm, &result, new_tuple(vec![k, v]))?;
    }
    Ok(result)
}

// ---- methods ------------------------------------------------------------------------------

/// The Python name of the receiver's builtin base, for messages (`set`, `frozenset`).
fn kind_name(v: &Value) -> &'static str {
    match v.payload() {
        Some(Payload::FrozenSet(_)) => "frozenset",
        _ => "set",
    }
}

/// The receiver of a method shared by set and frozenset.
fn this<'a>(args: &Args<'a>, method: &str) -> PyResult<&'a Value> {
    let v = receiver(args, "set", method)?;
    match v.payload() {
        Some(Payload::Set(_) | Payload::FrozenSet(_)) => Ok(v),
        _ => Err(wrong_receiver("set", method, v)),
    }
}

/// The receiver of a method of mutable sets only.
fn this_cell<'a>(args: &Args<'a>, method: &str) -> PyResult<(&'a Value, &'a Cell)> {
    let v = receiver(args, "set", method)?;
    match v.payload() {
        Some(Payload::Set(c)) => Ok((v, c)),
        _ => Err(wrong_receiver("set", method, v)),
    }
}

/// `set.m()` / `frozenset.m()` argument checks, named after the receiver's type.
fn set_arity(args: &Args, s: &Value, method: &str, min: usize, max: usize) -> PyResult<()> {
    arity(args, &format!("{}.{method}", kind_name(s)), min, max)
}

/// Rejects keywords for methods taking `*others`.
fn varargs(args: &Args, s: &Value, method: &str) -> PyResult<()> {
    super::no_kwargs(&format!("{}.{method}", kind_name(s)), args)
}

fn m_add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, c) = this_cell(&args, "add")?;
    set_arity(&args, s, "add", 1, 1)?;
    add_key(vm, c, args.values[1].clone())?;
    Ok(Value::None)
}

fn remove_item(vm: &mut Vm, args: &Args, method: &str, missing_ok: bool) -> PyResult<Value> {
    let (s, c) = this_cell(args, method)?;
    set_arity(args, s, method, 1, 1)?;
    let item = &args.values[1];
    let found = with_frozen_fallback(vm, item, |vm, key, h| discard_entry(vm, c, h, key))?;
    if !found && !missing_ok {
        return Err(key_error(item.clone()));
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
    let (s, c) = this_cell(&args, "pop")?;
    set_arity(&args, s, "pop", 0, 0)?;
    let r = c.borrow_mut().pop();
    r.ok_or_else(|| key_error(new_str("pop from an empty set")))
}

fn m_clear(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, c) = this_cell(&args, "clear")?;
    set_arity(&args, s, "clear", 0, 0)?;
    c.borrow_mut().clear();
    Ok(Value::None)
}

fn m_copy(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(&args, "copy")?;
    set_arity(&args, s, "copy", 0, 0)?;
    if class_of(s).is(&types().frozenset) {
        return Ok(s.clone());
    }
    Ok(same_base_type(s, tab(s).expect("a set").copy()))
}

fn m_union(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(&args, "union")?;
    varargs(&args, s, "union")?;
    let r = Cell::new(tab(s).expect("a set").copy());
    for other in &args.pos()[1..] {
        if !other.is(s) {
            update_internal(vm, &r, other)?;
        }
    }
    Ok(same_base_type(s, r.into_inner()))
}

fn m_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, c) = this_cell(&args, "update")?;
    varargs(&args, s, "update")?;
    for other in &args.pos()[1..] {
        update_internal(vm, c, other)?;
    }
    Ok(Value::None)
}

fn m_intersection(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(&args, "intersection")?;
    varargs(&args, s, "intersection")?;
    let r = intersection_multi(vm, s, &args.pos()[1..])?;
    Ok(same_base_type(s, r))
}

fn m_intersection_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, c) = this_cell(&args, "intersection_update")?;
    varargs(&args, s, "intersection_update")?;
    let mut r = intersection_multi(vm, s, &args.pos()[1..])?;
    c.borrow_mut().swap_contents(&mut r);
    Ok(Value::None)
}

fn m_difference(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(&args, "difference")?;
    varargs(&args, s, "difference")?;
    let r = difference_multi(vm, s, &args.pos()[1..])?;
    Ok(same_base_type(s, r))
}

fn m_difference_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, c) = this_cell(&args, "difference_update")?;
    varargs(&args, s, "difference_update")?;
    for other in &args.pos()[1..] {
        difference_update_internal(vm, c, Some(s), other)?;
    }
    Ok(Value::None)
}

fn m_symmetric_difference(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(&args, "symmetric_difference")?;
    set_arity(&args, s, "symmetric_difference", 1, 1)?;
    let r = symmetric_difference(vm, s, &args.values[1])?;
    Ok(same_base_type(s, r))
}

fn m_symmetric_difference_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, c) = this_cell(&args, "symmetric_difference_update")?;
    set_arity(&args, s, "symmetric_difference_update", 1, 1)?;
    symmetric_difference_update(vm, c, Some(s), &args.values[1])?;
    Ok(Value::None)
}

fn m_issubset(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(&args, "issubset")?;
    set_arity(&args, s, "issubset", 1, 1)?;
    let other = &args.values[1];
    let ts = tab(s).expect("a set");
    match tab(other) {
        Some(to) => is_subset(vm, ts, to),
        None => {
            let c = Cell::new(table_from(vm, other)?);
            is_subset(vm, ts, Tab::Mut(&c))
        }
    }
    .map(Value::Bool)
}

fn m_issuperset(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(&args, "issuperset")?;
    set_arity(&args, s, "issuperset", 1, 1)?;
    let other = &args.values[1];
    let ts = tab(s).expect("a set");
    if let Some(to) = tab(other) {
        return is_subset(vm, to, ts).map(Value::Bool);
    }
    let it = ops::iter::get_iter(vm, other)?;
    while let Some(x) = ops::iter::next(vm, &it)? {
        if with_frozen_fallback(vm, &x, |vm, key, h| lookup(vm, ts, key, h))?.is_none() {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn m_isdisjoint(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(&args, "isdisjoint")?;
    set_arity(&args, s, "isdisjoint", 1, 1)?;
    let other = &args.values[1];
    let ts = tab(s).expect("a set");
    if s.is(other) {
        return Ok(Value::Bool(ts.len() == 0));
    }
    let exact = matches!(other, Value::Obj(o) if o.class().is(&types().set) || o.class().is(&types().frozenset));
    if let (true, Some(to)) = (exact, tab(other)) {
        let (big, small) = if to.len() > ts.len() {
            (to, ts)
        } else {
            (ts, to)
        };
        for (h, k) in small.entries() {
            if lookup(vm, big, &k, h)?.is_some() {
                return Ok(Value::Bool(false));
            }
        }
        return Ok(Value::Bool(true));
    }
    let it = ops::iter::get_iter(vm, other)?;
    while let Some(x) = ops::iter::next(vm, &it)? {
        if with_frozen_fallback(vm, &x, |vm, key, h| lookup(vm, ts, key, h))?.is_some() {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn m_len(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(&args, "__len__")?;
    set_arity(&args, s, "__len__", 0, 0)?;
    Ok(Value::Int(tab(s).expect("a set").len() as i64))
}

fn m_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(&args, "__contains__")?;
    set_arity(&args, s, "__contains__", 1, 1)?;
    contains(vm, s.as_obj().expect("a set"), &args.values[1]).map(Value::Bool)
}

fn m_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(&args, "__iter__")?;
    set_arity(&args, s, "__iter__", 0, 0)?;
    ops::iter::get_iter(vm, s)
}

fn m_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(&args, "__hash__")?;
    set_arity(&args, s, "__hash__", 0, 0)?;
    ops::hash(vm, s).map(Value::Int)
}

/// Rich comparison dunders: NotImplemented unless the other operand is a set or frozenset.
fn set_richcompare(vm: &mut Vm, args: &Args, op: CmpOp) -> PyResult<Value> {
    let s = this(args, op.dunder())?;
    set_arity(args, s, op.dunder(), 1, 1)?;
    let other = &args.values[1];
    if tab(other).is_none() {
        return Ok(not_implemented());
    }
    let (a, b) = (s.as_obj().expect("a set"), other.as_obj().expect("a set"));
    set_compare(vm, op, a, b).map(Value::Bool)
}

/// Binary operator dunders (`__or__`, `__ror__`, `__ior__`, ...): both operands must be sets.
fn set_operator(vm: &mut Vm, args: &Args, op: BinOp, prefix: &str) -> PyResult<Value> {
    let name = op_dunder(op, prefix);
    let s = this(args, name)?;
    set_arity(args, s, name, 1, 1)?;
    let other = &args.values[1];
    if tab(other).is_none() {
        return Ok(not_implemented());
    }
    match prefix {
        "__r" => binary(vm, op, other, s),
        "__i" => {
            if !matches!(s.payload(), Some(Payload::Set(_))) {
                return binary(vm, op, s, other);
            }
            inplace(vm, op, s, other)?;
            Ok(s.clone())
        }
        _ => binary(vm, op, s, other),
    }
}

macro_rules! set_dunders {
    (compare: $($cname:ident => $cop:ident),* ; operators: $($oname:ident => $op:ident, $prefix:literal),* $(,)?) => {
        $(
            fn $cname(vm: &mut Vm, args: Args) -> PyResult<Value> {
                set_richcompare(vm, &args, CmpOp::$cop)
            }
        )*
        $(
            fn $oname(vm: &mut Vm, args: Args) -> PyResult<Value> {
                set_operator(vm, &args, BinOp::$op, $prefix)
            }
        )*
    };
}

set_dunders! {
    compare: m_eq => Eq, m_ne => Ne, m_lt => Lt, m_le => Le, m_gt => Gt, m_ge => Ge;
    operators:
        m_or => Or, "__", m_ror => Or, "__r", m_ior => Or, "__i",
        m_and => And, "__", m_rand => And, "__r", m_iand => And, "__i",
        m_sub => Sub, "__", m_rsub => Sub, "__r", m_isub => Sub, "__i",
        m_xor => Xor, "__", m_rxor => Xor, "__r", m_ixor => Xor, "__i",
}

/// The class argument of `__new__` as a class object, if it is one.
fn class_arg(v: &Value) -> Option<&Obj> {
    match v {
        Value::Obj(c) if matches!(c.payload, Payload::Class(_)) => Some(c),
        _ => None,
    }
}

/// The optional iterable of `set(...)` / `frozenset(...)`, with CPython's checks.
fn constructor_arg<'a>(args: &Args<'a>, name: &str) -> PyResult<Option<&'a Value>> {
    super::no_kwargs(name, args)?;
    let pos = &args.pos()[1..];
    if pos.len() > 1 {
        return Err(type_error(format!(
            "{name} expected at most 1 argument, got {}",
            pos.len()
        )));
    }
    Ok(pos.first())
}

fn set_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = receiver(&args, "set", "__new__")?;
    let t = if new_fills(cls) {
        match constructor_arg(&args, "set")? {
            Some(it) => table_from(vm, it)?,
            None => SetTable::new(),
        }
    } else {
        SetTable::new()
    };
    Ok(match class_arg(cls) {
        Some(c) if !c.is(&types().set) => Value::Obj(Obj::new(c, Payload::Set(RefCell::new(t)))),
        _ => new_set(t),
    })
}

/// `set.__init__(self, iterable=())`: empties the set, then updates it.
fn set_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, c) = this_cell(&args, "__init__")?;
    let it = constructor_arg(&args, "set")?;
    c.borrow_mut().clear();
    if let Some(it) = it {
        update_internal(vm, c, it)?;
    }
    Ok(Value::None)
}

fn frozenset_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = receiver(&args, "frozenset", "__new__")?;
    let it = constructor_arg(&args, "frozenset")?;
    let exact = class_arg(cls).is_none_or(|c| c.is(&types().frozenset));
    if let Some(v) = it {
        if exact && class_of(v).is(&types().frozenset) {
            return Ok(v.clone());
        }
    }
    let t = match it {
        Some(v) => table_from(vm, v)?,
        None => SetTable::new(),
    };
    Ok(match class_arg(cls) {
        Some(c) if !exact => Value::Obj(Obj::new(c, Payload::FrozenSet(t))),
        _ => new_frozenset(t),
    })
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
        add_method(cls, "__iter__", m_iter);
        add_method(cls, "__eq__", m_eq);
        add_method(cls, "__ne__", m_ne);
        add_method(cls, "__lt__", m_lt);
        add_method(cls, "__le__", m_le);
        add_method(cls, "__gt__", m_gt);
        add_method(cls, "__ge__", m_ge);
        add_method(cls, "__or__", m_or);
        add_method(cls, "__ror__", m_ror);
        add_method(cls, "__and__", m_and);
        add_method(cls, "__rand__", m_rand);
        add_method(cls, "__sub__", m_sub);
        add_method(cls, "__rsub__", m_rsub);
        add_method(cls, "__xor__", m_xor);
        add_method(cls, "__rxor__", m_rxor);
    }
    let s = &t.set;
    add_method(s, "__new__", set_new);
    add_method(s, "__init__", set_init);
    add_method(s, "add", m_add);
    add_method(s, "remove", m_remove);
    add_method(s, "discard", m_discard);
    add_method(s, "pop", m_pop);
    add_method(s, "clear", m_clear);
    add_method(s, "update", m_update);
    add_method(s, "intersection_update", m_intersection_update);
    add_method(s, "difference_update", m_difference_update);
    add_method(
        s,
        "symmetric_difference_update",
        m_symmetric_difference_update,
    );
    add_method(s, "__ior__", m_ior);
    add_method(s, "__iand__", m_iand);
    add_method(s, "__isub__", m_isub);
    add_method(s, "__ixor__", m_ixor);
    super::add_class_attr(s, "__hash__", Value::None);
    let f = &t.frozenset;
    add_method(f, "__new__", frozenset_new);
    add_method(f, "__hash__", m_hash);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::object::{new_bigint, new_bytes};

    fn order(v: &Value) -> Vec<i64> {
        match v.payload() {
            Some(Payload::FrozenSet(t)) => t
                .iter()
                .map(|k| match k {
                    Value::Int(i) => *i,
                    _ => panic!("int keys only"),
                })
                .collect(),
            _ => panic!("a frozenset"),
        }
    }

    fn ints(xs: &[i64]) -> Vec<Value> {
        xs.iter().map(|&x| Value::Int(x)).collect()
    }

    #[test]
    fn constant_hash_matches_runtime_hash() {
        let mut vm = Vm::new(crate::Options::default(), Vec::new(), 8 << 20);
        let inner = constant_frozenset(&ints(&[1, 2, 3]), &mut Vec::new()).expect("constants");
        let values = [
            Value::None,
            Value::Bool(true),
            Value::Int(-5),
            Value::Float(1.5),
            Value::Float(-0.0),
            new_str("abc"),
            new_str("é€"),
            new_bytes(b"xy".to_vec()),
            new_bigint(num_bigint::BigInt::from(1u128 << 100)),
            new_tuple(vec![
                Value::Int(1),
                new_str("a"),
                new_tuple(vec![Value::None]),
            ]),
            Value::Obj(types().ellipsis.clone()),
            inner,
        ];
        for v in &values {
            assert_eq!(
                constant_hash(v),
                Some(ops::hash(&mut vm, v).expect("hashable"))
            );
        }
    }

    #[test]
    fn constant_frozensets_are_rebuilt_and_merged_as_cpython_does() {
        // python3.11 -c 'print({6, 14, 22})' prints {14, 22, 6}; alone, {22, 14, 6} gives
        // {14, 6, 22}, but after an equal frozenset constant in the same module it reuses that
        // constant: print({6, 14, 22}, {22, 14, 6}) gives {14, 22, 6} {14, 22, 6}.
        let mut made = Vec::new();
        let a = constant_frozenset(&ints(&[6, 14, 22]), &mut made).expect("constants");
        assert_eq!(order(&a), [14, 22, 6]);
        let b = constant_frozenset(&ints(&[22, 14, 6]), &mut made).expect("constants");
        assert_eq!(order(&b), [14, 22, 6]);
        let alone = constant_frozenset(&ints(&[22, 14, 6]), &mut Vec::new()).expect("constants");
        assert_eq!(order(&alone), [14, 6, 22]);
        // 6.0 is a different constant from 6, so no merging.
        let mixed = [Value::Float(6.0), Value::Int(14), Value::Int(22)];
        constant_frozenset(&mixed, &mut made).expect("constants");
        assert_eq!(made.len(), 2);
    }
}
