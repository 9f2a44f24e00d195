//! The `sys` module.

use crate::builtins::file::{std_stream, StdStream};
use crate::builtins::{add_module_function, check_args, dict::set_str_item};
use crate::interp::Vm;
use crate::object::exception::{runtime_error, type_error, value_error, PyErr};
use crate::object::function::Args;
use crate::object::{exc_types, module_dict, new_list, new_str, new_tuple, Payload};
use crate::ops;
use crate::value::Value;
use crate::PyResult;

/// The parts of `sys` written in Python: the struct sequences (`version_info`, `float_info`,
/// ...), which behave as read-only tuples with named fields, and `implementation`.
const PRELUDE: &str = r#"
class _StructSeq:
    __slots__ = ()
    def __getitem__(self, i): return self._t[i]
    def __len__(self): return len(self._t)
    def __iter__(self): return iter(self._t)
    def __contains__(self, x): return x in self._t
    def __eq__(self, other): return self._t == _astuple(other)
    def __ne__(self, other): return self._t != _astuple(other)
    def __lt__(self, other): return self._t < _astuple(other)
    def __le__(self, other): return self._t <= _astuple(other)
    def __gt__(self, other): return self._t > _astuple(other)
    def __ge__(self, other): return self._t >= _astuple(other)
    def __hash__(self): return hash(self._t)
    def __add__(self, other): return self._t + other
    def __repr__(self):
        fields = ', '.join(f + '=' + repr(v) for f, v in zip(self._fields, self._t))
        return 'sys.' + type(self).__name__ + '(' + fields + ')'

def _astuple(x):
    return x._t if isinstance(x, _StructSeq) else x

def _structseq(name, fields, values):
    ns = {'__slots__': (), '__module__': 'sys', '_t': tuple(values), '_fields': fields}
    ns.update(zip(fields, values))
    return type(name, (_StructSeq,), ns)()

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
    name = 'pyjit'
    cache_tag = None
    version = version_info
    def __repr__(self):
        return "namespace(name='pyjit', cache_tag=None, version=" + repr(self.version) + ")"
implementation = _implementation()
del _implementation
"#;

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
    check_args("exit", &args, 0, 1)?;
    let code = args.values.first().cloned();
    Err(match code {
        Some(c) => PyErr::with_args(&exc_types().system_exit, vec![c]),
        None => PyErr::with_args(&exc_types().system_exit, vec![]),
    })
}

fn getrecursionlimit(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(vm.recursion_limit as i64))
}

fn setrecursionlimit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("setrecursionlimit", &args, 1, 1)?;
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

fn exception(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(vm.handled_exception().clone())
}

fn getsizeof(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("getsizeof", &args, 1, 2)?;
    let v = &args.values[0];
    let base = 16 + std::mem::size_of::<crate::object::heap::HeapObject>() as i64;
    Ok(Value::Int(match v.payload() {
        Some(Payload::Str(s)) => 49 + s.as_str().len() as i64,
        Some(Payload::List(l)) => 56 + 8 * l.borrow().len() as i64,
        Some(Payload::Tuple(t)) => 40 + 8 * t.len() as i64,
        _ => match v {
            Value::Int(_) | Value::Bool(_) => 28,
            Value::Float(_) => 24,
            _ => base,
        },
    }))
}

fn intern_fn(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("intern", &args, 1, 1)?;
    match crate::object::as_str(&args.values[0]) {
        Some(s) => Ok(Value::Obj(crate::object::intern(s))),
        None => Err(type_error(format!(
            "intern() argument must be str, not {}",
            crate::object::type_name(&args.values[0])
        ))),
    }
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
    set_str_item(&d, "dont_write_bytecode", Value::Bool(true));
    set_str_item(&d, "float_repr_style", new_str("short"));
    set_str_item(&d, "api_version", Value::Int(1013));
    set_str_item(&d, "warnoptions", new_list(vec![]));
    let builtin_modules = ["builtins", "math", "sys", "time"].map(new_str).to_vec();
    set_str_item(&d, "builtin_module_names", new_tuple(builtin_modules));
    add_module_function(&m, "exit", exit);
    add_module_function(&m, "displayhook", displayhook);
    if let Some(hook) = crate::builtins::dict::get_by_str(&d, "displayhook") {
        set_str_item(&d, "__displayhook__", hook);
    }
    add_module_function(&m, "getrecursionlimit", getrecursionlimit);
    add_module_function(&m, "setrecursionlimit", setrecursionlimit);
    add_module_function(&m, "exc_info", exc_info);
    add_module_function(&m, "exception", exception);
    add_module_function(&m, "getsizeof", getsizeof);
    add_module_function(&m, "intern", intern_fn);
    add_module_function(&m, "getdefaultencoding", getdefaultencoding);
    add_module_function(&m, "getfilesystemencoding", getfilesystemencoding);
    add_module_function(&m, "get_int_max_str_digits", get_int_max_str_digits);
    add_module_function(&m, "set_int_max_str_digits", set_int_max_str_digits);
    add_module_function(&m, "getrefcount", getrefcount);
    crate::builtins::dict::set_str_item(&vm.modules.clone(), "sys", Value::Obj(m.clone()));
    crate::builtins::dict::set_str_item(
        &vm.modules.clone(),
        "builtins",
        Value::Obj(vm.builtins.clone()),
    );
    crate::run_prelude(vm, "sys", PRELUDE, &d);
}
