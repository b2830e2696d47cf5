// What a browser downloads, gzip-compressed: the CDN build and each widget's own entry with
// everything it pulls in. Budgets from the widget issue: CDN ≤ 90 kB, field-visit form ≤ 40 kB,
// counted for what loads before the widgets render; what loads on demand is reported beside it.
import { measureBundles } from '../test/support/measure-bundles.mjs';

export default async function run() {
  const sizes = await measureBundles();
  return sizes.flatMap(({ name, kilobytes, onDemandKilobytes, budget }) => [
    { name: `gzip size: ${name}, up front`, value: kilobytes, unit: 'kB', target: budget, better: 'lower' },
    { name: `gzip size: ${name}, on demand`, value: onDemandKilobytes, unit: 'kB', target: null, better: 'lower' },
  ]);
}
