import { Body, Controller, Delete, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';
import { ENDPOINT_ROLES } from '../auth/access-policy';
import { Roles } from '../auth/roles.decorator';
import { ProblemError } from '../http/problem';
import { type RequestContext, StaffContext } from '../http/request-context';
import { Open311ApiKeys } from './open311-api-keys';

export class IssueOpen311ApiKeyInput {
  @ApiProperty({ example: 'FixMyStreet', description: 'Who the key is for, so a key can be told apart and revoked' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  @Matches(/\S/, { message: 'client must not be blank' })
  client: string;
}

export class Open311ApiKeyView {
  @ApiProperty() id: string;
  @ApiProperty({ example: 'FixMyStreet' }) client: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  // Always sent, null until revoked; `type` is needed because reflection sees `string | null` as Object.
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) revokedAt: string | null;
}

export class IssuedOpen311ApiKeyView extends Open311ApiKeyView {
  @ApiProperty({ description: 'Shown once: only its hash is kept. Give it to the client, which sends it as api_key' }) apiKey: string;
}

/** Admins issue a key per Open311 client and revoke it when the client goes. */
@ApiTags('open311')
@Controller('open311/api-keys')
export class Open311ApiKeysController {
  constructor(private readonly keys: Open311ApiKeys) {}

  @Post()
  @Roles(...ENDPOINT_ROLES.administer)
  @ApiOperation({ summary: 'Issue an API key to an Open311 client' })
  @ApiCreatedResponse({ type: IssuedOpen311ApiKeyView })
  @ApiUnprocessableEntityResponse({ description: 'No client name (application/problem+json)' })
  issue(@Body() input: IssueOpen311ApiKeyInput, @StaffContext() _staff: RequestContext) {
    return this.keys.issue(input.client.trim());
  }

  @Get()
  @Roles(...ENDPOINT_ROLES.administer)
  @ApiOperation({ summary: 'The keys issued, revoked ones included (never the keys themselves)' })
  @ApiOkResponse({ type: [Open311ApiKeyView] })
  list(@StaffContext() _staff: RequestContext) {
    return this.keys.list();
  }

  @Delete(':id')
  @Roles(...ENDPOINT_ROLES.administer)
  @ApiOperation({ summary: 'Revoke a key: the client is refused from now on' })
  @ApiOkResponse({ type: Open311ApiKeyView })
  @ApiNotFoundResponse({ description: 'No such key (application/problem+json)' })
  async revoke(@Param('id', new ParseUUIDPipe({ version: undefined })) id: string, @StaffContext() _staff: RequestContext) {
    const revoked = await this.keys.revoke(id);
    if (!revoked) throw new ProblemError(404, 'open311-key-not-found', 'No Open311 API key has this id');
    return revoked;
  }
}
