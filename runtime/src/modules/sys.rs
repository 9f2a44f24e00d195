//! The `sys` module.

use crate::builtins::file::{std_stream, StdStream};
use crate::builtins::{add_module_function, bind, check_args, dict::set_str_item, no_kwargs};
use crate::interp::Vm;
use crate::object::exception::{runtime_error, type_error, value_error, PyErr};
use crate::object::function::Args;
use crate::object::{
    class_of, exc_types, module_dict, new_list, new_str, new_tuple, types, Payload,
};
use crate::ops;
use crate::value::Value;
use crate::PyResult;

/// The parts of `sys` written in Python: the struct sequences (`version_info`, `float_info`,
/// ...), read-only tuple subclasses with named fields, and `implementation`.
const PRELUDE: &str = r#"
def _structseq(name, fields, values):
    # A tuple subclass with read-only named fields (CPython's struct sequence), one instance.
    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 'sys." + name + "' instances")
    def __repr__(self):
        return 'sys.' + name + '(' + ', '.join(
            f + '=' + repr(v) for f, v in zip(fields, self)) + ')'
    def __setattr__(self, attr, value):
        if attr in fields:
            raise AttributeError('readonly attribute')
        raise AttributeError("'sys." + name + "' object has no attribute '" + attr + "'")
    def __reduce__(self):
        return (type(self), (tuple(self),))
    ns = {'__module__': 'sys', '__new__': __new__, '__repr__': __repr__,
          '__setattr__': __setattr__, '__reduce__': __reduce__, 'n_fields': len(fields),
          'n_sequence_fields': len(fields), 'n_unnamed_fields': 0}
    for i, f in enumerate(fields):
        ns[f] = property(lambda self, i=i: self[i])
    return tuple.__new__(type(name, (tuple,), ns), values)

version_info = _structseq('version_info', ('major', 'minor', 'micro', 'releaselevel', 'serial'),
                          (3, 11, 7, 'final', 0))
float_info = _structseq(
    'float_info',
    ('max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig', 'mant_dig',
     'epsilon', 'radix', 'rounds'),
    (1.7976931348623157e+308, 1024, 308, 2.2250738585072014e-308, -1021, -307, 15, 53,
     2.220446049250313e-16, 2, 1))
int_info = _structseq(
    'int_info', ('bits_per_digit', 'sizeof_digit', 'default_max_str_digits',
                 'str_digits_check_threshold'), (30, 4, 4300, 640))
hash_info = _structseq(
    'hash_info',
    ('width', 'modulus', 'inf', 'nan', 'imag', 'algorithm', 'hash_bits', 'seed_bits', 'cutoff'),
    (64, 2305843009213693951, 314159, 0, 1000003, 'siphash13', 64, 128, 0))
flags = _structseq(
    'flags',
    ('debug', 'inspect', 'interactive', 'optimize', 'dont_write_bytecode', 'no_user_site',
     'no_site', 'ignore_environment', 'verbose', 'bytes_warning', 'quiet', 'hash_randomization',
     'isolated', 'dev_mode', 'utf8_mode', 'warn_default_encoding', 'safe_path',
     'int_max_str_digits'),
    (0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, False, 0, 0, False, -1))
del _structseq

class _implementation:
    # CPython's is a types.SimpleNamespace; `cache_tag` None says no bytecode is cached.
    def __init__(self, **kw):
        self.__dict__.update(kw)
    def __repr__(self):
        return 'namespace(' + ', '.join(k + '=' + repr(v) for k, v in self.__dict__.items()) + ')'
implementation = _implementation(name='pyjit', cache_tag=None, version=version_info,
                                 hexversion=hexversion, _multiarch=_multiarch)
del _implementation, _multiarch

_switch_interval = 0.005

def getswitchinterval():
    return _switch_interval

def setswitchinterval(interval):
    # Recorded only: pyjit runs one thread, so there is nothing to switch between.
    global _switch_interval
    if not isinstance(interval, (int, float)):
        raise TypeError('must be real number, not ' + type(interval).__name__)
    if interval <= 0:
        raise ValueError('switch interval must be strictly positive')
    _switch_interval = float(interval)

def is_finalizing():
    return False
"#;

/// `sys.copyright`: the notice of the CPython release whose language pyjit implements.
const COPYRIGHT: &str = "Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved.\n\nCopyright (c) 2000 BeOpen.com.\nAll Rights Reserved.\n\nCopyright (c) 1995-2001 Corporation for National Research Initiatives.\nAll Rights Reserved.\n\nCopyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.\nAll Rights Reserved.";

