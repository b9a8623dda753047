import type { Letterhead } from './doc-meta';
import type { DocModel } from './doc-model';

/** The running header of a channel document: company and title left, region, office and fax right. */
export function channelHeader(lh: Letterhead, title: string): DocModel['header'] {
  const region = lh.regionName && !/区域?$/.test(lh.regionName) ? `${lh.regionName}区域` : lh.regionName;
  const fax = lh.fax.trim() ? `  传真 ${lh.fax.trim()}` : '';
  return {
    left: `${lh.company}  ${title}`,
    right: `${[region, lh.officeName].filter(Boolean).join(' · ')}${fax}`,
  };
}
