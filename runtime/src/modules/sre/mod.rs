//! `_sre`: the regular-expression engine under CPython's Python `re` package.
//!
//! As in CPython 3.11, `re._parser`/`re._compiler` (Python, in `py/re/`) turn a pattern into
//! code words and call `_sre.compile`, which makes a `re.Pattern`; matching runs the port of
//! `sre_lib.h` in [`engine`]. This module is `sre.c`'s Python-facing part: the `Pattern`,
//! `Match` and `SRE_Scanner` classes with the same methods, arguments, reprs and errors.
//! Subjects are `str` (matched by code point) or bytes-like objects (by byte).

mod engine;
mod matchobj;

use std::cell::{OnceCell, RefCell};
use std::mem::ManuallyDrop;
use std::rc::Rc;

use crate::builtins::{add_class_attr, add_getter, add_module_function, bind};
use crate::interp::Vm;
use crate::object::class::{class_data, Layout};
use crate::object::exception::{overflow_error, runtime_error, type_error, PyErr};
use crate::object::function::Args;
use crate::object::types::make_class;
use crate::object::{
    native_ref, new_builtin, new_bytes, new_list, new_module, new_native, new_str, new_tuple,
    type_name, types, NativeData, Obj, Payload,
};
use crate::ops;
use crate::value::Value;
use crate::PyResult;

use engine::{SreError, State, MAXREPEAT};
use matchobj::MatchData;

/// `re._constants.MAGIC` of CPython 3.11: the compiler checks it.
const MAGIC: i64 = 20220615;
const MAXGROUPS: i64 = 1073741823;

/// The module's classes, made once per thread so every `import` sees the same ones.
struct Classes {
    pattern: Obj,
    match_: Obj,
    scanner: Obj,
}

thread_local! {
    static CLASSES: OnceCell<&'static Classes> = const { OnceCell::new() };
}

fn native_class(name: &str, module: &str) -> Obj {
    let cls = make_class(name, std::slice::from_ref(&types().object), Layout::Builtin);
    *class_data(&cls).module.borrow_mut() = module.to_string();
    crate::builtins::add_method(&cls, "__new__", no_new);
    cls
}

/// Adds method `name` to `cls`, a class named `owner` (`re.Pattern`) in its methods' reprs
/// and errors, as CPython's type names include the module.
pub(crate) fn add_method(
    cls: &Obj,
    owner: &'static str,
    name: &'static str,
    f: crate::object::function::NativeFn,
) {
    add_class_attr(cls, name, new_builtin(name, f, Some(owner)));
}

fn classes() -> &'static Classes {
    CLASSES.with(|c| {
        *c.get_or_init(|| {
            let classes = Classes {
                pattern: native_class("Pattern", "re"),
                match_: native_class("Match", "re"),
                scanner: native_class("SRE_Scanner", "_sre"),
            };
            install_pattern(&classes.pattern);
            matchobj::install_match(&classes.match_);
            matchobj::install_scanner(&classes.scanner);
            Box::leak(Box::new(classes))
        })
    })
}

fn no_new(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let name = match args.values.first() {
        Some(Value::Obj(c)) => format!(
            "{}.{}",
            class_data(c).module.borrow(),
            class_data(c).name_str()
        ),
        _ => "object".to_string(),
    };
    Err(type_error(format!("cannot create '{name}' instances")))
}

pub fn create() -> Obj {
    let m = new_module("_sre");
    let d = crate::object::module_dict(&m);
    let set = |k: &str, v: Value| crate::builtins::dict::set_str_item(&d, k, v);
    set("MAGIC", Value::Int(MAGIC));
    set("CODESIZE", Value::Int(4));
    set("MAXREPEAT", Value::Int(MAXREPEAT as i64));
    set("MAXGROUPS", Value::Int(MAXGROUPS));
    set(
        "copyright",
        new_str(" SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB "),
    );
    add_module_function(&m, "compile", compile);
    add_module_function(&m, "getcodesize", getcodesize);
    add_module_function(&m, "ascii_iscased", ascii_iscased);
    add_module_function(&m, "unicode_iscased", unicode_iscased);
    add_module_function(&m, "ascii_tolower", ascii_tolower);
    add_module_function(&m, "unicode_tolower", unicode_tolower);
    m
}

