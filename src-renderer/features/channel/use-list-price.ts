import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import type { ProductPrice } from '../../../src-shared/contract/channel';
import { api } from '../../api/client';

const CODE = /^[A-Za-z0-9_.\-/]{1,40}$/;

/**
 * The product and its 规定价 on the sale date while the F11 is filled in; null until a valid code
 * and date are typed. A failed look-up only leaves the hint out: the registration checks again.
 */
export function useListPrice(productCode: string, day: string | null): ProductPrice | null {
  const [key] = useDebouncedValue(`${productCode.trim()}|${day ?? ''}`, 250);
  const [found, setFound] = useState<{ key: string; value: ProductPrice } | null>(null);
  useEffect(() => {
    const [code, d] = key.split('|') as [string, string];
    if (!CODE.test(code) || !/^\d{4}-\d{2}-\d{2}$/.test(d)) return;
    let live = true;
    api('channel.priceOn', { productCode: code, day: d }).then(
      (value) => live && setFound({ key, value }),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [key]);
  return found && found.key === key ? found.value : null;
}