/// The current `sys.stdout`.
pub fn stdout(vm: &mut Vm) -> Value {
    crate::builtins::dict::get_by_str(&module_dict(&vm.sys), "stdout").unwrap_or(Value::None)
}

/// The current `sys.stdin`.
pub fn stdin(vm: &mut Vm) -> Value {
    crate::builtins::dict::get_by_str(&module_dict(&vm.sys), "stdin").unwrap_or(Value::None)
}

/// What `PrintExpr` does with an expression statement's value at the prompt: calls
/// `sys.displayhook`, as CPython's PRINT_EXPR.
pub fn display(vm: &mut Vm, v: Value) -> PyResult<()> {
    let hook = crate::builtins::dict::get_by_str(&module_dict(&vm.sys), "displayhook")
        .ok_or_else(|| runtime_error("lost sys.displayhook"))?;
    crate::interp::call(vm, &hook, &[v])?;
    Ok(())
}

/// `sys.displayhook(value)`: unless None, writes `repr(value)` and a newline to sys.stdout and
/// keeps the value in `builtins._`.
fn displayhook(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("sys.displayhook", &args, 1, 1)?;
    let v = args.values[0].clone();
    if v.is_none() {
        return Ok(Value::None);
    }
    // CPython clears `_` first, so that repr() does not see the previous value.
    let builtins = vm.builtins_dict.clone();
    set_str_item(&builtins, "_", Value::None);
    let text = crate::ops::repr::repr(vm, &v)?;
    // Two writes, as CPython's.
    crate::builtins::functions::write_to(vm, &Value::None, &text)?;
    crate::builtins::functions::write_to(vm, &Value::None, "\n")?;
    set_str_item(&builtins, "_", v);
    Ok(Value::None)
}

fn exit(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs("exit", &args)?;
    if args.values.len() > 1 {
        return Err(type_error(format!(
            "exit expected at most 1 argument, got {}",
            args.values.len()
        )));
    }
    let code = args.values.first().cloned();
    Err(match code {
        // `sys.exit(None)` raises SystemExit with no arguments, as CPython's does.
        Some(Value::None) | None => PyErr::with_args(&exc_types().system_exit, vec![]),
        Some(c) => PyErr::with_args(&exc_types().system_exit, vec![c]),
    })
}

fn getrecursionlimit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs("getrecursionlimit", &args)?;
    if !args.values.is_empty() {
        return Err(type_error(format!(
            "sys.getrecursionlimit() takes no arguments ({} given)",
            args.values.len()
        )));
    }
    Ok(Value::Int(vm.recursion_limit as i64))
}

fn setrecursionlimit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs("setrecursionlimit", &args)?;
    if args.values.len() != 1 {
        return Err(type_error(format!(
            "sys.setrecursionlimit() takes exactly one argument ({} given)",
            args.values.len()
        )));
    }
    let n = match &args.values[0] {
        Value::Int(n) => *n,
        Value::Float(_) => {
            return Err(type_error(
                "'float' object cannot be interpreted as an integer",
            ))
        }
        other => ops::seq::to_index(vm, other)?.ok_or_else(|| {
            type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                crate::object::type_name(other)
            ))
        })?,
    };
    if n < 1 {
        return Err(value_error(
            "recursion limit must be greater or equal than 1",
        ));
    }
    if (n as u64) <= vm.depth as u64 {
        return Err(crate::object::exception::recursion_error(format!(
            "cannot set the recursion limit to {} at the recursion depth {}: the limit is too low",
            n, vm.depth
        )));
    }
    vm.recursion_limit = n.min(u32::MAX as i64) as u32;
    Ok(Value::None)
}

fn exc_info(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let e = vm.handled_exception().clone();
    Ok(match &e {
        Value::Obj(o) => new_tuple(vec![
            Value::Obj(o.class()),
            e.clone(),
            crate::traceback::traceback_object(o),
        ]),
        _ => new_tuple(vec![Value::None, Value::None, Value::None]),
    })
}

