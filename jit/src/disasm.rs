//! Machine code as text, for `pyjit graph --stage asm`: compiled code decoded instruction by
//! instruction (x86-64 or AArch64, by the pure-Rust yaxpeax decoders), each run of
//! instructions headed by the bytecode instruction it implements and that instruction's
//! source line (Cranelift carries bytecode offsets through as source locations).

use cranelift_codegen::CompiledCode;
use target_lexicon::Architecture;
use yaxpeax_arch::{Decoder, LengthedInstruction, U8Reader};

use pyjit_runtime::bytecode::Code;

/// A compiled entry's machine code and which bytecode instruction each byte range implements.
#[derive(Clone, Default)]
pub struct MachineCode {
    pub aarch64: bool,
    pub bytes: Vec<u8>,
    /// Byte ranges (start, end) and the bytecode instruction (None: prologue, epilogue and
    /// code of no instruction).
    pub regions: Vec<(u32, u32, Option<usize>)>,
}

impl MachineCode {
    pub fn of(code: &CompiledCode, arch: Architecture) -> MachineCode {
        let regions = code
            .buffer
            .get_srclocs_sorted()
            .iter()
            .map(|r| {
                let pc = (!r.loc.is_default()).then(|| r.loc.bits() as usize);
                (r.start, r.end, pc)
            })
            .collect();
        MachineCode {
            aarch64: matches!(arch, Architecture::Aarch64(_)),
            bytes: code.code_buffer().to_vec(),
            regions,
        }
    }

    /// The bytecode instruction the code at `offset` implements.
    fn pc_at(&self, offset: u32) -> Option<usize> {
        self.regions
            .iter()
            .find(|(s, e, _)| *s <= offset && offset < *e)
            .and_then(|r| r.2)
    }

    /// One instruction per line (offset, text), with a comment line naming the bytecode
    /// instruction and source line wherever that changes.
    pub fn listing(&self, code: &Code) -> String {
        let mut out = String::new();
        let mut offset = 0u32;
        let mut current = None;
        out.push_str("; entry\n");
        while (offset as usize) < self.bytes.len() {
            // Code of no instruction (register moves, the epilogue) is listed under the
            // instruction before it.
            if let Some(pc) = self.pc_at(offset).filter(|pc| current != Some(*pc)) {
                current = Some(pc);
                match code.instrs.get(pc) {
                    Some(instr) => out.push_str(&format!(
                        "; bytecode {pc}, line {}: {instr:?}\n",
                        code.line_of(pc)
                    )),
                    None => out.push_str(&format!("; bytecode {pc}\n")),
                }
            }
            let rest = &self.bytes[offset as usize..];
            let (text, len) = if self.aarch64 {
                decode::<yaxpeax_arm::armv8::a64::ARMv8>(rest)
            } else {
                decode::<yaxpeax_x86::amd64::Arch>(rest)
            };
            out.push_str(&format!("  {offset:04x}  {text}\n"));
            offset += len.max(1);
        }
        out
    }
}

/// The first instruction of `bytes` as text, and its length (one byte of data if it does not
/// decode: constants placed after the code).
fn decode<A>(bytes: &[u8]) -> (String, u32)
where
    A: yaxpeax_arch::Arch<Word = u8, Address = u64>,
    A::Instruction: std::fmt::Display,
{
    let mut reader = U8Reader::new(bytes);
    match A::Decoder::default().decode(&mut reader) {
        Ok(inst) => (inst.to_string(), inst.len().to_const() as u32),
        Err(_) => (format!(".byte 0x{:02x}", bytes[0]), 1),
    }
}
