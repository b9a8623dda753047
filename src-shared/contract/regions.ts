import { z } from 'zod';
import { empty, id, role, text } from './common';
import { CUSTOMER_TYPES } from './customers';
import { method, onlyIn } from './define';

/**
 * 市场级别: a fixed list rather than free text, so head office can compare and group regions by
 * market size (二级 and 二级市场 typed by two offices would otherwise be two tiers). '' is a
 * region whose tier nobody has set yet.
 */
export const MARKET_TIERS = ['一级市场', '二级市场', '三级市场', '四级市场'] as const;

/** A region's profile: the regulation's 区域划分 (coverage, market tier, customer types). */
export const regionProfile = z.object({
  code: z.string(),
  name: z.string(),
  coverage: z.string(),
  marketTier: z.string(),
  customerTypes: z.array(z.string()),
});
export type RegionProfileView = z.infer<typeof regionProfile>;

/** A person's membership of the region, from one office day to another (null: still). */
export const regionMembership = z.object({
  userId: id,
  name: z.string(),
  role,
  fromDay: z.string(),
  toDay: z.string().nullable(),
});

/** What the manager edits of the region (its code goes with the office profile). */
export const regionEdit = z
  .object({
    name: text('区域名称', 50, 1),
    coverage: text('覆盖省市', 500, 1),
    marketTier: z.enum(MARKET_TIERS, { error: '请选择市场级别' }),
    customerTypes: z
      .array(z.enum(CUSTOMER_TYPES, { error: '客户类型不在可选范围内' }), { error: '请选择客户类型' })
      .min(1, '请至少选择一种客户类型')
      .refine((ts) => new Set(ts).size === ts.length, '客户类型有重复'),
    /** The region's manager (每个单元由一名区域销售经理负责): an active manager account. */
    managerId: id,
  })
  .strict();
export type RegionEdit = z.infer<typeof regionEdit>;

const regionWithManager = regionProfile.extend({
  /** What other modules name the region by (e.g. a training session for the whole region). */
  id,
  /** The region's manager today, null while it has none. */
  managerId: id.nullable(),
  managerName: z.string().nullable(),
});

export const regionsMethods = onlyIn('office', {
  /** The office's region with its manager, and everyone who belonged to it, with dates, oldest first. */
  'regions.current': method({
    input: empty,
    output: z.object({ region: regionWithManager, memberships: z.array(regionMembership) }),
    access: ['manager', 'clerk'],
  }),
  /** 区域划分: the region's name, coverage, market tier, customer types and manager. */
  'regions.update': method({
    input: regionEdit,
    output: z.object({ region: regionWithManager }),
    access: ['manager'],
  }),
});
