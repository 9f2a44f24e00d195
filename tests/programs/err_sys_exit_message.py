# sys.exit("message"): message goes to stderr, exit status 1
import sys
def main():
    print("checking input")
    if len(sys.argv) < 2:
        sys.exit("usage: err_sys_exit_message.py FILE")
    print("unreachable")
main()
