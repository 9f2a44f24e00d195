//! `Random`'s real-valued distributions, as random.py 3.11 computes them: the same draws of
//! `self.random()`, the same float arithmetic and libm functions (`math.log` is C's `log`,
//! as `f64::ln` is), and the parameters combined with Python's operators, so that ints,
//! floats and other numbers give CPython's results or errors.

use std::f64::consts::{E, PI, TAU};

use super::{bind_py, compare, data, override_of, Sig, Source};
use crate::builtins::add_method;
use crate::builtins::number::to_f64;
use crate::bytecode::{BinOp, CmpOp};
use crate::interp::{call, Vm};
use crate::object::exception::{overflow_error, value_error, zero_division_error};
use crate::object::function::Args;
use crate::object::{Obj, Payload};
use crate::ops;
use crate::value::Value;
use crate::PyResult;

pub fn install(cls: &Obj) {
    add_method(cls, "uniform", uniform);
    add_method(cls, "triangular", triangular);
    add_method(cls, "normalvariate", normalvariate);
    add_method(cls, "gauss", gauss);
    add_method(cls, "lognormvariate", lognormvariate);
    add_method(cls, "expovariate", expovariate);
    add_method(cls, "vonmisesvariate", vonmisesvariate);
    add_method(cls, "gammavariate", gammavariate);
    add_method(cls, "betavariate", betavariate);
    add_method(cls, "paretovariate", paretovariate);
    add_method(cls, "weibullvariate", weibullvariate);
}

/// `4 * exp(-0.5) / sqrt(2.0)`, evaluated as random.py does.
pub fn nv_magicconst() -> f64 {
    4.0 * (-0.5f64).exp() / 2f64.sqrt()
}

/// `1.0 + log(4.5)`.
pub fn sg_magicconst() -> f64 {
    1.0 + 4.5f64.ln()
}

fn op(vm: &mut Vm, o: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
    ops::arith::binary_op(vm, o, a, b)
}

fn f(x: f64) -> Value {
    Value::Float(x)
}

/// `math.log(x)` of a float.
fn log(x: f64) -> PyResult<f64> {
    if x > 0.0 || x.is_nan() {
        Ok(x.ln())
    } else {
        Err(value_error("math domain error"))
    }
}

/// `math.exp(x)` of a float.
fn exp(x: f64) -> PyResult<f64> {
    let r = x.exp();
    if r.is_infinite() && x.is_finite() {
        return Err(overflow_error("math range error"));
    }
    Ok(r)
}

/// `math.sqrt(x)` of a float.
fn sqrt(x: f64) -> PyResult<f64> {
    if x < 0.0 {
        return Err(value_error("math domain error"));
    }
    Ok(x.sqrt())
}

/// `math.acos(x)` of a float.
fn acos(x: f64) -> PyResult<f64> {
    if x.abs() > 1.0 {
        return Err(value_error("math domain error"));
    }
    Ok(x.acos())
}

/// `x ** y` of two floats.
fn pow(x: f64, y: f64) -> PyResult<f64> {
    match ops::arith::float_pow(x, y)? {
        Value::Float(r) => Ok(r),
        // A negative base to a fractional power is complex in Python; random.py's bases are
        // never negative.
        _ => Err(value_error("math domain error")),
    }
}

/// A parameter random.py only combines with floats (`2.0 * alpha`, `0.5 / kappa`) as a float.
/// A plain int or float converts as the operator would (an int too large fails alike); any
/// other value first meets `left op v` as in random.py, failing with CPython's error or else
/// converting through `__float__`.
fn real(vm: &mut Vm, v: &Value, o: BinOp, left: f64) -> PyResult<f64> {
    match v {
        Value::Float(x) => Ok(*x),
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(*b as i64 as f64),
        Value::Obj(ob) if matches!(ob.payload, Payload::BigInt(_)) => to_f64(vm, v),
        _ => {
            op(vm, o, &f(left), v)?;
            to_f64(vm, v)
        }
    }
}

