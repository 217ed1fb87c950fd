/** Build-time schema for data/kontak.json (Node only: zod stays out of browser bundles). */
import * as z from 'zod';
import { sumberSchema } from '../content/schema';
import { tanggal, teks, wilayahSchema } from '../content/fields';
import { LAYANAN } from './saluran';

export const nomorSchema = z.strictObject({
  tampil: teks.regex(/^\+?[\d\s().-]{3,}$/, { message: 'harus nomor telepon seperti tertulis di sumber, mis. 0800-1000' }),
  keterangan: teks.optional(),
});

export const kontakSchema = z
  .strictObject({
    id: teks.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'harus huruf kecil dan tanda hubung' }),
    nama: teks,
    untuk: teks,
    melayani: z.array(z.enum(LAYANAN, { error: `harus salah satu dari: ${LAYANAN.join(', ')}` })).min(1, { message: 'sebutkan siapa yang dilayani' }),
    telepon: z.array(nomorSchema),
    whatsapp: z.array(nomorSchema),
    lainnya: teks.optional(),
    wilayah: wilayahSchema,
    jam: teks.nullable(),
    sumber: z.array(sumberSchema).min(1, { message: 'setiap kontak perlu minimal satu sumber' }),
    diperiksa: tanggal,
    tinjau_ulang: tanggal,
  })
  .refine((k) => k.telepon.length + k.whatsapp.length > 0 || k.lainnya, {
    message: 'isi telepon, whatsapp, atau lainnya (cara menghubungi)',
    path: ['telepon'],
  })
  .refine((k) => k.tinjau_ulang > k.diperiksa, { message: 'harus sesudah tanggal diperiksa', path: ['tinjau_ulang'] });

export const dataKontakSchema = z.strictObject({ kontak: z.array(kontakSchema) }).superRefine((d, ctx) => {
  const dilihat = new Set<string>();
  d.kontak.forEach((k, i) => {
    if (dilihat.has(k.id)) ctx.addIssue({ code: 'custom', path: ['kontak', i, 'id'], message: `id "${k.id}" dipakai dua kali` });
    dilihat.add(k.id);
  });
});
