# Two list items without a comma between them: "Perhaps you forgot a comma?".
print("this file never runs: it does not compile")
colors = ["red", "green" "blue", 3 4]
print(colors)
print("end of file")
