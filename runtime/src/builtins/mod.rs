//! The builtin functions and the methods of the builtin types.
//!
//! Every native is a [`NativeFn`]: `fn(&mut Vm, Args) -> PyResult<Value>`. Methods receive the
//! object as their first positional argument (`LoadMethod` passes it without binding). Each
//! file installs its functions with [`add_method`] / [`add_function`]; `install` calls them all.

pub mod bytes;
pub mod complex;
pub mod dict;
pub mod exception_group;
pub mod file;
pub mod functions;
pub mod list;
pub mod memoryview;
pub mod number;
pub mod range;
pub mod set;
pub mod str;
pub mod str_methods;
pub mod type_;

use std::cell::RefCell;

use crate::bytecode::BinOp;
use crate::interp::Vm;
use crate::object::class::{class_data, lookup_str};
use crate::object::exception::type_error;
use crate::object::function::{Args, NativeFn};
use crate::object::{intern, new_builtin, new_str, new_tuple, str_of, types, Obj, Payload};
use crate::value::Value;
use crate::PyResult;

/// Adds method `name` to builtin class `cls`.
pub fn add_method(cls: &Obj, name: &'static str, f: NativeFn) {
    let owner: &'static str = Box::leak(class_data(cls).name_str().into_boxed_str());
    let m = new_builtin(name, f, Some(owner));
    dict::set_item_str_obj(&class_data(cls).dict, &intern(name), m);
}

/// Adds a class attribute (a constant or a descriptor) to builtin class `cls`.
pub fn add_class_attr(cls: &Obj, name: &str, v: Value) {
    dict::set_item_str_obj(&class_data(cls).dict, &intern(name), v);
}

/// Adds a read-only property whose getter is native `f` to builtin class `cls`.
pub fn add_getter(cls: &Obj, name: &'static str, f: NativeFn) {
    let owner: &'static str = Box::leak(class_data(cls).name_str().into_boxed_str());
    let fget = new_builtin(name, f, Some(owner));
    let prop = Obj::new(
        &types().property,
        Payload::Property(Box::new(crate::object::Property::new([
            fget,
            Value::None,
            Value::None,
            Value::None,
        ]))),
    );
    add_class_attr(cls, name, Value::Obj(prop));
}

/// Adds builtin function `name` to the `builtins` module.
pub fn add_function(vm: &mut Vm, name: &'static str, f: NativeFn) {
    let b = new_builtin(name, f, None);
    dict::set_item_str_obj(&vm.builtins_dict, &intern(name), b);
}

/// Adds function `name` to a native module.
pub fn add_module_function(module: &Obj, name: &'static str, f: NativeFn) {
    let b = new_builtin(name, f, None);
    let d = crate::object::module_dict(module);
    dict::set_item_str_obj(&d, &intern(name), b);
}

/// Checks the positional argument count of a native, with CPython's usual wording.
pub fn check_args(name: &str, args: &Args, min: usize, max: usize) -> PyResult<()> {
    let n = args.pos().len();
    if n >= min && n <= max {
        return Ok(());
    }
    Err(type_error(if min == max {
        match min {
            0 => format!("{name}() takes no arguments ({n} given)"),
            1 => format!("{name}() takes exactly one argument ({n} given)"),
            _ => format!("{name} expected {min} arguments, got {n}"),
        }
    } else if n < min {
        format!(
            "{name} expected at least {min} argument{}, got {n}",
            if min == 1 { "" } else { "s" }
        )
    } else {
        format!(
            "{name} expected at most {max} argument{}, got {n}",
            if max == 1 { "" } else { "s" }
        )
    }))
}

