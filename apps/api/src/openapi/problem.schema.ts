import type { SchemaObject } from '@nestjs/swagger';

/** RFC 9457 problem details, as ProblemDetailsFilter writes them. */
export const PROBLEM_SCHEMA: SchemaObject = {
  type: 'object',
  required: ['type', 'title', 'status'],
  properties: {
    type: { type: 'string', description: 'A URI naming the kind of problem, or about:blank', example: 'https://civic-ideas.dev/problems/validation-failed' },
    title: { type: 'string', example: 'The request has invalid fields' },
    status: { type: 'integer', minimum: 400, maximum: 599, example: 422 },
    detail: { type: 'string', example: 'See errors for each field that needs fixing.' },
    instance: { type: 'string', description: 'The request path (a tracking token in it is masked)', example: '/ideas' },
    code: { type: 'string', description: 'A stable machine-readable code: the last segment of type', example: 'validation-failed' },
    errors: {
      type: 'array',
      description: 'Each field that needs fixing (422 and some 400s)',
      items: {
        type: 'object',
        required: ['field', 'message'],
        properties: {
          field: { type: 'string', example: 'title' },
          message: { type: 'string', example: 'title must be shorter than or equal to 200 characters' },
        },
      },
    },
    currentRevision: { type: 'integer', description: '412: the revision the idea is at now', example: 4 },
  },
  additionalProperties: true,
};
