/**
 * What reference resolution needs to know about a treaty's tree: its articles and annexes,
 * every node's parent, the names the text gives itself, and look-ups by label that stay cheap
 * however many references a text makes (children and descendants are indexed once per node,
 * so a text is resolved in time linear in its length).
 */
import { romanValue, toRoman } from '../structure/numbers.js'
import { isProvision, type Annex, type Provision, type Treaty, type TreatyNode } from '../schema/tree.js'
import { INSTRUMENT_WORDS, type RefLevel } from './reference-syntax.js'

/** A node a reference can land on. */
export type Target = Provision | Annex

/** Where internal references can land, and where each text is in the tree. */
export interface ReferenceIndex {
  /** Articles of the main body by key (lower case, no spaces: "14bis", "iv"). */
  readonly articles: ReadonlyMap<string, Provision>
  /** Annexes by kind and number ("annex|ii", "appendix|3"), the first of each. */
  readonly annexesByName: ReadonlyMap<string, Annex>
  /** The articles of each annex that has its own, by key. */
  readonly annexArticles: ReadonlyMap<Annex, ReadonlyMap<string, Provision>>
  /** The parent of every node with children (provisions, divisions, annexes …; not leaves). */
  readonly parents: ReadonlyMap<TreatyNode, TreatyNode>
  /** The treaty is the UN Charter, so "the Charter" is internal. */
  readonly selfCharter: boolean
  /** The words the treaty calls itself by ("this Protocol", "the present Convention"). */
  readonly selfWords: ReadonlySet<string>
  /**
   * The articles references name by key (the first of each key: `articles`, then each annex's
   * own), each with its list in text order and its place there, for ranges ("Articles 14 to
   * 15"). A range is read off the list instead of searched for, so its cost does not grow
   * with the number of articles and annexes in the text.
   */
  readonly articlePlaces: ReadonlyMap<Provision, { readonly list: readonly Provision[]; readonly at: number }>
  /** Each article's place in document order and the annex it is in, for "the preceding Article". */
  readonly articleOrder: ReadonlyMap<Provision, { readonly before: Provision | undefined; readonly annex: Annex | undefined }>
  /** The text has sections inside articles (provisions of type `section`), so "Section 2" is read as a level. */
  readonly hasSections: boolean
  /** The labels of sections that group articles (divisions of kind `section`), as keys ("ii"). */
  readonly divisionSections: ReadonlySet<string>
  /**
   * The sections inside articles of the main body (key `undefined`) and of each annex, by
   * label key: the one there is, or null when several articles have one of that label.
   */
  readonly sectionsByAnnex: ReadonlyMap<Annex | undefined, ReadonlyMap<string, Provision | null>>
  /** Look-ups built on first use. */
  readonly cache: LookupCache
}

/** Where a reference is made from. */
export interface Scope {
  readonly node: Provision | undefined
  readonly article: Provision | undefined
  readonly annex: Annex | undefined
}

/** Tree node types a level's labels usually have (other types are accepted when none matches). */
export const LEVEL_TYPES: Readonly<Record<RefLevel, readonly string[]>> = {
  annex: ['annex'],
  article: ['article'],
  section: ['section'],
  paragraph: ['paragraph'],
  subparagraph: ['subparagraph'],
  point: ['point']
}

export const UN_CHARTER = 'Charter of the United Nations'
/** "this Protocol", "the present Convention": how a treaty names itself (one alternation, linear). */
const SELF_NAME = new RegExp(`\\b(?:this|the present)\\s+(${[...INSTRUMENT_WORDS].join('|')})\\b`, 'iuy')
/** Where `SELF_NAME` can start: its literal words (a case-insensitive scan for them is several times faster than for the whole pattern). */
const SELF_NAME_WORD = /this|present/giu
/**
 * What a text calls itself ("this Treaty", "the present Convention"): the instrument words,
 * lower case. `SELF_NAME` is tried only where its first words are, at "this" or four
 * characters before "present".
 */
