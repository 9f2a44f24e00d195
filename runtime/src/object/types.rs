//! The builtin classes, created once per interpreter thread.
//!
//! Constructors such as `new_str` need the `str` class without threading the interpreter through
//! every call, so the classes live in a thread-local registry. They are created on first use and
//! live as long as the thread; the runtime is single-threaded, and tests that run on several
//! threads get one registry each.

use std::cell::{OnceCell, RefCell};

use super::class::{ClassData, Layout};
use super::instance::Shape;
use super::{Obj, Payload};

pub struct Types {
    pub type_: Obj,
    pub object: Obj,
    pub int: Obj,
    pub bool_: Obj,
    pub float: Obj,
    pub complex: Obj,
    pub none_type: Obj,
    pub str: Obj,
    pub bytes: Obj,
    pub bytearray: Obj,
    pub memoryview: Obj,
    pub list: Obj,
    pub tuple: Obj,
    pub dict: Obj,
    pub set: Obj,
    pub frozenset: Obj,
    pub range: Obj,
    pub slice: Obj,
    pub function: Obj,
    pub builtin_function: Obj,
    pub method: Obj,
    pub cell: Obj,
    pub module: Obj,
    pub generator: Obj,
    pub coroutine: Obj,
    pub async_generator: Obj,
    pub iterator: Obj,
    pub property: Obj,
    pub member_descriptor: Obj,
    pub traceback: Obj,
    pub frame: Obj,
    pub staticmethod: Obj,
    pub classmethod: Obj,
    pub super_: Obj,
    pub dict_keys: Obj,
    pub dict_values: Obj,
    pub dict_items: Obj,
    pub file: Obj,
    pub not_implemented_type: Obj,
    pub ellipsis_type: Obj,
    pub enumerate: Obj,
    pub zip: Obj,
    pub map: Obj,
    pub filter: Obj,
    pub reversed: Obj,
    pub empty_tuple: Obj,
    pub not_implemented: Obj,
    pub ellipsis: Obj,
    pub exc: ExcTypes,
}

macro_rules! exc_types {
    ($root:ident; $($field:ident: $name:literal < $base:ident),* $(,)?) => {
        pub struct ExcTypes {
            pub $root: Obj,
            $(pub $field: Obj,)*
        }

        fn make_exc_types(
            $root: Obj,
            mk: &mut impl FnMut(&str, &[Obj], Layout) -> Obj,
        ) -> ExcTypes {
            $(let $field = mk($name, std::slice::from_ref(&$base), Layout::Exception);)*
            ExcTypes { $root, $($field,)* }
        }
    };
}

