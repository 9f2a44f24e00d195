//! Classes at run time: calling a class, `class` statements (`__build_class__`), the
//! three-argument `type(...)`, `object`'s methods, `super`, and the `property`,
//! `staticmethod` and `classmethod` descriptors.

use std::cell::RefCell;

use crate::interp::call::{call_args, run_in_namespace};
use crate::interp::{call, Vm};
use crate::object::class::{
    class_data, compute_mro, is_subclass, lookup, lookup_str, ClassData, Layout,
};
use crate::object::exception::{not_implemented_error, type_error};
use crate::object::function::Args;
use crate::object::instance::{Instance, Shape};
use crate::object::{
    as_str, class_of, intern, new_dict, new_str, new_tuple, str_of, type_name, types, Obj, Payload,
};
use crate::ops;
use crate::value::Value;
use crate::PyResult;

use super::{add_function, add_method, check_args, dict, no_kwargs};

/// Calls a class: `cls(*args, **kwargs)`.
pub fn call_class(vm: &mut Vm, cls: &Obj, args: Args) -> PyResult<Value> {
    let t = types();
    if cls.is(&t.type_) {
        if args.values.len() == 1 && !args.has_kwargs() {
            return Ok(Value::Obj(class_of(&args.values[0])));
        }
        let pos = args.pos();
        if pos.len() != 3 {
            return Err(type_error("type() takes 1 or 3 arguments"));
        }
        // As CPython's type_call: the most derived metaclass of the bases makes the class
        // (its `__new__`, then its `__init__`), so `type(name, (Abc,), ns)` is an ABCMeta.
        let winner = calculate_metaclass(&t.type_, &pos[1])?;
        if !winner.is(&t.type_) {
            return construct(vm, &winner, args);
        }
        return type_new(vm, &t.type_, &pos[0], &pos[1], &pos[2], args);
    }
    // A metaclass other than `type` may define __call__.
    let meta = cls.class();
    if !meta.is(&t.type_) {
        if let Some(f) = lookup_str(&meta, "__call__") {
            if !matches!(f.payload(), Some(Payload::Builtin(_))) {
                return call_with_first(vm, &f, Value::Obj(cls.clone()), args);
            }
        }
    }
    construct(vm, cls, args)
}

/// `f(first, *args)`, keeping `args`' keyword arguments.
fn call_with_first(vm: &mut Vm, f: &Value, first: Value, args: Args) -> PyResult<Value> {
    let mut v = Vec::with_capacity(args.values.len() + 1);
    v.push(first);
    v.extend_from_slice(args.values);
    call_args(
        vm,
        f,
        Args {
            values: &v,
            kwnames: args.kwnames,
        },
    )
}

/// What calling `f` calls: the function inside a `staticmethod`, else `f` itself.
fn static_target(f: &Value) -> Value {
    match f.payload() {
        Some(Payload::StaticMethod(inner)) => inner.clone(),
        _ => f.clone(),
    }
}

/// `type.__call__`: `__new__` then `__init__`.
pub fn construct(vm: &mut Vm, cls: &Obj, args: Args) -> PyResult<Value> {
    let data = class_data(cls);
    let new = lookup_str(cls, "__new__");
    let user_new = matches!(
        new.as_ref().and_then(|v| v.payload()),
        Some(Payload::Function(_) | Payload::StaticMethod(_))
    );
    // A metaclass (a user subclass of `type`) without its own `__new__`: `type.__new__` makes
    // the class with the metaclass itself, and the metaclass's `__init__` then runs.
    let metaclass =
        data.layout == Layout::Builtin && !data.builtin && builtin_base(cls).is(&types().type_);
    let obj = match &new {
        Some(f) if user_new || data.layout == Layout::Builtin => {
            let f = static_target(f);
            if data.layout == Layout::Builtin && !user_new && !data.builtin && !metaclass {
                // A user subclass of a builtin type: mutable bases start empty and are
                // filled by __init__ (as CPython's list/dict/set), immutable ones are made by
                // the base's __new__ from the arguments.
                let base = builtin_base(cls);
                let mutable = is_mutable_builtin(&base);
                let mut v = vec![Value::Obj(base.clone())];
                if !mutable {
                    v.extend_from_slice(args.values);
                }
                let kwnames = if mutable { &[][..] } else { args.kwnames };
                let made = call_args(
                    vm,
                    &f,
                    Args {
                        values: &v,
                        kwnames,
                    },
                )?;
                rehome(made, cls)?
            } else {
                let obj = call_with_first(vm, &f, Value::Obj(cls.clone()), args)?;
                if data.layout == Layout::Builtin && !user_new && !metaclass {
                    // Builtin constructors fully initialise their result.
                    return Ok(obj);
                }
                obj
            }
        }
        _ if data.layout == Layout::Exception => ops::exc::new_exception(cls, args.pos().to_vec()),
        _ => {
            check_not_abstract(vm, cls)?;
            object_new_for(cls)
        }
    };
    // __init__ runs only if __new__ returned an instance of cls.
    if !is_subclass(&class_of(&obj), cls) {
        return Ok(obj);
    }
    let ocls = class_of(&obj);
    match lookup(&ocls, &vm.names.init.clone()) {
        Some(init) if !matches!(init.payload(), Some(Payload::Builtin(b)) if b.owner == Some("object")) =>
        {
            let r = call_with_first(vm, &init, obj.clone(), args)?;
            if !r.is_none() {
                return Err(type_error(format!(
                    "__init__() should return None, not '{}'",
                    type_name(&r)
                )));
            }
        }
        _ => {
            if !user_new && !args.values.is_empty() && data.layout == Layout::Instance {
                return Err(type_error(format!(
                    "{}() takes no arguments",
                    data.name_str()
                )));
            }
        }
    }
    Ok(obj)
}

/// The builtin class a user class derives its layout from (`list` for `class S(list)`).
fn builtin_base(cls: &Obj) -> Obj {
    for c in class_data(cls).mro.borrow().iter() {
        if class_data(c).builtin {
            return c.clone();
        }
    }
    types().object.clone()
}

/// Builtin types whose instances `__init__` fills (their `__new__` ignores its arguments):
/// those with an `__init__` of their own (list, dict, set, bytearray, collections.deque).
fn is_mutable_builtin(cls: &Obj) -> bool {
    let t = types();
    [&t.list, &t.dict, &t.set, &t.bytearray]
        .iter()
        .any(|c| c.is(cls))
        || native_init(cls)
}

