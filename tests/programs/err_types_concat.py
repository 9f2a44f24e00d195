# uncaught TypeError from str + int
name = 'count'
print(name + ':' + str(3))
value = 1
message = name + ': '
print(repr(message))
message = message + value
print(message)
