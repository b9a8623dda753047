import { homeMethods } from '../../../../src-shared/contract/home';
import { defineModule } from '../../module';
import { homeHandlers } from './home-handlers';

/** The home page: what is due, overdue, returned or waiting for review, for the signed-in person. */
export const homeModule = defineModule({ name: 'home', methods: homeMethods, handlers: homeHandlers });
