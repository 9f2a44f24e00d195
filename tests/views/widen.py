# pyjit views test: a function entered alternately with None and with an object is
# recompiled once to take either, rather than back and forth for each.


class Packet:
    def __init__(self, n):
        self.n = n


def weigh(packet):
    if packet is None:
        return 0
    return packet.n


p = Packet(3)
total = 0
for k in range(200):
    total += weigh(p)
for k in range(2000):
    total += weigh(None if k % 2 else p)
print(total)
