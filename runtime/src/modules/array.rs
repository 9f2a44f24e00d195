//! The `array` module: `array.array`, a mutable sequence of fixed-size numbers (or, for `u`,
//! characters), as CPython 3.11's `arraymodule.c`, with its range errors and its machine
//! sizes on 64-bit Linux (`l`/`L` are 8 bytes, `u` is 4).
//!
//! Items are kept as [`Elem`]s already converted and range-checked for the typecode, so that
//! reading them back (`a[i]`, `tolist`, `tobytes`) cannot fail.

use std::cell::{Cell, OnceCell, RefCell};

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use crate::builtins::number::{index_value, to_f64};
use crate::builtins::{add_getter, add_method, bind, check_args, dict};
use crate::bytecode::CmpOp;
use crate::interp::Vm;
use crate::object::class::{class_data, Layout};
use crate::object::exception::{
    index_error, overflow_error, stop_iteration, type_error, value_error, PyErr,
};
use crate::object::function::Args;
use crate::object::types::make_class;
use crate::object::{
    as_str, native_ref, new_bytes, new_list, new_module, new_native, new_str, type_name, types,
    NativeData, Obj, Payload,
};
use crate::ops;
use crate::value::Value;
use crate::PyResult;

const TYPECODES: &str = "bBuhHiIlLqQfd";

/// One stored item.
#[derive(Clone, Copy, PartialEq)]
enum Elem {
    Int(i128),
    Float(f64),
    Char(char),
}

struct Array {
    code: u8,
    items: RefCell<Vec<Elem>>,
}

impl NativeData for Array {}

/// A live iterator over an array (CPython's `arrayiterator`).
struct ArrayIter {
    array: RefCell<Option<Value>>,
    index: Cell<usize>,
}

impl NativeData for ArrayIter {
    fn is_container(&self) -> bool {
        true
    }
    fn traverse(&self, f: &mut dyn FnMut(&Obj)) -> bool {
        match self.array.try_borrow() {
            Ok(a) => {
                if let Some(Value::Obj(o)) = &*a {
                    f(o);
                }
                true
            }
            Err(_) => false,
        }
    }
    fn clear(&self, out: &mut Vec<Value>) {
        if let Some(v) = self.array.borrow_mut().take() {
            out.push(v);
        }
    }
}

struct Classes {
    array: Obj,
    iter: Obj,
}

thread_local! {
    static CLASSES: OnceCell<&'static Classes> = const { OnceCell::new() };
}

fn classes() -> &'static Classes {
    CLASSES.with(|c| *c.get_or_init(|| Box::leak(Box::new(make_classes()))))
}

