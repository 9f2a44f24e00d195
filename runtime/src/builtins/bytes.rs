//! `bytes` and `bytearray`: construction, repr, the codecs they need (UTF-8, ASCII, Latin-1),
//! `%` formatting, and every method, with CPython 3.11's results and error messages.
//!
//! Methods shared by both types are installed on both; they read the receiver's bytes (a
//! bytearray is copied out first, so no borrow is held while Python code such as `__index__`
//! runs) and return a value of the receiver's type. Text-like methods treat bytes as ASCII, as
//! CPython does: only ASCII letters have case and only ASCII whitespace is space.

use std::borrow::Cow;
use std::cell::RefCell;

use num_traits::Signed;

use crate::interp::{call, Vm};
use crate::object::class::lookup_str;
use crate::object::exception::{index_error, overflow_error, type_error, value_error, PyErr};
use crate::object::function::Args;
use crate::object::types::Types;
use crate::object::{
    as_str, class_of, exc_types, new_bytearray, new_bytes, new_list, new_str, new_tuple, type_name,
    types, Obj, Payload,
};
use crate::ops;
use crate::value::Value;
use crate::PyResult;

use super::add_method;
use super::list::{
    arity, defers_to_reflected, new_fills, not_implemented, receiver, repeat_count, repeated,
};
use super::memoryview::check_resize;

// ---- representation and conversion --------------------------------------------------------

/// `repr(b)`: `b'...'` with CPython's quoting and escapes.
pub fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(b.len() + 3);
    out.push('b');
    out.push(quote);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c as char == quote => {
                out.push('\\');
                out.push(quote);
            }
            0x20..=0x7e => out.push(c as char),
            c => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(quote);
    out
}

/// The bytes of a bytes or bytearray object.
fn own_bytes(v: &Value) -> Option<Cow<'_, [u8]>> {
    match v.payload()? {
        Payload::Bytes(b) => Some(Cow::Borrowed(b)),
        Payload::ByteArray(b) => Some(Cow::Owned(b.borrow().clone())),
        _ => None,
    }
}

/// The bytes of a bytes-like value: any object exporting a buffer (bytes, bytearray,
/// memoryview, and `array.array` with its machine representation), as CPython's buffer
/// protocol. A released memoryview exports nothing.
pub fn bytes_like(v: &Value) -> Option<Cow<'_, [u8]>> {
    own_bytes(v)
        .or_else(|| super::memoryview::buffer(v).map(Cow::Owned))
        .or_else(|| crate::modules::array::buffer(v).map(Cow::Owned))
}

/// The bytes of any buffer, a strided memoryview's included: what the constructors, slice
/// assignment and bytearray comparison copy (CPython asks for a full buffer there).
fn any_buffer(v: &Value) -> Option<Cow<'_, [u8]>> {
    bytes_like(v).or_else(|| super::memoryview::buffer_any(v).map(Cow::Owned))
}

/// A bytes-like argument, or CPython's "a bytes-like object is required" error.
fn buffer_arg(v: &Value) -> PyResult<Cow<'_, [u8]>> {
    bytes_like(v).ok_or_else(|| {
        type_error(format!(
            "a bytes-like object is required, not '{}'",
            type_name(v)
        ))
    })
}

/// One byte from an integer-like value; `what` names the value in the range error (`byte`,
/// `bytes`).
fn byte_value(vm: &mut Vm, v: &Value, what: &str) -> PyResult<u8> {
    if let Some(Payload::BigInt(_)) = v.payload() {
        return Err(value_error(format!("{what} must be in range(0, 256)")));
    }
    match ops::seq::to_index(vm, v)? {
        Some(i) if (0..256).contains(&i) => Ok(i as u8),
        Some(_) => Err(value_error(format!("{what} must be in range(0, 256)"))),
        None => Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(v)
        ))),
    }
}

/// The items of an iterable of ints in range(256) (`what` as for [`byte_value`]).
fn bytes_from_iterable(vm: &mut Vm, v: &Value, what: &str) -> PyResult<Vec<u8>> {
    let it = ops::iter::get_iter(vm, v)?;
    let mut out = Vec::new();
    while let Some(x) = ops::iter::next(vm, &it)? {
        out.push(byte_value(vm, &x, what)?);
    }
    Ok(out)
}

/// The bytes of a bytes-like value, or of an iterable of ints in range(256) (used for
/// `bytearray` slice assignment and `+=`).
pub fn bytes_from(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = any_buffer(v) {
        return Ok(b.into_owned());
    }
    if as_str(v).is_some() {
        return Err(type_error("cannot convert 'str' object to bytes"));
    }
    if !ops::iter::is_iterable(v) {
        return Err(type_error(format!(
            "cannot convert '{}' object to bytes",
            type_name(v)
        )));
    }
    bytes_from_iterable(vm, v, "bytes")
}

/// `item in b`: an int or a bytes-like subsequence.
pub fn bytes_contains(vm: &mut Vm, b: &[u8], item: &Value) -> PyResult<bool> {
    if let Some(sub) = bytes_like(item) {
        return Ok(find_in(b, &sub, 0, b.len()).is_some());
    }
    if let Some(Payload::BigInt(_)) = item.payload() {
        return Err(value_error("byte must be in range(0, 256)"));
    }
    match ops::seq::to_index(vm, item)? {
        Some(i) if (0..256).contains(&i) => Ok(b.contains(&(i as u8))),
        Some(_) => Err(value_error("byte must be in range(0, 256)")),
        None => Err(type_error(format!(
            "a bytes-like object is required, not '{}'",
            type_name(item)
        ))),
    }
}

/// The first position of `needle` in `hay[start..end]` (absolute), if any.
fn find_in(hay: &[u8], needle: &[u8], start: usize, end: usize) -> Option<usize> {
    if start > end || end - start < needle.len() {
        return None;
    }
    if needle.is_empty() {
        return Some(start);
    }
    hay[start..end]
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|i| i + start)
}

/// The last position of `needle` in `hay[start..end]` (absolute), if any.
fn rfind_in(hay: &[u8], needle: &[u8], start: usize, end: usize) -> Option<usize> {
    if start > end || end - start < needle.len() {
        return None;
    }
    if needle.is_empty() {
        return Some(end);
    }
    hay[start..end]
        .windows(needle.len())
        .rposition(|w| w == needle)
        .map(|i| i + start)
}

/// Non-overlapping occurrences of `needle` in `hay[start..end]`.
fn count_in(hay: &[u8], needle: &[u8], start: usize, end: usize) -> usize {
    if start > end || end - start < needle.len() {
        return 0;
    }
    if needle.is_empty() {
        return end - start + 1;
    }
    let mut n = 0;
    let mut at = start;
    while let Some(i) = find_in(hay, needle, at, end) {
        n += 1;
        at = i + needle.len();
    }
    n
}

/// `a + b` where `a` is bytes or bytearray (the result has `a`'s type).
pub fn concat(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    let _ = vm;
    let Some(rhs) = bytes_like(b) else {
        return Err(type_error(format!(
            "can't concat {} to {}",
            type_name(b),
            type_name(a)
        )));
    };
    let Some(lhs) = own_bytes(a) else {
        return Ok(None);
    };
    let mut v = Vec::with_capacity(lhs.len() + rhs.len());
    v.extend_from_slice(&lhs);
    v.extend_from_slice(&rhs);
    Ok(Some(same_kind(a, v)))
}

/// A bytes or bytearray (the kind of `like`) holding `v`.
fn same_kind(like: &Value, v: Vec<u8>) -> Value {
    match like.payload() {
        Some(Payload::ByteArray(_)) => new_bytearray(v),
        _ => new_bytes(v),
    }
}

// ---- codecs -------------------------------------------------------------------------------

/// The codecs bytes and str support, by normalised name.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Codec {
    Utf8,
    Ascii,
    Latin1,
}

impl Codec {
    /// Looks an encoding name up the way Python's codec registry normalises it.
    fn lookup(name: &str) -> PyResult<Codec> {
        let n: String = name.trim().to_ascii_lowercase().replace(['_', ' '], "-");
        Ok(match n.as_str() {
            "utf-8" | "utf8" | "u8" | "utf" | "cp65001" => Codec::Utf8,
            "ascii" | "us-ascii" | "646" | "us" => Codec::Ascii,
            "latin-1" | "latin1" | "latin" | "l1" | "iso-8859-1" | "iso8859-1" | "8859"
            | "cp819" | "iso-ir-100" => Codec::Latin1,
            _ => {
                return Err(PyErr::new(
                    &exc_types().lookup_error,
                    format!("unknown encoding: {name}"),
                ))
            }
        })
    }

