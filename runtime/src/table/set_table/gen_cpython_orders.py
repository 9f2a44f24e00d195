# Generates cpython_orders.txt, the expected data for set_table/tests.rs: random programs of set
# operations, each line followed by the iteration order CPython 3.11 gives the target set.
# Run from this directory: python3.11 gen_cpython_orders.py > cpython_orders.txt
import random, sys
assert sys.version_info[:2] == (3, 11), sys.version

POOL = (list(range(-3, 40)) + [8 * k for k in range(10)] +
        [1000, 1001, 4096, 65536, 2**33, 2**40, 2**40 + 1, 2**61, 2**61 + 1,
         -(2**61), 2**64, 10**20, -2**40])

def v(x):
    return x

def listing(s):
    return ' '.join(map(str, s))

def run(ops):
    env = {n: set() for n in 'ABC'}
    out = []
    for op in ops:
        kind, args = op[0], op[1:]
        g = dict(env, v=v)
        def xs(i):
            return [int(t) for t in args[i:]]
        res = ''
        if kind == 'lit':
            env[args[0]] = eval('{' + ','.join('v(%d)' % x for x in xs(1)) + '}', g)
        elif kind == 'const':
            src = '{' + ','.join('%d' % x for x in xs(1)) + '}'
            env[args[0]] = eval(src)
        elif kind == 'forconst':
            src = '[x for x in {' + ','.join('%d' % x for x in xs(1)) + '}]'
            res = listing(eval(src))
        elif kind == 'add': env[args[0]].add(int(args[1]))
        elif kind == 'discard': env[args[0]].discard(int(args[1]))
        elif kind == 'pop':
            s = env[args[0]]
            res = str(s.pop()) if s else 'empty'
        elif kind == 'clear': env[args[0]].clear()
        elif kind == 'update': env[args[0]].update(env[args[1]])
        elif kind == 'updlist': env[args[0]].update(xs(1))
        elif kind == 'upddict': env[args[0]].update(dict.fromkeys(xs(1)))
        elif kind == 'fromlist': env[args[0]] = set(xs(1))
        elif kind == 'fromdict': env[args[0]] = set(dict.fromkeys(xs(1)))
        elif kind == 'fromrange':
            a, b, c = xs(1)
            env[args[0]] = set(range(a, b, c))
        elif kind == 'copy': env[args[0]] = env[args[1]].copy()
        elif kind == 'or': env[args[0]] = env[args[1]] | env[args[2]]
        elif kind == 'and': env[args[0]] = env[args[1]] & env[args[2]]
        elif kind == 'sub': env[args[0]] = env[args[1]] - env[args[2]]
        elif kind == 'xor': env[args[0]] = env[args[1]] ^ env[args[2]]
        elif kind == 'ior': env[args[0]] |= env[args[1]]
        elif kind == 'iand': env[args[0]] &= env[args[1]]
        elif kind == 'isub': env[args[0]] -= env[args[1]]
        elif kind == 'ixor': env[args[0]] ^= env[args[1]]
        elif kind == 'andlist': env[args[0]] = env[args[1]].intersection(xs(2))
        elif kind == 'sublist': env[args[0]] = env[args[1]].difference(xs(2))
        elif kind == 'subdict': env[args[0]] = env[args[1]].difference(dict.fromkeys(xs(2)))
        elif kind == 'isublist': env[args[0]].difference_update(xs(1))
        elif kind == 'xorlist': env[args[0]] = env[args[1]].symmetric_difference(xs(2))
        elif kind == 'ixorlist': env[args[0]].symmetric_difference_update(xs(1))
        elif kind == 'ixordict': env[args[0]].symmetric_difference_update(dict.fromkeys(xs(1)))
        elif kind == 'iandlist': env[args[0]].intersection_update(xs(1))
        elif kind == 'fhash': res = str(hash(frozenset(env[args[0]])))
        else: raise ValueError(kind)
        out.append(' '.join(op) + ' => ' + (res + ' | ' if res else '') + listing(env[args[0]]))
    return out

def rand_elems(r, n):
    return [str(r.choice(POOL)) for _ in range(n)]

