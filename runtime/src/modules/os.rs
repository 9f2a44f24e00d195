//! The `os` module (the POSIX part programs use most) and `os.path` (CPython's `posixpath`,
//! its string functions transcribed from the Python source).
//!
//! Paths are `str` only (CPython also takes bytes and `os.PathLike` objects). What CPython
//! writes in Python (`os.environ`, `walk`, `stat_result`, `scandir`'s entries, and the
//! posixpath functions built on others) is in `os_prelude.py` and `posixpath_prelude.py`.

use std::cell::OnceCell;

use crate::builtins::file::os_error_for;
use crate::builtins::{add_module_function, bind, check_args, dict};
use crate::interp::Vm;
use crate::object::exception::{type_error, value_error, PyErr};
use crate::object::function::Args;
use crate::object::{
    as_str, new_bytes, new_dict, new_list, new_module, new_str, new_tuple, type_name, Obj, Payload,
};
use crate::ops;
use crate::value::Value;
use crate::PyResult;

thread_local! {
    static PATH: OnceCell<Obj> = const { OnceCell::new() };
}

pub fn create(vm: &mut Vm) -> Obj {
    let m = new_module("os");
    let fns: &[(&'static str, crate::object::function::NativeFn)] = &[
        ("getcwd", getcwd),
        ("chdir", chdir),
        ("listdir", listdir),
        ("putenv", putenv),
        ("unsetenv", unsetenv),
        ("_environ_dict", environ_dict),
        ("_stat", stat),
        ("remove", remove),
        ("unlink", remove),
        ("rename", rename),
        ("mkdir", mkdir),
        ("makedirs", makedirs),
        ("rmdir", rmdir),
        ("urandom", urandom),
        ("getpid", getpid),
        ("cpu_count", cpu_count),
        ("fspath", fspath),
        ("strerror", strerror),
        ("readlink", readlink),
        ("symlink", symlink),
        ("get_terminal_size", get_terminal_size),
    ];
    for (name, f) in fns {
        add_module_function(&m, name, *f);
    }
    let d = crate::object::module_dict(&m);
    for (name, v) in [
        ("name", "posix"),
        ("sep", "/"),
        ("altsep", ""),
        ("linesep", "\n"),
        ("curdir", "."),
        ("pardir", ".."),
        ("extsep", "."),
        ("pathsep", ":"),
        ("devnull", "/dev/null"),
    ] {
        let v = if name == "altsep" {
            Value::None
        } else {
            new_str(v)
        };
        dict::set_str_item(&d, name, v);
    }
    let path = path_module(vm);
    dict::set_str_item(&d, "path", Value::Obj(path.clone()));
    dict::set_str_item(&vm.modules.clone(), "os.path", Value::Obj(path));
    crate::run_prelude(vm, "os", PRELUDE, &d);
    m
}

/// `environ`, `walk`, `stat_result` and `scandir`, in Python (see the file's header).
const PRELUDE: &str = include_str!("os_prelude.py");

/// The posixpath functions CPython writes over other ones (see the file's header).
const PATH_PRELUDE: &str = include_str!("posixpath_prelude.py");

/// `os.path` (named `posixpath`, as in CPython); one module object per interpreter.
pub fn path_module(vm: &mut Vm) -> Obj {
    PATH.with(|p| {
        p.get_or_init(|| {
            let m = new_module("posixpath");
            let fns: &[(&'static str, crate::object::function::NativeFn)] = &[
                ("join", join),
                ("split", split),
                ("dirname", dirname),
                ("basename", basename),
                ("splitext", splitext),
                ("isabs", isabs),
                ("normpath", normpath),
                ("abspath", abspath),
                ("exists", exists),
                ("isfile", isfile),
                ("isdir", isdir),
                ("getsize", getsize),
            ];
            for (name, f) in fns {
                add_module_function(&m, name, *f);
            }
            let d = crate::object::module_dict(&m);
            for (name, v) in [
                ("sep", "/"),
                ("curdir", "."),
                ("pardir", ".."),
                ("extsep", "."),
                ("pathsep", ":"),
                ("devnull", "/dev/null"),
            ] {
                dict::set_str_item(&d, name, new_str(v));
            }
            crate::run_prelude(vm, "posixpath", PATH_PRELUDE, &d);
            m
        })
        .clone()
    })
}

/// A path argument: a str (CPython's message for anything else).
fn path_arg<'a>(name: &str, v: &'a Value) -> PyResult<&'a str> {
    as_str(v).ok_or_else(|| {
        type_error(format!(
            "{name}: path should be string, bytes or os.PathLike, not {}",
            type_name(v)
        ))
    })
}

