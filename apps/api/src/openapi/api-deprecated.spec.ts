import { deprecationHeaders } from './api-deprecated';

describe('deprecationHeaders', () => {
  it('writes the deprecation day as RFC 9745 seconds and the sunset as an HTTP date', () => {
    expect(deprecationHeaders({ since: '2026-12-01', sunset: '2027-12-01', replacement: 'x' })).toEqual({
      deprecation: '@1796083200',
      sunset: 'Wed, 01 Dec 2027 00:00:00 GMT',
    });
  });

  it('refuses what is not a day', () => {
    expect(() => deprecationHeaders({ since: '1 Dec 2026', sunset: '2027-12-01', replacement: 'x' })).toThrow('Not a day');
  });
});
