//! The text methods of `str`: searching, splitting, stripping, padding, case conversion and
//! predicates, translation and encoding (construction, `%`, `str.format` and the operator
//! methods are in `str.rs`).
//!
//! Each method follows CPython 3.11's `unicodeobject.c` into the edge cases (what
//! `'abc'.find('', 4)` returns, how `center` splits odd padding), and reports a bad call in the
//! words of the CPython function it mirrors. Those words depend on how that function parses
//! its arguments, which [`Sig`] and [`keyword_args`] reproduce.
//!
//! Strings are UTF-8, so a character index is not a byte offset: the search methods work on
//! byte ranges and convert at the edges (directly for ASCII text).

use crate::interp::Vm;
use crate::object::exception::{
    not_implemented_error, overflow_error, type_error, unicode_encode_error, value_error, PyErr,
};
use crate::object::function::Args;
use crate::object::types::Types;
use crate::object::{
    as_str, exc_types, new_bytes, new_dict, new_list, new_str, new_tuple, str_of, type_name, Obj,
    Payload,
};
use crate::ops;
use crate::ops::repr::text_err;
use crate::text::unicode as uni;
use crate::text::{py_is_printable, py_is_space};
use crate::value::Value;
use crate::PyResult;

use super::add_method;

// ---- arguments ----------------------------------------------------------------------------

/// The text of the receiver of str method `name`.
pub(super) fn this<'a>(args: &Args<'a>, name: &str) -> PyResult<&'a str> {
    match args.values.first() {
        None => Err(type_error(format!(
            "unbound method str.{name}() needs an argument"
        ))),
        Some(v) => as_str(v).ok_or_else(|| {
            type_error(format!(
                "descriptor '{name}' for 'str' objects doesn't apply to a '{}' object",
                type_name(v)
            ))
        }),
    }
}

/// How a CPython method parses its positional arguments, which decides the wording of its
/// errors. None of these take keywords.
#[derive(Clone, Copy)]
pub(super) enum Sig {
    /// `METH_NOARGS`: `str.upper() takes no arguments (1 given)`.
    NoArgs,
    /// `METH_O`: `str.join() takes exactly one argument (0 given)`.
    One,
    /// Argument Clinic, positional only, from `min` to `max`:
    /// `center expected at least 1 argument, got 0`.
    Clinic(usize, usize),
    /// `PyArg_ParseTuple`, from `min` to `max`: `find() takes at least 1 argument (0 given)`.
    Tuple(usize, usize),
    /// A slot wrapper (`__add__`, `__len__`) taking exactly so many: `expected 1 argument, got 0`.
    Wrapper(usize),
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// The receiver's text and the arguments after it, checked against `sig`.
pub(super) fn method_args<'a>(
    args: &Args<'a>,
    name: &str,
    sig: Sig,
) -> PyResult<(&'a str, &'a [Value])> {
    let s = this(args, name)?;
    if args.has_kwargs() {
        return Err(type_error(match sig {
            Sig::Wrapper(_) => format!("wrapper {name}() takes no keyword arguments"),
            _ => format!("str.{name}() takes no keyword arguments"),
        }));
    }
    let rest = &args.pos()[1..];
    let n = rest.len();
    let msg = match sig {
        Sig::NoArgs if n != 0 => format!("str.{name}() takes no arguments ({n} given)"),
        Sig::One if n != 1 => format!("str.{name}() takes exactly one argument ({n} given)"),
        Sig::Clinic(min, _) if n < min => {
            format!(
                "{name} expected at least {min} argument{}, got {n}",
                plural(min)
            )
        }
        Sig::Clinic(_, max) if n > max => {
            format!(
                "{name} expected at most {max} argument{}, got {n}",
                plural(max)
            )
        }
        Sig::Tuple(min, _) if n < min => {
            format!(
                "{name}() takes at least {min} argument{} ({n} given)",
                plural(min)
            )
        }
        Sig::Tuple(_, max) if n > max => {
            format!(
                "{name}() takes at most {max} argument{} ({n} given)",
                plural(max)
            )
        }
        Sig::Wrapper(k) if n != k => format!("expected {k} argument{}, got {n}", plural(k)),
        _ => return Ok((s, rest)),
    };
    Err(type_error(msg))
}

/// The values of the parameters `params` of a function Argument Clinic parses with keywords
/// (`split(sep=None, maxsplit=-1)`), each if given: the positional arguments `pos`, then the
/// keyword arguments of `args`.
pub(super) fn keyword_args<'a, const N: usize>(
    pos: &'a [Value],
    args: &Args<'a>,
    name: &str,
    params: [&str; N],
) -> PyResult<[Option<&'a Value>; N]> {
    let given = pos.len() + args.kwargs().count();
    if given > N {
        return Err(type_error(format!(
            "{name}() takes at most {N} argument{} ({given} given)",
            plural(N)
        )));
    }
    let mut out = [None; N];
    for (slot, v) in out.iter_mut().zip(pos) {
        *slot = Some(v);
    }
    add_keywords(args, name, &params, &mut out)?;
    Ok(out)
}

