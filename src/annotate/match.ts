/**
 * The matcher: binds rules to the run's lexicon (once per lexicon), then finds the hits of a
 * family's rules in a sentence with one scan of the sentence's distinct words.
 *
 * A scan looks up which patterns the sentence's words anchor, keeps those every element of
 * which can be satisfied by the words present, and tries each only where its first word is.
 * Each try is bounded by the pattern's elements and gaps, so a sentence costs O(tokens ×
 * patterns × widest gap) at worst and a treaty is linear in its length. Words are integer ids
 * (see `lexicon.ts`); a scan allocates nothing but the hits it returns. Without near misses
 * to explain, kinds are one group and the five other families another, scanned together.
 */
import type { Rule, RuleFamily } from '../schema/rule.js'
import type { Lexicon } from './lexicon.js'
import { compilePattern, findAll, matchEnd, WordTests, type Attempt, type BoundPattern, type Pattern } from './pattern.js'
import type { Sentence } from './source.js'

/** A rule of a group, with its cues as ids of the group's patterns. */
interface GroupRule {
  readonly rule: Rule
  readonly cues: Int32Array
  readonly requires: Int32Array
  readonly unless: Int32Array
  readonly notAt: readonly BoundPattern[]
}

/**
 * Rules of one or more families whose patterns are matched by one scan of a sentence, and
 * scratch space for that scan.
 */
class RuleGroup {
  readonly rules: GroupRule[] = []
  /** Per family, the indexes of its rules in priority order. */
  private readonly byFamily = new Map<RuleFamily, number[]>()
  /** Pattern id → pattern (cues, requirements and blocks of every rule of the group). */
  readonly patterns: BoundPattern[] = []
  private readonly ids = new Map<BoundPattern, number>()
  /** Patterns by their anchor words and prefixes; folded form id → patterns it anchors (on demand). */
  private readonly anchorWord = new Map<number, number[]>()
  private readonly anchorPrefix = new Map<number, number[]>()
  private anchored: (Int32Array | undefined)[] = []
  // Scratch for one scan. `stamp[p] === serial` when pattern p matched in the current scan;
  // its matches are `matchStart`/`matchEnd` [head[p], head[p] + count[p]).
  private serial = 0
  private stamp: Int32Array = new Int32Array(0)
  private head: Int32Array = new Int32Array(0)
  private count: Int32Array = new Int32Array(0)
  /** `checked[p] === serial` when pattern p was already considered in this scan. */
  private checked: Int32Array = new Int32Array(0)
  private matchStart: Int32Array = new Int32Array(64)
  private matchEnd: Int32Array = new Int32Array(64)
  private matches = 0

  constructor(readonly tests: WordTests) {}

  /** The matches of the last `scan` (the fast path, no explanations). */
  readonly scanned: Matches = {
    of: (id) => {
      if (this.stamp[id] !== this.serial) return NO_SPANS
      const out: Span[] = []
      for (let m = this.head[id] ?? 0, end = m + (this.count[id] ?? 0); m < end; m++) out.push({ start: this.matchStart[m] ?? 0, end: this.matchEnd[m] ?? 0 })
      return out
    },
    first: (ids) => {
      for (const id of ids) {
        if (this.stamp[id] !== this.serial) continue
        const m = this.head[id] ?? 0
        return { start: this.matchStart[m] ?? 0, end: this.matchEnd[m] ?? 0 }
      }
      return undefined
    }
  }

  /** Pattern id → the indexes of the rules it is a cue of. */
  private readonly cueOf: number[][] = []
  /** The patterns that matched in the current scan. */
  private matched: number[] = []

  add(rule: Rule, compiled: CompiledRule): void {
    const ids = (patterns: readonly Pattern[]): Int32Array => Int32Array.from(patterns, (p) => this.idOf(this.tests.bind(p)))
    const cues = ids(compiled.cues)
    const index = this.rules.length
    for (const id of cues) (this.cueOf[id] ??= []).push(index)
    this.rules.push({ rule, cues, requires: ids(compiled.requires), unless: ids(compiled.unless), notAt: compiled.notAt.map((p) => this.tests.bind(p)) })
    const members = this.byFamily.get(rule.family)
    if (members === undefined) this.byFamily.set(rule.family, [index])
    else members.push(index)
  }

