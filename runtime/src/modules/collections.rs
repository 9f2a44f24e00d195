//! `_collections`: the native half of `collections`, as CPython's `_collectionsmodule.c`.
//!
//! - `deque`: a double-ended queue over a `VecDeque`, with CPython's `maxlen` trimming, its
//!   "mutated during iteration" checks (a `state` counter bumped by every change of the
//!   deque's length or order, compared by iterators and searches) and its error messages.
//! - `defaultdict`: a subclass of `dict` laid out as user subclasses of builtin types are
//!   (a `Dict` payload whose class is `defaultdict`), so every dict operation works on it
//!   unchanged; `default_factory` lives in the object's attribute side table and `d[k]` on a
//!   missing key reaches `__missing__` through the dict subscript's generic lookup.
//!
//! - `_tuplegetter`: the read-only field descriptors of `namedtuple` classes.
//!
//! Class names carry the module (`collections.deque`) as CPython's `tp_name` does, so error
//! messages say `'collections.deque' object ...`; `__name__` gives the short name.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;

use crate::builtins::number::ssize_arg;
use crate::builtins::{add_class_attr, add_method, add_module_function, bind, check_args, dict};
use crate::bytecode::CmpOp;
use crate::interp::call::call_args;
use crate::interp::{call, Vm};
use crate::object::class::{class_data, Layout};
use crate::object::exception::{
    index_error, memory_error, runtime_error, stop_iteration, type_error, value_error, PyErr,
};
use crate::object::function::Args;
use crate::object::types::{make_class, make_native_subclass};
use crate::object::{
    class_of, intern, native_ref, new_builtin, new_module, new_native, new_str, type_name, types,
    NativeData, Obj, Payload,
};
use crate::ops;
use crate::value::Value;
use crate::PyResult;

/// The classes of the module, made once per thread so every import shares them.
struct Classes {
    deque: Obj,
    deque_iter: Obj,
    deque_reverse_iter: Obj,
    defaultdict: Obj,
    tuplegetter: Obj,
}

thread_local! {
    static CLASSES: Classes = make_classes();
}

fn classes<T>(f: impl FnOnce(&Classes) -> T) -> T {
    CLASSES.with(f)
}

/// Names a native class as CPython does: `tp_name` "module.name" (what error messages use),
/// `__qualname__` "name", `__module__` "module".
fn name_class(cls: &Obj, module: &str, name: &str) {
    let data = class_data(cls);
    *data.name.borrow_mut() = format!("{module}.{name}");
    *data.qualname.borrow_mut() = name.to_string();
    *data.module.borrow_mut() = module.to_string();
}

fn make_classes() -> Classes {
    let t = types();
    let deque = make_class("deque", std::slice::from_ref(&t.object), Layout::Builtin);
    let deque_iter = make_class(
        "_deque_iterator",
        std::slice::from_ref(&t.object),
        Layout::Builtin,
    );
    let deque_reverse_iter = make_class(
        "_deque_reverse_iterator",
        std::slice::from_ref(&t.object),
        Layout::Builtin,
    );
    let defaultdict = make_native_subclass("defaultdict", &t.dict);
    let tuplegetter = make_class(
        "_tuplegetter",
        std::slice::from_ref(&t.object),
        Layout::Builtin,
    );
    name_class(&tuplegetter, "_collections", "_tuplegetter");
    install_tuplegetter(&tuplegetter);
    name_class(&deque, "collections", "deque");
    name_class(&deque_iter, "_collections", "_deque_iterator");
    name_class(
        &deque_reverse_iter,
        "_collections",
        "_deque_reverse_iterator",
    );
    name_class(&defaultdict, "collections", "defaultdict");
    install_deque(&deque);
    for it in [&deque_iter, &deque_reverse_iter] {
        add_method(it, "__iter__", iter_self);
        add_method(it, "__next__", deque_iter_next);
        add_method(it, "__length_hint__", deque_iter_length_hint);
    }
    install_defaultdict(&defaultdict);
    Classes {
        deque,
        deque_iter,
        deque_reverse_iter,
        defaultdict,
        tuplegetter,
    }
}

pub fn create() -> Obj {
    let m = new_module("_collections");
    let d = crate::object::module_dict(&m);
    classes(|c| {
        dict::set_str_item(&d, "deque", Value::Obj(c.deque.clone()));
        dict::set_str_item(&d, "defaultdict", Value::Obj(c.defaultdict.clone()));
        dict::set_str_item(&d, "_tuplegetter", Value::Obj(c.tuplegetter.clone()));
    });
    add_module_function(&m, "_with_caller_module", with_caller_module);
    m
}

/// A `classmethod` wrapping native `f` (for `__class_getitem__`).
fn native_classmethod(name: &'static str, f: crate::object::function::NativeFn) -> Value {
    Value::Obj(Obj::new(
        &types().classmethod,
        Payload::ClassMethod(new_builtin(name, f, None)),
    ))
}

fn class_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("__class_getitem__", &args, 2, 2)?;
    crate::builtins::generic_alias(vm, &args.values[0], &args.values[1])
}

// ---- deque --------------------------------------------------------------------------------

struct Deque {
    items: RefCell<VecDeque<Value>>,
    maxlen: Cell<Option<usize>>,
    /// Bumped by every change of length or order; iterators and searches compare it.
    state: Cell<u64>,
}

