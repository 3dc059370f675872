import { Global, Module } from '@nestjs/common';
import { DataEpoch } from './data-epoch.js';

/**
 * The API's response cache support: the data epoch (the plugin itself is built in graphql.config.ts). Global, so that
 * any lib may key what it keeps on it where the API imports this; the worker does not, and reads afresh.
 */
@Global()
@Module({ providers: [DataEpoch], exports: [DataEpoch] })
export class CacheModule {}
