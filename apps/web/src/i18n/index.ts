import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en';
import zh from './zh';

export type Lang = 'zh-CN' | 'en';
export const LANG_KEY = 'lz_lang';

export function storedLang(): Lang {
  try {
    return localStorage.getItem(LANG_KEY) === 'en' ? 'en' : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

export const i18nOptions = {
  resources: { 'zh-CN': { translation: zh }, en: { translation: en } },
  fallbackLng: 'zh-CN',
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
};

void i18n.use(initReactI18next).init({ ...i18nOptions, lng: storedLang() });

/** The server renders the board's first paint in the language this cookie names. */
const langCookie = (lang: Lang) => {
  document.cookie = `${LANG_KEY}=${lang}; path=/; SameSite=Strict; max-age=31536000`;
};
if (typeof document !== 'undefined' && !document.cookie.includes(`${LANG_KEY}=${storedLang()}`)) langCookie(storedLang());

/** Switches the language and remembers it for the next visit. */
export function setLang(lang: Lang): void {
  localStorage.setItem(LANG_KEY, lang);
  langCookie(lang);
  document.documentElement.lang = lang;
  void i18n.changeLanguage(lang);
}

export default i18n;
