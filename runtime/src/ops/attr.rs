//! Attribute access: `obj.name`, `obj.name = v`, `del obj.name`, and method lookup.
//!
//! The order is CPython's `object.__getattribute__`: a data descriptor on the class (a
//! `property`, or an object whose class defines `__set__`/`__delete__`) wins, then the
//! instance's own attributes, then other class attributes (functions bind to the instance),
//! then `__getattr__`.

use crate::interp::{call, Vm};
use crate::object::class::{bump_type_epoch, class_data, is_subclass, lookup, lookup_str};
use crate::object::exception::{attribute_error, exc_data, type_error, PyErr};
use crate::object::function::Builtin;
use crate::object::subclass;
use crate::object::{
    class_of, intern, new_method, new_str, str_of, type_name, types, Obj, Payload,
};
use crate::value::Value;
use crate::PyResult;

/// `obj.name`.
pub fn get_attr(vm: &mut Vm, obj: &Value, name: &Obj) -> PyResult<Value> {
    if let Value::Obj(o) = obj {
        match &o.payload {
            Payload::Instance(inst) => {
                let cls = o.class();
                if let Some(ga) = custom_getattribute(&cls) {
                    return match call(vm, &ga, &[obj.clone(), Value::Obj(name.clone())]) {
                        Err(e) if e.is_instance(&crate::object::exc_types().attribute_error) => {
                            match lookup(&cls, &vm.names.getattr.clone()) {
                                Some(f) => call(vm, &f, &[obj.clone(), Value::Obj(name.clone())]),
                                None => Err(e),
                            }
                        }
                        r => r,
                    };
                }
                let tattr = lookup(&cls, name);
                if let Some(t) = &tattr {
                    if is_data_descriptor(t) {
                        return descr_get(vm, t, obj, &cls);
                    }
                }
                if let Some(v) = inst.get(name) {
                    return Ok(v);
                }
                return finish_lookup(vm, obj, &cls, tattr, name);
            }
            Payload::Class(_) => return class_getattr(vm, o, name),
            Payload::Module(m) => {
                if let Some(v) = crate::builtins::dict::get_str(&m.dict, name) {
                    return Ok(v);
                }
                if str_of(name) == "__dict__" {
                    return Ok(Value::Obj(m.dict.clone()));
                }
                let mname = str_of(&m.name).to_string();
                if let Some(ga) = crate::builtins::dict::get_by_str(&m.dict, "__getattr__") {
                    return call(vm, &ga, &[Value::Obj(name.clone())]);
                }
                return Err(attribute_error(format!(
                    "module '{}' has no attribute '{}'",
                    mname,
                    str_of(name)
                )));
            }
            _ => {}
        }
    }
    // Builtin objects: special attributes first, then the class (methods bind).
    let cls = class_of(obj);
    let tattr = lookup(&cls, name);
    if let Some(t) = &tattr {
        if is_data_descriptor(t) {
            return descr_get(vm, t, obj, &cls);
        }
    }
    if let Value::Obj(o) = obj {
        if let Some(v) =
            existing_native_dict(o).and_then(|d| crate::builtins::dict::get_str(&d, name))
        {
            return Ok(v);
        }
        if subclass::is_subclass_instance(o) {
            if let Some(v) = subclass::get_attr(o, name) {
                return Ok(v);
            }
        }
    }
    if let Some(v) = crate::builtins::special_getattr(vm, obj, str_of(name))? {
        return Ok(v);
    }
    finish_lookup(vm, obj, &cls, tattr, name)
}

fn finish_lookup(
    vm: &mut Vm,
    obj: &Value,
    cls: &Obj,
    tattr: Option<Value>,
    name: &Obj,
) -> PyResult<Value> {
    if let Some(t) = tattr {
        return descr_get(vm, &t, obj, cls);
    }
    match str_of(name) {
        "__class__" => return Ok(Value::Obj(cls.clone())),
        "__dict__" => {
            if let Some(d) = instance_dict(obj) {
                return Ok(d);
            }
        }
        _ => {}
    }
    if let Some(ga) = lookup(cls, &vm.names.getattr.clone()) {
        return call(vm, &ga, &[obj.clone(), Value::Obj(name.clone())]);
    }
    Err(no_attribute(obj, name))
}

