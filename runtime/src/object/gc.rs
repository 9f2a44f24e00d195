//! What the cycle collector needs to know about each kind of object (the collector itself is in
//! `heap`, beside the registry it walks).
//!
//! - [`is_container`]: objects that can be part of a reference cycle are tracked. Classes and
//!   generators are not: classes live as long as the program (inline caches name them by
//!   address), and a generator must run its `finally` blocks rather than be emptied, so both
//!   stay roots, keeping alive what they reference.
//! - [`traverse`] reports the references an object holds. It must never report a reference the
//!   object does not own (that could free a live object); it may leave some out, which only makes
//!   their targets look reachable. A container whose `RefCell` is borrowed at the moment is
//!   skipped and reported incomplete.
//! - [`clear`] moves an unreachable object's references out, breaking its cycles.

use super::iter::IterState;
use super::{Obj, Payload};
use crate::value::Value;

pub fn is_container(p: &Payload) -> bool {
    if let Payload::Native(d) = p {
        return d.is_container();
    }
    matches!(
        p,
        Payload::List(_)
            | Payload::Tuple(_)
            | Payload::Dict(_)
            | Payload::Set(_)
            | Payload::FrozenSet(_)
            | Payload::Instance(_)
            | Payload::Function(_)
            | Payload::Cell(_)
            | Payload::Method(_)
            | Payload::Exception(_)
            | Payload::Iter(_)
            | Payload::Property(_)
            | Payload::StaticMethod(_)
            | Payload::ClassMethod(_)
            | Payload::Super(_)
            | Payload::DictView(..)
    )
}

fn visit(v: &Value, f: &mut dyn FnMut(&Obj)) {
    if let Value::Obj(o) = v {
        f(o);
    }
}

/// Calls `f` on each object `p` holds a reference to. Returns false if part of `p` could not
/// be inspected (borrowed at the moment).
pub fn traverse(p: &Payload, f: &mut dyn FnMut(&Obj)) -> bool {
    match p {
        Payload::List(l) => match l.try_borrow() {
            Ok(items) => items.iter().for_each(|v| visit(v, f)),
            Err(_) => return false,
        },
        Payload::Tuple(items) => items.iter().for_each(|v| visit(v, f)),
        Payload::Dict(d) => match d.table.try_borrow() {
            Ok(t) => t.iter().for_each(|(k, v)| {
                visit(k, f);
                visit(v, f);
            }),
            Err(_) => return false,
        },
        Payload::Set(s) => match s.try_borrow() {
            Ok(t) => t.iter().for_each(|v| visit(v, f)),
            Err(_) => return false,
        },
        Payload::FrozenSet(t) => t.iter().for_each(|v| visit(v, f)),
        Payload::Instance(inst) => match inst.slots.try_borrow() {
            Ok(s) => {
                s.values.iter().for_each(|v| visit(v, f));
                if let Some(d) = &s.dict {
                    f(d);
                }
                if let Some(m) = &s.members {
                    m.iter().for_each(|(n, v)| {
                        f(n);
                        visit(v, f);
                    });
                }
            }
            Err(_) => return false,
        },
        Payload::Function(func) => {
            f(&func.globals);
            func.closure.iter().for_each(&mut *f);
            let (Ok(defaults), Ok(kw), Ok(dict), Ok(name), Ok(qualname)) = (
                func.defaults.try_borrow(),
                func.kwdefaults.try_borrow(),
                func.dict.try_borrow(),
                func.name.try_borrow(),
                func.qualname.try_borrow(),
            ) else {
                return false;
            };
            for cell in [&func.doc, &func.module, &func.annotations] {
                match cell.try_borrow() {
                    Ok(v) => visit(&v, f),
                    Err(_) => return false,
                }
            }
            defaults.iter().for_each(|v| visit(v, f));
            kw.iter().for_each(|(n, v)| {
                f(n);
                visit(v, f);
            });
            if let Some(d) = dict.as_ref() {
                f(d);
            }
            f(&name);
            f(&qualname);
        }
        Payload::Cell(c) => match c.try_borrow() {
            Ok(v) => visit(&v, f),
            Err(_) => return false,
        },
        Payload::Method(m) => {
            visit(&m.0, f);
            visit(&m.1, f);
        }
        Payload::Exception(e) => {
            let (Ok(args), Ok(cause), Ok(context), Ok(attrs)) = (
                e.args.try_borrow(),
                e.cause.try_borrow(),
                e.context.try_borrow(),
                e.attrs.try_borrow(),
            ) else {
                return false;
            };
            visit(&args, f);
            visit(&cause, f);
            visit(&context, f);
            if let Some(d) = attrs.as_ref() {
                f(d);
            }
        }
        Payload::Iter(st) => match st.try_borrow() {
            Ok(st) => traverse_iter(&st, f),
            Err(_) => return false,
        },
        Payload::Property(p) => p.iter().for_each(|v| visit(v, f)),
        Payload::StaticMethod(v) | Payload::ClassMethod(v) => visit(v, f),
        Payload::Super(s) => {
            f(&s.0);
            visit(&s.1, f);
        }
        Payload::DictView(_, d) => f(d),
        Payload::Native(d) => return d.traverse(f),
        _ => {}
    }
    true
}

