/**
 * Parser gaps found in the bulk corpus (the Dutch treaty database): notes of the source
 * database, emphasis around division, annex and testimonium lines, and rule/regulation
 * headings with decimal paragraphs. Inputs quote real lines (file named), shortened.
 */
import { describe, expect, it } from 'vitest'
import { parseTreaty, toAkomaNtoso, type Leaf, type Provision, type Treaty, type TreatyNode } from '../src/index.js'
import { checkLossless } from '../src/structure/lossless.js'
import { isSourceNote } from '../src/structure/notes.js'
import { byEId, nodes } from './helpers/nodes.js'


function leaves(node: TreatyNode, type: Leaf['type']): string[] {
  return 'children' in node ? node.children.flatMap((child) => ('value' in child && child.type === type ? [child.value] : [])) : []
}

function notes(tree: Treaty): string[] {
  return nodes(tree).flatMap((node) => ('value' in node && node.type === 'note' ? [node.value] : []))
}

function parsed(input: string): Treaty {
  const tree = parseTreaty(input, { format: 'markdown' })
  expect(checkLossless(tree, input)).toEqual([])
  return tree
}

describe('notes of the source database', () => {
  const status = 'Treedt in werking op een nader te bepalen tijdstip'

  it('keeps the Markdown title the title and the status line a note, not the intro (BWBV0006417)', () => {
    const input =
      '### Article  1  \n\n####Definitions\n\n' + status + ' \n\nFor the purposes of this Agreement, unless otherwise stated, the term: \n\n' +
      'a)“aeronautical authority” means the Department of Civil Aviation – Aruba;\n\nb)“Agreement” means this Agreement, its Annex, and any amendments thereto;\n'
    const article = byEId(parsed(input), 'art_1')
    expect(article.heading?.text).toBe('Definitions')
    expect(leaves(article, 'note')).toEqual([status])
    expect(leaves(article, 'intro')).toEqual(['For the purposes of this Agreement, unless otherwise stated, the term:'])
  })

  it('does not take a status line right after the heading for the title (BWBV0004546)', () => {
    const input =
      '### PART  I  \n\n####GENERAL PROVISIONS\n\n' + status + ' \n\n### Article  1  \n' + status + ' \n\nFor the purpose of this (revised) Code: \n\n' +
      'a) the term “Committee” means the Steering Committee for Social Security;  \n\n### Article  2  \n' + status + ' \n\n' +
      '1.  Each Party shall comply with Part I.\n'
    const tree = parsed(input)
    expect(byEId(tree, 'art_1').heading).toBeUndefined()
    expect(byEId(tree, 'art_2').heading).toBeUndefined()
    expect(leaves(byEId(tree, 'art_1'), 'note')).toEqual([status])
    // After a division heading: a note, not text outside an article.
    expect(tree.diagnostics.map((diagnostic) => diagnostic.ruleId)).not.toContain('text-outside-article')
    expect(notes(tree)).toHaveLength(3)
  })

  it('ends the heading: a Markdown heading after an article that holds only a note is not its title (BWBV0005133)', () => {
    const input =
      '###Article 18 \n\nText.\n\n###Article 19 \n' + status + ' \n\n' +
      'Wijzigt het Internationaal Verdrag inzake aansprakelijkheid en vergoeding voor schade in verband met het vervoer over zee van gevaarlijke en schadelijke stoffen, 1996; Londen, 3 mei 1996.\n\n' +
      '####FINAL CLAUSES\n\n' + status + ' \n\n###Article 20 \n\nText.\n'
    const tree = parsed(input)
    expect(byEId(tree, 'art_19').heading).toBeUndefined()
    expect(leaves(byEId(tree, 'art_19'), 'note')).toHaveLength(2)
  })

  it('keeps notes out of the annotator and exports them as <hcontainer name="note">', () => {
    const input = '### Article  1  \n\n####Grant of rights\n\nWordt voorlopig toegepast per 07-10-2009 \n\n1.  Each Party shall grant the rights.\n2.  The airlines shall enjoy them.\n'
    const xml = toAkomaNtoso(parsed(input))
    expect(xml).toMatch(/<hcontainer eId="hcontainer_\d+" name="note"><content><p>Wordt voorlopig toegepast per 07-10-2009<\/p><\/content><\/hcontainer><paragraph/)
    expect(xml).not.toContain('<intro>')
  })

  it('reads only whole lines of the closed list of phrases as notes', () => {
    const yes = [
      status,
      'Treedt in werking per 17-08-2014',
      'Wordt voorlopig toegepast per 01-01-2014',
      'Vervallen per 13-12-2010',
      'De tekst van de vertaling is niet beschikbaar.',
      'Niet opgenomen.',
      'Wijzigt het Europees Verdrag betreffende uitlevering; Parijs, 13-12-1957.',
      'Wijzigt de Regeling tot beteugeling van de verspreiding van ontuchtige uitgaven; New York, 4 mei 1949..'
    ]
    const no = [
      'Vervallen.',
      'Inwerkingtreding',
      'Treedt in werking op een nader te bepalen tijdstip, tenzij de Partijen anders besluiten.',
      'Dit Verdrag treedt in werking op een nader te bepalen tijdstip',
      'Wijzigt het Verdrag',
      'Wordt voorlopig toegepast per 2014'
    ]
    for (const line of yes) expect(isSourceNote(line, 0, line.length), line).toBe(true)
    for (const line of no) expect(isSourceNote(line, 0, line.length), line).toBe(false)
  })
})

