import { settingsDateTimeFormat } from "../settings-date-format";
import type { WebhookEndpointView } from "./webhook-endpoint-types";

export type EndpointState = { tone: "active" | "failing" | "disabled"; text: string };

const formatTime = (iso: string) => `${settingsDateTimeFormat.format(new Date(iso))} UTC`;

/** Active, failing since when (three days of it disables the endpoint), or disabled and why. */
export function describeEndpointState(endpoint: WebhookEndpointView): EndpointState {
  if (!endpoint.enabled) {
    const since = endpoint.disabledAt ? ` since ${formatTime(endpoint.disabledAt)}` : "";
    const reason = endpoint.disabledReason ? `: ${endpoint.disabledReason}` : "";
    return { tone: "disabled", text: `Disabled${since}${reason}` };
  }
  if (endpoint.failingSince) {
    return { tone: "failing", text: `Failing since ${formatTime(endpoint.failingSince)}` };
  }
  return { tone: "active", text: "Active" };
}
