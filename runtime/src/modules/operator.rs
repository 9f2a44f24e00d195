//! The `operator` module: Python's operators as functions, and the `itemgetter`,
//! `attrgetter` and `methodcaller` callables, as CPython's `_operator` has them. Each
//! function calls the same runtime operation the interpreter uses for the operator
//! (`ops::arith::binary_op` for `add`, `ops::compare::compare` for `lt`, ...), so results
//! and error messages are the operators' own. The dunder aliases (`__add__`) are the same
//! function objects, as in CPython.

use std::cell::OnceCell;

use crate::builtins::number::{index_required, ssize_arg};
use crate::builtins::{add_method, add_module_function, no_kwargs};
use crate::bytecode::{BinOp, CmpOp, UnaryOp};
use crate::interp::call::call_args;
use crate::interp::{call, Vm};
use crate::object::class::{class_data, lookup_str, Layout};
use crate::object::exception::{type_error, value_error};
use crate::object::function::{Args, NativeFn};
use crate::object::types::make_class;
use crate::object::{
    as_str, class_of, exc_types, native_ref, new_module, new_native, new_str, new_tuple, str_of,
    type_name, types, NativeData, Obj, Payload,
};
use crate::ops;
use crate::value::Value;
use crate::PyResult;

struct Classes {
    itemgetter: Obj,
    attrgetter: Obj,
    methodcaller: Obj,
}

thread_local! {
    static CLASSES: OnceCell<&'static Classes> = const { OnceCell::new() };
}

fn classes() -> &'static Classes {
    CLASSES.with(|c| {
        *c.get_or_init(|| {
            let class = |name: &str, new: NativeFn, call: NativeFn, repr: NativeFn| {
                let cls = make_class(name, std::slice::from_ref(&types().object), Layout::Builtin);
                *class_data(&cls).module.borrow_mut() = "operator".to_string();
                add_method(&cls, "__new__", new);
                add_method(&cls, "__call__", call);
                add_method(&cls, "__repr__", repr);
                cls
            };
            Box::leak(Box::new(Classes {
                itemgetter: class(
                    "itemgetter",
                    itemgetter_new,
                    itemgetter_call,
                    itemgetter_repr,
                ),
                attrgetter: class(
                    "attrgetter",
                    attrgetter_new,
                    attrgetter_call,
                    attrgetter_repr,
                ),
                methodcaller: class(
                    "methodcaller",
                    methodcaller_new,
                    methodcaller_call,
                    methodcaller_repr,
                ),
            }))
        })
    })
}

/// Checks the positional count of a two- or three-operand function, with CPython's wording
/// (`add expected 2 arguments, got 1`).
fn operands<'a>(name: &str, args: &Args<'a>, n: usize) -> PyResult<&'a [Value]> {
    if args.has_kwargs() {
        return Err(type_error(format!(
            "_operator.{name}() takes no keyword arguments"
        )));
    }
    if args.values.len() != n {
        return Err(type_error(format!(
            "{name} expected {n} arguments, got {}",
            args.values.len()
        )));
    }
    Ok(args.values)
}

/// The operand of a one-operand function (`_operator.neg() takes exactly one argument`).
fn operand<'a>(name: &str, args: &Args<'a>) -> PyResult<&'a Value> {
    if args.has_kwargs() {
        return Err(type_error(format!(
            "_operator.{name}() takes no keyword arguments"
        )));
    }
    if args.values.len() != 1 {
        return Err(type_error(format!(
            "_operator.{name}() takes exactly one argument ({} given)",
            args.values.len()
        )));
    }
    Ok(&args.values[0])
}

macro_rules! binary {
    ($($f:ident $name:literal $op:expr;)*) => {$(
        fn $f(vm: &mut Vm, args: Args) -> PyResult<Value> {
            let a = operands($name, &args, 2)?;
            ops::arith::binary_op(vm, $op, &a[0], &a[1])
        }
    )*};
}

macro_rules! inplace {
    ($($f:ident $name:literal $op:expr;)*) => {$(
        fn $f(vm: &mut Vm, args: Args) -> PyResult<Value> {
            let a = operands($name, &args, 2)?;
            ops::arith::inplace_op(vm, $op, &a[0], &a[1])
        }
    )*};
}

macro_rules! comparison {
    ($($f:ident $name:literal $op:expr;)*) => {$(
        fn $f(vm: &mut Vm, args: Args) -> PyResult<Value> {
            let a = operands($name, &args, 2)?;
            ops::compare::compare(vm, $op, &a[0], &a[1])
        }
    )*};
}

