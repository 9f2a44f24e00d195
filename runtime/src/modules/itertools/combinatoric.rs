//! The combinatoric iterators: `product`, `permutations`, `combinations` and
//! `combinations_with_replacement`. Each reads its input into tuples (pools) when made, then
//! steps an index vector exactly as CPython's algorithms do, so results come in the same
//! order (lexicographic by input position).

use num_traits::ToPrimitive;

use super::{cls_arg, new_it, State};
use crate::builtins::bind;
use crate::builtins::number::ssize_arg;
use crate::interp::Vm;
use crate::object::exception::{overflow_error, type_error, value_error};
use crate::object::function::Args;
use crate::object::{new_tuple, Payload};
use crate::ops::iter::collect;
use crate::value::Value;
use crate::PyResult;

#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Product,
    Permutations,
    Combinations,
    WithReplacement,
}

pub(crate) struct Combinatoric {
    kind: Kind,
    /// For `product`, one pool per position; for the others, the single input pool.
    pools: Vec<Vec<Value>>,
    /// The length of the results.
    r: usize,
    /// Indices into the pool(s) of the last result; permutations index all `n` items.
    indices: Vec<usize>,
    /// Permutations' countdown per position.
    cycles: Vec<usize>,
    /// Whether a result has been given (the first result is the initial indices).
    started: bool,
    stopped: bool,
}

impl Combinatoric {
    pub fn visit(&self, f: &mut dyn FnMut(&Value)) {
        self.pools.iter().flatten().for_each(f);
    }

    fn result(&self) -> Value {
        let items = match self.kind {
            Kind::Product => self
                .indices
                .iter()
                .zip(&self.pools)
                .map(|(&i, p)| p[i].clone())
                .collect(),
            _ => self.indices[..self.r]
                .iter()
                .map(|&i| self.pools[0][i].clone())
                .collect(),
        };
        new_tuple(items)
    }

    pub fn next(&mut self, _vm: &mut Vm) -> PyResult<Option<Value>> {
        if self.stopped {
            return Ok(None);
        }
        if !self.started {
            self.started = true;
            if self.kind == Kind::Product && self.pools.iter().any(|p| p.is_empty()) {
                return Ok(self.stop());
            }
            return Ok(Some(self.result()));
        }
        let advanced = match self.kind {
            Kind::Product => self.advance_product(),
            Kind::Permutations => self.advance_permutations(),
            Kind::Combinations => self.advance_combinations(),
            Kind::WithReplacement => self.advance_with_replacement(),
        };
        if !advanced {
            return Ok(self.stop());
        }
        Ok(Some(self.result()))
    }

    /// Exhausted: the pools are dropped, as CPython drops its result and pools.
    fn stop(&mut self) -> Option<Value> {
        self.stopped = true;
        self.pools = Vec::new();
        None
    }

    /// Right-to-left odometer; false when every index has rolled over.
    fn advance_product(&mut self) -> bool {
        for i in (0..self.pools.len()).rev() {
            self.indices[i] += 1;
            if self.indices[i] == self.pools[i].len() {
                self.indices[i] = 0;
            } else {
                return true;
            }
        }
        false
    }

    fn advance_permutations(&mut self) -> bool {
        let n = self.pools[0].len();
        if n == 0 {
            return false;
        }
        for i in (0..self.r).rev() {
            self.cycles[i] -= 1;
            if self.cycles[i] == 0 {
                // indices[i:] = indices[i+1:] + indices[i:i+1]
                self.indices[i..].rotate_left(1);
                self.cycles[i] = n - i;
            } else {
                let j = self.cycles[i];
                self.indices.swap(i, n - j);
                return true;
            }
        }
        false
    }

    fn advance_combinations(&mut self) -> bool {
        let (n, r) = (self.pools[0].len(), self.r);
        // The rightmost index not at its maximum (i + n - r).
        let Some(i) = (0..r).rev().find(|&i| self.indices[i] != i + n - r) else {
            return false;
        };
        self.indices[i] += 1;
        for j in i + 1..r {
            self.indices[j] = self.indices[j - 1] + 1;
        }
        true
    }

