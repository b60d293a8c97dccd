# time: functions whose results do not depend on the clock: gmtime/strftime of fixed instants, monotonicity.
import time

t = time.gmtime(0)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_wday, t.tm_yday, tuple(t)[:6])
print(time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(1_000_000_000)), time.strftime("%a %b %d", time.gmtime(86400 * 365)))
print(type(time.time()).__name__, time.time() > 1_600_000_000)
start = time.perf_counter()
end = time.perf_counter()
print("perf_counter does not go backwards:", end >= start)
m1 = time.monotonic()
time.sleep(0.01)
m2 = time.monotonic()
print("sleep(0.01) advanced the monotonic clock:", m2 - m1 >= 0.009)
print(type(time.time_ns()).__name__, time.gmtime(1e9).tm_sec, time.gmtime(951782400)[:3])
print(time.asctime(time.gmtime(0)), time.mktime(time.localtime(100)) == 100.0)
