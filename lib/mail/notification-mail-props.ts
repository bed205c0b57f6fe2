import { z } from "zod";
import { notificationKinds } from "@/db/schema/notifications";

/** What a notice names: what happened, never who the candidate is (the link opens the rest). */
const noticeSchema = z.object({
  kind: z.enum(notificationKinds),
  positionTitle: z.string(),
  /** The interview's page, which checks the reader's access. */
  link: z.url(),
});

/** One member told of one interview, the moment it happened. */
export const memberNoticePropsSchema = noticeSchema.extend({ workspaceName: z.string() });

/** The day's notices of one member in one workspace; `link` opens the dashboard. */
export const noticeDigestPropsSchema = z.object({
  workspaceName: z.string(),
  notices: z.array(noticeSchema).min(1).max(100),
  link: z.url(),
});
