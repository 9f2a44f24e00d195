# Uncaught user-defined exception with custom __str__
class ValidationError(Exception):
    def __init__(self, field, reason):
        super().__init__(field, reason)
        self.field = field
        self.reason = reason
    def __str__(self):
        return f"{self.field}: {self.reason}"
def validate(record):
    if "name" not in record:
        raise ValidationError("name", "is required")
    print("valid", record["name"])
validate({"name": "ok"})
validate({"age": 3})
