import { describeLocation, describeProblem } from './redocly-problems';

describe('Redocly findings, as a reader of the controllers looks for them', () => {
  it('names the operation by method and path', () => {
    expect(describeLocation('#/paths/~1ideas~1{id}~1questions/post/responses')).toBe('POST /ideas/{id}/questions (responses)');
    expect(describeLocation('#/paths/~1ideas/post')).toBe('POST /ideas');
    expect(describeLocation('#/components/schemas/Idea/properties/department/example')).toBe('components.schemas.Idea.properties.department.example');
  });

  it('says what to add', () => {
    expect(
      describeProblem({
        ruleId: 'operation-summary',
        severity: 'error',
        message: 'Operation object should contain `summary` field.',
        location: [{ pointer: '#/paths/~1districts/get/summary' }],
      }),
    ).toBe(
      "error GET /districts (summary): Operation object should contain `summary` field. [operation-summary]\n    add @ApiOperation({ summary: '…' }) to the route's method",
    );
  });
});
