/**
 * `explain`: why a provision got the clauses it got, and which rules almost fired on it and
 * what stopped them — so a user who gets nothing sees why.
 */
import * as z from 'zod/mini'
import { TreatyClausesError } from '../errors.js'
import { clauseSchema } from '../schema/annotation.js'
import { positionSchema } from '../schema/position.js'
import type { AnnotateOptions } from '../schema/rule.js'
import type { Treaty } from '../schema/tree.js'
import { prepare, walkProvisions } from './prepare.js'
import { findClauses, type FoundMiss } from './clauses.js'
import { sliceAt, spanAt } from './source.js'

/** Why a rule that almost fired did not. */
export const nearMissReasonSchema = z.enum([
  /** Part of a cue matched (e.g. "assist … attacked" without the attack). */
  'partial-cue',
  /** The cue matched, but a cue the rule requires is not in the sentence. */
  'missing-requirement',
  /** The cue matched, but the sentence has a cue that blocks the rule (negation, another sense). */
  'blocked',
  /** The cue's words belong to a longer phrase with another sense ("subject to ratification"). */
  'blocked-at-cue',
  /** Another rule in the same sentence overrides this kind. */
  'suppressed',
  /** The cue matched, but the sentence has no operative verb. */
  'no-modal',
  /** A caveat cue was found in a sentence holding no clause. */
  'outside-clause'
])
/** Why a rule that almost fired did not. */
export type NearMissReason = z.infer<typeof nearMissReasonSchema>

/** A rule that almost fired. */
export const nearMissSchema = z.object({
  ruleId: z.string(),
  family: z.string(),
  /** What the rule would have concluded (a clause kind, caveat kind, …). */
  conclusion: z.string(),
  reason: nearMissReasonSchema,
  /** A sentence saying what matched and what was missing. */
  detail: z.string(),
  /** The words that matched. */
  text: z.string(),
  position: positionSchema
})
/** A rule that almost fired. */
export type NearMiss = z.infer<typeof nearMissSchema>

/** What `explain` returns. */
export const explanationSchema = z.object({
  eId: z.string(),
  /** The provision's own text, sentence by sentence. */
  sentences: z.array(z.string()),
  clauses: z.array(clauseSchema),
  nearMisses: z.array(nearMissSchema)
})
/** What `explain` returns. */
export type Explanation = z.infer<typeof explanationSchema>

function conclusionOf(miss: FoundMiss): string {
  const rule = miss.miss.rule
  switch (rule.family) {
    case 'kind':
      return rule.kind
    case 'caveat':
      return rule.caveat
    case 'trigger':
      return rule.trigger
    case 'feature':
      return rule.feature
    case 'modality':
      return rule.modality
    case 'role':
      return rule.role
  }
}

/**
 * Explain the annotation of one provision: its clauses (as `annotate` finds them, before
 * caveats are lent from list items) and the rules that almost fired, each with the reason it
 * did not.
 *
 * @param tree A treaty tree (parsed or annotated).
 * @param eId The provision's eId ("art_5", "art_2__para_1").
 * @param options The same options as `annotate` (so user rules are explained too).
 * @returns The explanation.
 * @throws {TreatyClausesError} `invalid-query` when no provision has that eId.
 */
export function explain(tree: Treaty, eId: string, options?: AnnotateOptions): Explanation {
  const prepared = prepare(tree, options)
  let result: Explanation | undefined
  walkProvisions(tree, prepared, (node, sentences, inherited) => {
    if (node.eId !== eId || result !== undefined) return
    const misses: FoundMiss[] = []
    const found = findClauses(sentences, prepared.set, inherited, prepared.treaty, misses)
    const nearMisses: NearMiss[] = []
    const seen = new Set<string>()
    for (const m of misses) {
      const first = m.sentence.tokens[m.miss.start]
      const last = m.sentence.tokens[Math.max(m.miss.start, m.miss.end - 1)]
      const start = first?.start ?? m.sentence.start
      const end = last?.end ?? m.sentence.end
      const key = `${m.miss.rule.id}@${start}:${m.miss.reason}`
      if (seen.has(key)) continue
      seen.add(key)
      nearMisses.push({
        ruleId: m.miss.rule.id,
        family: m.miss.rule.family,
        conclusion: conclusionOf(m),
        reason: m.miss.reason,
        detail: m.miss.detail,
        text: sliceAt(m.sentence.leaf, start, end),
        position: spanAt(m.sentence.leaf, start, end)
      })
    }
    result = {
      eId,
      sentences: sentences.map((s) => sliceAt(s.leaf, s.start, s.end)),
      clauses: found.map((f) => f.clause),
      nearMisses
    }
  })
  prepared.reader.close()
  if (result === undefined) throw new TreatyClausesError('invalid-query', `explain: no provision has eId "${eId}"`)
  return result
}
