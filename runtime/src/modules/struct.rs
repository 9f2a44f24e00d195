//! The `struct` module: packing values into bytes and back, with CPython 3.11's `_struct`
//! rules for a little-endian 64-bit host (x86-64 and AArch64 Linux).
//!
//! A format is parsed once into [`Item`]s. Native mode (`@`) aligns each item to its size;
//! `<`/`=`/`>`/`!` use the standard sizes. Range errors follow the C packers CPython picks for
//! each (mode, code): on a little-endian host the standard little-endian codes whose size
//! matches the native one use the native packers, hence the different messages.

use std::cell::OnceCell;

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use crate::builtins::number::{index_value, to_f64};
use crate::builtins::{add_getter, add_method, add_module_function, bind, check_args, dict};
use crate::interp::Vm;
use crate::object::class::{class_data, Layout};
use crate::object::exception::{overflow_error, type_error, PyErr};
use crate::object::function::Args;
use crate::object::types::make_class;
use crate::object::{
    exc_types, native_ref, new_bytes, new_list, new_module, new_native, new_str, new_tuple,
    type_name, types, NativeData, Obj, Payload,
};
use crate::ops;
use crate::value::Value;
use crate::PyResult;

/// Byte order and sizing of a format.
#[derive(Clone, Copy, PartialEq)]
enum Mode {
    /// `@`: native order, sizes and alignment.
    Native,
    /// `<` and `=` (this host is little-endian).
    Little,
    /// `>` and `!`.
    Big,
}

/// One format code with its repeat count (for `s`/`p`: the byte length) and offset.
#[derive(Clone, Copy)]
struct Item {
    code: u8,
    count: usize,
    size: usize,
    offset: usize,
}

/// A parsed format: its text, its items and total size.
struct Format {
    text: String,
    mode: Mode,
    items: Vec<Item>,
    size: usize,
    /// The number of values packed / unpacked.
    nvalues: usize,
}

impl NativeData for Format {}

struct Classes {
    error: Obj,
    struct_: Obj,
}

thread_local! {
    static CLASSES: OnceCell<&'static Classes> = const { OnceCell::new() };
}

fn classes() -> &'static Classes {
    CLASSES.with(|c| {
        *c.get_or_init(|| {
            let error = make_class(
                "error",
                std::slice::from_ref(&exc_types().exception),
                Layout::Exception,
            );
            *class_data(&error).module.borrow_mut() = "struct".to_string();
            dict::set_str_item(&class_data(&error).dict, "__module__", new_str("struct"));
            let s = make_class(
                "Struct",
                std::slice::from_ref(&types().object),
                Layout::Builtin,
            );
            *class_data(&s).module.borrow_mut() = "_struct".to_string();
            add_method(&s, "__new__", struct_new);
            add_method(&s, "pack", m_pack);
            add_method(&s, "unpack", m_unpack);
            add_method(&s, "pack_into", m_pack_into);
            add_method(&s, "unpack_from", m_unpack_from);
            add_method(&s, "iter_unpack", m_iter_unpack);
            add_getter(&s, "format", m_format);
            add_getter(&s, "size", m_size);
            Box::leak(Box::new(Classes { error, struct_: s }))
        })
    })
}

pub fn create() -> Obj {
    let m = new_module("struct");
    let c = classes();
    let d = crate::object::module_dict(&m);
    dict::set_str_item(&d, "error", Value::Obj(c.error.clone()));
    dict::set_str_item(&d, "Struct", Value::Obj(c.struct_.clone()));
    add_module_function(&m, "pack", pack);
    add_module_function(&m, "unpack", unpack);
    add_module_function(&m, "calcsize", calcsize);
    add_module_function(&m, "pack_into", pack_into);
    add_module_function(&m, "unpack_from", unpack_from);
    add_module_function(&m, "iter_unpack", iter_unpack);
    m
}

/// `struct.error(msg)`.
fn error(msg: impl Into<String>) -> PyErr {
    PyErr::new(&classes().error, msg)
}

// ---- formats ------------------------------------------------------------------------------

/// The size of `code` in `mode`, or None if the mode has no such code.
fn code_size(code: u8, mode: Mode) -> Option<usize> {
    let std = mode != Mode::Native;
    Some(match code {
        b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p' => 1,
        b'h' | b'H' | b'e' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' if std => 4,
        b'l' | b'L' | b'q' | b'Q' | b'd' => 8,
        b'n' | b'N' | b'P' if !std => 8,
        _ => return None,
    })
}

