/**
 * The treaty tree: a unist tree whose node types follow Akoma Ntoso's vocabulary.
 *
 * Text lives only in leaves (`value`), in `num.raw` and in `heading.text`; every leaf's
 * value is exactly the input between its position's offsets, so nothing is normalised away.
 * Annotation fields (`clauses`, `references`, `parties`) are absent on a parsed tree and
 * filled in by `annotate`.
 */
import * as z from 'zod/mini'
import { positionSchema } from './position.js'
import { divisionKindSchema } from './vocabulary.js'
import { clauseSchema, referenceSchema, partySchema } from './annotation.js'

/** A label as written ("(b)", "Article IV.") and its cleaned value ("b", "IV"). */
export const numSchema = z.object({
  raw: z.string(),
  value: z.string(),
  position: positionSchema
})
/** A label as written and its cleaned value. */
export type Num = z.infer<typeof numSchema>

/** A title line of an article, division or annex. */
export const headingSchema = z.object({
  text: z.string(),
  position: positionSchema
})
/** A title line of an article, division or annex. */
export type Heading = z.infer<typeof headingSchema>

/**
 * Types of text-bearing leaves. `note` is not treaty text: a status or editorial note that the
 * source database wrote into the text ("Treedt in werking per 01-10-2015"), kept where it
 * stands so that the tree keeps every character.
 */
export const leafTypeSchema = z.enum(['title', 'recital', 'formula', 'content', 'intro', 'wrapUp', 'note'])
/** A type of text-bearing leaf. */
export type LeafType = z.infer<typeof leafTypeSchema>

/** A leaf: a run of the input's text. */
export const leafSchema = z.object({
  type: leafTypeSchema,
  value: z.string(),
  position: positionSchema
})
/** A leaf: a run of the input's text. */
export type Leaf = z.infer<typeof leafSchema>

/**
 * Types of numbered provisions, from the article down. A `section` is a section inside an
 * article ("Article IV, Section 2" in the IMF and World Bank Articles of Agreement): it groups
 * the article's text without taking a rank, so its numbered paragraphs are `paragraph`s. A
 * section that groups articles is a `division` of kind `section`.
 */
export const provisionTypeSchema = z.enum(['article', 'section', 'paragraph', 'subparagraph', 'point'])
/** A type of numbered provision. */
export type ProvisionType = z.infer<typeof provisionTypeSchema>

/**
 * An article, a section inside an article, a paragraph, sub-paragraph or point. Its text is
 * `content`, or an `intro`, sub-provisions and a `wrapUp`.
 */
export interface Provision {
  type: ProvisionType
  eId: string
  num: Num
  heading?: Heading | undefined
  children: (Provision | Leaf)[]
  position: z.infer<typeof positionSchema>
  clauses?: z.infer<typeof clauseSchema>[] | undefined
  references?: z.infer<typeof referenceSchema>[] | undefined
}

/** Schema of a provision (recursive). */
export const provisionSchema: z.ZodMiniType<Provision> = z.object({
  type: provisionTypeSchema,
  eId: z.string(),
  num: numSchema,
  heading: z.optional(headingSchema),
  get children() {
    return z.array(z.union([provisionSchema, leafSchema]))
  },
  position: positionSchema,
  clauses: z.optional(z.array(clauseSchema)),
  references: z.optional(z.array(referenceSchema))
})

/** A part, chapter, section or subsection: a grouping above articles. */
export interface Division {
  type: 'division'
  kind: z.infer<typeof divisionKindSchema>
  eId: string
  num?: Num | undefined
  heading?: Heading | undefined
  children: (Division | Provision | Leaf)[]
  position: z.infer<typeof positionSchema>
}

/** Schema of a division (recursive). */
export const divisionSchema: z.ZodMiniType<Division> = z.object({
  type: z.literal('division'),
  kind: divisionKindSchema,
  eId: z.string(),
  num: z.optional(numSchema),
  heading: z.optional(headingSchema),
  get children() {
    return z.array(z.union([divisionSchema, provisionSchema, leafSchema]))
  },
  position: positionSchema
})

/** Recitals and the enacting formula before the first article. */
export const preambleSchema = z.object({
  type: z.literal('preamble'),
  children: z.array(leafSchema),
  position: positionSchema
})
/** Recitals and the enacting formula before the first article. */
export type Preamble = z.infer<typeof preambleSchema>

/** Testimonium, place and date, signatures. */
export const conclusionsSchema = z.object({
  type: z.literal('conclusions'),
  children: z.array(leafSchema),
  position: positionSchema
})
/** Testimonium, place and date, signatures. */
export type Conclusions = z.infer<typeof conclusionsSchema>

/** An annex, protocol, appendix, declaration or schedule after the body. */
export const annexSchema = z.object({
  type: z.literal('annex'),
  eId: z.string(),
  num: z.optional(numSchema),
  heading: z.optional(headingSchema),
  children: z.array(z.union([divisionSchema, provisionSchema, leafSchema])),
  position: positionSchema
})
/** An annex, protocol, appendix, declaration or schedule after the body. */
export type Annex = z.infer<typeof annexSchema>

/** How a diagnostic should be taken. */
export const severitySchema = z.enum(['info', 'warning', 'error'])

/** A message about the input, with the rule that raised it and where. */
export const diagnosticSchema = z.object({
  ruleId: z.string(),
  source: z.literal('treaty-clauses'),
  severity: severitySchema,
  reason: z.string(),
  position: positionSchema,
  /** For ambiguous input: the reading that was not taken. */
  alternative: z.optional(z.string())
})
/** A message about the input, with the rule that raised it and where. */
export type Diagnostic = z.infer<typeof diagnosticSchema>

/** The input formats the reader knows. */
export const formatSchema = z.enum(['text', 'markdown'])
/** An input format. */
export type Format = z.infer<typeof formatSchema>

/** The root of the tree. */
export const treatySchema = z.object({
  type: z.literal('treaty'),
  format: formatSchema,
  children: z.array(
    z.union([leafSchema, preambleSchema, divisionSchema, provisionSchema, conclusionsSchema, annexSchema])
  ),
  position: positionSchema,
  diagnostics: z.array(diagnosticSchema),
  parties: z.optional(z.array(partySchema))
})
/** The root of the tree. */
export type Treaty = z.infer<typeof treatySchema>

/** Any node of the tree. */
export type TreatyNode = Treaty | Leaf | Preamble | Division | Provision | Conclusions | Annex

const LEAF_TYPES: ReadonlySet<string> = new Set(leafTypeSchema.options)
const PROVISION_TYPES: ReadonlySet<string> = new Set(provisionTypeSchema.options)

/**
 * Whether a node is a text leaf.
 *
 * @param node Any node of a treaty tree.
 * @returns True for leaves.
 */
export function isLeaf(node: TreatyNode): node is Leaf {
  return LEAF_TYPES.has(node.type) && 'value' in node
}

/**
 * Whether a node is an article, section (inside an article), paragraph, sub-paragraph or point.
 *
 * @param node Any node of a treaty tree.
 * @returns True for provisions.
 */
export function isProvision(node: TreatyNode): node is Provision {
  return PROVISION_TYPES.has(node.type)
}
