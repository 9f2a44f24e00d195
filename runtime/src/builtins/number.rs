//! `int`, `bool` and `float`: constructors, methods and conversions.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::interp::{call, Vm};
use crate::object::class::lookup_str;
use crate::object::exception::{overflow_error, type_error, value_error};
use crate::object::function::Args;
use crate::object::types::Types;
use crate::object::{as_str, class_of, new_str, new_tuple, type_name, Payload};
use crate::ops;
use crate::ops::repr::text_err;
use crate::text;
use crate::value::Value;
use crate::PyResult;

use super::{add_method, check_args};

/// An int value as a big integer, if it is one (bools count).
pub fn as_bigint(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(*b as i64)),
        Value::Obj(o) => match &o.payload {
            Payload::BigInt(b) => Some(b.clone()),
            _ => None,
        },
        _ => None,
    }
}

/// A real number as f64 (`__float__` and `__index__` honoured), for math functions.
pub fn to_f64(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(*f),
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(*b as i64 as f64),
        Value::Obj(o) => match &o.payload {
            Payload::BigInt(b) => ops::arith::big_to_f64(b),
            _ => {
                let cls = o.class();
                if let Some(f) = lookup_str(&cls, "__float__") {
                    let r = call(vm, &f, &[v.clone()])?;
                    if let Value::Float(x) = r {
                        return Ok(x);
                    }
                    return Err(type_error(format!(
                        "{}.__float__ returned non-float (type {})",
                        type_name(v),
                        type_name(&r)
                    )));
                }
                if let Some(i) = ops::seq::to_index(vm, v)? {
                    return Ok(i as f64);
                }
                Err(type_error(format!("must be real number, not {}", type_name(v))))
            }
        },
        _ => Err(type_error(format!("must be real number, not {}", type_name(v)))),
    }
}

/// `int(x)` for a float: truncation, with CPython's errors for inf and nan.
pub fn float_to_int(f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(overflow_error("cannot convert float infinity to integer"));
    }
    let t = f.trunc();
    if t.abs() < 9.0e18 {
        return Ok(Value::Int(t as i64));
    }
    Ok(Value::from_bigint(num_traits::FromPrimitive::from_f64(t).unwrap_or_default()))
}

fn int_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = &args.pos()[1..];
    let x = pos.first().or_else(|| args.kw("x")).cloned();
    let base = pos.get(1).or_else(|| args.kw("base")).cloned();
    if pos.len() > 2 {
        return Err(type_error(format!("int() takes at most 2 arguments ({} given)", pos.len())));
    }
    let Some(x) = x else {
        if base.is_some() {
            return Err(type_error("int() missing string argument"));
        }
        return Ok(Value::Int(0));
    };
    if let Some(b) = base {
        let b = match ops::seq::to_index(vm, &b)? {
            Some(b) => b,
            None => {
                return Err(type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    type_name(&b)
                )))
            }
        };
        if b != 0 && !(2..=36).contains(&b) {
            return Err(value_error("int() base must be >= 2 and <= 36, or 0"));
        }
        let s = match x.payload() {
            Some(Payload::Str(s)) => s.as_str().to_string(),
            Some(Payload::Bytes(b)) => String::from_utf8_lossy(b).into_owned(),
            _ => return Err(type_error("int() can't convert non-string with explicit base")),
        };
        return text::parse_int(&s, b as u32).map(Value::from_bigint).map_err(text_err);
    }
    match &x {
        Value::Int(_) => Ok(x.clone()),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Float(f) => float_to_int(*f),
        Value::Obj(o) => match &o.payload {
            Payload::BigInt(_) => Ok(x.clone()),
            Payload::Str(s) => text::parse_int(s.as_str(), 10).map(Value::from_bigint).map_err(text_err),
            Payload::Bytes(b) => {
                text::parse_int(&String::from_utf8_lossy(b), 10).map(Value::from_bigint).map_err(text_err)
            }
            _ => {
                let cls = o.class();
                for name in ["__int__", "__index__"] {
                    if let Some(f) = lookup_str(&cls, name) {
                        let r = call(vm, &f, &[x.clone()])?;
                        if as_bigint(&r).is_some() {
                            return Ok(match r {
                                Value::Bool(b) => Value::Int(b as i64),
                                other => other,
                            });
                        }
                        return Err(type_error(format!(
                            "{}() returned non-int (type {})",
                            name,
                            type_name(&r)
                        )));
                    }
                }
                if let Some(f) = lookup_str(&cls, "__trunc__") {
                    return call(vm, &f, &[x.clone()]);
                }
                Err(type_error(format!(
                    "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                    type_name(&x)
                )))
            }
        },
        _ => Err(type_error(format!(
            "int() argument must be a string, a bytes-like object or a real number, not '{}'",
            type_name(&x)
        ))),
    }
}