fn traverse_iter(st: &IterState, f: &mut dyn FnMut(&Obj)) {
    match st {
        IterState::Seq { seq, .. } | IterState::Reversed { seq, .. } => f(seq),
        IterState::Dict { dict, .. } => f(dict),
        IterState::Set { set, .. } => f(set),
        IterState::Enumerate { it, .. } => visit(it, f),
        IterState::Zip { its, .. } => its.iter().for_each(|v| visit(v, f)),
        IterState::Map { func, its } => {
            visit(func, f);
            its.iter().for_each(|v| visit(v, f));
        }
        IterState::Filter { func, it } => {
            visit(func, f);
            visit(it, f);
        }
        IterState::GetItem { obj, .. } => visit(obj, f),
        IterState::Callable { func, sentinel } => {
            visit(func, f);
            visit(sentinel, f);
        }
        _ => {}
    }
}

/// Moves the references an unreachable object holds into `out` (dropped by the caller once
/// every such object has been emptied). Immutable parts (tuple items, closures) stay: a cycle
/// through them also runs through something mutable that is emptied here.
pub fn clear(p: &Payload, out: &mut Vec<Value>) {
    match p {
        Payload::List(l) => {
            if let Ok(mut items) = l.try_borrow_mut() {
                out.append(&mut items);
            }
        }
        Payload::Dict(d) => {
            if let Ok(mut t) = d.table.try_borrow_mut() {
                let table = std::mem::take(&mut *t);
                drop(t);
                for (k, v) in table.iter() {
                    out.push(k.clone());
                    out.push(v.clone());
                }
            }
        }
        Payload::Set(s) => {
            if let Ok(mut t) = s.try_borrow_mut() {
                let table = std::mem::take(&mut *t);
                out.extend(table.iter().cloned());
                drop(t);
                drop(table);
            }
        }
        Payload::Instance(inst) => {
            if let Ok(mut s) = inst.slots.try_borrow_mut() {
                out.append(&mut s.values);
                if let Some(d) = s.dict.take() {
                    out.push(Value::Obj(d));
                }
                if let Some(m) = s.members.take() {
                    out.extend(m.into_iter().map(|(_, v)| v));
                }
            }
        }
        Payload::Function(func) => {
            if let Ok(mut d) = func.defaults.try_borrow_mut() {
                out.append(&mut d);
            }
            if let Ok(mut kw) = func.kwdefaults.try_borrow_mut() {
                out.extend(kw.drain(..).map(|(_, v)| v));
            }
            if let Ok(mut d) = func.dict.try_borrow_mut() {
                if let Some(d) = d.take() {
                    out.push(Value::Obj(d));
                }
            }
            for cell in [&func.doc, &func.module, &func.annotations] {
                if let Ok(mut v) = cell.try_borrow_mut() {
                    out.push(std::mem::replace(&mut *v, Value::None));
                }
            }
        }
        Payload::Cell(c) => {
            if let Ok(mut v) = c.try_borrow_mut() {
                out.push(std::mem::replace(&mut *v, Value::Null));
            }
        }
        Payload::Exception(e) => {
            for cell in [&e.args, &e.cause, &e.context] {
                if let Ok(mut v) = cell.try_borrow_mut() {
                    out.push(std::mem::replace(&mut *v, Value::None));
                }
            }
            if let Ok(mut a) = e.attrs.try_borrow_mut() {
                if let Some(d) = a.take() {
                    out.push(Value::Obj(d));
                }
            }
        }
        Payload::Iter(st) => {
            if let Ok(mut st) = st.try_borrow_mut() {
                let old = std::mem::replace(&mut *st, IterState::Exhausted);
                drop(st);
                drop(old);
            }
        }
        Payload::Native(d) => d.clear(out),
        _ => {}
    }
}