impl Deque {
    fn new(maxlen: Option<usize>) -> Deque {
        Deque {
            items: RefCell::new(VecDeque::new()),
            maxlen: Cell::new(maxlen),
            state: Cell::new(0),
        }
    }

    fn bump(&self) {
        self.state.set(self.state.get().wrapping_add(1));
    }

    fn len(&self) -> usize {
        self.items.borrow().len()
    }

    fn get(&self, i: usize) -> Option<Value> {
        self.items.borrow().get(i).cloned()
    }

    /// `append`: adds on the right, dropping from the left past `maxlen`.
    fn push_back(&self, v: Value) {
        let dropped = {
            let mut items = self.items.borrow_mut();
            items.push_back(v);
            match self.maxlen.get() {
                Some(m) if items.len() > m => items.pop_front(),
                _ => None,
            }
        };
        self.bump();
        drop(dropped);
    }

    fn push_front(&self, v: Value) {
        let dropped = {
            let mut items = self.items.borrow_mut();
            items.push_front(v);
            match self.maxlen.get() {
                Some(m) if items.len() > m => items.pop_back(),
                _ => None,
            }
        };
        self.bump();
        drop(dropped);
    }

    fn snapshot(&self) -> Vec<Value> {
        self.items.borrow().iter().cloned().collect()
    }
}

impl NativeData for Deque {
    fn is_container(&self) -> bool {
        true
    }
    fn traverse(&self, f: &mut dyn FnMut(&Obj)) -> bool {
        let Ok(items) = self.items.try_borrow() else {
            return false;
        };
        for v in items.iter() {
            if let Value::Obj(o) = v {
                f(o);
            }
        }
        true
    }
    fn clear(&self, out: &mut Vec<Value>) {
        if let Ok(mut items) = self.items.try_borrow_mut() {
            out.extend(items.drain(..));
        }
    }
}

fn install_deque(c: &Obj) {
    add_method(c, "__new__", deque_new);
    add_method(c, "__init__", deque_init);
    add_method(c, "append", deque_append);
    add_method(c, "appendleft", deque_appendleft);
    add_method(c, "pop", deque_pop);
    add_method(c, "popleft", deque_popleft);
    add_method(c, "extend", deque_extend);
    add_method(c, "extendleft", deque_extendleft);
    add_method(c, "rotate", deque_rotate);
    add_method(c, "clear", deque_clear);
    add_method(c, "copy", deque_copy);
    add_method(c, "__copy__", deque_copy);
    add_method(c, "__reduce__", deque_reduce);
    add_method(c, "count", deque_count);
    add_method(c, "index", deque_index);
    add_method(c, "insert", deque_insert);
    add_method(c, "remove", deque_remove);
    add_method(c, "reverse", deque_reverse);
    add_method(c, "__len__", deque_len);
    add_method(c, "__iter__", deque_iter);
    add_method(c, "__reversed__", deque_reversed);
    add_method(c, "__getitem__", deque_getitem);
    add_method(c, "__setitem__", deque_setitem);
    add_method(c, "__delitem__", deque_delitem);
    add_method(c, "__contains__", deque_contains);
    add_method(c, "__eq__", deque_eq);
    add_method(c, "__ne__", deque_ne);
    add_method(c, "__lt__", deque_lt);
    add_method(c, "__le__", deque_le);
    add_method(c, "__gt__", deque_gt);
    add_method(c, "__ge__", deque_ge);
    add_method(c, "__add__", deque_add);
    add_method(c, "__iadd__", deque_iadd);
    add_method(c, "__mul__", deque_mul);
    add_method(c, "__rmul__", deque_mul);
    add_method(c, "__imul__", deque_imul);
    add_method(c, "__repr__", deque_repr);
    add_class_attr(c, "__hash__", Value::None);
    add_class_attr(
        c,
        "__class_getitem__",
        native_classmethod("__class_getitem__", class_getitem),
    );
    let maxlen = new_builtin("maxlen", deque_maxlen, Some("collections.deque"));
    let readonly = new_builtin("maxlen", deque_maxlen_set, Some("collections.deque"));
    add_class_attr(
        c,
        "maxlen",
        property(
            maxlen,
            readonly.clone(),
            readonly,
            "maximum size of a deque or None if unbounded",
        ),
    );
}

/// A data descriptor with native accessors (CPython's member and getset descriptors).
fn property(get: Value, set: Value, delete: Value, doc: &str) -> Value {
    Value::Obj(Obj::new(
        &types().property,
        Payload::Property(Box::new(crate::object::Property::new([
            get,
            set,
            delete,
            new_str(doc),
        ]))),
    ))
}

/// The deque `args[0]` (the receiver of a method).
fn this<'a>(args: &Args<'a>, method: &str) -> PyResult<&'a Deque> {
    let v = args.values.first().ok_or_else(|| {
        type_error(format!(
            "descriptor '{method}' of 'collections.deque' object needs an argument"
        ))
    })?;
    let dq = native_ref::<Deque>(v).ok_or_else(|| {
        type_error(format!(
            "descriptor '{method}' for 'collections.deque' objects doesn't apply to a '{}' object",
            type_name(v)
        ))
    })?;
    if args.has_kwargs() && method != "__init__" {
        return Err(type_error(format!(
            "deque.{method}() takes no keyword arguments"
        )));
    }
    Ok(dq)
}