def rand_program(r, length):
    ops = []
    names = 'ABC'
    for _ in range(length):
        t, a, b = r.choice(names), r.choice(names), r.choice(names)
        n = r.choice([1, 2, 3, 4, 6, 10, 16, 30])
        kind = r.choice(['lit', 'const', 'forconst', 'add', 'add', 'add', 'discard', 'discard',
                         'pop', 'clear', 'update', 'updlist', 'upddict', 'fromlist', 'fromdict',
                         'fromrange', 'copy', 'or', 'and', 'sub', 'xor', 'ior', 'iand', 'isub',
                         'ixor', 'andlist', 'sublist', 'subdict', 'isublist', 'xorlist',
                         'ixorlist', 'ixordict', 'iandlist', 'fhash'])
        if kind in ('lit', 'const', 'forconst', 'fromlist', 'fromdict'):
            ops.append([kind, t] + rand_elems(r, n))
        elif kind in ('add', 'discard'):
            ops.append([kind, t] + rand_elems(r, 1))
        elif kind in ('pop', 'clear', 'fhash'):
            ops.append([kind, t])
        elif kind in ('update', 'copy', 'ior', 'iand', 'isub', 'ixor'):
            ops.append([kind, t, a])
        elif kind in ('or', 'and', 'sub', 'xor'):
            ops.append([kind, t, a, b])
        elif kind in ('updlist', 'upddict', 'isublist', 'ixorlist', 'ixordict', 'iandlist'):
            ops.append([kind, t] + rand_elems(r, n))
        elif kind in ('andlist', 'sublist', 'subdict', 'xorlist'):
            ops.append([kind, t, a] + rand_elems(r, n))
        elif kind == 'fromrange':
            start = r.randrange(-50, 50)
            ops.append([kind, t, str(start), str(start + r.randrange(1, 240)),
                        str(r.randrange(1, 12))])
    return ops

