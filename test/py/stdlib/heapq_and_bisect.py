# heapq keeps a min-heap in a list; bisect finds insertion points in sorted lists.
import heapq
import bisect

heap = []
for n in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(heap, n)
print("after pushes:", heap)
print("heappop:", heapq.heappop(heap), heap)
print("heappushpop(0):", heapq.heappushpop(heap, 0), heap)
print("heapreplace(7):", heapq.heapreplace(heap, 7), heap)
data = [9, 4, 7, 1, 8]
heapq.heapify(data)
print(data, [heapq.heappop(data) for _ in range(len(data))])
print(heapq.nlargest(3, [4, 1, 9, 7]), heapq.nsmallest(2, ["pear", "fig", "apple"], key=len))
print(list(heapq.merge([1, 4, 9], [2, 3, 10])))
tasks = []
for priority, name in [(2, "write"), (1, "plan"), (3, "ship"), (1, "coffee")]:
    heapq.heappush(tasks, (priority, name))
print([heapq.heappop(tasks) for _ in range(4)])
sorted_list = [1, 3, 3, 3, 7]
print(bisect.bisect_left(sorted_list, 3), bisect.bisect_right(sorted_list, 3), bisect.bisect(sorted_list, 0))
bisect.insort(sorted_list, 5)
bisect.insort_left(sorted_list, 3)
print(sorted_list, bisect.bisect_left(sorted_list, 10))
grades = "FDCBA"
print([grades[bisect.bisect([60, 70, 80, 90], s)] for s in (33, 99, 77, 70, 89, 90, 100)])
try:
    heapq.heappop([])
except IndexError as error:
    print("IndexError:", error)