function selfNames(value: string): string[] {
  const out: string[] = []
  SELF_NAME_WORD.lastIndex = 0
  for (let m = SELF_NAME_WORD.exec(value); m !== null; m = SELF_NAME_WORD.exec(value)) {
    SELF_NAME.lastIndex = m[0].length === 4 ? m.index : m.index - 4
    if (SELF_NAME.lastIndex < 0) continue
    const found = SELF_NAME.exec(value)
    if (found !== null) out.push((found[1] ?? '').toLowerCase())
  }
  return out
}

/** The annex kind a reference keyword names. */
const ANNEX_KIND: Readonly<Record<string, string>> = { annex: 'annex', annexes: 'annex', appendix: 'appendix', appendices: 'appendix', schedule: 'schedule', schedules: 'schedule' }

/**
 * A label as compared: without spaces ("2 bis" is "2bis"), in lower case unless the case must match.
 *
 * @param value A label ("14 bis", "IV", "a").
 * @param exactCase Keep the case ("(I)" and "(i)" differ where a list has both).
 * @returns The key.
 */
export function labelKey(value: string, exactCase: boolean): string {
  const bare = value.replace(/\s+/gu, '')
  return exactCase ? bare : bare.toLowerCase()
}

/** A node's numbered children, indexed by label. */
interface Children {
  readonly before: ReadonlyMap<Provision, Provision | undefined>
  readonly exact: ReadonlyMap<string, readonly Provision[]>
  readonly folded: ReadonlyMap<string, readonly Provision[]>
}

/** Look-ups built once per node on first use. */
export class LookupCache {
  readonly #children = new Map<TreatyNode, Children>()
  readonly #sections = new Map<TreatyNode, Children>()
  readonly #descendants = new Map<string, Map<TreatyNode, ReadonlyMap<string, Provision | null>>>()

  /**
   * The numbered children of a node, by label. A section inside an article is no level that
   * references name ("paragraph 2" never means "Section 2"), so it is not a child here; nor
   * are its provisions children of the article, since sections may each number theirs from 1
   * (the Open Skies Treaty). A label is found in its own section by climbing from where the
   * reference is made.
   */
  children(node: TreatyNode): Children {
    return this.#indexed(this.#children, node, (child) => child.type !== 'section')
  }

  /**
   * The sections inside an article (its children of type `section`), by label: the level that
   * `children` leaves out.
   */
  sections(node: TreatyNode): Children {
    return this.#indexed(this.#sections, node, (child) => child.type === 'section')
  }

  /** A node's provision children that pass a test, indexed by label (cached in `cache`). */
  #indexed(cache: Map<TreatyNode, Children>, node: TreatyNode, keep: (child: Provision) => boolean): Children {
    let found = cache.get(node)
    if (found === undefined) {
      const before = new Map<Provision, Provision | undefined>()
      const exact = new Map<string, Provision[]>()
      const folded = new Map<string, Provision[]>()
      let previous: Provision | undefined
      for (const child of 'children' in node ? (node.children as TreatyNode[]) : []) {
        if (!isProvision(child) || !keep(child)) continue
        before.set(child, previous)
        previous = child
        push(exact, labelKey(child.num.value, true), child)
        push(folded, labelKey(child.num.value, false), child)
      }
      found = { before, exact, folded }
      cache.set(node, found)
    }
    return found
  }

  /** The provisions of a level under a node by label: the one there is, or null when several are. */
  descendants(node: TreatyNode, level: RefLevel): ReadonlyMap<string, Provision | null> {
    let byNode = this.#descendants.get(level)
    if (byNode === undefined) {
      byNode = new Map()
      this.#descendants.set(level, byNode)
    }
    let found = byNode.get(node)
    if (found === undefined) {
      const map = new Map<string, Provision | null>()
      const types = LEVEL_TYPES[level]
      const visit = (n: TreatyNode): void => {
        if (!('children' in n)) return
        for (const child of n.children as TreatyNode[]) {
          if (!isProvision(child)) continue
          if (types.includes(child.type)) {
            const key = labelKey(child.num.value, false)
            map.set(key, map.has(key) ? null : child)
          }
          visit(child)
        }
      }
      visit(node)
      found = map
      byNode.set(node, found)
    }
    return found
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key)
  if (list === undefined) map.set(key, [value])
  else list.push(value)
}

