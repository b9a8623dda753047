/** An amount in 元 as offices write it: grouped, two decimals. */
export function yuan(amount: number): string {
  return amount.toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}
