import { type DynamicModule, Module } from '@nestjs/common';
import type { StaffAuthOptions } from './staff-auth.options';
import { StaffDirectory } from './staff-directory';
import { StaffTokenVerifier } from './staff-token-verifier';

/**
 * One token verifier (one cache of the provider's keys) and one staff
 * directory (one record of what was written) for the API's guard, the staff
 * pages and the queue dashboard alike: a second instance would write apart
 * from the first, and wait only for its own writes.
 */
@Module({})
export class StaffAuthModule {
  static forRoot(auth: StaffAuthOptions): DynamicModule {
    return {
      module: StaffAuthModule,
      global: true,
      providers: [{ provide: StaffTokenVerifier, useValue: new StaffTokenVerifier(auth) }, StaffDirectory],
      exports: [StaffTokenVerifier, StaffDirectory],
    };
  }
}
