//! Coroutines and async generators, after CPython 3.11's genobject.c.
//!
//! Both are generator frame objects (`Payload::Generator`) of other classes: `await` delegates
//! to an awaitable's iterator exactly as `yield from` does, so what a coroutine yields is what
//! the innermost awaitable yields (to the event loop). An async generator marks the values of
//! its own `yield`s (`AsyncGenWrap`), and the awaitables its `__anext__`/`asend`/`athrow`/
//! `aclose` return turn a marked value into StopIteration(value) (the result of the await), let
//! unmarked values pass up, and turn the generator's return into StopAsyncIteration.

use std::cell::{Cell, RefCell};

use super::eval::Resume;
use super::generator::{self, GenKind, SendResult};
use super::Vm;
use crate::builtins::add_method;
use crate::object::class::{class_data, Layout};
use crate::object::exception::{runtime_error, stop_iteration, type_error, PyErr};
use crate::object::function::Args;
use crate::object::types::make_class;
use crate::object::{
    exc_types, native_ref, new_native, type_name, types, NativeData, Obj, Payload,
};
use crate::value::Value;
use crate::PyResult;

/// The helper classes, made once per thread.
struct Classes {
    wrapper: Obj,
    anext: Obj,
    asend: Obj,
    athrow: Obj,
    wrapped: Obj,
}

thread_local! {
    static CLASSES: Classes = make_classes();
}

fn classes<R>(f: impl FnOnce(&Classes) -> R) -> R {
    CLASSES.with(f)
}

fn make_classes() -> Classes {
    let o = &types().object;
    let wrapper = make_class(
        "coroutine_wrapper",
        std::slice::from_ref(o),
        Layout::Builtin,
    );
    add_method(&wrapper, "__next__", wrapper_next);
    add_method(&wrapper, "send", wrapper_send);
    add_method(&wrapper, "throw", wrapper_throw);
    add_method(&wrapper, "close", wrapper_close);
    add_method(
        &wrapper,
        "__iter__",
        crate::builtins::functions::identity_method,
    );
    let anext = make_class("anext_awaitable", std::slice::from_ref(o), Layout::Builtin);
    add_method(&anext, "__next__", anext_next);
    add_method(&anext, "send", anext_send);
    add_method(&anext, "throw", anext_throw);
    add_method(&anext, "close", anext_close);
    add_method(
        &anext,
        "__iter__",
        crate::builtins::functions::identity_method,
    );
    add_method(
        &anext,
        "__await__",
        crate::builtins::functions::identity_method,
    );
    let asend = make_class(
        "async_generator_asend",
        std::slice::from_ref(o),
        Layout::Builtin,
    );
    let athrow = make_class(
        "async_generator_athrow",
        std::slice::from_ref(o),
        Layout::Builtin,
    );
    for cls in [&asend, &athrow] {
        add_method(cls, "__next__", awaitable_next);
        add_method(cls, "send", awaitable_send);
        add_method(cls, "throw", awaitable_throw);
        add_method(cls, "close", awaitable_close);
        add_method(cls, "__iter__", crate::builtins::functions::identity_method);
        add_method(
            cls,
            "__await__",
            crate::builtins::functions::identity_method,
        );
    }
    let wrapped = make_class(
        "async_generator_wrapped_value",
        std::slice::from_ref(o),
        Layout::Builtin,
    );
    Classes {
        wrapper,
        anext,
        asend,
        athrow,
        wrapped,
    }
}

/// Installs the methods of `coroutine` and `async_generator`.
pub fn install(t: &crate::object::types::Types) {
    use super::generator::{gen_close, gen_send, gen_throw};
    add_method(&t.coroutine, "send", gen_send);
    add_method(&t.coroutine, "throw", gen_throw);
    add_method(&t.coroutine, "close", gen_close);
    add_method(&t.coroutine, "__await__", coro_await);
    let ag = &t.async_generator;
    add_method(ag, "__aiter__", crate::builtins::functions::identity_method);
    add_method(ag, "__anext__", ag_anext);
    add_method(ag, "asend", ag_asend);
    add_method(ag, "athrow", ag_athrow);
    add_method(ag, "aclose", ag_aclose);
}

