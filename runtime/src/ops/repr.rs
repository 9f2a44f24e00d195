//! Conversions to text: `repr(x)`, `str(x)`, `ascii(x)` and `format(x, spec)`.
//!
//! Containers guard against recursion (`[[...]]`) with a per-thread set of the objects whose
//! repr is in progress, as CPython's `Py_ReprEnter` does.

use std::cell::RefCell;

use num_bigint::BigInt;

use crate::interp::{call, Vm};
use crate::object::class::{class_data, lookup_str};
use crate::object::exception::{exc_data, type_error, PyErr};
use crate::object::{as_str, class_of, str_of, type_name, Obj, Payload};
use crate::text::{self, TextError};
use crate::value::Value;
use crate::PyResult;

thread_local! {
    static IN_REPR: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
}

/// Runs `f` unless `o`'s repr is already in progress (then returns `None`).
pub fn guarded(o: &Obj, f: impl FnOnce() -> PyResult<String>) -> PyResult<Option<String>> {
    let addr = o.addr();
    if IN_REPR.with(|s| s.borrow().contains(&addr)) {
        return Ok(None);
    }
    IN_REPR.with(|s| s.borrow_mut().push(addr));
    let r = f();
    IN_REPR.with(|s| {
        let mut s = s.borrow_mut();
        if let Some(i) = s.iter().rposition(|a| *a == addr) {
            s.remove(i);
        }
    });
    r.map(Some)
}

/// Converts a text error into the Python exception it names.
pub fn text_err(e: TextError) -> PyErr {
    use crate::object::exception as ex;
    match e {
        TextError::Value(m) => ex::value_error(m),
        TextError::Type(m) => ex::type_error(m),
        TextError::Overflow(m) => ex::overflow_error(m),
        TextError::Memory(m) => ex::memory_error(m),
    }
}

pub fn int_str(b: &BigInt) -> PyResult<String> {
    let s = text::biguint_to_decimal_checked(b.magnitude()).map_err(text_err)?;
    Ok(if b.sign() == num_bigint::Sign::Minus {
        format!("-{s}")
    } else {
        s
    })
}

fn address(o: &Obj) -> String {
    format!("0x{:012x}", o.addr())
}

/// The text a `__repr__`/`__str__`/`__format__` method returned, or CPython's TypeError.
fn text_result(r: &Value, dunder: &str) -> PyResult<String> {
    match as_str(r) {
        Some(s) => Ok(s.to_string()),
        None if dunder == "__format__" => Err(type_error(format!(
            "__format__ must return a str, not {}",
            type_name(r)
        ))),
        None => Err(type_error(format!(
            "{dunder} returned non-string (type {})",
            type_name(r)
        ))),
    }
}

/// `repr(v)`.
pub fn repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    Ok(match v {
        Value::Null => "<NULL>".to_string(),
        Value::None => "None".to_string(),
        Value::Bool(true) => "True".to_string(),
        Value::Bool(false) => "False".to_string(),
        Value::Int(i) => i.to_string(),
        Value::Float(f) => text::float_repr(*f),
        Value::Obj(o) => return obj_repr(vm, v, o),
    })
}

fn join_reprs(vm: &mut Vm, items: &[Value]) -> PyResult<String> {
    let mut out = String::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&repr(vm, it)?);
    }
    Ok(out)
}

fn obj_repr(vm: &mut Vm, v: &Value, o: &Obj) -> PyResult<String> {
    if let Some(f) = crate::object::subclass::user_method(v, "__repr__") {
        let r = call(vm, &f, std::slice::from_ref(v))?;
        return text_result(&r, "__repr__");
    }
    if let Some(f) = metaclass_method(o, "__repr__") {
        let r = call(vm, &f, std::slice::from_ref(v))?;
        return text_result(&r, "__repr__");
    }
    base_obj_repr(vm, v, o)
}

/// Dunder `name` of a native module's class, unless it is `object`'s own.
pub fn native_special(o: &Obj, name: &str) -> Option<Value> {
    let f = lookup_str(&o.class(), name)?;
    let inherited = lookup_str(&crate::object::types().object, name);
    match (&f, &inherited) {
        (Value::Obj(a), Some(Value::Obj(b))) if a.is(b) => None,
        _ => Some(f),
    }
}

