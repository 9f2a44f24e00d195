//! `list` and `tuple`: constructors, methods, and the dunder methods Python code can call
//! explicitly (`list.__getitem__(l, 0)`, `super().__setitem__(...)`).
//!
//! The interpreter performs `l[i]`, `a + b`, `a == b` on builtin sequences without looking at
//! these dunders; they exist for explicit calls and for the generic dispatch that runs when the
//! operand types do not match (`[1] + (2,)` reaches `list.__add__`, which raises CPython's
//! message). No borrow of a list is held while Python code (`__eq__`, `__index__`) runs.

use std::cell::RefCell;

use crate::bytecode::CmpOp;
use crate::interp::Vm;
use crate::object::class::lookup_str;
use crate::object::exception::{index_error, memory_error, type_error, value_error};
use crate::object::function::Args;
use crate::object::iter::IterState;
use crate::object::types::Types;
use crate::object::{class_of, new_iter, new_tuple, type_name, types, Obj, Payload};
use crate::ops;
use crate::value::Value;
use crate::PyResult;

use super::dict::key_eq;
use super::{add_class_attr, add_method, check_args, no_kwargs};

/// Checks the arguments of a method called with its receiver first: `min..=max` arguments
/// besides the receiver, no keywords. `name` is what CPython's message shows (`list.append`
/// for one-argument methods, `insert` for the others).
pub(super) fn arity(args: &Args, name: &str, min: usize, max: usize) -> PyResult<()> {
    no_kwargs(name, args)?;
    let rest = Args {
        values: args.values.get(1..).unwrap_or_default(),
        kwnames: args.kwnames,
    };
    check_args(name, &rest, min, max)
}

/// The receiver of a method of builtin class `cls`, for the "descriptor ... doesn't apply"
/// error when it is missing or of the wrong type.
pub(super) fn receiver<'a>(args: &Args<'a>, cls: &str, method: &str) -> PyResult<&'a Value> {
    args.pos()
        .first()
        .ok_or_else(|| type_error(format!("unbound method {cls}.{method}() needs an argument")))
}

/// The error for a receiver of the wrong type.
pub(super) fn wrong_receiver(
    cls: &str,
    method: &str,
    v: &Value,
) -> crate::object::exception::PyErr {
    type_error(format!(
        "descriptor '{method}' for '{cls}' objects doesn't apply to a '{}' object",
        type_name(v)
    ))
}

/// `NotImplemented`, for binary dunders given an operand type they do not handle.
pub(super) fn not_implemented() -> Value {
    Value::Obj(types().not_implemented.clone())
}

/// Whether `v`'s class defines the reflected operator `rname` in Python code, so that a
/// builtin's forward operator must return NotImplemented and let it run (CPython tries the
/// other operand's number slot before a sequence's concat/repeat).
pub(super) fn defers_to_reflected(v: &Value, rname: &str) -> bool {
    matches!(
        lookup_str(&class_of(v), rname)
            .and_then(|f| f.into_obj())
            .map(|f| matches!(f.payload, Payload::Builtin(_))),
        Some(false)
    )
}

/// The repeat count of `seq * n`, or the error CPython raises for a non-integer `n`.
pub(super) fn repeat_count(vm: &mut Vm, n: &Value) -> PyResult<Option<usize>> {
    if let Some(Payload::BigInt(_)) = n.payload() {
        return Err(crate::object::exception::overflow_error(
            "cannot fit 'int' into an index-sized integer",
        ));
    }
    match ops::seq::to_index(vm, n)? {
        Some(k) => Ok(Some(k.max(0) as usize)),
        None if defers_to_reflected(n, "__rmul__") => Ok(None),
        None => Err(type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            type_name(n)
        ))),
    }
}

/// `items * k` as a new vector, refusing absurd sizes with MemoryError.
pub(super) fn repeated<T: Clone>(items: &[T], k: usize) -> PyResult<Vec<T>> {
    if items.len().saturating_mul(k) > (1usize << 36) {
        return Err(memory_error(""));
    }
    let mut v = Vec::with_capacity(items.len() * k);
    for _ in 0..k {
        v.extend_from_slice(items);
    }
    Ok(v)
}

