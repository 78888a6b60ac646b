import type { ActivationFunnel } from "./activation-funnel";
import type { ActiveMembers } from "./active-members";
import type { Churn } from "./churn";
import type { CohortRetention } from "./cohort-retention";
import type { ReferralWaves } from "./referral-waves";

/** What each card's query returns (shared by the page, the CSV export and components). */
export type CardData = {
  cohorts: CohortRetention;
  active: ActiveMembers;
  churn: Churn;
  funnel: ActivationFunnel;
  waves: ReferralWaves;
};
