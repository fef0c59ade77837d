/**
 * Cue patterns: a tiny, linear phrase language over tokens, compiled once from text and then
 * bound to a lexicon (`WordTests.bind`) so matching compares integer word ids.
 *
 * A pattern is a sequence of elements separated by spaces:
 *
 * - `shall` a word (compared after spelling folding, see `normalizeWord`);
 * - `consult*` a word prefix;
 * - `shall|will|must` one of several words;
 * - `(state of war|armed attack|aggression)` one of several phrases;
 * - `~4` a gap of up to 4 tokens, never crossing `.`, `;`, `:`, `!` or `?`;
 * - `"` `,` `(` `)` punctuation tokens (any kind of double quote is `"`); `:` the colon,
 *   a hard stop that a gap may reach but not cross ("notify ~30 :": a verb whose object is the
 *   list the colon opens).
 *
 * Matching is leftmost and never backtracks past a gap: each start costs at most
 * (elements × widest gap) token comparisons, so a scan is linear in the input. There are no
 * regular expressions involved, so there is nothing to backtrack super-linearly.
 */
import { LAST_STOP, type Lexicon } from './lexicon.js'
import type { SpanWords, TokenStream } from './tokens.js'
import { normalizeWord } from './text.js'

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
const PUNCT = new Set(['"', ',', '(', ')', ':'])

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

/** One element of a bound pattern: its options (word tests) and the gap allowed before it. */
interface BoundElement {
  /** Tokens that may be skipped before the element (0 for none). */
  readonly gap: number
  readonly source: string
  /** Options whose first word is exact, by that word's id. */
  readonly byFirst: ReadonlyMap<number, readonly Int32Array[]>
  /** Options whose first word is a prefix test. */
  readonly prefixFirst: readonly Int32Array[]
  /** All options. */
  readonly options: readonly Int32Array[]
}

/**
 * A pattern bound to a lexicon. A word test is a folded form's id (≥ 0) or, for a prefix,
 * `-1 - index` of the prefix in its `WordTests`.
 */
export interface BoundPattern {
  readonly source: string
  readonly elements: readonly BoundElement[]
  /** How many elements it has (gaps are not elements here). */
  readonly total: number
  /** The ids of the exact words it can start with. */
  readonly firstWords: readonly number[]
  /** The prefix indexes it can start with. */
  readonly firstPrefixes: readonly number[]
  /**
   * What must occur for a match, flattened for `WordTests.possible`: per element, its option
   * count, then per option its word count and word tests (longest word first, as the one
   * most likely to be missing).
   */
  readonly needs: Int32Array
  /**
   * One word test per option of the element least likely to match: the pattern can match
   * only where one of these words occurs (see `Family.scan`).
   */
  readonly anchor: Int32Array
}

/**
 * Words so frequent in treaties that they make poor anchors. Only a speed heuristic: any
 * choice of anchor gives the same matches.
 */
const COMMON = new Set([
  'the', 'of', 'to', 'and', 'in', 'a', 'an', 'or', 'by', 'for', 'on', 'with', 'as', 'at', 'be', 'is', 'are', 'any', 'all', 'its', 'their', 'this', 'that',
  'such', 'shall', 'will', 'may', 'must', 'not', 'no', 'other', 'party', 'parties', 'state', 'states', 'treaty', 'article', 'which', 'from', 'each', 'it',
  'they', 'has', 'have', 'been', 'under', 'between', 'present', 'convention', 'agreement', 'united', 'nations', '"', ',', '(', ')', ':'
])

const NO_PREFIXES = new Int32Array(0)

/** Binds patterns to a lexicon and answers which prefixes a folded word has. */
export class WordTests {
  private readonly prefixes: string[] = []
  private readonly prefixIds = new Map<string, number>()
  /** Prefixes of two letters or more by their first two letters; shorter ones apart. */
  private readonly byHead = new Map<string, number[]>()
  private readonly short: number[] = []
  /** Folded form id → the prefixes it has (filled on demand). */
  private matched: (Int32Array | undefined)[] = []
  private readonly bound = new WeakMap<Pattern, BoundPattern>()
  // Which words and prefixes the current span has: `present[norm] === serial`.
  private serial = 0
  private present = new Int32Array(1024)
  private prefixPresent = new Int32Array(16)
  /** Folded form id → its index in the words last given to `notePresent` (valid when present). */
  private slot = new Int32Array(1024)

