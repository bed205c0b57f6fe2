"use client";
import { useCallback, useEffect, useState } from "react";
import { TableHead } from "@/app/_components/table-head";
import { FormMessage } from "../../../_components/form-message";
import { secondaryButtonClass } from "../../../_components/page-header";
import { ScrollRegion } from "../../../_components/scroll-region";
import { sendJson } from "../../../_components/send-json";
import { useSendAction } from "../../../_components/use-send-action";
import { settingsDateTimeFormat } from "../settings-date-format";
import type { WebhookDeliveryView } from "./webhook-endpoint-types";

type DeliveryPage = { deliveries: WebhookDeliveryView[]; nextCursor: string | null };

const statusTone: Record<WebhookDeliveryView["status"], string> = {
  pending: "bg-sky-100 text-sky-900",
  delivering: "bg-amber-100 text-amber-900",
  succeeded: "bg-emerald-100 text-emerald-900",
  failed: "bg-red-100 text-red-900",
};
const columns = [
  "Time (UTC)",
  "Event",
  "Status",
  "Attempts",
  "Response",
  "Latency",
  "Error",
  { key: "actions", label: <span className="sr-only">Actions</span> },
];
const pageSize = 20;
const formatTime = (iso: string) => settingsDateTimeFormat.format(new Date(iso));

/** An endpoint's recent deliveries, newest first, each with a button to send it again. */
export function WebhookDeliveryLog({ endpointId, url }: { endpointId: string; url: string }) {
  const [deliveries, setDeliveries] = useState<WebhookDeliveryView[] | null>(null);
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const { isPending, message, setMessage, run } = useSendAction();
  const basePath = `/api/webhook-endpoints/${endpointId}/deliveries`;

  const load = useCallback(
    async (cursor?: string) => {
      const query = `?limit=${pageSize}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`;
      const result = await sendJson<DeliveryPage>(`${basePath}${query}`, { method: "GET" });
      if (!result.ok) {
        setMessage({ isError: true, text: result.message });
        return;
      }
      setDeliveries((shown) => [...(cursor ? (shown ?? []) : []), ...result.data.deliveries]);
      setNextCursor(result.data.nextCursor);
    },
    [basePath, setMessage],
  );
  useEffect(() => {
    void load();
  }, [load]);

  async function resend(delivery: WebhookDeliveryView) {
    const resent = await run(
      () => sendJson(`${basePath}/${delivery.id}/resend`, {}),
      () => `${delivery.eventType} queued to be sent again.`,
    );
    if (resent.ok) await load();
  }

  if (deliveries === null) {
    return (
      <>
        <p className="mt-2 text-sm text-slate-700">Loading deliveries…</p>
        <FormMessage message={message} />
      </>
    );
  }
  return (
    <div className="mt-2">
      {deliveries.length === 0 ? (
        <p className="text-sm text-slate-700">No deliveries yet.</p>
      ) : (
        <ScrollRegion label={`Deliveries to ${url}`}>
          <table className="w-full text-left text-sm">
            <TableHead columns={columns} />
            <tbody>
              {deliveries.map((delivery) => (
                <tr key={delivery.id} className="border-t border-slate-100 align-top">
                  <td className="px-3 py-2 whitespace-nowrap">{formatTime(delivery.createdAt)}</td>
                  <td className="px-3 py-2 font-mono text-xs whitespace-nowrap">
                    {delivery.eventType}
                  </td>
                  <td className="px-3 py-2">
                    <span
                      className={`rounded-full px-2 py-0.5 text-xs font-medium ${statusTone[delivery.status]}`}
                    >
                      {delivery.status}
                    </span>
                  </td>
                  <td className="px-3 py-2 tabular-nums">{delivery.attempts}</td>
                  <td className="px-3 py-2 tabular-nums">{delivery.lastStatusCode ?? "—"}</td>
                  <td className="px-3 py-2 tabular-nums whitespace-nowrap">
                    {delivery.lastLatencyMs === null ? "—" : `${delivery.lastLatencyMs} ms`}
                  </td>
                  <td className="px-3 py-2 break-words font-mono text-xs">
                    {delivery.lastError ?? "—"}
                  </td>
                  <td className="px-3 py-2">
                    <button
                      type="button"
                      className={secondaryButtonClass}
                      disabled={isPending}
                      onClick={() => void resend(delivery)}
                    >
                      Resend
                      <span className="sr-only">
                        {" "}
                        {delivery.eventType} of {formatTime(delivery.createdAt)}
                      </span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      <div className="mt-2 flex flex-wrap items-center gap-3">
        <button type="button" className={secondaryButtonClass} onClick={() => void load()}>
          Refresh deliveries
        </button>
        {nextCursor ? (
          <button
            type="button"
            className={secondaryButtonClass}
            onClick={() => void load(nextCursor)}
          >
            Show older deliveries
          </button>
        ) : null}
      </div>
      <FormMessage message={message} />
    </div>
  );
}
