# match: a small command interpreter (the PEP 636 tutorial style): split commands matched
# as sequences, with or-patterns, captures, star captures, guards and class patterns.


class Room:
    def __init__(self, name, exits, items):
        self.name = name
        self.exits = exits
        self.items = items


class Player:
    __match_args__ = ("room", "inventory")

    def __init__(self, room):
        self.room = room
        self.inventory = []


rooms = {
    "hall": Room("hall", {"north": "library", "east": "kitchen"}, ["lamp"]),
    "library": Room("library", {"south": "hall"}, ["book", "scroll"]),
    "kitchen": Room("kitchen", {"west": "hall"}, ["knife", "bread", "cup"]),
}

player = Player(rooms["hall"])
log = []


def say(*parts):
    log.append(" ".join(str(p) for p in parts))
    print(*parts)


def run(command):
    match command.split():
        case []:
            say("say something")
        case ["quit" | "exit" | "q"]:
            say("bye")
            return False
        case ["look"]:
            r = player.room
            say(f"you are in the {r.name}; exits: {', '.join(sorted(r.exits))}; items: {r.items}")
        case ["go", direction] if direction in player.room.exits:
            player.room = rooms[player.room.exits[direction]]
            say("you go", direction, "to the", player.room.name)
        case ["go", direction]:
            say("you cannot go", direction)
        case ["go" | "walk", *_]:
            say("go where, exactly?")
        case ["north" | "south" | "east" | "west" as direction]:
            return run(f"go {direction}")
        case ["take" | "get", "all"]:
            taken = list(player.room.items)
            player.inventory.extend(taken)
            player.room.items.clear()
            say("taken:", taken)
        case ["take" | "get", *names] if names:
            for name in names:
                if name in player.room.items:
                    player.room.items.remove(name)
                    player.inventory.append(name)
                    say("taken", name)
                else:
                    say("no", name, "here")
        case ["drop", name] if name in player.inventory:
            player.inventory.remove(name)
            player.room.items.append(name)
            say("dropped", name)
        case ["drop", name]:
            say("you have no", name)
        case ["inventory" | "i"]:
            match player:
                case Player(_, []):
                    say("you carry nothing")
                case Player(Room(), [single]):
                    say("you carry a", single)
                case Player(_, [first, *others]):
                    say("you carry", first, "and", len(others), "more")
        case [verb, *args]:
            say(f"unknown command {verb!r} with {len(args)} argument(s)")
    return True


script = [
    "look",
    "",
    "i",
    "take lamp",
    "i",
    "go north",
    "look",
    "take book scroll pen",
    "i",
    "go west",
    "walk around the room",
    "south",
    "east",
    "get all",
    "drop cup",
    "drop sword",
    "look",
    "dance wildly now",
    "inventory",
    "quit",
    "look",
]
for line in script:
    print(">", line)
    if not run(line):
        break
print(len(log), "messages")
