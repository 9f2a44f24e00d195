//! Code generation: AST + symbol table → bytecode.
//!
//! One [`Unit`] per code object being built. Control flow uses labels patched at the end.
//! Exception handling follows CPython 3.11: no setup instructions; instead every instruction
//! records its innermost handler, and the runs of equal handlers become the exception table.
//!
//! Leaving a `try`/`with`/`except`/`for` early (`return`, `break`, `continue`) runs the cleanup of
//! each enclosing block inline, innermost first, as CPython does (`finally` bodies are compiled
//! once per exit path). Each enclosing block is an [`FBlock`], which also knows how many values it
//! keeps on the stack, so the stack depth recorded for a handler is the sum over the blocks.

mod pattern;

use std::collections::HashMap;
use std::rc::Rc;

use rustpython_parser::ast::{self, Ranged};
use rustpython_parser::text_size::TextRange;

use super::symtable::{Binding, ScopeKind, SymbolTable};
use super::{CompileError, Source};
use crate::bytecode::{
    Anchor, BinOp, CmpOp, Code, CodeFlags, Conversion, ExcEntry, Instr, Position, UnaryOp,
};
use crate::object::{intern, new_bytes, new_str, new_tuple, types};
use crate::value::Value;

type Label = u32;

#[derive(Clone, Copy, PartialEq, Eq)]
struct Handler {
    label: Label,
    depth: u32,
}

#[derive(Clone)]
enum FBlock<'a> {
    /// A `for` loop (iterator on the stack) or `while` loop.
    Loop {
        is_for: bool,
        start: Label,
        exit: Label,
    },
    /// The body of `try` with `except` handlers.
    TryExcept { outer: Option<Handler> },
    /// The body of `try` with a `finally`: leaving early runs the `finally` body.
    Finally {
        body: &'a [ast::Stmt],
        outer: Option<Handler>,
    },
    /// The exception path of a `finally` body: saved exception info and the exception.
    FinallyEnd { outer: Option<Handler> },
    /// The body of a `with` or `async with`: the exit method is on the stack.
    With {
        outer: Option<Handler>,
        is_async: bool,
    },
    /// The body of an `except` clause: saved exception info on the stack; the bound name.
    HandlerCleanup {
        name: Option<&'a str>,
        outer: Option<Handler>,
    },
    /// A value kept on the stack while a `finally` body runs for a `return`.
    PopValue,
    /// The body of an `except*` clause, which `break`, `continue` and `return` cannot leave.
    ExceptStarBody,
}

const EXCEPT_STAR_EXIT: &str = "'break', 'continue' and 'return' cannot appear in an except* block";

/// A `try` statement, with `except` or `except*` clauses.
struct TryParts<'a> {
    body: &'a [ast::Stmt],
    handlers: &'a [ast::ExceptHandler],
    orelse: &'a [ast::Stmt],
    finalbody: &'a [ast::Stmt],
    star: bool,
}

impl FBlock<'_> {
    fn stack_size(&self) -> u32 {
        match self {
            FBlock::Loop { is_for, .. } => *is_for as u32,
            FBlock::TryExcept { .. } | FBlock::Finally { .. } | FBlock::ExceptStarBody => 0,
            FBlock::FinallyEnd { .. } => 2,
            FBlock::With { .. } | FBlock::HandlerCleanup { .. } | FBlock::PopValue => 1,
        }
    }
}

struct Unit<'a> {
    scope: usize,
    qualname: String,
    name: String,
    instrs: Vec<Instr>,
    positions: Vec<Position>,
    aux_positions: Vec<(u32, Position)>,
    handlers: Vec<Option<Handler>>,
    consts: Vec<Value>,
    names: Vec<String>,
    name_index: HashMap<String, u32>,
    varnames: Vec<String>,
    cells: Vec<String>,
    labels: Vec<Option<u32>>,
    /// The instruction index the most recent label was bound to: nothing fuses across it.
    last_label_at: Option<usize>,
    fblocks: Vec<FBlock<'a>>,
    handler: Option<Handler>,
    pos: Position,
    children: Vec<Rc<Code>>,
    first_line: u32,
    argcount: u32,
    posonlyargcount: u32,
    kwonlyargcount: u32,
    flags: CodeFlags,
    docstring: Value,
}

impl Unit<'_> {
    /// (aux position, position) of instruction `i`: for a fused pair, its first and second
    /// parts.
    fn aux_position_of(&self, i: usize) -> (Position, Position) {
        let aux = self
            .aux_positions
            .iter()
            .find(|(j, _)| *j as usize == i)
            .map(|(_, p)| *p)
            .unwrap_or(self.positions[i]);
        (aux, self.positions[i])
    }
}

struct Compiler<'a> {
    table: &'a SymbolTable,
    source: Rc<Source>,
    units: Vec<Unit<'a>>,
    /// The frozenset constants made so far in this module, for `set::constant_frozenset`.
    frozensets: Vec<Value>,
    /// Module-level names live in a separate locals namespace (`exec`/`eval` given locals
    /// distinct from globals), read and written with the `*Name` instructions.
    namespace: bool,
    /// CPython's 'single' mode (the interactive prompt): module-level expression statements
    /// show their value through `sys.displayhook`.
    interactive: bool,
}

pub fn compile_module(
    suite: &[ast::Stmt],
    table: &SymbolTable,
    source: Rc<Source>,
    name: &str,
    namespace: bool,
) -> Result<Rc<Code>, CompileError> {
    let mut c = Compiler {
        table,
        source,
        units: Vec::new(),
        frozensets: Vec::new(),
        namespace,
        interactive: false,
    };
    c.push_unit(0, "<module>", "<module>", 1);
    c.unit().flags.uses_namespace = namespace;
    let _ = name;
    if has_annotations(suite) {
        c.emit(Instr::SetupAnnotations);
    }
    c.body_with_docstring(suite, true)?;
    c.load_const(Value::None);
    c.emit(Instr::Return);
    Ok(c.pop_unit())
}

/// Compiles one input of the interactive prompt in the `__main__` namespace ('single' mode).
/// Unlike a module, a leading string is no docstring: it is shown like any other value.
pub fn compile_interactive(
    suite: &[ast::Stmt],
    table: &SymbolTable,
    source: Rc<Source>,
) -> Result<Rc<Code>, CompileError> {
    let mut c = Compiler {
        table,
        source,
        units: Vec::new(),
        frozensets: Vec::new(),
        namespace: false,
        interactive: true,
    };
    c.push_unit(0, "<module>", "<module>", 1);
    if has_annotations(suite) {
        c.emit(Instr::SetupAnnotations);
    }
    c.stmts(suite)?;
    c.load_const(Value::None);
    c.emit(Instr::Return);
    Ok(c.pop_unit())
}

pub fn compile_expression(
    expr: &ast::Expr,
    table: &SymbolTable,
    source: Rc<Source>,
    namespace: bool,
) -> Result<Rc<Code>, CompileError> {
    let mut c = Compiler {
        table,
        source,
        units: Vec::new(),
        frozensets: Vec::new(),
        namespace,
        interactive: false,
    };
    c.push_unit(0, "<module>", "<module>", 1);
    c.unit().flags.uses_namespace = namespace;
    c.expr(expr)?;
    c.emit(Instr::Return);
    Ok(c.pop_unit())
}

fn has_annotations(body: &[ast::Stmt]) -> bool {
    body.iter().any(|s| match s {
        ast::Stmt::AnnAssign(_) => true,
        ast::Stmt::If(i) => has_annotations(&i.body) || has_annotations(&i.orelse),
        ast::Stmt::For(f) => has_annotations(&f.body) || has_annotations(&f.orelse),
        ast::Stmt::While(w) => has_annotations(&w.body) || has_annotations(&w.orelse),
        ast::Stmt::With(w) => has_annotations(&w.body),
        ast::Stmt::Try(t) => {
            has_annotations(&t.body) || has_annotations(&t.orelse) || has_annotations(&t.finalbody)
        }
        ast::Stmt::Match(m) => m.cases.iter().any(|c| has_annotations(&c.body)),
        _ => false,
    })
}

fn binop(op: ast::Operator) -> BinOp {
    use ast::Operator as O;
    match op {
        O::Add => BinOp::Add,
        O::Sub => BinOp::Sub,
        O::Mult => BinOp::Mul,
        O::MatMult => BinOp::MatMul,
        O::Div => BinOp::TrueDiv,
        O::Mod => BinOp::Mod,
        O::Pow => BinOp::Pow,
        O::LShift => BinOp::LShift,
        O::RShift => BinOp::RShift,
        O::BitOr => BinOp::Or,
        O::BitXor => BinOp::Xor,
        O::BitAnd => BinOp::And,
        O::FloorDiv => BinOp::FloorDiv,
    }
}