// ---- module functions ---------------------------------------------------------------------

fn getcodesize(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::builtins::check_args("getcodesize", &args, 0, 0)?;
    Ok(Value::Int(4))
}

/// The one `int` argument of the case helpers (a C `int`, as the clinic converts it).
fn char_arg(vm: &mut Vm, name: &str, args: &Args) -> PyResult<u32> {
    crate::builtins::no_kwargs(name, args)?;
    crate::builtins::check_args(name, args, 1, 1)?;
    let v = &args.values[0];
    if matches!(v, Value::Float(_)) {
        return Err(type_error(
            "'float' object cannot be interpreted as an integer",
        ));
    }
    match ops::seq::to_index(vm, v)? {
        Some(i) if i32::try_from(i).is_ok() => Ok(i as i32 as u32),
        Some(_) => Err(overflow_error("Python int too large to convert to C int")),
        None => Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(v)
        ))),
    }
}

fn ascii_iscased(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let ch = char_arg(vm, "ascii_iscased", &args)?;
    Ok(Value::Bool(ch < 128 && (ch as u8).is_ascii_alphabetic()))
}

fn unicode_iscased(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let ch = char_arg(vm, "unicode_iscased", &args)?;
    Ok(Value::Bool(
        ch != engine::lower_unicode(ch) || ch != engine::upper_unicode(ch),
    ))
}

fn ascii_tolower(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let ch = char_arg(vm, "ascii_tolower", &args)?;
    Ok(Value::Int(engine::lower_ascii(ch) as i32 as i64))
}

fn unicode_tolower(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let ch = char_arg(vm, "unicode_tolower", &args)?;
    Ok(Value::Int(engine::lower_unicode(ch) as i32 as i64))
}

// ---- subjects -----------------------------------------------------------------------------

/// A subject's characters: code points of a `str`, or bytes.
pub(crate) struct Subject {
    pub text: Rc<[u32]>,
    pub isbytes: bool,
}

/// A subject object and its characters.
type CachedSubject = (Obj, Rc<[u32]>);

thread_local! {
    /// The last exact `str`/`bytes` converted, so repeated calls on one long subject
    /// (`search(s, pos)` in a loop) do not convert it each time. Holds the object so its
    /// identity stays valid; both types are immutable, and an exact one has no finaliser
    /// whose timing the extra reference could change. Never dropped at thread exit (the
    /// heap may be gone by then): the last entry is leaked.
    static LAST_SUBJECT: ManuallyDrop<RefCell<Option<CachedSubject>>> =
        const { ManuallyDrop::new(RefCell::new(None)) };
}

/// The code points of a `str`, allocated at their exact size.
fn str_chars(s: &crate::object::PyStr) -> Rc<[u32]> {
    if s.is_ascii() {
        s.as_str().bytes().map(u32::from).collect()
    } else {
        let mut v = Vec::with_capacity(s.char_len());
        v.extend(s.as_str().chars().map(u32::from));
        v.into()
    }
}

/// CPython's `getstring`: the characters of a subject, or its TypeError.
pub(crate) fn subject(v: &Value) -> PyResult<Subject> {
    if let Value::Obj(o) = v {
        let cached = LAST_SUBJECT.with(|c| {
            c.borrow()
                .as_ref()
                .filter(|(k, _)| k.is(o))
                .map(|(_, t)| t.clone())
        });
        if let Some(text) = cached {
            return Ok(Subject {
                text,
                isbytes: !matches!(o.payload, Payload::Str(_)),
            });
        }
        let conv: Option<(Rc<[u32]>, bool, bool)> = match &o.payload {
            Payload::Str(s) => Some((str_chars(s), false, true)),
            Payload::Bytes(b) => Some((b.iter().map(|&c| c as u32).collect(), true, true)),
            _ => crate::builtins::bytes::bytes_like(v)
                .map(|b| (b.iter().map(|&c| c as u32).collect(), true, false)),
        };
        if let Some((text, isbytes, immutable)) = conv {
            let exact = o.class_is(&types().str) || o.class_is(&types().bytes);
            if immutable && exact {
                LAST_SUBJECT.with(|c| *c.borrow_mut() = Some((o.clone(), text.clone())));
            }
            return Ok(Subject { text, isbytes });
        }
    }
    Err(type_error(format!(
        "expected string or bytes-like object, got '{}'",
        type_name(v)
    )))
}

