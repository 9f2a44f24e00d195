//! `str`: construction, `%` formatting, `str.format`, and the string methods.

use crate::interp::Vm;
use crate::object::exception::{index_error, key_error, type_error, value_error};
use crate::object::function::Args;
use crate::object::types::Types;
use crate::object::{as_str, intern, new_list, new_str, new_tuple, type_name, Payload};
use crate::ops;
use crate::ops::repr::text_err;
use crate::text::percent::{self, Count, Piece};
use crate::value::Value;
use crate::PyResult;

use super::{add_method, check_args};

thread_local! {
    /// One-character ASCII strings, shared (indexing and iterating strings make many).
    static ASCII_CHARS: Vec<Value> = (0u8..128).map(|b| Value::Obj(intern(&(b as char).to_string()))).collect();
}

/// A one-character string.
#[inline]
pub fn char_value(c: char) -> Value {
    if c.is_ascii() {
        return ASCII_CHARS.with(|t| t[c as usize].clone());
    }
    new_str(c.to_string())
}

/// `fmt % args`.
pub fn percent_format(vm: &mut Vm, fmt: &str, args: &Value) -> PyResult<String> {
    let (pieces, failure) = percent::parse_lenient(fmt);
    let mapping = match args.payload() {
        Some(Payload::Tuple(_)) => None,
        Some(Payload::Dict(_)) => Some(args.clone()),
        Some(Payload::Instance(_)) if ops::attr::lookup_special(vm, args, "__getitem__")?.is_some() && as_str(args).is_none() => {
            Some(args.clone())
        }
        _ => None,
    };
    let items: Vec<Value> = match args.payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => vec![args.clone()],
    };
    let mut next = 0usize;
    let mut out = String::new();
    let mut take = |next: &mut usize| -> PyResult<Value> {
        let v = items
            .get(*next)
            .cloned()
            .ok_or_else(|| type_error("not enough arguments for format string"))?;
        *next += 1;
        Ok(v)
    };
    for piece in pieces {
        match piece {
            Piece::Literal(s) => out.push_str(&s),
            Piece::Spec(mut spec) => {
                if let Some(Count::Star) = spec.width {
                    let w = take(&mut next)?;
                    let w = match w {
                        Value::Int(i) => i,
                        _ => return Err(type_error("* wants int")),
                    };
                    spec.set_star_width(w);
                }
                if let Some(Count::Star) = spec.precision {
                    let p = take(&mut next)?;
                    let p = match p {
                        Value::Int(i) => i,
                        _ => return Err(type_error("* wants int")),
                    };
                    spec.set_star_precision(p);
                }
                if spec.conv == '%' {
                    out.push_str(&percent::pad("%", &spec).map_err(text_err)?);
                    continue;
                }
                let v = match &spec.key {
                    Some(k) => {
                        let m = mapping.clone().ok_or_else(|| type_error("format requires a mapping"))?;
                        ops::seq::get_item(vm, &m, &new_str(k.as_str()))?
                    }
                    None => take(&mut next)?,
                };
                out.push_str(&format_one(vm, &spec, &v)?);
            }
        }
    }
    if let Some(f) = failure {
        if let Some(spec) = &f.spec {
            if spec.key.is_none() && spec.conv != '%' {
                take(&mut next)?;
            }
        }
        return Err(text_err(f.error));
    }
    if mapping.is_none() && next < items.len() {
        return Err(type_error("not all arguments converted during string formatting"));
    }
    Ok(out)
}

