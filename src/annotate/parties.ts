/**
 * Parties named in the title and preamble, with the aliases the text gives them.
 *
 * Names are read where treaties put them: after "between" ("between the Russian Federation
 * and the Democratic People's Republic of Korea"), after "with" in a title ("Treaty of Peace
 * with Japan"), before "hereinafter referred to as …", and as the subject of the enacting
 * verbs ("the Allied Powers and Japan have … determined", "are resolved"). A name is a run of
 * capitalised words (with "of", "the", "and"-less connectors) that is not a generic
 * designation ("The Parties to this Treaty", "The States Parties") — those name no party.
 */
import type { Party } from '../schema/annotation.js'
import type { Leaf } from '../schema/tree.js'
import { spanAt } from './source.js'
import type { Token } from './text.js'
import { tokenize } from './tokens.js'

const CONNECTORS = new Set(['of', 'the', "people's", 'for', 'de', 'du', 'la', 'del'])
const GENERIC = new Set([
  'party', 'parties', 'state', 'states', 'contracting', 'high', 'treaty', 'convention', 'agreement', 'charter',
  'government', 'governments', 'members', 'member', 'whereas', 'they', 'we', 'it', 'signatories', 'signatory',
  'peoples', 'nations', 'plenipotentiaries', 'undersigned', 'recognizing', 'noting', 'desiring', 'considering'
])
const ENACTING = new Set(['agreed', 'agree', 'determined', 'decided', 'resolved', 'concluded', 'conclude', 'resolve', 'decide', 'determine'])

interface Found {
  name: string
  start: number
  end: number
  leaf: Leaf
}

function capital(t: Token): boolean {
  return /^\p{Lu}/u.test(t.text)
}

/**
 * Words that end a name in a title written in capitals, where every word is capitalised:
 * "… REPUBLIC OF AZERBAIJAN ON STRATEGIC PARTNERSHIP" names Azerbaijan, not a partnership.
 * In mixed case these are lower case and end the name anyway.
 */
const CAPITALS_BREAKS = new Set(['on', 'concerning', 'regarding', 'relating', 'respecting', 'about', 'for', 'in', 'to', 'with'])

/** Does a token continue a name? */
function inName(t: Token): boolean {
  if (t.norm === 'and' || t.punct) return false
  if (CONNECTORS.has(t.norm) || CONNECTORS.has(t.text.toLowerCase())) return !(CAPITALS_BREAKS.has(t.norm) && t.text === t.text.toUpperCase())
  return capital(t) && !(CAPITALS_BREAKS.has(t.norm) && t.text === t.text.toUpperCase() && t.text.length > 1)
}

const LEADING = new Set(['whereas', 'recognizing', 'noting', 'desiring', 'considering', 'being', 'convinced', 'mindful', 'that', 'and', 'both', 'between', 'with'])

function cleanName(words: Token[]): string | undefined {
  let list = words
  while (list.length > 0 && (CONNECTORS.has(list[0]?.norm ?? '') || LEADING.has(list[0]?.norm ?? ''))) list = list.slice(1)
  while (list.length > 0 && CONNECTORS.has(list.at(-1)?.norm ?? '')) list = list.slice(0, -1)
  // "the Government of the Republic of X" names the state.
  if (list.length > 2 && (list[0]?.norm === 'government' || list[0]?.norm === 'governments') && list[1]?.norm === 'of') {
    list = list.slice(2)
    while (list.length > 0 && CONNECTORS.has(list[0]?.norm ?? '')) list = list.slice(1)
  }
  if (list.length === 0) return undefined
  const meaningful = list.filter((t) => !CONNECTORS.has(t.norm) && !CONNECTORS.has(t.text.toLowerCase()))
  if (meaningful.length === 0 || meaningful.every((t) => GENERIC.has(t.norm))) return undefined
  if (GENERIC.has(meaningful[0]?.norm ?? '') && meaningful.some((t) => t.norm === 'parties' || t.norm === 'party')) return undefined
  const allCaps = list.every((t) => t.text === t.text.toUpperCase())
  return list
    .map((t, k) => {
      if (!allCaps) return t.text
      const lower = t.text.toLowerCase()
      if (k > 0 && (lower === 'of' || lower === 'the')) return lower
      return lower.charAt(0).toUpperCase() + lower.slice(1)
    })
    .join(' ')
}

/** Read names joined by "and" / "," forward from i. */
function namesForward(tokens: Token[], i: number): { names: Token[][]; next: number } {
  const names: Token[][] = []
  let current: Token[] = []
  let j = i
  for (; j < tokens.length && j < i + 40; j++) {
    const t = tokens[j]
    if (t === undefined) break
    if (inName(t)) {
      current.push(t)
      continue
    }
    if (t.norm === 'and' || t.norm === ',') {
      if (current.length > 0) names.push(current)
      current = []
      if (t.norm === ',' && tokens[j + 1]?.norm !== 'and' && !capital(tokens[j + 1] ?? t)) break
      continue
    }
    break
  }
  if (current.length > 0) names.push(current)
  return { names, next: j }
}

