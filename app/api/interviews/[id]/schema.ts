import { candidateViewSchema } from "@/lib/interviews/schemas";
import { interviewSchema } from "../../_openapi/response-schemas";

/** A recruiter's read: the whole interview row (hidden columns aside) and the candidate's overview. */
export const recruiterInterviewViewSchema = interviewSchema
  .extend(candidateViewSchema.pick({ company: true, position: true, questionCount: true }).shape)
  .meta({ id: "RecruiterInterviewView" });
