//! Generators: a suspended frame resumed by `next`, `send`, `throw` and `close`.
//! Coroutines and async generators are the same frame objects of other classes (see
//! `coroutine`); this module names them by `GenKind` in its messages.
//!
//! The generator object owns its frame. While the frame runs, the state is taken out of the
//! object, so re-entering a running generator is detected ("generator already executing").
//! `yield from` delegation: when a frame is suspended inside `yield from` (the instruction after
//! its `YieldValue` jumps back to a `Send`), `throw` and `close` go to the delegate first.

use super::eval::{run, Exit, Resume};
use super::frame::Frame;
use super::Vm;
use crate::bytecode::Instr;
use crate::object::exception::{runtime_error, stop_iteration, type_error, value_error, PyErr};
use crate::object::function::{Args, Function};
use crate::object::{exc_types, str_of, types, Obj, Payload};
use crate::value::Value;
use crate::PyResult;

/// Whether a dying object is a generator suspended inside its body, which CPython closes
/// (running its `finally` blocks) before freeing it.
pub fn needs_close(p: &Payload) -> bool {
    match p {
        Payload::Generator(cell) => match cell.try_borrow() {
            Ok(s) => s.as_ref().is_some_and(|st| {
                st.started
                    && st
                        .frame
                        .as_ref()
                        .is_some_and(|f| !f.code.exc_table.is_empty())
            }),
            Err(_) => false,
        },
        _ => false,
    }
}

/// Closes a generator whose last reference died (see `finalize`), reporting an exception the
/// way CPython reports exceptions it cannot raise.
pub fn finalize(vm: &mut Vm, gen: &Obj) {
    if let Err(e) = close(vm, gen) {
        let (_, qualname) = names(gen);
        vm.write_stderr(&format!(
            "Exception ignored in: <{} object {} at 0x{:012x}>\n",
            super::coroutine::kind_name(gen),
            qualname,
            gen.addr()
        ));
        crate::traceback::print_exception(vm, &e);
    }
}

/// What a generator-like frame object is (its class).
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum GenKind {
    Generator,
    Coroutine,
    AsyncGenerator,
}

impl GenKind {
    /// The object's kind, by its class (readable while the frame runs; none of the three
    /// classes can be subclassed).
    pub fn of(gen: &Obj) -> GenKind {
        let t = types();
        if gen.class_is(&t.coroutine) {
            GenKind::Coroutine
        } else if gen.class_is(&t.async_generator) {
            GenKind::AsyncGenerator
        } else {
            GenKind::Generator
        }
    }

    /// The name CPython's messages use.
    pub fn noun(self) -> &'static str {
        match self {
            GenKind::Generator => "generator",
            GenKind::Coroutine => "coroutine",
            GenKind::AsyncGenerator => "async generator",
        }
    }
}

pub struct GenState {
    /// `None` once the generator has finished.
    pub frame: Option<Frame>,
    pub started: bool,
    /// The exception the generator is handling while suspended (at a `yield` inside an
    /// `except` block), swapped in while it runs.
    pub exc_info: Value,
    /// The function's `__name__` and `__qualname__` (str objects) when it was called.
    pub name: Obj,
    pub qualname: Obj,
    /// Where the frame delegates, while it is suspended inside `yield from` another
    /// generator (see `delegation`): noted when it suspends there, so that passing a value
    /// through it does not read its frame.
    delegate: Option<Delegate>,
}

/// A generator suspended in `yield from`: the `Send` instruction's index, where it jumps when
/// the inner generator returns, and the inner generator.
struct Delegate {
    send_pc: usize,
    exit_pc: usize,
    inner: Obj,
}