pub fn no_attribute(obj: &Value, name: &Obj) -> PyErr {
    let e = attribute_error(format!(
        "'{}' object has no attribute '{}'",
        type_name(obj),
        str_of(name)
    ));
    super::exc::set_attr_str(&e, "name", Value::Obj(name.clone()));
    super::exc::set_attr_str(&e, "obj", obj.clone());
    e
}

/// A user-defined `__getattribute__` on `cls`, if any (the builtin one is the default path).
fn custom_getattribute(cls: &Obj) -> Option<Value> {
    match lookup_str(cls, "__getattribute__") {
        Some(f) if !matches!(f.payload(), Some(Payload::Builtin(_))) => Some(f),
        _ => None,
    }
}

/// An object's attribute dict (`obj.__dict__`, `vars(obj)`): live, so changes through it are
/// changes to the object. Objects of classes with `__slots__` have none.
pub fn instance_dict(obj: &Value) -> Option<Value> {
    let o = obj.as_obj()?;
    match &o.payload {
        Payload::Instance(inst) => {
            if slot_names(&o.class()).is_some() {
                return None;
            }
            Some(Value::Obj(inst.materialize_dict()))
        }
        Payload::Function(f) => {
            let mut slot = f.dict.borrow_mut();
            let d = slot.get_or_insert_with(crate::object::new_dict);
            Some(Value::Obj(d.clone()))
        }
        Payload::Exception(e) => {
            let mut slot = e.attrs.borrow_mut();
            let d = slot.get_or_insert_with(crate::object::new_dict);
            Some(Value::Obj(d.clone()))
        }
        Payload::Module(m) => Some(Value::Obj(m.dict.clone())),
        Payload::Class(c) => Some(Value::Obj(c.dict.clone())),
        Payload::Native(_) if native_dict(o).is_some() => native_dict(o).map(Value::Obj),
        _ if subclass::has_dict(o) => Some(Value::Obj(subclass::attr_dict(o))),
        _ => None,
    }
}

/// The attribute dict of an object of a native module's class that takes attributes (see
/// `NativeData::attr_dict`), made on first use.
fn native_dict(o: &Obj) -> Option<Obj> {
    let Payload::Native(data) = &o.payload else {
        return None;
    };
    let mut slot = data.attr_dict()?.borrow_mut();
    Some(slot.get_or_insert_with(crate::object::new_dict).clone())
}

/// The attribute dict of such an object if it has been made.
fn existing_native_dict(o: &Obj) -> Option<Obj> {
    let Payload::Native(data) = &o.payload else {
        return None;
    };
    data.attr_dict()?.borrow().clone()
}

/// `obj.name` with a Rust string name.
pub fn get_attr_str(vm: &mut Vm, obj: &Value, name: &str) -> PyResult<Value> {
    get_attr(vm, obj, &intern(name))
}

/// Whether `v`, found on a class, takes precedence over instance attributes.
pub fn is_data_descriptor(v: &Value) -> bool {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Property(_) | Payload::Member(..) => true,
            // Descriptors written in Python or by a native module (`_tuplegetter`).
            Payload::Instance(_) | Payload::Native(_) => {
                let c = o.class();
                lookup_str(&c, "__set__").is_some() || lookup_str(&c, "__delete__").is_some()
            }
            _ => false,
        },
        _ => false,
    }
}