macro_rules! unary {
    ($($f:ident $name:literal $op:expr;)*) => {$(
        fn $f(vm: &mut Vm, args: Args) -> PyResult<Value> {
            let a = operand($name, &args)?;
            ops::arith::unary_op(vm, $op, a)
        }
    )*};
}

binary! {
    add "add" BinOp::Add;
    sub "sub" BinOp::Sub;
    mul "mul" BinOp::Mul;
    matmul "matmul" BinOp::MatMul;
    truediv "truediv" BinOp::TrueDiv;
    floordiv "floordiv" BinOp::FloorDiv;
    mod_ "mod" BinOp::Mod;
    pow "pow" BinOp::Pow;
    lshift "lshift" BinOp::LShift;
    rshift "rshift" BinOp::RShift;
    and_ "and_" BinOp::And;
    or_ "or_" BinOp::Or;
    xor "xor" BinOp::Xor;
}

inplace! {
    iadd "iadd" BinOp::Add;
    isub "isub" BinOp::Sub;
    imul "imul" BinOp::Mul;
    imatmul "imatmul" BinOp::MatMul;
    itruediv "itruediv" BinOp::TrueDiv;
    ifloordiv "ifloordiv" BinOp::FloorDiv;
    imod "imod" BinOp::Mod;
    ipow "ipow" BinOp::Pow;
    ilshift "ilshift" BinOp::LShift;
    irshift "irshift" BinOp::RShift;
    iand "iand" BinOp::And;
    ior "ior" BinOp::Or;
    ixor "ixor" BinOp::Xor;
}

comparison! {
    lt "lt" CmpOp::Lt;
    le "le" CmpOp::Le;
    eq "eq" CmpOp::Eq;
    ne "ne" CmpOp::Ne;
    ge "ge" CmpOp::Ge;
    gt "gt" CmpOp::Gt;
}

unary! {
    neg "neg" UnaryOp::Neg;
    pos "pos" UnaryOp::Pos;
    inv "inv" UnaryOp::Invert;
    invert "invert" UnaryOp::Invert;
}

fn not_(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = operand("not_", &args)?;
    Ok(Value::Bool(!ops::truthy(vm, a)?))
}

fn truth(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = operand("truth", &args)?;
    Ok(Value::Bool(ops::truthy(vm, a)?))
}

fn is_(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = operands("is_", &args, 2)?;
    Ok(Value::Bool(a[0].is(&a[1])))
}

fn is_not(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = operands("is_not", &args, 2)?;
    Ok(Value::Bool(!a[0].is(&a[1])))
}

fn abs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    operand("abs", &args)?;
    crate::builtins::functions::abs(vm, args)
}

/// `operator.index`: always an exact int (a bool gives 0 or 1).
fn index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = operand("index", &args)?;
    Ok(Value::from_bigint(index_required(vm, a)?))
}

/// CPython's `PySequence_Check`: indexable, and not a dict.
fn is_sequence(v: &Value) -> bool {
    match v.payload() {
        Some(
            Payload::List(_)
            | Payload::Tuple(_)
            | Payload::Str(_)
            | Payload::Bytes(_)
            | Payload::ByteArray(_)
            | Payload::Range(_)
            | Payload::BigRange(_),
        ) => true,
        Some(Payload::Dict(_)) => false,
        Some(_) => lookup_str(&class_of(v), "__getitem__").is_some(),
        None => false,
    }
}

/// `PySequence_Concat` / `PySequence_InPlaceConcat`: `+` between sequences only.
fn sequence_concat(vm: &mut Vm, name: &str, args: &Args, inplace: bool) -> PyResult<Value> {
    let a = operands(name, args, 2)?;
    if !is_sequence(&a[0]) {
        return Err(type_error(format!(
            "'{}' object can't be concatenated",
            type_name(&a[0])
        )));
    }
    if inplace {
        ops::arith::inplace_op(vm, BinOp::Add, &a[0], &a[1])
    } else {
        ops::arith::binary_op(vm, BinOp::Add, &a[0], &a[1])
    }
}

fn concat(vm: &mut Vm, args: Args) -> PyResult<Value> {
    sequence_concat(vm, "concat", &args, false)
}

fn iconcat(vm: &mut Vm, args: Args) -> PyResult<Value> {
    sequence_concat(vm, "iconcat", &args, true)
}

