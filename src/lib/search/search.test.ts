import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenizer';
import { normalize } from './normalize';
import { isNotStopWord } from './stopwords';
import { stem } from './stemmer';
import { toTerms } from './pipeline';
import { buildIndex, fromFiles, HEAD, type DictionaryChunk, type SearchDocument } from './compact-index';
import { createSearcher } from './query';
import { highlight } from './highlight';
import { parseCitation, matchesCitation } from './citation';
import { halamanSections } from './sections';

const dok = (url: string, judul: string, bagian: string, teks: string, jenis: SearchDocument['jenis'] = 'halaman'): SearchDocument => ({
  url,
  judul,
  bagian,
  teks,
  jenis,
  wilayah: ['nasional'],
});

const KORPUS: SearchDocument[] = [
  dok('/sop/lapor', 'Panduan ketua RT', 'Melapor', 'Ketua RT melaporkan kepada gugus tugas kelurahan bila ada pendatang mencurigakan.', 'sop'),
  dok('/perekrut', 'Cek perekrut', 'Perekrutan', 'Calo merekrut pekerja migran tanpa izin; penempatan harus lewat perusahaan berizin.', 'perekrut'),
  dok('/regulasi/uu-21-2007#pasal-2', 'UU Nomor 21 Tahun 2007', 'Pasal 2', 'Ancaman pidana penjara 3 sampai 15 tahun.', 'regulasi'),
  dok('/regulasi/uu-21-2007#pasal-60', 'UU Nomor 21 Tahun 2007', 'Pasal 60', 'Masyarakat berperan serta dengan memberi informasi dan melaporkan.', 'regulasi'),
  dok('/tentang', 'Tentang', '', 'Empat wilayah pertama: Kota Kupang, NTT, Kutai Timur dan Kalimantan Timur. Anak-anak dan tangan.'),
];

describe('pipeline stages', () => {
  it('tokenizer splits citations the way people type them and keeps hyphenated words', () => {
    expect(tokenize('UU 21/2007, anak-anak!')).toEqual(['UU', '21', '2007', 'anak-anak']);
  });

  it('normaliser lowercases, removes diacritics and folds reduplication', () => {
    expect(normalize('Anak-Anak')).toEqual(['anak']);
    expect(normalize('kos-kosan')).toEqual(['kos']);
    expect(normalize('sayur-mayur')).toEqual(['sayur', 'mayur']);
    expect(normalize('Pérempuan')).toEqual(['perempuan']);
  });

  it('reads chat and SMS forms as the standard word, in Indonesian only', () => {
    expect(toTerms('kerja ke kamboja aman ga')).toEqual(toTerms('kerja ke kamboja aman tidak'));
    expect(toTerms('yg hrs dicatat gimana')).toEqual(toTerms('yang harus dicatat bagaimana'));
    expect(toTerms('ga', 'en')).toEqual(['ga']);
  });

  it('drops function words and question words, keeps words that carry meaning', () => {
    expect(['yang', 'dan', 'cara', 'bagaimana'].filter(isNotStopWord)).toEqual([]);
    expect(['tidak', 'anak', 'orang', 'korban'].filter(isNotStopWord)).toEqual(['tidak', 'anak', 'orang', 'korban']);
  });

  it('stemmer keeps word families together', () => {
    const keluarga = [
      ['perekrutan', 'merekrut', 'perekrut', 'rekrutmen'],
      ['pelaporan', 'melapor', 'laporan', 'dilaporkan'],
      ['penempatan', 'menempatkan', 'tempat'],
      ['penanganan', 'menangani', 'ditangani'],
      ['keberangkatan', 'berangkat', 'diberangkatkan'],
      ['perlindungan', 'pelindungan', 'melindungi'],
    ];
    for (const k of keluarga) expect(new Set(k.map((w) => stem(w))), k.join(',')).toHaveProperty('size', 1);
  });

  it('stemmer keeps unrelated words apart where Tala over-stems', () => {
    expect(stem('penempatan')).not.toBe(stem('empat'));
    expect(stem('penanganan')).not.toBe(stem('tangan'));
    expect(stem('penanganan')).not.toBe(stem('angan'));
    expect(stem('keberangkatan')).not.toBe(stem('mengangkat'));
    expect(stem('ketua')).not.toBe(stem('tua'));
    expect(stem('hukuman')).not.toBe(stem('hukum'));
  });

  it('the English index stems English words, so /en finds "penalty" for "penalties"', async () => {
    const en = await createSearcher(fromFiles(buildIndex([dok('/en/sanksi', 'Penalties', '', 'The penalty for trafficking is prison.')], 'en').files));
    expect((await en.cari('trafficking penalties')).map((h) => h.dokumen.url)).toEqual(['/en/sanksi']);
    expect(stem('penalties', 'en')).toBe(stem('penalty', 'en'));
    expect(en.bahasa).toBe('en');
  });

  it('one pipeline serves index and query alike', () => {
    expect(toTerms('Cara melaporkan perekrutan')).toEqual(['lapor', 'rekrut']);
  });
});

