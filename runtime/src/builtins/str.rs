//! `str`: construction, `%` formatting, `str.format` / `str.format_map`, and the operator
//! methods (`__add__`, `__getitem__`, ...). The text methods (`find`, `split`, `upper`, ...)
//! are in `str_methods.rs`.

use std::borrow::Cow;

use crate::interp::Vm;
use crate::object::exception::{
    index_error, key_error, not_implemented_error, overflow_error, type_error, value_error,
};
use crate::object::function::Args;
use crate::object::types::Types;
use crate::object::{as_str, intern, new_str, new_tuple, str_of, type_name, Payload};
use crate::ops;
use crate::ops::repr::text_err;
use crate::text::percent::{self, Count, Piece};
use crate::value::Value;
use crate::PyResult;

use super::add_method;
use super::str_methods::{clinic_type_name, keyword_args, method_args, ssize_arg, this, Sig};

thread_local! {
    /// One-character ASCII strings, shared (indexing and iterating strings make many).
    static ASCII_CHARS: Vec<Value> =
        (0u8..128).map(|b| Value::Obj(intern(&(b as char).to_string()))).collect();
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
    let mut args = PercentArgs::new(args);
    let mut out = String::new();
    for piece in pieces {
        match piece {
            Piece::Literal(s) => out.push_str(&s),
            Piece::Spec(mut spec) => {
                let v = args.take_for(vm, &mut spec)?;
                out.push_str(&format_one(vm, &spec, &v)?);
            }
        }
    }
    if let Some(f) = failure {
        // CPython takes a conversion's arguments before it looks at the conversion character,
        // so running out of them is reported first.
        if let Some(mut spec) = f.spec {
            args.take_for(vm, &mut spec)?;
        }
        return Err(text_err(f.error));
    }
    if args.mapping.is_none() && args.next < args.items.len() {
        return Err(type_error(
            "not all arguments converted during string formatting",
        ));
    }
    Ok(out)
}

/// The right operand of `%`, consumed conversion by conversion.
struct PercentArgs {
    /// The tuple's items, or the operand alone.
    items: Vec<Value>,
    next: usize,
    /// The operand if it is a mapping, where `%(key)s` looks keys up. Like CPython, anything
    /// subscriptable but a tuple or a str counts, and is never "not all converted".
    mapping: Option<Value>,
}

impl PercentArgs {
    fn new(args: &Value) -> PercentArgs {
        let mapping = match args.payload() {
            Some(Payload::Tuple(_) | Payload::Str(_)) | None => None,
            Some(
                Payload::Dict(_)
                | Payload::List(_)
                | Payload::Bytes(_)
                | Payload::ByteArray(_)
                | Payload::Range(_)
                | Payload::BigRange(_),
            ) => Some(args.clone()),
            Some(_) => {
                crate::object::class::lookup_str(&crate::object::class_of(args), "__getitem__")
                    .map(|_| args.clone())
            }
        };
        let items = match args.payload() {
            Some(Payload::Tuple(t)) => t.to_vec(),
            _ => vec![args.clone()],
        };
        PercentArgs {
            items,
            next: 0,
            mapping,
        }
    }

    fn take(&mut self) -> PyResult<Value> {
        let v = self
            .items
            .get(self.next)
            .cloned()
            .ok_or_else(|| type_error("not enough arguments for format string"))?;
        self.next += 1;
        Ok(v)
    }

    /// The value `spec` converts, after filling in its `*` width and precision.
    fn take_for(&mut self, vm: &mut Vm, spec: &mut percent::Spec) -> PyResult<Value> {
        if let Some(Count::Star) = spec.width {
            spec.set_star_width(star_arg(&self.take()?, "ssize_t")?);
        }
        if let Some(Count::Star) = spec.precision {
            let p = star_arg(&self.take()?, "int")?;
            if i32::try_from(p).is_err() {
                return Err(overflow_error("Python int too large to convert to C int"));
            }
            spec.set_star_precision(p);
        }
        match &spec.key {
            Some(k) => {
                let m = self
                    .mapping
                    .clone()
                    .ok_or_else(|| type_error("format requires a mapping"))?;
                ops::seq::get_item(vm, &m, &new_str(k.as_str()))
            }
            None => self.take(),
        }
    }
}

/// The argument of a `*` width or precision, which must be an int that fits a C `ctype`.
fn star_arg(v: &Value, ctype: &str) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        _ if matches!(v.payload(), Some(Payload::BigInt(_))) => Err(overflow_error(format!(
            "Python int too large to convert to C {ctype}"
        ))),
        _ => Err(type_error("* wants int")),
    }
}