/// Puts the keyword arguments of `args` into the slots of `params` in `out`, with Argument
/// Clinic's errors for an unknown name or one already given by position.
pub(super) fn add_keywords<'a>(
    args: &Args<'a>,
    name: &str,
    params: &[&str],
    out: &mut [Option<&'a Value>],
) -> PyResult<()> {
    for (k, v) in args.kwargs() {
        let k = str_of(k);
        match params.iter().position(|p| *p == k) {
            Some(i) if out[i].is_some() => {
                return Err(type_error(format!(
                    "argument for {name}() given by name ('{k}') and position ({})",
                    i + 1
                )))
            }
            Some(i) => out[i] = Some(v),
            None => {
                return Err(type_error(format!(
                    "'{k}' is an invalid keyword argument for {name}()"
                )))
            }
        }
    }
    Ok(())
}

/// The receiver's text and the [`keyword_args`] of a str method.
fn kw_method_args<'a, const N: usize>(
    args: &Args<'a>,
    name: &str,
    params: [&str; N],
) -> PyResult<(&'a str, [Option<&'a Value>; N])> {
    let s = this(args, name)?;
    Ok((s, keyword_args(&args.pos()[1..], args, name, params)?))
}

/// How Argument Clinic names the type of a bad argument (`must be str, not None`).
pub(super) fn clinic_type_name(v: &Value) -> String {
    if v.is_none() {
        "None".to_string()
    } else {
        type_name(v)
    }
}

/// A `Py_ssize_t` argument (a width, a count): an int, or an object with `__index__`.
pub(super) fn ssize_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    if let Some(Payload::BigInt(_)) = v.payload() {
        return Err(overflow_error(
            "Python int too large to convert to C ssize_t",
        ));
    }
    ops::seq::to_index(vm, v)?.ok_or_else(|| {
        type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(v)
        ))
    })
}

/// A C `int` argument (`expandtabs`' tab size, `splitlines`' flag).
fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let too_large = || overflow_error("Python int too large to convert to C int");
    let i = ssize_arg(vm, v).map_err(|e| {
        if e.is_instance(&exc_types().overflow_error) {
            too_large()
        } else {
            e
        }
    })?;
    if i32::try_from(i).is_err() {
        return Err(too_large());
    }
    Ok(i)
}

/// A start or end argument of the search methods (`_PyEval_SliceIndex`): `None` means the
/// default, and ints too large for an index clamp instead of failing.
fn slice_bound(vm: &mut Vm, v: Option<&Value>, default: i64) -> PyResult<i64> {
    let v = match v {
        None | Some(Value::None) => return Ok(default),
        Some(v) => v,
    };
    if let Some(Payload::BigInt(b)) = v.payload() {
        return Ok(if num_traits::Signed::is_negative(b) {
            i64::MIN
        } else {
            i64::MAX
        });
    }
    ops::seq::to_index(vm, v)?.ok_or_else(|| {
        type_error("slice indices must be integers or None or have an __index__ method")
    })
}

/// CPython's `ADJUST_INDICES`: slice-style negative bounds, `end` clamped to the length, and
/// `start` left past the end if it is (so `'abc'.find('', 4)` finds nothing).
fn adjust_indices(start: i64, end: i64, len: i64) -> (i64, i64) {
    let end = if end > len {
        len
    } else if end < 0 {
        (end + len).max(0)
    } else {
        end
    };
    let start = if start < 0 {
        (start + len).max(0)
    } else {
        start
    };
    (start, end)
}

/// `(start, end)` of the optional slice arguments `rest[1]`, `rest[2]` of a search method,
/// adjusted to a string of `len` characters.
fn search_bounds(vm: &mut Vm, rest: &[Value], len: i64) -> PyResult<(i64, i64)> {
    let start = slice_bound(vm, rest.get(1), 0)?;
    let end = slice_bound(vm, rest.get(2), i64::MAX)?;
    Ok(adjust_indices(start, end, len))
}

/// The string argument of a search method (`must be str, not int`).
fn sub_arg(v: &Value) -> PyResult<&str> {
    as_str(v).ok_or_else(|| type_error(format!("must be str, not {}", type_name(v))))
}

fn char_count(s: &str) -> i64 {
    (if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }) as i64
}

/// The byte offset of character `i` of `s` (`0 <= i <= len`).
fn byte_offset(s: &str, i: i64) -> usize {
    let i = i as usize;
    if s.is_ascii() {
        return i.min(s.len());
    }
    s.char_indices().nth(i).map_or(s.len(), |(b, _)| b)
}

/// The receiver itself when a method leaves it unchanged (CPython returns the same object),
/// else a new string.
fn same_or_new(args: &Args, s: &str, out: &str) -> Value {
    if out.len() == s.len() {
        args.values[0].clone()
    } else {
        new_str(out)
    }
}

// ---- searching ----------------------------------------------------------------------------

/// Finds `sub` in `s[start:end]` (character indices), from the left or the right; the
/// character index of the match.
fn find_impl(vm: &mut Vm, args: &Args, name: &str, reverse: bool) -> PyResult<Option<i64>> {
    let (s, rest) = method_args(args, name, Sig::Tuple(1, 3))?;
    let len = char_count(s);
    let (start, end) = search_bounds(vm, rest, len)?;
    let sub = sub_arg(&rest[0])?;
    if end - start < char_count(sub) {
        return Ok(None);
    }
    let hay = &s[byte_offset(s, start)..byte_offset(s, end)];
    let found = if reverse {
        hay.rfind(sub)
    } else {
        hay.find(sub)
    };
    Ok(found.map(|b| start + char_count(&hay[..b])))
}

