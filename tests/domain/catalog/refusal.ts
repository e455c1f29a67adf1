import type { ParamIssue, PropFamily } from '../../../src/domain/catalog/types'
import { paramIssues } from '../../../src/domain/catalog/validateParams'
import { withDefaults, type Params } from './pieceExtent'

/** What the inspector and the parse door would say about these values (the rest at their defaults). */
export const issuesFor = (family: PropFamily, params: Params): ParamIssue[] =>
  paramIssues(family, withDefaults(family, params))
