import { describe, it } from 'vitest';
import { getForm } from '../../../src-shared/domain/forms';
import { FORM_CASES } from './form-cases';
import { runFormCase } from './form-run';

describe('event and quarterly forms through dispatch', () => {
  for (const c of FORM_CASES.filter((x) => ['F06', 'F07', 'F08', 'F09'].includes(x.code))) {
    it(`${c.code} ${getForm(c.code).title}: author, period, due moment, on time, search`, () =>
      runFormCase(c));
  }
});
