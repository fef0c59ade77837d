/**
 * treaty-clauses: treaty text in, a typed and annotated tree of its provisions out.
 *
 * The pipeline, top to bottom: `read/` (text or Markdown to positioned lines and blocks),
 * `structure/` (blocks to the treaty tree), `annotate/` (clauses, parties, caveats,
 * references), then `query/` and `export/` over the result.
 */
export { parseTreaty } from './structure/parse.js'
export { TreatyClausesError } from './errors.js'
export type { TreatyClausesErrorCode } from './errors.js'
export { parseOptionsSchema } from './options.js'
export type { ParseOptions } from './options.js'
export * from './schema/index.js'
export { toOutline } from './export/outline.js'
export { checkLossless } from './structure/lossless.js'
export type { LosslessOptions, LosslessProblem, LosslessProblemKind } from './structure/lossless.js'
// Query, export and unified plugins (owned by the query/export layer).
export {
  getArticle,
  getProvision,
  isProvision,
  findClauses,
  caveatsOf,
  clauseFilterSchema,
  parseClauseFilter,
  referencesTo,
  parties,
  select,
  selectAll,
  searchText,
  searchOptionsSchema,
  clauseText,
  textIn,
  isLeaf,
  numKey,
  walk
} from './query/index.js'
export type {
  GetArticleOptions,
  ClauseMatch,
  ClauseFilter,
  ReferenceMatch,
  ReferencesToOptions,
  SearchOptions,
  TextHit,
  Visitor,
  WalkAction
} from './query/index.js'
export {
  toJSON,
  toJsonDocument,
  fromJSON,
  treatyDocumentSchema,
  documentVersion,
  jsonSchemaUrl,
  jsonSchema,
  toAkomaNtoso,
  aknNamespace,
  annotationNamespace
} from './export/index.js'
export type { ToJsonOptions, TreatyDocument, JsonSchema, JsonValue, AkomaNtosoOptions } from './export/index.js'
export { treatyParse, treatyAnnotate, treatyToJson, treatyToAkomaNtoso, reportDiagnostics } from './unified/index.js'
// Annotation (owned by the annotator): rules as data, clauses, parties, references, explanations.
export { annotate, validateRules } from './annotate/annotate.js'
export { analyzeTreaty } from './annotate/analyze.js'
export type { AnalyzeOptions } from './annotate/analyze.js'
export { explain, explanationSchema, nearMissSchema, nearMissReasonSchema } from './annotate/explain.js'
export type { Explanation, NearMiss, NearMissReason } from './annotate/explain.js'
export {
  builtinRules,
  kindRules,
  modalityRules,
  caveatRules,
  triggerRules,
  featureRules,
  roleRules
} from './annotate/rules/index.js'
export {
  ruleSchema,
  kindRuleSchema,
  caveatRuleSchema,
  triggerRuleSchema,
  featureRuleSchema,
  modalityRuleSchema,
  roleRuleSchema,
  cueSchema,
  annotateOptionsSchema
} from './schema/rule.js'
export type {
  Rule,
  RuleFamily,
  KindRule,
  CaveatRule,
  TriggerRule,
  FeatureRule,
  ModalityRule,
  RoleRule,
  Cue,
  AnnotateOptions
} from './schema/rule.js'
export { formatAnnotationReport } from './export/report.js'
export type { ReportOptions } from './export/report.js'
