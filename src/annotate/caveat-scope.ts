/**
 * Which caveat cues of a sentence qualify a clause, as caveats with their text and position.
 * A cue qualifies the clause unless it sits in something else the sentence talks about: the
 * rights a savings phrase keeps, the event a time limit waits for, what a phrase of
 * consideration weighs.
 */
import type { Caveat, Clause } from '../schema/annotation.js'
import type { CaveatKind, ClauseKind } from '../schema/vocabulary.js'
import type { TreatyContext } from './clauses.js'
import { evidenceOf, sortHits } from './evidence.js'
import type { Hit } from './match.js'
import type { Sentence } from './source.js'
import { strengthWithCaveats } from './strength.js'
import { HARD_STOPS } from './text.js'

/**
 * Caveat kinds that say how, or on whose word, someone acts: under which law or procedure, at
 * whose judgment or request. Inside the object of a non-prejudice phrase ("without prejudice to
 * the meanings which may be given to them in the internal law of any State", "shall not affect
 * the authority of the Security Council to take such action as it deems necessary") they
 * describe the rights the clause keeps, held by someone else, not how the clause applies.
 */
const ACTOR_CAVEATS: ReadonlySet<CaveatKind> = new Set<CaveatKind>(['domestic-law', 'constitutional-process', 'discretion', 'upon-request'])

/**
 * Where the object of a non-prejudice phrase that ends at token `from` ends: the rights it
 * keeps run to the next comma or stop.
 */
function savedObjectEnd(sentence: Sentence, from: number): number {
  for (let i = from; i < sentence.length; i++) {
    const norm = sentence.norm(i)
    if (norm === ',' || HARD_STOPS.has(norm)) return i
  }
  return sentence.length
}

/**
 * Caveat kinds that name a frame for the clause: an area, the UN Charter. Inside the object of a
 * phrase of consideration ("having regard for the factors then affecting peace and security in
 * the North Atlantic area", "with due consideration for the needs of the developing areas of the
 * world") they name what the obligor weighs, not where the clause applies or what it is tied to.
 * Domestic law and constitutional provisions weighed ("with due regard to the different
 * constitutional provisions of each Party") still hedge how the clause is carried out, so they
 * are not among these.
 */
const FRAME_CAVEATS: ReadonlySet<CaveatKind> = new Set<CaveatKind>(['geographic-scope', 'un-charter'])

/** Forms of "take" before "into account" or "into consideration". */
const TAKE = new Set(['take', 'takes', 'taking', 'taken'])
/** Forms of "bear" before "in mind". */
const BEAR = new Set(['bear', 'bears', 'bearing', 'borne'])
/** Words before "attention to" that make it a phrase of consideration ("special attention to"). */
const ATTENTION = new Set(['special', 'due', 'particular'])
/** Words after a comma that carry the object of a consideration on ("…, including …"). */
const OBJECT_GOES_ON = new Set(['including', 'especially', 'particularly', 'notably', 'inter'])

/**
 * If a phrase of consideration ends at token `i` ("having regard to", "with due regard for",
 * "taking into account", "taking into consideration", "with due consideration for", "bearing in
 * mind", "in the light of", "special attention to"), the token its object starts at; else -1.
 * Plain "with regard to" ("concerning") is not one.
 */
function considerationObjectAt(sentence: Sentence, i: number): number {
  const norm = sentence.norm(i)
  const before = sentence.norm(i - 1)
  const after = sentence.norm(i + 1)
  switch (norm) {
    case 'regard':
      return (before === 'having' || before === 'due') && (after === 'to' || after === 'for') ? i + 2 : -1
    case 'account':
      return before === 'into' && TAKE.has(sentence.norm(i - 2)) ? i + 1 : -1
    case 'consideration':
      return (before === 'into' && TAKE.has(sentence.norm(i - 2))) || before === 'due' ? i + 1 : -1
    case 'mind':
      return before === 'in' && BEAR.has(sentence.norm(i - 2)) ? i + 1 : -1
    case 'light':
      return after === 'of' && (before === 'in' || (before === 'the' && sentence.norm(i - 2) === 'in')) ? i + 2 : -1
    case 'attention':
      return ATTENTION.has(before) && after === 'to' ? i + 2 : -1
    default:
      return -1
  }
}

