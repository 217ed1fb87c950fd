/**
 * What the browser code may import. From every component, theme file, page and client module,
 * the graph of value imports (type-only imports are erased) must never reach build-time code:
 * zod (the schemas), csv-parse, Node's own modules. The site test `bundel.test.ts` checks the
 * built bundles; this one names the import chain that would bring such code in.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = process.cwd();
const TERLARANG = [/^zod($|\/)/, /^csv-parse($|\/)/, /^node:/, /^(fs|path|os|child_process|crypto|stream|url|util)$/];

function berkasDi(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) return berkasDi(p);
    return /\.(ts|tsx)$/.test(n) && !/\.test\.tsx?$/.test(n) && !n.endsWith('.d.ts') ? [p] : [];
  });
}

/** The value imports of a file: static (not `import type`), re-exports, and `import()`. */
function imporNilai(file: string): string[] {
  const sumber = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const hasil: string[] = [];
  const jalan = (n: ts.Node): void => {
    if (ts.isImportDeclaration(n) && ts.isStringLiteral(n.moduleSpecifier)) {
      const c = n.importClause;
      const hanyaTipe = c?.isTypeOnly || (c && !c.name && c.namedBindings && ts.isNamedImports(c.namedBindings) && c.namedBindings.elements.every((e) => e.isTypeOnly));
      if (!hanyaTipe) hasil.push(n.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(n) && n.moduleSpecifier && ts.isStringLiteral(n.moduleSpecifier) && !n.isTypeOnly) {
      hasil.push(n.moduleSpecifier.text);
    } else if (ts.isCallExpression(n) && n.expression.kind === ts.SyntaxKind.ImportKeyword && n.arguments[0] && ts.isStringLiteral(n.arguments[0])) {
      hasil.push(n.arguments[0].text);
    }
    ts.forEachChild(n, jalan);
  };
  jalan(sumber);
  return hasil;
}

/** A project file for an import, or undefined for a package or a Docusaurus alias. */
function selesaikan(dari: string, spec: string): string | undefined {
  const dasar = spec.startsWith('@site/') ? join(ROOT, spec.slice(6)) : spec.startsWith('.') ? resolve(dirname(dari), spec) : undefined;
  if (!dasar) return undefined;
  return [dasar, `${dasar}.ts`, `${dasar}.tsx`, join(dasar, 'index.ts'), join(dasar, 'index.tsx')].find((f) => existsSync(f) && statSync(f).isFile() && /\.tsx?$/.test(f));
}

/** The first chain of imports from `awal` to a forbidden module, or undefined. */
function rantaiTerlarang(awal: string): string[] | undefined {
  const dilihat = new Set<string>();
  const cari = (file: string, jalur: string[]): string[] | undefined => {
    if (dilihat.has(file)) return undefined;
    dilihat.add(file);
    for (const spec of imporNilai(file)) {
      if (TERLARANG.some((r) => r.test(spec))) return [...jalur, spec];
      const berikut = selesaikan(file, spec);
      const hasil = berikut && cari(berikut, [...jalur, relative(ROOT, berikut)]);
      if (hasil) return hasil;
    }
    return undefined;
  };
  return cari(awal, [relative(ROOT, awal)]);
}

const AWAL = ['src/components', 'src/theme', 'src/pages', 'src/klien'].flatMap((d) => berkasDi(join(ROOT, d)));

describe('browser code imports no build-time code', () => {
  it('finds the files it starts from', () => {
    expect(AWAL.length).toBeGreaterThan(30);
  });

  it('no component, theme file, page or client module reaches zod, csv-parse or a Node module', () => {
    const rantai = AWAL.map(rantaiTerlarang).filter((r): r is string[] => r !== undefined);
    expect(rantai.map((r) => r.join(' → '))).toEqual([]);
  });

  it('the check itself sees a forbidden import through a chain (the build plugins import zod)', () => {
    expect(rantaiTerlarang(join(ROOT, 'src/plugins/data-situs/index.ts'))).toBeDefined();
  });
});
