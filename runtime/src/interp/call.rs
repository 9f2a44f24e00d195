//! Calling things: Python functions (argument binding into a new frame), natives, bound
//! methods, classes (instantiation) and objects with `__call__`.

use std::rc::Rc;

use super::frame::Frame;
use super::Vm;
use crate::bytecode::Code;
use crate::object::class::{class_data, Layout};
use crate::object::exception::{type_error, PyErr};
use crate::object::function::{Args, Function};
use crate::object::{new_cell, new_dict, new_tuple, str_of, type_name, Obj, Payload};
use crate::value::Value;
use crate::PyResult;

/// Calls `callable` with positional arguments.
#[inline]
pub fn call(vm: &mut Vm, callable: &Value, args: &[Value]) -> PyResult<Value> {
    call_args(vm, callable, Args::positional(args))
}

/// Calls `callable` with positional and keyword arguments.
pub fn call_args(vm: &mut Vm, callable: &Value, args: Args) -> PyResult<Value> {
    let Value::Obj(obj) = callable else {
        return Err(type_error(format!(
            "'{}' object is not callable",
            type_name(callable)
        )));
    };
    match &obj.payload {
        Payload::Function(f) => call_function(vm, f, args),
        Payload::Builtin(b) => match &b.self_ {
            // `base.__new__(cls, ...)` for a user subclass `cls` of a builtin type (as
            // `super().__new__(cls, ...)` calls it) makes an instance of `cls`.
            None if b.name == "__new__" && subclass_arg(&args).is_some() => {
                let cls = subclass_arg(&args).expect("checked");
                let made = (b.func)(vm, args)?;
                crate::builtins::type_::rehome(made, &cls)
            }
            None => (b.func)(vm, args),
            Some(s) => {
                let mut v = Vec::with_capacity(args.values.len() + 1);
                v.push(s.clone());
                v.extend_from_slice(args.values);
                (b.func)(
                    vm,
                    Args {
                        values: &v,
                        kwnames: args.kwnames,
                    },
                )
            }
        },
        Payload::Method(m) => {
            let (func, self_) = (&m.0, &m.1);
            let mut v = Vec::with_capacity(args.values.len() + 1);
            v.push(self_.clone());
            v.extend_from_slice(args.values);
            call_args(
                vm,
                func,
                Args {
                    values: &v,
                    kwnames: args.kwnames,
                },
            )
        }
        Payload::Class(c) => {
            // Builtin types other than `object` are called without that accounting (their
            // calls are vectorcalls in CPython).
            if c.builtin && !obj.is(&crate::object::types().object) {
                return crate::builtins::type_::call_class(vm, obj, args);
            }
            vm.enter_object_call()?;
            let r = crate::builtins::type_::call_class(vm, obj, args);
            vm.leave();
            r
        }
        _ => {
            let cls = obj.class();
            match crate::object::class::lookup_str(&cls, "__call__") {
                Some(f) => {
                    let mut v = Vec::with_capacity(args.values.len() + 1);
                    v.push(callable.clone());
                    v.extend_from_slice(args.values);
                    call_args(
                        vm,
                        &f,
                        Args {
                            values: &v,
                            kwnames: args.kwnames,
                        },
                    )
                }
                None => Err(type_error(format!(
                    "'{}' object is not callable",
                    type_name(callable)
                ))),
            }
        }
    }
}

/// The first argument, when it is a user class laid out as a builtin type.
fn subclass_arg(args: &Args) -> Option<Obj> {
    match args.values.first() {
        Some(Value::Obj(c)) => match &c.payload {
            Payload::Class(d)
                if !d.builtin && d.layout == crate::object::class::Layout::Builtin =>
            {
                Some(c.clone())
            }
            _ => None,
        },
        _ => None,
    }
}

/// Calls a Python function: binds arguments into a fresh frame and runs it (or, for a
/// generator function, returns the suspended generator).
pub fn call_function(vm: &mut Vm, f: &Function, args: Args) -> PyResult<Value> {
    let code = &f.code;
    let mut frame = Frame::new(
        code.clone(),
        f.globals.clone(),
        vm.builtins_dict.clone(),
        &mut vm.frames,
    );
    let base = frame.base;
    if let Err(e) = bind_arguments(f, code, &mut frame.stack[..base], args) {
        vm.frames.recycle(frame);
        return Err(e);
    }
    init_cells(code, &mut frame.stack[..base], &f.closure);
    if code.flags.generator {
        return Ok(super::generator::new_generator(frame, f));
    }
    if let Err(e) = vm.enter() {
        vm.frames.recycle(frame);
        return Err(e);
    }
    let result = super::eval::run_function(vm, &mut frame);
    vm.leave();
    vm.frames.recycle(frame);
    if super::finalize::pending() {
        super::finalize::run(vm);
    }
    result
}

