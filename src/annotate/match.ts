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
  /** The rule each cue belongs to, and the rule's place in its family (its priority). */
  readonly owners: ReadonlyMap<Pattern, { readonly compiled: CompiledRule; readonly order: number }>
}

/** Compiled rules grouped by family, in the order given, with the index of their first words. */
export type RuleSet = { readonly [F in RuleFamily]: readonly CompiledRule<Extract<Rule, { family: F }>>[] } & {
  readonly index: StartIndex
}

/** What one pass over a sentence finds: where each cue can start, and which rules can fire. */
interface SentenceStarts {
  readonly index: StartIndex
  readonly starts: Map<Pattern, number[]>
  readonly candidates: Map<RuleFamily, CompiledRule[]>
}

const startCache = new WeakMap<readonly Token[], SentenceStarts>()
const NONE: readonly number[] = []
const NO_PATTERNS: readonly Pattern[] = []
const NO_PREFIXES: readonly (readonly [string, Pattern])[] = []
const NO_RULES: readonly CompiledRule[] = []

/**
 * Scan a sentence once (cached per sentence): start positions of every pattern of the
 * index, and, per family, the rules with a cue that can start here, in priority order. A
 * cue matches only where its first word is, and a near miss needs two matched elements, so
 * no other rule can hit or almost hit.
 */
function scan(index: StartIndex, tokens: readonly Token[]): SentenceStarts {
  const cached = startCache.get(tokens)
  if (cached?.index === index) return cached
  const starts = new Map<Pattern, number[]>()
  const add = (p: Pattern, i: number): void => {
    const list = starts.get(p)
    if (list === undefined) starts.set(p, [i])
    else if (list[list.length - 1] !== i) list.push(i)
  }
  for (let i = 0; i < tokens.length; i++) {
    const norm = tokens[i]?.norm ?? ''
    for (const p of index.exact.get(norm) ?? NO_PATTERNS) add(p, i)
    for (const [prefix, p] of index.prefixes.get(norm.slice(0, 2)) ?? NO_PREFIXES) if (norm.startsWith(prefix)) add(p, i)
    for (const [prefix, p] of index.shortPrefixes) if (norm.startsWith(prefix)) add(p, i)
  }
  const ranked = new Map<RuleFamily, { compiled: CompiledRule; order: number }[]>()
  const seen = new Set<CompiledRule>()
  for (const pattern of starts.keys()) {
    const owner = index.owners.get(pattern)
    if (owner === undefined || seen.has(owner.compiled)) continue
    seen.add(owner.compiled)
    const family = owner.compiled.rule.family
    const list = ranked.get(family)
    if (list === undefined) ranked.set(family, [owner])
    else list.push(owner)
  }
  const candidates = new Map<RuleFamily, CompiledRule[]>()
  for (const [family, list] of ranked) candidates.set(family, list.sort((a, b) => a.order - b.order).map((item) => item.compiled))
  const result = { index, starts, candidates }
  startCache.set(tokens, result)
  return result
}

function buildIndex(families: readonly (readonly CompiledRule[])[]): StartIndex {
  const exact = new Map<string, Pattern[]>()
  const prefixes = new Map<string, [string, Pattern][]>()
  const shortPrefixes: [string, Pattern][] = []
  const owners = new Map<Pattern, { compiled: CompiledRule; order: number }>()
  const seen = new Set<Pattern>()
  for (const family of families) {
    family.forEach((c, order) => {
      for (const p of c.cues) owners.set(p, { compiled: c, order })
      for (const p of [...c.cues, ...c.requires, ...c.unless, ...c.notAt]) {
        if (seen.has(p)) continue
        seen.add(p)
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
    })
  }
  return { exact, prefixes, shortPrefixes, owners }
}

/** Matches of a pattern in [from, to), using the sentence's start index when there is one. */
function matches(p: Pattern, tokens: readonly Token[], from: number, to: number, index: StartIndex | undefined, partial?: (a: Attempt) => void, limit = Infinity): Attempt[] {
  if (index === undefined) return findAll(p, tokens, from, to, partial, limit)
  return findAll(p, tokens, from, to, partial, limit, scan(index, tokens).starts.get(p) ?? NONE)
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
    index: { exact: new Map(), prefixes: new Map(), shortPrefixes: [], owners: new Map() },
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

function anyMatch(patterns: readonly Pattern[], tokens: readonly Token[], index: StartIndex | undefined): Attempt | undefined {
  for (const p of patterns) {
    const found = matches(p, tokens, 0, tokens.length, index, undefined, 1)[0]
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
 * @returns The hits that passed their requirements and blocks.
 */
export function runRules<R extends Rule>(rules: readonly CompiledRule<R>[], tokens: readonly Token[], misses?: Miss[], index?: StartIndex): Hit<R>[] {
  const hits: Hit<R>[] = []
  // Plain loops, no closures: this runs for every family on every sentence.
  for (const compiled of index === undefined ? rules : candidates(rules, tokens, index)) {
    const ruleHits: Hit<R>[] = []
    for (let cueIndex = 0; cueIndex < compiled.cues.length; cueIndex++) {
      const cue = compiled.cues[cueIndex]
      if (cue === undefined) continue
      const tracker = misses === undefined ? undefined : new BestAttempt()
      const found = matches(cue, tokens, 0, tokens.length, index, tracker?.record)
      for (const a of found) {
        const blockedAt = blockingPattern(compiled.notAt, tokens, a, index)
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
    if (compiled.requires.length > 0 && anyMatch(compiled.requires, tokens, index) === undefined) {
      misses?.push({ rule: compiled.rule, reason: 'missing-requirement', detail: `cue matched "${text(tokens, first.start, first.end)}" but none of its required cues (${compiled.requires.map((p) => `"${p.source}"`).join(', ')}) is in the sentence`, start: first.start, end: first.end })
      continue
    }
    const block = compiled.unless.length > 0 ? anyMatch(compiled.unless, tokens, index) : undefined
    if (block !== undefined) {
      misses?.push({ rule: compiled.rule, reason: 'blocked', detail: `cue matched "${text(tokens, first.start, first.end)}" but the sentence also has "${text(tokens, block.start, block.end)}", which blocks it`, start: first.start, end: first.end })
      continue
    }
    for (const h of ruleHits) hits.push(h)
  }
  return hits
}

/** The rules of one family that can fire in a sentence, in priority order. */
function candidates<R extends Rule>(rules: readonly CompiledRule<R>[], tokens: readonly Token[], index: StartIndex): readonly CompiledRule<R>[] {
  const family = rules[0]?.rule.family
  if (family === undefined) return []
  // Every candidate of this family is one of `rules`: the index was built from the same set.
  return (scan(index, tokens).candidates.get(family) ?? NO_RULES) as readonly CompiledRule<R>[]
}

/** Keeps the failed attempt that got furthest (for near-miss explanations). */
class BestAttempt {
  best: Attempt | undefined
  readonly record = (a: Attempt): void => {
    if (this.best === undefined || a.matched > this.best.matched) this.best = a
  }
}

/** The `notAt` pattern whose match overlaps the cue's match, if any (searched near the cue only). */
function blockingPattern(notAt: readonly Pattern[], tokens: readonly Token[], a: Attempt, index: StartIndex | undefined): Pattern | undefined {
  for (const p of notAt) {
    for (const b of matches(p, tokens, Math.max(0, a.start - 6), Math.min(tokens.length, a.end + 6), index)) {
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
