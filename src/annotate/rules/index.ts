/**
 * The built-in rules, by family. Exported so users can read, copy or switch them off.
 */
import type { Rule } from '../../schema/rule.js'
import { caveatRules } from './caveats.js'
import { kindRules } from './kinds.js'
import { modalityRules } from './modality.js'
import { roleRules } from './roles.js'
import { featureRules, triggerRules } from './triggers.js'

export { caveatRules, kindRules, modalityRules, roleRules, featureRules, triggerRules }

/** Every built-in rule: kinds, modality, caveats, triggers, strength features, roles. */
export const builtinRules: readonly Rule[] = [
  ...kindRules,
  ...modalityRules,
  ...caveatRules,
  ...triggerRules,
  ...featureRules,
  ...roleRules
]