pub fn new_generator(frame: Frame, f: &Function) -> Value {
    let t = types();
    let cls = if frame.code.flags.coroutine {
        &t.coroutine
    } else if frame.code.flags.async_generator {
        &t.async_generator
    } else {
        &t.generator
    };
    let state = GenState {
        frame: Some(frame),
        started: false,
        exc_info: Value::None,
        name: f.name.borrow().clone(),
        qualname: f.qualname.borrow().clone(),
        delegate: None,
    };
    Value::Obj(Obj::new(
        cls,
        Payload::Generator(std::cell::RefCell::new(Some(Box::new(state)))),
    ))
}

pub enum SendResult {
    Yielded(Value),
    Returned(Value),
}

fn slot(gen: &Obj) -> &std::cell::RefCell<Option<Box<GenState>>> {
    match &gen.payload {
        Payload::Generator(s) => s,
        _ => unreachable!("not a generator"),
    }
}

/// Where a generator suspended in `yield from` another generator (not handling an exception
/// of its own) delegates to it: the `Send` instruction's index, where it jumps when the inner
/// generator returns, and the inner generator.
fn delegation(frame: &Frame, kind: GenKind, exc_info: &Value) -> Option<Delegate> {
    if kind != GenKind::Generator || !exc_info.is_none() {
        return None;
    }
    let Instr::Jump(send_pc) = *frame.code.instrs.get(frame.pc)? else {
        return None;
    };
    let Instr::Send(exit_pc) = *frame.code.instrs.get(send_pc as usize)? else {
        return None;
    };
    match frame.stack.last() {
        Some(Value::Obj(o)) if matches!(o.payload, Payload::Generator(_)) => {
            (GenKind::of(o) == GenKind::Generator).then(|| Delegate {
                send_pc: send_pc as usize,
                exit_pc: exit_pc as usize,
                inner: o.clone(),
            })
        }
        _ => None,
    }
}

