/** The language context: Dutch by default, English switchable, remembered in this browser. */
import { createContext, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { en } from './en';
import { nl } from './nl';
import type { Messages } from './nl';

export type Lang = 'nl' | 'en';
const STORAGE_KEY = 'casustafel.lang';

interface I18n {
  readonly t: Messages;
  readonly lang: Lang;
  readonly setLang: (lang: Lang) => void;
}

const I18nContext = createContext<I18n>({ t: nl, lang: 'nl', setLang: () => undefined });

function initialLang(): Lang {
  try {
    return window.localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'nl';
  } catch {
    return 'nl';
  }
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(initialLang);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const value = useMemo<I18n>(
    () => ({
      t: lang === 'en' ? en : nl,
      lang,
      setLang: (next) => {
        try {
          window.localStorage.setItem(STORAGE_KEY, next);
        } catch {
          // Private mode: the choice lasts for this page only.
        }
        setLangState(next);
      },
    }),
    [lang],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}

/** A label from a catalogue map, falling back to the code itself for values the catalogue lacks. */
export function label(map: Record<string, string>, code: string): string {
  return map[code] ?? code;
}
