//! Code generation for the `match` statement (PEP 634), a port of CPython 3.11's
//! `compiler_match` and `compiler_pattern_*`.
//!
//! Every pattern routine consumes the subject on top of the stack and, when the pattern does
//! not match, jumps to a "fail pop" label that pops whatever the pattern left on the stack.
//! Captured values are not stored as they are found: each is rotated underneath the items
//! still in use and stored only once the whole pattern has matched (then the guard runs), so
//! a failed case binds nothing, as in CPython.

use rustpython_parser::ast::{self, Ranged};
use rustpython_parser::text_size::TextRange;

use super::{Compiler, Label};
use crate::bytecode::{BinOp, CmpOp, Instr};
use crate::compile::CompileError;
use crate::object::{new_str, new_tuple};
use crate::value::Value;

type CResult = Result<(), CompileError>;

/// CPython's `pattern_context`.
#[derive(Default)]
pub(super) struct PatternCtx {
    /// The names captured so far, in the order their values sit on the stack.
    stores: Vec<String>,
    /// Whether an irrefutable pattern is allowed here (else it is a SyntaxError).
    allow_irrefutable: bool,
    /// `fail_pop[i]` pops `i` items and falls through to `fail_pop[i - 1]`.
    fail_pop: Vec<Label>,
    /// How many items on top of the stack stay above the captures; popped on failure.
    on_top: usize,
    /// The pattern compiled last, where CPython reports most errors (its location is not
    /// restored after a sub-pattern).
    loc: TextRange,
}

fn is_wildcard(p: &ast::Pattern) -> bool {
    matches!(p, ast::Pattern::MatchAs(a) if a.pattern.is_none() && a.name.is_none())
}

fn is_star_wildcard(p: &ast::Pattern) -> bool {
    matches!(p, ast::Pattern::MatchStar(s) if s.name.is_none())
}

/// A value pattern or mapping key CPython accepts: a literal (a negative number and a complex
/// literal like `1+2j` are folded into constants before CPython compiles them) or a dotted name.
fn is_value_expr(e: &ast::Expr) -> bool {
    use ast::Expr as E;
    match e {
        E::Constant(_) | E::Attribute(_) => true,
        E::UnaryOp(u) => u.op == ast::UnaryOp::USub && matches!(*u.operand, E::Constant(_)),
        E::BinOp(b) => {
            matches!(b.op, ast::Operator::Add | ast::Operator::Sub)
                && is_value_expr(&b.left)
                && matches!(*b.right, E::Constant(_))
        }
        _ => false,
    }
}

fn is_number(e: &ast::Expr, imaginary: bool) -> bool {
    match e {
        ast::Expr::Constant(c) => match c.value {
            ast::Constant::Int(_) | ast::Constant::Float(_) => !imaginary,
            ast::Constant::Complex { .. } => imaginary,
            _ => false,
        },
        _ => false,
    }
}

/// CPython's grammar for a complex literal in a pattern: `[-]real (+|-) imaginary`.
fn complex_literal_error(e: &ast::Expr) -> Option<(&'static str, TextRange)> {
    let ast::Expr::BinOp(b) = e else {
        return None;
    };
    let real = match b.left.as_ref() {
        ast::Expr::UnaryOp(u) => u.operand.as_ref(),
        other => other,
    };
    if !is_number(real, false) {
        Some(("real number required in complex literal", real.range()))
    } else if !is_number(&b.right, true) {
        Some((
            "imaginary number required in complex literal",
            b.right.range(),
        ))
    } else {
        None
    }
}

/// A literal mapping key as a number (for the duplicate check: `1`, `1.0` and `True` are
/// one key), or None for other constants.
fn numeric_key(c: &ast::Constant) -> Option<f64> {
    match c {
        ast::Constant::Bool(b) => Some(*b as i64 as f64),
        ast::Constant::Int(i) => i.to_string().parse::<f64>().ok(),
        ast::Constant::Float(f) => Some(*f),
        _ => None,
    }
}

fn same_key(a: &ast::Constant, b: &ast::Constant) -> bool {
    match (numeric_key(a), numeric_key(b)) {
        (Some(x), Some(y)) => x == y,
        (None, None) => a == b,
        _ => false,
    }
}

