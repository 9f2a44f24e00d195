//! The `_functools` module: the native half of `functools`, as CPython's C `_functools`:
//! `reduce`, `partial`, `cmp_to_key` (its `functools.KeyWrapper` objects) and
//! `_lru_cache_wrapper`, the cache behind `lru_cache`/`cache`, with CPython's key making
//! (`lru_cache_make_key`), hit/miss counting and least-recently-used eviction. The Python
//! `functools` module (py/functools.py) builds the rest on these.

use std::cell::{Cell, OnceCell, RefCell};
use std::collections::BTreeMap;

use crate::builtins::functions::is_callable;
use crate::builtins::{add_class_attr, add_method, add_module_function, bind, dict, no_kwargs};
use crate::bytecode::CmpOp;
use crate::interp::call::call_args;
use crate::interp::{call, Vm};
use crate::object::class::class_data;
use crate::object::exception::{attribute_error, type_error};
use crate::object::function::Args;
use crate::object::types::make_class;
use crate::object::{
    class_of, native_ref, new_dict, new_method, new_module, new_native, new_str, new_tuple,
    type_name, types, NativeData, Obj, Payload, Property,
};
use crate::ops;
use crate::value::Value;
use crate::PyResult;

/// The classes of this module, made once per thread so every import shares them.
struct Classes {
    partial: Obj,
    key_wrapper: Obj,
    lru_wrapper: Obj,
    /// The marker separating positional from keyword arguments in cache keys.
    kwd_mark: Value,
}

thread_local! {
    static CLASSES: OnceCell<&'static Classes> = const { OnceCell::new() };
}

fn classes() -> &'static Classes {
    CLASSES.with(|c| *c.get_or_init(|| Box::leak(Box::new(make_classes()))))
}

/// A native class of module `functools`.
fn class(name: &str) -> Obj {
    let cls = make_class(
        name,
        &[types().object.clone()],
        crate::object::class::Layout::Builtin,
    );
    *class_data(&cls).module.borrow_mut() = "functools".to_string();
    cls
}

/// A read-only attribute computed by `get`.
fn getter(cls: &Obj, name: &'static str, get: crate::object::function::NativeFn) {
    let f = crate::object::new_builtin(name, get, None);
    let p = Obj::new(
        &types().property,
        Payload::Property(Box::new(Property::new([
            f,
            Value::None,
            Value::None,
            Value::None,
        ]))),
    );
    add_class_attr(cls, name, Value::Obj(p));
}

const LRU_DOC: &str = "Create a cached callable that wraps another function.

user_function:      the function being cached

maxsize:  0         for no caching
          None      for unlimited cache size
          n         for a bounded cache

typed:    False     cache f(3) and f(3.0) as identical calls
          True      cache f(3) and f(3.0) as distinct calls

cache_info_type:    namedtuple class with the fields:
                        hits misses currsize maxsize
";

