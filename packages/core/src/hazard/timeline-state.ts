// What a hazard's timeline says its record must be (DESIGN §2: the timeline is the hazard's audit trail). The hash
// chain proves no stored event was edited; replaying the events proves the row was not changed behind the
// timeline's back and that no event was cut off its end: the state they produce must equal the row.
import { hazardStatusLabels, hazardLevelLabels, type HazardLevel, type HazardStatus } from './hazard-machine.ts';

export type ReplayedEvent = { seq: number; kind: string; toStatus: string; payload: Record<string, unknown> };
export type HazardRecordState = { status: HazardStatus; level: HazardLevel; deadline: string; listed: boolean; version: number };

const creationKinds: readonly string[] = ['register', 'report', 'imported'];
const isLevel = (value: unknown): value is HazardLevel => value === 'general' || value === 'major';
const isDate = (value: unknown): value is string => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);

/**
 * The record state the events produce, in seq order: status from the last event (every event carries the status
 * after it), level and deadline from creation, confirmation and approved extensions, listing from list/delist,
 * version = the last seq (every event moves the version on, see server workflow/timeline.ts). Null for no events.
 */
export function replayHazardTimeline(events: readonly ReplayedEvent[]): Partial<HazardRecordState> | null {
  const last = events.at(-1);
  if (!last) return null;
  const state: Partial<HazardRecordState> = { status: last.toStatus as HazardStatus, listed: false, version: last.seq };
  for (const event of events) {
    const { payload } = event;
    if (creationKinds.includes(event.kind) || event.kind === 'confirm') {
      if (isLevel(payload.level)) state.level = payload.level;
      if (isDate(payload.deadline)) state.deadline = payload.deadline;
    }
    if (event.kind === 'decide_extension' && payload.approve === true && isDate(payload.newDeadline)) state.deadline = payload.newDeadline;
    if (event.kind === 'list') state.listed = true;
    if (event.kind === 'delist') state.listed = false;
  }
  return state;
}

/** zh-CN descriptions of where the row differs from what its timeline produces; empty when they agree. */
export function explainRecordMismatch(row: HazardRecordState, events: readonly ReplayedEvent[]): string[] {
  const replayed = replayHazardTimeline(events);
  if (replayed === null) return ['隐患没有任何时间线记录'];
  const problems: string[] = [];
  if (replayed.version !== row.version) {
    problems.push(
      row.version > (replayed.version ?? 0)
        ? `记录版本为 ${row.version}，时间线只有 ${replayed.version ?? 0} 条：末尾的时间线记录缺失`
        : `记录版本为 ${row.version}，时间线有 ${replayed.version ?? 0} 条：记录与时间线不一致`,
    );
  }
  if (replayed.status !== undefined && replayed.status !== row.status) {
    problems.push(`记录状态为「${hazardStatusLabels[row.status]}」，时间线为「${hazardStatusLabels[replayed.status] ?? replayed.status}」`);
  }
  if (replayed.level !== undefined && replayed.level !== row.level) {
    problems.push(`记录等级为「${hazardLevelLabels[row.level]}」，时间线为「${hazardLevelLabels[replayed.level]}」`);
  }
  if (replayed.deadline !== undefined && replayed.deadline !== row.deadline) {
    problems.push(`记录整改期限为 ${row.deadline}，时间线为 ${replayed.deadline}`);
  }
  if (replayed.listed !== undefined && replayed.listed !== row.listed) {
    problems.push(row.listed ? '记录为挂牌督办，时间线中没有相应的挂牌记录' : '时间线为挂牌督办，记录中没有挂牌');
  }
  return problems;
}