fn bool_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = &args.pos()[1..];
    if pos.len() > 1 {
        return Err(type_error(format!("bool expected at most 1 argument, got {}", pos.len())));
    }
    match pos.first() {
        Some(v) => ops::truthy(vm, v).map(Value::Bool),
        None => Ok(Value::Bool(false)),
    }
}

fn float_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = &args.pos()[1..];
    if pos.len() > 1 {
        return Err(type_error(format!("float expected at most 1 argument, got {}", pos.len())));
    }
    let Some(x) = pos.first() else {
        return Ok(Value::Float(0.0));
    };
    match x {
        Value::Float(_) => Ok(x.clone()),
        Value::Obj(o) => match &o.payload {
            Payload::Str(s) => text::parse_float(s.as_str()).map(Value::Float).map_err(text_err),
            Payload::Bytes(b) => text::parse_float(&String::from_utf8_lossy(b)).map(Value::Float).map_err(text_err),
            Payload::BigInt(b) => ops::arith::big_to_f64(b).map(Value::Float),
            _ => {
                let cls = o.class();
                if lookup_str(&cls, "__float__").is_none() && lookup_str(&cls, "__index__").is_none() {
                    return Err(type_error(format!(
                        "float() argument must be a string or a real number, not '{}'",
                        type_name(x)
                    )));
                }
                to_f64(vm, x).map(Value::Float)
            }
        },
        _ => to_f64(vm, x).map(Value::Float).map_err(|_| {
            type_error(format!(
                "float() argument must be a string or a real number, not '{}'",
                type_name(x)
            ))
        }),
    }
}

/// `pow(base, exp, mod)` for ints.
pub fn modular_pow(vm: &mut Vm, base: &Value, exp: &Value, m: &Value) -> PyResult<Value> {
    let _ = vm;
    let (Some(b), Some(e), Some(m)) = (as_bigint(base), as_bigint(exp), as_bigint(m)) else {
        return Err(type_error(
            "pow() 3rd argument not allowed unless all arguments are integers",
        ));
    };
    if m.is_zero() {
        return Err(value_error("pow() 3rd argument cannot be 0"));
    }
    let modulus = m.abs();
    let (b, e) = if e.is_negative() {
        let inv = mod_inverse(&b.mod_floor(&modulus), &modulus)
            .ok_or_else(|| value_error("base is not invertible for the given modulus"))?;
        (inv, -e)
    } else {
        (b, e)
    };
    let mut r = b.modpow(&e, &modulus);
    if modulus.is_one() {
        r = BigInt::zero();
    }
    // The result has the sign of the modulus.
    if m.is_negative() && !r.is_zero() {
        r += &m;
    }
    Ok(Value::from_bigint(r))
}

fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let g = a.extended_gcd(m);
    if !g.gcd.is_one() {
        return None;
    }
    Some(g.x.mod_floor(m))
}