fn find(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(
        find_impl(vm, &args, "find", false)?.unwrap_or(-1),
    ))
}

fn rfind(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(
        find_impl(vm, &args, "rfind", true)?.unwrap_or(-1),
    ))
}

fn index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match find_impl(vm, &args, "index", false)? {
        Some(i) => Ok(Value::Int(i)),
        None => Err(value_error("substring not found")),
    }
}

fn rindex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match find_impl(vm, &args, "rindex", true)? {
        Some(i) => Ok(Value::Int(i)),
        None => Err(value_error("substring not found")),
    }
}

fn count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, rest) = method_args(&args, "count", Sig::Tuple(1, 3))?;
    let len = char_count(s);
    let (start, end) = search_bounds(vm, rest, len)?;
    let sub = sub_arg(&rest[0])?;
    if end - start < char_count(sub) {
        return Ok(Value::Int(0));
    }
    if sub.is_empty() {
        // An empty string matches between every two characters and at both ends.
        return Ok(Value::Int(end - start + 1));
    }
    let hay = &s[byte_offset(s, start)..byte_offset(s, end)];
    Ok(Value::Int(hay.matches(sub).count() as i64))
}

/// `startswith` / `endswith`: whether `s[start:end]` begins (or ends) with the prefix or
/// with any of a tuple of them.
fn affix_test(vm: &mut Vm, args: &Args, name: &str, ends: bool) -> PyResult<Value> {
    let (s, rest) = method_args(args, name, Sig::Tuple(1, 3))?;
    let len = char_count(s);
    let (start, end) = search_bounds(vm, rest, len)?;
    // CPython's `tailmatch`.
    let matches = |affix: &str| {
        let n = char_count(affix);
        if end - n < start {
            return false;
        }
        let hay = &s[byte_offset(s, start)..byte_offset(s, end)];
        if ends {
            hay.ends_with(affix)
        } else {
            hay.starts_with(affix)
        }
    };
    let arg = &rest[0];
    if let Some(Payload::Tuple(items)) = arg.payload() {
        for item in items.iter() {
            let affix = as_str(item).ok_or_else(|| {
                type_error(format!(
                    "tuple for {name} must only contain str, not {}",
                    type_name(item)
                ))
            })?;
            if matches(affix) {
                return Ok(Value::Bool(true));
            }
        }
        return Ok(Value::Bool(false));
    }
    match as_str(arg) {
        Some(affix) => Ok(Value::Bool(matches(affix))),
        None => Err(type_error(format!(
            "{name} first arg must be str or a tuple of str, not {}",
            type_name(arg)
        ))),
    }
}

fn startswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix_test(vm, &args, "startswith", false)
}

fn endswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix_test(vm, &args, "endswith", true)
}

// ---- splitting and joining ----------------------------------------------------------------

fn join(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (sep, rest) = method_args(&args, "join", Sig::One)?;
    let it = ops::iter::get_iter(vm, &rest[0]).map_err(|e| {
        if e.is_instance(&exc_types().type_error) {
            type_error("can only join an iterable")
        } else {
            e
        }
    })?;
    let mut out = String::new();
    let mut i = 0;
    while let Some(item) = ops::iter::next(vm, &it)? {
        let Some(text) = as_str(&item) else {
            return Err(type_error(format!(
                "sequence item {i}: expected str instance, {} found",
                type_name(&item)
            )));
        };
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(text);
        i += 1;
    }
    Ok(new_str(out))
}

/// The separator and split limit of `split` / `rsplit` (a negative limit means none).
fn split_args<'a>(
    vm: &mut Vm,
    args: &Args<'a>,
    name: &str,
) -> PyResult<(&'a str, Option<&'a str>, usize)> {
    let (s, [sep, maxsplit]) = kw_method_args(args, name, ["sep", "maxsplit"])?;
    let maxsplit = match maxsplit {
        Some(v) => ssize_arg(vm, v)?,
        None => -1,
    };
    let sep = match sep {
        None | Some(Value::None) => None,
        Some(v) => {
            let sep = as_str(v)
                .ok_or_else(|| type_error(format!("must be str or None, not {}", type_name(v))))?;
            if sep.is_empty() {
                return Err(value_error("empty separator"));
            }
            Some(sep)
        }
    };
    let limit = usize::try_from(maxsplit).unwrap_or(usize::MAX);
    Ok((s, sep, limit))
}

fn split(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, sep, limit) = split_args(vm, &args, "split")?;
    let parts: Vec<Value> = match sep {
        Some(sep) => s
            .splitn(limit.saturating_add(1), sep)
            .map(new_str)
            .collect(),
        None => {
            // Runs of whitespace separate; leading whitespace never makes an empty field,
            // and once the limit is reached the rest (less its leading space) is one field.
            let mut out = Vec::new();
            let mut rest = s.trim_start_matches(py_is_space);
            while !rest.is_empty() {
                if out.len() == limit {
                    out.push(new_str(rest));
                    break;
                }
                let end = rest.find(py_is_space).unwrap_or(rest.len());
                out.push(new_str(&rest[..end]));
                rest = rest[end..].trim_start_matches(py_is_space);
            }
            out
        }
    };
    Ok(new_list(parts))
}

