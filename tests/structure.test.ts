import { readFileSync } from 'node:fs'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { parseTreaty, TreatyClausesError, type Provision, type Treaty, type TreatyNode } from '../src/index.js'
import { checkLossless } from '../src/structure/lossless.js'
import { fixtures } from './gold.js'

function fixture(name: string): string {
  return readFileSync(`${fixtures}corpus/${name}`, 'utf8')
}

/** Every node of a tree, in document order. */
function nodes(tree: Treaty): TreatyNode[] {
  const out: TreatyNode[] = []
  const walk = (node: TreatyNode): void => {
    out.push(node)
    if ('children' in node) for (const child of node.children) walk(child)
  }
  walk(tree)
  return out
}

function byEId(tree: Treaty, eId: string): Provision {
  const found = nodes(tree).find((node) => 'eId' in node && node.eId === eId)
  if (!found) throw new Error(`no node ${eId}`)
  return found as Provision
}

function articles(tree: Treaty): Provision[] {
  return nodes(tree).filter((node): node is Provision => node.type === 'article')
}

function text(node: Provision): string {
  return node.children.map((child) => ('value' in child ? child.value : '')).join(' ')
}

describe('real treaties', () => {
  it('reads NATO Art. 6 "(i)on" items as points, with an intro and no heading', () => {
    const tree = parseTreaty(fixture('north-atlantic-treaty-1949.txt'))
    const article = byEId(tree, 'art_6')
    expect(article.heading).toBeUndefined()
    expect(article.children[0]).toMatchObject({ type: 'intro' })
    expect(byEId(tree, 'art_6__point_i').num).toMatchObject({ raw: '(i)', value: 'i' })
    expect(text(byEId(tree, 'art_6__point_ii'))).toMatch(/^on the forces, vessels/)
  })

  it('splits the preamble into recitals and the enacting formula, and finds the conclusions', () => {
    const tree = parseTreaty(fixture('north-atlantic-treaty-1949.txt'))
    expect(tree.children[0]).toMatchObject({ type: 'title', value: 'NORTH ATLANTIC TREATY' })
    const preamble = tree.children[1]
    expect(preamble?.type).toBe('preamble')
    const formula = preamble && 'children' in preamble ? preamble.children.at(-1) : undefined
    expect(formula).toMatchObject({ type: 'formula', value: 'They therefore agree to this North Atlantic Treaty:' })
    expect(tree.children.at(-1)).toMatchObject({ type: 'conclusions' })
  })

  it('reads "(i)" after "(h)" in VCLT Art. 2 as the letter, and says so', () => {
    for (const name of ['vienna-convention-law-of-treaties-1969.txt', 'vienna-convention-law-of-treaties-1969.md']) {
      const tree = parseTreaty(fixture(name))
      expect(byEId(tree, 'art_2__para_1__subpara_i').type).toBe('subparagraph')
      const diagnostic = tree.diagnostics.find((item) => item.ruleId === 'ambiguous-label')
      expect(diagnostic?.position.start.line).toBe(36)
      expect(diagnostic?.alternative).toMatch(/roman/)
      // Elsewhere "(i)" opens a roman list: VCLT 41(1)(b)(i).
      expect(byEId(tree, 'art_41__para_1__subpara_b__point_i').type).toBe('point')
    }
  })

  it('nests the Japan treaty\'s labels by style: "(a)." above "1." above "(I)" above "(a)"', () => {
    const tree = parseTreaty(fixture('treaty-of-peace-with-japan-1951.txt'))
    expect(byEId(tree, 'art_14__subpara_a__point_2__point_I__point_a').num.raw).toBe('(a)')
    expect(byEId(tree, 'art_14__subpara_a__point_2__point_II__point_iv').num.value).toBe('iv')
    // Inline labels in a running sentence: "but excepting (a) claims … and (b) claims …".
    expect(byEId(tree, 'art_19__subpara_c__point_b').num.raw).toBe('(b)')
  })

  it('takes article titles where the treaty uses them (VCLT, ATT), in both formats', () => {
    for (const name of ['arms-trade-treaty-2013.txt', 'arms-trade-treaty-2013.md']) {
      const tree = parseTreaty(fixture(name))
      expect(byEId(tree, 'art_2').heading?.text).toBe('Scope')
    }
    const md = parseTreaty(fixture('vienna-convention-law-of-treaties-1969.md'))
    expect(byEId(md, 'art_2').heading?.text).toBe('Use of terms')
    expect(md.format).toBe('markdown')
  })

  it('keeps VCLT sections apart per part in eIds, and reads the Annex', () => {
    const tree = parseTreaty(fixture('vienna-convention-law-of-treaties-1969.txt'))
    const eIds = nodes(tree).flatMap((node) => ('eId' in node ? [node.eId] : []))
    expect(eIds).toContain('part_II__sec_1')
    expect(eIds).toContain('part_III__sec_1')
    expect(new Set(eIds).size).toBe(eIds.length)
    expect(tree.children.at(-1)).toMatchObject({ type: 'annex', heading: { text: 'Annex' } })
    expect(eIds).toContain('annex_1__para_2__subpara_b')
  })

  it('gives every fixture unique eIds, a lossless tree and positions that slice the input', () => {
    for (const name of [
      'anzus-security-treaty-1951-initialled-text.txt',
      'arms-trade-treaty-2013.md',
      'north-atlantic-treaty-1949.md',
      'npt-1968.md',
      'outer-space-treaty-1967.txt',
      'treaty-of-peace-with-japan-1951.txt',
      'un-charter-1945.txt',
      'vienna-convention-law-of-treaties-1969.md'
    ]) {
      const input = fixture(name)
      const tree = parseTreaty(input)
      expect(checkLossless(tree, input), name).toEqual([])
      const eIds = nodes(tree).flatMap((node) => ('eId' in node ? [node.eId] : []))
      expect(new Set(eIds).size, name).toBe(eIds.length)
      for (const article of articles(tree)) {
        expect(input.slice(article.num.position.start.offset, article.num.position.end.offset)).toBe(article.num.raw)
      }
    }
  })
})

