import type { StrikeEvent } from '../../db/repositories/escalation-timeline.repository.js';
import type { CollectionEvent } from '../../domain/escalation.js';

/** A customer's timeline as the domain's three-strikes rule reads it. */
export function collectionEvents(timeline: readonly StrikeEvent[]): CollectionEvent[] {
  return timeline.map((e) =>
    e.kind === 'promise'
      ? { kind: 'promise', outcome: e.status as Extract<CollectionEvent, { kind: 'promise' }>['outcome'] }
      : { kind: 'follow_up', outcome: e.outcome === 'no_contact' ? 'no_contact' : 'contacted' },
  );
}
