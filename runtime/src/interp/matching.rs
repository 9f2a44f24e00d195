//! The runtime side of the `match` statement: the tests and extractions behind the
//! `MatchSequence`, `MatchMapping`, `MatchKeys` and `MatchClass` instructions, as CPython 3.11's
//! `MATCH_*` instructions and `match_class`/`match_keys` in ceval.c.
//!
//! CPython decides "sequence" and "mapping" by type flags: list, tuple, range (and their
//! subclasses) are sequences, dict (and subclasses) is a mapping, and `collections.abc`
//! `Sequence`/`Mapping` set the flag on their subclasses through the class attribute
//! `__abc_tpflags__`, which `abc.ABCMeta` turns into the flag when it makes the class. Here
//! that attribute, found along the MRO of a class made by `abc.ABCMeta` (or a subclass of
//! it), stands for the flag; on other classes it means nothing, as in CPython.

use crate::builtins::functions::isinstance_of;
use crate::interp::{call, Vm};
use crate::object::class::{class_data, is_subclass, lookup_str};
use crate::object::exception::{type_error, value_error};
use crate::object::{class_of, exc_types, new_dict, new_tuple, type_name, types, Obj, Payload};
use crate::ops;
use crate::value::Value;
use crate::PyResult;

/// CPython's `Py_TPFLAGS_SEQUENCE` and `Py_TPFLAGS_MAPPING`, as `__abc_tpflags__` spells them.
const TPFLAGS_SEQUENCE: i64 = 1 << 5;
const TPFLAGS_MAPPING: i64 = 1 << 6;

fn abc_flags(v: &Value) -> i64 {
    let cls = class_of(v);
    let by_abc_meta = class_data(&cls.class()).mro.borrow().iter().any(|m| {
        class_data(m).name_str() == "ABCMeta"
            && crate::object::as_str(
                &crate::builtins::dict::get_by_str(&class_data(m).dict, "__module__")
                    .unwrap_or(Value::None),
            ) == Some("abc")
    });
    if !by_abc_meta {
        return 0;
    }
    match lookup_str(&cls, "__abc_tpflags__") {
        Some(Value::Int(f)) => f,
        _ => 0,
    }
}

/// Whether a sequence pattern may match `v`.
pub fn is_sequence(v: &Value) -> bool {
    match v.payload() {
        Some(Payload::List(_) | Payload::Tuple(_) | Payload::Range(_) | Payload::BigRange(_)) => {
            true
        }
        Some(Payload::Str(_) | Payload::Bytes(_) | Payload::ByteArray(_) | Payload::Dict(_)) => {
            false
        }
        _ => abc_flags(v) & TPFLAGS_SEQUENCE != 0,
    }
}

/// Whether a mapping pattern may match `v`.
pub fn is_mapping(v: &Value) -> bool {
    match v.payload() {
        Some(Payload::Dict(_)) => true,
        _ => abc_flags(v) & TPFLAGS_MAPPING != 0,
    }
}

/// `MatchKeys`: the tuple of the values of `keys` in `map`, or None if one is missing. Like
/// CPython it asks `map.get(key, sentinel)`, so `__missing__` is not called, and a key that
/// comes twice (two value patterns equal at run time) is a ValueError.
pub fn match_keys(vm: &mut Vm, map: &Value, keys: &Value) -> PyResult<Value> {
    let keys: Vec<Value> = match keys.payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => Vec::new(),
    };
    if keys.is_empty() {
        return Ok(new_tuple(Vec::new()));
    }
    let exact_dict = match map {
        Value::Obj(o) if o.class_is_builtin() && matches!(o.payload, Payload::Dict(_)) => {
            Some(o.clone())
        }
        _ => None,
    };
    // Other mappings are asked `map.get(key, sentinel)`, a fresh `object()` telling a missing
    // key from any value.
    let get = match exact_dict {
        Some(_) => None,
        None => {
            let get = ops::attr::get_attr_str(vm, map, "get")?;
            let sentinel = call(vm, &Value::Obj(types().object.clone()), &[])?;
            Some((get, sentinel))
        }
    };
    let seen = new_dict();
    let mut values = Vec::with_capacity(keys.len());
    for key in keys {
        if crate::builtins::dict::contains(vm, &seen, &key)? {
            let r = ops::repr::repr(vm, &key)?;
            return Err(value_error(format!(
                "mapping pattern checks duplicate key ({r})"
            )));
        }
        crate::builtins::dict::set_item(vm, &seen, key.clone(), Value::None)?;
        let value = match (&exact_dict, &get) {
            (Some(d), _) => crate::builtins::dict::get(vm, d, &key)?,
            (None, Some((get, sentinel))) => {
                let v = call(vm, get, &[key, sentinel.clone()])?;
                (!v.is(sentinel)).then_some(v)
            }
            (None, None) => None,
        };
        match value {
            Some(v) => values.push(v),
            None => return Ok(Value::None),
        }
    }
    Ok(new_tuple(values))
}