fn make_classes() -> Classes {
    let object = std::slice::from_ref(&types().object);
    let a = make_class("array", object, Layout::Builtin);
    *class_data(&a).module.borrow_mut() = "array".to_string();
    let methods: &[(&'static str, crate::object::function::NativeFn)] = &[
        ("__new__", array_new),
        ("__len__", len),
        ("__getitem__", getitem),
        ("__setitem__", setitem),
        ("__delitem__", delitem),
        ("__iter__", iter),
        ("__contains__", contains),
        ("__repr__", repr),
        ("__hash__", unhashable),
        ("__eq__", eq),
        ("__ne__", ne),
        ("__lt__", lt),
        ("__le__", le),
        ("__gt__", gt),
        ("__ge__", ge),
        ("__add__", add),
        ("__mul__", mul),
        ("__rmul__", mul),
        ("__iadd__", iadd),
        ("__imul__", imul),
        ("append", append),
        ("extend", extend),
        ("insert", insert),
        ("pop", pop),
        ("remove", remove),
        ("index", index),
        ("count", count),
        ("reverse", reverse),
        ("tolist", tolist),
        ("tobytes", tobytes),
        ("buffer_info", buffer_info),
        ("frombytes", frombytes),
        ("fromlist", fromlist),
        ("tounicode", tounicode),
        ("fromunicode", fromunicode),
        ("byteswap", byteswap),
        ("__copy__", copy),
    ];
    for (name, f) in methods {
        add_method(&a, name, *f);
    }
    add_getter(&a, "typecode", typecode);
    add_getter(&a, "itemsize", itemsize);
    let it = make_class("arrayiterator", object, Layout::Builtin);
    *class_data(&it).module.borrow_mut() = "array".to_string();
    add_method(&it, "__next__", iter_next);
    add_method(&it, "__iter__", iter_self);
    Classes { array: a, iter: it }
}

pub fn create() -> Obj {
    let m = new_module("array");
    let d = crate::object::module_dict(&m);
    let c = classes();
    dict::set_str_item(&d, "array", Value::Obj(c.array.clone()));
    dict::set_str_item(&d, "ArrayType", Value::Obj(c.array.clone()));
    dict::set_str_item(&d, "typecodes", new_str(TYPECODES));
    m
}

fn item_size(code: u8) -> usize {
    match code {
        b'b' | b'B' => 1,
        b'h' | b'H' => 2,
        b'i' | b'I' | b'f' | b'u' => 4,
        _ => 8,
    }
}

// ---- conversions --------------------------------------------------------------------------

fn too_large(c: &str) -> PyErr {
    overflow_error(format!("Python int too large to convert to C {c}"))
}

/// `v` checked and converted for typecode `code`, with CPython's errors.
fn to_elem(vm: &mut Vm, code: u8, v: &Value) -> PyResult<Elem> {
    match code {
        b'f' | b'd' => {
            let x = to_f64(vm, v)?;
            return Ok(Elem::Float(if code == b'f' { x as f32 as f64 } else { x }));
        }
        b'u' => {
            let mut cs = as_str(v).map(|s| s.chars());
            return match cs.as_mut().map(|c| (c.next(), c.next())) {
                Some((Some(c), None)) => Ok(Elem::Char(c)),
                _ => Err(type_error("array item must be unicode character")),
            };
        }
        _ => {}
    }
    let n: BigInt = index_value(vm, v)?.ok_or_else(|| {
        type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(v)
        ))
    })?;
    let range = |x: i128, lo: i128, hi: i128, what: &str| -> PyResult<()> {
        if x < lo {
            Err(overflow_error(format!("{what} is less than minimum")))
        } else if x > hi {
            Err(overflow_error(format!("{what} is greater than maximum")))
        } else {
            Ok(())
        }
    };
    let x: i128 = match code {
        // Signed codes (and B, H) first go through a C long, as `PyArg_Parse` does.
        b'b' | b'B' | b'h' | b'H' | b'i' | b'l' => {
            let x = n.to_i64().ok_or_else(|| too_large("long"))? as i128;
            match code {
                b'b' => {
                    range(x, -32768, 32767, "signed short integer")?;
                    range(x, -128, 127, "signed char")?;
                }
                b'B' => range(x, 0, 255, "unsigned byte integer")?,
                b'h' => range(x, -32768, 32767, "signed short integer")?,
                b'H' => {
                    range(x, i32::MIN as i128, i32::MAX as i128, "signed integer")?;
                    range(x, 0, 65535, "unsigned short")?;
                }
                b'i' => range(x, i32::MIN as i128, i32::MAX as i128, "signed integer")?,
                _ => {}
            }
            x
        }
        b'I' | b'L' => {
            if n < BigInt::from(0) {
                return Err(overflow_error(
                    "can't convert negative value to unsigned int",
                ));
            }
            let x = n.to_u64().ok_or_else(|| too_large("unsigned long"))? as i128;
            if code == b'I' && x > u32::MAX as i128 {
                return Err(overflow_error("unsigned int is greater than maximum"));
            }
            x
        }
        b'q' => n
            .to_i64()
            .ok_or_else(|| overflow_error("int too big to convert"))? as i128,
        _ => {
            if n < BigInt::from(0) {
                return Err(overflow_error("can't convert negative int to unsigned"));
            }
            n.to_u64()
                .ok_or_else(|| overflow_error("int too big to convert"))? as i128
        }
    };
    Ok(Elem::Int(x))
}

