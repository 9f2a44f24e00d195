//! The `io` module: the in-memory streams `StringIO` and `BytesIO` (as CPython's `_io`
//! implements them, with the same error messages), and the file classes and `open` of
//! `builtins/file.rs` under their `io` names.
//!
//! Both streams are a buffer and a position; a write past the end pads with NUL, as in CPython.
//! `StringIO` counts positions in characters and follows its `newline` argument: `None`
//! translates `\r\n` and `\r` to `\n` when written, `'\r'` and `'\r\n'` translate `\n` to
//! themselves, and `readline` ends lines at the newline chosen (`''`: at any of the three).

use std::cell::{Cell, OnceCell, RefCell};

use crate::builtins::{add_getter, add_method, bind, check_args, dict};
use crate::interp::Vm;
use crate::object::class::{class_data, Layout};
use crate::object::exception::{os_error, type_error, value_error};
use crate::object::function::Args;
use crate::object::types::make_class;
use crate::object::{
    as_str, native_ref, new_bytes, new_list, new_module, new_native, new_str, type_name, types,
    NativeData, Obj,
};
use crate::value::Value;
use crate::PyResult;

/// A buffer of characters or bytes with a position; closed streams refuse every operation.
struct Stream<T> {
    buf: RefCell<Vec<T>>,
    pos: Cell<usize>,
    closed: Cell<bool>,
}

impl<T: Copy + Default + PartialEq> Stream<T> {
    fn new(init: Vec<T>) -> Stream<T> {
        Stream {
            buf: RefCell::new(init),
            pos: Cell::new(0),
            closed: Cell::new(false),
        }
    }

    /// Writes at the position, padding a gap with zeros, and moves the position past the data.
    fn write(&self, data: &[T]) {
        let mut buf = self.buf.borrow_mut();
        let pos = self.pos.get();
        if data.is_empty() {
            return;
        }
        if pos > buf.len() {
            buf.resize(pos, T::default());
        }
        let end = pos + data.len();
        let overlap = end.min(buf.len());
        buf[pos..overlap].copy_from_slice(&data[..overlap - pos]);
        buf.extend_from_slice(&data[overlap - pos..]);
        self.pos.set(end);
    }

    /// Up to `n` items from the position (all for None).
    fn read(&self, n: Option<usize>) -> Vec<T> {
        let buf = self.buf.borrow();
        let pos = self.pos.get().min(buf.len());
        let end = match n {
            Some(n) => (pos + n).min(buf.len()),
            None => buf.len(),
        };
        self.pos.set(self.pos.get().max(end));
        buf[pos..end].to_vec()
    }

    /// One line (up to `limit` items), ending where `line_end` says the first line of the rest
    /// ends.
    fn readline(&self, limit: Option<usize>, line_end: impl Fn(&[T]) -> Option<usize>) -> Vec<T> {
        let buf = self.buf.borrow();
        let pos = self.pos.get().min(buf.len());
        let rest = &buf[pos..];
        let mut n = line_end(rest).unwrap_or(rest.len());
        if let Some(l) = limit {
            n = n.min(l);
        }
        self.pos.set(pos + n);
        rest[..n].to_vec()
    }

    fn truncate(&self, size: usize) {
        let mut buf = self.buf.borrow_mut();
        if size < buf.len() {
            buf.truncate(size);
        }
    }
}

/// The end (exclusive) of the first line of `s` ending in `nl`.
fn find_end<T: PartialEq + Copy>(s: &[T], nl: &[T]) -> Option<usize> {
    s.windows(nl.len())
        .position(|w| w == nl)
        .map(|i| i + nl.len())
}