/// Binds a class attribute to the object it was looked up on (the descriptor protocol).
pub fn descr_get(vm: &mut Vm, attr: &Value, obj: &Value, cls: &Obj) -> PyResult<Value> {
    let Value::Obj(a) = attr else {
        return Ok(attr.clone());
    };
    match &a.payload {
        Payload::Function(_) => Ok(new_method(attr.clone(), obj.clone())),
        Payload::Builtin(b) if b.self_.is_none() && b.owner.is_some() => Ok(bind_builtin(b, obj)),
        Payload::StaticMethod(f) => Ok(f.clone()),
        Payload::ClassMethod(f) => Ok(new_method(f.clone(), Value::Obj(cls.clone()))),
        Payload::Member(name, _) => {
            let found = match obj {
                Value::Obj(o) => match &o.payload {
                    Payload::Instance(inst) => inst.member(name),
                    // Slots of builtin-subclass instances live in the side table.
                    _ => subclass::get_attr(o, name),
                },
                _ => None,
            };
            found.ok_or_else(|| no_attribute(obj, name))
        }
        Payload::Property(p) => {
            if p[0].is_none() {
                return Err(attribute_error(format!(
                    "{} of '{}' object has no getter",
                    p.describe(),
                    type_name(obj)
                )));
            }
            call(vm, &p[0], std::slice::from_ref(obj))
        }
        // Instances of user classes, and objects of native classes that bind
        // (`functools._lru_cache_wrapper`).
        Payload::Instance(_) | Payload::Native(_) => {
            let c = a.class();
            match lookup_str(&c, "__get__") {
                Some(g) => call(
                    vm,
                    &g,
                    &[attr.clone(), obj.clone(), Value::Obj(cls.clone())],
                ),
                None => Ok(attr.clone()),
            }
        }
        _ => Ok(attr.clone()),
    }
}

pub fn bind_builtin(b: &Builtin, obj: &Value) -> Value {
    Value::Obj(Obj::new(
        &types().builtin_function,
        Payload::Builtin(Box::new(Builtin {
            name: b.name,
            func: b.func,
            self_: Some(obj.clone()),
            owner: b.owner,
        })),
    ))
}

fn class_getattr(vm: &mut Vm, cls: &Obj, name: &Obj) -> PyResult<Value> {
    let data = class_data(cls);
    let n = str_of(name);
    match n {
        "__name__" => {
            // A class named "module.name" (CPython's tp_name for a C type, as collections
            // names its classes) is `name`.
            let name = data.name.borrow();
            let module = data.module.borrow();
            let qualname = data.qualname.borrow();
            let short = match name.strip_prefix(module.as_str()) {
                Some(rest) if rest.strip_prefix('.') == Some(qualname.as_str()) => &rest[1..],
                _ => name.as_str(),
            };
            return Ok(new_str(short));
        }
        "__qualname__" => return Ok(new_str(data.qualname.borrow().as_str())),
        "__mro__" => {
            let mro: Vec<Value> = data
                .mro
                .borrow()
                .iter()
                .map(|c| Value::Obj(c.clone()))
                .collect();
            return Ok(crate::object::new_tuple(mro));
        }
        "__bases__" => {
            let b: Vec<Value> = data
                .bases
                .borrow()
                .iter()
                .map(|c| Value::Obj(c.clone()))
                .collect();
            return Ok(crate::object::new_tuple(b));
        }
        "__base__" => {
            return Ok(data
                .bases
                .borrow()
                .first()
                .map(|c| Value::Obj(c.clone()))
                .unwrap_or(Value::None))
        }
        "__dict__" => return Ok(Value::Obj(data.dict.clone())),
        "__class__" => return Ok(Value::Obj(cls.class())),
        "__module__" => {
            if let Some(v) = crate::builtins::dict::get_str(&data.dict, name) {
                return Ok(v);
            }
            return Ok(new_str(data.module.borrow().as_str()));
        }
        "__doc__" => {
            return Ok(crate::builtins::dict::get_str(&data.dict, name).unwrap_or(Value::None))
        }
        _ => {}
    }
    // Data descriptors on the metaclass come first (rare); then the class's own MRO.
    let meta = cls.class();
    if let Some(v) = lookup(cls, name) {
        let Value::Obj(a) = &v else { return Ok(v) };
        return match &a.payload {
            Payload::StaticMethod(f) => Ok(f.clone()),
            Payload::ClassMethod(f) => Ok(new_method(f.clone(), Value::Obj(cls.clone()))),
            Payload::Instance(_) | Payload::Native(_) => {
                let c = a.class();
                match lookup_str(&c, "__get__") {
                    Some(g) => call(vm, &g, &[v.clone(), Value::None, Value::Obj(cls.clone())]),
                    None => Ok(v),
                }
            }
            _ => Ok(v),
        };
    }
    if let Some(v) = lookup(&meta, name) {
        return descr_get(vm, &v, &Value::Obj(cls.clone()), &meta);
    }
    if let Some(ga) = lookup_str(&meta, "__getattr__") {
        if !meta.is(&types().type_) {
            return call(
                vm,
                &ga,
                &[Value::Obj(cls.clone()), Value::Obj(name.clone())],
            );
        }
    }
    let e = attribute_error(format!(
        "type object '{}' has no attribute '{}'",
        data.tp_name(),
        n
    ));
    Err(e)
}

