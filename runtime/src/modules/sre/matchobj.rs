//! `re.Match` objects and `_sre.SRE_Scanner` (what `finditer` iterates), as in CPython's
//! `sre.c`: a match keeps its subject, the pattern, and the spans of every group.

use std::cell::Cell;
use std::rc::Rc;

use super::add_method;
use super::{engine_error, pattern_data, re_helper, short_repr, slice, Run};
use crate::builtins::{add_getter, bind};
use crate::interp::Vm;
use crate::object::exception::{index_error, type_error};
use crate::object::function::Args;
use crate::object::{native_ref, new_native, new_str, new_tuple, type_name, NativeData, Obj};
use crate::ops;
use crate::value::Value;
use crate::PyResult;

/// A successful match (CPython's `MatchObject`).
pub(crate) struct MatchData {
    pub pattern: Value,
    pub string: Value,
    pub text: Rc<[u32]>,
    pub isbytes: bool,
    /// Start and end of each group, group 0 first; -1 for a group that did not take part.
    pub marks: Vec<isize>,
    pub pos: usize,
    pub endpos: usize,
    pub lastindex: isize,
}

impl NativeData for MatchData {
    fn is_container(&self) -> bool {
        true
    }
    fn traverse(&self, f: &mut dyn FnMut(&Obj)) -> bool {
        for v in [&self.pattern, &self.string] {
            if let Value::Obj(o) = v {
                f(o);
            }
        }
        true
    }
}

/// The match a method is called on (CPython's errors for a missing or foreign receiver).
fn this<'a>(args: &Args<'a>, name: &str) -> PyResult<&'a MatchData> {
    super::receiver(args, "Match", name)
}

impl MatchData {
    fn groups(&self) -> usize {
        self.marks.len() / 2
    }

    /// `match_getindex`: the group number `index` names (an int or a group name).
    fn index(&self, vm: &mut Vm, index: Option<&Value>) -> PyResult<usize> {
        let Some(index) = index else { return Ok(0) };
        let i = if matches!(index, Value::Float(_)) {
            -1
        } else {
            match ops::seq::to_index(vm, index)? {
                Some(i) => i,
                None => {
                    let gi = pattern_data(&self.pattern)?.groupindex().cloned();
                    match gi {
                        Some(Value::Obj(d)) => match crate::builtins::dict::get(vm, &d, index)? {
                            Some(Value::Int(i)) => i,
                            _ => -1,
                        },
                        _ => -1,
                    }
                }
            }
        };
        if i < 0 || i as usize >= self.groups() {
            return Err(index_error("no such group"));
        }
        Ok(i as usize)
    }

    /// `match_getslice_by_index`: group `i`'s text, or `default` if it did not take part.
    fn group_value(&self, i: usize, default: &Value) -> Value {
        let (a, b) = (self.marks[2 * i], self.marks[2 * i + 1]);
        if a < 0 {
            return default.clone();
        }
        let len = self.text.len();
        let (a, b) = ((a as usize).min(len), (b as usize).min(len));
        slice(self.isbytes, &self.text, &self.string, a, b)
    }

    fn span(&self, i: usize) -> Value {
        new_tuple(vec![
            Value::Int(self.marks[2 * i] as i64),
            Value::Int(self.marks[2 * i + 1] as i64),
        ])
    }
}

fn match_group(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = this(&args, "group")?;
    crate::builtins::no_kwargs("Match.group", &args)?;
    let which = &args.values[1..];
    match which.len() {
        0 => Ok(m.group_value(0, &Value::None)),
        1 => {
            let i = m.index(vm, Some(&which[0]))?;
            Ok(m.group_value(i, &Value::None))
        }
        _ => {
            let mut out = Vec::with_capacity(which.len());
            for w in which {
                let i = m.index(vm, Some(w))?;
                out.push(m.group_value(i, &Value::None));
            }
            Ok(new_tuple(out))
        }
    }
}

fn match_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = this(&args, "__getitem__")?;
    super::arity(&args, None, 1)?;
    let i = m.index(vm, Some(&args.values[1]))?;
    Ok(m.group_value(i, &Value::None))
}