/// `_getframe(depth=0)`: the frame `depth` calls out from the caller's, as a snapshot taken
/// now (`f_code`, `f_globals`, `f_lineno`, and `f_back` to its caller's); what `warnings`
/// uses to find where a warning comes from. Live frames and their locals are not exposed.
fn getframe(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("_getframe", &args, 0, 1)?;
    no_kwargs("_getframe", &args)?;
    let depth = match args.values.first() {
        Some(v) => ops::seq::to_index(vm, v)?.ok_or_else(|| {
            type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                crate::object::type_name(v)
            ))
        })?,
        None => 0,
    };
    let start = usize::try_from(depth).unwrap_or(0);
    if vm.frame_at(start).is_none() {
        return Err(value_error("call stack is not deep enough"));
    }
    // Outermost first, so each frame's f_back is made before it.
    let mut back = Value::None;
    let mut d = start;
    while vm.frame_at(d + 1).is_some() {
        d += 1;
    }
    loop {
        let (code, globals, line) = vm.frame_at(d).expect("within the stack");
        let frame = crate::builtins::type_::object_new_for(&types().frame);
        if let Some(Payload::Instance(inst)) = frame.payload() {
            let set = |name: &str, v: Value| inst.set(&crate::object::intern(name), v);
            set("f_code", crate::builtins::type_::code_object(code));
            set("f_globals", Value::Obj(globals.clone()));
            set("f_lineno", Value::Int(line as i64));
            set("f_back", back);
        }
        back = frame;
        if d == start {
            return Ok(back);
        }
        d -= 1;
    }
}

fn exception(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(vm.handled_exception().clone())
}

/// An int of `bits` significant bits: a header and 30-bit digits, at least one.
fn int_size(bits: u64) -> i64 {
    24 + 4 * ((bits.max(1) as i64 + 29) / 30)
}

/// `sys.getsizeof`: the sizes CPython 3.11 reports on a 64-bit build for the common built-in
/// types (their C struct plus variable part); other objects count as a bare object
/// header. `default` is not used since every object has a size.
fn getsizeof(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = bind("getsizeof", &args, &["object", "default"], 0, 1)?;
    let v = a[0].expect("required");
    // Objects tracked by the cycle collector carry its 16-byte header.
    const GC: i64 = 16;
    Ok(Value::Int(match v.payload() {
        Some(Payload::Str(s)) => {
            let text = s.as_str();
            let max = text.chars().map(|c| c as u32).max().unwrap_or(0);
            let n = text.chars().count() as i64;
            match max {
                0..=0x7f => 49 + n,
                0x80..=0xff => 73 + n,
                0x100..=0xffff => 74 + 2 * n,
                _ => 76 + 4 * n,
            }
        }
        Some(Payload::BigInt(b)) => int_size(b.bits()),
        Some(Payload::Bytes(b)) => 33 + b.len() as i64,
        Some(Payload::ByteArray(b)) => {
            let n = b.borrow().len() as i64;
            if n == 0 {
                56
            } else {
                57 + n
            }
        }
        Some(Payload::List(l)) => 40 + GC + 8 * l.borrow().len() as i64,
        Some(Payload::Tuple(t)) => 24 + GC + 8 * t.len() as i64,
        Some(Payload::Dict(d)) => {
            if d.table.borrow().is_empty() {
                48 + GC
            } else {
                // A dict keeps at least 8 slots; CPython 3.11's combined table for them.
                let mut slots: i64 = 8;
                while slots * 2 / 3 < d.table.borrow().len() as i64 {
                    slots *= 2;
                }
                48 + GC + 32 + slots + 24 * (slots * 2 / 3)
            }
        }
        Some(Payload::Set(_)) | Some(Payload::FrozenSet(_)) => 200 + GC,
        Some(Payload::Complex(_)) => 32,
        Some(Payload::Range(_)) => 48,
        _ => match v {
            Value::Int(n) => int_size(64 - n.unsigned_abs().leading_zeros() as u64),
            Value::Bool(_) => 28,
            Value::Float(_) => 24,
            Value::None => 16,
            _ => match v.payload() {
                // A user-class instance: header, dict and weakref pointers, GC header.
                Some(Payload::Instance(_)) if !class_of(v).is(&types().object) => 56,
                Some(Payload::Builtin(_)) => 72,
                _ => 16,
            },
        },
    }))
}

fn intern_fn(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs("intern", &args)?;
    if args.values.len() != 1 {
        return Err(type_error(format!(
            "sys.intern() takes exactly one argument ({} given)",
            args.values.len()
        )));
    }
    match crate::object::as_str(&args.values[0]) {
        Some(s) => Ok(Value::Obj(crate::object::intern(s))),
        None => Err(type_error(format!(
            "intern() argument must be str, not {}",
            crate::object::type_name(&args.values[0])
        ))),
    }
}

