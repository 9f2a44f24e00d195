//! The `json` module: `dumps`/`dump` and `loads`/`load`, natively, with CPython 3.11's output
//! and error messages.
//!
//! The encoder follows CPython's: the C encoder's rules when `indent` is None, the Python
//! encoder's (`json.encoder._make_iterencode`) otherwise (they differ only in the message for
//! out-of-range floats). The decoder follows the C scanner (`_json.c`) step by step, so that
//! errors name the same position; positions count characters, as CPython's do.
//! `JSONDecodeError`, `JSONEncoder` and `JSONDecoder` are small Python classes (a prelude run
//! in the module) over the native functions, so that subclasses can override `default`.

use std::cell::RefCell;

use num_bigint::BigInt;

use crate::builtins::{add_module_function, dict};
use crate::interp::call::call_args;
use crate::interp::{call, Vm};
use crate::object::exception::{type_error, value_error, PyErr};
use crate::object::function::Args;
use crate::object::{
    as_str, intern, new_dict, new_list, new_module, new_str, new_tuple, type_name, Obj, Payload,
};
use crate::ops;
use crate::text::float_repr::float_repr;
use crate::value::Value;
use crate::PyResult;

const PRELUDE: &str = r#"
class JSONDecodeError(ValueError):
    """Subclass of ValueError with the following additional properties:

    msg: The unformatted error message
    doc: The JSON document being parsed
    pos: The start index of doc where parsing failed
    lineno: The line corresponding to pos
    colno: The column corresponding to pos
    """
    __module__ = 'json.decoder'

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


class JSONEncoder:
    __module__ = 'json.encoder'
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None,
                 default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        return _encode(o, self.skipkeys, self.ensure_ascii, self.check_circular,
                       self.allow_nan, self.sort_keys, self.indent,
                       self.item_separator, self.key_separator, self.default)


class JSONDecoder:
    __module__ = 'json.decoder'

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float
        self.parse_int = parse_int
        self.parse_constant = parse_constant
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        return _decode(s, 0, False, self.object_hook, self.parse_float, self.parse_int,
                       self.parse_constant, self.strict, self.object_pairs_hook)[0]

    def raw_decode(self, s, idx=0):
        return _decode(s, idx, True, self.object_hook, self.parse_float, self.parse_int,
                       self.parse_constant, self.strict, self.object_pairs_hook)
"#;

thread_local! {
    /// `json.JSONDecodeError` of this interpreter (made when `json` is first imported).
    static DECODE_ERROR: RefCell<Option<Value>> = const { RefCell::new(None) };
}

pub fn create(vm: &mut Vm) -> Obj {
    let m = new_module("json");
    add_module_function(&m, "dumps", dumps);
    add_module_function(&m, "dump", dump);
    add_module_function(&m, "loads", loads);
    add_module_function(&m, "load", load);
    add_module_function(&m, "_encode", encode_fn);
    add_module_function(&m, "_decode", decode_fn);
    let d = crate::object::module_dict(&m);
    crate::run_prelude(vm, "json", PRELUDE, &d);
    DECODE_ERROR.with(|e| *e.borrow_mut() = dict::get_by_str(&d, "JSONDecodeError"));
    m
}

// ---- encoding -----------------------------------------------------------------------------

/// The encoder's settings and its stack of containers being encoded (for cycle detection).
struct Encoder {
    skipkeys: bool,
    ensure_ascii: bool,
    check_circular: bool,
    allow_nan: bool,
    sort_keys: bool,
    indent: Option<String>,
    item_sep: String,
    key_sep: String,
    default: Option<Value>,
    markers: Vec<usize>,
}

const DUMPS_PARAMS: &[&str] = &[
    "obj",
    "skipkeys",
    "ensure_ascii",
    "check_circular",
    "allow_nan",
    "cls",
    "indent",
    "separators",
    "default",
    "sort_keys",
];

