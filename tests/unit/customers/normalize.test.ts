import { describe, expect, it } from 'vitest';
import {
  normalizeCustomerName,
  normalizePhone,
  phoneKeys,
  splitPhones,
} from '../../../src-shared/domain/customers';

describe('normalizeCustomerName', () => {
  it.each([
    ['华东医药股份有限公司', '华东医药'],
    ['华东医药有限公司', '华东医药'],
    ['华东医药有限责任公司', '华东医药'],
    ['华东医药集团公司', '华东医药'],
    ['华东医药公司', '华东医药'],
    ['华东医药', '华东医药'],
    [' 华东 医药　有限公司 ', '华东医药'],
    ['ＡＢＣ医药连锁（杭州）有限公司', 'abc医药连锁(杭州)'],
    ['ABC医药连锁(杭州)有限公司', 'abc医药连锁(杭州)'],
    ['abc医药连锁【杭州】', 'abc医药连锁(杭州)'],
    ['Sinopharm 国药控股', 'sinopharm国药控股'],
    ['华东医药集团有限公司', '华东医药集团'],
    // 厂 names a factory, not a legal form: it stays.
    ['杭州第二制药厂', '杭州第二制药厂'],
    // A branch keeps its own key, with the parent's legal form inside it dropped.
    ['华东医药有限公司杭州分公司', '华东医药杭州分公司'],
    ['华东医药杭州分公司', '华东医药杭州分公司'],
    // A name that is nothing but a legal form is not emptied.
    ['有限公司', '有限公司'],
    ['公司', '公司'],
  ])('%s -> %s', (name, key) => {
    expect(normalizeCustomerName(name)).toBe(key);
  });

  it('keeps a branch distinct from its parent and full and half width equal', () => {
    expect(normalizeCustomerName('华东医药杭州分公司')).not.toBe(normalizeCustomerName('华东医药有限公司'));
    expect(normalizeCustomerName('老百姓大药房（文三路店）')).toBe(
      normalizeCustomerName('老百姓大药房(文三路店)'),
    );
    expect(normalizeCustomerName('康泰大药房')).not.toBe(normalizeCustomerName('康泰大药房(控股51%)'));
  });
});

describe('normalizePhone', () => {
  it.each([
    ['0571-87065701', '057187065701'],
    ['(0571) 8706 5701', '057187065701'],
    ['138 0251 6624', '13802516624'],
    ['+86 138-0251-6624', '13802516624'],
    ['0086 13802516624', '13802516624'],
    ['8613802516624', '13802516624'],
    ['１３８０２５１６６２４', '13802516624'],
    ['87065701', '87065701'],
    ['8001', ''],
    ['转123', ''],
    ['', ''],
  ])('%s -> %s', (phone, key) => {
    expect(normalizePhone(phone)).toBe(key);
  });
});

describe('splitPhones', () => {
  it('splits at the separators people type, keeping a number with inner spaces whole', () => {
    expect(splitPhones('0571-87065701、13802516624')).toEqual(['0571-87065701', '13802516624']);
    expect(splitPhones('0571-87065701,13802516624;13900001111')).toEqual([
      '0571-87065701',
      '13802516624',
      '13900001111',
    ]);
    expect(splitPhones('0571-87065701，13802516624；13900001111/13700002222')).toHaveLength(4);
    expect(splitPhones('13802516624 13900001111')).toEqual(['13802516624', '13900001111']);
    expect(splitPhones('138 0251 6624')).toEqual(['138 0251 6624']);
    expect(splitPhones('  ')).toEqual([]);
  });

  it('gives each distinct number once as a key', () => {
    expect(phoneKeys(['138 0251 6624、+86 13802516624', '0571-87065701', '8001'])).toEqual([
      '13802516624',
      '057187065701',
    ]);
  });
});
