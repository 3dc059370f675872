import { Module } from '@nestjs/common';
import { ChainsResolver } from './chains.resolver.js';
import { ChainsService } from './chains.service.js';

@Module({ providers: [ChainsService, ChainsResolver], exports: [ChainsService] })
export class ChainsModule {}
