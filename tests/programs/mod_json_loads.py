import json

def show(s, **k):
    try:
        v = json.loads(s, **k)
        print(type(v).__name__, repr(v))
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e, "|", repr(e.msg), e.pos, e.lineno, e.colno, e.doc == s)
    except Exception as e:
        print(type(e).__name__, e)

for s in ['null', 'true', 'false', '0', '-0', '123', '-45', '1.5', '-0.25', '1e3', '1E-2',
          '2.5e+2', '12345678901234567890123456789', '-99999999999999999999',
          '1e400', '-1e400', 'NaN', 'Infinity', '-Infinity', '0.1', '3.141592653589793',
          '"abc"', '""', '"a\\"b\\\\c\\/d\\b\\f\\n\\r\\t"', '"\\u00e9\\u20AC"',
          '"\\ud83d\\ude00"', '"caf\u00e9"', '  [1, 2 ,3 ]  ', '[]', '[[]]', '{}',
          '{"a": 1, "b": [true, false, null], "c": {"d": "e"}}', '{"a":1,"a":2}',
          '\n\t {"x" : [ ]} \r\n', '[1.0, 2, "3"]']:
    show(s)

print("-- errors")
for s in ['', '   ', 'nul', 'tru', '[', '{', '[1,]', '{"a":1,}', '[1 2]', '{"a" 1}',
          '{"a":1 "b":2}', '{1:2}', "{'a':1}", '"abc', '"abc\\', '"a\\x"', '"\\u12"',
          '"\\u12g4"', '"\\u1234', '"a\x01b"', '"tab\there"', '1 2', '[1]x', '{"a":1}}',
          '-', '-x', '01', '1.', '.5', '1e', '1e+', '--1', '+1', 'nan', 'inf', '[1,\n2,\n x]',
          '{\n"a":\n}', '\ufeff[1]', '"\\ud83d\\uZZZZ"', '[NaN, -Infinity]', '  "x"  y']:
    show(s)

print("-- options")
show('[1.5, 2, 3]', parse_float=lambda s: "F" + s, parse_int=lambda s: "I" + s)
show('[1, 2.0]', parse_int=float)
show('{"a": 1, "b": {"c": 2}}', object_hook=lambda d: sorted(d.items()))
show('{"a": 1, "b": {"c": 2}, "a": 3}', object_pairs_hook=lambda p: p)
show('{"a": 1}', object_hook=lambda d: 1, object_pairs_hook=lambda p: 2)
show('[NaN, Infinity, -Infinity]', parse_constant=lambda s: "C:" + s)
show('"a\tb"', strict=False)
show(b'{"bytes": "\xc3\xa9"}')
show(bytearray(b'[1]'))
show(b'\xef\xbb\xbf[2]')
show(123)
show(None)
print(issubclass(json.JSONDecodeError, ValueError))
try:
    json.loads('[1,,2]')
except ValueError as e:
    print("ValueError caught:", e)
e = json.JSONDecodeError("Boom", "ab\ncd\nef", 7)
print(e, e.lineno, e.colno, e.args)
v = json.loads('{"deep": [[[[{"x": [1, {"y": null}]}]]]]}')
print(v, v["deep"][0][0][0][0]["x"][1])
print(json.loads(json.dumps({"s": "\u20ac\U0001f600\n", "l": [1.25, -3, None]})))
