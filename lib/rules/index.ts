// The rule engine's public surface: pure, synchronous, no I/O, no framework. The server
// validates and compiles a published rule set once, then evaluates each post; the
// browser's "try a post" box can run the very same code.
export { compileRuleSet, type CompiledRuleSet } from "./compile";
export { describeReason, describeViolation } from "./describe";
export { evaluate, isRefused } from "./evaluate";
export { RULE_CHECK_KINDS, RULE_LIMITS, RULE_SEVERITIES, type RuleCheckKind, type RuleSeverity } from "./limits";
export { normalisedBodyHash, normaliseText } from "./normalise";
export {
  parseStoredCheck,
  ruleCheck,
  ruleDraft,
  ruleList,
  type RuleCheck,
  type RuleCheckInput,
  type RuleDraft,
  type RuleDraftInput,
  type RuleList,
} from "./schemas";
export type {
  Candidate,
  EvaluationContext,
  RecentPost,
  RuleToCompile,
  Violation,
  ViolationCode,
  ViolationReason,
} from "./types";