    /// The name in error messages.
    fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
        }
    }
}

fn unknown_handler(errors: &str) -> PyErr {
    PyErr::new(
        &exc_types().lookup_error,
        format!("unknown error handler name '{errors}'"),
    )
}

/// A UnicodeDecodeError / UnicodeEncodeError with CPython's message and attributes.
fn codec_error(
    cls: &Obj,
    codec: Codec,
    object: Value,
    start: usize,
    end: usize,
    reason: &str,
    what: String,
) -> PyErr {
    let range = if end - start == 1 {
        format!("{what} in position {start}")
    } else {
        format!("{what}s in position {}-{}", start, end - 1)
    };
    let verb = if cls.is(&exc_types().unicode_decode_error) {
        "decode"
    } else {
        "encode"
    };
    let err = PyErr::new(
        cls,
        format!("'{}' codec can't {verb} {range}: {reason}", codec.name()),
    );
    ops::exc::set_attr_str(&err, "encoding", new_str(codec.name()));
    ops::exc::set_attr_str(&err, "object", object);
    ops::exc::set_attr_str(&err, "start", Value::Int(start as i64));
    ops::exc::set_attr_str(&err, "end", Value::Int(end as i64));
    ops::exc::set_attr_str(&err, "reason", new_str(reason));
    err
}

/// Decodes `b` with an encoding and error handler (`strict`, `ignore`, `replace`,
/// `backslashreplace`), as `bytes.decode` and `str(b, encoding, errors)` do.
pub fn decode_with(b: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    let codec = Codec::lookup(encoding)?;
    let mut out = String::with_capacity(b.len());
    let mut pos = 0;
    while pos < b.len() {
        // The next undecodable range `bad` (start, end, reason), after decoding what precedes it.
        let bad = match codec {
            Codec::Latin1 => {
                out.extend(b[pos..].iter().map(|&c| c as char));
                break;
            }
            Codec::Ascii => match b[pos..].iter().position(|c| !c.is_ascii()) {
                None => {
                    out.extend(b[pos..].iter().map(|&c| c as char));
                    break;
                }
                Some(i) => {
                    out.extend(b[pos..pos + i].iter().map(|&c| c as char));
                    (pos + i, pos + i + 1, "ordinal not in range(128)")
                }
            },
            Codec::Utf8 => match std::str::from_utf8(&b[pos..]) {
                Ok(s) => {
                    out.push_str(s);
                    break;
                }
                Err(e) => {
                    let start = pos + e.valid_up_to();
                    out.push_str(std::str::from_utf8(&b[pos..start]).expect("valid prefix"));
                    match e.error_len() {
                        None => (start, b.len(), "unexpected end of data"),
                        Some(n) => {
                            let lead = b[start];
                            let reason = if (0xc2..=0xf4).contains(&lead) {
                                "invalid continuation byte"
                            } else {
                                "invalid start byte"
                            };
                            (start, start + n, reason)
                        }
                    }
                }
            },
        };
        let (start, end, reason) = bad;
        match errors {
            "strict" => {
                return Err(codec_error(
                    &exc_types().unicode_decode_error,
                    codec,
                    new_bytes(b.to_vec()),
                    start,
                    end,
                    reason,
                    format!(
                        "byte{}",
                        if end - start == 1 {
                            format!(" 0x{:02x}", b[start])
                        } else {
                            String::new()
                        }
                    ),
                ))
            }
            "ignore" => {}
            "replace" => out.push('\u{fffd}'),
            "backslashreplace" => {
                for c in &b[start..end] {
                    out.push_str(&format!("\\x{c:02x}"));
                }
            }
            other => return Err(unknown_handler(other)),
        }
        pos = end;
    }
    Ok(out)
}

/// Decodes UTF-8 bytes to a str value (strict).
pub fn decode(b: &[u8]) -> PyResult<Value> {
    decode_with(b, "utf-8", "strict").map(new_str)
}

/// Encodes `s` with an encoding and error handler (`strict`, `ignore`, `replace`,
/// `backslashreplace`, `xmlcharrefreplace`), as `str.encode` and `bytes(s, encoding)` do.
pub fn encode_with(s: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let codec = Codec::lookup(encoding)?;
    let limit = match codec {
        Codec::Utf8 => return Ok(s.as_bytes().to_vec()),
        Codec::Ascii => 0x80,
        Codec::Latin1 => 0x100,
    };
    let mut out = Vec::with_capacity(s.len());
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if (c as u32) < limit {
            out.push(c as u32 as u8);
            i += 1;
            continue;
        }
        // The run of unencodable characters starting here.
        let end = i + chars[i..]
            .iter()
            .take_while(|&&c| (c as u32) >= limit)
            .count();
        match errors {
            "strict" => {
                let what = if end - i == 1 {
                    format!("character '{}'", ops::repr::ascii(&c.to_string()))
                } else {
                    "character".to_string()
                };
                let reason = format!("ordinal not in range({limit})");
                let err = codec_error(
                    &exc_types().unicode_encode_error,
                    codec,
                    new_str(s),
                    i,
                    end,
                    &reason,
                    what,
                );
                return Err(err);
            }
            "ignore" => {}
            "replace" => out.extend(std::iter::repeat_n(b'?', end - i)),
            "backslashreplace" => {
                for &c in &chars[i..end] {
                    let n = c as u32;
                    let esc = if n < 0x100 {
                        format!("\\x{n:02x}")
                    } else if n < 0x10000 {
                        format!("\\u{n:04x}")
                    } else {
                        format!("\\U{n:08x}")
                    };
                    out.extend_from_slice(esc.as_bytes());
                }
            }
            "xmlcharrefreplace" => {
                for &c in &chars[i..end] {
                    out.extend_from_slice(format!("&#{};", c as u32).as_bytes());
                }
            }
            other => return Err(unknown_handler(other)),
        }
        i = end;
    }
    Ok(out)
}

// ---- argument helpers ---------------------------------------------------------------------

/// Binds the arguments after the receiver to `names` (positional first, then by keyword), with
/// Argument Clinic's messages. Missing optional arguments are `None`.
fn bind<'a>(
    args: &Args<'a>,
    fname: &str,
    names: &[&str],
    required: usize,
) -> PyResult<Vec<Option<&'a Value>>> {
    let pos = args.pos().get(1..).unwrap_or_default();
    if pos.len() > names.len() {
        return Err(type_error(format!(
            "{fname}() takes at most {} argument{} ({} given)",
            names.len(),
            if names.len() == 1 { "" } else { "s" },
            pos.len()
        )));
    }
    let mut out: Vec<Option<&Value>> = names.iter().enumerate().map(|(i, _)| pos.get(i)).collect();
    super::str_methods::add_keywords(args, fname, names, &mut out)?;
    if let Some(i) = out[..required].iter().position(Option::is_none) {
        return Err(type_error(format!(
            "{fname}() missing required argument '{}' (pos {})",
            names[i],
            i + 1
        )));
    }
    Ok(out)
}

/// A str argument (`encoding`, `errors`) of a codec method.
fn str_arg<'a>(
    v: Option<&'a Value>,
    fname: &str,
    name: &str,
    default: &'a str,
) -> PyResult<&'a str> {
    match v {
        None => Ok(default),
        Some(v) => as_str(v).ok_or_else(|| {
            type_error(format!(
                "{fname}() argument '{name}' must be str, not {}",
                type_name(v)
            ))
        }),
    }
}

