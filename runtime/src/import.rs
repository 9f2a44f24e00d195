//! `import`: finding modules on `sys.path`, packages and relative imports, and running a
//! module's code once, caching it in `sys.modules`.

use std::path::{Path, PathBuf};
use std::rc::Rc;

use crate::builtins::dict;
use crate::compile::Source;
use crate::interp::Vm;
use crate::object::exception::{import_error, module_not_found_error, PyErr};
use crate::object::{as_str, module_dict, new_list, new_module, new_str, str_of, Obj, Payload};
use crate::ops;
use crate::value::Value;
use crate::PyResult;

fn sys_path(vm: &Vm) -> Vec<String> {
    let d = module_dict(&vm.sys);
    match dict::get_by_str(&d, "path") {
        Some(Value::Obj(l)) => match &l.payload {
            Payload::List(items) => items
                .borrow()
                .iter()
                .filter_map(|v| as_str(v).map(str::to_string))
                .collect(),
            _ => Vec::new(),
        },
        _ => Vec::new(),
    }
}

/// The package a module's relative imports are relative to.
fn package_of(globals: &Obj) -> Option<String> {
    if let Some(p) = dict::get_by_str(globals, "__package__") {
        if let Some(s) = as_str(&p) {
            return Some(s.to_string());
        }
    }
    let name = dict::get_by_str(globals, "__name__")?;
    let name = as_str(&name)?.to_string();
    if dict::get_by_str(globals, "__path__").is_some() {
        return Some(name);
    }
    Some(
        name.rsplit_once('.')
            .map(|(p, _)| p.to_string())
            .unwrap_or_default(),
    )
}

/// The absolute module name for `import name` at `level` dots.
fn resolve_name(name: &str, level: i64, globals: &Obj) -> PyResult<String> {
    if level == 0 {
        return Ok(name.to_string());
    }
    let package = package_of(globals).unwrap_or_default();
    if package.is_empty() {
        return Err(import_error(
            "attempted relative import with no known parent package",
        ));
    }
    let mut base = package.as_str();
    for _ in 1..level {
        match base.rsplit_once('.') {
            Some((p, _)) => base = p,
            None => {
                return Err(import_error(
                    "attempted relative import beyond top-level package",
                ))
            }
        }
    }
    Ok(if name.is_empty() {
        base.to_string()
    } else {
        format!("{base}.{name}")
    })
}

/// `IMPORT_NAME`: imports `name` and returns the module the statement binds.
pub fn import_name(
    vm: &mut Vm,
    name: &str,
    fromlist: &Value,
    level: i64,
    globals: &Obj,
) -> PyResult<Value> {
    let full = resolve_name(name, level, globals)?;
    let mut module = None;
    let mut prefix = String::new();
    for part in full.split('.') {
        if !prefix.is_empty() {
            prefix.push('.');
        }
        prefix.push_str(part);
        module = Some(load(vm, &prefix)?);
    }
    let module = module.ok_or_else(|| import_error("Empty module name"))?;
    let has_fromlist = match fromlist.payload() {
        Some(Payload::Tuple(t)) => !t.is_empty(),
        _ => false,
    };
    if has_fromlist {
        // `from pkg import sub`: import submodules named in the list that are not attributes.
        if let Some(Payload::Tuple(names)) = fromlist.payload() {
            let md = module_dict(&module);
            let is_package = dict::get_by_str(&md, "__path__").is_some();
            for n in names.iter() {
                let Some(n) = as_str(n) else { continue };
                if n == "*" || dict::get_by_str(&md, n).is_some() {
                    continue;
                }
                let sub = format!("{full}.{n}");
                // Built-in Python modules have submodules without being packages on disk
                // (`from collections import abc`).
                if !is_package && crate::modules::python_source(&sub).is_none() {
                    continue;
                }
                match load(vm, &sub) {
                    Ok(_) => {}
                    Err(e) if is_missing(&e, &sub) => {}
                    Err(e) => return Err(e),
                }
            }
        }
        return Ok(Value::Obj(module));
    }
    if level > 0 {
        return Ok(Value::Obj(module));
    }
    let top = full.split('.').next().unwrap_or(&full);
    Ok(Value::Obj(load(vm, top)?))
}

fn is_missing(e: &PyErr, name: &str) -> bool {
    e.is_instance(&crate::object::exc_types().module_not_found_error)
        && ops::attr::exception_attr(&e.0, "name")
            .and_then(|n| as_str(&n).map(str::to_string))
            .as_deref()
            == Some(name)
}

fn not_found(name: &str) -> PyErr {
    let e = module_not_found_error(format!("No module named '{name}'"));
    ops::exc::set_attr_str(&e, "name", new_str(name));
    e
}