/// The newline modes of a `StringIO`.
#[derive(Clone, Copy, PartialEq)]
enum Newline {
    /// `None`: universal newlines, translated to `\n` on write.
    Universal,
    /// `''`: lines end at `\r`, `\n` or `\r\n`, nothing translated.
    Untranslated,
    /// `'\n'`, `'\r'` or `'\r\n'`.
    Fixed(&'static str),
}

struct StringIO {
    s: Stream<char>,
    newline: Cell<Newline>,
}

impl NativeData for StringIO {}

struct BytesIO {
    s: Stream<u8>,
}

impl NativeData for BytesIO {}

struct Classes {
    string_io: Obj,
    bytes_io: Obj,
}

thread_local! {
    static CLASSES: OnceCell<&'static Classes> = const { OnceCell::new() };
}

fn classes() -> &'static Classes {
    CLASSES.with(|c| *c.get_or_init(|| Box::leak(Box::new(make_classes()))))
}

fn make_classes() -> Classes {
    let object = std::slice::from_ref(&types().object);
    let string_io = make_class("StringIO", object, Layout::Builtin);
    let bytes_io = make_class("BytesIO", object, Layout::Builtin);
    for cls in [&string_io, &bytes_io] {
        *class_data(cls).module.borrow_mut() = "_io".to_string();
        add_method(cls, "__enter__", enter);
        add_method(cls, "__iter__", iter_self);
        add_method(cls, "readable", true_method);
        add_method(cls, "writable", true_method);
        add_method(cls, "seekable", true_method);
        add_method(cls, "isatty", false_method);
        add_method(cls, "flush", flush);
        add_method(cls, "writelines", writelines);
    }
    let s = &string_io;
    add_method(s, "__new__", sio_new);
    add_method(s, "__init__", sio_init);
    add_method(s, "write", sio_write);
    add_method(s, "read", sio_read);
    add_method(s, "readline", sio_readline);
    add_method(s, "readlines", sio_readlines);
    add_method(s, "__next__", sio_next);
    add_method(s, "getvalue", sio_getvalue);
    add_method(s, "seek", sio_seek);
    add_method(s, "tell", sio_tell);
    add_method(s, "truncate", sio_truncate);
    add_method(s, "close", sio_close);
    add_method(s, "__exit__", sio_close);
    add_getter(s, "closed", sio_closed);
    let b = &bytes_io;
    add_method(b, "__new__", bio_new);
    add_method(b, "__init__", bio_init);
    add_method(b, "write", bio_write);
    add_method(b, "read", bio_read);
    add_method(b, "read1", bio_read);
    add_method(b, "readline", bio_readline);
    add_method(b, "readlines", bio_readlines);
    add_method(b, "__next__", bio_next);
    add_method(b, "getvalue", bio_getvalue);
    add_method(b, "seek", bio_seek);
    add_method(b, "tell", bio_tell);
    add_method(b, "truncate", bio_truncate);
    add_method(b, "close", bio_close);
    add_method(b, "__exit__", bio_close);
    add_getter(b, "closed", bio_closed);
    Classes {
        string_io,
        bytes_io,
    }
}

pub fn create(vm: &mut Vm) -> Obj {
    let m = new_module("io");
    let d = crate::object::module_dict(&m);
    let c = classes();
    dict::set_str_item(&d, "StringIO", Value::Obj(c.string_io.clone()));
    dict::set_str_item(&d, "BytesIO", Value::Obj(c.bytes_io.clone()));
    // `io.open is open`.
    if let Some(open) = dict::get_by_str(&vm.builtins_dict, "open") {
        dict::set_str_item(&d, "open", open);
    }
    for (name, v) in crate::builtins::file::io_names() {
        dict::set_str_item(&d, name, v);
    }
    dict::set_str_item(&d, "DEFAULT_BUFFER_SIZE", Value::Int(8192));
    for (name, v) in [("SEEK_SET", 0), ("SEEK_CUR", 1), ("SEEK_END", 2)] {
        dict::set_str_item(&d, name, Value::Int(v));
    }
    m
}

// ---- shared -------------------------------------------------------------------------------

fn enter(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("__enter__", &args, 1, 1)?;
    let me = &args.values[0];
    closed_check(me, true)?;
    Ok(me.clone())
}

