import "server-only";
import type { MailKind, MailLocale, MailProps } from "./mail-kinds";
import type { SlotField } from "./slot-template";
import { formatDeadline } from "./templates/candidate-mail-facts";

/**
 * How the messages of one kind share a render: `slots` are the props that differ per message
 * and that the template only prints (never tests, measures or reformats); `variant` is everything
 * else that shapes the message, as the template uses it. Messages with equal variants are the
 * same render with their own slot values filled in.
 */
export type SlotPlan<K extends MailKind> = {
  slots: readonly SlotField<K>[];
  variant: (locale: MailLocale, props: MailProps<K>) => string;
};

/**
 * Only the kind sent by the thousand: a bulk invite. The deadline cannot be a slot (it is in the
 * inbox preview, which is padded to its length), so it is part of the variant as the template
 * prints it: to the minute, in the candidate's zone. Rows created a few milliseconds apart share
 * a render; a batch that crosses a minute, or names several zones, has one render per variant.
 */
export const slotPlans: { [K in MailKind]?: SlotPlan<K> } = {
  "candidate-invitation": {
    slots: ["candidateName", "link", "optOutLink"],
    variant: (locale, props) => {
      const { candidateName, link, optOutLink, deadline, ...rest } = props;
      return JSON.stringify([locale, rest, formatDeadline(locale, deadline, props.timeZone)]);
    },
  },
};
