//! The operations of the Python object protocol, shared by the interpreter and the builtins:
//! arithmetic, comparison, attributes, subscripts, iteration, conversion to text, exceptions.

pub mod arith;
pub mod attr;
pub mod bigdiv;
pub mod compare;
pub mod exc;
pub mod iter;
pub mod repr;
pub mod seq;

use crate::interp::{call, Vm};
use crate::object::class::lookup_str;
use crate::object::exception::type_error;
use crate::object::{class_of, type_name, Payload};
use crate::table::hash::{hash_bigint, hash_bytes, hash_f64, hash_i64, hash_pointer, TupleHasher};
use crate::value::Value;
use crate::PyResult;

/// `bool(v)`.
pub fn truthy(vm: &mut Vm, v: &Value) -> PyResult<bool> {
    for name in ["__bool__", "__len__"] {
        if let Some(f) = crate::object::subclass::user_method(v, name) {
            let r = call(vm, &f, std::slice::from_ref(v))?;
            return match (name, &r) {
                ("__bool__", Value::Bool(b)) => Ok(*b),
                ("__bool__", other) => Err(type_error(format!(
                    "__bool__ should return bool, returned {}",
                    type_name(other)
                ))),
                _ => Ok(seq::len_result(&r)? != 0),
            };
        }
    }
    Ok(match v {
        Value::Null | Value::None => false,
        Value::Bool(b) => *b,
        Value::Int(i) => *i != 0,
        Value::Float(f) => *f != 0.0,
        Value::Obj(o) => match &o.payload {
            Payload::Str(s) => s.char_len() != 0,
            Payload::List(l) => !l.borrow().is_empty(),
            Payload::Tuple(t) => !t.is_empty(),
            Payload::Dict(d) => !d.table.borrow().is_empty(),
            Payload::Set(s) => !s.borrow().is_empty(),
            Payload::FrozenSet(s) => !s.is_empty(),
            // Exact ints that fit an i64 are `Value::Int`, but an int subclass's instance
            // holds any value here, zero included.
            Payload::BigInt(b) => !num_traits::Zero::is_zero(b),
            Payload::Complex(z) => crate::builtins::complex::truthy(*z),
            Payload::Bytes(b) => !b.is_empty(),
            Payload::ByteArray(b) => !b.borrow().is_empty(),
            Payload::Range(_) | Payload::BigRange(_) => crate::builtins::range::truthy(&o.payload),
            Payload::Instance(_) | Payload::Exception(_) | Payload::Native(_) => {
                let cls = o.class();
                if let Some(f) = lookup_str(&cls, "__bool__") {
                    let r = call(vm, &f, std::slice::from_ref(v))?;
                    return match r {
                        Value::Bool(b) => Ok(b),
                        other => Err(type_error(format!(
                            "__bool__ should return bool, returned {}",
                            type_name(&other)
                        ))),
                    };
                }
                if let Some(f) = lookup_str(&cls, "__len__") {
                    let r = call(vm, &f, std::slice::from_ref(v))?;
                    return Ok(seq::len_result(&r)? != 0);
                }
                true
            }
            Payload::DictView(_, d) => match &d.payload {
                Payload::Dict(pd) => !pd.table.borrow().is_empty(),
                _ => true,
            },
            _ => true,
        },
    })
}