/// CPython's `getslice`: `string[i:j]` as `str` or `bytes` (the subject itself when whole
/// and of the exact type).
pub(crate) fn slice(isbytes: bool, text: &[u32], string: &Value, i: usize, j: usize) -> Value {
    let whole = i == 0 && j == text.len();
    if isbytes {
        if whole
            && string
                .payload()
                .is_some_and(|p| matches!(p, Payload::Bytes(_)))
        {
            if let Value::Obj(o) = string {
                if o.class_is(&types().bytes) {
                    return string.clone();
                }
            }
        }
        new_bytes(text[i..j].iter().map(|&c| c as u8).collect::<Vec<u8>>())
    } else {
        if whole {
            if let Value::Obj(o) = string {
                if o.class_is(&types().str) {
                    return string.clone();
                }
            }
        }
        new_str(chars_to_string(&text[i..j]))
    }
}

/// The text of code points `cs`, allocated at its exact size (so making the `str` does not
/// copy it again).
fn chars_to_string(cs: &[u32]) -> String {
    if cs.iter().all(|&c| c < 0x80) {
        let bytes: Vec<u8> = cs.iter().map(|&c| c as u8).collect();
        return String::from_utf8(bytes).unwrap_or_default();
    }
    let chars = cs.iter().map(|&c| char::from_u32(c).unwrap_or('\u{fffd}'));
    let mut out = String::with_capacity(chars.clone().map(char::len_utf8).sum());
    out.extend(chars);
    out
}

/// The error an engine failure raises.
fn engine_error(e: SreError) -> PyErr {
    match e {
        SreError::Internal => runtime_error("internal error in regular expression engine"),
        SreError::Interrupted => match crate::interp::interrupt::check() {
            Err(e) => e,
            Ok(()) => runtime_error("internal error in regular expression engine"),
        },
    }
}

// ---- Pattern ------------------------------------------------------------------------------

/// A compiled pattern (CPython's `PatternObject`).
pub(crate) struct PatternData {
    pattern: Value,
    flags: i64,
    code: Rc<[u32]>,
    /// Number of capturing groups (group 0 not counted).
    groups: usize,
    groupindex: Option<Value>,
    indexgroup: Option<Value>,
    /// -1: compiled without a source (any subject type), 0: str, 1: bytes.
    isbytes: i8,
}

impl NativeData for PatternData {
    fn is_container(&self) -> bool {
        true
    }
    fn traverse(&self, f: &mut dyn FnMut(&Obj)) -> bool {
        for v in [
            Some(&self.pattern),
            self.groupindex.as_ref(),
            self.indexgroup.as_ref(),
        ]
        .into_iter()
        .flatten()
        {
            if let Value::Obj(o) = v {
                f(o);
            }
        }
        true
    }
}

/// The pattern a method is called on (CPython's errors for a missing or foreign receiver).
fn pat<'a>(args: &Args<'a>, name: &str) -> PyResult<&'a PatternData> {
    receiver(args, "Pattern", name)
}

/// The receiver of method `name` of class `re.{class}`, with CPython's errors when it is
/// missing or of another type.
pub(crate) fn receiver<'a, T: NativeData>(
    args: &Args<'a>,
    class: &str,
    name: &str,
) -> PyResult<&'a T> {
    // Special methods are slot wrappers in CPython, whose errors are worded differently.
    let slot = name.starts_with("__") && !name.contains("copy");
    let Some(v) = args.pos().first() else {
        return Err(type_error(if slot {
            format!("descriptor '{name}' of 're.{class}' object needs an argument")
        } else {
            format!("unbound method {class}.{name}() needs an argument")
        }));
    };
    native_ref::<T>(v).ok_or_else(|| {
        type_error(if slot {
            format!(
                "descriptor '{name}' requires a 're.{class}' object but received a '{}'",
                type_name(v)
            )
        } else {
            format!(
                "descriptor '{name}' for 're.{class}' objects doesn't apply to a '{}' object",
                type_name(v)
            )
        })
    })
}