/// Binds the arguments of a native with named parameters as CPython's argument clinic does:
/// the first `posonly` parameters are positional-only, the first `required` are required.
/// Returns one slot per parameter.
pub fn bind<'a>(
    name: &str,
    args: &Args<'a>,
    params: &[&str],
    posonly: usize,
    required: usize,
) -> PyResult<Vec<Option<&'a Value>>> {
    let pos = args.pos();
    let total = pos.len() + args.kwnames.len();
    if total > params.len() {
        return Err(type_error(format!(
            "{name}() takes at most {} argument{} ({total} given)",
            params.len(),
            if params.len() == 1 { "" } else { "s" }
        )));
    }
    if pos.len() < posonly.min(required) {
        let n = posonly.min(required);
        return Err(type_error(format!(
            "{name}() takes {} {n} positional argument{} ({} given)",
            if n < params.len() {
                "at least"
            } else {
                "exactly"
            },
            if n == 1 { "" } else { "s" },
            pos.len()
        )));
    }
    let mut out: Vec<Option<&'a Value>> = pos.iter().map(Some).collect();
    out.resize(params.len(), None);
    for (k, v) in args.kwargs() {
        let k = crate::object::str_of(k);
        match params.iter().position(|p| *p == k) {
            Some(i) if i >= posonly => {
                if i < pos.len() {
                    return Err(type_error(format!(
                        "argument for {name}() given by name ('{k}') and position ({})",
                        i + 1
                    )));
                }
                out[i] = Some(v);
            }
            _ => {
                return Err(type_error(format!(
                    "'{k}' is an invalid keyword argument for {name}()"
                )))
            }
        }
    }
    for (i, p) in params.iter().enumerate().take(required) {
        if out[i].is_none() {
            return Err(type_error(format!(
                "{name}() missing required argument '{p}' (pos {})",
                i + 1
            )));
        }
    }
    Ok(out)
}

/// Rejects keyword arguments for natives that take none.
pub fn no_kwargs(name: &str, args: &Args) -> PyResult<()> {
    if args.has_kwargs() {
        return Err(type_error(format!("{name}() takes no keyword arguments")));
    }
    Ok(())
}

/// Installs every builtin function, type method and constant.
pub fn install(vm: &mut Vm) {
    let t = types();
    functions::install(vm);
    type_::install(vm);
    dict::install(t);
    set::install(t);
    list::install(t);
    str::install(t);
    bytes::install(t);
    memoryview::install(t);
    number::install(t);
    complex::install(t);
    range::install(t);
    file::install(t);
    add_method(&t.generator, "__next__", crate::interp::generator::gen_next);
    add_method(&t.generator, "send", crate::interp::generator::gen_send);
    add_method(&t.generator, "throw", crate::interp::generator::gen_throw);
    add_method(&t.generator, "close", crate::interp::generator::gen_close);
    add_method(&t.generator, "__iter__", functions::identity_method);
    crate::interp::coroutine::install(t);
    let ic = crate::ops::iter::iter_classes();
    let iterators = [
        &t.iterator,
        &t.enumerate,
        &t.zip,
        &t.map,
        &t.filter,
        &t.reversed,
    ];
    for cls in iterators.into_iter().chain(ic.all()) {
        add_method(cls, "__next__", functions::iterator_next);
        add_method(cls, "__iter__", functions::identity_method);
    }
    // List and tuple iterators can be copied (`copy.copy`), through `__reduce__`.
    for cls in [&ic.list, &ic.tuple] {
        add_method(cls, "__reduce__", functions::seq_iterator_reduce);
        add_method(cls, "__setstate__", functions::seq_iterator_setstate);
    }
    // The iterators that know their remaining length (as in CPython: not enumerate, zip, ...).
    for cls in ic.all().into_iter().chain([&t.reversed]) {
        if !cls.is(&ic.callable) {
            add_method(cls, "__length_hint__", functions::iterator_length_hint);
        }
    }

    let d = &vm.builtins_dict.clone();
    let builtin_classes = [
        ("object", &t.object),
        ("type", &t.type_),
        ("int", &t.int),
        ("bool", &t.bool_),
        ("float", &t.float),
        ("complex", &t.complex),
        ("str", &t.str),
        ("bytes", &t.bytes),
        ("bytearray", &t.bytearray),
        ("memoryview", &t.memoryview),
        ("list", &t.list),
        ("tuple", &t.tuple),
        ("dict", &t.dict),
        ("set", &t.set),
        ("frozenset", &t.frozenset),
        ("range", &t.range),
        ("slice", &t.slice),
        ("property", &t.property),
        ("staticmethod", &t.staticmethod),
        ("classmethod", &t.classmethod),
        ("super", &t.super_),
        ("enumerate", &t.enumerate),
        ("zip", &t.zip),
        ("map", &t.map),
        ("filter", &t.filter),
        ("reversed", &t.reversed),
    ];
    for (name, cls) in builtin_classes {
        dict::set_str_item(d, name, Value::Obj((*cls).clone()));
    }
    for cls in t.exc.all() {
        let name = class_data(cls).name_str();
        dict::set_str_item(d, &name, Value::Obj(cls.clone()));
    }
    dict::set_str_item(d, "EnvironmentError", Value::Obj(t.exc.os_error.clone()));
    dict::set_str_item(d, "IOError", Value::Obj(t.exc.os_error.clone()));
    dict::set_str_item(d, "None", Value::None);
    dict::set_str_item(d, "True", Value::Bool(true));
    dict::set_str_item(d, "False", Value::Bool(false));
    dict::set_str_item(d, "NotImplemented", Value::Obj(t.not_implemented.clone()));
    dict::set_str_item(d, "Ellipsis", Value::Obj(t.ellipsis.clone()));
    dict::set_str_item(d, "__debug__", Value::Bool(true));
    install_union_type(vm);
    exception_group::install(vm);
    add_method(&t.member_descriptor, "__get__", member_get);
    add_method(&t.member_descriptor, "__set__", member_set);
    add_method(&t.member_descriptor, "__delete__", member_delete);
    install_base_reprs(t);
}