fn rsplit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, sep, limit) = split_args(vm, &args, "rsplit")?;
    let mut parts: Vec<Value> = match sep {
        Some(sep) => s
            .rsplitn(limit.saturating_add(1), sep)
            .map(new_str)
            .collect(),
        None => {
            let mut out = Vec::new();
            let mut rest = s.trim_end_matches(py_is_space);
            while !rest.is_empty() {
                if out.len() == limit {
                    out.push(new_str(rest));
                    break;
                }
                let start = rest
                    .char_indices()
                    .rev()
                    .find(|&(_, c)| py_is_space(c))
                    .map_or(0, |(i, c)| i + c.len_utf8());
                out.push(new_str(&rest[start..]));
                rest = rest[..start].trim_end_matches(py_is_space);
            }
            out
        }
    };
    parts.reverse();
    Ok(new_list(parts))
}

/// `Py_UNICODE_ISLINEBREAK`: the characters `splitlines` splits at.
fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\x0b'
            | '\x0c'
            | '\r'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

fn splitlines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, [keepends]) = kw_method_args(&args, "splitlines", ["keepends"])?;
    let keepends = match keepends {
        Some(v) => int_arg(vm, v)? != 0,
        None => false,
    };
    let mut out = Vec::new();
    let mut rest = s;
    while !rest.is_empty() {
        let (line, next) = match rest.char_indices().find(|&(_, c)| is_line_break(c)) {
            None => (rest, ""),
            Some((i, c)) => {
                // "\r\n" is one line break.
                let brk = if rest[i..].starts_with("\r\n") {
                    2
                } else {
                    c.len_utf8()
                };
                let line = if keepends {
                    &rest[..i + brk]
                } else {
                    &rest[..i]
                };
                (line, &rest[i + brk..])
            }
        };
        out.push(new_str(line));
        rest = next;
    }
    Ok(new_list(out))
}

/// `partition` / `rpartition`: `(head, sep, tail)` around the first (last) `sep`.
fn partition_impl(args: &Args, name: &str, reverse: bool) -> PyResult<Value> {
    let (s, rest) = method_args(args, name, Sig::One)?;
    let sep = sub_arg(&rest[0])?;
    if sep.is_empty() {
        return Err(value_error("empty separator"));
    }
    let found = if reverse { s.rfind(sep) } else { s.find(sep) };
    let parts = match found {
        Some(i) => [
            new_str(&s[..i]),
            rest[0].clone(),
            new_str(&s[i + sep.len()..]),
        ],
        None if reverse => [new_str(""), new_str(""), args.values[0].clone()],
        None => [args.values[0].clone(), new_str(""), new_str("")],
    };
    Ok(new_tuple(parts.to_vec()))
}

fn partition(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition_impl(&args, "partition", false)
}

fn rpartition(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition_impl(&args, "rpartition", true)
}

// ---- stripping and replacing --------------------------------------------------------------

#[derive(Clone, Copy)]
enum Side {
    Left,
    Right,
    Both,
}

fn strip_impl(args: &Args, name: &str, side: Side) -> PyResult<Value> {
    let (s, rest) = method_args(args, name, Sig::Clinic(0, 1))?;
    let chars = match rest.first() {
        None | Some(Value::None) => None,
        Some(v) => {
            Some(as_str(v).ok_or_else(|| type_error(format!("{name} arg must be None or str")))?)
        }
    };
    let strip = |c: char| match chars {
        None => py_is_space(c),
        Some(cs) => cs.contains(c),
    };
    let out = match side {
        Side::Left => s.trim_start_matches(strip),
        Side::Right => s.trim_end_matches(strip),
        Side::Both => s.trim_matches(strip),
    };
    Ok(same_or_new(args, s, out))
}

fn strip(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_impl(&args, "strip", Side::Both)
}

fn lstrip(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_impl(&args, "lstrip", Side::Left)
}

fn rstrip(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_impl(&args, "rstrip", Side::Right)
}

fn replace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, rest) = method_args(&args, "replace", Sig::Clinic(2, 3))?;
    let str_param = |i: usize| {
        as_str(&rest[i]).ok_or_else(|| {
            type_error(format!(
                "replace() argument {} must be str, not {}",
                i + 1,
                clinic_type_name(&rest[i])
            ))
        })
    };
    let old = str_param(0)?;
    let new = str_param(1)?;
    let count = match rest.get(2) {
        Some(v) => ssize_arg(vm, v)?,
        None => -1,
    };
    let Ok(count) = usize::try_from(count) else {
        return Ok(new_str(s.replace(old, new)));
    };
    if !old.is_empty() {
        return Ok(new_str(s.replacen(old, new, count)));
    }
    // An empty `old` matches before every character and at the end.
    let mut out = String::with_capacity(s.len() + new.len() * count.min(s.len() + 1));
    let mut n = 0;
    for c in s.chars() {
        if n < count {
            out.push_str(new);
            n += 1;
        }
        out.push(c);
    }
    if n < count {
        out.push_str(new);
    }
    Ok(new_str(out))
}