/// `_sre.compile(pattern, flags, code, groups, groupindex, indexgroup)`.
fn compile(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = bind(
        "compile",
        &args,
        &[
            "pattern",
            "flags",
            "code",
            "groups",
            "groupindex",
            "indexgroup",
        ],
        0,
        6,
    )?;
    let pattern = a[0].expect("required").clone();
    let flags = int_arg(vm, a[1].expect("required"))?;
    let code_v = a[2].expect("required");
    let Some(Payload::List(items)) = code_v.payload() else {
        return Err(type_error(format!(
            "compile() argument 'code' must be list, not {}",
            type_name(code_v)
        )));
    };
    let items: Vec<Value> = items.borrow().clone();
    let mut code = Vec::with_capacity(items.len());
    for it in &items {
        let v = int_arg(vm, it)?;
        let w = u32::try_from(v)
            .map_err(|_| overflow_error("regular expression code size limit exceeded"))?;
        code.push(w);
    }
    let groups = int_arg(vm, a[3].expect("required"))?;
    // CPython's code validation rejects these; the engine sizes its marks by `groups`.
    if !(0..MAXGROUPS).contains(&groups) {
        return Err(runtime_error("invalid SRE code"));
    }
    let groups = groups as usize;
    let groupindex = a[4].expect("required");
    if !matches!(groupindex.payload(), Some(Payload::Dict(_))) {
        return Err(type_error(format!(
            "compile() argument 'groupindex' must be dict, not {}",
            type_name(groupindex)
        )));
    }
    let indexgroup = a[5].expect("required");
    let Some(Payload::Tuple(ig)) = indexgroup.payload() else {
        return Err(type_error(format!(
            "compile() argument 'indexgroup' must be tuple, not {}",
            type_name(indexgroup)
        )));
    };
    let isbytes = if pattern.is_none() {
        -1
    } else {
        subject(&pattern)?.isbytes as i8
    };
    let has_names = match groupindex {
        Value::Obj(d) => crate::builtins::dict::len(d) > 0,
        _ => false,
    };
    let data = PatternData {
        pattern,
        flags,
        code: code.into(),
        groups,
        groupindex: has_names.then(|| groupindex.clone()),
        indexgroup: (has_names && !ig.is_empty()).then(|| indexgroup.clone()),
        isbytes,
    };
    Ok(new_native(&classes().pattern, data))
}

/// A C integer argument (`int`, `Py_ssize_t`): anything with `__index__`.
fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    if matches!(v, Value::Float(_)) {
        return Err(type_error(
            "'float' object cannot be interpreted as an integer",
        ));
    }
    ops::seq::to_index(vm, v)?.ok_or_else(|| {
        type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(v)
        ))
    })
}

/// `(string, pos=0, endpos=sys.maxsize)` of match/search/findall/...
fn string_pos_endpos<'a>(vm: &mut Vm, name: &str, args: &Args<'a>) -> PyResult<(Value, i64, i64)> {
    let rest = Args {
        values: &args.values[1..],
        kwnames: args.kwnames,
    };
    let a = bind(name, &rest, &["string", "pos", "endpos"], 0, 1)?;
    let pos = match a[1] {
        Some(v) => int_arg(vm, v)?,
        None => 0,
    };
    let endpos = match a[2] {
        Some(v) => int_arg(vm, v)?,
        None => i64::MAX,
    };
    Ok((a[0].expect("required").clone(), pos, endpos))
}

/// A matching run over one subject: the state's inputs, kept alive together.
pub(crate) struct Run {
    pub pattern: Value,
    pub string: Value,
    pub text: Rc<[u32]>,
    pub isbytes: bool,
    pub code: Rc<[u32]>,
    pub groups: usize,
    /// Bounds after clamping (CPython's `state->pos`/`endpos`).
    pub pos: usize,
    pub endpos: usize,
}

/// CPython's `state_init`: checks the subject's type against the pattern, clamps the bounds.
pub(crate) fn prepare(pattern: &Value, string: &Value, pos: i64, endpos: i64) -> PyResult<Run> {
    let p = pattern_data(pattern)?;
    let s = subject(string)?;
    if s.isbytes && p.isbytes == 0 {
        return Err(type_error(
            "cannot use a string pattern on a bytes-like object",
        ));
    }
    if !s.isbytes && p.isbytes > 0 {
        return Err(type_error(
            "cannot use a bytes pattern on a string-like object",
        ));
    }
    let len = s.text.len() as i64;
    let clamp = |x: i64| x.clamp(0, len) as usize;
    Ok(Run {
        pattern: pattern.clone(),
        string: string.clone(),
        text: s.text,
        isbytes: s.isbytes,
        code: p.code.clone(),
        groups: p.groups,
        pos: clamp(pos),
        endpos: clamp(endpos),
    })
}