  constructor(readonly lexicon: Lexicon) {}

  /**
   * Note which words and prefixes a sentence has, for `possible` and `slotOf`.
   *
   * @param words The sentence's distinct words.
   */
  notePresent(words: SpanWords, stream: TokenStream): void {
    const serial = ++this.serial
    const normCount = this.lexicon.norms.length
    if (this.present.length < normCount) {
      this.present = new Int32Array(2 * normCount)
      this.slot = new Int32Array(2 * normCount)
    }
    if (this.prefixPresent.length < this.prefixes.length) this.prefixPresent = new Int32Array(2 * this.prefixes.length)
    const { present, prefixPresent, slot } = this
    const norms = stream.wordNorm
    for (let k = 0; k < words.count; k++) {
      const norm = norms[words.base + k] ?? 0
      present[norm] = serial
      slot[norm] = k
      for (const p of this.prefixesOf(norm)) prefixPresent[p] = serial
    }
  }

  /**
   * Where a word is among those last given to `notePresent`.
   *
   * @param norm A folded form id.
   * @returns Its index there, or -1 when absent.
   */
  slotOf(norm: number): number {
    return this.present[norm] === this.serial ? (this.slot[norm] ?? -1) : -1
  }

  /**
   * Does the sentence last given to `notePresent` have a word with this prefix?
   *
   * @param prefix A prefix index.
   * @returns True when it does.
   */
  hasPrefix(prefix: number): boolean {
    return this.prefixPresent[prefix] === this.serial
  }

  /**
   * Can a pattern match in the span last given to `notePresent`? Only if every element has an
   * option all of whose words occur there: a cheap test that rules out most tries.
   *
   * @param pattern A pattern bound by this object.
   * @returns False when it cannot match.
   */
  possible(pattern: BoundPattern): boolean {
    const { present, prefixPresent, serial } = this
    const needs = pattern.needs
    let k = 0
    while (k < needs.length) {
      // One element: some option must have all its words present.
      let options = needs[k++] ?? 0
      let any = false
      while (options-- > 0) {
        const words = needs[k++] ?? 0
        const end = k + words
        if (!any) {
          let all = true
          for (; k < end; k++) {
            const test = needs[k] ?? 0
            if ((test >= 0 ? present[test] : prefixPresent[-1 - test]) !== serial) {
              all = false
              break
            }
          }
          any = all
        }
        k = end
      }
      if (!any) return false
    }
    return true
  }

  /**
   * A pattern with its words as lexicon ids (memoised per pattern).
   *
   * @param pattern A compiled pattern.
   * @returns The bound pattern.
   */
  bind(pattern: Pattern): BoundPattern {
    const known = this.bound.get(pattern)
    if (known !== undefined) return known
    const elements: BoundElement[] = []
    let gap = 0
    for (const el of pattern.elements) {
      if (el.type === 'gap') {
        gap = el.max
        continue
      }
      const byFirst = new Map<number, Int32Array[]>()
      const prefixFirst: Int32Array[] = []
      const options: Int32Array[] = []
      for (const option of el.options) {
        const tests = Int32Array.from(option, (w) => (w.prefix ? -1 - this.prefixId(w.word) : this.lexicon.normId(w.word)))
        options.push(tests)
        const first = tests[0] ?? 0
        if (first < 0) prefixFirst.push(tests)
        else {
          const list = byFirst.get(first)
          if (list === undefined) byFirst.set(first, [tests])
          else list.push(tests)
        }
      }
      elements.push({ gap, source: el.source, byFirst, prefixFirst, options })
      gap = 0
    }
    const first = elements[0]
    // Elements whose words are rarest first (the likeliest to be missing), options with the
    // commonest words first (the likeliest to be present), and in each option its rarest word
    // first: `possible` then mostly stops at its first or second read.
    const rarest = (option: Int32Array): number => Math.min(...[...option].map((t) => this.weakness(t)))
    const selectivity = (el: BoundElement): number => Math.max(...el.options.map(rarest))
    const needs: number[] = []
    for (const el of [...elements].sort((a, b) => selectivity(a) - selectivity(b))) {
      needs.push(el.options.length)
      for (const option of [...el.options].sort((a, b) => rarest(b) - rarest(a))) needs.push(option.length, ...[...option].sort((a, b) => this.weakness(a) - this.weakness(b)))
    }
    const result: BoundPattern = {
      source: pattern.source,
      elements,
      total: elements.length,
      firstWords: first === undefined ? [] : [...first.byFirst.keys()],
      firstPrefixes: first === undefined ? [] : [...new Set(first.prefixFirst.map((t) => -1 - (t[0] ?? 0)))],
      needs: Int32Array.from(needs),
      anchor: this.anchorOf(elements)
    }
    this.bound.set(pattern, result)
    return result
  }

