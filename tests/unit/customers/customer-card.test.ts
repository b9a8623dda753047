import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentText } from '../../../src-shared/documents/build-document';
import { buildCustomerCard, CARD_CONTACTS } from '../../../src-shared/documents/customer-card';
import { CARD_LETTERHEAD, cardDetail } from '../../fixtures/customers/card-sample';
import { call, expectOk, startOffice } from '../../helpers/core-harness';
import { openDocx, paragraphs } from '../print/docx-text';

describe('客户档案卡', () => {
  it('prints the file, the people, where contact stands, the last 15 contacts and lines to sign', () => {
    const model = buildCustomerCard({
      letterhead: CARD_LETTERHEAD,
      detail: cardDetail(20),
      filedOn: '2026-03-01',
      printedAt: '2026-11-26 10:00',
    });
    expect(model).toMatchObject({ orientation: 'portrait', title: '客户档案卡' });
    expect(model.header.left).toBe('江南康健医药有限公司  客户档案卡');
    expect(model.header.right).toBe('华东三区 · 杭州办事处  传真 0571-88231457');
    const text = documentText(model).join('\n');
    for (const expected of [
      'C00012',
      '华东医药股份有限公司',
      '王芳(自 2026-03-01)',
      '建档日期',
      '刘建国',
      '0571-87065722',
      '2026-12-02(正常)',
      '张伟、王芳',
      '年度框架协议',
      '营销代表签字',
      '区域经理签字',
    ])
      expect(text).toContain(expected);
    const contacts = model.blocks.find((b) => b.kind === 'table' && b.title.startsWith('最近联系记录'));
    expect(contacts?.kind === 'table' && contacts.rows.length).toBe(CARD_CONTACTS);
    expect(model.footerNote).toBe('C00012 华东医药股份有限公司 · 打印 2026-11-26 10:00');
  });

  it('says so when a customer has no contact yet, no owner and no people', () => {
    const detail = cardDetail(0);
    const model = buildCustomerCard({
      letterhead: CARD_LETTERHEAD,
      detail: {
        ...detail,
        customer: { ...detail.customer, ownerId: null, ownerName: null, people: [], grade: '' },
        lastContact: null,
        nextVisit: null,
        dueDay: null,
        state: null,
      },
      filedOn: '2026-03-01',
      printedAt: '2026-11-26 10:00',
    });
    const text = documentText(model).join('\n');
    for (const expected of ['未分配', '未定级', '尚无联系记录', '不提醒', '未计划'])
      expect(text).toContain(expected);
  });

  it('comes as a Word document from the customer’s page', async () => {
    const o = await startOffice();
    const c = expectOk(
      await call(o.core, o.manager, 'customers.create', {
        name: '华东医药股份有限公司',
        type: '经销商',
        grade: 'A',
        address: '杭州市拱墅区莫干山路866号',
        people: [{ name: '刘建国', title: '采购经理', phones: '13802516624' }],
        ownerId: o.wangId,
      }),
    );
    const preview = expectOk(await call(o.core, o.wang, 'customers.card', { id: c.id }));
    expect(documentText(preview).join('\n')).toContain('王芳(自 2026-11-26)');
    const file = expectOk(await call(o.core, o.wang, 'customers.cardDocx', { id: c.id }));
    expect(file.fileName).toBe('客户档案卡-C00001-华东医药股份有限公司.docx');
    const doc = paragraphs(
      openDocx(readFileSync(o.core.getFile(file.fileId, o.wang.sessionToken)!.path)).document,
    );
    expect(doc.join('\n')).toContain('客户档案卡');
    expect(doc.join('\n')).toContain('刘建国');
  });
});