/// A str argument of an `os.path` function (which, in CPython, calls `os.fspath`).
fn fspath_arg(v: &Value) -> PyResult<&str> {
    as_str(v).ok_or_else(|| {
        type_error(format!(
            "expected str, bytes or os.PathLike object, not {}",
            type_name(v)
        ))
    })
}

fn one_path<'a>(name: &str, args: &Args<'a>) -> PyResult<&'a str> {
    check_args(name, args, 1, 1)?;
    fspath_arg(&args.pos()[0])
}

fn os_err(e: std::io::Error, path: &Value) -> PyErr {
    os_error_for(&e, Some(path))
}

// ---- os -----------------------------------------------------------------------------------

fn getcwd(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("getcwd", &args, 0, 0)?;
    let cwd = std::env::current_dir().map_err(|e| os_error_for(&e, None))?;
    Ok(new_str(cwd.to_string_lossy().into_owned()))
}

/// `chdir(path)`: changes the process's working directory (what `contextlib.chdir` uses).
fn chdir(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let slots = bind("chdir", &args, &["path"], 0, 1)?;
    let pv = slots[0].expect("bound");
    std::env::set_current_dir(path_arg("chdir", pv)?).map_err(|e| os_err(e, pv))?;
    Ok(Value::None)
}

fn listdir(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let slots = bind("listdir", &args, &["path"], 0, 0)?;
    let dot = new_str(".");
    let pv = slots[0].filter(|v| !v.is_none()).unwrap_or(&dot);
    let p = as_str(pv).ok_or_else(|| {
        type_error(format!(
            "listdir: path should be string, bytes, os.PathLike, integer or None, not {}",
            type_name(pv)
        ))
    })?;
    let mut out = Vec::new();
    for entry in std::fs::read_dir(p).map_err(|e| os_err(e, pv))? {
        let entry = entry.map_err(|e| os_err(e, pv))?;
        out.push(new_str(entry.file_name().to_string_lossy().into_owned()));
    }
    Ok(new_list(out))
}

/// `_environ_dict()`: the process environment as a fresh dict, what `os.environ` starts from
/// (entries that are not valid UTF-8 are left out).
fn environ_dict(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("_environ_dict", &args, 0, 0)?;
    let environ = new_dict();
    for (k, v) in std::env::vars_os() {
        if let (Some(k), Some(v)) = (k.to_str(), v.to_str()) {
            dict::set_str_item(&environ, k, new_str(v));
        }
    }
    Ok(Value::Obj(environ))
}

/// An environment variable's name or value: a str without NUL (CPython's checks and messages).
fn env_arg(v: &Value) -> PyResult<&str> {
    let s = fspath_arg(v)?;
    if s.contains('\0') {
        return Err(value_error("embedded null byte"));
    }
    Ok(s)
}

/// The error of setenv/unsetenv for a name the environment cannot hold (empty, or with '='),
/// checked here because Rust's `set_var`/`remove_var` panic on such names.
fn check_env_name(name: &str) -> PyResult<()> {
    if name.is_empty() || name.contains('=') {
        return Err(os_error_for(&std::io::Error::from_raw_os_error(22), None));
    }
    Ok(())
}

/// `putenv(name, value)`: sets a variable of the process environment (what `os.environ`'s
/// assignments call, so that child processes and native code see it).
fn putenv(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let slots = bind("putenv", &args, &["name", "value"], 0, 2)?;
    let name = env_arg(slots[0].expect("bound"))?;
    let value = env_arg(slots[1].expect("bound"))?;
    if name.contains('=') {
        return Err(value_error("illegal environment variable name"));
    }
    check_env_name(name)?;
    std::env::set_var(name, value);
    Ok(Value::None)
}

