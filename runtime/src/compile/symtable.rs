//! Scope analysis: how each name in each scope is stored and loaded.
//!
//! The first pass records, per scope, which names are bound, used, declared `global` or
//! `nonlocal`, and which scopes nest inside. The second pass resolves every name, top down:
//!
//! - function-like scopes (functions, lambdas, comprehensions): bound names are fast locals;
//!   names bound in an enclosing function are free variables, and become cells there;
//! - class bodies: bound names live in the class namespace; free names are read through
//!   `LoadClassDeref`; a method that uses `super` or `__class__` makes the class own a
//!   `__class__` cell;
//! - the module: every name is global.
//!
//! Scopes are keyed by the address of their AST node, so code generation finds the scope of a
//! `def`, `lambda`, `class` or comprehension as it reaches it.

use std::collections::{HashMap, HashSet};

use rustpython_parser::ast::{self, Ranged};

use super::{CompileError, Source};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
    Comprehension,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Binding {
    /// Fast local of a function-like scope, or namespace name of a class/module.
    Local,
    /// A local captured by an inner scope: stored in a cell.
    Cell,
    /// Captured from an enclosing function.
    Free,
    GlobalExplicit,
    GlobalImplicit,
}

#[derive(Default, Clone, Copy)]
struct Flags {
    bound: bool,
    used: bool,
    param: bool,
    global: bool,
    nonlocal: bool,
}

pub struct Scope {
    pub kind: ScopeKind,
    flags: HashMap<String, Flags>,
    /// Names in first-seen order, so locals get stable slots (parameters first).
    order: Vec<String>,
    pub params: Vec<String>,
    pub children: Vec<usize>,
    pub is_generator: bool,
    /// `async def`, or a comprehension that awaits (with `is_generator`: an async generator).
    pub is_coroutine: bool,
    /// Defined inside a function (CPython's CO_NESTED).
    pub is_nested: bool,
    /// Class scope: a method needs the implicit `__class__` cell.
    pub needs_class_cell: bool,
    pub bindings: HashMap<String, Binding>,
    /// Resolved name lists for code generation.
    pub varnames: Vec<String>,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    line: u32,
    /// Where each `nonlocal` name was declared (the statement), for the error if it has no
    /// binding: (line, column, end line, end column), 1-based columns.
    nonlocal_at: HashMap<String, (u32, u32, u32, u32)>,
    /// The name of the class whose body this scope is, or is nested in: private names
    /// (`__x`) are mangled with it (`_C__x`), as CPython's `u_private`.
    pub private: Option<String>,
}

impl Scope {
    fn new(kind: ScopeKind, line: u32) -> Scope {
        Scope {
            kind,
            flags: HashMap::new(),
            order: Vec::new(),
            params: Vec::new(),
            children: Vec::new(),
            is_generator: false,
            is_coroutine: false,
            is_nested: false,
            needs_class_cell: false,
            bindings: HashMap::new(),
            varnames: Vec::new(),
            cellvars: Vec::new(),
            freevars: Vec::new(),
            line,
            nonlocal_at: HashMap::new(),
            private: None,
        }
    }

    fn flags_mut(&mut self, name: &str) -> &mut Flags {
        let name = self.mangle(name).into_owned();
        if !self.flags.contains_key(&name) {
            self.order.push(name.clone());
        }
        self.flags.entry(name).or_default()
    }

    /// `name` as this scope stores it: mangled with the enclosing class's name (see
    /// [`mangle`]).
    pub fn mangle<'n>(&self, name: &'n str) -> std::borrow::Cow<'n, str> {
        match &self.private {
            Some(class) => mangle(class, name),
            None => std::borrow::Cow::Borrowed(name),
        }
    }

    pub fn binding(&self, name: &str) -> Binding {
        match self.bindings.get(self.mangle(name).as_ref()) {
            Some(b) => *b,
            None => match self.kind {
                ScopeKind::Module => Binding::GlobalImplicit,
                ScopeKind::Class => Binding::GlobalImplicit,
                _ => Binding::GlobalImplicit,
            },
        }
    }

    pub fn is_function_like(&self) -> bool {
        matches!(self.kind, ScopeKind::Function | ScopeKind::Comprehension)
    }
}

