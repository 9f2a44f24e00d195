//! `int`, `bool` and `float`: constructors, methods and conversions.
//!
//! Builtin numbers are inline [`Value`]s (big ints are heap `BigInt`s), and the operators take
//! the fast paths in `ops::arith` without looking at any method. The methods here exist for
//! everything else that CPython's `int`/`float` type dicts provide: explicit calls
//! (`(5).__add__(3)`, `int.__lt__`), `super()` calls from subclasses, the dunder dispatch of
//! operand types that are not plain numbers, and `dir()`. Each follows CPython's semantics and
//! error messages, including `NotImplemented` for operands of the wrong type.

use std::cell::Cell;

use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::bytecode::{BinOp, CmpOp, UnaryOp};
use crate::interp::{call, Vm};
use crate::object::class::{class_data, lookup_str};
use crate::object::exception::{overflow_error, type_error, value_error};
use crate::object::function::Args;
use crate::object::types::Types;
use crate::object::{as_str, class_of, new_str, new_tuple, type_name, types, Obj, Payload};
use crate::ops;
use crate::ops::arith::{big_to_f64, ldexp_exact, number_binary};
use crate::ops::repr::text_err;
use crate::text;
use crate::value::Value;
use crate::PyResult;

use super::add_method;

/// An int value as a big integer, if it is one (bools and int subclasses count).
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

fn is_int(v: &Value) -> bool {
    match v {
        Value::Int(_) | Value::Bool(_) => true,
        Value::Obj(o) => matches!(o.payload, Payload::BigInt(_)),
        _ => false,
    }
}

/// The plain `int` value of an int-like value (a bool becomes 0 or 1, a subclass instance its
/// value), so that the operators treat it as an exact int.
fn plain_int(v: &Value) -> Value {
    match v {
        Value::Bool(b) => Value::Int(*b as i64),
        Value::Obj(o) if !o.class_is(&types().int) => {
            Value::from_bigint(as_bigint(v).expect("an int-like value"))
        }
        _ => v.clone(),
    }
}

/// `operator.index(v)`: the value of an int or of an object with `__index__`; `None` if `v`
/// has neither.
pub fn index_value(vm: &mut Vm, v: &Value) -> PyResult<Option<BigInt>> {
    if let Some(b) = as_bigint(v) {
        return Ok(Some(b));
    }
    let Value::Obj(o) = v else {
        return Ok(None);
    };
    let Some(f) = lookup_str(&o.class(), "__index__") else {
        return Ok(None);
    };
    let r = call(vm, &f, std::slice::from_ref(v))?;
    match as_bigint(&r) {
        Some(b) => Ok(Some(b)),
        None => Err(type_error(format!(
            "__index__ returned non-int (type {})",
            type_name(&r)
        ))),
    }
}

/// `operator.index(v)`, with CPython's TypeError for a value that is not an integer.
pub fn index_required(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    index_value(vm, v)?.ok_or_else(|| {
        type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(v)
        ))
    })
}

/// An index-sized integer argument (`Py_ssize_t`), with CPython's OverflowError.
pub fn ssize_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    index_required(vm, v)?
        .to_i64()
        .ok_or_else(|| overflow_error("Python int too large to convert to C ssize_t"))
}

/// A real number as f64 (`PyFloat_AsDouble`: `__float__`, then `__index__`).
pub fn to_f64(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(*f),
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(*b as i64 as f64),
        Value::Obj(o) => {
            if let Payload::BigInt(b) = &o.payload {
                return big_to_f64(b);
            }
            if let Some(f) = lookup_str(&o.class(), "__float__") {
                let r = call(vm, &f, std::slice::from_ref(v))?;
                return match r {
                    Value::Float(x) => Ok(x),
                    _ => Err(type_error(format!(
                        "{}.__float__ returned non-float (type {})",
                        type_name(v),
                        type_name(&r)
                    ))),
                };
            }
            match index_value(vm, v)? {
                Some(b) => big_to_f64(&b),
                None => Err(type_error(format!(
                    "must be real number, not {}",
                    type_name(v)
                ))),
            }
        }
        _ => Err(type_error(format!(
            "must be real number, not {}",
            type_name(v)
        ))),
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
    Ok(Value::from_bigint(
        num_traits::FromPrimitive::from_f64(t).expect("a finite float"),
    ))
}

thread_local! {
    static NAN_SERIAL: Cell<u64> = const { Cell::new(0) };
}

/// A NaN unlike every other one made so far. In CPython each `float('nan')` is a new object,
/// so `x = float('nan'); x in [x]` is true (identity) while `float('nan') in [x]` is false.
/// Floats here are inline values whose identity is their bit pattern, so each NaN that
/// CPython would allocate afresh gets its own payload bits.
pub fn fresh_nan(negative: bool) -> f64 {
    let serial = NAN_SERIAL.with(|s| {
        let n = s.get() + 1;
        s.set(n);
        n
    });
    // A quiet NaN: exponent all ones, top mantissa bit set, the serial in the 51 bits below.
    let bits = 0x7ff8_0000_0000_0000 | (serial & 0x0007_ffff_ffff_ffff);
    let nan = f64::from_bits(bits);
    if negative {
        -nan
    } else {
        nan
    }
}

// ---------------------------------------------------------------------------------------------
// Argument checking with CPython's messages
// ---------------------------------------------------------------------------------------------

/// The builtin number class a method belongs to.
#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Int,
    Bool,
    Float,
}

impl Kind {
    fn name(self) -> &'static str {
        match self {
            Kind::Int => "int",
            Kind::Bool => "bool",
            Kind::Float => "float",
        }
    }

    fn accepts(self, v: &Value) -> bool {
        match self {
            Kind::Int => is_int(v),
            Kind::Bool => matches!(v, Value::Bool(_)),
            Kind::Float => matches!(v, Value::Float(_)),
        }
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// The arguments after the receiver of a slot wrapper (`int.__add__`, `float.__neg__`, ...),
/// checked as CPython's wrapper descriptors check them.
fn slot_args<'a>(
    args: &Args<'a>,
    kind: Kind,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    let pos = args.pos();
    let Some(recv) = pos.first() else {
        return Err(type_error(format!(
            "descriptor '{name}' of '{}' object needs an argument",
            kind.name()
        )));
    };
    if !kind.accepts(recv) {
        return Err(type_error(format!(
            "descriptor '{name}' requires a '{}' object but received a '{}'",
            kind.name(),
            type_name(recv)
        )));
    }
    if args.has_kwargs() {
        return Err(type_error(format!(
            "wrapper {name}() takes no keyword arguments"
        )));
    }
    let rest = &pos[1..];
    let n = rest.len();
    if min == max && n != min {
        return Err(type_error(format!(
            "expected {min} argument{}, got {n}",
            plural(min)
        )));
    }
    // Ternary slots unpack their arguments under an empty name, hence the leading space.
    if n < min {
        return Err(type_error(format!(
            " expected at least {min} argument{}, got {n}",
            plural(min)
        )));
    }
    if n > max {
        return Err(type_error(format!(
            " expected at most {max} argument{}, got {n}",
            plural(max)
        )));
    }
    Ok(rest)
}

