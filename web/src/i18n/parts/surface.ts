/** Texts of the work surface (forms that prevent refusals, confirmations, overview): Dutch (default) and English, with the same keys. */
export const nl = {
  catalogueHint: 'Alleen de grondslagen die uw organisatie mag gebruiken. De keuze vult de soort grondslag en de wet in.',
  chooseBasis: 'Kies een grondslag',
  basisRequired: 'Kies de grondslag waarop uw organisatie dit verstrekt.',
  required: 'Vul dit veld in.',
  dateHint: 'Als dd-mm-jjjj, bijvoorbeeld 31-03-1980',
  dateInvalid: 'Vul een bestaande datum in als dd-mm-jjjj, bijvoorbeeld 31-03-1980.',
  checkSummary: (n: number) => (n === 1 ? 'Eén veld is niet goed ingevuld. Het staat hieronder.' : `${n} velden zijn niet goed ingevuld. Ze staan hieronder.`),
  confirm: {
    title: (step: string) => `${step}: weet u het zeker?`,
    yes: (step: string) => `Ja, ${step.toLowerCase()}`,
    no: 'Nee, terug',
    irreversible: 'Dit kunt u niet ongedaan maken.',
  },
  consequences: {
    reject: 'De casus wordt niet in behandeling genomen. Alle identificerende gegevens van de betrokkenen worden direct verwijderd; alleen het advies aan de melder blijft over.',
    deescalate: 'De casus wordt afgeschaald: het overleg stopt en de bewaartermijn gaat lopen. Daarna volgen archiveren en verwijderen volgens de bewaarregels.',
    close_without_meeting: 'De casus wordt gesloten zonder Ronde Tafel Overleg; de gekozen organisatie pakt de zorgen op. De bewaartermijn gaat lopen.',
    refer: 'De casus gaat naar de gekozen overlegtafel; die tafel neemt de behandeling over.',
    archive: 'De casus wordt gearchiveerd volgens de bewaarregels van uw samenwerkingsverband.',
    delete: 'De gegevens van de casus worden verwijderd volgens de bewaarregels van uw samenwerkingsverband.',
  } as Record<string, string>,
  weighing: {
    needed: 'Voor delen zonder toestemming legt uw organisatie eerst een afweging vast (proportionaliteit, subsidiariteit, doelmatigheid). Uw antwoord blijft bewaard.',
    incomplete: 'De afweging van uw organisatie is nog niet compleet. Maak haar af voordat u deelt; uw antwoord blijft bewaard.',
    go: 'Afweging vastleggen',
    back: 'Terug naar uw antwoord',
  },
};

export const en: typeof nl = {
  catalogueHint: 'Only the legal bases your organisation may use. The choice fills in the kind of basis and the law.',
  chooseBasis: 'Choose a legal basis',
  basisRequired: 'Choose the legal basis on which your organisation provides this.',
  required: 'Fill in this field.',
  dateHint: 'As dd-mm-yyyy, for example 31-03-1980',
  dateInvalid: 'Enter a real date as dd-mm-yyyy, for example 31-03-1980.',
  checkSummary: (n: number) => (n === 1 ? 'One field is not filled in correctly. It is listed below.' : `${n} fields are not filled in correctly. They are listed below.`),
  confirm: {
    title: (step: string) => `${step}: are you sure?`,
    yes: (step: string) => `Yes, ${step.toLowerCase()}`,
    no: 'No, go back',
    irreversible: 'You cannot undo this.',
  },
  consequences: {
    reject: 'The case is not taken on. All identifying data of the subjects is deleted at once; only the advice to the reporter remains.',
    deescalate: 'The case is de-escalated: the meetings stop and the retention period starts. Archiving and deletion follow the retention rules.',
    close_without_meeting: 'The case is closed without a round-table meeting; the chosen organisation picks up the concerns. The retention period starts.',
    refer: 'The case goes to the chosen table, which takes over.',
    archive: "The case is archived under your collaboration's retention rules.",
    delete: "The case's data is deleted under your collaboration's retention rules.",
  },
  weighing: {
    needed: 'To share without consent your organisation first records a weighing (proportionality, subsidiarity, effectiveness). Your answer is kept.',
    incomplete: "Your organisation's weighing is not complete yet. Finish it before you share; your answer is kept.",
    go: 'Record the weighing',
    back: 'Back to your answer',
  },
};