/**
 * The objects of a sentence's phrases of consideration, as [start, end) token ranges in a flat
 * array: each runs to the next stop, or to the next comma that does not carry it on
 * ("…, including the development of … arrangements under the Charter").
 */
function considerationObjects(sentence: Sentence): number[] | undefined {
  let out: number[] | undefined
  for (let i = 0; i < sentence.length; i++) {
    const from = considerationObjectAt(sentence, i)
    if (from < 0) continue
    let end = from
    while (end < sentence.length) {
      const norm = sentence.norm(end)
      if (HARD_STOPS.has(norm) || (norm === ',' && !OBJECT_GOES_ON.has(sentence.norm(end + 1)))) break
      end++
    }
    ;(out ??= []).push(from, end)
    i = end
  }
  return out
}

/** Words a temporal-limit cue opens with when its object is an event awaited ("until …", "pending …"). */
const AWAITING = new Set(['until', 'pending'])

/** Is token `at` inside one of the [start, end) ranges of a flat array? */
function inRanges(ranges: readonly number[] | undefined, at: number): boolean {
  if (ranges === undefined) return false
  for (let i = 0; i < ranges.length; i += 2) if (at >= (ranges[i] ?? 0) && at < (ranges[i + 1] ?? 0)) return true
  return false
}

/**
 * The caveats among some hits that a clause of a kind takes (overlapping cues of one caveat
 * kind count once).
 *
 * Two readings of a non-prejudice phrase are left out, since by its definition the clause
 * leaves *other* rights untouched: a non-prejudice phrase whose object holds the clause's own
 * cue ("a discriminatory measure shall not be considered to derogate from the grant of
 * most-favored-nation treatment": the clause is what is kept, so it is not a savings clause
 * for it), and a domestic-law, constitutional-process, discretion or upon-request cue inside
 * such an object (see `ACTOR_CAVEATS`). So are two more readings of a cue that qualifies
 * something other than the clause: a domestic-law, constitutional-process, discretion or
 * upon-request cue inside the event a temporal limit awaits ("Pending the coming into force of
 * such special agreements … as in the opinion of the Security Council enable it …, the parties
 * … shall … consult": the Council's judgment decides when the period ends, it is not the
 * obligor's), and a geographic-scope or un-charter cue inside what a phrase of consideration
 * weighs (see `FRAME_CAVEATS`).
 *
 * @param kind The clause kind.
 * @param hits Hits of any family (only caveat hits are used).
 * @param sentence The sentence they were found in.
 * @param treaty Treaty-wide settings.
 * @param own The clause's own kind hits, when the clause is in this sentence.
 * @returns The caveats.
 */
