import { Global, Module } from '@nestjs/common';
import { OutboxRelay } from './outbox-relay.js';
import { QueueRegistry } from './queue-registry.js';

@Global()
@Module({ providers: [QueueRegistry, OutboxRelay], exports: [QueueRegistry, OutboxRelay] })
export class QueueModule {}
