//! Instances of user classes and their shapes (hidden classes).
//!
//! An instance stores attribute values in a vector; its [`Shape`] maps names to indices. Shapes
//! form a tree per class: adding attribute `x` to an object of shape S moves it to S's child for
//! `x`, created once and shared by every object that gains attributes in the same order. So all
//! `Point(x, y)` objects share one shape, and `self.x` is a shape compare plus an indexed load.

use std::cell::RefCell;
use std::rc::Rc;

use super::Obj;
use crate::value::Value;

pub struct Shape {
    /// Attribute names in slot order (interned `str` objects).
    pub names: Vec<Obj>,
    /// Children: the shape reached by adding each name.
    transitions: RefCell<Vec<(Obj, Rc<Shape>)>>,
}

impl Shape {
    pub fn root() -> Rc<Shape> {
        Rc::new(Shape {
            names: Vec::new(),
            transitions: RefCell::new(Vec::new()),
        })
    }

    /// The slot index of `name`, comparing interned pointers first, then text.
    #[inline]
    pub fn index_of(&self, name: &Obj) -> Option<usize> {
        if let Some(i) = self.names.iter().position(|n| n.is(name)) {
            return Some(i);
        }
        let text = super::str_of(name);
        self.names.iter().position(|n| super::str_of(n) == text)
    }

    /// The shape reached by appending `name`.
    pub fn with(self: &Rc<Shape>, name: &Obj) -> Rc<Shape> {
        let text = super::str_of(name);
        for (n, s) in self.transitions.borrow().iter() {
            if n.is(name) || super::str_of(n) == text {
                return s.clone();
            }
        }
        let mut names = self.names.clone();
        names.push(name.clone());
        let child = Rc::new(Shape {
            names,
            transitions: RefCell::new(Vec::new()),
        });
        self.transitions
            .borrow_mut()
            .push((name.clone(), child.clone()));
        child
    }
}

pub struct Slots {
    pub shape: Rc<Shape>,
    pub values: Vec<Value>,
    /// Once Python code has asked for `obj.__dict__`, the attributes live in this dict object
    /// instead (so the dict and the object stay one), as CPython's materialised instance dicts.
    pub dict: Option<Obj>,
    /// Values of `__slots__` members, kept apart from the attributes (a class may have both
    /// slots and a `__dict__`); made on first use.
    pub members: Option<Box<Vec<(Obj, Value)>>>,
}

pub struct Instance {
    pub slots: RefCell<Slots>,
}

impl Instance {
    pub fn new(root: Rc<Shape>) -> Instance {
        Instance::with_width(root, 0)
    }

    /// An instance with room for `width` attributes.
    pub fn with_width(root: Rc<Shape>, width: usize) -> Instance {
        Instance {
            slots: RefCell::new(Slots {
                shape: root,
                values: Vec::with_capacity(width),
                dict: None,
                members: None,
            }),
        }
    }

    pub fn get(&self, name: &Obj) -> Option<Value> {
        let s = self.slots.borrow();
        if let Some(d) = &s.dict {
            return crate::builtins::dict::get_str(d, name);
        }
        s.shape.index_of(name).map(|i| s.values[i].clone())
    }

    pub fn set(&self, name: &Obj, value: Value) {
        let mut s = self.slots.borrow_mut();
        if let Some(d) = &s.dict {
            crate::builtins::dict::set_item_str_obj(d, name, value);
            return;
        }
        if let Some(i) = s.shape.index_of(name) {
            s.values[i] = value;
        } else {
            s.shape = s.shape.with(name);
            s.values.push(value);
        }
    }

    /// Removes `name`; returns false if absent. The object moves to the shape that has the
    /// remaining names in order, rebuilt from the class's root.
    pub fn delete(&self, name: &Obj, root: &Rc<Shape>) -> bool {
        let mut s = self.slots.borrow_mut();
        if let Some(d) = &s.dict {
            return crate::builtins::dict::del_str(d, name);
        }
        let Some(idx) = s.shape.index_of(name) else {
            return false;
        };
        let mut shape = root.clone();
        for (i, n) in s.shape.names.iter().enumerate() {
            if i != idx {
                shape = shape.with(n);
            }
        }
        s.values.remove(idx);
        s.shape = shape;
        true
    }

    /// The attributes as (name, value) pairs, in insertion order (for `__dict__` and `vars`).
    pub fn items(&self) -> Vec<(Obj, Value)> {
        let s = self.slots.borrow();
        if let Some(d) = &s.dict {
            return crate::builtins::dict::items(d)
                .into_iter()
                .filter_map(|(k, v)| k.into_obj().map(|k| (k, v)))
                .collect();
        }
        s.shape
            .names
            .iter()
            .cloned()
            .zip(s.values.iter().cloned())
            .collect()
    }
}

impl Instance {
    /// The instance's attribute dict, moving the attributes into it on first use.
    pub fn materialize_dict(&self) -> Obj {
        let mut s = self.slots.borrow_mut();
        if let Some(d) = &s.dict {
            return d.clone();
        }
        let d = crate::object::new_dict();
        let values = std::mem::take(&mut s.values);
        for (name, v) in s.shape.names.iter().zip(values) {
            crate::builtins::dict::set_item_str_obj(&d, name, v);
        }
        s.dict = Some(d.clone());
        d
    }
}

impl Instance {
    /// The value of `__slots__` member `name`.
    pub fn member(&self, name: &Obj) -> Option<Value> {
        let s = self.slots.borrow();
        let members = s.members.as_ref()?;
        members
            .iter()
            .find(|(n, _)| n.is(name))
            .map(|(_, v)| v.clone())
    }

    pub fn set_member(&self, name: &Obj, value: Value) {
        let mut s = self.slots.borrow_mut();
        let members = s.members.get_or_insert_with(Default::default);
        match members.iter_mut().find(|(n, _)| n.is(name)) {
            Some((_, v)) => *v = value,
            None => members.push((name.clone(), value)),
        }
    }

    pub fn delete_member(&self, name: &Obj) -> bool {
        let mut s = self.slots.borrow_mut();
        let Some(members) = s.members.as_mut() else {
            return false;
        };
        let before = members.len();
        members.retain(|(n, _)| !n.is(name));
        members.len() != before
    }
}
