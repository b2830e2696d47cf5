// TypeDoc plugin: files each export of a barrel entry (the core index, the widget kit) under the
// source folder it is declared in ("Consent", "Checklist", "Drafts"…), so the reference follows
// the domain folders without a hand-kept @category tag on each of several hundred exports.
// An explicit @category in a comment wins. Loaded by typedoc.json ("plugin").
import { Comment, CommentTag, Converter, ReflectionKind } from 'typedoc';
import { dirname, relative, sep } from 'node:path';

const TITLES = { i18n: 'Language', '': 'Element base' };
const title = (folder) => TITLES[folder] ?? folder.charAt(0).toUpperCase() + folder.slice(1).replaceAll('-', ' ');

/** @param {import('typedoc').Application} app */
export function load(app) {
  // Before TypeDoc's own CategoryPlugin, which runs on the same event at priority -200.
  app.converter.on(Converter.EVENT_RESOLVE_END, (context) => {
    const { project } = context;
    for (const module of project.getReflectionsByKind(ReflectionKind.Module)) {
      const entry = project.getSymbolIdFromReflection(module)?.fileName;
      if (entry === undefined || !entry.endsWith('/index.ts')) continue;
      const base = dirname(entry);
      const folders = new Map();
      for (const child of module.children ?? []) {
        const file = project.getSymbolIdFromReflection(child)?.fileName;
        if (file === undefined) continue;
        const path = relative(base, file).split(sep);
        folders.set(child, path.length > 1 ? path[0] : '');
      }
      // One folder only (the storage entry): nothing to sort.
      if (new Set(folders.values()).size < 2) continue;
      for (const [child, folder] of folders) {
        const comments = [child.comment, ...(child.signatures ?? []).map((s) => s.comment)];
        if (comments.some((c) => c?.getTag('@category'))) continue;
        child.comment ??= new Comment();
        child.comment.blockTags.push(new CommentTag('@category', [{ kind: 'text', text: title(folder) }]));
      }
    }
  }, 100);
}
