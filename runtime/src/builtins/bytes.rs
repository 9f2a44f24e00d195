//! `bytes` and `bytearray`: construction, repr, decoding, and the common methods.

use crate::interp::Vm;
use crate::object::exception::{type_error, value_error};
use crate::object::function::Args;
use crate::object::types::Types;
use crate::object::{as_str, new_bytearray, new_bytes, new_str, type_name, Payload};
use crate::ops;
use crate::value::Value;
use crate::PyResult;

use super::{add_method, check_args};

/// `repr(b)`: `b'...'` with CPython's quoting and escapes.
pub fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') { '"' } else { '\'' };
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

/// The bytes of a bytes-like value, or of an iterable of ints in range(256).
pub fn bytes_from(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    match v.payload() {
        Some(Payload::Bytes(b)) => return Ok(b.to_vec()),
        Some(Payload::ByteArray(b)) => return Ok(b.borrow().clone()),
        Some(Payload::Str(_)) => return Err(type_error("cannot convert 'str' object to bytes")),
        _ => {}
    }
    if !ops::iter::is_iterable(v) {
        return Err(type_error(format!(
            "cannot convert '{}' object to bytes",
            type_name(v)
        )));
    }
    let mut out = Vec::new();
    for x in ops::iter::collect(vm, v)? {
        match ops::seq::to_index(vm, &x)? {
            Some(i) if (0..256).contains(&i) => out.push(i as u8),
            Some(_) => return Err(value_error("bytes must be in range(0, 256)")),
            None => {
                return Err(type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    type_name(&x)
                )))
            }
        }
    }
    Ok(out)
}

/// `item in b`: an int or a bytes-like subsequence.
pub fn bytes_contains(vm: &mut Vm, b: &[u8], item: &Value) -> PyResult<bool> {
    match item.payload() {
        Some(Payload::Bytes(s)) => return Ok(contains_seq(b, s)),
        Some(Payload::ByteArray(s)) => return Ok(contains_seq(b, &s.borrow())),
        _ => {}
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

fn contains_seq(hay: &[u8], needle: &[u8]) -> bool {
    needle.is_empty() || hay.windows(needle.len()).any(|w| w == needle)
}

fn find_seq(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    hay.windows(needle.len()).position(|w| w == needle)
}

/// `a + b` where `a` is bytes or bytearray.
pub fn concat(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    let rhs = match b.payload() {
        Some(Payload::Bytes(x)) => x.to_vec(),
        Some(Payload::ByteArray(x)) => x.borrow().clone(),
        _ => {
            let _ = vm;
            return Err(type_error(format!(
                "can't concat {} to {}",
                type_name(b),
                type_name(a)
            )));
        }
    };
    Ok(match a.payload() {
        Some(Payload::Bytes(x)) => {
            let mut v = x.to_vec();
            v.extend(rhs);
            Some(new_bytes(v))
        }
        Some(Payload::ByteArray(x)) => {
            let mut v = x.borrow().clone();
            v.extend(rhs);
            Some(new_bytearray(v))
        }
        _ => None,
    })
}

/// `b % args`: formats through the str implementation on the latin-1 view of the bytes.
pub fn percent(vm: &mut Vm, a: &Value, args: &Value) -> PyResult<Option<Value>> {
    let data = bytes_from(vm, a)?;
    let fmt: String = data.iter().map(|&c| c as char).collect();
    let s = super::str::percent_format(vm, &fmt, args)?;
    let out: Vec<u8> = s.chars().map(|c| c as u32 as u8).collect();
    Ok(Some(match a.payload() {
        Some(Payload::ByteArray(_)) => new_bytearray(out),
        _ => new_bytes(out),
    }))
}

/// Decodes UTF-8 bytes to str.
pub fn decode(b: &[u8]) -> PyResult<Value> {
    match std::str::from_utf8(b) {
        Ok(s) => Ok(new_str(s)),
        Err(e) => {
            let pos = e.valid_up_to();
            Err(crate::object::exception::unicode_decode_error(format!(
                "'utf-8' codec can't decode byte 0x{:02x} in position {}: invalid start byte",
                b[pos], pos
            )))
        }
    }
}

fn data(args: &Args, name: &str) -> PyResult<Vec<u8>> {
    match args.values.first().and_then(|v| v.payload()) {
        Some(Payload::Bytes(b)) => Ok(b.to_vec()),
        Some(Payload::ByteArray(b)) => Ok(b.borrow().clone()),
        _ => Err(type_error(format!("descriptor '{name}' requires a 'bytes' object"))),
    }
}

fn same_kind(args: &Args, v: Vec<u8>) -> Value {
    match args.values.first().and_then(|v| v.payload()) {
        Some(Payload::ByteArray(_)) => new_bytearray(v),
        _ => new_bytes(v),
    }
}

fn new_common(vm: &mut Vm, args: &Args) -> PyResult<Vec<u8>> {
    let pos = &args.pos()[1..];
    match pos.first() {
        None => Ok(Vec::new()),
        Some(v) => {
            if let Some(s) = as_str(v) {
                if pos.len() < 2 && args.kw("encoding").is_none() {
                    return Err(type_error("string argument without an encoding"));
                }
                return Ok(s.as_bytes().to_vec());
            }
            if let Value::Int(n) = v {
                if *n < 0 {
                    return Err(value_error("negative count"));
                }
                return Ok(vec![0; *n as usize]);
            }
            bytes_from(vm, v)
        }
    }
}

fn bytes_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(new_bytes(new_common(vm, &args)?))
}

fn bytearray_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(new_bytearray(new_common(vm, &args)?))
}