/// Whether `cls` is a class of a native module with an `__init__` of its own or inherited
/// (CPython's `tp_init`, as `random.Random` has): a subclass's constructor arguments then go
/// to `__init__` alone, as they do for the mutable builtins.
fn native_init(cls: &Obj) -> bool {
    let data = class_data(cls);
    data.builtin
        && data.module.borrow().as_str() != "builtins"
        && !matches!(
            (lookup_str(cls, "__init__"), lookup_str(&types().object, "__init__")),
            (Some(a), Some(b)) if a.is(&b)
        )
}

/// Makes the builtin value `v` an instance of the user subclass `cls` of its type: a fresh
/// object gets the class in place; a shared one (a cached empty tuple, an interned string)
/// is copied first; ints and floats, which live inline, are boxed.
pub fn rehome(v: Value, cls: &Obj) -> PyResult<Value> {
    let payload = match v {
        Value::Int(i) => Payload::BigInt(num_bigint::BigInt::from(i)),
        Value::Bool(b) => Payload::BigInt(num_bigint::BigInt::from(b as i64)),
        Value::Obj(o) => {
            if matches!(
                o.payload,
                Payload::Instance(_) | Payload::Exception(_) | Payload::Class(_)
            ) {
                return Ok(Value::Obj(o));
            }
            if o.refcount() == 1 {
                o.set_class(cls);
                return Ok(Value::Obj(o));
            }
            match &o.payload {
                Payload::Str(s) => Payload::Str(crate::object::PyStr::new(s.as_str().into())),
                Payload::Tuple(t) => Payload::Tuple(t.clone()),
                Payload::BigInt(b) => Payload::BigInt(b.clone()),
                Payload::Bytes(b) => Payload::Bytes(b.clone()),
                Payload::FrozenSet(t) => Payload::FrozenSet(t.copy()),
                Payload::List(l) => Payload::List(RefCell::new(l.borrow().clone())),
                Payload::Dict(d) => Payload::Dict(crate::object::PyDict {
                    table: RefCell::new(d.table.borrow().clone()),
                }),
                _ => {
                    return Err(not_implemented_error(format!(
                        "subclassing builtin type '{}' is not supported yet",
                        type_name(&Value::Obj(o.clone()))
                    )))
                }
            }
        }
        other => {
            return Err(not_implemented_error(format!(
                "subclassing builtin type '{}' is not supported yet",
                type_name(&other)
            )))
        }
    };
    Ok(Value::Obj(Obj::new(cls, payload)))
}

/// `list.__init__`, `dict.__init__`, `set.__init__`, `bytearray.__init__`: (re)fill `self`.
fn mutable_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = args.values.first().cloned().unwrap_or(Value::None);
    let pos = &args.pos()[1..];
    match this.payload() {
        Some(Payload::List(l)) => {
            check_args("list", &Args::positional(pos), 0, 1)?;
            let items = match pos.first() {
                Some(it) => ops::iter::collect(vm, it)?,
                None => Vec::new(),
            };
            *l.borrow_mut() = items;
        }
        Some(Payload::Dict(_)) => {
            let d = this.as_obj().expect("dict").clone();
            if pos.len() > 1 {
                return Err(type_error(format!(
                    "dict expected at most 1 argument, got {}",
                    pos.len()
                )));
            }
            if let Some(src) = pos.first() {
                dict::update_from_mapping(vm, &d, src, false)?;
            }
            for (k, v) in args.kwargs() {
                dict::set_item(vm, &d, Value::Obj(k.clone()), v.clone())?;
            }
        }
        Some(Payload::Set(cell)) => {
            check_args("set", &Args::positional(pos), 0, 1)?;
            let mut t = crate::table::set_table::SetTable::new();
            if let Some(it) = pos.first() {
                for x in ops::iter::collect(vm, it)? {
                    super::set::table_add(vm, &mut t, x)?;
                }
            }
            cell.borrow_mut().swap_contents(&mut t);
        }
        Some(Payload::ByteArray(b)) => {
            let data = match pos.first() {
                Some(v) => super::bytes::bytes_from(vm, v)?,
                None => Vec::new(),
            };
            *b.borrow_mut() = data;
        }
        _ => {}
    }
    Ok(Value::None)
}

/// `object.__new__(cls)`: an empty instance laid out for `cls`.
pub fn object_new_for(cls: &Obj) -> Value {
    let data = class_data(cls);
    match data.layout {
        Layout::Exception => ops::exc::new_exception(cls, Vec::new()),
        _ => Value::Obj(Obj::new(
            cls,
            Payload::Instance(Instance::with_width(
                data.shape_root.clone(),
                data.instance_width.get(),
            )),
        )),
    }
}

/// `object.__new__`'s refusal to make an instance of a class with abstract methods (the
/// classes `abc.ABCMeta` makes keep their names in `__abstractmethods__`). Only classes with a
/// metaclass other than `type` can have them, which keeps the common case one comparison.
fn check_not_abstract(vm: &mut Vm, cls: &Obj) -> PyResult<()> {
    if cls.class().is(&types().type_) {
        return Ok(());
    }
    let Some(methods) = dict::get_by_str(&class_data(cls).dict, "__abstractmethods__") else {
        return Ok(());
    };
    let mut names: Vec<String> = ops::iter::collect(vm, &methods)?
        .iter()
        .map(|v| crate::object::as_str(v).unwrap_or("").to_string())
        .collect();
    if names.is_empty() {
        return Ok(());
    }
    names.sort();
    Err(type_error(format!(
        "Can't instantiate abstract class {} with abstract method{} {}",
        class_data(cls).name_str(),
        if names.len() > 1 { "s" } else { "" },
        names.join(", ")
    )))
}

fn object_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match args.values.first() {
        Some(Value::Obj(c)) if matches!(c.payload, Payload::Class(_)) => {
            check_not_abstract(vm, c)?;
            let v = object_new_for(c);
            if class_data(c).layout == Layout::Exception {
                if let Some(e) = v.as_obj().and_then(crate::object::exception::exc_data) {
                    *e.args.borrow_mut() = new_tuple(args.pos()[1..].to_vec());
                }
            }
            Ok(v)
        }
        Some(other) => Err(type_error(format!(
            "object.__new__(X): X is not a type object ({})",
            type_name(other)
        ))),
        None => Err(type_error("object.__new__(): not enough arguments")),
    }
}

fn object_subclasshook(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Obj(types().not_implemented.clone()))
}

