/**
 * Akoma Ntoso 3.0 XML of a treaty tree, built as an xast tree (xastscript) and serialised
 * with xast-util-to-xml. The result validates against the OASIS schema.
 *
 * Where things go: the title in `<preface>`, recitals and the enacting formula in
 * `<preamble>`, divisions and provisions in `<body>` with their eIds, the testimonium in
 * `<conclusions>`, annexes as `<attachment>` documents. Internal references become
 * `<ref href="#eId">`, the parties' names `<party refersTo="#party_N">`, the date the treaty
 * was done `<date date="YYYY-MM-DD">`. Each provision's clause kinds are in its `refersTo`, pointing at
 * `<TLCConcept>`s; parties are `<TLCOrganization>`s; everything else the annotator found
 * (modality, roles, caveats, strength, evidence, references, diagnostics) is in
 * `<proprietary source="#treatyClauses">`, in the namespace `annotationNamespace`.
 */
import { x } from 'xastscript'
import { toXml } from 'xast-util-to-xml'
import type { Element, Root } from 'xast'
import type { Clause, Reference } from '../../schema/annotation.js'
import type { Annex, Division, Leaf, Provision, Treaty } from '../../schema/tree.js'
import { isProvision } from '../../query/provision.js'
import { walk } from '../../query/walk.js'
import { annexBody, hierElement, noteElement, paragraphs } from './body.js'
import type { BodyContext } from './body.js'
import { MarkIndex, refElement } from './inline.js'
import type { InlineMark } from './inline.js'
import { doneDate, findDateSpan } from './date.js'
import { identification, proprietary, references, slug } from './meta.js'
import type { Identity, ProvisionAnnotations } from './meta.js'

export { annotationNamespace } from './meta.js'

/**
 * Characters XML 1.0 cannot hold, even as references: C0 controls other than tab, line feed
 * and carriage return, lone surrogates, U+FFFE and U+FFFF. The export writes U+FFFD instead,
 * one code unit for one, so offsets still line up with the input.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const notXmlCharacter = /[\u0000-\u0008\v\f\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/gu

/** The Akoma Ntoso 3.0 namespace. */
export const aknNamespace = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0'

/** Options of `toAkomaNtoso`. */
export interface AkomaNtosoOptions {
  /** Short name of the work in its FRBR URI; default: from the title. */
  name?: string | undefined
  /** Date of the work (`YYYY-MM-DD`); default: the first date in the conclusions. */
  date?: string | undefined
  /** Country or organisation code in the FRBR URI. Default: `un`. */
  country?: string | undefined
  /** ISO 639-2 code of the text's language. Default: `eng`. */
  language?: string | undefined
}

/**
 * Export a treaty tree as Akoma Ntoso 3.0 XML (the treaty as an `<act name="treaty">`).
 *
 * When no date is given and the conclusions name none, the FRBR date is `0001-01-01` with
 * `name="unknown"`, since the schema requires one. Characters XML 1.0 cannot hold (control
 * characters such as form feed, lone surrogates) are written as U+FFFD.
 *
 * @example
 * const xml = toAkomaNtoso(analyzeTreaty(text))
 * // <akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><act name="treaty">…
 *
 * @param doc A treaty tree; annotated trees also export their clauses and references.
 * @param options FRBR identification.
 * @returns The XML document, with an XML declaration.
 */
