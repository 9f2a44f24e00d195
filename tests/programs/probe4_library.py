# Library management simulation
class LibraryError(Exception):
    pass

class NotAvailable(LibraryError):
    def __init__(self, title, holder):
        super().__init__(f"{title!r} is checked out by {holder}")
        self.title = title
        self.holder = holder

class LimitExceeded(LibraryError):
    pass

class Book:
    _next_id = 1

    def __init__(self, title, author, year, genre):
        self.id = Book._next_id
        Book._next_id += 1
        self.title = title
        self.author = author
        self.year = year
        self.genre = genre
        self._holder = None
        self.times_borrowed = 0

    @classmethod
    def from_line(cls, line):
        title, author, year, genre = [p.strip() for p in line.split(";")]
        return cls(title, author, int(year), genre)

    @property
    def available(self):
        return self._holder is None

    @property
    def holder(self):
        return self._holder

    @holder.setter
    def holder(self, member):
        if member is not None and self._holder is not None:
            raise NotAvailable(self.title, self._holder.name)
        self._holder = member

    def __repr__(self):
        return f"Book({self.id}, {self.title!r}, {self.year})"

class Member:
    LIMIT = 2

    def __init__(self, name):
        self.name = name
        self.books = []

    def __str__(self):
        return f"{self.name} ({len(self.books)} books)"

class Library:
    def __init__(self):
        self.books = {}
        self.members = {}
        self.log = []

    def add(self, book):
        self.books[book.id] = book

    def join(self, name):
        if name in self.members:
            raise LibraryError(f"duplicate member {name}")
        self.members[name] = m = Member(name)
        return m

    def borrow(self, name, book_id):
        member = self.members[name]
        book = self.books[book_id]
        if len(member.books) >= member.LIMIT:
            raise LimitExceeded(f"{name} already has {len(member.books)} books")
        book.holder = member
        book.times_borrowed += 1
        member.books.append(book)
        self.log.append(("borrow", name, book.title))

    def give_back(self, name, book_id):
        member = self.members[name]
        book = self.books[book_id]
        if book not in member.books:
            raise LibraryError(f"{name} does not have {book.title!r}")
        member.books.remove(book)
        book.holder = None
        self.log.append(("return", name, book.title))

DATA = """Dune; Frank Herbert; 1965; scifi
Emma; Jane Austen; 1815; classic
Neuromancer; William Gibson; 1984; scifi
Persuasion; Jane Austen; 1817; classic
Foundation; Isaac Asimov; 1951; scifi
Ubik; Philip K. Dick; 1969; scifi
Beloved; Toni Morrison; 1987; literary"""

lib = Library()
for line in DATA.splitlines():
    lib.add(Book.from_line(line))
for n in ("ann", "ben", "cy"):
    lib.join(n)

actions = [("borrow", "ann", 1), ("borrow", "ben", 1), ("borrow", "ann", 3), ("borrow", "ann", 5),
           ("return", "ben", 3), ("return", "ann", 1), ("borrow", "ben", 1), ("borrow", "cy", 99),
           ("borrow", "cy", 2), ("return", "cy", 2), ("borrow", "cy", 2), ("join", "ann", 0)]
for act, who, bid in actions:
    try:
        if act == "borrow":
            lib.borrow(who, bid)
        elif act == "return":
            lib.give_back(who, bid)
        else:
            lib.join(who)
        print("ok  ", act, who, bid)
    except NotAvailable as e:
        print("busy", e, "| holder:", e.holder)
    except LibraryError as e:
        print("fail", type(e).__name__, e, isinstance(e, LibraryError))
    except KeyError as e:
        print("fail KeyError", e, repr(e))

books = list(lib.books.values())
print(sorted(books, key=lambda b: (b.genre, -b.year, b.title)))
print(sorted(books, key=lambda b: (b.author.split()[-1], b.year), reverse=True)[:3])
print([b.title for b in books if b.available], [str(m) for m in lib.members.values()])
print(max(books, key=lambda b: (b.times_borrowed, b.title)), Book._next_id, lib.log[-2:])
by_author = {}
for b in books:
    by_author.setdefault(b.author, []).append(b.title)
for author, titles in sorted(by_author.items(), key=lambda kv: (-len(kv[1]), kv[0])):
    print(f"{author:<16} {', '.join(sorted(titles))}")
try:
    lib.books[1].available = True
except AttributeError as e:
    print("AttributeError:", e)
print(NotAvailable.__mro__[1].__name__, issubclass(LimitExceeded, Exception), Member.LIMIT)
