# Tiny Lisp: tokenizer + parser + evaluator.

class LispError(Exception):
    pass

class Symbol(str):
    def __repr__(self):
        return 'Symbol(' + str.__repr__(self) + ')'

def tokenize(src):
    return src.replace('(', ' ( ').replace(')', ' ) ').split()

def atom(tok):
    for conv in (int, float):
        try:
            return conv(tok)
        except ValueError:
            pass
    return Symbol(tok)

def parse(tokens):
    if not tokens:
        raise LispError('unexpected EOF')
    tok = tokens.pop(0)
    if tok == '(':
        out = []
        while tokens and tokens[0] != ')':
            out.append(parse(tokens))
        if not tokens:
            raise LispError('missing )')
        tokens.pop(0)
        return out
    if tok == ')':
        raise LispError('unexpected )')
    return atom(tok)

class Env(dict):
    def __init__(self, params=(), args=(), outer=None):
        super().__init__(zip(params, args))
        self.outer = outer
    def find(self, name):
        if name in self:
            return self
        if self.outer is None:
            raise LispError(f'undefined symbol: {name}')
        return self.outer.find(name)

class Lambda:
    def __init__(self, params, body, env):
        self.params, self.body, self.env = params, body, env
    def __call__(self, *args):
        if len(args) != len(self.params):
            raise LispError(f'arity: expected {len(self.params)}, got {len(args)}')
        return evaluate(self.body, Env(self.params, args, self.env))
    def __repr__(self):
        return f'<lambda ({" ".join(self.params)})>'

def global_env():
    import math
    env = Env()
    env.update({
        '+': lambda *a: sum(a), '-': lambda a, b=None: -a if b is None else a - b,
        '*': lambda a, b: a * b, '/': lambda a, b: a / b, '<': lambda a, b: a < b,
        '=': lambda a, b: a == b, 'list': lambda *a: list(a), 'car': lambda l: l[0],
        'cdr': lambda l: l[1:], 'null?': lambda l: l == [], 'sqrt': math.sqrt,
    })
    return env

def evaluate(x, env):
    if isinstance(x, Symbol):
        return env.find(x)[x]
    if not isinstance(x, list):
        return x
    if not x:
        raise LispError('empty application')
    op, *args = x
    if op == 'quote':
        return args[0]
    if op == 'if':
        test, conseq, alt = args
        return evaluate(conseq if evaluate(test, env) else alt, env)
    if op == 'define':
        env[args[0]] = evaluate(args[1], env)
        return None
    if op == 'lambda':
        return Lambda(args[0], args[1], env)
    proc = evaluate(op, env)
    vals = [evaluate(a, env) for a in args]
    if not callable(proc):
        raise LispError(f'not a procedure: {proc!r}')
    return proc(*vals)

def to_str(v):
    if isinstance(v, list):
        return '(' + ' '.join(map(to_str, v)) + ')'
    if v is True: return '#t'
    if v is False: return '#f'
    return str(v)

env = global_env()
programs = [
    '(define fact (lambda (n) (if (< n 2) 1 (* n (fact (- n 1))))))',
    '(fact 20)', '(fact 5.0)', '(+ 1 2 3 4.5)', '(list 1 (quote (a b)) 3)',
    '(define len (lambda (l) (if (null? l) 0 (+ 1 (len (cdr l))))))',
    '(len (list 1 2 3 4))', '(sqrt 2)', '(/ 1 0)', '(foo 1)', '(1 2)', '(fact 1 2)',
    '(+ 1 2', ')', '', '()', '(car (quote ()))', 'fact', '(- 5)', '(= 2 2.0)',
]
for src in programs:
    try:
        result = evaluate(parse(tokenize(src)), env)
        if result is not None:
            print(f'{src!r:45} => {to_str(result)}')
    except LispError as e:
        print(f'{src!r:45} !! LispError: {e}')
    except (ZeroDivisionError, IndexError, TypeError) as e:
        print(f'{src!r:45} !! {type(e).__name__}: {e}')
print(repr(atom('x')), atom('1e3'), atom('-7'))