/// `iter(stream)`: itself (CPython's BytesIO does not check that it is open).
fn iter_self(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("__iter__", &args, 1, 1)?;
    let me = &args.values[0];
    if native_ref::<StringIO>(me).is_some() {
        closed_check(me, true)?;
    }
    Ok(me.clone())
}

fn true_method(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    closed_check(&args.values[0], false)?;
    Ok(Value::Bool(true))
}

fn false_method(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    closed_check(&args.values[0], false)?;
    Ok(Value::Bool(false))
}

/// `flush()`: nothing to do; CPython's StringIO does not even check that it is open.
fn flush(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    if native_ref::<BytesIO>(&args.values[0]).is_some() {
        closed_check(&args.values[0], true)?;
    }
    Ok(Value::None)
}

/// `writelines(lines)`: `write` of each.
fn writelines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("writelines", &args, 2, 2)?;
    let me = &args.values[0];
    closed_check(me, true)?;
    let write = crate::ops::attr::get_attr_str(vm, me, "write")?;
    for line in crate::ops::iter::collect(vm, &args.values[1])? {
        crate::interp::call(vm, &write, &[line])?;
    }
    Ok(Value::None)
}

/// Fails on a closed stream. CPython's message ends in a period except for `StringIO`'s own
/// C methods (`iobase`: the method is `IOBase`'s).
fn closed_check(me: &Value, iobase: bool) -> PyResult<()> {
    if let Some(s) = native_ref::<StringIO>(me) {
        if s.s.closed.get() {
            return Err(value_error(if iobase {
                "I/O operation on closed file."
            } else {
                "I/O operation on closed file"
            }));
        }
    }
    if let Some(b) = native_ref::<BytesIO>(me) {
        if b.s.closed.get() {
            return Err(value_error("I/O operation on closed file."));
        }
    }
    Ok(())
}

/// A size argument: an int, or None / a negative int for "no limit".
fn size_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<usize>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => {
            let Some(n) = crate::builtins::number::index_value(vm, v)? else {
                return Err(type_error(format!(
                    "argument should be integer or None, not '{}'",
                    type_name(v)
                )));
            };
            use num_traits::ToPrimitive;
            Ok(n.to_i64().filter(|n| *n >= 0).map(|n| n as usize))
        }
    }
}

/// `readlines(hint)`: lines until their total length exceeds a positive hint.
fn readlines_with(
    vm: &mut Vm,
    args: &Args,
    mut next: impl FnMut() -> Option<(Value, usize)>,
) -> PyResult<Value> {
    let slots = bind("readlines", args, &["self", "hint"], 2, 1)?;
    closed_check(&args.values[0], true)?;
    let hint = size_arg(vm, slots[1])?.filter(|h| *h > 0);
    let mut out = Vec::new();
    let mut total = 0;
    while let Some((line, n)) = next() {
        out.push(line);
        total += n;
        if hint.is_some_and(|h| total > h) {
            break;
        }
    }
    Ok(new_list(out))
}

/// The position argument of `seek` and `truncate`.
fn pos_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    crate::builtins::number::ssize_arg(vm, v)
}

// ---- StringIO -----------------------------------------------------------------------------

fn sio(v: &Value) -> PyResult<&StringIO> {
    native_ref::<StringIO>(v).ok_or_else(|| {
        type_error(format!(
            "descriptor requires a '_io.StringIO' object but received a '{}'",
            type_name(v)
        ))
    })
}

/// The open StringIO that `self` is.
fn open_sio(v: &Value) -> PyResult<&StringIO> {
    let s = sio(v)?;
    if s.s.closed.get() {
        return Err(value_error("I/O operation on closed file"));
    }
    Ok(s)
}

fn translate(text: &str, nl: Newline) -> Vec<char> {
    match nl {
        Newline::Universal => text
            .replace("\r\n", "\n")
            .replace('\r', "\n")
            .chars()
            .collect(),
        Newline::Fixed(s) if s != "\n" => text.replace('\n', s).chars().collect(),
        _ => text.chars().collect(),
    }
}

