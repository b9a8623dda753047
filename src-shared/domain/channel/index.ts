export * from './canonical-json';
export * from './case-status';
export * from './f10-due';
export * from './fine';
export * from './flow-reconcile';
