import type { MailLocale } from "@/lib/mail/mail-kinds";

const copy = {
  en: {
    title: "Interview reminders",
    ask: "Stop the reminder emails about this interview? Your invitation link keeps working until its deadline.",
    button: "Stop reminders",
    done: "You will get no more reminders about this interview. Your invitation link keeps working until its deadline.",
  },
  ko: {
    title: "면접 알림",
    ask: "이 면접에 대한 알림 메일을 그만 받으시겠어요? 초대 링크는 마감 시각까지 계속 사용하실 수 있습니다.",
    button: "알림 그만 받기",
    done: "이 면접에 대한 알림을 더 이상 보내지 않습니다. 초대 링크는 마감 시각까지 계속 사용하실 수 있습니다.",
  },
} satisfies Record<MailLocale, Record<string, string>>;

/**
 * The small page the mail's opt-out link opens. GET only asks (mail scanners follow links, and
 * must not opt anyone out); the button POSTs to the same address. No value from the request is
 * written into the page but the form's own address, which is escaped.
 */
export function optOutPage(options: {
  locale: MailLocale;
  state: "ask" | "done";
  formAction: string;
}): Response {
  const text = copy[options.locale];
  const action = options.formAction.replaceAll("&", "&amp;").replaceAll('"', "&quot;");
  const body =
    options.state === "done"
      ? `<p>${text.done}</p>`
      : `<p>${text.ask}</p><form method="post" action="${action}"><button type="submit">${text.button}</button></form>`;
  const html = `<!doctype html><html lang="${options.locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${text.title}</title></head><body style="font-family:sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem"><h1>${text.title}</h1>${body}</body></html>`;
  return new Response(html, { headers: { "Content-Type": "text/html; charset=utf-8" } });
}
