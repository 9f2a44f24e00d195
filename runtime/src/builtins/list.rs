//! `list` and `tuple`: constructors and methods.

use crate::interp::Vm;
use crate::object::exception::{index_error, type_error, value_error};
use crate::object::function::Args;
use crate::object::types::Types;
use crate::object::{new_list, new_tuple, type_name, Payload};
use crate::ops;
use crate::value::Value;
use crate::PyResult;

use super::{add_method, check_args, no_kwargs};

fn this<'a>(args: &Args<'a>, name: &str) -> PyResult<&'a std::cell::RefCell<Vec<Value>>> {
    match args.values.first().and_then(|v| v.payload()) {
        Some(Payload::List(l)) => Ok(l),
        _ => Err(type_error(format!(
            "descriptor '{}' for 'list' objects doesn't apply to a '{}' object",
            name,
            args.values.first().map(type_name).unwrap_or_default()
        ))),
    }
}

fn list_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs("list", &args)?;
    let pos = &args.pos()[1..];
    match pos.len() {
        0 => Ok(new_list(Vec::new())),
        1 => Ok(new_list(ops::iter::collect(vm, &pos[0])?)),
        n => Err(type_error(format!("list expected at most 1 argument, got {n}"))),
    }
}

fn tuple_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs("tuple", &args)?;
    let pos = &args.pos()[1..];
    match pos.len() {
        0 => Ok(new_tuple(Vec::new())),
        1 => {
            if let Some(Payload::Tuple(_)) = pos[0].payload() {
                return Ok(pos[0].clone());
            }
            Ok(new_tuple(ops::iter::collect(vm, &pos[0])?))
        }
        n => Err(type_error(format!("tuple expected at most 1 argument, got {n}"))),
    }
}

fn append(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = this(&args, "append")?;
    check_args("list.append", &args, 2, 2)?;
    l.borrow_mut().push(args.values[1].clone());
    Ok(Value::None)
}

fn extend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = this(&args, "extend")?;
    check_args("list.extend", &args, 2, 2)?;
    let items = ops::iter::collect(vm, &args.values[1])?;
    l.borrow_mut().extend(items);
    Ok(Value::None)
}

fn insert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = this(&args, "insert")?;
    check_args("insert", &args, 3, 3)?;
    let i = ops::seq::to_index(vm, &args.values[1])?.ok_or_else(|| {
        type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(&args.values[1])
        ))
    })?;
    let mut l = l.borrow_mut();
    let n = l.len() as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
    l.insert(at as usize, args.values[2].clone());
    Ok(Value::None)
}

/// The position of the first item equal to `x`, without holding the list's borrow across `==`.
fn position(vm: &mut Vm, l: &std::cell::RefCell<Vec<Value>>, x: &Value, start: usize, end: usize) -> PyResult<Option<usize>> {
    let mut i = start;
    loop {
        let item = match l.borrow().get(i) {
            Some(v) if i < end => v.clone(),
            _ => return Ok(None),
        };
        if ops::compare::eq(vm, &item, x)? {
            return Ok(Some(i));
        }
        i += 1;
    }
}

fn remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = this(&args, "remove")?;
    check_args("list.remove", &args, 2, 2)?;
    match position(vm, l, &args.values[1], 0, usize::MAX)? {
        Some(i) => {
            l.borrow_mut().remove(i);
            Ok(Value::None)
        }
        None => Err(value_error("list.remove(x): x not in list")),
    }
}

fn pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = this(&args, "pop")?;
    check_args("pop", &args, 1, 2)?;
    let i = match args.values.get(1) {
        Some(v) => ops::seq::to_index(vm, v)?.ok_or_else(|| {
            type_error(format!("'{}' object cannot be interpreted as an integer", type_name(v)))
        })?,
        None => -1,
    };
    let mut l = l.borrow_mut();
    if l.is_empty() {
        return Err(index_error("pop from empty list"));
    }
    let n = l.len() as i64;
    let j = if i < 0 { i + n } else { i };
    if !(0..n).contains(&j) {
        return Err(index_error("pop index out of range"));
    }
    Ok(l.remove(j as usize))
}