/// Resumes a generator.
pub fn resume(vm: &mut Vm, gen: &Obj, how: Resume) -> PyResult<SendResult> {
    let kind = GenKind::of(gen);
    let Some(mut state) = slot(gen).borrow_mut().take() else {
        return Err(value_error(format!("{} already executing", kind.noun())));
    };
    // Suspended in `yield from` another generator: the value goes straight to it, and what it
    // yields straight back, without running this frame (which would only pass both through)
    // or moving it out of its state. Only when the inner generator returns or raises does
    // this frame run on, from its `Send` as if that had run. Recursion depth is counted as if
    // the frame ran.
    let mut how = how;
    if state.started && matches!(how, Resume::Send(_)) {
        let delegate = state.delegate.take().filter(|_| state.frame.is_some());
        if let Some(delegate) = delegate {
            let Resume::Send(v) = std::mem::replace(&mut how, Resume::Here) else {
                unreachable!("matched above")
            };
            let r = match vm.enter() {
                Ok(()) => {
                    let r = resume(vm, &delegate.inner, Resume::Send(v));
                    vm.leave();
                    r
                }
                Err(e) => Err(e),
            };
            match (r, state.frame.as_mut()) {
                (Ok(SendResult::Yielded(x)), _) => {
                    state.delegate = Some(delegate);
                    *slot(gen).borrow_mut() = Some(state);
                    return Ok(SendResult::Yielded(x));
                }
                (Ok(SendResult::Returned(x)), Some(frame)) => {
                    frame.stack.pop();
                    frame.stack.push(x);
                    frame.pc = delegate.exit_pc;
                }
                (Err(e), Some(frame)) => {
                    frame.pc = delegate.send_pc + 1;
                    how = Resume::Throw(e);
                }
                (_, None) => unreachable!("delegates only with a frame"),
            }
        }
    }
    if state.frame.is_none() {
        *slot(gen).borrow_mut() = Some(state);
        if kind == GenKind::Coroutine {
            return Err(runtime_error("cannot reuse already awaited coroutine"));
        }
        return match how {
            Resume::Throw(e) => Err(e),
            _ => Ok(SendResult::Returned(Value::None)),
        };
    }
    let how = match how {
        Resume::Send(v) if !state.started => {
            if !v.is_none() {
                *slot(gen).borrow_mut() = Some(state);
                return Err(type_error(format!(
                    "can't send non-None value to a just-started {}",
                    kind.noun()
                )));
            }
            Resume::Start
        }
        Resume::Throw(e) if !state.started => {
            // Throwing into a generator that never ran finishes it with that exception.
            if let Some(frame) = state.frame.take() {
                vm.frames.recycle(frame);
            }
            *slot(gen).borrow_mut() = Some(state);
            return Err(e);
        }
        other => other,
    };
    state.started = true;
    // Where the frame delegates is noted again when it suspends.
    state.delegate = None;
    // The generator runs with its own exception state, saved across yields; what the caller
    // is handling stays visible beneath it, as in CPython's chain of exception states.
    let own = std::mem::replace(&mut state.exc_info, Value::None);
    let caller_info = std::mem::replace(&mut vm.exc_info, own);
    let caller_outer = if caller_info.is_none() {
        vm.exc_outer.clone()
    } else {
        caller_info.clone()
    };
    let caller_outer = std::mem::replace(&mut vm.exc_outer, caller_outer);
    // The frame runs where it is kept (a generator's frame is never moved while it lives).
    let result = match vm.enter() {
        Ok(()) => {
            let frame = state.frame.as_mut().expect("checked above");
            let r = run(vm, frame, how);
            vm.leave();
            r
        }
        Err(e) => Err(e),
    };
    state.exc_info = std::mem::replace(&mut vm.exc_info, caller_info);
    vm.exc_outer = caller_outer;
    if matches!(result, Ok(Exit::Yield(_))) {
        state.delegate = state
            .frame
            .as_ref()
            .and_then(|frame| delegation(frame, kind, &state.exc_info));
    } else {
        // Finished: returned or raised.
        state.frame = None;
    }
    let out = match result {
        Ok(Exit::Yield(v)) => Ok(SendResult::Yielded(v)),
        Ok(Exit::Return(v)) => Ok(SendResult::Returned(v)),
        Err(e) => {
            let escaped = if e.is_instance(&exc_types().stop_iteration) {
                Some("StopIteration")
            } else if kind == GenKind::AsyncGenerator
                && e.is_instance(&exc_types().stop_async_iteration)
            {
                Some("StopAsyncIteration")
            } else {
                None
            };
            if let Some(what) = escaped {
                let re = runtime_error(format!("{} raised {}", kind.noun(), what));
                *re.data().cause.borrow_mut() = e.value();
                *re.data().context.borrow_mut() = e.value();
                re.data().suppress_context.set(true);
                Err(re)
            } else {
                Err(e)
            }
        }
    };
    *slot(gen).borrow_mut() = Some(state);
    out
}

/// One step of `yield from`: send `value` into the delegate `it`.
pub fn send_to(vm: &mut Vm, it: &Value, value: Value) -> PyResult<SendResult> {
    if let Value::Obj(o) = it {
        if let Payload::Generator(_) = &o.payload {
            return resume(vm, o, Resume::Send(value));
        }
    }
    if value.is_none() {
        return match crate::ops::iter::next_with_value(vm, it)? {
            Ok(v) => Ok(SendResult::Yielded(v)),
            Err(ret) => Ok(SendResult::Returned(ret)),
        };
    }
    let send = crate::ops::attr::get_attr_str(vm, it, "send")?;
    match super::call(vm, &send, &[value]) {
        Ok(v) => Ok(SendResult::Yielded(v)),
        Err(e) if e.is_instance(&exc_types().stop_iteration) => {
            Ok(SendResult::Returned(stop_iteration_value(&e)))
        }
        Err(e) => Err(e),
    }
}

