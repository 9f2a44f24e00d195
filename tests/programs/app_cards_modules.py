import random
import itertools
import operator
import string
from enum import Enum, auto
from dataclasses import dataclass, field

class Suit(Enum):
    HEARTS = auto()
    SPADES = auto()
    CLUBS = auto()
    DIAMONDS = auto()

@dataclass(order=True)
class Card:
    rank: int
    suit: Suit = field(compare=False)
    def __str__(self):
        names = {11: "J", 12: "Q", 13: "K", 14: "A"}
        return f"{names.get(self.rank, self.rank)}{self.suit.name[0]}"

rng = random.Random(42)
deck = [Card(r, s) for r, s in itertools.product(range(2, 15), Suit)]
rng.shuffle(deck)
hands = [sorted(deck[i::4], reverse=True) for i in range(4)]
for i, h in enumerate(hands):
    print(i, " ".join(map(str, h[:6])), sum(map(operator.attrgetter("rank"), h)))
by_suit = {s: len(list(g)) for s, g in itertools.groupby(sorted(hands[0], key=lambda c: c.suit.value), key=operator.attrgetter("suit"))}
print(by_suit)
word = "".join(rng.choice(string.ascii_lowercase) for _ in range(12))
print(word, list(itertools.accumulate([1, 2, 3], operator.mul)), max(deck))
counts = {}
for _ in range(10000):
    k = rng.randint(1, 6) + rng.randint(1, 6)
    counts[k] = counts.get(k, 0) + 1
print(sorted(counts.items()))
print(rng.sample(range(100), 5), round(rng.gauss(0, 1), 6), rng.choices("abc", weights=[1, 2, 3], k=6))
for combo in itertools.islice(itertools.combinations("ABCDE", 3), 4):
    print("".join(combo), end=" ")
print()