/// The character `%c` formats: a one-character str, or an int code point.
fn percent_char(vm: &mut Vm, v: &Value) -> PyResult<char> {
    let not_char = || type_error("%c requires int or char");
    if let Some(s) = as_str(v) {
        let mut chars = s.chars();
        return match (chars.next(), chars.next()) {
            (Some(c), None) => Ok(c),
            _ => Err(not_char()),
        };
    }
    let out_of_range = || overflow_error("%c arg not in range(0x110000)");
    if let Some(Payload::BigInt(_)) = v.payload() {
        return Err(out_of_range());
    }
    let i = ops::seq::to_index(vm, v)?.ok_or_else(not_char)?;
    if (0xd800..0xe000).contains(&i) {
        return Err(not_implemented_error(
            "strings holding lone surrogates are not supported",
        ));
    }
    u32::try_from(i)
        .ok()
        .and_then(char::from_u32)
        .ok_or_else(out_of_range)
}

/// The integer an integer conversion formats: `%x`, `%X` and `%o` need an integer (or an
/// object with `__index__`), `%d`, `%i` and `%u` take any real number and truncate it.
fn percent_int(vm: &mut Vm, conv: char, v: &Value) -> PyResult<num_bigint::BigInt> {
    if let Some(n) = super::number::as_bigint(v) {
        return Ok(n);
    }
    let integer_only = matches!(conv, 'x' | 'X' | 'o');
    let wrong_type = || {
        let wanted = if integer_only {
            "an integer"
        } else {
            "a real number"
        };
        type_error(format!(
            "%{conv} format: {wanted} is required, not {}",
            type_name(v)
        ))
    };
    if let Value::Float(f) = v {
        if integer_only {
            return Err(wrong_type());
        }
        return super::number::as_bigint(&super::number::float_to_int(*f)?).ok_or_else(wrong_type);
    }
    if let Some(i) = ops::seq::to_index(vm, v)? {
        return Ok(i.into());
    }
    let has_int = matches!(v.payload(), Some(Payload::Instance(_)))
        && crate::object::class::lookup_str(&crate::object::class_of(v), "__int__").is_some();
    if integer_only || !has_int {
        return Err(wrong_type());
    }
    // `int(v)`; like CPython, any TypeError on the way reads as the wrong type.
    let int_class = Value::Obj(crate::object::types().int.clone());
    let n = crate::interp::call(vm, &int_class, std::slice::from_ref(v)).map_err(|e| {
        if e.is_instance(&crate::object::exc_types().type_error) {
            wrong_type()
        } else {
            e
        }
    })?;
    super::number::as_bigint(&n).ok_or_else(wrong_type)
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
            let c = percent_char(vm, v)?;
            percent::pad(c.encode_utf8(&mut [0; 4]), spec).map_err(text_err)
        }
        'd' | 'i' | 'u' | 'x' | 'X' | 'o' => {
            let n = percent_int(vm, spec.conv, v)?;
            percent::format_int(&n, spec).map_err(text_err)
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let f = super::number::to_f64(vm, v)?;
            percent::format_float(f, spec).map_err(text_err)
        }
        other => Err(value_error(format!(
            "unsupported format character '{other}'"
        ))),
    }
}

// ---- str.format ---------------------------------------------------------------------------
//
// CPython's `unicode_format.h`, step for step: the parse errors, the order in which they are
// found, and the lookups made before each error are all observable.

/// Where the fields of a format string get their values.
pub enum FieldValues<'a> {
    /// `fmt.format(*args, **kwargs)`.
    Call {
        args: &'a [Value],
        kwargs: &'a [(&'a str, &'a Value)],
    },
    /// `fmt.format_map(mapping)`: fields are looked up by name with `mapping[name]`, and
    /// positional fields are an error.
    Map(&'a Value),
}

/// Automatic field numbering (`{}`), which a format string may not mix with manual (`{0}`).
#[derive(Default)]
struct Numbering {
    /// `None` until the first numbered field; then whether numbering is automatic.
    automatic: Option<bool>,
    next: usize,
}

