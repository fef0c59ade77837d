/**
 * The matcher: compiles rules once, then runs every rule over a sentence's tokens.
 *
 * Cost: each cue is tried only where its first element matches (a literal prefilter), and
 * each try is bounded by the cue's elements and gaps, so a sentence costs
 * O(tokens × cues × widest gap) and a treaty is linear in its length.
 */
import type { Rule, RuleFamily } from '../schema/rule.js'
import { compilePattern, findAll, firstWordsOf, type Attempt, type Pattern } from './pattern.js'
import type { Token } from './text.js'

/** A rule with its cues compiled. */
export interface CompiledRule<R extends Rule = Rule> {
  readonly rule: R
  readonly cues: readonly Pattern[]
  readonly requires: readonly Pattern[]
  readonly unless: readonly Pattern[]
  readonly notAt: readonly Pattern[]
}

/** Which patterns can start with which word: one pass over a sentence finds every cue's starts. */
export interface StartIndex {
  readonly exact: ReadonlyMap<string, readonly Pattern[]>
  /** Prefix cues (`consult*`) by their first two letters, so a word checks only its own. */
  readonly prefixes: ReadonlyMap<string, readonly (readonly [string, Pattern])[]>
  /** Prefixes of one letter, checked against every word. */
  readonly shortPrefixes: readonly (readonly [string, Pattern])[]
  /** A small number for every indexed pattern. */
  readonly ids: ReadonlyMap<Pattern, number>
  /** Memo: the ids of the patterns each folded word can start, filled on demand (bounded). */
  readonly byWord: Map<string, readonly number[]>
  /** Each family's rules in priority order, with the ids of their cues. */
  readonly families: ReadonlyMap<RuleFamily, readonly RankedRule[]>
  /**
   * Scratch space for one scan: `seen[id] === serial` when pattern `id` starts in the
   * sentence, `count[id]` how often, `slot[id]` where its next position goes.
   */
  readonly marks: { serial: number; readonly seen: Int32Array; readonly count: Int32Array; readonly slot: Int32Array }
}

/** A rule of the index with the ids of its cues. */
interface RankedRule {
  readonly compiled: CompiledRule
  readonly cueIds: readonly number[]
}

/** Compiled rules grouped by family, in the order given, with the index of their first words. */
export type RuleSet = { readonly [F in RuleFamily]: readonly CompiledRule<Extract<Rule, { family: F }>>[] } & {
  readonly index: StartIndex
}

/**
 * What one pass over a sentence finds: where each pattern can start, and which rules of
 * each family can fire.
 */
interface SentenceStarts {
  readonly index: StartIndex
  /**
   * Start positions packed in one array: `[n, id₁ … idₙ (ascending), offset₁ … offsetₙ₊₁,
   * positions…]`; the positions of `idₖ` are `positions[offsetₖ … offsetₖ₊₁)`, ascending.
   */
  readonly packed: readonly number[]
  /** Per family, the rules with a cue that can start in the sentence, in priority order. */
  readonly candidates: Partial<Record<RuleFamily, readonly CompiledRule[]>>
  /** Hits of each family already run over this sentence without near misses. */
  readonly results: Map<readonly CompiledRule[], readonly Hit[]>
}

const startCache = new WeakMap<readonly Token[], SentenceStarts>()
const NONE: readonly number[] = []
const NO_IDS: readonly number[] = []
const NO_PATTERNS: readonly Pattern[] = []
const NO_PREFIXES: readonly (readonly [string, Pattern])[] = []
const NO_RULES: readonly CompiledRule[] = []

/**
 * Scan a sentence once (cached per sentence): where patterns of the index can start, and,
 * per family, the rules with a cue that can start here, in priority order. A cue matches
 * only where its first word is, and a near miss needs two matched elements, so no other
 * rule can hit or almost hit.
 */
