/** Texts of the screens for consents and third parties: Dutch (default) and English, with the same keys. */
export const nl = {};

export const en: typeof nl = {};
