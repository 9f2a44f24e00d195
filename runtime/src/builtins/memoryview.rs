//! `memoryview`: a one-dimensional view of the bytes of a `bytes` or `bytearray`, with
//! CPython 3.11's results and error messages.
//!
//! A view holds its exporter and the positions it covers (`start`, `step`, `len`), so slices
//! and `cast` share the exporter's bytes and writes through a view of a bytearray change the
//! bytearray. Formats are the byte formats only ('B', 'b', 'c', with an optional '@'); a
//! cast to a wider format raises NotImplementedError.
//!
//! While a view of a bytearray exists and is not released, the bytearray cannot change size
//! (CPython's export count): the count lives in a side table keyed by the bytearray's
//! address, which stays valid because each counted view keeps its bytearray alive. Every
//! bytearray operation that resizes calls [`check_resize`] first.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;

use crate::builtins::{add_getter, add_method, bind, check_args, no_kwargs};
use crate::interp::Vm;
use crate::object::class::Layout;
use crate::object::exception::{
    index_error, not_implemented_error, stop_iteration, type_error, value_error, PyErr,
};
use crate::object::function::Args;
use crate::object::types::{make_class, Types};
use crate::object::{
    as_str, exc_types, native_ref, new_bytes, new_list, new_native, new_str, new_tuple, type_name,
    types, NativeData, Obj, Payload,
};
use crate::ops;
use crate::value::Value;
use crate::PyResult;

/// How a view reads its items: the byte formats of the struct module.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// 'B': unsigned ints.
    UByte,
    /// 'b': signed ints.
    SByte,
    /// 'c': bytes of length 1.
    Char,
}

impl Kind {
    fn item(self, b: u8) -> Value {
        match self {
            Kind::UByte => Value::Int(b as i64),
            Kind::SByte => Value::Int(b as i8 as i64),
            Kind::Char => new_bytes(vec![b]),
        }
    }
}

/// The data of a memoryview object.
pub struct MemoryView {
    /// The exporting bytes or bytearray (for a view of a view, the first view's exporter);
    /// None once released.
    base: RefCell<Option<Obj>>,
    /// Position in the exporter of item 0, and the distance between items (negative for a
    /// reversed slice).
    start: isize,
    step: isize,
    len: usize,
    kind: Kind,
    /// The format as given to `cast` ("B" or "@B", ...), which `format` reports.
    format: &'static str,
    readonly: bool,
}

impl MemoryView {
    /// A view of `base` (holding an export of it if it is a bytearray).
    fn new(
        base: Obj,
        (start, step, len): (isize, isize, usize),
        kind: Kind,
        format: &'static str,
        readonly: bool,
    ) -> MemoryView {
        export(&base);
        MemoryView {
            base: RefCell::new(Some(base)),
            start,
            step,
            len,
            kind,
            format,
            readonly,
        }
    }

    /// The exporter, or the error every operation on a released view raises.
    fn base(&self) -> PyResult<Obj> {
        self.base.borrow().clone().ok_or_else(released)
    }

    fn check(&self) -> PyResult<()> {
        self.base().map(|_| ())
    }

    /// The exporter's position of item `i` (< len).
    fn pos(&self, i: usize) -> usize {
        (self.start + i as isize * self.step) as usize
    }

    /// The bytes the view covers, in view order.
    fn bytes(&self) -> PyResult<Vec<u8>> {
        let base = self.base()?;
        with_data(&base, |d| {
            (0..self.len)
                .map(|i| d.get(self.pos(i)).copied())
                .collect::<Option<Vec<u8>>>()
        })
        .ok_or_else(resized)
    }

    /// The byte of item `i` (< len).
    fn byte(&self, i: usize) -> PyResult<u8> {
        let base = self.base()?;
        with_data(&base, |d| d.get(self.pos(i)).copied()).ok_or_else(resized)
    }