fn to_value(e: Elem) -> Value {
    match e {
        Elem::Int(i) => match i64::try_from(i) {
            Ok(i) => Value::Int(i),
            Err(_) => Value::from_bigint(BigInt::from(i)),
        },
        Elem::Float(f) => Value::Float(f),
        Elem::Char(c) => new_str(c.to_string()),
    }
}

/// The machine representation of an item (little-endian, as this host).
fn elem_bytes(code: u8, e: Elem, out: &mut Vec<u8>) {
    let n = item_size(code);
    match e {
        Elem::Int(i) => out.extend_from_slice(&(i as u64).to_le_bytes()[..n]),
        Elem::Float(f) if code == b'f' => out.extend_from_slice(&(f as f32).to_le_bytes()),
        Elem::Float(f) => out.extend_from_slice(&f.to_le_bytes()),
        Elem::Char(c) => out.extend_from_slice(&(c as u32).to_le_bytes()),
    }
}

fn elem_from_bytes(code: u8, b: &[u8]) -> PyResult<Elem> {
    let mut raw = [0u8; 8];
    raw[..b.len()].copy_from_slice(b);
    let u = u64::from_le_bytes(raw);
    let bits = b.len() * 8;
    Ok(match code {
        b'f' => Elem::Float(f32::from_bits(u as u32) as f64),
        b'd' => Elem::Float(f64::from_bits(u)),
        b'u' => match char::from_u32(u as u32) {
            Some(c) => Elem::Char(c),
            None => {
                return Err(value_error(format!(
                    "character U+{:x} is not in range [U+0000; U+10ffff]",
                    u as u32
                )))
            }
        },
        b'b' | b'h' | b'i' | b'l' | b'q' => {
            let shift = 64 - bits;
            Elem::Int((((u << shift) as i64) >> shift) as i128)
        }
        _ => Elem::Int(u as i128),
    })
}

// ---- helpers ------------------------------------------------------------------------------

fn arr(v: &Value) -> PyResult<&Array> {
    native_ref::<Array>(v).ok_or_else(|| {
        type_error(format!(
            "descriptor requires a 'array.array' object but received a '{}'",
            type_name(v)
        ))
    })
}

fn new_array(cls: &Obj, code: u8, items: Vec<Elem>) -> Value {
    new_native(
        cls,
        Array {
            code,
            items: RefCell::new(items),
        },
    )
}

/// A new `array` (of that exact class, as CPython makes slices and sums of subclass
/// instances) with the typecode of `a`.
fn like(a: &Array, items: Vec<Elem>) -> Value {
    new_array(&classes().array, a.code, items)
}

fn not_implemented() -> Value {
    Value::Obj(types().not_implemented.clone())
}

/// Appends each item of an iterable, converted (stops at the first bad one, as CPython).
fn extend_iter(vm: &mut Vm, a: &Array, iterable: &Value) -> PyResult<()> {
    let it = ops::iter::get_iter(vm, iterable)?;
    while let Some(v) = ops::iter::next(vm, &it)? {
        let e = to_elem(vm, a.code, &v)?;
        a.items.borrow_mut().push(e);
    }
    Ok(())
}

fn frombytes_into(a: &Array, data: &[u8]) -> PyResult<()> {
    let n = item_size(a.code);
    if !data.len().is_multiple_of(n) {
        return Err(value_error("bytes length not a multiple of item size"));
    }
    let mut new = Vec::with_capacity(data.len() / n);
    for chunk in data.chunks(n) {
        new.push(elem_from_bytes(a.code, chunk)?);
    }
    a.items.borrow_mut().extend(new);
    Ok(())
}

/// A normalised index for reading or replacing one item, or None if out of range.
fn norm_index(i: i64, len: usize) -> Option<usize> {
    let i = if i < 0 { i + len as i64 } else { i };
    (0..len as i64).contains(&i).then_some(i as usize)
}

fn slice_of(v: &Value) -> Option<&[Value; 3]> {
    match v.payload() {
        Some(Payload::Slice(s)) => Some(s),
        _ => None,
    }
}

fn index_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match ops::seq::to_index(vm, v)? {
        Some(i) => Ok(i),
        None => Err(type_error("array indices must be integers")),
    }
}

