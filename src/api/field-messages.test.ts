import { describe, expect, it } from 'vitest';
import { fieldIssues } from './field-messages.js';
import { registerCaseBody } from './routes/schemas.js';
import { validationFailed } from '../services/app-error.js';

function issuesOf(input: unknown) {
  const result = registerCaseBody.safeParse(input);
  if (result.success) throw new Error('expected the input to fail');
  return fieldIssues(result.error.issues, '');
}

describe('field messages in plain Dutch (issue 15 item 2)', () => {
  it('reports every bad field of a registration at once, each in Dutch, with the path only as the field key', () => {
    const issues = issuesOf({
      tableId: 'rto',
      subjects: [{ name: '  ', birthDate: '31-13-1980', bsn: '123456789' }],
      registration: { content: '', basis: { kind: 'public_task', law: '' } },
    });
    const byField = Object.fromEntries(issues.map((i) => [i.field, i.message]));
    expect(byField).toEqual({
      'subjects.0.name': 'Vul dit veld in.',
      'subjects.0.birthDate': 'Vul een bestaande datum in als dd-mm-jjjj, bijvoorbeeld 31-03-1980.',
      'subjects.0.bsn': 'Dit BSN voldoet niet aan de elfproef.',
      'registration.content': 'Vul dit veld in.',
      'registration.basis.law': 'Vul dit veld in.',
    });
    for (const i of issues) {
      expect(i.messages?.en).toBeTruthy();
      expect(i.message).not.toMatch(/must|expected|Too small|subjects\.|registration\./);
    }
  });

  it('asks for a choice where a basis kind or a list value is missing', () => {
    const issues = issuesOf({ tableId: 'rto', subjects: [], registration: { content: 'x', basis: {} }, complexCriteria: ['nonsense'] });
    const byField = Object.fromEntries(issues.map((i) => [i.field, i.message]));
    expect(byField.subjects).toBe('Kies er minstens één.');
    expect(byField['complexCriteria.0']).toBe('Maak een keuze uit de mogelijkheden.');
    expect(Object.entries(byField).find(([f]) => f.startsWith('registration.basis'))?.[1]).toBe('Maak een keuze uit de mogelijkheden.');
  });

  it('the summary counts the fields and names no internal path', () => {
    const e = validationFailed(issuesOf({ tableId: 'rto', subjects: [{ name: '' }], registration: { content: '', basis: { kind: 'wpg20', decision: '' } } }));
    expect(e.messages.nl).toBe('3 velden zijn niet goed ingevuld. Ze staan hieronder.');
    expect(e.messages.nl).not.toContain('subjects');
  });
});
