/** Texts of the screens for the variants of the work process (Venlo, Nijmegen): Dutch (default) and English, with the same keys. */
export const nl = {};

export const en: typeof nl = {};