/** The key an article number is looked up by: "14 bis" and "14bis" are one article. */
function articleKey(value: string): string {
  return labelKey(value, false)
}

/** Each article of some lists (maps in text order) with its list and its place there. */
function placesOf(maps: readonly ReadonlyMap<string, Provision>[]): Map<Provision, { list: readonly Provision[]; at: number }> {
  const places = new Map<Provision, { list: readonly Provision[]; at: number }>()
  for (const map of maps) {
    const list = [...map.values()]
    list.forEach((article, at) => places.set(article, { list, at }))
  }
  return places
}

/**
 * Index a treaty for reference resolution.
 *
 * @param tree The treaty.
 * @param selfCharter True when the text looks like the UN Charter (so "the Charter" is internal);
 *   the index keeps it only if the text does not call itself something else.
 * @returns The index.
 */
export function indexReferences(tree: Treaty, selfCharter: boolean): ReferenceIndex {
  const articles = new Map<string, Provision>()
  const annexesByName = new Map<string, Annex>()
  const annexArticles = new Map<Annex, Map<string, Provision>>()
  const parents = new Map<TreatyNode, TreatyNode>()
  const selfWords = new Set<string>()
  const articleOrder = new Map<Provision, { before: Provision | undefined; annex: Annex | undefined }>()
  const divisionSections = new Set<string>()
  const sectionsByAnnex = new Map<Annex | undefined, Map<string, Provision | null>>()
  let lastArticle: Provision | undefined
  const visit = (node: TreatyNode, annex: Annex | undefined): void => {
    if (node.type === 'annex' && node.num !== undefined) {
      const name = annexName(/^\p{L}+/u.exec(node.num.raw.trim())?.[0].toLowerCase() ?? '', node.num.value)
      if (!annexesByName.has(name)) annexesByName.set(name, node)
    }
    if (node.type === 'article') {
      articleOrder.set(node, { before: lastArticle, annex })
      lastArticle = node
      const key = articleKey(node.num.value)
      if (annex === undefined) {
        if (!articles.has(key)) articles.set(key, node)
      } else {
        const own = annexArticles.get(annex) ?? new Map<string, Provision>()
        if (!own.has(key)) own.set(key, node)
        annexArticles.set(annex, own)
      }
    }
    if (node.type === 'division' && node.kind === 'section' && node.num !== undefined) divisionSections.add(labelKey(node.num.value, false))
    if (node.type === 'section') {
      const own = sectionsByAnnex.get(annex) ?? new Map<string, Provision | null>()
      const key = labelKey(node.num.value, false)
      own.set(key, own.has(key) ? null : node)
      sectionsByAnnex.set(annex, own)
    }
    if ('value' in node && typeof node.value === 'string') {
      for (const word of selfNames(node.value)) selfWords.add(word)
    }
    if (!('children' in node)) return
    for (const child of node.children as TreatyNode[]) {
      // Leaves need no parent here (a reference's scope starts at the provision that holds it).
      if ('children' in child) parents.set(child, node)
      visit(child, node.type === 'annex' ? node : annex)
    }
  }
  visit(tree, undefined)
  // A text that opens by citing the Charter is the Charter only if it does not call itself
  // something else ("The States parties to this Constitution declare, in conformity with the
  // Charter of the United Nations, …" opens the WHO Constitution).
  const isCharter = selfCharter && (selfWords.size === 0 || selfWords.has('charter'))
  return {
    articles,
    annexesByName,
    annexArticles,
    parents,
    selfCharter: isCharter,
    selfWords,
    articleOrder,
    articlePlaces: placesOf([articles, ...annexArticles.values()]),
    hasSections: sectionsByAnnex.size > 0,
    divisionSections,
    sectionsByAnnex,
    cache: new LookupCache()
  }
}

