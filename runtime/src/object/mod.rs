//! Heap objects: what each kind of object holds, and how to make one.
//!
//! An object is a [`heap::HeapObject`] (fixed header with reference count and class pointer, then
//! a [`Payload`]). Behaviour lives elsewhere: operators in `ops/`, methods in `builtins/`.
//! Payloads are immutable or use `Cell`/`RefCell` for the parts Python can mutate.

pub mod class;
pub mod exception;
pub mod function;
pub mod gc;
pub mod heap;
pub mod instance;
pub mod iter;
pub mod str;
pub mod subclass;
pub mod types;

use std::cell::RefCell;
use std::rc::Rc;

use num_bigint::BigInt;

pub use self::heap::Obj;
pub use self::str::PyStr;
pub use self::types::{exc_types, types};
use crate::table::dict_table::DictTable;
use crate::table::set_table::SetTable;
use crate::value::Value;

/// What a heap object holds. The class pointer in the header says which Python class the object
/// belongs to; the payload says how it is laid out (a subclass of `list` still holds a `List`).
pub enum Payload {
    /// A class (`type` instance).
    Class(Box<class::ClassData>),
    Str(PyStr),
    BigInt(BigInt),
    Bytes(Box<[u8]>),
    ByteArray(RefCell<Vec<u8>>),
    List(RefCell<Vec<Value>>),
    Tuple(Box<[Value]>),
    Dict(PyDict),
    Set(RefCell<SetTable<Value>>),
    FrozenSet(SetTable<Value>),
    Range(Range),
    /// A `complex` number.
    Complex(Complex),
    /// A range whose bounds do not fit in an i64.
    BigRange(Box<crate::builtins::range::BigRange>),
    Slice([Value; 3]),
    Function(Box<function::Function>),
    Builtin(Box<function::Builtin>),
    /// A bound method: function and the instance it is bound to.
    Method(Box<(Value, Value)>),
    /// A closure cell; `Value::Null` when empty.
    Cell(RefCell<Value>),
    /// An instance of a user class: attributes in shape-described slots.
    Instance(instance::Instance),
    Module(Box<Module>),
    Exception(Box<exception::ExceptionData>),
    Generator(RefCell<Option<Box<crate::interp::generator::GenState>>>),
    Iter(RefCell<iter::IterState>),
    /// `property(fget, fset, fdel, doc)`.
    Property(Box<Property>),
    /// A `__slots__` member: the attribute name it reads and writes, and the class that
    /// declares it (set once that class exists).
    Member(Obj, std::cell::OnceCell<Obj>),
    StaticMethod(Value),
    ClassMethod(Value),
    Super(Box<(Obj, Value)>),
    DictView(iter::DictViewKind, Obj),
    File(Box<RefCell<crate::builtins::file::FileState>>),
    /// An object of a class defined by a native module (`collections.deque`,
    /// `random.Random`, ...): the module's own data, found again with [`native_ref`].
    Native(Box<dyn NativeData>),
    /// Objects without data: `object()`, `NotImplemented`, `Ellipsis`.
    Empty,
}

// Every heap object is allocated (and built, then copied into its box) at the size of the
// largest payload, so rare big payloads are boxed: a file's 200-byte state once made every
// list, slice and iterator 224 bytes. Growing past this bound costs every allocation.
const _: () = assert!(std::mem::size_of::<Payload>() <= 88);

/// The data of an object whose class a native module defines. Modules keep their state in
/// `Cell`s/`RefCell`s (payloads are shared) and tell the cycle collector what they hold.
pub trait NativeData: std::any::Any {
    /// Whether objects of this kind can hold references, so take part in cycle collection.
    fn is_container(&self) -> bool {
        false
    }
    /// Calls `f` on each object held; false if the data is borrowed at the moment (see
    /// `gc::traverse`).
    fn traverse(&self, _f: &mut dyn FnMut(&Obj)) -> bool {
        true
    }
    /// Moves the references held into `out`, breaking the cycles of an unreachable object.
    fn clear(&self, _out: &mut Vec<Value>) {}
    /// For an iterator, its next item (`Ok(None)` at exhaustion), so `for` loops and
    /// `ops::iter::next` step it without calling `__next__` and raising StopIteration at the
    /// end; `None` for other data. The class's `__next__` must do the same.
    fn next(
        &self,
        _vm: &mut crate::interp::Vm,
        _this: &Value,
    ) -> Option<crate::PyResult<Option<Value>>> {
        None
    }

