import { TableHead } from "@/app/_components/table-head";
import type { MailboxEntry } from "@/lib/mail/list-messages";
import { linkClass } from "../../../_components/page-header";
import { ScrollRegion } from "../../../_components/scroll-region";
import { mailTimeFormat } from "./mail-time-format";

const statusTone: Record<MailboxEntry["status"], string> = {
  queued: "bg-sky-100 text-sky-900",
  sending: "bg-amber-100 text-amber-900",
  sent: "bg-emerald-100 text-emerald-900",
  failed: "bg-red-100 text-red-900",
};

/** The mailbox: every recent message; in embedded mode its link and its text, to open and read. */
export function MailboxTable(props: { messages: MailboxEntry[]; mode: "smtp" | "embedded" }) {
  if (props.messages.length === 0) {
    return <p className="mt-2 text-slate-700">No message has been queued yet.</p>;
  }
  const columns = ["Queued (UTC)", "Kind", "To", "Subject", "Status", "Attempts", "Last error"];
  return (
    <ScrollRegion label="Recent messages" className="mt-2">
      <table className="w-full text-left text-sm">
        <TableHead columns={props.mode === "embedded" ? [...columns, "Message"] : columns} />
        <tbody>
          {props.messages.map((message) => (
            <tr key={message.id} className="border-t border-slate-100 align-top">
              <td className="px-3 py-2 whitespace-nowrap">
                {mailTimeFormat.format(message.createdAt)}
              </td>
              <td className="px-3 py-2 whitespace-nowrap">{message.kind}</td>
              <td className="px-3 py-2 break-all">{message.to}</td>
              <td className="px-3 py-2">{message.subject}</td>
              <td className="px-3 py-2">
                <span
                  className={`rounded-full px-2 py-0.5 text-xs font-medium ${statusTone[message.status]}`}
                >
                  {message.status}
                </span>
              </td>
              <td className="px-3 py-2 tabular-nums">{message.attempts}</td>
              <td className="px-3 py-2 break-words font-mono text-xs">
                {message.lastError ?? "—"}
              </td>
              {props.mode === "embedded" ? (
                <td className="px-3 py-2">
                  <MessageContent message={message} />
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

function MessageContent({ message }: { message: MailboxEntry }) {
  return (
    <div className="min-w-48 space-y-1">
      {message.link ? (
        <a href={message.link} className={`${linkClass} break-all`}>
          Open the link
          <span className="sr-only">
            {" "}
            of “{message.subject}” to {message.to}
          </span>
        </a>
      ) : null}
      {message.text ? (
        <details>
          <summary className="cursor-pointer text-slate-700">Read the text</summary>
          <pre className="mt-1 max-w-prose whitespace-pre-wrap break-words rounded bg-slate-50 p-2 font-sans text-xs text-slate-900">
            {message.text}
          </pre>
        </details>
      ) : null}
    </div>
  );
}
