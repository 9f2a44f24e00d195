//! Classes: name, bases, C3 method resolution order, namespace, and instance layout.
//!
//! Attribute lookup walks the MRO; inline caches remember the result keyed by the *type epoch*,
//! a global counter bumped whenever any class namespace or hierarchy changes after creation. One
//! counter is coarser than CPython's per-type version tags but is a single compare on the fast
//! path, and programs rarely mutate classes once they are running.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::instance::Shape;
use super::{Obj, Payload};
use crate::value::Value;

/// How instances of a class are laid out, inherited from the nearest builtin base.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    /// Plain instances: attributes in shape-described slots.
    Instance,
    /// Exception instances (`BaseException` and subclasses).
    Exception,
    /// A builtin type whose instances are made by its own constructor only (int, str, list...).
    Builtin,
}

pub struct ClassData {
    pub name: RefCell<String>,
    pub qualname: RefCell<String>,
    /// `__module__`.
    pub module: RefCell<String>,
    pub bases: RefCell<Vec<Obj>>,
    pub mro: RefCell<Vec<Obj>>,
    /// The class namespace: a dict object.
    pub dict: Obj,
    pub layout: Layout,
    /// Root of the shape tree for instances.
    pub shape_root: Rc<Shape>,
    /// The most attributes an instance of the class has been seen to have: new instances get
    /// room for that many, so that adding them does not reallocate (and compiled code adds
    /// them in place, which it does only while there is room).
    pub instance_width: std::cell::Cell<usize>,
    /// Names allowed by `__slots__`, when the class (and all its bases) declare them.
    pub slots: Option<Vec<Obj>>,
    /// Whether this is a builtin class (its attributes cannot be set).
    pub builtin: bool,
    /// Classes that name this one as a direct base (`__subclasses__`).
    pub subclasses: RefCell<Vec<Obj>>,
    /// Results of recent MRO lookups, valid for one type epoch (see `lookup`).
    pub memo: RefCell<LookupMemo>,
    /// Whether instances have a `__del__`, and the type epoch that answer is for: checked on
    /// every free of an instance, so kept apart from `memo`.
    pub finalizer_memo: std::cell::Cell<(u64, bool)>,
}

/// A small per-class memo of MRO lookups: special methods (`__init__`, `__eq__`,
/// `__getattribute__`, ...) are looked up on every operation on an instance, and walking the
/// MRO each time dominates otherwise. Cleared when the type epoch moves.
#[derive(Default)]
pub struct LookupMemo {
    epoch: u64,
    entries: Vec<(Obj, Option<Value>)>,
}

/// Names remembered per class at most; beyond this, lookups just walk the MRO.
const MEMO_LIMIT: usize = 48;

impl LookupMemo {
    fn get(&self, epoch: u64, name: &str) -> Option<Option<Value>> {
        if self.epoch != epoch {
            return None;
        }
        self.entries
            .iter()
            .find(|(n, _)| super::str_of(n) == name)
            .map(|(_, v)| v.clone())
    }

    /// Like `get`, for an interned name: pointer comparison first.
    fn get_obj(&self, epoch: u64, name: &Obj) -> Option<Option<Value>> {
        if self.epoch != epoch {
            return None;
        }
        if let Some((_, v)) = self.entries.iter().find(|(n, _)| n.is(name)) {
            return Some(v.clone());
        }
        self.get(epoch, super::str_of(name))
    }

    fn put(&mut self, epoch: u64, name: Obj, v: Option<Value>) {
        if self.epoch != epoch {
            self.epoch = epoch;
            self.entries.clear();
        }
        if self.entries.len() < MEMO_LIMIT {
            self.entries.push((name, v));
        }
    }
}

thread_local! {
    static TYPE_EPOCH: Cell<u64> = const { Cell::new(1) };
}

/// The current type epoch (see the module doc).
#[inline]
pub fn type_epoch() -> u64 {
    TYPE_EPOCH.with(|e| e.get())
}

/// The address of this thread's type epoch, for compiled code that checks it in place.
pub fn type_epoch_addr() -> usize {
    TYPE_EPOCH.with(|e| e as *const Cell<u64> as usize)
}

/// Invalidates every cached class-attribute lookup.
pub fn bump_type_epoch() {
    TYPE_EPOCH.with(|e| e.set(e.get() + 1));
}