/// Binds `dumps`-style keyword arguments after `npos` positional ones. Other keywords go,
/// in CPython, to the encoder or decoder class (`unknown_to`), which rejects them.
fn bind_kw<'a>(
    name: &str,
    unknown_to: &str,
    args: &Args<'a>,
    npos: usize,
    params: &[&str],
) -> PyResult<Vec<Option<&'a Value>>> {
    let pos = args.pos();
    if pos.len() != npos {
        return Err(type_error(if pos.len() < npos {
            let missing = &params[pos.len()..npos];
            let names: Vec<String> = missing.iter().map(|p| format!("'{p}'")).collect();
            format!(
                "{name}() missing {} required positional argument{}: {}",
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                names.join(" and ")
            )
        } else {
            format!(
                "{name}() takes {npos} positional argument{} but {} were given",
                if npos == 1 { "" } else { "s" },
                pos.len()
            )
        }));
    }
    let mut out: Vec<Option<&'a Value>> = pos.iter().map(Some).collect();
    out.resize(params.len(), None);
    for (k, v) in args.kwargs() {
        let k = crate::object::str_of(k);
        match params.iter().position(|p| *p == k) {
            Some(i) if i >= npos => out[i] = Some(v),
            _ => {
                return Err(type_error(format!(
                    "{unknown_to}() got an unexpected keyword argument '{k}'"
                )))
            }
        }
    }
    Ok(out)
}

fn flag(vm: &mut Vm, v: Option<&Value>, default: bool) -> PyResult<bool> {
    match v {
        Some(v) => ops::truthy(vm, v),
        None => Ok(default),
    }
}

/// The text of one indent level: `indent` spaces for an int, the string itself for a str.
fn indent_text(vm: &mut Vm, v: &Value) -> PyResult<Option<String>> {
    match v {
        Value::None => Ok(None),
        _ => match as_str(v) {
            Some(s) => Ok(Some(s.to_string())),
            None => {
                let n = crate::builtins::number::ssize_arg(vm, v)?;
                Ok(Some(" ".repeat(n.max(0) as usize)))
            }
        },
    }
}

fn str_arg(v: &Value, what: &str) -> PyResult<String> {
    as_str(v).map(str::to_string).ok_or_else(|| {
        type_error(format!(
            "make_encoder() argument {what} must be str, not {}",
            type_name(v)
        ))
    })
}

/// `dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
/// cls=None, indent=None, separators=None, default=None, sort_keys=False)`.
fn dumps(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = bind_kw("dumps", "JSONEncoder.__init__", &args, 1, DUMPS_PARAMS)?;
    dumps_bound(vm, s[0].expect("bound"), &s)
}

fn dumps_bound(vm: &mut Vm, obj: &Value, s: &[Option<&Value>]) -> PyResult<Value> {
    if let Some(cls) = s[5].filter(|c| !c.is_none()) {
        // A custom encoder class: built with the same keywords, as `json.dumps` does.
        let mut names = Vec::new();
        let mut values = Vec::new();
        for (i, p) in DUMPS_PARAMS.iter().enumerate() {
            if let (Some(v), true) = (s[i], i >= 1 && i != 5) {
                names.push(intern(p));
                values.push(v.clone());
            }
        }
        let enc = call_args(
            vm,
            cls,
            Args {
                values: &values,
                kwnames: &names,
            },
        )?;
        let f = ops::attr::get_attr_str(vm, &enc, "encode")?;
        return call(vm, &f, std::slice::from_ref(obj));
    }
    let indent = match s[6] {
        Some(v) => indent_text(vm, v)?,
        None => None,
    };
    let (item_sep, key_sep) = match s[7].filter(|v| !v.is_none()) {
        Some(seps) => {
            let parts = ops::iter::collect(vm, seps)?;
            if parts.len() != 2 {
                return Err(value_error(format!(
                    "{} values to unpack (expected 2{})",
                    if parts.len() > 2 {
                        "too many"
                    } else {
                        "not enough"
                    },
                    if parts.len() > 2 {
                        String::new()
                    } else {
                        format!(", got {}", parts.len())
                    }
                )));
            }
            (
                str_arg(&parts[0], "item_separator")?,
                str_arg(&parts[1], "key_separator")?,
            )
        }
        None if indent.is_some() => (",".to_string(), ": ".to_string()),
        None => (", ".to_string(), ": ".to_string()),
    };
    let mut enc = Encoder {
        skipkeys: flag(vm, s[1], false)?,
        ensure_ascii: flag(vm, s[2], true)?,
        check_circular: flag(vm, s[3], true)?,
        allow_nan: flag(vm, s[4], true)?,
        sort_keys: flag(vm, s[9], false)?,
        indent,
        item_sep,
        key_sep,
        default: s[8].filter(|v| !v.is_none()).cloned(),
        markers: Vec::new(),
    };
    let mut out = String::new();
    enc.encode(vm, obj, 0, &mut out)?;
    Ok(new_str(out))
}