fn mutated() -> PyErr {
    runtime_error("deque mutated during iteration")
}

/// Parses `(iterable=(), maxlen=None)` as `deque()` and `deque.__init__` do.
fn parse_init<'a>(vm: &mut Vm, args: &Args<'a>) -> PyResult<(Option<&'a Value>, Option<usize>)> {
    let rest = Args {
        values: &args.values[1..],
        kwnames: args.kwnames,
    };
    let slots = bind("deque", &rest, &["iterable", "maxlen"], 0, 0)?;
    let maxlen = match slots[1] {
        None | Some(Value::None) => None,
        Some(v) => {
            if !is_int(v) {
                return Err(type_error("an integer is required"));
            }
            let n = ssize_arg(vm, v)?;
            if n < 0 {
                return Err(value_error("maxlen must be non-negative"));
            }
            Some(n as usize)
        }
    };
    Ok((slots[0], maxlen))
}

fn is_int(v: &Value) -> bool {
    match v {
        Value::Int(_) | Value::Bool(_) => true,
        Value::Obj(o) => matches!(o.payload, Payload::BigInt(_)),
        _ => false,
    }
}

/// `deque.__new__(cls, ...)`. A call of `deque` itself is complete after `__new__` (the
/// runtime runs no builtin `__init__` then), so the arguments are used here; subclasses get
/// an empty deque that their `__init__` fills, as CPython's `deque_new`/`deque_init` split.
fn deque_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = match args.values.first() {
        Some(Value::Obj(c)) if matches!(c.payload, Payload::Class(_)) => c.clone(),
        _ => return Err(type_error("deque.__new__(X): X is not a type object")),
    };
    let (iterable, maxlen) = parse_init(vm, &args)?;
    let d = new_native(&cls, Deque::new(maxlen));
    if let Some(it) = iterable {
        extend(vm, &d, it, false)?;
    }
    Ok(d)
}

fn deque_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let dq = this(&args, "__init__")?;
    let (iterable, maxlen) = parse_init(vm, &args)?;
    dq.maxlen.set(maxlen);
    if dq.len() > 0 {
        clear(dq);
    }
    if let Some(it) = iterable {
        extend(vm, &args.values[0], it, false)?;
    }
    Ok(Value::None)
}

fn clear(dq: &Deque) {
    let old = std::mem::take(&mut *dq.items.borrow_mut());
    dq.bump();
    drop(old);
}

/// Appends the items of `iterable` on the right (or, one by one, on the left).
fn extend(vm: &mut Vm, d: &Value, iterable: &Value, left: bool) -> PyResult<()> {
    let dq = native_ref::<Deque>(d).expect("deque");
    // Extending a deque by itself iterates over a copy, as CPython does.
    if iterable.is(d) {
        for v in dq.snapshot() {
            if left {
                dq.push_front(v);
            } else {
                dq.push_back(v);
            }
        }
        return Ok(());
    }
    let it = ops::iter::get_iter(vm, iterable)?;
    while let Some(v) = ops::iter::next(vm, &it)? {
        if left {
            dq.push_front(v);
        } else {
            dq.push_back(v);
        }
    }
    Ok(())
}

fn deque_append(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let dq = this(&args, "append")?;
    check_args("deque.append", &Args::positional(&args.values[1..]), 1, 1)?;
    if dq.maxlen.get() == Some(0) {
        return Ok(Value::None);
    }
    dq.push_back(args.values[1].clone());
    Ok(Value::None)
}

fn deque_appendleft(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let dq = this(&args, "appendleft")?;
    check_args(
        "deque.appendleft",
        &Args::positional(&args.values[1..]),
        1,
        1,
    )?;
    if dq.maxlen.get() == Some(0) {
        return Ok(Value::None);
    }
    dq.push_front(args.values[1].clone());
    Ok(Value::None)
}

fn deque_pop(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let dq = this(&args, "pop")?;
    check_args("deque.pop", &Args::positional(&args.values[1..]), 0, 0)?;
    let v = dq.items.borrow_mut().pop_back();
    match v {
        Some(v) => {
            dq.bump();
            Ok(v)
        }
        None => Err(index_error("pop from an empty deque")),
    }
}

fn deque_popleft(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let dq = this(&args, "popleft")?;
    check_args("deque.popleft", &Args::positional(&args.values[1..]), 0, 0)?;
    let v = dq.items.borrow_mut().pop_front();
    match v {
        Some(v) => {
            dq.bump();
            Ok(v)
        }
        None => Err(index_error("pop from an empty deque")),
    }
}

fn deque_extend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(&args, "extend")?;
    check_args("deque.extend", &Args::positional(&args.values[1..]), 1, 1)?;
    extend(vm, &args.values[0], &args.values[1], false)?;
    Ok(Value::None)
}

fn deque_extendleft(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(&args, "extendleft")?;
    check_args(
        "deque.extendleft",
        &Args::positional(&args.values[1..]),
        1,
        1,
    )?;
    extend(vm, &args.values[0], &args.values[1], true)?;
    Ok(Value::None)
}

fn deque_rotate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let dq = this(&args, "rotate")?;
    check_args("deque.rotate", &Args::positional(&args.values[1..]), 0, 1)?;
    let n = match args.values.get(1) {
        Some(v) => ssize_arg(vm, v)?,
        None => 1,
    };
    let mut items = dq.items.borrow_mut();
    let len = items.len() as i64;
    if len > 1 {
        let k = n.rem_euclid(len) as usize;
        items.rotate_right(k);
    }
    drop(items);
    dq.bump();
    Ok(Value::None)
}