// ---- construction -------------------------------------------------------------------------

fn array_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.has_kwargs() {
        return Err(type_error("array.array() takes no keyword arguments"));
    }
    let pos = args.pos();
    if pos.len() < 2 || pos.len() > 3 {
        return Err(type_error(format!(
            "array() takes {} ({} given)",
            if pos.len() < 2 {
                "at least 1 argument"
            } else {
                "at most 2 arguments"
            },
            pos.len() - 1
        )));
    }
    let cls = pos[0].as_obj().expect("a class");
    let tc = &pos[1];
    let code = match as_str(tc) {
        Some(s) if s.chars().count() == 1 => s.chars().next().expect("one char"),
        Some(_) => {
            return Err(type_error(
                "array() argument 1 must be a unicode character, not str",
            ))
        }
        None => {
            return Err(type_error(format!(
                "array() argument 1 must be a unicode character, not {}",
                type_name(tc)
            )))
        }
    };
    if !code.is_ascii() || !TYPECODES.contains(code) {
        return Err(value_error(
            "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)",
        ));
    }
    let code = code as u8;
    let a = new_array(cls, code, Vec::new());
    let Some(init) = pos.get(2) else {
        return Ok(a);
    };
    let me = arr(&a)?;
    if let Some(s) = as_str(init) {
        if code != b'u' {
            return Err(type_error(format!(
                "cannot use a str to initialize an array with typecode '{}'",
                code as char
            )));
        }
        me.items.borrow_mut().extend(s.chars().map(Elem::Char));
        return Ok(a);
    }
    if let Some(other) = native_ref::<Array>(init) {
        if other.code == b'u' && code != b'u' {
            return Err(type_error(format!(
                "cannot use a unicode array to initialize an array with typecode '{}'",
                code as char
            )));
        }
    }
    match init.payload() {
        Some(Payload::Bytes(b)) => frombytes_into(me, b)?,
        Some(Payload::ByteArray(b)) => {
            let data = b.borrow().clone();
            frombytes_into(me, &data)?
        }
        _ => extend_iter(vm, me, init)?,
    }
    Ok(a)
}

// ---- sequence protocol --------------------------------------------------------------------

fn len(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("__len__", &args, 1, 1)?;
    Ok(Value::Int(arr(&args.values[0])?.items.borrow().len() as i64))
}

fn getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("__getitem__", &args, 2, 2)?;
    let (me, key) = (&args.values[0], &args.values[1]);
    let a = arr(me)?;
    if let Some(s) = slice_of(key) {
        let (start, _, step, count) = ops::seq::slice_indices(vm, s, || a.items.borrow().len())?;
        let items = a.items.borrow();
        let out = (0..count)
            .map(|k| items[(start + k as i64 * step) as usize])
            .collect();
        return Ok(like(a, out));
    }
    let i = index_arg(vm, key)?;
    let items = a.items.borrow();
    match norm_index(i, items.len()) {
        Some(i) => Ok(to_value(items[i])),
        None => Err(index_error("array index out of range")),
    }
}