/// An int argument (`maxsplit`, `width`, `count`, ...).
fn int_arg(vm: &mut Vm, v: Option<&Value>, default: i64) -> PyResult<i64> {
    let Some(v) = v else {
        return Ok(default);
    };
    if let Some(Payload::BigInt(_)) = v.payload() {
        return Err(overflow_error(
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

/// CPython's `ADJUST_INDICES` for optional `start`/`end` arguments: a clamped `start..end`.
fn slice_args(
    vm: &mut Vm,
    start: Option<&Value>,
    end: Option<&Value>,
    len: usize,
) -> PyResult<(usize, usize)> {
    let len = len as i64;
    let mut bound = |v: Option<&Value>, default: i64| -> PyResult<i64> {
        let i = match v {
            None | Some(Value::None) => return Ok(default),
            Some(v) => match v.payload() {
                Some(Payload::BigInt(b)) => {
                    if b.is_negative() {
                        i64::MIN / 2
                    } else {
                        i64::MAX / 2
                    }
                }
                _ => ops::seq::to_index(vm, v)?.ok_or_else(|| {
                    type_error("slice indices must be integers or None or have an __index__ method")
                })?,
            },
        };
        Ok(if i < 0 { (i + len).max(0) } else { i })
    };
    let s = bound(start, 0)?;
    let e = bound(end, len)?.min(len);
    Ok((s as usize, e.max(0) as usize))
}

/// The receiver's bytes and the receiver itself.
fn this<'a>(args: &Args<'a>, method: &str) -> PyResult<(Cow<'a, [u8]>, &'a Value)> {
    let v = receiver(args, "bytes", method)?;
    match own_bytes(v) {
        Some(b) => Ok((b, v)),
        None => Err(super::list::wrong_receiver("bytes", method, v)),
    }
}

/// The `sub` argument of find/count/index: bytes-like or an int in range(256).
fn sub_arg(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = bytes_like(v) {
        return Ok(b.into_owned());
    }
    match v {
        Value::Int(_) | Value::Bool(_) => Ok(vec![byte_value(vm, v, "byte")?]),
        Value::Obj(o) if matches!(o.payload, Payload::BigInt(_)) => {
            Err(value_error("byte must be in range(0, 256)"))
        }
        Value::Obj(o) if lookup_str(&o.class(), "__index__").is_some() => {
            Ok(vec![byte_value(vm, v, "byte")?])
        }
        _ => Err(type_error(format!(
            "argument should be integer or bytes-like object, not '{}'",
            type_name(v)
        ))),
    }
}

/// ASCII whitespace as CPython's `Py_ISSPACE` (includes `\x0b` and `\x0c`).
fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

// ---- search methods -----------------------------------------------------------------------

/// `find`, `rfind`, `index`, `rindex`: the position or None.
fn search(vm: &mut Vm, args: &Args, name: &str, reverse: bool) -> PyResult<Option<usize>> {
    let (d, _) = this(args, name)?;
    arity(args, name, 1, 3)?;
    let sub = sub_arg(vm, &args.values[1])?;
    let (s, e) = slice_args(vm, args.values.get(2), args.values.get(3), d.len())?;
    Ok(if reverse {
        rfind_in(&d, &sub, s, e)
    } else {
        find_in(&d, &sub, s, e)
    })
}

fn m_find(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(
        search(vm, &args, "find", false)?.map_or(-1, |i| i as i64),
    ))
}

fn m_rfind(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(
        search(vm, &args, "rfind", true)?.map_or(-1, |i| i as i64),
    ))
}

fn m_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match search(vm, &args, "index", false)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(value_error("subsection not found")),
    }
}

fn m_rindex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match search(vm, &args, "rindex", true)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(value_error("subsection not found")),
    }
}

fn m_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (d, _) = this(&args, "count")?;
    arity(&args, "count", 1, 3)?;
    let sub = sub_arg(vm, &args.values[1])?;
    let (s, e) = slice_args(vm, args.values.get(2), args.values.get(3), d.len())?;
    Ok(Value::Int(count_in(&d, &sub, s, e) as i64))
}

/// `startswith` / `endswith`: a bytes prefix or a tuple of them, optional start and end.
fn affix_match(vm: &mut Vm, args: &Args, name: &str, end_side: bool) -> PyResult<Value> {
    let (d, _) = this(args, name)?;
    arity(args, name, 1, 3)?;
    let (s, e) = slice_args(vm, args.values.get(2), args.values.get(3), d.len())?;
    let matches = |affix: &[u8]| -> bool {
        if end_side {
            if e < s || e - s < affix.len() || s > d.len() {
                return false;
            }
            d[e - affix.len()..e] == *affix
        } else {
            if s + affix.len() > d.len() {
                return false;
            }
            e >= s && e - s >= affix.len() && d[s..s + affix.len()] == *affix
        }
    };
    let wrong = |v: &Value| {
        type_error(format!(
            "{name} first arg must be bytes or a tuple of bytes, not {}",
            type_name(v)
        ))
    };
    let arg = &args.values[1];
    if let Some(Payload::Tuple(items)) = arg.payload() {
        for item in items.iter() {
            let affix = bytes_like(item).ok_or_else(|| wrong(item))?;
            if matches(&affix) {
                return Ok(Value::Bool(true));
            }
        }
        return Ok(Value::Bool(false));
    }
    let affix = bytes_like(arg).ok_or_else(|| wrong(arg))?;
    Ok(Value::Bool(matches(&affix)))
}

fn m_startswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix_match(vm, &args, "startswith", false)
}

fn m_endswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix_match(vm, &args, "endswith", true)
}

// ---- transforming methods -----------------------------------------------------------------

fn m_replace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (d, me) = this(&args, "replace")?;
    arity(&args, "replace", 2, 3)?;
    let old = buffer_arg(&args.values[1])?;
    let new = buffer_arg(&args.values[2])?;
    let limit = int_arg(vm, args.values.get(3), -1)?;
    let mut left = if limit < 0 {
        usize::MAX
    } else {
        limit as usize
    };
    let mut out = Vec::with_capacity(d.len());
    if old.is_empty() {
        // An empty pattern matches before every byte and at the end.
        for (i, &c) in d.iter().enumerate() {
            if left == 0 {
                out.extend_from_slice(&d[i..]);
                return Ok(same_kind(me, out));
            }
            out.extend_from_slice(&new);
            out.push(c);
            left -= 1;
        }
        if left > 0 {
            out.extend_from_slice(&new);
        }
        return Ok(same_kind(me, out));
    }
    let mut at = 0;
    while left > 0 {
        let Some(i) = find_in(&d, &old, at, d.len()) else {
            break;
        };
        out.extend_from_slice(&d[at..i]);
        out.extend_from_slice(&new);
        at = i + old.len();
        left -= 1;
    }
    out.extend_from_slice(&d[at..]);
    Ok(same_kind(me, out))
}

/// A byte-wise mapping of the receiver (`upper`, `lower`, ...).
fn map_bytes(args: &Args, name: &str, f: impl Fn(&[u8]) -> Vec<u8>) -> PyResult<Value> {
    let (d, me) = this(args, name)?;
    arity(args, &format!("{}.{name}", type_name(me)), 0, 0)?;
    Ok(same_kind(me, f(&d)))
}

fn m_upper(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    map_bytes(&args, "upper", |d| d.to_ascii_uppercase())
}

fn m_lower(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    map_bytes(&args, "lower", |d| d.to_ascii_lowercase())
}