/// `removeprefix` / `removesuffix`.
fn remove_affix(args: &Args, name: &str, suffix: bool) -> PyResult<Value> {
    let (s, rest) = method_args(args, name, Sig::One)?;
    let affix = as_str(&rest[0]).ok_or_else(|| {
        type_error(format!(
            "{name}() argument must be str, not {}",
            clinic_type_name(&rest[0])
        ))
    })?;
    let out = if suffix {
        s.strip_suffix(affix)
    } else {
        s.strip_prefix(affix)
    };
    Ok(same_or_new(args, s, out.unwrap_or(s)))
}

fn removeprefix(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    remove_affix(&args, "removeprefix", false)
}

fn removesuffix(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    remove_affix(&args, "removesuffix", true)
}

fn expandtabs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, [tabsize]) = kw_method_args(&args, "expandtabs", ["tabsize"])?;
    let tabsize = match tabsize {
        Some(v) => int_arg(vm, v)?,
        None => 8,
    };
    if !s.contains('\t') {
        return Ok(args.values[0].clone());
    }
    let mut out = String::with_capacity(s.len());
    let mut column = 0i64;
    for c in s.chars() {
        match c {
            // A tab pads to the next multiple of the tab size; a tab size of 0 or less
            // deletes tabs.
            '\t' if tabsize > 0 => {
                let n = tabsize - column % tabsize;
                crate::text::push_repeated(&mut out, ' ', n as usize).map_err(text_err)?;
                column += n;
            }
            '\t' => {}
            '\n' | '\r' => {
                out.push(c);
                column = 0;
            }
            _ => {
                out.push(c);
                column += 1;
            }
        }
    }
    Ok(new_str(out))
}

// ---- padding ------------------------------------------------------------------------------

/// The optional fill character of `center` / `ljust` / `rjust`.
fn fill_arg(v: Option<&Value>) -> PyResult<char> {
    let Some(v) = v else { return Ok(' ') };
    let s = as_str(v).ok_or_else(|| {
        type_error(format!(
            "The fill character must be a unicode character, not {}",
            type_name(v)
        ))
    })?;
    let mut chars = s.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => Ok(c),
        _ => Err(type_error(
            "The fill character must be exactly one character long",
        )),
    }
}

/// `left` fill characters, `s`, `right` fill characters.
fn pad(s: &str, left: usize, right: usize, fill: char) -> PyResult<Value> {
    let mut out = String::new();
    crate::text::push_repeated(&mut out, fill, left).map_err(text_err)?;
    out.push_str(s);
    crate::text::push_repeated(&mut out, fill, right).map_err(text_err)?;
    Ok(new_str(out))
}

/// `center` / `ljust` / `rjust`: `(s, fill, margin)`, or `None` when `s` is already as wide.
fn justify_args<'a>(
    vm: &mut Vm,
    args: &Args<'a>,
    name: &str,
) -> PyResult<Option<(&'a str, char, usize)>> {
    let (s, rest) = method_args(args, name, Sig::Clinic(1, 2))?;
    let width = ssize_arg(vm, &rest[0])?;
    let fill = fill_arg(rest.get(1))?;
    let margin = width - char_count(s);
    Ok((margin > 0).then_some((s, fill, margin as usize)))
}

fn center(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some((s, fill, margin)) = justify_args(vm, &args, "center")? else {
        return Ok(args.values[0].clone());
    };
    let width = margin + char_count(s) as usize;
    // CPython's rounding: an odd margin puts the extra character on the left exactly when
    // the width is odd.
    let left = margin / 2 + (margin & width & 1);
    pad(s, left, margin - left, fill)
}

fn ljust(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match justify_args(vm, &args, "ljust")? {
        Some((s, fill, margin)) => pad(s, 0, margin, fill),
        None => Ok(args.values[0].clone()),
    }
}

fn rjust(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match justify_args(vm, &args, "rjust")? {
        Some((s, fill, margin)) => pad(s, margin, 0, fill),
        None => Ok(args.values[0].clone()),
    }
}

fn zfill(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, rest) = method_args(&args, "zfill", Sig::One)?;
    let width = ssize_arg(vm, &rest[0])?;
    let margin = width - char_count(s);
    if margin <= 0 {
        return Ok(args.values[0].clone());
    }
    let mut out = String::new();
    // A leading sign stays in front of the zeros.
    let digits = match s.strip_prefix(['+', '-']) {
        Some(d) => {
            out.push_str(&s[..1]);
            d
        }
        None => s,
    };
    crate::text::push_repeated(&mut out, '0', margin as usize).map_err(text_err)?;
    out.push_str(digits);
    Ok(new_str(out))
}

// ---- case ---------------------------------------------------------------------------------

macro_rules! case_methods {
    ($($name:ident),* $(,)?) => {
        $(
            fn $name(_vm: &mut Vm, args: Args) -> PyResult<Value> {
                let (s, _) = method_args(&args, stringify!($name), Sig::NoArgs)?;
                Ok(new_str(uni::$name(s)))
            }
        )*
    };
}

case_methods!(lower, upper, title, capitalize, swapcase, casefold);

// ---- predicates ---------------------------------------------------------------------------

macro_rules! predicates {
    ($($name:ident => $test:expr),* $(,)?) => {
        $(
            fn $name(_vm: &mut Vm, args: Args) -> PyResult<Value> {
                let (s, _) = method_args(&args, stringify!($name), Sig::NoArgs)?;
                let test: fn(&str) -> bool = $test;
                Ok(Value::Bool(test(s)))
            }
        )*
    };
}