/// The arguments after the receiver of a method (`int.bit_length`, `float.hex`, ...), checked
/// as CPython's method descriptors check them (no keyword arguments).
fn method_args<'a>(
    args: &Args<'a>,
    kind: Kind,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    let owner = kind.name();
    let pos = args.pos();
    let Some(recv) = pos.first() else {
        return Err(type_error(format!(
            "unbound method {owner}.{name}() needs an argument"
        )));
    };
    if !kind.accepts(recv) {
        return Err(type_error(format!(
            "descriptor '{name}' for '{owner}' objects doesn't apply to a '{}' object",
            type_name(recv)
        )));
    }
    if args.has_kwargs() {
        return Err(type_error(format!(
            "{owner}.{name}() takes no keyword arguments"
        )));
    }
    let rest = &pos[1..];
    let n = rest.len();
    match (min, max) {
        (0, 0) if n > 0 => Err(type_error(format!(
            "{owner}.{name}() takes no arguments ({n} given)"
        ))),
        (1, 1) if n != 1 => Err(type_error(format!(
            "{owner}.{name}() takes exactly one argument ({n} given)"
        ))),
        _ if n > max => Err(type_error(format!(
            "{name} expected at most {max} argument{}, got {n}",
            plural(max)
        ))),
        _ => Ok(rest),
    }
}

/// The parameters of a native function with keyword arguments, bound as Argument Clinic's
/// `_PyArg_UnpackKeywords` binds them (with its messages).
pub struct Params<'a> {
    /// The function's name in messages (`to_bytes`, `isclose`).
    pub fname: &'a str,
    /// Parameter names, in order.
    pub names: &'a [&'a str],
    /// How many leading parameters are positional-only.
    pub pos_only: usize,
    /// How many leading parameters may be given by position.
    pub max_pos: usize,
    /// How many leading parameters are required.
    pub required: usize,
}

impl Params<'_> {
    /// The argument for each parameter (`None` where not given), from `args` after its first
    /// `skip` positional values (the receiver or class of a method).
    pub fn bind(&self, args: &Args, skip: usize) -> PyResult<Vec<Option<Value>>> {
        let fname = self.fname;
        let pos = &args.pos()[skip..];
        let nargs = pos.len();
        let total = nargs + args.kwnames.len();
        if total > self.names.len() {
            return Err(type_error(format!(
                "{fname}() takes at most {} {}argument{} ({total} given)",
                self.names.len(),
                if nargs == 0 { "keyword " } else { "" },
                plural(self.names.len())
            )));
        }
        // Clinic's minpos counts the required parameters that may come by position; too few
        // positional arguments is an error only for positional-only ones.
        let min_pos = self.required.min(self.max_pos);
        let min_pos_only = min_pos.min(self.pos_only);
        if nargs > self.max_pos {
            if self.max_pos == 0 {
                return Err(type_error(format!(
                    "{fname}() takes no positional arguments"
                )));
            }
            return Err(type_error(format!(
                "{fname}() takes {} {} positional argument{} ({nargs} given)",
                if min_pos < self.max_pos {
                    "at most"
                } else {
                    "exactly"
                },
                self.max_pos,
                plural(self.max_pos)
            )));
        }
        if nargs < min_pos_only {
            return Err(type_error(format!(
                "{fname}() takes {} {min_pos_only} positional argument{} ({nargs} given)",
                if min_pos_only < self.max_pos {
                    "at least"
                } else {
                    "exactly"
                },
                plural(min_pos_only)
            )));
        }
        let mut out: Vec<Option<Value>> = pos.iter().cloned().map(Some).collect();
        let mut used = 0;
        for (i, name) in self.names.iter().enumerate().skip(nargs) {
            let given = if i < self.pos_only {
                None
            } else {
                args.kw(name)
            };
            if given.is_some() {
                used += 1;
            } else if i < self.required {
                return Err(type_error(format!(
                    "{fname}() missing required argument '{name}' (pos {})",
                    i + 1
                )));
            }
            out.push(given.cloned());
        }
        if used < args.kwnames.len() {
            for (k, _) in args.kwargs() {
                let key = crate::object::str_of(k);
                match self.names.iter().position(|n| *n == key) {
                    Some(i) if i >= self.pos_only && i < nargs => {
                        return Err(type_error(format!(
                            "argument for {fname}() given by name ('{key}') and position ({})",
                            i + 1
                        )))
                    }
                    Some(i) if i >= self.pos_only => {}
                    _ => {
                        return Err(type_error(format!(
                            "'{key}' is an invalid keyword argument for {fname}()"
                        )))
                    }
                }
            }
        }
        Ok(out)
    }
}

fn not_implemented() -> Value {
    Value::Obj(types().not_implemented.clone())
}

/// The class argument of `__new__` and of class methods.
fn class_arg(args: &Args, method: &str, base: &Obj) -> PyResult<Obj> {
    let base_name = class_data(base).name_str();
    let Some(first) = args.pos().first() else {
        return Err(type_error(format!(
            "{base_name}.{method}(): not enough arguments"
        )));
    };
    match first {
        Value::Obj(c) if matches!(c.payload, Payload::Class(_)) => {
            if !crate::object::class::is_subclass(c, base) {
                let n = class_data(c).name_str();
                return Err(type_error(format!(
                    "{base_name}.{method}({n}): {n} is not a subtype of {base_name}"
                )));
            }
            Ok(c.clone())
        }
        other => Err(type_error(format!(
            "{base_name}.{method}(X): X is not a type object ({})",
            type_name(other)
        ))),
    }
}

// ---------------------------------------------------------------------------------------------
// Constructors
// ---------------------------------------------------------------------------------------------

/// Text for `int()`/`float()` from a str, bytes or bytearray argument; bytes are ASCII or
/// nothing (`None` marks non-ASCII bytes, which CPython rejects outright).
enum NumText {
    Str(String),
    Bytes(Option<String>),
}

fn num_text(v: &Value) -> Option<NumText> {
    let bytes_text = |b: &[u8]| {
        NumText::Bytes(
            b.is_ascii()
                .then(|| String::from_utf8_lossy(b).into_owned()),
        )
    };
    match v.payload()? {
        Payload::Str(s) => Some(NumText::Str(s.as_str().to_string())),
        Payload::Bytes(b) => Some(bytes_text(b)),
        Payload::ByteArray(b) => Some(bytes_text(&b.borrow())),
        _ => None,
    }
}