/// The builtin classes whose instances a single positional sub-pattern matches whole
/// (CPython's `_Py_TPFLAGS_MATCH_SELF`, inherited by their subclasses).
fn matches_self(cls: &Obj) -> bool {
    let t = types();
    [
        &t.bool_,
        &t.bytearray,
        &t.bytes,
        &t.dict,
        &t.float,
        &t.frozenset,
        &t.int,
        &t.list,
        &t.set,
        &t.str,
        &t.tuple,
    ]
    .iter()
    .any(|b| is_subclass(cls, b))
}

/// `MatchClass`: the attributes `subject` gives `nargs` positional sub-patterns (through
/// `cls.__match_args__`) and the keyword sub-patterns `names`, or None if `subject` is not
/// an instance of `cls` or lacks one of the attributes.
pub fn match_class(
    vm: &mut Vm,
    subject: &Value,
    cls: &Value,
    nargs: usize,
    names: &Value,
) -> PyResult<Value> {
    let Some(cls_obj) = cls.as_obj().filter(|_| crate::object::class::is_class(cls)) else {
        return Err(type_error("called match pattern must be a type"));
    };
    if !isinstance_of(vm, subject, cls_obj)? {
        return Ok(Value::None);
    }
    let cls_name = class_data(cls_obj).name_str();
    let mut seen: Vec<Value> = Vec::new();
    let mut attrs = Vec::new();
    if nargs > 0 {
        let (match_args, match_self) = match ops::attr::get_attr_str(vm, cls, "__match_args__") {
            Ok(m) => {
                let exact_tuple = matches!(&m, Value::Obj(o)
                    if o.class_is_builtin() && matches!(o.payload, Payload::Tuple(_)));
                if !exact_tuple {
                    return Err(type_error(format!(
                        "{cls_name}.__match_args__ must be a tuple (got {})",
                        type_name(&m)
                    )));
                }
                (m, false)
            }
            Err(e) if e.is_instance(&exc_types().attribute_error) => {
                (new_tuple(Vec::new()), matches_self(cls_obj))
            }
            Err(e) => return Err(e),
        };
        let match_args: Vec<Value> = match match_args.payload() {
            Some(Payload::Tuple(t)) => t.to_vec(),
            _ => Vec::new(),
        };
        let allowed = if match_self { 1 } else { match_args.len() };
        if allowed < nargs {
            let plural = if allowed == 1 { "" } else { "s" };
            return Err(type_error(format!(
                "{cls_name}() accepts {allowed} positional sub-pattern{plural} ({nargs} given)"
            )));
        }
        if match_self {
            attrs.push(subject.clone());
        } else {
            for name in &match_args[..nargs] {
                if crate::object::exact_str(name).is_none() {
                    return Err(type_error(format!(
                        "__match_args__ elements must be strings (got {})",
                        type_name(name)
                    )));
                }
                match match_class_attr(vm, subject, &cls_name, name, &mut seen)? {
                    Some(v) => attrs.push(v),
                    None => return Ok(Value::None),
                }
            }
        }
    }
    let names: Vec<Value> = match names.payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => Vec::new(),
    };
    for name in &names {
        match match_class_attr(vm, subject, &cls_name, name, &mut seen)? {
            Some(v) => attrs.push(v),
            None => return Ok(Value::None),
        }
    }
    Ok(new_tuple(attrs))
}

/// `subject.name` for a class pattern, None if it has no such attribute.
fn match_class_attr(
    vm: &mut Vm,
    subject: &Value,
    cls_name: &str,
    name: &Value,
    seen: &mut Vec<Value>,
) -> PyResult<Option<Value>> {
    let text = crate::object::as_str(name).unwrap_or_default().to_string();
    if seen
        .iter()
        .any(|s| crate::object::as_str(s) == Some(text.as_str()))
    {
        return Err(type_error(format!(
            "{cls_name}() got multiple sub-patterns for attribute {}",
            crate::text::py_str_repr(&text)
        )));
    }
    seen.push(name.clone());
    match ops::attr::get_attr_str(vm, subject, &text) {
        Ok(v) => Ok(Some(v)),
        Err(e) if e.is_instance(&exc_types().attribute_error) => Ok(None),
        Err(e) => Err(e),
    }
}
