//! Exceptions as values: turning `raise X` operands into exception objects, matching `except`
//! clauses, `raise ... from ...`, and exception attributes.

use crate::interp::{call, Vm};
use crate::object::class::{class_data, is_subclass, Layout};
use crate::object::exception::{exc_data, type_error, ExceptionData, PyErr};
use crate::object::{exc_types, Obj, Payload};
use crate::value::Value;
use crate::PyResult;

/// Whether `cls` is an exception class.
pub fn is_exception_class(v: &Value) -> bool {
    match v {
        Value::Obj(o) => {
            matches!(o.payload, Payload::Class(_)) && is_subclass(o, &exc_types().base_exception)
        }
        _ => false,
    }
}

/// The exception to raise for `raise v`: an instance is raised as is, a class is instantiated.
pub fn make_exception(vm: &mut Vm, v: Value) -> PyResult<PyErr> {
    if let Value::Obj(o) = &v {
        if exc_data(o).is_some() {
            return Ok(PyErr(o.clone()));
        }
        if is_exception_class(&v) {
            let inst = call(vm, &v, &[])?;
            if let Value::Obj(i) = &inst {
                if exc_data(i).is_some() {
                    return Ok(PyErr(i.clone()));
                }
            }
            return Err(type_error(format!(
                "calling {} should have returned an instance of BaseException, not {}",
                crate::ops::repr::repr(vm, &v)?,
                crate::object::type_name(&inst)
            )));
        }
    }
    Err(type_error("exceptions must derive from BaseException"))
}

/// `raise err from cause`.
pub fn set_cause(vm: &mut Vm, err: &PyErr, cause: Value) -> PyResult<()> {
    let cause = if cause.is_none() {
        Value::None
    } else {
        make_exception(vm, cause)
            .map_err(|_| type_error("exception causes must derive from BaseException"))?
            .value()
    };
    *err.data().cause.borrow_mut() = cause;
    err.data().suppress_context.set(true);
    Ok(())
}

/// `except cls:` — `cls` is a class or a tuple of classes.
pub fn exception_matches(exc: &Value, cls: &Value) -> PyResult<bool> {
    let Value::Obj(e) = exc else { return Ok(false) };
    let ecls = e.class();
    match cls.payload() {
        Some(Payload::Tuple(items)) => {
            for c in items.iter() {
                if exception_matches(exc, c)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        Some(Payload::Class(_)) if is_exception_class(cls) => {
            Ok(is_subclass(&ecls, cls.as_obj().expect("class")))
        }
        _ => Err(type_error(
            "catching classes that do not inherit from BaseException is not allowed",
        )),
    }
}

/// Sets an extra attribute (`name`, `obj`, `code`, ...) on an exception being raised.
pub fn set_attr_str(err: &PyErr, name: &str, value: Value) {
    set_attr_str_raw(err.data(), name, value);
}

pub fn set_attr_str_raw(data: &ExceptionData, name: &str, value: Value) {
    let mut slot = data.attrs.borrow_mut();
    let d = slot.get_or_insert_with(crate::object::new_dict);
    crate::builtins::dict::set_str_item(d, name, value);
}

/// Creates an exception instance of class `cls` with `args` (BaseException.__new__).
pub fn new_exception(cls: &Obj, args: Vec<Value>) -> Value {
    if is_subclass(cls, &exc_types().os_error) {
        return new_os_error(cls, args);
    }
    Value::Obj(Obj::new(
        cls,
        Payload::Exception(Box::new(ExceptionData::new(crate::object::new_tuple(args)))),
    ))
}

/// `OSError(errno, strerror[, filename[, winerror[, filename2]]])`, as CPython builds it:
/// plain `OSError` becomes the subclass for its errno (`OSError(2, ...)` is a
/// `FileNotFoundError`), the attributes come from the arguments, and with a filename the
/// arguments shrink to `(errno, strerror)`.
fn new_os_error(cls: &Obj, args: Vec<Value>) -> Value {
    let t = exc_types();
    let mut cls = cls.clone();
    let fields = (2..=5).contains(&args.len());
    if fields && cls.is(&t.os_error) {
        if let Value::Int(errno) = args[0] {
            if let Some(sub) = errno_subclass(errno) {
                cls = sub.clone();
            }
        }
    }
    let e = Obj::new(
        &cls,
        Payload::Exception(Box::new(ExceptionData::new(crate::object::new_tuple(
            vec![],
        )))),
    );
    if let Some(d) = exc_data(&e) {
        set_os_error_fields(d, args);
    }
    Value::Obj(e)
}

/// Sets `args` and, for 2 to 5 arguments, `errno`, `strerror`, `filename` and `filename2` of
/// an `OSError` (at `__new__` and again at `__init__`, as CPython's `OSError` does).
pub fn set_os_error_fields(d: &ExceptionData, mut args: Vec<Value>) {
    if (2..=5).contains(&args.len()) {
        set_attr_str_raw(d, "errno", args[0].clone());
        set_attr_str_raw(d, "strerror", args[1].clone());
        if let Some(f) = args.get(2).filter(|f| !f.is_none()).cloned() {
            set_attr_str_raw(d, "filename", f);
            if let Some(f2) = args.get(4).filter(|f| !f.is_none()).cloned() {
                set_attr_str_raw(d, "filename2", f2);
            }
            args.truncate(2);
        }
    }
    *d.args.borrow_mut() = crate::object::new_tuple(args);
}

/// The `OSError` subclass CPython picks for an errno (Linux numbering).
fn errno_subclass(errno: i64) -> Option<&'static Obj> {
    let t = exc_types();
    Some(match errno {
        11 | 114 | 115 => &t.blocking_io_error,
        10 => &t.child_process_error,
        32 | 108 => &t.broken_pipe_error,
        103 => &t.connection_aborted_error,
        111 => &t.connection_refused_error,
        104 => &t.connection_reset_error,
        17 => &t.file_exists_error,
        2 => &t.file_not_found_error,
        21 => &t.is_a_directory_error,
        20 => &t.not_a_directory_error,
        4 => &t.interrupted_error,
        1 | 13 => &t.permission_error,
        3 => &t.process_lookup_error,
        110 => &t.timeout_error,
        _ => return None,
    })
}

/// Whether instances of `cls` are exception objects.
pub fn has_exception_layout(cls: &Obj) -> bool {
    class_data(cls).layout == Layout::Exception
}
