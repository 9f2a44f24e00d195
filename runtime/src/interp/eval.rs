//! The evaluation loop: runs one frame's bytecode until it returns, yields or raises.
//!
//! Errors unwind through the code's exception table: the innermost row covering the failing
//! instruction says where the handler is and how deep the value stack should be; the exception
//! is pushed and execution continues there. Every frame an exception passes through adds a
//! traceback entry, except when the exception is re-raised by `Reraise` (it is already there).

use crate::bytecode::{Code, Conversion, GlobalCache, Instr};
use crate::object::exception::{
    exc_data, name_error, type_error, unbound_local_error, PyErr, TracebackEntry,
};
use crate::object::function::Args;
use crate::object::iter::IterState;
use crate::object::{
    dict_version, exc_types, new_list, new_set, new_slice, new_str, new_tuple, str_of, Obj, Payload,
};
use crate::ops;
use crate::table::set_table::SetTable;
use crate::value::Value;
use crate::PyResult;

use super::frame::Frame;
use super::tier::Entered;
use super::Vm;

/// How a frame stopped running.
pub enum Exit {
    Return(Value),
    Yield(Value),
}

/// How a frame resumes: from the start, with a value sent into a `yield`, or with an exception
/// thrown in at the `yield`.
pub enum Resume {
    Start,
    Send(Value),
    Throw(PyErr),
    /// At `frame.pc`, where compiled code left off.
    Here,
}

/// Runs a function frame to completion.
pub fn run_function(vm: &mut Vm, frame: &mut Frame) -> PyResult<Value> {
    // A compiled start that fits the frame is entered straight away, without the set-up of
    // the evaluation loop.
    if let Some(entry) = super::tier::start_entry(vm, frame) {
        frame.code.call_count.set(frame.code.call_count.get() + 1);
        vm.push_frame(frame);
        let entered = super::jit_abi::enter(vm, frame, &entry);
        super::tier::account(&frame.code, 0, &entry, &entered);
        let r = match entered {
            Entered::Returned(v) => Ok(Exit::Return(v)),
            Entered::Resumed | Entered::No | Entered::Pending => run_frame(vm, frame, Resume::Here),
            Entered::Raised(e) => run_frame(vm, frame, Resume::Throw(e)),
        };
        vm.pop_frame();
        return match r? {
            Exit::Return(v) => Ok(v),
            Exit::Yield(_) => unreachable!("only generator frames yield"),
        };
    }
    match run(vm, frame, Resume::Start)? {
        Exit::Return(v) => Ok(crate::value::by_words(v)),
        Exit::Yield(_) => unreachable!("only generator frames yield"),
    }
}

macro_rules! pop {
    ($frame:expr) => {
        crate::value::pop_value(&mut $frame.stack).expect("value stack underflow")
    };
}

macro_rules! top {
    ($frame:expr) => {
        $frame.stack.last().expect("value stack underflow")
    };
}

/// Adds this frame to an exception's traceback and, the first time it is seen, sets its
/// implicit `__context__` to the exception being handled.
fn record_traceback(vm: &Vm, frame: &Frame, err: &PyErr, pc: usize) {
    let data = err.data();
    data.traceback.borrow_mut().push(TracebackEntry {
        code: frame.code.clone(),
        pc,
        aux: data.aux_position.replace(false),
    });
    if !data.context_set.get() {
        data.context_set.set(true);
        set_context(vm, err);
    }
}

fn set_context(vm: &Vm, err: &PyErr) {
    if let Value::Obj(handled) = vm.handled_exception() {
        if handled.is(&err.0) {
            return;
        }
        // Avoid a cycle: cut the chain where it would come back to this exception.
        let mut o = handled.clone();
        while let Some(d) = exc_data(&o) {
            let next = d.context.borrow().clone();
            match next {
                Value::Obj(n) if n.is(&err.0) => {
                    if let Some(d) = exc_data(&o) {
                        *d.context.borrow_mut() = Value::None;
                    }
                    break;
                }
                Value::Obj(n) => o = n,
                _ => break,
            }
        }
        *err.data().context.borrow_mut() = vm.handled_exception().clone();
    }
}

pub fn run(vm: &mut Vm, frame: &mut Frame, resume: Resume) -> PyResult<Exit> {
    vm.push_frame(frame);
    let r = run_frame(vm, frame, resume);
    vm.pop_frame();
    r
}

fn run_frame(vm: &mut Vm, frame: &mut Frame, resume: Resume) -> PyResult<Exit> {
    let code = frame.code.clone();
    let instrs = &code.instrs[..];
    let mut pending: Option<(PyErr, bool)> = None;
    match resume {
        Resume::Start => {
            // Ctrl-C, raised on entry too (CPython's RESUME checks), for code without loops.
            super::interrupt::check()?;
            let calls = code.call_count.get() + 1;
            code.call_count.set(calls);
            if calls > vm.options.threshold
                && vm.tier.is_some()
                && !code.flags.generator
                && !code.jit_start_given_up.get()
            {
                match super::tier::try_enter(vm, frame, 0) {
                    Entered::No | Entered::Pending | Entered::Resumed => {}
                    Entered::Returned(v) => return Ok(Exit::Return(v)),
                    Entered::Raised(e) => pending = Some((e, false)),
                }
            }
        }
        Resume::Send(v) => frame.stack.push(v),
        Resume::Throw(e) => pending = Some((e, false)),
        Resume::Here => {}
    }
    loop {
        // Dispatch until an error; `reraise` says the traceback already has this frame.
        let (err, reraise) = match pending.take() {
            Some(p) => p,
            None => match dispatch(vm, frame, instrs)? {
                Stop::Exit(exit) => return Ok(exit),
                Stop::Raise(e, reraise) => (e, reraise),
                Stop::Hot => match super::tier::try_enter(vm, frame, frame.pc) {
                    Entered::No => {
                        // Not compiled here (or not for these types): ask again later.
                        code.osr_after
                            .set(code.backedges.get() + super::tier::OSR_RETRY_INTERVAL);
                        continue;
                    }
                    Entered::Pending => {
                        // Being compiled in the background: look again soon.
                        code.osr_after
                            .set(code.backedges.get() + super::tier::OSR_PENDING_INTERVAL);
                        continue;
                    }
                    Entered::Resumed => continue,
                    Entered::Returned(v) => return Ok(Exit::Return(v)),
                    Entered::Raised(e) => (e, false),
                },
            },
        };
        let pc = frame.pc.saturating_sub(1);
        if !reraise {
            record_traceback(vm, frame, &err, pc);
        }
        match code.handler_for(pc) {
            Some(h) => {
                frame.stack.truncate(frame.base + h.depth as usize);
                frame.stack.push(err.value());
                frame.pc = h.handler as usize;
            }
            None => return Err(err),
        }
    }
}

/// Why `dispatch` stopped.
enum Stop {
    Exit(Exit),
    /// An error needs handling; `true` if the traceback already has this frame.
    Raise(PyErr, bool),
    /// A loop got hot: `frame.pc` is its header, where compiled code may take over.
    Hot,
}

