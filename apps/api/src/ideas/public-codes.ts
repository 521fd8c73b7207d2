import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** Short, human codes for the public: K-2026-000123. */
@Injectable()
export class PublicCodes {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async next(at: Date): Promise<string> {
    const [{ n }] = await this.dataSource.query("SELECT nextval('idea_public_code_seq') AS n");
    return `K-${at.getUTCFullYear()}-${String(n).padStart(6, '0')}`;
  }
}