/// Parses `text` as `int(text, base)`; errors about bytes show the bytes' repr, as CPython's.
fn int_from_text(vm: &mut Vm, x: &Value, t: NumText, base: u32) -> PyResult<Value> {
    let parsed = match &t {
        NumText::Str(s) | NumText::Bytes(Some(s)) => text::parse_int(s, base),
        NumText::Bytes(None) => Err(text::TextError::Value(String::new())),
    };
    match parsed {
        Ok(n) => Ok(Value::from_bigint(n)),
        Err(text::TextError::Value(_)) if matches!(t, NumText::Bytes(_)) => {
            let shown = ops::repr::repr(vm, x)?;
            Err(value_error(format!(
                "invalid literal for int() with base {base}: {}",
                truncate_repr(&shown)
            )))
        }
        Err(e) => Err(text_err(e)),
    }
}

/// CPython shows at most 200 characters of a repr in these messages.
fn truncate_repr(s: &str) -> &str {
    match s.char_indices().nth(200) {
        Some((i, _)) => &s[..i],
        None => s,
    }
}

fn int_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = class_arg(&args, "__new__", &types().int)?;
    let pos = &args.pos()[1..];
    if pos.len() > 2 {
        return Err(type_error(format!(
            "int() takes at most 2 arguments ({} given)",
            pos.len() + args.kwnames.len()
        )));
    }
    let mut base = pos.get(1).cloned();
    for (k, v) in args.kwargs() {
        match crate::object::str_of(k) {
            "base" if pos.len() < 2 => base = Some(v.clone()),
            "base" => {
                return Err(type_error(format!(
                    "int() takes at most 2 arguments ({} given)",
                    pos.len() + args.kwnames.len()
                )))
            }
            other => {
                return Err(type_error(format!(
                    "'{other}' is an invalid keyword argument for int()"
                )))
            }
        }
    }
    let value = match pos.first() {
        None if base.is_some() => return Err(type_error("int() missing string argument")),
        None => Value::Int(0),
        Some(x) => match base {
            Some(b) => {
                let b = index_required(vm, &b)?;
                let b = match b.to_i64() {
                    Some(b) if b == 0 || (2..=36).contains(&b) => b as u32,
                    _ => return Err(value_error("int() base must be >= 2 and <= 36, or 0")),
                };
                match num_text(x) {
                    Some(t) => int_from_text(vm, x, t, b)?,
                    None => {
                        return Err(type_error(
                            "int() can't convert non-string with explicit base",
                        ))
                    }
                }
            }
            None => int_of(vm, x)?,
        },
    };
    if cls.is(&types().int) {
        return Ok(value);
    }
    // `int.__new__(Sub, x)` from a subclass's own `__new__`: an instance of the subclass.
    super::type_::rehome(value, &cls)
}

/// `int(x)` for one argument (CPython's PyNumber_Long).
fn int_of(vm: &mut Vm, x: &Value) -> PyResult<Value> {
    match x {
        Value::Int(_) => return Ok(x.clone()),
        Value::Bool(b) => return Ok(Value::Int(*b as i64)),
        Value::Float(f) => return float_to_int(*f),
        _ => {}
    }
    if is_int(x) {
        return Ok(plain_int(x));
    }
    if let Some(t) = num_text(x) {
        return int_from_text(vm, x, t, 10);
    }
    let cls = class_of(x);
    if let Some(f) = lookup_str(&cls, "__int__") {
        let r = call(vm, &f, std::slice::from_ref(x))?;
        if !is_int(&r) {
            return Err(type_error(format!(
                "__int__ returned non-int (type {})",
                type_name(&r)
            )));
        }
        return Ok(plain_int(&r));
    }
    if lookup_str(&cls, "__index__").is_some() {
        let b = index_required(vm, x)?;
        return Ok(Value::from_bigint(b));
    }
    if let Some(f) = lookup_str(&cls, "__trunc__") {
        let r = call(vm, &f, std::slice::from_ref(x))?;
        if is_int(&r) {
            return Ok(plain_int(&r));
        }
        return match index_value(vm, &r)? {
            Some(b) => Ok(Value::from_bigint(b)),
            None => Err(type_error(format!(
                "__trunc__ returned non-Integral (type {})",
                type_name(&r)
            ))),
        };
    }
    Err(type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        type_name(x)
    )))
}

fn bool_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = &args.pos()[1..];
    if args.has_kwargs() {
        return Err(type_error("bool() takes no keyword arguments"));
    }
    if pos.len() > 1 {
        return Err(type_error(format!(
            "bool expected at most 1 argument, got {}",
            pos.len()
        )));
    }
    match pos.first() {
        Some(v) => ops::truthy(vm, v).map(Value::Bool),
        None => Ok(Value::Bool(false)),
    }
}

fn float_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = class_arg(&args, "__new__", &types().float)?;
    let pos = &args.pos()[1..];
    if args.has_kwargs() {
        return Err(type_error("float() takes no keyword arguments"));
    }
    if pos.len() > 1 {
        return Err(type_error(format!(
            "float expected at most 1 argument, got {}",
            pos.len()
        )));
    }
    let value = match pos.first() {
        None => 0.0,
        Some(x) => float_of(vm, x)?,
    };
    if cls.is(&types().float) {
        return Ok(Value::Float(value));
    }
    super::type_::rehome(Value::Float(value), &cls)
}

/// `float(x)` for one argument (CPython's PyNumber_Float).
fn float_of(vm: &mut Vm, x: &Value) -> PyResult<f64> {
    if let Value::Float(f) = x {
        return Ok(*f);
    }
    if let Some(b) = as_bigint(x) {
        return big_to_f64(&b);
    }
    if let Some(t) = num_text(x) {
        let parsed = match &t {
            NumText::Str(s) | NumText::Bytes(Some(s)) => text::parse_float(s),
            NumText::Bytes(None) => Err(text::TextError::Value(String::new())),
        };
        return match parsed {
            // A NaN read from text is a new object in CPython; give it its own identity.
            Ok(f) if f.is_nan() => Ok(fresh_nan(f.is_sign_negative())),
            Ok(f) => Ok(f),
            Err(text::TextError::Value(_)) if matches!(t, NumText::Bytes(_)) => {
                let shown = ops::repr::repr(vm, x)?;
                Err(value_error(format!(
                    "could not convert string to float: {shown}"
                )))
            }
            Err(e) => Err(text_err(e)),
        };
    }
    let cls = class_of(x);
    if lookup_str(&cls, "__float__").is_none() && lookup_str(&cls, "__index__").is_none() {
        return Err(type_error(format!(
            "float() argument must be a string or a real number, not '{}'",
            type_name(x)
        )));
    }
    to_f64(vm, x)
}

// ---------------------------------------------------------------------------------------------
// pow() with a modulus, round()
// ---------------------------------------------------------------------------------------------