fn format_one(vm: &mut Vm, spec: &percent::Spec, v: &Value) -> PyResult<String> {
    match spec.conv {
        's' => {
            let s = ops::repr::str(vm, v)?;
            percent::pad(&s, spec).map_err(text_err)
        }
        'r' | 'a' => {
            let mut s = ops::repr::repr(vm, v)?;
            if spec.conv == 'a' {
                s = ops::repr::ascii(&s);
            }
            percent::pad(&s, spec).map_err(text_err)
        }
        'c' => {
            let s = match v {
                Value::Int(i) => match u32::try_from(*i).ok().and_then(char::from_u32) {
                    Some(c) => c.to_string(),
                    None => return Err(crate::object::exception::overflow_error("%c arg not in range(0x110000)")),
                },
                _ => match as_str(v) {
                    Some(s) if s.chars().count() == 1 => s.to_string(),
                    _ => return Err(type_error("%c requires int or char")),
                },
            };
            percent::pad(&s, spec).map_err(text_err)
        }
        'd' | 'i' | 'u' | 'x' | 'X' | 'o' => {
            let n = match v {
                Value::Float(f) if matches!(spec.conv, 'd' | 'i' | 'u') => {
                    super::number::as_bigint(&super::number::float_to_int(*f)?).unwrap_or_default()
                }
                _ => match super::number::as_bigint(v) {
                    Some(n) => n,
                    None => match ops::seq::to_index(vm, v)? {
                        Some(i) => num_bigint::BigInt::from(i),
                        None => {
                            return Err(type_error(if matches!(spec.conv, 'd' | 'i' | 'u') {
                                format!("%{} format: a real number is required, not {}", spec.conv, type_name(v))
                            } else {
                                format!("%{} format: an integer is required, not {}", spec.conv, type_name(v))
                            }))
                        }
                    },
                },
            };
            percent::format_int(&n, spec).map_err(text_err)
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let f = super::number::to_f64(vm, v).map_err(|_| {
                type_error(format!("must be real number, not {}", type_name(v)))
            })?;
            percent::format_float(f, spec).map_err(text_err)
        }
        other => Err(value_error(format!("unsupported format character '{other}'"))),
    }
}

// ---- str.format ---------------------------------------------------------------------------

/// `fmt.format(*args, **kwargs)`.
pub fn str_format(vm: &mut Vm, fmt: &str, args: &[Value], kwargs: &[(String, Value)]) -> PyResult<String> {
    let chars: Vec<char> = fmt.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    let mut auto = 0usize;
    let mut manual = false;
    let mut automatic = false;
    while i < chars.len() {
        let c = chars[i];
        if c == '{' {
            if chars.get(i + 1) == Some(&'{') {
                out.push('{');
                i += 2;
                continue;
            }
            // Find the matching close brace (nested braces in the spec).
            let mut depth = 1;
            let mut j = i + 1;
            while j < chars.len() && depth > 0 {
                match chars[j] {
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    _ => {}
                }
                if depth > 0 {
                    j += 1;
                }
            }
            if j >= chars.len() {
                return Err(value_error("expected '}' before end of string"));
            }
            let field: String = chars[i + 1..j].iter().collect();
            i = j + 1;
            // field_name[!conv][:spec]
            let (name_part, rest) = split_field(&field);
            let (conv, spec) = match rest.split_once(':') {
                Some((c, s)) if c.starts_with('!') => (Some(c[1..].to_string()), s.to_string()),
                Some((c, s)) if c.is_empty() => (None, s.to_string()),
                _ => {
                    if let Some(c) = rest.strip_prefix('!') {
                        (Some(c.to_string()), String::new())
                    } else {
                        (None, rest.trim_start_matches(':').to_string())
                    }
                }
            };
            let (first, accessors) = split_accessors(name_part);
            let mut value = if first.is_empty() {
                if manual {
                    return Err(value_error(
                        "cannot switch from manual field specification to automatic field numbering",
                    ));
                }
                automatic = true;
                let v = args.get(auto).cloned().ok_or_else(|| {
                    index_error(format!("Replacement index {auto} out of range for positional args tuple"))
                })?;
                auto += 1;
                v
            } else if let Ok(n) = first.parse::<usize>() {
                if automatic {
                    return Err(value_error(
                        "cannot switch from automatic field numbering to manual field specification",
                    ));
                }
                manual = true;
                args.get(n).cloned().ok_or_else(|| {
                    index_error(format!("Replacement index {n} out of range for positional args tuple"))
                })?
            } else {
                kwargs
                    .iter()
                    .find(|(k, _)| k == first)
                    .map(|(_, v)| v.clone())
                    .ok_or_else(|| key_error(new_str(first)))?
            };
            for acc in accessors {
                value = match acc {
                    Accessor::Attr(a) => ops::attr::get_attr_str(vm, &value, &a)?,
                    Accessor::Index(k) => {
                        let key = match k.parse::<i64>() {
                            Ok(n) => Value::Int(n),
                            Err(_) => new_str(k),
                        };
                        ops::seq::get_item(vm, &value, &key)?
                    }
                };
            }
            let value = match conv.as_deref() {
                None => value,
                Some("r") => new_str(ops::repr::repr(vm, &value)?),
                Some("s") => new_str(ops::repr::str(vm, &value)?),
                Some("a") => new_str(ops::repr::ascii(&ops::repr::repr(vm, &value)?)),
                Some(other) => {
                    return Err(value_error(format!(
                        "Unknown conversion specifier {}",
                        other.chars().next().unwrap_or(' ')
                    )))
                }
            };
            // Nested replacement fields in the spec.
            let spec = if spec.contains('{') {
                let kw: Vec<(String, Value)> = kwargs.to_vec();
                let rest_args: Vec<Value> = args.to_vec();
                let expanded = str_format_nested(vm, &spec, &rest_args, &kw, &mut auto, manual)?;
                expanded
            } else {
                spec
            };
            out.push_str(&ops::repr::format(vm, &value, &spec)?);
        } else if c == '}' {
            if chars.get(i + 1) == Some(&'}') {
                out.push('}');
                i += 2;
                continue;
            }
            return Err(value_error("Single '}' encountered in format string"));
        } else {
            out.push(c);
            i += 1;
        }
    }
    Ok(out)
}