pub fn is_coroutine(v: &Value) -> bool {
    matches!(v, Value::Obj(o) if matches!(o.payload, Payload::Generator(_))
        && GenKind::of(o) == GenKind::Coroutine)
}

fn is_async_generator(v: &Value) -> bool {
    matches!(v, Value::Obj(o) if matches!(o.payload, Payload::Generator(_))
        && GenKind::of(o) == GenKind::AsyncGenerator)
}

// ---- the value marker of an async generator's `yield` -------------------------------------

struct Wrapped(RefCell<Value>);

impl NativeData for Wrapped {
    fn is_container(&self) -> bool {
        true
    }
    fn traverse(&self, f: &mut dyn FnMut(&Obj)) -> bool {
        match self.0.try_borrow() {
            Ok(v) => {
                if let Value::Obj(o) = &*v {
                    f(o);
                }
                true
            }
            Err(_) => false,
        }
    }
    fn clear(&self, out: &mut Vec<Value>) {
        out.push(self.0.replace(Value::None));
    }
}

/// `AsyncGenWrap`: marks a value an async generator yields.
pub fn wrap(v: Value) -> Value {
    classes(|c| new_native(&c.wrapped, Wrapped(RefCell::new(v))))
}

fn unwrap_marked(v: &Value) -> Option<Value> {
    native_ref::<Wrapped>(v).map(|w| w.0.borrow().clone())
}

// ---- await ------------------------------------------------------------------------------

/// `GetAwaitable`: the iterator an `await` delegates to. `what` says what is awaited, for the
/// messages (0 an expression, 1 the result of `__aenter__`, 2 of `__aexit__`).
pub fn get_awaitable(vm: &mut Vm, v: &Value, what: u8) -> PyResult<Value> {
    if is_coroutine(v) {
        if let Some(o) = v.as_obj() {
            if generator::delegate(o).is_some() {
                return Err(runtime_error("coroutine is being awaited already"));
            }
        }
        return Ok(v.clone());
    }
    let Some(f) = crate::ops::attr::lookup_special(vm, v, "__await__")? else {
        return Err(type_error(match what {
            1 => format!(
                "'async with' received an object from __aenter__ that does not implement __await__: {}",
                type_name(v)
            ),
            2 => format!(
                "'async with' received an object from __aexit__ that does not implement __await__: {}",
                type_name(v)
            ),
            _ => format!("object {} can't be used in 'await' expression", type_name(v)),
        }));
    };
    iterator_of_await(vm, &f)
}

fn iterator_of_await(vm: &mut Vm, await_method: &Value) -> PyResult<Value> {
    let it = super::call(vm, await_method, &[])?;
    if is_coroutine(&it) {
        return Err(type_error("__await__() returned a coroutine"));
    }
    if !crate::ops::iter::is_iterator(&it) {
        return Err(type_error(format!(
            "__await__() returned non-iterator of type '{}'",
            type_name(&it)
        )));
    }
    Ok(it)
}

/// `GetAiter`: `obj.__aiter__()` for `async for`.
pub fn get_aiter(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let Some(f) = crate::ops::attr::lookup_special(vm, v, "__aiter__")? else {
        return Err(type_error(format!(
            "'async for' requires an object with __aiter__ method, got {}",
            type_name(v)
        )));
    };
    let it = super::call(vm, &f, &[])?;
    if crate::ops::attr::lookup_special(vm, &it, "__anext__")?.is_none() {
        return Err(type_error(format!(
            "'async for' received an object from __aiter__ that does not implement __anext__: {}",
            type_name(&it)
        )));
    }
    Ok(it)
}

