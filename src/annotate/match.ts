/**
 * The matcher: compiles rules once per run, then finds every rule of a family in a sentence
 * with one scan over its tokens.
 *
 * Each cue is tried only where its first word is (a per-word table says which cues can start
 * there), and each try is bounded by the cue's elements and gaps, so a sentence costs
 * O(tokens × cues starting there × widest gap) and a treaty is linear in its length. Words are
 * integer ids (see `lexicon.ts`); a scan allocates nothing but the hits it returns.
 */
import type { Rule, RuleFamily } from '../schema/rule.js'
import type { Lexicon } from './lexicon.js'
import { compilePattern, findAll, matchEnd, WordTests, type Attempt, type BoundPattern, type Pattern } from './pattern.js'
import type { Sentence } from './source.js'

/** A rule of a family, with its cues as ids of the family's patterns. */
interface FamilyRule<R extends Rule> {
  readonly rule: R
  readonly cues: Int32Array
  readonly requires: Int32Array
  readonly unless: Int32Array
  readonly notAt: readonly BoundPattern[]
}

/** Everything needed to run one family's rules, and scratch space for one scan. */
class Family<R extends Rule> {
  readonly rules: FamilyRule<R>[] = []
  /** Pattern id → pattern (cues, requirements and blocks of every rule of the family). */
  readonly patterns: BoundPattern[] = []
  private readonly ids = new Map<BoundPattern, number>()
  /** Patterns by their exact first word, and by their first-word prefix. */
  private readonly byWord = new Map<number, number[]>()
  private readonly byPrefix = new Map<number, number[]>()
  /** Folded form id → ids of the patterns that can start there (filled on demand). */
  private starts: (Int32Array | undefined)[] = []
  /** Patterns by their anchor words and prefixes; folded form id → patterns it anchors (on demand). */
  private readonly anchorWord = new Map<number, number[]>()
  private readonly anchorPrefix = new Map<number, number[]>()
  private anchored: (Int32Array | undefined)[] = []
  // Scratch for one scan. `stamp[p] === serial` when pattern p matched in the current scan;
  // its matches are a linked list `head[p]`, `link[m]` over `matchStart`/`matchEnd`.
  serial = 0
  /** `possibleAt[p] === serial` when pattern p was checked in this scan; `isPossible[p]` is the answer. */
  private possibleAt: Int32Array = new Int32Array(0)
  private isPossible: Uint8Array = new Uint8Array(0)
  stamp: Int32Array = new Int32Array(0)
  head: Int32Array = new Int32Array(0)
  private tail: Int32Array = new Int32Array(0)
  private after: Int32Array = new Int32Array(0)
  matchStart: Int32Array = new Int32Array(64)
  matchEnd: Int32Array = new Int32Array(64)
  link: Int32Array = new Int32Array(64)

  constructor(private readonly tests: WordTests) {}

  /** Pattern id → the indexes of the rules it is a cue of. */
  private readonly cueOf: number[][] = []
  /** The patterns that matched in the current scan. */
  private matched: number[] = []

  add(rule: R, compiled: CompiledRule): void {
    const ids = (patterns: readonly Pattern[]): Int32Array => Int32Array.from(patterns, (p) => this.idOf(this.tests.bind(p)))
    const cues = ids(compiled.cues)
    for (const id of cues) (this.cueOf[id] ??= []).push(this.rules.length)
    this.rules.push({ rule, cues, requires: ids(compiled.requires), unless: ids(compiled.unless), notAt: compiled.notAt.map((p) => this.tests.bind(p)) })
  }

