//! Text files: `open()` for reading and writing, and the standard streams `sys.stdout`,
//! `sys.stderr`, `sys.stdin`.
//!
//! A file opened for reading is read whole when opened and then served from memory, which keeps
//! `readline`, iteration and `read(n)` simple and exact for the text files programs use.

use std::cell::OnceCell;
use std::io::Write;

use crate::interp::Vm;
use crate::object::class::{class_data, compute_mro};
use crate::object::exception::{type_error, value_error, PyErr};
use crate::object::function::Args;
use crate::object::types::Types;
use crate::object::{as_str, exc_types, new_list, new_str, type_name, types, Obj, Payload};
use crate::ops;
use crate::value::Value;
use crate::PyResult;

use super::{add_method, check_args};

pub enum Stream {
    Stdout,
    Stderr,
    Stdin,
    Read { text: String, pos: usize },
    Write(std::io::BufWriter<std::fs::File>),
}

pub struct FileState {
    pub name: String,
    pub mode: String,
    pub stream: Stream,
    pub closed: bool,
}

impl FileState {
    pub fn std(name: &str, stream: Stream, mode: &str) -> FileState {
        FileState {
            name: name.to_string(),
            mode: mode.to_string(),
            stream,
            closed: false,
        }
    }

    pub fn is_std(&self) -> bool {
        matches!(self.stream, Stream::Stdout | Stream::Stderr)
    }
}

/// Writes to a standard stream (stdout goes through the interpreter's buffer).
pub fn write_std(vm: &mut Vm, f: &FileState, s: &str) -> PyResult<()> {
    match f.stream {
        Stream::Stdout => vm.write_stdout(s),
        Stream::Stderr => {
            vm.write_stderr(s);
            Ok(())
        }
        _ => Ok(()),
    }
}

pub fn file_repr(f: &FileState) -> String {
    format!(
        "<_io.TextIOWrapper name='{}' mode='{}' encoding='utf-8'>",
        f.name, f.mode
    )
}

pub fn file_attr(f: &FileState, name: &str) -> Option<Value> {
    match name {
        "name" => Some(new_str(f.name.as_str())),
        "mode" => Some(new_str(f.mode.as_str())),
        "closed" => Some(Value::Bool(f.closed)),
        "encoding" => Some(new_str("utf-8")),
        _ => None,
    }
}

thread_local! {
    static UNSUPPORTED: OnceCell<Obj> = const { OnceCell::new() };
}

/// `io.UnsupportedOperation`, a subclass of both OSError and ValueError.
fn unsupported_operation(msg: &str) -> PyErr {
    let cls = UNSUPPORTED.with(|c| {
        c.get_or_init(|| {
            let t = exc_types();
            let cls = crate::object::types::make_class(
                "UnsupportedOperation",
                &[t.os_error.clone(), t.value_error.clone()],
                crate::object::class::Layout::Exception,
            );
            let bases = class_data(&cls).bases.borrow().clone();
            if let Ok(mro) = compute_mro(&cls, &bases) {
                *class_data(&cls).mro.borrow_mut() = mro;
            }
            *class_data(&cls).module.borrow_mut() = "io".to_string();
            crate::builtins::dict::set_str_item(&class_data(&cls).dict, "__module__", new_str("io"));
            cls
        })
        .clone()
    });
    PyErr::new(&cls, msg)
}

fn os_error_for(e: &std::io::Error, path: &str) -> PyErr {
    let t = exc_types();
    let (cls, errno, text) = match e.kind() {
        std::io::ErrorKind::NotFound => (&t.file_not_found_error, 2, "No such file or directory"),
        std::io::ErrorKind::PermissionDenied => (&t.permission_error, 13, "Permission denied"),
        std::io::ErrorKind::AlreadyExists => (&t.file_exists_error, 17, "File exists"),
        _ => match e.raw_os_error() {
            Some(21) => (&t.is_a_directory_error, 21, "Is a directory"),
            Some(20) => (&t.not_a_directory_error, 20, "Not a directory"),
            _ => (&t.os_error, e.raw_os_error().unwrap_or(0), "I/O error"),
        },
    };
    let err = PyErr::with_args(cls, vec![Value::Int(errno as i64), new_str(text)]);
    ops::exc::set_attr_str(&err, "errno", Value::Int(errno as i64));
    ops::exc::set_attr_str(&err, "strerror", new_str(text));
    ops::exc::set_attr_str(&err, "filename", new_str(path));
    err
}

