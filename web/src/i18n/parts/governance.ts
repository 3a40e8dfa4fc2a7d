/** Texts of the screens for administration: tables, accession and notice, the collaboration's theme: Dutch (default) and English, with the same keys. */
export const nl = {};

export const en: typeof nl = {};
