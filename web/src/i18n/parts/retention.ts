/** Texts of the screens for de-escalation, retention and the administrative set: Dutch (default) and English, with the same keys. */
export const nl = {};

export const en: typeof nl = {};