fn make_classes() -> Classes {
    let partial = class("partial");
    add_class_attr(
        &partial,
        "__doc__",
        new_str(
            "partial(func, *args, **keywords) - new function with partial application\n    \
             of the given arguments and keywords.\n",
        ),
    );
    add_method(&partial, "__new__", partial_new);
    add_method(&partial, "__call__", partial_call);
    add_method(&partial, "__repr__", partial_repr);
    add_method(&partial, "__reduce__", partial_reduce);
    add_method(&partial, "__setstate__", partial_setstate);
    getter(&partial, "func", |_, a| {
        Ok(this_partial(&a, "func")?.get().func)
    });
    getter(&partial, "args", |_, a| {
        Ok(this_partial(&a, "args")?.get().args)
    });
    getter(&partial, "keywords", |_, a| {
        Ok(Value::Obj(this_partial(&a, "keywords")?.get().keywords))
    });

    let key_wrapper = class("KeyWrapper");
    add_class_attr(&key_wrapper, "__doc__", Value::None);
    add_method(&key_wrapper, "__new__", |_, _| {
        Err(type_error("cannot create 'functools.KeyWrapper' instances"))
    });
    add_method(&key_wrapper, "__call__", key_call);
    add_method(&key_wrapper, "__lt__", |vm, a| {
        key_compare(vm, a, CmpOp::Lt)
    });
    add_method(&key_wrapper, "__le__", |vm, a| {
        key_compare(vm, a, CmpOp::Le)
    });
    add_method(&key_wrapper, "__eq__", |vm, a| {
        key_compare(vm, a, CmpOp::Eq)
    });
    add_method(&key_wrapper, "__ne__", |vm, a| {
        key_compare(vm, a, CmpOp::Ne)
    });
    add_method(&key_wrapper, "__gt__", |vm, a| {
        key_compare(vm, a, CmpOp::Gt)
    });
    add_method(&key_wrapper, "__ge__", |vm, a| {
        key_compare(vm, a, CmpOp::Ge)
    });
    add_class_attr(&key_wrapper, "__hash__", Value::None);
    getter(&key_wrapper, "obj", |_, a| {
        Ok(this_key(&a, "obj")?.obj.clone().unwrap_or(Value::None))
    });

    let lru_wrapper = class("_lru_cache_wrapper");
    add_class_attr(&lru_wrapper, "__doc__", new_str(LRU_DOC));
    add_method(&lru_wrapper, "__new__", lru_new);
    add_method(&lru_wrapper, "__call__", lru_call);
    add_method(&lru_wrapper, "__get__", lru_get);
    add_method(&lru_wrapper, "cache_info", lru_cache_info);
    add_method(&lru_wrapper, "cache_clear", lru_cache_clear);
    add_method(&lru_wrapper, "__copy__", |_, a| Ok(a.values[0].clone()));
    add_method(&lru_wrapper, "__deepcopy__", |_, a| Ok(a.values[0].clone()));

    Classes {
        partial,
        key_wrapper,
        lru_wrapper,
        kwd_mark: Value::Obj(Obj::new(&types().object, Payload::Empty)),
    }
}

pub fn create() -> Obj {
    let m = new_module("_functools");
    add_module_function(&m, "reduce", reduce);
    add_module_function(&m, "cmp_to_key", cmp_to_key);
    let c = classes();
    let d = crate::object::module_dict(&m);
    dict::set_str_item(&d, "partial", Value::Obj(c.partial.clone()));
    dict::set_str_item(&d, "KeyWrapper", Value::Obj(c.key_wrapper.clone()));
    dict::set_str_item(&d, "_lru_cache_wrapper", Value::Obj(c.lru_wrapper.clone()));
    m
}

/// The native data of the receiver of method `method` of class `cls`.
fn receiver<'a, T: NativeData>(args: &Args<'a>, method: &str, cls: &str) -> PyResult<&'a T> {
    let first = args.values.first();
    first.and_then(native_ref::<T>).ok_or_else(|| {
        type_error(match first {
            // A data attribute (`partial.func`) read from another object.
            Some(v) if matches!(method, "func" | "args" | "keywords" | "obj") => format!(
                "descriptor '{method}' for '{cls}' objects doesn't apply to a '{}' object",
                type_name(v)
            ),
            Some(v) => format!(
                "descriptor '{method}' requires a '{cls}' object but received a '{}'",
                type_name(v)
            ),
            None => format!("descriptor '{method}' of '{cls}' object needs an argument"),
        })
    })
}

/// Checks that `cls` (the first argument of `__new__`) is `base` or a subclass of it.
fn new_receiver(args: &Args, base: &Obj) -> PyResult<Obj> {
    let base_name = crate::object::class_name(base);
    match args.values.first() {
        Some(Value::Obj(c)) if matches!(c.payload, Payload::Class(_)) => {
            if crate::object::class::is_subclass(c, base) {
                Ok(c.clone())
            } else {
                let name = class_data(c).name_str();
                Err(type_error(format!(
                    "{base_name}.__new__({name}): {name} is not a subtype of {base_name}"
                )))
            }
        }
        _ => Err(type_error(format!(
            "{base_name}.__new__(X): X is not a type object"
        ))),
    }
}

// ---- reduce -------------------------------------------------------------------------------