fn contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = operands("contains", &args, 2)?;
    ops::seq::contains(vm, &a[0], &a[1]).map(Value::Bool)
}

/// Iterates `seq` for `countOf`/`indexOf`, with their TypeError for a non-iterable.
fn search_iter(vm: &mut Vm, seq: &Value) -> PyResult<Value> {
    ops::iter::get_iter(vm, seq).map_err(|e| {
        if e.is_instance(&exc_types().type_error) {
            type_error(format!(
                "argument of type '{}' is not iterable",
                type_name(seq)
            ))
        } else {
            e
        }
    })
}

fn count_of(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = operands("countOf", &args, 2)?;
    let it = search_iter(vm, &a[0])?;
    let mut n = 0;
    while let Some(v) = ops::iter::next(vm, &it)? {
        if ops::compare::eq(vm, &v, &a[1])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn index_of(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = operands("indexOf", &args, 2)?;
    let it = search_iter(vm, &a[0])?;
    let mut i = 0;
    while let Some(v) = ops::iter::next(vm, &it)? {
        if ops::compare::eq(vm, &v, &a[1])? {
            return Ok(Value::Int(i));
        }
        i += 1;
    }
    Err(value_error("sequence.index(x): x not in sequence"))
}

fn getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = operands("getitem", &args, 2)?;
    ops::seq::get_item(vm, &a[0], &a[1])
}

fn setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = operands("setitem", &args, 3)?;
    ops::seq::set_item(vm, &a[0], a[1].clone(), a[2].clone())?;
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = operands("delitem", &args, 2)?;
    ops::seq::del_item(vm, &a[0], &a[1])?;
    Ok(Value::None)
}

/// `length_hint(obj, default=0, /)`: `len(obj)`, else `obj.__length_hint__()`, else the
/// default, as CPython's `PyObject_LengthHint`.
fn length_hint(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs("length_hint", &args)?;
    match args.values.len() {
        0 => {
            return Err(type_error(
                "length_hint expected at least 1 argument, got 0",
            ))
        }
        1 | 2 => {}
        n => {
            return Err(type_error(format!(
                "length_hint expected at most 2 arguments, got {n}"
            )))
        }
    }
    let obj = &args.values[0];
    let default = match args.values.get(1) {
        Some(d) => ssize_arg(vm, d)?,
        None => 0,
    };
    match ops::len(vm, obj) {
        Ok(n) => return Ok(Value::Int(n as i64)),
        Err(e) if e.is_instance(&exc_types().type_error) => {}
        Err(e) => return Err(e),
    }
    let Some(hint) = lookup_str(&class_of(obj), "__length_hint__") else {
        return Ok(Value::Int(default));
    };
    let r = match call(vm, &hint, std::slice::from_ref(obj)) {
        Ok(r) => r,
        Err(e) if e.is_instance(&exc_types().type_error) => return Ok(Value::Int(default)),
        Err(e) => return Err(e),
    };
    if ops::arith::is_not_implemented(&r) {
        return Ok(Value::Int(default));
    }
    let n = match crate::builtins::number::as_bigint(&r) {
        Some(b) => num_traits::ToPrimitive::to_i64(&b).ok_or_else(|| {
            crate::object::exception::overflow_error("Python int too large to convert to C ssize_t")
        })?,
        None => {
            return Err(type_error(format!(
                "__length_hint__ must be an integer, not {}",
                type_name(&r)
            )))
        }
    };
    if n < 0 {
        return Err(value_error("__length_hint__() should return >= 0"));
    }
    Ok(Value::Int(n))
}

/// `call(obj, /, *args, **kwargs)` (new in 3.11).
fn call_fn(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos().is_empty() {
        return Err(type_error("call expected at least 1 argument, got 0"));
    }
    call_args(
        vm,
        &args.values[0],
        Args {
            values: &args.values[1..],
            kwnames: args.kwnames,
        },
    )
}

// ---- itemgetter, attrgetter, methodcaller --------------------------------------------------

/// The data of the three callable classes: what they were made with.
struct Getter {
    /// itemgetter: the keys; attrgetter: each name split at its dots (str objects);
    /// methodcaller: the method name then the positional arguments.
    items: Vec<Value>,
    /// attrgetter: the names as given, for the repr.
    names: Vec<Value>,
    /// methodcaller's keyword arguments.
    kwargs: Vec<(Obj, Value)>,
}

impl NativeData for Getter {
    fn is_container(&self) -> bool {
        true
    }