fn setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("__setitem__", &args, 3, 3)?;
    let (me, key, v) = (&args.values[0], &args.values[1], &args.values[2]);
    let a = arr(me)?;
    if let Some(s) = slice_of(key) {
        let Some(src) = native_ref::<Array>(v) else {
            return Err(type_error(format!(
                "can only assign array (not \"{}\") to array slice",
                type_name(v)
            )));
        };
        if src.code != a.code {
            return Err(type_error("bad argument type for built-in operation"));
        }
        let new: Vec<Elem> = src.items.borrow().clone();
        let (start, stop, step, count) = ops::seq::slice_indices(vm, s, || a.items.borrow().len())?;
        let mut items = a.items.borrow_mut();
        if step == 1 {
            let stop = stop.max(start) as usize;
            items.splice(start as usize..stop, new);
        } else {
            if new.len() != count {
                return Err(value_error(format!(
                    "attempt to assign array of size {} to extended slice of size {count}",
                    new.len()
                )));
            }
            for (k, e) in new.into_iter().enumerate() {
                items[(start + k as i64 * step) as usize] = e;
            }
        }
        return Ok(Value::None);
    }
    let i = index_arg(vm, key)?;
    let n = a.items.borrow().len();
    let Some(i) = norm_index(i, n) else {
        return Err(index_error("array assignment index out of range"));
    };
    let e = to_elem(vm, a.code, v)?;
    if let Some(slot) = a.items.borrow_mut().get_mut(i) {
        *slot = e;
    }
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("__delitem__", &args, 2, 2)?;
    let (me, key) = (&args.values[0], &args.values[1]);
    let a = arr(me)?;
    if let Some(s) = slice_of(key) {
        let (start, _, step, count) = ops::seq::slice_indices(vm, s, || a.items.borrow().len())?;
        let n = a.items.borrow().len();
        let mut drop = vec![false; n];
        for k in 0..count {
            drop[(start + k as i64 * step) as usize] = true;
        }
        let mut k = 0;
        a.items.borrow_mut().retain(|_| {
            k += 1;
            !drop[k - 1]
        });
        return Ok(Value::None);
    }
    let i = index_arg(vm, key)?;
    let n = a.items.borrow().len();
    match norm_index(i, n) {
        Some(i) => {
            a.items.borrow_mut().remove(i);
            Ok(Value::None)
        }
        None => Err(index_error("array assignment index out of range")),
    }
}

fn iter(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("__iter__", &args, 1, 1)?;
    arr(&args.values[0])?;
    Ok(new_native(
        &classes().iter,
        ArrayIter {
            array: RefCell::new(Some(args.values[0].clone())),
            index: Cell::new(0),
        },
    ))
}

fn iter_self(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(args.values[0].clone())
}

fn iter_next(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let it = native_ref::<ArrayIter>(&args.values[0])
        .ok_or_else(|| type_error("descriptor '__next__' requires an 'arrayiterator'"))?;
    let held = it.array.borrow().clone();
    if let Some(v) = held {
        let a = arr(&v)?;
        let i = it.index.get();
        if let Some(e) = a.items.borrow().get(i) {
            it.index.set(i + 1);
            return Ok(to_value(*e));
        }
        // An exhausted iterator stays exhausted, even if the array grows.
        *it.array.borrow_mut() = None;
    }
    Err(stop_iteration(Value::None))
}

/// The items as Python values.
fn values(a: &Array) -> Vec<Value> {
    a.items.borrow().iter().map(|e| to_value(*e)).collect()
}

fn contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("__contains__", &args, 2, 2)?;
    let a = arr(&args.values[0])?;
    for v in values(a) {
        if ops::compare::eq(vm, &v, &args.values[1])? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("__repr__", &args, 1, 1)?;
    let a = arr(&args.values[0])?;
    // The class's own name (`array`, or a subclass's), not its module-qualified tp_name.
    let name =
        crate::object::class::class_data(&crate::object::class_of(&args.values[0])).name_str();
    let code = a.code as char;
    if a.items.borrow().is_empty() {
        return Ok(new_str(format!("{name}('{code}')")));
    }
    let inner = if a.code == b'u' {
        let s: String = a
            .items
            .borrow()
            .iter()
            .map(|e| match e {
                Elem::Char(c) => *c,
                _ => '?',
            })
            .collect();
        ops::repr::repr(vm, &new_str(s))?
    } else {
        ops::repr::repr(vm, &new_list(values(a)))?
    };
    Ok(new_str(format!("{name}('{code}', {inner})")))
}

fn unhashable(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(type_error("unhashable type: 'array.array'"))
}

