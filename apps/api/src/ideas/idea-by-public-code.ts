import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { PUBLIC_STATUS } from '@civic/projections';

/** The code a citizen quotes on the phone: K-2026-000123 (case-insensitive). */
export const PUBLIC_CODE_PATTERN = /^[A-Za-z]-\d{4}-\d{6,}$/;

/**
 * An idea's id from its public code, through the public status read model
 * (one row per idea, unique on the code): an idea is found a moment after it
 * was submitted, once the projection has it.
 */
@Injectable()
export class IdeaByPublicCode {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async idOf(publicCode: string): Promise<string | null> {
    if (!PUBLIC_CODE_PATTERN.test(publicCode)) return null;
    const rows: { idea_id: string }[] = await this.dataSource.query(`SELECT idea_id FROM ${PUBLIC_STATUS} WHERE public_code = $1`, [publicCode.toUpperCase()]);
    return rows[0]?.idea_id ?? null;
  }
}