fn m_swapcase(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    map_bytes(&args, "swapcase", |d| {
        d.iter()
            .map(|&c| {
                if c.is_ascii_lowercase() {
                    c.to_ascii_uppercase()
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect()
    })
}

fn m_capitalize(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    map_bytes(&args, "capitalize", |d| {
        d.iter()
            .enumerate()
            .map(|(i, &c)| {
                if i == 0 {
                    c.to_ascii_uppercase()
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect()
    })
}

fn m_title(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    map_bytes(&args, "title", |d| {
        let mut prev_cased = false;
        d.iter()
            .map(|&c| {
                let out = if prev_cased {
                    c.to_ascii_lowercase()
                } else {
                    c.to_ascii_uppercase()
                };
                prev_cased = c.is_ascii_alphabetic();
                out
            })
            .collect()
    })
}

/// `strip`, `lstrip`, `rstrip`: `chars` defaults to ASCII whitespace.
fn strip_sides(args: &Args, name: &str, left: bool, right: bool) -> PyResult<Value> {
    let (d, me) = this(args, name)?;
    arity(args, name, 0, 1)?;
    let chars: Option<Cow<[u8]>> = match args.values.get(1) {
        None | Some(Value::None) => None,
        Some(v) => Some(buffer_arg(v)?),
    };
    let strip = |c: &u8| match &chars {
        None => is_space(*c),
        Some(set) => set.contains(c),
    };
    let mut s = 0;
    let mut e = d.len();
    if left {
        while s < e && strip(&d[s]) {
            s += 1;
        }
    }
    if right {
        while e > s && strip(&d[e - 1]) {
            e -= 1;
        }
    }
    Ok(same_kind(me, d[s..e].to_vec()))
}

fn m_strip(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_sides(&args, "strip", true, true)
}

fn m_lstrip(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_sides(&args, "lstrip", true, false)
}

fn m_rstrip(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_sides(&args, "rstrip", false, true)
}

/// `center`, `ljust`, `rjust`: pads to `width` with a one-byte fill (space by default).
fn justify(
    vm: &mut Vm,
    args: &Args,
    name: &str,
    left_of: impl Fn(usize, usize) -> usize,
) -> PyResult<Value> {
    let (d, me) = this(args, name)?;
    arity(args, name, 1, 2)?;
    let width = int_arg(vm, args.values.get(1), 0)?;
    let fill = match args.values.get(2) {
        None => b' ',
        Some(v) => match bytes_like(v) {
            Some(b) if b.len() == 1 => b[0],
            _ => {
                return Err(type_error(format!(
                    "{name}() argument 2 must be a byte string of length 1, not {}",
                    type_name(v)
                )))
            }
        },
    };
    let width = width.max(0) as usize;
    if d.len() >= width {
        return Ok(same_kind(me, d.into_owned()));
    }
    let pad = width - d.len();
    let left = left_of(pad, width);
    let mut out = vec![fill; left];
    out.extend_from_slice(&d);
    out.resize(width, fill);
    Ok(same_kind(me, out))
}

fn m_center(vm: &mut Vm, args: Args) -> PyResult<Value> {
    justify(vm, &args, "center", |pad, width| {
        pad / 2 + (pad & width & 1)
    })
}

fn m_ljust(vm: &mut Vm, args: Args) -> PyResult<Value> {
    justify(vm, &args, "ljust", |_, _| 0)
}

fn m_rjust(vm: &mut Vm, args: Args) -> PyResult<Value> {
    justify(vm, &args, "rjust", |pad, _| pad)
}

fn m_zfill(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (d, me) = this(&args, "zfill")?;
    arity(&args, "zfill", 1, 1)?;
    let width = int_arg(vm, args.values.get(1), 0)?.max(0) as usize;
    if d.len() >= width {
        return Ok(same_kind(me, d.into_owned()));
    }
    let fill = width - d.len();
    let mut out = vec![b'0'; fill];
    out.extend_from_slice(&d);
    if let Some(&sign @ (b'+' | b'-')) = d.first() {
        out[0] = sign;
        out[fill] = b'0';
    }
    Ok(same_kind(me, out))
}

fn m_expandtabs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (d, me) = this(&args, "expandtabs")?;
    let a = bind(&args, "expandtabs", &["tabsize"], 0)?;
    let tabsize = int_arg(vm, a[0], 8)?;
    let mut out = Vec::with_capacity(d.len());
    let mut col: i64 = 0;
    for &c in d.iter() {
        if c == b'\t' {
            if tabsize > 0 {
                let n = tabsize - col % tabsize;
                col += n;
                out.extend(std::iter::repeat_n(b' ', n as usize));
            }
        } else {
            col += 1;
            out.push(c);
            if c == b'\n' || c == b'\r' {
                col = 0;
            }
        }
    }
    Ok(same_kind(me, out))
}

fn m_removeprefix(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (d, me) = this(&args, "removeprefix")?;
    arity(&args, "removeprefix", 1, 1)?;
    let p = buffer_arg(&args.values[1])?;
    let rest = d.strip_prefix(&p[..]).unwrap_or(&d);
    Ok(same_kind(me, rest.to_vec()))
}

fn m_removesuffix(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (d, me) = this(&args, "removesuffix")?;
    arity(&args, "removesuffix", 1, 1)?;
    let p = buffer_arg(&args.values[1])?;
    let rest = d.strip_suffix(&p[..]).unwrap_or(&d);
    Ok(same_kind(me, rest.to_vec()))
}

fn m_translate(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (d, me) = this(&args, "translate")?;
    let a = bind(&args, "translate", &["table", "delete"], 1)?;
    // `table` is positional-only in CPython.
    if args.kw("table").is_some() {
        return Err(type_error("translate() takes no keyword argument 'table'"));
    }
    let table: Option<Cow<[u8]>> = match a[0] {
        Some(Value::None) | None => None,
        Some(v) => {
            let t = buffer_arg(v)?;
            if t.len() != 256 {
                return Err(value_error("translation table must be 256 characters long"));
            }
            Some(t)
        }
    };
    let delete: Cow<[u8]> = match a[1] {
        Some(v) => buffer_arg(v)?,
        None => Cow::Borrowed(&[]),
    };
    let out: Vec<u8> = d
        .iter()
        .filter(|c| !delete.contains(c))
        .map(|&c| table.as_ref().map_or(c, |t| t[c as usize]))
        .collect();
    Ok(same_kind(me, out))
}

fn maketrans(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::check_args("maketrans", &args, 2, 2)?;
    let from = buffer_arg(&args.values[0])?;
    let to = buffer_arg(&args.values[1])?;
    if from.len() != to.len() {
        return Err(value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (&f, &t) in from.iter().zip(to.iter()) {
        table[f as usize] = t;
    }
    Ok(new_bytes(table))
}

// ---- splitting and joining ----------------------------------------------------------------

/// Splits on runs of ASCII whitespace, at most `max` times, from the left or the right.
fn split_whitespace(d: &[u8], max: usize, from_right: bool) -> Vec<Vec<u8>> {
    let mut parts = Vec::new();
    if from_right {
        let mut e = d.len();
        loop {
            while e > 0 && is_space(d[e - 1]) {
                e -= 1;
            }
            if e == 0 {
                break;
            }
            if parts.len() == max {
                parts.push(d[..e].to_vec());
                break;
            }
            let mut s = e;
            while s > 0 && !is_space(d[s - 1]) {
                s -= 1;
            }
            parts.push(d[s..e].to_vec());
            e = s;
        }
        parts.reverse();
    } else {
        let mut s = 0;
        loop {
            while s < d.len() && is_space(d[s]) {
                s += 1;
            }
            if s == d.len() {
                break;
            }
            if parts.len() == max {
                parts.push(d[s..].to_vec());
                break;
            }
            let mut e = s;
            while e < d.len() && !is_space(d[e]) {
                e += 1;
            }
            parts.push(d[s..e].to_vec());
            s = e;
        }
    }
    parts
}

/// Splits on `sep`, at most `max` times, from the left or the right.
fn split_on(d: &[u8], sep: &[u8], max: usize, from_right: bool) -> Vec<Vec<u8>> {
    let mut parts = Vec::new();
    if from_right {
        let mut e = d.len();
        while parts.len() < max {
            let Some(i) = rfind_in(d, sep, 0, e) else {
                break;
            };
            parts.push(d[i + sep.len()..e].to_vec());
            e = i;
        }
        parts.push(d[..e].to_vec());
        parts.reverse();
    } else {
        let mut s = 0;
        while parts.len() < max {
            let Some(i) = find_in(d, sep, s, d.len()) else {
                break;
            };
            parts.push(d[s..i].to_vec());
            s = i + sep.len();
        }
        parts.push(d[s..].to_vec());
    }
    parts
}

fn split_method(vm: &mut Vm, args: &Args, name: &str, from_right: bool) -> PyResult<Value> {
    let (d, me) = this(args, name)?;
    let a = bind(args, name, &["sep", "maxsplit"], 0)?;
    let maxsplit = int_arg(vm, a[1], -1)?;
    let max = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    let parts = match a[0] {
        None | Some(Value::None) => split_whitespace(&d, max, from_right),
        Some(sep) => {
            let sep = buffer_arg(sep)?;
            if sep.is_empty() {
                return Err(value_error("empty separator"));
            }
            split_on(&d, &sep, max, from_right)
        }
    };
    Ok(new_list(
        parts.into_iter().map(|p| same_kind(me, p)).collect(),
    ))
}

fn m_split(vm: &mut Vm, args: Args) -> PyResult<Value> {
    split_method(vm, &args, "split", false)
}

fn m_rsplit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    split_method(vm, &args, "rsplit", true)
}

fn m_splitlines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (d, me) = this(&args, "splitlines")?;
    let a = bind(&args, "splitlines", &["keepends"], 0)?;
    let keepends = match a[0] {
        Some(v) => ops::truthy(vm, v)?,
        None => false,
    };
    let mut parts = Vec::new();
    let mut s = 0;
    while s < d.len() {
        let mut e = s;
        while e < d.len() && d[e] != b'\n' && d[e] != b'\r' {
            e += 1;
        }
        let mut next = e;
        if e < d.len() {
            next = if d[e] == b'\r' && d.get(e + 1) == Some(&b'\n') {
                e + 2
            } else {
                e + 1
            };
        }
        parts.push(same_kind(
            me,
            d[s..if keepends { next } else { e }].to_vec(),
        ));
        s = next;
    }
    Ok(new_list(parts))
}

fn partition_method(args: &Args, name: &str, from_right: bool) -> PyResult<Value> {
    let (d, me) = this(args, name)?;
    arity(args, name, 1, 1)?;
    let sep = buffer_arg(&args.values[1])?;
    if sep.is_empty() {
        return Err(value_error("empty separator"));
    }
    let found = if from_right {
        rfind_in(&d, &sep, 0, d.len())
    } else {
        find_in(&d, &sep, 0, d.len())
    };
    let part = |b: &[u8]| same_kind(me, b.to_vec());
    Ok(new_tuple(match found {
        Some(i) => vec![part(&d[..i]), part(&sep), part(&d[i + sep.len()..])],
        None if from_right => vec![part(b""), part(b""), part(&d)],
        None => vec![part(&d), part(b""), part(b"")],
    }))
}

fn m_partition(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition_method(&args, "partition", false)
}

fn m_rpartition(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition_method(&args, "rpartition", true)
}

fn m_join(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (sep, me) = this(&args, "join")?;
    arity(&args, "join", 1, 1)?;
    let items = ops::iter::collect(vm, &args.values[1])?;
    let mut out = Vec::new();
    for (i, it) in items.iter().enumerate() {
        let b = bytes_like(it).ok_or_else(|| {
            type_error(format!(
                "sequence item {i}: expected a bytes-like object, {} found",
                type_name(it)
            ))
        })?;
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend_from_slice(&b);
    }
    Ok(same_kind(me, out))
}

// ---- predicates ---------------------------------------------------------------------------

/// `is...()`: false for empty input, else whether every byte satisfies `f`.
fn predicate(args: &Args, name: &str, f: impl Fn(u8) -> bool) -> PyResult<Value> {
    let (d, me) = this(args, name)?;
    arity(args, &format!("{}.{name}", type_name(me)), 0, 0)?;
    Ok(Value::Bool(!d.is_empty() && d.iter().all(|&c| f(c))))
}

fn m_isalnum(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(&args, "isalnum", |c| c.is_ascii_alphanumeric())
}

fn m_isalpha(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(&args, "isalpha", |c| c.is_ascii_alphabetic())
}

fn m_isdigit(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(&args, "isdigit", |c| c.is_ascii_digit())
}

fn m_isspace(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(&args, "isspace", is_space)
}

fn m_isascii(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (d, me) = this(&args, "isascii")?;
    arity(&args, &format!("{}.isascii", type_name(me)), 0, 0)?;
    Ok(Value::Bool(d.is_ascii()))
}

/// `islower` / `isupper`: some cased byte, and none of the other case.
fn case_predicate(args: &Args, name: &str, lower: bool) -> PyResult<Value> {
    let (d, me) = this(args, name)?;
    arity(args, &format!("{}.{name}", type_name(me)), 0, 0)?;
    let has_lower = d.iter().any(u8::is_ascii_lowercase);
    let has_upper = d.iter().any(u8::is_ascii_uppercase);
    Ok(Value::Bool(if lower {
        has_lower && !has_upper
    } else {
        has_upper && !has_lower
    }))
}

fn m_islower(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    case_predicate(&args, "islower", true)
}

fn m_isupper(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    case_predicate(&args, "isupper", false)
}

fn m_istitle(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (d, me) = this(&args, "istitle")?;
    arity(&args, &format!("{}.istitle", type_name(me)), 0, 0)?;
    let mut cased = false;
    let mut prev_cased = false;
    for &c in d.iter() {
        if c.is_ascii_uppercase() {
            if prev_cased {
                return Ok(Value::Bool(false));
            }
            prev_cased = true;
            cased = true;
        } else if c.is_ascii_lowercase() {
            if !prev_cased {
                return Ok(Value::Bool(false));
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    Ok(Value::Bool(cased))
}

// ---- hex and codecs -----------------------------------------------------------------------

fn m_decode(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (d, _) = this(&args, "decode")?;
    let a = bind(&args, "decode", &["encoding", "errors"], 0)?;
    let encoding = str_arg(a[0], "decode", "encoding", "utf-8")?;
    let errors = str_arg(a[1], "decode", "errors", "strict")?;
    decode_with(&d, encoding, errors).map(new_str)
}

fn m_hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (d, _) = this(&args, "hex")?;
    let a = bind(&args, "hex", &["sep", "bytes_per_sep"], 0)?;
    hex_with(vm, &d, a[0], a[1])
}

/// `hex(sep=None, bytes_per_sep=1)` of bytes `d` (bytes, bytearray and memoryview share it).
pub fn hex_with(
    vm: &mut Vm,
    d: &[u8],
    sep: Option<&Value>,
    bytes_per_sep: Option<&Value>,
) -> PyResult<Value> {
    let hexes: Vec<String> = d.iter().map(|b| format!("{b:02x}")).collect();
    let Some(sep_arg) = sep else {
        return Ok(new_str(hexes.concat()));
    };
    // CPython checks the length first (of anything with one), then the type.
    if ops::len(vm, sep_arg)? != 1 {
        return Err(value_error("sep must be length 1."));
    }
    let sep: String = match (as_str(sep_arg), sep_arg.payload()) {
        (Some(s), _) => s.to_string(),
        (None, Some(Payload::Bytes(b))) => b.iter().map(|&c| c as char).collect(),
        _ => return Err(type_error("sep must be str or bytes.")),
    };
    if !sep.is_ascii() {
        return Err(value_error("sep must be ASCII."));
    }
    let group = int_arg(vm, bytes_per_sep, 1)?;
    let g = group.unsigned_abs().max(1) as usize;
    if group == 0 || g >= hexes.len() {
        return Ok(new_str(hexes.concat()));
    }
    // Groups count from the right for a positive `bytes_per_sep`, from the left otherwise.
    let first = if group > 0 { hexes.len() % g } else { 0 };
    let mut chunks = Vec::new();
    if first > 0 {
        chunks.push(hexes[..first].concat());
    }
    chunks.extend(hexes[first..].chunks(g).map(|c| c.concat()));
    Ok(new_str(chunks.join(&sep)))
}

/// `bytes.fromhex(s)` / `bytearray.fromhex(s)`: pairs of hex digits, optionally separated by
/// whitespace.
fn fromhex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arity(&args, "fromhex", 1, 1)?;
    let cls = args.values[0].clone();
    let arg = &args.values[1];
    let s = as_str(arg).ok_or_else(|| {
        type_error(format!(
            "fromhex() argument must be str, not {}",
            type_name(arg)
        ))
    })?;
    let chars: Vec<char> = s.chars().collect();
    let invalid = |at: usize| {
        value_error(format!(
            "non-hexadecimal number found in fromhex() arg at position {at}"
        ))
    };
    let mut out = Vec::with_capacity(chars.len() / 2);
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii() && is_space(chars[i] as u8) {
            i += 1;
            continue;
        }
        let hi = chars[i]
            .to_digit(16)
            .filter(|_| chars[i].is_ascii())
            .ok_or_else(|| invalid(i))?;
        let lo = chars
            .get(i + 1)
            .and_then(|c| c.to_digit(16).filter(|_| c.is_ascii()))
            .ok_or_else(|| invalid(i + 1))?;
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    let t = types();
    match &cls {
        Value::Obj(c) if c.is(&t.bytes) => Ok(new_bytes(out)),
        Value::Obj(c) if c.is(&t.bytearray) => Ok(new_bytearray(out)),
        _ => call(vm, &cls, &[new_bytes(out)]),
    }
}

// ---- % formatting -------------------------------------------------------------------------

/// `b % args` (PEP 461): `%s`/`%b` take bytes-like objects (or `__bytes__`), `%c` an int or one
/// byte, `%r`/`%a` give `ascii(repr(x))`; the numeric conversions format as str `%` does.
pub fn percent(vm: &mut Vm, a: &Value, args: &Value) -> PyResult<Option<Value>> {
    let Some(fmt) = bytes_like(a) else {
        return Ok(None);
    };
    let fmt = fmt.into_owned();
    // CPython takes any subscriptable object other than a tuple, str or bytes-like as the
    // mapping for `%(key)s` (so a list or dict argument is never "not all converted").
    let mapping = match args {
        Value::Obj(o) => match &o.payload {
            Payload::Tuple(_) | Payload::Bytes(_) | Payload::ByteArray(_) | Payload::Str(_) => {
                false
            }
            Payload::Dict(_) | Payload::List(_) => true,
            _ => lookup_str(&o.class(), "__getitem__").is_some(),
        },
        _ => false,
    };
    let items: Vec<Value> = match args.payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => vec![args.clone()],
    };
    let mut next = 0usize;
    let take = |next: &mut usize| -> PyResult<Value> {
        let v = items
            .get(*next)
            .cloned()
            .ok_or_else(|| type_error("not enough arguments for format string"))?;
        *next += 1;
        Ok(v)
    };
    let mut out = Vec::with_capacity(fmt.len());
    let mut i = 0;
    while i < fmt.len() {
        if fmt[i] != b'%' {
            out.push(fmt[i]);
            i += 1;
            continue;
        }
        i += 1;
        let incomplete = || value_error("incomplete format");
        // A mapping key.
        let mut arg: Option<Value> = None;
        if fmt.get(i) == Some(&b'(') {
            if !mapping {
                return Err(type_error("format requires a mapping"));
            }
            let mut depth = 1;
            let key_start = i + 1;
            i += 1;
            while i < fmt.len() && depth > 0 {
                match fmt[i] {
                    b'(' => depth += 1,
                    b')' => depth -= 1,
                    _ => {}
                }
                i += 1;
            }
            if depth > 0 {
                return Err(value_error("incomplete format key"));
            }
            let key = new_bytes(fmt[key_start..i - 1].to_vec());
            arg = Some(ops::seq::get_item(vm, args, &key)?);
        }
        let mut flags = String::new();
        while let Some(&c @ (b'-' | b'+' | b' ' | b'#' | b'0')) = fmt.get(i) {
            flags.push(c as char);
            i += 1;
        }
        let number = |i: &mut usize, next: &mut usize, vm: &mut Vm| -> PyResult<Option<i64>> {
            if fmt.get(*i) == Some(&b'*') {
                *i += 1;
                let v = take(next)?;
                return match v {
                    Value::Int(n) => Ok(Some(n)),
                    Value::Bool(b) => Ok(Some(b as i64)),
                    _ => match ops::seq::to_index(vm, &v)? {
                        Some(n) if !matches!(v, Value::Float(_)) => Ok(Some(n)),
                        _ => Err(type_error("* wants int")),
                    },
                };
            }
            let s = *i;
            while fmt.get(*i).is_some_and(u8::is_ascii_digit) {
                *i += 1;
            }
            Ok(if *i > s {
                std::str::from_utf8(&fmt[s..*i])
                    .ok()
                    .and_then(|t| t.parse().ok())
            } else {
                None
            })
        };
        let mut width = number(&mut i, &mut next, vm)?;
        if width.is_some_and(|w| w < 0) {
            flags.push('-');
            width = width.map(i64::abs);
        }
        let precision = if fmt.get(i) == Some(&b'.') {
            i += 1;
            Some(number(&mut i, &mut next, vm)?.unwrap_or(0))
        } else {
            None
        };
        // Length modifiers are accepted and ignored, as in C.
        while let Some(b'h' | b'l' | b'L') = fmt.get(i) {
            i += 1;
        }
        let Some(&conv) = fmt.get(i) else {
            return Err(incomplete());
        };
        i += 1;
        if conv == b'%' {
            out.push(b'%');
            continue;
        }
        let arg = match arg {
            Some(v) => v,
            None => take(&mut next)?,
        };
        let left = flags.contains('-');
        let pad = |body: Vec<u8>, out: &mut Vec<u8>| {
            let w = width.unwrap_or(0).max(0) as usize;
            let fill = w.saturating_sub(body.len());
            if !left {
                out.extend(std::iter::repeat_n(b' ', fill));
            }
            out.extend_from_slice(&body);
            if left {
                out.extend(std::iter::repeat_n(b' ', fill));
            }
        };
        match conv {
            b's' | b'b' => {
                let mut body = bytes_of_object(vm, &arg)?;
                if let Some(p) = precision {
                    body.truncate(p.max(0) as usize);
                }
                pad(body, &mut out);
            }
            b'r' | b'a' => {
                let r = ops::repr::repr(vm, &arg)?;
                let mut body = ops::repr::ascii(&r).into_bytes();
                if let Some(p) = precision {
                    body.truncate(p.max(0) as usize);
                }
                pad(body, &mut out);
            }
            b'c' => {
                let byte = match (&arg, bytes_like(&arg)) {
                    (_, Some(b)) if b.len() == 1 => b[0],
                    (Value::Int(_) | Value::Bool(_), _) => match ops::seq::to_index(vm, &arg)? {
                        Some(n) if (0..256).contains(&n) => n as u8,
                        _ => return Err(overflow_error("%c arg not in range(256)")),
                    },
                    (Value::Obj(o), _) if matches!(o.payload, Payload::BigInt(_)) => {
                        return Err(overflow_error("%c arg not in range(256)"))
                    }
                    _ => {
                        return Err(type_error(
                            "%c requires an integer in range(256) or a single byte",
                        ))
                    }
                };
                pad(vec![byte], &mut out);
            }
            b'd' | b'i' | b'u' | b'o' | b'x' | b'X' | b'e' | b'E' | b'f' | b'F' | b'g' | b'G' => {
                let mut spec = format!("%{flags}");
                if let Some(w) = width {
                    spec.push_str(&w.to_string());
                }
                if let Some(p) = precision {
                    spec.push_str(&format!(".{p}"));
                }
                spec.push(conv as char);
                let s = super::str::percent_format(vm, &spec, &new_tuple(vec![arg]))?;
                out.extend_from_slice(s.as_bytes());
            }
            other => {
                let at = i - 1;
                let shown = if other.is_ascii() && !other.is_ascii_control() {
                    (other as char).to_string()
                } else {
                    "?".to_string()
                };
                return Err(value_error(format!(
                    "unsupported format character '{shown}' (0x{other:x}) at index {at}"
                )));
            }
        }
    }
    if next < items.len() && !mapping {
        return Err(type_error(
            "not all arguments converted during bytes formatting",
        ));
    }
    Ok(Some(same_kind(a, out)))
}

/// The bytes `%s`/`%b` insert for `v`: a bytes-like object, or the result of `__bytes__`.
fn bytes_of_object(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = bytes_like(v) {
        return Ok(b.into_owned());
    }
    if let Some(f) = lookup_str(&class_of(v), "__bytes__") {
        let r = call(vm, &f, std::slice::from_ref(v))?;
        if let Some(Payload::Bytes(b)) = r.payload() {
            return Ok(b.to_vec());
        }
        return Err(type_error(format!(
            "__bytes__ returned non-bytes (type {})",
            type_name(&r)
        )));
    }
    Err(type_error(format!(
        "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
        type_name(v)
    )))
}

// ---- construction -------------------------------------------------------------------------

/// The contents of `bytes(...)` / `bytearray(...)` from `source`, `encoding`, `errors`.
fn construct(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Vec<u8>> {
    let a = bind(args, name, &["source", "encoding", "errors"], 0)?;
    let (source, encoding, errors) = (a[0], a[1], a[2]);
    let Some(source) = source else {
        if encoding.is_some() || errors.is_some() {
            let which = if encoding.is_some() {
                "encoding"
            } else {
                "errors"
            };
            return Err(type_error(format!("{which} without a string argument")));
        }
        return Ok(Vec::new());
    };
    if let Some(s) = as_str(source) {
        let Some(enc) = encoding else {
            return Err(type_error("string argument without an encoding"));
        };
        let enc = str_arg(Some(enc), name, "encoding", "utf-8")?;
        let errors = str_arg(errors, name, "errors", "strict")?;
        return encode_with(s, enc, errors);
    }
    if encoding.is_some() || errors.is_some() {
        let which = if encoding.is_some() {
            "encoding"
        } else {
            "errors"
        };
        return Err(type_error(format!("{which} without a string argument")));
    }
    if let Some(b) = any_buffer(source) {
        return Ok(b.into_owned());
    }
    if name == "bytes" {
        if let Some(f) = lookup_str(&class_of(source), "__bytes__") {
            let r = call(vm, &f, std::slice::from_ref(source))?;
            return match r.payload() {
                Some(Payload::Bytes(b)) => Ok(b.to_vec()),
                _ => Err(type_error(format!(
                    "__bytes__ returned non-bytes (type {})",
                    type_name(&r)
                ))),
            };
        }
    }
    match source {
        Value::Int(_) | Value::Bool(_) => {
            let n = ops::seq::to_index(vm, source)?.unwrap_or(0);
            if n < 0 {
                return Err(value_error("negative count"));
            }
            if n > (1 << 36) {
                return Err(crate::object::exception::memory_error(""));
            }
            return Ok(vec![0; n as usize]);
        }
        Value::Obj(o) if matches!(o.payload, Payload::BigInt(_)) => {
            return Err(overflow_error(
                "cannot fit 'int' into an index-sized integer",
            ))
        }
        _ => {}
    }
    if !ops::iter::is_iterable(source) {
        if let Some(n) = ops::seq::to_index(vm, source)? {
            if n < 0 {
                return Err(value_error("negative count"));
            }
            return Ok(vec![0; n as usize]);
        }
        return Err(type_error(format!(
            "cannot convert '{}' object to {name}",
            type_name(source)
        )));
    }
    bytes_from_iterable(vm, source, if name == "bytes" { "bytes" } else { "byte" })
}

fn bytes_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = receiver(&args, "bytes", "__new__")?;
    let data = construct(vm, &args, "bytes")?;
    Ok(match cls {
        Value::Obj(c) if matches!(c.payload, Payload::Class(_)) && !c.is(&types().bytes) => {
            Value::Obj(Obj::new(c, Payload::Bytes(data.into_boxed_slice())))
        }
        _ => new_bytes(data),
    })
}

fn bytearray_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = receiver(&args, "bytearray", "__new__")?;
    let data = if new_fills(cls) {
        construct(vm, &args, "bytearray")?
    } else {
        Vec::new()
    };
    Ok(match cls {
        Value::Obj(c) if matches!(c.payload, Payload::Class(_)) && !c.is(&types().bytearray) => {
            Value::Obj(Obj::new(c, Payload::ByteArray(RefCell::new(data))))
        }
        _ => new_bytearray(data),
    })
}

// ---- dunders shared by bytes and bytearray ------------------------------------------------

fn m_len(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (d, me) = this(&args, "__len__")?;
    arity(&args, &format!("{}.__len__", type_name(me)), 0, 0)?;
    Ok(Value::Int(d.len() as i64))
}

fn m_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, me) = this(&args, "__getitem__")?;
    arity(&args, &format!("{}.__getitem__", type_name(me)), 1, 1)?;
    ops::seq::base_get_item(vm, me, &args.values[1])
}

fn m_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (d, me) = this(&args, "__contains__")?;
    arity(&args, &format!("{}.__contains__", type_name(me)), 1, 1)?;
    bytes_contains(vm, &d, &args.values[1]).map(Value::Bool)
}

fn m_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, me) = this(&args, "__iter__")?;
    arity(&args, &format!("{}.__iter__", type_name(me)), 0, 0)?;
    ops::iter::base_get_iter(vm, me)
}

