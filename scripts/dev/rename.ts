/**
 * For maintainers renaming to the rule of GLOSSARY.md: renames a top-level symbol of FILE, or a
 * name FILE imports, everywhere the TypeScript language service finds it (imports, uses,
 * re-exports), so no text search can rename a word that merely looks the same.
 *   npx tsx scripts/dev/rename.ts FILE SYMBOL NEWNAME [FILE SYMBOL NEWNAME ...]
 * Then run `npm run typecheck` and `npm run format`. Not part of the site or the tests.
 */
import ts from 'typescript';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = process.cwd();
const cfgPath = ts.findConfigFile(root, ts.sys.fileExists, 'tsconfig.json');
if (!cfgPath) throw new Error('no tsconfig.json here');
const cfg = ts.parseJsonConfigFileContent(ts.readConfigFile(cfgPath, ts.sys.readFile).config, ts.sys, root);
const files = new Map<string, { v: number; text: string }>();
for (const f of cfg.fileNames) files.set(f, { v: 0, text: readFileSync(f, 'utf8') });
const host: ts.LanguageServiceHost = {
  getScriptFileNames: () => [...files.keys()],
  getScriptVersion: (f) => String(files.get(f)?.v ?? 0),
  getScriptSnapshot: (f) => {
    const e = files.get(f);
    if (e) return ts.ScriptSnapshot.fromString(e.text);
    if (!ts.sys.fileExists(f)) return undefined;
    return ts.ScriptSnapshot.fromString(ts.sys.readFile(f) ?? '');
  },
  getCurrentDirectory: () => root,
  getCompilationSettings: () => cfg.options,
  getDefaultLibFileName: (o) => ts.getDefaultLibFilePath(o),
  fileExists: ts.sys.fileExists,
  readFile: ts.sys.readFile,
  readDirectory: ts.sys.readDirectory,
  directoryExists: ts.sys.directoryExists,
  getDirectories: ts.sys.getDirectories,
};
const ls = ts.createLanguageService(host);
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i += 3) {
  const file = resolve(root, args[i]!);
  const sym = args[i + 1]!;
  const baru = args[i + 2]!;
  const e = files.get(file);
  if (!e) throw new Error(`not in project: ${file}`);
  const src = ls.getProgram()?.getSourceFile(file);
  if (!src) throw new Error(`not in project: ${file}`);
  let pos = -1;
  const cari = (n: ts.Node): void => {
    if (pos >= 0) return;
    if (
      (ts.isFunctionDeclaration(n) || ts.isClassDeclaration(n) || ts.isInterfaceDeclaration(n) || ts.isTypeAliasDeclaration(n) || ts.isVariableDeclaration(n)) &&
      n.name &&
      ts.isIdentifier(n.name) &&
      n.name.text === sym
    )
      pos = n.name.getStart();
    ts.forEachChild(n, cari);
  };
  cari(src);
  let alias = true;
  if (pos < 0) {
    // An imported name: rename the import and its uses in this file.
    const impor = (n: ts.Node): void => {
      if (pos >= 0) return;
      if (ts.isImportSpecifier(n) && n.name.text === sym && !n.propertyName) pos = n.name.getStart();
      ts.forEachChild(n, impor);
    };
    impor(src);
    alias = false;
  }
  if (pos < 0) throw new Error(`${sym} not declared or imported in ${file}`);
  const locs = ls.findRenameLocations(file, pos, false, false, { providePrefixAndSuffixTextForRename: alias }) ?? [];
  const perFile = new Map<string, ts.RenameLocation[]>();
  for (const l of locs) perFile.set(l.fileName, [...(perFile.get(l.fileName) ?? []), l]);
  for (const [f, ls2] of perFile) {
    const ent = files.get(f);
    if (!ent) continue;
    let t = ent.text;
    for (const l of [...ls2].sort((a, b) => b.textSpan.start - a.textSpan.start)) {
      t = t.slice(0, l.textSpan.start) + (l.prefixText ?? '') + baru + (l.suffixText ?? '') + t.slice(l.textSpan.start + l.textSpan.length);
    }
    ent.text = t;
    ent.v += 1;
    writeFileSync(f, t);
  }
  console.log(`${sym} -> ${baru}: ${locs.length} places in ${perFile.size} files`);
}
