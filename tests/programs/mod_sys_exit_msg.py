# sys.exit with a string: message goes to stderr, exit status 1
import sys
print('before exit')
sys.exit('fatal: something went wrong')
