import { describe, it } from 'vitest';
import { getForm } from '../../../src-shared/domain/forms';
import { FORM_CASES } from './form-cases';
import { runFormCase } from './form-run';

describe('weekly and monthly forms through dispatch', () => {
  for (const c of FORM_CASES.filter((x) => ['F02', 'F03', 'F04', 'F05'].includes(x.code))) {
    it(`${c.code} ${getForm(c.code).title}: author, period, due moment, on time, search`, () =>
      runFormCase(c));
  }
});