/// A method a user metaclass defines for its classes (`class M(type): def __repr__(cls)`).
fn metaclass_method(o: &Obj, name: &str) -> Option<Value> {
    if !matches!(o.payload, Payload::Class(_)) || o.class_is_builtin() {
        return None;
    }
    lookup_str(&o.class(), name).filter(|f| matches!(f.payload(), Some(Payload::Function(_))))
}

/// `repr(v)` as the builtin type of `v` gives it, ignoring a subclass's `__repr__` (what
/// `dict.__repr__(self)` and friends mean inside such an override).
pub fn base_repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    match v {
        Value::Obj(o) => base_obj_repr(vm, v, o),
        _ => repr(vm, v),
    }
}

fn base_obj_repr(vm: &mut Vm, v: &Value, o: &Obj) -> PyResult<String> {
    Ok(match &o.payload {
        Payload::Str(s) => text::py_str_repr(s.as_str()),
        Payload::BigInt(b) => int_str(b)?,
        Payload::List(l) => {
            let items = l.borrow().clone();
            guarded(o, || Ok(format!("[{}]", join_reprs(vm, &items)?)))?
                .unwrap_or_else(|| "[...]".to_string())
        }
        Payload::Tuple(t) => {
            if t.len() == 1 {
                format!("({},)", repr(vm, &t[0])?)
            } else {
                let items = t.to_vec();
                guarded(o, || Ok(format!("({})", join_reprs(vm, &items)?)))?
                    .unwrap_or_else(|| "(...)".to_string())
            }
        }
        Payload::Dict(_) => {
            let items = crate::builtins::dict::items(o);
            guarded(o, || {
                let mut out = String::from("{");
                for (i, (k, val)) in items.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    out.push_str(&repr(vm, k)?);
                    out.push_str(": ");
                    out.push_str(&repr(vm, val)?);
                }
                out.push('}');
                Ok(out)
            })?
            .unwrap_or_else(|| "{...}".to_string())
        }
        // Sets of subclasses show their class: `S({1})`, `S()`.
        Payload::Set(s) => {
            let items: Vec<Value> = s.borrow().iter().cloned().collect();
            let name = type_name(v);
            let exact = o.class_is_builtin();
            if items.is_empty() {
                format!("{name}()")
            } else {
                guarded(o, || {
                    let body = format!("{{{}}}", join_reprs(vm, &items)?);
                    Ok(if exact {
                        body
                    } else {
                        format!("{name}({body})")
                    })
                })?
                .unwrap_or_else(|| format!("{name}(...)"))
            }
        }
        Payload::FrozenSet(s) => {
            let items: Vec<Value> = s.iter().cloned().collect();
            let name = type_name(v);
            if items.is_empty() {
                format!("{name}()")
            } else {
                format!("{name}({{{}}})", join_reprs(vm, &items)?)
            }
        }
        Payload::Bytes(b) => crate::builtins::bytes::bytes_repr(b),
        Payload::Complex(z) => crate::builtins::complex::repr(*z),
        Payload::ByteArray(b) => format!(
            "{}({})",
            type_name(v),
            crate::builtins::bytes::bytes_repr(&b.borrow())
        ),
        Payload::Range(_) | Payload::BigRange(_) => crate::builtins::range::repr(&o.payload),
        Payload::Slice(s) => format!(
            "slice({}, {}, {})",
            repr(vm, &s[0])?,
            repr(vm, &s[1])?,
            repr(vm, &s[2])?
        ),
        Payload::Function(f) => format!(
            "<function {} at {}>",
            str_of(&f.qualname.borrow()),
            address(o)
        ),
        Payload::Builtin(b) => match (&b.self_, b.owner) {
            (Some(s), Some(_)) if !matches!(s.payload(), Some(Payload::Module(_))) => format!(
                "<built-in method {} of {} object at {}>",
                b.name,
                type_name(s),
                s.as_obj().map(address).unwrap_or_default()
            ),
            (None, Some(owner)) if owner != "builtins" => {
                format!("<method '{}' of '{}' objects>", b.name, owner)
            }
            _ => format!("<built-in function {}>", b.name),
        },
        Payload::Method(m) => {
            let fname = match m.0.payload() {
                Some(Payload::Function(f)) => str_of(&f.qualname.borrow()).to_string(),
                _ => "?".to_string(),
            };
            format!("<bound method {} of {}>", fname, repr(vm, &m.1)?)
        }
        Payload::Class(c) => {
            let module = crate::builtins::dict::get_by_str(&c.dict, "__module__")
                .and_then(|m| as_str(&m).map(str::to_string))
                .unwrap_or_else(|| c.module.borrow().clone());
            if module == "builtins" {
                format!("<class '{}'>", c.qualname.borrow())
            } else {
                format!("<class '{}.{}'>", module, c.qualname.borrow())
            }
        }
        Payload::Module(m) => {
            let file = crate::builtins::dict::get_by_str(&m.dict, "__file__");
            match file.as_ref().and_then(as_str) {
                Some(f) => format!("<module '{}' from '{}'>", str_of(&m.name), f),
                None => format!("<module '{}' (built-in)>", str_of(&m.name)),
            }
        }
        Payload::Instance(_) => {
            let cls = o.class();
            if let Some(f) = lookup_str(&cls, "__repr__") {
                if !matches!(f.payload(), Some(Payload::Builtin(_))) {
                    let r = call(vm, &f, std::slice::from_ref(v))?;
                    return text_result(&r, "__repr__");
                }
            }
            default_repr(o)
        }
        Payload::Exception(e) => {
            let cls = o.class();
            if let Some(f) = lookup_str(&cls, "__repr__") {
                if !matches!(f.payload(), Some(Payload::Builtin(_))) {
                    let r = call(vm, &f, std::slice::from_ref(v))?;
                    return Ok(as_str(&r).unwrap_or("").to_string());
                }
            }
            let args = e.args.borrow().clone();
            let name = class_data(&cls).name_str();
            match args.payload() {
                Some(Payload::Tuple(t)) if t.len() == 1 => {
                    format!("{}({})", name, repr(vm, &t[0])?)
                }
                Some(Payload::Tuple(t)) => {
                    let items = t.to_vec();
                    format!("{}({})", name, join_reprs(vm, &items)?)
                }
                _ => format!("{name}()"),
            }
        }
        Payload::Generator(_) => {
            let (_, qualname) = crate::interp::generator::names(o);
            let kind = crate::interp::coroutine::kind_name(o);
            format!("<{} object {} at {}>", kind, qualname, address(o))
        }
        Payload::Empty => {
            let cls = o.class();
            let name = class_data(&cls).name_str();
            match name.as_str() {
                "NotImplementedType" => "NotImplemented".to_string(),
                "ellipsis" => "Ellipsis".to_string(),
                _ => default_repr(o),
            }
        }
        Payload::DictView(kind, d) => {
            use crate::object::iter::DictViewKind as K;
            let items = crate::builtins::dict::items(d);
            let (name, vals): (&str, Vec<Value>) = match kind {
                K::Keys => ("dict_keys", items.into_iter().map(|(k, _)| k).collect()),
                K::Values => ("dict_values", items.into_iter().map(|(_, v)| v).collect()),
                K::Items => (
                    "dict_items",
                    items
                        .into_iter()
                        .map(|(k, v)| crate::object::new_tuple(vec![k, v]))
                        .collect(),
                ),
            };
            format!("{}([{}])", name, join_reprs(vm, &vals)?)
        }
        Payload::Iter(_) => format!("<{} object at {}>", type_name(v), address(o)),
        Payload::Native(_) => match native_special(o, "__repr__") {
            Some(f) => {
                let r = call(vm, &f, std::slice::from_ref(v))?;
                return text_result(&r, "__repr__");
            }
            None => default_repr(o),
        },
        Payload::File(f) => crate::builtins::file::file_repr(&f.borrow()),
        Payload::Cell(_) => format!("<cell at {}>", address(o)),
        Payload::Property(_) => format!("<property object at {}>", address(o)),
        Payload::Member(name, owner) => format!(
            "<member '{}' of '{}' objects>",
            str_of(name),
            owner
                .get()
                .map_or(String::new(), |c| crate::object::class::class_data(c)
                    .name_str())
        ),
        Payload::StaticMethod(_) => format!("<staticmethod object at {}>", address(o)),
        Payload::ClassMethod(_) => format!("<classmethod object at {}>", address(o)),
        Payload::Super(_) => format!("<super object at {}>", address(o)),
    })
}