fn str_format_nested(
    vm: &mut Vm,
    spec: &str,
    args: &[Value],
    kwargs: &[(String, Value)],
    auto: &mut usize,
    manual: bool,
) -> PyResult<String> {
    // Replace each {field} in the spec with its value; automatic numbering continues.
    let mut out = String::new();
    let mut chars = spec.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '{' {
            let mut field = String::new();
            for d in chars.by_ref() {
                if d == '}' {
                    break;
                }
                field.push(d);
            }
            let v = if field.is_empty() {
                if manual {
                    return Err(value_error(
                        "cannot switch from manual field specification to automatic field numbering",
                    ));
                }
                let v = args.get(*auto).cloned().ok_or_else(|| {
                    index_error(format!("Replacement index {} out of range for positional args tuple", *auto))
                })?;
                *auto += 1;
                v
            } else if let Ok(n) = field.parse::<usize>() {
                args.get(n).cloned().ok_or_else(|| {
                    index_error(format!("Replacement index {n} out of range for positional args tuple"))
                })?
            } else {
                kwargs
                    .iter()
                    .find(|(k, _)| *k == field)
                    .map(|(_, v)| v.clone())
                    .ok_or_else(|| key_error(new_str(field.as_str())))?
            };
            out.push_str(&ops::repr::format(vm, &v, "")?);
        } else {
            out.push(c);
        }
    }
    Ok(out)
}

/// Splits `name!conv:spec` into the name and the rest (the name may contain `[...]` with `:`
/// or `!` inside).
fn split_field(field: &str) -> (&str, &str) {
    let mut in_bracket = false;
    for (i, c) in field.char_indices() {
        match c {
            '[' => in_bracket = true,
            ']' => in_bracket = false,
            '!' | ':' if !in_bracket => return (&field[..i], &field[i..]),
            _ => {}
        }
    }
    (field, "")
}

enum Accessor {
    Attr(String),
    Index(String),
}

fn split_accessors(name: &str) -> (&str, Vec<Accessor>) {
    let end = name.find(['.', '[']).unwrap_or(name.len());
    let first = &name[..end];
    let mut acc = Vec::new();
    let rest: Vec<char> = name[end..].chars().collect();
    let mut i = 0;
    while i < rest.len() {
        if rest[i] == '.' {
            let mut s = String::new();
            i += 1;
            while i < rest.len() && rest[i] != '.' && rest[i] != '[' {
                s.push(rest[i]);
                i += 1;
            }
            acc.push(Accessor::Attr(s));
        } else if rest[i] == '[' {
            let mut s = String::new();
            i += 1;
            while i < rest.len() && rest[i] != ']' {
                s.push(rest[i]);
                i += 1;
            }
            i += 1;
            acc.push(Accessor::Index(s));
        } else {
            i += 1;
        }
    }
    (first, acc)
}