  /** For each option of the most selective element, its most selective word (see `BoundPattern.anchor`). */
  private anchorOf(elements: readonly BoundElement[]): Int32Array {
    let best: number[] = []
    let bestScore = Infinity
    for (const el of elements) {
      const words = el.options.map((option) => [...option].reduce((a, b) => (this.weakness(b) < this.weakness(a) ? b : a)))
      const score = Math.max(...words.map((w) => this.weakness(w))) * 100 + words.length
      if (score < bestScore) {
        bestScore = score
        best = words
      }
    }
    return Int32Array.from(new Set(best))
  }

  /** How poor a word test is as an anchor: common words worst, then short ones. */
  private weakness(test: number): number {
    const word = test >= 0 ? (this.lexicon.norms[test] ?? '') : (this.prefixes[-1 - test] ?? '')
    return COMMON.has(word) ? 100 : Math.max(0, 20 - word.length) + (test < 0 ? 5 : 0)
  }

  private prefixId(prefix: string): number {
    let id = this.prefixIds.get(prefix)
    if (id !== undefined) return id
    id = this.prefixes.length
    this.prefixes.push(prefix)
    this.prefixIds.set(prefix, id)
    if (prefix.length < 2) this.short.push(id)
    else {
      const head = prefix.slice(0, 2)
      const list = this.byHead.get(head)
      if (list === undefined) this.byHead.set(head, [id])
      else list.push(id)
    }
    // Words already checked did not know this prefix.
    this.matched = []
    return id
  }

  /**
   * The prefixes a folded word has, ascending.
   *
   * @param norm A folded form id.
   * @returns The prefix indexes.
   */
  prefixesOf(norm: number): Int32Array {
    const known = this.matched[norm]
    if (known !== undefined) return known
    const word = this.lexicon.norms[norm] ?? ''
    const found: number[] = []
    for (const id of this.byHead.get(word.slice(0, 2)) ?? []) if (word.startsWith(this.prefixes[id] ?? '')) found.push(id)
    for (const id of this.short) if (word.startsWith(this.prefixes[id] ?? '')) found.push(id)
    const list = found.length === 0 ? NO_PREFIXES : Int32Array.from(found.sort((a, b) => a - b))
    while (this.matched.length < norm) this.matched.push(undefined)
    this.matched[norm] = list
    return list
  }

  /**
   * Does a folded word pass a word test?
   *
   * @param test A word test of a bound pattern.
   * @param norm A folded form id.
   * @returns True when it does.
   */
  passes(test: number, norm: number): boolean {
    if (test >= 0) return test === norm
    const prefixes = this.prefixesOf(norm)
    const wanted = -1 - test
    for (const p of prefixes) if (p === wanted) return true
    return false
  }
}

/** The end of the longest option of an element matching at `i`, or -1. */
function matchElement(el: BoundElement, norms: Int32Array, i: number, limit: number, tests: WordTests): number {
  let best = -1
  const exact = el.byFirst.get(norms[i] ?? -1)
  if (exact !== undefined) {
    for (const option of exact) {
      const end = i + option.length
      if (end > limit || end <= best) continue
      let k = 1
      while (k < option.length && tests.passes(option[k] ?? 0, norms[i + k] ?? -1)) k++
      if (k === option.length) best = end
    }
  }
  for (const option of el.prefixFirst) {
    const end = i + option.length
    if (end > limit || end <= best) continue
    let k = 0
    while (k < option.length && tests.passes(option[k] ?? 0, norms[i + k] ?? -1)) k++
    if (k === option.length) best = end
  }
  return best
}

