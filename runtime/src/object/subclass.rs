//! Instances of user subclasses of builtin types (`class Stack(list)`, `class Key(str)`).
//!
//! Such an object is an ordinary builtin object (its payload is a `List`, a `Str`, ...) whose
//! class pointer names the subclass, so every builtin operation works on it unchanged. Two
//! things are added here:
//! - attributes set on the object (`self.name = ...`) live in a side table keyed by the
//!   object's address, cleared by `heap::free` when the object dies;
//! - operations on builtin payloads first ask [`user_method`] whether the subclass overrides
//!   the dunder method involved (`__getitem__`, `__eq__`, `__repr__`, ...).
//!
//! Native classes made with `types::make_native_subclass` (`collections.defaultdict`) are laid
//! out the same way, and their native dunder methods override as Python ones do.

use std::cell::RefCell;
use std::collections::HashMap;

use super::class::{class_data, lookup_str, Layout};
use super::{Obj, Payload};
use crate::value::Value;

thread_local! {
    static ATTRS: RefCell<HashMap<usize, Obj>> = RefCell::new(HashMap::new());
    /// Per-object state of native subclasses (defaultdict's `default_factory`), by address.
    static NATIVE: RefCell<HashMap<usize, Value>> = RefCell::new(HashMap::new());
}

/// Whether `o` is an instance of a user subclass of a builtin type.
#[inline(always)]
pub fn is_subclass_instance(o: &Obj) -> bool {
    if o.class_is_builtin() {
        return false;
    }
    match &o.payload {
        Payload::Instance(_) | Payload::Exception(_) | Payload::Class(_) => false,
        _ => class_data(&o.class()).layout == Layout::Builtin,
    }
}

/// The Python-level override of dunder `name` on the class of `v`, when `v` is an instance of
/// a user subclass of a builtin type and its class (not the builtin base) defines it.
#[inline(always)]
pub fn user_method(v: &Value, name: &str) -> Option<Value> {
    match v {
        // Objects of builtin classes (the common case) are decided without a call.
        Value::Obj(o) if !o.class_is_builtin() => user_method_slow(o, name),
        _ => None,
    }
}

#[inline(never)]
fn user_method_slow(o: &Obj, name: &str) -> Option<Value> {
    if !is_subclass_instance(o) {
        return None;
    }
    // The class's (memoised) MRO lookup decides. A Python function overrides. A builtin
    // method overrides too when a class names one (`__str__ = int.__repr__`, as IntEnum
    // does, or a native subclass's own methods), unless it is what the builtin base itself
    // has for `name` (`__format__ = str.__format__`, or simply the base's method): that is
    // no override, and must not be called as one, since the base's method dispatches back
    // here.
    let cls = o.class();
    let f = lookup_str(&cls, name)?;
    match f.payload() {
        Some(Payload::Function(_)) => Some(f),
        Some(Payload::Builtin(_)) => {
            let base = class_data(&cls)
                .mro
                .borrow()
                .iter()
                .find(|c| class_data(c).builtin)
                .cloned()?;
            match lookup_str(&base, name) {
                Some(Value::Obj(own)) if f.as_obj().is_some_and(|b| b.is(&own)) => None,
                _ => Some(f),
            }
        }
        _ => None,
    }
}

/// Whether a builtin-subclass instance has an attribute dict: not when every class before
/// the builtin base declares `__slots__` (native subclasses such as `defaultdict` declare
/// none, as CPython's C types have no `__dict__`).
pub fn has_dict(o: &Obj) -> bool {
    may_hold(o, None)
}

/// Whether attribute `name` can be set on `o`: it has a `__dict__`, or a class declares
/// `name` in `__slots__` (slot values live in the side table too).
pub fn may_set(o: &Obj, name: &Obj) -> bool {
    may_hold(o, Some(name))
}

fn may_hold(o: &Obj, name: Option<&Obj>) -> bool {
    if !is_subclass_instance(o) {
        return false;
    }
    let cls = o.class();
    let mro = class_data(&cls).mro.borrow();
    let mut user = mro.iter().take_while(|c| !class_data(c).builtin);
    user.any(|c| match (&class_data(c).slots, name) {
        (None, _) => true,
        (Some(slots), Some(n)) => slots.iter().any(|s| super::str_of(s) == super::str_of(n)),
        (Some(_), None) => false,
    })
}

/// The value a native subclass keeps for `o` (see `NATIVE`).
pub fn native_value(o: &Obj) -> Option<Value> {
    NATIVE.with(|n| n.borrow().get(&o.addr()).cloned())
}

pub fn set_native_value(o: &Obj, v: Value) {
    let old = NATIVE.with(|n| n.borrow_mut().insert(o.addr(), v));
    drop(old);
}

/// The attribute dict of a builtin-subclass instance (made on first use).
pub fn attr_dict(o: &Obj) -> Obj {
    ATTRS.with(|a| {
        a.borrow_mut()
            .entry(o.addr())
            .or_insert_with(super::new_dict)
            .clone()
    })
}

pub fn get_attr(o: &Obj, name: &Obj) -> Option<Value> {
    let d = ATTRS.with(|a| a.borrow().get(&o.addr()).cloned())?;
    crate::builtins::dict::get_str(&d, name)
}

pub fn set_attr(o: &Obj, name: &Obj, v: Value) {
    crate::builtins::dict::set_item_str_obj(&attr_dict(o), name, v);
}

pub fn del_attr(o: &Obj, name: &Obj) -> bool {
    match ATTRS.with(|a| a.borrow().get(&o.addr()).cloned()) {
        Some(d) => crate::builtins::dict::del_str(&d, name),
        None => false,
    }
}

/// Called when an object of a user subclass of a builtin type is freed.
pub fn forget(addr: usize) {
    drop(take(addr));
}

/// Removes what the side tables keep for the object at `addr` (its attribute dict and
/// native state), and returns it. Nothing once the tables are gone (at thread exit).
pub fn take(addr: usize) -> Vec<Value> {
    let mut out = Vec::new();
    let attrs = ATTRS.try_with(|a| a.try_borrow_mut().ok().and_then(|mut m| m.remove(&addr)));
    if let Ok(Some(d)) = attrs {
        out.push(Value::Obj(d));
    }
    let native = NATIVE.try_with(|n| n.try_borrow_mut().ok().and_then(|mut m| m.remove(&addr)));
    if let Ok(Some(v)) = native {
        out.push(v);
    }
    out
}

/// Visits the objects the side tables keep for the object at `addr` (for the cycle
/// collector: an attribute dict that refers back to its object makes a cycle through them).
pub fn visit(addr: usize, f: &mut dyn FnMut(&Obj)) {
    ATTRS.with(|a| {
        if let Some(d) = a.borrow().get(&addr) {
            f(d);
        }
    });
    NATIVE.with(|n| {
        if let Some(Value::Obj(o)) = n.borrow().get(&addr) {
            f(o);
        }
    });
}

/// At the end of the program: the side tables are left allocated rather than dropped with
/// the thread's other locals, whose destruction order would otherwise decide whether freeing
/// their objects can still reach the collector's and finaliser's tables.
pub fn leak_at_exit() {
    let _ = ATTRS.try_with(|a| std::mem::forget(a.take()));
    let _ = NATIVE.try_with(|n| std::mem::forget(n.take()));
}
