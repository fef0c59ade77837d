/**
 * Strength of a security clause (TAXONOMY §6): a level from 0 to 5 decided by features kept
 * apart so users can weigh them their own way.
 *
 * - consultation: 1 (0 when it is only an aspiration: "will seek to consult");
 * - mutual-defence:
 *   - a declaration ("declares that it would act") → 2, and so is an undertaking to act "in
 *     accordance with its constitutional processes" that is neither immediate nor with all means;
 *   - an aspiration ("will seek to", "will endeavour to") → 0;
 *   - immediate and with all means → 5, or 4 when the obligor judges the means;
 *   - otherwise bound but left to the obligor's judgment, or hedged → 3;
 *   - immediate, or with all means, without discretion → 4.
 */
import type { Strength } from '../schema/annotation.js'
import type { ClauseKind, Modality, StrengthFeature } from '../schema/vocabulary.js'

/** The kinds that take a strength. */
export const STRENGTH_KINDS: ReadonlySet<ClauseKind> = new Set(['mutual-defence', 'consultation'])

/**
 * Decide a strength level.
 *
 * @param kind The clause kind.
 * @param modality The clause's modality.
 * @param features The features found (deduplicated by the caller).
 * @param aspiration True when the verb only aims ("seek to", "endeavour to", "contribute toward").
 * @param options `constitutional`: the clause runs through constitutional processes.
 * @returns The strength, or undefined for kinds that take none.
 */
export function decideStrength(
  kind: ClauseKind,
  modality: Modality,
  features: readonly StrengthFeature[],
  aspiration: boolean,
  options: { readonly constitutional?: boolean } = {}
): Strength | undefined {
  if (!STRENGTH_KINDS.has(kind)) return undefined
  const has = (f: StrengthFeature): boolean => features.includes(f)
  const constitutional = options.constitutional === true
  let level: number
  if (kind === 'consultation') level = aspiration ? 0 : 1
  else if (aspiration) level = 0
  else if (modality === 'declaration') level = 2
  else if (has('immediate') && has('allMeans')) level = has('discretionary') ? 4 : 5
  else if (constitutional && !has('immediate') && !has('allMeans')) level = 2
  else if ((has('immediate') || has('allMeans')) && !has('discretionary')) level = 4
  else level = 3
  return { level, features: [...features] }
}
