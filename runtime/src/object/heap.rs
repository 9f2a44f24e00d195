//! The heap-object pointer: one of the few modules allowed `unsafe`.
//!
//! Every heap object is a [`HeapObject`]: a `#[repr(C)]` header followed by its payload. The
//! header's layout is fixed so that compiled code can read and write it directly:
//!
//! | offset | field    | meaning                                                      |
//! |--------|----------|--------------------------------------------------------------|
//! | 0      | `refcnt` | number of [`Obj`] handles alive (non-atomic)                 |
//! | 8      | `class`  | pointer to the object's class, itself a `HeapObject`         |
//!
//! Invariants (everything else in the crate relies on them and stays safe):
//! 1. A `HeapObject` is only ever allocated by [`Obj::new`] through `Box`, and freed by the `Drop`
//!    of the last [`Obj`]; `refcnt` equals the number of live `Obj` handles to it.
//! 2. The runtime is single-threaded: `Obj` is neither `Send` nor `Sync` (it holds a raw
//!    pointer), so the non-atomic count is never raced.
//! 3. `class` is an owned reference: creating an object increments its class's count and freeing
//!    it decrements it. The root class `type` is its own class; that self-reference is set up by
//!    [`Obj::new_self_classed`] and keeps `type` alive for the whole process, as in CPython.
//! 4. Payloads are immutable or use interior mutability (`Cell`/`RefCell`), so `&HeapObject`
//!    handed out by [`Obj::deref`] never aliases a `&mut`.

use std::cell::Cell;
use std::fmt;
use std::ptr::NonNull;

use super::Payload;

/// The fixed header of every heap object (see the module doc for offsets).
#[repr(C)]
pub struct ObjHeader {
    refcnt: Cell<usize>,
    class: Cell<*const HeapObject>,
}

/// A heap object: header, then payload.
#[repr(C)]
pub struct HeapObject {
    header: ObjHeader,
    pub payload: Payload,
}

/// Byte offset of the reference count in a heap object, for compiled code.
pub const REFCNT_OFFSET: usize = 0;
/// Byte offset of the class pointer in a heap object, for compiled code.
pub const CLASS_OFFSET: usize = 8;

/// An owned, reference-counted handle to a heap object.
pub struct Obj(NonNull<HeapObject>);

impl Obj {
    /// Allocates an object of class `class` holding `payload`.
    pub fn new(class: &Obj, payload: Payload) -> Obj {
        class.incref();
        let boxed = Box::new(HeapObject {
            header: ObjHeader {
                refcnt: Cell::new(1),
                class: Cell::new(class.0.as_ptr()),
            },
            payload,
        });
        // SAFETY: Box::into_raw never returns null.
        Obj(unsafe { NonNull::new_unchecked(Box::into_raw(boxed)) })
    }

    /// Allocates the root metaclass, whose class is itself. It is never freed (invariant 3).
    pub fn new_self_classed(payload: Payload) -> Obj {
        let boxed = Box::new(HeapObject {
            header: ObjHeader {
                refcnt: Cell::new(2), // the returned handle plus the self-reference
                class: Cell::new(std::ptr::null()),
            },
            payload,
        });
        let ptr = Box::into_raw(boxed);
        // SAFETY: ptr was just allocated and is valid; nothing else refers to it yet.
        unsafe { (*ptr).header.class.set(ptr) };
        // SAFETY: Box::into_raw never returns null.
        Obj(unsafe { NonNull::new_unchecked(ptr) })
    }

    #[inline]
    fn header(&self) -> &ObjHeader {
        // SAFETY: the object is alive while this handle exists (invariant 1).
        unsafe { &self.0.as_ref().header }
    }

    #[inline]
    fn incref(&self) {
        let h = self.header();
        h.refcnt.set(h.refcnt.get() + 1);
    }

    /// The object's class.
    #[inline]
    pub fn class(&self) -> Obj {
        let ptr = self.header().class.get();
        // SAFETY: the class pointer is an owned reference held by this object (invariant 3), so
        // the class is alive; the new handle accounts for itself by incrementing the count.
        let class = Obj(unsafe { NonNull::new_unchecked(ptr as *mut HeapObject) });
        class.incref();
        class
    }