fn object_init(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

fn base_exception_init(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    if let Some(Value::Obj(o)) = args.values.first() {
        if let Some(e) = crate::object::exception::exc_data(o) {
            let rest = args.pos()[1..].to_vec();
            if is_subclass(&o.class(), &crate::object::exc_types().os_error) {
                ops::exc::set_os_error_fields(e, rest);
            } else {
                *e.args.borrow_mut() = new_tuple(rest);
            }
        }
    }
    Ok(Value::None)
}

fn base_exception_new(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    match args.values.first() {
        Some(Value::Obj(c)) if matches!(c.payload, Payload::Class(_)) => {
            Ok(ops::exc::new_exception(c, args.pos()[1..].to_vec()))
        }
        _ => Err(type_error(
            "BaseException.__new__(X): X is not a type object",
        )),
    }
}

/// `BaseException.__str__`: the message from the arguments (what `super().__str__()` in an
/// exception class returns).
fn base_exception_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("__str__", &args, 1, 1)?;
    ops::repr::exception_base_str(vm, &args.values[0]).map(new_str)
}

/// `BaseException.__repr__`: `Name(args...)`.
fn base_exception_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("__repr__", &args, 1, 1)?;
    ops::repr::base_repr(vm, &args.values[0]).map(new_str)
}

fn with_traceback(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(args.values.first().cloned().unwrap_or(Value::None))
}

fn add_note(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("add_note", &args, 2, 2)?;
    let e = args.values[0].clone();
    let note = args.values[1].clone();
    if as_str(&note).is_none() {
        return Err(type_error(format!(
            "note must be a str, not '{}'",
            type_name(&note)
        )));
    }
    let notes = match ops::attr::get_attr_str(vm, &e, "__notes__") {
        Ok(n) => n,
        Err(_) => {
            let l = crate::object::new_list(vec![]);
            ops::attr::set_attr(vm, &e, &intern("__notes__"), l.clone())?;
            l
        }
    };
    if let Some(Payload::List(l)) = notes.payload() {
        l.borrow_mut().push(note);
    }
    Ok(Value::None)
}

fn object_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = args.values.first().cloned().unwrap_or(Value::None);
    match &v {
        Value::Obj(o) if matches!(o.payload, Payload::Instance(_)) => {
            let cls = o.class();
            let d = class_data(&cls);
            let module = dict::get_by_str(&d.dict, "__module__")
                .and_then(|m| as_str(&m).map(str::to_string))
                .unwrap_or_else(|| "builtins".to_string());
            Ok(new_str(format!(
                "<{}.{} object at 0x{:012x}>",
                module,
                d.qualname.borrow(),
                o.addr()
            )))
        }
        _ => ops::repr::base_repr(vm, &v).map(new_str),
    }
}

/// `object.__getstate__()` (new in 3.11), as CPython's `object_getstate_default`: the
/// instance `__dict__` (None when there is none or it is empty), paired with a dict of the
/// `__slots__` that are set when there are any. The slot names come from
/// `copyreg._slotnames`, which caches them on the class as `__slotnames__`, as in CPython.
fn object_getstate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs("object.__getstate__", &args)?;
    let Some(obj) = args.values.first() else {
        return Err(type_error(
            "unbound method object.__getstate__() needs an argument",
        ));
    };
    if args.values.len() > 1 {
        return Err(type_error(format!(
            "object.__getstate__() takes no arguments ({} given)",
            args.values.len() - 1
        )));
    }
    let is_attribute_error = |e: &crate::object::exception::PyErr| {
        e.is_instance(&crate::object::exc_types().attribute_error)
    };
    let state = match ops::attr::get_attr_str(vm, obj, "__dict__") {
        Ok(d) => match d.payload() {
            Some(Payload::Dict(pd)) if pd.table.borrow().is_empty() => Value::None,
            _ => d,
        },
        Err(e) if is_attribute_error(&e) => Value::None,
        Err(e) => return Err(e),
    };
    let copyreg = Value::Obj(crate::import::load(vm, "copyreg")?);
    let slotnames = ops::attr::get_attr_str(vm, &copyreg, "_slotnames")?;
    let names = call(vm, &slotnames, &[Value::Obj(class_of(obj))])?;
    let names = ops::iter::collect(vm, &names)?;
    if names.is_empty() {
        return Ok(state);
    }
    let slots = new_dict();
    for name in names {
        let Value::Obj(n) = &name else {
            return Err(type_error("__slotnames__ should be a list of str"));
        };
        match ops::attr::get_attr(vm, obj, n) {
            Ok(v) => dict::set_item(vm, &slots, name.clone(), v)?,
            Err(e) if is_attribute_error(&e) => {}
            Err(e) => return Err(e),
        }
    }
    if dict::len(&slots) == 0 {
        return Ok(state);
    }
    Ok(new_tuple(vec![state, Value::Obj(slots)]))
}

fn object_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = args.values.first().cloned().unwrap_or(Value::None);
    ops::repr::repr(vm, &v).map(new_str)
}

fn object_eq(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("__eq__", &args, 2, 2)?;
    Ok(if args.values[0].is(&args.values[1]) {
        Value::Bool(true)
    } else {
        Value::Obj(types().not_implemented.clone())
    })
}

fn object_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("__ne__", &args, 2, 2)?;
    let r = ops::compare::rich_compare(
        vm,
        crate::bytecode::CmpOp::Eq,
        &args.values[0],
        &args.values[1],
    )?;
    Ok(match r {
        Value::Bool(b) => Value::Bool(!b),
        other => other,
    })
}

fn object_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = args.values.first().cloned().unwrap_or(Value::None);
    match &v {
        Value::Obj(o) if matches!(o.payload, Payload::Instance(_)) => {
            Ok(Value::Int(crate::table::hash::hash_pointer(o.addr())))
        }
        _ => ops::hash(vm, &v).map(Value::Int),
    }
}

fn object_setattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("__setattr__", &args, 3, 3)?;
    let name = super::name_arg(&args.values[1])?;
    let obj = &args.values[0];
    if let Value::Obj(o) = obj {
        if let Payload::Instance(inst) = &o.payload {
            // Data descriptors still apply; __setattr__ overrides do not (this *is* the base).
            let cls = o.class();
            if let Some(t) = lookup(&cls, &name) {
                if ops::attr::is_data_descriptor(&t) {
                    return set_via_descriptor(vm, &t, obj, args.values[2].clone());
                }
            }
            inst.set(&name, args.values[2].clone());
            return Ok(Value::None);
        }
        if let Payload::Class(data) = &o.payload {
            ops::attr::set_class_attr(data, &name, args.values[2].clone())?;
            return Ok(Value::None);
        }
        // An instance of a Python subclass of a built-in type: its own dict, past any
        // `__setattr__` override.
        if crate::object::subclass::is_subclass_instance(o) {
            let cls = o.class();
            if let Some(t) = lookup(&cls, &name) {
                if ops::attr::is_data_descriptor(&t) {
                    return set_via_descriptor(vm, &t, obj, args.values[2].clone());
                }
            }
            crate::object::subclass::set_attr(o, &name, args.values[2].clone());
            return Ok(Value::None);
        }
    }
    ops::attr::set_attr(vm, obj, &name, args.values[2].clone())?;
    Ok(Value::None)
}

