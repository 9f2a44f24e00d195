//! The `random` module: CPython 3.11's `random.Random` (the Mersenne Twister of `_random` with
//! the methods of `Lib/random.py`) as one native class, `SystemRandom`, and the module
//! functions as methods of a hidden instance, `random._inst`.
//!
//! Every method follows random.py step by step, drawing the same numbers in the same order and
//! doing its arithmetic with the same operators, so equal seeds give CPython's results. A
//! method reaches the generator through `self`, as random.py's `self.random()` does: on
//! `Random` itself directly, on a subclass through whatever `random`, `getrandbits` or
//! `_randbelow` it overrides ([`Source`], [`Below`]).

mod mersenne;
mod sequences;
mod sha512;
mod variates;

use std::cell::{OnceCell, RefCell};

use num_bigint::{BigInt, BigUint, Sign};
use num_traits::{One, Signed, ToPrimitive};

use self::mersenne::Mt19937;
use crate::builtins::number::{as_bigint, float_to_int, index_required, to_f64};
use crate::builtins::{add_class_attr, add_method, dict};
use crate::bytecode::{BinOp, CmpOp};
use crate::interp::{call, Vm};
use crate::object::class::{class_data, is_subclass, lookup_str, Layout};
use crate::object::exception::{not_implemented_error, overflow_error, type_error, value_error};
use crate::object::function::Args;
use crate::object::types::make_class;
use crate::object::{
    class_of, module_dict, native_ref, new_builtin, new_bytes, new_module, new_native, new_str,
    new_tuple, type_name, types, NativeData, Obj, Payload, Property,
};
use crate::ops;
use crate::value::Value;
use crate::PyResult;

/// The state of a `Random` object: the twister and `gauss_next`, the second normal deviate
/// `gauss` computed last time (random.py keeps it as an instance attribute; here it is a
/// property over this field).
pub struct RandomData {
    mt: RefCell<Mt19937>,
    gauss_next: RefCell<Value>,
}

impl NativeData for RandomData {
    fn is_container(&self) -> bool {
        true
    }
    fn traverse(&self, f: &mut dyn FnMut(&Obj)) -> bool {
        match self.gauss_next.try_borrow() {
            Ok(v) => {
                if let Value::Obj(o) = &*v {
                    f(o);
                }
                true
            }
            Err(_) => false,
        }
    }
    fn clear(&self, out: &mut Vec<Value>) {
        out.push(std::mem::replace(
            &mut *self.gauss_next.borrow_mut(),
            Value::None,
        ));
    }
}

struct Classes {
    random: Obj,
    system_random: Obj,
}

thread_local! {
    static CLASSES: OnceCell<&'static Classes> = const { OnceCell::new() };
}

fn classes() -> &'static Classes {
    CLASSES.with(|c| *c.get_or_init(|| Box::leak(Box::new(make_classes()))))
}

fn make_classes() -> Classes {
    let random = make_class(
        "Random",
        std::slice::from_ref(&types().object),
        Layout::Builtin,
    );
    *class_data(&random).module.borrow_mut() = "random".to_string();
    add_method(&random, "__new__", random_new);
    add_method(&random, "__init__", random_init);
    add_method(&random, "seed", seed);
    add_method(&random, "random", random_random);
    add_method(&random, "getrandbits", getrandbits);
    add_method(&random, "getstate", getstate);
    add_method(&random, "setstate", setstate);
    add_method(&random, "randbytes", randbytes);
    add_method(&random, "_randbelow", randbelow_method);
    add_class_attr(&random, "VERSION", Value::Int(3));
    let get = new_builtin("gauss_next", gauss_next_get, Some("Random"));
    let set = new_builtin("gauss_next", gauss_next_set, Some("Random"));
    add_class_attr(
        &random,
        "gauss_next",
        Value::Obj(Obj::new(
            &types().property,
            Payload::Property(Box::new(Property::new([
                get,
                set,
                Value::None,
                Value::None,
            ]))),
        )),
    );
    sequences::install(&random);
    variates::install(&random);

    let system_random = make_class(
        "SystemRandom",
        std::slice::from_ref(&random),
        Layout::Builtin,
    );
    *class_data(&system_random).module.borrow_mut() = "random".to_string();
    add_method(&system_random, "random", system_random_random);
    add_method(&system_random, "getrandbits", system_getrandbits);
    add_method(&system_random, "randbytes", system_randbytes);
    add_method(&system_random, "seed", system_seed);
    add_method(&system_random, "getstate", system_no_state);
    add_method(&system_random, "setstate", system_no_state);
    Classes {
        random,
        system_random,
    }
}