/// `__repr__` (and `str.__hash__`) in the dicts of the builtin types whose instances get them
/// from payload dispatch, so that `list.__repr__(x)` works and a class mixing a builtin type
/// with a Python base finds the builtin's method first in its MRO, as in CPython.
fn install_base_reprs(t: &crate::object::types::Types) {
    macro_rules! base_repr_of {
        ($($field:ident: $name:literal),* $(,)?) => {
            $(
                {
                    fn repr_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
                        check_args("__repr__", &args, 1, 1)?;
                        let v = &args.values[0];
                        if !crate::ops::attr::is_instance(v, &types().$field) {
                            return Err(type_error(format!(
                                "descriptor '__repr__' requires a '{}' object but received a '{}'",
                                $name,
                                crate::object::type_name(v)
                            )));
                        }
                        crate::ops::repr::base_repr(vm, v).map(crate::object::new_str)
                    }
                    add_method(&t.$field, "__repr__", repr_method);
                }
            )*
        };
    }
    base_repr_of!(
        str: "str", list: "list", tuple: "tuple", dict: "dict", set: "set",
        frozenset: "frozenset", bytes: "bytes", bytearray: "bytearray", range: "range",
        slice: "slice", type_: "type",
    );
    fn str_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
        check_args("__hash__", &args, 1, 1)?;
        let v = &args.values[0];
        match crate::object::as_str(v) {
            Some(_) => crate::ops::hash(vm, v).map(Value::Int),
            None => Err(type_error(format!(
                "descriptor '__hash__' requires a 'str' object but received a '{}'",
                crate::object::type_name(v)
            ))),
        }
    }
    add_method(&t.str, "__hash__", str_hash);
}

/// `member.__get__(obj, type=None)`: the slot's value, or the descriptor itself for no object.
fn member_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("__get__", &Args::positional(&args.pos()[1..]), 1, 2)?;
    let (descr, obj) = (&args.values[0], &args.values[1]);
    if obj.is_none() {
        return Ok(descr.clone());
    }
    let cls = crate::object::class_of(obj);
    crate::ops::attr::descr_get(vm, descr, obj, &cls)
}

/// `member.__set__(obj, value)` and `member.__delete__(obj)`.
fn member_store(vm: &mut Vm, descr: &Value, obj: &Value, value: Option<Value>) -> PyResult<Value> {
    let name = match descr.payload() {
        Some(Payload::Member(n, _)) => n.clone(),
        _ => return Err(type_error("descriptor requires a member_descriptor")),
    };
    if !crate::ops::attr::descr_set(vm, descr, obj, value)? {
        return Err(type_error(format!(
            "descriptor '{}' for objects doesn't apply to a '{}' object",
            str_of(&name),
            crate::object::type_name(obj)
        )));
    }
    Ok(Value::None)
}

fn member_set(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("__set__", &Args::positional(&args.pos()[1..]), 2, 2)?;
    member_store(
        vm,
        &args.values[0],
        &args.values[1],
        Some(args.values[2].clone()),
    )
}

fn member_delete(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("__delete__", &Args::positional(&args.pos()[1..]), 1, 1)?;
    member_store(vm, &args.values[0], &args.values[1], None)
}

/// `types.UnionType` (`int | str`), written in Python: all it needs is ordinary Python
/// behaviour (`__repr__`, `__eq__`, `__hash__`, `__or__`), which the runtime consults only in
/// Python code for instances of Python classes. `union(a, b)` is `a | b` for classes, `None`
/// and unions.
const UNION_PRELUDE: &str = r#"
NoneType = type(None)

def _name(t):
    if t is NoneType:
        return 'None'
    if isinstance(t, type):
        if t.__module__ == 'builtins':
            return t.__qualname__
        return t.__module__ + '.' + t.__qualname__
    return repr(t)