/// Rich comparison of two arrays as sequences of their values.
fn compare(vm: &mut Vm, args: &Args, op: CmpOp) -> PyResult<Value> {
    check_args(op.symbol(), args, 2, 2)?;
    let a = arr(&args.values[0])?;
    let Some(b) = native_ref::<Array>(&args.values[1]) else {
        return Ok(not_implemented());
    };
    let (x, y) = (values(a), values(b));
    if x.len() != y.len() && matches!(op, CmpOp::Eq | CmpOp::Ne) {
        return Ok(Value::Bool(op == CmpOp::Ne));
    }
    for (p, q) in x.iter().zip(y.iter()) {
        if !ops::compare::eq(vm, p, q)? {
            return match op {
                CmpOp::Eq => Ok(Value::Bool(false)),
                CmpOp::Ne => Ok(Value::Bool(true)),
                _ => ops::compare::compare(vm, op, p, q),
            };
        }
    }
    let (m, n) = (x.len(), y.len());
    Ok(Value::Bool(match op {
        CmpOp::Lt => m < n,
        CmpOp::Le => m <= n,
        CmpOp::Eq => m == n,
        CmpOp::Ne => m != n,
        CmpOp::Gt => m > n,
        CmpOp::Ge => m >= n,
    }))
}

fn eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, &args, CmpOp::Eq)
}
fn ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, &args, CmpOp::Ne)
}
fn lt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, &args, CmpOp::Lt)
}
fn le(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, &args, CmpOp::Le)
}
fn gt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, &args, CmpOp::Gt)
}
fn ge(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, &args, CmpOp::Ge)
}

/// The other array of `a + b` / `a += b`, of the same typecode.
fn same_kind<'a>(a: &Array, b: &'a Value, what: &str) -> PyResult<&'a Array> {
    let Some(o) = native_ref::<Array>(b) else {
        return Err(type_error(format!(
            "can only {what} array (not \"{}\") to array",
            type_name(b)
        )));
    };
    if o.code != a.code {
        return Err(type_error("bad argument type for built-in operation"));
    }
    Ok(o)
}

fn add(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("__add__", &args, 2, 2)?;
    let me = &args.values[0];
    let a = arr(me)?;
    let b = same_kind(a, &args.values[1], "append")?;
    let mut items = a.items.borrow().clone();
    items.extend(b.items.borrow().iter().copied());
    Ok(like(a, items))
}

fn iadd(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("__iadd__", &args, 2, 2)?;
    let me = &args.values[0];
    let a = arr(me)?;
    let other = &args.values[1];
    let Some(b) = native_ref::<Array>(other) else {
        return Err(type_error(format!(
            "can only extend array with array (not \"{}\")",
            type_name(other)
        )));
    };
    if b.code != a.code {
        return Err(type_error("can only extend with array of same kind"));
    }
    let extra = b.items.borrow().clone();
    a.items.borrow_mut().extend(extra);
    Ok(me.clone())
}

fn repeat_count(vm: &mut Vm, v: &Value) -> PyResult<usize> {
    match index_value(vm, v)? {
        Some(n) => Ok(n
            .to_i64()
            .unwrap_or(if n < BigInt::from(0) { 0 } else { i64::MAX })
            .max(0) as usize),
        None => Err(type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            type_name(v)
        ))),
    }
}

fn mul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("__mul__", &args, 2, 2)?;
    let me = &args.values[0];
    let a = arr(me)?;
    let n = repeat_count(vm, &args.values[1])?;
    let items = a.items.borrow();
    if !items.is_empty() && n > (isize::MAX as usize) / 16 / items.len() {
        return Err(crate::object::exception::memory_error(""));
    }
    let out = items.repeat(n);
    drop(items);
    Ok(like(a, out))
}

fn imul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("__imul__", &args, 2, 2)?;
    let me = &args.values[0];
    let a = arr(me)?;
    let n = repeat_count(vm, &args.values[1])?;
    let new = a.items.borrow().repeat(n);
    *a.items.borrow_mut() = new;
    Ok(me.clone())
}

// ---- methods ------------------------------------------------------------------------------

fn append(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("append", &args, 2, 2)?;
    let a = arr(&args.values[0])?;
    let e = to_elem(vm, a.code, &args.values[1])?;
    a.items.borrow_mut().push(e);
    Ok(Value::None)
}

fn extend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("extend", &args, 2, 2)?;
    let a = arr(&args.values[0])?;
    let src = &args.values[1];
    if let Some(b) = native_ref::<Array>(src) {
        if b.code != a.code {
            return Err(type_error("can only extend with array of same kind"));
        }
        let extra = b.items.borrow().clone();
        a.items.borrow_mut().extend(extra);
        return Ok(Value::None);
    }
    extend_iter(vm, a, src)?;
    Ok(Value::None)
}

