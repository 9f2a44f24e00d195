//! The `math` module, as CPython 3.11's `Modules/mathmodule.c`.
//!
//! Results must be bit-for-bit CPython's, so each function computes what CPython computes:
//!
//! * Most functions call the C library, and so do Rust's `f64` methods for them (`sin`, `exp`,
//!   `log1p`, `powf`, ...: the platform libm, glibc on Linux, as under CPython).
//! * Rust implements `asinh`, `acosh` and `atanh` itself, links its own `cbrt` statically
//!   instead of the C library's, and has no `erf`/`erfc`: those are ports of glibc's.
//! * `gamma`, `lgamma`, `hypot`, `dist`, `fsum`, `remainder`, `pow` and the logarithms of huge
//!   ints are CPython's own algorithms, ported exactly.
//!
//! Errors follow CPython's `math_1`/`math_2` rules: a NaN from non-NaN input is a
//! `ValueError("math domain error")`, an infinity from finite input an
//! `OverflowError("math range error")` (or a domain error at a singularity).

use std::f64::consts::PI;

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::builtins::add_module_function;
use crate::builtins::number::{as_bigint, float_to_int, index_required, to_f64, Params};
use crate::bytecode::BinOp;
use crate::interp::{call, Vm};
use crate::object::class::lookup_str;
use crate::object::exception::{
    overflow_error, type_error, value_error, zero_division_error, PyErr,
};
use crate::object::function::Args;
use crate::object::{class_of, module_dict, new_module, new_tuple, type_name, Obj};
use crate::ops;
use crate::value::Value;
use crate::PyResult;

fn domain() -> PyErr {
    value_error("math domain error")
}

fn range() -> PyErr {
    overflow_error("math range error")
}

/// What the C library reports through `errno` for the functions that CPython checks it for.
#[derive(Clone, Copy, PartialEq)]
enum Errno {
    Ok,
    /// EDOM: an invalid argument or a singularity.
    Dom,
    /// ERANGE: overflow (or an underflow, which is not an error).
    Range,
}

/// CPython's `is_error`: EDOM is a domain error; ERANGE an overflow unless the result is small
/// (an underflow).
fn check_errno(r: f64, errno: Errno) -> PyResult<Value> {
    match errno {
        Errno::Dom => Err(domain()),
        Errno::Range if r.abs() >= 1.5 => Err(range()),
        _ => Ok(Value::Float(r)),
    }
}

// ---------------------------------------------------------------------------------------------
// Argument checking with CPython's messages
// ---------------------------------------------------------------------------------------------

/// The single argument of a `METH_O` function.
fn one_arg<'a>(args: &Args<'a>, name: &str) -> PyResult<&'a Value> {
    if args.kwnames.is_empty() && args.values.len() == 1 {
        return Ok(&args.values[0]);
    }
    if args.has_kwargs() {
        return Err(type_error(format!(
            "math.{name}() takes no keyword arguments"
        )));
    }
    Err(type_error(format!(
        "math.{name}() takes exactly one argument ({} given)",
        args.values.len()
    )))
}

/// The arguments of a `METH_FASTCALL` function (`_PyArg_CheckPositional`).
fn fast_args<'a>(args: &Args<'a>, name: &str, min: usize, max: usize) -> PyResult<&'a [Value]> {
    if args.has_kwargs() {
        return Err(type_error(format!(
            "math.{name}() takes no keyword arguments"
        )));
    }
    let n = args.values.len();
    let s = |k: usize| if k == 1 { "" } else { "s" };
    if min == max && n != min {
        return Err(type_error(format!(
            "{name} expected {min} argument{}, got {n}",
            s(min)
        )));
    }
    if n < min {
        return Err(type_error(format!(
            "{name} expected at least {min} argument{}, got {n}",
            s(min)
        )));
    }
    if n > max {
        return Err(type_error(format!(
            "{name} expected at most {max} argument{}, got {n}",
            s(max)
        )));
    }
    Ok(args.values)
}

fn float_arg(vm: &mut Vm, args: &Args, name: &str) -> PyResult<f64> {
    // The common case first: one float argument.
    if let (Value::Float(x), true) = (
        args.values.first().unwrap_or(&Value::None),
        args.values.len() == 1,
    ) {
        if args.kwnames.is_empty() {
            return Ok(*x);
        }
    }
    let v = one_arg(args, name)?;
    to_f64(vm, v)
}

fn two_floats(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(f64, f64)> {
    let a = fast_args(args, name, 2, 2)?;
    Ok((to_f64(vm, &a[0])?, to_f64(vm, &a[1])?))
}

// ---------------------------------------------------------------------------------------------
// One- and two-argument float functions
// ---------------------------------------------------------------------------------------------

/// CPython's `math_1`: `f(x)` with the NaN/infinity checks.
fn math_1(
    vm: &mut Vm,
    args: &Args,
    name: &str,
    f: fn(f64) -> f64,
    can_overflow: bool,
) -> PyResult<Value> {
    let x = float_arg(vm, args, name)?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow { range() } else { domain() });
    }
    Ok(Value::Float(r))
}

macro_rules! math_1_functions {
    ($($fname:ident = $pyname:literal, $f:expr, $can_overflow:expr;)*) => {
        $(
            fn $fname(vm: &mut Vm, args: Args) -> PyResult<Value> {
                math_1(vm, &args, $pyname, $f, $can_overflow)
            }
        )*

        /// The float function behind a `math_1` builtin (`math.sin`, ...), for compiled code
        /// to call on an unboxed float, and whether a finite argument can overflow to an
        /// infinite result (an OverflowError rather than a ValueError). Compiled code leaves
        /// for the interpreter, which raises, whenever `math_1` would.
        pub fn float_function(
            f: crate::object::function::NativeFn,
        ) -> Option<(extern "C" fn(f64) -> f64, bool)> {
            $(
                if f as usize == $fname as crate::object::function::NativeFn as usize {
                    extern "C" fn c_fn(x: f64) -> f64 {
                        ($f)(x)
                    }
                    return Some((c_fn, $can_overflow));
                }
            )*
            None
        }
    };
}