    /// Overwrites items `first, first + step, ...` with `data` (the caller checked the view
    /// is writable and the lengths agree).
    fn write(&self, first: usize, step: isize, data: &[u8]) -> PyResult<()> {
        let base = self.base()?;
        let Payload::ByteArray(b) = &base.payload else {
            return Err(type_error("cannot modify read-only memory"));
        };
        let mut b = b.borrow_mut();
        for (k, &c) in data.iter().enumerate() {
            let i = (first as isize + k as isize * step) as usize;
            match b.get_mut(self.pos(i)) {
                Some(slot) => *slot = c,
                None => return Err(resized()),
            }
        }
        Ok(())
    }

    /// `(start, step, len)` of this view's items `first, first + step, ...` (`n` of them).
    fn sub(&self, first: i64, step: i64, n: usize) -> (isize, isize, usize) {
        (
            self.start + first as isize * self.step,
            self.step * step as isize,
            n,
        )
    }

    /// C-contiguous: the items are adjacent (every one-item or empty view is).
    fn contiguous(&self) -> bool {
        self.len <= 1 || self.step == 1
    }
}

impl Drop for MemoryView {
    fn drop(&mut self) {
        if let Some(base) = self.base.get_mut().take() {
            unexport(&base);
        }
    }
}

impl NativeData for MemoryView {
    // A bytearray subclass's instance can hold a view of itself in its `__dict__`.
    fn is_container(&self) -> bool {
        true
    }
    fn traverse(&self, f: &mut dyn FnMut(&Obj)) -> bool {
        let Ok(base) = self.base.try_borrow() else {
            return false;
        };
        if let Some(o) = &*base {
            f(o);
        }
        true
    }
    fn clear(&self, out: &mut Vec<Value>) {
        if let Some(base) = self.base.borrow_mut().take() {
            unexport(&base);
            out.push(Value::Obj(base));
        }
    }
}

/// Calls `f` on the bytes of exporter `o`.
fn with_data<R>(o: &Obj, f: impl FnOnce(&[u8]) -> R) -> R {
    match &o.payload {
        Payload::Bytes(b) => f(b),
        Payload::ByteArray(b) => f(&b.borrow()),
        _ => f(&[]),
    }
}

fn released() -> PyErr {
    value_error("operation forbidden on released memoryview object")
}

/// A view found its exporter shorter than when it was made: a resize that `check_resize`
/// did not guard. Raised rather than reading out of bounds.
fn resized() -> PyErr {
    PyErr::new(
        &exc_types().buffer_error,
        "memoryview: the underlying bytearray was resized",
    )
}

// ---- exports ------------------------------------------------------------------------------

thread_local! {
    /// The number of live views of each bytearray that has some, by address.
    static EXPORTS: RefCell<HashMap<usize, usize>> = RefCell::new(HashMap::new());
}

fn export(o: &Obj) {
    if matches!(o.payload, Payload::ByteArray(_)) {
        EXPORTS.with(|e| *e.borrow_mut().entry(o.addr()).or_insert(0) += 1);
    }
}

fn unexport(o: &Obj) {
    if matches!(o.payload, Payload::ByteArray(_)) {
        // At thread exit the table may be gone already; nothing is left to check then.
        let _ = EXPORTS.try_with(|e| {
            let mut e = e.borrow_mut();
            if let Some(n) = e.get_mut(&o.addr()) {
                *n -= 1;
                if *n == 0 {
                    e.remove(&o.addr());
                }
            }
        });
    }
}

/// CPython's BufferError if bytearray `v` would change size from `old` to `new` bytes while
/// a memoryview of it exists.
pub fn check_resize(v: &Value, old: usize, new: usize) -> PyResult<()> {
    let Value::Obj(o) = v else {
        return Ok(());
    };
    if old != new && EXPORTS.with(|e| e.borrow().contains_key(&o.addr())) {
        return Err(PyErr::new(
            &exc_types().buffer_error,
            "Existing exports of data: object cannot be re-sized",
        ));
    }
    Ok(())
}