/// A private name (`__x`, not ending in `__`, no dot) used inside class `class` becomes
/// `_class__x`, with the class name's leading underscores stripped; a class named only by
/// underscores mangles nothing (CPython's `_Py_Mangle`).
pub fn mangle<'n>(class: &str, name: &'n str) -> std::borrow::Cow<'n, str> {
    let class = class.trim_start_matches('_');
    if class.is_empty() || !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return std::borrow::Cow::Borrowed(name);
    }
    std::borrow::Cow::Owned(format!("_{class}{name}"))
}

pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    by_node: HashMap<usize, usize>,
}

impl SymbolTable {
    /// The scope made for the AST node at `addr`.
    pub fn scope_of<T>(&self, node: &T) -> usize {
        self.by_node[&(node as *const T as usize)]
    }
}

struct Builder<'a> {
    scopes: Vec<Scope>,
    by_node: HashMap<usize, usize>,
    stack: Vec<usize>,
    source: &'a Source,
}

pub fn build_module(suite: &[ast::Stmt], source: &Source) -> Result<SymbolTable, CompileError> {
    let mut b = Builder {
        scopes: vec![Scope::new(ScopeKind::Module, 1)],
        by_node: HashMap::new(),
        stack: vec![0],
        source,
    };
    for s in suite {
        b.stmt(s)?;
    }
    b.finish()
}

pub fn build_expression(expr: &ast::Expr, source: &Source) -> Result<SymbolTable, CompileError> {
    let mut b = Builder {
        scopes: vec![Scope::new(ScopeKind::Module, 1)],
        by_node: HashMap::new(),
        stack: vec![0],
        source,
    };
    b.expr(expr)?;
    b.finish()
}

impl<'a> Builder<'a> {
    fn finish(mut self) -> Result<SymbolTable, CompileError> {
        let enclosing = HashSet::new();
        resolve(&mut self.scopes, 0, &enclosing)?;
        Ok(SymbolTable {
            scopes: self.scopes,
            by_node: self.by_node,
        })
    }

    fn cur(&mut self) -> &mut Scope {
        let i = *self.stack.last().unwrap_or(&0);
        &mut self.scopes[i]
    }

    fn error(&self, msg: impl Into<String>, range: ast::text_size::TextRange) -> CompileError {
        let (line, col) = super::loc(self.source, range.start());
        let (end_line, end_col) = super::loc(self.source, range.end());
        CompileError {
            from_compiler: false,
            kind: "SyntaxError",
            msg: msg.into(),
            line,
            col: col + 1,
            end_line,
            end_col: end_col + 1,
        }
    }

    /// An error CPython's compiler (not its parser) reports: see `CompileError::from_compiler`.
    fn compiler_error(
        &self,
        msg: impl Into<String>,
        range: ast::text_size::TextRange,
    ) -> CompileError {
        CompileError {
            from_compiler: true,
            ..self.error(msg, range)
        }
    }

    fn bind(&mut self, name: &str) {
        self.cur().flags_mut(name).bound = true;
    }

    fn use_name(&mut self, name: &str) {
        self.cur().flags_mut(name).used = true;
        if name == "super" {
            self.use_class_cell();
        }
    }

    /// `super()` and `__class__` in a method need the enclosing class's `__class__` cell.
    fn use_class_cell(&mut self) {
        if self.cur().is_function_like() {
            self.cur().flags_mut("__class__").used = true;
        }
    }