fn insert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("insert", &args, 3, 3)?;
    let a = arr(&args.values[0])?;
    let i = crate::builtins::number::ssize_arg(vm, &args.values[1])?;
    let e = to_elem(vm, a.code, &args.values[2])?;
    let mut items = a.items.borrow_mut();
    let n = items.len() as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
    items.insert(at as usize, e);
    Ok(Value::None)
}

fn pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("pop", &args, 1, 2)?;
    let a = arr(&args.values[0])?;
    let i = match args.pos().get(1) {
        Some(v) => crate::builtins::number::ssize_arg(vm, v)?,
        None => -1,
    };
    let mut items = a.items.borrow_mut();
    if items.is_empty() {
        return Err(index_error("pop from empty array"));
    }
    match norm_index(i, items.len()) {
        Some(i) => Ok(to_value(items.remove(i))),
        None => Err(index_error("pop index out of range")),
    }
}

/// The position of the first item equal to `x` in `lo..hi`.
fn find(vm: &mut Vm, a: &Array, x: &Value, lo: usize, hi: usize) -> PyResult<Option<usize>> {
    let vals = values(a);
    for (i, v) in vals.iter().enumerate().take(hi).skip(lo) {
        if ops::compare::eq(vm, v, x)? {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

fn remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("remove", &args, 2, 2)?;
    let a = arr(&args.values[0])?;
    match find(vm, a, &args.values[1], 0, usize::MAX)? {
        Some(i) => {
            a.items.borrow_mut().remove(i);
            Ok(Value::None)
        }
        None => Err(value_error("array.remove(x): x not in array")),
    }
}

fn index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let slots = bind("index", &args, &["self", "v", "start", "stop"], 4, 2)?;
    let a = arr(&args.values[0])?;
    let n = a.items.borrow().len() as i64;
    let mut bound = |v: Option<&Value>, default: i64| -> PyResult<usize> {
        let i = match v {
            Some(v) => crate::builtins::number::ssize_arg(vm, v)?,
            None => default,
        };
        Ok(if i < 0 { (i + n).max(0) } else { i.min(n) } as usize)
    };
    let lo = bound(slots[2], 0)?;
    let hi = bound(slots[3], n)?;
    match find(vm, a, slots[1].expect("bound"), lo, hi)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(value_error("array.index(x): x not in array")),
    }
}