/// The integer argument of `insert`/`pop`, with CPython's message for other types.
fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    if let Some(Payload::BigInt(_)) = v.payload() {
        return Err(crate::object::exception::overflow_error(
            "Python int too large to convert to C ssize_t",
        ));
    }
    ops::seq::to_index(vm, v)?.ok_or_else(|| {
        type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(v)
        ))
    })
}

// ---- list ---------------------------------------------------------------------------------

fn this<'a>(args: &Args<'a>, method: &str) -> PyResult<&'a RefCell<Vec<Value>>> {
    let v = receiver(args, "list", method)?;
    match v.payload() {
        Some(Payload::List(l)) => Ok(l),
        _ => Err(wrong_receiver("list", method, v)),
    }
}

/// A list of class `cls` (a subclass of list keeps the list layout).
fn list_of_class(cls: &Value, items: Vec<Value>) -> Value {
    match cls {
        Value::Obj(c) if matches!(c.payload, Payload::Class(_)) => {
            Value::Obj(Obj::new(c, Payload::List(RefCell::new(items))))
        }
        _ => crate::object::new_list(items),
    }
}

/// Whether a builtin class's own `__init__` will not run for `cls`: construction skips native
/// `__init__`s, so `__new__` must fill the object unless a Python `__init__` takes over.
pub(super) fn new_fills(cls: &Value) -> bool {
    match cls {
        Value::Obj(c) if matches!(c.payload, Payload::Class(_)) => {
            matches!(lookup_str(c, "__init__").and_then(|f| f.into_obj()), Some(f) if matches!(f.payload, Payload::Builtin(_)))
        }
        _ => true,
    }
}

fn list_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = receiver(&args, "list", "__new__")?;
    if !new_fills(cls) {
        return Ok(list_of_class(cls, Vec::new()));
    }
    no_kwargs("list", &args)?;
    let pos = &args.pos()[1..];
    match pos.len() {
        0 => Ok(list_of_class(cls, Vec::new())),
        1 => Ok(list_of_class(cls, ops::iter::collect(vm, &pos[0])?)),
        n => Err(type_error(format!(
            "list expected at most 1 argument, got {n}"
        ))),
    }
}

/// `list.__init__(self, iterable=())`: empties the list, then extends it.
fn list_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = this(&args, "__init__")?;
    no_kwargs("list", &args)?;
    let pos = &args.pos()[1..];
    if pos.len() > 1 {
        return Err(type_error(format!(
            "list expected at most 1 argument, got {}",
            pos.len()
        )));
    }
    l.borrow_mut().clear();
    if let Some(it) = pos.first() {
        let items = ops::iter::collect(vm, it)?;
        l.borrow_mut().extend(items);
    }
    Ok(Value::None)
}

/// Whether `f` is `list.append` (compiled code appends to exact lists in place).
pub fn is_append(f: crate::object::function::NativeFn) -> bool {
    f as usize == append as crate::object::function::NativeFn as usize
}

fn append(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = this(&args, "append")?;
    arity(&args, "list.append", 1, 1)?;
    l.borrow_mut().push(args.values[1].clone());
    Ok(Value::None)
}

fn extend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = this(&args, "extend")?;
    arity(&args, "list.extend", 1, 1)?;
    let items = ops::iter::collect(vm, &args.values[1])?;
    l.borrow_mut().extend(items);
    Ok(Value::None)
}

fn insert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = this(&args, "insert")?;
    arity(&args, "insert", 2, 2)?;
    let i = int_arg(vm, &args.values[1])?;
    let mut l = l.borrow_mut();
    let n = l.len() as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
    l.insert(at as usize, args.values[2].clone());
    Ok(Value::None)
}