    fn push_scope<T>(&mut self, node: &T, kind: ScopeKind, line: u32) -> usize {
        let id = self.scopes.len();
        let parent = *self.stack.last().unwrap_or(&0);
        let mut scope = Scope::new(kind, line);
        // Nested scopes mangle with the enclosing class's name (a class sets its own).
        scope.private = self.scopes.get(parent).and_then(|p| p.private.clone());
        self.scopes.push(scope);
        self.scopes[parent].children.push(id);
        self.scopes[id].is_nested = !self.stack.is_empty()
            && (self.scopes[parent].is_function_like() || self.scopes[parent].is_nested);
        self.by_node.insert(node as *const T as usize, id);
        self.stack.push(id);
        id
    }

    fn line_of(&self, range: ast::text_size::TextRange) -> u32 {
        super::loc(self.source, range.start()).0
    }

    fn stmts(&mut self, body: &[ast::Stmt]) -> Result<(), CompileError> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn arguments(&mut self, args: &ast::Arguments) -> Result<(), CompileError> {
        // Defaults and annotations are evaluated in the enclosing scope.
        for a in args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.kwonlyargs)
        {
            if let Some(d) = &a.default {
                self.expr(d)?;
            }
            if let Some(ann) = &a.def.annotation {
                self.expr(ann)?;
            }
        }
        Ok(())
    }

    fn params(&mut self, args: &ast::Arguments) {
        let mut names: Vec<&str> = Vec::new();
        for a in args.posonlyargs.iter().chain(&args.args) {
            names.push(a.def.arg.as_str());
        }
        for a in &args.kwonlyargs {
            names.push(a.def.arg.as_str());
        }
        if let Some(v) = &args.vararg {
            names.push(v.arg.as_str());
        }
        if let Some(k) = &args.kwarg {
            names.push(k.arg.as_str());
        }
        for n in names {
            let f = self.cur().flags_mut(n);
            f.bound = true;
            f.param = true;
            let mangled = self.cur().mangle(n).into_owned();
            self.cur().params.push(mangled);
        }
    }

    fn stmt(&mut self, s: &ast::Stmt) -> Result<(), CompileError> {
        use ast::Stmt as S;
        match s {
            S::FunctionDef(f) => {
                self.function_def(
                    f,
                    f.range,
                    &f.decorator_list,
                    &f.args,
                    &f.returns,
                    f.name.as_str(),
                )?;
                self.stmts(&f.body)?;
                self.stack.pop();
            }
            S::AsyncFunctionDef(f) => {
                self.function_def(
                    f,
                    f.range,
                    &f.decorator_list,
                    &f.args,
                    &f.returns,
                    f.name.as_str(),
                )?;
                self.cur().is_coroutine = true;
                self.stmts(&f.body)?;
                self.stack.pop();
            }
            S::ClassDef(c) => {
                for d in &c.decorator_list {
                    self.expr(d)?;
                }
                for b in &c.bases {
                    self.expr(b)?;
                }
                for k in &c.keywords {
                    self.expr(&k.value)?;
                }
                self.bind(c.name.as_str());
                let line = self.line_of(c.range);
                self.push_scope(c, ScopeKind::Class, line);
                self.cur().private = Some(c.name.to_string());
                self.stmts(&c.body)?;
                self.stack.pop();
            }
            S::Return(r) => {
                if !self.cur().is_function_like() {
                    return Err(self.compiler_error("'return' outside function", r.range));
                }
                if let Some(v) = &r.value {
                    self.expr(v)?;
                }
            }
            S::Delete(d) => {
                for t in &d.targets {
                    self.target(t)?;
                }
            }
            S::Assign(a) => {
                self.expr(&a.value)?;
                for t in &a.targets {
                    self.target(t)?;
                }
            }
            S::AugAssign(a) => {
                self.expr(&a.value)?;
                if let ast::Expr::Name(n) = a.target.as_ref() {
                    self.use_name(n.id.as_str());
                }
                self.target(&a.target)?;
            }
            S::AnnAssign(a) => {
                if let Some(v) = &a.value {
                    self.expr(v)?;
                }
                if !self.cur().is_function_like() {
                    self.expr(&a.annotation)?;
                }
                if let ast::Expr::Name(n) = a.target.as_ref() {
                    if a.value.is_some() || self.cur().is_function_like() {
                        self.bind(n.id.as_str());
                    }
                } else {
                    self.target(&a.target)?;
                }
            }
            S::For(f) => {
                self.expr(&f.iter)?;
                self.target(&f.target)?;
                self.stmts(&f.body)?;
                self.stmts(&f.orelse)?;
            }
            S::While(w) => {
                self.expr(&w.test)?;
                self.stmts(&w.body)?;
                self.stmts(&w.orelse)?;
            }
            S::If(i) => {
                self.expr(&i.test)?;
                self.stmts(&i.body)?;
                self.stmts(&i.orelse)?;
            }
            S::With(w) => {
                for item in &w.items {
                    self.expr(&item.context_expr)?;
                    if let Some(v) = &item.optional_vars {
                        self.target(v)?;
                    }
                }
                self.stmts(&w.body)?;
            }
            S::Raise(r) => {
                if let Some(e) = &r.exc {
                    self.expr(e)?;
                }
                if let Some(c) = &r.cause {
                    self.expr(c)?;
                }
            }
            S::Try(ast::StmtTry {
                body,
                handlers,
                orelse,
                finalbody,
                ..
            })
            | S::TryStar(ast::StmtTryStar {
                body,
                handlers,
                orelse,
                finalbody,
                ..
            }) => {
                self.stmts(body)?;
                for h in handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(ty) = &h.type_ {
                        self.expr(ty)?;
                    }
                    if let Some(n) = &h.name {
                        self.bind(n.as_str());
                    }
                    self.stmts(&h.body)?;
                }
                self.stmts(orelse)?;
                self.stmts(finalbody)?;
            }
            S::Assert(a) => {
                self.expr(&a.test)?;
                if let Some(m) = &a.msg {
                    self.expr(m)?;
                }
            }
            S::Import(i) => {
                for alias in &i.names {
                    let name = match &alias.asname {
                        Some(a) => a.as_str(),
                        None => alias.name.as_str().split('.').next().unwrap_or(""),
                    };
                    self.bind(name);
                }
            }
            S::ImportFrom(i) => {
                for alias in &i.names {
                    if alias.name.as_str() == "*" {
                        if self.cur().kind != ScopeKind::Module {
                            return Err(self.compiler_error(
                                "import * only allowed at module level",
                                alias.range,
                            ));
                        }
                        continue;
                    }
                    let name = alias.asname.as_ref().unwrap_or(&alias.name);
                    self.bind(name.as_str());
                }
            }
            S::Global(g) => {
                for n in &g.names {
                    let f = *self
                        .cur()
                        .flags
                        .get(n.as_str())
                        .unwrap_or(&Flags::default());
                    if f.used || f.bound {
                        let what = if f.bound { "assigned to" } else { "used" };
                        return Err(self.compiler_error(
                            format!("name '{n}' is {what} before global declaration"),
                            g.range,
                        ));
                    }
                    self.cur().flags_mut(n.as_str()).global = true;
                }
            }
            S::Nonlocal(nl) => {
                if self.cur().kind == ScopeKind::Module {
                    return Err(self.compiler_error(
                        "nonlocal declaration not allowed at module level",
                        nl.range,
                    ));
                }
                let (line, col) = super::loc(self.source, nl.range.start());
                let (end_line, end_col) = super::loc(self.source, nl.range.end());
                for n in &nl.names {
                    self.cur().flags_mut(n.as_str()).nonlocal = true;
                    let mangled = self.cur().mangle(n.as_str()).into_owned();
                    self.cur().nonlocal_at.entry(mangled).or_insert((
                        line,
                        col + 1,
                        end_line,
                        end_col + 1,
                    ));
                }
            }
            S::Expr(e) => self.expr(&e.value)?,
            S::Pass(_) | S::Break(_) | S::Continue(_) => {}
            S::Match(m) => {
                self.expr(&m.subject)?;
                for case in &m.cases {
                    self.pattern(&case.pattern)?;
                    if let Some(g) = &case.guard {
                        self.expr(g)?;
                    }
                    self.stmts(&case.body)?;
                }
            }
            S::AsyncFor(f) => {
                self.require_async("'async for' outside async function", f.range)?;
                self.expr(&f.iter)?;
                self.target(&f.target)?;
                self.stmts(&f.body)?;
                self.stmts(&f.orelse)?;
            }
            S::AsyncWith(w) => {
                self.require_async("'async with' outside async function", w.range)?;
                for item in &w.items {
                    self.expr(&item.context_expr)?;
                    if let Some(v) = &item.optional_vars {
                        self.target(v)?;
                    }
                }
                self.stmts(&w.body)?;
            }
            S::TypeAlias(t) => {
                return Err(self.error("type aliases are not supported yet", t.range))
            }
        }
        Ok(())
    }

    /// A `match` pattern: its captures are bindings, its values and class names are loads.
    fn pattern(&mut self, p: &ast::Pattern) -> Result<(), CompileError> {
        use ast::Pattern as P;
        match p {
            P::MatchValue(v) => self.expr(&v.value)?,
            P::MatchSingleton(_) => {}
            P::MatchSequence(s) => {
                for p in &s.patterns {
                    self.pattern(p)?;
                }
            }
            P::MatchMapping(m) => {
                for k in &m.keys {
                    self.expr(k)?;
                }
                for p in &m.patterns {
                    self.pattern(p)?;
                }
                if let Some(r) = &m.rest {
                    self.bind(r.as_str());
                }
            }
            P::MatchClass(c) => {
                self.expr(&c.cls)?;
                for p in c.patterns.iter().chain(&c.kwd_patterns) {
                    self.pattern(p)?;
                }
            }
            P::MatchStar(s) => {
                if let Some(n) = &s.name {
                    self.bind(n.as_str());
                }
            }
            P::MatchAs(a) => {
                if let Some(p) = &a.pattern {
                    self.pattern(p)?;
                }
                if let Some(n) = &a.name {
                    self.bind(n.as_str());
                }
            }
            P::MatchOr(o) => {
                for p in &o.patterns {
                    self.pattern(p)?;
                }
            }
        }
        Ok(())
    }

    /// An assignment or deletion target.
    fn target(&mut self, t: &ast::Expr) -> Result<(), CompileError> {
        use ast::Expr as E;
        match t {
            E::Name(n) => self.bind(n.id.as_str()),
            E::Tuple(tu) => {
                for e in &tu.elts {
                    self.target(e)?;
                }
            }
            E::List(l) => {
                for e in &l.elts {
                    self.target(e)?;
                }
            }
            E::Starred(s) => self.target(&s.value)?,
            E::Attribute(a) => self.expr(&a.value)?,
            E::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
            }
            other => self.expr(other)?,
        }
        Ok(())
    }

    fn expr(&mut self, e: &ast::Expr) -> Result<(), CompileError> {
        use ast::Expr as E;
        match e {
            E::BoolOp(b) => {
                for v in &b.values {
                    self.expr(v)?;
                }
            }
            E::NamedExpr(n) => {
                self.expr(&n.value)?;
                if let E::Name(name) = n.target.as_ref() {
                    self.bind_walrus(name.id.as_str());
                }
            }
            E::BinOp(b) => {
                self.expr(&b.left)?;
                self.expr(&b.right)?;
            }
            E::UnaryOp(u) => self.expr(&u.operand)?,
            E::Lambda(l) => {
                self.arguments(&l.args)?;
                let line = self.line_of(l.range);
                self.push_scope(l, ScopeKind::Function, line);
                self.params(&l.args);
                self.expr(&l.body)?;
                self.stack.pop();
            }
            E::IfExp(i) => {
                self.expr(&i.test)?;
                self.expr(&i.body)?;
                self.expr(&i.orelse)?;
            }
            E::Dict(d) => {
                for k in d.keys.iter().flatten() {
                    self.expr(k)?;
                }
                for v in &d.values {
                    self.expr(v)?;
                }
            }
            E::Set(s) => {
                for v in &s.elts {
                    self.expr(v)?;
                }
            }
            E::ListComp(c) => self.comprehension(e, &c.generators, &[&c.elt])?,
            E::SetComp(c) => self.comprehension(e, &c.generators, &[&c.elt])?,
            E::DictComp(c) => self.comprehension(e, &c.generators, &[&c.key, &c.value])?,
            E::GeneratorExp(c) => {
                self.comprehension(e, &c.generators, &[&c.elt])?;
                let id = self.by_node[&(e as *const ast::Expr as usize)];
                self.scopes[id].is_generator = true;
            }
            E::Await(a) => {
                self.mark_await(a.range)?;
                self.expr(&a.value)?;
            }
            E::Yield(y) => {
                self.mark_generator(y.range)?;
                if let Some(v) = &y.value {
                    self.expr(v)?;
                }
            }
            E::YieldFrom(y) => {
                if self.cur().is_coroutine && self.cur().kind == ScopeKind::Function {
                    return Err(self.compiler_error("'yield from' inside async function", y.range));
                }
                self.mark_generator(y.range)?;
                self.expr(&y.value)?;
            }
            E::Compare(c) => {
                self.expr(&c.left)?;
                for v in &c.comparators {
                    self.expr(v)?;
                }
            }
            E::Call(c) => {
                self.expr(&c.func)?;
                for a in &c.args {
                    self.expr(a)?;
                }
                for k in &c.keywords {
                    self.expr(&k.value)?;
                }
            }
            E::FormattedValue(f) => {
                self.expr(&f.value)?;
                if let Some(s) = &f.format_spec {
                    self.expr(s)?;
                }
            }
            E::JoinedStr(j) => {
                for v in &j.values {
                    self.expr(v)?;
                }
            }
            E::Constant(_) => {}
            E::Attribute(a) => self.expr(&a.value)?,
            E::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
            }
            E::Starred(s) => self.expr(&s.value)?,
            E::Name(n) => {
                if n.id.as_str() == "__class__" {
                    self.use_class_cell();
                }
                match n.ctx {
                    ast::ExprContext::Load => self.use_name(n.id.as_str()),
                    _ => self.bind(n.id.as_str()),
                }
            }
            E::List(l) => {
                for v in &l.elts {
                    self.expr(v)?;
                }
            }
            E::Tuple(t) => {
                for v in &t.elts {
                    self.expr(v)?;
                }
            }
            E::Slice(s) => {
                for v in [&s.lower, &s.upper, &s.step].into_iter().flatten() {
                    self.expr(v)?;
                }
            }
        }
        Ok(())
    }

    /// `await`: allowed in an `async def`, and in a comprehension (which becomes a
    /// coroutine) inside one.
    fn mark_await(&mut self, range: ast::text_size::TextRange) -> Result<(), CompileError> {
        let scope = self.cur();
        match scope.kind {
            ScopeKind::Function if scope.is_coroutine => Ok(()),
            ScopeKind::Function => {
                Err(self.compiler_error("'await' outside async function", range))
            }
            ScopeKind::Comprehension => {
                scope.is_coroutine = true;
                Ok(())
            }
            _ => Err(self.compiler_error("'await' outside function", range)),
        }
    }

    /// `async for` and `async with` statements need an `async def`.
    fn require_async(
        &mut self,
        msg: &str,
        range: ast::text_size::TextRange,
    ) -> Result<(), CompileError> {
        let scope = self.cur();
        if scope.kind == ScopeKind::Function && scope.is_coroutine {
            Ok(())
        } else {
            Err(self.compiler_error(msg, range))
        }
    }

    /// The scope of a `def` or `async def` (left pushed: the caller walks the body).
    fn function_def<T>(
        &mut self,
        node: &T,
        range: ast::text_size::TextRange,
        decorators: &[ast::Expr],
        args: &ast::Arguments,
        returns: &Option<Box<ast::Expr>>,
        name: &str,
    ) -> Result<(), CompileError> {
        for d in decorators {
            self.expr(d)?;
        }
        self.arguments(args)?;
        if let Some(r) = returns {
            self.expr(r)?;
        }
        self.bind(name);
        let line = self.line_of(range);
        self.push_scope(node, ScopeKind::Function, line);
        self.params(args);
        Ok(())
    }

    fn mark_generator(&mut self, range: ast::text_size::TextRange) -> Result<(), CompileError> {
        let scope = self.cur();
        match scope.kind {
            ScopeKind::Function => {
                scope.is_generator = true;
                Ok(())
            }
            ScopeKind::Comprehension => {
                Err(self.compiler_error("'yield' inside list comprehension", range))
            }
            _ => Err(self.compiler_error("'yield' outside function", range)),
        }
    }

    /// `name := value` binds in the nearest enclosing scope that is not a comprehension.
    fn bind_walrus(&mut self, name: &str) {
        let mut depth = self.stack.len() - 1;
        while depth > 0 && self.scopes[self.stack[depth]].kind == ScopeKind::Comprehension {
            let id = self.stack[depth];
            self.scopes[id].flags_mut(name).nonlocal = true;
            depth -= 1;
        }
        let target = self.stack[depth];
        if depth < self.stack.len() - 1 && self.scopes[target].kind == ScopeKind::Module {
            // Comprehensions at module level: the name is global.
            for &id in &self.stack[depth + 1..] {
                let f = self.scopes[id].flags_mut(name);
                f.nonlocal = false;
                f.global = true;
            }
        }
        self.scopes[target].flags_mut(name).bound = true;
    }

    fn comprehension(
        &mut self,
        node: &ast::Expr,
        generators: &[ast::Comprehension],
        elts: &[&ast::Expr],
    ) -> Result<(), CompileError> {
        // The first iterable is evaluated in the enclosing scope and passed in as `.0`.
        self.expr(&generators[0].iter)?;
        let line = self.line_of(node.range());
        self.push_scope(node, ScopeKind::Comprehension, line);
        let f = self.cur().flags_mut(".0");
        f.bound = true;
        f.param = true;
        self.cur().params.push(".0".to_string());
        for (i, g) in generators.iter().enumerate() {
            if g.is_async {
                self.cur().is_coroutine = true;
            }
            if i > 0 {
                self.expr(&g.iter)?;
            }
            self.target(&g.target)?;
            for cond in &g.ifs {
                self.expr(cond)?;
            }
        }
        for e in elts {
            self.expr(e)?;
        }
        let id = self.stack.pop().expect("comprehension scope");
        let is_genexp = matches!(node, ast::Expr::GeneratorExp(_));
        if self.scopes[id].is_coroutine && !is_genexp {
            // An async list/set/dict comprehension is awaited where it is written, so the
            // enclosing scope must be able to await: an `async def` or another comprehension.
            let outer = self.cur();
            match outer.kind {
                ScopeKind::Function if outer.is_coroutine => {}
                ScopeKind::Comprehension => outer.is_coroutine = true,
                _ => {
                    return Err(self.compiler_error(
                        "asynchronous comprehension outside of an asynchronous function",
                        node.range(),
                    ))
                }
            }
        }
        Ok(())
    }
}