impl<'a> Compiler<'a> {
    fn unit(&mut self) -> &mut Unit<'a> {
        self.units.last_mut().expect("a unit is being compiled")
    }

    fn unit_ref(&self) -> &Unit<'a> {
        self.units.last().expect("a unit is being compiled")
    }

    fn scope(&self) -> &'a super::symtable::Scope {
        &self.table.scopes[self.unit_ref().scope]
    }

    fn push_unit(&mut self, scope: usize, name: &str, qualname: &str, first_line: u32) {
        let s = &self.table.scopes[scope];
        let mut cells: Vec<String> = s.cellvars.clone();
        cells.extend(s.freevars.iter().cloned());
        let flags = CodeFlags {
            generator: s.is_generator || s.is_coroutine,
            coroutine: s.is_coroutine && !s.is_generator,
            async_generator: s.is_coroutine && s.is_generator,
            nested: s.is_nested,
            uses_namespace: s.kind == ScopeKind::Class,
            ..Default::default()
        };
        self.units.push(Unit {
            scope,
            qualname: qualname.to_string(),
            name: name.to_string(),
            instrs: Vec::new(),
            positions: Vec::new(),
            aux_positions: Vec::new(),
            handlers: Vec::new(),
            consts: Vec::new(),
            names: Vec::new(),
            name_index: HashMap::new(),
            varnames: s.varnames.clone(),
            cells,
            labels: Vec::new(),
            last_label_at: None,
            fblocks: Vec::new(),
            handler: None,
            pos: Position {
                line: first_line,
                end_line: first_line,
                col: 0,
                end_col: 0,
                anchor: Anchor::None,
            },
            children: Vec::new(),
            first_line,
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            flags,
            docstring: Value::None,
        });
    }

    fn pop_unit(&mut self) -> Rc<Code> {
        let mut u = self.units.pop().expect("unit");
        let labels = std::mem::take(&mut u.labels);
        for ins in u.instrs.iter_mut() {
            if let Some(t) = ins.jump_target_mut() {
                *t = labels[*t as usize].expect("label bound");
            }
        }
        // Runs of instructions with the same innermost handler become exception-table rows.
        let mut exc_table = Vec::new();
        let mut i = 0;
        while i < u.handlers.len() {
            let h = u.handlers[i];
            let start = i;
            while i < u.handlers.len() && u.handlers[i] == h {
                i += 1;
            }
            if let Some(h) = h {
                exc_table.push(ExcEntry {
                    start: start as u32,
                    end: i as u32,
                    handler: labels[h.label as usize].expect("handler label bound"),
                    depth: h.depth,
                });
            }
        }
        let s = &self.table.scopes[u.scope];
        let n = u.instrs.len();
        let mut cell_params = Vec::new();
        for (ci, c) in s.cellvars.iter().enumerate() {
            if let Some(pi) = u.varnames.iter().position(|v| v == c) {
                if pi < s.params.len() {
                    cell_params.push((ci as u32, pi as u32));
                }
            }
        }
        Rc::new(Code {
            name: intern(&u.name),
            qualname: u.qualname,
            source: self.source.clone(),
            first_line: u.first_line,
            argcount: u.argcount,
            posonlyargcount: u.posonlyargcount,
            kwonlyargcount: u.kwonlyargcount,
            flags: u.flags,
            instrs: u.instrs,
            positions: u.positions,
            aux_positions: u.aux_positions,
            consts: u.consts,
            names: u.names.iter().map(|n| intern(n)).collect(),
            varnames: u.varnames.iter().map(|n| intern(n)).collect(),
            cellvars: s.cellvars.iter().map(|n| intern(n)).collect(),
            freevars: s.freevars.iter().map(|n| intern(n)).collect(),
            cell_params,
            children: u.children,
            exc_table,
            docstring: u.docstring,
            global_caches: (0..n).map(|_| Default::default()).collect(),
            attr_caches: (0..n).map(|_| Default::default()).collect(),
            value_profile: (0..n).map(|_| Default::default()).collect(),
            call_count: std::cell::Cell::new(0),
            backedges: std::cell::Cell::new(0),
            osr_after: std::cell::Cell::new(0),
            jit_start_given_up: std::cell::Cell::new(false),
            jit: Default::default(),
        })
    }

    // ---- emission ------------------------------------------------------------------------

    fn emit(&mut self, i: Instr) -> usize {
        let i = match self.fuse(i) {
            Fused::Into(at) => return at,
            Fused::Push(i) => i,
        };
        let u = self.unit();
        u.instrs.push(i);
        u.positions.push(u.pos);
        u.handlers.push(u.handler);
        u.instrs.len() - 1
    }

    /// Peephole fusion of `next` with the previous instruction into a superinstruction (see
    /// `bytecode`). A fused instruction keeps the position of the part that can fail, so
    /// tracebacks are unchanged; `x - 1` becomes `LoadFast x; BinaryOpConst -, 1` rather than
    /// one instruction, because both the load and the operation can fail.
    fn fuse(&mut self, next: Instr) -> Fused {
        let u = self.unit();
        let n = u.instrs.len();
        if n == 0 || u.last_label_at == Some(n) || u.handlers[n - 1] != u.handler {
            return Fused::Push(next);
        }
        // (fused instruction, whether it takes the new part's position and keeps the first
        // part's as its auxiliary position)
        let (fused, split_positions) = match (u.instrs[n - 1], next) {
            (Instr::Compare(op), Instr::PopJumpIfFalse(t)) => {
                (Instr::CompareJumpIfFalse(op, t), false)
            }
            (Instr::Compare(op), Instr::PopJumpIfTrue(t)) => {
                (Instr::CompareJumpIfTrue(op, t), false)
            }
            (Instr::LoadFast(a), Instr::LoadConst(k)) => (Instr::LoadFastConst(a, k), false),
            (Instr::LoadFast(a), Instr::LoadFast(b)) => (Instr::LoadFast2(a, b), true),
            (Instr::LoadFast(a), Instr::LoadAttr(nm)) => (Instr::LoadFastAttr(a, nm), true),
            (Instr::LoadFast(a), Instr::LoadMethod(nm)) => (Instr::LoadFastMethod(a, nm), true),
            (Instr::LoadFast(a), Instr::Return) => (Instr::ReturnFast(a), false),
            (Instr::LoadConst(k), Instr::Return) => (Instr::ReturnConst(k), false),
            (Instr::LoadConst(k), Instr::BinaryOp(op)) => (Instr::BinaryOpConst(op, k), true),
            (Instr::LoadFastConst(a, k), Instr::BinaryOp(op)) => {
                (Instr::BinaryOpFastConst(op, a, k), true)
            }
            (Instr::LoadFast2(a, b), Instr::BinaryOp(op)) => {
                // Three parts can fail (two loads, the operation) but an instruction has two
                // positions: `a op b` becomes `LoadFast a; BinaryOpFast op, b`.
                let (pos_a, pos_b) = u.aux_position_of(n - 1);
                u.instrs[n - 1] = Instr::LoadFast(a);
                u.positions[n - 1] = pos_a;
                u.aux_positions.retain(|(i, _)| *i as usize != n - 1);
                u.instrs.push(Instr::BinaryOpFast(op, b));
                u.positions.push(u.pos);
                u.handlers.push(u.handler);
                u.aux_positions.push((n as u32, pos_b));
                return Fused::Into(n);
            }
            (Instr::ForIter(t), Instr::StoreFast(i)) => (Instr::ForIterStoreFast(t, i), false),
            _ => return Fused::Push(next),
        };
        if split_positions {
            let first = u.positions[n - 1];
            // A fused pair that is fused again keeps its original first position.
            if !u.aux_positions.iter().any(|(i, _)| *i as usize == n - 1) {
                u.aux_positions.push(((n - 1) as u32, first));
            }
            u.positions[n - 1] = u.pos;
        }
        u.instrs[n - 1] = fused;
        Fused::Into(n - 1)
    }

    fn new_label(&mut self) -> Label {
        let u = self.unit();
        u.labels.push(None);
        (u.labels.len() - 1) as Label
    }

    fn bind(&mut self, l: Label) {
        let u = self.unit();
        u.labels[l as usize] = Some(u.instrs.len() as u32);
        u.last_label_at = Some(u.instrs.len());
    }

    fn add_const(&mut self, v: Value) -> u32 {
        let u = self.unit();
        // Share None/True/False/small ints; other constants are few enough not to bother.
        for (i, c) in u.consts.iter().enumerate() {
            let same = match (c, &v) {
                (Value::None, Value::None) => true,
                (Value::Bool(a), Value::Bool(b)) => a == b,
                (Value::Int(a), Value::Int(b)) => a == b,
                _ => false,
            };
            if same {
                return i as u32;
            }
        }
        u.consts.push(v);
        (u.consts.len() - 1) as u32
    }

    fn load_const(&mut self, v: Value) {
        let i = self.add_const(v);
        self.emit(Instr::LoadConst(i));
    }

    /// The name index of attribute (or annotation key) `name`, mangled as names are inside
    /// a class.
    fn attr_idx(&mut self, name: &str) -> u32 {
        let mangled = self.scope().mangle(name).into_owned();
        self.name_idx(&mangled)
    }

    fn name_idx(&mut self, name: &str) -> u32 {
        let u = self.unit();
        if let Some(&i) = u.name_index.get(name) {
            return i;
        }
        u.names.push(name.to_string());
        let i = (u.names.len() - 1) as u32;
        u.name_index.insert(name.to_string(), i);
        i
    }

    fn range_pos(&self, range: TextRange) -> Position {
        let (line, col) = self.source.locate(u32::from(range.start()) as usize);
        let (end_line, end_col) = self.source.locate(u32::from(range.end()) as usize);
        Position {
            line,
            end_line,
            col,
            end_col,
            anchor: Anchor::None,
        }
    }

    /// Sets the position of a subscript (with CPython's `~~~^^^` anchor), returning the old one.
    fn set_subscript_pos(&mut self, s: &ast::ExprSubscript) -> Position {
        let mut p = self.range_pos(s.range);
        let v = self.range_pos(s.value.range());
        if v.end_line == p.line {
            p.anchor = Anchor::Subscript {
                value_end: v.end_col,
            };
        }
        std::mem::replace(&mut self.unit().pos, p)
    }

    fn set_pos(&mut self, range: TextRange) -> Position {
        let p = self.range_pos(range);
        std::mem::replace(&mut self.unit().pos, p)
    }

    fn restore_pos(&mut self, p: Position) {
        self.unit().pos = p;
    }

    fn error(&self, msg: impl Into<String>, range: TextRange) -> CompileError {
        let p = self.range_pos(range);
        CompileError {
            from_compiler: false,
            kind: "SyntaxError",
            msg: msg.into(),
            line: p.line,
            col: p.col + 1,
            end_line: p.end_line,
            end_col: p.end_col + 1,
        }
    }

    /// An error CPython's compiler (not its parser) reports: see `CompileError::from_compiler`.
    fn compiler_error(&self, msg: impl Into<String>, range: TextRange) -> CompileError {
        CompileError {
            from_compiler: true,
            ..self.error(msg, range)
        }
    }

    fn stack_base(&self) -> u32 {
        self.unit_ref().fblocks.iter().map(FBlock::stack_size).sum()
    }

    // ---- names ---------------------------------------------------------------------------

    fn cell_index(&self, name: &str) -> u32 {
        self.unit_ref()
            .cells
            .iter()
            .position(|c| c == name)
            .expect("cell variable") as u32
    }

    fn local_index(&self, name: &str) -> u32 {
        self.unit_ref()
            .varnames
            .iter()
            .position(|c| c == name)
            .expect("local variable") as u32
    }

    fn load_name(&mut self, name: &str) {
        let mangled = self.scope().mangle(name).into_owned();
        let name = mangled.as_str();
        let scope = self.scope();
        match (scope.kind, scope.binding(name)) {
            (ScopeKind::Module, _) if self.namespace => {
                let i = self.name_idx(name);
                self.emit(Instr::LoadName(i));
            }
            (ScopeKind::Module, _) => {
                let i = self.name_idx(name);
                self.emit(Instr::LoadGlobal(i));
            }
            (ScopeKind::Class, Binding::Free) => {
                let i = self.name_idx(name);
                let c = self.cell_index(name);
                self.emit(Instr::LoadClassDeref(i, c));
            }
            (ScopeKind::Class, Binding::GlobalExplicit) => {
                let i = self.name_idx(name);
                self.emit(Instr::LoadGlobal(i));
            }
            (ScopeKind::Class, _) => {
                let i = self.name_idx(name);
                self.emit(Instr::LoadName(i));
            }
            (_, Binding::Local) => {
                let i = self.local_index(name);
                self.emit(Instr::LoadFast(i));
            }
            (_, Binding::Cell) | (_, Binding::Free) => {
                let i = self.cell_index(name);
                self.emit(Instr::LoadDeref(i));
            }
            (_, Binding::GlobalExplicit) | (_, Binding::GlobalImplicit) => {
                let i = self.name_idx(name);
                self.emit(Instr::LoadGlobal(i));
            }
        }
    }

    fn store_name(&mut self, name: &str) {
        let mangled = self.scope().mangle(name).into_owned();
        let name = mangled.as_str();
        let scope = self.scope();
        match (scope.kind, scope.binding(name)) {
            (ScopeKind::Module, _) if self.namespace => {
                let i = self.name_idx(name);
                self.emit(Instr::StoreName(i));
            }
            (ScopeKind::Module, _) => {
                let i = self.name_idx(name);
                self.emit(Instr::StoreGlobal(i));
            }
            (ScopeKind::Class, Binding::GlobalExplicit) => {
                let i = self.name_idx(name);
                self.emit(Instr::StoreGlobal(i));
            }
            (ScopeKind::Class, Binding::Free) => {
                let i = self.cell_index(name);
                self.emit(Instr::StoreDeref(i));
            }
            (ScopeKind::Class, _) => {
                let i = self.name_idx(name);
                self.emit(Instr::StoreName(i));
            }
            (_, Binding::Local) => {
                let i = self.local_index(name);
                self.emit(Instr::StoreFast(i));
            }
            (_, Binding::Cell) | (_, Binding::Free) => {
                let i = self.cell_index(name);
                self.emit(Instr::StoreDeref(i));
            }
            (_, Binding::GlobalExplicit) | (_, Binding::GlobalImplicit) => {
                let i = self.name_idx(name);
                self.emit(Instr::StoreGlobal(i));
            }
        }
    }

    fn delete_name(&mut self, name: &str) {
        let mangled = self.scope().mangle(name).into_owned();
        let name = mangled.as_str();
        let scope = self.scope();
        match (scope.kind, scope.binding(name)) {
            (ScopeKind::Module, _) if self.namespace => {
                let i = self.name_idx(name);
                self.emit(Instr::DeleteName(i));
            }
            (ScopeKind::Module, _)
            | (_, Binding::GlobalExplicit)
            | (ScopeKind::Function | ScopeKind::Comprehension, Binding::GlobalImplicit) => {
                let i = self.name_idx(name);
                self.emit(Instr::DeleteGlobal(i));
            }
            (ScopeKind::Class, Binding::Free) | (_, Binding::Cell) | (_, Binding::Free) => {
                let i = self.cell_index(name);
                self.emit(Instr::DeleteDeref(i));
            }
            (ScopeKind::Class, _) => {
                let i = self.name_idx(name);
                self.emit(Instr::DeleteName(i));
            }
            (_, Binding::Local) => {
                let i = self.local_index(name);
                self.emit(Instr::DeleteFast(i));
            }
        }
    }

    // ---- statements ----------------------------------------------------------------------

    fn body_with_docstring(
        &mut self,
        body: &'a [ast::Stmt],
        store_doc: bool,
    ) -> Result<(), CompileError> {
        let mut rest = body;
        if let Some(ast::Stmt::Expr(e)) = body.first() {
            if let ast::Expr::Constant(c) = e.value.as_ref() {
                if let ast::Constant::Str(s) = &c.value {
                    self.unit().docstring = new_str(s.as_str());
                    if store_doc {
                        let p = self.set_pos(e.range);
                        self.load_const(new_str(s.as_str()));
                        self.store_name("__doc__");
                        self.restore_pos(p);
                    }
                    rest = &body[1..];
                }
            }
        }
        self.stmts(rest)
    }

    fn stmts(&mut self, body: &'a [ast::Stmt]) -> Result<(), CompileError> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &'a ast::Stmt) -> Result<(), CompileError> {
        use ast::Stmt as S;
        let saved = self.set_pos(s.range());
        match s {
            S::FunctionDef(f) => self.function_def(&FuncDef {
                scope: self.table.scope_of(f),
                name: f.name.as_str(),
                args: &f.args,
                body: &f.body,
                decorators: &f.decorator_list,
                returns: f.returns.as_deref(),
                range: f.range,
            })?,
            S::AsyncFunctionDef(f) => self.function_def(&FuncDef {
                scope: self.table.scope_of(f),
                name: f.name.as_str(),
                args: &f.args,
                body: &f.body,
                decorators: &f.decorator_list,
                returns: f.returns.as_deref(),
                range: f.range,
            })?,
            S::AsyncFor(f) => self.async_for_stmt(f)?,
            S::AsyncWith(w) => self.with_stmt(&w.items, &w.body, w.range, true)?,
            S::ClassDef(c) => self.class_def(c)?,
            S::Return(r) => {
                if r.value.is_some() && self.unit_ref().flags.async_generator {
                    return Err(
                        self.compiler_error("'return' with value in async generator", r.range)
                    );
                }
                match &r.value {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Value::None),
                }
                self.set_pos(r.range);
                if self
                    .unit_ref()
                    .fblocks
                    .iter()
                    .any(|b| matches!(b, FBlock::ExceptStarBody))
                {
                    return Err(self.compiler_error(EXCEPT_STAR_EXIT, r.range));
                }
                self.unwind_all(true);
                self.emit(Instr::Return);
            }
            S::Delete(d) => {
                for t in &d.targets {
                    self.delete_target(t)?;
                }
            }
            S::Assign(a) => {
                self.check_assign_targets(a)?;
                self.expr(&a.value)?;
                let n = a.targets.len();
                for (i, t) in a.targets.iter().enumerate() {
                    if i + 1 < n {
                        self.emit(Instr::Copy(1));
                    }
                    self.store_target(t)?;
                }
            }
            S::AugAssign(a) => self.aug_assign(a)?,
            S::AnnAssign(a) => {
                if let Some(v) = &a.value {
                    self.expr(v)?;
                    self.store_target(&a.target)?;
                }
                if self.scope().kind != ScopeKind::Function
                    && self.scope().kind != ScopeKind::Comprehension
                {
                    if let ast::Expr::Name(n) = a.target.as_ref() {
                        self.expr(&a.annotation)?;
                        // The key is the name as stored: mangled in a class body.
                        let i = self.attr_idx(n.id.as_str());
                        self.emit(Instr::StoreAnnotation(i));
                    } else if a.value.is_none() {
                        // `obj.attr: T` evaluates the target's object only.
                        self.expr(&a.annotation)?;
                        self.emit(Instr::Pop);
                    } else {
                        self.expr(&a.annotation)?;
                        self.emit(Instr::Pop);
                    }
                }
            }
            S::For(f) => self.for_stmt(f)?,
            S::While(w) => self.while_stmt(w)?,
            S::If(i) => {
                let end = self.new_label();
                let orelse = if i.orelse.is_empty() {
                    end
                } else {
                    self.new_label()
                };
                self.jump_if(&i.test, false, orelse)?;
                self.stmts(&i.body)?;
                if !i.orelse.is_empty() {
                    self.emit(Instr::Jump(end));
                    self.bind(orelse);
                    self.stmts(&i.orelse)?;
                }
                self.bind(end);
            }
            S::With(w) => self.with_stmt(&w.items, &w.body, w.range, false)?,
            S::Raise(r) => {
                let mut n = 0;
                if let Some(e) = &r.exc {
                    self.expr(e)?;
                    n = 1;
                    if let Some(c) = &r.cause {
                        self.expr(c)?;
                        n = 2;
                    }
                }
                self.set_pos(r.range);
                self.emit(Instr::Raise(n));
            }
            S::Try(t) => self.try_stmt(&TryParts {
                body: &t.body,
                handlers: &t.handlers,
                orelse: &t.orelse,
                finalbody: &t.finalbody,
                star: false,
            })?,
            S::TryStar(t) => self.try_stmt(&TryParts {
                body: &t.body,
                handlers: &t.handlers,
                orelse: &t.orelse,
                finalbody: &t.finalbody,
                star: true,
            })?,
            S::Assert(a) => {
                let end = self.new_label();
                self.jump_if(&a.test, true, end)?;
                // CPython reports a failed assert at its test expression.
                self.set_pos(a.test.range());
                self.emit(Instr::LoadAssertionError);
                if let Some(m) = &a.msg {
                    self.expr(m)?;
                    self.set_pos(a.test.range());
                    self.emit(Instr::Call(1));
                }
                self.emit(Instr::Raise(1));
                self.bind(end);
            }
            S::Import(i) => {
                for alias in &i.names {
                    let full = alias.name.as_str();
                    self.load_const(Value::Int(0));
                    self.load_const(Value::None);
                    let ni = self.name_idx(full);
                    self.emit(Instr::ImportName(ni));
                    match &alias.asname {
                        Some(asname) => {
                            // `import a.b.c as d` binds the submodule itself.
                            for part in full.split('.').skip(1) {
                                let pi = self.name_idx(part);
                                self.emit(Instr::ImportFrom(pi));
                                self.emit(Instr::Swap(2));
                                self.emit(Instr::Pop);
                            }
                            self.store_name(asname.as_str());
                        }
                        None => {
                            let top = full.split('.').next().unwrap_or(full);
                            self.store_name(top);
                        }
                    }
                }
            }
            S::ImportFrom(i) => {
                let level = i.level.map(|l| l.to_u32()).unwrap_or(0);
                self.load_const(Value::Int(level as i64));
                let names: Vec<Value> = i.names.iter().map(|a| new_str(a.name.as_str())).collect();
                self.load_const(new_tuple(names));
                let module = i.module.as_ref().map(|m| m.as_str()).unwrap_or("");
                let mi = self.name_idx(module);
                self.emit(Instr::ImportName(mi));
                if i.names.len() == 1 && i.names[0].name.as_str() == "*" {
                    self.emit(Instr::ImportStar);
                } else {
                    for alias in &i.names {
                        let ni = self.name_idx(alias.name.as_str());
                        self.emit(Instr::ImportFrom(ni));
                        let bound = alias.asname.as_ref().unwrap_or(&alias.name);
                        self.store_name(bound.as_str());
                    }
                    self.emit(Instr::Pop);
                }
            }
            S::Global(_) | S::Nonlocal(_) | S::Pass(_) => {}
            S::Expr(e) => {
                self.expr(&e.value)?;
                if self.interactive && self.units.len() == 1 {
                    self.emit(Instr::PrintExpr);
                } else {
                    self.emit(Instr::Pop);
                }
            }
            S::Break(b) => {
                if !self.unwind_to_loop(false, b.range)? {
                    return Err(self.compiler_error("'break' outside loop", b.range));
                }
            }
            S::Continue(c) => {
                if !self.unwind_to_loop(true, c.range)? {
                    return Err(self.compiler_error("'continue' not properly in loop", c.range));
                }
            }
            S::Match(m) => self.match_stmt(m)?,
            other => {
                return Err(self.error("this statement is not supported yet", other.range()));
            }
        }
        self.restore_pos(saved);
        Ok(())
    }

    fn function_def(&mut self, f: &FuncDef<'a>) -> Result<(), CompileError> {
        for d in f.decorators {
            self.expr(d)?;
        }
        let scope = f.scope;
        let line = self.source.locate(u32::from(f.range.start()) as usize).0;
        // CPython's co_firstlineno is the first decorator's line when there are decorators.
        let first_line = f
            .decorators
            .first()
            .map(|d| self.source.locate(u32::from(d.range().start()) as usize).0)
            .unwrap_or(line);
        let mut annotations: Vec<(&str, &ast::Expr)> = Vec::new();
        for a in f.args.posonlyargs.iter().chain(&f.args.args) {
            if let Some(ann) = &a.def.annotation {
                annotations.push((a.def.arg.as_str(), ann));
            }
        }
        if let Some(v) = &f.args.vararg {
            if let Some(ann) = &v.annotation {
                annotations.push((v.arg.as_str(), ann));
            }
        }
        for a in &f.args.kwonlyargs {
            if let Some(ann) = &a.def.annotation {
                annotations.push((a.def.arg.as_str(), ann));
            }
        }
        if let Some(k) = &f.args.kwarg {
            if let Some(ann) = &k.annotation {
                annotations.push((k.arg.as_str(), ann));
            }
        }
        if let Some(r) = f.returns {
            annotations.push(("return", r));
        }
        self.make_function(scope, f.name, f.args, first_line, &annotations, |c| {
            c.body_with_docstring(f.body, false).map(|_| {
                c.load_const(Value::None);
                c.emit(Instr::Return);
            })
        })?;
        for _ in f.decorators {
            self.emit(Instr::Call(1));
        }
        self.store_name(f.name);
        Ok(())
    }

    fn qualname_for(&self, name: &str) -> String {
        let u = self.unit_ref();
        let s = &self.table.scopes[u.scope];
        match s.kind {
            ScopeKind::Module => name.to_string(),
            ScopeKind::Class => format!("{}.{}", u.qualname, name),
            _ => format!("{}.<locals>.{}", u.qualname, name),
        }
    }

    /// Emits the code that makes a function object for `scope` (defaults, closure) and leaves
    /// it on the stack. `body` compiles the function's body into the new unit.
    fn make_function(
        &mut self,
        scope: usize,
        name: &str,
        args: &'a ast::Arguments,
        first_line: u32,
        annotations: &[(&str, &'a ast::Expr)],
        body: impl FnOnce(&mut Self) -> Result<(), CompileError>,
    ) -> Result<(), CompileError> {
        let mut flags = 0u8;
        let defaults: Vec<&ast::Expr> = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .filter_map(|a| a.default.as_deref())
            .collect();
        if !defaults.is_empty() {
            for d in &defaults {
                self.expr(d)?;
            }
            self.emit(Instr::BuildTuple(defaults.len() as u32));
            flags |= 1;
        }
        let kwdefaults: Vec<(&str, &ast::Expr)> = args
            .kwonlyargs
            .iter()
            .filter_map(|a| a.default.as_deref().map(|d| (a.def.arg.as_str(), d)))
            .collect();
        if !kwdefaults.is_empty() {
            for (n, d) in &kwdefaults {
                self.load_const(new_str(*n));
                self.expr(d)?;
            }
            self.emit(Instr::BuildMap(kwdefaults.len() as u32));
            flags |= 2;
        }
        if !annotations.is_empty() {
            for (n, a) in annotations {
                self.load_const(new_str(*n));
                self.expr(a)?;
            }
            self.emit(Instr::BuildMap(annotations.len() as u32));
            flags |= 8;
        }
        let qualname = self.qualname_for(name);
        self.push_unit(scope, name, &qualname, first_line);
        {
            let u = self.unit();
            u.posonlyargcount = args.posonlyargs.len() as u32;
            u.argcount = (args.posonlyargs.len() + args.args.len()) as u32;
            u.kwonlyargcount = args.kwonlyargs.len() as u32;
            u.flags.varargs = args.vararg.is_some();
            u.flags.varkw = args.kwarg.is_some();
        }
        body(self)?;
        let code = self.pop_unit();
        self.emit_closure_and_make(code, flags);
        Ok(())
    }

    fn emit_closure_and_make(&mut self, code: Rc<Code>, mut flags: u8) {
        if !code.freevars.is_empty() {
            let frees: Vec<String> = code
                .freevars
                .iter()
                .map(|f| crate::object::str_of(f).to_string())
                .collect();
            for f in &frees {
                let i = self.cell_index(f);
                self.emit(Instr::LoadClosure(i));
            }
            self.emit(Instr::BuildTuple(frees.len() as u32));
            flags |= 4;
        }
        let u = self.unit();
        u.children.push(code);
        let idx = (u.children.len() - 1) as u32;
        self.emit(Instr::MakeFunction(idx, flags));
    }

    fn class_def(&mut self, c: &'a ast::StmtClassDef) -> Result<(), CompileError> {
        for d in &c.decorator_list {
            self.expr(d)?;
        }
        let scope = self.table.scope_of(c);
        let first_line = c
            .decorator_list
            .first()
            .map(|d| self.source.locate(u32::from(d.range().start()) as usize).0)
            .unwrap_or_else(|| self.source.locate(u32::from(c.range.start()) as usize).0);
        self.emit(Instr::LoadBuildClass);
        let qualname = self.qualname_for(c.name.as_str());
        self.push_unit(scope, c.name.as_str(), &qualname, first_line);
        let name_i = self.name_idx("__name__");
        self.emit(Instr::LoadName(name_i));
        let module_i = self.name_idx("__module__");
        self.emit(Instr::StoreName(module_i));
        self.load_const(new_str(qualname.as_str()));
        let q = self.name_idx("__qualname__");
        self.emit(Instr::StoreName(q));
        if has_annotations(&c.body) {
            self.emit(Instr::SetupAnnotations);
        }
        self.body_with_docstring(&c.body, true)?;
        if self.table.scopes[scope].needs_class_cell {
            let ci = self.cell_index("__class__");
            self.emit(Instr::LoadClosure(ci));
            self.emit(Instr::Copy(1));
            let cc = self.name_idx("__classcell__");
            self.emit(Instr::StoreName(cc));
        } else {
            self.load_const(Value::None);
        }
        self.emit(Instr::Return);
        let code = self.pop_unit();
        self.emit_closure_and_make(code, 0);
        self.load_const(new_str(c.name.as_str()));
        for b in &c.bases {
            self.expr(b)?;
        }
        let nargs = 2 + c.bases.len() as u32;
        if c.keywords.iter().any(|k| k.arg.is_none())
            || c.bases.iter().any(|b| matches!(b, ast::Expr::Starred(_)))
        {
            return Err(self.error(
                "class definitions with *bases or **kwargs are not supported yet",
                c.range,
            ));
        }
        if c.keywords.is_empty() {
            self.emit(Instr::Call(nargs));
        } else {
            let mut names = Vec::new();
            for k in &c.keywords {
                self.expr(&k.value)?;
                names.push(new_str(k.arg.as_ref().map(|a| a.as_str()).unwrap_or("")));
            }
            let ki = self.add_const(new_tuple(names));
            self.emit(Instr::CallKw(nargs + c.keywords.len() as u32, ki));
        }
        for _ in &c.decorator_list {
            self.emit(Instr::Call(1));
        }
        self.store_name(c.name.as_str());
        Ok(())
    }

    fn aug_assign(&mut self, a: &'a ast::StmtAugAssign) -> Result<(), CompileError> {
        let op = binop(a.op);
        match a.target.as_ref() {
            ast::Expr::Name(n) => {
                let p = self.set_pos(n.range);
                self.load_name(n.id.as_str());
                self.restore_pos(p);
                self.expr(&a.value)?;
                let p = self.set_pos(a.range);
                self.emit(Instr::InplaceOp(op));
                self.restore_pos(p);
                self.store_name(n.id.as_str());
            }
            ast::Expr::Attribute(at) => {
                self.expr(&at.value)?;
                self.emit(Instr::Copy(1));
                let i = self.attr_idx(at.attr.as_str());
                let p = self.set_pos(at.range);
                self.emit(Instr::LoadAttr(i));
                self.restore_pos(p);
                self.expr(&a.value)?;
                let p = self.set_pos(a.range);
                self.emit(Instr::InplaceOp(op));
                self.restore_pos(p);
                self.emit(Instr::Swap(2));
                self.emit(Instr::StoreAttr(i));
            }
            ast::Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Instr::Copy(2));
                self.emit(Instr::Copy(2));
                let p = self.set_pos(s.range);
                self.emit(Instr::Subscr);
                self.restore_pos(p);
                self.expr(&a.value)?;
                let p = self.set_pos(a.range);
                self.emit(Instr::InplaceOp(op));
                self.restore_pos(p);
                self.emit(Instr::Swap(3));
                self.emit(Instr::Swap(2));
                self.emit(Instr::StoreSubscr);
            }
            other => {
                let msg = format!(
                    "'{}' is an illegal expression for augmented assignment",
                    expr_name(other)
                );
                return Err(self.error(msg, other.range()));
            }
        }
        Ok(())
    }

    fn for_stmt(&mut self, f: &'a ast::StmtFor) -> Result<(), CompileError> {
        let start = self.new_label();
        let cleanup = self.new_label();
        let exit = self.new_label();
        self.iterable(&f.iter)?;
        self.emit(Instr::GetIter);
        self.bind(start);
        let p = self.set_pos(f.range);
        self.emit(Instr::ForIter(cleanup));
        self.restore_pos(p);
        self.store_target(&f.target)?;
        self.unit().fblocks.push(FBlock::Loop {
            is_for: true,
            start,
            exit,
        });
        self.stmts(&f.body)?;
        self.unit().fblocks.pop();
        self.emit(Instr::Jump(start));
        self.bind(cleanup);
        self.stmts(&f.orelse)?;
        self.bind(exit);
        Ok(())
    }

    /// `async for`: each step awaits `__anext__()`; StopAsyncIteration from that await
    /// (caught by `EndAsyncFor`) ends the loop.
    fn async_for_stmt(&mut self, f: &'a ast::StmtAsyncFor) -> Result<(), CompileError> {
        let start = self.new_label();
        let cleanup = self.new_label();
        let exit = self.new_label();
        self.iterable(&f.iter)?;
        let p = self.set_pos(f.range);
        self.emit(Instr::GetAiter);
        self.restore_pos(p);
        self.bind(start);
        let depth = self.stack_base() + 1;
        let outer = self.unit_ref().handler;
        self.unit().handler = Some(Handler {
            label: cleanup,
            depth,
        });
        // CPython places the step at the whole statement.
        let p = self.set_pos(f.range);
        self.emit(Instr::GetAnext);
        self.await_loop();
        self.restore_pos(p);
        self.unit().handler = outer;
        self.store_target(&f.target)?;
        self.unit().fblocks.push(FBlock::Loop {
            is_for: true,
            start,
            exit,
        });
        self.stmts(&f.body)?;
        self.unit().fblocks.pop();
        self.emit(Instr::Jump(start));
        self.bind(cleanup);
        let p = self.set_pos(f.iter.range());
        self.emit(Instr::EndAsyncFor);
        self.restore_pos(p);
        self.stmts(&f.orelse)?;
        self.bind(exit);
        Ok(())
    }

    /// `iterator -> result`: the loop of `await` (and `yield from`), sending into the iterator
    /// what the frame is resumed with until it returns.
    fn await_loop(&mut self) {
        self.load_const(Value::None);
        let send = self.new_label();
        let exit = self.new_label();
        self.bind(send);
        self.emit(Instr::Send(exit));
        self.emit(Instr::YieldValue);
        self.emit(Instr::Jump(send));
        self.bind(exit);
    }

    fn while_stmt(&mut self, w: &'a ast::StmtWhile) -> Result<(), CompileError> {
        let start = self.new_label();
        let orelse = self.new_label();
        let exit = self.new_label();
        self.bind(start);
        self.jump_if(&w.test, false, orelse)?;
        self.unit().fblocks.push(FBlock::Loop {
            is_for: false,
            start,
            exit,
        });
        self.stmts(&w.body)?;
        self.unit().fblocks.pop();
        self.emit(Instr::Jump(start));
        self.bind(orelse);
        self.stmts(&w.orelse)?;
        self.bind(exit);
        Ok(())
    }

    fn try_stmt(&mut self, t: &TryParts<'a>) -> Result<(), CompileError> {
        if t.finalbody.is_empty() {
            self.try_except(t)
        } else {
            self.try_finally(t)
        }
    }

    fn try_except(&mut self, t: &TryParts<'a>) -> Result<(), CompileError> {
        let base = self.stack_base();
        let outer = self.unit_ref().handler;
        let except = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();

        self.unit().handler = Some(Handler {
            label: except,
            depth: base,
        });
        self.unit().fblocks.push(FBlock::TryExcept { outer });
        self.emit(Instr::Nop);
        self.stmts(t.body)?;
        self.unit().fblocks.pop();
        self.unit().handler = outer;
        self.stmts(t.orelse)?;
        self.emit(Instr::Jump(end));

        // Handlers. Stack: base + exc.
        self.bind(except);
        self.unit().handler = Some(Handler {
            label: cleanup,
            depth: base + 1,
        });
        self.emit(Instr::PushExcInfo);
        if t.star {
            return self.except_star_handlers(t, base, outer, cleanup, end);
        }
        for h in t.handlers {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            let p = self.set_pos(h.range);
            let next = self.new_label();
            if let Some(ty) = &h.type_ {
                self.expr(ty)?;
                self.emit(Instr::CheckExcMatch);
                self.emit(Instr::PopJumpIfFalse(next));
            }
            let name = h.name.as_ref().map(|n| n.as_str());
            match name {
                Some(n) => self.store_name(n),
                None => {
                    self.emit(Instr::Pop);
                }
            }
            self.unit()
                .fblocks
                .push(FBlock::HandlerCleanup { name, outer });
            if let Some(n) = name {
                // `except E as e`: e is deleted when the clause ends, even by an exception.
                let name_cleanup = self.new_label();
                let saved_handler = self.unit_ref().handler;
                self.unit().handler = Some(Handler {
                    label: name_cleanup,
                    depth: base + 1,
                });
                self.stmts(&h.body)?;
                self.unit().handler = saved_handler;
                self.unit().fblocks.pop();
                self.emit(Instr::PopExcept);
                self.clear_name(n);
                self.emit(Instr::Jump(end));
                self.bind(name_cleanup);
                self.clear_name(n);
                self.emit(Instr::Reraise);
            } else {
                self.stmts(&h.body)?;
                self.unit().fblocks.pop();
                self.emit(Instr::PopExcept);
                self.emit(Instr::Jump(end));
            }
            self.restore_pos(p);
            self.bind(next);
        }
        // No handler matched: re-raise (the cleanup handler restores the exception info).
        self.emit(Instr::Reraise);

        // Cleanup: stack base + saved_exc_info + new exception.
        self.handler_cleanup(cleanup, outer);
        self.bind(end);
        Ok(())
    }

    /// The clauses of `except*`, as CPython 3.11 compiles them. Each clause splits off the part
    /// of the group it matches; what the clauses raise and what none of them handled are
    /// combined at the end by `PrepReraiseStar`. Stack on entry: base + saved_exc_info + exc,
    /// with the cleanup handler set.
    fn except_star_handlers(
        &mut self,
        t: &TryParts<'a>,
        base: u32,
        outer: Option<Handler>,
        cleanup: Label,
        end: Label,
    ) -> Result<(), CompileError> {
        // base + saved_exc_info + orig + raised_list + rest
        self.emit(Instr::BuildList(0));
        self.emit(Instr::Copy(2));
        for h in t.handlers {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            let p = self.set_pos(h.range);
            let next = self.new_label();
            let no_match = self.new_label();
            let body_raised = self.new_label();
            let Some(ty) = &h.type_ else {
                return Err(self.error("expected one or more exception types", h.range));
            };
            self.expr(ty)?;
            self.emit(Instr::CheckEgMatch);
            self.emit(Instr::Copy(1));
            self.emit(Instr::PopJumpIfNone(no_match));
            let name = h.name.as_ref().map(|n| n.as_str());
            match name {
                Some(n) => self.store_name(n),
                None => {
                    self.emit(Instr::Pop);
                }
            }
            self.unit().handler = Some(Handler {
                label: body_raised,
                depth: base + 4,
            });
            self.unit().fblocks.push(FBlock::ExceptStarBody);
            self.stmts(&h.body)?;
            self.unit().fblocks.pop();
            self.unit().handler = Some(Handler {
                label: cleanup,
                depth: base + 1,
            });
            if let Some(n) = name {
                self.clear_name(n);
            }
            self.emit(Instr::Jump(next));
            self.bind(no_match);
            self.emit(Instr::Pop);
            self.emit(Instr::Jump(next));
            // The clause raised: its exception joins the list. Stack: ... rest + exc.
            self.bind(body_raised);
            if let Some(n) = name {
                self.clear_name(n);
            }
            self.emit(Instr::ListAppend(2));
            self.restore_pos(p);
            self.bind(next);
        }
        // What no clause matched joins the list too; then decide what, if anything, leaves.
        let reraise = self.new_label();
        self.emit(Instr::ListAppend(1));
        self.emit(Instr::PrepReraiseStar);
        self.emit(Instr::Copy(1));
        self.emit(Instr::PopJumpIfNotNone(reraise));
        self.emit(Instr::Pop);
        self.emit(Instr::PopExcept);
        self.emit(Instr::Jump(end));
        // The cleanup handler restores the exception info, as for an unmatched `except`.
        self.bind(reraise);
        self.emit(Instr::Reraise);

        self.handler_cleanup(cleanup, outer);
        self.bind(end);
        Ok(())
    }

    /// The handler that runs when an exception escapes an `except` clause or `finally` body:
    /// stack base + saved_exc_info + exception; restores the saved info and re-raises.
    fn handler_cleanup(&mut self, label: Label, outer: Option<Handler>) {
        self.bind(label);
        self.unit().handler = outer;
        self.emit(Instr::Swap(2));
        self.emit(Instr::PopExcept);
        self.emit(Instr::Reraise);
    }

    /// `name = None; del name`: unbinds an `except ... as name` target when the clause ends.
    fn clear_name(&mut self, name: &str) {
        self.load_const(Value::None);
        self.store_name(name);
        self.delete_name(name);
    }

    fn try_finally(&mut self, t: &TryParts<'a>) -> Result<(), CompileError> {
        let base = self.stack_base();
        let outer = self.unit_ref().handler;
        let fin_exc = self.new_label();
        let fin_cleanup = self.new_label();
        let end = self.new_label();

        self.unit().handler = Some(Handler {
            label: fin_exc,
            depth: base,
        });
        self.unit().fblocks.push(FBlock::Finally {
            body: t.finalbody,
            outer,
        });
        self.emit(Instr::Nop);
        if t.handlers.is_empty() {
            self.stmts(t.body)?;
            self.stmts(t.orelse)?;
        } else {
            self.try_except(t)?;
        }
        self.unit().fblocks.pop();
        self.unit().handler = outer;
        self.stmts(t.finalbody)?;
        self.emit(Instr::Jump(end));

        // Exception path: stack base + exc.
        self.bind(fin_exc);
        self.unit().handler = Some(Handler {
            label: fin_cleanup,
            depth: base + 1,
        });
        self.emit(Instr::PushExcInfo);
        self.unit().fblocks.push(FBlock::FinallyEnd { outer });
        self.stmts(t.finalbody)?;
        self.unit().fblocks.pop();
        self.emit(Instr::Reraise);
        self.handler_cleanup(fin_cleanup, outer);
        self.bind(end);
        Ok(())
    }

    fn with_stmt(
        &mut self,
        items: &'a [ast::WithItem],
        body: &'a [ast::Stmt],
        range: TextRange,
        is_async: bool,
    ) -> Result<(), CompileError> {
        let Some((item, rest)) = items.split_first() else {
            return self.stmts(body);
        };
        let base = self.stack_base();
        let outer = self.unit_ref().handler;
        let exc = self.new_label();
        let cleanup = self.new_label();
        let suppress = self.new_label();
        let end = self.new_label();

        self.expr(&item.context_expr)?;
        let p = self.set_pos(item.context_expr.range());
        if is_async {
            self.emit(Instr::BeforeAsyncWith);
            self.emit(Instr::GetAwaitable(1));
            self.await_loop();
        } else {
            self.emit(Instr::BeforeWith);
        }
        self.restore_pos(p);
        self.unit().handler = Some(Handler {
            label: exc,
            depth: base + 1,
        });
        self.unit().fblocks.push(FBlock::With { outer, is_async });
        match &item.optional_vars {
            Some(t) => self.store_target(t)?,
            None => {
                self.emit(Instr::Pop);
            }
        }
        self.with_stmt(rest, body, range, is_async)?;
        self.unit().fblocks.pop();
        self.unit().handler = outer;
        // Normal exit: exit(None, None, None).
        let p = self.set_pos(range);
        self.call_exit(is_async);
        self.emit(Instr::Jump(end));

        // Exceptional exit. Stack: base + exit + exc.
        self.bind(exc);
        self.unit().handler = Some(Handler {
            label: cleanup,
            depth: base + 2,
        });
        self.emit(Instr::PushExcInfo);
        if is_async {
            self.emit(Instr::AsyncWithExceptStart);
            self.emit(Instr::GetAwaitable(2));
            self.await_loop();
        } else {
            self.emit(Instr::WithExceptStart);
        }
        self.emit(Instr::PopJumpIfTrue(suppress));
        self.emit(Instr::Reraise);
        self.bind(suppress);
        self.emit(Instr::Pop);
        self.emit(Instr::PopExcept);
        self.emit(Instr::Pop);
        self.emit(Instr::Jump(end));
        self.handler_cleanup(cleanup, outer);
        self.restore_pos(p);
        self.bind(end);
        Ok(())
    }

    /// `exit ->`: the normal exit of a `with` block, `exit(None, None, None)`, awaited for
    /// `async with`.
    fn call_exit(&mut self, is_async: bool) {
        self.load_const(Value::None);
        self.load_const(Value::None);
        self.load_const(Value::None);
        self.emit(Instr::Call(3));
        if is_async {
            self.emit(Instr::GetAwaitable(2));
            self.await_loop();
        }
        self.emit(Instr::Pop);
    }

    /// Runs the cleanup of every enclosing block (for `return`).
    fn unwind_all(&mut self, preserve_tos: bool) {
        let saved_blocks = self.unit_ref().fblocks.clone();
        let saved_handler = self.unit_ref().handler;
        while let Some(fb) = self.unit().fblocks.pop() {
            self.unwind_block(&fb, preserve_tos);
        }
        self.unit().fblocks = saved_blocks;
        self.unit().handler = saved_handler;
    }

    /// Runs the cleanup of blocks inside the innermost loop, then jumps to its start
    /// (`continue`) or exit (`break`). Returns false if there is no enclosing loop.
    fn unwind_to_loop(
        &mut self,
        is_continue: bool,
        range: TextRange,
    ) -> Result<bool, CompileError> {
        let saved_blocks = self.unit_ref().fblocks.clone();
        let saved_handler = self.unit_ref().handler;
        let mut found = None;
        while let Some(fb) = self.unit().fblocks.pop() {
            if let FBlock::ExceptStarBody = fb {
                return Err(self.compiler_error(EXCEPT_STAR_EXIT, range));
            }
            if let FBlock::Loop {
                is_for,
                start,
                exit,
            } = fb
            {
                found = Some((is_for, start, exit));
                break;
            }
            self.unwind_block(&fb, false);
        }
        let result = match found {
            Some((is_for, start, exit)) => {
                if is_continue {
                    self.emit(Instr::Jump(start));
                } else {
                    if is_for {
                        self.emit(Instr::Pop);
                    }
                    self.emit(Instr::Jump(exit));
                }
                true
            }
            None => false,
        };
        self.unit().fblocks = saved_blocks;
        self.unit().handler = saved_handler;
        Ok(result)
    }

    fn unwind_block(&mut self, fb: &FBlock<'a>, preserve_tos: bool) {
        match fb {
            FBlock::Loop { is_for, .. } => {
                if *is_for {
                    if preserve_tos {
                        self.emit(Instr::Swap(2));
                    }
                    self.emit(Instr::Pop);
                }
            }
            FBlock::TryExcept { outer } => {
                self.unit().handler = *outer;
            }
            FBlock::Finally { body, outer } => {
                self.unit().handler = *outer;
                if preserve_tos {
                    self.unit().fblocks.push(FBlock::PopValue);
                }
                // Errors in the finally body are reported by its normal compilation; here we
                // compile the same statements again for this exit path.
                let _ = self.stmts(body);
                if preserve_tos {
                    self.unit().fblocks.pop();
                }
            }
            FBlock::FinallyEnd { outer } => {
                self.unit().handler = *outer;
                if preserve_tos {
                    self.emit(Instr::Swap(2));
                }
                self.emit(Instr::Pop);
                if preserve_tos {
                    self.emit(Instr::Swap(2));
                }
                self.emit(Instr::PopExcept);
            }
            FBlock::With { outer, is_async } => {
                self.unit().handler = *outer;
                if preserve_tos {
                    self.emit(Instr::Swap(2));
                }
                self.call_exit(*is_async);
            }
            FBlock::HandlerCleanup { name, outer } => {
                self.unit().handler = *outer;
                if preserve_tos {
                    self.emit(Instr::Swap(2));
                }
                self.emit(Instr::PopExcept);
                if let Some(n) = name {
                    self.clear_name(n);
                }
            }
            FBlock::ExceptStarBody => {}
            FBlock::PopValue => {
                if preserve_tos {
                    self.emit(Instr::Swap(2));
                }
                self.emit(Instr::Pop);
            }
        }
    }

    // ---- assignment targets --------------------------------------------------------------

    /// Rejects an assignment whose targets include something that cannot be assigned to,
    /// with CPython's parser's message: a single target followed by `=` and an operand gets its
    /// "Maybe you meant '==' instead of '='?" hint.
    fn check_assign_targets(&self, a: &ast::StmtAssign) -> Result<(), CompileError> {
        for t in &a.targets {
            let Some(bad) = invalid_target(t) else {
                continue;
            };
            let name = expr_name(bad);
            let last = match t {
                ast::Expr::Tuple(tu) if !self.parenthesized(tu.range) => tu.elts.last(),
                other => Some(other),
            };
            let hint = a.targets.len() == 1
                && last.is_some_and(|l| std::ptr::eq(l, bad))
                && operand_like(bad)
                && self.starts_with_operand(&a.value);
            let msg = if hint {
                format!("cannot assign to {name} here. Maybe you meant '==' instead of '='?")
            } else {
                format!("cannot assign to {name}")
            };
            return Err(self.error(msg, bad.range()));
        }
        Ok(())
    }

    /// Whether the source at `range` starts with a parenthesis.
    fn parenthesized(&self, range: TextRange) -> bool {
        self.source.text[u32::from(range.start()) as usize..].starts_with('(')
    }

    /// Whether expression `e` begins with an operand (CPython's `bitwise_or`), which is what
    /// the parser's `==` hint looks for after the `=`.
    fn starts_with_operand(&self, e: &ast::Expr) -> bool {
        use ast::Expr as E;
        match e {
            E::UnaryOp(u) => u.op != ast::UnaryOp::Not,
            E::Lambda(_) | E::Yield(_) | E::YieldFrom(_) | E::Starred(_) | E::NamedExpr(_) => {
                self.parenthesized(e.range())
            }
            E::Tuple(t) if !self.parenthesized(t.range) => {
                t.elts.first().is_some_and(|f| self.starts_with_operand(f))
            }
            E::Compare(c) => self.starts_with_operand(&c.left),
            E::BoolOp(b) => b
                .values
                .first()
                .is_some_and(|f| self.starts_with_operand(f)),
            E::IfExp(i) => self.starts_with_operand(&i.body),
            _ => true,
        }
    }

    /// Pushes the key of a subscript: for a slice `a:b` or `a:b:c`, its bounds apart (and
    /// returns how many, for `Slice`/`StoreSlice`), else the key's value.
    fn slice_bounds(&mut self, key: &'a ast::Expr) -> Result<Option<u32>, CompileError> {
        let ast::Expr::Slice(s) = key else {
            self.expr(key)?;
            return Ok(None);
        };
        let saved = self.set_pos(s.range);
        for bound in [&s.lower, &s.upper] {
            match bound {
                Some(v) => self.expr(v)?,
                None => self.load_const(Value::None),
            }
        }
        if let Some(step) = &s.step {
            self.expr(step)?;
        }
        self.restore_pos(saved);
        Ok(Some(if s.step.is_some() { 3 } else { 2 }))
    }

    fn store_target(&mut self, t: &'a ast::Expr) -> Result<(), CompileError> {
        use ast::Expr as E;
        match t {
            E::Name(n) => self.store_name(n.id.as_str()),
            E::Attribute(a) => {
                self.expr(&a.value)?;
                let i = self.attr_idx(a.attr.as_str());
                let p = self.set_pos(a.range);
                self.emit(Instr::StoreAttr(i));
                self.restore_pos(p);
            }
            E::Subscript(s) => {
                self.expr(&s.value)?;
                let bounds = self.slice_bounds(&s.slice)?;
                let p = self.set_subscript_pos(s);
                self.emit(match bounds {
                    Some(n) => Instr::StoreSlice(n),
                    None => Instr::StoreSubscr,
                });
                self.restore_pos(p);
            }
            E::Tuple(tu) => self.unpack(&tu.elts, tu.range)?,
            E::List(l) => self.unpack(&l.elts, l.range)?,
            E::Starred(s) => {
                return Err(self.compiler_error(
                    "starred assignment target must be in a list or tuple",
                    s.range,
                ))
            }
            other => {
                let msg = format!("cannot assign to {}", expr_name(other));
                return Err(self.error(msg, other.range()));
            }
        }
        Ok(())
    }

    fn unpack(&mut self, elts: &'a [ast::Expr], range: TextRange) -> Result<(), CompileError> {
        let star = elts.iter().position(|e| matches!(e, ast::Expr::Starred(_)));
        let p = self.set_pos(range);
        match star {
            Some(i) => {
                if elts
                    .iter()
                    .filter(|e| matches!(e, ast::Expr::Starred(_)))
                    .count()
                    > 1
                {
                    return Err(
                        self.compiler_error("multiple starred expressions in assignment", range)
                    );
                }
                self.emit(Instr::UnpackEx(i as u32, (elts.len() - i - 1) as u32));
            }
            None => {
                self.emit(Instr::UnpackSequence(elts.len() as u32));
            }
        }
        self.restore_pos(p);
        for e in elts {
            match e {
                ast::Expr::Starred(s) => self.store_target(&s.value)?,
                other => self.store_target(other)?,
            }
        }
        Ok(())
    }

    fn delete_target(&mut self, t: &'a ast::Expr) -> Result<(), CompileError> {
        use ast::Expr as E;
        match t {
            E::Name(n) => self.delete_name(n.id.as_str()),
            E::Attribute(a) => {
                self.expr(&a.value)?;
                let i = self.attr_idx(a.attr.as_str());
                let p = self.set_pos(a.range);
                self.emit(Instr::DeleteAttr(i));
                self.restore_pos(p);
            }
            E::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                let p = self.set_subscript_pos(s);
                self.emit(Instr::DeleteSubscr);
                self.restore_pos(p);
            }
            E::Tuple(tu) => {
                for e in &tu.elts {
                    self.delete_target(e)?;
                }
            }
            E::List(l) => {
                for e in &l.elts {
                    self.delete_target(e)?;
                }
            }
            other => {
                let msg = format!("cannot delete {}", expr_name(other));
                return Err(self.error(msg, other.range()));
            }
        }
        Ok(())
    }

    // ---- expressions ---------------------------------------------------------------------

    /// Compiles `e` and jumps to `target` if its truth equals `when`; falls through otherwise.
    fn jump_if(&mut self, e: &'a ast::Expr, when: bool, target: Label) -> Result<(), CompileError> {
        match e {
            ast::Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not => {
                return self.jump_if(&u.operand, !when, target);
            }
            ast::Expr::BoolOp(b) => {
                let is_and = b.op == ast::BoolOp::And;
                let n = b.values.len();
                if is_and != when {
                    // `a and b` jumping when false (or `a or b` jumping when true): any operand
                    // deciding it jumps straight to the target.
                    for v in &b.values {
                        self.jump_if(v, when, target)?;
                    }
                } else {
                    let skip = self.new_label();
                    for (i, v) in b.values.iter().enumerate() {
                        if i + 1 < n {
                            self.jump_if(v, !when, skip)?;
                        } else {
                            self.jump_if(v, when, target)?;
                        }
                    }
                    self.bind(skip);
                }
                return Ok(());
            }
            _ => {}
        }
        self.expr(e)?;
        self.emit(if when {
            Instr::PopJumpIfTrue(target)
        } else {
            Instr::PopJumpIfFalse(target)
        });
        Ok(())
    }

    fn expr(&mut self, e: &'a ast::Expr) -> Result<(), CompileError> {
        use ast::Expr as E;
        let saved = self.set_pos(e.range());
        match e {
            E::BoolOp(b) => {
                let end = self.new_label();
                let n = b.values.len();
                for (i, v) in b.values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < n {
                        self.emit(if b.op == ast::BoolOp::And {
                            Instr::JumpIfFalseOrPop(end)
                        } else {
                            Instr::JumpIfTrueOrPop(end)
                        });
                    }
                }
                self.bind(end);
            }
            E::NamedExpr(n) => {
                self.expr(&n.value)?;
                self.emit(Instr::Copy(1));
                self.store_target(&n.target)?;
            }
            E::BinOp(b) => {
                self.expr(&b.left)?;
                self.expr(&b.right)?;
                let mut p = self.range_pos(b.range);
                let left = self.range_pos(b.left.range());
                let right = self.range_pos(b.right.range());
                if left.end_line == p.line && right.line == p.line {
                    p.anchor = Anchor::BinOp {
                        op_start: left.end_col,
                        op_end: right.col,
                    };
                }
                self.unit().pos = p;
                self.emit(Instr::BinaryOp(binop(b.op)));
            }
            E::UnaryOp(u) => {
                self.expr(&u.operand)?;
                self.set_pos(u.range);
                self.emit(Instr::Unary(match u.op {
                    ast::UnaryOp::Invert => UnaryOp::Invert,
                    ast::UnaryOp::Not => UnaryOp::Not,
                    ast::UnaryOp::UAdd => UnaryOp::Pos,
                    ast::UnaryOp::USub => UnaryOp::Neg,
                }));
            }
            E::Lambda(l) => {
                let scope = self.table.scope_of(l);
                let line = self.range_pos(l.range).line;
                self.make_function(scope, "<lambda>", &l.args, line, &[], |c| {
                    c.expr(&l.body)?;
                    c.emit(Instr::Return);
                    Ok(())
                })?;
            }
            E::IfExp(i) => {
                let orelse = self.new_label();
                let end = self.new_label();
                self.jump_if(&i.test, false, orelse)?;
                self.expr(&i.body)?;
                self.emit(Instr::Jump(end));
                self.bind(orelse);
                self.expr(&i.orelse)?;
                self.bind(end);
            }
            E::Dict(d) => self.dict_display(d)?,
            E::Set(s) => {
                // CPython folds a display of 3+ constants into a frozenset constant and builds
                // the set from it, which gives a different iteration order than adding the
                // items one by one (see `table::set_table`).
                let folded = if s.elts.len() >= 3 {
                    self.constant_set(&s.elts)
                } else {
                    None
                };
                if let Some(frozen) = folded {
                    self.emit(Instr::BuildSet(0));
                    self.load_const(frozen);
                    self.emit(Instr::SetUpdate(1));
                } else if s.elts.iter().any(|e| matches!(e, E::Starred(_))) {
                    self.emit(Instr::BuildSet(0));
                    for v in &s.elts {
                        match v {
                            E::Starred(st) => {
                                self.expr(&st.value)?;
                                self.emit(Instr::SetUpdate(1));
                            }
                            other => {
                                self.expr(other)?;
                                self.emit(Instr::SetAdd(1));
                            }
                        }
                    }
                } else {
                    for v in &s.elts {
                        self.expr(v)?;
                    }
                    self.emit(Instr::BuildSet(s.elts.len() as u32));
                }
            }
            E::ListComp(c) => self.comprehension(e, &c.generators, CompKind::List, &c.elt, None)?,
            E::SetComp(c) => self.comprehension(e, &c.generators, CompKind::Set, &c.elt, None)?,
            E::DictComp(c) => {
                self.comprehension(e, &c.generators, CompKind::Dict, &c.key, Some(&c.value))?
            }
            E::GeneratorExp(c) => {
                self.comprehension(e, &c.generators, CompKind::Gen, &c.elt, None)?
            }
            E::Await(a) => {
                self.expr(&a.value)?;
                self.set_pos(a.range);
                self.emit(Instr::GetAwaitable(0));
                self.await_loop();
            }
            E::Yield(y) => {
                match &y.value {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Value::None),
                }
                self.set_pos(y.range);
                if self.unit_ref().flags.async_generator {
                    self.emit(Instr::AsyncGenWrap);
                }
                self.emit(Instr::YieldValue);
            }
            E::YieldFrom(y) => {
                self.expr(&y.value)?;
                self.set_pos(y.range);
                self.emit(Instr::GetYieldFromIter);
                self.await_loop();
            }
            E::Compare(c) => self.compare(c)?,
            E::Call(c) => self.call(c)?,
            E::FormattedValue(f) => {
                self.expr(&f.value)?;
                let conv = match f.conversion {
                    ast::ConversionFlag::Str => Conversion::Str,
                    ast::ConversionFlag::Repr => Conversion::Repr,
                    ast::ConversionFlag::Ascii => Conversion::Ascii,
                    _ => Conversion::None,
                };
                if let Some(spec) = &f.format_spec {
                    self.expr(spec)?;
                }
                self.emit(Instr::FormatValue(conv, f.format_spec.is_some()));
            }
            E::JoinedStr(j) => {
                for v in &j.values {
                    self.expr(v)?;
                }
                if j.values.len() != 1 || !matches!(j.values[0], E::Constant(_)) {
                    self.emit(Instr::BuildString(j.values.len() as u32));
                }
            }
            E::Constant(c) => {
                let v = self.constant(&c.value);
                self.load_const(v);
            }
            E::Attribute(a) => {
                self.expr(&a.value)?;
                self.set_pos(a.range);
                let i = self.attr_idx(a.attr.as_str());
                self.emit(Instr::LoadAttr(i));
            }
            E::Subscript(s) => {
                self.expr(&s.value)?;
                let bounds = self.slice_bounds(&s.slice)?;
                self.set_subscript_pos(s);
                self.emit(match bounds {
                    Some(n) => Instr::Slice(n),
                    None => Instr::Subscr,
                });
            }
            E::Starred(s) => {
                return Err(self.compiler_error("can't use starred expression here", s.range));
            }
            E::Name(n) => {
                self.load_name(n.id.as_str());
            }
            E::List(l) => self.sequence_display(&l.elts, false)?,
            E::Tuple(t) => {
                if let Some(v) = self.constant_tuple(&t.elts) {
                    self.load_const(v);
                } else {
                    self.sequence_display(&t.elts, true)?;
                }
            }
            E::Slice(s) => {
                for part in [&s.lower, &s.upper] {
                    match part {
                        Some(v) => self.expr(v)?,
                        None => self.load_const(Value::None),
                    }
                }
                match &s.step {
                    Some(v) => {
                        self.expr(v)?;
                        self.emit(Instr::BuildSlice(3));
                    }
                    None => {
                        self.emit(Instr::BuildSlice(2));
                    }
                }
            }
        }
        self.restore_pos(saved);
        Ok(())
    }

    fn constant(&self, c: &ast::Constant) -> Value {
        match c {
            ast::Constant::None => Value::None,
            ast::Constant::Bool(b) => Value::Bool(*b),
            ast::Constant::Str(s) => {
                if s.len() <= 32 && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
                    Value::Obj(intern(s))
                } else {
                    new_str(s.as_str())
                }
            }
            ast::Constant::Bytes(b) => new_bytes(b.clone()),
            ast::Constant::Int(i) => Value::from_bigint(i.clone()),
            ast::Constant::Float(f) => Value::Float(*f),
            ast::Constant::Complex { real, imag } => crate::object::new_complex(*real, *imag),
            ast::Constant::Ellipsis => Value::Obj(types().ellipsis.clone()),
            ast::Constant::Tuple(items) => {
                let mut vs = Vec::new();
                for i in items {
                    vs.push(self.constant(i));
                }
                new_tuple(vs)
            }
        }
    }

    /// A tuple display whose items are all constants, folded into one constant.
    fn constant_tuple(&self, elts: &[ast::Expr]) -> Option<Value> {
        if elts.is_empty() {
            return Some(new_tuple(vec![]));
        }
        let mut vs = Vec::new();
        for e in elts {
            match e {
                ast::Expr::Constant(c) => vs.push(self.constant(&c.value)),
                _ => return None,
            }
        }
        Some(new_tuple(vs))
    }

    /// The value of an expression CPython's AST optimizer folds to a constant: literals, unary
    /// operators on numbers, tuples of constants, and int arithmetic that cannot fail.
    fn folded_constant(&self, e: &ast::Expr) -> Option<Value> {
        match e {
            ast::Expr::Constant(c) => Some(self.constant(&c.value)),
            ast::Expr::UnaryOp(u) => match (u.op, self.folded_constant(&u.operand)?) {
                (ast::UnaryOp::USub, Value::Int(i)) => i.checked_neg().map(Value::Int),
                (ast::UnaryOp::USub, Value::Float(f)) => Some(Value::Float(-f)),
                (ast::UnaryOp::UAdd, v @ (Value::Int(_) | Value::Float(_))) => Some(v),
                (ast::UnaryOp::Invert, Value::Int(i)) => Some(Value::Int(!i)),
                _ => None,
            },
            ast::Expr::BinOp(b) => {
                match (
                    self.folded_constant(&b.left)?,
                    self.folded_constant(&b.right)?,
                ) {
                    (Value::Int(x), Value::Int(y)) => {
                        crate::ops::arith::int_op_fast(binop(b.op), x, y)
                    }
                    _ => None,
                }
            }
            ast::Expr::Tuple(t) => {
                let items = t.elts.iter().map(|e| self.folded_constant(e));
                Some(new_tuple(items.collect::<Option<Vec<_>>>()?))
            }
            _ => None,
        }
    }

    /// The frozenset constant for a set display whose items all fold to constants.
    fn constant_set(&mut self, elts: &[ast::Expr]) -> Option<Value> {
        let items = elts.iter().map(|e| self.folded_constant(e));
        let items = items.collect::<Option<Vec<_>>>()?;
        crate::builtins::set::constant_frozenset(&items, &mut self.frozensets)
    }

    /// An expression that is iterated (`for`, comprehensions, the right of `in`): CPython turns
    /// a set display of constants there into a frozenset constant.
    fn iterable(&mut self, e: &'a ast::Expr) -> Result<(), CompileError> {
        if let ast::Expr::Set(s) = e {
            if let Some(frozen) = self.constant_set(&s.elts) {
                self.load_const(frozen);
                return Ok(());
            }
        }
        self.expr(e)
    }

    /// Comparator `i` of a comparison; the last one is an iterable when the operator is `in`.
    fn comparator(&mut self, c: &'a ast::ExprCompare, i: usize) -> Result<(), CompileError> {
        let last = i + 1 == c.ops.len();
        if last && matches!(c.ops[i], ast::CmpOp::In | ast::CmpOp::NotIn) {
            self.iterable(&c.comparators[i])
        } else {
            self.expr(&c.comparators[i])
        }
    }

    fn sequence_display(&mut self, elts: &'a [ast::Expr], tuple: bool) -> Result<(), CompileError> {
        if elts.iter().any(|e| matches!(e, ast::Expr::Starred(_))) {
            self.emit(Instr::BuildList(0));
            for v in elts {
                match v {
                    ast::Expr::Starred(st) => {
                        self.expr(&st.value)?;
                        self.emit(Instr::ListExtend(1));
                    }
                    other => {
                        self.expr(other)?;
                        self.emit(Instr::ListAppend(1));
                    }
                }
            }
            if tuple {
                self.emit(Instr::ListToTuple);
            }
        } else {
            for v in elts {
                self.expr(v)?;
            }
            let n = elts.len() as u32;
            self.emit(if tuple {
                Instr::BuildTuple(n)
            } else {
                Instr::BuildList(n)
            });
        }
        Ok(())
    }

    fn dict_display(&mut self, d: &'a ast::ExprDict) -> Result<(), CompileError> {
        if d.keys.iter().all(|k| k.is_some()) {
            for (k, v) in d.keys.iter().zip(&d.values) {
                if let Some(k) = k {
                    self.expr(k)?;
                }
                self.expr(v)?;
            }
            self.emit(Instr::BuildMap(d.values.len() as u32));
            return Ok(());
        }
        self.emit(Instr::BuildMap(0));
        for (k, v) in d.keys.iter().zip(&d.values) {
            match k {
                Some(k) => {
                    self.expr(k)?;
                    self.expr(v)?;
                    self.emit(Instr::MapAdd(1));
                }
                None => {
                    self.expr(v)?;
                    self.emit(Instr::DictUpdate(1));
                }
            }
        }
        Ok(())
    }

    fn compare(&mut self, c: &'a ast::ExprCompare) -> Result<(), CompileError> {
        self.expr(&c.left)?;
        let n = c.ops.len();
        if n == 1 {
            self.comparator(c, 0)?;
            self.set_pos(c.range);
            self.emit(cmp_instr(c.ops[0]));
            return Ok(());
        }
        let cleanup = self.new_label();
        let end = self.new_label();
        for (i, op) in c.ops.iter().enumerate() {
            self.comparator(c, i)?;
            self.set_pos(c.range);
            if i + 1 < n {
                self.emit(Instr::Swap(2));
                self.emit(Instr::Copy(2));
                self.emit(cmp_instr(*op));
                self.emit(Instr::JumpIfFalseOrPop(cleanup));
            } else {
                self.emit(cmp_instr(*op));
            }
        }
        self.emit(Instr::Jump(end));
        self.bind(cleanup);
        self.emit(Instr::Swap(2));
        self.emit(Instr::Pop);
        self.bind(end);
        Ok(())
    }

    /// `super()` with no arguments in a method: `super(__class__, <first argument>)`.
    fn zero_arg_super(&mut self, c: &'a ast::ExprCall) -> bool {
        let ast::Expr::Name(n) = c.func.as_ref() else {
            return false;
        };
        if n.id.as_str() != "super" || !c.args.is_empty() || !c.keywords.is_empty() {
            return false;
        }
        let scope = self.scope();
        if !scope.is_function_like() || !scope.freevars.iter().any(|f| f == "__class__") {
            return false;
        }
        let Some(first) = scope.params.first().cloned() else {
            return false;
        };
        self.load_name("super");
        let ci = self.cell_index("__class__");
        self.emit(Instr::LoadDeref(ci));
        self.load_name(&first);
        self.set_pos(c.range);
        self.emit(Instr::Call(2));
        true
    }

    /// `locals()`, `globals()` and `vars()` read the frame, so they compile to instructions
    /// (when the names still mean the builtins).
    fn frame_introspection(&mut self, c: &'a ast::ExprCall) -> bool {
        let ast::Expr::Name(n) = c.func.as_ref() else {
            return false;
        };
        if !c.args.is_empty() || !c.keywords.is_empty() {
            return false;
        }
        let instr = match n.id.as_str() {
            "locals" | "vars" | "dir" => Instr::LoadLocals,
            "globals" => Instr::LoadGlobals,
            _ => return false,
        };
        let scope = self.scope();
        if scope.kind != ScopeKind::Module
            && !matches!(scope.binding(n.id.as_str()), Binding::GlobalImplicit)
        {
            return false;
        }
        self.set_pos(c.range);
        if n.id.as_str() == "dir" {
            // dir() is the sorted names of the current scope.
            self.load_name("sorted");
            self.emit(instr);
            self.emit(Instr::Call(1));
        } else {
            self.emit(instr);
        }
        true
    }

    /// `eval(src)` and `exec(src)` run in the caller's namespaces: the call passes the frame's
    /// globals and locals along, and uses them if the callee is the builtin.
    fn exec_in_frame(&mut self, c: &'a ast::ExprCall) -> Result<bool, CompileError> {
        let ast::Expr::Name(n) = c.func.as_ref() else {
            return Ok(false);
        };
        let name = n.id.as_str();
        if !matches!(name, "eval" | "exec")
            || c.args.len() != 1
            || !c.keywords.is_empty()
            || matches!(c.args[0], ast::Expr::Starred(_))
        {
            return Ok(false);
        }
        self.load_name(name);
        self.expr(&c.args[0])?;
        self.emit(Instr::LoadGlobals);
        self.emit(Instr::LoadLocals);
        self.set_pos(c.range);
        self.emit(Instr::CallInFrame);
        Ok(true)
    }

    fn call(&mut self, c: &'a ast::ExprCall) -> Result<(), CompileError> {
        if self.zero_arg_super(c) || self.frame_introspection(c) || self.exec_in_frame(c)? {
            return Ok(());
        }
        let starred = c.args.iter().any(|a| matches!(a, ast::Expr::Starred(_)))
            || c.keywords.iter().any(|k| k.arg.is_none());
        if !starred {
            if let ast::Expr::Attribute(a) = c.func.as_ref() {
                if c.keywords.is_empty() {
                    self.expr(&a.value)?;
                    let p = self.set_pos(a.range);
                    let i = self.attr_idx(a.attr.as_str());
                    self.emit(Instr::LoadMethod(i));
                    self.restore_pos(p);
                    for arg in &c.args {
                        self.expr(arg)?;
                    }
                    self.set_pos(c.range);
                    self.emit(Instr::CallMethod(c.args.len() as u32));
                    return Ok(());
                }
            }
            self.expr(&c.func)?;
            for arg in &c.args {
                self.expr(arg)?;
            }
            for k in &c.keywords {
                self.expr(&k.value)?;
            }
            self.set_pos(c.range);
            let n = (c.args.len() + c.keywords.len()) as u32;
            if c.keywords.is_empty() {
                self.emit(Instr::Call(n));
            } else {
                let names: Vec<Value> = c
                    .keywords
                    .iter()
                    .map(|k| Value::Obj(intern(k.arg.as_ref().map(|a| a.as_str()).unwrap_or(""))))
                    .collect();
                let ki = self.add_const(new_tuple(names));
                self.emit(Instr::CallKw(n, ki));
            }
            return Ok(());
        }
        // General case: build an args tuple and a kwargs dict.
        self.expr(&c.func)?;
        self.sequence_display_for_call(&c.args)?;
        let has_kw = !c.keywords.is_empty();
        if has_kw {
            self.emit(Instr::BuildMap(0));
            for k in &c.keywords {
                match &k.arg {
                    Some(name) => {
                        self.load_const(new_str(name.as_str()));
                        self.expr(&k.value)?;
                        self.emit(Instr::MapAdd(1));
                    }
                    None => {
                        self.expr(&k.value)?;
                        self.emit(Instr::DictMerge(1));
                    }
                }
            }
        }
        self.set_pos(c.range);
        self.emit(Instr::CallEx(has_kw));
        Ok(())
    }

    fn sequence_display_for_call(&mut self, args: &'a [ast::Expr]) -> Result<(), CompileError> {
        self.emit(Instr::BuildList(0));
        for v in args {
            match v {
                ast::Expr::Starred(st) => {
                    self.expr(&st.value)?;
                    self.emit(Instr::CallArgsExtend);
                }
                other => {
                    self.expr(other)?;
                    self.emit(Instr::ListAppend(1));
                }
            }
        }
        self.emit(Instr::ListToTuple);
        Ok(())
    }

    fn comprehension(
        &mut self,
        node: &'a ast::Expr,
        generators: &'a [ast::Comprehension],
        kind: CompKind,
        elt: &'a ast::Expr,
        value: Option<&'a ast::Expr>,
    ) -> Result<(), CompileError> {
        let scope = self.table.scope_of(node);
        let name = match kind {
            CompKind::List => "<listcomp>",
            CompKind::Set => "<setcomp>",
            CompKind::Dict => "<dictcomp>",
            CompKind::Gen => "<genexpr>",
        };
        let line = self.range_pos(node.range()).line;
        let qualname = self.qualname_for(name);
        self.push_unit(scope, name, &qualname, line);
        self.unit().argcount = 1;
        match kind {
            CompKind::List => {
                self.emit(Instr::BuildList(0));
            }
            CompKind::Set => {
                self.emit(Instr::BuildSet(0));
            }
            CompKind::Dict => {
                self.emit(Instr::BuildMap(0));
            }
            CompKind::Gen => {}
        }
        self.comp_generator(generators, 0, kind, elt, value)?;
        if kind == CompKind::Gen {
            self.load_const(Value::None);
        }
        self.emit(Instr::Return);
        let code = self.pop_unit();
        let awaited = code.flags.coroutine;
        self.emit_closure_and_make(code, 0);
        self.iterable(&generators[0].iter)?;
        if generators[0].is_async {
            self.emit(Instr::GetAiter);
        } else {
            self.emit(Instr::GetIter);
        }
        self.emit(Instr::Call(1));
        if awaited {
            // An async list/set/dict comprehension is a coroutine, awaited in place.
            self.emit(Instr::GetAwaitable(0));
            self.await_loop();
        }
        Ok(())
    }

    fn comp_generator(
        &mut self,
        generators: &'a [ast::Comprehension],
        i: usize,
        kind: CompKind,
        elt: &'a ast::Expr,
        value: Option<&'a ast::Expr>,
    ) -> Result<(), CompileError> {
        let g = &generators[i];
        let start = self.new_label();
        let end = self.new_label();
        if i == 0 {
            self.emit(Instr::LoadFast(0));
        } else {
            self.iterable(&g.iter)?;
            if g.is_async {
                self.emit(Instr::GetAiter);
            } else {
                self.emit(Instr::GetIter);
            }
        }
        self.bind(start);
        if g.is_async {
            // The iterators of the enclosing `for`s (and the container being built) are below.
            let depth = (kind != CompKind::Gen) as u32 + i as u32 + 1;
            let outer = self.unit_ref().handler;
            self.unit().handler = Some(Handler { label: end, depth });
            self.emit(Instr::GetAnext);
            self.await_loop();
            self.unit().handler = outer;
        } else {
            self.emit(Instr::ForIter(end));
        }
        self.store_target(&g.target)?;
        for cond in &g.ifs {
            self.jump_if(cond, false, start)?;
        }
        if i + 1 < generators.len() {
            self.comp_generator(generators, i + 1, kind, elt, value)?;
        } else {
            let depth = (generators.len() + 1) as u32;
            match kind {
                CompKind::List => {
                    self.expr(elt)?;
                    self.emit(Instr::ListAppend(depth));
                }
                CompKind::Set => {
                    self.expr(elt)?;
                    self.emit(Instr::SetAdd(depth));
                }
                CompKind::Dict => {
                    self.expr(elt)?;
                    if let Some(v) = value {
                        self.expr(v)?;
                    }
                    self.emit(Instr::MapAdd(depth));
                }
                CompKind::Gen => {
                    self.expr(elt)?;
                    if self.unit_ref().flags.async_generator {
                        self.emit(Instr::AsyncGenWrap);
                    }
                    self.emit(Instr::YieldValue);
                    self.emit(Instr::Pop);
                }
            }
        }
        self.emit(Instr::Jump(start));
        self.bind(end);
        if g.is_async {
            self.emit(Instr::EndAsyncFor);
        }
        Ok(())
    }
}