    /// The object's attribute dict (made on first use), for classes whose objects take
    /// arbitrary attributes (`functools.partial`); None for those that take none. The data's
    /// `traverse`/`clear` must include the dict.
    fn attr_dict(&self) -> Option<&RefCell<Option<Obj>>> {
        None
    }
}

/// The native data of type `T` that `v` holds, if it holds one.
pub fn native_ref<T: NativeData>(v: &Value) -> Option<&T> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Native(d) => (&**d as &dyn std::any::Any).downcast_ref::<T>(),
            _ => None,
        },
        _ => None,
    }
}

/// A new object of class `cls` holding `data`.
pub fn new_native(cls: &Obj, data: impl NativeData) -> Value {
    Value::Obj(Obj::new(cls, Payload::Native(Box::new(data))))
}

/// A complex number's real and imaginary parts.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Complex {
    pub re: f64,
    pub im: f64,
}

/// `range(start, stop, step)`, with a non-zero step, when start, stop, step and the length all
/// fit an i64 (`builtins::range::make` keeps this so; other ranges are `BigRange`s).
#[derive(Clone, Copy, Debug)]
pub struct Range {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

impl Range {
    /// The number of values, exactly.
    fn count(&self) -> i128 {
        let (lo, hi, step) = if self.step > 0 {
            (self.start as i128, self.stop as i128, self.step as i128)
        } else {
            (self.stop as i128, self.start as i128, -(self.step as i128))
        };
        if lo >= hi {
            0
        } else {
            (hi - lo - 1) / step + 1
        }
    }

    pub fn len(&self) -> i64 {
        self.count() as i64
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Whether the length fits an i64, as a stored `Range`'s must.
    pub fn len_fits(&self) -> bool {
        self.count() <= i64::MAX as i128
    }

    pub fn get(&self, i: i64) -> i64 {
        self.start + i * self.step
    }
}

/// A `property`: getter, setter, deleter and doc (indexable as `[Value; 4]`), and the
/// attribute name `__set_name__` gave it (None if it was made outside a class body), which
/// CPython 3.11's error messages use.
#[derive(Clone, Debug)]
pub struct Property {
    pub funcs: [Value; 4],
    pub name: RefCell<Value>,
}

impl Property {
    pub fn new(funcs: [Value; 4]) -> Property {
        Property {
            funcs,
            name: RefCell::new(Value::None),
        }
    }

