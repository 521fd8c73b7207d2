import { Controller, Get, Param, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiProperty, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { ProblemError } from '../http/problem';

export class OpenDataFileView {
  @ApiProperty({ example: 'ideas.csv' }) name: string;
  @ApiProperty({ example: '/open-data/ideas.csv' }) url: string;
  @ApiProperty({ example: 'text/csv; charset=utf-8' }) mediaType: string;
  @ApiProperty() bytes: number;
  @ApiProperty({ description: 'SHA-256 of the content, hex' }) sha256: string;
  @ApiProperty({ format: 'date-time' }) generatedAt: string;
}

export class OpenDataListView {
  @ApiProperty({ type: [OpenDataFileView], description: 'Empty until the first export (the daily job, or npm run open-data:export)' })
  files: OpenDataFileView[];
}

const FILE_NAME = /^[A-Za-z0-9._-]{1,100}$/;

/** The public record in bulk, for open-data portals and researchers: the files the daily export wrote. */
@ApiTags('open data')
@Controller('open-data')
export class OpenDataController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Get()
  @ApiOperation({ summary: 'The open-data files: ideas as CSV and JSON, and a README describing each column and the licence' })
  @ApiOkResponse({ type: OpenDataListView })
  async list(): Promise<OpenDataListView> {
    const rows: { name: string; media_type: string; bytes: number; sha256: string; generated_at: Date }[] = await this.dataSource.query(
      'SELECT name, media_type, octet_length(content) AS bytes, sha256, generated_at FROM open_data_files ORDER BY name',
    );
    return {
      files: rows.map((row) => ({
        name: row.name,
        url: `/open-data/${row.name}`,
        mediaType: row.media_type,
        bytes: Number(row.bytes),
        sha256: row.sha256,
        generatedAt: row.generated_at.toISOString(),
      })),
    };
  }

  @Get(':name')
  @ApiOperation({ summary: 'One open-data file' })
  @ApiParam({ name: 'name', example: 'ideas.csv' })
  @ApiOkResponse({
    description: 'The file, as the list says: ideas.csv, ideas.json or README.md',
    content: {
      'text/csv': { schema: { type: 'string', description: 'RFC 4180, UTF-8, with a header row (README.md names each column)' } },
      'application/json': { schema: { type: 'array', items: { type: 'object' }, description: 'The same rows as the CSV' } },
      'text/markdown': { schema: { type: 'string', description: 'The columns and the licence' } },
    },
  })
  @ApiNotFoundResponse({ description: 'No such file (application/problem+json)' })
  async file(@Param('name') name: string, @Res() response: Response): Promise<void> {
    const [row]: { media_type: string; content: Buffer; sha256: string; generated_at: Date }[] = FILE_NAME.test(name)
      ? await this.dataSource.query('SELECT media_type, content, sha256, generated_at FROM open_data_files WHERE name = $1', [name])
      : [];
    if (!row) throw new ProblemError(404, 'open-data-file-not-found', 'No open-data file has this name', 'See GET /open-data for the files.');
    response
      .status(200)
      .type(row.media_type)
      .setHeader('ETag', `"${row.sha256}"`)
      .setHeader('Last-Modified', row.generated_at.toUTCString())
      .setHeader('Content-Disposition', `inline; filename="${name}"`)
      .send(row.content);
  }
}