/// Whether `s` is not empty and every character passes `f`.
fn all_chars(s: &str, f: fn(char) -> bool) -> bool {
    !s.is_empty() && s.chars().all(f)
}

predicates! {
    isalpha => |s| all_chars(s, uni::is_alpha),
    isalnum => |s| all_chars(s, uni::is_alnum),
    isdecimal => |s| all_chars(s, uni::is_decimal),
    isdigit => |s| all_chars(s, uni::is_digit),
    isnumeric => |s| all_chars(s, uni::is_numeric),
    isspace => |s| all_chars(s, py_is_space),
    islower => uni::str_is_lower,
    isupper => uni::str_is_upper,
    istitle => uni::str_is_title,
    isidentifier => uni::is_identifier,
    // The empty string is printable and ASCII.
    isprintable => |s| s.chars().all(py_is_printable),
    isascii => |s| s.is_ascii(),
}

// ---- translate ----------------------------------------------------------------------------

/// What the translation table says about one character.
enum Mapped {
    /// Not in the table (its lookup raised `LookupError`): the character stays.
    Keep,
    Delete,
    Char(char),
    Text(Value),
}

/// CPython's `charmaptranslate_lookup`: `table[ord(c)]`, checked.
fn translate_lookup(vm: &mut Vm, table: &Value, c: char) -> PyResult<Mapped> {
    let r = match ops::seq::get_item(vm, table, &Value::Int(c as i64)) {
        Ok(r) => r,
        Err(e) if e.is_instance(&exc_types().lookup_error) => return Ok(Mapped::Keep),
        Err(e) => return Err(e),
    };
    let out_of_range = || value_error("character mapping must be in range(0x110000)");
    match &r {
        Value::None => Ok(Mapped::Delete),
        Value::Int(i) => u32::try_from(*i)
            .ok()
            .and_then(char::from_u32)
            .map(Mapped::Char)
            .ok_or_else(out_of_range),
        Value::Bool(b) => Ok(Mapped::Char(if *b { '\u{1}' } else { '\0' })),
        _ if matches!(r.payload(), Some(Payload::BigInt(_))) => Err(out_of_range()),
        _ if as_str(&r).is_some() => Ok(Mapped::Text(r)),
        _ => Err(type_error(
            "character mapping must return integer, None or str",
        )),
    }
}

fn translate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, rest) = method_args(&args, "translate", Sig::One)?;
    let table = &rest[0];
    let mut out = String::with_capacity(s.len());
    // For ASCII text CPython looks each distinct character up once, as long as it maps to
    // nothing or to one ASCII character; the first other answer ends that fast path, and
    // from there on (starting again with that character) every character is looked up each
    // time. Table lookups may run Python code, so the same calls are made here.
    let mut cache: Option<[Option<Option<u8>>; 128]> = s.is_ascii().then_some([None; 128]);
    for c in s.chars() {
        if let Some(known) = cache.as_ref().and_then(|t| t[c as usize]) {
            if let Some(b) = known {
                out.push(b as char);
            }
            continue;
        }
        let mut mapped = translate_lookup(vm, table, c)?;
        let ascii = match &mapped {
            Mapped::Keep => Some(Some(c as u8)),
            Mapped::Delete => Some(None),
            Mapped::Char(m) if m.is_ascii() => Some(Some(*m as u8)),
            Mapped::Text(t) => match as_str(t) {
                Some(t) if t.len() == 1 => Some(Some(t.as_bytes()[0])),
                _ => None,
            },
            Mapped::Char(_) => None,
        };
        if let Some(t) = cache.as_mut() {
            match ascii {
                Some(known) => t[c as usize] = Some(known),
                None => {
                    cache = None;
                    mapped = translate_lookup(vm, table, c)?;
                }
            }
        }
        match mapped {
            Mapped::Keep => out.push(c),
            Mapped::Delete => {}
            Mapped::Char(m) => out.push(m),
            Mapped::Text(t) => out.push_str(as_str(&t).unwrap_or_default()),
        }
    }
    Ok(new_str(out))
}

