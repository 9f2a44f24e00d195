# Text adventure / state machine driven by a scripted command list.

ROOMS = {
    'hall': {'desc': 'A dusty hall.', 'exits': {'north': 'library', 'east': 'kitchen'}, 'items': ['lamp']},
    'library': {'desc': 'Shelves of old books.', 'exits': {'south': 'hall'}, 'items': ['book', 'key']},
    'kitchen': {'desc': 'Smells of bread.', 'exits': {'west': 'hall', 'down': 'cellar'}, 'items': ['bread']},
    'cellar': {'desc': 'Dark and damp.', 'exits': {'up': 'kitchen'}, 'items': ['chest'], 'locked': True},
}

class Game:
    def __init__(self, rooms):
        self.rooms = {k: dict(v, items=list(v['items'])) for k, v in rooms.items()}
        self.here = 'hall'
        self.inventory = []
        self.moves = 0
        self.state = 'playing'
        self.log = []

    def say(self, fmt, **kw):
        line = fmt.format(**kw)
        self.log.append(line)
        print('  ' + line)

    def do(self, line):
        words = line.lower().split()
        if not words:
            return self.say('Say something.')
        verb, rest = words[0], words[1:]
        handler = getattr(self, 'cmd_' + verb, None)
        if handler is None:
            return self.say("I don't know how to '{v}'.", v=verb)
        self.moves += 1
        handler(*rest)

    def cmd_look(self):
        room = self.rooms[self.here]
        exits = ', '.join(sorted(room['exits']))
        items = ', '.join(room['items']) or 'nothing'
        self.say('[{name}] {desc} Exits: {exits}. You see: {items}.',
                 name=self.here.upper(), desc=room['desc'], exits=exits, items=items)

    def cmd_go(self, direction='nowhere'):
        room = self.rooms[self.here]
        target = room['exits'].get(direction)
        if target is None:
            return self.say('You cannot go {d}.', d=direction)
        if self.rooms[target].get('locked') and 'key' not in self.inventory:
            return self.say('The way {d} is locked.', d=direction)
        self.here = target
        self.cmd_look()

    def cmd_take(self, *names):
        for name in names:
            items = self.rooms[self.here]['items']
            if name in items:
                items.remove(name)
                self.inventory.append(name)
                self.say('Taken: {n}.', n=name)
            else:
                self.say('No {n} here.', n=name)

    def cmd_drop(self, name):
        try:
            self.inventory.remove(name)
        except ValueError:
            return self.say("You don't have {n}.", n=name)
        self.rooms[self.here]['items'].append(name)
        self.say('Dropped {n}.', n=name)

    def cmd_inv(self):
        self.say('Carrying ({c}): {i}', c=len(self.inventory), i=sorted(self.inventory))

    def cmd_open(self, what):
        if what == 'chest' and 'chest' in self.rooms[self.here]['items']:
            self.state = 'won'
            self.say('The chest holds gold! You win in {m} moves.', m=self.moves)
        else:
            self.say('Nothing to open.')

TRANSITIONS = {('idle', 'coin'): 'ready', ('ready', 'push'): 'idle',
               ('ready', 'coin'): 'ready', ('idle', 'push'): 'idle'}

def turnstile(events):
    state, trace = 'idle', []
    for e in events:
        new = TRANSITIONS.get((state, e), 'error')
        trace.append(f'{state:>5} --{e:^6}--> {new}')
        state = new
        if state == 'error':
            break
    return trace

g = Game(ROOMS)
script = ['look', 'take lamp', 'go north', 'take book key sword', 'inv', 'go south',
          'go east', 'go down', 'dance', '', 'drop book', 'drop spoon', 'go west', 'go east',
          'go down', 'open chest', 'go up']
for cmd in script:
    if g.state != 'playing':
        print(f'(ignored {cmd!r}: game is {g.state})')
        continue
    print(f'> {cmd}')
    g.do(cmd)
print(g.moves, g.state, len(g.log), g.rooms['kitchen']['items'], ROOMS['hall']['items'])
print('\n'.join(turnstile(['coin', 'push', 'push', 'coin', 'coin', 'kick', 'push'])))