/// The bytes a memoryview covers, if `v` is one that is not released and whose items are
/// adjacent: the simple buffer most consumers of bytes-like objects ask for (CPython's
/// `PyBUF_SIMPLE`, which a strided view refuses).
pub fn buffer(v: &Value) -> Option<Vec<u8>> {
    let mv = native_ref::<MemoryView>(v)?;
    if !mv.contiguous() {
        return None;
    }
    mv.bytes().ok()
}

/// The bytes any live memoryview covers, in order (what `bytes(mv)` and `bytearray(mv)` copy,
/// strided or not).
pub fn buffer_any(v: &Value) -> Option<Vec<u8>> {
    native_ref::<MemoryView>(v)?.bytes().ok()
}

/// Whether `v` is a live memoryview whose items are not adjacent.
pub fn is_strided(v: &Value) -> bool {
    native_ref::<MemoryView>(v).is_some_and(|mv| mv.check().is_ok() && !mv.contiguous())
}

// ---- classes ------------------------------------------------------------------------------

thread_local! {
    static ITER_CLASS: Obj = {
        let c = make_class(
            "memory_iterator",
            std::slice::from_ref(&types().object),
            Layout::Builtin,
        );
        add_method(&c, "__iter__", iter_self);
        add_method(&c, "__next__", iter_next);
        c
    };
}

pub fn install(t: &Types) {
    let c = &t.memoryview;
    add_method(c, "__new__", mv_new);
    add_method(c, "__len__", mv_len);
    add_method(c, "__getitem__", mv_getitem);
    add_method(c, "__setitem__", mv_setitem);
    add_method(c, "__delitem__", mv_delitem);
    add_method(c, "__iter__", mv_iter);
    add_method(c, "__eq__", mv_eq);
    add_method(c, "__ne__", mv_ne);
    add_method(c, "__hash__", mv_hash);
    add_method(c, "__repr__", mv_repr);
    add_method(c, "__enter__", mv_enter);
    add_method(c, "__exit__", mv_exit);
    add_method(c, "release", mv_release);
    add_method(c, "tobytes", mv_tobytes);
    add_method(c, "tolist", mv_tolist);
    add_method(c, "hex", mv_hex);
    add_method(c, "cast", mv_cast);
    add_method(c, "toreadonly", mv_toreadonly);
    add_getter(c, "obj", get_obj);
    add_getter(c, "nbytes", get_nbytes);
    add_getter(c, "readonly", get_readonly);
    add_getter(c, "itemsize", get_itemsize);
    add_getter(c, "format", get_format);
    add_getter(c, "ndim", get_ndim);
    add_getter(c, "shape", get_shape);
    add_getter(c, "strides", get_strides);
    add_getter(c, "suboffsets", get_suboffsets);
    add_getter(c, "c_contiguous", get_contiguous);
    add_getter(c, "f_contiguous", get_contiguous);
    add_getter(c, "contiguous", get_contiguous);
}

/// The view `args[0]` (the receiver of a method).
fn this<'a>(args: &Args<'a>, method: &str) -> PyResult<&'a MemoryView> {
    let v = args.values.first().ok_or_else(|| {
        type_error(format!(
            "unbound method memoryview.{method}() needs an argument"
        ))
    })?;
    native_ref::<MemoryView>(v).ok_or_else(|| {
        type_error(format!(
            "descriptor '{method}' for 'memoryview' objects doesn't apply to a '{}' object",
            type_name(v)
        ))
    })
}

/// The receiver of a method that takes no arguments (checked as CPython words it).
fn this_no_args<'a>(args: &Args<'a>, method: &str) -> PyResult<&'a MemoryView> {
    let mv = this(args, method)?;
    let rest = Args {
        values: &args.values[1..],
        kwnames: args.kwnames,
    };
    no_kwargs(&format!("memoryview.{method}"), &rest)?;
    if !rest.values.is_empty() {
        return Err(type_error(format!(
            "memoryview.{method}() takes no arguments ({} given)",
            rest.values.len()
        )));
    }
    Ok(mv)
}

/// The arguments after the receiver.
fn rest<'a>(args: &Args<'a>) -> Args<'a> {
    Args {
        values: &args.values[1..],
        kwnames: args.kwnames,
    }
}

