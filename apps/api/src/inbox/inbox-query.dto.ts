import { RoutingSuggestionView } from '../routing-suggestions/routing-suggestion.dto';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateBy } from 'class-validator';
import { TITLE_MAX } from '@civic/ideas';
import {
  INBOX_PAGE_DEFAULT,
  INBOX_PAGE_MAX,
  INBOX_SORTS,
  INBOX_STATUSES,
  type InboxSort,
  type InboxStatus,
  INBOX_SORT_ORDERS,
  type InboxSortOrder,
} from '@civic/projections';

const CODE = /^[a-z0-9-]{1,40}$/;
const SUBJECT = /^[\w.@:-]{1,100}$/;

/** Query strings carry text: only the words true and false are booleans; anything else fails validation. */
const toBoolean = () => Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value));

const NotWithAssignee = () =>
  ValidateBy({
    name: 'notWithAssignee',
    validator: {
      validate: (value, args) => !(value === true && (args?.object as InboxQueryInput).assignee !== undefined),
      defaultMessage: () => 'unassigned=true cannot be combined with an assignee',
    },
  });

/** Filters, sorting and the page of an inbox listing. */
export class InboxQueryInput {
  @ApiPropertyOptional({ enum: INBOX_STATUSES, isArray: true, description: 'One or more statuses, comma-separated (status=routed,assigned)' })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.split(',') : value))
  @IsArray()
  @ArrayMaxSize(INBOX_STATUSES.length)
  @IsIn(INBOX_STATUSES, { each: true })
  status?: InboxStatus[];

  @ApiPropertyOptional({ example: 'handler-anna' }) @IsOptional() @IsString() @Matches(SUBJECT) assignee?: string;

  @ApiPropertyOptional({ type: Boolean, description: 'true: nobody assigned yet; false: somebody is' })
  @IsOptional()
  @toBoolean()
  @IsBoolean()
  @NotWithAssignee()
  unassigned?: boolean;

  @ApiPropertyOptional({ type: Boolean, description: 'true: past the response deadline and not answered; false: all others' })
  @IsOptional()
  @toBoolean()
  @IsBoolean()
  overdue?: boolean;

  @ApiPropertyOptional({ type: Boolean, description: 'true: a question to the citizen waits for their reply; false: none does' })
  @IsOptional()
  @toBoolean()
  @IsBoolean()
  questionOpen?: boolean;

  @ApiPropertyOptional({ type: Boolean, description: 'true: the citizen has replied and nobody has acted on the case since; false: all others' })
  @IsOptional()
  @toBoolean()
  @IsBoolean()
  citizenReplied?: boolean;

  @ApiPropertyOptional({ example: 'traffic', description: 'A code from GET /categories' }) @IsOptional() @IsString() @Matches(CODE) category?: string;

  @ApiPropertyOptional({ example: 'amager-oest', description: 'A code from GET /districts' }) @IsOptional() @IsString() @Matches(CODE) district?: string;

  @ApiPropertyOptional({ example: 'cykelsti', description: 'Words in the title (case-insensitive substring)' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(TITLE_MAX)
  q?: string;

  @ApiPropertyOptional({
    enum: INBOX_SORTS,
    default: 'dueAt',
    description: 'dueAt: response deadline; receivedAt: age; lastActivityAt: latest activity on the case (a recorded missed deadline is none)',
  })
  @IsOptional()
  @IsIn(INBOX_SORTS)
  sort?: InboxSort;

  @ApiPropertyOptional({ enum: INBOX_SORT_ORDERS, description: 'Default: asc for dueAt and receivedAt (oldest first), desc for lastActivityAt' })
  @IsOptional()
  @IsIn(INBOX_SORT_ORDERS)
  order?: InboxSortOrder;

  @ApiPropertyOptional({ minimum: 1, maximum: INBOX_PAGE_MAX, default: INBOX_PAGE_DEFAULT })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(INBOX_PAGE_MAX)
  limit?: number;

  @ApiPropertyOptional({ description: "The previous page's nextCursor, with the same sort and order" })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(400)
  cursor?: string;
}

export class InboxItemView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'K-2026-000123' }) publicCode: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: INBOX_STATUSES }) status: string;
  @ApiProperty({ example: 'traffic' }) category: string;
  @ApiProperty({ example: 'amager-oest' }) district: string;
  @ApiPropertyOptional({ type: String, nullable: true, example: 'handler-anna' }) assignee: string | null;
  @ApiProperty({ format: 'date-time' }) receivedAt: string;
  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true }) routedAt: string | null;
  @ApiPropertyOptional({
    type: String,
    format: 'date-time',
    nullable: true,
    description: "The response deadline promised at the first routing (the department's working days after it); a re-routing keeps it",
  })
  dueAt: string | null;
  @ApiProperty({ description: 'Past the deadline and not answered' }) overdue: boolean;
  @ApiPropertyOptional({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'When the missed deadline was recorded; unlike overdue, it stays after a late answer',
  })
  deadlineMissedAt: string | null;
  @ApiProperty({ format: 'date-time' }) lastActivityAt: string;
  @ApiProperty({ minimum: 0, description: 'Confirmed supports of the idea' }) supports: number;
  @ApiProperty({ description: "The idea's revision when its row was last written: send it as If-Match to change the idea" }) revision: number;
  @ApiProperty({ description: 'A question to the citizen waits for their reply' }) questionOpen: boolean;
  @ApiProperty({ description: 'The citizen has replied and nobody has acted on the case since' }) citizenReplied: boolean;
  @ApiPropertyOptional({
    type: RoutingSuggestionView,
    nullable: true,
    description:
      'Triage inbox only: where the routing model would send it, with its confidence and reasons (accept: POST /ideas/{id}/routing-suggestion/accept)',
  })
  routingSuggestion?: RoutingSuggestionView | null;
}

export class InboxPageView {
  @ApiProperty({ type: [InboxItemView] }) items: InboxItemView[];
  @ApiPropertyOptional({ type: String, nullable: true, description: 'Pass as cursor for the next page; null on the last page' }) nextCursor: string | null;
}
