# SyntaxError: a bracket still open at the end of the file
prices = {
    "apple": 3,
    "pear": [4, 5,