fn m_add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, me) = this(&args, "__add__")?;
    arity(&args, &format!("{}.__add__", type_name(me)), 1, 1)?;
    let other = &args.values[1];
    if bytes_like(other).is_none() && defers_to_reflected(other, "__radd__") {
        return Ok(not_implemented());
    }
    Ok(concat(vm, me, other)?.unwrap_or_else(not_implemented))
}

fn m_mul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (d, me) = this(&args, "__mul__")?;
    arity(&args, &format!("{}.__mul__", type_name(me)), 1, 1)?;
    match repeat_count(vm, &args.values[1])? {
        Some(k) => Ok(same_kind(me, repeated(&d, k)?)),
        None => Ok(not_implemented()),
    }
}

fn m_mod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, me) = this(&args, "__mod__")?;
    arity(&args, &format!("{}.__mod__", type_name(me)), 1, 1)?;
    Ok(percent(vm, me, &args.values[1])?.unwrap_or_else(not_implemented))
}

fn m_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, me) = this(&args, "__hash__")?;
    arity(&args, "bytes.__hash__", 0, 0)?;
    ops::hash(vm, me).map(Value::Int)
}

/// Rich comparisons with another bytes-like object; NotImplemented otherwise.
fn richcompare(args: &Args, op: crate::bytecode::CmpOp) -> PyResult<Value> {
    let (d, me) = this(args, op.dunder())?;
    arity(args, &format!("{}.{}", type_name(me), op.dunder()), 1, 1)?;
    // bytes compares with bytes and bytearray only; bytearray with any buffer.
    let other = match me.payload() {
        Some(Payload::Bytes(_)) => own_bytes(&args.values[1]),
        _ => any_buffer(&args.values[1]),
    };
    match other {
        Some(other) => Ok(Value::Bool(ops::compare::cmp_ord(
            op,
            d[..].cmp(&other[..]),
        ))),
        None => Ok(not_implemented()),
    }
}