fn new_view(mv: MemoryView) -> Value {
    new_native(&types().memoryview, mv)
}

// ---- construction and release -------------------------------------------------------------

/// `memoryview(object)`.
fn mv_new(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let rest = rest(&args);
    // As argument clinic: a missing argument is reported before an unknown keyword.
    if rest.pos().is_empty() && rest.kw("object").is_none() && rest.kwnames.len() <= 1 {
        return Err(type_error(
            "memoryview() missing required argument 'object' (pos 1)",
        ));
    }
    let a = bind("memoryview", &rest, &["object"], 0, 1)?;
    let src = a[0].expect("required argument");
    if let Some(mv) = native_ref::<MemoryView>(src) {
        let base = mv.base()?;
        return Ok(new_view(MemoryView::new(
            base,
            (mv.start, mv.step, mv.len),
            mv.kind,
            mv.format,
            mv.readonly,
        )));
    }
    match src {
        Value::Obj(o) if matches!(o.payload, Payload::Bytes(_) | Payload::ByteArray(_)) => {
            let len = with_data(o, |d| d.len());
            let readonly = matches!(o.payload, Payload::Bytes(_));
            Ok(new_view(MemoryView::new(
                o.clone(),
                (0, 1, len),
                Kind::UByte,
                "B",
                readonly,
            )))
        }
        _ if crate::modules::array::typed_items(src).is_some() => Err(not_implemented_error(
            "memoryview of an array.array is not supported",
        )),
        _ => Err(type_error(format!(
            "memoryview: a bytes-like object is required, not '{}'",
            type_name(src)
        ))),
    }
}

/// Releases the view: its exporter may change size again, and every later operation but
/// `release` raises ValueError.
fn release(mv: &MemoryView) {
    let base = mv.base.borrow_mut().take();
    if let Some(base) = base {
        unexport(&base);
    }
}

fn mv_release(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    release(this_no_args(&args, "release")?);
    Ok(Value::None)
}

fn mv_enter(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    this_no_args(&args, "__enter__")?.check()?;
    Ok(args.values[0].clone())
}

fn mv_exit(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    release(this(&args, "__exit__")?);
    Ok(Value::None)
}

fn mv_toreadonly(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mv = this_no_args(&args, "toreadonly")?;
    Ok(new_view(MemoryView::new(
        mv.base()?,
        (mv.start, mv.step, mv.len),
        mv.kind,
        mv.format,
        true,
    )))
}

// ---- items --------------------------------------------------------------------------------

fn mv_len(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mv = this_no_args(&args, "__len__")?;
    mv.check()?;
    Ok(Value::Int(mv.len as i64))
}

/// What a subscript key asks for.
enum Key {
    Item(usize),
    Slice(i64, i64, usize),
}

/// Parses the key of `mv[key]` / `mv[key] = v`; `assign` picks the wording of the errors that
/// differ between the two.
fn parse_key(vm: &mut Vm, mv: &MemoryView, key: &Value, assign: bool) -> PyResult<Key> {
    let index = |vm: &mut Vm, k: &Value| -> PyResult<Option<Key>> {
        let Some(i) = ops::seq::to_index(vm, k)? else {
            return Ok(None);
        };
        let n = mv.len as i64;
        let j = if i < 0 { i + n } else { i };
        if !(0..n).contains(&j) {
            return Err(index_error("index out of bounds on dimension 1"));
        }
        Ok(Some(Key::Item(j as usize)))
    };
    if let Some(Payload::Slice(sl)) = key.payload() {
        let (start, _, step, n) = ops::seq::slice_indices(vm, sl, || mv.len)?;
        return Ok(Key::Slice(start, step, n));
    }
    if let Some(Payload::Tuple(items)) = key.payload() {
        let is_index = |v: &Value| {
            matches!(v, Value::Int(_) | Value::Bool(_))
                || matches!(v.payload(), Some(Payload::BigInt(_)))
                || crate::object::class::lookup_str(&crate::object::class_of(v), "__index__")
                    .is_some()
        };
        if items.iter().all(is_index) {
            return match items.len() {
                0 => Err(not_implemented_error("sub-views are not implemented")),
                1 => Ok(index(vm, &items[0])?.expect("an index")),
                n => Err(type_error(format!(
                    "cannot index 1-dimension view with {n}-element tuple"
                ))),
            };
        }
        if items
            .iter()
            .all(|v| matches!(v.payload(), Some(Payload::Slice(_))))
        {
            return Err(not_implemented_error(if assign {
                "memoryview slice assignments are currently restricted to ndim = 1"
            } else {
                "multi-dimensional slicing is not implemented"
            }));
        }
        return Err(type_error("memoryview: invalid slice key"));
    }
    if matches!(key, Value::Float(_)) {
        return Err(type_error("memoryview: invalid slice key"));
    }
    index(vm, key)?.ok_or_else(|| type_error("memoryview: invalid slice key"))
}