export function toAkomaNtoso(doc: Treaty, options: AkomaNtosoOptions = {}): string {
  const detected = options.date ?? doneDate(doc)
  const identity: Identity = {
    country: options.country ?? 'un',
    name: options.name ?? slug(titleOf(doc)),
    date: detected ?? '0001-01-01',
    dateName: options.date === undefined ? (detected === undefined ? 'unknown' : 'signature') : 'work',
    language: options.language ?? 'eng'
  }
  const collected = collect(doc)
  const context = makeContext(collected)
  const act = x('act', { name: 'treaty' }, [
    x('meta', [
      identification(identity),
      references(doc.parties ?? [], collected.kinds),
      proprietary(doc.parties ?? [], collected.annotations, doc.diagnostics)
    ]),
    ...documentParts(doc, context, identity)
  ])
  const root: Root = {
    type: 'root',
    children: [
      { type: 'instruction', name: 'xml', value: 'version="1.0" encoding="UTF-8"' },
      { type: 'text', value: '\n' },
      x('akomaNtoso', { xmlns: aknNamespace }, [act]),
      { type: 'text', value: '\n' }
    ]
  }
  // xast-util-to-xml escapes `&` and `<` but not `>`, and `]]>` may not appear in XML text.
  // The document has no CDATA sections, so every `]]>` comes from text (or an attribute, where
  // `&gt;` means the same): escaping them all is safe.
  return toXml(root, { closeEmptyElements: true, tightClose: true }).replaceAll(']]>', ']]&gt;').replace(notXmlCharacter, '\uFFFD')
}

/** Everything the export needs from one pass over the tree. */
interface Collected {
  kinds: string[]
  annotations: ProvisionAnnotations[]
  marks: InlineMark[]
  nums: Map<string, string>
}

/** Gather clause kinds, annotations, nums and inline marks in one walk. */
function collect(doc: Treaty): Collected {
  const kinds = new Set<string>()
  const annotations: ProvisionAnnotations[] = []
  const nums = new Map<string, string>()
  const marks: InlineMark[] = []
  walk(doc, (node) => {
    if ('eId' in node && node.num !== undefined) nums.set(node.eId, node.num.value)
    if (node.type === 'conclusions') {
      // The date the treaty was done, where the testimonium writes it.
      for (const leaf of node.children) {
        const span = findDateSpan(leaf.value)
        if (span === undefined) continue
        const base = leaf.position.start.offset
        marks.push({ start: base + span.start, end: base + span.end, render: (text) => x('date', { date: span.date }, text) })
      }
    }
    if (!isProvision(node)) return
    const clauses: Clause[] = node.clauses ?? []
    const refs: Reference[] = node.references ?? []
    for (const clause of clauses) kinds.add(clause.kind)
    if (clauses.length > 0 || refs.length > 0) annotations.push({ eId: node.eId, clauses, references: refs })
  })
  const numOf = (eId: string): string | undefined => nums.get(eId)
  // Only references whose targets exist are linked; the others stay text (and are in proprietary).
  for (const annotation of annotations) {
    for (const reference of annotation.references) {
      const targets = (reference.targets ?? []).filter((target) => nums.has(target))
      if (reference.kind !== 'internal' || targets.length === 0) continue
      marks.push({
        start: reference.position.start.offset,
        end: reference.position.end.offset,
        render: (text) => refElement(text, targets, numOf)
      })
    }
  }
  // Where the title or preamble names a party: <party refersTo="#party_N">.
  for (const [index, party] of (doc.parties ?? []).entries()) {
    if (party.position === undefined) continue
    const id = `party_${index + 1}`
    marks.push({
      start: party.position.start.offset,
      end: party.position.end.offset,
      render: (text) => x('party', { eId: `${id}__name`, refersTo: '#' + id }, text)
    })
  }
  return { kinds: [...kinds].sort(), annotations, marks, nums }
}

/** The shared state of one export. */
function makeContext(collected: Collected): BodyContext {
  const used = new Set<string>()
  let counter = 0
  return {
    marks: new MarkIndex(collected.marks),
    kindsOf: (provision: Provision) => [...new Set((provision.clauses ?? []).map((clause) => clause.kind))],
    uniqueEId: (eId: string) => {
      let candidate = eId
      for (let copy = 2; used.has(candidate); copy++) candidate = `${eId}_${copy}`
      used.add(candidate)
      return candidate
    },
    freshEId: () => {
      let candidate: string
      do candidate = `hcontainer_${++counter}`
      while (used.has(candidate))
      used.add(candidate)
      return candidate
    }
  }
}

