//! The `bisect` module: binary search and insertion in sorted sequences, as CPython's
//! `_bisect` does it (any sequence with `len` and indexing; `<` is the only comparison used;
//! `key` applies to the elements, not to `x`).

use crate::builtins::number::ssize_arg;
use crate::builtins::{add_module_function, bind};
use crate::interp::{call, Vm};
use crate::object::exception::{type_error, value_error};
use crate::object::function::Args;
use crate::object::{new_module, Obj};
use crate::ops;
use crate::value::Value;
use crate::PyResult;

pub fn create() -> Obj {
    let m = new_module("bisect");
    add_module_function(&m, "bisect_right", bisect_right);
    add_module_function(&m, "bisect_left", bisect_left);
    add_module_function(&m, "insort_right", insort_right);
    add_module_function(&m, "insort_left", insort_left);
    // `bisect` and `insort` are the same function objects as the `_right` versions.
    let d = crate::object::module_dict(&m);
    for (alias, name) in [("bisect", "bisect_right"), ("insort", "insort_right")] {
        if let Some(f) = crate::builtins::dict::get_by_str(&d, name) {
            crate::builtins::dict::set_str_item(&d, alias, f);
        }
    }
    m
}

/// The parsed arguments: `(a, x, lo=0, hi=None, *, key=None)`.
struct Search<'a> {
    seq: &'a Value,
    x: &'a Value,
    lo: i64,
    hi: Option<i64>,
    key: Option<&'a Value>,
}

fn parse<'a>(vm: &mut Vm, name: &str, args: &Args<'a>) -> PyResult<Search<'a>> {
    if args.pos().len() > 4 {
        return Err(type_error(format!(
            "{name}() takes at most 4 positional arguments ({} given)",
            args.pos().len()
        )));
    }
    let slots = bind(name, args, &["a", "x", "lo", "hi", "key"], 0, 2)?;
    let lo = match slots[2] {
        Some(v) => ssize_arg(vm, v)?,
        None => 0,
    };
    if lo < 0 {
        return Err(value_error("lo must be non-negative"));
    }
    // `hi=None` and, as in CPython, `hi=-1` mean "the length of a".
    let hi = match slots[3] {
        None | Some(Value::None) => None,
        Some(v) => Some(ssize_arg(vm, v)?).filter(|&h| h != -1),
    };
    Ok(Search {
        seq: slots[0].expect("required"),
        x: slots[1].expect("required"),
        lo,
        hi,
        key: slots[4].filter(|k| !k.is_none()),
    })
}

/// The insertion point of `x` in `seq[lo:hi]`: after any equal elements (`right`) or before.
fn search(vm: &mut Vm, s: &Search, x: &Value, right: bool) -> PyResult<i64> {
    let mut lo = s.lo;
    let mut hi = match s.hi {
        Some(h) => h,
        None => ops::len(vm, s.seq)? as i64,
    };
    while lo < hi {
        // lo + (hi - lo) / 2 cannot overflow; CPython computes it as unsigned (lo + hi) / 2.
        let mid = lo + (hi - lo) / 2;
        let mut item = ops::seq::get_item(vm, s.seq, &Value::Int(mid))?;
        if let Some(k) = s.key {
            item = call(vm, k, &[item])?;
        }
        let go_right = if right {
            !ops::compare::lt(vm, x, &item)?
        } else {
            ops::compare::lt(vm, &item, x)?
        };
        if go_right {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    Ok(lo)
}

fn bisect_right(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = parse(vm, "bisect_right", &args)?;
    search(vm, &s, s.x, true).map(Value::Int)
}

fn bisect_left(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = parse(vm, "bisect_left", &args)?;
    search(vm, &s, s.x, false).map(Value::Int)
}

fn insort(vm: &mut Vm, name: &str, args: Args, right: bool) -> PyResult<Value> {
    let s = parse(vm, name, &args)?;
    let x = match s.key {
        Some(k) => call(vm, k, std::slice::from_ref(s.x))?,
        None => s.x.clone(),
    };
    let at = search(vm, &s, &x, right)?;
    let insert = ops::attr::get_attr_str(vm, s.seq, "insert")?;
    call(vm, &insert, &[Value::Int(at), s.x.clone()])?;
    Ok(Value::None)
}

fn insort_right(vm: &mut Vm, args: Args) -> PyResult<Value> {
    insort(vm, "insort_right", args, true)
}

fn insort_left(vm: &mut Vm, args: Args) -> PyResult<Value> {
    insort(vm, "insort_left", args, false)
}