/**
 * The usual name of an instrument ("the UN Charter" → "Charter of the United Nations").
 *
 * @param name As written, possibly with "the".
 * @returns The name.
 */
export function canonicalInstrument(name: string): string {
  const n = name.toLowerCase().replace(/^the /u, '')
  if (n === 'charter' || n === 'un charter' || n === 'united nations charter' || n === 'charter of the united nations') return UN_CHARTER
  return name.replace(/^the /iu, '')
}

/**
 * Does an instrument name mean this treaty? "the Charter" in the Charter; "the Convention" in a
 * text that calls itself "this Convention" (but not in a protocol that calls itself "this
 * Protocol" and cites the Convention it belongs to).
 *
 * @param index The treaty's index.
 * @param name The name as written after "of the".
 * @returns True when it names this treaty.
 */
export function isSelf(index: ReferenceIndex, name: string): boolean {
  if (canonicalInstrument(name) === UN_CHARTER) return index.selfCharter
  const word = name.toLowerCase().replace(/^the /u, '')
  if (!INSTRUMENT_WORDS.has(word)) return false
  // A text that never names itself: "the Treaty" and "the Convention" are most likely it.
  if (index.selfWords.size === 0) return word === 'treaty' || word === 'convention'
  return index.selfWords.has(word)
}

/**
 * Where a provision's sentences are: the provision, its article and its annex.
 *
 * @param owner The provision.
 * @param article The article the walk is in.
 * @param index The treaty's index.
 * @returns The scope.
 */
export function scopeOf(owner: Provision, article: Provision | undefined, index: ReferenceIndex): Scope {
  let annex: Annex | undefined
  for (let n: TreatyNode | undefined = owner; n !== undefined; n = index.parents.get(n)) {
    if (n.type === 'annex') {
      annex = n
      break
    }
  }
  return { node: owner, article, annex }
}

/**
 * A child provision by its label, of one of `types` if any child has one, else of any type.
 *
 * @param node The parent.
 * @param value The label.
 * @param types The types looked for first (any when undefined).
 * @param exactCase Compare the case too.
 * @param index The treaty's index.
 * @returns The child, if any.
 */
export function childWith(node: TreatyNode, value: string, types: readonly string[] | undefined, exactCase: boolean, index: ReferenceIndex): Provision | undefined {
  const children = index.cache.children(node)
  const found = (exactCase ? children.exact : children.folded).get(labelKey(value, exactCase))
  if (found === undefined) return undefined
  return (types === undefined ? undefined : found.find((c) => types.includes(c.type))) ?? found[0]
}

/**
 * A child provision by its label: one of the level's usual types first, any type after; the
 * label as written first ("(I)" is not "(i)" where a list has both), any case after.
 *
 * @param node The parent.
 * @param value The label.
 * @param index The treaty's index.
 * @param types The types looked for first.
 * @returns The child, if any.
 */
export function childByNum(node: TreatyNode, value: string, index: ReferenceIndex, types?: readonly string[]): Provision | undefined {
  return childWith(node, value, types, true, index) ?? childWith(node, value, types, false, index)
}

/**
 * The nearest level up from a node (itself first, the article or annex last) with a child of
 * this label: of the level's usual type if any has one, else of any type.
 *
 * @param from Where the reference is made.
 * @param value The label.
 * @param types The level's usual types.
 * @param index The treaty's index.
 * @returns The provision, if any.
 */
export function climb(from: TreatyNode | undefined, value: string, types: readonly string[], index: ReferenceIndex): Provision | undefined {
  for (const exactCase of [true, false]) {
    let any: Provision | undefined
    for (let n = from; n !== undefined; n = index.parents.get(n)) {
      if (!isProvision(n) && n.type !== 'annex') break
      const found = childWith(n, value, types, exactCase, index)
      if (found !== undefined && types.includes(found.type)) return found
      any ??= found
      if (n.type === 'article' || n.type === 'annex') break
    }
    if (any !== undefined) return any
  }
  return undefined
}

