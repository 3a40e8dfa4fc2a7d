import { describe, expect, it } from 'vitest';
import { validateBsn } from './bsn.js';
import { collectFieldErrors, fieldError, requireText } from './field-errors.js';
import { validatePostcode } from './postcode.js';

describe('field-named errors', () => {
  it('names the field in both languages and keeps the code', () => {
    const error = fieldError('subjects.0.bsn', validateBsn('123'));
    expect(error).toEqual({
      field: 'subjects.0.bsn',
      code: 'bsn_format',
      message: {
        nl: 'subjects.0.bsn: Een BSN bestaat uit precies 9 cijfers.',
        en: 'subjects.0.bsn: A BSN consists of exactly 9 digits.',
      },
    });
    expect(fieldError('bsn', validateBsn('111222333'))).toBeNull();
  });

  it('collects every failing field at once', () => {
    const errors = collectFieldErrors({
      bsn: validateBsn('123456789'),
      postcode: validatePostcode('6211 LK'),
      reason: requireText('   '),
    });
    expect(errors.map((e) => [e.field, e.code])).toEqual([
      ['bsn', 'bsn_checksum'],
      ['reason', 'required'],
    ]);
  });
});
