import { previousQuarter, quarterOf } from './api.ts';

/** This quarter and the seven before, newest first (what the pages offer). */
export function recentQuarters(today = new Date()): string[] {
  const local = new Date(today.getTime() - today.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
  const out = [quarterOf(local)];
  while (out.length < 8) out.push(previousQuarter(out[out.length - 1] ?? ''));
  return out;
}

export const quarterLabel = (q: string) => q.replace('-Q', '年第') + '季度';