macro_rules! compare_methods {
    ($($name:ident => $op:ident),* $(,)?) => {
        $(
            fn $name(_vm: &mut Vm, args: Args) -> PyResult<Value> {
                richcompare(&args, crate::bytecode::CmpOp::$op)
            }
        )*
    };
}

compare_methods! {
    m_eq => Eq, m_ne => Ne, m_lt => Lt, m_le => Le, m_gt => Gt, m_ge => Ge,
}

// ---- bytearray mutation -------------------------------------------------------------------

fn ba_this<'a>(args: &Args<'a>, method: &str) -> PyResult<&'a RefCell<Vec<u8>>> {
    let v = receiver(args, "bytearray", method)?;
    match v.payload() {
        Some(Payload::ByteArray(b)) => Ok(b),
        _ => Err(super::list::wrong_receiver("bytearray", method, v)),
    }
}

fn ba_append(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = ba_this(&args, "append")?;
    arity(&args, "bytearray.append", 1, 1)?;
    let c = byte_value(vm, &args.values[1], "byte")?;
    let n = b.borrow().len();
    check_resize(&args.values[0], n, n + 1)?;
    b.borrow_mut().push(c);
    Ok(Value::None)
}

fn ba_extend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = ba_this(&args, "extend")?;
    arity(&args, "bytearray.extend", 1, 1)?;
    let src = &args.values[1];
    let more = match bytes_like(src) {
        Some(d) => d.into_owned(),
        // CPython's extend takes a strided view as a buffer, then fails to copy it.
        None if super::memoryview::is_strided(src) => {
            return Err(type_error("can't set bytearray slice from memoryview"))
        }
        None if ops::iter::is_iterable(src) => bytes_from_iterable(vm, src, "byte")?,
        None => {
            return Err(type_error(format!(
                "can't extend bytearray with {}",
                type_name(src)
            )))
        }
    };
    let n = b.borrow().len();
    check_resize(&args.values[0], n, n + more.len())?;
    b.borrow_mut().extend(more);
    Ok(Value::None)
}