/// The fast path of `Call` and `CallMethod`: when the callee is a plain Python function taking
/// exactly the `n` positional arguments on top of `stack` (below them the callable), the
/// arguments are moved, not copied, into the new frame. `None` if the fast path does not apply
/// (the stack is then untouched).
#[inline]
pub fn call_exact(
    vm: &mut Vm,
    stack: &mut Vec<Value>,
    n: usize,
    callable_at: usize,
) -> Option<PyResult<Value>> {
    let Value::Obj(func) = &stack[callable_at] else {
        return None;
    };
    let func = func.clone();
    call_exact_with(vm, &func, n, |buf| {
        crate::value::move_tail(stack, n, buf);
        stack.truncate(callable_at);
    })
}

/// The fast path of calling `func` with `n` positional arguments, which `fill` moves into the
/// new frame's buffer (it is called only if the fast path applies), and its defaults for the
/// parameters after them. `None` if it does not apply.
#[inline]
pub fn call_exact_with(
    vm: &mut Vm,
    func: &Obj,
    n: usize,
    fill: impl FnOnce(&mut Vec<Value>),
) -> Option<PyResult<Value>> {
    let Payload::Function(f) = &func.payload else {
        return None;
    };
    let code = &f.code;
    if code.kwonlyargcount != 0 || code.flags.varargs || code.flags.varkw || code.flags.generator {
        return None;
    }
    // Parameters not given take their defaults.
    let defaults = f.defaults.borrow();
    let missing = crate::object::function::defaults_for(code.argcount as usize, &defaults, n)?;
    let mut buf = vm.frames.take();
    fill(&mut buf);
    buf.extend_from_slice(missing);
    drop(defaults);
    let mut frame = Frame::with_buffer(
        f.code.clone(),
        f.globals.clone(),
        vm.builtins_dict.clone(),
        buf,
    );
    if frame.base > f.code.nlocals() {
        let base = frame.base;
        init_cells(&f.code, &mut frame.stack[..base], &f.closure);
    }
    if let Err(e) = vm.enter() {
        vm.frames.recycle(frame);
        return Some(Err(e));
    }
    let result = super::eval::run_function(vm, &mut frame);
    vm.leave();
    vm.frames.recycle(frame);
    if super::finalize::pending() {
        super::finalize::run(vm);
    }
    Some(result)
}

/// Creates the cells of a frame: new cells for `cellvars` (moving parameters that are captured
/// into their cells), and the closure's cells for `freevars`.
pub fn init_cells(code: &Code, locals: &mut [Value], closure: &[Obj]) {
    if code.cellvars.is_empty() && code.freevars.is_empty() {
        return;
    }
    let base = code.nlocals();
    for i in 0..code.cellvars.len() {
        let initial = code
            .cell_params
            .iter()
            .find(|(c, _)| *c as usize == i)
            .map(|(_, p)| std::mem::replace(&mut locals[*p as usize], Value::Null))
            .unwrap_or(Value::Null);
        locals[base + i] = Value::Obj(new_cell(initial));
    }
    for (i, c) in closure.iter().enumerate() {
        locals[base + code.cellvars.len() + i] = Value::Obj(c.clone());
    }
}

fn qualname(f: &Function) -> String {
    str_of(&f.qualname.borrow()).to_string()
}

