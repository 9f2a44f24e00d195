//! Exception groups (PEP 654) and `except*`. The classes and the matching logic are Python
//! (`exception_group.py`), run once at startup in a namespace of their own; this module
//! installs them, provides the two natives they need for traceback metadata, and is what the
//! interpreter calls for `except*`'s `CheckEgMatch` and `PrepReraiseStar` instructions.

use std::cell::RefCell;

use super::dict;
use crate::interp::Vm;
use crate::object::exception::{exc_data, type_error};
use crate::object::function::Args;
use crate::object::{intern, new_builtin, new_str, Obj, Payload};
use crate::value::Value;
use crate::PyResult;

const SOURCE: &str = include_str!("exception_group.py");

thread_local! {
    /// `_eg_match` and `_prep_reraise_star` of the running interpreter.
    static HOOKS: RefCell<Option<(Value, Value)>> = const { RefCell::new(None) };
}

/// Runs the Python half and copies `BaseExceptionGroup`/`ExceptionGroup` into builtins.
pub fn install(vm: &mut Vm) {
    let ns = crate::object::new_dict();
    dict::set_str_item(&ns, "__name__", new_str("builtins"));
    for (name, f) in [
        ("_copy_exc_metadata", copy_exc_metadata as _),
        ("_same_exc_metadata", same_exc_metadata as _),
    ] {
        dict::set_item_str_obj(&ns, &intern(name), new_builtin(name, f, None));
    }
    crate::run_prelude(vm, "builtins", SOURCE, &ns);
    for name in ["BaseExceptionGroup", "ExceptionGroup"] {
        if let Some(cls) = dict::get_by_str(&ns, name) {
            dict::set_str_item(&vm.builtins_dict.clone(), name, cls);
        }
    }
    let hooks = dict::get_by_str(&ns, "_eg_match").zip(dict::get_by_str(&ns, "_prep_reraise_star"));
    HOOKS.with(|h| *h.borrow_mut() = hooks);
}

/// `(_eg_match, _prep_reraise_star)`.
fn hooks() -> (Value, Value) {
    HOOKS.with(|h| {
        h.borrow()
            .clone()
            .expect("exception groups are installed at startup")
    })
}

/// `except* match_type` against exception `exc`: returns (rest, match), either may be None.
pub fn eg_match(vm: &mut Vm, exc: &Value, match_type: &Value) -> PyResult<(Value, Value)> {
    let pair = crate::interp::call(vm, &hooks().0, &[exc.clone(), match_type.clone()])?;
    match pair.payload() {
        Some(Payload::Tuple(t)) if t.len() == 2 => Ok((t[0].clone(), t[1].clone())),
        _ => Err(type_error("_eg_match must return a pair")),
    }
}

/// The exception an `except*` statement raises when its clauses are done (None: nothing).
pub fn prep_reraise_star(vm: &mut Vm, orig: &Value, raised: &Value) -> PyResult<Value> {
    crate::interp::call(vm, &hooks().1, &[orig.clone(), raised.clone()])
}

fn two_exceptions<'a>(args: &Args<'a>) -> PyResult<(&'a Obj, &'a Obj)> {
    match args.pos() {
        [Value::Obj(a), Value::Obj(b), ..] if exc_data(a).is_some() && exc_data(b).is_some() => {
            Ok((a, b))
        }
        _ => Err(type_error("expected two exceptions")),
    }
}

/// `_copy_exc_metadata(src, dst, traceback_only=False)`: gives a part of an exception group
/// the traceback, cause and context of the whole (CPython's `exceptiongroup_subset`).
fn copy_exc_metadata(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (src, dst) = two_exceptions(&args)?;
    let (s, d) = (exc_data(src).unwrap(), exc_data(dst).unwrap());
    *d.traceback.borrow_mut() = s.traceback.borrow().clone();
    if !matches!(args.pos().get(2), Some(Value::Bool(true))) {
        *d.cause.borrow_mut() = s.cause.borrow().clone();
        *d.context.borrow_mut() = s.context.borrow().clone();
        d.suppress_context.set(s.suppress_context.get());
        d.context_set.set(true);
    }
    Ok(Value::None)
}

/// `_same_exc_metadata(a, b)`: whether `a` is `b` or a part of it re-raised unchanged (same
/// traceback, cause and context; in 3.11 the parts' copied `__notes__` do not count), which is
/// how `except*` tells a bare `raise` from a new exception.
fn same_exc_metadata(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, b) = two_exceptions(&args)?;
    let (da, db) = (exc_data(a).unwrap(), exc_data(b).unwrap());
    let same_tb = {
        let (ta, tb) = (da.traceback.borrow(), db.traceback.borrow());
        ta.len() == tb.len()
            && ta.iter().zip(tb.iter()).all(|(x, y)| {
                std::rc::Rc::ptr_eq(&x.code, &y.code) && x.pc == y.pc && x.aux == y.aux
            })
    };
    Ok(Value::Bool(
        same_tb
            && da.cause.borrow().is(&db.cause.borrow())
            && da.context.borrow().is(&db.context.borrow()),
    ))
}