/// `repr` of a literal key, for the duplicate-key SyntaxError.
fn constant_repr(c: &ast::Constant) -> String {
    match c {
        ast::Constant::None => "None".into(),
        ast::Constant::Bool(true) => "True".into(),
        ast::Constant::Bool(false) => "False".into(),
        ast::Constant::Str(s) => crate::text::py_str_repr(s),
        ast::Constant::Int(i) => i.to_string(),
        ast::Constant::Float(f) => crate::text::float_repr(*f),
        ast::Constant::Bytes(b) => {
            let mut s = String::from("b'");
            for &x in b {
                match x {
                    b'\'' => s.push_str("\\'"),
                    b'\\' => s.push_str("\\\\"),
                    b'\n' => s.push_str("\\n"),
                    b'\r' => s.push_str("\\r"),
                    b'\t' => s.push_str("\\t"),
                    0x20..=0x7e => s.push(x as char),
                    _ => s.push_str(&format!("\\x{x:02x}")),
                }
            }
            s.push('\'');
            s
        }
        ast::Constant::Ellipsis => "Ellipsis".into(),
        ast::Constant::Complex { real, imag } => {
            let im = crate::text::float_repr(*imag);
            if *real == 0.0 && real.is_sign_positive() {
                format!("{im}j")
            } else {
                format!("({}+{im}j)", crate::text::float_repr(*real))
            }
        }
        ast::Constant::Tuple(_) => "(...)".into(),
    }
}

impl<'a> Compiler<'a> {
    /// `match subject: case ...` (CPython's `compiler_match_inner`).
    pub(super) fn match_stmt(&mut self, m: &'a ast::StmtMatch) -> CResult {
        self.expr(&m.subject)?;
        let end = self.new_label();
        let cases = m.cases.len();
        // A trailing `case _:` needs no copy of the subject, nor any matching.
        let has_default = cases > 1 && is_wildcard(&m.cases[cases - 1].pattern);
        let matched = cases - has_default as usize;
        for (i, case) in m.cases[..matched].iter().enumerate() {
            self.set_pos(case.pattern.range());
            // Every case but the last one that matches consumes a copy of the subject.
            let keep_subject = i != matched - 1;
            if keep_subject {
                self.emit(Instr::Copy(1));
            }
            let mut pc = PatternCtx {
                allow_irrefutable: case.guard.is_some() || i == cases - 1,
                ..Default::default()
            };
            self.pattern(&case.pattern, &mut pc)?;
            debug_assert_eq!(pc.on_top, 0);
            // A match: store the captures, which are on the stack in `stores` order.
            for name in std::mem::take(&mut pc.stores) {
                self.store_name(&name);
            }
            if let Some(guard) = &case.guard {
                self.ensure_fail_pop(&mut pc, 0);
                let fail = pc.fail_pop[0];
                self.jump_if(guard, false, fail)?;
            }
            if keep_subject {
                self.emit(Instr::Pop);
            }
            self.stmts(&case.body)?;
            self.emit(Instr::Jump(end));
            self.set_pos(case.pattern.range());
            self.emit_and_reset_fail_pop(&mut pc);
        }
        if has_default {
            let case = &m.cases[cases - 1];
            self.set_pos(case.pattern.range());
            if let Some(guard) = &case.guard {
                self.jump_if(guard, false, end)?;
            }
            self.stmts(&case.body)?;
        }
        self.bind(end);
        Ok(())
    }

    fn ensure_fail_pop(&mut self, pc: &mut PatternCtx, n: usize) {
        while pc.fail_pop.len() < n + 1 {
            let l = self.new_label();
            pc.fail_pop.push(l);
        }
    }

    /// Emits `jump(fail)` to the label that pops what the pattern has on the stack.
    fn jump_to_fail_pop(&mut self, pc: &mut PatternCtx, jump: fn(u32) -> Instr) {
        let pops = pc.on_top + pc.stores.len();
        self.ensure_fail_pop(pc, pops);
        self.emit(jump(pc.fail_pop[pops]));
    }

    fn emit_and_reset_fail_pop(&mut self, pc: &mut PatternCtx) {
        let labels = std::mem::take(&mut pc.fail_pop);
        for (i, l) in labels.iter().enumerate().rev() {
            self.bind(*l);
            if i > 0 {
                self.emit(Instr::Pop);
            }
        }
    }

    /// Moves the top of the stack `count - 1` places down (CPython 3.10's `ROT_N`).
    fn rotate(&mut self, count: usize) {
        for n in (2..=count).rev() {
            self.emit(Instr::Swap(n as u32));
        }
    }

