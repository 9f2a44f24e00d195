//! Inline caches for attribute instructions.
//!
//! `obj.x`, `obj.m(...)` and `obj.x = v` do the full attribute protocol (an MRO walk for data
//! descriptors, then the instance, then the class) the first time; if the result depends only
//! on the object's class and shape, the instruction remembers it. Later executions with an
//! object of the same class and shape, at the same type epoch (no class was mutated since),
//! skip straight to the slot or the method. Classes and shapes live as long as the program
//! (classes are kept alive by their MRO cycle, shapes by their class's shape tree), so their
//! addresses cannot be reused while a cache names them.

use std::rc::Rc;

use crate::bytecode::{AttrCache, Code};
use crate::object::class::{lookup, lookup_str, type_epoch};
use crate::object::instance::Instance;
use crate::object::{Obj, Payload};
use crate::ops;
use crate::value::Value;
use crate::PyResult;

use super::Vm;

fn shape_addr(inst: &Instance) -> Option<usize> {
    let s = inst.slots.borrow();
    if s.dict.is_some() {
        return None;
    }
    Some(Rc::as_ptr(&s.shape) as usize)
}

/// Whether instances of `cls` use the default `__getattribute__`/`__setattr__`.
fn default_protocol(cls: &Obj, dunder: &str) -> bool {
    matches!(
        lookup_str(cls, dunder).as_ref().and_then(|v| v.payload()),
        Some(Payload::Builtin(_))
    )
}

/// `obj.name` through the cache of instruction `pc`.
#[inline]
pub fn load_attr(vm: &mut Vm, code: &Code, pc: usize, obj: &Value, name: &Obj) -> PyResult<Value> {
    if let Value::Obj(o) = obj {
        if let Payload::Instance(inst) = &o.payload {
            let caches = code.attr_caches[pc].borrow();
            let s = inst.slots.borrow();
            if s.dict.is_none() {
                let (cls, shp, ep) = (o.class_addr(), Rc::as_ptr(&s.shape) as usize, type_epoch());
                for e in &caches.entries {
                    if let AttrCache::Slot {
                        class,
                        epoch,
                        shape,
                        slot,
                    } = e
                    {
                        if cls == *class && *shape == shp && *epoch == ep {
                            return Ok(s.values[*slot].clone());
                        }
                    }
                }
            }
        }
    }
    let v = ops::attr::get_attr(vm, obj, name)?;
    if !fill_load(code, pc, obj, name) {
        // What was read is not an instance's slot that the cache can name, or the cache
        // forgot another class for it: compiled code reading only slots would leave here.
        code.observe_generic(pc);
    }
    Ok(v)
}

/// Caches where `obj.name` is, if it is an instance's slot. True if it did so without
/// forgetting another entry.
fn fill_load(code: &Code, pc: usize, obj: &Value, name: &Obj) -> bool {
    let Value::Obj(o) = obj else { return false };
    let Payload::Instance(inst) = &o.payload else {
        return false;
    };
    let cls = o.class();
    if !default_protocol(&cls, "__getattribute__") {
        return false;
    }
    if lookup(&cls, name).is_some_and(|t| ops::attr::is_data_descriptor(&t)) {
        return false;
    }
    let Some(shape) = shape_addr(inst) else {
        return false;
    };
    let Some(slot) = inst.slots.borrow().shape.index_of(name) else {
        return false;
    };
    let mut caches = code.attr_caches[pc].borrow_mut();
    let forgets = caches.is_full();
    caches.insert(AttrCache::Slot {
        class: o.class_addr(),
        epoch: type_epoch(),
        shape,
        slot,
    });
    !forgets
}

/// Method lookup for `obj.name(...)` through the cache of instruction `pc` (see
/// `ops::attr::load_method`).
#[inline]
pub fn load_method(
    vm: &mut Vm,
    code: &Code,
    pc: usize,
    obj: &Value,
    name: &Obj,
) -> PyResult<Option<Value>> {
    if let Value::Obj(o) = obj {
        let caches = code.attr_caches[pc].borrow();
        let shp = match &o.payload {
            Payload::Instance(inst) => shape_addr(inst),
            _ => Some(0),
        };
        if let Some(shp) = shp {
            let (cls, ep) = (o.class_addr(), type_epoch());
            for e in &caches.entries {
                if let AttrCache::Method {
                    class,
                    epoch,
                    shape,
                    func,
                } = e
                {
                    if cls == *class && *shape == shp && *epoch == ep {
                        return Ok(Some(func.clone()));
                    }
                }
            }
        }
    }
    let r = ops::attr::load_method(vm, obj, name)?;
    if let (Some(func), Value::Obj(o)) = (&r, obj) {
        let shape = match &o.payload {
            Payload::Instance(inst) => {
                if !default_protocol(&o.class(), "__getattribute__") {
                    return Ok(r);
                }
                match shape_addr(inst) {
                    Some(s) => s,
                    None => return Ok(r),
                }
            }
            _ => 0,
        };
        code.attr_caches[pc].borrow_mut().insert(AttrCache::Method {
            class: o.class_addr(),
            epoch: type_epoch(),
            shape,
            func: func.clone(),
        });
    }
    Ok(r)
}