/// Method lookup for `obj.name(...)`: the function to call with `obj` as first argument, or
/// `None` when the attribute is not a plain method (then the caller uses `get_attr`).
#[inline]
pub fn load_method(_vm: &mut Vm, obj: &Value, name: &Obj) -> PyResult<Option<Value>> {
    match obj {
        Value::Obj(o) => match &o.payload {
            Payload::Instance(inst) => {
                let cls = o.class();
                match lookup(&cls, name) {
                    Some(f @ Value::Obj(_)) if is_plain_method(&f) => {
                        if inst.get(name).is_some() {
                            return Ok(None);
                        }
                        Ok(Some(f))
                    }
                    _ => Ok(None),
                }
            }
            // `super()` resolves names along another class's MRO (see `super_getattr`).
            Payload::Class(_) | Payload::Module(_) | Payload::Super(_) => Ok(None),
            _ => builtin_method(obj, name),
        },
        _ => builtin_method(obj, name),
    }
}

fn is_plain_method(f: &Value) -> bool {
    match f.payload() {
        Some(Payload::Function(_)) => true,
        Some(Payload::Builtin(b)) => b.self_.is_none() && b.owner.is_some(),
        _ => false,
    }
}

fn builtin_method(obj: &Value, name: &Obj) -> PyResult<Option<Value>> {
    let cls = class_of(obj);
    match lookup(&cls, name) {
        Some(f) if is_plain_method(&f) => Ok(Some(f)),
        _ => Ok(None),
    }
}

/// Looks up a special method on the type and binds it (`__enter__`, `__exit__`, ...).
pub fn lookup_special(vm: &mut Vm, obj: &Value, name: &str) -> PyResult<Option<Value>> {
    let cls = class_of(obj);
    match lookup_str(&cls, name) {
        Some(f) => descr_get(vm, &f, obj, &cls).map(Some),
        None => Ok(None),
    }
}

/// `type.__setattr__`: sets an attribute of a user class (not through its metaclass).
pub fn set_class_attr(
    data: &crate::object::class::ClassData,
    name: &Obj,
    value: Value,
) -> PyResult<()> {
    if data.builtin {
        return Err(type_error(format!(
            "cannot set '{}' attribute of immutable type '{}'",
            str_of(name),
            data.tp_name()
        )));
    }
    match str_of(name) {
        "__name__" => {
            if let Some(s) = crate::object::as_str(&value) {
                *data.name.borrow_mut() = s.to_string();
            }
        }
        "__qualname__" => {
            if let Some(s) = crate::object::as_str(&value) {
                *data.qualname.borrow_mut() = s.to_string();
            }
        }
        _ => {}
    }
    crate::builtins::dict::set_item_str_obj(&data.dict, name, value);
    bump_type_epoch();
    Ok(())
}

