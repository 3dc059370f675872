import { Module } from '@nestjs/common';
import { DataEpoch } from './data-epoch.js';

/** The API's response cache support: the data epoch (the plugin itself is built in graphql.config.ts). */
@Module({ providers: [DataEpoch], exports: [DataEpoch] })
export class CacheModule {}