/// `_encode(o, skipkeys, ensure_ascii, check_circular, allow_nan, sort_keys, indent,
/// item_separator, key_separator, default)`: `JSONEncoder.encode`.
fn encode_fn(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::builtins::check_args("_encode", &args, 10, 10)?;
    let a = args.pos();
    let indent = indent_text(vm, &a[6])?;
    let mut enc = Encoder {
        skipkeys: ops::truthy(vm, &a[1])?,
        ensure_ascii: ops::truthy(vm, &a[2])?,
        check_circular: ops::truthy(vm, &a[3])?,
        allow_nan: ops::truthy(vm, &a[4])?,
        sort_keys: ops::truthy(vm, &a[5])?,
        indent,
        item_sep: str_arg(&a[7], "item_separator")?,
        key_sep: str_arg(&a[8], "key_separator")?,
        default: Some(a[9].clone()),
        markers: Vec::new(),
    };
    let mut out = String::new();
    enc.encode(vm, &a[0], 0, &mut out)?;
    Ok(new_str(out))
}

/// `dump(obj, fp, **kw)`: the text of `dumps(obj, **kw)` written to `fp`.
fn dump(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut params = vec!["obj", "fp"];
    params.extend_from_slice(&DUMPS_PARAMS[1..]);
    let s = bind_kw("dump", "JSONEncoder.__init__", &args, 2, &params)?;
    let fp = s[1].expect("bound").clone();
    let mut rest = vec![s[0]];
    rest.extend_from_slice(&s[2..]);
    let text = dumps_bound(vm, s[0].expect("bound"), &rest)?;
    let write = ops::attr::get_attr_str(vm, &fp, "write")?;
    call(vm, &write, &[text])?;
    Ok(Value::None)
}

