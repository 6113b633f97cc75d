import { z } from 'zod';

export const todoItem = z.object({
  key: z.string(),
  label: z.string(),
  count: z.number().int(),
  tone: z.enum(['normal', 'urgent']),
  /** The web list page with the filter that shows exactly the records counted. */
  link: z.string(),
  /** The API list call with the same filter (its `total` equals `count`). */
  api: z.string(),
});
export const todosResponse = z.object({ items: z.array(todoItem) });
