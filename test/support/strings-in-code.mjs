// The string literals and template texts of a module's code: what a bundle carries as data
// (comments and identifiers do not count). Shared by the tree-shaking tests.
import { parseAst } from 'rollup/parseAst';

export function stringsInCode(code) {
  const strings = new Set();
  const walk = (node) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node !== null && typeof node === 'object') {
      const { type, value } = node;
      if (type === 'Literal' && typeof value === 'string') strings.add(value);
      if (type === 'TemplateElement') strings.add(value?.cooked ?? '');
      Object.values(node).forEach(walk);
    }
  };
  walk(parseAst(code));
  return strings;
}