exc_types! {
    base_exception;
    exception: "Exception" < base_exception,
    system_exit: "SystemExit" < base_exception,
    keyboard_interrupt: "KeyboardInterrupt" < base_exception,
    generator_exit: "GeneratorExit" < base_exception,
    arithmetic_error: "ArithmeticError" < exception,
    floating_point_error: "FloatingPointError" < arithmetic_error,
    overflow_error: "OverflowError" < arithmetic_error,
    zero_division_error: "ZeroDivisionError" < arithmetic_error,
    assertion_error: "AssertionError" < exception,
    attribute_error: "AttributeError" < exception,
    buffer_error: "BufferError" < exception,
    eof_error: "EOFError" < exception,
    import_error: "ImportError" < exception,
    module_not_found_error: "ModuleNotFoundError" < import_error,
    lookup_error: "LookupError" < exception,
    index_error: "IndexError" < lookup_error,
    key_error: "KeyError" < lookup_error,
    memory_error: "MemoryError" < exception,
    name_error: "NameError" < exception,
    unbound_local_error: "UnboundLocalError" < name_error,
    os_error: "OSError" < exception,
    file_exists_error: "FileExistsError" < os_error,
    file_not_found_error: "FileNotFoundError" < os_error,
    blocking_io_error: "BlockingIOError" < os_error,
    child_process_error: "ChildProcessError" < os_error,
    connection_error: "ConnectionError" < os_error,
    broken_pipe_error: "BrokenPipeError" < connection_error,
    connection_aborted_error: "ConnectionAbortedError" < connection_error,
    connection_refused_error: "ConnectionRefusedError" < connection_error,
    connection_reset_error: "ConnectionResetError" < connection_error,
    interrupted_error: "InterruptedError" < os_error,
    process_lookup_error: "ProcessLookupError" < os_error,
    is_a_directory_error: "IsADirectoryError" < os_error,
    not_a_directory_error: "NotADirectoryError" < os_error,
    permission_error: "PermissionError" < os_error,
    timeout_error: "TimeoutError" < os_error,
    reference_error: "ReferenceError" < exception,
    runtime_error: "RuntimeError" < exception,
    not_implemented_error: "NotImplementedError" < runtime_error,
    recursion_error: "RecursionError" < runtime_error,
    stop_async_iteration: "StopAsyncIteration" < exception,
    stop_iteration: "StopIteration" < exception,
    syntax_error: "SyntaxError" < exception,
    indentation_error: "IndentationError" < syntax_error,
    tab_error: "TabError" < indentation_error,
    system_error: "SystemError" < exception,
    type_error: "TypeError" < exception,
    value_error: "ValueError" < exception,
    unicode_error: "UnicodeError" < value_error,
    unicode_decode_error: "UnicodeDecodeError" < unicode_error,
    unicode_encode_error: "UnicodeEncodeError" < unicode_error,
    unicode_translate_error: "UnicodeTranslateError" < unicode_error,
    warning: "Warning" < exception,
    deprecation_warning: "DeprecationWarning" < warning,
    user_warning: "UserWarning" < warning,
    runtime_warning: "RuntimeWarning" < warning,
    syntax_warning: "SyntaxWarning" < warning,
    future_warning: "FutureWarning" < warning,
    pending_deprecation_warning: "PendingDeprecationWarning" < warning,
    import_warning: "ImportWarning" < warning,
    unicode_warning: "UnicodeWarning" < warning,
    bytes_warning: "BytesWarning" < warning,
    resource_warning: "ResourceWarning" < warning,
    encoding_warning: "EncodingWarning" < warning,
}

impl ExcTypes {
    /// Every exception class, for installing them as builtins.
    pub fn all(&self) -> Vec<&Obj> {
        let mut v = vec![&self.base_exception];
        v.extend([
            &self.exception,
            &self.system_exit,
            &self.keyboard_interrupt,
            &self.generator_exit,
            &self.arithmetic_error,
            &self.floating_point_error,
            &self.overflow_error,
            &self.zero_division_error,
            &self.assertion_error,
            &self.attribute_error,
            &self.buffer_error,
            &self.eof_error,
            &self.import_error,
            &self.module_not_found_error,
            &self.lookup_error,
            &self.index_error,
            &self.key_error,
            &self.memory_error,
            &self.name_error,
            &self.unbound_local_error,
            &self.os_error,
            &self.file_exists_error,
            &self.file_not_found_error,
            &self.blocking_io_error,
            &self.child_process_error,
            &self.connection_error,
            &self.broken_pipe_error,
            &self.connection_aborted_error,
            &self.connection_refused_error,
            &self.connection_reset_error,
            &self.interrupted_error,
            &self.process_lookup_error,
            &self.is_a_directory_error,
            &self.not_a_directory_error,
            &self.permission_error,
            &self.timeout_error,
            &self.reference_error,
            &self.runtime_error,
            &self.not_implemented_error,
            &self.recursion_error,
            &self.stop_async_iteration,
            &self.stop_iteration,
            &self.syntax_error,
            &self.indentation_error,
            &self.tab_error,
            &self.system_error,
            &self.type_error,
            &self.value_error,
            &self.unicode_error,
            &self.unicode_decode_error,
            &self.unicode_encode_error,
            &self.unicode_translate_error,
            &self.warning,
            &self.deprecation_warning,
            &self.user_warning,
            &self.runtime_warning,
            &self.syntax_warning,
            &self.future_warning,
            &self.pending_deprecation_warning,
            &self.import_warning,
            &self.unicode_warning,
            &self.bytes_warning,
            &self.resource_warning,
            &self.encoding_warning,
        ]);
        v
    }
}

