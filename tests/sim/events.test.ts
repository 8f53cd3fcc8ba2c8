// The event recorder: aggregation as client-go's (count and lastTimestamp on the same Event), the cap
// on stored Events, and recording again after an Event was deleted.
import type { Event } from 'kubernetes-types/core/v1';
import { Cluster, type Stored } from '../../server/src/sim/index.js';

const configMap = (name: string) => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name }, data: {} });

function setup() {
  const cluster = Cluster.create({ controllers: [] });
  const events = () => cluster.store.list('events', 'default') as unknown as Stored<Event>[];
  return { cluster, events };
}

describe('event recorder', () => {
  it('counts a repeated event on one Event and keeps different messages apart', () => {
    const { cluster, events } = setup();
    const cm = cluster.api.create(configMap('one'));
    cluster.events.record(cm, 'Warning', 'Failed', 'first', 'test');
    cluster.advance(5000);
    cluster.events.record(cm, 'Warning', 'Failed', 'first', 'test');
    cluster.events.record(cm, 'Warning', 'Failed', 'second', 'test');
    const byMessage = new Map(events().map((e) => [e.message, e]));
    expect(events()).toHaveLength(2);
    expect(byMessage.get('first')?.count).toBe(2);
    expect(byMessage.get('first')?.lastTimestamp).not.toBe(byMessage.get('first')?.firstTimestamp);
    expect(byMessage.get('second')?.count).toBe(1);
  });

  it('keeps at most 400 Events, dropping the oldest, and starts an evicted one afresh', () => {
    const { cluster, events } = setup();
    const objects = Array.from({ length: 450 }, (_, i) => cluster.api.create(configMap(`cm-${i}`)));
    for (const o of objects) cluster.events.record(o, 'Normal', 'Seen', 'seen', 'test');
    const names = new Set(events().map((e) => e.involvedObject.name));
    expect(events().length).toBeLessThanOrEqual(400);
    expect(names.has('cm-449')).toBe(true);
    expect(names.has('cm-0')).toBe(false);
    cluster.events.record(objects[0]!, 'Normal', 'Seen', 'seen', 'test');
    const again = events().filter((e) => e.involvedObject.name === 'cm-0');
    expect(again.map((e) => e.count)).toEqual([1]);
  });

  it('records a new Event after the old one was deleted, and counts repeats on the new one', () => {
    const { cluster, events } = setup();
    const cm = cluster.api.create(configMap('one'));
    cluster.events.record(cm, 'Normal', 'Seen', 'seen', 'test');
    const [first] = events();
    cluster.api.delete('events', 'default', first!.metadata.name);
    cluster.events.record(cm, 'Normal', 'Seen', 'seen', 'test');
    cluster.events.record(cm, 'Normal', 'Seen', 'seen', 'test');
    expect(events().map((e) => [e.metadata.name === first!.metadata.name, e.count])).toEqual([[false, 2]]);
  });
});