/// Executes instructions until the frame exits, an error needs handling or a loop gets hot.
/// The outer `Result` is never `Err`; it keeps `?` out of the hot loop.
#[inline(never)]
fn dispatch(vm: &mut Vm, frame: &mut Frame, instrs: &[Instr]) -> PyResult<Stop> {
    // The program counter lives in a register; `frame.pc` is written back whenever control
    // leaves this function (return, yield, error), which is all that reads it.
    let mut pc = frame.pc;
    macro_rules! tri {
        ($e:expr) => {
            match $e {
                Ok(v) => v,
                Err(e) => {
                    frame.pc = pc;
                    fail!(e, false);
                }
            }
        };
    }
    // Where objects that died may be finalised (`__del__`, generator close): after the
    // instructions that drop references, so finalisers run when CPython runs them.
    macro_rules! safe_point {
        () => {
            if super::finalize::pending() {
                super::finalize::run(vm);
            }
        };
    }
    macro_rules! fail {
        ($e:expr, $reraise:expr) => {{
            frame.pc = pc;
            return Ok(Stop::Raise($e, $reraise));
        }};
    }
    loop {
        let instr = instrs[pc];
        vm.cur_pc = pc;
        pc += 1;
        match instr {
            Instr::Nop => {}
            Instr::LoadConst(i) => {
                let v = frame.code.consts[i as usize].clone();
                frame.stack.push(v);
            }
            Instr::LoadFast(i) => {
                let v = &frame.stack[i as usize];
                if v.is_null() {
                    let name = str_of(&frame.code.varnames[i as usize]).to_string();
                    fail!(unbound_local_error(format!(
                            "cannot access local variable '{name}' where it is not associated with a value"
                        )), false);
                }
                let v = v.clone();
                frame.stack.push(v);
            }
            Instr::StoreFast(i) => {
                frame.stack[i as usize] = pop!(frame);
                safe_point!();
            }
            Instr::DeleteFast(i) => {
                if frame.stack[i as usize].is_null() {
                    let name = str_of(&frame.code.varnames[i as usize]).to_string();
                    fail!(unbound_local_error(format!(
                            "cannot access local variable '{name}' where it is not associated with a value"
                        )), false);
                }
                frame.stack[i as usize] = Value::Null;
                safe_point!();
            }
            Instr::LoadDeref(i) => {
                let v = match &frame.cell(i).payload {
                    Payload::Cell(c) => c.borrow().clone(),
                    _ => unreachable!(),
                };
                if v.is_null() {
                    fail!(free_var_error(&frame.code, i), false);
                }
                frame.code.observe(pc - 1, &v);
                frame.stack.push(v);
            }
            Instr::StoreDeref(i) => {
                let v = pop!(frame);
                if let Payload::Cell(c) = &frame.cell(i).payload {
                    *c.borrow_mut() = v;
                }
                safe_point!();
            }
            Instr::DeleteDeref(i) => {
                if let Payload::Cell(c) = &frame.cell(i).payload {
                    if c.borrow().is_null() {
                        fail!(free_var_error(&frame.code, i), false);
                    }
                    *c.borrow_mut() = Value::Null;
                }
                safe_point!();
            }
            Instr::LoadClosure(i) => {
                let c = frame.cell(i).clone();
                frame.stack.push(Value::Obj(c));
            }
            Instr::LoadClassDeref(name_i, cell_i) => {
                let name = &frame.code.names[name_i as usize];
                let found = frame
                    .namespace
                    .as_ref()
                    .and_then(|ns| crate::builtins::dict::get_str(ns, name));
                let v = match found {
                    Some(v) => v,
                    None => {
                        let v = match &frame.cell(cell_i).payload {
                            Payload::Cell(c) => c.borrow().clone(),
                            _ => unreachable!(),
                        };
                        if v.is_null() {
                            fail!(free_var_error(&frame.code, cell_i), false);
                        }
                        v
                    }
                };
                frame.stack.push(v);
            }
            Instr::LoadGlobal(i) => {
                let v = tri!(load_global(frame, i, pc - 1));
                frame.stack.push(v);
            }
            Instr::StoreGlobal(i) => {
                let v = pop!(frame);
                let name = &frame.code.names[i as usize];
                crate::builtins::dict::set_item_str_obj(&frame.globals, name, v);
                safe_point!();
            }
            Instr::DeleteGlobal(i) => {
                let name = frame.code.names[i as usize].clone();
                if !crate::builtins::dict::del_str(&frame.globals, &name) {
                    fail!(name_error_for(frame, str_of(&name)), false);
                }
                safe_point!();
            }
            Instr::LoadName(i) => {
                let name = &frame.code.names[i as usize];
                let found = frame
                    .namespace
                    .as_ref()
                    .and_then(|ns| crate::builtins::dict::get_str(ns, name))
                    .or_else(|| crate::builtins::dict::get_str(&frame.globals, name))
                    .or_else(|| crate::builtins::dict::get_str(&frame.builtins, name));
                match found {
                    Some(v) => frame.stack.push(v),
                    None => {
                        fail!(name_error_for(frame, str_of(name)), false);
                    }
                }
            }
            Instr::StoreName(i) => {
                let v = pop!(frame);
                let name = &frame.code.names[i as usize];
                let ns = frame.namespace.as_ref().unwrap_or(&frame.globals);
                // A class body whose metaclass's `__prepare__` returned a dict subclass
                // with its own `__setitem__` (enum's member dict) stores through it.
                let ns_value = Value::Obj(ns.clone());
                match crate::object::subclass::user_method(&ns_value, "__setitem__") {
                    Some(f) => {
                        tri!(super::call(
                            vm,
                            &f,
                            &[ns_value, Value::Obj(name.clone()), v]
                        ));
                    }
                    None => tri!(crate::builtins::dict::set_item(
                        vm,
                        ns,
                        Value::Obj(name.clone()),
                        v
                    )),
                }
                safe_point!();
            }
            Instr::DeleteName(i) => {
                let name = frame.code.names[i as usize].clone();
                let ns = frame
                    .namespace
                    .clone()
                    .unwrap_or_else(|| frame.globals.clone());
                if !crate::builtins::dict::del_str(&ns, &name) {
                    fail!(name_error_for(frame, str_of(&name)), false);
                }
                safe_point!();
            }
            Instr::LoadAttr(i) => {
                let obj = pop!(frame);
                let name = &frame.code.names[i as usize];
                let v = tri!(super::cache::load_attr(vm, &frame.code, pc - 1, &obj, name));
                frame.code.observe(pc - 1, &v);
                frame.stack.push(v);
            }
            Instr::StoreAttr(i) => {
                let obj = pop!(frame);
                let v = pop!(frame);
                let name = &frame.code.names[i as usize];
                tri!(super::cache::store_attr(
                    vm,
                    &frame.code,
                    pc - 1,
                    &obj,
                    name,
                    v
                ));
                safe_point!();
            }
            Instr::DeleteAttr(i) => {
                let obj = pop!(frame);
                let name = &frame.code.names[i as usize];
                tri!(ops::attr::del_attr(vm, &obj, name));
                safe_point!();
            }
            Instr::LoadMethod(i) => {
                let obj = pop!(frame);
                let name = &frame.code.names[i as usize];
                tri!(push_method(vm, frame, pc - 1, obj, name.clone()));
            }
            Instr::CallMethod(n) => {
                // Objects that died before the call are finalised before it, as in CPython.
                safe_point!();
                let n = n as usize;
                let len = frame.stack.len();
                if !frame.stack[len - n - 2].is_null() {
                    if let Some(r) =
                        super::call::call_exact(vm, &mut frame.stack, n + 1, len - n - 2)
                    {
                        let r = tri!(r);
                        frame.code.observe(pc - 1, &r);
                        frame.stack.push(r);
                        continue;
                    }
                } else if let Some(r) =
                    super::call::call_exact(vm, &mut frame.stack, n, len - n - 1)
                {
                    frame.stack.pop(); // the NULL below the callable
                    let r = tri!(r);
                    frame.code.observe(pc - 1, &r);
                    frame.stack.push(r);
                    continue;
                }
                let result = if frame.stack[len - n - 2].is_null() {
                    let callable = frame.stack[len - n - 1].clone();
                    super::call::call(vm, &callable, &frame.stack[len - n..])
                } else {
                    let callable = frame.stack[len - n - 2].clone();
                    super::call::call(vm, &callable, &frame.stack[len - n - 1..])
                };
                frame.stack.truncate(len - n - 2);
                let r = tri!(result);
                frame.code.observe(pc - 1, &r);
                frame.stack.push(r);
            }
            Instr::Call(n) => {
                // Objects that died before the call are finalised before it, as in CPython.
                safe_point!();
                let n = n as usize;
                let len = frame.stack.len();
                if let Some(r) = super::call::call_exact(vm, &mut frame.stack, n, len - n - 1) {
                    let r = tri!(r);
                    frame.code.observe(pc - 1, &r);
                    frame.stack.push(r);
                    continue;
                }
                let callable = frame.stack[len - n - 1].clone();
                let result = super::call::call(vm, &callable, &frame.stack[len - n..]);
                frame.stack.truncate(len - n - 1);
                let r = tri!(result);
                frame.code.observe(pc - 1, &r);
                frame.stack.push(r);
            }
            Instr::CallInFrame => {
                let locals = pop!(frame);
                let globals = pop!(frame);
                let source = pop!(frame);
                let callable = pop!(frame);
                let builtin = matches!(
                    callable.payload(),
                    Some(Payload::Builtin(b)) if b.owner.is_none() && matches!(b.name, "eval" | "exec")
                );
                let result = if builtin {
                    super::call::call(vm, &callable, &[source, globals, locals])
                } else {
                    super::call::call(vm, &callable, &[source])
                };
                frame.stack.push(tri!(result));
            }
            Instr::CallKw(n, k) => {
                // Objects that died before the call are finalised before it, as in CPython.
                safe_point!();
                let n = n as usize;
                let len = frame.stack.len();
                let callable = frame.stack[len - n - 1].clone();
                let names = kwnames(&frame.code.consts[k as usize]);
                let result = super::call::call_args(
                    vm,
                    &callable,
                    Args {
                        values: &frame.stack[len - n..],
                        kwnames: &names,
                    },
                );
                frame.stack.truncate(len - n - 1);
                let r = tri!(result);
                frame.code.observe(pc - 1, &r);
                frame.stack.push(r);
            }
            Instr::CallEx(has_kw) => {
                let kwargs = if has_kw { Some(pop!(frame)) } else { None };
                let args = pop!(frame);
                let callable = pop!(frame);
                let result = tri!(call_ex(vm, &callable, &args, kwargs.as_ref()));
                frame.stack.push(result);
            }
            Instr::BinaryOp(op) => {
                let b = pop!(frame);
                let a = pop!(frame);
                let r = match (&a, &b) {
                    (Value::Int(x), Value::Int(y)) => match ops::arith::int_op_fast(op, *x, *y) {
                        Some(v) => v,
                        None => tri!(super::cache::binary_op(vm, &frame.code, pc - 1, op, &a, &b)),
                    },
                    (Value::Float(x), Value::Float(y)) => {
                        match ops::arith::float_op_fast(op, *x, *y) {
                            Some(v) => v,
                            None => {
                                tri!(super::cache::binary_op(vm, &frame.code, pc - 1, op, &a, &b))
                            }
                        }
                    }
                    _ => tri!(super::cache::binary_op(vm, &frame.code, pc - 1, op, &a, &b)),
                };
                frame.code.observe(pc - 1, &r);
                frame.stack.push(r);
            }
            Instr::InplaceOp(op) => {
                let b = pop!(frame);
                let a = pop!(frame);
                let r = match (&a, &b) {
                    (Value::Int(x), Value::Int(y)) => match ops::arith::int_op_fast(op, *x, *y) {
                        Some(v) => v,
                        None => tri!(ops::arith::inplace_op(vm, op, &a, &b)),
                    },
                    (Value::Float(x), Value::Float(y)) => {
                        match ops::arith::float_op_fast(op, *x, *y) {
                            Some(v) => v,
                            None => tri!(ops::arith::inplace_op(vm, op, &a, &b)),
                        }
                    }
                    _ => tri!(ops::arith::inplace_op(vm, op, &a, &b)),
                };
                frame.code.observe(pc - 1, &r);
                frame.stack.push(r);
            }
            Instr::Unary(op) => {
                let v = pop!(frame);
                let r = tri!(ops::arith::unary_op(vm, op, &v));
                frame.stack.push(r);
            }
            Instr::Compare(op) => {
                let b = pop!(frame);
                let a = pop!(frame);
                let r = match (&a, &b) {
                    (Value::Int(x), Value::Int(y)) => {
                        Value::Bool(ops::compare::cmp_ord(op, x.cmp(y)))
                    }
                    (Value::Float(x), Value::Float(y)) => {
                        Value::Bool(ops::compare::cmp_f64(op, *x, *y))
                    }
                    _ => tri!(ops::compare::compare(vm, op, &a, &b)),
                };
                frame.code.observe(pc - 1, &r);
                frame.stack.push(r);
            }
            Instr::Is(neg) => {
                let b = pop!(frame);
                let a = pop!(frame);
                frame.stack.push(Value::Bool(a.is(&b) != neg));
            }
            Instr::In(neg) => {
                let container = pop!(frame);
                let item = pop!(frame);
                let r = tri!(ops::seq::contains(vm, &container, &item));
                frame.stack.push(Value::Bool(r != neg));
            }
            Instr::Subscr => {
                let key = pop!(frame);
                let container = pop!(frame);
                if let Some(v) = subscr_fast(&container, &key) {
                    frame.code.observe_subscript(pc - 1, &container, &v);
                    frame.stack.push(v);
                    continue;
                }
                // The general path: compiled code reading list items would leave here.
                frame.code.observe_generic(pc - 1);
                let r = tri!(ops::seq::get_item(vm, &container, &key));
                frame.code.observe(pc - 1, &r);
                frame.stack.push(r);
            }
            Instr::Slice(n) => {
                let bounds = pop_bounds(frame, n);
                let container = pop!(frame);
                let v = tri!(ops::seq::get_slice(vm, &container, bounds));
                frame.stack.push(v);
            }
            Instr::StoreSlice(n) => {
                let bounds = pop_bounds(frame, n);
                let container = pop!(frame);
                let value = pop!(frame);
                tri!(ops::seq::set_slice(vm, &container, bounds, value));
                safe_point!();
            }
            Instr::StoreSubscr => {
                let key = pop!(frame);
                let container = pop!(frame);
                let value = pop!(frame);
                let stored = value.tag();
                let v = match store_list_fast(&container, &key, value) {
                    Ok(old_was_object) => {
                        frame.code.observe_store(pc - 1, stored, old_was_object);
                        safe_point!();
                        continue;
                    }
                    Err(v) => v,
                };
                frame.code.observe_store(pc - 1, stored, true);
                tri!(ops::seq::set_item(vm, &container, key, v));
                safe_point!();
            }
            Instr::DeleteSubscr => {
                let key = pop!(frame);
                let container = pop!(frame);
                tri!(ops::seq::del_item(vm, &container, &key));
                safe_point!();
            }
            Instr::BuildTuple(n) => {
                let items = frame.stack.split_off(frame.stack.len() - n as usize);
                frame.stack.push(new_tuple(items));
            }
            Instr::BuildList(n) => {
                let items = frame.stack.split_off(frame.stack.len() - n as usize);
                frame.stack.push(new_list(items));
            }
            Instr::BuildSet(n) => {
                let items = frame.stack.split_off(frame.stack.len() - n as usize);
                frame.stack.push(tri!(build_set(vm, items)));
            }
            Instr::BuildMap(n) => {
                let items = frame.stack.split_off(frame.stack.len() - 2 * n as usize);
                frame.stack.push(tri!(build_map(vm, items)));
            }
            Instr::BuildConstKeyMap(n, k) => {
                let values = frame.stack.split_off(frame.stack.len() - n as usize);
                let keys = frame.code.consts[k as usize].clone();
                let d = crate::object::new_dict();
                if let Some(Payload::Tuple(ks)) = keys.payload() {
                    for (key, v) in ks.iter().zip(values) {
                        tri!(crate::builtins::dict::set_item(vm, &d, key.clone(), v));
                    }
                }
                frame.stack.push(Value::Obj(d));
            }
            Instr::BuildSlice(n) => {
                let step = if n == 3 { pop!(frame) } else { Value::None };
                let stop = pop!(frame);
                let start = pop!(frame);
                frame.stack.push(new_slice(start, stop, step));
            }
            Instr::BuildString(n) => {
                let parts = frame.stack.split_off(frame.stack.len() - n as usize);
                let mut s = String::new();
                for p in &parts {
                    s.push_str(crate::object::as_str(p).unwrap_or(""));
                }
                frame.stack.push(new_str(s));
            }
            Instr::ListAppend(depth) => {
                let v = pop!(frame);
                let list = &frame.stack[frame.stack.len() - depth as usize];
                if let Some(Payload::List(l)) = list.payload() {
                    l.borrow_mut().push(v);
                }
            }
            Instr::SetAdd(depth) => {
                let v = pop!(frame);
                let set = frame.stack[frame.stack.len() - depth as usize].clone();
                tri!(crate::builtins::set::add(vm, &set, v));
            }
            Instr::MapAdd(depth) => {
                let v = pop!(frame);
                let k = pop!(frame);
                let d = frame.stack[frame.stack.len() - depth as usize].clone();
                if let Value::Obj(d) = &d {
                    tri!(crate::builtins::dict::set_item(vm, d, k, v));
                }
            }
            Instr::ListExtend(depth) => {
                let iterable = pop!(frame);
                let list = frame.stack[frame.stack.len() - depth as usize].clone();
                let items = tri!(ops::iter::collect(vm, &iterable).map_err(|e| {
                    if e.is_instance(&exc_types().type_error) && !ops::iter::is_iterable(&iterable)
                    {
                        type_error(format!(
                            "Value after * must be an iterable, not {}",
                            crate::object::type_name(&iterable)
                        ))
                    } else {
                        e
                    }
                }));
                if let Some(Payload::List(l)) = list.payload() {
                    l.borrow_mut().extend(items);
                }
            }
            Instr::CallArgsExtend => {
                let iterable = pop!(frame);
                let len = frame.stack.len();
                let list = frame.stack[len - 1].clone();
                let callable = frame.stack[len - 2].clone();
                if !ops::iter::is_iterable(&iterable) {
                    let f = function_str(vm, &callable);
                    fail!(
                        type_error(format!(
                            "{} argument after * must be an iterable, not {}",
                            f,
                            crate::object::type_name(&iterable)
                        )),
                        false
                    );
                }
                let items = tri!(ops::iter::collect(vm, &iterable));
                if let Some(Payload::List(l)) = list.payload() {
                    l.borrow_mut().extend(items);
                }
            }
            Instr::SetUpdate(depth) => {
                let iterable = pop!(frame);
                let set = frame.stack[frame.stack.len() - depth as usize].clone();
                tri!(crate::builtins::set::update(vm, &set, &iterable));
            }
            Instr::DictUpdate(depth) | Instr::DictMerge(depth) => {
                let other = pop!(frame);
                let d = frame.stack[frame.stack.len() - depth as usize].clone();
                let merge = matches!(instr, Instr::DictMerge(_));
                if merge && !is_mapping(vm, &other) {
                    // `f(**x)`: the callable is below the arguments tuple and the dict.
                    let callable = frame.stack[frame.stack.len() - depth as usize - 2].clone();
                    let f = function_str(vm, &callable);
                    fail!(
                        type_error(format!(
                            "{} argument after ** must be a mapping, not {}",
                            f,
                            crate::object::type_name(&other)
                        )),
                        false
                    );
                }
                if let Value::Obj(d) = &d {
                    tri!(crate::builtins::dict::update_from_mapping(
                        vm, d, &other, merge
                    ));
                }
            }
            Instr::ListToTuple => {
                let list = pop!(frame);
                let items = match list.payload() {
                    Some(Payload::List(l)) => l.borrow().clone(),
                    _ => Vec::new(),
                };
                frame.stack.push(new_tuple(items));
            }
            Instr::UnpackSequence(n) => {
                let seq = pop!(frame);
                tri!(ops::seq::unpack(
                    vm,
                    &seq,
                    n as usize,
                    None,
                    &mut frame.stack
                ));
            }
            Instr::UnpackEx(before, after) => {
                let seq = pop!(frame);
                tri!(ops::seq::unpack(
                    vm,
                    &seq,
                    before as usize,
                    Some(after as usize),
                    &mut frame.stack
                ));
            }
            Instr::FormatValue(conv, has_spec) => {
                let spec = if has_spec { Some(pop!(frame)) } else { None };
                let v = pop!(frame);
                let s = tri!(format_value(vm, v, conv, spec));
                frame.stack.push(s);
            }
            Instr::Jump(t) => {
                let t = t as usize;
                if t < pc {
                    // Ctrl-C, raised at a loop's back-edge (compiled code resumes here too).
                    if let Err(e) = super::interrupt::check() {
                        fail!(e, false);
                    }
                }
                if t < pc && vm.tier.is_some() && !frame.code.flags.generator {
                    let n = frame.code.backedges.get() + 1;
                    frame.code.backedges.set(n);
                    if n > vm.options.threshold && n > frame.code.osr_after.get() {
                        frame.pc = t;
                        return Ok(Stop::Hot);
                    }
                }
                pc = t;
            }
            Instr::PopJumpIfFalse(t) => {
                let v = pop!(frame);
                let b = match v {
                    Value::Bool(b) => b,
                    _ => tri!(ops::truthy(vm, &v)),
                };
                if !b {
                    pc = t as usize;
                }
            }
            Instr::PopJumpIfTrue(t) => {
                let v = pop!(frame);
                let b = match v {
                    Value::Bool(b) => b,
                    _ => tri!(ops::truthy(vm, &v)),
                };
                if b {
                    pc = t as usize;
                }
            }
            Instr::PopJumpIfNone(t) => {
                if pop!(frame).is_none() {
                    pc = t as usize;
                }
            }
            Instr::PopJumpIfNotNone(t) => {
                if !pop!(frame).is_none() {
                    pc = t as usize;
                }
            }
            Instr::JumpIfFalseOrPop(t) => {
                let b = tri!(ops::truthy(vm, top!(frame)));
                if !b {
                    pc = t as usize;
                } else {
                    frame.stack.pop();
                }
            }
            Instr::JumpIfTrueOrPop(t) => {
                let b = tri!(ops::truthy(vm, top!(frame)));
                if b {
                    pc = t as usize;
                } else {
                    frame.stack.pop();
                }
            }
            Instr::GetIter => {
                let v = pop!(frame);
                let it = tri!(ops::iter::get_iter(vm, &v));
                frame.stack.push(it);
            }
            Instr::ForIterStoreFast(t, i) => {
                let next = tri!(for_iter_next(vm, top!(frame)));
                match next {
                    Some(v) => {
                        frame.code.observe(pc - 1, &v);
                        frame.stack[i as usize] = v
                    }
                    None => {
                        frame.stack.pop();
                        pc = t as usize;
                    }
                }
            }
            Instr::CompareJumpIfFalse(op, t) | Instr::CompareJumpIfTrue(op, t) => {
                let b = pop!(frame);
                let a = pop!(frame);
                let r = match (&a, &b) {
                    (Value::Int(x), Value::Int(y)) => ops::compare::cmp_ord(op, x.cmp(y)),
                    (Value::Float(x), Value::Float(y)) => ops::compare::cmp_f64(op, *x, *y),
                    _ => {
                        let v = tri!(ops::compare::compare(vm, op, &a, &b));
                        match v {
                            Value::Bool(b) => b,
                            other => tri!(ops::truthy(vm, &other)),
                        }
                    }
                };
                if r == matches!(instr, Instr::CompareJumpIfTrue(..)) {
                    pc = t as usize;
                }
            }
            Instr::LoadFastConst(i, k) => {
                let v = &frame.stack[i as usize];
                if v.is_null() {
                    fail!(unbound_local(frame, i, false), false);
                }
                let v = v.clone();
                let c = frame.code.consts[k as usize].clone();
                frame.stack.push(v);
                frame.stack.push(c);
            }
            Instr::LoadFast2(i, j) => {
                let a = &frame.stack[i as usize];
                if a.is_null() {
                    fail!(unbound_local(frame, i, true), false);
                }
                let a = a.clone();
                let b = &frame.stack[j as usize];
                if b.is_null() {
                    fail!(unbound_local(frame, j, false), false);
                }
                let b = b.clone();
                frame.stack.push(a);
                frame.stack.push(b);
            }
            Instr::LoadFastAttr(i, n) => {
                let obj = &frame.stack[i as usize];
                if obj.is_null() {
                    fail!(unbound_local(frame, i, true), false);
                }
                let obj = obj.clone();
                let name = &frame.code.names[n as usize];
                let v = tri!(super::cache::load_attr(vm, &frame.code, pc - 1, &obj, name));
                frame.code.observe(pc - 1, &v);
                frame.stack.push(v);
            }
            Instr::LoadFastMethod(i, n) => {
                let obj = &frame.stack[i as usize];
                if obj.is_null() {
                    fail!(unbound_local(frame, i, true), false);
                }
                let obj = obj.clone();
                let name = &frame.code.names[n as usize];
                tri!(push_method(vm, frame, pc - 1, obj, name.clone()));
            }
            Instr::BinaryOpFastConst(op, i, k) => {
                let a = &frame.stack[i as usize];
                if a.is_null() {
                    fail!(unbound_local(frame, i, true), false);
                }
                let b = &frame.code.consts[k as usize];
                let r = match (a, b) {
                    (Value::Int(x), Value::Int(y)) => match ops::arith::int_op_fast(op, *x, *y) {
                        Some(v) => v,
                        None => {
                            let a = a.clone();
                            tri!(super::cache::binary_op(vm, &frame.code, pc - 1, op, &a, b))
                        }
                    },
                    (Value::Float(x), Value::Float(y)) => {
                        match ops::arith::float_op_fast(op, *x, *y) {
                            Some(v) => v,
                            None => {
                                let a = a.clone();
                                tri!(super::cache::binary_op(vm, &frame.code, pc - 1, op, &a, b))
                            }
                        }
                    }
                    _ => {
                        let a = a.clone();
                        tri!(super::cache::binary_op(vm, &frame.code, pc - 1, op, &a, b))
                    }
                };
                frame.code.observe(pc - 1, &r);
                frame.stack.push(r);
            }
            Instr::BinaryOpFast(op, j) => {
                let a = pop!(frame);
                let b = &frame.stack[j as usize];
                if b.is_null() {
                    fail!(unbound_local(frame, j, true), false);
                }
                let r = match (&a, b) {
                    (Value::Int(x), Value::Int(y)) => match ops::arith::int_op_fast(op, *x, *y) {
                        Some(v) => v,
                        None => {
                            let b = b.clone();
                            tri!(super::cache::binary_op(vm, &frame.code, pc - 1, op, &a, &b))
                        }
                    },
                    (Value::Float(x), Value::Float(y)) => {
                        match ops::arith::float_op_fast(op, *x, *y) {
                            Some(v) => v,
                            None => {
                                let b = b.clone();
                                tri!(super::cache::binary_op(vm, &frame.code, pc - 1, op, &a, &b))
                            }
                        }
                    }
                    _ => {
                        let b = b.clone();
                        tri!(super::cache::binary_op(vm, &frame.code, pc - 1, op, &a, &b))
                    }
                };
                frame.code.observe(pc - 1, &r);
                frame.stack.push(r);
            }
            Instr::ReturnFast(i) => {
                let v = &frame.stack[i as usize];
                if v.is_null() {
                    fail!(unbound_local(frame, i, false), false);
                }
                let v = v.clone();
                frame.pc = pc;
                return Ok(Stop::Exit(Exit::Return(v)));
            }
            Instr::ReturnConst(k) => {
                let v = frame.code.consts[k as usize].clone();
                frame.pc = pc;
                return Ok(Stop::Exit(Exit::Return(v)));
            }
            Instr::BinaryOpConst(op, k) => {
                let a = pop!(frame);
                let b = &frame.code.consts[k as usize];
                let r = match (&a, b) {
                    (Value::Int(x), Value::Int(y)) => match ops::arith::int_op_fast(op, *x, *y) {
                        Some(v) => v,
                        None => tri!(super::cache::binary_op(vm, &frame.code, pc - 1, op, &a, b)),
                    },
                    (Value::Float(x), Value::Float(y)) => {
                        match ops::arith::float_op_fast(op, *x, *y) {
                            Some(v) => v,
                            None => {
                                tri!(super::cache::binary_op(vm, &frame.code, pc - 1, op, &a, b))
                            }
                        }
                    }
                    _ => tri!(super::cache::binary_op(vm, &frame.code, pc - 1, op, &a, b)),
                };
                frame.code.observe(pc - 1, &r);
                frame.stack.push(r);
            }
            Instr::ForIter(t) => {
                let next = tri!(for_iter_next(vm, top!(frame)));
                match next {
                    Some(v) => {
                        frame.code.observe(pc - 1, &v);
                        frame.stack.push(v)
                    }
                    None => {
                        frame.stack.pop();
                        pc = t as usize;
                    }
                }
            }
            Instr::MakeFunction(i, flags) => {
                let f = make_function(frame, i, flags);
                frame.stack.push(f);
            }
            Instr::Return => {
                let v = pop!(frame);
                frame.pc = pc;
                return Ok(Stop::Exit(Exit::Return(v)));
            }
            Instr::PrintExpr => {
                let v = pop!(frame);
                tri!(crate::modules::sys::display(vm, v));
            }
            Instr::Pop => {
                frame.stack.pop();
                safe_point!();
            }
            Instr::Copy(n) => {
                let v = frame.stack[frame.stack.len() - n as usize].clone();
                frame.stack.push(v);
            }
            Instr::Swap(n) => {
                let len = frame.stack.len();
                frame.stack.swap(len - 1, len - n as usize);
            }
            Instr::Raise(n) => {
                let err = match n {
                    0 => match vm.handled_exception() {
                        // A bare `raise` re-raises with the traceback it already has.
                        Value::Obj(e) => fail!(PyErr(e.clone()), true),
                        _ => crate::object::exception::runtime_error(
                            "No active exception to reraise",
                        ),
                    },
                    1 => {
                        let e = pop!(frame);
                        tri!(ops::exc::make_exception(vm, e))
                    }
                    _ => {
                        let cause = pop!(frame);
                        let e = pop!(frame);
                        let err = tri!(ops::exc::make_exception(vm, e));
                        tri!(ops::exc::set_cause(vm, &err, cause));
                        err
                    }
                };
                // An exception object raised again gets a fresh implicit context.
                err.data().context_set.set(false);
                fail!(err, false);
            }
            Instr::Reraise => {
                let e = pop!(frame);
                match e.into_obj() {
                    Some(o) => fail!(PyErr(o), true),
                    None => unreachable!("Reraise of a non-exception"),
                }
            }
            Instr::PushExcInfo => {
                let exc = pop!(frame);
                let saved = std::mem::replace(&mut vm.exc_info, exc.clone());
                frame.stack.push(saved);
                frame.stack.push(exc);
            }
            Instr::PopExcept => {
                vm.exc_info = pop!(frame);
            }
            Instr::CheckExcMatch => {
                let cls = pop!(frame);
                let exc = top!(frame).clone();
                let r = tri!(ops::exc::exception_matches(&exc, &cls));
                frame.stack.push(Value::Bool(r));
            }
            Instr::CheckEgMatch => {
                let cls = pop!(frame);
                let exc = pop!(frame);
                let (rest, matched) =
                    tri!(crate::builtins::exception_group::eg_match(vm, &exc, &cls));
                if !matched.is_none() {
                    vm.exc_info = matched.clone();
                }
                frame.stack.push(rest);
                frame.stack.push(matched);
            }
            Instr::PrepReraiseStar => {
                let raised = pop!(frame);
                let orig = pop!(frame);
                let exc = tri!(crate::builtins::exception_group::prep_reraise_star(
                    vm, &orig, &raised
                ));
                frame.stack.push(exc);
            }
            Instr::BeforeWith => {
                let mgr = pop!(frame);
                let exit = tri!(
                    ops::attr::lookup_special(vm, &mgr, "__exit__").and_then(|o| o.ok_or_else(
                        || {
                            type_error(format!(
                                "'{}' object does not support the context manager protocol",
                                crate::object::type_name(&mgr)
                            ))
                        }
                    ))
                );
                let enter = tri!(
                    ops::attr::lookup_special(vm, &mgr, "__enter__").and_then(|o| o.ok_or_else(
                        || {
                            type_error(format!(
                                "'{}' object does not support the context manager protocol",
                                crate::object::type_name(&mgr)
                            ))
                        }
                    ))
                );
                let result = tri!(super::call::call(vm, &enter, &[]));
                frame.stack.push(exit);
                frame.stack.push(result);
            }
            Instr::WithExceptStart => {
                let len = frame.stack.len();
                let exc = frame.stack[len - 1].clone();
                let exit = frame.stack[len - 3].clone();
                let (cls, tb) = match &exc {
                    Value::Obj(o) => (Value::Obj(o.class()), crate::traceback::traceback_object(o)),
                    _ => (Value::None, Value::None),
                };
                let r = tri!(super::call::call(vm, &exit, &[cls, exc, tb]));
                let b = tri!(ops::truthy(vm, &r));
                frame.stack.push(Value::Bool(b));
            }
            Instr::AsyncWithExceptStart => {
                let len = frame.stack.len();
                let exc = frame.stack[len - 1].clone();
                let exit = frame.stack[len - 3].clone();
                let (cls, tb) = match &exc {
                    Value::Obj(o) => (Value::Obj(o.class()), crate::traceback::traceback_object(o)),
                    _ => (Value::None, Value::None),
                };
                let r = tri!(super::call::call(vm, &exit, &[cls, exc, tb]));
                frame.stack.push(r);
            }
            Instr::GetAwaitable(what) => {
                let v = pop!(frame);
                let it = tri!(super::coroutine::get_awaitable(vm, &v, what));
                frame.stack.push(it);
            }
            Instr::GetAiter => {
                let v = pop!(frame);
                let it = tri!(super::coroutine::get_aiter(vm, &v));
                frame.stack.push(it);
            }
            Instr::GetAnext => {
                let aiter = top!(frame).clone();
                let it = tri!(super::coroutine::get_anext(vm, &aiter));
                frame.stack.push(it);
            }
            Instr::EndAsyncFor => {
                let exc = pop!(frame);
                pop!(frame);
                if !matches!(&exc, Value::Obj(o)
                    if PyErr(o.clone()).is_instance(&crate::object::exc_types().stop_async_iteration))
                {
                    match exc.into_obj() {
                        Some(o) => fail!(PyErr(o), true),
                        None => unreachable!("EndAsyncFor of a non-exception"),
                    }
                }
            }
            Instr::BeforeAsyncWith => {
                let mgr = pop!(frame);
                let (exit, r) = tri!(super::coroutine::before_async_with(vm, &mgr));
                frame.stack.push(exit);
                frame.stack.push(r);
            }
            Instr::AsyncGenWrap => {
                let v = pop!(frame);
                frame.stack.push(super::coroutine::wrap(v));
            }
            Instr::YieldValue => {
                let v = pop!(frame);
                frame.pc = pc;
                return Ok(Stop::Exit(Exit::Yield(v)));
            }
            Instr::GetYieldFromIter => {
                let v = pop!(frame);
                let it = if super::coroutine::is_coroutine(&v) {
                    fail!(
                        type_error(
                            "cannot 'yield from' a coroutine object in a non-coroutine generator"
                        ),
                        false
                    )
                } else if matches!(v.payload(), Some(Payload::Generator(_))) {
                    v
                } else {
                    tri!(ops::iter::get_iter(vm, &v))
                };
                frame.stack.push(it);
            }
            Instr::Send(t) => {
                let value = pop!(frame);
                let it = top!(frame).clone();
                match tri!(super::generator::send_to(vm, &it, value)) {
                    super::generator::SendResult::Yielded(v) => frame.stack.push(v),
                    super::generator::SendResult::Returned(v) => {
                        frame.stack.pop();
                        frame.stack.push(v);
                        pc = t as usize;
                    }
                }
            }
            Instr::ImportName(i) => {
                let fromlist = pop!(frame);
                let level = pop!(frame);
                let name = frame.code.names[i as usize].clone();
                let level = match level {
                    Value::Int(l) => l,
                    _ => 0,
                };
                let m = tri!(crate::import::import_name(
                    vm,
                    str_of(&name),
                    &fromlist,
                    level,
                    &frame.globals
                ));
                frame.stack.push(m);
            }
            Instr::ImportFrom(i) => {
                let module = top!(frame).clone();
                let name = frame.code.names[i as usize].clone();
                let v = tri!(crate::import::import_from(vm, &module, &name));
                frame.stack.push(v);
            }
            Instr::ImportStar => {
                let module = pop!(frame);
                let target = frame
                    .namespace
                    .clone()
                    .unwrap_or_else(|| frame.globals.clone());
                tri!(crate::import::import_star(vm, &module, &target));
            }
            Instr::LoadBuildClass => {
                let f = tri!(
                    crate::builtins::dict::get_by_str(&frame.builtins, "__build_class__")
                        .ok_or_else(|| name_error("__build_class__ not found"))
                );
                frame.stack.push(f);
            }
            Instr::LoadAssertionError => {
                frame
                    .stack
                    .push(Value::Obj(exc_types().assertion_error.clone()));
            }
            Instr::PushNull => frame.stack.push(Value::Null),
            Instr::SetupAnnotations => {
                let ns = frame
                    .namespace
                    .clone()
                    .unwrap_or_else(|| frame.globals.clone());
                if crate::builtins::dict::get_by_str(&ns, "__annotations__").is_none() {
                    crate::builtins::dict::set_str_item(
                        &ns,
                        "__annotations__",
                        Value::Obj(crate::object::new_dict()),
                    );
                }
            }
            Instr::LoadLocals => {
                let d = match &frame.namespace {
                    Some(ns) => ns.clone(),
                    None if frame.code.flags.uses_namespace
                        || frame.code.varnames.is_empty()
                            && frame.code.name_str() == "<module>" =>
                    {
                        frame.globals.clone()
                    }
                    None => function_locals(frame),
                };
                frame.stack.push(Value::Obj(d));
            }
            Instr::LoadGlobals => frame.stack.push(Value::Obj(frame.globals.clone())),
            Instr::GetLen => {
                let n = Value::Int(tri!(ops::len(vm, top!(frame))) as i64);
                frame.code.observe(pc - 1, &n);
                frame.stack.push(n);
            }
            Instr::MatchSequence => {
                let r = Value::Bool(super::matching::is_sequence(top!(frame)));
                frame.code.observe(pc - 1, &r);
                frame.stack.push(r);
            }
            Instr::MatchMapping => {
                let r = Value::Bool(super::matching::is_mapping(top!(frame)));
                frame.code.observe(pc - 1, &r);
                frame.stack.push(r);
            }
            Instr::MatchKeys => {
                let n = frame.stack.len();
                let r = tri!(super::matching::match_keys(
                    vm,
                    &frame.stack[n - 2],
                    &frame.stack[n - 1]
                ));
                frame.stack.push(r);
            }
            Instr::MatchClass(nargs) => {
                let names = pop!(frame);
                let cls = pop!(frame);
                let subject = pop!(frame);
                let r = tri!(super::matching::match_class(
                    vm,
                    &subject,
                    &cls,
                    nargs as usize,
                    &names
                ));
                frame.stack.push(r);
            }
            Instr::StoreAnnotation(i) => {
                let ann = pop!(frame);
                let ns = frame
                    .namespace
                    .clone()
                    .unwrap_or_else(|| frame.globals.clone());
                let name = frame.code.names[i as usize].clone();
                if let Some(Value::Obj(d)) =
                    crate::builtins::dict::get_by_str(&ns, "__annotations__")
                {
                    tri!(crate::builtins::dict::set_item(
                        vm,
                        &d,
                        Value::Obj(name),
                        ann
                    ));
                }
            }
        }
    }
}

