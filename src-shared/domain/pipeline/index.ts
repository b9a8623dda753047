export * from './days-in-stage';
export * from './gate';
export * from './stages';