/// `pow(base, exp, mod)` with a modulus other than None (CPython's ternary_op).
pub fn modular_pow(vm: &mut Vm, base: &Value, exp: &Value, m: &Value) -> PyResult<Value> {
    if let (Some(b), Some(e), Some(m)) = (as_bigint(base), as_bigint(exp), as_bigint(m)) {
        return int_modular_pow(b, e, m);
    }
    // A Python class's `__pow__` gets the three arguments (only the base's: three-argument
    // power never uses `__rpow__`).
    if let Value::Obj(o) = base {
        if !o.class_is_builtin() {
            if let Some(f) = lookup_str(&o.class(), "__pow__") {
                let r = call(vm, &f, &[base.clone(), exp.clone(), m.clone()])?;
                if !ops::arith::is_not_implemented(&r) {
                    return Ok(r);
                }
            }
        }
    }
    // The operands' slots are tried in order: float's refuses any modulus; complex's one
    // with two numbers to raise.
    let number = |v: &Value| {
        is_int(v) || matches!(v, Value::Float(_)) || super::complex::as_complex(v).is_some()
    };
    for v in [base, exp, m] {
        if matches!(v, Value::Float(_)) {
            return Err(type_error(
                "pow() 3rd argument not allowed unless all arguments are integers",
            ));
        }
        if super::complex::as_complex(v).is_some() && number(base) && number(exp) {
            return Err(value_error("complex modulo"));
        }
    }
    Err(type_error(format!(
        "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
        type_name(base),
        type_name(exp),
        type_name(m)
    )))
}

fn int_modular_pow(b: BigInt, e: BigInt, m: BigInt) -> PyResult<Value> {
    if m.is_zero() {
        return Err(value_error("pow() 3rd argument cannot be 0"));
    }
    let modulus = m.abs();
    let (b, e) = if e.is_negative() {
        let inv = mod_inverse(&b.mod_floor(&modulus), &modulus)
            .ok_or_else(|| value_error("base is not invertible for the given modulus"))?;
        (inv, -e)
    } else {
        (b.mod_floor(&modulus), e)
    };
    let mut r = b.modpow(&e, &modulus);
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

/// `round(v)` (`nd` None) or `round(v, nd)`.
pub fn round(vm: &mut Vm, v: &Value, nd: &Value) -> PyResult<Value> {
    match v {
        Value::Float(f) => float_round_impl(vm, *f, nd),
        _ if is_int(v) => {
            if nd.is_none() {
                return Ok(plain_int(v));
            }
            int_round_impl(vm, v, nd)
        }
        _ => {
            let Some(f) = lookup_str(&class_of(v), "__round__") else {
                return Err(type_error(format!(
                    "type {} doesn't define __round__ method",
                    type_name(v)
                )));
            };
            if nd.is_none() {
                call(vm, &f, std::slice::from_ref(v))
            } else {
                call(vm, &f, &[v.clone(), nd.clone()])
            }
        }
    }
}

fn float_round_impl(vm: &mut Vm, f: f64, nd: &Value) -> PyResult<Value> {
    if nd.is_none() {
        return float_to_int(text::round_half_even(f));
    }
    // CPython clamps the digit count to the Py_ssize_t range.
    let n = index_required(vm, nd)?;
    let n = n
        .to_i64()
        .unwrap_or(if n.is_negative() { i64::MIN } else { i64::MAX });
    text::round_float(f, n).map(Value::Float).map_err(text_err)
}

fn int_round_impl(vm: &mut Vm, v: &Value, nd: &Value) -> PyResult<Value> {
    let n = index_required(vm, nd)?;
    let b = as_bigint(v).expect("an int");
    if !n.is_negative() {
        return Ok(plain_int(v));
    }
    // Rounding to 10**k with k beyond the number's digit count gives 0 (CPython computes
    // 10**k anyway, which for huge k never finishes).
    let k = (-n).to_u64().filter(|k| *k <= b.bits() / 3 + 2);
    Ok(match k {
        Some(k) => Value::from_bigint(round_int(&b, k)),
        None => Value::Int(0),
    })
}

/// Rounds an int to a multiple of 10**k, half to even.
fn round_int(b: &BigInt, k: u64) -> BigInt {
    let p = num_traits::pow::Pow::pow(&BigInt::from(10), k);
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
    Ok(match name {
        "real" | "numerator" => Some(plain_int(v)),
        "imag" => Some(Value::Int(0)),
        "denominator" => Some(Value::Int(1)),
        _ => None,
    })
}

// ---------------------------------------------------------------------------------------------
// int and bool methods
// ---------------------------------------------------------------------------------------------

fn this_int(args: &Args, name: &str) -> PyResult<BigInt> {
    method_args(args, Kind::Int, name, 0, 0)?;
    Ok(as_bigint(&args.values[0]).expect("checked receiver"))
}

fn bit_length(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(this_int(&args, "bit_length")?.bits() as i64))
}

fn bit_count(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let b = this_int(&args, "bit_count")?;
    Ok(Value::Int(b.magnitude().count_ones() as i64))
}

fn int_conjugate(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    this_int(&args, "conjugate")?;
    Ok(plain_int(&args.values[0]))
}

fn int_as_integer_ratio(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    this_int(&args, "as_integer_ratio")?;
    Ok(new_tuple(vec![plain_int(&args.values[0]), Value::Int(1)]))
}

fn int_getnewargs(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    this_int(&args, "__getnewargs__")?;
    Ok(new_tuple(vec![plain_int(&args.values[0])]))
}

fn int_sizeof(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    // CPython: a 24-byte header and at least one 30-bit digit of 4 bytes.
    let b = this_int(&args, "__sizeof__")?;
    let digits = b.bits().div_ceil(30).max(1);
    Ok(Value::Int(24 + 4 * digits as i64))
}

/// `__trunc__`, `__floor__`, `__ceil__`: the int itself.
fn int_self_method(args: &Args, name: &str) -> PyResult<Value> {
    this_int(args, name)?;
    Ok(plain_int(&args.values[0]))
}

fn int_trunc(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    int_self_method(&args, "__trunc__")
}

fn int_floor(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    int_self_method(&args, "__floor__")
}

fn int_ceil(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    int_self_method(&args, "__ceil__")
}

fn int_round(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let rest = method_args(&args, Kind::Int, "__round__", 0, 1)?;
    match rest.first() {
        // An explicit None is an error here; round(x, None) calls __round__() without it.
        Some(nd) => int_round_impl(vm, &args.values[0], nd),
        None => Ok(plain_int(&args.values[0])),
    }
}

fn int_to_bytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(recv) = args.pos().first().filter(|v| is_int(v)) else {
        return method_args(&args, Kind::Int, "to_bytes", 0, 3).map(|_| Value::None);
    };
    let b = as_bigint(recv).expect("checked receiver");
    let p = Params {
        fname: "to_bytes",
        names: &["length", "byteorder", "signed"],
        pos_only: 0,
        max_pos: 2,
        required: 0,
    }
    .bind(&args, 1)?;
    let length = match &p[0] {
        Some(v) => ssize_arg(vm, v)?,
        None => 1,
    };
    let little = byteorder_arg(&p[1], "to_bytes")?;
    let signed = match &p[2] {
        Some(v) => ops::truthy(vm, v)?,
        None => false,
    };
    if length < 0 {
        return Err(value_error("length argument must be non-negative"));
    }
    if b.is_negative() && !signed {
        return Err(overflow_error("can't convert negative int to unsigned"));
    }
    // CPython stores no bytes for 0 and, since it never stores sign bits alone, for -1.
    let mut bytes = if b.is_zero() || (signed && b == BigInt::from(-1) && length == 0) {
        Vec::new()
    } else if signed {
        b.to_signed_bytes_le()
    } else {
        b.to_bytes_le().1
    };
    if bytes.len() as u64 > length as u64 {
        return Err(overflow_error("int too big to convert"));
    }
    let fill = if b.is_negative() { 0xff } else { 0 };
    bytes.resize(length as usize, fill);
    if !little {
        bytes.reverse();
    }
    Ok(crate::object::new_bytes(bytes))
}