fn m_decode(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    decode(&data(&args, "decode")?)
}

fn m_hex(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = data(&args, "hex")?;
    let sep = args.values.get(1).and_then(as_str).map(str::to_string);
    let group = match args.values.get(2) {
        Some(Value::Int(n)) => *n,
        _ => 1,
    };
    let hexes: Vec<String> = d.iter().map(|b| format!("{b:02x}")).collect();
    Ok(new_str(match sep {
        None => hexes.concat(),
        Some(sep) => {
            let g = group.unsigned_abs().max(1) as usize;
            let chunks: Vec<String> = if group > 0 {
                let first = hexes.len() % g;
                let mut out = Vec::new();
                if first > 0 {
                    out.push(hexes[..first].concat());
                }
                for c in hexes[first..].chunks(g) {
                    out.push(c.concat());
                }
                out
            } else {
                hexes.chunks(g).map(|c| c.concat()).collect()
            };
            chunks.join(&sep)
        }
    }))
}

fn fromhex(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("fromhex", &args, 2, 2)?;
    let s = as_str(&args.values[1]).ok_or_else(|| type_error("fromhex() argument must be str"))?;
    let digits: Vec<char> = s.chars().filter(|c| !c.is_whitespace()).collect();
    let mut out = Vec::new();
    for (i, pair) in digits.chunks(2).enumerate() {
        let txt: String = pair.iter().collect();
        match u8::from_str_radix(&txt, 16) {
            Ok(b) if pair.len() == 2 => out.push(b),
            _ => {
                return Err(value_error(format!(
                    "non-hexadecimal number found in fromhex() arg at position {}",
                    i * 2 + 1
                )))
            }
        }
    }
    Ok(new_bytes(out))
}

fn m_join(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let sep = data(&args, "join")?;
    check_args("join", &args, 2, 2)?;
    let mut out = Vec::new();
    for (i, it) in ops::iter::collect(vm, &args.values[1])?.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        match it.payload() {
            Some(Payload::Bytes(b)) => out.extend_from_slice(b),
            Some(Payload::ByteArray(b)) => out.extend_from_slice(&b.borrow()),
            _ => {
                return Err(type_error(format!(
                    "sequence item {}: expected a bytes-like object, {} found",
                    i,
                    type_name(it)
                )))
            }
        }
    }
    Ok(same_kind(&args, out))
}

fn arg_bytes(v: &Value) -> PyResult<Vec<u8>> {
    match v.payload() {
        Some(Payload::Bytes(b)) => Ok(b.to_vec()),
        Some(Payload::ByteArray(b)) => Ok(b.borrow().clone()),
        _ => Err(type_error(format!(
            "a bytes-like object is required, not '{}'",
            type_name(v)
        ))),
    }
}

fn m_split(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = data(&args, "split")?;
    let parts: Vec<Vec<u8>> = match args.values.get(1) {
        None | Some(Value::None) => d
            .split(|c| c.is_ascii_whitespace())
            .filter(|p| !p.is_empty())
            .map(|p| p.to_vec())
            .collect(),
        Some(sep) => {
            let sep = arg_bytes(sep)?;
            if sep.is_empty() {
                return Err(value_error("empty separator"));
            }
            let mut out = Vec::new();
            let mut rest = &d[..];
            while let Some(i) = find_seq(rest, &sep) {
                out.push(rest[..i].to_vec());
                rest = &rest[i + sep.len()..];
            }
            out.push(rest.to_vec());
            out
        }
    };
    Ok(crate::object::new_list(parts.into_iter().map(|p| same_kind(&args, p)).collect()))
}

fn m_find(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = data(&args, "find")?;
    check_args("find", &args, 2, 2)?;
    let needle = match &args.values[1] {
        Value::Int(i) => vec![*i as u8],
        v => arg_bytes(v)?,
    };
    Ok(Value::Int(find_seq(&d, &needle).map(|i| i as i64).unwrap_or(-1)))
}