    /// A capture: keeps the value on the stack, under the items still in use, for storing
    /// once the whole pattern has matched. `None` (a wildcard) just pops it.
    fn capture(&mut self, name: Option<&ast::Identifier>, pc: &mut PatternCtx) -> CResult {
        let Some(name) = name else {
            self.emit(Instr::Pop);
            return Ok(());
        };
        if name.as_str() == "__debug__" {
            return Err(self.compiler_error("cannot assign to __debug__", pc.loc));
        }
        if pc.stores.iter().any(|s| s == name.as_str()) {
            return Err(self.duplicate_store(name.as_str(), pc.loc));
        }
        self.rotate(pc.on_top + pc.stores.len() + 1);
        pc.stores.push(name.to_string());
        Ok(())
    }

    fn duplicate_store(&self, name: &str, range: TextRange) -> CompileError {
        self.compiler_error(
            format!("multiple assignments to name '{name}' in pattern"),
            range,
        )
    }

    fn pattern(&mut self, p: &'a ast::Pattern, pc: &mut PatternCtx) -> CResult {
        use ast::Pattern as P;
        let saved = self.set_pos(p.range());
        pc.loc = p.range();
        match p {
            P::MatchValue(v) => {
                if let Some((msg, range)) = complex_literal_error(&v.value) {
                    return Err(self.error(msg, range));
                }
                if !is_value_expr(&v.value) {
                    return Err(self.compiler_error(
                        "patterns may only match literals and attribute lookups",
                        v.range,
                    ));
                }
                self.expr(&v.value)?;
                self.emit(Instr::Compare(CmpOp::Eq));
                self.jump_to_fail_pop(pc, Instr::PopJumpIfFalse);
            }
            P::MatchSingleton(s) => {
                let v = match s.value {
                    ast::Constant::Bool(b) => Value::Bool(b),
                    _ => Value::None,
                };
                self.load_const(v);
                self.emit(Instr::Is(false));
                self.jump_to_fail_pop(pc, Instr::PopJumpIfFalse);
            }
            P::MatchSequence(s) => self.pattern_sequence(s, pc)?,
            P::MatchMapping(m) => self.pattern_mapping(m, pc)?,
            P::MatchClass(c) => self.pattern_class(c, pc)?,
            P::MatchStar(s) => self.capture(s.name.as_ref(), pc)?,
            P::MatchAs(a) => match &a.pattern {
                None => {
                    if !pc.allow_irrefutable {
                        let msg = match &a.name {
                            Some(n) => {
                                format!("name capture '{n}' makes remaining patterns unreachable")
                            }
                            None => "wildcard makes remaining patterns unreachable".to_string(),
                        };
                        return Err(self.compiler_error(msg, a.range));
                    }
                    self.capture(a.name.as_ref(), pc)?;
                }
                Some(inner) => {
                    // Keep a copy for the capture.
                    pc.on_top += 1;
                    self.emit(Instr::Copy(1));
                    self.pattern(inner, pc)?;
                    pc.on_top -= 1;
                    self.capture(a.name.as_ref(), pc)?;
                }
            },
            P::MatchOr(o) => self.pattern_or(o, pc)?,
        }
        self.restore_pos(saved);
        Ok(())
    }

    /// A sub-pattern, where an irrefutable pattern is always allowed.
    fn subpattern(&mut self, p: &'a ast::Pattern, pc: &mut PatternCtx) -> CResult {
        let allow = std::mem::replace(&mut pc.allow_irrefutable, true);
        self.pattern(p, pc)?;
        pc.allow_irrefutable = allow;
        Ok(())
    }

    fn pattern_sequence(
        &mut self,
        s: &'a ast::PatternMatchSequence,
        pc: &mut PatternCtx,
    ) -> CResult {
        let patterns = &s.patterns;
        let size = patterns.len();
        let mut star = None;
        let mut only_wildcard = true;
        let mut star_wildcard = false;
        for (i, p) in patterns.iter().enumerate() {
            if let ast::Pattern::MatchStar(_) = p {
                if star.is_some() {
                    return Err(
                        self.compiler_error("multiple starred names in sequence pattern", s.range)
                    );
                }
                star_wildcard = is_star_wildcard(p);
                only_wildcard &= star_wildcard;
                star = Some(i);
                continue;
            }
            only_wildcard &= is_wildcard(p);
        }
        // The subject stays on top through the type and length checks.
        pc.on_top += 1;
        self.emit(Instr::MatchSequence);
        self.jump_to_fail_pop(pc, Instr::PopJumpIfFalse);
        let len_check = match star {
            None => Some((size, CmpOp::Eq)),
            Some(_) if size > 1 => Some((size - 1, CmpOp::Ge)),
            Some(_) => None,
        };
        if let Some((n, op)) = len_check {
            self.emit(Instr::GetLen);
            self.load_const(Value::Int(n as i64));
            self.emit(Instr::Compare(op));
            self.jump_to_fail_pop(pc, Instr::PopJumpIfFalse);
        }
        pc.on_top -= 1;
        if only_wildcard {
            // `[]`, `[_, _]`, `[_, *_]`...
            self.emit(Instr::Pop);
        } else if star_wildcard {
            self.sequence_subscr(patterns, star.unwrap_or(size), pc)?;
        } else {
            match star {
                Some(i) => self.emit(Instr::UnpackEx(i as u32, (size - i - 1) as u32)),
                None => self.emit(Instr::UnpackSequence(size as u32)),
            };
            pc.on_top += size;
            for p in patterns {
                pc.on_top -= 1;
                self.subpattern(p, pc)?;
            }
        }
        Ok(())
    }