  /**
   * The indexes of a family's rules, in priority order.
   *
   * @param family The family.
   * @returns Indexes into `rules`.
   */
  rulesOf(family: RuleFamily): readonly number[] {
    return this.byFamily.get(family) ?? []
  }

  /** The indexes of a family's rules with a cue that matched in the current scan, ascending (priority order). */
  firedRules(family: RuleFamily): number[] {
    const out: number[] = []
    for (const id of this.matched) for (const rule of this.cueOf[id] ?? []) if (this.rules[rule]?.rule.family === family) out.push(rule)
    if (out.length > 1) {
      out.sort((a, b) => a - b)
      let kept = 1
      for (let k = 1; k < out.length; k++) if (out[k] !== out[kept - 1]) out[kept++] = out[k] ?? 0
      out.length = kept
    }
    return out
  }

  private idOf(pattern: BoundPattern): number {
    let id = this.ids.get(pattern)
    if (id !== undefined) return id
    id = this.patterns.length
    this.patterns.push(pattern)
    this.ids.set(pattern, id)
    for (const test of pattern.anchor) {
      if (test >= 0) push(this.anchorWord, test, id)
      else push(this.anchorPrefix, -1 - test, id)
    }
    this.anchored = []
    return id
  }

  /** The ids of the patterns a folded word anchors. */
  private anchoredBy(norm: number): Int32Array {
    const known = this.anchored[norm]
    if (known !== undefined) return known
    const found = new Set<number>(this.anchorWord.get(norm))
    for (const prefix of this.tests.prefixesOf(norm)) for (const id of this.anchorPrefix.get(prefix) ?? []) found.add(id)
    const list = found.size === 0 ? NONE : Int32Array.from(found)
    while (this.anchored.length < norm) this.anchored.push(undefined)
    this.anchored[norm] = list
    return list
  }

  /**
   * Match every pattern of the family over a sentence: non-overlapping, leftmost matches of
   * each pattern (see the scratch fields). A pattern is tried only if one of its anchor words
   * occurs and every element has an option whose words all occur, and then only where its
   * first word is; most sentences leave no pattern to try.
   */
  scan(sentence: Sentence): void {
    if (this.stamp.length !== this.patterns.length) {
      for (const name of ['stamp', 'head', 'count', 'checked'] as const) this[name] = new Int32Array(this.patterns.length)
    }
    const serial = ++this.serial
    const { stamp, head, count, checked, patterns, tests } = this
    this.matched = []
    this.matches = 0
    const words = sentence.words
    const stream = sentence.stream
    tests.notePresent(words, stream)
    const norms = stream.norm
    const to = sentence.to
    for (let k = 0; k < words.count; k++) {
      for (const id of this.anchoredBy(stream.wordNorm[words.base + k] ?? 0)) {
        if (checked[id] === serial) continue
        checked[id] = serial
        const pattern = patterns[id]
        if (pattern === undefined || !tests.possible(pattern)) continue
        const starts = this.startsOf(pattern, sentence)
        const positions = this.positions
        let after = 0
        for (let s = 0; s < starts; s++) {
          const i = positions[s] ?? 0
          if (i < after) continue
          const end = matchEnd(pattern, norms, i, to, tests)
          if (end < 0) continue
          if (this.matches === this.matchStart.length) this.grow()
          if (stamp[id] !== serial) {
            stamp[id] = serial
            head[id] = this.matches
            count[id] = 0
            this.matched.push(id)
          }
          this.matchStart[this.matches] = i
          this.matchEnd[this.matches] = end
          this.matches++
          count[id] = (count[id] ?? 0) + 1
          after = Math.max(end, i + 1)
        }
      }
    }
  }

  /** Scratch for `startsOf`. */
  private positions: Int32Array = new Int32Array(256)