/// The position of the first item equal to `x` in `start..end`, without holding the list's
/// borrow across `==` (which may mutate the list).
fn position(
    vm: &mut Vm,
    l: &RefCell<Vec<Value>>,
    x: &Value,
    start: usize,
    end: usize,
) -> PyResult<Option<usize>> {
    let mut i = start;
    while i < end {
        let item = match l.borrow().get(i) {
            Some(v) => v.clone(),
            None => return Ok(None),
        };
        if key_eq(vm, &item, x)? {
            return Ok(Some(i));
        }
        i += 1;
    }
    Ok(None)
}

fn remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = this(&args, "remove")?;
    arity(&args, "list.remove", 1, 1)?;
    match position(vm, l, &args.values[1], 0, usize::MAX)? {
        Some(i) => {
            l.borrow_mut().remove(i);
            Ok(Value::None)
        }
        None => Err(value_error("list.remove(x): x not in list")),
    }
}

fn pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = this(&args, "pop")?;
    arity(&args, "pop", 0, 1)?;
    let i = match args.values.get(1) {
        Some(v) => int_arg(vm, v)?,
        None => -1,
    };
    let mut l = l.borrow_mut();
    if l.is_empty() {
        return Err(index_error("pop from empty list"));
    }
    let n = l.len() as i64;
    let j = if i < 0 { i + n } else { i };
    if !(0..n).contains(&j) {
        return Err(index_error("pop index out of range"));
    }
    Ok(l.remove(j as usize))
}

/// (start, end) for `index(x, start, end)` on a sequence of length `n`.
fn index_bounds(vm: &mut Vm, args: &Args, n: usize) -> PyResult<(usize, usize)> {
    let n = n as i64;
    let mut conv = |v: Option<&Value>, default: i64| -> PyResult<i64> {
        let Some(x) = v else {
            return Ok(default);
        };
        let i = match x.payload() {
            Some(Payload::BigInt(b)) => {
                if num_traits::Signed::is_negative(b) {
                    0
                } else {
                    n
                }
            }
            _ => ops::seq::to_index(vm, x)?.ok_or_else(|| {
                type_error("slice indices must be integers or have an __index__ method")
            })?,
        };
        Ok(if i < 0 { (i + n).max(0) } else { i.min(n) })
    };
    let s = conv(args.values.get(2), 0)?;
    let e = conv(args.values.get(3), n)?;
    Ok((s as usize, e as usize))
}

fn index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = this(&args, "index")?;
    arity(&args, "index", 1, 3)?;
    let n = l.borrow().len();
    let (s, e) = index_bounds(vm, &args, n)?;
    match position(vm, l, &args.values[1], s, e)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => {
            let r = ops::repr::repr(vm, &args.values[1])?;
            Err(value_error(format!("{r} is not in list")))
        }
    }
}

fn count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = this(&args, "count")?;
    arity(&args, "list.count", 1, 1)?;
    let mut c = 0;
    let mut i = 0;
    loop {
        let item = match l.borrow().get(i) {
            Some(v) => v.clone(),
            None => break,
        };
        if key_eq(vm, &item, &args.values[1])? {
            c += 1;
        }
        i += 1;
    }
    Ok(Value::Int(c))
}

fn reverse(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = this(&args, "reverse")?;
    arity(&args, "list.reverse", 0, 0)?;
    l.borrow_mut().reverse();
    Ok(Value::None)
}

fn sort(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = this(&args, "sort")?;
    if args.pos().len() > 1 {
        return Err(type_error("sort() takes no positional arguments"));
    }
    let (key, reverse) = super::functions::sort_options(vm, &args, "sort")?;
    // Python empties the list while sorting so that mutation during the sort is detected.
    let mut items = std::mem::take(&mut *l.borrow_mut());
    let r = super::functions::sort_values(vm, &mut items, &key, reverse);
    let mutated = !l.borrow().is_empty();
    *l.borrow_mut() = items;
    r?;
    if mutated {
        return Err(value_error("list modified during sort"));
    }
    Ok(Value::None)
}