/** Preface, preamble, body, conclusions and attachments, in the order the schema wants. */
function documentParts(doc: Treaty, context: BodyContext, identity: Identity): Element[] {
  const preface: Leaf[] = []
  const preamble: Element[] = []
  const body: (Provision | Leaf | Division)[] = []
  const conclusions: Element[] = []
  const annexes: Annex[] = []
  let inBody = false
  let recitals: Element[] = []
  const flushRecitals = (): void => {
    if (recitals.length > 0) preamble.push(x('recitals', recitals))
    recitals = []
  }
  const preambleLeaf = (leaf: Leaf): void => {
    if (leaf.type === 'recital') {
      recitals.push(x('recital', paragraphs([leaf], context)))
      return
    }
    flushRecitals()
    if (leaf.type === 'formula') preamble.push(x('formula', { name: 'enactingFormula' }, paragraphs([leaf], context)))
    else preamble.push(...paragraphs([leaf], context))
  }
  for (const child of doc.children) {
    switch (child.type) {
      case 'preamble':
        for (const leaf of child.children) preambleLeaf(leaf)
        break
      case 'conclusions':
        conclusions.push(...paragraphs(child.children, context))
        break
      case 'annex':
        annexes.push(child)
        break
      case 'division':
      case 'article':
      case 'section':
      case 'paragraph':
      case 'subparagraph':
      case 'point':
        inBody = true
        body.push(child)
        break
      default:
        if (inBody || conclusions.length > 0) body.push(child)
        else if (child.type === 'title') preface.push(child)
        else preambleLeaf(child)
    }
  }
  flushRecitals()
  const parts: Element[] = []
  if (preface.length > 0) parts.push(x('preface', [x('longTitle', paragraphs(preface, context))]))
  if (preamble.length > 0) parts.push(x('preamble', preamble))
  parts.push(x('body', bodyElements(body, context)))
  if (conclusions.length > 0) parts.push(x('conclusions', conclusions))
  if (annexes.length > 0) {
    parts.push(
      x(
        'attachments',
        annexes.map((annex) => x('attachment', { eId: context.uniqueEId(annex.eId) }, [annexDocument(annex, context, identity)]))
      )
    )
  }
  return parts
}

/**
 * The content of `<body>`, which holds only hierarchical elements: divisions and provisions
 * as they are, each run of loose text in an unnumbered `<hcontainer name="content">`.
 */
function bodyElements(nodes: readonly (Provision | Leaf | Division)[], context: BodyContext): Element[] {
  const result: Element[] = []
  let pending: Leaf[] = []
  const flush = (): void => {
    if (pending.length === 0) return
    result.push(x('hcontainer', { eId: context.freshEId(), name: 'content' }, [x('content', paragraphs(pending, context))]))
    pending = []
  }
  for (const node of nodes) {
    if ('value' in node && node.type === 'note') {
      flush()
      result.push(noteElement(node, context))
    } else if ('value' in node) {
      pending.push(node)
    } else {
      flush()
      result.push(hierElement(node, context))
    }
  }
  flush()
  if (result.length === 0) result.push(x('hcontainer', { eId: context.freshEId(), name: 'content' }, [x('content', [x('p')])]))
  return result
}

/** An annex as an attached `<doc name="annex">`. */
function annexDocument(annex: Annex, context: BodyContext, identity: Identity): Element {
  const preface: Element[] = []
  if (annex.num !== undefined) preface.push(x('p', [x('docNumber', annex.num.raw.trim())]))
  if (annex.heading !== undefined) preface.push(x('p', [x('docTitle', annex.heading.text)]))
  return x('doc', { name: 'annex' }, [
    x('meta', [identification({ ...identity, component: annex.eId })]),
    ...(preface.length > 0 ? [x('preface', preface)] : []),
    x('mainBody', annexBody(annex, context))
  ])
}

/** The treaty's title: its first title leaf, else its first line of text. */
function titleOf(doc: Treaty): string {
  let title: string | undefined
  walk(doc, (node) => {
    if ('value' in node && node.value.trim() !== '') {
      title = node.value.trim().split('\n')[0]
      return false
    }
    return undefined
  })
  return title ?? 'treaty'
}