/// `mu + z * sigma`.
fn scale(vm: &mut Vm, mu: &Value, z: &Value, sigma: &Value) -> PyResult<Value> {
    if let (Value::Float(m), Value::Float(z), Value::Float(s)) = (mu, z, sigma) {
        return Ok(f(m + z * s));
    }
    let zs = op(vm, BinOp::Mul, z, sigma)?;
    op(vm, BinOp::Add, mu, &zs)
}

/// Binds a distribution's arguments: `self` and the parameters, with their defaults.
fn params<'a, const N: usize>(
    sig: &Sig,
    args: &Args<'a>,
    defaults: [Option<Value>; N],
) -> PyResult<(&'a Value, [Value; N])> {
    let s = bind_py(sig, args)?;
    let mut out = defaults.map(|d| d.unwrap_or(Value::None));
    for (i, slot) in out.iter_mut().enumerate() {
        if let Some(v) = s[i + 1] {
            *slot = v.clone();
        }
    }
    Ok((s[0].expect("required"), out))
}

macro_rules! sig {
    ($name:literal, [$($p:literal),*], $required:expr) => {
        Sig {
            qualname: concat!("Random.", $name),
            params: &["self", $($p),*],
            required: $required,
            kwonly: &[],
        }
    };
}

/// `a + (b - a) * self.random()`.
fn uniform(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (this, [a, b]) = params(&sig!("uniform", ["a", "b"], 3), &args, [None, None])?;
    let src = Source::of(vm, this, "uniform")?;
    if let (Value::Float(x), Value::Float(y)) = (&a, &b) {
        return Ok(f(x + (y - x) * src.random(vm)?));
    }
    let width = op(vm, BinOp::Sub, &b, &a)?;
    let r = f(src.random(vm)?);
    let scaled = op(vm, BinOp::Mul, &width, &r)?;
    op(vm, BinOp::Add, &a, &scaled)
}

fn triangular(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (this, [low, high, mode]) = params(
        &sig!("triangular", ["low", "high", "mode"], 1),
        &args,
        [Some(f(0.0)), Some(f(1.0)), None],
    )?;
    let src = Source::of(vm, this, "triangular")?;
    let mut u = src.random(vm)?;
    let c = if mode.is_none() {
        Ok(f(0.5))
    } else {
        op(vm, BinOp::Sub, &mode, &low).and_then(|m| {
            let w = op(vm, BinOp::Sub, &high, &low)?;
            op(vm, BinOp::TrueDiv, &m, &w)
        })
    };
    let mut c = match c {
        Err(e) if e.is_instance(&crate::object::exc_types().zero_division_error) => return Ok(low),
        c => c?,
    };
    let (mut low, mut high) = (low, high);
    if compare(vm, CmpOp::Gt, &f(u), &c)? {
        u = 1.0 - u;
        c = op(vm, BinOp::Sub, &f(1.0), &c)?;
        std::mem::swap(&mut low, &mut high);
    }
    let width = op(vm, BinOp::Sub, &high, &low)?;
    let uc = op(vm, BinOp::Mul, &f(u), &c)?;
    let root = f(sqrt(to_f64(vm, &uc)?)?);
    let scaled = op(vm, BinOp::Mul, &width, &root)?;
    op(vm, BinOp::Add, &low, &scaled)
}

/// Kinderman and Monahan's ratio-of-uniforms normal deviate (before `mu + z * sigma`).
fn normal_z(vm: &mut Vm, src: &Source) -> PyResult<f64> {
    let nv = nv_magicconst();
    loop {
        let u1 = src.random(vm)?;
        let u2 = 1.0 - src.random(vm)?;
        let z = nv * (u1 - 0.5) / u2;
        let zz = z * z / 4.0;
        if zz <= -log(u2)? {
            return Ok(z);
        }
    }
}

fn normalvariate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (this, [mu, sigma]) = params(
        &sig!("normalvariate", ["mu", "sigma"], 1),
        &args,
        [Some(f(0.0)), Some(f(1.0))],
    )?;
    let src = Source::of(vm, this, "normalvariate")?;
    let z = normal_z(vm, &src)?;
    scale(vm, &mu, &f(z), &sigma)
}