describe('sections of a built page', () => {
  it('split at headings with ids, keep words of separate labels, legends and cells apart, and leave out what is marked', () => {
    const html = `<article><div class="theme-doc-markdown"><h1>Tanda bahaya</h1><p>Pembuka.</p>
      <h2 id="daftar">Daftar periksa</h2><div><fieldset><legend>Di lingkungan RT</legend><label><input type="checkbox"><span>Sebuah kamar kos penuh<span> (Berita)</span></span></label><label><span>Ada yang minta surat</span></label></fieldset></div>
      <table><tr><td>KTP</td><td>Paspor</td></tr></table><div data-cari-abaikan>Sumber: x</div></div></article>`;
    const { judul, bagian } = halamanSections(html);
    expect(judul).toBe('Tanda bahaya');
    expect(bagian.map((b) => b.id)).toEqual(['', 'daftar']);
    expect(bagian[1]?.teks).toBe('Di lingkungan RT Sebuah kamar kos penuh (Berita) Ada yang minta surat KTP Paspor');
  });
});

describe('index files', () => {
  it('store each page once per fragment, no positions, and a dictionary the first search can afford', () => {
    const { files, kamus } = buildIndex(KORPUS);
    expect(kamus.n).toBe(KORPUS.length);
    expect([...files.values()].join('')).not.toContain('position');
    const frag = JSON.parse(files.get('d0.json') as string) as { h: [string][] };
    expect(frag.h.filter(([u]) => u === '/regulasi/uu-21-2007')).toHaveLength(1);
  });

  it("keep a common term's best sections first and the rest in continuation blocks, found by whole queries", async () => {
    const banyak: SearchDocument[] = Array.from({ length: HEAD + 40 }, (_, i) =>
      dok(`/p${i}`, '', '', i === HEAD + 30 ? 'korban korban korban korban' : 'korban melapor polisi desa', 'halaman'),
    );
    const { files, kamus } = buildIndex(banyak);
    // "korban" has more sections than fit in its first block: one continuation block.
    const kamusKecil = kamus.k as DictionaryChunk;
    expect(kamusKecil.e).toEqual(expect.arrayContaining([kamusKecil.t.split(' ').indexOf('korban'), 1]));
    const p = await createSearcher(fromFiles(files));
    // The section that says "korban" most often ranks first: its posting sits in the first block.
    expect((await p.cari('korban', { batas: 1 }))[0]?.dokumen.url).toBe(`/p${HEAD + 30}`);
    // A whole query sees every section; typing sees only the first block.
    expect(await p.cari('korban', { batas: 500 })).toHaveLength(HEAD + 40);
    expect(await p.cari('korban', { batas: 500, mengetik: true })).toHaveLength(HEAD);
  });
});