/// `GetAnext`: the iterator of the awaitable `aiter.__anext__()` returns.
pub fn get_anext(vm: &mut Vm, aiter: &Value) -> PyResult<Value> {
    if let Some(o) = aiter.as_obj() {
        if is_async_generator(aiter) {
            return Ok(new_asend(o, Value::None));
        }
    }
    let Some(f) = crate::ops::attr::lookup_special(vm, aiter, "__anext__")? else {
        return Err(type_error(format!(
            "'async for' requires an iterator with __anext__ method, got {}",
            type_name(aiter)
        )));
    };
    let aw = super::call(vm, &f, &[])?;
    if is_coroutine(&aw) {
        return Ok(aw);
    }
    match crate::ops::attr::lookup_special(vm, &aw, "__await__")? {
        Some(m) => iterator_of_await(vm, &m),
        None => Err(type_error(format!(
            "'async for' received an invalid object from __anext__: {}",
            type_name(&aw)
        ))),
    }
}

/// `BeforeAsyncWith`: `(__aexit__, __aenter__())` of a context manager.
pub fn before_async_with(vm: &mut Vm, mgr: &Value) -> PyResult<(Value, Value)> {
    let missing = || {
        type_error(format!(
            "'{}' object does not support the asynchronous context manager protocol",
            type_name(mgr)
        ))
    };
    let enter = crate::ops::attr::lookup_special(vm, mgr, "__aenter__")?.ok_or_else(missing)?;
    let exit = crate::ops::attr::lookup_special(vm, mgr, "__aexit__")?.ok_or_else(missing)?;
    let r = super::call(vm, &enter, &[])?;
    Ok((exit, r))
}

// ---- coroutine.__await__() ----------------------------------------------------------------

/// `coroutine.__await__()`. No `NativeData::next` shortcut here (nor for the async generator
/// awaitables): its end-of-iteration cannot carry the StopIteration value, the await's result.
struct Wrapper(Obj);

impl NativeData for Wrapper {
    fn is_container(&self) -> bool {
        true
    }
    fn traverse(&self, f: &mut dyn FnMut(&Obj)) -> bool {
        f(&self.0);
        true
    }
}

fn coro_await(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    match args.values.first() {
        Some(v @ Value::Obj(o)) if is_coroutine(v) => {
            Ok(classes(|c| new_native(&c.wrapper, Wrapper(o.clone()))))
        }
        _ => Err(type_error(
            "descriptor '__await__' requires a 'coroutine' object",
        )),
    }
}

/// Calls the coroutine's own method `f` with the wrapper's arguments.
fn wrapper_delegate(
    vm: &mut Vm,
    args: Args,
    f: fn(&mut Vm, Args) -> PyResult<Value>,
) -> PyResult<Value> {
    let Some(w) = args.values.first().and_then(native_ref::<Wrapper>) else {
        return Err(type_error("expected a coroutine_wrapper"));
    };
    let mut values = args.values.to_vec();
    values[0] = Value::Obj(w.0.clone());
    f(vm, Args::positional(&values))
}

fn wrapper_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    wrapper_delegate(vm, args, generator::gen_next)
}

fn wrapper_send(vm: &mut Vm, args: Args) -> PyResult<Value> {
    wrapper_delegate(vm, args, generator::gen_send)
}

fn wrapper_throw(vm: &mut Vm, args: Args) -> PyResult<Value> {
    wrapper_delegate(vm, args, generator::gen_throw)
}

fn wrapper_close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    wrapper_delegate(vm, args, generator::gen_close)
}

// ---- the awaitables of async generators ----------------------------------------------------

#[derive(Clone, Copy, PartialEq, Eq)]
enum AwaitState {
    Init,
    Iter,
    Closed,
}

/// What an `asend`/`athrow` awaitable does when first sent to.
enum Action {
    /// `__anext__()`/`asend(value)`.
    Send(RefCell<Value>),
    /// `athrow(exc)`: the exception to throw in.
    Throw(RefCell<Option<PyErr>>),
    /// `aclose()`.
    Close,
}

struct AgAwaitable {
    gen: Obj,
    state: Cell<AwaitState>,
    action: Action,
}

impl NativeData for AgAwaitable {
    fn is_container(&self) -> bool {
        true
    }
    fn traverse(&self, f: &mut dyn FnMut(&Obj)) -> bool {
        f(&self.gen);
        if let Action::Send(v) = &self.action {
            match v.try_borrow() {
                Ok(v) => {
                    if let Value::Obj(o) = &*v {
                        f(o);
                    }
                }
                Err(_) => return false,
            }
        }
        true
    }
    fn clear(&self, out: &mut Vec<Value>) {
        if let Action::Send(v) = &self.action {
            out.push(v.replace(Value::None));
        }
    }
}

