import React, { useEffect, useMemo, useState, type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import Head from '@docusaurus/Head';
import Heading from '@theme/Heading';
import Translate, { translate } from '@docusaurus/Translate';
import { useHistory, useLocation } from '@docusaurus/router';
import KotakCari from '@site/src/components/KotakCari';
import { useHasilCari, useIndeksCariSegera } from '@site/src/components/Cari/muat';
import Sorotan from '@site/src/components/Cari/Sorotan';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { labelDicabut, labelJenis, URUTAN_JENIS } from '@site/src/components/Cari/label';
import { matchesFilter, type SearchFilter } from '@site/src/lib/search/query';
import type { DocumentKind } from '@site/src/lib/search/compact-index';

/** Query and facets live in the URL, so a search can be shared: /cari?q=lapor&jenis=sop&wilayah=kota-kupang */
function bacaUrl(search: string): { q: string; filter: SearchFilter } {
  const p = new URLSearchParams(search);
  const daftar = (k: string): string[] => p.getAll(k).filter(Boolean);
  return {
    q: p.get('q') ?? '',
    filter: {
      jenis: daftar('jenis') as DocumentKind[],
      wilayah: daftar('wilayah'),
      jenisRegulasi: daftar('regulasi'),
      tahun: daftar('tahun').map(Number).filter(Boolean),
      status: daftar('status'),
    },
  };
}

function tulisUrl(q: string, f: SearchFilter): string {
  const p = new URLSearchParams();
  if (q) p.set('q', q);
  for (const j of f.jenis ?? []) p.append('jenis', j);
  for (const w of f.wilayah ?? []) p.append('wilayah', w);
  for (const r of f.jenisRegulasi ?? []) p.append('regulasi', r);
  for (const t of f.tahun ?? []) p.append('tahun', String(t));
  for (const s of f.status ?? []) p.append('status', s);
  return `?${p.toString()}`;
}

const OPSI = { batas: 100 };

export default function Cari(): ReactNode {
  const { search, pathname } = useLocation();
  const history = useHistory();
  const { status, pencari, sorot } = useIndeksCariSegera();
  // Read after hydration: the static HTML has no query.
  const [{ q, filter }, setKeadaan] = useState<{ q: string; filter: SearchFilter }>({ q: '', filter: {} });
  useEffect(() => setKeadaan(bacaUrl(search)), [search]);
  const jenis = labelJenis();
  const dicabut = labelDicabut(useDocusaurusContext().i18n.currentLocale);

  // The best 100 sections; the facets narrow these (their counts and choices come from them too).
  const { hasil: semua, gagal } = useHasilCari(pencari, q, OPSI);
  const hasil = useMemo(() => semua.filter((h) => matchesFilter(h.dokumen, filter)), [semua, filter]);

  const ubah = (f: SearchFilter): void => history.replace(`${pathname}${tulisUrl(q, f)}`);
  const nilai = <T extends string | number>(ambil: (h: (typeof semua)[number]) => T[]): T[] => [...new Set(semua.flatMap(ambil))].sort();
  const pilihan = {
    wilayah: nilai((h) => h.dokumen.wilayah),
    regulasi: nilai((h) => (h.dokumen.regulasi ? [h.dokumen.regulasi.jenis] : [])),
    tahun: nilai((h) => (h.dokumen.regulasi ? [h.dokumen.regulasi.tahun] : [])),
    status: nilai((h) => (h.dokumen.regulasi ? [h.dokumen.regulasi.status] : [])),
  };
  const satu = (label: string, kunci: 'wilayah' | 'jenisRegulasi' | 'tahun' | 'status', opsi: (string | number)[]): ReactNode =>
    opsi.length > 0 ? (
      <label style={{ display: 'flex', flexDirection: 'column', fontWeight: 600, fontSize: '0.9rem' }}>
        {label}
        <select
          value={String(filter[kunci]?.[0] ?? '')}
          onChange={(e) => ubah({ ...filter, [kunci]: e.target.value ? [kunci === 'tahun' ? Number(e.target.value) : e.target.value] : [] })}
          style={{ minHeight: 40, fontWeight: 400 }}
        >
          <option value="">{translate({ id: 'regulasi.filter.semua', message: 'Semua' })}</option>
          {opsi.map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </select>
      </label>
    ) : null;

  return (
    <Layout title={translate({ id: 'cari.judul', message: 'Cari' })} description={translate({ id: 'cari.deskripsi', message: 'Cari halaman di Pustaka TPPO.' })}>
      {/* Results only repeat the pages: search engines should index those, not this. */}
      <Head>
        <meta name="robots" content="noindex" />
      </Head>
      <main className="container margin-vert--lg">
        <Heading as="h1">
          <Translate id="cari.judul">Cari</Translate>
        </Heading>
        <KotakCari key={q} nilaiAwal={q} />
        {q ? (
          <>
            <fieldset className="margin-top--md" style={{ border: 0, padding: 0, display: 'flex', flexWrap: 'wrap', gap: '0.75rem' }}>
              <legend className="sr-only">{translate({ id: 'cari.saring', message: 'Saring hasil' })}</legend>
              {URUTAN_JENIS.filter((j) => semua.some((h) => h.dokumen.jenis === j)).map((j) => (
                <label key={j} style={{ display: 'flex', alignItems: 'center', gap: '0.3rem', minHeight: 44 }}>
                  <input
                    type="checkbox"
                    checked={filter.jenis?.includes(j) ?? false}
                    onChange={(e) => ubah({ ...filter, jenis: e.target.checked ? [...(filter.jenis ?? []), j] : (filter.jenis ?? []).filter((x) => x !== j) })}
                  />
                  {jenis[j]} ({semua.filter((h) => h.dokumen.jenis === j).length})
                </label>
              ))}
              {satu(translate({ id: 'regulasi.wilayah', message: 'Wilayah' }), 'wilayah', pilihan.wilayah)}
              {satu(translate({ id: 'regulasi.jenis', message: 'Jenis' }), 'jenisRegulasi', pilihan.regulasi)}
              {satu(translate({ id: 'regulasi.tahun', message: 'Tahun' }), 'tahun', pilihan.tahun)}
              {satu(translate({ id: 'regulasi.status', message: 'Status' }), 'status', pilihan.status)}
            </fieldset>
            <section aria-live="polite" className="margin-top--md" data-testid="hasil-cari">
              {status === 'memuat' ? <p>{translate({ id: 'cari.memuat', message: 'Memuat indeks pencarian…' })}</p> : null}
              {status === 'gagal' || gagal ? (
                <p>{translate({ id: 'cari.gagal', message: 'Indeks pencarian tidak bisa dimuat. Periksa sambungan, atau buka halaman ini lagi saat ada sinyal.' })}</p>
              ) : null}
              {status === 'siap' ? (
                <p>
                  <Translate id="cari.jumlah" values={{ n: hasil.length, q }}>
                    {'{n} bagian cocok dengan “{q}”.'}
                  </Translate>
                </p>
              ) : null}
              <ol>
                {hasil.map((h) => (
                  <li key={h.dokumen.url} className="margin-bottom--sm">
                    <Link to={h.dokumen.url}>
                      <Sorotan teks={h.dokumen.bagian ? `${h.dokumen.judul} › ${h.dokumen.bagian}` : h.dokumen.judul} istilah={h.istilah} sorot={sorot} />
                    </Link>{' '}
                    <small>({jenis[h.dokumen.jenis]})</small>
                    {h.dokumen.dicabut ? (
                      <>
                        {' '}
                        <strong>{dicabut}</strong>
                      </>
                    ) : null}
                    {h.dokumen.cuplikan ? (
                      <>
                        <br />
                        <small>
                          <Sorotan teks={h.dokumen.cuplikan} istilah={h.istilah} sorot={sorot} />
                        </small>
                      </>
                    ) : null}
                  </li>
                ))}
              </ol>
            </section>
          </>
        ) : null}
      </main>
    </Layout>
  );
}