fn deque_clear(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let dq = this(&args, "clear")?;
    clear(dq);
    Ok(Value::None)
}

/// `copy()`: a deque of the same class and `maxlen` (subclasses are called as
/// `type(d)(d, maxlen)`, as CPython's `deque_copy`).
fn deque_copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let dq = this(&args, "copy")?;
    let d = &args.values[0];
    let cls = class_of(d);
    if classes(|c| c.deque.is(&cls)) {
        let copy = Deque::new(dq.maxlen.get());
        *copy.items.borrow_mut() = dq.items.borrow().clone();
        return Ok(new_native(&cls, copy));
    }
    let cls = Value::Obj(cls);
    match dq.maxlen.get() {
        None => call(vm, &cls, std::slice::from_ref(d)),
        Some(m) => call(vm, &cls, &[d.clone(), Value::Int(m as i64)]),
    }
}

/// `deque.__reduce__`: `(cls, ((), maxlen), state, iter(d))` (`()` when unbounded), so
/// `copy.deepcopy` and pickling rebuild the deque, its bound and a subclass's attributes.
fn deque_reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let dq = this(&args, "__reduce__")?;
    let d = &args.values[0];
    let empty = crate::object::new_tuple(Vec::new());
    let ctor_args = match dq.maxlen.get() {
        None => empty,
        Some(m) => crate::object::new_tuple(vec![empty, Value::Int(m as i64)]),
    };
    let it = ops::iter::get_iter(vm, d)?;
    Ok(crate::object::new_tuple(vec![
        Value::Obj(class_of(d)),
        ctor_args,
        reduce_state(d),
        it,
    ]))
}

/// The state `object.__reduce_ex__` would give an instance of a subclass: its attribute dict,
/// or None when it has none or it is empty.
fn reduce_state(v: &Value) -> Value {
    match ops::attr::instance_dict(v) {
        Some(Value::Obj(d)) if dict::len(&d) > 0 => Value::Obj(d),
        _ => Value::None,
    }
}

/// Calls `f(item)` for each item while the deque is unchanged; `f` returns whether to stop.
/// Returns the position it stopped at.
fn search(
    vm: &mut Vm,
    dq: &Deque,
    from: usize,
    to: usize,
    mut f: impl FnMut(&mut Vm, &Value) -> PyResult<bool>,
) -> PyResult<Option<usize>> {
    let state = dq.state.get();
    let mut i = from;
    while i < to {
        let Some(item) = dq.get(i) else { break };
        let stop = f(vm, &item)?;
        if dq.state.get() != state {
            return Err(mutated());
        }
        if stop {
            return Ok(Some(i));
        }
        i += 1;
    }
    Ok(None)
}

fn deque_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let dq = this(&args, "count")?;
    check_args("deque.count", &Args::positional(&args.values[1..]), 1, 1)?;
    let x = args.values[1].clone();
    let mut n = 0;
    search(vm, dq, 0, dq.len(), |vm, item| {
        if ops::compare::eq(vm, item, &x)? {
            n += 1;
        }
        Ok(false)
    })?;
    Ok(Value::Int(n))
}

/// A `start`/`stop` argument of `index`, clamped as slice bounds are.
fn slice_bound(vm: &mut Vm, v: &Value, len: usize) -> PyResult<usize> {
    let i = match ops::seq::to_index(vm, v)? {
        Some(i) => i,
        None => {
            return Err(type_error(
                "slice indices must be integers or have an __index__ method",
            ))
        }
    };
    let len = len as i64;
    Ok((if i < 0 { (i + len).max(0) } else { i.min(len) }) as usize)
}

fn deque_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let dq = this(&args, "index")?;
    let n = args.values.len() - 1;
    if !(1..=3).contains(&n) {
        return Err(type_error(if n == 0 {
            "index() takes at least 1 argument (0 given)".to_string()
        } else {
            format!("index() takes at most 3 arguments ({n} given)")
        }));
    }
    let x = args.values[1].clone();
    let len = dq.len();
    let start = match args.values.get(2) {
        Some(v) => slice_bound(vm, v, len)?,
        None => 0,
    };
    let stop = match args.values.get(3) {
        Some(v) => slice_bound(vm, v, len)?,
        None => len,
    };
    match search(vm, dq, start, stop, |vm, item| {
        ops::compare::eq(vm, item, &x)
    })? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(value_error(format!(
            "{} is not in deque",
            ops::repr::repr(vm, &x)?
        ))),
    }
}

fn deque_insert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let dq = this(&args, "insert")?;
    if args.values.len() != 3 || args.has_kwargs() {
        return Err(type_error(format!(
            "insert() takes exactly 2 arguments ({} given)",
            args.values.len() - 1
        )));
    }
    let i = ssize_arg(vm, &args.values[1])?;
    let len = dq.len();
    if dq.maxlen.get() == Some(len) {
        return Err(index_error("deque already at its maximum size"));
    }
    let len = len as i64;
    let at = if i < 0 { (i + len).max(0) } else { i.min(len) };
    dq.items
        .borrow_mut()
        .insert(at as usize, args.values[2].clone());
    dq.bump();
    Ok(Value::None)
}