// ---- methods ------------------------------------------------------------------------------

fn this<'a>(args: &Args<'a>, name: &str) -> PyResult<&'a str> {
    match args.values.first().and_then(as_str) {
        Some(s) => Ok(s),
        None => Err(type_error(format!(
            "descriptor '{}' for 'str' objects doesn't apply to a '{}' object",
            name,
            args.values.first().map(type_name).unwrap_or_default()
        ))),
    }
}

fn str_arg<'a>(v: &'a Value, what: &str) -> PyResult<&'a str> {
    as_str(v).ok_or_else(|| type_error(format!("{what} must be str, not {}", type_name(v))))
}

fn str_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = &args.pos()[1..];
    let obj = pos.first().or_else(|| args.kw("object")).cloned();
    let encoding = pos.get(1).or_else(|| args.kw("encoding")).cloned();
    match (obj, encoding) {
        (None, _) => Ok(new_str("")),
        (Some(v), None) => {
            if as_str(&v).is_some() {
                return Ok(v);
            }
            ops::repr::str(vm, &v).map(new_str)
        }
        (Some(v), Some(_)) => match v.payload() {
            Some(Payload::Bytes(b)) => super::bytes::decode(b),
            Some(Payload::ByteArray(b)) => super::bytes::decode(&b.borrow()),
            _ => Err(type_error(format!(
                "decoding to str: need a bytes-like object, {} found",
                type_name(&v)
            ))),
        },
    }
}

fn format_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(&args, "format")?.to_string();
    let pos = args.pos()[1..].to_vec();
    let kw: Vec<(String, Value)> = args.kwargs().map(|(k, v)| (crate::object::str_of(k).to_string(), v.clone())).collect();
    str_format(vm, &s, &pos, &kw).map(new_str)
}

fn join(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let sep = this(&args, "join")?.to_string();
    check_args("join", &args, 2, 2)?;
    let items = ops::iter::collect(vm, &args.values[1])?;
    let mut out = String::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        match as_str(it) {
            Some(s) => out.push_str(s),
            None => {
                return Err(type_error(format!(
                    "sequence item {}: expected str instance, {} found",
                    i,
                    type_name(it)
                )))
            }
        }
    }
    Ok(new_str(out))
}

/// Optional `sep` and `maxsplit` arguments of split/rsplit.
fn split_args(args: &Args) -> PyResult<(Option<String>, i64)> {
    let pos = args.pos();
    let sep = pos.get(1).or_else(|| args.kw("sep")).cloned().unwrap_or(Value::None);
    let maxsplit = pos.get(2).or_else(|| args.kw("maxsplit")).cloned().unwrap_or(Value::Int(-1));
    let sep = if sep.is_none() {
        None
    } else {
        let s = str_arg(&sep, "must be str or None, not")
            .map_err(|_| type_error(format!("must be str or None, not {}", type_name(&sep))))?
            .to_string();
        if s.is_empty() {
            return Err(value_error("empty separator"));
        }
        Some(s)
    };
    let maxsplit = match maxsplit {
        Value::Int(i) => i,
        other => {
            return Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                type_name(&other)
            )))
        }
    };
    Ok((sep, maxsplit))
}