impl Run {
    pub fn state(&self) -> State<'_> {
        State::new(&self.code, self.groups, &self.text, self.pos, self.endpos)
    }

    /// The match object for the state's successful match.
    pub fn new_match(&self, st: &State) -> Value {
        let mut marks = Vec::with_capacity(2 * (self.groups + 1));
        marks.push(st.start as isize);
        marks.push(st.ptr as isize);
        for g in 1..=self.groups {
            match st.group_span(g) {
                Some((a, b)) => {
                    marks.push(a as isize);
                    marks.push(b as isize);
                }
                None => {
                    marks.push(-1);
                    marks.push(-1);
                }
            }
        }
        new_native(
            &classes().match_,
            MatchData {
                pattern: self.pattern.clone(),
                string: self.string.clone(),
                text: self.text.clone(),
                isbytes: self.isbytes,
                marks,
                pos: self.pos,
                endpos: self.endpos,
                lastindex: st.lastindex,
            },
        )
    }

    /// `string[i:j]`.
    pub fn slice(&self, i: usize, j: usize) -> Value {
        slice(self.isbytes, &self.text, &self.string, i, j)
    }

    /// The pieces of `sub`'s result joined: directly when they are all of the subject's type,
    /// else by `''.join`/`b''.join`, which raises CPython's errors for the odd item.
    fn join(&self, vm: &mut Vm, pieces: Vec<Piece>) -> PyResult<Value> {
        if pieces.is_empty() {
            return Ok(self.slice(0, 0));
        }
        if !self.isbytes {
            let mut out = String::new();
            let mut all_str = true;
            for p in &pieces {
                match p {
                    Piece::Span(a, b) => out.extend(
                        self.text[*a..*b]
                            .iter()
                            .map(|&c| char::from_u32(c).unwrap_or('\u{fffd}')),
                    ),
                    Piece::Item(v) => match v.payload() {
                        Some(Payload::Str(s)) => out.push_str(s.as_str()),
                        _ => {
                            all_str = false;
                            break;
                        }
                    },
                }
            }
            if all_str {
                return Ok(new_str(out));
            }
        }
        let items: Vec<Value> = pieces
            .into_iter()
            .map(|p| match p {
                Piece::Span(a, b) => self.slice(a, b),
                Piece::Item(v) => v,
            })
            .collect();
        let joiner = self.slice(0, 0);
        let join = ops::attr::get_attr(vm, &joiner, &crate::object::intern("join"))?;
        crate::interp::call(vm, &join, &[new_list(items)])
    }

    /// Group `g`'s text after a successful search ('' or b'' if it did not take part when
    /// `empty`, else None): CPython's `state_getslice`.
    fn group_slice(&self, st: &State, g: usize, empty: bool) -> Value {
        match st.group_span(g) {
            Some((a, b)) => self.slice(a, b),
            None if empty => self.slice(0, 0),
            None => Value::None,
        }
    }
}

fn pattern_match_impl(vm: &mut Vm, args: Args, name: &str, mode: u8) -> PyResult<Value> {
    pat(&args, name)?;
    let (string, pos, endpos) = string_pos_endpos(vm, name, &args)?;
    let run = prepare(&args.values[0], &string, pos, endpos)?;
    let mut st = run.state();
    let found = match mode {
        0 => st.match_(),
        1 => {
            st.match_all = true;
            st.match_()
        }
        _ => st.search(),
    }
    .map_err(engine_error)?;
    Ok(if found {
        run.new_match(&st)
    } else {
        Value::None
    })
}

fn pattern_match(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pattern_match_impl(vm, args, "match", 0)
}

fn pattern_fullmatch(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pattern_match_impl(vm, args, "fullmatch", 1)
}

fn pattern_search(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pattern_match_impl(vm, args, "search", 2)
}

