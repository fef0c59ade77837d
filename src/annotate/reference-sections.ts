/**
 * The section level of cross-references: sections inside articles, as the IMF and World Bank
 * Articles of Agreement, GATT and the Open Skies Treaty have them ("Article IV, Section 2",
 * "Section 3 of this Article", "paragraph 2 of this Section", "the preceding Section").
 *
 * A bare "Section 3" is the current article's; where that article has none, the one section
 * of that label in the instrument (the annex of the Customs Co-operation Council convention
 * numbers its sections through all its articles). Where "Section 3" is not a section inside
 * an article but names a section that groups articles (a division), or "this Section" is
 * written outside any section inside an article, the reference is read as it was before
 * sections were read (`readsAsDivision`): "Section" is then no level at all.
 */
import type { Provision, TreatyNode } from '../schema/tree.js'
import { LEVEL_RANK, type Container, type ParsedReference, type RefLevel } from './reference-syntax.js'
import { labelKey, nearest, otherNumerals, previousArticle, type ReferenceIndex, type Scope } from './reference-tree.js'

/**
 * A section inside a node (an article) by its label: the label as written first, any case
 * after, then in the other numerals ("Section 1" of an article whose sections are I, II, III:
 * the Open Skies Treaty, Art. VI, Section III, para. 2).
 *
 * @param node The article (or any node; only its `section` children are looked at).
 * @param value The label ("2", "IV", "A").
 * @param index The treaty's index.
 * @returns The section, if the node has one of that label.
 */
export function sectionIn(node: TreatyNode | undefined, value: string, index: ReferenceIndex): Provision | undefined {
  if (node === undefined) return undefined
  const sections = index.cache.sections(node)
  const key = labelKey(value, false)
  const other = otherNumerals(key)
  return sections.exact.get(labelKey(value, true))?.[0] ?? sections.folded.get(key)?.[0] ?? (other === undefined ? undefined : sections.folded.get(other)?.[0])
}

/**
 * Where a section a reference names by number is: in the article the text says ("of this
 * Article", "of the preceding Article"), else in the one the reference is made in, else the
 * one section of that label in the instrument (main body or annex), unless the label names a
 * section that groups articles.
 *
 * @param value The section's label.
 * @param container What the reference says it is relative to.
 * @param scope Where the reference is made.
 * @param index The treaty's index.
 * @returns The section, if any.
 */
export function anchorSection(value: string, container: Container | undefined, scope: Scope, index: ReferenceIndex): Provision | undefined {
  if (container === 'this-article') return sectionIn(scope.article, value, index)
  if (container === 'previous-article') return sectionIn(previousArticle(scope.article, scope, index), value, index)
  const key = labelKey(value, false)
  const own = index.sectionsByAnnex.get(scope.annex)
  if (container === 'this-annex') return scope.annex === undefined ? undefined : (own?.get(key) ?? undefined)
  const here = sectionIn(scope.article, value, index)
  // A division of that label is what the text more likely means than another article's section.
  if (here !== undefined || index.divisionSections.has(key)) return here
  return own?.get(key) ?? undefined
}

/**
 * The section a container named in words is: "this Section" the one the reference is made in,
 * "the preceding Section" the one before it in the same article.
 *
 * @param container The container ("this-section", "previous-section"; others have no section).
 * @param scope Where the reference is made.
 * @param index The treaty's index.
 * @returns The section, if the reference is made inside one (and, for the preceding one, it has one before it).
 */
export function containerSection(container: Container | undefined, scope: Scope, index: ReferenceIndex): Provision | undefined {
  if (container !== 'this-section' && container !== 'previous-section') return undefined
  const here = nearest(scope.node, 'section', index)
  if (here === undefined || container === 'this-section') return here
  const article = index.parents.get(here)
  return article === undefined ? undefined : index.cache.sections(article).before.get(here)
}

/** Is a container a section named in words? */
export function isSectionContainer(container: Container | undefined): boolean {
  return container === 'this-section' || container === 'previous-section'
}

/**
 * Does a reference read with sections name one (a section segment, an item's own section
 * segment, or "this Section")? If not, the reading without sections is the one kept, so a
 * reference without a section reads exactly as it always did.
 *
 * @param parsed The reference read with sections.
 * @returns True when it names a section.
 */
export function namesSection(parsed: ParsedReference): boolean {
  return isSectionContainer(parsed.container) || parsed.segments.some((s) => s.level === 'section') || (parsed.also ?? []).some((a) => a.inner?.level === 'section')
}

/**
 * Should a reference that names a section be read as it was before sections were read? Yes
 * when "this Section" or "the preceding Section" is written outside a section inside an
 * article, and when the reference was not found down to its section while a section grouping
 * articles has one of its section labels (the Open Skies Treaty's annexes: "Annex L, Section
 * I, paragraph 9"; "Annex A, Section I" where Annex A's heading was lost).
 *
 * @param parsed The reference read with sections.
 * @param lost The steps that were not found: their level and label.
 * @param scope Where the reference is made.
 * @param index The treaty's index.
 * @returns True when the reading without sections is to be kept.
 */
export function readsAsDivision(parsed: ParsedReference, lost: readonly { readonly level: RefLevel; readonly value: string }[], scope: Scope, index: ReferenceIndex): boolean {
  if (isSectionContainer(parsed.container) && containerSection(parsed.container, scope, index) === undefined) return true
  if (!lost.some((step) => LEVEL_RANK[step.level] <= LEVEL_RANK.section)) return false
  const segments = [...parsed.segments, ...(parsed.also ?? []).flatMap((a) => (a.inner === undefined ? [] : [a.inner]))]
  return segments.some((s) => s.level === 'section' && s.items.some((item) => [item.from, item.to].some((label) => label !== undefined && index.divisionSections.has(labelKey(label.value, false)))))
}
