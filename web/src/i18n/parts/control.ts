/** Texts of the screens for the contributor's control over its own contributions (P4): Dutch (default) and English, with the same keys. */
export const nl = {};

export const en: typeof nl = {};