math_1_functions! {
    acos = "acos", f64::acos, false;
    acosh = "acosh", libm_acosh, false;
    asin = "asin", f64::asin, false;
    asinh = "asinh", libm_asinh, false;
    atan = "atan", f64::atan, false;
    atanh = "atanh", libm_atanh, false;
    cbrt = "cbrt", libm_cbrt, false;
    cos = "cos", f64::cos, false;
    cosh = "cosh", f64::cosh, true;
    exp = "exp", f64::exp, true;
    exp2 = "exp2", f64::exp2, true;
    expm1 = "expm1", f64::exp_m1, true;
    fabs = "fabs", f64::abs, false;
    log1p = "log1p", f64::ln_1p, false;
    sin = "sin", f64::sin, false;
    sinh = "sinh", f64::sinh, true;
    sqrt = "sqrt", f64::sqrt, false;
    tan = "tan", f64::tan, false;
    tanh = "tanh", f64::tanh, false;
}

/// Whether `f` is `math.sqrt` (compiled code has an instruction for it).
pub fn is_sqrt(f: crate::object::function::NativeFn) -> bool {
    f as usize == sqrt as crate::object::function::NativeFn as usize
}

/// `math_1a` for the ported functions that report `errno` themselves.
fn math_1a(vm: &mut Vm, args: &Args, name: &str, f: fn(f64) -> (f64, Errno)) -> PyResult<Value> {
    let x = float_arg(vm, args, name)?;
    let (r, errno) = f(x);
    check_errno(r, errno)
}

fn erf(vm: &mut Vm, args: Args) -> PyResult<Value> {
    math_1a(vm, &args, "erf", |x| (libm_erf(x), Errno::Ok))
}

fn erfc(vm: &mut Vm, args: Args) -> PyResult<Value> {
    // glibc reports an underflow to 0 as ERANGE, which is not an error for a small result.
    math_1a(vm, &args, "erfc", |x| (libm_erfc(x), Errno::Ok))
}

fn gamma(vm: &mut Vm, args: Args) -> PyResult<Value> {
    math_1a(vm, &args, "gamma", m_tgamma)
}

fn lgamma(vm: &mut Vm, args: Args) -> PyResult<Value> {
    math_1a(vm, &args, "lgamma", m_lgamma)
}

/// CPython's `math_2`: `f(x, y)` with the NaN/infinity checks.
fn math_2(vm: &mut Vm, args: &Args, name: &str, f: fn(f64, f64) -> f64) -> PyResult<Value> {
    let (x, y) = two_floats(vm, args, name)?;
    let r = f(x, y);
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain());
    }
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(range());
    }
    Ok(Value::Float(r))
}

fn atan2(vm: &mut Vm, args: Args) -> PyResult<Value> {
    math_2(vm, &args, "atan2", m_atan2)
}

fn copysign(vm: &mut Vm, args: Args) -> PyResult<Value> {
    math_2(vm, &args, "copysign", f64::copysign)
}

fn remainder(vm: &mut Vm, args: Args) -> PyResult<Value> {
    math_2(vm, &args, "remainder", m_remainder)
}

/// `atan2` with the special cases settled before the C library sees them.
fn m_atan2(y: f64, x: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if y.is_infinite() {
        if x.is_infinite() {
            return if x.is_sign_positive() {
                (0.25 * PI).copysign(y)
            } else {
                (0.75 * PI).copysign(y)
            };
        }
        return (0.5 * PI).copysign(y);
    }
    if x.is_infinite() || y == 0.0 {
        return if x.is_sign_positive() {
            0.0f64.copysign(y)
        } else {
            PI.copysign(y)
        };
    }
    y.atan2(x)
}

/// IEEE 754 remainder: `x - n*y` for the integer `n` nearest `x/y` (ties to even); exact.
fn m_remainder(x: f64, y: f64) -> f64 {
    if x.is_finite() && y.is_finite() {
        if y == 0.0 {
            return f64::NAN;
        }
        let absx = x.abs();
        let absy = y.abs();
        let m = absx % absy;
        // Compare m with absy - m rather than with 0.5 * absy, which may not be representable.
        let c = absy - m;
        let r = if m < c {
            m
        } else if m > c {
            -c
        } else {
            // Halfway: m if the multiple of absy below absx is even, -m if odd.
            m - 2.0 * ((0.5 * (absx - m)) % absy)
        };
        return 1.0f64.copysign(x) * r;
    }
    if x.is_nan() {
        return x;
    }
    if y.is_nan() {
        return y;
    }
    if x.is_infinite() {
        return f64::NAN;
    }
    x
}

fn fmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (x, y) = two_floats(vm, &args, "fmod")?;
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::Float(x));
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain());
    }
    Ok(Value::Float(r))
}

fn pow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (x, y) = two_floats(vm, &args, "pow")?;
    let r;
    let mut errno = Errno::Ok;
    if !x.is_finite() || !y.is_finite() {
        r = if x.is_nan() {
            if y == 0.0 {
                1.0
            } else {
                x
            }
        } else if y.is_nan() {
            if x == 1.0 {
                1.0
            } else {
                y
            }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && y.abs() % 2.0 == 1.0;
            if y > 0.0 {
                if odd_y {
                    x
                } else {
                    x.abs()
                }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0.0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if (y > 0.0 && x.abs() > 1.0) || (y < 0.0 && x.abs() < 1.0) {
            f64::INFINITY
        } else {
            0.0
        };
    } else {
        r = x.powf(y);
        if r.is_nan() {
            // Only a negative base with a non-integer exponent gives a NaN.
            errno = Errno::Dom;
        } else if r.is_infinite() {
            // Either 0 ** negative (a singularity) or an overflow.
            errno = if x == 0.0 { Errno::Dom } else { Errno::Range };
        }
    }
    check_errno(r, errno)
}

fn degrees(vm: &mut Vm, args: Args) -> PyResult<Value> {
    const RAD_TO_DEG: f64 = 180.0 / PI;
    Ok(Value::Float(float_arg(vm, &args, "degrees")? * RAD_TO_DEG))
}

fn radians(vm: &mut Vm, args: Args) -> PyResult<Value> {
    const DEG_TO_RAD: f64 = PI / 180.0;
    Ok(Value::Float(float_arg(vm, &args, "radians")? * DEG_TO_RAD))
}

fn isfinite(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(float_arg(vm, &args, "isfinite")?.is_finite()))
}

fn isinf(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(float_arg(vm, &args, "isinf")?.is_infinite()))
}

fn isnan(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(float_arg(vm, &args, "isnan")?.is_nan()))
}

fn isclose(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = Params {
        fname: "isclose",
        names: &["a", "b", "rel_tol", "abs_tol"],
        pos_only: 0,
        max_pos: 2,
        required: 2,
    }
    .bind(&args, 0)?;
    let mut f = |i: usize, default: f64| -> PyResult<f64> {
        match &p[i] {
            Some(v) => to_f64(vm, v),
            None => Ok(default),
        }
    };
    let (a, b, rel_tol, abs_tol) = (f(0, 0.0)?, f(1, 0.0)?, f(2, 1e-9)?, f(3, 0.0)?);
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::Bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (b - a).abs();
    Ok(Value::Bool(
        diff <= (rel_tol * b).abs() || diff <= (rel_tol * a).abs() || diff <= abs_tol,
    ))
}

