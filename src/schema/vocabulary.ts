/**
 * The annotation vocabulary (TAXONOMY.md): every value the library writes into its output.
 * Values are lower kebab-case and never renamed; new ones may be added.
 */
import * as z from 'zod/mini'

/** Kinds of grouping above articles. */
export const divisionKindSchema = z.enum(['part', 'chapter', 'section', 'subsection'])
/** A kind of grouping above articles. */
export type DivisionKind = z.infer<typeof divisionKindSchema>

/** Clause kinds: security provisions, then final clauses and other provisions (TAXONOMY §2). */
export const clauseKindSchema = z.enum([
  'mutual-defence',
  'consultation',
  'non-aggression',
  'neutrality',
  'no-hostile-alliance',
  'territory-denial',
  'military-cooperation',
  'institution',
  'security-council-reporting',
  'peaceful-settlement',
  'non-interference',
  'cooperation',
  'relation-to-other-obligations',
  'definitions',
  'signature',
  'ratification',
  'accession',
  'entry-into-force',
  'duration',
  'withdrawal',
  'amendment',
  'review',
  'reservations',
  'depositary',
  'registration',
  'authentic-texts',
  'dispute-settlement'
])
/** What a clause does. */
export type ClauseKind = z.infer<typeof clauseKindSchema>

/** How strongly a clause binds (TAXONOMY §3). */
export const modalitySchema = z.enum(['obligation', 'prohibition', 'permission', 'declaration', 'constitutive'])
/** How strongly a clause binds. */
export type Modality = z.infer<typeof modalitySchema>

/** Who is bound by, or benefits from, a clause (TAXONOMY §4). */
export const roleSchema = z.enum([
  'each-party',
  'either-party',
  'other-party',
  'all-parties',
  'named-party',
  'organ',
  'depositary'
])
/** Who is bound by, or benefits from, a clause. */
export type Role = z.infer<typeof roleSchema>

/** What qualifies or limits a clause (TAXONOMY §5). */
export const caveatKindSchema = z.enum([
  'un-charter',
  'domestic-law',
  'constitutional-process',
  'geographic-scope',
  'discretion',
  'temporal-limit',
  'exception',
  'non-prejudice',
  'upon-request'
])
/** What qualifies or limits a clause. */
export type CaveatKind = z.infer<typeof caveatKindSchema>

/** The event that activates a security clause (TAXONOMY §6). */
export const triggerSchema = z.enum(['armed-attack', 'state-of-war', 'aggression', 'threat', 'request'])
/** The event that activates a security clause. */
export type Trigger = z.infer<typeof triggerSchema>

/** The features that decide a security clause's strength (TAXONOMY §6). */
export const strengthFeatureSchema = z.enum(['immediate', 'allMeans', 'armedForce', 'discretionary', 'hedged'])
/** A feature that decides a security clause's strength. */
export type StrengthFeature = z.infer<typeof strengthFeatureSchema>