fn ba_insert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = ba_this(&args, "insert")?;
    arity(&args, "insert", 2, 2)?;
    let i = int_arg(vm, Some(&args.values[1]), 0)?;
    let c = byte_value(vm, &args.values[2], "byte")?;
    check_resize(&args.values[0], b.borrow().len(), b.borrow().len() + 1)?;
    let mut b = b.borrow_mut();
    let n = b.len() as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
    b.insert(at as usize, c);
    Ok(Value::None)
}

fn ba_pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = ba_this(&args, "pop")?;
    arity(&args, "pop", 0, 1)?;
    let i = int_arg(vm, args.values.get(1), -1)?;
    let mut b = b.borrow_mut();
    if b.is_empty() {
        return Err(index_error("pop from empty bytearray"));
    }
    let n = b.len() as i64;
    let j = if i < 0 { i + n } else { i };
    if !(0..n).contains(&j) {
        return Err(index_error("pop index out of range"));
    }
    check_resize(&args.values[0], b.len(), b.len() - 1)?;
    Ok(Value::Int(b.remove(j as usize) as i64))
}

fn ba_remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = ba_this(&args, "remove")?;
    arity(&args, "bytearray.remove", 1, 1)?;
    let c = byte_value(vm, &args.values[1], "byte")?;
    let mut b = b.borrow_mut();
    match b.iter().position(|&x| x == c) {
        Some(i) => {
            check_resize(&args.values[0], b.len(), b.len() - 1)?;
            b.remove(i);
            Ok(Value::None)
        }
        None => Err(value_error("value not found in bytearray")),
    }
}

