# An assert with a computed message inside a method, reached through a loop.
class Account:
    def __init__(self, balance):
        self.balance = balance

    def withdraw(self, amount):
        assert 0 < amount <= self.balance, f"cannot withdraw {amount} from {self.balance}"
        self.balance -= amount


acct = Account(100)
for amount in (30, 50, 40):
    acct.withdraw(amount)
    print("balance:", acct.balance)
