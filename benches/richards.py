# The Richards benchmark: Martin Richards' simulation of an operating-system
# task scheduler (BCPL, 1981), here as a straightforward object-oriented
# Python 3 port in the style of the Smalltalk/Java/C++ versions.  Six tasks
# (an idle task, a worker, two packet handlers and two devices) exchange
# packets through a priority scheduler.  Each iteration builds a fresh task
# set and runs it to completion; the queue-packet and hold counts are checked
# against the values the original benchmark expects.
#
# Usage: richards.py [N]   (N = number of iterations)

import sys

# Task identifiers.
I_IDLE = 1
I_WORK = 2
I_HANDLERA = 3
I_HANDLERB = 4
I_DEVA = 5
I_DEVB = 6

# Packet kinds.
K_DEV = 1000
K_WORK = 1001

BUFSIZE = 4
TASKTABSIZE = 10
IDLE_COUNT = 10000

EXPECTED_QPKT_COUNT = 23246
EXPECTED_HOLD_COUNT = 9297


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFSIZE

    def append_to(self, queue):
        """Append this packet to the end of `queue`; return the queue head."""
        self.link = None
        if queue is None:
            return self
        p = queue
        nxt = p.link
        while nxt is not None:
            p = nxt
            nxt = p.link
        p.link = self
        return queue


# Per-task private data ("task records").

class TaskRecord:
    pass


class DeviceTaskRecord(TaskRecord):
    def __init__(self):
        self.pending = None


class IdleTaskRecord(TaskRecord):
    def __init__(self, count):
        self.control = 1
        self.count = count


class HandlerTaskRecord(TaskRecord):
    def __init__(self):
        self.work_in = None
        self.device_in = None

    def work_in_add(self, pkt):
        self.work_in = pkt.append_to(self.work_in)
        return self.work_in

    def device_in_add(self, pkt):
        self.device_in = pkt.append_to(self.device_in)
        return self.device_in


class WorkerTaskRecord(TaskRecord):
    def __init__(self):
        self.destination = I_HANDLERA
        self.count = 0


class TaskState:
    def __init__(self):
        self.packet_pending = True
        self.task_waiting = False
        self.task_holding = False

    def set_packet_pending(self):
        self.packet_pending = True
        self.task_waiting = False
        self.task_holding = False
        return self

    def set_waiting(self):
        self.packet_pending = False
        self.task_waiting = True
        self.task_holding = False
        return self

    def set_running(self):
        self.packet_pending = False
        self.task_waiting = False
        self.task_holding = False
        return self

    def set_waiting_with_packet(self):
        self.packet_pending = True
        self.task_waiting = True
        self.task_holding = False
        return self

    def is_holding_or_waiting(self):
        return self.task_holding or (not self.packet_pending and self.task_waiting)

    def is_waiting_with_packet(self):
        return self.packet_pending and self.task_waiting and not self.task_holding


class Scheduler:
    """The task table, the priority-ordered task list and the counters."""

    def __init__(self):
        self.task_table = [None] * TASKTABSIZE
        self.task_list = None
        self.hold_count = 0
        self.qpkt_count = 0

    def find_task(self, ident):
        t = self.task_table[ident]
        if t is None:
            raise ValueError("bad task id %d" % ident)
        return t

    def schedule(self):
        t = self.task_list
        while t is not None:
            if t.is_holding_or_waiting():
                t = t.link
            else:
                t = t.run_task()


class Task(TaskState):
    def __init__(self, sched, ident, priority, queue, state, record):
        self.sched = sched
        self.link = sched.task_list
        self.ident = ident
        self.priority = priority
        self.input = queue
        self.packet_pending = state.packet_pending
        self.task_waiting = state.task_waiting
        self.task_holding = state.task_holding
        self.record = record
        sched.task_list = self
        sched.task_table[ident] = self

    def fn(self, pkt, record):
        raise NotImplementedError

    def add_packet(self, pkt, old):
        if self.input is None:
            self.input = pkt
            self.packet_pending = True
            if self.priority > old.priority:
                return self
        else:
            pkt.append_to(self.input)
        return old

    def run_task(self):
        if self.is_waiting_with_packet():
            msg = self.input
            self.input = msg.link
            if self.input is None:
                self.set_running()
            else:
                self.set_packet_pending()
        else:
            msg = None
        return self.fn(msg, self.record)

    def wait_task(self):
        self.task_waiting = True
        return self

    def hold(self):
        self.sched.hold_count += 1
        self.task_holding = True
        return self.link

    def release(self, ident):
        t = self.sched.find_task(ident)
        t.task_holding = False
        if t.priority > self.priority:
            return t
        return self

    def qpkt(self, pkt):
        t = self.sched.find_task(pkt.ident)
        self.sched.qpkt_count += 1
        pkt.link = None
        pkt.ident = self.ident
        return t.add_packet(pkt, self)


