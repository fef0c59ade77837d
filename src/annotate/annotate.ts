/**
 * `annotate`: the treaty tree in, a new tree out with `clauses` and `references` on every
 * provision and `parties` on the root. The input tree is not changed.
 */
import { TreatyClausesError } from '../errors.js'
import { validateOptions } from '../options.js'
import { isLeaf, isProvision, type Diagnostic, type Leaf, type Provision, type Treaty, type TreatyNode } from '../schema/tree.js'
import type { Clause, Party } from '../schema/annotation.js'
import { annotateOptionsSchema, ruleSchema, type AnnotateOptions, type RoleRule, type Rule } from '../schema/rule.js'
import { caveatsFor } from './caveat-scope.js'
import { contextOf, findClauses, type InheritedContext, type TreatyContext } from './clauses.js'
import { lexiconForRun } from './lexicon.js'
import { RuleSet } from './match.js'
import { findParties } from './parties.js'
import { findReferences, indexReferences, type ReferenceIndex } from './references.js'
import { builtinRules } from './rules/index.js'
import { SentenceReader, type Sentence } from './source.js'
import { normalizeWord } from './text.js'
import { copyForAnnotation } from './copy.js'
import { BACK_REFERENCES, DETERMINERS, pluralOf, sentenceNames, singularOf } from './nouns.js'
import { safeParse } from '../zod.js'

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
  return { rules, set: new RuleSet(rules, lexicon), parties, treaty: { selfCharter: index.selfCharter, selfWords: index.selfWords }, index, reader: new SentenceReader(lexicon) }
}

/** A provision's own leaves (its text, not its sub-provisions', nor notes of the source database). */
export function ownLeaves(node: Provision): Leaf[] {
  return node.children.filter((c): c is Leaf => isLeaf(c as TreatyNode) && c.type !== 'note')
}

/** Visit every provision with the context its ancestors hand down. */
export function walkProvisions(
  tree: Treaty,
  prepared: Prepared,
  visit: (node: Provision, sentences: Sentence[], inherited: InheritedContext, article: Provision | undefined) => void
): void {
  const go = (node: TreatyNode, inherited: InheritedContext, article: Provision | undefined): void => {
    if (isProvision(node)) {
      const leaves = ownLeaves(node)
      const sentences = prepared.reader.sentencesOf(leaves)
      const art = node.type === 'article' ? node : article
      visit(node, sentences, inherited, art)
      const intro = prepared.reader.sentencesOf(leaves.filter((l) => l.type === 'intro'))
      const down = intro.length > 0 ? contextOf(intro, prepared.set, inherited) : inherited
      for (const child of node.children) go(child, down, art)
      return
    }
    for (const child of childrenOf(node)) go(child, {}, article)
  }
  go(tree, {}, undefined)
}

/**
 * A list item that holds no clause of its own continues its parent's intro ("… is deemed to
 * include an armed attack (i) on the territory … in Europe"): its caveats qualify the intro's
 * clauses.
 */
function lendListCaveats(node: Provision, prepared: Prepared): void {
  const clauses = node.clauses ?? []
  if (clauses.length === 0) return
  const leaves = ownLeaves(node)
  const introClauses = clauses.filter((c) => {
    const leaf = leaves.find((l) => l.position.start.offset <= c.position.start.offset && c.position.end.offset <= l.position.end.offset)
    return leaf?.type === 'intro'
  })
  if (introClauses.length === 0) return
  const visit = (child: Provision): void => {
    if ((child.clauses ?? []).length > 0) return
    for (const sentence of prepared.reader.sentencesOf(ownLeaves(child))) {
      const hits = prepared.set.run('caveat', sentence)
      for (const clause of introClauses) {
        for (const c of caveatsFor(clause.kind, hits, sentence, prepared.treaty)) {
          clause.caveats.push(c)
          if (!clause.rules.includes(c.ruleId)) clause.rules.push(c.ruleId)
        }
      }
    }
    for (const grandchild of child.children) if (isProvision(grandchild)) visit(grandchild)
  }
  for (const child of node.children) if (isProvision(child)) visit(child)
}