fn set_via_descriptor(vm: &mut Vm, t: &Value, obj: &Value, v: Value) -> PyResult<Value> {
    match t.payload() {
        Some(Payload::Property(p)) => {
            if p[1].is_none() {
                return Err(crate::object::exception::attribute_error(format!(
                    "{} of '{}' object has no setter",
                    p.describe(),
                    type_name(obj)
                )));
            }
            call(vm, &p[1].clone(), &[obj.clone(), v])?;
        }
        _ => {
            if let Some(f) = ops::attr::lookup_special(vm, t, "__set__")? {
                call(vm, &f, &[obj.clone(), v])?;
            }
        }
    }
    Ok(Value::None)
}

fn object_getattribute(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("__getattribute__", &args, 2, 2)?;
    let name = super::name_arg(&args.values[1])?;
    let obj = &args.values[0];
    if let Value::Obj(o) = obj {
        if let Payload::Instance(inst) = &o.payload {
            let cls = o.class();
            let tattr = lookup(&cls, &name);
            if let Some(t) = &tattr {
                if ops::attr::is_data_descriptor(t) {
                    return ops::attr::descr_get(vm, t, obj, &cls);
                }
            }
            if let Some(v) = inst.get(&name) {
                return Ok(v);
            }
            if let Some(t) = tattr {
                return ops::attr::descr_get(vm, &t, obj, &cls);
            }
            return Err(ops::attr::no_attribute(obj, &name));
        }
    }
    ops::attr::get_attr(vm, obj, &name)
}

fn object_delattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("__delattr__", &args, 2, 2)?;
    let name = super::name_arg(&args.values[1])?;
    let obj = &args.values[0];
    if let Value::Obj(o) = obj {
        if let Payload::Instance(inst) = &o.payload {
            let cls = o.class();
            if inst.delete(&name, &class_data(&cls).shape_root) {
                return Ok(Value::None);
            }
            return Err(ops::attr::no_attribute(obj, &name));
        }
    }
    ops::attr::del_attr(vm, obj, &name)?;
    Ok(Value::None)
}

fn object_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("__format__", &args, 2, 2)?;
    let spec = as_str(&args.values[1]).unwrap_or("").to_string();
    if !spec.is_empty() {
        return Err(type_error(format!(
            "unsupported format string passed to {}.__format__",
            class_data(&class_of(&args.values[0])).name_str()
        )));
    }
    ops::repr::str(vm, &args.values[0]).map(new_str)
}

/// `object.__init_subclass__`: accepts no keyword arguments (those of a class statement that
/// no `__init_subclass__` consumed end up here). Bound to the new class, which is `args[0]`.
fn object_init_subclass(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.has_kwargs() {
        let name = match args.values.first() {
            Some(Value::Obj(c)) if matches!(c.payload, Payload::Class(_)) => {
                class_data(c).qualname.borrow().clone()
            }
            _ => "object".to_string(),
        };
        return Err(type_error(format!(
            "{name}.__init_subclass__() takes no keyword arguments"
        )));
    }
    Ok(Value::None)
}

fn object_dir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = args.values.first().cloned().unwrap_or(Value::None);
    super::functions::dir_of(vm, &v)
}