fn default_repr(o: &Obj) -> String {
    let cls = o.class();
    let data = class_data(&cls);
    let module = crate::builtins::dict::get_by_str(&data.dict, "__module__")
        .and_then(|m| as_str(&m).map(str::to_string))
        .unwrap_or_else(|| data.module.borrow().clone());
    if module == "builtins" {
        format!("<{} object at {}>", data.qualname.borrow(), address(o))
    } else {
        format!(
            "<{}.{} object at {}>",
            module,
            data.qualname.borrow(),
            address(o)
        )
    }
}

/// `str(v)`.
pub fn str(vm: &mut Vm, v: &Value) -> PyResult<String> {
    if let Some(f) = crate::object::subclass::user_method(v, "__str__") {
        let r = call(vm, &f, std::slice::from_ref(v))?;
        return text_result(&r, "__str__");
    }
    if let Value::Obj(o) = v {
        if let Some(f) = metaclass_method(o, "__str__") {
            let r = call(vm, &f, std::slice::from_ref(v))?;
            return text_result(&r, "__str__");
        }
        match &o.payload {
            Payload::Str(s) => return Ok(s.as_str().to_string()),
            Payload::Instance(_) | Payload::Exception(_) => {
                let cls = o.class();
                if let Some(f) = lookup_str(&cls, "__str__") {
                    if !matches!(f.payload(), Some(Payload::Builtin(_))) {
                        let r = call(vm, &f, std::slice::from_ref(v))?;
                        return text_result(&r, "__str__");
                    }
                }
                if let Some(e) = exc_data(o) {
                    return exception_str(vm, o, e);
                }
            }
            _ => {}
        }
    }
    repr(vm, v)
}

