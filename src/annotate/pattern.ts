/**
 * Cue patterns: a tiny, linear phrase language over tokens.
 *
 * A pattern is a sequence of elements separated by spaces:
 *
 * - `shall` a word (compared after spelling folding, see `normalizeWord`);
 * - `consult*` a word prefix;
 * - `shall|will|must` one of several words;
 * - `(state of war|armed attack|aggression)` one of several phrases;
 * - `~4` a gap of up to 4 tokens, never crossing `.`, `;`, `:`, `!` or `?`;
 * - `"` `,` `(` `)` punctuation tokens (any kind of double quote is `"`).
 *
 * Matching is leftmost and never backtracks past a gap: each start costs at most
 * (elements × widest gap) token comparisons, so a scan is linear in the input. There are no
 * regular expressions involved, so there is nothing to backtrack super-linearly.
 */
import { HARD_STOPS, normalizeWord, type Token } from './text.js'

/** One word of a phrase: exact, or a prefix (`consult*`). */
interface WordTest {
  readonly word: string
  readonly prefix: boolean
}

/** A compiled element: alternatives of phrases, or a bounded gap. */
export type PatternElement =
  | { readonly type: 'alt'; readonly options: readonly (readonly WordTest[])[]; readonly source: string }
  | { readonly type: 'gap'; readonly max: number; readonly source: string }

/** A compiled pattern. */
export interface Pattern {
  readonly source: string
  readonly elements: readonly PatternElement[]
}

/** The widest gap a pattern may have. */
export const MAX_GAP = 40

