import { temporal } from '@temporalio/proto';

type History = temporal.api.history.v1.IHistory;

export interface HistorySize {
  events: number;
  bytes: number;
  largestPayloadBytes: number;
  /** The event type that carried the largest payload. */
  largestIn: string;
}

/** Every payload (activity input and result, signal, update argument and result, marker) of a history, measured as encoded. */
export function historySize(history: History): HistorySize {
  let largestPayloadBytes = 0;
  let largestIn = '';
  for (const event of history.events ?? []) {
    for (const payload of payloadsIn(event)) {
      const bytes = temporal.api.common.v1.Payload.encode(payload).finish().length;
      if (bytes > largestPayloadBytes) [largestPayloadBytes, largestIn] = [bytes, eventName(event)];
    }
  }
  return { events: history.events?.length ?? 0, bytes: temporal.api.history.v1.History.encode(history).finish().length, largestPayloadBytes, largestIn };
}

function eventName(event: temporal.api.history.v1.IHistoryEvent): string {
  const type = temporal.api.enums.v1.EventType[event.eventType ?? 0] ?? String(event.eventType);
  const activity = event.activityTaskScheduledEventAttributes?.activityType?.name;
  return activity ? `${type} ${activity}` : type;
}

function* payloadsIn(value: unknown): Generator<temporal.api.common.v1.IPayload> {
  if (!value || typeof value !== 'object' || value instanceof Uint8Array) return;
  if ('data' in value && (value as { data: unknown }).data instanceof Uint8Array) {
    yield value as temporal.api.common.v1.IPayload;
    return;
  }
  for (const child of Object.values(value)) yield* payloadsIn(child);
}