fn copy(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = this(&args, "copy")?;
    arity(&args, "list.copy", 0, 0)?;
    let items = l.borrow().clone();
    Ok(crate::object::new_list(items))
}

fn clear(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = this(&args, "clear")?;
    arity(&args, "list.clear", 0, 0)?;
    // Items are released last first, as CPython does (it shows in `__del__` order), and after
    // the list is empty.
    let items = std::mem::take(&mut *l.borrow_mut());
    items.into_iter().rev().for_each(drop);
    Ok(Value::None)
}

fn list_len(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = this(&args, "__len__")?;
    arity(&args, "list.__len__", 0, 0)?;
    let n = l.borrow().len();
    Ok(Value::Int(n as i64))
}

fn list_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(&args, "__getitem__")?;
    arity(&args, "list.__getitem__", 1, 1)?;
    ops::seq::base_get_item(vm, &args.values[0], &args.values[1])
}

fn list_setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(&args, "__setitem__")?;
    arity(&args, "__setitem__", 2, 2)?;
    ops::seq::base_set_item(
        vm,
        &args.values[0],
        args.values[1].clone(),
        args.values[2].clone(),
    )?;
    Ok(Value::None)
}

fn list_delitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(&args, "__delitem__")?;
    arity(&args, "list.__delitem__", 1, 1)?;
    ops::seq::base_del_item(vm, &args.values[0], &args.values[1])?;
    Ok(Value::None)
}

fn list_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(&args, "__contains__")?;
    arity(&args, "list.__contains__", 1, 1)?;
    ops::seq::base_contains(vm, &args.values[0], &args.values[1]).map(Value::Bool)
}

fn list_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(&args, "__iter__")?;
    arity(&args, "list.__iter__", 0, 0)?;
    ops::iter::base_get_iter(vm, &args.values[0])
}

fn list_reversed(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = this(&args, "__reversed__")?;
    arity(&args, "list.__reversed__", 0, 0)?;
    let n = l.borrow().len();
    let seq = args.values[0].as_obj().expect("a list").clone();
    Ok(new_iter(IterState::Reversed { seq, index: n }))
}

fn list_add(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = this(&args, "__add__")?;
    arity(&args, "list.__add__", 1, 1)?;
    let other = &args.values[1];
    match other.payload() {
        Some(Payload::List(r)) => {
            let mut v = l.borrow().clone();
            v.extend(r.borrow().iter().cloned());
            Ok(crate::object::new_list(v))
        }
        _ if defers_to_reflected(other, "__radd__") => Ok(not_implemented()),
        _ => Err(type_error(format!(
            "can only concatenate list (not \"{}\") to list",
            type_name(other)
        ))),
    }
}

fn list_iadd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = this(&args, "__iadd__")?;
    arity(&args, "list.__iadd__", 1, 1)?;
    let items = ops::iter::collect(vm, &args.values[1])?;
    l.borrow_mut().extend(items);
    Ok(args.values[0].clone())
}

fn list_mul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = this(&args, "__mul__")?;
    arity(&args, "list.__mul__", 1, 1)?;
    let Some(k) = repeat_count(vm, &args.values[1])? else {
        return Ok(not_implemented());
    };
    let v = repeated(&l.borrow(), k)?;
    Ok(crate::object::new_list(v))
}

fn list_imul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = this(&args, "__imul__")?;
    arity(&args, "list.__imul__", 1, 1)?;
    let Some(k) = repeat_count(vm, &args.values[1])? else {
        return Ok(not_implemented());
    };
    let v = repeated(&l.borrow(), k)?;
    *l.borrow_mut() = v;
    Ok(args.values[0].clone())
}

