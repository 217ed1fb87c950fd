import React, { useEffect, useState, type ReactNode } from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { DATA_KONTAK } from '@site/src/lib/kontak/data';
import { readDraft, ISIAN, missingFields, DRAFT_KEY, composeMessage, writeDraft, type Isian, type LaporanValues } from '@site/src/lib/laporan';
import { telHref, whatsAppHref, KATA_ORANG, shortName, ORANG, whatsAppRecipients, saluranFor, type Orang } from '@site/src/lib/kontak';
import { findWilayah } from '@site/src/lib/wilayah';
import { kecamatanIn } from '@site/src/lib/wilayah/rinci';
import { salinKePapan } from '@site/src/lib/web/clipboard';
import styles from './styles.module.css';

const { kontak: SEMUA } = DATA_KONTAK;
const KOTA = findWilayah('kota-kupang') ?? null;
const KELURAHAN = kecamatanIn('kota-kupang').flatMap((k) => k.kelurahan.map((kel) => ({ kecamatan: k.nama, nama: kel.nama })));

function Kolom({ isian, nilai, ubah, en }: { isian: Isian; nilai: string; ubah: (v: string) => void; en: boolean }): ReactNode {
  const id = `laporan-${isian.id}`;
  // The English site asks in English; the values stay the Indonesian ones the message uses.
  const label = en ? isian.en.label : isian.label;
  const teksBantuan = en ? isian.en.bantuan : isian.bantuan;
  const bantuan = isian.bantuan ? `${id}-bantuan` : undefined;
  const umum = { id, name: isian.id, value: nilai, 'aria-describedby': bantuan, required: isian.wajib };
  let kontrol: ReactNode;
  if (isian.jenis === 'paragraf') kontrol = <textarea {...umum} rows={4} onChange={(e) => ubah(e.target.value)} />;
  else if (isian.jenis === 'pilihan') {
    const opsi = isian.id === 'kelurahan' ? KELURAHAN.map((k) => k.nama) : (isian.pilihan ?? []);
    kontrol = (
      <select {...umum} onChange={(e) => ubah(e.target.value)}>
        <option value="">{translate({ id: 'laporan.pilih', message: '(pilih)' })}</option>
        {opsi.map((o, i) => (
          <option key={o} value={o}>
            {(en && isian.en.pilihan?.[i]) || o}
          </option>
        ))}
      </select>
    );
  } else kontrol = <input {...umum} type="text" onChange={(e) => ubah(e.target.value)} />;
  return (
    <div className={styles.kolom}>
      <label htmlFor={id}>
        {label}
        {isian.wajib ? <span aria-hidden="true"> *</span> : null}
      </label>
      {teksBantuan ? (
        <span id={bantuan} className={styles.bantuan}>
          {teksBantuan}
        </span>
      ) : null}
      {kontrol}
    </div>
  );
}

/**
 * The RT head's report form. Everything happens in this page: the message is built here and
 * leaves the phone only when the person taps WhatsApp or copies it. A draft is kept in the
 * browser's own storage only when asked, and can be deleted.
 */
