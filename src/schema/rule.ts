/**
 * Rules as data: every detector of the annotator (clause kinds, modality, caveats, triggers,
 * strength features, roles) is a rule with an id, its cues and its conclusion. Users can pass
 * their own rules; they are validated with these schemas and run beside the built-in ones.
 *
 * Cues are written in the phrase language of `annotate/pattern.ts` (words, `word*` prefixes,
 * `a|b` alternatives, `(a phrase|another phrase)`, bounded gaps `~4`), which is matched over
 * tokens without regular expressions, so no rule can make matching super-linear.
 */
import * as z from 'zod/mini'
import { patternError } from '../annotate/pattern.js'
import {
  caveatKindSchema,
  clauseKindSchema,
  modalitySchema,
  roleSchema,
  strengthFeatureSchema,
  triggerSchema
} from './vocabulary.js'

/** A cue pattern in the phrase language; invalid syntax is reported with the reason. */
export const cueSchema = z.string().check(
  z.superRefine((value, ctx) => {
    const error = patternError(value)
    if (error !== undefined) ctx.addIssue({ code: 'custom', message: `invalid cue "${value}": ${error}` })
  })
)
/** A cue pattern. */
export type Cue = z.infer<typeof cueSchema>

const base = {
  /** Unique id, lower case, dot or hyphen separated ("kind.mutual-defence.assist-attacked"). */
  id: z.string().check(z.regex(/^[a-z0-9]+(?:[._-][a-z0-9]+)*$/u, 'ids are lower case words joined by ".", "-" or "_"')),
  /** What the rule looks for, for people reading explanations. */
  description: z.optional(z.string()),
  /** The rule fires where any of these matches. */
  cues: z.array(cueSchema).check(z.minLength(1)),
  /** When given, at least one of these must also match in the same sentence. */
  requires: z.optional(z.array(cueSchema)),
  /** When one of these matches in the same sentence, the rule is blocked (negation, other sense). */
  unless: z.optional(z.array(cueSchema)),
  /** When one of these matches over the cue's own words, that match is blocked. */
  notAt: z.optional(z.array(cueSchema)),
  /** How much a match of this rule is trusted, 0 to 1 (default 0.8). */
  confidence: z.optional(z.number().check(z.minimum(0), z.maximum(1)))
}

/** A rule that finds a clause kind. */
export const kindRuleSchema = z.strictObject({
  ...base,
  family: z.literal('kind'),
  kind: clauseKindSchema,
  /** Fixes the modality (conventions such as "open for signature" → permission); else the verb decides. */
  modality: z.optional(modalitySchema),
  /** Fixes the obligor role (e.g. "which shall notify" → depositary). */
  obligor: z.optional(roleSchema),
  /** Clause kinds this rule overrides in the same sentence (review over consultation …). */
  suppresses: z.optional(z.array(clauseKindSchema)),
  /** Fire only when the sentence (or the intro it continues) has an operative verb. */
  requireModal: z.optional(z.boolean())
})

/** A rule that finds a caveat. */
export const caveatRuleSchema = z.strictObject({
  ...base,
  family: z.literal('caveat'),
  caveat: caveatKindSchema,
  /** Only clauses of these kinds take it. */
  kinds: z.optional(z.array(clauseKindSchema)),
  /** Clauses of these kinds never take it. */
  notKinds: z.optional(z.array(clauseKindSchema))
})

/** A rule that finds the event activating a security clause. */
export const triggerRuleSchema = z.strictObject({ ...base, family: z.literal('trigger'), trigger: triggerSchema })

/** A rule that finds a strength feature (`immediate`, `allMeans`, `armedForce`). */
export const featureRuleSchema = z.strictObject({ ...base, family: z.literal('feature'), feature: strengthFeatureSchema })

/** A rule that finds an operative verb and the modality it carries. */
export const modalityRuleSchema = z.strictObject({
  ...base,
  family: z.literal('modality'),
  modality: modalitySchema,
  /** Decides every clause after it in the sentence ("Nothing in this Treaty shall …" is a declaration). */
  sentenceWide: z.optional(z.boolean())
})

/** A rule that finds who is bound ("each Party", "the other side", "the Council"). */
export const roleRuleSchema = z.strictObject({
  ...base,
  family: z.literal('role'),
  role: roleSchema,
  /** For `named-party`: the party's name. */
  party: z.optional(z.string())
})

/** Any rule. */
export const ruleSchema = z.discriminatedUnion('family', [
  kindRuleSchema,
  caveatRuleSchema,
  triggerRuleSchema,
  featureRuleSchema,
  modalityRuleSchema,
  roleRuleSchema
])

/** Any rule. */
export type Rule = z.infer<typeof ruleSchema>
/** A rule that finds a clause kind. */
export type KindRule = z.infer<typeof kindRuleSchema>
/** A rule that finds a caveat. */
export type CaveatRule = z.infer<typeof caveatRuleSchema>
/** A rule that finds a trigger. */
export type TriggerRule = z.infer<typeof triggerRuleSchema>
/** A rule that finds a strength feature. */
export type FeatureRule = z.infer<typeof featureRuleSchema>
/** A rule that finds an operative verb. */
export type ModalityRule = z.infer<typeof modalityRuleSchema>
/** A rule that finds a role. */
export type RoleRule = z.infer<typeof roleRuleSchema>
/** The families of rules. */
export type RuleFamily = Rule['family']

/** Options of `annotate` and `analyzeTreaty`'s annotation step. */
export const annotateOptionsSchema = z.strictObject({
  /** Extra rules, run beside the built-in ones; a rule with a built-in rule's id replaces it. */
  rules: z.optional(z.array(z.unknown())),
  /** Ids of built-in rules to switch off. */
  disable: z.optional(z.array(z.string())),
  /** Set false to run only `rules` (default true). */
  builtins: z.optional(z.boolean())
})
/** Options of `annotate`: `rules` are checked one by one with `ruleSchema` (code `invalid-rule`). */
export type AnnotateOptions = Omit<z.input<typeof annotateOptionsSchema>, 'rules'> & {
  rules?: readonly Rule[] | undefined
}