export function caveatsFor(kind: ClauseKind, hits: readonly Hit[], sentence: Sentence, treaty: TreatyContext, own?: readonly Hit[]): Caveat[] {
  const out: Caveat[] = []
  const sorted = sortHits(hits)
  // [start, end) token ranges: the objects of the sentence's non-prejudice phrases, and the
  // events its temporal limits await ("until …", "pending …"), each to the next comma or stop.
  let saved: number[] | undefined
  let awaited: number[] | undefined
  let framed = false
  for (const h of sorted) {
    if (h.rule.family !== 'caveat') continue
    if (h.rule.caveat === 'non-prejudice') (saved ??= []).push(h.end, savedObjectEnd(sentence, h.end))
    else if (h.rule.caveat === 'temporal-limit' && AWAITING.has(sentence.norm(h.start))) (awaited ??= []).push(h.start, savedObjectEnd(sentence, h.end))
    else if (FRAME_CAVEATS.has(h.rule.caveat)) framed = true
  }
  // What phrases of consideration weigh: read only when a frame cue is there to test.
  const weighed = framed ? considerationObjects(sentence) : undefined
  // Longest first at each start; a hit inside an earlier kept hit of the same caveat kind is
  // dropped, and one that follows it closely ("Article 51" + "of the Charter") extends it, so
  // a caveat is one phrase of the text, not its fragments.
  const last = new Map<string, { start: number; end: number; index: number }>()
  for (const h of sorted) {
    const rule = h.rule
    if (rule.family !== 'caveat') continue
    if (rule.kinds !== undefined && !rule.kinds.includes(kind)) continue
    if (rule.notKinds?.includes(kind) === true) continue
    if (rule.caveat === 'un-charter' && treaty.selfCharter) continue
    if (ACTOR_CAVEATS.has(rule.caveat) && (inRanges(saved, h.start) || inRanges(awaited, h.start))) continue
    if (FRAME_CAVEATS.has(rule.caveat) && inRanges(weighed, h.start)) continue
    if (rule.caveat === 'non-prejudice' && own !== undefined && keepsOwnCue(sentence, h.end, own)) continue
    const previous = last.get(rule.caveat)
    if (previous !== undefined && h.start < previous.end) continue
    if (previous !== undefined && h.start - previous.end <= MERGE_GAP && !crossesStop(sentence, previous.end, h.start)) {
      previous.end = h.end
      const ev = evidenceOf({ ...h, start: previous.start }, sentence)
      const merged = out[previous.index]
      if (merged) out[previous.index] = { ...merged, text: ev.text, position: ev.position }
      continue
    }
    last.set(rule.caveat, { start: h.start, end: h.end, index: out.length })
    const ev = evidenceOf(h, sentence)
    out.push({ kind: rule.caveat, text: ev.text, position: ev.position, ruleId: rule.id })
  }
  return out
}

/** Does the object of a non-prejudice phrase ending at `end` hold all of the clause's own cues (the clause is only what the phrase keeps)? */
function keepsOwnCue(sentence: Sentence, end: number, own: readonly Hit[]): boolean {
  if (own.length === 0) return false
  const objectEnd = savedObjectEnd(sentence, end)
  return own.every((k) => k.start >= end && k.end <= objectEnd)
}

/** Tokens that may stand between two cue matches of one caveat for them to be one phrase. */
const MERGE_GAP = 3

function crossesStop(sentence: Sentence, from: number, to: number): boolean {
  for (let index = from; index < to; index++) if (HARD_STOPS.has(sentence.norm(index))) return true
  return false
}

/**
 * Give a clause the caveats of a sentence outside it (a follow-on sentence, a list item, a
 * sibling provision): each caveat once (one kind at one place), with its rule id. A lent caveat
 * qualifies the clause as its own caveats do, so a security clause's strength takes the
 * features it brings and its level is decided again (`strengthWithCaveats`): "in accordance
 * with their constitutional processes" in the next provision hedges a promise of assistance as
 * much as in its own sentence.
 *
 * @param clause The clause, changed in place.
 * @param hits Hits of the other sentence (only caveat hits are used).
 * @param sentence That sentence.
 * @param treaty Treaty-wide settings.
 */
export function lendTo(clause: Clause, hits: readonly Hit[], sentence: Sentence, treaty: TreatyContext): void {
  let lent = false
  for (const c of caveatsFor(clause.kind, hits, sentence, treaty)) {
    if (clause.caveats.some((x) => x.kind === c.kind && x.position.start.offset === c.position.start.offset)) continue
    clause.caveats.push(c)
    lent = true
    if (!clause.rules.includes(c.ruleId)) clause.rules.push(c.ruleId)
  }
  if (lent && clause.strength !== undefined) clause.strength = strengthWithCaveats(clause.kind, clause.modality, clause.strength, clause.caveats)
}