/** The noun a back-reference points at: "conference" in "If such a conference has not been held". */
function backReferredNoun(sentence: Sentence): string | undefined {
  const tokens = sentence.tokens
  const at = tokens.slice(0, 8).findIndex((t) => BACK_REFERENCES.has(t.norm))
  if (at < 0) return undefined
  let k = at + 1
  while (DETERMINERS.has(tokens[k]?.norm ?? '')) k++
  const noun = tokens[k]
  return noun === undefined || noun.punct ? undefined : singularOf(noun.norm)
}

/** Does a provision's own text name a word (singular or plural)? */
function names(provision: Provision, noun: string, prepared: Prepared): boolean {
  return prepared.reader.sentencesOf(ownLeaves(provision)).some((sentence) => sentenceNames(sentence, noun))
}


/** The noun of a subject with "the" that opens a sentence ("agreement" in "The agreement or agreements shall …"). */
function definiteSubject(sentence: Sentence): string | undefined {
  if (sentence.norm(0) !== 'the') return undefined
  const noun = sentence.norm(1)
  return noun.length < 3 || !/^\p{L}/u.test(noun) ? undefined : singularOf(noun)
}

/** Does a provision's own text introduce a noun with "a" or "an" ("a special agreement or agreements")? */
function introduces(provision: Provision, noun: string, prepared: Prepared): boolean {
  const plural = pluralOf(noun)
  for (const sentence of prepared.reader.sentencesOf(ownLeaves(provision))) {
    for (let i = 1; i < sentence.length; i++) {
      const norm = sentence.norm(i)
      if (norm !== noun && norm !== plural) continue
      if (INDEFINITE.has(sentence.norm(i - 1)) || INDEFINITE.has(sentence.norm(i - 2))) return true
    }
  }
  return false
}

const INDEFINITE = new Set(['a', 'an'])

/** Does a sentence point back in its first eight words ("Pending the conclusion of such …")? */
function pointsBack(sentence: Sentence): boolean {
  for (let i = 0; i < Math.min(8, sentence.length); i++) if (BACK_REFERENCES.has(sentence.norm(i))) return true
  return false
}

/**
 * A numbered provision with no clause of its own whose first sentence points back ("Pending
 * the conclusion of such agreements, …") limits the clauses of a sibling before it: its
 * caveats are lent to them. The sibling is the first one that names what "such …" points at
 * (where "a General Conference" was introduced, not a later mention of "the conference"), or
 * else the one just before. A provision that opens with "The" and a noun a sibling before it
 * introduced with "a" ("The agreement or agreements shall be … subject to ratification … in
 * accordance with their respective constitutional processes" after "… in accordance with a
 * special agreement or agreements, armed forces …", UN Charter Art. 43) is about that thing
 * too, and limits that sibling's clauses.
 */
function lendToPreviousSibling(node: Provision, prepared: Prepared): void {
  const before: Provision[] = []
  for (const child of node.children) {
    if (!isProvision(child)) continue
    const current = child
    if ((current.clauses ?? []).length > 0) {
      before.push(current)
      continue
    }
    const sentences = prepared.reader.sentencesOf(ownLeaves(current))
    const first = sentences[0]
    if (before.length === 0 || first === undefined) continue
    let previous: Provision | undefined
    if (pointsBack(first)) {
      const noun = backReferredNoun(first)
      previous = (noun === undefined ? undefined : before.find((sibling) => names(sibling, noun, prepared))) ?? before.at(-1)
    } else {
      // "The agreement or agreements shall be negotiated …" after "… in accordance with a
      // special agreement or agreements …": a definite subject introduced by a sibling.
      const noun = definiteSubject(first)
      previous = noun === undefined ? undefined : before.find((sibling) => introduces(sibling, noun, prepared))
    }
    if (previous === undefined) continue
    for (const sentence of sentences) {
      const hits = prepared.set.run('caveat', sentence)
      // What the thing a definition names later does does not qualify the definition.
      for (const clause of previous.clauses ?? []) {
        if (clause.kind === 'definitions') continue
        for (const c of caveatsFor(clause.kind, hits, sentence, prepared.treaty)) {
          clause.caveats.push(c)
          if (!clause.rules.includes(c.ruleId)) clause.rules.push(c.ruleId)
        }
      }
    }
  }
}

