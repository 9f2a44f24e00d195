# Uncaught exception raised inside an imported helper module's function
import _lang_helper
print(_lang_helper.greet("module"))
print(_lang_helper.greet(42))