def _args(x):
    if isinstance(x, UnionType):
        return x.__args__
    if x is None:
        return (NoneType,)
    if isinstance(x, (type, GenericAlias)):
        return (x,)
    return None

def union(a, b):
    x = _args(a)
    y = _args(b)
    if x is None or y is None:
        return NotImplemented
    out = []
    for t in x + y:
        if t not in out:
            out.append(t)
    if len(out) == 1:
        return out[0]
    u = object.__new__(UnionType)
    u.__args__ = tuple(out)
    return u

class UnionType:
    __parameters__ = ()
    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 'types.UnionType' instances")
    def __repr__(self):
        return ' | '.join(_name(t) for t in self.__args__)
    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)
    def __hash__(self):
        return hash(frozenset(self.__args__))
    def __or__(self, other):
        return union(self, other)
    def __ror__(self, other):
        return union(other, self)

def _alias_arg(t):
    if t is Ellipsis:
        return '...'
    if isinstance(t, type) and not isinstance(t, GenericAlias):
        return _name(t)
    return repr(t)

class GenericAlias:
    """`list[int]`: a builtin generic class with its type arguments."""
    def __init__(self, origin, args):
        self.__origin__ = origin
        self.__args__ = args if isinstance(args, tuple) else (args,)
        self.__parameters__ = ()
    def __repr__(self):
        if not self.__args__:
            return _name(self.__origin__) + '[()]'
        return _name(self.__origin__) + '[' + ', '.join(_alias_arg(a) for a in self.__args__) + ']'
    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)
    def __mro_entries__(self, bases):
        return (self.__origin__,)
    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__
    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)
    def __or__(self, other):
        return union(self, other)
    def __ror__(self, other):
        return union(other, self)
    def __getattr__(self, name):
        # Everything but the alias's own attributes comes from the origin class.
        if name in ('__origin__', '__args__', '__parameters__', '__mro_entries__',
                    '__reduce__', '__reduce_ex__', '__copy__', '__deepcopy__'):
            raise AttributeError(name)
        return getattr(self.__origin__, name)

_class_getitem = classmethod(GenericAlias)
"#;

thread_local! {
    /// The `UnionType` class and the `union` function of the running interpreter.
    static UNION: RefCell<Option<(Obj, Value)>> = const { RefCell::new(None) };
}

fn install_union_type(vm: &mut Vm) {
    let ns = crate::object::new_dict();
    dict::set_str_item(&ns, "__name__", new_str("types"));
    crate::run_prelude(vm, "types", UNION_PRELUDE, &ns);
    let cls = dict::get_by_str(&ns, "UnionType").and_then(|c| c.as_obj().cloned());
    let union = dict::get_by_str(&ns, "union");
    if let (Some(cls), Some(union)) = (cls, union) {
        UNION.with(|u| *u.borrow_mut() = Some((cls, union)));
    }
    // The builtin generic classes: `list[int]` is a `GenericAlias`.
    if let Some(getitem) = dict::get_by_str(&ns, "_class_getitem") {
        let t = types();
        for cls in [
            &t.list,
            &t.dict,
            &t.tuple,
            &t.set,
            &t.frozenset,
            &t.enumerate,
        ] {
            add_class_attr(cls, "__class_getitem__", getitem.clone());
        }
    }
    let alias = dict::get_by_str(&ns, "GenericAlias");
    GENERIC_ALIAS.with(|g| *g.borrow_mut() = alias);
}

thread_local! {
    /// `types.GenericAlias` of the running interpreter.
    static GENERIC_ALIAS: RefCell<Option<Value>> = const { RefCell::new(None) };
}

/// Whether `v` is a `types.GenericAlias` (`list[int]`).
pub fn is_generic_alias(v: &Value) -> bool {
    GENERIC_ALIAS.with(|g| match g.borrow().as_ref() {
        Some(Value::Obj(alias)) => crate::object::class_of(v).is(alias),
        _ => false,
    })
}

/// `type[int]`: `type` has no `__class_getitem__`; subscripting it makes the alias directly
/// (as CPython's `PyObject_GetItem` does).
pub fn generic_alias(vm: &mut Vm, origin: &Value, args: &Value) -> PyResult<Value> {
    let alias = GENERIC_ALIAS.with(|g| g.borrow().clone());
    match alias {
        Some(a) => crate::interp::call(vm, &a, &[origin.clone(), args.clone()]),
        None => Err(type_error("type is not subscriptable")),
    }
}

