//! Finalisation: what runs when an object dies. CPython closes a suspended generator (its
//! `finally` blocks run) and calls `__del__` at the moment the last reference goes. Here the
//! heap cannot run Python code while it frees (it may be deep inside a container's drop), so a
//! dying object that needs finalising is kept alive, queued, and finalised at the next safe
//! point of the interpreter: after the instruction that dropped the reference (stores,
//! deletions, `Pop`, calls). `__del__` runs at most once per object, as PEP 442 says; an
//! object it resurrects is later freed without another call.

use std::cell::{Cell, RefCell};
use std::collections::{HashSet, VecDeque};

use super::Vm;
use crate::object::class::{class_data, has_finalizer, lookup_str};
use crate::object::{Obj, Payload};

thread_local! {
    /// Objects whose last reference died and that wait to be finalised.
    static QUEUE: RefCell<VecDeque<Obj>> = const { RefCell::new(VecDeque::new()) };
    static PENDING: Cell<bool> = const { Cell::new(false) };
    /// Addresses of live objects whose `__del__` has run.
    static FINALIZED: RefCell<HashSet<usize>> = RefCell::new(HashSet::new());
}

/// Called by the heap for an object whose count reached zero: whether it must be kept alive
/// and queued instead of freed. Forgets the object's finalised mark when it is finally freed.
pub fn intercept_free(payload: &Payload, class: &Payload, addr: usize) -> bool {
    if super::generator::needs_close(payload) {
        return true;
    }
    match class {
        Payload::Class(c) if has_finalizer(c) => !FINALIZED.with(|f| f.borrow_mut().remove(&addr)),
        _ => false,
    }
}

/// Whether `o` has a `__del__` that has not run yet (for the cycle collector, which finalises
/// unreachable objects before it breaks their cycles).
pub fn needs_del(o: &Obj) -> bool {
    has_finalizer(class_data(&o.class())) && !FINALIZED.with(|f| f.borrow().contains(&o.addr()))
}

pub fn defer(o: Obj) {
    QUEUE.with(|q| q.borrow_mut().push_back(o));
    PENDING.with(|p| p.set(true));
}

/// Whether objects wait to be finalised (cheap; checked at safe points).
#[inline]
pub fn pending() -> bool {
    PENDING.with(|p| p.get())
}

/// The address of this thread's "finalisers pending" flag (a `Cell<bool>`), which compiled
/// code reads before a direct call (compiled code runs only on the interpreter's thread).
pub fn pending_flag_address() -> usize {
    PENDING.with(|p| p as *const Cell<bool> as usize)
}

/// Finalises the queued objects, in the order they died.
pub fn run(vm: &mut Vm) {
    PENDING.with(|p| p.set(false));
    loop {
        let next = QUEUE.with(|q| q.borrow_mut().pop_front());
        let Some(o) = next else { break };
        if let Payload::Generator(_) = &o.payload {
            super::generator::finalize(vm, &o);
        } else {
            call_del(vm, &o);
        }
        // Unless the finaliser resurrected it, this frees the object.
        drop(o);
    }
}

/// Interpreter shutdown. CPython drops `__main__` from `sys.modules` and its garbage collector
/// then finds the module's namespace unreachable: the finalisers of what it held run first,
/// with the namespace intact, in allocation order (here: the namespace's order), and then the
/// namespace is cleared. Unreachable cycles are collected last.
pub fn shutdown(vm: &mut Vm, main_globals: &Obj) {
    use crate::builtins::dict;
    use crate::value::Value;
    crate::traceback::stop_showing_source();
    let names = |k: &Value| crate::object::as_str(k).map(str::to_string);
    for (k, v) in dict::items(main_globals) {
        if let (Some(name), Value::Obj(o)) = (names(&k), &v) {
            if name != "__builtins__" && needs_del(o) {
                defer(o.clone());
            }
        }
    }
    run(vm);
    for (k, v) in dict::items(main_globals) {
        let Some(name) = names(&k) else { continue };
        if name == "__builtins__" || v.is_none() {
            continue;
        }
        dict::set_str_item(main_globals, &name, Value::None);
        drop(v);
        if pending() {
            run(vm);
        }
    }
    crate::object::heap::collect();
    if pending() {
        run(vm);
        crate::object::heap::collect();
    }
}

fn call_del(vm: &mut Vm, o: &Obj) {
    FINALIZED.with(|f| f.borrow_mut().insert(o.addr()));
    let cls = o.class();
    let Some(del) = lookup_str(&cls, "__del__") else {
        return;
    };
    let this = crate::value::Value::Obj(o.clone());
    let bound = match crate::ops::attr::descr_get(vm, &del, &this, &cls) {
        Ok(b) => b,
        Err(e) => return report(vm, &del, &e),
    };
    if let Err(e) = super::call(vm, &bound, &[]) {
        report(vm, &del, &e);
    }
}

/// CPython's report of an exception raised by `__del__`, which cannot propagate.
fn report(vm: &mut Vm, del: &crate::value::Value, e: &crate::object::exception::PyErr) {
    let what = match del.payload() {
        Some(Payload::Function(f)) => format!(
            "<function {} at 0x{:012x}>",
            crate::object::str_of(&f.qualname.borrow()),
            del.as_obj().map_or(0, |o| o.addr())
        ),
        _ => "<__del__>".to_string(),
    };
    vm.write_stderr(&format!("Exception ignored in: {what}\n"));
    crate::traceback::print_exception(vm, e);
}