fn split(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(&args, "split")?;
    let (sep, maxsplit) = split_args(&args)?;
    let parts: Vec<Value> = match sep {
        Some(sep) => {
            if maxsplit < 0 {
                s.split(sep.as_str()).map(new_str).collect()
            } else {
                s.splitn(maxsplit as usize + 1, sep.as_str()).map(new_str).collect()
            }
        }
        None => {
            let mut out = Vec::new();
            let mut rest = s.trim_start_matches(crate::text::py_is_space);
            let mut n = 0;
            while !rest.is_empty() {
                if maxsplit >= 0 && n >= maxsplit {
                    out.push(new_str(rest));
                    break;
                }
                let end = rest.find(crate::text::py_is_space).unwrap_or(rest.len());
                out.push(new_str(&rest[..end]));
                rest = rest[end..].trim_start_matches(crate::text::py_is_space);
                n += 1;
            }
            out
        }
    };
    Ok(new_list(parts))
}

fn rsplit(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(&args, "rsplit")?;
    let (sep, maxsplit) = split_args(&args)?;
    let mut parts: Vec<Value> = match sep {
        Some(sep) => {
            if maxsplit < 0 {
                s.rsplit(sep.as_str()).map(new_str).collect()
            } else {
                s.rsplitn(maxsplit as usize + 1, sep.as_str()).map(new_str).collect()
            }
        }
        None => {
            let mut out = Vec::new();
            let mut rest = s.trim_end_matches(crate::text::py_is_space);
            let mut n = 0;
            while !rest.is_empty() {
                if maxsplit >= 0 && n >= maxsplit {
                    out.push(new_str(rest));
                    break;
                }
                let start = rest.rfind(crate::text::py_is_space).map(|i| i + rest[i..].chars().next().map(char::len_utf8).unwrap_or(1)).unwrap_or(0);
                out.push(new_str(&rest[start..]));
                rest = rest[..start].trim_end_matches(crate::text::py_is_space);
                n += 1;
            }
            out
        }
    };
    parts.reverse();
    Ok(new_list(parts))
}

fn strip_chars(args: &Args, name: &str) -> PyResult<Option<String>> {
    match args.values.get(1) {
        None | Some(Value::None) => Ok(None),
        Some(v) => Ok(Some(
            as_str(v)
                .ok_or_else(|| type_error(format!("{name} arg must be None or str")))?
                .to_string(),
        )),
    }
}

fn strip(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(&args, "strip")?;
    Ok(new_str(match strip_chars(&args, "strip")? {
        None => s.trim_matches(crate::text::py_is_space),
        Some(cs) => s.trim_matches(|c| cs.contains(c)),
    }))
}

fn lstrip(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(&args, "lstrip")?;
    Ok(new_str(match strip_chars(&args, "lstrip")? {
        None => s.trim_start_matches(crate::text::py_is_space),
        Some(cs) => s.trim_start_matches(|c| cs.contains(c)),
    }))
}

fn rstrip(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(&args, "rstrip")?;
    Ok(new_str(match strip_chars(&args, "rstrip")? {
        None => s.trim_end_matches(crate::text::py_is_space),
        Some(cs) => s.trim_end_matches(|c| cs.contains(c)),
    }))
}

fn prefix_test(vm: &mut Vm, args: &Args, name: &str, ends: bool) -> PyResult<Value> {
    let s = this(args, name)?;
    check_args(name, args, 2, 4)?;
    let chars: Vec<char> = s.chars().collect();
    let n = chars.len() as i64;
    let bound = |v: Option<&Value>, default: i64, vm: &mut Vm| -> PyResult<i64> {
        match v {
            None | Some(Value::None) => Ok(default),
            Some(x) => {
                let i = ops::seq::to_index(vm, x)?.ok_or_else(|| {
                    type_error("slice indices must be integers or None or have an __index__ method")
                })?;
                Ok(if i < 0 { (i + n).max(0) } else { i.min(n) })
            }
        }
    };
    let start = bound(args.values.get(2), 0, vm)?;
    let end = bound(args.values.get(3), n, vm)?;
    let sub: String = if start <= end {
        chars[start as usize..end as usize].iter().collect()
    } else {
        String::new()
    };
    let test = |p: &str| {
        if start > end {
            return false;
        }
        if ends {
            sub.ends_with(p)
        } else {
            sub.starts_with(p)
        }
    };
    let arg = &args.values[1];
    match arg.payload() {
        Some(Payload::Str(p)) => Ok(Value::Bool(test(p.as_str()))),
        Some(Payload::Tuple(t)) => {
            for x in t.iter() {
                let p = as_str(x).ok_or_else(|| {
                    type_error(format!(
                        "tuple for {} must only contain str, not {}",
                        name,
                        type_name(x)
                    ))
                })?;
                if test(p) {
                    return Ok(Value::Bool(true));
                }
            }
            Ok(Value::Bool(false))
        }
        _ => Err(type_error(format!(
            "{} first arg must be str or a tuple of str, not {}",
            name,
            type_name(arg)
        ))),
    }
}