/// The `byteorder` argument of `to_bytes`/`from_bytes`: true for little-endian.
fn byteorder_arg(v: &Option<Value>, fname: &str) -> PyResult<bool> {
    let Some(v) = v else {
        return Ok(false);
    };
    match as_str(v) {
        Some("little") => Ok(true),
        Some("big") => Ok(false),
        Some(_) => Err(value_error("byteorder must be either 'little' or 'big'")),
        None => Err(type_error(format!(
            "{fname}() argument 'byteorder' must be str, not {}",
            type_name(v)
        ))),
    }
}

fn int_from_bytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = class_arg(&args, "from_bytes", &types().int)?;
    let p = Params {
        fname: "from_bytes",
        names: &["bytes", "byteorder", "signed"],
        pos_only: 0,
        max_pos: 2,
        required: 1,
    }
    .bind(&args, 1)?;
    let data = p[0].clone().expect("required argument");
    let mut data = match data.payload() {
        Some(Payload::Str(_)) => return Err(type_error("cannot convert 'str' object to bytes")),
        _ => super::bytes::bytes_from(vm, &data)?,
    };
    let little = byteorder_arg(&p[1], "from_bytes")?;
    let signed = match &p[2] {
        Some(v) => ops::truthy(vm, v)?,
        None => false,
    };
    if !little {
        data.reverse();
    }
    let n = if signed {
        BigInt::from_signed_bytes_le(&data)
    } else {
        BigInt::from_bytes_le(Sign::Plus, &data)
    };
    let n = Value::from_bigint(n);
    if cls.is(&types().int) {
        return Ok(n);
    }
    call(vm, &Value::Obj(cls), &[n])
}

/// A property whose getter is a native function (`int.real`, `float.imag`, ...).
fn getter(name: &'static str, owner: &'static str, f: crate::object::function::NativeFn) -> Value {
    let fget = crate::object::new_builtin(name, f, Some(owner));
    Value::Obj(Obj::new(
        &types().property,
        Payload::Property(Box::new(crate::object::Property::new([
            fget,
            Value::None,
            Value::None,
            Value::None,
        ]))),
    ))
}

fn int_real(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    int_self_method(&args, "real")
}

fn int_imag(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    this_int(&args, "imag")?;
    Ok(Value::Int(0))
}

fn int_denominator(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    this_int(&args, "denominator")?;
    Ok(Value::Int(1))
}

// ---------------------------------------------------------------------------------------------
// float methods
// ---------------------------------------------------------------------------------------------

fn this_float(args: &Args, name: &str) -> PyResult<f64> {
    method_args(args, Kind::Float, name, 0, 0)?;
    match args.values[0] {
        Value::Float(f) => Ok(f),
        _ => unreachable!("checked receiver"),
    }
}

fn is_integer(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this_float(&args, "is_integer")?;
    Ok(Value::Bool(f.is_finite() && f.fract() == 0.0))
}

fn float_hex(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(new_str(text::float_hex(this_float(&args, "hex")?)))
}

fn float_as_integer_ratio(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this_float(&args, "as_integer_ratio")?;
    if f.is_nan() {
        return Err(value_error("cannot convert NaN to integer ratio"));
    }
    if f.is_infinite() {
        return Err(overflow_error("cannot convert Infinity to integer ratio"));
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1 << 52) - 1);
    let (mut mant, mut e) = if exp == 0 {
        (frac, -1074)
    } else {
        (frac | (1 << 52), exp - 1075)
    };
    if mant == 0 {
        return Ok(new_tuple(vec![Value::Int(0), Value::Int(1)]));
    }
    // Lowest terms: the denominator is a power of two, so drop the mantissa's factors of two.
    let tz = mant.trailing_zeros().min(e.unsigned_abs() as u32) as i64;
    if e < 0 {
        mant >>= tz;
        e += tz;
    }
    let mut n = BigInt::from(mant);
    if f < 0.0 {
        n = -n;
    }
    let mut d = BigInt::one();
    if e > 0 {
        n <<= e as u64;
    } else {
        d <<= (-e) as u64;
    }
    Ok(new_tuple(vec![
        Value::from_bigint(n),
        Value::from_bigint(d),
    ]))
}

fn float_conjugate(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Float(this_float(&args, "conjugate")?))
}

fn float_real(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Float(this_float(&args, "real")?))
}

fn float_imag(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    this_float(&args, "imag")?;
    Ok(Value::Float(0.0))
}

fn float_getnewargs(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(new_tuple(vec![Value::Float(this_float(
        &args,
        "__getnewargs__",
    )?)]))
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
    let rest = method_args(&args, Kind::Float, "__round__", 0, 1)?;
    let Value::Float(f) = args.values[0] else {
        unreachable!("checked receiver")
    };
    float_round_impl(vm, f, rest.first().unwrap_or(&Value::None))
}

fn float_getformat(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    if args.has_kwargs() {
        return Err(type_error(
            "float.__getformat__() takes no keyword arguments",
        ));
    }
    if pos.len() != 2 {
        return Err(type_error(format!(
            "float.__getformat__() takes exactly one argument ({} given)",
            pos.len().saturating_sub(1)
        )));
    }
    match as_str(&pos[1]) {
        Some("double" | "float") => Ok(new_str("IEEE, little-endian")),
        Some(_) => Err(value_error(
            "__getformat__() argument 1 must be 'double' or 'float'",
        )),
        None => Err(type_error(format!(
            "__getformat__() argument must be str, not {}",
            type_name(&pos[1])
        ))),
    }
}

fn float_fromhex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = class_arg(&args, "fromhex", &types().float)?;
    let pos = args.pos();
    if args.has_kwargs() {
        return Err(type_error("float.fromhex() takes no keyword arguments"));
    }
    if pos.len() != 2 {
        return Err(type_error(format!(
            "float.fromhex() takes exactly one argument ({} given)",
            pos.len() - 1
        )));
    }
    let Some(s) = as_str(&pos[1]) else {
        return Err(type_error("bad argument type for built-in operation"));
    };
    let x = Value::Float(parse_hex_float(s)?);
    if cls.is(&types().float) {
        return Ok(x);
    }
    call(vm, &Value::Obj(cls), &[x])
}

