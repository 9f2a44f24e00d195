# Uncaught UnboundLocalError: assignment later in the function makes the name local
counter = 0
def show():
    print("counter is", counter)
def increment():
    counter += 1
    return counter
show()
increment()
