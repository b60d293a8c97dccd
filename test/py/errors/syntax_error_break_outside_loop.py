# break outside any loop.
def search(items):
    for item in items:
        pass
    break


print(search([]))
