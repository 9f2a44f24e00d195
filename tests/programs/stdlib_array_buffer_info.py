# array.buffer_info() gives (address, length): the address is an int that only means
# something to C code, the length follows the array as it changes.
from array import array

a = array("i", [1, 2, 3])
address, length = a.buffer_info()
print(type(address).__name__, address > 0, length)
a.extend(range(10))
print(a.buffer_info()[1], len(a))
del a[:5]
print(a.buffer_info()[1])
e = array("d")
print(e.buffer_info()[1], type(e.buffer_info()).__name__)
print(array("u", "héllo").buffer_info()[1], array("b", b"xy").buffer_info()[1])