/// `float.fromhex(s)`: `[sign] ['0x'] hexdigits ['.' hexdigits] ['p' [sign] decimal]` or an
/// infinity/NaN, surrounded by optional whitespace, rounded half to even to the nearest double.
pub fn parse_hex_float(s: &str) -> PyResult<f64> {
    let invalid = || value_error("invalid hexadecimal floating-point string");
    let body = s.trim_matches(|c: char| c.is_ascii_whitespace() || c == '\x0b');
    let (negative, rest) = match body.as_bytes().first() {
        Some(b'-') => (true, &body[1..]),
        Some(b'+') => (false, &body[1..]),
        _ => (false, body),
    };
    let lower = rest.to_ascii_lowercase();
    if lower == "inf" || lower == "infinity" {
        return Ok(if negative {
            f64::NEG_INFINITY
        } else {
            f64::INFINITY
        });
    }
    if lower == "nan" {
        return Ok(fresh_nan(negative));
    }
    let b = rest.as_bytes();
    let mut i = if lower.starts_with("0x") { 2 } else { 0 };
    let int_start = i;
    while i < b.len() && b[i].is_ascii_hexdigit() {
        i += 1;
    }
    let int_digits = &rest[int_start..i];
    let mut frac_digits = "";
    if i < b.len() && b[i] == b'.' {
        let start = i + 1;
        i = start;
        while i < b.len() && b[i].is_ascii_hexdigit() {
            i += 1;
        }
        frac_digits = &rest[start..i];
    }
    if int_digits.is_empty() && frac_digits.is_empty() {
        return Err(invalid());
    }
    // The binary exponent; saturated, since anything beyond ±2**62 is 0 or an overflow anyway.
    let mut exp: i64 = 0;
    if i < b.len() && (b[i] == b'p' || b[i] == b'P') {
        i += 1;
        let exp_negative = match b.get(i) {
            Some(b'-') => {
                i += 1;
                true
            }
            Some(b'+') => {
                i += 1;
                false
            }
            _ => false,
        };
        let start = i;
        while i < b.len() && b[i].is_ascii_digit() {
            exp = exp.saturating_mul(10).saturating_add((b[i] - b'0') as i64);
            i += 1;
        }
        if i == start {
            return Err(invalid());
        }
        exp = exp.min(1 << 62);
        if exp_negative {
            exp = -exp;
        }
    }
    if i != b.len() {
        return Err(invalid());
    }
    let digits = format!("{int_digits}{frac_digits}");
    let mant = BigUint::parse_bytes(digits.as_bytes(), 16).ok_or_else(invalid)?;
    let sign = if negative { -1.0 } else { 1.0 };
    if mant.is_zero() {
        return Ok(sign * 0.0);
    }
    // value = mant * 2**e2
    let e2 = exp - 4 * frac_digits.len() as i64;
    let top = mant.bits() as i64 - 1 + e2;
    let too_large = || overflow_error("hexadecimal value too large to represent as a float");
    if top > 1023 {
        return Err(too_large());
    }
    if top < -1075 {
        return Ok(sign * 0.0);
    }
    // Keep 53 significant bits, fewer for a subnormal result, rounding half to even.
    let lsb = (top - 52).max(-1074);
    let shift = lsb - e2;
    let q = if shift <= 0 {
        mant << (-shift) as u64
    } else {
        let shift = shift as u64;
        let q = &mant >> shift;
        let rem = &mant - (&q << shift);
        let half = BigUint::one() << (shift - 1);
        if rem > half || (rem == half && q.is_odd()) {
            q + 1u8
        } else {
            q
        }
    };
    let q = q.to_u64().expect("at most 54 bits");
    if q == 1 << 53 && lsb + 53 > 1023 {
        return Err(too_large());
    }
    Ok(sign * ldexp_exact(q, lsb))
}

// ---------------------------------------------------------------------------------------------
// Slot wrappers: operators, comparisons, conversions
// ---------------------------------------------------------------------------------------------

/// Whether `v` is an operand a method of `kind` computes with (else `NotImplemented`).
fn operand_ok(kind: Kind, v: &Value) -> bool {
    match kind {
        Kind::Int | Kind::Bool => is_int(v),
        Kind::Float => is_int(v) || matches!(v, Value::Float(_)),
    }
}

/// The receiver or operand as the operators should see it: exact ints stay as they are (bools
/// too, for bool's own methods), everything int-like becomes a plain int.
fn operand(kind: Kind, v: &Value) -> Value {
    match (kind, v) {
        (Kind::Bool, Value::Bool(_)) | (_, Value::Float(_)) => v.clone(),
        _ => plain_int(v),
    }
}

fn binary_slot(args: &Args, kind: Kind, name: &str, op: BinOp, reflected: bool) -> PyResult<Value> {
    let rest = slot_args(args, kind, name, 1, 1)?;
    let other = &rest[0];
    if !operand_ok(kind, other) {
        return Ok(not_implemented());
    }
    let (me, other) = (operand(kind, &args.values[0]), operand(kind, other));
    let (a, b) = if reflected { (other, me) } else { (me, other) };
    number_binary(op, &a, &b).expect("both operands are numbers")
}

macro_rules! binary_slots {
    ($kind:expr; $($f:ident = $name:literal, $op:ident, $reflected:expr;)*) => {
        $(
            fn $f(_vm: &mut Vm, args: Args) -> PyResult<Value> {
                binary_slot(&args, $kind, $name, BinOp::$op, $reflected)
            }
        )*
    };
}

binary_slots! { Kind::Int;
    int_add = "__add__", Add, false;
    int_radd = "__radd__", Add, true;
    int_sub = "__sub__", Sub, false;
    int_rsub = "__rsub__", Sub, true;
    int_mul = "__mul__", Mul, false;
    int_rmul = "__rmul__", Mul, true;
    int_truediv = "__truediv__", TrueDiv, false;
    int_rtruediv = "__rtruediv__", TrueDiv, true;
    int_floordiv = "__floordiv__", FloorDiv, false;
    int_rfloordiv = "__rfloordiv__", FloorDiv, true;
    int_mod = "__mod__", Mod, false;
    int_rmod = "__rmod__", Mod, true;
    int_lshift = "__lshift__", LShift, false;
    int_rlshift = "__rlshift__", LShift, true;
    int_rshift = "__rshift__", RShift, false;
    int_rrshift = "__rrshift__", RShift, true;
    int_and = "__and__", And, false;
    int_rand = "__rand__", And, true;
    int_or = "__or__", Or, false;
    int_ror = "__ror__", Or, true;
    int_xor = "__xor__", Xor, false;
    int_rxor = "__rxor__", Xor, true;
}

binary_slots! { Kind::Bool;
    bool_and = "__and__", And, false;
    bool_rand = "__rand__", And, true;
    bool_or = "__or__", Or, false;
    bool_ror = "__ror__", Or, true;
    bool_xor = "__xor__", Xor, false;
    bool_rxor = "__rxor__", Xor, true;
}

