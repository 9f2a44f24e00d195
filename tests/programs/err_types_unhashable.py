# uncaught TypeError: unhashable list as dict key
seen = {}
seen[(1, 2)] = 'tuple ok'
seen['s'] = 'str ok'
print(seen)
key = [1, 2]
print('using list key', key)
seen[key] = 'boom'