/// `reduce(function, iterable[, initial], /)`.
fn reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs("reduce", &args)?;
    let pos = args.pos();
    if pos.len() < 2 {
        return Err(type_error(format!(
            "reduce expected at least 2 arguments, got {}",
            pos.len()
        )));
    }
    if pos.len() > 3 {
        return Err(type_error(format!(
            "reduce expected at most 3 arguments, got {}",
            pos.len()
        )));
    }
    let it = ops::iter::get_iter(vm, &pos[1]).map_err(|e| {
        if e.is_instance(&crate::object::exc_types().type_error) {
            type_error("reduce() arg 2 must support iteration")
        } else {
            e
        }
    })?;
    let mut acc = pos.get(2).cloned();
    while let Some(item) = ops::iter::next(vm, &it)? {
        acc = Some(match acc {
            None => item,
            Some(a) => call(vm, &pos[0], &[a, item])?,
        });
    }
    acc.ok_or_else(|| type_error("reduce() of empty iterable with no initial value"))
}

// ---- partial ------------------------------------------------------------------------------

/// `partial(func, *args, **keywords)`: `func` with some arguments given in advance.
struct Partial {
    /// Replaced only by `__setstate__`.
    state: RefCell<PartialState>,
    attrs: RefCell<Option<Obj>>,
}

#[derive(Clone)]
struct PartialState {
    func: Value,
    /// A tuple.
    args: Value,
    /// A dict of str keys.
    keywords: Obj,
}

impl Partial {
    /// The function, arguments and keywords (a snapshot: calls may replace them).
    fn get(&self) -> PartialState {
        self.state.borrow().clone()
    }
}

impl NativeData for Partial {
    fn is_container(&self) -> bool {
        true
    }
    fn traverse(&self, f: &mut dyn FnMut(&Obj)) -> bool {
        let (Ok(attrs), Ok(state)) = (self.attrs.try_borrow(), self.state.try_borrow()) else {
            return false;
        };
        for v in [&state.func, &state.args] {
            if let Value::Obj(o) = v {
                f(o);
            }
        }
        f(&state.keywords);
        if let Some(d) = attrs.as_ref() {
            f(d);
        }
        true
    }
    fn clear(&self, out: &mut Vec<Value>) {
        // The function and arguments become None and the dicts are emptied, which breaks
        // any cycle through them.
        if let Ok(mut a) = self.attrs.try_borrow_mut() {
            out.extend(a.take().map(Value::Obj));
        }
        if let Ok(mut st) = self.state.try_borrow_mut() {
            out.push(std::mem::replace(&mut st.func, Value::None));
            out.push(std::mem::replace(&mut st.args, new_tuple(Vec::new())));
            out.extend(dict::items(&st.keywords).into_iter().map(|(_, v)| v));
            dict::clear_all(&st.keywords);
        }
    }
    fn attr_dict(&self) -> Option<&RefCell<Option<Obj>>> {
        Some(&self.attrs)
    }
}

fn this_partial<'a>(args: &Args<'a>, method: &str) -> PyResult<&'a Partial> {
    receiver(args, method, "functools.partial")
}

fn partial_new(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = &new_receiver(&args, &classes().partial)?;
    let pos = &args.pos()[1..];
    let Some(func) = pos.first() else {
        return Err(type_error("type 'partial' takes at least one argument"));
    };
    let mut func = func.clone();
    let mut all_args: Vec<Value> = Vec::new();
    let keywords = new_dict();
    // partial(partial(f, 1), 2) is partial(f, 1, 2) when the inner one is called as a
    // partial is (its class does not override __call__) and has no attributes, as in CPython.
    if let Some(inner) = native_ref::<Partial>(&func) {
        let own_call = crate::object::class::lookup_str(&classes().partial, "__call__");
        let plain_call = matches!(
            (crate::object::class::lookup_str(&class_of(&func), "__call__"), own_call),
            (Some(Value::Obj(a)), Some(Value::Obj(b))) if a.is(&b)
        );
        if plain_call && inner.attrs.borrow().is_none() {
            let inner = inner.get();
            if let Some(Payload::Tuple(t)) = inner.args.payload() {
                all_args.extend(t.iter().cloned());
            }
            for (k, v) in dict::items(&inner.keywords) {
                if let Value::Obj(k) = k {
                    dict::set_item_str_obj(&keywords, &k, v);
                }
            }
            func = inner.func;
        }
    }
    if !is_callable(&func) {
        return Err(type_error("the first argument must be callable"));
    }
    all_args.extend(pos[1..].iter().cloned());
    for (k, v) in args.kwargs() {
        dict::set_item_str_obj(&keywords, k, v.clone());
    }
    Ok(new_native(
        cls,
        Partial {
            state: RefCell::new(PartialState {
                func,
                args: new_tuple(all_args),
                keywords,
            }),
            attrs: RefCell::new(None),
        },
    ))
}

