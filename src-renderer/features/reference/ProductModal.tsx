import { Modal, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import type { OutputOf } from '../../../src-shared/contract';
import { refProduct, type RefProduct } from '../../../src-shared/contract/reference';
import { api } from '../../api/client';
import { showApiErrors } from '../../api/form-errors';
import { notifyOk } from '../../api/notify';
import { ModalActions } from '../../app/ModalActions';
import { schemaErrors } from './reference-format';

type Product = OutputOf<'reference.products'>[number];

interface Props {
  /** The product to edit, or null to add one. */
  product: Product | null;
  /** Codes already on file: adding one of them again would overwrite it. */
  takenCodes: ReadonlySet<string>;
  onClose: () => void;
  onSaved: (p: Product) => void;
}

/** Adds a product to the catalogue or edits one; the code of a product on file stays as it is. */
export function ProductModal({ product, takenCodes, onClose, onSaved }: Props) {
  const adding = product === null;
  const [busy, setBusy] = useState(false);
  const form = useForm<RefProduct>({
    initialValues: product
      ? { code: product.code, name: product.name, spec: product.spec, unit: product.unit }
      : { code: '', name: '', spec: '', unit: '' },
    validateInputOnBlur: true,
    validate: (v) => {
      const errors = schemaErrors(refProduct, v);
      if (adding && !errors.code && takenCodes.has(v.code.normalize('NFKC').trim()))
        errors.code = '该产品编码已在目录中,请关闭后在列表中点“编辑”修改';
      return errors;
    },
  });

  const save = async (values: RefProduct) => {
    setBusy(true);
    try {
      const saved = await api('reference.saveProduct', values);
      notifyOk(adding ? `已添加产品 ${saved.code}。` : `产品 ${saved.code} 已保存。`);
      onSaved(saved);
    } catch (err) {
      showApiErrors(form, err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened onClose={onClose} title={adding ? '添加产品' : `编辑产品 ${product.code}`} size="lg">
      <form onSubmit={form.onSubmit((v) => void save(v))}>
        <Stack>
          <SimpleGrid cols={2}>
            <TextInput
              label="产品编码"
              withAsterisk
              disabled={!adding}
              description={adding ? '字母、数字和 _ . / -,如 P1001' : '编码不能修改'}
              data-autofocus={adding || undefined}
              {...form.getInputProps('code')}
            />
            <TextInput
              label="产品名称"
              withAsterisk
              data-autofocus={!adding || undefined}
              {...form.getInputProps('name')}
            />
            <TextInput label="规格" placeholder="如 0.32g×60片" {...form.getInputProps('spec')} />
            <TextInput label="单位" placeholder="如 盒" {...form.getInputProps('unit')} />
          </SimpleGrid>
          <ModalActions onCancel={onClose} confirm="保存" loading={busy} />
        </Stack>
      </form>
    </Modal>
  );
}