fn ba_reverse(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = ba_this(&args, "reverse")?;
    arity(&args, "bytearray.reverse", 0, 0)?;
    b.borrow_mut().reverse();
    Ok(Value::None)
}

fn ba_clear(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = ba_this(&args, "clear")?;
    arity(&args, "bytearray.clear", 0, 0)?;
    check_resize(&args.values[0], b.borrow().len(), 0)?;
    b.borrow_mut().clear();
    Ok(Value::None)
}

fn ba_copy(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = ba_this(&args, "copy")?;
    arity(&args, "bytearray.copy", 0, 0)?;
    let data = b.borrow().clone();
    Ok(new_bytearray(data))
}

fn ba_setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    ba_this(&args, "__setitem__")?;
    arity(&args, "__setitem__", 2, 2)?;
    ops::seq::base_set_item(
        vm,
        &args.values[0],
        args.values[1].clone(),
        args.values[2].clone(),
    )?;
    Ok(Value::None)
}

fn ba_delitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    ba_this(&args, "__delitem__")?;
    arity(&args, "bytearray.__delitem__", 1, 1)?;
    ops::seq::base_del_item(vm, &args.values[0], &args.values[1])?;
    Ok(Value::None)
}

/// `a += b` for a bytearray `a`: extends it in place with a bytes-like `b`.
pub fn iadd(a: &Value, b: &Value) -> PyResult<Value> {
    let Some(Payload::ByteArray(target)) = a.payload() else {
        return Err(super::list::wrong_receiver("bytearray", "__iadd__", a));
    };
    let more = bytes_like(b)
        .ok_or_else(|| type_error(format!("can't concat {} to bytearray", type_name(b))))?
        .into_owned();
    let n = target.borrow().len();
    check_resize(a, n, n + more.len())?;
    target.borrow_mut().extend(more);
    Ok(a.clone())
}

fn ba_iadd(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    ba_this(&args, "__iadd__")?;
    arity(&args, "bytearray.__iadd__", 1, 1)?;
    iadd(&args.values[0], &args.values[1])
}

fn ba_imul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    ba_this(&args, "__imul__")?;
    arity(&args, "bytearray.__imul__", 1, 1)?;
    Ok(imul(vm, &args.values[0], &args.values[1])?.unwrap_or_else(not_implemented))
}

/// `a *= n` for a bytearray `a`: repeats it in place; None if `n` is not an integer.
pub fn imul(vm: &mut Vm, a: &Value, n: &Value) -> PyResult<Option<Value>> {
    let Some(Payload::ByteArray(b)) = a.payload() else {
        return Err(super::list::wrong_receiver("bytearray", "__imul__", a));
    };
    let Some(k) = repeat_count(vm, n)? else {
        return Ok(None);
    };
    let v = repeated(&b.borrow(), k)?;
    check_resize(a, b.borrow().len(), v.len())?;
    *b.borrow_mut() = v;
    Ok(Some(a.clone()))
}

/// `bytearray.__init__(self, source=..., encoding=..., errors=...)`: replaces the contents.
fn ba_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = ba_this(&args, "__init__")?;
    // CPython empties the bytearray first, whatever the new contents.
    check_resize(&args.values[0], b.borrow().len(), 0)?;
    let data = construct(vm, &args, "bytearray")?;
    check_resize(&args.values[0], b.borrow().len(), data.len())?;
    *b.borrow_mut() = data;
    Ok(Value::None)
}

pub fn install(t: &Types) {
    let shared: &[(&'static str, crate::object::function::NativeFn)] = &[
        ("decode", m_decode),
        ("hex", m_hex),
        ("join", m_join),
        ("split", m_split),
        ("rsplit", m_rsplit),
        ("splitlines", m_splitlines),
        ("partition", m_partition),
        ("rpartition", m_rpartition),
        ("find", m_find),
        ("rfind", m_rfind),
        ("index", m_index),
        ("rindex", m_rindex),
        ("count", m_count),
        ("replace", m_replace),
        ("startswith", m_startswith),
        ("endswith", m_endswith),
        ("upper", m_upper),
        ("lower", m_lower),
        ("swapcase", m_swapcase),
        ("capitalize", m_capitalize),
        ("title", m_title),
        ("strip", m_strip),
        ("lstrip", m_lstrip),
        ("rstrip", m_rstrip),
        ("center", m_center),
        ("ljust", m_ljust),
        ("rjust", m_rjust),
        ("zfill", m_zfill),
        ("expandtabs", m_expandtabs),
        ("removeprefix", m_removeprefix),
        ("removesuffix", m_removesuffix),
        ("translate", m_translate),
        ("isalnum", m_isalnum),
        ("isalpha", m_isalpha),
        ("isdigit", m_isdigit),
        ("isspace", m_isspace),
        ("isascii", m_isascii),
        ("islower", m_islower),
        ("isupper", m_isupper),
        ("istitle", m_istitle),
        ("__len__", m_len),
        ("__getitem__", m_getitem),
        ("__contains__", m_contains),
        ("__iter__", m_iter),
        ("__add__", m_add),
        ("__mul__", m_mul),
        ("__rmul__", m_mul),
        ("__mod__", m_mod),
        ("__eq__", m_eq),
        ("__ne__", m_ne),
        ("__lt__", m_lt),
        ("__le__", m_le),
        ("__gt__", m_gt),
        ("__ge__", m_ge),
    ];
    for cls in [&t.bytes, &t.bytearray] {
        for &(name, f) in shared {
            add_method(cls, name, f);
        }
        let owner = if cls.is(&t.bytes) {
            "bytes"
        } else {
            "bytearray"
        };
        super::add_class_attr(
            cls,
            "fromhex",
            Value::Obj(Obj::new(
                &t.classmethod,
                Payload::ClassMethod(crate::object::new_builtin("fromhex", fromhex, Some(owner))),
            )),
        );
        super::add_class_attr(
            cls,
            "maketrans",
            Value::Obj(Obj::new(
                &t.staticmethod,
                Payload::StaticMethod(crate::object::new_builtin(
                    "maketrans",
                    maketrans,
                    Some(owner),
                )),
            )),
        );
    }
    let b = &t.bytes;
    add_method(b, "__new__", bytes_new);
    add_method(b, "__hash__", m_hash);
    let ba = &t.bytearray;
    add_method(ba, "__new__", bytearray_new);
    add_method(ba, "__init__", ba_init);
    add_method(ba, "append", ba_append);
    add_method(ba, "extend", ba_extend);
    add_method(ba, "insert", ba_insert);
    add_method(ba, "pop", ba_pop);
    add_method(ba, "remove", ba_remove);
    add_method(ba, "reverse", ba_reverse);
    add_method(ba, "clear", ba_clear);
    add_method(ba, "copy", ba_copy);
    add_method(ba, "__setitem__", ba_setitem);
    add_method(ba, "__delitem__", ba_delitem);
    add_method(ba, "__iadd__", ba_iadd);
    add_method(ba, "__imul__", ba_imul);
    super::add_class_attr(ba, "__hash__", Value::None);
}