/// The parsed `(initial_value, newline)` arguments of `StringIO` (after `cls` or `self`).
fn sio_args(vm: &mut Vm, args: &Args) -> PyResult<(Vec<char>, Newline)> {
    let slots = bind(
        "StringIO",
        args,
        &["self", "initial_value", "newline"],
        1,
        1,
    )?;
    let newline = match slots[2] {
        None => Newline::Fixed("\n"),
        Some(Value::None) => Newline::Universal,
        Some(v) => match as_str(v) {
            Some("") => Newline::Untranslated,
            Some("\n") => Newline::Fixed("\n"),
            Some("\r") => Newline::Fixed("\r"),
            Some("\r\n") => Newline::Fixed("\r\n"),
            Some(_) => {
                let r = crate::ops::repr::repr(vm, v)?;
                return Err(value_error(format!("illegal newline value: {r}")));
            }
            None => {
                return Err(type_error(format!(
                    "newline must be str or None, not {}",
                    type_name(v)
                )))
            }
        },
    };
    let init = match slots[1] {
        None | Some(Value::None) => Vec::new(),
        Some(v) => match as_str(v) {
            Some(s) => translate(s, newline),
            None => {
                return Err(type_error(format!(
                    "initial_value must be str or None, not {}",
                    type_name(v)
                )))
            }
        },
    };
    Ok((init, newline))
}

/// `StringIO.__new__`: the object made whole, as the runtime calls no `__init__` for a
/// builtin class (for a subclass it passes no arguments here, and `__init__` fills it).
fn sio_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = args.values[0].as_obj().expect("a class");
    let (init, newline) = sio_args(vm, &args)?;
    Ok(new_native(
        cls,
        StringIO {
            s: Stream::new(init),
            newline: Cell::new(newline),
        },
    ))
}

/// `StringIO.__init__(initial_value='', newline='\n')`: starts over with that text.
fn sio_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = sio(&args.values[0])?;
    let (init, newline) = sio_args(vm, &args)?;
    me.newline.set(newline);
    *me.s.buf.borrow_mut() = init;
    me.s.pos.set(0);
    me.s.closed.set(false);
    Ok(Value::None)
}

fn sio_write(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("write", &args, 2, 2)?;
    let me = sio(&args.values[0])?;
    let Some(text) = as_str(&args.values[1]) else {
        return Err(type_error(format!(
            "string argument expected, got '{}'",
            type_name(&args.values[1])
        )));
    };
    let me = open_sio(&args.values[0]).map(|_| me)?;
    me.s.write(&translate(text, me.newline.get()));
    Ok(Value::Int(text.chars().count() as i64))
}

fn chars(v: Vec<char>) -> Value {
    new_str(v.into_iter().collect::<String>())
}

fn sio_read(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let slots = bind("read", &args, &["self", "size"], 2, 1)?;
    let me = open_sio(&args.values[0])?;
    let n = size_arg(vm, slots[1])?;
    Ok(chars(me.s.read(n)))
}

fn sio_line(me: &StringIO, limit: Option<usize>) -> Vec<char> {
    me.s.readline(limit, |rest| match me.newline.get() {
        Newline::Universal => find_end(rest, &['\n']),
        Newline::Fixed(nl) => find_end(rest, &nl.chars().collect::<Vec<_>>()),
        Newline::Untranslated => rest.iter().position(|c| *c == '\r' || *c == '\n').map(|i| {
            if rest[i] == '\r' && rest.get(i + 1) == Some(&'\n') {
                i + 2
            } else {
                i + 1
            }
        }),
    })
}

fn sio_readline(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let slots = bind("readline", &args, &["self", "size"], 2, 1)?;
    let me = open_sio(&args.values[0])?;
    let n = size_arg(vm, slots[1])?;
    Ok(chars(sio_line(me, n)))
}

