import type { MailboxEntry } from "@/lib/mail/list-messages";
import { mailTimeFormat } from "./mail-time-format";

export function FailedMessages(props: { messages: MailboxEntry[] }) {
  if (props.messages.length === 0) return <p className="mt-1 text-sm text-slate-700">None.</p>;
  return (
    <ul className="mt-2 space-y-2">
      {props.messages.map((message) => (
        <li key={message.id} className="rounded-md border border-red-200 bg-red-50 p-3 text-sm">
          <p className="font-medium text-red-900">
            {message.kind} to {message.to} · {mailTimeFormat.format(message.createdAt)} UTC ·{" "}
            {message.attempts} attempt{message.attempts === 1 ? "" : "s"}
          </p>
          <p className="mt-1 break-words font-mono text-xs text-red-900">
            {message.lastError ?? "No reason recorded."}
          </p>
        </li>
      ))}
    </ul>
  );
}