    /// Whether the object's class is a builtin class (no reference count traffic).
    #[inline]
    pub fn class_is_builtin(&self) -> bool {
        // SAFETY: the class is alive while this object holds its reference (invariant 3); the
        // borrow of its payload ends before this function returns.
        match unsafe { &(*self.header().class.get()).payload } {
            Payload::Class(c) => c.builtin,
            _ => true,
        }
    }

    /// The address of the object's class (for inline caches; no reference count traffic).
    #[inline]
    pub fn class_addr(&self) -> usize {
        self.header().class.get() as usize
    }

    /// Whether the object's class is exactly `class` (no reference count traffic).
    #[inline]
    pub fn class_is(&self, class: &Obj) -> bool {
        std::ptr::eq(self.header().class.get(), class.0.as_ptr())
    }

    /// Replaces the object's class (`obj.__class__ = C`).
    pub fn set_class(&self, class: &Obj) {
        let old = self.class();
        class.incref();
        self.header().class.set(class.0.as_ptr());
        // Release the reference the header held on the old class; `old` itself drops below.
        // SAFETY: the header's reference is an owned count (invariant 3) being given up here.
        drop(Obj(old.0));
        drop(old);
    }

    /// Identity: the object's address, as `id()` reports it.
    #[inline]
    pub fn addr(&self) -> usize {
        self.0.as_ptr() as usize
    }

    #[inline]
    pub fn is(&self, other: &Obj) -> bool {
        self.0 == other.0
    }

    /// The current reference count (for `sys.getrefcount` and tests).
    pub fn refcount(&self) -> usize {
        self.header().refcnt.get()
    }
}

impl std::ops::Deref for Obj {
    type Target = HeapObject;
    #[inline]
    fn deref(&self) -> &HeapObject {
        // SAFETY: alive while the handle exists (invariant 1); shared access only (invariant 4).
        unsafe { self.0.as_ref() }
    }
}

impl Clone for Obj {
    #[inline]
    fn clone(&self) -> Obj {
        self.incref();
        Obj(self.0)
    }
}

impl Drop for Obj {
    #[inline]
    fn drop(&mut self) {
        let h = self.header();
        let n = h.refcnt.get() - 1;
        h.refcnt.set(n);
        if n == 0 {
            free(self.0);
        }
    }
}

/// Frees an object whose count reached zero. Containers (a linked list built from tuples or
/// lists) would recurse deeply in `Drop`, so their children are moved onto an explicit work list
/// and freed iteratively; the list allocates only when there are heap children.
#[inline(never)]
fn free(ptr: NonNull<HeapObject>) {
    let mut children: Vec<Obj> = Vec::new();
    free_one(ptr, &mut children);
    while let Some(child) = children.pop() {
        if child.refcount() == 1 {
            let p = child.0;
            std::mem::forget(child);
            free_one(p, &mut children);
        } else {
            drop(child);
        }
    }
}

fn free_one(ptr: NonNull<HeapObject>, children: &mut Vec<Obj>) {
    // A suspended generator must run its `finally` blocks before it goes: it is kept alive
    // (count back to one, owned by the finalization queue) until the interpreter closes it.
    // SAFETY: the object is still allocated; only its payload is read.
    if crate::interp::generator::needs_finalization(unsafe { &ptr.as_ref().payload }) {
        // SAFETY: as above; the new handle owns the count set here (invariant 1).
        unsafe { ptr.as_ref().header.refcnt.set(1) };
        crate::interp::generator::defer_finalization(Obj(ptr));
        return;
    }
    // SAFETY: the count is zero (or the caller owns the last handle and forgot it), so this is
    // the last reference (invariant 1); the pointer came from Box::into_raw in Obj::new.
    let mut boxed = unsafe { Box::from_raw(ptr.as_ptr()) };
    let class = boxed.header.class.get();
    // SAFETY: the class is alive: this object still holds its reference (invariant 3).
    if let Payload::Class(c) = unsafe { &(*class).payload } {
        if !c.builtin && c.layout == super::class::Layout::Builtin {
            super::subclass::forget(ptr.as_ptr() as usize);
        }
    }
    boxed.payload.drain_children(children);
    drop(boxed);
    // Release the class reference held by the header (invariant 3).
    // SAFETY: `class` is an owned reference and non-null for every freed object.
    drop(Obj(unsafe {
        NonNull::new_unchecked(class as *mut HeapObject)
    }));
}

impl fmt::Debug for Obj {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "<obj {:#x}>", self.addr())
    }
}