/// `unsetenv(name)`: removes a variable of the process environment.
fn unsetenv(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let slots = bind("unsetenv", &args, &["name"], 0, 1)?;
    let name = env_arg(slots[0].expect("bound"))?;
    check_env_name(name)?;
    std::env::remove_var(name);
    Ok(Value::None)
}

/// `_stat(path, follow_symlinks)`: the fields of `os.stat_result` as a tuple (mode, ino, dev,
/// nlink, uid, gid, size, the three times as floats, then as nanoseconds, blksize, blocks,
/// rdev); `os_prelude.py` wraps it.
fn stat(vm: &mut Vm, args: Args) -> PyResult<Value> {
    use std::os::unix::fs::MetadataExt;
    check_args("_stat", &args, 2, 2)?;
    let pv = &args.pos()[0];
    // stat also takes a file descriptor in CPython, which its message mentions.
    let p = as_str(pv).ok_or_else(|| {
        type_error(format!(
            "stat: path should be string, bytes, os.PathLike or integer, not {}",
            type_name(pv)
        ))
    })?;
    let follow = ops::truthy(vm, &args.pos()[1])?;
    let m = if follow {
        std::fs::metadata(p)
    } else {
        std::fs::symlink_metadata(p)
    }
    .map_err(|e| os_err(e, pv))?;
    let ns = |secs: i64, nsec: i64| -> Value {
        let total = i128::from(secs) * 1_000_000_000 + i128::from(nsec);
        match i64::try_from(total) {
            Ok(n) => Value::Int(n),
            Err(_) => crate::object::new_bigint(num_bigint::BigInt::from(total)),
        }
    };
    let float = |secs: i64, nsec: i64| Value::Float(secs as f64 + nsec as f64 * 1e-9);
    let int = |n: u64| match i64::try_from(n) {
        Ok(n) => Value::Int(n),
        Err(_) => crate::object::new_bigint(num_bigint::BigInt::from(n)),
    };
    Ok(new_tuple(vec![
        int(u64::from(m.mode())),
        int(m.ino()),
        int(m.dev()),
        int(m.nlink()),
        int(u64::from(m.uid())),
        int(u64::from(m.gid())),
        int(m.size()),
        float(m.atime(), m.atime_nsec()),
        float(m.mtime(), m.mtime_nsec()),
        float(m.ctime(), m.ctime_nsec()),
        ns(m.atime(), m.atime_nsec()),
        ns(m.mtime(), m.mtime_nsec()),
        ns(m.ctime(), m.ctime_nsec()),
        int(m.blksize()),
        int(m.blocks()),
        int(m.rdev()),
    ]))
}

fn remove(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let slots = bind("remove", &args, &["path"], 0, 1)?;
    let pv = slots[0].expect("bound");
    std::fs::remove_file(path_arg("remove", pv)?).map_err(|e| os_err(e, pv))?;
    Ok(Value::None)
}

fn rename(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let slots = bind("rename", &args, &["src", "dst"], 0, 2)?;
    let (src, dst) = (slots[0].expect("bound"), slots[1].expect("bound"));
    std::fs::rename(path_arg("rename", src)?, path_arg("rename", dst)?).map_err(|e| {
        let err = os_err(e, src);
        ops::exc::set_attr_str(&err, "filename2", dst.clone());
        err
    })?;
    Ok(Value::None)
}

fn mode_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<u32> {
    match v {
        Some(v) => Ok(crate::builtins::number::ssize_arg(vm, v)? as u32),
        None => Ok(0o777),
    }
}

fn mkdir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    use std::os::unix::fs::DirBuilderExt;
    let slots = bind("mkdir", &args, &["path", "mode"], 0, 1)?;
    let pv = slots[0].expect("bound");
    let mode = mode_arg(vm, slots[1])?;
    std::fs::DirBuilder::new()
        .mode(mode)
        .create(path_arg("mkdir", pv)?)
        .map_err(|e| os_err(e, pv))?;
    Ok(Value::None)
}

