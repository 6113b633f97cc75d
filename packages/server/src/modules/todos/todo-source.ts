// The shape of one 待办 source. Each workflow module declares its waiting states as TodoSource entries in its own
// folder (`<module>.todos.ts`); todos/todo-registry.ts lists them. A source counts exactly the records its list link
// opens: `count` runs the module's own list query with `query` (the same filter object the list endpoint parses).
import type { Capability } from '@zhiben/core';
import type { Db } from '../../db/client.ts';
import type { AuthContext } from '../../lib/request-context.ts';
import type { TipSettings } from '../tips/tips.config.ts';

export type TodoContext = { db: Db; auth: AuthContext; now: Date; settings: { tips: TipSettings } };

export type TodoSource = {
  /** Stable key, e.g. `hazards.pending_confirmation`. */
  key: string;
  label: string;
  /** Who has this to-do: the capability needed (and, if given, whether enterprises or staff). */
  who: { capability: Capability; audience?: 'staff' | 'enterprise' };
  /** The web list page and the API list endpoint that take `query` as their filter. */
  page: string;
  api: string;
  query: Readonly<Record<string, string>>;
  /** Urgent sources (overdue) are shown in red. */
  tone: 'normal' | 'urgent';
  count: (ctx: TodoContext, query: Readonly<Record<string, string>>) => Promise<number>;
};

export type TodoEntry = { key: string; label: string; query: Record<string, string>; tone?: 'normal' | 'urgent'; who?: TodoSource['who'] };

/** A module's sources: one list page, API and count; each entry a filter of that list (keys become `<prefix>.<key>`). */
export function todoSourcesOf(
  module: { prefix: string; page: string; api: string; who: TodoSource['who']; count: TodoSource['count'] },
  entries: readonly TodoEntry[],
): TodoSource[] {
  return entries.map((e) => ({
    key: `${module.prefix}.${e.key}`,
    label: e.label,
    who: e.who ?? module.who,
    page: module.page,
    api: module.api,
    query: e.query,
    tone: e.tone ?? 'normal',
    count: module.count,
  }));
}
