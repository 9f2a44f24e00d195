//! Exception objects and `PyErr`, the Rust-side error that carries one.
//!
//! A Python exception propagates through Rust as `Err(PyErr)`. The exception object records the
//! traceback as (code, instruction) pairs appended while it unwinds frame by frame, innermost
//! first; printing reverses them.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::{exc_types, new_str, new_tuple, Obj, Payload};
use crate::bytecode::Code;
use crate::value::Value;

#[derive(Clone)]
pub struct TracebackEntry {
    pub code: Rc<Code>,
    pub pc: usize,
    /// The error came from the first part of a superinstruction (see `Code::position`).
    pub aux: bool,
}

pub struct ExceptionData {
    pub args: RefCell<Value>,
    pub cause: RefCell<Value>,
    pub context: RefCell<Value>,
    pub suppress_context: Cell<bool>,
    pub traceback: RefCell<Vec<TracebackEntry>>,
    /// Whether `__context__` has been decided (set once, where the exception is first raised).
    pub context_set: Cell<bool>,
    /// Set by a superinstruction whose first part raised: the traceback entry about to be
    /// recorded uses that part's position.
    pub aux_position: Cell<bool>,
    /// Other attributes (`e.code`, user fields): a dict object, made on first use.
    pub attrs: RefCell<Option<Obj>>,
    /// For NameError: the names that were in scope (locals, globals, builtins), for the
    /// traceback's "Did you mean" suggestion.
    pub name_scopes: RefCell<Vec<Vec<String>>>,
}

impl ExceptionData {
    pub fn new(args: Value) -> ExceptionData {
        ExceptionData {
            args: RefCell::new(args),
            cause: RefCell::new(Value::None),
            context: RefCell::new(Value::None),
            suppress_context: Cell::new(false),
            traceback: RefCell::new(Vec::new()),
            context_set: Cell::new(false),
            aux_position: Cell::new(false),
            attrs: RefCell::new(None),
            name_scopes: RefCell::new(Vec::new()),
        }
    }
}

/// A raised Python exception on its way up the Rust stack.
#[derive(Clone, Debug)]
pub struct PyErr(pub Obj);

impl PyErr {
    /// An exception of class `cls` with one string argument.
    pub fn new(cls: &Obj, msg: impl Into<String>) -> PyErr {
        let msg: String = msg.into();
        PyErr::with_args(cls, vec![new_str(msg)])
    }

    pub fn with_args(cls: &Obj, args: Vec<Value>) -> PyErr {
        PyErr(Obj::new(
            cls,
            Payload::Exception(Box::new(ExceptionData::new(new_tuple(args)))),
        ))
    }

    pub fn data(&self) -> &ExceptionData {
        exc_data(&self.0).expect("PyErr holds an exception")
    }

    pub fn value(&self) -> Value {
        Value::Obj(self.0.clone())
    }

    pub fn is_instance(&self, cls: &Obj) -> bool {
        super::class::is_subclass(&self.0.class(), cls)
    }
}

pub fn exc_data(o: &Obj) -> Option<&ExceptionData> {
    match &o.payload {
        Payload::Exception(d) => Some(d),
        _ => None,
    }
}

macro_rules! error_ctor {
    ($($fn_name:ident => $field:ident),* $(,)?) => {
        $(
            pub fn $fn_name(msg: impl Into<String>) -> PyErr {
                PyErr::new(&exc_types().$field, msg)
            }
        )*
    };
}

error_ctor! {
    type_error => type_error,
    value_error => value_error,
    index_error => index_error,
    attribute_error => attribute_error,
    name_error => name_error,
    zero_division_error => zero_division_error,
    overflow_error => overflow_error,
    runtime_error => runtime_error,
    not_implemented_error => not_implemented_error,
    recursion_error => recursion_error,
    unbound_local_error => unbound_local_error,
    import_error => import_error,
    module_not_found_error => module_not_found_error,
    os_error => os_error,
    memory_error => memory_error,
    assertion_error => assertion_error,
    syntax_error => syntax_error,
    unicode_decode_error => unicode_decode_error,
    unicode_encode_error => unicode_encode_error,
    file_not_found_error => file_not_found_error,
    eof_error => eof_error,
}

/// `KeyError(key)`: the key itself is the argument, so the message is its repr.
pub fn key_error(key: Value) -> PyErr {
    PyErr::with_args(&exc_types().key_error, vec![key])
}

pub fn stop_iteration(value: Value) -> PyErr {
    if value.is_none() {
        PyErr::with_args(&exc_types().stop_iteration, vec![])
    } else {
        PyErr::with_args(&exc_types().stop_iteration, vec![value])
    }
}