/// The optional `default` argument of `groups`/`groupdict`.
fn default_arg<'a>(name: &str, args: &Args<'a>) -> PyResult<Value> {
    let rest = Args {
        values: &args.values[1..],
        kwnames: args.kwnames,
    };
    let a = bind(name, &rest, &["default"], 0, 0)?;
    Ok(a[0].cloned().unwrap_or(Value::None))
}

fn match_groups(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = this(&args, "groups")?;
    let default = default_arg("groups", &args)?;
    Ok(new_tuple(
        (1..m.groups())
            .map(|i| m.group_value(i, &default))
            .collect(),
    ))
}

fn match_groupdict(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = this(&args, "groupdict")?;
    let default = default_arg("groupdict", &args)?;
    let out = crate::object::new_dict();
    if let Some(Value::Obj(gi)) = pattern_data(&m.pattern)?.groupindex().cloned() {
        for (k, _) in crate::builtins::dict::items(&gi) {
            let i = m.index(vm, Some(&k))?;
            let v = m.group_value(i, &default);
            crate::builtins::dict::set_item(vm, &out, k, v)?;
        }
    }
    Ok(Value::Obj(out))
}

/// The optional positional `group` argument of start/end/span.
fn group_arg(vm: &mut Vm, name: &str, args: &Args) -> PyResult<usize> {
    let m = this(args, name)?;
    crate::builtins::no_kwargs(name, args)?;
    if args.values.len() > 2 {
        return Err(type_error(format!(
            "{name} expected at most 1 argument, got {}",
            args.values.len() - 1
        )));
    }
    m.index(vm, args.values.get(1))
}

fn match_start(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let i = group_arg(vm, "start", &args)?;
    Ok(Value::Int(this(&args, "start")?.marks[2 * i] as i64))
}

fn match_end(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let i = group_arg(vm, "end", &args)?;
    Ok(Value::Int(this(&args, "end")?.marks[2 * i + 1] as i64))
}

fn match_span(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let i = group_arg(vm, "span", &args)?;
    Ok(this(&args, "span")?.span(i))
}

/// `expand(template)`: `re._expand(pattern, match, template)`, as CPython 3.11 does.
fn match_expand(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = this(&args, "expand")?;
    let rest = Args {
        values: &args.values[1..],
        kwnames: args.kwnames,
    };
    let a = bind("expand", &rest, &["template"], 0, 1)?;
    let pattern = m.pattern.clone();
    let expand = re_helper(vm, "_expand")?;
    crate::interp::call(
        vm,
        &expand,
        &[
            pattern,
            args.values[0].clone(),
            a[0].expect("required").clone(),
        ],
    )
}

fn match_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = this(&args, "__repr__")?;
    let g0 = m.group_value(0, &Value::None);
    let (a, b) = (m.marks[0], m.marks[1]);
    let r = short_repr(vm, &g0, 50)?;
    Ok(new_str(format!(
        "<re.Match object; span=({a}, {b}), match={r}>"
    )))
}

fn match_get_string(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(this(&args, "string")?.string.clone())
}

fn match_get_re(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(this(&args, "re")?.pattern.clone())
}

fn match_get_pos(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(this(&args, "pos")?.pos as i64))
}

fn match_get_endpos(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(this(&args, "endpos")?.endpos as i64))
}

fn match_get_lastindex(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = this(&args, "lastindex")?;
    Ok(if m.lastindex >= 0 {
        Value::Int(m.lastindex as i64)
    } else {
        Value::None
    })
}

fn match_get_lastgroup(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = this(&args, "lastgroup")?;
    if m.lastindex < 0 {
        return Ok(Value::None);
    }
    if let Some(ig) = pattern_data(&m.pattern)?.indexgroup() {
        if let Some(crate::object::Payload::Tuple(t)) = ig.payload() {
            if let Some(v) = t.get(m.lastindex as usize) {
                return Ok(v.clone());
            }
        }
    }
    Ok(Value::None)
}

fn match_get_regs(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let m = this(&args, "regs")?;
    Ok(new_tuple((0..m.groups()).map(|i| m.span(i)).collect()))
}