/// The Box-Muller pair: one deviate returned, the other kept in `gauss_next` for the next call.
fn gauss(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (this, [mu, sigma]) = params(
        &sig!("gauss", ["mu", "sigma"], 1),
        &args,
        [Some(f(0.0)), Some(f(1.0))],
    )?;
    let src = Source::of(vm, this, "gauss")?;
    let d = data(this, "gauss")?;
    let mut z = std::mem::replace(&mut *d.gauss_next.borrow_mut(), Value::None);
    if z.is_none() {
        let x2pi = src.random(vm)? * TAU;
        let g2rad = sqrt(-2.0 * log(1.0 - src.random(vm)?)?)?;
        z = f(x2pi.cos() * g2rad);
        *d.gauss_next.borrow_mut() = f(x2pi.sin() * g2rad);
    }
    scale(vm, &mu, &z, &sigma)
}

/// `_exp(self.normalvariate(mu, sigma))`.
fn lognormvariate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (this, [mu, sigma]) = params(
        &sig!("lognormvariate", ["mu", "sigma"], 3),
        &args,
        [None, None],
    )?;
    let n = match override_of(vm, this, "normalvariate")? {
        None => {
            let src = Source::of(vm, this, "lognormvariate")?;
            let z = normal_z(vm, &src)?;
            scale(vm, &mu, &f(z), &sigma)?
        }
        Some(g) => call(vm, &g, &[mu, sigma])?,
    };
    let x = to_f64(vm, &n)?;
    Ok(f(exp(x)?))
}

/// `-_log(1.0 - self.random()) / lambd`.
fn expovariate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (this, [lambd]) = params(&sig!("expovariate", ["lambd"], 2), &args, [None])?;
    let src = Source::of(vm, this, "expovariate")?;
    let x = -log(1.0 - src.random(vm)?)?;
    match lambd {
        Value::Float(l) if l != 0.0 => Ok(f(x / l)),
        _ => op(vm, BinOp::TrueDiv, &f(x), &lambd),
    }
}

/// Fisher's algorithm for the von Mises distribution.
fn vonmisesvariate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (this, [mu, kappa]) = params(
        &sig!("vonmisesvariate", ["mu", "kappa"], 3),
        &args,
        [None, None],
    )?;
    let src = Source::of(vm, this, "vonmisesvariate")?;
    if compare(vm, CmpOp::Le, &kappa, &f(1e-6))? {
        return Ok(f(TAU * src.random(vm)?));
    }
    let s = 0.5 / real(vm, &kappa, BinOp::TrueDiv, 0.5)?;
    let r = s + sqrt(1.0 + s * s)?;
    let z = loop {
        let u1 = src.random(vm)?;
        let z = (PI * u1).cos();
        let d = z / (r + z);
        let u2 = src.random(vm)?;
        if u2 < 1.0 - d * d || u2 <= (1.0 - d) * exp(d)? {
            break z;
        }
    };
    let q = 1.0 / r;
    let fq = (q + z) / (1.0 + q * z);
    let u3 = src.random(vm)?;
    let a = f(acos(fq)?);
    let theta = if u3 > 0.5 {
        op(vm, BinOp::Add, &mu, &a)?
    } else {
        op(vm, BinOp::Sub, &mu, &a)?
    };
    op(vm, BinOp::Mod, &theta, &f(TAU))
}

fn gammavariate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (this, [alpha, beta]) = params(
        &sig!("gammavariate", ["alpha", "beta"], 3),
        &args,
        [None, None],
    )?;
    gamma(vm, this, &alpha, &beta)
}

