// Worker-thread entry: plain JS so Node can start it without a TypeScript loader, then tsx loads the TS body.
import { register } from 'tsx/esm/api';

register();
await import('./image-worker.ts');
