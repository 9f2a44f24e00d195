//! `tee`: independent iterators over one input, sharing what has been read. As in CPython,
//! the items read are kept in a linked list of `_tee_dataobject` blocks of 57 items; each
//! `_tee` iterator holds a block and its position in it, so a block is freed once every
//! iterator has moved past it. The blocks are objects of their own (not shared Rust data) so
//! the cycle collector sees each reference once.

use std::cell::{Cell, RefCell};

use super::{check_positional, classes, cls_arg, new_it, with_state, Classes, State};
use crate::builtins::number::ssize_arg;
use crate::builtins::{add_method, no_kwargs};
use crate::interp::{call, Vm};
use crate::object::exception::{runtime_error, value_error};
use crate::object::function::Args;
use crate::object::{exc_types, native_ref, new_native, new_tuple, NativeData, Obj};
use crate::ops;
use crate::ops::iter::{get_iter, next};
use crate::value::Value;
use crate::PyResult;

/// Items per block, as CPython's `LINKCELLS`.
const LINKCELLS: usize = 57;

/// A block of items read from the shared input.
struct TeeData {
    it: RefCell<Value>,
    values: RefCell<Vec<Value>>,
    /// Set while the input is being read, so a re-entrant read is refused.
    running: Cell<bool>,
    nextlink: RefCell<Option<Value>>,
}

impl NativeData for TeeData {
    fn is_container(&self) -> bool {
        true
    }

    fn traverse(&self, f: &mut dyn FnMut(&Obj)) -> bool {
        let (Ok(it), Ok(values), Ok(next)) = (
            self.it.try_borrow(),
            self.values.try_borrow(),
            self.nextlink.try_borrow(),
        ) else {
            return false;
        };
        for v in std::iter::once(&*it)
            .chain(values.iter())
            .chain(next.iter())
        {
            if let Value::Obj(o) = v {
                f(o);
            }
        }
        true
    }

    fn clear(&self, out: &mut Vec<Value>) {
        if let Ok(mut it) = self.it.try_borrow_mut() {
            out.push(std::mem::replace(&mut *it, Value::None));
        }
        if let Ok(mut values) = self.values.try_borrow_mut() {
            out.append(&mut values);
        }
        if let Ok(mut next) = self.nextlink.try_borrow_mut() {
            out.extend(next.take());
        }
    }
}

impl Drop for TeeData {
    /// Frees a long chain of blocks iteratively (a lagging iterator can hold thousands), as
    /// CPython's `teedataobject_safe_decref` does.
    fn drop(&mut self) {
        let mut link = self.nextlink.get_mut().take();
        while let Some(v) = link {
            link = match &v {
                Value::Obj(o) if o.refcount() == 1 => {
                    native_ref::<TeeData>(&v).and_then(|d| d.nextlink.borrow_mut().take())
                }
                _ => None,
            };
            drop(v);
        }
    }
}

fn new_data(it: Value) -> Value {
    new_native(
        &classes().tee_dataobject,
        TeeData {
            it: RefCell::new(it),
            values: RefCell::new(Vec::new()),
            running: Cell::new(false),
            nextlink: RefCell::new(None),
        },
    )
}

/// A `_tee` iterator: its block and the position of its next item in it.
pub(crate) struct Tee {
    data: Value,
    index: usize,
}

impl Tee {
    pub fn visit(&self, f: &mut dyn FnMut(&Value)) {
        f(&self.data);
    }

    pub fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        if self.index >= LINKCELLS {
            let d = native_ref::<TeeData>(&self.data).expect("a tee block");
            let link = d
                .nextlink
                .borrow_mut()
                .get_or_insert_with(|| new_data(d.it.borrow().clone()))
                .clone();
            self.data = link;
            self.index = 0;
        }
        let data = self.data.clone();
        let d = native_ref::<TeeData>(&data).expect("a tee block");
        if let Some(v) = d.values.borrow().get(self.index) {
            self.index += 1;
            return Ok(Some(v.clone()));
        }
        // This is the lead iterator: read one more item.
        if d.running.get() {
            return Err(runtime_error("cannot re-enter the tee iterator"));
        }
        d.running.set(true);
        let it = d.it.borrow().clone();
        let r = next(vm, &it);
        d.running.set(false);
        let Some(v) = r? else {
            return Ok(None);
        };
        d.values.borrow_mut().push(v.clone());
        self.index += 1;
        Ok(Some(v))
    }
}

pub fn install(c: &Classes) {
    add_method(&c.tee, "__copy__", tee_copy);
}

fn new_tee(data: Value, index: usize) -> Value {
    new_it(&classes().tee, State::Tee(Tee { data, index }))
}

fn tee_copy(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = &args.values[0];
    let (data, index) = with_state(this, |st| match st {
        State::Tee(t) => Ok((t.data.clone(), t.index)),
        _ => Err(super::wrong_receiver(this)),
    })?;
    Ok(new_tee(data, index))
}

/// A `_tee` over `iterable`; a copy when the iterator is a `_tee` already.
fn from_iterable(vm: &mut Vm, iterable: &Value) -> PyResult<Value> {
    let it = get_iter(vm, iterable)?;
    if let Value::Obj(o) = &it {
        if o.class().is(&classes().tee) {
            return tee_copy(vm, Args::positional(std::slice::from_ref(&it)));
        }
    }
    Ok(new_tee(new_data(it), 0))
}

/// `itertools._tee(iterable)`.
pub fn tee_type_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs("_tee", &args)?;
    cls_arg(&args)?;
    check_positional("_tee", args.values.len() - 1, 1, 1)?;
    from_iterable(vm, &args.values[1])
}

/// `itertools.tee(iterable, n=2, /)`: iterators with a `__copy__` are copied, others are
/// wrapped in a `_tee` first.
pub fn tee(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs("itertools.tee", &args)?;
    check_positional("tee", args.values.len(), 1, 2)?;
    let n = match args.values.get(1) {
        Some(v) => ssize_arg(vm, v)?,
        None => 2,
    };
    if n < 0 {
        return Err(value_error("n must be >= 0"));
    }
    if n == 0 {
        return Ok(new_tuple(Vec::new()));
    }
    let it = get_iter(vm, &args.values[0])?;
    let (first, copy) = match ops::attr::get_attr_str(vm, &it, "__copy__") {
        Ok(f) => (it, f),
        Err(e) if e.is_instance(&exc_types().attribute_error) => {
            let t = from_iterable(vm, &it)?;
            let f = ops::attr::get_attr_str(vm, &t, "__copy__")?;
            (t, f)
        }
        Err(e) => return Err(e),
    };
    let mut out = vec![first];
    for _ in 1..n {
        out.push(call(vm, &copy, &[])?);
    }
    Ok(new_tuple(out))
}