fn deque_remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let dq = this(&args, "remove")?;
    check_args("deque.remove", &Args::positional(&args.values[1..]), 1, 1)?;
    let x = args.values[1].clone();
    let state = dq.state.get();
    for i in 0..dq.len() {
        let Some(item) = dq.get(i) else { break };
        let equal = ops::compare::eq(vm, &item, &x)?;
        if dq.state.get() != state {
            return Err(index_error("deque mutated during iteration"));
        }
        if equal {
            let removed = dq.items.borrow_mut().remove(i);
            dq.bump();
            drop(removed);
            return Ok(Value::None);
        }
    }
    Err(value_error(format!(
        "{} is not in deque",
        ops::repr::repr(vm, &x)?
    )))
}

fn deque_reverse(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let dq = this(&args, "reverse")?;
    dq.items.borrow_mut().make_contiguous().reverse();
    Ok(Value::None)
}

fn deque_len(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(this(&args, "__len__")?.len() as i64))
}

fn deque_maxlen(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(match this(&args, "maxlen")?.maxlen.get() {
        Some(m) => Value::Int(m as i64),
        None => Value::None,
    })
}

/// Setting or deleting `maxlen`: a read-only member in CPython.
fn deque_maxlen_set(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(crate::object::exception::attribute_error(
        "attribute 'maxlen' of 'collections.deque' objects is not writable",
    ))
}

/// The position `key` names in a deque of `len` items, as `d[key]` reads it.
fn position(vm: &mut Vm, key: &Value, len: usize) -> PyResult<usize> {
    let i = match ops::seq::to_index(vm, key)? {
        Some(i) => i,
        None => {
            return Err(type_error(format!(
                "sequence index must be integer, not '{}'",
                type_name(key)
            )))
        }
    };
    let j = if i < 0 { i + len as i64 } else { i };
    if j < 0 || j >= len as i64 {
        return Err(index_error("deque index out of range"));
    }
    Ok(j as usize)
}

fn deque_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let dq = this(&args, "__getitem__")?;
    check_args("__getitem__", &Args::positional(&args.values[1..]), 1, 1)?;
    if let Value::Int(i) = args.values[1] {
        let items = dq.items.borrow();
        let j = if i < 0 { i + items.len() as i64 } else { i };
        return match usize::try_from(j).ok().and_then(|j| items.get(j)) {
            Some(v) => Ok(v.clone()),
            None => Err(index_error("deque index out of range")),
        };
    }
    let at = position(vm, &args.values[1], dq.len())?;
    Ok(dq.get(at).unwrap_or(Value::None))
}

fn deque_setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let dq = this(&args, "__setitem__")?;
    check_args("__setitem__", &Args::positional(&args.values[1..]), 2, 2)?;
    let at = position(vm, &args.values[1], dq.len())?;
    let old = std::mem::replace(&mut dq.items.borrow_mut()[at], args.values[2].clone());
    drop(old);
    Ok(Value::None)
}

fn deque_delitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let dq = this(&args, "__delitem__")?;
    check_args("__delitem__", &Args::positional(&args.values[1..]), 1, 1)?;
    let at = position(vm, &args.values[1], dq.len())?;
    let old = dq.items.borrow_mut().remove(at);
    dq.bump();
    drop(old);
    Ok(Value::None)
}

fn deque_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let dq = this(&args, "__contains__")?;
    check_args("__contains__", &Args::positional(&args.values[1..]), 1, 1)?;
    let x = args.values[1].clone();
    let found = search(vm, dq, 0, dq.len(), |vm, item| {
        ops::compare::eq(vm, item, &x)
    })?;
    Ok(Value::Bool(found.is_some()))
}

fn compare(vm: &mut Vm, args: Args, op: CmpOp) -> PyResult<Value> {
    let a = this(&args, op_dunder(op))?;
    check_args(op_dunder(op), &Args::positional(&args.values[1..]), 1, 1)?;
    let Some(b) = native_ref::<Deque>(&args.values[1]) else {
        return Ok(Value::Obj(types().not_implemented.clone()));
    };
    let (x, y) = (a.snapshot(), b.snapshot());
    if x.len() != y.len() && matches!(op, CmpOp::Eq | CmpOp::Ne) {
        return Ok(Value::Bool(op == CmpOp::Ne));
    }
    ops::compare::seq_compare(vm, op, &x, &y)
}

fn op_dunder(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Lt => "__lt__",
        CmpOp::Le => "__le__",
        CmpOp::Eq => "__eq__",
        CmpOp::Ne => "__ne__",
        CmpOp::Gt => "__gt__",
        CmpOp::Ge => "__ge__",
    }
}

fn deque_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, CmpOp::Eq)
}
fn deque_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, CmpOp::Ne)
}
fn deque_lt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, CmpOp::Lt)
}
fn deque_le(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, CmpOp::Le)
}
fn deque_gt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, CmpOp::Gt)
}
fn deque_ge(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, CmpOp::Ge)
}

/// `d + other`: only deques concatenate with a deque.
fn deque_add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(&args, "__add__")?;
    check_args("__add__", &Args::positional(&args.values[1..]), 1, 1)?;
    let other = &args.values[1];
    if native_ref::<Deque>(other).is_none() {
        return Err(type_error(format!(
            "can only concatenate deque (not \"{}\") to deque",
            type_name(other)
        )));
    }
    let copy = deque_copy(vm, Args::positional(&args.values[..1]))?;
    extend(vm, &copy, other, false)?;
    Ok(copy)
}