/// The functions random.py exports as bound methods of its hidden instance `_inst`.
const MODULE_FUNCTIONS: [&str; 23] = [
    "seed",
    "random",
    "uniform",
    "triangular",
    "randint",
    "choice",
    "randrange",
    "sample",
    "shuffle",
    "choices",
    "normalvariate",
    "lognormvariate",
    "expovariate",
    "vonmisesvariate",
    "gammavariate",
    "gauss",
    "betavariate",
    "paretovariate",
    "weibullvariate",
    "getstate",
    "setstate",
    "getrandbits",
    "randbytes",
];

pub fn create() -> Obj {
    let m = new_module("random");
    let d = module_dict(&m);
    let c = classes();
    dict::set_str_item(&d, "Random", Value::Obj(c.random.clone()));
    dict::set_str_item(&d, "SystemRandom", Value::Obj(c.system_random.clone()));
    let inst = new_random(&c.random);
    seed_from_entropy(native_ref::<RandomData>(&inst).expect("a Random"));
    for name in MODULE_FUNCTIONS {
        if let Some(Value::Obj(f)) = lookup_str(&c.random, name) {
            if let Payload::Builtin(b) = &f.payload {
                dict::set_str_item(&d, name, ops::attr::bind_builtin(b, &inst));
            }
        }
    }
    dict::set_str_item(&d, "_inst", inst);
    let mut all: Vec<&str> = MODULE_FUNCTIONS.to_vec();
    all.extend(["Random", "SystemRandom"]);
    all.sort_unstable();
    dict::set_str_item(
        &d,
        "__all__",
        crate::object::new_list(all.into_iter().map(new_str).collect()),
    );
    for (name, v) in [
        ("NV_MAGICCONST", variates::nv_magicconst()),
        ("TWOPI", std::f64::consts::TAU),
        ("LOG4", 4.0f64.ln()),
        ("SG_MAGICCONST", variates::sg_magicconst()),
        ("RECIP_BPF", 2f64.powi(-53)),
    ] {
        dict::set_str_item(&d, name, Value::Float(v));
    }
    dict::set_str_item(&d, "BPF", Value::Int(53));
    m
}

fn new_random(cls: &Obj) -> Value {
    new_native(
        cls,
        RandomData {
            mt: RefCell::new(Mt19937::default()),
            gauss_next: RefCell::new(Value::None),
        },
    )
}

// ---- argument binding ---------------------------------------------------------------------

/// The signature of a method random.py defines in Python: its positional-or-keyword
/// parameters (`self` first), how many of them are required, and its keyword-only ones.
pub(crate) struct Sig {
    pub qualname: &'static str,
    pub params: &'static [&'static str],
    pub required: usize,
    pub kwonly: &'static [&'static str],
}

/// Binds `args` to `sig` with the errors CPython gives for a Python function: one slot per
/// parameter, then one per keyword-only parameter.
pub(crate) fn bind_py<'a>(sig: &Sig, args: &Args<'a>) -> PyResult<Vec<Option<&'a Value>>> {
    let q = sig.qualname;
    let pos = args.pos();
    let np = sig.params.len();
    let mut slots: Vec<Option<&'a Value>> = vec![None; np + sig.kwonly.len()];
    for (slot, v) in slots.iter_mut().zip(pos.iter().take(np)) {
        *slot = Some(v);
    }
    for (k, v) in args.kwargs() {
        let k = crate::object::str_of(k);
        let at = match sig.params.iter().position(|p| *p == k) {
            Some(i) => Some(i),
            None => sig.kwonly.iter().position(|p| *p == k).map(|i| np + i),
        };
        match at {
            Some(i) if slots[i].is_some() => {
                return Err(type_error(format!(
                    "{q}() got multiple values for argument '{k}'"
                )))
            }
            Some(i) => slots[i] = Some(v),
            None => {
                return Err(type_error(format!(
                    "{q}() got an unexpected keyword argument '{k}'"
                )))
            }
        }
    }
    if pos.len() > np {
        let plural = if np == 1 { "" } else { "s" };
        let was = if pos.len() == 1 { "was" } else { "were" };
        return Err(type_error(if sig.required < np {
            format!(
                "{q}() takes from {} to {np} positional arguments but {} {was} given",
                sig.required,
                pos.len()
            )
        } else {
            format!(
                "{q}() takes {np} positional argument{plural} but {} {was} given",
                pos.len()
            )
        }));
    }
    let missing: Vec<String> = sig.params[..sig.required]
        .iter()
        .zip(&slots)
        .filter(|(_, s)| s.is_none())
        .map(|(p, _)| format!("'{p}'"))
        .collect();
    if !missing.is_empty() {
        let n = missing.len();
        let names = match n {
            1 => missing[0].clone(),
            2 => format!("{} and {}", missing[0], missing[1]),
            _ => format!("{}, and {}", missing[..n - 1].join(", "), missing[n - 1]),
        };
        return Err(type_error(format!(
            "{q}() missing {n} required positional argument{}: {names}",
            if n == 1 { "" } else { "s" }
        )));
    }
    Ok(slots)
}