const SELF_POINTERS = new Set(['this', 'present'])
const INSTRUMENTS = new Set(['treaty', 'convention', 'agreement', 'protocol', 'charter', 'pact', 'covenant', 'statute', 'constitution', 'accord'])
const APPLY = new Set(['apply', 'applies', 'applied', 'applicable', 'application'])
/** How far into a sentence its subject ("The provisions of this Treaty") may run. */
const SCOPE_SUBJECT = 6
/** How far after the subject the verb of application may stand ("shall not apply", "shall not be applicable"). */
const SCOPE_VERB = 4

/** Does a sentence state the treaty's own scope ("This Treaty shall not apply to …", "The present Convention applies only to …")? */
function statesScope(sentence: Sentence): boolean {
  for (let i = 0; i < Math.min(SCOPE_SUBJECT, sentence.length - 1); i++) {
    if (!SELF_POINTERS.has(sentence.norm(i)) || !INSTRUMENTS.has(sentence.norm(i + 1))) continue
    for (let k = i + 2; k < Math.min(i + 2 + SCOPE_VERB, sentence.length); k++) if (APPLY.has(sentence.norm(k))) return true
    return false
  }
  return false
}

/**
 * A provision with no clause of its own that states the treaty's scope ("This Treaty shall not
 * apply to the international movement of conventional arms by … a State Party for its use
 * provided that …", ATT Art. 2(3)) limits the scope its article has fixed before it: its caveats
 * are lent to the `definitions` clauses (terms and scope fixed for the treaty) of the siblings
 * before it. Other clauses are not limited by it: "This Agreement shall apply to the part of
 * the Kingdom in Europe only" does not make its entry into force a geographic one.
 */
function lendScopeLimits(node: Provision, prepared: Prepared): void {
  const siblings = node.children.filter((c): c is Provision => isProvision(c as TreatyNode))
  for (let at = 1; at < siblings.length; at++) {
    const child = siblings[at]
    if (child === undefined || (child.clauses ?? []).length > 0) continue
    const sentences = prepared.reader.sentencesOf(ownLeaves(child))
    const first = sentences[0]
    if (first === undefined || !statesScope(first)) continue
    const before = siblings.slice(0, at).flatMap((sibling) => clausesBelow(sibling).filter((c) => c.kind === 'definitions'))
    if (before.length === 0) continue
    for (const sentence of sentences) {
      const hits = prepared.set.run('caveat', sentence)
      for (const clause of before) {
        for (const c of caveatsFor(clause.kind, hits, sentence, prepared.treaty)) {
          if (clause.caveats.some((x) => x.kind === c.kind && x.position.start.offset === c.position.start.offset)) continue
          clause.caveats.push(c)
          if (!clause.rules.includes(c.ruleId)) clause.rules.push(c.ruleId)
        }
      }
    }
  }
}

/** How far into a sentence a reference may start and still be what the sentence is about. */
const SUBJECT_WINDOW = 4

/**
 * A provision with no clause of its own whose sentence is about a sibling provision ("The
 * provisions of paragraph 1 … are without prejudice to …", "Paragraph 2 shall not apply
 * unless …") limits the clauses of the provision it names: that sentence's caveats are lent
 * to them. Only a reference at the head of the sentence (its subject) counts: "as defined in
 * paragraph 2" deep in a sentence uses paragraph 2, it does not qualify it.
 */