/// What `fuse` did with an instruction being emitted.
enum Fused {
    /// Merged into the instruction at this index.
    Into(usize),
    /// Not merged: emit this (possibly rewritten) instruction.
    Push(Instr),
}

/// The parts of a `def` or `async def` statement.
struct FuncDef<'a> {
    scope: usize,
    name: &'a str,
    args: &'a ast::Arguments,
    body: &'a [ast::Stmt],
    decorators: &'a [ast::Expr],
    returns: Option<&'a ast::Expr>,
    range: TextRange,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum CompKind {
    List,
    Set,
    Dict,
    Gen,
}

fn cmp_instr(op: ast::CmpOp) -> Instr {
    use ast::CmpOp as C;
    match op {
        C::Eq => Instr::Compare(CmpOp::Eq),
        C::NotEq => Instr::Compare(CmpOp::Ne),
        C::Lt => Instr::Compare(CmpOp::Lt),
        C::LtE => Instr::Compare(CmpOp::Le),
        C::Gt => Instr::Compare(CmpOp::Gt),
        C::GtE => Instr::Compare(CmpOp::Ge),
        C::Is => Instr::Is(false),
        C::IsNot => Instr::Is(true),
        C::In => Instr::In(false),
        C::NotIn => Instr::In(true),
    }
}