/// The members of `v` if it is a `types.UnionType` (`int | str`).
pub fn union_args(vm: &mut Vm, v: &Value) -> PyResult<Option<Value>> {
    let Some(Payload::Instance(_)) = v.payload() else {
        return Ok(None);
    };
    let is_union = UNION.with(|u| {
        u.borrow().as_ref().is_some_and(|(cls, _)| {
            class_data(&crate::object::class_of(v))
                .mro
                .borrow()
                .iter()
                .any(|c| c.is(cls))
        })
    });
    if !is_union {
        return Ok(None);
    }
    crate::ops::attr::get_attr_str(vm, v, "__args__").map(Some)
}

/// Whether `v` can be an operand of `type.__or__`: `None`, or a class whose metaclass does not
/// define its own `|`.
fn union_operand(v: &Value) -> bool {
    match v {
        Value::None => true,
        Value::Obj(o) if matches!(o.payload, Payload::Class(_)) => {
            let meta = o.class();
            ["__or__", "__ror__"].iter().all(|n| {
                lookup_str(&meta, n)
                    .is_none_or(|f| matches!(f.payload(), Some(Payload::Builtin(_))))
            })
        }
        _ => false,
    }
}

/// Operators between builtin non-numeric types (`str + str`, `list * int`, `set | set`, ...).
/// `None` if the builtin types involved do not define `op`.
pub fn binary_builtin(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    let (pa, pb) = (a.payload(), b.payload());
    // Instances of user classes (including subclasses) dispatch through their dunders.
    if matches!(pa, Some(Payload::Instance(_))) || matches!(pb, Some(Payload::Instance(_))) {
        return Ok(None);
    }
    let (name, rname, _) = op.dunders();
    if crate::object::subclass::user_method(a, name).is_some()
        || crate::object::subclass::user_method(b, rname).is_some()
    {
        return Ok(None);
    }
    if op == BinOp::Or && union_operand(a) && union_operand(b) && !(a.is_none() && b.is_none()) {
        let union = UNION.with(|u| u.borrow().as_ref().map(|(_, f)| f.clone()));
        if let Some(f) = union {
            return crate::interp::call(vm, &f, &[a.clone(), b.clone()]).map(Some);
        }
    }
    match op {
        BinOp::Add => match (pa, pb) {
            (Some(Payload::Str(x)), Some(Payload::Str(y))) => {
                let mut s = String::with_capacity(x.as_str().len() + y.as_str().len());
                s.push_str(x.as_str());
                s.push_str(y.as_str());
                Ok(Some(new_str(s)))
            }
            (Some(Payload::List(x)), Some(Payload::List(y))) => {
                let mut v = x.borrow().clone();
                v.extend(y.borrow().iter().cloned());
                Ok(Some(crate::object::new_list(v)))
            }
            (Some(Payload::Tuple(x)), Some(Payload::Tuple(y))) => {
                let mut v = x.to_vec();
                v.extend(y.iter().cloned());
                Ok(Some(new_tuple(v)))
            }
            (Some(Payload::Bytes(_) | Payload::ByteArray(_)), Some(_)) => bytes::concat(vm, a, b),
            _ => Ok(None),
        },
        BinOp::Mul => {
            if let Some(v) = repeat(vm, a, b)? {
                return Ok(Some(v));
            }
            repeat(vm, b, a)
        }
        BinOp::Mod => match pa {
            Some(Payload::Str(s)) => {
                let fmt = s.as_str().to_string();
                str::percent_format(vm, &fmt, b).map(|s| Some(new_str(s)))
            }
            Some(Payload::Bytes(_) | Payload::ByteArray(_)) => bytes::percent(vm, a, b),
            _ => Ok(None),
        },
        BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor => match (pa, pb) {
            (
                Some(Payload::Set(_) | Payload::FrozenSet(_)),
                Some(Payload::Set(_) | Payload::FrozenSet(_)),
            ) => set::binary(vm, op, a, b).map(Some),
            (Some(Payload::DictView(..)), _) | (_, Some(Payload::DictView(..))) => {
                set::view_binary(vm, op, a, b)
            }
            (Some(Payload::Dict(_)), Some(Payload::Dict(_))) if op == BinOp::Or => {
                dict::merge_operator(vm, a, b).map(Some)
            }
            _ => Ok(None),
        },
        _ => Ok(None),
    }
}

