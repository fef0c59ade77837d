/**
 * Hits as the user sees them: the evidence (text, position, rule) of a match, and hits in
 * text order.
 */
import type { Evidence } from '../schema/annotation.js'
import type { Rule } from '../schema/rule.js'
import type { Hit } from './match.js'
import { sliceAt, spanAt, type Sentence } from './source.js'

/**
 * The evidence of a hit: the text it matched, where, and the rule.
 *
 * @param hit A hit in the sentence.
 * @param sentence The sentence.
 * @returns The evidence.
 */
export function evidenceOf(hit: Hit, sentence: Sentence): Evidence {
  const start = hit.start < sentence.length ? sentence.startOf(hit.start) : sentence.start
  const end = hit.end > 0 && hit.end <= sentence.length ? sentence.endOf(hit.end - 1) : sentence.end
  return { text: sliceAt(sentence.leaf, start, end), position: spanAt(sentence.leaf, start, end), ruleId: hit.rule.id }
}

/**
 * Hits sorted by start, the longest first at one start (for sweeps and binary search).
 *
 * @param hits Hits of one sentence.
 * @returns A sorted copy.
 */
export function sortHits<R extends Rule>(hits: readonly Hit<R>[]): Hit<R>[] {
  return [...hits].sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start))
}
