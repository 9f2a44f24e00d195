//! The `itertools` module: CPython's lazy iterator building blocks, natively.
//!
//! Every iterator is an object of its own class (`itertools.count`, `itertools.chain`, ...)
//! holding an [`ItObj`]: the state of one of the [`State`] kinds. All the classes share one
//! `__next__`, which takes the state out of its cell for the duration of the step, so Python
//! code called from inside (user iterators, key functions) never meets a borrowed cell; a call
//! that re-enters the same iterator raises RuntimeError, as CPython's `tee` does (the other
//! iterators of CPython have no such guard, and re-entering them is unspecified behaviour).
//! Each step follows CPython 3.11's `itertoolsmodule.c` in what it consumes and when, so
//! programs that watch their iterators being consumed see the same order of events.

mod combinatoric;
mod groupby;
mod simple;
mod tee;

use std::cell::{OnceCell, RefCell};

use crate::builtins::functions::identity_method;
use crate::builtins::{add_class_attr, add_method, add_module_function};
use crate::interp::Vm;
use crate::object::class::{class_data, Layout};
use crate::object::exception::{runtime_error, stop_iteration, type_error};
use crate::object::function::{Args, NativeFn};
use crate::object::types::make_class;
use crate::object::{
    native_ref, new_builtin, new_module, new_native, type_name, types, NativeData, Obj, Payload,
};
use crate::value::Value;
use crate::PyResult;

/// The classes of the module, made once per thread so every `import` sees the same ones.
struct Classes {
    count: Obj,
    cycle: Obj,
    repeat: Obj,
    chain: Obj,
    islice: Obj,
    accumulate: Obj,
    starmap: Obj,
    takewhile: Obj,
    dropwhile: Obj,
    filterfalse: Obj,
    compress: Obj,
    zip_longest: Obj,
    pairwise: Obj,
    product: Obj,
    permutations: Obj,
    combinations: Obj,
    combinations_with_replacement: Obj,
    groupby: Obj,
    grouper: Obj,
    tee: Obj,
    tee_dataobject: Obj,
}

thread_local! {
    static CLASSES: OnceCell<&'static Classes> = const { OnceCell::new() };
}

/// A class of the module: `itertools.NAME`, made by `new`, iterating with the shared
/// `__next__`.
fn iter_class(name: &str, new: NativeFn) -> Obj {
    let cls = make_class(name, std::slice::from_ref(&types().object), Layout::Builtin);
    *class_data(&cls).module.borrow_mut() = "itertools".to_string();
    add_method(&cls, "__new__", new);
    add_method(&cls, "__iter__", identity_method);
    add_method(&cls, "__next__", it_next);
    cls
}

fn classes() -> &'static Classes {
    CLASSES.with(|c| {
        *c.get_or_init(|| {
            let classes = Classes {
                count: iter_class("count", simple::count_new),
                cycle: iter_class("cycle", simple::cycle_new),
                repeat: iter_class("repeat", simple::repeat_new),
                chain: iter_class("chain", simple::chain_new),
                islice: iter_class("islice", simple::islice_new),
                accumulate: iter_class("accumulate", simple::accumulate_new),
                starmap: iter_class("starmap", simple::starmap_new),
                takewhile: iter_class("takewhile", simple::takewhile_new),
                dropwhile: iter_class("dropwhile", simple::dropwhile_new),
                filterfalse: iter_class("filterfalse", simple::filterfalse_new),
                compress: iter_class("compress", simple::compress_new),
                zip_longest: iter_class("zip_longest", simple::zip_longest_new),
                pairwise: iter_class("pairwise", simple::pairwise_new),
                product: iter_class("product", combinatoric::product_new),
                permutations: iter_class("permutations", combinatoric::permutations_new),
                combinations: iter_class("combinations", combinatoric::combinations_new),
                combinations_with_replacement: iter_class(
                    "combinations_with_replacement",
                    combinatoric::cwr_new,
                ),
                groupby: iter_class("groupby", groupby::groupby_new),
                // Groupers are made by their groupby only.
                grouper: iter_class("_grouper", internal_new),
                tee: iter_class("_tee", tee::tee_type_new),
                tee_dataobject: {
                    let cls = make_class(
                        "_tee_dataobject",
                        std::slice::from_ref(&types().object),
                        Layout::Builtin,
                    );
                    *class_data(&cls).module.borrow_mut() = "itertools".to_string();
                    add_method(&cls, "__new__", internal_new);
                    cls
                },
            };
            simple::install(&classes);
            tee::install(&classes);
            Box::leak(Box::new(classes))
        })
    })
}

pub fn create() -> Obj {
    let m = new_module("itertools");
    let c = classes();
    let d = crate::object::module_dict(&m);
    for cls in [
        &c.count,
        &c.cycle,
        &c.repeat,
        &c.chain,
        &c.islice,
        &c.accumulate,
        &c.starmap,
        &c.takewhile,
        &c.dropwhile,
        &c.filterfalse,
        &c.compress,
        &c.zip_longest,
        &c.pairwise,
        &c.product,
        &c.permutations,
        &c.combinations,
        &c.combinations_with_replacement,
        &c.groupby,
        &c.grouper,
        &c.tee,
        &c.tee_dataobject,
    ] {
        let name = class_data(cls).name_str();
        crate::builtins::dict::set_str_item(&d, &name, Value::Obj(cls.clone()));
    }
    add_module_function(&m, "tee", tee::tee);
    m
}

