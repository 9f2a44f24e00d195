//! Which fast locals are live at each bytecode instruction: read later (by some path) before
//! being written.
//!
//! Exits write only live register locals back to the frame: a dead local's slot keeps an
//! older value that nothing will read. Reads are every instruction that loads a local
//! (`DeleteFast` too: it raises if the local is unbound); an exception handler is a
//! successor of every instruction it covers. Code that can see all its locals at once
//! (`locals()`, `eval`/`exec` in the caller's namespace) keeps every local live everywhere.

use pyjit_runtime::bytecode::{Code, Instr};

/// Live locals per instruction, as bit sets.
pub struct Liveness {
    words: usize,
    bits: Vec<u64>,
}

impl Liveness {
    pub fn is_live(&self, pc: usize, local: u32) -> bool {
        let i = local as usize;
        match self.bits.get(pc * self.words + i / 64) {
            Some(w) => w >> (i % 64) & 1 == 1,
            // Past the end (an exit at the end of the code): nothing is read any more.
            None => false,
        }
    }
}

/// The locals an instruction reads, and the one it writes (on every path through it).
fn effects(instr: Instr) -> (Vec<u32>, Option<u32>) {
    match instr {
        Instr::LoadFast(i)
        | Instr::DeleteFast(i)
        | Instr::LoadFastConst(i, _)
        | Instr::BinaryOpFastConst(_, i, _)
        | Instr::LoadFastAttr(i, _)
        | Instr::LoadFastMethod(i, _)
        | Instr::ReturnFast(i) => (vec![i], None),
        Instr::LoadFast2(i, j) => (vec![i, j], None),
        Instr::BinaryOpFast(_, j) => (vec![j], None),
        Instr::StoreFast(i) => (Vec::new(), Some(i)),
        _ => (Vec::new(), None),
    }
}

fn successors(code: &Code, pc: usize) -> Vec<usize> {
    let instr = code.instrs[pc];
    let mut out: Vec<usize> = instr.jump_target().into_iter().collect();
    if !instr.ends_flow() {
        out.push(pc + 1);
    }
    if let Some(h) = code.handler_for(pc) {
        out.push(h.handler as usize);
    }
    out.retain(|s| *s < code.instrs.len());
    out
}

pub fn analyse(code: &Code) -> Liveness {
    let n = code.instrs.len();
    let nlocals = code.nlocals();
    let words = nlocals.div_ceil(64).max(1);
    let sees_all = code
        .instrs
        .iter()
        .any(|i| matches!(i, Instr::LoadLocals | Instr::CallInFrame));
    if sees_all {
        let mut bits = vec![0u64; n * words];
        for pc in 0..n {
            for i in 0..nlocals {
                bits[pc * words + i / 64] |= 1 << (i % 64);
            }
        }
        return Liveness { words, bits };
    }
    let succs: Vec<Vec<usize>> = (0..n).map(|pc| successors(code, pc)).collect();
    let mut bits = vec![0u64; n * words];
    // Backward dataflow to a fixpoint: live-in = reads | (live-out - write).
    let mut changed = true;
    while changed {
        changed = false;
        for pc in (0..n).rev() {
            let mut live = vec![0u64; words];
            for s in &succs[pc] {
                for w in 0..words {
                    live[w] |= bits[s * words + w];
                }
            }
            let (reads, write) = effects(code.instrs[pc]);
            if let Some(i) = write {
                live[i as usize / 64] &= !(1 << (i % 64));
            }
            for i in reads {
                live[i as usize / 64] |= 1 << (i % 64);
            }
            for w in 0..words {
                if bits[pc * words + w] != live[w] {
                    bits[pc * words + w] = live[w];
                    changed = true;
                }
            }
        }
    }
    Liveness { words, bits }
}
