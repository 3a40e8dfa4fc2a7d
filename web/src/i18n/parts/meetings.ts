/** Texts of the screens for the meetings of a case: Dutch (default) and English, with the same keys. */
export const nl = {};

export const en: typeof nl = {};