fn deque_iadd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(&args, "__iadd__")?;
    check_args("__iadd__", &Args::positional(&args.values[1..]), 1, 1)?;
    extend(vm, &args.values[0], &args.values[1], false)?;
    Ok(args.values[0].clone())
}

/// The repeat count of `d * n`, with the sequence-repeat error for non-integers.
fn repeat_count(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    if ops::seq::to_index(vm, v)?.is_none() {
        return Err(type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            type_name(v)
        )));
    }
    ssize_arg(vm, v)
}

/// Repeats the items `n` times in place; past `maxlen` only the last items stay.
fn repeat(dq: &Deque, n: i64) -> PyResult<()> {
    if n <= 0 {
        clear(dq);
        return Ok(());
    }
    let items = dq.snapshot();
    let len = items.len();
    if n == 1 || len == 0 {
        return Ok(());
    }
    let total = len
        .checked_mul(n as usize)
        .ok_or_else(|| memory_error(""))?;
    let keep = match dq.maxlen.get() {
        Some(m) => total.min(m),
        None => total,
    };
    if dq.maxlen.get().is_none() && total > (isize::MAX as usize) / 16 {
        return Err(memory_error(""));
    }
    // Item k of the result is item (total - keep + k) of the full repetition.
    let first = total - keep;
    let out: VecDeque<Value> = (0..keep)
        .map(|k| items[(first + k) % len].clone())
        .collect();
    let old = std::mem::replace(&mut *dq.items.borrow_mut(), out);
    dq.bump();
    drop(old);
    Ok(())
}

fn deque_mul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(&args, "__mul__")?;
    check_args("__mul__", &Args::positional(&args.values[1..]), 1, 1)?;
    let n = repeat_count(vm, &args.values[1])?;
    let copy = deque_copy(vm, Args::positional(&args.values[..1]))?;
    repeat(native_ref::<Deque>(&copy).expect("deque copy"), n)?;
    Ok(copy)
}

fn deque_imul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let dq = this(&args, "__imul__")?;
    check_args("__imul__", &Args::positional(&args.values[1..]), 1, 1)?;
    let n = repeat_count(vm, &args.values[1])?;
    repeat(dq, n)?;
    Ok(args.values[0].clone())
}

/// `deque([1, 2])`, `deque([1], maxlen=3)`; a deque inside itself is `[...]`.
fn deque_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let dq = this(&args, "__repr__")?;
    let d = &args.values[0];
    let o = d.as_obj().expect("deque object");
    let items = dq.snapshot();
    let body = ops::repr::guarded(o, || ops::repr::repr(vm, &crate::object::new_list(items)))?;
    let Some(body) = body else {
        return Ok(new_str("[...]"));
    };
    let cls = class_of(d);
    let name = class_data(&cls).qualname.borrow().clone();
    Ok(new_str(match dq.maxlen.get() {
        Some(m) => format!("{name}({body}, maxlen={m})"),
        None => format!("{name}({body})"),
    }))
}

// ---- deque iterators ----------------------------------------------------------------------

struct DequeIter {
    deque: Value,
    /// Items still to give (CPython's `counter`).
    left: Cell<usize>,
    /// Position of the next item, counted from the end for a reverse iterator.
    pos: Cell<usize>,
    state: u64,
    reverse: bool,
}

impl NativeData for DequeIter {
    fn is_container(&self) -> bool {
        true
    }
    fn traverse(&self, f: &mut dyn FnMut(&Obj)) -> bool {
        if let Value::Obj(o) = &self.deque {
            f(o);
        }
        true
    }
}

fn make_iter(args: &Args, reverse: bool) -> PyResult<Value> {
    let dq = this(args, if reverse { "__reversed__" } else { "__iter__" })?;
    let it = DequeIter {
        deque: args.values[0].clone(),
        left: Cell::new(dq.len()),
        pos: Cell::new(0),
        state: dq.state.get(),
        reverse,
    };
    let cls = classes(|c| {
        if reverse {
            c.deque_reverse_iter.clone()
        } else {
            c.deque_iter.clone()
        }
    });
    Ok(new_native(&cls, it))
}

fn deque_iter(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    make_iter(&args, false)
}

fn deque_reversed(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    make_iter(&args, true)
}

fn iter_self(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(args.values[0].clone())
}

fn iter_data<'a>(args: &Args<'a>) -> PyResult<&'a DequeIter> {
    args.values
        .first()
        .and_then(native_ref::<DequeIter>)
        .ok_or_else(|| type_error("descriptor '__next__' requires a deque iterator"))
}

fn deque_iter_next(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let it = iter_data(&args)?;
    let dq = native_ref::<Deque>(&it.deque).expect("iterated deque");
    if dq.state.get() != it.state {
        it.left.set(0);
        return Err(mutated());
    }
    if it.left.get() == 0 {
        return Err(stop_iteration(Value::None));
    }
    let pos = it.pos.get();
    let items = dq.items.borrow();
    let i = if it.reverse {
        items.len() - 1 - pos
    } else {
        pos
    };
    let v = items[i].clone();
    it.pos.set(pos + 1);
    it.left.set(it.left.get() - 1);
    Ok(v)
}

