# uncaught KeyError from dict lookup
config = {'host': 'localhost', 'port': 8080}
for k in config:
    print(k, config[k])
print(config.get('user', 'nobody'))
print(config['user'])
