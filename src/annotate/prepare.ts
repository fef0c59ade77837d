/**
 * What one annotation run reads once, before any provision: the rules (built-in, the user's,
 * and one per named party), the parties, the reference index and the sentence reader; and the
 * walk over provisions that hands each one the context of the intro above it.
 */
import { TreatyClausesError } from '../errors.js'
import { validateOptions } from '../options.js'
import type { Party } from '../schema/annotation.js'
import { annotateOptionsSchema, ruleSchema, type AnnotateOptions, type RoleRule, type Rule } from '../schema/rule.js'
import { isLeaf, isProvision, type Leaf, type Provision, type Treaty, type TreatyNode } from '../schema/tree.js'
import { safeParse } from '../zod.js'
import { contextOf, type InheritedContext, type TreatyContext } from './clauses.js'
import { lexiconForRun } from './lexicon.js'
import { RuleSet } from './match.js'
import { findParties } from './parties.js'
import { indexReferences, type ReferenceIndex } from './references.js'
import { builtinRules } from './rules/index.js'
import { SentenceReader, type Sentence } from './source.js'
import { normalizeWord } from './text.js'

function childrenOf(node: TreatyNode): TreatyNode[] {
  return 'children' in node ? (node.children as TreatyNode[]) : []
}

/**
 * Check user rules, throwing `TreatyClausesError` (code `invalid-rule`) naming the bad field.
 *
 * @param rules What the user passed.
 * @returns The rules, typed.
 */
export function validateRules(rules: readonly unknown[]): Rule[] {
  const seen = new Set<string>()
  return rules.map((raw, index) => {
    const result = safeParse(ruleSchema, raw)
    if (!result.success) {
      const id = typeof raw === 'object' && raw !== null && 'id' in raw ? ` (${String((raw).id)})` : ''
      const detail = result.error.issues
        .map((issue) => `rules[${index}]${issue.path.length > 0 ? '.' + issue.path.join('.') : ''}: ${issue.message}`)
        .join('; ')
      throw new TreatyClausesError('invalid-rule', `Invalid rule${id}: ${detail}`)
    }
    if (seen.has(result.data.id)) throw new TreatyClausesError('invalid-rule', `Invalid rule: rules[${index}].id: duplicate id "${result.data.id}"`)
    seen.add(result.data.id)
    return result.data
  })
}

/** Everything annotation needs that does not change from provision to provision. */
export interface Prepared {
  readonly rules: readonly Rule[]
  readonly set: RuleSet
  readonly parties: Party[]
  readonly treaty: TreatyContext
  readonly index: ReferenceIndex
  /** Sentences of tokens, read once per leaf for this run. */
  readonly reader: SentenceReader
}

function partyRules(parties: readonly Party[]): RoleRule[] {
  const shared = new Map<string, number>()
  for (const p of parties) for (const a of p.aliases) shared.set(a.toLowerCase(), (shared.get(a.toLowerCase()) ?? 0) + 1)
  return parties.map((p, i) => {
    const names = [p.name, ...p.aliases.filter((a) => (shared.get(a.toLowerCase()) ?? 0) < 2)]
    const cues = names
      .map((n) => n.split(/\s+/u).map((w) => w.replace(/[^\p{L}\p{N}'’-]/gu, '')).filter((w) => w !== '').join(' '))
      .filter((n) => n !== '')
      .map((n) => `(${n})`)
    return { id: `role.named-party.${i + 1}`, family: 'role', role: 'named-party', party: p.name, cues }
  })
}

function textOf(leaves: readonly Leaf[]): string {
  return leaves.map((l) => l.value).join(' ')
}

/**
 * Resolve options and read what is treaty-wide: rules, parties, the reference index.
 *
 * @param tree The (copied) treaty.
 * @param options The caller's options.
 * @returns The prepared context.
 */
export function prepare(tree: Treaty, options?: AnnotateOptions): Prepared {
  const opts = validateOptions(annotateOptionsSchema, options, 'annotate')
  const user = validateRules(opts.rules ?? [])
  const replaced = new Set(user.map((r) => r.id))
  const disabled = new Set(opts.disable ?? [])
  const builtins = opts.builtins === false ? [] : builtinRules.filter((r) => !replaced.has(r.id) && !disabled.has(r.id))
  const front: Leaf[] = []
  for (const child of tree.children) {
    if (child.type === 'title') front.push(child)
    else if (child.type === 'preamble') front.push(...child.children.filter((leaf) => leaf.type !== 'note'))
  }
  const parties = findParties(front)
  const head = textOf(front.length > 0 ? front : tree.children.filter((c): c is Leaf => isLeaf(c as TreatyNode) && c.type !== 'note').slice(0, 1))
  const headWords = head.slice(0, 400).split(/\s+/u).map(normalizeWord).join(' ')
  const selfCharter = headWords.includes('charter of the united nations') && !headWords.includes('treaty') && !headWords.includes('convention')
  // Named parties are roles too; user and built-in role rules keep priority order.
  const rules: Rule[] = [...builtins, ...user, ...partyRules(parties)]
  // The index settles whether the text is the Charter itself (it must not call itself "this Constitution").
  const index = indexReferences(tree, selfCharter)
  const lexicon = lexiconForRun()
  return { rules, set: new RuleSet(rules, lexicon), parties, treaty: { selfCharter: index.selfCharter, selfWords: index.selfWords }, index, reader: new SentenceReader(lexicon, tree.position.end.offset) }
}

/** Visit every provision with the context its ancestors hand down. */
export function walkProvisions(
  tree: Treaty,
  prepared: Prepared,
  visit: (node: Provision, sentences: readonly Sentence[], inherited: InheritedContext, article: Provision | undefined) => void
): void {
  const go = (node: TreatyNode, inherited: InheritedContext, article: Provision | undefined): void => {
    if (isProvision(node)) {
      const sentences = prepared.reader.sentencesOf(node)
      const art = node.type === 'article' ? node : article
      visit(node, sentences, inherited, art)
      const intro = sentences.filter((s) => s.leaf.type === 'intro')
      const down = intro.length > 0 ? contextOf(intro, prepared.set, inherited) : inherited
      for (const child of node.children) go(child, down, art)
      return
    }
    for (const child of childrenOf(node)) go(child, {}, article)
  }
  go(tree, {}, undefined)
}

