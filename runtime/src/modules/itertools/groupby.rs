//! `groupby` and its `_grouper` sub-iterators, as CPython 3.11 has them: the groupby holds
//! the current key and value; each grouper reads from its parent while its key still matches,
//! and only the newest grouper is live: advancing the groupby invalidates the previous one
//! (it then ends at once), which CPython detects by comparing the grouper with the parent's
//! current grouper. Here groupers carry a serial number the parent remembers.

use super::{classes, cls_arg, new_it, with_state, State};
use crate::builtins::bind;
use crate::interp::{call, Vm};
use crate::object::function::Args;
use crate::object::new_tuple;
use crate::ops::compare::eq;
use crate::ops::iter::{get_iter, next};
use crate::value::Value;
use crate::PyResult;

pub(crate) struct GroupBy {
    it: Value,
    /// None: the items are their own keys.
    keyfunc: Value,
    /// The key of the group being given out.
    tgtkey: Option<Value>,
    /// The last item read and its key; the value is None once a grouper has given it out.
    currkey: Option<Value>,
    currvalue: Option<Value>,
    /// The serial number of the live grouper (0: none) and of the last one made.
    currgrouper: u64,
    serial: u64,
}

pub(crate) struct Grouper {
    parent: Value,
    tgtkey: Value,
    serial: u64,
}

pub fn groupby_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = Args {
        values: &args.values[1..],
        kwnames: args.kwnames,
    };
    let slots = bind("groupby", &a, &["iterable", "key"], 0, 1)?;
    let it = get_iter(vm, slots[0].expect("required"))?;
    Ok(new_it(
        cls_arg(&args)?,
        State::GroupBy(GroupBy {
            it,
            keyfunc: slots[1].cloned().unwrap_or(Value::None),
            tgtkey: None,
            currkey: None,
            currvalue: None,
            currgrouper: 0,
            serial: 0,
        }),
    ))
}

impl GroupBy {
    pub fn visit(&self, f: &mut dyn FnMut(&Value)) {
        f(&self.it);
        f(&self.keyfunc);
        for v in [&self.tgtkey, &self.currkey, &self.currvalue]
            .into_iter()
            .flatten()
        {
            f(v);
        }
    }

    /// Reads the next item and its key; false at the end of the input.
    fn step(&mut self, vm: &mut Vm) -> PyResult<bool> {
        let Some(value) = next(vm, &self.it)? else {
            return Ok(false);
        };
        let key = if self.keyfunc.is_none() {
            value.clone()
        } else {
            call(vm, &self.keyfunc, std::slice::from_ref(&value))?
        };
        self.currvalue = Some(value);
        self.currkey = Some(key);
        Ok(true)
    }

    /// The next `(key, grouper)`: skips what is left of the current group first.
    pub fn next(&mut self, vm: &mut Vm, this: &Value) -> PyResult<Option<Value>> {
        self.currgrouper = 0;
        loop {
            match (&self.currkey, &self.tgtkey) {
                (None, _) => {}
                (Some(_), None) => break,
                (Some(ck), Some(tk)) => {
                    let (ck, tk) = (ck.clone(), tk.clone());
                    if !eq(vm, &tk, &ck)? {
                        break;
                    }
                }
            }
            if !self.step(vm)? {
                return Ok(None);
            }
        }
        let key = self.currkey.clone().expect("a key was read");
        self.tgtkey = Some(key.clone());
        self.serial += 1;
        self.currgrouper = self.serial;
        let grouper = new_it(
            &classes().grouper,
            State::Grouper(Grouper {
                parent: this.clone(),
                tgtkey: key.clone(),
                serial: self.serial,
            }),
        );
        Ok(Some(new_tuple(vec![key, grouper])))
    }
}

impl Grouper {
    pub fn visit(&self, f: &mut dyn FnMut(&Value)) {
        f(&self.parent);
        f(&self.tgtkey);
    }

    pub fn next(&mut self, vm: &mut Vm) -> PyResult<Option<Value>> {
        let (serial, tgtkey) = (self.serial, self.tgtkey.clone());
        with_state(&self.parent, |st| {
            let State::GroupBy(g) = st else {
                return Ok(None);
            };
            if g.currgrouper != serial {
                return Ok(None);
            }
            if g.currvalue.is_none() && !g.step(vm)? {
                return Ok(None);
            }
            let ck = g.currkey.clone().expect("a key was read");
            if !eq(vm, &tgtkey, &ck)? {
                return Ok(None);
            }
            Ok(g.currvalue.take())
        })
    }
}