    fn advance_with_replacement(&mut self) -> bool {
        let (n, r) = (self.pools[0].len(), self.r);
        let Some(i) = (0..r).rev().find(|&i| self.indices[i] != n - 1) else {
            return false;
        };
        let index = self.indices[i] + 1;
        self.indices[i..].fill(index);
        true
    }
}

fn make(args: &Args, c: Combinatoric) -> PyResult<Value> {
    Ok(new_it(cls_arg(args)?, State::Combinatoric(c)))
}

fn rest<'a>(args: &Args<'a>) -> Args<'a> {
    Args {
        values: &args.values[1..],
        kwnames: args.kwnames,
    }
}

pub fn product_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut repeat = 1;
    if args.has_kwargs() {
        if args.kwnames.len() > 1 {
            return Err(type_error(format!(
                "product() takes at most 1 keyword argument ({} given)",
                args.kwnames.len()
            )));
        }
        let (k, v) = args.kwargs().next().expect("one keyword");
        if crate::object::str_of(k) != "repeat" {
            return Err(type_error(format!(
                "'{}' is an invalid keyword argument for product()",
                crate::object::str_of(k)
            )));
        }
        repeat = ssize_arg(vm, v)?;
        if repeat < 0 {
            return Err(value_error("repeat argument cannot be negative"));
        }
    }
    let iterables = &args.pos()[1..];
    // With repeat=0 the arguments are not even read.
    let iterables = if repeat == 0 { &[][..] } else { iterables };
    let npools = (iterables.len() as i64)
        .checked_mul(repeat)
        .filter(|&n| n.to_usize().is_some_and(|n| n < isize::MAX as usize / 8))
        .ok_or_else(|| overflow_error("repeat argument too large"))?;
    let mut pools = Vec::with_capacity(npools as usize);
    for v in iterables {
        pools.push(collect(vm, v)?);
    }
    if !pools.is_empty() {
        let base = pools.clone();
        for _ in 1..repeat {
            pools.extend(base.iter().cloned());
        }
    }
    make(
        &args,
        Combinatoric {
            kind: Kind::Product,
            indices: vec![0; pools.len()],
            r: pools.len(),
            pools,
            cycles: Vec::new(),
            started: false,
            stopped: false,
        },
    )
}

pub fn permutations_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = rest(&args);
    let slots = bind("permutations", &a, &["iterable", "r"], 0, 1)?;
    let pool = collect(vm, slots[0].expect("required"))?;
    let n = pool.len();
    let r = match slots[1] {
        None | Some(Value::None) => n as i64,
        Some(v @ (Value::Int(_) | Value::Bool(_))) => ssize_arg(vm, v)?,
        Some(v) if matches!(v.payload(), Some(Payload::BigInt(_))) => ssize_arg(vm, v)?,
        Some(_) => return Err(type_error("Expected int as r")),
    };
    if r < 0 {
        return Err(value_error("r must be non-negative"));
    }
    let r = r as usize;
    make(
        &args,
        Combinatoric {
            kind: Kind::Permutations,
            indices: (0..n).collect(),
            cycles: (0..r.min(n)).map(|i| n - i).collect(),
            stopped: r > n,
            r,
            pools: vec![pool],
            started: false,
        },
    )
}

/// `combinations` and `combinations_with_replacement`: `(iterable, r)`.
fn choose(vm: &mut Vm, name: &str, args: &Args, kind: Kind) -> PyResult<Value> {
    let a = rest(args);
    let slots = bind(name, &a, &["iterable", "r"], 0, 2)?;
    let r = ssize_arg(vm, slots[1].expect("required"))?;
    let pool = collect(vm, slots[0].expect("required"))?;
    if r < 0 {
        return Err(value_error("r must be non-negative"));
    }
    let (n, r) = (pool.len(), r as usize);
    let (indices, stopped) = if kind == Kind::Combinations {
        ((0..r).collect(), r > n)
    } else {
        (vec![0; r], n == 0 && r > 0)
    };
    make(
        args,
        Combinatoric {
            kind,
            indices,
            r,
            pools: vec![pool],
            cycles: Vec::new(),
            started: false,
            stopped,
        },
    )
}

pub fn combinations_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    choose(vm, "combinations", &args, Kind::Combinations)
}

pub fn cwr_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    choose(
        vm,
        "combinations_with_replacement",
        &args,
        Kind::WithReplacement,
    )
}
