import { enCaching } from "./en-caching";
import { enDisagreement } from "./en-disagreement";
import { enJuniorGrowth } from "./en-junior-growth";
import { enOutage } from "./en-outage";
import { enP99Latency } from "./en-p99-latency";
import { enSlowQuery } from "./en-slow-query";
import { enTechDebt } from "./en-tech-debt";
import { enTradeoffStakeholder } from "./en-tradeoff-stakeholder";
import { koAbTest } from "./ko-ab-test";
import { koAlternativeSolution } from "./ko-alternative-solution";
import { koDesignConflict } from "./ko-design-conflict";
import { koExplainChange } from "./ko-explain-change";
import { koFeatureFlop } from "./ko-feature-flop";
import { koPersuadeLeadership } from "./ko-persuade-leadership";
import { koSuccessMetric } from "./ko-success-metric";
import { koTeamTrust } from "./ko-team-trust";
import type { LadderQuestion } from "./types";

export type { LadderLanguage, LadderQuestion } from "./types";

export const ladder: LadderQuestion[] = [
  enCaching,
  enP99Latency,
  enTradeoffStakeholder,
  enDisagreement,
  enJuniorGrowth,
  enOutage,
  enTechDebt,
  enSlowQuery,
  koFeatureFlop,
  koAlternativeSolution,
  koSuccessMetric,
  koAbTest,
  koPersuadeLeadership,
  koExplainChange,
  koDesignConflict,
  koTeamTrust,
];