/// UnboundLocalError for fast local `i`; `aux` when it was the first part of a
/// superinstruction that failed.
fn unbound_local(frame: &Frame, i: u32, aux: bool) -> PyErr {
    let name = str_of(&frame.code.varnames[i as usize]);
    let e = unbound_local_error(format!(
        "cannot access local variable '{name}' where it is not associated with a value"
    ));
    e.data().aux_position.set(aux);
    e
}

/// NameError for `name`, remembering the names in scope for the "Did you mean" suggestion.
fn name_error_for(frame: &Frame, name: &str) -> PyErr {
    let e = name_error(format!("name '{name}' is not defined"));
    crate::ops::exc::set_attr_str(&e, "name", new_str(name));
    let keys = |d: &Obj| -> Vec<String> {
        crate::builtins::dict::items(d)
            .into_iter()
            .filter_map(|(k, _)| crate::object::as_str(&k).map(str::to_string))
            .collect()
    };
    let mut scopes = Vec::new();
    let locals: Vec<String> = if let Some(ns) = &frame.namespace {
        keys(ns)
    } else {
        frame
            .code
            .varnames
            .iter()
            .zip(&frame.stack[..frame.base])
            .filter(|(_, v)| !v.is_null())
            .map(|(n, _)| str_of(n).to_string())
            .collect()
    };
    scopes.push(locals);
    scopes.push(keys(&frame.globals));
    scopes.push(keys(&frame.builtins));
    *e.data().name_scopes.borrow_mut() = scopes;
    e
}

