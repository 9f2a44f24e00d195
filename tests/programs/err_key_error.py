# Uncaught KeyError from a dict lookup
config = {"host": "localhost", "port": 8080}
for key in ["host", "port"]:
    print(key, "=", config[key])
def get_setting(cfg, name):
    return cfg[name]
print(get_setting(config, "user"))