impl Numbering {
    /// The index of a positional field: the next automatic one for an empty name, else `index`.
    fn field(&mut self, index: Option<usize>) -> PyResult<usize> {
        let automatic = index.is_none();
        match *self.automatic.get_or_insert(automatic) {
            true if !automatic => Err(value_error(
                "cannot switch from automatic field numbering to manual field specification",
            )),
            false if automatic => Err(value_error(
                "cannot switch from manual field specification to automatic field numbering",
            )),
            _ => Ok(index.unwrap_or_else(|| {
                self.next += 1;
                self.next - 1
            })),
        }
    }
}

/// One replacement field, `{name!conversion:spec}`.
struct Field<'s> {
    name: &'s str,
    conversion: Option<char>,
    spec: &'s str,
    /// Whether the spec holds replacement fields of its own (`{:{width}}`).
    nested: bool,
}

/// `fmt.format(...)` or `fmt.format_map(...)`.
pub fn str_format(vm: &mut Vm, fmt: &str, values: &FieldValues) -> PyResult<String> {
    let mut out = String::new();
    // A spec may hold fields, but their specs may not.
    build_string(vm, fmt, values, 2, &mut Numbering::default(), &mut out)?;
    Ok(out)
}

fn build_string(
    vm: &mut Vm,
    fmt: &str,
    values: &FieldValues,
    depth: u32,
    numbering: &mut Numbering,
    out: &mut String,
) -> PyResult<()> {
    if depth == 0 {
        return Err(value_error("Max string recursion exceeded"));
    }
    // The delimiters are ASCII, so scanning bytes never splits a character.
    let b = fmt.as_bytes();
    let mut pos = 0;
    while pos < b.len() {
        // Literal text up to and including the next brace.
        let start = pos;
        let mut c = 0;
        while pos < b.len() {
            c = b[pos];
            pos += 1;
            if c == b'{' || c == b'}' {
                break;
            }
        }
        let at_end = pos == b.len();
        if c == b'}' && (at_end || b[pos] != b'}') {
            return Err(value_error("Single '}' encountered in format string"));
        }
        if c == b'{' && at_end {
            return Err(value_error("Single '{' encountered in format string"));
        }
        if at_end {
            out.push_str(&fmt[start..]);
            break;
        }
        if b[pos] == c {
            // `{{` or `}}`: one brace of literal text.
            pos += 1;
            out.push_str(&fmt[start..pos - 1]);
            continue;
        }
        out.push_str(&fmt[start..pos - 1]);
        let field = parse_field(fmt, &mut pos)?;
        let obj = field_value(vm, field.name, values, numbering)?;
        let obj = match field.conversion {
            None => obj,
            Some('r') => new_str(ops::repr::repr(vm, &obj)?),
            Some('s') => new_str(ops::repr::str(vm, &obj)?),
            Some('a') => new_str(ops::repr::ascii(&ops::repr::repr(vm, &obj)?)),
            Some(c) if (33..127).contains(&(c as u32)) => {
                return Err(value_error(format!("Unknown conversion specifier {c}")))
            }
            Some(c) => {
                return Err(value_error(format!(
                    "Unknown conversion specifier \\x{:x}",
                    c as u32
                )))
            }
        };
        let spec = if field.nested {
            let mut spec = String::new();
            build_string(vm, field.spec, values, depth - 1, numbering, &mut spec)?;
            Cow::Owned(spec)
        } else {
            Cow::Borrowed(field.spec)
        };
        out.push_str(&ops::repr::format(vm, &obj, &spec)?);
    }
    Ok(())
}

/// Parses the field starting at `pos` (just after its `{`) and moves `pos` past its `}`.
fn parse_field<'s>(fmt: &'s str, pos: &mut usize) -> PyResult<Field<'s>> {
    let b = fmt.as_bytes();
    let start = *pos;
    let mut c = 0;
    // The name ends at `}`, `:` or `!`, except inside brackets (`{0[a:b]}`).
    while *pos < b.len() {
        c = b[*pos];
        *pos += 1;
        match c {
            b'{' => return Err(value_error("unexpected '{' in field name")),
            b'[' => {
                while *pos < b.len() && b[*pos] != b']' {
                    *pos += 1;
                }
            }
            b'}' | b':' | b'!' => break,
            _ => {}
        }
    }
    if c == b'}' {
        let name = &fmt[start..*pos - 1];
        return Ok(Field {
            name,
            conversion: None,
            spec: "",
            nested: false,
        });
    }
    if c != b':' && c != b'!' {
        return Err(value_error("expected '}' before end of string"));
    }
    let name = &fmt[start..*pos - 1];
    let mut conversion = None;
    if c == b'!' {
        let conv = fmt[*pos..]
            .chars()
            .next()
            .ok_or_else(|| value_error("end of string while looking for conversion specifier"))?;
        *pos += conv.len_utf8();
        conversion = Some(conv);
        if *pos < b.len() {
            let next = b[*pos];
            *pos += 1;
            if next == b'}' {
                return Ok(Field {
                    name,
                    conversion,
                    spec: "",
                    nested: false,
                });
            }
            if next != b':' {
                return Err(value_error("expected ':' after conversion specifier"));
            }
        }
    }
    // The spec runs to the `}` that balances the field's `{`.
    let spec_start = *pos;
    let mut open = 1;
    let mut nested = false;
    while *pos < b.len() {
        let c = b[*pos];
        *pos += 1;
        if c == b'{' {
            nested = true;
            open += 1;
        } else if c == b'}' {
            open -= 1;
            if open == 0 {
                let spec = &fmt[spec_start..*pos - 1];
                return Ok(Field {
                    name,
                    conversion,
                    spec,
                    nested,
                });
            }
        }
    }
    Err(value_error("unmatched '{' in format spec"))
}