fn parse_format(fmt: &Value) -> PyResult<Format> {
    let text = match fmt.payload() {
        Some(Payload::Str(s)) => s.as_str().to_string(),
        Some(Payload::Bytes(b)) => String::from_utf8_lossy(b).into_owned(),
        _ => {
            return Err(type_error(format!(
                "Struct() argument 1 must be a str or bytes object, not {}",
                type_name(fmt)
            )))
        }
    };
    if text.contains('\0') {
        return Err(error("embedded null character"));
    }
    let bytes = text.as_bytes();
    let (mode, mut i) = match bytes.first() {
        Some(b'<') | Some(b'=') => (Mode::Little, 1),
        Some(b'>') | Some(b'!') => (Mode::Big, 1),
        Some(b'@') => (Mode::Native, 1),
        _ => (Mode::Native, 0),
    };
    let too_long = || error("total struct size too long");
    let mut items = Vec::new();
    let mut size: usize = 0;
    let mut nvalues = 0;
    while i < bytes.len() {
        let mut c = bytes[i];
        i += 1;
        if c.is_ascii_whitespace() {
            continue;
        }
        let mut count = 1usize;
        if c.is_ascii_digit() {
            count = (c - b'0') as usize;
            loop {
                let Some(&d) = bytes.get(i) else {
                    return Err(error("repeat count given without format specifier"));
                };
                i += 1;
                if !d.is_ascii_digit() {
                    c = d;
                    break;
                }
                count = count
                    .checked_mul(10)
                    .and_then(|n| n.checked_add((d - b'0') as usize))
                    .filter(|n| *n <= isize::MAX as usize)
                    .ok_or_else(too_long)?;
            }
        }
        let item_size = code_size(c, mode).ok_or_else(|| error("bad char in struct format"))?;
        if mode == Mode::Native && size > 0 {
            // Native items are aligned to their size (all of them are powers of two).
            size = size.div_ceil(item_size) * item_size;
        }
        match c {
            b's' | b'p' => nvalues += 1,
            b'x' => {}
            _ => nvalues += count,
        }
        items.push(Item {
            code: c,
            count,
            size: item_size,
            offset: size,
        });
        size = count
            .checked_mul(item_size)
            .and_then(|n| n.checked_add(size))
            .filter(|n| *n <= isize::MAX as usize)
            .ok_or_else(too_long)?;
    }
    Ok(Format {
        text,
        mode,
        items,
        size,
        nvalues,
    })
}

// ---- packing ------------------------------------------------------------------------------

/// How an integer code converts its argument first (CPython's `get_long`, `get_ulong`, ...).
enum Conv {
    /// Must fit an i64, else "argument out of range".
    Long,
    /// Must fit a u64, else "argument out of range".
    ULong,
    /// `_PyLong_AsByteArray` / `PyLong_AsVoidPtr`: else "int too large to convert".
    Exact { lo: BigInt, hi: BigInt },
}