class DeviceTask(Task):
    def fn(self, pkt, record):
        if pkt is None:
            pkt = record.pending
            if pkt is None:
                return self.wait_task()
            record.pending = None
            return self.qpkt(pkt)
        record.pending = pkt
        return self.hold()


class HandlerTask(Task):
    def fn(self, pkt, record):
        if pkt is not None:
            if pkt.kind == K_WORK:
                record.work_in_add(pkt)
            else:
                record.device_in_add(pkt)
        work = record.work_in
        if work is None:
            return self.wait_task()
        count = work.datum
        if count >= BUFSIZE:
            record.work_in = work.link
            return self.qpkt(work)
        dev = record.device_in
        if dev is None:
            return self.wait_task()
        record.device_in = dev.link
        dev.datum = work.data[count]
        work.datum = count + 1
        return self.qpkt(dev)


class IdleTask(Task):
    def fn(self, pkt, record):
        record.count -= 1
        if record.count == 0:
            return self.hold()
        if record.control & 1 == 0:
            record.control = record.control // 2
            return self.release(I_DEVA)
        record.control = (record.control // 2) ^ 0xD008
        return self.release(I_DEVB)


class WorkTask(Task):
    def fn(self, pkt, record):
        if pkt is None:
            return self.wait_task()
        if record.destination == I_HANDLERA:
            dest = I_HANDLERB
        else:
            dest = I_HANDLERA
        record.destination = dest
        pkt.ident = dest
        pkt.datum = 0
        for i in range(BUFSIZE):
            record.count += 1
            if record.count > 26:
                record.count = 1
            pkt.data[i] = ord("A") + record.count - 1
        return self.qpkt(pkt)


def run_once():
    sched = Scheduler()

    IdleTask(sched, I_IDLE, 0, None, TaskState().set_running(),
             IdleTaskRecord(IDLE_COUNT))

    wkq = Packet(None, 0, K_WORK)
    wkq = Packet(wkq, 0, K_WORK)
    WorkTask(sched, I_WORK, 1000, wkq, TaskState().set_waiting_with_packet(),
             WorkerTaskRecord())

    wkq = Packet(None, I_DEVA, K_DEV)
    wkq = Packet(wkq, I_DEVA, K_DEV)
    wkq = Packet(wkq, I_DEVA, K_DEV)
    HandlerTask(sched, I_HANDLERA, 2000, wkq,
                TaskState().set_waiting_with_packet(), HandlerTaskRecord())

    wkq = Packet(None, I_DEVB, K_DEV)
    wkq = Packet(wkq, I_DEVB, K_DEV)
    wkq = Packet(wkq, I_DEVB, K_DEV)
    HandlerTask(sched, I_HANDLERB, 3000, wkq,
                TaskState().set_waiting_with_packet(), HandlerTaskRecord())

    DeviceTask(sched, I_DEVA, 4000, None, TaskState().set_waiting(),
               DeviceTaskRecord())
    DeviceTask(sched, I_DEVB, 5000, None, TaskState().set_waiting(),
               DeviceTaskRecord())

    sched.schedule()
    return sched.qpkt_count, sched.hold_count


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 50
    if n < 1:
        raise SystemExit("richards: N must be at least 1")
    ok = True
    total_qpkt = 0
    total_hold = 0
    for _ in range(n):
        qpkt_count, hold_count = run_once()
        total_qpkt += qpkt_count
        total_hold += hold_count
        if qpkt_count != EXPECTED_QPKT_COUNT or hold_count != EXPECTED_HOLD_COUNT:
            ok = False
    print("iterations %d" % n)
    print("qpkt count %d (total %d)" % (qpkt_count, total_qpkt))
    print("hold count %d (total %d)" % (hold_count, total_hold))
    if ok:
        print("results are correct")
    else:
        print("results are incorrect")
        sys.exit(1)


main()