const MATCH: &str = "re.Match";
const SCANNER: &str = "_sre.SRE_Scanner";

fn match_copy(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(&args, "__copy__")?;
    super::arity(&args, Some("Match.__copy__"), 0)?;
    Ok(args.values[0].clone())
}

fn match_deepcopy(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(&args, "__deepcopy__")?;
    super::arity(&args, Some("Match.__deepcopy__"), 1)?;
    Ok(args.values[0].clone())
}

pub(super) fn install_match(cls: &Obj) {
    add_method(cls, MATCH, "group", match_group);
    add_method(cls, MATCH, "__getitem__", match_getitem);
    add_method(cls, MATCH, "groups", match_groups);
    add_method(cls, MATCH, "groupdict", match_groupdict);
    add_method(cls, MATCH, "start", match_start);
    add_method(cls, MATCH, "end", match_end);
    add_method(cls, MATCH, "span", match_span);
    add_method(cls, MATCH, "expand", match_expand);
    add_method(cls, MATCH, "__repr__", match_repr);
    add_method(cls, MATCH, "__copy__", match_copy);
    add_method(cls, MATCH, "__deepcopy__", match_deepcopy);
    add_getter(cls, "string", match_get_string);
    add_getter(cls, "re", match_get_re);
    add_getter(cls, "pos", match_get_pos);
    add_getter(cls, "endpos", match_get_endpos);
    add_getter(cls, "lastindex", match_get_lastindex);
    add_getter(cls, "lastgroup", match_get_lastgroup);
    add_getter(cls, "regs", match_get_regs);
    super::add_class_getitem(cls);
}

// ---- SRE_Scanner --------------------------------------------------------------------------

/// A scanner: a state kept between calls. `start` is None once a call found nothing.
struct Scanner {
    run: Run,
    start: Cell<Option<usize>>,
    must_advance: Cell<bool>,
}

impl NativeData for Scanner {
    fn is_container(&self) -> bool {
        true
    }
    fn traverse(&self, f: &mut dyn FnMut(&Obj)) -> bool {
        for v in [&self.run.pattern, &self.run.string] {
            if let Value::Obj(o) = v {
                f(o);
            }
        }
        true
    }
}

pub(super) fn new_scanner(cls: &Obj, run: Run) -> Value {
    let start = run.pos;
    new_native(
        cls,
        Scanner {
            run,
            start: Cell::new(Some(start)),
            must_advance: Cell::new(false),
        },
    )
}

fn scanner_step(args: &Args, search: bool) -> PyResult<Value> {
    let name = if search { "search" } else { "match" };
    crate::builtins::no_kwargs(name, args)?;
    crate::builtins::check_args(name, args, 1, 1)?;
    let sc = native_ref::<Scanner>(&args.values[0]).ok_or_else(|| {
        type_error(format!(
            "descriptor '{name}' requires a '_sre.SRE_Scanner' object but received a '{}'",
            type_name(&args.values[0])
        ))
    })?;
    let Some(start) = sc.start.get() else {
        return Ok(Value::None);
    };
    let mut st = sc.run.state();
    st.start = start;
    st.ptr = start;
    st.must_advance = sc.must_advance.get();
    let r = if search { st.search() } else { st.match_() };
    if r.map_err(engine_error)? {
        let m = sc.run.new_match(&st);
        sc.must_advance.set(st.ptr == st.start);
        sc.start.set(Some(st.ptr));
        Ok(m)
    } else {
        sc.start.set(None);
        Ok(Value::None)
    }
}

fn scanner_match(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    scanner_step(&args, false)
}

fn scanner_search(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    scanner_step(&args, true)
}

fn scanner_get_pattern(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let sc = native_ref::<Scanner>(&args.values[0])
        .ok_or_else(|| type_error("expected an SRE_Scanner"))?;
    Ok(sc.run.pattern.clone())
}

pub(super) fn install_scanner(cls: &Obj) {
    add_method(cls, SCANNER, "match", scanner_match);
    add_method(cls, SCANNER, "search", scanner_search);
    add_getter(cls, "pattern", scanner_get_pattern);
}
