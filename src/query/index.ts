/**
 * Lookups over a (parsed or annotated) treaty tree. Every result carries positions and eIds,
 * so a caller can highlight it in the source.
 */
export { getArticle } from './article.js'
export type { GetArticleOptions } from './article.js'
export { getProvision, isProvision } from './provision.js'
export { findClauses, caveatsOf } from './clauses.js'
export type { ClauseMatch } from './clauses.js'
export { clauseFilterSchema, parseClauseFilter } from './filter.js'
export type { ClauseFilter } from './filter.js'
export { referencesTo } from './references.js'
export type { ReferenceMatch, ReferencesToOptions } from './references.js'
export { parties } from './parties.js'
export { select, selectAll } from './select.js'
export { searchText, searchOptionsSchema } from './search.js'
export type { SearchOptions, TextHit } from './search.js'
export { clauseText, textIn, isLeaf } from './text.js'
export { numKey } from './num.js'
export { walk } from './walk.js'
export type { Visitor, WalkAction } from './walk.js'