export default function PembuatLaporan(): ReactNode {
  const [nilai, setNilai] = useState<LaporanValues>({});
  const [info, setInfo] = useState('');
  // Who is at risk decides who receives the report (src/lib/kontak/saluran); not kept in a draft.
  const [orang, setOrang] = useState<Orang | ''>('');
  const { i18n } = useDocusaurusContext();
  const kataOrang = KATA_ORANG[i18n.currentLocale === 'en' ? 'en' : 'id'];
  const penerima = orang ? whatsAppRecipients(SEMUA, orang, KOTA) : [];
  const telepon = orang ? saluranFor(SEMUA, orang, KOTA).filter((k) => k.telepon.length > 0) : [];
  useEffect(() => {
    try {
      const draf = readDraft(window.localStorage.getItem(DRAFT_KEY));
      if (draf === 'rusak') {
        setInfo(
          translate({
            id: 'laporan.drafRusak',
            message: 'Ada draf tersimpan di ponsel ini, tetapi isinya rusak, jadi tidak dimuat. Tekan "Hapus draf dan isian" untuk membuangnya.',
          }),
        );
      } else if (draf) {
        setNilai(draf.nilai);
        setInfo(translate({ id: 'laporan.drafDimuat', message: 'Draf yang Anda simpan di ponsel ini dimuat.' }));
      }
    } catch {
      // Storage blocked: start with an empty form.
    }
  }, []);

  const kosong = missingFields(nilai);
  const pesan = composeMessage(nilai);
  const siap = kosong.length === 0;

  const simpan = (): void => {
    window.localStorage.setItem(DRAFT_KEY, writeDraft(nilai));
    setInfo(translate({ id: 'laporan.drafDisimpan', message: 'Draf disimpan di ponsel ini saja. Hapus bila sudah tidak perlu.' }));
  };
  const hapus = (): void => {
    window.localStorage.removeItem(DRAFT_KEY);
    setNilai({});
    setInfo(translate({ id: 'laporan.drafDihapus', message: 'Draf dan isian dihapus.' }));
  };
  const salin = async (): Promise<void> => {
    const ok = await salinKePapan(pesan);
    setInfo(
      ok
        ? translate({ id: 'laporan.tersalin', message: 'Pesan tersalin. Tempelkan di SMS atau aplikasi lain.' })
        : translate({ id: 'laporan.gagalSalin', message: 'Tidak bisa menyalin otomatis; pilih teks pesan lalu salin.' }),
    );
  };

  return (
    <div className={styles.pembuat}>
      <form className={styles.form} onSubmit={(e) => e.preventDefault()} aria-label={translate({ id: 'laporan.form', message: 'Isian laporan' })}>
        {ISIAN.map((i) => (
          <Kolom key={i.id} isian={i} nilai={nilai[i.id] ?? ''} ubah={(v) => setNilai({ ...nilai, [i.id]: v })} en={i18n.currentLocale === 'en'} />
        ))}
        <p className={styles.bantuan}>
          <Translate id="laporan.wajib">* wajib diisi. Isian tidak dikirim ke mana pun sampai Anda menekan tombol WhatsApp atau menyalin pesan.</Translate>
        </p>
      </form>

      <section className={styles.hasil} aria-labelledby="laporan-pesan-judul" data-cari-abaikan="">
        <h2 id="laporan-pesan-judul">
          <Translate id="laporan.pesanJudul">Pesan laporan</Translate>
        </h2>
        {!siap ? (
          <p className={styles.kurang} role="status">
            <Translate id="laporan.lengkapi" values={{ isian: kosong.map((i) => i.label).join('; ') }}>
              {'Lengkapi dulu: {isian}'}
            </Translate>
          </p>
        ) : null}
        <pre className={styles.pesan} data-testid="pesan-laporan">
          {pesan}
        </pre>
        <div className={styles.kolom}>
          <label htmlFor="laporan-orang">
            <Translate id="laporan.orang">Siapa yang terancam? (menentukan penerima laporan)</Translate>
          </label>
          <select id="laporan-orang" value={orang} onChange={(e) => setOrang(e.target.value as Orang | '')}>
            <option value="">{translate({ id: 'laporan.pilih', message: '(pilih)' })}</option>
            {ORANG.map((o) => (
              <option key={o} value={o}>
                {kataOrang[o]}
              </option>
            ))}
          </select>
        </div>
        {orang && penerima.length === 0 ? (
          <p className={styles.bantuan} data-testid="laporan-telepon">
            <Translate id="laporan.tanpaWhatsApp">Untuk orang ini tidak ada layanan yang menerima laporan lewat WhatsApp. Laporkan lewat telepon atau datang langsung:</Translate>{' '}
            {telepon.map((k) => (
              <a key={k.id} data-kontak={k.id} className="button button--sm button--primary margin-right--sm" href={telHref(k.telepon[0]?.tampil ?? '')}>
                {shortName(k)}: {k.telepon[0]?.tampil}
              </a>
            ))}
          </p>
        ) : null}
        <div className={styles.tombol}>
          {penerima.map((k) => (
            <a
              key={k.id}
              data-kontak={k.id}
              className={`button button--primary${siap ? '' : ' disabled'}`}
              href={siap ? whatsAppHref(k.whatsapp[0]?.tampil ?? '', pesan) : undefined}
              role="link"
              aria-disabled={!siap}
              rel="noopener noreferrer"
            >
              <Translate id="laporan.kirimKe" values={{ nama: shortName(k) }}>
                {'Kirim ke {nama} lewat WhatsApp'}
              </Translate>
            </a>
          ))}
          <a
            className={`button button--secondary${siap ? '' : ' disabled'}`}
            href={siap ? `https://wa.me/?text=${encodeURIComponent(pesan)}` : undefined}
            role="link"
            aria-disabled={!siap}
            rel="noopener noreferrer"
          >
            <Translate id="laporan.kirimPilih">Kirim lewat WhatsApp (pilih penerima)</Translate>
          </a>
          <button type="button" className="button button--secondary" onClick={() => void salin()} disabled={!siap}>
            <Translate id="laporan.salin">Salin pesan</Translate>
          </button>
          <button type="button" className="button button--secondary" onClick={() => window.print()}>
            <Translate id="laporan.cetak">Cetak</Translate>
          </button>
          <button type="button" className="button button--outline button--secondary" onClick={simpan}>
            <Translate id="laporan.simpan">Simpan draf di ponsel ini</Translate>
          </button>
          <button type="button" className="button button--outline button--danger" onClick={hapus}>
            <Translate id="laporan.hapus">Hapus draf dan isian</Translate>
          </button>
        </div>
        <p role="status" className={styles.info}>
          {info}
        </p>
      </section>
    </div>
  );
}
