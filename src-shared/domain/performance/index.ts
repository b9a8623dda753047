export * from './bonus';
export * from './kpi';
export * from './money';
export * from './period';
export * from './target-split';