fn mv_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mv = this(&args, "__getitem__")?;
    check_args("__getitem__", &rest(&args), 1, 1)?;
    let base = mv.base()?;
    match parse_key(vm, mv, &args.values[1], false)? {
        Key::Item(i) => Ok(mv.kind.item(mv.byte(i)?)),
        Key::Slice(first, step, n) => Ok(new_view(MemoryView::new(
            base,
            mv.sub(first, step, n),
            mv.kind,
            mv.format,
            mv.readonly,
        ))),
    }
}

/// The byte that `v` packs to in format `kind`, with CPython's errors.
fn pack(vm: &mut Vm, mv: &MemoryView, v: &Value) -> PyResult<u8> {
    let invalid_type = || {
        type_error(format!(
            "memoryview: invalid type for format '{}'",
            mv.format
        ))
    };
    let invalid_value = || {
        value_error(format!(
            "memoryview: invalid value for format '{}'",
            mv.format
        ))
    };
    if mv.kind == Kind::Char {
        return match v.payload() {
            Some(Payload::Bytes(b)) if b.len() == 1 => Ok(b[0]),
            Some(Payload::Bytes(_)) => Err(invalid_value()),
            _ => Err(invalid_type()),
        };
    }
    if matches!(v.payload(), Some(Payload::BigInt(_))) {
        return Err(invalid_value());
    }
    if matches!(v, Value::Float(_)) {
        return Err(invalid_type());
    }
    let i = match ops::seq::to_index(vm, v) {
        Ok(Some(i)) => i,
        Ok(None) => return Err(invalid_type()),
        Err(e) if e.is_instance(&exc_types().type_error) => return Err(invalid_type()),
        Err(e) => return Err(e),
    };
    let range = if mv.kind == Kind::UByte {
        0..=255
    } else {
        -128..=127
    };
    if !range.contains(&i) {
        return Err(invalid_value());
    }
    Ok(i as u8)
}

/// The format kind and bytes of the right side of a slice assignment, if it is a buffer.
fn source(v: &Value) -> PyResult<Option<(Option<Kind>, Vec<u8>)>> {
    if let Some(mv) = native_ref::<MemoryView>(v) {
        return Ok(Some((Some(mv.kind), mv.bytes()?)));
    }
    if let Some(Payload::Bytes(_) | Payload::ByteArray(_)) = v.payload() {
        return Ok(
            crate::builtins::bytes::bytes_like(v).map(|b| (Some(Kind::UByte), b.into_owned()))
        );
    }
    if let Some((code, _)) = crate::modules::array::typed_items(v) {
        let kind = match code {
            'B' => Some(Kind::UByte),
            'b' => Some(Kind::SByte),
            _ => None,
        };
        let data = crate::modules::array::buffer(v).unwrap_or_default();
        return Ok(Some((kind, data)));
    }
    Ok(None)
}