    /// A sequence pattern with a `*_`: the items it names are read by index, without
    /// unpacking the whole subject (indices from the end computed from `len`, since the
    /// subject may not support negative ones).
    fn sequence_subscr(
        &mut self,
        patterns: &'a [ast::Pattern],
        star: usize,
        pc: &mut PatternCtx,
    ) -> CResult {
        pc.on_top += 1;
        let size = patterns.len();
        for (i, p) in patterns.iter().enumerate() {
            if is_wildcard(p) || i == star {
                continue;
            }
            self.emit(Instr::Copy(1));
            if i < star {
                self.load_const(Value::Int(i as i64));
            } else {
                self.emit(Instr::GetLen);
                self.load_const(Value::Int((size - i) as i64));
                self.emit(Instr::BinaryOp(BinOp::Sub));
            }
            self.emit(Instr::Subscr);
            self.subpattern(p, pc)?;
        }
        pc.on_top -= 1;
        self.emit(Instr::Pop);
        Ok(())
    }

    fn pattern_mapping(&mut self, m: &'a ast::PatternMatchMapping, pc: &mut PatternCtx) -> CResult {
        let size = m.keys.len();
        pc.on_top += 1;
        self.emit(Instr::MatchMapping);
        self.jump_to_fail_pop(pc, Instr::PopJumpIfFalse);
        if size == 0 && m.rest.is_none() {
            // `{}` matches any mapping.
            pc.on_top -= 1;
            self.emit(Instr::Pop);
            return Ok(());
        }
        if size > 0 {
            self.emit(Instr::GetLen);
            self.load_const(Value::Int(size as i64));
            self.emit(Instr::Compare(CmpOp::Ge));
            self.jump_to_fail_pop(pc, Instr::PopJumpIfFalse);
        }
        let mut seen: Vec<&ast::Constant> = Vec::new();
        for key in &m.keys {
            if let Some((msg, range)) = complex_literal_error(key) {
                return Err(self.error(msg, range));
            }
            match key {
                ast::Expr::Constant(c) => {
                    if seen.iter().any(|s| same_key(s, &c.value)) {
                        let msg = format!(
                            "mapping pattern checks duplicate key ({})",
                            constant_repr(&c.value)
                        );
                        return Err(self.compiler_error(msg, m.range));
                    }
                    seen.push(&c.value);
                }
                k if is_value_expr(k) => {}
                _ => {
                    return Err(self.compiler_error(
                        "mapping pattern keys may only match literals and attribute lookups",
                        m.range,
                    ))
                }
            }
            self.expr(key)?;
        }
        self.emit(Instr::BuildTuple(size as u32));
        self.emit(Instr::MatchKeys);
        // The keys tuple and the values tuple (or None) are on top of the subject.
        pc.on_top += 2;
        self.emit(Instr::Copy(1));
        self.jump_to_fail_pop(pc, Instr::PopJumpIfNone);
        self.emit(Instr::UnpackSequence(size as u32));
        pc.on_top += size;
        pc.on_top -= 1;
        for p in &m.patterns {
            pc.on_top -= 1;
            self.subpattern(p, pc)?;
        }
        // A match: what follows consumes the keys tuple and the subject.
        pc.on_top -= 2;
        match &m.rest {
            Some(rest) => {
                // rest = dict(subject); del rest[key] for each key
                self.emit(Instr::BuildMap(0));
                self.emit(Instr::Swap(3));
                self.emit(Instr::DictUpdate(2));
                self.emit(Instr::UnpackSequence(size as u32));
                for k in (1..=size).rev() {
                    self.emit(Instr::Copy(1 + k as u32));
                    self.emit(Instr::Swap(2));
                    self.emit(Instr::DeleteSubscr);
                }
                self.capture(Some(rest), pc)?;
            }
            None => {
                self.emit(Instr::Pop);
                self.emit(Instr::Pop);
            }
        }
        Ok(())
    }

