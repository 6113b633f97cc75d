import { call } from '../../api/client.ts';
import type { ResponseOf } from '../../api/contract.ts';

export type TodoItem = ResponseOf<'/api/todos', 'get'>['items'][number];

export const todosApi = {
  list: (signal?: AbortSignal) => call('get', '/api/todos', { signal }),
};