describe('a dictionary in chunks', () => {
  // Enough distinct words that the dictionary no longer fits one chunk inside kamus.json.
  const kata = Array.from({ length: 6000 }, (_, i) => `kata${i.toString(36)}x`);
  const docs: SearchDocument[] = Array.from({ length: 300 }, (_, d) =>
    dok(`/h${d}`, '', '', [...kata.slice(d * 20, d * 20 + 20), d === 7 ? 'menegur pelapor' : '', d === 9 ? 'tegur' : ''].join(' ')),
  );
  const { files, kamus } = buildIndex(docs);

  it('keeps only the first term of each chunk in kamus.json, and a query fetches only the chunks it looks in', async () => {
    expect(kamus.k).toBeUndefined();
    expect(kamus.p.length).toBeGreaterThan(10);
    const diambil: string[] = [];
    const load = fromFiles(files);
    const p = await createSearcher((name) => {
      diambil.push(name);
      return load(name);
    });
    expect((await p.cari('kata5x')).map((h) => h.dokumen.url)).toEqual(['/h0']);
    const chunks = diambil.filter((f) => /^k\d+\.json$/.test(f));
    expect(chunks.length).toBeGreaterThan(0);
    expect(chunks.length).toBeLessThan(kamus.p.length / 2);
  });

  it('answers as a whole dictionary would: typos, completions, restored roots across chunks', async () => {
    const p = await createSearcher(fromFiles(files));
    expect((await p.cari(`${kata[4000]?.slice(0, -1)}`, { mengetik: true })).map((h) => h.dokumen.url)).toContain('/h200');
    expect((await p.cari('kata2s0y')).map((h) => h.dokumen.url)).toContain('/h180');
    // "menegur" is read as "tegur", whose chunk is another one: both sections match.
    expect((await p.cari('menegur')).map((h) => h.dokumen.url).sort()).toEqual(['/h7', '/h9']);
    expect(await p.istilah('menegur')).toEqual(['tegur']);
  });
});

describe('queries', () => {
  const p = createSearcher(fromFiles(buildIndex(KORPUS).files));
  const url = async (q: string, o = {}) => (await (await p).cari(q, o)).map((h) => h.dokumen.url);

  it('finds a word family: "pelaporan" finds "melaporkan"', async () => {
    expect((await url('pelaporan'))[0]).toMatch(/\/sop\/lapor|pasal-60/);
  });

  it('uses the thesaurus: "sponsor" finds the page about calo', async () => {
    expect((await url('sponsor'))[0]).toBe('/perekrut');
  });

  it('tolerates one typo in words of 5+ letters, not in known words', async () => {
    expect((await url('perekrutn'))[0]).toBe('/perekrut');
    expect(await url('melpor')).toContain('/sop/lapor');
    expect(await (await p).perluas('anak')).toEqual([['anak']]);
  });

  it('reads a word typed wrong as its correction, thesaurus included, and knows the thesaurus words themselves', async () => {
    // "perekrutn" → "perekrut", which the thesaurus groups with "calo".
    expect((await (await p).perluas('perekrutn'))[0]).toEqual(expect.arrayContaining(['rekrut', 'calo']));
    // "recruter" is in no page, but one edit from the thesaurus' "recruiter".
    expect((await (await p).perluas('recruter'))[0]).toEqual(expect.arrayContaining(['rekrut', 'calo']));
    expect((await url('recruter'))[0]).toBe('/perekrut');
  });

  it('matches the last word as a prefix while typing', async () => {
    expect(await url('kelur', { mengetik: true })).toContain('/sop/lapor');
    expect(await url('kelur')).toEqual([]);
  });

  it('puts a cited article first', async () => {
    expect((await url('pasal 60 uu 21 2007'))[0]).toBe('/regulasi/uu-21-2007#pasal-60');
    expect(parseCitation('pasal 455 KUHP')).toEqual({ anchor: 'pasal-455', halaman: { awal: 'uu', akhir: '1-2023' } });
    expect(parseCitation('Pasal 2 ayat (1) UU Nomor 21 Tahun 2007')).toEqual({ anchor: 'pasal-2-ayat-1', halaman: { awal: 'uu', akhir: '21-2007' } });
    expect(matchesCitation('/regulasi/uu-21-2007#pasal-2', { anchor: 'pasal-2', halaman: { awal: 'uu', akhir: '21-2007' } })).toBe(true);
    // Not another law with the same number, nor a year that only ends the same.
    expect(matchesCitation('/regulasi/uu-1-2023#pasal-2', { anchor: 'pasal-2', halaman: { awal: 'uu', akhir: '21-2007' } })).toBe(false);
    expect(matchesCitation('/regulasi/pp-21-2007#pasal-2', { anchor: 'pasal-2', halaman: { awal: 'uu', akhir: '21-2007' } })).toBe(false);
  });

  it('cites a regional regulation by kind, number and year, whatever region its file names', () => {
    const r = parseCitation('pasal 5 perda 3 2019');
    expect(r).toEqual({ anchor: 'pasal-5', halaman: { awal: 'perda', akhir: '3-2019' } });
    expect(matchesCitation('/regulasi/perda-kota-kupang-3-2019#pasal-5', r as NonNullable<typeof r>)).toBe(true);
    expect(matchesCitation('/regulasi/perda-ntt-14-2008#pasal-5', r as NonNullable<typeof r>)).toBe(false);
  });

  it('filters by kind', async () => {
    const semua = await (await p).cari('lapor');
    const regulasi = await (await p).cari('lapor', { filter: { jenis: ['regulasi'] } });
    // The query finds other kinds too, so the filter has something to remove, and keeps some.
    expect(semua.some((h) => h.dokumen.jenis !== 'regulasi')).toBe(true);
    expect(regulasi.length).toBeGreaterThan(0);
    expect(regulasi.every((h) => h.dokumen.jenis === 'regulasi')).toBe(true);
    expect(regulasi.map((h) => h.dokumen.url)).toEqual(semua.filter((h) => h.dokumen.jenis === 'regulasi').map((h) => h.dokumen.url));
  });
});