binary_slots! { Kind::Float;
    float_add = "__add__", Add, false;
    float_radd = "__radd__", Add, true;
    float_sub = "__sub__", Sub, false;
    float_rsub = "__rsub__", Sub, true;
    float_mul = "__mul__", Mul, false;
    float_rmul = "__rmul__", Mul, true;
    float_truediv = "__truediv__", TrueDiv, false;
    float_rtruediv = "__rtruediv__", TrueDiv, true;
    float_floordiv = "__floordiv__", FloorDiv, false;
    float_rfloordiv = "__rfloordiv__", FloorDiv, true;
    float_mod = "__mod__", Mod, false;
    float_rmod = "__rmod__", Mod, true;
}

fn divmod_slot(args: &Args, kind: Kind, name: &str, reflected: bool) -> PyResult<Value> {
    let rest = slot_args(args, kind, name, 1, 1)?;
    if !operand_ok(kind, &rest[0]) {
        return Ok(not_implemented());
    }
    let (me, other) = (operand(kind, &args.values[0]), operand(kind, &rest[0]));
    let (a, b) = if reflected { (other, me) } else { (me, other) };
    ops::arith::number_divmod(&a, &b).expect("both operands are numbers")
}

fn int_divmod(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    divmod_slot(&args, Kind::Int, "__divmod__", false)
}

fn int_rdivmod(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    divmod_slot(&args, Kind::Int, "__rdivmod__", true)
}

fn float_divmod(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    divmod_slot(&args, Kind::Float, "__divmod__", false)
}

fn float_rdivmod(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    divmod_slot(&args, Kind::Float, "__rdivmod__", true)
}

/// `__pow__`/`__rpow__` with the optional modulus.
fn pow_slot(args: &Args, kind: Kind, name: &str, reflected: bool) -> PyResult<Value> {
    let rest = slot_args(args, kind, name, 1, 2)?;
    let modulus = rest.get(1).filter(|m| !m.is_none());
    if kind == Kind::Float && modulus.is_some() && operand_ok(kind, &rest[0]) {
        return Err(type_error(
            "pow() 3rd argument not allowed unless all arguments are integers",
        ));
    }
    if !operand_ok(kind, &rest[0]) || modulus.is_some_and(|m| !is_int(m)) {
        return Ok(not_implemented());
    }
    let (me, other) = (operand(kind, &args.values[0]), operand(kind, &rest[0]));
    let (a, b) = if reflected { (other, me) } else { (me, other) };
    match modulus {
        Some(m) => int_modular_pow(
            as_bigint(&a).expect("an int"),
            as_bigint(&b).expect("an int"),
            as_bigint(m).expect("an int"),
        ),
        None => number_binary(BinOp::Pow, &a, &b).expect("both operands are numbers"),
    }
}

fn int_pow(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    pow_slot(&args, Kind::Int, "__pow__", false)
}

fn int_rpow(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    pow_slot(&args, Kind::Int, "__rpow__", true)
}

fn float_pow(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    pow_slot(&args, Kind::Float, "__pow__", false)
}

fn float_rpow(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    pow_slot(&args, Kind::Float, "__rpow__", true)
}

fn compare_slot(vm: &mut Vm, args: &Args, kind: Kind, op: CmpOp) -> PyResult<Value> {
    let rest = slot_args(args, kind, op.dunder(), 1, 1)?;
    if !operand_ok(kind, &rest[0]) {
        return Ok(not_implemented());
    }
    let (a, b) = (operand(kind, &args.values[0]), operand(kind, &rest[0]));
    ops::compare::compare(vm, op, &a, &b)
}

macro_rules! compare_slots {
    ($kind:expr; $($f:ident = $op:ident;)*) => {
        $(
            fn $f(vm: &mut Vm, args: Args) -> PyResult<Value> {
                compare_slot(vm, &args, $kind, CmpOp::$op)
            }
        )*
    };
}

compare_slots! { Kind::Int;
    int_lt = Lt;
    int_le = Le;
    int_eq = Eq;
    int_ne = Ne;
    int_gt = Gt;
    int_ge = Ge;
}

compare_slots! { Kind::Float;
    float_lt = Lt;
    float_le = Le;
    float_eq = Eq;
    float_ne = Ne;
    float_gt = Gt;
    float_ge = Ge;
}

/// The receiver of a slot wrapper that takes no other argument, as the operators see it.
fn unary_receiver(args: &Args, kind: Kind, name: &str) -> PyResult<Value> {
    slot_args(args, kind, name, 0, 0)?;
    Ok(operand(kind, &args.values[0]))
}

fn unary_number(args: &Args, kind: Kind, name: &str, op: UnaryOp) -> PyResult<Value> {
    let v = unary_receiver(args, kind, name)?;
    Ok(ops::arith::number_unary(op, &v).expect("a number"))
}

fn int_neg(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary_number(&args, Kind::Int, "__neg__", UnaryOp::Neg)
}

fn int_pos(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary_number(&args, Kind::Int, "__pos__", UnaryOp::Pos)
}

fn int_invert(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary_number(&args, Kind::Int, "__invert__", UnaryOp::Invert)
}

fn float_neg(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary_number(&args, Kind::Float, "__neg__", UnaryOp::Neg)
}

fn float_pos(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary_number(&args, Kind::Float, "__pos__", UnaryOp::Pos)
}

fn int_abs(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = unary_receiver(&args, Kind::Int, "__abs__")?;
    Ok(ops::arith::number_abs(&v).expect("a number"))
}

fn float_abs(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = unary_receiver(&args, Kind::Float, "__abs__")?;
    Ok(ops::arith::number_abs(&v).expect("a number"))
}

fn int_bool(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = unary_receiver(&args, Kind::Int, "__bool__")?;
    Ok(Value::Bool(!as_bigint(&v).expect("an int").is_zero()))
}

fn float_bool(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    match unary_receiver(&args, Kind::Float, "__bool__")? {
        Value::Float(f) => Ok(Value::Bool(f != 0.0)),
        _ => unreachable!("checked receiver"),
    }
}

/// `int.__int__` and `int.__index__`: the plain int.
fn int_int(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary_receiver(&args, Kind::Int, "__int__")
}

fn int_index(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary_receiver(&args, Kind::Int, "__index__")
}

fn int_float(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = unary_receiver(&args, Kind::Int, "__float__")?;
    big_to_f64(&as_bigint(&v).expect("an int")).map(Value::Float)
}

fn float_int(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    match unary_receiver(&args, Kind::Float, "__int__")? {
        Value::Float(f) => float_to_int(f),
        _ => unreachable!("checked receiver"),
    }
}

fn float_float(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    unary_receiver(&args, Kind::Float, "__float__")
}

fn hash_slot(vm: &mut Vm, args: &Args, kind: Kind) -> PyResult<Value> {
    let v = unary_receiver(args, kind, "__hash__")?;
    ops::hash(vm, &v).map(Value::Int)
}

fn int_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    hash_slot(vm, &args, Kind::Int)
}

