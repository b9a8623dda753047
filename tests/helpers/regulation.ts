import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The company's 区域销售管理制度, kept byte for byte in the repository so that a test citing it
 * checks its quotations against the regulation itself, not against a retyped copy in the test.
 */
export const REGULATION_FILE = fileURLToPath(new URL('./regulation/regulation.zh-CN.txt', import.meta.url));

/** The regulation's full text. */
export function regulationText(): string {
  return readFileSync(REGULATION_FILE, 'utf8');
}