/// Appends `s` as a JSON string literal.
fn encode_str(s: &str, ascii: bool, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 || (ascii && (c as u32) > 0x7e) => {
                let mut units = [0u16; 2];
                for u in c.encode_utf16(&mut units) {
                    out.push_str(&format!("\\u{:04x}", u));
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// The addresses of the containers being encoded identify them, as `id()` does in CPython.
fn identity(v: &Value) -> Option<usize> {
    v.as_obj().map(Obj::addr)
}

/// Enters one level of nesting, with the C encoder's RecursionError message.
fn enter_nested(vm: &mut Vm) -> PyResult<()> {
    vm.enter().map_err(|_| {
        crate::object::exception::recursion_error(
            "maximum recursion depth exceeded while encoding a JSON object",
        )
    })
}

impl Encoder {
    fn float(&self, f: f64) -> PyResult<String> {
        if f.is_finite() {
            return Ok(float_repr(f));
        }
        if !self.allow_nan {
            // The C encoder (no indent) and the Python one word this differently.
            return Err(value_error(match self.indent {
                None => "Out of range float values are not JSON compliant".to_string(),
                Some(_) => format!(
                    "Out of range float values are not JSON compliant: {}",
                    float_repr(f)
                ),
            }));
        }
        Ok(if f.is_nan() {
            "NaN"
        } else if f > 0.0 {
            "Infinity"
        } else {
            "-Infinity"
        }
        .to_string())
    }

    fn enter(&mut self, v: &Value) -> PyResult<()> {
        if self.check_circular {
            if let Some(id) = identity(v) {
                if self.markers.contains(&id) {
                    return Err(value_error("Circular reference detected"));
                }
                self.markers.push(id);
            }
        }
        Ok(())
    }

    fn leave(&mut self) {
        if self.check_circular {
            self.markers.pop();
        }
    }

    fn newline(&self, level: usize, out: &mut String) {
        if let Some(ind) = &self.indent {
            out.push('\n');
            for _ in 0..level {
                out.push_str(ind);
            }
        }
    }

    /// The text of a scalar (None, bools, ints, floats, strings), or None for anything else.
    fn scalar(&self, v: &Value) -> PyResult<Option<String>> {
        Ok(Some(match v {
            Value::None => "null".into(),
            Value::Bool(true) => "true".into(),
            Value::Bool(false) => "false".into(),
            Value::Int(i) => i.to_string(),
            Value::Float(f) => self.float(*f)?,
            Value::Obj(o) => match &o.payload {
                Payload::Str(s) => {
                    let mut out = String::new();
                    encode_str(s.as_str(), self.ensure_ascii, &mut out);
                    out
                }
                Payload::BigInt(b) => ops::repr::int_str(b)?,
                _ => return Ok(None),
            },
            Value::Null => return Ok(None),
        }))
    }

    fn encode(&mut self, vm: &mut Vm, v: &Value, level: usize, out: &mut String) -> PyResult<()> {
        if let Some(text) = self.scalar(v)? {
            out.push_str(&text);
            return Ok(());
        }
        match v.payload() {
            Some(Payload::List(_) | Payload::Tuple(_)) => self.encode_list(vm, v, level, out),
            Some(Payload::Dict(_)) => self.encode_dict(vm, v, level, out),
            _ => {
                let Some(default) = self.default.clone() else {
                    return Err(type_error(format!(
                        "Object of type {} is not JSON serializable",
                        type_name(v)
                    )));
                };
                self.enter(v)?;
                enter_nested(vm)?;
                let r = call(vm, &default, std::slice::from_ref(v))
                    .and_then(|nv| self.encode(vm, &nv, level, out));
                vm.leave();
                self.leave();
                r
            }
        }
    }

    fn encode_list(
        &mut self,
        vm: &mut Vm,
        v: &Value,
        level: usize,
        out: &mut String,
    ) -> PyResult<()> {
        let items: Vec<Value> = match v.payload() {
            Some(Payload::List(l)) => l.borrow().clone(),
            Some(Payload::Tuple(t)) => t.to_vec(),
            _ => unreachable!("encode_list of a non-sequence"),
        };
        if items.is_empty() {
            out.push_str("[]");
            return Ok(());
        }
        self.enter(v)?;
        enter_nested(vm)?;
        out.push('[');
        self.newline(level + 1, out);
        let mut r = Ok(());
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(&self.item_sep);
                self.newline(level + 1, out);
            }
            r = self.encode(vm, item, level + 1, out);
            if r.is_err() {
                break;
            }
        }
        vm.leave();
        self.leave();
        r?;
        self.newline(level, out);
        out.push(']');
        Ok(())
    }

    /// The text of a dict key, or None for a key `skipkeys` leaves out.
    fn key(&self, k: &Value) -> PyResult<Option<String>> {
        if let Some(s) = as_str(k) {
            let mut out = String::new();
            encode_str(s, self.ensure_ascii, &mut out);
            return Ok(Some(out));
        }
        let text = match k {
            Value::Float(f) => self.float(*f)?,
            Value::Bool(b) => b.to_string(),
            Value::None => "null".into(),
            Value::Int(i) => i.to_string(),
            Value::Obj(o) if matches!(o.payload, Payload::BigInt(_)) => {
                self.scalar(k)?.expect("an int")
            }
            _ if self.skipkeys => return Ok(None),
            _ => {
                return Err(type_error(format!(
                    "keys must be str, int, float, bool or None, not {}",
                    type_name(k)
                )))
            }
        };
        let mut out = String::new();
        encode_str(&text, self.ensure_ascii, &mut out);
        Ok(Some(out))
    }

    fn encode_dict(
        &mut self,
        vm: &mut Vm,
        v: &Value,
        level: usize,
        out: &mut String,
    ) -> PyResult<()> {
        let d = v.as_obj().expect("a dict");
        let mut items = dict::items(d);
        if items.is_empty() {
            out.push_str("{}");
            return Ok(());
        }
        if self.sort_keys {
            // `sorted(dct.items())`, with list.sort's comparisons and errors.
            let pairs = new_list(
                items
                    .drain(..)
                    .map(|(k, v)| new_tuple(vec![k, v]))
                    .collect(),
            );
            let sort = ops::attr::get_attr_str(vm, &pairs, "sort")?;
            call(vm, &sort, &[])?;
            if let Some(Payload::List(l)) = pairs.payload() {
                for p in l.borrow().iter() {
                    if let Some(Payload::Tuple(t)) = p.payload() {
                        items.push((t[0].clone(), t[1].clone()));
                    }
                }
            }
        }
        self.enter(v)?;
        enter_nested(vm)?;
        out.push('{');
        self.newline(level + 1, out);
        let mut first = true;
        let mut r = Ok(());
        for (k, val) in &items {
            let key = match self.key(k) {
                Ok(Some(key)) => key,
                Ok(None) => continue,
                Err(e) => {
                    r = Err(e);
                    break;
                }
            };
            if !first {
                out.push_str(&self.item_sep);
                self.newline(level + 1, out);
            }
            first = false;
            out.push_str(&key);
            out.push_str(&self.key_sep);
            r = self.encode(vm, val, level + 1, out);
            if r.is_err() {
                break;
            }
        }
        vm.leave();
        self.leave();
        r?;
        self.newline(level, out);
        out.push('}');
        Ok(())
    }
}

// ---- decoding -----------------------------------------------------------------------------

/// The decoder's hooks (None where the default applies) and the document, as characters.
struct Scanner<'a> {
    doc: &'a Value,
    s: Vec<char>,
    strict: bool,
    object_hook: Option<Value>,
    object_pairs_hook: Option<Value>,
    parse_float: Option<Value>,
    parse_int: Option<Value>,
    parse_constant: Option<Value>,
}