/// `sys.excepthook(type, value, traceback)`: prints the exception and its traceback to stderr,
/// as the interpreter does for an uncaught exception.
fn excepthook(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_kwargs("excepthook", &args)?;
    if args.values.len() != 3 {
        return Err(type_error(format!(
            "excepthook expected 3 arguments, got {}",
            args.values.len()
        )));
    }
    match &args.values[1] {
        Value::Obj(o) if crate::object::exception::exc_data(o).is_some() => {
            vm.flush_stdout();
            crate::traceback::print_exception(vm, &PyErr(o.clone()));
        }
        other => {
            vm.write_stderr(&format!(
                "TypeError: print_exception(): Exception expected for value, {} found\n",
                crate::object::type_name(other)
            ));
        }
    }
    Ok(Value::None)
}

fn getdefaultencoding(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("getdefaultencoding", &args, 0, 0)?;
    Ok(new_str("utf-8"))
}

fn getfilesystemencoding(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("getfilesystemencoding", &args, 0, 0)?;
    Ok(new_str("utf-8"))
}

fn get_int_max_str_digits(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(crate::text::int_max_str_digits() as i64))
}

fn set_int_max_str_digits(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("set_int_max_str_digits", &args, 1, 1)?;
    let n = ops::seq::to_index(vm, &args.values[0])?.unwrap_or(-1);
    if n < 0 {
        return Err(value_error("maxdigits must be 0 or larger than 640"));
    }
    crate::text::set_int_max_str_digits(n as usize).map_err(ops::repr::text_err)?;
    Ok(Value::None)
}

fn getrefcount(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("getrefcount", &args, 1, 1)?;
    Ok(Value::Int(match &args.values[0] {
        Value::Obj(o) => o.refcount() as i64,
        _ => 1 << 30,
    }))
}

