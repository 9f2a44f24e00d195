//! The `sys` module.

use crate::builtins::file::{std_stream, StdStream};
use crate::builtins::{add_module_function, check_args, dict::set_str_item};
use crate::interp::Vm;
use crate::object::exception::{type_error, value_error, PyErr};
use crate::object::function::Args;
use crate::object::{exc_types, module_dict, new_list, new_str, new_tuple, Payload};
use crate::ops;
use crate::value::Value;
use crate::PyResult;

/// The parts of `sys` written in Python (a tuple-like `version_info`).
const PRELUDE: &str = r#"
class _version_info:
    __slots__ = ()
    _t = (3, 11, 7, 'final', 0)
    major = 3
    minor = 11
    micro = 7
    releaselevel = 'final'
    serial = 0
    def __getitem__(self, i): return self._t[i]
    def __len__(self): return 5
    def __iter__(self): return iter(self._t)
    def __eq__(self, other): return self._t == other
    def __ne__(self, other): return self._t != other
    def __lt__(self, other): return self._t < other
    def __le__(self, other): return self._t <= other
    def __gt__(self, other): return self._t > other
    def __ge__(self, other): return self._t >= other
    def __hash__(self): return hash(self._t)
    def __repr__(self):
        return "sys.version_info(major=3, minor=11, micro=7, releaselevel='final', serial=0)"
version_info = _version_info()
del _version_info

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
        Value::Float(_) => return Err(type_error("'float' object cannot be interpreted as an integer")),
        other => ops::seq::to_index(vm, other)?.ok_or_else(|| {
            type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                crate::object::type_name(other)
            ))
        })?,
    };
    if n < 1 {
        return Err(value_error("recursion limit must be greater or equal than 1"));
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
    let e = vm.exc_info.clone();
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
    Ok(vm.exc_info.clone())
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

fn getdefaultencoding(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
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
    set_str_item(&d, "platform", new_str(if cfg!(target_os = "macos") { "darwin" } else { "linux" }));
    set_str_item(&d, "byteorder", new_str(if cfg!(target_endian = "little") { "little" } else { "big" }));
    set_str_item(&d, "executable", new_str(std::env::current_exe().map(|p| p.display().to_string()).unwrap_or_default()));
    set_str_item(&d, "dont_write_bytecode", Value::Bool(true));
    add_module_function(&m, "exit", exit);
    add_module_function(&m, "getrecursionlimit", getrecursionlimit);
    add_module_function(&m, "setrecursionlimit", setrecursionlimit);
    add_module_function(&m, "exc_info", exc_info);
    add_module_function(&m, "exception", exception);
    add_module_function(&m, "getsizeof", getsizeof);
    add_module_function(&m, "intern", intern_fn);
    add_module_function(&m, "getdefaultencoding", getdefaultencoding);
    add_module_function(&m, "get_int_max_str_digits", get_int_max_str_digits);
    add_module_function(&m, "set_int_max_str_digits", set_int_max_str_digits);
    add_module_function(&m, "getrefcount", getrefcount);
    crate::builtins::dict::set_str_item(&vm.modules.clone(), "sys", Value::Obj(m.clone()));
    crate::builtins::dict::set_str_item(&vm.modules.clone(), "builtins", Value::Obj(vm.builtins.clone()));
    crate::run_prelude(vm, "sys", PRELUDE, &d);
}