/// `BaseException.__str__` of `v` (its own, ignoring overrides in subclasses).
pub fn exception_base_str(vm: &mut Vm, v: &Value) -> PyResult<String> {
    match v {
        Value::Obj(o) => match exc_data(o) {
            Some(e) => exception_str(vm, o, e),
            None => str(vm, v),
        },
        _ => str(vm, v),
    }
}

/// `SyntaxError.__str__`: the message, then `(file, line N)` when they are known (the file
/// by its base name, as CPython's `my_basename`).
fn syntax_error_str(vm: &mut Vm, o: &Obj) -> PyResult<String> {
    let get = |n: &str| crate::builtins::special_getattr_exception(o, n).unwrap_or(Value::None);
    let msg = get("msg");
    let msg = if msg.is_none() {
        String::new()
    } else {
        str(vm, &msg)?
    };
    let file = as_str(&get("filename")).map(|f| f.rsplit('/').next().unwrap_or(f).to_string());
    Ok(match (file, get("lineno")) {
        (Some(f), Value::Int(l)) => format!("{msg} ({f}, line {l})"),
        (Some(f), _) => format!("{msg} ({f})"),
        (None, Value::Int(l)) => format!("{msg} (line {l})"),
        _ => msg,
    })
}

/// `OSError.__str__`: `[Errno 2] No such file or directory: 'name'` once `errno` and
/// `strerror` (and perhaps `filename`) are set; `None` to fall back to the arguments.
fn os_error_str(
    vm: &mut Vm,
    e: &crate::object::exception::ExceptionData,
) -> PyResult<Option<String>> {
    let attr = |name: &str| {
        e.attrs
            .borrow()
            .as_ref()
            .and_then(|d| crate::builtins::dict::get_by_str(d, name))
            .unwrap_or(Value::None)
    };
    let (errno, strerror, filename) = (attr("errno"), attr("strerror"), attr("filename"));
    let filename2 = attr("filename2");
    if !filename.is_none() && !filename2.is_none() {
        return Ok(Some(format!(
            "[Errno {}] {}: {} -> {}",
            str(vm, &errno)?,
            str(vm, &strerror)?,
            repr(vm, &filename)?,
            repr(vm, &filename2)?
        )));
    }
    if !filename.is_none() {
        return Ok(Some(format!(
            "[Errno {}] {}: {}",
            str(vm, &errno)?,
            str(vm, &strerror)?,
            repr(vm, &filename)?
        )));
    }
    if !errno.is_none() && !strerror.is_none() {
        return Ok(Some(format!(
            "[Errno {}] {}",
            str(vm, &errno)?,
            str(vm, &strerror)?
        )));
    }
    Ok(None)
}