/// `round(v, ndigits)`.
pub fn round(vm: &mut Vm, v: &Value, nd: &Value) -> PyResult<Value> {
    match v {
        Value::Float(f) => {
            if nd.is_none() {
                let r = text::round_half_even(*f);
                return float_to_int(r);
            }
            let n = ops::seq::to_index(vm, nd)?.ok_or_else(|| {
                type_error(format!("'{}' object cannot be interpreted as an integer", type_name(nd)))
            })?;
            text::round_float(*f, n).map(Value::Float).map_err(text_err)
        }
        Value::Int(_) | Value::Bool(_) => {
            let n = if nd.is_none() {
                0
            } else {
                ops::seq::to_index(vm, nd)?.unwrap_or(0)
            };
            let b = as_bigint(v).unwrap_or_default();
            if n >= 0 {
                return Ok(Value::from_bigint(b));
            }
            Ok(Value::from_bigint(round_int(&b, -n)))
        }
        Value::Obj(o) if matches!(o.payload, Payload::BigInt(_)) => {
            let n = if nd.is_none() { 0 } else { ops::seq::to_index(vm, nd)?.unwrap_or(0) };
            let b = as_bigint(v).unwrap_or_default();
            if n >= 0 {
                return Ok(v.clone());
            }
            Ok(Value::from_bigint(round_int(&b, -n)))
        }
        _ => {
            let cls = class_of(v);
            if let Some(f) = lookup_str(&cls, "__round__") {
                return if nd.is_none() {
                    call(vm, &f, &[v.clone()])
                } else {
                    call(vm, &f, &[v.clone(), nd.clone()])
                };
            }
            Err(type_error(format!(
                "type {} doesn't define __round__ method",
                type_name(v)
            )))
        }
    }
}

/// Rounds an int to a multiple of 10**k, half to even.
fn round_int(b: &BigInt, k: i64) -> BigInt {
    let p = num_traits::pow::Pow::pow(&BigInt::from(10), k as u32);
    let (q, r) = b.div_mod_floor(&p);
    let twice: BigInt = &r * 2;
    let q = match twice.cmp(&p) {
        std::cmp::Ordering::Greater => q + 1,
        std::cmp::Ordering::Equal if q.is_odd() => q + 1,
        _ => q,
    };
    q * p
}

/// Attributes of ints (`real`, `imag`, `numerator`, `denominator`).
pub fn int_attr(v: &Value, name: &str) -> PyResult<Option<Value>> {
    let as_int = match v {
        Value::Bool(b) => Value::Int(*b as i64),
        other => other.clone(),
    };
    Ok(match name {
        "real" | "numerator" => Some(as_int),
        "imag" => Some(Value::Int(0)),
        "denominator" => Some(Value::Int(1)),
        _ => None,
    })
}

fn this_int(args: &Args, name: &str) -> PyResult<BigInt> {
    args.values.first().and_then(as_bigint).ok_or_else(|| {
        type_error(format!("descriptor '{name}' requires an 'int' object"))
    })
}

fn bit_length(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = this_int(&args, "bit_length")?;
    Ok(Value::Int(b.magnitude().bits() as i64))
}

fn bit_count(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = this_int(&args, "bit_count")?;
    Ok(Value::Int(b.magnitude().count_ones() as i64))
}

fn int_conjugate(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::from_bigint(this_int(&args, "conjugate")?))
}

fn int_index(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::from_bigint(this_int(&args, "__index__")?))
}

fn int_to_bytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = this_int(&args, "to_bytes")?;
    let pos = args.pos();
    let length = pos.get(1).or_else(|| args.kw("length")).cloned().unwrap_or(Value::Int(1));
    let length = ops::seq::to_index(vm, &length)?.unwrap_or(1) as usize;
    let order = pos.get(2).or_else(|| args.kw("byteorder")).and_then(|v| as_str(v).map(str::to_string)).unwrap_or_else(|| "big".to_string());
    let signed = match args.kw("signed") {
        Some(v) => ops::truthy(vm, v)?,
        None => false,
    };
    if b.is_negative() && !signed {
        return Err(overflow_error("can't convert negative int to unsigned"));
    }
    let mut bytes = if signed { b.to_signed_bytes_le() } else { b.to_bytes_le().1 };
    if bytes.len() > length && !(b.is_zero() && length == 0) {
        return Err(overflow_error("int too big to convert"));
    }
    let fill = if signed && b.is_negative() { 0xff } else { 0 };
    bytes.resize(length, fill);
    if b.is_zero() {
        bytes = vec![0; length];
    }
    if order == "big" {
        bytes.reverse();
    } else if order != "little" {
        return Err(value_error("byteorder must be either 'little' or 'big'"));
    }
    Ok(crate::object::new_bytes(bytes))
}

