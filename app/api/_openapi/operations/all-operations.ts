import type { OperationSpec } from "../operation-spec";
import { accountOperations } from "./account";
import { adverseImpactOperations } from "./adverse-impact";
import { complianceNoticeOperations } from "./compliance-notice";
import { contestOperations } from "./contests";
import { dataRightsOperations } from "./data-rights";
import { decisionRecordOperations } from "./decision-records";
import { followUpOperations } from "./follow-ups";
import { integritySignalOperations } from "./integrity-signals";
import { interviewReviewOperations } from "./interview-review";
import { interviewSessionOperations } from "./interview-session";
import { interviewOperations } from "./interviews";
import { livekitWebhookOperations } from "./livekit-webhook";
import { notificationOperations } from "./notifications";
import { platformOperations } from "./platform";
import { positionOperations } from "./positions";
import { questionSpeechOperations } from "./question-speech";
import { recordingOperations } from "./recordings";
import { reminderOperations } from "./reminders";
import { scorecardOperations } from "./scorecard";
import { scoringReplayOperations } from "./scoring-replays";
import { setupOperations } from "./setup";
import { webhookEndpointOperations } from "./webhook-endpoints";
import { workspaceTeamOperations } from "./workspace-team";

/** Every exported handler under app/api; a test fails when one is missing or extra. */
export const allOperations: OperationSpec[] = [
  ...interviewOperations,
  ...interviewSessionOperations,
  ...questionSpeechOperations,
  ...followUpOperations,
  ...interviewReviewOperations,
  ...dataRightsOperations,
  ...decisionRecordOperations,
  ...recordingOperations,
  ...integritySignalOperations,
  ...livekitWebhookOperations,
  ...positionOperations,
  ...scoringReplayOperations,
  ...accountOperations,
  ...platformOperations,
  ...setupOperations,
  ...workspaceTeamOperations,
  ...webhookEndpointOperations,
  ...notificationOperations,
  ...reminderOperations,
  ...adverseImpactOperations,
  ...complianceNoticeOperations,
  ...contestOperations,
  ...scorecardOperations,
];
