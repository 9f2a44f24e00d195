//! The `_heapq` module: the heap primitives of `heapq`, with the sift algorithms of CPython's C
//! `_heapq` step for step (so a list holds its items in the same order as in CPython after
//! every operation, and `<` is the only comparison made). `heapq` itself (py/heapq.py) adds
//! `merge`, `nlargest` and `nsmallest`, which CPython also writes in Python.

use std::cell::RefCell;

use crate::builtins::add_module_function;
use crate::bytecode::CmpOp;
use crate::interp::Vm;
use crate::object::exception::{index_error, runtime_error, type_error};
use crate::object::function::Args;
use crate::object::{new_module, type_name, Obj, Payload};
use crate::ops;
use crate::value::Value;
use crate::PyResult;

pub fn create() -> Obj {
    let m = new_module("_heapq");
    add_module_function(&m, "heappush", heappush);
    add_module_function(&m, "heappop", heappop);
    add_module_function(&m, "heapify", heapify);
    add_module_function(&m, "heapreplace", heapreplace);
    add_module_function(&m, "heappushpop", heappushpop);
    add_module_function(&m, "_heappop_max", heappop_max);
    add_module_function(&m, "_heapify_max", heapify_max);
    add_module_function(&m, "_heapreplace_max", heapreplace_max);
    m
}

/// A list's items.
type Items = RefCell<Vec<Value>>;

/// Checks the argument count (positional only, as the C functions take them) and that the
/// first argument is a list, with CPython's messages.
fn parse<'a>(name: &str, args: &Args<'a>, n: usize) -> PyResult<(&'a Items, &'a [Value])> {
    if args.has_kwargs() {
        return Err(type_error(format!(
            "_heapq.{name}() takes no keyword arguments"
        )));
    }
    let pos = args.pos();
    if pos.len() != n {
        return Err(type_error(if n == 1 {
            format!(
                "_heapq.{name}() takes exactly one argument ({} given)",
                pos.len()
            )
        } else {
            format!("{name} expected {n} arguments, got {}", pos.len())
        }));
    }
    match pos[0].payload() {
        Some(Payload::List(items)) => Ok((items, &pos[1..])),
        _ => Err(type_error(if n == 1 {
            format!("{name}() argument must be list, not {}", describe(&pos[0]))
        } else {
            format!(
                "{name}() argument 1 must be list, not {}",
                describe(&pos[0])
            )
        })),
    }
}

/// How argument errors name a value's type ("None" for None, as CPython's `_PyArg_BadArgument`).
fn describe(v: &Value) -> String {
    if v.is_none() {
        "None".to_string()
    } else {
        type_name(v)
    }
}

/// `a < b` for the min-heap, `b < a` for the max-heap.
fn before(vm: &mut Vm, a: &Value, b: &Value, max: bool) -> PyResult<bool> {
    let (x, y) = if max { (b, a) } else { (a, b) };
    let r = ops::compare::compare(vm, CmpOp::Lt, x, y)?;
    ops::truthy(vm, &r)
}

fn changed_size() -> crate::object::exception::PyErr {
    runtime_error("list changed size during iteration")
}

/// CPython's `siftdown`: moves the item at `pos` up towards `start` past larger parents.
fn sift_down(vm: &mut Vm, heap: &Items, start: usize, mut pos: usize, max: bool) -> PyResult<()> {
    let size = heap.borrow().len();
    if pos >= size {
        return Err(index_error("index out of range"));
    }
    while pos > start {
        let parentpos = (pos - 1) >> 1;
        let (newitem, parent) = {
            let h = heap.borrow();
            (h[pos].clone(), h[parentpos].clone())
        };
        let lt = before(vm, &newitem, &parent, max)?;
        let mut h = heap.borrow_mut();
        if h.len() != size {
            return Err(changed_size());
        }
        if !lt {
            break;
        }
        h.swap(parentpos, pos);
        pos = parentpos;
    }
    Ok(())
}

/// CPython's `siftup`: moves the smaller child up until `pos` is a leaf, then sifts the item
/// that was at `pos` back down into place.
fn sift_up(vm: &mut Vm, heap: &Items, mut pos: usize, max: bool) -> PyResult<()> {
    let end = heap.borrow().len();
    let start = pos;
    if pos >= end {
        return Err(index_error("index out of range"));
    }
    let limit = end >> 1;
    while pos < limit {
        let mut child = 2 * pos + 1;
        if child + 1 < end {
            let (a, b) = {
                let h = heap.borrow();
                (h[child].clone(), h[child + 1].clone())
            };
            if !before(vm, &a, &b, max)? {
                child += 1;
            }
            if heap.borrow().len() != end {
                return Err(changed_size());
            }
        }
        heap.borrow_mut().swap(child, pos);
        pos = child;
    }
    sift_down(vm, heap, start, pos, max)
}

fn heappush(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (heap, rest) = parse("heappush", &args, 2)?;
    let at = {
        let mut h = heap.borrow_mut();
        h.push(rest[0].clone());
        h.len() - 1
    };
    sift_down(vm, heap, 0, at, false)?;
    Ok(Value::None)
}

fn pop(vm: &mut Vm, heap: &Items, max: bool) -> PyResult<Value> {
    let last = heap
        .borrow_mut()
        .pop()
        .ok_or_else(|| index_error("index out of range"))?;
    let top = {
        let mut h = heap.borrow_mut();
        match h.first_mut() {
            Some(first) => std::mem::replace(first, last),
            None => return Ok(last),
        }
    };
    sift_up(vm, heap, 0, max)?;
    Ok(top)
}

fn heappop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (heap, _) = parse("heappop", &args, 1)?;
    pop(vm, heap, false)
}

fn heappop_max(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (heap, _) = parse("_heappop_max", &args, 1)?;
    pop(vm, heap, true)
}

fn replace(vm: &mut Vm, heap: &Items, item: &Value, max: bool) -> PyResult<Value> {
    let top = {
        let mut h = heap.borrow_mut();
        match h.first_mut() {
            Some(first) => std::mem::replace(first, item.clone()),
            None => return Err(index_error("index out of range")),
        }
    };
    sift_up(vm, heap, 0, max)?;
    Ok(top)
}

fn heapreplace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (heap, rest) = parse("heapreplace", &args, 2)?;
    replace(vm, heap, &rest[0], false)
}

fn heapreplace_max(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (heap, rest) = parse("_heapreplace_max", &args, 2)?;
    replace(vm, heap, &rest[0], true)
}

/// Push then pop, in one sift: the item itself comes back when it is not larger than the top.
fn heappushpop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (heap, rest) = parse("heappushpop", &args, 2)?;
    let item = &rest[0];
    let Some(top) = heap.borrow().first().cloned() else {
        return Ok(item.clone());
    };
    if !before(vm, &top, item, false)? {
        return Ok(item.clone());
    }
    if heap.borrow().is_empty() {
        return Err(index_error("index out of range"));
    }
    replace(vm, heap, item, false)
}

/// Sifts every parent, last first.
fn make_heap(vm: &mut Vm, heap: &Items, max: bool) -> PyResult<Value> {
    let n = heap.borrow().len();
    for i in (0..n / 2).rev() {
        sift_up(vm, heap, i, max)?;
    }
    Ok(Value::None)
}

fn heapify(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (heap, _) = parse("heapify", &args, 1)?;
    make_heap(vm, heap, false)
}

fn heapify_max(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (heap, _) = parse("_heapify_max", &args, 1)?;
    make_heap(vm, heap, true)
}
