/** One finding of `redocly lint --format=json`. */
export interface RedoclyProblem {
  readonly ruleId: string;
  readonly severity: 'error' | 'warn';
  readonly message: string;
  readonly location: readonly { readonly pointer?: string }[];
}

const METHODS = new Set(['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace']);

/**
 * Where a finding is, as a reader of the controllers looks for it:
 * `#/paths/~1ideas~1{id}/post/summary` → `POST /ideas/{id} (summary)`.
 */
export function describeLocation(pointer: string | undefined): string {
  if (!pointer) return 'the document';
  const segments = pointer
    .replace(/^#\//, '')
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (segments[0] === 'paths' && segments.length >= 3 && METHODS.has(segments[2])) {
    const rest = segments.slice(3).join('.');
    return `${segments[2].toUpperCase()} ${segments[1]}${rest ? ` (${rest})` : ''}`;
  }
  return segments.join('.');
}

/** A line per finding, saying which operation lacks what and what to add. */
export function describeProblem(problem: RedoclyProblem): string {
  const hint = HINTS[problem.ruleId];
  return `${problem.severity === 'error' ? 'error' : 'warning'} ${describeLocation(problem.location[0]?.pointer)}: ${problem.message} [${problem.ruleId}]${hint ? `\n    ${hint}` : ''}`;
}

/** What to do about the findings a new controller most often brings. */
const HINTS: Record<string, string> = {
  'operation-summary': "add @ApiOperation({ summary: '…' }) to the route's method",
  'security-defined': 'staff routes: @Roles(…) (it adds the bearer requirement); public ones get security: [] from completeOpenApiDocument',
  'operation-2xx-response': 'add @ApiOkResponse / @ApiCreatedResponse / @ApiNoContentResponse with the type it returns',
  'operation-4xx-response': "add @ApiProblems({ 404: '…' }) (apps/api/src/openapi/api-problems.ts) for the errors it really gives",
  'no-invalid-schema-examples': 'a nullable or union property needs its type spelled out: @ApiProperty({ type: String, nullable: true, … })',
  'no-invalid-media-type-examples': 'the example does not match the schema: fix the one that is wrong',
  'operation-tag-defined': 'add @ApiTags(…) to the controller',
};