    fn traverse(&self, f: &mut dyn FnMut(&Obj)) -> bool {
        let kw = self.kwargs.iter().flat_map(|(k, v)| [Some(k), v.as_obj()]);
        self.items
            .iter()
            .chain(&self.names)
            .filter_map(Value::as_obj)
            .chain(kw.flatten())
            .for_each(f);
        true
    }
}

fn getter<'a>(v: &'a Value, cls: &Obj) -> PyResult<&'a Getter> {
    native_ref::<Getter>(v).ok_or_else(|| {
        type_error(format!(
            "descriptor requires a 'operator.{}' object but received a '{}'",
            class_data(cls).name_str(),
            type_name(v)
        ))
    })
}

/// The single argument of a getter call (`itemgetter expected 1 argument, got 2`).
fn call_operand<'a>(name: &str, args: &Args<'a>) -> PyResult<&'a Value> {
    if args.has_kwargs() {
        return Err(type_error(format!("{name}() takes no keyword arguments")));
    }
    let n = args.values.len() - 1;
    if n != 1 {
        return Err(type_error(format!("{name} expected 1 argument, got {n}")));
    }
    Ok(&args.values[1])
}

fn new_getter(args: &Args, g: Getter) -> PyResult<Value> {
    match args.values.first() {
        Some(Value::Obj(cls)) if matches!(cls.payload, Payload::Class(_)) => Ok(new_native(cls, g)),
        _ => Err(type_error("__new__(X): X is not a type object")),
    }
}

fn itemgetter_new(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs("itemgetter", &args)?;
    let items = &args.values[1..];
    if items.is_empty() {
        return Err(type_error("itemgetter expected 1 argument, got 0"));
    }
    new_getter(
        &args,
        Getter {
            items: items.to_vec(),
            names: Vec::new(),
            kwargs: Vec::new(),
        },
    )
}

fn itemgetter_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = getter(&args.values[0], &classes().itemgetter)?;
    let obj = call_operand("itemgetter", &args)?;
    if let [item] = &g.items[..] {
        return ops::seq::get_item(vm, obj, item);
    }
    let mut out = Vec::with_capacity(g.items.len());
    for item in &g.items {
        out.push(ops::seq::get_item(vm, obj, item)?);
    }
    Ok(new_tuple(out))
}

/// `NAME(r1, r2, ...)` with the reprs of `items`.
fn call_repr(vm: &mut Vm, this: &Value, items: &[Value], extra: &[String]) -> PyResult<Value> {
    let mut parts = Vec::with_capacity(items.len() + extra.len());
    for v in items {
        parts.push(ops::repr::repr(vm, v)?);
    }
    parts.extend_from_slice(extra);
    Ok(new_str(format!(
        "{}({})",
        type_name(this),
        parts.join(", ")
    )))
}

fn itemgetter_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = &args.values[0];
    let g = getter(this, &classes().itemgetter)?;
    call_repr(vm, this, &g.items, &[])
}

fn attrgetter_new(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs("attrgetter", &args)?;
    let names = &args.values[1..];
    if names.is_empty() {
        return Err(type_error("attrgetter expected 1 argument, got 0"));
    }
    let mut items = Vec::with_capacity(names.len());
    for n in names {
        let Some(s) = as_str(n) else {
            return Err(type_error("attribute name must be a string"));
        };
        let parts: Vec<Value> = s
            .split('.')
            .map(|p| Value::Obj(crate::object::intern(p)))
            .collect();
        items.push(new_tuple(parts));
    }
    new_getter(
        &args,
        Getter {
            items,
            names: names.to_vec(),
            kwargs: Vec::new(),
        },
    )
}

fn attrgetter_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = getter(&args.values[0], &classes().attrgetter)?;
    let obj = call_operand("attrgetter", &args)?;
    let mut out = Vec::with_capacity(g.items.len());
    for path in &g.items {
        let Some(Payload::Tuple(parts)) = path.payload() else {
            unreachable!("attrgetter paths are tuples")
        };
        let mut v = obj.clone();
        for p in parts.iter() {
            let name = p.as_obj().expect("attribute names are str objects");
            v = ops::attr::get_attr(vm, &v, name)?;
        }
        out.push(v);
    }
    if out.len() == 1 {
        return Ok(out.pop().expect("one"));
    }
    Ok(new_tuple(out))
}

fn attrgetter_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = &args.values[0];
    let g = getter(this, &classes().attrgetter)?;
    call_repr(vm, this, &g.names, &[])
}