/// How a scan fails: a Python error, or "no value starts here" (CPython's StopIteration,
/// which the caller reports as "Expecting value").
enum Fail {
    Err(PyErr),
    NoValue(usize),
}

impl From<PyErr> for Fail {
    fn from(e: PyErr) -> Fail {
        Fail::Err(e)
    }
}

type Scan<T> = Result<T, Fail>;

/// `JSONDecodeError(msg, doc, pos)`.
fn decode_error(vm: &mut Vm, msg: &str, doc: &Value, pos: usize) -> PyErr {
    let Some(cls) = DECODE_ERROR.with(|e| e.borrow().clone()) else {
        return value_error(msg.to_string());
    };
    match call(
        vm,
        &cls,
        &[new_str(msg), doc.clone(), Value::Int(pos as i64)],
    ) {
        Ok(v) => match ops::exc::make_exception(vm, v) {
            Ok(e) | Err(e) => e,
        },
        Err(e) => e,
    }
}

fn is_ws(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r')
}

impl Scanner<'_> {
    fn at(&self, i: usize) -> Option<char> {
        self.s.get(i).copied()
    }

    fn skip_ws(&self, mut i: usize) -> usize {
        while self.at(i).is_some_and(is_ws) {
            i += 1;
        }
        i
    }

    fn err<T>(&self, vm: &mut Vm, msg: &str, pos: usize) -> Scan<T> {
        Err(Fail::Err(decode_error(vm, msg, self.doc, pos)))
    }

    fn matches(&self, i: usize, word: &str) -> bool {
        word.chars()
            .enumerate()
            .all(|(k, c)| self.at(i + k) == Some(c))
    }

    /// The value starting at `idx` and the index after it.
    fn scan_once(&self, vm: &mut Vm, idx: usize) -> Scan<(Value, usize)> {
        let Some(c) = self.at(idx) else {
            return Err(Fail::NoValue(idx));
        };
        match c {
            '"' => return self.scan_string(vm, idx + 1),
            '{' | '[' => {
                vm.enter().map_err(|_| {
                    crate::object::exception::recursion_error(format!(
                        "maximum recursion depth exceeded while decoding a JSON {} from a unicode string",
                        if c == '{' { "object" } else { "array" }
                    ))
                })?;
                let r = if c == '{' {
                    self.parse_object(vm, idx + 1)
                } else {
                    self.parse_array(vm, idx + 1)
                };
                vm.leave();
                return r;
            }
            'n' if self.matches(idx, "null") => return Ok((Value::None, idx + 4)),
            't' if self.matches(idx, "true") => return Ok((Value::Bool(true), idx + 4)),
            'f' if self.matches(idx, "false") => return Ok((Value::Bool(false), idx + 5)),
            'N' if self.matches(idx, "NaN") => return self.constant(vm, "NaN", idx),
            'I' if self.matches(idx, "Infinity") => return self.constant(vm, "Infinity", idx),
            '-' if self.matches(idx, "-Infinity") => return self.constant(vm, "-Infinity", idx),
            _ => {}
        }
        self.match_number(vm, idx)
    }

    fn constant(&self, vm: &mut Vm, name: &str, idx: usize) -> Scan<(Value, usize)> {
        let end = idx + name.chars().count();
        let v = match &self.parse_constant {
            Some(f) => call(vm, f, &[new_str(name)])?,
            None => Value::Float(match name {
                "NaN" => f64::NAN,
                "Infinity" => f64::INFINITY,
                _ => f64::NEG_INFINITY,
            }),
        };
        Ok((v, end))
    }

    fn match_number(&self, vm: &mut Vm, start: usize) -> Scan<(Value, usize)> {
        let digit = |i: usize| self.at(i).is_some_and(|c| c.is_ascii_digit());
        let mut idx = start;
        if self.at(idx) == Some('-') {
            idx += 1;
            if idx >= self.s.len() {
                return Err(Fail::NoValue(start));
            }
        }
        match self.at(idx) {
            Some('1'..='9') => {
                idx += 1;
                while digit(idx) {
                    idx += 1;
                }
            }
            Some('0') => idx += 1,
            _ => return Err(Fail::NoValue(start)),
        }
        let mut is_float = false;
        if self.at(idx) == Some('.') && digit(idx + 1) {
            is_float = true;
            idx += 2;
            while digit(idx) {
                idx += 1;
            }
        }
        // An exponent needs a following character and at least one digit (else backtrack).
        if idx + 1 < self.s.len() && matches!(self.at(idx), Some('e' | 'E')) {
            let e_start = idx;
            idx += 1;
            if idx + 1 < self.s.len() && matches!(self.at(idx), Some('-' | '+')) {
                idx += 1;
            }
            while digit(idx) {
                idx += 1;
            }
            if digit(idx - 1) {
                is_float = true;
            } else {
                idx = e_start;
            }
        }
        let text: String = self.s[start..idx].iter().collect();
        let custom = if is_float {
            &self.parse_float
        } else {
            &self.parse_int
        };
        let v = match custom {
            Some(f) => call(vm, f, &[new_str(text)])?,
            None if is_float => Value::Float(text.parse::<f64>().unwrap_or(f64::NAN)),
            None => match text.parse::<i64>() {
                Ok(i) => Value::Int(i),
                Err(_) => {
                    let b: BigInt = crate::text::number_parse::parse_int(&text, 10)
                        .map_err(ops::repr::text_err)?;
                    Value::from_bigint(b)
                }
            },
        };
        Ok((v, idx))
    }

    /// The string whose text starts at `end` (after its opening quote).
    fn scan_string(&self, vm: &mut Vm, end: usize) -> Scan<(Value, usize)> {
        let begin = end - 1;
        let len = self.s.len();
        let mut out = String::new();
        let mut end = end;
        loop {
            let mut next = end;
            let mut c = '\0';
            while next < len {
                c = self.s[next];
                if c == '"' || c == '\\' {
                    break;
                }
                if (c as u32) <= 0x1f && self.strict {
                    return self.err(vm, "Invalid control character at", next);
                }
                next += 1;
            }
            if next >= len || !(c == '"' || c == '\\') {
                return self.err(vm, "Unterminated string starting at", begin);
            }
            out.extend(&self.s[end..next]);
            next += 1;
            if c == '"' {
                end = next;
                break;
            }
            if next == len {
                return self.err(vm, "Unterminated string starting at", begin);
            }
            let e = self.s[next];
            if e != 'u' {
                end = next + 1;
                out.push(match e {
                    '"' => '"',
                    '\\' => '\\',
                    '/' => '/',
                    'b' => '\u{8}',
                    'f' => '\u{c}',
                    'n' => '\n',
                    'r' => '\r',
                    't' => '\t',
                    _ => return self.err(vm, "Invalid \\escape", end - 2),
                });
                continue;
            }
            next += 1;
            end = next + 4;
            if end >= len {
                return self.err(vm, "Invalid \\uXXXX escape", next - 1);
            }
            let Some(mut code) = self.hex4(next) else {
                return self.err(vm, "Invalid \\uXXXX escape", end - 5);
            };
            next = end;
            // A high surrogate followed by `\u` and a low one is one character.
            if (0xd800..0xdc00).contains(&code)
                && end + 6 < len
                && self.s[next] == '\\'
                && self.s[next + 1] == 'u'
            {
                let Some(c2) = self.hex4(next + 2) else {
                    return self.err(vm, "Invalid \\uXXXX escape", end + 1);
                };
                if (0xdc00..0xe000).contains(&c2) {
                    code = 0x10000 + (((code - 0xd800) << 10) | (c2 - 0xdc00));
                    end += 6;
                }
            }
            match char::from_u32(code) {
                Some(ch) => out.push(ch),
                None => {
                    return Err(Fail::Err(crate::object::exception::not_implemented_error(
                        "surrogate code points are not supported yet",
                    )))
                }
            }
        }
        Ok((new_str(out), end))
    }

    fn hex4(&self, at: usize) -> Option<u32> {
        let mut v = 0;
        for k in 0..4 {
            v = (v << 4) | self.at(at + k)?.to_digit(16)?;
        }
        Some(v)
    }

    fn parse_object(&self, vm: &mut Vm, idx: usize) -> Scan<(Value, usize)> {
        let mut idx = self.skip_ws(idx);
        let mut pairs: Vec<(Value, Value)> = Vec::new();
        if self.at(idx) != Some('}') {
            loop {
                if self.at(idx) != Some('"') {
                    return self.err(vm, "Expecting property name enclosed in double quotes", idx);
                }
                let (key, next) = self.scan_string(vm, idx + 1)?;
                idx = self.skip_ws(next);
                if self.at(idx) != Some(':') {
                    return self.err(vm, "Expecting ':' delimiter", idx);
                }
                idx = self.skip_ws(idx + 1);
                let (val, next) = self.scan_once(vm, idx)?;
                pairs.push((key, val));
                idx = self.skip_ws(next);
                if self.at(idx) == Some('}') {
                    break;
                }
                if self.at(idx) != Some(',') {
                    return self.err(vm, "Expecting ',' delimiter", idx);
                }
                idx = self.skip_ws(idx + 1);
            }
        }
        let end = idx + 1;
        if let Some(hook) = &self.object_pairs_hook {
            let list = new_list(
                pairs
                    .into_iter()
                    .map(|(k, v)| new_tuple(vec![k, v]))
                    .collect(),
            );
            return Ok((call(vm, hook, &[list])?, end));
        }
        let d = new_dict();
        for (k, v) in pairs {
            dict::set_item(vm, &d, k, v)?;
        }
        let mut v = Value::Obj(d);
        if let Some(hook) = &self.object_hook {
            v = call(vm, hook, &[v])?;
        }
        Ok((v, end))
    }

    fn parse_array(&self, vm: &mut Vm, idx: usize) -> Scan<(Value, usize)> {
        let mut idx = self.skip_ws(idx);
        let mut items = Vec::new();
        if self.at(idx) != Some(']') {
            loop {
                let (val, next) = self.scan_once(vm, idx)?;
                items.push(val);
                idx = self.skip_ws(next);
                if self.at(idx) == Some(']') {
                    break;
                }
                if self.at(idx) != Some(',') {
                    return self.err(vm, "Expecting ',' delimiter", idx);
                }
                idx = self.skip_ws(idx + 1);
            }
        }
        Ok((new_list(items), idx + 1))
    }
}