pub fn stop_iteration_value(e: &PyErr) -> Value {
    match &*e.data().args.borrow() {
        Value::Obj(t) => match &t.payload {
            Payload::Tuple(items) if !items.is_empty() => items[0].clone(),
            _ => Value::None,
        },
        _ => Value::None,
    }
}

/// The delegate of a generator suspended inside `yield from`, if any.
pub fn delegate(gen: &Obj) -> Option<Value> {
    let s = slot(gen).borrow();
    let state = s.as_ref()?;
    let frame = state.frame.as_ref()?;
    if !state.started {
        return None;
    }
    match frame.code.instrs.get(frame.pc) {
        Some(Instr::Jump(t))
            if matches!(frame.code.instrs.get(*t as usize), Some(Instr::Send(_))) =>
        {
            frame.stack.last().cloned()
        }
        _ => None,
    }
}

/// Finishes `yield from` early with `value`: pops the delegate and continues after the `Send`.
fn finish_delegation(gen: &Obj, value: Value) {
    let mut s = slot(gen).borrow_mut();
    if let Some(frame) = s.as_mut().and_then(|st| st.frame.as_mut()) {
        if let Some(Instr::Jump(t)) = frame.code.instrs.get(frame.pc).copied() {
            if let Some(Instr::Send(exit)) = frame.code.instrs.get(t as usize).copied() {
                frame.stack.pop();
                frame.stack.push(value);
                frame.pc = exit as usize;
            }
        }
    }
}

/// `gen.throw(exc)`.
pub fn throw(vm: &mut Vm, gen: &Obj, err: PyErr) -> PyResult<SendResult> {
    if let Some(d) = delegate(gen) {
        let is_exit = err.is_instance(&exc_types().generator_exit);
        let r = if let Some(Payload::Generator(_)) = d.payload() {
            let dobj = d.as_obj().cloned().expect("generator");
            if is_exit {
                close(vm, &dobj).map(|_| None)
            } else {
                throw(vm, &dobj, err.clone()).map(Some)
            }
        } else if is_exit {
            match crate::ops::attr::lookup_special(vm, &d, "close")? {
                Some(c) => super::call(vm, &c, &[]).map(|_| None),
                None => Ok(None),
            }
        } else {
            match crate::ops::attr::lookup_special(vm, &d, "throw")? {
                Some(t) => match super::call(vm, &t, &[err.value()]) {
                    Ok(v) => Ok(Some(SendResult::Yielded(v))),
                    Err(e) if e.is_instance(&exc_types().stop_iteration) => {
                        Ok(Some(SendResult::Returned(stop_iteration_value(&e))))
                    }
                    Err(e) => Err(e),
                },
                None => Ok(None),
            }
        };
        match r {
            Ok(Some(SendResult::Yielded(v))) => return Ok(SendResult::Yielded(v)),
            Ok(Some(SendResult::Returned(v))) => {
                finish_delegation(gen, v);
                return resume(vm, gen, Resume::Send(Value::None));
            }
            Ok(None) => {}
            Err(e) => {
                finish_delegation(gen, Value::None);
                return resume(vm, gen, Resume::Throw(e));
            }
        }
    }
    resume(vm, gen, Resume::Throw(err))
}

/// `gen.close()`.
pub fn close(vm: &mut Vm, gen: &Obj) -> PyResult<Value> {
    let finished = slot(gen)
        .borrow()
        .as_ref()
        .is_some_and(|s| s.frame.is_none() || !s.started);
    if finished {
        if let Some(s) = slot(gen).borrow_mut().as_mut() {
            s.frame = None;
        }
        return Ok(Value::None);
    }
    let exit = PyErr::with_args(&exc_types().generator_exit, vec![]);
    match throw(vm, gen, exit) {
        Ok(SendResult::Yielded(_)) => Err(runtime_error(format!(
            "{} ignored GeneratorExit",
            GenKind::of(gen).noun()
        ))),
        Ok(SendResult::Returned(_)) => Ok(Value::None),
        Err(e)
            if e.is_instance(&exc_types().generator_exit)
                || e.is_instance(&exc_types().stop_iteration) =>
        {
            Ok(Value::None)
        }
        Err(e) => Err(e),
    }
}

