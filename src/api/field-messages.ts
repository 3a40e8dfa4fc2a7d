/**
 * What a failed field check says, in Dutch and English, for a person filling in a form: "Vul dit
 * veld in", never a library's wording or an internal path. The UI puts the field's own label in
 * front; the path stays in `field` for the form to find the field.
 */
import type { z } from 'zod';
import type { FieldIssue, Messages } from '../services/app-error.js';

const REQUIRED: Messages = { nl: 'Vul dit veld in.', en: 'Fill in this field.' };
const CHOOSE: Messages = { nl: 'Maak een keuze uit de mogelijkheden.', en: 'Choose one of the options.' };
const CHOOSE_ONE: Messages = { nl: 'Kies er minstens één.', en: 'Choose at least one.' };

function formatMessage(issue: z.core.$ZodIssueInvalidStringFormat): Messages {
  switch (issue.format) {
    case 'date':
      return { nl: 'Vul een bestaande datum in als dd-mm-jjjj, bijvoorbeeld 31-03-1980.', en: 'Enter a real date as YYYY-MM-DD, for example 1980-03-31.' };
    case 'datetime':
      return { nl: 'Vul een bestaande datum en tijd in.', en: 'Enter a real date and time.' };
    case 'uuid':
    case 'guid':
      return CHOOSE;
    case 'email':
      return { nl: 'Vul een e-mailadres in, bijvoorbeeld naam@organisatie.nl.', en: 'Enter an e-mail address, for example name@organisation.nl.' };
    case 'regex':
      return issue.pattern === String(/^\d{9}$/) || issue.path.at(-1) === 'bsn'
        ? { nl: 'Een BSN bestaat uit precies 9 cijfers.', en: 'A BSN consists of exactly 9 digits.' }
        : { nl: 'Dit veld heeft niet de juiste vorm.', en: 'This field does not have the right form.' };
    default:
      return { nl: 'Dit veld heeft niet de juiste vorm.', en: 'This field does not have the right form.' };
  }
}

/** The plain-language message of one zod issue. */
export function fieldMessages(issue: z.core.$ZodIssue): Messages {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined || issue.input === null || issue.input === '' ? REQUIRED : { nl: 'Dit veld is niet goed ingevuld.', en: 'This field is not filled in correctly.' };
    case 'too_small':
      if (issue.origin === 'string') {
        return Number(issue.minimum) <= 1 ? REQUIRED : { nl: `Vul minstens ${String(issue.minimum)} tekens in.`, en: `Enter at least ${String(issue.minimum)} characters.` };
      }
      if (issue.origin === 'array' || issue.origin === 'set') {
        return Number(issue.minimum) <= 1 ? CHOOSE_ONE : { nl: `Kies er minstens ${String(issue.minimum)}.`, en: `Choose at least ${String(issue.minimum)}.` };
      }
      return { nl: `Vul ${String(issue.minimum)} of meer in.`, en: `Enter ${String(issue.minimum)} or more.` };
    case 'too_big':
      if (issue.origin === 'string') return { nl: `Gebruik hoogstens ${String(issue.maximum)} tekens.`, en: `Use at most ${String(issue.maximum)} characters.` };
      if (issue.origin === 'array' || issue.origin === 'set') return { nl: `Kies er hoogstens ${String(issue.maximum)}.`, en: `Choose at most ${String(issue.maximum)}.` };
      return { nl: `Vul ${String(issue.maximum)} of minder in.`, en: `Enter ${String(issue.maximum)} or less.` };
    case 'invalid_format':
      return formatMessage(issue);
    case 'invalid_value':
    case 'invalid_union':
      return CHOOSE;
    case 'unrecognized_keys':
      return { nl: `Onbekend veld: ${issue.keys.join(', ')}.`, en: `Unknown field: ${issue.keys.join(', ')}.` };
    case 'custom': {
      const en: unknown = issue.params?.en;
      return typeof en === 'string' ? { nl: issue.message, en } : { nl: 'Dit veld is niet goed ingevuld.', en: 'This field is not filled in correctly.' };
    }
    default:
      return { nl: 'Dit veld is niet goed ingevuld.', en: 'This field is not filled in correctly.' };
  }
}

/** The issues of a failed parse as field issues: the path for the form, the message for the person. */
export function fieldIssues(issues: readonly z.core.$ZodIssue[], prefix: string): FieldIssue[] {
  return issues.map((issue) => {
    const messages = fieldMessages(issue);
    return { field: [prefix, ...issue.path.map(String)].filter((s) => s !== '').join('.'), message: messages.nl, messages };
  });
}
