// Entry of the 判定助手's ledger thread: a worker does not inherit a TypeScript loader in every host (vitest's forks,
// plain node), so it registers tsx itself before loading the TypeScript module.
import { register } from 'tsx/esm/api';

register();
await import('./grading.worker.ts');