/// `seq * n` for str, list, tuple, bytes.
fn repeat(vm: &mut Vm, seq: &Value, n: &Value) -> PyResult<Option<Value>> {
    let count = match n {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        // An int subclass instance with a small value.
        Value::Obj(o) if matches!(&o.payload, Payload::BigInt(b) if num_traits::ToPrimitive::to_i64(b).is_some()) =>
        {
            let Payload::BigInt(b) = &o.payload else {
                unreachable!("checked above")
            };
            num_traits::ToPrimitive::to_i64(b).expect("checked above")
        }
        Value::Obj(o) if matches!(o.payload, Payload::BigInt(_)) => {
            if let Some(
                Payload::Str(_) | Payload::List(_) | Payload::Tuple(_) | Payload::Bytes(_),
            ) = seq.payload()
            {
                return Err(crate::object::exception::overflow_error(
                    "cannot fit 'int' into an index-sized integer",
                ));
            }
            return Ok(None);
        }
        Value::Obj(o) if matches!(o.payload, Payload::Instance(_)) => {
            match crate::ops::seq::to_index(vm, n)? {
                Some(i) => i,
                None => return Ok(None),
            }
        }
        _ => return Ok(None),
    };
    let k = count.max(0) as usize;
    let too_big = |len: usize| -> PyResult<()> {
        if len.saturating_mul(k) > (1usize << 36) {
            return Err(crate::object::exception::memory_error(""));
        }
        Ok(())
    };
    Ok(match seq.payload() {
        Some(Payload::Str(s)) => {
            too_big(s.as_str().len())?;
            Some(new_str(s.as_str().repeat(k)))
        }
        Some(Payload::List(l)) => {
            let l = l.borrow();
            too_big(l.len())?;
            let mut v = Vec::with_capacity(l.len() * k);
            for _ in 0..k {
                v.extend(l.iter().cloned());
            }
            Some(crate::object::new_list(v))
        }
        Some(Payload::Tuple(t)) => {
            too_big(t.len())?;
            let mut v = Vec::with_capacity(t.len() * k);
            for _ in 0..k {
                v.extend(t.iter().cloned());
            }
            Some(new_tuple(v))
        }
        Some(Payload::Bytes(b)) => {
            too_big(b.len())?;
            Some(crate::object::new_bytes(b.repeat(k)))
        }
        Some(Payload::ByteArray(b)) => {
            let b = b.borrow();
            too_big(b.len())?;
            Some(crate::object::new_bytearray(b.repeat(k)))
        }
        _ => None,
    })
}

/// In-place operators of mutable builtins (`list += it`, `set |= s`, `dict |= d`).
pub fn inplace_builtin(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    match (op, a.payload()) {
        (BinOp::Add, Some(Payload::List(l))) => {
            let items = crate::ops::iter::collect(vm, b).map_err(|e| {
                if e.is_instance(&crate::object::exc_types().type_error) {
                    type_error(format!(
                        "'{}' object is not iterable",
                        crate::object::type_name(b)
                    ))
                } else {
                    e
                }
            })?;
            l.borrow_mut().extend(items);
            Ok(Some(a.clone()))
        }
        (BinOp::Mul, Some(Payload::List(l))) => {
            let k = match crate::ops::seq::to_index(vm, b)? {
                Some(k) => k.max(0) as usize,
                None => return Ok(None),
            };
            let mut l = l.borrow_mut();
            let orig = l.clone();
            l.clear();
            for _ in 0..k {
                l.extend(orig.iter().cloned());
            }
            Ok(Some(a.clone()))
        }
        (BinOp::Add, Some(Payload::ByteArray(_))) => bytes::iadd(a, b).map(Some),
        (BinOp::Mul, Some(Payload::ByteArray(_))) => bytes::imul(vm, a, b),
        (BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor, Some(Payload::Set(_))) => {
            if matches!(b.payload(), Some(Payload::Set(_) | Payload::FrozenSet(_))) {
                set::inplace(vm, op, a, b)?;
                Ok(Some(a.clone()))
            } else {
                Ok(None)
            }
        }
        (BinOp::Or, Some(Payload::Dict(_))) => {
            if let Value::Obj(d) = a {
                dict::update_from_mapping(vm, d, b, false)?;
            }
            Ok(Some(a.clone()))
        }
        _ => Ok(None),
    }
}