  /** Where a pattern's first word occurs in the sentence last noted: `positions[0 … returned)`, ascending. */
  private startsOf(pattern: BoundPattern, sentence: Sentence): number {
    const { base, count } = sentence.words
    const { sameNext: next, wordFirst: first, wordNorm: norms } = sentence.stream
    if (this.positions.length < sentence.length) this.positions = new Int32Array(2 * sentence.length)
    const out = this.positions
    let n = 0
    let lists = 0
    for (const word of pattern.firstWords) {
      const k = this.tests.slotOf(word)
      if (k < 0) continue
      lists++
      for (let i = first[base + k] ?? -1; i >= 0; i = next[i] ?? -1) out[n++] = i
    }
    for (const prefix of pattern.firstPrefixes) {
      if (!this.tests.hasPrefix(prefix)) continue
      for (let k = 0; k < count; k++) {
        if (!this.tests.prefixesOf(norms[base + k] ?? 0).includes(prefix)) continue
        lists++
        for (let i = first[base + k] ?? -1; i >= 0; i = next[i] ?? -1) out[n++] = i
      }
    }
    // Several words or prefixes ("shall|will", "consult*"): sort, and drop repeats (a word
    // can have two of the prefixes).
    if (lists > 1) {
      out.subarray(0, n).sort()
      let kept = 0
      for (let k = 0; k < n; k++) if (kept === 0 || out[kept - 1] !== out[k]) out[kept++] = out[k] ?? 0
      n = kept
    }
    return n
  }

  private grow(): void {
    const bigger = (array: Int32Array): Int32Array => {
      const out = new Int32Array(array.length * 2)
      out.set(array)
      return out
    }
    this.matchStart = bigger(this.matchStart)
    this.matchEnd = bigger(this.matchEnd)
  }
}

const NONE = new Int32Array(0)

function push(map: Map<number, number[]>, key: number, value: number): void {
  const list = map.get(key)
  if (list === undefined) map.set(key, [value])
  else list.push(value)
}

/** A rule's cues, compiled from the phrase language (once per rule object). */
interface CompiledRule {
  readonly cues: readonly Pattern[]
  readonly requires: readonly Pattern[]
  readonly unless: readonly Pattern[]
  readonly notAt: readonly Pattern[]
}

const compiledRules = new WeakMap<Rule, CompiledRule>()

function compileOne(rule: Rule): CompiledRule {
  let compiled = compiledRules.get(rule)
  if (compiled === undefined) {
    compiled = {
      cues: rule.cues.map(compilePattern),
      requires: (rule.requires ?? []).map(compilePattern),
      unless: (rule.unless ?? []).map(compilePattern),
      notAt: (rule.notAt ?? []).map(compilePattern)
    }
    compiledRules.set(rule, compiled)
  }
  return compiled
}

/** The rules of a family. */
type RuleOf<F extends RuleFamily> = Extract<Rule, { family: F }>

/** Word tests per lexicon: patterns are bound once per lexicon, not once per run. */
const wordTests = new WeakMap<Lexicon, WordTests>()
/** Groups built from the same rule objects are reused across runs, with their per-word tables. */
const groups = new WeakMap<WordTests, Map<string, { readonly rules: readonly Rule[]; readonly group: RuleGroup }>>()

/** The group of some rules (in priority order within each family), built or reused. */
function groupOf(tests: WordTests, rules: readonly Rule[]): RuleGroup {
  let known = groups.get(tests)
  if (known === undefined) {
    known = new Map()
    groups.set(tests, known)
  }
  const key = rules.map((rule) => rule.id).join('\n')
  const cached = known.get(key)
  // The same ids may name other rule objects (user rules are parsed afresh each run): compare them.
  if (cached?.rules.length === rules.length && cached.rules.every((rule, index) => rule === rules[index])) return cached.group
  const group = new RuleGroup(tests)
  for (const rule of rules) group.add(rule, compileOne(rule))
  known.set(key, { rules, group })
  return group
}

/** The families found together once a sentence holds a clause (kinds are looked for first, alone). */
const CLAUSE_FAMILIES = ['modality', 'caveat', 'trigger', 'feature', 'role'] as const satisfies readonly RuleFamily[]

/**
 * Rules compiled for one run, bound to the run's lexicon. Every sentence is scanned for clause
 * kinds; only sentences that hold a clause are scanned for everything else, in one scan.
 */
export class RuleSet {
  /** The word tests every pattern of the set is bound with. */
  readonly tests: WordTests
  private readonly kinds: RuleGroup
  private readonly others: RuleGroup