/// The state of a `Random` object (`name` is the method asking, for the error).
pub(crate) fn data<'a>(v: &'a Value, name: &str) -> PyResult<&'a RandomData> {
    native_ref::<RandomData>(v).ok_or_else(|| {
        type_error(format!(
            "descriptor '{name}' for '_random.Random' objects doesn't apply to a '{}' object",
            type_name(v)
        ))
    })
}

/// Checks the arguments of a method `_random.Random` defines in C with no parameters.
fn no_args(args: &Args, name: &str) -> PyResult<()> {
    if args.pos().is_empty() {
        return Err(type_error(format!(
            "unbound method Random.{name}() needs an argument"
        )));
    }
    if args.has_kwargs() {
        return Err(type_error(format!(
            "Random.{name}() takes no keyword arguments"
        )));
    }
    if args.pos().len() > 1 {
        return Err(type_error(format!(
            "Random.{name}() takes no arguments ({} given)",
            args.pos().len() - 1
        )));
    }
    Ok(())
}

/// `obj.name(*args)`.
pub(crate) fn call_method(vm: &mut Vm, obj: &Value, name: &str, args: &[Value]) -> PyResult<Value> {
    let f = ops::attr::get_attr_str(vm, obj, name)?;
    call(vm, &f, args)
}

/// `self.name` when the class of `this` replaces `Random`'s method of that name; None when
/// `Random`'s own applies, so that the method can use the generator directly.
pub(crate) fn override_of(vm: &mut Vm, this: &Value, name: &str) -> PyResult<Option<Value>> {
    let cls = class_of(this);
    let base = &classes().random;
    if cls.is(base) {
        return Ok(None);
    }
    match (lookup_str(&cls, name), lookup_str(base, name)) {
        (Some(f), Some(own)) if f.is(&own) => Ok(None),
        _ => ops::attr::get_attr_str(vm, this, name).map(Some),
    }
}

/// Where `self.random()` gets its numbers.
pub(crate) enum Source<'a> {
    Mt(&'a RandomData),
    Call(Value),
}

impl Source<'_> {
    pub fn of<'a>(vm: &mut Vm, this: &'a Value, name: &str) -> PyResult<Source<'a>> {
        Ok(match override_of(vm, this, "random")? {
            None => Source::Mt(data(this, name)?),
            Some(f) => Source::Call(f),
        })
    }

    /// `self.random()`.
    pub fn random(&self, vm: &mut Vm) -> PyResult<f64> {
        match self {
            Source::Mt(d) => Ok(d.mt.borrow_mut().random()),
            Source::Call(f) => {
                let r = call(vm, f, &[])?;
                to_f64(vm, &r)
            }
        }
    }
}

/// How `self._randbelow(n)` works for the class of `self`: random.py's `__init_subclass__`
/// picks `_randbelow_with_getrandbits` or `_randbelow_without_getrandbits` by which of
/// `_randbelow`, `getrandbits` and `random` the first class along the MRO defines.
pub(crate) enum Below<'a> {
    Mt(&'a RandomData),
    /// `_randbelow_with_getrandbits` with this `self.getrandbits`.
    Bits(Value),
    /// `_randbelow_without_getrandbits` with this `self.random`.
    NoBits(Value),
    /// The class's own `_randbelow`.
    Custom(Value),
}