/// `FormatValue`: `v` converted by `conv`, then formatted with `spec` (an f-string part).
pub(crate) fn format_value(
    vm: &mut Vm,
    v: Value,
    conv: Conversion,
    spec: Option<Value>,
) -> PyResult<Value> {
    let v = match conv {
        Conversion::None => v,
        Conversion::Str => new_str(ops::repr::str(vm, &v)?),
        Conversion::Repr => new_str(ops::repr::repr(vm, &v)?),
        Conversion::Ascii => new_str(ops::repr::ascii(&ops::repr::repr(vm, &v)?)),
    };
    let spec_str = spec
        .as_ref()
        .and_then(crate::object::as_str)
        .unwrap_or("")
        .to_string();
    Ok(
        if spec_str.is_empty() && crate::object::exact_str(&v).is_some() {
            v
        } else {
            new_str(ops::repr::format(vm, &v, &spec_str)?)
        },
    )
}

/// `BuildSet`: a set of `items`, added in order.
pub(crate) fn build_set(vm: &mut Vm, items: Vec<Value>) -> PyResult<Value> {
    let mut table = SetTable::new();
    for item in items {
        crate::builtins::set::table_add(vm, &mut table, item)?;
    }
    Ok(new_set(table))
}

/// `BuildMap`: a dict of the key, value pairs in `items`.
pub(crate) fn build_map(vm: &mut Vm, items: Vec<Value>) -> PyResult<Value> {
    let d = crate::object::new_dict();
    let mut it = items.into_iter();
    while let (Some(k), Some(v)) = (it.next(), it.next()) {
        crate::builtins::dict::set_item(vm, &d, k, v)?;
    }
    Ok(Value::Obj(d))
}

