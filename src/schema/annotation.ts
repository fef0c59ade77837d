/**
 * What the annotator says about a provision: its clauses, their roles, caveats, triggers and
 * strength, the cross-references it makes, and the parties of the treaty.
 */
import * as z from 'zod/mini'
import { positionSchema } from './position.js'
import {
  caveatKindSchema,
  clauseKindSchema,
  modalitySchema,
  roleSchema,
  strengthFeatureSchema,
  triggerSchema
} from './vocabulary.js'

/** A matched span of the input that supports an annotation. */
export const evidenceSchema = z.object({
  text: z.string(),
  position: positionSchema,
  /** The id of the rule whose cue matched here. */
  ruleId: z.string()
})
/** A matched span of the input that supports an annotation. */
export type Evidence = z.infer<typeof evidenceSchema>

/** A state or organisation named as a party, with the names the treaty gives it. */
export const partySchema = z.object({
  name: z.string(),
  aliases: z.array(z.string()),
  position: z.optional(positionSchema)
})
/** A state or organisation named as a party. */
export type Party = z.infer<typeof partySchema>

/** A role in a clause, resolved to a named party where the text names one. */
export const roleRefSchema = z.object({
  role: roleSchema,
  /** The party's name, for `named-party` (and where a role resolves to one). */
  party: z.optional(z.string()),
  text: z.optional(z.string()),
  position: z.optional(positionSchema)
})
/** A role in a clause. */
export type RoleRef = z.infer<typeof roleRefSchema>

/** A qualification or limit on a clause. */
export const caveatSchema = z.object({
  kind: caveatKindSchema,
  text: z.string(),
  position: positionSchema,
  ruleId: z.string()
})
/** A qualification or limit on a clause. */
export type Caveat = z.infer<typeof caveatSchema>

/** How strongly a security clause commits, and the features that decided it. */
export const strengthSchema = z.object({
  level: z.int().check(z.minimum(0), z.maximum(5)),
  features: z.array(strengthFeatureSchema)
})
/** How strongly a security clause commits. */
export type Strength = z.infer<typeof strengthSchema>

/** A cross-reference: internal (resolves to an eId) or external (names another instrument). */
export const referenceSchema = z.object({
  kind: z.enum(['internal', 'external']),
  text: z.string(),
  position: positionSchema,
  /** Internal: the eIds of the nodes it names (empty when it names none that exist). */
  targets: z.optional(z.array(z.string())),
  /** External: the instrument named ("Charter of the United Nations"). */
  instrument: z.optional(z.string()),
  /** External: the provision of that instrument ("Article 51"). */
  provision: z.optional(z.string())
})
/** A cross-reference. */
export type Reference = z.infer<typeof referenceSchema>

/** One obligation, permission or statement inside a provision. */
export const clauseSchema = z.object({
  kind: clauseKindSchema,
  modality: modalitySchema,
  obligor: z.optional(roleRefSchema),
  beneficiary: z.optional(roleRefSchema),
  trigger: z.optional(triggerSchema),
  caveats: z.array(caveatSchema),
  strength: z.optional(strengthSchema),
  refs: z.array(referenceSchema),
  position: positionSchema,
  evidence: z.array(evidenceSchema),
  /** Ids of the rules that fired. */
  rules: z.array(z.string()),
  confidence: z.number().check(z.minimum(0), z.maximum(1))
})
/** One obligation, permission or statement inside a provision. */
export type Clause = z.infer<typeof clauseSchema>