/// `str.maketrans(x[, y[, z]])` (a static method).
fn maketrans(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.has_kwargs() {
        return Err(type_error("str.maketrans() takes no keyword arguments"));
    }
    let pos = args.pos();
    if pos.is_empty() || pos.len() > 3 {
        let msg = if pos.is_empty() {
            "maketrans expected at least 1 argument, got 0".to_string()
        } else {
            format!("maketrans expected at most 3 arguments, got {}", pos.len())
        };
        return Err(type_error(msg));
    }
    let str_param = |i: usize| -> PyResult<Option<&str>> {
        pos.get(i)
            .map(|v| {
                as_str(v).ok_or_else(|| {
                    type_error(format!(
                        "maketrans() argument {} must be str, not {}",
                        i + 1,
                        clinic_type_name(v)
                    ))
                })
            })
            .transpose()
    };
    let (y, z) = (str_param(1)?, str_param(2)?);
    let d = new_dict();
    let Some(y) = y else {
        let Some(Payload::Dict(_)) = pos[0].payload() else {
            return Err(type_error(
                "if you give only one argument to maketrans it must be a dict",
            ));
        };
        let Value::Obj(src) = &pos[0] else {
            unreachable!("a dict is an object")
        };
        for (k, v) in super::dict::items(src) {
            let key = match (&k, as_str(&k)) {
                (_, Some(s)) => {
                    let mut chars = s.chars();
                    match (chars.next(), chars.next()) {
                        (Some(c), None) => Value::Int(c as i64),
                        _ => {
                            return Err(value_error(
                                "string keys in translate table must be of length 1",
                            ))
                        }
                    }
                }
                (Value::Int(_) | Value::Bool(_), _) => k.clone(),
                _ if matches!(k.payload(), Some(Payload::BigInt(_))) => k.clone(),
                _ => {
                    return Err(type_error(
                        "keys in translate table must be strings or integers",
                    ))
                }
            };
            super::dict::set_item(vm, &d, key, v)?;
        }
        return Ok(Value::Obj(d));
    };
    let x = as_str(&pos[0]).ok_or_else(|| {
        type_error("first maketrans argument must be a string if there is a second argument")
    })?;
    if x.chars().count() != y.chars().count() {
        return Err(value_error(
            "the first two maketrans arguments must have equal length",
        ));
    }
    for (a, b) in x.chars().zip(y.chars()) {
        super::dict::set_item(vm, &d, Value::Int(a as i64), Value::Int(b as i64))?;
    }
    for c in z.unwrap_or("").chars() {
        super::dict::set_item(vm, &d, Value::Int(c as i64), Value::None)?;
    }
    Ok(Value::Obj(d))
}

// ---- encode -------------------------------------------------------------------------------

/// The codecs `str.encode` supports. Python strings here never hold lone surrogates, so the
/// Unicode encodings cannot fail.
#[derive(Clone, Copy)]
enum Codec {
    Utf8,
    /// Code points below the limit are their own byte: ASCII (128) and Latin-1 (256).
    Narrow(u32),
    /// UTF-16 or UTF-32: code unit bytes, big-endian or not, with a byte order mark or not.
    Wide {
        bytes: usize,
        big: bool,
        bom: bool,
    },
}

/// Looks a codec up by name as CPython does: lower case, runs of characters other than
/// ASCII letters, digits and `.` become one `_`, then the aliases of `encodings.aliases`.
/// Returns the codec and the name its errors use.
fn lookup_codec(name: &str) -> Option<(Codec, &'static str)> {
    let mut norm = String::new();
    let mut punct = false;
    for c in name.chars() {
        if c.is_ascii_alphanumeric() || c == '.' {
            if punct && !norm.is_empty() {
                norm.push('_');
            }
            norm.push(c.to_ascii_lowercase());
            punct = false;
        } else {
            punct = true;
        }
    }
    let wide = |bytes, big, bom| Codec::Wide { bytes, big, bom };
    Some(match norm.as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "utf8_ucs2" | "utf8_ucs4" | "cp65001" => {
            (Codec::Utf8, "utf-8")
        }
        "ascii" | "646" | "us_ascii" | "us" | "ansi_x3.4_1968" | "ansi_x3_4_1968"
        | "ansi_x3.4_1986" | "cp367" | "csascii" | "ibm367" | "iso646_us" | "iso_646.irv_1991"
        | "iso_ir_6" => (Codec::Narrow(128), "ascii"),
        "latin_1" | "latin1" | "latin" | "l1" | "8859" | "cp819" | "csisolatin1" | "ibm819"
        | "iso8859" | "iso8859_1" | "iso_8859_1" | "iso_8859_1_1987" | "iso_ir_100" => {
            (Codec::Narrow(256), "latin-1")
        }
        // Without a byte order in the name, CPython writes a byte order mark and then the
        // machine's order.
        "utf_16" | "utf16" | "u16" => (wide(2, cfg!(target_endian = "big"), true), "utf-16"),
        "utf_16_le" | "utf_16le" | "unicodelittleunmarked" => (wide(2, false, false), "utf-16-le"),
        "utf_16_be" | "utf_16be" | "unicodebigunmarked" => (wide(2, true, false), "utf-16-be"),
        "utf_32" | "utf32" | "u32" => (wide(4, cfg!(target_endian = "big"), true), "utf-32"),
        "utf_32_le" | "utf_32le" => (wide(4, false, false), "utf-32-le"),
        "utf_32_be" | "utf_32be" => (wide(4, true, false), "utf-32-be"),
        _ => return None,
    })
}

/// `\xNN`, `\uNNNN` or `\UNNNNNNNN`, as `backslashreplace` and the error messages write a
/// character.
fn escape_char(c: char) -> String {
    match c as u32 {
        n if n < 0x100 => format!("\\x{n:02x}"),
        n if n < 0x10000 => format!("\\u{n:04x}"),
        n => format!("\\U{n:08x}"),
    }
}