impl Below<'_> {
    pub fn of<'a>(vm: &mut Vm, this: &'a Value, name: &str) -> PyResult<Below<'a>> {
        let cls = class_of(this);
        let base = classes().random.clone();
        if !cls.is(&base) {
            let mro = class_data(&cls).mro.borrow().clone();
            for c in mro.iter().take_while(|c| !c.is(&base)) {
                let d = &class_data(c).dict;
                let mut attr = |n| ops::attr::get_attr_str(vm, this, n);
                if dict::get_by_str(d, "_randbelow").is_some() {
                    return Ok(Below::Custom(attr("_randbelow")?));
                }
                if dict::get_by_str(d, "getrandbits").is_some() {
                    return Ok(Below::Bits(attr("getrandbits")?));
                }
                if dict::get_by_str(d, "random").is_some() {
                    return Ok(Below::NoBits(attr("random")?));
                }
            }
        }
        Ok(Below::Mt(data(this, name)?))
    }

    /// `self._randbelow(n)` for `n > 0`.
    pub fn below(&self, vm: &mut Vm, n: u64) -> PyResult<Value> {
        match self {
            Below::Mt(d) => Ok(int_value(below_u64(&mut d.mt.borrow_mut(), n) as i128)),
            _ => self.below_big(vm, &BigInt::from(n)),
        }
    }

    /// [`Below::below`] as an index: what a custom `_randbelow` returns must be an int.
    pub fn below_index(&self, vm: &mut Vm, n: u64) -> PyResult<i64> {
        match self {
            Below::Mt(d) => Ok(below_u64(&mut d.mt.borrow_mut(), n) as i64),
            _ => {
                let r = self.below(vm, n)?;
                crate::builtins::number::ssize_arg(vm, &r)
            }
        }
    }

    /// `self._randbelow(n)` for any `n > 0`.
    pub fn below_big(&self, vm: &mut Vm, n: &BigInt) -> PyResult<Value> {
        match self {
            Below::Mt(d) => {
                let mut mt = d.mt.borrow_mut();
                Ok(match n.to_u64() {
                    Some(n) => int_value(below_u64(&mut mt, n) as i128),
                    None => {
                        let k = n.bits();
                        let mut r = mt.bits_big(k);
                        while &r >= n {
                            r = mt.bits_big(k);
                        }
                        Value::from_bigint(r)
                    }
                })
            }
            Below::Custom(f) => call(vm, f, &[Value::from_bigint(n.clone())]),
            Below::Bits(f) => {
                let n = Value::from_bigint(n.clone());
                let k = call_method(vm, &n, "bit_length", &[])?;
                let mut r = call(vm, f, std::slice::from_ref(&k))?;
                while compare(vm, CmpOp::Ge, &r, &n)? {
                    r = call(vm, f, std::slice::from_ref(&k))?;
                }
                Ok(r)
            }
            Below::NoBits(f) => {
                // random.py warns (UserWarning) and scales one float when n >= 2**53.
                let maxsize = BigInt::one() << 53u32;
                if n >= &maxsize {
                    return Err(not_implemented_error(
                        "_randbelow() without getrandbits() for n >= 2**53 warns in CPython; \
                         pyjit has no warnings to show",
                    ));
                }
                let n = n.to_u64().expect("below 2**53");
                let maxsize = 1u64 << 53;
                let limit = (maxsize - maxsize % n) as f64 / maxsize as f64;
                let mut r = to_f64_call(vm, f)?;
                while r >= limit {
                    r = to_f64_call(vm, f)?;
                }
                // `_floor(r * maxsize) % n`
                let floor = float_to_int((r * maxsize as f64).floor())?;
                ops::arith::binary_op(vm, BinOp::Mod, &floor, &Value::Int(n as i64))
            }
        }
    }
}

fn to_f64_call(vm: &mut Vm, f: &Value) -> PyResult<f64> {
    let r = call(vm, f, &[])?;
    to_f64(vm, &r)
}

/// `_randbelow_with_getrandbits(n)` on the twister: `getrandbits(n.bit_length())` until the
/// result is below `n`.
fn below_u64(mt: &mut Mt19937, n: u64) -> u64 {
    let k = 64 - n.leading_zeros();
    let mut r = mt.bits_u64(k);
    while r >= n {
        r = mt.bits_u64(k);
    }
    r
}

/// An int value from an i128.
pub(crate) fn int_value(i: i128) -> Value {
    match i64::try_from(i) {
        Ok(i) => Value::Int(i),
        Err(_) => Value::from_bigint(BigInt::from(i)),
    }
}