/// The part of an assignment target that cannot be assigned to, if any (`1` in `[a, 1] = x`).
fn invalid_target(t: &ast::Expr) -> Option<&ast::Expr> {
    use ast::Expr as E;
    match t {
        E::Name(_) | E::Attribute(_) | E::Subscript(_) => None,
        E::Tuple(tu) => tu.elts.iter().find_map(invalid_target),
        E::List(l) => l.elts.iter().find_map(invalid_target),
        E::Starred(s) => invalid_target(&s.value),
        other => Some(other),
    }
}

/// Whether an invalid target is an operand-level expression the parser's `==` hint applies
/// to (not a comparison, lambda, conditional or boolean operation, nor `None`/`True`/`False`,
/// a generator expression or a display, which have messages of their own).
fn operand_like(e: &ast::Expr) -> bool {
    use ast::Expr as E;
    match e {
        E::Compare(_)
        | E::Lambda(_)
        | E::IfExp(_)
        | E::BoolOp(_)
        | E::NamedExpr(_)
        | E::GeneratorExp(_)
        | E::Tuple(_)
        | E::List(_) => false,
        E::UnaryOp(u) => u.op != ast::UnaryOp::Not,
        E::Constant(c) => !matches!(c.value, ast::Constant::None | ast::Constant::Bool(_)),
        _ => true,
    }
}

