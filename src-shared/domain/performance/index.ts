export * from './bonus';
export * from './kpi';
export * from './money';
export * from './target-split';
