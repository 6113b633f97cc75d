import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  sealTimelineEvent,
  timelineHash,
  verifyTimeline,
  type SealedTimelineEvent,
  type TimelineEvent,
} from './timeline-hash.ts';
import { GENESIS_HASH } from '../workflow/chain.ts';

const created: TimelineEvent = {
  hazardId: 'hz-1',
  seq: 1,
  at: '2026-03-01T08:00:00.000Z',
  actorId: 'u-town',
  kind: 'register',
  fromStatus: null,
  toStatus: 'rectifying',
  payload: { level: 'major', criterionIds: ['GM10-11-2'] },
};

function chain(events: TimelineEvent[]): SealedTimelineEvent[] {
  const sealed: SealedTimelineEvent[] = [];
  for (const event of events) sealed.push(sealTimelineEvent(sealed.at(-1) ?? null, event));
  return sealed;
}

const fourEvents = chain([
  created,
  { ...created, seq: 2, kind: 'submit_plan', fromStatus: 'rectifying', payload: { responsible: '张三' } },
  { ...created, seq: 3, kind: 'complete', toStatus: 'pending_verification', fromStatus: 'rectifying', payload: {} },
  { ...created, seq: 4, kind: 'verify', fromStatus: 'pending_verification', toStatus: 'closed', actorId: 'u-reg', payload: null },
]);

const [e1, e2, e3, e4] = fourEvents as [SealedTimelineEvent, SealedTimelineEvent, SealedTimelineEvent, SealedTimelineEvent];

describe('timelineHash', () => {
  it('is sha-256 of the previous hash, a newline and the canonical JSON of the event', () => {
    // Written out by hand: keys sorted, nested keys sorted too.
    const text =
      `${GENESIS_HASH}\n` +
      '{"actorId":"u-town","at":"2026-03-01T08:00:00.000Z","fromStatus":null,"hazardId":"hz-1","kind":"register",' +
      '"payload":{"criterionIds":["GM10-11-2"],"level":"major"},"seq":1,"toStatus":"rectifying"}';
    expect(timelineHash(GENESIS_HASH, created)).toBe(createHash('sha256').update(text).digest('hex'));
    expect(GENESIS_HASH).toMatch(/^0{64}$/);
  });

  it('survives a jsonb round trip that reorders payload keys', () => {
    const reordered = { ...created, payload: { criterionIds: ['GM10-11-2'], level: 'major' } };
    expect(timelineHash(GENESIS_HASH, reordered)).toBe(timelineHash(GENESIS_HASH, created));
  });

  it('ignores the stored prevHash/hash and extra columns of a row', () => {
    const row = { ...sealTimelineEvent(null, created), id: 'row-7', createdAt: 'whenever' };
    expect(timelineHash(GENESIS_HASH, row)).toBe(timelineHash(GENESIS_HASH, created));
  });

  it.each<[string, Partial<TimelineEvent>]>([
    ['seq', { seq: 2 }],
    ['at', { at: '2026-03-01T08:00:00.001Z' }],
    ['actorId', { actorId: null }],
    ['kind', { kind: 'report' }],
    ['fromStatus', { fromStatus: 'pending_confirmation' }],
    ['toStatus', { toStatus: 'pending_verification' }],
    ['hazardId', { hazardId: 'hz-2' }],
    ['payload', { payload: { level: 'general', criterionIds: ['GM10-11-2'] } }],
  ])('changes when %s changes', (_field, change) => {
    expect(timelineHash(GENESIS_HASH, { ...created, ...change })).not.toBe(timelineHash(GENESIS_HASH, created));
  });

  it('depends on the previous hash', () => {
    expect(timelineHash('f'.repeat(64), created)).not.toBe(timelineHash(GENESIS_HASH, created));
  });
});

describe('verifyTimeline', () => {
  it('accepts an intact chain and the empty one', () => {
    expect(verifyTimeline(fourEvents)).toEqual({ ok: true, brokenAtSeq: null });
    expect(verifyTimeline([])).toEqual({ ok: true, brokenAtSeq: null });
    expect(fourEvents[0]?.prevHash).toBe(GENESIS_HASH);
  });

  const replaced = (index: number, change: Partial<SealedTimelineEvent>) =>
    fourEvents.map((event, i) => (i === index ? { ...event, ...change } : event));

  it.each<[string, number, SealedTimelineEvent[]]>([
    ['edited payload', 2, replaced(1, { payload: { responsible: '李四' } })],
    ['edited actor', 4, replaced(3, { actorId: 'u-enterprise' })],
    ['edited status', 3, replaced(2, { toStatus: 'closed' })],
    ['edited first event', 1, replaced(0, { at: '2026-02-01T08:00:00.000Z' })],
    ['forged hash', 3, replaced(2, { hash: 'a'.repeat(64) })],
    ['first event not linked to genesis', 1, replaced(0, { prevHash: 'a'.repeat(64) })],
    ['event from another hazard', 2, replaced(1, { hazardId: 'hz-2' })],
    ['deleted event', 2, [e1, e3, e4]],
    ['deleted event with the next renumbered', 3, [e1, e2, { ...e4, seq: 3 }]],
    ['deleted last event', 4, [e1, e2, e3, { ...e3, seq: 4 }]],
    ['swapped events', 2, [e1, e3, e2, e4]],
    ['duplicated event', 2, [e1, e1, e2, e3, e4]],
    ['starts at seq 2', 1, [e2, e3, e4]],
  ])('detects %s at seq %d', (_name, brokenAtSeq, events) => {
    expect(verifyTimeline(events)).toEqual({ ok: false, brokenAtSeq });
  });

  it('detects a correctly chained event that belongs to another hazard', () => {
    const foreign = sealTimelineEvent(e3, { ...e4, hazardId: 'hz-2' });
    expect(verifyTimeline([e1, e2, e3, foreign])).toEqual({ ok: false, brokenAtSeq: 4 });
  });

  it('detects a rehashed edit by its broken link to the next event', () => {
    // An attacker who edits event 2 and recomputes its hash still breaks event 3's prevHash.
    const resealed = sealTimelineEvent(e1, { ...e2, payload: { responsible: '李四' } });
    const events = [e1, resealed, e3, e4];
    expect(verifyTimeline(events)).toEqual({ ok: false, brokenAtSeq: 3 });
  });
});
