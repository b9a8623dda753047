import { z } from 'zod';
import { id } from '../../contract/common';
import { ATTENDANCE, SESSION_STATUSES } from '../../domain/training/sessions';
import { defineSection } from './section';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const time = z.string().regex(/^\d{2}:\d{2}$/);
const name = z.string().max(50);

const v1 = z
  .object({
    month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
    /** Whether the office counts 请假 as 缺席 in its attendance rate. */
    excusedCountsAsAbsent: z.boolean(),
    /** Sessions dated in the month, whatever their state, with their lists as entered. */
    sessions: z
      .array(
        z
          .object({
            id,
            topic: z.string().max(100),
            category: z.string().max(20),
            trainerName: name,
            /** Whether the trainer is one of the office's people. */
            internalTrainer: z.boolean(),
            day,
            startTime: time,
            endTime: time,
            place: z.string().max(100),
            hours: z.number().gt(0).max(24),
            status: z.enum(SESSION_STATUSES),
            attendees: z
              .array(
                z
                  .object({
                    userId: id,
                    name,
                    attendance: z.enum(ATTENDANCE).nullable(),
                    score: z.number().min(0).max(100).nullable(),
                  })
                  .strict(),
              )
              .max(1_000),
          })
          .strict(),
      )
      .max(5_000),
    /** 个人发展计划 items opened or closed during the month. */
    development: z
      .array(
        z
          .object({
            id,
            userId: id,
            name,
            skill: z.string().max(200),
            goal: z.string().max(500),
            category: z.string().max(20).nullable(),
            status: z.enum(['proposed', 'open', 'done', 'dropped']),
            dueOn: day.nullable(),
            /** Proposed from an F02 score (its dimension), or written by the manager (null). */
            dimension: z.string().max(40).nullable(),
            openedOn: day,
            closedOn: day.nullable(),
          })
          .strict(),
      )
      .max(10_000),
  })
  .strict();
export type BundleTraining = z.infer<typeof v1>;

/** 培训与发展 of the month: sessions with attendance and scores, and development plan items. */
export const trainingSection = defineSection('training', { 1: v1 });
