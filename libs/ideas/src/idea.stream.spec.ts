import { ideaIdOfStream, ideaStreamId } from './idea.stream';

describe('idea streams', () => {
  const ID = '0b6f3c1e-2d4a-4c5b-9e8f-1a2b3c4d5e6f';

  it("names an idea's stream and finds the idea again from it", () => {
    expect(ideaStreamId(ID)).toBe(`idea-${ID}`);
    expect(ideaIdOfStream(ideaStreamId(ID))).toBe(ID);
  });

  it('says no idea owns a stream of another kind', () => {
    expect(ideaIdOfStream(`department-${ID}`)).toBeNull();
    expect(ideaIdOfStream(`x-idea-${ID}`)).toBeNull();
  });
});
