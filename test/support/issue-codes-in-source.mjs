// Which issue codes a source file raises and which Danish catalogues it teaches core (decision
// 0012): every module that names a concept's code must call `learnMessages` with that concept's
// catalogue, so a bundle that keeps the module keeps the messages and a bundle without it has
// neither. Read with TypeScript's parser: comments and identifiers never count, only string
// literals. Shared by the test that enforces the rule and the script that applied it.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CORE_SOURCE = join(root, 'packages/core/src');
export const WIDGETS_SOURCE = join(root, 'packages/widgets/src');

const parse = (file) => ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);

function walk(node, visit) {
  visit(node);
  ts.forEachChild(node, (child) => walk(child, visit));
}

/** Every Danish catalogue core ships: its export name, its file and its codes. */
export function danishCatalogues() {
  const catalogues = [];
  for (const file of readdirSync(CORE_SOURCE, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('messages.da.ts')) continue;
    const path = join(CORE_SOURCE, file);
    walk(parse(path), (node) => {
      if (!ts.isVariableDeclaration(node) || !ts.isIdentifier(node.name) || !node.name.text.endsWith('MessagesDa')) return;
      let value = node.initializer;
      while (value !== undefined && (ts.isSatisfiesExpression(value) || ts.isAsExpression(value))) value = value.expression;
      if (value === undefined || !ts.isObjectLiteralExpression(value)) return;
      const codes = new Set(value.properties.map((property) => property.name?.getText().replace(/^['"]|['"]$/g, '')).filter(Boolean));
      catalogues.push({ name: node.name.text, file: path, codes });
    });
  }
  return catalogues;
}

/** Non-test TypeScript modules under a folder. */
export function sourceModules(folder) {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts') && !/\.(test|bench|stories)\.ts$/.test(file) && !/test-fixtures|fixtures\.ts$/.test(file))
    .map((file) => join(folder, file));
}

/** The string literals in a module, and the catalogue names it passes to `learnMessages`. */
export function scanModule(file) {
  const literals = new Set();
  const learned = new Set();
  walk(parse(file), (node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) literals.add(node.text);
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'learnMessages') {
      for (const argument of node.arguments) if (ts.isIdentifier(argument)) learned.add(argument.text);
    }
  });
  return { literals, learned };
}

/**
 * For each module under `folder` that names codes of a catalogue other than `commonMessagesDa`
 * (which `createIssue` and `formatMessage` always know), the catalogues it names and those it
 * learns. Message files and the i18n folder, which hold the catalogues themselves, are left out.
 */
export function codeUse(folder) {
  const catalogues = danishCatalogues().filter((catalogue) => catalogue.name !== 'commonMessagesDa');
  const uses = [];
  for (const file of sourceModules(folder)) {
    if (/messages\.(da|en)\.ts$/.test(file) || relative(CORE_SOURCE, file).startsWith('i18n')) continue;
    const { literals, learned } = scanModule(file);
    const named = catalogues.filter((catalogue) => [...literals].some((literal) => catalogue.codes.has(literal)));
    if (named.length > 0 || learned.size > 0) uses.push({ file, named: named.map((catalogue) => catalogue.name), learned: [...learned], catalogues: named });
  }
  return uses;
}