fn startswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    prefix_test(vm, &args, "startswith", false)
}

fn endswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    prefix_test(vm, &args, "endswith", true)
}

fn replace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(&args, "replace")?;
    check_args("replace", &args, 3, 4)?;
    let old = str_arg(&args.values[1], "replace() argument 1")?;
    let new = str_arg(&args.values[2], "replace() argument 2")?;
    let count = match args.values.get(3) {
        Some(v) => ops::seq::to_index(vm, v)?.unwrap_or(-1),
        None => -1,
    };
    Ok(new_str(if count < 0 {
        s.replace(old, new)
    } else if old.is_empty() {
        // Inserting between characters, at most `count` times.
        let mut out = String::new();
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
        out
    } else {
        s.replacen(old, new, count as usize)
    }))
}

/// (start, end) character bounds of the optional slice arguments at positions 2 and 3.
fn search_bounds(vm: &mut Vm, args: &Args, n: usize) -> PyResult<(usize, usize)> {
    let n = n as i64;
    let conv = |v: Option<&Value>, default: i64, vm: &mut Vm| -> PyResult<i64> {
        match v {
            None | Some(Value::None) => Ok(default),
            Some(x) => {
                let i = ops::seq::to_index(vm, x)?.ok_or_else(|| {
                    type_error("slice indices must be integers or None or have an __index__ method")
                })?;
                Ok(if i < 0 { (i + n).max(0) } else { i.min(n) })
            }
        }
    };
    let start = conv(args.values.get(2), 0, vm)?;
    let end = conv(args.values.get(3), n, vm)?;
    Ok((start as usize, end.max(start) as usize))
}

/// Finds `sub` in `s[start:end]` (character indices); returns a character index.
fn find_in(s: &str, sub: &str, start: usize, end: usize, reverse: bool) -> Option<usize> {
    let ascii = s.is_ascii();
    let byte = |ci: usize| -> usize {
        if ascii {
            ci.min(s.len())
        } else {
            s.char_indices().nth(ci).map(|(b, _)| b).unwrap_or(s.len())
        }
    };
    let (bs, be) = (byte(start), byte(end));
    if bs > be {
        return None;
    }
    let hay = &s[bs..be];
    let found = if reverse { hay.rfind(sub) } else { hay.find(sub) }?;
    let b = bs + found;
    Some(if ascii { b } else { s[..b].chars().count() })
}

fn find_common(vm: &mut Vm, args: &Args, name: &str, reverse: bool) -> PyResult<Option<usize>> {
    let s = this(args, name)?;
    check_args(name, args, 2, 4)?;
    let sub = as_str(&args.values[1]).ok_or_else(|| {
        type_error(format!("must be str, not {}", type_name(&args.values[1])))
    })?;
    let n = if s.is_ascii() { s.len() } else { s.chars().count() };
    let (start, end) = search_bounds(vm, args, n)?;
    if start > n {
        return Ok(None);
    }
    Ok(find_in(s, sub, start, end, reverse))
}

fn find(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(find_common(vm, &args, "find", false)?.map(|i| i as i64).unwrap_or(-1)))
}

fn rfind(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(find_common(vm, &args, "rfind", true)?.map(|i| i as i64).unwrap_or(-1)))
}

fn index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match find_common(vm, &args, "index", false)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(value_error("substring not found")),
    }
}

fn rindex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match find_common(vm, &args, "rindex", true)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(value_error("substring not found")),
    }
}

