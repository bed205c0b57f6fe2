import type { NotificationKind } from "@/db/schema/notifications";
import type { MailLocale } from "../mail-kinds";

/** What happened, as a line of a notice or a digest. */
export const noticeLabels: Record<MailLocale, Record<NotificationKind, string>> = {
  en: {
    report_ready: "A report is ready",
    report_needs_review: "A report needs a human review",
    contested: "A candidate contests their result",
    accommodation_requested: "A candidate asks for an accommodation",
  },
  ko: {
    report_ready: "리포트가 준비되었습니다",
    report_needs_review: "리포트에 사람의 검토가 필요합니다",
    contested: "지원자가 결과에 이의를 제기했습니다",
    accommodation_requested: "지원자가 편의 제공을 요청했습니다",
  },
};