/// The items of a list or tuple value (a snapshot).
/// `a op b` for two lists or two tuples; NotImplemented for anything else.
fn seq_richcompare(vm: &mut Vm, args: &Args, cls: &str, op: CmpOp) -> PyResult<Value> {
    let method = op.dunder();
    let a = receiver(args, cls, method)?;
    let right_kind = match a.payload() {
        Some(Payload::List(_)) => cls == "list",
        Some(Payload::Tuple(_)) => cls == "tuple",
        _ => false,
    };
    if !right_kind {
        return Err(wrong_receiver(cls, method, a));
    }
    arity(args, &format!("{cls}.{method}"), 1, 1)?;
    let b = &args.values[1];
    let same_kind = matches!(
        (a.payload(), b.payload()),
        (Some(Payload::List(_)), Some(Payload::List(_)))
            | (Some(Payload::Tuple(_)), Some(Payload::Tuple(_)))
    );
    if !same_kind {
        return Ok(not_implemented());
    }
    match ops::compare::sequence_compare(vm, op, a, b) {
        Some(r) => r,
        None => Ok(not_implemented()),
    }
}

macro_rules! richcompare_methods {
    ($cls:literal: $($name:ident => $op:ident),* $(,)?) => {
        $(
            fn $name(vm: &mut Vm, args: Args) -> PyResult<Value> {
                seq_richcompare(vm, &args, $cls, CmpOp::$op)
            }
        )*
    };
}

richcompare_methods! {"list":
    list_eq => Eq, list_ne => Ne, list_lt => Lt, list_le => Le, list_gt => Gt, list_ge => Ge,
}

richcompare_methods! {"tuple":
    tuple_eq => Eq, tuple_ne => Ne, tuple_lt => Lt, tuple_le => Le, tuple_gt => Gt, tuple_ge => Ge,
}

// ---- tuple --------------------------------------------------------------------------------

fn tuple_this<'a>(args: &Args<'a>, method: &str) -> PyResult<&'a [Value]> {
    let v = receiver(args, "tuple", method)?;
    match v.payload() {
        Some(Payload::Tuple(t)) => Ok(t),
        _ => Err(wrong_receiver("tuple", method, v)),
    }
}

fn tuple_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = receiver(&args, "tuple", "__new__")?.clone();
    no_kwargs("tuple", &args)?;
    let pos = &args.pos()[1..];
    let exact = matches!(&cls, Value::Obj(c) if c.is(&types().tuple));
    let items = match pos.len() {
        0 => Vec::new(),
        1 => {
            if exact && matches!(pos[0].as_obj(), Some(o) if o.class().is(&types().tuple)) {
                return Ok(pos[0].clone());
            }
            ops::iter::collect(vm, &pos[0])?
        }
        n => {
            return Err(type_error(format!(
                "tuple expected at most 1 argument, got {n}"
            )))
        }
    };
    Ok(match &cls {
        Value::Obj(c) if !exact && matches!(c.payload, Payload::Class(_)) => {
            Value::Obj(Obj::new(c, Payload::Tuple(items.into_boxed_slice())))
        }
        _ => new_tuple(items),
    })
}

fn tuple_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let items = tuple_this(&args, "index")?;
    arity(&args, "index", 1, 3)?;
    let (s, e) = index_bounds(vm, &args, items.len())?;
    for (i, it) in items.iter().enumerate().take(e).skip(s) {
        if key_eq(vm, it, &args.values[1])? {
            return Ok(Value::Int(i as i64));
        }
    }
    Err(value_error("tuple.index(x): x not in tuple"))
}

fn tuple_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let items = tuple_this(&args, "count")?;
    arity(&args, "tuple.count", 1, 1)?;
    let mut c = 0;
    for it in items {
        if key_eq(vm, it, &args.values[1])? {
            c += 1;
        }
    }
    Ok(Value::Int(c))
}

fn tuple_len(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let items = tuple_this(&args, "__len__")?;
    arity(&args, "tuple.__len__", 0, 0)?;
    Ok(Value::Int(items.len() as i64))
}

fn tuple_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    tuple_this(&args, "__getitem__")?;
    arity(&args, "tuple.__getitem__", 1, 1)?;
    ops::seq::base_get_item(vm, &args.values[0], &args.values[1])
}