/// CPython's `get_integer`: the value of a field name or index made only of decimal digits
/// (of any script), `None` for anything else.
fn field_integer(s: &str) -> PyResult<Option<usize>> {
    if s.is_empty() {
        return Ok(None);
    }
    let mut n: usize = 0;
    for c in s.chars() {
        let Some(d) = crate::text::py_decimal_value(c) else {
            return Ok(None);
        };
        n = n
            .checked_mul(10)
            .and_then(|n| n.checked_add(d as usize))
            .filter(|&n| n <= isize::MAX as usize)
            .ok_or_else(|| value_error("Too many decimal digits in format string"))?;
    }
    Ok(Some(n))
}

/// The value a field name (`0`, `name`, `0.attr[key][1]`, or empty) designates.
fn field_value(
    vm: &mut Vm,
    name: &str,
    values: &FieldValues,
    numbering: &mut Numbering,
) -> PyResult<Value> {
    let (first, mut rest) = name.split_at(name.find(['.', '[']).unwrap_or(name.len()));
    let index = field_integer(first)?;
    let mut obj = if first.is_empty() || index.is_some() {
        let i = numbering.field(index)?;
        match values {
            FieldValues::Map(_) => {
                return Err(value_error("Format string contains positional fields"))
            }
            FieldValues::Call { args, .. } => args.get(i).cloned().ok_or_else(|| {
                index_error(format!(
                    "Replacement index {i} out of range for positional args tuple"
                ))
            })?,
        }
    } else {
        match values {
            FieldValues::Map(m) => ops::seq::get_item(vm, m, &new_str(first))?,
            FieldValues::Call { kwargs, .. } => kwargs
                .iter()
                .find(|(k, _)| *k == first)
                .map(|(_, v)| (*v).clone())
                .ok_or_else(|| key_error(new_str(first)))?,
        }
    };
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('.') {
            let end = r.find(['.', '[']).unwrap_or(r.len());
            let attr = &r[..end];
            rest = &r[end..];
            if attr.is_empty() {
                return Err(value_error("Empty attribute in format string"));
            }
            obj = ops::attr::get_attr_str(vm, &obj, attr)?;
        } else if let Some(r) = rest.strip_prefix('[') {
            let end = r
                .find(']')
                .ok_or_else(|| value_error("Missing ']' in format string"))?;
            let key = &r[..end];
            rest = &r[end + 1..];
            let index = field_integer(key)?;
            if key.is_empty() {
                return Err(value_error("Empty attribute in format string"));
            }
            let key = match index {
                Some(i) => Value::Int(i as i64),
                None => new_str(key),
            };
            obj = ops::seq::get_item(vm, &obj, &key)?;
        } else {
            return Err(value_error(
                "Only '.' or '[' may follow ']' in format field specifier",
            ));
        }
    }
    Ok(obj)
}

fn format_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fmt = this(&args, "format")?;
    let kwargs: Vec<(&str, &Value)> = args.kwargs().map(|(k, v)| (str_of(k), v)).collect();
    let values = FieldValues::Call {
        args: &args.pos()[1..],
        kwargs: &kwargs,
    };
    str_format(vm, fmt, &values).map(new_str)
}

fn format_map(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (fmt, rest) = method_args(&args, "format_map", Sig::One)?;
    str_format(vm, fmt, &FieldValues::Map(&rest[0])).map(new_str)
}

// ---- construction -------------------------------------------------------------------------