fn deque_iter_length_hint(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(iter_data(&args)?.left.get() as i64))
}

// ---- defaultdict --------------------------------------------------------------------------

fn install_defaultdict(c: &Obj) {
    add_method(c, "__init__", dd_init);
    add_method(c, "__missing__", dd_missing);
    add_method(c, "__repr__", dd_repr);
    add_method(c, "copy", dd_copy);
    add_method(c, "__copy__", dd_copy);
    add_method(c, "__reduce__", dd_reduce);
    add_method(c, "__or__", dd_or);
    add_method(c, "__ror__", dd_ror);
    let get = new_builtin(
        "default_factory",
        dd_get_factory,
        Some("collections.defaultdict"),
    );
    let set = new_builtin(
        "default_factory",
        dd_set_factory,
        Some("collections.defaultdict"),
    );
    add_class_attr(c, "default_factory", property(get, set.clone(), set, ""));
    add_class_attr(
        c,
        "__class_getitem__",
        native_classmethod("__class_getitem__", class_getitem),
    );
}

/// The dict object of a defaultdict method's receiver.
fn dd_this<'a>(args: &Args<'a>, method: &str) -> PyResult<&'a Obj> {
    let v = args.values.first();
    let is_dd = v.is_some_and(|v| {
        classes(|c| crate::object::class::is_subclass(&class_of(v), &c.defaultdict))
    });
    match v {
        Some(Value::Obj(o)) if is_dd && matches!(o.payload, Payload::Dict(_)) => Ok(o),
        _ => Err(type_error(format!(
            "descriptor '{method}' requires a 'collections.defaultdict' object but received a '{}'",
            v.map(type_name).unwrap_or_default()
        ))),
    }
}

fn factory(d: &Obj) -> Value {
    crate::object::subclass::native_value(d).unwrap_or(Value::None)
}

fn dd_get_factory(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(factory(dd_this(&args, "default_factory")?))
}

fn dd_set_factory(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = dd_this(&args, "default_factory")?;
    let v = args.values.get(1).cloned().unwrap_or(Value::None);
    crate::object::subclass::set_native_value(d, v);
    Ok(Value::None)
}

/// `defaultdict(default_factory=None, /, *args, **kwargs)`: the rest goes to `dict.__init__`.
fn dd_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = dd_this(&args, "__init__")?;
    let pos = args.pos();
    let f = match pos.get(1) {
        Some(f) => {
            if !f.is_none() && !crate::builtins::functions::is_callable(f) {
                return Err(type_error("first argument must be callable or None"));
            }
            f.clone()
        }
        None => Value::None,
    };
    crate::object::subclass::set_native_value(d, f);
    let dict_init = crate::object::class::lookup_str(&types().dict, "__init__")
        .ok_or_else(|| type_error("dict has no __init__"))?;
    let mut v = vec![args.values[0].clone()];
    v.extend_from_slice(&args.values[pos.len().min(2)..]);
    call_args(
        vm,
        &dict_init,
        Args {
            values: &v,
            kwnames: args.kwnames,
        },
    )
}

/// `d[key]` on a missing key: stores and returns `default_factory()`.
fn dd_missing(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = dd_this(&args, "__missing__")?;
    check_args("__missing__", &Args::positional(&args.values[1..]), 1, 1)?;
    let key = &args.values[1];
    let f = factory(d);
    if f.is_none() {
        return Err(crate::object::exception::key_error(key.clone()));
    }
    let v = call(vm, &f, &[])?;
    ops::seq::set_item(vm, &args.values[0], key.clone(), v.clone())?;
    Ok(v)
}

fn dd_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = dd_this(&args, "__repr__")?;
    let f = factory(d);
    let frepr = match &f {
        Value::Obj(fo) => {
            ops::repr::guarded(fo, || ops::repr::repr(vm, &f))?.unwrap_or_else(|| "...".to_string())
        }
        _ => ops::repr::repr(vm, &f)?,
    };
    let body = ops::repr::base_repr(vm, &args.values[0])?;
    let cls = d.class();
    let name = class_data(&cls).qualname.borrow().clone();
    Ok(new_str(format!("{name}({frepr}, {body})")))
}

/// `type(d)(d.default_factory, d)`, as CPython's `defaultdict.copy`.
fn dd_copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = dd_this(&args, "copy")?;
    call(
        vm,
        &Value::Obj(d.class()),
        &[factory(d), args.values[0].clone()],
    )
}

/// `defaultdict.__reduce__`: `(cls, (factory,), None, None, iter(d.items()))`, the factory
/// left out when it is None, as CPython's `defdict_reduce`.
fn dd_reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = dd_this(&args, "__reduce__")?;
    let f = factory(d);
    let ctor_args = if f.is_none() { vec![] } else { vec![f] };
    let items = ops::attr::get_attr_str(vm, &args.values[0], "items")?;
    let items = call(vm, &items, &[])?;
    let it = ops::iter::get_iter(vm, &items)?;
    Ok(crate::object::new_tuple(vec![
        Value::Obj(d.class()),
        crate::object::new_tuple(ctor_args),
        Value::None,
        Value::None,
        it,
    ]))
}

fn is_dict(v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::Dict(_)))
}