    fn pattern_class(&mut self, c: &'a ast::PatternMatchClass, pc: &mut PatternCtx) -> CResult {
        let nargs = c.patterns.len();
        let nattrs = c.kwd_attrs.len();
        for (i, a) in c.kwd_attrs.iter().enumerate() {
            if a.as_str() == "__debug__" {
                return Err(
                    self.compiler_error("cannot assign to __debug__", c.kwd_patterns[i].range())
                );
            }
            if let Some(j) = c.kwd_attrs[i + 1..].iter().position(|b| b == a) {
                return Err(self.compiler_error(
                    format!("attribute name repeated in class pattern: {a}"),
                    c.kwd_patterns[i + 1 + j].range(),
                ));
            }
        }
        self.expr(&c.cls)?;
        let names: Vec<Value> = c.kwd_attrs.iter().map(|a| new_str(a.as_str())).collect();
        self.load_const(new_tuple(names));
        self.emit(Instr::MatchClass(nargs as u32));
        // On top: a tuple of the nargs + nattrs attributes, or None.
        pc.on_top += 1;
        self.emit(Instr::Copy(1));
        self.jump_to_fail_pop(pc, Instr::PopJumpIfNone);
        self.emit(Instr::UnpackSequence((nargs + nattrs) as u32));
        pc.on_top += nargs + nattrs;
        pc.on_top -= 1;
        for p in c.patterns.iter().chain(&c.kwd_patterns) {
            pc.on_top -= 1;
            if is_wildcard(p) {
                self.emit(Instr::Pop);
                continue;
            }
            self.subpattern(p, pc)?;
        }
        Ok(())
    }

    fn pattern_or(&mut self, o: &'a ast::PatternMatchOr, pc: &mut PatternCtx) -> CResult {
        let end = self.new_label();
        let size = o.patterns.len();
        let old = std::mem::take(pc);
        // The names bound by the first alternative: the others must bind the same ones, and
        // their values are reordered on the stack to this order.
        let mut control: Option<Vec<String>> = None;
        for (i, alt) in o.patterns.iter().enumerate() {
            self.set_pos(alt.range());
            pc.stores = Vec::new();
            pc.allow_irrefutable = i == size - 1 && old.allow_irrefutable;
            pc.fail_pop = Vec::new();
            pc.on_top = 0;
            self.emit(Instr::Copy(1));
            self.pattern(alt, pc)?;
            let diff = || "alternative patterns bind different names";
            match &control {
                None => control = Some(pc.stores.clone()),
                Some(ctrl) if ctrl.len() != pc.stores.len() => {
                    return Err(self.compiler_error(diff(), pc.loc));
                }
                Some(ctrl) => {
                    for icontrol in (0..ctrl.len()).rev() {
                        let Some(istores) = pc.stores.iter().position(|s| *s == ctrl[icontrol])
                        else {
                            return Err(self.compiler_error(diff(), pc.loc));
                        };
                        if icontrol != istores {
                            // Move stores[..=istores] to sit just before position icontrol,
                            // and the values on the stack the same way.
                            let rotations = istores + 1;
                            let rotated: Vec<String> = pc.stores.drain(..rotations).collect();
                            let at = icontrol - istores;
                            pc.stores.splice(at..at, rotated);
                            for _ in 0..rotations {
                                self.rotate(icontrol + 1);
                            }
                        }
                    }
                }
            }
            self.emit(Instr::Jump(end));
            self.emit_and_reset_fail_pop(pc);
        }
        *pc = PatternCtx { loc: pc.loc, ..old };
        // No alternative matched: pop the subject and fail.
        self.emit(Instr::Pop);
        self.jump_to_fail_pop(pc, Instr::Jump);
        self.bind(end);
        let control = control.unwrap_or_default();
        // Move each capture below the other captures, the subject, the items on top and the
        // captures made before this pattern.
        let nrots = control.len() + 1 + pc.on_top + pc.stores.len();
        for name in control {
            self.rotate(nrots);
            if pc.stores.contains(&name) {
                return Err(self.duplicate_store(&name, pc.loc));
            }
            pc.stores.push(name);
        }
        // Pop the subject.
        self.emit(Instr::Pop);
        Ok(())
    }
}
