import { customerMethods } from '../../../../src-shared/contract/customers';
import { defineModule } from '../../module';
import { customerHandlers } from './customer-handlers';

/** The office's customer file. */
export const customersModule = defineModule({
  name: 'customers',
  methods: customerMethods,
  handlers: customerHandlers,
});