/// The keyword names of `CallKw` (a tuple constant of strings).
pub(crate) fn kwnames(names: &Value) -> Vec<Obj> {
    match names.payload() {
        Some(Payload::Tuple(items)) => items.iter().filter_map(|v| v.as_obj().cloned()).collect(),
        _ => Vec::new(),
    }
}

/// The error for reading cell or free variable `i` of `code` while it is unbound.
pub(crate) fn free_var_error(code: &crate::bytecode::Code, i: u32) -> PyErr {
    let i = i as usize;
    let name = if i < code.cellvars.len() {
        str_of(&code.cellvars[i]).to_string()
    } else {
        str_of(&code.freevars[i - code.cellvars.len()]).to_string()
    };
    if i < code.cellvars.len() {
        unbound_local_error(format!(
            "cannot access local variable '{name}' where it is not associated with a value"
        ))
    } else {
        name_error(format!(
            "cannot access free variable '{name}' where it is not associated with a value in enclosing scope"
        ))
    }
}

/// `LoadGlobal` with its inline cache: the entry position where the name was found, valid while
/// neither the globals nor the builtins dict has gained or lost keys.
#[inline]
fn load_global(frame: &Frame, i: u32, pc: usize) -> PyResult<Value> {
    lookup_global(&frame.code, &frame.globals, &frame.builtins, i, pc).ok_or_else(|| {
        let name = &frame.code.names[i as usize];
        name_error_for(frame, str_of(name))
    })
}