/// Returns module `full` (dotted), loading it if needed. Its parent must already be loaded.
pub fn load(vm: &mut Vm, full: &str) -> PyResult<Obj> {
    if let Some(Value::Obj(m)) = dict::get_by_str(&vm.modules, full) {
        return Ok(m);
    }
    if let Some(m) = crate::modules::create(vm, full) {
        let m = m?;
        dict::set_str_item(&vm.modules.clone(), full, Value::Obj(m.clone()));
        return Ok(m);
    }
    if let Some(text) = crate::modules::python_source(full) {
        let filename = format!("<frozen {full}>");
        let parent = full.rsplit_once('.').map(|(p, _)| p);
        // A built-in package (`re`) has an empty `__path__`: its submodules are built in too.
        let package = crate::modules::is_python_package(full).then(|| Path::new(""));
        return exec_source(vm, full, &filename, text, package, parent);
    }
    let (parent, short) = match full.rsplit_once('.') {
        Some((p, s)) => (Some(p), s),
        None => (None, full),
    };
    let search: Vec<String> = match parent {
        Some(p) => {
            let pm = load(vm, p)?;
            match dict::get_by_str(&module_dict(&pm), "__path__") {
                Some(path) => ops::iter::collect(vm, &path)?
                    .iter()
                    .filter_map(|v| as_str(v).map(str::to_string))
                    .collect(),
                None => {
                    return Err(module_not_found_error(format!(
                        "No module named '{full}'; '{p}' is not a package"
                    )))
                }
            }
        }
        None => sys_path(vm),
    };
    for dir in &search {
        let base = Path::new(dir).join(short);
        let init = base.join("__init__.py");
        if init.is_file() {
            return exec_file(vm, full, &init, Some(&base), parent);
        }
        let file = PathBuf::from(format!("{}.py", base.display()));
        if file.is_file() {
            return exec_file(vm, full, &file, None, parent);
        }
    }
    Err(not_found(full))
}

fn exec_file(
    vm: &mut Vm,
    full: &str,
    path: &Path,
    package_dir: Option<&Path>,
    parent: Option<&str>,
) -> PyResult<Obj> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| import_error(format!("cannot read {}: {}", path.display(), e)))?;
    let filename = path.display().to_string();
    exec_source(vm, full, &filename, &text, package_dir, parent)
}

/// Runs module `full`'s source text in a new module object registered in `sys.modules`
/// (removed again if it raises). Modules built into pyjit have no `__file__`.
fn exec_source(
    vm: &mut Vm,
    full: &str,
    filename: &str,
    text: &str,
    package_dir: Option<&Path>,
    parent: Option<&str>,
) -> PyResult<Obj> {
    let module = new_module(full);
    let d = module_dict(&module);
    if !filename.starts_with("<frozen ") {
        dict::set_str_item(&d, "__file__", new_str(filename));
    }
    dict::set_str_item(&d, "__builtins__", Value::Obj(vm.builtins.clone()));
    match package_dir {
        Some(dir) => {
            let path = if dir.as_os_str().is_empty() {
                Vec::new()
            } else {
                vec![new_str(dir.display().to_string())]
            };
            dict::set_str_item(&d, "__path__", new_list(path));
            dict::set_str_item(&d, "__package__", new_str(full));
        }
        None => {
            dict::set_str_item(&d, "__package__", new_str(parent.unwrap_or("")));
        }
    }
    dict::set_str_item(&vm.modules.clone(), full, Value::Obj(module.clone()));
    let source = Rc::new(Source::new(filename, text));
    let result = crate::compile::compile_module(source.clone(), full)
        .map_err(|e| crate::traceback::syntax_error(&e, &source))
        .and_then(|code| crate::interp::call::run_in_namespace(vm, code, d.clone(), None, &[]));
    if let Err(e) = result {
        crate::builtins::dict::del_str(&vm.modules.clone(), &crate::object::intern(full));
        return Err(e);
    }
    // Bind the submodule as an attribute of its package.
    if let Some(p) = parent {
        if let Some(Value::Obj(pm)) = dict::get_by_str(&vm.modules, p) {
            let short = full.rsplit('.').next().unwrap_or(full);
            dict::set_str_item(&module_dict(&pm), short, Value::Obj(module.clone()));
        }
    }
    // The module may have replaced itself in sys.modules.
    match dict::get_by_str(&vm.modules, full) {
        Some(Value::Obj(m)) => Ok(m),
        _ => Ok(module),
    }
}

