import { type DynamicModule, Module } from '@nestjs/common';
import { Open311ApiKeys } from './open311-api-keys';
import { Open311ApiKeysController } from './open311-api-keys.controller';
import { Open311Controller } from './open311.controller';
import { OPEN311_OPTIONS, type Open311Options } from './open311-options';
import { Open311Requests } from './open311-requests';
import { Open311Services } from './open311-services';

/** Open311 GeoReport v2 at /open311/v2, and the admin's API keys for its clients. */
@Module({})
export class Open311Module {
  static forRoot(options: Open311Options): DynamicModule {
    return {
      module: Open311Module,
      controllers: [Open311Controller, Open311ApiKeysController],
      providers: [{ provide: OPEN311_OPTIONS, useValue: options }, Open311ApiKeys, Open311Services, Open311Requests],
    };
  }
}
