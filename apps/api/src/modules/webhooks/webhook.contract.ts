/**
 * The public webhook contract: the events endpoints can subscribe to and what a delivery POSTs (the README lists
 * them). It imports nothing, so the entities, the sender and the GraphQL types can all read it without a cycle.
 */

/** The events endpoints can subscribe to, by their wire names (the `type` of a delivery). */
export const WEBHOOK_EVENTS = [
  'policy.published',
  'subprocessors.changed',
  'consent.recorded',
  'consent.withdrawn',
  'request.received',
  'request.due_soon',
  'request.overdue',
  'request.completed',
] as const;
export type WebhookEventName = (typeof WEBHOOK_EVENTS)[number];

/** What a delivery POSTs; the same bytes for every endpoint and every attempt. */
export interface WebhookEventPayload {
  id: string;
  type: WebhookEventName;
  createdAt: string;
  tenantId: string;
  data: object;
}