fn new_asend(gen: &Obj, value: Value) -> Value {
    let data = AgAwaitable {
        gen: gen.clone(),
        state: Cell::new(AwaitState::Init),
        action: Action::Send(RefCell::new(value)),
    };
    classes(|c| new_native(&c.asend, data))
}

fn new_athrow(gen: &Obj, action: Action) -> Value {
    let data = AgAwaitable {
        gen: gen.clone(),
        state: Cell::new(AwaitState::Init),
        action,
    };
    classes(|c| new_native(&c.athrow, data))
}

impl AgAwaitable {
    fn reuse_error(&self) -> PyErr {
        runtime_error(match self.action {
            Action::Send(_) => "cannot reuse already awaited __anext__()/asend()",
            _ => "cannot reuse already awaited aclose()/athrow()",
        })
    }

    /// CPython's `async_gen_unwrap_value`: a marked value ends the await with it; the
    /// generator's return is StopAsyncIteration; anything else passes up.
    fn unwrap(&self, r: PyResult<SendResult>) -> PyResult<Value> {
        let out = match r {
            Ok(SendResult::Yielded(v)) => match unwrap_marked(&v) {
                Some(inner) => Err(stop_iteration(inner)),
                None => return Ok(v),
            },
            Ok(SendResult::Returned(_)) => {
                Err(PyErr::with_args(&exc_types().stop_async_iteration, vec![]))
            }
            Err(e) => Err(e),
        };
        self.state.set(AwaitState::Closed);
        out
    }

    /// The outcome of `aclose()`'s await: the generator must not yield a value; its finishing
    /// (by returning, StopAsyncIteration or GeneratorExit) ends the await.
    fn close_outcome(&self, r: PyResult<SendResult>) -> PyResult<Value> {
        let out = match r {
            Ok(SendResult::Yielded(v)) => {
                if unwrap_marked(&v).is_none() {
                    return Ok(v);
                }
                Err(runtime_error("async generator ignored GeneratorExit"))
            }
            Ok(SendResult::Returned(_)) => Err(stop_iteration(Value::None)),
            Err(e)
                if e.is_instance(&exc_types().stop_async_iteration)
                    || e.is_instance(&exc_types().generator_exit) =>
            {
                Err(stop_iteration(Value::None))
            }
            Err(e) => Err(e),
        };
        self.state.set(AwaitState::Closed);
        out
    }

    fn finished(&self) -> bool {
        match &self.gen.payload {
            Payload::Generator(s) => s
                .try_borrow()
                .map(|s| s.as_ref().is_some_and(|st| st.frame.is_none()))
                .unwrap_or(false),
            _ => true,
        }
    }

    fn send(&self, vm: &mut Vm, value: Value) -> PyResult<Value> {
        if self.state.get() == AwaitState::Closed {
            return Err(self.reuse_error());
        }
        let first = self.state.get() == AwaitState::Init;
        self.state.set(AwaitState::Iter);
        match &self.action {
            Action::Send(initial) => {
                let v = if first && value.is_none() {
                    initial.borrow().clone()
                } else {
                    value
                };
                let r = generator::resume(vm, &self.gen, Resume::Send(v));
                self.unwrap(r)
            }
            Action::Throw(_) | Action::Close if self.finished() => {
                self.state.set(AwaitState::Closed);
                Err(stop_iteration(Value::None))
            }
            Action::Throw(err) if first => {
                if !value.is_none() {
                    return Err(runtime_error(
                        "can't send non-None value to a just-started coroutine",
                    ));
                }
                let e = err.borrow_mut().take().expect("athrow's exception");
                let r = generator::throw(vm, &self.gen, e);
                self.unwrap(r)
            }
            Action::Close if first => {
                if !value.is_none() {
                    return Err(runtime_error(
                        "can't send non-None value to a just-started coroutine",
                    ));
                }
                let exit = PyErr::with_args(&exc_types().generator_exit, vec![]);
                let r = generator::throw(vm, &self.gen, exit);
                self.close_outcome(r)
            }
            Action::Throw(_) => {
                let r = generator::resume(vm, &self.gen, Resume::Send(value));
                self.unwrap(r)
            }
            Action::Close => {
                let r = generator::resume(vm, &self.gen, Resume::Send(value));
                self.close_outcome(r)
            }
        }
    }