fn count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("count", &args, 2, 2)?;
    let a = arr(&args.values[0])?;
    let mut n = 0;
    for v in values(a) {
        if ops::compare::eq(vm, &v, &args.values[1])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn reverse(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("reverse", &args, 1, 1)?;
    arr(&args.values[0])?.items.borrow_mut().reverse();
    Ok(Value::None)
}

fn tolist(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("tolist", &args, 1, 1)?;
    Ok(new_list(values(arr(&args.values[0])?)))
}

/// The typecode and the items of array `v`, if it is one: what a memoryview compares with
/// and checks assignments against.
pub fn typed_items(v: &Value) -> Option<(char, Vec<Value>)> {
    let a = native_ref::<Array>(v)?;
    Some((a.code as char, values(a)))
}

/// The machine representation of an array's items, if `v` is an array: what it exports as
/// a buffer (`bytes(a)`, `struct.unpack(fmt, a)`, ...).
pub fn buffer(v: &Value) -> Option<Vec<u8>> {
    let a = native_ref::<Array>(v)?;
    let mut out = Vec::with_capacity(a.items.borrow().len() * item_size(a.code));
    for e in a.items.borrow().iter() {
        elem_bytes(a.code, *e, &mut out);
    }
    Some(out)
}

/// Overwrites the machine representation of array `v` from byte `at` on with `data` (a
/// writable buffer, for `struct.pack_into`); false if `v` is not an array.
pub fn write_buffer(v: &Value, at: usize, data: &[u8]) -> PyResult<bool> {
    let Some(a) = native_ref::<Array>(v) else {
        return Ok(false);
    };
    let mut raw = buffer(v).unwrap_or_default();
    raw[at..at + data.len()].copy_from_slice(data);
    let n = item_size(a.code);
    let items = raw
        .chunks(n)
        .map(|c| elem_from_bytes(a.code, c))
        .collect::<PyResult<Vec<_>>>()?;
    *a.items.borrow_mut() = items;
    Ok(true)
}

fn tobytes(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("tobytes", &args, 1, 1)?;
    arr(&args.values[0])?;
    Ok(new_bytes(buffer(&args.values[0]).unwrap_or_default()))
}

/// `buffer_info()`: (address of the items' storage, number of items). The address is only
/// informational (pyjit keeps the items as values, not as a C buffer) and changes when the
/// array grows, as CPython's does.
fn buffer_info(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("buffer_info", &args, 1, 1)?;
    let a = arr(&args.values[0])?;
    let items = a.items.borrow();
    Ok(crate::object::new_tuple(vec![
        Value::Int(items.as_ptr() as usize as i64),
        Value::Int(items.len() as i64),
    ]))
}

fn frombytes(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("frombytes", &args, 2, 2)?;
    let a = arr(&args.values[0])?;
    // CPython takes any buffer of single bytes only.
    if native_ref::<Array>(&args.values[1]).is_some_and(|b| item_size(b.code) != 1) {
        return Err(type_error("a bytes-like object is required"));
    }
    let Some(data) = crate::builtins::bytes::bytes_like(&args.values[1]) else {
        return Err(type_error(format!(
            "a bytes-like object is required, not '{}'",
            type_name(&args.values[1])
        )));
    };
    frombytes_into(a, &data)?;
    Ok(Value::None)
}

/// `fromlist(list)`: all items or none.
fn fromlist(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("fromlist", &args, 2, 2)?;
    let a = arr(&args.values[0])?;
    let Some(Payload::List(l)) = args.values[1].payload() else {
        return Err(type_error("arg must be list"));
    };
    let items = l.borrow().clone();
    let mut new = Vec::with_capacity(items.len());
    for v in &items {
        new.push(to_elem(vm, a.code, v)?);
    }
    a.items.borrow_mut().extend(new);
    Ok(Value::None)
}

fn tounicode(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("tounicode", &args, 1, 1)?;
    let a = arr(&args.values[0])?;
    if a.code != b'u' {
        return Err(value_error(
            "tounicode() may only be called on unicode type arrays",
        ));
    }
    let s: String = a
        .items
        .borrow()
        .iter()
        .filter_map(|e| match e {
            Elem::Char(c) => Some(*c),
            _ => None,
        })
        .collect();
    Ok(new_str(s))
}

fn fromunicode(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("fromunicode", &args, 2, 2)?;
    let a = arr(&args.values[0])?;
    let Some(s) = as_str(&args.values[1]) else {
        return Err(type_error(format!(
            "fromunicode() argument must be str, not {}",
            type_name(&args.values[1])
        )));
    };
    if a.code != b'u' {
        return Err(value_error(
            "fromunicode() may only be called on unicode type arrays",
        ));
    }
    a.items.borrow_mut().extend(s.chars().map(Elem::Char));
    Ok(Value::None)
}

/// `byteswap()`: reverses the bytes of every item.
fn byteswap(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("byteswap", &args, 1, 1)?;
    let a = arr(&args.values[0])?;
    let n = item_size(a.code);
    let mut swapped = Vec::new();
    for e in a.items.borrow().iter() {
        let mut b = Vec::with_capacity(n);
        elem_bytes(a.code, *e, &mut b);
        b.reverse();
        swapped.push(elem_from_bytes(a.code, &b)?);
    }
    *a.items.borrow_mut() = swapped;
    Ok(Value::None)
}

fn copy(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("__copy__", &args, 1, 1)?;
    let me = &args.values[0];
    let a = arr(me)?;
    let items = a.items.borrow().clone();
    Ok(like(a, items))
}

fn typecode(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(new_str((arr(&args.values[0])?.code as char).to_string()))
}

fn itemsize(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(item_size(arr(&args.values[0])?.code) as i64))
}
