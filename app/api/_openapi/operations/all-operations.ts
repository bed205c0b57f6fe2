import type { OperationSpec } from "../operation-spec";
import { accountOperations } from "./account";
import { followUpOperations } from "./follow-ups";
import { interviewReviewOperations } from "./interview-review";
import { interviewSessionOperations } from "./interview-session";
import { interviewOperations } from "./interviews";
import { platformOperations } from "./platform";
import { positionOperations } from "./positions";
import { questionSpeechOperations } from "./question-speech";

/** Every exported handler under app/api; a test fails when one is missing or extra. */
export const allOperations: OperationSpec[] = [
  ...interviewOperations,
  ...interviewSessionOperations,
  ...questionSpeechOperations,
  ...followUpOperations,
  ...interviewReviewOperations,
  ...positionOperations,
  ...accountOperations,
  ...platformOperations,
];
