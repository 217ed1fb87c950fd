/**
 * Compares the facts of an Indonesian page and its English translation (src/lib/content/translation).
 *   npx tsx scripts/dev/fakta.ts docs/sop/lapor-rt.mdx
 * Prints each difference; exit 1 when there is one, 2 when the translation does not exist.
 */
import { existsSync, readFileSync } from 'node:fs';
import { compareFacts } from '../../src/lib/content/translation';

const asli = process.argv[2] ?? '';
const en = asli.replace(/^docs\//, 'i18n/en/docusaurus-plugin-content-docs/current/');
if (!asli.startsWith('docs/') || !existsSync(asli)) {
  console.error('Pakai: npx tsx scripts/dev/fakta.ts docs/<halaman>.md(x)');
  process.exit(2);
}
if (!existsSync(en)) {
  console.error(`${en} belum ada.`);
  process.exit(2);
}
const beda = compareFacts(readFileSync(asli, 'utf8'), readFileSync(en, 'utf8'));
for (const b of beda) console.log(`${en}: ${b}`);
if (beda.length === 0) console.log(`${en}: fakta sama dengan ${asli}.`);
process.exit(beda.length ? 1 : 0);