    /// "property 'x'" or, without a name, "property".
    pub fn describe(&self) -> String {
        match &*self.name.borrow() {
            Value::Obj(n) => format!("property '{}'", str_of(n)),
            _ => "property".to_string(),
        }
    }
}

impl std::ops::Deref for Property {
    type Target = [Value; 4];
    fn deref(&self) -> &[Value; 4] {
        &self.funcs
    }
}

/// A `dict`: an insertion-ordered table. Its keys version (`DictTable::version`) changes
/// whenever a key is added or removed, so an inline cache of a global's *position* stays valid
/// while values are reassigned, as CPython's dict-keys versions do.
#[derive(Default)]
pub struct PyDict {
    pub table: RefCell<DictTable<Value, Value>>,
}

impl PyDict {
    pub fn new() -> PyDict {
        PyDict::default()
    }
}

/// A module: its name and its namespace (a dict object).
pub struct Module {
    pub name: Obj,
    pub dict: Obj,
}

impl Payload {
    /// Moves heap children out so the object can be freed without deep recursion (see
    /// `heap::free`). Only containers that can form long chains need to do anything.
    pub fn drain_children(&mut self, out: &mut Vec<Obj>) {
        match self {
            Payload::List(items) => {
                out.extend(items.get_mut().drain(..).filter_map(Value::into_obj));
            }
            Payload::Tuple(items) => {
                for v in items.iter_mut() {
                    if let Value::Obj(o) = std::mem::replace(v, Value::None) {
                        out.push(o);
                    }
                }
            }
            Payload::Instance(inst) => {
                let slots = inst.slots.get_mut();
                out.extend(slots.values.drain(..).filter_map(Value::into_obj));
                out.extend(slots.dict.take());
                if let Some(members) = slots.members.take() {
                    out.extend(
                        members
                            .into_iter()
                            .flat_map(|(n, v)| [Some(n), v.into_obj()])
                            .flatten(),
                    );
                }
            }
            Payload::Cell(c) => {
                if let Value::Obj(o) = std::mem::replace(c.get_mut(), Value::Null) {
                    out.push(o);
                }
            }
            _ => {}
        }
    }
}

// ---- constructors -------------------------------------------------------------------------

pub fn new_str(s: impl Into<Box<str>>) -> Value {
    Value::Obj(new_str_obj(s))
}

pub fn new_str_obj(s: impl Into<Box<str>>) -> Obj {
    Obj::new(&types().str, Payload::Str(PyStr::new(s.into())))
}

pub fn new_bigint(n: BigInt) -> Value {
    Value::Obj(Obj::new(&types().int, Payload::BigInt(n)))
}

pub fn new_list(items: Vec<Value>) -> Value {
    Value::Obj(Obj::new(&types().list, Payload::List(RefCell::new(items))))
}

pub fn new_tuple(items: Vec<Value>) -> Value {
    if items.is_empty() {
        return Value::Obj(types().empty_tuple.clone());
    }
    Value::Obj(Obj::new(
        &types().tuple,
        Payload::Tuple(items.into_boxed_slice()),
    ))
}

pub fn new_dict() -> Obj {
    Obj::new(&types().dict, Payload::Dict(PyDict::new()))
}

pub fn new_set(table: SetTable<Value>) -> Value {
    Value::Obj(Obj::new(&types().set, Payload::Set(RefCell::new(table))))
}

pub fn new_frozenset(table: SetTable<Value>) -> Value {
    Value::Obj(Obj::new(&types().frozenset, Payload::FrozenSet(table)))
}

pub fn new_bytes(b: impl Into<Box<[u8]>>) -> Value {
    Value::Obj(Obj::new(&types().bytes, Payload::Bytes(b.into())))
}

pub fn new_bytearray(b: Vec<u8>) -> Value {
    Value::Obj(Obj::new(
        &types().bytearray,
        Payload::ByteArray(RefCell::new(b)),
    ))
}

pub fn new_complex(re: f64, im: f64) -> Value {
    Value::Obj(Obj::new(
        &types().complex,
        Payload::Complex(Complex { re, im }),
    ))
}

pub fn new_range(start: i64, stop: i64, step: i64) -> Value {
    Value::Obj(Obj::new(
        &types().range,
        Payload::Range(Range { start, stop, step }),
    ))
}

#[inline]
pub fn new_slice(start: Value, stop: Value, step: Value) -> Value {
    Value::Obj(Obj::new(
        &types().slice,
        Payload::Slice([start, stop, step]),
    ))
}

pub fn new_cell(v: Value) -> Obj {
    Obj::new(&types().cell, Payload::Cell(RefCell::new(v)))
}

pub fn new_method(func: Value, self_: Value) -> Value {
    Value::Obj(Obj::new(
        &types().method,
        Payload::Method(Box::new((func, self_))),
    ))
}

/// A builtin iterator object, of the class its kind has (`list_iterator`, `zip`, ...).
pub fn new_iter(state: iter::IterState) -> Value {
    crate::ops::iter::make_iter(state)
}

pub fn new_module(name: &str) -> Obj {
    let dict = new_dict();
    let m = Obj::new(
        &types().module,
        Payload::Module(Box::new(Module {
            name: new_str_obj(name),
            dict: dict.clone(),
        })),
    );
    crate::builtins::dict::set_str_item(&dict, "__name__", new_str(name));
    m
}

/// Keeps a source file's text alive for tracebacks.
pub type SourceRef = Rc<crate::compile::Source>;

// ---- accessors ----------------------------------------------------------------------------

/// The text of a `str` object ("" for anything else; callers check the type first).
#[inline]
pub fn str_of(o: &Obj) -> &str {
    match &o.payload {
        Payload::Str(s) => s.as_str(),
        _ => "",
    }
}

/// The text of a `str` value.
#[inline]
pub fn as_str(v: &Value) -> Option<&str> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Str(s) => Some(s.as_str()),
            _ => None,
        },
        _ => None,
    }
}