fn pattern_findall(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pat(&args, "findall")?;
    let (string, pos, endpos) = string_pos_endpos(vm, "findall", &args)?;
    let run = prepare(&args.values[0], &string, pos, endpos)?;
    let mut st = run.state();
    let mut out = Vec::new();
    while st.start <= st.end {
        st.reset();
        st.ptr = st.start;
        if !st.search().map_err(engine_error)? {
            break;
        }
        let item = match run.groups {
            0 => run.slice(st.start, st.ptr),
            1 => run.group_slice(&st, 1, true),
            n => new_tuple((1..=n).map(|g| run.group_slice(&st, g, true)).collect()),
        };
        out.push(item);
        st.must_advance = st.ptr == st.start;
        st.start = st.ptr;
    }
    Ok(new_list(out))
}

fn pattern_finditer(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pat(&args, "finditer")?;
    let scanner = pattern_scanner(vm, args)?;
    let search = ops::attr::get_attr(vm, &scanner, &crate::object::intern("search"))?;
    let iter = ops::attr::get_attr(
        vm,
        &Value::Obj(vm.builtins.clone()),
        &crate::object::intern("iter"),
    )?;
    crate::interp::call(vm, &iter, &[search, Value::None])
}

fn pattern_scanner(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pat(&args, "scanner")?;
    let (string, pos, endpos) = string_pos_endpos(vm, "scanner", &args)?;
    let run = prepare(&args.values[0], &string, pos, endpos)?;
    Ok(matchobj::new_scanner(&classes().scanner, run))
}

fn pattern_split(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pat(&args, "split")?;
    let rest = Args {
        values: &args.values[1..],
        kwnames: args.kwnames,
    };
    let a = bind("split", &rest, &["string", "maxsplit"], 0, 1)?;
    let maxsplit = match a[1] {
        Some(v) => int_arg(vm, v)?,
        None => 0,
    };
    let run = prepare(&args.values[0], a[0].expect("required"), 0, i64::MAX)?;
    let mut st = run.state();
    let mut out = Vec::new();
    let mut n = 0;
    let mut last = st.start;
    while maxsplit == 0 || n < maxsplit {
        st.reset();
        st.ptr = st.start;
        if !st.search().map_err(engine_error)? {
            break;
        }
        out.push(run.slice(last, st.start));
        for g in 1..=run.groups {
            out.push(run.group_slice(&st, g, false));
        }
        n += 1;
        st.must_advance = st.ptr == st.start;
        st.start = st.ptr;
        last = st.ptr;
    }
    out.push(run.slice(last, run.endpos));
    Ok(new_list(out))
}

/// `re` module attribute `name` (its Python helpers `_subx`, `_expand`).
pub(crate) fn re_helper(vm: &mut Vm, name: &str) -> PyResult<Value> {
    let re = crate::import::load(vm, "re")?;
    ops::attr::get_attr(vm, &Value::Obj(re), &crate::object::intern(name))
}

/// A piece of `sub`'s result: a stretch of the subject, or a replacement.
enum Piece {
    Span(usize, usize),
    Item(Value),
}

/// CPython 3.11's `pattern_subx`.
fn subx(vm: &mut Vm, args: Args, name: &str, subn: bool) -> PyResult<Value> {
    pat(&args, name)?;
    let rest = Args {
        values: &args.values[1..],
        kwnames: args.kwnames,
    };
    let a = bind(name, &rest, &["repl", "string", "count"], 0, 2)?;
    let this = &args.values[0];
    let repl = a[0].expect("required").clone();
    let string = a[1].expect("required").clone();
    let count = match a[2] {
        Some(v) => int_arg(vm, v)?,
        None => 0,
    };
    let (filter, callable) = if crate::builtins::functions::is_callable(&repl) {
        (repl, true)
    } else {
        // A template without backslashes is used as it is; others go to `re._subx`.
        let literal = match subject(&repl) {
            Ok(s) => !s.text.contains(&(b'\\' as u32)),
            Err(_) => false,
        };
        if literal {
            (repl, false)
        } else {
            let subx = re_helper(vm, "_subx")?;
            let f = crate::interp::call(vm, &subx, &[this.clone(), repl])?;
            let c = crate::builtins::functions::is_callable(&f);
            (f, c)
        }
    };
    let run = prepare(this, &string, 0, i64::MAX)?;
    let mut st = run.state();
    let mut out: Vec<Piece> = Vec::new();
    let mut n = 0i64;
    let mut i = 0;
    while count == 0 || n < count {
        st.reset();
        st.ptr = st.start;
        if !st.search().map_err(engine_error)? {
            break;
        }
        let (b, e) = (st.start, st.ptr);
        if i < b {
            out.push(Piece::Span(i, b));
        }
        let item = if callable {
            let m = run.new_match(&st);
            crate::interp::call(vm, &filter, &[m])?
        } else {
            filter.clone()
        };
        if !item.is_none() {
            out.push(Piece::Item(item));
        }
        i = e;
        n += 1;
        st.must_advance = st.ptr == st.start;
        st.start = st.ptr;
    }
    if i < run.endpos {
        out.push(Piece::Span(i, run.endpos));
    }
    let result = run.join(vm, out)?;
    Ok(if subn {
        new_tuple(vec![result, Value::Int(n)])
    } else {
        result
    })
}