/// `makedirs(name, mode=0o777, exist_ok=False)`.
fn makedirs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    use std::os::unix::fs::DirBuilderExt;
    let slots = bind("makedirs", &args, &["name", "mode", "exist_ok"], 0, 1)?;
    let pv = slots[0].expect("bound");
    let p = fspath_arg(pv)?;
    let mode = mode_arg(vm, slots[1])?;
    let exist_ok = match slots[2] {
        Some(v) => ops::truthy(vm, v)?,
        None => false,
    };
    if std::path::Path::new(p).is_dir() {
        if exist_ok {
            return Ok(Value::None);
        }
        let e = std::io::Error::from_raw_os_error(17);
        return Err(os_err(e, pv));
    }
    std::fs::DirBuilder::new()
        .mode(mode)
        .recursive(true)
        .create(p)
        .map_err(|e| os_err(e, pv))?;
    Ok(Value::None)
}

fn rmdir(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let slots = bind("rmdir", &args, &["path"], 0, 1)?;
    let pv = slots[0].expect("bound");
    std::fs::remove_dir(path_arg("rmdir", pv)?).map_err(|e| os_err(e, pv))?;
    Ok(Value::None)
}

fn urandom(vm: &mut Vm, args: Args) -> PyResult<Value> {
    use std::io::Read;
    check_args("urandom", &args, 1, 1)?;
    let n = crate::builtins::number::ssize_arg(vm, &args.pos()[0])?;
    if n < 0 {
        return Err(value_error("negative argument not allowed"));
    }
    let mut buf = vec![0u8; n as usize];
    std::fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut buf))
        .map_err(|e| os_error_for(&e, None))?;
    Ok(new_bytes(buf))
}

fn getpid(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("getpid", &args, 0, 0)?;
    Ok(Value::Int(std::process::id() as i64))
}

fn cpu_count(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("cpu_count", &args, 0, 0)?;
    Ok(match std::thread::available_parallelism() {
        Ok(n) => Value::Int(n.get() as i64),
        Err(_) => Value::None,
    })
}

/// `fspath(path)`: a str or bytes as it is, else what the object's `__fspath__` returns
/// (`os.DirEntry`, path-like classes of the program), which must be str or bytes.
fn fspath(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("fspath", &args, 1, 1)?;
    let v = &args.pos()[0];
    let is_path = |v: &Value| as_str(v).is_some() || matches!(v.payload(), Some(Payload::Bytes(_)));
    if is_path(v) {
        return Ok(v.clone());
    }
    let Some(f) = ops::attr::lookup_special(vm, v, "__fspath__")? else {
        return Err(type_error(format!(
            "expected str, bytes or os.PathLike object, not {}",
            type_name(v)
        )));
    };
    let r = crate::interp::call(vm, &f, &[])?;
    if !is_path(&r) {
        return Err(type_error(format!(
            "expected {}.__fspath__() to return str or bytes, not {}",
            type_name(v),
            type_name(&r)
        )));
    }
    Ok(r)
}

/// `strerror(code)`: the C library's message for an error number.
fn strerror(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::builtins::no_kwargs("posix.strerror", &args)?;
    check_args("posix.strerror", &args, 1, 1)?;
    let v = &args.pos()[0];
    let too_large =
        || crate::object::exception::overflow_error("Python int too large to convert to C int");
    if matches!(v.payload(), Some(Payload::BigInt(_))) {
        return Err(too_large());
    }
    let code = crate::builtins::number::ssize_arg(vm, v)?;
    let code = i32::try_from(code).map_err(|_| too_large())?;
    let e = std::io::Error::from_raw_os_error(code);
    Ok(new_str(crate::builtins::file::strerror(&e)))
}

/// `readlink(path)`: the target of a symbolic link.
fn readlink(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let slots = bind("readlink", &args, &["path"], 0, 1)?;
    let pv = slots[0].expect("bound");
    let target = std::fs::read_link(path_arg("readlink", pv)?).map_err(|e| os_err(e, pv))?;
    Ok(new_str(target.to_string_lossy().into_owned()))
}

