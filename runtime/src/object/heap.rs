//! The heap-object pointer: one of the few modules allowed `unsafe`.
//!
//! Every heap object is a [`HeapObject`]: a `#[repr(C)]` header followed by its payload. The
//! header's layout is fixed so that compiled code can read and write it directly:
//!
//! | offset | field      | meaning                                                    |
//! |--------|------------|------------------------------------------------------------|
//! | 0      | `refcnt`   | number of [`Obj`] handles alive (u32, non-atomic)          |
//! | 4      | `gc_index` | index in the cycle collector's registry, or `UNTRACKED`    |
//! | 8      | `class`    | pointer to the object's class, itself a `HeapObject`       |
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
//! 5. Container objects (`gc::is_container`) are in the registry `TRACKED` from allocation to
//!    freeing, at position `gc_index`; every other object has `gc_index == UNTRACKED`.
//!
//! The cycle collector ([`collect`]) works on the registry: an object whose count exceeds the
//! references held by other tracked objects is referenced from outside (a frame, a Rust local,
//! an untracked object) and is reachable, with everything it references. The rest is garbage:
//! it is kept alive while `gc::clear` empties it, which breaks its cycles, and is then freed
//! through the ordinary counts. `gc::traverse` may under-report references (the object then
//! merely looks reachable) but never over-reports, so nothing live is ever freed.

use std::cell::{Cell, RefCell};
use std::fmt;
use std::ptr::NonNull;

use super::Payload;

/// The fixed header of every heap object (see the module doc for offsets).
#[repr(C)]
pub struct ObjHeader {
    refcnt: Cell<u32>,
    gc_index: Cell<u32>,
    class: Cell<*const HeapObject>,
}

/// `gc_index` of objects the cycle collector does not track.
const UNTRACKED: u32 = u32::MAX;

/// A heap object: header, then payload.
#[repr(C)]
pub struct HeapObject {
    header: ObjHeader,
    pub payload: Payload,
}

/// Byte offset of the reference count in a heap object, for compiled code.
pub const REFCNT_OFFSET: usize = 0;
/// Byte offset of the cycle collector's index in a heap object.
pub const GC_INDEX_OFFSET: usize = 4;
/// Byte offset of the class pointer in a heap object, for compiled code.
pub const CLASS_OFFSET: usize = 8;

/// An owned, reference-counted handle to a heap object.
pub struct Obj(NonNull<HeapObject>);

impl Obj {
    /// Allocates an object of class `class` holding `payload`.
    pub fn new(class: &Obj, payload: Payload) -> Obj {
        class.incref();
        let tracked = super::gc::is_container(&payload) || is_builtin_subclass(class);
        let mut boxed = Box::<HeapObject>::new_uninit();
        let p = boxed.as_mut_ptr();
        // SAFETY: `p` is a fresh allocation for a HeapObject; both fields are written before
        // `assume_init`. The payload is moved in word by word (it is a multiple of 8 bytes,
        // 8-aligned) and then forgotten, so it is owned once. Why words: the caller has just
        // written the payload with 8-byte stores, and a 16-byte copy of them cannot be
        // forwarded from the store buffer; it stalled on every allocation (40% of this
        // function's time in fannkuch).
        let boxed = unsafe {
            std::ptr::addr_of_mut!((*p).header).write(ObjHeader {
                refcnt: Cell::new(1),
                gc_index: Cell::new(UNTRACKED),
                class: Cell::new(class.0.as_ptr()),
            });
            let src = &payload as *const Payload as *const u64;
            let dst = std::ptr::addr_of_mut!((*p).payload) as *mut u64;
            for i in 0..std::mem::size_of::<Payload>() / 8 {
                dst.add(i).write(src.add(i).read_volatile());
            }
            std::mem::forget(payload);
            boxed.assume_init()
        };
        // SAFETY: Box::into_raw never returns null.
        let obj = Obj(unsafe { NonNull::new_unchecked(Box::into_raw(boxed)) });
        if tracked {
            track(&obj);
        }
        obj
    }

