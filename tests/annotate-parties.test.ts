/**
 * Parties from the title and preamble, with their aliases, and roles resolved to them.
 */
import { describe, expect, it } from 'vitest'
import { analyzeTreaty } from '../src/annotate/analyze.js'
import { partySchema } from '../src/schema/annotation.js'
import { ANZUS, ATT, JAPAN, NATO, article, clausesOf, fixture } from './annotate-helpers.js'

describe('parties', () => {
  it('Japan: the Allied Powers and Japan (title "… with Japan" and the preamble)', () => {
    const parties = fixture(JAPAN).parties ?? []
    expect(parties.map((p) => p.name).sort()).toEqual(['Allied Powers', 'Japan'])
    for (const p of parties) expect(partySchema.safeParse(p).success).toBe(true)
  })

  it('none named: "The Parties to this Treaty" (NATO, ANZUS), "The States Parties" (ATT)', () => {
    expect(fixture(NATO).parties).toEqual([])
    expect(fixture(ANZUS).parties).toEqual([])
    expect(fixture(ATT).parties).toEqual([])
  })

  it('a long title in capitals, and "hereinafter referred to collectively as the “Parties” and singularly as a “Party”" (US–Philippines EDCA 2014)', () => {
    const text = [
      'AGREEMENT BETWEEN THE GOVERNMENT OF THE UNITED STATES OF AMERICA AND THE GOVERNMENT OF THE REPUBLIC OF THE PHILIPPINES ON ENHANCED DEFENSE COOPERATION',
      '',
      'The Government of the United States of America and the Government of the Republic of the Philippines, hereinafter referred to collectively as the "Parties" and singularly as a "Party";',
      '',
      'Have agreed as follows:',
      '',
      'Article I',
      '',
      'This Agreement deepens defense cooperation between the Parties.',
      ''
    ].join('\n')
    const tree = analyzeTreaty(text, { format: 'text' })
    // 24 words in capitals: the title, not a recital.
    expect(tree.children[0]).toMatchObject({ type: 'title' })
    // "ON ENHANCED DEFENSE COOPERATION" ends the second name; the alias ends at its closing quote.
    expect((tree.parties ?? []).map((p) => [p.name, p.aliases])).toEqual([
      ['United States of America', ['the Parties', 'USA']],
      ['Republic of the Philippines', ['the Parties']]
    ])
  })

  it('"between … and …, hereinafter referred to as the Parties" gives both parties and the alias', () => {
    const text = [
      'TREATY ON COMPREHENSIVE STRATEGIC PARTNERSHIP',
      '',
      "Treaty on comprehensive strategic partnership between the Russian Federation and the Democratic People's Republic of Korea, hereinafter referred to as the Parties,",
      '',
      'Have agreed as follows:',
      '',
      'Article 1',
      '',
      'The Parties shall develop relations of friendship.',
      ''
    ].join('\n')
    const parties = analyzeTreaty(text, { format: 'text' }).parties ?? []
    expect(parties.map((p) => p.name)).toEqual(['Russian Federation', "Democratic People's Republic of Korea"])
    for (const p of parties) expect(p.aliases).toContain('the Parties')
    expect(parties[1]?.aliases).toContain('DPRK')
    expect(parties[0]?.position?.start.line).toBe(3)
  })

  it('other openings: Governments with a parenthesised alias; a preamble that opens with the parties', () => {
    const body = '\n\nArticle 1\n\nThe Contracting Parties shall consult together whenever peace is threatened.\n'
    const governments = analyzeTreaty(
      'The Government of the Republic of Finland and the Government of the Republic of Estonia (hereinafter referred to as "the Contracting Parties"),\n\nHave agreed as follows:' + body,
      { format: 'text' }
    )
    expect(governments.parties?.map((p) => [p.name, p.aliases])).toEqual([
      ['Republic of Finland', ['the Contracting Parties']],
      ['Republic of Estonia', ['the Contracting Parties']]
    ])
    const opening = analyzeTreaty('The Kingdom of the Netherlands and Japan,\n\nDesiring to strengthen their relations,\n\nHave agreed as follows:' + body, { format: 'text' })
    expect(opening.parties?.map((p) => p.name)).toEqual(['Kingdom of the Netherlands', 'Japan'])
  })

  it('"The High Contracting Parties" alone names no party', () => {
    const tree = analyzeTreaty('The High Contracting Parties,\n\nDesiring peace,\n\nHave agreed as follows:\n\nArticle 1\n\nThe High Contracting Parties shall consult together whenever peace is threatened.\n', { format: 'text' })
    expect(tree.parties).toEqual([])
    expect(clausesOf(article(tree, '1'))[0]?.obligor?.role).toBe('all-parties')
  })

  it('a clause whose subject is a named party resolves to it (Japan Art. 9)', () => {
    const c = clausesOf(article(fixture(JAPAN), '9')).find((x) => x.kind === 'cooperation')
    expect(c?.obligor).toMatchObject({ role: 'named-party', party: 'Japan', text: 'Japan' })
  })
})
