// What a browser downloads, gzip-compressed: the CDN module and each widget's own entry with
// everything it pulls in. Budgets from the widget issue: CDN ≤ 90 kB, field-visit form ≤ 40 kB.
import { measureBundles } from '../test/support/measure-bundles.mjs';

export default async function run() {
  const sizes = await measureBundles();
  return sizes.map(({ name, kilobytes, budget }) => ({ name: `gzip size: ${name}`, value: kilobytes, unit: 'kB', target: budget, better: 'lower' }));
}