function scan(index: StartIndex, tokens: readonly Token[]): SentenceStarts {
  const cached = startCache.get(tokens)
  if (cached?.index === index) return cached
  const { seen, count, slot } = index.marks
  const serial = ++index.marks.serial
  const at: number[] = []
  const idsAt: (readonly number[])[] = []
  const present: number[] = []
  let total = 0
  for (let i = 0; i < tokens.length; i++) {
    const ids = patternIdsStartingWith(index, tokens[i]?.norm ?? '')
    if (ids.length === 0) continue
    at.push(i)
    idsAt.push(ids)
    total += ids.length
    for (const id of ids) {
      if (seen[id] === serial) count[id] = (count[id] ?? 0) + 1
      else {
        seen[id] = serial
        count[id] = 1
        present.push(id)
      }
    }
  }
  present.sort(ascending)
  const n = present.length
  // A plain array: allocating a typed array per sentence costs more than it saves.
  const packed = new Array<number>(2 * n + 2 + total).fill(0)
  packed[0] = n
  const base = 2 * n + 2
  let offset = 0
  for (let k = 0; k < n; k++) {
    const id = present[k] ?? 0
    packed[1 + k] = id
    packed[1 + n + k] = offset
    slot[id] = offset
    offset += count[id] ?? 0
  }
  packed[1 + 2 * n] = offset
  for (let k = 0; k < at.length; k++) {
    const i = at[k] ?? 0
    for (const id of idsAt[k] ?? NO_IDS) {
      const next = slot[id] ?? 0
      packed[base + next] = i
      slot[id] = next + 1
    }
  }
  const result: SentenceStarts = { index, packed, candidates: rankCandidates(index), results: new Map<readonly CompiledRule[], readonly Hit[]>() }
  startCache.set(tokens, result)
  return result
}

function ascending(a: number, b: number): number {
  return a - b
}

/** Per family, the rules with a cue marked in the current scan, in priority order (empty families left out). */
function rankCandidates(index: StartIndex): Partial<Record<RuleFamily, readonly CompiledRule[]>> {
  const { serial, seen } = index.marks
  const out: Partial<Record<RuleFamily, readonly CompiledRule[]>> = {}
  for (const [family, ranked] of index.families) {
    let found: CompiledRule[] | undefined
    for (const { compiled, cueIds } of ranked) {
      for (const id of cueIds) {
        if (seen[id] !== serial) continue
        ;(found ??= []).push(compiled)
        break
      }
    }
    if (found !== undefined) out[family] = found
  }
  return out
}

/** Token indexes where a pattern can start in a scanned sentence, ascending. */
function startsOf(scanned: SentenceStarts, p: Pattern): readonly number[] {
  const id = scanned.index.ids.get(p)
  if (id === undefined) return NONE
  const packed = scanned.packed
  const n = packed[0] ?? 0
  let lo = 0
  let hi = n - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const v = packed[1 + mid] ?? 0
    if (v < id) lo = mid + 1
    else if (v > id) hi = mid - 1
    else {
      const base = 2 * n + 2
      const out: number[] = []
      for (let j = packed[1 + n + mid] ?? 0, end = packed[2 + n + mid] ?? 0; j < end; j++) out.push(packed[base + j] ?? 0)
      return out
    }
  }
  return NONE
}

/** The ids of the patterns a folded word can start (memoised per word; bounded). */
function patternIdsStartingWith(index: StartIndex, norm: string): readonly number[] {
  const known = index.byWord.get(norm)
  if (known !== undefined) return known
  let found: number[] | undefined
  const add = (p: Pattern): void => {
    const id = index.ids.get(p)
    if (id !== undefined && found?.includes(id) !== true) (found ??= []).push(id)
  }
  for (const p of index.exact.get(norm) ?? NO_PATTERNS) add(p)
  for (const [prefix, p] of index.prefixes.get(norm.slice(0, 2)) ?? NO_PREFIXES) if (norm.startsWith(prefix)) add(p)
  for (const [prefix, p] of index.shortPrefixes) if (norm.startsWith(prefix)) add(p)
  const list = found ?? NO_IDS
  if (index.byWord.size >= 100_000) index.byWord.clear()
  index.byWord.set(norm, list)
  return list
}

function buildIndex(families: readonly (readonly CompiledRule[])[]): StartIndex {
  const exact = new Map<string, Pattern[]>()
  const prefixes = new Map<string, [string, Pattern][]>()
  const shortPrefixes: [string, Pattern][] = []
  const ids = new Map<Pattern, number>()
  for (const family of families) {
    for (const c of family) {
      for (const p of [...c.cues, ...c.requires, ...c.unless, ...c.notAt]) {
        if (ids.has(p)) continue
        ids.set(p, ids.size)
        const words = firstWordsOf(p)
        for (const w of words.exact) {
          const list = exact.get(w)
          if (list === undefined) exact.set(w, [p])
          else list.push(p)
        }
        for (const w of words.prefixes) {
          if (w.length < 2) {
            shortPrefixes.push([w, p])
            continue
          }
          const head = w.slice(0, 2)
          const list = prefixes.get(head)
          if (list === undefined) prefixes.set(head, [[w, p]])
          else list.push([w, p])
        }
      }
    }
  }
  const byFamily = new Map<RuleFamily, RankedRule[]>()
  for (const family of families) {
    for (const compiled of family) {
      const cueIds = compiled.cues.map((p) => ids.get(p) ?? -1)
      const members = byFamily.get(compiled.rule.family)
      if (members === undefined) byFamily.set(compiled.rule.family, [{ compiled, cueIds }])
      else members.push({ compiled, cueIds })
    }
  }
  return { exact, prefixes, shortPrefixes, ids, byWord: new Map(), families: byFamily, marks: { serial: 0, seen: new Int32Array(ids.size), count: new Int32Array(ids.size), slot: new Int32Array(ids.size) } }
}