fn m_replace(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = data(&args, "replace")?;
    check_args("replace", &args, 3, 3)?;
    let old = arg_bytes(&args.values[1])?;
    let new = arg_bytes(&args.values[2])?;
    if old.is_empty() {
        let mut out = new.clone();
        for &c in &d {
            out.push(c);
            out.extend_from_slice(&new);
        }
        return Ok(same_kind(&args, out));
    }
    let mut out = Vec::new();
    let mut rest = &d[..];
    while let Some(i) = find_seq(rest, &old) {
        out.extend_from_slice(&rest[..i]);
        out.extend_from_slice(&new);
        rest = &rest[i + old.len()..];
    }
    out.extend_from_slice(rest);
    Ok(same_kind(&args, out))
}

fn m_startswith(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = data(&args, "startswith")?;
    check_args("startswith", &args, 2, 2)?;
    Ok(Value::Bool(d.starts_with(&arg_bytes(&args.values[1])?)))
}

fn m_endswith(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = data(&args, "endswith")?;
    check_args("endswith", &args, 2, 2)?;
    Ok(Value::Bool(d.ends_with(&arg_bytes(&args.values[1])?)))
}

fn m_upper(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = data(&args, "upper")?;
    Ok(same_kind(&args, d.to_ascii_uppercase()))
}

fn m_lower(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = data(&args, "lower")?;
    Ok(same_kind(&args, d.to_ascii_lowercase()))
}

fn m_strip(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = data(&args, "strip")?;
    let chars = match args.values.get(1) {
        None | Some(Value::None) => b" \t\n\r\x0b\x0c".to_vec(),
        Some(v) => arg_bytes(v)?,
    };
    let start = d.iter().position(|c| !chars.contains(c)).unwrap_or(d.len());
    let end = d.iter().rposition(|c| !chars.contains(c)).map(|i| i + 1).unwrap_or(start);
    Ok(same_kind(&args, d[start..end.max(start)].to_vec()))
}

fn m_count(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = data(&args, "count")?;
    check_args("count", &args, 2, 2)?;
    let needle = match &args.values[1] {
        Value::Int(i) => vec![*i as u8],
        v => arg_bytes(v)?,
    };
    if needle.is_empty() {
        return Ok(Value::Int(d.len() as i64 + 1));
    }
    let mut n = 0;
    let mut rest = &d[..];
    while let Some(i) = find_seq(rest, &needle) {
        n += 1;
        rest = &rest[i + needle.len()..];
    }
    Ok(Value::Int(n))
}

fn ba_cell<'a>(args: &Args<'a>, name: &str) -> PyResult<&'a std::cell::RefCell<Vec<u8>>> {
    match args.values.first().and_then(|v| v.payload()) {
        Some(Payload::ByteArray(b)) => Ok(b),
        _ => Err(type_error(format!("descriptor '{name}' requires a 'bytearray' object"))),
    }
}

fn ba_append(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = ba_cell(&args, "append")?;
    check_args("append", &args, 2, 2)?;
    match ops::seq::to_index(vm, &args.values[1])? {
        Some(i) if (0..256).contains(&i) => b.borrow_mut().push(i as u8),
        Some(_) => return Err(value_error("byte must be in range(0, 256)")),
        None => {
            return Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                type_name(&args.values[1])
            )))
        }
    }
    Ok(Value::None)
}

fn ba_extend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = ba_cell(&args, "extend")?;
    check_args("extend", &args, 2, 2)?;
    let more = bytes_from(vm, &args.values[1])?;
    b.borrow_mut().extend(more);
    Ok(Value::None)
}

fn ba_pop(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = ba_cell(&args, "pop")?;
    match b.borrow_mut().pop() {
        Some(c) => Ok(Value::Int(c as i64)),
        None => Err(crate::object::exception::index_error("pop from empty bytearray")),
    }
}

pub fn install(t: &Types) {
    for cls in [&t.bytes, &t.bytearray] {
        add_method(cls, "decode", m_decode);
        add_method(cls, "hex", m_hex);
        add_method(cls, "join", m_join);
        add_method(cls, "split", m_split);
        add_method(cls, "find", m_find);
        add_method(cls, "replace", m_replace);
        add_method(cls, "startswith", m_startswith);
        add_method(cls, "endswith", m_endswith);
        add_method(cls, "upper", m_upper);
        add_method(cls, "lower", m_lower);
        add_method(cls, "strip", m_strip);
        add_method(cls, "count", m_count);
        super::add_class_attr(
            cls,
            "fromhex",
            Value::Obj(crate::object::Obj::new(
                &t.classmethod,
                Payload::ClassMethod(crate::object::new_builtin("fromhex", fromhex, Some("bytes"))),
            )),
        );
    }
    add_method(&t.bytes, "__new__", bytes_new);
    add_method(&t.bytearray, "__new__", bytearray_new);
    add_method(&t.bytearray, "append", ba_append);
    add_method(&t.bytearray, "extend", ba_extend);
    add_method(&t.bytearray, "pop", ba_pop);
}
