import type { ReactElement } from "react";
import type { MailKind, MailLocale, MailProps } from "../mail-kinds";

/** A message of one kind in one language: its subject and the element that renders its body. */
export type MailTemplate<K extends MailKind> = (input: {
  locale: MailLocale;
  props: MailProps<K>;
}) => {
  subject: string;
  element: ReactElement;
};
