/** TRUST_PROXY as Express wants it: a hop count, true/false, or a list of trusted addresses and subnets. */
export function trustProxySetting(value: string | null): boolean | number | string {
  if (value === null || value.trim() === '' || value === 'false') return false;
  if (value === 'true') return true;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  return value;
}
