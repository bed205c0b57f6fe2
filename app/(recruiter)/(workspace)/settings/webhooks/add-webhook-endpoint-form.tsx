"use client";
import { useId, useState } from "react";
import type { WorkspaceEventType } from "@/lib/webhooks/event-types";
import { FormMessage } from "../../../_components/form-message";
import { buttonClass, inputClass } from "../../../_components/page-header";
import { sendJson } from "../../../_components/send-json";
import { useSendAction } from "../../../_components/use-send-action";
import { EventCheckboxes } from "./event-checkboxes";
import { NewSecretNotice } from "./new-secret-notice";
import type { WebhookEndpointView, WebhookEventOption } from "./webhook-endpoint-types";

type CreatedEndpoint = WebhookEndpointView & { secret: string };

/** Adds an endpoint with POST /api/webhook-endpoints and shows its secret once. */
export function AddWebhookEndpointForm(props: {
  eventOptions: WebhookEventOption[];
  onAdded: () => void;
}) {
  const urlId = useId();
  const descriptionId = useId();
  const [url, setUrl] = useState("");
  const [description, setDescription] = useState("");
  const [events, setEvents] = useState<WorkspaceEventType[]>(
    props.eventOptions.map((option) => option.type),
  );
  const [created, setCreated] = useState<CreatedEndpoint | null>(null);
  const { isPending, message, run } = useSendAction();

  async function add() {
    setCreated(null);
    const result = await run(() =>
      sendJson<CreatedEndpoint>("/api/webhook-endpoints", {
        body: { url: url.trim(), events, description: description.trim() },
      }),
    );
    if (!result.ok) return;
    setCreated(result.data);
    setUrl("");
    setDescription("");
    props.onAdded();
  }

  return (
    <>
      <form
        className="mt-2 grid max-w-3xl gap-3"
        onSubmit={(event) => {
          event.preventDefault();
          void add();
        }}
      >
        <div className="grid gap-3 sm:grid-cols-2">
          <div>
            <label htmlFor={urlId} className="block text-sm font-medium">
              Endpoint URL
            </label>
            <input
              id={urlId}
              type="url"
              required
              autoComplete="off"
              placeholder="https://hooks.example.com/interviews"
              value={url}
              onChange={(event) => setUrl(event.target.value)}
              className={inputClass}
            />
          </div>
          <div>
            <label htmlFor={descriptionId} className="block text-sm font-medium">
              Description (optional)
            </label>
            <input
              id={descriptionId}
              maxLength={200}
              autoComplete="off"
              placeholder="e.g. Greenhouse relay"
              value={description}
              onChange={(event) => setDescription(event.target.value)}
              className={inputClass}
            />
          </div>
        </div>
        <EventCheckboxes options={props.eventOptions} selected={events} onChange={setEvents} />
        <div className="flex flex-wrap items-center gap-3">
          <button
            type="submit"
            className={buttonClass}
            disabled={isPending || url.trim() === "" || events.length === 0}
          >
            {isPending ? "Adding…" : "Add endpoint"}
          </button>
          {events.length === 0 ? (
            <p className="text-sm text-slate-700">Choose at least one event.</p>
          ) : null}
        </div>
        <FormMessage message={message} />
      </form>
      {created ? (
        <NewSecretNotice
          secret={created.secret}
          heading={`Endpoint ${created.url} added. Verify its deliveries with this secret.`}
        />
      ) : null}
    </>
  );
}