/// The text of a value whose class is exactly `str` (instances of `str` subclasses may
/// override `__str__`, so they go through `str()`).
#[inline]
pub fn exact_str(v: &Value) -> Option<&str> {
    match v {
        Value::Obj(o) if o.class_is_builtin() => match &o.payload {
            Payload::Str(s) => Some(s.as_str()),
            _ => None,
        },
        _ => None,
    }
}

/// The class of any value.
#[inline]
pub fn class_of(v: &Value) -> Obj {
    let t = types();
    match v {
        Value::Null | Value::None => t.none_type.clone(),
        Value::Bool(_) => t.bool_.clone(),
        Value::Int(_) => t.int.clone(),
        Value::Float(_) => t.float.clone(),
        Value::Obj(o) => o.class(),
    }
}

/// The name of a value's class, for error messages (`'int' object is not callable`).
pub fn type_name(v: &Value) -> String {
    class_name(&class_of(v))
}

/// A class's name as error messages give it (CPython's tp_name: see `ClassData::tp_name`).
pub fn class_name(cls: &Obj) -> String {
    class::class_data(cls).tp_name()
}

/// The namespace dict of a module object.
pub fn module_dict(m: &Obj) -> Obj {
    match &m.payload {
        Payload::Module(md) => md.dict.clone(),
        _ => unreachable!("module_dict of a non-module"),
    }
}

/// The version of a dict object (changes on every mutation).
#[inline]
pub fn dict_version(d: &Obj) -> u64 {
    match &d.payload {
        Payload::Dict(pd) => pd.table.borrow().version(),
        _ => 0,
    }
}

thread_local! {
    static INTERNED: RefCell<std::collections::HashMap<Box<str>, Obj>> =
        RefCell::new(std::collections::HashMap::new());
}

/// The unique `str` object for `s`, so that names compare by pointer on the fast path.
pub fn intern(s: &str) -> Obj {
    INTERNED.with(|m| {
        if let Some(o) = m.borrow().get(s) {
            return o.clone();
        }
        let o = new_str_obj(s);
        m.borrow_mut().insert(s.into(), o.clone());
        o
    })
}

pub fn new_function(
    code: Rc<crate::bytecode::Code>,
    globals: Obj,
    defaults: Vec<Value>,
    kwdefaults: Vec<(Obj, Value)>,
    closure: Box<[Obj]>,
    module: Value,
) -> Value {
    let name = code.name.clone();
    let qualname = new_str_obj(code.qualname.as_str());
    let doc = code.docstring.clone();
    Value::Obj(Obj::new(
        &types().function,
        Payload::Function(Box::new(function::Function {
            code,
            globals,
            name: RefCell::new(name),
            qualname: RefCell::new(qualname),
            defaults: RefCell::new(defaults),
            kwdefaults: RefCell::new(kwdefaults),
            closure,
            dict: RefCell::new(None),
            doc: RefCell::new(doc),
            module: RefCell::new(module),
            annotations: RefCell::new(Value::Null),
        })),
    ))
}

/// A native function object.
pub fn new_builtin(
    name: &'static str,
    func: function::NativeFn,
    owner: Option<&'static str>,
) -> Value {
    Value::Obj(Obj::new(
        &types().builtin_function,
        Payload::Builtin(Box::new(function::Builtin {
            name,
            func,
            self_: None,
            owner,
        })),
    ))
}

/// Interned names the runtime looks up often.
pub struct Names {
    pub init: Obj,
    pub new: Obj,
    pub call: Obj,
    pub getattr: Obj,
    pub dict: Obj,
    pub class: Obj,
    pub name: Obj,
}

impl Names {
    pub fn new() -> Names {
        Names {
            init: intern("__init__"),
            new: intern("__new__"),
            call: intern("__call__"),
            getattr: intern("__getattr__"),
            dict: intern("__dict__"),
            class: intern("__class__"),
            name: intern("__name__"),
        }
    }
}

impl Default for Names {
    fn default() -> Self {
        Self::new()
    }
}