fn this(args: &Args) -> PyResult<Obj> {
    match args.values.first() {
        Some(Value::Obj(o)) if matches!(o.payload, Payload::Generator(_)) => Ok(o.clone()),
        _ => Err(type_error("descriptor requires a 'generator' object")),
    }
}

fn into_next(r: SendResult) -> PyResult<Value> {
    match r {
        SendResult::Yielded(v) => Ok(v),
        SendResult::Returned(v) => Err(stop_iteration(v)),
    }
}

pub fn gen_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = this(&args)?;
    into_next(resume(vm, &g, Resume::Send(Value::None))?)
}

pub fn gen_send(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = this(&args)?;
    let v = args.values.get(1).cloned().unwrap_or(Value::None);
    into_next(resume(vm, &g, Resume::Send(v))?)
}

pub fn gen_throw(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = this(&args)?;
    let typ = args.values.get(1).cloned().unwrap_or(Value::None);
    let val = args.values.get(2).cloned().unwrap_or(Value::None);
    let err = throw_exception(vm, typ, val)?;
    into_next(throw(vm, &g, err)?)
}

/// The exception `throw(typ, val)` raises, as CPython's legacy three-argument form makes it:
/// an instance `typ` stands alone; a class `typ` is used with `val` when `val` is already an
/// instance of it, else called with no arguments (`val` None), `*val` (a tuple) or `val`.
fn throw_exception(vm: &mut Vm, typ: Value, val: Value) -> PyResult<PyErr> {
    use crate::object::exception::exc_data;
    use crate::ops::exc::{is_exception_class, make_exception};
    let not_exception = || {
        type_error(format!(
            "exceptions must be classes or instances deriving from BaseException, not {}",
            crate::object::type_name(&typ)
        ))
    };
    let Value::Obj(cls) = &typ else {
        return Err(not_exception());
    };
    if !is_exception_class(&typ) {
        if exc_data(cls).is_none() {
            return Err(not_exception());
        }
        if !val.is_none() {
            return Err(type_error(
                "instance exception may not have a separate value",
            ));
        }
        return Ok(PyErr(cls.clone()));
    }
    if let Value::Obj(o) = &val {
        if exc_data(o).is_some() && crate::builtins::functions::isinstance_of(vm, &val, cls)? {
            return Ok(PyErr(o.clone()));
        }
    }
    let inst = match &val {
        Value::None => super::call(vm, &typ, &[])?,
        Value::Obj(o) => match &o.payload {
            Payload::Tuple(items) => super::call(vm, &typ, items)?,
            _ => super::call(vm, &typ, std::slice::from_ref(&val))?,
        },
        _ => super::call(vm, &typ, std::slice::from_ref(&val))?,
    };
    make_exception(vm, inst)
}

pub fn gen_close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = this(&args)?;
    close(vm, &g)
}

/// `(name, qualname)` for reprs and attributes.
pub fn names(gen: &Obj) -> (String, String) {
    match slot(gen).borrow().as_ref() {
        Some(s) => (str_of(&s.name).to_string(), str_of(&s.qualname).to_string()),
        None => ("generator".to_string(), "generator".to_string()),
    }
}

/// The prefix of the object's attributes: `gi_` for generators, `cr_` for coroutines, `ag_`
/// for async generators (without the underscore).
pub fn attr_prefix(gen: &Obj) -> &'static str {
    match GenKind::of(gen) {
        GenKind::Generator => "gi",
        GenKind::Coroutine => "cr",
        GenKind::AsyncGenerator => "ag",
    }
}

/// Whether the generator is currently running (`gi_running`).
pub fn is_running(gen: &Obj) -> bool {
    slot(gen).borrow().is_none()
}