/// `a op b` as a bool.
pub(crate) fn compare(vm: &mut Vm, op: CmpOp, a: &Value, b: &Value) -> PyResult<bool> {
    let r = ops::compare::compare(vm, op, a, b)?;
    ops::truthy(vm, &r)
}

/// An argument of C type `int` (`_PyLong_AsInt`).
fn c_int(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    index_required(vm, v)?
        .to_i32()
        .map(i64::from)
        .ok_or_else(|| overflow_error("Python int too large to convert to C int"))
}

// ---- construction and seeding -------------------------------------------------------------

const INIT: Sig = Sig {
    qualname: "Random.__init__",
    params: &["self", "x"],
    required: 1,
    kwonly: &[],
};

/// `Random.__new__(cls, ...)`. Calling `Random` or `SystemRandom` itself runs only `__new__`
/// (see `type_::construct`), so this also does `__init__`'s work; for a user subclass the
/// arguments go to `__init__` alone and `__new__` only seeds as `Random()` would.
fn random_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = match args.pos().first() {
        Some(Value::Obj(c))
            if matches!(c.payload, Payload::Class(_)) && is_subclass(c, &classes().random) =>
        {
            c.clone()
        }
        Some(v) => {
            return Err(type_error(format!(
                "Random.__new__(X): X is not a type object ({})",
                type_name(v)
            )))
        }
        None => return Err(type_error("Random.__new__(): not enough arguments")),
    };
    let obj = new_random(&cls);
    let mut v = vec![obj.clone()];
    if class_data(&cls).builtin {
        v.extend_from_slice(&args.values[1..]);
        init(
            vm,
            Args {
                values: &v,
                kwnames: args.kwnames,
            },
        )?;
    } else {
        init(vm, Args::positional(&v))?;
    }
    Ok(obj)
}

fn random_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    init(vm, args)?;
    Ok(Value::None)
}

/// random.py's `__init__`: `self.seed(x)`, `self.gauss_next = None`.
fn init(vm: &mut Vm, args: Args) -> PyResult<()> {
    let s = bind_py(&INIT, &args)?;
    let this = s[0].expect("required");
    let x = s[1].cloned().unwrap_or(Value::None);
    match override_of(vm, this, "seed")? {
        None => seed_with(vm, this, &x, &Value::Int(2))?,
        Some(f) => {
            call(vm, &f, &[x])?;
        }
    }
    *data(this, "__init__")?.gauss_next.borrow_mut() = Value::None;
    Ok(())
}

const SEED: Sig = Sig {
    qualname: "Random.seed",
    params: &["self", "a", "version"],
    required: 1,
    kwonly: &[],
};

fn seed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = bind_py(&SEED, &args)?;
    let a = s[1].cloned().unwrap_or(Value::None);
    let version = s[2].cloned().unwrap_or(Value::Int(2));
    seed_with(vm, s[0].expect("required"), &a, &version)?;
    Ok(Value::None)
}

/// random.py's `seed(a, version)`, then `_random.Random.seed`.
fn seed_with(vm: &mut Vm, this: &Value, a: &Value, version: &Value) -> PyResult<()> {
    let d = data(this, "seed")?;
    match seed_key(vm, a, version)? {
        Some(key) => d.mt.borrow_mut().seed_biguint(&key),
        None => seed_from_entropy(d),
    }
    *d.gauss_next.borrow_mut() = Value::None;
    Ok(())
}