/// Checks the class argument of `str.__new__`: `str` or a subclass (the caller makes the result
/// an instance of the subclass, see `interp::call`).
fn check_str_class(cls: Option<&Value>) -> PyResult<()> {
    let str_class = &crate::object::types().str;
    match cls {
        None => Err(type_error("str.__new__(): not enough arguments")),
        Some(Value::Obj(c)) if c.is(str_class) => Ok(()),
        Some(Value::Obj(c)) if matches!(c.payload, Payload::Class(_)) => {
            let name = crate::object::class::class_data(c).name_str();
            if crate::object::class::is_subclass(c, str_class) {
                Ok(())
            } else {
                Err(type_error(format!(
                    "str.__new__({name}): {name} is not a subtype of str"
                )))
            }
        }
        Some(other) => Err(type_error(format!(
            "str.__new__(X): X is not a type object ({})",
            type_name(other)
        ))),
    }
}

/// `str(object='')`, `str(object=b'', encoding='utf-8', errors='strict')`.
fn str_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_str_class(args.values.first())?;
    let [obj, encoding, errors] = keyword_args(
        &args.pos()[1..],
        &args,
        "str",
        ["object", "encoding", "errors"],
    )?;
    let text_param = |v: Option<&Value>, what: &str| -> PyResult<()> {
        match v {
            Some(v) if as_str(v).is_none() => Err(type_error(format!(
                "str() argument '{what}' must be str, not {}",
                clinic_type_name(v)
            ))),
            _ => Ok(()),
        }
    };
    text_param(encoding, "encoding")?;
    text_param(errors, "errors")?;
    let Some(obj) = obj else {
        return Ok(new_str(""));
    };
    if encoding.is_none() && errors.is_none() {
        if crate::object::exact_str(obj).is_some() {
            return Ok(obj.clone());
        }
        return ops::repr::str(vm, obj).map(new_str);
    }
    match obj.payload() {
        // Decoding is the bytes types' business.
        Some(Payload::Bytes(_) | Payload::ByteArray(_)) => {
            let decode = ops::attr::get_attr_str(vm, obj, "decode")?;
            let encoding = encoding.cloned().unwrap_or_else(|| new_str("utf-8"));
            let errors = errors.cloned().unwrap_or_else(|| new_str("strict"));
            crate::interp::call(vm, &decode, &[encoding, errors])
        }
        Some(Payload::Str(_)) => Err(type_error("decoding str is not supported")),
        _ => Err(type_error(format!(
            "decoding to str: need a bytes-like object, {} found",
            type_name(obj)
        ))),
    }
}

// ---- operator methods ---------------------------------------------------------------------
//
// The interpreter runs `+`, `*`, `in`, `==`, `[]` on strings itself; these are what explicit
// calls (`s.__add__(t)`, `str.__lt__`) and the reflected-operand protocol find. Where CPython's
// method would raise for an operand of another type, these return NotImplemented instead, so
// that the other operand's reflected method still gets its turn when the interpreter asks.

fn str_len(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(&args, "__len__", Sig::Wrapper(0))?;
    match args.values[0].payload() {
        Some(Payload::Str(s)) => Ok(Value::Int(s.char_len() as i64)),
        _ => unreachable!("method_args checked the receiver"),
    }
}

fn str_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, rest) = method_args(&args, "__contains__", Sig::Wrapper(1))?;
    ops::seq::contains(vm, &args.values[0], &rest[0]).map(Value::Bool)
}

fn str_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, rest) = method_args(&args, "__getitem__", Sig::Wrapper(1))?;
    ops::seq::get_item(vm, &args.values[0], &rest[0])
}

fn str_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(&args, "__iter__", Sig::Wrapper(0))?;
    ops::iter::get_iter(vm, &args.values[0])
}

fn not_implemented() -> Value {
    Value::Obj(crate::object::types().not_implemented.clone())
}

fn str_add(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, rest) = method_args(&args, "__add__", Sig::Wrapper(1))?;
    Ok(match as_str(&rest[0]) {
        Some(t) => new_str([s, t].concat()),
        None => not_implemented(),
    })
}