/// `symlink(src, dst, target_is_directory=False)`: makes `dst` a symbolic link to `src`.
fn symlink(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let slots = bind(
        "symlink",
        &args,
        &["src", "dst", "target_is_directory"],
        0,
        2,
    )?;
    let (src, dst) = (slots[0].expect("bound"), slots[1].expect("bound"));
    std::os::unix::fs::symlink(path_arg("symlink", src)?, path_arg("symlink", dst)?).map_err(
        |e| {
            let err = os_err(e, src);
            ops::exc::set_attr_str(&err, "filename2", dst.clone());
            err
        },
    )?;
    Ok(Value::None)
}

/// `get_terminal_size(fd=1)`: an `os.terminal_size` (columns, lines) of the terminal open on
/// `fd`, or CPython's OSError (EBADF for a closed descriptor, ENOTTY for one that is not a
/// terminal). The descriptor is reached through `/proc/self/fd`, and the size comes from
/// `stty size` reading that terminal, because the TIOCGWINSZ ioctl CPython uses is not
/// callable without unsafe code.
fn get_terminal_size(vm: &mut Vm, args: Args) -> PyResult<Value> {
    use std::io::IsTerminal;
    crate::builtins::no_kwargs("posix.get_terminal_size", &args)?;
    check_args("get_terminal_size", &args, 0, 1)?;
    let fd = match args.pos().first() {
        Some(v) => crate::builtins::number::ssize_arg(vm, v)?,
        None => 1,
    };
    let errno = |n: i32| os_error_for(&std::io::Error::from_raw_os_error(n), None);
    const EBADF: i32 = 9;
    const ENOTTY: i32 = 25;
    let link = format!("/proc/self/fd/{fd}");
    if fd < 0 || std::fs::symlink_metadata(&link).is_err() {
        return Err(errno(EBADF));
    }
    let is_terminal = match fd {
        0 => std::io::stdin().is_terminal(),
        1 => std::io::stdout().is_terminal(),
        2 => std::io::stderr().is_terminal(),
        _ => std::fs::File::open(&link).is_ok_and(|f| f.is_terminal()),
    };
    if !is_terminal {
        return Err(errno(ENOTTY));
    }
    let tty = std::fs::File::open(&link).map_err(|_| errno(ENOTTY))?;
    let out = std::process::Command::new("stty")
        .arg("size")
        .stdin(tty)
        .stderr(std::process::Stdio::null())
        .output()
        .map_err(|e| os_error_for(&e, None))?;
    let text = String::from_utf8_lossy(&out.stdout);
    let mut nums = text.split_whitespace().map(str::parse::<i64>);
    match (out.status.success(), nums.next(), nums.next()) {
        (true, Some(Ok(lines)), Some(Ok(columns))) => {
            // The struct sequence class is written in Python (os_prelude.py).
            let os = Value::Obj(crate::import::load(vm, "os")?);
            let cls = ops::attr::get_attr_str(vm, &os, "terminal_size")?;
            let size = new_tuple(vec![Value::Int(columns), Value::Int(lines)]);
            crate::interp::call(vm, &cls, &[size])
        }
        _ => Err(errno(ENOTTY)),
    }
}

// ---- os.path ------------------------------------------------------------------------------

fn join(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::builtins::no_kwargs("join", &args)?;
    let parts = args.pos();
    let Some(first) = parts.first() else {
        return Err(type_error(
            "join() missing 1 required positional argument: 'a'",
        ));
    };
    let mut path = fspath_arg(first)?.to_string();
    for p in &parts[1..] {
        let b = as_str(p).ok_or_else(|| {
            type_error(format!(
                "join() argument must be str, bytes, or os.PathLike object, not '{}'",
                type_name(p)
            ))
        })?;
        if b.starts_with('/') {
            path = b.to_string();
        } else if path.is_empty() || path.ends_with('/') {
            path.push_str(b);
        } else {
            path.push('/');
            path.push_str(b);
        }
    }
    Ok(new_str(path))
}

