/**
 * Built-in trigger rules and strength-feature rules (TAXONOMY §6). Triggers are tried in this
 * order; the first found in a security clause's sentence is its trigger.
 */
import type { FeatureRule, TriggerRule } from '../../schema/rule.js'

/** All built-in trigger rules, most specific first. */
export const triggerRules: TriggerRule[] = [
  {
    id: 'trigger.state-of-war',
    family: 'trigger',
    trigger: 'state-of-war',
    cues: [
      '(state of war|at war|involved in war|involved in a war|war is declared|declaration of war|hostilities against)',
      '(involved in|engaged in) ~2 (armed conflict|hostilities)'
    ]
  },
  {
    id: 'trigger.armed-attack',
    family: 'trigger',
    trigger: 'armed-attack',
    cues: ['(armed attack|armed attacks|attack|attacked|attacks|armed invasion|invasion|invaded)']
  },
  { id: 'trigger.aggression', family: 'trigger', trigger: 'aggression', cues: ['aggression|aggressor|aggressive'] },
  {
    id: 'trigger.threat',
    family: 'trigger',
    trigger: 'threat',
    cues: ['threat|threats|threatened|threatening|danger|endanger|endangers|endangered|endangering|jeopardize|jeopardizes|jeopardized|jeopardizing']
  },
  { id: 'trigger.request', family: 'trigger', trigger: 'request', cues: ['request|requests|requested'] }
]

/** All built-in strength-feature rules (`discretionary` and `hedged` come from caveats). */
export const featureRules: FeatureRule[] = [
  {
    id: 'feature.immediate',
    family: 'feature',
    feature: 'immediate',
    cues: ['(immediately|forthwith|without delay|without any delay|at once|instantly|immediate)']
  },
  {
    id: 'feature.all-means',
    family: 'feature',
    feature: 'allMeans',
    cues: [
      '(all|every) ~2 (means|measures|forces|resources)',
      '(by all means|by every means)',
      // "in its power", "at their disposal", "in his power" (older texts personify the Party).
      '(all|every) ~8 (in|at|within) (its|their|his|her) (power|disposal|possession)'
    ]
  },
  {
    id: 'feature.armed-force',
    family: 'feature',
    feature: 'armedForce',
    cues: ['(armed force|armed forces|military force|military forces|use of force|military means)']
  }
]