/// How CPython's parser names an expression in "cannot assign to ..." messages
/// (`_PyPegen_get_expr_name`).
fn expr_name(e: &ast::Expr) -> &'static str {
    use ast::Expr as E;
    match e {
        E::Attribute(_) => "attribute",
        E::Subscript(_) => "subscript",
        E::Starred(_) => "starred",
        E::Name(_) => "name",
        E::List(_) => "list",
        E::Tuple(_) => "tuple",
        E::Lambda(_) => "lambda",
        E::Call(_) => "function call",
        E::BoolOp(_) | E::BinOp(_) | E::UnaryOp(_) => "expression",
        E::GeneratorExp(_) => "generator expression",
        E::Yield(_) | E::YieldFrom(_) => "yield expression",
        E::Await(_) => "await expression",
        E::ListComp(_) => "list comprehension",
        E::SetComp(_) => "set comprehension",
        E::DictComp(_) => "dict comprehension",
        E::Dict(_) => "dict literal",
        E::Set(_) => "set display",
        E::JoinedStr(_) | E::FormattedValue(_) => "f-string expression",
        E::Constant(c) => match c.value {
            ast::Constant::None => "None",
            ast::Constant::Bool(true) => "True",
            ast::Constant::Bool(false) => "False",
            ast::Constant::Ellipsis => "ellipsis",
            _ => "literal",
        },
        E::Compare(_) => "comparison",
        E::IfExp(_) => "conditional expression",
        E::NamedExpr(_) => "named expression",
        E::Slice(_) => "slice",
    }
}
