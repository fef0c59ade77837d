import { readFileSync } from 'node:fs'
import { analyzeTreaty, getArticle, referencesTo, textIn } from 'treaty-clauses'

const text = readFileSync('fixtures/corpus/north-atlantic-treaty-1949.txt', 'utf8')
const treaty = analyzeTreaty(text)

// "5" and "V" name the same article.
const article = getArticle(treaty, 'V')
if (article !== undefined) {
  console.log(article.eId, article.num.raw)
  console.log(textIn(article).slice(0, 60))
  // Which provisions cite it?
  console.log(referencesTo(treaty, article.eId).map((match) => match.eId))
}
