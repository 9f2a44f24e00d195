# A hand-rolled dataclass decorator using class introspection, __init_subclass__, descriptors.

MISSING = object()


class Field:
    def __init__(self, default=MISSING, factory=None, validator=None):
        self.default = default
        self.factory = factory
        self.validator = validator
        self.name = None

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        try:
            return obj.__dict__[self.name]
        except KeyError:
            raise AttributeError(f"{type(obj).__name__!r} object has no field {self.name!r}") from None

    def __set__(self, obj, value):
        if self.validator is not None and not self.validator(value):
            raise ValueError(f"invalid value for {self.name}: {value!r}")
        obj.__dict__[self.name] = value


class Record:
    _fields = ()

    def __init_subclass__(cls, frozen=False, **kw):
        super().__init_subclass__(**kw)
        fields = list(cls._fields)
        for name, val in list(vars(cls).items()):
            if isinstance(val, Field):
                fields.append(name)
        cls._fields = tuple(fields)
        cls._frozen = frozen

    def __init__(self, *args, **kwargs):
        if len(args) > len(self._fields):
            raise TypeError(f"{type(self).__name__}() takes at most {len(self._fields)} positional arguments ({len(args)} given)")
        values = dict(zip(self._fields, args))
        for k, v in kwargs.items():
            if k not in self._fields:
                raise TypeError(f"{type(self).__name__}() got an unexpected keyword argument {k!r}")
            if k in values:
                raise TypeError(f"{type(self).__name__}() got multiple values for argument {k!r}")
            values[k] = v
        for name in self._fields:
            f = self._field(name)
            if name in values:
                v = values[name]
            elif f.factory is not None:
                v = f.factory()
            elif f.default is not MISSING:
                v = f.default
            else:
                raise TypeError(f"{type(self).__name__}() missing required argument: {name!r}")
            object.__setattr__(self, name, v)
        self.__dict__["_ready"] = True

    @classmethod
    def _field(cls, name):
        for klass in cls.__mro__:
            if name in vars(klass):
                return vars(klass)[name]
        raise LookupError(name)

    def __setattr__(self, name, value):
        if self._frozen and self.__dict__.get("_ready"):
            raise AttributeError(f"cannot assign to field {name!r} of frozen {type(self).__name__}")
        super().__setattr__(name, value)

    def __repr__(self):
        body = ", ".join(f"{n}={getattr(self, n)!r}" for n in self._fields)
        return f"{type(self).__name__}({body})"

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return self.astuple() == other.astuple()

    def __hash__(self):
        if not self._frozen:
            raise TypeError(f"unhashable type: {type(self).__name__!r}")
        return hash(self.astuple())

    def astuple(self):
        return tuple(getattr(self, n) for n in self._fields)

    def asdict(self):
        return {n: getattr(self, n) for n in self._fields}

    def replace(self, **changes):
        d = self.asdict()
        d.update(changes)
        return type(self)(**d)


class Point(Record, frozen=True):
    x = Field(0)
    y = Field(0)

    def __add__(self, o):
        return Point(self.x + o.x, self.y + o.y)

    @property
    def norm1(self):
        return abs(self.x) + abs(self.y)


class Person(Record):
    name = Field(validator=lambda s: isinstance(s, str) and s.strip() != "")
    age = Field(0, validator=lambda a: isinstance(a, int) and 0 <= a < 150)
    tags = Field(factory=list)


class Employee(Person):
    salary = Field(1000.0)


p = Point(1, 2)
q = Point(y=5)
print(p, q, p + q, (p + q).norm1, Point._fields)
print(p == Point(1, 2), p == q, p != q, p == (1, 2), hash(p) == hash(Point(1, 2)))
print(len({p, Point(1, 2), q}), p.replace(x=10), p.asdict())
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
a = Person("ann", 31)
b = Person("bob")
a.tags.append("admin")
print(a, b, a.tags is b.tags)
b.age = 40
print(b.age, Person.age.name, type(Person.__dict__["name"]).__name__)
e = Employee("eve", 29, ["x"], 5500.5)
print(e, Employee._fields, isinstance(e, Person), e.asdict())
print(sorted([Person("z", 3), Person("y", 1), Person("x", 2)], key=lambda r: r.age))
errors = [
    lambda: Person(),
    lambda: Person("a", 200),
    lambda: Person("  "),
    lambda: Person("a", 1, [], 4),
    lambda: Person("a", name="b"),
    lambda: Person("a", salary=3),
    lambda: hash(a),
    lambda: Employee("x").missing,
]
for f in errors:
    try:
        f()
        print("no error?")
    except (TypeError, ValueError, AttributeError) as ex:
        print(f"{type(ex).__name__}: {ex}")
print(type(Point.x).__name__, Point.x.name, Point.x.default, getattr(Employee, "salary").default)
print([getattr(e, f) for f in e._fields])
print(vars(b))
Point(3, 4).y = 0
