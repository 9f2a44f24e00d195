# Binary search tree: insertion, deletion, traversal generators, height, iteration protocol, slicing.

class Node:
    __slots__ = ("key", "val", "left", "right")

    def __init__(self, key, val):
        self.key, self.val = key, val
        self.left = self.right = None


class BST:
    def __init__(self, items=()):
        self.root = None
        self.size = 0
        for k, v in items:
            self[k] = v

    def __setitem__(self, key, val):
        def ins(node):
            if node is None:
                self.size += 1
                return Node(key, val)
            if key < node.key:
                node.left = ins(node.left)
            elif key > node.key:
                node.right = ins(node.right)
            else:
                node.val = val
            return node
        self.root = ins(self.root)

    def _find(self, key):
        n = self.root
        while n is not None and n.key != key:
            n = n.left if key < n.key else n.right
        return n

    def __getitem__(self, key):
        if isinstance(key, slice):
            lo, hi = key.start, key.stop
            return [(k, v) for k, v in self.items() if (lo is None or k >= lo) and (hi is None or k < hi)]
        n = self._find(key)
        if n is None:
            raise KeyError(key)
        return n.val

    def __delitem__(self, key):
        def delete(node, key):
            if node is None:
                raise KeyError(key)
            if key < node.key:
                node.left = delete(node.left, key)
            elif key > node.key:
                node.right = delete(node.right, key)
            else:
                if node.left is None:
                    return node.right
                if node.right is None:
                    return node.left
                succ = node.right
                while succ.left:
                    succ = succ.left
                node.key, node.val = succ.key, succ.val
                node.right = delete(node.right, succ.key)
            return node
        self.root = delete(self.root, key)
        self.size -= 1

    def __contains__(self, key):
        return self._find(key) is not None

    def __len__(self):
        return self.size

    def items(self):
        stack, n = [], self.root
        while stack or n:
            while n:
                stack.append(n)
                n = n.left
            n = stack.pop()
            yield n.key, n.val
            n = n.right

    def __iter__(self):
        return (k for k, _ in self.items())

    def __reversed__(self):
        def rev(n):
            if n:
                yield from rev(n.right)
                yield n.key
                yield from rev(n.left)
        return rev(self.root)

    def preorder(self, n=None, top=True):
        n = self.root if top else n
        if n:
            yield n.key
            yield from self.preorder(n.left, False)
            yield from self.preorder(n.right, False)

    def height(self, n=None, top=True):
        n = self.root if top else n
        if n is None:
            return 0
        return 1 + max(self.height(n.left, False), self.height(n.right, False))

    def levels(self):
        out, level = [], [self.root] if self.root else []
        while level:
            out.append([n.key for n in level])
            level = [c for n in level for c in (n.left, n.right) if c]
        return out

    def floor(self, key):
        n, best = self.root, None
        while n:
            if n.key == key:
                return n.key
            if n.key < key:
                best, n = n.key, n.right
            else:
                n = n.left
        return best

    def __repr__(self):
        return "BST({" + ", ".join(f"{k!r}: {v!r}" for k, v in self.items()) + "})"


keys = [50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 10, 25]
t = BST((k, str(k) * 2) for k in keys)
print(t)
print(len(t), t.height(), list(t), list(reversed(t)))
print(list(t.preorder()))
print(t.levels())
print(t[35], 35 in t, 36 in t, t[30:61], t[:25], t[70:])
print([t.floor(k) for k in (5, 10, 33, 49, 50, 99)])
for k in (20, 30, 50, 999):
    try:
        del t[k]
        print("deleted", k, "->", list(t), "root", t.root.key, "height", t.height())
    except KeyError as e:
        print("KeyError", e, repr(e))
t[45] = "updated"
print(t[45], len(t), t.levels())
words = BST((w, len(w)) for w in "the quick brown fox jumps over the lazy dog".split())
print(list(words.items()), len(words), words.height())
print(max(words), min(words), sorted(words, key=lambda w: (-len(w), w))[:3])
import sys
sys.setrecursionlimit(5000)
degenerate = BST((i, i) for i in range(400))
print(degenerate.height(), len(degenerate), sum(degenerate), list(degenerate)[-3:])
lcg = 7
bal = BST()
for _ in range(500):
    lcg = (lcg * 1103515245 + 12345) & 0x7FFFFFFF
    bal[lcg % 1000] = _
print(len(bal), bal.height(), list(bal)[:8], [len(l) for l in bal.levels()])
evens = [k for k in bal if k % 2 == 0]
for k in evens:
    del bal[k]
print(len(bal), all(k % 2 for k in bal), list(bal)[:5])
print(t["missing"])
