import { boardMethods } from '../../../../src-shared/contract/board';
import { defineModule } from '../../module';
import { boardHandlers } from './board-handlers';

/** 报表看板: people × periods against the regulation's deadlines, and punctuality. */
export const boardModule = defineModule({ name: 'board', methods: boardMethods, handlers: boardHandlers });

export { buildBoard, reviewsOverdue, undecidedMatters } from './board-handlers';