/// The integer random.py's `seed` hands to `_random.Random.seed`, made non-negative as that
/// does (None: seed from the OS).
fn seed_key(vm: &mut Vm, a: &Value, version: &Value) -> PyResult<Option<BigUint>> {
    let text: Option<Vec<u8>> = match a.payload() {
        Some(Payload::Str(s)) => Some(s.as_str().as_bytes().to_vec()),
        Some(Payload::Bytes(b)) => Some(b.to_vec()),
        _ => None,
    };
    if compare(vm, CmpOp::Eq, version, &Value::Int(1))? {
        if let Some(bytes) = &text {
            // Version 1: Python 2's string hash of the (latin-1 decoded) characters.
            let chars: Vec<u64> = match a.payload() {
                Some(Payload::Str(s)) => s.as_str().chars().map(u64::from).collect(),
                _ => bytes.iter().map(|&b| u64::from(b)).collect(),
            };
            let mut x: u64 = chars.first().map_or(0, |&c| c << 7);
            for &c in &chars {
                x = 1_000_003u64.wrapping_mul(x) ^ c;
            }
            x ^= chars.len() as u64;
            return Ok(Some(BigUint::from(x)));
        }
    } else if compare(vm, CmpOp::Eq, version, &Value::Int(2))? {
        let bytes = match a.payload() {
            Some(Payload::ByteArray(b)) => Some(b.borrow().clone()),
            _ => text,
        };
        if let Some(mut bytes) = bytes {
            // `int.from_bytes(a + sha512(a).digest())`, big-endian.
            let digest = sha512::digest(&bytes);
            bytes.extend_from_slice(&digest);
            return Ok(Some(BigUint::from_bytes_be(&bytes)));
        }
    }
    let float = types().float.clone();
    Ok(Some(match a {
        Value::None => return Ok(None),
        Value::Int(i) => BigUint::from(i.unsigned_abs()),
        Value::Bool(b) => BigUint::from(*b as u8),
        Value::Obj(o) if matches!(o.payload, Payload::BigInt(_)) => {
            as_bigint(a).expect("an int").magnitude().clone()
        }
        _ if matches!(a, Value::Float(_))
            || ops::attr::is_instance(a, &float)
            || matches!(
                a.payload(),
                Some(Payload::Str(_) | Payload::Bytes(_) | Payload::ByteArray(_))
            ) =>
        {
            // `_random.Random.seed` of anything but an int: the hash, as a C size_t.
            BigUint::from(ops::hash(vm, a)? as u64)
        }
        _ => {
            return Err(type_error(
                "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.",
            ))
        }
    }))
}

/// Seeds from 624 words of OS entropy, as CPython does for `seed(None)`; from the time and
/// process id if the OS has none to give.
fn seed_from_entropy(d: &RandomData) {
    let mut buf = vec![0u8; mersenne::N * 4];
    let read = std::fs::File::open("/dev/urandom")
        .and_then(|mut f| std::io::Read::read_exact(&mut f, &mut buf));
    let key: Vec<u32> = match read {
        Ok(()) => buf
            .chunks_exact(4)
            .map(|c| u32::from_le_bytes(c.try_into().expect("4 bytes")))
            .collect(),
        Err(_) => {
            let now = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap_or_default();
            vec![now.as_secs() as u32, now.subsec_nanos(), std::process::id()]
        }
    };
    d.mt.borrow_mut().init_by_array(&key);
}

// ---- the core generator -------------------------------------------------------------------

fn random_random(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_args(&args, "random")?;
    let d = data(&args.values[0], "random")?;
    let r = d.mt.borrow_mut().random();
    Ok(Value::Float(r))
}

/// The bit count given to `getrandbits` (a C int, not negative).
fn bit_count(vm: &mut Vm, k: &Value) -> PyResult<u64> {
    let k = c_int(vm, k)?;
    if k < 0 {
        return Err(value_error("number of bits must be non-negative"));
    }
    Ok(k as u64)
}

/// `getrandbits(k)` on the twister.
fn bits_value(mt: &mut Mt19937, k: u64) -> Value {
    match k {
        0 => Value::Int(0),
        1..=63 => Value::Int(mt.bits_u64(k as u32) as i64),
        _ => Value::from_bigint(mt.bits_big(k)),
    }
}

/// The one argument of a C method taking exactly one (`getrandbits`, `setstate`).
fn one_arg<'a>(args: &Args<'a>, name: &str) -> PyResult<(&'a Value, &'a Value)> {
    if args.has_kwargs() {
        return Err(type_error(format!(
            "Random.{name}() takes no keyword arguments"
        )));
    }
    match args.pos() {
        [this, arg] => Ok((this, arg)),
        [] => Err(type_error(format!(
            "unbound method Random.{name}() needs an argument"
        ))),
        more => Err(type_error(format!(
            "Random.{name}() takes exactly one argument ({} given)",
            more.len() - 1
        ))),
    }
}

fn getrandbits(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (this, k) = one_arg(&args, "getrandbits")?;
    let d = data(this, "getrandbits")?;
    let k = bit_count(vm, k)?;
    let r = bits_value(&mut d.mt.borrow_mut(), k);
    Ok(r)
}

