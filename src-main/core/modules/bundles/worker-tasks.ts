/** What the bundles module runs in the core's worker threads (src-main/core/off-thread.ts). */
export { packBundle, type PackInput } from './bundle-pack';