function lendToReferenced(node: Provision, prepared: Prepared): void {
  const below = new Map<Provision, Clause[]>()
  const byId = new Map<string, Provision>()
  for (const child of node.children) if (isProvision(child)) byId.set(child.eId, child)
  for (const child of node.children) {
    if (!isProvision(child) || (child.clauses ?? []).length > 0) continue
    if (!(child.references ?? []).some((r) => r.kind === 'internal')) continue
    for (const sentence of prepared.reader.sentencesOf(ownLeaves(child))) {
      const head = SUBJECT_WINDOW < sentence.length ? sentence.startOf(SUBJECT_WINDOW) : sentence.end
      const named = (child.references ?? []).flatMap((r) =>
        r.kind === 'internal' && r.position.start.offset >= sentence.start && r.position.start.offset <= head ? r.targets ?? [] : []
      )
      const targets = [...new Set(named)].map((id) => byId.get(id)).filter((p): p is Provision => p !== undefined && p !== child)
      if (targets.length === 0) continue
      const hits = prepared.set.run('caveat', sentence)
      for (const target of targets) {
        let clauses = below.get(target)
        if (clauses === undefined) {
          clauses = clausesBelow(target)
          below.set(target, clauses)
        }
        for (const clause of clauses) {
          for (const c of caveatsFor(clause.kind, hits, sentence, prepared.treaty)) {
            if (clause.caveats.some((x) => x.kind === c.kind && x.position.start.offset === c.position.start.offset)) continue
            clause.caveats.push(c)
            if (!clause.rules.includes(c.ruleId)) clause.rules.push(c.ruleId)
          }
        }
      }
    }
  }
}

/** A provision's own clauses, or, when it has none, those of the provisions under it. */
function clausesBelow(node: Provision): Clause[] {
  if ((node.clauses ?? []).length > 0) return node.clauses ?? []
  return node.children.flatMap((c) => (isProvision(c) ? clausesBelow(c) : []))
}

/**
 * Annotate a parsed treaty: what each provision does (clauses with kind, modality, roles,
 * caveats, trigger, strength, evidence and rule ids), its cross-references, and the parties.
 *
 * Pure: returns a new tree and leaves `tree` as it was. References that name no node of the
 * treaty are kept (with empty `targets`) and reported in `diagnostics` (rule
 * `annotate/unresolved-reference`).
 *
 * @param tree A treaty tree from `parseTreaty`.
 * @param options Extra rules (`rules`), built-in rules to switch off (`disable`), or
 *   `builtins: false` to run only your own.
 * @returns The annotated copy.
 * @throws {TreatyClausesError} `invalid-options` for bad options, `invalid-rule` for a bad rule.
 */
export function annotate(tree: Treaty, options?: AnnotateOptions): Treaty {
  return annotateInPlace(copyForAnnotation(tree), options)
}

/**
 * `annotate` on a tree nobody else holds (a fresh parse): adds the annotations to it.
 *
 * @param copy The tree, changed in place.
 * @param options As for `annotate`.
 * @returns The same tree.
 */
export function annotateInPlace(copy: Treaty, options?: AnnotateOptions): Treaty {
  const prepared = prepare(copy, options)
  const diagnostics: Diagnostic[] = []
  walkProvisions(copy, prepared, (node, sentences, inherited, article) => {
    const found = findClauses(sentences, prepared.set, inherited, prepared.treaty)
    const { references, unresolved } = findReferences(node, sentences, article, prepared.index)
    for (const { clause, sentence } of found) {
      clause.refs = references.filter((r) => r.position.start.offset >= sentence.start && r.position.end.offset <= sentence.end)
    }
    node.clauses = found.map((f) => f.clause)
    node.references = references
    for (const u of unresolved) {
      diagnostics.push({
        ruleId: 'annotate/unresolved-reference',
        source: 'treaty-clauses',
        severity: 'warning',
        reason: `"${u.reference.text}" names ${u.missing.join(', ')}, which this treaty does not have`,
        position: u.reference.position
      })
    }
  })
  walkProvisions(copy, prepared, (node) => {
    lendListCaveats(node, prepared)
    lendToPreviousSibling(node, prepared)
    lendToReferenced(node, prepared)
    lendScopeLimits(node, prepared)
  })
  prepared.reader.close()
  copy.parties = prepared.parties
  copy.diagnostics = [...copy.diagnostics, ...diagnostics]
  return copy
}