    fn throw(&self, vm: &mut Vm, err: PyErr) -> PyResult<Value> {
        if self.state.get() == AwaitState::Closed {
            return Err(self.reuse_error());
        }
        let r = generator::throw(vm, &self.gen, err);
        match self.action {
            Action::Close => self.close_outcome(r),
            _ => self.unwrap(r),
        }
    }
}

fn awaitable_of<'a>(args: &Args<'a>) -> PyResult<&'a AgAwaitable> {
    args.values
        .first()
        .and_then(native_ref::<AgAwaitable>)
        .ok_or_else(|| type_error("expected an async generator awaitable"))
}

fn awaitable_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    awaitable_of(&args)?.send(vm, Value::None)
}

fn awaitable_send(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = awaitable_of(&args)?;
    a.send(vm, args.values.get(1).cloned().unwrap_or(Value::None))
}

fn awaitable_throw(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = awaitable_of(&args)?;
    let err = exception_of(vm, &args.values[1..])?;
    a.throw(vm, err)
}

fn awaitable_close(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    awaitable_of(&args)?.state.set(AwaitState::Closed);
    Ok(Value::None)
}

/// The exception `throw(typ[, val[, tb]])` means, as `generator.throw` makes it.
fn exception_of(vm: &mut Vm, args: &[Value]) -> PyResult<PyErr> {
    let e = args.first().cloned().unwrap_or(Value::None);
    let err = crate::ops::exc::make_exception(vm, e)?;
    match args.get(1) {
        Some(v) if !v.is_none() => {
            let err2 = crate::ops::exc::make_exception(vm, Value::Obj(err.0.class()))?;
            *err2.data().args.borrow_mut() = crate::object::new_tuple(vec![v.clone()]);
            Ok(err2)
        }
        _ => Ok(err),
    }
}

// ---- async generator methods --------------------------------------------------------------

fn this_ag<'a>(args: &Args<'a>, method: &str) -> PyResult<&'a Obj> {
    match args.values.first() {
        Some(v @ Value::Obj(o)) if is_async_generator(v) => Ok(o),
        Some(v) => Err(type_error(format!(
            "descriptor '{}' for 'async_generator' objects doesn't apply to a '{}' object",
            method,
            type_name(v)
        ))),
        None => Err(type_error(format!(
            "descriptor '{method}' of 'async_generator' object needs an argument"
        ))),
    }
}

fn ag_anext(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = this_ag(&args, "__anext__")?;
    Ok(new_asend(g, Value::None))
}

fn ag_asend(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = this_ag(&args, "asend")?;
    crate::builtins::check_args("asend", &Args::positional(&args.values[1..]), 1, 1)?;
    Ok(new_asend(g, args.values[1].clone()))
}

fn ag_athrow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = this_ag(&args, "athrow")?;
    crate::builtins::check_args("athrow", &Args::positional(&args.values[1..]), 1, 3)?;
    let err = exception_of(vm, &args.values[1..])?;
    Ok(new_athrow(g, Action::Throw(RefCell::new(Some(err)))))
}

fn ag_aclose(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = this_ag(&args, "aclose")?;
    Ok(new_athrow(g, Action::Close))
}

/// The class name a generator-like object's repr starts with (`coroutine`, ...).
pub fn kind_name(gen: &Obj) -> String {
    class_data(&gen.class()).name_str()
}

// ---- the builtins aiter() and anext() ------------------------------------------------------

/// `aiter(async_iterable)`.
pub fn builtin_aiter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::builtins::no_kwargs("aiter", &args)?;
    crate::builtins::check_args("aiter", &args, 1, 1)?;
    let v = &args.values[0];
    let Some(f) = crate::ops::attr::lookup_special(vm, v, "__aiter__")? else {
        return Err(type_error(format!(
            "'{}' object is not an async iterable",
            type_name(v)
        )));
    };
    let it = super::call(vm, &f, &[])?;
    if crate::ops::attr::lookup_special(vm, &it, "__anext__")?.is_none() {
        return Err(type_error(format!(
            "aiter() returned not an async iterator of type '{}'",
            type_name(&it)
        )));
    }
    Ok(it)
}

