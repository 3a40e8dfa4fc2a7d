/** Texts of the table protocol (seed 000 Bijlage 2) on the case screens: Dutch (default) and English, with the same keys. */
export const nl = {
  category: 'Soort gegevens',
  categoryHint: 'Alleen de leefgebieden en de gegevens die deze overlegtafel mag vastleggen.',
  chooseCategory: 'Kies de soort gegevens',
  lifeDomains: 'Leefgebieden',
  dataSet: 'Gegevensset van de overlegtafel',
  special: '(bijzonder persoonsgegeven)',
  expected: 'Wat deze overlegtafel van uw organisatie vraagt',
  tableReason: 'Reden om een incidentele partner te betrekken',
  tableReasonHint: 'Alleen nodig voor een incidentele partner van deze overlegtafel.',
};

export const en: typeof nl = {
  category: 'Kind of data',
  categoryHint: 'Only the life domains and the data this table may record.',
  chooseCategory: 'Choose the kind of data',
  lifeDomains: 'Life domains',
  dataSet: "The table's data set",
  special: '(special category)',
  expected: 'What this table asks of your organisation',
  tableReason: 'Reason to involve an incidental partner',
  tableReasonHint: 'Needed only for an incidental partner of this table.',
};
