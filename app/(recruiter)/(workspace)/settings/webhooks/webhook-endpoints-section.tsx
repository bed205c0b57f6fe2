"use client";
import { useCallback, useEffect, useState } from "react";
import { Panel } from "@/app/_components/panel";
import { FormMessage, type FormMessageState } from "../../../_components/form-message";
import { sendJson } from "../../../_components/send-json";
import { AddWebhookEndpointForm } from "./add-webhook-endpoint-form";
import { WebhookEndpointItem } from "./webhook-endpoint-item";
import type { WebhookEndpointView, WebhookEventOption } from "./webhook-endpoint-types";

/** The workspace's endpoints, read from the API the page's controls also write through. */
export function WebhookEndpointsSection({ eventOptions }: { eventOptions: WebhookEventOption[] }) {
  const [endpoints, setEndpoints] = useState<WebhookEndpointView[] | null>(null);
  const [message, setMessage] = useState<FormMessageState>(null);

  const load = useCallback(async (announcement?: string) => {
    const result = await sendJson<{ endpoints: WebhookEndpointView[] }>("/api/webhook-endpoints", {
      method: "GET",
    });
    if (!result.ok) {
      setMessage({ isError: true, text: result.message });
      return;
    }
    setEndpoints(result.data.endpoints);
    setMessage(announcement ? { isError: false, text: announcement } : null);
  }, []);
  useEffect(() => {
    void load();
  }, [load]);

  return (
    <>
      <Panel
        heading={endpoints ? `Endpoints (${endpoints.length})` : "Endpoints"}
        tone="plain"
        className="mt-8"
      >
        {endpoints === null ? (
          <p className="mt-2 text-slate-700">Loading endpoints…</p>
        ) : endpoints.length === 0 ? (
          <p className="mt-2 text-slate-700">None yet: nothing is sent anywhere.</p>
        ) : (
          <ul className="mt-3 divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
            {endpoints.map((endpoint) => (
              <WebhookEndpointItem
                key={endpoint.id}
                endpoint={endpoint}
                onChanged={(announcement) => void load(announcement)}
              />
            ))}
          </ul>
        )}
        <FormMessage message={message} />
      </Panel>
      <Panel heading="Add an endpoint" tone="plain" className="mt-8">
        <AddWebhookEndpointForm eventOptions={eventOptions} onAdded={() => void load()} />
      </Panel>
    </>
  );
}