/// Resolves the names of scope `id` given the names bound in enclosing function scopes, then its
/// children; returns the free variables the scope needs from its parent.
fn resolve(
    scopes: &mut Vec<Scope>,
    id: usize,
    enclosing: &HashSet<String>,
) -> Result<HashSet<String>, CompileError> {
    let kind = scopes[id].kind;
    let names: Vec<String> = scopes[id].order.clone();
    let mut bindings = HashMap::new();
    for name in &names {
        let f = scopes[id].flags[name];
        let b = if f.global {
            Binding::GlobalExplicit
        } else if f.nonlocal {
            if !enclosing.contains(name) {
                let line = scopes[id].line;
                let (line, col, end_line, end_col) = scopes[id]
                    .nonlocal_at
                    .get(name)
                    .copied()
                    .unwrap_or((line, 1, line, 0));
                return Err(CompileError {
                    from_compiler: true,
                    kind: "SyntaxError",
                    msg: format!("no binding for nonlocal '{name}' found"),
                    line,
                    col,
                    end_line,
                    end_col,
                });
            }
            Binding::Free
        } else if kind == ScopeKind::Module {
            if f.bound {
                Binding::GlobalExplicit
            } else {
                Binding::GlobalImplicit
            }
        } else if f.bound {
            Binding::Local
        } else if enclosing.contains(name) {
            Binding::Free
        } else {
            Binding::GlobalImplicit
        };
        bindings.insert(name.clone(), b);
    }
    // `__class__` used in a method is free, provided by the class.
    if kind != ScopeKind::Module
        && scopes[id]
            .flags
            .get("__class__")
            .is_some_and(|f| f.used && !f.bound)
        && enclosing.contains("__class__")
    {
        bindings.insert("__class__".to_string(), Binding::Free);
    }

    // Names visible to children as free variables.
    let mut child_enclosing = enclosing.clone();
    if matches!(kind, ScopeKind::Function | ScopeKind::Comprehension) {
        for (n, b) in &bindings {
            if matches!(b, Binding::Local | Binding::Free) {
                child_enclosing.insert(n.clone());
            }
        }
    }
    if kind == ScopeKind::Class {
        child_enclosing.insert("__class__".to_string());
    }
    if kind == ScopeKind::Module {
        child_enclosing.clear();
    }

    let children = scopes[id].children.clone();
    for child in children {
        let free = resolve(scopes, child, &child_enclosing)?;
        for name in free {
            if kind == ScopeKind::Class && name == "__class__" {
                scopes[id].needs_class_cell = true;
                continue;
            }
            match bindings.get(&name) {
                Some(Binding::Local) | Some(Binding::Cell) => {
                    bindings.insert(name.clone(), Binding::Cell);
                }
                Some(Binding::Free) => {}
                _ => {
                    // Passes through this scope to an inner one.
                    if kind != ScopeKind::Module {
                        if !scopes[id].flags.contains_key(&name) {
                            scopes[id].order.push(name.clone());
                        }
                        bindings.insert(name.clone(), Binding::Free);
                    }
                }
            }
        }
    }

    let scope = &mut scopes[id];
    scope.bindings = bindings;
    let mut free = HashSet::new();
    // Parameters first, in order, then other locals in first-seen order.
    let params = scope.params.clone();
    if scope.is_function_like() {
        for p in &params {
            scope.varnames.push(p.clone());
        }
        for n in &scope.order {
            if scope.bindings.get(n) == Some(&Binding::Local) && !params.contains(n) {
                scope.varnames.push(n.clone());
            }
        }
    }
    for n in &scope.order {
        match scope.bindings.get(n) {
            Some(Binding::Cell) => scope.cellvars.push(n.clone()),
            Some(Binding::Free) => {
                scope.freevars.push(n.clone());
                free.insert(n.clone());
            }
            _ => {}
        }
    }
    if scope.needs_class_cell {
        scope.cellvars.push("__class__".to_string());
    }
    if scope.bindings.get("__class__") == Some(&Binding::Free)
        && !scope.freevars.contains(&"__class__".to_string())
    {
        scope.freevars.push("__class__".to_string());
        free.insert("__class__".to_string());
    }
    Ok(free)
}