fn nextafter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (x, y) = two_floats(vm, &args, "nextafter")?;
    Ok(Value::Float(next_after(x, y)))
}

/// C's `nextafter`.
fn next_after(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return x + y;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    let bits = x.to_bits();
    // Away from zero when moving towards y goes up in magnitude.
    let away = (y > x) == (x > 0.0);
    f64::from_bits(if away { bits + 1 } else { bits - 1 })
}

fn ulp(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = float_arg(vm, &args, "ulp")?;
    if x.is_nan() {
        return Ok(Value::Float(x));
    }
    let x = x.abs();
    if x.is_infinite() {
        return Ok(Value::Float(x));
    }
    let x2 = next_after(x, f64::INFINITY);
    if x2.is_infinite() {
        // x is the largest finite float.
        return Ok(Value::Float(x - next_after(x, f64::NEG_INFINITY)));
    }
    Ok(Value::Float(x2 - x))
}

// ---------------------------------------------------------------------------------------------
// Logarithms
// ---------------------------------------------------------------------------------------------

fn m_log(x: f64) -> f64 {
    if x.is_finite() {
        if x > 0.0 {
            x.ln()
        } else if x == 0.0 {
            f64::NEG_INFINITY
        } else {
            f64::NAN
        }
    } else if x.is_nan() || x > 0.0 {
        x
    } else {
        f64::NAN
    }
}

fn m_log2(x: f64) -> f64 {
    if x.is_finite() {
        if x > 0.0 {
            x.log2()
        } else if x == 0.0 {
            f64::NEG_INFINITY
        } else {
            f64::NAN
        }
    } else if x.is_nan() || x > 0.0 {
        x
    } else {
        f64::NAN
    }
}

fn m_log10(x: f64) -> f64 {
    if x.is_finite() {
        if x > 0.0 {
            x.log10()
        } else if x == 0.0 {
            f64::NEG_INFINITY
        } else {
            f64::NAN
        }
    } else if x.is_nan() || x > 0.0 {
        x
    } else {
        f64::NAN
    }
}

/// `(m, e)` with `|b| ≈ m * 2**e`, `0.5 <= m < 1`, `m` rounded half to even
/// (CPython's `_PyLong_Frexp`).
fn big_frexp(b: &BigInt) -> (f64, u64) {
    let mag = b.magnitude();
    let bits = mag.bits();
    if bits <= 53 {
        let m = mag.to_u64().expect("at most 53 bits") as f64;
        return (ops::arith::ldexp_exact(m as u64, -(bits as i64)), bits);
    }
    let shift = bits - 53;
    let q = mag >> shift;
    let rem = mag - (&q << shift);
    let half = num_bigint::BigUint::one() << (shift - 1);
    let mut q = q.to_u64().expect("53 bits");
    if rem > half || (rem == half && q & 1 == 1) {
        q += 1;
    }
    // q may have rounded up to 2**53, which is still exactly representable.
    (ops::arith::ldexp_exact(q, -53), bits)
}

/// CPython's `loghelper`: ints are handled exactly, even beyond the float range.
fn loghelper(vm: &mut Vm, v: &Value, func: fn(f64) -> f64) -> PyResult<f64> {
    if let Some(b) = as_bigint(v) {
        if !b.is_positive() {
            return Err(domain());
        }
        return Ok(match ops::arith::big_to_f64(&b) {
            Ok(x) => func(x),
            Err(_) => {
                let (x, e) = big_frexp(&b);
                func(x) + func(2.0) * e as f64
            }
        });
    }
    let x = to_f64(vm, v)?;
    let r = func(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(domain());
    }
    Ok(r)
}

fn log(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.has_kwargs() {
        return Err(type_error("log() takes no keyword arguments"));
    }
    if !(1..=2).contains(&args.values.len()) {
        return Err(type_error("math.log requires 1 to 2 arguments"));
    }
    let num = loghelper(vm, &args.values[0], m_log)?;
    let Some(base) = args.values.get(1) else {
        return Ok(Value::Float(num));
    };
    let den = loghelper(vm, base, m_log)?;
    if den == 0.0 {
        return Err(zero_division_error("float division by zero"));
    }
    Ok(Value::Float(num / den))
}

fn log2(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one_arg(&args, "log2")?;
    loghelper(vm, v, m_log2).map(Value::Float)
}

fn log10(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one_arg(&args, "log10")?;
    loghelper(vm, v, m_log10).map(Value::Float)
}

// ---------------------------------------------------------------------------------------------
// Rounding and float decomposition
// ---------------------------------------------------------------------------------------------

/// floor/ceil: a float directly; anything else through its `__floor__`/`__ceil__` if its class
/// has one, else as a real number.
fn rounding(
    vm: &mut Vm,
    args: &Args,
    name: &str,
    dunder: &str,
    f: fn(f64) -> f64,
) -> PyResult<Value> {
    let v = one_arg(args, name)?;
    if let Value::Float(x) = v {
        return float_to_int(f(*x));
    }
    if let Some(m) = lookup_str(&class_of(v), dunder) {
        return call(vm, &m, std::slice::from_ref(v));
    }
    let x = to_f64(vm, v)?;
    float_to_int(f(x))
}

fn floor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    rounding(vm, &args, "floor", "__floor__", f64::floor)
}

fn ceil(vm: &mut Vm, args: Args) -> PyResult<Value> {
    rounding(vm, &args, "ceil", "__ceil__", f64::ceil)
}

fn trunc(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one_arg(&args, "trunc")?;
    if let Value::Float(x) = v {
        return float_to_int(*x);
    }
    match lookup_str(&class_of(v), "__trunc__") {
        Some(m) => call(vm, &m, std::slice::from_ref(v)),
        None => Err(type_error(format!(
            "type {} doesn't define __trunc__ method",
            type_name(v)
        ))),
    }
}

fn modf(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = float_arg(vm, &args, "modf")?;
    let (frac, int) = if x.is_infinite() {
        (0.0f64.copysign(x), x)
    } else if x.is_nan() {
        (x, x)
    } else {
        // Both parts carry the sign of x, zeros included.
        let int = x.trunc();
        ((x - int).copysign(x), int)
    };
    Ok(new_tuple(vec![Value::Float(frac), Value::Float(int)]))
}

