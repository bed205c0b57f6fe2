import { candidateViewSchema } from "@/lib/interviews/schemas";
import { invitationStatusSchema } from "@/lib/invitations/schemas";
import { interviewSchema } from "../../_openapi/response-schemas";

/**
 * A recruiter's read: the whole interview row (hidden columns aside), the candidate's overview and
 * how far the invitation got (sent, delivered, opened; started and completed are the row's).
 */
export const recruiterInterviewViewSchema = interviewSchema
  .extend(candidateViewSchema.pick({ company: true, position: true, questionCount: true }).shape)
  .extend({ invitation: invitationStatusSchema })
  .meta({ id: "RecruiterInterviewView" });