/// `s * n` for `__mul__` and `__rmul__`.
fn repeat(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Value> {
    let (s, rest) = method_args(args, name, Sig::Wrapper(1))?;
    let n = &rest[0];
    let class = crate::object::class_of(n);
    let has = |method| crate::object::class::lookup_str(&class, method).is_some();
    let is_index = matches!(n, Value::Int(_) | Value::Bool(_))
        || matches!(n.payload(), Some(Payload::BigInt(_)))
        || has("__index__");
    // str has no numeric `*`, only the sequence repeat CPython tries after both operands'
    // numeric methods: the `__rmul__` of a user class goes first.
    let user_rmul = matches!(n.payload(), Some(Payload::Instance(_))) && has("__rmul__");
    if !is_index || (name == "__mul__" && user_rmul) {
        return Ok(not_implemented());
    }
    if let Some(Payload::BigInt(_)) = n.payload() {
        return Err(overflow_error(
            "cannot fit 'int' into an index-sized integer",
        ));
    }
    let n = usize::try_from(ssize_arg(vm, n)?).unwrap_or(0);
    if n == 1 {
        return Ok(args.values[0].clone());
    }
    if n > 0 && s.chars().count() > isize::MAX as usize / n {
        return Err(overflow_error("repeated string is too long"));
    }
    let mut out = String::new();
    let bytes = s
        .len()
        .checked_mul(n)
        .ok_or_else(|| crate::object::exception::memory_error(""))?;
    crate::text::reserve(&mut out, bytes).map_err(text_err)?;
    for _ in 0..n {
        out.push_str(s);
    }
    Ok(new_str(out))
}

fn str_mul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    repeat(vm, &args, "__mul__")
}

fn str_rmul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    repeat(vm, &args, "__rmul__")
}

fn str_mod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (fmt, rest) = method_args(&args, "__mod__", Sig::Wrapper(1))?;
    percent_format(vm, fmt, &rest[0]).map(new_str)
}

/// `s.__rmod__(fmt)`: `fmt % s` when `fmt` is a str.
fn str_rmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, rest) = method_args(&args, "__rmod__", Sig::Wrapper(1))?;
    match as_str(&rest[0]) {
        Some(fmt) => percent_format(vm, fmt, &args.values[0]).map(new_str),
        None => Ok(not_implemented()),
    }
}

macro_rules! comparisons {
    ($($name:ident $dunder:literal $op:tt),* $(,)?) => {
        $(
            fn $name(_vm: &mut Vm, args: Args) -> PyResult<Value> {
                let (s, rest) = method_args(&args, $dunder, Sig::Wrapper(1))?;
                Ok(match as_str(&rest[0]) {
                    // Rust orders `str` by UTF-8 bytes, which is code point order, as Python.
                    Some(t) => Value::Bool(s $op t),
                    None => not_implemented(),
                })
            }
        )*
    };
}

comparisons! {
    str_eq "__eq__" ==,
    str_ne "__ne__" !=,
    str_lt "__lt__" <,
    str_le "__le__" <=,
    str_gt "__gt__" >,
    str_ge "__ge__" >=,
}

fn str_str(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(&args, "__str__", Sig::Wrapper(0))?;
    Ok(args.values[0].clone())
}

fn str_getnewargs(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(&args, "__getnewargs__", Sig::NoArgs)?;
    Ok(new_tuple(vec![args.values[0].clone()]))
}

fn str_dunder_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, rest) = method_args(&args, "__format__", Sig::One)?;
    let spec = as_str(&rest[0]).ok_or_else(|| {
        type_error(format!(
            "__format__() argument must be str, not {}",
            clinic_type_name(&rest[0])
        ))
    })?;
    ops::repr::format(vm, &args.values[0], spec).map(new_str)
}

pub fn install(t: &Types) {
    let s = &t.str;
    add_method(s, "__new__", str_new);
    add_method(s, "format", format_method);
    add_method(s, "format_map", format_map);
    add_method(s, "__len__", str_len);
    add_method(s, "__contains__", str_contains);
    add_method(s, "__getitem__", str_getitem);
    add_method(s, "__iter__", str_iter);
    add_method(s, "__add__", str_add);
    add_method(s, "__mul__", str_mul);
    add_method(s, "__rmul__", str_rmul);
    add_method(s, "__mod__", str_mod);
    add_method(s, "__rmod__", str_rmod);
    add_method(s, "__eq__", str_eq);
    add_method(s, "__ne__", str_ne);
    add_method(s, "__lt__", str_lt);
    add_method(s, "__le__", str_le);
    add_method(s, "__gt__", str_gt);
    add_method(s, "__ge__", str_ge);
    add_method(s, "__str__", str_str);
    add_method(s, "__getnewargs__", str_getnewargs);
    add_method(s, "__format__", str_dunder_format);
    super::str_methods::install(t);
}