/// C's `frexp` for a finite nonzero x.
fn frexp_f64(x: f64) -> (f64, i64) {
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    if exp == 0 {
        // Subnormal: scale into the normal range first.
        let (m, e) = frexp_f64(x * f64::from_bits(0x4350_0000_0000_0000)); // 2**54
        return (m, e - 54);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}

fn frexp(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = float_arg(vm, &args, "frexp")?;
    let (m, e) = if x.is_nan() || x.is_infinite() || x == 0.0 {
        (x, 0)
    } else {
        frexp_f64(x)
    };
    Ok(new_tuple(vec![Value::Float(m), Value::Int(e)]))
}

/// C's `ldexp`/`scalbn`: `x * 2**n`, rounded once (also into the subnormal range).
fn scalbn(mut x: f64, mut n: i64) -> f64 {
    let p1023 = f64::from_bits(0x7fe0_0000_0000_0000);
    // 2**-1022 * 2**53: scaling down in steps that keep the final step's result normal until
    // the last multiplication, so a subnormal result is rounded only once.
    let down = f64::from_bits(0x0010_0000_0000_0000) * f64::from_bits(0x4340_0000_0000_0000);
    if n > 1023 {
        x *= p1023;
        n -= 1023;
        if n > 1023 {
            x *= p1023;
            n -= 1023;
            n = n.min(1023);
        }
    } else if n < -1022 {
        x *= down;
        n += 1022 - 53;
        if n < -1022 {
            x *= down;
            n += 1022 - 53;
            n = n.max(-1022);
        }
    }
    x * f64::from_bits(((0x3ff + n) as u64) << 52)
}

fn ldexp(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = fast_args(&args, "ldexp", 2, 2)?;
    let x = to_f64(vm, &a[0])?;
    let Some(e) = as_bigint(&a[1]) else {
        return Err(type_error("Expected an int as second argument to ldexp."));
    };
    // As C's long: saturated.
    let e = e
        .to_i64()
        .unwrap_or(if e.is_negative() { i64::MIN } else { i64::MAX });
    let (r, errno) = if x == 0.0 || !x.is_finite() {
        (x, Errno::Ok)
    } else if e > i32::MAX as i64 {
        (f64::INFINITY.copysign(x), Errno::Range)
    } else if e < i32::MIN as i64 {
        (0.0f64.copysign(x), Errno::Ok)
    } else {
        let r = scalbn(x, e);
        (
            r,
            if r.is_infinite() {
                Errno::Range
            } else {
                Errno::Ok
            },
        )
    };
    check_errno(r, errno)
}

// ---------------------------------------------------------------------------------------------
// hypot, dist, fsum, prod
// ---------------------------------------------------------------------------------------------

/// CPython's `vector_norm`: sqrt(sum(x**2 for x in vec)) for non-negative finite `vec` whose
/// largest element is `max`, nearly always correctly rounded (scaling, Veltkamp-Dekker
/// squaring, compensated summation and a final square-root correction).
fn vector_norm(vec: &[f64], max: f64, found_nan: bool) -> f64 {
    const T27: f64 = 134217729.0; // 2**27 + 1
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || vec.len() <= 1 {
        return max;
    }
    let (_, max_e) = frexp_f64(max);
    let mut csum = 1.0;
    let mut frac1 = 0.0;
    let mut frac2 = 0.0;
    let mut frac3 = 0.0;
    if max_e >= -1023 {
        let scale = scalbn(1.0, -max_e);
        for &v in vec {
            let x = v * scale;
            let t = x * T27;
            let hi = t - (t - x);
            let lo = x - hi;

            let x = hi * hi;
            let oldcsum = csum;
            csum += x;
            frac1 += (oldcsum - csum) + x;

            let x = 2.0 * hi * lo;
            let oldcsum = csum;
            csum += x;
            frac2 += (oldcsum - csum) + x;

            frac3 += lo * lo;
        }
        let h = (csum - 1.0 + (frac1 + frac2 + frac3)).sqrt();

        let x = h;
        let t = x * T27;
        let hi = t - (t - x);
        let lo = x - hi;

        let x = -hi * hi;
        let oldcsum = csum;
        csum += x;
        frac1 += (oldcsum - csum) + x;

        let x = -2.0 * hi * lo;
        let oldcsum = csum;
        csum += x;
        frac2 += (oldcsum - csum) + x;

        let x = -lo * lo;
        let oldcsum = csum;
        csum += x;
        frac3 += (oldcsum - csum) + x;

        let x = csum - 1.0 + (frac1 + frac2 + frac3);
        return (h + x / (2.0 * h)) / scale;
    }
    // max is so small that 2**-max_e would overflow: divide by max instead.
    for &v in vec {
        let x = v / max;
        let x = x * x;
        let oldcsum = csum;
        csum += x;
        frac1 += (oldcsum - csum) + x;
    }
    max * (csum - 1.0 + frac1).sqrt()
}

fn hypot(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.has_kwargs() {
        return Err(type_error("math.hypot() takes no keyword arguments"));
    }
    let mut coords = Vec::with_capacity(args.values.len());
    let mut max = 0.0f64;
    let mut found_nan = false;
    for v in args.values {
        let x = to_f64(vm, v)?.abs();
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
        coords.push(x);
    }
    Ok(Value::Float(vector_norm(&coords, max, found_nan)))
}

fn dist(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = fast_args(&args, "dist", 2, 2)?;
    let p = ops::iter::collect(vm, &a[0])?;
    let q = ops::iter::collect(vm, &a[1])?;
    if p.len() != q.len() {
        return Err(value_error(
            "both points must have the same number of dimensions",
        ));
    }
    let mut diffs = Vec::with_capacity(p.len());
    let mut max = 0.0f64;
    let mut found_nan = false;
    for (pv, qv) in p.iter().zip(&q) {
        let x = (to_f64(vm, pv)? - to_f64(vm, qv)?).abs();
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
        diffs.push(x);
    }
    Ok(Value::Float(vector_norm(&diffs, max, found_nan)))
}

/// Exactly rounded sum (Shewchuk's algorithm with CPython's final half-even correction).
fn fsum(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let seq = one_arg(&args, "fsum")?;
    let it = ops::iter::get_iter(vm, seq)?;
    // Sorted, non-overlapping partial sums, increasing in magnitude.
    let mut partials: Vec<f64> = Vec::new();
    let mut special_sum = 0.0f64;
    let mut inf_sum = 0.0f64;
    while let Some(item) = ops::iter::next(vm, &it)? {
        let mut x = to_f64(vm, &item)?;
        let xsave = x;
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let yr = hi - x;
            let lo = y - yr;
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                // An infinity or NaN summand, or an intermediate overflow.
                if xsave.is_finite() {
                    return Err(overflow_error("intermediate overflow in fsum"));
                }
                if xsave.is_infinite() {
                    inf_sum += xsave;
                }
                special_sum += xsave;
                partials.clear();
            } else {
                partials.push(x);
            }
        }
    }
    if special_sum != 0.0 {
        if inf_sum.is_nan() {
            return Err(value_error("-inf + inf in fsum"));
        }
        return Ok(Value::Float(special_sum));
    }
    let mut hi = 0.0;
    let mut n = partials.len();
    if n > 0 {
        n -= 1;
        hi = partials[n];
        let mut lo = 0.0;
        // Add from the top, stopping once the sum becomes inexact.
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        // Half-even rounding across partials: sum([1e-16, 1, 1e16]) rounds the last digit up.
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(Value::Float(hi))
}