/// `type(name, bases, namespace)` and class statements.
pub fn type_new(
    vm: &mut Vm,
    meta: &Obj,
    name: &Value,
    bases: &Value,
    ns: &Value,
    args: Args,
) -> PyResult<Value> {
    let name = as_str(name)
        .ok_or_else(|| type_error("type.__new__() argument 1 must be str"))?
        .to_string();
    let mut base_list: Vec<Obj> = match bases.payload() {
        Some(Payload::Tuple(t)) => t
            .iter()
            .map(|b| match b {
                Value::Obj(o) if matches!(o.payload, Payload::Class(_)) => Ok(o.clone()),
                other => Err(type_error(format!(
                    "bases must be types, not {}",
                    type_name(other)
                ))),
            })
            .collect::<PyResult<_>>()?,
        _ => return Err(type_error("type.__new__() argument 2 must be tuple")),
    };
    if base_list.is_empty() {
        base_list.push(types().object.clone());
    }
    let Some(Value::Obj(ns)) =
        Some(ns.clone()).filter(|n| matches!(n.payload(), Some(Payload::Dict(_))))
    else {
        return Err(type_error("type.__new__() argument 3 must be dict"));
    };
    // Layout: exceptions if any base is an exception; a builtin base other than object keeps
    // its layout (instances of such subclasses are not supported yet, see `construct`).
    let mut layout = Layout::Instance;
    for b in &base_list {
        let bl = class_data(b).layout;
        match bl {
            Layout::Exception => layout = Layout::Exception,
            Layout::Builtin if layout == Layout::Instance && !b.is(&types().object) => {
                layout = Layout::Builtin
            }
            _ => {}
        }
    }
    for b in &base_list {
        let t = types();
        if [
            &t.bool_,
            &t.function,
            &t.generator,
            &t.coroutine,
            &t.async_generator,
            &t.memoryview,
        ]
        .iter()
        .any(|c| b.is(c))
        {
            return Err(type_error(format!(
                "type '{}' is not an acceptable base type",
                class_data(b).name_str()
            )));
        }
    }
    let dict = new_dict();
    for (k, v) in dict::items(&ns) {
        dict::set_item(vm, &dict, k, v)?;
    }
    // As CPython's type_new: a class without __module__ belongs to the calling module.
    if dict::get_by_str(&dict, "__module__").is_none() {
        if let Some(name) = dict::get_by_str(vm.current_globals(), "__name__") {
            dict::set_str_item(&dict, "__module__", name);
        }
    }
    // __new__ is an implicit staticmethod; __init_subclass__ and __class_getitem__ are
    // implicit classmethods.
    if let Some(f @ Value::Obj(_)) = dict::get_by_str(&dict, "__new__") {
        if matches!(f.payload(), Some(Payload::Function(_))) {
            dict::set_str_item(
                &dict,
                "__new__",
                Value::Obj(Obj::new(&types().staticmethod, Payload::StaticMethod(f))),
            );
        }
    }
    for cm in ["__init_subclass__", "__class_getitem__"] {
        if let Some(f @ Value::Obj(_)) = dict::get_by_str(&dict, cm) {
            if matches!(f.payload(), Some(Payload::Function(_))) {
                dict::set_str_item(
                    &dict,
                    cm,
                    Value::Obj(Obj::new(&types().classmethod, Payload::ClassMethod(f))),
                );
            }
        }
    }
    // A class that defines __eq__ but not __hash__ is unhashable, as in CPython.
    if dict::get_by_str(&dict, "__eq__").is_some() && dict::get_by_str(&dict, "__hash__").is_none()
    {
        dict::set_str_item(&dict, "__hash__", Value::None);
    }
    let qualname = match dict::get_by_str(&dict, "__qualname__") {
        Some(q) => {
            dict::del_str(&dict, &intern("__qualname__"));
            as_str(&q).unwrap_or(&name).to_string()
        }
        None => name.clone(),
    };
    let module = dict::get_by_str(&dict, "__module__")
        .and_then(|m| as_str(&m).map(str::to_string))
        .unwrap_or_else(|| "builtins".to_string());
    let slots = match dict::get_by_str(&dict, "__slots__") {
        Some(s) => {
            let names: Vec<Value> = if as_str(&s).is_some() {
                vec![s.clone()]
            } else {
                ops::iter::collect(vm, &s)?
            };
            let mut out = Vec::new();
            for n in names {
                match as_str(&n) {
                    // Private slot names are mangled, as the class body's names are.
                    Some(t) => out.push(intern(&crate::compile::mangle(&name, t))),
                    None => {
                        return Err(type_error(format!(
                            "__slots__ items must be strings, not '{}'",
                            type_name(&n)
                        )))
                    }
                }
            }
            for n in &out {
                if !matches!(str_of(n), "__dict__" | "__weakref__") {
                    dict::set_item_str_obj(
                        &dict,
                        n,
                        Value::Obj(Obj::new(
                            &types().member_descriptor,
                            Payload::Member(n.clone(), Default::default()),
                        )),
                    );
                }
            }
            Some(out)
        }
        None => None,
    };
    let cls = Obj::new(
        meta,
        Payload::Class(Box::new(ClassData {
            name: RefCell::new(name.clone()),
            qualname: RefCell::new(qualname),
            module: RefCell::new(module),
            bases: RefCell::new(base_list.clone()),
            mro: RefCell::new(Vec::new()),
            dict,
            layout,
            shape_root: Shape::root(),
            instance_width: std::cell::Cell::new(0),
            slots,
            builtin: false,
            subclasses: RefCell::new(Vec::new()),
            memo: RefCell::new(Default::default()),
            finalizer_memo: std::cell::Cell::new((u64::MAX, false)),
        })),
    );
    // The class's slot descriptors learn their owner (`__objclass__`, repr).
    for (_, v) in dict::items(&class_data(&cls).dict) {
        if let Some(Payload::Member(_, owner)) = v.payload() {
            let _ = owner.set(cls.clone());
        }
    }
    for b in &base_list {
        class_data(b).subclasses.borrow_mut().push(cls.clone());
    }
    let mro = compute_mro(&cls, &base_list).map_err(type_error)?;
    *class_data(&cls).mro.borrow_mut() = mro;
    // A cycle (cls -> mro -> cls) keeps user classes alive for the life of the program, like
    // CPython's classes that are only freed by the cycle collector.
    let cls_value = Value::Obj(cls.clone());
    if let Some(cell) = dict::get_by_str(&ns, "__classcell__") {
        if let Some(Payload::Cell(c)) = cell.payload() {
            *c.borrow_mut() = cls_value.clone();
        }
        dict::del_str(&class_data(&cls).dict, &intern("__classcell__"));
    }
    // __set_name__ on attributes, then __init_subclass__ on the parent.
    for (k, v) in dict::items(&class_data(&cls).dict) {
        if let Value::Obj(o) = &v {
            if matches!(o.payload, Payload::Instance(_) | Payload::Property(_)) {
                if let Some(f) = lookup_str(&o.class(), "__set_name__") {
                    if let Err(e) = call(vm, &f, &[v.clone(), cls_value.clone(), k.clone()]) {
                        // CPython 3.11 reports the failure as a RuntimeError caused by it.
                        let wrapped = crate::object::exception::runtime_error(format!(
                            "Error calling __set_name__ on '{}' instance {} in '{}'",
                            crate::object::type_name(&v),
                            ops::repr::repr(vm, &k)?,
                            class_data(&cls).name_str()
                        ));
                        *wrapped.data().context.borrow_mut() = e.value();
                        ops::exc::set_cause(vm, &wrapped, e.value())?;
                        return Err(wrapped);
                    }
                }
            }
        }
    }
    let parent = &class_data(&cls).mro.borrow()[1..].to_vec();
    for p in parent {
        if let Some(f) = dict::get_by_str(&class_data(p).dict, "__init_subclass__") {
            let f = ops::attr::descr_get(vm, &f, &cls_value, &cls)?;
            let kw: Vec<Value> = args.kwargs().map(|(_, v)| v.clone()).collect();
            let names: Vec<Obj> = args
                .kwargs()
                .map(|(n, _)| n.clone())
                .filter(|n| str_of(n) != "metaclass")
                .collect();
            let kw: Vec<Value> = args
                .kwargs()
                .zip(kw)
                .filter(|((n, _), _)| str_of(n) != "metaclass")
                .map(|(_, v)| v)
                .collect();
            call_args(
                vm,
                &f,
                Args {
                    values: &kw,
                    kwnames: &names,
                },
            )?;
            break;
        }
    }
    Ok(cls_value)
}