/// The `n` bounds of a slice (start, stop and, if `n` is 3, step) from the top of the stack.
fn pop_bounds(frame: &mut Frame, n: u32) -> [Value; 3] {
    let step = if n == 3 { pop!(frame) } else { Value::None };
    let stop = pop!(frame);
    let start = pop!(frame);
    [start, stop, step]
}

/// The global (or builtin) named `names[i]` of `code`, through the cache of instruction `pc`;
/// None if it is not defined.
#[inline]
pub(crate) fn lookup_global(
    code: &Code,
    globals: &Obj,
    builtins: &Obj,
    i: u32,
    pc: usize,
) -> Option<Value> {
    let gv = dict_version(globals);
    let bv = dict_version(builtins);
    let cache = &code.global_caches[pc];
    let c = cache.get();
    if c.valid && c.globals_version == gv && c.builtins_version == bv {
        let d = if c.in_builtins { builtins } else { globals };
        return Some(crate::builtins::dict::value_at(d, c.pos));
    }
    let name = &code.names[i as usize];
    let (pos, in_builtins) = crate::builtins::dict::find_global_pos(globals, builtins, name)?;
    cache.set(GlobalCache {
        valid: true,
        globals_version: gv,
        builtins_version: bv,
        in_builtins,
        pos,
    });
    let d = if in_builtins { builtins } else { globals };
    Some(crate::builtins::dict::value_at(d, pos))
}

