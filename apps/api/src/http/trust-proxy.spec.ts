import { trustProxySetting } from './trust-proxy';

describe('trustProxySetting', () => {
  it.each([
    [null, false],
    ['', false],
    ['false', false],
    ['true', true],
    ['1', 1],
    [' 2 ', 2],
    ['loopback, 10.0.0.0/8', 'loopback, 10.0.0.0/8'],
  ])('reads TRUST_PROXY=%p as %p', (value, expected) => {
    expect(trustProxySetting(value)).toEqual(expected);
  });
});