fn pattern_sub(vm: &mut Vm, args: Args) -> PyResult<Value> {
    subx(vm, args, "sub", false)
}

fn pattern_subn(vm: &mut Vm, args: Args) -> PyResult<Value> {
    subx(vm, args, "subn", true)
}

const FLAG_NAMES: [(&str, i64); 8] = [
    ("re.IGNORECASE", 2),
    ("re.LOCALE", 4),
    ("re.MULTILINE", 8),
    ("re.DOTALL", 16),
    ("re.UNICODE", 32),
    ("re.VERBOSE", 64),
    ("re.DEBUG", 128),
    ("re.ASCII", 256),
];

/// `repr(s)` cut to `n` characters, as `%.nR` formats.
pub(crate) fn short_repr(vm: &mut Vm, v: &Value, n: usize) -> PyResult<String> {
    let r = ops::repr::repr(vm, v)?;
    Ok(r.chars().take(n).collect())
}

fn pattern_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = pat(&args, "__repr__")?;
    let mut flags = p.flags;
    // re.UNICODE is implied for str patterns.
    if p.isbytes == 0 && flags & (4 | 32 | 256) == 32 {
        flags &= !32;
    }
    let mut names = Vec::new();
    for (name, bit) in FLAG_NAMES {
        if flags & bit != 0 {
            names.push(name.to_string());
            flags &= !bit;
        }
    }
    if flags != 0 {
        names.push(format!("0x{flags:x}"));
    }
    let pattern = p.pattern.clone();
    let r = short_repr(vm, &pattern, 200)?;
    Ok(new_str(if names.is_empty() {
        format!("re.compile({r})")
    } else {
        format!("re.compile({r}, {})", names.join("|"))
    }))
}

fn pattern_eq_impl(vm: &mut Vm, args: &Args) -> PyResult<Option<bool>> {
    arity(args, None, 1)?;
    let (a, b) = (&args.values[0], &args.values[1]);
    let (Some(x), Some(y)) = (native_ref::<PatternData>(a), native_ref::<PatternData>(b)) else {
        return Ok(None);
    };
    if a.is(b) {
        return Ok(Some(true));
    }
    if x.flags != y.flags || x.isbytes != y.isbytes || x.code != y.code {
        return Ok(Some(false));
    }
    let (pa, pb) = (x.pattern.clone(), y.pattern.clone());
    Ok(Some(ops::compare::eq(vm, &pa, &pb)?))
}

fn pattern_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pat(&args, "__eq__")?;
    Ok(match pattern_eq_impl(vm, &args)? {
        Some(r) => Value::Bool(r),
        None => Value::Obj(types().not_implemented.clone()),
    })
}

fn pattern_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pat(&args, "__ne__")?;
    Ok(match pattern_eq_impl(vm, &args)? {
        Some(r) => Value::Bool(!r),
        None => Value::Obj(types().not_implemented.clone()),
    })
}

fn pattern_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = pat(&args, "__hash__")?;
    let pattern = p.pattern.clone();
    let bytes: Vec<u8> = p.code.iter().flat_map(|w| w.to_le_bytes()).collect();
    let mut h = ops::hash(vm, &pattern)? ^ crate::table::hash::hash_bytes(&bytes);
    if h == -1 {
        h = -2;
    }
    Ok(Value::Int(h))
}

fn pattern_get_pattern(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(pat(&args, "pattern")?.pattern.clone())
}

fn pattern_get_flags(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(pat(&args, "flags")?.flags))
}