const LOADS_PARAMS: &[&str] = &[
    "s",
    "cls",
    "object_hook",
    "parse_float",
    "parse_int",
    "parse_constant",
    "object_pairs_hook",
    "strict",
];

/// The document as text: str as is, bytes decoded as UTF-8 (CPython detects UTF-16/32 too).
fn document(v: &Value) -> PyResult<Value> {
    match v.payload() {
        Some(Payload::Str(_)) => Ok(v.clone()),
        Some(Payload::Bytes(_) | Payload::ByteArray(_)) => {
            let b = match v.payload() {
                Some(Payload::Bytes(b)) => b.to_vec(),
                Some(Payload::ByteArray(b)) => b.borrow().clone(),
                _ => unreachable!("bytes"),
            };
            let b = b.strip_prefix(b"\xef\xbb\xbf").unwrap_or(&b);
            if b.len() >= 2 && (b[0] == 0 || b[1] == 0) {
                return Err(crate::object::exception::not_implemented_error(
                    "json.loads: only UTF-8 encoded bytes are supported",
                ));
            }
            crate::builtins::bytes::decode_with(b, "utf-8", "surrogatepass").map(new_str)
        }
        _ => Err(type_error(format!(
            "the JSON object must be str, bytes or bytearray, not {}",
            type_name(v)
        ))),
    }
}