/**
 * Where an element matches first, starting at `pos` and skipping at most its gap but never a
 * hard stop: the end of its match, or -1.
 */
function seek(el: BoundElement, norms: Int32Array, pos: number, limit: number, tests: WordTests): number {
  let at = pos
  for (let skip = 0; skip <= el.gap && at < limit; skip++, at++) {
    const found = matchElement(el, norms, at, limit, tests)
    if (found >= 0) return found
    if ((norms[at] ?? -1) <= LAST_STOP && (norms[at] ?? -1) >= 0) return -1
  }
  return -1
}

/**
 * Where a full match of a pattern starting at token `i` ends, or -1 (leftmost choice at every
 * gap, no backtracking).
 *
 * @param pattern The bound pattern.
 * @param norms Folded form ids of the tokens.
 * @param i Where the match must start.
 * @param limit Index after the last token that may be used.
 * @param tests The word tests the pattern was bound with.
 * @returns The index after the match, or -1.
 */
export function matchEnd(pattern: BoundPattern, norms: Int32Array, i: number, limit: number, tests: WordTests): number {
  let pos = i
  const elements = pattern.elements
  // The first element must match right at `i` (it has no gap).
  for (let e = 0; e < elements.length; e++) {
    const el = elements[e]
    if (el === undefined) return -1
    const found = e === 0 ? matchElement(el, norms, pos, limit, tests) : seek(el, norms, pos, limit, tests)
    if (found < 0) return -1
    pos = found
  }
  return pos
}

/** The result of trying a pattern at one start: how far it got. */
export interface Attempt {
  /** Index of the first token. */
  readonly start: number
  /** Index after the last matched token. */
  readonly end: number
  /** How many elements matched. */
  readonly matched: number
  /** How many elements the pattern has. */
  readonly total: number
  /** The element that failed, when it did not match fully. */
  readonly failedAt?: string
}

/**
 * Try a pattern at token `i`, keeping how far it got (for explanations).
 *
 * @param pattern The bound pattern.
 * @param norms Folded form ids of the tokens.
 * @param i Where to start.
 * @param limit Index after the last token that may be used.
 * @param tests The word tests the pattern was bound with.
 * @returns How far the attempt got (`matched === total` for a match), or undefined when even
 *   the first element fails.
 */
function attempt(pattern: BoundPattern, norms: Int32Array, i: number, limit: number, tests: WordTests): Attempt | undefined {
  const total = pattern.total
  let pos = i
  let matched = 0
  for (const el of pattern.elements) {
    const found = matched === 0 ? matchElement(el, norms, pos, limit, tests) : seek(el, norms, pos, limit, tests)
    if (found < 0) {
      if (matched === 0) return undefined
      return { start: i, end: pos, matched, total, failedAt: el.source }
    }
    matched++
    pos = found
  }
  return { start: i, end: pos, matched, total }
}

/**
 * All matches of a pattern between two token indexes (non-overlapping, leftmost first).
 *
 * @param pattern The bound pattern.
 * @param norms Folded form ids of the tokens.
 * @param from First index to try.
 * @param to Index after the last usable token.
 * @param tests The word tests the pattern was bound with.
 * @param partial When given, receives every failed attempt (for explanations).
 * @param limit Stop after this many matches.
 * @returns The matches as [start, end) token ranges.
 */
export function findAll(
  pattern: BoundPattern,
  norms: Int32Array,
  from: number,
  to: number,
  tests: WordTests,
  partial?: (a: Attempt) => void,
  limit = Infinity
): Attempt[] {
  const out: Attempt[] = []
  for (let i = from; i < to && out.length < limit; i++) {
    const a = attempt(pattern, norms, i, to, tests)
    if (a === undefined) continue
    if (a.matched === a.total) {
      out.push(a)
      i = Math.max(a.end, i + 1) - 1
    } else partial?.(a)
  }
  return out
}