/** Read names joined by "and" / "," backward from i (exclusive). */
function namesBackward(tokens: Token[], i: number): Token[][] {
  const names: Token[][] = []
  let current: Token[] = []
  for (let j = i - 1; j >= 0 && j > i - 40; j--) {
    const t = tokens[j]
    if (t === undefined) break
    if (inName(t)) {
      current.unshift(t)
      continue
    }
    if (t.norm === 'and') {
      if (current.length > 0) names.unshift(current)
      current = []
      continue
    }
    break
  }
  if (current.length > 0) names.unshift(current)
  return names
}

/** Initials of the capitalised words of a long name ("Democratic People's Republic of Korea" → "DPRK"). */
function acronym(name: string): string | undefined {
  const words = name.split(/\s+/u).filter((w) => /^\p{Lu}/u.test(w))
  return words.length >= 3 ? words.map((w) => w.charAt(0)).join('') : undefined
}

/**
 * Find the parties named in a treaty's title and preamble.
 *
 * @param leaves The title leaf and the preamble's leaves, in order.
 * @returns The parties in order of first mention, each with its aliases.
 */
export function findParties(leaves: readonly Leaf[]): Party[] {
  const found: Found[] = []
  const aliasesOf = new Map<string, Set<string>>()
  const add = (group: Token[][], leaf: Leaf, alias?: string): void => {
    for (const words of group) {
      const name = cleanName(words)
      const first = words[0]
      const last = words.at(-1)
      if (name === undefined || first === undefined || last === undefined) continue
      const key = name.toLowerCase()
      if (!found.some((f) => f.name.toLowerCase() === key)) found.push({ name, start: first.start, end: last.end, leaf })
      if (alias !== undefined) {
        const set = aliasesOf.get(key) ?? new Set<string>()
        set.add(alias)
        aliasesOf.set(key, set)
      }
    }
  }
  let opening = true
  for (const leaf of leaves) {
    const tokens = tokenize(leaf.value, leaf.position.start.offset)
    // A preamble that opens with the parties: "The Kingdom of the Netherlands and Japan, Desiring …".
    if (opening && leaf.type !== 'title') {
      opening = false
      const { names, next } = namesForward(tokens, 0)
      if (names.length >= 2 && (tokens[next]?.norm === ',' || next >= tokens.length)) add(names, leaf, aliasAfter(tokens, next))
    }
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]
      if (t === undefined) continue
      if (t.norm === 'between' || (t.norm === 'with' && leaf.type === 'title')) {
        const { names, next } = namesForward(tokens, i + 1)
        if (t.norm === 'between' && names.length < 2) continue
        const alias = aliasAfter(tokens, next)
        add(names, leaf, alias)
      } else if (t.norm === 'hereinafter') {
        const alias = aliasAfter(tokens, i)
        let k = i
        while (tokens[k - 1]?.norm === ',' || tokens[k - 1]?.norm === '(') k--
        add(namesBackward(tokens, k), leaf, alias)
      } else if ((t.norm === 'have' || t.norm === 'are' || t.norm === 'has') && i > 0) {
        let k = i + 1
        if (tokens[k]?.norm === 'therefore' || tokens[k]?.norm === 'accordingly' || tokens[k]?.norm === 'hereby') k++
        if (!ENACTING.has(tokens[k]?.norm ?? '')) continue
        const names = namesBackward(tokens, i)
        if (names.length >= 2) add(names, leaf)
      }
    }
  }
  return found.map((f) => {
    const aliases = [...(aliasesOf.get(f.name.toLowerCase()) ?? [])]
    const short = acronym(f.name)
    if (short !== undefined && !aliases.includes(short)) aliases.push(short)
    return { name: f.name, aliases, position: spanAt(f.leaf, f.start, f.end) }
  })
}

const COLLECTIVELY = new Set(['collectively', 'jointly', 'together'])

/** The alias after "hereinafter referred to as" / "called", if any. */
function aliasAfter(tokens: Token[], i: number): string | undefined {
  let j = i
  while (tokens[j]?.norm === ',') j++
  if (tokens[j]?.norm !== 'hereinafter') return undefined
  j++
  if (tokens[j]?.norm === 'referred' && tokens[j + 1]?.norm === 'to') {
    // "referred to collectively as the “Parties”"
    j += COLLECTIVELY.has(tokens[j + 2]?.norm ?? '') ? 3 : 2
    if (tokens[j]?.norm !== 'as') return undefined
    j++
  } else if (tokens[j]?.norm === 'called' || tokens[j]?.norm === 'termed' || tokens[j]?.norm === 'known') j += tokens[j]?.norm === 'known' ? 2 : 1
  else return undefined
  const words: string[] = []
  let quoted = false
  for (; j < tokens.length && words.length < 8; j++) {
    const t = tokens[j]
    if (t === undefined) break
    if (t.norm === '"') {
      // The closing quote ends the alias: "the “Parties” and singularly as a “Party”".
      if (quoted && words.length > 0) break
      quoted = true
      continue
    }
    if (t.punct) break
    words.push(t.text)
  }
  return words.length > 0 ? words.join(' ') : undefined
}
