/**
 * Records, during the browser build (Rspack, or webpack), which files each chunk group needs and which
 * groups it may load later (dynamic import()). The offline copy (src/lib/web/offline.ts) is
 * computed from this graph: every file a saved page can ask for, known before any reader
 * presses "Simpan", so a new build's worker can store its own copy by itself.
 */
import type { Compiler } from 'webpack';
import type { GrafikBundel } from '../../lib/web/offline';

export class PerekamGrafik {
  grafik: GrafikBundel | undefined;

  apply(compiler: Compiler): void {
    compiler.hooks.afterEmit.tap('pustaka-grafik-bundel', (compilation) => {
      const groups = [...compilation.chunkGroups];
      const indeks = new Map(groups.map((g, i) => [g, i]));
      const publik = String(compilation.outputOptions.publicPath ?? '/');
      const kelompok = groups.map((g) => ({
        nama: g.name ?? null,
        // What the dynamic import() asked for ('mermaid', './mesin', …).
        pintu: [...new Set(g.origins.map((o) => o.request).filter((r): r is string => Boolean(r)))],
        berkas: [...new Set(g.chunks.flatMap((c) => [...c.files]))].filter((f) => !f.endsWith('.map')).map((f) => `${publik}${f}`),
        // childrenIterable: the one name webpack and Rspack (Docusaurus Faster) both have.
        anak: [...g.childrenIterable].map((a) => indeks.get(a) ?? -1).filter((i) => i >= 0),
      }));
      const awal = compilation.entrypoints.get('main');
      if (!awal) throw new Error('grafik bundel: entri "main" tidak ada');
      this.grafik = { kelompok, awal: indeks.get(awal) ?? -1 };
    });
  }
}