/// `__build_class__(func, name, *bases, metaclass=None, **kwds)`.
fn build_class(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() < 2 {
        return Err(type_error("__build_class__: not enough arguments"));
    }
    let func = pos[0].clone();
    let name = pos[1].clone();
    let orig_bases = new_tuple(pos[2..].to_vec());
    let resolved = resolve_mro_entries(vm, &pos[2..], &orig_bases)?;
    let bases = match &resolved {
        Some(r) => new_tuple(r.clone()),
        None => orig_bases.clone(),
    };
    let meta = match args.kw("metaclass") {
        Some(Value::Obj(m)) => m.clone(),
        _ => types().type_.clone(),
    };
    // An explicit metaclass that is a class still gives way to a more derived metaclass of
    // the bases (CPython's __build_class__); any other callable is used as it is.
    let meta = if matches!(meta.payload, Payload::Class(_)) {
        calculate_metaclass(&meta, &bases)?
    } else {
        meta
    };
    // A metaclass that is not a class (a plain function) has no `__prepare__`.
    let prepare = match meta.payload {
        Payload::Class(_) => lookup_str(&meta, "__prepare__"),
        _ => None,
    };
    let ns = match prepare {
        Some(p) if !meta.is(&types().type_) => {
            let p = ops::attr::descr_get(vm, &p, &Value::Obj(meta.clone()), &meta)?;
            match call(vm, &p, &[name.clone(), bases.clone()])? {
                Value::Obj(d) if matches!(d.payload, Payload::Dict(_)) => d,
                _ => new_dict(),
            }
        }
        _ => new_dict(),
    };
    if !bases.is(&orig_bases) {
        dict::set_str_item(&ns, "__orig_bases__", orig_bases.clone());
    }
    let Some(Payload::Function(f)) = func.payload() else {
        return Err(type_error("__build_class__: func must be a function"));
    };
    let cell = run_in_namespace(
        vm,
        f.code.clone(),
        f.globals.clone(),
        Some(ns.clone()),
        &f.closure,
    )?;
    if let Value::Obj(c) = &cell {
        if matches!(c.payload, Payload::Cell(_)) {
            dict::set_str_item(&ns, "__classcell__", cell.clone());
        }
    }
    let kwnames: Vec<Obj> = args
        .kwargs()
        .filter(|(n, _)| str_of(n) != "metaclass")
        .map(|(n, _)| n.clone())
        .collect();
    let mut values = vec![name, bases, Value::Obj(ns)];
    values.extend(
        args.kwargs()
            .filter(|(n, _)| str_of(n) != "metaclass")
            .map(|(_, v)| v.clone()),
    );
    if meta.is(&types().type_) {
        let (n, b, d) = (values[0].clone(), values[1].clone(), values[2].clone());
        return type_new(
            vm,
            &meta,
            &n,
            &b,
            &d,
            Args {
                values: &values[3..],
                kwnames: &kwnames,
            },
        );
    }
    call_args(
        vm,
        &Value::Obj(meta),
        Args {
            values: &values,
            kwnames: &kwnames,
        },
    )
}

/// The metaclass a class with these bases gets, starting from `meta`: the most derived of
/// `meta` and the bases' metaclasses, which must form a chain (CPython's
/// `_PyType_CalculateMetaclass`). Bases that are not a tuple are left to `type_new` to reject.
fn calculate_metaclass(meta: &Obj, bases: &Value) -> PyResult<Obj> {
    let mut winner = meta.clone();
    let Some(Payload::Tuple(bases)) = bases.payload() else {
        return Ok(winner);
    };
    for b in bases.iter() {
        let t = class_of(b);
        if is_subclass(&winner, &t) {
            continue;
        }
        if is_subclass(&t, &winner) {
            winner = t;
            continue;
        }
        return Err(type_error(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) \
             subclass of the metaclasses of all its bases",
        ));
    }
    Ok(winner)
}

/// PEP 560: a base that is not a class but has `__mro_entries__` (`list[int]`) is replaced by
/// the classes that method returns. `None` if no base needed replacing.
fn resolve_mro_entries(vm: &mut Vm, bases: &[Value], orig: &Value) -> PyResult<Option<Vec<Value>>> {
    let mut out: Option<Vec<Value>> = None;
    for (i, b) in bases.iter().enumerate() {
        // Looked up on the base itself, as CPython does (typing sets it on a function).
        let entries = if matches!(b.payload(), Some(Payload::Class(_))) {
            None
        } else {
            match ops::attr::get_attr(vm, b, &crate::object::intern("__mro_entries__")) {
                Ok(f) => Some(f),
                Err(e) if e.is_instance(&crate::object::exc_types().attribute_error) => None,
                Err(e) => return Err(e),
            }
        };
        match entries {
            Some(f) => {
                let r = call(vm, &f, std::slice::from_ref(orig))?;
                let Some(Payload::Tuple(items)) = r.payload() else {
                    return Err(type_error("__mro_entries__ must return a tuple"));
                };
                out.get_or_insert_with(|| bases[..i].to_vec())
                    .extend(items.iter().cloned());
            }
            None => {
                if let Some(o) = &mut out {
                    o.push(b.clone());
                }
            }
        }
    }
    Ok(out)
}

/// `type.__new__(meta, name, bases, ns)` called explicitly from a metaclass.
fn type_dunder_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() == 2 {
        return Ok(Value::Obj(class_of(&pos[1])));
    }
    if pos.len() != 4 {
        return Err(type_error("type.__new__() takes exactly 3 arguments"));
    }
    let meta = pos[0]
        .as_obj()
        .cloned()
        .ok_or_else(|| type_error("type.__new__(X): X is not a type object"))?;
    // A more derived metaclass among the bases takes over, through its own `__new__` if it
    // has one (CPython's type_new), so `type.__new__(type, n, (Abc,), ns)` is an ABCMeta.
    let winner = calculate_metaclass(&meta, &pos[2])?;
    if !winner.is(&meta) {
        if let Some(f) = lookup_str(&winner, "__new__").filter(|f| {
            matches!(
                f.payload(),
                Some(Payload::Function(_) | Payload::StaticMethod(_))
            )
        }) {
            let rest = Args {
                values: &args.values[1..],
                kwnames: args.kwnames,
            };
            return call_with_first(vm, &static_target(&f), Value::Obj(winner.clone()), rest);
        }
    }
    type_new(
        vm,
        &winner,
        &pos[1],
        &pos[2],
        &pos[3],
        Args {
            values: &args.values[4..],
            kwnames: args.kwnames,
        },
    )
}

fn type_mro(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    match args.values.first() {
        Some(Value::Obj(c)) if matches!(c.payload, Payload::Class(_)) => {
            Ok(crate::object::new_list(
                class_data(c)
                    .mro
                    .borrow()
                    .iter()
                    .map(|m| Value::Obj(m.clone()))
                    .collect(),
            ))
        }
        _ => Err(type_error("descriptor 'mro' requires a 'type' object")),
    }
}

fn type_subclasses(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    match args.values.first() {
        Some(Value::Obj(c)) if matches!(c.payload, Payload::Class(_)) => {
            Ok(crate::object::new_list(
                class_data(c)
                    .subclasses
                    .borrow()
                    .iter()
                    .map(|s| Value::Obj(s.clone()))
                    .collect(),
            ))
        }
        _ => Err(type_error(
            "descriptor '__subclasses__' requires a 'type' object",
        )),
    }
}

fn type_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match args.values.first() {
        Some(Value::Obj(c)) if matches!(c.payload, Payload::Class(_)) => construct(
            vm,
            c,
            Args {
                values: &args.values[1..],
                kwnames: args.kwnames,
            },
        ),
        _ => Err(type_error("descriptor '__call__' requires a 'type' object")),
    }
}

fn type_instancecheck(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("__instancecheck__", &args, 2, 2)?;
    let cls = args.values[0]
        .as_obj()
        .cloned()
        .ok_or_else(|| type_error("not a type"))?;
    Ok(Value::Bool(is_subclass(&class_of(&args.values[1]), &cls)))
}

