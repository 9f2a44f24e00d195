//! pyjit's runtime: everything needed to run a Python program without the JIT.
//!
//! Source is parsed by rustpython-parser and compiled (`compile`) to pyjit bytecode
//! (`bytecode`), which the interpreter (`interp`) runs over the object model (`value`,
//! `object`, `ops`) with the builtins (`builtins`) and native modules (`modules`). The JIT tier
//! lives in another crate and plugs in through the tier-up interface; this crate never
//! depends on Cranelift.

pub mod builtins;
pub mod bytecode;
pub mod compile;
pub mod import;
pub mod interp;
pub mod modules;
pub mod object;
pub mod ops;
pub mod repl;
pub mod table;
pub mod text;
pub mod traceback;
pub mod value;

use std::rc::Rc;

use crate::compile::Source;
use crate::interp::Vm;
use crate::object::exception::PyErr;
use crate::object::{as_str, exc_types, module_dict, new_module, new_str, Obj};
use crate::value::Value;

/// The result of anything that can raise a Python exception.
pub type PyResult<T> = Result<T, PyErr>;

/// Execution options from the command line.
#[derive(Clone, Copy, Debug)]
pub struct Options {
    /// Whether hot code may be compiled by the JIT tier.
    pub jit: bool,
    /// Calls or loop iterations before a function is compiled.
    pub threshold: u64,
    /// JIT optimisation level (0, 1 or 2).
    pub opt_level: u8,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            jit: true,
            threshold: 1000,
            opt_level: 1,
        }
    }
}

/// Native stack for the interpreter thread. Python recursion is bounded by the recursion limit
/// and by a check against this stack (see `interp`), so no program can overflow it.
const INTERPRETER_STACK: usize = 1 << 30;

/// Runs the code defined in Python of a native module (`sys.version_info` and friends).
pub fn run_prelude(vm: &mut Vm, module: &str, src: &str, globals: &Obj) {
    let source = Rc::new(Source::new(&format!("<{module} prelude>"), src));
    let code = compile::compile_module(source, module).expect("prelude compiles");
    let saved = crate::builtins::dict::get_by_str(globals, "__name__");
    if let Err(e) = interp::call::run_in_namespace(vm, code, globals.clone(), None, &[]) {
        traceback::print_exception(vm, &e);
        panic!("prelude of {module} failed");
    }
    if let Some(n) = saved {
        crate::builtins::dict::set_str_item(globals, "__name__", n);
    }
}

/// What to run.
pub enum Program {
    /// A script file, as given on the command line.
    File(String),
    /// `-c CODE`.
    Code(String),
    /// The program's text on standard input, as `python3 -` (`dash`: named `-` on the command
    /// line, which becomes `sys.argv[0]`; without it, as for piped input, that is '').
    Stdin { dash: bool },
    /// `-m NAME`: a module found on `sys.path`, run as `__main__`.
    Module(String),
    /// The interactive prompt, reading lines through what the factory makes.
    Interactive(repl::ReaderFactory),
}

/// Runs a program to completion and returns the process exit status, as `python3` would.
/// `args` are the program's arguments after the script (or `-c` code).
pub fn run(
    program: Program,
    args: Vec<String>,
    options: Options,
    tier: Option<TierFactory>,
) -> i32 {
    interp::interrupt::install_handler();
    let handle = std::thread::Builder::new()
        .name("pyjit".into())
        .stack_size(INTERPRETER_STACK)
        .spawn(move || run_on_this_thread(program, args, options, tier))
        .expect("spawn interpreter thread");
    // A panic is a bug in pyjit; the panic message is already on stderr.
    handle.join().unwrap_or(101)
}

/// Makes the JIT on the interpreter's thread (compiled code and its module are not `Send`).
pub type TierFactory = Box<dyn FnOnce(&Options) -> Box<dyn interp::tier::Tier> + Send>;