fn int_from_bytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    let data = pos.get(1).or_else(|| args.kw("bytes")).cloned().unwrap_or(Value::None);
    let data = super::bytes::bytes_from(vm, &data)?;
    let order = pos.get(2).or_else(|| args.kw("byteorder")).and_then(|v| as_str(v).map(str::to_string)).unwrap_or_else(|| "big".to_string());
    let signed = match args.kw("signed") {
        Some(v) => ops::truthy(vm, v)?,
        None => false,
    };
    let mut le = data;
    if order == "big" {
        le.reverse();
    }
    let n = if signed {
        BigInt::from_signed_bytes_le(&le)
    } else {
        BigInt::from_bytes_le(num_bigint::Sign::Plus, &le)
    };
    Ok(Value::from_bigint(n))
}

fn this_float(args: &Args, name: &str) -> PyResult<f64> {
    match args.values.first() {
        Some(Value::Float(f)) => Ok(*f),
        _ => Err(type_error(format!("descriptor '{name}' requires a 'float' object"))),
    }
}

fn is_integer(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this_float(&args, "is_integer")?;
    Ok(Value::Bool(f.is_finite() && f.fract() == 0.0))
}

fn float_hex(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this_float(&args, "hex")?;
    Ok(new_str(text::float_hex(f)))
}

fn as_integer_ratio(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this_float(&args, "as_integer_ratio")?;
    if f.is_nan() {
        return Err(value_error("cannot convert NaN to integer ratio"));
    }
    if f.is_infinite() {
        return Err(overflow_error("cannot convert Infinity to integer ratio"));
    }
    let bits = f.to_bits();
    let sign = if bits >> 63 == 1 { -1 } else { 1 };
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1 << 52) - 1);
    let (mant, e) = if exp == 0 { (frac, -1074) } else { (frac | (1 << 52), exp - 1075) };
    let mut n: BigInt = BigInt::from(mant) * BigInt::from(sign);
    let mut d = BigInt::one();
    if e > 0 {
        n <<= e as usize;
    } else {
        d <<= (-e) as usize;
    }
    let g = n.gcd(&d);
    if !g.is_zero() {
        n /= &g;
        d /= &g;
    }
    Ok(new_tuple(vec![Value::from_bigint(n), Value::from_bigint(d)]))
}

fn float_conjugate(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Float(this_float(&args, "conjugate")?))
}

fn float_trunc(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    float_to_int(this_float(&args, "__trunc__")?)
}

fn float_floor(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    float_to_int(this_float(&args, "__floor__")?.floor())
}

fn float_ceil(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    float_to_int(this_float(&args, "__ceil__")?.ceil())
}

fn float_round(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("__round__", &args, 1, 2)?;
    let nd = args.values.get(1).cloned().unwrap_or(Value::None);
    round(vm, &args.values[0], &nd)
}

fn float_fromhex(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Err(crate::object::exception::not_implemented_error(format!(
        "float.fromhex is not supported yet ({} args)",
        args.values.len()
    )))
}

pub fn install(t: &Types) {
    add_method(&t.int, "__new__", int_new);
    add_method(&t.int, "bit_length", bit_length);
    add_method(&t.int, "bit_count", bit_count);
    add_method(&t.int, "conjugate", int_conjugate);
    add_method(&t.int, "__index__", int_index);
    add_method(&t.int, "__int__", int_index);
    add_method(&t.int, "to_bytes", int_to_bytes);
    super::add_class_attr(
        &t.int,
        "from_bytes",
        Value::Obj(crate::object::Obj::new(
            &t.classmethod,
            Payload::ClassMethod(crate::object::new_builtin("from_bytes", int_from_bytes, Some("int"))),
        )),
    );
    add_method(&t.bool_, "__new__", bool_new);
    add_method(&t.float, "__new__", float_new);
    add_method(&t.float, "is_integer", is_integer);
    add_method(&t.float, "hex", float_hex);
    add_method(&t.float, "as_integer_ratio", as_integer_ratio);
    add_method(&t.float, "conjugate", float_conjugate);
    add_method(&t.float, "__trunc__", float_trunc);
    add_method(&t.float, "__floor__", float_floor);
    add_method(&t.float, "__ceil__", float_ceil);
    add_method(&t.float, "__round__", float_round);
    super::add_class_attr(
        &t.float,
        "fromhex",
        Value::Obj(crate::object::Obj::new(
            &t.classmethod,
            Payload::ClassMethod(crate::object::new_builtin("fromhex", float_fromhex, Some("float"))),
        )),
    );
}