/// `open(file, mode='r', encoding=None)`.
pub fn open(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    let path = pos.first().or_else(|| args.kw("file")).cloned().ok_or_else(|| {
        type_error("open() missing required argument 'file' (pos 1)")
    })?;
    let path = match as_str(&path) {
        Some(p) => p.to_string(),
        None => {
            return Err(type_error(format!(
                "expected str, bytes or os.PathLike object, not {}",
                type_name(&path)
            )))
        }
    };
    let mode = pos.get(1).or_else(|| args.kw("mode")).and_then(as_str).unwrap_or("r").to_string();
    if mode.contains('b') {
        return Err(crate::object::exception::not_implemented_error(
            "binary files (mode 'b') are not supported yet",
        ));
    }
    let _ = vm;
    let stream = if mode.contains('r') && !mode.contains('+') {
        let text = std::fs::read_to_string(&path).map_err(|e| os_error_for(&e, &path))?;
        Stream::Read { text, pos: 0 }
    } else if mode.contains('w') || mode.contains('a') || mode.contains('x') {
        let mut o = std::fs::OpenOptions::new();
        if mode.contains('a') {
            o.append(true).create(true);
        } else if mode.contains('x') {
            o.write(true).create_new(true);
        } else {
            o.write(true).create(true).truncate(true);
        }
        let f = o.open(&path).map_err(|e| os_error_for(&e, &path))?;
        Stream::Write(std::io::BufWriter::new(f))
    } else {
        return Err(value_error(format!("invalid mode: '{mode}'")));
    };
    Ok(Value::Obj(Obj::new(
        &types().file,
        Payload::File(std::cell::RefCell::new(FileState {
            name: path,
            mode,
            stream,
            closed: false,
        })),
    )))
}

fn this<'a>(args: &Args<'a>) -> PyResult<&'a Obj> {
    match args.values.first() {
        Some(Value::Obj(o)) if matches!(o.payload, Payload::File(_)) => Ok(o),
        _ => Err(type_error("descriptor requires a file object")),
    }
}

fn state(o: &Obj) -> &std::cell::RefCell<FileState> {
    match &o.payload {
        Payload::File(f) => f,
        _ => unreachable!("file method on a non-file"),
    }
}

fn check_open(f: &FileState) -> PyResult<()> {
    if f.closed {
        return Err(value_error("I/O operation on closed file."));
    }
    Ok(())
}

/// Reads one line (up to `limit` characters when `limit >= 0`); "" at end of file.
pub fn readline(vm: &mut Vm, o: &Obj, limit: i64) -> PyResult<String> {
    let mut f = state(o).borrow_mut();
    check_open(&f)?;
    match &mut f.stream {
        Stream::Read { text, pos } => {
            let rest = &text[*pos..];
            let mut end = rest.find('\n').map(|i| i + 1).unwrap_or(rest.len());
            if limit >= 0 {
                let byte_limit = rest.char_indices().nth(limit as usize).map(|(b, _)| b).unwrap_or(rest.len());
                end = end.min(byte_limit);
            }
            let line = rest[..end].to_string();
            *pos += end;
            Ok(line)
        }
        Stream::Stdin => {
            drop(f);
            vm.flush_stdout();
            let mut line = String::new();
            std::io::stdin()
                .read_line(&mut line)
                .map_err(|e| crate::object::exception::os_error(e.to_string()))?;
            Ok(line)
        }
        _ => Err(unsupported_operation("not readable")),
    }
}