fn prod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = Params {
        fname: "prod",
        names: &["iterable", "start"],
        pos_only: 1,
        max_pos: 1,
        required: 1,
    }
    .bind(&args, 0)?;
    let mut acc = p[1].clone().unwrap_or(Value::Int(1));
    let it = ops::iter::get_iter(vm, p[0].as_ref().expect("required argument"))?;
    while let Some(item) = ops::iter::next(vm, &it)? {
        acc = ops::arith::binary_op(vm, BinOp::Mul, &acc, &item)?;
    }
    Ok(acc)
}

// ---------------------------------------------------------------------------------------------
// Integer functions
// ---------------------------------------------------------------------------------------------

/// The product of `lo..hi` (odd and even numbers alike), splitting the range in halves so the
/// big multiplications have balanced operands.
fn range_product(lo: &BigInt, hi: &BigInt) -> BigInt {
    let n = hi - lo;
    if n <= BigInt::from(16) {
        let mut acc = BigInt::one();
        let mut i = lo.clone();
        while &i < hi {
            acc *= &i;
            i += 1;
        }
        return acc;
    }
    let mid: BigInt = lo + (n >> 1u8);
    range_product(lo, &mid) * range_product(&mid, hi)
}

fn factorial_of(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let n = index_required(vm, v)?;
    if n.is_negative() {
        return Err(value_error("factorial() not defined for negative values"));
    }
    if n > BigInt::from(i64::MAX) {
        return Err(overflow_error(format!(
            "factorial() argument should not exceed {}",
            i64::MAX
        )));
    }
    Ok(Value::from_bigint(range_product(&BigInt::one(), &(n + 1))))
}

fn factorial(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one_arg(&args, "factorial")?;
    factorial_of(vm, v)
}

fn gcd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.has_kwargs() {
        return Err(type_error("math.gcd() takes no keyword arguments"));
    }
    let mut acc = BigInt::zero();
    for v in args.values {
        let x = index_required(vm, v)?;
        acc = acc.gcd(&x);
    }
    Ok(Value::from_bigint(acc))
}

fn lcm(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.has_kwargs() {
        return Err(type_error("math.lcm() takes no keyword arguments"));
    }
    let mut acc = BigInt::one();
    for v in args.values {
        let x = index_required(vm, v)?;
        acc = if acc.is_zero() || x.is_zero() {
            BigInt::zero()
        } else {
            acc.lcm(&x)
        };
    }
    Ok(Value::from_bigint(acc.abs()))
}

fn isqrt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let n = index_required(vm, one_arg(&args, "isqrt")?)?;
    if n.is_negative() {
        return Err(value_error("isqrt() argument must be nonnegative"));
    }
    Ok(Value::from_bigint(n.sqrt()))
}

