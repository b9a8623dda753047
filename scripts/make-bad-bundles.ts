/**
 * Builds the corpus of refused bundles (plus good.zip and office-key.json) for the bundle reader
 * and scripts/verify-bundle.mjs: `npx tsx scripts/make-bad-bundles.ts [DIR]`, by default into
 * tests/fixtures/bundles/generated/ (not committed).
 */
import { makeBadBundles } from '../tests/helpers/bundles/make-bad-bundles';

async function main(): Promise<void> {
  const made = await makeBadBundles(process.argv[2]);
  for (const bundle of made) console.log(`${bundle.expectedReason.padEnd(24)} ${bundle.file}`);
  console.log(`${made.length} bad bundles`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