/// `anext(async_iterator[, default])`: the awaitable of `__anext__()`, wrapped when there is
/// a default so that StopAsyncIteration becomes the default as the await's result.
pub fn builtin_anext(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::builtins::no_kwargs("anext", &args)?;
    crate::builtins::check_args("anext", &args, 1, 2)?;
    let it = &args.values[0];
    let Some(f) = crate::ops::attr::lookup_special(vm, it, "__anext__")? else {
        return Err(type_error(format!(
            "'{}' object is not an async iterator",
            type_name(it)
        )));
    };
    let aw = super::call(vm, &f, &[])?;
    match args.values.get(1) {
        None => Ok(aw),
        Some(d) => Ok(classes(|c| {
            new_native(
                &c.anext,
                AnextAwaitable {
                    wrapped: aw,
                    default: d.clone(),
                },
            )
        })),
    }
}

struct AnextAwaitable {
    wrapped: Value,
    default: Value,
}

impl NativeData for AnextAwaitable {
    fn is_container(&self) -> bool {
        true
    }
    fn traverse(&self, f: &mut dyn FnMut(&Obj)) -> bool {
        for v in [&self.wrapped, &self.default] {
            if let Value::Obj(o) = v {
                f(o);
            }
        }
        true
    }
}

impl AnextAwaitable {
    /// The iterator of the wrapped awaitable (a coroutine is its own).
    fn iter(&self, vm: &mut Vm) -> PyResult<Value> {
        if is_coroutine(&self.wrapped) {
            return Ok(self.wrapped.clone());
        }
        match crate::ops::attr::lookup_special(vm, &self.wrapped, "__await__")? {
            Some(m) => iterator_of_await(vm, &m),
            None => Err(type_error(format!(
                "object {} can't be used in 'await' expression",
                type_name(&self.wrapped)
            ))),
        }
    }

    /// StopAsyncIteration from the wrapped awaitable ends the await with the default.
    fn outcome(&self, r: PyResult<SendResult>) -> PyResult<Value> {
        match r {
            Ok(SendResult::Yielded(v)) => Ok(v),
            Ok(SendResult::Returned(v)) => Err(stop_iteration(v)),
            Err(e) if e.is_instance(&exc_types().stop_async_iteration) => {
                Err(stop_iteration(self.default.clone()))
            }
            Err(e) => Err(e),
        }
    }
}

fn anext_of<'a>(args: &Args<'a>) -> PyResult<&'a AnextAwaitable> {
    args.values
        .first()
        .and_then(native_ref::<AnextAwaitable>)
        .ok_or_else(|| type_error("expected an anext_awaitable"))
}

fn anext_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = anext_of(&args)?;
    let it = a.iter(vm)?;
    let r = generator::send_to(vm, &it, Value::None);
    a.outcome(r)
}

fn anext_send(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = anext_of(&args)?;
    let it = a.iter(vm)?;
    let r = generator::send_to(vm, &it, args.values.get(1).cloned().unwrap_or(Value::None));
    a.outcome(r)
}

fn anext_throw(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = anext_of(&args)?;
    let it = a.iter(vm)?;
    let throw = crate::ops::attr::get_attr_str(vm, &it, "throw")?;
    let r = match super::call(vm, &throw, &args.values[1..]) {
        Ok(v) => Ok(SendResult::Yielded(v)),
        Err(e) if e.is_instance(&exc_types().stop_iteration) => {
            Ok(SendResult::Returned(generator::stop_iteration_value(&e)))
        }
        Err(e) => Err(e),
    };
    a.outcome(r)
}

fn anext_close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = anext_of(&args)?;
    let it = a.iter(vm)?;
    let close = crate::ops::attr::get_attr_str(vm, &it, "close")?;
    super::call(vm, &close, &[])
}