/// `IMPORT_FROM`: `from module import name`.
pub fn import_from(vm: &mut Vm, module: &Value, name: &Obj) -> PyResult<Value> {
    match ops::attr::get_attr(vm, module, name) {
        Ok(v) => return Ok(v),
        Err(e) if !e.is_instance(&crate::object::exc_types().attribute_error) => return Err(e),
        Err(_) => {}
    }
    let Some(Payload::Module(m)) = module.payload() else {
        return Err(import_error(format!(
            "cannot import name '{}'",
            str_of(name)
        )));
    };
    let mname = str_of(&m.name).to_string();
    let sub = format!("{}.{}", mname, str_of(name));
    if let Some(v) = dict::get_by_str(&vm.modules, &sub) {
        return Ok(v);
    }
    let location = dict::get_by_str(&m.dict, "__file__")
        .and_then(|f| as_str(&f).map(str::to_string))
        .unwrap_or_else(|| "unknown location".to_string());
    let e = import_error(format!(
        "cannot import name '{}' from '{}' ({})",
        str_of(name),
        mname,
        location
    ));
    ops::exc::set_attr_str(&e, "name", new_str(mname));
    Err(e)
}

/// `from module import *`.
pub fn import_star(vm: &mut Vm, module: &Value, target: &Obj) -> PyResult<()> {
    let Some(Payload::Module(m)) = module.payload() else {
        return Ok(());
    };
    let md = m.dict.clone();
    match dict::get_by_str(&md, "__all__") {
        Some(all) => {
            for n in ops::iter::collect(vm, &all)? {
                let name = as_str(&n).unwrap_or("").to_string();
                let v = import_from(vm, module, &crate::object::intern(&name))?;
                dict::set_item(vm, target, n, v)?;
            }
        }
        None => {
            for (k, v) in dict::items(&md) {
                if as_str(&k).is_some_and(|s| !s.starts_with('_')) {
                    dict::set_item(vm, target, k, v)?;
                }
            }
        }
    }
    Ok(())
}

/// Why `-m NAME` found nothing to run.
pub enum MainNotFound {
    /// A one-line error, as `python3 -m` prints it after the program name.
    Message(String),
    /// Importing a parent package raised.
    Raised(PyErr),
}

/// `-m NAME`: the source file to run as `__main__` and the package it belongs to ('' at the
/// top level), searched as CPython's `runpy` does: parent packages are imported (running their
/// `__init__`), and a package runs its `__main__` submodule.
pub fn find_main_module(vm: &mut Vm, name: &str) -> Result<(PathBuf, String), MainNotFound> {
    // Modules built into pyjit have no file to run (CPython would run a frozen Python
    // module's code; pyjit does not).
    if crate::modules::create(vm, name).is_some() || crate::modules::python_source(name).is_some() {
        return Err(MainNotFound::Message(format!(
            "No code object available for {name}"
        )));
    }
    let (parent, short) = match name.rsplit_once('.') {
        Some((p, s)) => (Some(p), s),
        None => (None, name),
    };
    let search = match parent {
        Some(p) => {
            let pm = match load(vm, p) {
                Ok(m) => m,
                Err(e) if e.is_instance(&crate::object::exc_types().import_error) => {
                    let msg = ops::repr::str(vm, &e.value()).unwrap_or_default();
                    let kind = crate::object::type_name(&e.value());
                    return Err(MainNotFound::Message(format!(
                        "Error while finding module specification for '{name}' ({kind}: {msg})"
                    )));
                }
                Err(e) => return Err(MainNotFound::Raised(e)),
            };
            match dict::get_by_str(&module_dict(&pm), "__path__") {
                Some(path) => ops::iter::collect(vm, &path)
                    .map_err(MainNotFound::Raised)?
                    .iter()
                    .filter_map(|v| as_str(v).map(str::to_string))
                    .collect(),
                None => Vec::new(),
            }
        }
        None => sys_path(vm),
    };
    for dir in &search {
        let base = Path::new(dir).join(short);
        if base.join("__init__.py").is_file() {
            load(vm, name).map_err(MainNotFound::Raised)?;
            let main = format!("{name}.__main__");
            return find_main_module(vm, &main).map_err(|e| match e {
                MainNotFound::Message(_) if !base.join("__main__.py").is_file() => {
                    MainNotFound::Message(format!(
                        "No module named {main}; '{name}' is a package and cannot be directly executed"
                    ))
                }
                other => other,
            });
        }
        let file = PathBuf::from(format!("{}.py", base.display()));
        if file.is_file() {
            let file = std::path::absolute(&file).unwrap_or(file);
            return Ok((file, parent.unwrap_or("").to_string()));
        }
    }
    Err(MainNotFound::Message(format!("No module named {name}")))
}
