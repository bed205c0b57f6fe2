"use client";
import type { NotificationSettings } from "@/lib/notifications/schemas";
import { type SettingChoice, SettingChoiceForm } from "../setting-choice-form";

type NotificationEmailMode = NotificationSettings["emailMode"];

const modes: SettingChoice<NotificationEmailMode>[] = [
  { value: "each", label: "One mail each (default)", description: "A mail as soon as it happens." },
  {
    value: "daily_digest",
    label: "Daily digest",
    description: "One mail a day at 08:00 UTC listing what arrived since the last one.",
  },
  { value: "none", label: "No mail", description: "Only on your dashboard." },
];

/** The member's own choice of notification mail, saved with PUT /api/notification-settings. */
export function NotificationModeForm(props: { current: NotificationEmailMode }) {
  return (
    <SettingChoiceForm
      url="/api/notification-settings"
      method="PUT"
      field="emailMode"
      legend="Notification email"
      options={modes}
      current={props.current}
    />
  );
}