const RANDBYTES: Sig = Sig {
    qualname: "Random.randbytes",
    params: &["self", "n"],
    required: 2,
    kwonly: &[],
};

/// `self.getrandbits(n * 8).to_bytes(n, 'little')`.
fn randbytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = bind_py(&RANDBYTES, &args)?;
    let (this, n) = (s[0].expect("required"), s[1].expect("required"));
    let k = ops::arith::binary_op(vm, BinOp::Mul, n, &Value::Int(8))?;
    match override_of(vm, this, "getrandbits")? {
        None => {
            let d = data(this, "randbytes")?;
            let bits = bit_count(vm, &k)?;
            let nbytes = (bits / 8) as usize;
            let mut bytes = d.mt.borrow_mut().bits_big(bits).to_bytes_le().1;
            bytes.resize(nbytes, 0);
            Ok(new_bytes(bytes))
        }
        Some(f) => {
            let r = call(vm, &f, &[k])?;
            call_method(vm, &r, "to_bytes", &[n.clone(), new_str("little")])
        }
    }
}

fn randbelow_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    const SIG: Sig = Sig {
        qualname: "Random._randbelow_with_getrandbits",
        params: &["self", "n"],
        required: 2,
        kwonly: &[],
    };
    let s = bind_py(&SIG, &args)?;
    let (this, n) = (s[0].expect("required"), s[1].expect("required"));
    let n = index_required(vm, n)?;
    if !n.is_positive() {
        // CPython's `getrandbits(k)` loop never ends for n <= 0 ... except for 0 bits:
        // n == 0 gives getrandbits(0) == 0 >= 0 forever; refuse instead of hanging.
        return Err(value_error("_randbelow() needs n > 0"));
    }
    Below::of(vm, this, "_randbelow")?.below_big(vm, &n)
}

// ---- state --------------------------------------------------------------------------------

fn getstate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    const SIG: Sig = Sig {
        qualname: "Random.getstate",
        params: &["self"],
        required: 1,
        kwonly: &[],
    };
    let s = bind_py(&SIG, &args)?;
    let this = s[0].expect("required");
    let version = ops::attr::get_attr_str(vm, this, "VERSION")?;
    let d = data(this, "getstate")?;
    let internal = {
        let mt = d.mt.borrow();
        let (words, index) = mt.state();
        let mut items: Vec<Value> = words.iter().map(|&w| Value::Int(w as i64)).collect();
        items.push(Value::Int(index as i64));
        new_tuple(items)
    };
    let gauss_next = d.gauss_next.borrow().clone();
    Ok(new_tuple(vec![version, internal, gauss_next]))
}

fn setstate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    const SIG: Sig = Sig {
        qualname: "Random.setstate",
        params: &["self", "state"],
        required: 2,
        kwonly: &[],
    };
    let s = bind_py(&SIG, &args)?;
    let (this, state) = (s[0].expect("required"), s[1].expect("required"));
    let version = ops::seq::get_item(vm, state, &Value::Int(0))?;
    let v3 = compare(vm, CmpOp::Eq, &version, &Value::Int(3))?;
    if !v3 && !compare(vm, CmpOp::Eq, &version, &Value::Int(2))? {
        let mine = ops::attr::get_attr_str(vm, this, "VERSION")?;
        return Err(value_error(format!(
            "state with version {} passed to Random.setstate() of version {}",
            ops::repr::str(vm, &version)?,
            ops::repr::str(vm, &mine)?
        )));
    }
    let mut parts = Vec::new();
    ops::seq::unpack(vm, state, 3, None, &mut parts)?;
    // `unpack` leaves the first target on top: `parts` is [gauss_next, internalstate, version].
    let (gauss_next, mut internal) = (parts[0].clone(), parts[1].clone());
    ops::attr::set_attr(vm, this, &crate::object::intern("gauss_next"), gauss_next)?;
    if !v3 {
        // Version 2 saved the words as signed ints: `tuple(x % 2**32 for x in ...)`, with a
        // ValueError from the arithmetic turned into a TypeError.
        let mut words = Vec::new();
        let modulus = Value::Int(1 << 32);
        for x in ops::iter::collect(vm, &internal)? {
            match ops::arith::binary_op(vm, BinOp::Mod, &x, &modulus) {
                Ok(w) => words.push(w),
                Err(e) if e.is_instance(&crate::object::exc_types().value_error) => {
                    let err = type_error("");
                    ops::exc::set_cause(vm, &err, e.value())?;
                    return Err(err);
                }
                Err(e) => return Err(e),
            }
        }
        internal = new_tuple(words);
    }
    set_internal_state(vm, data(this, "setstate")?, &internal)?;
    Ok(Value::None)
}