fn run_on_this_thread(
    program: Program,
    args: Vec<String>,
    options: Options,
    tier: Option<TierFactory>,
) -> i32 {
    let (argv0, filename, text, dir) = match &program {
        Program::File(path) => {
            let abs = std::path::absolute(path).unwrap_or_else(|_| path.into());
            let text = match std::fs::read(path) {
                Ok(bytes) => match String::from_utf8(bytes) {
                    Ok(t) => t,
                    Err(_) => {
                        eprintln!("pyjit: '{}' is not UTF-8 text", abs.display());
                        return 1;
                    }
                },
                Err(e) => {
                    let errno = e.raw_os_error().unwrap_or(2);
                    let msg = match e.kind() {
                        std::io::ErrorKind::NotFound => "No such file or directory".to_string(),
                        std::io::ErrorKind::PermissionDenied => "Permission denied".to_string(),
                        _ => e.to_string(),
                    };
                    eprintln!(
                        "pyjit: can't open file '{}': [Errno {}] {}",
                        abs.display(),
                        errno,
                        msg
                    );
                    return 2;
                }
            };
            let dir = abs
                .parent()
                .map(|p| p.display().to_string())
                .unwrap_or_default();
            (path.clone(), abs.display().to_string(), text, dir)
        }
        Program::Code(code) => (
            "-c".to_string(),
            "<string>".to_string(),
            code.clone(),
            String::new(),
        ),
        Program::Stdin { dash } => {
            let mut bytes = Vec::new();
            if let Err(e) = std::io::Read::read_to_end(&mut std::io::stdin(), &mut bytes) {
                eprintln!("pyjit: can't read standard input: {e}");
                return 2;
            }
            let Ok(text) = String::from_utf8(bytes) else {
                eprintln!("pyjit: standard input is not UTF-8 text");
                return 1;
            };
            let argv0 = if *dash { "-" } else { "" };
            (
                argv0.to_string(),
                "<stdin>".to_string(),
                text,
                String::new(),
            )
        }
        // Found once the interpreter exists (finding a package's `__main__` imports it).
        Program::Module(_) => {
            let cwd = std::env::current_dir()
                .map(|d| d.display().to_string())
                .unwrap_or_default();
            (String::new(), String::new(), String::new(), cwd)
        }
        Program::Interactive(_) => (
            String::new(),
            "<stdin>".to_string(),
            String::new(),
            String::new(),
        ),
    };
    let mut argv = vec![argv0];
    argv.extend(args);
    let mut vm = Vm::new(options, argv, INTERPRETER_STACK);
    if options.jit {
        vm.tier = tier.map(|make| make(&options));
    }
    set_sys_path(&vm, &dir);

    let main = new_module("__main__");
    let globals = module_dict(&main);
    crate::builtins::dict::set_str_item(&globals, "__builtins__", Value::Obj(vm.builtins.clone()));
    if let Program::File(_) = &program {
        crate::builtins::dict::set_str_item(&globals, "__file__", new_str(filename.as_str()));
    }
    crate::builtins::dict::set_str_item(&globals, "__package__", Value::None);
    crate::builtins::dict::set_str_item(&vm.modules.clone(), "__main__", Value::Obj(main.clone()));

    let status = match program {
        Program::Interactive(make_reader) => {
            let mut reader = make_reader();
            repl::run(&mut vm, &globals, reader.as_mut())
        }
        Program::Module(name) => run_module(&mut vm, &name, &globals),
        _ => run_source(&mut vm, &filename, &text, &globals),
    };
    interp::finalize::shutdown(&mut vm, &globals);
    vm.flush_stdout();
    if let Some(tier) = vm.tier.as_mut() {
        tier.finish();
    }
    object::subclass::leak_at_exit();
    status
}

/// Compiles and runs a whole program in `__main__`; returns the exit status.
fn run_source(vm: &mut Vm, filename: &str, text: &str, globals: &Obj) -> i32 {
    let source = Rc::new(Source::new(filename, text));
    let result = compile::compile_module(source.clone(), "__main__")
        .map_err(|e| traceback::syntax_error(&e, &source))
        .and_then(|code| {
            if let Some(tier) = vm.tier.as_mut() {
                tier.program(&code);
            }
            interp::call::run_in_namespace(vm, code, globals.clone(), None, &[])
        });
    match result {
        Ok(_) => 0,
        Err(e) => exit_status(vm, &e),
    }
}

/// `-m NAME`: finds the module's file (a package's `__main__`), makes it `sys.argv[0]` and
/// runs it as `__main__`, as CPython's `runpy`. Errors as `python3 -m` reports them.
fn run_module(vm: &mut Vm, name: &str, globals: &Obj) -> i32 {
    let program = std::env::current_exe()
        .map(|p| p.display().to_string())
        .unwrap_or_else(|_| "pyjit".to_string());
    let (path, package) = match import::find_main_module(vm, name) {
        Ok(found) => found,
        Err(import::MainNotFound::Message(msg)) => {
            vm.write_stderr(&format!("{program}: {msg}\n"));
            return 1;
        }
        Err(import::MainNotFound::Raised(e)) => return exit_status(vm, &e),
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) => {
            vm.write_stderr(&format!("{program}: can't read {}: {e}\n", path.display()));
            return 1;
        }
    };
    let filename = path.display().to_string();
    let sys = module_dict(&vm.sys);
    if let Some(Value::Obj(argv)) = crate::builtins::dict::get_by_str(&sys, "argv") {
        if let object::Payload::List(items) = &argv.payload {
            if let Some(first) = items.borrow_mut().first_mut() {
                *first = new_str(filename.as_str());
            }
        }
    }
    crate::builtins::dict::set_str_item(globals, "__file__", new_str(filename.as_str()));
    crate::builtins::dict::set_str_item(globals, "__package__", new_str(package.as_str()));
    run_source(vm, &filename, &text, globals)
}

fn set_sys_path(vm: &Vm, script_dir: &str) {
    let mut path = vec![new_str(script_dir)];
    if let Ok(pp) = std::env::var("PYTHONPATH") {
        for p in pp.split(':').filter(|p| !p.is_empty()) {
            path.push(new_str(p));
        }
    }
    crate::builtins::dict::set_str_item(&module_dict(&vm.sys), "path", object::new_list(path));
}

/// The exit status for an uncaught exception, printing it as CPython does.
pub(crate) fn exit_status(vm: &mut Vm, e: &PyErr) -> i32 {
    if e.is_instance(&exc_types().system_exit) {
        let code = ops::attr::exception_attr(&e.0, "code").unwrap_or_else(|| {
            match &*e.data().args.borrow() {
                Value::Obj(t) => match &t.payload {
                    object::Payload::Tuple(items) if items.len() == 1 => items[0].clone(),
                    object::Payload::Tuple(items) if items.is_empty() => Value::None,
                    _ => Value::Obj(t.clone()),
                },
                _ => Value::None,
            }
        });
        return match code {
            Value::None => 0,
            Value::Int(n) => n as i32,
            Value::Bool(b) => b as i32,
            other => {
                vm.flush_stdout();
                let s = as_str(&other)
                    .map(str::to_string)
                    .or_else(|| ops::repr::str(vm, &other).ok())
                    .unwrap_or_default();
                vm.write_stderr(&format!("{s}\n"));
                1
            }
        };
    }
    vm.flush_stdout();
    traceback::print_exception(vm, e);
    if e.is_instance(&exc_types().keyboard_interrupt) {
        return 130;
    }
    1
}