fn type_subclasscheck(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("__subclasscheck__", &args, 2, 2)?;
    let (Some(cls), Some(sub)) = (args.values[0].as_obj(), args.values[1].as_obj()) else {
        return Err(type_error("issubclass() arg 1 must be a class"));
    };
    Ok(Value::Bool(is_subclass(sub, cls)))
}

// ---- super --------------------------------------------------------------------------------

fn super_new(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = &args.pos()[1..];
    if pos.len() != 2 {
        return Err(crate::object::exception::runtime_error(
            "super(): no arguments",
        ));
    }
    let Value::Obj(cls) = &pos[0] else {
        return Err(type_error("super() argument 1 must be a type"));
    };
    if !matches!(cls.payload, Payload::Class(_)) {
        return Err(type_error(format!(
            "super() argument 1 must be a type, not {}",
            type_name(&pos[0])
        )));
    }
    let obj = pos[1].clone();
    let ok = match &obj {
        Value::Obj(o) if matches!(o.payload, Payload::Class(_)) => is_subclass(o, cls),
        _ => false,
    } || is_subclass(&class_of(&obj), cls);
    if !ok {
        return Err(type_error(
            "super(type, obj): obj must be an instance or subtype of type",
        ));
    }
    Ok(Value::Obj(Obj::new(
        &types().super_,
        Payload::Super(Box::new((cls.clone(), obj))),
    )))
}

/// `super(cls, obj).name`: look `name` up along obj's MRO after `cls`.
pub fn super_getattr(vm: &mut Vm, sup: &Obj, name: &Obj) -> PyResult<Option<Value>> {
    let Payload::Super(s) = &sup.payload else {
        return Ok(None);
    };
    let (cls, obj) = (&s.0, &s.1);
    let start_type = match obj {
        Value::Obj(o) if matches!(o.payload, Payload::Class(_)) && is_subclass(o, cls) => o.clone(),
        _ => class_of(obj),
    };
    let mro = class_data(&start_type).mro.borrow().clone();
    let mut found = false;
    for c in mro.iter() {
        if found {
            if let Some(v) = dict::get_str(&class_data(c).dict, name) {
                let is_class_obj = matches!(obj, Value::Obj(o) if o.is(&start_type));
                return match v.payload() {
                    Some(Payload::Function(_)) if is_class_obj => Ok(Some(v)),
                    Some(Payload::Builtin(b)) if b.owner.is_some() && str_of(name) == "__new__" => {
                        Ok(Some(v))
                    }
                    _ => {
                        let target = if is_class_obj {
                            Value::None
                        } else {
                            obj.clone()
                        };
                        if is_class_obj {
                            match v.payload() {
                                Some(Payload::ClassMethod(f)) => {
                                    Ok(Some(crate::object::new_method(f.clone(), obj.clone())))
                                }
                                Some(Payload::StaticMethod(f)) => Ok(Some(f.clone())),
                                _ => Ok(Some(v)),
                            }
                        } else {
                            ops::attr::descr_get(vm, &v, &target, &start_type).map(Some)
                        }
                    }
                };
            }
        } else if c.is(cls) {
            found = true;
        }
    }
    Err(crate::object::exception::attribute_error(format!(
        "'super' object has no attribute '{}'",
        str_of(name)
    )))
}

// ---- descriptors ----------------------------------------------------------------------------

fn property_new(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = &args.pos()[1..];
    let get = |i: usize, name: &str| -> Value {
        args.kw(name)
            .cloned()
            .or_else(|| pos.get(i).cloned())
            .unwrap_or(Value::None)
    };
    let p = [
        get(0, "fget"),
        get(1, "fset"),
        get(2, "fdel"),
        get(3, "doc"),
    ];
    Ok(Value::Obj(Obj::new(
        &types().property,
        Payload::Property(Box::new(crate::object::Property::new(p))),
    )))
}

fn property_with(args: &Args, which: usize) -> PyResult<Value> {
    let Some(Payload::Property(p)) = args.values.first().and_then(|v| v.payload()) else {
        return Err(type_error("descriptor requires a 'property' object"));
    };
    let mut np = (**p).clone();
    np.funcs[which] = args.values.get(1).cloned().unwrap_or(Value::None);
    Ok(Value::Obj(Obj::new(
        &types().property,
        Payload::Property(Box::new(np)),
    )))
}

/// `property.__set_name__(owner, name)`: remembers the attribute name for error messages.
fn property_set_name(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Payload::Property(p)) = args.values.first().and_then(|v| v.payload()) else {
        return Err(type_error("descriptor requires a 'property' object"));
    };
    if args.values.len() != 3 {
        return Err(type_error(format!(
            "__set_name__() takes 2 positional arguments but {} were given",
            args.values.len().saturating_sub(1)
        )));
    }
    *p.name.borrow_mut() = args.values[2].clone();
    Ok(Value::None)
}

fn property_getter(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    property_with(&args, 0)
}

fn property_setter(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    property_with(&args, 1)
}

fn property_deleter(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    property_with(&args, 2)
}

fn property_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(p) = args.values.first() else {
        return Ok(Value::None);
    };
    let obj = args.values.get(1).cloned().unwrap_or(Value::None);
    if obj.is_none() {
        return Ok(p.clone());
    }
    let cls = class_of(&obj);
    ops::attr::descr_get(vm, p, &obj, &cls)
}

fn staticmethod_new(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("staticmethod", &args, 2, 2)?;
    Ok(Value::Obj(Obj::new(
        &types().staticmethod,
        Payload::StaticMethod(args.values[1].clone()),
    )))
}

/// `method(function, instance)` (`types.MethodType`): binds a callable to an object.
fn method_new(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs("method", &args)?;
    if args.values.len() != 3 {
        return Err(type_error(format!(
            "method expected 2 arguments, got {}",
            args.values.len().saturating_sub(1)
        )));
    }
    let (func, obj) = (&args.values[1], &args.values[2]);
    if !super::functions::is_callable(func) {
        return Err(type_error("first argument must be callable"));
    }
    if obj.is_none() {
        return Err(type_error("instance must not be None"));
    }
    Ok(crate::object::new_method(func.clone(), obj.clone()))
}

fn classmethod_new(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("classmethod", &args, 2, 2)?;
    Ok(Value::Obj(Obj::new(
        &types().classmethod,
        Payload::ClassMethod(args.values[1].clone()),
    )))
}

/// `staticmethod.__get__(obj, type=None)`: the function itself.
fn staticmethod_get(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    match args.values.first().and_then(|v| v.payload()) {
        Some(Payload::StaticMethod(f)) => Ok(f.clone()),
        _ => Err(type_error(
            "descriptor '__get__' requires a 'staticmethod' object",
        )),
    }
}

