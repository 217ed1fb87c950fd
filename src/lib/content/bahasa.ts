/** The two languages of the site, and a text in both, for labels that code renders itself. */
export type Bahasa = 'id' | 'en';

export interface Teks {
  id: string;
  en: string;
}

/** The locale's language; anything that is not English reads Indonesian. */
export function bahasa(locale: string | undefined): Bahasa {
  return locale?.startsWith('en') ? 'en' : 'id';
}