/** An index with no patterns (replaced once the rules are compiled). */
function emptyIndex(): StartIndex {
  return { exact: new Map(), prefixes: new Map(), shortPrefixes: [], ids: new Map(), byWord: new Map(), families: new Map(), marks: { serial: 0, seen: new Int32Array(0), count: new Int32Array(0), slot: new Int32Array(0) } }
}

/** Matches of a pattern in [from, to), using the sentence's start index when there is one. */
function matches(p: Pattern, tokens: readonly Token[], from: number, to: number, scanned: SentenceStarts | undefined, partial?: (a: Attempt) => void, limit = Infinity): Attempt[] {
  if (scanned === undefined) return findAll(p, tokens, from, to, partial, limit)
  return findAll(p, tokens, from, to, partial, limit, startsOf(scanned, p))
}

const cache = new WeakMap<Rule, CompiledRule>()

function compileOne<R extends Rule>(rule: R): CompiledRule<R> {
  const hit = cache.get(rule)
  if (hit !== undefined) return hit as CompiledRule<R>
  const compiled: CompiledRule<R> = {
    rule,
    cues: rule.cues.map(compilePattern),
    requires: (rule.requires ?? []).map(compilePattern),
    unless: (rule.unless ?? []).map(compilePattern),
    notAt: (rule.notAt ?? []).map(compilePattern)
  }
  cache.set(rule, compiled)
  return compiled
}

/**
 * Compile rules (valid ones: validate user rules first).
 *
 * @param rules The rules, in priority order within each family.
 * @returns The compiled rule set.
 */
export function compileRules(rules: readonly Rule[]): RuleSet {
  const set: { [F in RuleFamily]: CompiledRule<Extract<Rule, { family: F }>>[] } & { index: StartIndex } = {
    index: emptyIndex(),
    kind: [],
    modality: [],
    caveat: [],
    trigger: [],
    feature: [],
    role: []
  }
  for (const rule of rules) {
    switch (rule.family) {
      case 'kind':
        set.kind.push(compileOne(rule))
        break
      case 'modality':
        set.modality.push(compileOne(rule))
        break
      case 'caveat':
        set.caveat.push(compileOne(rule))
        break
      case 'trigger':
        set.trigger.push(compileOne(rule))
        break
      case 'feature':
        set.feature.push(compileOne(rule))
        break
      case 'role':
        set.role.push(compileOne(rule))
        break
    }
  }
  set.index = buildIndex([set.kind, set.modality, set.caveat, set.trigger, set.feature, set.role])
  return set
}

/** A rule's cue matched over tokens [start, end) of a sentence. */
export interface Hit<R extends Rule = Rule> {
  readonly rule: R
  readonly cue: number
  /** Token index of the first matched token. */
  readonly start: number
  /** Token index after the last matched token. */
  readonly end: number
}

/** Why a rule that almost fired did not. */
export type MissReason = 'partial-cue' | 'missing-requirement' | 'blocked' | 'blocked-at-cue' | 'suppressed' | 'no-modal' | 'outside-clause'

/** A rule that almost fired. */
export interface Miss {
  readonly rule: Rule
  readonly reason: MissReason
  readonly detail: string
  readonly start: number
  readonly end: number
}

function anyMatch(patterns: readonly Pattern[], tokens: readonly Token[], scanned: SentenceStarts | undefined): Attempt | undefined {
  for (const p of patterns) {
    const found = matches(p, tokens, 0, tokens.length, scanned, undefined, 1)[0]
    if (found !== undefined) return found
  }
  return undefined
}

function text(tokens: readonly Token[], start: number, end: number): string {
  return tokens
    .slice(start, end)
    .map((t) => t.text)
    .join(' ')
}

/**
 * Run one family's rules over a sentence.
 *
 * @param rules The compiled rules of one family.
 * @param tokens The sentence's tokens.
 * @param misses When given, receives near misses (for `explain`).
 * @param index The rule set's first-word index (`set.index`): makes the prefilter one pass per sentence.
 * @returns The hits that passed their requirements and blocks (without `misses`, the array is cached per sentence and family: do not modify it).
 */