  /**
   * Compile rules (valid ones: validate user rules first).
   *
   * @param rules The rules, in priority order within each family.
   * @param lexicon The lexicon of the run.
   */
  constructor(rules: readonly Rule[], lexicon: Lexicon) {
    let tests = wordTests.get(lexicon)
    if (tests === undefined) {
      tests = new WordTests(lexicon)
      wordTests.set(lexicon, tests)
    }
    this.tests = tests
    this.kinds = groupOf(tests, rules.filter((rule) => rule.family === 'kind'))
    this.others = groupOf(tests, rules.filter((rule) => rule.family !== 'kind'))
  }

  /**
   * The rules of one family, in priority order.
   *
   * @param family The family.
   * @returns Its rules.
   */
  rulesOf<F extends RuleFamily>(family: F): RuleOf<F>[] {
    const group = family === 'kind' ? this.kinds : this.others
    return group.rulesOf(family).map((index) => group.rules[index]?.rule as RuleOf<F>)
  }

  /**
   * Run one family's rules over a sentence.
   *
   * @param family The family.
   * @param sentence The sentence.
   * @param misses When given, receives near misses (for `explain`).
   * @returns The hits that passed their requirements and blocks, rule by rule in priority
   *   order. Without `misses` the result is kept on the sentence: do not modify it.
   */
  run<F extends RuleFamily>(family: F, sentence: Sentence, misses?: Miss[]): Hit<RuleOf<F>>[] {
    const group = family === 'kind' ? this.kinds : this.others
    if (misses !== undefined) return applyRules(group, family, sentence, searched(group, sentence, this.tests), misses) as Hit<RuleOf<F>>[]
    const found = sentence.found
    const known = found[family]
    if (known !== undefined) return known as Hit<RuleOf<F>>[]
    group.scan(sentence)
    if (family === 'kind') found.kind = applyRules(group, 'kind', sentence, group.scanned)
    else for (const other of CLAUSE_FAMILIES) found[other] = applyRules(group, other, sentence, group.scanned)
    return (found[family] ?? []) as Hit<RuleOf<F>>[]
  }
}

/** A rule's cue matched over tokens [start, end) of a sentence. */
export interface Hit<R extends Rule = Rule> {
  readonly rule: R
  readonly cue: number
  /** Index of the first matched token in the sentence's tokens. */
  readonly start: number
  /** Index after the last matched token. */
  readonly end: number
}

/** Why a rule that almost fired did not. */
export type MissReason = 'partial-cue' | 'missing-requirement' | 'blocked' | 'blocked-at-cue' | 'suppressed' | 'no-modal' | 'outside-clause'

/** A rule that almost fired. */
export interface Miss {
  readonly rule: Rule
  readonly reason: MissReason
  readonly detail: string
  /** Token indexes in the sentence, as for hits. */
  readonly start: number
  readonly end: number
}

/** A match as [start, end) stream indexes. */
interface Span {
  readonly start: number
  readonly end: number
}

/** Where the patterns of a family matched in one sentence. */
interface Matches {
  /** The matches of a cue; `partial` receives failed attempts when explaining. */
  of(id: number, partial: ((a: Attempt) => void) | undefined): readonly Span[]
  /** The first match of any of these patterns. */
  first(ids: Int32Array): Span | undefined
}

/** Matches found pattern by pattern, keeping failed attempts (for explanations). */
function searched(group: RuleGroup, sentence: Sentence, tests: WordTests): Matches {
  const { norm } = sentence.stream
  return {
    of: (id, partial) => {
      const pattern = group.patterns[id]
      return pattern === undefined ? NO_SPANS : findAll(pattern, norm, sentence.from, sentence.to, tests, partial)
    },
    first(ids) {
      for (const id of ids) {
        const pattern = group.patterns[id]
        const found = pattern === undefined ? undefined : findAll(pattern, norm, sentence.from, sentence.to, tests, undefined, 1)[0]
        if (found !== undefined) return found
      }
      return undefined
    }
  }
}

const NO_SPANS: readonly Span[] = []
/** The result of most runs: shared, so a sentence without hits costs no array (results are read-only). */
const NO_HITS = Object.freeze([]) as unknown as Hit[]

