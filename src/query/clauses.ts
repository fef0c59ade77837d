/**
 * Find clauses by what they are, who they bind, how they are qualified and where they are.
 */
import type { Caveat, Clause } from '../schema/annotation.js'
import type { Position } from '../schema/position.js'
import type { Leaf, Provision, Treaty } from '../schema/tree.js'
import type { CaveatKind } from '../schema/vocabulary.js'
import { foldCase } from './fold.js'
import { parseClauseFilter } from './filter.js'
import type { ClauseFilter } from './filter.js'
import { articleKey, numKey } from './num.js'
import { enclosingArticle, isProvision } from './provision.js'
import { leavesOf, textOfLeaves } from './text.js'
import { walk } from './walk.js'

/** A clause found by `findClauses`, with where it is. */
export interface ClauseMatch {
  /** The clause. */
  clause: Clause
  /** The eId of the provision that holds the clause. */
  eId: string
  /** The provision that holds the clause. */
  provision: Provision
  /** The article the clause is in (the provision itself when it is an article). */
  article: Provision | undefined
  /** The clause's text, as written in the input. */
  text: string
  /** The clause's span of the input (the same as `clause.position`). */
  position: Position
}

/**
 * Find the clauses that pass a filter, in document order. The filter is checked first, so a
 * filter built from user input (the CLI, JSON) is safe to pass as it is.
 *
 * @example
 * for (const match of findClauses(doc, { kind: 'mutual-defence', caveat: 'un-charter' })) {
 *   console.log(match.eId, match.clause.strength?.level, caveatsOf(match.clause).map((c) => c.kind))
 * }
 *
 * @param doc An annotated treaty tree (a tree without annotations has no clauses).
 * @param filter Which clauses to return; all of them when omitted.
 * @returns The matching clauses with their provision, article, text and position.
 * @throws {TreatyClausesError} `invalid-query` when the filter has an unknown field or value.
 */
export function findClauses(doc: Treaty, filter: ClauseFilter = {}): ClauseMatch[] {
  const test = compile(doc, parseClauseFilter(filter))
  const matches: ClauseMatch[] = []
  walk(doc, (node, ancestors) => {
    if (!isProvision(node) || node.clauses === undefined) return
    const article = enclosingArticle(node, ancestors)
    let leaves: Leaf[] | undefined
    for (const clause of node.clauses) {
      if (!test.where(node, article, clause)) continue
      leaves ??= leavesOf(node)
      const text = textOfLeaves(leaves, clause.position)
      if (test.text !== undefined && !foldCase(text).includes(test.text)) continue
      matches.push({ clause, eId: node.eId, provision: node, article, text, position: clause.position })
    }
  })
  return matches
}

/**
 * The caveats that qualify a clause, optionally only those of some kinds.
 *
 * @param clause A clause (from `findClauses` or a provision's `clauses`).
 * @param kind A caveat kind, or several, to keep.
 * @returns The caveats, each with its kind, text and position.
 */
export function caveatsOf(clause: Clause, kind?: CaveatKind | readonly CaveatKind[]): Caveat[] {
  if (kind === undefined) return [...clause.caveats]
  const kinds = new Set<string>(typeof kind === 'string' ? [kind] : kind)
  return clause.caveats.filter((caveat) => kinds.has(caveat.kind))
}

/** A filter made into tests. */
interface CompiledFilter {
  /** Everything but the text. */
  where(provision: Provision, article: Provision | undefined, clause: Clause): boolean
  /** The folded text to look for. */
  text: string | undefined
}

/** Turn a checked filter into tests, resolving the party to all its names once. */
function compile(doc: Treaty, filter: ClauseFilter): CompiledFilter {
  const kinds = asSet(filter.kind)
  const modalities = asSet(filter.modality)
  const caveats = filter.caveat === undefined ? [] : [...asArray(filter.caveat)]
  const obligors = asSet(filter.obligor)
  const beneficiaries = asSet(filter.beneficiary)
  const triggers = asSet(filter.trigger)
  const partyNames = filter.party === undefined ? undefined : namesOf(doc, filter.party)
  const wantedArticle = filter.article === undefined ? undefined : articleKey(filter.article)
  const { article: articleFilter, within, minStrength } = filter
  return {
    text: filter.text === undefined ? undefined : foldCase(filter.text),
    where(provision, article, clause) {
      if (kinds !== undefined && !kinds.has(clause.kind)) return false
      if (modalities !== undefined && !modalities.has(clause.modality)) return false
      if (obligors !== undefined && (clause.obligor === undefined || !obligors.has(clause.obligor.role))) return false
      if (beneficiaries !== undefined && (clause.beneficiary === undefined || !beneficiaries.has(clause.beneficiary.role))) {
        return false
      }
      if (triggers !== undefined && (clause.trigger === undefined || !triggers.has(clause.trigger))) return false
      if (minStrength !== undefined && (clause.strength === undefined || clause.strength.level < minStrength)) return false
      if (!caveats.every((kind) => clause.caveats.some((caveat) => caveat.kind === kind))) return false
      if (partyNames !== undefined && !concerns(clause, partyNames)) return false
      if (articleFilter !== undefined) {
        if (article === undefined) return false
        if (article.eId !== articleFilter && numKey(article.num.value) !== wantedArticle) return false
      }
      if (within !== undefined && provision.eId !== within && !provision.eId.startsWith(within + '__')) return false
      return true
    }
  }
}

/** Whether the clause's obligor or beneficiary is one of the party's names. */
function concerns(clause: Clause, names: ReadonlySet<string>): boolean {
  for (const role of [clause.obligor, clause.beneficiary]) {
    if (role?.party !== undefined && names.has(foldCase(role.party))) return true
  }
  return false
}

/** All names of the party that `name` names (its name and aliases), folded. */
function namesOf(doc: Treaty, name: string): Set<string> {
  const folded = foldCase(name)
  const names = new Set([folded])
  for (const party of doc.parties ?? []) {
    const own = [party.name, ...party.aliases].map(foldCase)
    if (own.includes(folded)) for (const alias of own) names.add(alias)
  }
  return names
}

/** One value or several, as a list. */
function asArray<T>(value: T | readonly T[]): readonly T[] {
  return Array.isArray(value) ? (value as readonly T[]) : [value as T]
}

/** One value or several, as a set; `undefined` when not given. */
function asSet<T>(value: T | readonly T[] | undefined): Set<T> | undefined {
  return value === undefined ? undefined : new Set(asArray(value))
}