fn sio_readlines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = sio(&args.values[0])?;
    readlines_with(vm, &args, || {
        let line = sio_line(me, None);
        (!line.is_empty())
            .then(|| (line.len(), chars(line)))
            .map(|(n, v)| (v, n))
    })
}

fn sio_next(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("__next__", &args, 1, 1)?;
    let me = open_sio(&args.values[0])?;
    let line = sio_line(me, None);
    if line.is_empty() {
        return Err(crate::object::exception::stop_iteration(Value::None));
    }
    Ok(chars(line))
}

fn sio_getvalue(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("getvalue", &args, 1, 1)?;
    let me = open_sio(&args.values[0])?;
    let v = me.s.buf.borrow().iter().collect::<String>();
    Ok(new_str(v))
}

fn sio_seek(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let slots = bind("seek", &args, &["self", "pos", "whence"], 3, 2)?;
    let me = open_sio(&args.values[0])?;
    let pos = pos_arg(vm, slots[1].expect("bound"))?;
    let whence = match slots[2] {
        Some(w) => pos_arg(vm, w)?,
        None => 0,
    };
    match whence {
        0 if pos < 0 => Err(value_error(format!("Negative seek position {pos}"))),
        0 => {
            me.s.pos.set(pos as usize);
            Ok(Value::Int(pos))
        }
        // CPython says "cur" for both.
        1 | 2 if pos != 0 => Err(os_error("Can't do nonzero cur-relative seeks")),
        1 => Ok(Value::Int(me.s.pos.get() as i64)),
        2 => {
            let end = me.s.buf.borrow().len();
            me.s.pos.set(end);
            Ok(Value::Int(end as i64))
        }
        _ => Err(value_error(format!(
            "Invalid whence ({whence}, should be 0, 1 or 2)"
        ))),
    }
}

fn sio_tell(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("tell", &args, 1, 1)?;
    let me = open_sio(&args.values[0])?;
    Ok(Value::Int(me.s.pos.get() as i64))
}

fn sio_truncate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let slots = bind("truncate", &args, &["self", "pos"], 2, 1)?;
    let me = open_sio(&args.values[0])?;
    let size = match slots[1] {
        None | Some(Value::None) => me.s.pos.get() as i64,
        Some(v) => pos_arg(vm, v)?,
    };
    if size < 0 {
        return Err(value_error(format!("Negative size value {size}")));
    }
    me.s.truncate(size as usize);
    Ok(Value::Int(size))
}

fn sio_close(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = sio(&args.values[0])?;
    me.s.closed.set(true);
    Ok(Value::None)
}

fn sio_closed(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(sio(&args.values[0])?.s.closed.get()))
}

// ---- BytesIO ------------------------------------------------------------------------------

fn bio(v: &Value) -> PyResult<&BytesIO> {
    native_ref::<BytesIO>(v).ok_or_else(|| {
        type_error(format!(
            "descriptor requires a '_io.BytesIO' object but received a '{}'",
            type_name(v)
        ))
    })
}

fn open_bio(v: &Value) -> PyResult<&BytesIO> {
    let b = bio(v)?;
    if b.s.closed.get() {
        return Err(value_error("I/O operation on closed file."));
    }
    Ok(b)
}

/// The bytes of a bytes-like argument.
fn bytes_like(v: &Value) -> PyResult<Vec<u8>> {
    match crate::builtins::bytes::bytes_like(v) {
        Some(b) => Ok(b.into_owned()),
        None => Err(type_error(format!(
            "a bytes-like object is required, not '{}'",
            type_name(v)
        ))),
    }
}

fn bio_args(args: &Args) -> PyResult<Vec<u8>> {
    let slots = bind("BytesIO", args, &["self", "initial_bytes"], 1, 1)?;
    match slots[1] {
        None | Some(Value::None) => Ok(Vec::new()),
        Some(v) => bytes_like(v),
    }
}

