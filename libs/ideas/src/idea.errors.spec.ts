import * as errors from './idea.errors';
import { IdeaDomainError } from './idea.errors';

const KINDS = ['conflict', 'invalid', 'not-found'];

describe('domain errors', () => {
  const classes = Object.entries(errors).filter(
    ([, value]) => typeof value === 'function' && value !== IdeaDomainError && value.prototype instanceof IdeaDomainError,
  ) as [string, new (...args: string[]) => IdeaDomainError][];

  it('exports every refusal the decider can make', () => expect(classes.length).toBe(21));

  it.each(classes)('%s carries a name, a kebab-case code, a kind and a message', (name, ErrorClass) => {
    const error = new ErrorClass('a', 'b', 'c');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe(name);
    expect(error.code).toMatch(/^[a-z]+(-[a-z]+)*$/);
    expect(KINDS).toContain(error.kind);
    expect(error.message.length).toBeGreaterThan(10);
  });
});
