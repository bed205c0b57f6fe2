"use client";
import { useId, useState } from "react";
import { FormMessage } from "../../../_components/form-message";
import { secondaryButtonClass } from "../../../_components/page-header";
import { sendJson } from "../../../_components/send-json";
import { useSendAction } from "../../../_components/use-send-action";
import { settingsDateTimeFormat } from "../settings-date-format";
import { describeEndpointState, type EndpointState } from "./describe-endpoint-state";
import { NewSecretNotice } from "./new-secret-notice";
import { WebhookDeliveryLog } from "./webhook-delivery-log";
import type { WebhookEndpointView } from "./webhook-endpoint-types";

const stateTone: Record<EndpointState["tone"], string> = {
  active: "bg-emerald-100 text-emerald-900",
  failing: "bg-amber-100 text-amber-950",
  disabled: "bg-slate-200 text-slate-800",
};

type RotatedSecret = { secret: string; previousSecretExpiresAt: string };

/** One endpoint: its state and events; enable or disable, rotate its secret, delete, its log. */
export function WebhookEndpointItem(props: {
  endpoint: WebhookEndpointView;
  /** After a change; `announcement` is said by the list when this item itself is gone. */
  onChanged: (announcement?: string) => void;
}) {
  const { endpoint } = props;
  const logId = useId();
  const [isLogOpen, setIsLogOpen] = useState(false);
  const [rotated, setRotated] = useState<RotatedSecret | null>(null);
  const { isPending, message, run } = useSendAction();
  const state = describeEndpointState(endpoint);
  const path = `/api/webhook-endpoints/${endpoint.id}`;

  async function setEnabled(enabled: boolean) {
    const updated = await run(
      () => sendJson(path, { method: "PATCH", body: { enabled } }),
      () => (enabled ? "Enabled: deliveries resume." : "Disabled: nothing is sent to it."),
    );
    if (updated.ok) props.onChanged();
  }

  async function rotate() {
    const confirmed = window.confirm(
      `Rotate the secret of ${endpoint.url}? The current secret keeps working for 24 hours.`,
    );
    if (!confirmed) return;
    const result = await run(() => sendJson<RotatedSecret>(`${path}/rotate-secret`, {}));
    if (result.ok) setRotated(result.data);
  }

  async function remove() {
    if (!window.confirm(`Delete the endpoint ${endpoint.url}? Its delivery log goes with it.`)) {
      return;
    }
    const result = await run(() => sendJson(path, { method: "DELETE" }));
    if (result.ok) props.onChanged(`Endpoint ${endpoint.url} deleted.`);
  }

  return (
    <li className="px-4 py-3">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0 flex-1 basis-72">
          <p className="font-medium break-all">{endpoint.url}</p>
          {endpoint.description ? (
            <p className="text-sm text-slate-700">{endpoint.description}</p>
          ) : null}
          <p className="mt-1 text-sm">
            <span
              className={`rounded-full px-2 py-0.5 text-xs font-medium ${stateTone[state.tone]}`}
            >
              {state.text}
            </span>
          </p>
          <p className="mt-1 text-sm text-slate-600">
            Events: <span className="font-mono text-xs">{endpoint.events.join(", ")}</span>
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          <button
            type="button"
            className={secondaryButtonClass}
            disabled={isPending}
            onClick={() => void setEnabled(!endpoint.enabled)}
          >
            {endpoint.enabled ? "Disable" : "Enable"}
            <span className="sr-only"> {endpoint.url}</span>
          </button>
          <button
            type="button"
            className={secondaryButtonClass}
            disabled={isPending}
            onClick={() => void rotate()}
          >
            Rotate secret<span className="sr-only"> of {endpoint.url}</span>
          </button>
          <button
            type="button"
            className={secondaryButtonClass}
            disabled={isPending}
            onClick={() => void remove()}
          >
            Delete<span className="sr-only"> {endpoint.url}</span>
          </button>
          <button
            type="button"
            className={secondaryButtonClass}
            aria-expanded={isLogOpen}
            aria-controls={logId}
            onClick={() => setIsLogOpen((isOpen) => !isOpen)}
          >
            {isLogOpen ? "Hide deliveries" : "Show deliveries"}
            <span className="sr-only"> to {endpoint.url}</span>
          </button>
        </div>
      </div>
      <FormMessage message={message} />
      {rotated ? (
        <NewSecretNotice
          secret={rotated.secret}
          heading={`New secret for ${endpoint.url}.`}
          note={`The old secret keeps working until ${settingsDateTimeFormat.format(new Date(rotated.previousSecretExpiresAt))} UTC; until then both signatures are sent.`}
        />
      ) : null}
      <div id={logId}>
        {isLogOpen ? <WebhookDeliveryLog endpointId={endpoint.id} url={endpoint.url} /> : null}
      </div>
    </li>
  );
}
