import { describe, expect, it } from 'vitest';
import data from '../../../data/kontak.json';
import { telHref, whatsAppHref, kontakFor, needsReview, type DataKontak } from '.';

const { kontak } = data as DataKontak;

describe('tappable numbers', () => {
  it('dial exactly the digits the source prints', () => {
    expect(telHref('110')).toBe('tel:110');
    expect(telHref('0800-1000')).toBe('tel:08001000');
    expect(telHref('(021) 2968 1560')).toBe('tel:02129681560');
    expect(telHref('+62 21 2924 4800')).toBe('tel:+622129244800');
  });

  it('open WhatsApp in international form, with the message when given', () => {
    expect(whatsAppHref('08111-129-129')).toBe('https://wa.me/628111129129');
    expect(whatsAppHref('0811-8080-141', 'Ada 5 orang di kos & mobil')).toBe('https://wa.me/628118080141?text=Ada%205%20orang%20di%20kos%20%26%20mobil');
  });
});

describe('contacts', () => {
  it('has the national hotlines the sources confirm', () => {
    const id = (x: string) => kontak.find((k) => k.id === x);
    expect(id('polisi-110')?.telepon.map((n) => n.tampil)).toEqual(['110']);
    expect(id('sapa-129')?.whatsapp.map((n) => n.tampil)).toEqual(['08111-129-129']);
    expect(id('kp2mi')?.telepon.map((n) => n.tampil)).toContain('0800-1000');
  });

  it('lists national contacts and those of the region, not of other regions', () => {
    const kupang = kontakFor(kontak, ['kota-kupang']).map((k) => k.id);
    expect(kupang).toContain('sapa-129');
    expect(kupang).toContain('uptd-ppa-ntt');
    expect(kontakFor(kontak, ['kabupaten-kutai-timur']).map((k) => k.id)).not.toContain('uptd-ppa-ntt');
  });

  it('flags an entry once its review date has passed', () => {
    expect(needsReview({ tinjau_ulang: '2027-05-22' }, '2027-05-22')).toBe(false);
    expect(needsReview({ tinjau_ulang: '2027-05-22' }, '2027-05-23')).toBe(true);
  });
});