/// The state of one iterator of the module.
pub(crate) enum State {
    Simple(simple::Simple),
    Combinatoric(combinatoric::Combinatoric),
    GroupBy(groupby::GroupBy),
    Grouper(groupby::Grouper),
    Tee(tee::Tee),
}

impl State {
    fn visit(&self, f: &mut dyn FnMut(&Value)) {
        match self {
            State::Simple(s) => s.visit(f),
            State::Combinatoric(c) => c.visit(f),
            State::GroupBy(g) => g.visit(f),
            State::Grouper(g) => g.visit(f),
            State::Tee(t) => t.visit(f),
        }
    }
}

/// An itertools iterator object's data: its state, `None` while a step runs.
struct ItObj {
    state: RefCell<Option<State>>,
}

impl NativeData for ItObj {
    fn is_container(&self) -> bool {
        true
    }

    fn traverse(&self, f: &mut dyn FnMut(&Obj)) -> bool {
        let Ok(st) = self.state.try_borrow() else {
            return false;
        };
        if let Some(st) = &*st {
            st.visit(&mut |v| {
                if let Value::Obj(o) = v {
                    f(o)
                }
            });
        }
        true
    }

    fn clear(&self, out: &mut Vec<Value>) {
        if let Ok(mut st) = self.state.try_borrow_mut() {
            if let Some(st) = st.take() {
                st.visit(&mut |v| out.push(v.clone()));
            }
        }
    }

    fn next(&self, vm: &mut Vm, this: &Value) -> Option<PyResult<Option<Value>>> {
        Some(step(vm, this))
    }
}

/// A new iterator object of class `cls` in state `state`.
fn new_it(cls: &Obj, state: State) -> Value {
    new_native(
        cls,
        ItObj {
            state: RefCell::new(Some(state)),
        },
    )
}

/// Runs `f` on the state of iterator `this`, taken out of its cell meanwhile (see the module
/// doc).
fn with_state<R>(this: &Value, f: impl FnOnce(&mut State) -> PyResult<R>) -> PyResult<R> {
    let obj = native_ref::<ItObj>(this).ok_or_else(|| wrong_receiver(this))?;
    let Some(mut st) = obj.state.borrow_mut().take() else {
        return Err(runtime_error(format!(
            "cannot re-enter the {} iterator",
            short_name(this).trim_start_matches('_')
        )));
    };
    let r = f(&mut st);
    *obj.state.borrow_mut() = Some(st);
    r
}

/// The class name without its module, as CPython's `_PyType_Name` gives it for reprs.
fn short_name(v: &Value) -> String {
    class_data(&crate::object::class_of(v)).name_str()
}

fn wrong_receiver(v: &Value) -> crate::object::exception::PyErr {
    type_error(format!(
        "descriptor requires an itertools object but received a '{}'",
        type_name(v)
    ))
}

/// One step of iterator `this`: the next item, or `None` at exhaustion.
fn step(vm: &mut Vm, this: &Value) -> PyResult<Option<Value>> {
    with_state(this, |st| match st {
        State::Simple(s) => s.next(vm),
        State::Combinatoric(c) => c.next(vm),
        State::GroupBy(g) => g.next(vm, this),
        State::Grouper(g) => g.next(vm),
        State::Tee(t) => t.next(vm),
    })
}

/// `__next__` of every iterator class of the module.
fn it_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = args
        .values
        .first()
        .ok_or_else(|| type_error("descriptor '__next__' needs an argument"))?;
    match step(vm, this)? {
        Some(v) => Ok(v),
        None => Err(stop_iteration(Value::None)),
    }
}

/// Checks a positional argument count as CPython's `_PyArg_CheckPositional` does
/// (`cycle expected 1 argument, got 0`).
fn check_positional(name: &str, n: usize, min: usize, max: usize) -> PyResult<()> {
    let (bound, word) = if n < min {
        (min, if min == max { "" } else { "at least " })
    } else if n > max {
        (max, if min == max { "" } else { "at most " })
    } else {
        return Ok(());
    };
    Err(type_error(format!(
        "{name} expected {word}{bound} argument{}, got {n}",
        if bound == 1 { "" } else { "s" }
    )))
}

/// A native method as a class attribute that binds to the class (`chain.from_iterable`).
fn class_method(cls: &Obj, name: &'static str, f: NativeFn) {
    let owner: &'static str = Box::leak(class_data(cls).name_str().into_boxed_str());
    let b = new_builtin(name, f, Some(owner));
    add_class_attr(
        cls,
        name,
        Value::Obj(Obj::new(&types().classmethod, Payload::ClassMethod(b))),
    );
}

/// `__new__` of the classes CPython lets pickling rebuild (`_grouper`, `_tee_dataobject`),
/// which programs do not make themselves.
fn internal_new(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let name = match args.values.first() {
        Some(Value::Obj(c)) if matches!(c.payload, Payload::Class(_)) => class_data(c).tp_name(),
        _ => "itertools object".to_string(),
    };
    Err(crate::object::exception::not_implemented_error(format!(
        "{name} objects are made by itertools only (pickling is not supported)"
    )))
}

/// The class argument of a `__new__` (what the new object's class is).
fn cls_arg<'a>(args: &Args<'a>) -> PyResult<&'a Obj> {
    match args.values.first() {
        Some(Value::Obj(o)) if matches!(o.payload, Payload::Class(_)) => Ok(o),
        _ => Err(type_error("__new__(X): X is not a type object")),
    }
}