fn partial_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = this_partial(&args, "__call__")?.get();
    let mut values: Vec<Value> = match p.args.payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => Vec::new(),
    };
    values.extend_from_slice(&args.pos()[1..]);
    // The stored keywords, updated by the call's (a call keyword wins).
    let merged = new_dict();
    for (k, v) in dict::items(&p.keywords) {
        if let Value::Obj(k) = k {
            dict::set_item_str_obj(&merged, &k, v);
        }
    }
    for (k, v) in args.kwargs() {
        dict::set_item_str_obj(&merged, k, v.clone());
    }
    let mut kwnames = Vec::new();
    for (k, v) in dict::items(&merged) {
        if let Value::Obj(k) = k {
            kwnames.push(k);
            values.push(v);
        }
    }
    call_args(
        vm,
        &p.func,
        Args {
            values: &values,
            kwnames: &kwnames,
        },
    )
}

/// `functools.partial(<function f at 0x...>, 1, b=2)`; a subclass shows its own name.
fn partial_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = this_partial(&args, "__repr__")?.get();
    let Value::Obj(me) = &args.values[0] else {
        unreachable!("a partial is an object")
    };
    let cls = me.class();
    let name = if cls.is(&classes().partial) {
        "functools.partial".to_string()
    } else {
        class_data(&cls).name_str()
    };
    let text = ops::repr::guarded(me, || {
        let mut s = format!("{name}({}", ops::repr::repr(vm, &p.func)?);
        if let Some(Payload::Tuple(t)) = p.args.payload() {
            for a in t.iter() {
                s.push_str(", ");
                s.push_str(&ops::repr::repr(vm, a)?);
            }
        }
        for (k, v) in dict::items(&p.keywords) {
            s.push_str(", ");
            s.push_str(&ops::repr::str(vm, &k)?);
            s.push('=');
            s.push_str(&ops::repr::repr(vm, &v)?);
        }
        s.push(')');
        Ok(s)
    })?;
    Ok(new_str(text.unwrap_or_else(|| "...".to_string())))
}

/// `(type(p), (func,), (func, args, keywords, __dict__ or None))`, as CPython pickles it.
fn partial_reduce(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = this_partial(&args, "__reduce__")?;
    let st = p.get();
    let attrs = p.attrs.borrow().clone().map_or(Value::None, Value::Obj);
    Ok(new_tuple(vec![
        Value::Obj(class_of(&args.values[0])),
        new_tuple(vec![st.func.clone()]),
        new_tuple(vec![st.func, st.args, Value::Obj(st.keywords), attrs]),
    ]))
}

/// Restores what `__reduce__` gave (copy and pickle call it); keeps the given dicts.
fn partial_setstate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = this_partial(&args, "__setstate__")?;
    if args.values.len() != 2 || args.has_kwargs() {
        return Err(type_error(format!(
            "partial.__setstate__() takes exactly one argument ({} given)",
            args.values.len() - 1
        )));
    }
    let invalid = || type_error("invalid partial state");
    let Some(Payload::Tuple(state)) = args.values[1].payload() else {
        return Err(invalid());
    };
    let [func, fargs, kw, attrs] = &state[..] else {
        return Err(invalid());
    };
    let is_dict = |v: &Value| matches!(v.payload(), Some(Payload::Dict(_)));
    if !is_callable(func)
        || !matches!(fargs.payload(), Some(Payload::Tuple(_)))
        || !(kw.is_none() || is_dict(kw))
        || !(attrs.is_none() || is_dict(attrs))
    {
        return Err(invalid());
    }
    let exact = |v: &Value, t: &Obj| matches!(v, Value::Obj(o) if o.class().is(t));
    let fargs = if exact(fargs, &types().tuple) {
        fargs.clone()
    } else {
        new_tuple(ops::iter::collect(vm, fargs)?)
    };
    let keywords = match kw {
        Value::Obj(d) if exact(kw, &types().dict) => d.clone(),
        Value::Obj(d) => {
            let copy = new_dict();
            for (k, v) in dict::items(d) {
                dict::set_item(vm, &copy, k, v)?;
            }
            copy
        }
        _ => new_dict(),
    };
    let old = std::mem::replace(
        &mut *p.state.borrow_mut(),
        PartialState {
            func: func.clone(),
            args: fargs,
            keywords,
        },
    );
    let old_attrs = std::mem::replace(&mut *p.attrs.borrow_mut(), attrs.as_obj().cloned());
    drop((old, old_attrs));
    Ok(Value::None)
}