fn count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(&args, "count")?;
    check_args("count", &args, 2, 4)?;
    let sub = as_str(&args.values[1]).ok_or_else(|| {
        type_error(format!("must be str, not {}", type_name(&args.values[1])))
    })?;
    let chars: Vec<char> = s.chars().collect();
    let (start, end) = search_bounds(vm, &args, chars.len())?;
    if start > chars.len() {
        return Ok(Value::Int(0));
    }
    let hay: String = chars[start..end.min(chars.len())].iter().collect();
    Ok(Value::Int(if sub.is_empty() {
        hay.chars().count() as i64 + 1
    } else {
        hay.matches(sub).count() as i64
    }))
}

fn upper(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(new_str(this(&args, "upper")?.to_uppercase()))
}

fn lower(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(new_str(this(&args, "lower")?.to_lowercase()))
}

fn encode(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(&args, "encode")?;
    let enc = args.values.get(1).or_else(|| args.kw("encoding")).and_then(as_str).unwrap_or("utf-8").to_lowercase();
    match enc.as_str() {
        "utf-8" | "utf8" => Ok(crate::object::new_bytes(s.as_bytes().to_vec())),
        "ascii" => {
            if let Some((i, c)) = s.chars().enumerate().find(|(_, c)| !c.is_ascii()) {
                return Err(crate::object::exception::unicode_encode_error(format!(
                    "'ascii' codec can't encode character '\\u{:04x}' in position {}: ordinal not in range(128)",
                    c as u32, i
                )));
            }
            Ok(crate::object::new_bytes(s.as_bytes().to_vec()))
        }
        "latin-1" | "latin1" | "iso-8859-1" => {
            let mut out = Vec::new();
            for (i, c) in s.chars().enumerate() {
                if (c as u32) > 255 {
                    return Err(crate::object::exception::unicode_encode_error(format!(
                        "'latin-1' codec can't encode character '\\u{:04x}' in position {}: ordinal not in range(256)",
                        c as u32, i
                    )));
                }
                out.push(c as u32 as u8);
            }
            Ok(crate::object::new_bytes(out))
        }
        other => Err(crate::object::exception::not_implemented_error(format!(
            "the '{other}' codec is not supported yet"
        ))),
    }
}

fn str_len(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    match args.values.first().and_then(|v| v.payload()) {
        Some(Payload::Str(s)) => Ok(Value::Int(s.char_len() as i64)),
        _ => Err(type_error("descriptor '__len__' requires a 'str' object")),
    }
}

fn str_mod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(&args, "__mod__")?.to_string();
    check_args("__mod__", &args, 2, 2)?;
    percent_format(vm, &s, &args.values[1]).map(new_str)
}

fn str_getnewargs(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(new_tuple(vec![args.values.first().cloned().unwrap_or(Value::None)]))
}

fn str_dunder_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    // str.__format__(s, spec)
    let s = this(&args, "__format__")?.to_string();
    let spec = args.values.get(1).and_then(as_str).unwrap_or("").to_string();
    ops::repr::format(vm, &new_str(s), &spec).map(new_str)
}

pub fn install(t: &Types) {
    let s = &t.str;
    add_method(s, "__new__", str_new);
    add_method(s, "format", format_method);
    add_method(s, "join", join);
    add_method(s, "split", split);
    add_method(s, "rsplit", rsplit);
    add_method(s, "strip", strip);
    add_method(s, "lstrip", lstrip);
    add_method(s, "rstrip", rstrip);
    add_method(s, "startswith", startswith);
    add_method(s, "endswith", endswith);
    add_method(s, "replace", replace);
    add_method(s, "find", find);
    add_method(s, "rfind", rfind);
    add_method(s, "index", index);
    add_method(s, "rindex", rindex);
    add_method(s, "count", count);
    add_method(s, "upper", upper);
    add_method(s, "lower", lower);
    add_method(s, "encode", encode);
    add_method(s, "__len__", str_len);
    add_method(s, "__mod__", str_mod);
    add_method(s, "__getnewargs__", str_getnewargs);
    add_method(s, "__format__", str_dunder_format);
}