fn class_payload(name: &str, bases: Vec<Obj>, layout: Layout, dict: Obj) -> Payload {
    class_payload_of(name, bases, layout, dict, true)
}

fn class_payload_of(
    name: &str,
    bases: Vec<Obj>,
    layout: Layout,
    dict: Obj,
    builtin: bool,
) -> Payload {
    Payload::Class(Box::new(ClassData {
        name: RefCell::new(name.to_string()),
        qualname: RefCell::new(name.to_string()),
        module: RefCell::new("builtins".to_string()),
        bases: RefCell::new(bases),
        mro: RefCell::new(Vec::new()),
        dict,
        layout,
        shape_root: Shape::root(),
        instance_width: std::cell::Cell::new(0),
        // A native subclass declares no attribute slots: its instances have no `__dict__`.
        slots: if builtin { None } else { Some(Vec::new()) },
        builtin,
        subclasses: RefCell::new(Vec::new()),
        memo: RefCell::new(Default::default()),
        finalizer_memo: std::cell::Cell::new((u64::MAX, false)),
    }))
}

/// Makes a builtin class with single inheritance (its MRO is itself plus its base's).
pub fn make_class(name: &str, bases: &[Obj], layout: Layout) -> Obj {
    make_class_with_dict(&types().type_, name, bases, layout, super::new_dict())
}

/// Makes a native class that subclasses builtin type `base` the way a user class statement
/// would (`collections.defaultdict` is a `dict` subclass): its instances hold `base`'s payload
/// with this class and no `__dict__` (their state lives in `object::subclass`'s side table),
/// and the runtime's operations reach its native dunder methods as they reach a user
/// subclass's.
pub fn make_native_subclass(name: &str, base: &Obj) -> Obj {
    let bases = std::slice::from_ref(base);
    let cls = Obj::new(
        &types().type_,
        class_payload_of(
            name,
            bases.to_vec(),
            Layout::Builtin,
            super::new_dict(),
            false,
        ),
    );
    set_linear_mro(&cls, bases);
    cls
}

fn make_class_with_dict(type_: &Obj, name: &str, bases: &[Obj], layout: Layout, dict: Obj) -> Obj {
    let cls = Obj::new(type_, class_payload(name, bases.to_vec(), layout, dict));
    set_linear_mro(&cls, bases);
    cls
}

fn set_linear_mro(cls: &Obj, bases: &[Obj]) {
    let mut mro = vec![cls.clone()];
    if let Some(b) = bases.first() {
        mro.extend(super::class::class_data(b).mro.borrow().iter().cloned());
    }
    *super::class::class_data(cls).mro.borrow_mut() = mro;
}

thread_local! {
    static TYPES: OnceCell<&'static Types> = const { OnceCell::new() };
}

/// The builtin classes of this thread (created on first use).
#[inline]
pub fn types() -> &'static Types {
    TYPES.with(|t| *t.get_or_init(|| Box::leak(Box::new(create()))))
}

#[inline]
pub fn exc_types() -> &'static ExcTypes {
    &types().exc
}

/// A dict made before the `dict` class exists: its class is itself until `create` re-classes it.
fn bootstrap_dict() -> Obj {
    Obj::new_self_classed(Payload::Dict(super::PyDict::new()))
}

