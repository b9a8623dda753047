import { channelSection } from './channel';
import { customersSection } from './customers';
import { peopleSection } from './people';
import { performanceSection } from './performance';
import { pipelineSection } from './pipeline';
import { regionsSection } from './regions';
import { reportsSection } from './reports';
import { salesSection } from './sales';
import { targetsSection } from './targets';
import { trainingSection } from './training';
import type { SectionDef } from './section';

export * from './channel';
export * from './customers';
export * from './people';
export * from './performance';
export * from './pipeline';
export * from './regions';
export * from './reports';
export * from './sales';
export * from './targets';
export * from './training';
export type { SectionDef } from './section';

/**
 * Every section data/bundle.json can hold, each its module's, each with its own versions. A new
 * module adds its section here; head office refuses a section it does not know.
 */
export const BUNDLE_SECTIONS = [
  peopleSection,
  customersSection,
  reportsSection,
  regionsSection,
  salesSection,
  targetsSection,
  performanceSection,
  pipelineSection,
  channelSection,
  trainingSection,
] as const;

/** Sections every bundle must carry. */
export const REQUIRED_SECTIONS = ['people', 'customers', 'reports'] as const;

export type SectionName = (typeof BUNDLE_SECTIONS)[number]['name'];

type Latest = { [S in (typeof BUNDLE_SECTIONS)[number] as S['name']]: ReturnType<S['upgrade']> };

/** The latest data of each section, by name; sections added after the first data version may be absent. */
export type SectionData = Pick<Latest, (typeof REQUIRED_SECTIONS)[number]> &
  Partial<Omit<Latest, (typeof REQUIRED_SECTIONS)[number]>>;

/** A section's declaration by name, or undefined for a name no module declares. */
export function sectionDef(name: string): SectionDef | undefined {
  return (BUNDLE_SECTIONS as readonly SectionDef[]).find((s) => s.name === name);
}