fn pattern_get_groups(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(pat(&args, "groups")?.groups as i64))
}

/// `groupindex`: a read-only view of the name-to-number dict.
fn pattern_get_groupindex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let gi = pat(&args, "groupindex")?.groupindex.clone();
    let d = match gi {
        Some(d) => d,
        None => Value::Obj(crate::object::new_dict()),
    };
    let types_mod = crate::import::load(vm, "types")?;
    let proxy = ops::attr::get_attr(
        vm,
        &Value::Obj(types_mod),
        &crate::object::intern("MappingProxyType"),
    )?;
    crate::interp::call(vm, &proxy, &[d])
}

/// CPython's error for a method called with other than `n` arguments besides the receiver:
/// `qual` names a plain method (`Pattern.__copy__`), or is None for a slot wrapper.
pub(crate) fn arity(args: &Args, qual: Option<&str>, n: usize) -> PyResult<()> {
    crate::builtins::no_kwargs(qual.unwrap_or("wrapper"), args)?;
    let given = args.values.len().saturating_sub(1);
    if given == n {
        return Ok(());
    }
    Err(type_error(match (qual, n) {
        (None, _) => format!(
            "expected {n} argument{}, got {given}",
            if n == 1 { "" } else { "s" }
        ),
        (Some(q), 0) => format!("{q}() takes no arguments ({given} given)"),
        (Some(q), _) => format!("{q}() takes exactly one argument ({given} given)"),
    }))
}

fn pattern_copy(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    pat(&args, "__copy__")?;
    arity(&args, Some("Pattern.__copy__"), 0)?;
    Ok(args.values[0].clone())
}

fn pattern_deepcopy(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    pat(&args, "__deepcopy__")?;
    arity(&args, Some("Pattern.__deepcopy__"), 1)?;
    Ok(args.values[0].clone())
}

fn class_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::builtins::check_args("__class_getitem__", &args, 2, 2)?;
    crate::builtins::generic_alias(vm, &args.values[0], &args.values[1])
}

/// Adds `__class_getitem__` (a classmethod) to `cls`.
pub(crate) fn add_class_getitem(cls: &Obj) {
    add_class_attr(
        cls,
        "__class_getitem__",
        Value::Obj(Obj::new(
            &types().classmethod,
            Payload::ClassMethod(new_builtin("__class_getitem__", class_getitem, None)),
        )),
    );
}

const PATTERN: &str = "re.Pattern";

fn install_pattern(cls: &Obj) {
    add_method(cls, PATTERN, "match", pattern_match);
    add_method(cls, PATTERN, "fullmatch", pattern_fullmatch);
    add_method(cls, PATTERN, "search", pattern_search);
    add_method(cls, PATTERN, "findall", pattern_findall);
    add_method(cls, PATTERN, "finditer", pattern_finditer);
    add_method(cls, PATTERN, "scanner", pattern_scanner);
    add_method(cls, PATTERN, "split", pattern_split);
    add_method(cls, PATTERN, "sub", pattern_sub);
    add_method(cls, PATTERN, "subn", pattern_subn);
    add_method(cls, PATTERN, "__repr__", pattern_repr);
    add_method(cls, PATTERN, "__eq__", pattern_eq);
    add_method(cls, PATTERN, "__ne__", pattern_ne);
    add_method(cls, PATTERN, "__hash__", pattern_hash);
    add_method(cls, PATTERN, "__copy__", pattern_copy);
    add_method(cls, PATTERN, "__deepcopy__", pattern_deepcopy);
    add_getter(cls, "pattern", pattern_get_pattern);
    add_getter(cls, "flags", pattern_get_flags);
    add_getter(cls, "groups", pattern_get_groups);
    add_getter(cls, "groupindex", pattern_get_groupindex);
    add_class_getitem(cls);
}

/// The pattern data of a `re.Pattern` value (for `Match` methods).
pub(crate) fn pattern_data(v: &Value) -> PyResult<&PatternData> {
    native_ref::<PatternData>(v).ok_or_else(|| type_error("a re.Pattern object is required"))
}

impl PatternData {
    pub fn groupindex(&self) -> Option<&Value> {
        self.groupindex.as_ref()
    }
    pub fn indexgroup(&self) -> Option<&Value> {
        self.indexgroup.as_ref()
    }
}
