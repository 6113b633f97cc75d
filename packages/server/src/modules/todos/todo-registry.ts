// The one registry of 待办 sources. A workflow adds its waiting states as one `<module>.todos.ts` and one line here.
import { can, isEnterpriseActor } from '@zhiben/core';
import { expertTodoSources } from '../experts/experts.todos.ts';
import { hazardTodoSources } from '../hazards/hazards.todos.ts';
import { inspectionTodoSources } from '../inspections/inspections.todos.ts';
import { principalCheckTodoSources } from '../principal-checks/principal-checks.todos.ts';
import { drawTodoSources } from '../random-draws/random-draws.todos.ts';
import { serviceBodyTodoSources } from '../service-bodies/service-bodies.todos.ts';
import { returnTodoSources } from '../returns/returns.todos.ts';
import { taskTodoSources } from '../tasks/tasks.todos.ts';
import { tipTodoSources } from '../tips/tips.todos.ts';
import type { TodoContext, TodoSource } from './todo-source.ts';

export const todoSources: readonly TodoSource[] = [...hazardTodoSources, ...tipTodoSources, ...inspectionTodoSources, ...taskTodoSources, ...returnTodoSources, ...principalCheckTodoSources, ...drawTodoSources, ...expertTodoSources, ...serviceBodyTodoSources];

export function sourcesFor(ctx: TodoContext): TodoSource[] {
  const enterprise = isEnterpriseActor(ctx.auth.actor);
  return todoSources.filter(
    (s) => can(ctx.auth.user.roles, s.who.capability) && (s.who.audience === undefined || s.who.audience === (enterprise ? 'enterprise' : 'staff')),
  );
}

export type TodoItem = { key: string; label: string; count: number; tone: 'normal' | 'urgent'; link: string; api: string };

const withQuery = (path: string, query: Readonly<Record<string, string>>) => `${path}?${new URLSearchParams(query).toString()}`;

/** The caller's to-dos with their counts, each counted within the caller's scope by the list query its link opens. */
export async function todosOf(ctx: TodoContext): Promise<TodoItem[]> {
  const sources = sourcesFor(ctx);
  const counts = await Promise.all(sources.map((s) => s.count(ctx, s.query)));
  return sources.map((s, i) => ({ key: s.key, label: s.label, count: counts[i] ?? 0, tone: s.tone, link: withQuery(s.page, s.query), api: withQuery(s.api, s.query) }));
}