describe('emphasis around division, annex and testimonium lines', () => {
  it('reads "###*Part A. Facilities in Laos*" as a part (BWBV0004695)', () => {
    const input = 'Article 1\n\nText.\n\n###*Part A. Facilities in Laos* \n\nThe facilities to be located in Laos will consist of a dam.\n'
    const tree = parsed(input)
    const part = nodes(tree).find((node) => node.type === 'division')
    expect(part).toMatchObject({ kind: 'part', num: { raw: '*Part A.', value: 'A' }, heading: { text: 'Facilities in Laos*' } })
  })

  it('reads "###*Part A*" as a part, the marks in its label (BWBV0001594)', () => {
    const tree = parsed('Article 1\n\nText.\n\n###*Part A*\n\nAccommodation of Crews.\n')
    expect(nodes(tree).find((node) => node.type === 'division')).toMatchObject({ kind: 'part', num: { raw: '*Part A*', value: 'A' } })
  })

  const forms: [string, string, string | undefined][] = [
    ['**PART II**', '**PART II**', undefined],
    ['__CHAPTER III__', '__CHAPTER III__', undefined],
    ['*Chapter II* General Provisions', '*Chapter II*', 'General Provisions'],
    ['**Section 2.** Voting', '**Section 2.**', 'Voting'],
    ['**PART II – FINAL PROVISIONS**', '**PART II –', 'FINAL PROVISIONS**']
  ]
  for (const [line, raw, heading] of forms) {
    it(JSON.stringify(line), () => {
      const input = `Article 1\n\nText one.\n\n${line}\n\nArticle 2\n\nText two.\n`
      const division = nodes(parsed(input)).find((node) => node.type === 'division')
      expect(division).toMatchObject({ num: { raw } })
      expect(division && 'heading' in division ? division.heading?.text : undefined).toBe(heading)
      expect(division && 'children' in division ? division.children.map((child) => ('eId' in child ? child.eId : child.type)) : []).toEqual(['art_2'])
    })
  }

  it('does not read an emphasised run-in section number before a sentence as a division (BWBV0004919, BWBV0005513)', () => {
    for (const line of ['*Section 1*In this Agreement:', '*Section 2.* The United Nations shall possess juridical personality.']) {
      const tree = parsed(`ARTICLE I\n\nDefinitions\n\n${line}\n\n(a) to contract;\n`)
      expect(nodes(tree).filter((node) => node.type === 'division'), line).toEqual([])
    }
  })

  it('opens an annex at "**ANNEX**" and the conclusions at an emphasised testimonium', () => {
    const input =
      'Article 1\n\nText.\n\n*IN WITNESS WHEREOF* the undersigned have signed this Agreement.\n\n**ANNEX**\n\nRoutes to be operated.\n'
    const tree = parsed(input)
    expect(tree.children.map((child) => child.type)).toEqual(['article', 'conclusions', 'annex'])
    expect(nodes(tree).find((node) => node.type === 'annex')).toMatchObject({ heading: { text: '**ANNEX**' } })
  })

  it('reads "*Done at …*" and "*Ten blijke waarvan* …" as the testimonium (BWBV0004680, bulk Dutch text)', () => {
    for (const line of ['*Done at Washington, June 19, 1970*', '*Ten blijke waarvan* de ondergetekende vertegenwoordigers deze Slotacte hebben ondertekend.', '**Done at** Paris, 1 May 1990.']) {
      const tree = parsed(`Article 1\n\nText.\n\n${line}\n`)
      expect(tree.children.map((child) => child.type), line).toEqual(['article', 'conclusions'])
    }
  })

  it('keeps emphasised list labels and other emphasised lines as text', () => {
    const tree = parsed('Article 1\n\nText.\n\n*Part of the text* is emphasised.\n\n**Done** quickly.\n')
    expect(tree.children.map((child) => child.type)).toEqual(['article'])
  })
})

describe('rule and regulation headings', () => {
  it('nests decimal paragraphs under "### Rule 86" (BWBV0004680, PCT Regulations)', () => {
    const input =
      '### Rule  85  \n\n####Failure to Pay\n\n85.1.   The fee shall be paid.\n\n85.2.   Where it is not paid, the application is withdrawn.\n\n' +
      '### Rule  86  \n\n####The Gazette\n\n86.1.   *Contents* The Gazette referred to in Article 55(4) shall contain: \n\n86.2.   *Languages* The Gazette shall be published in English.\n'
    const tree = parsed(input)
    const rule = byEId(tree, 'art_86')
    expect(rule.num).toMatchObject({ raw: 'Rule  86', value: '86' })
    expect(rule.heading?.text).toBe('The Gazette')
    expect(rule.children.map((child) => ('eId' in child ? child.eId : child.type))).toEqual(['art_86__para_86-1', 'art_86__para_86-2'])
  })

  it('reads "Regulation 12 – Surveys" and "Voorschrift 3" but not sentences that name one', () => {
    const input =
      'Regulation 12 – Surveys\n\n12.1 Every ship shall be surveyed.\n\n12.2 Regulation 4 applies to the survey.\n\nRegulation 13. The Administration shall survey.\n\nVoorschrift  3\n\n3.1 Elk schip wordt gekeurd.\n\n3.2 Voorschrift 4 is van toepassing.\n'
    const tree = parseTreaty(input, { format: 'text' })
    expect(checkLossless(tree, input)).toEqual([])
    const rules = nodes(tree).filter((node): node is Provision => node.type === 'article')
    expect(rules.map((rule) => [rule.num.raw, rule.heading?.text])).toEqual([
      ['Regulation 12 –', 'Surveys'],
      ['Voorschrift  3', undefined]
    ])
    expect(byEId(tree, 'art_12__para_12-2').children.map((child) => ('value' in child ? child.value : ''))).toEqual([
      'Regulation 4 applies to the survey.',
      'Regulation 13. The Administration shall survey.'
    ])
  })
})