/// Bootstraps the class hierarchy. `type` is its own class, every class needs a namespace dict,
/// and the `dict` class is itself a class: so the first dicts are made self-classed and given
/// their real class once `dict` exists.
fn create() -> Types {
    let type_ = Obj::new_self_classed(class_payload(
        "type",
        vec![],
        Layout::Builtin,
        bootstrap_dict(),
    ));
    let mut made = vec![type_.clone()];
    let mut mk = |name: &str, bases: &[Obj], layout: Layout| {
        let c = make_class_with_dict(&type_, name, bases, layout, bootstrap_dict());
        made.push(c.clone());
        c
    };
    let object = mk("object", &[], Layout::Instance);
    *super::class::class_data(&type_).bases.borrow_mut() = vec![object.clone()];
    set_linear_mro(&type_, std::slice::from_ref(&object));
    let o = std::slice::from_ref(&object);
    let int = mk("int", o, Layout::Builtin);
    let bool_ = mk("bool", std::slice::from_ref(&int), Layout::Builtin);
    let tuple = mk("tuple", o, Layout::Builtin);
    let not_implemented_type = mk("NotImplementedType", o, Layout::Builtin);
    let ellipsis_type = mk("ellipsis", o, Layout::Builtin);
    let base_exception = mk("BaseException", o, Layout::Exception);
    let exc = make_exc_types(base_exception, &mut mk);
    let t = Types {
        float: mk("float", o, Layout::Builtin),
        complex: mk("complex", o, Layout::Builtin),
        str: mk("str", o, Layout::Builtin),
        none_type: mk("NoneType", o, Layout::Builtin),
        bytes: mk("bytes", o, Layout::Builtin),
        bytearray: mk("bytearray", o, Layout::Builtin),
        memoryview: mk("memoryview", o, Layout::Builtin),
        list: mk("list", o, Layout::Builtin),
        dict: mk("dict", o, Layout::Builtin),
        set: mk("set", o, Layout::Builtin),
        frozenset: mk("frozenset", o, Layout::Builtin),
        range: mk("range", o, Layout::Builtin),
        slice: mk("slice", o, Layout::Builtin),
        function: mk("function", o, Layout::Builtin),
        builtin_function: mk("builtin_function_or_method", o, Layout::Builtin),
        method: mk("method", o, Layout::Builtin),
        cell: mk("cell", o, Layout::Builtin),
        module: mk("module", o, Layout::Builtin),
        generator: mk("generator", o, Layout::Builtin),
        coroutine: mk("coroutine", o, Layout::Builtin),
        async_generator: mk("async_generator", o, Layout::Builtin),
        iterator: mk("iterator", o, Layout::Builtin),
        property: mk("property", o, Layout::Builtin),
        member_descriptor: mk("member_descriptor", o, Layout::Builtin),
        traceback: mk("traceback", o, Layout::Instance),
        frame: mk("frame", o, Layout::Instance),
        staticmethod: mk("staticmethod", o, Layout::Builtin),
        classmethod: mk("classmethod", o, Layout::Builtin),
        super_: mk("super", o, Layout::Builtin),
        dict_keys: mk("dict_keys", o, Layout::Builtin),
        dict_values: mk("dict_values", o, Layout::Builtin),
        dict_items: mk("dict_items", o, Layout::Builtin),
        file: mk("TextIOWrapper", o, Layout::Builtin),
        enumerate: mk("enumerate", o, Layout::Builtin),
        zip: mk("zip", o, Layout::Builtin),
        map: mk("map", o, Layout::Builtin),
        filter: mk("filter", o, Layout::Builtin),
        reversed: mk("reversed", o, Layout::Builtin),
        empty_tuple: Obj::new(&tuple, Payload::Tuple(Box::new([]))),
        not_implemented: Obj::new(&not_implemented_type, Payload::Empty),
        ellipsis: Obj::new(&ellipsis_type, Payload::Empty),
        not_implemented_type,
        ellipsis_type,
        tuple,
        int,
        bool_,
        exc,
        type_,
        object,
    };
    for c in &made {
        super::class::class_data(c).dict.set_class(&t.dict);
    }
    t
}