fn mv_setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mv = this(&args, "__setitem__")?;
    check_args("__setitem__", &rest(&args), 2, 2)?;
    mv.check()?;
    if mv.readonly {
        return Err(type_error("cannot modify read-only memory"));
    }
    let value = &args.values[2];
    match parse_key(vm, mv, &args.values[1], true)? {
        Key::Item(i) => {
            let b = pack(vm, mv, value)?;
            mv.write(i, 1, &[b])?;
        }
        Key::Slice(first, step, n) => {
            let Some((kind, data)) = source(value)? else {
                return Err(type_error(format!(
                    "a bytes-like object is required, not '{}'",
                    type_name(value)
                )));
            };
            if kind != Some(mv.kind) || data.len() != n {
                return Err(value_error(
                    "memoryview assignment: lvalue and rvalue have different structures",
                ));
            }
            if n > 0 {
                mv.write(first as usize, step as isize, &data)?;
            }
        }
    }
    Ok(Value::None)
}

fn mv_delitem(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mv = this(&args, "__delitem__")?;
    check_args("__delitem__", &rest(&args), 1, 1)?;
    mv.check()?;
    if mv.readonly {
        return Err(type_error("cannot modify read-only memory"));
    }
    Err(type_error("cannot delete memory"))
}

// ---- iteration ----------------------------------------------------------------------------

/// A memoryview's iterator: the view and the next index. Items are read as they are reached,
/// so writes to the exporter during the loop are seen.
struct MemoryIter {
    view: RefCell<Option<Value>>,
    index: Cell<usize>,
}

impl NativeData for MemoryIter {
    fn is_container(&self) -> bool {
        true
    }
    fn traverse(&self, f: &mut dyn FnMut(&Obj)) -> bool {
        let Ok(v) = self.view.try_borrow() else {
            return false;
        };
        if let Some(Value::Obj(o)) = &*v {
            f(o);
        }
        true
    }
    fn clear(&self, out: &mut Vec<Value>) {
        if let Some(v) = self.view.borrow_mut().take() {
            out.push(v);
        }
    }
    fn next(&self, _vm: &mut Vm, _this: &Value) -> Option<PyResult<Option<Value>>> {
        Some(self.step())
    }
}

impl MemoryIter {
    fn step(&self) -> PyResult<Option<Value>> {
        let Some(view) = self.view.borrow().clone() else {
            return Ok(None);
        };
        let mv = native_ref::<MemoryView>(&view).expect("a memoryview");
        let i = self.index.get();
        if i >= mv.len {
            *self.view.borrow_mut() = None;
            return Ok(None);
        }
        let item = mv.kind.item(mv.byte(i)?);
        self.index.set(i + 1);
        Ok(Some(item))
    }
}

fn mv_iter(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    this_no_args(&args, "__iter__")?.check()?;
    let it = MemoryIter {
        view: RefCell::new(Some(args.values[0].clone())),
        index: Cell::new(0),
    };
    Ok(ITER_CLASS.with(|c| new_native(c, it)))
}

fn iter_self(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("__iter__", &args, 1, 1)?;
    Ok(args.values[0].clone())
}

fn iter_next(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("__next__", &args, 1, 1)?;
    let it = native_ref::<MemoryIter>(&args.values[0])
        .ok_or_else(|| type_error("descriptor '__next__' requires a 'memory_iterator' object"))?;
    it.step()?.ok_or_else(|| stop_iteration(Value::None))
}

// ---- comparison, hash, repr ---------------------------------------------------------------

/// The items of a buffer `v` as Python values (a memoryview's in its format, bytes-like
/// objects' as ints, an array's as its typecode gives them); None if `v` exports no buffer.
fn items(v: &Value) -> Option<Vec<Value>> {
    if let Some(mv) = native_ref::<MemoryView>(v) {
        let data = mv.bytes().ok()?;
        return Some(data.into_iter().map(|b| mv.kind.item(b)).collect());
    }
    if let Some((_, items)) = crate::modules::array::typed_items(v) {
        return Some(items);
    }
    crate::builtins::bytes::bytes_like(v).map(|b| b.iter().map(|&c| Value::Int(c as i64)).collect())
}