// ---- cmp_to_key ---------------------------------------------------------------------------

/// `cmp_to_key(mycmp)` (no `obj`) and the keys it makes (`obj` set), as CPython's one
/// `functools.KeyWrapper` type serves both.
struct KeyWrapper {
    cmp: Value,
    obj: Option<Value>,
}

impl NativeData for KeyWrapper {
    fn is_container(&self) -> bool {
        true
    }
    fn traverse(&self, f: &mut dyn FnMut(&Obj)) -> bool {
        for v in [Some(&self.cmp), self.obj.as_ref()].into_iter().flatten() {
            if let Value::Obj(o) = v {
                f(o);
            }
        }
        true
    }
}

fn this_key<'a>(args: &Args<'a>, method: &str) -> PyResult<&'a KeyWrapper> {
    receiver(args, method, "functools.KeyWrapper")
}

fn cmp_to_key(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let slots = bind("cmp_to_key", &args, &["mycmp"], 0, 1)?;
    Ok(new_native(
        &classes().key_wrapper,
        KeyWrapper {
            cmp: slots[0].expect("required").clone(),
            obj: None,
        },
    ))
}

/// `K(obj)`: a key wrapping `obj`.
fn key_call(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let k = this_key(&args, "__call__")?;
    let rest = Args {
        values: &args.values[1..],
        kwnames: args.kwnames,
    };
    let slots = bind("K", &rest, &["obj"], 0, 1)?;
    Ok(new_native(
        &classes().key_wrapper,
        KeyWrapper {
            cmp: k.cmp.clone(),
            obj: Some(slots[0].expect("required").clone()),
        },
    ))
}

/// `mycmp(x, y) op 0`.
fn key_compare(vm: &mut Vm, args: Args, op: CmpOp) -> PyResult<Value> {
    let k = this_key(&args, op.dunder())?;
    crate::builtins::check_args("comparison", &args, 2, 2)?;
    let Some(other) = native_ref::<KeyWrapper>(&args.values[1]) else {
        return Err(type_error("other argument must be K instance"));
    };
    let (Some(x), Some(y)) = (&k.obj, &other.obj) else {
        return Err(attribute_error("object"));
    };
    let (cmp, x, y) = (k.cmp.clone(), x.clone(), y.clone());
    let r = call(vm, &cmp, &[x, y])?;
    ops::compare::compare(vm, op, &r, &Value::Int(0))
}

// ---- lru_cache ----------------------------------------------------------------------------

/// An entry of a bounded cache, in the recency order.
struct Link {
    key: Value,
    hash: i64,
    result: Value,
}

/// `_lru_cache_wrapper(user_function, maxsize, typed, cache_info_type)`.
struct LruWrapper {
    func: Value,
    /// None: unbounded; Some(0): no caching.
    maxsize: Option<i64>,
    typed: bool,
    cache_info_type: Value,
    /// key -> result (unbounded) or key -> the link's sequence number (bounded).
    cache: Obj,
    /// Bounded caches: the links by sequence number, oldest (least recently used) first.
    order: RefCell<BTreeMap<u64, Link>>,
    next_seq: Cell<u64>,
    hits: Cell<i64>,
    misses: Cell<i64>,
    attrs: RefCell<Option<Obj>>,
}

