/** What the head-office module runs in the core's worker threads (src-main/core/off-thread.ts). */
export { prepareBundle } from './prepare-bundle';