/// `mv == other`: equal shapes and equal items (compared as their formats unpack them); a
/// released view equals only itself.
fn equal(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Option<bool>> {
    let mv = native_ref::<MemoryView>(a).expect("a memoryview");
    if a.is(b) {
        return Ok(Some(true));
    }
    if mv.check().is_err() {
        return Ok(Some(false));
    }
    if native_ref::<MemoryView>(b).is_some_and(|w| w.check().is_err()) {
        return Ok(Some(false));
    }
    let Some(theirs) = items(b) else {
        return Ok(None);
    };
    let ours = items(a).unwrap_or_default();
    if ours.len() != theirs.len() {
        return Ok(Some(false));
    }
    for (x, y) in ours.iter().zip(&theirs) {
        if !ops::compare::eq(vm, x, y)? {
            return Ok(Some(false));
        }
    }
    Ok(Some(true))
}

fn mv_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(&args, "__eq__")?;
    check_args("__eq__", &rest(&args), 1, 1)?;
    Ok(match equal(vm, &args.values[0], &args.values[1])? {
        Some(e) => Value::Bool(e),
        None => Value::Obj(types().not_implemented.clone()),
    })
}

fn mv_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(&args, "__ne__")?;
    check_args("__ne__", &rest(&args), 1, 1)?;
    Ok(match equal(vm, &args.values[0], &args.values[1])? {
        Some(e) => Value::Bool(!e),
        None => Value::Obj(types().not_implemented.clone()),
    })
}

/// `hash(mv)`: a read-only view hashes as the bytes it covers (if its exporter is hashable).
fn mv_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mv = this_no_args(&args, "__hash__")?;
    let base = mv.base()?;
    if !mv.readonly {
        return Err(value_error("cannot hash writable memoryview object"));
    }
    ops::hash(vm, &Value::Obj(base))?;
    Ok(Value::Int(crate::table::hash::hash_bytes(&mv.bytes()?)))
}

fn mv_repr(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mv = this_no_args(&args, "__repr__")?;
    let Value::Obj(o) = &args.values[0] else {
        unreachable!("a memoryview is an object")
    };
    let released = if mv.check().is_err() { "released " } else { "" };
    Ok(new_str(format!(
        "<{released}memory at 0x{:012x}>",
        o.addr()
    )))
}

// ---- conversions --------------------------------------------------------------------------

fn mv_tobytes(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mv = this(&args, "tobytes")?;
    let a = bind("tobytes", &rest(&args), &["order"], 0, 0)?;
    mv.check()?;
    match a[0] {
        None | Some(Value::None) => {}
        Some(v) => match as_str(v) {
            Some("C" | "F" | "A") => {}
            Some(_) => return Err(value_error("order must be 'C', 'F' or 'A'")),
            None => {
                return Err(type_error(format!(
                    "tobytes() argument 'order' must be str or None, not {}",
                    type_name(v)
                )))
            }
        },
    }
    Ok(new_bytes(mv.bytes()?))
}

fn mv_tolist(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mv = this_no_args(&args, "tolist")?;
    let data = mv.bytes()?;
    Ok(new_list(
        data.into_iter().map(|b| mv.kind.item(b)).collect(),
    ))
}

fn mv_hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mv = this(&args, "hex")?;
    let a = bind("hex", &rest(&args), &["sep", "bytes_per_sep"], 0, 0)?;
    let data = mv.bytes()?;
    crate::builtins::bytes::hex_with(vm, &data, a[0], a[1])
}

/// The item size of each native single-character struct format, None for other text.
fn native_format(f: &str) -> Option<(char, usize)> {
    let f = f.strip_prefix('@').unwrap_or(f);
    let mut chars = f.chars();
    let c = chars.next()?;
    if chars.next().is_some() {
        return None;
    }
    let size = match c {
        '?' | 'c' | 'b' | 'B' => 1,
        'h' | 'H' | 'e' => 2,
        'i' | 'I' | 'f' => 4,
        'l' | 'L' | 'q' | 'Q' | 'n' | 'N' | 'd' | 'P' => 8,
        _ => return None,
    };
    Some((c, size))
}