/// Attributes of builtin objects that are not methods (`range.start`, `f.__name__`, ...).
pub fn special_getattr(vm: &mut Vm, obj: &Value, name: &str) -> PyResult<Option<Value>> {
    let o = match obj {
        Value::Obj(o) => o,
        Value::Int(_) | Value::Bool(_) => return number::int_attr(obj, name),
        Value::Float(f) => {
            return Ok(match name {
                "real" => Some(Value::Float(*f)),
                "imag" => Some(Value::Float(0.0)),
                _ => None,
            })
        }
        _ => return Ok(None),
    };
    Ok(match &o.payload {
        Payload::BigInt(_) => return number::int_attr(obj, name),
        Payload::Member(member, owner) => match (name, owner.get()) {
            ("__name__", _) => Some(Value::Obj(member.clone())),
            ("__qualname__", Some(c)) => Some(new_str(format!(
                "{}.{}",
                class_data(c).qualname.borrow(),
                str_of(member)
            ))),
            ("__objclass__", Some(c)) => Some(Value::Obj(c.clone())),
            ("__doc__", _) => Some(Value::None),
            _ => None,
        },
        Payload::Function(f) => match name {
            "__name__" => Some(Value::Obj(f.name.borrow().clone())),
            "__qualname__" => Some(Value::Obj(f.qualname.borrow().clone())),
            "__doc__" => Some(f.doc.borrow().clone()),
            "__module__" => Some(f.module.borrow().clone()),
            "__globals__" => Some(Value::Obj(f.globals.clone())),
            "__defaults__" => {
                let d = f.defaults.borrow();
                Some(if d.is_empty() {
                    Value::None
                } else {
                    new_tuple(d.clone())
                })
            }
            "__kwdefaults__" => {
                let kw = f.kwdefaults.borrow();
                if kw.is_empty() {
                    Some(Value::None)
                } else {
                    let d = crate::object::new_dict();
                    for (k, v) in kw.iter() {
                        dict::set_item_str_obj(&d, k, v.clone());
                    }
                    Some(Value::Obj(d))
                }
            }
            "__closure__" => Some(if f.closure.is_empty() {
                Value::None
            } else {
                new_tuple(f.closure.iter().map(|c| Value::Obj(c.clone())).collect())
            }),
            "__code__" => Some(type_::code_object(&f.code)),
            "__dict__" => crate::ops::attr::instance_dict(obj),
            "__annotations__" => {
                let mut ann = f.annotations.borrow_mut();
                if ann.is_null() {
                    *ann = Value::Obj(crate::object::new_dict());
                }
                Some(ann.clone())
            }
            _ => f
                .dict
                .borrow()
                .as_ref()
                .and_then(|d| dict::get_by_str(d, name)),
        },
        Payload::Cell(c) => match name {
            "cell_contents" => {
                let v = c.borrow().clone();
                if v.is_null() {
                    return Err(crate::object::exception::value_error("Cell is empty"));
                }
                Some(v)
            }
            _ => None,
        },
        Payload::Method(m) => match name {
            "__self__" => Some(m.1.clone()),
            "__func__" => Some(m.0.clone()),
            "__name__" | "__qualname__" | "__doc__" | "__module__" => {
                Some(crate::ops::attr::get_attr_str(vm, &m.0, name)?)
            }
            // As CPython's method_getattro: what the method's class lacks is the function's
            // (`m.__wrapped__`, attributes set on the function).
            "__class__" => None,
            _ if crate::object::class::lookup_str(&o.class(), name).is_some() => None,
            _ => Some(crate::ops::attr::get_attr_str(vm, &m.0, name)?),
        },
        Payload::Builtin(b) => match name {
            "__name__" => Some(new_str(b.name)),
            "__qualname__" => Some(new_str(match b.owner {
                Some(o) if o != "builtins" => format!("{o}.{}", b.name),
                _ => b.name.to_string(),
            })),
            "__self__" => Some(b.self_.clone().unwrap_or(Value::None)),
            "__doc__" => Some(Value::None),
            "__module__" => Some(if b.owner.is_none() {
                new_str("builtins")
            } else {
                Value::None
            }),
            _ => None,
        },
        Payload::Range(_) | Payload::BigRange(_) => range::attr(&o.payload, name),
        Payload::Slice(s) => match name {
            "start" => Some(s[0].clone()),
            "stop" => Some(s[1].clone()),
            "step" => Some(s[2].clone()),
            _ => None,
        },
        Payload::Exception(e) => match name {
            "args" => Some(e.args.borrow().clone()),
            "__cause__" => Some(e.cause.borrow().clone()),
            "__context__" => Some(e.context.borrow().clone()),
            "__suppress_context__" => Some(Value::Bool(e.suppress_context.get())),
            "__traceback__" => Some(crate::traceback::traceback_object(o)),
            "__dict__" => crate::ops::attr::instance_dict(obj),
            _ => {
                let attrs = e.attrs.borrow();
                match attrs.as_ref().and_then(|d| dict::get_by_str(d, name)) {
                    Some(v) => Some(v),
                    None => exception_default_attr(o, name),
                }
            }
        },
        Payload::Generator(_) => {
            let (n, q) = crate::interp::generator::names(o);
            match name {
                "__name__" => Some(new_str(n)),
                "__qualname__" => Some(new_str(q)),
                "gi_running" | "cr_running" | "ag_running"
                    if name.starts_with(crate::interp::generator::attr_prefix(o)) =>
                {
                    Some(Value::Bool(crate::interp::generator::is_running(o)))
                }
                "gi_yieldfrom" | "cr_await" | "ag_await"
                    if name.starts_with(crate::interp::generator::attr_prefix(o)) =>
                {
                    Some(crate::interp::generator::delegate(o).unwrap_or(Value::None))
                }
                _ => None,
            }
        }
        Payload::Property(p) => match name {
            "fget" => Some(p[0].clone()),
            "fset" => Some(p[1].clone()),
            "fdel" => Some(p[2].clone()),
            "__doc__" => Some(if !p[3].is_none() || p[0].is_none() {
                p[3].clone()
            } else {
                crate::ops::attr::get_attr_str(vm, &p[0].clone(), "__doc__")?
            }),
            _ => None,
        },
        Payload::StaticMethod(f) | Payload::ClassMethod(f) => match name {
            "__func__" | "__wrapped__" => Some(f.clone()),
            _ => None,
        },
        Payload::Super(_) => return type_::super_getattr(vm, o, &intern(name)),
        Payload::File(f) => file::file_attr(&f.borrow(), name),
        _ => None,
    })
}