/// Encodes `s` with a one-byte codec whose characters end below `limit`, handling the others
/// as the error handler `errors` says.
fn encode_narrow(s: &str, limit: u32, codec: &str, errors: &str) -> PyResult<Vec<u8>> {
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if (c as u32) < limit {
            out.push(c as u32 as u8);
            i += 1;
            continue;
        }
        // The handler gets the whole run of characters this codec cannot encode.
        let end = chars[i..]
            .iter()
            .position(|&c| (c as u32) < limit)
            .map_or(chars.len(), |n| i + n);
        let run = &chars[i..end];
        match errors {
            "strict" | "surrogateescape" | "surrogatepass" => {
                let reason = format!("ordinal not in range({limit})");
                return Err(unicode_encode_error(if run.len() == 1 {
                    format!(
                        "'{codec}' codec can't encode character '{}' in position {i}: {reason}",
                        escape_char(c)
                    )
                } else {
                    format!(
                        "'{codec}' codec can't encode characters in position {i}-{}: {reason}",
                        end - 1
                    )
                }));
            }
            "ignore" => {}
            "replace" => out.extend(std::iter::repeat_n(b'?', run.len())),
            "backslashreplace" => run.iter().for_each(|&c| out.extend(escape_char(c).bytes())),
            "xmlcharrefreplace" => run
                .iter()
                .for_each(|&c| out.extend(format!("&#{};", c as u32).bytes())),
            "namereplace" => {
                return Err(not_implemented_error(
                    "the 'namereplace' error handler is not supported yet",
                ))
            }
            other => {
                return Err(PyErr::new(
                    &exc_types().lookup_error,
                    format!("unknown error handler name '{other}'"),
                ))
            }
        }
        i = end;
    }
    Ok(out)
}

/// `s.encode(encoding, errors)` as bytes.
pub fn encode_str(s: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let Some((codec, name)) = lookup_codec(encoding) else {
        return Err(not_implemented_error(format!(
            "the '{encoding}' codec is not supported yet"
        )));
    };
    Ok(match codec {
        Codec::Utf8 => s.as_bytes().to_vec(),
        Codec::Narrow(limit) => return encode_narrow(s, limit, name, errors),
        Codec::Wide { bytes, big, bom } => {
            let mut out = Vec::with_capacity(bytes * (s.len() + 1));
            let mut unit = |u: u32| {
                let b = u.to_le_bytes();
                let b = &b[..bytes];
                if big {
                    out.extend(b.iter().rev());
                } else {
                    out.extend(b);
                }
            };
            if bom {
                unit(0xfeff);
            }
            for c in s.chars() {
                if bytes == 4 {
                    unit(c as u32);
                } else {
                    let mut buf = [0u16; 2];
                    c.encode_utf16(&mut buf)
                        .iter()
                        .for_each(|&u| unit(u as u32));
                }
            }
            out
        }
    })
}

fn encode(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, [encoding, errors]) = kw_method_args(&args, "encode", ["encoding", "errors"])?;
    let text_param = |v: Option<&Value>, what: &str, default: &'static str| -> PyResult<String> {
        match v {
            None => Ok(default.to_string()),
            Some(v) => as_str(v).map(str::to_string).ok_or_else(|| {
                type_error(format!(
                    "encode() argument '{what}' must be str, not {}",
                    clinic_type_name(v)
                ))
            }),
        }
    };
    let encoding = text_param(encoding, "encoding", "utf-8")?;
    let errors = text_param(errors, "errors", "strict")?;
    encode_str(s, &encoding, &errors).map(new_bytes)
}

pub fn install(t: &Types) {
    let s = &t.str;
    add_method(s, "find", find);
    add_method(s, "rfind", rfind);
    add_method(s, "index", index);
    add_method(s, "rindex", rindex);
    add_method(s, "count", count);
    add_method(s, "startswith", startswith);
    add_method(s, "endswith", endswith);
    add_method(s, "join", join);
    add_method(s, "split", split);
    add_method(s, "rsplit", rsplit);
    add_method(s, "splitlines", splitlines);
    add_method(s, "partition", partition);
    add_method(s, "rpartition", rpartition);
    add_method(s, "strip", strip);
    add_method(s, "lstrip", lstrip);
    add_method(s, "rstrip", rstrip);
    add_method(s, "replace", replace);
    add_method(s, "removeprefix", removeprefix);
    add_method(s, "removesuffix", removesuffix);
    add_method(s, "expandtabs", expandtabs);
    add_method(s, "center", center);
    add_method(s, "ljust", ljust);
    add_method(s, "rjust", rjust);
    add_method(s, "zfill", zfill);
    add_method(s, "lower", lower);
    add_method(s, "upper", upper);
    add_method(s, "title", title);
    add_method(s, "capitalize", capitalize);
    add_method(s, "swapcase", swapcase);
    add_method(s, "casefold", casefold);
    add_method(s, "isalpha", isalpha);
    add_method(s, "isalnum", isalnum);
    add_method(s, "isdecimal", isdecimal);
    add_method(s, "isdigit", isdigit);
    add_method(s, "isnumeric", isnumeric);
    add_method(s, "isspace", isspace);
    add_method(s, "islower", islower);
    add_method(s, "isupper", isupper);
    add_method(s, "istitle", istitle);
    add_method(s, "isidentifier", isidentifier);
    add_method(s, "isprintable", isprintable);
    add_method(s, "isascii", isascii);
    add_method(s, "translate", translate);
    let maketrans = crate::object::new_builtin("maketrans", maketrans, Some("str"));
    super::add_class_attr(
        s,
        "maketrans",
        Value::Obj(Obj::new(&t.staticmethod, Payload::StaticMethod(maketrans))),
    );
    add_method(s, "encode", encode);
}
