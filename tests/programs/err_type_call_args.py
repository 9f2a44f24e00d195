# Uncaught TypeError for calling a function with a missing argument
def connect(host, port, timeout=10):
    return f"{host}:{port} ({timeout}s)"
print(connect("localhost", 80))
print(connect("example", port=443, timeout=5))
print(connect("broken"))