/// Attributes some builtin exceptions always have (`SystemExit.code`, `StopIteration.value`).
fn exception_default_attr(o: &Obj, name: &str) -> Option<Value> {
    let cls = o.class();
    let e = crate::object::exception::exc_data(o)?;
    let first = || match e.args.borrow().payload() {
        Some(Payload::Tuple(t)) if !t.is_empty() => t[0].clone(),
        _ => Value::None,
    };
    let t = crate::object::exc_types();
    let is = |c: &Obj| crate::object::class::is_subclass(&cls, c);
    match name {
        "code" if is(&t.system_exit) => Some(match e.args.borrow().payload() {
            Some(Payload::Tuple(tu)) if tu.len() > 1 => e.args.borrow().clone(),
            _ => first(),
        }),
        "value" if is(&t.stop_iteration) => Some(first()),
        "name" if is(&t.name_error) || is(&t.import_error) || is(&t.attribute_error) => {
            Some(Value::None)
        }
        "obj" if is(&t.attribute_error) => Some(Value::None),
        "errno" | "strerror" | "filename" | "filename2" if is(&t.os_error) => Some(Value::None),
        "msg" | "filename" | "lineno" | "offset" | "text" | "end_lineno" | "end_offset"
            if is(&t.syntax_error) =>
        {
            // SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset])).
            let args = e.args.borrow().clone();
            let Some(Payload::Tuple(a)) = args.payload() else {
                return Some(Value::None);
            };
            if name == "msg" {
                return Some(a.first().cloned().unwrap_or(Value::None));
            }
            let details = match a.get(1).and_then(|d| d.payload()) {
                Some(Payload::Tuple(d)) if a.len() == 2 => d.to_vec(),
                _ => return Some(Value::None),
            };
            let i = [
                "filename",
                "lineno",
                "offset",
                "text",
                "end_lineno",
                "end_offset",
            ]
            .iter()
            .position(|n| *n == name)
            .unwrap_or(0);
            Some(details.get(i).cloned().unwrap_or(Value::None))
        }
        _ => None,
    }
}

/// An attribute of an exception object: set explicitly, or its class's default.
pub fn special_getattr_exception(o: &Obj, name: &str) -> Option<Value> {
    let e = crate::object::exception::exc_data(o)?;
    let set = e
        .attrs
        .borrow()
        .as_ref()
        .and_then(|d| dict::get_by_str(d, name));
    set.or_else(|| exception_default_attr(o, name))
}

/// The str value of an interned name (helper for natives taking a name).
pub fn name_arg(v: &Value) -> PyResult<Obj> {
    match v {
        Value::Obj(o) if matches!(o.payload, Payload::Str(_)) => Ok(intern(str_of(o))),
        other => Err(type_error(format!(
            "attribute name must be string, not '{}'",
            crate::object::type_name(other)
        ))),
    }
}