/// `hash(v)`.
pub fn hash(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    if let Value::Obj(o) = v {
        if crate::object::subclass::is_subclass_instance(o) {
            match lookup_str(&o.class(), "__hash__") {
                Some(Value::None) => return Err(unhashable(v)),
                Some(f) if matches!(f.payload(), Some(Payload::Function(_))) => {
                    let r = call(vm, &f, std::slice::from_ref(v))?;
                    return match r {
                        Value::Int(i) => Ok(if i == -1 { -2 } else { i }),
                        _ => Err(type_error("__hash__ method should return an integer")),
                    };
                }
                _ => {}
            }
        }
    }
    Ok(match v {
        Value::Null | Value::None => hash_pointer(0x5f5f_4e6f_6e65),
        Value::Bool(b) => *b as i64,
        Value::Int(i) => hash_i64(*i),
        Value::Float(f) => match hash_f64(*f) {
            Some(h) => h,
            None => hash_pointer(f.to_bits() as usize),
        },
        Value::Obj(o) => match &o.payload {
            Payload::Str(s) => s.hash(),
            Payload::BigInt(b) => hash_bigint(b),
            Payload::Bytes(b) => hash_bytes(b),
            Payload::Tuple(items) => {
                let mut h = TupleHasher::new(items.len());
                for item in items.iter() {
                    h.add(hash(vm, item)?);
                }
                h.finish()
            }
            Payload::FrozenSet(s) => s.frozenset_hash(),
            Payload::Complex(z) => crate::builtins::complex::hash(o, *z),
            Payload::Range(_) | Payload::BigRange(_) => {
                return crate::builtins::range::hash(vm, &o.payload)
            }
            Payload::List(_)
            | Payload::Dict(_)
            | Payload::Set(_)
            | Payload::ByteArray(_)
            | Payload::Slice(_)
            | Payload::DictView(
                crate::object::iter::DictViewKind::Keys | crate::object::iter::DictViewKind::Items,
                _,
            ) => {
                return Err(unhashable(v));
            }
            Payload::Instance(_) | Payload::Exception(_) | Payload::Native(_) => {
                let cls = o.class();
                match lookup_str(&cls, "__hash__") {
                    Some(Value::None) => return Err(unhashable(v)),
                    // A native module's class may define `__hash__` natively.
                    Some(f)
                        if !matches!(f.payload(), Some(Payload::Builtin(_)))
                            || (matches!(o.payload, Payload::Native(_))
                                && repr::native_special(o, "__hash__").is_some()) =>
                    {
                        let r = call(vm, &f, std::slice::from_ref(v))?;
                        return match &r {
                            Value::Int(i) => Ok(if *i == -1 { -2 } else { *i }),
                            Value::Bool(b) => Ok(*b as i64),
                            Value::Obj(ro) => match &ro.payload {
                                Payload::BigInt(b) => Ok(hash_bigint(b)),
                                _ => Err(type_error("__hash__ method should return an integer")),
                            },
                            _ => Err(type_error("__hash__ method should return an integer")),
                        };
                    }
                    _ => hash_pointer(o.addr()),
                }
            }
            _ => hash_pointer(o.addr()),
        },
    })
}

pub fn unhashable(v: &Value) -> crate::object::exception::PyErr {
    type_error(format!("unhashable type: '{}'", type_name(v)))
}

/// `len(v)`.
pub fn len(vm: &mut Vm, v: &Value) -> PyResult<usize> {
    if let Some(f) = crate::object::subclass::user_method(v, "__len__") {
        let r = call(vm, &f, std::slice::from_ref(v))?;
        return seq::len_result(&r);
    }
    if let Value::Obj(o) = v {
        match &o.payload {
            Payload::Str(s) => return Ok(s.char_len()),
            Payload::List(l) => return Ok(l.borrow().len()),
            Payload::Tuple(t) => return Ok(t.len()),
            Payload::Dict(d) => return Ok(d.table.borrow().len()),
            Payload::Set(s) => return Ok(s.borrow().len()),
            Payload::FrozenSet(s) => return Ok(s.len()),
            Payload::Bytes(b) => return Ok(b.len()),
            Payload::ByteArray(b) => return Ok(b.borrow().len()),
            Payload::Range(_) | Payload::BigRange(_) => {
                return crate::builtins::range::len(&o.payload)
            }
            Payload::DictView(_, d) => {
                if let Payload::Dict(pd) = &d.payload {
                    return Ok(pd.table.borrow().len());
                }
            }
            _ => {}
        }
    }
    let cls = class_of(v);
    if let Some(f) = lookup_str(&cls, "__len__") {
        let r = call(vm, &f, std::slice::from_ref(v))?;
        return seq::len_result(&r);
    }
    Err(type_error(format!(
        "object of type '{}' has no len()",
        type_name(v)
    )))
}
