import path from 'node:path';
import { ESLint } from 'eslint';

export const ROOT = path.resolve(__dirname, '../../..');

let shared: ESLint | undefined;

/** ESLint with the project's own eslint.config.mjs; ignores off so the lint fixtures can be read. */
export function projectEslint(): ESLint {
  shared ??= new ESLint({ cwd: ROOT, ignore: false });
  return shared;
}

/** Lints `code` as if it were the file at `relPath` (which need not exist) and returns the rule ids hit. */
export async function ruleIdsFor(relPath: string, code: string): Promise<string[]> {
  const [result] = await projectEslint().lintText(code, { filePath: path.join(ROOT, relPath) });
  return (result?.messages ?? []).map((m) => m.ruleId ?? `fatal: ${m.message}`);
}

/** Lints real files and returns their messages, keyed by the path relative to the repository. */
export async function lintFiles(relPaths: string[]): Promise<Record<string, ESLint.LintResult['messages']>> {
  const results = await projectEslint().lintFiles(relPaths.map((p) => path.join(ROOT, p)));
  return Object.fromEntries(results.map((r) => [path.relative(ROOT, r.filePath), r.messages]));
}