impl NativeData for LruWrapper {
    fn is_container(&self) -> bool {
        true
    }
    fn traverse(&self, f: &mut dyn FnMut(&Obj)) -> bool {
        let (Ok(order), Ok(attrs)) = (self.order.try_borrow(), self.attrs.try_borrow()) else {
            return false;
        };
        let links = order.values().flat_map(|l| [&l.key, &l.result]);
        for v in [&self.func, &self.cache_info_type].into_iter().chain(links) {
            if let Value::Obj(o) = v {
                f(o);
            }
        }
        f(&self.cache);
        if let Some(d) = attrs.as_ref() {
            f(d);
        }
        true
    }
    fn clear(&self, out: &mut Vec<Value>) {
        if let Ok(mut a) = self.attrs.try_borrow_mut() {
            out.extend(a.take().map(Value::Obj));
        }
        if let Ok(mut order) = self.order.try_borrow_mut() {
            for (_, l) in std::mem::take(&mut *order) {
                out.push(l.key);
                out.push(l.result);
            }
        }
        out.extend(
            dict::items(&self.cache)
                .into_iter()
                .flat_map(|(k, v)| [k, v]),
        );
        dict::clear_all(&self.cache);
    }
    fn attr_dict(&self) -> Option<&RefCell<Option<Obj>>> {
        Some(&self.attrs)
    }
}

fn this_lru<'a>(args: &Args<'a>, method: &str) -> PyResult<&'a LruWrapper> {
    receiver(args, method, "functools._lru_cache_wrapper")
}

fn lru_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Value::Obj(cls)) = args.values.first() else {
        return Err(type_error(
            "_lru_cache_wrapper.__new__(X): X is not a type object",
        ));
    };
    let rest = Args {
        values: &args.values[1..],
        kwnames: args.kwnames,
    };
    let slots = bind(
        "lru_cache",
        &rest,
        &["user_function", "maxsize", "typed", "cache_info_type"],
        0,
        4,
    )?;
    let func = slots[0].expect("required").clone();
    if !is_callable(&func) {
        return Err(type_error("the first argument must be callable"));
    }
    let maxsize = match slots[1].expect("required") {
        Value::None => None,
        v @ (Value::Int(_) | Value::Bool(_)) => {
            Some(crate::builtins::number::ssize_arg(vm, v)?.max(0))
        }
        v if matches!(v.payload(), Some(Payload::BigInt(_))) => {
            Some(crate::builtins::number::ssize_arg(vm, v)?.max(0))
        }
        _ => return Err(type_error("maxsize should be integer or None")),
    };
    let typed = ops::truthy(vm, slots[2].expect("required"))?;
    Ok(new_native(
        cls,
        LruWrapper {
            func,
            maxsize,
            typed,
            cache_info_type: slots[3].expect("required").clone(),
            cache: new_dict(),
            order: RefCell::new(BTreeMap::new()),
            next_seq: Cell::new(0),
            hits: Cell::new(0),
            misses: Cell::new(0),
            attrs: RefCell::new(None),
        },
    ))
}

/// CPython's `lru_cache_make_key`: a lone str or int argument is its own key; otherwise a
/// tuple of the arguments, then (if any) the keyword marker and the keyword names and values,
/// then (if typed) the types of the arguments and keyword values.
fn make_key(args: &Args, typed: bool) -> Value {
    let pos = args.pos();
    if !typed && !args.has_kwargs() {
        if let [only] = pos {
            let scalar = match only {
                Value::Int(_) => true,
                Value::Obj(o) => {
                    let c = o.class();
                    c.is(&types().str) || c.is(&types().int)
                }
                _ => false,
            };
            if scalar {
                return only.clone();
            }
        }
        return new_tuple(pos.to_vec());
    }
    let mut key: Vec<Value> = pos.to_vec();
    if args.has_kwargs() {
        key.push(classes().kwd_mark.clone());
        for (k, v) in args.kwargs() {
            key.push(Value::Obj(k.clone()));
            key.push(v.clone());
        }
    }
    if typed {
        key.extend(pos.iter().map(|a| Value::Obj(class_of(a))));
        key.extend(args.kwargs().map(|(_, v)| Value::Obj(class_of(v))));
    }
    new_tuple(key)
}

