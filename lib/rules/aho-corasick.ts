// An Aho–Corasick automaton over UTF-16 code units: every banned word of every rule is
// found in one pass over a post, in time linear in the post's length whatever the words
// are. Patterns are plain text; nothing here is ever turned into a regular expression.
//
// Layout (typed arrays, built once per rule-set version):
// - code unit → symbol through a two-level page table (256 pages of 256 units; pages no
//   pattern uses share the all-zero page), symbol 0 meaning "in no pattern"; ASCII also
//   through a 128-entry table of its own;
// - symbols 1–3 are always ".", ":" and "。" (MARK_UNITS), pattern or not: the normaliser
//   notes where they are for link extraction with one comparison on a symbol it looks up
//   anyway, instead of three on every unit;
// - the root's transitions as a dense array, other states' as sorted edge lists;
// - failure links, and for reporting: the pattern ending at each state and the next
//   state down the failure chain that ends a pattern.

/** Units with the reserved symbols 1, 2, 3. */
export const MARK_UNITS = [0x2e, 0x3a, 0x3002] as const;
export const LAST_MARK_SYMBOL = MARK_UNITS.length;

export type Automaton = {
  readonly pageOf: Uint16Array;
  readonly symbols: Uint16Array;
  readonly asciiSymbols: Uint16Array;
  readonly rootNext: Int32Array;
  readonly edgeStart: Int32Array;
  readonly edgeSymbol: Uint16Array;
  readonly edgeTarget: Int32Array;
  readonly fail: Int32Array;
  /** Pattern that ends exactly at a state, or -1. */
  readonly patternAt: Int32Array;
  /** First state at or below a state (along failure links) where a pattern ends, or -1. */
  readonly firstOutput: Int32Array;
  /** Next state below a state (along failure links) where a pattern ends, or -1. */
  readonly nextOutput: Int32Array;
  readonly patternLength: Int32Array;
};

function buildSymbols(patterns: readonly string[]): { pageOf: Uint16Array; symbols: Uint16Array; symbolOf: Map<number, number> } {
  const symbolOf = new Map<number, number>(MARK_UNITS.map((unit, index) => [unit, index + 1]));
  for (const pattern of patterns) {
    for (let i = 0; i < pattern.length; i++) {
      const unit = pattern.charCodeAt(i);
      if (!symbolOf.has(unit)) symbolOf.set(unit, symbolOf.size + 1);
    }
  }
  const pageOf = new Uint16Array(256);
  let pages = 1; // page 0 stays all zeros
  for (const unit of symbolOf.keys()) {
    if (pageOf[unit >>> 8] === 0) pageOf[unit >>> 8] = pages++;
  }
  const symbols = new Uint16Array(pages * 256);
  for (const [unit, symbol] of symbolOf) symbols[((pageOf[unit >>> 8] as number) << 8) | (unit & 0xff)] = symbol;
  return { pageOf, symbols, symbolOf };
}

/** Builds the automaton. `patterns` must be non-empty strings without duplicates; there
 *  may be none (the automaton then only looks up mark symbols). */