/// `BytesIO.__new__`: as `StringIO.__new__`.
fn bio_new(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = args.values[0].as_obj().expect("a class");
    let init = bio_args(&args)?;
    Ok(new_native(
        cls,
        BytesIO {
            s: Stream::new(init),
        },
    ))
}

/// `BytesIO.__init__(initial_bytes=b'')`: starts over with those bytes.
fn bio_init(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = bio(&args.values[0])?;
    *me.s.buf.borrow_mut() = bio_args(&args)?;
    me.s.pos.set(0);
    me.s.closed.set(false);
    Ok(Value::None)
}

fn bio_write(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("write", &args, 2, 2)?;
    let me = open_bio(&args.values[0])?;
    let data = bytes_like(&args.values[1])?;
    me.s.write(&data);
    Ok(Value::Int(data.len() as i64))
}

fn bio_read(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let slots = bind("read", &args, &["self", "size"], 2, 1)?;
    let me = open_bio(&args.values[0])?;
    let n = size_arg(vm, slots[1])?;
    Ok(new_bytes(me.s.read(n)))
}

fn bio_line(me: &BytesIO, limit: Option<usize>) -> Vec<u8> {
    me.s.readline(limit, |rest| find_end(rest, b"\n"))
}

fn bio_readline(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let slots = bind("readline", &args, &["self", "size"], 2, 1)?;
    let me = open_bio(&args.values[0])?;
    let n = size_arg(vm, slots[1])?;
    Ok(new_bytes(bio_line(me, n)))
}

fn bio_readlines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = bio(&args.values[0])?;
    readlines_with(vm, &args, || {
        let line = bio_line(me, None);
        (!line.is_empty())
            .then(|| (line.len(), new_bytes(line)))
            .map(|(n, v)| (v, n))
    })
}

fn bio_next(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("__next__", &args, 1, 1)?;
    let me = open_bio(&args.values[0])?;
    let line = bio_line(me, None);
    if line.is_empty() {
        return Err(crate::object::exception::stop_iteration(Value::None));
    }
    Ok(new_bytes(line))
}

fn bio_getvalue(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("getvalue", &args, 1, 1)?;
    let me = open_bio(&args.values[0])?;
    let v = me.s.buf.borrow().clone();
    Ok(new_bytes(v))
}

fn bio_seek(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let slots = bind("seek", &args, &["self", "pos", "whence"], 3, 2)?;
    let me = open_bio(&args.values[0])?;
    let pos = pos_arg(vm, slots[1].expect("bound"))?;
    let whence = match slots[2] {
        Some(w) => pos_arg(vm, w)?,
        None => 0,
    };
    let new = match whence {
        0 if pos < 0 => return Err(value_error(format!("negative seek value {pos}"))),
        0 => pos,
        1 => me.s.pos.get() as i64 + pos,
        2 => me.s.buf.borrow().len() as i64 + pos,
        _ => {
            return Err(value_error(format!(
                "invalid whence ({whence}, should be 0, 1 or 2)"
            )))
        }
    }
    .max(0);
    me.s.pos.set(new as usize);
    Ok(Value::Int(new))
}

fn bio_tell(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("tell", &args, 1, 1)?;
    let me = open_bio(&args.values[0])?;
    Ok(Value::Int(me.s.pos.get() as i64))
}

fn bio_truncate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let slots = bind("truncate", &args, &["self", "size"], 2, 1)?;
    let me = open_bio(&args.values[0])?;
    let size = match slots[1] {
        None | Some(Value::None) => me.s.pos.get() as i64,
        Some(v) => pos_arg(vm, v)?,
    };
    if size < 0 {
        return Err(value_error(format!("negative size value {size}")));
    }
    me.s.truncate(size as usize);
    Ok(Value::Int(size))
}

fn bio_close(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = bio(&args.values[0])?;
    me.s.closed.set(true);
    Ok(Value::None)
}

fn bio_closed(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(bio(&args.values[0])?.s.closed.get()))
}