/// `classmethod.__get__(obj, type=None)`: the function bound to the class.
fn classmethod_get(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Payload::ClassMethod(f)) = args.values.first().and_then(|v| v.payload()) else {
        return Err(type_error(
            "descriptor '__get__' requires a 'classmethod' object",
        ));
    };
    let cls = match (args.values.get(1), args.values.get(2)) {
        (_, Some(t)) if !t.is_none() => t.clone(),
        (Some(obj), _) if !obj.is_none() => Value::Obj(class_of(obj)),
        _ => return Err(type_error("__get__(None, None) is invalid")),
    };
    Ok(crate::object::new_method(f.clone(), cls))
}

fn function_get(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = args.values.first().cloned().unwrap_or(Value::None);
    let obj = args.values.get(1).cloned().unwrap_or(Value::None);
    if obj.is_none() {
        return Ok(f);
    }
    Ok(crate::object::new_method(f, obj))
}

/// CPython's `co_flags` bits of a function's code: OPTIMIZED|NEWLOCALS, VARARGS, VARKEYWORDS,
/// NESTED, then one of GENERATOR, COROUTINE, ASYNC_GENERATOR.
fn co_flags(f: &crate::bytecode::CodeFlags) -> i64 {
    let mut bits = if f.uses_namespace { 0 } else { 0x3 };
    bits |= if f.varargs { 0x4 } else { 0 };
    bits |= if f.varkw { 0x8 } else { 0 };
    bits |= if f.nested { 0x10 } else { 0 };
    bits |= if f.coroutine {
        0x80
    } else if f.async_generator {
        0x200
    } else if f.generator {
        0x20
    } else {
        0
    };
    bits
}

/// A read-only stand-in for `f.__code__` with the commonly inspected fields.
pub fn code_object(code: &crate::bytecode::Code) -> Value {
    let t = types();
    let cls =
        crate::object::types::make_class("code", std::slice::from_ref(&t.object), Layout::Instance);
    let obj = object_new_for(&cls);
    if let Value::Obj(o) = &obj {
        if let Payload::Instance(inst) = &o.payload {
            inst.set(&intern("co_argcount"), Value::Int(code.argcount as i64));
            inst.set(
                &intern("co_posonlyargcount"),
                Value::Int(code.posonlyargcount as i64),
            );
            inst.set(
                &intern("co_kwonlyargcount"),
                Value::Int(code.kwonlyargcount as i64),
            );
            inst.set(&intern("co_name"), Value::Obj(code.name.clone()));
            inst.set(&intern("co_flags"), Value::Int(co_flags(&code.flags)));
            inst.set(&intern("co_qualname"), new_str(code.qualname.as_str()));
            inst.set(
                &intern("co_filename"),
                new_str(code.source.filename.as_str()),
            );
            inst.set(
                &intern("co_firstlineno"),
                Value::Int(code.first_line as i64),
            );
            inst.set(
                &intern("co_varnames"),
                new_tuple(
                    code.varnames
                        .iter()
                        .map(|v| Value::Obj(v.clone()))
                        .collect(),
                ),
            );
            inst.set(
                &intern("co_freevars"),
                new_tuple(
                    code.freevars
                        .iter()
                        .map(|v| Value::Obj(v.clone()))
                        .collect(),
                ),
            );
            inst.set(
                &intern("co_cellvars"),
                new_tuple(
                    code.cellvars
                        .iter()
                        .map(|v| Value::Obj(v.clone()))
                        .collect(),
                ),
            );
            inst.set(
                &intern("co_nlocals"),
                Value::Int(code.varnames.len() as i64),
            );
        }
    }
    obj
}

pub fn install(vm: &mut Vm) {
    let t = types();
    add_function(vm, "__build_class__", build_class);
    let o = &t.object;
    add_method(o, "__new__", object_new);
    add_method(o, "__init__", object_init);
    // `object.__subclasshook__` (a classmethod): "no opinion", for abc's subclass checks.
    super::add_class_attr(
        o,
        "__subclasshook__",
        Value::Obj(Obj::new(
            &t.classmethod,
            Payload::ClassMethod(crate::object::new_builtin(
                "__subclasshook__",
                object_subclasshook,
                Some("object"),
            )),
        )),
    );
    add_method(o, "__repr__", object_repr);
    add_method(o, "__str__", object_str);
    add_method(o, "__getstate__", object_getstate);
    add_method(o, "__eq__", object_eq);
    add_method(o, "__ne__", object_ne);
    add_method(o, "__hash__", object_hash);
    add_method(o, "__setattr__", object_setattr);
    add_method(o, "__getattribute__", object_getattribute);
    add_method(o, "__delattr__", object_delattr);
    add_method(o, "__format__", object_format);
    add_method(o, "__dir__", object_dir);
    super::add_class_attr(
        o,
        "__init_subclass__",
        Value::Obj(Obj::new(
            &t.classmethod,
            Payload::ClassMethod(crate::object::new_builtin(
                "__init_subclass__",
                object_init_subclass,
                Some("object"),
            )),
        )),
    );
    let ty = &t.type_;
    add_method(ty, "__new__", type_dunder_new);
    add_method(ty, "mro", type_mro);
    add_method(ty, "__subclasses__", type_subclasses);
    add_method(ty, "__call__", type_call);
    add_method(ty, "__instancecheck__", type_instancecheck);
    add_method(ty, "__subclasscheck__", type_subclasscheck);
    let be = &t.exc.base_exception;
    add_method(be, "__new__", base_exception_new);
    add_method(be, "__init__", base_exception_init);
    add_method(be, "with_traceback", with_traceback);
    add_method(be, "__str__", base_exception_str);
    add_method(be, "__repr__", base_exception_repr);
    add_method(be, "add_note", add_note);
    add_method(&t.super_, "__new__", super_new);
    add_method(&t.property, "__new__", property_new);
    add_method(&t.property, "getter", property_getter);
    add_method(&t.property, "__set_name__", property_set_name);
    add_method(&t.property, "setter", property_setter);
    add_method(&t.property, "deleter", property_deleter);
    add_method(&t.property, "__get__", property_get);
    add_method(&t.staticmethod, "__new__", staticmethod_new);
    add_method(&t.classmethod, "__new__", classmethod_new);
    add_method(&t.method, "__new__", method_new);
    add_method(&t.staticmethod, "__get__", staticmethod_get);
    add_method(&t.classmethod, "__get__", classmethod_get);
    add_method(&t.function, "__get__", function_get);
    for cls in [&t.list, &t.dict, &t.set, &t.bytearray] {
        add_method(cls, "__init__", mutable_init);
    }
}