describe('heading forms', () => {
  const forms: [string, string, string | undefined, string | undefined][] = [
    ['Article 4\n\nThe Parties agree.', '4', undefined, 'The Parties agree.'],
    ['ARTICLE IV.\n\nThe Parties agree.', 'IV', undefined, 'The Parties agree.'],
    ['Article 4 – Settlement of disputes\n\nThe Parties agree.', '4', 'Settlement of disputes', 'The Parties agree.'],
    ['Article 4: Settlement of disputes\nThe Parties agree.', '4', 'Settlement of disputes', 'The Parties agree.'],
    ['ARTICLE I The Parties undertake to settle disputes by peaceful means.', 'I', undefined, 'The Parties undertake to settle disputes by peaceful means.'],
    ['Art. 12 bis\n\nThe Parties agree.', '12 bis', undefined, 'The Parties agree.'],
    ['###Article 7\n\nThe Parties agree.', '7', undefined, 'The Parties agree.'],
    ['### Article 7\n\n#### Definitions\n\nThe Parties agree.', '7', 'Definitions', 'The Parties agree.']
  ]
  for (const [input, num, heading, body] of forms) {
    it(JSON.stringify(input.split('\n')[0]), () => {
      const tree = parseTreaty(input)
      const [article] = articles(tree)
      expect(article?.num.value).toBe(num)
      expect(article?.heading?.text).toBe(heading)
      expect(article && text(article)).toBe(body)
      expect(checkLossless(tree, input)).toEqual([])
    })
  }

  it('does not take a sentence that starts with a reference for a heading', () => {
    const tree = parseTreaty('Article 1\n\nThe Parties agree.\n\nArticle 5 shall apply to the Parties.\nArticle 51, paragraph 2, applies.')
    expect(articles(tree).map((article) => article.num.value)).toEqual(['1'])
  })

  it('reads a title on the line after the heading only where the treaty titles its articles', () => {
    const titled = parseTreaty('Article 1\nScope\nThis applies.\n\nArticle 2\nTerms\nThese mean.')
    expect(articles(titled).map((article) => article.heading?.text)).toEqual(['Scope', 'Terms'])
    const untitled = parseTreaty('Article 1\n\nThe Parties agree.\n\nArticle 2\n\nThe Parties further agree.\n\nArticle 3\n\nNo title here')
    expect(articles(untitled).map((article) => article.heading)).toEqual([undefined, undefined, undefined])
    expect(untitled.diagnostics.map((item) => item.ruleId)).toContain('ambiguous-heading')
  })
})

describe('diagnostics', () => {
  it('reports numbering gaps and duplicates with their positions', () => {
    const input = 'Article 1\n\n1. One.\n3. Three.\n3. Again.\n\nArticle 3\n\nText.\n\nArticle 3\n\nText.'
    const tree = parseTreaty(input)
    const rules = tree.diagnostics.map((item) => [item.ruleId, item.position.start.line])
    expect(rules).toEqual([
      ['label-numbering-gap', 4],
      ['label-numbering-duplicate', 5],
      ['article-numbering-gap', 7],
      ['article-numbering-duplicate', 11]
    ])
  })

  it('decides "(i)" by the label after it, and reports the reading not taken', () => {
    const tree = parseTreaty('Article 1\n\n(a) one;\n(h) eight:\n(i) first;\n(ii) second.')
    expect(byEId(tree, 'art_1__subpara_h__point_ii').type).toBe('point')
    const diagnostic = tree.diagnostics.find((item) => item.ruleId === 'ambiguous-label')
    expect(diagnostic).toMatchObject({ alternative: 'letter i continuing the list' })
  })

  it('reports a text without articles instead of returning an empty tree silently', () => {
    const tree = parseTreaty('Just a letter.\n\nNothing more.')
    expect(tree.diagnostics.map((item) => item.ruleId)).toEqual(['no-articles'])
    expect(tree.children.length).toBeGreaterThan(0)
  })

  it('adds diagnostics to a VFile as messages with rule ids', () => {
    const file = new VFile({ path: 'treaty.md', value: '### Article 1\n\nText.\n\n### Article 1\n\nText.' })
    const tree = parseTreaty(file)
    expect(tree.format).toBe('markdown')
    expect(file.messages.map((message) => [message.ruleId, message.source, message.line])).toEqual(
      tree.diagnostics.map((item) => [item.ruleId, 'treaty-clauses', item.position.start.line])
    )
  })
})

describe('misuse throws a typed error', () => {
  it('rejects a non-string input', () => {
    expect(() => parseTreaty(42 as unknown as string)).toThrow(TreatyClausesError)
    expect(() => parseTreaty(null as unknown as string)).toThrow(/string or a VFile, got null/)
  })

  it('rejects invalid options, naming the field', () => {
    expect(() => parseTreaty('', { format: 'pdf' } as never)).toThrow(/format/)
    expect(() => parseTreaty('', { colour: true } as never)).toThrow(/colour/)
  })
})