fn make_function(frame: &mut Frame, i: u32, flags: u8) -> Value {
    let code = frame.code.clone();
    let globals = frame.globals.clone();
    new_function_of(&code, &globals, i, flags, || pop!(frame))
}

/// `MakeFunction(i, flags)` of `parent`'s child code `i`, taking what the flags say from
/// `pop` (in the order the stack gives them, top first).
pub(crate) fn new_function_of(
    parent: &crate::bytecode::Code,
    globals: &Obj,
    i: u32,
    flags: u8,
    mut pop: impl FnMut() -> Value,
) -> Value {
    let code = parent.children[i as usize].clone();
    let closure: Box<[Obj]> = if flags & 4 != 0 {
        match pop().payload() {
            Some(Payload::Tuple(items)) => {
                items.iter().filter_map(|v| v.as_obj().cloned()).collect()
            }
            _ => Box::new([]),
        }
    } else {
        Box::new([])
    };
    let annotations = if flags & 8 != 0 { Some(pop()) } else { None };
    let kwdefaults: Vec<(Obj, Value)> = if flags & 2 != 0 {
        let d = pop();
        match &d {
            Value::Obj(o) => crate::builtins::dict::items(o)
                .into_iter()
                .filter_map(|(k, v)| k.into_obj().map(|k| (k, v)))
                .collect(),
            _ => Vec::new(),
        }
    } else {
        Vec::new()
    };
    let defaults: Vec<Value> = if flags & 1 != 0 {
        match pop().payload() {
            Some(Payload::Tuple(items)) => items.to_vec(),
            _ => Vec::new(),
        }
    } else {
        Vec::new()
    };
    let module = crate::builtins::dict::get_by_str(globals, "__name__").unwrap_or(Value::None);
    let f =
        crate::object::new_function(code, globals.clone(), defaults, kwdefaults, closure, module);
    if let (Some(ann), Some(Payload::Function(func))) = (annotations, f.payload()) {
        *func.annotations.borrow_mut() = ann;
    }
    f
}