/// n, k for comb/perm, with CPython's checks on their signs.
fn comb_perm_args(vm: &mut Vm, n: &Value, k: &Value) -> PyResult<(BigInt, BigInt)> {
    let n = index_required(vm, n)?;
    let k = index_required(vm, k)?;
    if n.is_negative() {
        return Err(value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(value_error("k must be a non-negative integer"));
    }
    Ok((n, k))
}

fn comb(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = fast_args(&args, "comb", 2, 2)?;
    let (n, k) = comb_perm_args(vm, &a[0], &a[1])?;
    let rest = &n - &k;
    if rest.is_negative() {
        return Ok(Value::Int(0));
    }
    let k = k.min(rest);
    if k > BigInt::from(i64::MAX) {
        return Err(overflow_error(format!(
            "min(n - k, k) must not exceed {}",
            i64::MAX
        )));
    }
    let top = range_product(&(&n - &k + 1), &(&n + 1));
    Ok(Value::from_bigint(
        top / range_product(&BigInt::one(), &(k + 1)),
    ))
}

fn perm(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = fast_args(&args, "perm", 1, 2)?;
    let k = match a.get(1) {
        None | Some(Value::None) => return factorial_of(vm, &a[0]),
        Some(k) => k,
    };
    let (n, k) = comb_perm_args(vm, &a[0], k)?;
    if n < k {
        return Ok(Value::Int(0));
    }
    if k > BigInt::from(i64::MAX) {
        return Err(overflow_error(format!("k must not exceed {}", i64::MAX)));
    }
    Ok(Value::from_bigint(range_product(&(&n - &k + 1), &(n + 1))))
}

// ---------------------------------------------------------------------------------------------
// Ports of the C library's asinh, acosh, atanh, erf and erfc (fdlibm, as in glibc)
// ---------------------------------------------------------------------------------------------

const LN2: f64 = std::f64::consts::LN_2;

fn high_word(x: f64) -> u32 {
    (x.to_bits() >> 32) as u32
}

fn libm_asinh(x: f64) -> f64 {
    let ix = high_word(x) & 0x7fff_ffff;
    if ix < 0x3e30_0000 {
        // |x| < 2**-28: asinh(x) = x to double precision.
        return x;
    }
    let w = if ix > 0x41b0_0000 {
        // |x| > 2**28
        if ix >= 0x7ff0_0000 {
            return x + x;
        }
        x.abs().ln() + LN2
    } else {
        let xa = x.abs();
        if ix > 0x4000_0000 {
            // 2**28 > |x| > 2
            (2.0 * xa + 1.0 / ((xa * xa + 1.0).sqrt() + xa)).ln()
        } else {
            // 2 > |x| > 2**-28
            let t = xa * xa;
            (xa + t / (1.0 + (1.0 + t).sqrt())).ln_1p()
        }
    };
    w.copysign(x)
}

fn libm_acosh(x: f64) -> f64 {
    let bits = x.to_bits();
    let hx = (bits >> 32) as i32;
    let lx = bits as u32;
    if hx < 0x3ff0_0000 {
        // x < 1 (negative numbers included)
        f64::NAN
    } else if hx >= 0x41b0_0000 {
        // x > 2**28
        if hx >= 0x7ff0_0000 {
            x + x
        } else {
            x.ln() + LN2
        }
    } else if hx == 0x3ff0_0000 && lx == 0 {
        0.0
    } else if hx > 0x4000_0000 {
        // 2**28 > x > 2
        let t = x * x;
        (2.0 * x - 1.0 / (x + (t - 1.0).sqrt())).ln()
    } else {
        // 1 < x < 2
        let t = x - 1.0;
        (t + (2.0 * t + t * t).sqrt()).ln_1p()
    }
}

fn libm_atanh(x: f64) -> f64 {
    let xa = x.abs();
    let t = if xa < 0.5 {
        if xa < f64::from_bits(0x3e30_0000_0000_0000) {
            // |x| < 2**-28
            return x;
        }
        let t = xa + xa;
        0.5 * (t + t * xa / (1.0 - xa)).ln_1p()
    } else if xa < 1.0 {
        0.5 * ((xa + xa) / (1.0 - xa)).ln_1p()
    } else if xa > 1.0 || x.is_nan() {
        return f64::NAN;
    } else {
        return x / 0.0;
    };
    t.copysign(x)
}

/// glibc's cbrt: a polynomial first guess refined by one Halley step (not correctly rounded:
/// cbrt(27.0) is 3.0000000000000004 there, and so under CPython).
fn libm_cbrt(x: f64) -> f64 {
    const CBRT2: f64 = 1.2599210498948732;
    const SQR_CBRT2: f64 = 1.5874010519681996;
    const FACTOR: [f64; 5] = [1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2];
    if x == 0.0 || !x.is_finite() {
        return x + x;
    }
    let (xm, xe) = frexp_f64(x.abs());
    let u = 0.35489576504391984
        + (1.508191937815849
            + (-2.114994941673713
                + (2.4469312256353444
                    + (-1.8346927748361308
                        + (0.7849323449766392 - 0.14526389938548637 * xm) * xm)
                        * xm)
                    * xm)
                * xm)
            * xm;
    let t2 = u * u * u;
    // C's % and / truncate towards zero, as Rust's do.
    let ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * FACTOR[(2 + xe % 3) as usize];
    scalbn(if x > 0.0 { ym } else { -ym }, xe / 3)
}

const ERX: f64 = 0.8450629115104675;
const EFX: f64 = 0.1283791670955126;
// erf on [0, 0.84375]
const PP: [f64; 5] = [
    0.12837916709551256,
    -0.3250421072470015,
    -0.02848174957559851,
    -0.005770270296489442,
    -2.3763016656650163e-05,
];
const QQ: [f64; 6] = [
    0.0,
    0.39791722395915535,
    0.0650222499887673,
    0.005081306281875766,
    0.00013249473800432164,
    -3.960228278775368e-06,
];
// erf on [0.84375, 1.25]
const PA: [f64; 7] = [
    -0.0023621185607526594,
    0.41485611868374833,
    -0.3722078760357013,
    0.31834661990116175,
    -0.11089469428239668,
    0.035478304325618236,
    -0.002166375594868791,
];
const QA: [f64; 7] = [
    0.0,
    0.10642088040084423,
    0.540397917702171,
    0.07182865441419627,
    0.12617121980876164,
    0.01363708391202905,
    0.011984499846799107,
];
// erfc on [1.25, 1/0.35]
const RA: [f64; 8] = [
    -0.009864944034847148,
    -0.6938585727071818,
    -10.558626225323291,
    -62.375332450326006,
    -162.39666946257347,
    -184.60509290671104,
    -81.2874355063066,
    -9.814329344169145,
];
const SA: [f64; 9] = [
    0.0,
    19.651271667439257,
    137.65775414351904,
    434.56587747522923,
    645.3872717332679,
    429.00814002756783,
    108.63500554177944,
    6.570249770319282,
    -0.0604244152148581,
];
// erfc on [1/0.35, 28]
const RB: [f64; 7] = [
    -0.0098649429247001,
    -0.799283237680523,
    -17.757954917754752,
    -160.63638485582192,
    -637.5664433683896,
    -1025.0951316110772,
    -483.5191916086514,
];
const SB: [f64; 8] = [
    0.0,
    30.33806074348246,
    325.7925129965739,
    1536.729586084437,
    3199.8582195085955,
    2553.0504064331644,
    474.52854120695537,
    -22.44095244658582,
];

/// R/S for |x| in [0, 0.84375): erf(x) = x + x*R/S. The polynomials are evaluated in glibc's
/// pipelined order (not Horner's), which decides the rounding.
fn erf_small_ratio(z: f64) -> f64 {
    let r1 = PP[0] + z * PP[1];
    let z2 = z * z;
    let r2 = PP[2] + z * PP[3];
    let z4 = z2 * z2;
    let s1 = 1.0 + z * QQ[1];
    let s2 = QQ[2] + z * QQ[3];
    let s3 = QQ[4] + z * QQ[5];
    let r = r1 + z2 * r2 + z4 * PP[4];
    let s = s1 + z2 * s2 + z4 * s3;
    r / s
}

/// P/Q for |x| in [0.84375, 1.25), with s = |x| - 1.
fn erf_mid_ratio(s: f64) -> f64 {
    let p1 = PA[0] + s * PA[1];
    let s2 = s * s;
    let q1 = 1.0 + s * QA[1];
    let s4 = s2 * s2;
    let p2 = PA[2] + s * PA[3];
    let s6 = s4 * s2;
    let q2 = QA[2] + s * QA[3];
    let p3 = PA[4] + s * PA[5];
    let q3 = QA[4] + s * QA[5];
    let p = p1 + s2 * p2 + s4 * p3 + s6 * PA[6];
    let q = q1 + s2 * q2 + s4 * q3 + s6 * QA[6];
    p / q
}

/// exp(-x*x - 0.5625 + R/S) / x for x in [1.25, 28): erfc of large arguments, with the
/// rational approximation for [1.25, 1/0.35) if `near`, else the one for [1/0.35, 28).
fn erfc_tail(x: f64, near: bool) -> f64 {
    let s = 1.0 / (x * x);
    let (r, ss) = if near {
        let r1 = RA[0] + s * RA[1];
        let s2 = s * s;
        let s1 = 1.0 + s * SA[1];
        let s4 = s2 * s2;
        let r2 = RA[2] + s * RA[3];
        let s6 = s4 * s2;
        let t2 = SA[2] + s * SA[3];
        let s8 = s4 * s4;
        let r3 = RA[4] + s * RA[5];
        let t3 = SA[4] + s * SA[5];
        let r4 = RA[6] + s * RA[7];
        let t4 = SA[6] + s * SA[7];
        (
            r1 + s2 * r2 + s4 * r3 + s6 * r4,
            s1 + s2 * t2 + s4 * t3 + s6 * t4 + s8 * SA[8],
        )
    } else {
        let r1 = RB[0] + s * RB[1];
        let s2 = s * s;
        let s1 = 1.0 + s * SB[1];
        let s4 = s2 * s2;
        let r2 = RB[2] + s * RB[3];
        let s6 = s4 * s2;
        let t2 = SB[2] + s * SB[3];
        let r3 = RB[4] + s * RB[5];
        let t3 = SB[4] + s * SB[5];
        let t4 = SB[6] + s * SB[7];
        (
            r1 + s2 * r2 + s4 * r3 + s6 * RB[6],
            s1 + s2 * t2 + s4 * t3 + s6 * t4,
        )
    };
    // exp(-x*x) split as exp(-z*z) * exp((z-x)(z+x)) with z = x truncated to 20 bits, so that
    // -z*z is exact.
    let z = f64::from_bits(x.to_bits() & 0xffff_ffff_0000_0000);
    (-z * z - 0.5625).exp() * ((z - x) * (z + x) + r / ss).exp() / x
}

/// The thresholds below compare the high word of |x| as fdlibm does; 0x4006DB6E is 1/0.35
/// rounded up (erf) and 0x4006DB6D rounded down (erfc).
fn libm_erf(x: f64) -> f64 {
    let hx = high_word(x);
    let ix = hx & 0x7fff_ffff;
    let negative = hx >> 31 == 1;
    if ix >= 0x7ff0_0000 {
        // erf(nan) = nan, erf(±inf) = ±1
        return if x.is_nan() { x } else { 1.0f64.copysign(x) };
    }
    if ix < 0x3feb_0000 {
        // |x| < 0.84375
        if ix < 0x3e30_0000 {
            // |x| < 2**-28
            if ix < 0x0080_0000 {
                // Avoids a spurious underflow in C; the same value.
                return 0.0625 * (16.0 * x + (16.0 * EFX) * x);
            }
            return x + EFX * x;
        }
        return x + x * erf_small_ratio(x * x);
    }
    if ix < 0x3ff4_0000 {
        // 0.84375 <= |x| < 1.25
        let pq = erf_mid_ratio(x.abs() - 1.0);
        return if negative { -ERX - pq } else { ERX + pq };
    }
    if ix >= 0x4018_0000 {
        // |x| >= 6
        return if negative { 1e-300 - 1.0 } else { 1.0 - 1e-300 };
    }
    let r = erfc_tail(x.abs(), ix < 0x4006_db6e);
    if negative {
        r - 1.0
    } else {
        1.0 - r
    }
}

fn libm_erfc(x: f64) -> f64 {
    let hx = high_word(x);
    let ix = hx & 0x7fff_ffff;
    let negative = hx >> 31 == 1;
    if ix >= 0x7ff0_0000 {
        // erfc(nan) = nan, erfc(+inf) = 0, erfc(-inf) = 2
        return if x.is_nan() {
            x
        } else if negative {
            2.0
        } else {
            0.0
        };
    }
    if ix < 0x3feb_0000 {
        // |x| < 0.84375
        if ix < 0x3c70_0000 {
            // |x| < 2**-56
            return 1.0 - x;
        }
        let y = erf_small_ratio(x * x);
        if (hx as i32) < 0x3fd0_0000 {
            // x < 1/4, negative x included (fdlibm compares the signed high word)
            return 1.0 - (x + x * y);
        }
        let r = x * y + (x - 0.5);
        return 0.5 - r;
    }
    if ix < 0x3ff4_0000 {
        // 0.84375 <= |x| < 1.25
        let pq = erf_mid_ratio(x.abs() - 1.0);
        return if negative {
            1.0 + (ERX + pq)
        } else {
            (1.0 - ERX) - pq
        };
    }
    if ix < 0x403c_0000 {
        // |x| < 28
        if negative && ix >= 0x4018_0000 {
            // x <= -6
            return 2.0 - 1e-300;
        }
        let r = erfc_tail(x.abs(), ix < 0x4006_db6d);
        return if negative { 2.0 - r } else { r };
    }
    if negative {
        2.0 - 1e-300
    } else {
        0.0
    }
}

// ---------------------------------------------------------------------------------------------
// gamma and lgamma: CPython's own Lanczos implementation
// ---------------------------------------------------------------------------------------------

const LOGPI: f64 = 1.1447298858494002;
/// g = 6.024680040776729583740234375 exactly (one of Boost's parameter choices), and g - 1/2.
const LANCZOS_G: f64 = 6.02468004077673;
const LANCZOS_G_MINUS_HALF: f64 = 5.52468004077673;
const LANCZOS_NUM_COEFFS: [f64; 13] = [
    23531376880.41076,
    42919803642.6491,
    35711959237.35567,
    17921034426.03721,
    6039542586.352028,
    1439720407.3117216,
    248874557.86205417,
    31426415.585400194,
    2876370.6289353725,
    186056.26539522348,
    8071.672002365816,
    210.82427775157936,
    2.5066282746310002,
];
/// x*(x+1)*...*(x+11) as a polynomial.
const LANCZOS_DEN_COEFFS: [f64; 13] = [
    0.0,
    39916800.0,
    120543840.0,
    150917976.0,
    105258076.0,
    45995730.0,
    13339535.0,
    2637558.0,
    357423.0,
    32670.0,
    1925.0,
    66.0,
    1.0,
];
/// gamma(1) ..= gamma(23), exact.
const GAMMA_INTEGRAL: [f64; 23] = [
    1.0,
    1.0,
    2.0,
    6.0,
    24.0,
    120.0,
    720.0,
    5040.0,
    40320.0,
    362880.0,
    3628800.0,
    39916800.0,
    479001600.0,
    6227020800.0,
    87178291200.0,
    1307674368000.0,
    20922789888000.0,
    355687428096000.0,
    6402373705728000.0,
    121645100408832000.0,
    2432902008176640000.0,
    51090942171709440000.0,
    1124000727777607680000.0,
];

/// sin(pi * x), accurate for all finite x (especially near integers).
fn m_sinpi(x: f64) -> f64 {
    let y = x.abs() % 2.0;
    let r = match (2.0 * y).round() as i32 {
        0 => (PI * y).sin(),
        1 => (PI * (y - 0.5)).cos(),
        // Not -sin(pi*(y-1)), which would give -0.0 for y == 1.
        2 => (PI * (1.0 - y)).sin(),
        3 => -(PI * (y - 1.5)).cos(),
        _ => (PI * (y - 2.0)).sin(),
    };
    1.0f64.copysign(x) * r
}

/// The Lanczos sum L_g(x) for positive x, as a rational function.
fn lanczos_sum(x: f64) -> f64 {
    let mut num = 0.0;
    let mut den = 0.0;
    if x < 5.0 {
        for i in (0..13).rev() {
            num = num * x + LANCZOS_NUM_COEFFS[i];
            den = den * x + LANCZOS_DEN_COEFFS[i];
        }
    } else {
        // In 1/x, to avoid overflow for large x.
        for i in 0..13 {
            num = num / x + LANCZOS_NUM_COEFFS[i];
            den = den / x + LANCZOS_DEN_COEFFS[i];
        }
    }
    num / den
}

fn m_tgamma(x: f64) -> (f64, Errno) {
    if !x.is_finite() {
        if x.is_nan() || x > 0.0 {
            return (x, Errno::Ok);
        }
        return (f64::NAN, Errno::Dom);
    }
    if x == 0.0 {
        return (f64::INFINITY.copysign(x), Errno::Dom);
    }
    if x == x.floor() {
        if x < 0.0 {
            return (f64::NAN, Errno::Dom);
        }
        if x <= GAMMA_INTEGRAL.len() as f64 {
            return (GAMMA_INTEGRAL[x as usize - 1], Errno::Ok);
        }
    }
    let absx = x.abs();
    if absx < 1e-20 {
        let r = 1.0 / x;
        return (
            r,
            if r.is_infinite() {
                Errno::Range
            } else {
                Errno::Ok
            },
        );
    }
    if absx > 200.0 {
        // Overflows for x > 200; underflows to ±0 for x < -200.
        if x < 0.0 {
            return (0.0 / m_sinpi(x), Errno::Ok);
        }
        return (f64::INFINITY, Errno::Range);
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    // The rounding error in y, folded back in as a first-order correction.
    let z = if absx > LANCZOS_G_MINUS_HALF {
        let q = y - absx;
        q - LANCZOS_G_MINUS_HALF
    } else {
        let q = y - LANCZOS_G_MINUS_HALF;
        q - absx
    };
    let z = z * LANCZOS_G / y;
    let mut r;
    if x < 0.0 {
        r = -PI / m_sinpi(absx) / absx * y.exp() / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r /= y.powf(absx - 0.5);
        } else {
            let sqrtpow = y.powf(absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
    } else {
        r = lanczos_sum(absx) / y.exp();
        r += z * r;
        if absx < 140.0 {
            r *= y.powf(absx - 0.5);
        } else {
            let sqrtpow = y.powf(absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
    }
    (
        r,
        if r.is_infinite() {
            Errno::Range
        } else {
            Errno::Ok
        },
    )
}

fn m_lgamma(x: f64) -> (f64, Errno) {
    if !x.is_finite() {
        // lgamma(nan) = nan, lgamma(±inf) = +inf
        return (if x.is_nan() { x } else { f64::INFINITY }, Errno::Ok);
    }
    if x == x.floor() && x <= 2.0 {
        if x <= 0.0 {
            return (f64::INFINITY, Errno::Dom);
        }
        return (0.0, Errno::Ok);
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return (-absx.ln(), Errno::Ok);
    }
    let mut r = lanczos_sum(absx).ln() - LANCZOS_G;
    r += (absx - 0.5) * ((absx + LANCZOS_G - 0.5).ln() - 1.0);
    if x < 0.0 {
        // The reflection formula.
        r = LOGPI - m_sinpi(absx).abs().ln() - absx.ln() - r;
    }
    (
        r,
        if r.is_infinite() {
            Errno::Range
        } else {
            Errno::Ok
        },
    )
}

pub fn create() -> Obj {
    let m = new_module("math");
    let fns: &[(&'static str, crate::object::function::NativeFn)] = &[
        ("acos", acos),
        ("acosh", acosh),
        ("asin", asin),
        ("asinh", asinh),
        ("atan", atan),
        ("atan2", atan2),
        ("atanh", atanh),
        ("cbrt", cbrt),
        ("ceil", ceil),
        ("comb", comb),
        ("copysign", copysign),
        ("cos", cos),
        ("cosh", cosh),
        ("degrees", degrees),
        ("dist", dist),
        ("erf", erf),
        ("erfc", erfc),
        ("exp", exp),
        ("exp2", exp2),
        ("expm1", expm1),
        ("fabs", fabs),
        ("factorial", factorial),
        ("floor", floor),
        ("fmod", fmod),
        ("frexp", frexp),
        ("fsum", fsum),
        ("gamma", gamma),
        ("gcd", gcd),
        ("hypot", hypot),
        ("isclose", isclose),
        ("isfinite", isfinite),
        ("isinf", isinf),
        ("isnan", isnan),
        ("isqrt", isqrt),
        ("lcm", lcm),
        ("ldexp", ldexp),
        ("lgamma", lgamma),
        ("log", log),
        ("log10", log10),
        ("log1p", log1p),
        ("log2", log2),
        ("modf", modf),
        ("nextafter", nextafter),
        ("perm", perm),
        ("pow", pow),
        ("prod", prod),
        ("radians", radians),
        ("remainder", remainder),
        ("sin", sin),
        ("sinh", sinh),
        ("sqrt", sqrt),
        ("tan", tan),
        ("tanh", tanh),
        ("trunc", trunc),
        ("ulp", ulp),
    ];
    for (name, f) in fns {
        add_module_function(&m, name, *f);
    }
    let d = module_dict(&m);
    use crate::builtins::dict::set_str_item;
    set_str_item(&d, "pi", Value::Float(PI));
    set_str_item(&d, "e", Value::Float(std::f64::consts::E));
    set_str_item(&d, "tau", Value::Float(std::f64::consts::TAU));
    set_str_item(&d, "inf", Value::Float(f64::INFINITY));
    set_str_item(&d, "nan", Value::Float(f64::NAN));
    m
}
