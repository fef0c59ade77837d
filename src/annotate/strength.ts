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
import type { Caveat, Strength } from '../schema/annotation.js'
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

/**
 * The strength features a clause's caveats bring (TAXONOMY §6): `discretionary` for a
 * `discretion` caveat, `hedged` for a `constitutional-process` or `domestic-law` caveat.
 *
 * @param caveats The clause's caveats.
 * @returns The features, each once.
 */
export function caveatFeatures(caveats: readonly Caveat[]): StrengthFeature[] {
  const out: StrengthFeature[] = []
  if (caveats.some((c) => c.kind === 'discretion')) out.push('discretionary')
  if (caveats.some((c) => c.kind === 'constitutional-process' || c.kind === 'domestic-law')) out.push('hedged')
  return out
}

/**
 * A clause's strength once caveats from outside its sentence qualify it too (a follow-on
 * sentence, a list item, a sibling provision): the features its caveats bring are added and
 * the level is decided again, as if those caveats had been in its sentence. Level 0 comes from
 * an aspiration and from nothing else, so an aspiration stays one.
 *
 * @param kind The clause kind.
 * @param modality The clause's modality.
 * @param strength The strength decided in the clause's own sentence.
 * @param caveats All the clause's caveats, its own and those lent to it.
 * @returns The strength with those caveats (the same object when nothing changes).
 */
export function strengthWithCaveats(kind: ClauseKind, modality: Modality, strength: Strength, caveats: readonly Caveat[]): Strength {
  const added = caveatFeatures(caveats).filter((f) => !strength.features.includes(f))
  const constitutional = caveats.some((c) => c.kind === 'constitutional-process')
  const revised = decideStrength(kind, modality, [...strength.features, ...added], strength.level === 0, { constitutional })
  if (revised === undefined || (added.length === 0 && revised.level === strength.level)) return strength
  return revised
}
