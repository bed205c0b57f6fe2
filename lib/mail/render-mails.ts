import "server-only";
import type { MailKind, MailLocale, MailProps } from "./mail-kinds";
import { type RenderedMail, renderMail } from "./render-mail";
import { type SlotPlan, slotPlans } from "./slot-plans";
import { isPlainSlotValue, renderWithSlots } from "./slot-template";

type MailToRender<K extends MailKind> = { kind: K; locale: MailLocale; props: MailProps<K> };

/**
 * The same as renderMail for each message, in order, but a bulk invite's messages that differ
 * only in name and links are rendered once and filled in (a thousand React renders took most of
 * the request). A message of another kind, alone in its variant, or with a value a slot cannot
 * hold exactly, is rendered on its own, so a single invitation is rendered as it always was.
 */
export async function renderMails<K extends MailKind>(
  mails: readonly MailToRender<K>[],
): Promise<RenderedMail[]> {
  const rendered: RenderedMail[] = new Array(mails.length);
  const alone: number[] = [];
  const variants = new Map<string, { plan: SlotPlan<K>; indexes: number[] }>();
  mails.forEach((mail, index) => {
    const plan = slotPlans[mail.kind] as SlotPlan<K> | undefined;
    if (!plan?.slots.every((slot) => isPlainSlotValue(mail.props[slot]))) {
      alone.push(index);
      return;
    }
    const key = `${mail.kind}\n${plan.variant(mail.locale, mail.props)}`;
    const variant = variants.get(key) ?? { plan, indexes: [] };
    variant.indexes.push(index);
    variants.set(key, variant);
  });
  for (const { plan, indexes } of variants.values()) {
    const first = mails[indexes[0] ?? -1];
    const fill =
      first && indexes.length > 1 ? await renderWithSlots({ ...first, slots: plan.slots }) : null;
    if (!fill) {
      alone.push(...indexes);
      continue;
    }
    for (const index of indexes) {
      const props = mails[index]?.props;
      if (props) rendered[index] = fill(plan.slots.map((slot) => props[slot] as string));
    }
  }
  await Promise.all(
    alone.map(async (index) => {
      const mail = mails[index];
      if (mail) rendered[index] = await renderMail(mail);
    }),
  );
  return rendered;
}