/// random.py's `gammavariate`: Cheng's method for alpha > 1, the exponential for alpha == 1,
/// algorithm GS of Kennedy and Gentle below 1.
fn gamma(vm: &mut Vm, this: &Value, alpha: &Value, beta: &Value) -> PyResult<Value> {
    let zero = f(0.0);
    if compare(vm, CmpOp::Le, alpha, &zero)? || compare(vm, CmpOp::Le, beta, &zero)? {
        return Err(value_error("gammavariate: alpha and beta must be > 0.0"));
    }
    let src = Source::of(vm, this, "gammavariate")?;
    let x = if compare(vm, CmpOp::Gt, alpha, &f(1.0))? {
        let a = real(vm, alpha, BinOp::Mul, 2.0)?;
        let ainv = sqrt(2.0 * a - 1.0)?;
        let bbb = a - 4f64.ln();
        let ccc = a + ainv;
        let sg = sg_magicconst();
        loop {
            let u1 = src.random(vm)?;
            if !(1e-7 < u1 && u1 < 0.9999999) {
                continue;
            }
            let u2 = 1.0 - src.random(vm)?;
            let v = log(u1 / (1.0 - u1))? / ainv;
            let x = a * exp(v)?;
            let z = u1 * u1 * u2;
            let r = bbb + ccc * v - x;
            if r + sg - 4.5 * z >= 0.0 || r >= log(z)? {
                break x;
            }
        }
    } else if compare(vm, CmpOp::Eq, alpha, &f(1.0))? {
        -log(1.0 - src.random(vm)?)?
    } else {
        let a = real(vm, alpha, BinOp::Add, E)?;
        loop {
            let u = src.random(vm)?;
            let b = (E + a) / E;
            let p = b * u;
            let x = if p <= 1.0 {
                pow(p, 1.0 / a)?
            } else {
                -log((b - p) / a)?
            };
            let u1 = src.random(vm)?;
            if p > 1.0 {
                if u1 <= pow(x, a - 1.0)? {
                    break x;
                }
            } else if u1 <= exp(-x)? {
                break x;
            }
        }
    };
    match beta {
        Value::Float(b) => Ok(f(x * b)),
        _ => op(vm, BinOp::Mul, &f(x), beta),
    }
}

/// `self.gammavariate(alpha, 1.0)`.
fn gamma_of(vm: &mut Vm, this: &Value, alpha: &Value) -> PyResult<Value> {
    match override_of(vm, this, "gammavariate")? {
        None => gamma(vm, this, alpha, &f(1.0)),
        Some(g) => call(vm, &g, &[alpha.clone(), f(1.0)]),
    }
}

fn betavariate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (this, [alpha, beta]) = params(
        &sig!("betavariate", ["alpha", "beta"], 3),
        &args,
        [None, None],
    )?;
    let y = gamma_of(vm, this, &alpha)?;
    if !ops::truthy(vm, &y)? {
        return Ok(f(0.0));
    }
    let y2 = gamma_of(vm, this, &beta)?;
    if let (Value::Float(a), Value::Float(b)) = (&y, &y2) {
        let s = a + b;
        if s != 0.0 {
            return Ok(f(a / s));
        }
        return Err(zero_division_error("float division by zero"));
    }
    let sum = op(vm, BinOp::Add, &y, &y2)?;
    op(vm, BinOp::TrueDiv, &y, &sum)
}

/// `(1.0 - self.random()) ** (-1.0 / alpha)`.
fn paretovariate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (this, [alpha]) = params(&sig!("paretovariate", ["alpha"], 2), &args, [None])?;
    let src = Source::of(vm, this, "paretovariate")?;
    let u = 1.0 - src.random(vm)?;
    let e = op(vm, BinOp::TrueDiv, &f(-1.0), &alpha)?;
    op(vm, BinOp::Pow, &f(u), &e)
}

/// `alpha * (-_log(1.0 - self.random())) ** (1.0 / beta)`.
fn weibullvariate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (this, [alpha, beta]) = params(
        &sig!("weibullvariate", ["alpha", "beta"], 3),
        &args,
        [None, None],
    )?;
    let src = Source::of(vm, this, "weibullvariate")?;
    let u = 1.0 - src.random(vm)?;
    let t = f(-log(u)?);
    let e = op(vm, BinOp::TrueDiv, &f(1.0), &beta)?;
    let p = op(vm, BinOp::Pow, &t, &e)?;
    op(vm, BinOp::Mul, &alpha, &p)
}