  /** The indexes of the rules with a cue that matched in the current scan, ascending (priority order). */
  firedRules(): number[] {
    const out: number[] = []
    for (const id of this.matched) for (const rule of this.cueOf[id] ?? []) out.push(rule)
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
    for (const word of pattern.firstWords) push(this.byWord, word, id)
    for (const prefix of pattern.firstPrefixes) push(this.byPrefix, prefix, id)
    for (const test of pattern.anchor) {
      if (test >= 0) push(this.anchorWord, test, id)
      else push(this.anchorPrefix, -1 - test, id)
    }
    this.starts = []
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

  /** The ids of the patterns that can start at a folded word. */
  private startsAt(norm: number): Int32Array {
    const known = this.starts[norm]
    if (known !== undefined) return known
    const found = new Set<number>(this.byWord.get(norm))
    for (const prefix of this.tests.prefixesOf(norm)) for (const id of this.byPrefix.get(prefix) ?? []) found.add(id)
    const list = found.size === 0 ? NONE : Int32Array.from(found)
    while (this.starts.length < norm) this.starts.push(undefined)
    this.starts[norm] = list
    return list
  }

  /**
   * Match every pattern of the family over tokens [from, to): non-overlapping, leftmost
   * matches of each pattern, as linked lists per pattern (see the scratch fields).
   */
  scan(norms: Int32Array, from: number, to: number): void {
    if (this.stamp.length !== this.patterns.length) {
      for (const name of ['stamp', 'head', 'tail', 'after', 'possibleAt'] as const) this[name] = new Int32Array(this.patterns.length)
      this.isPossible = new Uint8Array(this.patterns.length)
    }
    const serial = ++this.serial
    const { stamp, head, tail, after, patterns, tests, possibleAt, isPossible } = this
    this.matched = []
    // First the words present: a pattern can match only if one of its anchor words occurs and
    // every element has an option whose words all occur. Most sentences leave none possible.
    tests.notePresent(norms, from, to)
    let possible = 0
    for (let k = 0; k < tests.distinctCount; k++) {
      for (const id of this.anchoredBy(tests.distinct[k] ?? 0)) {
        if (possibleAt[id] === serial) continue
        possibleAt[id] = serial
        const pattern = patterns[id]
        isPossible[id] = pattern !== undefined && tests.possible(pattern) ? 1 : 0
        possible += isPossible[id] ?? 0
      }
    }
    if (possible === 0) return
    let count = 0
    for (let i = from; i < to; i++) {
      const starts = this.startsAt(norms[i] ?? 0)
      for (const id of starts) {
        // Patterns no anchor word led to were never checked: they cannot match here.
        if (possibleAt[id] !== serial || isPossible[id] === 0) continue
        const fresh = stamp[id] !== serial
        if (!fresh && i < (after[id] ?? 0)) continue
        const pattern = patterns[id]
        if (pattern === undefined) continue
        const end = matchEnd(pattern, norms, i, to, tests)
        if (end < 0) continue
        if (count === this.link.length) this.grow()
        this.matchStart[count] = i
        this.matchEnd[count] = end
        this.link[count] = -1
        if (fresh) {
          stamp[id] = serial
          head[id] = count
          this.matched.push(id)
        } else this.link[tail[id] ?? 0] = count
        tail[id] = count
        after[id] = Math.max(end, i + 1)
        count++
      }
    }
  }

  private grow(): void {
    const bigger = (array: Int32Array): Int32Array => {
      const out = new Int32Array(array.length * 2)
      out.set(array)
      return out
    }
    this.matchStart = bigger(this.matchStart)
    this.matchEnd = bigger(this.matchEnd)
    this.link = bigger(this.link)
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
/** Families built from the same rule objects are reused across runs, with their per-word tables. */
const families = new WeakMap<WordTests, Map<string, { readonly rules: readonly Rule[]; readonly family: Family<Rule> }>>()

/** The family of some rules (one family's, in priority order), built or reused. */
function familyOf<R extends Rule>(tests: WordTests, rules: readonly R[]): Family<R> {
  let known = families.get(tests)
  if (known === undefined) {
    known = new Map()
    families.set(tests, known)
  }
  const key = rules.map((rule) => rule.id).join('\n')
  const cached = known.get(key)
  // The same ids may name other rule objects (user rules are parsed afresh each run): compare them.
  if (cached?.rules.length === rules.length && cached.rules.every((rule, index) => rule === rules[index])) return cached.family as Family<R>
  const family = new Family<R>(tests)
  for (const rule of rules) family.add(rule, compileOne(rule))
  known.set(key, { rules, family })
  return family
}

/** The order of the families in a sentence's `found` slots. */
const FAMILIES = ['kind', 'modality', 'caveat', 'trigger', 'feature', 'role'] as const satisfies readonly RuleFamily[]

/** Rules compiled for one run: per family, in priority order, bound to the run's lexicon. */
export class RuleSet {
  /** The word tests every pattern of the set is bound with. */
  readonly tests: WordTests
  private readonly families: { readonly [F in RuleFamily]: Family<RuleOf<F>> }

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
    const byFamily = (family: RuleFamily): Rule[] => rules.filter((rule) => rule.family === family)
    this.families = {
      kind: familyOf(tests, byFamily('kind') as RuleOf<'kind'>[]),
      modality: familyOf(tests, byFamily('modality') as RuleOf<'modality'>[]),
      caveat: familyOf(tests, byFamily('caveat') as RuleOf<'caveat'>[]),
      trigger: familyOf(tests, byFamily('trigger') as RuleOf<'trigger'>[]),
      feature: familyOf(tests, byFamily('feature') as RuleOf<'feature'>[]),
      role: familyOf(tests, byFamily('role') as RuleOf<'role'>[])
    }
  }

  /**
   * The rules of one family, in priority order.
   *
   * @param family The family.
   * @returns Its rules.
   */
  rulesOf<F extends RuleFamily>(family: F): RuleOf<F>[] {
    return (this.families[family] as Family<RuleOf<F>>).rules.map((r) => r.rule)
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
    const slot = FAMILIES.indexOf(family)
    if (misses === undefined) {
      const known = sentence.found[slot] as Hit<RuleOf<F>>[] | undefined
      if (known !== undefined) return known
    }
    const hits = applyRules(this.families[family] as Family<RuleOf<F>>, sentence, this.tests, misses)
    if (misses === undefined) sentence.found[slot] = hits
    return hits
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

/** Matches read from a family's scan (the fast path, no explanations). */
function scanned<R extends Rule>(family: Family<R>, sentence: Sentence): Matches {
  family.scan(sentence.stream.norm, sentence.from, sentence.to)
  const { serial, stamp, head } = family
  return {
    of(id) {
      if (stamp[id] !== serial) return NO_SPANS
      const out: Span[] = []
      for (let m = head[id] ?? -1; m >= 0; m = family.link[m] ?? -1) out.push({ start: family.matchStart[m] ?? 0, end: family.matchEnd[m] ?? 0 })
      return out
    },
    first(ids) {
      for (const id of ids) {
        if (stamp[id] !== serial) continue
        const m = head[id] ?? 0
        return { start: family.matchStart[m] ?? 0, end: family.matchEnd[m] ?? 0 }
      }
      return undefined
    }
  }
}

/** Matches found pattern by pattern, keeping failed attempts (for explanations). */
function searched<R extends Rule>(family: Family<R>, sentence: Sentence, tests: WordTests): Matches {
  const { norm } = sentence.stream
  return {
    of: (id, partial) => {
      const pattern = family.patterns[id]
      return pattern === undefined ? NO_SPANS : findAll(pattern, norm, sentence.from, sentence.to, tests, partial)
    },
    first(ids) {
      for (const id of ids) {
        const pattern = family.patterns[id]
        const found = pattern === undefined ? undefined : findAll(pattern, norm, sentence.from, sentence.to, tests, undefined, 1)[0]
        if (found !== undefined) return found
      }
      return undefined
    }
  }
}

const NO_SPANS: readonly Span[] = []

/** Hits of a family's rules in a sentence, and (when asked) why others almost fired. */
function applyRules<R extends Rule>(family: Family<R>, sentence: Sentence, tests: WordTests, misses: Miss[] | undefined): Hit<R>[] {
  const matches = misses === undefined ? scanned(family, sentence) : searched(family, sentence, tests)
  const base = sentence.from
  const text = (start: number, end: number): string => tokenText(sentence, start - base, end - base)
  const hits: Hit<R>[] = []
  // Only rules with a matching cue can hit; explanations look at every rule for near misses.
  const candidates = misses === undefined ? family.firedRules() : family.rules.map((_, index) => index)
  for (const index of candidates) {
    const candidate = family.rules[index]
    if (candidate === undefined) continue
    const { rule, cues, requires, unless, notAt } = candidate
    const ruleHits: Hit<R>[] = []
    for (let cue = 0; cue < cues.length; cue++) {
      const id = cues[cue] ?? 0
      const best = misses === undefined ? undefined : new BestAttempt()
      const found = matches.of(id, best?.record)
      for (const a of found) {
        const blockedAt = blockingPattern(notAt, sentence, a, tests)
        if (blockedAt !== undefined) {
          misses?.push({ rule, reason: 'blocked-at-cue', detail: `cue "${text(a.start, a.end)}" is part of "${blockedAt.source}", another sense`, start: a.start - base, end: a.end - base })
          continue
        }
        ruleHits.push({ rule, cue, start: a.start - base, end: a.end - base })
      }
      const partial = best?.best
      if (found.length === 0 && partial !== undefined && partial.matched >= 2 && partial.matched * 2 >= partial.total) {
        misses?.push({
          rule,
          reason: 'partial-cue',
          detail: `cue "${family.patterns[id]?.source ?? ''}" matched "${text(partial.start, partial.end)}" but not ${partial.failedAt ?? 'the rest'}`,
          start: partial.start - base,
          end: partial.end - base
        })
      }
    }
    const first = ruleHits[0]
    if (first === undefined) continue
    if (requires.length > 0 && matches.first(requires) === undefined) {
      const wanted = [...requires].map((p) => `"${family.patterns[p]?.source ?? ''}"`).join(', ')
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
