import { Controller, Get } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { ApiOkResponse, ApiOperation, DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import request from 'supertest';
import { ApiDeprecated, deprecationHeaders } from './api-deprecated';

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

describe('@ApiDeprecated', () => {
  @Controller('old')
  class OldController {
    @Get()
    @ApiDeprecated({ since: '2026-12-01', sunset: '2027-12-01', replacement: 'GET /new' })
    @ApiOperation({ summary: 'The old way', description: 'Reads the old thing.' })
    @ApiOkResponse({ description: 'ok' })
    read() {
      return { old: true };
    }
  }

  it('marks the operation deprecated in the document, keeps its summary, and answers with Deprecation and Sunset', async () => {
    const module = await Test.createTestingModule({ controllers: [OldController] }).compile();
    const app = module.createNestApplication({ logger: false });
    await app.init();
    try {
      const operation = SwaggerModule.createDocument(app, new DocumentBuilder().build()).paths['/old'].get!;
      expect(operation).toMatchObject({ summary: 'The old way', deprecated: true });
      expect(operation.description).toBe('Deprecated since 2026-12-01; works until 2027-12-01. Use GET /new instead.\n\nReads the old thing.');
      const response = await request(app.getHttpServer()).get('/old').expect(200);
      expect(response.headers).toMatchObject({ deprecation: '@1796083200', sunset: 'Wed, 01 Dec 2027 00:00:00 GMT' });
    } finally {
      await app.close();
    }
  });
});
