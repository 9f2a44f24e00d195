//! Functions: Python functions (code + globals + defaults + closure) and native builtins.

use std::cell::RefCell;
use std::rc::Rc;

use super::Obj;
use crate::bytecode::Code;
use crate::interp::Vm;
use crate::value::Value;
use crate::PyResult;

pub struct Function {
    pub code: Rc<Code>,
    /// The module namespace the function was defined in (a dict object).
    pub globals: Obj,
    pub name: RefCell<Obj>,
    pub qualname: RefCell<Obj>,
    /// Positional defaults, for the last `defaults.len()` positional parameters.
    pub defaults: RefCell<Vec<Value>>,
    /// Keyword-only defaults: (name, value).
    pub kwdefaults: RefCell<Vec<(Obj, Value)>>,
    /// Cells for the code's free variables.
    pub closure: Box<[Obj]>,
    /// Function attributes (`f.attr = ...`), created on first use.
    pub dict: RefCell<Option<Obj>>,
    /// `__doc__`, `__module__` and `__annotations__` (Null until first read or set): assignable
    /// attributes kept out of `__dict__`, as CPython keeps them in the function object.
    pub doc: RefCell<Value>,
    pub module: RefCell<Value>,
    pub annotations: RefCell<Value>,
}

/// The defaults that a call giving the first `n` of `argcount` positional parameters leaves
/// to the rest (`defaults` are for the last `defaults.len()` parameters): empty if it gives
/// them all, None if it gives more, or fewer than the parameters without a default.
pub fn defaults_for(argcount: usize, defaults: &[Value], n: usize) -> Option<&[Value]> {
    let first_default = argcount.checked_sub(defaults.len())?;
    if n > argcount || n < first_default {
        return None;
    }
    Some(&defaults[n - first_default..])
}

/// Arguments of a call: positional values, then the values of keyword arguments named by
/// `kwnames` (so `args.len() >= kwnames.len()`), as CPython's vectorcall passes them.
#[derive(Clone, Copy)]
pub struct Args<'a> {
    pub values: &'a [Value],
    pub kwnames: &'a [Obj],
}

impl<'a> Args<'a> {
    pub fn positional(values: &'a [Value]) -> Args<'a> {
        Args {
            values,
            kwnames: &[],
        }
    }

    /// The positional arguments.
    #[inline]
    pub fn pos(&self) -> &'a [Value] {
        &self.values[..self.values.len() - self.kwnames.len()]
    }

    /// The keyword arguments as (name, value).
    pub fn kwargs(&self) -> impl Iterator<Item = (&'a Obj, &'a Value)> {
        let start = self.values.len() - self.kwnames.len();
        self.kwnames.iter().zip(self.values[start..].iter())
    }

    pub fn has_kwargs(&self) -> bool {
        !self.kwnames.is_empty()
    }

    /// The value of keyword argument `name`, if given.
    pub fn kw(&self, name: &str) -> Option<&'a Value> {
        self.kwargs()
            .find(|(n, _)| super::str_of(n) == name)
            .map(|(_, v)| v)
    }
}

/// A native function: `self_` is the bound receiver for builtin methods looked up on an object.
pub type NativeFn = fn(&mut Vm, Args) -> PyResult<Value>;

pub struct Builtin {
    pub name: &'static str,
    pub func: NativeFn,
    /// For a method bound to a receiver, the receiver (passed as the first argument).
    pub self_: Option<Value>,
    /// The class that defines it, for method reprs (`<method 'split' of 'str' objects>`).
    pub owner: Option<&'static str>,
}
