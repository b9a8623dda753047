import { developmentMethods } from '../../../../src-shared/contract/development';
import { trainingMethods } from '../../../../src-shared/contract/training';
import { trainingDocumentMethods } from '../../../../src-shared/contract/training-documents';
import { defineModule } from '../../module';
import { developmentHandlers } from './development-handlers';
import { trainingDocumentHandlers } from './document-handlers';
import * as m020 from './migrations/020-training';
import { trainingHandlers } from './training-handlers';
import { trainingSection } from './training-section';

/** 培训与发展 (制度第6方面): training sessions, attendance and scores, and personal development plans. */
export const trainingModule = defineModule({
  name: 'training',
  methods: { ...trainingMethods, ...developmentMethods, ...trainingDocumentMethods },
  handlers: { ...trainingHandlers, ...developmentHandlers, ...trainingDocumentHandlers },
  migrations: [{ version: 20, name: '020-training', up: m020.up }],
  bundleSection: trainingSection,
});

export { type TrainingFigures, trainingFigures } from './training-figures';

export { coachingFigures, type FiguresScope, quarterCoaching, trainingHoursOf } from './development-figures';
export { type ApprovedJointVisit, applyJointVisit } from './development-repo';
