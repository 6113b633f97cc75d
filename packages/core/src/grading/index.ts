export * from './text.ts';
export * from './synonyms.ts';
export * from './conditions.ts';
export * from './verdict.ts';
export * from './engine.ts';