/// `_random.Random.setstate`: 624 words as unsigned C longs (kept modulo 2**32) and the
/// index, with CPython's checks.
fn set_internal_state(vm: &mut Vm, d: &RandomData, state: &Value) -> PyResult<()> {
    let Some(Payload::Tuple(items)) = state.payload() else {
        return Err(type_error("state vector must be a tuple"));
    };
    if items.len() != mersenne::N + 1 {
        return Err(value_error("state vector is the wrong size"));
    }
    let mut words = [0u32; mersenne::N];
    for (w, item) in words.iter_mut().zip(items.iter()) {
        let Some(b) = as_bigint(item) else {
            return Err(type_error("an integer is required"));
        };
        if b.sign() == Sign::Minus {
            return Err(overflow_error(
                "can't convert negative value to unsigned int",
            ));
        }
        let Some(x) = b.to_u64() else {
            return Err(overflow_error(
                "Python int too large to convert to C unsigned long",
            ));
        };
        *w = x as u32;
    }
    let index = index_required(vm, &items[mersenne::N])?
        .to_i64()
        .ok_or_else(|| overflow_error("Python int too large to convert to C long"))?;
    if !(0..=mersenne::N as i64).contains(&index) {
        return Err(value_error("invalid state"));
    }
    d.mt.borrow_mut().set_state(words, index as usize);
    Ok(())
}

// ---- SystemRandom -------------------------------------------------------------------------

/// `n` bytes of OS entropy (`os.urandom`).
fn urandom(n: usize) -> PyResult<Vec<u8>> {
    let mut buf = vec![0u8; n];
    std::fs::File::open("/dev/urandom")
        .and_then(|mut f| std::io::Read::read_exact(&mut f, &mut buf))
        .map_err(|e| crate::object::exception::os_error(e.to_string()))?;
    Ok(buf)
}

/// `(int.from_bytes(_urandom(7)) >> 3) * RECIP_BPF`.
fn system_random_random(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_args(&args, "random")?;
    let mut b = [0u8; 8];
    b[1..].copy_from_slice(&urandom(7)?);
    Ok(Value::Float(
        (u64::from_be_bytes(b) >> 3) as f64 * 2f64.powi(-53),
    ))
}

fn system_getrandbits(vm: &mut Vm, args: Args) -> PyResult<Value> {
    const SIG: Sig = Sig {
        qualname: "SystemRandom.getrandbits",
        params: &["self", "k"],
        required: 2,
        kwonly: &[],
    };
    let s = bind_py(&SIG, &args)?;
    let k = index_required(vm, s[1].expect("required"))?;
    if k.is_negative() {
        return Err(value_error("number of bits must be non-negative"));
    }
    let k = k
        .to_u64()
        .ok_or_else(|| overflow_error("cannot fit 'int' into an index-sized integer"))?;
    let nbytes = k.div_ceil(8);
    let x = BigUint::from_bytes_be(&urandom(nbytes as usize)?);
    Ok(Value::from_bigint(BigInt::from(x >> (nbytes * 8 - k))))
}

fn system_randbytes(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = bind_py(
        &Sig {
            qualname: "SystemRandom.randbytes",
            ..RANDBYTES
        },
        &args,
    )?;
    let n = crate::builtins::number::ssize_arg(vm, s[1].expect("required"))?;
    if n < 0 {
        return Err(value_error("negative argument not allowed"));
    }
    Ok(new_bytes(urandom(n as usize)?))
}

/// "Stub method.  Not used for a system random number generator."
fn system_seed(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

fn system_no_state(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(not_implemented_error(
        "System entropy source does not have state.",
    ))
}

fn gauss_next_get(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = args.pos().first().cloned().unwrap_or(Value::None);
    let v = data(&this, "gauss_next")?.gauss_next.borrow().clone();
    Ok(v)
}

fn gauss_next_set(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [this, v] = args.pos() else {
        return Err(type_error("gauss_next setter expects one value"));
    };
    *data(this, "gauss_next")?.gauss_next.borrow_mut() = v.clone();
    Ok(Value::None)
}