/// `obj.name = value`.
pub fn set_attr(vm: &mut Vm, obj: &Value, name: &Obj, value: Value) -> PyResult<()> {
    let Value::Obj(o) = obj else {
        return Err(readonly_builtin(obj, name));
    };
    match &o.payload {
        Payload::Instance(inst) => {
            let cls = o.class();
            if let Some(setattr) = lookup_str(&cls, "__setattr__") {
                if !matches!(setattr.payload(), Some(Payload::Builtin(_))) {
                    call(
                        vm,
                        &setattr,
                        &[obj.clone(), Value::Obj(name.clone()), value],
                    )?;
                    return Ok(());
                }
            }
            if let Some(t) = lookup(&cls, name) {
                if descr_set(vm, &t, obj, Some(value.clone()))? {
                    return Ok(());
                }
            }
            if let Some(slots) = slot_names(&cls) {
                if !slots.iter().any(|s| str_of(s) == str_of(name)) {
                    if lookup(&cls, name).is_some() {
                        return Err(attribute_error(format!(
                            "'{}' object attribute '{}' is read-only",
                            type_name(obj),
                            str_of(name)
                        )));
                    }
                    return Err(no_attribute(obj, name));
                }
            }
            if str_of(name) == "__class__" {
                if let Value::Obj(c) = &value {
                    if matches!(c.payload, Payload::Class(_)) {
                        o.set_class(c);
                        return Ok(());
                    }
                }
                return Err(type_error(format!(
                    "__class__ must be set to a class, not '{}' object",
                    type_name(&value)
                )));
            }
            inst.set(name, value);
            Ok(())
        }
        Payload::Class(data) => {
            // A metaclass's own `__setattr__` (enum's guard against reassigning members).
            let meta = o.class();
            if !meta.is(&crate::object::types().type_) {
                if let Some(setattr) = lookup_str(&meta, "__setattr__") {
                    if !matches!(setattr.payload(), Some(Payload::Builtin(_))) {
                        call(
                            vm,
                            &setattr,
                            &[obj.clone(), Value::Obj(name.clone()), value],
                        )?;
                        return Ok(());
                    }
                }
            }
            set_class_attr(data, name, value)
        }
        Payload::Module(m) => {
            crate::builtins::dict::set_item_str_obj(&m.dict, name, value);
            Ok(())
        }
        Payload::Function(f) => {
            let is = |v: &Value, t: &Obj| matches!(v, Value::Obj(o) if is_subclass(&o.class(), t));
            let t = types();
            match str_of(name) {
                n @ ("__name__" | "__qualname__") => {
                    if !is(&value, &t.str) {
                        return Err(type_error(format!("{n} must be set to a string object")));
                    }
                    let slot = if n == "__name__" {
                        &f.name
                    } else {
                        &f.qualname
                    };
                    *slot.borrow_mut() = value.into_obj().expect("a str");
                }
                "__defaults__" => {
                    *f.defaults.borrow_mut() = match value.payload() {
                        Some(Payload::Tuple(t)) => t.to_vec(),
                        _ if value.is_none() => Vec::new(),
                        _ => return Err(type_error("__defaults__ must be set to a tuple object")),
                    };
                    // Compiled code may pass the old defaults itself (tier::DefaultsRead).
                    crate::table::dict_table::note_assumption_change();
                }
                "__doc__" => *f.doc.borrow_mut() = value,
                "__module__" => *f.module.borrow_mut() = value,
                "__annotations__" => {
                    // None resets them: the next read makes an empty dict.
                    *f.annotations.borrow_mut() = match value {
                        Value::None => Value::Null,
                        v if is(&v, &t.dict) => v,
                        _ => {
                            return Err(type_error("__annotations__ must be set to a dict object"))
                        }
                    }
                }
                "__dict__" => {
                    if !matches!(value.payload(), Some(Payload::Dict(_))) {
                        return Err(type_error(format!(
                            "__dict__ must be set to a dictionary, not a '{}'",
                            type_name(&value)
                        )));
                    }
                    *f.dict.borrow_mut() = value.into_obj();
                }
                _ => set_function_attr(obj, str_of(name), value),
            }
            Ok(())
        }
        Payload::Exception(e) => {
            let cls = o.class();
            if let Some(t) = lookup(&cls, name) {
                if descr_set(vm, &t, obj, Some(value.clone()))? {
                    return Ok(());
                }
            }
            match str_of(name) {
                "__cause__" => {
                    *e.cause.borrow_mut() = value;
                    e.suppress_context.set(true);
                }
                "__context__" => *e.context.borrow_mut() = value,
                "__suppress_context__" => {
                    e.suppress_context.set(matches!(value, Value::Bool(true)))
                }
                "args" => {
                    let items = super::iter::collect(vm, &value)?;
                    *e.args.borrow_mut() = crate::object::new_tuple(items);
                }
                "__traceback__" => {}
                other => super::exc::set_attr_str_raw(e, other, value),
            }
            Ok(())
        }
        _ => {
            let cls = o.class();
            // A Python subclass of a built-in type (a tuple subclass such as
            // `time.struct_time`) may define its own `__setattr__`.
            if subclass::is_subclass_instance(o) {
                if let Some(setattr) = lookup_str(&cls, "__setattr__") {
                    if !matches!(setattr.payload(), Some(Payload::Builtin(_))) {
                        call(
                            vm,
                            &setattr,
                            &[obj.clone(), Value::Obj(name.clone()), value],
                        )?;
                        return Ok(());
                    }
                }
            }
            if let Some(t) = lookup(&cls, name) {
                if descr_set(vm, &t, obj, Some(value.clone()))? {
                    return Ok(());
                }
            }
            if let Some(d) = native_dict(o) {
                crate::builtins::dict::set_item_str_obj(&d, name, value);
                return Ok(());
            }
            if subclass::may_set(o, name) {
                subclass::set_attr(o, name, value);
                return Ok(());
            }
            Err(readonly_builtin(obj, name))
        }
    }
}