impl ClassData {
    pub fn name_str(&self) -> String {
        self.name.borrow().clone()
    }

    /// The name error messages use, CPython's `tp_name`: a builtin class that a module other
    /// than `builtins` defines is named with its module (`itertools.count`), as C types are.
    pub fn tp_name(&self) -> String {
        let module = self.module.borrow();
        let name = self.name.borrow();
        // (A class may carry its tp_name as its name already: see `__name__` in ops::attr.)
        let qualified = name.len() > module.len()
            && name.starts_with(module.as_str())
            && name.as_bytes()[module.len()] == b'.';
        if self.builtin && *module != "builtins" && !qualified {
            format!("{module}.{}", self.name.borrow())
        } else {
            self.name_str()
        }
    }
}

/// The class data of a class object. Panics if `cls` is not a class: callers check first.
pub fn class_data(cls: &Obj) -> &ClassData {
    match &cls.payload {
        Payload::Class(c) => c,
        _ => unreachable!("class_data on a non-class"),
    }
}

pub fn is_class(v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::Class(_)))
}

/// Looks `name` up along the MRO of `cls`, without descriptors or instance attributes.
pub fn lookup(cls: &Obj, name: &Obj) -> Option<Value> {
    let data = class_data(cls);
    let epoch = type_epoch();
    if let Some(v) = data.memo.borrow().get_obj(epoch, name) {
        return v;
    }
    let v = walk_mro(data, name);
    data.memo.borrow_mut().put(epoch, name.clone(), v.clone());
    v
}

fn walk_mro(data: &ClassData, name: &Obj) -> Option<Value> {
    for c in data.mro.borrow().iter() {
        if let Some(v) = crate::builtins::dict::get_str(&class_data(c).dict, name) {
            return Some(v);
        }
    }
    None
}

/// Looks up a name given as Rust text (for dunder methods named by the runtime).
pub fn lookup_str(cls: &Obj, name: &str) -> Option<Value> {
    let data = class_data(cls);
    let epoch = type_epoch();
    if let Some(v) = data.memo.borrow().get(epoch, name) {
        return v;
    }
    let name = super::intern(name);
    let v = walk_mro(data, &name);
    data.memo.borrow_mut().put(epoch, name, v.clone());
    v
}

/// Whether instances of a user class have a `__del__` method.
pub fn has_finalizer(data: &ClassData) -> bool {
    if data.builtin {
        return false;
    }
    let epoch = type_epoch();
    let (at, answer) = data.finalizer_memo.get();
    if at == epoch {
        return answer;
    }
    let answer = walk_mro(data, &super::intern("__del__")).is_some();
    data.finalizer_memo.set((epoch, answer));
    answer
}

/// Whether `cls` is `base` or inherits from it.
pub fn is_subclass(cls: &Obj, base: &Obj) -> bool {
    if cls.is(base) {
        return true;
    }
    match &cls.payload {
        Payload::Class(c) => c.mro.borrow().iter().any(|m| m.is(base)),
        _ => false,
    }
}

/// C3 linearisation of `cls` given its bases. `Err` carries the message for TypeError.
pub fn compute_mro(cls: &Obj, bases: &[Obj]) -> Result<Vec<Obj>, String> {
    for (i, b) in bases.iter().enumerate() {
        if bases[..i].iter().any(|x| x.is(b)) {
            return Err(format!("duplicate base class {}", class_data(b).name_str()));
        }
    }
    let mut seqs: Vec<Vec<Obj>> = bases
        .iter()
        .map(|b| class_data(b).mro.borrow().clone())
        .collect();
    seqs.push(bases.to_vec());
    let mut result = vec![cls.clone()];
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(result);
        }
        let mut found = None;
        for s in &seqs {
            let head = &s[0];
            if !seqs.iter().any(|t| t[1..].iter().any(|x| x.is(head))) {
                found = Some(head.clone());
                break;
            }
        }
        let Some(head) = found else {
            let mut names: Vec<String> = Vec::new();
            for s in &seqs {
                let n = class_data(&s[0]).name_str();
                if !names.contains(&n) {
                    names.push(n);
                }
            }
            return Err(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            ));
        };
        for s in seqs.iter_mut() {
            if s[0].is(&head) {
                s.remove(0);
            }
        }
        result.push(head);
    }
}