/// Then the range it checks, and how it words the error.
enum Check {
    None,
    /// "byte format requires -128 <= number <= 127".
    Named(&'static str, i64, i64),
    /// "'i' format requires -2147483648 <= number <= 2147483647".
    Quoted(i128, i128),
}

fn int_rules(code: u8, mode: Mode) -> (Conv, Check) {
    use Check::*;
    use Conv::*;
    let native_fn = mode != Mode::Big;
    let i32r = Quoted(i32::MIN as i128, i32::MAX as i128);
    let u32r = Quoted(0, u32::MAX as i128);
    match code {
        b'b' => (Long, Named("byte", -128, 127)),
        b'B' => (Long, Named("ubyte", 0, 255)),
        b'h' if native_fn => (Long, Named("short", -32768, 32767)),
        b'h' => (Long, Quoted(-32768, 32767)),
        b'H' if native_fn => (Long, Named("ushort", 0, 65535)),
        b'H' => (ULong, Quoted(0, 65535)),
        b'i' => (Long, i32r),
        b'I' => (ULong, u32r),
        b'l' if mode == Mode::Native => (Long, None),
        b'l' => (Long, i32r),
        b'L' if mode == Mode::Native => (ULong, None),
        b'L' => (ULong, u32r),
        b'q' if mode == Mode::Big => (
            Exact {
                lo: BigInt::from(i64::MIN),
                hi: BigInt::from(i64::MAX),
            },
            None,
        ),
        b'Q' if mode == Mode::Big => (
            Exact {
                lo: BigInt::from(0),
                hi: BigInt::from(u64::MAX),
            },
            None,
        ),
        b'q' | b'n' => (Long, None),
        b'P' => (
            Exact {
                lo: BigInt::from(i64::MIN),
                hi: BigInt::from(u64::MAX),
            },
            None,
        ),
        _ => (ULong, None),
    }
}

/// The integer to store for `v` under `code`, as its two's-complement low 64 bits.
fn pack_int(vm: &mut Vm, v: &Value, code: u8, mode: Mode) -> PyResult<u64> {
    let n = index_value(vm, v)?.ok_or_else(|| error("required argument is not an integer"))?;
    let (conv, check) = int_rules(code, mode);
    let out_of_range = || error("argument out of range");
    let x: i128 = match conv {
        Conv::Long => n.to_i64().ok_or_else(out_of_range)? as i128,
        Conv::ULong => n.to_u64().ok_or_else(out_of_range)? as i128,
        Conv::Exact { lo, hi } => {
            if n < lo || n > hi {
                return Err(error("int too large to convert"));
            }
            n.to_i128().expect("in range")
        }
    };
    match check {
        Check::Named(name, lo, hi) if x < lo as i128 || x > hi as i128 => Err(error(format!(
            "{name} format requires {lo} <= number <= {hi}"
        ))),
        Check::Quoted(lo, hi) if x < lo || x > hi => Err(error(format!(
            "'{}' format requires {lo} <= number <= {hi}",
            code as char
        ))),
        _ => Ok(x as u64),
    }
}

/// IEEE half precision bits of `x` (CPython's `PyFloat_Pack2`: round half to even).
fn half_bits(x: f64) -> Option<u16> {
    let sign = x.is_sign_negative() as u16;
    let (e, bits): (i32, u32) = if x == 0.0 {
        (0, 0)
    } else if x.is_infinite() {
        (0x1f, 0)
    } else if x.is_nan() {
        (0x1f, 512)
    } else {
        let a = x.abs();
        let raw = a.to_bits();
        let exp = ((raw >> 52) & 0x7ff) as i32;
        // `f` in [1, 2) and `a == f * 2**e`; subnormal doubles underflow below anyway.
        let (mut f, mut e) = if exp == 0 {
            (0.0, -1100)
        } else {
            (
                f64::from_bits((raw & ((1u64 << 52) - 1)) | (1023u64 << 52)),
                exp - 1023,
            )
        };
        if e >= 16 {
            return None;
        } else if e < -25 {
            f = 0.0;
            e = 0;
        } else if e < -14 {
            f *= 2f64.powi(14 + e);
            e = 0;
        } else {
            e += 15;
            f -= 1.0;
        }
        f *= 1024.0;
        let mut bits = f as u32;
        if f - bits as f64 > 0.5 || (f - bits as f64 == 0.5 && bits % 2 == 1) {
            bits += 1;
            if bits == 1024 {
                bits = 0;
                e += 1;
                if e == 31 {
                    return None;
                }
            }
        }
        (e, bits)
    };
    Some(bits as u16 | ((e as u16) << 10) | (sign << 15))
}

fn half_value(h: u16) -> f64 {
    let sign = h >> 15 == 1;
    let e = ((h >> 10) & 0x1f) as i32;
    let f = (h & 0x3ff) as f64;
    let x = if e == 0x1f {
        if f == 0.0 {
            f64::INFINITY
        } else {
            f64::NAN
        }
    } else if e == 0 {
        f / 1024.0 * 2f64.powi(-14)
    } else {
        (1.0 + f / 1024.0) * 2f64.powi(e - 15)
    };
    if sign {
        -x
    } else {
        x
    }
}

fn float_arg(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    to_f64(vm, v).map_err(|_| error("required argument is not a float"))
}

fn put(out: &mut [u8], bytes: &[u8], mode: Mode) {
    if mode == Mode::Big {
        for (o, b) in out.iter_mut().zip(bytes.iter().rev()) {
            *o = *b;
        }
    } else {
        out.copy_from_slice(bytes);
    }
}

/// Packs `values` into `out` (which has the format's size).
fn pack_values(vm: &mut Vm, f: &Format, values: &[Value], out: &mut [u8]) -> PyResult<()> {
    let mut vals = values.iter();
    for it in &f.items {
        if it.code == b's' || it.code == b'p' {
            let v = vals.next().expect("counted");
            let data = match v.payload() {
                Some(Payload::Bytes(b)) => b.to_vec(),
                Some(Payload::ByteArray(b)) => b.borrow().clone(),
                _ => {
                    return Err(error(format!(
                        "argument for '{}' must be a bytes object",
                        it.code as char
                    )))
                }
            };
            let dst = &mut out[it.offset..it.offset + it.count];
            if it.code == b's' {
                let n = data.len().min(it.count);
                dst[..n].copy_from_slice(&data[..n]);
            } else if it.count > 0 {
                let n = data.len().min(it.count - 1);
                dst[1..1 + n].copy_from_slice(&data[..n]);
                dst[0] = n.min(255) as u8;
            }
            continue;
        }
        for k in 0..it.count {
            let at = it.offset + k * it.size;
            let dst = &mut out[at..at + it.size];
            if it.code == b'x' {
                continue;
            }
            let v = vals.next().expect("counted");
            match it.code {
                b'c' => match v.payload() {
                    Some(Payload::Bytes(b)) if b.len() == 1 => dst[0] = b[0],
                    _ => return Err(error("char format requires a bytes object of length 1")),
                },
                b'?' => dst[0] = ops::truthy(vm, v)? as u8,
                b'e' => {
                    let x = float_arg(vm, v)?;
                    let h = half_bits(x).ok_or_else(|| overflow_for(v, 'e'))?;
                    put(dst, &h.to_le_bytes(), f.mode);
                }
                b'f' => {
                    let x = float_arg(vm, v)?;
                    let y = x as f32;
                    if f.mode != Mode::Native && y.is_infinite() && x.is_finite() {
                        return Err(overflow_for(v, 'f'));
                    }
                    put(dst, &y.to_le_bytes(), f.mode);
                }
                b'd' => {
                    let x = float_arg(vm, v)?;
                    put(dst, &x.to_le_bytes(), f.mode);
                }
                code => {
                    let x = pack_int(vm, v, code, f.mode)?;
                    put(dst, &x.to_le_bytes()[..it.size], f.mode);
                }
            }
        }
    }
    Ok(())
}

/// The OverflowError of a float packer; CPython rewords it for an int argument.
fn overflow_for(v: &Value, code: char) -> PyErr {
    if matches!(v, Value::Int(_)) || matches!(v.payload(), Some(Payload::BigInt(_))) {
        error("int too large to convert")
    } else {
        overflow_error(format!("float too large to pack with {code} format"))
    }
}

fn check_count(f: &Format, what: &str, got: usize) -> PyResult<()> {
    if got != f.nvalues {
        return Err(error(format!(
            "{what} expected {} items for packing (got {got})",
            f.nvalues
        )));
    }
    Ok(())
}

fn do_pack(vm: &mut Vm, f: &Format, values: &[Value]) -> PyResult<Value> {
    check_count(f, "pack", values.len())?;
    let mut out = vec![0u8; f.size];
    pack_values(vm, f, values, &mut out)?;
    Ok(new_bytes(out))
}

/// `pack_into(buffer, offset, *values)` for format `f`.
fn do_pack_into(vm: &mut Vm, f: &Format, rest: &[Value]) -> PyResult<Value> {
    if rest.len() < 2 {
        return Err(type_error(if rest.is_empty() {
            "pack_into expected buffer argument"
        } else {
            "pack_into expected offset argument"
        }));
    }
    let (buf, values) = (&rest[0], &rest[2..]);
    check_count(f, "pack_into", values.len())?;
    // Writable buffers: bytearray and array.array.
    let len = match buf.payload() {
        Some(Payload::ByteArray(cell)) => cell.borrow().len(),
        _ => match crate::modules::array::buffer(buf) {
            Some(b) => b.len(),
            None => {
                return Err(type_error(format!(
                    "argument must be read-write bytes-like object, not {}",
                    type_name(buf)
                )))
            }
        },
    };
    let offset = crate::builtins::number::ssize_arg(vm, &rest[1])?;
    let offset = resolve_offset(offset, len)?;
    if offset > len || len - offset < f.size {
        return Err(error(format!(
            "pack_into requires a buffer of at least {} bytes for packing {} bytes at offset {offset} (actual buffer size is {len})",
            f.size + offset,
            f.size
        )));
    }
    let mut out = vec![0u8; f.size];
    pack_values(vm, f, values, &mut out)?;
    match buf.payload() {
        Some(Payload::ByteArray(cell)) => {
            cell.borrow_mut()[offset..offset + f.size].copy_from_slice(&out)
        }
        _ => {
            crate::modules::array::write_buffer(buf, offset, &out)?;
        }
    }
    Ok(Value::None)
}

/// A negative offset counts from the end of the buffer.
fn resolve_offset(offset: i64, len: usize) -> PyResult<usize> {
    if offset < 0 {
        if offset + (len as i64) < 0 {
            return Err(error(format!(
                "offset {offset} out of range for {len}-byte buffer"
            )));
        }
        return Ok((offset + len as i64) as usize);
    }
    // An offset past the end fails later, with the "requires a buffer of at least" message.
    Ok(offset as usize)
}

// ---- unpacking ----------------------------------------------------------------------------

fn get(bytes: &[u8], mode: Mode) -> [u8; 8] {
    let mut b = [0u8; 8];
    if mode == Mode::Big {
        for (o, x) in b.iter_mut().zip(bytes.iter().rev()) {
            *o = *x;
        }
    } else {
        b[..bytes.len()].copy_from_slice(bytes);
    }
    b
}

fn unpack_values(f: &Format, data: &[u8]) -> Value {
    let mut out = Vec::with_capacity(f.nvalues);
    for it in &f.items {
        let at = it.offset;
        match it.code {
            b's' => {
                out.push(new_bytes(data[at..at + it.count].to_vec()));
                continue;
            }
            b'p' => {
                if it.count == 0 {
                    out.push(new_bytes(Vec::new()));
                } else {
                    let n = (data[at] as usize).min(it.count - 1);
                    out.push(new_bytes(data[at + 1..at + 1 + n].to_vec()));
                }
                continue;
            }
            b'x' => continue,
            _ => {}
        }
        for k in 0..it.count {
            let src = &data[at + k * it.size..at + (k + 1) * it.size];
            let raw = u64::from_le_bytes(get(src, f.mode));
            let bits = it.size * 8;
            out.push(match it.code {
                b'c' => new_bytes(vec![src[0]]),
                b'?' => Value::Bool(src[0] != 0),
                b'e' => Value::Float(half_value(raw as u16)),
                b'f' => Value::Float(f32::from_bits(raw as u32) as f64),
                b'd' => Value::Float(f64::from_bits(raw)),
                b'b' | b'h' | b'i' | b'l' | b'q' | b'n' => {
                    // Sign-extend from the item's width.
                    let shift = 64 - bits;
                    Value::Int(((raw << shift) as i64) >> shift)
                }
                _ => match i64::try_from(raw) {
                    Ok(i) => Value::Int(i),
                    Err(_) => Value::from_bigint(BigInt::from(raw)),
                },
            });
        }
    }
    new_tuple(out)
}

/// The bytes of a buffer argument.
fn buffer(v: &Value) -> PyResult<Vec<u8>> {
    match crate::builtins::bytes::bytes_like(v) {
        Some(b) => Ok(b.into_owned()),
        None => Err(type_error(format!(
            "a bytes-like object is required, not '{}'",
            type_name(v)
        ))),
    }
}

fn do_unpack(f: &Format, buf: &Value) -> PyResult<Value> {
    let data = buffer(buf)?;
    if data.len() != f.size {
        return Err(error(format!(
            "unpack requires a buffer of {} bytes",
            f.size
        )));
    }
    Ok(unpack_values(f, &data))
}

fn do_unpack_from(vm: &mut Vm, f: &Format, buf: &Value, offset: Option<&Value>) -> PyResult<Value> {
    let data = buffer(buf)?;
    let offset = match offset {
        Some(v) => crate::builtins::number::ssize_arg(vm, v)?,
        None => 0,
    };
    let len = data.len();
    let offset = resolve_offset(offset, len)?;
    if offset > len || len - offset < f.size {
        return Err(error(format!(
            "unpack_from requires a buffer of at least {} bytes for unpacking {} bytes at offset {offset} (actual buffer size is {len})",
            f.size + offset,
            f.size
        )));
    }
    Ok(unpack_values(f, &data[offset..offset + f.size]))
}

fn do_iter_unpack(vm: &mut Vm, f: &Format, buf: &Value) -> PyResult<Value> {
    let data = buffer(buf)?;
    if f.size == 0 {
        return Err(error("cannot iteratively unpack with a struct of length 0"));
    }
    if !data.len().is_multiple_of(f.size) {
        return Err(error(format!(
            "iterative unpacking requires a buffer of a multiple of {} bytes",
            f.size
        )));
    }
    let items: Vec<Value> = data.chunks(f.size).map(|c| unpack_values(f, c)).collect();
    ops::iter::get_iter(vm, &new_list(items))
}

// ---- module functions ---------------------------------------------------------------------

fn fmt_first<'a>(name: &str, args: &Args<'a>, min: usize) -> PyResult<(Format, &'a [Value])> {
    crate::builtins::no_kwargs(name, args)?;
    let pos = args.pos();
    if pos.len() < min {
        return Err(type_error(format!(
            "{name}() missing required argument 'format' (pos 1)"
        )));
    }
    Ok((parse_format(&pos[0])?, &pos[1..]))
}