fn float_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    hash_slot(vm, &args, Kind::Float)
}

fn repr_slot(vm: &mut Vm, args: &Args, kind: Kind) -> PyResult<Value> {
    let v = unary_receiver(args, kind, "__repr__")?;
    ops::repr::repr(vm, &v).map(new_str)
}

fn int_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    repr_slot(vm, &args, Kind::Int)
}

fn bool_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    repr_slot(vm, &args, Kind::Bool)
}

fn float_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    repr_slot(vm, &args, Kind::Float)
}

fn format_method(vm: &mut Vm, args: &Args, kind: Kind) -> PyResult<Value> {
    let rest = method_args(args, kind, "__format__", 1, 1)?;
    let Some(spec) = as_str(&rest[0]) else {
        return Err(type_error(format!(
            "__format__() argument must be str, not {}",
            type_name(&rest[0])
        )));
    };
    let v = operand(kind, &args.values[0]);
    ops::repr::format(vm, &v, spec).map(new_str)
}

fn int_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    format_method(vm, &args, Kind::Int)
}

fn float_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    format_method(vm, &args, Kind::Float)
}

fn float_sizeof(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    this_float(&args, "__sizeof__")?;
    Ok(Value::Int(24))
}

fn class_method(
    name: &'static str,
    owner: &'static str,
    f: crate::object::function::NativeFn,
) -> Value {
    Value::Obj(Obj::new(
        &types().classmethod,
        Payload::ClassMethod(crate::object::new_builtin(name, f, Some(owner))),
    ))
}

pub fn install(t: &Types) {
    let int_methods: &[(&'static str, crate::object::function::NativeFn)] = &[
        ("__new__", int_new),
        ("__add__", int_add),
        ("__radd__", int_radd),
        ("__sub__", int_sub),
        ("__rsub__", int_rsub),
        ("__mul__", int_mul),
        ("__rmul__", int_rmul),
        ("__truediv__", int_truediv),
        ("__rtruediv__", int_rtruediv),
        ("__floordiv__", int_floordiv),
        ("__rfloordiv__", int_rfloordiv),
        ("__mod__", int_mod),
        ("__rmod__", int_rmod),
        ("__divmod__", int_divmod),
        ("__rdivmod__", int_rdivmod),
        ("__pow__", int_pow),
        ("__rpow__", int_rpow),
        ("__lshift__", int_lshift),
        ("__rlshift__", int_rlshift),
        ("__rshift__", int_rshift),
        ("__rrshift__", int_rrshift),
        ("__and__", int_and),
        ("__rand__", int_rand),
        ("__or__", int_or),
        ("__ror__", int_ror),
        ("__xor__", int_xor),
        ("__rxor__", int_rxor),
        ("__lt__", int_lt),
        ("__le__", int_le),
        ("__eq__", int_eq),
        ("__ne__", int_ne),
        ("__gt__", int_gt),
        ("__ge__", int_ge),
        ("__neg__", int_neg),
        ("__pos__", int_pos),
        ("__abs__", int_abs),
        ("__invert__", int_invert),
        ("__bool__", int_bool),
        ("__int__", int_int),
        ("__index__", int_index),
        ("__float__", int_float),
        ("__trunc__", int_trunc),
        ("__floor__", int_floor),
        ("__ceil__", int_ceil),
        ("__round__", int_round),
        ("__hash__", int_hash),
        ("__repr__", int_repr),
        ("__format__", int_format),
        ("__getnewargs__", int_getnewargs),
        ("__sizeof__", int_sizeof),
        ("bit_length", bit_length),
        ("bit_count", bit_count),
        ("conjugate", int_conjugate),
        ("as_integer_ratio", int_as_integer_ratio),
        ("to_bytes", int_to_bytes),
    ];
    for (name, f) in int_methods {
        add_method(&t.int, name, *f);
    }
    super::add_class_attr(
        &t.int,
        "from_bytes",
        class_method("from_bytes", "int", int_from_bytes),
    );
    super::add_class_attr(&t.int, "real", getter("real", "int", int_real));
    super::add_class_attr(&t.int, "imag", getter("imag", "int", int_imag));
    super::add_class_attr(&t.int, "numerator", getter("numerator", "int", int_real));
    super::add_class_attr(
        &t.int,
        "denominator",
        getter("denominator", "int", int_denominator),
    );

    let bool_methods: &[(&'static str, crate::object::function::NativeFn)] = &[
        ("__new__", bool_new),
        ("__and__", bool_and),
        ("__rand__", bool_rand),
        ("__or__", bool_or),
        ("__ror__", bool_ror),
        ("__xor__", bool_xor),
        ("__rxor__", bool_rxor),
        ("__repr__", bool_repr),
    ];
    for (name, f) in bool_methods {
        add_method(&t.bool_, name, *f);
    }

    let float_methods: &[(&'static str, crate::object::function::NativeFn)] = &[
        ("__new__", float_new),
        ("__add__", float_add),
        ("__radd__", float_radd),
        ("__sub__", float_sub),
        ("__rsub__", float_rsub),
        ("__mul__", float_mul),
        ("__rmul__", float_rmul),
        ("__truediv__", float_truediv),
        ("__rtruediv__", float_rtruediv),
        ("__floordiv__", float_floordiv),
        ("__rfloordiv__", float_rfloordiv),
        ("__mod__", float_mod),
        ("__rmod__", float_rmod),
        ("__divmod__", float_divmod),
        ("__rdivmod__", float_rdivmod),
        ("__pow__", float_pow),
        ("__rpow__", float_rpow),
        ("__lt__", float_lt),
        ("__le__", float_le),
        ("__eq__", float_eq),
        ("__ne__", float_ne),
        ("__gt__", float_gt),
        ("__ge__", float_ge),
        ("__neg__", float_neg),
        ("__pos__", float_pos),
        ("__abs__", float_abs),
        ("__bool__", float_bool),
        ("__int__", float_int),
        ("__float__", float_float),
        ("__trunc__", float_trunc),
        ("__floor__", float_floor),
        ("__ceil__", float_ceil),
        ("__round__", float_round),
        ("__hash__", float_hash),
        ("__repr__", float_repr),
        ("__format__", float_format),
        ("__getnewargs__", float_getnewargs),
        ("__sizeof__", float_sizeof),
        ("is_integer", is_integer),
        ("hex", float_hex),
        ("as_integer_ratio", float_as_integer_ratio),
        ("conjugate", float_conjugate),
    ];
    for (name, f) in float_methods {
        add_method(&t.float, name, *f);
    }
    super::add_class_attr(
        &t.float,
        "fromhex",
        class_method("fromhex", "float", float_fromhex),
    );
    super::add_class_attr(
        &t.float,
        "__getformat__",
        class_method("__getformat__", "float", float_getformat),
    );
    super::add_class_attr(&t.float, "real", getter("real", "float", float_real));
    super::add_class_attr(&t.float, "imag", getter("imag", "float", float_imag));
}