fn readonly_builtin(obj: &Value, name: &Obj) -> PyErr {
    let cls = class_of(obj);
    if lookup(&cls, name).is_some() {
        attribute_error(format!(
            "'{}' object attribute '{}' is read-only",
            type_name(obj),
            str_of(name)
        ))
    } else {
        no_attribute(obj, name)
    }
}

/// Calls a data descriptor's setter (or deleter when `value` is None). Returns false if `t`
/// is not a data descriptor.
pub fn descr_set(vm: &mut Vm, t: &Value, obj: &Value, value: Option<Value>) -> PyResult<bool> {
    let Value::Obj(a) = t else { return Ok(false) };
    match &a.payload {
        Payload::Member(member, _) => {
            let Some(Payload::Instance(inst)) = obj.payload() else {
                return Ok(false);
            };
            match value {
                Some(v) => inst.set_member(member, v),
                None => {
                    if !inst.delete_member(member) {
                        return Err(no_attribute(obj, member));
                    }
                }
            }
            Ok(true)
        }
        Payload::Property(p) => {
            let (f, what) = match &value {
                Some(_) => (&p[1], "setter"),
                None => (&p[2], "deleter"),
            };
            if f.is_none() {
                return Err(attribute_error(format!(
                    "{} of '{}' object has no {}",
                    p.describe(),
                    type_name(obj),
                    what
                )));
            }
            match value {
                Some(v) => call(vm, f, &[obj.clone(), v])?,
                None => call(vm, f, std::slice::from_ref(obj))?,
            };
            Ok(true)
        }
        Payload::Instance(_) | Payload::Native(_) => {
            let c = a.class();
            let m = match &value {
                Some(_) => lookup_str(&c, "__set__"),
                None => lookup_str(&c, "__delete__"),
            };
            match m {
                Some(f) => {
                    match value {
                        Some(v) => call(vm, &f, &[t.clone(), obj.clone(), v])?,
                        None => call(vm, &f, &[t.clone(), obj.clone()])?,
                    };
                    Ok(true)
                }
                None => Ok(false),
            }
        }
        _ => Ok(false),
    }
}

/// The names allowed by `__slots__` along the MRO, if every class in it restricts attributes.
pub fn slot_names(cls: &Obj) -> Option<Vec<Obj>> {
    let data = class_data(cls);
    let mut names = Vec::new();
    for c in data.mro.borrow().iter() {
        let cd = class_data(c);
        if cd.builtin {
            continue;
        }
        match &cd.slots {
            Some(s) => {
                if s.iter().any(|n| str_of(n) == "__dict__") {
                    return None;
                }
                names.extend(s.iter().cloned())
            }
            None => return None,
        }
    }
    Some(names)
}