fn read(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let o = this(&args)?;
    let n = match args.values.get(1) {
        Some(Value::None) | None => -1,
        Some(v) => ops::seq::to_index(vm, v)?.unwrap_or(-1),
    };
    let mut f = state(o).borrow_mut();
    check_open(&f)?;
    match &mut f.stream {
        Stream::Read { text, pos } => {
            let rest = &text[*pos..];
            let end = if n < 0 {
                rest.len()
            } else {
                rest.char_indices().nth(n as usize).map(|(b, _)| b).unwrap_or(rest.len())
            };
            let s = rest[..end].to_string();
            *pos += end;
            Ok(new_str(s))
        }
        Stream::Stdin => {
            let mut s = String::new();
            std::io::Read::read_to_string(&mut std::io::stdin(), &mut s)
                .map_err(|e| crate::object::exception::os_error(e.to_string()))?;
            Ok(new_str(s))
        }
        _ => Err(unsupported_operation("not readable")),
    }
}

fn readline_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let o = this(&args)?.clone();
    let limit = match args.values.get(1) {
        Some(v) => ops::seq::to_index(vm, v)?.unwrap_or(-1),
        None => -1,
    };
    readline(vm, &o, limit).map(new_str)
}

fn readlines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let o = this(&args)?.clone();
    let mut lines = Vec::new();
    loop {
        let l = readline(vm, &o, -1)?;
        if l.is_empty() {
            break;
        }
        lines.push(new_str(l));
    }
    Ok(new_list(lines))
}

fn write(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let o = this(&args)?;
    check_args("write", &args, 2, 2)?;
    let s = as_str(&args.values[1]).ok_or_else(|| {
        type_error(format!(
            "write() argument must be str, not {}",
            type_name(&args.values[1])
        ))
    })?;
    let n = s.chars().count() as i64;
    let mut f = state(o).borrow_mut();
    check_open(&f)?;
    match &mut f.stream {
        Stream::Write(w) => {
            w.write_all(s.as_bytes()).map_err(|e| crate::object::exception::os_error(e.to_string()))?;
        }
        Stream::Stdout | Stream::Stderr => {
            let fs = &*f;
            write_std(vm, fs, s)?;
        }
        _ => return Err(unsupported_operation("not writable")),
    }
    Ok(Value::Int(n))
}

fn writelines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let o = this(&args)?.clone();
    check_args("writelines", &args, 2, 2)?;
    for line in ops::iter::collect(vm, &args.values[1])? {
        let a = [Value::Obj(o.clone()), line];
        write(vm, Args::positional(&a))?;
    }
    Ok(Value::None)
}

fn flush(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let o = this(&args)?;
    let mut f = state(o).borrow_mut();
    match &mut f.stream {
        Stream::Write(w) => {
            w.flush().map_err(|e| crate::object::exception::os_error(e.to_string()))?;
        }
        Stream::Stdout => vm.flush_stdout(),
        _ => {}
    }
    Ok(Value::None)
}

fn close(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let o = this(&args)?;
    let mut f = state(o).borrow_mut();
    if let Stream::Write(w) = &mut f.stream {
        let _ = w.flush();
    }
    if !f.is_std() {
        f.closed = true;
    }
    Ok(Value::None)
}

fn enter(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let o = this(&args)?;
    check_open(&state(o).borrow())?;
    Ok(Value::Obj(o.clone()))
}

fn exit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let o = this(&args)?.clone();
    let a = [Value::Obj(o)];
    close(vm, Args::positional(&a))?;
    Ok(Value::Bool(false))
}

fn next_line(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let o = this(&args)?.clone();
    let l = readline(vm, &o, -1)?;
    if l.is_empty() {
        return Err(crate::object::exception::stop_iteration(Value::None));
    }
    Ok(new_str(l))
}

fn fileno(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let o = this(&args)?;
    Ok(Value::Int(match state(o).borrow().stream {
        Stream::Stdin => 0,
        Stream::Stdout => 1,
        Stream::Stderr => 2,
        _ => 3,
    }))
}

fn isatty(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Bool(false))
}

pub fn install(t: &Types) {
    let f = &t.file;
    add_method(f, "read", read);
    add_method(f, "readline", readline_method);
    add_method(f, "readlines", readlines);
    add_method(f, "write", write);
    add_method(f, "writelines", writelines);
    add_method(f, "flush", flush);
    add_method(f, "close", close);
    add_method(f, "__enter__", enter);
    add_method(f, "__exit__", exit);
    add_method(f, "__iter__", super::functions::identity_method);
    add_method(f, "__next__", next_line);
    add_method(f, "fileno", fileno);
    add_method(f, "isatty", isatty);
}