    /// Allocates the root metaclass, whose class is itself. It is never freed (invariant 3).
    pub fn new_self_classed(payload: Payload) -> Obj {
        let boxed = Box::new(HeapObject {
            header: ObjHeader {
                refcnt: Cell::new(2), // the returned handle plus the self-reference
                gc_index: Cell::new(UNTRACKED),
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
        if is_builtin_subclass(class) && self.header().gc_index.get() == UNTRACKED {
            track(self);
        }
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
        self.header().refcnt.get() as usize
    }

    /// The collector's index of this object, if it is a tracked container.
    #[inline]
    pub fn gc_index(&self) -> Option<usize> {
        let i = self.header().gc_index.get();
        (i != UNTRACKED).then_some(i as usize)
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
    // A suspended generator must run its `finally` blocks, and an object with `__del__` its
    // finaliser, before it goes: it is kept alive (count back to one, owned by the
    // finalisation queue) until the interpreter has finalised it (see `interp::finalize`).
    // SAFETY: the object is still allocated, and so is its class, which it references
    // (invariant 3); only their payloads are read.
    let (payload, class) = unsafe {
        (
            &ptr.as_ref().payload,
            &(*ptr.as_ref().header.class.get()).payload,
        )
    };
    if crate::interp::finalize::intercept_free(payload, class, ptr.as_ptr() as usize) {
        // SAFETY: as above; the new handle owns the count set here (invariant 1).
        unsafe { ptr.as_ref().header.refcnt.set(1) };
        crate::interp::finalize::defer(Obj(ptr));
        return;
    }
    // SAFETY: the count is zero (or the caller owns the last handle and forgot it), so this is
    // the last reference (invariant 1); the pointer came from Box::into_raw in Obj::new.
    let mut boxed = unsafe { Box::from_raw(ptr.as_ptr()) };
    untrack(&boxed.header);
    let class = boxed.header.class.get();
    // SAFETY: the class is alive: this object still holds its reference (invariant 3).
    // SAFETY: as above.
    if unsafe { is_builtin_subclass_instance(ptr) } {
        super::subclass::forget(ptr.as_ptr() as usize);
    }
    boxed.payload.drain_children(children);
    drop(boxed);
    // Release the class reference held by the header (invariant 3).
    // SAFETY: `class` is an owned reference and non-null for every freed object.
    drop(Obj(unsafe {
        NonNull::new_unchecked(class as *mut HeapObject)
    }));
}

/// Whether `class` is a user subclass of a builtin type. Its instances may refer to anything
/// through their attributes (kept in `subclass`'s side tables), so the collector tracks them
/// all, whatever their builtin contents.
fn is_builtin_subclass(class: &Obj) -> bool {
    is_builtin_subclass_payload(&class.payload)
}

fn is_builtin_subclass_payload(class: &Payload) -> bool {
    matches!(class, Payload::Class(c) if !c.builtin && c.layout == super::class::Layout::Builtin)
}

/// Whether the object at `ptr` is an instance of a user subclass of a builtin type, which
/// may have entries in `subclass`'s side tables.
///
/// # Safety
/// `ptr` points at a live object (whose class is alive, invariant 3).
unsafe fn is_builtin_subclass_instance(ptr: NonNull<HeapObject>) -> bool {
    let class = unsafe { ptr.as_ref().header.class.get() };
    is_builtin_subclass_payload(unsafe { &(*class).payload })
}

impl fmt::Debug for Obj {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "<obj {:#x}>", self.addr())
    }
}

// ---- the cycle collector's registry -----------------------------------------------------------

thread_local! {
    /// Every tracked container (invariant 5).
    static TRACKED: RefCell<Vec<NonNull<HeapObject>>> = const { RefCell::new(Vec::new()) };
    /// Tracked allocations since the last collection, and how many trigger the next one.
    static ALLOCATED: Cell<usize> = const { Cell::new(0) };
    static THRESHOLD: Cell<usize> = const { Cell::new(MIN_THRESHOLD) };
    static COLLECTING: Cell<bool> = const { Cell::new(false) };
    /// `gc.disable()` turns automatic collection off (explicit `gc.collect()` still runs).
    static ENABLED: Cell<bool> = const { Cell::new(true) };
}

/// Turns automatic collection on or off (`gc.enable()` / `gc.disable()`).
pub fn set_collection_enabled(on: bool) {
    ENABLED.with(|e| e.set(on));
}

pub fn collection_enabled() -> bool {
    ENABLED.with(|e| e.get())
}

/// Collections happen after at least this many container allocations, and at least
/// `LIVE_FACTOR` times as many as there were live containers after the previous collection, so
/// their cost, proportional to the live containers, stays a constant fraction of a traversal
/// per allocation. Only cyclic garbage waits for a collection (reference counting frees the
/// rest at once), so the factor bounds how much of it can build up between collections, while
/// programs that allocate many long-lived objects do not traverse them all again and again.
const MIN_THRESHOLD: usize = 20_000;
const LIVE_FACTOR: usize = 4;

fn track(obj: &Obj) {
    TRACKED.with(|t| {
        let mut t = t.borrow_mut();
        obj.header().gc_index.set(t.len() as u32);
        t.push(obj.0);
    });
    let n = ALLOCATED.with(|a| {
        let n = a.get() + 1;
        a.set(n);
        n
    });
    if n >= THRESHOLD.with(|t| t.get())
        && !COLLECTING.with(|c| c.get())
        && ENABLED.with(|e| e.get())
    {
        collect();
    }
}

fn untrack(header: &ObjHeader) {
    let i = header.gc_index.get();
    if i == UNTRACKED {
        return;
    }
    TRACKED.with(|t| {
        let mut t = t.borrow_mut();
        t.swap_remove(i as usize);
        if let Some(moved) = t.get(i as usize) {
            // SAFETY: registered objects are alive (invariant 5).
            unsafe { moved.as_ref().header.gc_index.set(i) };
        }
    });
}

/// Finds unreachable reference cycles among the tracked containers and frees them (see the
/// module doc). Returns the number of objects found unreachable.
pub fn collect() -> usize {
    if COLLECTING.with(|c| c.replace(true)) {
        return 0;
    }
    ALLOCATED.with(|a| a.set(0));
    let objs: Vec<NonNull<HeapObject>> = TRACKED.with(|t| t.borrow().clone());
    let n = objs.len();
    // SAFETY (for the derefs below): every registered object is alive until it is freed, and
    // nothing is freed before the garbage is held (invariant 5).
    let payload = |i: usize| unsafe { &objs[i].as_ref().payload };
    let mut gc_refs: Vec<i64> = objs
        .iter()
        .map(|p| unsafe { p.as_ref().header.refcnt.get() } as i64)
        .collect();
    // Instances of user subclasses of builtin types also refer to what the side tables keep
    // for them (see `subclass`).
    // SAFETY: as for `payload`.
    let side = |i: usize| unsafe { is_builtin_subclass_instance(objs[i]) };
    let traverse = |i: usize, f: &mut dyn FnMut(&Obj)| {
        if side(i) {
            super::subclass::visit(objs[i].as_ptr() as usize, f);
        }
        super::gc::traverse(payload(i), f)
    };
    let mut roots = vec![false; n];
    for (i, root) in roots.iter_mut().enumerate() {
        let complete = traverse(i, &mut |child: &Obj| {
            if let Some(j) = child.gc_index() {
                gc_refs[j] -= 1;
            }
        });
        // A container whose contents are borrowed right now cannot be inspected: it counts as
        // reachable (and its unseen references keep its children reachable).
        *root = !complete;
    }
    let mut reachable = vec![false; n];
    let mut stack: Vec<usize> = (0..n).filter(|&i| roots[i] || gc_refs[i] > 0).collect();
    while let Some(i) = stack.pop() {
        if reachable[i] {
            continue;
        }
        reachable[i] = true;
        traverse(i, &mut |child: &Obj| {
            if let Some(j) = child.gc_index() {
                if !reachable[j] {
                    stack.push(j);
                }
            }
        });
    }
    // Hold the garbage so nothing is freed while its cycles are being broken.
    let garbage: Vec<Obj> = (0..n)
        .filter(|&i| !reachable[i])
        .map(|i| {
            let o = Obj(objs[i]);
            o.incref();
            o
        })
        .collect();
    let found = garbage.len();
    // Unreachable objects with a `__del__` that has not run are finalised first, with their
    // cycles intact (PEP 442); the cycles are broken by a later collection if they are still
    // unreachable then (a finaliser may resurrect them).
    let to_finalize: Vec<&Obj> = garbage
        .iter()
        .filter(|o| crate::interp::finalize::needs_del(o))
        .collect();
    if to_finalize.is_empty() {
        let mut contents = Vec::new();
        for o in &garbage {
            super::gc::clear(&o.payload, &mut contents);
            // SAFETY: `o` is alive (held by `garbage`).
            if unsafe { is_builtin_subclass_instance(o.0) } {
                contents.extend(super::subclass::take(o.addr()));
            }
        }
        drop(contents);
    } else {
        for o in to_finalize {
            crate::interp::finalize::defer(o.clone());
        }
    }
    drop(garbage);
    let live = TRACKED.with(|t| t.borrow().len());
    THRESHOLD.with(|t| t.set((live * LIVE_FACTOR).max(MIN_THRESHOLD)));
    COLLECTING.with(|c| c.set(false));
    found
}