/// Installs `sys` into the interpreter: `argv` is the program's `sys.argv`.
pub fn install(vm: &mut Vm, argv: Vec<String>) {
    let m = vm.sys.clone();
    let d = module_dict(&m);
    set_str_item(&d, "argv", Vm::str_list(&argv));
    set_str_item(&d, "modules", Value::Obj(vm.modules.clone()));
    set_str_item(&d, "path", new_list(vec![]));
    set_str_item(&d, "stdout", std_stream(StdStream::Stdout));
    set_str_item(&d, "stderr", std_stream(StdStream::Stderr));
    set_str_item(&d, "stdin", std_stream(StdStream::Stdin));
    for n in ["stdout", "stderr", "stdin"] {
        if let Some(v) = crate::builtins::dict::get_by_str(&d, n) {
            set_str_item(&d, &format!("__{n}__"), v);
        }
    }
    set_str_item(&d, "maxsize", Value::Int(i64::MAX));
    set_str_item(&d, "maxunicode", Value::Int(0x10ffff));
    set_str_item(&d, "version", new_str("3.11.7 (pyjit 0.1.0)"));
    set_str_item(&d, "hexversion", Value::Int(0x030b07f0));
    set_str_item(
        &d,
        "platform",
        new_str(if cfg!(target_os = "macos") {
            "darwin"
        } else {
            "linux"
        }),
    );
    set_str_item(
        &d,
        "byteorder",
        new_str(if cfg!(target_endian = "little") {
            "little"
        } else {
            "big"
        }),
    );
    set_str_item(
        &d,
        "executable",
        new_str(
            std::env::current_exe()
                .map(|p| p.display().to_string())
                .unwrap_or_default(),
        ),
    );
    // The installation prefix: the directory above the one holding the executable.
    let prefix = std::env::current_exe()
        .ok()
        .and_then(|p| Some(p.parent()?.parent()?.display().to_string()))
        .unwrap_or_default();
    for n in ["prefix", "base_prefix", "exec_prefix", "base_exec_prefix"] {
        set_str_item(&d, n, new_str(prefix.as_str()));
    }
    set_str_item(
        &d,
        "orig_argv",
        Vm::str_list(&std::env::args().collect::<Vec<_>>()),
    );
    set_str_item(&d, "platlibdir", new_str("lib"));
    set_str_item(&d, "abiflags", new_str(""));
    set_str_item(&d, "copyright", new_str(COPYRIGHT));
    set_str_item(&d, "dont_write_bytecode", Value::Bool(true));
    set_str_item(&d, "float_repr_style", new_str("short"));
    set_str_item(&d, "api_version", Value::Int(1013));
    set_str_item(&d, "warnoptions", new_list(vec![]));
    let builtin_modules = ["builtins", "math", "sys", "time"].map(new_str).to_vec();
    set_str_item(&d, "builtin_module_names", new_tuple(builtin_modules));
    let mut stdlib_names = crate::table::set_table::SetTable::new();
    for name in STDLIB_MODULE_NAMES {
        crate::builtins::set::table_add(vm, &mut stdlib_names, new_str(*name))
            .expect("str keys hash and compare without errors");
    }
    set_str_item(
        &d,
        "stdlib_module_names",
        crate::object::new_frozenset(stdlib_names),
    );
    add_module_function(&m, "exit", exit);
    add_module_function(&m, "getrecursionlimit", getrecursionlimit);
    add_module_function(&m, "setrecursionlimit", setrecursionlimit);
    add_module_function(&m, "exc_info", exc_info);
    add_module_function(&m, "_getframe", getframe);
    add_module_function(&m, "exception", exception);
    add_module_function(&m, "getsizeof", getsizeof);
    add_module_function(&m, "intern", intern_fn);
    add_module_function(&m, "getdefaultencoding", getdefaultencoding);
    add_module_function(&m, "getfilesystemencoding", getfilesystemencoding);
    add_module_function(&m, "get_int_max_str_digits", get_int_max_str_digits);
    add_module_function(&m, "set_int_max_str_digits", set_int_max_str_digits);
    add_module_function(&m, "getrefcount", getrefcount);
    add_module_function(&m, "displayhook", displayhook);
    add_module_function(&m, "excepthook", excepthook);
    for n in ["displayhook", "excepthook"] {
        if let Some(v) = crate::builtins::dict::get_by_str(&d, n) {
            set_str_item(&d, &format!("__{n}__"), v);
        }
    }
    let multiarch = if cfg!(target_os = "macos") {
        "darwin".to_string()
    } else {
        format!("{}-linux-gnu", std::env::consts::ARCH)
    };
    set_str_item(&d, "_multiarch", new_str(multiarch));
    crate::builtins::dict::set_str_item(&vm.modules.clone(), "sys", Value::Obj(m.clone()));
    crate::builtins::dict::set_str_item(
        &vm.modules.clone(),
        "builtins",
        Value::Obj(vm.builtins.clone()),
    );
    crate::run_prelude(vm, "sys", PRELUDE, &d);
}