fn dd_or(vm: &mut Vm, args: Args) -> PyResult<Value> {
    dd_this(&args, "__or__")?;
    check_args("__or__", &Args::positional(&args.values[1..]), 1, 1)?;
    if !is_dict(&args.values[1]) {
        return Ok(Value::Obj(types().not_implemented.clone()));
    }
    let new = dd_copy(vm, Args::positional(&args.values[..1]))?;
    let target = new.as_obj().expect("dict").clone();
    dict::update_from_mapping(vm, &target, &args.values[1], false)?;
    Ok(new)
}

fn dd_ror(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = dd_this(&args, "__ror__")?;
    check_args("__ror__", &Args::positional(&args.values[1..]), 1, 1)?;
    if !is_dict(&args.values[1]) {
        return Ok(Value::Obj(types().not_implemented.clone()));
    }
    let new = call(
        vm,
        &Value::Obj(d.class()),
        &[factory(d), args.values[1].clone()],
    )?;
    let target = new.as_obj().expect("dict").clone();
    dict::update_from_mapping(vm, &target, &args.values[0], false)?;
    Ok(new)
}

// ---- _tuplegetter -------------------------------------------------------------------------

/// A named tuple's field: the read-only data descriptor `obj[index]`.
struct TupleGetter {
    index: usize,
    doc: Value,
}

impl NativeData for TupleGetter {
    fn is_container(&self) -> bool {
        true
    }
    fn traverse(&self, f: &mut dyn FnMut(&Obj)) -> bool {
        if let Value::Obj(o) = &self.doc {
            f(o);
        }
        true
    }
}

fn install_tuplegetter(c: &Obj) {
    add_method(c, "__new__", tg_new);
    add_method(c, "__get__", tg_get);
    add_method(c, "__set__", tg_set);
    add_method(c, "__delete__", tg_set);
    add_method(c, "__repr__", tg_repr);
    let doc = new_builtin("__doc__", tg_doc, Some("_collections._tuplegetter"));
    add_class_attr(c, "__doc__", property(doc, Value::None, Value::None, ""));
}

fn tg_this<'a>(args: &Args<'a>) -> PyResult<&'a TupleGetter> {
    args.values
        .first()
        .and_then(native_ref::<TupleGetter>)
        .ok_or_else(|| type_error("descriptor requires a '_collections._tuplegetter' object"))
}

/// `_tuplegetter(index, doc)`.
fn tg_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = match args.values.first() {
        Some(Value::Obj(c)) if matches!(c.payload, Payload::Class(_)) => c.clone(),
        _ => {
            return Err(type_error(
                "_tuplegetter.__new__(X): X is not a type object",
            ))
        }
    };
    check_args("_tuplegetter", &Args::positional(&args.values[1..]), 2, 2)?;
    let index = ssize_arg(vm, &args.values[1])?;
    let index = usize::try_from(index).map_err(|_| index_error("tuple index out of range"))?;
    Ok(new_native(
        &cls,
        TupleGetter {
            index,
            doc: args.values[2].clone(),
        },
    ))
}

fn tg_get(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = tg_this(&args)?;
    let obj = args.values.get(1).cloned().unwrap_or(Value::None);
    if obj.is_none() {
        return Ok(args.values[0].clone());
    }
    match obj.payload() {
        Some(Payload::Tuple(items)) => items
            .get(g.index)
            .cloned()
            .ok_or_else(|| index_error("tuple index out of range")),
        _ => Err(type_error(format!(
            "descriptor for index '{}' for tuple subclasses doesn't apply to '{}' object",
            g.index,
            type_name(&obj)
        ))),
    }
}

fn tg_set(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    tg_this(&args)?;
    Err(crate::object::exception::attribute_error(
        if args.values.len() > 2 {
            "can't set attribute"
        } else {
            "can't delete attribute"
        },
    ))
}

fn tg_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = tg_this(&args)?;
    let doc = ops::repr::repr(vm, &g.doc)?;
    Ok(new_str(format!("_tuplegetter({}, {doc})", g.index)))
}

fn tg_doc(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(tg_this(&args)?.doc.clone())
}

// ---- namedtuple's module --------------------------------------------------------------------

/// `_with_caller_module(f)`: a native function that calls `f(*args, **kwargs)` adding
/// `module=<the caller's __name__>` when not given. Natives run in their caller's globals, so
/// this is how `collections.namedtuple` learns the module it is called from (CPython's uses
/// `sys._getframe(1)`, which pyjit does not have).
fn with_caller_module(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("_with_caller_module", &args, 1, 1)?;
    Ok(Value::Obj(Obj::new(
        &types().builtin_function,
        Payload::Builtin(Box::new(crate::object::function::Builtin {
            name: "namedtuple",
            func: call_with_module,
            self_: Some(args.values[0].clone()),
            owner: None,
        })),
    )))
}

fn call_with_module(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = args.values[0].clone();
    let rest = &args.values[1..];
    if args.kw("module").is_some() {
        return call_args(
            vm,
            &f,
            Args {
                values: rest,
                kwnames: args.kwnames,
            },
        );
    }
    let module = dict::get_by_str(vm.current_globals(), "__name__").unwrap_or(Value::None);
    let mut values = rest.to_vec();
    values.push(module);
    let mut kwnames = args.kwnames.to_vec();
    kwnames.push(intern("module"));
    call_args(
        vm,
        &f,
        Args {
            values: &values,
            kwnames: &kwnames,
        },
    )
}