fn tuple_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    tuple_this(&args, "__contains__")?;
    arity(&args, "tuple.__contains__", 1, 1)?;
    ops::seq::base_contains(vm, &args.values[0], &args.values[1]).map(Value::Bool)
}

fn tuple_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    tuple_this(&args, "__iter__")?;
    arity(&args, "tuple.__iter__", 0, 0)?;
    ops::iter::base_get_iter(vm, &args.values[0])
}

fn tuple_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    tuple_this(&args, "__hash__")?;
    arity(&args, "tuple.__hash__", 0, 0)?;
    ops::hash(vm, &args.values[0]).map(Value::Int)
}

fn tuple_add(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let items = tuple_this(&args, "__add__")?;
    arity(&args, "tuple.__add__", 1, 1)?;
    let other = &args.values[1];
    match other.payload() {
        Some(Payload::Tuple(r)) => {
            let mut v = items.to_vec();
            v.extend(r.iter().cloned());
            Ok(new_tuple(v))
        }
        _ if defers_to_reflected(other, "__radd__") => Ok(not_implemented()),
        _ => Err(type_error(format!(
            "can only concatenate tuple (not \"{}\") to tuple",
            type_name(other)
        ))),
    }
}

fn tuple_mul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let items = tuple_this(&args, "__mul__")?;
    arity(&args, "tuple.__mul__", 1, 1)?;
    let Some(k) = repeat_count(vm, &args.values[1])? else {
        return Ok(not_implemented());
    };
    if k == 1 && class_of(&args.values[0]).is(&types().tuple) {
        return Ok(args.values[0].clone());
    }
    Ok(new_tuple(repeated(items, k)?))
}

pub fn install(t: &Types) {
    let l = &t.list;
    add_method(l, "__new__", list_new);
    add_method(l, "__init__", list_init);
    add_method(l, "append", append);
    add_method(l, "extend", extend);
    add_method(l, "insert", insert);
    add_method(l, "remove", remove);
    add_method(l, "pop", pop);
    add_method(l, "index", index);
    add_method(l, "count", count);
    add_method(l, "reverse", reverse);
    add_method(l, "sort", sort);
    add_method(l, "copy", copy);
    add_method(l, "clear", clear);
    add_method(l, "__len__", list_len);
    add_method(l, "__getitem__", list_getitem);
    add_method(l, "__setitem__", list_setitem);
    add_method(l, "__delitem__", list_delitem);
    add_method(l, "__contains__", list_contains);
    add_method(l, "__iter__", list_iter);
    add_method(l, "__reversed__", list_reversed);
    add_method(l, "__add__", list_add);
    add_method(l, "__iadd__", list_iadd);
    add_method(l, "__mul__", list_mul);
    add_method(l, "__rmul__", list_mul);
    add_method(l, "__imul__", list_imul);
    add_method(l, "__eq__", list_eq);
    add_method(l, "__ne__", list_ne);
    add_method(l, "__lt__", list_lt);
    add_method(l, "__le__", list_le);
    add_method(l, "__gt__", list_gt);
    add_method(l, "__ge__", list_ge);
    add_class_attr(l, "__hash__", Value::None);

    let tu = &t.tuple;
    add_method(tu, "__new__", tuple_new);
    add_method(tu, "index", tuple_index);
    add_method(tu, "count", tuple_count);
    add_method(tu, "__len__", tuple_len);
    add_method(tu, "__getitem__", tuple_getitem);
    add_method(tu, "__contains__", tuple_contains);
    add_method(tu, "__iter__", tuple_iter);
    add_method(tu, "__hash__", tuple_hash);
    add_method(tu, "__add__", tuple_add);
    add_method(tu, "__mul__", tuple_mul);
    add_method(tu, "__rmul__", tuple_mul);
    add_method(tu, "__eq__", tuple_eq);
    add_method(tu, "__ne__", tuple_ne);
    add_method(tu, "__lt__", tuple_lt);
    add_method(tu, "__le__", tuple_le);
    add_method(tu, "__gt__", tuple_gt);
    add_method(tu, "__ge__", tuple_ge);
}
