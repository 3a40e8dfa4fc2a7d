/** Texts of the screens for the variants of the work process (Venlo, Nijmegen): Dutch (default) and English, with the same keys. */
export const nl = {
  enrichment: {
    intro: 'Dit is een verrijkingsvraag. U antwoordt alleen of betrokkene bij uw organisatie bekend is; u deelt verder niets.',
    answer: 'Is betrokkene bij uw organisatie bekend?',
    known: 'Bekend',
    notKnown: 'Niet bekend',
    answered: 'Uw antwoord is vastgelegd: alleen bekend of niet bekend.',
    alreadyAnswered: 'Deze vraag is al beantwoord.',
    answersTitle: 'Antwoorden: bekend of niet bekend',
    answersIntro: 'Welke partners betrokkene kennen. Meer dan bekend of niet bekend is niet gevraagd.',
    partner: 'Partner',
    result: 'Antwoord',
    answeredAt: 'Beantwoord op',
  },
  pickup: {
    status: 'Opgepakt',
    notYet: 'Nog niet opgepakt',
    notYetExplained: 'Deze casus is nog niet opgepakt. Tot een partner de casus oppakt, wordt er niets in het systeem vastgelegd. Pakt niemand de casus op, dan neemt iedere deelnemer zijn eigen gegevens terug en blijft er niets achter.',
    by: (partner: string, date: string) => `Opgepakt door ${partner} op ${date}`,
    title: 'Oppakken vastleggen',
    intro: 'Leg vast welke partner de casus oppakt. Pas daarna kunnen partners gegevens inbrengen.',
    partner: 'Partner die de casus oppakt',
    submit: 'Oppakken vastleggen',
    done: (partner: string) => `Vastgelegd: ${partner} pakt de casus op.`,
  },
};

export const en: typeof nl = {
  enrichment: {
    intro: 'This is an enrichment question. You only answer whether the person is known to your organisation; you share nothing else.',
    answer: 'Is the person known to your organisation?',
    known: 'Known',
    notKnown: 'Not known',
    answered: 'Your answer has been recorded: only known or not known.',
    alreadyAnswered: 'This question has already been answered.',
    answersTitle: 'Answers: known or not known',
    answersIntro: 'Which partners know the person. Nothing more than known or not known was asked.',
    partner: 'Partner',
    result: 'Answer',
    answeredAt: 'Answered on',
  },
  pickup: {
    status: 'Picked up',
    notYet: 'Not picked up yet',
    notYetExplained: 'This case has not been picked up yet. Until a partner picks it up, nothing is stored in the system. If nobody picks it up, every participant takes its own data back and nothing remains.',
    by: (partner: string, date: string) => `Picked up by ${partner} on ${date}`,
    title: 'Record the pickup',
    intro: 'Record which partner picks up the case. Only then can partners contribute data.',
    partner: 'Partner picking up the case',
    submit: 'Record the pickup',
    done: (partner: string) => `Recorded: ${partner} picks up the case.`,
  },
};