/// `mv.cast(format, shape=...)` to another byte format (the only casts supported).
fn mv_cast(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mv = this(&args, "cast")?;
    let a = bind("cast", &rest(&args), &["format", "shape"], 0, 1)?;
    let fmt_arg = a[0].expect("required argument");
    let Some(fmt) = as_str(fmt_arg) else {
        return Err(type_error(format!(
            "cast() argument 'format' must be str, not {}",
            type_name(fmt_arg)
        )));
    };
    mv.check()?;
    if !mv.contiguous() {
        return Err(type_error(
            "memoryview: casts are restricted to C-contiguous views",
        ));
    }
    let shape = match a[1] {
        None => None,
        Some(s) => match s.payload() {
            Some(Payload::List(l)) => Some(l.borrow().clone()),
            Some(Payload::Tuple(t)) => Some(t.to_vec()),
            _ => return Err(type_error("shape must be a list or a tuple")),
        },
    };
    if shape.is_some() && mv.len == 0 {
        return Err(type_error(
            "memoryview: cannot cast view with zeros in shape or strides",
        ));
    }
    let Some((code, size)) = native_format(fmt) else {
        return Err(value_error(
            "memoryview: destination format must be a native single character format prefixed with an optional '@'",
        ));
    };
    if mv.len % size != 0 {
        return Err(type_error(
            "memoryview: length is not a multiple of itemsize",
        ));
    }
    let (kind, format) = match (code, fmt.starts_with('@')) {
        ('B', false) => (Kind::UByte, "B"),
        ('B', true) => (Kind::UByte, "@B"),
        ('b', false) => (Kind::SByte, "b"),
        ('b', true) => (Kind::SByte, "@b"),
        ('c', false) => (Kind::Char, "c"),
        ('c', true) => (Kind::Char, "@c"),
        _ => {
            return Err(not_implemented_error(format!(
            "memoryview.cast(): only the byte formats 'B', 'b' and 'c' are supported, not '{fmt}'"
        )))
        }
    };
    if let Some(shape) = shape {
        if shape.len() != 1 {
            return Err(not_implemented_error(
                "memoryview.cast(): only one-dimensional shapes are supported",
            ));
        }
        match shape[0] {
            Value::Int(n) if n > 0 => {
                if n as usize != mv.len {
                    return Err(type_error(
                        "memoryview: product(shape) * itemsize != buffer size",
                    ));
                }
            }
            _ => {
                return Err(value_error(
                    "memoryview.cast(): elements of shape must be integers > 0",
                ))
            }
        }
    }
    Ok(new_view(MemoryView::new(
        mv.base()?,
        (mv.start, 1, mv.len),
        kind,
        format,
        mv.readonly,
    )))
}

// ---- attributes ---------------------------------------------------------------------------

/// The receiver of a getter, not released.
fn live<'a>(args: &Args<'a>, name: &str) -> PyResult<&'a MemoryView> {
    let mv = this(args, name)?;
    mv.check()?;
    Ok(mv)
}

fn get_obj(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Obj(live(&args, "obj")?.base()?))
}

fn get_nbytes(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(live(&args, "nbytes")?.len as i64))
}

fn get_readonly(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(live(&args, "readonly")?.readonly))
}

fn get_itemsize(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    live(&args, "itemsize")?;
    Ok(Value::Int(1))
}

fn get_format(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(new_str(live(&args, "format")?.format))
}

fn get_ndim(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    live(&args, "ndim")?;
    Ok(Value::Int(1))
}

fn get_shape(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mv = live(&args, "shape")?;
    Ok(new_tuple(vec![Value::Int(mv.len as i64)]))
}

fn get_strides(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mv = live(&args, "strides")?;
    Ok(new_tuple(vec![Value::Int(mv.step as i64)]))
}

fn get_suboffsets(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    live(&args, "suboffsets")?;
    Ok(new_tuple(vec![]))
}

fn get_contiguous(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(live(&args, "contiguous")?.contiguous()))
}