const WORD = /^[\p{L}\p{N}'’-]+\*?$/u
const PUNCT = new Set(['"', ',', '(', ')'])

/**
 * Check a pattern's syntax.
 *
 * @param source The pattern.
 * @returns A message saying what is wrong, or undefined when it is valid.
 */
export function patternError(source: string): string | undefined {
  try {
    compilePattern(source)
    return undefined
  } catch (error) {
    return error instanceof Error ? error.message : String(error)
  }
}

function wordTest(raw: string, where: string): WordTest {
  if (PUNCT.has(raw)) return { word: raw === '"' ? '"' : raw, prefix: false }
  if (!WORD.test(raw)) throw new Error(`bad word "${raw}" in ${where}: use letters, digits, ' and -, optionally ending in *`)
  const prefix = raw.endsWith('*')
  const bare = prefix ? raw.slice(0, -1) : raw
  if (bare.length === 0) throw new Error(`empty word in ${where}`)
  return { word: prefix ? bare.toLowerCase().replace(/['’-]/gu, '') : normalizeWord(bare), prefix }
}

/** Split the source into top-level elements, keeping parenthesised groups whole (`\\(` is a literal). */
function splitElements(source: string): string[] {
  const parts: string[] = []
  let current = ''
  let depth = 0
  let escaped = false
  for (const ch of source) {
    if (escaped) {
      current += ch
      escaped = false
    } else if (ch === '\\') {
      current += ch
      escaped = true
    } else if (ch === '(') {
      if (depth > 0) throw new Error('nested parentheses are not allowed')
      depth++
      current += ch
    } else if (ch === ')') {
      if (depth === 0) throw new Error('unbalanced parenthesis')
      depth--
      current += ch
    } else if (/\s/u.test(ch) && depth === 0) {
      if (current !== '') parts.push(current)
      current = ''
    } else current += ch
  }
  if (depth !== 0) throw new Error('unbalanced parenthesis')
  if (current !== '') parts.push(current)
  return parts
}

/**
 * Compile a pattern.
 *
 * @param source The pattern in the phrase language above.
 * @returns The compiled pattern.
 * @throws {Error} When the syntax is wrong (the message says how).
 */
export function compilePattern(source: string): Pattern {
  if (source.trim() === '') throw new Error('empty pattern')
  const elements: PatternElement[] = []
  for (const part of splitElements(source)) {
    if (part.startsWith('~')) {
      const max = Number(part.slice(1))
      if (!Number.isInteger(max) || max < 1 || max > MAX_GAP) throw new Error(`gap "${part}" must be ~1 to ~${MAX_GAP}`)
      if (elements.length === 0) throw new Error('a pattern cannot start with a gap')
      if (elements.at(-1)?.type === 'gap') throw new Error('two gaps in a row')
      elements.push({ type: 'gap', max, source: part })
      continue
    }
    if (part === '\\(' || part === '\\)') {
      elements.push({ type: 'alt', options: [[{ word: part.slice(1), prefix: false }]], source: part })
      continue
    }
    const grouped = part.startsWith('(') && part.endsWith(')')
    const body = grouped ? part.slice(1, -1) : part
    if (!grouped && (part.includes('(') || part.includes(')'))) throw new Error(`stray parenthesis in "${part}"`)
    const options = body.split('|').map((option) => {
      const words = option.trim().split(/\s+/u).filter((w) => w !== '')
      if (words.length === 0) throw new Error(`empty alternative in "${part}"`)
      if (!grouped && words.length > 1) throw new Error(`phrases must be in parentheses: "${part}"`)
      return words.map((w) => wordTest(w, `"${part}"`))
    })
    elements.push({ type: 'alt', options, source: part })
  }
  if (elements.at(-1)?.type === 'gap') throw new Error('a pattern cannot end with a gap')
  return { source, elements }
}

function wordMatches(test: WordTest, token: Token): boolean {
  return test.prefix ? token.norm.startsWith(test.word) : token.norm === test.word
}

/** Match one alternative element at `i`: the end of the longest matching option, or -1. */
function matchAlt(el: Extract<PatternElement, { type: 'alt' }>, tokens: readonly Token[], i: number, limit: number): number {
  let best = -1
  for (const option of el.options) {
    if (i + option.length > limit) continue
    let ok = true
    for (let k = 0; k < option.length; k++) {
      const token = tokens[i + k]
      const test = option[k]
      if (token === undefined || test === undefined || !wordMatches(test, token)) {
        ok = false
        break
      }
    }
    if (ok && i + option.length > best) best = i + option.length
  }
  return best
}

/** The result of trying a pattern at one start: how far it got. */
export interface Attempt {
  /** Index of the first token. */
  readonly start: number
  /** Index after the last matched token. */
  readonly end: number
  /** How many non-gap elements matched. */
  readonly matched: number
  /** How many non-gap elements the pattern has. */
  readonly total: number
  /** The element that failed, when it did not match fully. */
  readonly failedAt?: string
}

/**
 * Try a pattern at token `i` (leftmost choice at every gap, no backtracking).
 *
 * @param pattern The compiled pattern.
 * @param tokens The tokens.
 * @param i Where to start.
 * @param limit Index after the last token that may be used.
 * @returns How far the attempt got (`matched === total` for a match), or undefined when
 *   even the first element fails.
 */
export function attempt(pattern: Pattern, tokens: readonly Token[], i: number, limit: number): Attempt | undefined {
  const total = altCount(pattern)
  let pos = i
  let matched = 0
  let lastEnd = i
  let gap = 0
  for (const el of pattern.elements) {
    if (el.type === 'gap') {
      gap = el.max
      continue
    }
    const found = seek(el, tokens, pos, gap, limit)
    if (found < 0) {
      if (matched === 0) return undefined
      return { start: i, end: lastEnd, matched, total, failedAt: el.source }
    }
    matched++
    pos = found
    lastEnd = found
    gap = 0
  }
  return { start: i, end: lastEnd, matched, total }
}

/**
 * Where an element matches first, starting at `pos` and skipping at most `gap` tokens but
 * never a hard stop: the end of its match, or -1.
 */
function seek(el: Extract<PatternElement, { type: 'alt' }>, tokens: readonly Token[], pos: number, gap: number, limit: number): number {
  let at = pos
  for (let skip = 0; skip <= gap && at < limit; skip++, at++) {
    const found = matchAlt(el, tokens, at, limit)
    if (found >= 0) return found
    const token = tokens[at]
    if (token !== undefined && HARD_STOPS.has(token.norm)) return -1
  }
  return -1
}

/**
 * Where a full match of a pattern at token `i` ends, or -1: `attempt` without building the
 * attempt (the same leftmost choices, so the same end).
 */
function matchEnd(pattern: Pattern, tokens: readonly Token[], i: number, limit: number): number {
  let pos = i
  let gap = 0
  for (const el of pattern.elements) {
    if (el.type === 'gap') {
      gap = el.max
      continue
    }
    const found = seek(el, tokens, pos, gap, limit)
    if (found < 0) return -1
    pos = found
    gap = 0
  }
  return pos
}

/** How many non-gap elements a pattern has. */
function altCount(pattern: Pattern): number {
  let total = 0
  for (const e of pattern.elements) if (e.type === 'alt') total++
  return total
}

const firstWords = new WeakMap<Pattern, { readonly exact: readonly string[]; readonly prefixes: readonly string[] }>()

/** The words (and word prefixes) a pattern can start with. */
function startWords(pattern: Pattern): { readonly exact: readonly string[]; readonly prefixes: readonly string[] } {
  let found = firstWords.get(pattern)
  if (found === undefined) {
    const first = pattern.elements[0]
    const exact = new Set<string>()
    const prefixes = new Set<string>()
    if (first?.type === 'alt') {
      for (const option of first.options) {
        const w = option[0]
        if (w === undefined) continue
        if (w.prefix) prefixes.add(w.word)
        else exact.add(w.word)
      }
    }
    found = { exact: [...exact], prefixes: [...prefixes] }
    firstWords.set(pattern, found)
  }
  return found
}

interface WordIndex {
  readonly positions: ReadonlyMap<string, readonly number[]>
  /** The distinct words, sorted, for prefix lookups by binary search. */
  readonly words: readonly string[]
}

const indexes = new WeakMap<readonly Token[], WordIndex>()

/** Positions of each folded word in a token list (built once per list). */
function wordIndex(tokens: readonly Token[]): WordIndex {
  let index = indexes.get(tokens)
  if (index === undefined) {
    const map = new Map<string, number[]>()
    for (let i = 0; i < tokens.length; i++) {
      const norm = tokens[i]?.norm ?? ''
      const list = map.get(norm)
      if (list === undefined) map.set(norm, [i])
      else list.push(i)
    }
    index = { positions: map, words: [...map.keys()].sort() }
    indexes.set(tokens, index)
  }
  return index
}

function lowerBound(words: readonly string[], key: string): number {
  let lo = 0
  let hi = words.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((words[mid] ?? '') < key) lo = mid + 1
    else hi = mid
  }
  return lo
}

/**
 * The exact first words and first-word prefixes of a pattern (for indexes built by callers).
 *
 * @param pattern A compiled pattern.
 * @returns Its possible first words.
 */
export function firstWordsOf(pattern: Pattern): { readonly exact: readonly string[]; readonly prefixes: readonly string[] } {
  return startWords(pattern)
}

/** Where a pattern may start: positions of its first words, ascending (the literal prefilter). */
function startPositions(pattern: Pattern, tokens: readonly Token[], from: number, to: number): number[] {
  const { exact, prefixes } = startWords(pattern)
  const index = wordIndex(tokens)
  const out: number[] = []
  for (const word of exact) pushPositions(out, index.positions.get(word), from, to)
  if (prefixes.length > 0) {
    const seen = new Set<string>(exact)
    for (const prefix of prefixes) {
      for (let k = lowerBound(index.words, prefix); k < index.words.length; k++) {
        const word = index.words[k] ?? ''
        if (!word.startsWith(prefix)) break
        if (seen.has(word)) continue
        seen.add(word)
        pushPositions(out, index.positions.get(word), from, to)
      }
    }
  }
  return out.length > 1 ? out.sort(ascending) : out
}

function ascending(a: number, b: number): number {
  return a - b
}

function pushPositions(out: number[], positions: readonly number[] | undefined, from: number, to: number): void {
  if (positions === undefined) return
  for (const i of positions) if (i >= from && i < to) out.push(i)
}

/**
 * All matches of a pattern between two token indexes (non-overlapping, leftmost first).
 *
 * @param pattern The compiled pattern.
 * @param tokens The tokens.
 * @param from First index to try.
 * @param to Index after the last usable token.
 * @param partial When given, receives every failed attempt (for explanations).
 * @param limit Stop after this many matches.
 * @param starts Where the first element occurs, ascending, when the caller already knows.
 * @returns The matches as [start, end) token ranges.
 */
export function findAll(
  pattern: Pattern,
  tokens: readonly Token[],
  from: number,
  to: number,
  partial?: (a: Attempt) => void,
  limit = Infinity,
  starts?: readonly number[]
): Attempt[] {
  const out: Attempt[] = []
  const first = pattern.elements[0]
  if (first?.type !== 'alt') return out
  // Cheap prefilter: only where one of the first words occurs (a lookup in a per-sentence index).
  let next = from
  let last = -1
  for (const i of starts ?? startPositions(pattern, tokens, from, to)) {
    if (i < next || i === last || i >= to) continue
    last = i
    if (partial === undefined) {
      // No explanation wanted: only full matches matter, so skip building failed attempts
      // (`matchEnd` checks the first element itself).
      const end = matchEnd(pattern, tokens, i, to)
      if (end < 0) continue
      const total = altCount(pattern)
      out.push({ start: i, end, matched: total, total })
      if (out.length >= limit) break
      next = Math.max(end, i + 1)
      continue
    }
    if (matchAlt(first, tokens, i, to) < 0) continue
    const a = attempt(pattern, tokens, i, to)
    if (a !== undefined && a.matched === a.total) {
      out.push(a)
      if (out.length >= limit) break
      next = Math.max(a.end, i + 1)
    } else if (a !== undefined) partial(a)
  }
  return out
}