/// `LoadMethod`: pushes `method self` when `obj.name` is a plain method, else `NULL attr`.
#[inline]
fn push_method(vm: &mut Vm, frame: &mut Frame, pc: usize, obj: Value, name: Obj) -> PyResult<()> {
    match super::cache::load_method(vm, &frame.code, pc, &obj, &name)? {
        Some(func) => {
            frame.stack.push(func);
            frame.stack.push(obj);
        }
        None => {
            let attr = ops::attr::get_attr(vm, &obj, &name)?;
            frame.stack.push(Value::Null);
            frame.stack.push(attr);
        }
    }
    Ok(())
}

/// `container[key]` for an exact list or tuple and an in-range int (None otherwise: the
/// general path raises the IndexError). Shared with compiled code's helper.
#[inline(always)]
pub(crate) fn subscr_fast(container: &Value, key: &Value) -> Option<Value> {
    let (Value::Obj(o), Value::Int(i)) = (container, key) else {
        return None;
    };
    if !o.class_is_builtin() {
        return None;
    }
    match &o.payload {
        Payload::List(l) => index_fast(&l.borrow(), *i),
        Payload::Tuple(t) => index_fast(t, *i),
        _ => None,
    }
}

/// `container[key] = value` for an exact list and an in-range int; the value comes back
/// when that does not apply (the general path then stores or raises). The old item drops
/// after the list's borrow ends (its freeing cannot touch this list). Shared with compiled
/// code's helper.
#[inline(always)]
pub(crate) fn store_list_fast(container: &Value, key: &Value, value: Value) -> Result<bool, Value> {
    let (Value::Obj(o), Value::Int(i)) = (container, key) else {
        return Err(value);
    };
    let Payload::List(l) = &o.payload else {
        return Err(value);
    };
    if !o.class_is_builtin() {
        return Err(value);
    }
    let mut l = l.borrow_mut();
    let n = l.len() as i64;
    let j = if *i < 0 { *i + n } else { *i };
    if !(0..n).contains(&j) {
        return Err(value);
    }
    let old = std::mem::replace(&mut l[j as usize], value);
    drop(l);
    let old_was_object = matches!(old, Value::Obj(_));
    drop(old);
    Ok(old_was_object)
}

/// `seq[i]` for a list or tuple and an in-range int index (None otherwise: the general path
/// raises the IndexError).
#[inline(always)]
fn index_fast(items: &[Value], i: i64) -> Option<Value> {
    let n = items.len() as i64;
    let j = if i < 0 { i + n } else { i };
    if (0..n).contains(&j) {
        Some(items[j as usize].clone())
    } else {
        None
    }
}

/// `next(it)` for a `for` loop, with the common `range` and `list` iterators inline.
#[inline(always)]
pub(crate) fn for_iter_next(vm: &mut Vm, it: &Value) -> PyResult<Option<Value>> {
    if let Value::Obj(o) = it {
        if let Payload::Iter(cell) = &o.payload {
            let mut st = cell.borrow_mut();
            match &mut *st {
                IterState::Range { .. } => return Ok(st.next_range()),
                IterState::Seq { seq, index } => {
                    if let Payload::List(l) = &seq.payload {
                        let v = l.borrow().get(*index).cloned();
                        match v {
                            Some(_) => *index += 1,
                            // Exhausted for good, as CPython's list iterator.
                            None => *st = IterState::Exhausted,
                        }
                        return Ok(v);
                    }
                }
                _ => {}
            }
        }
    }
    ops::iter::next(vm, it)
}

/// `locals()` in a function: its bound fast locals and cell contents, as a new dict.
/// A function frame's `locals()`: its dict, brought up to date with the fast locals and cells
/// (unbound ones removed), as CPython's `PyFrame_FastToLocals`.
fn function_locals(frame: &mut Frame) -> Obj {
    let d = frame
        .locals_dict
        .get_or_insert_with(crate::object::new_dict)
        .clone();
    let sync = |name: &Obj, v: Value| {
        if v.is_null() {
            crate::builtins::dict::del_str(&d, name);
        } else {
            crate::builtins::dict::set_item_str_obj(&d, name, v);
        }
    };
    let code = frame.code.clone();
    for (name, v) in code.varnames.iter().zip(&frame.stack[..frame.base]) {
        sync(name, v.clone());
    }
    let cells = code.cellvars.iter().chain(code.freevars.iter());
    for (i, name) in cells.enumerate() {
        if let Payload::Cell(c) = &frame.cell(i as u32).payload {
            let v = c.borrow().clone();
            sync(name, v);
        }
    }
    d
}

/// Whether `v` can be unpacked with `**` (a dict, or anything with `keys`).
fn is_mapping(vm: &mut Vm, v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::Dict(_)))
        || matches!(ops::attr::lookup_special(vm, v, "keys"), Ok(Some(_)))
}

/// How a callable is named in call errors: `__main__.f()`, `list.append()`, `len()`.
fn function_str(vm: &mut Vm, f: &Value) -> String {
    match f.payload() {
        Some(Payload::Function(func)) => {
            let q = str_of(&func.qualname.borrow()).to_string();
            match crate::object::as_str(&func.module.borrow()) {
                Some(m) if m != "builtins" => format!("{m}.{q}()"),
                _ => format!("{q}()"),
            }
        }
        Some(Payload::Builtin(b)) => match b.owner {
            Some(o) if o != "builtins" => format!("{o}.{}()", b.name),
            _ => format!("{}()", b.name),
        },
        Some(Payload::Method(m)) => function_str(vm, &m.0.clone()),
        _ => match ops::repr::str(vm, f) {
            Ok(s) => format!("{s} object"),
            Err(_) => "object".to_string(),
        },
    }
}

/// `f(*args, **kwargs)`.
fn call_ex(vm: &mut Vm, callable: &Value, args: &Value, kwargs: Option<&Value>) -> PyResult<Value> {
    let pos: Vec<Value> = match args.payload() {
        Some(Payload::Tuple(items)) => items.to_vec(),
        _ => ops::iter::collect(vm, args)?,
    };
    if let Some(kw) = kwargs {
        if !matches!(kw.payload(), Some(Payload::Dict(_))) {
            return Err(type_error(format!(
                "{} argument after ** must be a mapping, not {}",
                function_str(vm, callable),
                crate::object::type_name(kw)
            )));
        }
    }
    let Some(kw) = kwargs else {
        return super::call::call(vm, callable, &pos);
    };
    let mut values = pos;
    let mut names = Vec::new();
    if let Value::Obj(d) = kw {
        for (k, v) in crate::builtins::dict::items(d) {
            match k {
                Value::Obj(k) if matches!(k.payload, Payload::Str(_)) => {
                    names.push(k);
                    values.push(v);
                }
                _ => return Err(type_error("keywords must be strings")),
            }
        }
    }
    super::call::call_args(
        vm,
        callable,
        Args {
            values: &values,
            kwnames: &names,
        },
    )
}