fn loads(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = bind_kw("loads", "JSONDecoder.__init__", &args, 1, LOADS_PARAMS)?;
    loads_bound(vm, s[0].expect("bound"), &s)
}

fn loads_bound(vm: &mut Vm, doc: &Value, s: &[Option<&Value>]) -> PyResult<Value> {
    let doc = document(doc)?;
    if let Some(cls) = s[1].filter(|c| !c.is_none()) {
        let mut names = Vec::new();
        let mut values = Vec::new();
        for (i, p) in LOADS_PARAMS.iter().enumerate().skip(2) {
            if let Some(v) = s[i] {
                names.push(intern(p));
                values.push(v.clone());
            }
        }
        let dec = call_args(
            vm,
            cls,
            Args {
                values: &values,
                kwnames: &names,
            },
        )?;
        let f = ops::attr::get_attr_str(vm, &dec, "decode")?;
        return call(vm, &f, &[doc]);
    }
    let hook = |i: usize| s[i].filter(|v| !v.is_none()).cloned();
    let scanner = Scanner {
        doc: &doc,
        s: as_str(&doc).unwrap_or("").chars().collect(),
        strict: flag(vm, s[7], true)?,
        object_hook: hook(2),
        parse_float: hook(3),
        parse_int: hook(4),
        parse_constant: hook(5),
        object_pairs_hook: hook(6),
    };
    decode(vm, &scanner, 0, false).map(|(v, _)| v)
}