export function buildAutomaton(patterns: readonly string[]): Automaton {
  const { pageOf, symbols, symbolOf } = buildSymbols(patterns);
  if (symbolOf.size > 0xffff) throw new RangeError("too many distinct characters in banned words");
  // Trie with Map children while building; flattened below.
  const children: Map<number, number>[] = [new Map()];
  const patternAtList: number[] = [-1];
  patterns.forEach((pattern, patternIndex) => {
    let state = 0;
    for (let i = 0; i < pattern.length; i++) {
      const symbol = symbolOf.get(pattern.charCodeAt(i)) as number;
      const node = children[state] as Map<number, number>;
      let next = node.get(symbol);
      if (next === undefined) {
        next = children.length;
        node.set(symbol, next);
        children.push(new Map());
        patternAtList.push(-1);
      }
      state = next;
    }
    patternAtList[state] = patternIndex;
  });

  const stateCount = children.length;
  const fail = new Int32Array(stateCount);
  const patternAt = Int32Array.from(patternAtList);
  const firstOutput = new Int32Array(stateCount).fill(-1);
  const nextOutput = new Int32Array(stateCount).fill(-1);
  const rootNext = new Int32Array(symbolOf.size + 1);
  const edgeStart = new Int32Array(stateCount + 1);
  let edgeCount = 0;
  for (let s = 0; s < stateCount; s++) {
    edgeStart[s] = edgeCount;
    if (s !== 0) edgeCount += (children[s] as Map<number, number>).size;
  }
  edgeStart[stateCount] = edgeCount;
  const edgeSymbol = new Uint16Array(edgeCount);
  const edgeTarget = new Int32Array(edgeCount);

  // Breadth-first, so a state's failure target is finished before the state itself.
  const queue: number[] = [];
  for (const [symbol, child] of children[0] as Map<number, number>) {
    rootNext[symbol] = child;
    fail[child] = 0;
    queue.push(child);
  }
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head] as number;
    const failState = fail[state] as number;
    nextOutput[state] = (patternAt[failState] as number) >= 0 ? failState : (firstOutput[failState] as number);
    firstOutput[state] = (patternAt[state] as number) >= 0 ? state : (nextOutput[state] as number);
    const sorted = [...(children[state] as Map<number, number>)].sort((a, b) => a[0] - b[0]);
    let e = edgeStart[state] as number;
    for (const [symbol, child] of sorted) {
      edgeSymbol[e] = symbol;
      edgeTarget[e] = child;
      e++;
      fail[child] = step(children, rootNext, fail, failState, symbol, state === 0);
      queue.push(child);
    }
  }
  const patternLength = Int32Array.from(patterns, (pattern) => pattern.length);
  const asciiSymbols = symbols.slice((pageOf[0] as number) << 8, ((pageOf[0] as number) << 8) + 0x80);
  return { pageOf, symbols, asciiSymbols, rootNext, edgeStart, edgeSymbol, edgeTarget, fail, patternAt, firstOutput, nextOutput, patternLength };
}

// Failure target of a child reached by `symbol` from a state whose failure state is `from`.
function step(
  children: readonly Map<number, number>[],
  rootNext: Int32Array,
  fail: Int32Array,
  from: number,
  symbol: number,
  parentIsRoot: boolean,
): number {
  if (parentIsRoot) return 0;
  let state = from;
  for (;;) {
    if (state === 0) return rootNext[symbol] as number;
    const next = (children[state] as Map<number, number>).get(symbol);
    if (next !== undefined) return next;
    state = fail[state] as number;
  }
}

/** The state after reading `unit` in `state`. */
export function nextState(automaton: Automaton, state: number, unit: number): number {
  const symbol = automaton.symbols[((automaton.pageOf[unit >>> 8] as number) << 8) | (unit & 0xff)] as number;
  if (symbol === 0) return 0; // no pattern contains this character
  const { rootNext, edgeStart, edgeSymbol, edgeTarget, fail } = automaton;
  for (let s = state; ; s = fail[s] as number) {
    if (s === 0) return rootNext[symbol] as number;
    const end = edgeStart[s + 1] as number;
    for (let e = edgeStart[s] as number; e < end; e++) {
      const edge = edgeSymbol[e] as number;
      if (edge === symbol) return edgeTarget[e] as number;
      if (edge > symbol) break;
    }
  }
}

/** Appends (pattern, end) for every pattern that ends in `state` at `end`. */
export function collectMatches(automaton: Automaton, state: number, end: number, matches: number[]): void {
  for (let out = automaton.firstOutput[state] as number; out >= 0; out = automaton.nextOutput[out] as number) {
    matches.push(automaton.patternAt[out] as number, end);
  }
}

/** Every (pattern, end) in `units[0 .. length)` as a flat list, in order of end. The plain
 *  form of the scan the normaliser does inline (normalise.ts); tests hold both to it. */
export function scanUnits(automaton: Automaton, units: Uint16Array, length: number): number[] {
  const matches: number[] = [];
  let state = 0;
  for (let i = 0; i < length; i++) {
    state = nextState(automaton, state, units[i] as number);
    if ((automaton.firstOutput[state] as number) >= 0) collectMatches(automaton, state, i + 1, matches);
  }
  return matches;
}