/** Hits of a family's rules in a sentence, and (when asked) why others almost fired. */
function applyRules(group: RuleGroup, family: RuleFamily, sentence: Sentence, matches: Matches, misses?: Miss[]): Hit[] {
  const base = sentence.from
  const text = (start: number, end: number): string => tokenText(sentence, start - base, end - base)
  const hits: Hit[] = []
  // Only rules with a matching cue can hit; explanations look at every rule for near misses.
  const candidates = misses === undefined ? group.firedRules(family) : group.rulesOf(family)
  if (candidates.length === 0) return NO_HITS
  for (const index of candidates) {
    const candidate = group.rules[index]
    if (candidate === undefined) continue
    const { rule, cues, requires, unless, notAt } = candidate
    const ruleHits: Hit[] = []
    // Cues that got part of the way: near misses only when no cue of the rule matched.
    const partials: Miss[] | undefined = misses === undefined ? undefined : []
    for (let cue = 0; cue < cues.length; cue++) {
      const id = cues[cue] ?? 0
      const best = misses === undefined ? undefined : new BestAttempt()
      const found = matches.of(id, best?.record)
      for (const a of found) {
        const blockedAt = blockingPattern(notAt, sentence, a, group.tests)
        if (blockedAt !== undefined) {
          misses?.push({ rule, reason: 'blocked-at-cue', detail: `cue "${text(a.start, a.end)}" is part of "${blockedAt.source}", another sense`, start: a.start - base, end: a.end - base })
          continue
        }
        ruleHits.push({ rule, cue, start: a.start - base, end: a.end - base })
      }
      const partial = best?.best
      if (found.length === 0 && partial !== undefined && partial.matched >= 2 && partial.matched * 2 >= partial.total) {
        partials?.push({
          rule,
          reason: 'partial-cue',
          detail: `cue "${group.patterns[id]?.source ?? ''}" matched "${text(partial.start, partial.end)}" but not ${partial.failedAt ?? 'the rest'}`,
          start: partial.start - base,
          end: partial.end - base
        })
      }
    }
    const first = ruleHits[0]
    if (first === undefined) {
      if (partials !== undefined) misses?.push(...partials)
      continue
    }
    if (requires.length > 0 && matches.first(requires) === undefined) {
      const wanted = [...requires].map((p) => `"${group.patterns[p]?.source ?? ''}"`).join(', ')
      misses?.push({ rule, reason: 'missing-requirement', detail: `cue matched "${tokenText(sentence, first.start, first.end)}" but none of its required cues (${wanted}) is in the sentence`, start: first.start, end: first.end })
      continue
    }
    const block = unless.length > 0 ? matches.first(unless) : undefined
    if (block !== undefined) {
      misses?.push({ rule, reason: 'blocked', detail: `cue matched "${tokenText(sentence, first.start, first.end)}" but the sentence also has "${text(block.start, block.end)}", which blocks it`, start: first.start, end: first.end })
      continue
    }
    for (const h of ruleHits) hits.push(h)
  }
  return hits
}

/** Keeps the failed attempt that got furthest (for near-miss explanations). */
class BestAttempt {
  best: Attempt | undefined
  readonly record = (a: Attempt): void => {
    if (this.best === undefined || a.matched > this.best.matched) this.best = a
  }
}

/** The `notAt` pattern whose match overlaps the cue's match, if any (searched near the cue only). */
function blockingPattern(notAt: readonly BoundPattern[], sentence: Sentence, a: Span, tests: WordTests): BoundPattern | undefined {
  for (const p of notAt) {
    for (const b of findAll(p, sentence.stream.norm, Math.max(sentence.from, a.start - 6), Math.min(sentence.to, a.end + 6), tests)) {
      if (b.start < a.end && a.start < b.end) return p
    }
  }
  return undefined
}

/**
 * The text of a sentence's tokens [start, end) as written (joined with single spaces).
 *
 * @param sentence The sentence.
 * @param start First token index in the sentence.
 * @param end Index after the last.
 * @returns The words.
 */
export function tokenText(sentence: Sentence, start: number, end: number): string {
  return sentence.tokens
    .slice(start, end)
    .map((t) => t.text)
    .join(' ')
}
