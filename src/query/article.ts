/**
 * Look an article up by its number, arabic or roman.
 */
import { TreatyClausesError } from '../errors.js'
import type { Provision, Treaty, TreatyNode } from '../schema/tree.js'
import { articleKey, numKey } from './num.js'
import { isProvision } from './provision.js'
import { walk } from './walk.js'

/** Options of `getArticle`. */
export interface GetArticleOptions {
  /**
   * The eId of an annex or division to search in. By default the body is searched and
   * annexes are not, since an annex may number its articles from 1 again.
   */
  within?: string | undefined
}

/**
 * Find an article by its number. Arabic and roman numerals are the same number: "4" finds
 * "IV" and "iv" finds "4"; a suffix such as "bis" must match too ("14 bis" finds "XIV bis").
 *
 * @example
 * getArticle(doc, '5')?.eId // 'art_5'
 * getArticle(doc, 'V')?.eId // 'art_5' too
 *
 * @param doc A treaty tree.
 * @param num The article's number: 4, "4", "IV", "iv.", or with the word: "Article IV", "Art. 4".
 * @throws {TreatyClausesError} `invalid-query` when `num` is neither a string nor an integer.
 * @param options Where to search.
 * @returns The first article with that number, or `undefined`.
 */
export function getArticle(doc: Treaty, num: string | number, options: GetArticleOptions = {}): Provision | undefined {
  if (typeof num !== 'string' && (typeof num !== 'number' || !Number.isInteger(num))) {
    throw new TreatyClausesError('invalid-query', `Invalid article number: expected a string or an integer, got ${String(num)}`)
  }
  const key = articleKey(String(num))
  const within = options.within
  let found: Provision | undefined
  let scope: TreatyNode | undefined = within === undefined ? doc : undefined
  if (within !== undefined) {
    walk(doc, (node) => {
      if ('eId' in node && node.eId === within) {
        scope = node
        return false
      }
      return undefined
    })
  }
  if (scope === undefined) return undefined
  walk(scope, (node) => {
    if (node.type === 'annex' && within === undefined) return 'skip'
    if (isProvision(node) && node.type === 'article' && numKey(node.num.value) === key) {
      found = node
      return false
    }
    // Articles do not nest: nothing below one is another article.
    return node.type === 'article' ? 'skip' : undefined
  })
  return found
}
