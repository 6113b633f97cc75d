import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { standardErrors } from '../../lib/schemas.ts';
import { requireAuth } from '../../plugins/auth.ts';
import type { TipSettings } from '../tips/tips.config.ts';
import { todosOf } from './todo-registry.ts';
import { todosResponse } from './todos.schema.ts';

export type TodoRouteOptions = { tips: TipSettings };

export async function todoRoutes(fastify: FastifyInstance, options: TodoRouteOptions): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/api/todos',
    { schema: { tags: ['todos'], description: '待办：每一项的数量与其列表链接打开的记录一致（同一筛选、同一范围）。', response: { 200: todosResponse, ...standardErrors } } },
    async (request) => {
      const auth = requireAuth(request);
      return { items: await todosOf({ db: app.services.database.db, auth, now: app.services.clock.now(), settings: { tips: options.tips } }) };
    },
  );
}