/// CPython 3.11's `sys.stdlib_module_names`: the names of the standard library's modules
/// (whether or not pyjit has them), for `sys.stdlib_module_names`.
const STDLIB_MODULE_NAMES: &[&str] = &[
    "__future__",
    "_abc",
    "_aix_support",
    "_ast",
    "_asyncio",
    "_bisect",
    "_blake2",
    "_bootsubprocess",
    "_bz2",
    "_codecs",
    "_codecs_cn",
    "_codecs_hk",
    "_codecs_iso2022",
    "_codecs_jp",
    "_codecs_kr",
    "_codecs_tw",
    "_collections",
    "_collections_abc",
    "_compat_pickle",
    "_compression",
    "_contextvars",
    "_crypt",
    "_csv",
    "_ctypes",
    "_curses",
    "_curses_panel",
    "_datetime",
    "_dbm",
    "_decimal",
    "_elementtree",
    "_frozen_importlib",
    "_frozen_importlib_external",
    "_functools",
    "_gdbm",
    "_hashlib",
    "_heapq",
    "_imp",
    "_io",
    "_json",
    "_locale",
    "_lsprof",
    "_lzma",
    "_markupbase",
    "_md5",
    "_msi",
    "_multibytecodec",
    "_multiprocessing",
    "_opcode",
    "_operator",
    "_osx_support",
    "_overlapped",
    "_pickle",
    "_posixshmem",
    "_posixsubprocess",
    "_py_abc",
    "_pydecimal",
    "_pyio",
    "_queue",
    "_random",
    "_scproxy",
    "_sha1",
    "_sha256",
    "_sha3",
    "_sha512",
    "_signal",
    "_sitebuiltins",
    "_socket",
    "_sqlite3",
    "_sre",
    "_ssl",
    "_stat",
    "_statistics",
    "_string",
    "_strptime",
    "_struct",
    "_symtable",
    "_thread",
    "_threading_local",
    "_tkinter",
    "_tokenize",
    "_tracemalloc",
    "_typing",
    "_uuid",
    "_warnings",
    "_weakref",
    "_weakrefset",
    "_winapi",
    "_zoneinfo",
    "abc",
    "aifc",
    "antigravity",
    "argparse",
    "array",
    "ast",
    "asynchat",
    "asyncio",
    "asyncore",
    "atexit",
    "audioop",
    "base64",
    "bdb",
    "binascii",
    "bisect",
    "builtins",
    "bz2",
    "cProfile",
    "calendar",
    "cgi",
    "cgitb",
    "chunk",
    "cmath",
    "cmd",
    "code",
    "codecs",
    "codeop",
    "collections",
    "colorsys",
    "compileall",
    "concurrent",
    "configparser",
    "contextlib",
    "contextvars",
    "copy",
    "copyreg",
    "crypt",
    "csv",
    "ctypes",
    "curses",
    "dataclasses",
    "datetime",
    "dbm",
    "decimal",
    "difflib",
    "dis",
    "distutils",
    "doctest",
    "email",
    "encodings",
    "ensurepip",
    "enum",
    "errno",
    "faulthandler",
    "fcntl",
    "filecmp",
    "fileinput",
    "fnmatch",
    "fractions",
    "ftplib",
    "functools",
    "gc",
    "genericpath",
    "getopt",
    "getpass",
    "gettext",
    "glob",
    "graphlib",
    "grp",
    "gzip",
    "hashlib",
    "heapq",
    "hmac",
    "html",
    "http",
    "idlelib",
    "imaplib",
    "imghdr",
    "imp",
    "importlib",
    "inspect",
    "io",
    "ipaddress",
    "itertools",
    "json",
    "keyword",
    "lib2to3",
    "linecache",
    "locale",
    "logging",
    "lzma",
    "mailbox",
    "mailcap",
    "marshal",
    "math",
    "mimetypes",
    "mmap",
    "modulefinder",
    "msilib",
    "msvcrt",
    "multiprocessing",
    "netrc",
    "nis",
    "nntplib",
    "nt",
    "ntpath",
    "nturl2path",
    "numbers",
    "opcode",
    "operator",
    "optparse",
    "os",
    "ossaudiodev",
    "pathlib",
    "pdb",
    "pickle",
    "pickletools",
    "pipes",
    "pkgutil",
    "platform",
    "plistlib",
    "poplib",
    "posix",
    "posixpath",
    "pprint",
    "profile",
    "pstats",
    "pty",
    "pwd",
    "py_compile",
    "pyclbr",
    "pydoc",
    "pydoc_data",
    "pyexpat",
    "queue",
    "quopri",
    "random",
    "re",
    "readline",
    "reprlib",
    "resource",
    "rlcompleter",
    "runpy",
    "sched",
    "secrets",
    "select",
    "selectors",
    "shelve",
    "shlex",
    "shutil",
    "signal",
    "site",
    "smtpd",
    "smtplib",
    "sndhdr",
    "socket",
    "socketserver",
    "spwd",
    "sqlite3",
    "sre_compile",
    "sre_constants",
    "sre_parse",
    "ssl",
    "stat",
    "statistics",
    "string",
    "stringprep",
    "struct",
    "subprocess",
    "sunau",
    "symtable",
    "sys",
    "sysconfig",
    "syslog",
    "tabnanny",
    "tarfile",
    "telnetlib",
    "tempfile",
    "termios",
    "textwrap",
    "this",
    "threading",
    "time",
    "timeit",
    "tkinter",
    "token",
    "tokenize",
    "tomllib",
    "trace",
    "traceback",
    "tracemalloc",
    "tty",
    "turtle",
    "turtledemo",
    "types",
    "typing",
    "unicodedata",
    "unittest",
    "urllib",
    "uu",
    "uuid",
    "venv",
    "warnings",
    "wave",
    "weakref",
    "webbrowser",
    "winreg",
    "winsound",
    "wsgiref",
    "xdrlib",
    "xml",
    "xmlrpc",
    "zipapp",
    "zipfile",
    "zipimport",
    "zlib",
    "zoneinfo",
];