/// Binds call arguments to parameters, as CPython does, with CPython's error messages.
pub fn bind_arguments(
    f: &Function,
    code: &Rc<Code>,
    locals: &mut [Value],
    args: Args,
) -> PyResult<()> {
    let argcount = code.argcount as usize;
    let kwonly = code.kwonlyargcount as usize;
    let pos = args.pos();
    // Fast path: exactly the positional parameters, nothing else.
    if !args.has_kwargs()
        && pos.len() == argcount
        && kwonly == 0
        && !code.flags.varargs
        && !code.flags.varkw
    {
        for (slot, v) in locals.iter_mut().zip(pos) {
            *slot = v.clone();
        }
        return Ok(());
    }
    let npos = pos.len().min(argcount);
    locals[..npos].clone_from_slice(&pos[..npos]);
    let mut next = argcount + kwonly;
    if code.flags.varargs {
        let extra: Vec<Value> = if pos.len() > argcount {
            pos[argcount..].to_vec()
        } else {
            Vec::new()
        };
        locals[next] = new_tuple(extra);
        next += 1;
    }
    let kwdict = if code.flags.varkw {
        let d = new_dict();
        locals[next] = Value::Obj(d.clone());
        Some(d)
    } else {
        None
    };
    // Keyword arguments.
    let posonly = code.posonlyargcount as usize;
    let mut posonly_as_kw: Vec<String> = Vec::new();
    for (name, value) in args.kwargs() {
        let text = str_of(name);
        let idx = code.varnames[..argcount + kwonly]
            .iter()
            .position(|v| v.is(name) || str_of(v) == text);
        match idx {
            Some(i) if i >= posonly => {
                if !locals[i].is_null() {
                    return Err(type_error(format!(
                        "{}() got multiple values for argument '{}'",
                        qualname(f),
                        text
                    )));
                }
                locals[i] = value.clone();
            }
            _ => match &kwdict {
                Some(d) => {
                    crate::builtins::dict::set_item_str_obj(d, name, value.clone());
                }
                None => {
                    if let Some(i) = idx {
                        let _ = i;
                        posonly_as_kw.push(text.to_string());
                        continue;
                    }
                    return Err(type_error(format!(
                        "{}() got an unexpected keyword argument '{}'",
                        qualname(f),
                        text
                    )));
                }
            },
        }
    }
    if !posonly_as_kw.is_empty() {
        return Err(type_error(format!(
            "{}() got some positional-only arguments passed as keyword arguments: '{}'",
            qualname(f),
            posonly_as_kw.join(", ")
        )));
    }
    // Too many positional arguments is reported after the keyword arguments are bound, as
    // CPython does (a clash there is the error it reports first).
    if !code.flags.varargs && pos.len() > argcount {
        let defaults = f.defaults.borrow().len();
        // CPython counts the keyword-only parameters that were given.
        let given_kw = args
            .kwargs()
            .filter(|(n, _)| {
                code.varnames[argcount..argcount + kwonly]
                    .iter()
                    .any(|v| str_of(v) == str_of(n))
            })
            .count();
        let takes = if defaults > 0 {
            format!("from {} to {}", argcount - defaults, argcount)
        } else {
            argcount.to_string()
        };
        let plural = if argcount == 1 && defaults == 0 {
            ""
        } else {
            "s"
        };
        let extra = if given_kw > 0 {
            format!(
                " positional argument{} (and {} keyword-only argument{})",
                if pos.len() == 1 { "" } else { "s" },
                given_kw,
                if given_kw == 1 { "" } else { "s" }
            )
        } else {
            String::new()
        };
        let was = if pos.len() == 1 && given_kw == 0 {
            "was"
        } else {
            "were"
        };
        return Err(type_error(format!(
            "{}() takes {} positional argument{} but {}{} {} given",
            qualname(f),
            takes,
            plural,
            pos.len(),
            extra,
            was
        )));
    }
    // Defaults for missing positional parameters.
    let defaults = f.defaults.borrow();
    let first_default = argcount - defaults.len().min(argcount);
    let mut missing = Vec::new();
    for i in 0..argcount {
        if locals[i].is_null() {
            if i >= first_default {
                locals[i] = defaults[i - first_default].clone();
            } else {
                missing.push(str_of(&code.varnames[i]).to_string());
            }
        }
    }
    if !missing.is_empty() {
        return Err(missing_error(f, &missing, "positional"));
    }
    let kwdefaults = f.kwdefaults.borrow();
    let kwonly_names = &code.varnames[argcount..argcount + kwonly];
    for (slot, name) in locals[argcount..argcount + kwonly]
        .iter_mut()
        .zip(kwonly_names)
    {
        if slot.is_null() {
            match kwdefaults.iter().find(|(n, _)| str_of(n) == str_of(name)) {
                Some((_, v)) => *slot = v.clone(),
                None => missing.push(str_of(name).to_string()),
            }
        }
    }
    if !missing.is_empty() {
        return Err(missing_error(f, &missing, "keyword-only"));
    }
    Ok(())
}

fn missing_error(f: &Function, missing: &[String], kind: &str) -> PyErr {
    let quoted: Vec<String> = missing.iter().map(|m| format!("'{m}'")).collect();
    let list = match quoted.len() {
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
    };
    type_error(format!(
        "{}() missing {} required {} argument{}: {}",
        qualname(f),
        missing.len(),
        kind,
        if missing.len() == 1 { "" } else { "s" },
        list
    ))
}

/// Runs a class body or module code object in `namespace`.
pub fn run_in_namespace(
    vm: &mut Vm,
    code: Rc<Code>,
    globals: Obj,
    namespace: Option<Obj>,
    closure: &[Obj],
) -> PyResult<Value> {
    let mut frame = Frame::new(
        code.clone(),
        globals,
        vm.builtins_dict.clone(),
        &mut vm.frames,
    );
    frame.namespace = namespace;
    let base = frame.base;
    init_cells(&code, &mut frame.stack[..base], closure);
    vm.enter()?;
    let r = super::eval::run_function(vm, &mut frame);
    vm.leave();
    r
}

/// Whether a class's instances are plain attribute-holding objects (made by `object.__new__`).
pub fn is_plain_layout(cls: &Obj) -> bool {
    class_data(cls).layout == Layout::Instance
}
