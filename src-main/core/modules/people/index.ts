import { peopleMethods } from '../../../../src-shared/contract/people';
import { defineModule } from '../../module';
import { peopleHandlers } from './people-handlers';
import { peopleSection } from './people-section';

/** The office's people: reps, clerks and managers, their roles and accounts. */
export const peopleModule = defineModule({
  name: 'people',
  methods: peopleMethods,
  handlers: peopleHandlers,
  bundleSection: peopleSection,
});

export { dueSpans, spanMeets } from './due-spans';