export function runRules<R extends Rule>(rules: readonly CompiledRule<R>[], tokens: readonly Token[], misses?: Miss[], index?: StartIndex): Hit<R>[] {
  const scanned = index === undefined ? undefined : scan(index, tokens)
  // Without near misses the result depends only on the sentence and the family: run it once.
  if (scanned === undefined || misses !== undefined) return applyRules(rules, tokens, misses, scanned)
  const known = scanned.results.get(rules)
  if (known !== undefined) return known as Hit<R>[]
  const hits = applyRules(rules, tokens, undefined, scanned)
  scanned.results.set(rules, hits)
  return hits
}

/** `runRules` without the per-sentence result cache. */
function applyRules<R extends Rule>(rules: readonly CompiledRule<R>[], tokens: readonly Token[], misses: Miss[] | undefined, scanned: SentenceStarts | undefined): Hit<R>[] {
  const hits: Hit<R>[] = []
  // Plain loops, no closures: this runs for every family on every sentence.
  for (const compiled of scanned === undefined ? rules : candidates(rules, scanned)) {
    const ruleHits: Hit<R>[] = []
    for (let cueIndex = 0; cueIndex < compiled.cues.length; cueIndex++) {
      const cue = compiled.cues[cueIndex]
      if (cue === undefined) continue
      const tracker = misses === undefined ? undefined : new BestAttempt()
      const found = matches(cue, tokens, 0, tokens.length, scanned, tracker?.record)
      for (const a of found) {
        const blockedAt = blockingPattern(compiled.notAt, tokens, a, scanned)
        if (blockedAt !== undefined) {
          misses?.push({ rule: compiled.rule, reason: 'blocked-at-cue', detail: `cue "${text(tokens, a.start, a.end)}" is part of "${blockedAt.source}", another sense`, start: a.start, end: a.end })
          continue
        }
        ruleHits.push({ rule: compiled.rule, cue: cueIndex, start: a.start, end: a.end })
      }
      const partial = tracker?.best
      if (found.length === 0 && partial !== undefined && partial.matched >= 2 && partial.matched * 2 >= partial.total) {
        misses?.push({
          rule: compiled.rule,
          reason: 'partial-cue',
          detail: `cue "${cue.source}" matched "${text(tokens, partial.start, partial.end)}" but not ${partial.failedAt ?? 'the rest'}`,
          start: partial.start,
          end: partial.end
        })
      }
    }
    const first = ruleHits[0]
    if (first === undefined) continue
    if (compiled.requires.length > 0 && anyMatch(compiled.requires, tokens, scanned) === undefined) {
      misses?.push({ rule: compiled.rule, reason: 'missing-requirement', detail: `cue matched "${text(tokens, first.start, first.end)}" but none of its required cues (${compiled.requires.map((p) => `"${p.source}"`).join(', ')}) is in the sentence`, start: first.start, end: first.end })
      continue
    }
    const block = compiled.unless.length > 0 ? anyMatch(compiled.unless, tokens, scanned) : undefined
    if (block !== undefined) {
      misses?.push({ rule: compiled.rule, reason: 'blocked', detail: `cue matched "${text(tokens, first.start, first.end)}" but the sentence also has "${text(tokens, block.start, block.end)}", which blocks it`, start: first.start, end: first.end })
      continue
    }
    for (const h of ruleHits) hits.push(h)
  }
  return hits
}

/** The rules of one family that can fire in a sentence, in priority order. */
function candidates<R extends Rule>(rules: readonly CompiledRule<R>[], scanned: SentenceStarts): readonly CompiledRule<R>[] {
  const family = rules[0]?.rule.family
  if (family === undefined) return []
  // Every candidate of this family is one of `rules`: the index was built from the same set.
  return (scanned.candidates[family] ?? NO_RULES) as readonly CompiledRule<R>[]
}

/** Keeps the failed attempt that got furthest (for near-miss explanations). */
class BestAttempt {
  best: Attempt | undefined
  readonly record = (a: Attempt): void => {
    if (this.best === undefined || a.matched > this.best.matched) this.best = a
  }
}

/** The `notAt` pattern whose match overlaps the cue's match, if any (searched near the cue only). */
function blockingPattern(notAt: readonly Pattern[], tokens: readonly Token[], a: Attempt, scanned: SentenceStarts | undefined): Pattern | undefined {
  for (const p of notAt) {
    for (const b of matches(p, tokens, Math.max(0, a.start - 6), Math.min(tokens.length, a.end + 6), scanned)) {
      if (b.start < a.end && a.start < b.end) return p
    }
  }
  return undefined
}

/**
 * The text of tokens [start, end) as written in the source (joined with single spaces).
 *
 * @param tokens The tokens.
 * @param start First index.
 * @param end Index after the last.
 * @returns The words.
 */
export function tokenText(tokens: readonly Token[], start: number, end: number): string {
  return text(tokens, start, end)
}
