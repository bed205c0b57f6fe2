import type { OperationSpec } from "../operation-spec";
import { accountOperations } from "./account";
import { interviewReviewOperations } from "./interview-review";
import { interviewSessionOperations } from "./interview-session";
import { interviewOperations } from "./interviews";
import { platformOperations } from "./platform";
import { positionOperations } from "./positions";

/** Every exported handler under app/api; a test fails when one is missing or extra. */
export const allOperations: OperationSpec[] = [
  ...interviewOperations,
  ...interviewSessionOperations,
  ...interviewReviewOperations,
  ...positionOperations,
  ...accountOperations,
  ...platformOperations,
];