fn methodcaller_new(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = &args.pos()[1..];
    let Some(name) = pos.first() else {
        return Err(type_error(
            "methodcaller needs at least one argument, the method name",
        ));
    };
    if as_str(name).is_none() {
        return Err(type_error("method name must be a string"));
    }
    let name = Value::Obj(crate::object::intern(as_str(name).expect("checked")));
    let mut items = vec![name];
    items.extend_from_slice(&pos[1..]);
    new_getter(
        &args,
        Getter {
            items,
            names: Vec::new(),
            kwargs: args.kwargs().map(|(k, v)| (k.clone(), v.clone())).collect(),
        },
    )
}

fn methodcaller_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = getter(&args.values[0], &classes().methodcaller)?;
    let obj = call_operand("methodcaller", &args)?;
    let name = g.items[0].as_obj().expect("the name is a str object");
    let method = ops::attr::get_attr(vm, obj, name)?;
    let mut values = g.items[1..].to_vec();
    values.extend(g.kwargs.iter().map(|(_, v)| v.clone()));
    let kwnames: Vec<Obj> = g.kwargs.iter().map(|(k, _)| k.clone()).collect();
    call_args(
        vm,
        &method,
        Args {
            values: &values,
            kwnames: &kwnames,
        },
    )
}

fn methodcaller_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = &args.values[0];
    let g = getter(this, &classes().methodcaller)?;
    let mut kw = Vec::with_capacity(g.kwargs.len());
    for (k, v) in &g.kwargs {
        kw.push(format!("{}={}", str_of(k), ops::repr::repr(vm, v)?));
    }
    call_repr(vm, this, &g.items, &kw)
}

// ---- the module ----------------------------------------------------------------------------

/// The functions, by name; each also gets a dunder alias unless noted in `NO_DUNDER`.
const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("lt", lt),
    ("le", le),
    ("eq", eq),
    ("ne", ne),
    ("ge", ge),
    ("gt", gt),
    ("not_", not_),
    ("truth", truth),
    ("is_", is_),
    ("is_not", is_not),
    ("abs", abs),
    ("add", add),
    ("and_", and_),
    ("floordiv", floordiv),
    ("index", index),
    ("inv", inv),
    ("invert", invert),
    ("lshift", lshift),
    ("mod", mod_),
    ("mul", mul),
    ("matmul", matmul),
    ("neg", neg),
    ("or_", or_),
    ("pos", pos),
    ("pow", pow),
    ("rshift", rshift),
    ("sub", sub),
    ("truediv", truediv),
    ("xor", xor),
    ("concat", concat),
    ("contains", contains),
    ("countOf", count_of),
    ("delitem", delitem),
    ("getitem", getitem),
    ("indexOf", index_of),
    ("setitem", setitem),
    ("length_hint", length_hint),
    ("call", call_fn),
    ("iadd", iadd),
    ("iand", iand),
    ("iconcat", iconcat),
    ("ifloordiv", ifloordiv),
    ("ilshift", ilshift),
    ("imod", imod),
    ("imul", imul),
    ("imatmul", imatmul),
    ("ior", ior),
    ("ipow", ipow),
    ("irshift", irshift),
    ("isub", isub),
    ("itruediv", itruediv),
    ("ixor", ixor),
];

/// Functions without a dunder alias in CPython's `operator.py`.
const NO_DUNDER: &[&str] = &[
    "truth",
    "is_",
    "is_not",
    "countOf",
    "indexOf",
    "length_hint",
];

pub fn create() -> Obj {
    let m = new_module("operator");
    let d = crate::object::module_dict(&m);
    let mut all = Vec::new();
    for (name, f) in FUNCTIONS {
        add_module_function(&m, name, *f);
        all.push(new_str(*name));
        if NO_DUNDER.contains(name) {
            continue;
        }
        // `__not__` is `not_`, `__and__` is `and_`: the alias drops the trailing underscore.
        let alias = format!("__{}__", name.trim_end_matches('_'));
        let f = crate::builtins::dict::get_by_str(&d, name).expect("just added");
        crate::builtins::dict::set_str_item(&d, &alias, f);
    }
    let c = classes();
    for cls in [&c.itemgetter, &c.attrgetter, &c.methodcaller] {
        let name = class_data(cls).name_str();
        crate::builtins::dict::set_str_item(&d, &name, Value::Obj(cls.clone()));
        all.push(new_str(name));
    }
    crate::builtins::dict::set_str_item(&d, "__all__", crate::object::new_list(all));
    m
}