fn pack(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (f, rest) = fmt_first("pack", &args, 1)?;
    do_pack(vm, &f, rest)
}

fn pack_into(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (f, rest) = fmt_first("pack_into", &args, 1)?;
    do_pack_into(vm, &f, rest)
}

fn unpack(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("unpack", &args, 2, 2)?;
    let (f, rest) = fmt_first("unpack", &args, 2)?;
    do_unpack(&f, &rest[0])
}

fn unpack_from(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let slots = bind("unpack_from", &args, &["format", "buffer", "offset"], 1, 2)?;
    let f = parse_format(slots[0].expect("bound"))?;
    do_unpack_from(vm, &f, slots[1].expect("bound"), slots[2])
}

fn iter_unpack(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("iter_unpack", &args, 2, 2)?;
    let (f, rest) = fmt_first("iter_unpack", &args, 2)?;
    do_iter_unpack(vm, &f, &rest[0])
}

fn calcsize(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("calcsize", &args, 1, 1)?;
    let (f, _) = fmt_first("calcsize", &args, 1)?;
    Ok(Value::Int(f.size as i64))
}

// ---- Struct -------------------------------------------------------------------------------

fn struct_new(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let slots = bind("Struct", &args, &["cls", "format"], 1, 2)?;
    let f = parse_format(slots[1].expect("bound"))?;
    let cls = slots[0].and_then(Value::as_obj).expect("a class");
    Ok(new_native(cls, f))
}