/// `a op b` through the cache of binary-operator instruction `pc`. When `a` is an instance
/// of a user class whose operator method, a Python function, goes first (see
/// `ops::arith::left_operator`), the cache remembers it for this pair of operand classes:
/// compiled code then calls the method directly.
#[inline]
pub fn binary_op(
    vm: &mut Vm,
    code: &Code,
    pc: usize,
    op: crate::bytecode::BinOp,
    a: &Value,
    b: &Value,
) -> PyResult<Value> {
    let Value::Obj(oa) = a else {
        return ops::arith::binary_op(vm, op, a, b);
    };
    if !matches!(oa.payload, Payload::Instance(_)) {
        return ops::arith::binary_op(vm, op, a, b);
    }
    let (ca, now) = (oa.class_addr(), type_epoch());
    let cb = match b {
        Value::Obj(ob) => ob.class_addr(),
        inline => crate::object::class_of(inline).addr(),
    };
    let cached = code.attr_caches[pc]
        .borrow()
        .entries
        .iter()
        .find_map(|e| match e {
            AttrCache::Operator {
                left,
                right,
                epoch,
                func,
            } if *left == ca && *right == cb && *epoch == now => Some(func.clone()),
            _ => None,
        });
    let func = match cached {
        Some(f) => f,
        None => match ops::arith::left_operator(op, a, b) {
            Some(f) => {
                code.attr_caches[pc]
                    .borrow_mut()
                    .insert(AttrCache::Operator {
                        left: ca,
                        right: cb,
                        epoch: now,
                        func: f.clone(),
                    });
                f
            }
            None => return ops::arith::binary_op(vm, op, a, b),
        },
    };
    match ops::arith::call_operator(vm, &func, a, b)? {
        Some(r) => Ok(r),
        None => ops::arith::binary_op_after_left(vm, op, a, b),
    }
}

/// `obj.name = value` through the cache of instruction `pc`.
#[inline]
pub fn store_attr(
    vm: &mut Vm,
    code: &Code,
    pc: usize,
    obj: &Value,
    name: &Obj,
    value: Value,
) -> PyResult<()> {
    if let Value::Obj(o) = obj {
        if let Payload::Instance(inst) = &o.payload {
            let caches = code.attr_caches[pc].borrow();
            let mut s = inst.slots.borrow_mut();
            if s.dict.is_none() {
                let (cls, shp, ep) = (o.class_addr(), Rc::as_ptr(&s.shape) as usize, type_epoch());
                for e in &caches.entries {
                    match e {
                        AttrCache::Slot {
                            class,
                            epoch,
                            shape,
                            slot,
                        } if cls == *class && *shape == shp && *epoch == ep => {
                            s.values[*slot] = value;
                            return Ok(());
                        }
                        AttrCache::Add {
                            class,
                            epoch,
                            shape,
                            next,
                        } if cls == *class && *shape == shp && *epoch == ep => {
                            if s.values.len() == s.values.capacity() {
                                note_width(o, s.values.len() + 1);
                            }
                            s.values.push(value);
                            s.shape = next.clone();
                            return Ok(());
                        }
                        _ => {}
                    }
                }
            }
        }
    }
    let before = match obj {
        Value::Obj(o) => match &o.payload {
            Payload::Instance(inst) => shape_addr(inst),
            _ => None,
        },
        _ => None,
    };
    ops::attr::set_attr(vm, obj, name, value)?;
    if let (Some(before), Value::Obj(o)) = (before, obj) {
        fill_store(code, pc, o, name, before);
    }
    Ok(())
}

/// Instances of `o`'s class have been seen with `width` attributes: new ones get room for
/// as many.
fn note_width(o: &Obj, width: usize) {
    let cls = o.class();
    let w = &crate::object::class::class_data(&cls).instance_width;
    if w.get() < width {
        w.set(width.min(MAX_INSTANCE_WIDTH));
    }
}

/// Attributes beyond this many are not made room for up front.
const MAX_INSTANCE_WIDTH: usize = 64;

fn fill_store(code: &Code, pc: usize, o: &Obj, name: &Obj, before: usize) {
    let Payload::Instance(inst) = &o.payload else {
        return;
    };
    let cls = o.class();
    if !default_protocol(&cls, "__setattr__") {
        return;
    }
    if lookup(&cls, name).is_some_and(|t| ops::attr::is_data_descriptor(&t)) {
        return;
    }
    let s = inst.slots.borrow();
    if s.dict.is_some() {
        return;
    }
    let Some(slot) = s.shape.index_of(name) else {
        return;
    };
    let after = Rc::as_ptr(&s.shape) as usize;
    let entry = if after == before {
        AttrCache::Slot {
            class: o.class_addr(),
            epoch: type_epoch(),
            shape: before,
            slot,
        }
    } else if slot + 1 == s.values.len() {
        note_width(o, s.values.len());
        AttrCache::Add {
            class: o.class_addr(),
            epoch: type_epoch(),
            shape: before,
            next: s.shape.clone(),
        }
    } else {
        return;
    };
    drop(s);
    code.attr_caches[pc].borrow_mut().insert(entry);
}