/// `JSONDecoder.decode` (whole document) or `raw_decode` (a value at `idx`).
fn decode(vm: &mut Vm, sc: &Scanner, idx: usize, raw: bool) -> PyResult<(Value, usize)> {
    if !raw && sc.s.first() == Some(&'\u{feff}') {
        return Err(decode_error(
            vm,
            "Unexpected UTF-8 BOM (decode using utf-8-sig)",
            sc.doc,
            0,
        ));
    }
    let start = if raw { idx } else { sc.skip_ws(idx) };
    let (v, end) = match sc.scan_once(vm, start) {
        Ok(r) => r,
        Err(Fail::Err(e)) => return Err(e),
        Err(Fail::NoValue(at)) => return Err(decode_error(vm, "Expecting value", sc.doc, at)),
    };
    if !raw {
        let end = sc.skip_ws(end);
        if end != sc.s.len() {
            return Err(decode_error(vm, "Extra data", sc.doc, end));
        }
    }
    Ok((v, end))
}

/// `_decode(s, idx, raw, object_hook, parse_float, parse_int, parse_constant, strict,
/// object_pairs_hook)`: `JSONDecoder.decode` and `raw_decode`.
fn decode_fn(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::builtins::check_args("_decode", &args, 9, 9)?;
    let a = args.pos();
    if as_str(&a[0]).is_none() {
        return Err(type_error(format!(
            "first argument must be a string, not {}",
            type_name(&a[0])
        )));
    }
    let idx = crate::builtins::number::ssize_arg(vm, &a[1])?;
    if idx < 0 {
        return Err(value_error("idx cannot be negative"));
    }
    let hook = |v: &Value| Some(v.clone()).filter(|v| !v.is_none());
    let scanner = Scanner {
        doc: &a[0],
        s: as_str(&a[0]).unwrap_or("").chars().collect(),
        strict: ops::truthy(vm, &a[7])?,
        object_hook: hook(&a[3]),
        parse_float: hook(&a[4]),
        parse_int: hook(&a[5]),
        parse_constant: hook(&a[6]),
        object_pairs_hook: hook(&a[8]),
    };
    let raw = ops::truthy(vm, &a[2])?;
    let (v, end) = decode(vm, &scanner, idx as usize, raw)?;
    Ok(if raw {
        new_tuple(vec![v, Value::Int(end as i64)])
    } else {
        new_tuple(vec![v])
    })
}

/// `load(fp, **kw)`: `loads(fp.read(), **kw)`.
fn load(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut params = vec!["fp"];
    params.extend_from_slice(&LOADS_PARAMS[1..]);
    let s = bind_kw("load", "JSONDecoder.__init__", &args, 1, &params)?;
    let read = ops::attr::get_attr_str(vm, s[0].expect("bound"), "read")?;
    let text = call(vm, &read, &[])?;
    loads_bound(vm, &text, &s)
}