/// `posixpath.split`: (everything up to the last slash, trailing slashes removed unless the
/// head is all slashes; the rest).
fn split_parts(p: &str) -> (&str, &str) {
    let i = p.rfind('/').map_or(0, |i| i + 1);
    let (head, tail) = p.split_at(i);
    if !head.is_empty() && head.bytes().any(|b| b != b'/') {
        (head.trim_end_matches('/'), tail)
    } else {
        (head, tail)
    }
}

fn split(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (h, t) = split_parts(one_path("split", &args)?);
    Ok(new_tuple(vec![new_str(h), new_str(t)]))
}

fn dirname(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(new_str(split_parts(one_path("dirname", &args)?).0))
}

fn basename(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = one_path("basename", &args)?;
    Ok(new_str(&p[p.rfind('/').map_or(0, |i| i + 1)..]))
}

fn splitext(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = one_path("splitext", &args)?;
    let sep = p.rfind('/').map_or(-1, |i| i as i64);
    if let Some(dot) = p.rfind('.') {
        if dot as i64 > sep {
            // A name made only of leading dots has no extension.
            let start = (sep + 1) as usize;
            if p[start..dot].bytes().any(|b| b != b'.') {
                return Ok(new_tuple(vec![new_str(&p[..dot]), new_str(&p[dot..])]));
            }
        }
    }
    Ok(new_tuple(vec![new_str(p), new_str("")]))
}

fn isabs(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(one_path("isabs", &args)?.starts_with('/')))
}

fn normalize(path: &str) -> String {
    if path.is_empty() {
        return ".".into();
    }
    let mut initial = usize::from(path.starts_with('/'));
    // POSIX allows one implementation-defined meaning for exactly two leading slashes.
    if path.starts_with("//") && !path.starts_with("///") {
        initial = 2;
    }
    let mut comps: Vec<&str> = Vec::new();
    for comp in path.split('/') {
        if comp.is_empty() || comp == "." {
            continue;
        }
        if comp != ".." || (initial == 0 && comps.is_empty()) || comps.last() == Some(&"..") {
            comps.push(comp);
        } else if !comps.is_empty() {
            comps.pop();
        }
    }
    let out = "/".repeat(initial) + &comps.join("/");
    if out.is_empty() {
        ".".into()
    } else {
        out
    }
}

fn normpath(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(new_str(normalize(one_path("normpath", &args)?)))
}

fn abspath(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = one_path("abspath", &args)?;
    if p.starts_with('/') {
        return Ok(new_str(normalize(p)));
    }
    let cwd = std::env::current_dir().map_err(|e| os_error_for(&e, None))?;
    let mut full = cwd.to_string_lossy().into_owned();
    if !full.ends_with('/') {
        full.push('/');
    }
    full.push_str(p);
    Ok(new_str(normalize(&full)))
}

/// The metadata of a path for the `exists`/`isfile`/`isdir` tests (None for non-str paths and
/// any error, which CPython's tests also report as false).
fn metadata(args: &Args, name: &str) -> PyResult<Option<std::fs::Metadata>> {
    check_args(name, args, 1, 1)?;
    let v = &args.pos()[0];
    if let Value::Int(_) | Value::Bool(_) = v {
        // CPython treats an int as a file descriptor.
        return Err(crate::object::exception::not_implemented_error(format!(
            "os.path.{name}() of a file descriptor is not supported"
        )));
    }
    Ok(as_str(v).and_then(|p| std::fs::metadata(p).ok()))
}

fn exists(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(metadata(&args, "exists")?.is_some()))
}

fn isfile(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(
        metadata(&args, "isfile")?.is_some_and(|m| m.is_file()),
    ))
}

fn isdir(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(
        metadata(&args, "isdir")?.is_some_and(|m| m.is_dir()),
    ))
}

fn getsize(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args("getsize", &args, 1, 1)?;
    let pv = &args.pos()[0];
    let p = path_arg("stat", pv)?;
    let m = std::fs::metadata(p).map_err(|e| os_err(e, pv))?;
    Ok(Value::Int(m.len() as i64))
}
