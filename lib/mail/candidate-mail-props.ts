import { z } from "zod";

/**
 * What the candidate's invitation and reminders state: the company (name, logo, accent colour),
 * the position, the deadline in the candidate's zone when known, how long it takes, the consent
 * screen's facts, the link and the way to stop reminders.
 */
export const candidateMailPropsSchema = z.object({
  candidateName: z.string(),
  companyName: z.string(),
  /** An absolute http(s) address, or null: a logo stored as anything else is not shown. */
  logoUrl: z.url({ protocol: /^https?$/ }).nullable(),
  /** #rrggbb: companies have no brand colour yet, so the app's accent. */
  accentColor: z.string().regex(/^#[0-9a-f]{6}$/i),
  positionTitle: z.string(),
  deadline: z.date(),
  /** IANA zone the deadline is shown in; null: UTC, named as such. */
  timeZone: z.string().nullable(),
  questionCount: z.int().min(1),
  answerSeconds: z.int().min(1),
  followUpsPerQuestion: z.int().min(0),
  consent: z.object({
    speechEnabled: z.boolean(),
    mediaEnabled: z.boolean(),
    isRecordingOffered: z.boolean(),
    retentionDays: z.int().min(1),
  }),
  link: z.url(),
  optOutLink: z.url(),
  /** The AI notice in full, when the workspace sends it ahead (companies.notice_lead_days > 0). */
  aiNotice: z.object({ title: z.string(), paragraphs: z.array(z.string()) }).nullish(),
});

export type CandidateMailProps = z.infer<typeof candidateMailPropsSchema>;
