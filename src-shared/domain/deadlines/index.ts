export * from './calendar';
export * from './rules';
export { isWorkingDay, visitFormDue } from './f01-deadline';