/// (start, end) for `index(x, start, end)` on a sequence of length `n`.
fn index_bounds(vm: &mut Vm, args: &Args, n: usize) -> PyResult<(usize, usize)> {
    let n = n as i64;
    let conv = |v: Option<&Value>, default: i64, vm: &mut Vm| -> PyResult<i64> {
        match v {
            None => Ok(default),
            Some(x) => {
                let i = ops::seq::to_index(vm, x)?.ok_or_else(|| {
                    type_error("slice indices must be integers or have an __index__ method")
                })?;
                Ok(if i < 0 { (i + n).max(0) } else { i.min(n) })
            }
        }
    };
    let s = conv(args.values.get(2), 0, vm)?;
    let e = conv(args.values.get(3), n, vm)?;
    Ok((s as usize, e as usize))
}

fn index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = this(&args, "index")?;
    check_args("index", &args, 2, 4)?;
    let n = l.borrow().len();
    let (s, e) = index_bounds(vm, &args, n)?;
    match position(vm, l, &args.values[1], s, e)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => {
            let r = ops::repr::repr(vm, &args.values[1])?;
            Err(value_error(format!("{r} is not in list")))
        }
    }
}

fn count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = this(&args, "count")?;
    check_args("count", &args, 2, 2)?;
    let items = l.borrow().clone();
    let mut c = 0;
    for it in &items {
        if ops::compare::eq(vm, it, &args.values[1])? {
            c += 1;
        }
    }
    Ok(Value::Int(c))
}

fn reverse(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(&args, "reverse")?.borrow_mut().reverse();
    Ok(Value::None)
}

fn sort(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let l = this(&args, "sort")?;
    if args.pos().len() > 1 {
        return Err(type_error("sort() takes no positional arguments"));
    }
    let (key, reverse) = super::functions::sort_options(vm, &args, "sort")?;
    // Python empties the list while sorting so that mutation during the sort is detected.
    let mut items = std::mem::take(&mut *l.borrow_mut());
    let r = super::functions::sort_values(vm, &mut items, &key, reverse);
    let mutated = !l.borrow().is_empty();
    *l.borrow_mut() = items;
    r?;
    if mutated {
        return Err(value_error("list modified during sort"));
    }
    Ok(Value::None)
}

fn copy(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(new_list(this(&args, "copy")?.borrow().clone()))
}

fn clear(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(&args, "clear")?.borrow_mut().clear();
    Ok(Value::None)
}

fn list_len(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(this(&args, "__len__")?.borrow().len() as i64))
}

fn tuple_items(args: &Args, name: &str) -> PyResult<Vec<Value>> {
    match args.values.first().and_then(|v| v.payload()) {
        Some(Payload::Tuple(t)) => Ok(t.to_vec()),
        _ => Err(type_error(format!("descriptor '{name}' requires a 'tuple' object"))),
    }
}

fn tuple_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let items = tuple_items(&args, "index")?;
    check_args("index", &args, 2, 4)?;
    let (s, e) = index_bounds(vm, &args, items.len())?;
    for (i, it) in items.iter().enumerate().take(e).skip(s) {
        if ops::compare::eq(vm, it, &args.values[1])? {
            return Ok(Value::Int(i as i64));
        }
    }
    Err(value_error("tuple.index(x): x not in tuple"))
}

fn tuple_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let items = tuple_items(&args, "count")?;
    check_args("count", &args, 2, 2)?;
    let mut c = 0;
    for it in &items {
        if ops::compare::eq(vm, it, &args.values[1])? {
            c += 1;
        }
    }
    Ok(Value::Int(c))
}

fn tuple_len(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(tuple_items(&args, "__len__")?.len() as i64))
}

pub fn install(t: &Types) {
    let l = &t.list;
    add_method(l, "__new__", list_new);
    add_method(l, "append", append);
    add_method(l, "extend", extend);
    add_method(l, "insert", insert);
    add_method(l, "remove", remove);
    add_method(l, "pop", pop);
    add_method(l, "index", index);
    add_method(l, "count", count);
    add_method(l, "reverse", reverse);
    add_method(l, "sort", sort);
    add_method(l, "copy", copy);
    add_method(l, "clear", clear);
    add_method(l, "__len__", list_len);
    let tu = &t.tuple;
    add_method(tu, "__new__", tuple_new);
    add_method(tu, "index", tuple_index);
    add_method(tu, "count", tuple_count);
    add_method(tu, "__len__", tuple_len);
}