fn me(v: &Value) -> PyResult<&Format> {
    native_ref::<Format>(v).ok_or_else(|| {
        type_error(format!(
            "descriptor requires a '_struct.Struct' object but received a '{}'",
            type_name(v)
        ))
    })
}

fn m_pack(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::builtins::no_kwargs("pack", &args)?;
    let f = me(&args.values[0])?;
    do_pack(vm, f, &args.pos()[1..])
}

fn m_pack_into(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::builtins::no_kwargs("pack_into", &args)?;
    let f = me(&args.values[0])?;
    do_pack_into(vm, f, &args.pos()[1..])
}

fn m_unpack(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("unpack", &args, 2, 2)?;
    do_unpack(me(&args.values[0])?, &args.values[1])
}

fn m_unpack_from(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let slots = bind("unpack_from", &args, &["self", "buffer", "offset"], 1, 2)?;
    do_unpack_from(vm, me(&args.values[0])?, slots[1].expect("bound"), slots[2])
}

fn m_iter_unpack(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("iter_unpack", &args, 2, 2)?;
    do_iter_unpack(vm, me(&args.values[0])?, &args.values[1])
}

fn m_format(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(new_str(me(&args.values[0])?.text.as_str()))
}

fn m_size(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(me(&args.values[0])?.size as i64))
}