fn lru_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let w = this_lru(&args, "__call__")?;
    let call_args_ = Args {
        values: &args.values[1..],
        kwnames: args.kwnames,
    };
    let func = w.func.clone();
    if w.maxsize == Some(0) {
        w.misses.set(w.misses.get() + 1);
        return call_args(vm, &func, call_args_);
    }
    let key = make_key(&call_args_, w.typed);
    let hash = ops::hash(vm, &key)?;
    let found = dict::find(vm, &w.cache, &key, hash)?;
    let Some(maxsize) = w.maxsize else {
        // Unbounded: the dict maps keys to results.
        if let Some(pos) = found {
            w.hits.set(w.hits.get() + 1);
            return Ok(dict::value_at(&w.cache, pos));
        }
        w.misses.set(w.misses.get() + 1);
        let result = call_args(vm, &func, call_args_)?;
        dict::set_item_hashed(vm, &w.cache, key, hash, result.clone())?;
        return Ok(result);
    };
    if let Some(pos) = found {
        // A hit becomes the most recently used.
        let Value::Int(seq) = dict::value_at(&w.cache, pos) else {
            unreachable!("bounded caches map keys to sequence numbers")
        };
        let link = w.order.borrow_mut().remove(&(seq as u64));
        if let Some(link) = link {
            let result = link.result.clone();
            let new_seq = w.bump();
            w.order.borrow_mut().insert(new_seq, link);
            dict::set_value_at(&w.cache, pos, Value::Int(new_seq as i64));
            w.hits.set(w.hits.get() + 1);
            return Ok(result);
        }
    }
    w.misses.set(w.misses.get() + 1);
    let result = call_args(vm, &func, call_args_)?;
    // The call may have cached this key itself (recursion): then the cache stays as it is.
    if dict::find(vm, &w.cache, &key, hash)?.is_some() {
        return Ok(result);
    }
    let full = dict::len(&w.cache) as i64 >= maxsize && !w.order.borrow().is_empty();
    if full {
        // Evict the least recently used entry to make room.
        let oldest = w.order.borrow_mut().pop_first();
        if let Some((_, old)) = oldest {
            match dict::find(vm, &w.cache, &old.key, old.hash)? {
                Some(pos) => {
                    let removed = dict::remove_at(&w.cache, pos);
                    drop(removed);
                }
                // Someone else removed it during the call: leave the cache as it is.
                None => return Ok(result),
            }
        }
    }
    let seq = w.bump();
    dict::set_item_hashed(vm, &w.cache, key.clone(), hash, Value::Int(seq as i64))?;
    w.order.borrow_mut().insert(
        seq,
        Link {
            key,
            hash,
            result: result.clone(),
        },
    );
    Ok(result)
}

impl LruWrapper {
    /// The next recency sequence number.
    fn bump(&self) -> u64 {
        let s = self.next_seq.get();
        self.next_seq.set(s + 1);
        s
    }
}

/// Binds to an instance, as a function does, so `@lru_cache` works on methods.
fn lru_get(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    this_lru(&args, "__get__")?;
    match args.values.get(1) {
        None | Some(Value::None) => Ok(args.values[0].clone()),
        Some(obj) => Ok(new_method(args.values[0].clone(), obj.clone())),
    }
}

fn lru_cache_info(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let w = this_lru(&args, "cache_info")?;
    crate::builtins::check_args("cache_info", &args, 1, 1)?;
    let maxsize = w.maxsize.map_or(Value::None, Value::Int);
    let info = w.cache_info_type.clone();
    let size = Value::Int(dict::len(&w.cache) as i64);
    call(
        vm,
        &info,
        &[
            Value::Int(w.hits.get()),
            Value::Int(w.misses.get()),
            maxsize,
            size,
        ],
    )
}

fn lru_cache_clear(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let w = this_lru(&args, "cache_clear")?;
    crate::builtins::check_args("cache_clear", &args, 1, 1)?;
    w.hits.set(0);
    w.misses.set(0);
    // Dropped outside the borrows: a key's or result's __del__ may call back into the cache.
    let links = std::mem::take(&mut *w.order.borrow_mut());
    let entries = dict::items(&w.cache);
    dict::clear_all(&w.cache);
    drop(links);
    drop(entries);
    Ok(Value::None)
}
