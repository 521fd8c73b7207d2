import { problemInstance } from './problem-instance';

describe('problemInstance', () => {
  it('hides the tracking token of a tracking route', () => {
    expect(problemInstance('/track/abcDEF_-123/replies?x=1')).toBe('/track/{token}/replies?x=1');
    expect(problemInstance('/track/abcDEF_-123')).toBe('/track/{token}');
  });

  it('leaves every other URL as it is', () => {
    expect(problemInstance('/ideas/7d0f0b8e-1c2a-4e43-9a51-3f3f1e0c9d11')).toBe('/ideas/7d0f0b8e-1c2a-4e43-9a51-3f3f1e0c9d11');
    expect(problemInstance('/public/track/x')).toBe('/public/track/x');
  });
});
