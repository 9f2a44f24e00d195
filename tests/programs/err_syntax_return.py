# SyntaxError: 'return' outside function
print("start")
for i in range(3):
    if i == 2:
        return i