/// `del obj.name`.
pub fn del_attr(vm: &mut Vm, obj: &Value, name: &Obj) -> PyResult<()> {
    let Value::Obj(o) = obj else {
        return Err(readonly_builtin(obj, name));
    };
    match &o.payload {
        Payload::Instance(inst) => {
            let cls = o.class();
            if let Some(f) = lookup_str(&cls, "__delattr__") {
                if !matches!(f.payload(), Some(Payload::Builtin(_))) {
                    call(vm, &f, &[obj.clone(), Value::Obj(name.clone())])?;
                    return Ok(());
                }
            }
            if let Some(t) = lookup(&cls, name) {
                if descr_set(vm, &t, obj, None)? {
                    return Ok(());
                }
            }
            if inst.delete(name, &class_data(&cls).shape_root) {
                Ok(())
            } else {
                Err(no_attribute(obj, name))
            }
        }
        Payload::Class(data) => {
            if crate::builtins::dict::del_str(&data.dict, name) {
                bump_type_epoch();
                Ok(())
            } else {
                Err(attribute_error(format!(
                    "type object '{}' has no attribute '{}'",
                    data.tp_name(),
                    str_of(name)
                )))
            }
        }
        Payload::Module(m) => {
            if crate::builtins::dict::del_str(&m.dict, name) {
                Ok(())
            } else {
                Err(attribute_error(format!(
                    "module '{}' has no attribute '{}'",
                    str_of(&m.name),
                    str_of(name)
                )))
            }
        }
        Payload::Function(f) => {
            match str_of(name) {
                "__doc__" | "__module__" => {
                    let slot = if str_of(name) == "__doc__" {
                        &f.doc
                    } else {
                        &f.module
                    };
                    *slot.borrow_mut() = Value::None;
                    return Ok(());
                }
                "__annotations__" => {
                    *f.annotations.borrow_mut() = Value::Null;
                    return Ok(());
                }
                "__dict__" => return Err(type_error("cannot delete __dict__")),
                n @ ("__name__" | "__qualname__") => {
                    return Err(type_error(format!("{n} must be set to a string object")))
                }
                _ => {}
            }
            if let Some(d) = f.dict.borrow().as_ref() {
                if crate::builtins::dict::del_str(d, name) {
                    return Ok(());
                }
            }
            Err(no_attribute(obj, name))
        }
        Payload::Exception(e) => {
            if let Some(d) = e.attrs.borrow().as_ref() {
                if crate::builtins::dict::del_str(d, name) {
                    return Ok(());
                }
            }
            Err(no_attribute(obj, name))
        }
        Payload::Native(_) if native_dict(o).is_some() => {
            let d = native_dict(o).expect("checked");
            if crate::builtins::dict::del_str(&d, name) {
                Ok(())
            } else {
                Err(no_attribute(obj, name))
            }
        }
        _ => {
            // Data descriptors first, as `set_attr` (a native class's read-only property).
            if let Some(t) = lookup(&o.class(), name) {
                if descr_set(vm, &t, obj, None)? {
                    return Ok(());
                }
            }
            if !subclass::is_subclass_instance(o) {
                return Err(readonly_builtin(obj, name));
            }
            if subclass::del_attr(o, name) {
                Ok(())
            } else {
                Err(no_attribute(obj, name))
            }
        }
    }
}

/// Sets an attribute in a function's `__dict__`.
pub fn set_function_attr(f: &Value, name: &str, value: Value) {
    if let Some(Payload::Function(func)) = f.payload() {
        let mut slot = func.dict.borrow_mut();
        let d = slot.get_or_insert_with(crate::object::new_dict);
        crate::builtins::dict::set_str_item(d, name, value);
    }
}

/// `isinstance(obj, cls)` for one class (also honours `__class__` reassignment).
pub fn is_instance(obj: &Value, cls: &Obj) -> bool {
    is_subclass(&class_of(obj), cls)
}

/// Reads an exception's user attribute (`e.code`).
pub fn exception_attr(e: &Obj, name: &str) -> Option<Value> {
    let d = exc_data(e)?;
    let attrs = d.attrs.borrow();
    crate::builtins::dict::get_by_str(attrs.as_ref()?, name)
}