fn exception_str(
    vm: &mut Vm,
    o: &Obj,
    e: &crate::object::exception::ExceptionData,
) -> PyResult<String> {
    if crate::object::class::is_subclass(&o.class(), &crate::object::exc_types().os_error) {
        if let Some(s) = os_error_str(vm, e)? {
            return Ok(s);
        }
    }
    if crate::object::class::is_subclass(&o.class(), &crate::object::exc_types().syntax_error) {
        return syntax_error_str(vm, o);
    }
    let args = e.args.borrow().clone();
    let is_key_error =
        crate::object::class::is_subclass(&o.class(), &crate::object::exc_types().key_error);
    match args.payload() {
        Some(Payload::Tuple(t)) if t.is_empty() => Ok(String::new()),
        Some(Payload::Tuple(t)) if t.len() == 1 => {
            if is_key_error {
                repr(vm, &t[0])
            } else {
                str(vm, &t[0])
            }
        }
        _ => repr(vm, &args),
    }
}

/// `ascii(s)` applied to an already computed repr: escapes non-ASCII characters.
pub fn ascii(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let n = c as u32;
        if n < 0x80 {
            out.push(c);
        } else if n < 0x100 {
            out.push_str(&format!("\\x{n:02x}"));
        } else if n < 0x10000 {
            out.push_str(&format!("\\u{n:04x}"));
        } else {
            out.push_str(&format!("\\U{n:08x}"));
        }
    }
    out
}

/// `format(v, spec)`.
pub fn format(vm: &mut Vm, v: &Value, spec: &str) -> PyResult<String> {
    if let Some(f) = crate::object::subclass::user_method(v, "__format__") {
        let r = call(vm, &f, &[v.clone(), crate::object::new_str(spec)])?;
        return text_result(&r, "__format__");
    }
    use crate::text::format_spec::{format_float, format_int, format_str, FormatSpec};
    match v {
        Value::Bool(b) if spec.is_empty() => {
            return Ok(if *b { "True" } else { "False" }.to_string())
        }
        Value::Int(_) | Value::Bool(_) => {
            let n = match v {
                Value::Int(i) => BigInt::from(*i),
                Value::Bool(b) => BigInt::from(*b as i64),
                _ => unreachable!(),
            };
            if spec.is_empty() {
                return repr(vm, v);
            }
            let s = FormatSpec::parse(spec, &type_name(v)).map_err(text_err)?;
            return format_int(&n, &s).map_err(text_err);
        }
        Value::Float(f) => {
            if spec.is_empty() {
                return Ok(text::float_repr(*f));
            }
            let s = FormatSpec::parse(spec, "float").map_err(text_err)?;
            return format_float(*f, &s).map_err(text_err);
        }
        Value::Obj(o) => match &o.payload {
            Payload::Complex(z) => return crate::builtins::complex::format(*z, spec),
            Payload::BigInt(b) => {
                if spec.is_empty() {
                    return int_str(b);
                }
                let s = FormatSpec::parse(spec, "int").map_err(text_err)?;
                return format_int(b, &s).map_err(text_err);
            }
            Payload::Str(st) => {
                if spec.is_empty() {
                    // str.__format__ with no spec is str(self), which a subclass may override.
                    return str(vm, v);
                }
                let s = FormatSpec::parse(spec, "str").map_err(text_err)?;
                return format_str(st.as_str(), &s).map_err(text_err);
            }
            Payload::Instance(_) | Payload::Exception(_) => {
                let cls = o.class();
                if let Some(f) = lookup_str(&cls, "__format__") {
                    if !matches!(f.payload(), Some(Payload::Builtin(_))) {
                        let r = call(vm, &f, &[v.clone(), crate::object::new_str(spec)])?;
                        return text_result(&r, "__format__");
                    }
                }
            }
            _ => {}
        },
        _ => {}
    }
    if spec.is_empty() {
        return str(vm, v);
    }
    Err(type_error(format!(
        "unsupported format string passed to {}.__format__",
        class_data(&class_of(v)).name_str()
    )))
}