describe('ranking signals', () => {
  const cari = async (docs: SearchDocument[], q: string) => (await (await createSearcher(fromFiles(buildIndex(docs).files))).cari(q)).map((h) => h.dokumen.url);

  it('puts revoked law after the text in force that matches as well, and labels it', async () => {
    const lama = {
      ...dok('/regulasi/uu-21-2007#pasal-2', 'Undang-undang perdagangan orang', 'Pasal 2', 'Ancaman pidana penjara bagi pelaku perdagangan orang.', 'regulasi'),
      dicabut: true,
    };
    const baru = dok(
      '/regulasi/uu-1-2023#pasal-455',
      'Kitab undang-undang hukum pidana',
      'Pasal 455',
      'Ancaman pidana penjara bagi pelaku perdagangan orang, denda kategori.',
      'regulasi',
    );
    expect(await cari([lama, baru], 'ancaman pidana perdagangan orang')).toEqual([baru.url, lama.url]);
    // Without the mark, the shorter revoked text would come first: the mark is what moves it.
    expect(await cari([{ ...lama, dicabut: false }, baru], 'ancaman pidana perdagangan orang')).toEqual([lama.url, baru.url]);
    const hasil = await (await createSearcher(fromFiles(buildIndex([lama, baru]).files))).cari('pasal 2');
    expect(hasil.find((h) => h.dokumen.url === lama.url)?.dokumen.dicabut).toBe(true);
    expect(hasil.find((h) => h.dokumen.url === baru.url)?.dokumen.dicabut).toBeUndefined();
  });

  it('still puts a revoked article first when the query cites it by number', async () => {
    const lama = { ...dok('/regulasi/uu-21-2007#pasal-2', 'UU Nomor 21 Tahun 2007', 'Pasal 2', 'Ancaman pidana penjara bagi pelaku.', 'regulasi'), dicabut: true };
    // Many sections that mention the same words, more than the results a citation is looked for in, and other pages.
    const lain = Array.from({ length: 80 }, (_, i) => dok(`/catatan/${i}`, 'Catatan', '', 'Ancaman pidana menurut Pasal 2 UU 21/2007.', 'halaman'));
    const isi = Array.from({ length: 300 }, (_, i) => dok(`/lain/${i}`, 'Halaman', '', `Kata lain nomor ${i} tentang desa.`));
    expect((await cari([lama, ...lain, ...isi], 'ancaman pidana pasal 2 uu 21 2007'))[0]).toBe(lama.url);
  });

  it('puts a note on the evidence (unverified claims, where the official text is) after a section that states what the sources show', async () => {
    const catatan = { ...dok('/regulasi/pp-59-2021#belum-terverifikasi', 'PP 59/2021', 'Yang belum terverifikasi', 'Biaya layanan LTSA.', 'regulasi'), catatanBukti: true };
    const isi = dok('/regulasi/pp-59-2021#ltsa', 'PP 59/2021', 'Satu atap', 'LTSA melayani calon pekerja migran; biaya layanan ditanggung pemerintah daerah.', 'regulasi');
    expect(await cari([catatan, isi], 'biaya layanan ltsa')).toEqual([isi.url, catatan.url]);
    expect(await cari([{ ...catatan, catatanBukti: false }, isi], 'biaya layanan ltsa')).toEqual([catatan.url, isi.url]);
    // Still found when it is what the query asks for.
    expect(await cari([catatan, isi], 'belum terverifikasi')).toEqual([catatan.url]);
  });

  it('reads a name typed as two words as the one word the index has ("al wihdah" → "alwihdah")', async () => {
    const pt = { ...dok('/perekrut/daftar#p-alwihdahjayasentosa', 'PT Alwihdah Jaya Sentosa', '', '', 'perekrut'), registri: true };
    const modul = dok('/pelatihan/cek#kegiatan', 'Cek perekrut', 'Kegiatan', 'Cari nama perusahaan seperti Jaya Sentosa di ponsel.', 'pelatihan');
    expect((await cari([pt, modul], 'al wihdah jaya sentosa'))[0]).toBe(pt.url);
  });

  it('a training word typed wrong still asks for training: the module is not pushed behind the SOP', async () => {
    const sop = dok('/sop/rt', 'Pelatihan ketua RT di kelurahan', 'Langkah', 'Ketua RT ikut pelatihan di kelurahan.', 'sop');
    const modul = dok('/pelatihan/rt', 'Pelatihan ketua RT', '', 'Modul pelatihan ketua RT.', 'pelatihan');
    expect((await cari([sop, modul], 'pelatihan ketua rt'))[0]).toBe(modul.url);
    expect((await cari([sop, modul], 'pelatihn ketua rt'))[0]).toBe(modul.url);
    // A query that does not ask for training gets the SOP first.
    expect((await cari([sop, modul], 'ketua rt kelurahan'))[0]).toBe(sop.url);
  });

  it('a word corrected from a typo weighs what its likeliest reading weighs, not more than the words typed right', async () => {
    // "ditarik" is not in the index; one edit away are the rare "tari" and the common "tarif".
    const docs = [
      dok('/biaya', 'Aturan', '', 'Biaya penempatan yang boleh dibebankan kepada pekerja migran.'),
      dok('/tari', 'Budaya', '', 'Tari daerah boleh ditampilkan pada acara penempatan guru baru di sekolah desa.'),
      ...Array.from({ length: 6 }, (_, i) => dok(`/tarif${i}`, 'Tarif', '', i < 3 ? `Tarif dan biaya angkutan nomor ${i}.` : `Tarif angkutan nomor ${i}.`)),
    ];
    expect((await cari(docs, 'biaya penempatan yang boleh ditarik'))[0]).toBe('/biaya');
  });
});

describe('highlighting', () => {
  it('marks the words whose terms matched, including other forms of the word', () => {
    const s = highlight('Ketua RT melaporkan pendatang.', ['lapor']);
    expect(s.filter((x) => x.sorot).map((x) => x.teks)).toEqual(['melaporkan']);
  });

  it('returns HTML in text as plain text, never as markup', () => {
    const s = highlight('<img src=x onerror=alert(1)>', ['img']);
    // The text comes back whole, as text, and its words are still highlighted like any other.
    expect(s.map((x) => x.teks).join('')).toBe('<img src=x onerror=alert(1)>');
    expect(s.filter((x) => x.sorot).map((x) => x.teks)).toEqual(['img']);
  });
});