FIXED = [
    [['lit', 'A', '5', '3', '100', '1'], ['const', 'B', '5', '3', '100', '1'],
     ['const', 'C', '6', '14', '22'], ['lit', 'C', '6', '14', '22'],
     ['forconst', 'A', '6', '14', '22'], ['const', 'C', '6', '14']],
    # Collisions in an 8-slot table, removals, then dummy reuse (the last dummy wins).
    [['lit', 'A', '0', '8', '16'], ['discard', 'A', '0'], ['discard', 'A', '8'],
     ['add', 'A', '24'], ['add', 'A', '1'], ['lit', 'B', '8', '16', '1000', '-1', '1099511627776'],
     ['add', 'B', '-2'], ['add', 'B', '2305843009213693952'], ['add', 'B', '1'],
     ['discard', 'B', '16'], ['add', 'B', '0'], ['pop', 'B'], ['pop', 'B'], ['add', 'B', '7'],
     ['pop', 'B'], ['fhash', 'B']],
    # Growth past several resizes, then shrinking through difference_update.
    [['fromrange', 'A', '0', '100', '7'], ['fromrange', 'B', '0', '1000', '7'],
     ['updlist'] + ['A'] + [str(x) for x in range(100, 400, 3)],
     ['isub', 'A', 'B'], ['fromrange', 'C', '0', '60', '1'], ['sub', 'C', 'C', 'B'],
     ['and', 'C', 'A', 'B'], ['xor', 'C', 'A', 'B'], ['or', 'C', 'B', 'A'], ['pop', 'C'],
     ['pop', 'C'], ['pop', 'C'], ['clear', 'C'], ['pop', 'C'], ['add', 'C', '5'], ['pop', 'C'],
     ['fromdict', 'A'] + [str(x) for x in range(300, 0, -7)], ['fhash', 'A']],
    # The pop finger persists across pops, clear() and intersection_update's body swap.
    [['lit', 'A', '1', '3', '5', '9'], ['pop', 'A'], ['add', 'A', '0'], ['pop', 'A'],
     ['pop', 'A'], ['add', 'A', '2'], ['pop', 'A'], ['lit', 'B', '0', '2', '4', '6', '7'],
     ['pop', 'B'], ['pop', 'B'], ['lit', 'C', '0', '2', '4', '6', '7', '8'], ['iand', 'B', 'C'],
     ['pop', 'B'], ['clear', 'B'], ['updlist', 'B', '1', '4', '6'], ['pop', 'B'],
     ['lit', 'C', '0', '1', '4', '5', '6'], ['iandlist', 'C', '1', '4', '5', '6'], ['pop', 'C'],
     ['lit', 'B', '8', '0', '1', '2'], ['pop', 'B'], ['pop', 'B'], ['lit', 'C', '1', '2', '5'],
     ['iand', 'B', 'C'], ['pop', 'B']],
    # difference_update purges dummies when more than a quarter of the slots hold them.
    [['fromrange', 'A', '0', '40', '1'], ['fromrange', 'B', '0', '36', '1'], ['isub', 'A', 'B'],
     ['add', 'A', '64'], ['fromrange', 'A', '0', '40', '1'], ['fromrange', 'B', '0', '31', '1'],
     ['isub', 'A', 'B'], ['add', 'A', '64'], ['fromrange', 'A', '0', '40', '1'],
     ['isublist', 'A'] + [str(x) for x in range(32)], ['add', 'A', '64'], ['fromrange', 'C', '0', '32', '1'],
     ['isublist', 'C', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13',
      '14', '15', '16', '17', '18', '19', '20', '21', '22', '23', '24', '25', '26', '27'],
     ['add', 'C', '100'], ['fromrange', 'B', '0', '32', '1'], ['discard', 'B', '1'],
     ['discard', 'B', '2'], ['isublist', 'B', '3'], ['add', 'B', '65'],
     ['fromrange', 'B', '0', '40', '1'], ['ixordict', 'B', '1', '2', '3', '4', '5', '6', '7'],
     ['add', 'B', '65'], ['fromrange', 'C', '0', '20', '1'], ['sublist', 'A', 'C', '0', '1'],
     ['add', 'A', '33'], ['fromrange', 'C', '0', '200', '1'], ['fromrange', 'B', '0', '20', '1'],
     ['isub', 'B', 'C'], ['add', 'B', '3'], ['fromrange', 'A', '0', '30', '1'],
     ['subdict', 'A', 'A', '0', '1', '2', '3', '4'], ['add', 'A', '64']],
    # set_difference copies-and-removes when the left side is over 4x larger.
    [['fromlist', 'A'] + '512 262144 8192 256 135 7 139 13 146 26 28 166 40 176 189 63 65 198 91 95 97 119 120'.split(),
     ['lit', 'B', '3'], ['sub', 'C', 'A', 'B'],
     ['fromlist', 'A'] + '1024 256 0 1 524288 138 18 158 32 33 35 40 42 173 46 50 53 55 193 195 196 71 74 80 99 104 113'.split(),
     ['lit', 'B', '46'], ['sub', 'C', 'A', 'B'], ['subdict', 'C', 'A', '46']],
    # set_intersection iterates the smaller set, the right-hand one on a tie.
    [['fromlist', 'A'] + '32768 16384 160 42 175 144'.split(),
     ['fromlist', 'B'] + '8192 16384 128 32768 199 105'.split(),
     ['and', 'C', 'A', 'B'], ['and', 'C', 'B', 'A'],
     ['fromlist', 'A'] + '0 15 121 122 27 125 191'.split(),
     ['fromlist', 'B'] + '191 34 109 15 154 188 159'.split(),
     ['and', 'C', 'A', 'B'], ['and', 'C', 'B', 'A']],
    # Resize thresholds are inclusive (fill * 5 >= mask * 3; a 16-slot table reaches equality).
    [['fromrange', 'A', '0', '50', '10'], ['copy', 'C', 'A'], ['updlist', 'C', '50', '60', '70'],
     ['add', 'C', '80'], ['fromrange', 'A', '0', '5', '1'], ['copy', 'C', 'A'], ['lit', 'B', '32', '48', '64', '80'],
     ['update', 'C', 'B'], ['add', 'C', '96']],
]

r = random.Random(20240611)
programs = FIXED + [rand_program(r, 25) for _ in range(36)]
for prog in programs:
    print('program')
    for line in run(prog):
        print(line)