/**
 * The one provision of a level with this label under a node ("sub-paragraph (a)" when only
 * one paragraph of the article has an (a)).
 *
 * @param node The article or annex.
 * @param value The label.
 * @param level The level.
 * @param index The treaty's index.
 * @returns The provision, or undefined when there is none or more than one.
 */
export function uniqueDescendant(node: TreatyNode, value: string, level: RefLevel, index: ReferenceIndex): Provision | undefined {
  return index.cache.descendants(node, level).get(labelKey(value, false)) ?? undefined
}

/**
 * The nearest ancestor-or-self of a type, inside the same article or annex.
 *
 * @param node Where to start.
 * @param type The node type.
 * @param index The treaty's index.
 * @returns The node, if any.
 */
export function nearest(node: TreatyNode | undefined, type: string, index: ReferenceIndex): Provision | undefined {
  for (let n = node; n !== undefined; n = index.parents.get(n)) {
    if (n.type === type && isProvision(n)) return n
    if (n.type === 'annex' || n.type === 'treaty') return undefined
  }
  return undefined
}

/**
 * The provision before a node among its parent's children.
 *
 * @param node The provision.
 * @param index The treaty's index.
 * @returns The sibling before it, if any.
 */
export function previousSibling(node: Provision, index: ReferenceIndex): Provision | undefined {
  const parent = index.parents.get(node)
  return parent === undefined ? undefined : index.cache.children(parent).before.get(node)
}

/**
 * The article before one, in the same instrument (main body or the same annex).
 *
 * @param article The article.
 * @param scope Where the reference is made.
 * @param index The treaty's index.
 * @returns The article before it, if any.
 */
export function previousArticle(article: Provision | undefined, scope: Scope, index: ReferenceIndex): Provision | undefined {
  const at = article === undefined ? undefined : index.articleOrder.get(article)
  const before = at?.before
  if (before === undefined) return undefined
  return index.articleOrder.get(before)?.annex === scope.annex ? before : undefined
}

/**
 * An article by number: inside an annex with its own articles, the annex's first; a number
 * in arabic numerals also finds a roman-numbered article and the reverse.
 *
 * @param value The number as written ("5", "IV", "14 bis").
 * @param scope Where the reference is made.
 * @param index The treaty's index.
 * @param onlyAnnex Look only in the annex ("Article 3 of this Annex").
 * @returns The article, if any.
 */
export function findArticle(value: string, scope: Scope, index: ReferenceIndex, onlyAnnex: boolean): Provision | undefined {
  const key = articleKey(value)
  return lookUpArticle(key, scope, index, onlyAnnex) ?? lookUpArticle(otherNumerals(key), scope, index, onlyAnnex)
}

function lookUpArticle(key: string | undefined, scope: Scope, index: ReferenceIndex, onlyAnnex: boolean): Provision | undefined {
  if (key === undefined) return undefined
  const own = scope.annex === undefined ? undefined : index.annexArticles.get(scope.annex)?.get(key)
  if (own !== undefined || onlyAnnex) return own
  return index.articles.get(key)
}

/**
 * "4" as "iv" and "iv" as "4": a text may cite its roman-numbered articles (and sections) in
 * arabic, or the reverse.
 *
 * @param key A label key (lower case).
 * @returns The number in the other numerals, or undefined when it is neither.
 */
export function otherNumerals(key: string): string | undefined {
  if (/^\d{1,4}$/u.test(key)) return toRoman(Number(key))
  const value = romanValue(key)
  return value === undefined ? undefined : String(value)
}

/**
 * An annex, appendix or schedule by its number ("Annex II", "Appendix III").
 *
 * @param keyword The reference keyword ("annex", "appendices").
 * @param value The number.
 * @param index The treaty's index.
 * @returns The annex, if any.
 */
export function findAnnex(keyword: string, value: string, index: ReferenceIndex): Annex | undefined {
  return index.annexesByName.get(annexName(ANNEX_KIND[keyword] ?? keyword, value))
}

/** "annex|ii": an annex's kind (the first word of its label) and number, as looked up. */
function annexName(kind: string, value: string): string {
  return `${kind}|${labelKey(value, false)}`
}
